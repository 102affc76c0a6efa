// The browser side of `make bench`: loads the release wasm and the peers' ES module builds from
// this repository (served on 127.0.0.1 by bench/browser.mjs), runs bench/suite.mjs, and leaves
// the result in window.benchResult (or window.benchError).
import init, * as newsmark from "../www/pkg/newsmark.js";
import nlp from "../node_modules/compromise/builds/three/compromise-three.mjs";
import datesPlugin from "../node_modules/compromise-dates/builds/compromise-dates.mjs";
import * as chrono from "../node_modules/chrono-node/dist/esm/index.js";
import { runSuite } from "./suite.mjs";

const logEl = document.getElementById("log");
const log = (l) => { logEl.textContent += l + "\n"; console.log(l); };
const params = new URLSearchParams(location.search);

try {
  await init({ module_or_path: "../www/pkg/newsmark_bg.wasm" });
  nlp.plugin(datesPlugin);
  const get = async (n) => (await fetch(`../target/bench/texts/${n}.txt`)).text();
  const names = (params.get("sizes") || "10k,100k,1m,10m").split(",");
  const texts = { article: await get("article"), sizes: await Promise.all(names.map(async (n) => [n, await get(n)])) };
  const result = await runSuite({ newsmark, nlp, chrono }, texts, {
    now: () => performance.now(),
    log,
    peerMaxBytes: Number(params.get("peerMaxBytes") || 0),
    yieldTo: () => new Promise((r) => setTimeout(r, 0)),
  });
  result.runtime = navigator.userAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0] || navigator.userAgent;
  window.benchResult = result;
} catch (e) {
  window.benchError = String(e?.stack || e);
  log(window.benchError);
}
