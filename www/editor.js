// The article's text box and what feeds it: typing (annotated after a pause), a paste or drop
// (at once; over the whole text, a new article without the old one's corrections), the reference
// date, the example article, and folding the box of a very long article.
import { refresh, schedule } from "./annotate.js";
import { forgetCorrections } from "./corrections.js";
import { $, ui, setStatus, formatSize } from "./state.js";

// A text box lays out all of its text, however little of it shows: for a megabyte that is a
// pause of half a second or more. A long article's box is therefore folded
// (`content-visibility: hidden`, set before the browser lays it out) until the reader asks to
// see it; the article itself is read in the view below.
const FOLD_CHARS = 200_000;

export function foldIfLong() {
  const { input } = ui, note = $("#fold-note");
  const long = input.value.length > FOLD_CHARS;
  if (long && !input.classList.contains("unfolded")) {
    input.classList.add("folded");
    note.hidden = false;
    $("#fold-size").textContent = formatSize(input.value.length);
  } else if (!long) {
    input.classList.remove("folded", "unfolded");
    note.hidden = true;
  }
}

export function initEditor() {
  const { input, refDate } = ui;
  $("#unfold").addEventListener("click", () => {
    input.classList.remove("folded");
    input.classList.add("unfolded");
    $("#fold-note").hidden = true;
    input.focus();
  });

  let replacingAll = false;
  input.addEventListener("beforeinput", (e) => {
    replacingAll = (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop")
      && input.value.length > 0 && input.selectionStart === 0 && input.selectionEnd === input.value.length;
  });
  // Typing is debounced; a paste or drop is annotated at once.
  input.addEventListener("input", (e) => {
    foldIfLong();
    if (replacingAll) { replacingAll = false; forgetCorrections(); }
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") refresh(); else schedule();
  });
  refDate.addEventListener("change", () => refresh());

  $("#load-example").addEventListener("click", async () => {
    try {
      const res = await fetch("example.txt");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      input.value = await res.text();
      foldIfLong();
      forgetCorrections();
    } catch (e) {
      return setStatus(`Could not load the example: ${e.message}`, "error");
    }
    refDate.value = "2023-06-14";
    refresh();
  });
}
