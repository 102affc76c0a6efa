// The browser side of `make bench`: loads the release wasm and the peers' ES module builds from
// this repository (served on 127.0.0.1 by bench/browser.mjs), runs the real-text suites and the
// generated sizes of bench/suite.mjs, and leaves the result in window.benchResult (or
// window.benchError). `?before=1` also loads target/bench/before/pkg (bench/before.sh) and runs
// it interleaved with this build.
import init, * as newsmark from "../www/pkg/newsmark.js";
import nlp from "../node_modules/compromise/builds/three/compromise-three.mjs";
import datesPlugin from "../node_modules/compromise-dates/builds/compromise-dates.mjs";
import * as chrono from "../node_modules/chrono-node/dist/esm/index.js";
import { runSuite, runRealSuites } from "./suite.mjs";

const logEl = document.getElementById("log");
const log = (l) => { logEl.textContent += l + "\n"; console.log(l); };
const params = new URLSearchParams(location.search);

try {
  await init({ module_or_path: "../www/pkg/newsmark_bg.wasm" });
  let before = null;
  if (params.get("before")) {
    before = await import("../target/bench/before/pkg/newsmark.js");
    await before.default({ module_or_path: "../target/bench/before/pkg/newsmark_bg.wasm" });
  }
  nlp.plugin(datesPlugin);
  const get = async (n) => (await fetch(`../target/bench/texts/${n}`)).text();
  const yieldTo = () => new Promise((r) => setTimeout(r, 0));
  const real = await runRealSuites({ newsmark, before, nlp, chrono }, { article: await get("article.txt"), dev: JSON.parse(await get("dev-articles.json")) }, {
    now: () => performance.now(),
    log,
    rounds: Number(params.get("rounds") || 9),
    peers: params.get("peers") !== "0",
    peerMaxBytes: Number(params.get("peerMaxBytes") || 0),
    yieldTo,
  });
  const names = (params.get("sizes") ?? "10k,100k,1m,10m").split(",").filter(Boolean);
  const texts = { article: await get("article.txt"), sizes: await Promise.all(names.map(async (n) => [n, await get(`${n}.txt`)])) };
  const result = await runSuite({ newsmark, nlp, chrono }, texts, {
    now: () => performance.now(),
    log,
    peerMaxBytes: Number(params.get("peerMaxBytes") || 0),
    yieldTo,
  });
  result.real = real;
  result.before = before ? "target/bench/before/pkg" : null;
  result.runtime = navigator.userAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0] || navigator.userAgent;
  window.benchResult = result;
} catch (e) {
  window.benchError = String(e?.stack || e);
  log(window.benchError);
}
