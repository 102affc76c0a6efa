// What feeds the article's text box: typing (annotated after a pause), a paste or drop (at
// once) and the reference date. The box itself, and folding it when the article is long, is
// textbox.js. Each change is a step of the undo history (history.js records it as the box
// reports it); what replaces the whole article (a paste over all of it, the example) goes
// through article.js, which asks first.
import { refresh, schedule } from "./annotate.js";
import { pasteOver, loadExample, startOver } from "./article.js";
import { record } from "./history.js";
import { noteTextLength } from "./persist.js";
import { $, state, ui, articleText, referenceValue } from "./state.js";
import { FOLD_CHARS, foldIfLong, initTextbox, setText } from "./textbox.js";

/** The text a paste or drop brings (setText makes its line ends \n, as a text box would). */
const plainText = (data) => data?.getData("text/plain") ?? "";

export function initEditor() {
  const { input, refDate, refTime } = ui;
  initTextbox();

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
  $("#fold-note").addEventListener("paste", (e) => {
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
