// The article's text box and what feeds it: typing (annotated after a pause), a paste or drop
// (at once), the reference date, and folding the box of a very long article. Each change is a
// step of the undo history (history.js records it as the box reports it); what replaces the whole
// article (a paste over all of it, the example) goes through article.js, which asks first.
import { refresh, schedule } from "./annotate.js";
import { pasteOver, loadExample, startOver } from "./article.js";
import { record } from "./history.js";
import { noteTextLength } from "./persist.js";
import { $, state, ui, formatSize } from "./state.js";

// A text box lays out all of its text, however little of it shows: for a megabyte that is a
// pause of half a second or more, at every change of the page. A long article's box is therefore
// folded until the reader asks to see it: taken out of the page (`hidden`, so the browser never
// lays its text out, and nothing can be clicked into it) with a note in its place; the article
// itself is read in the view below. (Folding it with `content-visibility: hidden` kept it on the
// page: a click into it crashed the tab, and every frame still paid for it.)
export const FOLD_CHARS = 200_000;

const note = () => $("#fold-note");

/** Folds the box if its text (of `length` characters) is long, unfolds it if not. */
export function foldIfLong(length = ui.input.value.length) {
  const { input } = ui;
  const long = length > FOLD_CHARS;
  if (long && !input.classList.contains("unfolded")) {
    const hadFocus = document.activeElement === input;
    // Its caret goes too: a selection left in a megabyte of hidden text costs every frame.
    if (hadFocus) input.setSelectionRange(0, 0);
    input.hidden = true;
    input.classList.add("folded");
    note().hidden = false;
    $("#fold-size").textContent = formatSize(length);
    if (hadFocus) $("#unfold").focus();
    if (getSelection()?.anchorNode?.contains?.(input) || document.activeElement === input) getSelection()?.removeAllRanges();
  } else if (!long) {
    const wasFolded = input.hidden;
    input.classList.remove("folded", "unfolded");
    input.hidden = false;
    note().hidden = true;
    if (wasFolded && note().contains(document.activeElement)) input.focus();
  }
}

/** Puts `text` in the box, folding the box first if it is long (so it is never laid out). */
export function setText(text) {
  foldIfLong(text.length);
  noteTextLength(text.length);
  ui.input.value = text;
  // A text box keeps line ends as \n: the length may have changed.
  if (ui.input.value.length !== text.length) foldIfLong();
}

function unfold() {
  const { input } = ui;
  input.classList.remove("folded");
  input.classList.add("unfolded");
  input.hidden = false;
  note().hidden = true;
  input.focus();
  input.setSelectionRange(0, 0);
}

/** The text a paste or drop brings, as a text box would insert it (line ends made \n). */
const plainText = (data) => (data?.getData("text/plain") ?? "").replace(/\r\n?/g, "\n");

export function initEditor() {
  const { input, refDate } = ui;
  $("#unfold").addEventListener("click", unfold);

  // A paste over the whole text is a new article (article.js asks first if it has corrections).
  // A paste that makes the text long is put in by the page, which folds the box before the
  // browser lays out its text (the browser's own insertion would lay out the megabyte first).
  input.addEventListener("paste", (e) => {
    const pasted = plainText(e.clipboardData);
    if (!pasted) return;
    const { value, selectionStart: from, selectionEnd: to } = input;
    const whole = value.length > 0 && from === 0 && to === value.length;
    if (whole) { e.preventDefault(); pasteOver(pasted); return; }
    if (value.length - (to - from) + pasted.length <= FOLD_CHARS) return; // the browser's paste
    e.preventDefault();
    record("paste");
    const next = value.slice(0, from) + pasted + value.slice(to);
    foldIfLong(next.length); // out of the page first, so its text is never laid out
    ui.view.dataset.state = "pending";
    // The text goes in, and is sent to be annotated, each in a task of its own: reading a
    // megabyte from the clipboard is this one's share.
    setTimeout(() => { setText(next); schedule(0); }, 0);
  });
  // Folded, the note stands where the box was: a paste there replaces the article.
  note().addEventListener("paste", (e) => {
    const pasted = plainText(e.clipboardData);
    if (!pasted) return;
    e.preventDefault();
    pasteOver(pasted);
  });
  input.addEventListener("drop", (e) => {
    const dropped = plainText(e.dataTransfer);
    const { value, selectionStart: from, selectionEnd: to } = input;
    if (dropped && value.length > 0 && from === 0 && to === value.length && state.corrections.length) { e.preventDefault(); pasteOver(dropped); }
  });
  // Typing is debounced; a paste or drop is annotated at once.
  input.addEventListener("input", (e) => {
    foldIfLong();
    noteTextLength(input.value.length);
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") refresh(); else schedule();
  });
  refDate.addEventListener("change", () => {
    record("reference date", { referenceDate: state.referenceDate }); // the date before the change
    state.referenceDate = refDate.value;
    refresh();
  });

  $("#load-example").addEventListener("click", () => loadExample());
  $("#start-over").addEventListener("click", () => startOver());
}
