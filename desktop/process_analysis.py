"""Analysis spread over worker processes on this machine, results kept in input order.

Each worker loads the pipeline once (at start, so all load together) and analyses one input
at a time. At most ``WINDOW_PER_WORKER × jobs`` inputs are in flight: a slow input holds
back the output behind it, never the memory of the whole corpus.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable
from multiprocessing.pool import AsyncResult

from desktop.analysis_inputs import AnalysisInput
from desktop.analysis_work import Outcome, analyze_to_outcome
from desktop.core.orphans import exit_when_orphaned
from desktop.nlp.errors import PipelineUnavailable

WINDOW_PER_WORKER = 4


def analyze_in_processes(
    items: Iterable[AnalysisInput],
    fmt: str,
    model: str | None,
    jobs: int,
    emit: Callable[[Outcome], None],
) -> None:
    """``emit`` every input's outcome, in input order; PipelineUnavailable if none loads.

    Workers are spawned (no copy of this process's state) and killed on the way out,
    however it is left (the last output, an error, Ctrl-C).
    """
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(jobs, initializer=_start_worker, initargs=(model, os.getpid()))
    try:
        pending: deque[AsyncResult[Outcome]] = deque()
        for item in items:
            pending.append(pool.apply_async(analyze_to_outcome, (item, fmt, model)))
            if len(pending) >= WINDOW_PER_WORKER * jobs:
                emit(pending.popleft().get())
        while pending:
            emit(pending.popleft().get())
    finally:
        pool.terminate()
        pool.join()


def _start_worker(model: str | None, parent_pid: int) -> None:
    # Ctrl-C at a terminal reaches the whole process group; the parent alone answers it
    # (by ending the workers), so a worker prints no traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_when_orphaned(parent_pid)
    from desktop.nlp.pipeline import load_pipeline

    # Without a pipeline, the first input raises PipelineUnavailable again for the parent.
    with contextlib.suppress(PipelineUnavailable):
        load_pipeline(model)
