// A page that tries to see into the extension, forge its answers and turn its text into markup.
window.__hostile = { stolenRoots: 0, shadowRootsSeen: [], addedHosts: 0, syntheticHovers: 0, runtime: null, events: [] };
const h = window.__hostile;

// 1. Patch the DOM the way an extension's code would use it (the isolated world never sees this).
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { h.stolenRoots += 1; return attach.call(this, { ...init, mode: "open" }); };
const parse = JSON.parse;
JSON.parse = function (s, ...rest) { h.events.push("JSON.parse"); return parse.call(this, s, ...rest); };
const create = Document.prototype.createElement;
Document.prototype.createElement = function (tag, ...rest) { h.events.push(`createElement:${tag}`); return create.call(this, tag, ...rest); };

// 2. A forged controller in the page's world.
window.__newsmark = Object.freeze({ begin: () => ({ state: "marked", text: "forged" }), inspect: () => ({ phase: "forged" }) });

// 3. What the page can reach of the extension.
h.runtime = typeof globalThis.chrome?.runtime?.sendMessage;

// 4. Watch everything that is added; poke at the extension's host and marks.
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType !== 1) continue;
    if (n.matches("div[data-newsmark-ui]")) {
      h.addedHosts += 1;
      h.shadowRootsSeen.push(String(n.shadowRoot));
      try { n.dispatchEvent(new MouseEvent("click", { bubbles: true })); } catch { /* nothing */ }
    }
    for (const m of n.matches("mark[data-newsmark]") ? [n] : n.querySelectorAll?.("mark[data-newsmark]") ?? []) {
      if (m.id === "fake-mark") continue;
      m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      h.syntheticHovers += 1;
    }
  }
}).observe(document, { childList: true, subtree: true });

// 5. Stop the events the extension's hover cards listen to (in the bubbling phase only: the
//    extension listens in the capture phase on document, before this).
document.addEventListener("keydown", (e) => h.events.push(`key:${e.key}`));
