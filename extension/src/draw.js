// Draws the core's spans into the page's own text nodes, and takes them out again.
//
// A page text node that carries marks is replaced by a fragment: its text cut at the marks'
// edges into new text nodes, nested in <mark data-newsmark> elements (a quote's mark around the
// entity and date marks inside it). The page's node itself is kept aside, untouched, and put
// back on restore, so the page's DOM, and any script's reference to that node, is as before.
// A span that crosses elements becomes one mark per text node it covers, all with the span's
// offsets. Only text nodes are created: the page's text never becomes markup.
//
// A text node straight inside a flex or grid container is wrapped whole in one
// <span data-newsmark-run> first: the container then sees one item where it saw one run of text,
// not three, and its layout stays as it was.
import { speakerName } from "../../www/render.js";

const KIND_RANK = { quote: 0, entity: 1, date: 2 };

/** Spans of the result that fit the text, as the page's renderer takes them. */
function validSpans(result, length) {
  return (Array.isArray(result?.spans) ? result.spans : []).filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end > s.start && s.end <= length && Object.hasOwn(KIND_RANK, s.kind) && typeof s.label === "string");
}

/** Outer first: earlier start, then longer, then quotes around entities and dates. */
const outerFirst = (a, b) => a.start - b.start || b.end - a.end || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.id - b.id;

/**
 * Draws `result` (newsmark/1 for `text`) over `segments` (extract.js). Returns
 * {count, marksOf: Map(span id → [marks]), spanOf: WeakMap(mark → span), marks: Set, restore()}.
 */
export function drawMarks(doc, text, segments, result) {
  const spans = validSpans(result, text.length).sort(outerFirst);
  const bySegment = new Map();
  // Each span goes to the segments it overlaps (segments are in text order).
  for (const s of spans) {
    let lo = 0, hi = segments.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (segments[mid].end <= s.start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < segments.length && segments[i].start < s.end; i++) {
      if (!bySegment.has(i)) bySegment.set(i, []);
      bySegment.get(i).push(s);
    }
  }
  const marksOf = new Map();
  const spanOf = new WeakMap();
  const marks = new Set();
  const replaced = []; // {node, parts}: the page's node and what stands in its place

  const makeMark = (s) => {
    const m = doc.createElement("mark");
    m.setAttribute("data-newsmark", "");
    m.setAttribute("data-kind", s.kind);
    m.setAttribute("data-label", s.label);
    m.setAttribute("data-start", String(s.start));
    m.setAttribute("data-end", String(s.end));
    if (s.kind === "date" && s.value != null) m.setAttribute("data-value", String(s.value));
    if (s.kind === "quote") {
      const name = speakerName(result, s.speaker);
      if (name) m.setAttribute("data-speaker", name);
    }
    spanOf.set(m, s);
    marks.add(m);
    if (!marksOf.has(s.id)) marksOf.set(s.id, []);
    marksOf.get(s.id).push(m);
    return m;
  };

  for (const [i, list] of bySegment) {
    const seg = segments[i];
    const node = seg.node;
    // The page changed this node since it was read: leave it alone.
    if (!node.isConnected || node.data !== seg.data || !node.parentNode) continue;
    const len = seg.end - seg.start;
    const raw = (x) => (x >= seg.end ? seg.map[len - 1] + 1 : seg.map[x - seg.start]);
    const bounds = [...new Set([seg.start, seg.end, ...list.flatMap((s) => [Math.max(s.start, seg.start), Math.min(s.end, seg.end)])])].sort((a, b) => a - b);

    const frag = doc.createDocumentFragment();
    let outer = frag;
    if (seg.container) { outer = doc.createElement("span"); outer.setAttribute("data-newsmark-run", ""); frag.append(outer); }
    const before = seg.data.slice(0, raw(seg.start));
    if (before) outer.append(doc.createTextNode(before));
    const open = []; // [{span, el}] outer → inner
    for (let b = 0; b + 1 < bounds.length; b++) {
      const p = bounds[b], q = bounds[b + 1];
      const cover = list.filter((s) => s.start <= p && s.end >= q); // already outer-first
      let k = 0;
      while (k < open.length && k < cover.length && open[k].span === cover[k]) k++;
      open.length = k;
      for (; k < cover.length; k++) {
        const m = makeMark(cover[k]);
        (open.length ? open[open.length - 1].el : outer).append(m);
        open.push({ span: cover[k], el: m });
      }
      const piece = seg.data.slice(raw(p), raw(q));
      if (piece) (open.length ? open[open.length - 1].el : outer).append(doc.createTextNode(piece));
    }
    const after = seg.data.slice(raw(seg.end));
    if (after) outer.append(doc.createTextNode(after));
    const parts = [...frag.childNodes];
    node.parentNode.replaceChild(frag, node);
    replaced.push({ node, parts });
  }

  function restore() {
    for (let i = replaced.length - 1; i >= 0; i--) {
      const { node, parts } = replaced[i];
      const anchor = parts.find((p) => p.parentNode);
      if (anchor) anchor.parentNode.insertBefore(node, anchor);
      for (const p of parts) p.remove();
    }
    replaced.length = 0;
    marks.clear();
    marksOf.clear();
  }

  return { count: marks.size, spans: spans.length, marksOf, spanOf, marks, restore };
}
