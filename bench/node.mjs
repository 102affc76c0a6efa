// newsmark (release wasm, www/pkg) beside compromise + compromise-dates and chrono-node, all in
// this one Node process: first the real-text suites (the example article, the dev articles one
// by one and joined), then the generated texts of 10 KB … 10 MB for growth. Writes
// target/bench/node.json for bench/report.mjs.
// usage: node bench/node.mjs   (after `make wasm` and `node bench/make-texts.mjs`)
//   BEFORE=1 (target/bench/before/pkg, made by bench/before.sh) or BEFORE=path/to/pkg: another
//   build of newsmark, loaded in the same process and run interleaved with this one.
//   BENCH_CLOCK=wall: time by the wall clock, not the process's CPU time.
//   BENCH_ROUNDS (default 9), BENCH_SIZES=0 skips the generated texts, BENCH_PEERS=0 the peers
//   (a quick before/after).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import init, * as newsmark from "../www/pkg/newsmark.js";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import * as chrono from "chrono-node";
import { runSuite, runRealSuites } from "./suite.mjs";
import { SIZES } from "./make-texts.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const textDir = process.env.BENCH_TEXTS || path.join(root, "target/bench/texts");
await init({ module_or_path: readFileSync(path.join(root, "www/pkg/newsmark_bg.wasm")) });
nlp.plugin(datesPlugin);

let before = null, beforeRev = null;
if (process.env.BEFORE) {
  const dir = process.env.BEFORE === "1" ? path.join(root, "target/bench/before/pkg") : path.resolve(process.env.BEFORE);
  before = await import(pathToFileURL(path.join(dir, "newsmark.js")).href);
  await before.default({ module_or_path: readFileSync(path.join(dir, "newsmark_bg.wasm")) });
  const revFile = path.join(dir, "../rev");
  beforeRev = existsSync(revFile) ? readFileSync(revFile, "utf8").trim() : dir;
}

// The process's CPU time by default: on a machine shared with other jobs it moves far less than
// the wall clock, which also counts the time spent waiting for a core (BENCH_CLOCK=wall for it).
const wall = process.env.BENCH_CLOCK === "wall";
const clock = wall ? () => performance.now() : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
const read = (n) => readFileSync(path.join(textDir, `${n}.txt`), "utf8");
const log = (l) => console.log(`node  ${l}`);
const real = await runRealSuites({ newsmark, before, nlp, chrono }, { article: read("article"), dev: JSON.parse(readFileSync(path.join(textDir, "dev-articles.json"), "utf8")) }, {
  now: clock,
  log,
  rounds: Number(process.env.BENCH_ROUNDS || 9),
  peers: process.env.BENCH_PEERS !== "0",
  peerMaxBytes: Number(process.env.BENCH_PEER_MAX_BYTES || 0),
});
const texts = { article: read("article"), sizes: process.env.BENCH_SIZES === "0" ? [] : SIZES.map(([n]) => [n, read(n)]) };
const result = await runSuite({ newsmark, nlp, chrono }, texts, {
  now: clock,
  log,
  peerMaxBytes: Number(process.env.BENCH_PEER_MAX_BYTES || 0),
});
result.real = real;
result.real.clock = result.clock = wall ? "wall" : "cpu";
result.before = beforeRev;
result.runtime = `Node ${process.version}`;
result.load = (await import("node:os")).loadavg();
mkdirSync(path.join(root, "target/bench"), { recursive: true });
writeFileSync(path.join(root, "target/bench/node.json"), JSON.stringify(result, null, 2));
