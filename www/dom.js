// Small DOM builders shared by the page's modules. Children are appended as nodes or text
// (never parsed as HTML), so the article's words stay data.

/** `el("button", {className: "x", dataset: {k: "v"}, "aria-label": "…"}, "text", node)` */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "dataset") Object.assign(e.dataset, v);
    else if (k === "className") e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c != null));
  return e;
}

/** `text` on one line, cut to `max` characters with an ellipsis. */
export function clip(text, max = 60) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A count as the page writes it (12,345). By hand: the first Intl formatter of a page costs
 *  milliseconds (its locale data), and the legend writes counts as the first screen comes in. */
export const formatCount = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
