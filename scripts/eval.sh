#!/usr/bin/env bash
# Runs the scorer (SHARED/eval) on every development set in SHARED/data with the release CLI and
# prints one table per set; gum-open is scored on its held-out documents only (those not in
# src/entities/data/gum-open-train.txt, which the model trains on). Then the entity figures that
# tell how a change reads unseen text: models trained without conll-dev (seeds 0, 1, 2), each
# scored on conll-dev, gum-news and held-out gum-open (scripts/ner-experiment.py). Skips with a
# message when SHARED is absent.
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
# The held-out part of gum-open, as a gold file of its own.
if [ -f "$shared/data/gum-open.jsonl" ]; then
  python3 - "$shared/data/gum-open.jsonl" src/entities/data/gum-open-train.txt "$out/gum-open-held.gold.jsonl" <<'PY'
import json, sys
ids = {l.strip() for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")}
with open(sys.argv[3], "w") as out:
    for line in open(sys.argv[1]):
        if line.strip() and json.loads(line)["id"] not in ids:
            out.write(line)
PY
fi
for set in seed conll-dev te3-dev polnear-dev gum-news gum-open-held; do
  gold="$shared/data/$set.jsonl"
  [ "$set" = gum-open-held ] && gold="$out/gum-open-held.gold.jsonl"
  [ -f "$gold" ] || { echo "eval: $set: not found, skipped"; continue; }
  python3 "$shared/eval/run_system.py" --system-cmd "$cli" "$gold" "$out/$set.jsonl" 2>/dev/null || true
  python3 "$shared/eval/score.py" "$gold" "$out/$set.jsonl" --errors "$out/$set.errors.jsonl" --name "$set"
done
echo
echo "entities, models trained without conll-dev (conll-train + the training half of gum-open):"
python3 scripts/ner-experiment.py eval-train-only --seeds 0,1,2 --retrain --shared "$shared"
