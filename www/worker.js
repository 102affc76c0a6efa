// The one place the wasm core lives on the page. Annotating a long article takes a moment, and
// the page must keep scrolling and taking keystrokes meanwhile, so every call into the core —
// annotate, share links, corrections, exports — runs here, off the main thread, and the module
// is compiled once for the whole session.
//
// Protocol: the page posts {id, op, args}; the worker answers {id, ok: true, value} or
// {id, ok: false, error: "message", missing}. `missing` says the loaded core lacks that function
// (the page then hides or explains what is not available).
import init, * as core from "./pkg/newsmark.js";

const has = (name) => typeof core[name] === "function";

// The page sends the compiled module first ({boot, module}); null means "fetch it yourself".
let boot;
const booted = new Promise((resolve) => { boot = resolve; });
const ready = booted.then((module) => init(module ? { module_or_path: module } : undefined)).then(() => ({
  version: core.version(),
  features: ["annotateView", "encodeShare", "decodeShare", "reanchorCorrections", "exportView", "shareLinkMax",
    "checkCorrection", "checkTimex", "snapSelection", "viewStatus", "openViewFile"].filter(has),
  shareLinkMax: has("shareLinkMax") ? core.shareLinkMax() : null,
  // The label vocabulary ([{name, kind, colour, description}], display order): the page builds
  // its legend, menus and colours from it. A few hundred bytes, so it comes with the hello.
  labels: has("labels") ? core.labels() : [],
}));

// The core builds its tables (date rules, gazetteers, model weights) on first use, which costs
// more than annotating an article. Do it as soon as the core is up, after answering the page's
// hello, so it overlaps the page's own start-up instead of delaying the first annotation.
ready.then(() => setTimeout(() => {
  try { core.annotate("On Monday, June 5, 2023, Ada Lovelace told reporters in London: “We are ready.”", {}); } catch { /* the first real call reports any error */ }
}, 0), () => {});

// A result crosses to the page as JSON strings: a string is handed over as one copy, and
// JSON.parse there is several times faster than unpacking a structured clone of tens of thousands
// of span objects. The spans come in chunks of SPAN_CHUNK, which the page parses a few at a time
// between frames: a megabyte's spans parsed in one go would stop the page for a few hundred
// milliseconds on a slow machine. {head: everything but the spans, spans: [chunk, …], count, counts}
const SPAN_CHUNK = 1500;
// `counts`: the spans per label ({label: [kind, n]}, in the order met), counted here rather than
// by the page for its legend and summary.
function pack(result) {
  const spans = Array.isArray(result.spans) ? result.spans : [];
  const chunks = [];
  for (let i = 0; i < spans.length; i += SPAN_CHUNK) chunks.push(JSON.stringify(spans.slice(i, i + SPAN_CHUNK)));
  const counts = {};
  for (const s of spans) (counts[s.label] ??= [s.kind, 0])[1]++;
  return { head: JSON.stringify({ ...result, spans: [] }), spans: chunks, count: spans.length, counts };
}

// The text last annotated, kept to save the view with (op `save`) without the page sending it again.
let lastText = null, lastTextId = null, annotations = 0;
const workerTag = Math.random().toString(36).slice(2); // ids never repeat across workers
let saved = null, store = null, pruned = false;

/** The text of annotation `textId`, if it is the last one here. */
function lastTextFor(textId) {
  if (textId == null || textId !== lastTextId || lastText == null) throw new Error("the text is no longer here");
  return lastText;
}

/**
 * Saves the page's view (persist.js): in IndexedDB, and, with `link`, as a share fragment too.
 * `record.view.text` null means the text of annotation `textId`. Answers {stored, fragment}.
 */
async function save({ record, textId, link, linkTextMax }) {
  if (record.view.text == null) record.view.text = lastTextFor(textId);
  // The store's module is loaded on the first save: not on the way to the worker's start.
  const { openStore, putViews, pruneViews, LAST } = await (saved ??= import("./saved.js"));
  store ??= openStore();
  const db = await store;
  let stored = false;
  try {
    stored = await putViews(db, record, { id: LAST, session: record.id });
    if (stored && !pruned) { pruned = true; await pruneViews(db, record.id, 8).catch(() => {}); }
  } catch { /* quota, or storage refused: the fragment may still hold the view */ }
  let fragment = null;
  if (link && has("encodeShare") && record.view.text.length <= linkTextMax) {
    try { fragment = core.encodeShare(record.view); } catch { /* too large: no link */ }
  }
  return { stored, fragment };
}

function call(name, ...args) {
  if (!has(name)) {
    const err = new Error(`this build of newsmark cannot ${name}`);
    err.missing = true;
    throw err;
  }
  return core[name](...args);
}

const ops = {
  hello: () => ready,
  // view: {v, text, reference_date, hidden, corrections}. The core applies the corrections, so
  // the page, the CLI and the exports agree (a core without annotateView ignores them).
  // Answers the result packed for the page (`pack`), plus the time the core took.
  annotate: (view) => {
    const started = performance.now();
    let result;
    // A core that says what became of each correction (issue 18: it also checks them) answers
    // annotateView with those statuses; an older one is fastest through its JSON export.
    if (has("annotateView") && has("checkCorrection")) result = core.annotateView(view);
    else if (has("exportView")) result = core.exportView(view, "json");
    else if (has("annotateView")) result = core.annotateView(view);
    else result = core.annotate(view.text, view.reference_date ? { referenceDate: view.reference_date } : {});
    const ms = performance.now() - started;
    lastText = view.text;
    lastTextId = `${workerTag}:${++annotations}`;
    return { ...pack(typeof result === "string" ? JSON.parse(result) : result), ms, textId: lastTextId };
  },
  save,
  encodeShare: (view) => call("encodeShare", view),
  decodeShare: (fragment) => call("decodeShare", fragment),
  reanchorCorrections: (corrections, oldText, newText) => call("reanchorCorrections", corrections, oldText, newText),
  exportView: (view, format) => call("exportView", view, format),
  // The page may send `null` for a text this worker annotated last (`textId`), sparing a copy.
  checkCorrection: (view, correction, textId) => call("checkCorrection", { ...view, text: view.text ?? lastTextFor(textId) }, correction),
  checkTimex: (label, value) => call("checkTimex", label, value),
  snapSelection: (text, start, end, textId) => call("snapSelection", text ?? lastTextFor(textId), start, end),
  viewStatus: (view) => call("viewStatus", view),
  openViewFile: (text) => call("openViewFile", text),
};

self.addEventListener("message", async (event) => {
  const { id, op, args, boot: isBoot, module } = event.data ?? {};
  if (isBoot) return boot(module ?? null);
  try {
    const info = await ready;
    if (!Object.hasOwn(ops, op)) throw new Error(`unknown operation ${String(op)}`);
    const value = op === "hello" ? info : await ops[op](...(args ?? []));
    self.postMessage({ id, ok: true, value });
  } catch (e) {
    self.postMessage({ id, ok: false, error: e?.message ?? String(e), missing: Boolean(e?.missing) });
  }
});
