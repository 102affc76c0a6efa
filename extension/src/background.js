// The extension's service worker: where the core runs. The wasm is compiled here, once per
// worker life (MV3 lets a service worker run WebAssembly with 'wasm-unsafe-eval' in the
// extension's CSP; it cannot start the page's module worker, and the content script cannot load
// the extension's wasm under some pages' CSPs, so neither an offscreen document nor the page is
// needed). The article's text comes in from the content script, its result goes back; nothing
// else crosses and nothing goes out: the extension has no host permission and makes no request.
//
// A click on the toolbar button (or its shortcut) runs annotateTab(tabId), a toggle:
//   1. inject content.js into the tab if it is not there (activeTab + scripting);
//   2. begin(): the content script clears the marks (→ "cleared"), or reads the article
//      (→ "no-article", or the text and its reference date);
//   3. annotate the text here, insert the marks' user stylesheet into the tab (insertCSS);
//   4. draw(): the content script draws the marks and its panel → "marked".
// Calls for one tab run one after another. `globalThis.annotateTab` is what tests call.
import init, * as core from "../../www/pkg/newsmark.js";
import { checkBegun, checkRequest, checkServedPage, FORMATS } from "./messages.js";
import { marksCss } from "./colours.js";

const PALETTE = __PALETTE__;
const EXTENSION_LINK_MAX = 2_000_000; // Chromium's URL limit is 2 MB; the shipped page opens any link under it

let loading = null;
function loadCore() {
  loading ??= init({ module_or_path: chrome.runtime.getURL("page/pkg/newsmark_bg.wasm") })
    .then(() => core, (e) => { loading = null; throw e; });
  return loading;
}
loadCore().catch(() => {}); // compile while the click's injection runs; a real call reports errors

async function inTab(tabId, name, args = []) {
  const [frame] = await chrome.scripting.executeScript({
    target: { tabId },
    func: (name, args) => {
      const c = globalThis.__newsmark;
      return c && typeof c[name] === "function" ? c[name](...args) : null;
    },
    args: [name, args],
  });
  return frame?.result;
}

async function ensureContentScript(tabId) {
  const [frame] = await chrome.scripting.executeScript({ target: { tabId }, func: () => Boolean(globalThis.__newsmark) });
  if (!frame?.result) await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}

const cssFor = async (scheme) => marksCss((await loadCore()).labels(), scheme, PALETTE);
const removeCss = async (tabId, scheme) => {
  await chrome.scripting.removeCSS({ target: { tabId }, css: await cssFor(scheme), origin: "USER" }).catch(() => {});
};
const settings = async () => ({ servedPage: checkServedPage((await chrome.storage.local.get({ servedPage: "" })).servedPage) });

async function toggle(tabId) {
  const compiled = loadCore();
  compiled.catch(() => {});
  try {
    await ensureContentScript(tabId);
  } catch (e) {
    const message = "newsmark cannot mark this page: the browser keeps its own pages, other extensions' pages and the web store closed to extensions.";
    await chrome.action.setTitle({ tabId, title: message }).catch(() => {});
    return { state: "error", message, detail: String(e?.message ?? e) };
  }
  const t0 = performance.now();
  const begun = checkBegun(await inTab(tabId, "begin"));
  const t1 = performance.now();
  if (begun.state === "cleared") {
    await removeCss(tabId, begun.scheme);
    return { state: "cleared" };
  }
  if (begun.state !== "extracted") return begun; // no-article, error

  let annotations, c;
  try {
    c = await compiled;
    annotations = c.annotate(begun.text, begun.referenceDate ? { referenceDate: begun.referenceDate } : {});
  } catch (e) {
    const message = String(e?.message ?? e);
    await inTab(tabId, "fail", [begun.token, message]);
    return { state: "error", message };
  }
  const t2 = performance.now();
  const css = marksCss(c.labels(), begun.scheme, PALETTE);
  await chrome.scripting.insertCSS({ target: { tabId }, css, origin: "USER" });
  let drawn;
  try {
    drawn = await inTab(tabId, "draw", [begun.token, JSON.stringify(annotations), c.labels(), await settings()]);
  } catch (e) {
    drawn = { state: "error", message: String(e?.message ?? e) }; // the tab navigated away, or closed
  }
  if (drawn?.state !== "marked") {
    await removeCss(tabId, begun.scheme);
    return drawn?.state === "error" ? { state: "error", message: String(drawn.message).slice(0, 500) } : { state: "cleared" };
  }
  const ms = (a, b) => Math.round(b - a);
  return { state: "marked", text: begun.text, annotations, referenceDate: begun.referenceDate, referenceSource: begun.referenceSource,
    marks: drawn.marks, timings: { readMs: ms(t0, t1), annotateMs: ms(t1, t2), drawMs: ms(t2, performance.now()), inPage: drawn.timings } };
}

const queues = new Map();
/** The toolbar button's toggle for tab `tabId`: resolves to {state: "marked", text, annotations} |
 *  {state: "cleared"} | {state: "no-article", message} (| {state: "error", message}). */
function annotateTab(tabId) {
  if (!Number.isInteger(tabId)) return Promise.reject(new TypeError("annotateTab needs a tab id"));
  const next = (queues.get(tabId) ?? Promise.resolve()).catch(() => {}).then(() => toggle(tabId));
  queues.set(tabId, next);
  next.finally(() => { if (queues.get(tabId) === next) queues.delete(tabId); }).catch(() => {});
  return next;
}
globalThis.annotateTab = annotateTab;

chrome.action.onClicked.addListener((tab) => {
  if (tab?.id != null) annotateTab(tab.id).catch((e) => console.error("newsmark:", e));
});

// ---- Requests from the content script: exports, share links, the marks removed from its panel ----
async function handle(req, tab) {
  if (req.op === "cleared") { await removeCss(tab.id, req.scheme); return {}; }
  const c = await loadCore();
  if (req.op === "export") {
    return { files: FORMATS[req.format].map(({ format, name, type }) => ({ name, type, content: c.exportView(req.view, format) })) };
  }
  // open: the view as a share link on the shipped newsmark page, or on the served one
  const payload = c.encodeShare(req.view);
  let url;
  if (req.target === "extension") {
    if (payload.length > EXTENSION_LINK_MAX) throw new Error("This article is too long for a link: download the view file and open it with the newsmark page's “Open view file…”.");
    url = `${chrome.runtime.getURL("page/index.html")}#${payload}`;
  } else {
    const { servedPage } = await settings();
    if (!servedPage) throw new Error("No served newsmark page is set: set one in the extension's options.");
    if (payload.length > c.shareLinkMax()) throw new Error(`This article is too long for a link (${payload.length.toLocaleString("en")} characters; links stop at ${c.shareLinkMax().toLocaleString("en")}): download the view file instead.`);
    url = `${servedPage}#${payload}`;
  }
  await chrome.tabs.create({ url, openerTabId: tab.id, index: tab.index + 1 });
  return { message: `Opened the article in ${req.target === "extension" ? "newsmark" : new URL(url).host}, in a new tab.` };
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const req = checkRequest(msg, sender, chrome.runtime.id);
  if (!req) return false;
  handle(req, sender.tab).then((r) => sendResponse({ ok: true, ...r }), (e) => sendResponse({ ok: false, error: String(e?.message ?? e) }));
  return true;
});
