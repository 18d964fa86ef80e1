"""The hand-annotated article sets stay well extracted: F1 and speaker accuracy above what the
rules reached, minus a small margin for parser drift. The dev set (claims_dev_set.py) was tuned
on from the start; the fresh set (claims_fresh_set.py) scored F1 0.936 and speaker accuracy 0.830
before any rule was changed for it (the held-out estimate), and is tuned on since. The second
fresh set (claims_fresh_set_2.py) scored F1 0.927 and speaker accuracy 0.765 before tuning; the
third (claims_fresh_set_3.py, issue 13: documents as channels, noun-object speech acts, pronoun
agreement) F1 0.921, speaker accuracy 0.878 and via 0/7 before tuning; the fourth
(claims_fresh_set_4.py, issue 13: the current speaker, page furniture, study and data
attributions) F1 0.955, speaker accuracy 0.953 and via 5/7 before tuning; the fifth
(claims_fresh_set_5.py, issue 13: roles and acronyms, transcripts and Q&A, courts, "it said")
F1 0.901, speaker accuracy 0.853 and via 6/8 before tuning; the sixth (claims_fresh_set_6.py,
issue 13: a school board, a ferry inquiry, a memoir row, a transfer saga, a committee hearing, job
cuts, a disputed election, a bridge closure) F1 0.949, speaker accuracy 0.883 (83/94) and via 8/11
as first annotated, F1 0.959, speaker accuracy 0.892 (83/93) and via 7/10 once three "said A and
that B" reports were counted as one claim each, as the earlier sets count them; after general
fixes (issue 13: the group a sentence names speaking of itself, spokespeople for a named
organisation, leaders named after, bracketed acronyms, documents' authors named before, stranded
appositive speakers, "said A but that B", "before adding:", mid-sentence "according to") F1 1.000,
speaker accuracy 1.000 and via 11/11, and it is tuned on since. The seventh (claims_fresh_set_7.py,
issue 13: a nurses' strike, a gold hoard, a housing hearing, a data breach, a mountain rescue, an
orchestra's cut, an esports final, water rationing), written while set 6's fixes were made and
scored once after them: F1 0.972, speaker accuracy 0.743 (78/105) and via 12/13 untuned; after
general fixes (issue 13: organisations described before or after their name — "their union",
"the museum", "the force", "retailer X … the retailer", "a group calling itself X" —, "a
spokesperson for the mayor", bracketed acronyms with possessives or several letters a word,
people known only by a role given them, Korean family names, "ruled out paying", "did not deny
that", two "that" clauses side by side, "which" after a thing, "it said" after a speaking name the
tagger called a person, written testimony as a channel, "…, the city's water utility announced on
Thursday, as …", '"… show us!" Moura said' cut apart by the splitter, "coming back from" no
retort) F1 0.995, speaker accuracy 1.000 (108/108) and via 13/13. The eighth
(claims_fresh_set_8.py, issue 13: a creek spill, an admissions scandal, grid strain in a heatwave, a drug price row, a village fair, a border-fence ruling, a pilots' strike vote, a launch
failure), written while set 7's fixes were made and scored once after them: F1 0.971 (P 0.988,
R 0.955), speaker accuracy 0.905 (76/84) and via 14/17 untuned."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.language import Language

from benchmarks.claims_dev_eval import Scores, evaluate
from tests.nlp.claims_dev_set import DEV_SET, DevArticle
from tests.nlp.claims_fresh_set import FRESH_SET
from tests.nlp.claims_fresh_set_2 import FRESH_SET_2
from tests.nlp.claims_fresh_set_3 import FRESH_SET_3
from tests.nlp.claims_fresh_set_4 import FRESH_SET_4
from tests.nlp.claims_fresh_set_5 import FRESH_SET_5
from tests.nlp.claims_fresh_set_6 import FRESH_SET_6
from tests.nlp.claims_fresh_set_7 import FRESH_SET_7
from tests.nlp.claims_fresh_set_8 import FRESH_SET_8

# Floors per set: (articles, min F1, min speaker accuracy).
# Dev set reached F1 1.000 and speaker accuracy 1.000 over 101 expected claims (margin: about 3 errors);
# fresh set reached F1 0.995 and speaker accuracy 0.968 over 95 (margin: about 3 errors);
# fresh set 2 reached F1 0.983 and speaker accuracy 0.965 over 58 (margin: about 2 errors);
# fresh set 3 reached F1 1.000, speaker accuracy 1.000 and via 8/8 over 48 (margin: about 2 errors);
# fresh set 4 reached F1 1.000, speaker accuracy 1.000 and via 10/10 over 70 (margin: about 3 errors);
# fresh set 5 reached F1 0.982, speaker accuracy 1.000 and via 8/8 over 81 (margin: about 3 errors);
# fresh set 6 reached F1 1.000, speaker accuracy 1.000 and via 11/11 over 100 (margin: about 3 errors);
# fresh set 7 scored F1 0.972 and speaker accuracy 0.743 over 108 untuned, F1 0.995 and speaker accuracy
# 1.000 after general fixes (margin: about 2-3 errors);
# fresh set 8 scored F1 0.971 and speaker accuracy 0.905 over 88 untuned (margin: about 2 errors).
FLOORS: dict[str, tuple[Sequence[DevArticle], float, float]] = {
    "dev": (DEV_SET, 0.96, 0.95),
    "fresh": (FRESH_SET, 0.96, 0.93),
    "fresh 2": (FRESH_SET_2, 0.95, 0.93),
    "fresh 3": (FRESH_SET_3, 0.96, 0.95),
    "fresh 4": (FRESH_SET_4, 0.97, 0.95),
    "fresh 5": (FRESH_SET_5, 0.95, 0.96),
    "fresh 6": (FRESH_SET_6, 0.97, 0.97),
    "fresh 7": (FRESH_SET_7, 0.97, 0.97),
    "fresh 8": (FRESH_SET_8, 0.95, 0.88),
}


@pytest.fixture(scope="module")
def scores(nlp: Language) -> dict[str, Scores]:
    return {name: evaluate(nlp, articles) for name, (articles, _, _) in FLOORS.items()}


@pytest.mark.parametrize("name", FLOORS)
def test_every_expected_snippet_occurs_once_in_its_article(name: str) -> None:
    for article in FLOORS[name][0]:
        for claim in article.claims:
            assert article.text.count(claim.content) == 1, (article.topic, claim.content)


@pytest.mark.parametrize("name", FLOORS)
def test_claim_detection_f1(name: str, scores: dict[str, Scores]) -> None:
    assert scores[name].f1 >= FLOORS[name][1], "\n".join(scores[name].errors)


@pytest.mark.parametrize("name", FLOORS)
def test_speaker_accuracy(name: str, scores: dict[str, Scores]) -> None:
    assert scores[name].speaker_accuracy >= FLOORS[name][2], "\n".join(scores[name].errors)


def test_documents_are_found_as_channels(scores: dict[str, Scores]) -> None:
    """Fresh set 3 marks the document each of its document-borne claims came through."""
    assert scores["fresh 3"].via_judged >= 7
    assert scores["fresh 3"].via_accuracy >= 0.85, "\n".join(scores["fresh 3"].errors)


def test_studies_and_data_speak_through_their_authors(scores: dict[str, Scores]) -> None:
    """Fresh set 4 marks the study, survey, data or figures its evidence claims came through."""
    assert scores["fresh 4"].via_judged >= 9
    assert scores["fresh 4"].via_accuracy >= 0.85, "\n".join(scores["fresh 4"].errors)


def test_courts_letters_and_posts_are_found_as_channels(scores: dict[str, Scores]) -> None:
    """Fresh set 5 marks the post, report, letter, study, data, statement, decision and dissent
    its document-borne claims came through."""
    assert scores["fresh 5"].via_judged >= 7
    assert scores["fresh 5"].via_accuracy >= 0.85, "\n".join(scores["fresh 5"].errors)


def test_orders_reports_and_compiled_figures_are_found_as_channels(scores: dict[str, Scores]) -> None:
    """Fresh set 6 marks the statement, report, post, figures, order, survey and data its
    document-borne claims came through (7 of 10 untuned, 11 of 11 after general fixes)."""
    assert scores["fresh 6"].via_judged >= 10
    assert scores["fresh 6"].via_accuracy >= 0.85, "\n".join(scores["fresh 6"].errors)
