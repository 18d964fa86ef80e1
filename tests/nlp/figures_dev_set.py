"""A development set for figure extraction: news-style sentences written for this project, each
with every figure a careful reader would check, annotated by hand.

The sentences are invented and cover money in many notations, shares, metric and imperial
measures, temperatures, ages, durations, ranges, counts with the noun they count, qualifiers,
and numbers that are not figures (ordinals, "one of", phone numbers, plain years, names).

Each expected figure names its span by a snippet that occurs in its sentence (the first
occurrence is meant; the scorer overlaps it with the extracted figure's span). Values follow the
analyze contract: a range's value is its low end; shares ("a quarter of") are percentages; bare
plural multipliers ("dozens of", "hundreds of thousands") are the smallest such plural (24,
200,000) with the qualifier ``at_least``; "5-foot-10" is 5 10/12 feet.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExpectedFigure:
    text: str
    value: float
    kind: str
    unit: str | None = None
    counts: str | None = None
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class DevSentence:
    text: str
    figures: tuple[ExpectedFigure, ...]


def count(
    text: str, value: float, counts: str | None, qualifier: str | None = None, **kw: float
) -> ExpectedFigure:
    return ExpectedFigure(text, value, "count", None, counts, qualifier, **kw)


def money(text: str, value: float, code: str, qualifier: str | None = None, **kw: float) -> ExpectedFigure:
    return ExpectedFigure(text, value, "money", code, None, qualifier, **kw)


def share(
    text: str, value: float, qualifier: str | None = None, unit: str = "percent", **kw: float
) -> ExpectedFigure:
    return ExpectedFigure(text, value, "percent", unit, None, qualifier, **kw)


def measure(text: str, value: float, unit: str, qualifier: str | None = None, **kw: float) -> ExpectedFigure:
    return ExpectedFigure(text, value, "measure", unit, None, qualifier, **kw)


def temperature(
    text: str, value: float, unit: str, qualifier: str | None = None, **kw: float
) -> ExpectedFigure:
    return ExpectedFigure(text, value, "temperature", unit, None, qualifier, **kw)


def age(text: str, value: float, qualifier: str | None = None, **kw: float) -> ExpectedFigure:
    return ExpectedFigure(text, value, "age", "year", None, qualifier, **kw)


def duration(text: str, value: float, unit: str, qualifier: str | None = None, **kw: float) -> ExpectedFigure:
    return ExpectedFigure(text, value, "duration", unit, None, qualifier, **kw)


def ago(text: str, value: float, unit: str, qualifier: str | None = None) -> ExpectedFigure:
    return ExpectedFigure(text, value, "date", unit, None, qualifier)


def s(text: str, *figures: ExpectedFigure) -> DevSentence:
    return DevSentence(text, figures)


M, B = 1e6, 1e9
AT_LEAST, AT_MOST, MORE, LESS, ABOUT = "at_least", "at_most", "more_than", "less_than", "approximately"

MONEY = (
    s("The start-up raised $2.5bn from investors last year.", money("$2.5bn", 2.5 * B, "USD")),
    s("The farmhouse sold for US$300,000 in the spring.", money("US$300,000", 300_000, "USD")),
    s("The gallery received a £1.2 million grant from the lottery.", money("£1.2 million", 1.2 * M, "GBP")),
    s("The club paid €40m for the young midfielder.", money("€40m", 40 * M, "EUR")),
    s("A bowl of ramen costs ¥500 near the station.", money("¥500", 500, "JPY")),
    s("The comedy earned Rs 10 crore on its opening weekend.", money("Rs 10 crore", 1e8, "INR")),
    s("Each stamp will cost 3 cents more from January.", money("3 cents", 3, "cent")),
    s("The court set the fine at 5,000 euros.", money("5,000 euros", 5000, "EUR")),
    s(
        "Investors lost more than $1 trillion in a single day.",
        money("more than $1 trillion", 1e12, "USD", MORE),
    ),
    s(
        "The merger is worth about 4.3 billion dollars.",
        money("about 4.3 billion dollars", 4.3 * B, "USD", ABOUT),
    ),
    s("Cleaners will get a rise of 50p an hour.", money("50p", 50, "penny")),
    s("The state spent A$12 million on the advertising campaign.", money("A$12 million", 12 * M, "AUD")),
    s(
        "Tickets for the final cost between $15 and $20.",
        money("between $15 and $20", 15, "USD", low=15, high=20),
    ),
    s(
        "The shares fell 7% to $41.20 by the close.",
        share("7%", 7),
        money("$41.20", 41.2, "USD"),
    ),
    s("Parliament approved a budget of 1.4 trillion yen.", money("1.4 trillion yen", 1.4e12, "JPY")),
    s("The judge set bail at $50k.", money("$50k", 50_000, "USD")),
    s("The contract is valued at CHF 80 million.", money("CHF 80 million", 80 * M, "CHF")),
    s("The farmer owes 20,000 rupees to the lender.", money("20,000 rupees", 20_000, "INR")),
    s("Exports reached 3 billion US dollars in the first half.", money("3 billion US dollars", 3 * B, "USD")),
    s("An espresso costs €3.50 in the old town.", money("€3.50", 3.5, "EUR")),
    s("The charity has raised nearly £800,000 so far.", money("nearly £800,000", 800_000, "GBP", ABOUT)),
    s(
        "Analysts expect losses of $5-6 billion this year.",
        money("$5-6 billion", 5 * B, "USD", low=5 * B, high=6 * B),
    ),
    s(
        "The minister announced a 200 million pound package for flood defences.",
        money("200 million pound", 200 * M, "GBP"),
    ),
    s("The bill adds $700 a year to a typical household's costs.", money("$700", 700, "USD")),
    s("Gold traded at $2,350.75 an ounce on Friday.", money("$2,350.75", 2350.75, "USD")),
)

SHARES = (
    s("Inflation reached 12.5% in October.", share("12.5%", 12.5)),
    s("A quarter of the workforce walked out on Monday.", share("A quarter", 25)),
    s("Two-thirds of voters backed the plan.", share("Two-thirds", 200 / 3)),
    s("Half of all households own a car.", share("Half", 50)),
    s(
        "Unemployment fell by 0.3 percentage points in May.",
        share("0.3 percentage points", 0.3, unit="percentage_point"),
    ),
    s("Turnout was 10-15% lower than at the last election.", share("10-15%", 10, low=10, high=15)),
    s("About 40 per cent of the forest has burned.", share("About 40 per cent", 40, ABOUT)),
    s(
        "Support for the party rose to 31 percent from 27 percent.",
        share("31 percent", 31),
        share("27 percent", 27),
    ),
    s("Nearly a third of the pupils failed the test.", share("Nearly a third", 100 / 3, ABOUT)),
    s(
        "The central bank raised rates by half a percentage point.",
        share("half a percentage point", 0.5, unit="percentage_point"),
    ),
    s("Online sales jumped 250% compared with last year.", share("250%", 250)),
    s("Less than 5% of the budget goes to research.", share("Less than 5%", 5, LESS)),
    s("Three-quarters of the beds were occupied.", share("Three-quarters", 75)),
)

MEASURES = (
    s("The suspect is 5-foot-10 with short dark hair.", measure("5-foot-10", 5 + 10 / 12, "foot")),
    s("A 6ft fence surrounds the yard.", measure("6ft", 6, "foot")),
    s("The blaze destroyed 20 sq km of forest.", measure("20 sq km", 20, "square_kilometer")),
    s("Growers lost 3,000 hectares of crops to the flood.", measure("3,000 hectares", 3000, "hectare")),
    s("The speed limit outside the school is 12 mph.", measure("12 mph", 12, "mile_per_hour")),
    s("Lorries may not exceed 90 km/h on the motorway.", measure("90 km/h", 90, "kilometer_per_hour")),
    s("The bronze statue weighs 2.5 tonnes.", measure("2.5 tonnes", 2.5, "metric_ton")),
    s("Each bottle holds 500 ml of water.", measure("500 ml", 500, "milliliter")),
    s(
        "Doctors advise drinking at least 1.5 litres a day.",
        measure("at least 1.5 litres", 1.5, "liter", AT_LEAST),
    ),
    s("The new wall is 3 metres high.", measure("3 metres", 3, "meter")),
    s("The storm dumped 30 centimetres of snow on the hills.", measure("30 centimetres", 30, "centimeter")),
    s("The tunnel runs for 8 miles under the bay.", measure("8 miles", 8, "mile")),
    s("A 200-metre stretch of the road collapsed.", measure("200-metre", 200, "meter")),
    s(
        "The baby weighed 7 pounds 6 ounces at birth.",
        measure("7 pounds", 7, "pound"),
        measure("6 ounces", 6, "ounce"),
    ),
    s("The catfish was 80 cm long.", measure("80 cm", 80, "centimeter")),
    s("The field pumps 1.2 million barrels of oil a day.", measure("1.2 million barrels", 1.2 * M, "barrel")),
    s("The orchard covers 40 acres.", measure("40 acres", 40, "acre")),
    s("The new chip uses a 3-nanometre process.", measure("3-nanometre", 3, "nanometer")),
    s(
        "Winds gusted up to 120 kilometres per hour.",
        measure("up to 120 kilometres per hour", 120, "kilometer_per_hour", AT_MOST),
    ),
    s("The flat measures 85 square metres.", measure("85 square metres", 85, "square_meter")),
    s("The plant will produce 500 megawatts of power.", measure("500 megawatts", 500, "megawatt")),
    s("He carried a 20kg sack of rice up the hill.", measure("20kg", 20, "kilogram")),
    s("Heavy rain of 150mm was recorded at the airport.", measure("150mm", 150, "millimeter")),
    s("The ferry is 300 feet long.", measure("300 feet", 300, "foot")),
    s("An 18-inch water main burst under the street.", measure("18-inch", 18, "inch")),
    s("The generator burned 4 gallons of diesel.", measure("4 gallons", 4, "gallon")),
    s("The climbers reached 8,000 metres without oxygen.", measure("8,000 metres", 8000, "meter")),
    s("The jet was cruising at 35,000 feet.", measure("35,000 feet", 35_000, "foot")),
    s("A 3-mile queue formed at the border crossing.", measure("3-mile", 3, "mile")),
    s(
        "The reservoir holds 2 billion cubic metres of water.",
        measure("2 billion cubic metres", 2 * B, "cubic_meter"),
    ),
    s("The tower is nearly 300 metres tall.", measure("nearly 300 metres", 300, "meter", ABOUT)),
    s("Up to 40 mm of rain fell overnight.", measure("Up to 40 mm", 40, "millimeter", AT_MOST)),
    s("Each panel is 40-50 cm wide.", measure("40-50 cm", 40, "centimeter", low=40, high=50)),
    s(
        "Scientists used 8- to 16-meter boats for the survey.",
        measure("8- to 16-meter", 8, "meter", low=8, high=16),
    ),
    s("The lorry was carrying 12 tons of steel.", measure("12 tons", 12, "ton")),
    s(
        "The athlete ran 100 yards in under 10 seconds.",
        measure("100 yards", 100, "yard"),
        duration("under 10 seconds", 10, "second", LESS),
    ),
)

TEMPERATURES = (
    s("Overnight temperatures dropped to -5C in the valleys.", temperature("-5C", -5, "degree_celsius")),
    s(
        "A normal body temperature is about 98.6 degrees Fahrenheit.",
        temperature("about 98.6 degrees Fahrenheit", 98.6, "degree_fahrenheit", ABOUT),
    ),
    s("It was 35°C in Seville on Sunday afternoon.", temperature("35°C", 35, "degree_celsius")),
    s(
        "Temperatures could hit 40 degrees Celsius this week.",
        temperature("40 degrees Celsius", 40, "degree_celsius"),
    ),
    s("The thermometer read minus 12 degrees at dawn.", temperature("minus 12 degrees", -12, "degree")),
    s("The heatwave pushed the mercury to 104F in Phoenix.", temperature("104F", 104, "degree_fahrenheit")),
    s(
        "Temperatures will range from 15 to 20 degrees Celsius.",
        temperature("15 to 20 degrees Celsius", 15, "degree_celsius", low=15, high=20),
    ),
)

AGES = (
    s("The victim, aged 34, worked as a teacher.", age("aged 34", 34)),
    s("A 42-year-old man was arrested at the scene.", age("42-year-old", 42)),
    s("She is in her 50s and lives alone.", age("50s", 50, low=50, high=59)),
    s("A six-year-old girl was pulled from the river.", age("six-year-old", 6)),
    s("He retired at the age of 65.", age("65", 65)),
    s("The 19-year-old striker scored twice.", age("19-year-old", 19)),
    s("The oldest resident is 103 years old.", age("103 years old", 103)),
)

DURATIONS = (
    s("The renovation took 18 months to finish.", duration("18 months", 18, "month")),
    s("Rents have doubled in a decade.", duration("a decade", 1, "decade")),
    s("He served three-and-a-half years in prison.", duration("three-and-a-half years", 3.5, "year")),
    s("The talks lasted 12 hours.", duration("12 hours", 12, "hour")),
    s("The ban will last for up to five years.", duration("up to five years", 5, "year", AT_MOST)),
    s("Patients waited an average of 40 minutes.", duration("40 minutes", 40, "minute")),
    s(
        "The rover has worked on Mars for more than a decade.",
        duration("more than a decade", 1, "decade", MORE),
    ),
    s("She was jailed for six months.", duration("six months", 6, "month")),
    s("The flight took two and a half hours.", duration("two and a half hours", 2.5, "hour")),
    s("The river has been rising for 48 hours.", duration("48 hours", 48, "hour")),
    s("The mine closed 30 years ago.", ago("30 years ago", 30, "year")),
    s(
        "The peace talks will last between 10 and 12 days.",
        duration("between 10 and 12 days", 10, "day", low=10, high=12),
    ),
    s("The crossing takes three to four hours.", duration("three to four hours", 3, "hour", low=3, high=4)),
    s(
        "The glacier has retreated 1.5km in a decade.",
        measure("1.5km", 1.5, "kilometer"),
        duration("a decade", 1, "decade"),
    ),
    s("The strike ended almost two weeks ago.", ago("almost two weeks ago", 2, "week", ABOUT)),
    s(
        "The marathon winner finished in just over two hours.",
        duration("just over two hours", 2, "hour", MORE),
    ),
)

COUNTS = (
    s("The earthquake killed 12 people.", count("12 people", 12, "people")),
    s(
        "Five suspects were arrested; three of them were later released.",
        count("Five suspects", 5, "suspect"),
        count("three of them", 3, "suspect"),
    ),
    s("Police detained dozens of protesters.", count("dozens of protesters", 24, "protester", AT_LEAST)),
    s(
        "Hundreds of thousands of people marched in the capital.",
        count("Hundreds of thousands", 200_000, "people", AT_LEAST),
    ),
    s(
        "The school has 1,200 students and 85 teachers.",
        count("1,200 students", 1200, "student"),
        count("85 teachers", 85, "teacher"),
    ),
    s("Thousands of fans gathered outside the stadium.", count("Thousands of fans", 2000, "fan", AT_LEAST)),
    s("The airline cancelled more than 400 flights.", count("more than 400 flights", 400, "flight", MORE)),
    s("Almost 2,000 homes lost power.", count("Almost 2,000 homes", 2000, "home", ABOUT)),
    s("At least 23 miners were trapped underground.", count("At least 23 miners", 23, "miner", AT_LEAST)),
    s(
        "As many as 300 workers could lose their jobs.",
        count("As many as 300 workers", 300, "worker", AT_MOST),
    ),
    s("Fewer than 50 tickets remain.", count("Fewer than 50 tickets", 50, "ticket", LESS)),
    s("Roughly 7,000 troops took part in the exercise.", count("Roughly 7,000 troops", 7000, "troop", ABOUT)),
    s(
        "An estimated 1.5 million visitors came to the festival.",
        count("An estimated 1.5 million visitors", 1.5 * M, "visitor", ABOUT),
    ),
    s("Two children and their mother were injured.", count("Two children", 2, "child")),
    s(
        "The fleet includes 14 ships, nine of which are new.",
        count("14 ships", 14, "ship"),
        count("nine of which", 9, "ship"),
    ),
    s("A dozen journalists were detained at the border.", count("A dozen journalists", 12, "journalist")),
    s("Eleven players were named in the squad.", count("Eleven players", 11, "player")),
    s("The ministry reported 352 new cases on Tuesday.", count("352 new cases", 352, "case")),
    s("Only one student passed the exam.", count("one student", 1, "student")),
    s(
        "Twenty-one soldiers were wounded and four were killed.",
        count("Twenty-one soldiers", 21, "soldier"),
        count("four", 4, "soldier"),
    ),
    s(
        "Tens of thousands of birds died in the heat.",
        count("Tens of thousands of birds", 20_000, "bird", AT_LEAST),
    ),
    s(
        "The company plans to hire 500 engineers over 3 years.",
        count("500 engineers", 500, "engineer"),
        duration("3 years", 3, "year"),
    ),
    s("Over 60 countries signed the treaty.", count("Over 60 countries", 60, "country", MORE)),
    s("Some 200 families were evacuated.", count("Some 200 families", 200, "family", ABOUT)),
    s(
        "Seven people were injured in Lyon and six in Marseille.",
        count("Seven people", 7, "people"),
        count("six in Marseille", 6, "people"),
    ),
    s(
        "Of the 120 passengers, 15 were taken to hospital.",
        count("120 passengers", 120, "passenger"),
        count("15", 15, "passenger"),
    ),
    s(
        "The firm cut 1,500 jobs, about 8% of its staff.",
        count("1,500 jobs", 1500, "job"),
        share("about 8%", 8, ABOUT),
    ),
    s(
        "Police said 3 of the 12 suspects had fled.",
        count("3 of the", 3, "suspect"),
        count("12 suspects", 12, "suspect"),
    ),
    s(
        "The region received 200mm of rain in 24 hours.",
        measure("200mm", 200, "millimeter"),
        duration("24 hours", 24, "hour"),
    ),
    s(
        "Nearly 90 percent of the 2,000 respondents agreed.",
        share("Nearly 90 percent", 90, ABOUT),
        count("2,000 respondents", 2000, "respondent"),
    ),
    s("Rescuers pulled 38 survivors from the rubble.", count("38 survivors", 38, "survivor")),
    s("The museum owns about 4,500 paintings.", count("about 4,500 paintings", 4500, "painting", ABOUT)),
    s(
        "Between 2 and 3 million people fled the region.",
        count("Between 2 and 3 million people", 2 * M, "people", low=2 * M, high=3 * M),
    ),
    s(
        "The virus could infect anywhere from 3 to 5 million people.",
        count("3 to 5 million people", 3 * M, "people", low=3 * M, high=5 * M),
    ),
    s(
        "Three ministers resigned, two of whom had served since 2015.",
        count("Three ministers", 3, "minister"),
        count("two of whom", 2, "minister"),
    ),
    s("The team won eight of its 10 games.", count("eight of", 8, "game"), count("10 games", 10, "game")),
    s(
        "The repairs will cost $3 million to $4 million.",
        money("$3 million to $4 million", 3 * M, "USD", low=3 * M, high=4 * M),
    ),
    s(
        "The hospital has 650 beds, 40 of them in intensive care.",
        count("650 beds", 650, "bed"),
        count("40 of them", 40, "bed"),
    ),
)

NOT_FIGURES = (
    s("It was the first time the country had won the cup."),
    s("She is one of the best players in the world."),
    s("For details call 020 7946 0321 during office hours."),
    s("Call (555) 123-4567 to book tickets."),
    s("The law was passed in 2019."),
    s("A Boeing 737 skidded off the runway."),
    s("COVID-19 infections rose again in the north."),
    s("Britain triggered Article 50 in March."),
    s("The second round starts on Monday."),
    s("He finished third in the race."),
    s("The meeting starts at 10:30 on Friday."),
    s("Flight BA287 was delayed by fog."),
    s("The iPhone 15 went on sale on September 22."),
    s("World War II ended in 1945."),
    s("Windows 11 is the latest version."),
    s("The G7 leaders met in Italy."),
    s("The trend started in the 1990s."),
    s("Interstate 95 was closed in both directions."),
    s("The airline filed for Chapter 11 protection."),
    s("The results were published on 3 May 2021."),
    s("Her account number is 4410-2231-9876."),
    s("The F-35 programme faces new delays."),
    s("One of the victims was a nurse."),
)

DEV_SET: tuple[DevSentence, ...] = (
    *MONEY,
    *SHARES,
    *MEASURES,
    *TEMPERATURES,
    *AGES,
    *DURATIONS,
    *COUNTS,
    *NOT_FIGURES,
)
