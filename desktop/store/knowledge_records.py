"""Plain records of what the archive knows across articles: entities, their mentions, claims."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntitySummary:
    """One person, organisation or place of the archive, as the People view lists it."""

    id: int
    name: str
    label: str
    article_count: int
    claim_count: int


@dataclass(frozen=True)
class EntityArticle:
    """An article that mentions an entity; ``first_start``/``first_end`` is its first mention."""

    article_id: int
    title: str
    outlet: str
    date: str
    mentions: int
    first_start: int
    first_end: int


@dataclass(frozen=True)
class ArchivedClaim:
    """A claim stored from an article's analysis; offsets are into that article's text."""

    id: int
    article_id: int
    article_title: str
    date: str
    source_name: str | None
    kind: str
    text: str
    cue: str | None
    hedges: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class EntityPage:
    """What the archive knows about one entity: its first articles and claims (all of them
    when asked for all); ``entity`` counts its articles and claims made, ``claims_about_count``
    the claims mentioning it."""

    entity: EntitySummary
    # the names it goes by in the articles, the canonical one first
    names: tuple[str, ...]
    articles: tuple[EntityArticle, ...]
    claims_by: tuple[ArchivedClaim, ...]
    claims_about: tuple[ArchivedClaim, ...]
    claims_about_count: int


@dataclass(frozen=True)
class RelatedArticle:
    """An archived article sharing entities with another one."""

    article_id: int
    title: str
    outlet: str
    date: str
    shared_entities: int
    shared_names: tuple[str, ...]


@dataclass(frozen=True)
class ArchivedFigure:
    """A figure stored from an article's analysis; offsets are into that article's text."""

    id: int
    article_id: int
    article_title: str
    date: str
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    topic: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class FigureComparison:
    """A figure and the figures of other articles describing the same thing: the same topic,
    a name in common in their sentences, dates close together. ``disagreeing`` are those whose
    values cannot both be right, even allowing for their qualifiers."""

    figure: ArchivedFigure
    others: tuple[ArchivedFigure, ...]
    disagreeing: tuple[ArchivedFigure, ...]


@dataclass(frozen=True)
class FigureGroup:
    """Figures of several articles describing the same thing (in date order), at least two of
    which disagree."""

    topic: str
    figures: tuple[ArchivedFigure, ...]
