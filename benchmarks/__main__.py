"""``python -m benchmarks [--skip-archive] [--skip-stalls]``: the performance budget (issues 7 and 15).

Prints plain lines, each with its target: (a) raw spaCy vs (b) the app's full analysis for the
sample, a 20,000-word and a 100,000-word text; (b) with the helper process on 100,000 words;
(c) launch to the text on screen, (d) to its highlights, idle memory; (e) peak memory and the longest
event-loop stall while a 100,000-word text is analysed and shown; (f) the archive figures
(``benchmarks/archive_bench.py``, about a minute; ``--skip-archive`` leaves it out); (g) the
worst event-loop stall, and where, in each scenario of issue 15 (``STALL_SCENARIOS``, about ten
minutes; ``--skip-stalls`` leaves them out); (h) the corpus speed-up of ``analyze --jobs 2`` over
``--jobs 1`` (``benchmarks/corpus_bench.py``, about a minute).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.perf_analysis import full_analysis_seconds, raw_pipeline_seconds, served_pipeline
from benchmarks.process_memory import PeakSampler
from benchmarks.stall_probe import report_from_json
from benchmarks.texts import sample_text, text_of_words, word_count
from desktop.store.archive import Archive

ROOT = Path(__file__).resolve().parents[1]
# Launches timed for (c) and (d): one can be a tenth of a second off either way.
STARTUP_RUNS = 3
# Timed runs of (a) and (b), in turn: one run of either was seen 7% slower than another of the
# same text here (the machine, not the code), which moved their ratio by as much. A text of a
# tenth of a second gets more runs: two of them put its ratio anywhere between 1.0 and 1.2.
TIMED_RUNS = 2
# News-length articles for (h): about a minute for both runs.
CORPUS_ARTICLES = 300
SHORT_TEXT_RUNS = 20
SHORT_TEXT_WORDS = 1_000
# Issue 15 sets full/raw ≤ 1.10 for the analysis of long texts (its "today 1.16×" was the
# 100,000-word line); a short text's ratio is the extraction's fixed costs, shown for reference.
SHORT_TEXT_TARGET = "no target: the issue's ≤ 1.10 is for long texts"


def _spread(seconds: list[float]) -> str:
    return f"{min(seconds):.2f}–{max(seconds):.2f} s"


def analysis_lines() -> None:
    pipeline = served_pipeline()
    texts = {
        "sample": sample_text(),
        "20k words": text_of_words(20_000),
        "100k words": text_of_words(100_000),
    }
    raw_seconds: dict[str, float] = {}
    for name, text in texts.items():
        raws: list[float] = []
        fulls: list[float] = []
        short = word_count(text) < SHORT_TEXT_WORDS
        runs = SHORT_TEXT_RUNS if short else TIMED_RUNS
        for _ in range(runs):
            raws.append(raw_pipeline_seconds(pipeline, text))
            fulls.append(full_analysis_seconds(pipeline, text, parallel=False))
        raw = raw_seconds[name] = min(raws)
        full = min(fulls)
        print(
            f"{name} ({word_count(text):,} words): (a) raw spaCy {raw:.2f} s, (b) full analysis {full:.2f} s,"
            f" b/a {full / raw:.2f} ({SHORT_TEXT_TARGET if short else 'target ≤ 1.10'};"
            f" the quickest of {runs} runs each, taken in turn:"
            f" a {_spread(raws)}, b {_spread(fulls)})"
        )
    raw = raw_seconds["100k words"]
    # The target is the throughput with the helper running, as issue 15's baseline (0.66×) was
    # measured; the first long text of a session also waits for the helper's start, printed apart.
    starting = full_analysis_seconds(pipeline, texts["100k words"], parallel=True)
    running = full_analysis_seconds(pipeline, texts["100k words"], parallel=True)
    print(
        f"100k words, (b) full analysis in two processes (helper running): {running:.2f} s,"
        f" vs (a) raw single-process spaCy {raw:.2f} s: {running / raw:.2f}× (target ≤ 0.60)"
    )
    print(
        f"100k words, the session's first long text, which starts the helper process: {starting:.2f} s,"
        f" {starting / raw:.2f}× (no target: the helper's start, {starting - running:.2f} s more, is paid once)"
    )
    pipeline.close()


def run_app(*args: str) -> dict[str, Any]:
    """``benchmarks.startup``'s result, with ``"peak summed rss MB"``: the most memory its processes
    held together at one moment (``PeakSampler``, sampled from here)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_LAUNCHED=repr(time.time()))
    with subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup", *args],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        sampler = PeakSampler(app.pid)
        stdout, stderr = app.communicate()
        peak_mb = sampler.stop()
        window_mb = sampler.window_mb_at_peak
    if app.returncode != 0:
        raise subprocess.CalledProcessError(app.returncode, app.args, stdout, stderr)
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return {**result, "peak summed rss MB": peak_mb, "window rss at that peak MB": window_mb}


def open_in_window(path: Path, label: str) -> dict[str, Any] | None:
    """``benchmarks.startup long PATH``'s result, or None after saying why it did not get there."""
    try:
        return run_app("long", str(path))
    except subprocess.CalledProcessError as error:
        print(f"{label} in the window: did not get there ({_why(error.stderr, error.returncode)})")
        return None


def startup_lines() -> None:
    first = run_app("sample")
    launches = sorted((_launch_with_an_archive() for _ in range(STARTUP_RUNS)), key=_text_painted)
    moments = launches[len(launches) // 2]
    print(
        f"(c) launch to the sample's text painted: {_text_painted(moments):.2f} s (target ≤ 0.50;"
        f" median of {STARTUP_RUNS} launches, {_text_painted(launches[0]):.2f}"
        f"–{_text_painted(launches[-1]):.2f} s); the first launch, making the archive:"
        f" {_text_painted(first):.2f} s"
    )
    print(
        f"(d) launch to its highlights painted: {moments['highlights painted']:.2f} s (target ≤ 1.50);"
        f" pipeline ready at {moments['pipeline ready']:.2f} s, highlights"
        f" {moments['highlights painted'] - moments['pipeline ready']:.2f} s after it"
    )
    reopened = moments["reopened: highlights painted"] - moments["reopened: text painted"]
    print(
        f"the sample reopened from the archive: highlights painted {reopened:.2f} s after its text"
        f" ({moments['reopened: highlights painted']:.2f} s after opening it) (target ≤ 0.30)"
    )
    print(
        f"idle app with the sample open: window process {moments['idle rss app MB']:.0f} MB (target ≤ 300 MB),"
        f" + analysis process {moments['idle rss analysis MB']:.0f} MB"
    )


def _launch_with_an_archive() -> dict[str, Any]:
    """``run_app("sample")`` as at every launch but the first: the archive is there, made by an
    earlier launch (empty: the sample is new to it, and analysed)."""
    with tempfile.TemporaryDirectory(prefix="reading-assistant-bench-") as name:
        Archive(Path(name) / "archive.sqlite3").close()
        return run_app("sample", name)


def _text_painted(moments: dict[str, Any]) -> float:
    return float(moments["text painted"])


def long_text_lines() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(text_of_words(100_000), encoding="utf-8")
        result = open_in_window(path, "100k words")
    if result is None:
        return
    since_open = result["since open"]
    print(
        f"100k words in the window: open_path returned after {since_open['open_path returned']:.2f} s,"
        f" text painted after {since_open['text painted']:.2f} s (target ≤ 1.00)"
    )
    print(
        f"100k words in the window: analysis applied after {since_open['analysis applied']:.2f} s,"
        f" highlights painted after {since_open['highlights painted']:.2f} s"
    )
    bound = result["peak rss self MB"] + result["peak rss children MB"]
    print(
        f"(e) peak RSS analysing and showing 100k words, app + helper processes together:"
        f" {result['peak summed rss MB']:.0f} MB (target ≤ 600 MB; their summed RSS sampled every 20 ms;"
        f" the window's process {result['window rss at that peak MB']:.0f} MB of it)."
        f" Each process's own peak added up, an upper bound: {bound:.0f} MB (window process"
        f" {result['peak rss self MB']:.0f} MB + analysis processes {result['peak rss children MB']:.0f} MB);"
        f" analysis processes once done: {result['rss children after MB']:.0f} MB"
    )
    print(report_from_json("(e) 100k words opened, analysed and shown", result["stalls"]))
    frames = sorted(result["scroll frame ms"])
    print(
        f"scrolling the 100k-word text with {result['highlights']:,} highlights: median frame"
        f" {frames[len(frames) // 2]:.0f} ms, worst {frames[-1]:.0f} ms over {len(frames)} jumps"
        " (smooth: well under 100 ms)"
    )
    for name, at, seconds in result["slowest calls"]:
        print(f"    GUI call {name}: {seconds * 1000:.0f} ms, started {at:.2f} s after opening")


# The event-loop stall scenarios of issue 15, each a benchmark of its own, run in its own process.
STALL_SCENARIOS = (
    "benchmarks.pdf_bench",  # a 300-page PDF opened, analysed and shown
    "benchmarks.epub_bench",  # a 110,000-word EPUB book, the same
    "benchmarks.knowledge_bench",  # 1,000 analysed articles indexed in the background
    "benchmarks.library_window_bench",  # the Library listing and searching 10,000 articles
    "benchmarks.scroll_bench",  # scrolling 100,000 words with 20,000 highlights
    "benchmarks.showing_bench",  # (e)'s showing of 100,000 words alone, no analysis competing
)


def _why(stderr: str | None, returncode: int) -> str:
    """Why a benchmark process failed: the last line it wrote to stderr, else its exit status."""
    last = (stderr or "").strip().splitlines()[-1:]
    return last[0] if last else f"exit status {returncode}"


def stall_lines() -> None:
    print("(g) event-loop stalls (benchmarks/stall_probe.py; target ≤ 50 ms in each scenario):")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for module in STALL_SCENARIOS:
        finished = subprocess.run(
            [sys.executable, "-m", module], cwd=ROOT, env=environment, capture_output=True, text=True
        )
        if finished.returncode != 0:
            print(f"{module}: did not get there ({_why(finished.stderr, finished.returncode)})")
            continue
        reporting = False
        for line in finished.stdout.splitlines():
            # The worst stall, and the indented worst ones after it.
            reporting = "worst stall" in line or (reporting and line.startswith("    "))
            if reporting:
                print(line)


def archive_lines() -> None:
    from benchmarks import archive_bench

    print(
        "(f) archive figures (benchmarks/archive_bench.py; targets: search ≤ 50 ms, open ≤ 200 ms, listing ≤ 300 ms):"
    )
    archive_bench.main()


def corpus_lines() -> None:
    from benchmarks import corpus_bench

    print(
        f"(h) corpus analysis, analyze --jobs 1 vs --jobs 2 (benchmarks/corpus_bench.py, {CORPUS_ARTICLES}"
        f" articles; target ≥ {corpus_bench.SPEED_UP_TARGET}× on 2 cores):"
    )
    corpus_bench.compare(CORPUS_ARTICLES, 2)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--skip-archive", action="store_true", help="leave out (f), the archive figures")
    parser.add_argument(
        "--skip-stalls", action="store_true", help="leave out (g), the stall scenarios (about ten minutes)"
    )
    options = parser.parse_args()
    began = time.perf_counter()
    # Bytecode for the app's modules, as an installed app has (see the Makefile's BYTECODE).
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    print(f"Reading Assistant performance, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    startup_lines()
    analysis_lines()
    long_text_lines()
    if not options.skip_archive:
        archive_lines()
    if not options.skip_stalls:
        stall_lines()
    corpus_lines()
    print(f"benchmark run took {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
