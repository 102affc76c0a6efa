// The legend: one toggle per label on screen (and per hidden label), in display order, with its
// colour and its count of marks. Hiding a label style.css knows is one attribute on #view,
// however many marks it has; any other label's marks get a class.
import { state, ui } from "./state.js";
import { CSS_HIDDEN_LABELS } from "./render.js";
import { el } from "./dom.js";

const LABEL_ORDER = ["PERSON", "ORG", "PLACE", "NORP", "MISC", "DATE", "TIME", "DURATION", "SET", "QUOTE"];

export function renderLegend(result) {
  const counts = new Map();
  for (const s of result.spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  for (const label of state.hidden) if (!counts.has(label)) counts.set(label, 0);
  const rank = (l) => { const i = LABEL_ORDER.indexOf(l); return i < 0 ? 99 : i; };
  const labels = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  ui.legend.replaceChildren(...labels.map((label) => {
    const box = el("input", { type: "checkbox", dataset: { toggle: label } });
    box.checked = !state.hidden.has(label);
    box.addEventListener("change", () => setLabelShown(label, box.checked));
    return el("label", { dataset: { label } },
      box, el("span", { className: "swatch", dataset: { label } }),
      el("span", {}, label), el("span", { className: "count" }, counts.get(label).toLocaleString("en")));
  }));
}

/** Puts the hidden labels on #view, where style.css reads them. */
export function syncHidden() {
  ui.view.dataset.hidden = [...state.hidden].join(" ");
}

export function setLabelShown(label, shown) {
  if (shown) state.hidden.delete(label); else state.hidden.add(label);
  syncHidden();
  if (!CSS_HIDDEN_LABELS.has(label)) {
    for (const m of ui.view.querySelectorAll(`mark[data-label="${CSS.escape(label)}"]`)) m.classList.toggle("off", !shown);
  }
  const box = ui.legend.querySelector(`input[data-toggle="${CSS.escape(label)}"]`);
  if (box) box.checked = shown;
}
