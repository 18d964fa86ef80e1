"""The hand-written figures sets, scored by benchmarks/figures_dev_eval.py, must stay at the scores
reached, less a small margin: the dev set (tests/nlp/figures_dev_set.py), the fresh set
(tests/nlp/figures_fresh_set.py) and the four blind sets (tests/nlp/figures_blind_set.py,
figures_blind_set_2.py … figures_blind_set_5.py), the last six written
later and scored untuned first."""

from __future__ import annotations

from types import ModuleType

import pytest
from spacy.language import Language

# (set, fewest expected figures, floor, floor for counts). The dev set reached 100% on every
# measure; the fresh set scored 92.0-100% untuned (counts the lowest) and 95.2-100% after general
# fixes. The blind set scored 90.5-100% untuned with counts at 70.0%, and 99.0-100% after general
# fixes (its one extra figure, "two tablets", is a count the annotation missed). Blind set 2
# scored 96.0-100% untuned with counts at 82.6% (precision 98.0%, recall 96.0%), and 100% on
# every measure after general fixes (which also brought the fresh set's counts to 100%). Blind
# set 3 scored precision 96.0%, recall 98.6%, counts 85.4% untuned and 100% on every measure
# after general fixes. Blind set 4 scored untuned precision 97.7%, recall 97.1%, value 98.8%,
# unit 94.6%, counts 88.4%, qualifier 100%, kind 94.6%, and 100% on every measure after general
# fixes (counts 95.5% before its two score counts were annotated as counting nothing, the
# convention the extractor and tests/nlp/test_figures_units_in_context.py keep). Blind set 5
# (bicycles, lotteries, timber, parking, theatre, desalination, school meals, ice cream…), written
# while set 4's fixes were made and scored once after them, untuned: precision 99.5%, recall 100%,
# value 99.5%, unit 98.9%, counts 96.0%, kind 98.9%; its floor is that untuned score. A margin
# leaves room for borderline sentences to move with a model update, not for rules to break.
SETS = [
    ("dev", 150, 0.97, 0.97),
    ("fresh", 95, 0.93, 0.93),
    ("blind", 100, 0.97, 0.97),
    ("blind2", 150, 0.97, 0.97),
    ("blind3", 140, 0.97, 0.97),
    ("blind4", 170, 0.97, 0.97),
    ("blind5", 180, 0.97, 0.94),
]


@pytest.fixture(scope="module")
def dev_eval() -> ModuleType:
    from benchmarks import figures_dev_eval

    return figures_dev_eval


@pytest.mark.parametrize(("name", "fewest", "floor", "counts_floor"), SETS)
def test_set_scores_stay_up(
    dev_eval: ModuleType, nlp: Language, name: str, fewest: int, floor: float, counts_floor: float
) -> None:
    score = dev_eval.score_dev_set(nlp, dev_eval.SETS[name])
    assert score.expected >= fewest
    measures = {
        "precision": score.precision,
        "recall": score.recall,
        **{name: getattr(score, name).ratio for name in ("value", "unit", "counts", "qualifier", "kind")},
    }
    floors = {name: counts_floor if name == "counts" else floor for name in measures}
    low = {name: round(ratio, 3) for name, ratio in measures.items() if ratio < floors[name]}
    assert not low, (low, score.errors)
