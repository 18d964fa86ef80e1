from __future__ import annotations

from desktop.core.one_line import one_line, rows_as_tsv


def test_line_breaks_and_runs_of_white_space_become_one_space() -> None:
    assert one_line("  Harbour\n\tStreet \u00a0 Bridge\r\n") == "Harbour Street Bridge"


def test_rows_as_tsv_is_one_line_per_row() -> None:
    assert rows_as_tsv([("A", "B"), ["x\ny", "z"]]) == "A\tB\nx y\tz\n"
