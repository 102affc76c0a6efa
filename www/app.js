// The page: paste or type an article → the worker annotates it (debounced; a stale answer is
// thrown away) → marks are rendered a slice at a time → legend, side panel, tooltips.
// The reader's corrections, hidden labels and reference date form the "view" of VIEW-API.md,
// which share links, exports and re-annotation all start from.
// Text is only ever inserted as text nodes or textContent, never as HTML.
import { renderView, offsetOfPoint, speakerName, CSS_HIDDEN_LABELS } from "./render.js";
import { renderPanel } from "./panel.js";
import { openMarkMenu, openSelectionMenu, closeMenu } from "./menu.js";
import { core } from "./core.js";

const $ = (sel) => document.querySelector(sel);
const input = $("#input"), view = $("#view"), status = $("#status"), refDate = $("#reference-date"), refTime = $("#reference-time");
const legend = $("#legend"), panel = $("#panel"), tooltip = $("#tooltip"), menu = $("#menu");
const progress = $("#progress"), shareButton = $("#share"), shareLink = $("#share-link");
const undoButton = $("#undo"), redoButton = $("#redo"), referenceNote = $("#reference-note");

const DEBOUNCE_MS = 120;
const LONG_TEXT = 100_000;
const LABEL_ORDER = ["PERSON", "ORG", "PLACE", "NORP", "MISC", "DATE", "TIME", "DURATION", "SET", "QUOTE"];

let features = new Set();
let shareLinkMax = null;

// ---------------------------------------------------------------------------------------------
// State

const state = {
  hidden: new Set(),      // labels the reader toggled off
  corrections: [],        // VIEW-API corrections, anchored to `anchoredText`
  anchoredText: "",
  undo: [], redo: [],     // snapshots of `corrections`
  result: null,           // the result on screen…
  text: "",               // …and the text it is for
  render: null,
  markIndex: null,        // span id → mark element, built on demand
};

function currentView(text = input.value) {
  return { v: 1, text, reference_date: referenceValue(), hidden: [...state.hidden], corrections: state.corrections };
}

/** The reference date, with its time of day when one is given (`2023-06-14T09:30`), or null. */
function referenceValue() {
  if (!refDate.value) return null;
  return refTime.value ? `${refDate.value}T${refTime.value.slice(0, 5)}` : refDate.value;
}

function setStatus(message, kind = "info") {
  status.textContent = message;
  status.dataset.kind = kind;
}

const formatSize = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} KB` : `${n} characters`);

// ---------------------------------------------------------------------------------------------
// Annotate → render. One run at a time; an edit during a run makes the run start over and its
// result is discarded.

let running = null, again = false, nextMessage = null, timer = null;

/** Resolves once the screen shows the current text (annotating it first if needed). */
function settle() {
  if (timer !== null) return refresh();
  if (running) return running;
  return input.value !== state.text ? refresh() : Promise.resolve();
}

/** Sets the view's phase, which tests and scripts wait on. While a newer edit waits for its
 *  debounce, the view stays "pending": a run finishing for older text must not say "done". */
function setPhase(phase) {
  view.dataset.state = timer !== null ? "pending" : phase;
}

function schedule() {
  clearTimeout(timer);
  view.dataset.state = "pending";
  timer = setTimeout(() => refresh(), DEBOUNCE_MS);
}

/** Re-annotates now; resolves when the result is on screen (or superseded). */
function refresh(message) {
  clearTimeout(timer);
  timer = null;
  if (message) nextMessage = message;
  if (running) { again = true; return running; }
  running = run().finally(() => { running = null; });
  return running;
}

async function run() {
  do {
    again = false;
    const text = input.value;
    if (state.corrections.length && text !== state.anchoredText) await reanchor(text);
    state.anchoredText = text;
    const started = performance.now();
    const long = text.length > LONG_TEXT;
    setPhase("annotating");
    if (long) {
      progress.hidden = false;
      progress.removeAttribute("value");
      setStatus(`Annotating ${formatSize(text.length)}…`);
      preview(text, started);
    }
    let result, coreMs;
    try {
      const answer = await core.callWithin(annotateTimeLimit(text), "annotate", currentView(text));
      if (again) continue; // stale: the text changed while the worker was busy
      previewFor = null;
      result = parseAnswer(answer);
      coreMs = answer.ms;
    } catch (e) {
      if (again) continue;
      progress.hidden = true;
      setPhase("error");
      setStatus(`Could not annotate this text: ${e.message}. Edit the text to try again.`, "error");
      if (!e.missing && !e.restarted) core.restart(); // a fresh instance for the next edit
      nextMessage = null;
      return;
    }
    show(text, result, started, long, coreMs);
  } while (again);
}

const parseAnswer = (answer) => (typeof answer.json === "string" ? JSON.parse(answer.json) : answer.result);

/**
 * For a long text, the beginning is annotated on its own first (the worker answers in order, so
 * it arrives well before the whole): the first screens show their marks at once, with the rest
 * of the text plain until the whole result replaces them.
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
  core.callWithin(annotateTimeLimit(head.text), "annotate", head).then((answer) => {
    if (previewFor !== token || again || input.value !== text) return;
    const result = parseAnswer(answer);
    state.render?.cancel();
    Object.assign(state, { result, text, markIndex: null });
    setPhase("preview");
    state.render = renderView(view, text, result, {
      hidden: state.hidden,
      corrected: correctedKeys(),
      onFirstSlice: () => { view.dataset.previewShownMs = (performance.now() - started).toFixed(1); },
    });
    setStatus(`Showing the beginning; annotating all ${formatSize(text.length)}…`);
  }).catch(() => {}); // the whole text's annotation reports any error
}

const correctedKeys = () => new Set(state.corrections.filter((c) => c.op !== "remove").map((c) => `${c.kind}:${c.start}:${c.end}`));

/** Generous: ten times the core's budget of 5 MB/s, and never under 10 s. */
const annotateTimeLimit = (text) => 10_000 + text.length * 0.002 * 10;

async function reanchor(text) {
  try {
    const { kept, dropped } = await core.call("reanchorCorrections", state.corrections, state.anchoredText, text);
    state.corrections = kept;
    if (dropped.length) {
      const words = dropped.slice(0, 3).map((c) => `“${c.text.slice(0, 40)}”`).join(", ");
      nextMessage = `${dropped.length} correction${dropped.length === 1 ? "" : "s"} no longer match${dropped.length === 1 ? "es" : ""} the text and ${dropped.length === 1 ? "was" : "were"} dropped: ${words}${dropped.length > 3 ? ", …" : ""}.`;
    }
  } catch (e) {
    nextMessage = `Corrections could not be kept after the edit (${e.message}); they were dropped.`;
    state.corrections = [];
  }
  // Undo snapshots hold offsets in the old text: the correction history restarts here.
  state.undo = []; state.redo = [];
  updateUndoButtons();
}

function show(text, result, started, long, coreMs) {
  state.render?.cancel();
  state.result = result;
  state.text = text;
  state.markIndex = null;
  hideTooltip();
  closeMenu(menu);
  const annotatedMs = performance.now() - started;
  setPhase("rendering");
  const render = renderView(view, text, result, {
    hidden: state.hidden,
    corrected: correctedKeys(),
    onFirstSlice: () => { view.dataset.firstShownMs = (performance.now() - started).toFixed(1); },
    onProgress: long ? (f) => { progress.value = f; setStatus(`Showing marks… ${Math.round(f * 100)}%`); } : undefined,
  });
  state.render = render;
  renderLegend(result);
  noteReferenceDate(result);
  const corrections = state.corrections;
  // The side panel waits for the next task, so the article's first screen paints first (and is
  // in place before the view reports itself done).
  let panelDone = false;
  const fillPanel = () => { if (!panelDone && state.result === result) { panelDone = true; renderPanel(panel, text, result, jumpTo, { corrections, onDropCorrection: dropCorrection }); } };
  setTimeout(fillPanel, 0);
  view.dataset.showMs = (performance.now() - started - annotatedMs).toFixed(1);
  const message = nextMessage;
  nextMessage = null;
  render.done.then((complete) => {
    if (!complete) return;
    fillPanel();
    if (refocus) {
      const { start, end } = refocus;
      refocus = null;
      const marks = [...view.querySelectorAll(`mark[data-start="${start}"]`)];
      const target = marks.find((m) => Number(m.dataset.end) === end) ?? marks[0];
      target?.focus({ preventScroll: true });
    }
    const totalMs = performance.now() - started;
    setPhase("done");
    view.dataset.annotateMs = annotatedMs.toFixed(1);
    if (coreMs != null) view.dataset.coreMs = coreMs.toFixed(1);
    view.dataset.totalMs = totalMs.toFixed(1);
    progress.hidden = true;
    if (!performance.getEntriesByName("newsmark:first-annotation").length) performance.mark("newsmark:first-annotation");
    setStatus(message ?? summary(result, text, long ? totalMs : null), message ? "notice" : "info");
  });
}

function summary(result, text, ms) {
  const n = { entity: 0, date: 0, quote: 0 };
  for (const s of result.spans) n[s.kind] = (n[s.kind] ?? 0) + 1;
  if (!text.trim()) return "Paste an article to see its entities, dates and quotes.";
  const plural = (k, one, many) => `${k.toLocaleString("en")} ${k === 1 ? one : many}`;
  const took = ms != null ? ` in ${(ms / 1000).toFixed(2)} s` : "";
  return `Found ${plural(n.entity, "entity", "entities")}, ${plural(n.date, "date", "dates")} and ${plural(n.quote, "quote", "quotes")}${took}.`;
}

function noteReferenceDate(result) {
  const at = result.reference_time ? ` ${result.reference_time}` : "";
  const where = result.reference_source === "timestamp" ? "the page's timestamp" : "the article";
  if (refDate.value) referenceNote.textContent = "";
  else if (result.reference_date) referenceNote.textContent = `Relative dates resolved against ${result.reference_date}${at} (found in ${where}).`;
  else referenceNote.textContent = state.text.trim() ? "No reference date: relative dates stay unresolved." : "";
}

// ---------------------------------------------------------------------------------------------
// Legend with a toggle per label.

function renderLegend(result) {
  const counts = new Map();
  for (const s of result.spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  for (const label of state.hidden) if (!counts.has(label)) counts.set(label, 0);
  const rank = (l) => { const i = LABEL_ORDER.indexOf(l); return i < 0 ? 99 : i; };
  const labels = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  legend.replaceChildren(...labels.map((label) => {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = !state.hidden.has(label);
    box.dataset.toggle = label;
    box.addEventListener("change", () => setLabelShown(label, box.checked));
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.dataset.label = label;
    const name = document.createElement("span");
    name.textContent = label;
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = counts.get(label).toLocaleString("en");
    const l = document.createElement("label");
    l.dataset.label = label;
    l.append(box, swatch, name, count);
    return l;
  }));
}

function syncHidden() {
  view.dataset.hidden = [...state.hidden].join(" ");
}

function setLabelShown(label, shown) {
  if (shown) state.hidden.delete(label); else state.hidden.add(label);
  syncHidden();
  if (!CSS_HIDDEN_LABELS.has(label)) {
    for (const m of view.querySelectorAll(`mark[data-label="${CSS.escape(label)}"]`)) m.classList.toggle("off", !shown);
  }
  const box = legend.querySelector(`input[data-toggle="${CSS.escape(label)}"]`);
  if (box) box.checked = shown;
}

// ---------------------------------------------------------------------------------------------
// Marks: tooltips, jumping and lighting from the panel.

const spanOf = (mark) => state.result?.spans?.[Number(mark.dataset.id)];

function describe(mark) {
  const s = spanOf(mark);
  if (!s) return null;
  const by = mark.dataset.corrected ? " · corrected" : "";
  if (s.kind === "entity") {
    const cluster = s.entity != null ? state.result.entities?.[s.entity] : null;
    const n = cluster?.mentions?.length ?? 1;
    const name = cluster && cluster.name !== s.text ? ` · ${cluster.name}` : "";
    return [s.label, `${name.slice(3) || s.text}${n > 1 ? ` · ${n} mentions` : ""}${by}`];
  }
  if (s.kind === "date") return [s.label, `${s.value != null ? `value ${s.value}` : "no value"}${by}`];
  const who = speakerName(state.result, s.speaker);
  const via = s.speaker && who && who !== s.speaker.text ? ` (“${s.speaker.text}”)` : "";
  return ["QUOTE", `${who ? `said by ${who}${via}` : "speaker unknown"}${by}`];
}

function showTooltip(mark, x, y) {
  const lines = [];
  for (let m = mark; m && m !== view; m = m.parentElement?.closest("mark")) {
    if (!view.contains(m)) break;
    const d = describe(m);
    if (d) lines.push(d);
  }
  if (!lines.length) return hideTooltip();
  tooltip.replaceChildren(...lines.map(([label, detail]) => {
    const row = document.createElement("div");
    const b = document.createElement("strong");
    b.textContent = label;
    b.dataset.label = label;
    row.append(b, document.createTextNode(` ${detail}`));
    return row;
  }));
  tooltip.hidden = false;
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const width = tooltip.offsetWidth, height = tooltip.offsetHeight;
  let left = x ?? rect.left;
  let top = (y ?? rect.bottom) + 10;
  if (y == null) top = rect.bottom + 6;
  if (top + height > window.innerHeight - 4) top = Math.max(4, rect.top - height - 6);
  left = Math.max(4, Math.min(left, window.innerWidth - width - 4));
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${top}px`;
  mark.setAttribute("aria-describedby", "tooltip");
  tooltipFor = mark;
  litSpeakers(mark);
}

/** While a quote (or a mark inside one) is described, its speaker's mention is outlined. */
let speakerMarks = [];
function litSpeakers(mark) {
  for (const m of speakerMarks) m.classList.remove("speaker-lit");
  speakerMarks = [];
  const quote = mark?.closest?.('mark[data-kind="quote"]');
  const speaker = quote && spanOf(quote)?.speaker;
  if (!speaker) return;
  const block = quote.closest(".block");
  const near = [block, block?.previousElementSibling, block?.nextElementSibling].filter(Boolean);
  for (const b of near) {
    for (const m of b.querySelectorAll(`mark[data-kind="entity"][data-start="${speaker.start}"]`)) {
      m.classList.add("speaker-lit");
      speakerMarks.push(m);
    }
  }
}

let tooltipFor = null;
function hideTooltip() {
  tooltip.hidden = true;
  litSpeakers(null);
  tooltipFor?.removeAttribute("aria-describedby");
  tooltipFor = null;
}

// The latest of pointing and focusing decides which mark the tooltip describes; when the pointer
// leaves the marks, the tooltip goes back to the focused mark, if any.
const focusedMark = () => (document.activeElement?.tagName === "MARK" && view.contains(document.activeElement) ? document.activeElement : null);
function fallBackToFocus() {
  const f = focusedMark();
  if (f) showTooltip(f); else hideTooltip();
}
view.addEventListener("mouseover", (e) => {
  const mark = e.target.closest?.("mark");
  if (mark && mark !== tooltipFor) showTooltip(mark, e.clientX, e.clientY);
  else if (!mark) fallBackToFocus();
});
view.addEventListener("mouseleave", fallBackToFocus);
view.addEventListener("focusin", (e) => { const mark = e.target.closest?.("mark"); if (mark) showTooltip(mark); });
view.addEventListener("focusout", (e) => { if (!view.contains(e.relatedTarget)) hideTooltip(); });
document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !tooltip.hidden) hideTooltip(); });
// The tooltip is placed for where the mark was: scrolling moves the mark away from it.
window.addEventListener("scroll", () => {
  if (tooltip.hidden) return;
  if (tooltipFor && tooltipFor === document.activeElement) showTooltip(tooltipFor); else hideTooltip();
}, { passive: true });

function markFor(id) {
  if (!state.markIndex || state.markIndex.size === 0) {
    state.markIndex = new Map();
    for (const m of view.querySelectorAll("mark[data-id]")) state.markIndex.set(Number(m.dataset.id), m);
  }
  let m = state.markIndex.get(id);
  if (!m?.isConnected) { m = view.querySelector(`mark[data-id="${id}"]`); if (m) state.markIndex.set(id, m); }
  return m;
}

let lit = [];
function jumpTo(ids, { source } = {}) {
  for (const m of lit) m.classList.remove("lit");
  lit = ids.map(markFor).filter(Boolean);
  for (const m of lit) m.classList.add("lit");
  for (const b of panel.querySelectorAll("[aria-pressed]")) b.removeAttribute("aria-pressed");
  source?.setAttribute("aria-pressed", "true");
  const first = lit[0];
  if (first) {
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    first.focus({ preventScroll: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Corrections: menus on marks and selections, undo and redo.

function updateUndoButtons() {
  undoButton.disabled = state.undo.length === 0;
  redoButton.disabled = state.redo.length === 0;
}

const sameAnchor = (a, b) => a.kind === b.kind && a.start === b.start && a.end === b.end;

/** Adds edits to the list, folding an edit of a span the reader added into that addition. */
function withEdits(list, edits) {
  let out = [...list];
  for (const c of edits) {
    const added = out.findIndex((x) => x.op === "add" && sameAnchor(x, c));
    if (added >= 0 && c.op === "remove") { out.splice(added, 1); continue; }
    if (added >= 0 && c.op === "relabel") {
      const merged = { ...out[added], label: c.label };
      if (c.value !== undefined) merged.value = c.value;
      if (c.speaker !== undefined) merged.speaker = c.speaker;
      out[added] = merged;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** After a correction re-renders the view, focus goes back to the mark at the same place. */
let refocus = null;

/** Makes `next` the corrections, as one step that Ctrl+Z undoes. */
function commitCorrections(next, message) {
  state.undo.push(state.corrections);
  state.redo = [];
  state.corrections = next;
  updateUndoButtons();
  refresh(`${message} (Ctrl+Z to undo)`);
}

function correct(edits, message) {
  const last = edits[edits.length - 1];
  if (last) refocus = { start: last.start, end: last.end };
  commitCorrections(withEdits(state.corrections, edits), message);
}

/** Takes one correction back (itself an edit that can be undone). */
function dropCorrection(c) {
  if (!state.corrections.includes(c)) return;
  commitCorrections(state.corrections.filter((x) => x !== c), `Took back a correction of “${c.text.slice(0, 40)}”`);
}

function undo() {
  if (!state.undo.length) return;
  state.redo.push(state.corrections);
  state.corrections = state.undo.pop();
  updateUndoButtons();
  refresh("Undone.");
}

function redo() {
  if (!state.redo.length) return;
  state.undo.push(state.corrections);
  state.corrections = state.redo.pop();
  updateUndoButtons();
  refresh("Redone.");
}

// Marks are in the tab order; this button (shown when focused) lets a keyboard skip past them.
$("#skip-to-panel").addEventListener("click", () => panel.querySelector("button")?.focus());

undoButton.addEventListener("click", undo);
redoButton.addEventListener("click", redo);
document.addEventListener("keydown", (e) => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  if (key !== "z" && key !== "y") return;
  const t = e.target;
  if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type !== "checkbox")) return; // their own undo
  e.preventDefault();
  if (key === "y" || e.shiftKey) redo(); else undo();
});

function openMenuFor(mark) {
  const span = spanOf(mark);
  if (!span) return;
  hideTooltip();
  openMarkMenu(menu, mark, span, speakerName(state.result, span.speaker), correct);
}

view.addEventListener("click", (e) => {
  const sel = getSelection();
  if (sel && !sel.isCollapsed && view.contains(sel.anchorNode)) return;
  const mark = e.target.closest?.("mark");
  if (mark) openMenuFor(mark);
});
view.addEventListener("keydown", (e) => {
  const mark = e.target.closest?.("mark");
  if (mark && (e.key === "Enter" || e.key === " ") && e.target === mark) { e.preventDefault(); openMenuFor(mark); }
});

function offerSelection() {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
  const range = sel.getRangeAt(0);
  if (!view.contains(range.startContainer) || !view.contains(range.endContainer)) return;
  let start = offsetOfPoint(view, range.startContainer, range.startOffset);
  let end = offsetOfPoint(view, range.endContainer, range.endOffset);
  if (start == null || end == null) return;
  if (end < start) [start, end] = [end, start];
  const text = state.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  const rect = range.getBoundingClientRect();
  openSelectionMenu(menu, rect, start, end, text.slice(start, end), correct, view);
}
view.addEventListener("mouseup", () => setTimeout(offerSelection, 0));
view.addEventListener("touchend", () => setTimeout(offerSelection, 300)); // after the selection handles settle
view.addEventListener("keyup", (e) => { if (e.shiftKey && e.key.startsWith("Arrow")) offerSelection(); });

// ---------------------------------------------------------------------------------------------
// Share links.

async function share() {
  if (!features.has("encodeShare")) return setStatus("This build of newsmark cannot make share links yet; use a download below.", "error");
  await settle();
  let fragment;
  try {
    fragment = await core.call("encodeShare", currentView(state.text));
  } catch (e) {
    return setStatus(`Could not make a link: ${e.message}`, "error");
  }
  if (shareLinkMax != null && fragment.length > shareLinkMax) {
    shareLink.value = "";
    setStatus(`This article is too long for a practical link (${fragment.length.toLocaleString("en")} characters, the limit is ${shareLinkMax.toLocaleString("en")}). Send it as a file instead: the HTML download opens in any browser; the view file reopens here, corrections and all.`, "notice");
    $('button[data-export="view"]').classList.add("suggested");
    const html = $('button[data-export="html"]');
    html.classList.add("suggested");
    html.focus();
    return;
  }
  const url = `${location.origin}${location.pathname}#${fragment}`;
  shareLink.value = url;
  shareLink.select();
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(url);
    setStatus(`Link copied to the clipboard (${url.length.toLocaleString("en")} characters). The article travels inside the link, not through any server.`, "notice");
  } catch {
    setStatus("Link ready in the box beside the button: copy it from there (the clipboard is not available here).", "notice");
  }
}
shareButton.addEventListener("click", share);
shareLink.addEventListener("focus", () => shareLink.select());

async function openFragment(fragment) {
  if (!fragment) return false;
  if (!features.has("decodeShare")) {
    setStatus("This build of newsmark cannot open share links yet.", "error");
    return false;
  }
  let shared;
  try {
    shared = await core.call("decodeShare", fragment);
    if (!shared || typeof shared.text !== "string") throw new Error("the link holds no article");
  } catch (e) {
    setStatus(`This link could not be opened: ${e.message}`, "error");
    return false;
  }
  const n = Array.isArray(shared.corrections) ? shared.corrections.length : 0;
  await applyView(shared, `Opened a shared view${n ? ` with ${n} correction${n === 1 ? "" : "s"}` : ""}.`);
  return true;
}

/** Shows a view (from a link or a file): its text, reference date, hidden labels, corrections. */
async function applyView(shared, message) {
  closeMenu(menu);
  input.value = shared.text;
  foldIfLong();
  const [sharedDate, sharedTime] = typeof shared.reference_date === "string" ? shared.reference_date.split("T") : [""];
  refDate.value = sharedDate ?? "";
  refTime.value = sharedTime ?? "";
  state.hidden.clear();
  for (const l of Array.isArray(shared.hidden) ? shared.hidden : []) if (typeof l === "string") state.hidden.add(l);
  syncHidden();
  state.corrections = Array.isArray(shared.corrections) ? shared.corrections : [];
  // A text box keeps line ends as \n: if that changed the text, the corrections are re-anchored.
  state.anchoredText = shared.text;
  state.undo = []; state.redo = [];
  updateUndoButtons();
  await refresh(message);
}

// View files: the same view a link carries, as JSON ({"v":1,"text",…}), for articles too long
// for a link, or to keep. Saving needs nothing from the core; opening checks the view with the
// core first (as a link's would be), so a bad file cannot leave the page in a broken state.
const MAX_VIEW_FILE_BYTES = 20_000_000;

/** Throws a reader's message unless `view` has the shape of VIEW-API.md. */
function checkViewShape(view) {
  const rd = view.reference_date;
  const day = typeof rd === "string" ? rd.slice(0, 10) : "";
  if (rd != null && !(typeof rd === "string" && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?$/.test(rd) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)))) {
    throw new Error("its reference date is not a date in the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM)");
  }
  if (view.hidden != null && !(Array.isArray(view.hidden) && view.hidden.every((l) => typeof l === "string"))) throw new Error("its hidden labels are not a list of labels");
  if (view.corrections == null) return;
  if (!Array.isArray(view.corrections)) throw new Error("its corrections are not a list");
  for (const c of view.corrections) {
    const ok = c && typeof c === "object" && ["add", "remove", "relabel"].includes(c.op) && ["entity", "date", "quote"].includes(c.kind)
      && Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end >= c.start && typeof c.text === "string"
      && ["label", "value", "speaker"].every((k) => c[k] == null || typeof c[k] === "string");
    if (!ok) throw new Error("one of its corrections is not a valid correction");
  }
}

async function openViewFile(file) {
  let view;
  try {
    if (file.size > MAX_VIEW_FILE_BYTES) throw new Error(`it is ${formatSize(file.size)}, more than newsmark reads`);
    try { view = JSON.parse(await file.text()); } catch { throw new Error("it is not a newsmark view file (not JSON)"); }
    if (!view || typeof view !== "object" || typeof view.text !== "string") throw new Error("it is not a newsmark view file (no text)");
    if (view.v !== undefined && view.v !== 1) throw new Error(`it was made by a newer newsmark (version ${String(view.v).slice(0, 12)}); update newsmark to open it`);
    checkViewShape(view);
    // Through the core's link format and back: the same checks a link gets, the same view
    // (links stop at a few MB; beyond that the shape check above and the core's own checks on
    // annotating must do).
    if (view.text.length < 2_000_000 && features.has("encodeShare") && features.has("decodeShare")) {
      view = await core.call("decodeShare", await core.call("encodeShare", view));
    }
  } catch (e) {
    setStatus(`This file could not be opened: ${e.message.replace(/\bthis share link\b/g, "it").replace(/; ask for the link again$/, "")}`, "error");
    return;
  }
  const n = Array.isArray(view.corrections) ? view.corrections.length : 0;
  await applyView(view, `Opened ${file.name}${n ? ` with ${n} correction${n === 1 ? "" : "s"}` : ""}.`);
}

const viewFileInput = $("#view-file");
$("#open-view").addEventListener("click", () => viewFileInput.click());
viewFileInput.addEventListener("change", () => {
  const file = viewFileInput.files?.[0];
  viewFileInput.value = "";
  if (file) openViewFile(file);
});

window.addEventListener("hashchange", () => { openFragment(location.hash.slice(1)); });

// ---------------------------------------------------------------------------------------------
// Downloads.

const EXPORTS = {
  html: { file: "newsmark.html", type: "text/html" },
  json: { file: "newsmark.json", type: "application/json" },
  w3c: { file: "newsmark.w3c.jsonld", type: "application/ld+json" },
  brat: { file: "newsmark.ann", type: "text/plain" },
  displacy: { file: "newsmark.displacy.json", type: "application/json" },
};

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function exportAs(format) {
  if (format === "view") {
    await settle();
    download("newsmark-view.json", `${JSON.stringify(currentView(state.text))}\n`, "application/json");
    return setStatus("Downloaded newsmark-view.json: open it with “Open view file” to see this view again.", "notice");
  }
  if (!features.has("exportView")) return setStatus("This build of newsmark cannot export yet.", "error");
  await settle();
  try {
    const v = currentView(state.text);
    const out = await core.call("exportView", v, format);
    const { file, type } = EXPORTS[format];
    download(file, out, type);
    if (format === "brat") {
      // The .txt as brat reads it (line ends made \n), which the .ann's offsets count.
      const txt = await core.call("exportView", v, "brat-txt").catch(() => v.text);
      download("newsmark.txt", txt, "text/plain");
    }
    setStatus(`Downloaded ${format === "brat" ? "newsmark.ann and newsmark.txt" : file}.`, "notice");
  } catch (e) {
    setStatus(`Could not export ${format}: ${e.message}`, "error");
  }
}
for (const b of document.querySelectorAll("button[data-export]")) b.addEventListener("click", () => exportAs(b.dataset.export));

function applyFeatures() {
  const why = "Not available in this build of newsmark";
  shareButton.disabled = !features.has("encodeShare");
  if (shareButton.disabled) shareButton.title = why;
  for (const b of document.querySelectorAll("button[data-export]:not([data-export=view])")) {
    b.disabled = !features.has("exportView");
    if (b.disabled) b.title = why;
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs and start-up.

// A text box lays out all of its text, however little of it shows: for a megabyte that is a
// pause of half a second or more. A long article's box is therefore folded
// (`content-visibility: hidden`, set before the browser lays it out) until the reader asks to
// see it; the article itself is read in the view below.
const FOLD_CHARS = 200_000;
const foldNote = $("#fold-note");
function foldIfLong() {
  const long = input.value.length > FOLD_CHARS;
  if (long && !input.classList.contains("unfolded")) {
    input.classList.add("folded");
    foldNote.hidden = false;
    $("#fold-size").textContent = formatSize(input.value.length);
  } else if (!long) {
    input.classList.remove("folded", "unfolded");
    foldNote.hidden = true;
  }
}
$("#unfold").addEventListener("click", () => {
  input.classList.remove("folded");
  input.classList.add("unfolded");
  foldNote.hidden = true;
  input.focus();
});

/**
 * A new article (the example, or a paste over the whole text) does not inherit the corrections
 * made to the previous one: re-anchoring would move them onto words that merely happen to match.
 */
function newArticle() {
  const n = state.corrections.length;
  if (n) nextMessage = `A new article: the ${n} correction${n === 1 ? "" : "s"} made to the previous one ${n === 1 ? "was" : "were"} cleared.`;
  state.corrections = [];
  state.anchoredText = input.value;
  state.undo = []; state.redo = [];
  updateUndoButtons();
}

let replacingAll = false;
input.addEventListener("beforeinput", (e) => {
  replacingAll = (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop")
    && input.value.length > 0 && input.selectionStart === 0 && input.selectionEnd === input.value.length;
});

// Typing is debounced; a paste or drop is annotated at once.
input.addEventListener("input", (e) => {
  foldIfLong();
  if (replacingAll) { replacingAll = false; newArticle(); }
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") refresh(); else schedule();
});
refDate.addEventListener("change", () => refresh());
refTime.addEventListener("change", () => refresh());
$("#load-example").addEventListener("click", async () => {
  try {
    const res = await fetch("example.txt");
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    input.value = await res.text();
    foldIfLong();
    newArticle();
  } catch (e) {
    return setStatus(`Could not load the example: ${e.message}`, "error");
  }
  refDate.value = "2023-06-14";
  refTime.value = "";
  refresh();
});

async function start() {
  let info;
  try {
    info = await core.hello;
  } catch (e) {
    setStatus(`The annotator could not start: ${e.message}. Reload the page to try again.`, "error");
    return;
  }
  features = new Set(info.features);
  shareLinkMax = info.shareLinkMax;
  applyFeatures();
  performance.mark("newsmark:ready");
  document.documentElement.dataset.ready = "true";
  document.documentElement.dataset.features = [...features].join(" ");
  const opened = location.hash.length > 1 && (await openFragment(location.hash.slice(1)));
  if (!opened) {
    if (!(location.hash.length > 1)) setStatus("Ready.");
    if (input.value) refresh();
  }
}
start();
