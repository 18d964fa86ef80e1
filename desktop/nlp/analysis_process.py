"""The window's side of the analysis process: spaCy and the extraction never run in the window's
process (they would hold its GIL, and its memory), only here in a ``spawn``-ed process.

One process per pipeline choice serves every window of this process, started by the first
(at launch, so the pipeline loads while Qt builds the window) and ended at exit; it ends
itself if this process is killed. Events arrive on a reader thread, which unpacks finished
analyses piece by piece and hands every event to the listeners (on that thread: the window
passes them on to its own thread).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence

from desktop.core.entity_corrections import EntityCorrection
from desktop.core.free_memory import no_cyclic_collection
from desktop.nlp.analysis_messages import (
    Analyze,
    Cancel,
    ChoosePipeline,
    Decode,
    Event,
    Failed,
    Finished,
    Packed,
    PipelineFailed,
    PipelineReady,
    Request,
)
from desktop.nlp.analysis_server import serve
from desktop.nlp.analysis_transfer import unpack_analysis

Listener = Callable[[Event], None]
# A request that the process ended without answering.
ENDED_MESSAGE = "The analysis process ended unexpectedly; reopen the article to try again."
# How long ``close`` lets the process finish its current paragraph before ending it.
CLOSE_WAIT_SECONDS = 2.0

_request_numbers = itertools.count(1)


class AnalysisProcess:
    def __init__(
        self, model: str | None, fallbacks: Sequence[str] | None = None, *, choose_later: bool = False
    ) -> None:
        """Start the process for pipeline ``model`` (else the default, then ``fallbacks``); with
        ``choose_later``, ``choose`` names it later, while the process imports spaCy."""
        self._lock = threading.Lock()
        self._state: PipelineReady | PipelineFailed | None = None
        self._closed = False
        self._listeners: list[Listener] = []
        self._waiting: dict[int, tuple[str, Listener]] = {}  # request → its text and listener
        context = multiprocessing.get_context("spawn")
        receive_requests, self._requests = context.Pipe(duplex=False)
        self._events, send_events = context.Pipe(duplex=False)
        self._process = context.Process(
            target=serve,
            args=(
                None if choose_later else _choice(model, fallbacks),
                receive_requests,
                send_events,
                os.getpid(),
            ),
            name="reading-assistant analysis",
            # Not a daemon: it starts the parse helper of long texts (daemons may not have
            # children). ``close`` ends it at exit instead, and it ends itself if we are killed.
            daemon=False,
        )
        try:
            self._process.start()
        except Exception as error:  # no process support here (a sandbox): say so, analyse nothing
            self._state = PipelineFailed(f"Could not start the analysis process: {error}")
            return
        finally:
            # This process's copies: the child's end closes when the child ends, so reads see EOF.
            receive_requests.close()
            send_events.close()
        threading.Thread(target=self._read_events, name="analysis events", daemon=True).start()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def add_listener(self, listener: Listener) -> None:
        """Hear the pipeline's state (at once if known) and later changes to it."""
        with self._lock:
            self._listeners.append(listener)
            state = self._state
        if state is not None:
            listener(state)

    def remove_listener(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)
            self._waiting = {k: v for k, v in self._waiting.items() if v[1] != listener}

    def choose(self, model: str | None, fallbacks: Sequence[str] | None = None) -> None:
        """Name the pipeline of a process started with ``choose_later`` (once, before any request)."""
        with self._lock:
            self._send(_choice(model, fallbacks))

    def analyze(self, text: str, listener: Listener, corrections: Sequence[EntityCorrection] = ()) -> int:
        """Send ``text`` to be analysed with the reader's ``corrections``; its events go to
        ``listener``. Returns the request's number."""
        frozen = tuple(corrections)
        return self._submit(text, listener, lambda request: Analyze(request, text, frozen))

    def decode(self, text: str, json_utf8: bytes, listener: Listener) -> int:
        """Turn ``text``'s cached analysis (its JSON in UTF-8) back into an ``Analysis`` (a
        ``Finished`` event)."""
        return self._submit(text, listener, lambda request: Decode(request, json_utf8))

    def cancel(self, request: int) -> None:
        with self._lock:
            if self._waiting.pop(request, None) is not None:
                self._send(Cancel(request))

    def close(self) -> None:
        """End the process (also done at exit): at its next paragraph, or after
        ``CLOSE_WAIT_SECONDS`` (in the middle of a long text's extraction) at once."""
        with self._lock:
            self._closed = True
            # Cancelled first, or the stop would wait in line behind them.
            for request in self._waiting:
                self._send(Cancel(request))
            self._waiting.clear()
            self._send(None)
        if self._process.pid is None:  # it could not start
            return
        self._process.join(CLOSE_WAIT_SECONDS)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()

    def _submit(self, text: str, listener: Listener, request_for: Callable[[int], Request]) -> int:
        request = next(_request_numbers)
        with self._lock:
            failed = self._state if isinstance(self._state, PipelineFailed) else None
            if failed is None:
                self._waiting[request] = (text, listener)
                self._send(request_for(request))
        if failed is not None:
            listener(Failed(request, failed.message))
        return request

    def _send(self, request: Request | ChoosePipeline | None) -> None:
        """With the lock held."""
        # The process is gone: the reader thread reports it.
        with contextlib.suppress(OSError, ValueError):
            self._requests.send(request)

    def _read_events(self) -> None:
        while True:
            try:
                event: Event | Packed = self._events.recv()
            except (EOFError, OSError):
                self._ended()
                return
            if isinstance(event, PipelineReady | PipelineFailed):
                with self._lock:
                    self._state = event
                    listeners = list(self._listeners)
                for listener in listeners:
                    listener(event)
                continue
            with self._lock:
                waiting = self._waiting.get(event.request)
                if isinstance(event, Packed | Failed):
                    self._waiting.pop(event.request, None)
            if waiting is None:  # cancelled, or its window gone
                continue
            text, listener = waiting
            if isinstance(event, Packed):
                # A book's analysis is hundreds of thousands of objects: made with the collector
                # off and frozen after, no full collection in the window walks them all (a
                # pause of 100-300 ms wherever it fell).
                with no_cyclic_collection():
                    analysis = unpack_analysis(event.analysis, text)
                event = Finished(event.request, analysis, event.json_utf8)
            listener(event)

    def _ended(self) -> None:
        """The process is gone: after a failed load or ``close`` (expected), or a crash."""
        with self._lock:
            if self._state is None or isinstance(self._state, PipelineReady):
                self._state = PipelineFailed(ENDED_MESSAGE)
                listeners = [] if self._closed else list(self._listeners)
            else:
                listeners = []
            message = self._state.message
            waiting = dict(self._waiting)
            self._waiting.clear()
        for request, (_text, listener) in waiting.items():
            listener(Failed(request, message))
        for listener in listeners:
            listener(self._state)


def _choice(model: str | None, fallbacks: Sequence[str] | None) -> ChoosePipeline:
    return ChoosePipeline(model, None if fallbacks is None else tuple(fallbacks))


_shared: dict[tuple[str | None, tuple[str, ...] | None], AnalysisProcess] = {}
# Started before its pipeline was known; the first ``shared_process`` call chooses it.
_unchosen: list[AnalysisProcess] = []
_shared_lock = threading.Lock()


def start_shared_process_early() -> None:
    """Start the shared analysis process now, before the pipeline is chosen (the window reads
    its settings after importing Qt): spaCy is imported meanwhile, and the first
    ``shared_process`` call names the pipeline and takes this process."""
    with _shared_lock:
        if not _shared and not _unchosen:
            _unchosen.append(AnalysisProcess(None, choose_later=True))


def shared_process(model: str | None, fallbacks: Sequence[str] | None = None) -> AnalysisProcess:
    """The analysis process for this pipeline choice, started on first use, ended at exit."""
    key = (model, None if fallbacks is None else tuple(fallbacks))
    with _shared_lock:
        if key not in _shared:
            if _unchosen:
                process = _unchosen.pop()
                process.choose(model, fallbacks)
            else:
                process = AnalysisProcess(model, fallbacks)
            _shared[key] = process
        return _shared[key]


def close_shared_processes() -> None:
    with _shared_lock:
        processes = [*_shared.values(), *_unchosen]
        _shared.clear()
        _unchosen.clear()
    for process in processes:
        process.close()


atexit.register(close_shared_processes)
