"""A development set for claims extraction: short news articles written for this project, with
every claim a careful reader would mark annotated by hand.

The articles are invented (people, places and events are fictional) and cover varied styles:
American and British punctuation, speech verbs before, after and inside quotes, "said X, a
spokesman for Y", "according to", agentless passives, quotes running over paragraphs, quotes with
no verb of their own, people alternating as he/she, organisations as speakers, titles and scare
quotes that are not quotes.

Each expected claim names its content by a snippet that occurs exactly once in its article (the
scorer overlaps it with the extracted claim's content), the speaker's resolved name (``None``
when the text gives no source) and its kind. ``optional`` marks borderline attributions ("polls
show …") that neither count against an extractor that finds them nor one that misses them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExpectedClaim:
    content: str
    speaker: str | None
    kind: str  # "quote", "reported", "according_to" or "unattributed"
    optional: bool = False
    # The document a source speaks through ("a release from the union said" → "release").
    via: str | None = None


@dataclass(frozen=True)
class DevArticle:
    topic: str
    text: str
    claims: tuple[ExpectedClaim, ...]


def article_text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


Q, R, A, U = "quote", "reported", "according_to", "unattributed"

DEV_SET: tuple[DevArticle, ...] = (
    DevArticle(
        topic="politics, American punctuation",
        text=article_text(
            "Senate Passes Water Bill After Late-Night Deal",
            "WASHINGTON — The Senate approved a $40 billion water infrastructure bill late Tuesday, "
            "ending a weeks-long standoff between the two parties.",
            '"This is a good day for every family that turns on a tap," said Senator Maria Delgado, '
            'a Democrat from New Mexico who wrote much of the bill. "We fixed what was broken."',
            "Republicans had objected to the cost. Senator Thomas Reed of Ohio told reporters that the "
            'final version was "still far too expensive" but that he would not block it.',
            '"I\'m not going to stand in the way of clean water," Reed said. "But somebody has to pay '
            "for this, and it's going to be our grandchildren.\"",
            "Delgado dismissed the criticism. She said the bill was paid for by closing tax loopholes.",
            "The White House said in a statement that President Collins would sign the measure on Friday.",
            "According to the Congressional Budget Office, the bill would add $3 billion to the deficit "
            "over ten years.",
            'The bill, which critics have nicknamed the "Big Pipe Act," now goes to the House.',
        ),
        claims=(
            ExpectedClaim("This is a good day for every family", "Maria Delgado", Q),
            ExpectedClaim("We fixed what was broken.", "Maria Delgado", Q),
            ExpectedClaim("final version was", "Thomas Reed", R),
            ExpectedClaim("not going to stand in the way", "Thomas Reed", Q),
            ExpectedClaim("But somebody has to pay", "Thomas Reed", Q),
            ExpectedClaim("the bill was paid for by closing tax loopholes", "Maria Delgado", R),
            ExpectedClaim("President Collins would sign the measure", "White House", R),
            ExpectedClaim("the bill would add $3 billion", "Congressional Budget Office", A),
        ),
    ),
    DevArticle(
        topic="courts, British punctuation and single quotes",
        text=article_text(
            "Former council treasurer jailed for fraud",
            "A former council treasurer who stole more than £300,000 from a village hall fund has been "
            "jailed for four years.",
            "Peter Hallam, 58, of Thornbury, admitted 12 counts of fraud at Bristol Crown Court.",
            "Judge Helen Marsh told him: ‘You abused the trust of a small community for more than a "
            "decade. The people of this village will be paying for your greed for years.’",
            "She said his claim that he had intended to repay the money was ‘simply not credible’.",
            "Prosecutor James Whitfield said Hallam had spent the money on holidays, a sports car and "
            "gambling debts.",
            "‘He lived a life that his salary could never have paid for,’ Mr Whitfield said.",
            "In mitigation, his barrister, Sarah Cole, said her client was ‘deeply ashamed’ and had sold "
            "his home to repay part of the loss.",
            "A spokesman for South Gloucestershire Council said: ‘We welcome today’s sentence. Our "
            "thoughts are with the residents who were let down.’",
            "Hallam is said to have told friends he had won the money on horses.",
        ),
        claims=(
            ExpectedClaim("You abused the trust of a small community", "Helen Marsh", Q),
            ExpectedClaim("his claim that he had intended to repay", "Helen Marsh", R),
            ExpectedClaim("Hallam had spent the money on holidays", "James Whitfield", R),
            ExpectedClaim("He lived a life that his salary", "James Whitfield", Q),
            ExpectedClaim("her client was", "Sarah Cole", R),
            ExpectedClaim("We welcome today’s sentence.", "South Gloucestershire Council", Q),
            ExpectedClaim("Hallam is said to have told friends", None, U),
            ExpectedClaim("he had won the money on horses", "Peter Hallam", R),
        ),
    ),
    DevArticle(
        topic="business, American punctuation, curly quotes",
        text=article_text(
            "Orchard Foods to cut 1,200 jobs as sales slump",
            "Orchard Foods Inc. said Thursday it would cut 1,200 jobs, or about 8% of its workforce, "
            "after a second straight quarter of falling sales.",
            "The company’s chief executive, Dana Whitaker, said the cuts were “painful but necessary” "
            "and would save about $90 million a year.",
            "“We grew too fast during the pandemic,” Whitaker said in an interview with The Ledger. "
            "“Now we have to be honest about what our customers actually want.”",
            "Analysts were less sure. “Cutting staff doesn’t fix a product problem,” said Marcus Bell, "
            "an analyst at Harmon Securities. “They need new brands, not fewer people.”",
            "Shares of Orchard fell 6% in afternoon trading.",
            "The union representing warehouse workers called the layoffs “a betrayal.” Its president, "
            "Luis Ortega, wrote in a statement that members had been given no warning.",
            "The company declined to comment on whether further cuts were planned.",
            "Orchard is reportedly in talks to sell its frozen-food unit.",
        ),
        claims=(
            ExpectedClaim("it would cut 1,200 jobs", "Orchard Foods Inc.", R),
            ExpectedClaim("the cuts were “painful but necessary”", "Dana Whitaker", R),
            ExpectedClaim("We grew too fast during the pandemic", "Dana Whitaker", Q),
            ExpectedClaim("Now we have to be honest", "Dana Whitaker", Q),
            ExpectedClaim("Cutting staff doesn’t fix a product problem", "Marcus Bell", Q),
            ExpectedClaim("They need new brands, not fewer people.", "Marcus Bell", Q),
            ExpectedClaim("members had been given no warning", "Luis Ortega", R),
            ExpectedClaim("Orchard is reportedly in talks", None, U),
        ),
    ),
    DevArticle(
        topic="sports, British punctuation, two managers alternating",
        text=article_text(
            "Rovers stun leaders with late winner",
            "Rovers manager Gary Whelan hailed his side’s “never-say-die spirit” after a stoppage-time "
            "goal from Kofi Mensah earned a 2-1 win over league leaders Castleford.",
            "“I thought we were the better team for most of the game,” Whelan said. “The lads kept "
            "going, and that’s all I can ask.”",
            "Mensah, who joined from Exeter in the summer, said he had barely seen the ball go in.",
            "“I just hit it and hoped,” he said. “When I heard the noise, I knew.”",
            "Castleford boss Ian Pryce was unhappy with the referee. “It was never a penalty,” he said "
            "of Rovers’ first goal. “Everyone in the ground could see that.”",
            "Pryce added that his players had “switched off” in the final minutes.",
            "Whelan, asked about Pryce’s comments, smiled. “He’s entitled to his opinion,” he said.",
        ),
        claims=(
            ExpectedClaim("I thought we were the better team", "Gary Whelan", Q),
            ExpectedClaim("The lads kept going", "Gary Whelan", Q),
            ExpectedClaim("he had barely seen the ball go in", "Kofi Mensah", R),
            ExpectedClaim("I just hit it and hoped", "Kofi Mensah", Q),
            ExpectedClaim("When I heard the noise, I knew.", "Kofi Mensah", Q),
            ExpectedClaim("It was never a penalty", "Ian Pryce", Q),
            ExpectedClaim("Everyone in the ground could see that.", "Ian Pryce", Q),
            ExpectedClaim("his players had “switched off”", "Ian Pryce", R),
            ExpectedClaim("He’s entitled to his opinion", "Gary Whelan", Q),
        ),
    ),
    DevArticle(
        topic="science, according to, agentless passive",
        text=article_text(
            "Study links sleep loss to memory decline in older adults",
            "People over 65 who sleep fewer than six hours a night may lose memory faster than those who "
            "sleep longer, according to a study published Monday in the journal Neurology Today.",
            "The researchers followed 4,000 adults for eight years. Those who slept least scored about "
            "12% lower on memory tests by the end, the authors wrote.",
            '"Sleep is not a luxury for the aging brain," said Dr. Priya Raman, a neurologist at the '
            'University of Leeds who led the study. "It is when the brain clears out waste."',
            "Raman cautioned that the study showed an association, not a cause. Other experts agreed.",
            '"This is a careful piece of work, but people who sleep badly often have other health '
            'problems," said Elena Novak, a professor of psychology at Stanford University, who was not '
            "involved in the research.",
            "It was announced last year that the National Institute on Aging would fund a larger trial.",
            "The findings are likely to renew debate over sleep medication, which some doctors believe "
            "may itself harm memory.",
        ),
        claims=(
            ExpectedClaim("People over 65 who sleep fewer", "study", A),
            ExpectedClaim("Those who slept least scored", "authors", R),
            ExpectedClaim("Sleep is not a luxury for the aging brain", "Priya Raman", Q),
            ExpectedClaim("It is when the brain clears out waste.", "Priya Raman", Q),
            ExpectedClaim("the study showed an association", "Priya Raman", R),
            ExpectedClaim("This is a careful piece of work", "Elena Novak", Q),
            ExpectedClaim("the National Institute on Aging would fund", None, U),
            ExpectedClaim("may itself harm memory", "doctors", R, optional=True),
        ),
    ),
    DevArticle(
        topic="local news, British punctuation, quote over three paragraphs",
        text=article_text(
            "Residents fight plan to close library",
            "Campaigners in Ashby Green have vowed to fight a council plan to close the town’s only library.",
            "The county council said the building needed repairs costing £1.2 million that it could "
            "not afford.",
            "Margaret Doyle, 71, who has used the library for forty years, organised a petition that "
            "has gathered 3,000 signatures.",
            "“For a lot of older people here, this is the only warm place they can go in the "
            "afternoon,” she said.",
            "“It’s not just books. It’s the computer classes, the toddler groups, the job club.",
            "“Close it, and you close the heart of the town.”",
            "Councillor Raj Bhatt, the cabinet member for communities, told the Echo that no final "
            "decision had been made. “We are listening to residents,” he said, “and we will look at "
            "every option.”",
            "A public meeting will be held at the town hall on 14 March.",
            "Local MP Sophie Grant said she had written to the council to ask for the decision to be "
            "delayed.",
        ),
        claims=(
            ExpectedClaim("the building needed repairs", "county council", R),
            ExpectedClaim("For a lot of older people here", "Margaret Doyle", Q),
            ExpectedClaim("It’s not just books.", "Margaret Doyle", Q),
            ExpectedClaim("no final decision had been made", "Raj Bhatt", R),
            ExpectedClaim("We are listening to residents", "Raj Bhatt", Q),
            ExpectedClaim("and we will look at every option", "Raj Bhatt", Q),
            ExpectedClaim("she had written to the council", "Sophie Grant", R),
        ),
    ),
    DevArticle(
        topic="international, a ministry as speaker, denial, hearsay",
        text=article_text(
            "Ministry denies reports of troop build-up",
            "The defence ministry on Wednesday denied that troops were massing near the northern "
            "border, calling the reports “fabricated.”",
            "“There is no build-up. Our forces are carrying out routine exercises planned months ago,” "
            "the ministry said in a statement.",
            "Satellite images published by an independent research group appeared to show dozens of "
            "armoured vehicles near the town of Varna. The group’s director, Anna Kessler, said the "
            "images were taken on Sunday.",
            "“We stand by our analysis,” she told reporters in Geneva. “The vehicles were not there a "
            "week earlier.”",
            "Foreign Minister Pavel Orlov accused the group of spreading propaganda. He said it was "
            "funded by foreign governments, a charge Kessler rejected.",
            "“Our funding is public,” Kessler said. “Anyone can read it on our website.”",
            "Orlov later wrote on social media that the country “has nothing to hide.”",
            "Two soldiers were reportedly injured in an accident during the exercises.",
        ),
        claims=(
            ExpectedClaim("troops were massing near the northern border", "defence ministry", R),
            ExpectedClaim("There is no build-up.", "defence ministry", Q),
            ExpectedClaim("the images were taken on Sunday", "Anna Kessler", R),
            ExpectedClaim("We stand by our analysis", "Anna Kessler", Q),
            ExpectedClaim("The vehicles were not there", "Anna Kessler", Q),
            ExpectedClaim("it was funded by foreign governments", "Pavel Orlov", R),
            ExpectedClaim("Our funding is public", "Anna Kessler", Q),
            ExpectedClaim("Anyone can read it on our website.", "Anna Kessler", Q),
            ExpectedClaim("the country “has nothing to hide.”", "Pavel Orlov", R),
            ExpectedClaim("Two soldiers were reportedly injured", None, U),
        ),
    ),
    DevArticle(
        topic="local accident, police and hospital spokespeople, titles in quotes",
        text=article_text(
            "Two hurt as bus hits storefront in Millbrook",
            "MILLBROOK, Pa. — Two people were injured Saturday when a city bus jumped a curb and "
            "crashed into a bakery on Main Street, police said.",
            "The driver lost control after swerving to avoid a cyclist, according to Police Chief "
            "Dennis Hale.",
            '"It could have been much worse. The bakery had closed twenty minutes earlier," Hale told '
            "reporters at the scene.",
            "Both victims, pedestrians waiting at a nearby stop, were taken to St. Luke's Hospital with "
            "injuries that were not life-threatening, said Karen Wills, a spokeswoman for the hospital.",
            "The bakery's owner, Tony Russo, said he was just grateful nobody inside was hurt. "
            '"Windows can be replaced," he said. "People can\'t."',
            "The transit authority said the bus had passed a safety inspection in May. Its drivers are "
            'required to complete a course called "Defensive Driving in the City" every two years.',
            'Russo, who appeared on the local program "Good Morning Millbrook" on Sunday, said he hoped '
            "to reopen within a month.",
        ),
        claims=(
            ExpectedClaim("Two people were injured Saturday", "police", R),
            ExpectedClaim("The driver lost control", "Dennis Hale", A),
            ExpectedClaim("It could have been much worse.", "Dennis Hale", Q),
            ExpectedClaim("Both victims", "Karen Wills", R),
            ExpectedClaim("he was just grateful nobody inside was hurt", "Tony Russo", R),
            ExpectedClaim("Windows can be replaced", "Tony Russo", Q),
            ExpectedClaim("People can't.", "Tony Russo", Q),
            ExpectedClaim("the bus had passed a safety inspection", "transit authority", R),
            ExpectedClaim("he hoped to reopen within a month", "Tony Russo", R),
        ),
    ),
    DevArticle(
        topic="election debate, he and she alternating, verb inside the quote",
        text=article_text(
            "Rivals clash in final mayoral debate",
            "The two candidates for mayor traded sharp words Thursday night in their last debate "
            "before the election.",
            "Councilwoman Linda Park accused her opponent of ignoring the city's housing crisis. "
            '"He has had eight years on the council and built nothing," she said.',
            "Former police chief Robert Hayes fired back that Park had voted against two major "
            "housing projects.",
            '"She talks about housing," he said, "but when it came time to vote, she said no."',
            "Park said the projects would have displaced hundreds of low-income tenants. \"I'd vote "
            'the same way again," she said. "Tearing down homes to build luxury condos is not a '
            'housing plan."',
            "Hayes, in an interview with WKRN after the debate, said he expected to win by a "
            "comfortable margin.",
            "Polls show the race is close. A survey released Monday by Marist College found Park "
            "ahead by two points, within the margin of error.",
        ),
        claims=(
            ExpectedClaim("He has had eight years on the council", "Linda Park", Q),
            ExpectedClaim("Park had voted against two major", "Robert Hayes", R),
            ExpectedClaim("She talks about housing", "Robert Hayes", Q),
            ExpectedClaim("but when it came time to vote", "Robert Hayes", Q),
            ExpectedClaim("the projects would have displaced", "Linda Park", R),
            ExpectedClaim("I'd vote the same way again", "Linda Park", Q),
            ExpectedClaim("Tearing down homes", "Linda Park", Q),
            ExpectedClaim("he expected to win", "Robert Hayes", R),
            ExpectedClaim("the race is close", "Polls", R, optional=True),
            ExpectedClaim("Park ahead by two points", "survey", R, optional=True),
        ),
    ),
    DevArticle(
        topic="feature, present tense, a couple alternating",
        text=article_text(
            "A small-town baker bets on sourdough",
            "On a cold Tuesday morning, Elena Ruiz is already elbow-deep in dough.",
            '"People think baking is relaxing," she says, laughing. "It\'s the most stressful job I\'ve '
            'ever had."',
            "Ruiz, 34, opened Crumb & Co. in a former hardware store in 2021. Her husband, Mark, handles "
            "the books.",
            '"She does the magic; I do the spreadsheets," he says.',
            'Asked whether the bakery turns a profit, Ruiz hesitates. "Some months," she says. "Not all '
            'of them."',
            'Customers seem to love it. "I drive forty minutes for the rye," says Walter Brandt, a retired '
            'teacher from Elgin. "Worth every mile."',
            "Economists say small food businesses face rising costs everywhere. Flour prices have climbed "
            "roughly 30% in two years, according to the Grain Millers Association.",
            "Ruiz is undeterred. Her plan, she says, is to open a second shop next spring.",
        ),
        claims=(
            ExpectedClaim("People think baking is relaxing", "Elena Ruiz", Q),
            ExpectedClaim("the most stressful job", "Elena Ruiz", Q),
            ExpectedClaim("She does the magic", "Mark", Q),
            ExpectedClaim("Some months", "Elena Ruiz", Q),
            ExpectedClaim("Not all of them.", "Elena Ruiz", Q),
            ExpectedClaim("I drive forty minutes for the rye", "Walter Brandt", Q),
            ExpectedClaim("Worth every mile.", "Walter Brandt", Q),
            ExpectedClaim("small food businesses face rising costs", "Economists", R),
            ExpectedClaim("Flour prices have climbed", "Grain Millers Association", A),
            ExpectedClaim("is to open a second shop", "Elena Ruiz", R),
        ),
    ),
    DevArticle(
        topic="wire business story, anonymous source, statement, tweet",
        text=article_text(
            "Carmaker recalls 80,000 vehicles over brake fault",
            "DETROIT (Wire) — Halvorsen Motors is recalling about 80,000 sport utility vehicles because a "
            "faulty brake sensor can cause the brakes to engage without warning, the company said on "
            "Monday.",
            "In a filing with federal regulators, Halvorsen said it was aware of 14 crashes and three "
            "minor injuries that may be linked to the fault.",
            '"The safety of our customers comes first," the company\'s head of quality, Naomi Fischer, '
            'said in a statement. "We will fix every affected vehicle free of charge."',
            "A person familiar with the matter, who spoke on condition of anonymity because the "
            "investigation is ongoing, said engineers had flagged the problem more than a year ago.",
            "Halvorsen did not respond to questions about that account.",
            "The National Highway Traffic Safety Administration said it was reviewing whether the recall "
            'covered enough vehicles. Its acting administrator, Carl Jensen, tweeted: "We will hold '
            'manufacturers accountable."',
            'Owners are furious. "I have two kids in that car every day," said Priya Shah, whose vehicle '
            'stopped suddenly on a highway in March. "Nobody from the company has called me."',
            "Shares in Halvorsen fell 3% on the news.",
        ),
        claims=(
            ExpectedClaim("Halvorsen Motors is recalling", "Halvorsen Motors", R),
            ExpectedClaim("it was aware of 14 crashes", "Halvorsen", R),
            ExpectedClaim("The safety of our customers comes first", "Naomi Fischer", Q),
            ExpectedClaim("We will fix every affected vehicle", "Naomi Fischer", Q),
            ExpectedClaim("engineers had flagged the problem", "person familiar with the matter", R),
            ExpectedClaim("it was reviewing whether the recall", "National Highway Traffic Safety", R),
            ExpectedClaim("We will hold manufacturers accountable.", "Carl Jensen", Q),
            ExpectedClaim("I have two kids in that car", "Priya Shah", Q),
            ExpectedClaim("Nobody from the company has called me.", "Priya Shah", Q),
        ),
    ),
    DevArticle(
        topic="British politics, questions, said of, three people",
        text=article_text(
            "Minister faces questions over contract",
            "The health secretary, Claire Dunmore, has defended the award of a £2m contract to a firm run "
            "by a former adviser.",
            'Speaking to the BBC on Sunday, Ms Dunmore said the process had been "completely fair and '
            'above board".',
            "But Labour's shadow health secretary, Tom Ashworth, said the public deserved answers. \"Why "
            'was this firm chosen over a dozen cheaper bids?" he asked. "Who signed it off?"',
            "The former adviser, Julian Price, declined to comment when approached by reporters.",
            "Ms Dunmore said of Mr Ashworth's remarks: \"He is playing politics with people's health.\"",
            'A Downing Street spokeswoman said the prime minister had "full confidence" in the health '
            "secretary.",
            'Mr Ashworth later told Sky News he would write to the National Audit Office. He said: "If '
            'there is nothing to hide, there is nothing to fear from an inquiry."',
            "The contract was first reported by the Financial Times last month.",
        ),
        claims=(
            ExpectedClaim("the process had been", "Claire Dunmore", R),
            ExpectedClaim("the public deserved answers", "Tom Ashworth", R),
            ExpectedClaim("Why was this firm chosen", "Tom Ashworth", Q),
            ExpectedClaim("Who signed it off?", "Tom Ashworth", Q),
            ExpectedClaim("He is playing politics", "Claire Dunmore", Q),
            ExpectedClaim("the prime minister had", "Downing Street", R),
            ExpectedClaim("he would write to the National Audit Office", "Tom Ashworth", R),
            ExpectedClaim("If there is nothing to hide", "Tom Ashworth", Q),
        ),
    ),
)
