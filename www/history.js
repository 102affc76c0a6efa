// The undo history: one list of steps for the whole view. A step is what the view was just before
// a change: a correction, an edit of the text (a burst of typing is one step), a paste, the
// example article, an opened link or file. Each holds the text, the corrections anchored to it and
// the reference date, so undoing an edit of the text brings back its corrections as they were.
// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y), the Undo and Redo buttons and the text box's own undo all
// come here; the correction menu's and dialogs' fields keep their own undo.
import { refresh } from "./annotate.js";
import { setText } from "./textbox.js";
import { focusMarkWhenShown } from "./marks.js";
import { state, ui, articleText, setReferenceDate, referenceValue } from "./state.js";

const TYPING_PAUSE_MS = 1000; // typing after a pause this long is a new step
const MAX_STEPS = 200;

let typingUntil = 0; // while typing goes on, it adds to the step it started

/** The view as a step holds it. */
const snapshot = () => ({
  text: articleText(), anchoredText: state.anchoredText, corrections: state.corrections, referenceDate: referenceValue(),
});

function updateButtons() {
  ui.undoButton.disabled = state.undo.length === 0;
  ui.redoButton.disabled = state.redo.length === 0;
}

/**
 * Call just before the view changes (`before` names what already changed, such as the reference
 * date an input event reports after the fact). `kind` "typing" joins the step of the typing
 * before it, if it came less than TYPING_PAUSE_MS ago; any other kind is a step of its own.
 */
export function record(kind, before = {}) {
  const now = performance.now();
  state.dirty = true;
  if (kind === "typing" && now < typingUntil) { typingUntil = now + TYPING_PAUSE_MS; return; }
  typingUntil = kind === "typing" ? now + TYPING_PAUSE_MS : 0;
  state.undo.push({ ...snapshot(), ...before });
  if (state.undo.length > MAX_STEPS) state.undo.shift();
  state.redo = [];
  updateButtons();
}

/** Forgets every step (a view opened afresh, or the reader starting over). */
export function resetHistory() {
  state.undo = []; state.redo = [];
  typingUntil = 0;
  updateButtons();
}

/** The anchor of the first correction that one list has and the other lacks. */
function changedAnchor(a, b) {
  const inB = new Set(b), inA = new Set(a);
  const c = a.find((x) => !inB.has(x)) ?? b.find((x) => !inA.has(x));
  return c ? { start: c.start, end: c.end } : null;
}

function restore(to, from, message) {
  const active = document.activeElement;
  typingUntil = 0;
  const textChanged = to.text !== articleText();
  if (textChanged) {
    setText(to.text);
  }
  setReferenceDate(to.referenceDate);
  state.corrections = to.corrections;
  state.anchoredText = to.anchoredText;
  state.dirty = true;
  updateButtons();
  if (textChanged && active === ui.input && !ui.input.hidden) {
    // The caret goes where the texts first differ.
    const a = to.text, b = from.text;
    let i = 0;
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    ui.input.setSelectionRange(i, i);
  } else if (!textChanged && (active === document.body || active == null || ui.view.contains(active))) {
    // Focus goes back to the mark whose correction was undone or redone, once it is shown again.
    const at = changedAnchor(from.corrections, to.corrections);
    if (at) focusMarkWhenShown(at);
  }
  return refresh(message);
}

export function undo() {
  if (!state.undo.length) return;
  const now = snapshot();
  const to = state.undo.pop();
  state.redo.push(now);
  return restore(to, now, "Undone.");
}

export function redo() {
  if (!state.redo.length) return;
  const now = snapshot();
  const to = state.redo.pop();
  state.undo.push(now);
  return restore(to, now, "Redone.");
}

/** Whether a key event's Ctrl+Z belongs to the page's history rather than to a field's own. */
function ownsUndo(target) {
  if (!(target instanceof Element)) return true;
  if (target.closest("#menu, dialog")) return false; // the menu's and dialogs' fields undo themselves
  if (target === ui.input) return true;
  if (target instanceof HTMLInputElement && target.type !== "checkbox") return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return false;
  return true;
}

export function initHistory() {
  ui.undoButton.addEventListener("click", () => undo());
  ui.redoButton.addEventListener("click", () => redo());
  document.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    if (!ownsUndo(e.target)) {
      // A text field undoes its own typing; anything else there (a list of labels, a button)
      // has nothing to undo, and the browser's undo would reach past it into the article's box.
      const field = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (!field) e.preventDefault();
      return;
    }
    e.preventDefault();
    if (key === "y" || e.shiftKey) redo(); else undo();
  });
  // The text box's own undo (its context menu, say) would only know its typing: the page's
  // history replaces it. The browser keeps one undo list for the whole document, so an undo
  // from another field can land here too: it is refused unless the box has the focus.
  ui.input.addEventListener("beforeinput", (e) => {
    if (e.inputType === "historyUndo" || e.inputType === "historyRedo") {
      e.preventDefault();
      if (document.activeElement !== ui.input) return;
      if (e.inputType === "historyUndo") undo(); else redo();
    } else {
      record(e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" ? "paste" : "typing");
    }
  });
  updateButtons();
}
