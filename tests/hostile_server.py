"""A hostile web server on 127.0.0.1 for fetch tests: it answers with a status line, then sends
its headers one byte at a time, slowly, so that no single socket read ever times out."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

# Each connection sends at most this many header bytes, then gives up: the server always stops.
MAX_DRIBBLED_BYTES = 200
SECONDS_PER_BYTE = 0.2
ACCEPT_POLL_SECONDS = 0.1


@contextlib.contextmanager
def dribbling_server() -> Iterator[str]:
    """The address of a page whose response headers never finish in reasonable time."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(ACCEPT_POLL_SECONDS)
    stop = threading.Event()
    connections: list[threading.Thread] = []

    def accept_loop() -> None:
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=dribble, args=(connection,), daemon=True)
            connections.append(thread)
            thread.start()

    def dribble(connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            header = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * MAX_DRIBBLED_BYTES
            try:
                connection.sendall(header[:17])
                for byte in header[17:]:
                    if stop.wait(SECONDS_PER_BYTE):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:
                return  # the client hung up, as it should

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow-headers"
    finally:
        stop.set()
        acceptor.join()
        for thread in connections:
            thread.join()
        listener.close()
