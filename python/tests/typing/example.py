"""Uses the package's types the way a caller would; `mypy --strict` must accept it
(python/tests/test_types.py). Its twin wrong_field.py must be refused."""

from __future__ import annotations

import newsmark
from newsmark.types import Annotations, Entity, Failure, Span

result: Annotations = newsmark.annotate("Blinken flew to Beijing on Sunday.", "2023-06-14")
entities: list[Entity] = result["entities"]


def describe(span: Span) -> str:
    if span["kind"] == "date":
        ends = span.get("range")
        return f"{span['text']} = {span['value'] or '?'}" + (f" (range {ends['from']}–{ends['to']})" if ends else "")
    if span["kind"] == "quote":
        speaker = span["speaker"]
        return f"{span['text']} ({speaker['text'] if speaker else 'unattributed'})"
    cluster = span.get("entity")
    return f"{span['label']} {span['text']}" + (f" → {entities[cluster]['name']}" if cluster is not None else "")


lines = [describe(s) for s in result["spans"]]
many: list[Annotations] = newsmark.annotate_many(["Qin Gang."], ["2023-06-14"], jobs=1)
outcomes: list[Annotations | Failure] = newsmark.annotate_many(["x"], "2023-02-30", errors="return")
version: str = result["newsmark"] + result["model"]
timed: Annotations = newsmark.annotate("The vote is in two hours.", "2023-06-14T09:30")
at: str = f"{timed['reference_date']} {timed['reference_time'] or ''} {timed['reference_source'] or ''}"
