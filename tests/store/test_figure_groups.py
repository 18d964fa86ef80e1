"""Figures of several archived articles describing the same thing, and which disagree."""

from __future__ import annotations

import io
import json

import pytest

from desktop.store.archive import Archive
from desktop.store.commands import run_conflicts
from desktop.store.figure_groups import agree
from desktop.store.knowledge_records import ArchivedFigure
from tests.store.knowledge_stories import STORY


def figure(
    value: float, qualifier: str | None = None, low: float | None = None, high: float | None = None
) -> ArchivedFigure:
    return ArchivedFigure(0, 0, "", "", "", value, low, high, qualifier, "counts:drone", "", 0, 0)


@pytest.mark.parametrize(
    ("first", "second", "agreeing"),
    [
        (figure(113), figure(100, "more_than"), True),
        (figure(6), figure(8), False),
        (figure(6), figure(6), True),
        (figure(100), figure(100, "more_than"), False),
        (figure(100), figure(100, "at_least"), True),
        (figure(95), figure(100, "approximately"), True),
        (figure(80), figure(100, "approximately"), False),
        (figure(40, "less_than"), figure(50, "more_than"), False),
        (figure(7), figure(5, low=5, high=8), True),
        (figure(9), figure(5, low=5, high=8), False),
        (figure(50, "at_most"), figure(50, "at_least"), True),
    ],
)
def test_figures_agree_when_some_value_satisfies_both(
    first: ArchivedFigure, second: ArchivedFigure, agreeing: bool
) -> None:
    assert agree(first, second) is agreeing
    assert agree(second, first) is agreeing


def test_death_tolls_that_differ_are_a_disagreement_and_drone_counts_are_not(
    archive: Archive, story: list[int]
) -> None:
    comparisons = {c.figure.text: c for c in archive.knowledge.figure_comparisons(story[0])}
    assert set(comparisons) == {"113 drones", "six people"}
    drones = comparisons["113 drones"]
    assert [(o.text, o.article_title) for o in drones.others] == [("Over 100 drones", "Night of drones")]
    assert drones.disagreeing == ()
    dead = comparisons["six people"]
    assert [(o.value, o.article_title, o.date) for o in dead.disagreeing] == [
        (8.0, "Zelenskyy condemns strikes", "2026-03-02")
    ]
    assert dead.figure.sentence.startswith("According to Oleksandr Prokudin")
    assert STORY[0].text[dead.figure.start : dead.figure.end] == "six people"

    everywhere = archive.knowledge.disagreements()
    assert sorted((c.figure.text, [o.text for o in c.disagreeing]) for c in everywhere) == [
        ("eight people", ["six people"]),
        ("six people", ["eight people"]),
    ]
    # The Sydney article counts weeks, shares no name and is months away.
    assert archive.knowledge.figure_comparisons(story[3]) == []


def test_figures_further_apart_than_the_window_are_not_compared(archive: Archive, story: list[int]) -> None:
    assert archive.knowledge.figure_comparisons(story[0], within_days=0.5) == []
    assert len(archive.knowledge.figure_comparisons(story[0], within_days=None)) == 2


def test_figure_groups_survive_a_merge_and_go_with_a_deleted_article(
    archive: Archive, story: list[int]
) -> None:
    knowledge = archive.knowledge
    prokudin = knowledge.find_entity("Oleksandr Prokudin")
    kherson = knowledge.find_entity("Kherson")
    assert prokudin is not None and kherson is not None
    knowledge.merge_entities(prokudin, kherson)
    assert {c.figure.text for c in knowledge.disagreements()} == {"six people", "eight people"}
    archive.delete_article(story[1])
    assert knowledge.disagreements() == []


def test_conflicts_command_prints_the_disagreements_as_json_lines(archive: Archive, story: list[int]) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_conflicts(archive.path, STORY[1].source, out, err) == 0
    (line,) = out.getvalue().splitlines()
    conflict = json.loads(line)
    assert (conflict["figure"]["text"], conflict["figure"]["value"]) == ("eight people", 8.0)
    assert [(o["value"], o["article_title"]) for o in conflict["disagreeing"]] == [
        (6.0, "Drones over Ukraine")
    ]
    out = io.StringIO()
    assert run_conflicts(archive.path, None, out, err) == 0
    assert len(out.getvalue().splitlines()) == 2
    assert run_conflicts(archive.path, "https://nowhere.example/x", out, err) == 1
    assert "no article 'https://nowhere.example/x'" in err.getvalue()


def test_disagreeing_figures_are_gathered_in_groups_in_date_order(archive: Archive, story: list[int]) -> None:
    (group,) = archive.knowledge.figure_disagreements()
    assert group.topic == "counts:people"
    assert [(f.value, f.article_title, f.date) for f in group.figures] == [
        (6.0, "Drones over Ukraine", "2026-03-01"),
        (8.0, "Zelenskyy condemns strikes", "2026-03-02"),
    ]
    assert archive.knowledge.figure_disagreements(within_days=0.5) == []
