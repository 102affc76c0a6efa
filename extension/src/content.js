// The content script: injected into the tab on the toolbar click (activeTab + scripting), in the
// extension's isolated world, where the page's scripts cannot reach its variables. The service
// worker drives it through chrome.scripting.executeScript calls into `globalThis.__newsmark`
// (isolated-world global, invisible to the page):
//   begin()              toggles: clears the marks if drawn, else reads the article:
//                        {state: "cleared", scheme} | {state: "no-article", message} |
//                        {state: "extracted", token, text, referenceDate, referenceSource, scheme}
//   draw(token, json, labels, settings)   draws the worker's result for that reading:
//                        {state: "marked", marks, spans} | {state: "stale"}
//   fail(token, message) says that annotating failed
//   inspect()            what is on screen, for tests
// and the content script asks the worker for exports and share links with runtime messages
// (background.js checks them). Injected again on every click: the first run sets up, later ones
// find the controller in place.
import { extractArticle, NO_ARTICLE } from "./extract.js";
import { drawMarks } from "./draw.js";
import { mountPanel, showNotice } from "./ui.js";

const PALETTE = __PALETTE__;

/** A notice on the page, where the page can hold one (not in an SVG or XML document). */
function notify(message, options) {
  try { return document.documentElement instanceof HTMLElement ? showNotice(document, PALETTE, message, options) : null; } catch { return null; }
}

function controller() {
  let phase = "idle"; // idle | extracted | marked
  let token = null, reading = null, drawn = null, ui = null, notice = null;

  const ask = async (message) => {
    const answer = await chrome.runtime.sendMessage(message);
    if (!answer?.ok) throw new Error(answer?.error ?? "the extension did not answer");
    return answer;
  };

  function clear() {
    const scheme = reading?.scheme ?? "light";
    ui?.unmount();
    drawn?.restore();
    ui = drawn = reading = token = null;
    phase = "idle";
    return scheme;
  }

  function begin() {
    if (notice?.shown) notice.remove();
    notice = null;
    if (phase !== "idle") return { state: "cleared", scheme: clear() };
    let found;
    try {
      found = document.documentElement instanceof HTMLElement ? extractArticle(document) : { ok: false, message: NO_ARTICLE };
    } catch (e) {
      found = { ok: false, message: `${NO_ARTICLE} (${e?.message ?? e})` };
    }
    if (!found.ok) {
      notice = notify(found.message);
      return { state: "no-article", message: found.message };
    }
    reading = found;
    token = crypto.randomUUID();
    phase = "extracted";
    return { state: "extracted", token, text: found.text, referenceDate: found.referenceDate, referenceSource: found.referenceSource, scheme: found.scheme };
  }

  function draw(forToken, json, labels, settings) {
    if (phase !== "extracted" || forToken !== token || typeof json !== "string") return { state: "stale" };
    const t0 = performance.now();
    let t1;
    try {
      const result = JSON.parse(json);
      drawn = drawMarks(document, reading.text, reading.segments, result);
      t1 = performance.now();
      ui = mountPanel(document, {
        text: reading.text, result, labels: Array.isArray(labels) ? labels : [], palette: PALETTE, drawn,
        reference: { date: reading.referenceDate, source: reading.referenceSource },
        servedPage: typeof settings?.servedPage === "string" ? settings.servedPage : "",
        actions: {
          exportAs: async (format, view) => (await ask({ op: "export", format, view })).files,
          open: async (target, view) => (await ask({ op: "open", target, view })).message,
          close: () => { const scheme = clear(); chrome.runtime.sendMessage({ op: "cleared", scheme }).catch(() => {}); },
        },
      });
    } catch (e) {
      // Whatever was drawn goes; the page is left as it was.
      const message = `newsmark could not draw its marks on this page: ${e?.message ?? e}`;
      clear();
      notice = notify(message, { kind: "error" });
      return { state: "error", message };
    }
    phase = "marked";
    reading.segments = null; // the marks hold what is needed now
    return { state: "marked", marks: drawn.count, spans: drawn.spans, timings: { marksMs: Math.round(t1 - t0), panelMs: Math.round(performance.now() - t1) } };
  }

  function fail(forToken, message) {
    if (forToken !== token) return { state: "stale" };
    clear();
    notice = notify(`newsmark could not annotate this article: ${message}`, { kind: "error" });
    return { state: "failed" };
  }

  function inspect() {
    return { phase, notice: notice?.shown ? notice.text() : null, ui: ui?.inspect() ?? null };
  }

  return Object.freeze({ begin, draw, fail, inspect });
}

if (!globalThis.__newsmark) Object.defineProperty(globalThis, "__newsmark", { value: controller() });
