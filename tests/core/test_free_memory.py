"""Memory a long piece of work freed goes back to the system (glibc's heaps keep it otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import free_memory
from desktop.core.free_memory import release_free_memory


def resident_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text(encoding="utf-8").split()[1])
    return pages * 4096 / 2**20


@pytest.mark.skipif(free_memory._TRIM is None, reason="no glibc malloc_trim on this system")
def test_memory_freed_below_a_live_block_is_handed_back() -> None:
    before = resident_mb()
    blocks = [bytearray(60_000) for _ in range(2_000)]  # 120 MB in glibc's heap, every page touched
    for block in blocks:
        block[::4096] = b"x" * len(block[::4096])
    live_above = bytearray(60_000)  # keeps glibc from shrinking the heap by itself
    del blocks
    kept = resident_mb() - before
    release_free_memory()
    assert kept > 100
    assert resident_mb() - before < 20
    assert len(live_above) == 60_000
