"""The reader's entity corrections (chosen with Correct Label ▸, see
:mod:`desktop.ui.correction_menu`), stored in the archive as undoable steps and applied to
every article analysed from then on (the open one is analysed again at once: ``MainWindow``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.core.entity_corrections import EntityCorrection
from desktop.store.archive import Archive
from desktop.store.records import ArchiveError
from desktop.ui.annotations import AnnotationSession
from desktop.ui.correction_menu import label_title


class EntityCorrector(QObject):
    """The archive's corrections, kept here for the analyses; every change is a step on the
    session's undo stack and ends with ``changed``."""

    changed = Signal()
    # Says what a correction did, for the info bar.
    reported = Signal(str)

    def __init__(self, session: AnnotationSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.corrections: tuple[EntityCorrection, ...] = ()
        self.reload()

    def reload(self) -> None:
        archive = self.session.archive
        try:
            self.corrections = archive.entity_corrections() if archive is not None else ()
        except ArchiveError as error:
            self.session.failed.emit(f"The corrections of entity labels could not be read: {error}")
            self.corrections = ()
        self.changed.emit()

    def correction(self, surface: str) -> EntityCorrection | None:
        return next((c for c in self.corrections if c.surface == surface), None)

    def correct(self, surface: str, label: str | None) -> None:
        """From now on, ``surface`` is a ``label`` (None: not a name) in every article."""
        wanted = EntityCorrection(surface, label)
        if self.correction(surface) == wanted:
            return
        what = "not a name" if label is None else f"labelled {label_title(label)}"
        self._change(
            f"Correct label of “{surface}”", {surface: wanted}, f"“{surface}” is {what} in every article"
        )

    def remove(self, surfaces: list[str]) -> None:
        """Forget the corrections of ``surfaces``: the pipeline decides on them again."""
        if surfaces:
            self._change(
                "Remove label corrections" if len(surfaces) > 1 else f"Remove correction of “{surfaces[0]}”",
                dict.fromkeys(surfaces),
                "Removed the correction" + ("s" if len(surfaces) > 1 else "") + " of " + ", ".join(surfaces),
            )

    def _change(self, text: str, after: Mapping[str, EntityCorrection | None], report: str) -> None:
        before = {surface: self.correction(surface) for surface in after}
        self.session.push(ChangeCorrections(self, text, before, after))
        if all(self.correction(surface) == correction for surface, correction in after.items()):
            self.reported.emit(f"{report}. Annotate ▸ Undo (Ctrl+Z) takes it back.")

    def apply(self, corrections: Mapping[str, EntityCorrection | None]) -> None:
        """Store these corrections (None: remove the surface form's), then ``changed``."""

        def write(archive: Archive) -> None:
            for surface, correction in corrections.items():
                if correction is None:
                    archive.remove_entity_correction(surface)
                else:
                    archive.set_entity_correction(correction)

        self.session.write(write)
        self.reload()


class ChangeCorrections(QUndoCommand):
    def __init__(
        self,
        corrector: EntityCorrector,
        text: str,
        before: Mapping[str, EntityCorrection | None],
        after: Mapping[str, EntityCorrection | None],
    ) -> None:
        super().__init__(text)
        self.corrector, self.before, self.after = corrector, dict(before), dict(after)

    def redo(self) -> None:
        self.corrector.apply(self.after)

    def undo(self) -> None:
        self.corrector.apply(self.before)
