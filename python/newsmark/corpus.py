"""Annotate a news corpus on a Dask cluster: JSONL or Parquet in, Parquet out, one row per span.

    python -m newsmark.corpus articles.jsonl spans/                      # a local cluster, every core
    python -m newsmark.corpus 's3://bucket/news/*.parquet' s3://bucket/spans/ --scheduler tcp://scheduler:8786

The same code runs on a laptop and on a cluster: only the scheduler address changes. Each
partition of the corpus (a block of JSONL lines, a Parquet row group or file) becomes one task
that calls :func:`newsmark.annotate_table` (the Rust core, GIL released) and returns its rows;
Dask writes one Parquet file per partition. Why Dask, the columns and the sizing:
docs/corpus.md in the newsmark repository.

Needs ``pip install "newsmark[corpus]"`` (dask[dataframe,distributed], pyarrow) on the client and
on every worker, and paths that every worker can read and write (a shared file system, S3, GCS).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from typing import Any, Dict, List, Optional, Sequence

import pandas as pd
import pyarrow as pa

from ._native import annotate_table

__all__ = ["SCHEMA", "annotate_frame", "read_corpus", "annotate_corpus", "main"]

# One row per span. Offsets: start/end in UTF-16 code units (as every newsmark result),
# char_start/char_end in code points (Python indices). A document that failed has one row of kind
# "error" with its message in `error`.
SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("span_id", pa.int32()),
        ("kind", pa.string()),
        ("label", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("text", pa.string()),
        ("value", pa.string()),
        ("entity", pa.int32()),
        ("entity_name", pa.string()),
        ("speaker", pa.string()),
        ("speaker_start", pa.int32()),
        ("speaker_end", pa.int32()),
        ("speaker_entity", pa.int32()),
        ("speaker_name", pa.string()),
        ("reference_date", pa.string()),
        ("error", pa.string()),
        ("newsmark", pa.string()),
        ("model", pa.string()),
    ]
)


def _clean(values: Sequence[Any]) -> List[Optional[str]]:
    """Reference dates from a column: missing values (None, NaN, NaT, NA) become None."""
    out: List[Optional[str]] = []
    for v in values:
        if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
            out.append(None)
        elif isinstance(v, str):
            out.append(v)
        elif hasattr(v, "strftime"):  # a date or timestamp column
            out.append(v.strftime("%Y-%m-%d"))
        else:
            out.append(str(v))
    return out


def annotate_frame(
    df: pd.DataFrame,
    *,
    id_column: str = "id",
    text_column: str = "text",
    date_column: Optional[str] = "reference_date",
    reference_date: Optional[str] = None,
    jobs: Optional[int] = 1,
) -> pd.DataFrame:
    """The spans of the documents in ``df`` (one row per document) as a DataFrame in
    :data:`SCHEMA`. A document's reference date is its ``date_column`` value when there is one,
    else ``reference_date``. ``jobs``: threads in this process (1 on a Dask worker thread)."""
    for col in (id_column, text_column):
        if col not in df.columns:
            raise KeyError(f"the corpus has no {col!r} column (columns: {', '.join(map(str, df.columns))})")
    texts = df[text_column].tolist()
    if date_column and date_column in df.columns:
        dates: Any = [d if d is not None else reference_date for d in _clean(df[date_column].tolist())]
    else:
        dates = reference_date
    table: Dict[str, list] = annotate_table(texts, dates, jobs=jobs)
    ids = [str(i) for i in df[id_column].tolist()]
    table["doc_id"] = [ids[i] for i in table.pop("doc")]
    return pa.table(table, schema=SCHEMA).to_pandas(types_mapper=pd.ArrowDtype)


def read_corpus(source: str, *, blocksize: Optional[str] = "16MB", columns: Optional[List[str]] = None) -> Any:
    """A Dask DataFrame of the documents at ``source``: JSONL (``.jsonl``, ``.json``, optionally
    ``.gz``; split into blocks of ``blocksize`` bytes) or Parquet (anything else: a file, a folder,
    a glob)."""
    import dask.dataframe as dd

    name = source.rstrip("/").lower()
    if name.endswith((".jsonl", ".json", ".ndjson")):
        return dd.read_json(source, lines=True, blocksize=blocksize, engine=_json_block)
    if name.endswith((".jsonl.gz", ".json.gz", ".ndjson.gz")):
        return dd.read_json(source, lines=True, compression="gzip", engine=_json_block)
    return dd.read_parquet(source, columns=columns)


def _json_block(*args: Any, **kwargs: Any) -> pd.DataFrame:
    """One block of JSONL with every column as Python objects: ids and dates stay as written (no
    number or date guessing), and a block whose dates are all null has the same column types as
    one with dates (Dask checks each block against the first)."""
    return pd.read_json(*args, dtype=False, **kwargs).astype(object)


def annotate_corpus(
    source: str,
    dest: str,
    *,
    id_column: str = "id",
    text_column: str = "text",
    date_column: Optional[str] = "reference_date",
    reference_date: Optional[str] = None,
    blocksize: Optional[str] = "16MB",
    jobs: int = 1,
) -> None:
    """Annotates the corpus at ``source`` into Parquet files at ``dest`` (a folder), on the Dask
    cluster of the current client (``distributed.Client(address)``; without one, Dask's default
    scheduler in this process). ``jobs``: threads per task; 1 when workers have one thread per
    core, which is how a cluster is best laid out for this work (see docs/corpus.md)."""
    meta = pa.schema(SCHEMA).empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    ddf = read_corpus(source, blocksize=blocksize)
    spans = ddf.map_partitions(
        annotate_frame,
        id_column=id_column,
        text_column=text_column,
        date_column=date_column,
        reference_date=reference_date,
        jobs=jobs,
        meta=meta,
        enforce_metadata=False,
    )
    spans.to_parquet(dest, write_index=False, schema=SCHEMA)


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m newsmark.corpus",
        description="Annotate a JSONL or Parquet news corpus into Parquet (one row per span) on a Dask cluster.",
    )
    p.add_argument("source", help="JSONL (.jsonl/.json[.gz]) or Parquet (file, folder or glob); local, s3://, gs://, …")
    p.add_argument("dest", help="output folder of Parquet files")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786); default: a local cluster")
    p.add_argument("--workers", type=int, default=None, help="local cluster only: worker processes (default: one per core)")
    p.add_argument("--id-column", default="id")
    p.add_argument("--text-column", default="text")
    p.add_argument("--date-column", default="reference_date", help="a document's reference date (YYYY-MM-DD); '' for none")
    p.add_argument("--reference-date", help="for documents without one")
    p.add_argument("--blocksize", default="16MB", help="JSONL bytes per task (default 16MB)")
    args = p.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1)
        client = Client(cluster)
    try:
        t0 = time.perf_counter()
        annotate_corpus(
            args.source,
            args.dest,
            id_column=args.id_column,
            text_column=args.text_column,
            date_column=args.date_column or None,
            reference_date=args.reference_date,
            blocksize=args.blocksize,
        )
        workers = len(client.scheduler_info().get("workers", {}))
        print(f"newsmark.corpus: {args.source} -> {args.dest} in {time.perf_counter() - t0:.1f} s on {workers} workers", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
