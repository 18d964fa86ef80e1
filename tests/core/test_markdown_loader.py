"""Markdown renders to reader text whose blocks and inlines index exactly the rendered words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core import markdown_loader
from desktop.core.article import Article, ArticleLoadError
from desktop.core.loaders import load_article
from desktop.core.markdown_loader import MAX_MARKDOWN_NESTING, article_from_markdown

NOTE = """# Drones hit *Kazan*

Eight drones struck **high-rises**, said [Rustam Minnikhanov](https://example.org/gov "Governor").
Flights were `halted`.

> Ukraine did not **acknowledge** the attack.
> > Nested quote.

- First item
- Second item
    - Nested item

1. Numbered

```
total = 57 + 56
```

| City | Drones |
|------|--------|
| Kazan | 8 |
"""


def spans(article: Article) -> list[tuple[str, str, int]]:
    return [(b.kind, article.text[b.start : b.end], b.level) for b in article.blocks]


def styled(article: Article) -> list[tuple[str, str, str | None]]:
    return [(i.style, article.text[i.start : i.end], i.href) for i in article.inlines]


def test_rendered_text_has_no_markup() -> None:
    article = article_from_markdown(NOTE, source="note.md")
    assert article.format == "markdown"
    assert article.source == "note.md"
    assert article.title == "Drones hit Kazan"
    for markup in ("#", "**", "`", "https://", "](", "|---"):
        assert markup not in article.text


def test_blocks_index_the_rendered_text() -> None:
    assert spans(article_from_markdown(NOTE)) == [
        ("heading", "Drones hit Kazan", 1),
        (
            "paragraph",
            "Eight drones struck high-rises, said Rustam Minnikhanov. Flights were halted.",
            0,
        ),
        ("quote", "Ukraine did not acknowledge the attack.", 1),
        ("quote", "Nested quote.", 2),
        ("list_item", "First item", 1),
        ("list_item", "Second item", 1),
        ("list_item", "Nested item", 2),
        ("list_item", "Numbered", 1),
        ("code", "total = 57 + 56", 0),
        ("table_row", "City\tDrones", 0),
        ("table_row", "Kazan\t8", 0),
    ]


def test_blocks_are_separated_by_one_newline() -> None:
    article = article_from_markdown(NOTE)
    for before, after in zip(article.blocks, article.blocks[1:], strict=False):
        assert article.text[before.end : after.start] == "\n"


def test_inlines_index_the_rendered_text() -> None:
    assert styled(article_from_markdown(NOTE)) == [
        ("italic", "Kazan", None),
        ("bold", "high-rises", None),
        ("link", "Rustam Minnikhanov", "https://example.org/gov"),
        ("code", "halted", None),
        ("bold", "acknowledge", None),
    ]


def test_raw_html_is_shown_as_text_not_rendered() -> None:
    article = article_from_markdown(
        'Hello <b onclick="x()">there</b>\n\n<div>\n<script>alert(1)</script>\n</div>'
    )
    assert '<b onclick="x()">there</b>' in article.text
    assert "<script>alert(1)</script>" in article.text
    assert not any(inline.style == "bold" for inline in article.inlines)


def test_images_are_not_fetched_or_shown() -> None:
    article = article_from_markdown("Before ![tracking pixel](https://tracker.example/p.gif) after.")
    assert article.text == "Before after."
    assert not article.inlines


def test_unsafe_link_schemes_are_not_links() -> None:
    article = article_from_markdown("[click](javascript:alert(1)) and [mail](mailto:a@b.org)")
    assert styled(article) == [("link", "mail", "mailto:a@b.org")]


def test_entities_and_escapes_render_as_characters() -> None:
    article = article_from_markdown(r"AT&amp;T said \*not\* 5 &lt; 6 &copy;")
    assert article.text == "AT&T said *not* 5 < 6 ©"


def test_hard_line_break_stays_in_its_block() -> None:
    article = article_from_markdown("Line one  \nline two")
    assert spans(article) == [("paragraph", "Line one\nline two", 0)]


@pytest.mark.parametrize(
    ("label", "source"),
    [
        ("quote on one line", ">" * 10_000 + " deep"),
        ("quote growing per line", "\n".join(">" * depth + " x" for depth in range(10_000))),
        ("list markers on one line", "- " * 10_000 + "x"),
        ("numbered markers on one line", "1. " * 10_000 + "x"),
        ("indented list", "".join(" " * (4 * depth) + "- item\n" for depth in range(1_000))),
        ("brackets", "[" * 10_000 + "x" + "]" * 10_000),
        ("link parentheses", "[x](" * 10_000),
    ],
)
def test_pathological_nesting_falls_back_to_plain_text_quickly(label: str, source: str) -> None:
    started = time.monotonic()
    article = article_from_markdown(source)
    assert time.monotonic() - started < 2, label
    assert article.text == source
    assert article.format == "text"
    assert article.metadata["rendering_note"].startswith("Shown as plain text")


def test_nesting_within_the_limit_renders() -> None:
    depth = MAX_MARKDOWN_NESTING // 2
    article = article_from_markdown(">" * depth + " deep")
    assert article.format == "markdown"
    assert spans(article) == [("quote", "deep", depth)]


def test_markup_only_is_an_error() -> None:
    with pytest.raises(ArticleLoadError, match="no text"):
        article_from_markdown("![only an image](a.png)\n\n---\n")


def test_md_file_is_rendered_by_load_article(tmp_path: Path) -> None:
    path = tmp_path / "note.MD"
    path.write_bytes(b"\xef\xbb\xbf# Title\r\n\r\nBody with *style*.\r\n")
    article = load_article(path)
    assert article.format == "markdown"
    assert article.text == "Title\nBody with style."
    assert article.title == "Title"


def test_slow_rendering_is_stopped_at_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python-Markdown is quadratic on runs of emphasis marks: tens of seconds for 300 KB.
    monkeypatch.setattr(markdown_loader, "MARKDOWN_RENDER_SECONDS", 1.0)
    source = "*_" * 150_000
    started = time.monotonic()
    article = article_from_markdown(source)
    assert time.monotonic() - started < 5
    assert article.text == source
    assert (
        article.metadata["rendering_note"]
        == "Shown as plain text: rendering it as Markdown took longer than 1 s."
    )


def test_yaml_front_matter_gives_title_and_metadata_and_is_not_shown() -> None:
    source = (
        "---\n"
        'title: "Bridge: to close 🌉"\n'
        "authors: [Ann Lee, Tom Roe]\n"
        "site: Harbour Gazette\n"
        "date: 2024-03-04\n"
        "url: https://example.com/bridge\n"
        "tags: [bridges, council]\n"
        "---\n"
        "# A heading in the text\n\nThe council voted.\n"
    )
    article = article_from_markdown(source)
    assert article.title == "Bridge: to close 🌉"
    assert article.metadata == {
        "author": "Ann Lee, Tom Roe",
        "site": "Harbour Gazette",
        "published": "2024-03-04",
        "url": "https://example.com/bridge",
    }
    assert article.text == "A heading in the text\nThe council voted."


@pytest.mark.parametrize(
    "source",
    [
        "---\nnot: [valid yaml\n---\nBody text here.\n",  # broken YAML: kept as text
        "---\n- a list\n- not a mapping\n---\nBody text here.\n",
        "---\nJust a rule above some text\n",  # no closing fence: a thematic break and text
    ],
)
def test_a_block_that_is_not_front_matter_stays_in_the_article(source: str) -> None:
    article = article_from_markdown(source)
    assert "Body text here." in article.text or "Just a rule" in article.text
    assert article.metadata == {}


def test_front_matter_with_a_javascript_url_keeps_no_url() -> None:
    article = article_from_markdown("---\nurl: javascript:alert(1)\ntitle: T\n---\nText of the article.\n")
    assert "url" not in article.metadata and article.title == "T"
