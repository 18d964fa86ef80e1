"""A seventh fresh group of hand-annotated articles for claims extraction (issue 13), written and
annotated before the extractor was run on them: the honest, untuned estimate. New topics and house
styles: a British nurses' strike over pay talks (a union announcing before it is named, "said A and
that B", "acknowledged … but insisted", "X, he said, Y" after a woman was quoted, "the trust", a
question subhead), a wire story on a Danish gold hoard ("X, an Aarhus-based specialist", "noting
that", "?" quotes, "revealed plans", a study by university researchers), an American city council
housing hearing (a continuation paragraph, "adding that", "asked X, a retired teacher", written
testimony, "a spokesperson for the mayor"), a tech site's retailer data breach ("claimed
responsibility", "ruled out paying", an email as channel, an acronym regulator), a Scottish
mountain rescue in single quotes (a statement from "the force", a continuation paragraph, "she
wrote that"), an arts desk's orchestra funding cut ("estimated that", "did not deny that … but
said", "denied that", "admitted that …, but he said", a union's letter, fronted "according to its
figures"), an esports final (a hyphenated Korean name, a nickname in quotes that is no quote, "it
said in a statement", an acronym commission, "did not reveal"), and a wire story on a city's water
rationing (a utility named after it announces, "warned", a quote split by "he said", colon and
dashed quotes, a study, "X, a Guadalajara-based hydrologist").

Conventions are those of the earlier sets (claims_dev_set.py; claims_fresh_set.py for "a spokesman
for X" as X speaking and "called it 'a …'" as optional; claims_fresh_set_3.py for ``via`` and
noun-object speech acts; claims_fresh_set_4.py for continuation quotes, page furniture and study
attributions; claims_fresh_set_5.py for negated reports with no proposition of their own as
optional; claims_fresh_set_6.py for requests and accusations as optional and "said A and that B" as
one claim whose second clause is optional), plus:
- Two reporting verbs joined in one sentence ("acknowledged that A but insisted that B", "claimed
  responsibility … and said B", "admitted that A, but he said B") are two claims, both required, as
  in claims_fresh_set_5.py ("confirmed … but denied that …").
- A report whose second half has no reporting verb or "that" of its own ("… will go ahead, the
  trust said, but patients should …"; "the amber, she said, probably came from …, while tests on
  the gold pointed to …") is one claim; the part after "but"/"while" is optional.
- A speaker is given by the words its resolved name must contain: "Crestline" for the organiser
  named "Crestline Gaming" and then "Crestline"; full names where the text gives one, even only
  in a possessive ("Mayor Denise Caldwell's plan").
- A quote a speaker gives "in a statement" names the statement as ``via``, as a reported claim
  would; a quote "in a video" does not (a video is not a document).
- A speech act for the generic "critics say" is a claim of the critics, as "residents said" is.
- A negated report that still carries a proposition ("did not deny that ticket sales had fallen")
  is an ordinary claim; one without ("did not say whether …", "did not reveal which …") stays
  optional as in claims_fresh_set_5.py.
- A quote split by its attribution ('"The water we save this month," he said, "is …"') is two
  claims, as in the dev set ('"She talks about housing," he said, "but …"').
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A = "quote", "reported", "according_to"

FRESH_SET_7: tuple[DevArticle, ...] = (
    DevArticle(
        topic="nurses' strike over pay talks, a man and a woman",
        text=article_text(
            "Nurses at Eastbridge hospitals to strike next week after pay talks collapse",
            "Nurses at three hospitals in Eastbridge will walk out for 48 hours from Tuesday after talks "
            "over staffing and pay broke down late on Thursday, their union has announced.",
            "The Nursing and Midwifery Union (NMU) said more than 1,100 of its members had voted for "
            "action, and that wards were routinely running with a third fewer nurses than planned.",
            'Its regional secretary, Bronwen Hale, said: "Nobody goes into nursing to stand on a picket '
            'line. But our members are exhausted, and patients are paying the price."',
            '"How many more nurses have to leave before the trust listens?" Hale said.',
            'Eastbridge University Hospitals NHS Trust said it was "disappointed" by the decision. Its '
            "chief executive, Dr Simon Okoro, said the trust had offered a 4% retention payment and 60 "
            "extra nursing posts.",
            'The offer, he said, was "fair and final" in a year when the trust expects a deficit of £31 '
            "million.",
            "He acknowledged that some wards had been short-staffed over the winter but insisted that "
            "patient safety had not been compromised.",
            "What are the nurses asking for?",
            "According to figures from the trust, 212 nursing posts were vacant in October, one in nine of "
            "the total.",
            "Planned operations will go ahead where possible during the strike, the trust said, but "
            "patients should assume their appointment stands unless they are contacted.",
            "Health Secretary Martin Greaves did not say whether the government would fund the retention "
            "payment.",
            "READ MORE: Ambulance waits at Eastbridge hit record high",
        ),
        claims=(
            ExpectedClaim(
                "Nurses at three hospitals in Eastbridge will walk out for 48 hours",
                "Nursing and Midwifery Union",
                R,
            ),
            ExpectedClaim(
                "more than 1,100 of its members had voted for action", "Nursing and Midwifery Union", R
            ),
            ExpectedClaim(
                "wards were routinely running with a third fewer nurses",
                "Nursing and Midwifery Union",
                R,
                optional=True,
            ),
            ExpectedClaim("Nobody goes into nursing to stand on a picket line", "Bronwen Hale", Q),
            ExpectedClaim("How many more nurses have to leave before the trust listens?", "Bronwen Hale", Q),
            ExpectedClaim(
                'it was "disappointed" by the decision', "Eastbridge University Hospitals NHS Trust", R
            ),
            ExpectedClaim("the trust had offered a 4% retention payment", "Simon Okoro", R),
            ExpectedClaim('was "fair and final" in a year', "Simon Okoro", R),
            ExpectedClaim("some wards had been short-staffed over the winter", "Simon Okoro", R),
            ExpectedClaim("patient safety had not been compromised", "Simon Okoro", R),
            ExpectedClaim(
                "212 nursing posts were vacant in October",
                "Eastbridge University Hospitals NHS Trust",
                A,
                via="figures",
            ),
            ExpectedClaim(
                "Planned operations will go ahead where possible",
                "Eastbridge University Hospitals NHS Trust",
                R,
            ),
            ExpectedClaim(
                "patients should assume their appointment stands",
                "Eastbridge University Hospitals NHS Trust",
                R,
                optional=True,
            ),
            ExpectedClaim(
                "whether the government would fund the retention payment",
                "Martin Greaves",
                R,
                optional=True,
            ),
        ),
    ),
    DevArticle(
        topic="gold hoard in a field, an Aarhus-based specialist",
        text=article_text(
            "Farmer's plough turns up 4,000-year-old gold hoard in Danish field",
            "COPENHAGEN, May 13 (Wire) — A farmer ploughing a field in western Jutland has uncovered a "
            "hoard of 31 gold and amber objects buried around 2000 BC, the National Museum of Denmark said "
            "on Tuesday.",
            'Morten Vestergaard, 58, found the first piece, a twisted gold arm ring, in April. "I thought it '
            'was a bit of old brass from a tractor," he said. "My wife was the one who told me to ring the '
            'museum."',
            "Excavation leader Signe Holm said the objects had been placed in a wooden box that had long "
            "since rotted, which suggested they were buried on purpose rather than lost.",
            '"This was an offering, not somebody\'s savings," Holm said. "Whoever buried it never meant to '
            'come back."',
            "The amber, she said, probably came from the Baltic coast, more than 300 kilometres away, while "
            "tests on the gold pointed to a source in Cornwall or Ireland.",
            "Not everyone is convinced. Lars Brink, an Aarhus-based specialist in Bronze Age metalwork who "
            "was not involved in the excavation, said the dating relied on a single fragment of wood, "
            "noting that no other organic material had survived in the box. "
            '"Could it be 2000 BC? Possibly," he said. "But I would want to see more samples."',
            "A study of the amber beads by researchers at Aarhus University, published this week in the "
            "Journal of Nordic Archaeology, found that they had been drilled with a bronze tool.",
            "Under Danish law, finds of this kind belong to the state, and the finder is paid a reward. "
            "According to the Agency for Culture and Palaces, rewards for gold finds have averaged about "
            "250,000 kroner over the past decade.",
            "The museum revealed plans to put the hoard on display in Copenhagen next spring. It did not "
            "disclose how much Vestergaard would receive.",
            "Photo: Gold arm rings from the Jutland hoard. (National Museum of Denmark/Handout via Wire)",
        ),
        claims=(
            ExpectedClaim(
                "has uncovered a hoard of 31 gold and amber objects", "National Museum of Denmark", R
            ),
            ExpectedClaim("I thought it was a bit of old brass", "Morten Vestergaard", Q),
            ExpectedClaim("My wife was the one who told me", "Morten Vestergaard", Q),
            ExpectedClaim("the objects had been placed in a wooden box", "Signe Holm", R),
            ExpectedClaim("This was an offering, not somebody's savings", "Signe Holm", Q),
            ExpectedClaim("Whoever buried it never meant to come back", "Signe Holm", Q),
            ExpectedClaim("probably came from the Baltic coast", "Signe Holm", R),
            ExpectedClaim("tests on the gold pointed to a source", "Signe Holm", R, optional=True),
            ExpectedClaim("the dating relied on a single fragment of wood", "Lars Brink", R),
            ExpectedClaim("no other organic material had survived", "Lars Brink", R),
            ExpectedClaim("Could it be 2000 BC? Possibly", "Lars Brink", Q),
            ExpectedClaim("But I would want to see more samples.", "Lars Brink", Q),
            ExpectedClaim("they had been drilled with a bronze tool", "Aarhus University", R, via="study"),
            ExpectedClaim("rewards for gold finds have averaged", "Agency for Culture and Palaces", A),
            ExpectedClaim("plans to put the hoard on display", "National Museum of Denmark", R),
            ExpectedClaim(
                "how much Vestergaard would receive", "National Museum of Denmark", R, optional=True
            ),
        ),
    ),
    DevArticle(
        topic="city housing plan hearing, a continuation paragraph",
        text=article_text(
            "Hundreds pack City Hall as Riverton weighs plan for 9,000 homes",
            "RIVERTON — More than 400 people crowded into City Hall on Wednesday night for the first public "
            "hearing on Mayor Denise Caldwell's plan to allow 9,000 new homes over the next decade, many of "
            "them in neighborhoods now zoned only for single-family houses.",
            "Caldwell told the City Council that the city had added 22,000 jobs since 2018 but only 3,400 "
            'homes. "Our children cannot afford to live in the city they grew up in," she said. "That is not '
            'a housing market. That is a slow eviction."',
            "The plan would let owners build up to four homes on any residential lot and allow six-story "
            "buildings within a quarter mile of light-rail stations.",
            "Homeowners from the Elmwood and Crestview neighborhoods spoke against it for more than two "
            "hours. Frank Delisi, who has lived on Crestview Avenue for 41 years, said the plan would "
            '"bulldoze the character" of the area. "Nobody asked us. Not once," he said.',
            '"Where are the kids going to go to school? Where is everyone going to park?" asked Marjorie '
            "Fenn, a retired teacher from Elmwood.",
            "Supporters, many of them renters, lined up too. Tasha Greer, an organizer with the Riverton "
            "Tenants Union, said rents in the city had risen 38% in five years, adding that her members "
            "were being pushed out to suburbs with no bus service.",
            '"We are the people who teach your kids and clean your offices," Greer said.',
            '"We just want to live where we work."',
            "The Riverton Housing Authority, which manages 5,200 public housing units, backed the plan. In "
            "written testimony, the authority said its waiting list had grown to 11,000 families.",
            "Council President Alan Whitaker said the council would not vote before January. He said: "
            '"We heard a lot of anger tonight, and some of it is fair. This plan will change before it '
            'passes."',
            "According to an analysis by the city planning department, about 60% of Riverton's residential "
            "land is zoned for single-family homes only.",
            "The mayor denied that the plan had been written for developers. A spokesperson for the mayor "
            "said the city had held 30 meetings with neighborhood groups since March.",
            "RELATED: What the housing plan would mean for your street",
        ),
        claims=(
            ExpectedClaim("the city had added 22,000 jobs since 2018", "Denise Caldwell", R),
            ExpectedClaim("Our children cannot afford to live in the city", "Denise Caldwell", Q),
            ExpectedClaim("That is not a housing market", "Denise Caldwell", Q),
            ExpectedClaim('the plan would "bulldoze the character"', "Frank Delisi", R),
            ExpectedClaim("Nobody asked us. Not once", "Frank Delisi", Q),
            ExpectedClaim("Where are the kids going to go to school?", "Marjorie Fenn", Q),
            ExpectedClaim("rents in the city had risen 38% in five years", "Tasha Greer", R),
            ExpectedClaim("her members were being pushed out", "Tasha Greer", R),
            ExpectedClaim("We are the people who teach your kids", "Tasha Greer", Q),
            ExpectedClaim("We just want to live where we work.", "Tasha Greer", Q),
            ExpectedClaim(
                "its waiting list had grown to 11,000 families",
                "Riverton Housing Authority",
                R,
                via="testimony",
            ),
            ExpectedClaim("the council would not vote before January", "Alan Whitaker", R),
            ExpectedClaim("We heard a lot of anger tonight", "Alan Whitaker", Q),
            ExpectedClaim(
                "about 60% of Riverton's residential land",
                "planning department",
                A,
                via="analysis",
            ),
            ExpectedClaim("the plan had been written for developers", "Denise Caldwell", R),
            ExpectedClaim("the city had held 30 meetings", "Denise Caldwell", R),
        ),
    ),
    DevArticle(
        topic="retailer data breach, a ransomware group",
        text=article_text(
            "Homewise confirms hackers stole data of 2.3 million customers",
            "UK homeware retailer Homewise has confirmed that hackers stole the names, addresses and "
            "partial card details of about 2.3 million customers in an attack earlier this month.",
            "In an email sent to customers on Monday, the company said passwords and full card numbers had "
            "not been taken. It urged shoppers to be wary of messages claiming to come from Homewise.",
            "A ransomware group calling itself Black Lantern claimed responsibility for the attack on its "
            "leak site on Friday and said it would publish the data unless it was paid.",
            'Homewise chief executive Claire Mensah ruled out paying a ransom. "We will not fund criminals, '
            "full stop,\" she said in a video posted on the company's website. \"I'm sorry. Our customers "
            'trusted us with their information and we let them down."',
            "The Information Commissioner's Office (ICO) said it had been informed of the breach and was "
            "making enquiries.",
            "Jake Morrow, a Leeds-based security researcher who tracks ransomware gangs, said Black Lantern "
            'had hit at least 14 retailers in Europe this year. "They go after companies that have grown '
            'fast and spent little on security," he said. "What did Homewise think would happen?"',
            "The ICO can fine companies up to 4% of their global turnover. A spokesperson for the regulator "
            "declined to say whether Homewise had reported the attack within the required 72 hours.",
            "According to the National Cyber Security Centre's annual review, ransomware attacks reported "
            "by British businesses rose by 27% last year.",
            "Shares in Homewise fell 8% on Monday. The retailer said the attack would not affect its "
            "full-year results, which are due in March.",
            "Have you been affected? Get in touch: tips@techwire.example",
        ),
        claims=(
            ExpectedClaim("hackers stole the names, addresses and partial card details", "Homewise", R),
            ExpectedClaim("passwords and full card numbers had not been taken", "Homewise", R, via="email"),
            ExpectedClaim("to be wary of messages", "Homewise", R, optional=True),
            ExpectedClaim("responsibility for the attack", "Black Lantern", R),
            ExpectedClaim("it would publish the data unless it was paid", "Black Lantern", R),
            ExpectedClaim("paying a ransom", "Claire Mensah", R),
            ExpectedClaim("We will not fund criminals, full stop", "Claire Mensah", Q),
            ExpectedClaim("Our customers trusted us with their information", "Claire Mensah", Q),
            ExpectedClaim("it had been informed of the breach", "Information Commissioner's Office", R),
            ExpectedClaim("Black Lantern had hit at least 14 retailers", "Jake Morrow", R),
            ExpectedClaim("They go after companies that have grown fast", "Jake Morrow", Q),
            ExpectedClaim("What did Homewise think would happen?", "Jake Morrow", Q),
            ExpectedClaim(
                "whether Homewise had reported the attack",
                "Information Commissioner's Office",
                R,
                optional=True,
            ),
            ExpectedClaim(
                "ransomware attacks reported by British businesses rose by 27%",
                "National Cyber Security Centre",
                A,
                via="review",
            ),
            ExpectedClaim("the attack would not affect its full-year results", "Homewise", R),
        ),
    ),
    DevArticle(
        topic="mountain rescue, single quotes and the force",
        text=article_text(
            "Climbers airlifted from Ben Alder after night trapped on ledge",
            "Two climbers were rescued from a ledge on Ben Alder on Sunday morning after spending 14 hours "
            "stranded in freezing fog, Police Scotland said.",
            "The pair, a 34-year-old man and a 29-year-old woman from Glasgow, raised the alarm at about "
            "6pm on Saturday when they became cragfast on the mountain's north-east ridge.",
            "In a statement, the force said both were taken to Raigmore Hospital in Inverness by "
            "coastguard helicopter and were not thought to be seriously hurt.",
            "Dalwhinnie Mountain Rescue Team sent 18 volunteers to the ridge overnight. Its leader, Euan "
            "MacRae, said the conditions were among the worst he had seen in 20 years. 'You couldn't see "
            "your hand in front of your face,' he said. 'The wind was gusting at 70mph on the ridge.'",
            "'They did everything right once they were stuck. They stayed put, they kept warm and they "
            "kept their phone battery going.'",
            "The climbers had set out late, he said, and had no head torches. 'Would I have been on that "
            "ridge at 4pm in November? No,' Mr MacRae said. 'But everyone makes mistakes.'",
            "Mountain rescue teams in Scotland were called out 735 times last year, the highest number on "
            "record, according to Scottish Mountain Rescue.",
            "The woman's sister, Kirsty Doig, thanked the volunteers on social media. She wrote that her "
            "sister had 'never been so glad to see a stranger' in her life.",
            "Glenmore Lodge, which runs winter skills courses in the Cairngorms, said it had seen bookings "
            "rise by a third since 2019.",
            "Pic: The coastguard helicopter over Ben Alder on Sunday. Credit: Dalwhinnie MRT",
            "Follow The Highland Courier on Facebook",
        ),
        claims=(
            ExpectedClaim("Two climbers were rescued from a ledge on Ben Alder", "Police Scotland", R),
            ExpectedClaim("both were taken to Raigmore Hospital", "Police Scotland", R, via="statement"),
            ExpectedClaim("the conditions were among the worst he had seen", "Euan MacRae", R),
            ExpectedClaim("You couldn't see your hand in front of your face", "Euan MacRae", Q),
            ExpectedClaim("The wind was gusting at 70mph on the ridge", "Euan MacRae", Q),
            ExpectedClaim("They did everything right once they were stuck", "Euan MacRae", Q),
            ExpectedClaim("The climbers had set out late", "Euan MacRae", R),
            ExpectedClaim("Would I have been on that ridge at 4pm in November? No", "Euan MacRae", Q),
            ExpectedClaim("But everyone makes mistakes.", "Euan MacRae", Q),
            ExpectedClaim(
                "Mountain rescue teams in Scotland were called out 735 times",
                "Scottish Mountain Rescue",
                A,
            ),
            ExpectedClaim("her sister had 'never been so glad to see a stranger'", "Kirsty Doig", R),
            ExpectedClaim("it had seen bookings rise by a third", "Glenmore Lodge", R),
        ),
    ),
    DevArticle(
        topic="orchestra funding cut, a council and a union letter",
        text=article_text(
            "Wearside Philharmonic to lose £1.2m as Arts Council cuts funding",
            "The Wearside Philharmonic, one of England's oldest regional orchestras, will lose its entire "
            "£1.2m annual grant from Arts Council England from April, the orchestra said on Wednesday.",
            "Its chief executive, Harriet Lomax, said the decision put the orchestra's future \"in serious "
            'doubt". She estimated that the cut would cost 40 of its 62 musicians their jobs unless new '
            "funding was found.",
            '"We have played in this city for 112 years. Are we really going to be the generation that lets '
            'it go?" Lomax said.',
            "Lomax did not deny that ticket sales had fallen since the pandemic, but said the orchestra's "
            "schools programme now reached 20,000 children a year.",
            'Arts Council England said it had faced "impossible choices" after its own budget was cut by '
            "9%. In a statement, it said the Philharmonic's application had scored lower than others on "
            "reaching new audiences.",
            "The council denied that orchestras outside London had been singled out. According to its "
            "figures, 71% of its music funding now goes to organisations outside the capital.",
            'The orchestra\'s principal conductor, Tomasz Wieczorek, said he was "heartbroken". Speaking '
            "after a rehearsal on Wednesday, he admitted that the orchestra had been slow to modernise its "
            'programmes, but he said cutting it altogether was "cultural vandalism".',
            "The Musicians' Union has written to the culture secretary. Its letter warns that regional "
            'orchestras are "being allowed to die one grant at a time".',
            "Culture Secretary Lisa Fenwick said funding decisions were a matter for the Arts Council, which "
            "operates at arm's length from government.",
            "The Philharmonic's last concert of the season, Mahler's Fifth Symphony, is on 14 June. "
            "Tickets: wearsidephil.org.uk",
        ),
        claims=(
            ExpectedClaim("will lose its entire £1.2m annual grant", "Wearside Philharmonic", R),
            ExpectedClaim('the decision put the orchestra\'s future "in serious doubt"', "Harriet Lomax", R),
            ExpectedClaim("the cut would cost 40 of its 62 musicians their jobs", "Harriet Lomax", R),
            ExpectedClaim("We have played in this city for 112 years", "Harriet Lomax", Q),
            ExpectedClaim("ticket sales had fallen since the pandemic", "Harriet Lomax", R),
            ExpectedClaim("schools programme now reached 20,000 children", "Harriet Lomax", R),
            ExpectedClaim('it had faced "impossible choices"', "Arts Council England", R),
            ExpectedClaim(
                "the Philharmonic's application had scored lower",
                "Arts Council England",
                R,
                via="statement",
            ),
            ExpectedClaim("orchestras outside London had been singled out", "Arts Council England", R),
            ExpectedClaim("71% of its music funding now goes", "Arts Council England", A, via="figures"),
            ExpectedClaim('he was "heartbroken"', "Tomasz Wieczorek", R),
            ExpectedClaim("the orchestra had been slow to modernise", "Tomasz Wieczorek", R),
            ExpectedClaim('cutting it altogether was "cultural vandalism"', "Tomasz Wieczorek", R),
            ExpectedClaim(
                'regional orchestras are "being allowed to die',
                "Musicians' Union",
                R,
                via="letter",
            ),
            ExpectedClaim("funding decisions were a matter for the Arts Council", "Lisa Fenwick", R),
        ),
    ),
    DevArticle(
        topic="esports final, a nickname and a cheating row",
        text=article_text(
            "Seoul Wolves win Valor Masters after comeback as cheating row clouds final",
            "BERLIN — Seoul Wolves won the Valor Masters title on Sunday, coming back from two maps down to "
            "beat Brazil's Team Aurora 3-2 in front of 12,000 fans at the Spree Arena.",
            'Wolves captain Park Ji-hoon, who plays as "Frost", was named the tournament\'s most valuable '
            'player. "After the second map I told the guys to just have fun, we had nothing to lose," Park '
            'said. "I can\'t believe it. We are world champions!"',
            "The final was overshadowed by a dispute from the semi-finals. Team Aurora accused the "
            "tournament's organiser, Crestline Gaming, of ignoring evidence that a Wolves player had used "
            "software to see through walls.",
            "Crestline said its anti-cheat team had reviewed the match footage and found no wrongdoing. "
            '"The integrity of our competition is not in question," it said in a statement.',
            "Aurora's coach, Rafael Moura, was not satisfied. \"Why won't they release the logs? If there's "
            'nothing to hide, show us!" Moura said at a news conference.',
            "Moura said the team would file a formal complaint with the Esports Integrity Commission "
            "(ESIC), adding that two of his players had received threats online since the semi-final.",
            "ESIC confirmed it had received a complaint but did not reveal which player it concerned.",
            "According to data from Esports Charts, the final drew a peak of 1.9 million viewers online, a "
            "record for the event.",
            'Park, 27, ruled out retirement. Asked about his future, he said he would keep playing "as long '
            'as my hands work".',
            "Photo: Seoul Wolves lift the trophy in Berlin. (Crestline Gaming)",
            "Share this article",
        ),
        claims=(
            ExpectedClaim("After the second map I told the guys", "Park Ji-hoon", Q),
            ExpectedClaim("I can't believe it. We are world champions!", "Park Ji-hoon", Q),
            ExpectedClaim("of ignoring evidence that a Wolves player", "Team Aurora", R, optional=True),
            ExpectedClaim("its anti-cheat team had reviewed the match footage", "Crestline", R),
            ExpectedClaim(
                "The integrity of our competition is not in question", "Crestline", Q, via="statement"
            ),
            ExpectedClaim("Why won't they release the logs?", "Rafael Moura", Q),
            ExpectedClaim("the team would file a formal complaint", "Rafael Moura", R),
            ExpectedClaim("two of his players had received threats online", "Rafael Moura", R),
            ExpectedClaim("it had received a complaint", "Esports Integrity Commission", R),
            ExpectedClaim("which player it concerned", "Esports Integrity Commission", R, optional=True),
            ExpectedClaim("the final drew a peak of 1.9 million viewers", "Esports Charts", A, via="data"),
            ExpectedClaim("retirement", "Park Ji-hoon", R),
            ExpectedClaim('he would keep playing "as long as my hands work"', "Park Ji-hoon", R),
        ),
    ),
    DevArticle(
        topic="city water rationing, a utility named after it speaks",
        text=article_text(
            "Santa Inés to cut water to homes three days a week as reservoirs run low",
            "SANTA INÉS, Mexico, Feb 20 (Wire) — Households in Santa Inés will receive piped water only four "
            "days a week from Monday, the city's water utility announced on Thursday, as the reservoirs "
            "that supply the city of 2 million fell to 18% of capacity.",
            "The Municipal Water and Sanitation Service (SIMAS) said the rationing would last at least "
            "until the rainy season begins in June. Hospitals, schools and fire stations will be exempt, "
            "it said.",
            "Its director, Héctor Villaseñor, warned that restrictions could be tightened if residents did "
            'not cut their use by a fifth. "The water we save this month," he said, "is the water we '
            'drink in May."',
            'Mayor Lucía Ortega insisted the city had done everything it could. She said: "We have fixed '
            "more leaks in two years than the last three administrations did in twelve. But we cannot make "
            'it rain."',
            "Critics say the city has been slow to act. According to a study by the National Autonomous "
            "University, about 40% of the water pumped into the city's network is lost to leaks before it "
            "reaches a tap.",
            "Rosa Méndez, who runs a laundry in the eastern district of Las Palmas, said her taps had "
            'already been dry for most of the past fortnight. "They tell us four days — we have been '
            'getting two, if we\'re lucky," she said. "Who pays for the water trucks? We do."',
            "Aurelio Campos, a Guadalajara-based hydrologist, said the city's aquifer had been over-pumped "
            "for decades. The rationing, he said, would buy time but would not fix the underlying problem.",
            "The federal water agency, Agua Nacional, said on Friday it would send 40 tanker trucks to the "
            "city.",
            "Reporting by Daniela Ruiz; Editing by Mark Holt",
        ),
        claims=(
            ExpectedClaim(
                "Households in Santa Inés will receive piped water only four days a week",
                "Municipal Water and Sanitation Service",
                R,
            ),
            ExpectedClaim(
                "the rationing would last at least until the rainy season",
                "Municipal Water and Sanitation Service",
                R,
            ),
            ExpectedClaim(
                "Hospitals, schools and fire stations will be exempt",
                "Municipal Water and Sanitation Service",
                R,
            ),
            ExpectedClaim("restrictions could be tightened", "Héctor Villaseñor", R),
            ExpectedClaim("The water we save this month", "Héctor Villaseñor", Q),
            ExpectedClaim("is the water we drink in May.", "Héctor Villaseñor", Q),
            ExpectedClaim("the city had done everything it could", "Lucía Ortega", R),
            ExpectedClaim("We have fixed more leaks in two years", "Lucía Ortega", Q),
            ExpectedClaim("the city has been slow to act", "Critics", R),
            ExpectedClaim(
                "about 40% of the water pumped into the city's network",
                "National Autonomous University",
                A,
                via="study",
            ),
            ExpectedClaim("her taps had already been dry", "Rosa Méndez", R),
            ExpectedClaim("They tell us four days — we have been getting two", "Rosa Méndez", Q),
            ExpectedClaim("Who pays for the water trucks? We do.", "Rosa Méndez", Q),
            ExpectedClaim("the city's aquifer had been over-pumped for decades", "Aurelio Campos", R),
            ExpectedClaim("would buy time but would not fix", "Aurelio Campos", R),
            ExpectedClaim("it would send 40 tanker trucks to the city", "Agua Nacional", R),
        ),
    ),
)
