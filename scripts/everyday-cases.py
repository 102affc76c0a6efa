#!/usr/bin/env python3
"""Writes tests/fixtures/everyday-dates.jsonl from tests/fixtures/everyday-dates.txt (the format
and the conventions are in that file's head), as ../shared/eval/cases.py reads date cases:

  python3 scripts/everyday-cases.py
  python3 ../shared/eval/cases.py --cmd "target/release/annotate --jsonl" \
      --cases tests/fixtures/everyday-dates.jsonl --with-time --show 50
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "tests", "fixtures", "everyday-dates.txt")
OUT = os.path.join(HERE, "..", "tests", "fixtures", "everyday-dates.jsonl")
REFERENCE_DATE, REFERENCE_TIME = "2024-03-07", "2024-03-07T10:00:00"
VALUE = re.compile(r"^(\d{4})(?:-(\d\d|XX)(?:-(\d\d|XX))?)?(?:T(\d\d|XX)(?::(\d\d|XX))?)?$")
FIELDS = ("year", "month", "day", "hour", "minute")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def certain(value, where):
    if value == "*":
        return {}
    m = VALUE.match(value)
    if not m:
        sys.exit(f"{where}: bad value {value!r}")
    return {f: int(v) for f, v in zip(FIELDS, m.groups()) if v and "X" not in v}


def main():
    cases, section = [], ""
    for n, line in enumerate(open(SRC, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        where = f"{SRC}:{n}"
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        sign, _, rest = line.partition(" ")
        if sign not in ("-", "+", "+t"):
            sys.exit(f"{where}: a case starts with - + or +t")
        parts = [p.strip() for p in rest.split(" | ")] if sign != "-" else [rest.strip()]
        text, expected = parts[0], []
        for part in parts[1:]:
            span, _, value = (x.strip() for x in part.rpartition(" = "))
            at = text.find(span)
            if not span or at < 0:
                sys.exit(f"{where}: {span!r} is not in the text")
            start = utf16_len(text[:at])
            expected.append({"start": start, "end": start + utf16_len(span), "text": span,
                             "certain": certain(value, where)})
        if sign != "-" and not expected:
            sys.exit(f"{where}: a date case names its spans")
        cases.append({"id": f"everyday#{len(cases) + 1}", "file": section, "test": section,
                      "variant": "casual", "text": text, "reference_date": REFERENCE_DATE,
                      "reference_time": REFERENCE_TIME, "negative": sign == "-",
                      "needs_reference_time": sign == "+t", "casual_differs": False,
                      "expected": expected})
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases ({sum(c['negative'] for c in cases)} without a date) -> {OUT}")


if __name__ == "__main__":
    main()
