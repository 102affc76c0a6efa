// The page's state, in one place: the reader's view (hidden labels, corrections with their undo
// history, reference date; the "view" of docs/VIEW-API.md that share links, files, exports and
// re-annotation all start from), what is on screen, what the loaded core can do, and the page's
// elements and status line. Other modules read and change it here and keep no copy of their own.

export const $ = (sel) => document.querySelector(sel);

/** The page's elements (index.html); module scripts run after the document is parsed. */
export const ui = {
  input: $("#input"), view: $("#view"), status: $("#status"), refDate: $("#reference-date"),
  refTime: $("#reference-time"),
  legend: $("#legend"), panel: $("#panel"), tooltip: $("#tooltip"), menu: $("#menu"),
  progress: $("#progress"), shareButton: $("#share"), shareLink: $("#share-link"),
  undoButton: $("#undo"), redoButton: $("#redo"), referenceNote: $("#reference-note"),
};

export const state = {
  hidden: new Set(),      // labels the reader toggled off
  corrections: [],        // VIEW-API corrections, anchored to `anchoredText`
  anchoredText: "",
  undo: [], redo: [],     // snapshots of the view before each step (history.js)
  referenceDate: "",      // the reference date of the view, with its time if any (as the page last set or saw it)
  dirty: false,           // the reader changed the view since it was opened (so replacing it asks first)
  result: null,           // the result on screen…
  text: "",               // …and the text it is for
  textId: null,           // …as the worker knows it (worker.js `save`)
  render: null,           // the render in progress or done ({done, cancel, marks: span id → mark})
  nextMessage: null,      // said in the status line once the next result is shown
  features: new Set(),    // the core's optional functions (from its hello)
  shareLinkMax: null,     // the longest fragment offered as a link
};

// While a long article's text box is folded (textbox.js), its text is kept here and the box is
// left empty: a megabyte in a text box costs every frame, even hidden (the browser works out its
// caret's place each time).
let foldedText = null;

/** The article's text: the text box's, or the folded article's. */
export const articleText = () => foldedText ?? ui.input.value;

/** For textbox.js: the folded article's text, or null when the box holds the text itself. */
export function setFoldedText(text) { foldedText = text; }

/** The view of docs/VIEW-API.md for `text`. */
export function currentView(text = articleText()) {
  return { v: 1, text, reference_date: referenceValue() || null, hidden: [...state.hidden], corrections: state.corrections };
}

/** The reference date, with its time of day when one is given (`2023-06-14T09:30`), or "". */
export function referenceValue() {
  const { refDate, refTime } = ui;
  if (!refDate.value) return "";
  return refTime.value ? `${refDate.value}T${refTime.value.slice(0, 5)}` : refDate.value;
}

/** Sets the reference date, and its time from a date-time (the page's own change: no change
 *  event). */
export function setReferenceDate(value) {
  const [date, time] = (value ?? "").split("T");
  ui.refDate.value = date ?? "";
  ui.refTime.value = time ?? "";
  state.referenceDate = referenceValue();
}

/** The corrected spans, as `kind:start:end`, which the view double-underlines. */
export const correctedKeys = () => new Set(state.corrections.filter((c) => c.op !== "remove").map((c) => `${c.kind}:${c.start}:${c.end}`));

export function setStatus(message, kind = "info") {
  ui.status.textContent = message;
  ui.status.dataset.kind = kind;
}

export const formatSize = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} KB` : `${n} characters`);
