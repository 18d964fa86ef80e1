"""The archive's memory across articles: who is mentioned where, who claimed what, which figures.

Filled from each analysis as it is stored (:func:`index_analysis`, inside the same transaction)
and, after an upgrade, for analyses archived before (:meth:`Knowledge.index_pending`, one
article per transaction, meant for a background thread with its own connection).

An entity is a (canonical name, label) pair shared by every article that mentions it: a name
is matched to one already known by the aliases the user made by hand, then exactly, then
fuzzily among names of the same label ("Zelenskyy" and "Volodymyr Zelensky" are one person; a
surname alone joins the one full name it fits). The fullest name met becomes the canonical one.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Concatenate, ParamSpec, TypeVar
from urllib.parse import urlsplit

from rapidfuzz import fuzz
from sqlite_utils import Database

from desktop.core.article import article_name
from desktop.core.entity_names import display_name, surname_owners
from desktop.core.hand_over import handing_over
from desktop.nlp.model import Analysis, Claim
from desktop.nlp.serialization import analysis_from_json
from desktop.store.figure_groups import (
    DEFAULT_WINDOW_DAYS,
    OPENING_WHEN_UNTITLED,
    comparisons,
    disagreement_groups,
    insert_figures,
)
from desktop.store.knowledge_records import (
    ArchivedClaim,
    EntityArticle,
    EntityPage,
    EntitySummary,
    FigureComparison,
    FigureGroup,
    RelatedArticle,
)
from desktop.store.named_spans import NamedSpans
from desktop.store.records import ArchiveError, NotFoundError
from desktop.store.sql_rows import PUBLISHED_SQL, SITE_SQL

# Labels of names worth following across articles (numbers, dates and amounts are not).
NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# When a claim's source is a name found in several labels, the likelier speaker wins.
_SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
# rapidfuzz ratios (0–100) above which two spellings are one name: "Zelensky"/"Zelenskyy" is 94,
# "Smith"/"Smyth" 80, "Vasquez"/"Velasquez" 87.5.
SURNAME_MIN_SIMILARITY = 88.0
NAME_MIN_SIMILARITY = 94.0
# The pause between two articles indexed in the background, for other writers to go first.
HAND_OVER_SECONDS = 0.001
# Articles indexed in the background between two checkpoints of the write-ahead log.
CHECKPOINT_EVERY = 100
# The rows of each list an entity page holds at first (the window shows more on request).
ENTITY_PAGE_ROWS = 200
# A list of more rows than this, of which only the first are asked for, is read in date order
# from the articles' date index (else gathered whole and sorted).
_DATE_SCAN_ABOVE = 1_000
# Related articles at any time are looked for from the article's rarest entities up while they
# lead to at most this many articles.
_RELATED_CANDIDATES = 2_000
# How much of the last word files a name for fuzzy matching.
_NAME_KEY_LENGTH = 4
# An article's date: its published date when it has one, else when it was archived.
_ARTICLE_DATE = f"coalesce({PUBLISHED_SQL}, a.added_at)"
_ARTICLE_DAY = f"coalesce(julianday({PUBLISHED_SQL}), julianday(a.added_at))"
_ARTICLE_COLUMNS = f"a.id, a.title, a.source, {OPENING_WHEN_UNTITLED}, {SITE_SQL}, {_ARTICLE_DATE}"
_CLAIM_COLUMNS = (
    f"c.id, c.article_id, a.title, a.source, {OPENING_WHEN_UNTITLED}, {_ARTICLE_DATE},"
    " c.source_name, c.kind, c.text, c.cue, c.hedges, c.pos_start, c.pos_end"
)

_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")
Writing = Callable[[], AbstractContextManager[Database]]


def name_key(name: str) -> str:
    """Where fuzzy matching files a name: the first letters of its last word."""
    words = name.casefold().split()
    return words[-1][:_NAME_KEY_LENGTH] if words else ""


def index_analysis(db: Database, text_hash: str, json_text: str | bytes) -> bool:
    """Index the stored analysis of the article whose text has ``text_hash``, replacing what
    was indexed for it before. False when no article has that text or the JSON is not a
    stored analysis (the article then stays as it was)."""
    return index_parsed(db, text_hash, _parsed(json_text))


def index_parsed(db: Database, text_hash: str, analysis: Analysis | None) -> bool:
    """:func:`index_analysis` of an analysis already parsed (None: it could not be)."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [text_hash]).fetchone()
    if row is None:
        return False
    article_id = int(row[0])
    if analysis is None:
        _mark_indexed(db, article_id, text_hash)
        return False
    index_article(db, article_id, text_hash, analysis)
    return True


def _parsed(json_text: str | bytes) -> Analysis | None:
    try:
        return analysis_from_json(json_text)
    except ValueError:
        return None


def index_article(db: Database, article_id: int, text_hash: str, analysis: Analysis) -> None:
    """Replace the article's entities, claims and figures with those of ``analysis``."""
    _forget_article(db, article_id)
    mentions = _named_mentions(analysis)
    entity_ids = {key: resolve_entity(db, key[1], key[0]) for key in handing_over(mentions)}
    db.conn.executemany(
        "INSERT INTO entity_mentions (article_id, label, name, entity_id, mentions, first_start, first_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, label, name, entity_ids[(label, name)], len(spans), spans[0][0], spans[0][1])
            for (label, name), spans in mentions.items()
        ],
    )
    named = NamedSpans(mentions, entity_ids)
    for claim in handing_over(analysis.claims):
        _insert_claim(db, article_id, claim, named, entity_ids)
    insert_figures(db, article_id, analysis.figures, named)
    _mark_indexed(db, article_id, text_hash)


def resolve_entity(db: Database, name: str, label: str) -> int:
    """The id of the archive's entity called ``name`` (with ``label``), added if new."""
    row = (
        db.execute(
            "SELECT entity_id FROM entity_aliases WHERE name = ? AND label = ?", [name, label]
        ).fetchone()
        or db.execute("SELECT id FROM entities WHERE name = ? AND label = ?", [name, label]).fetchone()
    )
    if row is not None:
        return int(row[0])
    match = _fuzzy_match(db, name, label)
    if match is None:
        cursor = db.execute(
            "INSERT INTO entities (name, label, name_key) VALUES (?, ?, ?)", [name, label, name_key(name)]
        )
        return int(cursor.lastrowid or 0)
    entity_id, known_name = match
    if len(name.split()) > len(known_name.split()):
        # The fullest name met is the one the entity goes by.
        db.execute(
            "UPDATE entities SET name = ?, name_key = ? WHERE id = ?", [name, name_key(name), entity_id]
        )
    return entity_id


def prune_entities(db: Database) -> None:
    """Drop entities no article mentions any more (after an article is deleted), unless the
    user's merges or splits name them."""
    db.execute(
        "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = entities.id)"
        " AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.source_entity_id = entities.id)"
        " AND NOT EXISTS (SELECT 1 FROM claim_entities ce WHERE ce.entity_id = entities.id)"
        " AND NOT EXISTS (SELECT 1 FROM figure_entities fe WHERE fe.entity_id = entities.id)"
        " AND NOT EXISTS (SELECT 1 FROM entity_aliases al WHERE al.entity_id = entities.id)"
    )


def _reported(
    method: Callable[Concatenate[Knowledge, _Params], _Result],
) -> Callable[Concatenate[Knowledge, _Params], _Result]:
    """SQLite errors leave :class:`Knowledge` only as :class:`ArchiveError`."""

    @functools.wraps(method)
    def reporting(knowledge: Knowledge, /, *args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        try:
            return method(knowledge, *args, **kwargs)
        except sqlite3.Error as error:
            raise ArchiveError(
                f"the archive's index of people and claims could not be read: {error}"
            ) from error

    return reporting


class Knowledge:
    """Questions across the archive's articles, and the user's merges and splits of entities.
    Reached through :attr:`desktop.store.archive.Archive.knowledge`; ``writing`` is the
    archive's transaction."""

    def __init__(self, db: Database, writing: Writing) -> None:
        self._db = db
        self._writing = writing

    # -- indexing ---------------------------------------------------------------------------

    @_reported
    def article_indexed(self, article_id: int) -> bool:
        """Whether the article's current text is indexed (a book's analysis waits for the
        background indexer)."""
        row = self._db.execute(
            "SELECT 1 FROM knowledge_indexed k JOIN articles a ON a.id = k.article_id"
            " WHERE k.article_id = ? AND k.content_hash = a.content_hash",
            [article_id],
        ).fetchone()
        return row is not None

    @_reported
    def pending_count(self) -> int:
        """How many archived analyses are not indexed yet."""
        return len(self._pending_hashes())

    @_reported
    def index_pending(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        parsed: Mapping[str, Analysis] | None = None,
    ) -> int:
        """Index every archived analysis not indexed yet, one article per transaction so that
        other writers wait for at most one. Returns how many were indexed. ``parsed``: archived
        analyses the caller holds already, by text hash, used as they are (a book's stored JSON
        is megabytes, and parsing it again costs a quarter of a second and as many MB)."""
        pending = self._pending_hashes()
        indexed = 0
        for done, text_hash in enumerate(pending, start=1):
            if cancelled is not None and cancelled():
                break
            analysis: Analysis | None
            if parsed is not None and text_hash in parsed:
                analysis = parsed[text_hash]
            else:
                row = self._db.execute(
                    "SELECT json FROM analysis_cache WHERE text_hash = ? ORDER BY created_at DESC LIMIT 1",
                    [text_hash],
                ).fetchone()
                if row is None:
                    continue
                # Parsed before the write transaction, which then holds the archive the least time.
                analysis = _parsed(str(row[0]))
            with self._writing() as db:
                if index_parsed(db, text_hash, analysis):
                    indexed += 1
            if progress is not None:
                progress(done, len(pending))
            # Lets a writer waiting for the archive (the window) in before the next article.
            time.sleep(HAND_OVER_SECONDS)
            if done % CHECKPOINT_EVERY == 0:
                # Copies the write-ahead log into the file here, on this thread, so that the
                # window's next small write does not meet a long log to copy.
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return indexed

    def _pending_hashes(self) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT a.content_hash FROM articles a JOIN analysis_cache c ON c.text_hash = a.content_hash"
            " LEFT JOIN knowledge_indexed k ON k.article_id = a.id"
            " WHERE k.content_hash IS NULL OR k.content_hash != a.content_hash ORDER BY a.id"
        ).fetchall()
        return [str(row[0]) for row in rows]

    # -- reading ----------------------------------------------------------------------------

    @_reported
    def entities(self, search: str = "") -> list[EntitySummary]:
        """Every entity some article mentions (names containing ``search``), most articles first."""
        named = ""
        if search:
            named = (
                " AND (e.name LIKE :pattern ESCAPE '\\' OR e.id IN"
                "  (SELECT entity_id FROM entity_mentions WHERE name LIKE :pattern ESCAPE '\\'))"
            )
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._db.execute(
            "SELECT e.id, e.name, e.label, n.articles, (SELECT count(*) FROM claims c WHERE c.source_entity_id = e.id)"
            f" FROM entity_articles n JOIN entities e ON e.id = n.entity_id WHERE n.articles > 0{named}"
            " ORDER BY n.articles DESC, e.name COLLATE NOCASE, e.id",
            {"pattern": pattern},
        ).fetchall()
        return [EntitySummary(*row) for row in rows]

    @_reported
    def find_entity(self, name: str, label: str | None = None) -> int | None:
        """The entity a user means by ``name``: an alias, the canonical name or a name it goes
        by in some article (any case), else the closest fuzzy match; None if none."""
        name = display_name(name)
        labels = [label] if label else [*_SPEAKER_LABELS, *sorted(NAMED_LABELS - set(_SPEAKER_LABELS))]
        for candidate_label in labels:
            row = (
                self._db.execute(
                    "SELECT entity_id FROM entity_aliases WHERE name = ? COLLATE NOCASE AND label = ?",
                    [name, candidate_label],
                ).fetchone()
                or self._db.execute(
                    "SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND label = ?",
                    [name, candidate_label],
                ).fetchone()
                or self._db.execute(
                    "SELECT entity_id FROM entity_mentions WHERE name = ? COLLATE NOCASE AND label = ?"
                    " GROUP BY entity_id ORDER BY sum(mentions) DESC",
                    [name, candidate_label],
                ).fetchone()
            )
            if row is not None:
                return int(row[0])
        for candidate_label in labels:
            match = _fuzzy_match(self._db, name, candidate_label)
            if match is not None:
                return match[0]
        return None

    @_reported
    def labels_named(self, name: str) -> list[str]:
        """The labels the archived articles give exactly ``name`` (any case): "Derna" a place in
        most and, in one headline, a person."""
        rows = self._db.execute(
            "SELECT DISTINCT label FROM entity_mentions WHERE name = ? COLLATE NOCASE ORDER BY label",
            [display_name(name)],
        ).fetchall()
        return [str(row[0]) for row in rows]

    @_reported
    def entity(self, entity_id: int) -> EntitySummary:
        row = self._db.execute(
            "SELECT e.id, e.name, e.label,"
            " (SELECT count(DISTINCT article_id) FROM entity_mentions m WHERE m.entity_id = e.id),"
            " (SELECT count(*) FROM claims c WHERE c.source_entity_id = e.id)"
            " FROM entities e WHERE e.id = ?",
            [entity_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no entity {entity_id} in the archive")
        return EntitySummary(*row)

    @_reported
    def entity_page(self, entity_id: int, limit: int | None = ENTITY_PAGE_ROWS) -> EntityPage:
        """The entity's articles (newest first), the claims it made and those that mention it
        (oldest first): the first ``limit`` of each (every one when None)."""
        entity = self.entity(entity_id)
        names = [
            str(row[0])
            for row in self._db.execute(
                "SELECT name FROM entity_mentions WHERE entity_id = ? GROUP BY name ORDER BY sum(mentions) DESC",
                [entity_id],
            )
        ]
        rows = -1 if limit is None else limit
        # A long list is read in date order from the articles' date index up to its first rows;
        # a short one is gathered from the entity's rows and sorted.
        page = (
            "SELECT a.id FROM articles a INDEXED BY articles_date WHERE EXISTS (SELECT 1 FROM entity_mentions m"
            f" WHERE m.entity_id = :entity AND m.article_id = a.id) ORDER BY {_ARTICLE_DATE} DESC, a.id DESC"
            " LIMIT :rows"
            if _long(entity.article_count, rows)
            else "SELECT DISTINCT article_id AS id FROM entity_mentions WHERE entity_id = :entity"
        )
        articles = [
            EntityArticle(row[0], _title(row), _outlet(row), str(row[5]), *row[6:])
            for row in self._db.execute(
                f"WITH page AS ({page}) SELECT {_ARTICLE_COLUMNS}, sum(m.mentions), min(m.first_start),"
                " min(m.first_end) FROM page CROSS JOIN articles a ON a.id = page.id"
                " CROSS JOIN entity_mentions m ON m.article_id = a.id AND m.entity_id = :entity"
                f" GROUP BY a.id ORDER BY {_ARTICLE_DATE} DESC, a.id DESC LIMIT :rows",
                {"entity": entity_id, "rows": rows},
            )
        ]
        claims_by = self._claims("c.source_entity_id = ?", [entity_id], entity.claim_count, rows)
        about = "c.id IN (SELECT claim_id FROM claim_entities WHERE entity_id = ?) AND coalesce(c.source_entity_id, 0) != ?"
        (claims_about_count,) = self._db.execute(
            "SELECT count(*) FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id WHERE ce.entity_id = ?"
            " AND coalesce(c.source_entity_id, 0) != ?",
            [entity_id, entity_id],
        ).fetchone()
        claims_about = self._claims(about, [entity_id, entity_id], int(claims_about_count), rows)
        ordered_names = tuple(dict.fromkeys([entity.name, *names]))
        return EntityPage(
            entity,
            ordered_names,
            tuple(articles),
            tuple(claims_by),
            tuple(claims_about),
            int(claims_about_count),
        )

    @_reported
    def article_entities(self, article_id: int) -> dict[tuple[str, str], tuple[int, int]]:
        """For each (label, name) the article mentions: its entity and in how many *other*
        articles that entity is mentioned."""
        # Every article mentioning the entity but this one.
        rows = self._db.execute(
            "SELECT m.label, m.name, m.entity_id, n.articles - 1 FROM entity_mentions m"
            " JOIN entity_articles n ON n.entity_id = m.entity_id WHERE m.article_id = ?",
            [article_id],
        ).fetchall()
        return {
            (str(label), str(name)): (int(entity_id), int(others)) for label, name, entity_id, others in rows
        }

    @_reported
    def related_articles(
        self, article_id: int, within_days: float | None = None, limit: int = 20
    ) -> list[RelatedArticle]:
        """Archived articles sharing the most entities with the article (the same story), dated
        at most ``within_days`` from it when given."""
        day = self._db.execute(
            "SELECT day FROM knowledge_indexed WHERE article_id = ?", [article_id]
        ).fetchone()
        found = None if within_days is not None else self._most_shared(article_id, limit)
        # Within a time window the few articles of those days are read; at any time, the
        # articles found from its rarest entities up, else every article mentioning one of them.
        ranked = (
            "SELECT json_extract(value, '$[0]') AS article_id, json_extract(value, '$[1]') AS shared"
            " FROM json_each(:found)"
            if found is not None
            else "SELECT k.article_id, count(DISTINCT m.entity_id) AS shared FROM knowledge_indexed k INDEXED BY knowledge_indexed_day"
            " CROSS JOIN entity_mentions m ON m.article_id = k.article_id"
            " WHERE k.day BETWEEN :day - :days AND :day + :days AND abs(k.day - :day) <= :days"
            " AND k.article_id != :id AND m.entity_id IN own GROUP BY k.article_id ORDER BY shared DESC, k.article_id DESC"
            if within_days is not None
            else "SELECT p.article_id, count(*) AS shared FROM (SELECT DISTINCT m.entity_id, m.article_id"
            " FROM own CROSS JOIN entity_mentions m ON m.entity_id = own.entity_id) p"
            " JOIN knowledge_indexed k ON k.article_id = p.article_id WHERE p.article_id != :id"
            " GROUP BY p.article_id ORDER BY shared DESC, p.article_id DESC"
        )
        rows = self._db.execute(
            "WITH own AS (SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id = :id),"
            f" ranked AS ({ranked} LIMIT :limit)"
            f" SELECT {_ARTICLE_COLUMNS}, r.shared,"
            "  (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT e.name FROM entity_mentions m"
            "   JOIN own ON own.entity_id = m.entity_id JOIN entities e ON e.id = m.entity_id"
            "   WHERE m.article_id = r.article_id ORDER BY e.name COLLATE NOCASE))"
            f" FROM ranked r JOIN articles a ON a.id = r.article_id ORDER BY r.shared DESC, {_ARTICLE_DATE} DESC",
            {
                "id": article_id,
                "days": within_days,
                "limit": limit,
                "day": day[0] if day is not None else None,
                "found": json.dumps(found),
            },
        ).fetchall()
        return [
            RelatedArticle(
                row[0],
                _title(row),
                _outlet(row),
                str(row[5]),
                int(row[6]),
                tuple(str(row[7]).split("\x1f")),
            )
            for row in rows
        ]

    def _most_shared(self, article_id: int, limit: int) -> list[tuple[int, int]] | None:
        """The ``limit`` indexed articles sharing the most entities with the article, with how
        many (ties: the later article first), read from its rarest entities up: an article none
        of the first k entities found shares at most the others, so the search stops once the
        ``limit``-th found shares more. None when the rare entities lead to more than
        ``_RELATED_CANDIDATES`` articles (counting over every mention is then quicker)."""
        if limit <= 0:
            return []
        own = [
            int(row[0])
            for row in self._db.execute(
                "SELECT m.entity_id FROM (SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id = ?) m"
                " JOIN entity_articles n ON n.entity_id = m.entity_id ORDER BY n.articles, m.entity_id",
                [article_id],
            )
        ]
        shared: dict[int, int] = {}
        best: list[tuple[int, int]] = []
        for read, entity_id in enumerate(own, start=1):
            new = [
                int(row[0])
                for row in self._db.execute(
                    "SELECT DISTINCT m.article_id FROM entity_mentions m JOIN knowledge_indexed k"
                    " ON k.article_id = m.article_id WHERE m.entity_id = ? AND m.article_id != ?",
                    [entity_id, article_id],
                )
                if int(row[0]) not in shared
            ]
            if len(shared) + len(new) > _RELATED_CANDIDATES:
                return None
            shared.update(
                (int(other), int(count))
                for other, count in self._db.execute(
                    "SELECT article_id, count(DISTINCT entity_id) FROM entity_mentions"
                    " WHERE article_id IN (SELECT value FROM json_each(?)) AND entity_id IN"
                    " (SELECT entity_id FROM entity_mentions WHERE article_id = ?) GROUP BY article_id",
                    [json.dumps(new), article_id],
                )
            )
            best = sorted(shared.items(), key=lambda item: (-item[1], -item[0]))[:limit]
            if len(best) == limit and best[-1][1] > len(own) - read:
                break
        return best

    @_reported
    def figure_comparisons(
        self, article_id: int | None = None, within_days: float | None = DEFAULT_WINDOW_DAYS
    ) -> list[FigureComparison]:
        """The figures of an article (of every article when None) that other articles within
        ``within_days`` also give, with those articles' values and which of them disagree."""
        return comparisons(self._db, article_id, within_days)

    @_reported
    def disagreements(
        self, article_id: int | None = None, within_days: float | None = DEFAULT_WINDOW_DAYS
    ) -> list[FigureComparison]:
        """Only the figures some other article contradicts."""
        return [c for c in comparisons(self._db, article_id, within_days) if c.disagreeing]

    @_reported
    def figure_disagreements(self, within_days: float | None = DEFAULT_WINDOW_DAYS) -> list[FigureGroup]:
        """Groups of figures that describe the same thing and disagree, across the archive."""
        return disagreement_groups(self._db, within_days)

    def _claims(self, where: str, params: Sequence[Any], count: int, limit: int) -> list[ArchivedClaim]:
        """The first ``limit`` (-1: all) of the ``count`` claims ``where`` picks, in date order."""
        source = (
            "articles a INDEXED BY articles_date CROSS JOIN claims c ON c.article_id = a.id"
            if _long(count, limit)
            else "claims c JOIN articles a ON a.id = c.article_id"
        )
        rows = self._db.execute(
            f"SELECT {_CLAIM_COLUMNS} FROM {source} WHERE {where}"
            f" ORDER BY {_ARTICLE_DATE}, c.article_id, c.pos_start LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            ArchivedClaim(
                row[0],
                row[1],
                article_name(row[2], row[3], row[4]),
                str(row[5]),
                row[6],
                row[7],
                row[8],
                row[9],
                tuple(json.loads(row[10])),
                row[11],
                row[12],
            )
            for row in rows
        ]

    # -- the user's corrections -------------------------------------------------------------

    @_reported
    def merge_entities(self, keep_id: int, merged_id: int) -> None:
        """Make ``merged_id`` part of ``keep_id``: its names become aliases of it, for good."""
        if keep_id == merged_id:
            return
        with self._writing() as db:
            _entity_row(db, keep_id)
            merged = _entity_row(db, merged_id)
            names = {merged[1]} | {
                str(row[0])
                for row in db.execute("SELECT name FROM entity_mentions WHERE entity_id = ?", [merged_id])
            }
            db.execute("UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ?", [keep_id, merged_id])
            db.conn.executemany(
                "INSERT OR REPLACE INTO entity_aliases (name, label, entity_id) VALUES (?, ?, ?)",
                [(name, merged[2], keep_id) for name in names],
            )
            db.execute("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", [keep_id, merged_id])
            db.execute(
                "UPDATE claims SET source_entity_id = ? WHERE source_entity_id = ?", [keep_id, merged_id]
            )
            db.execute(
                "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id)"
                " SELECT claim_id, ? FROM claim_entities WHERE entity_id = ?",
                [keep_id, merged_id],
            )
            db.execute("DELETE FROM claim_entities WHERE entity_id = ?", [merged_id])
            db.execute(
                "INSERT OR IGNORE INTO figure_entities (figure_id, entity_id, topic)"
                " SELECT figure_id, ?, topic FROM figure_entities WHERE entity_id = ?",
                [keep_id, merged_id],
            )
            db.execute("DELETE FROM figure_entities WHERE entity_id = ?", [merged_id])
            db.execute("DELETE FROM entities WHERE id = ?", [merged_id])

    @_reported
    def split_name(self, entity_id: int, name: str) -> int:
        """Take the articles' name ``name`` out of the entity into an entity of its own, for
        good; returns the new entity's id. ValueError when the entity has no other name."""
        with self._writing() as db:
            _, canonical, label = _entity_row(db, entity_id)
            names = [
                str(row[0])
                for row in db.execute(
                    "SELECT name FROM entity_mentions WHERE entity_id = ? GROUP BY name ORDER BY sum(mentions) DESC",
                    [entity_id],
                )
            ]
            remaining = [other for other in names if other != name]
            if name not in names or not remaining:
                raise ValueError(f"{canonical!r} has no other name than {name!r} to keep")
            if canonical == name:
                fullest = max(remaining, key=lambda other: len(other.split()))
                db.execute(
                    "UPDATE entities SET name = ?, name_key = ? WHERE id = ?",
                    [fullest, name_key(fullest), entity_id],
                )
            cursor = db.execute(
                "INSERT INTO entities (name, label, name_key) VALUES (?, ?, ?)", [name, label, name_key(name)]
            )
            new_id = int(cursor.lastrowid or 0)
            db.execute(
                "INSERT OR REPLACE INTO entity_aliases (name, label, entity_id) VALUES (?, ?, ?)",
                [name, label, new_id],
            )
            moved_articles = [
                int(row[0])
                for row in db.execute(
                    "SELECT article_id FROM entity_mentions WHERE entity_id = ? AND name = ?",
                    [entity_id, name],
                )
            ]
            db.execute(
                "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ? AND name = ?",
                [new_id, entity_id, name],
            )
            db.execute(
                "UPDATE claims SET source_entity_id = ? WHERE source_entity_id = ? AND source_name = ?",
                [new_id, entity_id, name],
            )
            for article_id in moved_articles:
                # Claims of an article where only the split name stood for the entity go with it.
                still_mentioned = db.execute(
                    "SELECT 1 FROM entity_mentions WHERE article_id = ? AND entity_id = ?",
                    [article_id, entity_id],
                ).fetchone()
                if still_mentioned is None:
                    db.execute(
                        "UPDATE claim_entities SET entity_id = ? WHERE entity_id = ?"
                        " AND claim_id IN (SELECT id FROM claims WHERE article_id = ?)",
                        [new_id, entity_id, article_id],
                    )
                    db.execute(
                        "UPDATE figure_entities SET entity_id = ? WHERE entity_id = ?"
                        " AND figure_id IN (SELECT id FROM figures WHERE article_id = ?)",
                        [new_id, entity_id, article_id],
                    )
            return new_id


def _entity_row(db: Database, entity_id: int) -> tuple[int, str, str]:
    row = db.execute("SELECT id, name, label FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no entity {entity_id} in the archive")
    return int(row[0]), str(row[1]), str(row[2])


def _long(count: int, limit: int) -> bool:
    """Whether a list of ``count`` rows, of which the first ``limit`` (-1: all) are read, is
    read in date order from the articles' date index."""
    return 0 <= limit < count and count > _DATE_SCAN_ABOVE


def _title(row: Sequence[Any]) -> str:
    return article_name(row[1], row[2], row[3])


def _outlet(row: Sequence[Any]) -> str:
    """The site's name from the article's metadata, else the web address's host, else ''."""
    if row[4]:
        return str(row[4])
    source = row[2]
    return (urlsplit(source).hostname or "") if source and "://" in source else ""


def _forget_article(db: Database, article_id: int) -> None:
    db.execute("DELETE FROM entity_mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM figures WHERE article_id = ?", [article_id])


def _mark_indexed(db: Database, article_id: int, text_hash: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO knowledge_indexed (article_id, content_hash, day)"
        f" SELECT a.id, ?, {_ARTICLE_DAY} FROM articles a WHERE a.id = ?",
        [text_hash, article_id],
    )


def _named_mentions(analysis: Analysis) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(label, name) → mention spans in text order, surnames folded into full names."""
    mentions: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for entity in analysis.entities:
        if entity.label in NAMED_LABELS and (name := display_name(entity.text)):
            mentions[(entity.label, name)].append((entity.start, entity.end))
    people = [name for label, name in mentions if label == "PERSON"]
    for surname, full_name in surname_owners(people).items():
        mentions[("PERSON", full_name)] += mentions.pop(("PERSON", surname))
    return {key: sorted(spans) for key, spans in mentions.items()}


def _insert_claim(
    db: Database,
    article_id: int,
    claim: Claim,
    named: NamedSpans,
    entity_ids: dict[tuple[str, str], int],
) -> None:
    source_name = None
    source_id = None
    if claim.source is not None:
        source_name = display_name(claim.source.name or claim.source.text)
        source_id = _speaker(source_name, entity_ids)
    cursor = db.execute(
        "INSERT INTO claims (article_id, source_entity_id, source_name, kind, text, cue, hedges, pos_start, pos_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article_id, source_id, source_name, claim.kind, claim.content.text,
            None if claim.cue is None else claim.cue.text,
            json.dumps([hedge.text for hedge in claim.hedges], ensure_ascii=False), claim.start, claim.end,
        ],
    )  # fmt: skip
    claim_id = int(cursor.lastrowid or 0)
    content = claim.content
    mentioned = named.entities_within(content.start, content.end) - {source_id}
    db.conn.executemany(
        "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id) VALUES (?, ?)",
        [(claim_id, entity_id) for entity_id in mentioned],
    )


def _speaker(name: str, entity_ids: dict[tuple[str, str], int]) -> int | None:
    """The entity a claim's source names, among the article's, likeliest label first."""
    for label in _SPEAKER_LABELS:
        if (label, name) in entity_ids:
            return entity_ids[(label, name)]
    surname = name.split()[-1] if name.split() else ""
    owners = [key for key in entity_ids if key[0] == "PERSON" and key[1].split()[-1] == surname]
    return entity_ids[owners[0]] if len(owners) == 1 else None


def _fuzzy_match(db: Database, name: str, label: str) -> tuple[int, str] | None:
    """The one known entity of ``label`` whose name is a spelling of ``name``, with that name."""
    words = name.casefold().split()
    if not words:
        return None
    candidates = db.execute(
        "SELECT id, name FROM entities WHERE label = ? AND name_key = ?", [label, name_key(name)]
    ).fetchall()
    scored: list[tuple[float, int, str]] = []
    for entity_id, known in candidates:
        known_words = str(known).casefold().split()
        if label == "PERSON":
            score = _same_person_score(words, known_words)
        else:
            score = fuzz.ratio(" ".join(words), " ".join(known_words))
            score = score if score >= NAME_MIN_SIMILARITY else 0.0
        if score:
            scored.append((score, int(entity_id), str(known)))
    if not scored:
        return None
    scored.sort(reverse=True)
    if label == "PERSON" and min(len(words), min(len(s[2].split()) for s in scored)) == 1 and len(scored) > 1:
        # A surname that fits several people is nobody in particular.
        return None
    return scored[0][1], scored[0][2]


def _same_person_score(words: list[str], known_words: list[str]) -> float:
    """How alike two people's names are (0 when they are different people): the surnames are
    spellings of each other, and the first names agree when both have one."""
    surname_score = fuzz.ratio(words[-1], known_words[-1])
    if surname_score < SURNAME_MIN_SIMILARITY:
        return 0.0
    if len(words) > 1 and len(known_words) > 1:
        first, known_first = words[0].rstrip("."), known_words[0].rstrip(".")
        same_first = first == known_first or (
            min(len(first), len(known_first)) == 1 and first[0] == known_first[0]
        )
        if not same_first:
            return 0.0
    return float(surname_score)
