"""The ``newsmark/1`` result as typing.TypedDict classes, for type checkers (the runtime values are
plain dicts). Field by field the schema of the project's README; the tests check real results
against these classes in both directions (no key missing, none unknown).
"""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict, Union

__all__ = [
    "Annotations",
    "Span",
    "EntitySpan",
    "DateSpan",
    "DateRange",
    "QuoteSpan",
    "Speaker",
    "Entity",
    "Failure",
]


class Speaker(TypedDict):
    """Who a quote is attributed to: the mention in the text and its entity cluster."""

    start: int
    end: int
    text: str
    entity: Optional[int]


class _SpanBase(TypedDict):
    id: int
    label: str
    start: int
    """UTF-16 code units, end exclusive (newsmark.to_python_offsets gives Python indices)."""
    end: int
    text: str


class _EntitySpanRequired(_SpanBase):
    kind: Literal["entity"]


class EntitySpan(_EntitySpanRequired, total=False):
    entity: int
    """Index of its cluster in ``entities``."""


# The two ends of a range of dates or times (``10 - 22 August 2012``) by span id; a span is the
# start when its id is ``from`` (a keyword, hence the functional form).
DateRange = TypedDict("DateRange", {"from": int, "to": int})


class _DateSpanRequired(_SpanBase):
    kind: Literal["date"]
    value: Optional[str]
    """A TIMEX3 value (``2023-06-18``, ``P3Y``, ``XXXX-06-18``), or None."""


class DateSpan(_DateSpanRequired, total=False):
    range: DateRange
    """On both ends of a range, absent on other dates."""


class QuoteSpan(_SpanBase):
    kind: Literal["quote"]
    speaker: Optional[Speaker]


Span = Union[EntitySpan, DateSpan, QuoteSpan]


class Entity(TypedDict):
    id: int
    label: str
    name: str
    mentions: List[int]


class Annotations(TypedDict):
    schema: Literal["newsmark/1"]
    newsmark: str
    model: str
    reference_date: Optional[str]
    """``YYYY-MM-DD``: the caller's, else a dateline's or a web timestamp's, else None."""
    reference_time: Optional[str]
    """Its time of day (``HH:MM``, ``HH:MM:SS``) when the caller or a web timestamp gave one."""
    reference_source: Optional[Literal["caller", "dateline", "timestamp"]]
    spans: List[Span]
    entities: List[Entity]


class Failure(TypedDict):
    """What ``annotate_many(..., errors="return")`` puts in place of a text that failed."""

    error: str
