"""``python -m benchmarks.corpus_bench [--articles N] [--jobs J]``: a corpus through ``analyze``.

Writes N short news articles (the sample article's paragraphs, rotated and renumbered so that
no two are the same) to a folder, then times ``reading-assistant analyze --jobs 1`` and
``--jobs J`` over it, as a user runs it (pipeline loading included, output to a file). Prints
articles per second for each, the speed-up (target ≥ 1.8× with 2 jobs on 2 cores), whether
the outputs are byte-identical, and the load average: other work on the machine shares the
cores and lowers the speed-up; the CPU seconds of each run show the work the workers add.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.texts import sample_text

SPEED_UP_TARGET = 1.8


def write_corpus(folder: Path, count: int) -> None:
    paragraphs = [p for p in sample_text().split("\n\n") if p.strip()]
    for i in range(count):
        turn = i % len(paragraphs)
        body = "\n\n".join(paragraphs[turn:] + paragraphs[:turn])
        text = f"Report {i + 1}: {body.replace('2', str(i % 10))}\n"
        (folder / f"article{i:05d}.txt").write_text(text, encoding="utf-8")


def analyze_seconds(folder: Path, jobs: int, output: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the command and its workers, user + system) of one run."""
    started, cpu_before = time.perf_counter(), _children_cpu_seconds()
    with output.open("wb") as out:
        subprocess.run(
            [sys.executable, "-m", "desktop", "analyze", "--jobs", str(jobs), str(folder)],
            stdout=out,
            check=True,
        )
    return time.perf_counter() - started, _children_cpu_seconds() - cpu_before


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def compare(articles: int, jobs: int) -> None:
    """Time ``--jobs 1`` and ``--jobs JOBS`` over a corpus of ``articles`` and print the lines."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(folder, articles)
        words = sum(len(path.read_text(encoding="utf-8").split()) for path in folder.iterdir())
        print(f"corpus: {articles} articles, {words / articles:.0f} words each on average")
        print(f"load average before (1, 5, 15 min): {load_average()}  cores: {os.cpu_count()}")
        single, single_cpu = analyze_seconds(folder, 1, Path(tmp) / "jobs1.jsonl")
        parallel, parallel_cpu = analyze_seconds(folder, jobs, Path(tmp) / "jobsN.jsonl")
        identical = filecmp.cmp(Path(tmp) / "jobs1.jsonl", Path(tmp) / "jobsN.jsonl", shallow=False)
        for count, wall, cpu in ((1, single, single_cpu), (jobs, parallel, parallel_cpu)):
            print(f"analyze --jobs {count}: {wall:.1f} s, {articles / wall:.1f} articles/s (CPU {cpu:.1f} s)")
        speed_up = single / parallel
        verdict = "met" if speed_up >= SPEED_UP_TARGET else "NOT met"
        print(f"speed-up: {speed_up:.2f}× (target ≥ {SPEED_UP_TARGET}×: {verdict})")
        print(f"outputs byte-identical: {identical}")
        print(f"load average after (1, 5, 15 min): {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    compare(options.articles, options.jobs)


if __name__ == "__main__":
    main()
