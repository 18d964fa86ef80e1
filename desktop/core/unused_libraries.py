"""Keep optional dependencies of our libraries out of a process that never uses them.

Some libraries import another one at start-up merely because it is installed, to support its
types: sqlite-utils imports numpy (to store numpy values), pint imports dask (for dask arrays).
Where neither ever reaches them, those imports only cost start-up time and memory in every
process: numpy 15 MB and 60 ms in the window's; dask 10 MB and 0.1 s in each process that
imports pint (dask is installed with the ``cluster`` and ``test`` extras).
"""

from __future__ import annotations

import sys


def keep_out(*names: str) -> None:
    """Make ``import NAME`` raise ImportError in this process, for each of ``names`` not imported
    yet (documented import-system behaviour: a None entry in ``sys.modules``). Only for code
    that runs as a process's main work: a ``spawn``-ed child runs the main module's top level."""
    for name in names:
        if name not in sys.modules:
            sys.modules[name] = None  # type: ignore[assignment]
