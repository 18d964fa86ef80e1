"""Unit names next to numbers and their SI conversion through pint."""

from __future__ import annotations

import pytest

from desktop.nlp.figures.unit_tables import METRIC_TARGETS, SI_SYMBOLS
from desktop.nlp.figures.units import currency_before, pint_unit, to_si, unit_after


@pytest.mark.parametrize(
    ("after", "unit", "kind"),
    [
        (" miles east", "mile", "measure"),
        ("-foot wall", "foot", "measure"),
        ("kg of rice", "kilogram", "measure"),
        (" square kilometres", "square_kilometer", "measure"),
        (" per cent", "percent", "percent"),
        ("% rise", "percent", "percent"),
        (" degrees Fahrenheit", "degree_fahrenheit", "temperature"),
        (" weeks later", "week", "duration"),
        (" euros", "EUR", "money"),
        (" Swiss francs", "CHF", "money"),
        (" boats", None, None),
    ],
)
def test_unit_after_number(after: str, unit: str | None, kind: str | None) -> None:
    found = unit_after("12" + after, 2)
    assert (found.unit if found else None, found.kind if found else None) == (unit, kind)


@pytest.mark.parametrize(
    ("before", "code"),
    [
        ("$", "USD"),
        ("US$ ", "USD"),
        ("£", "GBP"),
        ("€ ", "EUR"),
        ("C$", "CAD"),
        ("HK$", "HKD"),
        ("GBP ", "GBP"),
    ],
)
def test_currency_before_number(before: str, code: str) -> None:
    found = currency_before(before + "5", len(before))
    assert found is not None and found.unit == code


@pytest.mark.parametrize(
    ("value", "unit", "si_value", "si_unit"),
    [
        (600, "mile", 965.6, "kilometer"),
        (3, "inch", 7.62, "centimeter"),
        (150, "pound", 68.04, "kilogram"),
        (212, "degree_fahrenheit", 100, "degree_celsius"),
        (10, "acre", 4.047, "hectare"),
        (5, "kilometer", 5, "kilometer"),
    ],
)
def test_si_conversion(value: float, unit: str, si_value: float, si_unit: str) -> None:
    si = to_si(value, unit)
    assert si is not None and si.unit == si_unit and si.value == pytest.approx(si_value, rel=1e-3)


@pytest.mark.parametrize("unit", ["USD", "percent", "year", "degree"])
def test_no_si_for_money_shares_time_or_unknown_degrees(unit: str) -> None:
    assert to_si(10, unit) is None


@pytest.mark.parametrize(
    ("after", "unit", "si_unit"),
    [
        (" kPa", "kilopascal", "kilopascal"),
        (" megahertz", "megahertz", "megahertz"),
        (" m/s", "meter_per_second", "kilometer_per_hour"),
        (" miles per second", "mile_per_second", "kilometer_per_second"),
        (" stone", "stone", "kilogram"),
        (" calories", "calorie", "joule"),
    ],
)
def test_units_beyond_the_table_through_pint(after: str, unit: str, si_unit: str) -> None:
    found = unit_after("12" + after, 2)
    assert found is not None and found.unit == unit
    si = to_si(12, found.unit)
    assert si is not None and si.unit == si_unit


@pytest.mark.parametrize("after", [" bars of soap", " points", " hands", " Teslas", " A grade"])
def test_english_words_pint_knows_stay_words(after: str) -> None:
    assert unit_after("12" + after, 2) is None


@pytest.mark.parametrize(("before", "code"), [("A$", "AUD"), ("Rs ", "INR"), ("S$", "SGD")])
def test_more_currency_prefixes(before: str, code: str) -> None:
    found = currency_before(before + "5", len(before))
    assert found is not None and found.unit == code


def test_lowercase_letter_before_dollar_is_a_word() -> None:
    found = currency_before("a $5", 3)
    assert found is not None and (found.start, found.unit) == (2, "USD")


def test_every_metric_unit_a_figure_is_shown_in_has_pints_symbol() -> None:
    # The window shows them from the table, without pint; readers know "km/h" better than "kph".
    shown_in = {unit for targets in METRIC_TARGETS.values() for unit in targets}
    assert set(SI_SYMBOLS) == shown_in
    readers_spelling = {"kilometer_per_hour": "km/h", "kilometer_per_second": "km/s"}
    for unit in shown_in:
        assert SI_SYMBOLS[unit] == readers_spelling.get(unit, f"{pint_unit(unit):~P}"), unit
