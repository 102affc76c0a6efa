// The saved views' store in IndexedDB, shared by the page (persist.js reads it at load) and the
// worker (which writes it: the text it has just annotated is already there, so a megabyte is never
// copied on the page's thread to be saved). No DOM here.
//
// Records: {id: <tab's session id>, savedAt, view: {v, text, reference_date, hidden, corrections},
// anchoredText?} and {id: "last", session} pointing at the record saved last.

export const LAST = "last";
const DB_NAME = "newsmark", STORE = "views";

/** The database, or null where storage is refused (a private window, a file: page). */
export function openStore() {
  return new Promise((resolve) => {
    try {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: "id" });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(null);
      open.onblocked = () => resolve(null);
    } catch { resolve(null); }
  });
}

const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });

/** Writes `records` in one transaction; resolves true once it is committed. */
export async function putViews(db, ...records) {
  if (!db) return false;
  const tx = db.transaction(STORE, "readwrite");
  const s = tx.objectStore(STORE);
  for (const r of records) s.put(r);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return true;
}

/** The record `id`, or undefined. */
export async function getView(db, id) {
  if (!db) return undefined;
  return request(db.transaction(STORE, "readonly").objectStore(STORE).get(id));
}

/** Keeps the `keep` newest records besides `session`'s (other tabs' views), deletes the rest. */
export async function pruneViews(db, session, keep) {
  if (!db) return;
  const s = db.transaction(STORE, "readwrite").objectStore(STORE);
  const all = (await request(s.getAll())).filter((r) => r.id !== LAST && r.id !== session).sort((a, b) => b.savedAt - a.savedAt);
  for (const r of all.slice(keep)) s.delete(r.id);
}
