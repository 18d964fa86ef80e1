"""Saved web pages: main text, structure and metadata, odd encodings, pages with no article."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from desktop.core import html_loader
from desktop.core.article import ArticleLoadError
from desktop.core.html_loader import article_from_html, meta_charset
from desktop.core.loaders import load_article
from tests.conftest import SHARED_DIR

REPO = Path(__file__).resolve().parents[2]
NEWS_PAGES = SHARED_DIR / "articles" / "news-html"

PARAGRAPHS = [
    "Eight drones struck high-rises in Kazan on Saturday, the regional governor’s office said.",
    "Flights out of Kazan International Airport were temporarily halted and schools evacuated.",
    "Russia launched 113 drones into Ukraine overnight, Ukrainian officials said, 57 of which were shot down.",
    "The Kremlin also targeted Kyiv with ballistic missiles, while shelling was reported elsewhere.",
]


def news_page(charset_meta: str = '<meta charset="utf-8">', body_extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html><head>{charset_meta}
<title>Drones strike Kazan | Daily Example</title>
<meta name="author" content="Jane Reporter">
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-12-21">
<script>document.write("never run")</script>
<link rel="stylesheet" href="https://cdn.example/style.css">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Drones strike Kazan</h1>
{paragraphs}
<blockquote><p>“A massive attack,” the governor said of the strikes on the city.</p></blockquote>
<p>Read the <a href="https://example.org/report">full report</a> and the <b>official statement</b>.</p>
{body_extra}
</article>
<footer>© Daily Example. All rights reserved.</footer>
</body></html>"""


def test_main_text_metadata_and_structure() -> None:
    article = article_from_html(news_page().encode("utf-8"), source="page.html")
    assert article.format == "html"
    assert article.source == "page.html"
    assert article.title == "Drones strike Kazan"
    assert article.metadata["author"] == "Jane Reporter"
    assert article.metadata["site"] == "Daily Example"
    assert article.metadata["published"] == "2024-12-21"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    for boilerplate in ("Home", "All rights reserved", "never run", "<p>"):
        assert boilerplate not in article.text
    quote = next(b for b in article.blocks if b.kind == "quote")
    assert article.text[quote.start : quote.end].startswith("“A massive attack,”")
    link = next(i for i in article.inlines if i.style == "link")
    assert (article.text[link.start : link.end], link.href) == ("full report", "https://example.org/report")
    bold = next(i for i in article.inlines if i.style == "bold")
    assert article.text[bold.start : bold.end] == "official statement"


def test_blocks_cover_paragraphs_exactly() -> None:
    article = article_from_html(news_page().encode("utf-8"))
    texts = [article.text[b.start : b.end] for b in article.blocks if b.kind == "paragraph"]
    assert texts[: len(PARAGRAPHS)] == PARAGRAPHS


WESTERN = "Café owners in Zürich said the attack was “massive” – naïve résumé."
LATIN_1 = "Straße in Zürich, naïve café, Ærø."
CYRILLIC = "Заявление губернатора: «массированная атака» на Казань."


@pytest.mark.parametrize(
    ("encoding", "meta", "sentence"),
    [
        ("windows-1252", '<meta charset="windows-1252">', WESTERN),
        ("iso-8859-1", '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', LATIN_1),
        ("windows-1251", '<meta charset="windows-1251">', CYRILLIC),
        ("koi8-r", "<meta charset=koi8-r>", CYRILLIC),
        ("utf-8", "", WESTERN + CYRILLIC),
        ("windows-1252", "", WESTERN),
    ],
)
def test_declared_and_undeclared_encodings(encoding: str, meta: str, sentence: str) -> None:
    # Characters the encoding lacks become character references, as editors save them.
    page = news_page(charset_meta=meta, body_extra=f"<p>{sentence}</p>").encode(encoding, "xmlcharrefreplace")
    assert sentence in article_from_html(page).text


def test_http_charset_overrides_meta() -> None:
    page = news_page(charset_meta='<meta charset="utf-8">', body_extra="<p>Café “news” today.</p>")
    article = article_from_html(page.encode("cp1252"), http_charset="windows-1252")
    assert "Café “news” today." in article.text


@pytest.mark.parametrize(("meta", "encoding"), [("iso-8859-1", "utf-8"), ("utf-8", "cp1252")])
def test_a_saved_page_whose_meta_charset_lies_is_read_by_its_bytes(
    meta: str, encoding: str, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        news_page(f'<meta charset="{meta}">', "<p>Café owners in Zürich “agreed”.</p>").encode(encoding)
    )
    assert "Café owners in Zürich “agreed”." in load_article(page).text


def test_utf16_page_with_bom() -> None:
    page = news_page(charset_meta="").encode("utf-16")
    assert PARAGRAPHS[0] in article_from_html(page).text


def test_meta_charset_sniffing() -> None:
    assert meta_charset(b'<html><head><meta charset="KOI8-R">') == "KOI8-R"
    assert meta_charset(b"<meta http-equiv=content-type content='text/html;charset=iso-8859-2'>") == (
        "iso-8859-2"
    )
    assert meta_charset(b"<html><body>no declaration</body></html>") is None


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        b"<html><body><div>Please sign in</div><script>var article = 1;</script></body></html>",
        b"<html><head><title>Blank</title></head><body></body></html>",
    ],
)
def test_page_without_article_is_a_clear_error(page: bytes) -> None:
    with pytest.raises(ArticleLoadError, match="No article text found"):
        article_from_html(page)


def test_malformed_html_is_best_effort() -> None:
    page = "<html><body><div><p>" + "</p><p>".join(PARAGRAPHS) + "<div><span><b>unclosed <i>tags"
    article = article_from_html(page.encode("utf-8"))
    assert PARAGRAPHS[1] in article.text


def test_deeply_nested_html_does_not_crash() -> None:
    page = "<html><body>" + "<div>" * 20_000 + " ".join(PARAGRAPHS) + "</div>" * 20_000
    try:
        article = article_from_html(page.encode("utf-8"))
    except ArticleLoadError as error:
        assert "\n" not in str(error)
    else:
        assert article.text.strip()


def test_html_file_is_loaded_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "saved.HTM"
    path.write_bytes(news_page(charset_meta='<meta charset="windows-1252">').encode("cp1252"))
    article = load_article(path)
    assert article.format == "html"
    assert article.title == "Drones strike Kazan"


def load_benchmark() -> ModuleType:
    from benchmarks import html_extraction_accuracy

    return html_extraction_accuracy


def test_news_pages_reach_the_token_f1_bar() -> None:
    if not NEWS_PAGES.is_dir():
        pytest.skip(f"../shared not present: {NEWS_PAGES}")
    scores = load_benchmark().page_scores(NEWS_PAGES)
    assert len(scores) == 10
    assert sum(scores.values()) / len(scores) >= 0.98, scores


def test_extraction_is_time_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_loader, "HTML_EXTRACT_SECONDS", 0.01)
    with pytest.raises(ArticleLoadError, match=r"took longer than 0\.01 s"):
        article_from_html(news_page().encode("utf-8"))


def page_without_author_meta(before_text: str) -> bytes:
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<html><head><title>Bridge reopens</title></head><body>
<article><h1>Harbour bridge reopens after repairs</h1>
{before_text}
{paragraphs}
</article></body></html>""".encode()


@pytest.mark.parametrize(
    ("before_text", "author"),
    [
        ('<p class="meta">By <a href="/staff/mlopez">Maria Lopez</a> on Tuesday, May 6th</p>', "Maria Lopez"),
        ("<div>By Tom Reed and Ana Petrova | May 6, 2025</div>", "Tom Reed and Ana Petrova"),
        ('<span><meta itemprop="author" content="Sam Okafor"></span>', "Sam Okafor"),  # schema.org
    ],
)
def test_the_pages_own_byline_names_the_author_when_no_meta_does(before_text: str, author: str) -> None:
    article = article_from_html(page_without_author_meta(before_text))
    assert article.metadata["author"] == author


def test_a_sentence_starting_with_by_names_no_author() -> None:
    article = article_from_html(page_without_author_meta("<p>By Monday, the ferry queues had doubled.</p>"))
    assert "author" not in article.metadata
