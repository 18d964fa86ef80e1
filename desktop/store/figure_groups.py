"""Figures across articles: which describe the same thing, and which of those disagree.

Two figures describe the same thing when they have the same topic (what they count, else
their kind and SI unit), their sentences name a common person, organisation or place, and
their articles are close in time. They disagree when no value satisfies both, each read with
its qualifier (:mod:`desktop.store.figure_values`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from sqlite_utils import Database

from desktop.core.article import article_name
from desktop.core.hand_over import handing_over
from desktop.nlp.model import MEASURED_KINDS, Figure
from desktop.store.figure_sweep import Member, sweep
from desktop.store.figure_values import Bounds, agree_bounds, bounds
from desktop.store.knowledge_records import ArchivedFigure, FigureComparison, FigureGroup
from desktop.store.named_spans import NamedSpans
from desktop.store.sql_rows import PUBLISHED_SQL

DEFAULT_WINDOW_DAYS = 7.0
# An article's figures are compared with those of the articles of its days up to this window
# (beyond, with every figure naming the same people, fewer than a year's articles).
WINDOW_SCAN_MAX_DAYS = 31.0
# The opening of an article's text, only read when it has no title to be named by (reading
# every article's text would cost most of a long listing).
OPENING_WHEN_UNTITLED = "CASE WHEN coalesce(a.title, '') = '' THEN substr(a.text, 1, 200) ELSE '' END"
_FIGURE_COLUMNS = (
    f"f.id, f.article_id, a.title, a.source, {OPENING_WHEN_UNTITLED},"
    f" coalesce({PUBLISHED_SQL}, a.added_at),"
    " f.text, f.value, f.low, f.high, f.qualifier, f.topic, f.sentence, f.pos_start, f.pos_end"
)


def figure_topic(figure: Figure) -> str | None:
    """What ``figure`` measures, for comparison; None when it cannot be compared: an amount
    is compared only with amounts of the same thing ("money:USD:repair"), a rate only with
    rates per the same unit ("money:USD/barrel:crude"). An amount of nothing named ("it will
    cost $5 million") would otherwise be set against every other amount of that currency
    naming the same people: the oil price against the cost of a trade war."""
    if figure.counts:
        return f"counts:{figure.counts.casefold()}"
    unit = unit_topic(figure)
    if unit is None or not figure.measures:
        return None
    return f"{unit}{'/' + figure.per if figure.per else ''}:{figure.measures.casefold()}"


def unit_topic(figure: Figure) -> str | None:
    """An amount's kind and unit ("money:USD"), or None for a figure that is no amount."""
    if figure.kind in MEASURED_KINDS and (figure.si is not None or figure.unit):
        return f"{figure.kind}:{figure.si.unit if figure.si is not None else figure.unit}"
    return None


def topic_name(topic: str) -> str:
    """ "counts:people" → "people"; "money:USD:repair" → "repair (USD)"; "money:USD/barrel:crude"
    → "crude (USD per barrel)"; "money:USD/each:repair" → "repair (USD each)"; a topic stored before amounts named their thing, "money:USD" →
    "money (USD)"."""
    kind, _, rest = topic.partition(":")
    if kind == "counts":
        return rest
    unit, _, thing = rest.partition(":")
    unit = unit.replace("/each", " each").replace("/", " per ")
    return f"{thing} ({unit})" if thing else f"{kind} ({unit})"


def insert_figures(
    db: Database,
    article_id: int,
    figures: Sequence[Figure],
    named: NamedSpans,
) -> None:
    """Store the article's figures and the names in each figure's sentence."""
    for figure in handing_over(figures):
        topic = figure_topic(figure)
        si = figure.si
        cursor = db.execute(
            "INSERT INTO figures (article_id, kind, text, value, low, high, unit, counts, qualifier, si_value,"
            " si_unit, topic, sentence, pos_start, pos_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id, figure.kind, figure.text, figure.value, figure.low, figure.high, figure.unit,
                figure.counts, figure.qualifier, None if si is None else si.value, None if si is None else si.unit,
                topic, figure.sentence.text, figure.start, figure.end,
            ],
        )  # fmt: skip
        if topic is None:
            continue
        sentence = figure.sentence
        db.conn.executemany(
            "INSERT OR IGNORE INTO figure_entities (figure_id, entity_id, topic) VALUES (?, ?, ?)",
            [
                (cursor.lastrowid, entity_id, topic)
                for entity_id in named.entities_within(sentence.start, sentence.end)
            ],
        )


def interval(figure: ArchivedFigure) -> Bounds:
    """The values ``figure`` allows: (low, high, low included, high included)."""
    return bounds(figure.value, figure.low, figure.high, figure.qualifier)


def agree(first: ArchivedFigure, second: ArchivedFigure) -> bool:
    """Whether some value satisfies both figures, qualifiers and ranges included."""
    return agree_bounds(interval(first), interval(second))


def comparisons(db: Database, article_id: int | None, within_days: float | None) -> list[FigureComparison]:
    """Each figure (of one article, or of every article) with the figures of other articles
    that describe the same thing; only figures that have such others."""
    rows = (
        _pairs_in_window(db, article_id, within_days)
        if article_id is not None and within_days is not None and within_days <= WINDOW_SCAN_MAX_DAYS
        else db.execute(
            "SELECT DISTINCT fe.figure_id, oe.figure_id FROM figure_entities fe"
            " JOIN figure_entities oe ON oe.entity_id = fe.entity_id AND oe.topic = fe.topic"
            " AND oe.figure_id != fe.figure_id"
            " JOIN figures f ON f.id = fe.figure_id JOIN figures o ON o.id = oe.figure_id"
            " JOIN knowledge_indexed kf ON kf.article_id = f.article_id"
            " JOIN knowledge_indexed ko ON ko.article_id = o.article_id"
            " WHERE (:article IS NULL OR f.article_id = :article) AND o.article_id != f.article_id"
            " AND (:days IS NULL OR abs(ko.day - kf.day) <= :days)",
            {"article": article_id, "days": within_days},
        ).fetchall()
    )
    others: dict[int, list[int]] = defaultdict(list)
    for figure_id, other_id in rows:
        others[int(figure_id)].append(int(other_id))
    figures = _figures(db, {*others, *(other for ids in others.values() for other in ids)})
    found: list[FigureComparison] = []
    for figure_id, other_ids in others.items():
        figure = figures[figure_id]
        listed = tuple(
            sorted((figures[other] for other in other_ids), key=lambda f: (f.date, f.article_id, f.start))
        )
        found.append(FigureComparison(figure, listed, tuple(o for o in listed if not agree(figure, o))))
    found.sort(key=lambda c: (c.figure.date, c.figure.article_id, c.figure.start))
    return found


def _pairs_in_window(db: Database, article_id: int, within_days: float) -> list[tuple[int, int]]:
    """(figure of the article, figure of another article describing the same thing) for the
    articles dated within ``within_days`` of it: read from those articles' figures, which are
    few, rather than from every figure naming the same people (thousands for a name met in
    every article)."""
    return db.execute(
        "WITH mine AS (SELECT fe.figure_id, fe.entity_id, fe.topic, kf.day FROM figures f"
        "  JOIN figure_entities fe ON fe.figure_id = f.id JOIN knowledge_indexed kf ON kf.article_id = f.article_id"
        "  WHERE f.article_id = :article)"
        " SELECT DISTINCT mine.figure_id, oe.figure_id"
        " FROM knowledge_indexed ko INDEXED BY knowledge_indexed_day CROSS JOIN figures o ON o.article_id = ko.article_id"
        " CROSS JOIN figure_entities oe ON oe.figure_id = o.id"
        " CROSS JOIN mine ON mine.entity_id = oe.entity_id AND mine.topic = oe.topic"
        " WHERE ko.day BETWEEN (SELECT min(day) FROM mine) - :days AND (SELECT max(day) FROM mine) + :days"
        " AND ko.article_id != :article AND abs(ko.day - mine.day) <= :days",
        {"article": article_id, "days": within_days},
    ).fetchall()


def disagreement_groups(db: Database, within_days: float | None) -> list[FigureGroup]:
    """The archive's figures that describe the same thing, gathered into groups (figures linked
    through comparisons), keeping the groups in which some figures disagree; newest first."""
    rows = db.execute(
        "SELECT fe.entity_id, fe.topic, fe.figure_id, f.article_id, k.day, f.value, f.low, f.high, f.qualifier"
        " FROM figure_entities fe JOIN figures f ON f.id = fe.figure_id"
        " JOIN knowledge_indexed k ON k.article_id = f.article_id ORDER BY fe.entity_id, fe.topic"
    ).fetchall()
    buckets = (
        [Member(*row[2:]) for row in bucket] for _, bucket in groupby(rows, key=lambda row: (row[0], row[1]))
    )
    ids = sweep(buckets, within_days).groups()
    figures = _figures(db, {figure_id for group in ids for figure_id in group})
    groups = [
        FigureGroup(group[0].topic, tuple(group))
        for group in (sorted((figures[i] for i in group), key=_in_date_order) for group in ids)
    ]
    # Groups of the same last date in the order of their first figures, as the pairs list them.
    groups.sort(key=lambda g: _in_date_order(g.figures[0]))
    groups.sort(key=lambda g: (g.figures[-1].date, g.figures[-1].article_id), reverse=True)
    return groups


def _in_date_order(figure: ArchivedFigure) -> tuple[str, int, int]:
    return figure.date, figure.article_id, figure.start


def _figures(db: Database, ids: set[int]) -> dict[int, ArchivedFigure]:
    found: dict[int, ArchivedFigure] = {}
    ordered = sorted(ids)
    # SQLite's limit on host parameters is far above this.
    for begin in range(0, len(ordered), 500):
        chunk = ordered[begin : begin + 500]
        rows = db.execute(
            f"SELECT {_FIGURE_COLUMNS} FROM figures f JOIN articles a ON a.id = f.article_id"
            f" WHERE f.id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for row in rows:
            found[int(row[0])] = _archived_figure(row)
    return found


def _archived_figure(row: Sequence[Any]) -> ArchivedFigure:
    return ArchivedFigure(
        row[0], row[1], article_name(row[2], row[3], row[4]), str(row[5]), row[6], row[7], row[8], row[9],
        row[10], row[11], row[12], row[13], row[14],
    )  # fmt: skip
