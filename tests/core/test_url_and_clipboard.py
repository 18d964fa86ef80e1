"""Fetching pages from a local HTTP server on 127.0.0.1, and articles from the clipboard."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.article import ArticleLoadError
from desktop.core.clipboard import article_from_clipboard, web_address
from desktop.core.loaders import MAX_ARTICLE_BYTES
from desktop.core.url_loader import fetch_url
from tests.core.epub_factory import write_book
from tests.core.pdf_factory import MARGIN, Page, column_lines, write_pdf
from tests.hostile import dribbling_server

STORY = " ".join(
    [
        "Eight drones struck high-rises in Kazan on Saturday, the regional governor's office said.",
        "Flights out of Kazan International Airport were temporarily halted and schools evacuated.",
        "Russia launched 113 drones into Ukraine overnight, Ukrainian officials said.",
    ]
)
PAGE = f"<html><head><title>Kazan</title></head><body><article><h1>Kazan</h1><p>{STORY}</p></article></body></html>"

# path → (status, content type, body, seconds to wait before answering)
ROUTES: dict[str, tuple[int, str, bytes, float]] = {
    "/story.html": (200, "text/html; charset=windows-1252", PAGE.replace("'", "’").encode("cp1252"), 0),
    "/story.txt": (200, "text/plain; charset=utf-8", f"Kazan\n\n{STORY}".encode(), 0),
    "/missing": (404, "text/html", b"<p>not here</p>", 0),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100), 0),
    "/big.html": (200, "text/html", b"<p>" + b"word " * 100_000 + b"</p>", 0),
    "/slow.html": (200, "text/html", PAGE.encode(), 3),
    "/empty.html": (200, "text/html", b"", 0),
    "/utf8-as-latin1.html": (200, "text/html; charset=iso-8859-1", PAGE.replace("'", "’").encode(), 0),
    "/cp1252-as-utf8.txt": (
        200,
        "text/plain; charset=utf-8",
        f"Kazan\n\nCafé owners. {STORY}".encode("cp1252"),
        0,
    ),
}

# path → (headers, body) of servers that break the rules: a page compressed though no
# compression was asked for, pages without a Content-Type.
ODD_ROUTES: dict[str, tuple[list[tuple[str, str]], bytes]] = {
    "/gzip.html": (
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
        gzip.compress(PAGE.encode()),
    ),
    "/gzip-bomb.html": (
        [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        gzip.compress(b"<p>" + b" " * 1_000_000 + b"</p>"),
    ),
    "/untyped.html": ([], PAGE.encode()),
    "/untyped.txt": ([], f"Kazan\n\n{STORY}".encode()),
    "/blob.bin": ([("Content-Type", "application/octet-stream")], bytes(range(256))),
}


# path → (Content-Type or None for none, file name in the module's ``books`` folder): the books
# it serves, under their own types, a type that says nothing, or none.
BOOK_ROUTES: dict[str, tuple[str | None, str]] = {
    "/report.pdf": ("application/pdf", "report.pdf"),
    "/book.epub": ("application/epub+zip", "book.epub"),
    "/download?id=7": ("application/octet-stream", "report.pdf"),
    "/files/book": (None, "book.epub"),
}
BOOKS_DIR: list[Path] = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path in BOOK_ROUTES:
            book_type, name = BOOK_ROUTES[self.path]
            body = (BOOKS_DIR[0] / name).read_bytes()
            self.send_response(200)
            if book_type is not None:
                self.send_header("Content-Type", book_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path in ODD_ROUTES:
            headers, body = ODD_ROUTES[self.path]
            self.send_response(200)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/redirect-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file.txt")
            self.end_headers()
            return
        status, content_type, body, delay = ROUTES[self.path]
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture(scope="module")
def server(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    BOOKS_DIR[:] = [tmp_path_factory.mktemp("books")]
    report = Page(column_lines([[STORY[:80], STORY[80:160]], [STORY[160:]]], MARGIN, 100))
    write_pdf(BOOKS_DIR[0] / "report.pdf", [report], title="Kazan report")
    write_book(BOOKS_DIR[0] / "book.epub", "Kazan book", "Ann Lee", [("Kazan", [STORY])])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_is_extracted_with_http_charset(server: str) -> None:
    url = f"{server}/story.html"
    article = fetch_url(url)
    assert article.source == url
    assert article.format == "html"
    assert "regional governor’s office" in article.text
    assert article.title == "Kazan"


def test_plain_text_page(server: str) -> None:
    article = fetch_url(f"{server}/story.txt")
    assert article.format == "text"
    assert article.title == "Kazan"
    assert article.text.endswith(STORY)


def test_a_utf8_page_sent_as_latin1_is_read_as_utf8(server: str) -> None:
    assert "regional governor’s office" in fetch_url(f"{server}/utf8-as-latin1.html").text


def test_a_windows_1252_text_sent_as_utf8_is_read_as_windows_1252(server: str) -> None:
    assert "Café owners." in fetch_url(f"{server}/cp1252-as-utf8.txt").text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "answered 404"),
        ("/image.png", "not a web page, text, PDF or EPUB"),
        ("/empty.html", "empty page"),
        ("/blob.bin", r"not a web page, text, PDF or EPUB \(it is application/octet-stream\)"),
        ("/redirect-ftp", "not an http"),
    ],
)
def test_failures_have_clear_messages(server: str, path: str, message: str) -> None:
    with pytest.raises(ArticleLoadError, match=message):
        fetch_url(f"{server}{path}")


def test_size_cap(server: str) -> None:
    with pytest.raises(ArticleLoadError, match="larger than"):
        fetch_url(f"{server}/big.html", max_bytes=10_000)


def test_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(ArticleLoadError, match=r"did not answer within 0\.5 s"):
        fetch_url(f"{server}/slow.html", timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_refused_connection() -> None:
    with pytest.raises(ArticleLoadError, match="Could not reach"):
        fetch_url("http://127.0.0.1:9/nothing-listens-here", timeout=2)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "kazan"])
def test_only_http_addresses(url: str) -> None:
    with pytest.raises(ArticleLoadError, match="only http"):
        fetch_url(url)


def test_clipboard_html_goes_through_the_html_path() -> None:
    article = article_from_clipboard(PAGE, "plain flavour")
    assert article.format == "html"
    assert STORY in article.text


def test_clipboard_falls_back_to_text_when_html_has_no_article() -> None:
    article = article_from_clipboard("<b>hi</b>", "Kazan drones\nEight drones struck.")
    assert article.format == "text"
    assert article.text == "Kazan drones\nEight drones struck."


def test_clipboard_text_only() -> None:
    assert article_from_clipboard(None, "Some copied words.").text == "Some copied words."


@pytest.mark.parametrize(("html", "text"), [(None, None), ("", "  \n"), (None, "")])
def test_empty_clipboard(html: str | None, text: str | None) -> None:
    with pytest.raises(ArticleLoadError, match="no text"):
        article_from_clipboard(html, text)


def test_clipboard_html_without_article_and_no_text_reports_the_html_error() -> None:
    with pytest.raises(ArticleLoadError, match="No article text found"):
        article_from_clipboard("<nav>Home</nav>", None)


def test_clipboard_text_over_the_file_limit_is_refused_as_a_file_is() -> None:
    # 19.6 MB pasted froze the window while it was shown and stored; a file that size is refused.
    words = "Eight drones struck the port. " * (MAX_ARTICLE_BYTES // 30 + 1)
    with pytest.raises(
        ArticleLoadError, match=r"^The clipboard's text is too large \(20\.1 MB\); the limit is 20 MB\.$"
    ):
        article_from_clipboard(f"<p>{words}</p>", words)


def test_clipboard_text_counts_in_utf8_bytes_as_a_file_does() -> None:
    # Fewer characters than the limit, more bytes: a file of them would be refused.
    words = "Žluťoučký kůň úpěl. " * (MAX_ARTICLE_BYTES // 20)
    assert len(words) <= MAX_ARTICLE_BYTES
    with pytest.raises(ArticleLoadError, match="too large"):
        article_from_clipboard(None, words)


def test_clipboard_markup_over_the_limit_leaves_its_text_flavour_the_article() -> None:
    text = "Kazan drones\nEight drones struck."
    markup = f"<article><p>{text}</p>{'<span></span>' * (MAX_ARTICLE_BYTES // 13 + 1)}</article>"
    article = article_from_clipboard(markup, text)
    assert (article.format, article.text) == ("text", text)
    with pytest.raises(ArticleLoadError, match=r"^The clipboard's page is too large"):
        article_from_clipboard(markup, None)


def test_headers_sent_a_byte_at_a_time_cannot_outlast_the_deadline() -> None:
    with dribbling_server() as url:
        started = time.monotonic()
        with pytest.raises(ArticleLoadError, match=r"did not answer within 1 s"):
            fetch_url(url, timeout=1)
        assert time.monotonic() - started < 2.5
        # The abandoned download's socket is shut down, so its thread does not linger either.
        assert wait_for_no_fetch_threads(2.0)


def wait_for_no_fetch_threads(seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while any(thread.name.startswith("fetch ") for thread in threading.enumerate()):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_hanging_fetch_can_be_cancelled() -> None:
    cancelled = threading.Event()
    with dribbling_server() as url:
        threading.Timer(0.3, cancelled.set).start()
        started = time.monotonic()
        with pytest.raises(ArticleLoadError, match="was cancelled"):
            fetch_url(url, timeout=60, cancelled=cancelled)
        assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (" https://example.org/news/story?id=1\n", "https://example.org/news/story?id=1"),
        ("HTTP://example.org/a", "HTTP://example.org/a"),
        ("Read https://example.org/a today", None),  # words around an address: an article's text
        ("ftp://example.org/a", None),
        ("https://", None),
        ("", None),
        (None, None),
    ],
)
def test_web_address_on_its_own(text: str | None, address: str | None) -> None:
    assert web_address(text) == address


@pytest.mark.parametrize("path", ["/gzip.html", "/untyped.html"])
def test_odd_servers_pages_are_read_as_pages(server: str, path: str) -> None:
    article = fetch_url(f"{server}{path}")
    assert article.format == "html"
    assert article.title == "Kazan"
    assert STORY in article.text


def test_a_page_without_content_type_that_is_not_markup_is_text(server: str) -> None:
    article = fetch_url(f"{server}/untyped.txt")
    assert article.format == "text"
    assert article.text.endswith(STORY)


def test_a_compressed_page_is_held_to_the_size_cap_once_unpacked(server: str) -> None:
    with pytest.raises(ArticleLoadError, match="larger than"):
        fetch_url(f"{server}/gzip-bomb.html", max_bytes=100_000)


def test_a_redirect_loop_is_said_in_one_line(server: str) -> None:
    with pytest.raises(ArticleLoadError) as raised:
        fetch_url(f"{server}/loop")
    assert str(raised.value) == f"{server}/loop redirects too many times (or in a loop)."


@pytest.mark.parametrize(
    ("path", "title", "book_format"),
    [
        ("/report.pdf", "Kazan report", "pdf"),
        ("/book.epub", "Kazan book", "epub"),
        ("/download?id=7", "Kazan report", "pdf"),
        ("/files/book", "Kazan book", "epub"),
    ],
)
def test_a_pdf_or_epub_by_web_address_opens_as_from_a_file(
    server: str, path: str, title: str, book_format: str
) -> None:
    # They were refused: "not a web page or text (it is application/pdf)".
    url = f"{server}{path}"
    article = fetch_url(url)
    assert (article.format, article.title, article.source) == (book_format, title, url)
    assert "Eight drones struck high-rises in Kazan" in article.text


def test_a_book_by_web_address_is_held_to_the_book_size_limit(server: str) -> None:
    with pytest.raises(ArticleLoadError, match="larger than"):
        fetch_url(f"{server}/download?id=7", max_book_bytes=100)
