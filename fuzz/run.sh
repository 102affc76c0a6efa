#!/usr/bin/env bash
# `make fuzz`: runs each cargo-fuzz target for FUZZ_SECONDS (default 600), one at a time, niced
# (the machine is small and shared). Seeds come from fuzz/corpus/<target> (kept in the repo,
# small); what libFuzzer finds goes to fuzz/target/corpus/<target> (ignored). Crashes land in
# fuzz/artifacts/<target>/ and fail the run.
#   fuzz/run.sh [TARGET…]          default: every target in fuzz/Cargo.toml
#   FUZZ_SECONDS=60 fuzz/run.sh annotate
#   fuzz/run.sh --minimize TARGET  merge what was found into the repo corpus (set-cover minimal)
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${FUZZ_SECONDS:-600}
# The crate has no `unsafe`, so AddressSanitizer finds nothing Rust would not panic on, and it
# costs most of the speed: off unless FUZZ_SANITIZER=address.
sanitizer=${FUZZ_SANITIZER:-none}

if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz: installing cargo-fuzz (~2 min)" >&2
  cargo install cargo-fuzz --version 0.13.2 --locked
fi
# cargo-fuzz passes nightly-only flags (-Zsanitizer, -Cpasses); a nightly toolchain works if
# installed, else the stable one is told to accept them.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then tc=(+nightly); else tc=(); export RUSTC_BOOTSTRAP=1; fi

if [ "${1:-}" = --minimize ]; then
  t=$2
  mkdir -p "target/corpus/$t" "corpus/$t"
  nice cargo "${tc[@]}" fuzz cmin -s "$sanitizer" "$t" "corpus/$t" -- "target/corpus/$t"
  exit
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^newsmark-fuzz$')
for t in "${targets[@]}"; do
  mkdir -p "target/corpus/$t" "corpus/$t"
  echo "fuzz: $t for ${seconds}s" >&2
  set +e
  nice cargo "${tc[@]}" fuzz run -s "$sanitizer" "$t" "target/corpus/$t" "corpus/$t" -- \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | tee "target/$t.log" | grep -E "^(#[0-9]+ +(pulse|DONE)|stat::|==|SUMMARY|thread)"
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" != 0 ]; then echo "fuzz: $t FAILED; see fuzz/target/$t.log and fuzz/artifacts/$t/" >&2; exit 1; fi
done
