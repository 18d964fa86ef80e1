"""An article from what the clipboard offers: its HTML when that holds an article, else its text."""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.core.article import Article, ArticleLoadError
from desktop.core.loaders import MAX_ARTICLE_BYTES, check_not_too_large, utf8_size
from desktop.core.plain_text import article_from_text


def article_from_clipboard(html: str | None, text: str | None) -> Article:
    """The article in the clipboard's ``html`` flavour if it yields text, else its ``text``
    flavour; refused, as a file would be, when the text is over ``MAX_ARTICLE_BYTES``."""
    has_text = bool(text and text.strip())
    if text:
        check_not_too_large("The clipboard's text", utf8_size(text))
    if html and html.strip():
        html_size = utf8_size(html)
        if not has_text:
            check_not_too_large("The clipboard's page", html_size)
        # The markup of a long text is larger than the text: over the limit, the text is the article.
        if html_size <= MAX_ARTICLE_BYTES:
            from desktop.core.html_loader import article_from_html_text  # lxml: not needed at launch

            try:
                return article_from_html_text(html)
            except ArticleLoadError:
                # Short selections are often too small for the extractor: the text flavour is the same words.
                if not has_text:
                    raise
    if not has_text:
        raise ArticleLoadError("The clipboard holds no text.")
    assert text is not None
    return article_from_text(text)


def web_address(text: str | None) -> str | None:
    """``text`` when it is one http(s) address and nothing else, as a link copied or dragged
    from a browser is; else None."""
    candidate = (text or "").strip()
    if not candidate or any(char.isspace() for char in candidate):
        return None
    parts = urlsplit(candidate)
    return candidate if parts.scheme.lower() in {"http", "https"} and parts.netloc else None
