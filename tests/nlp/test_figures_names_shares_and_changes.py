"""General figure rules added after the second and third blind sets (tests/nlp/figures_blind_set_2.py,
figures_blind_set_3.py), each read from sentences written for these tests, through the real spaCy
pipeline: names and labels that hold numbers, shares and the wholes they name, changes and what
they count, and units and currencies as British and world news write them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_figures import figures_of, only


def test_a_count_whose_noun_a_nearer_number_takes_is_elided(nlp: Language) -> None:
    found = figures_of(nlp, "The herd grew to 1,500 cows, up from 900 two decades ago.")
    assert [(f.value, f.kind, f.counts, f.unit) for f in found] == [
        (1500, "count", "cow", None),
        (900, "count", "cow", None),
        (2, "date", None, "decade"),
    ]


def test_a_range_runs_low_to_high(nlp: Language) -> None:
    found = figures_of(nlp, "The fund paid 3.2 million euros to 45 families.")
    assert [(f.text, f.value, f.unit, f.counts, f.low) for f in found] == [
        ("3.2 million euros", 3.2e6, "EUR", None, None),
        ("45 families", 45, None, "family", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diesel cost €1.70, up from €1.55 a month ago.",
            [(1.7, "money", "EUR"), (1.55, "money", "EUR"), (1, "date", "month")],
        ),
        (
            "Farmers now keep 90 bison, up from 35 a decade ago.",
            [(90, "count", None), (35, "count", None), (1, "date", "decade")],
        ),
    ],
)
def test_an_article_before_ago_is_a_date_not_a_rate(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(f.value, f.kind, f.unit) for f in figures_of(nlp, text)] == expected


def test_plural_year_olds_are_an_age(nlp: Language) -> None:
    figure = only(nlp, "Most 16-year-olds in the town own a phone.")
    assert (figure.value, figure.kind, figure.unit) == (16, "age", "year")


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("The new line offers 300 Mbps to every home.", 300, "megabit_per_second", "measure"),
        ("The mine shipped 3.5 Mt of coal.", 3.5e6, "metric_ton", "measure"),
        ("The world emitted 37 Gt of carbon dioxide.", 37e9, "metric_ton", "measure"),
        ("Retail sales fell 1.4pc in June.", 1.4, "percent", "percent"),
        ("The fine was 12 million Danish kroner.", 12e6, "DKK", "money"),
        ("The fine was 2.5 million Swedish kronor.", 2.5e6, "SEK", "money"),
        ("The deal is worth 3 billion rand.", 3e9, "ZAR", "money"),
        ("The utility needs R20bn to fix its plants.", 20e9, "ZAR", "money"),
        ("The new barge can carry 900 t.", 900, "metric_ton", "measure"),
        ("By noon the tarmac was 52C.", 52, "degree_celsius", "temperature"),
        ("Seven out of 10 drivers support the ban.", 70, "percent", "percent"),
        ("Bookings fell by nearly a third.", 100 / 3, "percent", "percent"),
    ],
)
def test_units_currencies_and_shares_as_news_writes_them(
    nlp: Language, text: str, value: float, unit: str, kind: str
) -> None:
    figure = only(nlp, text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The 4G network covers the whole valley.",
        "The carrier will close its 3G network and expand 5G coverage.",
        "An Atlas 5 rocket carried the probe.",
        "He bought a new PC for the office.",
        "The N2 and the R300 were closed by floods.",
        "Her seat on the train was 14C.",
    ],
)
def test_names_generations_and_roads_are_not_figures(nlp: Language, text: str) -> None:
    assert figures_of(nlp, text) == []


def test_a_season_label_is_not_a_figure(nlp: Language) -> None:
    figure = only(nlp, "Ticket prices for the 2025/26 season rose 8%.")
    assert (figure.value, figure.unit) == (8, "percent")


@pytest.mark.parametrize(
    "text", ["The justices ruled 7-2 in favour of the city.", "The court issued a 7-2 decision on Friday."]
)
def test_a_ruling_tally_counts_votes(nlp: Language, text: str) -> None:
    found = figures_of(nlp, text)
    assert [(f.value, f.counts) for f in found] == [(7, "vote"), (2, "vote")]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Road deaths fell by 12% to 1,640 last year.", [(12, None), (1640, "death")]),
        ("The number of registered nurses rose by 300 to 9,800.", [(300, "nurse"), (9800, "nurse")]),
        ("The flock grew from 40 to 65 sheep.", [(40, "sheep"), (65, "sheep")]),
        ("Admissions rose from 120 to 340 overnight.", [(120, "admission"), (340, "admission")]),
        ("Staff numbers fell by 1,200 to 14,800.", [(1200, "staff"), (14800, "staff")]),
        ("Robberies fell 8% to 42,000 last year.", [(8, None), (42000, "robbery")]),
        ("In August visitor numbers rose to 2.1 million.", [(2.1e6, "visitor")]),
        ("Prices fell by 3 to 97.", [(3, None), (97, None)]),
    ],
)
def test_a_change_counts_its_subject_or_its_new_level(
    nlp: Language, text: str, counted: list[tuple[float, str | None]]
) -> None:
    assert [(f.value, f.counts) for f in figures_of(nlp, text)] == counted


def test_a_share_names_the_whole_of_a_later_elided_count(nlp: Language) -> None:
    found = figures_of(nlp, "One in five nurses has left the service, and 2,000 of them now work abroad.")
    assert [(f.value, f.unit, f.counts) for f in found] == [(20, "percent", None), (2000, None, "nurse")]
