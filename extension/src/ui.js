// The extension's UI on the publisher's page: a panel (status, legend, Open in newsmark,
// Download, and the newsmark page's side panel: entities, timeline, who said what), the hover
// cards of the marks, and notices. All of it lives in a *closed* shadow root on one host element
// that the extension adds after <body> and removes when done: the site's CSS cannot reach in,
// and its scripts get no handle on what is inside (a closed root is not reachable from the host,
// and the content script's isolated world keeps the page's patched DOM prototypes out).
// The host's own box is set inline with !important, which beats any author rule.
import { el } from "../../www/dom.js";
import { renderPanel } from "../../www/panel.js";
import { setVocabulary, byDisplayOrder, labelInfo } from "./vocabulary.js";
import { swatchCss } from "./colours.js";
import { describe } from "./describe.js";

const SHADOW_CSS = __SHADOW_CSS__; // www/style.css (:root → :host) + extension/src/ui.css
const HOST_STYLE = {
  all: "initial", display: "block", position: "fixed", top: "0", right: "0", width: "0", height: "0",
  margin: "0", padding: "0", border: "0", "z-index": "2147483647", overflow: "visible", visibility: "visible",
  opacity: "1", transform: "none", filter: "none", "clip-path": "none", "pointer-events": "auto", contain: "none",
};

export const EXPORTS = [
  ["html", "HTML"], ["json", "JSON"], ["w3c", "W3C annotations"], ["brat", "brat"], ["displacy", "displaCy"], ["view", "View file"],
];

/** A host element with a closed shadow root, styled; appended after <body>. */
function mountHost(doc, palette, labels) {
  const host = doc.createElement("div");
  host.setAttribute("data-newsmark-ui", "");
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, "important");
  const root = host.attachShadow({ mode: "closed" });
  const css = `${SHADOW_CSS}\n${swatchCss(labels, palette)}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement("style");
    style.textContent = css;
    root.append(style);
  }
  doc.documentElement.append(host);
  return { host, root };
}

/** A notice on a page newsmark does not mark (no article, an error). Resolves when dismissed. */
export function showNotice(doc, palette, message, { kind = "info", ms = 8000 } = {}) {
  const { host, root } = mountHost(doc, palette, []);
  const ok = el("button", { type: "button" }, "OK");
  const box = el("div", { className: "nm-notice", role: "alert", dataset: { kind } }, el("p", {}, message), ok);
  root.append(box);
  let timer = null;
  const remove = () => { clearTimeout(timer); host.remove(); doc.removeEventListener("keydown", onKey, true); };
  const onKey = (e) => { if (e.key === "Escape") remove(); };
  ok.addEventListener("click", remove);
  doc.addEventListener("keydown", onKey, true);
  timer = setTimeout(remove, ms);
  return { remove, text: () => box.textContent, get shown() { return host.isConnected; } };
}

/**
 * The panel and hover cards for drawn marks. `actions`: {exportAs(format, view), open(target,
 * view), close()}. Returns {unmount(), inspect()}.
 */
export function mountPanel(doc, { text, result, labels, palette, drawn, reference, servedPage, actions }) {
  setVocabulary(labels);
  const { host, root } = mountHost(doc, palette, labels);
  const hidden = new Set();
  const view = () => ({ v: 1, text, reference_date: reference.date ?? null, hidden: [...hidden], corrections: [] });

  // ---- Head, status, legend, actions ----
  const title = el("h2", { tabindex: "-1" }, "newsmark ", el("span", { className: "nm-count" }, `${drawn.spans} marks`));
  const collapse = el("button", { type: "button", "aria-expanded": "true", title: "Fold the panel" }, "–");
  const close = el("button", { type: "button", title: "Remove the marks (the toolbar button or Alt+Shift+M does too)", "aria-label": "Remove the marks" }, "×");
  const status = el("p", { id: "status", role: "status", "aria-live": "polite" });
  const setStatus = (message, kind = "info") => { status.textContent = message; status.dataset.kind = kind; };
  const refNote = el("p", { className: "note", id: "nm-reference" }, reference.date
    ? `Relative dates read against ${reference.date} (from ${reference.source}).`
    : "The page gives no publication date: relative dates read against a dateline in the text, if any.");
  const legend = el("div", { id: "legend", role: "group", "aria-label": "Labels shown" });
  const openButton = el("button", { type: "button", id: "nm-open", title: "The article and its marks in the newsmark page, as a share link" }, "Open in newsmark");
  const opens = [openButton];
  let servedHost = null;
  try { servedHost = servedPage ? new URL(servedPage).host : null; } catch { servedHost = null; }
  if (servedHost) opens.push(el("button", { type: "button", id: "nm-open-served", title: `A share link on ${servedPage}` }, `Open on ${servedHost}`));
  const exports = EXPORTS.map(([format, name]) => el("button", { type: "button", dataset: { export: format } }, name));
  const panel = el("div", { id: "panel", role: "region", "aria-label": "Summary" });
  const body = el("div", { className: "nm-body" }, status, refNote, legend,
    el("div", { className: "controls" }, ...opens),
    el("div", { className: "controls exports", role: "group", "aria-label": "Download" }, el("span", { className: "note" }, "Download:"), ...exports),
    panel);
  const box = el("aside", { className: "nm-box", "aria-label": "newsmark" }, el("div", { className: "nm-head" }, title, collapse, close), body);
  const tooltip = el("div", { id: "tooltip", role: "tooltip", hidden: "" });
  root.append(box, tooltip);

  const counts = new Map(), kinds = new Map();
  for (const s of result.spans ?? []) {
    counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
    if (!kinds.has(s.label)) kinds.set(s.label, s.kind);
  }
  const setShown = (label, shown) => {
    if (shown) hidden.delete(label); else hidden.add(label);
    for (const m of drawn.marks) if (drawn.spanOf.get(m)?.label === label) m.toggleAttribute("data-off", !shown);
  };
  legend.replaceChildren(...[...counts.keys()].sort(byDisplayOrder).map((label) => {
    const toggle = el("input", { type: "checkbox", dataset: { toggle: label } });
    toggle.checked = true;
    toggle.addEventListener("change", () => setShown(label, toggle.checked));
    const info = labelInfo(label);
    const item = el("label", { dataset: { label } }, toggle,
      el("span", { className: "swatch", dataset: { label, kind: info?.kind ?? kinds.get(label) } }),
      el("span", {}, label), el("span", { className: "count" }, counts.get(label).toLocaleString("en")));
    if (info?.description) item.title = info.description;
    return item;
  }));

  // ---- Hover cards ----
  let cardFor = null, pinned = false, speakerLit = [];
  const ownMark = (node) => {
    const m = node?.closest?.("mark[data-newsmark]");
    return m && drawn.marks.has(m) ? m : null;
  };
  const litSpeaker = (mark) => {
    for (const m of speakerLit) m.removeAttribute("data-speaker-lit");
    speakerLit = [];
    let quote = mark;
    while (quote && drawn.spanOf.get(quote)?.kind !== "quote") quote = ownMark(quote.parentElement);
    const speaker = quote && drawn.spanOf.get(quote)?.speaker;
    if (!speaker) return;
    for (const [id, ms] of drawn.marksOf) {
      const s = result.spans[id];
      if (s?.kind === "entity" && s.start === speaker.start) for (const m of ms) { m.setAttribute("data-speaker-lit", ""); speakerLit.push(m); }
    }
  };
  const showCard = (mark, x, y) => {
    const lines = [];
    for (let m = mark; m; m = ownMark(m.parentElement)) {
      const s = drawn.spanOf.get(m);
      if (s) lines.push(describe(s, result));
    }
    if (!lines.length) return hideCard();
    tooltip.replaceChildren(...lines.map(([label, detail]) => el("div", {}, el("strong", { dataset: { label } }, label), ` ${detail}`)));
    tooltip.hidden = false;
    const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    const width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    const vw = doc.documentElement.clientWidth || innerWidth, vh = doc.documentElement.clientHeight || innerHeight;
    let left = x ?? rect.left, top = y != null ? y + 10 : rect.bottom + 6;
    if (top + height > vh - 4) top = Math.max(4, rect.top - height - 6);
    left = Math.max(4, Math.min(left, vw - width - 4));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
    cardFor = mark;
    litSpeaker(mark);
  };
  const hideCard = () => { tooltip.hidden = true; cardFor = null; pinned = false; litSpeaker(null); };
  // The pointer's mark is described; a mark the panel jumped to stays described (pinned) until
  // the pointer finds another one, and follows it when the page scrolls.
  const onOver = (e) => {
    if (!e.isTrusted) return;
    const mark = ownMark(e.target);
    if (mark && mark !== cardFor) { pinned = false; showCard(mark, e.clientX, e.clientY); }
    else if (!mark && cardFor && !pinned) hideCard();
  };
  const onKey = (e) => { if (e.key === "Escape" && !tooltip.hidden) hideCard(); };
  const onScroll = () => {
    if (tooltip.hidden) return;
    if (pinned && cardFor?.isConnected) showCard(cardFor); else hideCard();
  };
  doc.addEventListener("mouseover", onOver, true);
  doc.addEventListener("keydown", onKey, true);
  addEventListener("scroll", onScroll, { capture: true, passive: true });

  // ---- Side panel: the newsmark page's, its clicks scrolling to the page's marks ----
  let lit = [];
  const jump = (ids, { source } = {}) => {
    for (const m of lit) m.removeAttribute("data-lit");
    lit = ids.flatMap((id) => drawn.marksOf.get(id) ?? []);
    for (const m of lit) m.setAttribute("data-lit", "");
    for (const b of panel.querySelectorAll("[aria-pressed]")) b.removeAttribute("aria-pressed");
    source?.setAttribute("aria-pressed", "true");
    const first = lit[0];
    if (!first) return setStatus("That mark is not on the page any more.", "error");
    first.scrollIntoView({ block: "center", inline: "nearest" });
    showCard(first);
    pinned = true;
  };
  renderPanel(panel, text, result, jump);
  panel.querySelector("#panel-corrections")?.remove(); // corrections are made on the newsmark page

  // ---- Actions ----
  collapse.addEventListener("click", () => {
    const folded = box.toggleAttribute("data-collapsed");
    collapse.setAttribute("aria-expanded", String(!folded));
    collapse.textContent = folded ? "+" : "–";
  });
  close.addEventListener("click", () => actions.close());
  const busy = async (button, work) => {
    button.disabled = true;
    try { await work(); } catch (e) { setStatus(e?.message ?? String(e), "error"); } finally { button.disabled = false; }
  };
  openButton.addEventListener("click", () => busy(openButton, async () => setStatus(await actions.open("extension", view()), "notice")));
  opens[1]?.addEventListener("click", () => busy(opens[1], async () => setStatus(await actions.open("served", view()), "notice")));
  for (const b of exports) {
    b.addEventListener("click", () => busy(b, async () => {
      const files = b.dataset.export === "view"
        ? [{ name: "newsmark-view.json", type: "application/json", content: `${JSON.stringify(view())}\n` }]
        : await actions.exportAs(b.dataset.export, view());
      for (const f of files) download(root, f);
      setStatus(`Downloaded ${files.map((f) => f.name).join(" and ")}.`, "notice");
    }));
  }

  const unfocused = doc.activeElement;
  title.focus({ preventScroll: true });
  setStatus(`${drawn.spans} marks in the article (${text.length.toLocaleString("en")} characters).`);

  return {
    unmount() {
      doc.removeEventListener("mouseover", onOver, true);
      doc.removeEventListener("keydown", onKey, true);
      removeEventListener("scroll", onScroll, { capture: true });
      const hadFocus = root.activeElement != null;
      host.remove();
      if (hadFocus && unfocused?.isConnected && unfocused !== doc.body) unfocused.focus?.({ preventScroll: true });
    },
    /** What the panel shows, for tests (reached only from the extension, through scripting). */
    inspect() {
      const rectOf = (e) => { const r = e?.getBoundingClientRect(); return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width, height: r.height } : null; };
      return {
        status: status.textContent, reference: refNote.textContent,
        legend: [...legend.querySelectorAll("input[data-toggle]")].map((t) => ({ label: t.dataset.toggle, checked: t.checked, rect: rectOf(t) })),
        entities: [...panel.querySelectorAll("#panel-entities button.entity")].map((b) => ({ name: b.dataset.entityName, label: b.dataset.label, rect: rectOf(b) })),
        dates: [...panel.querySelectorAll("#panel-dates button.date")].map((b) => ({ value: b.dataset.value, text: b.textContent, rect: rectOf(b) })),
        speakers: [...panel.querySelectorAll("#who-said-what button.speaker")].map((b) => ({ name: b.dataset.speakerGroup, rect: rectOf(b) })),
        sections: [...panel.querySelectorAll("section")].map((s) => s.id),
        tooltip: tooltip.hidden ? null : tooltip.textContent,
        buttons: Object.fromEntries([["open", openButton], ["openServed", opens[1]], ["close", close], ["collapse", collapse], ...exports.map((b) => [`export-${b.dataset.export}`, b])]
          .filter(([, b]) => b).map(([k, b]) => [k, rectOf(b)])),
        panelRect: rectOf(box),
      };
    },
  };
}

function download(root, { name, type, content }) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = el("a", { href: url, download: name, hidden: "" });
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
