// newsmark for Node (and Bun): reads the WebAssembly next to this file and compiles it
// synchronously on import, so there is nothing to await. Browsers and bundlers get index.js.
import { readFileSync } from "node:fs";
import { initSync } from "./wasm/newsmark.js";

initSync({ module: readFileSync(new URL("./wasm/newsmark_bg.wasm", import.meta.url)) });

export * from "./api.js";
