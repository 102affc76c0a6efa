// The label vocabulary, as the core defines it (src/labels.rs, `labels()` in src/wasm.rs, handed
// over by the worker with its hello): every label's name in display order, its kind and its
// colour slot. The legend, the menus, the side lists and the marks' colours all read it here, so
// the page spells no label name of its own; a new label is one line in src/labels.rs (plus a
// `--palette-…` slot in style.css if it needs a new colour).
//
// Colours: each label's light and dark colour from the vocabulary (`light-dark()`, the scheme's
// own), else its slot of style.css's palette; the per-label rules are built here once, with the
// CSSOM (the page's CSP allows no inline <style>). Rules are
// made for vocabulary names only. Any other label (a reader's own, from a correction, a link or a
// file) keeps style.css's grey `other` slot, and a hidden one is hidden by a class on its marks.

let vocabulary = []; // [{name, kind, colour, description}], display order
let rankOf = new Map(); // name → index in `vocabulary`

const SLOT = /^[a-z][a-z-]*$/; // a palette slot's name, as it goes into `var(--palette-…)`

/** Takes the core's vocabulary (anything not shaped like one is left out) and styles it. */
export function setVocabulary(list) {
  vocabulary = (Array.isArray(list) ? list : []).filter((l) => l && typeof l.name === "string" && l.name
    && ["entity", "date", "quote"].includes(l.kind) && typeof l.colour === "string");
  rankOf = new Map(vocabulary.map((l, i) => [l.name, i]));
  styleLabels();
}

/** The vocabulary's names of `kind` ("entity", "date", "quote"), in display order. */
export const labelsOf = (kind) => vocabulary.filter((l) => l.kind === kind).map((l) => l.name);

/** `{name, kind, colour, description}` of a vocabulary label, else undefined. */
export const labelInfo = (name) => vocabulary[rankOf.get(name)];

/** Whether the page's CSS knows `name` (its colour, and hiding it through #view[data-hidden]). */
export const isStyled = (name) => rankOf.has(name);

/** Display order: the vocabulary's, then any other label alphabetically. */
export function byDisplayOrder(a, b) {
  const rank = (l) => rankOf.get(l) ?? vocabulary.length;
  return rank(a) - rank(b) || a.localeCompare(b);
}

let sheet = null, firstRule = 0; // where the label rules go, and the first of them

/** The per-label CSS: each label's colour slot, and hiding its marks when #view lists it. */
const HEX = /^#[0-9a-f]{6}$/i;

function styleLabels() {
  const rules = vocabulary.flatMap(({ name, colour, light, dark }) => {
    const label = CSS.escape(name);
    const slot = SLOT.test(colour) ? colour : "other";
    // The vocabulary's own colours per scheme where it gives them (the HTML export draws with the
    // same), else the slot's in style.css.
    const c = HEX.test(light ?? "") && HEX.test(dark ?? "") ? `light-dark(${light}, ${dark})` : `var(--palette-${slot})`;
    return [
      `[data-label="${label}"] { --c: ${c}; }`,
      `#view[data-hidden~="${label}"] mark[data-label="${label}"] { background: transparent; border-bottom-color: transparent; }`,
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
