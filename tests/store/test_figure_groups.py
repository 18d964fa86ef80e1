"""Figures of several archived articles describing the same thing, and which disagree."""

from __future__ import annotations

import io
import json
import math
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.cli import build_conflicts_parser
from desktop.nlp.pipeline import Pipeline
from desktop.store.archive import Archive
from desktop.store.commands import run_conflicts
from desktop.store.figure_groups import agree, topic_name
from desktop.store.knowledge_records import ArchivedFigure
from desktop.store.migrations import AMOUNTS_OF_NAMED_THINGS, VAGUE_PLURALS_AS_FLOORS
from tests.store.knowledge_stories import STORY, archive_analysed, story_article


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


# Three reports naming the same company in one week: an oil price, the company's revenue as one
# outlet gives it, and as another does.
OIL_DESK = "Brent crude rose to $81.40 a barrel, Harrowgate Energy said on Monday."
FIRST_RESULTS = "Harrowgate Energy said its revenue reached $4.8 billion in the quarter."
SECOND_RESULTS = "Harrowgate Energy's revenue reached $5.2 billion in the quarter, analysts said."


def test_amounts_are_compared_only_with_amounts_of_the_same_thing(
    archive: Archive, pipeline: Pipeline
) -> None:
    oil, first, second = (
        archive_analysed(archive, pipeline, story_article(text, title, "markets.example", "2026-04-0" + day))
        for text, title, day in (
            (OIL_DESK, "Oil climbs", "1"),
            (FIRST_RESULTS, "Results", "2"),
            (SECOND_RESULTS, "Results again", "3"),
        )
    )
    # The oil price names the company too, but it is a price per barrel, not a revenue.
    assert archive.knowledge.figure_comparisons(oil) == []
    (revenue,) = archive.knowledge.figure_comparisons(first)
    assert (revenue.figure.text, [o.text for o in revenue.disagreeing]) == ("$4.8 billion", ["$5.2 billion"])
    (group,) = archive.knowledge.figure_disagreements()
    assert (group.topic, topic_name(group.topic)) == ("money:USD:revenue", "revenue (USD)")
    assert [f.article_id for f in group.figures] == [first, second]


def test_the_upgrade_stops_comparing_amounts_stored_before_they_named_their_thing(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    path = tmp_path / "old.sqlite3"
    with Archive(path) as archive:
        for text, day in ((FIRST_RESULTS, "2"), (OIL_DESK, "1")):
            archive_analysed(
                archive, pipeline, story_article(text, "Harrowgate", "markets.example", f"2026-04-0{day}")
            )
    # As the step before left them: every amount's topic its kind and currency alone.
    db = Database(sqlite3.connect(path))
    db.execute("UPDATE figures SET topic = 'money:USD' WHERE kind = 'money'")
    db.execute("UPDATE figure_entities SET topic = 'money:USD'")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [AMOUNTS_OF_NAMED_THINGS])
    db.conn.commit()
    with Archive(path) as archive:
        assert archive.knowledge.figure_disagreements() == []
        assert archive.knowledge.disagreements() == []
    db.conn.close()
    assert Database(sqlite3.connect(path)).execute("SELECT count(*) FROM figure_entities").fetchone() == (0,)


# Three reports of one evacuation: "thousands" is 2,000 or more, which 12,000 is and 900 is not.
EVACUATION = (
    "Thousands of residents fled Derna on Monday, officials in Libya said.",
    "Some 12,000 residents fled Derna on Monday, officials in Libya said.",
    "Only 900 residents fled Derna on Monday, officials in Libya said.",
)


def archive_evacuation(archive: Archive, pipeline: Pipeline, reports: tuple[str, ...]) -> list[int]:
    return [
        archive_analysed(
            archive, pipeline, story_article(text, f"Derna {day}", "news.example", f"2026-09-1{day}")
        )
        for day, text in enumerate(reports)
    ]


def test_a_vague_plural_disagrees_only_with_counts_below_the_least_it_means(
    archive: Archive, pipeline: Pipeline
) -> None:
    thousands, twelve_thousand, nine_hundred = archive_evacuation(archive, pipeline, EVACUATION)
    (comparison,) = archive.knowledge.figure_comparisons(thousands)
    assert comparison.figure.text == "Thousands"
    assert sorted(o.article_id for o in comparison.others) == [twelve_thousand, nine_hundred]
    assert [o.article_id for o in comparison.disagreeing] == [nine_hundred]


def test_the_upgrade_reads_vague_plurals_stored_before_as_the_least_they_mean(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    path = tmp_path / "old.sqlite3"
    with Archive(path) as archive:
        archive_evacuation(archive, pipeline, EVACUATION[:2])
    # As analyses before the step stored them: "Thousands" as about 2,000, against 12,000.
    db = Database(sqlite3.connect(path))
    db.execute("UPDATE figures SET qualifier = 'approximately' WHERE text = 'Thousands'")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [VAGUE_PLURALS_AS_FLOORS])
    db.conn.commit()
    db.conn.close()
    with Archive(path) as archive:
        assert archive.knowledge.figure_disagreements() == []
    db = Database(sqlite3.connect(path))
    assert db.execute("SELECT qualifier FROM figures WHERE text = 'Thousands'").fetchall() == [("at_least",)]
    db.conn.close()


def test_topic_names() -> None:
    assert topic_name("counts:people") == "people"
    assert topic_name("money:USD/barrel:crude") == "crude (USD per barrel)"
    assert topic_name("money:USD/each:repair") == "repair (USD each)"
    assert topic_name("money:USD") == "money (USD)"  # stored before amounts named their thing


@pytest.mark.parametrize("days", ["nan", "-1", "seven"])
def test_conflicts_refuses_a_number_of_days_that_is_no_distance(
    days: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_conflicts_parser().parse_args(["--days", days])
    assert exited.value.code == 2
    assert "--days: " in capsys.readouterr().err


@pytest.mark.parametrize(("days", "within"), [("0", 0.0), ("2.5", 2.5), ("inf", math.inf)])
def test_conflicts_takes_any_distance_in_days(days: str, within: float) -> None:
    assert build_conflicts_parser().parse_args(["--days", days]).days == within
