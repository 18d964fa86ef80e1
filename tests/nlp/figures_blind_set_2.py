"""A second blind set for figure extraction: news-style sentences on topics no earlier set uses
(fisheries, space launches, pharmacies and drug prices, school exams, marathons, courts and
crime, film, music and books, mining, telecoms, humanitarian aid, zoos and wildlife), written for
issue 13 and annotated by hand before the extractor was first run on it.

It follows the conventions of the dev set (tests/nlp/figures_dev_set.py), the fresh set and the
first blind set, plus these readings, fixed before the first run: a change "from 9 to 14" (after
a verb of change) is two figures, not a range; "flown 24 times" counts occasions, a count of
nothing like a multiplier; "a week ago" is a date of one week; "a maximum of" is at most and
"some" is approximately; "R" before money in a South African story is the rand; a network speed
is "megabit_per_second"; "54 fewer" and "1,200 of them" count their neighbour's noun; names with
numbers ("Falcon 9", "Ariane 6", "Year 11", "5G", "Route 5", "Toy Story 4", "Section 18"),
season labels ("2024/25"), clock times and ordinals ("a fourth satellite", "50th edition") are
not figures. Race clock times ("2:02:27") are left out: the format does not say how to read them.
It is scored by benchmarks/figures_dev_eval.py next to the other sets.
"""

from __future__ import annotations

from tests.nlp.figures_dev_set import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    MORE,
    B,
    DevSentence,
    M,
    age,
    ago,
    count,
    duration,
    measure,
    money,
    s,
    share,
    temperature,
)

T = 1e12
CRORE, LAKH = 1e7, 1e5

FISHERIES = (
    s(
        "Norway's fleet of 5,900 fishing vessels landed 2.4 million tonnes of fish worth 38 billion"
        " Norwegian kroner.",
        count("5,900 fishing vessels", 5900, "vessel"),
        measure("2.4 million tonnes", 2.4 * M, "metric_ton"),
        money("38 billion Norwegian kroner", 38 * B, "NOK"),
    ),
    s(
        "Mackerel fetched €2.15 a kilo at the Killybegs auction, down from €2.60 a week ago.",
        money("€2.15", 2.15, "EUR"),
        money("€2.60", 2.6, "EUR"),
        ago("a week ago", 1, "week"),
    ),
    s(
        "The number of registered trawlers in the port fell by 40 to 212.",
        count("40", 40, "trawler"),
        count("212", 212, "trawler"),
    ),
    s(
        "Scientists advised a catch of between 350,000 and 400,000 tonnes of herring.",
        measure("between 350,000 and 400,000 tonnes", 350_000, "metric_ton", low=350_000, high=400_000),
    ),
    s(
        "The salmon farm's 14 pens hold nearly half a million fish.",
        count("14 pens", 14, "pen"),
        count("nearly half a million fish", 500_000, "fish", ABOUT),
    ),
    s("A licence to fish for lobster now costs C$1,850 a season.", money("C$1,850", 1850, "CAD")),
    s(
        "Dozens of trawlers blockaded the port on Monday.",
        count("Dozens of trawlers", 24, "trawler", AT_LEAST),
    ),
    s(
        "The harbour will get two and a half million euros for a new fish market.",
        money("two and a half million euros", 2.5 * M, "EUR"),
    ),
    s("The new crane at the fish market can lift 120 t.", measure("120 t", 120, "metric_ton")),
    s("Some ¾ of the quota has already been landed.", share("Some ¾", 75, ABOUT)),
)

SPACE = (
    s(
        "A Falcon 9 rocket lifted off on Tuesday carrying 23 Starlink satellites to an orbit of 530 km.",
        count("23 Starlink satellites", 23, "satellite"),
        measure("530 km", 530, "kilometer"),
    ),
    s(
        "The European Space Agency has ordered four Ariane 6 rockets for its science missions.",
        count("four", 4, "rocket"),
    ),
    s(
        "Each satellite weighs about 800 kg and travels at roughly 27,000 km/h.",
        measure("about 800 kg", 800, "kilogram", ABOUT),
        measure("roughly 27,000 km/h", 27_000, "kilometer_per_hour", ABOUT),
    ),
    s(
        "The agency's budget for 2025 is ₹13,042 crore, up 4% on last year.",
        money("₹13,042 crore", 13_042 * CRORE, "INR"),
        share("4%", 4),
    ),
    s("The company has flown its reusable booster 24 times.", count("24 times", 24, None)),
    s("Japan's H3 rocket put a 4-tonne weather satellite into orbit.", measure("4-tonne", 4, "metric_ton")),
    s("The launch has been delayed by a year and a half.", duration("a year and a half", 1.5, "year")),
    s(
        "The budget of $90 million covers $50 million for the rover and $30 million for the launch.",
        money("$90 million", 90 * M, "USD"),
        money("$50 million", 50 * M, "USD"),
        money("$30 million", 30 * M, "USD"),
    ),
    s(
        "South Korea's space agency will receive ₩1.5 trillion over a decade.",
        money("₩1.5 trillion", 1.5 * T, "KRW"),
        duration("a decade", 1, "decade"),
    ),
)

PHARMACY = (
    s(
        "The prescription charge in England will rise by 25p to £9.90 an item.",
        money("25p", 25, "penny"),
        money("£9.90", 9.9, "GBP"),
    ),
    s(
        "The weight-loss injection costs about $1,000 a month in the US but £150 in Britain.",
        money("about $1,000", 1000, "USD", ABOUT),
        money("£150", 150, "GBP"),
    ),
    s(
        "Patients take the drug in 10 and 20 mg tablets once a day.",
        measure("10", 10, "milligram"),
        measure("20 mg", 20, "milligram"),
    ),
    s(
        "The chain will close 300 of its 2,200 pharmacies by the end of the year.",
        count("300", 300, "pharmacy"),
        count("2,200 pharmacies", 2200, "pharmacy"),
    ),
    s(
        "A 28-day course of the cancer drug costs £4,250 on the NHS.",
        duration("28-day", 28, "day"),
        money("£4,250", 4250, "GBP"),
    ),
    s(
        "The generic version sells for A$7.30 a pack, roughly a fifth of the branded price.",
        money("A$7.30", 7.3, "AUD"),
        share("roughly a fifth", 20, ABOUT),
    ),
    s(
        "The global pharmaceutical market is worth about $1.6tn.",
        money("about $1.6tn", 1.6 * T, "USD", ABOUT),
    ),
    s("Sales of over-the-counter painkillers rose 8.2pc in the year.", share("8.2pc", 8.2)),
    s("The drug costs Rs 1.2 lakh for a full course in India.", money("Rs 1.2 lakh", 1.2 * LAKH, "INR")),
    s(
        "Pharmacists voted 1,482 to 310 in favour of strike action.",
        count("1,482", 1482, "vote"),
        count("310", 310, "vote"),
    ),
)

EXAMS = (
    s(
        "Year 11 pupils sat 5.4 million GCSE exams this summer.",
        count("5.4 million GCSE exams", 5.4 * M, "exam"),
    ),
    s(
        "The pass rate rose to 67.8 per cent, up 2.1 percentage points on last year.",
        share("67.8 per cent", 67.8),
        share("2.1 percentage points", 2.1, unit="percentage_point"),
    ),
    s(
        "Nine out of 10 candidates passed the driving theory test at the first attempt.",
        share("Nine out of 10", 90),
    ),
    s(
        "Almost 740,000 students sat the baccalaureate in France, and 91% of them passed.",
        count("Almost 740,000 students", 740_000, "student", ABOUT),
        share("91%", 91),
    ),
    s(
        "Applications to study medicine rose 12% to 28,690 this year.",
        share("12%", 12),
        count("28,690", 28_690, "application"),
    ),
    s(
        "The board re-marked 4,100 papers after complaints, and grades went up on 1,260 of them.",
        count("4,100 papers", 4100, "paper"),
        count("1,260", 1260, "paper"),
    ),
    s(
        "A third of 18-year-olds in Scotland now go to university.",
        share("A third", 100 / 3),
        age("18-year-olds", 18),
    ),
)

MARATHON = (
    s(
        "A record 55,646 runners finished the London Marathon on Sunday.",
        count("55,646 runners", 55_646, "runner"),
    ),
    s(
        "The 24-year-old Kenyan broke the course record by 16 seconds.",
        age("24-year-old", 24),
        duration("16 seconds", 16, "second"),
    ),
    s(
        "The course covers 42.195 km and climbs about 150 metres over the last 10 km.",
        measure("42.195 km", 42.195, "kilometer"),
        measure("about 150 metres", 150, "meter", ABOUT),
        measure("10 km", 10, "kilometer"),
    ),
    s(
        "Runners raised £73.4m for charity, about £1,300 each.",
        money("£73.4m", 73.4 * M, "GBP"),
        money("about £1,300", 1300, "GBP", ABOUT),
    ),
    s(
        "Nearly 840,000 people applied for a place in the ballot, which has only 17,500 slots.",
        count("Nearly 840,000 people", 840_000, "people", ABOUT),
        count("17,500 slots", 17_500, "slot"),
    ),
    s(
        "She ran the second half in 68 minutes, three minutes faster than the first.",
        duration("68 minutes", 68, "minute"),
        duration("three minutes", 3, "minute"),
    ),
    s(
        "Temperatures hit 24C by midday, and 1,020 runners needed treatment for heat.",
        temperature("24C", 24, "degree_celsius"),
        count("1,020 runners", 1020, "runner"),
    ),
)

COURTS = (
    s("The former bank executive was jailed for 14 years for fraud.", duration("14 years", 14, "year")),
    s(
        "The Supreme Court ruled 6-3 that the law was constitutional.",
        count("6", 6, "vote"),
        count("3", 3, "vote"),
    ),
    s(
        "He served 27 months of a 40-month sentence before he was released on parole.",
        duration("27 months", 27, "month"),
        duration("40-month", 40, "month"),
    ),
    s(
        "Under Section 18 of the act, the offence carries a maximum of five years in prison.",
        duration("five years", 5, "year", AT_MOST),
    ),
    s(
        "The court in Stockholm ordered the firm to pay 2.6 million kronor to 31 former workers.",
        money("2.6 million kronor", 2.6 * M, "SEK"),
        count("31 former workers", 31, "worker"),
    ),
    s(
        "Police seized 1.3 tonnes of cocaine hidden in a shipment of bananas, worth an estimated €95 million.",
        measure("1.3 tonnes", 1.3, "metric_ton"),
        money("an estimated €95 million", 95 * M, "EUR", ABOUT),
    ),
    s(
        "Burglaries fell by 9% to 197,000 in the year to March.",
        share("9%", 9),
        count("197,000", 197_000, "burglary"),
    ),
    s(
        "The trial, expected to last between eight and ten weeks, will hear from 60 witnesses.",
        duration("between eight and ten weeks", 8, "week", low=8, high=10),
        count("60 witnesses", 60, "witness"),
    ),
    s("The couple were awarded £750k in damages.", money("£750k", 750_000, "GBP")),
)

CULTURE = (
    s(
        "Toy Story 4 took $120.9m in North America on its opening weekend.",
        money("$120.9m", 120.9 * M, "USD"),
    ),
    s(
        "The film opened in 4,575 cinemas and runs for 100 minutes.",
        count("4,575 cinemas", 4575, "cinema"),
        duration("100 minutes", 100, "minute"),
    ),
    s(
        "The tour sold 2.2 million tickets across 52 dates and grossed more than $1bn.",
        count("2.2 million tickets", 2.2 * M, "ticket"),
        count("52 dates", 52, "date"),
        money("more than $1bn", 1 * B, "USD", MORE),
    ),
    s(
        "The singer's six shows in Hong Kong grossed HK$310 million.",
        count("six shows", 6, "show"),
        money("HK$310 million", 310 * M, "HKD"),
    ),
    s(
        "The novel has sold three and a half million copies in 40 languages.",
        count("three and a half million copies", 3.5 * M, "copy"),
        count("40 languages", 40, "language"),
    ),
    s(
        "Channel 4 drew an average audience of 7.2 million viewers for the final.",
        count("7.2 million viewers", 7.2 * M, "viewer"),
    ),
)

MINING = (
    s(
        "The mine produced 1.8 million ounces of gold last year at a cost of $1,250 an ounce.",
        measure("1.8 million ounces", 1.8 * M, "ounce"),
        money("$1,250", 1250, "USD"),
    ),
    s(
        "Miners unearthed a 2,492-carat diamond in Botswana, the largest found in more than a century.",
        measure("2,492-carat", 2492, "carat"),
        duration("more than a century", 1, "century", MORE),
    ),
    s(
        "Copper output fell 6% to 1.4 million tonnes as the ore grade dropped to 0.6%.",
        share("6%", 6),
        measure("1.4 million tonnes", 1.4 * M, "metric_ton"),
        share("0.6%", 0.6),
    ),
    s(
        "The shaft reaches 2.4 km below the surface, where the rock is 60C.",
        measure("2.4 km", 2.4, "kilometer"),
        temperature("60C", 60, "degree_celsius"),
    ),
    s(
        "The company will invest R4.5 billion in the platinum mine and create 1,100 jobs.",
        money("R4.5 billion", 4.5 * B, "ZAR"),
        count("1,100 jobs", 1100, "job"),
    ),
    s(
        "Lithium prices have fallen by almost three-quarters since the peak two years ago.",
        share("almost three-quarters", 75, ABOUT),
        ago("two years ago", 2, "year"),
    ),
    s(
        "The quarry sends 40 to 50 trucks a day down the valley road.",
        count("40 to 50 trucks", 40, "truck", low=40, high=50),
    ),
)

TELECOMS = (
    s("The operator's 5G network now reaches 92% of the population.", share("92%", 92)),
    s(
        "Full-fibre broadband offers speeds of up to 900 Mbps for £35 a month.",
        measure("up to 900 Mbps", 900, "megabit_per_second", AT_MOST),
        money("£35", 35, "GBP"),
    ),
    s(
        "The government will spend £5bn to connect 1.1 million rural homes by 2030.",
        money("£5bn", 5 * B, "GBP"),
        count("1.1 million rural homes", 1.1 * M, "home"),
    ),
    s(
        "The Pixel 9 costs $799 and comes with 128 GB of storage and a 6.3 in screen.",
        money("$799", 799, "USD"),
        measure("128 GB", 128, "gigabyte"),
        measure("6.3 in", 6.3, "inch"),
    ),
    s(
        "The mast is 45 metres tall and serves around 3,000 customers within a radius of 8 km.",
        measure("45 metres", 45, "meter"),
        count("around 3,000 customers", 3000, "customer", ABOUT),
        measure("8 km", 8, "kilometer"),
    ),
    s(
        "Outages left more than 400,000 customers without a signal for up to six hours.",
        count("more than 400,000 customers", 400_000, "customer", MORE),
        duration("up to six hours", 6, "hour", AT_MOST),
    ),
    s(
        "Route 5 in the city centre was closed while engineers laid 3 km of cable.",
        measure("3 km", 3, "kilometer"),
    ),
)

AID = (
    s(
        "The UN appealed for $2.8bn, but only 38% of the money has arrived.",
        money("$2.8bn", 2.8 * B, "USD"),
        share("38%", 38),
    ),
    s(
        "Aid agencies delivered 3,000 tents and 40,000 litres of drinking water.",
        count("3,000 tents", 3000, "tent"),
        measure("40,000 litres", 40_000, "liter"),
    ),
    s(
        "New Zealand pledged NZ$5 million and Singapore S$2 million in emergency aid.",
        money("NZ$5 million", 5 * M, "NZD"),
        money("S$2 million", 2 * M, "SGD"),
    ),
    s(
        "One in four children in the camps is malnourished, and 1,200 of them need hospital care.",
        share("One in four", 25),
        count("1,200", 1200, "child"),
    ),
    s(
        "The charity raised £2.4 million: £1.5 million from the public and £900,000 from companies.",
        money("£2.4 million", 2.4 * M, "GBP"),
        money("£1.5 million", 1.5 * M, "GBP"),
        money("£900,000", 900_000, "GBP"),
    ),
    s(
        "The flood displaced some 250,000 people and destroyed 18,000 hectares of rice.",
        count("some 250,000 people", 250_000, "people", ABOUT),
        measure("18,000 hectares", 18_000, "hectare"),
    ),
    s("Engineers trucked in 600 m³ of water a day.", measure("600 m³", 600, "cubic_meter")),
)

WILDLIFE = (
    s(
        "The wolf population in the park grew from 9 to 14 animals.",
        count("9", 9, "animal"),
        count("14 animals", 14, "animal"),
    ),
    s(
        "Rangers counted 1,130 elephants in the reserve, up from 980 three decades ago.",
        count("1,130 elephants", 1130, "elephant"),
        count("980", 980, "elephant"),
        ago("three decades ago", 3, "decade"),
    ),
    s(
        "Poachers killed 394 rhinos last year, 54 fewer than in 2022.",
        count("394 rhinos", 394, "rhino"),
        count("54 fewer", 54, "rhino"),
    ),
    s(
        "The reserve covers 3,400 square miles of savannah.",
        measure("3,400 square miles", 3400, "square_mile"),
    ),
    s("Entry to the park costs 18 € for adults.", money("18 €", 18, "EUR")),
)

NOT_FIGURES = (
    s("The 50th edition of the race starts at 9.30am on 27 April."),
    s("A fourth satellite failed to reach orbit."),
    s("The A9 between Perth and Inverness reopened on Friday."),
    s("The ruling was published at 10:00 GMT on 3 June."),
    s("Quotas for the 2024/25 season were agreed in December."),
)

BLIND_SET_2: tuple[DevSentence, ...] = (
    *FISHERIES,
    *SPACE,
    *PHARMACY,
    *EXAMS,
    *MARATHON,
    *COURTS,
    *CULTURE,
    *MINING,
    *TELECOMS,
    *AID,
    *WILDLIFE,
    *NOT_FIGURES,
)
