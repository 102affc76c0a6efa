// What replaces the article on screen: a view opened from a link, a file or the saved copy, the
// example article, a paste over the whole text, and starting over. Replacing work the reader
// changed asks first (dialog.js); each replacement but *Start over* is a step that Undo takes
// back. A new article does not inherit the old one's corrections: re-anchoring would move them
// onto words that merely happen to match.
import { refresh } from "./annotate.js";
import { ask } from "./dialog.js";
import { setText } from "./textbox.js";
import { record, resetHistory } from "./history.js";
import { syncHidden } from "./legend.js";
import { closeMenu } from "./menu.js";
import { forgetSaved } from "./persist.js";
import { state, ui, articleText, setStatus, setReferenceDate } from "./state.js";

/** There is something on screen the reader could lose. */
const hasWork = () => articleText().trim() !== "" || state.corrections.length > 0;

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Asks before `what` replaces the article, if the reader changed it; resolves true to go on. */
export function mayReplace(what, { always = false } = {}) {
  if (!hasWork() || !(state.dirty || always)) return Promise.resolve(true);
  const n = state.corrections.length;
  return ask({
    title: "Replace your article?",
    message: `${what} takes the place of the article you are working on${n ? ` and its ${plural(n, "correction")}` : ""}. Undo brings it back.`,
    confirm: "Replace it",
  });
}

function clearedNote() {
  const n = state.corrections.length;
  return n ? `A new article: the ${plural(n, "correction")} made to the previous one ${n === 1 ? "was" : "were"} cleared (Undo brings ${n === 1 ? "it" : "them"} back).` : null;
}

/**
 * Shows a view (a link's, a file's, the saved one): its text, reference date, hidden labels and
 * corrections. A step of the history when it replaces an article; `dirty` when it is the reader's
 * own work (the saved view), so that replacing it in turn asks.
 */
export async function openView(view, message, { dirty = false } = {}) {
  closeMenu(ui.menu);
  if (hasWork()) record("open"); else resetHistory();
  ui.input.classList.remove("unfolded"); // a new article folds again if long
  setText(view.text);
  setReferenceDate(typeof view.reference_date === "string" ? view.reference_date : "");
  state.hidden.clear();
  for (const l of Array.isArray(view.hidden) ? view.hidden : []) if (typeof l === "string") state.hidden.add(l);
  syncHidden();
  state.corrections = Array.isArray(view.corrections) ? view.corrections : [];
  // A text box keeps line ends as \n: if that changed the text, the corrections are re-anchored.
  state.anchoredText = typeof view.anchoredText === "string" ? view.anchoredText : view.text;
  state.dirty = dirty;
  await refresh(message);
}

/** The example article, with the reference date its dates are read against. */
export async function loadExample() {
  if (!(await mayReplace("The example article"))) return;
  let text;
  try {
    const res = await fetch("example.txt");
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (e) {
    return setStatus(`Could not load the example: ${e.message}`, "error");
  }
  closeMenu(ui.menu);
  if (hasWork()) record("example"); else resetHistory();
  const note = clearedNote();
  ui.input.classList.remove("unfolded");
  setText(text);
  state.corrections = [];
  state.anchoredText = articleText();
  setReferenceDate("2023-06-14");
  state.dirty = false;
  await refresh(note ?? undefined);
}

/** A paste (or drop) over the whole text: a new article, without the old one's corrections. */
export async function pasteOver(text) {
  if (state.corrections.length && !(await mayReplace("The pasted text", { always: true }))) return;
  closeMenu(ui.menu);
  record("paste");
  const note = clearedNote();
  ui.input.classList.remove("unfolded");
  setText(text);
  state.corrections = [];
  state.anchoredText = articleText();
  if (!ui.input.hidden) { ui.input.focus(); ui.input.setSelectionRange(ui.input.value.length, ui.input.value.length); }
  await refresh(note ?? undefined);
}

/** Forgets the article on purpose: text, corrections, reference date, hidden labels, history and
 *  the saved copy. Asks first; cannot be undone. */
export async function startOver() {
  if (hasWork() && !(await ask({
    title: "Start over?",
    message: "This forgets the article, its corrections and the copy this page keeps of it. It cannot be undone.",
    confirm: "Forget it",
  }))) return;
  closeMenu(ui.menu);
  setText("");
  setReferenceDate("");
  state.hidden.clear();
  syncHidden();
  state.corrections = [];
  state.anchoredText = "";
  resetHistory();
  state.dirty = false;
  ui.shareLink.value = "";
  await forgetSaved();
  await refresh("Started over: the article and its corrections are forgotten.");
  ui.input.focus();
}
