// The correction menu: a small dialog beside a mark (change label, set value or speaker, remove)
// or beside a selection (add as entity, date or quote). It only gathers the reader's choice and
// hands back corrections in the shape of docs/VIEW-API.md; the page records and applies them.
// The labels offered are the vocabulary's of the mark's kind (labels.js), in display order.
// Built with DOM calls and textContent only: the article's words shown here are data.
import { el, clip } from "./dom.js";
import { labelInfo, labelsOf } from "./labels.js";

function select(name, options, current) {
  const s = el("select", { name, "aria-label": name });
  for (const o of options) {
    const opt = el("option", { value: o }, o);
    const description = labelInfo(o)?.description;
    if (description) opt.title = description;
    if (o === current) opt.selected = true;
    s.append(opt);
  }
  return s;
}

let returnFocus = null;
let closeHandlers = null;

export function closeMenu(menu) {
  if (menu.hidden) return;
  menu.hidden = true;
  menu.replaceChildren();
  closeHandlers?.();
  closeHandlers = null;
  const back = returnFocus;
  returnFocus = null;
  if (back?.isConnected) back.focus({ preventScroll: true });
}

/**
 * Puts the menu beside `rect` (below it, else above), inside the visible part of the window: on a
 * phone that is what the on-screen keyboard leaves (the visual viewport), and a menu taller than
 * that scrolls inside.
 */
function place(menu, rect) {
  const pad = 8;
  const vv = window.visualViewport;
  const top0 = vv ? vv.offsetTop : 0, left0 = vv ? vv.offsetLeft : 0;
  const width = vv ? vv.width : window.innerWidth, height = vv ? vv.height : window.innerHeight;
  menu.style.maxWidth = `${Math.max(160, width - 2 * pad)}px`;
  menu.style.maxHeight = `${Math.max(120, height - 2 * pad)}px`;
  const w = menu.offsetWidth, h = menu.offsetHeight;
  const left = Math.max(left0 + pad, Math.min(rect.left, left0 + width - w - pad));
  let top = rect.bottom + 6;
  if (top + h > top0 + height - pad) top = rect.top - h - 6;
  top = Math.max(top0 + pad, Math.min(top, top0 + height - h - pad));
  menu.style.left = `${left}px`;
  menu.style.top = `${top}px`;
}

/** The menu's focusable controls, in order. */
const focusables = (menu) => [...menu.querySelectorAll("button, select, input, [tabindex]")].filter((e) => !e.disabled && e.tabIndex >= 0);

function openAt(menu, where, title, rows) {
  closeMenu(menu);
  const close = el("button", { type: "button", className: "close", dataset: { action: "cancel" }, "aria-label": "Close" }, "×");
  close.addEventListener("click", () => closeMenu(menu));
  menu.replaceChildren(el("div", { className: "menu-title" }, title, close), ...rows);
  menu.hidden = false;
  // `where`: the mark (followed when the window changes size) or a fixed rectangle.
  const rectOf = () => (where instanceof Element
    ? (where.isConnected ? where.getClientRects()[0] ?? where.getBoundingClientRect() : null)
    : where);
  let lastRect = rectOf();
  place(menu, lastRect);
  menu.querySelector("select, input, button:not(.close)")?.focus();
  const onKey = (e) => {
    if (e.key === "Escape") { e.preventDefault(); closeMenu(menu); return; }
    if (e.key !== "Tab") return;
    // Focus stays in the menu while it is open (it is a modal dialog for the keyboard).
    const all = focusables(menu);
    if (!all.length) return;
    const first = all[0], last = all[all.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  };
  const onDown = (e) => { if (!menu.contains(e.target)) closeMenu(menu); };
  // A resize (an on-screen keyboard opening, a phone turned) moves the menu, never closes it.
  const onResize = () => { lastRect = rectOf() ?? lastRect; place(menu, lastRect); };
  const onFocusOut = (e) => { if (e.relatedTarget && !menu.contains(e.relatedTarget) && !menu.hidden) menu.querySelector("select, input, button")?.focus(); };
  menu.addEventListener("keydown", onKey);
  menu.addEventListener("focusout", onFocusOut);
  document.addEventListener("pointerdown", onDown, true);
  window.addEventListener("resize", onResize);
  window.visualViewport?.addEventListener("resize", onResize);
  window.visualViewport?.addEventListener("scroll", onResize);
  closeHandlers = () => {
    menu.removeEventListener("keydown", onKey);
    menu.removeEventListener("focusout", onFocusOut);
    document.removeEventListener("pointerdown", onDown, true);
    window.removeEventListener("resize", onResize);
    window.visualViewport?.removeEventListener("resize", onResize);
    window.visualViewport?.removeEventListener("scroll", onResize);
  };
}

const anchor = ({ kind, start, end, text }) => ({ kind, start, end, text });

/**
 * Menu for an existing mark. `span` is its newsmark/1 span; onCorrect(corrections, message)
 * receives the edits (one undo step).
 */
export function openMarkMenu(menu, mark, span, speaker, onCorrect) {
  returnFocus = mark;
  const rows = [];
  const done = (corrections, message) => { closeMenu(menu); onCorrect(corrections, message); };
  if (span.kind === "entity" || span.kind === "date") {
    const labels = labelsOf(span.kind);
    const choice = select("label", labels.includes(span.label) ? labels : [span.label, ...labels], span.label);
    const relabel = el("button", { type: "button", dataset: { action: "relabel" } }, "Change label");
    relabel.addEventListener("click", () => {
      if (choice.value === span.label) return closeMenu(menu);
      done([{ op: "relabel", ...anchor(span), label: choice.value }], `Changed “${clip(span.text)}” from ${span.label} to ${choice.value}.`);
    });
    rows.push(el("div", { className: "row" }, choice, relabel));
  }
  if (span.kind === "date") {
    const value = el("input", { type: "text", name: "value", "aria-label": "value", placeholder: "e.g. 2023-06-18", value: span.value ?? "" });
    const set = el("button", { type: "button", dataset: { action: "set-value" } }, "Set value");
    set.addEventListener("click", () => {
      if (!value.value.trim()) return value.focus();
      done([{ op: "relabel", ...anchor(span), label: span.label, value: value.value.trim() }],
        `Set the value of “${clip(span.text)}” to ${value.value.trim()}.`);
    });
    rows.push(el("div", { className: "row" }, value, set));
  }
  if (span.kind === "quote") {
    const who = el("input", { type: "text", name: "speaker", "aria-label": "speaker", placeholder: "speaker, as written in the text", value: speaker ?? "" });
    const set = el("button", { type: "button", dataset: { action: "set-speaker" } }, "Set speaker");
    set.addEventListener("click", () => {
      if (!who.value.trim()) return who.focus();
      done([{ op: "relabel", ...anchor(span), label: span.label, speaker: who.value.trim() }],
        `Set the speaker of the quote to ${who.value.trim()}.`);
    });
    rows.push(el("div", { className: "row" }, who, set));
  }
  const remove = el("button", { type: "button", className: "danger", dataset: { action: "remove" } }, "Remove mark");
  remove.addEventListener("click", () => done([{ op: "remove", ...anchor(span) }], `Removed ${span.label} “${clip(span.text)}”.`));
  rows.push(el("div", { className: "row" }, remove));
  const detail = span.kind === "date" && span.value ? ` = ${span.value}` : "";
  const words = span.kind === "quote" ? clip(span.text) : `“${clip(span.text)}”`; // a quote brings its own marks
  openAt(menu, mark, `${span.label} ${words}${detail}`, rows);
}

/** Menu for a selection [start, end) of the article whose text is `text`. */
export function openSelectionMenu(menu, rect, start, end, text, onCorrect, focusBack) {
  returnFocus = focusBack;
  const base = { op: "add", start, end, text };
  const done = (c, message) => { closeMenu(menu); onCorrect([c], message); };
  const entityLabels = labelsOf("entity"), dateLabels = labelsOf("date");
  const entityLabel = select("entity label", entityLabels, entityLabels[0]);
  const addEntity = el("button", { type: "button", dataset: { action: "add-entity" } }, "Add entity");
  addEntity.addEventListener("click", () => done({ ...base, kind: "entity", label: entityLabel.value }, `Added ${entityLabel.value} “${clip(text)}”.`));
  const dateLabel = select("date label", dateLabels, dateLabels[0]);
  const value = el("input", { type: "text", name: "value", "aria-label": "date value", placeholder: "value, e.g. 2023-06-18" });
  const addDate = el("button", { type: "button", dataset: { action: "add-date" } }, "Add date");
  addDate.addEventListener("click", () => done({ ...base, kind: "date", label: dateLabel.value, value: value.value.trim() || null },
    `Added ${dateLabel.value} “${clip(text)}”${value.value.trim() ? ` = ${value.value.trim()}` : ""}.`));
  const speaker = el("input", { type: "text", name: "speaker", "aria-label": "quote speaker", placeholder: "speaker, as written in the text" });
  const addQuote = el("button", { type: "button", dataset: { action: "add-quote" } }, "Add quote");
  // A quote's label is its kind's (the core's default when the vocabulary has none).
  const quoteLabel = labelsOf("quote")[0];
  addQuote.addEventListener("click", () => done({ ...base, kind: "quote", ...(quoteLabel ? { label: quoteLabel } : {}), speaker: speaker.value.trim() || null },
    `Added a quote${speaker.value.trim() ? ` by ${speaker.value.trim()}` : ""}.`));
  openAt(menu, rect, `Add “${clip(text)}”`, [
    el("div", { className: "row" }, entityLabel, addEntity),
    el("div", { className: "row" }, dateLabel, value, addDate),
    el("div", { className: "row" }, speaker, addQuote),
  ]);
}
