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
// Colours: a label's own `light`/`dark` hex when the core's labels() gives one, else its palette
// slot's colour in www/style.css, read at build time into __PALETTE__ (extension/build.mjs).

const HEX = /^#[0-9a-f]{6}$/i;
export const LABEL_NAME = /^[A-Za-z0-9_-]{1,32}$/;

/** The label's colour in `scheme` ("light" | "dark"). */
export function labelColour(label, scheme, palette) {
  const own = label?.[scheme];
  if (typeof own === "string" && HEX.test(own)) return own.toLowerCase();
  return palette[scheme]?.[label?.colour] ?? palette[scheme].other;
}

const rgba = (hex, alpha) => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")}, ${alpha})`;

/** The user stylesheet for the marks, for a page of `scheme` (its background's lightness). */
export function marksCss(labels, scheme, palette) {
  const p = palette[scheme], tint = palette.tint[scheme];
  const quoteTint = scheme === "dark" ? "rgba(255, 255, 255, 0.09)" : "rgba(0, 0, 0, 0.06)";
  const M = "mark[data-newsmark]";
  const rules = [
    `${M}, span[data-newsmark-run] { all: unset !important; display: inline !important; }`,
    `${M} { border-radius: 2px !important; -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important; }`,
    `${M}[data-kind="entity"] { background-color: ${rgba(p.other, tint)} !important; border-bottom: 2px solid ${p.other} !important; }`,
    `${M}[data-kind="date"] { background-color: ${rgba(p.other, tint)} !important; border-bottom: 2px dashed ${p.other} !important; }`,
    `${M}[data-kind="quote"] { background-color: ${quoteTint} !important; border-bottom: 2px dotted ${p.neutral} !important; }`,
  ];
  for (const label of Array.isArray(labels) ? labels : []) {
    if (!LABEL_NAME.test(label?.name ?? "") || !["entity", "date"].includes(label.kind)) continue;
    const c = labelColour(label, scheme, palette);
    rules.push(`${M}[data-kind="${label.kind}"][data-label="${label.name}"] { background-color: ${rgba(c, tint)} !important; border-bottom-color: ${c} !important; }`);
  }
  rules.push(
    // A label toggled off in the legend; more specific than any rule above.
    `${M}[data-kind][data-label][data-off] { background-color: transparent !important; border-bottom-color: transparent !important; }`,
    // Marks a click in the side panel lit, and a described quote's speaker.
    `${M}[data-kind][data-lit] { outline: 2px solid ${p.blue ?? p.other} !important; outline-offset: 1px !important; }`,
    `${M}[data-kind][data-speaker-lit] { outline: 2px dotted ${p.neutral} !important; outline-offset: 2px !important; }`,
  );
  return `${rules.join("\n")}\n`;
}

/** The shadow root's per-label rules: every `[data-label=X]` (swatches, tooltips) in X's colour. */
export function swatchCss(labels, palette) {
  const rules = [];
  for (const label of Array.isArray(labels) ? labels : []) {
    if (!LABEL_NAME.test(label?.name ?? "")) continue;
    const sel = `[data-label="${label.name}"]`;
    rules.push(`${sel} { --c: ${labelColour(label, "light", palette)}; }`);
    rules.push(`@media (prefers-color-scheme: dark) { ${sel} { --c: ${labelColour(label, "dark", palette)}; } }`);
  }
  return rules.join("\n");
}
