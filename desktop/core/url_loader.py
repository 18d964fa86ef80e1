"""Fetch a web page over HTTP(S) and open it as an HTML (or plain-text) article."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from email.message import Message
from urllib.parse import urlsplit

from desktop.core.article import Article, ArticleLoadError
from desktop.core.decoding import decode_text
from desktop.core.html_loader import article_from_html
from desktop.core.loaders import MAX_ARTICLE_BYTES
from desktop.core.plain_text import article_from_text

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
_CHUNK_BYTES = 64 * 1024
_HEADERS = {
    "User-Agent": "ReadingAssistant/0.1 (+local reader)",
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
}


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): urllib would also follow one to ftp://."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in _ALLOWED_SCHEMES:
            raise ArticleLoadError(f"The page redirects to {newurl}, which is not an http(s) address.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def fetch_url(url: str, timeout: float = 15, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Download ``url`` within ``timeout`` seconds in all and at most ``max_bytes``, as an article.

    HTML pages go through the HTML extractor; text/plain becomes a plain-text article.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.netloc:
        raise ArticleLoadError(f"Not a web address (only http:// and https:// can be opened): {url}")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers=_HEADERS)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            if content_type not in _HTML_TYPES | _TEXT_TYPES:
                raise ArticleLoadError(f"{url} is not a web page or text (it is {content_type}).")
            declared_length = response.headers.get("Content-Length", "")
            if declared_length.isdigit() and int(declared_length) > max_bytes:
                raise ArticleLoadError(_too_big(url, max_bytes))
            data = _read_within(response, deadline, max_bytes, url)
    except urllib.error.HTTPError as error:
        raise ArticleLoadError(f"{url}: the server answered {error.code} {error.reason}.") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ArticleLoadError(_timed_out(url, timeout)) from None
        raise ArticleLoadError(f"Could not reach {url}: {error.reason}.") from None
    except TimeoutError:
        raise ArticleLoadError(_timed_out(url, timeout)) from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise ArticleLoadError(f"Could not download {url}: {error or type(error).__name__}.") from None
    if not data.strip():
        raise ArticleLoadError(f"{url} returned an empty page.")
    if content_type in _TEXT_TYPES:
        return article_from_text(decode_text(data, charset), source=url)
    return article_from_html(data, source=url, url=url, http_charset=charset)


def _read_within(response: http.client.HTTPResponse, deadline: float, max_bytes: int, url: str) -> bytes:
    """The body, read in chunks so a server trickling bytes cannot outlast the deadline."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise ArticleLoadError(_too_big(url, max_bytes))
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url} is larger than the {max_bytes / 1024 / 1024:g} MB limit."


def _timed_out(url: str, timeout: float) -> str:
    return f"{url} did not answer within {timeout:g} s."
