"""Paint the user's highlights in the reader, over the analysis layers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextCharFormat

from desktop.store.records import Highlight
from desktop.ui.reader import ReaderView
from desktop.ui.theme import highlight_accent, highlight_colour

USER_LAYER = "user-highlights"
USER_LAYER_ORDER = 100


def paint_user_highlights(reader: ReaderView, highlights: Sequence[Highlight], dark: bool) -> None:
    formats = {str(h.id): _format(h, dark) for h in highlights}
    reader.set_layer(
        USER_LAYER, [(h.start, h.end, str(h.id)) for h in highlights], formats.get, order=USER_LAYER_ORDER
    )


def _format(highlight: Highlight, dark: bool) -> QTextCharFormat:
    colour = highlight_colour(highlight.colour, dark)
    char_format = QTextCharFormat()
    char_format.setBackground(colour)
    if highlight.note.strip():
        # A highlight with a note is underlined in a deeper shade of its colour.
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(highlight_accent(highlight.colour, dark))
    return char_format
