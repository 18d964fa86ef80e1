"""What the app remembers between runs, kept in ``QSettings``."""

from __future__ import annotations

import json
import math
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.core.article import Article, article_name
from desktop.ui.reader import DEFAULT_ZOOM_PERCENT, clamp_zoom
from desktop.ui.reading_style import ReadingStyle
from desktop.ui.theme import LABEL_STYLES, READING_THEMES, SYSTEM_THEME

MAX_RECENT_FILES = 10
MODEL_KEY = "model"
# Reading settings (the Reading Settings dialog, and the Preferences page that embeds it).
FONT_FAMILY_KEY = "reading/fontFamily"
POINT_SIZE_KEY = "reading/pointSize"
MEASURE_KEY = "reading/measureChars"
LINE_SPACING_KEY = "reading/lineSpacingPercent"
THEME_KEY = "reading/theme"
# Which analysis marks the reader paints: all of them at once, then figures and claim sources.
ANALYSIS_MARKS_KEY = "view/analysisMarks"
FIGURE_MARKS_KEY = "view/figureMarks"
SOURCE_MARKS_KEY = "view/sourceMarks"


class AppSettings:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def recent_files(self) -> list[str]:
        return _string_list(self._settings.value("recentFiles", []))

    def add_recent_file(self, path: Path, name: str = "") -> None:
        """Remember ``path`` first in Open Recent, shown as ``name`` (see ``recent_label``)."""
        resolved = str(path.resolve())
        files = ([resolved] + [f for f in self.recent_files if f != resolved])[:MAX_RECENT_FILES]
        self._settings.setValue("recentFiles", files)
        names = self._recent_names()
        names[resolved] = name
        self._set_recent_names({file: names[file] for file in files if names.get(file)})

    def recent_name(self, path: str) -> str:
        """How Open Recent shows ``path``: the article's name and outlet, else the path."""
        return self._recent_names().get(path) or path

    def remove_recent_file(self, path: str) -> None:
        self._settings.setValue("recentFiles", [f for f in self.recent_files if f != path])
        self._set_recent_names({file: name for file, name in self._recent_names().items() if file != path})

    def clear_recent_files(self) -> None:
        self._settings.setValue("recentFiles", [])
        self._set_recent_names({})

    def _recent_names(self) -> dict[str, str]:
        # JSON in one string: QSettings keys cannot hold paths (slashes make groups).
        try:
            names = json.loads(str(self._settings.value("recentNames", "{}")))
        except ValueError:
            return {}
        if not isinstance(names, dict):
            return {}
        return {str(file): str(name) for file, name in names.items()}

    def _set_recent_names(self, names: dict[str, str]) -> None:
        self._settings.setValue("recentNames", json.dumps(names, ensure_ascii=False))

    @property
    def model(self) -> str | None:
        """The pipeline chosen in Preferences, if any."""
        return str(self._settings.value(MODEL_KEY, "")) or None

    @model.setter
    def model(self, name: str | None) -> None:
        self._settings.setValue(MODEL_KEY, name or "")

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

    @property
    def reading_style(self) -> ReadingStyle:
        default = ReadingStyle()
        theme = str(self._settings.value(THEME_KEY, default.theme))
        return ReadingStyle(
            str(self._settings.value(FONT_FAMILY_KEY, default.font_family)),
            _number(self._settings.value(POINT_SIZE_KEY), default.point_size),
            int(_number(self._settings.value(MEASURE_KEY), default.measure_chars)),
            int(_number(self._settings.value(LINE_SPACING_KEY), default.line_spacing_percent)),
            theme if theme in READING_THEMES else SYSTEM_THEME,
        ).clamped()

    @reading_style.setter
    def reading_style(self, style: ReadingStyle) -> None:
        self._settings.setValue(FONT_FAMILY_KEY, style.font_family)
        self._settings.setValue(POINT_SIZE_KEY, style.point_size)
        self._settings.setValue(MEASURE_KEY, style.measure_chars)
        self._settings.setValue(LINE_SPACING_KEY, style.line_spacing_percent)
        self._settings.setValue(THEME_KEY, style.theme)

    def flag(self, key: str, default: bool) -> bool:
        """A remembered on/off switch (``ANALYSIS_MARKS_KEY``…); INI files give back text."""
        value = self._settings.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def window_state(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, state: QByteArray) -> None:
        self._settings.setValue(key, state)

    def sync(self) -> None:
        self._settings.sync()


def _number(value: object, default: float) -> float:
    """A stored number, or ``default`` for one edited into nonsense ("huge", "nan", "inf")."""
    try:
        number = float(str(value)) if value is not None else default
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def recent_label(article: Article) -> str:
    """ "Title — Outlet", as Open Recent lists an article."""
    name = article_name(article.title, article.source, article.text)
    site = " ".join(article.metadata.get("site", "").split())
    return f"{name} — {site}" if site else name


def _string_list(value: object) -> list[str]:
    # INI-backed QSettings gives back a lone string for a one-item list, and nothing for [].
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []
