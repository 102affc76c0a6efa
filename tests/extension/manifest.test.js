// The shipping build's permissions and CSP, exactly; the test build differs by its host
// permission alone; the extension's own code never turns text into markup and never fetches.
// Needs `make extension` (dist/extension, dist/extension-test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { root, SHIPPING_BUILD, TEST_BUILD, needBuild } from "./harness.js";

needBuild();
const manifestOf = (dir) => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
const filesOf = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
  .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name))).sort();

test("the shipping manifest: MV3, activeTab + scripting + storage, no host access, the CSP", () => {
  const m = manifestOf(SHIPPING_BUILD);
  assert.deepEqual(Object.keys(m).sort(), ["action", "background", "commands", "content_security_policy", "description",
    "icons", "manifest_version", "minimum_chrome_version", "name", "options_ui", "permissions", "version"]);
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.permissions, ["activeTab", "scripting", "storage"]);
  // Nothing that grants or asks for access to sites, exposes files to them, or lets them talk in.
  for (const key of ["host_permissions", "optional_permissions", "optional_host_permissions", "content_scripts",
    "web_accessible_resources", "externally_connectable", "sandbox", "update_url", "key"]) assert.equal(m[key], undefined, key);
  assert.deepEqual(m.content_security_policy, { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" });
  assert.deepEqual(m.background, { service_worker: "background.js", type: "module" });
  assert.deepEqual(Object.keys(m.commands), ["_execute_action"]);
  assert.ok(m.commands._execute_action.suggested_key.default);
  assert.match(m.version, /^\d+\.\d+\.\d+$/);
  // Every file it names is there.
  for (const f of [m.background.service_worker, m.options_ui.page, ...Object.values(m.icons), ...Object.values(m.action.default_icon)]) {
    assert.ok(existsSync(path.join(SHIPPING_BUILD, f)), f);
  }
  for (const f of ["content.js", "page/index.html", "page/pkg/newsmark.js", "page/pkg/newsmark_bg.wasm"]) assert.ok(existsSync(path.join(SHIPPING_BUILD, f)), f);
});

test("the test build is the shipping build plus host_permissions for 127.0.0.1, nothing else", () => {
  assert.deepEqual(manifestOf(TEST_BUILD), { ...manifestOf(SHIPPING_BUILD), host_permissions: ["http://127.0.0.1/*"] });
  const files = filesOf(SHIPPING_BUILD);
  assert.deepEqual(filesOf(TEST_BUILD), files);
  for (const f of files) {
    if (f === "manifest.json") continue;
    assert.ok(readFileSync(path.join(TEST_BUILD, f)).equals(readFileSync(path.join(SHIPPING_BUILD, f))), f);
  }
});

test("the extension's code makes no markup from text and no request", () => {
  const dir = path.join(root, "extension/src");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    const code = readFileSync(path.join(dir, f), "utf8").replace(/^\s*\/\/.*$/gm, "");
    for (const bad of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "createContextualFragment", "DOMParser",
      "eval(", "new Function", "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "importScripts"]) {
      assert.ok(!code.includes(bad), `${f} uses ${bad}`);
    }
  }
  // The bundles: the only fetch is wasm-bindgen's, of the extension's own wasm file.
  const background = readFileSync(path.join(SHIPPING_BUILD, "background.js"), "utf8");
  assert.equal(background.split("fetch(").length - 1, 1);
  assert.ok(background.includes('chrome.runtime.getURL("page/pkg/newsmark_bg.wasm")'));
  const content = readFileSync(path.join(SHIPPING_BUILD, "content.js"), "utf8");
  for (const bad of ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "eval(", "new Function"]) assert.ok(!content.includes(bad), bad);
});
