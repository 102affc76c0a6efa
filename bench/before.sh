#!/usr/bin/env bash
# Builds another revision of newsmark ("before", default: where this branch left main) for the
# before/after comparisons of `make bench`, in target/bench/before/:
#   pkg/       its release wasm (the page's build), for BEFORE=… node bench/node.mjs / browser.mjs
#   pipeline   its native benchmark binary (this checkout's bench/native/pipeline.rs compiled
#              against that revision's core), for BENCH_BEFORE=… cargo bench --bench pipeline
# usage: bench/before.sh [REV]     (then `make bench BEFORE=1`, or see bench/README.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rev=${1:-$(git merge-base HEAD main)}
out=$root/target/bench/before
src=$out/src
rm -rf "$src" "$out/pkg"
mkdir -p "$src"
git archive "$rev" | tar -x -C "$src"
# The benchmark of this checkout, so that both sides measure the same thing.
cp bench/native/pipeline.rs "$src/bench/native/pipeline.rs"
git rev-parse --short "$rev" > "$out/rev"
export PATH=$HOME/.cargo/bin:$root/node_modules/.bin:$PATH
# The same flags as `make wasm` (wasm-pack.toml), built in the revision's own tree.
tools="python3 $src/scripts/tools.py"
(cd "$src" && CARGO_TARGET_DIR=$out/target CARGO_PROFILE_RELEASE_OPT_LEVEL=$($tools build.opt-level) \
  RUSTFLAGS="-C target-feature=$($tools build.target-features)$(c=$($tools build.codegen 2>/dev/null) && echo " $c")" \
  wasm-pack build --release --target "$($tools build.target)" --out-dir "$out/pkg" --out-name newsmark)
exe=$(cd "$src" && CARGO_TARGET_DIR=$out/native cargo bench --bench pipeline --no-run --message-format=json 2>/dev/null \
  | python3 -c 'import json,sys
for l in sys.stdin:
    m=json.loads(l)
    if m.get("reason")=="compiler-artifact" and m["target"]["name"]=="pipeline" and m.get("executable"): print(m["executable"])')
cp "$exe" "$out/pipeline"
echo "before = $(cat "$out/rev"): $out/pkg, $out/pipeline"
