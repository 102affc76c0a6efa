// The package's API, the same for every entry point (index.js for browsers and bundlers, node.js
// for Node): what the wasm glue exports, less its initialisers, which the entry points call.
export {
  annotate,
  annotateView,
  decodeShare,
  encodeShare,
  exportView,
  labels,
  modelVersion,
  reanchorCorrections,
  shareLinkMax,
  version,
} from "./wasm/newsmark.js";
