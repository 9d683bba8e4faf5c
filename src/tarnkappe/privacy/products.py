"""A maker's name before its model's code or name is no one's: "Prusa MK4", "Roland GS-24", "Dobson 10\\"",
"Viessmann Vitodens".

Makerspaces' machine lists, observatories' telescopes and swap meets' article lists write a product as
its maker and its model -- and the maker is a surname ("Prusa", "Roland", "Dobson"): the name rules
and the learned model masked it (38 spans in the read sets, none a person's; session 22).  A PERSON
entity right before a space and a model's code -- capitals, maybe a hyphen, digits, maybe a capital
("MK4", "GS-24", "D840"), or a size in inches ('10"') -- that ends there is dropped.  A postcode after a
town is none of these: "DL1 4XY", "K7L 3N6" go on with a digit after a space.

A maker a closed list names -- cars, boilers, household appliances, electronics (:data:`PRODUCT_MAKERS`) --
before a model a closed list names (:data:`MODELS`) is one too: "Viessmann Vitodens", "Dacia Duster", "Elco
Thision", "Alfa Romeo Tonale" were masked in every boiler service's and test drive's row (holdout32, read in
session 28: about 150 spans, none a person's).  Such a PERSON entity -- the maker, the model, maybe one word more
("Combi") -- is dropped; not where the model is a listed first name ("Škoda Octavia", "Renault Zoe": "RENAULT Zoe"
is a surname written first as often), nor after a title ("Dr. Skoda").  Makers are surnames too ("Ford", "Renault",
"Siemens", "Riello"): before any other word, a first name the lists may not know ("RENAULT Marie-Claude", "Riello
Gianfranca"), the entity stays masked -- a first version that dropped a maker before any word no list knew as a
first name sent such names in clear (second review of session 28, test_review_session28b.py).

Bounded work: one anchored match after each PERSON entity, a few set look-ups for its words.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import CAR_MAKES, CUES, TITLE_PARTS
from .entities import Entity, EntityType
from .names import NameLexicon

_MODEL_CODE = scan.compile(r"[ ](?:[A-Z]{1,4}-?\d{1,4}[A-Z]?|\d{1,2}(?:\"|''|”))(?![\w.,/\-]|[ ]\d)")


# Makers of cars, boilers, household appliances and electronics, as written
PRODUCT_MAKERS = CAR_MAKES | frozenset(
    """VW Seat SEAT Cupra BMW Mercedes-Benz Porsche Ford Honda Mini Smart Jaguar Polestar MG BYD Abarth Maserati
    Ferrari Lamborghini Bentley Infiniti Cadillac Iveco Isuzu
    Viessmann Vaillant Buderus Junkers Elco Hoval Beretta Baxi Ariston Chaffoteaux Worcester Remeha Weishaupt Brötje
    Immergas Ferroli Riello Daikin Stiebel Dimplex Rinnai Navien Atag Nefit Intergas
    Miele Siemens AEG Electrolux Smeg Beko Liebherr Gorenje Whirlpool KitchenAid Philips Dyson iRobot Roomba DeLonghi
    Nespresso Samsung LG Sony Panasonic Grundig Bauknecht Neff Gaggenau Hoover Indesit Zanussi Hotpoint Toshiba
    Hisense Haier Kenwood Krups Rowenta Tefal Moulinex Thermomix Vorwerk Kärcher Nilfisk Makita Hilti Festool Metabo
    Lenovo Asus Acer Nikon Garmin Fitbit Logitech Epson Kyocera Ricoh Xerox Huawei Xiaomi Oppo Nokia Motorola
    Fairphone""".split()
)
# the second word of a maker of two ("Alfa Romeo", "Land Rover", "Mercedes Benz", "Saunier Duval")
_SECOND_WORDS = {"Romeo": "Alfa ", "Rover": "Land ", "Benz": "Mercedes ", "Duval": "Saunier "}
# Models of cars and boilers, as written after their maker
MODELS = frozenset(
    """Vitodens Vitocal Vitola Vitocrossal Vitoladens ecoTEC ecoFIT Thision Mynute Luna Clas Greenstar UltraGas
    TopGas Logamax Cerapur Duster Sandero Logan Jogger Octavia Fabia Superb Kodiaq Karoq Kamiq Scala Enyaq Clio
    Mégane Megane Captur Kadjar Twingo Arkana Austral Corsa Astra Mokka Insignia Kuga Fiesta Focus Puma Mustang
    Ranger Transit Golf Polo Passat Tiguan Touran Touareg Yaris Corolla Aygo Prius Tonale Giulia Stelvio Giulietta
    Ioniq Tucson Kona Picanto Ceed Sportage Niro Sorento Qashqai Juke Micra Civic Jazz Panda Tipo Punto Ibiza Leon
    Arona Ateca Formentor Cooper Countryman Fortwo Forfour Swift Vitara Ignis Outback Forester Impreza Kangoo
    Berlingo Ducato Sprinter Vito Caddy Multivan Crafter Trafic Vivaro Movano""".split()
)


def without_product_makers(text: str, entities: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``entities`` without the PERSON entities that name a product's maker before its model's code or name."""
    return [e for e in entities if e.type != EntityType.PERSON or (
        scan.match(_MODEL_CODE, text, e.end) is None and not _maker_and_model(text, e, lexicon))]


def _maker_and_model(text: str, entity: Entity, lexicon: NameLexicon) -> bool:
    """The entity is a maker (or a maker's second word: "Alfa |Romeo Tonale"), a listed model, maybe one word more."""
    words = entity.text.split(" ")
    maker = words[0]
    made = maker in PRODUCT_MAKERS or maker in _SECOND_WORDS and text.endswith(_SECOND_WORDS[maker], 0, entity.start)
    if not 2 <= len(words) <= 3 or not made or words[1] not in MODELS:
        return False
    if any(lexicon.is_first_name(w) for w in words[1:]):
        return False  # "RENAULT Zoe", "Seat Leon": a surname and a first name as often
    before = text[max(0, entity.start - 16):entity.start].rstrip(" ").rstrip(".:").rsplit(None, 1)
    return not (before and (before[-1] in CUES or before[-1] in TITLE_PARTS))  # a title's: "Dr. Skoda"
