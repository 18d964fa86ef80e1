"""A fresh, held-out set for figure extraction: news and units-suite style sentences written for
this project after the dev set (tests/nlp/figures_dev_set.py) had been tuned to 100%.

The figures were annotated by hand before the extractor was run on the sentences, with the dev
set's conventions (see its docstring) plus these: "1 in 5" is a share (20 percent); a
multiplier ("three times", "two and a half times") is a count of nothing (value 2.5, no
counted noun); compound money ("3 dollars 50 cents") is one figure in the larger currency;
"within" is at most. The set covers weather, sports, finance, science, health, construction and
travel, and the unit spellings the dev set lacks (°F, km², m³, kWh, mg/L, knots, nautical
miles). It is scored by benchmarks/figures_dev_eval.py next to the dev set.
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
    count,
    duration,
    measure,
    money,
    s,
    share,
    temperature,
)

WEATHER = (
    s(
        "Temperatures are forecast to reach 95°F in Dallas on Thursday.",
        temperature("95°F", 95, "degree_fahrenheit"),
    ),
    s("The tiles on the roof reached 32 degrees by noon.", temperature("32 degrees", 32, "degree")),
    s("Gusts of 70 knots battered the harbour wall.", measure("70 knots", 70, "knot")),
    s(
        "Forecasters expect 2 to 4 inches of snow overnight.",
        measure("2 to 4 inches", 2, "inch", low=2, high=4),
    ),
    s(
        "The typhoon brought winds of up to 180 km/h.",
        measure("up to 180 km/h", 180, "kilometer_per_hour", AT_MOST),
    ),
    s("Rainfall was 38% below average in the spring months.", share("38%", 38)),
    s(
        "The overnight low fell to minus 20 degrees Fahrenheit.",
        temperature("minus 20 degrees Fahrenheit", -20, "degree_fahrenheit"),
    ),
    s("Humidity stayed above 90 per cent all week.", share("above 90 per cent", 90, MORE)),
    s("The region has had 40 days without rain.", duration("40 days", 40, "day")),
    s("The drought has cut the harvest by a third.", share("a third", 100 / 3)),
)

SPORTS = (
    s(
        "The striker has scored 27 goals in 31 appearances this season.",
        count("27 goals", 27, "goal"),
        count("31 appearances", 31, "appearance"),
    ),
    s(
        "She ran the 400 metres in 49.2 seconds.",
        measure("400 metres", 400, "meter"),
        duration("49.2 seconds", 49.2, "second"),
    ),
    s("The stadium holds 60,000 spectators.", count("60,000 spectators", 60_000, "spectator")),
    s("The league sold its broadcast rights for £1.5bn.", money("£1.5bn", 1.5 * B, "GBP")),
    s(
        "The winning yacht covered 540 nautical miles in two days.",
        measure("540 nautical miles", 540, "nautical_mile"),
        duration("two days", 2, "day"),
    ),
    s(
        "The quarterback threw for 312 yards and three touchdowns.",
        measure("312 yards", 312, "yard"),
        count("three touchdowns", 3, "touchdown"),
    ),
    s(
        "The team has lost four of its last six matches.",
        count("four of", 4, "match"),
        count("six matches", 6, "match"),
    ),
    s("The goalkeeper, 38, is the oldest player in the tournament.", age("38", 38)),
    s(
        "The fastest serve of the match was clocked at 221 km/h.",
        measure("221 km/h", 221, "kilometer_per_hour"),
    ),
    s("He was one of three candidates on the shortlist.", count("three candidates", 3, "candidate")),
)

FINANCE = (
    s(
        "The company posted a profit of $4.2bn, up 12% on the year.",
        money("$4.2bn", 4.2 * B, "USD"),
        share("12%", 12),
    ),
    s(
        "Mortgage rates rose by 0.75 percentage points in a month.",
        share("0.75 percentage points", 0.75, unit="percentage_point"),
        duration("a month", 1, "month"),
    ),
    s("A coffee now costs 3 dollars 50 cents at the kiosk.", money("3 dollars 50 cents", 3.5, "USD")),
    s(
        "The pension fund manages about €320 billion in assets.",
        money("about €320 billion", 320 * B, "EUR", ABOUT),
    ),
    s(
        "Shares in the miner slumped 18 per cent to 412p.",
        share("18 per cent", 18),
        money("412p", 412, "penny"),
    ),
    s(
        "The takeover values the retailer at a quarter of a billion pounds.",
        money("a quarter of a billion pounds", 0.25 * B, "GBP"),
    ),
    s(
        "Household debt rose to 1.9 trillion dollars last quarter.",
        money("1.9 trillion dollars", 1.9e12, "USD"),
    ),
    s(
        "Rents in the capital are two and a half times the national average.",
        count("two and a half times", 2.5, None),
    ),
    s("One in five adults has no savings at all.", share("One in five", 20)),
    s("The fine amounted to a fifth of the firm's annual profit.", share("a fifth", 20)),
    s(
        "The chief executive earned £6.3m last year, 140 times the pay of the average worker.",
        money("£6.3m", 6.3 * M, "GBP"),
        count("140 times", 140, None),
    ),
    s("Fuel prices climbed to 1.62 euros a litre.", money("1.62 euros", 1.62, "EUR")),
    s("Exports to China fell by one-tenth in the first quarter.", share("one-tenth", 10)),
    s("The app has 1.5bn users worldwide.", count("1.5bn users", 1.5 * B, "user")),
    s(
        "Prices rose 4.1 percent, the fastest pace in 18 months.",
        share("4.1 percent", 4.1),
        duration("18 months", 18, "month"),
    ),
)

SCIENCE = (
    s(
        "The satellite travels at 7.8 kilometres a second.",
        measure("7.8 kilometres a second", 7.8, "kilometer_per_second"),
    ),
    s(
        "The comet will pass within 4 million miles of Earth.",
        measure("within 4 million miles", 4 * M, "mile", AT_MOST),
    ),
    s(
        "The ice sheet lost 270 billion tonnes of ice a year.",
        measure("270 billion tonnes", 270 * B, "metric_ton"),
    ),
    s(
        "The star lies about 40 light-years from the Sun.",
        measure("about 40 light-years", 40, "light_year", ABOUT),
    ),
    s("The probe's battery stores 2.4 kWh of energy.", measure("2.4 kWh", 2.4, "kilowatt_hour")),
    s(
        "The lake covers 1,200 km² and is 300 metres deep.",
        measure("1,200 km²", 1200, "square_kilometer"),
        measure("300 metres", 300, "meter"),
    ),
    s("The sample contained 0.05 mg/L of lead.", measure("0.05 mg/L", 0.05, "milligram_per_liter")),
    s(
        "Researchers tagged 1,800 turtles over five years.",
        count("1,800 turtles", 1800, "turtle"),
        duration("five years", 5, "year"),
    ),
    s("The volcano ejected 10 million m³ of ash.", measure("10 million m³", 10 * M, "cubic_meter")),
    s("Water boils at 212°F at sea level.", temperature("212°F", 212, "degree_fahrenheit")),
    s(
        "The telescope's mirror is 6.5 metres across and weighs 705 kilograms.",
        measure("6.5 metres", 6.5, "meter"),
        measure("705 kilograms", 705, "kilogram"),
    ),
    s("The bacteria doubled in number every 20 minutes.", duration("20 minutes", 20, "minute")),
    s(
        "The crack in the wing was three-eighths of an inch wide.",
        measure("three-eighths of an inch", 0.375, "inch"),
    ),
)

HEALTH = (
    s(
        "Adults should eat no more than 6 grams of salt a day.",
        measure("no more than 6 grams", 6, "gram", AT_MOST),
    ),
    s(
        "The trial enrolled 4,500 patients in 12 countries.",
        count("4,500 patients", 4500, "patient"),
        count("12 countries", 12, "country"),
    ),
    s(
        "Nearly one in three children in the city is overweight.",
        share("Nearly one in three", 100 / 3, ABOUT),
    ),
    s("Each tablet contains 500 mg of paracetamol.", measure("500 mg", 500, "milligram")),
    s("Waiting times for surgery rose by 14 weeks.", duration("14 weeks", 14, "week")),
    s("The patient's fever peaked at 39.5C.", temperature("39.5C", 39.5, "degree_celsius")),
    s("Two-fifths of nurses say they plan to quit.", share("Two-fifths", 40)),
    s("Smokers are three times more likely to develop the disease.", count("three times", 3, None)),
    s("The new vaccine is 95 percent effective.", share("95 percent", 95)),
    s(
        "A quarter of a million people are on the waiting list.",
        count("A quarter of a million people", 250_000, "people"),
    ),
    s(
        "The hospital treated 1,340 patients in the first 48 hours.",
        count("1,340 patients", 1340, "patient"),
        duration("48 hours", 48, "hour"),
    ),
)

CONSTRUCTION = (
    s(
        "The bridge will span 1.2 miles and cost $800 million.",
        measure("1.2 miles", 1.2, "mile"),
        money("$800 million", 800 * M, "USD"),
    ),
    s(
        "Builders poured 4,000 cubic metres of concrete into the foundations.",
        measure("4,000 cubic metres", 4000, "cubic_meter"),
    ),
    s("The tower will rise 72 storeys above the river.", count("72 storeys", 72, "storey")),
    s("The developer bought 150 acres of farmland for housing.", measure("150 acres", 150, "acre")),
    s(
        "Each flat will have at least 50 m² of floor space.",
        measure("at least 50 m²", 50, "square_meter", AT_LEAST),
    ),
    s(
        "The new runway is 3,200 metres long and 60 metres wide.",
        measure("3,200 metres", 3200, "meter"),
        measure("60 metres", 60, "meter"),
    ),
    s("The contractor is running 14 months behind schedule.", duration("14 months", 14, "month")),
    s(
        "Steel beams weighing 12 tonnes each were lifted into place.",
        measure("12 tonnes", 12, "metric_ton"),
    ),
    s(
        "The tunnel boring machine advances about 15 metres a day.",
        measure("about 15 metres", 15, "meter", ABOUT),
    ),
    s("A 10-kilometre stretch of coast was closed to swimmers.", measure("10-kilometre", 10, "kilometer")),
)

TRAVEL = (
    s(
        "The ferry crossing takes 90 minutes and costs €45 per person.",
        duration("90 minutes", 90, "minute"),
        money("€45", 45, "EUR"),
    ),
    s("The plane cruised at 480 knots over the Atlantic.", measure("480 knots", 480, "knot")),
    s(
        "Passenger numbers rose 8.5% to 3.4 million in July.",
        share("8.5%", 8.5),
        count("3.4 million", 3.4 * M, "passenger"),
    ),
    s(
        "The train reaches speeds of 320 kilometres per hour.",
        measure("320 kilometres per hour", 320, "kilometer_per_hour"),
    ),
    s("Hotel prices in the resort have tripled in three years.", duration("three years", 3, "year")),
    s(
        "The cruise ship carries 5,400 passengers and 2,100 crew.",
        count("5,400 passengers", 5400, "passenger"),
        count("2,100 crew", 2100, "crew"),
    ),
    s("The border queue stretched for 11 kilometres.", measure("11 kilometres", 11, "kilometer")),
    s(
        "Visitors must pay a tourist tax of 2 euros 50 cents a night.",
        money("2 euros 50 cents", 2.5, "EUR"),
    ),
    s("The airline will add 35 new routes next summer.", count("35 new routes", 35, "route")),
    s(
        "The trail climbs 1,100 feet over 4.5 miles.",
        measure("1,100 feet", 1100, "foot"),
        measure("4.5 miles", 4.5, "mile"),
    ),
)

NOT_FIGURES = (
    s("The third quarter of the year was the busiest."),
    s("Flight 370 vanished over the Indian Ocean in 2014."),
    s("The 49ers beat the Rams on Sunday."),
    s("Route 66 attracts tourists from all over the world."),
    s("The bill received its second reading on 14 March."),
)

FRESH_SET: tuple[DevSentence, ...] = (
    *WEATHER,
    *SPORTS,
    *FINANCE,
    *SCIENCE,
    *HEALTH,
    *CONSTRUCTION,
    *TRAVEL,
    *NOT_FIGURES,
)
