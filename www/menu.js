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
 * `done(rows…)` for a menu: hands the edits to onCorrect, which resolves null once they are made,
 * or a reason they are refused (issue 18: the core says why). A refusal is shown in the menu,
 * which stays open for another try; otherwise the menu closes.
 */
function finisher(menu, onCorrect) {
  let busy = false;
  return async (corrections, message) => {
    if (busy) return;
    busy = true;
    menu.setAttribute("aria-busy", "true");
    let refusal = null;
    try { refusal = await onCorrect(corrections, message); } finally { busy = false; menu.removeAttribute("aria-busy"); }
    if (menu.hidden) return;
    if (!refusal) return closeMenu(menu);
    let note = menu.querySelector(".menu-error");
    if (!note) {
      note = el("p", { className: "menu-error", role: "alert" });
      menu.append(note);
    }
    note.textContent = `Not done: ${refusal}`;
  };
}

/**
 * Menu for an existing mark. `span` is its newsmark/1 span; `speaker` the name its quote goes by;
 * onCorrect(corrections, message) receives the edits (one undo step) and resolves null, or the
 * reason they are refused. `entity` (an entity mark): {name, mentions, splittable, others:
 * [{name, label, anchor}]} for the corrections that act on its whole entity.
 */
export function openMarkMenu(menu, mark, span, speaker, onCorrect, entity = null) {
  returnFocus = mark;
  const rows = [];
  const done = finisher(menu, onCorrect);
  const value = span.kind === "date"
    ? el("input", { type: "text", name: "value", "aria-label": "value", placeholder: "e.g. 2023-06-18", value: span.value ?? "" })
    : null;
  if (span.kind === "entity" || span.kind === "date") {
    const labels = labelsOf(span.kind);
    const choice = select("label", labels.includes(span.label) ? labels : [span.label, ...labels], span.label);
    // An entity's label is its entity's: every mention of it by default, or this one alone.
    const scope = entity && entity.mentions > 1
      ? select("scope", [], null)
      : null;
    if (scope) {
      scope.setAttribute("aria-label", "change");
      scope.append(el("option", { value: "entity" }, `all ${entity.mentions} mentions of “${clip(entity.name, 40)}”`),
        el("option", { value: "mention" }, "this mention only"));
    }
    const relabel = el("button", { type: "button", dataset: { action: "relabel" } }, "Change label");
    const apply = () => {
      const v = value?.value.trim();
      const sameValue = !value || v === (span.value ?? "");
      if (choice.value === span.label && sameValue) return closeMenu(menu);
      const c = { op: "relabel", ...anchor(span), label: choice.value };
      if (value && !sameValue) c.value = v;
      if (scope?.value === "entity") c.scope = "entity";
      const whom = scope?.value === "entity" ? `all ${entity.mentions} mentions of “${clip(entity.name)}”` : `“${clip(span.text)}”`;
      const what = choice.value !== span.label ? `from ${span.label} to ${choice.value}` : `to the value ${v || "(none)"}`;
      done([c], `Changed ${whom} ${what}${choice.value !== span.label && value && !sameValue ? `, value ${v || "(none)"}` : ""}.`);
    };
    relabel.addEventListener("click", apply);
    rows.push(el("div", { className: "row" }, choice, relabel));
    if (scope) rows.push(el("div", { className: "row" }, scope));
    if (value) {
      // The value is checked as it is typed (the core's TIMEX3 check), and again when applied.
      const set = el("button", { type: "button", dataset: { action: "set-value" } }, "Set value");
      set.addEventListener("click", () => {
        if (!value.value.trim() && !span.value) return value.focus();
        apply();
      });
      rows.push(el("div", { className: "row" }, value, set));
    }
  }
  if (span.kind === "quote") {
    const who = el("input", { type: "text", name: "speaker", "aria-label": "speaker", placeholder: "speaker: a name in the text, or who said it", value: speaker ?? "" });
    const set = el("button", { type: "button", dataset: { action: "set-speaker" } }, "Set speaker");
    set.addEventListener("click", () => {
      if (!who.value.trim()) return who.focus();
      done([{ op: "relabel", ...anchor(span), label: span.label, speaker: who.value.trim() }],
        `Set the speaker of the quote to ${who.value.trim()}.`);
    });
    rows.push(el("div", { className: "row" }, who, set));
  }
  if (entity && entity.others.length) {
    // Merging: this mention's entity joins another (`Xi` with `Xi Jinping`).
    const withWhom = el("select", { name: "merge-with", "aria-label": "merge with" });
    for (const [i, o] of entity.others.entries()) withWhom.append(el("option", { value: String(i) }, `${clip(o.name, 40)} (${o.label})`));
    const merge = el("button", { type: "button", dataset: { action: "merge" } }, "Merge");
    merge.addEventListener("click", () => {
      const other = entity.others[Number(withWhom.value)];
      done([{ op: "merge", ...anchor(span), with: { start: other.anchor.start, end: other.anchor.end, text: other.anchor.text } }],
        `Merged “${clip(entity.name)}” into “${clip(other.name)}”.`);
    });
    rows.push(el("div", { className: "row" }, el("span", { className: "row-label" }, "Same as"), withWhom, merge));
  }
  if (entity?.splittable) {
    const split = el("button", { type: "button", dataset: { action: "split" } }, `Make “${clip(span.text, 30)}” an entity of its own`);
    split.addEventListener("click", () => done([{ op: "split", ...anchor(span) }], `“${clip(span.text)}” is now an entity of its own.`));
    rows.push(el("div", { className: "row" }, split));
  }
  const remove = el("button", { type: "button", className: "danger", dataset: { action: "remove" } }, "Remove mark");
  remove.addEventListener("click", () => done([{ op: "remove", ...anchor(span) }], `Removed ${span.label} “${clip(span.text)}”.`));
  rows.push(el("div", { className: "row" }, remove));
  const detail = span.kind === "date" && span.value ? ` = ${span.value}` : "";
  const words = span.kind === "quote" ? clip(span.text) : `“${clip(span.text)}”`; // a quote brings its own marks
  openAt(menu, mark, `${span.label} ${words}${detail}`, rows);
}

/**
 * Menu for a whole entity, from the side panel: relabel every mention, or merge it into another.
 * `first` is the span of its first mention (the corrections' anchor); `row` the panel's button.
 */
export function openEntityMenu(menu, row, first, entity, onCorrect) {
  returnFocus = row;
  const done = finisher(menu, onCorrect);
  const labels = labelsOf("entity");
  const current = entity.label;
  const choice = select("label", labels.includes(current) ? labels : [current, ...labels], current);
  const relabel = el("button", { type: "button", dataset: { action: "relabel" } }, `Change all ${entity.mentions}`);
  relabel.addEventListener("click", () => {
    if (choice.value === current) return closeMenu(menu);
    done([{ op: "relabel", ...anchor(first), label: choice.value, scope: "entity" }],
      `Changed all ${entity.mentions} mention${entity.mentions === 1 ? "" : "s"} of “${clip(entity.name)}” from ${current} to ${choice.value}.`);
  });
  const rows = [el("div", { className: "row" }, choice, relabel)];
  if (entity.others.length) {
    const withWhom = el("select", { name: "merge-with", "aria-label": "merge with" });
    for (const [i, o] of entity.others.entries()) withWhom.append(el("option", { value: String(i) }, `${clip(o.name, 40)} (${o.label})`));
    const merge = el("button", { type: "button", dataset: { action: "merge" } }, "Merge");
    merge.addEventListener("click", () => {
      const other = entity.others[Number(withWhom.value)];
      done([{ op: "merge", ...anchor(first), with: { start: other.anchor.start, end: other.anchor.end, text: other.anchor.text } }],
        `Merged “${clip(entity.name)}” into “${clip(other.name)}”.`);
    });
    rows.push(el("div", { className: "row" }, el("span", { className: "row-label" }, "Same as"), withWhom, merge));
  }
  openAt(menu, row, `${current} “${clip(entity.name)}” (${entity.mentions} mention${entity.mentions === 1 ? "" : "s"})`, rows);
}

/** Menu for a selection [start, end) of the article whose text is `text`. */
export function openSelectionMenu(menu, rect, start, end, text, onCorrect, focusBack) {
  returnFocus = focusBack;
  const base = { op: "add", start, end, text };
  const finish = finisher(menu, onCorrect);
  const done = (c, message) => finish([c], message);
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
