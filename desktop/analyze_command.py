"""``reading-assistant analyze``: the analysis as JSON Lines or a Markdown report.

Its output shape is a contract other tools read (``../shared/analyze-contract.md``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from desktop.core.article import Article, ArticleLoadError, Page, page_at, with_current_metadata_keys
from desktop.core.decoding import decode_text
from desktop.core.loaders import MAX_ARTICLE_BYTES, article_from_text, load_article
from desktop.core.undecodable import escape_undecodable
from desktop.nlp.errors import PipelineUnavailable
from desktop.nlp.model import Analysis
from desktop.nlp.pipeline import load_pipeline

STDIN_PATH = "-"


def run_analyze(
    paths: list[str],
    fmt: str,
    model: str | None,
    out: TextIO,
    err: TextIO,
    stdin: BinaryIO | None = None,
) -> int:
    """Analyse every path with one pipeline; return the contract's exit status.

    ``stdin`` (standard input by default) is read as bytes for ``-``: the contract wants
    UTF-8 there, and anything else gets an ``"error"`` line like an unreadable file.
    """
    try:
        pipeline = load_pipeline(model)
    except PipelineUnavailable as error:
        print(f"reading-assistant analyze: {error}", file=err)
        return 1
    status = 0
    for path in paths:
        # A file name that is not UTF-8 is reported with its bad bytes escaped, so the
        # output stays UTF-8 (the file itself is opened by its real name).
        shown_path = escape_undecodable(path)
        try:
            article = _read(path, stdin if stdin is not None else sys.stdin.buffer)
        except ArticleLoadError as error:
            status = 1
            message = escape_undecodable(str(error).replace("\n", " "))
            print(f"reading-assistant analyze: {shown_path}: {message}", file=err)
            _write(out, fmt, {"path": shown_path, "error": message})
            continue
        analysis = pipeline.analyze(article.text)
        _write(out, fmt, analysis_record(shown_path, article, analysis))
    return status


def analysis_record(path: str, article: Article, analysis: Analysis) -> dict[str, Any]:
    """The contract's object for one input; a paginated source's spans carry their page."""
    record = {
        "path": path,
        "title": article.title,
        "metadata": with_current_metadata_keys(article.metadata),
        "text": analysis.text,
        **analysis.to_json(),
    }
    if article.pages:
        record["pages"] = [
            {"page": page.number, "start": page.start, "end": page.end} for page in article.pages
        ]
        _add_pages(record, article.pages)
    return record


def _add_pages(data: object, pages: tuple[Page, ...]) -> None:
    """Every Span (an object with start, end and text) inside ``data`` gets its ``page``."""
    if isinstance(data, list):
        for item in data:
            _add_pages(item, pages)
    elif isinstance(data, dict):
        if isinstance(data.get("start"), int) and isinstance(data.get("text"), str):
            page = page_at(pages, data["start"])
            if page is not None:
                data["page"] = page
        for key, value in data.items():
            if key != "pages":
                _add_pages(value, pages)


def _read(path: str, stdin: BinaryIO) -> Article:
    if path == STDIN_PATH:
        return article_from_text(_decode_standard_input(stdin), source=None)
    return load_article(Path(path))


def _decode_standard_input(stdin: BinaryIO) -> str:
    """The text on standard input, or ArticleLoadError: empty, too large, binary or not UTF-8."""
    try:
        data = stdin.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleLoadError(f"Cannot read standard input: {error.strerror or error}") from None
    if not data:
        raise ArticleLoadError("Standard input is empty.")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleLoadError(
            f"Standard input is larger than the {MAX_ARTICLE_BYTES // 1024 // 1024} MB limit."
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleLoadError(
            f"Standard input is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start})."
        ) from None
    # Valid UTF-8 decodes as UTF-8 here too; this adds the checks files get (BOM, binary data).
    return decode_text(data)


def _write(out: TextIO, fmt: str, record: dict[str, Any]) -> None:
    if fmt == "markdown":
        out.write(markdown_report(record))
    else:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def markdown_report(record: dict[str, Any]) -> str:
    """A readable report of one contract record."""
    heading = record.get("title") or record["path"]
    lines = [f"# {heading}", "", f"Source: `{record['path']}`", ""]
    if "error" in record:
        return "\n".join([*lines, f"**Could not analyse:** {record['error']}", "", ""])
    lines += _entity_section(record["entities"])
    lines += _figure_section(record["figures"], record["checks"])
    lines += _claim_section(record["claims"])
    return "\n".join(lines) + "\n"


def _entity_section(entities: list[dict[str, Any]]) -> list[str]:
    lines = ["## Entities", ""]
    counts = Counter((e["label"], e["text"]) for e in entities)
    if not counts:
        return [*lines, "None found.", ""]
    for (label, text), n in sorted(counts.items(), key=lambda item: (item[0][0], -item[1], item[0][1])):
        lines.append(f"- **{label}** {text}" + (f" ×{n}" if n > 1 else ""))
    return [*lines, ""]


def _figure_section(figures: list[dict[str, Any]], checks: list[dict[str, Any]]) -> list[str]:
    lines = ["## Figures", ""]
    for check in checks:
        mark = "✓" if check["holds"] else "✗"
        lines.append(f"- {mark} {check['kind']}: {check['note']}")
    for figure in figures:
        what = figure["unit"] or figure["counts"] or ""
        lines.append(f"- “{figure['text']}” = {figure['value']} {what}".rstrip())
    if not figures and not checks:
        lines.append("None found.")
    return [*lines, ""]


def _claim_section(claims: list[dict[str, Any]]) -> list[str]:
    lines = ["## Claims", ""]
    for claim in claims:
        source = claim["source"]["name"] if claim["source"] else "unattributed"
        lines.append(f"- **{source}** ({claim['kind']}): {claim['content']['text']}")
    if not claims:
        lines.append("None found.")
    return [*lines, ""]
