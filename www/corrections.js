// The reader's corrections: the menu on a mark (click or Enter) and on a selection of words,
// one undo step per correction (history.js), taking one back from the panel, and what happens to
// them when the text changes (re-anchored by the core; a new article clears them, article.js).
// The core applies them: a change here re-annotates the view.
import { core } from "./core.js";
import { refresh } from "./annotate.js";
import { record } from "./history.js";
import { openMarkMenu, openSelectionMenu, openEntityMenu } from "./menu.js";
import { offsetOfPoint, quoteSpeakerName } from "./render.js";
import { spanOf, focusMarkWhenShown, shownMarkAt } from "./marks.js";
import { hideTooltip } from "./tooltip.js";
import { state, ui, articleText, currentView, setStatus } from "./state.js";

const sameAnchor = (a, b) => a.kind === b.kind && a.start === b.start && a.end === b.end;

/** Adds edits to the list, folding an edit of a span the reader added into that addition. */
function withEdits(list, edits) {
  let out = [...list];
  for (const c of edits) {
    const added = out.findIndex((x) => x.op === "add" && sameAnchor(x, c));
    if (added >= 0 && c.op === "remove") { out.splice(added, 1); continue; }
    if (added >= 0 && c.op === "relabel" && c.scope !== "entity") {
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
  // Once shown, the status line says what became of the newest correction (refused, or done
  // with a note: a speaker the text does not name), if anything worth saying.
  state.watchCorrection = next.length ? next[next.length - 1] : null;
  refresh(`${message} (Ctrl+Z to undo)`);
}

/**
 * A call that sends the article's text, or `null` for it when the worker annotated that very text
 * last (`state.textId`): a megabyte is not copied for a question about one word.
 */
export async function callWithText(op, makeArgs) {
  const text = state.text;
  try {
    return await core.call(op, ...makeArgs(null), state.textId);
  } catch (e) {
    if (!/no longer here/.test(e.message)) throw e;
    return core.call(op, ...makeArgs(text));
  }
}

/**
 * Makes the reader's edits (from a menu); resolves null once they are made, or the core's reason
 * for refusing one of them (nothing is changed then, and the menu says why).
 */
async function correct(edits, message) {
  if (state.features.has("checkCorrection") && state.text === articleText() && state.anchoredText === state.text) {
    let corrections = state.corrections;
    for (const c of edits) {
      let why;
      try {
        why = await callWithText("checkCorrection", (text) => [{ ...currentView(text), corrections }, c]);
      } catch (e) {
        why = e.missing ? null : e.message;
      }
      if (why) return why;
      corrections = [...corrections, c];
    }
  }
  const last = edits[edits.length - 1];
  if (last) focusMarkWhenShown({ start: last.start, end: last.end });
  commitCorrections(withEdits(state.corrections, edits), message);
  return null;
}

/** After a result is shown: says what became of the correction just made, if it was refused
 *  or carries a note (the core's `corrections` statuses, issue 18). */
export function reportCorrection(result) {
  const c = state.watchCorrection;
  state.watchCorrection = null;
  const i = c ? state.corrections.indexOf(c) : -1;
  const status = i >= 0 ? result.corrections?.[i] : null;
  if (!status) return;
  if (status.status === "skipped") setStatus(`That correction was not applied: ${status.reason ?? "the annotator refused it"}.`, "error");
  else if (status.note) setStatus(`${status.note.replace(/^./, (ch) => ch.toUpperCase())}.`, "notice");
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

/**
 * What the menus need to act on an entity as a whole: {name, label, mentions, splittable,
 * others: [{name, label, anchor}]} for cluster `index` of the result on screen, or null.
 * `mention`: the span the menu is on (splitting is offered when its entity has other wordings).
 */
function entityContext(index, mention = null) {
  const result = state.result;
  const spans = result?.spans ?? [];
  const cluster = index != null ? result?.entities?.[index] : null;
  if (!cluster) return null;
  const mentions = cluster.mentions.filter((id) => spans[id]?.kind === "entity");
  const others = [];
  for (const e of result.entities) {
    if (e === cluster) continue;
    const first = e.mentions.map((id) => spans[id]).find((s) => s?.kind === "entity");
    if (first) others.push({ name: e.name, label: first.label ?? e.label, anchor: first });
  }
  others.sort((a, b) => a.name.localeCompare(b.name));
  const splittable = mention != null && mentions.some((id) => spans[id].text !== mention.text);
  return { name: cluster.name, label: spans[mentions[0]]?.label ?? cluster.label, mentions: mentions.length, splittable, others, first: spans[mentions[0]] };
}

function openMenuFor(mark) {
  const span = spanOf(mark);
  if (!span) return;
  hideTooltip();
  // Entity-level corrections need a core that makes them (issue 18).
  const entity = span.kind === "entity" && state.features.has("checkCorrection") ? entityContext(span.entity, span) : null;
  openMarkMenu(ui.menu, mark, span, quoteSpeakerName(state.result, span), correct, entity);
}

/** The side panel's entity menu: relabel all its mentions, or merge it into another. */
export function openEntityMenuFor(row, index) {
  const entity = entityContext(index);
  if (!entity?.first) return;
  hideTooltip();
  openEntityMenu(ui.menu, row, entity.first, entity, correct);
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
  const open = (s, e) => openSelectionMenu(ui.menu, rect, s, e, text.slice(s, e), correct, view);
  if (!state.features.has("snapSelection")) return open(start, end);
  // Marks cover whole words (issue 18): the selection is widened to the core's tokens (`ashi` in
  // `Yashio` offers `Yashio`; `US` in `US-China` stays `US`), and one holding no word offers nothing.
  callWithText("snapSelection", (t) => [t, start, end]).then((snapped) => {
    if (!snapped || getSelection().isCollapsed || state.text !== text) return;
    open(snapped.start, snapped.end);
  }, () => open(start, end));
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
