"""Paint many spans over a read-only document without touching the document itself.

A ``QSyntaxHighlighter`` asks for formats block by block, only for blocks that are laid out,
so thousands of spans cost nothing until they scroll into view. Spans live in layers (entities,
figures, user highlights…); where layers overlap their formats are merged in layer order. Where
a later layer's background covers an earlier one's, the earlier colour is not lost: it moves to
the text colour, so an entity tint under a user highlight stays visible.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat


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
    order: int


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, SpanLayer] = {}

    def set_layer(self, name: str, spans: Sequence[StyledSpan], format_for: FormatForKey, order: int) -> None:
        """Replace one layer; layers with a higher ``order`` paint over lower ones."""
        self._layers[name] = SpanLayer(SpanIndex(spans), format_for, order)
        self._layers = dict(sorted(self._layers.items(), key=lambda item: item[1].order))
        self.rehighlight()

    def extend_layer(
        self, name: str, spans: Sequence[StyledSpan], format_for: FormatForKey, order: int
    ) -> None:
        """Add spans to a layer and repaint only the blocks they touch (progressive results)."""
        layer = self._layers.get(name)
        existing = layer.index.spans if layer is not None else []
        self._layers[name] = SpanLayer(SpanIndex([*existing, *spans]), format_for, order)
        self._layers = dict(sorted(self._layers.items(), key=lambda item: item[1].order))
        document = self.document()
        touched = {document.findBlock(span.start).blockNumber() for span in spans}
        for number in sorted(touched):
            self.rehighlightBlock(document.findBlockByNumber(number))

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
            demoted.setForeground(_text_colour_of(char_format.background().color()))
            merged.merge(demoted)
        else:
            merged.merge(char_format)
    return merged


_BACKGROUND = QTextFormat.Property.BackgroundBrush


def _text_colour_of(background: QColor) -> QColor:
    # A tint's own hue, dark enough to read on light palettes and light enough on dark ones.
    return background.darker(320) if background.lightness() > 128 else background.lighter(280)
