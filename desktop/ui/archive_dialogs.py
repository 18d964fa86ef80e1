"""File ▸ Export/Import and the colour meanings dialog: the archive's file-level actions.

The writes go through the window's one writer ``Archive``; exports only read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.store.archive import Archive
from desktop.store.exporters import MAX_IMPORT_BYTES, parse_web_annotation, to_markdown, to_web_annotation
from desktop.store.records import ArchiveError, Colour, ImportSummary
from desktop.ui.accessibility import name_unnamed
from desktop.ui.theme import highlight_colour, is_dark
from desktop.ui.wording import counted

MARKDOWN_FILTER = "Markdown (*.md)"
JSON_FILTER = "W3C Web Annotation JSON (*.json)"
MAX_LISTED_UNREADABLE = 12
# A colour's meaning is a short label shown in menus and the legend, not a note.
MEANING_MAX_CHARS = 40


def export_article(parent: QWidget, archive: Archive, article_id: int, suggested_name: str) -> Path | None:
    """Ask where, then write one article with its highlights as Markdown or W3C JSON."""
    path_text, chosen = QFileDialog.getSaveFileName(
        parent, "Export article", suggested_name, f"{MARKDOWN_FILTER};;{JSON_FILTER}"
    )
    if not path_text:
        return None
    path = Path(path_text)
    salvaged = archive.salvage_export([article_id])
    if not salvaged.exports:
        raise ArchiveError(f"could not read {salvaged.unreadable[0]}")
    as_json = chosen == JSON_FILTER or path.suffix.lower() == ".json"
    if as_json:
        text = to_web_annotation(salvaged.exports, salvaged.colours)
    else:
        text = to_markdown(salvaged.exports[0], salvaged.colours)
    path.write_text(text, encoding="utf-8")
    warn_about_unreadable(parent, path, salvaged.unreadable)
    return path


def export_archive(parent: QWidget, archive: Archive) -> Path | None:
    """Ask where, then write every article that can be read, and say what could not be."""
    path_text, _ = QFileDialog.getSaveFileName(
        parent, "Export the whole archive", "archive.json", JSON_FILTER
    )
    if not path_text:
        return None
    path = Path(path_text)
    salvaged = archive.salvage_export()
    path.write_text(to_web_annotation(salvaged.exports, salvaged.colours), encoding="utf-8")
    warn_about_unreadable(parent, path, salvaged.unreadable)
    return path


def warn_about_unreadable(parent: QWidget, path: Path, unreadable: Sequence[str]) -> None:
    """Parts of a damaged archive were left out of an export: name them."""
    if not unreadable:
        return
    shown = "\n".join(f"• {item}" for item in unreadable[:MAX_LISTED_UNREADABLE])
    more = len(unreadable) - MAX_LISTED_UNREADABLE
    text = (
        f"The archive is damaged. Everything that could still be read was exported to {path}."
        f" These could not be read:\n\n{shown}" + (f"\n… and {more} more" if more > 0 else "")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Part of the archive could not be read",
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
    box.exec()


def import_file(
    archive: Archive, path: Path, progress: Callable[[int, int], None] | None = None
) -> ImportSummary:
    """Import a W3C JSON export: all of it, or nothing and an ``ArchiveError`` saying why
    (``progress`` as for :meth:`Archive.import_articles`)."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ArchiveError(f"{path.name} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ArchiveError(f"cannot read {path.name}: {error}") from error
    parsed = parse_web_annotation(text)
    return archive.import_articles(parsed.articles, parsed.colours, progress)


def describe_import(summary: ImportSummary) -> str:
    return (
        f"Imported {summary.articles_added:,} new and {counted(summary.articles_merged, 'known article')} with "
        f"{counted(summary.highlights_added, 'highlight')}; {summary.highlights_skipped:,} were already here."
    )


class ColourMeaningsDialog(QDialog):
    """Rename what each highlight colour means ("disputed", "verified"…)."""

    def __init__(self, colours: list[Colour], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Highlight colour meanings")
        layout = QFormLayout(self)
        layout.addRow(QLabel("What each highlight colour stands for in your reading:"))
        self.fields: dict[str, QLineEdit] = {}
        dark = is_dark(self.palette())
        for colour in colours:
            field = QLineEdit(colour.meaning)
            field.setMaxLength(MEANING_MAX_CHARS)
            swatch = QLabel(colour.key.capitalize())
            swatch.setStyleSheet(
                f"background: {highlight_colour(colour.key, dark).name()}; padding: 2px 8px; border-radius: 3px;"
            )
            # The swatch names the field: a screen reader announces which colour it means.
            swatch.setBuddy(field)
            layout.addRow(swatch, field)
            self.fields[colour.key] = field
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        name_unnamed(self)

    def meanings(self) -> dict[str, str]:
        return {key: field.text().strip() for key, field in self.fields.items() if field.text().strip()}
