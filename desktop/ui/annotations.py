"""The reader's side of the archive: highlights and notes of the open article, with undo.

The main window is the only writer of the archive (one ``Archive`` on the GUI thread; each
change is one short transaction). Every change goes through a ``QUndoCommand`` so Ctrl+Z and
Ctrl+Shift+Z work for highlights, colours, tags and notes alike. The one exception: placing the
highlights of an article whose file changed runs in a worker with its own connection
(:mod:`desktop.ui.highlight_placing`); that article takes no edits until it is done.

Another program may hold the archive's write lock, or the disk may be full. The GUI's
connection then gives up after a moment (``GUI_BUSY_TIMEOUT_MS``) instead of freezing the
window, and an edit that could not be stored (a note, tags, a colour, the article note, the
reading position) is kept as *unsaved*: shown as typed, retried on a timer, and only put on the
undo stack once it is stored. Nothing the user typed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypedDict, TypeVar, Unpack, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError, Colour, Highlight, NotFoundError, OpenedArticle
from desktop.ui.archive_writes import ArchiveWrites
from desktop.ui.highlight_placing import HighlightPlacing
from desktop.ui.library.reads import ArchiveReads
from desktop.ui.panels.notes_model import same_tags

NOTE_EDIT_ID = 1
ARTICLE_NOTE_EDIT_ID = 2
# Long enough for another writer's short transaction, short enough not to be felt as a freeze.
GUI_BUSY_TIMEOUT_MS = 150
SAVE_RETRY_MS = 2_000


_Result = TypeVar("_Result")


class EditedValues(TypedDict, total=False):
    """What an edit changes: of a highlight, any of these; of the article note, ``note``."""

    colour: str
    note: str
    tags: tuple[str, ...]


@dataclass
class UnsavedEdit:
    """Values typed but not stored yet: ``before`` as stored, ``after`` as typed."""

    article_id: int
    before: EditedValues
    after: EditedValues


class AnnotationSession(QObject):
    changed = Signal()  # the open article's highlights, orphans, note or unsaved edits changed
    failed = Signal(str)  # a write could not be done; nothing was lost in memory
    saved = Signal(str)  # edits kept unsaved are now stored
    # While highlights are placed on a changed text off the GUI thread: the status-bar message
    # ("" once it is over), then ``placed`` with the OpenedArticle when it worked.
    placing = Signal(str)
    placed = Signal(object)
    # An article was opened in the archive (its OpenedArticle: its version, the one read before).
    opened = Signal(object)

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
        self._unsaved_highlights: dict[int, UnsavedEdit] = {}  # by highlight id
        self._unsaved_article_notes: dict[int, UnsavedEdit] = {}  # by article id
        self._unsaved_positions: dict[int, int] = {}  # by article id
        self._retry_timer = QTimer(self, singleShot=True, interval=SAVE_RETRY_MS)
        self._applying = 0
        self._pushing: QUndoCommand | None = None
        # Saves what the reader has typed and not saved yet (set by the window: the Notes tab's
        # editors). Called before any other change is recorded: the typing came first, so it is
        # saved first and an undo undoes the later change, not the typing.
        self.save_typing: Callable[[], None] = lambda: None
        self._saving_typing = False
        self._write_failed = False
        self._replaying = False
        self._placing: HighlightPlacing | None = None
        # Big writes (a book's analysis, deleting an article) go here, off the GUI thread.
        self.writes = ArchiveWrites(self)
        self._reads: ArchiveReads | None = None
        self._retry_timer.timeout.connect(self.save_unsaved)

    # -- archive ---------------------------------------------------------------------------
    def open_archive(self, path: Path) -> None:
        """Open for writing, else read-only, else not at all; ``problem`` says what happened."""
        self.path = path
        try:
            self.archive = Archive(path, busy_timeout_ms=GUI_BUSY_TIMEOUT_MS)
            return
        except ArchiveError as error:
            self.problem = f"The archive at {path} cannot be written ({error})."
        try:
            self.archive = Archive(path, read_only=True)
            self.problem += " It is open read-only: new highlights and notes will not be saved."
        except ArchiveError:
            self.archive = None
            self.problem += " Highlights and notes are off for this session."

    def reads(self) -> ArchiveReads | None:
        """The window's reader of the archive off the GUI thread (its knowledge and version
        views share it, each on channels of its own); None without an archive."""
        if self._reads is None and self.archive is not None and self.path is not None:
            self._reads = ArchiveReads(self.path, self)
        return self._reads

    @property
    def writable(self) -> bool:
        return self.archive is not None and not self.archive.read_only

    def colours(self) -> list[Colour]:
        return self.archive.colours() if self.archive else []

    def known_tags(self) -> list[str]:
        return self.archive.tags() if self.archive else []

    def close(self) -> None:
        """Closes the archive; unsaved edits are lost, so ask the user first (see
        :func:`desktop.ui.unsaved_edits.may_close`)."""
        self._retry_timer.stop()
        self._abandon_placing()
        if self._reads is not None:
            self._reads.stop()
            self._reads = None
        self.writes.wait()
        self._store_positions()
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    def _store_positions(self) -> None:
        """Reading positions kept while a background writer held the archive: with those
        writes done, nothing is in their way any more."""
        if self.archive is None or not self.writable:
            return
        for article_id, position in list(self._unsaved_positions.items()):
            with suppress(ArchiveError):  # NotFoundError too: the article is gone
                self.archive.set_reading_position(article_id, position)
            del self._unsaved_positions[article_id]

    # -- edits not stored yet ----------------------------------------------------------------
    def has_unsaved(self) -> bool:
        """Whether a note, tags, colour or article note typed by the user is not stored yet."""
        return bool(self._unsaved_highlights or self._unsaved_article_notes)

    def unsaved_highlight_ids(self) -> frozenset[int]:
        return frozenset(self._unsaved_highlights)

    def article_note_unsaved(self) -> bool:
        return self.article_id in self._unsaved_article_notes

    def save_unsaved(self) -> bool:
        """Tries to store every unsaved edit now; whether all of them are stored. Stops at the
        first that cannot be (the archive is still locked or full): one short wait, not one
        per edit."""
        if self.archive is None or not self.writable:
            return not self.has_unsaved()
        archive = self.archive
        stored: list[QUndoCommand] = []  # for the open article's undo stack
        try:
            for highlight_id, edit in list(self._unsaved_highlights.items()):
                saved = self._store(archive.update_highlight, highlight_id, **edit.after)
                if saved and edit.article_id == self.article_id:
                    stored.append(UpdateHighlight(self, highlight_id, _edit_text(edit.after), edit))
                del self._unsaved_highlights[highlight_id]
            for article_id, edit in list(self._unsaved_article_notes.items()):
                saved = self._store(archive.set_article_note, article_id, edit.after["note"])
                if saved and article_id == self.article_id:
                    stored.append(EditArticleNote(self, edit))
                del self._unsaved_article_notes[article_id]
            for article_id, position in list(self._unsaved_positions.items()):
                self._store(archive.set_reading_position, article_id, position, wait=False)
                del self._unsaved_positions[article_id]
        except ArchiveError:
            self._retry_timer.start()
        for command in stored:
            self._push(command)
        if stored and not self._retry_timer.isActive():
            self.saved.emit("Your unsaved changes are now saved in the archive.")
        if stored or not self.has_unsaved():
            self.changed.emit()  # the unsaved marks
        return not self.has_unsaved()

    @staticmethod
    def _store(write: Callable[..., object], *args: Any, **values: Any) -> bool:
        """Runs a write kept for later: True when stored, False when what it changes was deleted
        since (by the user: nothing to keep); ArchiveError when it still cannot be written."""
        try:
            write(*args, **values)
        except NotFoundError:
            return False
        return True

    def discard_unsaved(self) -> None:
        """Forgets every edit not stored yet (the user chose to)."""
        self._retry_timer.stop()
        unsaved_note = self._unsaved_article_notes.get(self.article_id or 0)
        if unsaved_note is not None:
            self.article_note = unsaved_note.before["note"]
        self._unsaved_highlights.clear()
        self._unsaved_article_notes.clear()
        self._unsaved_positions.clear()
        self.reload()

    def _keep_unsaved(self, error: ArchiveError, first: bool) -> None:
        """Called once an edit is kept unsaved: says so (when it is the ``first``), retries later."""
        self._retry_timer.start()
        if first:
            self.failed.emit(
                f"Not saved yet: {error}. What you typed is kept and marked unsaved; it is saved as"
                " soon as the archive can be written again."
            )
        self.changed.emit()

    def _with_unsaved(self, highlight: Highlight) -> Highlight:
        edit = self._unsaved_highlights.get(highlight.id)
        return highlight if edit is None else replace(highlight, **edit.after)

    # -- the open article ------------------------------------------------------------------
    def leave_article(self) -> None:
        """Nothing of the open article can be highlighted, noted or undone any more: another is
        being shown (and ``open_article`` follows)."""
        self._abandon_placing()
        self.undo_stack.clear()
        self.article_id = None
        self.highlights, self.orphans, self.article_note = [], [], ""

    def open_article(self, article: Article) -> OpenedArticle | None:
        """The article's highlights and note, or None: no archive, or (``placing_message``) its
        highlights are being placed on its changed text and ``placed`` follows."""
        self.leave_article()
        if self.archive is None:
            return None
        try:
            earlier = self.archive.earlier_version_of(article)
            if earlier is not None and self.path is not None:
                count = len(self.archive.highlights(earlier)) + len(self.archive.orphans(earlier))
                self._start_placing(HighlightPlacing(self.path, earlier, article, count, self))
                return None
            opened = self.archive.open_article(article)
        except ArchiveError as error:
            self.failed.emit(f"The article could not be stored in the archive: {error}")
            return None
        self._show(opened)
        return opened

    def placing_message(self) -> str:
        return "" if self._placing is None else self._placing.message()

    def cancel_placing(self) -> None:
        """The user's Cancel: the archive keeps the earlier text; ``failed`` says so."""
        if self._placing is not None:
            self._placing.cancel()

    def _start_placing(self, placing: HighlightPlacing) -> None:
        self._placing = placing
        placing.progressed.connect(self.placing.emit)
        placing.succeeded.connect(self._placing_succeeded)
        placing.failed.connect(self._placing_failed)
        placing.start()
        self.changed.emit()

    def _abandon_placing(self) -> None:
        """Another article is opened (or the archive closed): roll the placing back, wait for
        the worker to let go of the write lock (one highlight's search at most)."""
        placing, self._placing = self._placing, None
        if placing is None:
            return
        placing.progressed.disconnect(self.placing.emit)
        placing.succeeded.disconnect(self._placing_succeeded)
        placing.failed.disconnect(self._placing_failed)
        placing.cancel()
        placing.wait()
        placing.deleteLater()
        self.placing.emit("")

    def _placing_ended(self) -> None:
        placing, self._placing = self._placing, None
        if placing is not None:
            placing.deleteLater()
        self.placing.emit("")

    def _placing_succeeded(self, opened: OpenedArticle) -> None:
        self._placing_ended()
        self._show(opened)
        self.placed.emit(opened)

    def _placing_failed(self, message: str) -> None:
        self.changed.emit()  # its highlights stay off until the article is opened again
        self._placing_ended()
        self.failed.emit(message)

    def _show(self, opened: OpenedArticle) -> None:
        self.article_id = opened.article_id
        self.highlights = [self._with_unsaved(h) for h in opened.highlights]
        self.orphans = list(opened.orphans)
        unsaved_note = self._unsaved_article_notes.get(opened.article_id)
        self.article_note = opened.note if unsaved_note is None else unsaved_note.after["note"]
        self.changed.emit()
        self.opened.emit(opened)

    def highlight_at(self, codepoint: int) -> Highlight | None:
        """The innermost highlight at a position (the shortest, when they nest)."""
        covering = [h for h in self.highlights if h.start <= codepoint < h.end]
        return min(covering, key=lambda h: h.end - h.start, default=None)

    def find(self, highlight_id: int) -> Highlight | None:
        return next((h for h in [*self.highlights, *self.orphans] if h.id == highlight_id), None)

    def set_reading_position(self, position: int) -> None:
        if self.archive is None or self.article_id is None or not self.writable:
            return
        try:
            # Never waits for a background writer (the knowledge indexer, a book's analysis):
            # a position is worth no freeze, and is stored with the next retry or scroll.
            self.archive.set_reading_position(self.article_id, position, wait=False)
        except NotFoundError:
            return
        except ArchiveError:
            # Not worth a message: the position is stored with the next retry or the next scroll.
            self._unsaved_positions[self.article_id] = position
            self._retry_timer.start()
            return
        self._unsaved_positions.pop(self.article_id, None)

    # -- user intents (undoable) ------------------------------------------------------------
    def add(self, start: int, end: int, colour: str) -> None:
        if self._can_write() and start < end:
            self._push(AddHighlight(self, start, end, colour))

    def delete(self, highlight_id: int) -> None:
        highlight = self.find(highlight_id)
        if highlight is not None and self._can_write():
            self._push(DeleteHighlight(self, highlight))

    def set_colour(self, highlight_id: int, colour: str) -> None:
        self._update(highlight_id, colour=colour)

    def set_tags(self, highlight_id: int, tags: Sequence[str]) -> None:
        highlight = self.find(highlight_id)
        if highlight is not None and not same_tags(tags, highlight.tags):
            self._update(highlight_id, tags=tuple(sorted(tags, key=str.casefold)))

    def set_note(self, highlight_id: int, note: str) -> None:
        self._update(highlight_id, note=note)

    def place_orphan(self, highlight_id: int, start: int, end: int) -> None:
        highlight = self.find(highlight_id)
        if highlight is not None and self._can_write():
            self._push(PlaceOrphan(self, highlight, start, end))

    def set_article_note(self, note: str) -> None:
        if note == self.article_note or not self._can_write():
            return
        assert self.archive is not None and self.article_id is not None
        article_id = self.article_id
        first = not self.has_unsaved()
        edit = UnsavedEdit(article_id, {"note": self.article_note}, {"note": note})
        earlier = self._unsaved_article_notes.pop(article_id, None)
        if earlier is not None:
            edit.before = earlier.before
        try:
            self.archive.set_article_note(article_id, note)
        except NotFoundError as error:
            self.failed.emit(f"The change could not be saved: {error}")
            return
        except ArchiveError as error:
            self._unsaved_article_notes[article_id] = edit
            self.article_note = note
            self._keep_unsaved(error, first)
            return
        self._push(EditArticleNote(self, edit))

    def _update(self, highlight_id: int, **change: Unpack[EditedValues]) -> None:
        highlight = self.find(highlight_id)
        if highlight is None or not self._can_write():
            return
        assert self.archive is not None
        before = cast(EditedValues, {key: getattr(highlight, key) for key in change})
        if before == change:
            return
        first = not self.has_unsaved()
        edit = UnsavedEdit(highlight.article_id, before, change)
        earlier = self._unsaved_highlights.pop(highlight_id, None)
        if earlier is not None:  # stored together with this change, undone as one step
            edit = UnsavedEdit(edit.article_id, {**before, **earlier.before}, {**earlier.after, **change})
        try:
            self.archive.update_highlight(highlight_id, **edit.after)
        except (NotFoundError, ValueError) as error:
            self.failed.emit(f"The change could not be saved: {error}")
            self.reload()
            return
        except ArchiveError as error:
            self._unsaved_highlights[highlight_id] = edit
            self.highlights = [self._with_unsaved(h) for h in self.highlights]
            self._keep_unsaved(error, first)
            return
        self._push(UpdateHighlight(self, highlight_id, _edit_text(change), edit))

    # -- undo and redo ----------------------------------------------------------------------
    def undo(self) -> None:
        self._step(self.undo_stack.undo)

    def redo(self) -> None:
        self._step(self.undo_stack.redo)

    def _step(self, step: Callable[[], None]) -> None:
        """Undoes or redoes; when that cannot be written, the stack goes back to where the
        archive still is (its commands replayed without writing), so the two never disagree."""
        index = self.undo_stack.index()
        self._write_failed = False
        with self._applying_change():
            step()
            if self._write_failed:
                self._replaying = True
                try:
                    self.undo_stack.setIndex(index)
                finally:
                    self._replaying = False

    @contextmanager
    def _applying_change(self) -> Iterator[None]:
        """While a change is applied and shown, nothing else may be written: an editor being
        refreshed must not write its old text back (that once made undo do nothing)."""
        self._applying += 1
        try:
            yield
        finally:
            self._applying -= 1

    def push(self, command: QUndoCommand) -> None:
        """Applies and records a change to the archive as a whole rather than to the open article
        (an entity correction); one that cannot be written is not recorded."""
        if not self.writable:
            damage = self.archive.damage if self.archive is not None else None
            self.failed.emit(self.problem or damage or "There is no archive to store the change in.")
            return
        self._push(command)

    def _push(self, command: QUndoCommand) -> None:
        """Applies and records a change, after the typing not saved yet; one that cannot be
        written is not recorded."""
        if not self._saving_typing:
            self._saving_typing = True
            try:
                self.save_typing()  # its own changes come back here, recorded first
            finally:
                self._saving_typing = False
        self._pushing = command
        try:
            with self._applying_change():
                self.undo_stack.push(command)
        finally:
            self._pushing = None

    def _can_write(self) -> bool:
        if self._applying:
            return False
        if self._placing is not None:
            self.failed.emit(
                "Highlights and notes are off for a moment: this article's text changed, and its"
                " highlights are being placed on the new text. Try again when that is done."
            )
            return False
        if self.article_id is None or not self.writable:
            damage = self.archive.damage if self.archive is not None else None
            self.failed.emit(self.problem or damage or "Open an article first.")
            return False
        return True

    # -- for the undo commands ----------------------------------------------------------------
    def write(self, change: Callable[[Archive], _Result]) -> _Result | None:
        """Runs one change on the archive for an undo command; None when it is only replayed (the
        stack going back to where the archive is) or could not be written (``failed`` says so,
        and a command being pushed is dropped)."""
        assert self.archive is not None
        if self._replaying:
            return None
        try:
            result = change(self.archive)
        except (ArchiveError, ValueError) as error:
            self.failed.emit(f"The change could not be saved: {error}")
            self._write_failed = True
            if self._pushing is not None:
                self._pushing.setObsolete(True)  # the stack then drops it: nothing to undo
            return None
        return result

    def reload(self) -> None:
        """Reads the open article's highlights and orphans again after a change; ``changed``."""
        if self.archive is None or self.article_id is None:
            return
        self.highlights = [self._with_unsaved(h) for h in self.archive.highlights(self.article_id)]
        self.orphans = self.archive.orphans(self.article_id)
        unsaved_note = self._unsaved_article_notes.get(self.article_id)
        if unsaved_note is not None:
            self.article_note = unsaved_note.after["note"]
        self.changed.emit()


class AddHighlight(QUndoCommand):
    def __init__(self, session: AnnotationSession, start: int, end: int, colour: str) -> None:
        super().__init__("Add highlight")
        self.session, self.start, self.end, self.colour = session, start, end, colour
        self.added: Highlight | None = None

    def redo(self) -> None:
        if self.added is None:
            article_id = self.session.article_id or 0
            self.added = self.session.write(
                lambda a: a.add_highlight(article_id, self.start, self.end, self.colour)
            )
        else:
            added = self.added
            self.session.write(lambda a: a.restore_highlight(added))
        self.session.reload()

    def undo(self) -> None:
        if self.added is not None:
            highlight_id = self.added.id
            self.added = self.session.write(lambda a: a.delete_highlight(highlight_id)) or self.added
        self.session.reload()


class DeleteHighlight(QUndoCommand):
    def __init__(self, session: AnnotationSession, highlight: Highlight) -> None:
        super().__init__("Delete highlight")
        self.session, self.highlight = session, highlight

    def redo(self) -> None:
        highlight_id = self.highlight.id
        self.highlight = self.session.write(lambda a: a.delete_highlight(highlight_id)) or self.highlight
        self.session.reload()

    def undo(self) -> None:
        highlight = self.highlight
        self.session.write(lambda a: a.restore_highlight(highlight))
        self.session.reload()


class UpdateHighlight(QUndoCommand):
    """A change of colour, note or tags, pushed once it is stored (its first redo stores nothing)."""

    def __init__(self, session: AnnotationSession, highlight_id: int, text: str, edit: UnsavedEdit) -> None:
        super().__init__(text)
        self.session, self.highlight_id = session, highlight_id
        self.before, self.after = edit.before, edit.after
        self._stored = True

    def _apply(self, values: EditedValues) -> None:
        self.session.write(lambda a: a.update_highlight(self.highlight_id, **values))
        self.session.reload()

    def redo(self) -> None:
        if self._stored:
            self._stored = False
            self.session.reload()
        else:
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


def _edit_text(change: EditedValues) -> str:
    if set(change) == {"colour"}:
        return "Change colour"
    if set(change) == {"tags"}:
        return "Edit tags"
    return "Edit note"


class PlaceOrphan(QUndoCommand):
    def __init__(self, session: AnnotationSession, orphan: Highlight, start: int, end: int) -> None:
        super().__init__("Place highlight")
        self.session, self.orphan, self.start, self.end = session, orphan, start, end

    def redo(self) -> None:
        self.session.write(lambda a: a.place_orphan(self.orphan.id, self.start, self.end))
        self.session.reload()

    def undo(self) -> None:
        # Putting the record back as it was makes it an orphan again, with its old selectors.
        orphan = self.orphan
        self.session.write(lambda a: (a.delete_highlight(orphan.id), a.restore_highlight(orphan)))
        self.session.reload()


class EditArticleNote(QUndoCommand):
    """An edit of the article note, pushed once it is stored (its first redo stores nothing)."""

    def __init__(self, session: AnnotationSession, edit: UnsavedEdit) -> None:
        super().__init__("Edit article note")
        self.session, self.article_id = session, edit.article_id
        self.before: str = edit.before["note"]
        self.after: str = edit.after["note"]
        self._stored = True

    def _apply(self, note: str) -> None:
        if not self._stored:
            self.session.write(lambda a: a.set_article_note(self.article_id, note))
        self._stored = False
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
