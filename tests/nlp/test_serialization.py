"""The analysis cache's JSON gives back exactly the analysis that was stored."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.nlp.model import (
    Analysis,
    Check,
    Claim,
    ClaimKind,
    Entity,
    Figure,
    FigureKind,
    Qualifier,
    SIValue,
    Source,
    Span,
)
from desktop.nlp.pipeline import load_pipeline
from desktop.nlp.serialization import analysis_from_json, analysis_to_json

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-bridge.txt"

offsets = st.integers(min_value=0, max_value=10_000)
words = st.text(max_size=20)
numbers = st.floats(allow_nan=False)
spans = st.builds(Span, offsets, offsets, words)
figures = st.builds(
    Figure,
    start=offsets,
    end=offsets,
    text=words,
    value=numbers,
    kind=st.sampled_from(get_args(FigureKind)),
    sentence=spans,
    low=st.none() | numbers,
    high=st.none() | numbers,
    unit=st.none() | words,
    si=st.none() | st.builds(SIValue, numbers, words),
    counts=st.none() | words,
    qualifier=st.none() | st.sampled_from(get_args(Qualifier)),
)
claims = st.builds(
    Claim,
    start=offsets,
    end=offsets,
    text=words,
    kind=st.sampled_from(get_args(ClaimKind)),
    content=spans,
    source=st.none() | st.builds(Source, offsets, offsets, words, st.none() | words, st.none() | spans),
    cue=st.none() | spans,
    hedges=st.lists(spans, max_size=3).map(tuple),
)
checks = st.builds(Check, words, offsets, st.lists(offsets, max_size=4).map(tuple), st.booleans(), words)


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    text = draw(st.text(max_size=200))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    return Analysis(
        text=text,
        entities=tuple(draw(st.lists(st.builds(Entity, offsets, offsets, words, words), max_size=5))),
        figures=tuple(draw(st.lists(figures, max_size=4))),
        claims=tuple(draw(st.lists(claims, max_size=4))),
        checks=tuple(draw(st.lists(checks, max_size=3))),
        sentences=tuple(Span(a, b, text[a:b]) for a, b in pairwise(cuts)),
        pipeline=draw(words),
    )


def assert_same(restored: Analysis, original: Analysis) -> None:
    assert restored == original
    assert restored.sentences == original.sentences  # not part of Analysis equality
    assert all(isinstance(f.value, float) for f in restored.figures)


@given(analyses())
def test_any_analysis_survives_the_round_trip(analysis: Analysis) -> None:
    assert_same(analysis_from_json(analysis_to_json(analysis)), analysis)


def test_a_real_analysis_survives_the_round_trip() -> None:
    analysis = load_pipeline().analyze(SAMPLE.read_text(encoding="utf-8"))
    assert analysis.figures and analysis.claims and analysis.sentences  # the sample has all of them
    assert any(f.si is not None for f in analysis.figures)
    assert any(c.source is not None and c.cue is not None for c in analysis.claims)
    assert_same(analysis_from_json(analysis_to_json(analysis)), analysis)


@pytest.mark.parametrize("stored", ["[]", "{}", '{"format": 1}', '{"format": 99, "text": ""}', "not json"])
def test_anything_else_is_a_value_error(stored: str) -> None:
    with pytest.raises(ValueError):
        analysis_from_json(stored)


def test_via_is_written_only_when_a_document_carries_the_claim() -> None:
    """Older readers of the contract see no new key on claims made in person."""
    in_person = Source(0, 3, "She", "Ann Cole")
    through = Source(0, 9, "the union", "union", Span(10, 19, "A release"))
    assert "via" not in in_person.to_json()
    assert through.to_json()["via"] == {"start": 10, "end": 19, "text": "A release"}
