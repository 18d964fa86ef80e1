"""Tricky paragraphs for the entity corrections: clubs, companies and people named like places,
places the small model mislabels, and the same name as a place and as something else side by side.

Annotated by hand before the pipeline was run on them. Only people (PERSON), organisations (ORG:
clubs, companies) and countries, regions and cities (GPE) are labelled, because those are the
labels the corrections move between; other entities (dates, nationalities, stadiums) are not
scored. A club is an ORG wherever it plays ("Leeds lost"), the city an ORG's name comes from is a
GPE ("the city of Leeds"), a person is a PERSON whatever their name reads like ("Jordan scored").
Scored by tests/nlp/test_entity_corrections.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    spans: tuple[GoldSpan, ...]


def paragraph(text: str, *mentions: tuple[str, str]) -> Paragraph:
    """``mentions`` as (text, label) in reading order; each is found after the one before it."""
    spans = []
    searched_from = 0
    for mention, label in mentions:
        start = text.index(mention, searched_from)
        spans.append(GoldSpan(start, start + len(mention), mention, label))
        searched_from = start + len(mention)
    return Paragraph(text, tuple(spans))


PER, ORG, GPE = "PERSON", "ORG", "GPE"

PARAGRAPHS = (
    paragraph(
        "Liverpool beat Chelsea 2-0 at Anfield on Saturday. Liverpool manager Arne Slot said his side "
        "had been patient, while Chelsea remain sixth.",
        ("Liverpool", ORG),
        ("Chelsea", ORG),
        ("Liverpool", ORG),
        ("Arne Slot", PER),
        ("Chelsea", ORG),
    ),
    paragraph(
        "Thousands of fans travelled from Leeds to London for the final. Leeds lost 1-0 to Southampton, "
        "and the city of Leeds fell silent.",
        ("Leeds", GPE),
        ("London", GPE),
        ("Leeds", ORG),
        ("Southampton", ORG),
        ("Leeds", GPE),
    ),
    paragraph(
        "Sevilla held Valencia to a goalless draw in Seville on Sunday. Valencia have not won away "
        "since October.",
        ("Sevilla", ORG),
        ("Valencia", ORG),
        ("Seville", GPE),
        ("Valencia", ORG),
    ),
    paragraph(
        "Milan signed the striker from Porto for 40 million euros. The player said he had always "
        "dreamed of living in Milan.",
        ("Milan", ORG),
        ("Porto", ORG),
        ("Milan", GPE),
    ),
    paragraph(
        "Toyota raised its profit forecast on Tuesday. Shares of Toyota rose 4 percent in Tokyo, and "
        "Nissan also gained.",
        ("Toyota", ORG),
        ("Toyota", ORG),
        ("Tokyo", GPE),
        ("Nissan", ORG),
    ),
    paragraph(
        "Nokia will cut 14,000 jobs, the Finnish company said. Nokia's chief executive, Pekka "
        "Lundmark, said Helsinki would remain its headquarters.",
        ("Nokia", ORG),
        ("Nokia", ORG),
        ("Pekka Lundmark", PER),
        ("Helsinki", GPE),
    ),
    paragraph(
        "Florence Pugh arrived in Florence on Friday for the festival. Pugh said Italy had always felt "
        "like a second home.",
        ("Florence Pugh", PER),
        ("Florence", GPE),
        ("Pugh", PER),
        ("Italy", GPE),
    ),
    paragraph(
        "Jordan scored 30 points for the Bulls on Friday night. After the game, Jordan said he wanted "
        "to visit Jordan and Egypt in the summer.",
        ("Jordan", PER),
        ("Bulls", ORG),
        ("Jordan", PER),
        ("Jordan", GPE),
        ("Egypt", GPE),
    ),
    paragraph(
        "Paris Hilton opened a hotel in Paris last week. Hilton told reporters that France had been "
        "her favourite country since childhood.",
        ("Paris Hilton", PER),
        ("Paris", GPE),
        ("Hilton", PER),
        ("France", GPE),
    ),
    paragraph(
        "Denzel Washington flew to Washington to meet the president. Washington, 69, said the visit "
        "had been planned for months.",
        ("Denzel Washington", PER),
        ("Washington", GPE),
        ("Washington", PER),
    ),
    paragraph(
        "Russian drones struck Kyiv overnight, officials said. Ukrainian forces pushed further into "
        "the Kursk region, and Kharkiv was shelled again.",
        ("Kyiv", GPE),
        ("Kursk", GPE),
        ("Kharkiv", GPE),
    ),
    paragraph(
        "The governor of Belgorod said a drone hit a fuel depot. Air defences also downed drones over "
        "Bryansk and Voronezh, the ministry in Moscow said.",
        ("Belgorod", GPE),
        ("Bryansk", GPE),
        ("Voronezh", GPE),
        ("Moscow", GPE),
    ),
    paragraph(
        "Boeing moved its headquarters from Chicago to Arlington, Virginia. Boeing said the move would "
        "bring it closer to customers in Washington.",
        ("Boeing", ORG),
        ("Chicago", GPE),
        ("Arlington", GPE),
        ("Virginia", GPE),
        ("Boeing", ORG),
        ("Washington", GPE),
    ),
    paragraph(
        "Google said its new office in Zurich would employ 5,000 people. Google's rival, Microsoft, "
        "opened a centre in Dublin last year.",
        ("Google", ORG),
        ("Zurich", GPE),
        ("Google", ORG),
        ("Microsoft", ORG),
        ("Dublin", GPE),
    ),
    paragraph(
        "Brooklyn Beckham and his father, David Beckham, were seen in Brooklyn on Sunday. Beckham "
        "later flew back to London.",
        ("Brooklyn Beckham", PER),
        ("David Beckham", PER),
        ("Brooklyn", GPE),
        ("Beckham", PER),
        ("London", GPE),
    ),
    paragraph(
        "Austin Butler grew up in Anaheim, not in Austin, Texas. Butler moved to Los Angeles as a teenager.",
        ("Austin Butler", PER),
        ("Anaheim", GPE),
        ("Austin", GPE),
        ("Texas", GPE),
        ("Butler", PER),
        ("Los Angeles", GPE),
    ),
    paragraph(
        "Barcelona thrashed Real Madrid 4-0 at the Bernabeu. Barcelona coach Hansi Flick praised "
        "Lamine Yamal, who scored twice.",
        ("Barcelona", ORG),
        ("Real Madrid", ORG),
        ("Barcelona", ORG),
        ("Hansi Flick", PER),
        ("Lamine Yamal", PER),
    ),
    paragraph(
        "Bayern Munich were held 1-1 by Leverkusen. Fans in Munich blamed the referee.",
        ("Bayern Munich", ORG),
        ("Leverkusen", ORG),
        ("Munich", GPE),
    ),
    paragraph(
        "Philips will close its factory in Eindhoven, the Dutch company said on Wednesday. Philips "
        "employs 3,000 people in Amsterdam.",
        ("Philips", ORG),
        ("Eindhoven", GPE),
        ("Philips", ORG),
        ("Amsterdam", GPE),
    ),
    paragraph(
        "Dakota Johnson met Governor Kristi Noem in South Dakota on Friday. Johnson said she had never "
        "been to Pierre before.",
        ("Dakota Johnson", PER),
        ("Kristi Noem", PER),
        ("South Dakota", GPE),
        ("Johnson", PER),
        ("Pierre", GPE),
    ),
    paragraph(
        "Everton confirmed on Monday that the club had been sold to an American investor. Everton play "
        "their last season at Goodison Park before moving across Liverpool.",
        ("Everton", ORG),
        ("Everton", ORG),
        ("Liverpool", GPE),
    ),
    paragraph(
        "Officials in Odesa said a port was damaged. Odesa's mayor, Hennadiy Trukhanov, said Kherson "
        "and Mykolaiv had also been hit.",
        ("Odesa", GPE),
        ("Odesa", GPE),
        ("Hennadiy Trukhanov", PER),
        ("Kherson", GPE),
        ("Mykolaiv", GPE),
    ),
)
