"""(a) the raw spaCy pipeline and (b) the app's full analysis on the same text, in this process.

(a) is ``nlp.pipe`` over the text's paragraphs in one process: the floor our own work is
measured against. (b) is ``Pipeline.analyze``: parsing, the merged document, entity corrections,
figures, checks, claims and sentences.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop.core.free_memory import collector_paused
from desktop.nlp import pipeline as pipeline_module
from desktop.nlp.pipeline import Pipeline, load_pipeline, split_chunks


def served_pipeline() -> Pipeline:
    """The pipeline as the app's analysis process holds it (``desktop.nlp.analysis_server``):
    loaded, then frozen out of the garbage collector. Unfrozen, each full collection during an
    analysis walks the pipeline's hundred thousand objects (about 70 ms at 20k words)."""
    pipeline = load_pipeline()
    gc.freeze()
    return pipeline


def seconds(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def raw_pipeline_seconds(pipeline: Pipeline, text: str) -> float:
    """(a): spaCy alone over the same paragraphs the app parses, one process, under the same
    conditions as (b) (the garbage collector paused)."""
    chunks = list(split_chunks(text))
    with collector_paused():
        return seconds(lambda: list(pipeline.nlp.pipe(chunks, batch_size=32)))


@contextmanager
def one_process() -> Iterator[None]:
    """Keep the analysis in this process whatever the text's length."""
    threshold = pipeline_module.PARALLEL_MIN_CHARS
    pipeline_module.PARALLEL_MIN_CHARS = 1 << 62
    try:
        yield
    finally:
        pipeline_module.PARALLEL_MIN_CHARS = threshold


def full_analysis_seconds(pipeline: Pipeline, text: str, *, parallel: bool) -> float:
    """(b): the app's whole analysis, as the analysis process runs it (the garbage collector
    paused); ``parallel`` lets long texts use the helper process."""
    with collector_paused():
        if parallel:
            return seconds(lambda: pipeline.analyze(text))
        with one_process():
            return seconds(lambda: pipeline.analyze(text))
