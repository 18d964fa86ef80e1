"""What the app remembers between runs, kept in ``QSettings``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.ui.reader import DEFAULT_ZOOM_PERCENT, clamp_zoom
from desktop.ui.theme import LABEL_STYLES

MAX_RECENT_FILES = 10


class AppSettings:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def recent_files(self) -> list[str]:
        return _string_list(self._settings.value("recentFiles", []))

    def add_recent_file(self, path: Path) -> None:
        resolved = str(path.resolve())
        files = [resolved] + [f for f in self.recent_files if f != resolved]
        self._settings.setValue("recentFiles", files[:MAX_RECENT_FILES])

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue("recentFiles", [f for f in self.recent_files if f != path])

    def clear_recent_files(self) -> None:
        self._settings.setValue("recentFiles", [])

    @property
    def model(self) -> str | None:
        value = self._settings.value("model", "")
        return str(value) or None

    @model.setter
    def model(self, name: str | None) -> None:
        self._settings.setValue("model", name or "")

    @property
    def enabled_labels(self) -> set[str]:
        value = self._settings.value("enabledLabels")
        if value is None:
            return {style.label for style in LABEL_STYLES if style.on_by_default}
        return set(_string_list(value))

    @enabled_labels.setter
    def enabled_labels(self, labels: set[str]) -> None:
        self._settings.setValue("enabledLabels", sorted(labels))

    @property
    def reading_zoom(self) -> int:
        """The reader's zoom in percent; a value edited by hand into nonsense means 100 %."""
        value = self._settings.value("readingZoom", DEFAULT_ZOOM_PERCENT)
        try:
            return clamp_zoom(int(str(value)))
        except ValueError:
            return DEFAULT_ZOOM_PERCENT

    @reading_zoom.setter
    def reading_zoom(self, percent: int) -> None:
        self._settings.setValue("readingZoom", percent)

    @property
    def archive_path(self) -> Path | None:
        """The archive chosen in Preferences (used from the next start), if any."""
        value = str(self._settings.value("archivePath", "") or "")
        return Path(value) if value else None

    @archive_path.setter
    def archive_path(self, path: Path | None) -> None:
        self._settings.setValue("archivePath", str(path) if path else "")

    @property
    def open_articles(self) -> list[str]:
        """Content hashes of the articles open at the last quit, in tab order."""
        return _string_list(self._settings.value("openArticles", []))

    @open_articles.setter
    def open_articles(self, hashes: list[str]) -> None:
        self._settings.setValue("openArticles", hashes)

    @property
    def current_article(self) -> str:
        """Content hash of the article whose tab was current at the last quit."""
        return str(self._settings.value("currentArticle", "") or "")

    @current_article.setter
    def current_article(self, content_hash: str) -> None:
        self._settings.setValue("currentArticle", content_hash)

    def window_state(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, state: QByteArray) -> None:
        self._settings.setValue(key, state)

    def sync(self) -> None:
        self._settings.sync()


def _string_list(value: object) -> list[str]:
    # INI-backed QSettings gives back a lone string for a one-item list, and nothing for [].
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []
