// newsmark (release wasm, www/pkg) beside compromise + compromise-dates and chrono-node, all in
// this one Node process. Writes target/bench/node.json for bench/report.mjs.
// usage: node bench/node.mjs   (after `make wasm` and `node bench/make-texts.mjs`)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import init, * as newsmark from "../www/pkg/newsmark.js";
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import * as chrono from "chrono-node";
import { runSuite } from "./suite.mjs";
import { SIZES } from "./make-texts.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const textDir = process.env.BENCH_TEXTS || path.join(root, "target/bench/texts");
await init({ module_or_path: readFileSync(path.join(root, "www/pkg/newsmark_bg.wasm")) });
nlp.plugin(datesPlugin);

const read = (n) => readFileSync(path.join(textDir, `${n}.txt`), "utf8");
const texts = { article: read("article"), sizes: SIZES.map(([n]) => [n, read(n)]) };
const result = await runSuite({ newsmark, nlp, chrono }, texts, {
  now: () => performance.now(),
  log: (l) => console.log(`node  ${l}`),
  peerMaxBytes: Number(process.env.BENCH_PEER_MAX_BYTES || 0),
});
result.runtime = `Node ${process.version}`;
result.load = (await import("node:os")).loadavg();
mkdirSync(path.join(root, "target/bench"), { recursive: true });
writeFileSync(path.join(root, "target/bench/node.json"), JSON.stringify(result, null, 2));
