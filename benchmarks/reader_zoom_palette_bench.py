"""How long the window stands still when the reader zooms or the desktop switches to dark, on a
100,000-word Markdown text with a heading, a link and a quote per article and a painted span
every few words (as entities are).

Run from the project root:  .venv/bin/python benchmarks/reader_zoom_palette_bench.py
Prints plain lines: the time of each call (what the user waits for before the window answers
again); the layout and re-highlighting that follow run in slices in the event loop.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QPalette, QTextCharFormat  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.texts import text_of_words, word_count  # noqa: E402
from desktop.core.markdown_loader import article_from_markdown  # noqa: E402
from desktop.ui.reader import ReaderView  # noqa: E402
from tests.ui.screenshots import dark_palette  # noqa: E402

WORDS = 100_000
SPAN_EVERY_CHARS = 40
RUNS = 5


def markdown_feed(words: int) -> str:
    """The sample articles' paragraphs as Markdown, every twelfth a heading, some quotes and links."""
    paragraphs = [line for line in text_of_words(words).splitlines() if line.strip()]
    out: list[str] = []
    for number, line in enumerate(paragraphs):
        if number % 12 == 0:
            out.append(f"## {line}")
        elif number % 12 == 5:
            out.append(f"> {line}")
        elif number % 12 == 7:
            out.append(f"{line} [source](https://example.org/{number})")
        else:
            out.append(line)
    return "\n\n".join(out)


def timed(action: Callable[[], None]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    article = article_from_markdown(markdown_feed(WORDS))
    reader = ReaderView()
    reader.resize(1000, 800)
    reader.show()
    reader.show_article(article)
    tint = QTextCharFormat()
    tint.setBackground(QColor("#cfe3ff"))
    spans = [(start, start + 8, "tint") for start in range(0, len(article.text) - 8, SPAN_EVERY_CHARS)]
    reader.set_layer("entities", spans, lambda _key: tint, order=10)
    reader.highlighter.finish_pending()
    app.processEvents()
    blocks = sum(1 for b in article.blocks if b.kind != "paragraph")
    print(
        f"{word_count(article.text):,} words, {blocks:,} styled blocks, {len(article.inlines):,} links,"
        f" {len(spans):,} painted spans"
    )

    zooms = []
    for _ in range(RUNS):
        zooms.append(timed(reader.zoom_in))
        app.processEvents()
        zooms.append(timed(reader.zoom_out))
        app.processEvents()
    print(f"zoom one step: median {statistics.median(zooms):.0f} ms, worst {max(zooms):.0f} ms")

    light = QApplication.palette()

    def switch_to(palette: QPalette) -> Callable[[], None]:
        def switch() -> None:
            QApplication.setPalette(palette)
            app.processEvents()  # the change reaches the widgets as events: wait for them

        return switch

    switches = []
    for _ in range(RUNS):
        switches.append(timed(switch_to(dark_palette())))
        switches.append(timed(switch_to(light)))
    print(f"palette switch: median {statistics.median(switches):.0f} ms, worst {max(switches):.0f} ms")
    drain = timed(reader.highlighter.finish_pending)
    print(f"re-highlighting every line afterwards (done in slices in the event loop): {drain:.0f} ms")


if __name__ == "__main__":
    main()
