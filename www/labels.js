// The page's colours for the label vocabulary (vocabulary.js, from the core): one CSS rule per
// vocabulary label giving its colour, and one hiding its marks when #view lists it as hidden.
//
// Colours: each label's light and dark colour from the vocabulary (`light-dark()`, the scheme's
// own; the HTML export draws with the same), else its slot of style.css's palette. The rules are
// built here with the CSSOM (the page's CSP allows no inline <style>), for vocabulary names only.
// Any other label (a reader's own, from a correction, a link or a file) keeps style.css's grey
// `other` slot, and a hidden one is hidden by a class on its marks.
import { setVocabulary as takeVocabulary, vocabularyList, labelColours } from "./vocabulary.js";

const SLOT = /^[a-z][a-z-]*$/; // a palette slot's name, as it goes into `var(--palette-…)`

/** Takes the core's vocabulary (vocabulary.js) and styles the page's marks by it. */
export function setVocabulary(list) {
  takeVocabulary(list);
  styleLabels();
}

let sheet = null, firstRule = 0; // where the label rules go, and the first of them

/** The per-label CSS: each label's colour, and hiding its marks when #view lists it. */
function styleLabels() {
  const rules = vocabularyList().flatMap((label) => {
    const name = CSS.escape(label.name);
    const own = labelColours(label);
    const c = own ? `light-dark(${own.light}, ${own.dark})` : `var(--palette-${SLOT.test(label.colour) ? label.colour : "other"})`;
    return [
      `[data-label="${name}"] { --c: ${c}; }`,
      `#view[data-hidden~="${name}"] mark[data-label="${name}"] { background: transparent; border-bottom-color: transparent; }`,
    ];
  });
  if (!sheet) {
    // A stylesheet of its own, after style.css; where constructed sheets are missing, the end of
    // style.css itself.
    try {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      sheet = document.querySelector('link[rel="stylesheet"][href="style.css"]').sheet;
    }
    firstRule = sheet.cssRules.length;
  }
  while (sheet.cssRules.length > firstRule) sheet.deleteRule(sheet.cssRules.length - 1);
  for (const rule of rules) sheet.insertRule(rule, sheet.cssRules.length);
}
