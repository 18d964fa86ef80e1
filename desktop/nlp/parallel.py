"""Use the second core on long texts: a helper process parses from the back while we parse the front.

The helper is one ``spawn``-ed process (forking a process that runs Qt threads is unsafe) that
loads the same pipeline once and then stays, so only the first long text pays for its start.
The text's chunks are grouped into batches as they are handed out, smaller and smaller near
where the two processes meet (``_Work``). This process takes batches from the front; the helper
is handed batches from the back, two at a time (one to parse, one waiting), so both stay busy
until they meet, even while the helper is still loading its pipeline, and a cancel or the end
of the interpreter never waits for more than those two. The helper answers with what the merge
and the progress report read of its docs (``ParsedBatch``: a ``DocBin`` would cost both
processes its per-token strings and its compression, and this one docs rebuilt only to be read
again: 0.2 s of work for 100,000 words). It hands the memory its batches freed back to the
system once a text's batches are done (``ParseHelper.tidy``), not after every batch: the next
batch would take it straight back, page by page (3% of its parse time).

Whatever else this process does meanwhile (taking in the helper's batches) is shared out too:
the helper parses that much more of the text. Once the helper has its last batch, it is handed
work for after it (``after_batches``): it would idle while this process ends the analysis.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from itertools import accumulate
from typing import TypeVar

from spacy.language import Language

from desktop.core.free_memory import collector_paused, tidy_up_after_work
from desktop.nlp.merging import ParagraphEntity, ParsedBatch, Rows

log = logging.getLogger(__name__)

# Characters per batch (see ``_Work``): up to BATCH_CHARS, large enough that the per-batch cost
# (pickling, the DocBin round trip) stays small next to the parse itself; a BATCH_SHARE of what is
# left, down to MIN_BATCH_CHARS (a handful of paragraphs), where the two processes meet.
BATCH_CHARS = 20_000
MIN_BATCH_CHARS = 2_000
BATCH_SHARE = 8
# Batches handed to the helper at a time (see the module docstring).
IN_FLIGHT = 2
# How often the wait for the helper's last batches looks at the cancel check.
WAIT_POLL_SECONDS = 0.05

T = TypeVar("T")
LanguageLoader = Callable[[str], Language]
ParseLocally = Callable[[Sequence[str], int], None]
# A paragraph parsed by the helper: its text, ``paragraph_rows``, entities, and start in the text.
RemoteDone = Callable[[str, Rows, Sequence[ParagraphEntity], int], None]

_helper_nlp: Language | None = None


def _start_helper(load: LanguageLoader, model_name: str) -> None:
    global _helper_nlp
    _helper_nlp = load(model_name)
    gc.freeze()  # the pipeline lives as long as the helper: no collection need walk it


def _parse_in_helper(texts: Sequence[str]) -> ParsedBatch:
    assert _helper_nlp is not None, "the helper's initializer loads the pipeline"
    # As in the analysis process (``desktop.core.free_memory``): no collections mid-batch.
    with collector_paused():
        return ParsedBatch.of(_helper_nlp.pipe(texts, batch_size=32))


class ParseHelper:
    """The persistent second process; ``usable`` turns False for good once it has failed."""

    def __init__(self, model_name: str, load: LanguageLoader) -> None:
        self.usable = True
        self._executor = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_helper,
            initargs=(load, model_name),
        )

    def submit(self, texts: Sequence[str]) -> Future[ParsedBatch]:
        return self._executor.submit(_parse_in_helper, list(texts))

    def run(self, function: Callable[..., T], *args: object) -> Future[T]:
        """``function(*args)`` in the helper, after the batches already handed out (``function``
        and its arguments are pickled: a module's function, plain data)."""
        return self._executor.submit(function, *args)

    def tidy(self) -> Future[None]:
        """Collect the cycles the batches left and hand back the memory they freed (done after the
        batches already handed out)."""
        return self._executor.submit(tidy_up_after_work)

    def fail(self, error: BaseException) -> None:
        if self.usable:
            log.warning("The parse helper process failed (%s); parsing in one process from now on.", error)
        self.usable = False
        self.close()

    def close(self) -> None:
        """End the helper now, even in the middle of a batch (whose result nobody wants any more).

        Without ``close``, the interpreter's exit ends an idle helper by itself, after letting it
        finish the batches it holds (at most ``IN_FLIGHT``).
        """
        # ``_processes`` is the executor's own record of its process (typed in typeshed); Python
        # 3.14's ``terminate_workers()`` is the public form of this.
        processes = list((self._executor._processes or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


@dataclass(frozen=True)
class _Batch:
    start: int  # character offset of its first chunk in the text
    texts: list[str]


class _Work:
    """The chunks not handed out yet, cut into batches from the front (for this process) and from
    the back (for the helper).

    A batch is a share of what is left (``BATCH_SHARE``), between ``MIN_BATCH_CHARS`` and
    ``BATCH_CHARS``: large while the two processes are far apart, small where they meet, so that
    neither waits long for the other's last batch.
    """

    def __init__(self, chunks: Sequence[str]) -> None:
        self._chunks = chunks
        self._offsets = list(accumulate((len(chunk) for chunk in chunks), initial=0))
        self._front = 0  # chunks[_front:_back] are left
        self._back = len(chunks)

    def __bool__(self) -> bool:
        return self._front < self._back

    def _chars_left(self) -> int:
        return self._offsets[self._back] - self._offsets[self._front]

    def _batch_chars(self) -> int:
        return min(BATCH_CHARS, max(MIN_BATCH_CHARS, self._chars_left() // BATCH_SHARE))

    def from_front(self) -> _Batch:
        first = self._front
        reach = self._offsets[first] + self._batch_chars()
        # Up to the first chunk that ends at or past ``reach``, at least one chunk.
        self._front = end = bisect_left(self._offsets, reach, first + 1, self._back)
        return _Batch(self._offsets[first], list(self._chunks[first:end]))

    def from_back(self) -> _Batch | None:
        """A batch for the helper; None when what is left is one batch, this process's last."""
        if self._back - self._front < 2 or self._chars_left() <= self._batch_chars():
            return None
        end = self._back
        reach = self._offsets[end] - self._batch_chars()
        # From the last chunk that starts at or before ``reach``, leaving the front chunk here.
        self._back = first = max(bisect_right(self._offsets, reach, self._front, end) - 1, self._front + 1)
        return _Batch(self._offsets[first], list(self._chunks[first:end]))


def parse_with_helper(
    vocab_owner: Language,
    helper: ParseHelper,
    chunks: Sequence[str],
    parse_locally: ParseLocally,
    remote_done: RemoteDone,
    check_cancelled: Callable[[], None],
    after_batches: Callable[[ParseHelper], object] = lambda helper: None,
) -> None:
    """Parse ``chunks`` here (``parse_locally(texts, start)``) and in the helper, in batches.

    ``remote_done(text, rows, entities, start)`` is called for each paragraph the helper parsed,
    as its batch arrives, once this process's vocab has the strings of its rows;
    ``check_cancelled`` raises to stop, and then the helper's results are dropped.
    ``after_batches(helper)`` is called once the helper has been handed its last batch, to hand it
    work for after them (``ParseHelper.run``); not if the helper fails before.
    """
    work = _Work(chunks)
    remote: dict[Future[ParsedBatch], _Batch] = {}
    handed_all = False

    def receive(batch: _Batch, future: Future[ParsedBatch]) -> None:
        try:
            parsed = future.result()
        except Exception as error:  # the helper died or could not load the pipeline
            helper.fail(error)
            parse_locally(batch.texts, batch.start)
            return
        parsed.add_strings_to(vocab_owner.vocab)
        start = batch.start
        for text, rows, entities in zip(batch.texts, parsed.rows, parsed.entities, strict=True):
            remote_done(text, rows, entities, start)
            start += len(text)

    def exchange() -> None:
        """Take the helper's finished batches and hand it more from the back."""
        nonlocal handed_all
        for future in [future for future in remote if future.done()]:
            receive(remote.pop(future), future)
        while helper.usable and not handed_all and len(remote) < IN_FLIGHT:
            handed = work.from_back()
            try:
                if handed is None:  # what is left is this process's last batch
                    handed_all = True
                    helper.tidy()  # before the work after the batches: this process peaks then
                    after_batches(helper)
                else:
                    remote[helper.submit(handed.texts)] = handed
            except Exception as error:  # spawn impossible, or the pool broke: go on alone
                if handed is not None:
                    parse_locally(handed.texts, handed.start)
                helper.fail(error)

    try:
        exchange()
        while work:
            exchange()
            batch = work.from_front()
            parse_locally(batch.texts, batch.start)
        while remote:
            check_cancelled()
            wait(remote, timeout=WAIT_POLL_SECONDS, return_when=FIRST_COMPLETED)
            exchange()
    finally:
        for future in remote:
            future.cancel()
        if helper.usable:
            _tidy(helper)


def _tidy(helper: ParseHelper) -> None:
    try:
        helper.tidy()
    except Exception as error:  # the pool broke after its last batch
        helper.fail(error)
