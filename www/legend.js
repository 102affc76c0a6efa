// The legend: one toggle per label on screen (and per hidden label), in the vocabulary's order,
// with its colour and its count of marks. Hiding a vocabulary label is one attribute on #view,
// however many marks it has (labels.js made the CSS rule); any other label's marks get a class.
// A label switched off also takes its marks out of the keyboard's way and the tooltips (marks.js).
import { labelCounts } from "./annotate.js";
import { state, ui } from "./state.js";
import { byDisplayOrder, isStyled, labelInfo } from "./labels.js";
import { ensureTabStop } from "./marks.js";
import { changed } from "./persist.js";
import { hideTooltip } from "./tooltip.js";
import { el, formatCount } from "./dom.js";

export function renderLegend(result) {
  const counts = new Map(), kinds = new Map();
  for (const [label, [kind, n]] of labelCounts(result)) { counts.set(label, n); kinds.set(label, kind); }
  for (const label of state.hidden) if (!counts.has(label)) counts.set(label, 0);
  const labels = [...counts.keys()].sort(byDisplayOrder);
  ui.legend.replaceChildren(...labels.map((label) => {
    const box = el("input", { type: "checkbox", dataset: { toggle: label } });
    box.checked = !state.hidden.has(label);
    box.addEventListener("change", () => setLabelShown(label, box.checked));
    const info = labelInfo(label);
    const kind = info?.kind ?? kinds.get(label);
    const item = el("label", { dataset: { label } },
      box, el("span", { className: "swatch", dataset: kind ? { label, kind } : { label } }),
      el("span", {}, label), el("span", { className: "count" }, formatCount(counts.get(label))));
    if (info?.description) item.title = info.description;
    return item;
  }));
}

/** Puts the hidden vocabulary labels on #view, where style.css and labels.js's rules read them. */
export function syncHidden() {
  ui.view.dataset.hidden = [...state.hidden].filter(isStyled).join(" ");
}

export function setLabelShown(label, shown) {
  if (shown) state.hidden.delete(label); else state.hidden.add(label);
  state.dirty = true;
  syncHidden();
  ensureTabStop();
  hideTooltip();
  changed();
  if (!isStyled(label)) {
    for (const m of ui.view.querySelectorAll(`mark[data-label="${CSS.escape(label)}"]`)) m.classList.toggle("off", !shown);
  }
  const box = ui.legend.querySelector(`input[data-toggle="${CSS.escape(label)}"]`);
  if (box) box.checked = shown;
}
