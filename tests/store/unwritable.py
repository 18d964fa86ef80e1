"""An archive the user may not write to, made real for root too (root may write anywhere): the
write-permission check says no for the paths given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def deny_write_access(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """``os.access(path, W_OK)`` answers False for each of ``paths``, as for a user without the right."""
    real_access = os.access
    denied = set(paths)

    def access(
        target: int | str | bytes | os.PathLike[str] | os.PathLike[bytes],
        mode: int,
        *,
        dir_fd: int | None = None,
        effective_ids: bool = False,
        follow_symlinks: bool = True,
    ) -> bool:
        if mode & os.W_OK and Path(str(target)) in denied:
            return False
        return real_access(
            target, mode, dir_fd=dir_fd, effective_ids=effective_ids, follow_symlinks=follow_symlinks
        )

    monkeypatch.setattr(os, "access", access)
