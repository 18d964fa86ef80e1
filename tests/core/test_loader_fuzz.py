"""Random bytes into every loader: an Article or an ArticleLoadError, nothing else, never a hang."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.article import Article, ArticleLoadError
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

# Bytes that look a little like the formats, so the parsers get past their first checks.
MARKUP_ALPHABET = list(b"<>/=\"'!-#*_[]()`>|&;:\n\r\t abcpdivhl1\xc3\xa9\xe2\x80\x9c\x00\xff")
markup_bytes = st.binary(max_size=2000) | st.lists(st.sampled_from(MARKUP_ALPHABET), max_size=2000).map(bytes)


def assert_valid(article: Article) -> None:
    assert article.text.strip()
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
    for inline in article.inlines:
        assert 0 <= inline.start < inline.end <= len(article.text)


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
