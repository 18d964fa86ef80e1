"""Claims on sentences in varied news styles, on the gold article and on textacy's cases."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from desktop.nlp.model import Claim


def summary(claims: list[Claim]) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.source.name if c.source else None, c.content.text) for c in claims]


def test_speech_verb_after_the_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Burton explained from a podium. “I love cats,” he said.")
    assert summary(claims) == [("quote", "Burton", "I love cats,")]
    assert claims[0].cue is not None and claims[0].cue.text == "said"
    assert claims[0].source is not None and claims[0].source.text == "he"


def test_speech_verb_before_the_quote(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of('The mayor, Maria Lopez, said: "We are ready for the storm."')
    assert summary(claims) == [("quote", "Maria Lopez", "We are ready for the storm.")]


def test_speech_verb_in_the_middle_gives_both_halves_one_speaker(
    claims_of: Callable[[str], list[Claim]],
) -> None:
    claims = claims_of("Anna Berg spoke last. “We will win,” she said, “and we will do it soon.”")
    assert summary(claims) == [
        ("quote", "Anna Berg", "We will win,"),
        ("quote", "Anna Berg", "and we will do it soon."),
    ]


def test_inverted_verb_with_role_keeps_role_in_mention_only(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("The plan will fail, said John Smith, a spokesman for the ministry.")
    assert claim.kind == "reported"
    assert claim.content.text == "The plan will fail"
    assert claim.source is not None
    assert claim.source.text == "John Smith, a spokesman for the ministry"
    assert claim.source.name == "John Smith"


def test_reported_speech_with_that_clause_and_circumstances(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("The company said in a statement on Monday that profits had fallen by 20 percent.")
    assert (claim.kind, claim.content.text) == ("reported", "profits had fallen by 20 percent")
    assert claim.cue is not None and claim.cue.text == "said"


def test_passive_announcement_has_no_source(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("It was announced on Monday that the factory would close.")
    assert (claim.kind, claim.source, claim.content.text) == ("unattributed", None, "the factory would close")


def test_according_to(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("According to the Associated Press, at least 12 people died in the floods.")
    assert claim.kind == "according_to"
    assert claim.content.text == "at least 12 people died in the floods"
    assert claim.cue is not None and claim.cue.text == "According to"


def test_quote_running_over_two_paragraphs_is_one_claim(claims_of: Callable[[str], list[Claim]]) -> None:
    text = (
        "Officials met on Friday.\n“The first part runs on.\n“And the second part ends it,” said Omar Haddad."
    )
    (claim,) = claims_of(text)
    assert claim.kind == "quote"
    assert claim.content.text == "The first part runs on.\n“And the second part ends it,"
    assert claim.source is not None and claim.source.name == "Omar Haddad"


def test_quote_without_verb_takes_the_adjacent_speaker(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "Senator Elizabeth Warren criticised the bill on Tuesday, saying it would hurt families.\n“It is a gift to the banks.”"
    claims = claims_of(text)
    assert summary(claims)[-1] == ("quote", "Elizabeth Warren", "It is a gift to the banks.")


def test_scare_quotes_and_titles_are_not_quotes(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of('She called the decision "outrageous" and left the room.') == []
    assert claims_of("The film “Gone With the Wind” was shown again.") == []
    (claim,) = claims_of("The latest “targeted kick” was nothing more than “bullying,” the minister said.")
    assert claim.kind == "reported"
    assert claim.content.text == "The latest “targeted kick” was nothing more than “bullying,”"


def test_participle_elaboration_belongs_to_its_statement(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("The talks failed, Lee said, adding that the next round was “absolutely necessary.”")
    assert claim.text.endswith("absolutely necessary.”")
    assert claim.source is not None and claim.source.name == "Lee"


def test_negated_or_contentless_verbs_make_no_claim(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of("Ukraine did not immediately acknowledge the attack.") == []
    assert claims_of("Shelling was reported in several regions.") == []


def test_claims_are_sorted_and_offsets_index_the_text(claims_of: Callable[[str], list[Claim]]) -> None:
    text = "“Prices will rise,” the bank said.\nAnalysts said growth would slow, according to Reuters."
    claims = claims_of(text)
    assert [c.kind for c in claims] == ["quote", "according_to"]  # so the loop below checks something
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for claim in claims:
        for span in (claim, claim.content, claim.source, claim.cue, *claim.hedges):
            assert span is not None
            assert text[span.start : span.end] == span.text


def test_gold_article(claims_of: Callable[[str], list[Claim]], shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "gold" / "kazan-drones.json").read_text(encoding="utf-8"))
    claims = claims_of((shared_dir / "samples" / "kazan-drones.txt").read_text(encoding="utf-8"))
    matched = set()
    for item in gold["claims"]:
        a, b = item["anchor_start"], item["anchor_end"]
        near = [i for i, c in enumerate(claims) if c.start < b and a < c.end]
        assert near, item["anchor"]
        matched.update(near)
        sources = [source for i in near if (source := claims[i].source) is not None]
        names = {(source.name or "", source.text) for source in sources}
        assert any(item["source"] in name or item["source"] in text for name, text in names), item
        assert item["kind"] in {claims[i].kind for i in near}, item
    hedges = [h for c in claims for h in c.hedges]
    for gold_hedge in gold["hedges"]:
        assert any(h.start < gold_hedge["end"] and gold_hedge["start"] < h.end for h in hedges)
    assert len(claims) - len(matched) <= 3


def test_textacy_direct_quotation_cases(claims_of: Callable[[str], list[Claim]], shared_dir: Path) -> None:
    cases_path = shared_dir / "peer" / "textacy" / "direct_quotations_en_cases.json"
    marks = '"“” ,.!?'
    for case in json.loads(cases_path.read_text(encoding="utf-8"))["cases"]:
        quotes = [c for c in claims_of(case["text"]) if c.kind == "quote"]
        got = [
            (c.source.text if c.source else "", c.cue.text if c.cue else "", c.content.text.strip(marks))
            for c in quotes
        ]
        expected = [(" ".join(s), " ".join(q), content.strip(marks)) for s, q, content in case["exp"]]
        assert got == expected, case["text"]


def test_heading_run_into_the_first_sentence_keeps_its_subject(
    claims_of: Callable[[str], list[Claim]],
) -> None:
    text = "Ministry denies reports of troop build-up\n\nThe defence ministry on Wednesday denied that troops were massing near the border."
    (claim,) = claims_of(text)
    assert claim.content.text == "troops were massing near the border"
    assert claim.source is not None and claim.source.text == "The defence ministry"


def test_verbless_quote_sentence_after_a_quote_is_speech(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of('"I drive forty minutes for the rye," says Walter Brandt. "Worth every mile."')
    assert summary(claims)[-1] == ("quote", "Walter Brandt", "Worth every mile.")


def test_retort_with_back_reports_its_clause(claims_of: Callable[[str], list[Claim]]) -> None:
    (claim,) = claims_of("Robert Hayes fired back that Park had voted against the project.")
    assert (claim.content.text, claim.cue.text if claim.cue else None) == (
        "Park had voted against the project",
        "fired back",
    )
    assert claims_of("The army fought back against the rebels.") == []


def test_a_finding_with_a_that_clause_is_reported(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The review found that most of the loans were never repaid.")
    assert summary(claims) == [("reported", "review", "most of the loans were never repaid")]
    assert claims_of("Inspectors found no faults in the wiring.") == []


def test_indirect_questions_state_nothing(claims_of: Callable[[str], list[Claim]]) -> None:
    assert claims_of("The minister declined to say whether the plant would close.") == []
    claims = claims_of("Asked whether the team would sell its striker, Jonas Berg said no offer had come in.")
    assert summary(claims) == [("reported", "Jonas Berg", "no offer had come in")]


def test_parenthetical_hung_on_an_auxiliary(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("Maria Costa runs the bakery. Her husband, she said, had lost his job in May.")
    assert [(c.kind, c.source.name if c.source else None) for c in claims] == [("reported", "Maria Costa")]
    assert claims[0].content.text.startswith("Her husband")


def test_report_inside_a_parenthetical_report_is_one_claim(claims_of: Callable[[str], list[Claim]]) -> None:
    claims = claims_of("The data suggest that prices will keep rising, Tom Reyes said.")
    assert summary(claims) == [("reported", "Tom Reyes", "The data suggest that prices will keep rising")]


def test_interview_answers_are_quotes_of_the_interviewee(claims_of: Callable[[str], list[Claim]]) -> None:
    text = (
        "Tomas Varga has coached the national rowing team for a decade. He spoke to us in Budapest.\n\n"
        "Q: What went wrong in Paris?\n\n"
        "A: We peaked too early, I think. The crew knew it before I did.\n\n"
        "Q: Will you stay on?\n\n"
        "A: If they want me, yes."
    )
    assert summary(claims_of(text)) == [
        ("quote", "Tomas Varga", "We peaked too early, I think. The crew knew it before I did."),
        ("quote", "Tomas Varga", "If they want me, yes."),
    ]
