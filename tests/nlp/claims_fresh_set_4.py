"""A fourth fresh group of hand-annotated articles for claims extraction (issue 13: the current
speaker, page furniture, study and data attributions), written and annotated before the extractor
was run on them. New topics and house styles: a museum returning artefacts (British single quotes),
an American wildfire report, a fisheries quota row, a student housing shortfall with question
subheads, a wire story on night trains, and a city's air-pollution figures.

Conventions are those of the earlier sets (claims_dev_set.py, claims_fresh_set_3.py), plus:
- A chain of quotes by one speaker, and a paragraph that opens with a quote mark and carries no
  attribution, belong to the speaker of the last quote before them (counted from the end of that
  quote, so a paragraph quoting two people hands on the second).
- Page furniture is not a claim: "READ MORE: …" teasers, question subheads ("Asked what the union
  wanted"), photo captions, "Follow us on …", "Share this article", wire credits.
- A study or data attribution ("a study by X found", "data from Y show", "figures from Z suggest")
  is a reported claim (``according_to`` for "according to data from Y") whose speaker is the
  study's author, with the study, data or figures as ``via``.
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A = "quote", "reported", "according_to"

FRESH_SET_4: tuple[DevArticle, ...] = (
    DevArticle(
        topic="museum returns masks, continuation paragraphs",
        text=article_text(
            "Kestrel Museum to return carved masks to the Taluan Islands",
            "The Kestrel Museum in Norwich will return 14 carved masks to the Taluan Islands after a "
            "three-year campaign by island elders, its trustees announced on Thursday.",
            "The museum's director, Imogen Shaw, said the decision had been 'long overdue'. 'These masks "
            "were taken, not traded,' she said. 'We have known that for decades, and we have said "
            "nothing.'",
            "'Returning them is not a loss for Norwich. It is the least we can do.'",
            "The masks were collected by a colonial officer, Arthur Penrose, in 1898 and bequeathed to the "
            "museum by his grandson. Records held by the museum show that at least four were removed from "
            "a shrine.",
            "Island elder Tavita Sione, who travelled to Norwich for the announcement, wept as the "
            "trustees' decision was read out. He had first written to the museum in 2021. Two letters "
            "went unanswered. A third was passed to lawyers. 'We were told the masks were safer here,' he "
            "said. 'Safer from whom?'",
            "'My grandfather carved one of them. I will carry it home myself.'",
            "READ MORE: British Museum 'will not rush' returns, says chair",
            "Not everyone welcomed the move. Councillor Derek Amis said the masks were 'part of Norwich's "
            "story too' and called for replicas to be made. The museum said it had no plans to commission "
            "copies.",
            "A survey by the Museums Association found that 62 per cent of British museums had received at "
            "least one request for the return of objects since 2018.",
            "Photo: A carved mask from the Taluan collection on display in Norwich. (Kestrel Museum)",
        ),
        claims=(
            ExpectedClaim("will return 14 carved masks to the Taluan Islands", "trustees", R),
            ExpectedClaim("the decision had been", "Imogen Shaw", R),
            ExpectedClaim("These masks were taken, not traded", "Imogen Shaw", Q),
            ExpectedClaim("We have known that for decades", "Imogen Shaw", Q),
            ExpectedClaim("Returning them is not a loss for Norwich", "Imogen Shaw", Q),
            ExpectedClaim("at least four were removed from a shrine", "museum", R, via="records"),
            ExpectedClaim("We were told the masks were safer here", "Tavita Sione", Q),
            ExpectedClaim("Safer from whom?", "Tavita Sione", Q),
            ExpectedClaim("My grandfather carved one of them", "Tavita Sione", Q),
            ExpectedClaim("the masks were 'part of Norwich's story too'", "Derek Amis", R),
            ExpectedClaim("called for replicas to be made", "Derek Amis", R, optional=True),
            ExpectedClaim("it had no plans to commission copies", "museum", R),
            ExpectedClaim(
                "62 per cent of British museums had received", "Museums Association", R, via="survey"
            ),
        ),
    ),
    DevArticle(
        topic="wildfire, a speaker named far back",
        text=article_text(
            "Wildfire forces evacuation of 3,000 near Calder Ridge",
            "CALDER, Ore. — A fast-moving wildfire forced about 3,000 people from their homes on Monday as "
            "winds gusting to 50 mph pushed flames across the ridge above this mountain town.",
            "Fire officials said the blaze had burned 18,000 acres and was 5% contained.",
            "Incident commander Rosa Delgado-Finch has fought fires in the Cascades for 22 years. She began "
            "as a seasonal crew member in Bend. Last summer she led the response to the Pine Hollow fire. "
            "On Monday she stood in a school parking lot turned command post, watching a plume of smoke "
            'rise over the ridge. "This one is moving faster than anything I\'ve seen in August," she said.',
            '"We are asking people not to wait for a knock on the door. If you feel unsafe, leave."',
            "The National Weather Service warned that dry lightning could spark new fires through "
            "Wednesday. Data from the Oregon Department of Forestry show that more than 40 fires have "
            "started in the state since Aug. 1.",
            "Gov. Lena Hartwell declared a state of emergency for Calder County on Monday evening. "
            '"Every resource the state has is available to Calder tonight," Hartwell said at a news '
            'conference in Salem. "Nobody is going to be left on their own."',
            "Asked what caused the fire",
            "Investigators have not determined a cause. A spokesman for the Forest Service, Kyle Brandt, "
            "said crews had found no sign of lightning strikes in the area where it began.",
            "At a Red Cross shelter in the high school gym, retiree Walt Esposito said he had left with his "
            'dog and his heart pills. "That\'s it. Forty years in that house," he said.',
            '"I keep thinking about the photo albums."',
            "Follow us on Twitter @CalderHerald for live updates on the fire.",
            "Residents load cars at an evacuation point on Route 9 in Calder on Monday. (Photo: Jenna "
            "Ortiz/Calder Herald)",
        ),
        claims=(
            ExpectedClaim("the blaze had burned 18,000 acres", "officials", R),
            ExpectedClaim("This one is moving faster than anything", "Rosa Delgado-Finch", Q),
            ExpectedClaim("We are asking people not to wait", "Rosa Delgado-Finch", Q),
            ExpectedClaim("dry lightning could spark new fires", "National Weather Service", R),
            ExpectedClaim("more than 40 fires have started", "Oregon Department of Forestry", R, via="data"),
            ExpectedClaim("Every resource the state has", "Lena Hartwell", Q),
            ExpectedClaim("Nobody is going to be left on their own", "Lena Hartwell", Q),
            ExpectedClaim("crews had found no sign of lightning", "Kyle Brandt", R),
            ExpectedClaim("he had left with his dog", "Walt Esposito", R),
            ExpectedClaim("Forty years in that house", "Walt Esposito", Q),
            ExpectedClaim("I keep thinking about the photo albums", "Walt Esposito", Q),
        ),
    ),
    DevArticle(
        topic="fisheries quota, studies and data",
        text=article_text(
            "Cod quota cut by a fifth as scientists warn of stock collapse",
            "Fishing fleets in the North Sea will be allowed to land a fifth less cod next year, after a "
            "study by the International Council for Marine Research found that spawning stocks had fallen "
            "to their lowest level since 1991.",
            "The cut was agreed in Brussels late on Tuesday. Fisheries minister Sanna Koivu called it "
            "'painful but unavoidable'.",
            "Fishermen's leaders were furious. 'This will finish off the small boats,' said Ewan MacRae, "
            "chief executive of the Scottish Inshore Fishermen's Federation. Koivu replied that the "
            "alternative was 'no cod at all within a decade'. 'We are not choosing between jobs and fish,' "
            "she said.",
            "'We are choosing whether there is an industry left for our children.'",
            "Data from Marine Scotland show that the number of registered cod vessels has halved since "
            "2005. An analysis by the New Economics Foundation estimated that the cut would cost coastal "
            "communities £60 million a year.",
            "MacRae disputed the science. He said the surveys had been carried out in the wrong months and "
            "missed fish that had moved north as the sea warmed. 'They are counting an empty room and "
            "calling it a famine,' he said.",
            "READ MORE: Why are North Sea cod moving north?",
            "Dr Helen Okafor, a fisheries biologist at the University of Aberdeen who was not involved in "
            "the study, said the findings were consistent with other surveys. 'The warming is real, but so "
            "is the overfishing,' she said. 'You cannot blame one and ignore the other.'",
            "The European Commission said the quota would be reviewed in six months.",
        ),
        claims=(
            ExpectedClaim(
                "spawning stocks had fallen to their lowest level",
                "International Council for Marine Research",
                R,
                via="study",
            ),
            ExpectedClaim("painful but unavoidable", "Sanna Koivu", Q, optional=True),
            ExpectedClaim("This will finish off the small boats", "Ewan MacRae", Q),
            ExpectedClaim("the alternative was", "Sanna Koivu", R),
            ExpectedClaim("We are not choosing between jobs and fish", "Sanna Koivu", Q),
            ExpectedClaim("We are choosing whether there is an industry", "Sanna Koivu", Q),
            ExpectedClaim(
                "the number of registered cod vessels has halved", "Marine Scotland", R, via="data"
            ),
            ExpectedClaim(
                "the cut would cost coastal communities", "New Economics Foundation", R, via="analysis"
            ),
            ExpectedClaim("the surveys had been carried out in the wrong months", "Ewan MacRae", R),
            ExpectedClaim("They are counting an empty room", "Ewan MacRae", Q),
            ExpectedClaim("the findings were consistent with other surveys", "Helen Okafor", R),
            ExpectedClaim("The warming is real", "Helen Okafor", Q),
            ExpectedClaim("You cannot blame one and ignore the other", "Helen Okafor", Q),
            ExpectedClaim("the quota would be reviewed in six months", "European Commission", R),
        ),
    ),
    DevArticle(
        topic="student housing, question subheads",
        text=article_text(
            "Students sleep in hostels as Dunmore housing shortfall deepens",
            "Hundreds of first-year students at Dunmore University are spending their first weeks in "
            "hostels and hotel rooms, after the university admitted it had allocated 600 more places than "
            "it had beds.",
            "Students queue outside the accommodation office on Monday. Picture: Mark Doyle",
            "The students' union president, Niamh Carragher, said some students were commuting three hours "
            "a day. 'People are dropping out before they have started,' she said. 'I have had students "
            "crying in my office.'",
            "Asked what the union wanted",
            "'Rent caps, and an apology,' Carragher said. 'In that order.'",
            "The university's registrar, Professor Colm Haverty, said the shortfall had been caused by an "
            "unexpectedly high number of students accepting offers. He said 140 rooms in a new residence "
            "would open in November.",
            "'We got our forecasting wrong, and I am sorry for that,' he said.",
            "Figures from the Higher Education Authority suggest that demand for student beds in the city "
            "exceeds supply by about 4,000.",
            "Asked whether students would be compensated",
            "Haverty said the university would cover hostel costs until Christmas. Students who had paid "
            "deposits would get them back in full, he said.",
            "Share this article",
        ),
        claims=(
            ExpectedClaim("it had allocated 600 more places", "Dunmore University", R),
            ExpectedClaim("some students were commuting three hours", "Niamh Carragher", R),
            ExpectedClaim("People are dropping out before they have started", "Niamh Carragher", Q),
            ExpectedClaim("I have had students crying", "Niamh Carragher", Q),
            ExpectedClaim("Rent caps, and an apology", "Niamh Carragher", Q),
            ExpectedClaim("In that order.", "Niamh Carragher", Q),
            ExpectedClaim("the shortfall had been caused by", "Colm Haverty", R),
            ExpectedClaim("140 rooms in a new residence", "Colm Haverty", R),
            ExpectedClaim("We got our forecasting wrong", "Colm Haverty", Q),
            ExpectedClaim(
                "demand for student beds in the city", "Higher Education Authority", R, via="figures"
            ),
            ExpectedClaim("the university would cover hostel costs", "Colm Haverty", R),
            ExpectedClaim("Students who had paid deposits", "Colm Haverty", R),
        ),
    ),
    DevArticle(
        topic="wire story, night trains, quote chains",
        text=article_text(
            "Night trains return to Alpine line after six-year gap",
            "ZURICH (Reuters) - Sleeper trains will run again between Zurich and Vienna from December, the "
            "rail operator Alpenbahn said on Wednesday, ending a six-year gap caused by the pandemic and a "
            "shortage of carriages.",
            "The company said it had ordered 33 new sleeper carriages from a Spanish manufacturer, the "
            "first of which would be delivered in October.",
            "Alpenbahn's head of long-distance services, Katrin Mohr, told reporters in Zurich that demand "
            'had surprised the company. "We sold the first month of tickets in four days," she said. '
            '"People want to travel without flying, and they want to sleep while they do it."',
            '"The night train is not nostalgia. It is the future of European travel."',
            '"But it only works if the tracks are there," Mohr added, pointing to engineering works that '
            "will close the line for three weekends in January.",
            "Environmental group Transport & Environment welcomed the move. A study by the group found last "
            "year that a night train emits about a tenth of the carbon of a short-haul flight per "
            "passenger.",
            "Not everyone is convinced. Airline analyst Bruno Ferreira said sleeper trains had struggled to "
            "make money for decades. They are expensive to staff, he said, and each carriage carries far "
            'fewer people than a daytime coach. "The economics have not changed," he said.',
            "(Reporting by Anna Keller; Editing by Tom Hughes)",
        ),
        claims=(
            ExpectedClaim("Sleeper trains will run again between Zurich and Vienna", "Alpenbahn", R),
            ExpectedClaim("it had ordered 33 new sleeper carriages", "Alpenbahn", R),
            ExpectedClaim("demand had surprised the company", "Katrin Mohr", R),
            ExpectedClaim("We sold the first month of tickets", "Katrin Mohr", Q),
            ExpectedClaim("People want to travel without flying", "Katrin Mohr", Q),
            ExpectedClaim("The night train is not nostalgia", "Katrin Mohr", Q),
            ExpectedClaim("But it only works if the tracks are there", "Katrin Mohr", Q),
            ExpectedClaim("a night train emits about a tenth", "Transport & Environment", R, via="study"),
            ExpectedClaim("sleeper trains had struggled to make money", "Bruno Ferreira", R),
            ExpectedClaim("They are expensive to staff", "Bruno Ferreira", R),
            ExpectedClaim("The economics have not changed", "Bruno Ferreira", Q),
        ),
    ),
    DevArticle(
        topic="city air pollution, data and a study",
        text=article_text(
            "Pollution alerts double in Lisbon as traffic returns",
            "Air pollution alerts in Lisbon doubled last year, according to data from the European "
            "Environment Agency published on Monday.",
            "The city recorded 41 days on which nitrogen dioxide exceeded the legal limit, up from 19 the "
            "year before. The figures show that most of the exceedances came on weekday mornings along the "
            "Avenida da Liberdade.",
            "City councillor Marta Louro, who is responsible for mobility, said the council would extend a "
            "low-emission zone to the whole of the historic centre by 2027. 'We cannot ask children to "
            "breathe this,' she said. 'Cars will have to make room.'",
            "A study by researchers at the NOVA University of Lisbon found that hospital admissions for "
            "asthma rose by 12 per cent on alert days.",
            "The study's lead author, Dr Rui Matos, said the effect was strongest among children under "
            "five. He had begun the research after his own daughter was admitted to hospital in 2019. She "
            "spent three nights on oxygen. The experience, he said, changed what he studied. 'I was a "
            "traffic engineer before that,' Matos said.",
            "'Now I count inhalers.'",
            "Taxi drivers' association Antral said the zone would 'destroy' the livelihoods of its 3,000 "
            "members. It said it would challenge the plan in court.",
            "Follow us on Facebook and Instagram for more news from Lisbon.",
        ),
        claims=(
            ExpectedClaim(
                "Air pollution alerts in Lisbon doubled last year",
                "European Environment Agency",
                A,
                via="data",
            ),
            ExpectedClaim("most of the exceedances came on weekday mornings", "figures", R, optional=True),
            ExpectedClaim("the council would extend a low-emission zone", "Marta Louro", R),
            ExpectedClaim("We cannot ask children to breathe this", "Marta Louro", Q),
            ExpectedClaim("Cars will have to make room", "Marta Louro", Q),
            ExpectedClaim("hospital admissions for asthma rose", "NOVA University of Lisbon", R, via="study"),
            ExpectedClaim("the effect was strongest among children", "Rui Matos", R),
            ExpectedClaim("changed what he studied", "Rui Matos", R),
            ExpectedClaim("I was a traffic engineer before that", "Rui Matos", Q),
            ExpectedClaim("Now I count inhalers", "Rui Matos", Q),
            ExpectedClaim("the zone would 'destroy' the livelihoods", "Antral", R),
            ExpectedClaim("it would challenge the plan in court", "Antral", R),
        ),
    ),
)
