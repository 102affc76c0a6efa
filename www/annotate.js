// Annotate → render: the loop that keeps the view showing the current text. Typing is debounced,
// a paste is annotated at once; one run at a time, and an edit during a run makes it start over
// with its result thrown away (a stale answer never reaches the screen). A long text's beginning
// is annotated and shown first. An error says so in the status line and the next edit gets a
// fresh worker. #view[data-state] tells tests and scripts where the loop is.
//
// What else changes when a result is shown (legend, panel, tooltip, menu, focus, corrections that
// follow an edit) is the wiring's business: app.js passes those steps in as hooks, so this module
// depends on none of them.
import { core } from "./core.js";
import { renderView, yieldToBrowser } from "./render.js";
import { formatCount } from "./dom.js";
import { state, ui, articleText, currentView, correctedKeys, setStatus, formatSize } from "./state.js";

const DEBOUNCE_MS = 120;
const LONG_TEXT = 100_000;

const hooks = {
  reanchor: async (_text) => true,     // move the corrections onto the edited text (false: the view changed meanwhile)
  beforeShow: () => {},                // a new result replaces the view (tooltips, menus go)
  shown: (_result) => {},              // …its first marks are in (legend)
  fillPanel: async (_text, _result, _corrections, _options) => {}, // …the side panel's turn
  done: (_result) => {},               // …all of it is in
};

/** Sets the steps other modules take around a run (see `hooks`). */
export function initAnnotate(steps) { Object.assign(hooks, steps); }

let running = null, again = false, timer = null;

/** Resolves once the screen shows the current text (annotating it first if needed). */
export function settle() {
  if (timer !== null) return refresh();
  if (running) return running;
  return articleText() !== state.text ? refresh() : Promise.resolve();
}

/** Sets the view's phase, which tests and scripts wait on. While a newer edit waits for its
 *  debounce, the view stays "pending": a run finishing for older text must not say "done". */
function setPhase(phase) {
  ui.view.dataset.state = timer !== null ? "pending" : phase;
}

/** Re-annotates after the typing pause (or after `ms`: 0 for the next task). */
export function schedule(ms = DEBOUNCE_MS) {
  clearTimeout(timer);
  ui.view.dataset.state = "pending";
  timer = setTimeout(() => refresh(), ms);
}

/** Re-annotates now; resolves when the result is on screen (or superseded). `message` is said
 *  in the status line when it is shown. */
export function refresh(message) {
  clearTimeout(timer);
  timer = null;
  if (message) state.nextMessage = message;
  if (running) { again = true; return running; }
  running = run().finally(() => { running = null; });
  return running;
}

async function run() {
  do {
    again = false;
    const text = articleText();
    if (text !== state.anchoredText) {
      if (!state.corrections.length) state.anchoredText = text;
      else if (!(await hooks.reanchor(text))) { again = true; continue; }
    }
    const started = performance.now();
    const long = text.length > LONG_TEXT;
    setPhase("annotating");
    if (long) {
      ui.progress.hidden = false;
      // Determinate, at 0 until the marks come in: an indeterminate bar animates, and costs the
      // page a frame every few milliseconds while the worker annotates.
      ui.progress.value = 0;
      setStatus(`Annotating ${formatSize(text.length)}…`);
      preview(text, started);
    }
    let result, coreMs;
    try {
      const answer = await core.callWithin(annotateTimeLimit(text), "annotate", currentView(text));
      if (again) continue; // stale: the text changed while the worker was busy
      previewFor = null;
      result = await unpack(answer, () => again);
      if (long) await yieldToBrowser(); // the view's first screen in a task of its own
      if (again) continue;
      coreMs = answer.ms;
      state.textId = answer.textId; // the worker keeps this text: saving the view need not send it
    } catch (e) {
      if (again) continue;
      ui.progress.hidden = true;
      setPhase("error");
      setStatus(`Could not annotate this text: ${e.message}. Edit the text to try again.`, "error");
      if (!e.missing && !e.restarted) core.restart(); // a fresh instance for the next edit
      state.nextMessage = null;
      return;
    }
    show(text, result, started, long, coreMs);
  } while (again);
}

const PARSE_SLICE_MS = 6;

/**
 * The worker's packed result (worker.js `pack`) as a newsmark/1 object. Its span chunks are parsed
 * a few milliseconds at a time, yielding to the browser between, so a megabyte's result never
 * stops the page; `stale()` true stops early (the result is then thrown away).
 */
async function unpack(answer, stale = () => false) {
  const result = JSON.parse(answer.head);
  // The spans per label, counted by the worker (not a newsmark/1 field: the page's own).
  Object.defineProperty(result, "labelCounts", { value: new Map(Object.entries(answer.counts ?? {})), enumerable: false });
  const chunks = answer.spans ?? [];
  if (chunks.length === 1) { result.spans = JSON.parse(chunks[0]); return result; }
  const spans = [];
  let sliceStart = performance.now();
  for (const chunk of chunks) {
    if (performance.now() - sliceStart > PARSE_SLICE_MS) {
      await yieldToBrowser();
      if (stale()) return result;
      sliceStart = performance.now();
    }
    for (const s of JSON.parse(chunk)) spans.push(s);
  }
  result.spans = spans;
  return result;
}

/** {label → [kind, count]} of a result: the worker's count, or one made here. */
export function labelCounts(result) {
  if (result.labelCounts) return result.labelCounts;
  const counts = new Map();
  for (const s of result.spans ?? []) { const c = counts.get(s.label); if (c) c[1]++; else counts.set(s.label, [s.kind, 1]); }
  return counts;
}

/** Generous: ten times the core's budget of 5 MB/s, and never under 10 s. */
const annotateTimeLimit = (text) => 10_000 + text.length * 0.002 * 10;

/**
 * For a long text, the beginning is annotated on its own first (the worker answers in order, so
 * it arrives well before the whole): the first screens show their marks at once, and the whole
 * result replaces them. Only the beginning is shown meanwhile: a megabyte of plain text laid out
 * only to be replaced a moment later would cost the page more than the marks themselves.
 */
const PREVIEW_CHARS = 8_000; // a few screens: small, so it delays the whole result little
let previewFor = null;

function preview(text, started) {
  const cut = text.indexOf("\n", PREVIEW_CHARS);
  if (cut < 0 || cut > text.length / 2) return;
  const head = currentView(text.slice(0, cut + 1));
  head.corrections = head.corrections.filter((c) => c.end <= cut + 1);
  const token = {};
  previewFor = token;
  core.callWithin(annotateTimeLimit(head.text), "annotate", head).then(async (answer) => {
    if (previewFor !== token || again || articleText() !== text) return;
    const result = await unpack(answer);
    await yieldToBrowser();
    if (previewFor !== token || again || articleText() !== text) return;
    state.render?.cancel();
    Object.assign(state, { result, text });
    setPhase("preview");
    state.render = renderView(ui.view, head.text, result, {
      hidden: state.hidden,
      corrected: correctedKeys(),
      onFirstSlice: () => { ui.view.dataset.previewShownMs = (performance.now() - started).toFixed(1); },
    });
    setStatus(`Showing the beginning; annotating all ${formatSize(text.length)}…`);
  }).catch(() => {}); // the whole text's annotation reports any error
}

function show(text, result, started, long, coreMs) {
  const { view, progress } = ui;
  state.render?.cancel();
  state.result = result;
  state.text = text;
  hooks.beforeShow();
  const annotatedMs = performance.now() - started;
  setPhase("rendering");
  const render = renderView(view, text, result, {
    hidden: state.hidden,
    corrected: correctedKeys(),
    onFirstSlice: () => { view.dataset.firstShownMs = (performance.now() - started).toFixed(1); },
    onProgress: long ? (f) => { progress.value = f; setStatus(`Showing marks… ${Math.round(f * 100)}%`); } : undefined,
  });
  state.render = render;
  // The legend; for a long text in a task of its own (the view's first screen is enough for
  // this one), and in any case before the view is done.
  let legendDone = false;
  const showLegend = () => { if (!legendDone && state.render === render) { legendDone = true; hooks.shown(result); } };
  if (long) setTimeout(showLegend, 0); else showLegend();
  noteReferenceDate(result);
  const corrections = state.corrections;
  // The side panel waits for the next task, so the article's first screen paints first (and is
  // in place before the view reports itself done). A long text's panel is built a section at a
  // time, between slices of the view.
  let panelDone = null;
  const fillPanel = () => {
    panelDone ??= state.result === result
      ? Promise.resolve(hooks.fillPanel(text, result, corrections, { stepwise: long, stale: () => state.result !== result })).catch(() => {})
      : Promise.resolve();
    return panelDone;
  };
  setTimeout(fillPanel, 0);
  view.dataset.showMs = (performance.now() - started - annotatedMs).toFixed(1);
  const message = state.nextMessage;
  state.nextMessage = null;
  render.done.then(async (complete) => {
    if (!complete) return;
    await fillPanel();
    if (state.render !== render) return; // a newer result took over meanwhile
    showLegend();
    const totalMs = performance.now() - started;
    setPhase("done");
    view.dataset.annotateMs = annotatedMs.toFixed(1);
    if (coreMs != null) view.dataset.coreMs = coreMs.toFixed(1);
    view.dataset.totalMs = totalMs.toFixed(1);
    progress.hidden = true;
    if (!performance.getEntriesByName("newsmark:first-annotation").length) performance.mark("newsmark:first-annotation");
    setStatus(message ?? summary(result, text, long ? totalMs : null), message ? "notice" : "info");
    hooks.done(result); // (after the status line: it may have more to say about a correction)
  });
}

function summary(result, text, ms) {
  const n = { entity: 0, date: 0, quote: 0 };
  for (const [kind, k] of labelCounts(result).values()) n[kind] = (n[kind] ?? 0) + k;
  if (!text.trim()) return "Paste an article to see its entities, dates and quotes.";
  const plural = (k, one, many) => `${formatCount(k)} ${k === 1 ? one : many}`;
  const took = ms != null ? ` in ${(ms / 1000).toFixed(2)} s` : "";
  return `Found ${plural(n.entity, "entity", "entities")}, ${plural(n.date, "date", "dates")} and ${plural(n.quote, "quote", "quotes")}${took}.`;
}

function noteReferenceDate(result) {
  const { refDate, referenceNote } = ui;
  const at = result.reference_time ? ` ${result.reference_time}` : "";
  const where = result.reference_source === "timestamp" ? "the page's timestamp" : "the article";
  if (refDate.value) referenceNote.textContent = "";
  else if (result.reference_date) referenceNote.textContent = `Relative dates resolved against ${result.reference_date}${at} (found in ${where}).`;
  else referenceNote.textContent = state.text.trim() ? "No reference date: relative dates stay unresolved." : "";
}
