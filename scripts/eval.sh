#!/usr/bin/env bash
# Runs the scorer (SHARED/eval) on every development set in SHARED/data with the release CLI and
# prints one table per set. Skips with a message when SHARED is absent.
#   scripts/eval.sh [SHARED] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
out=${2:-target/eval}
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/data" ]; then
  echo "eval: skipped, no scorer or data at $shared (set SHARED=path/to/shared)"
  exit 0
fi
mkdir -p "$out"
cli="$PWD/target/release/annotate --jsonl"
for set in seed conll-dev te3-dev polnear-dev gum-news; do
  gold="$shared/data/$set.jsonl"
  [ -f "$gold" ] || { echo "eval: $set: not found, skipped"; continue; }
  python3 "$shared/eval/run_system.py" --system-cmd "$cli" "$gold" "$out/$set.jsonl" 2>/dev/null || true
  python3 "$shared/eval/score.py" "$gold" "$out/$set.jsonl" --errors "$out/$set.errors.jsonl" --name "$set"
done
