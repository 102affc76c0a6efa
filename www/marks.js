// Marks and the spans behind them: a mark's span, a span's mark, and lighting marks from the
// side panel (a click there outlines every mention and scrolls to the first).
import { state, ui } from "./state.js";

/** The span of the result on screen that `mark` shows. */
export const spanOf = (mark) => state.result?.spans?.[Number(mark.dataset.id)];

/** The mark of span `id` (an index built on first use, as the view may hold thousands). */
function markFor(id) {
  if (!state.markIndex || state.markIndex.size === 0) {
    state.markIndex = new Map();
    for (const m of ui.view.querySelectorAll("mark[data-id]")) state.markIndex.set(Number(m.dataset.id), m);
  }
  let m = state.markIndex.get(id);
  if (!m?.isConnected) { m = ui.view.querySelector(`mark[data-id="${id}"]`); if (m) state.markIndex.set(id, m); }
  return m;
}

let lit = [];

/** Lights the marks of spans `ids`, scrolls to and focuses the first; `source` is pressed. */
export function jumpTo(ids, { source } = {}) {
  for (const m of lit) m.classList.remove("lit");
  lit = ids.map(markFor).filter(Boolean);
  for (const m of lit) m.classList.add("lit");
  for (const b of ui.panel.querySelectorAll("[aria-pressed]")) b.removeAttribute("aria-pressed");
  source?.setAttribute("aria-pressed", "true");
  const first = lit[0];
  if (first) {
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    first.focus({ preventScroll: true });
  }
}

/** Marks are in the tab order; the skip button (shown when focused) lets a keyboard pass them. */
export function initMarks() {
  document.querySelector("#skip-to-panel").addEventListener("click", () => ui.panel.querySelector("button")?.focus());
}
