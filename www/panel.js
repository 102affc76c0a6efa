// The side panel: what the article is about at a glance — entities by label with their mention
// counts, dates in time order with their values, and "who said what" (quotes grouped by speaker).
// Every item is a button that jumps to its marks; the page wires the jumps (onJump).
// Long articles can have thousands of items, so each list shows its first LIST_LIMIT and a
// "show all" button.
import { el, clip } from "./dom.js";
import { quoteSpeakerName, yieldToBrowser } from "./render.js";
import { byDisplayOrder } from "./vocabulary.js";

const LIST_LIMIT = 100;
const QUOTES_PER_SPEAKER = 25;

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

/** A count as shown (the number) and as read out (with `what`, hidden on screen). */
const countOf = (n, what) => [el("span", { className: "count" }, String(n)), el("span", { className: "visually-hidden" }, ` ${what}${n === 1 ? "" : "s"}`)];

/** Orders TIMEX3 values: full dates and times first in time order, then the rest. */
function timeKey(value) {
  if (!value) return "~";
  return /^\d{4}/.test(value) ? value : `~${value}`;
}

/**
 * Fills `panel` from a result. onJump(spanIds, {focus}) lights and scrolls to marks. Options:
 * `corrections` (the reader's, each with `onDropCorrection` to take it back), `onEditEntity`
 * (✎ beside each entity), `withCorrections: false` to leave the corrections' section out (where
 * no correction can be made: the browser extension's panel). At once, or
 * `stepwise` (a long text): each section is built in a task of its own, so the page never stops
 * for the whole; `stale()` true stops it (a newer result came). The old panel stays until the
 * new one is complete. Returns a promise that resolves when it is in (at once when not stepwise:
 * the panel is then filled before renderPanel returns).
 */
export function renderPanel(panel, text, result, onJump, options = {}) {
  const steps = panelSteps(panel, text, result, onJump, options);
  if (!options.stepwise) {
    for (const _ of steps) { /* all at once */ }
    return Promise.resolve();
  }
  return (async () => {
    for (const _ of steps) {
      await yieldToBrowser();
      if (options.stale?.()) return;
    }
  })();
}

function* panelSteps(panel, text, result, onJump, { corrections = [], onDropCorrection = null, onEditEntity = null, withCorrections = true } = {}) {
  const spans = result.spans ?? [];
  const entities = result.entities ?? [];
  yield; // (stepwise: the first section too waits for a task of its own)

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
  const labels = [...byLabel.keys()].sort(byDisplayOrder);
  const entitySection = el("section", { id: "panel-entities", "aria-labelledby": "panel-entities-h" },
    el("h2", { id: "panel-entities-h" }, "Entities"));
  if (!labels.length) entitySection.append(el("p", { className: "empty" }, "None found."));
  for (const label of labels) {
    const items = byLabel.get(label).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    entitySection.append(el("h3", { dataset: { label } }, el("span", { className: "swatch", dataset: { label } }), ` ${label} (${items.length})`));
    entitySection.append(limitedList(items, (e) => {
      // The name read out is the text shown (WCAG 2.5.3): the name, then the count, "mentions"
      // written out for screen readers only.
      const b = el("button", { type: "button", className: "entity", dataset: { label, entityName: e.name } },
        e.name, " ", ...countOf(e.mentions.length, "mention"));
      b.addEventListener("click", () => onJump(e.mentions, { source: b, entity: typeof e.id === "number" ? e.id : null }));
      if (!onEditEntity || typeof e.id !== "number") return el("li", {}, b);
      // Corrections of the whole entity (relabel every mention, merge it into another).
      const edit = el("button", { type: "button", className: "edit", "aria-label": `Correct “${clip(e.name, 50)}”`, title: "Change its label or merge it" }, "✎");
      edit.addEventListener("click", () => onEditEntity(edit, e.id));
      return el("li", { className: "with-drop" }, b, edit);
    }, "entities"));
  }

  yield;

  // Dates in time order; a range (`range: {from, to}` on both ends) is one interval entry at its
  // start, `10 – 22 August 2012`.
  const isDate = (id) => spans[id]?.kind === "date";
  const rangeOf = (s) => (s.range && isDate(s.range.from) && isDate(s.range.to) ? s.range : null);
  const dates = spans.filter((s) => s.kind === "date" && rangeOf(s)?.to !== s.id).map((s) => ({ s, key: timeKey(s.value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.s.start - b.s.start)).map((d) => d.s);
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

  yield;

  // Who said what: quotes grouped by speaker (cluster when known, else the mention's words).
  const groups = new Map();
  for (const s of spans) {
    if (s.kind !== "quote") continue;
    const name = quoteSpeakerName(result, s);
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
      group.name, " ", ...countOf(group.quotes.length, "quote"));
    head.addEventListener("click", () => onJump(ids, { source: head }));
    const list = limitedList(group.quotes, (q) => {
      const b = el("button", { type: "button", className: "quote" }, clip(q.text, 140));
      b.addEventListener("click", () => onJump([q.id], { source: b }));
      return el("li", {}, b);
    }, "quotes", QUOTES_PER_SPEAKER);
    quoteSection.append(el("div", { className: "speaker-group" }, el("h3", {}, head), list));
  }

  if (!withCorrections) {
    panel.replaceChildren(entitySection, dateSection, quoteSection);
    return;
  }
  yield;

  // The reader's corrections, each with a button to take it back.
  const correctionSection = el("section", { id: "panel-corrections", "aria-labelledby": "panel-corrections-h" },
    el("h2", { id: "panel-corrections-h" }, `Your corrections (${corrections.length})`));
  if (!corrections.length) correctionSection.append(el("p", { className: "empty" }, "None yet: click a mark to correct it, or select words to add one."));
  else {
    // The mark each correction is on, by kind and place (the first such span, as the view shows).
    const spanAt = new Map();
    for (const s of spans) { const key = `${s.kind}:${s.start}:${s.end}`; if (!spanAt.has(key)) spanAt.set(key, s); }
    const statuses = Array.isArray(result.corrections) ? result.corrections : [];
    const index = new Map(corrections.map((c, i) => [c, i]));
    correctionSection.append(limitedList(corrections, (c) => {
    const what = c.op === "remove" ? `Removed ${c.kind}`
      : c.op === "add" ? `Added ${c.label ?? c.kind}`
      : c.op === "merge" ? `Merged with “${clip(c.with?.text ?? "", 30)}”`
      : c.op === "split" ? "Made an entity of its own"
      : c.scope === "entity" ? `Changed every mention to ${c.label ?? c.kind}`
      : `Changed to ${c.label ?? c.kind}`;
    const extra = c.value ? ` = ${c.value}` : c.speaker ? ` — ${c.speaker}` : "";
    // What became of it (issue 18's statuses): refused, replaced by a later one, moved, or a note.
    const status = statuses[index.get(c)] ?? null;
    const said = status?.status === "skipped" ? `Not applied: ${status.reason ?? "refused"}`
      : status?.status === "overridden" ? "Replaced by a later correction"
      : status?.status === "moved" ? "Moved to where its words are now"
      : status?.note ?? null;
    const target = status?.status === "moved" && Number.isInteger(status.start)
      ? spanAt.get(`${c.kind}:${status.start}:${status.end}`) : spanAt.get(`${c.kind}:${c.start}:${c.end}`);
    const go = el("button", { type: "button", className: "correction", dataset: { op: c.op, ...(status ? { status: status.status } : {}) } },
      el("span", {}, `${what}${extra}`), el("span", { className: "said" }, `“${clip(c.text, 50)}”`),
      said ? el("span", { className: "status" }, said) : null);
    if (target && status?.status !== "skipped") go.addEventListener("click", () => onJump([target.id], { source: go }));
    else go.disabled = c.op !== "remove";
    const drop = el("button", { type: "button", className: "drop", "aria-label": `Take back: ${what} “${clip(c.text, 50)}”` }, "×");
    drop.addEventListener("click", () => onDropCorrection?.(c));
    return el("li", { className: "with-drop", ...(status ? { dataset: { status: status.status } } : {}) }, go, drop);
  }, "corrections"));
  }

  panel.replaceChildren(entitySection, dateSection, quoteSection, correctionSection);
}
