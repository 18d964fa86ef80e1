"""The gazetteer is built from GeoNames once and read back from the cache folder afterwards."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.nlp.entities.gazetteer import build_gazetteer, cached_gazetteer


def test_the_first_start_builds_and_keeps_the_gazetteer_which_later_starts_read(tmp_path: Path) -> None:
    built = cached_gazetteer(tmp_path)
    [kept] = tmp_path.glob("gazetteer-*.json")
    assert built.is_place("Zaporizhzhia") and built.is_country("Ukraine")
    assert cached_gazetteer(tmp_path) == built
    # What is read is the file: a changed file is what the next start gets.
    kept.write_text('{"known": ["Atlantis"], "prominent": [], "countries": []}', encoding="utf-8")
    assert cached_gazetteer(tmp_path).is_place("Atlantis")


def test_a_damaged_cache_file_is_built_again(tmp_path: Path) -> None:
    built = cached_gazetteer(tmp_path)
    [kept] = tmp_path.glob("gazetteer-*.json")
    kept.write_text('{"known": ["Atl', encoding="utf-8")
    assert cached_gazetteer(tmp_path) == built
    assert cached_gazetteer(tmp_path) == build_gazetteer()


def test_a_cache_folder_that_cannot_be_written_costs_only_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        gazetteer = cached_gazetteer(not_a_folder)
    assert gazetteer.is_country("Ukraine")
    assert "built on every start" in caplog.text
