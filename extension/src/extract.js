// Finds the article on the page and the text to annotate, with where each piece of that text
// lives in the page's own text nodes.
//
// Mozilla's Readability reads an *inert copy* of the page (importNode into a document made by
// createHTMLDocument: no script runs, no image or frame loads, the page is not touched). Before
// it runs, the copy's text nodes are paired with the page's, walking both trees in step, so each
// text node Readability keeps leads back to the page's node. (Readability re-parses its copy from
// HTML when a first attempt finds too little text; nodes it made that way are paired with the
// page's by their text, in document order.)
//
// The text: the kept nodes in order, whitespace collapsed as the browser shows it (kept inside
// <pre> and `white-space: pre…`), one line break between blocks (the core's paragraphs are
// lines), hidden text left out. Each segment remembers, for each of its characters, the index
// of that character in its page node, so a span [start, end) of the text maps back to page
// nodes and offsets (draw.js).
import { Readability, isProbablyReaderable } from "@mozilla/readability";
import { isoDate, writtenDate } from "./dates.js";

const BLOCK = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI",
  "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL"]);
const NO_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "TITLE", "OPTION", "SELECT", "IFRAME", "OBJECT", "SVG", "MATH"]);
const HTML_NS = "http://www.w3.org/1999/xhtml";
const MIN_TEXT = 200; // an "article" with less text than this is not one

export const NO_ARTICLE = "newsmark found no article on this page. It marks the text of a news article; this page looks like a list, a search page or an app. To annotate any text, paste it into the newsmark page.";
const UNREADABLE = "newsmark found an article on this page but could not read its text (the page may draw it in a way newsmark cannot mark).";

const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * {ok: true, text, segments: [{node, start, end, map, data}], referenceDate, referenceSource,
 * scheme} or {ok: false, message}. `map[i]` is the index in `node.data` of text[start + i].
 */
export function extractArticle(doc = document) {
  const inert = doc.implementation.createHTMLDocument("");
  const copy = inert.importNode(doc.documentElement, true);
  inert.replaceChild(copy, inert.documentElement);
  const pageNodes = [];
  const toPage = new Map();
  {
    const a = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
    const b = inert.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let p = a.nextNode(), c = b.nextNode(); p && c; p = a.nextNode(), c = b.nextNode()) {
      toPage.set(c, p);
      pageNodes.push(p);
    }
  }
  const pageIndex = new Map(pageNodes.map((n, i) => [n, i]));

  let readerable = false, article = null;
  try {
    readerable = isProbablyReaderable(inert);
    if (readerable) article = new Readability(inert, { serializer: (el) => el }).parse();
  } catch { /* a page Readability cannot read has no article for newsmark either */ }
  if (!readerable || !article?.content) return { ok: false, message: NO_ARTICLE };

  // ---- The text, from the nodes Readability kept ----
  const entries = []; // segments and line breaks, in order
  let pendingBreak = false, lastPaired = -1;
  const styleCache = new Map();
  const styleOf = (el) => {
    let s = styleCache.get(el);
    if (!s) {
      const cs = getComputedStyle(el);
      const ws = cs.whiteSpaceCollapse || cs.whiteSpace || "normal";
      const visible = el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }) : true;
      const display = cs.display;
      s = { pre: /^(pre|pre-wrap|break-spaces|preserve|preserve-spaces)$/.test(ws), visible,
        container: /(^|\s)(flex|grid)$/.test(display) || /^inline-(flex|grid)$/.test(display) };
      styleCache.set(el, s);
    }
    return s;
  };
  const endsWithSpace = () => {
    const last = entries[entries.length - 1];
    if (!last) return true;
    if (last.lineBreak) return true;
    return isSpace(last.chars.charCodeAt(last.chars.length - 1));
  };
  const trimEnd = () => {
    for (;;) {
      const last = entries[entries.length - 1];
      if (!last || last.lineBreak || last.pre) return;
      let n = last.chars.length;
      while (n > 0 && last.chars.charCodeAt(n - 1) === 32) n--;
      if (n === last.chars.length) return;
      last.chars = last.chars.slice(0, n);
      last.map.length = n;
      if (n) return;
      entries.pop();
    }
  };
  const pageNodeOf = (c) => {
    let p = toPage.get(c);
    if (!p) {
      // A node Readability made anew: the next page node after the last paired one with its text.
      for (let i = lastPaired + 1; i < pageNodes.length; i++) if (pageNodes[i].data === c.data) { p = pageNodes[i]; break; }
    }
    if (p) lastPaired = Math.max(lastPaired, pageIndex.get(p));
    return p;
  };
  const addText = (c) => {
    const node = pageNodeOf(c);
    const parent = node?.parentElement;
    if (!parent || !node.isConnected || parent.namespaceURI !== HTML_NS || NO_TEXT.has(parent.tagName)) return;
    if (parent.closest("[data-newsmark-ui]")) return;
    const st = styleOf(parent);
    if (!st.visible) return;
    const data = node.data;
    let chars = "";
    const map = [];
    if (st.pre) {
      for (let i = 0; i < data.length; i++) { chars += data[i]; map.push(i); }
    } else {
      let space = endsWithSpace() || pendingBreak;
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (isSpace(code)) {
          if (space) continue;
          chars += " "; map.push(i); space = true;
        } else { chars += data[i]; map.push(i); space = false; }
      }
    }
    if (!chars.length) return; // whitespace where the browser shows none
    if (pendingBreak) {
      trimEnd();
      if (entries.length) entries.push({ lineBreak: true });
      pendingBreak = false;
    }
    entries.push({ node, chars, map, pre: st.pre, container: st.container });
  };
  // Document order, iteratively (articles can nest deeply).
  const stack = [{ node: article.content, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop();
    if (node.nodeType === Node.TEXT_NODE) { addText(node); continue; }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.tagName.toUpperCase();
    if (tag === "BR") { if (entries.length) pendingBreak = true; continue; }
    if (NO_TEXT.has(tag)) continue;
    if (BLOCK.has(tag) && entries.length) pendingBreak = true;
    if (exit) continue;
    if (BLOCK.has(tag)) stack.push({ node, exit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  trimEnd();

  let text = "";
  const segments = [];
  for (const e of entries) {
    if (e.lineBreak) { text += "\n"; continue; }
    segments.push({ node: e.node, data: e.node.data, start: text.length, end: text.length + e.chars.length, map: Int32Array.from(e.map), container: e.container });
    text += e.chars;
  }
  if (text.replace(/\s+/g, "").length < MIN_TEXT / 2 || text.length < MIN_TEXT) {
    return { ok: false, message: segments.length ? UNREADABLE : NO_ARTICLE };
  }
  const reference = referenceDate(doc, article);
  const root = commonAncestor(segments.map((s) => s.node));
  return { ok: true, text, segments, referenceDate: reference?.date ?? null, referenceSource: reference?.source ?? null,
    scheme: schemeOf(root), title: article.title ?? null };
}

function commonAncestor(nodes) {
  let anc = nodes[0]?.parentElement ?? document.body;
  for (const n of nodes) while (anc && !anc.contains(n)) anc = anc.parentElement;
  return anc ?? document.body;
}

/** "dark" when the article is drawn on a dark background (its first opaque one), else "light". */
function schemeOf(el) {
  for (let e = el; e; e = e.parentElement) {
    const m = getComputedStyle(e).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? "dark" : "light";
  }
  return "light";
}

// ---- The reference date ---------------------------------------------------------------------------

function jsonLdDates(doc) {
  const found = [];
  const visit = (v, depth) => {
    if (!v || typeof v !== "object" || depth > 6 || found.length > 20) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    if (typeof v.datePublished === "string") found.push(v.datePublished);
    if (v["@graph"]) visit(v["@graph"], depth + 1);
    if (v.mainEntity) visit(v.mainEntity, depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = s.textContent;
    if (raw.length > 1_000_000) continue;
    try { visit(JSON.parse(raw), 0); } catch { /* not JSON: not ours to fix */ }
  }
  return found;
}

/**
 * The article's publication date, in order of trust: the `article:published_time` meta, JSON-LD
 * `datePublished`, what Readability read from the metadata, a `<time datetime>` in the article
 * (else on the page), the byline. `{date, source}` or null.
 */
export function referenceDate(doc, article) {
  const meta = (sel) => [...doc.querySelectorAll(sel)].map((m) => m.getAttribute("content"));
  const tries = [
    ["article:published_time", meta('meta[property="article:published_time"], meta[name="article:published_time"]').map(isoDate)],
    ["JSON-LD datePublished", jsonLdDates(doc).map(isoDate)],
    ["the page's metadata", [isoDate(article?.publishedTime)]],
    ["datePublished", meta('meta[itemprop="datePublished"]').map(isoDate)],
    ["<time datetime>", [...(article?.content?.querySelectorAll?.("time[datetime]") ?? []), ...doc.querySelectorAll("article time[datetime], main time[datetime], time[datetime]")]
      .map((t) => isoDate(t.getAttribute("datetime")))],
    ["the byline", [writtenDate(article?.byline), ...[...doc.querySelectorAll('[class*="byline" i], [class*="dateline" i], [rel="author"]')].slice(0, 5).map((e) => writtenDate(e.textContent.slice(0, 300)))]],
  ];
  for (const [source, dates] of tries) {
    const date = dates.find(Boolean);
    if (date) return { date, source };
  }
  return null;
}
