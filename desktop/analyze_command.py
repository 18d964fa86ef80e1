"""``reading-assistant analyze``: the analysis as JSON Lines or a Markdown report.

Its output shape is a contract other tools read (``../shared/analyze-contract.md``).
Inputs are analysed in this process (``jobs=1``), in worker processes, or on a Dask
cluster (``scheduler``); the output is the same, in input order, whichever runs it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import BinaryIO, TextIO

from desktop.analysis_inputs import AnalysisInput, expand_inputs
from desktop.analysis_records import render
from desktop.analysis_work import COMMAND, Outcome, analyze_to_outcome, one_line
from desktop.cluster_analysis import ClusterUnavailable
from desktop.core.undecodable import escape_undecodable
from desktop.nlp.errors import PipelineUnavailable
from desktop.progress import ProgressLine

Runner = Callable[[list[AnalysisInput], str, str | None, Callable[[Outcome], None]], None]


def run_analyze(
    paths: list[str],
    fmt: str,
    model: str | None,
    out: TextIO,
    err: TextIO,
    stdin: BinaryIO | None = None,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> int:
    """Analyse every path (a folder: its supported files); return the contract's exit status.

    ``stdin`` (standard input by default) is read as bytes for ``-``: the contract wants
    UTF-8 there, and anything else gets an ``"error"`` line like an unreadable file.
    ``jobs`` worker processes share the work (one pipeline each); with ``scheduler`` the
    inputs go to the Dask cluster at that address instead.
    """
    items = list(expand_inputs(paths, stdin if stdin is not None else sys.stdin.buffer))
    progress = ProgressLine(len(items), err)
    failed = False
    written = 0

    def emit(outcome: Outcome) -> None:
        nonlocal failed, written
        if outcome.error is not None:
            failed = True
            progress.interrupt(outcome.error)
        out.write(outcome.output)
        out.flush()
        written += 1
        progress.advance()

    try:
        _runner(jobs, scheduler, len(items))(items, fmt, model, emit)
    except (PipelineUnavailable, ClusterUnavailable) as error:
        progress.interrupt(f"{COMMAND}: {error}")
        # Every input still gets its line, as the contract has it for inputs not analysed.
        reason = one_line(str(error))
        for item in items[written:]:
            out.write(render(fmt, {"path": escape_undecodable(item.path), "error": reason}))
        out.flush()
        return 1
    finally:
        progress.close()
    return 1 if failed else 0


def _runner(jobs: int, scheduler: str | None, count: int) -> Runner:
    if scheduler is not None:
        from desktop.cluster_analysis import analyze_on_cluster

        return lambda items, fmt, model, emit: analyze_on_cluster(scheduler, items, fmt, model, emit)
    workers = min(jobs, count)
    if workers <= 1:
        return _analyze_here
    from desktop.process_analysis import analyze_in_processes

    return lambda items, fmt, model, emit: analyze_in_processes(items, fmt, model, workers, emit)


def _analyze_here(
    items: Iterable[AnalysisInput], fmt: str, model: str | None, emit: Callable[[Outcome], None]
) -> None:
    for item in items:
        emit(analyze_to_outcome(item, fmt, model))
