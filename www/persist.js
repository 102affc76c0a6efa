// Never lose a reader's work: the view (text, reference date, hidden labels, corrections) is saved
// as the reader works, a moment after each change is shown.
// - The URL's fragment is kept current (history.replaceState: no new history entry) while the view
//   fits in a link (`shareLinkMax()`), so a reload, a bookmark or the address bar carry it; for a
//   longer text the fragment is cleared, so an old link in the address bar cannot win over it.
// - IndexedDB keeps the view whatever its size (saved.js): one record per tab (its id lives in
//   sessionStorage, which survives a reload), and a pointer to the last one saved, which a new tab
//   brings back. The worker writes it, with the text it has just annotated, so a megabyte is not
//   copied on the page's thread; as the page goes away, a save still waiting is written to
//   sessionStorage at once.
// On load (app.js): a fragment this tab did not write (a link opened) wins; otherwise the tab's own
// saved view, else the last one saved, comes back with a notice. *Start over* forgets it.
// html[data-save] says where saving is: "pending", "saved", or "off" where nothing could be kept.
import { core } from "./core.js";
import { openStore, getView, LAST } from "./saved.js";
import { state, articleText, currentView } from "./state.js";

const SAVE_AFTER_MS = 400;
// A text longer than this is kept out of the fragment whatever its link's length (a repetitive
// megabyte compresses to a short link): changing the page's URL costs the browser time in
// proportion to the page's elements (~100 ms with a megabyte's 25,000 marks, measured), and
// such a text is folded out of its text box anyway.
const LINK_TEXT_MAX = 200_000;
const FLUSH_MAX = 2_000_000;     // sessionStorage holds a few MB at most

const sessionGet = (key) => { try { return sessionStorage.getItem(key); } catch { return null; } };
const sessionSet = (key, value) => {
  try { if (value == null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value); return true; } catch { return false; }
};

const session = (() => {
  let id = sessionGet("newsmark:session");
  if (!id) {
    id = crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    sessionSet("newsmark:session", id);
  }
  return id;
})();

// Opened when the page first looks for a saved view (after the core's hello): not on the way to
// the page's start.
let db = null;

// Whether a fragment is this tab's own (written by it, or the link it opened and went on with).
const ownFragment = () => sessionGet("newsmark:fragment") ?? "";
export const ownsFragment = (fragment) => fragment !== "" && fragment === ownFragment();
/** The fragment in the address bar is the view's own now: a reload keeps to the saved view. */
export const adoptFragment = (fragment) => { sessionSet("newsmark:fragment", fragment); };

/** Puts the page's own fragment back in the address bar (a link the reader declined to open). */
export function restoreOwnFragment() {
  const own = ownFragment();
  history.replaceState(history.state, "", `${location.pathname}${location.search}${own ? `#${own}` : ""}`);
}

const usable = (r) => r && r.view && typeof r.view.text === "string";

/**
 * The view to bring back, or null: the one written as the page went away or this tab's saved
 * one (the newer), else the last one saved by any tab. {view, anchoredText?, savedAt, own}
 */
export async function loadSaved() {
  let flushed = null;
  try { flushed = JSON.parse(sessionGet("newsmark:flush") ?? "null"); } catch { /* damaged: ignore */ }
  let mine, last;
  try {
    const d = await (db ??= openStore());
    mine = await getView(d, session);
    if (!usable(mine) && !usable(flushed)) {
      const pointer = await getView(d, LAST);
      if (pointer?.session) last = await getView(d, pointer.session);
    }
  } catch { /* storage refused: nothing to bring back */ }
  const own = [flushed, mine].filter(usable).sort((a, b) => b.savedAt - a.savedAt)[0];
  if (own) return { ...own, own: true };
  return usable(last) ? { ...last, own: false } : null;
}

let timer = null, generation = 0;
let lastSaved = null; // what the last save held: {text, corrections, referenceDate, hidden}

const sameAsSaved = (view) => lastSaved !== null && view.text === lastSaved.text && view.corrections === lastSaved.corrections
  && view.reference_date === lastSaved.referenceDate && view.hidden.join("\n") === lastSaved.hidden;

const setSaveState = (s) => { document.documentElement.dataset.save = s; };

/** The view changed (and is shown): save it a moment later. */
export function changed() {
  generation++;
  setSaveState("pending");
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    save().catch(() => setSaveState("off"));
  }, SAVE_AFTER_MS);
}

async function save() {
  const gen = generation;
  // Corrections not yet re-anchored to the text on screen: the run that does it saves again.
  const text = articleText();
  if (text !== state.anchoredText || text !== state.text) return;
  const view = currentView(state.text);
  const record = { id: session, savedAt: Date.now(), view: { ...view, text: null } };
  const args = { record, textId: state.textId, link: Boolean(view.text) && state.features.has("encodeShare"), linkTextMax: LINK_TEXT_MAX };
  let answer;
  try {
    answer = await core.call("save", args);
  } catch {
    // The worker no longer has the text (restarted, or a newer text came): send it.
    record.view.text = view.text;
    answer = await core.call("save", args);
  }
  const { stored, fragment } = answer;
  if (stored) lastSaved = { text: view.text, corrections: view.corrections, referenceDate: view.reference_date, hidden: view.hidden.join("\n") };
  if (gen !== generation) return; // a newer change saves itself
  const fits = fragment != null && state.shareLinkMax != null && fragment.length <= state.shareLinkMax;
  const url = `${location.pathname}${location.search}${fits ? `#${fragment}` : ""}`;
  if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(history.state, "", url);
  adoptFragment(fits ? fragment : "");
  sessionSet("newsmark:flush", null);
  setSaveState(stored || fits ? "saved" : "off");
}

/**
 * The text box now holds `length` characters. A text too long for the fragment takes any
 * fragment out of the address bar at once, while the page still shows the shorter text (later,
 * with the long text's marks on the page, changing the URL costs far more).
 */
export function noteTextLength(length) {
  if (length <= LINK_TEXT_MAX || !location.hash) return;
  history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  adoptFragment("");
}

/** The page goes away with changes not saved yet: write them where a reload finds them at once. */
function flush() {
  const text = articleText();
  const view = currentView(text);
  if (sameAsSaved(view) || text.length > FLUSH_MAX) return; // (a longer text: the last save stands)
  if (lastSaved === null && !text && !view.corrections.length) return; // nothing to keep
  const record = { id: session, savedAt: Date.now(), view, ...(state.anchoredText !== text ? { anchoredText: state.anchoredText } : {}) };
  sessionSet("newsmark:flush", JSON.stringify(record));
}

/**
 * Forgets the saved view (the reader starts over): an empty view takes its place, as this tab's
 * and as the last saved, so neither a reload nor a new tab brings the article back.
 */
export async function forgetSaved() {
  clearTimeout(timer);
  timer = null;
  generation++;
  sessionSet("newsmark:flush", null);
  adoptFragment("");
  if (location.hash) history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  const record = { id: session, savedAt: Date.now(), view: { v: 1, text: "", reference_date: null, hidden: [], corrections: [] } };
  try { await core.call("save", { record, link: false }); } catch { /* nothing was saved */ }
  lastSaved = { text: "", corrections: [], referenceDate: null, hidden: "" };
  setSaveState("saved");
}

export function initPersist() {
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") flush(); });
}
