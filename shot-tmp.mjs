import { chromium } from "playwright-core";
import { startServer } from "./scripts/serve.mjs";
const server = await startServer("www");
const base = `http://127.0.0.1:${server.address().port}`;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on("console", (m) => console.log("console", m.type(), m.text()));
p.on("pageerror", (e) => console.log("err", e));
const [path, sel, out, width] = process.argv.slice(2);
if (width) await p.setViewportSize({ width: Number(width), height: 900 });
await p.goto(`${base}/${path}`);
await p.waitForTimeout(800);
if (sel && !sel.startsWith("see:")) { await p.locator(sel).click(); await p.waitForTimeout(500); }
if (sel) await p.locator(sel.replace(/^see:/, "")).first().evaluate((e) => e.scrollIntoView());
await p.screenshot({ path: out || "/tmp/shot.png", fullPage: !sel });
await b.close(); server.close();
