// `make extension`: builds the browser extension from extension/src, the core in www/pkg (made by
// `make wasm`) and the page's own modules in www/, into
//   dist/extension/       what ships: the permissions of extension/manifest.json, nothing more
//   dist/extension-test/  the same files, plus host_permissions for http://127.0.0.1/* only, so
//                         the end-to-end tests can run it without the click that grants activeTab
// Offline and idempotent: everything comes from the working tree and node_modules; both folders
// are removed and made anew, and the same sources give the same bytes.
//
// Dependencies (package.json): esbuild bundles the content script (MV3 content scripts cannot be
// ES modules, and @mozilla/readability is CommonJS) and the service worker; @mozilla/readability
// finds the article.
import { build } from "esbuild";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { paletteFromCss } from "./palette.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "extension");
const www = path.join(root, "www");
const out = path.join(root, "dist/extension");
const outTest = path.join(root, "dist/extension-test");
const TEST_HOSTS = ["http://127.0.0.1/*"];

const fail = (message) => { console.error(`make extension: ${message}`); process.exit(1); };
for (const f of ["pkg/newsmark.js", "pkg/newsmark_bg.wasm", "style.css", "panel.js", "render.js", "dom.js"]) {
  if (!existsSync(path.join(www, f))) fail(`www/${f} is missing (run make wasm first)`);
}

// ---- The page's palette, from www/style.css -----------------------------------------------------
// The marks drawn into a publisher's page take the newsmark page's colours: each label's palette
// slot (labels() in the core) → the slot's colour in www/style.css, light and dark. A core whose
// labels() carries hex colours of its own (`light`/`dark`) is preferred at run time (colours.js).
const css = readFileSync(path.join(www, "style.css"), "utf8");
const palette = paletteFromCss(css);
if (!palette) fail("could not read the palette from www/style.css");

// The page's stylesheet, for the extension's panel in its shadow root (`:root` → `:host`).
// rem → px: in the shadow root, rem would be the publisher's root font size.
const shadowCss = `${css.replaceAll(":root", ":host")}\n${readFileSync(path.join(src, "src/ui.css"), "utf8")}`
  .replace(/(\d*\.?\d+)rem\b/g, (_, n) => `${Number((Number(n) * 16).toFixed(2))}px`);

// ---- Bundles ------------------------------------------------------------------------------------
// www/panel.js and www/render.js import ./labels.js, which styles the *page's* document; in the
// extension that document is the publisher's, so they get extension/src/vocabulary.js instead:
// the same functions, without the styling.
const vocabularyShim = {
  name: "vocabulary-shim",
  setup(b) {
    b.onResolve({ filter: /^\.\/labels\.js$/ }, (args) =>
      path.resolve(args.resolveDir) === www ? { path: path.join(src, "src/vocabulary.js") } : undefined);
  },
};
const version = readFileSync(path.join(root, "Cargo.toml"), "utf8").match(/^version\s*=\s*"([^"]+)"/m)?.[1] ?? "0.0.0";
const common = {
  bundle: true, write: false, charset: "utf8", legalComments: "inline", target: "chrome111",
  logLevel: "warning", plugins: [vocabularyShim],
  define: { __PALETTE__: JSON.stringify(palette), __SHADOW_CSS__: JSON.stringify(shadowCss), __VERSION__: JSON.stringify(version) },
};
const [content, background, options] = await Promise.all([
  build({ ...common, entryPoints: [path.join(src, "src/content.js")], format: "iife" }),
  build({ ...common, entryPoints: [path.join(src, "src/background.js")], format: "esm" }),
  build({ ...common, entryPoints: [path.join(src, "src/options.js")], format: "iife" }),
]);

// ---- Icons: a rounded square in the page's blue with an underline in its orange (PNG) ------------
function png(size) {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const blue = hex(palette.light.blue ?? "#0072b2"), orange = hex(palette.light.orange ?? "#e69f00");
  const rows = [];
  const r = size * 0.2, pad = Math.max(1, Math.round(size / 16));
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      // inside the rounded square?
      const cx = Math.min(Math.max(x + 0.5, pad + r), size - pad - r), cy = Math.min(Math.max(y + 0.5, pad + r), size - pad - r);
      const inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r && x >= pad && y >= pad && x < size - pad && y < size - pad;
      const bar = y >= size * 0.62 && y < size * 0.76 && x >= size * 0.22 && x < size * 0.78;
      const stem = (x >= size * 0.3 && x < size * 0.42 || x >= size * 0.58 && x < size * 0.7) && y >= size * 0.28 && y < size * 0.58
        || y >= size * 0.28 && y < size * 0.38 && x >= size * 0.3 && x < size * 0.7;
      const rgb = !inside ? null : bar ? orange : stem ? [255, 255, 255] : blue;
      row.push(...(rgb ? [...rgb, 255] : [0, 0, 0, 0]));
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// ---- Write --------------------------------------------------------------------------------------
rmSync(out, { recursive: true, force: true });
rmSync(outTest, { recursive: true, force: true });
mkdirSync(path.join(out, "icons"), { recursive: true });

const manifest = JSON.parse(readFileSync(path.join(src, "manifest.json"), "utf8"));
manifest.version = version;
writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(path.join(out, "content.js"), content.outputFiles[0].contents);
writeFileSync(path.join(out, "background.js"), background.outputFiles[0].contents);
writeFileSync(path.join(out, "options.js"), options.outputFiles[0].contents);
cpSync(path.join(src, "src/options.html"), path.join(out, "options.html"));
for (const size of [16, 32, 48, 128]) writeFileSync(path.join(out, `icons/${size}.png`), png(size));

// The newsmark page the extension ships (its "Open in newsmark" target): www/ as served, with the
// core; the service worker loads the same wasm file.
// Everything in www/ but dot files and, of pkg/, the module, its wasm and the snippets it imports
// (wasm-bindgen's `inline_js`: the result builder of src/wasm.rs), not its README, types or
// package.json.
const page = path.join(out, "page");
const PKG = new Set(["pkg", "pkg/newsmark.js", "pkg/newsmark_bg.wasm"]);
const inPkg = (rel) => PKG.has(rel) || rel === "pkg/snippets" || rel.startsWith("pkg/snippets/");
cpSync(www, page, {
  recursive: true,
  filter: (from) => {
    const rel = path.relative(www, from).split(path.sep).join("/");
    return rel === "" || (!rel.split("/").some((part) => part.startsWith(".")) && (!(rel === "pkg" || rel.startsWith("pkg/")) || inPkg(rel)));
  },
});

// The test build: the same files, plus the host permission the tests need instead of a click.
cpSync(out, outTest, { recursive: true });
writeFileSync(path.join(outTest, "manifest.json"), `${JSON.stringify({ ...manifest, host_permissions: TEST_HOSTS }, null, 2)}\n`);

const size = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
  .reduce((n, d) => n + readFileSync(path.join(d.parentPath ?? d.path, d.name)).length, 0);
console.log(`make extension: dist/extension (${Math.round(size(out) / 1024)} KB, version ${version}) and dist/extension-test`);
