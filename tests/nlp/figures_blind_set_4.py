"""A fourth blind set for figure extraction: news-style sentences on topics no earlier set uses
(central banks and inflation, tourism, pension reforms, football transfers and crowds, heatwaves
and wildfires, car sales, streaming, ports and ferries, coffee, cocoa and rice, water companies),
written for issue 13 and annotated by hand before the extractor was first run on it.

It follows the conventions of the dev set (tests/nlp/figures_dev_set.py), the fresh set and the
three earlier blind sets, plus these readings, fixed before the first run: a match score ("beat
Girona 4-2") is two counts of goals, as a vote tally is two counts of votes; basis points are a
"percent" figure in "basis_point" and "pp" is "percentage_point"; a rise in an age "by two years"
is a duration; "złoty" is PLN, Kenyan "shillings" KES, Mexican "pesos" MXN and "yuan" CNY;
"lakh crore" is 10^12; "66.4 million 60-kilogram bags" is a count of bags and a measure of the
bag; "a week's half board" and "the first half of the year" hold no figure; model and event
names ("Model 3", "Fiat 500e", "Peugeot 208", "Formula 1", "Euro 2028", "Vision 2030")
are not figures, nor are years, ordinals or clock times. It is scored by
benchmarks/figures_dev_eval.py next to the other sets.
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

T = 1e12
PP, BP = "percentage_point", "basis_point"

CENTRAL_BANKS = (
    s(
        "The Bank of England held interest rates at 5.25% for a sixth meeting in a row.",
        share("5.25%", 5.25),
    ),
    s(
        "The Federal Reserve cut its benchmark rate by half a percentage point, to a range of 4.75% to 5%.",
        share("half a percentage point", 0.5, unit=PP),
        share("4.75% to 5%", 4.75, low=4.75, high=5),
    ),
    s(
        "Inflation in the eurozone eased to 2.4 per cent in November from 2.9 per cent in October.",
        share("2.4 per cent", 2.4),
        share("2.9 per cent", 2.9),
    ),
    s(
        "The European Central Bank lowered its deposit rate by 25 basis points to 3.5%.",
        share("25 basis points", 25, unit=BP),
        share("3.5%", 3.5),
    ),
    s(
        "The monetary policy committee voted 5–4 to keep rates on hold, with four members backing a cut.",
        count("5", 5, "vote"),
        count("4", 4, "vote"),
        count("four members", 4, "member"),
    ),
    s(
        "Turkey's central bank raised its main rate to 50% as annual inflation hit 75.4%, the highest in"
        " more than two decades.",
        share("50%", 50),
        share("75.4%", 75.4),
        duration("more than two decades", 2, "decade", MORE),
    ),
    s(
        "Core inflation, which strips out energy and food, slowed by 0.3pp to 3.1% in the first half of"
        " the year.",
        share("0.3pp", 0.3, unit=PP),
        share("3.1%", 3.1),
    ),
    s(
        "The Fed's balance sheet has shrunk by about $1.5 trillion since mid-2022 to roughly $7.4tn.",
        money("about $1.5 trillion", 1.5 * T, "USD", ABOUT),
        money("roughly $7.4tn", 7.4 * T, "USD", ABOUT),
    ),
    s(
        "Japan's central bank raised rates for the first time in 17 years, ending eight years of negative"
        " rates.",
        duration("17 years", 17, "year"),
        duration("eight years", 8, "year"),
    ),
    s(
        "The bank expects inflation to return to its 2% target within two years.",
        share("2%", 2),
        duration("within two years", 2, "year", AT_MOST),
    ),
    s(
        "A dozen eggs cost $4.15 in March, up 36% on last year.",
        count("A dozen eggs", 12, "egg"),
        money("$4.15", 4.15, "USD"),
        share("36%", 36),
    ),
)

TOURISM = (
    s(
        "Spain received a record 85.1 million foreign tourists last year, who spent €108.7bn.",
        count("85.1 million foreign tourists", 85.1 * M, "tourist"),
        money("€108.7bn", 108.7 * B, "EUR"),
    ),
    s(
        "International arrivals in Thailand rose 21% to 28.2 million, still short of the 39.9 million"
        " of 2019.",
        share("21%", 21),
        count("28.2 million", 28.2 * M, "arrival"),
        count("39.9 million", 39.9 * M, "arrival"),
    ),
    s(
        "Hotel occupancy on the island averaged 87 per cent in August, with rooms going for more than"
        " €300 a night.",
        share("87 per cent", 87),
        money("more than €300", 300, "EUR", MORE),
    ),
    s(
        "Japan welcomed 3.1 million visitors in March, the first month ever above three million.",
        count("3.1 million visitors", 3.1 * M, "visitor"),
        count("above three million", 3 * M, "visitor", MORE),
    ),
    s(
        "Dubrovnik now lets no more than 4,000 cruise passengers a day into the old town, down from up"
        " to 10,000.",
        count("no more than 4,000 cruise passengers", 4000, "passenger", AT_MOST),
        count("up to 10,000", 10_000, "passenger", AT_MOST),
    ),
    s(
        "Overnight stays in Iceland's hotels rose to 5.1 million, of which 4 million were booked by"
        " foreigners.",
        count("5.1 million", 5.1 * M, "stay"),
        count("4 million", 4 * M, "stay"),
    ),
    s(
        "A return flight and a week's half board in Antalya now costs about 1,100 euros per person.",
        money("about 1,100 euros", 1100, "EUR", ABOUT),
    ),
    s(
        "Saudi Arabia aims to attract 150 million visits a year by 2030 under its Vision 2030 plan.",
        count("150 million visits", 150 * M, "visit"),
    ),
    s(
        "Bali will charge foreign tourists a levy of Rp 150,000, about $10, from February.",
        money("Rp 150,000", 150_000, "IDR"),
        money("about $10", 10, "USD", ABOUT),
    ),
    s(
        "Greece earned €20.6bn from tourism: €8.1bn from EU visitors, €5.3bn from Britons and €6.2bn"
        " from the rest of the world.",
        money("€20.6bn", 20.6 * B, "EUR"),
        money("€8.1bn", 8.1 * B, "EUR"),
        money("€5.3bn", 5.3 * B, "EUR"),
        money("€6.2bn", 6.2 * B, "EUR"),
    ),
    s(
        "The resort's new 45,000 sq ft spa employs 60 therapists, who are paid €14.50 per hour.",
        measure("45,000 sq ft", 45_000, "square_foot"),
        count("60 therapists", 60, "therapist"),
        money("€14.50", 14.5, "EUR"),
    ),
    s(
        "India's earnings from foreign tourists reached ₹2.3 lakh crore, and tourism now accounts for"
        " a tenth of the country's jobs.",
        money("₹2.3 lakh crore", 2.3 * T, "INR"),
        share("a tenth", 10),
    ),
)

PENSIONS = (
    s(
        "The government will raise the state pension age from 66 to 67 between 2026 and 2028.",
        age("66", 66),
        age("67", 67),
    ),
    s(
        "France's reform lifts the minimum retirement age by two years to 64.",
        duration("two years", 2, "year"),
        age("64", 64),
    ),
    s(
        "The full state pension will rise by 4.1% in April, to £230.25 a week.",
        share("4.1%", 4.1),
        money("£230.25", 230.25, "GBP"),
    ),
    s(
        "Around 12.6 million people receive the state pension, costing the Treasury £138bn a year.",
        count("Around 12.6 million people", 12.6 * M, "people", ABOUT),
        money("£138bn", 138 * B, "GBP"),
    ),
    s(
        "Employers must pay 3% of wages into workers' pensions, and staff a further 5%.",
        share("3%", 3),
        share("5%", 5),
    ),
    s(
        "Pensioners over 75 will receive a one-off payment of 300 złoty.",
        age("over 75", 75, MORE),
        money("300 złoty", 300, "PLN"),
    ),
    s(
        "Nearly two in five workers aged 55 to 64 have no private pension savings.",
        share("Nearly two in five", 40, ABOUT),
        age("aged 55 to 64", 55, low=55, high=64),
    ),
    s(
        "Mexico's new pension fund starts with 44.8 billion pesos taken from dormant accounts.",
        money("44.8 billion pesos", 44.8 * B, "MXN"),
    ),
    s(
        "Negotiations on the pension deal dragged on for a year and a half.",
        duration("a year and a half", 1.5, "year"),
    ),
    s(
        "The £2.5bn winter package sets aside £1.5bn for pensioners and £1bn for families with children.",
        money("£2.5bn", 2.5 * B, "GBP"),
        money("£1.5bn", 1.5 * B, "GBP"),
        money("£1bn", 1 * B, "GBP"),
    ),
    s("Global pension assets reached $58.5T at the end of last year.", money("$58.5T", 58.5 * T, "USD")),
)

FOOTBALL = (
    s(
        "Real Madrid signed the 20-year-old midfielder for €103m plus up to €30m in add-ons.",
        age("20-year-old", 20),
        money("€103m", 103 * M, "EUR"),
        money("up to €30m", 30 * M, "EUR", AT_MOST),
    ),
    s(
        "The striker agreed a five-year contract worth £300,000 a week.",
        duration("five-year", 5, "year"),
        money("£300,000", 300_000, "GBP"),
    ),
    s(
        "Premier League clubs spent a record £2.36bn in the summer window, with Chelsea alone accounting"
        " for £400m.",
        money("£2.36bn", 2.36 * B, "GBP"),
        money("£400m", 400 * M, "GBP"),
    ),
    s(
        "Barcelona beat Girona 4-2 in front of 46,700 fans at their temporary home.",
        count("4", 4, "goal"),
        count("2", 2, "goal"),
        count("46,700 fans", 46_700, "fan"),
    ),
    s(
        "The club's stadium will be expanded from 53,000 to 61,000 seats at a cost of $250 million.",
        count("53,000", 53_000, "seat"),
        count("61,000 seats", 61_000, "seat"),
        money("$250 million", 250 * M, "USD"),
    ),
    s(
        "The forward scored 36 goals in 35 league games last season.",
        count("36 goals", 36, "goal"),
        count("35 league games", 35, "game"),
    ),
    s(
        "Only 13 of the league's 20 clubs made a profit.",
        count("13 of", 13, "club"),
        count("20 clubs", 20, "club"),
    ),
    s(
        "One and a half million fans applied for tickets to the final.",
        count("One and a half million fans", 1.5 * M, "fan"),
    ),
    s(
        "The new stadium took two and a half years to build.",
        duration("two and a half years", 2.5, "year"),
    ),
)

HEAT = (
    s(
        "Temperatures reached 46.8C in Córdoba on Tuesday, a national record for July.",
        temperature("46.8C", 46.8, "degree_celsius"),
    ),
    s(
        "Phoenix endured 31 consecutive days above 110F.",
        duration("31 consecutive days", 31, "day"),
        temperature("above 110F", 110, "degree_fahrenheit", MORE),
    ),
    s(
        "The night-time low in Athens stayed above 30 degrees Celsius for a week.",
        temperature("above 30 degrees Celsius", 30, "degree_celsius", MORE),
        duration("a week", 1, "week"),
    ),
    s(
        "Water use in the city jumped to 2.9 billion litres a day, 40% above normal.",
        measure("2.9 billion litres", 2.9 * B, "liter"),
        share("40%", 40),
    ),
    s(
        "Schools in Karachi closed for two weeks as temperatures topped 45 degrees.",
        duration("two weeks", 2, "week"),
        temperature("45 degrees", 45, "degree"),
    ),
    s(
        "The heat index hit 125 °F in parts of Texas, and grid demand peaked at 85,500 MW.",
        temperature("125 °F", 125, "degree_fahrenheit"),
        measure("85,500 MW", 85_500, "megawatt"),
    ),
    s(
        "Wildfires fuelled by the heat have burned more than 340 sq km of forest in Greece.",
        measure("more than 340 sq km", 340, "square_kilometer", MORE),
    ),
    s(
        "Close to 9,000 firefighters, backed by 60 aircraft, were fighting the blazes.",
        count("Close to 9,000 firefighters", 9000, "firefighter", ABOUT),
        count("60 aircraft", 60, "aircraft"),
    ),
    s(
        "The tourist, aged 71, collapsed on a hiking trail where the temperature was 49C.",
        age("aged 71", 71),
        temperature("49C", 49, "degree_celsius"),
    ),
)

CARS = (
    s(
        "New car registrations in Germany rose 8.4% to 2.8 million last year.",
        share("8.4%", 8.4),
        count("2.8 million", 2.8 * M, "registration"),
    ),
    s(
        "Electric models made up 18.2% of sales, down from 19.7 per cent.",
        share("18.2%", 18.2),
        share("19.7 per cent", 19.7),
    ),
    s(
        "The Tesla Model 3 now starts at $38,990, and the Model Y at $44,990.",
        money("$38,990", 38_990, "USD"),
        money("$44,990", 44_990, "USD"),
    ),
    s(
        "The Fiat 500e has a range of 320 km and charges to 80% in 35 minutes.",
        measure("320 km", 320, "kilometer"),
        share("80%", 80),
        duration("35 minutes", 35, "minute"),
    ),
    s(
        "Carmakers sold 1.2 million vehicles in India in the quarter, 45,000 of them electric.",
        count("1.2 million vehicles", 1.2 * M, "vehicle"),
        count("45,000", 45_000, "vehicle"),
    ),
    s(
        "The Peugeot 208 was Europe's best-selling car, with 228,000 sold.",
        count("228,000", 228_000, "car"),
    ),
    s(
        "Volkswagen will cut 35,000 jobs in Germany by 2030 and close two plants.",
        count("35,000 jobs", 35_000, "job"),
        count("two plants", 2, "plant"),
    ),
    s(
        "The EU will impose tariffs of 17 and 35.3 per cent on Chinese electric cars.",
        share("17", 17),
        share("35.3 per cent", 35.3),
    ),
    s(
        "A BYD Seal costs 179,800 yuan in China and €44,990 in Germany.",
        money("179,800 yuan", 179_800, "CNY"),
        money("€44,990", 44_990, "EUR"),
    ),
    s(
        "Just under 40% of new cars sold in China are electric.",
        share("Just under 40%", 40, LESS),
    ),
)

STREAMING = (
    s(
        "Netflix added 18.9 million subscribers in the fourth quarter, taking its total to 301.6 million.",
        count("18.9 million subscribers", 18.9 * M, "subscriber"),
        count("301.6 million", 301.6 * M, "subscriber"),
    ),
    s(
        "The basic plan with adverts costs $7.99 a month, against $17.99 for the standard plan.",
        money("$7.99", 7.99, "USD"),
        money("$17.99", 17.99, "USD"),
    ),
    s(
        "Viewers watched 94 billion hours of Netflix in the first half of the year.",
        duration("94 billion hours", 94 * B, "hour"),
    ),
    s(
        "Spotify raised its US price by $1 to $11.99 a month, its second increase in a year.",
        money("$1", 1, "USD"),
        money("$11.99", 11.99, "USD"),
        duration("a year", 1, "year"),
    ),
    s(
        "The streamer paid a reported $5bn for 10 years of WWE Raw.",
        money("$5bn", 5 * B, "USD"),
        duration("10 years", 10, "year"),
    ),
    s(
        "About two-thirds of UK households now pay for at least one streaming service.",
        share("About two-thirds", 200 / 3, ABOUT),
        count("at least one streaming service", 1, "service", AT_LEAST),
    ),
    s(
        "The ad-free tier in Germany costs €12.99/month.",
        money("€12.99", 12.99, "EUR"),
    ),
)

SHIPPING = (
    s(
        "The new ferry carries 1,500 passengers and 650 cars on the 90-minute crossing.",
        count("1,500 passengers", 1500, "passenger"),
        count("650 cars", 650, "car"),
        duration("90-minute", 90, "minute"),
    ),
    s(
        "Ships diverted around the Cape of Good Hope add 10 to 14 days to the voyage from Shanghai to"
        " Rotterdam.",
        duration("10 to 14 days", 10, "day", low=10, high=14),
    ),
    s(
        "Shipping a 40-foot container from Asia to northern Europe now costs about $5,900, three times"
        " the price in January.",
        measure("40-foot", 40, "foot"),
        money("about $5,900", 5900, "USD", ABOUT),
        count("three times", 3, None),
    ),
    s(
        "Transits through the Suez Canal fell by more than half, to about 35 ships a day.",
        share("more than half", 50, MORE),
        count("about 35 ships", 35, "ship", ABOUT),
    ),
    s(
        "The ferry operator's profit fell 22 per cent to 1.1 billion Danish kroner.",
        share("22 per cent", 22),
        money("1.1 billion Danish kroner", 1.1 * B, "DKK"),
    ),
    s(
        "The vessel, 366 metres long with a beam of 51 metres, ran aground near the port.",
        measure("366 metres", 366, "meter"),
        measure("51 metres", 51, "meter"),
    ),
    s(
        "The port's new cranes can lift 65 tonnes each and move 30 containers an hour.",
        measure("65 tonnes", 65, "metric_ton"),
        count("30 containers", 30, "container"),
    ),
    s(
        "The ferry's freight deck takes lorries of up to 44 t, and the crossing now takes 1½ hours.",
        measure("up to 44 t", 44, "metric_ton", AT_MOST),
        duration("1½ hours", 1.5, "hour"),
    ),
)

CROPS = (
    s(
        "Brazil's coffee harvest is forecast at 66.4 million 60-kilogram bags.",
        count("66.4 million", 66.4 * M, "bag"),
        measure("60-kilogram", 60, "kilogram"),
    ),
    s(
        "Cocoa futures topped $12,000 a tonne in New York, up from about $2,500 two years ago.",
        money("$12,000", 12_000, "USD"),
        money("about $2,500", 2500, "USD", ABOUT),
        ago("two years ago", 2, "year"),
    ),
    s(
        "Ivory Coast, which grows about 40% of the world's cocoa, expects a crop of 1.8 million tonnes.",
        share("about 40%", 40, ABOUT),
        measure("1.8 million tonnes", 1.8 * M, "metric_ton"),
    ),
    s(
        "India's rice stocks stand at 44.5 million tonnes, more than three times the government's"
        " buffer norm.",
        measure("44.5 million tonnes", 44.5 * M, "metric_ton"),
        count("more than three times", 3, None, MORE),
    ),
    s(
        "Farmers in Kenya are paid 110 shillings a kilo for their tea.",
        money("110 shillings", 110, "KES"),
    ),
)

WATER = (
    s(
        "Thames Water loses about 570 million litres a day through leaks, roughly a quarter of its supply.",
        measure("about 570 million litres", 570 * M, "liter", ABOUT),
        share("roughly a quarter", 25, ABOUT),
    ),
    s(
        "Bills will rise by an average of £86 a year, or 21%, over the next five years.",
        money("£86", 86, "GBP"),
        share("21%", 21),
        duration("five years", 5, "year"),
    ),
    s(
        "The new reservoir will hold 50 billion litres and cover 700 acres.",
        measure("50 billion litres", 50 * B, "liter"),
        measure("700 acres", 700, "acre"),
    ),
    s(
        "Households in Las Vegas used 110 gallons per person a day during the drought.",
        measure("110 gallons", 110, "gallon"),
    ),
)

NOT_FIGURES = (
    s("Formula 1 returns to Las Vegas in November."),
    s("Euro 2028 will be held in Britain and Ireland."),
    s("The Volvo EX30 and the BMW iX3 were unveiled in Munich."),
    s("The rate decision will be announced at 12pm on Thursday."),
)

BLIND_SET_4: tuple[DevSentence, ...] = (
    *CENTRAL_BANKS,
    *TOURISM,
    *PENSIONS,
    *FOOTBALL,
    *HEAT,
    *CARS,
    *STREAMING,
    *SHIPPING,
    *CROPS,
    *WATER,
    *NOT_FIGURES,
)
