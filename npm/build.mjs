// `make package`: stages the npm package in target/npm/newsmark from npm/ (entries, types,
// README, manifest) and the release wasm build (www/pkg: `make wasm`), sets its version to the
// crate's (Cargo.toml), and packs it with `npm pack` into dist/newsmark-<version>.tgz.
//   node npm/build.mjs [WASM_DIR]      prints the tarball's path
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const wasmDir = resolve(root, process.argv[2] ?? "www/pkg");
const stage = join(root, "target", "npm", "newsmark");
const dist = join(root, "dist");

const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(cargo)?.[1];
if (!version) throw new Error("no [package] version in Cargo.toml");

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, "wasm"), { recursive: true });
for (const f of ["index.js", "node.js", "api.js", "index.d.ts", "README.md"]) copyFileSync(join(here, f), join(stage, f));
for (const f of ["newsmark.js", "newsmark_bg.wasm"]) {
  try {
    copyFileSync(join(wasmDir, f), join(stage, "wasm", f));
  } catch (e) {
    throw new Error(`${join(wasmDir, f)} is missing: run \`make wasm\` first (${e.code})`);
  }
}
// The JS that wasm-bindgen's `inline_js` puts beside the glue (src/wasm.rs: the result builder),
// which newsmark.js imports.
if (existsSync(join(wasmDir, "snippets"))) cpSync(join(wasmDir, "snippets"), join(stage, "wasm", "snippets"), { recursive: true });
const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
manifest.version = version;
writeFileSync(join(stage, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

mkdirSync(dist, { recursive: true });
const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dist], { cwd: stage, encoding: "utf8" });
const [{ filename, size, unpackedSize, files }] = JSON.parse(out);
console.error(`npm/build.mjs: ${files.length} files, ${(size / 1024).toFixed(0)} KB packed, ${(unpackedSize / 1024).toFixed(0)} KB unpacked`);
console.log(join(dist, filename));
