"""The contract's object for one analysed input, and its two renderings (JSON Lines, Markdown).

The shape is a contract other tools read (``../shared/analyze-contract.md``).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from desktop.core.article import Article, Page, page_at, with_current_metadata_keys
from desktop.core.metadata_fields import published_problem
from desktop.nlp.model import Analysis


def render(fmt: str, record: dict[str, Any]) -> str:
    """One record as the command writes it: a JSON line, or a Markdown report."""
    if fmt == "markdown":
        return markdown_report(record)
    return json.dumps(record, ensure_ascii=False) + "\n"


def analysis_record(path: str | None, article: Article, analysis: Analysis) -> dict[str, Any]:
    """The contract's object for one input; a paginated source's spans carry their page."""
    record = {
        "path": path,
        "title": article.title,
        "metadata": _contract_metadata(article.metadata),
        "text": analysis.text,
        **analysis.to_json(),
    }
    if article.pages:
        record["pages"] = [
            {"page": page.number, "start": page.start, "end": page.end} for page in article.pages
        ]
        _add_pages(record, article.pages)
    return record


def _contract_metadata(metadata: dict[str, str]) -> dict[str, str]:
    """The source's metadata under the contract's keys; ``published`` only when it is the
    ISO 8601 date the contract promises (front matter or a book may say "Spring 2019")."""
    fields = with_current_metadata_keys(metadata)
    if published_problem(fields.get("published", "")) is not None:
        del fields["published"]
    return fields


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
        lines.append(f"- “{figure['text']}” = {figure['value']} {_what(figure)}".rstrip())
    if not figures and not checks:
        lines.append("None found.")
    return [*lines, ""]


def _what(figure: dict[str, Any]) -> str:
    """ "car" for a count; "USD per barrel (crude)" for an amount: its unit, what it is given per
    and what it is the amount of."""
    if not figure["unit"]:
        return figure["counts"] or ""
    per = figure.get("per")
    unit = f"{figure['unit']} {'each' if per == 'each' else f'per {per}'}" if per else figure["unit"]
    return f"{unit} ({figure['measures']})" if figure.get("measures") else unit


def _claim_section(claims: list[dict[str, Any]]) -> list[str]:
    lines = ["## Claims", ""]
    for claim in claims:
        source = claim["source"]["name"] if claim["source"] else "unattributed"
        lines.append(f"- **{source}** ({claim['kind']}): {claim['content']['text']}")
    if not claims:
        lines.append("None found.")
    return [*lines, ""]
