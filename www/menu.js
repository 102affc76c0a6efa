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

function openAt(menu, rect, title, rows) {
  closeMenu(menu);
  const close = el("button", { type: "button", className: "close", dataset: { action: "cancel" }, "aria-label": "Close" }, "×");
  close.addEventListener("click", () => closeMenu(menu));
  menu.replaceChildren(el("div", { className: "menu-title" }, title, close), ...rows);
  menu.hidden = false;
  const pad = 8;
  const width = menu.offsetWidth, height = menu.offsetHeight;
  let left = Math.min(Math.max(pad, rect.left), window.innerWidth - width - pad);
  let top = rect.bottom + 6;
  if (top + height > window.innerHeight - pad) top = Math.max(pad, rect.top - height - 6);
  menu.style.left = `${Math.max(pad, left)}px`;
  menu.style.top = `${top}px`;
  menu.querySelector("select, input, button:not(.close)")?.focus();
  const onKey = (e) => { if (e.key === "Escape") { e.preventDefault(); closeMenu(menu); } };
  const onDown = (e) => { if (!menu.contains(e.target)) closeMenu(menu); };
  const onScroll = () => closeMenu(menu);
  menu.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onDown, true);
  window.addEventListener("resize", onScroll);
  closeHandlers = () => {
    menu.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onDown, true);
    window.removeEventListener("resize", onScroll);
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
  openAt(menu, mark.getClientRects()[0] ?? mark.getBoundingClientRect(), `${span.label} ${words}${detail}`, rows);
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
