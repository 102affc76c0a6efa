// Speed of one wasm build in Node, for bench/sizes.sh: median ms on the example article and
// MB/s on the 1 MB text. usage: node bench/probe.mjs DIR_WITH_newsmark.js
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.resolve(process.argv[2]);
const { default: init, annotate } = await import(path.join(dir, "newsmark.js"));
await init({ module_or_path: readFileSync(path.join(dir, "newsmark_bg.wasm")) });
const texts = path.join(root, "target/bench/texts");
const article = readFileSync(path.join(texts, "article.txt"), "utf8");
const big = readFileSync(path.join(texts, "1m.txt"), "utf8");
const opts = { referenceDate: "2023-06-14" };
for (let i = 0; i < 5; i++) annotate(article, opts);
const times = [];
for (let i = 0; i < 100; i++) { const t = performance.now(); annotate(article, opts); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
const big_t = [];
for (let i = 0; i < 3; i++) { const t = performance.now(); annotate(big, opts); big_t.push(performance.now() - t); }
big_t.sort((a, b) => a - b);
console.log(JSON.stringify({ article_ms: times[50], mb_per_s: Buffer.byteLength(big) / 1e6 / (big_t[1] / 1e3) }));
