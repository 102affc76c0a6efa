#!/usr/bin/env bash
# Size experiments for the download (issue 7), written to target/bench/sizes.json and shown by
# bench/report.mjs:
#   page build        www/pkg as `make wasm` makes it (wasm-pack, opt-level z, wasm-opt -Oz)
#   real LTO, z       cargo rustc --crate-type cdylib (so `lto = true` applies; wasm-pack ignores
#                     it for a cdylib+rlib crate) + wasm-bindgen + wasm-opt -Oz (../shared/TOOLCHAIN.md)
#   real LTO, O2, O3  the same compiled for speed (opt-level 2 / 3, wasm-opt -O2 / -O3)
# Each build's speed is probed in Node (bench/probe.mjs): the example article and the 1 MB text.
# usage: bench/sizes.sh   (after `make wasm` and `node bench/make-texts.mjs`)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out=target/bench/sizes
mkdir -p "$out"
feats=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue)

lto_build() { # name opt-level wasm-opt-level
  CARGO_PROFILE_RELEASE_OPT_LEVEL=$2 nice cargo rustc --lib --release --target wasm32-unknown-unknown \
    --target-dir "target/lto-$2" --crate-type cdylib -q
  wasm-bindgen --target web --out-dir "$out/$1" --out-name newsmark "target/lto-$2/wasm32-unknown-unknown/release/newsmark.wasm"
  nice wasm-opt "$3" "${feats[@]}" "$out/$1/newsmark_bg.wasm" -o "$out/$1/newsmark_bg.wasm"
}
lto_build lto-z z -Oz
lto_build lto-2 2 -O2
lto_build lto-3 3 -O3
mkdir -p "$out/page" && cp www/pkg/newsmark.js www/pkg/newsmark_bg.wasm "$out/page/"

for b in page lto-z lto-2 lto-3; do
  node bench/probe.mjs "$out/$b" > "$out/$b/probe.json"
done
python3 - "$out" <<'PY'
import json, os, subprocess, sys
out = sys.argv[1]
def gz(p): return len(subprocess.run(["gzip", "-9", "-n", "-c", p], capture_output=True, check=True).stdout)
names = {"page": "page build (wasm-pack, opt-level z, wasm-opt -Oz)", "lto-z": "real LTO, opt-level z, wasm-opt -Oz",
         "lto-2": "real LTO, opt-level 2, wasm-opt -O2", "lto-3": "real LTO, opt-level 3, wasm-opt -O3"}
rows = []
for b, name in names.items():
    w, js = f"{out}/{b}/newsmark_bg.wasm", f"{out}/{b}/newsmark.js"
    probe = json.load(open(f"{out}/{b}/probe.json"))
    rows.append({"name": name, "bytes": os.path.getsize(w), "gz": gz(w), "glue_gz": gz(js), **probe})
json.dump({"builds": rows, "notes": os.environ.get("SIZES_NOTES", "")}, open("target/bench/sizes.json", "w"), indent=2)
for r in rows:
    print(f"{r['name']:55} {r['bytes']:>9} B {r['gz']/1024:7.1f} KB gz  article {r['article_ms']:.2f} ms  1 MB {r['mb_per_s']:.2f} MB/s")
PY
