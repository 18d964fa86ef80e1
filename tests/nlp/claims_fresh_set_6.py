"""A sixth fresh group of hand-annotated articles for claims extraction (issue 13), written and
annotated before the extractor was run on them: the honest, untuned estimate. New topics and house
styles: an American local paper's school board budget vote ("?" before "Ferrante asked", "X, he
said, Y", "adding that", a district that denies and speaks through a statement), a British
shipping accident inquiry (an investigation branch and its acronym, a report as channel, colon
quotes, "denied that"), an entertainment site's celebrity memoir row (two people sharing a
surname, "a spokeswoman for the publisher", an Instagram post, "he writes"), a football transfer
saga in British single quotes ("the club" beside a rival club, "before adding:", figures from a
website), a Canadian parliamentary committee hearing (a role named before the person, "ruled out
automatic refunds", a regulator's order and an acronym, a survey), a wire story on car-industry job
cuts ("it said", "X, a Munich-based analyst", "adding that", data from an association), a foreign
desk story on a disputed election ("denied any wrongdoing", "said A but that B", an observer
mission's statement, "he said: …"), and a county paper's bridge closure (a department's report,
"according to" in mid-sentence, business owners as speakers).

Conventions are those of the earlier sets (claims_dev_set.py, claims_fresh_set.py for "a
spokesman for X" as X speaking and "called it 'a …'" as optional, claims_fresh_set_3.py for
``via`` and noun-object speech acts, claims_fresh_set_4.py for continuation quotes, page furniture
and study attributions, claims_fresh_set_5.py for negated reports with no proposition of their own
as optional), plus:
- Requests, orders and recommendations ("urged the club to …", "ordered Nordline to explain …",
  "recommended the bridge be closed"), accusations phrased like "called" ("accused the company of
  'hiding …'") and indirect questions ("asked Tessier why …") are optional.
- A report that says two things under one verb ("said A but that B", "found that A and that B")
  is one claim, as in the dev set ("told reporters that … but that …") and the first fresh set
  ("said in a statement that … and that …"): the first clause is required, the second optional.
  (Written first as two claims; aligned with the earlier sets after the first run, which is
  recorded in tests/nlp/test_claims_dev_set.py.)
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A = "quote", "reported", "according_to"

FRESH_SET_6: tuple[DevArticle, ...] = (
    DevArticle(
        topic="school board budget vote, a district that denies",
        text=article_text(
            "Lakeview school board approves budget with 42 teaching cuts",
            "LAKEVIEW, Ohio — The Lakeview City Schools board of education voted 4-1 on Tuesday night to "
            "approve an $86.5 million budget that eliminates 42 teaching positions, after more than three "
            "hours of public comment.",
            "Superintendent Angela Whitcomb said the district faced a $6.2 million shortfall after federal "
            'pandemic relief money ran out. "We have spent two years trying to avoid this night," she told '
            'the board. "There was no version of this budget that did not hurt."',
            "Board member Luis Ferrante cast the only vote against. The cuts, he said, would push class "
            'sizes at the middle school above 30. "Is that what we promised parents when they passed the '
            'levy?" Ferrante asked.',
            "Dozens of teachers in red T-shirts filled the auditorium. Renee Kowalski, president of the "
            "Lakeview Education Association, said the union would file a grievance over the way layoff "
            "notices were issued, adding that several teachers had learned of their dismissal by email.",
            "The district denied that any rule had been broken. In a statement, it said every notice had "
            "been delivered within the deadline set by the union contract.",
            "Jasmine Odum, whose two children attend Harding Elementary, said she was worried about the "
            'loss of the school\'s only reading specialist. "My son learned to read because of her," Odum '
            'said. "Who is going to do that now?"',
            "According to the Ohio Department of Education, enrollment in the district has fallen by 11% "
            "since 2015.",
            "Whitcomb did not rule out further cuts next year. She said the board would consider asking "
            "voters for a new levy in November.",
            "Photo: Teachers hold signs during the Lakeview board meeting Tuesday. (Staff photo by Kim "
            "Alvarez)",
        ),
        claims=(
            ExpectedClaim("the district faced a $6.2 million shortfall", "Angela Whitcomb", R),
            ExpectedClaim("We have spent two years trying to avoid this night", "Angela Whitcomb", Q),
            ExpectedClaim("There was no version of this budget", "Angela Whitcomb", Q),
            ExpectedClaim("would push class sizes at the middle school above 30", "Luis Ferrante", R),
            ExpectedClaim("Is that what we promised parents", "Luis Ferrante", Q),
            ExpectedClaim("the union would file a grievance", "Renee Kowalski", R),
            ExpectedClaim("several teachers had learned of their dismissal", "Renee Kowalski", R),
            ExpectedClaim("any rule had been broken", "Lakeview City Schools", R),
            ExpectedClaim(
                "every notice had been delivered within the deadline",
                "Lakeview City Schools",
                R,
                via="statement",
            ),
            ExpectedClaim("she was worried about the loss", "Jasmine Odum", R),
            ExpectedClaim("My son learned to read because of her", "Jasmine Odum", Q),
            ExpectedClaim("Who is going to do that now?", "Jasmine Odum", Q),
            ExpectedClaim("enrollment in the district has fallen by 11%", "Ohio Department of Education", A),
            ExpectedClaim("further cuts next year", "Angela Whitcomb", R, optional=True),
            ExpectedClaim("the board would consider asking voters", "Angela Whitcomb", R),
        ),
    ),
    DevArticle(
        topic="ferry collision inquiry, an acronym and a report",
        text=article_text(
            "Portreath ferry collision: what went wrong on the Island Star",
            "The crew of a passenger ferry that struck a pier at Portreath in March had not been trained to "
            "use its new docking system, according to a report by the Marine Accident Investigation Branch "
            "(MAIB) published on Thursday.",
            "Twenty-three passengers were injured, two of them seriously, when the Island Star hit the pier "
            "at about nine knots on 14 March.",
            "The MAIB found that a bow thruster had failed twice in the week before the collision and that "
            "the faults had not been reported to the vessel's owner, Kernow Ferries. Investigators said the "
            "master had been on duty for 14 hours when the accident happened.",
            "Kernow Ferries' managing director, Alan Trevithick, said the company accepted the report's "
            "findings in full. 'We let our passengers down, and we are deeply sorry,' he said. 'Every one "
            "of the report's recommendations has already been acted on.'",
            "But he denied that the company had put pressure on crews to keep to the timetable.",
            "The RMT union, which represents the ferry's deckhands, said the report confirmed warnings it "
            "had given the company in 2022. Its regional organiser, Tasha Penrose, said: 'Crews told "
            "management the thruster was unreliable. Nobody listened. Now people have been hurt.'",
            "'I was thrown against a railing and broke my wrist,' said passenger Gwen Hollis, 64, from "
            "Redruth. 'Would I get on that boat again? Never!'",
            "The Department for Transport said it would consider the MAIB's recommendation that ferry "
            "operators be required to log every equipment fault.",
            "A spokesperson for the Maritime and Coastguard Agency, which licenses the ferry's crew, "
            "declined to comment while a separate investigation was under way.",
            "Main image: The Island Star in Portreath harbour after the collision. Picture: Cornwall Live",
        ),
        claims=(
            ExpectedClaim(
                "had not been trained to use its new docking system",
                "Marine Accident Investigation Branch",
                A,
                via="report",
            ),
            ExpectedClaim("a bow thruster had failed twice", "Marine Accident Investigation Branch", R),
            ExpectedClaim(
                "the faults had not been reported to the vessel's owner",
                "Marine Accident Investigation Branch",
                R,
                optional=True,
            ),
            ExpectedClaim("the master had been on duty for 14 hours", "Investigators", R),
            ExpectedClaim("the company accepted the report's findings in full", "Alan Trevithick", R),
            ExpectedClaim("We let our passengers down", "Alan Trevithick", Q),
            ExpectedClaim("Every one of the report's recommendations", "Alan Trevithick", Q),
            ExpectedClaim("the company had put pressure on crews", "Alan Trevithick", R),
            ExpectedClaim("the report confirmed warnings it had given", "RMT", R),
            ExpectedClaim("Crews told management the thruster was unreliable", "Tasha Penrose", Q),
            ExpectedClaim("I was thrown against a railing", "Gwen Hollis", Q),
            ExpectedClaim("Would I get on that boat again? Never!", "Gwen Hollis", Q),
            ExpectedClaim("it would consider the MAIB's recommendation", "Department for Transport", R),
        ),
    ),
    DevArticle(
        topic="celebrity memoir row, a shared surname",
        text=article_text(
            "Inside the feud over Dex Marlow's memoir",
            "Pop singer Dex Marlow's memoir hasn't even hit shelves, and it has already started a family "
            "feud.",
            "In excerpts published Monday by Vanity Row, the 34-year-old claims that his former manager, "
            "Gil Stavros, kept more than $2 million of his earnings during the five years they worked "
            "together.",
            'Stavros, who managed Marlow from 2012 to 2017, called the allegation "a fantasy" and said he had '
            'the accounts to prove it. "Dex was a kid with a great voice and a terrible memory," he told '
            'Page Nine on Tuesday. "I wish him well. I\'ll see him in court."',
            "Marlow's publisher, Hartwell & Lane, stood by the book. A spokeswoman for the publisher said "
            "every claim in it had been checked by the company's lawyers.",
            "The singer's mother, Carol Marlow, also takes issue with the book. In a lengthy Instagram post "
            "on Tuesday, she wrote that her son's account of his childhood was \"not the house I raised him "
            'in" and asked fans to "remember there are two sides to every story."',
            "Marlow has not responded publicly to either of them. His representative did not reply to a "
            "request for comment.",
            "In the book, Marlow writes that he wrote the songs on his debut album alone, though he shared "
            "the writing credits with Stavros's nephew. \"I was nineteen and I'd have signed anything,\" he "
            "writes.",
            "Music industry lawyer Priya Vasquez, who is not involved in the dispute, said claims like "
            "Marlow's were common but hard to prove. \"Contracts from that era were written to be "
            'confusing," she said. "Did he get a bad deal? Probably. Was it illegal? That\'s a different '
            'question."',
            '"Loud in the Quiet" will be published Oct. 14.',
            "RELATED: Dex Marlow cancels European tour, citing 'exhaustion'",
        ),
        claims=(
            ExpectedClaim("his former manager, Gil Stavros, kept more than $2 million", "Dex Marlow", R),
            ExpectedClaim("a fantasy", "Gil Stavros", Q, optional=True),
            ExpectedClaim("he had the accounts to prove it", "Gil Stavros", R),
            ExpectedClaim("Dex was a kid with a great voice", "Gil Stavros", Q),
            ExpectedClaim("I wish him well. I'll see him in court.", "Gil Stavros", Q),
            ExpectedClaim("every claim in it had been checked", "Hartwell & Lane", R),
            ExpectedClaim("her son's account of his childhood", "Carol Marlow", R, via="post"),
            ExpectedClaim("remember there are two sides", "Carol Marlow", R, optional=True),
            ExpectedClaim("he wrote the songs on his debut album alone", "Dex Marlow", R),
            ExpectedClaim("I was nineteen and I'd have signed anything", "Dex Marlow", Q),
            ExpectedClaim("claims like Marlow's were common", "Priya Vasquez", R),
            ExpectedClaim("Contracts from that era were written", "Priya Vasquez", Q),
            ExpectedClaim("Did he get a bad deal? Probably.", "Priya Vasquez", Q),
        ),
    ),
    DevArticle(
        topic="football transfer saga, the club and its rival",
        text=article_text(
            "Rovers reject third bid for Okafor as striker's future hangs in the balance",
            "Harbourside Rovers have rejected a third offer from Premier League club Westbury for striker "
            "Tunde Okafor, the club confirmed on Friday.",
            "The bid, worth a reported £18 million including add-ons, was turned down within hours. Rovers "
            "chairman Malcolm Pryde said the 23-year-old was 'not for sale at any price this summer'.",
            "'We are not a selling club any more,' Pryde told the Harbourside Post. 'If Tunde goes, it will "
            "be because we decided it, not because somebody waved a chequebook.'",
            "Okafor, who scored 27 goals last season, has not spoken publicly about the interest. But his "
            "agent, Lena Brandt, said her client was 'flattered' and wanted 'clarity' before pre-season "
            "training begins on 8 July.",
            "'Tunde loves this club. But he is ambitious, and everyone knows it,' Brandt said. 'Why would "
            "anyone be surprised that a player wants to test himself?'",
            "Westbury manager Sergio Lanza refused to discuss the bid at a press conference on Friday. 'I "
            "don't talk about players from other clubs,' he said, before adding: 'He is a very good player. "
            "That is all I will say.'",
            "According to figures compiled by the transfer website TransferDesk, Westbury have spent more "
            "than £140 million on new players since January.",
            "Supporters' groups backed the board. The Rovers Trust said in a statement that selling Okafor "
            "would 'send the wrong message' to fans who had renewed their season tickets. It urged the club "
            "to offer him a new contract.",
            "Follow all the latest transfer news with our live blog.",
        ),
        claims=(
            ExpectedClaim("have rejected a third offer from Premier League club", "Harbourside Rovers", R),
            ExpectedClaim("the 23-year-old was 'not for sale at any price", "Malcolm Pryde", R),
            ExpectedClaim("We are not a selling club any more", "Malcolm Pryde", Q),
            ExpectedClaim("If Tunde goes, it will be because", "Malcolm Pryde", Q),
            ExpectedClaim("her client was 'flattered'", "Lena Brandt", R),
            ExpectedClaim("Tunde loves this club", "Lena Brandt", Q),
            ExpectedClaim("Why would anyone be surprised", "Lena Brandt", Q),
            ExpectedClaim("I don't talk about players from other clubs", "Sergio Lanza", Q),
            ExpectedClaim("He is a very good player.", "Sergio Lanza", Q),
            ExpectedClaim("Westbury have spent more than £140 million", "TransferDesk", A, via="figures"),
            ExpectedClaim(
                "selling Okafor would 'send the wrong message'", "Rovers Trust", R, via="statement"
            ),
            ExpectedClaim("to offer him a new contract", "Rovers Trust", R, optional=True),
        ),
    ),
    DevArticle(
        topic="parliamentary committee, telecom outage",
        text=article_text(
            "Telecom chief apologizes to MPs for 19-hour outage",
            "OTTAWA — The head of Nordline Communications told a House of Commons committee on Monday that "
            "a faulty software update caused the 19-hour outage that cut off internet and phone service to "
            "11 million Canadians last month.",
            "Chief executive Marc-André Tessier said the company had tested the update for weeks before it "
            'went out. "It was not enough. We know that now," he told the industry committee. "I am '
            'sorry."',
            "Conservative MP Gordon Sayeed asked Tessier why customers had not been told for more than six "
            'hours what was happening. "Did nobody think to send a text message?" Sayeed asked.',
            "Tessier acknowledged that the company's own emergency line had gone down with the rest of the "
            "network. He ruled out automatic refunds but said customers would receive a credit equal to five "
            "days of service.",
            'NDP MP Élise Gauthier said that was "an insult" to small businesses that lost a day\'s sales. '
            'She accused the company of "hiding behind its terms of service."',
            "The Canadian Radio-television and Telecommunications Commission (CRTC) has ordered Nordline to "
            'explain the outage in writing by Sept. 30. In its order, the CRTC said it was "deeply '
            'concerned" that 911 calls had failed in several provinces.',
            "A survey by the Canadian Federation of Independent Business found that 62 per cent of its "
            "members lost revenue during the outage.",
            "Industry Minister Ravi Dhaliwal, who appears before the committee on Thursday, has said he will "
            "bring in rules requiring carriers to let customers roam on rival networks during outages.",
            "With files from The Canadian Press",
        ),
        claims=(
            ExpectedClaim("a faulty software update caused the 19-hour outage", "Marc-André Tessier", R),
            ExpectedClaim("the company had tested the update for weeks", "Marc-André Tessier", R),
            ExpectedClaim("It was not enough. We know that now", "Marc-André Tessier", Q),
            ExpectedClaim("I am sorry.", "Marc-André Tessier", Q),
            ExpectedClaim("why customers had not been told", "Gordon Sayeed", R, optional=True),
            ExpectedClaim("Did nobody think to send a text message?", "Gordon Sayeed", Q),
            ExpectedClaim("the company's own emergency line had gone down", "Marc-André Tessier", R),
            ExpectedClaim("automatic refunds", "Marc-André Tessier", R),
            ExpectedClaim("customers would receive a credit", "Marc-André Tessier", R),
            ExpectedClaim('that was "an insult" to small businesses', "Élise Gauthier", R),
            ExpectedClaim("hiding behind its terms of service", "Élise Gauthier", R, optional=True),
            ExpectedClaim("Nordline to explain the outage", "CRTC", R, optional=True),
            ExpectedClaim(
                "911 calls had failed in several provinces",
                "Canadian Radio-television and Telecommunications Commission",
                R,
                via="order",
            ),
            ExpectedClaim(
                "62 per cent of its members lost revenue",
                "Canadian Federation of Independent Business",
                R,
                via="survey",
            ),
            ExpectedClaim("he will bring in rules requiring carriers", "Ravi Dhaliwal", R),
        ),
    ),
    DevArticle(
        topic="car maker job cuts, a Munich-based analyst",
        text=article_text(
            "Halberg to cut 4,000 jobs at German plants as electric car sales stall",
            "FRANKFURT, June 4 (Wire) — German carmaker Halberg will cut 4,000 jobs at its three domestic "
            "plants by the end of 2026, the company said on Wednesday, blaming weak demand for electric cars "
            "and competition from Chinese rivals.",
            "The cuts, about 9% of its German workforce, will be made through early retirement and voluntary "
            "departures, and no compulsory redundancies are planned, it said.",
            'Chief executive Torsten Albrecht told analysts on a call that the company had "no choice" but '
            'to cut costs. "The market for electric cars in Europe is growing more slowly than anyone '
            'expected, including us," he said.',
            "The IG Metall union said it would fight the plan. \"Halberg's managers made the mistakes, and "
            'the workers are being asked to pay for them," said Jana Winkler, who heads the works council at '
            "the company's Zwickau plant.",
            "Winkler said staff had learned of the cuts from the news rather than from management. Workers "
            "at Zwickau, she said, had accepted a pay freeze two years ago to keep the plant open.",
            "Halberg shares rose 3.1% in Frankfurt. Felix Rauch, a Munich-based analyst at Bankhaus Steiner, "
            'said investors had been waiting for the company to act. "This is the first sign that management '
            'is serious about costs," he said, adding that further cuts at its Spanish plant could follow.',
            "According to data from the European Automobile Manufacturers' Association, sales of "
            "battery-electric cars in Germany fell 14% in the first four months of the year.",
            "The German government said it was in talks with the company. A spokesman for the economy "
            "ministry did not say whether state aid had been offered.",
            "Reporting by Anna Keller; Editing by Tom Haines",
        ),
        claims=(
            ExpectedClaim("will cut 4,000 jobs at its three domestic plants", "Halberg", R),
            ExpectedClaim("will be made through early retirement", "Halberg", R),
            ExpectedClaim('the company had "no choice" but to cut costs', "Torsten Albrecht", R),
            ExpectedClaim("The market for electric cars in Europe", "Torsten Albrecht", Q),
            ExpectedClaim("it would fight the plan", "IG Metall", R),
            ExpectedClaim("Halberg's managers made the mistakes", "Jana Winkler", Q),
            ExpectedClaim("staff had learned of the cuts from the news", "Jana Winkler", R),
            ExpectedClaim("had accepted a pay freeze two years ago", "Jana Winkler", R),
            ExpectedClaim("investors had been waiting for the company to act", "Felix Rauch", R),
            ExpectedClaim("This is the first sign that management", "Felix Rauch", Q),
            ExpectedClaim("further cuts at its Spanish plant could follow", "Felix Rauch", R),
            ExpectedClaim(
                "sales of battery-electric cars in Germany fell 14%",
                "European Automobile Manufacturers' Association",
                A,
                via="data",
            ),
            ExpectedClaim("it was in talks with the company", "German government", R),
            ExpectedClaim("whether state aid had been offered", "economy ministry", R, optional=True),
        ),
    ),
    DevArticle(
        topic="disputed election, a commission and observers",
        text=article_text(
            "Opposition rejects result as Zambari commission declares president re-elected",
            "LUSANGA — Zambari's electoral commission declared President Joseph Mwale the winner of last "
            "week's election on Sunday, saying he had taken 52.4% of the vote, just enough to avoid a "
            "run-off.",
            'His challenger, Grace Tembo, rejected the result within minutes. "This was not an election. It '
            'was a robbery in broad daylight," she told supporters outside her party\'s headquarters. "We '
            'will not accept it, and we will not be silent."',
            "Tembo's People's Renewal Party (PRP) said its agents had been thrown out of counting centres in "
            "three provinces. The PRP would challenge the result in the Constitutional Court, its secretary "
            "general, Moses Banda, said.",
            "The commission's chairwoman, Justice Ruth Phiri, denied any wrongdoing. She said the count had "
            'been "transparent and thorough" and that party agents had signed off every tally sheet.',
            "International observers were more cautious. In a preliminary statement, the African Union's "
            "observer mission said voting had been largely peaceful but that the results in two provinces "
            'showed "serious irregularities".',
            "Mwale has not commented on the opposition's claims. In a brief address on state television, he "
            "thanked voters and called for calm.",
            'Government spokesman Dennis Chileshe said the security forces would "deal firmly" with anyone '
            "who tried to disrupt public order. Asked whether the internet would be shut down, as it was "
            'after the 2016 vote, he said: "There are no such plans."',
            "According to the Zambari Election Support Network, a coalition of church and civic groups that "
            "deployed 6,000 monitors, turnout was 61%, well below the 78% announced by the commission.",
            'Residents of the capital said shops had stayed shut on Monday. "Everyone is waiting to see what '
            'happens next," said Chanda Mulenga, a market trader. "Nobody wants trouble, but people are '
            'angry."',
        ),
        claims=(
            ExpectedClaim("he had taken 52.4% of the vote", "electoral commission", R),
            ExpectedClaim("This was not an election", "Grace Tembo", Q),
            ExpectedClaim("We will not accept it", "Grace Tembo", Q),
            ExpectedClaim("its agents had been thrown out of counting centres", "People's Renewal Party", R),
            ExpectedClaim("would challenge the result in the Constitutional Court", "Moses Banda", R),
            ExpectedClaim("any wrongdoing", "Ruth Phiri", R),
            ExpectedClaim('the count had been "transparent and thorough"', "Ruth Phiri", R),
            ExpectedClaim("party agents had signed off every tally sheet", "Ruth Phiri", R, optional=True),
            ExpectedClaim("voting had been largely peaceful", "observer mission", R, via="statement"),
            ExpectedClaim(
                "the results in two provinces showed",
                "observer mission",
                R,
                optional=True,
                via="statement",
            ),
            ExpectedClaim('the security forces would "deal firmly"', "Dennis Chileshe", R),
            ExpectedClaim("There are no such plans.", "Dennis Chileshe", Q),
            ExpectedClaim("turnout was 61%", "Zambari Election Support Network", A),
            ExpectedClaim("shops had stayed shut on Monday", "Residents", R),
            ExpectedClaim("Everyone is waiting to see what happens next", "Chanda Mulenga", Q),
            ExpectedClaim("Nobody wants trouble", "Chanda Mulenga", Q),
        ),
    ),
    DevArticle(
        topic="bridge closure, a department's report",
        text=article_text(
            "Cracks close Millbrook Bridge for at least six months",
            "The Millbrook Bridge will stay closed to all traffic until at least April after inspectors "
            "found cracks in two of its steel supports, the county highways department said Thursday.",
            "Engineers discovered the cracks during a routine inspection on Sept. 2, according to a report "
            "released by the department. The report said the supports could fail under heavy loads and "
            "recommended the bridge be closed immediately.",
            'County Engineer Ben Osei said repairs would cost an estimated $3.8 million. "We are not going '
            'to take any chances with this bridge," he said. "If there\'s a question about safety, it stays '
            'closed. Period."',
            "The closure adds about 20 minutes to the trip between Millbrook and Harlan for the 14,000 "
            "drivers who use the bridge each day, according to traffic counts from the Pennsylvania "
            "Department of Transportation.",
            "Owners of businesses on Millbrook's Front Street said they were already losing customers. "
            '"Half my lunch trade comes across that bridge," said Tony Ferraro, who runs Ferraro\'s Deli. '
            '"What am I supposed to do for six months?"',
            "State Rep. Carla Nunez, a Democrat whose district includes Millbrook, said she had asked the "
            'governor to release emergency funds. She called the closure "a wake-up call" for a state '
            "where, according to the American Society of Civil Engineers, one in eight bridges is in poor "
            "condition.",
            "The department said a temporary footbridge for pedestrians and cyclists could open within a "
            "month. It did not say how much that would cost.",
            "Photo: The Millbrook Bridge, closed to traffic on Thursday, spans the Conley River. (Rachel "
            "Kim/Valley Ledger)",
        ),
        claims=(
            ExpectedClaim("will stay closed to all traffic until at least April", "highways department", R),
            ExpectedClaim(
                "Engineers discovered the cracks during a routine inspection",
                "highways department",
                A,
                via="report",
            ),
            ExpectedClaim(
                "the supports could fail under heavy loads", "highways department", R, via="report"
            ),
            ExpectedClaim("the bridge be closed immediately", "highways department", R, optional=True),
            ExpectedClaim("repairs would cost an estimated $3.8 million", "Ben Osei", R),
            ExpectedClaim("We are not going to take any chances", "Ben Osei", Q),
            ExpectedClaim("If there's a question about safety", "Ben Osei", Q),
            ExpectedClaim(
                "The closure adds about 20 minutes", "Pennsylvania Department of Transportation", A
            ),
            ExpectedClaim("they were already losing customers", "Owners", R),
            ExpectedClaim("Half my lunch trade comes across that bridge", "Tony Ferraro", Q),
            ExpectedClaim("What am I supposed to do for six months?", "Tony Ferraro", Q),
            ExpectedClaim("she had asked the governor to release emergency funds", "Carla Nunez", R),
            ExpectedClaim("a wake-up call", "Carla Nunez", Q, optional=True),
            ExpectedClaim(
                "one in eight bridges is in poor condition", "American Society of Civil Engineers", A
            ),
            ExpectedClaim("a temporary footbridge for pedestrians and cyclists", "highways department", R),
            ExpectedClaim("how much that would cost", "highways department", R, optional=True),
        ),
    ),
)
