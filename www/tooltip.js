// The tooltip: hover or focus a mark for its label and what the core knows of it (an entity's
// name and mentions, a date's value, a quote's speaker), with the marks that enclose it; while a
// quote is described, its speaker's mention is outlined. The latest of pointing and focusing
// decides which mark is described; when the pointer leaves the marks, the focused mark is.
import { state, ui } from "./state.js";
import { spanOf } from "./marks.js";
import { speakerName } from "./render.js";
import { el } from "./dom.js";

/** [label, detail] for a mark's tooltip line, or null. */
function describe(mark) {
  const s = spanOf(mark);
  if (!s) return null;
  const by = mark.dataset.corrected ? " · corrected" : "";
  if (s.kind === "entity") {
    const cluster = s.entity != null ? state.result.entities?.[s.entity] : null;
    const n = cluster?.mentions?.length ?? 1;
    const name = cluster && cluster.name !== s.text ? ` · ${cluster.name}` : "";
    return [s.label, `${name.slice(3) || s.text}${n > 1 ? ` · ${n} mentions` : ""}${by}`];
  }
  if (s.kind === "date") return [s.label, `${s.value != null ? `value ${s.value}` : "no value"}${by}`];
  const who = speakerName(state.result, s.speaker);
  const via = s.speaker && who && who !== s.speaker.text ? ` (“${s.speaker.text}”)` : "";
  return [s.label, `${who ? `said by ${who}${via}` : "speaker unknown"}${by}`];
}

let tooltipFor = null;

function showTooltip(mark, x, y) {
  const { view, tooltip } = ui;
  const lines = [];
  for (let m = mark; m && m !== view; m = m.parentElement?.closest("mark")) {
    if (!view.contains(m)) break;
    const d = describe(m);
    if (d) lines.push(d);
  }
  if (!lines.length) return hideTooltip();
  tooltip.replaceChildren(...lines.map(([label, detail]) => el("div", {}, el("strong", { dataset: { label } }, label), ` ${detail}`)));
  tooltip.hidden = false;
  const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const width = tooltip.offsetWidth, height = tooltip.offsetHeight;
  let left = x ?? rect.left;
  let top = (y ?? rect.bottom) + 10;
  if (y == null) top = rect.bottom + 6;
  if (top + height > window.innerHeight - 4) top = Math.max(4, rect.top - height - 6);
  left = Math.max(4, Math.min(left, window.innerWidth - width - 4));
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${top}px`;
  mark.setAttribute("aria-describedby", "tooltip");
  tooltipFor = mark;
  litSpeakers(mark);
}

/** While a quote (or a mark inside one) is described, its speaker's mention is outlined. */
let speakerMarks = [];
function litSpeakers(mark) {
  for (const m of speakerMarks) m.classList.remove("speaker-lit");
  speakerMarks = [];
  const quote = mark?.closest?.('mark[data-kind="quote"]');
  const speaker = quote && spanOf(quote)?.speaker;
  if (!speaker) return;
  const block = quote.closest(".block");
  const near = [block, block?.previousElementSibling, block?.nextElementSibling].filter(Boolean);
  for (const b of near) {
    for (const m of b.querySelectorAll(`mark[data-kind="entity"][data-start="${speaker.start}"]`)) {
      m.classList.add("speaker-lit");
      speakerMarks.push(m);
    }
  }
}

export function hideTooltip() {
  ui.tooltip.hidden = true;
  litSpeakers(null);
  tooltipFor?.removeAttribute("aria-describedby");
  tooltipFor = null;
}

const focusedMark = () => (document.activeElement?.tagName === "MARK" && ui.view.contains(document.activeElement) ? document.activeElement : null);
function fallBackToFocus() {
  const f = focusedMark();
  if (f) showTooltip(f); else hideTooltip();
}

export function initTooltip() {
  const { view, tooltip } = ui;
  view.addEventListener("mouseover", (e) => {
    const mark = e.target.closest?.("mark");
    if (mark && mark !== tooltipFor) showTooltip(mark, e.clientX, e.clientY);
    else if (!mark) fallBackToFocus();
  });
  view.addEventListener("mouseleave", fallBackToFocus);
  view.addEventListener("focusin", (e) => { const mark = e.target.closest?.("mark"); if (mark) showTooltip(mark); });
  view.addEventListener("focusout", (e) => { if (!view.contains(e.relatedTarget)) hideTooltip(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !tooltip.hidden) hideTooltip(); });
  // The tooltip is placed for where the mark was: scrolling moves the mark away from it.
  window.addEventListener("scroll", () => {
    if (tooltip.hidden) return;
    if (tooltipFor && tooltipFor === document.activeElement) showTooltip(tooltipFor); else hideTooltip();
  }, { passive: true });
}
