"""Counts read as English: one rule for every label."""

from __future__ import annotations

from desktop.ui.wording import counted


def test_counted() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(2017, "highlight") == "2,017 highlights"
    assert counted(3, "match", "matches") == "3 matches"
    assert counted(1, "best result") == "1 best result"
