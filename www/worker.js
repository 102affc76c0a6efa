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
  features: ["annotateView", "encodeShare", "decodeShare", "reanchorCorrections", "exportView", "shareLinkMax"].filter(has),
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
  // Answers {json} (the result as a JSON string: a string crosses to the page as one copy, and
  // JSON.parse there is several times faster than unpacking a structured clone of tens of
  // thousands of span objects) or {result}, plus the time the core took.
  annotate: (view) => {
    const started = performance.now();
    if (has("exportView")) return { json: core.exportView(view, "json"), ms: performance.now() - started };
    const result = has("annotateView") ? core.annotateView(view)
      : core.annotate(view.text, view.reference_date ? { referenceDate: view.reference_date } : {});
    return { result, ms: performance.now() - started };
  },
  encodeShare: (view) => call("encodeShare", view),
  decodeShare: (fragment) => call("decodeShare", fragment),
  reanchorCorrections: (corrections, oldText, newText) => call("reanchorCorrections", corrections, oldText, newText),
  exportView: (view, format) => call("exportView", view, format),
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
