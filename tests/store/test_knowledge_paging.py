"""Entity pages read a page at a time, and the counts and indexes that keep the archive's
cross-article queries fast, from real analyses stored in a real archive."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from desktop.nlp.pipeline import Pipeline
from desktop.store import knowledge as knowledge_module
from desktop.store.archive import Archive
from desktop.store.knowledge_records import EntityPage
from tests.store.knowledge_stories import STORY, archive_analysed


def query(archive: Archive, sql: str) -> list[Any]:
    conn = sqlite3.connect(archive.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def every_page(archive: Archive) -> dict[int, EntityPage]:
    """Each entity's whole page."""
    return {e.id: archive.knowledge.entity_page(e.id, limit=None) for e in archive.knowledge.entities()}


def assert_pages_are_prefixes(archive: Archive, whole: dict[int, EntityPage]) -> None:
    for entity_id, page in whole.items():
        for limit in (0, 1, 2):
            first = archive.knowledge.entity_page(entity_id, limit)
            assert first.entity == page.entity
            assert first.names == page.names
            assert first.articles == page.articles[:limit]
            assert first.claims_by == page.claims_by[:limit]
            assert first.claims_about == page.claims_about[:limit]
            assert first.claims_about_count == len(page.claims_about)


def test_an_entity_page_lists_the_first_rows_of_each_list(archive: Archive, story: list[int]) -> None:
    whole = every_page(archive)
    zelensky = archive.knowledge.find_entity("Zelensky")
    assert zelensky is not None
    assert len(whole[zelensky].articles) == whole[zelensky].entity.article_count == 3
    assert len(whole[zelensky].claims_by) == whole[zelensky].entity.claim_count == 5
    assert_pages_are_prefixes(archive, whole)


def test_long_lists_read_in_date_order_give_the_same_rows(
    archive: Archive, story: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = every_page(archive)
    # Every list counts as long: read from the articles' date index.
    monkeypatch.setattr(knowledge_module, "_DATE_SCAN_ABOVE", 0)
    assert_pages_are_prefixes(archive, whole)


def test_the_date_order_is_read_from_the_articles_date_index(archive: Archive) -> None:
    plan = query(
        archive,
        f"EXPLAIN QUERY PLAN SELECT a.id FROM articles a ORDER BY {knowledge_module._ARTICLE_DATE} DESC, a.id DESC"
        " LIMIT 5",
    )
    details = " ".join(str(row[3]) for row in plan)
    assert "articles_date" in details
    assert "TEMP B-TREE" not in details


def test_related_articles_found_from_the_rarest_names_are_those_counted_over_every_mention(
    archive: Archive, story: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    knowledge = archive.knowledge
    searched = {(a, limit): knowledge.related_articles(a, None, limit) for a in story for limit in (1, 2, 20)}
    assert any(searched.values())
    # No article is worth searching from: every one is counted over every mention.
    monkeypatch.setattr(knowledge_module, "_RELATED_CANDIDATES", -1)
    assert searched == {
        (a, limit): knowledge.related_articles(a, None, limit) for a in story for limit in (1, 2, 20)
    }


def recounted(archive: Archive) -> dict[int, int]:
    """Each entity's articles counted from its mentions, as the People view must show them."""
    rows = query(
        archive, "SELECT entity_id, count(DISTINCT article_id) FROM entity_mentions GROUP BY entity_id"
    )
    return {int(entity_id): int(count) for entity_id, count in rows}


def listed(archive: Archive) -> dict[int, int]:
    return {e.id: e.article_count for e in archive.knowledge.entities()}


def test_article_counts_follow_indexing_merges_splits_and_deletions(
    archive: Archive, pipeline: Pipeline, story: list[int]
) -> None:
    knowledge = archive.knowledge
    assert listed(archive) == recounted(archive)
    nato, kyiv, zelensky = (knowledge.find_entity(name) for name in ("NATO", "Kyiv", "Zelensky"))
    assert nato is not None and kyiv is not None and zelensky is not None
    knowledge.merge_entities(nato, kyiv)
    assert listed(archive) == recounted(archive)
    knowledge.split_name(zelensky, "Volodymyr Zelenskyy")
    assert listed(archive) == recounted(archive)
    archive_analysed(archive, pipeline, STORY[0])  # indexed again: its rows replaced
    assert listed(archive) == recounted(archive)
    archive.delete_article(story[1])
    assert listed(archive) == recounted(archive)
    assert all(count > 0 for count in listed(archive).values())
