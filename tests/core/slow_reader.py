"""A child-process job that reads its input only after a while, as the extraction child does
while it imports lxml and trafilatura on a busy machine."""

from __future__ import annotations

import time

# Longer than the parent's cancellation poll, so the parent is still writing when a poll ends.
time.sleep(0.5)


def length(payload: bytes) -> bytes:
    return str(len(payload)).encode("ascii")
