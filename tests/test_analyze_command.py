"""``reading-assistant analyze`` keeps to its contract (../shared/analyze-contract.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES_DIR

SPAN_KEYS = {"start", "end", "text"}


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "analyze", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def _assert_span(text: str, span: dict[str, object]) -> None:
    assert span.keys() >= SPAN_KEYS
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert text[start:end] == span["text"]


def test_sample_gives_one_contract_line(shared_dir: Path) -> None:
    sample = shared_dir / "samples" / "kazan-drones.txt"
    result = _run(str(sample))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
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
    result = _run(str(good), str(missing), "-", str(empty), stdin="Angela Merkel visited Paris.")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
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
    markdown, html = (json.loads(line) for line in result.stdout.splitlines())
    assert markdown["title"] == "Council briefing"
    assert "#" not in markdown["text"] and "**" not in markdown["text"] and "https://" not in markdown["text"]
    assert "Elena Vasquez" in {e["text"] for e in markdown["entities"]}
    assert html["title"] and "<" not in html["text"]
    for record in (markdown, html):
        for entity in record["entities"]:
            _assert_span(record["text"], entity)
