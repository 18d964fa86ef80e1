"""The reader's entity corrections in the archive, and the analysis cache keyed by them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.entity_corrections import EntityCorrection, corrections_digest
from desktop.store.archive import Archive
from desktop.store.migrations import ENTITY_CORRECTIONS
from desktop.store.records import AnalysisCacheKey

KYIV = EntityCorrection("Kyiv", "GPE")
NOT_A_NAME = EntityCorrection("Breaking", None)


def test_corrections_survive_closing_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        assert archive.entity_corrections() == ()
        assert archive.set_entity_correction(KYIV) is None
        assert archive.set_entity_correction(NOT_A_NAME) is None
        # Case-sensitive: another surface form, another correction.
        archive.set_entity_correction(EntityCorrection("KYIV", "ORG"))
    with Archive(path) as archive:
        assert archive.entity_corrections() == (NOT_A_NAME, EntityCorrection("KYIV", "ORG"), KYIV)


def test_a_new_correction_replaces_and_returns_the_earlier_one(archive: Archive) -> None:
    archive.set_entity_correction(KYIV)
    assert archive.set_entity_correction(EntityCorrection("Kyiv", "LOC")) == KYIV
    assert archive.entity_corrections() == (EntityCorrection("Kyiv", "LOC"),)


def test_removing_returns_what_was_removed(archive: Archive) -> None:
    archive.set_entity_correction(KYIV)
    assert archive.remove_entity_correction("Kyiv") == KYIV
    assert archive.remove_entity_correction("Kyiv") is None
    assert archive.entity_corrections() == ()


def test_a_correction_must_name_something_and_a_named_label() -> None:
    with pytest.raises(ValueError, match="not a name"):
        EntityCorrection("  ", "GPE")
    with pytest.raises(ValueError, match="not a label"):
        EntityCorrection("Kyiv", "CARDINAL")


def test_the_digest_changes_with_the_corrections_and_is_empty_without_any() -> None:
    assert corrections_digest(()) == ""
    one = corrections_digest([KYIV])
    assert one and one == corrections_digest([EntityCorrection("Kyiv", "GPE")])
    assert corrections_digest([EntityCorrection("Kyiv", "LOC")]) != one
    assert corrections_digest([KYIV, NOT_A_NAME]) == corrections_digest([NOT_A_NAME, KYIV]) != one


def test_an_analysis_cached_before_a_correction_is_a_miss_after_it(archive: Archive) -> None:
    before = AnalysisCacheKey("abc123", "en_core_web_sm", "3.8.0", "9")
    archive.put_cached_analysis(before, '{"entities": []}')
    after = AnalysisCacheKey("abc123", "en_core_web_sm", "3.8.0", "9", corrections_digest([KYIV]))
    assert archive.get_cached_analysis(after) is None
    archive.put_cached_analysis(after, '{"entities": [1]}')
    assert archive.get_cached_analysis(after) == b'{"entities": [1]}'
    assert archive.get_cached_analysis(before) is None


def test_analyses_cached_before_the_upgrade_stay_valid_without_corrections(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    key = AnalysisCacheKey("abc123", "en_core_web_sm", "3.8.0", "9")
    with Archive(path) as archive:
        archive.put_cached_analysis(key, '{"entities": []}')
    # The archive as the version before the corrections left it.
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE entity_corrections")
    conn.execute("ALTER TABLE analysis_cache DROP COLUMN corrections_digest")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [ENTITY_CORRECTIONS])
    conn.commit()
    conn.close()
    with Archive(path) as archive:
        assert archive.get_cached_analysis(key) == b'{"entities": []}'
        assert archive.entity_corrections() == ()
