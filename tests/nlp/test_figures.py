"""Figures read from sentences written for these tests, through the real spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from desktop.nlp.figures import extract_figures
from desktop.nlp.model import Figure


def figures_of(nlp: Language, text: str) -> list[Figure]:
    return extract_figures(nlp(text))


def only(nlp: Language, text: str) -> Figure:
    found = figures_of(nlp, text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def test_counts_name_their_noun(nlp: Language) -> None:
    figure = only(nlp, "Fourteen trucks crossed the border on Monday.")
    assert (figure.value, figure.counts, figure.kind, figure.unit) == (14, "truck", "count", None)


def test_counts_carry_over_ellipsis_and_relative_clauses(nlp: Language) -> None:
    text = "The army fired 40 rockets, 31 of which hit the port and another 9 fell into the sea."
    found = figures_of(nlp, text)
    assert [(f.value, f.counts) for f in found] == [(40, "rocket"), (31, "rocket"), (9, "rocket")]
    assert found[2].text == "another 9"


def test_elided_noun_in_coordination(nlp: Language) -> None:
    found = figures_of(nlp, "Nine people were hurt in Lyon and four in Nice, police said.")
    assert [(f.value, f.counts) for f in found] == [(9, "people"), (4, "people")]


def test_measure_with_si(nlp: Language) -> None:
    figure = only(nlp, "The convoy drove over 250 miles overnight.")
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == (
        "over 250 miles",
        250,
        "mile",
        "more_than",
    )
    assert figure.si is not None and figure.si.unit == "kilometer" and figure.si.value == pytest.approx(402.3)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The council set aside $2.5 billion for roads.", 2.5e9, "USD"),
        ("Tickets cost £2,000 each.", 2000, "GBP"),
        ("The club paid €40m for the striker.", 40e6, "EUR"),
        ("Prices rose by 10 percent in May.", 10, "percent"),
    ],
)
def test_money_and_percent(nlp: Language, text: str, value: float, unit: str) -> None:
    figure = only(nlp, text)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.kind == ("percent" if unit == "percent" else "money")


def test_share_as_percentage(nlp: Language) -> None:
    figure = only(nlp, "A third of the voters stayed home.")
    assert (figure.kind, figure.unit) == ("percent", "percent")
    assert figure.value == pytest.approx(100 / 3)


def test_temperature(nlp: Language) -> None:
    figure = only(nlp, "The temperature fell to minus 4 degrees Celsius at night.")
    assert (figure.value, figure.unit, figure.kind) == (-4, "degree_celsius", "temperature")


def test_age(nlp: Language) -> None:
    figure = only(nlp, "A 42-year-old nurse was arrested.")
    assert (figure.value, figure.unit, figure.kind) == (42, "year", "age")


def test_duration_and_relative_date(nlp: Language) -> None:
    found = figures_of(nlp, "The strike lasted six weeks and ended almost two years ago.")
    assert [(f.value, f.unit, f.kind, f.qualifier) for f in found] == [
        (6, "week", "duration", None),
        (2, "year", "date", "approximately"),
    ]


def test_ranges(nlp: Language) -> None:
    boats = only(nlp, "Fishermen use 8- to 16-meter boats.")
    assert (boats.low, boats.high, boats.unit) == (8, 16, "meter")
    guests = only(nlp, "The hall seats between 10 and 12 guests.")
    assert (guests.low, guests.high, guests.counts) == (10, 12, "guest")


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("more than 30", "more_than"),
        ("under 30", "less_than"),
        ("fewer than 30", "less_than"),
        ("at least 30", "at_least"),
        ("up to 30", "at_most"),
        ("about 30", "approximately"),
        ("nearly 30", "approximately"),
        ("roughly 30", "approximately"),
    ],
)
def test_qualifiers(nlp: Language, phrase: str, qualifier: str) -> None:
    figure = only(nlp, f"Officials counted {phrase} tents in the camp.")
    assert (figure.qualifier, figure.value, figure.text.startswith(phrase)) == (qualifier, 30, True)


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time the bridge had closed.",
        "He said so in one of a series of posts.",
        "They hit several towers, except one that fell into a river.",
        "Call 555-201-3344 or visit room 12B.",
        "The Boeing 777 landed at 6pm on 4 July 2019.",
    ],
)
def test_not_figures(nlp: Language, text: str) -> None:
    assert figures_of(nlp, text) == []


def test_figures_sorted_with_sentence_offsets(nlp: Language) -> None:
    text = "Two ships sank. Later, 300 sailors were rescued from 5 boats."
    doc = nlp(text)
    found = extract_figures(doc)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for figure in found:
        assert text[figure.start : figure.end] == figure.text
        assert text[figure.sentence.start : figure.sentence.end] == figure.sentence.text
        assert figure.sentence.start <= figure.start < figure.end <= figure.sentence.end


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "counts"),
    [
        ("Dozens of sheep escaped.", 24, "at_least", "sheep"),
        ("Tens of millions of viewers tuned in.", 20_000_000, "at_least", "viewer"),
    ],
)
def test_vague_plurals(nlp: Language, text: str, value: float, qualifier: str, counts: str) -> None:
    figure = only(nlp, text)
    assert (figure.value, figure.qualifier, figure.counts) == (value, qualifier, counts)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Between 4 and 6 million tourists visit each year.", 4e6, 6e6, None),
        ("The refit will cost $2-3bn.", 2e9, 3e9, "USD"),
        ("Estimates range from 7 to 9 metres.", 7, 9, "meter"),
    ],
)
def test_range_ends_share_scale_and_unit(
    nlp: Language, text: str, low: float, high: float, unit: str | None
) -> None:
    figure = only(nlp, text)
    assert (figure.low, figure.high, figure.unit) == (low, high, unit)


def test_change_from_to_is_two_figures(nlp: Language) -> None:
    assert [f.value for f in figures_of(nlp, "The tax rose from 20 to 25 percent.")] == [20, 25]


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("The guard is 6 feet 2 inches tall.", 6 + 2 / 12, "foot", "measure"),
        ("The forecast says 30C by noon.", 30, "degree_celsius", "temperature"),
        ("She moved abroad in her 40s.", 40, "year", "age"),
        ("Maria Lopez, 58, runs the bakery.", 58, "year", "age"),
        ("The queue lasted half an hour.", 0.5, "hour", "duration"),
        ("The line carries 400 kilovolts.", 400, "kilovolt", "measure"),
        ("The probe travels at 17 km/s.", 17, "kilometer_per_second", "measure"),
        ("The firm set aside 300 million pounds.", 3e8, "GBP", "money"),
    ],
)
def test_units_read_generally(nlp: Language, text: str, value: float, unit: str, kind: str) -> None:
    figure = only(nlp, text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    "text",
    [
        "She takes the pill twice a day.",
        "Dial 0161 496 0000 for the helpline.",
        "Call (212) 555-0134 after noon.",
    ],
)
def test_rates_and_phone_numbers_are_not_figures(nlp: Language, text: str) -> None:
    assert figures_of(nlp, text) == []


def test_over_a_duration_is_a_span_not_a_bound(nlp: Language) -> None:
    spread, lasted = figures_of(nlp, "Payments are spread over 5 years. The trial lasted over 2 years.")
    assert (spread.qualifier, lasted.qualifier) == (None, "more_than")


def test_change_to_a_new_level_is_not_a_range(nlp: Language) -> None:
    moved = figures_of(nlp, "Shares rose $1.20 to $84.50 on Friday.")
    assert [(f.value, f.low) for f in moved] == [(1.2, None), (84.5, None)]
    cut = only(nlp, "The firm will cut 3 to 5 percent of its staff.")
    assert (cut.low, cut.high) == (3, 5)


def test_fraction_after_by_is_a_share(nlp: Language) -> None:
    share, level = figures_of(nlp, "Its value fell by a fifth to £3.4bn.")
    assert (share.value, share.unit, level.value, level.unit) == (20, "percent", 3.4e9, "GBP")


@pytest.mark.parametrize(
    ("text", "written", "value", "qualifier"),
    [
        ("About 2 in 10 drivers admit using a phone at the wheel.", "About 2 in 10", 20, "approximately"),
        ("One in four homes in the town has no broadband.", "One in four", 25, None),
    ],
)
def test_ratios_are_shares(
    nlp: Language, text: str, written: str, value: float, qualifier: str | None
) -> None:
    figure = only(nlp, text)
    assert (figure.text, figure.kind, figure.unit, figure.qualifier) == (
        written,
        "percent",
        "percent",
        qualifier,
    )
    assert figure.value == pytest.approx(value)


def test_subunit_adds_to_the_currency_before_it(nlp: Language) -> None:
    figure = only(nlp, "A loaf of bread costs 4 dollars and 25 cents in the village.")
    assert (figure.text, figure.value, figure.unit) == ("4 dollars and 25 cents", 4.25, "USD")


def test_article_divides_a_length_by_a_short_time_only(nlp: Language) -> None:
    speed = only(nlp, "The bullet left the barrel at 900 metres a second.")
    assert (speed.value, speed.unit) == (900, "meter_per_second")
    advance = only(nlp, "The dune moves 5 metres a year.")
    assert (advance.value, advance.unit) == (5, "meter")


def test_bare_degrees_are_a_temperature_unless_an_angle(nlp: Language) -> None:
    assert only(nlp, "The water in the lake was 18 degrees on Saturday.").kind == "temperature"
    assert only(nlp, "The road climbs at an angle of 12 degrees.").kind == "measure"


def test_multiplier_counts_nothing(nlp: Language) -> None:
    figure = only(nlp, "Drivers in the city pay four times the national rate.")
    assert (figure.text, figure.value, figure.counts) == ("four times", 4, None)


def test_over_after_a_figure_spreads_it(nlp: Language) -> None:
    found = figures_of(nlp, "The river drops 300 metres over 12 kilometres.")
    assert [(f.text, f.qualifier) for f in found] == [("300 metres", None), ("12 kilometres", None)]


def test_within_is_an_upper_bound(nlp: Language) -> None:
    assert only(nlp, "The storm passed within 40 miles of the coast.").qualifier == "at_most"


def test_number_in_apposition_to_a_person_noun_is_an_age(nlp: Language) -> None:
    figure = only(nlp, "The driver, 52, was treated at the scene.")
    assert (figure.kind, figure.unit, figure.value) == ("age", "year", 52)


def test_fraction_words_used_as_ordinals_are_not_figures(nlp: Language) -> None:
    assert figures_of(nlp, "Stocks rose for a seventh straight session on Tuesday.") == []
    assert figures_of(nlp, "The club won a fourth consecutive title.") == []
    share = only(nlp, "A quarter of the voters stayed home.")
    assert (share.value, share.unit) == (25, "percent")


def test_hyphenated_count_counts_the_noun_it_is_joined_to(nlp: Language) -> None:
    figure = only(nlp, "The charity opened a 40-bed shelter near the station.")
    assert (figure.text, figure.value, figure.counts) == ("40-bed", 40, "bed")


def test_participle_standing_for_people_is_counted(nlp: Language) -> None:
    found = figures_of(nlp, "The court heard that 9 of the 31 accused had fled abroad.")
    assert [(f.value, f.counts) for f in found] == [(9, "accused"), (31, "accused")]


def test_of_a_year_is_no_partitive(nlp: Language) -> None:
    found = figures_of(nlp, "The zoo had 900,000 visitors, more than the 700,000 of 2019.")
    assert [(f.value, f.counts) for f in found] == [(900_000, "visitor"), (700_000, "visitor")]


@pytest.mark.parametrize(
    "text",
    [
        "The bug affects phones running iOS 16 and macOS 13.",
        "The motorway was closed between junctions 4 and 5.",
        "Engineers inspected bridges 4, 7 and 9 on Monday.",
        "It rained for a month's worth of days in a week's time.",
    ],
)
def test_versions_and_junctions_are_not_figures(nlp: Language, text: str) -> None:
    found = [f.text for f in figures_of(nlp, text)]
    assert not [t for t in found if t[0].isdigit()], found


def test_a_fraction_as_subject_is_a_share(nlp: Language) -> None:
    found = figures_of(nlp, "The club has 600 members, and two thirds voted for the merger.")
    assert [(f.value, f.kind) for f in found] == [(600, "count"), (pytest.approx(200 / 3), "percent")]


def test_waiting_over_a_time_is_a_bound(nlp: Language) -> None:
    figure = only(nlp, "Some patients have waited over a year for a scan.")
    assert (figure.value, figure.unit, figure.qualifier) == (1, "year", "more_than")


def test_a_year_is_not_coordinated_with_a_share(nlp: Language) -> None:
    found = figures_of(nlp, "Economists expect inflation of 4.5% in 2025 and 3% in 2026.")
    assert [(f.text, f.unit) for f in found] == [("4.5%", "percent"), ("3%", "percent")]


def test_number_between_two_parts_of_a_name_is_not_a_figure(nlp: Language) -> None:
    assert [f.text for f in figures_of(nlp, "The Galaxy 9 Ultra sold out in hours.")] == []


def test_comparison_after_a_number_qualifies_nothing_after_it(nlp: Language) -> None:
    found = figures_of(nlp, "The club had 800 members, 50 fewer than a year earlier.")
    assert [(f.text, f.qualifier) for f in found] == [
        ("800 members", None),
        ("50", None),
        ("a year earlier", None),
    ]


def test_strong_gives_the_size_of_the_group_after_it(nlp: Language) -> None:
    figure = only(nlp, "A 300-strong crowd gathered outside the court.")
    assert (figure.value, figure.counts) == (300, "crowd")


def test_glued_m_before_a_plural_is_million(nlp: Language) -> None:
    found = figures_of(nlp, "Officials said 2.4m people voted, 0.9m of them by post.")
    assert [(f.value, f.unit, f.counts) for f in found] == [
        (2.4e6, None, "people"),
        (0.9e6, None, "people"),
    ]
    pool = only(nlp, "The town built a 25m pool.")
    assert (pool.value, pool.unit) == (25, "meter")


def test_model_variants_after_a_hyphen_are_not_figures(nlp: Language) -> None:
    assert figures_of(nlp, "The A330-200 and the E190-E2 were grounded.") == []


def test_cubic_kilometres(nlp: Language) -> None:
    figure = only(nlp, "The glacier lost 3 km³ of ice.")
    assert (figure.value, figure.unit, figure.kind) == (3, "cubic_kilometer", "measure")


def test_score_after_a_team_name_is_two_counts(nlp: Language) -> None:
    found = figures_of(nlp, "The Mets beat the Cubs 5-3 in game 2.")
    assert [f.value for f in found] == [5, 3]


def test_model_and_variant_after_a_maker_are_not_figures(nlp: Language) -> None:
    assert figures_of(nlp, "The Boeing 777-300 and the Airbus 330-900 were parked.") == []
    assert only(nlp, "Some 300-400 homes were flooded.").high == 400


def test_count_before_a_model_code_is_not_spaced_thousands(nlp: Language) -> None:
    found = figures_of(nlp, "The airline bought 14 777X jets and 9 000 spare parts.")
    assert [(f.value, f.counts) for f in found] == [(14, "jet"), (9000, "part")]
