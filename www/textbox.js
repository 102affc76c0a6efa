// The article's text box holding its text: a long article's box is folded (taken out of the page,
// its text kept aside) and unfolded on request. Every module that puts a text in the box comes
// here (setText); the box's events are wired in editor.js.
import { noteTextLength } from "./persist.js";
import { $, ui, articleText, setFoldedText, formatSize } from "./state.js";

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

/** Wires the note's button that unfolds the box. */
export function initTextbox() {
  $("#unfold").addEventListener("click", unfold);
}
