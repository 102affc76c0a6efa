"""newsmark.annotate / annotate_many / to_python_offsets against the CLI (issue 22)."""

from __future__ import annotations

import json
import os
import pathlib
import threading
import time
import tomllib

import pytest

import newsmark
from conftest import EXAMPLE, EXAMPLE_DATE, ROOT, jsonl


def test_the_example_article_equals_the_cli_output(example, cli):
    out = cli("--reference-date", EXAMPLE_DATE, str(EXAMPLE))
    assert out.returncode == 0, out.stderr
    assert newsmark.annotate(example, EXAMPLE_DATE) == json.loads(out.stdout)
    # Without a reference date too (the article's dateline is then used).
    out = cli(str(EXAMPLE))
    assert newsmark.annotate(example) == json.loads(out.stdout)


def test_a_reference_time_and_ranges_equal_the_cli_output(cli):
    # Issue 19: a reference date-time, ranges (`range: {from, to}` on both ends).
    text = "Talks ran 10 - 22 August 2012 in Geneva; the bus leaves in ten minutes."
    out = cli("--reference-date", f"{EXAMPLE_DATE}T09:30", input=text)
    assert out.returncode == 0, out.stderr
    r = newsmark.annotate(text, f"{EXAMPLE_DATE}T09:30")
    assert r == json.loads(out.stdout)
    assert (r["reference_time"], r["reference_source"]) == ("09:30", "caller")
    assert sum("range" in s for s in r["spans"]) >= 2


def test_keys_come_in_the_cli_order(example, cli):
    r = newsmark.annotate(example, EXAMPLE_DATE)
    assert list(r) == ["schema", "newsmark", "model", "reference_date", "reference_time", "reference_source", "spans", "entities"]
    assert list(r["spans"][0]) == ["id", "kind", "label", "start", "end", "text", "entity"]


def test_every_result_names_its_newsmark_and_model(example, cli):
    r = newsmark.annotate("Blinken.")
    assert r["newsmark"] == newsmark.__version__ == newsmark.version()
    assert r["model"] == newsmark.model_version()
    assert r["model"].startswith("ner-") and len(r["model"]) == 16
    assert cli("--version").stdout.strip() == f"annotate {r['newsmark']} (model {r['model']})"
    for one in newsmark.annotate_many(["Blinken.", "Qin Gang."]):
        assert (one["newsmark"], one["model"]) == (r["newsmark"], r["model"])
    core = tomllib.loads((ROOT / "Cargo.toml").read_text())["package"]["version"]
    py = tomllib.loads((ROOT / "python" / "Cargo.toml").read_text())["package"]["version"]
    assert core == py == newsmark.__version__, "python/Cargo.toml's version follows the core's"


def test_many_equals_one_by_one_in_input_order_whatever_the_jobs(paragraphs, example):
    texts = paragraphs + [example] + paragraphs[::-1]
    one_by_one = [newsmark.annotate(t, EXAMPLE_DATE) for t in texts]
    for jobs in (None, 1, 2, 3):
        assert newsmark.annotate_many(texts, EXAMPLE_DATE, jobs=jobs) == one_by_one
    assert newsmark.annotate_many([]) == []
    assert newsmark.annotate_many(iter(texts[:2]), EXAMPLE_DATE) == one_by_one[:2]


def test_many_equals_the_cli_jsonl_run(paragraphs, cli):
    dates = [EXAMPLE_DATE if i % 3 else None for i in range(len(paragraphs))]
    docs = [{"id": i, "text": t, "reference_date": d} for i, (t, d) in enumerate(zip(paragraphs, dates))]
    out = cli("--jsonl", "--jobs", "2", input=jsonl(docs))
    assert out.returncode == 0, out.stderr
    from_cli = [json.loads(line) for line in out.stdout.splitlines()]
    for line in from_cli:
        del line["id"]
    assert newsmark.annotate_many(paragraphs, dates) == from_cli


def test_reference_date_is_one_for_all_or_one_per_text():
    texts = ["Blinken arrives on Sunday.", "Qin Gang left on Sunday."]
    values = lambda rs: [[s.get("value") for s in r["spans"] if s["kind"] == "date"] for r in rs]
    assert values(newsmark.annotate_many(texts, "2023-06-14")) == [["2023-06-18"], ["2023-06-11"]]
    assert values(newsmark.annotate_many(texts, ["2023-06-14", None])) == [["2023-06-18"], ["XXXX-WXX-7"]]
    assert values(newsmark.annotate_many(texts, ("2023-06-14", "2024-01-01"))) == [["2023-06-18"], ["2023-12-31"]]
    with pytest.raises(ValueError, match="reference_date has 1 dates for 2 texts"):
        newsmark.annotate_many(texts, ["2023-06-14"])


def _cli_message(cli, reference_date: str) -> str:
    """The CLI's message for a bad reference date on a --jsonl line, without its `line 1: `."""
    out = cli("--jsonl", input=jsonl([{"id": 1, "text": "Sunday.", "reference_date": reference_date}]))
    assert out.returncode == 6
    return json.loads(out.stdout)["error"].removeprefix("line 1: ")


@pytest.mark.parametrize("bad", ["2023-02-30", "yesterday", "2023-6-1"])
def test_a_bad_reference_date_is_a_value_error_with_the_cli_message(cli, bad):
    message = _cli_message(cli, bad)
    assert bad in message
    with pytest.raises(ValueError) as e:
        newsmark.annotate("Sunday.", bad)
    assert str(e.value) == message
    with pytest.raises(ValueError) as e:
        newsmark.annotate_many(["Sunday.", "Monday."], [None, bad])
    assert str(e.value) == f"texts[1]: {message}"
    assert newsmark.annotate_many(["Sunday.", "Monday."], [None, bad], errors="return")[1] == {"error": message}


def test_a_text_over_the_limit_is_a_value_error(cli):
    text = "a" * (newsmark.MAX_TEXT_BYTES + 1)
    with pytest.raises(ValueError, match=r"the text is too long to annotate \(16\.8 MB; the limit is 16 MB\)"):
        newsmark.annotate(text)
    out = cli("--reference-date", EXAMPLE_DATE, input=text)
    assert out.returncode == 5 and "the text is too long to annotate (16.8 MB; the limit is 16 MB)" in out.stderr


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: newsmark.annotate(b"Blinken"), "text must be a str, not bytes"),
        (lambda: newsmark.annotate(None), "text must be a str, not NoneType"),
        (lambda: newsmark.annotate("Blinken", 20230614), r"reference_date must be a str \(YYYY-MM-DD\) or None, not int"),
        (lambda: newsmark.annotate_many("Blinken"), "texts must be a sequence of str, not a str"),
        (lambda: newsmark.annotate_many(["Blinken", 3]), r"texts\[1\] must be a str, not int"),
        (lambda: newsmark.annotate_many(["Blinken"], [b"2023-06-14"]), r"reference_date\[0\] must be a str"),
        (lambda: newsmark.annotate_many(5), "not iterable"),
    ],
)
def test_a_non_string_is_a_type_error(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_bad_options_are_value_errors():
    with pytest.raises(ValueError, match="jobs must be 1 or more"):
        newsmark.annotate_many(["a"], jobs=0)
    with pytest.raises(ValueError, match='errors must be "raise" or "return"'):
        newsmark.annotate_many(["a"], errors="ignore")


def test_python_offsets_slice_the_text_where_utf16_offsets_do_not():
    text = "😀 Antony Blinken met Qin Gang 👍🏽 in Beijing. “We agree 🤝,” Blinken said on Sunday."
    r = newsmark.annotate(text, EXAMPLE_DATE)
    assert any(text[s["start"]:s["end"]] != s["text"] for s in r["spans"]), "UTF-16 offsets differ"
    py = newsmark.to_python_offsets(text, r)
    assert py is not r and r["spans"][0]["start"] != py["spans"][0]["start"], "a copy; the result is kept"
    kinds = set()
    for s in py["spans"]:
        kinds.add(s["kind"])
        assert text[s["start"]:s["end"]] == s["text"]
        if s["kind"] == "quote" and s["speaker"]:
            sp = s["speaker"]
            assert text[sp["start"]:sp["end"]] == sp["text"]
    assert kinds == {"entity", "date", "quote"}
    ascii_only = newsmark.annotate("Blinken met Qin Gang.")
    assert newsmark.to_python_offsets("Blinken met Qin Gang.", ascii_only) == ascii_only


def test_annotate_table_has_one_row_per_span_and_one_per_failure(example):
    texts = [example, None, "Sunday.", "😀 Blinken said on Sunday."]
    t = newsmark.annotate_table(texts, [EXAMPLE_DATE, None, "2023-02-30", None], jobs=2)
    assert len({len(col) for col in t.values()}) == 1, "columns of one length"
    results = [newsmark.annotate(example, EXAMPLE_DATE), None, None, newsmark.annotate(texts[3])]
    rows = [dict(zip(t, row)) for row in zip(*t.values())]
    for doc, r in enumerate(results):
        mine = [row for row in rows if row["doc"] == doc]
        if r is None:
            assert [row["kind"] for row in mine] == ["error"]
            continue
        assert [row["span_id"] for row in mine] == [s["id"] for s in r["spans"]]
        for row, s in zip(mine, r["spans"]):
            assert (row["kind"], row["label"], row["start"], row["end"], row["text"]) == (
                s["kind"], s["label"], s["start"], s["end"], s["text"])
            assert texts[doc][row["char_start"]:row["char_end"]] == s["text"]
            assert row["value"] == s.get("value")
            if s["kind"] == "entity":
                assert row["entity_name"] == r["entities"][s["entity"]]["name"]
            if s["kind"] == "quote" and s["speaker"]:
                assert row["speaker"] == s["speaker"]["text"]
            assert (row["newsmark"], row["model"]) == (r["newsmark"], r["model"])
    assert rows[-1]["char_start"] != rows[-1]["start"], "the emoji shifts Python indices"
    errors = {row["doc"]: row["error"] for row in rows if row["kind"] == "error"}
    assert errors == {1: "the text is not a str (NoneType)",
                      2: 'reference date "2023-02-30" is not a valid calendar date in the form YYYY-MM-DD '
                         '(or a date and time, YYYY-MM-DDTHH:MM)'}


def test_annotate_many_releases_the_gil_and_uses_threads(example):
    """While annotate_many runs, Python threads keep running (the GIL is released) and, with
    jobs=2, the process has two more OS threads than before."""
    texts = [example] * 600
    ticks = 0
    busy = threading.Event()
    tasks_seen = []

    def watch():
        nonlocal ticks
        busy.wait()
        while busy.is_set():
            ticks += 1
            if os.path.isdir("/proc/self/task"):
                tasks_seen.append(len(os.listdir("/proc/self/task")))
            time.sleep(0.001)

    watcher = threading.Thread(target=watch)
    watcher.start()
    before = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else 0
    busy.set()
    t0 = time.perf_counter()
    newsmark.annotate_many(texts, EXAMPLE_DATE, jobs=2)
    elapsed = time.perf_counter() - t0
    busy.clear()
    watcher.join()
    assert ticks >= 5, f"another Python thread ran only {ticks} times in {elapsed:.2f} s"
    if tasks_seen:
        assert max(tasks_seen) >= before + 2, (before, max(tasks_seen))
