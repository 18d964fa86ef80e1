"""An entity's page: the archived articles that mention it, the claims it made across the
archive in date order, and the claims that mention it; with merging and splitting by hand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.archive import Archive
from desktop.store.knowledge import ENTITY_PAGE_ROWS
from desktop.store.knowledge_records import EntityPage, EntitySummary
from desktop.ui.accessibility import add_close_keys
from desktop.ui.correction_menu import label_title
from desktop.ui.library.reads import ArchiveReads, describe_error
from desktop.ui.passage_items import passage_of, set_passage
from desktop.ui.people_view import kind_name
from desktop.ui.wording import counted

# Claim kinds as a reader says them.
CLAIM_KINDS = {"quote": "quote", "reported": "statement", "according_to": "according to", "unattributed": "—"}
# A little air above each section's heading, between it and the section before.
SECTION_GAP_PX = 6
# The window's own margin, as in Qt's dialogs.
WINDOW_MARGIN_PX = 12
# Room for the three lists side by side and a dozen rows each.
WINDOW_SIZE_PX = (980, 720)
# A column sized to its contents stops here, so one long quote does not push the rest away.
MAX_COLUMN_CHARS = 48


class ArchiveWriter(Protocol):
    """Runs ``change`` on the window's background writer, ``on_done`` or ``on_error`` on the GUI
    thread after; False (nothing run) when the archive is read-only."""

    def __call__(
        self,
        change: Callable[[Archive], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> bool: ...


def _section(title: str, headers: Sequence[str]) -> tuple[QWidget, QLabel, QTreeWidget]:
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setBold(True)
    heading.setFont(font)
    tree = QTreeWidget()
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSortingEnabled(True)
    tree.setWordWrap(False)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, SECTION_GAP_PX, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(tree, 1)
    return box, heading, tree


class EntityPageWindow(QWidget):
    """One entity's page, read on a worker; merges and splits go to ``write``, the window's
    background writer (it returns False when the archive is read-only)."""

    articleRequested = Signal(int, int, int)  # article id, start, end of the passage to select
    entitiesChanged = Signal()  # a merge or a split changed who is who
    entityReplaced = Signal(int, int)  # old id, id it now goes by (after a merge)
    changeSettled = Signal()  # a merge or split asked for is done, or failed (the user was told)
    pageShown = Signal()

    def __init__(
        self,
        entity_id: int,
        reads: ArchiveReads,
        write: ArchiveWriter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.entity_id = entity_id
        self.page: EntityPage | None = None
        # How many rows of each list are read: a name met in thousands of articles shows its
        # newest first, and more on request.
        self.rows = ENTITY_PAGE_ROWS
        self._reads = reads
        self._write = write
        # Asked before a merge or split; tests replace them to answer without a dialog.
        self.ask_name: Callable[[str, str], str | None] = self._ask_name
        self.choose_name: Callable[[str, str, list[str]], str | None] = self._choose_name
        self.tell: Callable[[str], None] = self._tell
        self.title = QLabel("Loading…")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.merge_button = QPushButton("Merge with…")
        self.merge_button.setToolTip("Another name in the archive is the same one: fold it into this page")
        self.merge_button.clicked.connect(self.merge_with_other)
        self.split_button = QPushButton("Split a Name Off…")
        self.split_button.setToolTip("One of the names here is someone else: give it a page of its own")
        self.split_button.clicked.connect(self.split_name_off)
        self.busy_label = QLabel()
        self.busy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.busy_label.hide()
        articles_box, self.articles_heading, self.articles = _section(
            "Articles", ("Title", "Outlet", "Date", "Mentions")
        )
        claims_box, self.claims_heading, self.claims_by = _section(
            "Claims made", ("Date", "Article", "Kind", "What was said", "Cue", "Hedges")
        )
        about_box, self.about_heading, self.claims_about = _section(
            "Claims mentioning it", ("Date", "Article", "Source", "Kind", "What was said", "Cue")
        )
        self.more_button = QPushButton("Show More")
        self.more_button.setToolTip(f"List {ENTITY_PAGE_ROWS:,} more rows of each list")
        self.more_button.setAccessibleName("Show more articles and claims")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        # The titles take the width left; the claims' last column does, by the trees' default.
        self.articles.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.articles.header().setStretchLastSection(False)
        for tree in (self.articles, self.claims_by, self.claims_about):
            tree.itemActivated.connect(self._open_item)
            tree.itemDoubleClicked.connect(self._open_item)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for box in (articles_box, claims_box, about_box):
            splitter.addWidget(box)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(WINDOW_MARGIN_PX, WINDOW_MARGIN_PX, WINDOW_MARGIN_PX, WINDOW_MARGIN_PX)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignRight)
        add_close_keys(self)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.resize(*WINDOW_SIZE_PX)
        self.refresh()

    def refresh(self) -> None:
        entity_id, rows = self.entity_id, self.rows
        self._reads.read(
            f"entity-{id(self)}",
            lambda archive: archive.knowledge.entity_page(entity_id, rows),
            self.show_page,
            self._failed,
        )

    def show_page(self, page: EntityPage) -> None:
        self.page = page
        entity = page.entity
        self.setWindowTitle(f"{entity.name} — Reading Assistant")
        self.title.setText(entity.name)
        others = [name for name in page.names if name != entity.name]
        also = f" · also written {', '.join(others)}" if others else ""
        self.subtitle.setText(
            f"{kind_name(entity.label)} · in {counted(entity.article_count, 'article')} ·"
            f" {counted(entity.claim_count, 'claim')} made{also}"
        )
        self._enable_split()
        self.more_button.setEnabled(True)
        self._fill(
            self.articles,
            [
                (
                    [a.title, a.outlet, _day(a.date), f"{a.mentions:,}"],
                    (a.article_id, a.first_start, a.first_end),
                )
                for a in page.articles
            ],
        )
        self.articles_heading.setText(
            f"Articles mentioning it ({_shown(len(page.articles), entity.article_count)}) — open one at the"
            " first mention"
        )
        self._fill(
            self.claims_by,
            [
                (
                    [
                        _day(c.date),
                        c.article_title,
                        CLAIM_KINDS.get(c.kind, c.kind),
                        c.text,
                        c.cue or "",
                        ", ".join(c.hedges),
                    ],
                    (c.article_id, c.start, c.end),
                )
                for c in page.claims_by
            ],
        )
        self.claims_heading.setText(
            f"Claims made by {entity.name} ({_shown(len(page.claims_by), entity.claim_count)}), oldest first"
        )
        self._fill(
            self.claims_about,
            [
                (
                    [
                        _day(c.date),
                        c.article_title,
                        c.source_name or "—",
                        CLAIM_KINDS.get(c.kind, c.kind),
                        c.text,
                        c.cue or "",
                    ],
                    (c.article_id, c.start, c.end),
                )
                for c in page.claims_about
            ],
        )
        self.about_heading.setText(
            f"Claims mentioning {entity.name} ({_shown(len(page.claims_about), page.claims_about_count)})"
        )
        self.more_button.setVisible(
            len(page.articles) < entity.article_count
            or len(page.claims_by) < entity.claim_count
            or len(page.claims_about) < page.claims_about_count
        )
        self.pageShown.emit()

    def _fill(self, tree: QTreeWidget, rows: list[tuple[list[str], tuple[int, int, int]]]) -> None:
        tree.setSortingEnabled(False)
        tree.clear()
        for cells, target in rows:
            item = QTreeWidgetItem([" ".join(cell.split()) for cell in cells])
            set_passage(item, target)
            for column, cell in enumerate(cells):
                item.setToolTip(column, cell)
            if tree is self.articles:
                item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        # Rows keep the order they came in (date order) until a header is clicked.
        tree.sortItems(-1, Qt.SortOrder.AscendingOrder)
        tree.setSortingEnabled(True)
        tree.header().setSortIndicatorShown(False)
        _fit_columns(tree)

    def show_more(self) -> None:
        """Read the page again with ``ENTITY_PAGE_ROWS`` more rows of each list."""
        self.rows += ENTITY_PAGE_ROWS
        self.more_button.setEnabled(False)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.title.setText("This page could not be read")
        self.subtitle.setText(describe_error(error))

    def _open_item(self, item: QTreeWidgetItem) -> None:
        passage = passage_of(item)
        if passage is not None:
            self.articleRequested.emit(*passage)

    # -- merging and splitting --------------------------------------------------------------

    def merge_with_other(self) -> None:
        """Ask which other name is this entity's, and fold it in on the window's background
        writer (on a name met in every article, a second of work)."""
        if self.page is None:
            return
        entity = self.page.entity
        name = self.ask_name("Merge", f"Which name in the archive is also {entity.name}?")
        if not name or not name.strip():
            return

        def merge(archive: Archive) -> tuple[int | None, list[str]]:
            """The entity merged in (or this one, or None) and, when none was, the other labels
            the name goes by in the archive."""
            knowledge = archive.knowledge
            other = knowledge.find_entity(name, entity.label)
            if other is not None and other != entity.id:
                knowledge.merge_entities(entity.id, other)
                return other, []
            return other, [label for label in knowledge.labels_named(name) if label != entity.label]

        self._change(
            "Merging…",
            merge,
            lambda found: self._merged(entity, name.strip(), *found),
            "The entities could not be merged",
        )

    def split_name_off(self) -> None:
        if self.page is None or len(self.page.names) < 2:
            return
        name = self.choose_name(
            "Split a Name Off",
            "Which name is someone else? It gets a page of its own.",
            list(self.page.names),
        )
        if not name:
            return
        entity_id = self.page.entity.id
        self._change(
            "Splitting…",
            lambda archive: archive.knowledge.split_name(entity_id, name),
            lambda _new_id: self._changed_entities(),
            "The name could not be split off",
        )

    def _change(
        self,
        doing: str,
        change: Callable[[Archive], Any],
        on_done: Callable[[Any], None],
        failure: str,
    ) -> None:
        """Run ``change`` on the background writer, the buttons off (and ``doing`` shown) until
        it is done."""

        def done(result: Any) -> None:
            self._set_busy("")
            on_done(result)
            self.changeSettled.emit()

        def failed(error: BaseException) -> None:
            self._set_busy("")
            self.tell(f"{failure}: {describe_error(error)}")
            self.changeSettled.emit()

        if not self._write(change, done, failed):
            self.tell("The archive is open read-only: merges and splits cannot be saved.")
            return
        self._set_busy(doing)

    def _set_busy(self, doing: str) -> None:
        self.busy_label.setText(doing)
        self.busy_label.setVisible(bool(doing))
        self.merge_button.setEnabled(not doing)
        self._enable_split()

    def _enable_split(self) -> None:
        """A name can be split off an entity known by several, while no merge or split runs."""
        busy = bool(self.busy_label.text())
        self.split_button.setEnabled(not busy and self.page is not None and len(self.page.names) > 1)

    def _merged(
        self, entity: EntitySummary, name: str, other: int | None, labelled_otherwise: list[str]
    ) -> None:
        elsewhere = " or ".join(label_title(label) for label in labelled_otherwise)
        this = label_title(entity.label)
        if other is None and elsewhere:
            self.tell(
                f"“{name}” is in the archive as {elsewhere}, not as {this}: only names of one kind are merged."
            )
        elif other is None:
            self.tell(f"No {kind_name(entity.label).lower()} called “{name}” is in the archive.")
        elif other == entity.id and elsewhere:
            # The same name tagged as another kind (a place read as a person in one headline) is
            # the tagger's mistake, which the reader corrects where an article makes it.
            self.tell(
                f"“{name}” is on this page, and in some articles it is tagged as {elsewhere}. Where"
                f" such an article means this one, correct the label there (select the name, then"
                f" Correct Label ▸ {this}): the article then counts here."
            )
        elif other == entity.id:
            self.tell(f"“{name}” is already on this page.")
        else:
            self.entityReplaced.emit(other, entity.id)
            self._changed_entities()

    def _changed_entities(self) -> None:
        self.entitiesChanged.emit()
        self.refresh()

    def _ask_name(self, title: str, question: str) -> str | None:
        name, accepted = QInputDialog.getText(self, title, question)
        return name if accepted else None

    def _choose_name(self, title: str, question: str, names: list[str]) -> str | None:
        name, accepted = QInputDialog.getItem(self, title, question, names, 0, False)
        return name if accepted else None

    def _tell(self, message: str) -> None:
        QMessageBox.information(self, "Reading Assistant", message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._reads.cancel(f"entity-{id(self)}")
        super().closeEvent(event)


def _fit_columns(tree: QTreeWidget) -> None:
    """Each column as wide as its header and rows, up to ``MAX_COLUMN_CHARS`` characters of the
    tree's font (at large text a width in pixels holds a few words), the last one too: left out,
    at large text it kept a width too narrow for its own header. The stretching column takes the
    width left; where there is none, a horizontal scroll bar brings the rest."""
    limit = MAX_COLUMN_CHARS * tree.fontMetrics().averageCharWidth()
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), limit))


def _shown(listed: int, total: int) -> str:
    """ "12" when every row is listed, else "200 of 10,020"."""
    return f"{listed:,}" if listed >= total else f"{listed:,} of {total:,}"


def _day(stamp: str) -> str:
    """A stored date or time as its day (ISO dates sort in time order)."""
    return stamp[:10]
