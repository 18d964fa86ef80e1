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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat

from desktop.ui.theme import legible_text_colour


class StyledSpan(NamedTuple):
    """A span in document positions (UTF-16 units) with the key its layer styles it by.

    A tuple, so that tens of thousands are made and sorted (by start, then end) at C speed."""

    start: int
    end: int
    key: str


class SpanIndex:
    """Spans sorted by start, answering "which spans touch [a, b)" in logarithmic time."""

    def __init__(self, spans: Sequence[StyledSpan], *, presorted: bool = False) -> None:
        self.spans = list(spans) if presorted else sorted(spans)
        self._starts = [s.start for s in self.spans]
        self._longest = max((s.end - s.start for s in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[StyledSpan]:
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_right(self._starts, end)
        return [s for s in self.spans[first:last] if s.end > start and s.start < end]

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
SLICE_SECONDS = 0.012

VisibleBlocks = Callable[[], range]


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, SpanLayer] = {}
        self._dirty: set[int] = set()  # block numbers waiting for new formats
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work_slice)
        self.visible_blocks: VisibleBlocks = lambda: range(0)
        self._visible_only = False

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
        document = self.document()
        visible = [n for n in self.visible_blocks() if n in self._dirty]
        rest = [] if self._visible_only and deadline is not None else sorted(self._dirty)
        for number in itertools.chain(visible, rest):
            if number not in self._dirty:
                continue
            self._dirty.discard(number)
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)
            if deadline is not None and time.perf_counter() > deadline:
                break
        waiting_for_idle = self._visible_only and deadline is not None
        if not self._dirty or (waiting_for_idle and not any(n in self._dirty for n in self.visible_blocks())):
            self._timer.stop()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + len(text)
        painted: list[tuple[StyledSpan, QTextCharFormat]] = []
        for layer in self._layers.values():
            for span in layer.index.overlapping(block_start, block_end):
                char_format = layer.format_for(span.key)
                if char_format is not None:
                    painted.append((span, char_format))
        if not painted:
            return
        edges = sorted(
            {block_start, block_end}
            | {max(block_start, min(block_end, p)) for span, _ in painted for p in (span.start, span.end)}
        )
        for left, right in itertools.pairwise(edges):
            covering = [fmt for span, fmt in painted if span.start <= left and span.end >= right]
            if covering:
                self.setFormat(left - block_start, right - left, merge_formats(covering))


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
