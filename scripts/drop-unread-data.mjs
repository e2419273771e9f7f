// `node scripts/drop-unread-data.mjs <module.wasm>`: rewrites the module (keeping its
// name section) without the data no code can read, its statics joined into few
// segments (scripts/split-wasm.mjs, `dropUnreadData`). scripts/build.sh runs it on the
// full module after wasm-opt; the area modules get the same in the split.
import binaryen from "binaryen";
import { readFileSync, writeFileSync } from "node:fs";
import { FEATURES, dropUnreadData } from "./split-wasm.mjs";

const file = process.argv[2];
const module = binaryen.readBinary(readFileSync(file));
try {
  module.setFeatures(FEATURES);
  dropUnreadData(module);
  if (!module.validate()) throw new Error(`${file}: the module is not valid after dropping unread data`);
  binaryen.setDebugInfo(true);
  writeFileSync(file, module.emitBinary());
  binaryen.setDebugInfo(false);
} finally {
  module.dispose();
}
