"""Whether the window stalls while it shows or changes what the archive knows across articles,
at the scale of issue 14 (10,000 articles, ~1,000,000 entity mentions, ~200,000 figures):
Library ▸ Compare Figures opened and paged through, and a merge and a split of the two names
met in the most articles on their entity page, and the upgrade of such an archive to the
knowledge indexes (schema step ``0008_knowledge_indexes``) before the window opens it.

Run from the project root:  .venv/bin/python benchmarks/knowledge_stalls.py [--articles N]
[--archive PATH]. Without ``--archive`` the archive is built as ``knowledge_bench`` builds it
(a minute or two); with it, a copy of that archive is used (merges change it). Prints one
line a scenario from the stall probe: the worst stall on the GUI thread and where it was.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from benchmarks.event_loop import settle, wait_for  # noqa: E402
from benchmarks.knowledge_bench import build  # noqa: E402
from benchmarks.stall_probe import StallProbe  # noqa: E402
from desktop.store.archive import Archive  # noqa: E402
from desktop.store.migrations import KNOWLEDGE_INDEXES  # noqa: E402
from desktop.ui.annotations import AnnotationSession  # noqa: E402
from desktop.ui.app import favour_the_window_thread  # noqa: E402
from desktop.ui.archive_upgrade import upgrade_before_opening  # noqa: E402
from desktop.ui.entity_page import EntityPageWindow  # noqa: E402
from desktop.ui.library.reads import ArchiveReads  # noqa: E402
from desktop.ui.library_window import LibraryWindow  # noqa: E402

# After a view is shown, the event loop runs this long more (painting, the timeline).
SETTLE_MS = 1000
# Waiting longer than this for a result means something is broken.
TIMEOUT_MS = 120_000
# Page Down presses through the Compare Figures list.
PAGES = 20


def compare_figures(path: Path) -> str:
    library = LibraryWindow(path)
    library.show()
    settle(SETTLE_MS)  # the Articles tab's own first read
    view = library.compare_figures
    probe = StallProbe()
    probe.start()
    probe.phase("opening Library ▸ Compare Figures (read on the worker, then shown)")
    began = time.perf_counter()
    wait_for(
        view.groupsShown, TIMEOUT_MS, lambda: library.tabs.setCurrentIndex(library.FIGURES_TAB), SETTLE_MS
    )
    seconds = time.perf_counter() - began - SETTLE_MS / 1000
    probe.phase("paging through the list with Page Down, End and Home")
    view.table.setFocus()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for _ in range(PAGES):
        QTest.keyClick(view.table, Qt.Key.Key_PageDown)
        settle(20)
    for key in (Qt.Key.Key_End, Qt.Key.Key_Home):
        QTest.keyClick(view.table, key)
        settle(200)
    probe.stop()
    rows = view.model.rowCount()
    library.shutdown()
    library.close()
    library.deleteLater()
    settle(100)
    return probe.report(
        f"Compare Figures: {len(view.groups):,} groups, {rows - len(view.groups):,} figures, shown {seconds:.1f} s"
        " after the tab was opened"
    )


def merge_and_split(path: Path) -> str:
    session = AnnotationSession()
    session.open_archive(path)
    reads = ArchiveReads(path)
    with Archive(path, read_only=True) as archive:
        organisations = [e for e in archive.knowledge.entities() if e.label == "ORG"][:2]
    keep, merged = organisations

    def write(change: Callable[[Archive], object], on_done: Callable[[object], None], on_error: Callable[[BaseException], None]) -> bool:  # fmt: skip
        session.writes.write(path, change, on_done, on_error)
        return True

    page = EntityPageWindow(keep.id, reads, write)
    page.tell = lambda message: print("  the page said:", message)
    page.show()
    wait_for(page.pageShown, TIMEOUT_MS, then_ms=SETTLE_MS)
    probe = StallProbe()
    probe.start()
    probe.phase(f"merging {merged.name} ({merged.article_count:,} articles) into {keep.name}")
    page.ask_name = lambda _title, _question: merged.name
    began = time.perf_counter()
    wait_for(page.pageShown, TIMEOUT_MS, page.merge_with_other, SETTLE_MS)
    merged_s = time.perf_counter() - began - SETTLE_MS / 1000
    probe.phase(f"splitting {merged.name} off {keep.name} again")
    page.choose_name = lambda _title, _question, _names: merged.name
    began = time.perf_counter()
    wait_for(page.pageShown, TIMEOUT_MS, page.split_name_off, SETTLE_MS)
    split_s = time.perf_counter() - began - SETTLE_MS / 1000
    probe.stop()
    page.close()
    reads.stop()
    session.close()
    return probe.report(
        f"Merge and split on the entity page ({keep.name}, {merged.name}): merged and shown in"
        f" {merged_s:.1f} s, split and shown in {split_s:.1f} s"
    )


def before_knowledge_indexes(path: Path) -> None:
    """Take the archive back to before schema step ``0008_knowledge_indexes``."""
    db = Database(path)
    for index in ("articles_date", "entity_mentions_names", "entity_mentions_name", "claims_article", "claims_source"):  # fmt: skip
        db.execute(f"DROP INDEX {index}")
    db.execute("CREATE INDEX claims_article ON claims(article_id)")
    db.execute("CREATE INDEX claims_source ON claims(source_entity_id)")
    for trigger in ("insert", "delete", "update"):
        db.execute(f"DROP TRIGGER entity_articles_{trigger}")
    db.execute("DROP TABLE entity_articles")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [KNOWLEDGE_INDEXES])
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def upgrade(path: Path) -> str:
    before_knowledge_indexes(path)
    probe = StallProbe()
    probe.start()
    probe.phase(f"upgrading the archive to {KNOWLEDGE_INDEXES} before the window opens it")
    began = time.perf_counter()
    upgraded = upgrade_before_opening(path)  # as desktop/ui/app.py does
    upgraded_s = time.perf_counter() - began
    probe.phase("the window's session opening the upgraded archive")
    session = AnnotationSession()
    session.open_archive(path)
    opened_s = time.perf_counter() - began - upgraded_s
    probe.stop()
    session.close()
    return probe.report(
        f"Upgrade to {KNOWLEDGE_INDEXES} ({'run' if upgraded else 'NOT RUN'}): {upgraded_s:.1f} s on a worker"
        f" under 'Upgrading the archive…', then opened by the window's session in {1000 * opened_s:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000, help="archive size (default 10,000)")
    parser.add_argument("--archive", type=Path, help="an archive knowledge_bench built (a copy is used)")
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    favour_the_window_thread()  # as in the app's window process
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "knowledge.sqlite3"
        if arguments.archive:
            shutil.copyfile(arguments.archive, path)
        else:
            build(path, max(arguments.articles, 1))
        print(compare_figures(path))
        print(merge_and_split(path))
        print(upgrade(path))
    del app


if __name__ == "__main__":
    main()
