"""How fast the archive indexes people, claims and figures, and whether the window stalls
while older analyses are indexed in the background (issue 14).

Run from the project root:  .venv/bin/python benchmarks/knowledge_bench.py [ARTICLES]
Builds a temporary archive of ARTICLES (default 1,000) analysed articles: news stories
generated from pools of people, organisations and places (so that they meet across articles),
each followed by a paragraph of the project's sample article, analysed by the real pipeline
(200 distinct texts, each archived several times with its own closing line). Prints plain lines:
indexing one article as the reader stores its analysis (on the GUI thread), indexing them all
in the background with the worst event-loop stall meanwhile and where it happened (the window
also writes reading positions as a reader would), and the queries of the entity page, the People view and
related articles at that size.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from benchmarks.stall_probe import StallProbe  # noqa: E402
from benchmarks.texts import sample_text  # noqa: E402
from desktop.core.article import Article  # noqa: E402
from desktop.nlp.pipeline import load_pipeline  # noqa: E402
from desktop.nlp.serialization import analysis_to_json  # noqa: E402
from desktop.store.archive import Archive  # noqa: E402
from desktop.store.records import AnalysisCacheKey  # noqa: E402
from desktop.ui.annotations import AnnotationSession  # noqa: E402
from desktop.ui.archive_knowledge import KnowledgeIndexer  # noqa: E402

DISTINCT_TEXTS = 200
FIRST_NAMES = ("Elena", "Marcus", "Aisha", "Tomas", "Priya", "Jonas", "Mei", "Oleksandr", "Sofia", "David")
SURNAMES = (
    "Vasquez",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Kowalski",
    "Tanaka",
    "Petrenko",
    "Brennan",
    "Silva",
)
ORGANISATIONS = ("the World Health Organization", "Reuters", "the European Commission", "Amnesty International",
                 "the Red Cross", "NATO", "the United Nations", "Greenpeace")  # fmt: skip
PLACES = ("Kyiv", "Lagos", "Berlin", "Sydney", "Lima", "Mumbai", "Toronto", "Nairobi", "Warsaw", "Osaka")
STORY = (
    '{place} was hit by floods on Monday, {person} said. "We have lost {count} homes," {surname} told '
    "reporters. According to {org}, at least {dead} people died in {place2}. {person2} said aid would "
    "arrive within {days} days, but {org2} warned that the damage could reach {money} million dollars.\n\n"
)
# The window writes while the background indexer runs: a reading position every this often.
WRITE_EVERY_MS = 100


def story(rng: random.Random) -> str:
    people = [f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(2)]
    org, org2 = rng.sample(ORGANISATIONS, 2)
    place, place2 = rng.sample(PLACES, 2)
    return STORY.format(
        place=place, place2=place2, person=people[0], surname=people[0].split()[-1], person2=people[1],
        org=org, org2=org2, count=rng.randint(20, 900), dead=rng.randint(2, 60), days=rng.randint(2, 9),
        money=rng.randint(5, 400),
    )  # fmt: skip


def build(path: Path, articles: int) -> list[float]:
    """The archive with ``articles`` analysed articles; the seconds each analysis took to store."""
    rng = random.Random(14)
    pipeline = load_pipeline()
    paragraphs = [p for p in sample_text().split("\n\n") if p.strip()]
    texts = [story(rng) + rng.choice(paragraphs).strip() + "\n" for _ in range(DISTINCT_TEXTS)]
    started = time.perf_counter()
    analyses = [pipeline.analyze(text) for text in texts]
    print(
        f"analysed {len(texts)} distinct texts in {time.perf_counter() - started:.1f} s (not part of the bar)"
    )
    store_seconds: list[float] = []
    with Archive(path) as archive:
        for number in range(articles):
            analysis = analyses[number % len(analyses)]
            text = f"{analysis.text}\nReport {number}.\n"
            day = 1 + number % 28
            article = Article(
                text=text,
                title=f"Report {number}",
                source=f"https://news{number % 7}.example/{number}",
                metadata={"site": f"news{number % 7}.example", "published": f"2026-03-{day:02d}"},
            )
            archive.open_article(article)
            key = AnalysisCacheKey(
                article.content_hash, pipeline.name, pipeline.version, pipeline.extraction_version
            )
            json_text = analysis_to_json(replace(analysis, text=text))
            begun = time.perf_counter()
            archive.put_cached_analysis(key, json_text)
            store_seconds.append(time.perf_counter() - begun)
    return store_seconds


def forget_index(path: Path) -> None:
    """Back to an archive upgraded from before the knowledge tables: analyses, no index."""
    with Archive(path) as archive, archive.batch():
        db = archive._db  # the benchmark reaches in: no public way to un-index, nor a need for one
        for table in ("claim_entities", "figure_entities", "claims", "figures", "entity_mentions", "entity_aliases", "entities",
                      "knowledge_indexed"):  # fmt: skip
            db.execute(f"DELETE FROM {table}")


def background_indexing(path: Path) -> tuple[float, StallProbe, int]:
    """Seconds to index everything in the background, the event-loop stall probe that ran
    meanwhile and how many reading positions the window wrote."""
    app = QCoreApplication.instance() or QCoreApplication([])
    # The window's session, with the first article open: it writes reading positions as the
    # window does while the user scrolls.
    window = AnnotationSession()
    window.open_archive(path)
    with Archive(path, read_only=True) as archive:
        window.open_article(archive.load_article(archive.list_articles(limit=1)[0].id))
    indexer = KnowledgeIndexer()
    loop = QEventLoop()
    clock = QElapsedTimer()
    probe = StallProbe()
    writes = 0

    def write() -> None:
        nonlocal writes
        window.set_reading_position(writes)
        writes += 1

    writing = QTimer()
    writing.timeout.connect(write)
    indexer.finished.connect(lambda _count: loop.quit())

    def failed(message: str) -> None:
        print("indexing failed:", message)
        loop.quit()

    indexer.failed.connect(failed)
    clock.start()
    probe.start()
    probe.phase("indexing in the background while the window writes reading positions")
    writing.start(WRITE_EVERY_MS)
    indexer.start(path)
    loop.exec()
    seconds = clock.nsecsElapsed() / 1e9
    probe.stop()
    writing.stop()
    indexer.stop()
    window.close()
    del app
    return seconds, probe, writes


def query_ms(run: object) -> float:
    assert callable(run)
    timings = []
    for _ in range(5):
        begun = time.perf_counter()
        run()
        timings.append(time.perf_counter() - begun)
    return 1000 * statistics.median(timings)


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "knowledge.sqlite3"
        stored = build(path, articles)
        ms = sorted(1000 * s for s in stored)
        print(
            f"storing + indexing one analysed article (the window's background writer), {articles:,} articles: mean"
            f" {statistics.mean(ms):.1f} ms, p95 {ms[int(0.95 * len(ms))]:.1f} ms, max {ms[-1]:.1f} ms"
            " (bar: ≤ 50 ms)"
        )
        forget_index(path)
        seconds, probe, writes = background_indexing(path)
        print(
            f"background indexing of {articles:,} archived analyses: {seconds:.1f} s"
            f" ({1000 * seconds / articles:.1f} ms an article) while the window wrote {writes} reading positions"
        )
        print(probe.report(f"background indexing of {articles:,} archived analyses"))
        with Archive(path, read_only=True) as archive:
            knowledge = archive.knowledge
            listing = knowledge.entities()
            busiest = listing[0]
            print(
                f"{len(listing):,} entities; People view listing {query_ms(knowledge.entities):.1f} ms;"
                f" entity page of {busiest.name} ({busiest.article_count:,} articles, {busiest.claim_count:,}"
                f" claims) {query_ms(lambda: knowledge.entity_page(busiest.id)):.1f} ms;"
                f" related articles (a week) {query_ms(lambda: knowledge.related_articles(1, 7)):.1f} ms;"
                f" 'in N other articles' for one article {query_ms(lambda: knowledge.article_entities(1)):.1f} ms"
                " (bar: ≤ 100 ms each at 10,000 articles)"
            )


if __name__ == "__main__":
    main()
