"""A third fresh group of hand-annotated articles for claims extraction (issue 13), written and
annotated before the extractor was run on them. New topics and house styles: a port strike
(union releases and statements speaking for their authors), a militant attack ("claimed
responsibility"), a central bank ("ruled out"), a hospital audit ("the report by the auditor
found"), a council row between a man and a woman named without titles (pronoun agreement by
first name), and a product launch ("revealed plans", "confirmed", "denied").

Conventions are those of the dev set (claims_dev_set.py), plus ``via``: when a document speaks for
its author ("a release from the union said"), the speaker is the author and ``via`` names the
document as the text gives it (its head noun is enough: "release", "statement", "report").
A speech act with a noun object ("revealed plans for …", "claimed responsibility for …",
"ruled out a cut") is a reported claim whose content is that object.
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A, U = "quote", "reported", "according_to", "unattributed"

FRESH_SET_3: tuple[DevArticle, ...] = (
    DevArticle(
        topic="port strike, releases and statements",
        text=article_text(
            "Dock workers walk out at Harwell port",
            "About 1,400 dock workers at Harwell walked out on Tuesday after talks over pay collapsed. "
            "A release from the Maritime and Dock Workers' Union said the stoppage would last at least "
            "five days.",
            "The port's operator, Harwell Terminals, said in a statement that it had offered a 6 per cent "
            "rise. 'That offer remains on the table,' the company said.",
            "The union's general secretary, Aoife Brennan, rejected that account. 'Six per cent over three "
            "years is a pay cut,' she said. Her statement said members had voted 9 to 1 for the strike.",
            "Shipping lines have begun diverting vessels to other ports, according to the Freight "
            "Transport Council. Its chief executive, Malcolm Hale, warned that shelves could empty within "
            "a fortnight.",
            "A spokesperson for the transport ministry said the government was 'monitoring the situation "
            "closely' but would not intervene.",
        ),
        claims=(
            ExpectedClaim(
                "the stoppage would last at least five days",
                "Maritime and Dock Workers' Union",
                R,
                via="release",
            ),
            ExpectedClaim("it had offered a 6 per cent rise", "Harwell Terminals", R, via="statement"),
            ExpectedClaim("That offer remains on the table", "Harwell Terminals", Q),
            ExpectedClaim("Six per cent over three years is a pay cut", "Aoife Brennan", Q),
            ExpectedClaim("members had voted 9 to 1 for the strike", "Aoife Brennan", R, via="statement"),
            ExpectedClaim("Shipping lines have begun diverting vessels", "Freight Transport Council", A),
            ExpectedClaim("shelves could empty within a fortnight", "Malcolm Hale", R),
            ExpectedClaim("the government was", "spokesperson", R),
            ExpectedClaim("rejected that account", "Aoife Brennan", R, optional=True),
        ),
    ),
    DevArticle(
        topic="militant attack, claimed responsibility",
        text=article_text(
            "Group claims pipeline bombing",
            "A separatist group calling itself the Eastern Front claimed responsibility on Sunday for an "
            "explosion that damaged a gas pipeline near the town of Varnik.",
            "In a message posted online, the group said the attack was 'a warning to the occupiers' and "
            "threatened further strikes. It did not say how many fighters took part.",
            "Regional governor Petra Lind said no one had been hurt. She ruled out any link to last "
            "month's fire at the Varnik refinery and said repairs would take a week.",
            "Investigators believe the device was placed by hand, according to a police source. Police "
            "chief Oskar Veidt confirmed that two men had been detained. He declined to name them.",
            'Energy analyst Tomas Reiner said the damage was minor. "The pipeline is old and they chose '
            'it because it is unguarded," he said.',
        ),
        claims=(
            ExpectedClaim("responsibility on Sunday for an explosion", "Eastern Front", R),
            ExpectedClaim("a warning to the occupiers", "Eastern Front", Q, via="message"),
            ExpectedClaim("no one had been hurt", "Petra Lind", R),
            ExpectedClaim("any link to last month's fire", "Petra Lind", R),
            ExpectedClaim("repairs would take a week", "Petra Lind", R),
            ExpectedClaim("Investigators believe the device was placed by hand", "police source", A),
            ExpectedClaim("two men had been detained", "Oskar Veidt", R),
            ExpectedClaim("the damage was minor", "Tomas Reiner", R),
            ExpectedClaim("The pipeline is old", "Tomas Reiner", Q),
            ExpectedClaim("threatened further strikes", "Eastern Front", R, optional=True),
        ),
    ),
    DevArticle(
        topic="central bank rules out a cut",
        text=article_text(
            "Central bank holds rates, rules out cut before summer",
            "The Bank of Castria kept its main interest rate at 4.25 per cent on Thursday, and its "
            "governor ruled out a cut before the summer.",
            '"Inflation is falling, but not fast enough for us to relax," Governor Ines Moravec told '
            "reporters. She acknowledged that growth had been weaker than forecast.",
            "The bank's statement said wage growth remained 'uncomfortably high'. Two of the nine board "
            "members voted for a cut, the minutes showed.",
            'Economists at Norland Bank said they now expected the first cut in September. "The door is '
            "shut for now,\" said Karl Aumann, the lender's chief economist.",
            "Finance Minister Jonas Pelt welcomed the decision and said the government would stick to "
            "its spending plans.",
        ),
        claims=(
            ExpectedClaim("a cut before the summer", "Ines Moravec", R),
            ExpectedClaim("Inflation is falling", "Ines Moravec", Q),
            ExpectedClaim("growth had been weaker than forecast", "Ines Moravec", R),
            ExpectedClaim("wage growth remained", "Bank of Castria", R, via="statement"),
            ExpectedClaim("Two of the nine board members voted for a cut", "minutes", R, optional=True),
            ExpectedClaim("they now expected the first cut in September", "Economists at Norland Bank", R),
            ExpectedClaim("The door is shut for now", "Karl Aumann", Q),
            ExpectedClaim("the government would stick to its spending plans", "Jonas Pelt", R),
        ),
    ),
    DevArticle(
        topic="hospital audit report",
        text=article_text(
            "Audit finds hospital trust overspent on agency staff",
            "The report by the regional auditor found that St Brendan's Hospital Trust spent £42 million "
            "on agency nurses last year, double its budget.",
            "The auditor, Gwen Talbot, said the trust had 'lost control of its staffing bill'. Her report "
            "recommended a hiring freeze on agency contracts.",
            "The trust's chief executive, Rahul Mehta, admitted that mistakes had been made. \"We relied "
            'on agencies because we could not recruit," he said. "That is not an excuse."',
            "A letter from the health department said ministers expected a recovery plan within six weeks.",
            "Patients' group Voice for Care said the findings were 'deeply worrying'. Its director, Hannah "
            "Osei, said she feared wards would close.",
        ),
        claims=(
            ExpectedClaim(
                "St Brendan's Hospital Trust spent £42 million", "regional auditor", R, via="report"
            ),
            ExpectedClaim("lost control of its staffing bill", "Gwen Talbot", R),
            ExpectedClaim(
                "a hiring freeze on agency contracts", "Gwen Talbot", R, optional=True, via="report"
            ),
            ExpectedClaim("mistakes had been made", "Rahul Mehta", R),
            ExpectedClaim("We relied on agencies", "Rahul Mehta", Q),
            ExpectedClaim("That is not an excuse.", "Rahul Mehta", Q),
            ExpectedClaim("ministers expected a recovery plan", "health department", R, via="letter"),
            ExpectedClaim("the findings were", "Voice for Care", R),
            ExpectedClaim("she feared wards would close", "Hannah Osei", R),
        ),
    ),
    DevArticle(
        topic="council row, first names only",
        text=article_text(
            "Council split over bus lane plan",
            "Councillors in Eastmoor clashed on Wednesday over a plan to turn two lanes of the high "
            "street into bus lanes.",
            "Margaret Doyle, who chairs the transport committee, said the change would cut journey times "
            "by a quarter. Gareth Pryce, the opposition leader, said it would kill trade for small shops.",
            '"Nobody will drive into town to queue," he said. She replied that footfall had risen in '
            "every town that had tried it.",
            'Local shopkeeper Deborah Finch said she had not been consulted. "We found out from the '
            'newspaper," she said.',
            "Doyle said a consultation would open next month. Pryce said he would call for a vote.",
        ),
        claims=(
            ExpectedClaim("the change would cut journey times", "Margaret Doyle", R),
            ExpectedClaim("it would kill trade for small shops", "Gareth Pryce", R),
            ExpectedClaim("Nobody will drive into town to queue", "Gareth Pryce", Q),
            ExpectedClaim("footfall had risen in every town", "Margaret Doyle", R),
            ExpectedClaim("she had not been consulted", "Deborah Finch", R),
            ExpectedClaim("We found out from the newspaper", "Deborah Finch", Q),
            ExpectedClaim("a consultation would open next month", "Margaret Doyle", R),
            ExpectedClaim("he would call for a vote", "Gareth Pryce", R),
        ),
    ),
    DevArticle(
        topic="product launch, revealed plans",
        text=article_text(
            "Lumen reveals plans for cheaper electric van",
            "Carmaker Lumen Motors revealed plans on Monday for an electric van priced below €30,000, "
            "aimed at small delivery firms.",
            'Chief executive Sofia Marchetti said production would start in Turin next year. "Small '
            'businesses have been priced out of electric vans," she said.',
            "The company denied reports that it would close its plant in Lyon. A spokesman confirmed "
            "that the Lyon factory would build batteries instead.",
            "Analysts at the research firm Autovista said the price would be hard to reach. Their note "
            "estimated that each van would cost €27,000 to build.",
            "Marchetti announced a partnership with the courier firm Parcelo, which has ordered 2,000 vans.",
        ),
        claims=(
            ExpectedClaim("for an electric van priced below €30,000", "Lumen Motors", R),
            ExpectedClaim("production would start in Turin next year", "Sofia Marchetti", R),
            ExpectedClaim("Small businesses have been priced out", "Sofia Marchetti", Q),
            ExpectedClaim("it would close its plant in Lyon", "Lumen Motors", R),
            ExpectedClaim("the Lyon factory would build batteries", "spokesman", R),
            ExpectedClaim("the price would be hard to reach", "Analysts at the research firm Autovista", R),
            ExpectedClaim("each van would cost €27,000 to build", "Autovista", R, via="note"),
            ExpectedClaim("a partnership with the courier firm Parcelo", "Sofia Marchetti", R),
        ),
    ),
)
