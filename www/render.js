// Turns text + a newsmark/1 result into nested <mark> elements, a little at a time.
//
// A megabyte article carries tens of thousands of marks; building them in one go would freeze the
// page. So the text is cut into blocks at line breaks that no mark crosses, each block is built as
// its own element (CSS `content-visibility: auto` then skips laying out blocks off screen), and
// blocks are built in slices of a few milliseconds, yielding to the browser between slices so
// scrolling and typing go on. The first slice replaces the old view in one step, so a short
// article never flickers.
//
// Pasted text is data: it only ever becomes text nodes (never markup). Every text node's UTF-16
// start is remembered, so a selection in the view maps back to offsets in the article.
import { isStyled } from "./labels.js";

const BLOCK_CHARS = 2000;     // a block ends at the first free line break after this many chars
const HARD_BLOCK_CHARS = 16000; // …or anywhere free, for text without line breaks
const HUGE_BLOCK_CHARS = 64000; // a mark longer than this may be cut between blocks
const SLICE_MS = 8;            // building yields to the browser this often…
const APPEND_MS = 50;          // …and adds what it built to the page (and reports progress) this often:
                               // each addition costs the next frame its style, so not too much at once

/** Text node → UTF-16 offset of its first character in the article. */
export const textNodeStart = new WeakMap();

/** Display name of a quote's speaker: its entity cluster's name, else the mention itself. */
export function speakerName(result, speaker) {
  if (!speaker) return null;
  const cluster = speaker.entity != null ? result.entities?.[speaker.entity] : null;
  const name = cluster?.name || speaker.text;
  return name ? name.replace(/\s+/g, " ").trim() : null;
}

/** Display name of quote `span`'s speaker: its mention's (as `speakerName`), else the name a
 *  correction gave it that the text does not hold (`speaker_name`), else null. */
export function quoteSpeakerName(result, span) {
  const named = speakerName(result, span.speaker);
  if (named) return named;
  const given = typeof span.speaker_name === "string" ? span.speaker_name.replace(/\s+/g, " ").trim() : "";
  return given || null;
}

/**
 * Keeps the spans that nest (a span crossing its enclosing span is left out of the view), inside
 * the text and in order (the core promises both; the view does not rely on it).
 */
function nestable(spans, length) {
  const sorted = spans.every((s, i) => i === 0 || spans[i - 1].start < s.start || (spans[i - 1].start === s.start && spans[i - 1].end >= s.end))
    ? spans : [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  const ends = [];
  for (const s of sorted) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= length)) continue;
    while (ends.length && ends[ends.length - 1] <= s.start) ends.pop();
    if (ends.length && s.end > ends[ends.length - 1]) continue;
    ends.push(s.end);
    kept.push(s);
  }
  return kept;
}

/**
 * Cuts [0, text.length) into blocks, one at a time as the render asks (a megabyte's scan would
 * otherwise come before the first screen): {start, end, from, to, carried} where spans[from..to)
 * start in the block and `carried` are the spans (outer → inner) that began in an earlier block
 * and go on in this one. Blocks end at a line break no mark crosses; only a mark longer than
 * HUGE_BLOCK_CHARS (a runaway quote in odd text) is cut, and its parts are marked as one.
 */
function* blocksOf(text, spans) {
  let blockStart = 0, from = 0, k = 0, carried = [];
  const open = []; // kept spans containing the scan position, outer → inner (they nest)
  let searchFrom = BLOCK_CHARS;
  while (searchFrom < text.length) {
    const nl = text.indexOf("\n", searchFrom);
    let cut;
    if (nl >= 0 && nl < blockStart + HARD_BLOCK_CHARS) cut = nl + 1;
    else {
      cut = Math.max(searchFrom, blockStart + HARD_BLOCK_CHARS);
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut += 1; // never split a surrogate pair
    }
    if (cut >= text.length) break;
    while (k < spans.length && spans[k].start < cut) {
      const s = spans[k++];
      while (open.length && open[open.length - 1].end <= s.start) open.pop();
      open.push(s);
    }
    while (open.length && open[open.length - 1].end <= cut) open.pop();
    if (open.length && open[0].end - blockStart <= HUGE_BLOCK_CHARS) { searchFrom = open[0].end; continue; }
    yield { start: blockStart, end: cut, from, to: k, carried };
    carried = [...open];
    blockStart = cut; from = k; searchFrom = cut + BLOCK_CHARS;
  }
  yield { start: blockStart, end: text.length, from, to: spans.length, carried };
}

function makeMark(s, result, hidden, corrected) {
  // Plain attributes (no dataset name conversion): a megabyte makes 25,000 marks.
  const m = document.createElement("mark");
  m.setAttribute("data-kind", s.kind);
  m.setAttribute("data-label", s.label);
  m.setAttribute("data-start", s.start);
  m.setAttribute("data-end", s.end);
  m.setAttribute("data-id", s.id);
  if (s.kind === "entity" && s.entity != null) m.setAttribute("data-entity", s.entity);
  if (s.kind === "date" && s.value != null) m.setAttribute("data-value", s.value);
  if (s.kind === "quote") {
    const name = quoteSpeakerName(result, s);
    if (name) m.setAttribute("data-speaker", name);
  }
  m.setAttribute("tabindex", "-1"); // focusable; the view's one tab stop is set by marks.js (a roving tabindex)
  if (corrected.size && corrected.has(`${s.kind}:${s.start}:${s.end}`)) m.setAttribute("data-corrected", "true");
  // Vocabulary labels are hidden through #view[data-hidden] (labels.js); others by a class.
  if (hidden.size && hidden.has(s.label) && !isStyled(s.label)) m.classList.add("off");
  return m;
}

function buildBlock(text, result, spans, block, hidden, corrected, marks) {
  const el = document.createElement("div");
  el.className = "block";
  el.dataset.start = block.start;
  const stack = [{ el, end: block.end }];
  for (const s of block.carried) {
    const m = makeMark(s, result, hidden, corrected);
    m.dataset.part = "continued";
    stack[stack.length - 1].el.append(m);
    stack.push({ el: m, end: s.end });
  }
  let pos = block.start;
  const emit = (upto) => {
    while (pos < upto) {
      while (stack.length > 1 && stack[stack.length - 1].end <= pos) stack.pop();
      const top = stack[stack.length - 1];
      const stop = Math.min(upto, top.end);
      const node = document.createTextNode(text.slice(pos, stop));
      textNodeStart.set(node, pos);
      top.el.append(node);
      pos = stop;
    }
  };
  for (let i = block.from; i < block.to; i++) {
    const s = spans[i];
    emit(s.start);
    while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
    const m = makeMark(s, result, hidden, corrected);
    marks.set(s.id, m);
    stack[stack.length - 1].el.append(m);
    stack.push({ el: m, end: s.end });
  }
  emit(block.end);
  return el;
}

/** Resolves after the browser has had its turn (a task, not a frame: no wait when idle). */
export const yieldToBrowser = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

/**
 * Renders `result` for `text` into `view`. Returns {done: Promise<boolean>, cancel(), marks}:
 * `done` resolves true when every block is in, false if cancelled (a newer render took over);
 * `marks` maps span ids to their (first) mark, as they are built.
 * `onProgress(fraction)` is called between slices for long texts.
 */
export function renderView(view, text, result, { hidden = new Set(), corrected = new Set(), onProgress = () => {}, onFirstSlice = () => {}, firstSliceMs = 12 } = {}) {
  let cancelled = false;
  const marks = new Map();
  const spans = nestable(result.spans ?? [], text.length);
  const blocks = blocksOf(text, spans);
  const done = (async () => {
    let budget = firstSliceMs;
    let first = true;
    const stats = { slices: 0, workMs: 0, blocks: 0, started: performance.now() };
    view.renderStats = stats;
    let fragment = document.createDocumentFragment();
    let appended = performance.now();
    let next = blocks.next();
    while (!next.done) {
      const started = performance.now();
      stats.slices++;
      do {
        fragment.append(buildBlock(text, result, spans, next.value, hidden, corrected, marks));
        stats.blocks++;
        next = blocks.next();
      } while (!next.done && performance.now() - started < budget);
      if (cancelled) return false;
      // Built blocks join the page in batches: each addition (and each progress report) costs
      // the browser a layout and paint between slices, so fewer additions finish much sooner.
      if (first || next.done || performance.now() - appended > APPEND_MS) {
        if (first) { view.replaceChildren(fragment); first = false; onFirstSlice(); } else view.append(fragment);
        fragment = document.createDocumentFragment();
        appended = performance.now();
        if (!next.done) onProgress(next.value.start / Math.max(1, text.length));
      }
      stats.workMs += performance.now() - started;
      if (!next.done) {
        await yieldToBrowser();
        if (cancelled) return false;
        budget = SLICE_MS;
      }
    }
    stats.wallMs = performance.now() - stats.started;
    return true;
  })();
  return { done, cancel: () => { cancelled = true; }, marks };
}

/** UTF-16 offset in the article of a DOM point (node, offset) inside the view, or null. */
export function offsetOfPoint(view, node, offset) {
  if (!view.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const start = textNodeStart.get(node);
    return start === undefined ? null : start + offset;
  }
  // An element point: the start of its offset-th child, or the end of the element.
  if (offset < node.childNodes.length) return firstTextOffset(node.childNodes[offset]);
  return lastTextEnd(node);
}

function firstTextOffset(node) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const t = node.nodeType === Node.TEXT_NODE ? node : walker.nextNode();
  if (t) return textNodeStart.get(t) ?? null;
  return node.dataset?.start !== undefined ? Number(node.dataset.start) : null;
}

function lastTextEnd(node) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) last = t;
  if (!last) return null;
  const start = textNodeStart.get(last);
  return start === undefined ? null : start + last.data.length;
}
