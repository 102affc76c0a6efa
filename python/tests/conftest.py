"""Shared fixtures: the example article and the CLI it is compared with."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
from typing import Any, Callable, Dict, List

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "fixtures" / "blinken-china-trip.txt"
EXAMPLE_DATE = "2023-06-14"


@pytest.fixture(scope="session")
def example() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cli() -> Callable[..., subprocess.CompletedProcess]:
    """Runs the `annotate` CLI: $NEWSMARK_ANNOTATE, else the checkout's release build (built
    first when missing)."""
    exe = os.environ.get("NEWSMARK_ANNOTATE") or str(ROOT / "target" / "release" / "annotate")
    if not os.path.exists(exe):
        subprocess.run(["cargo", "build", "--release", "--bin", "annotate"], cwd=ROOT, check=True)

    def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *args], input=input, capture_output=True, text=True, encoding="utf-8")

    return run


@pytest.fixture(scope="session")
def paragraphs(example: str) -> List[str]:
    """Short documents: the example article's paragraphs."""
    return [p for p in example.split("\n") if p.strip()]


def jsonl(docs: List[Dict[str, Any]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
