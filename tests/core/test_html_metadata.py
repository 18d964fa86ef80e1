"""Real news pages (../shared/articles/news-html) keep their headline, outlet, author and date."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from desktop.core.decoding import decode_text
from desktop.core.html_loader import meta_charset
from desktop.core.loaders import load_article
from tests.conftest import SHARED_DIR

PAGES = SHARED_DIR / "articles" / "news-html"

pytestmark = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/articles/news-html is not here")
MANIFEST: dict[str, str] = {}
if PAGES.is_dir():
    MANIFEST = {
        page["id"]: page["url"] for page in json.loads((PAGES / "manifest.json").read_text())["articles"]
    }


def page_meta(path: Path) -> dict[str, str]:
    """The page's own Open Graph / article meta tags, read directly from its HTML."""
    data = path.read_bytes()
    document = lxml.html.document_fromstring(decode_text(data, meta_charset(data)))
    found: dict[str, str] = {}
    for meta in document.iter("meta"):
        name = meta.get("property") or meta.get("name") or ""
        if meta.get("content"):
            found.setdefault(name.lower(), " ".join(meta.get("content", "").split()))
    return found


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@pytest.mark.parametrize(
    "path", sorted(PAGES.glob("*.html")) if PAGES.is_dir() else [], ids=lambda p: p.stem[:8]
)
def test_headline_outlet_and_date_match_the_page(path: Path) -> None:
    article = load_article(path)
    meta = page_meta(path)
    assert article.title
    headline = meta.get("og:title") or meta.get("twitter:title") or ""
    if headline:
        # The page's own headline, less a " - Outlet" ending the article title does not repeat.
        assert words(headline)[: len(words(article.title))] == words(article.title)
    assert article.metadata.get("site")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.metadata.get("published", ""))
    for key in ("article:published_time", "date", "pubdate"):
        if meta.get(key, "")[:4].isdigit():
            assert article.metadata["published"] == meta[key][:10]
            break
    # The outlet: as the page names itself, or as its web address does ("The Detroit News").
    outlet = "".join(word for word in words(article.metadata["site"]) if word != "the")
    hostname = urlsplit(MANIFEST[path.stem]).hostname or ""
    assert outlet == "".join(words(meta.get("og:site_name", ""))) or outlet in hostname.replace(".", "")
    assert not article.title.endswith(f" - {article.metadata['site']}")
