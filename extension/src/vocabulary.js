// www/labels.js without its styling, for the www/ modules the extension bundles (panel.js,
// render.js import "./labels.js"; extension/build.mjs resolves that import here). www/labels.js
// adds a stylesheet to `document`, which in a content script is the publisher's page: the
// extension styles its own shadow root instead (ui.js) and the page's marks through the service
// worker's user stylesheet (colours.js). The functions and their meaning are www/labels.js's.
// Proposed upstream: split www/labels.js into this DOM-free part and the styling, and import it.

let vocabulary = []; // [{name, kind, colour, description, …}], display order
let rankOf = new Map();

/** Takes the core's vocabulary (anything not shaped like one is left out). */
export function setVocabulary(list) {
  vocabulary = (Array.isArray(list) ? list : []).filter((l) => l && typeof l.name === "string" && l.name
    && ["entity", "date", "quote"].includes(l.kind) && typeof l.colour === "string");
  rankOf = new Map(vocabulary.map((l, i) => [l.name, i]));
}

export const vocabularyList = () => vocabulary;

/** The vocabulary's names of `kind` ("entity", "date", "quote"), in display order. */
export const labelsOf = (kind) => vocabulary.filter((l) => l.kind === kind).map((l) => l.name);

/** `{name, kind, colour, description}` of a vocabulary label, else undefined. */
export const labelInfo = (name) => vocabulary[rankOf.get(name)];

/** Whether `name` is in the vocabulary (and so has a colour of its own). */
export const isStyled = (name) => rankOf.has(name);

/** Display order: the vocabulary's, then any other label alphabetically. */
export function byDisplayOrder(a, b) {
  const rank = (l) => rankOf.get(l) ?? vocabulary.length;
  return rank(a) - rank(b) || a.localeCompare(b);
}
