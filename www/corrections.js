// The reader's corrections: the menu on a mark (click or Enter) and on a selection of words,
// one undo step per correction (history.js), taking one back from the panel, and what happens to
// them when the text changes (re-anchored by the core; a new article clears them, article.js).
// The core applies them: a change here re-annotates the view.
import { core } from "./core.js";
import { refresh } from "./annotate.js";
import { record } from "./history.js";
import { openMarkMenu, openSelectionMenu } from "./menu.js";
import { offsetOfPoint, speakerName } from "./render.js";
import { spanOf, focusMarkWhenShown, shownMarkAt } from "./marks.js";
import { hideTooltip } from "./tooltip.js";
import { state, ui } from "./state.js";

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

/** Makes `next` the corrections, as one step that Ctrl+Z undoes. */
function commitCorrections(next, message) {
  record("correction");
  state.corrections = next;
  refresh(`${message} (Ctrl+Z to undo)`);
}

function correct(edits, message) {
  const last = edits[edits.length - 1];
  if (last) focusMarkWhenShown({ start: last.start, end: last.end });
  commitCorrections(withEdits(state.corrections, edits), message);
}

/** Takes one correction back (itself an edit that can be undone). */
export function dropCorrection(c) {
  if (!state.corrections.includes(c)) return;
  commitCorrections(state.corrections.filter((x) => x !== c), `Took back a correction of “${c.text.slice(0, 40)}”`);
}

/**
 * Moves the corrections onto `text` (an edit of the text they were anchored to). Resolves false
 * when the view changed meanwhile (an undo, a new article): the caller then starts over.
 */
export async function reanchor(text) {
  const corrections = state.corrections, from = state.anchoredText;
  let kept, note = null;
  try {
    const answer = await core.call("reanchorCorrections", corrections, from, text);
    kept = answer.kept;
    const { dropped } = answer;
    if (dropped.length) {
      const words = dropped.slice(0, 3).map((c) => `“${c.text.slice(0, 40)}”`).join(", ");
      note = `${dropped.length} correction${dropped.length === 1 ? "" : "s"} no longer match${dropped.length === 1 ? "es" : ""} the text and ${dropped.length === 1 ? "was" : "were"} dropped: ${words}${dropped.length > 3 ? ", …" : ""} (Undo brings the text back with ${dropped.length === 1 ? "it" : "them"}).`;
    }
  } catch (e) {
    kept = [];
    note = `Corrections could not be kept after the edit (${e.message}); they were dropped (Undo brings them back).`;
  }
  if (state.corrections !== corrections || state.anchoredText !== from) return false;
  state.corrections = kept;
  state.anchoredText = text;
  if (note) state.nextMessage = note;
  return true;
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
  view.addEventListener("click", (e) => {
    const sel = getSelection();
    if (sel && !sel.isCollapsed && view.contains(sel.anchorNode)) return;
    const mark = shownMarkAt(e.target); // a switched-off label's marks are plain text
    if (mark) openMenuFor(mark);
  });
  view.addEventListener("keydown", (e) => {
    const mark = shownMarkAt(e.target);
    if (mark && (e.key === "Enter" || e.key === " ") && e.target === mark) { e.preventDefault(); openMenuFor(mark); }
  });
  view.addEventListener("mouseup", () => setTimeout(offerSelection, 0));
  view.addEventListener("touchend", () => setTimeout(offerSelection, 300)); // after the selection handles settle
  view.addEventListener("keyup", (e) => { if (e.shiftKey && e.key.startsWith("Arrow")) offerSelection(); });
}
