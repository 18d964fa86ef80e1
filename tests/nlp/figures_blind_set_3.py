"""A third blind set for figure extraction: news-style sentences on topics the dev, fresh and
first blind sets do not use (mining, museums and auctions, software releases, hospital waiting
lists, concert and match tickets, floods and water, courts and crime, fisheries, zoos and
wildlife, rail timetables, telecoms, charity appeals), written for issue 13 and annotated by
hand before the extractor was first run on it.

It follows the conventions of the dev set (tests/nlp/figures_dev_set.py), the fresh set and the
first blind set (tests/nlp/figures_blind_set.py), plus these: a change written "from $9.99 to
$12.99" or "up from ¥42,000" is two figures, not a range; "Mt" after a number is million metric
tons; "a month's worth" and similar are not figures; clock times ("07:20", "6.45pm"), platform,
gate, junction, version and network-generation numbers ("Version 4.2", "iOS 17", "3G") are not
figures; a rate whose unit the tables do not yet name keeps the name a reader would give it
("cubic_meter_per_second", "megabit_per_second"). It is scored by benchmarks/figures_dev_eval.py
next to the other sets.
"""

from __future__ import annotations

from tests.nlp.figures_dev_set import (
    ABOUT,
    AT_LEAST,
    AT_MOST,
    LESS,
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
)

MINING = (
    s(
        "The mine produced 412,000 ounces of gold last year, up 6% on 2023.",
        measure("412,000 ounces", 412_000, "ounce"),
        share("6%", 6),
    ),
    s(
        "Copper output at the pit fell to 1.05 million tonnes as ore grades declined.",
        measure("1.05 million tonnes", 1.05 * M, "metric_ton"),
    ),
    s(
        "The company will spend A$3.4bn to extend the mine's life by 15 years.",
        money("A$3.4bn", 3.4 * B, "AUD"),
        duration("15 years", 15, "year"),
    ),
    s(
        "The shaft reaches a depth of 2.1 km, and miners descend in a cage that carries 120 people.",
        measure("2.1 km", 2.1, "kilometer"),
        count("120 people", 120, "people"),
    ),
    s(
        "Of the 640 workers on the site, 85 were laid off in June.",
        count("640 workers", 640, "worker"),
        count("85", 85, "worker"),
    ),
    s("The miner shipped 3.2 Mt of iron ore in the quarter.", measure("3.2 Mt", 3.2 * M, "metric_ton")),
    s(
        "Rescuers freed 11 of the 14 trapped miners after 36 hours underground.",
        count("11 of", 11, "miner"),
        count("14 trapped miners", 14, "miner"),
        duration("36 hours", 36, "hour"),
    ),
    s(
        "The 1,098-carat diamond sold for $40 million in Antwerp.",
        measure("1,098-carat", 1098, "carat"),
        money("$40 million", 40 * M, "USD"),
    ),
    s(
        "The state-owned miner raised wages by Rs 1,500 crore for its 230,000 employees.",
        money("Rs 1,500 crore", 1.5e10, "INR"),
        count("230,000 employees", 230_000, "employee"),
    ),
    s("Vale paid R$8.6 billion in dividends to shareholders.", money("R$8.6 billion", 8.6 * B, "BRL")),
)

MUSEUMS = (
    s(
        "The Louvre welcomed 8.7 million visitors last year, still below the 10.2 million of 2018.",
        count("8.7 million visitors", 8.7 * M, "visitor"),
        count("10.2 million", 10.2 * M, "visitor"),
    ),
    s(
        "Entry to the exhibition costs €22, or €17 for students.",
        money("€22", 22, "EUR"),
        money("€17", 17, "EUR"),
    ),
    s(
        "The museum's 1,400 square metre extension opened on Saturday.",
        measure("1,400 square metre", 1400, "square_meter"),
    ),
    s(
        "A painting by Turner fetched £3.8m at auction, against an estimate of £1.5m to £2m.",
        money("£3.8m", 3.8 * M, "GBP"),
        money("£1.5m to £2m", 1.5 * M, "GBP", low=1.5 * M, high=2 * M),
    ),
    s(
        "The collection holds some 2 million objects, fewer than 5% of which are on display.",
        count("some 2 million objects", 2 * M, "object", ABOUT),
        share("fewer than 5%", 5, LESS),
    ),
    s("The 17th-century vase was restored over eight months.", duration("eight months", 8, "month")),
    s(
        "Attendance at regional museums is down by a quarter since the pandemic.",
        share("a quarter", 25),
    ),
    s(
        "The museum was closed for a year and a half while the roof was replaced.",
        duration("a year and a half", 1.5, "year"),
    ),
    s(
        "Half a million people saw the exhibition before it closed.",
        count("Half a million people", 500_000, "people"),
    ),
    s(
        "The museum's £45m budget breaks down into £30m from the state, £10m from donors and £5m from tickets.",
        money("£45m", 45 * M, "GBP"),
        money("£30m", 30 * M, "GBP"),
        money("£10m", 10 * M, "GBP"),
        money("£5m", 5 * M, "GBP"),
    ),
)

SOFTWARE = (
    s("Version 4.2 of the app fixes 37 bugs and adds a dark mode.", count("37 bugs", 37, "bug")),
    s(
        "The update is 1.8 GB and takes about 20 minutes to install.",
        measure("1.8 GB", 1.8, "gigabyte"),
        duration("about 20 minutes", 20, "minute", ABOUT),
    ),
    s(
        "Windows 10 still runs on about 60% of the company's 45,000 computers.",
        share("about 60%", 60, ABOUT),
        count("45,000 computers", 45_000, "computer"),
    ),
    s(
        "The open-source project has 12,500 contributors and ships a release every six weeks.",
        count("12,500 contributors", 12_500, "contributor"),
        duration("six weeks", 6, "week"),
    ),
    s(
        "The streaming subscription rises from $9.99 to $12.99 a month in May.",
        money("$9.99", 9.99, "USD"),
        money("$12.99", 12.99, "USD"),
    ),
    s(
        "The chip has 24 cores and runs at up to 5.8 GHz.",
        count("24 cores", 24, "core"),
        measure("up to 5.8 GHz", 5.8, "gigahertz", AT_MOST),
    ),
    s(
        "The firm's cloud unit grew revenue 29% to $10.3bn in the quarter.",
        share("29%", 29),
        money("$10.3bn", 10.3 * B, "USD"),
    ),
    s(
        "The game sold more than 4 million copies within a week of its release.",
        count("more than 4 million copies", 4 * M, "copy", MORE),
        duration("within a week", 1, "week", AT_MOST),
    ),
)

HOSPITALS = (
    s(
        "Some 7.6 million people are waiting for routine operations in England.",
        count("Some 7.6 million people", 7.6 * M, "people", ABOUT),
    ),
    s(
        "More than 300,000 patients have waited over a year for treatment.",
        count("More than 300,000 patients", 300_000, "patient", MORE),
        duration("over a year", 1, "year", MORE),
    ),
    s(
        "Ambulances took an average of 47 minutes to reach heart attack patients, against a target of 18 minutes.",
        duration("47 minutes", 47, "minute"),
        duration("18 minutes", 18, "minute"),
    ),
    s(
        "The trust spent £92m on agency nurses, a 14% rise on the year before.",
        money("£92m", 92 * M, "GBP"),
        share("14%", 14),
    ),
    s(
        "Nine in 10 hospitals were running at more than 95% occupancy.",
        share("Nine in 10", 90),
        share("more than 95%", 95, MORE),
    ),
    s(
        "The new wing adds 120 beds and 6 operating theatres.",
        count("120 beds", 120, "bed"),
        count("6 operating theatres", 6, "theatre"),
    ),
    s(
        "Junior doctors will get a 22% pay rise over two years, worth about £1.5bn.",
        share("22%", 22),
        duration("two years", 2, "year"),
        money("about £1.5bn", 1.5 * B, "GBP", ABOUT),
    ),
    s(
        "Some patients waited 4 to 12 hours on trolleys.",
        duration("4 to 12 hours", 4, "hour", low=4, high=12),
    ),
    s(
        "The tablets come in 250 and 500 mg doses.",
        measure("250", 250, "milligram"),
        measure("500 mg", 500, "milligram"),
    ),
    s("Nurses on the ward work 48 hours a week.", duration("48 hours", 48, "hour")),
)

TICKETS = (
    s(
        "Tickets for the band's stadium tour cost between £85 and £215.",
        money("between £85 and £215", 85, "GBP", low=85, high=215),
    ),
    s(
        "The festival sold all 70,000 weekend passes in 40 minutes.",
        count("70,000 weekend passes", 70_000, "pass"),
        duration("40 minutes", 40, "minute"),
    ),
    s(
        "Resale sites listed seats at up to ten times their face value.",
        count("up to ten times", 10, None, AT_MOST),
    ),
    s(
        "A season ticket at the club now costs ¥48,000, up from ¥42,000.",
        money("¥48,000", 48_000, "JPY"),
        money("¥42,000", 42_000, "JPY"),
    ),
    s(
        "The singer played three sold-out shows at the 20,000-seat arena.",
        count("three sold-out shows", 3, "show"),
        count("20,000-seat", 20_000, "seat"),
    ),
    s(
        "The opera house offers 500 tickets at 10 Swiss francs to students.",
        count("500 tickets", 500, "ticket"),
        money("10 Swiss francs", 10, "CHF"),
    ),
    s("Only ¾ of the seats were filled for the opening match.", share("¾", 75)),
)

FLOODS = (
    s(
        "More than 1,200 homes were flooded and 3,000 people were evacuated.",
        count("More than 1,200 homes", 1200, "home", MORE),
        count("3,000 people", 3000, "people"),
    ),
    s(
        "The storm dropped 180mm of rain in 24 hours, a month's worth.",
        measure("180mm", 180, "millimeter"),
        duration("24 hours", 24, "hour"),
    ),
    s(
        "The reservoir is at 34% of capacity, holding 42 billion litres.",
        share("34%", 34),
        measure("42 billion litres", 42 * B, "liter"),
    ),
    s(
        "Flood defences along the 11-mile stretch will cost $420m.",
        measure("11-mile", 11, "mile"),
        money("$420m", 420 * M, "USD"),
    ),
    s(
        "At its peak the river was carrying 2,800 cubic metres per second.",
        measure("2,800 cubic metres per second", 2800, "cubic_meter_per_second"),
    ),
    s(
        "Insurers expect claims of between €1.2bn and €1.8bn.",
        money("between €1.2bn and €1.8bn", 1.2 * B, "EUR", low=1.2 * B, high=1.8 * B),
    ),
    s(
        "Bus routes in the valley were cut by 12 to 87 after the floods.",
        count("12", 12, "route"),
        count("87", 87, "route"),
    ),
)

COURTS = (
    s(
        "The judge jailed the fraudster for seven and a half years.",
        duration("seven and a half years", 7.5, "year"),
    ),
    s(
        "The bank was fined $1.3 billion for failing to check 2.6 million transactions.",
        money("$1.3 billion", 1.3 * B, "USD"),
        count("2.6 million transactions", 2.6 * M, "transaction"),
    ),
    s(
        "Burglaries fell 12% to 187,000 in the year to March.",
        share("12%", 12),
        count("187,000", 187_000, "burglary"),
    ),
    s(
        "The jury deliberated for 11 hours over two days.",
        duration("11 hours", 11, "hour"),
        duration("two days", 2, "day"),
    ),
    s(
        "The defendant, 29, was ordered to pay 4,500 Swiss francs in damages.",
        age("29", 29),
        money("4,500 Swiss francs", 4500, "CHF"),
    ),
    s(
        "Police seized 2.4 tonnes of cocaine worth an estimated £190m.",
        measure("2.4 tonnes", 2.4, "metric_ton"),
        money("an estimated £190m", 190 * M, "GBP", ABOUT),
    ),
    s(
        "The court heard that 14 of the 22 accused had previous convictions.",
        count("14 of", 14, "accused"),
        count("22 accused", 22, "accused"),
    ),
    s(
        "The parole board voted 4 to 1 against his release.",
        count("4", 4, "vote"),
        count("1", 1, "vote"),
    ),
    s(
        "At least 17 people were arrested after the match.",
        count("At least 17 people", 17, "people", AT_LEAST),
    ),
)

FISHERIES = (
    s(
        "The trawler landed 48 tonnes of mackerel worth NOK 1.1 million.",
        measure("48 tonnes", 48, "metric_ton"),
        money("NOK 1.1 million", 1.1 * M, "NOK"),
    ),
    s(
        "Scientists counted just 340 right whales, down from 480 a decade ago.",
        count("340 right whales", 340, "whale"),
        count("480", 480, "whale"),
        ago("a decade ago", 1, "decade"),
    ),
    s(
        "The marine reserve protects 1.5 million km² of ocean.",
        measure("1.5 million km²", 1.5 * M, "square_kilometer"),
    ),
)

WILDLIFE = (
    s(
        "The zoo's two giant pandas eat up to 40 kg of bamboo a day.",
        count("two giant pandas", 2, "panda"),
        measure("up to 40 kg", 40, "kilogram", AT_MOST),
    ),
    s(
        "The wolf population has grown to around 1,100 animals in 90 packs.",
        count("around 1,100 animals", 1100, "animal", ABOUT),
        count("90 packs", 90, "pack"),
    ),
    s(
        "A female elephant weighs about three tonnes and can live for 60 to 70 years.",
        measure("about three tonnes", 3, "metric_ton", ABOUT),
        duration("60 to 70 years", 60, "year", low=60, high=70),
    ),
    s(
        "Bird flu killed half of the colony's 8,000 gannets.",
        share("half", 50),
        count("8,000 gannets", 8000, "gannet"),
    ),
)

RAIL = (
    s(
        "From Sunday the 07:15 service to Leeds will leave at 07:20 and run every 30 minutes.",
        duration("30 minutes", 30, "minute"),
    ),
    s(
        "The journey from Paris to Marseille will take just over three hours.",
        duration("just over three hours", 3, "hour", MORE),
    ),
    s(
        "Only 61.4% of trains arrived on time in the last four weeks.",
        share("61.4%", 61.4),
        duration("four weeks", 4, "week"),
    ),
    s(
        "The line's 42 stations will get step-free access at a cost of C$780 million.",
        count("42 stations", 42, "station"),
        money("C$780 million", 780 * M, "CAD"),
    ),
    s(
        "Of the 1,500 rail jobs, 900 will go in Germany and 600 in Poland.",
        count("1,500 rail jobs", 1500, "job"),
        count("900", 900, "job"),
        count("600", 600, "job"),
    ),
)

TELECOMS = (
    s(
        "The operator will switch off its 3G network, used by 2% of its 19 million customers.",
        share("2%", 2),
        count("19 million customers", 19 * M, "customer"),
    ),
    s(
        "Broadband speeds average 74 Mbps in cities and 23 Mbps in rural areas.",
        measure("74 Mbps", 74, "megabit_per_second"),
        measure("23 Mbps", 23, "megabit_per_second"),
    ),
    s(
        "The 5G spectrum auction raised 6.8 billion Swedish kronor.",
        money("6.8 billion Swedish kronor", 6.8 * B, "SEK"),
    ),
    s("Mobile data costs ₩1,200 per gigabyte in Seoul.", money("₩1,200", 1200, "KRW")),
    s("The telecoms group raised HK$1.2bn from the sale of its towers.", money("HK$1.2bn", 1.2 * B, "HKD")),
)

CHARITY = (
    s(
        "The appeal raised £2.7m in 48 hours, with two thirds coming from small donors.",
        money("£2.7m", 2.7 * M, "GBP"),
        duration("48 hours", 48, "hour"),
        share("two thirds", 200 / 3),
    ),
    s(
        "Volunteers packed 150,000 meals, enough to feed 5,000 families for a week.",
        count("150,000 meals", 150_000, "meal"),
        count("5,000 families", 5000, "family"),
        duration("a week", 1, "week"),
    ),
    s(
        "Nearly 40,000 runners took part, raising almost $9 million for cancer research.",
        count("Nearly 40,000 runners", 40_000, "runner", ABOUT),
        money("almost $9 million", 9 * M, "USD", ABOUT),
    ),
)

NOT_FIGURES = (
    s("The A380 and the Embraer E195-E2 were parked at Gate 14."),
    s("Platform 9 at King's Cross reopened after the 6.45pm train was cancelled."),
    s("The security flaw affected devices running iOS 17 and Android 14."),
    s("Apollo 11 landed on the Moon on 20 July 1969."),
    s("The M1 was closed between junctions 23 and 24 overnight."),
    s("She took the number 7 train to Flushing."),
    s("The PS5 Pro goes on sale in November."),
    s("The museum celebrates its 150th anniversary this spring."),
    s("A second wave of flooding hit the town on Tuesday."),
)

BLIND_SET_3: tuple[DevSentence, ...] = (
    *MINING,
    *MUSEUMS,
    *SOFTWARE,
    *HOSPITALS,
    *TICKETS,
    *FLOODS,
    *COURTS,
    *FISHERIES,
    *WILDLIFE,
    *RAIL,
    *TELECOMS,
    *CHARITY,
    *NOT_FIGURES,
)
