// The side panel: what the article is about at a glance — entities by label with their mention
// counts, dates in time order with their values, and "who said what" (quotes grouped by speaker).
// Every item is a button that jumps to its marks; the page wires the jumps (onJump).
// Long articles can have thousands of items, so each list shows its first LIST_LIMIT and a
// "show all" button.
import { el, clip } from "./dom.js";
import { speakerName } from "./render.js";

const LIST_LIMIT = 100;
const QUOTES_PER_SPEAKER = 25;
const ENTITY_LABELS_ORDER = ["PERSON", "ORG", "PLACE", "NORP", "MISC"];

function limitedList(items, makeItem, className, limit = LIST_LIMIT) {
  const list = el("ul", { className });
  const show = (n) => {
    list.replaceChildren(...items.slice(0, n).map(makeItem));
    if (items.length > n) {
      const more = el("button", { type: "button", className: "more" }, `Show all ${items.length}`);
      more.addEventListener("click", () => show(items.length));
      list.append(el("li", {}, more));
    }
  };
  show(limit);
  return list;
}

/** Orders TIMEX3 values: full dates and times first in time order, then the rest. */
function timeKey(value) {
  if (!value) return "~";
  return /^\d{4}/.test(value) ? value : `~${value}`;
}

/**
 * Fills `panel` from a result. onJump(spanIds, {focus}) lights and scrolls to marks.
 */
export function renderPanel(panel, text, result, onJump, { corrections = [], onDropCorrection = null } = {}) {
  const spans = result.spans ?? [];
  const entities = result.entities ?? [];

  // Entities by label.
  const byLabel = new Map();
  for (const e of entities) {
    const mentions = e.mentions.filter((id) => spans[id]?.kind === "entity");
    if (!mentions.length) continue;
    const label = spans[mentions[0]]?.label ?? e.label;
    if (!byLabel.has(label)) byLabel.set(label, []);
    byLabel.get(label).push({ ...e, label, mentions });
  }
  // Entity spans outside any cluster still count.
  for (const s of spans) {
    if (s.kind !== "entity" || (s.entity != null && entities[s.entity])) continue;
    if (!byLabel.has(s.label)) byLabel.set(s.label, []);
    byLabel.get(s.label).push({ id: `s${s.id}`, label: s.label, name: s.text, mentions: [s.id] });
  }
  const labels = [...byLabel.keys()].sort((a, b) => {
    const ia = ENTITY_LABELS_ORDER.indexOf(a), ib = ENTITY_LABELS_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const entitySection = el("section", { id: "panel-entities", "aria-labelledby": "panel-entities-h" },
    el("h2", { id: "panel-entities-h" }, "Entities"));
  if (!labels.length) entitySection.append(el("p", { className: "empty" }, "None found."));
  for (const label of labels) {
    const items = byLabel.get(label).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    entitySection.append(el("h3", { dataset: { label } }, el("span", { className: "swatch", dataset: { label } }), ` ${label} (${items.length})`));
    entitySection.append(limitedList(items, (e) => {
      const b = el("button", { type: "button", className: "entity", dataset: { label, entityName: e.name } },
        e.name, el("span", { className: "count" }, String(e.mentions.length)));
      b.setAttribute("aria-label", `${e.name}, ${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}: highlight`);
      b.addEventListener("click", () => onJump(e.mentions, { source: b }));
      return el("li", {}, b);
    }, "entities"));
  }

  // Dates in time order; a range (`range: {from, to}` on both ends) is one interval entry at its
  // start, `10 – 22 August 2012`.
  const isDate = (id) => spans[id]?.kind === "date";
  const rangeOf = (s) => (s.range && isDate(s.range.from) && isDate(s.range.to) ? s.range : null);
  const dates = spans.filter((s) => s.kind === "date" && rangeOf(s)?.to !== s.id)
    .sort((a, b) => (timeKey(a.value) < timeKey(b.value) ? -1 : timeKey(a.value) > timeKey(b.value) ? 1 : a.start - b.start));
  const dateSection = el("section", { id: "panel-dates", "aria-labelledby": "panel-dates-h" },
    el("h2", { id: "panel-dates-h" }, `Dates and times (${dates.length})`));
  if (!dates.length) dateSection.append(el("p", { className: "empty" }, "None found."));
  else dateSection.append(limitedList(dates, (s) => {
    const r = rangeOf(s), end = r ? spans[r.to] : null;
    const value = end ? `${s.value ?? "?"} \u2013 ${end.value ?? "?"}` : s.value ?? "?";
    const said = end ? `${s.text} \u2013 ${end.text}` : s.text;
    const b = el("button", { type: "button", className: end ? "date range" : "date", dataset: { label: s.label, value: s.value ?? "" }, title: s.label },
      el("span", { className: "swatch", dataset: { label: s.label } }),
      el("span", { className: "value" }, value), " ", el("span", { className: "said" }, clip(said, 60)));
    b.addEventListener("click", () => onJump(end ? [s.id, end.id] : [s.id], { source: b }));
    return el("li", {}, b);
  }, "dates"));

  // Who said what: quotes grouped by speaker (cluster when known, else the mention's words).
  const groups = new Map();
  for (const s of spans) {
    if (s.kind !== "quote") continue;
    const name = speakerName(result, s.speaker);
    const key = s.speaker?.entity != null ? `e${s.speaker.entity}` : name ? `t${name.toLowerCase()}` : "none";
    if (!groups.has(key)) groups.set(key, { name: name ?? "Unattributed", quotes: [], unknown: !name });
    groups.get(key).quotes.push(s);
  }
  const ordered = [...groups.values()].sort((a, b) => a.unknown - b.unknown || b.quotes.length - a.quotes.length || a.quotes[0].start - b.quotes[0].start);
  const quoteCount = ordered.reduce((n, g) => n + g.quotes.length, 0);
  const quoteSection = el("section", { id: "who-said-what", "aria-labelledby": "who-said-what-h" },
    el("h2", { id: "who-said-what-h" }, `Who said what (${quoteCount})`));
  if (!ordered.length) quoteSection.append(el("p", { className: "empty" }, "No quotes found."));
  for (const group of ordered.slice(0, LIST_LIMIT * 2)) {
    const ids = group.quotes.map((q) => q.id);
    const head = el("button", { type: "button", className: "speaker", dataset: { speakerGroup: group.name } },
      group.name, el("span", { className: "count" }, String(group.quotes.length)));
    head.setAttribute("aria-label", `${group.name}, ${group.quotes.length} quote${group.quotes.length === 1 ? "" : "s"}: go to`);
    head.addEventListener("click", () => onJump(ids, { source: head }));
    const list = limitedList(group.quotes, (q) => {
      const b = el("button", { type: "button", className: "quote" }, clip(q.text, 140));
      b.addEventListener("click", () => onJump([q.id], { source: b }));
      return el("li", {}, b);
    }, "quotes", QUOTES_PER_SPEAKER);
    quoteSection.append(el("div", { className: "speaker-group" }, el("h3", {}, head), list));
  }

  // The reader's corrections, each with a button to take it back.
  const correctionSection = el("section", { id: "panel-corrections", "aria-labelledby": "panel-corrections-h" },
    el("h2", { id: "panel-corrections-h" }, `Your corrections (${corrections.length})`));
  if (!corrections.length) correctionSection.append(el("p", { className: "empty" }, "None yet: click a mark to correct it, or select words to add one."));
  else {
    // The mark each correction is on, by kind and place (the first such span, as the view shows).
    const spanAt = new Map();
    for (const s of spans) { const key = `${s.kind}:${s.start}:${s.end}`; if (!spanAt.has(key)) spanAt.set(key, s); }
    correctionSection.append(limitedList(corrections, (c) => {
    const what = c.op === "remove" ? `Removed ${c.kind}`
      : c.op === "add" ? `Added ${c.label ?? c.kind}`
      : `Changed to ${c.label ?? c.kind}`;
    const extra = c.value ? ` = ${c.value}` : c.speaker ? ` — ${c.speaker}` : "";
    const target = spanAt.get(`${c.kind}:${c.start}:${c.end}`);
    const go = el("button", { type: "button", className: "correction", dataset: { op: c.op } },
      el("span", {}, `${what}${extra}`), el("span", { className: "said" }, `“${clip(c.text, 50)}”`));
    if (target) go.addEventListener("click", () => onJump([target.id], { source: go }));
    else go.disabled = c.op !== "remove";
    const drop = el("button", { type: "button", className: "drop", "aria-label": `Take back: ${what} “${clip(c.text, 50)}”` }, "×");
    drop.addEventListener("click", () => onDropCorrection?.(c));
    return el("li", { className: "with-drop" }, go, drop);
  }, "corrections"));
  }

  panel.replaceChildren(entitySection, dateSection, quoteSection, correctionSection);
}
