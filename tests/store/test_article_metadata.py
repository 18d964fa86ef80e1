"""An article's name and metadata in the archive: names for the untitled, corrections,
search over author/outlet/date/address, Library sorting, and the Markdown front matter."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from desktop.core.article import Article, Page, article_name
from desktop.store.archive import Archive
from desktop.store.exporters import front_matter, to_markdown
from desktop.store.migrations import MIGRATIONS, NAMES_AND_METADATA_SEARCH
from desktop.store.records import ArticleExport, Highlight, StoredArticle

TEXT = "The harbour bridge closes for repairs next month, the council said on Tuesday."
METADATA = {
    "author": "Jane Doe",
    "site": "Harbour Times",
    "published": "2024-03-05",
    "url": "https://ht.example/b",
}


def test_an_untitled_article_is_stored_under_its_name(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.sqlite3") as archive:
        from_file = archive.open_article(Article(TEXT, source="/news/bridge-closure.txt")).article_id
        pasted = archive.open_article(
            Article("Pasted words of a short note, nine words long here.")
        ).article_id
        names = {entry.id: entry.title for entry in archive.list_articles()}
    assert names == {from_file: "bridge-closure", pasted: "Pasted words of a short note, nine words…"}


def test_the_migration_names_articles_stored_without_a_title(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Archive(path) as archive:
        archive.open_article(
            Article(TEXT, source="/news/bridge-closure.txt", metadata={"site_name": "Old Times"})
        )
    # As an archive written before the step: no title, and the step not yet applied.
    db = Database(sqlite3.connect(path))
    db.execute("UPDATE articles SET title = NULL")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [NAMES_AND_METADATA_SEARCH])
    db.execute("DROP TRIGGER articles_ai")
    db.execute("DROP TRIGGER articles_ad")
    db.execute("DROP TRIGGER articles_au")
    db.execute("DROP TABLE articles_fts")
    db.execute("ALTER TABLE articles DROP COLUMN metadata_text")
    db.table("articles").enable_fts(("title", "text", "note"), create_triggers=True, tokenize="porter")
    db.conn.commit()
    db.conn.close()
    with Archive(path) as archive:
        [entry] = archive.list_articles()
        assert (entry.title, entry.site) == ("bridge-closure", "Old Times")
        # Search covers metadata stored under the earlier key names too.
        assert [hit.field for hit in archive.search("Old Times")] == ["metadata"]
    assert NAMES_AND_METADATA_SEARCH in [migration.name for migration in MIGRATIONS._migrations]


def test_corrected_metadata_is_saved_searched_and_sorted(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.sqlite3") as archive:
        first = archive.open_article(
            Article(TEXT, "Bridge", metadata={"site": "Ferry News", "extra": "kept"})
        )
        second = archive.open_article(
            Article("Another text about ferries entirely.", "Ferries", metadata=METADATA)
        )
        archive.update_article_metadata(
            first.article_id,
            "  Bridge   closes ",
            {"author": "Ana Lima", "site": "Quayside Post", "published": "2023-11-02", "url": ""},
        )
        stored = archive.load_article(first.article_id)
        assert stored.title == "Bridge closes"
        assert stored.metadata == {
            "author": "Ana Lima",
            "site": "Quayside Post",
            "published": "2023-11-02",
            "extra": "kept",
        }
        # Search sees the new values, no longer the old, and never the JSON's keys.
        [hit] = archive.search("Quayside")
        assert (hit.article_id, hit.field) == (first.article_id, "metadata")
        assert " ".join(hit.snippet.split()) == "Ana Lima Quayside Post 2023-11-02"
        assert archive.search("Ferry News") == [] and archive.search("author") == []
        assert [hit.article_id for hit in archive.search("Jane")] == [second.article_id]
        by_site = [entry.id for entry in archive.list_articles("site", descending=False)]
        by_author = [entry.id for entry in archive.list_articles("author", descending=False)]
        by_date = [entry.id for entry in archive.list_articles("published", descending=True)]
        assert by_site == [second.article_id, first.article_id]
        assert by_author == [first.article_id, second.article_id]
        assert by_date == [second.article_id, first.article_id]
        # A blank title gives back the name the rule gives.
        archive.update_article_metadata(first.article_id, " ", {})
        assert (
            archive.load_article(first.article_id).title
            == "The harbour bridge closes for repairs next month,…"
        )


def highlight_with_tags(*tags: str) -> Highlight:
    stamp = "2025-01-02T03:04:05.000Z"
    return Highlight(
        0, "uid", 1, 4, 11, "harbour", "The ", " bridge", "yellow", "", tags, False, stamp, stamp
    )


def export_of(title: str | None, metadata: dict[str, str], tags: tuple[str, ...] = ()) -> ArticleExport:
    article = Article(TEXT, title, "/home/ana/bridge.html", metadata=metadata)
    stored = StoredArticle(1, article, "2025-01-02T03:04:05.000Z", "2025-01-02T03:04:05.000Z", 0, "")
    return ArticleExport(stored, (highlight_with_tags(*tags),))


def parsed_front_matter(markdown: str) -> dict[str, object]:
    assert markdown.startswith("---\n")
    block = markdown[4 : markdown.index("\n---\n")]
    loaded = yaml.safe_load(block)
    assert isinstance(loaded, dict)
    return loaded


def test_front_matter_follows_obsidian_conventions() -> None:
    markdown = to_markdown(export_of("Bridge", METADATA, ("harbour", "Traffic")), [])
    assert parsed_front_matter(markdown) == {
        "title": "Bridge",
        **METADATA,
        "source": "/home/ana/bridge.html",
        "tags": ["harbour", "Traffic"],
        "created": "2025-01-02T03:04:05.000Z",
    }
    assert "Source: <https://ht.example/b>" in markdown


def test_a_pdf_highlight_is_exported_with_its_page(tmp_path: Path) -> None:
    text = "First page words. Second page words."
    article = Article(text, "Report", "/r.pdf", "pdf", pages=(Page(1, 0, 18), Page(2, 18, len(text))))
    with Archive(tmp_path / "a.sqlite3") as archive:
        article_id = archive.open_article(article).article_id
        start = text.index("Second")
        archive.add_highlight(article_id, start, start + 11, "yellow")
        markdown = to_markdown(archive.export_articles()[0], archive.colours())
    assert "> Second page\n\n*important* p. 2\n" in markdown


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.text(),
    author=st.text(),
    tag=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")), min_size=1, max_size=20),
)
def test_front_matter_is_valid_yaml_for_any_title(title: str, author: str, tag: str) -> None:
    """Quotes, colons, emoji, "---", line breaks, YAML's own syntax: all read back as written."""
    export = export_of(title, {"author": author} if author else {}, (tag,))
    fields = parsed_front_matter(to_markdown(export, []))
    assert fields["title"] == front_matter_title(export)
    assert fields.get("author") == (" ".join(author.split()) or None)
    assert fields["tags"] == [tag]
    assert front_matter(export).count("\n---\n") == 0


def front_matter_title(export: ArticleExport) -> str:
    article = export.stored.article
    return article_name(article.title, article.source, article.text)
