"""A fifth fresh group of hand-annotated articles for claims extraction (issue 13), written and
annotated before the extractor was run on them. New topics and house styles: a tech site's product
recall (an agency and its acronym, "?" and "!" before "Name said", an update line), an Australian
rural drought story (a hyphenated name, "X, a Dalby-based agronomist", "adding that", a quote
broken by dashes), a British local paper's planning row (colon quotes, "the firm", "denied that"),
a health site's drug trial (a study by named researchers, "acknowledged … and noted that", CDC
data), a local radio transcript about a bus strike ("HOST:"/"SMITH:" labels, reports inside the
answers, an office as "they"), a wire story on a court appeal ("X, she wrote, Y", a decision and a
dissent as channels), a magazine Q&A whose answers report other people, and a foreign desk story on
a dam ("X, a Moscow-based expert", a ministry as "it", "ruled out" with a noun object).

Conventions are those of the earlier sets (claims_dev_set.py, claims_fresh_set_2.py for labelled
transcripts and Q&A answers, claims_fresh_set_3.py for ``via`` and noun-object speech acts,
claims_fresh_set_4.py for continuation paragraphs, page furniture and study attributions), plus:
- A negated report with no proposition of its own ("did not reveal the supplier's name", "did not
  disclose the price") is optional: the claim format has no negation mark to score, so finding or
  missing it is neither rewarded nor punished. A report whose content is negated ("confirmed it
  had not objected") or a denial ("denied that it had approved …") is an ordinary claim.
- A court's ruling, decision or dissent is the channel (``via``) its judges speak through.
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A = "quote", "reported", "according_to"

FRESH_SET_5: tuple[DevArticle, ...] = (
    DevArticle(
        topic="e-bike battery recall, an agency and its acronym",
        text=article_text(
            "Voltra recalls 210,000 e-bike batteries after fires in three states",
            "Voltra, the San Jose-based maker of folding electric bikes, is recalling about 210,000 "
            "battery packs after reports of fires in California, Texas and New York, the US Consumer "
            "Product Safety Commission announced Thursday.",
            "The agency said it had received 47 reports of packs overheating, including 11 fires and two "
            "minor burns. Owners should stop charging the batteries immediately, it said.",
            "In a post on its website, Voltra acknowledged that a supplier had changed the cells' "
            "insulation without telling it. The company did not reveal the supplier's name.",
            'Chief executive Dana Okoye-Ling apologized in a video message. "If you own one of these '
            'packs, please unplug it tonight," she said. "Don\'t wait for an email from us!"',
            '"Will I get my money back?" asked Marcus Bell, a Houston courier whose bike caught fire in '
            "his garage in March. He said the company had offered him a voucher rather than a refund. "
            '"A voucher for another Voltra? No thanks."',
            "Voltra said refunds would be offered to every owner who asked for one. It ruled out a recall "
            "of its older Model 2 bikes, which use a different battery.",
            "Related: The e-bike battery fires that regulators can't keep up with",
            "According to the CPSC, lithium-ion batteries in micromobility devices were linked to 19 "
            "deaths in the US between 2021 and 2022.",
            "Update, Friday 9:15 a.m. ET: Voltra told Circuit Daily that replacement packs would ship "
            "from June.",
        ),
        claims=(
            ExpectedClaim(
                "is recalling about 210,000 battery packs", "Consumer Product Safety Commission", R
            ),
            ExpectedClaim(
                "it had received 47 reports of packs overheating", "Consumer Product Safety Commission", R
            ),
            ExpectedClaim(
                "Owners should stop charging the batteries immediately",
                "Consumer Product Safety Commission",
                R,
            ),
            ExpectedClaim("a supplier had changed the cells' insulation", "Voltra", R, via="post"),
            ExpectedClaim("the supplier's name", "Voltra", R, optional=True),
            ExpectedClaim("If you own one of these packs", "Dana Okoye-Ling", Q),
            ExpectedClaim("Don't wait for an email from us!", "Dana Okoye-Ling", Q),
            ExpectedClaim("Will I get my money back?", "Marcus Bell", Q),
            ExpectedClaim("the company had offered him a voucher", "Marcus Bell", R),
            ExpectedClaim("A voucher for another Voltra? No thanks.", "Marcus Bell", Q),
            ExpectedClaim("refunds would be offered to every owner", "Voltra", R),
            ExpectedClaim("a recall of its older Model 2 bikes", "Voltra", R),
            ExpectedClaim(
                "lithium-ion batteries in micromobility devices", "Consumer Product Safety Commission", A
            ),
            ExpectedClaim("replacement packs would ship from June", "Voltra", R),
        ),
    ),
    DevArticle(
        topic="rural drought, a hyphenated name and dashes",
        text=article_text(
            "Graziers sell breeding stock as drought grips the Western Downs",
            "Graziers across the Western Downs are selling breeding cattle they spent decades building "
            "up, as the region records its driest 18 months since 1902.",
            "According to the Bureau of Meteorology, rainfall at Chinchilla has been less than a third of "
            "the long-term average since January last year.",
            "Kerri-Anne Doolan runs 800 head of Droughtmaster cattle on her family's property near Tara. "
            "Last month she sold 300 of them. \"You don't sell your breeders unless you've run out of "
            'options," she said. "We\'ve run out — and we\'re not the only ones."',
            "Her husband, Col, said the dam had been dry since October. Water for the house now came by "
            "truck, he said, at $180 a load.",
            "Queensland's agriculture minister, Brent Maddison, visited Tara on Tuesday. The minister said "
            "drought assistance would be extended to 14 more shires, adding that freight subsidies for "
            "fodder would double from next month.",
            'Farm lobby AgForce called the package "a start". Its president, Nicola Ruhl, said the '
            'subsidies were "too little, too late" for families who had already sold stock.',
            "A report by the Australian Bureau of Agricultural and Resource Economics found that the "
            "national cattle herd could shrink by 6 per cent this year, the biggest fall in a decade.",
            "Tim Gallagher, a Dalby-based agronomist, said even good spring rain would not rescue winter "
            "crops. \"The wheat that's in the ground now — what's left of it — will go to hay,\" he said.",
            "Photo: Kerri-Anne Doolan checks an empty trough on her property near Tara. (ABC Rural: Sam "
            "Whitely)",
        ),
        claims=(
            ExpectedClaim("rainfall at Chinchilla has been less than a third", "Bureau of Meteorology", A),
            ExpectedClaim("You don't sell your breeders", "Kerri-Anne Doolan", Q),
            ExpectedClaim("We've run out — and we're not the only ones", "Kerri-Anne Doolan", Q),
            ExpectedClaim("the dam had been dry since October", "Col", R),
            ExpectedClaim("Water for the house now came by truck", "Col", R),
            ExpectedClaim("drought assistance would be extended", "Brent Maddison", R),
            ExpectedClaim("freight subsidies for fodder would double", "Brent Maddison", R),
            ExpectedClaim("a start", "AgForce", Q, optional=True),
            ExpectedClaim('the subsidies were "too little, too late"', "Nicola Ruhl", R),
            ExpectedClaim(
                "the national cattle herd could shrink",
                "Australian Bureau of Agricultural and Resource Economics",
                R,
                via="report",
            ),
            ExpectedClaim("even good spring rain would not rescue", "Tim Gallagher", R),
            ExpectedClaim("The wheat that's in the ground now", "Tim Gallagher", Q),
        ),
    ),
    DevArticle(
        topic="planning row, colon quotes and the firm",
        text=article_text(
            "Residents vow to fight 300-home plan for Hatherley Fields",
            "Plans for 300 homes on farmland at Hatherley Fields have been approved by Wyvern District "
            "Council, despite more than 1,200 objections.",
            "The planning committee voted seven to four in favour on Wednesday night after a three-hour "
            "meeting. Committee chair Cllr Patricia Ogundipe said the district had to meet a government "
            "target of 650 new homes a year. She said: 'We do not have the luxury of saying no to every "
            "site. If we refuse this, an inspector will approve it on appeal and we will lose any say over "
            "the design.'",
            "Opponents from the Save Hatherley Fields group said the site floods every winter. Its "
            "spokesman, Graham Fitz-Williams, said: 'They have approved houses on a bog. When the first "
            "family gets flooded out, I hope the councillors who voted for this answer the phone.'",
            "The developer, Marlowe Homes, said its drainage scheme had been signed off by the Environment "
            "Agency. In a letter to objectors, the firm promised that no home would be built on land "
            "within the flood zone.",
            "The Environment Agency confirmed it had not objected to the scheme but denied that it had "
            "approved the drainage design. 'That is a matter for the council,' a spokeswoman said.",
            "Cllr Ogundipe's fellow Liberal Democrat, Cllr Ben Adeyemi, voted against. He said he had been "
            "'appalled' by the way residents were treated at the meeting, where they were given three "
            "minutes each to speak.",
            "Fitz-Williams said the group would seek a judicial review. It has raised £18,000 towards "
            "legal costs, he said.",
            "Have your say: email letters@wyverngazette.co.uk",
        ),
        claims=(
            ExpectedClaim("the district had to meet a government target", "Patricia Ogundipe", R),
            ExpectedClaim("We do not have the luxury of saying no", "Patricia Ogundipe", Q),
            ExpectedClaim("the site floods every winter", "Opponents", R),
            ExpectedClaim("They have approved houses on a bog", "Graham Fitz-Williams", Q),
            ExpectedClaim("its drainage scheme had been signed off", "Marlowe Homes", R),
            ExpectedClaim("no home would be built on land", "Marlowe Homes", R, via="letter"),
            ExpectedClaim("it had not objected to the scheme", "Environment Agency", R),
            ExpectedClaim("it had approved the drainage design", "Environment Agency", R),
            ExpectedClaim("That is a matter for the council", "spokeswoman", Q),
            ExpectedClaim("he had been 'appalled'", "Ben Adeyemi", R),
            ExpectedClaim("the group would seek a judicial review", "Graham Fitz-Williams", R),
            ExpectedClaim("It has raised £18,000 towards legal costs", "Graham Fitz-Williams", R),
        ),
    ),
    DevArticle(
        topic="drug trial, researchers, a study and data",
        text=article_text(
            "Experimental pill cuts heart attacks by a quarter in large trial",
            "An experimental cholesterol pill cut heart attacks and strokes by 24% in a trial of 14,000 "
            "patients, its maker, Corvane Therapeutics, announced Monday.",
            "A study of the trial by researchers at Duke University, published Monday in the New England "
            "Journal of Medicine, found that patients taking the pill had 31% fewer deaths from heart "
            "disease than those on a placebo.",
            "The trial's lead investigator, Dr. Samuel Achterberg of Duke, called the results \"the biggest "
            'step in cholesterol treatment since statins." "We have not seen a number like that in 20 '
            'years," he said.',
            "But the researchers acknowledged that the trial was not designed to measure whether the pill "
            "prolonged life, and noted that 9% of patients stopped taking it because of side effects.",
            "Dr. Priya Raman, a Chicago-based cardiologist who was not involved in the study, warned "
            'against reading too much into the death figures. "Is it a good drug? Probably," she said. '
            '"Is it a miracle? No."',
            "Corvane did not disclose the price it would charge. It said it would apply for approval from "
            "the Food and Drug Administration by the end of the year. Analysts at Leerink estimated that "
            "the drug could reach annual sales of $5 billion by 2032.",
            "Shares in Corvane rose 38% in early trading.",
            "Data from the Centers for Disease Control and Prevention show that heart disease remains the "
            "leading cause of death in the United States, killing about 700,000 people a year.",
            "This article has been updated with comment from Dr. Raman.",
        ),
        claims=(
            ExpectedClaim("cut heart attacks and strokes by 24%", "Corvane Therapeutics", R),
            ExpectedClaim("patients taking the pill had 31% fewer deaths", "Duke University", R, via="study"),
            ExpectedClaim("the biggest step in cholesterol treatment", "Samuel Achterberg", Q, optional=True),
            ExpectedClaim("We have not seen a number like that", "Samuel Achterberg", Q),
            ExpectedClaim("the trial was not designed to measure", "researchers", R),
            ExpectedClaim("9% of patients stopped taking it", "researchers", R),
            ExpectedClaim("reading too much into the death figures", "Priya Raman", R, optional=True),
            ExpectedClaim("Is it a good drug? Probably", "Priya Raman", Q),
            ExpectedClaim("Is it a miracle? No.", "Priya Raman", Q),
            ExpectedClaim("the price it would charge", "Corvane Therapeutics", R, optional=True),
            ExpectedClaim("it would apply for approval", "Corvane Therapeutics", R),
            ExpectedClaim("the drug could reach annual sales", "Analysts at Leerink", R),
            ExpectedClaim(
                "heart disease remains the leading cause",
                "Centers for Disease Control and Prevention",
                R,
                via="data",
            ),
        ),
    ),
    DevArticle(
        topic="radio transcript, bus strike, HOST and SMITH",
        text=article_text(
            "Transcript: union organiser on the Metrolink bus strike",
            "This is an edited transcript of Thursday's Drive programme on Radio Tameside. The presenter, "
            "Hannah Lowe, spoke to Gary Smith, regional organiser of the drivers' union, about the bus "
            "strike that began on Monday.",
            "HOST: Gary, people in Ashton have had no buses for four days. What do you say to them?",
            "SMITH: I say sorry, and I mean it. Nobody goes on strike lightly. Our drivers haven't had a "
            "real pay rise since 2019.",
            "HOST: The company says it has offered 7 per cent. Isn't that fair?",
            "SMITH: Seven per cent over two years. Their own chief executive told shareholders in March "
            "that profits were up by a third. So don't tell me the money isn't there!",
            "HOST: Will you call off the strike if the mayor steps in?",
            "SMITH: We'll talk to anyone. The mayor's office rang us this morning, and they said they "
            "wanted both sides round a table by Monday. That's the first sensible thing anyone has said "
            "all week.",
            "After the programme, Metrolink Buses said in a statement that its offer was 'fair and final'. "
            "Greater Tameside's mayor, Angela Pryce-Jones, said she would meet both sides on Saturday.",
        ),
        claims=(
            ExpectedClaim("I say sorry, and I mean it.", "Gary Smith", Q),
            ExpectedClaim("it has offered 7 per cent", "company", R, optional=True),
            ExpectedClaim("Seven per cent over two years.", "Gary Smith", Q),
            ExpectedClaim("profits were up by a third", "chief executive", R),
            ExpectedClaim("We'll talk to anyone.", "Gary Smith", Q),
            ExpectedClaim("they wanted both sides round a table", "mayor's office", R),
            ExpectedClaim("its offer was 'fair and final'", "Metrolink Buses", R, via="statement"),
            ExpectedClaim("she would meet both sides on Saturday", "Angela Pryce-Jones", R),
        ),
    ),
    DevArticle(
        topic="court appeal, a ruling and a dissent",
        text=article_text(
            "Appeals court reinstates ban on night flights at Kessler Field",
            "RICHMOND, Va. — A federal appeals court on Friday reinstated a ban on night flights at "
            "Kessler Field, ruling that a lower court had ignored the noise complaints of thousands of "
            "residents.",
            "In a 2-1 decision, the 4th U.S. Circuit Court of Appeals said the Federal Aviation "
            "Administration had failed to consider the effect of the flights on children's sleep.",
            '"The agency treated the neighbors as an inconvenience rather than as people," Judge Harriet '
            'Moy-Castillo wrote for the majority. The FAA, she wrote, had "looked at decibels and nothing '
            'else."',
            "In a dissent, Judge Robert Pike said the majority had substituted its own judgment for that "
            "of aviation experts.",
            "The airport's operator, SkyPort Virginia, said it was reviewing the ruling. The company warned "
            "last year that a night ban would cost 400 jobs and push cargo carriers to other airports.",
            'Residents who brought the case celebrated outside the courthouse. "We have been waking up at '
            '3 a.m. for six years," said Lorraine Teague, 71, who lives under the flight path. "Tonight I '
            'might actually sleep!"',
            "According to lawyers for the residents, the number of flights between midnight and 5 a.m. "
            "rose from 12 a night in 2017 to 58 in 2022.",
            "The FAA did not immediately respond to a request for comment. It could ask the full appeals "
            "court to rehear the case.",
            "Staff writer Dan Mercer contributed reporting from Norfolk.",
        ),
        claims=(
            ExpectedClaim("a lower court had ignored the noise complaints", "appeals court", R),
            ExpectedClaim(
                "the Federal Aviation Administration had failed to consider",
                "4th U.S. Circuit Court of Appeals",
                R,
                via="decision",
            ),
            ExpectedClaim("The agency treated the neighbors as an inconvenience", "Harriet Moy-Castillo", Q),
            ExpectedClaim("looked at decibels and nothing else", "Harriet Moy-Castillo", R),
            ExpectedClaim("the majority had substituted its own judgment", "Robert Pike", R, via="dissent"),
            ExpectedClaim("it was reviewing the ruling", "SkyPort Virginia", R),
            ExpectedClaim("a night ban would cost 400 jobs", "SkyPort Virginia", R),
            ExpectedClaim("We have been waking up at 3 a.m.", "Lorraine Teague", Q),
            ExpectedClaim("Tonight I might actually sleep!", "Lorraine Teague", Q),
            ExpectedClaim("the number of flights between midnight and 5 a.m.", "lawyers", A),
        ),
    ),
    DevArticle(
        topic="magazine Q&A, answers reporting others",
        text=article_text(
            "Q&A: The ecologist who brought beavers back to the River Anton",
            "Last spring, ecologist Freya Lindqvist-Hart released four beavers into a fenced stretch of "
            "the River Anton in Hampshire, the first licensed release in the county for 400 years. A year "
            "on, she talked to us about dams, floods and angry neighbours.",
            "Q: How are the beavers doing?",
            "A: Better than we dared hope. There are seven of them now, and they've built five dams. The "
            "county's flood engineer told me last month that flood peaks downstream were already lower.",
            "Q: Not everyone is pleased, though.",
            "A: No. One farmer downstream says they've flooded his best field. He may be right, and I've "
            "offered to pay for drainage. The National Farmers' Union wrote to us in January asking for the "
            "beavers to be removed, and I understand why they're worried.",
            "Q: Would you do it again?",
            "A: Tomorrow! My only regret is that we didn't fence a bigger area.",
            "Natural England, which licensed the release, said it would decide next year whether beavers "
            "could be released without fences. The farmer, Roger Bailey, declined to be interviewed.",
        ),
        claims=(
            ExpectedClaim("Better than we dared hope.", "Freya Lindqvist-Hart", Q),
            ExpectedClaim("flood peaks downstream were already lower", "flood engineer", R),
            ExpectedClaim("they've flooded his best field", "farmer", R),
            ExpectedClaim("He may be right", "Freya Lindqvist-Hart", Q),
            ExpectedClaim(
                "asking for the beavers to be removed", "National Farmers' Union", R, optional=True
            ),
            ExpectedClaim("Tomorrow! My only regret", "Freya Lindqvist-Hart", Q),
            ExpectedClaim("it would decide next year whether beavers", "Natural England", R),
        ),
    ),
    DevArticle(
        topic="dam dispute, a Moscow-based expert and ministries",
        text=article_text(
            "Kyrgyzstan cuts water releases from Toktogul dam, angering downstream neighbours",
            "BISHKEK — Kyrgyzstan will cut the volume of water released from the Toktogul reservoir by a "
            "fifth this summer, its energy ministry said on Tuesday, citing the lowest water levels in "
            "three decades.",
            "The ministry said the reservoir held 9.1 billion cubic metres, against 14 billion a year ago. "
            "Without the cut, it said, the country would face power shortages by November.",
            "Uzbekistan, whose cotton farms in the Fergana Valley depend on the river, reacted sharply. Its "
            "foreign ministry summoned the Kyrgyz ambassador and said the decision broke a 1998 "
            "water-sharing agreement. Tashkent would 'defend the interests of its farmers by all lawful "
            "means', it said.",
            "'Is there enough water for both? Not this year!' said Arkady Volkov, a Moscow-based expert on "
            "Central Asian energy. 'Both governments are right about their own problems,' he said. 'That "
            "is exactly why this is dangerous.'",
            "According to the World Bank, about 22 million people in the two countries depend on the Syr "
            "Darya river system for drinking water, irrigation or power.",
            "Kyrgyz Energy Minister Taalaibek Ibraev insisted the cut was temporary. He told reporters in "
            "Bishkek that releases would return to normal once autumn rains refilled the reservoir, and he "
            "ruled out any cut to winter electricity exports to Kazakhstan.",
            "The two presidents are due to meet in Samarkand next week. Neither government has said "
            "whether water will be on the agenda.",
            "Sign up for our Central Asia newsletter.",
        ),
        claims=(
            ExpectedClaim("will cut the volume of water released", "energy ministry", R),
            ExpectedClaim("the reservoir held 9.1 billion cubic metres", "energy ministry", R),
            ExpectedClaim("the country would face power shortages", "energy ministry", R),
            ExpectedClaim("the decision broke a 1998", "foreign ministry", R),
            ExpectedClaim("defend the interests of its farmers", "foreign ministry", R),
            ExpectedClaim("Is there enough water for both? Not this year!", "Arkady Volkov", Q),
            ExpectedClaim("Both governments are right", "Arkady Volkov", Q),
            ExpectedClaim("That is exactly why this is dangerous.", "Arkady Volkov", Q),
            ExpectedClaim("about 22 million people in the two countries", "World Bank", A),
            ExpectedClaim("the cut was temporary", "Taalaibek Ibraev", R),
            ExpectedClaim("releases would return to normal", "Taalaibek Ibraev", R),
            ExpectedClaim("any cut to winter electricity exports", "Taalaibek Ibraev", R),
        ),
    ),
)
