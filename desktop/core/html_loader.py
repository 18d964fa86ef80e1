"""A saved web page as an article: trafilatura extracts the main text and its metadata.

Trafilatura runs in a time-limited child process and returns its HTML rendering
(headings, paragraphs, lists, quotes, tables, bold/italic, links), which is laid out
like Markdown's. Nothing is fetched and no script runs: the page is only parsed.
"""

from __future__ import annotations

import json
import re
import threading
from itertools import islice

import lxml.html

from desktop.core.article import Article, ArticleLoadError
from desktop.core.decoding import decode_text
from desktop.core.html_layout import layout_html
from desktop.core.time_limit import (
    ChildFailed,
    MemoryLimitExceeded,
    TimeLimitExceeded,
    WorkCancelled,
    run_with_time_limit,
)

# News pages extract in well under a second; a page that takes this long is hostile.
HTML_EXTRACT_SECONDS = 20.0
# News pages extract in under 200 MB; a 14.5 MB table took 1.56 GB before this cap.
HTML_EXTRACT_MEMORY_BYTES = 1024 * 1024 * 1024

# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">,
# looked for where browsers look: the first 1024 bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_META_SNIFF_BYTES = 1024
# trafilatura falls back to any text it finds (a "Home" link, "Please sign in"); fewer
# words than this is a page without an article.
MIN_ARTICLE_WORDS = 10
# trafilatura's <meta name=…> in its output → Article.metadata keys.
_METADATA_KEYS = {
    "author": "author",
    "date": "published",
    "sitename": "site",
    "url": "url",
    "description": "description",
    "hostname": "hostname",
}
_UTF8_HTML = lxml.html.HTMLParser(encoding="utf-8")
_AUTHOR_META = re.compile(r"<meta name=\"author\"")
# "By Louis Jacobson", "By Ana Swanson and Keith Bradsher | Nov. 18": names of capitalised
# words ("By Monday, prices had..." names no one: one word, then a comma).
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
_BYLINE = re.compile(
    rf"By\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?=$|\s+(?:on|in|for|at|from|\|)\s|\s*[|,•·–—-])"
)
_BYLINE_MAX_CHARS = 160
_BYLINE_REACH = 5  # the byline sits right after the headline


def article_from_html(
    data: bytes,
    source: str | None = None,
    url: str | None = None,
    http_charset: str | None = None,
    cancelled: threading.Event | None = None,
) -> Article:
    """The main article of HTML page ``data``.

    The encoding is the BOM's, else ``http_charset`` (from a Content-Type header), else
    the page's meta charset, else detected. ``url`` resolves relative links. Setting
    ``cancelled`` ends the extraction at once.
    """
    html = decode_text(data, http_charset or meta_charset(data))
    return article_from_html_text(html, source=source, url=url, cancelled=cancelled)


def article_from_html_text(
    html: str, source: str | None = None, url: str | None = None, cancelled: threading.Event | None = None
) -> Article:
    """The main article of an already decoded HTML page (e.g. from the clipboard)."""
    if not html.strip():
        raise ArticleLoadError("The page is empty.")
    request = json.dumps({"html": html, "url": url}).encode("utf-8")
    try:
        extracted = run_with_time_limit(
            __name__,
            "extract_article_html",
            request,
            HTML_EXTRACT_SECONDS,
            HTML_EXTRACT_MEMORY_BYTES,
            cancelled,
        )
    except TimeLimitExceeded as error:
        raise ArticleLoadError(f"Extracting the article from this page {error}; giving up.") from None
    except WorkCancelled:
        raise ArticleLoadError("Extracting the article from this page was cancelled.") from None
    except MemoryLimitExceeded as error:
        raise ArticleLoadError(
            f"This page is too large or complex to extract an article from ({error})."
        ) from None
    except ChildFailed as error:
        raise ArticleLoadError(f"Could not extract an article from this page ({error}).") from None
    found = json.loads(extracted)
    if not found["html"].strip():
        raise ArticleLoadError("No article text found in this page.")
    document = lxml.html.document_fromstring(found["html"], parser=_UTF8_HTML)
    layout = layout_html(document)
    if len(layout.text.split()) < MIN_ARTICLE_WORDS:
        raise ArticleLoadError("No article text found in this page.")
    fields = {meta.get("name"): meta.get("content") or "" for meta in document.iter("meta")}
    metadata = {key: fields[name].strip() for name, key in _METADATA_KEYS.items() if fields.get(name)}
    if "author" not in metadata and found["byline"]:
        metadata["author"] = found["byline"]  # trafilatura missed the page's own byline
    if "author" in metadata:
        metadata["author"] = ", ".join(filter(None, (name.strip() for name in metadata["author"].split(";"))))
    return Article(
        text=layout.text,
        title=_without_site_name(fields.get("title") or "", metadata.get("site", "")) or None,
        source=source,
        format="html",
        blocks=layout.blocks,
        inlines=layout.inlines,
        metadata=metadata,
    )


def _without_site_name(title: str, site: str) -> str:
    """ "NASA adds five companies - SpaceNews.com" → the headline alone, when the end is the site."""
    title = " ".join(title.split())
    for separator in (" - ", " | ", " – ", " — ", " :: "):
        headline, found, end = title.rpartition(separator)
        if found and site and end.casefold() == site.casefold() and headline:
            return headline
    return title


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag near its start, if any."""
    match = _META_CHARSET.search(data[:_META_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def extract_article_html(request: bytes) -> bytes:
    """trafilatura's HTML and the page's own byline, as JSON ``{"html", "byline"}``, for a JSON
    request ``{"html", "url"}`` (run in the child process)."""
    # Imported here: only that child needs it, and importing it costs the window 0.12 s at launch.
    import trafilatura

    fields = json.loads(request)
    extracted = trafilatura.extract(
        fields["html"],
        url=fields["url"],
        output_format="html",
        with_metadata=True,
        include_formatting=True,
        include_links=True,
        include_tables=True,
        include_images=False,
        include_comments=False,
    )
    byline = None if extracted is None or _AUTHOR_META.search(extracted) else page_byline(fields["html"])
    return json.dumps({"html": extracted or "", "byline": byline}).encode("utf-8")


def page_byline(html: str) -> str | None:
    """The author a page names itself where trafilatura finds none: schema.org microdata
    (itemprop="author"), a link with rel="author", or a short "By NAME" line after the headline
    ("By Louis Jacobson on Monday, November 18th, 2019")."""
    try:
        document = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    marked = document.xpath('//*[@itemprop="author"]|//a[@rel="author"]')
    names = [" ".join(_author_name(element).split()) for element in marked]
    if any(names):
        return ", ".join(dict.fromkeys(name for name in names if name))
    headline = next(document.iter("h1"), None)
    elements = headline.itersiblings() if headline is not None else document.iter("p", "div", "span")
    for element in islice(elements, _BYLINE_REACH):
        text = " ".join(element.text_content().split())
        byline = _BYLINE.match(text) if len(text) <= _BYLINE_MAX_CHARS else None
        if byline:
            return byline.group("names")
    return None


def _author_name(element: lxml.html.HtmlElement) -> str:
    """ "<meta itemprop="author" content=…>", or the author's itemprop="name" inside the element."""
    name = element.xpath('.//*[@itemprop="name"]')
    return str(element.get("content") or (name[0] if name else element).text_content())
