"""``python -m benchmarks.single_line_bench [--words N]``: a megabyte of prose on one line.

Prints, for the same text with its paragraph breaks and with every line break turned into a
space: (a) the full analysis's time, in one process (with its CPU time, steadier on a busy
machine) and with the helper process (as the app runs it); (b) in the real window
(``benchmarks.startup long``, offscreen), when its text and highlights were painted, the worst
event-loop stall and where it happened (``benchmarks.stall_probe``) from opening it until its
highlights are painted, and the peak memory.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.__main__ import open_in_window
from benchmarks.perf_analysis import full_analysis_seconds
from benchmarks.stall_probe import report_from_json
from benchmarks.texts import text_of_words
from desktop.nlp.pipeline import load_pipeline, split_chunks

# About one megabyte of the sample articles.
WORDS = 175_000


def texts(words: int) -> dict[str, str]:
    paragraphs = text_of_words(words)
    return {"with paragraph breaks": paragraphs, "on one line": paragraphs.replace("\n", " ")}


def analysis_lines(texts: dict[str, str]) -> None:
    pipeline = load_pipeline()
    for name, text in texts.items():
        cpu_began = time.process_time()
        one = full_analysis_seconds(pipeline, text, parallel=False)
        cpu = time.process_time() - cpu_began
        two = full_analysis_seconds(pipeline, text, parallel=True)
        print(
            f"(a) {len(text):,} characters {name} ({len(list(split_chunks(text))):,} pieces):"
            f" analysis {one:.1f} s in one process (CPU {cpu:.1f} s), {two:.1f} s with the helper process"
        )
    pipeline.close()


def window_lines(texts: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, text in texts.items():
            path = Path(folder) / "article.txt"
            path.write_text(text, encoding="utf-8")
            result = open_in_window(path, f"(b) {name}")
            if result is None:
                continue
            since_open = result["since open"]
            peak = result["peak rss self MB"] + result["peak rss children MB"]
            print(
                f"(b) {name} in the window: text painted after {since_open['text painted']:.2f} s,"
                f" highlights after {since_open['highlights painted']:.1f} s; peak RSS {peak:.0f} MB"
            )
            print(report_from_json(f"(b) {name} in the window", result["stalls"]))
            for label, at, seconds in result["slowest calls"][:3]:
                print(f"    GUI call {label}: {seconds * 1000:.0f} ms, {at:.1f} s after opening")


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.single_line_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--words", type=int, default=WORDS, help=f"length of the text (default {WORDS:,} words)"
    )
    parser.add_argument("--skip-analysis", action="store_true", help="only (b), the window")
    options = parser.parse_args()
    chosen = texts(options.words)
    if not options.skip_analysis:
        analysis_lines(chosen)
    window_lines(chosen)


if __name__ == "__main__":
    main()
