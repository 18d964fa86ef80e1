"""The Claims tab: who says what, grouped by source, with filters, citations and a rich row delegate."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.article import Article, article_name
from desktop.core.citation import web_url
from desktop.nlp.model import Claim, ClaimKind
from desktop.ui.citations import CITE_KEY, copy_citations
from desktop.ui.panels.chapter_filter import ChapterFilter
from desktop.ui.panels.claims_model import (
    CLAIM_ROLE,
    GROUP_ROLE,
    KIND_LABELS,
    KINDS,
    QUOTE_TRAILERS,
    ClaimGroup,
    ClaimsFilter,
    ClaimsModel,
    citation_text,
    display_content,
    heading,
    indirect_mention,
    via_phrase,
)
from desktop.ui.panels.widgets import WrappingRow, filter_combo, muted, refill, small_font
from desktop.ui.theme import is_dark, subtle_background
from desktop.ui.wording import counted

DEFAULT_MESSAGE = "Claims appear here once the article is analysed: who says what, and how sure they are."
NO_MATCH_MESSAGE = "No claims match these filters."
ALL_SOURCES = "All sources"
ALL_KINDS = "All kinds"
KIND_TITLES: dict[ClaimKind, str] = {
    "quote": "Quotes",
    "reported": "Reported",
    "according_to": "According to",
    "unattributed": "Unattributed",
}
KIND_HUES: dict[ClaimKind, int] = {"quote": 210, "reported": 140, "according_to": 280, "unattributed": 15}
HEDGE_HUE = 35
# Very long quotes are cut in the list (the reader shows them whole) so rows stay scannable.
MAX_SHOWN_CHARS = 360
# Room around a claim row's contents.
PADDING = 6
# Between the badge line and the claim's text.
CONTENT_GAP_PX = 2
# The badge line is a little taller than its small font, so the badge's colour frames its label.
META_EXTRA_PX = 4
# The badge: room around its label, its corners' radius, the gap before the cue after it.
BADGE_PADDING_PX = 10
BADGE_RADIUS_PX = 4
BADGE_GAP_PX = 8
# Between the cue and the hedges, wider than a space so the two read as separate.
HEDGE_GAP_PX = 12
# Rows never lay out narrower than this, so a squeezed panel still wraps words, not letters.
MIN_ROW_WIDTH_PX = 120
# Claims are indented under their source by a little less than Qt's default 20.
INDENT_PX = 14
# The kind swatches in the filter: a small rounded square, the size of a filter's icon text.
SWATCH_PX = 12
SWATCH_RADIUS_PX = 3


def kind_colours(kind: ClaimKind, dark: bool) -> tuple[QColor, QColor]:
    """Background and text of a kind badge: pale with a deep text on light palettes, the reverse on dark."""
    hue = KIND_HUES[kind]
    if dark:
        return QColor.fromHsl(hue, 110, 70), QColor.fromHsl(hue, 160, 215)
    return QColor.fromHsl(hue, 190, 222), QColor.fromHsl(hue, 170, 65)


def hedge_colour(dark: bool) -> QColor:
    return QColor.fromHsl(HEDGE_HUE, 200, 170) if dark else QColor.fromHsl(HEDGE_HUE, 200, 85)


def content_html(claim: Claim, hedge: QColor) -> str:
    """The claim's content as rich text, its hedge words in italics in the hedge colour."""
    text = claim.content.text
    base = claim.content.start
    shown = len(text.rstrip(QUOTE_TRAILERS if claim.kind == "quote" else None))
    lead = len(text) - len(text.lstrip())
    cut = shown > lead + MAX_SHOWN_CHARS
    if cut:
        shown = text.rfind(" ", lead, lead + MAX_SHOWN_CHARS)
        shown = shown if shown > lead else lead + MAX_SHOWN_CHARS
    pieces: list[str] = []
    position = lead
    for span in sorted(claim.hedges, key=lambda h: h.start):
        start, end = max(span.start - base, position), min(span.end - base, shown)
        if start >= end:
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(f'<i style="color:{hedge.name()}">{html.escape(text[start:end])}</i>')
        position = end
    pieces.append(html.escape(text[position:shown]))
    body = "".join(pieces) + ("…" if cut else "")
    return f"“{body}”" if claim.kind == "quote" else body


class ClaimDelegate(QStyledItemDelegate):
    """Paints a group as "Name · n claims" and a claim as a kind badge, cue and hedges over its content.

    Content documents are laid out once per claim and width and reused for size and paint, which
    keeps a list of a few hundred claims quick to scroll and resize.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[Claim, QTextDocument] = {}
        self._width = -1

    def forget_layouts(self) -> None:
        self._documents.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        claim: Claim | None = index.data(CLAIM_ROLE)
        line = QFontMetrics(option.font).height()
        if claim is None:
            return QSize(self._row_width(index), line + 2 * PADDING)
        document = self._document(claim, self._row_width(index), option.palette)
        height = (
            PADDING + self._meta_height(option) + CONTENT_GAP_PX + int(document.size().height()) + PADDING
        )
        return QSize(self._row_width(index), height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = self._view.style()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group: ClaimGroup = index.data(GROUP_ROLE)
        claim: Claim | None = index.data(CLAIM_ROLE)
        painter.save()
        if claim is None and not selected:
            painter.fillRect(rect, subtle_background(palette))
        option.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, self._view)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if claim is None:
            self._paint_group(painter, option, index, group, text_colour)
        else:
            self._paint_claim(painter, option, index, claim, text_colour)
        painter.restore()

    def _paint_group(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        group: ClaimGroup,
        text_colour: QColor,
    ) -> None:
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        shown = index.model().rowCount(index)
        total = len(group.claims)
        count = counted(total, "claim") if shown == total else f"{shown} of {counted(total, 'claim')}"
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(option.font)
        count_width = QFontMetrics(option.font).horizontalAdvance(count) + PADDING
        painter.setPen(muted(text_colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = QFontMetrics(bold).elidedText(
            heading(group.name), Qt.TextElideMode.ElideRight, rect.width() - count_width
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)

    def _paint_claim(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        claim: Claim,
        text_colour: QColor,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        dark = is_dark(option.palette)
        small = small_font(option.font)
        metrics = QFontMetrics(small)
        meta_height = self._meta_height(option)
        # The kind badge.
        label = KIND_LABELS[claim.kind]
        badge = QRect(
            rect.left(), rect.top(), metrics.horizontalAdvance(label) + BADGE_PADDING_PX, meta_height
        )
        background, foreground = kind_colours(claim.kind, dark)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(badge, BADGE_RADIUS_PX, BADGE_RADIUS_PX)
        painter.setFont(small)
        painter.setPen(foreground)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        # Cue, the mention when it is not a name (a pronoun), the document it came through, hedges.
        x = badge.right() + BADGE_GAP_PX
        details = []
        if claim.cue is not None and claim.cue.text.casefold() != label:  # not "according to" twice
            details.append(claim.cue.text)
        mention = indirect_mention(claim)
        if mention:
            details.append(f"as “{mention}”")
        via = via_phrase(claim)
        if via:
            details.append(via)
        meta = QRect(x, rect.top(), rect.right() - x, meta_height)
        painter.setPen(muted(text_colour))
        used = self._draw_elided(painter, meta, " · ".join(details))
        if claim.hedges:
            hedged = QFont(small)
            hedged.setItalic(True)
            painter.setFont(hedged)
            painter.setPen(text_colour if selected else hedge_colour(dark))
            tag = "hedged: " + ", ".join(h.text for h in claim.hedges)
            self._draw_elided(painter, meta.adjusted(used + (HEDGE_GAP_PX if used else 0), 0, 0, 0), tag)
        # The content, wrapped.
        document = self._document(claim, self._row_width(index), option.palette)
        painter.translate(rect.left(), rect.top() + meta_height + CONTENT_GAP_PX)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        document.documentLayout().draw(painter, context)

    @staticmethod
    def _draw_elided(painter: QPainter, rect: QRect, text: str) -> int:
        """Draws ``text`` left-aligned in ``rect``, elided to fit; returns the width used."""
        if not text or rect.width() <= 0:
            return 0
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        return painter.fontMetrics().horizontalAdvance(elided)

    @staticmethod
    def _meta_height(option: QStyleOptionViewItem) -> int:
        return QFontMetrics(small_font(option.font)).height() + META_EXTRA_PX

    def _row_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        indent = self._view.indentation() * (depth + (1 if self._view.rootIsDecorated() else 0))
        return max(MIN_ROW_WIDTH_PX, self._view.viewport().width() - indent)

    def _document(self, claim: Claim, row_width: int, palette: QPalette) -> QTextDocument:
        width = row_width - 2 * PADDING
        if width != self._width:
            self._documents.clear()
            self._width = width
        document = self._documents.get(claim)
        if document is None:
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setDefaultFont(self._view.font())
            document.setHtml(content_html(claim, hedge_colour(is_dark(palette))))
            document.setTextWidth(width)
            self._documents[claim] = document
        return document


class ClaimsTree(QTreeView):
    """A tree whose rows re-wrap when its width changes (Qt caches row heights otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim_delegate = ClaimDelegate(self)
        self.setItemDelegate(self.claim_delegate)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.claim_delegate.forget_layouts()
            self.scheduleDelayedItemsLayout()


# Groups open until this many claims are showing; the rest open on demand.
EXPANDED_CLAIMS = 400


class ClaimsPanel(QWidget):
    """Lists the article's claims by source; activating one asks the reader to select it."""

    claimRequested = Signal(int, int)  # start, end of the whole claim, in code points
    sourceRequested = Signal(int, int)  # start, end of the source's first mention

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title: str | None = None
        self._source: str | None = None
        self._cited: Article | None = None
        self.model = ClaimsModel(self)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search claims and sources…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.source_combo = filter_combo("Show the claims of one source", 12)
        self.kind_combo = filter_combo("Show one kind of claim: quotes, reported speech…", 8)
        self.chapters = ChapterFilter()

        self.tree = ClaimsTree()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(INDENT_PX)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        # Clicks and Return both activate (``activated`` depends on the style's single/double click).
        self.tree.clicked.connect(self.activate)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.tree, context=Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self.activate(self.tree.currentIndex()))
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.tree, context=Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        cite = QShortcut(QKeySequence(CITE_KEY), self.tree, context=Qt.ShortcutContext.WidgetShortcut)
        cite.activated.connect(self.copy_citation)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder = QLabel(DEFAULT_MESSAGE)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.filters_row = WrappingRow()
        self.filters_row.add(self.source_combo, 3)
        self.filters_row.add(self.kind_combo, 2)
        self.filters = QWidget()
        filters = QVBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_edit)
        filters.addWidget(self.filters_row)
        filters.addWidget(self.chapters.combo)
        filters.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.placeholder, 1)
        for combo in (self.source_combo, self.kind_combo, self.chapters.combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.show_claims((), None, None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Badge swatches and the hedge colour inside laid-out rows follow the palette.
            dark = is_dark(self.palette())
            for row in range(self.kind_combo.count()):
                kind = self.kind_combo.itemData(row)
                if kind is not None:
                    self.kind_combo.setItemIcon(row, _kind_swatch(kind, dark))
            self.tree.claim_delegate.forget_layouts()
            self.tree.viewport().update()

    # -- showing ---------------------------------------------------------------------------------

    def show_claims(
        self, claims: Sequence[Claim], title: str | None, source: str | None, message: str | None = None
    ) -> None:
        """Shows ``claims`` of the article ``title``/``source`` (used in citations).

        ``message`` replaces the placeholder shown when there are no claims ("Analysing…").
        The search text and the kind filter are kept from one article to the next; the source
        filter is kept when the new article has that source too.
        """
        self._title, self._source = title, source
        self.tree.claim_delegate.forget_layouts()
        self.model.set_claims(claims)
        dark = is_dark(self.palette())
        refill(
            self.source_combo,
            [(f"{ALL_SOURCES} ({len(claims)})", None, None)]
            + [
                (f"{heading(group.name)} ({len(group.claims)})", group.name, None)
                for group in self.model.groups
            ],
        )
        kinds = Counter(claim.kind for claim in claims)
        refill(
            self.kind_combo,
            [(f"{ALL_KINDS} ({len(claims)})", None, None)]
            + [(f"{KIND_TITLES[kind]} ({kinds[kind]})", kind, _kind_swatch(kind, dark)) for kind in KINDS],
        )
        self.filters_row.fit()
        self.placeholder.setText(message or DEFAULT_MESSAGE)
        self._apply_filters()

    def selected_source_filter(self) -> str | None:
        """The source whose claims alone are shown, None for all."""
        data = self.source_combo.currentData()
        return data if isinstance(data, str) else None

    def set_source_filter(self, name: str | None) -> None:
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(name)) if name else 0)

    def selected_kind_filter(self) -> ClaimKind | None:
        kind: ClaimKind | None = self.kind_combo.currentData()
        return kind

    def set_kind_filter(self, kind: ClaimKind | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)) if kind else 0)

    def _apply_filters(self) -> None:
        kind = self.selected_kind_filter()
        kinds = KINDS if kind is None else (kind,)
        self.proxy.set_filters(
            self.selected_source_filter(), kinds, self.search_edit.text(), self.chapters.span()
        )
        self._expand_groups()
        total = sum(len(group.claims) for group in self.model.groups)
        # Counting the shown claims maps every group's rows in the proxy: not needed when all show.
        shown = (
            total
            if self.proxy.shows_every_claim
            else sum(self.proxy.rowCount(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount()))
        )
        has_claims, has_shown = total > 0, shown > 0
        self.filters.setVisible(has_claims)
        self.tree.setVisible(has_shown)
        self.placeholder.setVisible(not has_shown)
        if has_claims and not has_shown:
            self.placeholder.setText(NO_MATCH_MESSAGE)
        hedged = sum(1 for group in self.model.groups for claim in group.claims if claim.hedges)
        if shown == total:
            self.summary.setText(
                f"{counted(total, 'claim')} from {counted(len(self.model.groups), 'source')}"
                f" · {hedged} hedged"
            )
        else:
            self.summary.setText(f"Showing {shown} of {counted(total, 'claim')}")

    # -- acting ----------------------------------------------------------------------------------

    def activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """A claim row asks for the whole claim; a group row for its source's first mention."""
        if not index.isValid():
            return
        claim: Claim | None = index.data(CLAIM_ROLE)
        if claim is not None:
            self.claimRequested.emit(claim.start, claim.end)
            return
        group: ClaimGroup = index.data(GROUP_ROLE)
        self.sourceRequested.emit(*group.first_mention)

    def select(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Makes ``index`` the current row and the only selected one."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)

    def selected_claims(self) -> list[Claim]:
        """Selected claims in list order; a selected group stands for its claims that are shown."""
        claims: list[Claim] = []
        for index in sorted(self.tree.selectionModel().selectedIndexes(), key=self._list_position):
            claim: Claim | None = index.data(CLAIM_ROLE)
            if claim is not None:
                claims.append(claim)
            else:
                claims.extend(
                    self.proxy.index(row, 0, index).data(CLAIM_ROLE)
                    for row in range(self.proxy.rowCount(index))
                )
        return list(dict.fromkeys(claims))  # a group and one of its claims both selected: once

    def citations(self, claims: Sequence[Claim]) -> str:
        title, source = self._title, self._source
        if self._cited is not None:
            # Named as everywhere, and where readers find it: the outlet or web address, never
            # a path on this computer.
            cited = self._cited
            title = article_name(cited.title, cited.source, cited.text)
            source = cited.metadata.get("site") or web_url(cited)
        return "\n".join(citation_text(claim, title, source) for claim in claims)

    def cite_from(self, article: Article) -> None:
        """The article Copy Citation names as the source of the claims (and whose chapters
        the chapter filter offers)."""
        self._cited = article
        self.chapters.show_article(article)
        self._apply_filters()

    def copy_citation(self) -> None:
        """The selected claims, verbatim as the article has them, with the article's reference."""
        claims = self.selected_claims()
        if claims and self._cited is not None:
            copy_citations(self._cited, [(claim.text, claim.start) for claim in claims])

    def copy_selection(self) -> None:
        claims = self.selected_claims()
        if claims:
            QApplication.clipboard().setText(self.citations(claims))

    def context_menu(self, index: QModelIndex | QPersistentModelIndex) -> QMenu:
        """The menu for the row at ``index`` (built separately from showing it, for tests)."""
        menu = QMenu(self)
        claim: Claim | None = index.data(CLAIM_ROLE)
        group: ClaimGroup = index.data(GROUP_ROLE)
        if claim is not None:
            copy = menu.addAction("Copy as sentence", self.copy_selection)
            copy.setShortcut(QKeySequence.StandardKey.Copy)
            cite = menu.addAction("Copy Citation", self.copy_citation)
            cite.setShortcut(QKeySequence(CITE_KEY))
            cite.setEnabled(self._cited is not None)
            menu.addAction(
                "Copy claim text", lambda: QApplication.clipboard().setText(display_content(claim))
            )
            menu.addSeparator()
            menu.addAction("Show in article", lambda: self.activate(index))
            if claim.source is not None:
                menu.addAction(
                    "Show the source's mention",
                    lambda: self.sourceRequested.emit(claim.source.start, claim.source.end),  # type: ignore[union-attr]
                )
        else:
            shown = self.proxy.rowCount(index)
            menu.addAction(f"Copy {counted(shown, 'citation')}", self.copy_selection)
            menu.addSeparator()
            menu.addAction("Show first mention", lambda: self.activate(index))
        if self.selected_source_filter() is None:
            menu.addAction(f"Show only {heading(group.name)}", lambda: self.set_source_filter(group.name))
        else:
            menu.addAction("Show all sources", lambda: self.set_source_filter(None))
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():
            return
        if not self.tree.selectionModel().isSelected(index):
            self.select(index)
        self.context_menu(index).exec(self.tree.viewport().mapToGlobal(position))

    def _expand_groups(self) -> None:
        """Open every group, once per change (expanding per inserted row is quadratic); for a
        book's thousands of claims only the first groups, since each open row is measured."""
        if self.proxy.rowCount() == 0:
            return
        shown = 0
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            if shown < EXPANDED_CLAIMS:
                self.tree.expand(group)
                shown += self.proxy.rowCount(group)
            else:
                self.tree.collapse(group)

    def _list_position(self, index: QModelIndex) -> tuple[int, int]:
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)


def _kind_swatch(kind: ClaimKind, dark: bool) -> QIcon:
    background, foreground = kind_colours(kind, dark)
    pixmap = QPixmap(SWATCH_PX, SWATCH_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(foreground)
    painter.setBrush(background)
    painter.drawRoundedRect(QRect(0, 0, SWATCH_PX - 1, SWATCH_PX - 1), SWATCH_RADIUS_PX, SWATCH_RADIUS_PX)
    painter.end()
    return QIcon(pixmap)
