"""Fetch a web page over HTTP(S) and open it as an HTML (or plain-text) article, or a PDF or
EPUB book through the loaders that open them from a file."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
import zlib
from email.message import Message
from typing import Any, cast
from urllib.parse import urlsplit

from desktop.core.article import Article, ArticleLoadError
from desktop.core.decoding import decode_text
from desktop.core.loaders import MAX_ARTICLE_BYTES, MAX_BOOK_BYTES
from desktop.core.plain_text import article_from_text

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
_PDF = "application/pdf"
_EPUB = "application/epub+zip"
_BOOK_TYPES = {_PDF: _PDF, "application/x-pdf": _PDF, _EPUB: _EPUB}
# Types servers send a file under when they do not say what it is: its first bytes tell.
_ANY_FILE_TYPES = frozenset(
    {"application/octet-stream", "binary/octet-stream", "application/zip", "application/x-zip-compressed"}
)
# An EPUB is a zip whose first entry, stored uncompressed, is "mimetype" holding its type.
_ZIP_ENTRY = b"PK\x03\x04"
_EPUB_MIMETYPE_ENTRY = b"mimetype" + _EPUB.encode()
_CHUNK_BYTES = 64 * 1024
# How soon a cancelled fetch gives up.
_CANCEL_POLL_SECONDS = 0.1
_HEADERS = {
    "User-Agent": "ReadingAssistant/0.1 (+local reader)",
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,application/pdf;q=0.5,application/epub+zip;q=0.5",
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


def fetch_url(
    url: str,
    timeout: float = 15,
    max_bytes: int = MAX_ARTICLE_BYTES,
    cancelled: threading.Event | None = None,
    max_book_bytes: int = MAX_BOOK_BYTES,
) -> Article:
    """Download ``url`` within ``timeout`` seconds in all and at most ``max_bytes`` (a PDF or EPUB
    ``max_book_bytes``, as from a file), as an article.

    The deadline covers connecting, the response headers and the body; setting ``cancelled``
    gives up at once, also while the article is being extracted. HTML pages go through the
    HTML extractor; text/plain becomes a plain-text article; PDF and EPUB, told by their type or
    their first bytes, go through the loaders that open them from a file.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.netloc:
        raise ArticleLoadError(f"Not a web address (only http:// and https:// can be opened): {url}")
    download = _Download(url, timeout, max_bytes, max_book_bytes)
    worker = threading.Thread(target=download.run, name=f"fetch {url}"[:60], daemon=True)
    worker.start()
    deadline = time.monotonic() + timeout
    while not download.finished.wait(min(_CANCEL_POLL_SECONDS, max(0.0, deadline - time.monotonic()))):
        if cancelled is not None and cancelled.is_set():
            download.abandon()
            raise ArticleLoadError(f"Fetching {url} was cancelled.")
        if time.monotonic() >= deadline:
            download.abandon()
            raise ArticleLoadError(_timed_out(url, timeout))
    if download.error is not None:
        raise download.error
    data, content_type, charset = download.result
    if not data.strip():
        raise ArticleLoadError(f"{url} returned an empty page.")
    if content_type in _TEXT_TYPES:
        return article_from_text(decode_text(data, charset), source=url)
    if content_type == _PDF:
        from desktop.core.pdf_loader import article_from_pdf  # pdfium: imported once a PDF comes

        return article_from_pdf(data, source=url, cancelled=cancelled)
    if content_type == _EPUB:
        from desktop.core.epub_loader import article_from_epub

        return article_from_epub(data, source=url)
    from desktop.core.html_loader import article_from_html  # lxml: imported once a page comes

    return article_from_html(data, source=url, url=url, http_charset=charset, cancelled=cancelled)


class _Download:
    """One HTTP exchange on a thread of its own, so the caller can keep an overall deadline.

    urllib's timeout applies to each socket operation, so a server sending one header byte
    a second never trips it; the caller instead waits for ``finished`` and, when time is up,
    abandons the download, which shuts its sockets down so the thread ends soon after.
    """

    def __init__(self, url: str, timeout: float, max_bytes: int, max_book_bytes: int) -> None:
        self.url = url
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_book_bytes = max_book_bytes
        self.finished = threading.Event()
        self.result: tuple[bytes, str, str | None] = (b"", "", None)
        self.error: Exception | None = None
        self._lock = threading.Lock()
        self._connections: list[http.client.HTTPConnection] = []
        self._abandoned = False

    def run(self) -> None:
        try:
            self.result = self._download()
        except Exception as error:  # handed to the caller's thread, which reports it
            self.error = error
        finally:
            self.finished.set()

    def abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            connections = list(self._connections)
        for connection in connections:
            _shut_down(connection.sock)

    def tracked(self, base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        """``base`` connections that this download shuts down when it is abandoned."""

        def connect(connection: http.client.HTTPConnection) -> None:
            base.connect(connection)
            with self._lock:
                if not self._abandoned:
                    self._connections.append(connection)
                    return
            # Given up while connecting: nobody waits for this connection any more.
            _shut_down(connection.sock)
            raise TimeoutError

        return cast(
            type[http.client.HTTPConnection], type(f"Tracked{base.__name__}", (base,), {"connect": connect})
        )

    def _download(self) -> tuple[bytes, str, str | None]:
        url = self.url
        opener = urllib.request.build_opener(
            _HttpOnlyRedirects, _TrackedHTTPHandler(self), _TrackedHTTPSHandler(self)
        )
        request = urllib.request.Request(url, headers=_HEADERS)
        try:
            with opener.open(request, timeout=self.timeout) as response:
                # Without a Content-Type the page is told by its first bytes, as browsers do.
                typed = "Content-Type" in response.headers
                content_type = response.headers.get_content_type() if typed else "text/html"
                charset = response.headers.get_content_charset()
                if content_type not in _HTML_TYPES | _TEXT_TYPES | _BOOK_TYPES.keys() | _ANY_FILE_TYPES:
                    raise ArticleLoadError(_not_readable(url, content_type))
                # What may be a book is read to a book's limit, until its first bytes tell.
                maybe_book = not typed or content_type in _BOOK_TYPES.keys() | _ANY_FILE_TYPES
                limit = max(self.max_bytes, self.max_book_bytes) if maybe_book else self.max_bytes
                declared_length = response.headers.get("Content-Length", "")
                if declared_length.isdigit() and int(declared_length) > limit:
                    raise ArticleLoadError(_too_big(url, limit))
                body = _unpacked(
                    _read_at_most(response, limit, url),
                    response.headers.get("Content-Encoding", "identity").strip().lower(),
                    limit,
                    url,
                )
                book = _book_type(body) or _BOOK_TYPES.get(content_type)
                if book is not None:
                    if len(body) > self.max_book_bytes:
                        raise ArticleLoadError(_too_big(url, self.max_book_bytes))
                    return body, book, None
                if content_type in _ANY_FILE_TYPES:
                    raise ArticleLoadError(_not_readable(url, content_type))
                if len(body) > self.max_bytes:
                    raise ArticleLoadError(_too_big(url, self.max_bytes))
                if not typed and body.lstrip()[:1] != b"<":
                    content_type = "text/plain"
                return body, content_type, charset
        except urllib.error.HTTPError as error:
            if 300 <= error.code < 400:  # urllib gives up on a loop, or after 10 redirects
                raise ArticleLoadError(f"{url} redirects too many times (or in a loop).") from None
            raise ArticleLoadError(f"{url}: the server answered {error.code} {error.reason}.") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise ArticleLoadError(_timed_out(url, self.timeout)) from None
            raise ArticleLoadError(f"Could not reach {url}: {error.reason}.") from None
        except TimeoutError:
            raise ArticleLoadError(_timed_out(url, self.timeout)) from None
        except (http.client.HTTPException, OSError, ValueError) as error:
            raise ArticleLoadError(f"Could not download {url}: {error or type(error).__name__}.") from None


class _TrackingHandler(urllib.request.AbstractHTTPHandler):
    """urllib's handler, opening connections that ``download`` can shut down."""

    def __init__(self, download: _Download) -> None:
        super().__init__()
        self._download = download

    def do_open(
        self, http_class: Any, req: urllib.request.Request, **options: Any
    ) -> http.client.HTTPResponse:
        return super().do_open(self._download.tracked(http_class), req, **options)


class _TrackedHTTPHandler(_TrackingHandler, urllib.request.HTTPHandler):
    pass


class _TrackedHTTPSHandler(_TrackingHandler, urllib.request.HTTPSHandler):
    pass


def _shut_down(sock: socket.socket | None) -> None:
    """Wake a thread blocked reading ``sock``; the plain socket call also ends a TLS one."""
    if sock is None:
        return
    with contextlib.suppress(OSError):  # already closed, or not connected yet
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _read_at_most(response: http.client.HTTPResponse, max_bytes: int, url: str) -> bytes:
    """The body, read in chunks so that an endless one stops at ``max_bytes``."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise ArticleLoadError(_too_big(url, max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _unpacked(body: bytes, encoding: str, max_bytes: int, url: str) -> bytes:
    """``body`` without its Content-Encoding: a server may compress a page though none was asked
    for. The unpacked page is held to ``max_bytes`` as well."""
    if encoding in {"", "identity"}:
        return body
    if encoding not in {"gzip", "x-gzip", "deflate"}:
        raise ArticleLoadError(f"{url} is sent compressed as {encoding}, which cannot be read.")
    unpacker = zlib.decompressobj(zlib.MAX_WBITS | 32)  # a gzip or zlib header, either
    try:
        page = unpacker.decompress(body, max_bytes + 1)
    except zlib.error:
        raise ArticleLoadError(f"{url} is sent compressed ({encoding}), but damaged.") from None
    if len(page) > max_bytes:
        raise ArticleLoadError(_too_big(url, max_bytes))
    return page


def _book_type(body: bytes) -> str | None:
    """The type of a PDF or EPUB told by its first bytes, whatever the server called it."""
    if body.startswith(b"%PDF-"):
        return _PDF
    if body.startswith(_ZIP_ENTRY) and _EPUB_MIMETYPE_ENTRY in body[:100]:
        return _EPUB
    return None


def _not_readable(url: str, content_type: str) -> str:
    return f"{url} is not a web page, text, PDF or EPUB (it is {content_type})."


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url} is larger than the {max_bytes / 1024 / 1024:g} MB limit."


def _timed_out(url: str, timeout: float) -> str:
    return f"{url} did not answer within {timeout:g} s."
