"""Sends texts to the analysis process and turns its answers into signals on the GUI thread.

The pipeline runs in its own process (``desktop.nlp.analysis_process``): spaCy is never imported
here, and the GUI thread only receives finished, plain results. Every analysis request gets a
generation number. A newer request cancels older ones, and the results of older ones are
dropped, so opening another article never shows stale highlights.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.core.entity_corrections import EntityCorrection
from desktop.nlp.analysis_messages import (
    Event,
    Failed,
    Finished,
    Partial,
    PipelineFailed,
    PipelineReady,
    Progress,
)
from desktop.nlp.analysis_process import AnalysisProcess, shared_process
from desktop.nlp.model import PipelineInfo
from desktop.ui.analysis_cache import AnalysisCache

Corrections = tuple[EntityCorrection, ...]


class AnalysisController(QObject):
    pipelineReady = Signal(str)  # pipeline identity
    pipelineUnavailable = Signal(str)  # what to install
    analysisStarted = Signal(int)  # generation
    analysisProgress = Signal(int, int, int)  # generation, characters done, characters in all
    analysisPartial = Signal(int, object)  # generation, list[Entity] found so far (a batch)
    analysisFinished = Signal(int, object)  # generation, Analysis
    analysisFailed = Signal(int, str)  # generation, message
    # The analysis process's events, from its reader thread to this object's (the GUI) thread.
    _received = Signal(object)

    def __init__(
        self,
        model: str | None = None,
        cache: AnalysisCache | None = None,
        parent: QObject | None = None,
        fallback_models: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._fallback_models = fallback_models
        self.cache = cache
        self.cache_hits = 0
        self._process: AnalysisProcess | None = None
        self._pipeline: PipelineInfo | None = None
        self._unavailable: str | None = None
        self._generation = 0
        self._pending: tuple[int, str] | None = None
        # request → its generation, text and the corrections it was started with
        self._requests: dict[int, tuple[int, str, Corrections]] = {}
        self._received.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        # The reader's entity corrections, applied to every analysis started from now on.
        self.corrections: Corrections = ()

    @property
    def pipeline(self) -> PipelineInfo | None:
        return self._pipeline

    @property
    def current_generation(self) -> int:
        return self._generation

    @property
    def process_id(self) -> int | None:
        """The analysis process's id, once started."""
        return self._process.pid if self._process is not None else None

    def load_pipeline(self) -> None:
        """Start the analysis process (or join the running one), which loads the pipeline."""
        if self._process is None:
            self._process = shared_process(self._model, self._fallback_models)
            self._process.add_listener(self._hear)

    def analyze(self, text: str) -> int:
        """Queue ``text`` for analysis; returns the generation its result will carry."""
        self.cancel()
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
        """Drop the running analysis (the process stops it at the next paragraph)."""
        self._generation += 1
        self._pending = None
        if self._process is not None:
            for request in self._requests:
                self._process.cancel(request)
        self._requests.clear()

    def shutdown(self) -> None:
        """Stop listening; the process itself serves other windows and ends with the app."""
        self.cancel()
        if self._process is not None:
            self._process.remove_listener(self._hear)

    def _hear(self, event: Event) -> None:
        """On the process's reader thread: pass the event on to this object's thread."""
        # RuntimeError: this window was deleted meanwhile, there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            self._received.emit(event)

    def _start(self, generation: int, text: str) -> None:
        process, pipeline = self._process, self._pipeline
        assert process is not None and pipeline is not None
        self.analysisStarted.emit(generation)
        corrections = self.corrections
        cached = self.cache.lookup(text, pipeline, corrections) if self.cache is not None else None
        if cached is not None:
            self.cache_hits += 1
            # Even parsing the cached JSON of a long article takes a while: in the process.
            request = process.decode(text, cached, self._hear)
        else:
            request = process.analyze(text, self._hear, corrections)
        self._requests[request] = (generation, text, corrections)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PipelineReady):
            self._on_pipeline_ready(event.info)
        elif isinstance(event, PipelineFailed):
            self._on_pipeline_failed(event.message)
        elif event.request in self._requests:  # else cancelled meanwhile
            self._on_request_event(event)

    def _on_request_event(self, event: Progress | Partial | Finished | Failed) -> None:
        generation, text, corrections = self._requests[event.request]
        if isinstance(event, Progress):
            self.analysisProgress.emit(generation, event.done, event.total)
        elif isinstance(event, Partial):
            self.analysisPartial.emit(generation, event.entities)
        elif isinstance(event, Finished):
            del self._requests[event.request]
            if event.json_utf8 is not None and self.cache is not None and self._pipeline is not None:
                self.cache.store(text, self._pipeline, corrections, event.json_utf8)
            self.analysisFinished.emit(generation, event.analysis)
        else:
            del self._requests[event.request]
            if not event.cancelled:
                self.analysisFailed.emit(generation, event.message)

    def _on_pipeline_ready(self, info: PipelineInfo) -> None:
        self._pipeline = info
        self.pipelineReady.emit(info.identity)
        if self._pending is not None:
            generation, text = self._pending
            self._pending = None
            self._start(generation, text)

    def _on_pipeline_failed(self, message: str) -> None:
        self._pipeline = None
        self._unavailable = message
        print(f"reading-assistant: {message}", file=sys.stderr)
        self.pipelineUnavailable.emit(message)
        if self._pending is not None:
            generation, _ = self._pending
            self._pending = None
            self.analysisFailed.emit(generation, message)
