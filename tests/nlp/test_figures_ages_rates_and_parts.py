"""The general figure rules blind set 4 called for, on sentences of our own through the real
pipeline: rate units (basis points, "pp"), currencies written after the number, ages written
without "aged", figures that must not be joined, words between a number and its unit, counted
nouns, words that only look like numbers, and totals broken down by a verb or by source."""

from __future__ import annotations

import pytest
from spacy.language import Language

from desktop.nlp.figures import extract_figures, find_checks


def readings(nlp: Language, text: str) -> list[tuple[float, str | None, str]]:
    return [(round(f.value, 3), f.unit, f.kind) for f in extract_figures(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank raised its rate by 50 basis points.", [(50, "basis_point", "percent")]),
        ("Bond yields fell 12bps on Friday.", [(12, "basis_point", "percent")]),
        ("Unemployment rose by 0.4pp in March.", [(0.4, "percentage_point", "percent")]),
        ("A loaf of bread costs 6 złoty in Warsaw.", [(6, "PLN", "money")]),
        ("Nurses in Nairobi earn 40,000 shillings a month.", [(40_000, "KES", "money")]),
        ("The drive took 2½ hours.", [(2.5, "hour", "duration")]),
        ("The strike lasted 12 consecutive days.", [(12, "day", "duration")]),
        ("She worked five straight years without a holiday.", [(5, "year", "duration")]),
        (
            "Lisbon sweltered for a week above 40C.",
            [(1, "week", "duration"), (40, "degree_celsius", "temperature")],
        ),
    ],
)
def test_units_written_around_the_number(
    nlp: Language, text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert readings(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers want to lift the retirement age from 65 to 68.", [(65, "age"), (68, "age")]),
        ("The bill raises the voting age by one year to 17.", [(1, "duration"), (17, "age")]),
        ("Flu jabs are free for adults over 65.", [(65, "age")]),
        ("The scheme pays for nursery places for children under 3.", [(3, "age")]),
    ],
)
def test_ages_without_aged(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.kind) for f in extract_figures(nlp(text))] == expected


def test_a_percentage_change_and_a_new_level_stay_two_figures(nlp: Language) -> None:
    found = extract_figures(nlp("Passenger numbers grew 14% to 3.6 million last year."))
    assert [(f.value, f.unit, f.low) for f in found] == [(14, "percent", None), (3.6e6, None, None)]


def test_a_scaled_decimal_does_not_swallow_the_measure_after_it(nlp: Language) -> None:
    found = extract_figures(nlp("Farmers shipped 2.5 million 25-kilogram sacks of rice."))
    assert [(f.value, f.unit, f.counts) for f in found] == [(2.5e6, None, "sack"), (25, "kilogram", None)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The arena will grow from 18,000 to 21,000 seats.", ["seat", "seat"]),
        ("The Corolla was the best-selling model, with 250,000 sold.", ["model"]),
        ("The Corolla was the top-selling model, with 1.1 million sold.", ["model"]),
        ("Protesters clashed with police, with 12 wounded.", [None]),
    ],
)
def test_what_the_count_counts(nlp: Language, text: str, counts: list[str | None]) -> None:
    assert [f.counts for f in extract_figures(nlp(text))] == counts


@pytest.mark.parametrize(
    "text",
    [
        "Profits fell in the third quarter.",
        "Sales rose each quarter.",
        "The hotel offers half board at no extra cost.",
        "Savers will get a one-off bonus.",
        "The tax rises between 2027 and 2029.",
    ],
)
def test_words_and_years_that_are_not_figures(nlp: Language, text: str) -> None:
    assert extract_figures(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The £4bn fund sets aside £3bn for roads and £1bn for rail.", True),
        ("Exports earned $9bn last year: $5bn from oil and $3bn from gas.", False),
    ],
)
def test_breakdowns_by_a_verb_or_by_source_are_checked(nlp: Language, text: str, holds: bool) -> None:
    doc = nlp(text)
    (check,) = find_checks(doc, extract_figures(doc))
    assert (check.kind, check.total, check.parts, check.holds) == ("sum", 0, (1, 2), holds)


def test_a_partial_list_is_no_breakdown(nlp: Language) -> None:
    doc = nlp("The $12 million budget includes $5 million for roads and $4 million for schools.")
    assert find_checks(doc, extract_figures(doc)) == []


def test_a_range_in_words_is_no_span_of_years(nlp: Language) -> None:
    found = extract_figures(nlp("The injured numbered between four and six."))
    assert [(f.low, f.high) for f in found] == [(4, 6)]


def test_half_after_a_that_clause_is_still_a_share(nlp: Language) -> None:
    assert readings(nlp, "The poll found that half of voters backed the plan.") == [
        (50, "percent", "percent")
    ]


def test_two_age_bounds_keep_their_qualifiers(nlp: Language) -> None:
    found = extract_figures(nlp("Children under 16 and adults over 65 travel free."))
    assert [(f.value, f.kind, f.qualifier) for f in found] == [
        (16, "age", "less_than"),
        (65, "age", "more_than"),
    ]
