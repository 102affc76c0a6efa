#!/usr/bin/env bash
# Size experiments for the download (issue 7), written to target/bench/sizes.json:
#   page build   www/pkg as `make wasm` makes it (wasm-pack, opt-level z, wasm-opt -Oz)
#   real LTO     cargo rustc --crate-type cdylib (so `lto = true` applies; wasm-pack ignores it
#                for a cdylib+rlib crate) + wasm-bindgen + wasm-opt -Oz, see ../shared/TOOLCHAIN.md
#   no wasm-opt  the LTO build before wasm-opt
# usage: bench/sizes.sh   (after `make wasm`)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/bench/sizes
mkdir -p "$out"
gz() { gzip -9 -n -c "$1" | wc -c; }
feats=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue)

CARGO_PROFILE_RELEASE_OPT_LEVEL=z nice cargo rustc --lib --release --target wasm32-unknown-unknown \
  --target-dir target/lto --crate-type cdylib -q
wasm-bindgen --target web --out-dir "$out/lto" --out-name newsmark target/lto/wasm32-unknown-unknown/release/newsmark.wasm
cp "$out/lto/newsmark_bg.wasm" "$out/lto-no-opt.wasm"
nice wasm-opt -Oz "${feats[@]}" "$out/lto/newsmark_bg.wasm" -o "$out/lto-opt.wasm"
nice wasm-opt -O3 "${feats[@]}" "$out/lto/newsmark_bg.wasm" -o "$out/lto-O3.wasm"

python3 - "$out" <<'PY'
import json, os, subprocess, sys
out = sys.argv[1]
def gz(p): return len(subprocess.run(["gzip", "-9", "-n", "-c", p], capture_output=True, check=True).stdout)
builds = [("page build (www/pkg: wasm-pack, opt-level z, wasm-opt -Oz)", "www/pkg/newsmark_bg.wasm"),
          ("real LTO + wasm-opt -Oz", f"{out}/lto-opt.wasm"),
          ("real LTO + wasm-opt -O3 (speed)", f"{out}/lto-O3.wasm"),
          ("real LTO, no wasm-opt", f"{out}/lto-no-opt.wasm")]
rows = [{"name": n, "bytes": os.path.getsize(p), "gz": gz(p)} for n, p in builds if os.path.exists(p)]
notes = os.environ.get("SIZES_NOTES", "")
json.dump({"builds": rows, "notes": notes}, open("target/bench/sizes.json", "w"), indent=2)
for r in rows: print(f"{r['name']:60} {r['bytes']:>9} B  {r['gz']/1024:7.1f} KB gzip -9")
PY
