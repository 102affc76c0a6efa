// The reader's corrections: the menu on a mark (click or Enter) and on a selection of words,
// one undo step per correction (Ctrl+Z / Ctrl+Shift+Z, the Undo and Redo buttons), taking one
// back from the panel, and what happens to them when the text changes (re-anchored by the core,
// or cleared for a new article). The core applies them: a change here re-annotates the view.
import { core } from "./core.js";
import { refresh } from "./annotate.js";
import { openMarkMenu, openSelectionMenu } from "./menu.js";
import { offsetOfPoint, speakerName } from "./render.js";
import { spanOf } from "./marks.js";
import { hideTooltip } from "./tooltip.js";
import { state, ui } from "./state.js";

function updateUndoButtons() {
  ui.undoButton.disabled = state.undo.length === 0;
  ui.redoButton.disabled = state.redo.length === 0;
}

/** Forgets the undo history (its snapshots hold offsets in a text that is gone). */
export function resetHistory() {
  state.undo = []; state.redo = [];
  updateUndoButtons();
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

/** Called once the view is complete: focuses the corrected mark, if a correction is pending. */
export function refocusCorrected() {
  if (!refocus) return;
  const { start, end } = refocus;
  refocus = null;
  const marks = [...ui.view.querySelectorAll(`mark[data-start="${start}"]`)];
  const target = marks.find((m) => Number(m.dataset.end) === end) ?? marks[0];
  target?.focus({ preventScroll: true });
}

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
export function dropCorrection(c) {
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

/** Moves the corrections onto `text` (an edit of the text they were anchored to). */
export async function reanchor(text) {
  try {
    const { kept, dropped } = await core.call("reanchorCorrections", state.corrections, state.anchoredText, text);
    state.corrections = kept;
    if (dropped.length) {
      const words = dropped.slice(0, 3).map((c) => `“${c.text.slice(0, 40)}”`).join(", ");
      state.nextMessage = `${dropped.length} correction${dropped.length === 1 ? "" : "s"} no longer match${dropped.length === 1 ? "es" : ""} the text and ${dropped.length === 1 ? "was" : "were"} dropped: ${words}${dropped.length > 3 ? ", …" : ""}.`;
    }
  } catch (e) {
    state.nextMessage = `Corrections could not be kept after the edit (${e.message}); they were dropped.`;
    state.corrections = [];
  }
  // Undo snapshots hold offsets in the old text: the correction history restarts here.
  resetHistory();
}

/**
 * A new article (the example, or a paste over the whole text) does not inherit the corrections
 * made to the previous one: re-anchoring would move them onto words that merely happen to match.
 */
export function forgetCorrections() {
  const n = state.corrections.length;
  if (n) state.nextMessage = `A new article: the ${n} correction${n === 1 ? "" : "s"} made to the previous one ${n === 1 ? "was" : "were"} cleared.`;
  state.corrections = [];
  state.anchoredText = ui.input.value;
  resetHistory();
}

function openMenuFor(mark) {
  const span = spanOf(mark);
  if (!span) return;
  hideTooltip();
  openMarkMenu(ui.menu, mark, span, speakerName(state.result, span.speaker), correct);
}

/** Offers the selected words of the view as a new entity, date or quote. */
function offerSelection() {
  const { view } = ui;
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
  openSelectionMenu(ui.menu, rect, start, end, text.slice(start, end), correct, view);
}

export function initCorrections() {
  const { view } = ui;
  ui.undoButton.addEventListener("click", undo);
  ui.redoButton.addEventListener("click", redo);
  document.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    const t = e.target;
    if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type !== "checkbox")) return; // their own undo
    e.preventDefault();
    if (key === "y" || e.shiftKey) redo(); else undo();
  });
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
  view.addEventListener("mouseup", () => setTimeout(offerSelection, 0));
  view.addEventListener("touchend", () => setTimeout(offerSelection, 300)); // after the selection handles settle
  view.addEventListener("keyup", (e) => { if (e.shiftKey && e.key.startsWith("Arrow")) offerSelection(); });
}
