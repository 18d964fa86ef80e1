"""Sum and percent-of checks over figures, through the real spaCy pipeline."""

from __future__ import annotations

from spacy.language import Language

from desktop.nlp.figures import extract_figures
from desktop.nlp.figures.checks import find_checks
from desktop.nlp.model import Check, Figure


def checks_of(nlp: Language, text: str) -> tuple[list[Figure], list[Check]]:
    doc = nlp(text)
    figures = extract_figures(doc)
    return figures, find_checks(doc, figures)


def test_parts_after_partitive_add_up(nlp: Language) -> None:
    figures, checks = checks_of(
        nlp, "The army fired 40 rockets, 31 of which hit the port and another 9 fell into the sea."
    )
    (check,) = checks
    assert (check.kind, check.holds, check.note) == ("sum", True, "31 + 9 = 40")
    assert figures[check.total].value == 40 and [figures[p].value for p in check.parts] == [31, 9]


def test_mismatch_is_flagged(nlp: Language) -> None:
    _, checks = checks_of(
        nlp, "The army fired 40 rockets, 31 of which hit the port and another 7 fell into the sea."
    )
    (check,) = checks
    assert (check.holds, check.note) == (False, "31 + 7 = 38, not 40")


def test_money_total_named_first(nlp: Language) -> None:
    _, checks = checks_of(
        nlp, "The fund raised $9 million, of which $5 million came from banks and $3 million from donors."
    )
    (check,) = checks
    assert (check.kind, check.holds) == ("sum", False)


def test_total_marked_after_parts(nlp: Language) -> None:
    _, checks = checks_of(nlp, "Five soldiers and three civilians died, eight people in total.")
    (check,) = checks
    assert (check.kind, check.holds, check.note) == ("sum", True, "5 + 3 = 8")


def test_percent_of_whole(nlp: Language) -> None:
    _, checks = checks_of(nlp, "Only 30 of the 120 delegates (25%) voted against.")
    (check,) = checks
    assert (check.kind, check.holds) == ("percent_of", True)
    _, wrong = checks_of(nlp, "Only 30 of the 120 delegates (40%) voted against.")
    assert [c.holds for c in wrong] == [False]


def test_unrelated_numbers_give_no_check(nlp: Language) -> None:
    _, checks = checks_of(
        nlp, "Seven people were hurt in Lyon and six in Nice. The city has 500,000 residents."
    )
    assert checks == []


def test_total_then_breakdown_that_adds_up(nlp: Language) -> None:
    figures, checks = checks_of(
        nlp,
        "The city set aside $12 million: $5 million for roads, $4 million for schools and $3 million for parks.",
    )
    (check,) = checks
    assert (check.kind, check.holds) == ("sum", True)
    assert figures[check.total].value == 12e6 and len(check.parts) == 3


def test_breakdown_that_does_not_add_up_is_flagged(nlp: Language) -> None:
    _, checks = checks_of(
        nlp, "The grant of £9 million is split into £4 million for research and £3 million for equipment."
    )
    (check,) = checks
    assert (check.holds, check.note) == (False, "4,000,000 + 3,000,000 = 7,000,000, not 9,000,000")


def test_breakdown_after_with(nlp: Language) -> None:
    _, checks = checks_of(nlp, "The region will receive €30m, with €18m for rail and €12m for buses.")
    (check,) = checks
    assert check.holds


def test_amounts_after_a_total_that_are_not_allocated_are_no_breakdown(nlp: Language) -> None:
    _, checks = checks_of(
        nlp, "Sales rose to $12 million, with $5 million in profit and $9 million in costs."
    )
    assert checks == []
