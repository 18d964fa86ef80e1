"""The "Changes since you read it" window: what changed between two versions of the open
article. Figures, quotes and claim sources are called out first; then every sentence removed
(struck through, red), added (green) or edited (its words so marked); then the highlights that
could not be placed on the new text. Choosing a change selects it in the reader."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.citation import quoted
from desktop.core.version_diff import SentenceChange, word_diff
from desktop.store.records import Highlight
from desktop.store.version_changes import ClaimChange, FigureChange, VersionChanges
from desktop.ui.accessibility import add_close_keys
from desktop.ui.library_models import format_time
from desktop.ui.theme import is_dark
from desktop.ui.wording import counted

# Where a called-out row leads in the new text: (start, end); removed ones lead nowhere.
RANGE_ROLE = Qt.ItemDataRole.UserRole + 1
WINDOW_MARGIN_PX = 12
WINDOW_SIZE_PX = (820, 640)
# (text, background) of removed and added words, on light and on dark palettes: the pairs of
# the info bar's error strip and a green of the same contrast (above 4.5:1).
REMOVED_COLOURS = (("#8c1d18", "#fde2e1"), ("#ffd0cc", "#4a1c1a"))
ADDED_COLOURS = (("#0f5132", "#d3f2dc"), ("#c8f5d5", "#173d26"))
# A sentence's link in the diff: "change:N", N its position in ``changes.sentences``.
_LINK = "change:"
_SENTENCE_LABELS = {"removed": "Removed", "added": "Added", "changed": "Changed"}


class VersionChangesWindow(QWidget):
    passageRequested = Signal(int, int)  # start, end in the current text
    changesShown = Signal(object)  # the VersionChanges shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.changes: VersionChanges | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.called_out = QTreeWidget()
        self.called_out.setHeaderLabels(["What changed"])
        self.called_out.setHeaderHidden(True)
        self.called_out.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.called_out.setAccessibleName("Figures, quotes and sources that changed")
        self.called_out.itemActivated.connect(self._select_item)
        self.called_out.itemClicked.connect(self._select_item)
        self.sentences = QTextBrowser()
        self.sentences.setOpenLinks(False)
        self.sentences.setAccessibleName("Sentences removed, added and changed")
        self.sentences.anchorClicked.connect(self._select_sentence)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.called_out)
        splitter.addWidget(self.sentences)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(WINDOW_MARGIN_PX, WINDOW_MARGIN_PX, WINDOW_MARGIN_PX, WINDOW_MARGIN_PX)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        add_close_keys(self)
        self.resize(*WINDOW_SIZE_PX)

    def show_loading(self, title: str) -> None:
        self.setWindowTitle(f"Changes since you read it — {title} — Reading Assistant")
        self.heading.setText(f"<b>{html.escape(title)}</b>")
        self.status.setText("Comparing the versions…")

    def show_error(self, message: str) -> None:
        self.status.setText(f"The versions could not be compared: {message}")

    def show_changes(self, changes: VersionChanges, orphans: list[Highlight]) -> None:
        self.changes = changes
        self.heading.setText(
            f"<b>{html.escape(changes.title or 'This article')}</b><br>"
            f"Version {changes.old_version} ({html.escape(format_time(changes.old_stored_at))}) →"
            f" version {changes.new_version} ({html.escape(format_time(changes.new_stored_at))}),"
            " the one you are reading"
        )
        self.called_out.clear()
        figures = [_change_item(change) for change in changes.figures]
        quotes = [_change_item(change) for change in changes.claims if change.kind != "source changed"]
        sources = [_change_item(change) for change in changes.claims if change.kind == "source changed"]
        lost = [_orphan_item(highlight) for highlight in orphans]
        for heading, items in (
            ("Figures", figures),
            ("Quotes and statements", quotes),
            ("Sources", sources),
            ("Highlights not placed on the new text", lost),
        ):
            if items:
                group = QTreeWidgetItem([f"{heading} ({len(items)})"])
                group.addChildren(items)
                self.called_out.addTopLevelItem(group)
        self.called_out.expandAll()
        self.sentences.setHtml(self._sentences_html(changes.sentences))
        self.status.setText(self._summary(changes, figures + quotes + sources))
        self.changesShown.emit(changes)

    def _summary(self, changes: VersionChanges, called_out: list[QTreeWidgetItem]) -> str:
        sentences = counted(len(changes.sentences), "sentence")
        if not changes.analysed:
            return (
                f"{sentences} changed. Figures, quotes and sources are compared once both versions"
                " are analysed."
            )
        if not changes.sentences:
            return "The text is the same in both versions."
        return (
            f"{counted(len(called_out), 'change')} called out; {sentences} changed. Choose one to select it."
        )

    def _sentences_html(self, changes: tuple[SentenceChange, ...]) -> str:
        dark = is_dark(self.palette())
        removed, added = REMOVED_COLOURS[dark], ADDED_COLOURS[dark]
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        text = self.palette().color(QPalette.ColorRole.Text).name()

        def marked(kind: str, words: str) -> str:
            # The space after the last word is not marked: it is in both versions.
            stripped = words.rstrip()
            escaped, space = html.escape(stripped), html.escape(words[len(stripped) :])
            if kind == "removed":
                return (
                    f'<span style="color:{removed[0]}; background-color:{removed[1]};'
                    f' text-decoration:line-through">{escaped}</span>{space}'
                )
            if kind == "added":
                return f'<span style="color:{added[0]}; background-color:{added[1]}">{escaped}</span>{space}'
            return f'<span style="color:{text}">{escaped}{space}</span>'

        paragraphs = []
        for position, change in enumerate(changes):
            if change.kind == "changed" and change.old is not None and change.new is not None:
                body = "".join(
                    marked(run.kind, run.text) for run in word_diff(change.old.text, change.new.text)
                )
            else:
                sentence = change.old if change.kind == "removed" else change.new
                body = marked(change.kind, sentence.text if sentence is not None else "")
            paragraphs.append(
                f'<p><span style="color:{muted}">{_SENTENCE_LABELS[change.kind]}</span><br>'
                f'<a href="{_LINK}{position}" style="text-decoration:none">{body}</a></p>'
            )
        return "".join(paragraphs) or f'<p style="color:{muted}">No sentence changed.</p>'

    def _select_item(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, RANGE_ROLE)
        if where:
            self.passageRequested.emit(*where)

    def _select_sentence(self, url: QUrl) -> None:
        link = url.toString()
        if self.changes is None or not link.startswith(_LINK):
            return
        change = self.changes.sentences[int(link.removeprefix(_LINK))]
        if change.new is not None:
            self.passageRequested.emit(change.new.start, change.new.end)
        else:
            self.status.setText("That sentence was removed: it is not in the text you are reading.")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The marks' colours are made for the palette: the desktop switched light and dark.
        if event.type() == QEvent.Type.PaletteChange and self.changes is not None:
            self.sentences.setHtml(self._sentences_html(self.changes.sentences))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.changes = None
        super().closeEvent(event)


def _change_item(change: FigureChange | ClaimChange) -> QTreeWidgetItem:
    """A called-out change, leading to where it now is in the text (nowhere once removed)."""
    item = QTreeWidgetItem([change.summary])
    if change.new is not None:
        item.setData(0, RANGE_ROLE, (change.new.start, change.new.end))
        item.setToolTip(0, f"Now: {quoted(change.new.text)} — choose to select it in the text")
    elif change.old is not None:
        item.setToolTip(0, f"Was: {quoted(change.old.text)} — no longer in the text")
    return item


def _orphan_item(highlight: Highlight) -> QTreeWidgetItem:
    note = f" — {highlight.note}" if highlight.note else ""
    item = QTreeWidgetItem([f"{quoted(highlight.exact)}{note}"])
    item.setToolTip(0, "Kept under Orphans in the Notes tab, where it can be placed again")
    return item
