"""A fifth blind set for figure extraction: news-style sentences on topics no earlier set uses
(bicycle sales, lotteries, forestry and timber, parking fines, theatre box office, desalination,
school meals, ice cream, honey and bees, ski resorts, postal services), written for issue 13 and
annotated by hand before the extractor was first run on it.

It follows the conventions of the dev set (tests/nlp/figures_dev_set.py), the fresh set and the
four earlier blind sets, plus these readings, fixed before the first run: "two hours and 40
minutes" is two durations, as "7 pounds 6 ounces" is two measures; "500,000 more pupils" is a
plain count (the "more" adds, it does not bound); "a third more than last year" is a share of a
third; "one in four" is a share of 25; "2.1m" of snow is metres, "26 t" of logs metric tons and
"8 in" across inches; "1,900-seat" counts seats; the age of a tree ("900 years old") is an age;
a rate keeps the unit of its amount ("98 Norwegian kroner an hour" is NOK, "670,000 cubic metres
of drinking water a day" is cubic metres); "US cents" and euro "cents" are "cent". Names with
numbers ("Sorek 2", "Domane SL 6", "FX 3", "Lotto 6aus49", an ice cream called "a 99", "Route
66", "A40", "Highway 401", "the number 27 bus"), years, ordinals ("second plant", "first-class")
and clock times are not figures, nor are verbs of multiplying ("tripled", "halved", "doubled");
"every £1" in "28p of every £1" is a figure of its own. It is not yet scored: the lead adds it to
benchmarks/figures_dev_eval.py after its first, untuned run.
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
    temperature,
)

CRORE = 1e7
PP = "percentage_point"

BICYCLES = (
    s(
        "Bicycle sales in the Netherlands fell 9% last year to 860,000, of which 52% were electric.",
        share("9%", 9),
        count("860,000", 860_000, "sale"),
        share("52%", 52),
    ),
    s(
        "The average e-bike now costs €2,950, up from €1,980 five years ago.",
        money("€2,950", 2950, "EUR"),
        money("€1,980", 1980, "EUR"),
        ago("five years ago", 5, "year"),
    ),
    s(
        "The retailer cut 300 jobs after bike sales slumped by a fifth in the six months to September.",
        count("300 jobs", 300, "job"),
        share("a fifth", 20),
        duration("six months", 6, "month"),
    ),
    s(
        "The city's bike-share scheme has 4,500 bikes at 310 docking stations, and a ride costs £1.65"
        " for 30 minutes.",
        count("4,500 bikes", 4500, "bike"),
        count("310 docking stations", 310, "station"),
        money("£1.65", 1.65, "GBP"),
        duration("30 minutes", 30, "minute"),
    ),
    s(
        "The Trek Domane SL 6 weighs 8.9 kg and sells for $4,199.",
        measure("8.9 kg", 8.9, "kilogram"),
        money("$4,199", 4199, "USD"),
    ),
    s(
        "The shop sold 26 Trek FX 3 bikes on Saturday alone.",
        count("26", 26, "bike"),
    ),
    s(
        "Shimano's operating profit dropped 36.2 per cent to 54.3 billion yen as dealers worked"
        " through unsold stock.",
        share("36.2 per cent", 36.2),
        money("54.3 billion yen", 54.3 * B, "JPY"),
    ),
    s(
        "Cycling on the Route 66 greenway rose from 1,200 to 1,850 trips a day after the bridge opened.",
        count("1,200", 1200, "trip"),
        count("1,850 trips", 1850, "trip"),
    ),
    s(
        "Brazil's factories made 830,000 bicycles, which sold for an average of R$2,100.",
        count("830,000 bicycles", 830_000, "bicycle"),
        money("R$2,100", 2100, "BRL"),
    ),
    s(
        "Just over ½ of the bikes sold in Copenhagen last year were cargo bikes.",
        share("Just over ½", 50, MORE),
    ),
)

LOTTERIES = (
    s(
        "A single ticket bought in Kent matched all seven numbers to win £177m.",
        count("seven numbers", 7, "number"),
        money("£177m", 177 * M, "GBP"),
    ),
    s(
        "The winner, a 63-year-old retired bus driver, took a lump sum of $1.35bn before tax rather"
        " than 30 annual payments.",
        age("63-year-old", 63),
        money("$1.35bn", 1.35 * B, "USD"),
        count("30 annual payments", 30, "payment"),
    ),
    s(
        "The National Lottery gives about 28p of every £1 spent to good causes, roughly £1.8bn a year.",
        money("about 28p", 28, "penny", ABOUT),
        money("£1", 1, "GBP"),
        money("roughly £1.8bn", 1.8 * B, "GBP", ABOUT),
    ),
    s(
        "Two tickets shared the Lotto 6aus49 jackpot of 45 million euros, taking 22.5 million euros each.",
        count("Two tickets", 2, "ticket"),
        money("45 million euros", 45 * M, "EUR"),
        money("22.5 million euros", 22.5 * M, "EUR"),
    ),
    s(
        "Scratchcards, which cost between £1 and £10, made up 38% of the operator's revenue.",
        money("between £1 and £10", 1, "GBP", low=1, high=10),
        share("38%", 38),
    ),
    s(
        "The state lottery raised NOK 3.2bn last year: NOK 1.9bn for sport, NOK 0.8bn for culture and"
        " NOK 0.5bn for charities.",
        money("NOK 3.2bn", 3.2 * B, "NOK"),
        money("NOK 1.9bn", 1.9 * B, "NOK"),
        money("NOK 0.8bn", 0.8 * B, "NOK"),
        money("NOK 0.5bn", 0.5 * B, "NOK"),
    ),
    s(
        "About two and a half million tickets were sold for Saturday's draw.",
        count("About two and a half million tickets", 2.5 * M, "ticket", ABOUT),
    ),
    s(
        "The minimum age for playing the National Lottery rose from 16 to 18 in 2021.",
        age("16", 16),
        age("18", 18),
    ),
)

FORESTRY = (
    s(
        "Logging in Finland hit a record 78 million cubic metres, and the forests' CO2 uptake fell by"
        " 3.4 million tonnes.",
        measure("78 million cubic metres", 78 * M, "cubic_meter"),
        measure("3.4 million tonnes", 3.4 * M, "metric_ton"),
    ),
    s(
        "Sawn softwood prices rose 14% to 2,850 Swedish kronor per cubic metre.",
        share("14%", 14),
        money("2,850 Swedish kronor", 2850, "SEK"),
    ),
    s(
        "The storm felled an estimated 6 million trees across 12,000 hectares of spruce plantations.",
        count("an estimated 6 million trees", 6 * M, "tree", ABOUT),
        measure("12,000 hectares", 12_000, "hectare"),
    ),
    s(
        "Brazil's Amazon lost 9,001 km² of forest in the 12 months to July, down 22.3%.",
        measure("9,001 km²", 9001, "square_kilometer"),
        duration("12 months", 12, "month"),
        share("22.3%", 22.3),
    ),
    s(
        "The timber frame of the new school, 28 metres tall, stores about 1,600 tonnes of carbon.",
        measure("28 metres", 28, "meter"),
        measure("about 1,600 tonnes", 1600, "metric_ton", ABOUT),
    ),
    s(
        "A forester earns about C$68,000 a year, and the industry employs 205,000 people.",
        money("about C$68,000", 68_000, "CAD", ABOUT),
        count("205,000 people", 205_000, "people"),
    ),
    s(
        "The oak, thought to be around 900 years old, has a girth of 11 metres.",
        age("around 900 years old", 900, ABOUT),
        measure("11 metres", 11, "meter"),
    ),
    s(
        "Each lorry carries 26 t of logs, and logs less than 8 in across go for firewood.",
        measure("26 t", 26, "metric_ton"),
        measure("less than 8 in", 8, "inch", LESS),
    ),
    s(
        "Three quarters of the sawmill's output goes to builders in the UK.",
        share("Three quarters", 75),
    ),
)

PARKING = (
    s(
        "Parking fines in Westminster rise from £80 to £130 in January, halved if paid within 14 days.",
        money("£80", 80, "GBP"),
        money("£130", 130, "GBP"),
        duration("within 14 days", 14, "day", AT_MOST),
    ),
    s(
        "Wardens wrote 2,317 tickets in the first week of the scheme, 410 of them to delivery vans.",
        count("2,317 tickets", 2317, "ticket"),
        count("410 of them", 410, "ticket"),
    ),
    s(
        "Parking in central Oslo now costs 98 Norwegian kroner an hour, about $9.",
        money("98 Norwegian kroner", 98, "NOK"),
        money("about $9", 9, "USD", ABOUT),
    ),
    s(
        "Drivers caught in the bus lane on the A40 face a £160 penalty.",
        money("£160", 160, "GBP"),
    ),
    s(
        "The new multi-storey car park has 1,150 spaces on seven levels, 96 of them with chargers.",
        count("1,150 spaces", 1150, "space"),
        count("seven levels", 7, "level"),
        count("96 of them", 96, "space"),
    ),
    s(
        "Paris tripled parking charges for SUVs to €18 an hour after 54.5% of voters backed the plan.",
        money("€18", 18, "EUR"),
        share("54.5%", 54.5),
    ),
    s(
        "The tribunal upheld 3,940 of the 6,200 appeals it heard.",
        count("3,940 of", 3940, "appeal"),
        count("6,200 appeals", 6200, "appeal"),
    ),
    s(
        "The number of traffic wardens fell by 40 to 260.",
        count("40", 40, "warden"),
        count("260", 260, "warden"),
    ),
    s(
        "The council voted 31–12 to double the price of residents' permits.",
        count("31", 31, "vote"),
        count("12", 12, "vote"),
    ),
)

THEATRE = (
    s(
        "The musical took £1.2m at the box office in its opening week, a record for the 1,900-seat theatre.",
        money("£1.2m", 1.2 * M, "GBP"),
        count("1,900-seat", 1900, "seat"),
    ),
    s(
        "The revival runs for two hours and 40 minutes, including a 20-minute interval.",
        duration("two hours", 2, "hour"),
        duration("40 minutes", 40, "minute"),
        duration("20-minute", 20, "minute"),
    ),
    s(
        "The show has played more than 9,000 performances in 8 years on Broadway.",
        count("more than 9,000 performances", 9000, "performance", MORE),
        duration("8 years", 8, "year"),
    ),
    s(
        "The festival sold 2.6 million tickets for 3,700 shows, one and a half times the figure for 2010.",
        count("2.6 million tickets", 2.6 * M, "ticket"),
        count("3,700 shows", 3700, "show"),
        count("one and a half times", 1.5, None),
    ),
    s(
        "Premium seats were priced at up to $921, while 40 tickets a night went by lottery for $49.",
        money("up to $921", 921, "USD", AT_MOST),
        count("40 tickets", 40, "ticket"),
        money("$49", 49, "USD"),
    ),
    s(
        "Dozens of regional theatres have lost their arts council grants since 2023.",
        count("Dozens of regional theatres", 24, "theatre", AT_LEAST),
    ),
)

DESALINATION = (
    s(
        "The Sorek 2 plant will supply 670,000 cubic metres of drinking water a day.",
        measure("670,000 cubic metres", 670_000, "cubic_meter"),
    ),
    s(
        "Desalinated water costs about 50 US cents per cubic metre to produce, against 10 cents from rivers.",
        money("about 50 US cents", 50, "cent", ABOUT),
        money("10 cents", 10, "cent"),
    ),
    s(
        "The kingdom's 33 desalination plants produce 5.6 million m³ a day, 70% of its drinking water.",
        count("33 desalination plants", 33, "plant"),
        measure("5.6 million m³", 5.6 * M, "cubic_meter"),
        share("70%", 70),
    ),
    s(
        "Reverse osmosis needs 3 to 4 kWh for every cubic metre of seawater.",
        measure("3 to 4 kWh", 3, "kilowatt_hour", low=3, high=4),
    ),
    s(
        "The brine returned to the sea is about 1.6 times saltier than the water taken in.",
        count("about 1.6 times", 1.6, None, ABOUT),
    ),
    s(
        "Perth's second plant cost A$955 million, took a year and a half to build and supplies 17% of"
        " the city's water.",
        money("A$955 million", 955 * M, "AUD"),
        duration("a year and a half", 1.5, "year"),
        share("17%", 17),
    ),
    s(
        "The intake pipe runs 2.5 km offshore at a depth of 40 m.",
        measure("2.5 km", 2.5, "kilometer"),
        measure("40 m", 40, "meter"),
    ),
    s(
        "The mine's $1.2 billion plant pumps water 180 kilometres to a site 3,100 metres above sea level.",
        money("$1.2 billion", 1.2 * B, "USD"),
        measure("180 kilometres", 180, "kilometer"),
        measure("3,100 metres", 3100, "meter"),
    ),
)

SCHOOL_MEALS = (
    s(
        "Free school meals will be extended to 500,000 more pupils at a cost of £135m a year.",
        count("500,000 more pupils", 500_000, "pupil"),
        money("£135m", 135 * M, "GBP"),
    ),
    s(
        "A school lunch in Finland costs the state about €3.20 per pupil per day.",
        money("about €3.20", 3.2, "EUR", ABOUT),
    ),
    s(
        "Families earning under £7,400 a year qualify, roughly one in four pupils in England.",
        money("under £7,400", 7400, "GBP", LESS),
        share("roughly one in four", 25, ABOUT),
    ),
    s(
        "Take-up of free school meals rose 3.5 percentage points to 24.6%.",
        share("3.5 percentage points", 3.5, unit=PP),
        share("24.6%", 24.6),
    ),
    s(
        "Each lunch may contain no more than 1.5g of salt and must include at least two portions of"
        " vegetables.",
        measure("no more than 1.5g", 1.5, "gram", AT_MOST),
        count("at least two portions", 2, "portion", AT_LEAST),
    ),
    s(
        "Cartons of 200 ml of milk are given free to children aged 4 to 7.",
        measure("200 ml", 200, "milliliter"),
        age("aged 4 to 7", 4, low=4, high=7),
    ),
    s(
        "India's midday meal scheme feeds 118 million children at a cost of ₹12,467 crore.",
        count("118 million children", 118 * M, "child"),
        money("₹12,467 crore", 12_467 * CRORE, "INR"),
    ),
    s(
        "The £1.2bn fund sets aside £700m for breakfasts, £350m for kitchens and £150m for staff.",
        money("£1.2bn", 1.2 * B, "GBP"),
        money("£700m", 700 * M, "GBP"),
        money("£350m", 350 * M, "GBP"),
        money("£150m", 150 * M, "GBP"),
    ),
)

ICE_CREAM = (
    s(
        "Ice-cream sales at the supermarket jumped 140% in the week temperatures hit 32C.",
        share("140%", 140),
        temperature("32C", 32, "degree_celsius"),
    ),
    s(
        "The group's ice-cream arm, with sales of €7.9bn, employs 19,000 people in 35 factories.",
        money("€7.9bn", 7.9 * B, "EUR"),
        count("19,000 people", 19_000, "people"),
        count("35 factories", 35, "factory"),
    ),
    s(
        "A 99 with a flake now costs £3.50 on the seafront.",
        money("£3.50", 3.5, "GBP"),
    ),
    s(
        "Vans sold 2.4 million cones over the bank holiday weekend, a third more than last year.",
        count("2.4 million cones", 2.4 * M, "cone"),
        share("a third", 100 / 3),
    ),
    s(
        "Italy's gelato makers churned out 595 million litres, worth about €2.7 billion.",
        measure("595 million litres", 595 * M, "liter"),
        money("about €2.7 billion", 2.7 * B, "EUR", ABOUT),
    ),
    s(
        "The machine freezes the mix to minus 18 degrees in under 4 minutes.",
        temperature("minus 18 degrees", -18, "degree"),
        duration("under 4 minutes", 4, "minute", LESS),
    ),
    s(
        "Each 460 ml tub contains 96 g of sugar.",
        measure("460 ml", 460, "milliliter"),
        measure("96 g", 96, "gram"),
    ),
    s(
        "Ice-cream sales in Texas doubled as highs reached 104 °F for nine days in a row.",
        temperature("104 °F", 104, "degree_fahrenheit"),
        duration("nine days", 9, "day"),
    ),
)

BEES = (
    s(
        "A 250g jar of manuka honey sells for NZ$120 in Auckland.",
        measure("250g", 250, "gram"),
        money("NZ$120", 120, "NZD"),
    ),
    s(
        "China exported 140,000 tonnes of honey, about a third of it to Europe.",
        measure("140,000 tonnes", 140_000, "metric_ton"),
        share("about a third", 100 / 3, ABOUT),
    ),
    s(
        "A healthy hive holds between 20,000 and 60,000 bees in summer.",
        count("between 20,000 and 60,000 bees", 20_000, "bee", low=20_000, high=60_000),
    ),
    s(
        "Worker bees live for five to six weeks in summer and fly up to 5 miles from the hive.",
        duration("five to six weeks", 5, "week", low=5, high=6),
        measure("up to 5 miles", 5, "mile", AT_MOST),
    ),
    s(
        "In the US, honey is sold in 340 and 454 g jars.",
        measure("340", 340, "gram"),
        measure("454 g", 454, "gram"),
    ),
    s(
        "Hundreds of beekeepers marched on parliament, and some 1,500 hives were brought to the square.",
        count("Hundreds of beekeepers", 200, "beekeeper", AT_LEAST),
        count("some 1,500 hives", 1500, "hive", ABOUT),
    ),
)

SKIING = (
    s(
        "A six-day lift pass at Zermatt costs CHF 487, up from CHF 459.",
        duration("six-day", 6, "day"),
        money("CHF 487", 487, "CHF"),
        money("CHF 459", 459, "CHF"),
    ),
    s(
        "The resort's 54 lifts serve 360 km of pistes between 1,620 and 3,883 metres.",
        count("54 lifts", 54, "lift"),
        measure("360 km", 360, "kilometer"),
        measure("between 1,620 and 3,883 metres", 1620, "meter", low=1620, high=3883),
    ),
    s(
        "Snow depth at the summit reached 2.1m after 90cm fell in two days.",
        measure("2.1m", 2.1, "meter"),
        measure("90cm", 90, "centimeter"),
        duration("two days", 2, "day"),
    ),
    s(
        "Temperatures of minus 25C and winds of 100 km/h closed the upper slopes.",
        temperature("minus 25C", -25, "degree_celsius"),
        measure("100 km/h", 100, "kilometer_per_hour"),
    ),
    s(
        "Ski instructors in the valley earn CHF 35/hour, and most are in their 20s.",
        money("CHF 35", 35, "CHF"),
        age("20s", 20, low=20, high=29),
    ),
)

POST = (
    s(
        "A first-class stamp rises by 30p to £1.65 in April.",
        money("30p", 30, "penny"),
        money("£1.65", 1.65, "GBP"),
    ),
    s(
        "The postal service delivered 6.7 billion letters, down by 700 million to the lowest level since"
        " 1991.",
        count("6.7 billion letters", 6.7 * B, "letter"),
        count("700 million", 700 * M, "letter"),
    ),
    s(
        "Deutsche Post will raise the price of a standard letter to 95 cents from 85 cents.",
        money("95 cents", 95, "cent"),
        money("85 cents", 85, "cent"),
    ),
    s(
        "Parcels weighing over 2 kg cost ¥1,160 to send within Japan.",
        measure("over 2 kg", 2, "kilogram", MORE),
        money("¥1,160", 1160, "JPY"),
    ),
    s(
        "The board voted 9 to 3 to close 115 sorting offices.",
        count("9", 9, "vote"),
        count("3", 3, "vote"),
        count("115 sorting offices", 115, "office"),
    ),
    s(
        "Each of the 2,000 electric vans covers 15 to 20 miles a day.",
        count("2,000 electric vans", 2000, "van"),
        measure("15 to 20 miles", 15, "mile", low=15, high=20),
    ),
    s(
        "Almost two thirds of parcels now arrive within 48 hours.",
        share("Almost two thirds", 200 / 3, ABOUT),
        duration("within 48 hours", 48, "hour", AT_MOST),
    ),
)

NOT_FIGURES = (
    s("The Trek Marlin 7 and the Giant Talon 3 topped the mountain-bike charts in 2023."),
    s("The play returns to the Piccadilly Theatre for its 10th anniversary in the autumn."),
    s("Doors open at 7.15pm and the curtain rises at 7.30pm."),
    s("Highway 401 was closed after a timber lorry overturned."),
    s("The number 27 bus no longer stops outside the Lyceum Theatre."),
)

BLIND_SET_5: tuple[DevSentence, ...] = (
    *BICYCLES,
    *LOTTERIES,
    *FORESTRY,
    *PARKING,
    *THEATRE,
    *DESALINATION,
    *SCHOOL_MEALS,
    *ICE_CREAM,
    *BEES,
    *SKIING,
    *POST,
    *NOT_FIGURES,
)
