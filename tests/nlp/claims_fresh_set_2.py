"""A second fresh group of hand-annotated articles for claims extraction, written and annotated
before the extractor was run on them, crowded with speaker-resolution difficulties: a role named
before the person ("The Work and Pensions Secretary, Helen Carew, said"), a pronoun for an absent
subject beside the relative just quoted, reports inside Q&A answers, a transcript with
"OKAFOR:" speaker labels, two people of unknown gender alternating as he/she, "the spokeswoman"
referring back to a named person, "officials said" beside a named official, and nested
attributions ("X said Y told him").

Its first score (before any rule was changed for it) is the honest estimate of held-out speaker
accuracy; the annotation conventions are those of the dev set (claims_dev_set.py). In "X said Y
told him that …" the claim is X's; Y's inner report is optional. A transcript line under a
speaker's label is that speaker's quote; the host's questions are not claims.
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A, U = "quote", "reported", "according_to", "unattributed"

FRESH_SET_2: tuple[DevArticle, ...] = (
    DevArticle(
        topic="British politics, roles before names",
        text=article_text(
            "Carers' allowance overhaul delayed until spring",
            "The Work and Pensions Secretary, Helen Carew, said on Monday that changes to carers' "
            "allowance would be delayed until next spring.",
            "'We have to get this right rather than get it fast,' she told MPs.",
            "Her opposite number, Tom Aldous, said the delay would leave thousands of carers out of "
            "pocket. He called the decision 'a broken promise'.",
            "A spokeswoman for the charity Carers First, Joanna Pike, said the group had taken hundreds "
            "of calls since the announcement. 'People are frightened,' the spokeswoman said. 'They were "
            "told the money was coming.'",
            "Department officials said the new payment system had failed its tests in March. The "
            "permanent secretary, Sir Alan Royce, told the committee that the failure was 'embarrassing "
            "but fixable'.",
            "Mrs Carew said she had asked Sir Alan for a weekly update. 'He knows I am watching,' she said.",
            "Aldous told the BBC that Royce had told him in private the system would never work. A "
            "department source denied that.",
        ),
        claims=(
            ExpectedClaim("changes to carers' allowance would be delayed", "Helen Carew", R),
            ExpectedClaim("We have to get this right", "Helen Carew", Q),
            ExpectedClaim("the delay would leave thousands of carers", "Tom Aldous", R),
            ExpectedClaim("a broken promise", "Tom Aldous", Q, optional=True),
            ExpectedClaim("the group had taken hundreds of calls", "Joanna Pike", R),
            ExpectedClaim("People are frightened", "Joanna Pike", Q),
            ExpectedClaim("They were told the money was coming.", "Joanna Pike", Q),
            ExpectedClaim("the new payment system had failed its tests", "officials", R),
            ExpectedClaim("embarrassing but fixable", "Alan Royce", Q),
            ExpectedClaim("she had asked Sir Alan for a weekly update", "Helen Carew", R),
            ExpectedClaim("He knows I am watching", "Helen Carew", Q),
            ExpectedClaim("Royce had told him in private", "Tom Aldous", R),
            ExpectedClaim("the system would never work", "Alan Royce", R, optional=True),
            ExpectedClaim("denied that", "department source", R, optional=True),
        ),
    ),
    DevArticle(
        topic="court report, lawyer for the owner",
        text=article_text(
            "Ferry firm fined £2.4m over deck collapse",
            "A ferry company was fined £2.4 million on Thursday over a deck collapse that injured nine "
            "passengers in Portsmouth harbour in 2022.",
            "A lawyer for the owner, Michael Strand, told the court that the company had spent more than "
            "£5 million on repairs since the accident.",
            "'My client has accepted responsibility from the first day,' Strand said.",
            "The judge, Mrs Justice Anita Rowe, said the company had ignored warnings from its own "
            "engineers for two years. She said the fine reflected 'a serious and sustained failure'.",
            "One of the injured passengers, Derek Mills, 64, said outside court that he still could not "
            "walk without a stick. His daughter, Claire Mills, said the family had waited too long. 'He "
            "was told it would be sorted in months,' she said. 'It has been three years.'",
            "The company's former safety manager, Paul Greer, told investigators that his reports were "
            "'filed and forgotten', prosecutor Nadia Hale said.",
            "In a statement, the company said it would not appeal.",
        ),
        claims=(
            ExpectedClaim("the company had spent more than £5 million", "Michael Strand", R),
            ExpectedClaim("My client has accepted responsibility", "Michael Strand", Q),
            ExpectedClaim("the company had ignored warnings", "Anita Rowe", R),
            ExpectedClaim("the fine reflected", "Anita Rowe", R),
            ExpectedClaim("he still could not walk without a stick", "Derek Mills", R),
            ExpectedClaim("the family had waited too long", "Claire Mills", R),
            ExpectedClaim("was told it would be sorted in months", "Claire Mills", Q),
            ExpectedClaim("It has been three years.", "Claire Mills", Q),
            ExpectedClaim("his reports were", "Nadia Hale", R),
            ExpectedClaim("it would not appeal", "company", R),
        ),
    ),
    DevArticle(
        topic="Q&A with reports in answers",
        text=article_text(
            "Q&A: The head teacher who banned phones",
            "When the education minister, Gillian Ross, praised school phone bans last month, she "
            "singled out Fulford Academy in York. Its head teacher, Marion Achebe, banned phones from "
            "the school day last September. She talked to us about the results.",
            "Q: How did parents react?",
            "A: Better than I feared. One father told me it was the best thing we had done in years. "
            "A few complained, and I understand why.",
            "Q: And the pupils?",
            "A: They hated it for about a fortnight. Then our librarian noticed that book loans had "
            "doubled. The head girl said lunchtimes were louder but nicer.",
            "Q: The minister says every school should follow you. Should they?",
            "A: I'd be careful. What works in a school of 900 may not work everywhere.",
            "Ross told MPs last week that a national ban was 'under active consideration'. Her "
            "department said no decision had been taken.",
        ),
        claims=(
            ExpectedClaim("Better than I feared.", "Marion Achebe", Q),
            ExpectedClaim("it was the best thing we had done", "father", R),
            ExpectedClaim("They hated it for about a fortnight.", "Marion Achebe", Q),
            ExpectedClaim("lunchtimes were louder but nicer", "head girl", R),
            ExpectedClaim("every school should follow you", "minister", R, optional=True),
            ExpectedClaim("I'd be careful.", "Marion Achebe", Q),
            ExpectedClaim("a national ban was", "Gillian Ross", R),
            ExpectedClaim("no decision had been taken", "department", R),
        ),
    ),
    DevArticle(
        topic="radio transcript with speaker labels",
        text=article_text(
            "Transcript: council leader questioned on housing target",
            "The following is an edited transcript of Tuesday's interview on BBC Radio Leeds between "
            "the presenter Jane Whitlock and the council leader, Daniel Okafor.",
            "WHITLOCK: You promised 2,000 new homes by this year. How many have been built?",
            "OKAFOR: Just over 1,100. I won't pretend that's what we wanted. Builders told us their "
            "costs had gone up by a third.",
            "WHITLOCK: Your opponents say you never had a plan.",
            "OKAFOR: They would say that. We had a plan, and the plan met a pandemic.",
            "WHITLOCK: Will you hit 2,000 by the election?",
            "OKAFOR: No. I'd rather be honest with people about that.",
            "After the interview, a council spokeswoman said the figure of 1,100 included homes still "
            "under construction. Opposition leader Karen Briggs said Okafor had 'finally admitted' "
            "failure.",
        ),
        claims=(
            ExpectedClaim("Just over 1,100.", "Daniel Okafor", Q),
            ExpectedClaim("their costs had gone up by a third", "Builders", R),
            ExpectedClaim("you never had a plan", "opponents", R, optional=True),
            ExpectedClaim("They would say that.", "Daniel Okafor", Q),
            ExpectedClaim("No. I'd rather be honest", "Daniel Okafor", Q),
            ExpectedClaim("the figure of 1,100 included homes", "council spokeswoman", R),
            ExpectedClaim("Okafor had 'finally admitted' failure", "Karen Briggs", R),
        ),
    ),
    DevArticle(
        topic="two neighbours of unknown gender",
        text=article_text(
            "Bridge closure divides the neighbours it used to join",
            "Robin Hale and Sasha Petrov have lived on either side of the Marsh Lane footbridge for "
            "twenty years. Since the county closed it in May, they have not spoken.",
            "Hale said the closure had added 40 minutes to her walk to work. 'I used to be there in "
            "ten,' she said.",
            "Petrov disagreed. He said the bridge had been unsafe for years. 'I have seen the cracks "
            "myself,' he said. Hale said she had never seen a single one.",
            "County officials said the bridge would reopen in 2026. One of them, the highways engineer "
            "Martin Webb, said that date was 'optimistic at best'. Officials said repairs would cost "
            "about £3 million.",
            "'We found corrosion in every main beam,' the engineer said. He added that the council had "
            "been warned about the beams in 2015.",
            "Petrov said Webb had told him the bridge might never reopen. 'He looked me in the eye and "
            "said it,' Petrov said. Hale said she did not believe that.",
        ),
        claims=(
            ExpectedClaim("the closure had added 40 minutes", "Robin Hale", R),
            ExpectedClaim("I used to be there in ten", "Robin Hale", Q),
            ExpectedClaim("the bridge had been unsafe for years", "Sasha Petrov", R),
            ExpectedClaim("I have seen the cracks myself", "Sasha Petrov", Q),
            ExpectedClaim("she had never seen a single one", "Robin Hale", R),
            ExpectedClaim("the bridge would reopen in 2026", "officials", R),
            ExpectedClaim("that date was", "Martin Webb", R),
            ExpectedClaim("repairs would cost about £3 million", "Officials", R),
            ExpectedClaim("We found corrosion in every main beam", "Martin Webb", Q),
            ExpectedClaim("the council had been warned about the beams", "Martin Webb", R),
            ExpectedClaim("Webb had told him", "Sasha Petrov", R),
            ExpectedClaim("the bridge might never reopen", "Martin Webb", R, optional=True),
            ExpectedClaim("He looked me in the eye", "Sasha Petrov", Q),
            ExpectedClaim("she did not believe that", "Robin Hale", R),
        ),
    ),
    DevArticle(
        topic="hospital apology, absent subject",
        text=article_text(
            "Hospital trust apologises after patient dies in ambulance queue",
            "A hospital trust has apologised to the family of Ellen Ward, 82, who died after waiting "
            "14 hours in an ambulance outside Kingsmere Hospital in January.",
            "Her daughter, Karen Ward, said her mother had been 'treated like a parcel'. 'She kept "
            "asking when she would be let in,' she said.",
            "The trust's chief executive, Dr Amir Shah, said in a statement that the delay was "
            "'unacceptable'. A trust spokeswoman, Lucy Grant, said later that handover procedures had "
            "been reviewed. The spokeswoman said ambulance waits had fallen by a third since March.",
            "Karen Ward said a paramedic had told her the crew had been queuing since lunchtime. 'They "
            "were kind, but they were stuck,' she said.",
            "The ambulance union said its members were 'at breaking point'. Officials at the ambulance "
            "service said they could not comment on individual cases.",
            "The coroner, Mary Allingham, said she would open an inquest in June. Ms Ward said she "
            "hoped it would bring answers.",
        ),
        claims=(
            ExpectedClaim("her mother had been 'treated like a parcel'", "Karen Ward", R),
            ExpectedClaim("She kept asking when she would be let in", "Karen Ward", Q),
            ExpectedClaim("the delay was", "Amir Shah", R),
            ExpectedClaim("handover procedures had been reviewed", "Lucy Grant", R),
            ExpectedClaim("ambulance waits had fallen by a third", "Lucy Grant", R),
            ExpectedClaim("a paramedic had told her", "Karen Ward", R),
            ExpectedClaim("the crew had been queuing since lunchtime", "paramedic", R, optional=True),
            ExpectedClaim("They were kind, but they were stuck", "Karen Ward", Q),
            ExpectedClaim("its members were 'at breaking point'", "ambulance union", R),
            ExpectedClaim("they could not comment on individual cases", "Officials", R),
            ExpectedClaim("she would open an inquest in June", "Mary Allingham", R),
            ExpectedClaim("she hoped it would bring answers", "Karen Ward", R),
        ),
    ),
)
