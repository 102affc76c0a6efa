"""Types of the Rust extension (python/src/lib.rs). The result's shape: newsmark.types."""

from typing import Any, Literal, Optional, Sequence, Union, overload

from .types import Annotations, Failure

MAX_TEXT_BYTES: int

def annotate(text: str, reference_date: Optional[str] = None) -> Annotations: ...
@overload
def annotate_many(
    texts: Sequence[str],
    reference_date: Union[None, str, Sequence[Optional[str]]] = None,
    *,
    jobs: Optional[int] = None,
    errors: Literal["raise"] = "raise",
) -> list[Annotations]: ...
@overload
def annotate_many(
    texts: Sequence[str],
    reference_date: Union[None, str, Sequence[Optional[str]]] = None,
    *,
    jobs: Optional[int] = None,
    errors: Literal["return"],
) -> list[Union[Annotations, Failure]]: ...
def annotate_table(
    texts: Sequence[object],
    reference_date: Union[None, str, Sequence[Optional[str]]] = None,
    *,
    jobs: Optional[int] = None,
) -> dict[str, list[Any]]: ...
def version() -> str: ...
def model_version() -> str: ...
