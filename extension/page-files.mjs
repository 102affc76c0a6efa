// The files the newsmark page loads, found from its index.html: the stylesheet, scripts and
// preloads it names, then every relative import of those modules (static, dynamic,
// `new URL("…", import.meta.url)` for the worker and the wasm, `fetch("…")` for the example),
// and of theirs. wasm-bindgen's glue (pkg/newsmark.js) imports JS snippets of its own
// (pkg/snippets/…): a copy of the page without them starts, but its worker cannot load the core.
// Used by extension/build.mjs (which files of www/pkg to ship, and a check that nothing is
// missing) and tests/extension/manifest.test.js (the same check on the built copy).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const RELATIVE = /^\.{0,2}\/|^[\w-][\w.-]*(\/[\w.-]+)*$/; // "./x", "../x", "x.js", "pkg/x.wasm"; not "data:", "https:", "#…"
const fromHtml = (html) => [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
const fromJs = (js) => [
  ...js.matchAll(/\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g),
  ...js.matchAll(/\bimport\s*\(?\s*["']([^"']+)["']/g),
  ...js.matchAll(/\bnew URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g),
  ...js.matchAll(/\bfetch\(\s*["']([^"']+)["']/g),
].map((m) => m[1]);

/**
 * The page in `dir` (its index.html and what that loads, transitively): {files, missing}, paths
 * relative to `dir` with "/" separators; `missing` are files something loads that are not there.
 */
export function pageFiles(dir) {
  const files = new Set(), missing = new Set();
  const visit = (rel, from) => {
    if (files.has(rel) || missing.has(rel)) return;
    const full = path.join(dir, rel);
    if (!existsSync(full)) { missing.add(`${rel} (loaded by ${from})`); return; }
    files.add(rel);
    const refs = rel.endsWith(".html") ? fromHtml(readFileSync(full, "utf8"))
      : rel.endsWith(".js") || rel.endsWith(".mjs") ? fromJs(readFileSync(full, "utf8")) : [];
    for (const ref of refs) {
      const clean = ref.split(/[?#]/)[0];
      if (!clean || !RELATIVE.test(clean)) continue;
      visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), clean)), rel);
    }
  };
  visit("index.html", "the page");
  return { files: [...files].sort(), missing: [...missing].sort() };
}
