"""The Figures tab: cross-checks first, then every figure in a sortable, filterable table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.article import Article
from desktop.nlp.model import Check, Figure
from desktop.ui.citations import CITE_KEY, copy_citations
from desktop.ui.panels.chapter_filter import ChapterFilter
from desktop.ui.panels.figures_model import (
    Column,
    FiguresFilterProxy,
    FiguresTableModel,
    bold_font,
    describe_check,
    failing_check_notes,
    figures_as_tsv,
    warning_colour,
    write_figures_csv,
)
from desktop.ui.panels.widgets import ElidingComboBox, WrappingRow
from desktop.ui.theme import is_dark

CHECK_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_CHECKS = 4
MAX_FIGURE_EMS = 15
MAX_COLUMN_EMS = 10
# Compact table rows: this much above the text's height, less than the style's default, which
# leaves room for editors this table never opens.
ROW_ROOM_PX = 8
# The checks list is fitted to its rows; this much more keeps the last row's focus frame whole.
CHECKS_BOTTOM_ROOM_PX = 2
WAITING_MESSAGE = "Figures appear here once the article is analysed."
NO_FIGURES_MESSAGE = "No figures found in this article."


# Rows measured when fitting column widths; the rest are elided if wider.
FIT_ROWS = 200


def _cell_padding(table: QTableView) -> int:
    """What Qt adds to a cell's text when it fits a column: the item's text margins and the grid."""
    text_margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return 2 * text_margin + (1 if table.showGrid() else 0)


class FiguresPanel(QWidget):
    """Lists checks and figures; activating either asks the reader to select a figure."""

    figureRequested = Signal(int, int)  # start, end in code points

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: tuple[Figure, ...] = ()
        self._checks: tuple[Check, ...] = ()
        self._cited: Article | None = None

        self.checks_heading = QLabel()
        self.checks_model = QStandardItemModel(self)
        self.checks_view = QListView()
        self.checks_view.setModel(self.checks_model)
        self.checks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks_view.setUniformItemSizes(True)
        self.checks_view.clicked.connect(self._activate_check)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter figures…")
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_combo = ElidingComboBox()
        self.kind_combo.setToolTip("Show figures of one kind")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chapters = ChapterFilter()
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setToolTip("Save the figures listed below as a CSV file")
        self.count_label = QLabel()

        self.model = FiguresTableModel(self)
        self.proxy = FiguresFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self._build_actions()

        self.filter_edit.textChanged.connect(self._set_filter_text)
        self.kind_combo.currentIndexChanged.connect(self._set_kind_filter)
        self.chapters.combo.currentIndexChanged.connect(self._set_chapter_filter)
        self.export_button.clicked.connect(self.export_csv_with_dialog)

        self.placeholder = QLabel(WAITING_MESSAGE)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._lay_out()
        self.show_figures((), (), WAITING_MESSAGE)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        # No sort column until the user picks one: rows stay in text order, and a book's
        # thousands of figures are not compared one by one every time they are shown.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_ROOM_PX)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # The key columns fit a side panel at 1366 px without scrolling sideways: the figure
        # takes what the short columns (fitted to their contents) leave; the kind is the
        # drop-down above and in each row's tooltip.
        header.setSectionResizeMode(Column.FIGURE, QHeaderView.ResizeMode.Stretch)
        table.setColumnHidden(Column.KIND, True)
        # Clicks and Return both select the figure in the reader (``activated`` is not used:
        # depending on the style it fires on single or double clicks).
        table.clicked.connect(self._activate_figure)
        return table

    def _build_actions(self) -> None:
        self.go_action = QAction("Show in text", self)
        self.go_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.go_action.triggered.connect(lambda: self._activate_figure(self.table.currentIndex()))
        self.copy_action = QAction("Copy rows", self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setToolTip("Copy the selected rows as tab-separated text with a header")
        self.copy_action.triggered.connect(self.copy_selection)
        # The key is a shortcut of the table, not of the action: the reader's Copy Citation owns
        # the action shortcut.
        self.cite_action = QAction("Copy Citation", self)
        self.cite_action.setToolTip(
            f"Copy the sentence of each selected figure with the article's reference ({CITE_KEY})"
        )
        cite_key = QShortcut(QKeySequence(CITE_KEY), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        cite_key.activated.connect(self.copy_citation)
        self.cite_action.setEnabled(False)
        self.cite_action.triggered.connect(self.copy_citation)
        self.export_action = QAction("Export CSV…", self)
        self.export_action.triggered.connect(self.export_csv_with_dialog)
        separator = QAction(self)
        separator.setSeparator(True)
        actions = (self.go_action, self.copy_action, self.cite_action, separator, self.export_action)
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _lay_out(self) -> None:
        # The filter field on a line of its own when the row does not fit (a large font).
        choices = WrappingRow()
        choices.add(self.kind_combo)
        choices.add(self.chapters.combo)
        choices.add(self.export_button)
        self.filters = WrappingRow()
        self.filters.add(self.filter_edit, 1)
        self.filters.add(choices)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checks_heading)
        layout.addWidget(self.checks_view)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.placeholder, 1)

    # -- content ---------------------------------------------------------------------------
    def show_figures(
        self, figures: Sequence[Figure], checks: Sequence[Check], message: str | None = None
    ) -> None:
        """Show an analysis' figures and checks (``Check`` indexes point into ``figures``)."""
        self._figures = tuple(figures)
        self._checks = tuple(checks)
        self.model.set_figures(self._figures, failing_check_notes(self._checks))
        self._fill_checks()
        self._fill_kinds()
        self._fit_columns()
        has_figures = bool(self._figures)
        for widget in (self.filter_edit, self.kind_combo, self.export_button, self.table, self.count_label):
            widget.setVisible(has_figures)
        self.chapters.combo.setVisible(has_figures and self.chapters.offered)
        self.placeholder.setVisible(not has_figures)
        self.placeholder.setText(message if message is not None else NO_FIGURES_MESSAGE)
        self._update_count()

    def show_contradictions(self, contradicted: Mapping[tuple[int, int], str]) -> None:
        """Mark the figures (by their start and end) that other archived articles contradict,
        saying what those articles give instead."""
        rows = {(figure.start, figure.end): row for row, figure in enumerate(self._figures)}
        self.model.set_contradicted({rows[span]: note for span, note in contradicted.items() if span in rows})

    def _fit_columns(self) -> None:
        """Columns as wide as their header and the first ``FIT_ROWS`` rows' cells, but none so
        wide that the side panel scrolls for one long figure; long text is elided and shown whole
        in the tooltip. The cells' text is measured here: Qt's own fitting asks the model for a
        dozen roles of each cell, which held the window still for a book's figures."""
        header = self.table.horizontalHeader()
        rows = range(min(FIT_ROWS, self.model.rowCount()))
        plain, bold = self.table.fontMetrics(), QFontMetrics(bold_font())
        row_metrics = [bold if self.model.is_marked(row) else plain for row in rows]
        padding = _cell_padding(self.table)
        em = self.fontMetrics().horizontalAdvance("M")
        for column in range(header.count()):
            texts = (self.model.shown_text(row, column) for row in rows)
            widths = (
                metrics.horizontalAdvance(text) for metrics, text in zip(row_metrics, texts, strict=True)
            )
            widest_text = max(widths, default=0)
            fitted = max(header.sectionSizeHint(column), widest_text + padding)
            widest = em * (MAX_FIGURE_EMS if column == Column.FIGURE else MAX_COLUMN_EMS)
            header.resizeSection(column, min(fitted, widest))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            warning = warning_colour(is_dark(self.palette()))
            for row in range(self.checks_model.rowCount()):
                item = self.checks_model.item(row)
                if not item.data(CHECK_ROLE).holds:
                    item.setForeground(warning)

    def _fill_checks(self) -> None:
        self.checks_model.clear()
        # Mismatches first: they are what a fact-checker wants to see.
        ordered = sorted(self._checks, key=lambda c: c.holds)
        warning = warning_colour(is_dark(self.palette()))
        for check in ordered:
            item = QStandardItem(describe_check(check, self._figures))
            item.setData(check, CHECK_ROLE)
            if check.holds:
                item.setToolTip("Holds. Click to select the total in the text.")
            else:
                item.setForeground(warning)
                item.setFont(bold_font())
                item.setToolTip("Does not hold: the figures disagree. Click to select the total in the text.")
            self.checks_model.appendRow(item)
        mismatches = sum(not c.holds for c in self._checks)
        holding = len(self._checks) - mismatches
        counts = [f"{mismatches} {'mismatch' if mismatches == 1 else 'mismatches'}"] if mismatches else []
        counts += [f"{holding} {'holds' if holding == 1 else 'hold'}"] if holding else []
        self.checks_heading.setText(" · ".join(["<b>Cross-checks</b>", *counts]))
        self.checks_heading.setVisible(bool(self._checks))
        self.checks_view.setVisible(bool(self._checks))
        rows = min(len(self._checks), MAX_VISIBLE_CHECKS)
        if rows:
            row_height = self.checks_view.sizeHintForRow(0)
            self.checks_view.setFixedHeight(
                rows * row_height + 2 * self.checks_view.frameWidth() + CHECKS_BOTTOM_ROOM_PX
            )

    def _fill_kinds(self) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(f"All kinds ({len(self._figures)})", None)
        for kind, count in sorted(Counter(f.kind for f in self._figures).items()):
            self.kind_combo.addItem(f"{kind} ({count})", kind)
        self.kind_combo.blockSignals(False)
        self.proxy.set_kind(None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self._figures)
        noun = "figure" if total == 1 else "figures"
        self.count_label.setText(f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}")

    # -- filters ---------------------------------------------------------------------------
    def _set_filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _set_kind_filter(self, position: int) -> None:
        self.proxy.set_kind(self.kind_combo.itemData(position))
        self._update_count()

    def _set_chapter_filter(self) -> None:
        self.proxy.set_span(self.chapters.span())
        self._update_count()

    # -- activation ------------------------------------------------------------------------
    def _activate_figure(self, proxy_index: QModelIndex) -> None:
        if not proxy_index.isValid():
            return
        figure = self.model.figure(self.proxy.mapToSource(proxy_index).row())
        self.figureRequested.emit(figure.start, figure.end)

    def _activate_check(self, index: QModelIndex) -> None:
        check = index.data(CHECK_ROLE)
        if not isinstance(check, Check) or not 0 <= check.total < len(self._figures):
            return
        self._select_rows((check.total, *check.parts))
        total = self._figures[check.total]
        self.figureRequested.emit(total.start, total.end)

    def _select_rows(self, source_rows: Sequence[int]) -> None:
        """Select a check's figures in the table, so its total and parts are seen together."""
        selection = QItemSelection()
        for row in source_rows:
            if not 0 <= row < self.model.rowCount():
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    # -- copy and export -------------------------------------------------------------------
    def selected_figures(self) -> list[Figure]:
        """Selected figures in the order the table shows them."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.figure(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def visible_figures(self) -> list[Figure]:
        """Figures the filters let through, in the order the table shows them."""
        return [self.model.figure(row) for row in self.proxy.visible_rows()]

    def cite_from(self, article: Article) -> None:
        """The article Copy Citation names as the source of the figures (and whose chapters
        the chapter filter offers)."""
        self._cited = article
        self.cite_action.setEnabled(True)
        self.chapters.show_article(article)
        self.chapters.combo.setVisible(bool(self._figures) and self.chapters.offered)
        self._set_chapter_filter()

    def copy_citation(self) -> None:
        """The sentences of the selected figures, each with the article's reference."""
        sentences = {figure.sentence.start: figure.sentence.text for figure in self.selected_figures()}
        if sentences and self._cited is not None:
            copy_citations(self._cited, [(text, start) for start, text in sorted(sentences.items())])

    def copy_selection(self) -> None:
        figures = self.selected_figures()
        if figures:
            QApplication.clipboard().setText(figures_as_tsv(figures))

    def export_csv(self, path: Path) -> None:
        """Write the listed (filtered) figures to ``path``; raises OSError if it cannot."""
        with path.open("w", encoding="utf-8", newline="") as stream:
            write_figures_csv(self.visible_figures(), stream)

    def export_csv_with_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export figures", "figures.csv", "CSV files (*.csv)")
        if not name:
            return
        try:
            self.export_csv(Path(name))
        except OSError as error:
            QMessageBox.warning(self, "Export figures", f"Could not write {name}:\n{error.strerror or error}")
