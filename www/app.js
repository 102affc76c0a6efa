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
import { initMarks, jumpTo } from "./marks.js";
import { initTooltip, hideTooltip } from "./tooltip.js";
import { initCorrections, reanchor, refocusCorrected, dropCorrection } from "./corrections.js";
import { initEditor } from "./editor.js";
import { initShare, offerShare, openFragment } from "./share.js";
import { initFiles } from "./files.js";
import { initDownloads, offerDownloads } from "./downloads.js";
import { state, ui, setStatus } from "./state.js";

initAnnotate({
  reanchor,
  beforeShow: () => { hideTooltip(); closeMenu(ui.menu); },
  shown: renderLegend,
  fillPanel: (text, result, corrections) => renderPanel(ui.panel, text, result, jumpTo, { corrections, onDropCorrection: dropCorrection }),
  done: refocusCorrected,
});
initMarks();
initTooltip();
initCorrections();
initEditor();
initShare();
initFiles();
initDownloads();

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
  const opened = location.hash.length > 1 && (await openFragment(location.hash.slice(1)));
  if (!opened) {
    if (!(location.hash.length > 1)) setStatus("Ready.");
    if (ui.input.value) refresh();
  }
}
start();
