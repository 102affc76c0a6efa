#!/usr/bin/env python3
"""Audits the entity rules with one model (the committed one unless --model): each rule of
src/entities/rules/mod.rs skipped alone (NEWSMARK_SKIP_RULES), counting the entity marks
(span + label) that change against the run with every rule, per set, and the entity F that the
rule adds (F with it minus F without it) on the scored sets.

    scripts/rule-audit.py [--model FILE] [--rules a,b] [--shared ../shared] [--no-build]

Sets: conll-dev, gum-news, the held-out part of gum-open (documents not listed in
src/entities/data/gum-open-train.txt), tests/fixtures/everyday.txt (each line alone, its
`[LABEL name]` marks taken out) and the example article tests/fixtures/blinken-china-trip.txt.
A mark whose label or span changes counts twice (the old one gone, the new one there). Builds the
CLI with `dev-tools` into target/dev as scripts/ner-experiment.py does; writes
target/rule-audit/audit.json and prints a Markdown table. 45 rules take about a minute.
Candidates for retirement are the rules that change nothing; judge them on train-only seeds
with `scripts/ner-experiment.py NAME --skip-rules RULE --compare BASE` and their own tests with
the rule skipped (`NEWSMARK_SKIP_RULES=RULE` on the test binary built with `dev-tools`).
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "target", "rule-audit")
CLI = os.path.join(ROOT, "target", "dev", "release", "annotate")
SCORED = ["conll-dev", "gum-news", "gum-open-held"]


def rules():
    mod = open(os.path.join(ROOT, "src", "entities", "rules", "mod.rs")).read()
    return re.findall(r"rule!\(\s*\w+::(\w+)\(", mod[mod.index("pub fn refine"):])


def docs(shared):
    """Set name -> (gold path or None, input lines)."""
    def lines(path):
        with open(path) as f:
            return [json.dumps({"id": d["id"], "text": d["text"], "reference_date": d.get("reference_date")})
                    for d in (json.loads(l) for l in f if l.strip())]
    with open(os.path.join(ROOT, "src", "entities", "data", "gum-open-train.txt")) as f:
        train = {l.strip() for l in f if l.strip()}
    held = os.path.join(OUT, "gum-open-held.jsonl")
    with open(os.path.join(shared, "data", "gum-open.jsonl")) as f, open(held, "w") as o:
        for l in f:
            if l.strip() and json.loads(l)["id"] not in train:
                o.write(l)
    sets = {s: os.path.join(shared, "data", s + ".jsonl") for s in ["conll-dev", "gum-news"]}
    sets["gum-open-held"] = held
    out = {s: (p, lines(p)) for s, p in sets.items()}
    fx = os.path.join(ROOT, "tests", "fixtures")
    with open(os.path.join(fx, "everyday.txt")) as f:
        every = [re.sub(r"\[[A-Z]+ ([^\]]*)\]", r"\1", l.rstrip("\n")) for l in f
                 if l.strip() and not l.startswith("#")]
    out["everyday"] = (None, [json.dumps({"id": f"e{i}", "text": t, "reference_date": "2026-12-07"})
                              for i, t in enumerate(every)])
    with open(os.path.join(fx, "blinken-china-trip.gold.json")) as f:
        ref = json.load(f)["reference_date"]
    with open(os.path.join(fx, "blinken-china-trip.txt")) as f:
        out["example"] = (None, [json.dumps({"id": "example", "text": f.read(), "reference_date": ref})])
    return out


def run(sets, shared, tag, skip, model):
    env = dict(os.environ, NEWSMARK_SKIP_RULES=skip)
    env.pop("NEWSMARK_NER_MODEL", None)
    if model:
        env["NEWSMARK_NER_MODEL"] = model
    res = {}
    for s, (gold, lines) in sets.items():
        out = os.path.join(OUT, f"{tag}.{s}.jsonl")
        with open(out, "w") as o:
            subprocess.run(["nice", CLI, "--jsonl"], input="\n".join(lines) + "\n", stdout=o,
                           stderr=subprocess.DEVNULL, text=True, env=env, check=True)
        marks = set()
        with open(out) as f:
            for l in f:
                d = json.loads(l)
                marks |= {(d["id"], m["start"], m["end"], m["label"]) for m in d["spans"] if m["kind"] == "entity"}
        row = {"marks": marks}
        if gold:
            js = out + ".metrics.json"
            subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), gold, out, "--json", js],
                           stdout=subprocess.DEVNULL, check=True)
            with open(js) as f:
                row["F"] = 100 * json.load(f)["entities"]["overall"]["f"]
        res[s] = row
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model")
    ap.add_argument("--rules", default="")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    if not a.no_build:
        subprocess.run(["nice", "cargo", "build", "--quiet", "--release", "--features", "dev-tools", "--target-dir",
                        os.path.join(ROOT, "target", "dev"), "--bin", "annotate"], cwd=ROOT, check=True)
    model = os.path.abspath(a.model) if a.model else None
    sets = docs(a.shared)
    base = run(sets, a.shared, "base", "", model)
    names = [r for r in rules() if not a.rules or r in a.rules.split(",")]
    table = {}
    print("| # | rule | " + " | ".join(sets) + " |")
    print("|---|---|" + "---|" * len(sets))
    for n, r in enumerate(names, 1):
        x = run(sets, a.shared, "skip", r, model)
        row = {}
        for s in sets:
            row[s] = {"changed": len(base[s]["marks"] ^ x[s]["marks"])}
            if s in SCORED:
                row[s]["worth"] = base[s]["F"] - x[s]["F"]
        table[r] = row
        cells = [f"{row[s]['changed']}" + (f" ({row[s]['worth']:+.2f})" if s in SCORED else "") for s in sets]
        print(f"| {n} | `{r}` | " + " | ".join(cells) + " |", flush=True)
    with open(os.path.join(OUT, "audit.json"), "w") as f:
        json.dump({"model": model or "committed", "base_F": {s: base[s].get("F") for s in sets},
                   "rules": table}, f, indent=1)


if __name__ == "__main__":
    main()
