// The article's text box and what feeds it: typing (annotated after a pause), a paste or drop
// (at once), the reference date, and folding the box of a very long article. Each change is a
// step of the undo history (history.js records it as the box reports it); what replaces the whole
// article (a paste over all of it, the example) goes through article.js, which asks first.
import { refresh, schedule } from "./annotate.js";
import { pasteOver, loadExample, startOver } from "./article.js";
import { record } from "./history.js";
import { noteTextLength } from "./persist.js";
import { $, state, ui, articleText, setFoldedText, formatSize, referenceValue } from "./state.js";

// A text box lays out all of its text, however little of it shows: for a megabyte that is a
// pause of half a second or more; and even hidden, the box costs every frame (the browser works
// out where its caret is). A long article's box is therefore folded until the reader asks to see
// it: taken out of the page (`hidden`, so nothing can be clicked into it) and emptied, its text
// kept aside (state.js `articleText()`), with a note in its place; the article itself is read
// in the view below. (Folding it with `content-visibility: hidden` kept it on the page: a click
// into it crashed the tab, and every frame still paid for it.)
export const FOLD_CHARS = 200_000;

const note = () => $("#fold-note");
const folded = () => ui.input.hidden;

/** Takes the box out of the page, with `text` kept aside (the box is emptied). */
function fold(text) {
  const { input } = ui;
  const hadFocus = document.activeElement === input || note().contains(document.activeElement);
  setFoldedText(text);
  input.hidden = true;
  if (input.value) input.value = "";
  note().hidden = false;
  $("#fold-size").textContent = formatSize(text.length);
  // Focus moves to the note's button (in a task of its own: focusing lays the page out).
  if (hadFocus) setTimeout(() => { if (folded()) $("#unfold").focus(); }, 0);
}

/** Puts the box back in the page, holding `text`. */
function show(text) {
  const { input } = ui;
  const hadFocus = note().contains(document.activeElement);
  setFoldedText(null);
  if (input.value !== text) input.value = text;
  input.hidden = false;
  note().hidden = true;
  if (hadFocus) input.focus();
}

/** After typing in the box: a text grown long is folded (unless the reader unfolded it). */
export function foldIfLong() {
  const { input } = ui;
  if (folded() || input.classList.contains("unfolded")) return;
  if (input.value.length > FOLD_CHARS) fold(input.value);
}

/** Puts `text` in the box, or aside with the box folded if it is long (so it is never laid out). */
export function setText(text) {
  // As a text box keeps line ends: \n.
  const normal = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  noteTextLength(normal.length);
  if (normal.length <= FOLD_CHARS) ui.input.classList.remove("unfolded");
  if (normal.length > FOLD_CHARS && !ui.input.classList.contains("unfolded")) fold(normal);
  else show(normal);
}

function unfold() {
  const { input } = ui;
  input.classList.add("unfolded");
  show(articleText());
  input.focus();
  input.setSelectionRange(0, 0);
}

/** The text a paste or drop brings (setText makes its line ends \n, as a text box would). */
const plainText = (data) => data?.getData("text/plain") ?? "";

export function initEditor() {
  const { input, refDate, refTime } = ui;
  $("#unfold").addEventListener("click", unfold);

  // A paste over the whole text is a new article (article.js asks first if it has corrections).
  // A paste that makes the text long is put in by the page: aside, with the box folded (the
  // browser's own insertion would lay out the megabyte first).
  input.addEventListener("paste", (e) => {
    const pasted = plainText(e.clipboardData);
    if (!pasted) return;
    const { value, selectionStart: from, selectionEnd: to } = input;
    const whole = value.length > 0 && from === 0 && to === value.length;
    if (whole) { e.preventDefault(); pasteOver(pasted); return; }
    if (value.length - (to - from) + pasted.length <= FOLD_CHARS) return; // the browser's paste
    e.preventDefault();
    record("paste");
    setText(value.slice(0, from) + pasted + value.slice(to)); // aside, the box folded
    schedule(0); // sent to be annotated in a task of its own: reading the clipboard is this one's share
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
    noteTextLength(articleText().length);
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") refresh(); else schedule();
  });
  // The reference date and its optional time of day (`in ten minutes` resolves against it).
  for (const box of [refDate, refTime]) {
    box.addEventListener("change", () => {
      record("reference date", { referenceDate: state.referenceDate }); // the date before the change
      state.referenceDate = referenceValue();
      refresh();
    });
  }

  $("#load-example").addEventListener("click", () => loadExample());
  $("#start-over").addEventListener("click", () => startOver());
}
