"""Archive speed with a big library: 10,000 articles and 100,000 highlights.

Run: ``.venv/bin/python benchmarks/archive_bench.py`` (a temporary archive, removed after).
Set ARCHIVE_BENCH_PATH=/path/to/file.sqlite3 to keep the built archive there and reuse it on
later runs (building takes about a minute).
Prints plain lines; targets from issue 3: first search page ≤ 50 ms, opening an article with
500 highlights ≤ 200 ms (store part), library listing ≤ 300 ms (store part).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.search import bounded_query

ARTICLES = 10_000
HIGHLIGHTS = 100_000
BIG_ARTICLE_HIGHLIGHTS = 500
WORDS_PER_ARTICLE = 350
REPEATS = 7
ENV_PATH = "ARCHIVE_BENCH_PATH"

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ter",
    "san",
    "dro",
    "vel",
    "pan",
    "chu",
    "rin",
    "so",
    "bel",
    "tra",
    "gon",
    "fi",
    "de",
    "lux",
    "mar",
    "nor",
    "pek",
]
FUNCTION_WORDS = [
    "the",
    "a",
    "of",
    "in",
    "on",
    "for",
    "with",
    "by",
    "from",
    "and",
    "but",
    "that",
    "this",
    "which",
    "was",
    "were",
    "is",
    "are",
    "said",
]
# News-like word frequencies: a few very common words, a long tail of rare ones (Zipf).
CONTENT_WORDS = sorted({a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES})[:5000]
ZIPF_WEIGHTS = [1 / rank for rank in range(1, len(CONTENT_WORDS) + 1)]
# Queries from the common head to the tail of the vocabulary, and a word in every article.
QUERY_WORD_RANKS = (5, 50, 500)
SEARCH_TARGET_MS = 50


def make_text(rng: random.Random, words: int) -> str:
    content = rng.choices(CONTENT_WORDS, weights=ZIPF_WEIGHTS, k=words)
    sentences = []
    for start in range(0, words, 14):
        chunk = [
            rng.choice(FUNCTION_WORDS) if index % 3 == 0 else word
            for index, word in enumerate(content[start : start + 14])
        ]
        sentences.append(" ".join(chunk).capitalize() + ".")
    return " ".join(sentences)


def build(archive: Archive, rng: random.Random) -> Article:
    """Fill the archive in one transaction; returns the article carrying 500 highlights."""
    per_article = (HIGHLIGHTS - BIG_ARTICLE_HIGHLIGHTS) // (ARTICLES - 1)
    extra = (HIGHLIGHTS - BIG_ARTICLE_HIGHLIGHTS) - per_article * (ARTICLES - 1)
    colours = [colour.key for colour in archive.colours()]
    big_article = Article(text="")
    with archive.batch():
        for number in range(ARTICLES):
            count = BIG_ARTICLE_HIGHLIGHTS if number == 0 else per_article + (1 if number <= extra else 0)
            words = WORDS_PER_ARTICLE * (4 if number == 0 else 1)
            article = Article(text=f"Report {number}. " + make_text(rng, words), title=f"Report {number}")
            article_id = archive.open_article(article).article_id
            step = max(1, len(article.text) // count)
            for index in range(count):
                start = index * step
                archive.add_highlight(
                    article_id,
                    start,
                    start + min(step, rng.randint(20, 120)),
                    rng.choice(colours),
                    note=make_text(rng, 14) if index % 3 == 0 else "",
                    tags=[rng.choice(CONTENT_WORDS[:30])] if index % 4 == 0 else [],
                )
            if number == 0:
                big_article = article
    return big_article


def run_times_ms(action: Callable[[], object]) -> list[float]:
    """Milliseconds of a first run and REPEATS more."""
    runs = []
    for _ in range(REPEATS + 1):
        began = time.perf_counter()
        action()
        runs.append((time.perf_counter() - began) * 1000)
    return runs


def timed_ms(action: Callable[[], object]) -> tuple[float, float]:
    """(first run, median of the following runs) in milliseconds."""
    runs = run_times_ms(action)
    return runs[0], statistics.median(runs[1:])


def search_queries() -> list[str]:
    """Single words from very common to rare, two common words together, a phrase, and the
    operators: either of two words, a word left out."""
    words = [CONTENT_WORDS[rank - 1] for rank in QUERY_WORD_RANKS] + ["said"]
    return [
        *words,
        f"said {CONTENT_WORDS[4]}",
        f'"the {CONTENT_WORDS[0]}"',
        f"{CONTENT_WORDS[4]} OR {CONTENT_WORDS[40]}",
        f"said -{CONTENT_WORDS[4]}",
    ]


def report_search(archive: Archive) -> None:
    """Time the first page of each query; the bar is on the worst median and the worst run."""
    medians, worst_runs = [], []
    for query in search_queries():
        runs = run_times_ms(partial(archive.search, query, limit=20))
        fts_query = bounded_query(query).fts_query
        articles, highlights = (
            archive._db.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", [fts_query]
            ).fetchone()[0]
            for table in ("articles_fts", "highlights_fts")
        )
        median = statistics.median(runs[1:])
        medians.append(median)
        worst_runs.append(max(runs))
        print(
            f"search first page (20 hits) {query!r} (in {articles} articles, {highlights} highlights):"
            f" first {runs[0]:.1f} ms, median {median:.1f} ms, worst {max(runs):.1f} ms"
        )
    first, median = timed_ms(lambda: archive.search("said", limit=20, offset=20))
    print(f"search second page 'said': first {first:.1f} ms, median {median:.1f} ms")
    verdict = "meets" if max(worst_runs) <= SEARCH_TARGET_MS else "MISSES"
    print(
        f"search first page over all queries: worst median {max(medians):.1f} ms,"
        f" worst run {max(worst_runs):.1f} ms ({verdict} the {SEARCH_TARGET_MS} ms bar)"
    )


def ensure_archive(path: Path) -> Article:
    """Build the archive at ``path``, or reuse the one already there; returns the article
    carrying 500 highlights."""
    if path.exists():
        with Archive(path) as archive:
            most_highlighted = archive.list_articles("highlights")[0]
            big_article = archive.load_article(most_highlighted.id)
        print(f"reusing {path}")
    else:
        began = time.perf_counter()
        with Archive(path) as archive:
            big_article = build(archive, random.Random(7))
        print(f"built {ARTICLES} articles and {HIGHLIGHTS} highlights in {time.perf_counter() - began:.1f} s")
    print(f"archive size: {path.stat().st_size / 1_048_576:.0f} MB")
    return big_article


def main() -> None:
    kept = os.environ.get(ENV_PATH)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(kept) if kept else Path(folder) / "bench.sqlite3"
        big_article = ensure_archive(path)
        with Archive(path) as archive:
            report_search(archive)
            opened = archive.open_article(big_article)
            assert len(opened.highlights) == BIG_ARTICLE_HIGHLIGHTS
            first, median = timed_ms(lambda: archive.open_article(big_article))
            print(f"open article with 500 highlights: first {first:.1f} ms, median {median:.1f} ms")
            first, median = timed_ms(lambda: archive.load_article(opened.article_id))
            print(
                f"load article text and layout from the archive: first {first:.1f} ms, median {median:.1f} ms"
            )
            first, median = timed_ms(archive.list_articles)
            print(f"library listing ({ARTICLES} articles): first {first:.1f} ms, median {median:.1f} ms")
            first, median = timed_ms(lambda: archive.list_articles("highlights"))
            print(f"library listing sorted by highlight count: first {first:.1f} ms, median {median:.1f} ms")
            first, median = timed_ms(lambda: archive.find_highlights(colour="red", limit=200))
            print(f"all-highlights view, red, first 200: first {first:.1f} ms, median {median:.1f} ms")


if __name__ == "__main__":
    main()
