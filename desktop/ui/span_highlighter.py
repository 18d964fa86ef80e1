"""Paint many spans over a read-only document without touching the document itself.

A ``QSyntaxHighlighter`` asks for formats block by block, only for blocks that are laid out,
so thousands of spans cost nothing until they scroll into view. Spans live in layers (entities,
figures, user highlights…); where layers overlap their formats are merged in layer order, so
an entity tint and a user highlight both stay visible.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument


@dataclass(frozen=True)
class StyledSpan:
    """A span in document positions (UTF-16 units) with the key its layer styles it by."""

    start: int
    end: int
    key: str


class SpanIndex:
    """Spans sorted by start, answering "which spans touch [a, b)" in logarithmic time."""

    def __init__(self, spans: Sequence[StyledSpan]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.spans]
        self._longest = max((s.end - s.start for s in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[StyledSpan]:
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_right(self._starts, end)
        return [s for s in self.spans[first:last] if s.end > start and s.start < end]

    def at(self, position: int) -> list[StyledSpan]:
        return [s for s in self.overlapping(position, position + 1) if s.start <= position < s.end]


FormatForKey = Callable[[str], QTextCharFormat | None]


@dataclass
class SpanLayer:
    index: SpanIndex
    format_for: FormatForKey


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, SpanLayer] = {}

    def set_layer(self, name: str, spans: Sequence[StyledSpan], format_for: FormatForKey) -> None:
        """Replace one layer; layers paint in the order they were first set."""
        self._layers[name] = SpanLayer(SpanIndex(spans), format_for)
        self.rehighlight()

    def clear_layers(self) -> None:
        self._layers.clear()
        self.rehighlight()

    def layer(self, name: str) -> SpanLayer | None:
        return self._layers.get(name)

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
            merged = QTextCharFormat()
            covered = False
            for span, char_format in painted:
                if span.start <= left and span.end >= right:
                    merged.merge(char_format)
                    covered = True
            if covered:
                self.setFormat(left - block_start, right - left, merged)
