// What the service worker accepts from content scripts, and from the content script's answers.
// Everything that crosses is checked here: its shape, its sizes, its vocabulary. Anything else
// is refused (and, from a tab, ignored). Pure functions, tested in tests/extension/messages.test.js.

export const FORMATS = {
  html: [{ format: "html", name: "newsmark.html", type: "text/html" }],
  json: [{ format: "json", name: "newsmark.json", type: "application/json" }],
  w3c: [{ format: "w3c", name: "newsmark.w3c.jsonld", type: "application/ld+json" }],
  brat: [{ format: "brat", name: "newsmark.ann", type: "text/plain" }, { format: "brat-txt", name: "newsmark.txt", type: "text/plain" }],
  displacy: [{ format: "displacy", name: "newsmark.displacy.json", type: "application/json" }],
};
export const TEXT_MAX = 16 * 1024 * 1024; // the core's limit, in UTF-16 units (UTF-8 is checked by the core)
const LABEL = /^[A-Za-z0-9_-]{1,32}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TOKEN = /^[0-9a-f-]{36}$/;

const plain = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const onlyKeys = (v, keys) => Object.keys(v).every((k) => keys.includes(k));

/** A view as the content script sends it (no corrections: the extension makes none), or null. */
export function checkView(v) {
  if (!plain(v) || !onlyKeys(v, ["v", "text", "reference_date", "hidden", "corrections"])) return null;
  if (v.v !== 1 || typeof v.text !== "string" || !v.text.length || v.text.length > TEXT_MAX) return null;
  if (!(v.reference_date === null || v.reference_date === undefined || (typeof v.reference_date === "string" && DATE.test(v.reference_date)))) return null;
  if (!Array.isArray(v.hidden) || v.hidden.length > 64 || !v.hidden.every((l) => typeof l === "string" && LABEL.test(l))) return null;
  if (!Array.isArray(v.corrections) || v.corrections.length) return null;
  return { v: 1, text: v.text, reference_date: v.reference_date ?? null, hidden: [...v.hidden], corrections: [] };
}

/**
 * A request from a content script: {op: "export", format, view} | {op: "open", target, view} |
 * {op: "cleared", scheme}, from this extension's script in a tab's top frame. Else null.
 */
export function checkRequest(msg, sender, extensionId) {
  if (!sender || sender.id !== extensionId || !Number.isInteger(sender.tab?.id) || sender.frameId !== 0) return null;
  if (!plain(msg) || typeof msg.op !== "string") return null;
  if (msg.op === "cleared") return onlyKeys(msg, ["op", "scheme"]) && ["light", "dark"].includes(msg.scheme) ? { op: "cleared", scheme: msg.scheme } : null;
  if (msg.op === "export") {
    const view = checkView(msg.view);
    return onlyKeys(msg, ["op", "format", "view"]) && Object.hasOwn(FORMATS, msg.format) && view ? { op: "export", format: msg.format, view } : null;
  }
  if (msg.op === "open") {
    const view = checkView(msg.view);
    return onlyKeys(msg, ["op", "target", "view"]) && ["extension", "served"].includes(msg.target) && view ? { op: "open", target: msg.target, view } : null;
  }
  return null;
}

/** The content script's answer to begin(), checked; anything else becomes an error. */
export function checkBegun(answer) {
  if (!plain(answer)) return { state: "error", message: "the page did not answer (it may still be loading, or it cannot be marked)" };
  if (answer.state === "cleared") return { state: "cleared", scheme: answer.scheme === "dark" ? "dark" : "light" };
  if (answer.state === "no-article") return { state: "no-article", message: typeof answer.message === "string" ? answer.message.slice(0, 500) : "no article" };
  if (answer.state === "extracted" && typeof answer.token === "string" && TOKEN.test(answer.token)
    && typeof answer.text === "string" && answer.text.length > 0 && answer.text.length <= TEXT_MAX
    && (answer.referenceDate === null || (typeof answer.referenceDate === "string" && DATE.test(answer.referenceDate)))) {
    return { state: "extracted", token: answer.token, text: answer.text, referenceDate: answer.referenceDate,
      referenceSource: typeof answer.referenceSource === "string" ? answer.referenceSource.slice(0, 100) : null,
      scheme: answer.scheme === "dark" ? "dark" : "light" };
  }
  return { state: "error", message: "the page's answer was not understood" };
}

/**
 * The served newsmark page the reader set in the options: an http(s) address without
 * credentials, its fragment dropped. "" when unset or not such an address.
 */
export function checkServedPage(value) {
  if (typeof value !== "string" || !value.trim() || value.length > 2000) return "";
  let url;
  try { url = new URL(value.trim()); } catch { return ""; }
  if (!["http:", "https:"].includes(url.protocol) || url.username || url.password) return "";
  url.hash = "";
  return url.href;
}
