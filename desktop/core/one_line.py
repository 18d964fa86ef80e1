"""Text shown or written where a line break would break something: a table cell, a citation, a
front-matter field, a tab-separated row."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def one_line(text: str) -> str:
    """``text`` with each run of white space (line breaks included) as one space, trimmed."""
    return " ".join(text.split())


def rows_as_tsv(rows: Iterable[Sequence[str]]) -> str:
    """Rows of cells, tab-separated, one line each, for pasting into a spreadsheet."""
    return "\n".join("\t".join(one_line(cell) for cell in row) for row in rows) + "\n"
