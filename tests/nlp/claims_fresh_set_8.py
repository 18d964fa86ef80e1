"""An eighth fresh group of hand-annotated articles for claims extraction (issue 13), written and
annotated before the extractor was run on them: the honest, untuned estimate. New topics and house
styles: an American local paper's chemical spill (an agency and its acronym, "?" before "asked
X", "denied that", a quote "said at a news conference", federal records, a caption), a British
broadsheet's university admissions scandal in single quotes (a law firm's inquiry and report,
"adding that", "X, a London-based consultant", a regulator's acronym, "did not rule out"), a wire
story on a heatwave straining a power grid (an operator named after it warns, a quote chain after
"told reporters", "X, he said, Y", "X, a Tucson-based economist", data from an agency), a business
site's drug price row (a letter to customers, "said A and that B", a "?" quote before "said X",
a study, "declined to say how many"), a British village paper's cancelled fair (a committee
named after it announces, a continuation paragraph, a Facebook post, "asked whether", figures
from an association, reader furniture), a wire story on a court ruling against a border fence (a
decision and a dissent, "X, she wrote, Y", a ministry as "it", an "!" quote, a "?" quote before
"she asked"), an American paper's pilots' strike vote (a union named after it speaks and its
acronym, a quote "in a statement", "accused … of 'stalling'", "adding that", two organisations
sharing a name, statistics data), and a science site's satellite launch failure (a launch
provider named after it speaks, "wrote in a post on X", "declined to say how much", fronted
"according to Weber", a report by an institute, video furniture).

Conventions are those of the earlier sets (claims_dev_set.py; claims_fresh_set.py for "a spokesman
for X" as X speaking and "called it 'a …'" as optional; claims_fresh_set_3.py for ``via`` and
noun-object speech acts; claims_fresh_set_4.py for continuation quotes, page furniture and study
attributions; claims_fresh_set_5.py for negated reports with no proposition of their own as
optional and a court's decision or dissent as ``via``; claims_fresh_set_6.py for requests, orders
and accusations as optional and "said A and that B" as one claim whose second clause is optional;
claims_fresh_set_7.py for the shortest name as speaker, a quote "in a statement" with ``via``, and
a split quote as two claims), plus:
- A report whose content is a coordinated predicate without "that" of its own ("said 97% of
  members voted, and 99% of those backed a strike"; "said the council had offered £1,000 but
  could not legally give more") is one claim, annotated by its first part.
- Noun-object acts that are not clearly speech ("declared a state of emergency", "has defended a
  sixfold increase") are optional.
- A post "on X" or in a Facebook group names the post as ``via`` (set 6's Instagram post).
- A refusal with an object but no proposition ("declined to say how many patients …", "declined
  to discuss the offer in detail") is optional, as set 5's negated reports; a petition "calling
  for" something is a request, optional, with the petition as ``via``. "Welcomed the ruling" is
  no claim (as "welcomed the decision" in claims_fresh_set_3.py).
- Where two organisations share a word ("Skyward Airlines" and "Skyward Pilots Association"), each
  is given by its full name, since the shortest form would match both.
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A = "quote", "reported", "according_to"

FRESH_SET_8: tuple[DevArticle, ...] = (
    DevArticle(
        topic="chemical spill into a creek, an agency and its acronym",
        text=article_text(
            "Solvent spill from Millbrook plant kills fish along Tanner Creek",
            "MILLBROOK, Pa. — Thousands of fish were found dead along a four-mile stretch of Tanner Creek on "
            "Monday after a storage tank at the Arkwright Coatings plant leaked an estimated 9,000 gallons "
            "of a solvent mixture, state officials said.",
            "The Pennsylvania Department of Environmental Protection (DEP) said the leak began late Saturday "
            "and was not reported to the agency until Sunday afternoon, nearly 20 hours later.",
            '"Twenty hours is unacceptable. Every hour that solvent sat in the creek, it was moving '
            'downstream," DEP regional director Carla Mendes said at a news conference.',
            "Mendes said the agency had ordered the company to stop all production at the site until the "
            "tank was inspected. Water samples taken Monday showed levels of toluene 40 times above the "
            "state limit, she said.",
            'In a statement, Arkwright Coatings said it "deeply regrets" the spill and that a cracked valve, '
            "not operator error, was to blame. The company said it had hired an outside firm to clean the "
            "creek banks.",
            "Plant manager Douglas Reyes denied that the company had delayed its report to the state. "
            '"We called as soon as we understood what we were dealing with," he said.',
            "Downstream, the borough of Elmhurst shut its creek-fed water intake as a precaution. "
            '"Is our water safe to drink?" asked Tom Kessler, who has lived beside the creek for 30 years. '
            '"Nobody has given us a straight answer."',
            "According to records from the U.S. Environmental Protection Agency, the plant has been cited "
            "for five water-quality violations since 2019.",
            "Elmhurst residents can collect bottled water at the borough hall from 8 a.m. to 6 p.m.",
            "Photo: Dead fish collect at a bend in Tanner Creek on Monday. (Staff photo by Dana Whitlock)",
        ),
        claims=(
            ExpectedClaim("Thousands of fish were found dead along a four-mile stretch", "officials", R),
            ExpectedClaim(
                "the leak began late Saturday", "Pennsylvania Department of Environmental Protection", R
            ),
            ExpectedClaim("Twenty hours is unacceptable", "Carla Mendes", Q),
            ExpectedClaim("the agency had ordered the company to stop all production", "Carla Mendes", R),
            ExpectedClaim("levels of toluene 40 times above the state limit", "Carla Mendes", R),
            ExpectedClaim('it "deeply regrets" the spill', "Arkwright Coatings", R, via="statement"),
            ExpectedClaim(
                "a cracked valve, not operator error, was to blame",
                "Arkwright Coatings",
                R,
                optional=True,
                via="statement",
            ),
            ExpectedClaim("it had hired an outside firm to clean the creek banks", "Arkwright Coatings", R),
            ExpectedClaim("the company had delayed its report to the state", "Douglas Reyes", R),
            ExpectedClaim("We called as soon as we understood", "Douglas Reyes", Q),
            ExpectedClaim("Is our water safe to drink?", "Tom Kessler", Q),
            ExpectedClaim("Nobody has given us a straight answer.", "Tom Kessler", Q),
            ExpectedClaim(
                "the plant has been cited for five water-quality violations",
                "Environmental Protection Agency",
                A,
                via="records",
            ),
        ),
    ),
    DevArticle(
        topic="university admissions scandal, a law firm's inquiry",
        text=article_text(
            "Harrowgate University suspends admissions director over 'donor list' offers",
            "Harrowgate University has suspended its director of admissions after an inquiry by the law firm "
            "Carrow Whitley found that dozens of applicants linked to wealthy donors had been offered places "
            "with grades below the published requirements.",
            "The report, published on Wednesday, said at least 43 offers had been made from a list kept by "
            "the university's development office since 2021, and that admissions staff had been told not "
            "to record why.",
            "The vice-chancellor, Professor Hugh Marchbank, said: 'This should never have happened at "
            "Harrowgate. Places here are earned, and I am ashamed that for some applicants they were not.'",
            "He said the development office had been closed and its head had resigned, adding that every "
            "affected offer would be reviewed by an independent panel.",
            "The suspended director, Miranda Cole, denied that she had known where the list came from. In a "
            "statement issued through her lawyer, she said she had 'followed instructions from above' and "
            "would 'clear her name'.",
            "Sanjay Bhatt, a London-based admissions consultant, said the practice was 'more common than "
            "universities admit'. 'Harrowgate got caught. Others have simply been more careful,' he said.",
            "'Why should my daughter, with three A*s, lose her place to someone whose father paid for a "
            "library?' asked Gillian Mayhew, whose daughter was turned down by Harrowgate in 2023.",
            "The Office for Students (OfS), the higher education regulator in England, said it was "
            "'urgently seeking' further information from the university. The OfS did not rule out a fine of "
            "up to £500,000.",
            "Related: How university admissions work — a guide for parents",
        ),
        claims=(
            ExpectedClaim(
                "dozens of applicants linked to wealthy donors had been offered places",
                "Carrow Whitley",
                R,
                via="inquiry",
            ),
            ExpectedClaim("at least 43 offers had been made from a list", "Carrow Whitley", R, via="report"),
            ExpectedClaim(
                "admissions staff had been told not to record why",
                "Carrow Whitley",
                R,
                optional=True,
                via="report",
            ),
            ExpectedClaim("This should never have happened at Harrowgate", "Hugh Marchbank", Q),
            ExpectedClaim("the development office had been closed", "Hugh Marchbank", R),
            ExpectedClaim(
                "every affected offer would be reviewed by an independent panel", "Hugh Marchbank", R
            ),
            ExpectedClaim("she had known where the list came from", "Miranda Cole", R),
            ExpectedClaim("she had 'followed instructions from above'", "Miranda Cole", R, via="statement"),
            ExpectedClaim("the practice was 'more common than universities admit'", "Sanjay Bhatt", R),
            ExpectedClaim("Harrowgate got caught", "Sanjay Bhatt", Q),
            ExpectedClaim("Why should my daughter, with three A*s, lose her place", "Gillian Mayhew", Q),
            ExpectedClaim("it was 'urgently seeking' further information", "Office for Students", R),
            ExpectedClaim("a fine of up to £500,000", "Office for Students", R, optional=True),
        ),
    ),
    DevArticle(
        topic="heatwave and grid strain, an operator named after it warns",
        text=article_text(
            "Arizona power grid strained as heatwave breaks records",
            "PHOENIX, July 18 (Wire) — The operator of Arizona's main power grid asked customers on Thursday "
            "to set thermostats no lower than 78 degrees during the evening peak, warning that demand could "
            "outstrip supply as temperatures hit 118 F (48 C) for a fifth straight day.",
            "The Desert Grid Authority (DGA) said demand had peaked at 27,400 megawatts on Wednesday, a "
            "record, and that reserves had fallen to 3% at one point in the evening.",
            '"We are not at the point of rolling blackouts," its chief executive, Marcus Bell, told '
            'reporters. "But we are closer than I would like."',
            "Bell said two gas-fired units had tripped offline during the afternoon. The problem, he said, "
            "was not a shortage of generation but the heat itself, which lowers the output of power lines "
            "and plants alike.",
            "Gov. Elena Ruiz declared a state of emergency in Maricopa County. She said cooling centers "
            "would stay open around the clock through the weekend.",
            "According to the Maricopa County Medical Examiner, 14 deaths this month are suspected to be "
            "heat-related.",
            "Priya Natarajan, a Tucson-based energy economist, said the region had added solar capacity "
            'quickly but had too little battery storage to carry it into the night. "The sun sets at 7:40. '
            "The peak doesn't end until 9,\" she said.",
            "Data from the U.S. Energy Information Administration show that Arizona's summer demand has "
            "grown by nearly a fifth since 2015.",
            "Reporting by Tom Alvarez; Editing by Sara Klein",
        ),
        claims=(
            ExpectedClaim(
                "to set thermostats no lower than 78 degrees", "Desert Grid Authority", R, optional=True
            ),
            ExpectedClaim("demand could outstrip supply", "Desert Grid Authority", R),
            ExpectedClaim("demand had peaked at 27,400 megawatts on Wednesday", "Desert Grid Authority", R),
            ExpectedClaim(
                "reserves had fallen to 3% at one point", "Desert Grid Authority", R, optional=True
            ),
            ExpectedClaim("We are not at the point of rolling blackouts", "Marcus Bell", Q),
            ExpectedClaim("But we are closer than I would like.", "Marcus Bell", Q),
            ExpectedClaim("two gas-fired units had tripped offline", "Marcus Bell", R),
            ExpectedClaim("was not a shortage of generation but the heat itself", "Marcus Bell", R),
            ExpectedClaim("a state of emergency in Maricopa County", "Elena Ruiz", R, optional=True),
            ExpectedClaim("cooling centers would stay open around the clock", "Elena Ruiz", R),
            ExpectedClaim(
                "14 deaths this month are suspected to be heat-related", "Maricopa County Medical Examiner", A
            ),
            ExpectedClaim("the region had added solar capacity quickly", "Priya Natarajan", R),
            ExpectedClaim("The sun sets at 7:40", "Priya Natarajan", Q),
            ExpectedClaim(
                "Arizona's summer demand has grown by nearly a fifth",
                "Energy Information Administration",
                R,
                via="data",
            ),
        ),
    ),
    DevArticle(
        topic="drug price row, a letter to customers and a study",
        text=article_text(
            "Epilepsy drug's sixfold price rise draws fire from patients and Congress",
            "Halvern Pharmaceuticals has defended a sixfold increase in the list price of Tremazol, a "
            "decades-old epilepsy drug, after the rise drew criticism from patient groups and members of "
            "Congress.",
            "In a letter to customers dated Oct. 2, the company said the new price of $1,240 for a month's "
            'supply "reflects the true cost" of keeping the drug on the market after its only supplier of '
            "the active ingredient closed a plant in India.",
            'Chief executive Robert Lindqvist said on a call with analysts that the company had "no '
            'choice" and that most patients with insurance would pay no more than $35 a month. "We are not '
            'going to apologize for keeping a medicine available," he said.',
            "Not everyone is convinced. Dana Whitfield, a Boston-based pharmaceutical analyst at Meridian "
            "Research, said the cost of the active ingredient accounted for less than 2% of the new price. "
            '"This is a pricing decision, not a supply decision," she said.',
            '"What do they expect families on Medicaid to do — ration it?" said Alicia Moreno, executive '
            "director of the Epilepsy Families Alliance. Her group has collected more than 40,000 signatures "
            "on a petition calling for the increase to be reversed.",
            "Sen. Thomas Greer, a Vermont Democrat, said he would ask the Federal Trade Commission to "
            "investigate. Halvern, he said, had raised prices on three other older drugs since 2020.",
            "A study by researchers at the Brookfield School of Public Health, published in March, found "
            "that the list prices of older generic drugs with a single manufacturer rose by a median of 39% "
            "between 2018 and 2023.",
            "A Halvern spokeswoman declined to say how many patients take Tremazol.",
            "Shares of Halvern rose 3% in afternoon trading.",
        ),
        claims=(
            ExpectedClaim("a sixfold increase in the list price of Tremazol", "Halvern", R, optional=True),
            ExpectedClaim(
                "the new price of $1,240 for a month's supply",
                "Halvern",
                R,
                via="letter",
            ),
            ExpectedClaim('the company had "no choice"', "Robert Lindqvist", R),
            ExpectedClaim(
                "most patients with insurance would pay no more than $35 a month",
                "Robert Lindqvist",
                R,
                optional=True,
            ),
            ExpectedClaim("We are not going to apologize", "Robert Lindqvist", Q),
            ExpectedClaim(
                "the cost of the active ingredient accounted for less than 2%", "Dana Whitfield", R
            ),
            ExpectedClaim("This is a pricing decision, not a supply decision", "Dana Whitfield", Q),
            ExpectedClaim("What do they expect families on Medicaid to do — ration it?", "Alicia Moreno", Q),
            ExpectedClaim(
                "the increase to be reversed",
                "Epilepsy Families Alliance",
                R,
                optional=True,
                via="petition",
            ),
            ExpectedClaim("he would ask the Federal Trade Commission to investigate", "Thomas Greer", R),
            ExpectedClaim("had raised prices on three other older drugs since 2020", "Thomas Greer", R),
            ExpectedClaim(
                "the list prices of older generic drugs with a single manufacturer rose",
                "Brookfield School of Public Health",
                R,
                via="study",
            ),
            ExpectedClaim("how many patients take Tremazol", "Halvern", R, optional=True),
        ),
    ),
    DevArticle(
        topic="village fair cancelled, a committee and a continuation paragraph",
        text=article_text(
            "Little Dunmore's 120-year-old summer fair cancelled over insurance costs",
            "A village fair that has been held every August since 1904 has been cancelled this year because "
            "organisers can no longer afford the insurance, its committee has announced.",
            "The Little Dunmore Fair Committee said its public liability premium had risen from £900 to "
            "£4,300 after two claims at other events covered by the same insurer.",
            "Its chairwoman, Patricia Ellery, 71, said the decision had been the hardest of her 26 years on "
            "the committee. 'My grandmother judged the jam at this fair. My mother ran the tombola,' she "
            "said. 'And I'm the one who has to stop it.'",
            "'We looked at every option. We asked the parish council, we asked local businesses, we even "
            "asked the insurer to split the cost over two years. Nobody could help in time.'",
            "The parish council's clerk, Graham Tull, said the council had offered £1,000 but could not "
            "legally give more from its budget.",
            "In a post on the village Facebook group, resident Owen Pryce said he was 'gutted' and asked "
            "whether a crowdfunding appeal could save next year's fair.",
            "Figures from the Association of Show and Agricultural Organisations suggest that at least 30 "
            "village shows in England have been cancelled or scaled back since 2022, many citing insurance.",
            "The association's chief executive, Helen Drury, said: 'These events are the glue of rural "
            "life. Once a fair stops, it very rarely comes back.'",
            "Do you have a story about your village? Email news@dunmorechronicle.co.uk",
            "Pictured: The tug-of-war at last year's Little Dunmore fair",
        ),
        claims=(
            ExpectedClaim(
                "has been cancelled this year because organisers can no longer afford the insurance",
                "Little Dunmore Fair Committee",
                R,
            ),
            ExpectedClaim(
                "its public liability premium had risen from £900 to £4,300",
                "Little Dunmore Fair Committee",
                R,
            ),
            ExpectedClaim("the decision had been the hardest of her 26 years", "Patricia Ellery", R),
            ExpectedClaim("My grandmother judged the jam at this fair", "Patricia Ellery", Q),
            ExpectedClaim("And I'm the one who has to stop it.", "Patricia Ellery", Q),
            ExpectedClaim("We looked at every option", "Patricia Ellery", Q),
            ExpectedClaim("the council had offered £1,000", "Graham Tull", R),
            ExpectedClaim("he was 'gutted'", "Owen Pryce", R, via="post"),
            ExpectedClaim(
                "whether a crowdfunding appeal could save next year's fair",
                "Owen Pryce",
                R,
                optional=True,
                via="post",
            ),
            ExpectedClaim(
                "at least 30 village shows in England have been cancelled",
                "Association of Show and Agricultural Organisations",
                R,
                via="figures",
            ),
            ExpectedClaim("These events are the glue of rural life", "Helen Drury", Q),
        ),
    ),
    DevArticle(
        topic="court ruling on a border fence, a decision and a dissent",
        text=article_text(
            "Estarian court halts border fence through protected forest",
            "VILNA, March 4 (Wire) — Estaria's Constitutional Court on Tuesday ordered the government to stop "
            "building a steel fence along a 40-km stretch of its eastern border, ruling that the project had "
            "bypassed an environmental assessment required by law.",
            'In its 5-2 decision, the court said that national security "does not suspend the law" and that '
            "the government must complete the assessment before work can resume.",
            "Chief Justice Irena Kovac, writing for the majority, said the court did not question the "
            'government\'s right to protect the border. "What it may not do," she wrote, "is decide alone '
            'which laws apply to it."',
            "In a dissent, Justice Pavel Horak argued that the fence was an emergency measure exempt from "
            "the assessment.",
            "The Interior Ministry said it would comply with the ruling but would ask parliament to change "
            "the law. It said 28 km of the fence had already been built.",
            'Interior Minister Tomas Varga was more combative. "The court has handed a gift to the '
            'smugglers!" he told a news conference in the capital.',
            "Environmental groups welcomed the ruling. Lena Dvorak, a Vilna-based lawyer for the group Wild "
            "Estaria, which brought the case, said the fence had already cut the bison's migration route in "
            'two. "Did anyone in the ministry even look at a map?" she asked.',
            "According to the European Commission, irregular crossings at Estaria's eastern border fell by "
            "60% last year.",
            "(Reporting by Marta Lis; Editing by Paul Grant)",
        ),
        claims=(
            ExpectedClaim("to stop building a steel fence", "Constitutional Court", R, optional=True),
            ExpectedClaim("the project had bypassed an environmental assessment", "Constitutional Court", R),
            ExpectedClaim(
                'national security "does not suspend the law"', "Constitutional Court", R, via="decision"
            ),
            ExpectedClaim(
                "the government must complete the assessment before work can resume",
                "Constitutional Court",
                R,
                optional=True,
                via="decision",
            ),
            ExpectedClaim(
                "the court did not question the government's right to protect the border", "Irena Kovac", R
            ),
            ExpectedClaim("What it may not do", "Irena Kovac", Q),
            ExpectedClaim("is decide alone which laws apply to it.", "Irena Kovac", Q),
            ExpectedClaim(
                "the fence was an emergency measure exempt from the assessment",
                "Pavel Horak",
                R,
                via="dissent",
            ),
            ExpectedClaim("it would comply with the ruling", "Interior Ministry", R),
            ExpectedClaim("28 km of the fence had already been built", "Interior Ministry", R),
            ExpectedClaim("The court has handed a gift to the smugglers!", "Tomas Varga", Q),
            ExpectedClaim("the fence had already cut the bison's migration route in two", "Lena Dvorak", R),
            ExpectedClaim("Did anyone in the ministry even look at a map?", "Lena Dvorak", Q),
            ExpectedClaim(
                "irregular crossings at Estaria's eastern border fell by 60%", "European Commission", A
            ),
        ),
    ),
    DevArticle(
        topic="pilots' strike vote, a union and an airline sharing a name",
        text=article_text(
            "Skyward pilots vote to authorize strike as contract talks drag on",
            "DENVER — Pilots at Skyward Airlines voted overwhelmingly to authorize a strike, their union "
            "said Monday, raising the stakes in contract talks that have dragged on for more than three "
            "years.",
            "The Skyward Pilots Association (SPA), which represents about 4,200 pilots, said 97% of members "
            "voted, and 99% of those backed a strike.",
            '"Our pilots have been patient. That patience has run out!" SPA President Capt. Maria Delgado '
            "said in a statement.",
            "Delgado said pilots at Skyward earned up to 30% less than those at larger carriers, and she "
            "accused the airline of 'stalling' in the hope that federal mediators would not release the two "
            "sides.",
            "A strike is not imminent. Under federal law, the National Mediation Board must first declare an "
            "impasse and offer binding arbitration, followed by a 30-day cooling-off period.",
            'Skyward Airlines said it had made a "strong, industry-leading offer" and that it remained '
            'confident a deal could be reached. Spokesman Kevin Osei said the vote was "not unexpected" and '
            "would not disrupt flights.",
            "Osei declined to discuss the offer in detail, adding that the airline would not negotiate "
            "through the media.",
            '"Is it fair that I fly the same plane as a pilot at a big carrier for two-thirds of the pay?" '
            "asked Capt. Ray Brennan, who has flown for Skyward for 11 years. He said he had picketed "
            "outside the airline's headquarters twice this year.",
            "According to Bureau of Transportation Statistics data, Skyward canceled 2.1% of its flights in "
            "the first half of the year, above the industry average.",
            "The National Mediation Board did not say when it would next meet the two sides.",
        ),
        claims=(
            ExpectedClaim(
                "Pilots at Skyward Airlines voted overwhelmingly to authorize a strike",
                "Skyward Pilots Association",
                R,
            ),
            ExpectedClaim("97% of members voted", "Skyward Pilots Association", R),
            ExpectedClaim(
                "Our pilots have been patient. That patience has run out!",
                "Maria Delgado",
                Q,
                via="statement",
            ),
            ExpectedClaim("pilots at Skyward earned up to 30% less", "Maria Delgado", R),
            ExpectedClaim("stalling", "Maria Delgado", R, optional=True),
            ExpectedClaim('it had made a "strong, industry-leading offer"', "Skyward Airlines", R),
            ExpectedClaim(
                "it remained confident a deal could be reached", "Skyward Airlines", R, optional=True
            ),
            ExpectedClaim('the vote was "not unexpected"', "Kevin Osei", R),
            ExpectedClaim("to discuss the offer in detail", "Kevin Osei", R, optional=True),
            ExpectedClaim("the airline would not negotiate through the media", "Kevin Osei", R),
            ExpectedClaim(
                "Is it fair that I fly the same plane as a pilot at a big carrier", "Ray Brennan", Q
            ),
            ExpectedClaim("he had picketed outside the airline's headquarters", "Ray Brennan", R),
            ExpectedClaim(
                "Skyward canceled 2.1% of its flights", "Bureau of Transportation Statistics", A, via="data"
            ),
            ExpectedClaim(
                "when it would next meet the two sides", "National Mediation Board", R, optional=True
            ),
        ),
    ),
    DevArticle(
        topic="satellite launch failure, a launch provider named after it speaks",
        text=article_text(
            "Orbitra's first weather satellite lost as rocket's second stage fails",
            "A rocket carrying the first weather satellite built by the Lisbon start-up Orbitra broke apart "
            "about seven minutes after lift-off from the Andøya spaceport in Norway on Wednesday, its launch "
            "provider said.",
            "Nordlys Launch said telemetry showed the second-stage engine had shut down 40 seconds early, and "
            "that the vehicle and its payload fell into the Norwegian Sea. No one was hurt, it said.",
            "Its chief executive, Ingrid Solberg, said the company would set up an investigation with "
            "Norwegian regulators. 'Rockets fail. That is not an excuse, it is a fact of this business,' she "
            "said. 'What matters is how fast we learn.'",
            "For Orbitra, a 60-person company, the loss is a severe blow. Its co-founder, Tiago Matos, wrote "
            "in a post on X that the team was 'heartbroken' but that a second satellite was already being "
            "built.",
            "Matos said the satellite was insured, but he declined to say how much it was worth.",
            "The Norwegian Space Office (NOSO) said in a statement that it would review the failure before "
            "approving the next launch from Andøya.",
            "'Europe needs its own small launchers, and that means accepting some failures along the way,' "
            "said Karl Weber, a Munich-based space industry analyst. According to Weber, about one in five "
            "first flights of new small rockets since 2010 have failed.",
            "A report by the European Space Policy Institute published in January found that European launch "
            "start-ups had raised €1.2 billion in private funding since 2019.",
            "Watch: footage of the launch from the spaceport's tracking camera",
            "Nordlys said its next launch, planned for June, would go ahead only after the cause was found. "
            "It did not say whether the June date would slip.",
            "Image credit: Nordlys Launch",
        ),
        claims=(
            ExpectedClaim(
                "A rocket carrying the first weather satellite built by the Lisbon start-up Orbitra",
                "Nordlys",
                R,
            ),
            ExpectedClaim(
                "telemetry showed the second-stage engine had shut down 40 seconds early", "Nordlys", R
            ),
            ExpectedClaim(
                "the vehicle and its payload fell into the Norwegian Sea", "Nordlys", R, optional=True
            ),
            ExpectedClaim("No one was hurt", "Nordlys", R),
            ExpectedClaim("the company would set up an investigation", "Ingrid Solberg", R),
            ExpectedClaim("Rockets fail", "Ingrid Solberg", Q),
            ExpectedClaim("What matters is how fast we learn.", "Ingrid Solberg", Q),
            ExpectedClaim("the team was 'heartbroken'", "Tiago Matos", R, via="post"),
            ExpectedClaim(
                "a second satellite was already being built", "Tiago Matos", R, optional=True, via="post"
            ),
            ExpectedClaim("the satellite was insured", "Tiago Matos", R),
            ExpectedClaim("how much it was worth", "Tiago Matos", R, optional=True),
            ExpectedClaim(
                "it would review the failure before approving the next launch",
                "Norwegian Space Office",
                R,
                via="statement",
            ),
            ExpectedClaim("Europe needs its own small launchers", "Karl Weber", Q),
            ExpectedClaim("about one in five first flights of new small rockets", "Karl Weber", A),
            ExpectedClaim(
                "European launch start-ups had raised €1.2 billion",
                "European Space Policy Institute",
                R,
                via="report",
            ),
            ExpectedClaim("its next launch, planned for June, would go ahead only after", "Nordlys", R),
            ExpectedClaim("whether the June date would slip", "Nordlys", R, optional=True),
        ),
    ),
)
