// The tooltip: hover or focus a mark for its label and what the core knows of it (an entity's
// name and mentions, a date's value, a quote's speaker), with the marks that enclose it; while a
// quote is described, its speaker's mention is outlined. The latest of pointing and focusing
// decides which mark is described; when the pointer leaves the marks, the focused mark is.
// Marks of a label switched off are plain text here too: they are not described.
// It is placed below (else above) all the lines of the outermost mark it describes, so a quote's
// tooltip never covers the quote's next line.
import { state, ui } from "./state.js";
import { spanOf, isShown, shownMarkAt } from "./marks.js";
import { quoteSpeakerName } from "./render.js";
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
  const who = quoteSpeakerName(state.result, s);
  const via = s.speaker && who && who !== s.speaker.text ? ` (“${s.speaker.text}”)` : !s.speaker && who ? " (not named in the text)" : "";
  return [s.label, `${who ? `said by ${who}${via}` : "speaker unknown"}${by}`];
}

let tooltipFor = null;

function showTooltip(mark, x) {
  const { view, tooltip } = ui;
  const lines = [];
  let outer = mark;
  for (let m = mark; m && m !== view; m = m.parentElement?.closest("mark")) {
    if (!view.contains(m)) break;
    if (!isShown(m)) continue;
    const d = describe(m);
    if (d) { lines.push(d); outer = m; }
  }
  if (!lines.length) return hideTooltip();
  tooltip.replaceChildren(...lines.map(([label, detail]) => el("div", {}, el("strong", { dataset: { label } }, label), ` ${detail}`)));
  tooltip.hidden = false;
  const line = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const box = outer.getBoundingClientRect();
  const vv = window.visualViewport;
  const viewTop = vv ? vv.offsetTop : 0, viewHeight = vv ? vv.height : window.innerHeight;
  const viewLeft = vv ? vv.offsetLeft : 0, viewWidth = vv ? vv.width : window.innerWidth;
  const width = tooltip.offsetWidth, height = tooltip.offsetHeight;
  const gap = 6;
  let top;
  if (box.bottom + gap + height <= viewTop + viewHeight - 4) top = box.bottom + gap;          // below all its lines
  else if (box.top - gap - height >= viewTop + 4) top = box.top - gap - height;               // above them
  else if (line.top - viewTop > viewTop + viewHeight - line.bottom) top = viewTop + 4;       // no room: the side away from the line
  else top = viewTop + viewHeight - height - 4;
  const left = Math.max(viewLeft + 4, Math.min(x ?? line.left, viewLeft + viewWidth - width - 4));
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${top}px`;
  mark.setAttribute("aria-describedby", "tooltip");
  tooltipFor = mark;
  litSpeakers(outer);
}

/** While a quote (or a mark inside one) is described, its speaker's mention is outlined. */
let speakerMarks = [];
function litSpeakers(mark) {
  for (const m of speakerMarks) m.classList.remove("speaker-lit");
  speakerMarks = [];
  const quote = mark?.closest?.('mark[data-kind="quote"]');
  const speaker = quote && isShown(quote) && spanOf(quote)?.speaker;
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

const focusedMark = () => {
  const a = document.activeElement;
  return a?.tagName === "MARK" && ui.view.contains(a) && isShown(a) ? a : null;
};
function fallBackToFocus() {
  const f = focusedMark();
  if (f) showTooltip(f); else hideTooltip();
}

export function initTooltip() {
  const { view, tooltip } = ui;
  view.addEventListener("mouseover", (e) => {
    const mark = shownMarkAt(e.target);
    if (mark && mark !== tooltipFor) showTooltip(mark, e.clientX);
    else if (!mark) fallBackToFocus();
  });
  view.addEventListener("mouseleave", fallBackToFocus);
  view.addEventListener("focusin", (e) => { const mark = shownMarkAt(e.target); if (mark) showTooltip(mark); else hideTooltip(); });
  view.addEventListener("focusout", (e) => { if (!view.contains(e.relatedTarget)) hideTooltip(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !tooltip.hidden) hideTooltip(); });
  // The tooltip is placed for where the mark was: scrolling moves the mark away from it.
  window.addEventListener("scroll", () => {
    if (tooltip.hidden) return;
    if (tooltipFor && tooltipFor === document.activeElement) showTooltip(tooltipFor); else hideTooltip();
  }, { passive: true });
}
