// newsmark for browsers, Web Workers and bundlers (Vite, webpack, Rollup, esbuild…): fetches the
// WebAssembly next to this file (`new URL(…, import.meta.url)`, which bundlers turn into an asset)
// and compiles it before the exports are used (top-level await). Node gets node.js instead
// (package.json "exports": the "node" condition).
import init from "./wasm/newsmark.js";

await init({ module_or_path: new URL("./wasm/newsmark_bg.wasm", import.meta.url) });

export * from "./api.js";
