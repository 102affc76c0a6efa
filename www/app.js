// The page's start-up and wiring, nothing else. Paste or type an article → the worker annotates
// it (annotate.js) → marks are rendered a slice at a time (render.js) → legend, side panel,
// tooltips; the reader corrects marks, shares links, saves and opens files. Each module says its
// job at its top; the view they share (docs/VIEW-API.md) is in state.js, and the label
// vocabulary comes from the core at start-up (labels.js).
// Text is only ever inserted as text nodes or textContent, never as HTML.
import { core } from "./core.js";
import { initAnnotate, refresh } from "./annotate.js";
import { setVocabulary } from "./labels.js";
import { renderLegend } from "./legend.js";
import { renderPanel } from "./panel.js";
import { closeMenu } from "./menu.js";
import { initMarks, jumpTo, ensureTabStop, refocusShown, clearLit } from "./marks.js";
import { initTooltip, hideTooltip } from "./tooltip.js";
import { initCorrections, reanchor, dropCorrection, openEntityMenuFor, reportCorrection } from "./corrections.js";
import { initHistory } from "./history.js";
import { initEditor } from "./editor.js";
import { openView } from "./article.js";
import { initDialog } from "./dialog.js";
import { initDrawer } from "./drawer.js";
import { initPersist, loadSaved, ownsFragment, changed } from "./persist.js";
import { initShare, offerShare, openFragment } from "./share.js";
import { initFiles } from "./files.js";
import { initDownloads, offerDownloads } from "./downloads.js";
import { state, ui, articleText, setStatus } from "./state.js";
import { formatCount } from "./dom.js";

initAnnotate({
  reanchor,
  beforeShow: () => { hideTooltip(); closeMenu(ui.menu); clearLit(); },
  shown: (result) => { renderLegend(result); ensureTabStop(); },
  fillPanel: (text, result, corrections, options) => renderPanel(ui.panel, text, result, jumpTo, {
    corrections, onDropCorrection: dropCorrection, onEditEntity: state.features.has("checkCorrection") ? openEntityMenuFor : null, ...options,
  }),
  done: (result) => { refocusShown(); reportCorrection(result); changed(); },
});
initMarks();
initTooltip();
initCorrections();
initHistory();
initEditor();
initDialog();
initDrawer();
initPersist();
initShare();
initFiles();
initDownloads();

const plural = (n, one) => `${formatCount(n)} ${one}${n === 1 ? "" : "s"}`;

function ago(ms) {
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 90) return "moments ago";
  if (s < 90 * 60) return `${Math.round(s / 60)} minutes ago`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} hours ago`;
  return `on ${new Date(ms).toLocaleDateString("en", { day: "numeric", month: "long", year: "numeric" })}`;
}

/** Brings back the saved view, if there is one with something in it; resolves true if so. */
async function restoreSaved(saved) {
  const { view } = saved ?? {};
  if (!view || !(view.text || view.corrections?.length)) return false;
  if (articleText()) return false; // the reader has started on something else meanwhile
  const n = Array.isArray(view.corrections) ? view.corrections.length : 0;
  await openView({ ...view, anchoredText: saved.anchoredText }, `Your article is back as you left it ${ago(saved.savedAt)}${n ? `, with ${plural(n, "correction")}` : ""}. “Start over” forgets it.`, { dirty: true });
  return true;
}

async function start() {
  let info;
  try {
    info = await core.hello;
  } catch (e) {
    setStatus(`The annotator could not start: ${e.message}. Reload the page to try again.`, "error");
    return;
  }
  setVocabulary(info.labels);
  state.features = new Set(info.features);
  state.shareLinkMax = info.shareLinkMax;
  offerShare();
  offerDownloads();
  performance.mark("newsmark:ready");
  document.documentElement.dataset.ready = "true";
  document.documentElement.dataset.features = [...state.features].join(" ");
  // A link opened (a fragment this tab did not write) wins; otherwise the view this tab saved (its
  // fragment may be older than its last save), else the last view saved by any tab.
  const fragment = location.hash.slice(1);
  let shown = false;
  if (fragment && !ownsFragment(fragment)) shown = await openFragment(fragment);
  else {
    shown = await restoreSaved(await loadSaved());
    if (!shown && fragment) shown = await openFragment(fragment);
  }
  if (!shown) {
    if (!fragment) setStatus("Ready.");
    if (articleText()) refresh();
  }
}
start();
