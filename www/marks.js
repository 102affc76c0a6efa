// Marks and the spans behind them: a mark's span, a span's mark, lighting marks from the side
// panel (a click there outlines every mention and goes to the first), and moving between marks by
// keyboard.
//
// Keyboard: a megabyte holds some 25,000 marks, far too many tab stops. The view is one tab stop
// (a roving tabindex): the current mark has tabindex 0, every other mark -1 (still focusable, by
// click or script). ← and → go to the previous and next mark shown, Home and End to the first and
// last; a label switched off takes its marks out of all of it (and out of the tooltips).
import { closeDrawer, showPanel } from "./drawer.js";
import { state, ui } from "./state.js";

/** The span of the result on screen that `mark` shows. */
export const spanOf = (mark) => state.result?.spans?.[Number(mark.dataset.id)];

/** Whether a mark is shown (its label is not switched off). */
export const isShown = (mark) => !state.hidden.has(mark.dataset.label);

/** The innermost shown mark at or around `node`, or null. */
export function shownMarkAt(node) {
  for (let m = node?.closest?.("mark"); m && ui.view.contains(m); m = m.parentElement?.closest("mark")) if (isShown(m)) return m;
  return null;
}

/** The mark of span `id` (render.js indexes them as it builds them). */
function markFor(id) {
  const m = state.render?.marks?.get(id);
  return m?.isConnected ? m : null;
}

let lit = [];        // marks lit one by one (a date, a speaker's quotes)
let litSheet = null; // the rule that lights a whole entity cluster

/** Lights, in one CSS rule, every mention of entity cluster `entity` (null: none): a cluster of
 *  thousands of mentions costs no more than one of two, and marks off screen cost nothing. */
function lightCluster(entity) {
  if (entity == null && !litSheet) return;
  if (!litSheet) {
    litSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, litSheet];
  }
  const n = Number(entity);
  litSheet.replaceSync(entity == null || !Number.isInteger(n) ? ""
    : `#view mark[data-kind="entity"][data-entity="${n}"] { outline: 2px solid var(--accent); outline-offset: 1px; }`);
  if (entity == null || !Number.isInteger(n)) delete ui.view.dataset.litEntity; else ui.view.dataset.litEntity = String(n);
}

/** Puts out whatever is lit (a new result renumbers its clusters). */
export function clearLit() {
  lighting++;
  for (const m of lit) m.classList.remove("lit");
  lit = [];
  lightCluster(null);
  ui.panel.querySelector("[aria-pressed]")?.removeAttribute("aria-pressed");
}

/**
 * Lights the marks of spans `ids`, scrolls to and focuses the first; `source` is pressed.
 * `entity`: the ids are all the mentions of that cluster, lit by one rule (`lightCluster`).
 */
let lighting = 0; // the jump whose marks are to be lit

export function jumpTo(ids, { source, entity } = {}) {
  clearLit();
  source?.setAttribute("aria-pressed", "true");
  const first = ids.length ? markFor(ids[0]) : null;
  if (first) {
    closeDrawer();
    // An instant jump: a smooth scroll across a long article lays out every block it passes.
    first.scrollIntoView({ block: "center" });
    focusMark(first);
  }
  // The marks are lit once the jump is painted: the click answers at once, and the restyling of
  // thousands of mentions comes in the frame after.
  const token = ++lighting;
  const light = () => {
    if (token !== lighting) return;
    if (entity != null && Number.isInteger(Number(entity))) lightCluster(entity);
    else {
      for (const id of ids) { const m = markFor(id); if (m) lit.push(m); }
      for (const m of lit) m.classList.add("lit");
    }
  };
  if (ids.length > 50) requestAnimationFrame(() => setTimeout(light, 0)); else light();
}

// The roving tab stop.
let current = null;

function setCurrent(mark) {
  if (mark === current) return;
  if (current?.isConnected) current.tabIndex = -1;
  current = mark;
  if (mark) mark.tabIndex = 0;
}

/** Focuses a mark, making it the view's tab stop. */
export function focusMark(mark, options = { preventScroll: true }) {
  setCurrent(mark);
  mark.focus(options);
}

/** The next (dir 1) or previous (-1) shown mark from `from` in document order, or null. */
function stepFrom(from, dir) {
  const walker = document.createTreeWalker(ui.view, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (n.tagName === "MARK" && isShown(n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  walker.currentNode = from;
  return dir > 0 ? walker.nextNode() : walker.previousNode();
}

function firstShown() {
  const first = ui.view.querySelector("mark");
  return first && (isShown(first) ? first : stepFrom(first, 1));
}

function lastShown() {
  const all = ui.view.getElementsByTagName("mark");
  const last = all[all.length - 1];
  return last && (isShown(last) ? last : stepFrom(last, -1));
}

/** Gives the view its tab stop once marks are in (or again when the current one is hidden). */
export function ensureTabStop() {
  if (current?.isConnected && ui.view.contains(current) && isShown(current)) return;
  const next = (current?.isConnected && ui.view.contains(current) && stepFrom(current, 1)) || firstShown();
  setCurrent(next ?? null);
}

// After a correction, undo or redo re-renders the view, focus goes back to the mark at the same
// place (not to the body, where it would fall with the old mark).
let refocus = null;

/** Focuses the mark at `{start, end}` once the view shows the next result. */
export function focusMarkWhenShown(anchor) { refocus = anchor; }

/** Called when the view is complete: a pending refocus happens now. */
export function refocusShown() {
  ensureTabStop();
  if (!refocus) return;
  const { start, end } = refocus;
  refocus = null;
  const at = [...ui.view.querySelectorAll(`mark[data-start="${start}"]`)].filter(isShown);
  const target = at.find((m) => Number(m.dataset.end) === end) ?? at[0];
  if (target) focusMark(target);
}

export function initMarks() {
  const { view } = ui;
  document.querySelector("#skip-to-panel").addEventListener("click", showPanel);
  view.addEventListener("focusin", (e) => { if (e.target.tagName === "MARK") setCurrent(e.target); });
  view.addEventListener("keydown", (e) => {
    const mark = e.target;
    if (mark.tagName !== "MARK" || e.altKey || e.ctrlKey || e.metaKey) return;
    const to = e.key === "ArrowRight" ? stepFrom(mark, 1) : e.key === "ArrowLeft" ? stepFrom(mark, -1)
      : e.key === "Home" ? firstShown() : e.key === "End" ? lastShown() : undefined;
    if (to === undefined) return;
    e.preventDefault();
    if (to) focusMark(to, { preventScroll: false });
  });
}
