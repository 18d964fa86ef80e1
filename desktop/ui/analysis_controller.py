"""Loads the pipeline and runs analyses off the GUI thread; the only UI module that touches NLP.

Every analysis request gets a generation number. A newer request cancels older ones, and the
results of older ones are dropped, so opening another article never shows stale highlights.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.entity_corrections import EntityCorrection
from desktop.nlp.errors import AnalysisCancelled, PipelineUnavailable
from desktop.nlp.model import Analysis, Entity
from desktop.nlp.serialization import analysis_from_json, analysis_to_json
from desktop.ui.analysis_cache import AnalysisCache
from desktop.ui.workers import WorkerPool

if TYPE_CHECKING:
    from desktop.nlp.pipeline import Pipeline


class AnalysisController(QObject):
    pipelineReady = Signal(str)  # pipeline identity
    pipelineUnavailable = Signal(str)  # what to install
    analysisStarted = Signal(int)  # generation
    analysisProgress = Signal(int, int, int)  # generation, characters done, characters in all
    analysisPartial = Signal(int, object)  # generation, list[Entity] found so far (a batch)
    analysisFinished = Signal(int, object)  # generation, Analysis
    analysisFailed = Signal(int, str)  # generation, message

    def __init__(
        self, model: str | None = None, cache: AnalysisCache | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.cache = cache
        self.cache_hits = 0
        # spaCy pipelines are not safe to share between threads: one NLP thread.
        self._workers = WorkerPool(1, self)
        self._pipeline: Pipeline | None = None
        self._unavailable: str | None = None
        self._loading = False
        self._generation = 0
        self._pending: tuple[int, str] | None = None
        # The reader's entity corrections, applied to every analysis started from now on.
        self.corrections: tuple[EntityCorrection, ...] = ()

    @property
    def pipeline(self) -> Pipeline | None:
        return self._pipeline

    @property
    def current_generation(self) -> int:
        return self._generation

    def load_pipeline(self) -> None:
        if self._pipeline is not None or self._loading:
            return
        self._loading = True
        model = self._model
        self._workers.submit(lambda: _load(model), self._on_pipeline_loaded, self._on_pipeline_failed)

    def analyze(self, text: str) -> int:
        """Queue ``text`` for analysis; returns the generation its result will carry."""
        self._generation += 1
        generation = self._generation
        if self._unavailable is not None:
            # On the next turn, not now: the caller must first learn which generation is current,
            # or it would drop this failure as stale.
            message = self._unavailable
            QTimer.singleShot(0, self, lambda: self.analysisFailed.emit(generation, message))
        elif self._pipeline is None:
            self._pending = (generation, text)
            self.load_pipeline()
        else:
            self._start(generation, text)
        return generation

    def cancel(self) -> None:
        """Drop the running analysis (its thread stops at the next paragraph)."""
        self._generation += 1
        self._pending = None

    def _start(self, generation: int, text: str) -> None:
        pipeline = self._pipeline
        assert pipeline is not None
        self.analysisStarted.emit(generation)
        corrections = self.corrections
        cached = self.cache.lookup(text, pipeline, corrections) if self.cache is not None else None
        if cached is not None:
            self.cache_hits += 1
            # Even parsing the cached JSON of a long article takes a while: off the GUI thread.
            self._workers.submit(
                lambda: (analysis_from_json(cached), None),
                lambda result: self._on_analysis_done(generation, text, corrections, result),
                lambda error: self._on_analysis_failed(generation, error),
            )
            return

        def is_stale() -> bool:
            return generation != self._generation

        def report(done: int, total: int) -> None:
            self.analysisProgress.emit(generation, done, total)

        def report_entities(batch: list[Entity]) -> None:
            self.analysisPartial.emit(generation, batch)

        def analyze() -> tuple[Analysis, str]:
            analysis = pipeline.analyze(
                text, progress=report, cancelled=is_stale, partial=report_entities, corrections=corrections
            )
            return analysis, analysis_to_json(analysis)

        self._workers.submit(
            analyze,
            lambda result: self._on_analysis_done(generation, text, corrections, result),
            lambda error: self._on_analysis_failed(generation, error),
        )

    def _on_pipeline_loaded(self, pipeline: Pipeline) -> None:
        # The pipeline's hundreds of thousands of long-lived objects would otherwise be walked
        # by every full garbage collection, a pause of a tenth of a second in the window.
        gc.freeze()
        self._loading = False
        self._pipeline = pipeline
        self.pipelineReady.emit(pipeline.identity)
        if self._pending is not None:
            generation, text = self._pending
            self._pending = None
            if generation == self._generation:
                self._start(generation, text)

    def _on_pipeline_failed(self, error: BaseException) -> None:
        self._loading = False
        message = (
            str(error) if isinstance(error, PipelineUnavailable) else f"Could not load the pipeline: {error}"
        )
        self._unavailable = message
        print(f"reading-assistant: {message}", file=sys.stderr)
        self.pipelineUnavailable.emit(message)
        if self._pending is not None:
            generation, _ = self._pending
            self._pending = None
            self.analysisFailed.emit(generation, message)

    def _on_analysis_done(
        self,
        generation: int,
        text: str,
        corrections: tuple[EntityCorrection, ...],
        result: tuple[Analysis, str | None],
    ) -> None:
        analysis, json_text = result
        if json_text is not None and self.cache is not None and self._pipeline is not None:
            self.cache.store(text, self._pipeline, corrections, json_text)
        if generation == self._generation:
            self.analysisFinished.emit(generation, analysis)

    def _on_analysis_failed(self, generation: int, error: BaseException) -> None:
        if isinstance(error, AnalysisCancelled) or generation != self._generation:
            return
        self.analysisFailed.emit(generation, f"Analysis failed: {error}")

    def shutdown(self) -> None:
        self.cancel()
        self._workers.wait_for_done(30_000)
        if self._pipeline is not None:
            self._pipeline.close()  # ends the helper process of long-text analysis, if any


def _load(model: str | None) -> Pipeline:
    # spaCy is imported here, on the worker thread, once the window is already up.
    from desktop.nlp.pipeline import load_pipeline

    return load_pipeline(model)
