// The slim entry: a call before init() is a coded error; init from the bytes in Node.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import init, { checkQuorum } from "quorate";

let before;
try {
  checkQuorum({});
} catch (e) {
  before = [e instanceof Error, e.code, e.message];
}
const wasm = readFileSync(createRequire(import.meta.url).resolve("quorate/quorate_bg.wasm"));
await init({ module_or_path: wasm });
await init({ module_or_path: wasm }); // a second init is harmless
let after;
try {
  checkQuorum({ constitution: "nowhere", attendance: {} });
} catch (e) {
  after = [e.code, e.path];
}
console.log(JSON.stringify({ before, after, summary: checkQuorum({ constitution: "inverclyde-mou", attendance: { members: [] } }).summary }));
