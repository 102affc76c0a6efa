"""Must NOT pass `mypy --strict` (python/tests/test_types.py): a date has no speaker, and a result
has no `version` key."""

from __future__ import annotations

import newsmark

result = newsmark.annotate("Blinken flew to Beijing on Sunday.", "2023-06-14")
for span in result["spans"]:
    if span["kind"] == "date":
        print(span["speaker"])
print(result["version"])
