"""newsmark.corpus on a local Dask cluster of 2 worker processes, reached by its address as a
real cluster would be: JSONL and Parquet in, Parquet out, one row per span (issue 22)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

pytest.importorskip("dask.distributed")
from dask.distributed import Client, LocalCluster, get_task_stream  # noqa: E402

import newsmark  # noqa: E402
from newsmark import corpus  # noqa: E402
from conftest import EXAMPLE_DATE  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def docs(paragraphs, example):
    """A few dozen documents: the article's paragraphs, the article, odd ones."""
    out = []
    for i, p in enumerate(paragraphs * 2):
        out.append({"id": f"p{i}", "text": p, "reference_date": EXAMPLE_DATE if i % 4 else None})
    out.append({"id": "whole", "text": example, "reference_date": EXAMPLE_DATE})
    out.append({"id": "emoji", "text": "😀 Blinken met Qin Gang 👍🏽 in Beijing on Sunday.", "reference_date": EXAMPLE_DATE})
    out.append({"id": "bad-date", "text": "Sunday.", "reference_date": "2023-02-30"})
    out.append({"id": "empty", "text": "", "reference_date": None})
    return out


def expected(docs) -> pd.DataFrame:
    """What the recipe must write: annotate_table on every document, in one process."""
    t = newsmark.annotate_table([d["text"] for d in docs], [d["reference_date"] for d in docs], jobs=1)
    t["doc_id"] = [docs[i]["id"] for i in t.pop("doc")]
    return pd.DataFrame(t)


def normalized(df: pd.DataFrame) -> list:
    cols = [f.name for f in corpus.SCHEMA]
    df = df[cols].astype(object).where(df[cols].notna(), None)
    return sorted(df.itertuples(index=False, name=None), key=lambda r: (r[0], r[1] if r[1] is not None else -1))


def test_jsonl_to_parquet_on_two_workers(cluster, docs, tmp_path):
    assert len(docs) >= 30
    src = tmp_path / "corpus.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    dest = tmp_path / "spans"
    with Client(cluster.scheduler_address) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        with get_task_stream(client) as tasks:
            # Small blocks so that the few dozen documents make several tasks.
            corpus.annotate_corpus(str(src), str(dest), blocksize="1KB")
        workers = {t["worker"] for t in tasks.data if "annotate_frame" in str(t["key"])}
    assert len(workers) == 2, f"both workers annotated: {workers}"
    out = pd.read_parquet(dest)
    assert list(out.columns) == [f.name for f in corpus.SCHEMA]
    assert normalized(out) == normalized(expected(docs))
    # One row per span, with its document; a failed document is one "error" row.
    by_doc = out.groupby("doc_id").size()
    assert by_doc["whole"] == len(newsmark.annotate(docs[-4]["text"], EXAMPLE_DATE)["spans"])
    bad = out[out.doc_id == "bad-date"]
    assert list(bad.kind) == ["error"] and "2023-02-30" in bad.error.iloc[0]
    emoji = out[out.doc_id == "emoji"]
    text = docs[-3]["text"]
    assert all(text[a:b] == s for a, b, s in zip(emoji.char_start, emoji.char_end, emoji.text))
    assert set(out.newsmark) == {newsmark.__version__} and set(out.model) == {newsmark.model_version()}


def test_parquet_in_through_the_command_line_given_the_scheduler_address(cluster, docs, tmp_path):
    src = tmp_path / "corpus.parquet"
    pd.DataFrame(docs).rename(columns={"id": "url", "reference_date": "published"}).to_parquet(src, row_group_size=8)
    dest = tmp_path / "spans"
    assert corpus.main([
        str(src), str(dest), "--scheduler", cluster.scheduler_address,
        "--id-column", "url", "--date-column", "published",
    ]) == 0
    out = pd.read_parquet(dest)
    assert normalized(out) == normalized(expected(docs))


def test_a_missing_column_is_named():
    with pytest.raises(KeyError, match="no 'body' column"):
        corpus.annotate_frame(pd.DataFrame({"id": [1], "text": ["x"]}), text_column="body")
