"""The sweep finds the groups and contradicted figures that comparing every pair finds: on
made-up buckets full of the hard cases (ranges, open ends, values touching, "about" a negative
number, which allows nothing, several figures of one article, days at the window's edge)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from desktop.store.figure_sweep import Member, sweep
from desktop.store.figure_values import agree_bounds, bounds

QUALIFIERS = (None, "more_than", "at_least", "less_than", "at_most", "approximately")


def made_up_buckets(seed: int) -> list[list[Member]]:
    rng = random.Random(seed)
    articles = {article_id: float(rng.choice(range(0, 40, 3))) for article_id in range(1, 30)}
    buckets = []
    figure_id = 0
    for _ in range(12):
        bucket = []
        for article_id in rng.sample(sorted(articles), rng.randint(1, 8)):
            for _ in range(rng.randint(1, 3)):
                figure_id += 1
                value = float(rng.choice((-10, 5, 6, 8, 10, 100)))
                low, high = (value, value + rng.choice((0, 2))) if rng.random() < 0.2 else (None, None)
                bucket.append(
                    Member(
                        figure_id, article_id, articles[article_id], value, low, high, rng.choice(QUALIFIERS)
                    )
                )
        buckets.append(bucket)
    return buckets


def pairwise(
    buckets: Sequence[Sequence[Member]], within_days: float | None
) -> tuple[set[frozenset[int]], set[int]]:
    """Groups (of figures with some other) and contradicted figures, from every pair."""
    neighbours: dict[int, set[int]] = {}
    contradicted: set[int] = set()
    for bucket in buckets:
        for member in bucket:
            for other in bucket:
                if other.article_id == member.article_id:
                    continue
                if within_days is not None and abs(other.day - member.day) > within_days:
                    continue
                neighbours.setdefault(member.figure_id, set()).add(other.figure_id)
                if not agree_bounds(
                    bounds(member.value, member.low, member.high, member.qualifier),
                    bounds(other.value, other.low, other.high, other.qualifier),
                ):
                    contradicted.add(member.figure_id)
    groups: set[frozenset[int]] = set()
    seen: set[int] = set()
    for start in neighbours:
        if start in seen:
            continue
        group, todo = {start}, [start]
        while todo:
            for linked in neighbours[todo.pop()] - group:
                group.add(linked)
                todo.append(linked)
        seen |= group
        groups.add(frozenset(group))
    return groups, contradicted


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("within_days", [0.0, 3.0, 7.0, None])
def test_the_sweep_finds_what_every_pair_finds(seed: int, within_days: float | None) -> None:
    buckets = made_up_buckets(seed)
    groups, contradicted = pairwise(buckets, within_days)
    found = sweep(buckets, within_days)
    assert found.contradicted == contradicted
    assert {frozenset(group) for group in found.groups()} == {g for g in groups if g & contradicted}
