"""The archive's knowledge across articles, from real analyses stored in a real archive."""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.nlp.pipeline import Pipeline
from desktop.nlp.serialization import analysis_to_json
from desktop.store.archive import Archive
from desktop.store.commands import run_entity
from desktop.store.records import AnalysisCacheKey, NotFoundError
from tests.store.knowledge_stories import STORY, archive_analysed, archive_from_before_knowledge


def test_spellings_of_one_person_meet_in_one_entity(archive: Archive, story: list[int]) -> None:
    knowledge = archive.knowledge
    zelensky = knowledge.find_entity("Zelenskyy")
    assert zelensky is not None
    assert knowledge.find_entity("Volodymyr Zelensky") == zelensky == knowledge.find_entity("zelensky")
    page = knowledge.entity_page(zelensky)
    assert page.entity.name in {"Volodymyr Zelensky", "Volodymyr Zelenskyy"}
    assert page.entity.label == "PERSON"
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky"} <= set(page.names)
    assert [a.article_id for a in page.articles] == [story[2], story[1], story[0]]  # newest first
    kyiv_post = next(a for a in page.articles if a.article_id == story[0])
    assert (kyiv_post.title, kyiv_post.outlet, kyiv_post.date) == (
        "Drones over Ukraine",
        "kyivpost.example",
        "2026-03-01",
    )
    assert kyiv_post.mentions == 2
    assert STORY[0].text[kyiv_post.first_start : kyiv_post.first_end] == "Volodymyr Zelensky"


def test_claims_by_an_entity_across_the_archive_in_date_order(archive: Archive, story: list[int]) -> None:
    knowledge = archive.knowledge
    zelensky = knowledge.find_entity("Zelensky")
    assert zelensky is not None
    claims = knowledge.entity_page(zelensky).claims_by
    assert [claim.text for claim in claims] == [
        "the attack targeted the energy grid",
        "We will rebuild every station,",
        "the strikes on Kherson were deliberate",
        "Russia wants our cities dark,",
        "the West may need to send more air defence",
    ]
    assert [claim.date for claim in claims] == ["2026-03-01"] * 2 + ["2026-03-02"] * 3
    quote = claims[1]
    assert (quote.kind, quote.cue, quote.article_title) == ("quote", "told", "Drones over Ukraine")
    assert STORY[0].text[quote.start : quote.end].startswith('"We will rebuild')
    assert claims[-1].hedges == ("may",)


def test_claims_mentioning_an_entity(archive: Archive, story: list[int]) -> None:
    kherson = archive.knowledge.find_entity("Kherson", "GPE")
    assert kherson is not None
    about = archive.knowledge.entity_page(kherson).claims_about
    assert {claim.text for claim in about} >= {
        "six people were killed in Kherson",
        "the strikes on Kherson were deliberate",
    }


def test_surname_alone_joins_the_full_name_met_later(archive: Archive, story: list[int]) -> None:
    # The first article only has "Prokudin" as a person ("Oleksandr" was taken for a place).
    prokudin = archive.knowledge.find_entity("Prokudin")
    assert prokudin is not None
    page = archive.knowledge.entity_page(prokudin)
    assert page.entity.name == "Oleksandr Prokudin"
    assert {a.article_id for a in page.articles} == {story[0], story[1]}
    assert [claim.text for claim in page.claims_by] == [
        "six people were killed in Kherson",
        "eight people were killed",
    ]


def test_people_listing_counts_articles_and_claims_and_searches(archive: Archive, story: list[int]) -> None:
    listing = {(e.name, e.label): e for e in archive.knowledge.entities()}
    zelensky = next(e for (name, _), e in listing.items() if name.startswith("Volodymyr Zelensk"))
    assert (zelensky.article_count, zelensky.claim_count) == (3, 5)
    assert listing[("NATO", "ORG")].article_count == 2
    assert [e.name for e in archive.knowledge.entities("vasq")] == ["Elena Vasquez"]
    # a name an article used that is not the canonical one finds the entity too
    assert [e.label for e in archive.knowledge.entities("Zelenskyy")] == ["PERSON"]


def test_other_articles_per_entity_of_an_article(archive: Archive, story: list[int]) -> None:
    others = archive.knowledge.article_entities(story[2])
    assert others[("PERSON", "Zelensky")][1] == 2
    assert others[("ORG", "NATO")][1] == 1
    assert archive.knowledge.article_entities(story[3])[("PERSON", "Elena Vasquez")][1] == 0


def test_related_articles_share_the_most_entities_within_the_window(
    archive: Archive, story: list[int]
) -> None:
    related = archive.knowledge.related_articles(story[1])
    assert [r.article_id for r in related[:2]] == [story[0], story[2]]
    assert story[3] not in [r.article_id for r in related]
    assert "Kherson" in related[0].shared_names
    assert related[0].shared_entities > related[1].shared_entities
    assert [r.article_id for r in archive.knowledge.related_articles(story[1], within_days=0.5)] == [story[2]]


def test_merge_and_split_by_hand_stick_when_articles_are_indexed_again(
    archive: Archive, pipeline: Pipeline, story: list[int]
) -> None:
    knowledge = archive.knowledge
    nato = knowledge.find_entity("NATO", "ORG")
    air_force = knowledge.find_entity("Kyiv", "GPE")
    assert nato is not None and air_force is not None
    knowledge.merge_entities(nato, air_force)
    with pytest.raises(NotFoundError):
        knowledge.entity(air_force)
    assert knowledge.find_entity("Kyiv") == nato
    zelensky = knowledge.find_entity("Zelensky")
    assert zelensky is not None
    split = knowledge.split_name(zelensky, "Volodymyr Zelenskyy")
    assert knowledge.find_entity("Volodymyr Zelenskyy") == split
    assert [a.article_id for a in knowledge.entity_page(split).articles] == [story[1]]
    assert {c.text for c in knowledge.entity_page(split).claims_by} == {
        "the strikes on Kherson were deliberate",
        "Russia wants our cities dark,",
    }
    # Storing the analyses again (as after a pipeline update) keeps the user's decisions.
    for article in STORY[:2]:
        archive_analysed(archive, pipeline, article)
    assert knowledge.find_entity("Volodymyr Zelenskyy") == split
    assert knowledge.find_entity("Zelensky") == zelensky != split
    assert knowledge.find_entity("Kyiv") == nato
    with pytest.raises(ValueError, match="no other name"):
        knowledge.split_name(split, "Volodymyr Zelenskyy")


def test_reindexing_replaces_and_deleting_forgets(
    archive: Archive, pipeline: Pipeline, story: list[int]
) -> None:
    archive_analysed(archive, pipeline, STORY[0])
    zelensky = archive.knowledge.find_entity("Zelensky")
    assert zelensky is not None
    assert len(archive.knowledge.entity_page(zelensky).claims_by) == 5
    archive.delete_article(story[3])
    assert archive.knowledge.find_entity("Elena Vasquez") is None
    assert archive.knowledge.entities("Vasquez") == []


def test_figures_are_stored_with_their_counted_noun_and_qualifier(archive: Archive, story: list[int]) -> None:
    conn = sqlite3.connect(archive.path)
    rows = conn.execute(
        "SELECT article_id, value, counts, qualifier, text FROM figures WHERE counts IN ('drone', 'people')"
        " ORDER BY article_id, pos_start"
    ).fetchall()
    conn.close()
    assert rows == [
        (story[0], 113.0, "drone", None, "113 drones"),
        (story[0], 6.0, "people", None, "six people"),
        (story[1], 8.0, "people", None, "eight people"),
        (story[2], 100.0, "drone", "more_than", "Over 100 drones"),
    ]


def test_analyses_archived_before_the_upgrade_are_indexed_with_progress(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    path = tmp_path / "old.sqlite3"
    archive_from_before_knowledge(path, pipeline)
    with Archive(path) as upgraded:
        assert upgraded.knowledge.pending_count() == 4
        assert upgraded.knowledge.entities() == []
        steps: list[tuple[int, int]] = []
        assert upgraded.knowledge.index_pending(lambda done, total: steps.append((done, total))) == 4
        assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
        assert upgraded.knowledge.pending_count() == 0
        zelensky = upgraded.knowledge.find_entity("Zelensky")
        assert zelensky is not None
        assert upgraded.knowledge.entity(zelensky).article_count == 3


def test_indexing_stops_when_cancelled_and_skips_unreadable_analyses(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    with Archive(tmp_path / "a.sqlite3") as archive:
        opened = archive.open_article(STORY[3])
        conn = sqlite3.connect(archive.path)
        conn.execute(
            "INSERT INTO analysis_cache (text_hash, pipeline_name, pipeline_version, extraction_version,"
            " json, created_at) VALUES (?, 'x', 'y', 'z', 'not json', '2026')",
            [STORY[3].content_hash],
        )
        conn.commit()
        conn.close()
        assert archive.knowledge.index_pending(cancelled=lambda: True) == 0
        assert archive.knowledge.pending_count() == 1
        assert archive.knowledge.index_pending() == 0
        assert archive.knowledge.pending_count() == 0
        assert archive.knowledge.article_entities(opened.article_id) == {}
        # a later real analysis indexes it
        archive.put_cached_analysis(
            AnalysisCacheKey.of(STORY[3].text, pipeline), analysis_to_json(pipeline.analyze(STORY[3].text))
        )
        assert ("PERSON", "Elena Vasquez") in archive.knowledge.article_entities(opened.article_id)


def test_window_writes_while_older_analyses_are_indexed_on_another_connection(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    path = tmp_path / "busy.sqlite3"
    with Archive(path) as archive:
        ids = [archive_analysed(archive, pipeline, article) for article in STORY]
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM knowledge_indexed")
        conn.commit()
        conn.close()
        assert archive.knowledge.pending_count() == 4
        results: list[int] = []

        def index_in_background() -> None:
            with Archive(path) as indexer:
                results.append(indexer.knowledge.index_pending())

        worker = threading.Thread(target=index_in_background)
        worker.start()
        for position in range(50):
            archive.set_reading_position(ids[0], position)
        worker.join(timeout=60)
        assert results == [4]
        assert archive.stored_article(ids[0]).reading_position == 49
        assert archive.knowledge.pending_count() == 0


def test_entity_command_prints_the_entity_page_as_json(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "old.sqlite3"
    archive_from_before_knowledge(path, pipeline)
    out, err = io.StringIO(), io.StringIO()
    assert run_entity(path, "Zelenskyy", out, err) == 0  # indexes the older analyses first
    page = json.loads(out.getvalue())
    assert page["entity"]["label"] == "PERSON"
    assert [article["title"] for article in page["articles"]] == [
        "Night of drones",
        "Zelenskyy condemns strikes",
        "Drones over Ukraine",
    ]
    assert page["claims_by"][0] == {
        "id": page["claims_by"][0]["id"],
        "article_id": 1,
        "article_title": "Drones over Ukraine",
        "date": "2026-03-01",
        "source_name": "Volodymyr Zelensky",
        "kind": "reported",
        "text": "the attack targeted the energy grid",
        "cue": "said",
        "hedges": [],
        "start": STORY[0].text.index("Volodymyr Zelensky said"),
        "end": page["claims_by"][0]["end"],
    }
    assert run_entity(path, "Nobody Atall", out, err) == 1
    assert "no entity called 'Nobody Atall'" in err.getvalue()
    assert run_entity(path, "  ", out, err) == 2
    assert run_entity(tmp_path / "missing.sqlite3", "NATO", out, err) == 1
    assert "there is no archive" in err.getvalue()


def test_a_large_analysis_waits_for_the_background_indexer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline
) -> None:
    from desktop.core.article import Article
    from desktop.store import archive as archive_module
    from desktop.store.records import AnalysisCacheKey

    monkeypatch.setattr(archive_module, "INLINE_INDEX_MAX_SIZE", 0)
    text = "Volodymyr Zelensky met NATO officials in Brussels on Monday, his office said."
    with Archive(tmp_path / "a.sqlite3") as archive:
        article_id = archive.open_article(Article(text=text, title="Talks")).article_id
        key = AnalysisCacheKey(Article(text=text).content_hash, "model", "1", "1")
        archive.put_cached_analysis(key, analysis_to_json(pipeline.analyze(text)))
        assert not archive.knowledge.article_indexed(article_id)
        assert archive.knowledge.index_pending() == 1
        assert archive.knowledge.article_indexed(article_id)


def test_the_background_indexer_takes_an_analysis_the_window_holds_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline
) -> None:
    from desktop.core.article import Article
    from desktop.store import archive as archive_module

    monkeypatch.setattr(archive_module, "INLINE_INDEX_MAX_SIZE", 0)
    text = "Volodymyr Zelensky met NATO officials in Brussels on Monday, his office said."
    analysis = pipeline.analyze(text)
    with Archive(tmp_path / "a.sqlite3") as archive:
        article_id = archive.open_article(Article(text=text, title="Talks")).article_id
        key = AnalysisCacheKey(Article(text=text).content_hash, "model", "1", "1")
        # What is stored is unreadable: only the analysis handed over can be what gets indexed.
        archive.put_cached_analysis(key, "not JSON")
        assert archive.knowledge.index_pending(parsed={key.text_hash: analysis}) == 1
        assert archive.knowledge.article_indexed(article_id)
        nato = archive.knowledge.find_entity("NATO")
        assert nato is not None
        assert [a.article_id for a in archive.knowledge.entity_page(nato).articles] == [article_id]


def test_entity_command_names_the_people_a_bare_surname_could_be(tmp_path: Path) -> None:
    from desktop.store.commands import run_add

    for name, text in {
        "mayor.txt": "Mayor Helena Okafor said the council had opened four shelters.",
        "council.txt": "Council member Daniel Okafor said the repair was too expensive.",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = tmp_path / "archive.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    assert run_add(path, [str(tmp_path / "mayor.txt"), str(tmp_path / "council.txt")], out, err) == 0
    assert run_entity(path, "Okafor", out, err) == 1
    assert "no entity called" not in err.getvalue()
    assert "'Okafor' could be Daniel Okafor or Helena Okafor: give the full name" in err.getvalue()
