"""The accuracy bars of issue 5, measured by benchmarks/figures_accuracy.py on ../shared."""

from __future__ import annotations

from types import ModuleType

import pytest
from spacy.language import Language

from tests.conftest import SHARED_DIR as SHARED


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    if not SHARED.exists():
        pytest.skip("../shared not present: gold and peer suites are needed")
    from benchmarks import figures_accuracy

    return figures_accuracy


def test_gold_article_bars(accuracy: ModuleType, nlp: Language) -> None:
    score = accuracy.score_gold(nlp, SHARED)
    assert score.figures_found == score.figures_expected == 12, score.misses
    assert score.qualifiers_right == score.qualifiers_expected == 2
    assert score.counts_right == score.counts_expected == 8
    assert score.units_right == score.units_expected == 12
    assert score.sum_check_holds
    assert score.extra_figures <= 2, score.misses


def test_recognizers_text_suites_bar(accuracy: ModuleType, nlp: Language) -> None:
    scores = accuracy.score_recognizers(nlp, SHARED)
    total = accuracy.overall(scores.values())
    assert total.expected > 400  # the six suites were all read
    assert total.ratio >= 0.90, {name: round(s.ratio, 3) for name, s in scores.items()}
