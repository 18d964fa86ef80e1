"""The reader's corrections of entity labels in the archive (table ``entity_corrections``):
one per surface form, case-sensitive; a NULL label says the surface form is not a name."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.entity_corrections import EntityCorrection


def read_all(db: Database) -> tuple[EntityCorrection, ...]:
    rows = db.execute("SELECT surface, label FROM entity_corrections ORDER BY surface").fetchall()
    return tuple(EntityCorrection(surface, label) for surface, label in rows)


def find(db: Database, surface: str) -> EntityCorrection | None:
    row = db.execute("SELECT surface, label FROM entity_corrections WHERE surface = ?", [surface]).fetchone()
    return None if row is None else EntityCorrection(*row)


def replace(db: Database, correction: EntityCorrection, created_at: str) -> EntityCorrection | None:
    """Store ``correction`` in place of the surface form's earlier one, which is returned."""
    earlier = find(db, correction.surface)
    db.execute(
        "INSERT OR REPLACE INTO entity_corrections (surface, label, created_at) VALUES (?, ?, ?)",
        [correction.surface, correction.label, created_at],
    )
    return earlier


def remove(db: Database, surface: str) -> EntityCorrection | None:
    earlier = find(db, surface)
    db.execute("DELETE FROM entity_corrections WHERE surface = ?", [surface])
    return earlier
