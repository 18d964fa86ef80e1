"""Long texts parsed in two processes give the one-process result; the helper never gets in the way."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import TypeVar, cast

import pytest

from desktop.nlp import entities, parallel
from desktop.nlp import pipeline as pipeline_module
from desktop.nlp.errors import AnalysisCancelled
from desktop.nlp.figures import Reading, read_numbers
from desktop.nlp.merging import ParsedBatch
from desktop.nlp.model import Analysis, Entity
from desktop.nlp.pipeline import Pipeline, load_pipeline

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "harbour-bridge.txt"
T = TypeVar("T")


@pytest.fixture(scope="module")
def pipeline() -> Iterator[Pipeline]:
    loaded = load_pipeline()
    yield loaded
    loaded.close()


@pytest.fixture(scope="module")
def text() -> str:
    """About 7,000 words: sixteen batches of the lowered batch size."""
    return (SAMPLE.read_text(encoding="utf-8").rstrip("\n") + "\n") * 15


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the helper for short texts, in small batches, so the tests stay quick."""
    monkeypatch.setattr(pipeline_module, "PARALLEL_MIN_CHARS", 1_000)
    monkeypatch.setattr(parallel, "BATCH_CHARS", 2_500)


@pytest.fixture
def remote_futures(monkeypatch: pytest.MonkeyPatch) -> list[Future[ParsedBatch]]:
    """The batches handed to the helper, to see whether it did any of the work."""
    handed: list[Future[ParsedBatch]] = []
    submit = parallel.ParseHelper.submit

    def recording_submit(self: parallel.ParseHelper, texts: Sequence[str]) -> Future[ParsedBatch]:
        future = submit(self, texts)
        handed.append(future)
        return future

    monkeypatch.setattr(parallel.ParseHelper, "submit", recording_submit)
    return handed


def one_process_analysis(pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch) -> Analysis:
    with monkeypatch.context() as patch:
        patch.setattr(pipeline_module, "PARALLEL_MIN_CHARS", len(text) + 1)
        return pipeline.analyze(text)


@pytest.mark.usefixtures("small_batches")
def test_two_processes_give_the_one_process_analysis(
    pipeline: Pipeline, text: str, remote_futures: list[Future[ParsedBatch]], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = one_process_analysis(pipeline, text, monkeypatch)
    progress: list[int] = []
    for _ in range(2):  # the first run starts the helper, the second finds it running
        remote_futures.clear()
        analysis = pipeline.analyze(text, progress=lambda done, total: progress.append(done))
        assert analysis == expected
        assert analysis.sentences == expected.sentences
        parsed_by_helper = [f for f in remote_futures if f.done() and not f.cancelled()]
        assert parsed_by_helper
        assert progress[-1] == len(text)
        assert progress == sorted(progress)
        progress.clear()


def test_batches_from_both_ends_cover_the_text_once_and_shrink_where_they_meet() -> None:
    chunks = [f"Paragraph {i} of a long text. " * (i % 5 + 1) + "\n" for i in range(6_000)]
    work = parallel._Work(chunks)
    mine: list[parallel._Batch] = []
    helpers: list[parallel._Batch] = []
    while work:
        handed = work.from_back()
        if handed is not None:
            helpers.append(handed)
        mine.append(work.from_front())
    batches = sorted(mine + helpers, key=lambda batch: batch.start)
    assert [text for batch in batches for text in batch.texts] == chunks
    text = "".join(chunks)
    assert all(text.startswith("".join(batch.texts), batch.start) for batch in batches)
    # This process has the last batch, where the two meet: the helper's are all behind it.
    assert all(batch.start > mine[-1].start for batch in helpers)
    longest_chunk = max(len(chunk) for chunk in chunks)
    sizes = [sum(len(text) for text in batch.texts) for batch in (mine[0], helpers[0], mine[-2], helpers[-1])]
    assert sizes[0] >= parallel.BATCH_CHARS and sizes[1] >= parallel.BATCH_CHARS
    assert all(size < parallel.MIN_BATCH_CHARS + longest_chunk for size in sizes[2:])


@pytest.mark.usefixtures("small_batches")
def test_the_helper_hands_back_its_memory_once_a_texts_batches_are_done(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[tuple[str, Future[ParsedBatch] | Future[None]]] = []
    submit, tidy = parallel.ParseHelper.submit, parallel.ParseHelper.tidy

    def recording_submit(self: parallel.ParseHelper, texts: Sequence[str]) -> Future[ParsedBatch]:
        future = submit(self, texts)
        handed.append(("batch", future))
        return future

    def recording_tidy(self: parallel.ParseHelper) -> Future[None]:
        future = tidy(self)
        handed.append(("tidy", future))
        return future

    monkeypatch.setattr(parallel.ParseHelper, "submit", recording_submit)
    monkeypatch.setattr(parallel.ParseHelper, "tidy", recording_tidy)
    polls = iter(range(1_000_000))
    for cancelled in (lambda: False, lambda: next(polls) >= 3):  # finished, then cancelled
        handed.clear()
        with contextlib.suppress(AnalysisCancelled):
            pipeline.analyze(text, cancelled=cancelled)
        kinds = [kind for kind, _ in handed]
        last_batch = len(kinds) - 1 - kinds[::-1].index("batch")
        assert "tidy" not in kinds[:last_batch]  # never between batches
        assert kinds[-1] == "tidy"  # and at the end, whatever came after the batches
        assert all(future.result(timeout=60) is None for kind, future in handed if kind == "tidy")


@pytest.mark.usefixtures("small_batches")
def test_the_helper_reads_the_numbers_after_its_last_batch(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = one_process_analysis(pipeline, text, monkeypatch)
    handed: list[object] = []
    submit, run = parallel.ParseHelper.submit, parallel.ParseHelper.run

    def recording_submit(self: parallel.ParseHelper, texts: Sequence[str]) -> Future[ParsedBatch]:
        handed.append("batch")
        return submit(self, texts)

    def recording_run(self: parallel.ParseHelper, function: Callable[..., T], *args: object) -> Future[T]:
        future = run(self, function, *args)
        handed.append((function, future))
        return future

    monkeypatch.setattr(parallel.ParseHelper, "submit", recording_submit)
    monkeypatch.setattr(parallel.ParseHelper, "run", recording_run)
    assert pipeline.analyze(text) == expected
    batches = handed.count("batch")
    assert batches > 1
    assert len(handed) == batches + 1  # after every batch, once
    function, future = cast(tuple[object, Future[list[Reading]]], handed[-1])
    assert function is read_numbers
    assert future.result(timeout=60) == read_numbers(text)


@pytest.mark.usefixtures("small_batches")
def test_numbers_the_helper_could_not_read_are_read_here(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = one_process_analysis(pipeline, text, monkeypatch)

    def failing_run(self: parallel.ParseHelper, function: Callable[..., T], *args: object) -> Future[T]:
        failed: Future[T] = Future()
        failed.set_exception(BrokenProcessPool("the helper ended"))
        return failed

    monkeypatch.setattr(parallel.ParseHelper, "run", failing_run)
    with caplog.at_level(logging.WARNING, logger=pipeline_module.__name__):
        assert pipeline.analyze(text) == expected
    assert [r for r in caplog.records if "reading them here" in r.getMessage()]


@pytest.mark.usefixtures("small_batches")
def test_partial_entities_from_both_processes_are_the_uncorrected_entities(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entities, "unify_labels", lambda doc: None)
    monkeypatch.setattr(pipeline_module, "PARTIAL_INTERVAL_SECONDS", 0.0)
    received: list[Entity] = []
    doc = pipeline.parse(text, partial=received.extend)
    assert sorted(received, key=lambda e: e.start) == [
        Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents
    ]
    assert all(text[e.start : e.end] == e.text for e in received)


@pytest.mark.usefixtures("small_batches")
def test_cancelling_drops_the_helpers_work(
    pipeline: Pipeline, text: str, remote_futures: list[Future[ParsedBatch]], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = one_process_analysis(pipeline, text, monkeypatch)
    polls = iter(range(1_000_000))
    with pytest.raises(AnalysisCancelled):
        pipeline.analyze(text, cancelled=lambda: next(polls) >= 3)
    assert remote_futures
    assert all(f.cancelled() or f.running() or f.done() for f in remote_futures)
    assert pipeline.analyze(text) == expected  # nothing of the cancelled run leaks into the next


@pytest.mark.usefixtures("small_batches")
def test_a_helper_that_cannot_load_the_pipeline_is_given_up_quietly(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = one_process_analysis(pipeline, text, monkeypatch)
    # The same parser under a name the helper process cannot load.
    unloadable = Pipeline(pipeline.nlp, "no_such_model_installed")
    try:
        with caplog.at_level(logging.WARNING, logger=parallel.__name__):
            for _ in range(2):  # the second run does not try the helper again
                assert unloadable.analyze(text) == replace(expected, pipeline=unloadable.identity)
        assert [r for r in caplog.records if "parsing in one process from now on" in r.getMessage()]
        assert unloadable._parse_helper() is None
    finally:
        unloadable.close()


@pytest.mark.usefixtures("small_batches")
def test_no_process_support_means_one_process(
    pipeline: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = one_process_analysis(pipeline, text, monkeypatch)

    def no_spawn(method: str) -> None:
        raise ValueError(f"cannot find context for {method!r}")

    monkeypatch.setattr(multiprocessing, "get_context", no_spawn)
    fresh = Pipeline(pipeline.nlp, pipeline.name)
    with caplog.at_level(logging.WARNING, logger=pipeline_module.__name__):
        assert fresh.analyze(text) == expected
    assert [r for r in caplog.records if "Could not set up a parse helper" in r.getMessage()]


HELPER_SCRIPT = """
import multiprocessing
import sys
import time
from desktop.nlp import parallel, pipeline
pipeline.PARALLEL_MIN_CHARS = 1_000
parallel.BATCH_CHARS = 2_500
text = open(sys.argv[1], encoding="utf-8").read() * 20
loaded = pipeline.load_pipeline()
assert loaded.analyze(text).entities
helper = loaded._helper
assert helper is not None and helper.usable
print(*(child.pid for child in multiprocessing.active_children()), flush=True)
if sys.argv[2] == "busy":
    work = helper.submit([text] * 40)  # a minute or more of work, far beyond the test's ceiling
    while not (work.running() or work.done()):  # handed to the helper, out of reach of cancelling
        time.sleep(0.01)
    loaded.close()
print("ending", flush=True)
"""

# Far above the second or so an exit takes, far below the minute a waited-for busy helper would.
EXIT_CEILING_S = 20.0


def _has_ended(pid: int) -> bool:
    """True once no process ``pid`` runs; a zombie awaiting its reaper has ended too."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    # The state letter follows the parenthesised command name, which may itself hold spaces.
    return status.rpartition(")")[2].split()[0] == "Z"


def _ends_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _has_ended(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _has_ended(pid)


@pytest.mark.parametrize("state", ["idle", "busy"])
def test_the_interpreter_ends_at_once_after_using_the_helper(state: str) -> None:
    """An idle helper ends with the interpreter; a busy one is ended by ``close``, not waited for."""
    process = subprocess.Popen(
        [sys.executable, "-c", HELPER_SCRIPT, str(SAMPLE), state], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    helper_pids: list[int] = []
    try:
        assert process.stdout is not None
        helper_pids = [int(pid) for pid in process.stdout.readline().split()]
        assert len(helper_pids) == 1
        assert process.stdout.readline().strip() == "ending"
        assert process.wait(timeout=EXIT_CEILING_S) == 0
        # Not left behind, orphaned, still parsing the queued texts.
        assert _ends_within(helper_pids[0], EXIT_CEILING_S)
    finally:
        process.kill()
        process.wait()
        for pid in helper_pids:  # a failed run leaves no stray helper to slow the rest of the suite
            if not _has_ended(pid) and b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, signal.SIGKILL)
