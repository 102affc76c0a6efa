"""The package's types (newsmark.types, the stubs) against real results: every key a result has
is declared and every declared key is there, and a type checker refuses a wrong field."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
from typing import Any, Dict

import pytest

import newsmark
from newsmark import types as t
from conftest import EXAMPLE_DATE, ROOT

HERE = pathlib.Path(__file__).parent
SPAN_TYPES = {"entity": t.EntitySpan, "date": t.DateSpan, "quote": t.QuoteSpan}


def check(value: Dict[str, Any], cls: Any, where: str) -> None:
    keys = set(value)
    missing = cls.__required_keys__ - keys
    unknown = keys - cls.__required_keys__ - cls.__optional_keys__
    assert not missing, f"{where}: {cls.__name__} declares {missing}, which the result lacks"
    assert not unknown, f"{where}: the result has {unknown}, which {cls.__name__} does not declare"


def texts(example: str) -> list[str]:
    # Unattributed quotes and dates without a value too (no reference date, no dateline).
    # Ranges, and a web timestamp for a reference with a time of day (issue 19).
    return [
        example,
        "“It’s over,” said nobody in particular. Sunday was quiet; Blinken arrived.",
        "Published 28 July 2026, 08:52 BST\nTalks ran 10 - 22 August 2012; the vote is in two hours.",
    ]


def test_results_have_exactly_the_declared_keys(example):
    kinds, ranges, times = set(), 0, 0
    for text in texts(example):
        for r in (newsmark.annotate(text, EXAMPLE_DATE), newsmark.annotate(text), newsmark.annotate(text, f"{EXAMPLE_DATE}T09:30")):
            check(r, t.Annotations, "result")
            times += r["reference_time"] is not None
            for s in r["spans"]:
                kinds.add(s["kind"])
                check(s, SPAN_TYPES[s["kind"]], f"span {s['id']}")
                if s["kind"] == "quote" and s["speaker"] is not None:
                    check(s["speaker"], t.Speaker, f"speaker of span {s['id']}")
                if s["kind"] == "date" and "range" in s:
                    ranges += 1
                    check(s["range"], t.DateRange, f"range of span {s['id']}")
            for e in r["entities"]:
                check(e, t.Entity, f"entity {e['id']}")
    assert kinds == set(SPAN_TYPES)
    assert ranges and times, "the samples lack a range or a reference time"
    check(newsmark.annotate_many(["x"], "2023-02-30", errors="return")[0], t.Failure, "failure")


def mypy(path: pathlib.Path) -> subprocess.CompletedProcess:
    cache = ROOT / "target" / "py" / "mypy-cache"
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), str(path)],
        capture_output=True, text=True, cwd=HERE,
        env={**os.environ, "MYPYPATH": ""},
    )


def test_mypy_strict_accepts_the_example():
    out = mypy(HERE / "typing" / "example.py")
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_refuses_a_wrong_field():
    out = mypy(HERE / "typing" / "wrong_field.py")
    assert out.returncode == 1, out.stdout + out.stderr
    assert 'TypedDict "DateSpan" has no key "speaker"' in out.stdout, out.stdout
    assert 'TypedDict "Annotations" has no key "version"' in out.stdout, out.stdout
