"""Issue 13's figure rules, on sentences other than the blind set's, through the real pipeline:
short symbols read in context, currency after the number, trillions, squared units, halves,
vulgar fractions, tallies and model numbers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from desktop.nlp.figures import extract_figures


def readings(nlp: Language, text: str) -> list[tuple[float, str | None, str]]:
    return [(round(f.value, 3), f.unit, f.kind) for f in extract_figures(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crane lifted a 12 t beam onto the deck.", [(12, "metric_ton", "measure")]),
        ("The bar serves wine in 25 cl glasses.", [(25, "centiliter", "measure")]),
        ("He bought a 65 in television for the lounge.", [(65, "inch", "measure")]),
        ("The side won 4 in succession before the break.", [(4, None, "count")]),
        ("A coffee costs 3 € at the kiosk.", [(3, "EUR", "money")]),
        ("The state's debt reached $1.5tn last year.", [(1.5e12, "USD", "money")]),
        ("The lake covers 12 km^2 of the valley.", [(12, "square_kilometer", "measure")]),
        ("The forest lost 7 km squared of trees.", [(7, "square_kilometer", "measure")]),
        ("The trial lasted two years and a half.", [(2.5, "year", "duration")]),
        ("The path is ¾ mile long.", [(0.75, "mile", "measure")]),
        ("The fund lost two and a quarter billion dollars.", [(2.25e9, "USD", "money")]),
        ("Doses of 10 or 20 mg were tested.", [(10, "milligram", "measure"), (20, "milligram", "measure")]),
    ],
)
def test_units_read_in_context(
    nlp: Language, text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert readings(nlp, text) == expected


def test_a_tally_is_two_counts_of_votes_not_a_range(nlp: Language) -> None:
    found = extract_figures(nlp("The jury voted 9 to 3 to convict."))
    assert [(f.value, f.low, f.high, f.counts) for f in found] == [
        (9, None, None, "vote"),
        (3, None, None, "vote"),
    ]


def test_a_tally_after_a_named_chamber(nlp: Language) -> None:
    found = extract_figures(nlp("The measure passed the House 230-201 on Thursday."))
    assert [(f.value, f.counts) for f in found] == [(230, "vote"), (201, "vote")]


def test_a_score_is_no_range_but_counts_no_votes(nlp: Language) -> None:
    found = extract_figures(nlp("The visitors won 3-1 in the rain."))
    assert [(f.value, f.low, f.counts) for f in found] == [(3, None, None), (1, None, None)]


def test_an_ascending_range_stays_a_range(nlp: Language) -> None:
    (figure,) = extract_figures(nlp("The hall seats 300 to 450 guests."))
    assert (figure.low, figure.high) == (300, 450)


@pytest.mark.parametrize(
    "text",
    [
        "The airline ordered the A350-1000 and the 777-9 last year.",
        "The carrier's 747 Jumbo retired in 2020.",
    ],
)
def test_model_numbers_are_not_figures(nlp: Language, text: str) -> None:
    assert extract_figures(nlp(text)) == []


def test_a_count_past_a_compound_counts_its_head(nlp: Language) -> None:
    (figure,) = extract_figures(nlp("The depot has 14 delivery vans."))
    assert figure.counts == "van"


def test_a_range_counts_the_noun_after_it(nlp: Language) -> None:
    (figure,) = extract_figures(nlp("The ferry carries 150 to 200 cars."))
    assert (figure.low, figure.high, figure.counts) == (150, 200, "car")


def test_a_count_before_a_model_number_counts_the_noun_after_it(nlp: Language) -> None:
    (figure,) = extract_figures(nlp("The carrier ordered three 777 Freighter planes."))
    assert (figure.value, figure.counts) == (3, "plane")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council cut its libraries by 12 to 40.", [(12, "library"), (40, "library")]),
        ("The flock grew by 80 to 1,200 sheep.", [(80, "sheep"), (1200, "sheep")]),
    ],
)
def test_an_elided_change_counts_what_changed(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.counts) for f in extract_figures(nlp(text))] == expected
