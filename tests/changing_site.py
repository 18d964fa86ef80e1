"""A local web server with one article whose text a test changes: the outlet editing a story
(for Reload from Web and `reading-assistant add URL`)."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def changing_site(text: str) -> Iterator[tuple[str, list[str]]]:
    """The article's address, and the list whose last text the server sends (append to edit it)."""
    pages = [text]

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages[-1].encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/story", pages
    finally:
        server.shutdown()
        server.server_close()
