"""The reader's side of the archive: highlights and notes of the open article, with undo.

The main window is the only writer of the archive (one ``Archive`` on the GUI thread; each
change is one short transaction). Every change goes through a ``QUndoCommand`` so Ctrl+Z and
Ctrl+Shift+Z work for highlights, colours, tags and notes alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError, Colour, Highlight, OpenedArticle

NOTE_EDIT_ID = 1
ARTICLE_NOTE_EDIT_ID = 2


class AnnotationSession(QObject):
    changed = Signal()  # the open article's highlights, orphans or note changed
    failed = Signal(str)  # a write could not be done; nothing was lost in memory

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive: Archive | None = None
        self.path: Path | None = None
        self.problem: str | None = None
        self.undo_stack = QUndoStack(self)
        self.article_id: int | None = None
        self.highlights: list[Highlight] = []
        self.orphans: list[Highlight] = []
        self.article_note = ""

    # -- archive ---------------------------------------------------------------------------
    def open_archive(self, path: Path) -> None:
        """Open for writing, else read-only, else not at all; ``problem`` says what happened."""
        self.path = path
        try:
            self.archive = Archive(path)
            return
        except ArchiveError as error:
            self.problem = f"The archive at {path} cannot be written ({error})."
        try:
            self.archive = Archive(path, read_only=True)
            self.problem += " It is open read-only: new highlights and notes will not be saved."
        except ArchiveError:
            self.archive = None
            self.problem += " Highlights and notes are off for this session."

    @property
    def writable(self) -> bool:
        return self.archive is not None and not self.archive.read_only

    def colours(self) -> list[Colour]:
        return self.archive.colours() if self.archive else []

    def known_tags(self) -> list[str]:
        return self.archive.tags() if self.archive else []

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    # -- the open article ------------------------------------------------------------------
    def open_article(self, article: Article) -> OpenedArticle | None:
        self.undo_stack.clear()
        self.article_id = None
        self.highlights, self.orphans, self.article_note = [], [], ""
        if self.archive is None:
            return None
        try:
            opened = self.archive.open_article(article)
        except ArchiveError as error:
            self.failed.emit(f"The article could not be stored in the archive: {error}")
            return None
        self.article_id = opened.article_id
        self.highlights = list(opened.highlights)
        self.orphans = list(opened.orphans)
        self.article_note = opened.note
        self.changed.emit()
        return opened

    def highlight_at(self, codepoint: int) -> Highlight | None:
        """The innermost highlight at a position (the shortest, when they nest)."""
        covering = [h for h in self.highlights if h.start <= codepoint < h.end]
        return min(covering, key=lambda h: h.end - h.start, default=None)

    def find(self, highlight_id: int) -> Highlight | None:
        return next((h for h in [*self.highlights, *self.orphans] if h.id == highlight_id), None)

    def set_reading_position(self, position: int) -> None:
        if self.archive is not None and self.article_id is not None and self.writable:
            self._write(lambda archive: archive.set_reading_position(self.article_id or 0, position))

    # -- user intents (undoable) ------------------------------------------------------------
    def add(self, start: int, end: int, colour: str) -> None:
        if self._can_write() and start < end:
            self.undo_stack.push(AddHighlight(self, start, end, colour))

    def delete(self, highlight_id: int) -> None:
        highlight = self.find(highlight_id)
        if highlight is not None and self._can_write():
            self.undo_stack.push(DeleteHighlight(self, highlight))

    def set_colour(self, highlight_id: int, colour: str) -> None:
        self._update(highlight_id, "Change colour", colour=colour)

    def set_tags(self, highlight_id: int, tags: Sequence[str]) -> None:
        self._update(highlight_id, "Edit tags", tags=tuple(tags))

    def set_note(self, highlight_id: int, note: str) -> None:
        self._update(highlight_id, "Edit note", note=note)

    def place_orphan(self, highlight_id: int, start: int, end: int) -> None:
        highlight = self.find(highlight_id)
        if highlight is not None and self._can_write():
            self.undo_stack.push(PlaceOrphan(self, highlight, start, end))

    def set_article_note(self, note: str) -> None:
        if note != self.article_note and self._can_write():
            self.undo_stack.push(EditArticleNote(self, self.article_note, note))

    def _update(self, highlight_id: int, text: str, **change: object) -> None:
        highlight = self.find(highlight_id)
        if highlight is None or not self._can_write():
            return
        before = {key: getattr(highlight, key) for key in change}
        if before != change:
            self.undo_stack.push(UpdateHighlight(self, highlight_id, text, before, change))

    # -- raw writes, used by the undo commands ----------------------------------------------
    def _can_write(self) -> bool:
        if self.article_id is None or not self.writable:
            damage = self.archive.damage if self.archive is not None else None
            self.failed.emit(self.problem or damage or "Open an article first.")
            return False
        return True

    def _write(self, change: Callable[[Archive], object]) -> object:
        assert self.archive is not None
        try:
            result = change(self.archive)
        except (ArchiveError, ValueError) as error:
            self.failed.emit(f"The change could not be saved: {error}")
            return None
        return result

    def _reload(self) -> None:
        if self.archive is None or self.article_id is None:
            return
        self.highlights = self.archive.highlights(self.article_id)
        self.orphans = self.archive.orphans(self.article_id)
        self.changed.emit()


class AddHighlight(QUndoCommand):
    def __init__(self, session: AnnotationSession, start: int, end: int, colour: str) -> None:
        super().__init__("Add highlight")
        self.session, self.start, self.end, self.colour = session, start, end, colour
        self.added: Highlight | None = None

    def redo(self) -> None:
        if self.added is None:
            article_id = self.session.article_id or 0
            result = self.session._write(
                lambda a: a.add_highlight(article_id, self.start, self.end, self.colour)
            )
            self.added = result if isinstance(result, Highlight) else None
        else:
            added = self.added
            self.session._write(lambda a: a.restore_highlight(added))
        self.session._reload()

    def undo(self) -> None:
        if self.added is not None:
            highlight_id = self.added.id
            result = self.session._write(lambda a: a.delete_highlight(highlight_id))
            self.added = result if isinstance(result, Highlight) else self.added
        self.session._reload()


class DeleteHighlight(QUndoCommand):
    def __init__(self, session: AnnotationSession, highlight: Highlight) -> None:
        super().__init__("Delete highlight")
        self.session, self.highlight = session, highlight

    def redo(self) -> None:
        highlight_id = self.highlight.id
        result = self.session._write(lambda a: a.delete_highlight(highlight_id))
        if isinstance(result, Highlight):
            self.highlight = result
        self.session._reload()

    def undo(self) -> None:
        highlight = self.highlight
        self.session._write(lambda a: a.restore_highlight(highlight))
        self.session._reload()


class UpdateHighlight(QUndoCommand):
    def __init__(
        self,
        session: AnnotationSession,
        highlight_id: int,
        text: str,
        before: dict[str, object],
        after: dict[str, object],
    ) -> None:
        super().__init__(text)
        self.session, self.highlight_id, self.before, self.after = session, highlight_id, before, after

    def _apply(self, values: dict[str, object]) -> None:
        self.session._write(lambda a: a.update_highlight(self.highlight_id, **values))  # type: ignore[arg-type]
        self.session._reload()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def id(self) -> int:
        # Consecutive note edits of one highlight undo as one step.
        return NOTE_EDIT_ID if set(self.after) == {"note"} else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateHighlight) or other.highlight_id != self.highlight_id:
            return False
        self.after = other.after
        return True


class PlaceOrphan(QUndoCommand):
    def __init__(self, session: AnnotationSession, orphan: Highlight, start: int, end: int) -> None:
        super().__init__("Place highlight")
        self.session, self.orphan, self.start, self.end = session, orphan, start, end

    def redo(self) -> None:
        self.session._write(lambda a: a.place_orphan(self.orphan.id, self.start, self.end))
        self.session._reload()

    def undo(self) -> None:
        # Putting the record back as it was makes it an orphan again, with its old selectors.
        orphan = self.orphan
        self.session._write(lambda a: (a.delete_highlight(orphan.id), a.restore_highlight(orphan)))
        self.session._reload()


class EditArticleNote(QUndoCommand):
    def __init__(self, session: AnnotationSession, before: str, after: str) -> None:
        super().__init__("Edit article note")
        self.session, self.before, self.after = session, before, after

    def _apply(self, note: str) -> None:
        article_id = self.session.article_id or 0
        self.session._write(lambda a: a.set_article_note(article_id, note))
        self.session.article_note = note
        self.session.changed.emit()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def id(self) -> int:
        return ARTICLE_NOTE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditArticleNote):
            return False
        self.after = other.after
        return True
