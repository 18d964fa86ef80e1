"""The analysis process: the same analysis as in this process, cancel, and a clear failure."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.entity_corrections import EntityCorrection
from desktop.nlp import analysis_transfer
from desktop.nlp.analysis_messages import (
    Event,
    Failed,
    Finished,
    Partial,
    PipelineFailed,
    PipelineReady,
    Progress,
)
from desktop.nlp.analysis_process import AnalysisProcess
from desktop.nlp.pipeline import INSTALL_HINT, PARALLEL_MIN_CHARS, Pipeline
from desktop.nlp.serialization import analysis_to_json
from tests.conftest import SAMPLES_DIR

WAIT_S = 120
SAMPLE = (SAMPLES_DIR / "harbour-bridge.txt").read_text(encoding="utf-8")


class Events:
    """A listener that queues what it hears (on the process's reader thread) for the test."""

    def __init__(self) -> None:
        self.heard: queue.Queue[Event] = queue.Queue()

    def __call__(self, event: Event) -> None:
        self.heard.put(event)

    def next(self) -> Event:
        return self.heard.get(timeout=WAIT_S)

    def until_done(self) -> tuple[list[Event], Finished | Failed]:
        seen: list[Event] = []
        while not isinstance(event := self.next(), Finished | Failed):
            seen.append(event)
        return seen, event


@pytest.fixture(scope="module")
def process() -> Iterator[AnalysisProcess]:
    # As at launch: started before the window has read which pipeline to use.
    started = AnalysisProcess(None, choose_later=True)
    ready = Events()
    started.add_listener(ready)
    started.choose(None)
    assert isinstance(ready.next(), PipelineReady)
    yield started
    started.close()


def test_the_process_analyses_as_this_process_does(process: AnalysisProcess, pipeline: Pipeline) -> None:
    events = Events()
    process.analyze(SAMPLE, events)
    _, finished = events.until_done()
    assert isinstance(finished, Finished)
    here = pipeline.analyze(SAMPLE)
    assert finished.analysis == here
    assert finished.analysis.sentences == here.sentences
    assert finished.json_utf8 == analysis_to_json(here).encode("utf-8")


def test_the_readers_corrections_are_applied_there_as_here(
    process: AnalysisProcess, pipeline: Pipeline
) -> None:
    # Written for this test: the small model calls "Marko Sunflower" an organisation.
    text = (
        "The trucks left early because Sunflower Aid had fuel, said Marko Sunflower.\n\n"
        "Later, Sunflower thanked the drivers in Odesa.\n"
    )
    corrections = (EntityCorrection("Marko Sunflower", "PERSON"), EntityCorrection("Odesa", None))
    events = Events()
    process.analyze(text, events, corrections)
    _, finished = events.until_done()
    assert isinstance(finished, Finished)
    here = pipeline.analyze(text, corrections=corrections)
    assert finished.analysis == here
    assert finished.json_utf8 == analysis_to_json(here).encode("utf-8")
    labels = {entity.text: entity.label for entity in finished.analysis.entities}
    assert labels["Marko Sunflower"] == "PERSON" and "Odesa" not in labels
    assert finished.analysis != pipeline.analyze(text), "the corrections changed the analysis"


def test_a_cached_analysis_is_decoded_there(process: AnalysisProcess, pipeline: Pipeline) -> None:
    here = pipeline.analyze(SAMPLE)
    events = Events()
    process.decode(SAMPLE, analysis_to_json(here).encode("utf-8"), events)
    _, finished = events.until_done()
    assert isinstance(finished, Finished)
    assert finished.analysis == here and finished.json_utf8 is None


def test_long_texts_use_the_parse_helper_report_progress_and_can_be_cancelled(
    process: AnalysisProcess,
) -> None:
    long_text = SAMPLE * (PARALLEL_MIN_CHARS // len(SAMPLE) + 1)
    events = Events()
    request = process.analyze(long_text, events)
    seen = [events.next() for _ in range(3)]
    assert any(isinstance(event, Progress) and event.request == request for event in seen)
    assert process.pid is not None
    assert _children(process.pid)
    process.cancel(request)
    # Nothing more reaches the listener of a cancelled request; the process serves the next one.
    after = Events()
    process.analyze("Angela Merkel visited Paris on Monday.", after)
    heard, finished = after.until_done()
    assert isinstance(finished, Finished)
    assert [e.text for e in finished.analysis.entities][:2] == ["Angela Merkel", "Paris"]
    assert all(not isinstance(event, Finished | Failed) for event in list(events.heard.queue))
    assert all(isinstance(event, Progress | Partial) for event in heard)


def test_without_a_pipeline_every_request_fails_with_what_to_install() -> None:
    process = AnalysisProcess("missing_model_two", fallbacks=("missing_model_one",))
    state = Events()
    process.add_listener(state)
    failed = state.next()
    assert isinstance(failed, PipelineFailed) and INSTALL_HINT in failed.message
    events = Events()
    process.analyze(SAMPLE, events)
    _, answer = events.until_done()
    assert isinstance(answer, Failed) and INSTALL_HINT in answer.message
    process.close()


def test_a_pipeline_chosen_after_the_start_is_the_one_loaded() -> None:
    process = AnalysisProcess(None, choose_later=True)
    state = Events()
    process.add_listener(state)
    process.choose("missing_model_two", fallbacks=("missing_model_one",))
    failed = state.next()
    assert isinstance(failed, PipelineFailed)
    assert "missing_model_two" in failed.message and INSTALL_HINT in failed.message
    process.close()


def test_a_process_closed_before_its_pipeline_is_chosen_ends_without_loading_one() -> None:
    process = AnalysisProcess(None, choose_later=True)
    state = Events()
    process.add_listener(state)
    process.close()
    assert process.pid is not None and not _is_running(process.pid)
    assert list(state.heard.queue) == []  # closed on purpose: nothing to report


def test_packing_keeps_every_item_in_order(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis_transfer, "PIECE_ITEMS", 7)
    analysis = pipeline.analyze(SAMPLE)
    packed = analysis_transfer.pack_analysis(analysis)
    assert len(analysis.entities) > 7 and len(packed.pieces["entities"]) == -(-len(analysis.entities) // 7)
    restored = analysis_transfer.unpack_analysis(packed, analysis.text)
    assert restored == analysis and restored.sentences == analysis.sentences


def test_closing_in_the_middle_of_a_long_text_ends_the_process_and_its_parse_helper() -> None:
    process = AnalysisProcess(None)
    events = Events()
    process.add_listener(events)
    assert isinstance(events.next(), PipelineReady)
    process.analyze(SAMPLE * (PARALLEL_MIN_CHARS // len(SAMPLE) + 1), events)
    assert isinstance(events.next(), Progress | Partial)
    assert process.pid is not None
    helpers = [int(pid) for pid in _children(process.pid)]
    assert helpers
    process.close()
    assert not Path(f"/proc/{process.pid}").exists()
    deadline = time.monotonic() + WAIT_S
    while any(_is_running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_is_running(pid) for pid in helpers)


def _children(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="utf-8").split()


def _is_running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
