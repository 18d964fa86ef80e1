"""How fast the archive answers its cross-article questions at the scale of issue 14 (10,000
articles, ~1,000,000 entity mentions, ~100,000 claims, ~200,000 figures), how long indexing one
analysed article takes there, and whether the window stalls while older analyses are indexed in
the background.

Run from the project root:  .venv/bin/python benchmarks/knowledge_bench.py [--articles N]

The archive: news texts generated from pools of people, organisations and places (a few met in
almost every article, most in a few), each with ~100 names, ~10 claims and ~20 figures, analysed
by the real pipeline (``DISTINCT_TEXTS`` distinct texts). The first ``DISTINCT_TEXTS`` articles
are stored and indexed the real way (analysis stored, then indexed by
``desktop.store.knowledge``). Every further article is a real article row (its own closing line,
outlet and date, one year of dates) whose index rows are copied in bulk, by SQL, from the
article with the same analysis: the rows the indexer writes for that analysis, with the new
article's id. The benchmark checks that: it indexes a few more copies the real way and compares
their rows with their template's. Analyses of the copies are not stored (the queries never read
them). Prints one line a target: the median and worst of several queries, for names found in
almost every article and for typical ones.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from benchmarks.stall_probe import StallProbe  # noqa: E402
from desktop.core.article import Article  # noqa: E402
from desktop.nlp.model import Analysis  # noqa: E402
from desktop.nlp.pipeline import Pipeline, load_pipeline  # noqa: E402
from desktop.nlp.serialization import analysis_to_json  # noqa: E402
from desktop.store.archive import Archive  # noqa: E402
from desktop.store.knowledge import _mark_indexed  # noqa: E402
from desktop.store.records import AnalysisCacheKey  # noqa: E402
from desktop.ui.annotations import AnnotationSession  # noqa: E402
from desktop.ui.app import favour_the_window_thread  # noqa: E402
from desktop.ui.archive_knowledge import KnowledgeIndexer  # noqa: E402

DISTINCT_TEXTS = 200
# Articles stored the real way at full scale, timed: indexing one analysed article.
TIMED_STORES = 20
# Queries asked of each kind (different entities or articles), each asked this often.
QUERIES = 5
REPEATS = 3
FIRST_NAMES = [
    "Elena",
    "Marcus",
    "Aisha",
    "Tomas",
    "Priya",
    "Jonas",
    "Mei",
    "Oleksandr",
    "Sofia",
    "David",
    "Laura",
    "Pedro",
    "Fatima",
    "Henrik",
    "Grace",
    "Omar",
    "Ingrid",
    "Kenji",
    "Amara",
    "Lucas",
    "Nadia",
    "Rafael",
    "Yuki",
    "Samuel",
    "Chloe",
    "Viktor",
    "Leila",
    "Martin",
    "Hannah",
    "Diego",
    "Anna",
    "Paulo",
    "Rosa",
    "Emil",
    "Noor",
    "Felix",
    "Irene",
    "Hugo",
    "Maya",
    "Pablo",
]
SURNAMES = [
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
    "Novak",
    "Fischer",
    "Romero",
    "Adeyemi",
    "Larsen",
    "Costa",
    "Nakamura",
    "Ivanova",
    "Schmidt",
    "Mendes",
    "Bianchi",
    "Kaplan",
    "Duarte",
    "Jensen",
    "Horvath",
    "Mwangi",
    "Sato",
    "Dubois",
    "Keller",
    "Rossi",
    "Nilsson",
    "Baptiste",
    "Garcia",
    "Ahmed",
    "Weber",
    "Kovacs",
    "Yilmaz",
    "Murphy",
    "Hansen",
    "Ortega",
    "Byrne",
    "Lehmann",
    "Suzuki",
    "Pereira",
    "Wagner",
    "Quinn",
    "Eriksen",
    "Varga",
    "Hoffman",
    "Ricci",
]
ORGANISATIONS = (
    "Reuters", "the United Nations", "the World Health Organization", "the European Commission",
    "Amnesty International", "the Red Cross", "NATO", "Greenpeace", "the World Bank",
    "the International Monetary Fund", "Oxfam", "UNICEF", "the African Union", "Doctors Without Borders",
    "the Associated Press", "the BBC", "Interpol", "the OECD", "Save the Children", "the World Food Programme",
)  # fmt: skip
PLACES = [
    "Kyiv",
    "Lagos",
    "Berlin",
    "Sydney",
    "Lima",
    "Mumbai",
    "Toronto",
    "Nairobi",
    "Warsaw",
    "Osaka",
    "Madrid",
    "Cairo",
    "Jakarta",
    "Bogota",
    "Manila",
    "Dublin",
    "Oslo",
    "Prague",
    "Lisbon",
    "Vienna",
    "Athens",
    "Accra",
    "Dhaka",
    "Hanoi",
    "Quito",
    "Santiago",
    "Tunis",
    "Riga",
    "Tallinn",
    "Zagreb",
    "Helsinki",
    "Budapest",
    "Bucharest",
    "Sofia",
    "Belgrade",
    "Ankara",
    "Tehran",
    "Karachi",
    "Seoul",
    "Taipei",
]
STORY = (
    '{place} was hit by floods on Monday, {person} said. "We have lost {count} homes," {surname} told '
    "reporters. According to {org}, at least {dead} people died in {place2}. {person2} said aid would "
    "arrive within {days} days, but {org2} warned that the damage could reach {money} million dollars.\n\n"
)
DAMAGE = "In {place} the storm destroyed {bridges} bridges, {schools} schools and {cars} cars, and cut power to {homes} homes.\n\n"  # fmt: skip
MEETING = (
    "Delegates from {org}, {org2} and {org3} met {person}, {person2}, {person3} and {person4} in {place}"
    " on Tuesday, before travelling to {place2} and {place3}.\n\n"
)
# The window writes while the background indexer runs: a reading position every this often.
WRITE_EVERY_MS = 100
# Index rows copied from an article with the same analysis, by table: (columns, how rows are found).
_CLAIM_COLUMNS = "source_entity_id, source_name, kind, text, cue, hedges, pos_start, pos_end"
_FIGURE_COLUMNS = "kind, text, value, low, high, unit, counts, qualifier, si_value, si_unit, topic, sentence, pos_start, pos_end"


def zipf_pick(rng: random.Random, pool: Sequence[str], count: int) -> list[str]:
    """``count`` different items, the first of the pool far likelier than the last (as news
    names go: a few everywhere, most seldom)."""
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    picked: list[str] = []
    while len(picked) < count:
        (choice,) = rng.choices(pool, weights)
        if choice not in picked:
            picked.append(choice)
    return picked


def news_text(rng: random.Random) -> str:
    """~100 names, ~10 claims and ~20 figures: two flood stories, damage reports, meetings."""

    def people(count: int) -> list[str]:
        return [f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" for _ in range(count)]

    parts = []
    for _ in range(2):
        (person, person2), (org, org2), (place, place2) = people(2), zipf_pick(rng, ORGANISATIONS, 2), zipf_pick(rng, PLACES, 2)  # fmt: skip
        parts.append(STORY.format(
            place=place, place2=place2, person=person, surname=person.split()[-1], person2=person2, org=org,
            org2=org2, count=rng.randint(20, 900), dead=rng.randint(2, 60), days=rng.randint(2, 9),
            money=rng.randint(5, 400),
        ))  # fmt: skip
    for place in zipf_pick(rng, PLACES, 3):
        parts.append(DAMAGE.format(
            place=place, bridges=rng.randint(2, 90), schools=rng.randint(2, 90), cars=rng.randint(100, 900),
            homes=rng.randint(1000, 9000),
        ))  # fmt: skip
    for _ in range(15):
        orgs, places, met = zipf_pick(rng, ORGANISATIONS, 3), zipf_pick(rng, PLACES, 3), people(4)
        parts.append(MEETING.format(
            org=orgs[0], org2=orgs[1], org3=orgs[2], person=met[0], person2=met[1], person3=met[2],
            person4=met[3], place=places[0], place2=places[1], place3=places[2],
        ))  # fmt: skip
    return "".join(parts)


def archived_article(analysis: Analysis, number: int, articles: int) -> Article:
    """Article ``number`` of the archive: its own closing line, outlet and date (a year of news)."""
    published = date(2025, 3, 1) + timedelta(days=number * 365 // max(articles, 1))
    return Article(
        text=f"{analysis.text}Report {number}.\n",
        title=f"Report {number}",
        source=f"https://news{number % 7}.example/{number}",
        metadata={"site": f"news{number % 7}.example", "published": published.isoformat()},
    )


def store(archive: Archive, pipeline: Pipeline, analysis: Analysis, article: Article) -> tuple[int, float]:
    """Store the article and its analysis the real way; its id and the seconds storing the
    analysis took (it is indexed in the same transaction)."""
    article_id = archive.open_article(article).article_id
    key = AnalysisCacheKey(article.content_hash, pipeline.name, pipeline.version, pipeline.extraction_version)
    json_text = analysis_to_json(replace(analysis, text=article.text))
    begun = time.perf_counter()
    archive.put_cached_analysis(key, json_text)
    return article_id, time.perf_counter() - begun


def copy_index(db: Database, template: int, article_id: int, text_hash: str, shift: int) -> None:
    """Give ``article_id`` the index rows of ``template`` (the same analysis): claim and figure
    ids moved by ``shift``."""
    db.execute(
        "INSERT INTO entity_mentions SELECT ?, label, name, entity_id, mentions, first_start, first_end"
        " FROM entity_mentions WHERE article_id = ?",
        [article_id, template],
    )
    for table, columns, links, link_columns, link_key in (
        ("claims", _CLAIM_COLUMNS, "claim_entities", "entity_id", "claim_id"),
        ("figures", _FIGURE_COLUMNS, "figure_entities", "entity_id, topic", "figure_id"),
    ):
        db.execute(
            f"INSERT INTO {table} (id, article_id, {columns}) SELECT id + ?, ?, {columns} FROM {table}"
            " WHERE article_id = ?",
            [shift, article_id, template],
        )
        db.execute(
            f"INSERT INTO {links} ({link_key}, {link_columns}) SELECT {link_key} + ?, {link_columns}"
            f" FROM {links} WHERE {link_key} IN (SELECT id FROM {table} WHERE article_id = ?)",
            [shift, template],
        )
    _mark_indexed(db, article_id, text_hash)


def index_rows(db: Database, article_id: int) -> tuple[list[Any], ...]:
    """The article's index rows without their own ids (to compare two articles')."""
    return (
        db.execute(
            "SELECT label, name, entity_id, mentions, first_start, first_end FROM entity_mentions"
            " WHERE article_id = ? ORDER BY label, name",
            [article_id],
        ).fetchall(),
        db.execute(
            f"SELECT {_CLAIM_COLUMNS}, (SELECT group_concat(entity_id) FROM (SELECT entity_id FROM"
            " claim_entities WHERE claim_id = c.id ORDER BY entity_id)) FROM claims c WHERE article_id = ?"
            " ORDER BY pos_start, id",
            [article_id],
        ).fetchall(),
        db.execute(
            f"SELECT {_FIGURE_COLUMNS}, (SELECT group_concat(entity_id || topic) FROM (SELECT entity_id, topic"
            " FROM figure_entities WHERE figure_id = f.id ORDER BY entity_id)) FROM figures f"
            " WHERE article_id = ? ORDER BY pos_start, id",
            [article_id],
        ).fetchall(),
    )


def build(path: Path, articles: int) -> tuple[list[int], list[float], tuple[int, int]]:
    """The archive; the articles stored the real way, the seconds storing each of
    ``TIMED_STORES`` analysed articles took at full size, and how many of the index rows
    those wrote equal the bulk copies' of their analysis (of how many)."""
    rng = random.Random(14)
    pipeline = load_pipeline()
    distinct = min(DISTINCT_TEXTS, articles)
    texts = [news_text(rng) for _ in range(distinct)]
    started = time.perf_counter()
    analyses = [pipeline.analyze(text) for text in texts]
    print(
        f"analysed {distinct} distinct texts in {time.perf_counter() - started:.1f} s (not part of any bar)"
    )
    started = time.perf_counter()
    with Archive(path) as archive:
        templates = []
        for number in range(distinct):
            article = archived_article(analyses[number], number, articles)
            templates.append(store(archive, pipeline, analyses[number], article)[0])
        db = archive._db  # the benchmark reaches in to copy index rows: no public way, nor need
        stride = 1 + max(int(db.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0) for t in ("claims", "figures"))  # fmt: skip
        with archive.batch():
            for number in range(distinct, articles):
                article = archived_article(analyses[number % distinct], number, articles)
                article_id = archive.open_article(article).article_id
                template = templates[number % distinct]
                copy_index(db, template, article_id, article.content_hash, stride * (number // distinct))
        print(f"built the archive of {articles:,} articles in {time.perf_counter() - started:.1f} s")
        stored = []
        same = total = 0
        for extra in range(TIMED_STORES):
            number = articles + extra
            article = archived_article(analyses[number % distinct], number, articles)
            new_id, seconds = store(archive, pipeline, analyses[number % distinct], article)
            stored.append(seconds)
            template = templates[number % distinct]
            for copied, real in zip(index_rows(db, template), index_rows(db, new_id), strict=True):
                same += sum(a == b for a, b in zip(copied, real, strict=True))
                total += max(len(copied), len(real))
    return templates, stored, (same, total)


def forget_index(path: Path, article_ids: Sequence[int]) -> None:
    """The articles' analyses are archived but not indexed (as after an upgrade)."""
    with Archive(path) as archive, archive.batch():
        db = archive._db  # the benchmark reaches in: no public way to un-index, nor a need for one
        for table in ("entity_mentions", "claims", "figures", "knowledge_indexed"):
            db.conn.executemany(f"DELETE FROM {table} WHERE article_id = ?", [(i,) for i in article_ids])
    with Archive(path) as archive:
        # As an upgraded archive is found: its log copied into the file (not left for the
        # window's first write to copy).
        archive._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def background_indexing(path: Path) -> tuple[float, StallProbe, int, int]:
    """Seconds to index the pending analyses in the background, the event-loop stall probe that
    ran meanwhile, how many reading positions the window wrote, and how many were indexed."""
    app = QCoreApplication.instance() or QCoreApplication([])
    favour_the_window_thread()  # as in the app's window process
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
    indexed = 0

    def write() -> None:
        nonlocal writes
        window.set_reading_position(writes)
        writes += 1

    def finished(count: int) -> None:
        nonlocal indexed
        indexed = count
        loop.quit()

    def failed(message: str) -> None:
        print("indexing failed:", message)
        loop.quit()

    writing = QTimer()
    writing.timeout.connect(write)
    indexer.finished.connect(finished)
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
    return seconds, probe, writes, indexed


def timed(queries: Sequence[Callable[[], object]]) -> tuple[float, float]:
    """Median and worst milliseconds over each query asked ``REPEATS`` times."""
    timings = []
    for query in queries:
        for _ in range(REPEATS):
            begun = time.perf_counter()
            query()
            timings.append(1000 * (time.perf_counter() - begun))
    return statistics.median(timings), max(timings)


def report(what: str, queries: Sequence[Callable[[], object]], bar_ms: float | None) -> None:
    median, worst = timed(queries)
    verdict = "" if bar_ms is None else f" (bar ≤ {bar_ms:.0f} ms: {'met' if worst <= bar_ms else 'MISSED'})"
    print(f"  {what}: median {median:.1f} ms, worst {worst:.1f} ms{verdict}")


def queries(path: Path) -> None:
    with Archive(path, read_only=True) as archive:
        knowledge = archive.knowledge
        db = archive._db
        counts = {
            table: int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "entity_mentions", "claims", "figures", "entities")
        }
        print("archive: " + ", ".join(f"{count:,} {table}" for table, count in counts.items()))
        listing = knowledge.entities()
        everywhere = listing[:QUERIES]
        middle = len(listing) // 2
        typical = listing[middle : middle + QUERIES]
        rng = random.Random(7)
        article_ids = rng.sample([int(row[0]) for row in db.execute("SELECT id FROM articles")], QUERIES)
        print(
            f"names in the most articles: {', '.join(f'{e.name} ({e.article_count:,})' for e in everywhere)};"
            f" typical: {', '.join(f'{e.name} ({e.article_count:,})' for e in typical)}"
        )
        report("People & Organisations list", [knowledge.entities], 100)
        for kind, entities in (("name in almost every article", everywhere), ("typical name", typical)):
            report(
                f"entity page, {kind}",
                [lambda entity_id=e.id: knowledge.entity_page(entity_id) for e in entities],
                100,
            )
        for label, days in (("within a week", 7.0), ("any time", None)):
            report(
                f"related articles {label}",
                [
                    lambda article_id=a, days=days: knowledge.related_articles(article_id, days)
                    for a in article_ids
                ],
                100,
            )
        report(
            "'in N other articles' for each entity of an article",
            [lambda article_id=a: knowledge.article_entities(article_id) for a in article_ids],
            100,
        )
        report(
            "figure groups for an article (its figures other articles within a week give)",
            [lambda article_id=a: knowledge.figure_comparisons(article_id) for a in article_ids],
            100,
        )
        report(
            "figures of an article others contradict (the article's Figures tab)",
            [lambda article_id=a: knowledge.disagreements(article_id) for a in article_ids],
            100,
        )
        # Asked once: seconds, not milliseconds, and no bar in the issue (it runs on a worker).
        begun = time.perf_counter()
        found = knowledge.figure_disagreements()
        print(
            f"  figure disagreements list, whole archive, a week: {time.perf_counter() - begun:.1f} s"
            f" ({len(found):,} groups of {sum(len(group.figures) for group in found):,} figures)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000, help="archive size (default 10,000)")
    arguments = parser.parse_args()
    articles = max(arguments.articles, 1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "knowledge.sqlite3"
        templates, stored, same = build(path, articles)
        ms = sorted(1000 * s for s in stored)
        print(
            f"  storing + indexing one analysed article (the window's background writer) at {articles:,} articles: median"
            f" {statistics.median(ms):.1f} ms, worst {ms[-1]:.1f} ms (bar ≤ 50 ms:"
            f" {'met' if ms[-1] <= 50 else 'MISSED'}); {same[0]:,} of the {same[1]:,} index rows they wrote equal"
            " their bulk copies' (the others: a lone surname the archive now knows several people by is"
            " nobody in particular, it was someone when the copied article was indexed)"
        )
        queries(path)
        forget_index(path, templates)
        seconds, probe, writes, indexed = background_indexing(path)
        print(
            f"  background indexing of {indexed:,} archived analyses at full size: {seconds:.1f} s"
            f" ({1000 * seconds / max(indexed, 1):.1f} ms an article) while the window wrote {writes}"
            " reading positions"
        )
        print(probe.report(f"background indexing of {indexed:,} archived analyses"))


if __name__ == "__main__":
    main()
