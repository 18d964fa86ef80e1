"""An article from what the clipboard offers: its HTML when that holds an article, else its text."""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.core.article import Article, ArticleLoadError
from desktop.core.plain_text import article_from_text


def article_from_clipboard(html: str | None, text: str | None) -> Article:
    """The article in the clipboard's ``html`` flavour if it yields text, else its ``text`` flavour."""
    if html and html.strip():
        from desktop.core.html_loader import article_from_html_text  # lxml: not needed at launch

        try:
            return article_from_html_text(html)
        except ArticleLoadError:
            # Short selections are often too small for the extractor: the text flavour is the same words.
            if not (text and text.strip()):
                raise
    if not (text and text.strip()):
        raise ArticleLoadError("The clipboard holds no text.")
    return article_from_text(text)


def web_address(text: str | None) -> str | None:
    """``text`` when it is one http(s) address and nothing else, as a link copied or dragged
    from a browser is; else None."""
    candidate = (text or "").strip()
    if not candidate or any(char.isspace() for char in candidate):
        return None
    parts = urlsplit(candidate)
    return candidate if parts.scheme.lower() in {"http", "https"} and parts.netloc else None
