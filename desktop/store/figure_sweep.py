"""The archive's figures gathered into groups, and which of them some other figure contradicts,
without listing every pair of figures that describe the same thing (a name met in every article
makes millions of pairs).

Figures describe the same thing when they share a bucket (a name in their sentences and a
topic) and their articles are dated within the window of each other. Within a bucket the
articles in date order fall into runs whose neighbours are within the window: all the figures
of a run of two articles or more are linked, through one another. A figure is contradicted when
some figure of another article in its window shares no value with it; for intervals that is
the one with the lowest upper end or the one with the highest lower end, so only those two are
compared (and any figure that allows no value at all, which agrees with nothing).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from desktop.store.figure_values import Bounds, agree_bounds, bounds


class Member(NamedTuple):
    """A figure as one bucket holds it."""

    figure_id: int
    article_id: int
    day: float
    value: float
    low: float | None
    high: float | None
    qualifier: str | None


# The best figures of at most two articles, as (sort key, article id, bounds): enough to find
# the best of an article other than any one given.
_Best = list[tuple[tuple[float, bool], int, Bounds]]


class _Day(NamedTuple):
    """What the figures of one day of a bucket offer to the figures of other articles."""

    lowest_high: _Best
    highest_low: _Best
    # Articles with a figure allowing no value; articles with any figure (at most two each).
    empty: list[int]
    present: list[int]


class Sweep:
    """Union-find over figure ids, and the contradicted figures, filled bucket by bucket."""

    def __init__(self, within_days: float | None) -> None:
        self.within_days = within_days
        self.parent: dict[int, int] = {}
        self.contradicted: set[int] = set()

    def root(self, figure_id: int) -> int:
        parent = self.parent
        while parent.setdefault(figure_id, figure_id) != figure_id:
            parent[figure_id] = parent[parent[figure_id]]
            figure_id = parent[figure_id]
        return figure_id

    def groups(self) -> list[list[int]]:
        """The figure ids of each group holding a contradicted figure."""
        members: dict[int, list[int]] = {}
        for figure_id in self.parent:
            members.setdefault(self.root(figure_id), []).append(figure_id)
        return [ids for ids in members.values() if any(i in self.contradicted for i in ids)]

    def add_bucket(self, bucket: Sequence[Member]) -> None:
        """One bucket's figures."""
        articles = _articles(bucket)
        self._link(articles)
        by_day: dict[float, list[Member]] = {}
        for day, _, members in articles:
            by_day.setdefault(day, []).extend(members)
        days = list(by_day)
        summaries = [_summary(by_day[day]) for day in days]
        slack = 1.0 + (self.within_days or 0.0)
        for day in days:
            if self.within_days is None:
                window = summaries
            else:
                # The days within the window, looked up with some slack, then checked exactly.
                begin, end = bisect_left(days, day - slack), bisect_right(days, day + slack)
                window = [summaries[i] for i in range(begin, end) if self._close(day, days[i])]
            self._contradicted(by_day[day], _window(window))

    def _contradicted(self, members: Sequence[Member], window: _Day) -> None:
        """Mark the figures of one day that a figure of another article in ``window`` contradicts."""
        for member in members:
            article_id = member.article_id
            if all(a == article_id for a in window.present):
                continue  # nothing else in the window
            own = bounds(member.value, member.low, member.high, member.qualifier)
            lowest_high = _other(window.lowest_high, article_id)
            highest_low = _other(window.highest_low, article_id)
            if (
                any(a != article_id for a in window.empty)
                or _allows_nothing(own)
                or (lowest_high is not None and not agree_bounds(own, lowest_high))
                or (highest_low is not None and not agree_bounds(own, highest_low))
            ):
                self.contradicted.add(member.figure_id)

    def _close(self, day: float, other: float) -> bool:
        return self.within_days is None or abs(other - day) <= self.within_days

    def _link(self, articles: Sequence[tuple[float, int, list[Member]]]) -> None:
        """Join the figures of each run of two articles or more, dated within the window of
        their neighbours."""
        run: list[Member] = []
        run_articles = 0
        previous_day = -math.inf
        for day, _, members in articles:
            if run and not self._close(previous_day, day):
                self._join(run, run_articles)
                run, run_articles = [], 0
            run += members
            run_articles += 1
            previous_day = day
        self._join(run, run_articles)

    def _join(self, run: Sequence[Member], articles: int) -> None:
        if articles < 2:
            return
        first = self.root(run[0].figure_id)
        for member in run[1:]:
            self.parent[self.root(member.figure_id)] = first
            first = self.root(first)


def sweep(buckets: Iterable[Sequence[Member]], within_days: float | None) -> Sweep:
    found = Sweep(within_days)
    for bucket in buckets:
        found.add_bucket(bucket)
    return found


def _articles(bucket: Sequence[Member]) -> list[tuple[float, int, list[Member]]]:
    """The bucket's figures by article, in date order (then article order)."""
    by_article: dict[int, list[Member]] = {}
    for member in bucket:
        by_article.setdefault(member.article_id, []).append(member)
    return sorted((members[0].day, article_id, members) for article_id, members in by_article.items())


def _allows_nothing(own: Bounds) -> bool:
    low, high, low_in, high_in = own
    return low > high or (low == high and not (low_in and high_in))


def _summary(members: Sequence[Member]) -> _Day:
    lowest_high: _Best = []
    highest_low: _Best = []
    empty: list[int] = []
    for member in members:
        own = bounds(member.value, member.low, member.high, member.qualifier)
        article_id = member.article_id
        if _allows_nothing(own):
            empty.append(article_id)
            continue
        low, high, low_in, high_in = own
        # An excluded end at the same value is the harder one to agree with: it comes first.
        lowest_high.append(((high, high_in), article_id, own))
        highest_low.append(((-low, low_in), article_id, own))
    return _Day(
        _merged([lowest_high]),
        _merged([highest_low]),
        _two_articles(empty),
        _two_articles(m.article_id for m in members),
    )


def _window(days: Sequence[_Day]) -> _Day:
    """What the days of a window offer together."""
    return _Day(
        _merged([d.lowest_high for d in days]),
        _merged([d.highest_low for d in days]),
        _two_articles(a for d in days for a in d.empty),
        _two_articles(a for d in days for a in d.present),
    )


def _two_articles(article_ids: Iterable[int]) -> list[int]:
    found: list[int] = []
    for article_id in article_ids:
        if article_id not in found:
            found.append(article_id)
            if len(found) == 2:
                break
    return found


def _merged(lists: Iterable[_Best]) -> _Best:
    """The best entries of at most two articles among ``lists``."""
    best: _Best = []
    for entry in sorted(entry for entries in lists for entry in entries):
        if all(kept[1] != entry[1] for kept in best):
            best.append(entry)
            if len(best) == 2:
                break
    return best


def _other(best: _Best, article_id: int) -> Bounds | None:
    return next((entry[2] for entry in best if entry[1] != article_id), None)
