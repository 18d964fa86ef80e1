"""Colours and descriptions for entity labels, legible on light and dark palettes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class LabelStyle:
    label: str
    title: str
    description: str
    hue: int
    on_by_default: bool = True


# Descriptions follow spaCy's glossary (spacy.explain); hues are spread so neighbours differ.
LABEL_STYLES: tuple[LabelStyle, ...] = (
    LabelStyle("PERSON", "People", "People, including fictional", 210),
    LabelStyle("ORG", "Organisations", "Companies, agencies, institutions, etc.", 280),
    LabelStyle("GPE", "Places (political)", "Countries, cities, states", 130),
    LabelStyle("LOC", "Places (other)", "Non-GPE locations, mountain ranges, bodies of water", 100),
    # Calm by default: a paragraph carries people, organisations and places, nothing more;
    # the other labels are a tick away in the legend.
    LabelStyle("NORP", "Groups", "Nationalities or religious or political groups", 35, False),
    LabelStyle("FAC", "Facilities", "Buildings, airports, highways, bridges, etc.", 175, False),
    LabelStyle("EVENT", "Events", "Named hurricanes, battles, wars, sports events, etc.", 330, False),
    LabelStyle("PRODUCT", "Products", "Objects, vehicles, foods, etc. (not services)", 55, False),
    LabelStyle("WORK_OF_ART", "Works", "Titles of books, songs, etc.", 300, False),
    LabelStyle("LAW", "Laws", "Named documents made into laws", 15, False),
    LabelStyle("LANGUAGE", "Languages", "Any named language", 250, False),
    LabelStyle("DATE", "Dates", "Absolute or relative dates or periods", 190, False),
    LabelStyle("TIME", "Times", "Times smaller than a day", 230, False),
    LabelStyle("CARDINAL", "Numbers", "Numerals that do not fall under another type", 0, False),
    LabelStyle("QUANTITY", "Quantities", "Measurements, as of weight or distance", 20, False),
    LabelStyle("MONEY", "Money", "Monetary values, including unit", 90, False),
    LabelStyle("PERCENT", "Percentages", 'Percentage, including "%"', 45, False),
    LabelStyle("ORDINAL", "Ordinals", '"first", "second", etc.', 265, False),
)
STYLE_BY_LABEL = {style.label: style for style in LABEL_STYLES}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def label_background(label: str, dark: bool) -> QColor:
    """A soft tint that keeps body text readable: pale on light palettes, deep on dark ones."""
    hue = STYLE_BY_LABEL[label].hue if label in STYLE_BY_LABEL else 0
    return QColor.fromHsl(hue, 150, 52) if dark else QColor.fromHsl(hue, 190, 232)


def label_accent(label: str, dark: bool) -> QColor:
    """A stronger shade of the label colour, for underlines and legend swatches."""
    hue = STYLE_BY_LABEL[label].hue if label in STYLE_BY_LABEL else 0
    return QColor.fromHsl(hue, 170, 150) if dark else QColor.fromHsl(hue, 170, 110)


def subtle_background(palette: QPalette) -> QColor:
    """A shade just off the base colour (group headers, code), derived from the base itself so
    it suits any palette, even one that leaves AlternateBase at its light default."""
    base = palette.color(QPalette.ColorRole.Base)
    return base.darker(106) if base.lightness() > 128 else base.lighter(135)


@dataclass(frozen=True)
class ReadingTheme:
    """The colours of the reading pane in one theme; every text colour reads at least 4.5:1
    on the base and under every highlight and entity tint (tests/ui/test_reading_contrast.py)."""

    key: str
    title: str
    base: str
    text: str
    muted: str  # block quotes and the line above the article
    link: str
    dark: bool


SYSTEM_THEME = "system"
READING_THEMES: dict[str, ReadingTheme] = {
    theme.key: theme
    for theme in (
        ReadingTheme("light", "Light", "#ffffff", "#1f1f1f", "#4d4d4d", "#0a4a9e", False),
        ReadingTheme("sepia", "Sepia", "#f6efdf", "#3b2f22", "#574632", "#7f3600", False),
        ReadingTheme("dark", "Dark", "#1c1c1e", "#e4e4e4", "#d4d4d4", "#c2d8fc", True),
    )
}
THEME_TITLES = {SYSTEM_THEME: "Follow System", **{key: t.title for key, t in READING_THEMES.items()}}


def reading_palette(theme_key: str, system: QPalette) -> QPalette:
    """The reading pane's palette in a theme; under Follow System the system's own, with the
    muted text made dark (or light) enough to read, which some desktop themes' is not."""
    palette = QPalette(system)
    theme = READING_THEMES.get(theme_key)
    if theme is None:
        base = system.color(QPalette.ColorRole.Base)
        for role in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Link):
            if contrast_ratio(system.color(role), base) < MIN_TEXT_CONTRAST:
                palette.setColor(role, legible_text_colour(system.color(role), base))
        return palette
    for role, colour in (
        (QPalette.ColorRole.Base, theme.base),
        (QPalette.ColorRole.Window, theme.base),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.WindowText, theme.text),
        (QPalette.ColorRole.PlaceholderText, theme.muted),
        (QPalette.ColorRole.Link, theme.link),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def dark_application_palette() -> QPalette:
    """The whole window's palette under the Dark reading theme, so that panels match the page."""
    colours = {
        QPalette.ColorRole.Window: "#2a2a2c",
        QPalette.ColorRole.WindowText: "#e4e4e4",
        QPalette.ColorRole.Base: "#1c1c1e",
        QPalette.ColorRole.AlternateBase: "#252527",
        QPalette.ColorRole.Text: "#e4e4e4",
        QPalette.ColorRole.Button: "#333336",
        QPalette.ColorRole.ButtonText: "#e4e4e4",
        QPalette.ColorRole.ToolTipBase: "#333336",
        QPalette.ColorRole.ToolTipText: "#e4e4e4",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#b4b4b4",
        QPalette.ColorRole.Link: "#c2d8fc",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#454548",
        QPalette.ColorRole.Midlight: "#3a3a3d",
        QPalette.ColorRole.Mid: "#2f2f31",
        QPalette.ColorRole.Dark: "#1a1a1b",
        QPalette.ColorRole.Shadow: "#000000",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette


def describe_label(label: str) -> str:
    style = STYLE_BY_LABEL.get(label)
    return f"{label}: {style.description}" if style else label


# User highlight colours by archive colour key, the same in the reader, the Notes tab and the
# Library. Pastel behind dark body text on light palettes, soft enough to read through.
HIGHLIGHT_COLOURS: dict[str, str] = {
    "yellow": "#ffe680",
    "red": "#ffb8b0",
    "green": "#b9e8b0",
    "blue": "#b3d5ff",
    "purple": "#dcc6ff",
}
# The same hues, deep and muted, behind light body text (dark palettes).
DARK_HIGHLIGHT_COLOURS: dict[str, str] = {
    "yellow": "#6b5a16",
    "red": "#7a3431",
    "green": "#2f5f33",
    "blue": "#26507d",
    "purple": "#573d80",
}
# A colour key the archive knows but this version does not (an imported archive): neutral grey.
UNKNOWN_COLOUR = ("#d9d9d9", "#555555")


def highlight_colour(key: str, dark: bool) -> QColor:
    """The background of a highlight of colour ``key``, legible under the palette's text colour."""
    colours = DARK_HIGHLIGHT_COLOURS if dark else HIGHLIGHT_COLOURS
    return QColor(colours.get(key, UNKNOWN_COLOUR[dark]))


def highlight_accent(key: str, dark: bool) -> QColor:
    """A stronger shade of the highlight colour, for swatch edges, bars and underlines."""
    colour = highlight_colour(key, dark)
    return colour.lighter(150) if dark else colour.darker(135)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white);
    body text needs at least 4.5."""
    lighter, darker = sorted((_relative_luminance(first), _relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


# WCAG AA for body text.
MIN_TEXT_CONTRAST = 4.5


def legible_text_colour(tint: QColor, background: QColor) -> QColor:
    """Text in the hue of ``tint`` that reads on ``background`` (at least 4.5:1): the tint made
    darker on a light background, lighter on a dark one, only as far as it takes."""
    return QColor.fromRgb(_legible_rgb(tint.rgb(), background.rgb()))


def legible_under_highlights(tint: QColor, dark: bool) -> QColor:
    """Text in the hue of ``tint`` that reads on the page and under every highlight colour: made
    legible on the highlight nearest to it in lightness, it is legible on all the others."""
    backgrounds = [highlight_colour(key, dark) for key in HIGHLIGHT_COLOURS]
    nearest = (max if dark else min)(backgrounds, key=_relative_luminance)
    return legible_text_colour(tint, nearest) if contrast_ratio(tint, nearest) < MIN_TEXT_CONTRAST else tint


@cache
def _legible_rgb(tint_rgb: int, background_rgb: int) -> int:
    tint, background = QColor.fromRgb(tint_rgb), QColor.fromRgb(background_rgb)
    hue, saturation = tint.hslHue(), tint.hslSaturation()
    towards = 0 if background.lightness() > 128 else 255
    step = -4 if towards == 0 else 4
    for lightness in range(background.lightness(), towards + step, step):
        colour = QColor.fromHsl(hue, saturation, max(0, min(255, lightness)))
        if contrast_ratio(colour, background) >= MIN_TEXT_CONTRAST:
            return colour.rgb()
    return QColor.fromHsl(hue, saturation, towards).rgb()
