// Downloads: the view as a file in each export format the core writes (HTML, JSON with the text
// and view, W3C annotations, brat `.ann` + `.txt`, displaCy, the quotes by speaker as CSV), or as
// a view file; *Open view file…* reopens a view file or a JSON export (files.js). Each is made from the current view, after the screen has caught up.
import { core } from "./core.js";
import { settle } from "./annotate.js";
import { state, currentView, setStatus } from "./state.js";

const EXPORTS = {
  html: { file: "newsmark.html", type: "text/html" },
  json: { file: "newsmark.json", type: "application/json" },
  w3c: { file: "newsmark.w3c.jsonld", type: "application/ld+json" },
  brat: { file: "newsmark.ann", type: "text/plain" },
  displacy: { file: "newsmark.displacy.json", type: "application/json" },
  csv: { file: "newsmark-quotes.csv", type: "text/csv" },
  view: { file: "newsmark-view.json", type: "application/json" },
};

// The CSV of quotes and the stamped view file come with the core that reopens JSON exports
// (issue 18); `openViewFile` says it is that core.
const FORMATS_OF_ISSUE_18 = new Set(["csv"]);

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function exportAs(format) {
  if (format === "view" && !state.features.has("openViewFile")) {
    // An older core: the view as the page holds it (a newer one stamps it with its version).
    await settle();
    download("newsmark-view.json", `${JSON.stringify(currentView(state.text))}\n`, "application/json");
    return setStatus("Downloaded newsmark-view.json: open it with “Open view file” to see this view again.", "notice");
  }
  if (!state.features.has("exportView")) return setStatus("This build of newsmark cannot export yet.", "error");
  await settle();
  try {
    const v = currentView(state.text);
    const out = await core.call("exportView", v, format);
    const { file, type } = EXPORTS[format];
    download(file, out, type);
    if (format === "brat") {
      // The .txt as brat reads it (line ends made \n), which the .ann's offsets count.
      const txt = await core.call("exportView", v, "brat-txt").catch(() => v.text);
      download("newsmark.txt", txt, "text/plain");
    }
    const why = format === "view" ? ": open it with “Open view file” to see this view again"
      : format === "json" ? " (the result with its text and view: “Open view file” reopens it too)" : "";
    setStatus(`Downloaded ${format === "brat" ? "newsmark.ann and newsmark.txt" : file}${why}.`, "notice");
  } catch (e) {
    setStatus(`Could not export ${format}: ${e.message}`, "error");
  }
}

const buttons = () => document.querySelectorAll("button[data-export]");

export function initDownloads() {
  for (const b of buttons()) b.addEventListener("click", () => exportAs(b.dataset.export));
}

/** The export formats need the core's exportView (the view file does not). */
export function offerDownloads() {
  for (const b of buttons()) {
    if (b.dataset.export === "view") continue;
    b.disabled = !state.features.has("exportView") || (FORMATS_OF_ISSUE_18.has(b.dataset.export) && !state.features.has("openViewFile"));
    if (b.disabled) b.title = "Not available in this build of newsmark";
  }
}
