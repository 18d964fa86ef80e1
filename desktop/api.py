"""The analysis as a Python library: texts or files in, contract-shaped dicts out.

    >>> from desktop.api import analyze_texts
    >>> [record] = analyze_texts(["Angela Merkel visited Paris on Monday."])
    >>> [(e["text"], e["label"]) for e in record["entities"]][:2]
    [('Angela Merkel', 'PERSON'), ('Paris', 'GPE')]

Every dict has the shape of one line of ``reading-assistant analyze`` (the contract in
``../shared/analyze-contract.md``): ``path``, ``title``, ``metadata``, ``text`` and the
``entities``, ``figures``, ``claims`` and ``checks`` whose offsets index ``text``. An input
that cannot be read gives ``{"path": ..., "error": "one-line reason"}`` instead of raising.

The spaCy pipeline (``model``, else ``$READING_ASSISTANT_MODEL``, else ``en_core_web_sm``)
is loaded once per process, on first use, and kept: call these functions from as many
worker processes as you like (a ``multiprocessing`` pool, Dask, Spark), each pays the load
once. Results come lazily, one per input, in input order. ``PipelineUnavailable`` is
raised when no pipeline can be loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from os import PathLike
from typing import Any

from desktop.analysis_inputs import AnalysisInput
from desktop.analysis_work import analyze_record
from desktop.nlp.errors import PipelineUnavailable
from desktop.nlp.pipeline import load_pipeline

__all__ = ["PipelineUnavailable", "analyze_paths", "analyze_texts"]


def analyze_texts(texts: Iterable[str], model: str | None = None) -> Iterator[dict[str, Any]]:
    """One contract dict per plain text, in order; ``path`` is None (the text has no file)."""
    pipeline = load_pipeline(model)
    for text in texts:
        record, _ = analyze_record(pipeline, AnalysisInput("", text=text))
        record["path"] = None
        yield record


def analyze_paths(paths: Iterable[str | PathLike[str]], model: str | None = None) -> Iterator[dict[str, Any]]:
    """One contract dict per article file (.txt, .md, .html, .pdf, .epub), in order."""
    pipeline = load_pipeline(model)
    for path in paths:
        record, _ = analyze_record(pipeline, AnalysisInput(str(path)))
        yield record
