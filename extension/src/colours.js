// The colours of the marks drawn into a publisher's page, as the newsmark page draws them: one
// colour per label, a tint behind the words and an underline in the full colour (solid for
// entities, dashed for dates), quotes a neutral tint with a dotted line.
//
// The service worker inserts this CSS with chrome.scripting.insertCSS as a *user* stylesheet: it
// adds nothing to the page's DOM, no page CSP can block it, and its !important declarations win
// over the page's own (the user origin's important rules come after the author's in the
// cascade), so a site's `mark { … }` rules can neither restyle nor hide the marks. `all: unset`
// takes back whatever the site's CSS gives a <mark>, so a mark changes no box: the words keep
// their font, colour, spacing and line height; only a background and a bottom border are added.
//
// Colours: each label's own `light`/`dark` from the core's labels() (src/labels.rs, the page's
// and the HTML export's), through www/vocabulary.js. The rest of the page's look, per scheme
// (the tint's strength, a quote's tint and line, the outline of lit marks, the grey of a label
// without colours), is www/style.css's, read at build time into `look` (extension/look.mjs).
import { labelColours } from "../../www/vocabulary.js";

export const LABEL_NAME = /^[A-Za-z0-9_-]{1,32}$/;

/** The label's colour in `scheme` ("light" | "dark"): its own, else the page's `other`. */
export function labelColour(label, scheme, look) {
  return labelColours(label)?.[scheme] ?? look[scheme].other;
}

const rgba = (hex, alpha) => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")}, ${alpha})`;

/** The user stylesheet for the marks, for a page of `scheme` (its background's lightness). */
export function marksCss(labels, scheme, look) {
  const { tint, other, quoteTint, quoteLine, accent } = look[scheme];
  const M = "mark[data-newsmark]";
  const rules = [
    `${M}, span[data-newsmark-run] { all: unset !important; display: inline !important; }`,
    `${M} { border-radius: 2px !important; -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important; }`,
    `${M}[data-kind="entity"] { background-color: ${rgba(other, tint)} !important; border-bottom: 2px solid ${other} !important; }`,
    `${M}[data-kind="date"] { background-color: ${rgba(other, tint)} !important; border-bottom: 2px dashed ${other} !important; }`,
    `${M}[data-kind="quote"] { background-color: ${quoteTint} !important; border-bottom: 2px dotted ${quoteLine} !important; }`,
  ];
  for (const label of Array.isArray(labels) ? labels : []) {
    if (!LABEL_NAME.test(label?.name ?? "") || !["entity", "date"].includes(label.kind)) continue;
    const c = labelColour(label, scheme, look);
    rules.push(`${M}[data-kind="${label.kind}"][data-label="${label.name}"] { background-color: ${rgba(c, tint)} !important; border-bottom-color: ${c} !important; }`);
  }
  rules.push(
    // A label toggled off in the legend; more specific than any rule above.
    `${M}[data-kind][data-label][data-off] { background-color: transparent !important; border-bottom-color: transparent !important; }`,
    // Marks a click in the side panel lit, and a described quote's speaker.
    `${M}[data-kind][data-lit] { outline: 2px solid ${accent} !important; outline-offset: 1px !important; }`,
    `${M}[data-kind="quote"][data-lit] { outline-style: dashed !important; }`,
    `${M}[data-kind][data-speaker-lit] { outline: 2px dotted ${quoteLine} !important; outline-offset: 2px !important; }`,
  );
  return `${rules.join("\n")}\n`;
}

/** The panel's per-label rules in its shadow root: every `[data-label=X]` (swatches, hover cards)
 *  in X's own colours. A label without them keeps www/style.css's `other` (also in the root). */
export function swatchCss(labels) {
  const rules = [];
  for (const label of Array.isArray(labels) ? labels : []) {
    const own = labelColours(label);
    if (!LABEL_NAME.test(label?.name ?? "") || !own) continue;
    const sel = `[data-label="${label.name}"]`;
    rules.push(`${sel} { --c: ${own.light}; }`);
    rules.push(`@media (prefers-color-scheme: dark) { ${sel} { --c: ${own.dark}; } }`);
  }
  return rules.join("\n");
}
