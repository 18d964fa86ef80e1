"""The Entities tab: each distinct entity once, grouped by label, most mentioned first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entity_corrections import CORRECTION_LABELS
from desktop.core.entity_names import display_name, surname_owners
from desktop.nlp.model import Entity
from desktop.ui.correction_menu import add_correction_menu
from desktop.ui.panels.legend import LabelLegend
from desktop.ui.theme import LABEL_STYLES, STYLE_BY_LABEL, describe_label
from desktop.ui.wording import counted

MENTIONS_ROLE = Qt.ItemDataRole.UserRole + 1
ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
# The column saying in how many other archived articles an entity is; clicking it opens its page.
ARCHIVE_COLUMN = 1
LABEL_ORDER = {style.label: i for i, style in enumerate(LABEL_STYLES)}


# Labels whose members are listed in text order.
TEXT_ORDER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


@dataclass
class EntityGroup:
    label: str
    # surface text → mentions (start, end), in text order
    members: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def mention_count(self) -> int:
        return sum(len(m) for m in self.members.values())


def group_entities(entities: Iterable[Entity], labels: Iterable[str] | None = None) -> list[EntityGroup]:
    """Group mentions by label and surface text, members most mentioned first (dates and
    numbers in the order the text first mentions them).

    Groups follow the legend's order (people, organisations, places… before dates and numbers),
    which is the order a reader scans for.
    """
    wanted = set(labels) if labels is not None else None
    groups: dict[str, EntityGroup] = defaultdict(lambda: EntityGroup(""))
    for entity in entities:
        if wanted is not None and entity.label not in wanted:
            continue
        group = groups[entity.label]
        group.label = entity.label
        group.members.setdefault(display_name(entity.text), []).append((entity.start, entity.end))
    for group in groups.values():
        if group.label == "PERSON":
            _fold_surnames(group)
    ordered = sorted(groups.values(), key=lambda g: (LABEL_ORDER.get(g.label, len(LABEL_ORDER)), g.label))
    for group in ordered:
        if group.label in TEXT_ORDER_LABELS:
            # Dates and numbers read as a timeline or a sequence, not by how often they recur.
            group.members = dict(sorted(group.members.items(), key=lambda item: item[1][0]))
        else:
            group.members = dict(
                sorted(group.members.items(), key=lambda item: (-len(item[1]), item[0].lower()))
            )
    return ordered


def _fold_surnames(group: EntityGroup) -> None:
    """List "Vasquez" under "Elena Vasquez" when exactly one full name ends with it."""
    for name, owner in surname_owners(group.members).items():
        group.members[owner] = sorted(group.members[owner] + group.members.pop(name))


class EntitiesPanel(QWidget):
    """Lists entities; activating one asks the reader to select its next mention."""

    mentionRequested = Signal(int, int)  # start, end in code points
    labelToggled = Signal(str, bool)
    entityPageRequested = Signal(int)  # the archive's entity id
    # A name's label corrected from its context menu: the name as listed, the label (None: not a name).
    correctionRequested = Signal(str, object)
    relatedRequested = Signal()  # the archived articles about the same story

    def __init__(self, enabled_labels: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = LabelLegend(enabled_labels)
        self.legend.labelToggled.connect(self.labelToggled)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter entities…")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(lambda _text: self._show_matches())
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.header().setStretchLastSection(False)
        # Group headings span both columns; whichever rows the filter shows again span too.
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.layoutChanged):
            signal.connect(self._span_headings)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Mouse clicks and the Return key both go to the next mention. (``activated`` is not
        # used: depending on the style it fires on single or double clicks.)
        self.tree.clicked.connect(self._activate)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.tree, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.tree.currentIndex()))
        # What the placeholder says when there are no names (the filter's own message aside).
        self._message = "Entities appear here once the article is analysed."
        self.placeholder = QLabel(self._message)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.placeholder, 1)
        self.related_link = QLabel()
        self.related_link.setWordWrap(True)
        self.related_link.setToolTip("Archived articles that share the most names with this one")
        self.related_link.linkActivated.connect(lambda _link: self.relatedRequested.emit())
        self.related_link.hide()
        layout.addWidget(self.related_link)
        self._cursor: dict[str, int] = {}
        self.show_entities(())

    def show_entities(self, entities: Sequence[Entity], message: str | None = None) -> None:
        self.model.clear()
        self._cursor.clear()
        for group in group_entities(entities):
            style = STYLE_BY_LABEL.get(group.label)
            described = describe_label(group.label)  # once a group: a book has thousands of names
            heading = QStandardItem(f"{style.title if style else group.label}  ·  {group.mention_count}")
            heading.setSelectable(False)
            heading.setToolTip(described)
            font = QFont()
            font.setBold(True)
            heading.setFont(font)
            for name, mentions in group.members.items():
                item = QStandardItem(f"{name}  ({len(mentions)})")
                item.setData(mentions, MENTIONS_ROLE)
                item.setData((group.label, name), NAME_ROLE)
                item.setToolTip(f"{described}\n{counted(len(mentions), 'mention')}; click to go to the next")
                heading.appendRow([item, QStandardItem()])
            self.model.appendRow([heading, QStandardItem()])
        header = self.tree.header()
        if header.count() > ARCHIVE_COLUMN:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(ARCHIVE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self._span_headings()
        self.tree.expandAll()
        self.filter_edit.setVisible(self.model.rowCount() > 0)
        self.related_link.hide()
        if message is not None:
            self._message = message
        self._show_matches()

    def _show_matches(self) -> None:
        """The tree, or the placeholder saying why it would be empty: no names, or none that
        matches the filter (kept when another article is shown)."""
        matching = self.proxy.rowCount() > 0
        self.tree.setVisible(matching)
        self.placeholder.setVisible(not matching)
        if self.model.rowCount() == 0:
            self.placeholder.setText(self._message)
        elif not matching:
            self.placeholder.setText(f"No names match “{self.filter_edit.text()}”.")

    def show_archive_counts(self, counts: Mapping[tuple[str, str], tuple[int, int]]) -> None:
        """Say per entity in how many other archived articles it is: ``counts`` maps
        (label, name) to (entity id, number of other articles)."""
        font = QFont()
        font.setUnderline(True)
        for cell in self._archive_cells():
            found = counts.get(self.model.itemFromIndex(cell.index().siblingAtColumn(0)).data(NAME_ROLE))
            if found is None:
                continue
            entity_id, others = found
            # Only where there is something to see: a column of "in no other article" is noise.
            cell.setText(f"in {others:,} other article{'s' * (others != 1)}" if others else "")
            cell.setData(entity_id if others else None, ENTITY_ID_ROLE)
            cell.setFont(font)
            cell.setToolTip(
                "Open its page: every archived article that mentions it and the claims it made"
                if others
                else ""
            )
        self._colour_links()
        self.related_link.setVisible(self.model.rowCount() > 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour_links()

    def _archive_cells(self) -> list[QStandardItem]:
        cells = []
        for group_row in range(self.model.rowCount()):
            heading = self.model.item(group_row)
            for row in range(heading.rowCount()):
                cell = heading.child(row, ARCHIVE_COLUMN)
                if cell is not None:
                    cells.append(cell)
        return cells

    def _colour_links(self) -> None:
        """Links in the palette's own link colour, again whenever the palette changes (a dark
        theme's link colour is not a light one's)."""
        link = self.palette().color(QPalette.ColorRole.Link)
        for cell in self._archive_cells():
            cell.setForeground(link)
        self.related_link.setText(
            f'<a href="related" style="color: {link.name()}">Related articles in the archive…</a>'
        )

    def _span_headings(self) -> None:
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def context_menu(self, proxy_index: QModelIndex) -> QMenu | None:
        """The menu of a name's row: go to its next mention, Correct Label ▸ (None elsewhere:
        a heading, a date or number)."""
        name = self.proxy.mapToSource(proxy_index).siblingAtColumn(0).data(NAME_ROLE)
        if name is None or name[0] not in CORRECTION_LABELS:
            return None
        label, surface = name
        menu = QMenu(self.tree)
        first = proxy_index.siblingAtColumn(0)
        menu.addAction("&Go to Next Mention", lambda: self._activate(first))
        add_correction_menu(
            menu, surface, label, lambda chosen: self.correctionRequested.emit(surface, chosen)
        )
        return menu

    def _show_context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(point))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _activate(self, proxy_index: QModelIndex) -> None:
        index = self.proxy.mapToSource(proxy_index)
        entity_id = index.data(ENTITY_ID_ROLE)
        if index.column() == ARCHIVE_COLUMN and entity_id is not None:
            self.entityPageRequested.emit(int(entity_id))
            return
        index = index.siblingAtColumn(0)
        mentions = index.data(MENTIONS_ROLE)
        if not mentions:
            return
        key = str(index.data(Qt.ItemDataRole.DisplayRole)) + str(index.parent().row())
        position = self._cursor.get(key, 0) % len(mentions)
        self._cursor[key] = position + 1
        start, end = mentions[position]
        self.mentionRequested.emit(start, end)
