// Runs bench/page.html in headless Debian Chromium (playwright-core, the flags of the e2e
// harness), serving the repository on 127.0.0.1 with scripts/serve.py. Writes
// target/bench/chromium.json for bench/report.mjs.
// usage: node bench/browser.mjs   (after `make wasm` and `node bench/make-texts.mjs`)
//   BEFORE=1, BENCH_ROUNDS, BENCH_SIZES=0: as for bench/node.mjs
import { writeFileSync, mkdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser } from "../tests/e2e/harness.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = await startServer(root);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  page.on("console", (m) => console.log(`chromium  ${m.text()}`));
  const q = new URLSearchParams({ peerMaxBytes: process.env.BENCH_PEER_MAX_BYTES || "0", rounds: process.env.BENCH_ROUNDS || "9" });
  // BEFORE=1: target/bench/before/pkg (bench/before.sh), run interleaved with www/pkg.
  if (process.env.BEFORE) q.set("before", "1");
  if (process.env.BENCH_SIZES === "0") q.set("sizes", "");
  if (process.env.BENCH_PEERS === "0") q.set("peers", "0");
  await page.goto(`${server.url}bench/page.html?${q}`);
  await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: 30 * 60 * 1000, polling: 1000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const result = await page.evaluate(() => window.benchResult);
  result.load = (await import("node:os")).loadavg();
  const rev = path.join(root, "target/bench/before/rev");
  if (result.before && existsSync(rev)) result.before = readFileSync(rev, "utf8").trim();
  mkdirSync(path.join(root, "target/bench"), { recursive: true });
  writeFileSync(path.join(root, "target/bench/chromium.json"), JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  server.stop();
}
