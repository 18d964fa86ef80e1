"""Every loader fuzzed two ways.

Random bytes: an Article or an ArticleLoadError, nothing else, never a hang. Valid documents (HTML
pages and Markdown files built from headings, paragraphs, list items and styled words): an
Article that shows every word, no markup, and the title, with offsets that index its text.
"""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.article import Article, ArticleLoadError, InlineStyle
from desktop.core.clipboard import article_from_clipboard
from desktop.core.decoding import decode_text
from desktop.core.html_loader import article_from_html
from desktop.core.loaders import article_from_text, load_article
from desktop.core.markdown_loader import article_from_markdown

# Markdown and HTML run in a child process (~0.1 s each), so fewer examples there.
FAST = settings(max_examples=200, deadline=timedelta(seconds=2))
CHILD = settings(
    max_examples=25, deadline=timedelta(seconds=15), suppress_health_check=[HealthCheck.too_slow]
)
# Valid documents always reach the child process (~0.4 s for a page): fewer still.
DOCUMENTS = settings(CHILD, max_examples=10)

# Bytes that look a little like the formats, so the parsers get past their first checks.
MARKUP_ALPHABET = list(b"<>/=\"'!-#*_[]()`>|&;:\n\r\t abcpdivhl1\xc3\xa9\xe2\x80\x9c\x00\xff")
markup_bytes = st.binary(max_size=2000) | st.lists(st.sampled_from(MARKUP_ALPHABET), max_size=2000).map(bytes)


def assert_valid(article: Article) -> None:
    assert article.text.strip()
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
    for inline in article.inlines:
        assert 0 <= inline.start < inline.end <= len(article.text)


# Plain news words: nothing trafilatura takes for boilerplate ("share", "login", "cookies").
WORDS = (
    *("harbour", "council", "bridge", "river", "minister", "report", "budget", "station", "workers"),
    *("morning", "village", "drivers", "weather", "season", "museum", "railway", "doctors", "schools"),
    *("market", "tunnel", "engineers", "families", "planning", "repairs", "evening", "voters"),
    *("traffic", "farmers", "library", "airport", "closed", "opened", "said", "will", "after", "the"),
)
LINK = "https://example.com/story"


@dataclass(frozen=True)
class Styled:
    """Word ``index`` of a paragraph shown bold, italic or as a link."""

    index: int
    style: InlineStyle


@dataclass(frozen=True)
class Paragraph:
    words: tuple[str, ...]
    styled: Styled | None

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def marked_up(self, mark: dict[InlineStyle, str]) -> str:
        """The words with the styled one wrapped by ``mark[style]`` ("<b>{}</b>", "**{}**")."""
        words = list(self.words)
        if self.styled is not None:
            words[self.styled.index] = mark[self.styled.style].format(words[self.styled.index])
        return " ".join(words)


@dataclass(frozen=True)
class Section:
    heading: str | None
    paragraphs: tuple[Paragraph, ...]
    list_items: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    title: str
    sections: tuple[Section, ...]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for section in self.sections for p in section.paragraphs]

    @property
    def shown_texts(self) -> list[str]:
        """Every heading, paragraph and list item, as the reader should show it."""
        return [
            text
            for section in self.sections
            for text in (
                *([section.heading] if section.heading else []),
                *(p.text for p in section.paragraphs),
                *section.list_items,
            )
        ]

    def as_html(self) -> str:
        mark: dict[InlineStyle, str] = {
            "bold": "<b>{}</b>",
            "italic": "<em>{}</em>",
            "link": f'<a href="{LINK}">{{}}</a>',
        }
        body = "".join(
            (f"<h2>{section.heading}</h2>" if section.heading else "")
            + "".join(f"<p>{p.marked_up(mark)}</p>" for p in section.paragraphs)
            + (
                "<ul>" + "".join(f"<li>{item}</li>" for item in section.list_items) + "</ul>"
                if section.list_items
                else ""
            )
            for section in self.sections
        )
        return (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{self.title}</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<main><article><h1>{self.title}</h1>{body}</article></main>"
            "<footer><p>Example News Ltd</p></footer></body></html>"
        )

    def as_markdown(self) -> str:
        mark: dict[InlineStyle, str] = {"bold": "**{}**", "italic": "*{}*", "link": f"[{{}}]({LINK})"}
        parts = [f"# {self.title}"]
        for section in self.sections:
            if section.heading:
                parts.append(f"## {section.heading}")
            parts.extend(p.marked_up(mark) for p in section.paragraphs)
            if section.list_items:
                parts.append("\n".join(f"- {item}" for item in section.list_items))
        return "\n\n".join(parts) + "\n"


def _phrases(min_words: int, max_words: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words).map(
        lambda words: " ".join(words).capitalize()
    )


@st.composite
def _paragraphs(draw: st.DrawFn) -> Paragraph:
    sentences = draw(st.lists(_phrases(6, 14).map(lambda phrase: phrase + "."), min_size=2, max_size=4))
    words = tuple(" ".join(sentences).split(" "))
    # Not the last word, whose full stop would be styled with it.
    styled = draw(
        st.none()
        | st.builds(Styled, st.integers(0, len(words) - 2), st.sampled_from(["bold", "italic", "link"]))
    )
    return Paragraph(words, styled)


sections = st.builds(
    Section,
    st.none() | _phrases(2, 5),
    st.lists(_paragraphs(), min_size=1, max_size=3).map(tuple),
    st.lists(_phrases(3, 8), max_size=3).map(tuple),
)
# Three paragraphs at least: trafilatura takes a page with less text for one without an article.
documents = st.builds(Document, _phrases(2, 6), st.lists(sections, min_size=1, max_size=4).map(tuple)).filter(
    lambda document: len(document.paragraphs) >= 3
)


def assert_shows(article: Article, document: Document) -> None:
    """``article`` is ``document`` as the reader should show it: every word, no markup, the title."""
    assert_valid(article)
    assert article.title == document.title
    flowing_text = " ".join(article.text.split())
    for text in document.shown_texts:
        assert text in flowing_text
    for leaked in ("<", ">", "&", "**", "](", "#", LINK):
        assert leaked not in article.text
    for before, after in pairwise(article.blocks):
        assert before.end <= after.start
    block_texts = {(b.kind, article.text[b.start : b.end]) for b in article.blocks}
    for section in document.sections:
        assert section.heading is None or ("heading", section.heading) in block_texts
        assert {("list_item", item) for item in section.list_items} <= block_texts
    inline_texts = {(i.style, article.text[i.start : i.end], i.href) for i in article.inlines}
    for paragraph in document.paragraphs:
        if paragraph.styled is not None:
            href = LINK if paragraph.styled.style == "link" else None
            assert (paragraph.styled.style, paragraph.words[paragraph.styled.index], href) in inline_texts


@DOCUMENTS
@given(documents)
def test_valid_html_page(document: Document) -> None:
    assert_shows(article_from_html(document.as_html().encode("utf-8")), document)


@DOCUMENTS
@given(documents)
def test_valid_markdown(document: Document) -> None:
    assert_shows(article_from_markdown(document.as_markdown()), document)


@FAST
@given(st.binary(max_size=4000))
def test_decode_text(data: bytes) -> None:
    try:
        text = decode_text(data)
    except ArticleLoadError:
        return
    assert "\r" not in text


@FAST
@given(st.text(max_size=2000))
def test_article_from_text(text: str) -> None:
    with contextlib.suppress(ArticleLoadError):
        assert_valid(article_from_text(text))


@CHILD
@given(markup_bytes)
def test_markdown(data: bytes) -> None:
    with contextlib.suppress(ArticleLoadError):
        assert_valid(article_from_markdown(decode_text(data)))


@CHILD
@given(markup_bytes)
def test_html(data: bytes) -> None:
    with contextlib.suppress(ArticleLoadError):
        assert_valid(article_from_html(data))


@CHILD
@given(st.one_of(st.none(), st.text(max_size=500)), st.one_of(st.none(), st.text(max_size=500)))
def test_clipboard(html: str | None, text: str | None) -> None:
    with contextlib.suppress(ArticleLoadError):
        assert_valid(article_from_clipboard(html, text))


@CHILD
@given(markup_bytes, st.sampled_from([".txt", ".md", ".html", ".bin"]))
def test_load_article(data: bytes, suffix: str) -> None:
    # A fresh directory per example: hypothesis reuses function-scoped fixtures such as tmp_path.
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"fuzz{suffix}"
        path.write_bytes(data)
        with contextlib.suppress(ArticleLoadError):
            assert_valid(load_article(path))


@DOCUMENTS
@given(documents, st.sampled_from([".html", ".md", ".txt", ".bin"]))
def test_load_valid_document(document: Document, suffix: str) -> None:
    source = document.as_html() if suffix == ".html" else document.as_markdown()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"document{suffix}"
        path.write_text(source, encoding="utf-8")
        article = load_article(path)
    if suffix in (".html", ".md"):
        assert_shows(article, document)
    else:  # shown as plain text, markup and all
        assert_valid(article)
        assert article.text == source
