"""What a money or measure figure is the amount of: a set written before the rule first ran on it.

Each entry: a sentence, the figure's text as the extractor spans it, the noun (lemma, lower
case) naming what the amount is of, or None where the sentence names no such thing in the
figure's own phrase or clause, and the unit it is given per ("a barrel" → "barrel"), or None.
The topics are new to the project's other sets: oil and metals, housing, transport budgets,
sport transfers, retail, weather, farming, energy, public spending.
"""

from __future__ import annotations

MEASURED_BLIND_SET: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("Brent crude rose 2% to $81.40 a barrel on Monday.", "$81.40", "crude", "barrel"),
    ("Silver slipped to $23.10 an ounce in early trading.", "$23.10", "silver", "ounce"),
    ("The council approved a $12 million repair of the pier.", "$12 million", "repair", None),
    ("The repair of the pier will cost $14 million, engineers said.", "$14 million", "repair", None),
    ("Ticket sales totalled £3.2 million last season.", "£3.2 million", "sale", None),
    ("The club paid €45 million for the striker in August.", "€45 million", "striker", None),
    ("Average house prices fell to £268,000 in March.", "£268,000", "price", None),
    ("The median rent climbed to $1,950 a month.", "$1,950", "rent", "month"),
    ("Farmers received $2.4 billion in drought relief this year.", "$2.4 billion", "relief", None),
    ("The ministry set aside €600 million for rural broadband.", "€600 million", "broadband", None),
    ("Exports of wheat dropped to $5.1 billion in 2023.", "$5.1 billion", "export", None),
    ("The airline posted a $310 million loss for the quarter.", "$310 million", "loss", None),
    (
        "Its revenue reached $4.8 billion, up from $4.1 billion a year earlier.",
        "$4.8 billion",
        "revenue",
        None,
    ),
    (
        "Its revenue reached $4.8 billion, up from $4.1 billion a year earlier.",
        "$4.1 billion",
        "revenue",
        None,
    ),
    ("The city plans a $75 million bus depot near the river.", "$75 million", "depot", None),
    ("Diesel now costs $1.89 per litre at most pumps.", "$1.89", "diesel", "litre"),
    ("The state spent $820 million on school meals last year.", "$820 million", "meal", None),
    ("A new budget gives $3 billion to hospitals.", "$3 billion", "hospital", None),
    ("Shares of the retailer closed at $41.25 on Friday.", "$41.25", "share", None),
    ("The dam holds 1.3 billion cubic metres of water.", "1.3 billion cubic metres", "water", None),
    ("Rainfall reached 112 millimetres in the capital overnight.", "112 millimetres", "rainfall", None),
    ("The new tunnel will be 14 kilometres long.", "14 kilometres", "tunnel", None),
    ("Harvests yielded 6.2 tonnes of maize per hectare.", "6.2 tonnes", "maize", "hectare"),
    ("The wind farm will produce 450 megawatts when it opens.", "450 megawatts", "farm", None),
    ("Temperatures hit 41C in Seville on Tuesday.", "41C", "temperature", None),
    ("The fine of $25,000 was paid in full.", "$25,000", "fine", None),
    ("Donors pledged more than $90 million in aid to the region.", "more than $90 million", "aid", None),
    ("Officials said the program had cost taxpayers about $2 billion.", "about $2 billion", "program", None),
    ("The company's debt stood at $7.5 billion at the end of June.", "$7.5 billion", "debt", None),
    ("Tolls on the bridge will rise to $9 per car.", "$9", "toll", "car"),
    # Nothing named: a pronoun, a word standing for an earlier figure, money raised for nothing said.
    ("It will cost about $5 million, she said.", "about $5 million", None, None),
    ("That came to $40 million over three years.", "$40 million", None, None),
    ("The figure rose to $12 billion by December.", "$12 billion", None, None),
    ("They raised $3 million within a week.", "$3 million", None, None),
)
