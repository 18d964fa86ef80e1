"""The analysis process's side: load the pipeline, then analyse what the window sends.

Started (``spawn``) by ``desktop.nlp.analysis_process`` at the window's launch, it loads spaCy
while Qt builds the window, on the other core. A thread receives the requests, so that a
``Cancel`` reaches the running analysis (checked between paragraphs) at once; the main thread
analyses one request at a time and answers with plain data only. This module is imported by
the window's process too (to name the process's entry point), so spaCy is imported inside.
"""

from __future__ import annotations

import gc
import queue
import signal
import threading
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from desktop.core.free_memory import collector_paused, tidy_up_after_work
from desktop.core.orphans import end_with_children, exit_when_orphaned
from desktop.core.unused_libraries import keep_out
from desktop.nlp.analysis_messages import (
    Analyze,
    Cancel,
    ChoosePipeline,
    Decode,
    Failed,
    Packed,
    Partial,
    PipelineFailed,
    PipelineReady,
    Progress,
    Request,
)
from desktop.nlp.analysis_transfer import pack_analysis
from desktop.nlp.errors import AnalysisCancelled, PipelineUnavailable
from desktop.nlp.model import Entity
from desktop.nlp.serialization import analysis_from_json, analysis_to_json

if TYPE_CHECKING:
    from desktop.nlp.pipeline import Pipeline

# Progress is sent at most this often (and once at the end): the window repaints a bar, not more.
PROGRESS_INTERVAL_SECONDS = 0.05


def serve(
    choice: ChoosePipeline | None,
    requests: Connection,
    events: Connection,
    parent_pid: int,
) -> None:
    """The process's entry point; returns when the window's process asks it to or goes away.
    Without a ``choice``, the first request makes it (spaCy is imported meanwhile)."""
    # Ctrl-C at a terminal reaches the whole process group; the window answers it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Ended from outside (``AnalysisProcess.close`` when a stop takes too long): the parse
    # helper goes too.
    signal.signal(signal.SIGTERM, lambda _signal, _frame: end_with_children(1))
    exit_when_orphaned(parent_pid)
    keep_out("dask")  # pint would import it (see desktop.core.unused_libraries); never used here
    if choice is None:
        choice = _first_choice(requests)
        if choice is None:  # closed before choosing
            return
    work: queue.Queue[Analyze | Decode | None] = queue.Queue()
    cancelled: set[int] = set()
    threading.Thread(target=_receive, args=(requests, work, cancelled), daemon=True).start()
    pipeline = _load(choice.model, choice.fallbacks, events)
    if pipeline is None:
        return
    try:
        while (item := work.get()) is not None:
            if item.request in cancelled:
                events.send(Failed(item.request, "cancelled", cancelled=True))
            else:
                with collector_paused():
                    answer = _answer(pipeline, item, cancelled, events)
                events.send(answer)
            if work.empty():  # before idling
                tidy_up_after_work()
    finally:
        pipeline.close()  # ends the parse helper of long texts, if one was started


def _first_choice(requests: Connection) -> ChoosePipeline | None:
    """The pipeline the window chooses once it has read its settings; None if it closes first."""
    import desktop.nlp.pipeline  # noqa: F401  (spaCy: most of the loading, done while waiting)

    try:
        message = requests.recv()
    except (EOFError, OSError):
        return None
    return message if isinstance(message, ChoosePipeline) else None


def _receive(requests: Connection, work: queue.Queue[Analyze | Decode | None], cancelled: set[int]) -> None:
    while True:
        try:
            request: Request | None = requests.recv()
        except (EOFError, OSError):  # the window's process closed its end
            request = None
        if isinstance(request, Cancel):
            cancelled.add(request.request)
            continue
        work.put(request)
        if request is None:
            return


def _load(model: str | None, fallbacks: Sequence[str] | None, events: Connection) -> Pipeline | None:
    try:
        from desktop.nlp.pipeline import load_pipeline

        pipeline = load_pipeline(model, fallbacks)
    except PipelineUnavailable as error:
        events.send(PipelineFailed(str(error)))
        return None
    except Exception as error:  # a broken install: say what it is, the window goes on without
        events.send(PipelineFailed(f"Could not load the pipeline: {error}"))
        return None
    # The pipeline's hundreds of thousands of long-lived objects would otherwise be walked by
    # every full garbage collection.
    gc.freeze()
    events.send(PipelineReady(pipeline.info))
    return pipeline


def _answer(
    pipeline: Pipeline, item: Analyze | Decode, cancelled: set[int], events: Connection
) -> Packed | Failed:
    request = item.request
    try:
        if isinstance(item, Decode):
            return Packed(request, pack_analysis(analysis_from_json(item.json_utf8)), None)
        last_progress = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last_progress
            now = time.monotonic()
            if done == total or now - last_progress >= PROGRESS_INTERVAL_SECONDS:
                last_progress = now
                events.send(Progress(request, done, total))

        def partial(entities: list[Entity]) -> None:
            events.send(Partial(request, entities))

        analysis = pipeline.analyze(
            item.text,
            progress=progress,
            cancelled=lambda: request in cancelled,
            partial=partial,
            corrections=item.corrections,
        )
        return Packed(request, pack_analysis(analysis), analysis_to_json(analysis).encode("utf-8"))
    except AnalysisCancelled:
        return Failed(request, "cancelled", cancelled=True)
    except Exception as error:  # one text's failure is reported; the process serves the next
        return Failed(request, f"Analysis failed: {error}")
