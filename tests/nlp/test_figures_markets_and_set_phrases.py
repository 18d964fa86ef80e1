"""Figures as market reports, numbered lists and fixed phrases write them (reader audit of the
shared news pages): index names, market codes, exchange rates, vague plurals of a currency,
list numbers, "at one point", a counted noun in quotes, and what a changed or owned amount is of."""

from __future__ import annotations

import pytest
from spacy.language import Language

from desktop.nlp.pipeline import Pipeline
from tests.nlp.test_figures import figures_of, only


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("In Frankfurt the DAX 40 index slipped 0.3% by midday.", "0.3%"),
        ("Madrid's IBEX 35 index gained 1.1% on bank shares.", "1.1%"),
    ],
)
def test_a_number_in_an_upper_case_index_name_is_no_figure(nlp: Language, text: str, written: str) -> None:
    assert [figure.text for figure in figures_of(nlp, text)] == [written]


@pytest.mark.parametrize(
    ("sentence", "written", "measures"),
    [
        ("Benchmark wheat Wc1 climbed 1.4% to $5.62 a bushel.", "$5.62", "wheat"),
        ("The Swiss franc CHF= was last at $1.12 after the data.", "$1.12", "franc"),
        ("Nickel MNI3 fell to $16,250 a tonne in London.", "$16,250", "nickel"),
    ],
)
def test_a_market_code_is_not_what_a_price_measures(
    pipeline: Pipeline, sentence: str, written: str, measures: str
) -> None:
    figure = next(f for f in pipeline.analyze(sentence).figures if f.text == written)
    assert figure.measures == measures


@pytest.mark.parametrize(
    ("sentence", "written", "unit", "per"),
    [
        ("The yen weakened to 151.30 per dollar after the bank held rates.", "151.30", "JPY", "dollar"),
        ("Traders sold the rand, which ended at 19.85 per euro.", "19.85", "ZAR", "euro"),
    ],
)
def test_an_exchange_rate_is_in_the_currency_named_before_it(
    pipeline: Pipeline, sentence: str, written: str, unit: str, per: str
) -> None:
    figure = next(f for f in pipeline.analyze(sentence).figures if f.text == written)
    assert (figure.kind, figure.unit, figure.per) == ("money", unit, per)


def test_a_rate_per_currency_with_no_other_currency_named_stays_bare(nlp: Language) -> None:
    figure = only(nlp, "The index stood at 98.2 per dollar of output.")
    assert figure.unit is None


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The scheme has cost taxpayers millions of pounds so far.", "millions of pounds", "GBP"),
        ("Investors have poured billions of euros into the sector.", "billions of euros", "EUR"),
    ],
)
def test_a_vague_plural_of_a_currency_is_money(nlp: Language, text: str, written: str, unit: str) -> None:
    figure = only(nlp, text)
    assert (figure.text, figure.kind, figure.unit, figure.qualifier) == (written, "money", unit, "at_least")


def test_a_vague_plural_coordinated_with_a_currency_shares_it(nlp: Language) -> None:
    found = figures_of(nlp, "They lost millions and millions of dollars on the deal.")
    assert [(f.text, f.unit) for f in found] == [("millions", "USD"), ("millions of dollars", "USD")]


def test_list_and_heading_numbers_are_no_figures(nlp: Language) -> None:
    text = (
        "The minister made three points.\n"
        "2. Budgets will not be cut\n"
        "She said the plan was fixed.\n"
        "3) Schools keep 40 teachers each\n"
    )
    assert [(f.text, f.value) for f in figures_of(nlp, text)] == [("three points", 3), ("40 teachers", 40)]


@pytest.mark.parametrize(
    "text",
    [
        "At one point the queue stretched around the block.",
        "The crowd was, at one stage, chanting his name.",
        "One day, she walked out of the office and never came back.",
        "They waited until one morning the letter arrived.",
    ],
)
def test_one_in_a_set_phrase_counts_nothing(nlp: Language, text: str) -> None:
    assert figures_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The court suspended him for one day.", "one day"),
        ("One day later, the bridge reopened.", "One day later"),
    ],
)
def test_one_day_that_lasts_or_dates_stays_a_figure(nlp: Language, text: str, written: str) -> None:
    assert only(nlp, text).text == written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The firm promised three “upgrades” to the software this year.", "three “upgrades”"),
        ('He described five "reforms" in the speech.', 'five "reforms"'),
    ],
)
def test_a_counted_noun_in_quotes_keeps_its_closing_mark(nlp: Language, text: str, written: str) -> None:
    assert only(nlp, text).text == written


@pytest.mark.parametrize(
    ("sentence", "written", "measures"),
    [
        ("The ministry wants to raise its defence budget to $80 billion by 2030.", "$80 billion", "budget"),
        ("The council cut the library grant by £2 million last year.", "£2 million", "grant"),
        ("My team had $5 million ready, she said.", "$5 million", None),
    ],
)
def test_a_changed_amount_measures_the_object_and_an_owned_one_not_the_owner(
    pipeline: Pipeline, sentence: str, written: str, measures: str | None
) -> None:
    figure = next(f for f in pipeline.analyze(sentence).figures if f.text == written)
    assert figure.measures == measures
