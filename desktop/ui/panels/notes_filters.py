"""The Notes tab's filters: one colour and one tag to show, with counts, and what is shown."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.store.records import Colour, Highlight
from desktop.ui.panels.colour_picker import colour_swatch
from desktop.ui.panels.notes_model import colour_names
from desktop.ui.panels.widgets import filter_combo, refill
from desktop.ui.theme import is_dark
from desktop.ui.wording import counted

ALL_COLOURS = "All colours"
ALL_TAGS = "All tags"


class NotesFilterBar(QWidget):
    """A colour and a tag combo (each with its counts) over a line saying how many are shown."""

    changed = Signal()  # the user chose another colour or tag

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._highlights: tuple[Highlight, ...] = ()
        self._colours: tuple[Colour, ...] = ()
        self._kept_tag: str | None = None
        self.colour_combo = filter_combo("Show the highlights of one colour", 10)
        self.tag_combo = filter_combo("Show the highlights with one tag", 8)
        self.colour_combo.currentIndexChanged.connect(self.changed)
        self.tag_combo.currentIndexChanged.connect(self.changed)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        combos = QHBoxLayout()
        combos.addWidget(self.colour_combo, 3)
        combos.addWidget(self.tag_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(combos)
        layout.addWidget(self.summary)

    def colour(self) -> str | None:
        data = self.colour_combo.currentData()
        return data if isinstance(data, str) else None

    def set_colour(self, key: str | None) -> None:
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(key)) if key else 0)

    def tag(self) -> str | None:
        data = self.tag_combo.currentData()
        return data if isinstance(data, str) else None

    def set_tag(self, tag: str | None) -> None:
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(tag)) if tag else 0)

    def fill(self, highlights: Sequence[Highlight], colours: Sequence[Colour], kept_tag: str | None) -> None:
        """Offers the colours and the tags of ``highlights`` with their counts; ``kept_tag`` (the
        tag filtered on) stays offered when its last use was just removed, rather than the
        filter silently switching while the list is being edited."""
        self._highlights, self._colours, self._kept_tag = tuple(highlights), tuple(colours), kept_tag
        dark = is_dark(self.palette())
        meanings = {colour.key: colour.meaning for colour in colours}
        colour_counts = Counter(highlight.colour for highlight in highlights)
        refill(
            self.colour_combo,
            [(f"{ALL_COLOURS} ({len(highlights)})", None, None)]
            + [
                (
                    f"{colour_names(colour.key, meanings)} · {colour_counts[colour.key]}",
                    colour.key,
                    colour_swatch(colour.key, dark),
                )
                for colour in colours
            ],
        )
        tag_counts = Counter(tag for highlight in highlights for tag in highlight.tags)
        tags = sorted(tag_counts, key=lambda tag: (-tag_counts[tag], tag.casefold()))
        if kept_tag is not None and kept_tag not in tag_counts:
            tags.append(kept_tag)
        refill(
            self.tag_combo,
            [(ALL_TAGS if tags else "No tags yet", None, None)]
            + [(f"#{tag} · {tag_counts[tag]}", tag, None) for tag in tags],
        )
        self.tag_combo.setEnabled(bool(tags))

    def show_counts(self, total: int, shown: int, noted: int) -> None:
        if shown == total:
            self.summary.setText(f"{counted(total, 'highlight')} · {noted} with notes")
        else:
            self.summary.setText(f"Showing {shown} of {counted(total, 'highlight')}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.fill(self._highlights, self._colours, self._kept_tag)  # the colour swatches
