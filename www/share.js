// Share links: the whole view (text, reference date, hidden labels, corrections) packed by the
// core into the URL's fragment, so the article travels inside the link and never through a
// server. *Share link* makes one (or, for too long a text, points to the file downloads);
// opening a link, or changing the fragment of an open page, shows its view. A damaged, foreign
// or newer link says what is wrong in the status line; one opened over the reader's own work asks
// first (article.js). The page keeps its own fragment current as the reader works (persist.js).
import { core } from "./core.js";
import { settle } from "./annotate.js";
import { openView, mayReplace } from "./article.js";
import { adoptFragment, restoreOwnFragment } from "./persist.js";
import { $, state, ui, currentView, setStatus } from "./state.js";

async function share() {
  if (!state.features.has("encodeShare")) return setStatus("This build of newsmark cannot make share links yet; use a download below.", "error");
  await settle();
  let fragment;
  try {
    fragment = await core.call("encodeShare", currentView(state.text));
  } catch (e) {
    return setStatus(`Could not make a link: ${e.message}`, "error");
  }
  const { shareLink } = ui, max = state.shareLinkMax;
  if (max != null && fragment.length > max) {
    shareLink.value = "";
    setStatus(`This article is too long for a practical link (${fragment.length.toLocaleString("en")} characters, the limit is ${max.toLocaleString("en")}). Send it as a file instead: the HTML download opens in any browser; the view file reopens here, corrections and all.`, "notice");
    $('button[data-export="view"]').classList.add("suggested");
    const html = $('button[data-export="html"]');
    html.classList.add("suggested");
    html.focus();
    return;
  }
  const url = `${location.origin}${location.pathname}#${fragment}`;
  shareLink.value = url;
  shareLink.select();
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(url);
    setStatus(`Link copied to the clipboard (${url.length.toLocaleString("en")} characters). The article travels inside the link, not through any server.`, "notice");
  } catch {
    setStatus("Link ready in the box beside the button: copy it from there (the clipboard is not available here).", "notice");
  }
}

/**
 * Opens the view in a link's fragment (without `#`); resolves false if there is none to open.
 * `ask`: the link comes while the page shows an article, which it may replace only if the reader
 * agrees (else the page's own fragment is put back).
 */
export async function openFragment(fragment, { ask = false } = {}) {
  if (!fragment) return false;
  if (!state.features.has("decodeShare")) {
    setStatus("This build of newsmark cannot open share links yet.", "error");
    return false;
  }
  let shared;
  try {
    shared = await core.call("decodeShare", fragment);
    if (!shared || typeof shared.text !== "string") throw new Error("the link holds no article");
  } catch (e) {
    setStatus(`This link could not be opened: ${e.message}`, "error");
    return false;
  }
  if (ask && !(await mayReplace("The article of the link"))) {
    restoreOwnFragment();
    setStatus("The link was not opened: your article stays.", "notice");
    return false;
  }
  const n = Array.isArray(shared.corrections) ? shared.corrections.length : 0;
  adoptFragment(fragment);
  await openView(shared, `Opened a shared view${n ? ` with ${n} correction${n === 1 ? "" : "s"}` : ""}.`);
  await noteViewVersion(shared);
  return true;
}

/**
 * After a view from a link or a file is shown: if its marks differ from the ones this newsmark
 * finds (the link or file carries a fingerprint of its writer's, issue 18), the status line says
 * so, and names a newer newsmark that made it. The view was just annotated, so the core answers
 * at once.
 */
export async function noteViewVersion(view) {
  if (!state.features.has("viewStatus") || !(view.newsmark || view.marks)) return;
  let st;
  try { st = await core.call("viewStatus", view); } catch { return; }
  if (!st?.marksChanged && !st?.newer) return;
  const made = st.madeBy ? `newsmark ${st.madeBy}` : "another newsmark";
  const note = st.marksChanged
    ? st.newer
      ? ` It was made by ${made}, newer than this page's ${st.current}, and its marks differ from the ones shown here: this page annotates the article afresh, with the corrections on top. A newer newsmark would show it as its sender saw it.`
      : ` Its marks differ from the ones its sender saw (${made}): this newsmark (${st.current}) annotates the article afresh, with the corrections on top.`
    : ` It was made by ${made}, newer than this page's ${st.current}; its marks are the same here.`;
  setStatus(`${ui.status.textContent}${note}`, "notice");
}


export function initShare() {
  ui.shareButton.addEventListener("click", share);
  ui.shareLink.addEventListener("focus", () => ui.shareLink.select());
  window.addEventListener("hashchange", () => {
    const fragment = location.hash.slice(1);
    if (fragment) openFragment(fragment, { ask: true });
  });
}

/** Share links need the core's encodeShare; without it the button says so. */
export function offerShare() {
  ui.shareButton.disabled = !state.features.has("encodeShare");
  if (ui.shareButton.disabled) ui.shareButton.title = "Not available in this build of newsmark";
}
