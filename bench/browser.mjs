// Runs bench/page.html in headless Debian Chromium (playwright-core, the flags of the e2e
// harness), serving the repository on 127.0.0.1 with scripts/serve.py. Writes
// target/bench/chromium.json for bench/report.mjs.
// usage: node bench/browser.mjs   (after `make wasm` and `node bench/make-texts.mjs`)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = 20000 + Math.floor(Math.random() * 20000);
const server = spawn("python3", [path.join(root, "scripts/serve.py"), "--port", String(port), "--dir", root], { stdio: ["ignore", "pipe", "inherit"] });
await once(server.stdout, "data");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on("console", (m) => console.log(`chromium  ${m.text()}`));
  const q = new URLSearchParams({ peerMaxBytes: process.env.BENCH_PEER_MAX_BYTES || "0" });
  await page.goto(`http://127.0.0.1:${port}/bench/page.html?${q}`);
  await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: 30 * 60 * 1000, polling: 1000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const result = await page.evaluate(() => window.benchResult);
  result.load = (await import("node:os")).loadavg();
  mkdirSync(path.join(root, "target/bench"), { recursive: true });
  writeFileSync(path.join(root, "target/bench/chromium.json"), JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  server.kill();
}
