"""Number phrases written in digits, words and mixes (pure text rules, no pipeline)."""

from __future__ import annotations

import math

import pytest

from desktop.nlp.figures.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Eight", 8),
        ("twenty-one", 21),
        ("fifty - two", 52),
        ("a hundred and two", 102),
        ("1.3 million", 1_300_000),
        ("2 1/2", 2.5),
        ("1,500,000", 1_500_000),
        ("1 500 000", 1_500_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("one and a half", 1.5),
        ("four million and a half", 4_500_000),
        ("seven hundred and one quarter", 700.25),
        ("three point one four", 3.14),
        ("minus twelve", -12),
        ("-7.5", -7.5),
        ("25k", 25_000),
        ("3.4bn", 3.4e9),
        ("12 lakh", 1_200_000),
        ("nine thousand four hundred and eleven", 9411),
        ("one out of four", 0.25),
    ],
)
def test_parses_whole_phrase(written: str, value: float) -> None:
    parsed = parse_number(written)
    assert parsed is not None and math.isclose(parsed, value)


def test_separate_numbers_stay_separate() -> None:
    phrases = find_numbers("between 14 and 16 boats, 3 of them new")
    assert [(p.text, p.value) for p in phrases] == [("14", 14), ("16", 16), ("3", 3)]


def test_ordinals_alone_are_not_numbers() -> None:
    assert find_numbers("the third quarter of the first half") == []


def test_offsets_index_the_text() -> None:
    text = "They counted twenty-two ships."
    (phrase,) = find_numbers(text)
    assert text[phrase.start : phrase.end] == "twenty-two"


def test_minus_between_numbers_is_a_range_dash() -> None:
    assert [p.value for p in find_numbers("aged 30 - 40")] == [30, 40]


@pytest.mark.parametrize(
    ("written", "value"),
    [("dozens", 24), ("hundreds of thousands", 200_000), ("tens of millions", 2e7), ("thousands", 2000)],
)
def test_vague_plurals_are_read_as_the_least_they_mean(written: str, value: float) -> None:
    (phrase,) = find_numbers(written)
    assert (phrase.text, phrase.value, phrase.vague) == (written, value, True)


def test_tens_alone_is_not_a_number() -> None:
    assert find_numbers("tens were there") == []
