"""Full-text search: stemming, every searchable field, snippets and offsets to scroll to."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core.article import Article
from desktop.store import search as full_text
from desktop.store.archive import Archive
from desktop.store.records import SearchHit

TEXT = (
    "Farmers protested in Brussels on Monday against new import rules.\n\n"
    "Tractors blocked the streets around the European Parliament for hours, "
    "and the police estimated that four thousand people were marching."
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive(tmp_path / "archive.sqlite3") as opened:
        yield opened


def test_stemmed_word_in_the_text_gives_an_offset_to_scroll_to(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest")).article_id
    [hit] = archive.search("march")
    assert (hit.article_id, hit.field, hit.highlight_id) == (article_id, "text", None)
    assert hit.offset == TEXT.index("marching")
    [(mark_start, mark_end)] = hit.marks
    assert hit.snippet[mark_start:mark_end] == "marching"


def test_highlight_quote_note_and_tags_are_searchable(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest")).article_id
    start = TEXT.index("four thousand")
    highlight = archive.add_highlight(
        article_id, start, start + 20, note="Organisers claimed *ten* thousand", tags=["crowd-size"]
    )
    by_note = archive.search("organisers")
    assert [(hit.highlight_id, hit.field, hit.offset) for hit in by_note] == [(highlight.id, "note", start)]
    by_tag = archive.search("crowd")
    assert [(hit.highlight_id, hit.field) for hit in by_tag] == [(highlight.id, "tags")]
    by_quote = [hit for hit in archive.search("thousand") if hit.highlight_id == highlight.id]
    assert [(hit.field, hit.offset) for hit in by_quote] == [("quote", TEXT.index("thousand"))]


def test_title_and_article_note_hits_have_no_offset(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Agriculture dispute")).article_id
    archive.set_article_note(article_id, "Compare with the Dutch protests of 2019.")
    assert [(hit.field, hit.offset) for hit in archive.search("agriculture")] == [("title", None)]
    assert [(hit.field, hit.offset) for hit in archive.search("Dutch")] == [("note", None)]


def test_changed_and_deleted_content_leaves_the_index(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest", source="/farm.txt")).article_id
    highlight = archive.add_highlight(article_id, 0, 7, note="cereal prices")
    archive.update_highlight(highlight.id, note="milk prices")
    assert archive.search("cereal") == []
    assert len(archive.search("milk")) == 1
    archive.open_article(
        Article(text=TEXT.replace("Tractors", "Lorries"), title="Farm protest", source="/farm.txt")
    )
    assert archive.search("tractor") == []
    archive.delete_article(article_id)
    assert archive.search("farmers") == archive.search("milk") == []


@pytest.mark.parametrize(
    ("query", "expected_hits"),
    # A dangling OR joins nothing: "AND" is then the word "and", which the text has.
    [('"unbalanced', 0), ("NOT", 0), ("AND OR", 1), ("*", 0), ("x:y", 0), ("  ", 0), ("(brussels", 1)],
)
def test_user_input_never_breaks_the_query_syntax(archive: Archive, query: str, expected_hits: int) -> None:
    archive.open_article(Article(text=TEXT, title="Farm protest"))
    assert len(archive.search(query)) == expected_hits


def test_pages_do_not_overlap(archive: Archive) -> None:
    for number in range(7):
        archive.open_article(
            Article(text=f"Report number {number} about harvests.", title=f"Report {number}")
        )
    first, second = archive.search("harvest", limit=4), archive.search("harvest", limit=4, offset=4)
    assert (len(first), len(second)) == (4, 3)
    assert not {hit.article_id for hit in first} & {hit.article_id for hit in second}


# -- ranking ----------------------------------------------------------------------------------


def _hit_key(hit: SearchHit) -> tuple[str, int]:
    return ("articles", hit.article_id) if hit.highlight_id is None else ("highlights", hit.highlight_id)


def _bm25_order(
    path: Path, word: str, *, tables: tuple[str, ...], rowids: str = "rowid > 0"
) -> list[tuple[str, int]]:
    """The plain bm25 order of every match, read through a connection of its own."""
    ranked = []
    with closing(sqlite3.connect(path)) as conn:
        for table in tables:
            ranked += [
                (rank, table, rowid)
                for rowid, rank in conn.execute(
                    f"SELECT rowid, bm25({table}_fts) FROM {table}_fts WHERE {table}_fts MATCH ? AND {rowids}",
                    [word],
                )
            ]
    return [(table, rowid) for _, table, rowid in sorted(ranked)]


def _page_through(archive: Archive, query: str, page_size: int) -> list[SearchHit]:
    hits: list[SearchHit] = []
    while page := archive.search(query, limit=page_size, offset=len(hits)):
        hits += page
    return hits


def test_selective_query_keeps_the_bm25_order_across_articles_and_highlights(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    filler = " ".join(f"word{number}" for number in range(80))
    with Archive(path) as archive:
        # The oldest article is the most relevant one: the order must not follow age.
        archive.open_article(Article(text="The harvest failed. Harvest prices rose after the harvest."))
        long_id = archive.open_article(Article(text=f"{filler} A late harvest. {filler}")).article_id
        archive.open_article(Article(text=f"Harvest festivals and a harvest moon. {filler}"))
        archive.open_article(Article(text="Nothing to see here."))
        archive.add_highlight(long_id, 0, 12, note="the harvest again")
        archive.add_highlight(long_id, 20, 30, tags=["harvest"])
        hits = archive.search("harvest", limit=50)
    assert [_hit_key(hit) for hit in hits] == _bm25_order(path, "harvest", tables=("articles", "highlights"))
    assert len(hits) == 5
    assert hits[0].highlight_id is None and hits[0].snippet.startswith("The harvest failed")


def test_very_common_word_ranks_the_newest_matches_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(full_text, "RANKED_ROWS", 4)
    path = tmp_path / "archive.sqlite3"
    texts = ["Harvest, harvest and again the harvest."] + [
        f"Report {number} on the harvest, with {'many ' * number}other words about weather and prices."
        for number in range(1, 10)
    ]
    with Archive(path) as archive:
        ids = [archive.open_article(Article(text=text)).article_id for text in texts]
        first_page = archive.search("harvest", limit=3)
        every_hit = _page_through(archive, "harvest", page_size=3)
    cutoff = ids[-4]
    assert [_hit_key(hit) for hit in first_page] == _bm25_order(
        path, "harvest", tables=("articles",), rowids=f"rowid >= {cutoff}"
    )[:3]
    # Still true matches, each with its marked word and an offset to scroll to.
    for hit in first_page:
        text = texts[ids.index(hit.article_id)]
        [(mark_start, mark_end), *_] = hit.marks
        assert hit.field == "text" and hit.snippet[mark_start:mark_end].lower() == "harvest"
        assert hit.offset is not None and text[hit.offset : hit.offset + 7].lower() == "harvest"
    # The older matches follow, in their own bm25 order, and nothing is lost or repeated.
    assert [_hit_key(hit) for hit in every_hit] == (
        _bm25_order(path, "harvest", tables=("articles",), rowids=f"rowid >= {cutoff}")
        + _bm25_order(path, "harvest", tables=("articles",), rowids=f"rowid < {cutoff}")
    )


def test_paging_a_very_common_word_reaches_every_article_and_highlight_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(full_text, "RANKED_ROWS", 3)
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        for number in range(6):
            article_id = archive.open_article(
                Article(text=f"Harvest report {number}: yields {'fell ' * number}sharply.")
            ).article_id
            archive.add_highlight(article_id, 0, 7, note=f"harvest note {number}")
            archive.add_highlight(article_id, 8, 14, note="unrelated")
        first_page = archive.search("harvest", limit=3)
        every_hit = _page_through(archive, "harvest", page_size=4)
    everything = _bm25_order(path, "harvest", tables=("articles", "highlights"))
    assert sorted(_hit_key(hit) for hit in every_hit) == sorted(everything)
    assert len(every_hit) == len(everything) == 12
    assert all(hit.marks for hit in first_page)


@pytest.mark.parametrize(
    "query", ["Tractors\x00streets", "\x00", "Tractors\x02\x03\x04streets", "\x1bTractors\x7fstreets"]
)
def test_control_characters_in_a_query_are_spaces(archive: Archive, query: str) -> None:
    archive.open_article(Article(text=TEXT, title="Farm protest"))
    expected = 0 if query == "\x00" else 1
    # A NUL ended the query inside SQLite ("unterminated string").
    assert len(archive.search(query)) == expected


def test_repeated_and_surplus_terms_are_bounded_and_said() -> None:
    assert full_text.bounded_query("the The THE  the") == full_text.BoundedQuery('"the"', "")
    assert full_text.bounded_query('"European Parliament" european  "unbalanced').fts_query == (
        '"European Parliament" AND "european" AND "unbalanced"'
    )
    many = full_text.bounded_query(" ".join(f"word{number}" for number in range(40)))
    assert many.fts_query == " AND ".join(f'"word{number}"' for number in range(full_text.MAX_QUERY_TERMS))
    assert (
        many.left_out
        == f"only the first {full_text.MAX_QUERY_TERMS} different words or phrases were searched"
    )
    long_phrase = full_text.bounded_query('"' + "police " * 40 + '" x' + "y" * 500)
    assert long_phrase.fts_query == '"' + " ".join(["police"] * 14) + '"'
    assert (
        long_phrase.left_out == f"words and phrases are searched up to {full_text.MAX_TERM_CHARS} characters"
    )


def test_a_common_word_repeated_hundreds_of_times_is_searched_once(archive: Archive) -> None:
    sentence = "the council said the budget for the school and the bus was the largest in the region. "
    article_id = archive.open_article(Article(text=sentence * 50, title="the budget")).article_id
    with archive.batch():
        for number in range(2_000):
            start = (number % 50) * len(sentence)
            archive.add_highlight(article_id, start, start + 40, note="the note about the thing")
    started = time.perf_counter()
    hits = archive.search(" ".join(["the"] * 400))
    # Quadratic before: 100 repetitions over 10,000 highlights took over two minutes.
    assert time.perf_counter() - started < 2.0
    assert len(hits) == 20 and all(hit.marks for hit in hits)


MINES = "Lithium mines near Zurich doubled their output, the canton said."


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("lithium OR tractors", ["Farm protest", "Mines"]),
        ("zurich lithium OR tractors", ["Mines"]),  # OR binds its two words, as in web search
        ("lithium tractors", []),
        ("farmers -tractors", []),
        ('farmers -"import rules"', []),
        ("farmers -lithium", ["Farm protest"]),
        ("tract*", []),  # no prefixes (see bounded_query): the word "tract"
        ("or", []),  # only the capitalised OR joins; "or" is a word, found in neither
        ("farmers - brussels", ["Farm protest"]),  # a dash alone is no word
    ],
)
def test_a_search_knows_or_and_a_minus(archive: Archive, query: str, titles: list[str]) -> None:
    archive.open_article(Article(text=TEXT, title="Farm protest"))
    archive.open_article(Article(text=MINES, title="Mines"))
    hits = archive.search(query)
    assert sorted({str(hit.article_title) for hit in hits}) == titles
    assert all(hit.marks for hit in hits if hit.field == "text")


def test_only_words_to_leave_out_is_no_search_and_says_so(archive: Archive) -> None:
    archive.open_article(Article(text=TEXT, title="Farm protest"))
    assert archive.search("-tractors -lithium") == []
    assert (
        full_text.bounded_query("-tractors").left_out
        == "a search needs a word to find, not only words to leave out"
    )


def test_a_note_hit_shows_its_markdown_as_plain_text_with_the_matched_words_marked(archive: Archive) -> None:
    article_id = archive.open_article(Article(text=TEXT, title="Farm protest")).article_id
    archive.set_article_note(
        article_id, "**Bold** estimate, in _italics_: see [the count](https://example.org)."
    )
    [hit] = archive.search("italics OR bold")
    assert (hit.field, hit.snippet) == ("note", "Bold estimate, in italics: see the count.")
    assert [hit.snippet[start:end] for start, end in hit.marks] == ["Bold", "italics"]


def test_markdown_like_characters_in_article_text_and_quotes_are_shown_as_typed(archive: Archive) -> None:
    text = "The motto was **never** give in, said the _organisers_ on Monday."
    article_id = archive.open_article(Article(text=text, title="Motto")).article_id
    archive.add_highlight(article_id, 0, len(text))
    snippets = {hit.field: hit.snippet for hit in archive.search("motto")}
    assert snippets == {"text": text, "quote": text}
