"""Paint many spans over a read-only document without touching the document itself.

A ``QSyntaxHighlighter`` formats block by block from a sorted span index. Re-highlighting a
whole book at once would freeze the window for seconds, so changes are applied lazily: the
blocks on screen first, then the rest in slices of a few milliseconds from a zero-delay timer,
letting the event loop breathe between slices. Several layer changes in a row cost one pass.

Spans live in layers (entities, figures, user highlights…); where layers overlap their formats
are merged in layer order. Where a later layer's background covers an earlier one's, the earlier
colour is not lost: it moves to the text colour, so an entity tint under a user highlight stays
visible.
"""

from __future__ import annotations

import heapq
import itertools
import time
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QSyntaxHighlighter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.ui.theme import legible_text_colour


class StyledSpan(NamedTuple):
    """A span in document positions (UTF-16 units) with the key its layer styles it by.

    A tuple, so that tens of thousands are made and sorted (by start, then end) at C speed."""

    start: int
    end: int
    key: str


class SpanIndex:
    """Spans sorted by start, answering "which spans touch [a, b)" by bisection.

    For the lookup the spans are also kept in classes by length (shorter than 1, 2, 4, 8…
    positions): a span of a class touches [a, b) only if it starts less than the class's bound
    before a, so each class is bisected straight to its candidates, and one long span (a
    highlighted chapter) never makes every lookup walk the thousands of short spans under it."""

    def __init__(self, spans: Sequence[StyledSpan], *, presorted: bool = False) -> None:
        self.spans = list(spans) if presorted else sorted(spans)
        classes: dict[int, list[StyledSpan]] = {}
        for span in self.spans:
            classes.setdefault((span.end - span.start).bit_length(), []).append(span)
        self._classes = [
            (1 << bits, [s.start for s in members], members) for bits, members in sorted(classes.items())
        ]

    def overlapping(self, start: int, end: int) -> list[StyledSpan]:
        """The spans touching [start, end), in index order."""
        found: list[StyledSpan] = []
        for bound, starts, members in self._classes:
            first = bisect_left(starts, start - bound)
            last = bisect_left(starts, end)
            found += (s for s in members[first:last] if s.end > start)
        if len(self._classes) > 1:
            found.sort()
        return found

    def merged_with(self, spans: Sequence[StyledSpan]) -> SpanIndex:
        """A new index with ``spans`` added, by merging sorted runs rather than sorting again."""
        return SpanIndex(list(heapq.merge(self.spans, sorted(spans))), presorted=True)


FormatForKey = Callable[[str], QTextCharFormat | None]


@dataclass
class SpanLayer:
    index: SpanIndex
    format_for: FormatForKey
    order: int


# Each slice of background re-highlighting stops after this long, so the window stays responsive.
# Short: Qt runs every zero-interval timer due (this one, ``LayoutAhead``'s while a new text is
# laid out) before a timer that came due meanwhile, so a turn of the event loop lasts their sum.
SLICE_SECONDS = 0.006
# Lines re-highlighted together at most, with one layout of the text for them.
LINES_PER_RUN = 32
# What a character of re-highlighting is first expected to cost, before a run has been timed:
# a run is cut to the lines expected to fit in what is left of its slice (32 lines of a book,
# with its entities and highlights, took 30-40 ms on a busy machine).
FIRST_SECONDS_PER_CHARACTER = 2e-6
# Waiting lines at most this many clean lines apart are re-highlighted in one run.
JOINED_GAP = 4

VisibleBlocks = Callable[[], range]


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, SpanLayer] = {}
        self._lines_formatted = 0  # calls of highlightBlock, to see that a run was formatted
        self._dirty: set[int] = set()  # block numbers waiting for new formats
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work_slice)
        self.visible_blocks: VisibleBlocks = lambda: range(0)
        self._visible_only = False
        self._seconds_per_character = FIRST_SECONDS_PER_CHARACTER  # as the runs timed so far cost

    def set_layer(self, name: str, spans: Sequence[StyledSpan], format_for: FormatForKey, order: int) -> None:
        """Replace one layer; layers with a higher ``order`` paint over lower ones."""
        previous = self._layers.get(name)
        self._put(name, SpanLayer(SpanIndex(spans), format_for, order))
        if spans or (previous is not None and previous.index.spans):
            self.schedule_all()  # an empty layer replacing nothing changes no line

    def extend_layer(
        self, name: str, spans: Sequence[StyledSpan], format_for: FormatForKey, order: int
    ) -> None:
        """Add spans to a layer and repaint only the blocks they touch (progressive results)."""
        layer = self._layers.get(name)
        index = layer.index.merged_with(spans) if layer is not None else SpanIndex(spans)
        self._put(name, SpanLayer(index, format_for, order))
        document = self.document()
        self._schedule({document.findBlock(span.start).blockNumber() for span in spans})

    def reset(self) -> None:
        """Forget all layers and pending work, before the document gets new text (setting the
        text re-highlights every block by itself, so nothing needs scheduling)."""
        self._layers.clear()
        self._dirty.clear()
        self._timer.stop()

    def _put(self, name: str, layer: SpanLayer) -> None:
        self._layers[name] = layer
        self._layers = dict(sorted(self._layers.items(), key=lambda item: item[1].order))

    # -- lazy re-highlighting ----------------------------------------------------------------
    def schedule_all(self) -> None:
        """Re-highlight every block, visible ones first, without blocking the event loop."""
        self._schedule(set(range(self.document().blockCount())))

    def _schedule(self, blocks: set[int]) -> None:
        self._dirty |= blocks
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def finish_pending(self) -> None:
        """Apply every pending change now (before a screenshot, or when a test looks)."""
        self._work(deadline=None)

    def _work_slice(self) -> None:
        self._work(deadline=time.perf_counter() + SLICE_SECONDS)

    def set_visible_only(self, visible_only: bool) -> None:
        """While another thread is busy (an analysis), only the lines on screen are repainted:
        every repainted line calls back into Python, and each call must win the interpreter
        lock from that thread. The rest follows once it is idle."""
        self._visible_only = visible_only
        self.wake()

    def wake(self) -> None:
        """Look again for work, e.g. after scrolling brought other lines on screen."""
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    def _work(self, deadline: float | None) -> None:
        first = True
        for waiting in self._waiting_runs(deadline is not None):
            lines = waiting if deadline is None else self._fitting(waiting, deadline, at_least_one=first)
            if not lines:
                break
            first = False
            self._dirty.difference_update(lines)
            began = time.perf_counter()
            characters = self._rehighlight(lines)
            if characters:
                spent = time.perf_counter() - began
                # Quick to follow a dearer run (a busy machine), slow to trust a cheaper one.
                self._seconds_per_character = max(
                    spent / characters, (self._seconds_per_character + spent / characters) / 2
                )
            if deadline is not None and (lines != waiting or time.perf_counter() > deadline):
                break  # the rest of the run waits for the next slice
        waiting_for_idle = self._visible_only and deadline is not None
        if not self._dirty or (waiting_for_idle and not any(n in self._dirty for n in self.visible_blocks())):
            self._timer.stop()

    def _waiting_runs(self, sliced: bool) -> Iterator[range]:
        """Runs of waiting lines, those on screen first; the rest (worked out once those are
        done) unless only the lines on screen are to be repainted for now."""
        yield from line_runs(sorted(n for n in self.visible_blocks() if n in self._dirty))
        if not (self._visible_only and sliced):
            yield from line_runs(sorted(self._dirty))

    def _fitting(self, lines: range, deadline: float, *, at_least_one: bool) -> range:
        """The first of ``lines`` expected to be re-highlighted by ``deadline``, at the cost of
        the runs so far (at least one line if ``at_least_one``: a slice moves the work on)."""
        budget = (deadline - time.perf_counter()) / self._seconds_per_character  # in characters
        block = self.document().findBlockByNumber(lines.start)
        end = lines.start
        while end < lines.stop and block.isValid():
            budget -= block.length()
            if budget < 0 and (end > lines.start or not at_least_one):
                break
            end += 1
            block = block.next()
        return range(lines.start, end)

    def _rehighlight(self, lines: range) -> int:
        """Highlight ``lines`` (block numbers) again, with one layout of the document for them all;
        returns the number of characters highlighted.

        Qt lays the text out again from a changed line to the end of the document, so each line
        re-highlighted on its own (``rehighlightBlock``) costs time in proportion to the lines
        after it: all of a book's lines took seconds. Merging an empty block format over the run
        makes the document report its lines changed: the highlighter formats them while the
        document collects their changes, then lays them out once. (The merge changes nothing;
        the reader's document keeps no undo steps, which it would otherwise add to.)
        """
        document = self.document()
        first = document.findBlockByNumber(lines.start)
        last = document.findBlockByNumber(min(lines.stop, document.blockCount()) - 1)
        if not first.isValid() or not last.isValid():
            return 0  # the text has fewer lines since they were scheduled
        cursor = QTextCursor(document)
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        formatted_before = self._lines_formatted
        cursor.mergeBlockFormat(QTextBlockFormat())
        if self._lines_formatted == formatted_before:
            # Not reported: a document with no layout yet (no view shows it) reports no changes,
            # and the highlighter ignores them until its first pass over a new document.
            for number in range(first.blockNumber(), last.blockNumber() + 1):
                self.rehighlightBlock(document.findBlockByNumber(number))
        return last.position() + last.length() - first.position()

    def highlightBlock(self, text: str) -> None:
        self._lines_formatted += 1
        if not self._layers:
            return  # nothing to paint (a new text is being shown): asked of every line
        block_start = self.currentBlock().position()
        formats, painted = self._spans_to_paint(block_start, block_start + len(text))
        merged: dict[tuple[int, ...], QTextCharFormat] = {}
        for left, right, slots in covered_pieces(painted):
            char_format = merged.get(slots)
            if char_format is None:
                char_format = merged[slots] = merge_formats([formats[slot] for slot in slots])
            self.setFormat(left, right - left, char_format)

    def _spans_to_paint(self, start: int, end: int) -> tuple[list[QTextCharFormat], list[PaintedSpan]]:
        """The distinct formats of the layers' spans over [start, end), each looked up once, and
        those spans in paint order (layer by layer), relative to ``start`` and clipped to it."""
        formats: list[QTextCharFormat] = []
        slot_of: dict[tuple[int, str], int | None] = {}
        painted: list[PaintedSpan] = []
        for rank, layer in enumerate(self._layers.values()):
            for span in layer.index.overlapping(start, end):
                if (rank, span.key) not in slot_of:
                    char_format = layer.format_for(span.key)
                    slot_of[rank, span.key] = None if char_format is None else len(formats)
                    if char_format is not None:
                        formats.append(char_format)
                slot = slot_of[rank, span.key]
                if slot is not None:
                    painted.append(
                        PaintedSpan(max(span.start, start) - start, min(span.end, end) - start, slot)
                    )
        return formats, painted


class PaintedSpan(NamedTuple):
    start: int
    end: int
    slot: int  # which format


def covered_pieces(painted: Sequence[PaintedSpan]) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """``(start, end, slots)`` for each piece between span edges that spans cover, with their
    formats' slots in paint order: one sweep over the edges, so that a line with tens of
    thousands of spans (a text with no line breaks) costs time in proportion to its spans."""
    by_start = sorted(range(len(painted)), key=lambda i: painted[i].start)
    by_end = sorted(range(len(painted)), key=lambda i: painted[i].end)
    edges = sorted({edge for span in painted for edge in (span.start, span.end)})
    covering: set[int] = set()  # indexes into ``painted`` of the spans over the current piece
    opened = closed = 0
    for left, right in itertools.pairwise(edges):
        while opened < len(by_start) and painted[by_start[opened]].start <= left:
            covering.add(by_start[opened])
            opened += 1
        while closed < len(by_end) and painted[by_end[closed]].end <= left:
            covering.discard(by_end[closed])
            closed += 1
        if covering:
            yield left, right, tuple(painted[i].slot for i in sorted(covering))


def line_runs(numbers: Sequence[int]) -> Iterator[range]:
    """Sorted line numbers as runs of consecutive lines, at most ``LINES_PER_RUN`` long; lines up
    to ``JOINED_GAP`` apart join one run (the clean lines between are highlighted again too,
    which costs less than laying the text after them out once more)."""
    start = previous = -1
    for number in numbers:
        if start >= 0 and (number - previous > JOINED_GAP + 1 or number - start >= LINES_PER_RUN):
            yield range(start, previous + 1)
            start = -1
        if start < 0:
            start = number
        previous = number
    if start >= 0:
        yield range(start, previous + 1)


def merge_formats(formats: Sequence[QTextCharFormat]) -> QTextCharFormat:
    """Merge in order; a background hidden by a later one becomes a text colour of its hue."""
    last_background = max((i for i, f in enumerate(formats) if f.hasProperty(_BACKGROUND)), default=-1)
    merged = QTextCharFormat()
    for i, char_format in enumerate(formats):
        if i < last_background and char_format.hasProperty(_BACKGROUND):
            demoted = QTextCharFormat(char_format)
            demoted.clearBackground()
            # Of the hidden tint's hue, yet legible on the background that covers it.
            cover = formats[last_background].background().color()
            demoted.setForeground(legible_text_colour(char_format.background().color(), cover))
            merged.merge(demoted)
        else:
            merged.merge(char_format)
    return merged


_BACKGROUND = QTextFormat.Property.BackgroundBrush
