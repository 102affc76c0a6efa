// View files: the view a link carries, as JSON (`{"v":1,"text",…}`, docs/VIEW-API.md), for
// articles too long for a link, or to keep. *Open view file…* reads one back, or a JSON export
// (which carries its text and view); the core checks it first (as it would a link's), so a bad
// file cannot leave the page in a broken state. Saving is a download (downloads.js).
import { core } from "./core.js";
import { openView, mayReplace } from "./article.js";
import { noteViewVersion } from "./share.js";
import { $, state, setStatus, formatSize } from "./state.js";

const MAX_VIEW_FILE_BYTES = 20_000_000;

/** Throws a reader's message unless `view` has the shape of docs/VIEW-API.md. */
function checkViewShape(view) {
  const rd = view.reference_date;
  const day = typeof rd === "string" ? rd.slice(0, 10) : "";
  if (rd != null && !(typeof rd === "string" && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?$/.test(rd) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)))) {
    throw new Error("its reference date is not a date in the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM)");
  }
  if (view.hidden != null && !(Array.isArray(view.hidden) && view.hidden.every((l) => typeof l === "string"))) throw new Error("its hidden labels are not a list of labels");
  if (view.corrections == null) return;
  if (!Array.isArray(view.corrections)) throw new Error("its corrections are not a list");
  for (const c of view.corrections) {
    const ok = c && typeof c === "object" && ["add", "remove", "relabel"].includes(c.op) && ["entity", "date", "quote"].includes(c.kind)
      && Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end >= c.start && typeof c.text === "string"
      && ["label", "value", "speaker"].every((k) => c[k] == null || typeof c[k] === "string");
    if (!ok) throw new Error("one of its corrections is not a valid correction");
  }
}

/** The view in a file's text, checked by the core (a view file or a JSON export), or by the page
 *  and a trip through the link format with an older core (view files only). */
async function viewOf(file) {
  const content = await file.text();
  if (state.features.has("openViewFile")) return core.call("openViewFile", content);
  let view;
  try { view = JSON.parse(content); } catch { throw new Error("it is not a newsmark view file (not JSON)"); }
  if (!view || typeof view !== "object" || typeof view.text !== "string") throw new Error("it is not a newsmark view file (no text)");
  if (view.v !== undefined && view.v !== 1) throw new Error(`it was made by a newer newsmark (version ${String(view.v).slice(0, 12)}); update newsmark to open it`);
  checkViewShape(view);
  // Through the core's link format and back: the same checks a link gets, the same view
  // (links stop at a few MB; beyond that the shape check above and the core's own checks on
  // annotating must do).
  if (view.text.length < 2_000_000 && state.features.has("encodeShare") && state.features.has("decodeShare")) {
    view = await core.call("decodeShare", await core.call("encodeShare", view));
  }
  return view;
}

async function openViewFile(file) {
  let view;
  try {
    if (file.size > MAX_VIEW_FILE_BYTES) throw new Error(`it is ${formatSize(file.size)}, more than newsmark reads`);
    view = await viewOf(file);
  } catch (e) {
    const why = e.message.replace(/^this file /, "it ").replace(/\bthis share link\b/g, "it").replace(/; ask for the link again$/, "");
    setStatus(`This file could not be opened: ${why}`, "error");
    return;
  }
  if (!(await mayReplace(`The article of ${file.name}`))) return setStatus(`${file.name} was not opened: your article stays.`, "notice");
  const n = Array.isArray(view.corrections) ? view.corrections.length : 0;
  await openView(view, `Opened ${file.name}${n ? ` with ${n} correction${n === 1 ? "" : "s"}` : ""}.`);
  await noteViewVersion(view);
}

export function initFiles() {
  const input = $("#view-file");
  $("#open-view").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) openViewFile(file);
  });
}
