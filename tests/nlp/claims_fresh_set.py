"""A second, fresh group of hand-annotated articles for claims extraction, written and annotated
before the extractor was run on them, in styles the first dev set (claims_dev_set.py) lacks:
wire copy with a dateline, an interview Q&A, a long feature with a quote running over
paragraphs, a court report with lawyers and a judge, a post-match report with several players
and coaches, a science piece ("the study found"), an obituary quoting relatives, and British
politics in single quotes with "said Mr X".

Its first score (before any rule was changed for it) is the honest estimate of held-out accuracy;
the annotation conventions are those of the dev set: one claim per quotation (a quotation running
over paragraphs is one), "a spokesman for X" is X speaking, "called it 'a betrayal'" and
positions without a reporting verb ("residents fear …") are optional.
"""

from __future__ import annotations

from tests.nlp.claims_dev_set import DevArticle, ExpectedClaim, article_text

Q, R, A, U = "quote", "reported", "according_to", "unattributed"

FRESH_SET: tuple[DevArticle, ...] = (
    DevArticle(
        topic="wire copy with a dateline",
        text=article_text(
            "Airlines would owe automatic refunds for long delays under proposed rule",
            "WASHINGTON (AP) — The Transportation Department on Wednesday proposed new rules that would "
            "require airlines to refund passengers automatically when flights are delayed more than three "
            "hours, a move the industry says would raise fares.",
            'Transportation Secretary Elaine Marsh said the proposal would end "the runaround" that '
            "travelers face when they try to get their money back.",
            '"If you paid for a service and didn\'t get it, you should get your money back, period," Marsh '
            'told reporters at a news conference at Reagan National Airport. "Nobody should have to fill '
            'out five forms and wait six months."',
            "Airlines for America, the trade group that represents the largest U.S. carriers, said in a "
            "statement that the industry already refunds canceled flights and that the new rules would "
            'add "hundreds of millions of dollars in costs that will ultimately be paid by passengers."',
            "The group's chief executive, Ron Castellano, called the plan \"a solution in search of a "
            'problem."',
            'Consumer advocates welcomed the move but said it did not go far enough. "Three hours is a '
            "long time to sit at a gate with a toddler,\" said Priya Natarajan of the Travelers' Rights "
            "Project. She said her group would push for compensation after two hours.",
            "Complaints about refunds have soared since 2020, according to department figures. The "
            "department received more than 45,000 refund complaints last year, officials said, up from "
            "about 9,000 in 2019.",
            "The proposal will be open for public comment for 90 days. The department is expected to "
            "issue a final rule next year.",
            'Marsh declined to say whether she expected legal challenges. "We\'ll be ready," she said.',
            "___",
            "Associated Press writer Daniel Cho in New York contributed to this report.",
        ),
        claims=(
            ExpectedClaim("would raise fares", "industry", R),
            ExpectedClaim("the proposal would end", "Elaine Marsh", R),
            ExpectedClaim("If you paid for a service", "Elaine Marsh", Q),
            ExpectedClaim("Nobody should have to fill out five forms", "Elaine Marsh", Q),
            ExpectedClaim("the industry already refunds canceled flights", "Airlines for America", R),
            ExpectedClaim("a solution in search of a problem", "Ron Castellano", Q, optional=True),
            ExpectedClaim("it did not go far enough", "Consumer advocates", R),
            ExpectedClaim("Three hours is a long time", "Priya Natarajan", Q),
            ExpectedClaim("her group would push for compensation", "Priya Natarajan", R),
            ExpectedClaim("Complaints about refunds have soared", "department figures", A),
            ExpectedClaim("The department received more than 45,000", "officials", R),
            ExpectedClaim("We'll be ready", "Elaine Marsh", Q),
        ),
    ),
    DevArticle(
        topic="interview Q&A",
        text=article_text(
            "Q&A: The chef who wants you to stop buying cookbooks",
            "Lena Okafor has run Saltwater, a 30-seat restaurant in Portland, Maine, for 11 years. Her "
            'first book, "Cook Less, Eat Better," comes out next month. She spoke with The Courier about '
            "waste, rent and why she thinks recipes are overrated. The interview has been edited for length.",
            "Q: Your book tells people to throw away their recipes. Isn't that strange advice from a cookbook?",
            "A: It's a little strange, I admit. But most people follow a recipe like a legal contract. They "
            "buy a whole bunch of cilantro for one tablespoon, and the rest rots in the fridge. I'd rather "
            "teach you to look at what you have.",
            "Q: Where did that idea come from?",
            "A: From my grandmother, mostly. She never measured anything. She used to say that a kitchen "
            "scale was for people who didn't trust their hands.",
            "Q: Restaurants are closing all over the city. How is Saltwater doing?",
            "A: Honestly? We're fine, but only just. Our rent went up 40 percent last year. My landlord told "
            "me that was the market, and maybe he's right, but the market doesn't cook dinner.",
            "Q: What would you change if you could?",
            "A: I'd make it easier for small places to own their buildings. The city keeps talking about "
            "helping small businesses, and then nothing happens.",
            "A spokeswoman for Mayor Gloria Benning said the city had set aside $2 million for small-business "
            "loans this year and that applications were open.",
            "Q: Last question. What's in your fridge right now?",
            "A: Half a cabbage, some eggs and a jar of my own hot sauce. That's three dinners, if you're clever.",
        ),
        claims=(
            ExpectedClaim("It's a little strange, I admit.", "Lena Okafor", Q),
            ExpectedClaim("From my grandmother, mostly.", "Lena Okafor", Q),
            ExpectedClaim("a kitchen scale was for people", "grandmother", R, optional=True),
            ExpectedClaim("Honestly? We're fine, but only just.", "Lena Okafor", Q),
            ExpectedClaim("that was the market", "landlord", R),
            ExpectedClaim("I'd make it easier for small places", "Lena Okafor", Q),
            ExpectedClaim("the city had set aside $2 million", "Gloria Benning", R),
            ExpectedClaim("Half a cabbage, some eggs", "Lena Okafor", Q),
        ),
    ),
    DevArticle(
        topic="feature, quote over paragraphs",
        text=article_text(
            "The last ferryman of Kessock Bay",
            "Every morning at 6, before the gulls are up, Alasdair Moir walks down to the slipway, checks "
            "the ropes and starts the diesel engine of the Morag, a 40-foot ferry that has carried people "
            "across Kessock Bay since 1968.",
            "He is 71 and has done this for 44 years. In October, the council will replace the Morag with a "
            "bridge, and Moir will retire.",
            "\"People ask me if I'm sad, and I tell them I don't know yet,\" he said on a grey morning in "
            "late August, the engine rumbling under his boots.",
            "\"I've crossed this water maybe 60,000 times. I know every rock. I know when the tide's going "
            "to turn before the tables do. You don't just switch that off.",
            "\"But the bridge is good for the island. I'm not going to pretend it isn't.\"",
            "The island of Inchmurrin has 340 residents, and for most of them the ferry is the only link to "
            "the mainland doctor, the secondary school and the supermarket. The last boat leaves at 7 p.m.",
            "Catriona Bell, who runs the island's post office, said the bridge would change everything. Her "
            "son, she said, had missed hospital appointments because of winter storms.",
            "\"When the weather's bad, we're cut off for days,\" she said. \"A bridge doesn't care about "
            'the wind."',
            "Not everyone agrees. Some residents fear that day-trippers will overwhelm the island's single "
            'road. Donald Reid, a retired fisherman, called the bridge "the end of Inchmurrin as we know '
            'it," and said house prices had already doubled.',
            "The council's transport convener, Fiona Lyle, said the bridge had been planned \"for more than "
            "a generation\" and would cost £28 million. She insisted that the island's character would "
            "survive.",
            "On his last crossing of the morning, Moir steered with one hand and pointed with the other at a "
            "seal on the rocks.",
            '"She\'s been there every summer for ten years," he said. "I\'ll miss her more than the boat, '
            'maybe."',
            'Then he laughed. "Don\'t print that. The boat will be offended."',
        ),
        claims=(
            ExpectedClaim("People ask me if I'm sad", "Alasdair Moir", Q),
            ExpectedClaim("I've crossed this water maybe 60,000 times.", "Alasdair Moir", Q),
            ExpectedClaim("the bridge would change everything", "Catriona Bell", R),
            ExpectedClaim("had missed hospital appointments", "Catriona Bell", R),
            ExpectedClaim("When the weather's bad", "Catriona Bell", Q),
            ExpectedClaim("A bridge doesn't care about the wind.", "Catriona Bell", Q),
            ExpectedClaim("day-trippers will overwhelm", "residents", R, optional=True),
            ExpectedClaim("the end of Inchmurrin as we know it", "Donald Reid", Q, optional=True),
            ExpectedClaim("house prices had already doubled", "Donald Reid", R),
            ExpectedClaim("the bridge had been planned", "Fiona Lyle", R),
            ExpectedClaim("the island's character would survive", "Fiona Lyle", R),
            ExpectedClaim("She's been there every summer", "Alasdair Moir", Q),
            ExpectedClaim("I'll miss her more than the boat", "Alasdair Moir", Q),
            ExpectedClaim("Don't print that.", "Alasdair Moir", Q),
        ),
    ),
    DevArticle(
        topic="court, lawyers and a judge",
        text=article_text(
            "Jury hears opening arguments in warehouse fire trial",
            "A lawyer for the owner of a warehouse where three workers died in a 2022 fire told jurors on "
            'Monday that his client had "no way of knowing" the sprinkler system had been disconnected.',
            "Harold Fenwick, 63, has pleaded not guilty to three counts of involuntary manslaughter over the "
            "blaze at the Delmont Storage facility in Akron, Ohio.",
            "Prosecutor Angela Ruiz told the jury that Fenwick had ignored four written warnings from the "
            "fire marshal in the year before the fire.",
            '"He was told, again and again, that the building was a death trap," Ruiz said. "He chose to '
            'save money. Three families paid the price."',
            "Defense attorney Michael Strand countered that the warnings had been sent to a former property "
            "manager who left the company in 2021 and never passed them on.",
            '"This is a tragedy, but it is not a crime," Strand said. "You will hear no evidence that Mr. '
            'Fenwick read a single one of those letters."',
            "Strand also told jurors that the fire marshal's office had inspected the building months later "
            "and found no violations, a claim Ruiz disputed.",
            "Judge Carol Whitfield twice interrupted the opening statements. When Strand began to describe "
            "the victims' employment records, she stopped him. \"Counsel, the victims are not on trial "
            'here," Whitfield said. "Move on."',
            'Later, she warned both sides that she would not tolerate "theatrics" in front of the jury.',
            "The first witness, fire investigator Samuel Okoye, testified that the blaze started in an "
            "electrical panel and spread through stacked cardboard in under ten minutes. Under "
            "cross-examination, he acknowledged that he could not say when the sprinklers had been "
            "disconnected.",
            "Relatives of the victims sat in the front row. Outside the courthouse, Denise Carter, whose "
            'brother died in the fire, said she had waited three years for this day. "I just want someone '
            'to say it was their fault," she said.',
            "The trial is expected to last three weeks.",
        ),
        claims=(
            ExpectedClaim("his client had", "Michael Strand", R),
            ExpectedClaim("Fenwick had ignored four written warnings", "Angela Ruiz", R),
            ExpectedClaim("He was told, again and again", "Angela Ruiz", Q),
            ExpectedClaim("He chose to save money.", "Angela Ruiz", Q),
            ExpectedClaim("the warnings had been sent", "Michael Strand", R),
            ExpectedClaim("This is a tragedy, but it is not a crime", "Michael Strand", Q),
            ExpectedClaim("You will hear no evidence", "Michael Strand", Q),
            ExpectedClaim("the fire marshal's office had inspected", "Michael Strand", R),
            ExpectedClaim("Counsel, the victims are not on trial", "Carol Whitfield", Q),
            ExpectedClaim("Move on.", "Carol Whitfield", Q),
            ExpectedClaim("she would not tolerate", "Carol Whitfield", R),
            ExpectedClaim("the blaze started in an electrical panel", "Samuel Okoye", R),
            ExpectedClaim("he could not say when the sprinklers", "Samuel Okoye", R),
            ExpectedClaim("she had waited three years", "Denise Carter", R),
            ExpectedClaim("I just want someone to say", "Denise Carter", Q),
        ),
    ),
    DevArticle(
        topic="sports, players and coaches",
        text=article_text(
            "Harriers edge Wolves in five-set thriller",
            'Harriers captain Jamal Osei said his team "found something extra" after they came from two sets '
            "down to beat Wolves 3-2 in the national volleyball league on Saturday night.",
            "The win keeps Harriers top of the table, two points ahead of Bridgeport.",
            '"At 2-0 down, nobody in the locker room was panicking," Osei said. "We\'ve been there before. '
            "We knew if we won the third, they'd get nervous.\"",
            "Setter Tomás Vidal, who finished with 48 assists, was named player of the match. He credited "
            "the crowd.",
            '"When it got loud in the fourth set, you could feel them tighten up," Vidal said. "That\'s our '
            "home court. That's what it's for.\"",
            "Middle blocker Kevin Marsh, playing his first game since a knee injury in March, had seven "
            "blocks.",
            '"Honestly, I was just happy to be out there," Marsh said. "The knee felt great. I didn\'t think '
            'about it once."',
            'Harriers coach Linda Forsberg was less effusive. She said her side had been "sloppy" in the '
            "first two sets and had made too many service errors.",
            '"We can\'t keep giving teams a two-set start," Forsberg said. "Against Bridgeport, that\'ll '
            'cost us."',
            "Asked whether Marsh would start next week, Forsberg said it was too early to decide. \"We'll "
            'see how he pulls up on Monday."',
            "Wolves coach Patrick Dunne blamed fatigue. His team was playing its third match in five days, "
            'he said, and "the legs just went."',
            '"I\'m proud of them," Dunne said. "They gave everything they had."',
            "Wolves outside hitter Sasha Petrov, the league's leading scorer, had 31 points but was blocked "
            "on match point.",
            '"I should have gone cross-court," Petrov said. "I\'ll be thinking about that one for a while."',
        ),
        claims=(
            ExpectedClaim('his team "found something extra"', "Jamal Osei", R),
            ExpectedClaim("At 2-0 down, nobody in the locker room", "Jamal Osei", Q),
            ExpectedClaim("We've been there before.", "Jamal Osei", Q),
            ExpectedClaim("When it got loud in the fourth set", "Tomás Vidal", Q),
            ExpectedClaim("That's our home court.", "Tomás Vidal", Q),
            ExpectedClaim("Honestly, I was just happy", "Kevin Marsh", Q),
            ExpectedClaim("The knee felt great.", "Kevin Marsh", Q),
            ExpectedClaim('her side had been "sloppy"', "Linda Forsberg", R),
            ExpectedClaim("We can't keep giving teams", "Linda Forsberg", Q),
            ExpectedClaim("Against Bridgeport, that'll cost us.", "Linda Forsberg", Q),
            ExpectedClaim("it was too early to decide", "Linda Forsberg", R),
            ExpectedClaim("We'll see how he pulls up on Monday.", "Linda Forsberg", Q),
            ExpectedClaim("His team was playing its third match", "Patrick Dunne", R),
            ExpectedClaim("I'm proud of them", "Patrick Dunne", Q),
            ExpectedClaim("They gave everything they had.", "Patrick Dunne", Q),
            ExpectedClaim("I should have gone cross-court", "Sasha Petrov", Q),
            ExpectedClaim("I'll be thinking about that one", "Sasha Petrov", Q),
        ),
    ),
    DevArticle(
        topic="science, the study found",
        text=article_text(
            "Night-shift workers face higher risk of type 2 diabetes, study finds",
            "People who work night shifts for more than ten years are about 30% more likely to develop type "
            "2 diabetes than those who work only during the day, according to a large study published "
            "Wednesday in the journal Occupational Health Reports.",
            "Researchers at the University of Lund followed 84,000 adults in Sweden for an average of 14 "
            "years. The study found that the risk rose with every year of night work, even after accounting "
            "for diet, weight and smoking.",
            '"The body clock is not just about sleep," said Dr. Ingrid Holm, an epidemiologist who led the '
            'research. "It controls how we handle sugar, and when you fight it every night for years, it '
            'fights back."',
            "The researchers did not find a higher risk among people who worked rotating shifts that "
            "included nights only occasionally.",
            "The findings suggest that employers could reduce the risk by limiting how many consecutive "
            "night shifts staff work, Holm said. She cautioned, however, that the study was observational "
            "and could not prove that night work causes diabetes.",
            "Dr. Marcus Feld, an endocrinologist at Mount Carmel Hospital in Chicago who was not involved in "
            'the study, called the results "convincing" and said they matched what he saw in his clinic.',
            '"A lot of my patients are nurses, security guards and warehouse workers," he said. "They tell '
            "me they eat at 3 a.m. because that's when they're hungry.\"",
            "Other experts were more cautious. Night-shift workers may differ from day workers in ways the "
            "study could not measure, such as income and access to health care, said Rachel Ng, a "
            "statistician at the London School of Hygiene and Tropical Medicine.",
            "\"It's a well-designed study, but I'd want to see it replicated,\" Ng said.",
            "About 15% of workers in Europe and North America work at night at least some of the time, the "
            "study's authors estimate.",
            "The research was funded by the Swedish Research Council.",
        ),
        claims=(
            ExpectedClaim("face higher risk of type 2 diabetes", "study", R, optional=True),
            ExpectedClaim("People who work night shifts for more than ten years", "study", A),
            ExpectedClaim("the risk rose with every year of night work", "study", R),
            ExpectedClaim("The body clock is not just about sleep", "Ingrid Holm", Q),
            ExpectedClaim("It controls how we handle sugar", "Ingrid Holm", Q),
            ExpectedClaim("did not find a higher risk", "researchers", R, optional=True),
            ExpectedClaim("employers could reduce the risk", "Ingrid Holm", R),
            ExpectedClaim("the study was observational", "Ingrid Holm", R),
            ExpectedClaim("they matched what he saw", "Marcus Feld", R),
            ExpectedClaim("A lot of my patients are nurses", "Marcus Feld", Q),
            ExpectedClaim("They tell me they eat at 3 a.m.", "Marcus Feld", Q),
            ExpectedClaim("Night-shift workers may differ from day workers", "Rachel Ng", R),
            ExpectedClaim("It's a well-designed study", "Rachel Ng", Q),
            ExpectedClaim("About 15% of workers in Europe", "authors", R),
        ),
    ),
    DevArticle(
        topic="obituary, relatives quoted",
        text=article_text(
            "Margaret Ellery, who taught generations to swim, dies at 94",
            "Margaret Ellery, who taught swimming at the Fairhaven public baths for more than half a century "
            "and refused to let anyone leave her class afraid of the water, died on Sunday at her home in "
            "Fairhaven. She was 94.",
            "Her death was confirmed by her daughter, Ruth Ellery-Kane, who said her mother had been in "
            "declining health since a fall in the spring.",
            "Born in 1931 in a mining town in the north of England, Mrs. Ellery learned to swim in a flooded "
            'quarry, an experience she later described as "terrifying and glorious in equal measure." She '
            "moved to Fairhaven with her husband, George, in 1958, and began teaching at the baths the "
            "following year.",
            "By her own count, she taught more than 12,000 children. Many of them came back decades later "
            "with their own children, and some with their grandchildren.",
            '"She had a whistle and a voice that could stop a riot," her son, Peter Ellery, said. "But '
            "she'd sit with a frightened child on the steps for an hour if that's what it took. Nobody was "
            'ever thrown in."',
            "Her granddaughter Sophie Kane, now a swimming coach herself, said Mrs. Ellery was still "
            "correcting strokes from the poolside at 90.",
            '"She told me my kick was lazy when I was eight, and she told me again at my wedding," Ms. Kane '
            "said, laughing.",
            "The town council named the baths' teaching pool after her in 2012. At the ceremony, she told a "
            'local newspaper that she had "only done what any sensible person would do."',
            "Councillor Anne Whitby said on Monday that the council would hold a memorial swim in her honor "
            'in June. "Half this town learned to swim because of Margaret," she said.',
            "George Ellery died in 2004. In addition to her son and daughter, she is survived by five "
            "grandchildren and three great-grandchildren.",
        ),
        claims=(
            ExpectedClaim("Her death was confirmed", "Ruth Ellery-Kane", R, optional=True),
            ExpectedClaim("her mother had been in declining health", "Ruth Ellery-Kane", R),
            ExpectedClaim("terrifying and glorious", "Margaret Ellery", Q, optional=True),
            ExpectedClaim("she taught more than 12,000 children", "Margaret Ellery", R, optional=True),
            ExpectedClaim("She had a whistle and a voice", "Peter Ellery", Q),
            ExpectedClaim("But she'd sit with a frightened child", "Peter Ellery", Q),
            ExpectedClaim("Mrs. Ellery was still correcting strokes", "Sophie Kane", R),
            ExpectedClaim("She told me my kick was lazy", "Sophie Kane", Q),
            ExpectedClaim("only done what any sensible person would do", "Margaret Ellery", R),
            ExpectedClaim("the council would hold a memorial swim", "Anne Whitby", R),
            ExpectedClaim("Half this town learned to swim", "Anne Whitby", Q),
        ),
    ),
    DevArticle(
        topic="British politics, single quotes",
        text=article_text(
            "Minister rejects calls to scrap two-child benefit cap",
            "The Work and Pensions Secretary has rejected calls from her own backbenchers to scrap the "
            "two-child benefit cap, saying the country 'simply cannot afford it' this year.",
            "Speaking on the BBC's Sunday programme, Helen Carew said the government shared the goal of "
            "reducing child poverty but had 'to be honest about the money'.",
            "'I'm not going to make a promise I can't keep,' said Ms Carew. 'We will look at this again at "
            "the spending review, and I hope we can do more then.'",
            "More than 40 Labour MPs signed a letter last week urging the Chancellor to lift the cap, which "
            "restricts means-tested benefits to the first two children in most households.",
            "One of the signatories, Daniel Oakes, the MP for Hartlepool West, said the minister's answer "
            "was 'deeply disappointing'.",
            "'Every month we wait, another few thousand children fall below the poverty line,' said Mr Oakes. "
            "'That's not a statistic, it's a scandal.'",
            "The Resolution Foundation think tank estimates that scrapping the cap would cost about £3.4bn a "
            "year and lift 490,000 children out of poverty.",
            "The Conservatives accused the government of 'dithering'. Shadow work and pensions secretary "
            "Nigel Pratt said Labour had promised change and delivered 'more of the same'.",
            "Downing Street said the Prime Minister had full confidence in Ms Carew. A No 10 spokesman told "
            "reporters: 'The Secretary of State set out the government's position clearly this morning, and "
            "the Prime Minister agrees with it.'",
            "Mr Oakes said he and his colleagues would keep pushing. 'We're not going away,' he said.",
        ),
        claims=(
            ExpectedClaim("the country 'simply cannot afford it'", "Helen Carew", R),
            ExpectedClaim("the government shared the goal", "Helen Carew", R),
            ExpectedClaim("I'm not going to make a promise", "Helen Carew", Q),
            ExpectedClaim("We will look at this again", "Helen Carew", Q),
            ExpectedClaim("the minister's answer was", "Daniel Oakes", R),
            ExpectedClaim("Every month we wait", "Daniel Oakes", Q),
            ExpectedClaim("That's not a statistic, it's a scandal.", "Daniel Oakes", Q),
            ExpectedClaim("scrapping the cap would cost", "Resolution Foundation", R),
            ExpectedClaim("government of 'dithering'", "Conservatives", R, optional=True),
            ExpectedClaim("Labour had promised change", "Nigel Pratt", R),
            ExpectedClaim("the Prime Minister had full confidence", "Downing Street", R),
            ExpectedClaim("The Secretary of State set out", "No 10", Q),
            ExpectedClaim("he and his colleagues would keep pushing", "Daniel Oakes", R),
            ExpectedClaim("We're not going away", "Daniel Oakes", Q),
        ),
    ),
)
