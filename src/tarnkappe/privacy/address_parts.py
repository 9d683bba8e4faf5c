"""The parts of an address the address patterns leave outside: a flat before the street ("Appt 20,
15, rue Victor-Hugo", "Apt 13, 50 O'Connell Street"), and after the house number what Italian,
Austrian and French addresses add -- "bis"/"ter", the floor, the staircase and the flat ("Via
Garibaldi n. 68 bis", "Piazza della Repubblica 71, 6° piano", "scala C, int. 9", "Grabenweg
5/Stiege 1/18") -- then the postcode and town that follow them ("…, 6° piano, 90133 Palermo PA").
Masked with the address, or the flat and the town stayed in clear (issue 13: holdout5).

And before a postcode and town found on their own, the street whose name holds no street word the
patterns know: "Rebmatte 16, CH-8840 Einsiedeln", "Lange Reihe 15 · 70597 Stuttgart", "Auf dem Hügel 30 /
86161 Augsburg" -- capitalised words (particles between them) and a house number right before the
town's code, after a comma, a middle dot, a slash or a dash (holdout27, read in session 24).  And such a
street before its floor ("Hinterdorf 16, 3. OG rechts", "Haldenmatte 7, EG"): the floor says it is a home.

Linear: one bounded match before and a few after each address found.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.postcodes import STREET_PARTICLE
from .entities import Entity, EntityType
from .gates import Gate
from .names import load_lexicon

_UNIT_BEFORE = scan.compile(
    r"(?:^|(?<=[\s:(\"']))(?:Appt\.?|App\.|Apt\.?|Apartment|Flat|Unit|Suite|Wohnung|Whg\.|Bât\.|bât\.|BAT\.|BÂT\.|Bâtiment"
    r"|Escalier|Esc\.|Top)[ ]?[A-Za-z0-9\-]{1,6},?[ ]\Z"
)
_UNIT_AFTER = scan.compile(
    r"(?:[ /](?:bis|ter|quater|BIS|TER)(?![\w])"  # (Italian writes "47/bis": holdout39, read in session 35)
    r"|,?[ ](?:\d{1,2}°[ ]?piano|piano[ ]\d{1,2}|(?:scala|sc\.)[ ][A-Z0-9]{1,3}|(?:int\.|interno)[ ]?\d{1,4}"
    r"|\d{1,2}(?:e|er|ème|eme)[ ]étage|(?:Stiege|Stg\.)[ ]?\d{1,3}"
    # a German floor, its side after it: "Hauptstraße 6, 3. OG links", "Tulpenweg 11-13, EG", typed in a chat
    # "gartenstraße 7, 2. og links" (holdout40, read in session 36: ", EG" was left in clear after its street)
    # (and with "ß": "1. Obergeschoß", "Untergeschoß"; the review of session 36)
    r"|(?:\d{1,2}\.[ ]?(?:OG|og|Og|UG|ug|Stock|stock|Etage|etage|Obergescho(?:ss|ß)|obergescho(?:ss|ß)|OBERGESCHOSS)"
    r"|(?<=,[ ])(?:EG|eg|Eg|DG|dg|UG|ug|Parterre|parterre|Hochparterre|hochparterre|[Ee]rdgescho(?:ss|ß)"
    r"|[Dd]achgescho(?:ss|ß)|[Uu]ntergescho(?:ss|ß)|Souterrain|souterrain))"
    r"(?:[ ](?:links|rechts|Mitte|mitte|li\.|re\.))?(?![\w\-])"
    r"|Top[ ]?\d{1,4}|(?:Apt|Suite|Unit|Flat)\.?[ ]?[A-Za-z0-9\-]{1,6})"
    r"|/(?:Stiege|Stg\.?|Top|Tür)[ ]?\d{1,3}(?:/\d{1,4})?|/\d{1,4}(?![\d]))"
)
# The preposition or adjective a German street's name begins with, before a street found by its word: "Am
# Sportplatz 55", "Obere Halde 160b" (holdout29, read in session 26).
_DE_PREFIX_BEFORE = scan.compile(
    r"(?<![\w\-'’.])(?:Am|Im|Zum|Zur|An[ ]der|An[ ]den|Auf[ ]der|Auf[ ]dem|In[ ]der|In[ ]den|Unter[ ]den|Hinter[ ]der"
    r"|Bei[ ]der|Obere|Oberer|Untere|Unterer|Alte|Alter|Neue|Neuer|Hintere|Hinterer|Vordere|Vorderer)[ ]\Z"
)
_TOWN_START = scan.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}[ ][^\W\d_]")  # (where a town's address starts)
_STREET_BEFORE_TOWN = scan.compile(  # (searched in the 64 characters before the code: it ends the window)
    rf"[A-ZÀ-ÖØ-Þ](?<![\w'’.\-][A-ZÀ-ÖØ-Þ])[^\W\d_'’\-]{{1,40}}+(?:-[^\W\d_]{{1,40}}+)?"
    rf"(?:[ ](?:{STREET_PARTICLE}[ ])?[A-ZÀ-ÖØ-Þ][^\W\d_'’\-]{{1,40}}+(?:-[^\W\d_]{{1,40}}+)?){{0,2}}+"
    r"[ ](?<![\d][ ])\d{1,4}[a-z]?(?:/\d{1,3})?(?:,[ ]|[ ][·/–\-][ ])\Z"
)
# (led by the comma before the floor, the street read back from it: one scan of a cheap literal)
_FLOOR_AFTER_STREET = scan.compile(
    r",(?:(?<=\d,)|(?<=\d[a-z],))[ ](?:\d{1,2}\.[ ]?(?:OG|Stock|Etage|UG|Obergeschoss)|EG|DG|UG"
    r"|Parterre|Hochparterre|Erdgeschoss|Dachgeschoss|Souterrain)(?![\w\-])"
)
_FLOOR_GATE = Gate((", EG", ", DG", ", UG", " OG", "Stock", "Etage", "geschoss", "Parterre", "parterre", "Souterrain"))
_STREET_BEFORE_FLOOR = scan.compile(  # (searched in the 48 characters before the comma: it ends the window)
    rf"[A-ZÀ-ÖØ-Þ](?<![\w'’.\-][A-ZÀ-ÖØ-Þ])[^\W\d_'’\-]{{2,40}}+(?:-[^\W\d_]{{1,40}}+)?"
    rf"(?:[ ](?:{STREET_PARTICLE}[ ])?[A-ZÀ-ÖØ-Þ][^\W\d_'’\-]{{1,40}}+){{0,2}}+[ ]\d{{1,3}}[a-z]?\Z"
)
_TOWN_AFTER = scan.compile(
    r"(?:,[ ]?|[ ][-–][ ]|[ ]·[ ])(?:[A-Z]{1,2}-)?\d{4,5}[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+"
    r"(?:[ \-][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+){0,3}(?:[ ]\(?[A-Z]{2}\)?)?(?![\w])"
)


# The postcode and town in the record's next field after a street: the next cell of a table, the next
# element of XML, the next value of a CSV row or the next line ("<homeAddress>Anichstraße 33</homeAddress>
# <homeTown>6020 Innsbruck</homeTown>", "| Rue de Bourg 8 | 1003 Lausanne |"; holdout24, session 21):
# alone a town and its code are no one's, after a person's street they are where the person lives.
_TOWN_FIELD = scan.compile(
    r"(?:</[\w:\-]{1,40}>[ \t\r\n]{0,40}<[\w:\-]{1,40}>|[ ]{0,40}\|[ ]{0,4}|\t|\"?[;,]\"?[ ]?|[ ]{0,4}\r?\n[ \t]{0,12})"
    r"(?P<town>(?:[A-Z]{1,2}-)?\d{4,5}[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+\.?"
    r"(?:(?:[ \-/]|[ ](?:am|im|an|der|bei|sur|sous|en|di|del|la|le|upon)[ ])[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+\.?){0,3})"
    r"(?=[ \t]{0,40}(?:<|\||;|,|\"|\r?\n|\Z))"
)

# The postcode and town as the value of the next line's own key, right after a street that ends its
# line: a form that splits an address over two keys ("Winterquartier: Rosenweg 189\nWinterquartier (2):
# 8003 Zürich", "urkunde_an = Goethestr. 50\nurkunde_an_2 = 70173 Stuttgart", "Adresse: Chemin des Vignes
# 25\nLocalité: 1950 Sion", "[Urkunde an (2)] 29221 Celle"; holdout29, read in session 26).  The key is
# any short label; the value is the whole rest of its line and nothing but a code and a town.
_KEYED_TOWN_LINE = scan.compile(
    r"[ \t]{0,40}(?:\|[ \t]{0,4})?\r?\n[>\-•\t ]{0,8}+(?:\*[ ]{1,3})?(?:\*\*|\[|\|[ ]{0,4})?"
    r"[^\W\d_][\w·/()'’\-]{0,40}+(?:[ ][\w·/()'’\-]{1,40}+){0,5}+"  # the key: words, one space apart
    r"(?:\*\*|\])?(?:[ \t]{0,4}(?::|=|\|)(?:\*\*)?[ \t]{0,40}|[ ]{0,2}\.{2,60}+[ \t]{1,40}|\t[ \t]{0,40}"
    r"|(?<=\])[ ]{1,40}|[ ]{2,40})"
    r"(?P<town>(?:[A-Z]{1,2}-)?\d{4,5}[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+\.?"
    r"(?:(?:[ \-/]|[ ](?:am|im|an[ ]der|an|der|bei|sur|sous|en|di|del|la|le|les|upon)[ ])"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+\.?){0,3}+"
    r"(?:[ ]\([A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+\))?)"
    r"(?=[ \t]{0,40}(?:\||\r?\n|\Z))"
)


def with_parts(text: str, found: list[Entity]) -> list[Entity]:
    """``found`` with each ADDRESS widened over the flat before it, the floor, staircase or flat
    after its number, and the postcode and town after those (only after those: an address
    without them is left as its detector found it); and the streets before a floor (module docstring)."""
    found = [*found, *_streets_before_floors(text, found)] if _FLOOR_GATE.opens(text) else found
    out: list[Entity] = []
    changed = False
    for e in found:
        if e.type != EntityType.ADDRESS:
            out.append(e)
            continue
        start, end = e.start, e.end
        before = scan.search(_UNIT_BEFORE, text, max(0, start - 24), start)
        if before is not None:
            start = before.start()
        elif start > 2 and text[start - 1] == " " and (
                prefix := scan.search(_DE_PREFIX_BEFORE, text, max(0, start - 12), start)) is not None:
            start = prefix.start()  # "Am Sportplatz 55": the street's word found it, its preposition is its name's
        elif start > 4 and text[start - 2] in ",·/–-" and scan.match(_TOWN_START, text, start) is not None:
            street = scan.search(_STREET_BEFORE_TOWN, text, max(0, start - 64), start)
            if street is not None and not _a_year(text, street.end(), start):
                start = street.start()
        units = 0
        while units < 4 and (m := scan.match(_UNIT_AFTER, text, end)) is not None:
            end, units = m.end(), units + 1
        town = scan.match(_TOWN_AFTER, text, end) if units else None
        if town is not None:
            end = town.end()
        town_field = scan.match(_TOWN_FIELD, text, end) if town is None and end < len(text) and text[
            end] in _FIELD_ENDS else None
        if town_field is None and town is None and text[end:end + 1] in _LINE_ENDS:
            town_field = scan.match(_KEYED_TOWN_LINE, text, end)
            if town_field is not None and (_no_town(town_field.group("town")) or _year_key(
                    text[town_field.start():town_field.start("town")])):
                town_field = None  # ("Geburtsjahr: 1985 Bern": a year, review of session 26)
        if town_field is not None:
            changed = True  # (its own value: the street's field keeps its span)
            out.append(Entity(town_field.start("town"), town_field.end("town"), EntityType.ADDRESS,
                              town_field.group("town"), e.detector))
        if (start, end) == (e.start, e.end):
            out.append(e)
            continue
        changed = True
        out.append(Entity(start, end, EntityType.ADDRESS, text[start:end], e.detector))
    return out if changed else found


_FIELD_ENDS = frozenset("<| \t;,\"\r\n")
_LINE_ENDS = frozenset("| \t\r\n")


def _streets_before_floors(text: str, found: list[Entity]) -> list[Entity]:
    """ADDRESS entities for a street no pattern knows before its floor ("Hinterdorf 16, 3. OG rechts")."""
    taken = sorted((e.start, e.end) for e in found if e.type == EntityType.ADDRESS)
    common = load_lexicon().common_words
    out = []
    for floor in scan.finditer(_FLOOR_AFTER_STREET, text):
        comma = floor.start()
        street = scan.search(_STREET_BEFORE_FLOOR, text, max(0, comma - 48), comma)
        if street is None or any(s < comma and street.start() < e for s, e in taken):
            continue  # (an address found already: with_parts adds its floor)
        words = street.group().split(" ")
        if words[0] in _NO_STREET or len(words) == 2 and words[0].lower() in common:
            continue  # "Zimmer 12, 2. OG", "Haus 3, EG", "Kapitel 3, 1. Stock": a room's, a house's, a text's number
        out.append(Entity(street.start(), floor.end(), EntityType.ADDRESS, text[street.start():floor.end()], "address"))
    return out


_YEAR_WORDS = frozenset("year année annee anno date data born geb geb. né née nato nata".split())
_YEAR_ENDS = ("jahr", "jahrgang", "datum")


def _year_key(key: str) -> bool:
    """A key that asks for a year or a date ("Geburtsjahr", "Jahrgang", "Year of birth") -- whole words: not
    "Arbeitgeber", "Wohngebiet" (second review of session 26)."""
    words = [w.strip("*[]():=|>-•\t\r\n .").lower() for w in key.split()]
    return any(w in _YEAR_WORDS or w.endswith(_YEAR_ENDS) for w in words if w)


def _no_town(value: str) -> bool:
    """"2024 Bericht", "1500 Franken": a year or an amount and a word that is no town (under a street
    and a key, any other code and word are the town: "20121 Milano", which the place list writes "Milan")."""
    code, word = value.split(" ", 2)[:2]
    word = word.split("-")[0]
    if word in _AMOUNTS or word.lower() in _AMOUNTS:
        return True
    lexicon = load_lexicon()
    year = len(code) == 4 and code.isdigit() and 1900 <= int(code) <= 2099
    return year and word.lower() in lexicon.common_words and word not in lexicon.places \
        and word.title() not in lexicon.places  # ("1950 SION")


# Currencies and units after a number under a key: "Miete: 1850 CHF", "Montant: 1500 Francs", "Fläche: 1200
# Quadratmeter" (review of session 26; Franken is a region too)
_AMOUNTS = frozenset(
    """Franken Francs Franchi Franc Euro Euros Dollar Dollars Pfund Pounds Sterling CHF EUR USD GBP SFr Fr Stück
    Personen Punkte Meter Quadratmeter Kilometer Liter Kilo Kilogramm Gramm Tonnen Stunden Minuten Tage Jahre
    Mitglieder Teilnehmer Exemplare Seiten Points Pieces Persons Members Metres Meters Hours Lire""".split()
)


_NO_STREET = frozenset("Zimmer Raum Haus Gebäude Block Trakt Stiege Treppe Tür Wohnung Whg Top Büro Saal Halle".split())


def _a_year(text: str, street_end: int, town_start: int) -> bool:
    """The "house number" before the town is a year's or a page's: "Ausgabe 2019, …" is no street (four
    digits are never a house number here); "Seite 12, 2019 Berlin": a town's code that is a year."""
    code = text[town_start:town_start + 8].split("-")[-1].split(" ")[0]
    return len(code) == 4 and code.isdigit() and 1900 <= int(code) <= 2099
