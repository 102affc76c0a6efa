// The page's start-up, for `make bench`: in headless Chromium on 127.0.0.1 (the e2e harness),
// how long after navigation the page is ready (worker up, core loaded) and how long until the
// example article's marks are on screen when it is pasted the moment the page is ready (the
// core's first call builds its tables, so this is the first annotation a reader can get).
// Prints a table and leaves target/bench/page.json for bench/report.mjs.
// usage: node bench/page-load.mjs [RUNS]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, openPage } from "../tests/e2e/harness.js";
import { example } from "../tests/e2e/page-helpers.js";

const runs = Number(process.argv[2] || 15);
const server = await startServer();
const browser = await launchBrowser();
const rows = [];
try {
  for (let k = 0; k < runs; k++) {
    const { page, context } = await openPage(browser, server.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { polling: 1 });
    rows.push(await page.evaluate(async (text) => {
      const ready = performance.getEntriesByName("newsmark:ready")[0].startTime;
      const input = document.querySelector("#input");
      input.value = text;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      await new Promise((resolve) => {
        const check = () => (document.querySelector("#view").dataset.state === "done" ? resolve() : setTimeout(check, 1));
        check();
      });
      const d = document.querySelector("#view").dataset;
      return { ready, marks: Number(d.firstShownMs), core: Number(d.coreMs) };
    }, example));
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const ready = rows.map((r) => r.ready), first = rows.map((r) => r.ready + r.marks), core = rows.map((r) => r.core);
console.log(`Page start-up in headless Chromium, ${runs} fresh pages:\n`);
console.log("| | median ms | range ms |\n|---|---:|---:|");
console.log(`| page ready after navigation | ${median(ready).toFixed(0)} | ${range(ready)} |`);
console.log(`| example article's marks on screen after navigation, pasted when ready | ${median(first).toFixed(0)} | ${range(first)} |`);
console.log(`| of which the core's first call (tables built on first use) | ${median(core).toFixed(0)} | ${range(core)} |`);

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../target/bench");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "page.json"), JSON.stringify({
  runs,
  ready_ms: { median: median(ready), min: Math.min(...ready), max: Math.max(...ready) },
  first_marks_ms: { median: median(first), min: Math.min(...first), max: Math.max(...first) },
  first_core_ms: { median: median(core), min: Math.min(...core), max: Math.max(...core) },
}, null, 1));
