"""newsmark: named entities, dates (TIMEX3) and quotes with their speakers in news text.

The core is Rust (the same code as the ``annotate`` CLI and the WebAssembly page). Every result is
the ``newsmark/1`` JSON as plain dicts and lists, equal to what ``annotate`` prints, offsets in
UTF-16 code units as everywhere (JavaScript string indices); :func:`to_python_offsets` gives
Python string indices; :func:`annotate_table` gives the spans of many texts as columns, one row per
span, for pandas or pyarrow (and :mod:`newsmark.corpus` for a corpus on a Dask cluster). Every
result says what made it: ``result["newsmark"]`` (the version) and
``result["model"]`` (the entity model).

>>> import newsmark
>>> r = newsmark.annotate("Blinken flew to Beijing on Sunday.", reference_date="2023-06-14")
>>> [(s["kind"], s["text"]) for s in r["spans"]]
[('entity', 'Blinken'), ('entity', 'Beijing'), ('date', 'Sunday')]
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from typing import Any, Dict

from ._native import MAX_TEXT_BYTES, annotate, annotate_many, annotate_table, model_version, version

__version__: str = version()

__all__ = [
    "annotate",
    "annotate_many",
    "annotate_table",
    "to_python_offsets",
    "version",
    "model_version",
    "MAX_TEXT_BYTES",
    "__version__",
]

# Characters outside the Basic Multilingual Plane: two UTF-16 code units, one Python index.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_python_offsets(text: str, result: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``result`` (of ``text``) with every ``start``/``end`` (spans and speakers) made
    a Python string index, so ``text[s["start"]:s["end"]] == s["text"]``.

    newsmark counts UTF-16 code units; Python counts code points. They differ only after a
    character outside the Basic Multilingual Plane (an emoji, some CJK), which counts 2 in UTF-16
    and 1 in Python.
    """
    out = copy.deepcopy(result)
    # UTF-16 offsets of the astral characters: the k-th one, at Python index p, starts at p + k.
    astral = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(text))]
    if not astral:
        return out

    def py(u: int) -> int:
        return u - bisect_left(astral, u)

    for span in out.get("spans", []):
        span["start"], span["end"] = py(span["start"]), py(span["end"])
        speaker = span.get("speaker")
        if speaker:
            speaker["start"], speaker["end"] = py(speaker["start"]), py(speaker["end"])
    return out
