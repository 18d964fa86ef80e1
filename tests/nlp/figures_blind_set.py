"""A blind set for figure extraction: news-style sentences on topics the dev and fresh sets do not
use (aviation, consumer technology, farming and wine, local elections, housing, public budgets,
retail and labour, roads and shipping, energy, schools, the press), written for issue 13 and
annotated by hand before the extractor was first run on it.

It follows the dev set's conventions (tests/nlp/figures_dev_set.py) and the fresh set's, plus:
model, product, route and road numbers ("787-9", "i7 860", "Voyager 2", "M25", "Highway 1") are
not figures, nor is an ordinal ("a third buyer"); a vote tally ("voted 7 to 2", "52-48") is two
counts of votes, not a range; an elided count ("fell by 30 to 126", "300 of them") counts the
noun its neighbour counts; a rate keeps the unit of its amount ("$15.40/hour" is USD) unless the
unit tables name the rate ("80 km an hour"); "T" after money is trillion; a total followed by
its parts lists every amount as its own figure (the parts check is tested in test_checks.py).
It is scored by benchmarks/figures_dev_eval.py next to the dev and fresh sets.
"""

from __future__ import annotations

from tests.nlp.figures_dev_set import (
    ABOUT,
    AT_MOST,
    MORE,
    B,
    DevSentence,
    M,
    ago,
    count,
    duration,
    measure,
    money,
    s,
    share,
)

T = 1e12

AVIATION = (
    s("Boeing delivered five 787 Dreamliner jets to the carrier in March.", count("five", 5, "jet")),
    s(
        "The airline grounded its 737 Max fleet of 41 aircraft for three weeks.",
        count("41 aircraft", 41, "aircraft"),
        duration("three weeks", 3, "week"),
    ),
    s(
        "The 787-9 seats 242 to 330 passengers depending on the layout.",
        count("242 to 330 passengers", 242, "passenger", low=242, high=330),
    ),
    s("Pilots at the carrier earn up to $210,000 a year.", money("up to $210,000", 210_000, "USD", AT_MOST)),
    s(
        "The flight from Lisbon to Boston takes six and a half hours.",
        duration("six and a half hours", 6.5, "hour"),
    ),
    s("Ground staff are paid $15.40/hour under the new contract.", money("$15.40", 15.4, "USD")),
    s(
        "The new terminal cost $1.6 billion and can handle 25 million passengers a year.",
        money("$1.6 billion", 1.6 * B, "USD"),
        count("25 million passengers", 25 * M, "passenger"),
    ),
)

TECHNOLOGY = (
    s("The laptop runs on an i7 860 processor and weighs 1.3 kg.", measure("1.3 kg", 1.3, "kilogram")),
    s(
        "The company sold 2.5 million Galaxy S23 handsets in the spring.",
        count("2.5 million", 2.5 * M, "handset"),
    ),
    s(
        "The new television has a 55 in screen and costs 899 €.",
        measure("55 in", 55, "inch"),
        money("899 €", 899, "EUR"),
    ),
    s("Apple's market value stood at $3T on Wednesday.", money("$3T", 3 * T, "USD")),
    s("The fund manages €2.1T in assets.", money("€2.1T", 2.1 * T, "EUR")),
    s(
        "The phone's battery lasts a day and a half on a single charge.",
        duration("a day and a half", 1.5, "day"),
    ),
    s("Streaming subscriptions cost £10.99 per month after the increase.", money("£10.99", 10.99, "GBP")),
)

FARMING = (
    s("Each truck carries 40 t of grain to the port.", measure("40 t", 40, "metric_ton")),
    s(
        "The olive harvest fell 18% to 1.4 million tonnes after a dry summer.",
        share("18%", 18),
        measure("1.4 million tonnes", 1.4 * M, "metric_ton"),
    ),
    s(
        "The winery sells its reserve in 75 cl bottles for 32 €.",
        measure("75 cl", 75, "centiliter"),
        money("32 €", 32, "EUR"),
    ),
    s("Two thirds of the wheat crop was lost to the floods.", share("Two thirds", 200 / 3)),
    s("The cooperative pays pickers 12 euros an hour.", money("12 euros", 12, "EUR")),
    s("Only ⅓ of the orchards were insured.", share("⅓", 100 / 3)),
    s("Dairy farmers received 38 cents per litre of milk in May.", money("38 cents", 38, "cent")),
    s(
        "The herd grew by 45 to 310 cows.",
        count("45", 45, "cow"),
        count("310 cows", 310, "cow"),
    ),
    s(
        "The two tablets contain 45 and 50 mg of the active ingredient.",
        measure("45", 45, "milligram"),
        measure("50 mg", 50, "milligram"),
    ),
)

ELECTIONS = (
    s(
        "The council voted 7 to 2 to approve the new cycle lanes.",
        count("7", 7, "vote"),
        count("2", 2, "vote"),
    ),
    s(
        "The bill passed the Senate 52-48 after a long debate.",
        count("52", 52, "vote"),
        count("48", 48, "vote"),
    ),
    s(
        "Turnout in the mayoral race was 41 percent, down from 47 percent four years ago.",
        share("41 percent", 41),
        share("47 percent", 47),
        ago("four years ago", 4, "year"),
    ),
    s(
        "The mayor won 18,402 votes, about 2,000 more than her rival.",
        count("18,402 votes", 18_402, "vote"),
        count("about 2,000", 2000, "vote", ABOUT),
    ),
    s(
        "Mayor Ana Lima said the city would plant 5,000 trees by 2028.",
        count("5,000 trees", 5000, "tree"),
    ),
    s(
        "Nearly two and a half million people signed the petition.",
        count("Nearly two and a half million people", 2.5 * M, "people", ABOUT),
    ),
    s(
        "The referendum was held a year and a half after the protests.",
        duration("a year and a half", 1.5, "year"),
    ),
    s(
        "The school board voted 5-4 to delay the decision.",
        count("5", 5, "vote"),
        count("4", 4, "vote"),
    ),
)

HOUSING = (
    s("The average rent in the district is €1,450 per month.", money("€1,450", 1450, "EUR")),
    s("The plot covers 2.3 km^2 on the edge of town.", measure("2.3 km^2", 2.3, "square_kilometer")),
    s(
        "The new park will cover 4 km squared of former docklands.",
        measure("4 km squared", 4, "square_kilometer"),
    ),
    s("The nature reserve spans 86 km² of wetland.", measure("86 km²", 86, "square_kilometer")),
    s(
        "The developer plans 1,200 homes, 300 of them affordable.",
        count("1,200 homes", 1200, "home"),
        count("300", 300, "home"),
    ),
    s(
        "House prices in the suburb rose 9% over twelve months and now average £410,000.",
        share("9%", 9),
        duration("twelve months", 12, "month"),
        money("£410,000", 410_000, "GBP"),
    ),
    s(
        "The tower's 48 floors hold 620 apartments.",
        count("48 floors", 48, "floor"),
        count("620 apartments", 620, "apartment"),
    ),
    s("The new bypass is ½ mile long.", measure("½ mile", 0.5, "mile")),
)

BUDGETS = (
    s(
        "The city set aside $12 million: $5 million for roads, $4 million for schools and $3 million for parks.",
        money("$12 million", 12 * M, "USD"),
        money("$5 million", 5 * M, "USD"),
        money("$4 million", 4 * M, "USD"),
        money("$3 million", 3 * M, "USD"),
    ),
    s(
        "The grant of £9 million is split into £4 million for research and £3 million for equipment.",
        money("£9 million", 9 * M, "GBP"),
        money("£4 million", 4 * M, "GBP"),
        money("£3 million", 3 * M, "GBP"),
    ),
    s(
        "The region will receive €30m, with €18m for rail and €12m for buses.",
        money("€30m", 30 * M, "EUR"),
        money("€18m", 18 * M, "EUR"),
        money("€12m", 12 * M, "EUR"),
    ),
    s(
        "The solar project costs 250 million euros, of which 100 million euros come from the EU.",
        money("250 million euros", 250 * M, "EUR"),
        money("100 million euros", 100 * M, "EUR"),
    ),
)

LABOUR = (
    s("Warehouse workers will earn $18 an hour from January.", money("$18", 18, "USD")),
    s("Staff at the chain work 37.5 hours per week.", duration("37.5 hours", 37.5, "hour")),
    s(
        "The retailer will close 23 stores and cut 1,100 jobs.",
        count("23 stores", 23, "store"),
        count("1,100 jobs", 1100, "job"),
    ),
    s(
        "The supermarket's 38 checkout lanes were reduced to 20.",
        count("38 checkout lanes", 38, "lane"),
        count("20", 20, "lane"),
    ),
    s(
        "The bank cut its branches by 30 to 126.",
        count("30", 30, "branch"),
        count("126", 126, "branch"),
    ),
    s("A third of shoppers now pay by phone.", share("A third", 100 / 3)),
    s("Only 3 in 10 renters say they can afford to buy.", share("3 in 10", 30)),
)

TRANSPORT = (
    s(
        "Traffic on the M25 was held up for 90 minutes after a crash near junction 10.",
        duration("90 minutes", 90, "minute"),
    ),
    s(
        "Highway 1 reopened after a 12-mile stretch was cleared of rocks.",
        measure("12-mile", 12, "mile"),
    ),
    s("The number 38 bus now runs every 8 minutes.", duration("8 minutes", 8, "minute")),
    s(
        "The container ship carries 24,000 containers and is 400 metres long.",
        count("24,000 containers", 24_000, "container"),
        measure("400 metres", 400, "meter"),
    ),
    s(
        "The port handled 8.6 million tonnes of cargo, up 4% on last year.",
        measure("8.6 million tonnes", 8.6 * M, "metric_ton"),
        share("4%", 4),
    ),
    s(
        "Trucks are limited to 80 km an hour on the mountain pass.",
        measure("80 km an hour", 80, "kilometer_per_hour"),
    ),
    s(
        "The courier firm delivers 1.2 million parcels a day.",
        count("1.2 million parcels", 1.2 * M, "parcel"),
    ),
    s(
        "Voyager 2 is now more than 20 billion kilometres from Earth.",
        measure("more than 20 billion kilometres", 20 * B, "kilometer", MORE),
    ),
)

ENERGY = (
    s(
        "The wind farm's 64 turbines will generate 1.1 GW at full output.",
        count("64 turbines", 64, "turbine"),
        measure("1.1 GW", 1.1, "gigawatt"),
    ),
    s(
        "Household energy bills will rise by £120 a year to £1,834.",
        money("£120", 120, "GBP"),
        money("£1,834", 1834, "GBP"),
    ),
    s("The plant burned 3 million t of coal in 2023.", measure("3 million t", 3 * M, "metric_ton")),
    s(
        "Petrol now costs €1.89 per litre, 15 cents more than in March.",
        money("€1.89", 1.89, "EUR"),
        money("15 cents", 15, "cent"),
    ),
)

SCHOOLS_AND_PRESS = (
    s(
        "The university admitted 3,400 students, 40% of them from abroad.",
        count("3,400 students", 3400, "student"),
        share("40%", 40),
    ),
    s(
        "Teachers will get a 6.5% raise over two years.",
        share("6.5%", 6.5),
        duration("two years", 2, "year"),
    ),
    s(
        "Class sizes average 28 pupils, compared with 22 in private schools.",
        count("28 pupils", 28, "pupil"),
        count("22", 22, "pupil"),
    ),
    s("The newspaper's print edition sells 210,000 copies a day.", count("210,000 copies", 210_000, "copy")),
)

NOT_FIGURES = (
    s("A third buyer has expressed interest in the ailing regional airline."),
    s("The Boeing 737 Max returned to service in China."),
    s("The chipmaker launched the i7 860 in 2009."),
    s("The A320neo and the 787-9 dominated the air show."),
    s("Route 9 and Interstate 95 were closed by snow."),
    s("Voyager 2 sent its last photograph of Neptune in 1989."),
)

BLIND_SET: tuple[DevSentence, ...] = (
    *AVIATION,
    *TECHNOLOGY,
    *FARMING,
    *ELECTIONS,
    *HOUSING,
    *BUDGETS,
    *LABOUR,
    *TRANSPORT,
    *ENERGY,
    *SCHOOLS_AND_PRESS,
    *NOT_FIGURES,
)
