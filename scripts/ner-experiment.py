#!/usr/bin/env python3
"""Measures the entity recognizer the way a change to it is judged: models trained without
conll-dev for several seeds, each scored on conll-dev, gum-news and the held-out part of
gum-open (the documents not listed in src/entities/data/gum-open-train.txt), per label, with the
spread over seeds.

    scripts/ner-experiment.py NAME [--seeds 0,1,2] [--conll-only] [--gazetteer FILE]
        [--skip-rules a,b] [--train-arg=--epochs=8 ...] [--retrain] [--compare OTHER]
        [--model FILE] [--shared ../shared]

Builds the CLI and the trainer with the `dev-tools` feature into target/dev (the shipped build is
untouched), trains `target/ner-exp/NAME-s<seed>.bin` unless it exists (or with --retrain), runs
the CLI with NEWSMARK_NER_MODEL (and NEWSMARK_GAZETTEER, NEWSMARK_SKIP_RULES) set, scores with
SHARED/eval/score.py and writes target/ner-exp/NAME.json. `--model FILE` scores one given model
instead of training (e.g. the committed one). `--compare OTHER` prints OTHER's figures beside.
Everything runs niced, one thing at a time. The corpora stay in SHARED; nothing here is committed
output.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
EXP = os.path.join(ROOT, "target", "ner-exp")
DEV_TARGET = os.path.join(ROOT, "target", "dev")
TRAIN_IDS = os.path.join(ROOT, "src", "entities", "data", "gum-open-train.txt")
LABELS = ["PERSON", "ORG", "PLACE"]
SETS = ["conll-dev", "gum-news", "gum-open-held", "seed"]


def run(cmd, **kw):
    return subprocess.run(["nice"] + cmd, check=True, **kw)


def train_ids():
    with open(TRAIN_IDS) as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def held_out_gold(shared):
    """gum-open without its training documents, as a gold file in target/ner-exp."""
    path = os.path.join(EXP, "gum-open-held.jsonl")
    ids = train_ids()
    with open(os.path.join(shared, "data", "gum-open.jsonl")) as f, open(path, "w") as out:
        for line in f:
            if line.strip() and json.loads(line)["id"] not in ids:
                out.write(line)
    return path


def gold_path(shared, name):
    if name == "gum-open-held":
        return held_out_gold(shared)
    return os.path.join(shared, "data", name + ".jsonl")


def annotate(gold, out, env):
    lines = []
    with open(gold) as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                lines.append(json.dumps({"id": d["id"], "text": d["text"], "reference_date": d.get("reference_date")}))
    cli = os.path.join(DEV_TARGET, "release", "annotate")
    with open(out, "w") as o:
        run([cli, "--jsonl"], input="\n".join(lines) + "\n", stdout=o, stderr=subprocess.DEVNULL, text=True, env=env)


def score(shared, gold, out):
    js = out + ".metrics.json"
    run([sys.executable, os.path.join(shared, "eval", "score.py"), gold, out, "--json", js,
         "--errors", out + ".errors.jsonl"], stdout=subprocess.DEVNULL)
    with open(js) as f:
        m = json.load(f)["entities"]
    row = {"F": 100 * m["overall"]["f"], "P": 100 * m["overall"]["p"], "R": 100 * m["overall"]["r"]}
    for L in LABELS:
        row[L] = 100 * m["per_label"].get(L, {"f": 0})["f"]
    return row


def summary(runs):
    """Per set and figure: mean, min, max over the runs (seeds)."""
    out = {}
    for s in SETS:
        out[s] = {}
        for k in ["F", "P", "R"] + LABELS:
            vals = [r[s][k] for r in runs]
            out[s][k] = {"mean": statistics.mean(vals), "min": min(vals), "max": max(vals), "all": vals}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--seeds", default="0,1,2,3,4")
    ap.add_argument("--conll-only", action="store_true", help="train on conll-train alone")
    ap.add_argument("--gazetteer")
    ap.add_argument("--skip-rules", default="")
    ap.add_argument("--train-arg", action="append", default=[])
    ap.add_argument("--retrain", action="store_true")
    ap.add_argument("--compare")
    ap.add_argument("--model")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    os.makedirs(EXP, exist_ok=True)
    if not a.no_build:
        run(["cargo", "build", "--quiet", "--release", "--features", "dev-tools", "--target-dir", DEV_TARGET,
             "--bin", "annotate", "--bin", "train-ner"], cwd=ROOT)
    env = dict(os.environ)
    if a.gazetteer:
        env["NEWSMARK_GAZETTEER"] = os.path.abspath(a.gazetteer)
    if a.skip_rules:
        env["NEWSMARK_SKIP_RULES"] = a.skip_rules
    data = os.path.join(a.shared, "data")
    runs = []
    seeds = [None] if a.model else [int(s) for s in a.seeds.split(",")]
    for seed in seeds:
        if a.model:
            model = os.path.abspath(a.model)
        else:
            model = os.path.join(EXP, f"{a.name}-s{seed}.bin")
            if a.retrain or not os.path.exists(model):
                cmd = [os.path.join(DEV_TARGET, "release", "train-ner"), os.path.join(data, "conll-train.iob")]
                if not a.conll_only:
                    cmd += [os.path.join(data, "gum-open.jsonl"), "--ids", TRAIN_IDS]
                cmd += ["--seed", str(seed), "--out", model]
                for t in a.train_arg:
                    cmd += t.split("=", 1) if t.startswith("--") and "=" in t else [t]
                run(cmd, env=env, stderr=subprocess.DEVNULL)
        env["NEWSMARK_NER_MODEL"] = model
        row = {}
        for s in SETS:
            gold = gold_path(a.shared, s)
            out = os.path.join(EXP, f"{a.name}-s{seed}.{s}.out.jsonl")
            annotate(gold, out, env)
            row[s] = score(a.shared, gold, out)
        runs.append(row)
        print(f"seed {seed}: " + "  ".join(f"{s} {row[s]['F']:.2f}" for s in SETS), flush=True)
    res = {"name": a.name, "seeds": seeds, "runs": runs, "summary": summary(runs)}
    with open(os.path.join(EXP, a.name + ".json"), "w") as f:
        json.dump(res, f, indent=1)
    other = None
    if a.compare:
        with open(os.path.join(EXP, a.compare + ".json")) as f:
            other = json.load(f)["summary"]
    print(f"{a.name}: mean over seeds (min-max)" + (f"; before = {a.compare}" if other else ""))
    for s in SETS:
        cells = []
        for k in ["F"] + LABELS:
            v = res["summary"][s][k]
            c = f"{k} {v['mean']:.2f} ({v['min']:.1f}-{v['max']:.1f})"
            if other and s in other:
                c = f"{k} {other[s][k]['mean']:.2f} -> {v['mean']:.2f} ({v['mean'] - other[s][k]['mean']:+.2f})"
            cells.append(c)
        print(f"  {s:14} " + " | ".join(cells))


if __name__ == "__main__":
    main()
