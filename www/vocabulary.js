// The label vocabulary, as the core defines it (src/labels.rs, `labels()` in src/wasm.rs, handed
// over by the worker with its hello): every label's name in display order, its kind, its colour
// slot and its own colours per scheme. The legend, the menus, the side lists and the marks'
// colours all read it here, so the page spells no label name of its own. No DOM: labels.js
// styles the page from it, and the browser extension (extension/) uses it as it is, in a
// publisher's page and its service worker.

let vocabulary = []; // [{name, kind, colour, description, light, dark}], display order
let rankOf = new Map(); // name → index in `vocabulary`

/** Takes the core's vocabulary (anything not shaped like one is left out). */
export function setVocabulary(list) {
  vocabulary = (Array.isArray(list) ? list : []).filter((l) => l && typeof l.name === "string" && l.name
    && ["entity", "date", "quote"].includes(l.kind) && typeof l.colour === "string");
  rankOf = new Map(vocabulary.map((l, i) => [l.name, i]));
}

/** The vocabulary, in display order. */
export const vocabularyList = () => vocabulary;

/** The vocabulary's names of `kind` ("entity", "date", "quote"), in display order. */
export const labelsOf = (kind) => vocabulary.filter((l) => l.kind === kind).map((l) => l.name);

/** `{name, kind, colour, description, light, dark}` of a vocabulary label, else undefined. */
export const labelInfo = (name) => vocabulary[rankOf.get(name)];

/** Whether `name` is in the vocabulary (the page's CSS then knows it: its colour, hiding it). */
export const inVocabulary = (name) => rankOf.has(name);

/** Display order: the vocabulary's, then any other label alphabetically. */
export function byDisplayOrder(a, b) {
  const rank = (l) => rankOf.get(l) ?? vocabulary.length;
  return rank(a) - rank(b) || a.localeCompare(b);
}

const HEX = /^#[0-9a-f]{6}$/i;

/** A label's own colours, `{light, dark}` as lower-case `#rrggbb`, or null when the vocabulary
 *  does not give both (a core from before its labels carried colours). */
export function labelColours(label) {
  const { light, dark } = label ?? {};
  return HEX.test(light ?? "") && HEX.test(dark ?? "") ? { light: light.toLowerCase(), dark: dark.toLowerCase() } : null;
}
