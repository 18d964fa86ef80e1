"""Article ▸ Properties: correct or fill an article's title, author, outlet, date and address.

Changes are saved in the archive and can be undone (Ctrl+Z) like highlights; reopening the
article's file later keeps them (:meth:`ArticleProperties.as_archived`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.article import METADATA_KEYS, Article, article_name
from desktop.core.metadata_fields import published_problem, url_problem
from desktop.store.records import ArchiveError
from desktop.ui.annotations import AnnotationSession

# The editable fields in the order the dialog shows them, with their labels.
FIELD_LABELS = {
    "title": "&Title:",
    "author": "&Author:",
    "site": "&Outlet:",
    "published": "&Published:",
    "url": "&Web address:",
}
_CHECKS: dict[str, Callable[[str], str | None]] = {"published": published_problem, "url": url_problem}
# Wide enough for a typical headline or web address in a field without scrolling it.
DIALOG_MIN_WIDTH_PX = 520


@dataclass(frozen=True)
class Properties:
    title: str
    metadata: dict[str, str]

    @staticmethod
    def of(article: Article) -> Properties:
        return Properties(article.title or "", {key: article.metadata.get(key, "") for key in METADATA_KEYS})

    def applied_to(self, article: Article) -> Article:
        """``article`` with these properties (a blank title names it by the rule)."""
        kept = {key: value for key, value in article.metadata.items() if key not in METADATA_KEYS}
        filled = {key: " ".join(value.split()) for key, value in self.metadata.items() if value.strip()}
        title = article_name(self.title, article.source, article.text)
        return replace(article, title=title, metadata={**kept, **filled})


class PropertiesDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article Properties")
        self.setMinimumWidth(DIALOG_MIN_WIDTH_PX)
        current = Properties.of(article)
        values = {"title": current.title, **current.metadata}
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in FIELD_LABELS.items():
            field = QLineEdit(values.get(key, ""))
            field.setClearButtonEnabled(True)
            self.fields[key] = field
            form.addRow(label, field)
            field.textChanged.connect(self._check)
        self.fields["title"].setPlaceholderText(article_name(None, article.source, article.text))
        self.fields["published"].setPlaceholderText("2024-03-05")
        self.fields["url"].setPlaceholderText("https://…")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if article.source:
            opened_from = QLabel(f"Opened from: {article.source}")
            opened_from.setWordWrap(True)
            layout.addWidget(opened_from)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._check()

    def properties(self) -> Properties:
        metadata = {key: self.fields[key].text().strip() for key in METADATA_KEYS}
        return Properties(self.fields["title"].text().strip(), metadata)

    def _check(self) -> None:
        problems = [problem for key, check in _CHECKS.items() if (problem := check(self.fields[key].text()))]
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)


class ArticleProperties(QObject):
    """The Properties action: edits the shown article, saves in the archive, undoable."""

    def __init__(
        self,
        parent: QWidget,
        session: AnnotationSession,
        current: Callable[[], Article | None],
        show_article: Callable[[Article], None],
        show_message: Callable[[str, str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self._current = current
        self._show_article = show_article
        self._show_message = show_message
        self.action = QAction("&Properties…", self)
        self.action.setShortcut(QKeySequence("Alt+Return"))
        self.action.setToolTip("Correct or fill the article's title, author, outlet, date and address")
        self.action.triggered.connect(self.edit)

    def edit(self) -> None:
        article = self._current()
        if article is None:
            self._show_message("Open an article to see its properties.", "info")
            return
        dialog = PropertiesDialog(article, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change(article, dialog.properties())

    def change(self, article: Article, properties: Properties) -> None:
        """Give the shown ``article`` these properties, in the archive too, as an undoable step."""
        if properties == Properties.of(article):
            return
        if not self.session.writable or self.session.article_id is None:
            self._show_message(
                self.session.problem or "The archive is read-only: nothing was changed.", "warning"
            )
            return
        self.session.undo_stack.push(EditProperties(self, self.session.article_id, article, properties))

    def apply(self, article_id: int, article: Article) -> bool:
        archive = self.session.archive
        if archive is None:
            return False
        try:
            archive.update_article_metadata(article_id, article.title or "", article.metadata)
        except ArchiveError as error:
            self._show_message(f"The properties could not be saved: {error}", "error")
            return False
        self._show_article(article)
        self.session.changed.emit()
        return True

    def as_archived(self, article: Article) -> Article:
        """A freshly loaded ``article`` with the title and metadata the archive holds for the
        same text (what the user corrected), and what the file adds besides."""
        archive = self.session.archive
        if archive is None:
            return article
        try:
            article_id = archive.find_article(article.content_hash)
            if article_id is None:
                return article
            stored = archive.load_article(article_id)
        except ArchiveError:
            return article
        return replace(
            article, title=stored.title or article.title, metadata={**article.metadata, **stored.metadata}
        )


class EditProperties(QUndoCommand):
    def __init__(
        self, owner: ArticleProperties, article_id: int, before: Article, properties: Properties
    ) -> None:
        super().__init__("Edit properties")
        self.owner, self.article_id = owner, article_id
        self.before, self.after = before, properties.applied_to(before)

    def redo(self) -> None:
        self.owner.apply(self.article_id, self.after)

    def undo(self) -> None:
        self.owner.apply(self.article_id, self.before)
