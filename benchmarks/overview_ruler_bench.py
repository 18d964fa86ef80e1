"""How long the scrollbar's overview ruler takes with 20,000 highlights on a 100,000-word text:
working out where every mark goes (once per change, after a pause) and painting (every repaint
of the scrollbar, e.g. while scrolling).

Run from the project root:  .venv/bin/python benchmarks/overview_ruler_bench.py
Prints plain lines: the median of a few runs of each, in milliseconds.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.texts import text_of_words  # noqa: E402
from desktop.core.article import Article  # noqa: E402
from desktop.ui.overview_ruler import MARKS_PER_SLICE, OverviewRuler, pixel_runs  # noqa: E402
from desktop.ui.reader import ReaderView  # noqa: E402

WORDS = 100_000
HIGHLIGHTS = 20_000
COLOURS = [QColor(c) for c in ("#c9a400", "#d0453b", "#3f9c35", "#2f6fd0", "#7d4fc9")]
RUNS = 5


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = text_of_words(WORDS)
    reader = ReaderView()
    reader.resize(900, 768)
    reader.show()
    reader.show_article(Article(text))
    app.processEvents()
    ruler = OverviewRuler(reader)
    step = len(text) // HIGHLIGHTS
    positions = list(range(0, step * HIGHLIGHTS, step))
    colours = [COLOURS[i % len(COLOURS)] for i in range(HIGHLIGHTS)]
    ruler.set_marks("highlights", positions, colours, 0)
    first = time.perf_counter()
    ruler.recompute()  # the first also lays out the whole document
    first_ms = (time.perf_counter() - first) * 1000
    recompute_ms, slice_ms, first_paint_ms, paint_ms = [], [], [], []
    for run in range(RUNS):
        # Other colours each time: a change, which the ruler draws anew.
        ruler.set_marks("highlights", positions, colours[run + 1 :] + colours[: run + 1], 0)
        began = time.perf_counter()
        ruler.recompute()
        recompute_ms.append((time.perf_counter() - began) * 1000)
        ruler.set_marks("highlights", positions, colours, 0)
        # The placing as the event loop runs it, a slice per turn: the slowest slice.
        placing, slowest, placed = ruler._placements(), 0.0, False
        while not placed:
            began = time.perf_counter()
            placed = next(placing, StopIteration) is StopIteration
            slowest = max(slowest, (time.perf_counter() - began) * 1000)
        slice_ms.append(slowest)
        began = time.perf_counter()
        ruler.repaint()  # draws the marks into the cached picture
        first_paint_ms.append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        ruler.repaint()  # as on every scroll: copies the picture
        paint_ms.append((time.perf_counter() - began) * 1000)
    print(
        f"text: {WORDS:,} words, {len(text):,} characters; marks: {ruler.mark_count():,}; rows: {len(ruler.rows())};"
        f" rectangles painted: {len(pixel_runs(ruler.rows(), ruler._groove().height()))}"
    )
    print(f"first placement (includes laying out the document): {first_ms:.1f} ms")
    print(f"placement after a change (median of {RUNS}): {statistics.median(recompute_ms):.1f} ms")
    print(
        f"slowest placing slice, {MARKS_PER_SLICE:,} marks (median of {RUNS}): {statistics.median(slice_ms):.1f} ms"
    )
    print(f"first paint after a change (median of {RUNS}): {statistics.median(first_paint_ms):.2f} ms")
    print(f"paint while scrolling (median of {RUNS}): {statistics.median(paint_ms):.2f} ms")


if __name__ == "__main__":
    main()
