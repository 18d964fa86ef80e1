"""Analysis on a Dask cluster: partitions of inputs sent to its workers, results in input order.

Each worker process loads the pipeline once (``load_pipeline`` keeps it for the process)
and analyses whole partitions, so the per-task overhead is paid per partition, not per
article. Files are opened by the workers: they must see the same paths (a shared or
mirrored folder). Dask is an optional extra: ``pip install '.[cluster]'`` in the checkout.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from desktop.analysis_inputs import AnalysisInput
from desktop.analysis_work import Outcome, analyze_partition

PARTITION_SIZE = 16
PARTITIONS_PER_THREAD = 2
CONNECT_TIMEOUT_S = 10


class ClusterUnavailable(Exception):
    """Dask is not installed, or no scheduler answers at the address; the message says which."""


def analyze_on_cluster(
    address: str,
    items: list[AnalysisInput],
    fmt: str,
    model: str | None,
    emit: Callable[[Outcome], None],
) -> None:
    """``emit`` every input's outcome in input order, analysed by the cluster at ``address``.

    At most two partitions per worker thread are in flight, so a corpus of millions is
    never all in memory, here or on the scheduler.
    """
    client = _connect(address)
    try:
        window = PARTITIONS_PER_THREAD * max(1, sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        for start in range(0, len(items), PARTITION_SIZE):
            partition = items[start : start + PARTITION_SIZE]
            pending.append(client.submit(analyze_partition, partition, fmt, model, pure=False))
            if len(pending) >= window:
                _emit_all(pending.popleft().result(), emit)
        while pending:
            _emit_all(pending.popleft().result(), emit)
    finally:
        client.close()


def _connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ClusterUnavailable(
            "--scheduler needs Dask: pip install '.[cluster]' in the checkout (or 'dask[distributed]')"
        ) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S)  # type: ignore[no-untyped-call]  # distributed ships no annotation here
    except (OSError, TimeoutError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def _emit_all(outcomes: list[Outcome], emit: Callable[[Outcome], None]) -> None:
    for outcome in outcomes:
        emit(outcome)
