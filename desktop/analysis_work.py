"""Analysing one input, the same way in this process, in a worker process or on a cluster node."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.analysis_inputs import AnalysisInput
from desktop.analysis_records import analysis_record, render
from desktop.core.article import ArticleLoadError
from desktop.core.undecodable import escape_undecodable

if TYPE_CHECKING:
    from desktop.nlp.pipeline import Pipeline

COMMAND = "reading-assistant analyze"


@dataclass(frozen=True)
class Outcome:
    """What the command writes for one input: its output, and its error line if it failed."""

    output: str
    error: str | None = None


def analyze_record(pipeline: Pipeline, item: AnalysisInput) -> tuple[dict[str, Any], str | None]:
    """The contract's object for one input, and the one-line reason when it could not be read."""
    # A file name that is not UTF-8 is reported with its bad bytes escaped, so the output
    # stays UTF-8 (the file itself is opened by its real name).
    shown_path = escape_undecodable(item.path)
    try:
        article = item.article()
    except ArticleLoadError as error:
        message = escape_undecodable(one_line(str(error)))
        return {"path": shown_path, "error": message}, message
    try:
        analysis = pipeline.analyze(article.text)
    except Exception as error:  # a fault of ours on one text must not cost a corpus run the rest
        message = escape_undecodable(one_line(f"the analysis failed ({type(error).__name__}: {error})"))
        return {"path": shown_path, "error": message}, message
    return analysis_record(shown_path, article, analysis), None


def analyze_to_outcome(item: AnalysisInput, fmt: str, model: str | None) -> Outcome:
    """One input analysed with this process's pipeline (loaded once), rendered as ``fmt``.

    Raises PipelineUnavailable when no pipeline can be loaded.
    """
    # Imported here: a parent that only hands inputs to workers never loads spaCy.
    from desktop.nlp.pipeline import load_pipeline

    record, message = analyze_record(load_pipeline(model), item)
    error = None if message is None else f"{COMMAND}: {one_line(record['path'])}: {message}"
    return Outcome(render(fmt, record), error)


def one_line(text: str) -> str:
    """``text`` with its line breaks as spaces: an error is one line, whatever the file is called."""
    return " ".join(text.splitlines())


def analyze_partition(items: list[AnalysisInput], fmt: str, model: str | None) -> list[Outcome]:
    """A run of inputs analysed in order: the unit of work sent to a cluster worker."""
    return [analyze_to_outcome(item, fmt, model) for item in items]
