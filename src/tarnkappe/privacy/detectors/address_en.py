"""English postal addresses (US, UK) and French streets written with a lower-case type word.

* **US/UK street**: house number, one to three capitalised words, a street suffix of the USPS
  list ("3120 Maple Loop", "88 Harbor Villages", "14 Elm Trafficway"; UK-style lower-case
  suffixes too: "88 Smith lane"), an optional unit ("Apt. 4", "Suite 210", "Flat 3" before or
  after), then the town line if it follows ("Springfield, IL 62704", "Harrowgate\\nDL1 4XY").
  Suffixes that are also ordinary plurals in prose ("3 Key Points", "10 Best Ways") count only
  when a unit or a town line follows.
* **Town line alone**: "City, ST 12345(-6789)" with a real state code; a UK postcode with the
  town before it on its line or the line above ("Harrowgate DL1 4XY", "LS6 2QT"); military
  "PSC 1234, Box 5678\\nAPO AE 12345".
* **French, lower-case type**: "chemin des Vignes 12", "avenue de la Gare 5", "boulevard
  Carl-Vogt 71" (address.py has the capitalised ones), with the postcode + locality after it.

Every repeat is bounded (scan.py); backward looks read at most a line of 120 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from ..learned.features import load_word_freq
from ..names import load_lexicon
from . import scan
from .address import (
    _CITY,
    _EIRCODE,
    _FR_NAME,
    _IT_NAME,
    _LOT_BEFORE_NUMBER,
    _NO,
    _S,
    TOWN_ONLY,
    UNITS_AFTER,
    _phone_tail_before,
)

_SUFFIXES = (
    "Alley Annex Arcade Avenue Ave Bayou Beach Bend Bluffs? Bottom Boulevard Blvd Branch Bridge Brooks? Burgs? "
    "Bypass Camp Canyon Cape Causeway Centers? Circles? Cir Cliffs? Club Common Corners? Course Courts? Ct Coves? "
    "Creek Crescent Crest Crossing Crossroad Curve Dale Dam Divide Drives? Dr Estates? Expressway Extensions? "
    "Falls? Ferry Fields? Flats? Fords? Forest Forges? Forks? Fort Freeway Gardens? Gateway Glens? Greens? "
    "Groves? Harbors? Haven Heights Highway Hwy Hills? Hollow Inlet Islands? Isle Junctions? Keys? Knolls? "
    "Lakes? Land Landing Lane Ln Lights? Loaf Locks? Lodge Loop Mall Manors? Meadows? Mews Mills? Mission "
    "Motorway Mount Mountains? Neck Orchard Oval Overpass Parks? Parkways? Pass Passage Path Pike Pines? Place "
    "Pl Plains? Plaza Points? Ports? Prairie Radial Ramp Ranch Rapids? Rest Ridges? River Roads? Rd Route Row "
    "Rue Run Shoals? Shores? Skyway Springs? Spurs? Squares? Sq Station Stravenue Stream Streets? St Summit "
    "Terrace Ter Throughway Trace Track Trafficway Trail Trailer Tunnel Turnpike Underpass Unions? Valleys? "
    "Viaduct Views? Villages? Ville Vista Walks? Wall Ways? Wells? "
    "Parade Close Rise Wharf Yard Quay Embankment Esplanade Promenade Broadway Chase Croft Mead Gate "
    "Crt Cres Tce Pde Cct Lawn"
).split()
# Suffixes that are ordinary English words after a number in prose: only with a unit or town after.
_WEAK = frozenset(
    "Points Point Ways Way Views View Keys Key Lights Light Rest Run Pass Track Course Common Center Centers "
    "Union Unions Mission Land Walks Walk Wells Parks Plains Spurs Squares Streams Fields Forks Locks "
    "Route Row Station Wall Loaf Camp Club Dam Trace Ramp Path Passage Mall Fort Mount Close Rise Gate Chase Yard"
    .split()
)


def _suffix_alternation() -> str:
    out = []
    for s in sorted(_SUFFIXES, key=len, reverse=True):
        word, plural = (s[:-2], "s?") if s.endswith("?") else (s, "")
        out.append(f"[{word[0]}{word[0].lower()}]{word[1:]}{plural}")
    return "|".join(out)


_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI AA AE AP"
).split()
# "Elm", "McGreal", "MacHenry", "Dún", "O'Connell"
# (hyphenated with a capital after the hyphen too: "Trois-Rivières", "Saint-Jean-sur-Richelieu", "Stratford-upon-Avon")
_NAME = r"(?:Ma?c(?=[A-Z])|O['’](?=[A-Z]))?[A-ZÀ-Þ][a-zß-ÿ'’]{1,24}+(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ'’]{0,14}+){0,3}+"
# A town on an envelope: "LEICESTER LE2 8ST", "NEWCASTLE UPON TYNE NE1 4ST"
_CAPS_TOWN = r"[A-Z]{2,24}+(?:[ \-][A-Z]{2,24}+){0,2}"
_UNIT = (r"(?:Apt\.?|APT\.?|Apartment|APARTMENT|Suite|SUITE|Ste\.?|Unit|UNIT|Flat|FLAT|Studio|Room|Rm\.?|Level|LEVEL"
         r"|P\.?[ ]?O\.?[ ]Box|#)[ ]{0,2}\d{1,5}(?:/\d{1,3})?[A-Z]?")
# (a Scottish tenement's flat is floor/door: "Flat 2/2, 48 Meadow View"; holdout37, session 33)
# Possessive digits and spaces (what follows each is neither), and a capital must follow them
# before the alternations are tried: a run of numbers fails there after one class test.
# A street's name words; "5th" and "42nd" too ("103 W 5th St").
_SNAME = rf"(?:{_NAME}|\d{{1,3}}(?:st|nd|rd|th))"
# The number may carry a unit before it: "9/16 Kingfisher Terrace", "25-13 Birch Lane"; or be a range: "2–26 Mill Lane".
# (the house number's letter in either case, a to g in lower case: "12b Chapel Street", "38a The Crescent"; not
# "2m High Street banners", "2h Queen Street" -- two hours; holdout30, session 27)
# (after a comma and a digit only in a CSV's next cell -- see _thousands -- "Citroën C3,107 Church Lane", "Mercedes
# C 200,142 Rowan Crescent,"; holdout37, session 33)
_STREET = scan.compile(
    rf"\d(?<![\w./\-–]\d)\d{{0,5}}+(?:[/\-–]\d{{1,5}}+)?[A-Za-g]?[ ]{{1,2}}+(?=[A-Z\d])"
    rf"(?:[NS][EWew][ ]|[NSEW]\.?[ ]|North[ ]|South[ ]|East[ ]|West[ ])?"  # (the lower-case view's "Ne", "Sw")
    rf"(?P<name>{_SNAME}(?:[ ]{_SNAME}){{0,2}}?)[ ](?P<suffix>{_suffix_alternation()})\.?(?![\w])"
    rf"(?:[ ](?:{_suffix_alternation()})\.?(?![\w]))?"  # "98 Oak Hill Rd": the name ends in a suffix word
    rf"(?:[ ](?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?(?![\w]))?"  # "1600 Pennsylvania Avenue NW"
    rf"(?P<unit>,?[ ]{{1,2}}{_UNIT}(?![\w]))?"
)
# A unit before the street: "Flat 7, ", "2nd Floor Flat, ", "Apartment 28, The Maltings, "
_UNIT_BEFORE = scan.compile(
    rf"(?:{_UNIT}|(?:\d{{1,2}}(?:st|nd|rd|th)|Ground|Top|Basement)[ ]Floor(?:[ ]Flat)?|Basement[ ]Flat)"
    rf"(?:,[ ]{{1,2}}(?:The[ ])?{_NAME}(?:[ ]{_NAME})?)?[ \t]{{0,8}}(?:,[ ]{{0,2}}|\r?\n)$"
)
# also a CSV/TSV cell boundary: "43 College Road\tBray, Co. Wicklow A98 Y8A9", '…Terrace,"Galway, H91 …',
# a letterhead's " · " or " | ", an HTML line break ("71 Beach Road<br>BRUNSWICK VIC 3056")
# (a line break inside a quoted reply too, "> 83 Quarry Close\n> KENDAL LA9 8QE"; a dash between street and town:
# "83 Orchard Way - Glasgow G12 5UT", a slash: "5 Manor Way / READING RG4 5PE"; holdout32, session 28)
_SEP = r"(?:[,;]?[ \t]{1,2}|[,;\t]\"?|,?[ \t]{0,8}\r?\n(?:>[ ]?){0,3}+[ \t]{0,8}|[ ][·|–\-/][ ]{1,2}|<br[ ]?/?>)"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]{1,2}\d[ABD-HJLNP-UW-Z]{2}(?![\w])"
_STATE_NAMES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
    "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi "
    "Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia "
    "Washington Wisconsin Wyoming"
).split() + ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
             "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "District of Columbia"]
_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT Ontario Quebec Québec Alberta Manitoba Saskatchewan".split()
_AU_STATES = "NSW VIC QLD TAS ACT NT SA WA".split()
_STATE_ZIP = (
    rf"(?:(?:{'|'.join(_STATES + _STATE_NAMES)}),?[ ]{{1,2}}\d{{5}}(?:-\d{{4}})?"
    rf"|(?:{'|'.join(_PROVINCES)}|\((?:{'|'.join(_PROVINCES)})\)),?[ ]{{1,2}}[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    rf"|(?:{'|'.join(_AU_STATES)}),?[ ]{{1,2}}\d{{4}})(?![\w\-])"
)
# A town: capitalised words, also joined by "and", "upon", "on" ("Brighton and Hove",
# "Kingston upon Thames").
_TOWN = rf"(?:(?:St|Ste|Mt|Ft)\.[ ])?{_NAME}(?:[ ](?:(?:and|upon|on|under|in|of|the)[ ])?{_NAME}){{0,3}}+"
_COUNTRY_AFTER = scan.compile(
    r"(?:,?[ ]{1,2}|,?[ \t]{0,8}\r?\n[ \t]{0,8})"
    r"(?:USA|U\.S\.A\.|United[ ]States(?:[ ]of[ ]America)?|US|United[ ]Kingdom|UK|U\.K\.|Great[ ]Britain"
    r"|England|Scotland|Wales|Northern[ ]Ireland|Ireland|Canada|Australia|New[ ]Zealand)(?![\w])"
)
# What may follow a street: the town line (US "Springfield, IL 62704", UK "Harrowgate\nDL1 4XY"
# or "Leeds LS6 2QT"), or just the UK postcode.
_TOWN_AFTER = scan.compile(
    rf"{_SEP}(?:(?:{_TOWN}|{_CAPS_TOWN}),?[ ]{{1,2}}{_STATE_ZIP}"  # (in capitals: "KINGSTON ON  K7L 3N6")
    rf"|(?:(?:{_TOWN}|{_CAPS_TOWN}){_SEP})?{_UK_POSTCODE}"
    # NZ and AU without a state: "Mount Maunganui 3116", "Te Aro, Wellington 6011"
    rf"|(?:{_TOWN},[ ]{{1,2}})?{_TOWN}[ ]{{1,2}}\d{{4}}(?![\w\-])"
    # Ireland: town (a Dublin district number), county, Eircode: "Cork, Co. Cork, T12 X2Y3"
    rf"|{_TOWN}(?:[ ]\d{{1,2}}W?)?,?[ ]{{1,2}}(?:Co\.?[ ]{_TOWN},?[ ]{{1,2}})?{_EIRCODE}(?![\w\-]))"
)
# Or, after a street, its town (and region) alone before the clause ends ("19 Elm Grove, Leeds.",
# "45 King Street West, Toronto, Ontario").
_TOWN_ONLY_AFTER = scan.compile(
    rf"(?:(?:,[ ]{{1,2}}|[ ]in[ ]){_TOWN}){{1,2}}+(?=[ \t]{{0,4}}(?:[.;:)!?]|,|\r?\n|$|[ ][a-z]))"
)
# Town lines without a street, found from their most distinctive part.
# Town lines without a street are found from their postcode (few digit runs in prose; a pattern
# that began at the region code or the comma before it cost ~40 us per 1,000 characters of
# prose), then the region code before it is checked.
# The look-behind asks in C what _region_before asks first (a space, and before it a letter or a
# comma; [^\W\d_] is every letter and a few other numeric characters, which _region_before
# still turns down): a text dense with numbers had each one handed to Python.
_ZIP_AT = scan.compile(  # US, AU (CA: after a street)
    r"\d(?<![\w\-.,/]\d)(?<=[^\W\d_][ ]\d|,[ ]\d)(?:\d{4}(?:-\d{4})?|\d{3})(?![\w\-])"
)
_REGIONS = frozenset(_STATES + _STATE_NAMES + _PROVINCES + _AU_STATES)
# A Canadian postal code, for town lines without a street ("Toronto (ON) M5V 9L8", "Winnipeg MB  R3C
# 9E6"): the province before it is then asked for.
# (in one scan with the UK's postcodes, below: a scan of its own cost ~100 us on the ~2,000-token prompt)
_PROVINCE_BEFORE = scan.compile(rf"(?:{'|'.join(_PROVINCES)}|\((?:{'|'.join(_PROVINCES)})\)),?[ ]{{1,2}}\Z")
_STATE_ZIP_ONLY = scan.compile(_STATE_ZIP)
_POSTCODE_AT = scan.compile(
    r"[A-Z](?<![\w][A-Z])(?:[A-Z]?\d[A-Z\d]?[ ]{1,2}\d[ABD-HJLNP-UW-Z]{2}(?![\w])"  # UK
    r"|(?P<ca>\d[A-Z][ ]?\d[A-Z]\d)(?![\w\-]))"  # Canada
)
_MILITARY = scan.compile(
    r"[PUD](?<![\w][PUD])(?:(?<=P)SC|(?<=U)nit)[ ]\d{3,5},?[ ]Box[ ]\d{3,5}[ \t]{0,8}(?:,[ ]{0,2}|\r?\n)"
    r"[ \t]{0,8}[ADF]PO[ ](?:AA|AE|AP)[ ]\d{5}(?!\d)"
    r"|[U](?<![\w]U)(?:SNS|SNV|SCGC|SS)[ ][A-Z][a-z]{1,24}+[ \t]{0,8}(?:,[ ]{0,2}|\r?\n)[ \t]{0,8}FPO[ ](?:AA|AE|AP)[ ]\d{5}(?!\d)"  # noqa: E501 - one regular expression, read as a whole
)
_CITY_NAMES_BEFORE = scan.compile(  # (a saint's or a mount's town too: "St. Louis, MO 63110"; holdout29, session 26)
    rf"(?:(?:St|Ste|Mt|Ft)\.[ ])?(?:{_NAME}[ ](?:(?:and|upon|on|under|in|of|the)[ ])?){{0,3}}{_NAME},?[ ]{{1,2}}$"
    # (in capitals with its comma, as a letterhead writes it: "MADISON, WI 53703-4591"; holdout40, session 36)
    rf"|(?<![\w\-])(?:(?:ST|STE|MT|FT)\.[ ])?{_CAPS_TOWN},[ ]{{1,2}}$"
)
_ADDRESS_LINE_BEFORE = scan.compile(
    rf"(?:(?<![^\n])|(?<=[,:][ ]))"
    rf"(?:{_UNIT}|(?:\d{{1,5}}[ ]{{1,2}})?{_NAME}(?:[ ]{_NAME}){{0,2}}?[ ](?:{_suffix_alternation()})\.?"
    rf"(?:,?[ ]{{1,2}}{_UNIT})?)[ \t]{{0,8}}(?:,[ ]{{0,2}}|,?\r?\n[ \t]{{0,8}})$"
)
_TOWN_BEFORE = scan.compile(rf"(?:(?:{_NAME}[ ]){{0,2}}{_NAME}|{_CAPS_TOWN}),?[ ]{{1,2}}$")
# An Eircode with its town (and county) before it, without a street: "Bray, Co. Wicklow A98 Y8A9",
# "Dublin 6W, D6W V6WV", "Galway, H91 YH3E" (a cell, a form's line).
# (the look-ahead first: most capitals of prose fail there, before the look-behind is asked)
_EIR_AT = scan.compile(
    r"[AC-FHKNPRTV-Y](?=\d\d[ ]|6W[ ])(?<![\w][AC-FHKNPRTV-Y])(?:\d{2}|6W)[ ][0-9AC-FHKNPRTV-Y]{4}(?![\w\-])"
)
_EIR_TOWN_BEFORE = scan.compile(
    rf"{_TOWN}(?:[ ]\d{{1,2}}W?)?,?[ ]{{1,2}}(?:Co\.?[ ]{_TOWN},?[ ]{{1,2}})?$"
)
_TOWN_LINE_BEFORE = scan.compile(rf"(?:{_NAME}[ ]){{0,2}}{_NAME}[ \t]{{0,8}},?\r?\n[ \t]{{0,8}}$")
# A number and one to three capitalised words before the town of a UK postcode, on the same line.
# (in capitals too, and with a saint's "St." or a Welsh or Irish particle: "277 OSBORNE ST, TORONTO, ON …",
# "24 St. Patrick's Terrace, Tralee V92 H1Y9", "7 Ffordd y Môr, Swansea SA1 8NS")
_STREET_WORD = rf"(?:{_NAME}|[A-Z]{{2,24}}+|St\.)"
_NUMBER_NAME_BEFORE = scan.compile(
    rf"(?<![\w,.])\d{{1,4}}[a-zA-Z]?[ ]{_STREET_WORD}(?:[ ](?:{_STREET_WORD}|y|na|an|the)){{0,3}},[ ]{{1,2}}\Z"
)
# Things numbered with a lower-case letter, before a number that would be a house's ("Exercise 3b", "Order 2b")
_NUMBERED_BEFORE = scan.compile(
    r"(?<![\w])(?i:exercise|order|item|task|question|page|step|level|room|table|figure|fig\.|chapter|section"
    r"|gate|platform|bus|tram|line|seat|row|aufgabe|übung|seite|raum|zimmer|tisch|kapitel|gleis|linie|platz)[ ]\Z"
)
# A unit's word right before the street's number: "Unit 3/14 Murray Street", "Flat 2/1 …"
_UNIT_WORD_BEFORE = scan.compile(r"(?:Unit|UNIT|Flat|FLAT|Apt\.?|APT\.?|Apartment|Suite|Shop|Villa)[ ]\Z")
# French street types written in lower case ("chemin des Vignes 12"); the capitalised ones are
# address.py's.  A lower-case letter not inside a word, then the rest of the type word.
# A French house number before the type word of a street _LOWER_TYPE found by a later number ("108 rue des
# Acacias\nBP 620\n06000 NICE CEDEX": the post box's number ended it; holdout37, session 33)
_FR_NUMBER_BEFORE = scan.compile(r"(?<![\w.,:/\-])\d{1,4}(?:[ ]?(?:bis|ter)|[a-zA-Z])?,?[ ]\Z")
_QUOTED_POSTCODE_LINE = scan.compile(r"[ \t]{0,8}\r?\n(?:>[ ]?){1,3}+[ \t]{0,8}(?:(?:CH|F|L|B)-)?\d{4,5}[ ][A-ZÀ-Þ]")
_ALSO_ENGLISH = frozenset({"place", "passage", "route", "cours", "rte"})
_PARTICLES = frozenset({"de", "des", "du", "la", "le", "les", "l", "d"})


# Italian street types written in lower case ("via dei Fiori 9", "abito in via Garibaldi 45"):
# "via" is also an English and French word, so these count only with a postcode + locality after
# them, a particle starting the name, or a word before them that says an address follows.
_FR_TAILS = (
    r"(?<=r)(?:ue|oute|te|uelle)|(?<=a)(?:venue|v\.|llée)|(?<=b)(?:oulevard|d)"
    r"|(?<=c)(?:hemin|h\.|ours|roissant|haussée)|(?<=p)(?:lace|assage)|(?<=i)mpasse|(?<=q)uai|(?<=s)entier|(?<=m)ontée"
)
_IT_TAILS = (
    r"(?<=v)(?:iale|ia|icolo)|(?<=p)(?:iazzale|iazza)|(?<=c)(?:orso|ontrada)"
    r"|(?<=l)(?:argo|ocalità|ungomare)|(?<=s)(?:trada|alita)|(?<=f)razione"
)
# Both in one scan: a lower-case letter not inside a word, then the rest of a French (group fr)
# or Italian (group it) type word; one pass of the engine over the text instead of two.  One space
# before the number, or a comma: after two a table's next column begins ("58 ter avenue Jean Jaurès
# 02.73.75.35.33": a phone; holdout23, session 20).
_LOWER_TYPE = scan.compile(
    r"[rabcpiqsvlfm](?<![\w’'][rabcpiqsvlfm])"
    rf"(?:(?P<fr>{_FR_TAILS}){_S}{_FR_NAME}|(?P<it>{_IT_TAILS}){_S}{_IT_NAME})"
    rf"(?P<number>(?:,[ ]{{0,8}}|[ ])(?:n\.\s?)?{_NO})(?![\w])"
)
# A phone's first group where a house number would be after a street's name: a leading zero, or another group of
# digits after it ("…, 0033 4 80 47 08 84", "…, 04 68 91 08 41", "…, 02.14.71.67.13")
_PHONE_HEAD = scan.compile(r",?[ ]{0,8}(?:0\d{1,3}|\d{1,4}[ .\-/]\d{2})")
_HOUR = scan.compile(r"(?:[01]?\d|2[0-4])h,")
# Every match of _LOWER_TYPE holds one of these type words as written (lower case): a text without
# any is not scanned (its pattern tries every word that starts with one of eleven letters).
_LOWER_TYPE_GATE = Gate((
    "rue", "route", "rte", "avenue", "av.", "allée", "boulevard", "bd", "chemin", "ch.", "cours", "croissant",
    "chaussée", "place", "passage", "impasse", "quai", "sentier", "montée", "via", "vicolo", "piazza", "corso",
    "contrada", "largo", "località", "lungomare", "strada", "salita", "frazione"))
# Or an Italian house number -- a letter after a slash, "n." or "int." ("via Marconi 34/A", "via Dante Alighieri
# n. 32"; a letter alone is also "via Gate 12b", "via Gleis 7a") -- or Italian words around it
# ("allestimento venerdì alle 15, via Belvedere 7", "installazione domani via Motta 26b, apre il figlio"; a name in
# lower case is no street: "via motta 26b" stays; holdout30, read in session 27): English and French
# write "via Zoom 5" of a meeting, never so.
_IT_HOUSE_NUMBER = scan.compile(r"(?:\d[ ]?/[ ]?[A-Za-z]|n\.[ ]?\d{1,4}|int\.[ ]?\d{1,3})(?![\w])")
# Or the street alone in a table's cell ("| via Monte Ceneri 114 |", "…;via Verdi 71;…", "<td>via Marconi n. 16</td>",
# "(via Dante Alighieri 85)"; holdout35, read in session 31), its name Italian's ("| via Gate 12 |" is none).
# (a CSV's quoted cell and a line's first cell too: '…,Peugeot 208,"via Cantonale, 79",?,,…', "via Pretorio, 76b;…",
# a fixed-width table's "via Motta, 69c          Lepori, Salvatore"; holdout37, session 33)
_CELL_BEFORE = scan.compile(r"(?:[|;\t(>]|[ ]{2}|,\"|(?<![^\n]))[ ]{0,8}+\Z")
# (two spaces first: "[ ]{0,8}+" takes every space, so a column's gap of three to seven spaces was no cell's end --
# "via XX Settembre 130     Recinzione …" of a fixed-width table; holdout39, read in session 35)
_CELL_AFTER = scan.compile(r"[ ]{2}|[ ]{0,8}+(?:[|;\t<)]|\r?\n|\Z|\",)")
# (a line's first cell only where a second cell follows it: a line of its own that starts with "via" is prose's
# "via Postgres 16", "via Grafana 10" as often; the review of session 33)
_LINE_START_BEFORE = scan.compile(r"(?<![^\n])[ ]{0,8}+\Z")
_CELL_END_AFTER = scan.compile(r"[ ]{2}|[ ]{0,8}+(?:[|;\t<)]|\",)")
# A street of a homes' suffix alone in a cell is a home: "|54 Orchard Close|", ",89 Orchard Close,", "| 75 Kingfisher
# Way |", a column's "24 Kingfisher Way   " (holdout35, read in session 31)
# a walk's length or kind, no street's name: "| 10 Minute Walk |", "| 3 Peaks Walk |", "2 Hour Walk, Tue" (review
# of session 31; before "Walk" only: "4 Miles Close" is a home)
_MEASURES = frozenset("Minute Minutes Min Hour Hours Mile Miles Km Day Days Daily Night Nights Week Weeks Peaks "
                      "Step Steps Lap Laps Round Rounds Second Seconds".split())
# A listing's rooms before its type, no street's name: "<td>3 Bed Semi Close</td>" (review of session 33)
_ROOMS = frozenset("Bed Beds Bedroom Bedrooms Bedroomed Bath Baths Bathroom Bathrooms Room Rooms".split())
# (an HTML table's cell too: "<td>28 Heather Close</td>"; holdout37, session 33)
_EN_CELL_BEFORE = scan.compile(r"(?:[|;\t,]|[ ]{2}|<td>)[ ]{0,8}+\Z")
_EN_CELL_AFTER = scan.compile(r"[ ]{2}|[ ]{0,8}+(?:[|;\t,]|\r?\n|\Z|</td>)")
_IT_WORDS = scan.compile(
    r"(?<![\w’'])(?:che|della|delle|dello|alle|allo|alla|domani|oggi|sono|grazie|anche|nel|nella|gli|dei"
    r"|degli|ecco|presso|siamo|abbiamo|venerdì|sabato|domenica|lunedì|martedì|mercoledì|giovedì|apre|vicino"
    r"|nostro|nostra|consegna|consegnate)(?![\w’'])"
)
# (and "al", "alla", "ai": "via al Lido, 35a", "via alla Chiesa 4"; holdout37, session 33)
_IT_PARTICLE_START = frozenset({"dei", "degli", "delle", "della", "del", "di", "da", "al", "alla", "alle", "allo",
                                "ai", "agli"})
# (and a house's number, a doorbell's panel, a site's place of a permit, a flat's number before the street: "davanti
# al civico via Ospedale 50", "Pulsantiera citofono via Franscini 52", "Luogo dell'occupazione:     via Zorzi 122",
# "Appartamento: int. 18, via Borgo 101", "In via Matteotti, 43 c'è …"; holdout39, read in session 35)
_IT_CUE_BEFORE = scan.compile(
    r"(?<![\w])(?:in|In|a|abito|abita|vivo|vive|residente|domiciliat[oa]|indirizzo|presso|sito|sita|sede"
    r"|Indirizzo|Residenza|Domicilio|civico|citofono|occupazione|ponteggio|Ponteggio|cantiere"
    r"|int\.[ ]?\d{1,4},)[ :\t]{1,8}$"
    # a form's key for the street and its number: "Via, n.: via Motta 5", "via,_n. = viale Stazione 23" (holdout40,
    # read in session 36)
    r"|(?<![\w])(?:[Vv]ia|VIA)(?:,|[ ]e|_e)?[ _](?:n\.|nr\.|n°|N\.|numero|civico)[ \t]{0,4}[:=][ \t]{1,8}$"
)
# A street in lower case after "civico" (a house's number: "davanti al civico via motta 134", as a neighbourhood chat
# writes it; holdout39, read in session 35): the word says a house's number follows, so the name's words may be of
# any case -- one to three words, then the number (and its "/bis" or letter).
_CIVICO_STREET = scan.compile(
    r"[cC](?<![\w][cC])(?i:ivico)[ ]{1,3}(?P<street>(?i:via|viale|piazza|corso|vicolo|largo|contrada|strada)[ ]"
    r"(?:[^\W\d_][\w'’\-]{0,29}+[ ]){1,3}+\d{1,4}(?:[a-zA-Z]|/(?:bis|ter|[a-zA-Z]))?)(?![\w])"
)
_CIVICO_GATE = Gate(("civico", "Civico", "CIVICO"))
# Between two parts of one address only separators and at most two short lines of capitalised
# words ("15 Kings Road\nChelsea\nLondon\nSW3 4UD"): the parts are one address.
# (each line between holds a name: a blank line ends the address -- "… H5C 9J0\n\nMs Margaret Boily\n786
# Barrington Street" are two, the name between no part of either)
_GAP_IN_ADDRESS = scan.compile(
    rf"(?:[ \t,;·|]{{0,8}}+(?:(?:\r?\n|<br[ ]?/?>)[ \t]{{0,8}}+)?{_NAME}(?:[ ]{_NAME}){{0,2}}+){{0,3}}+"
    rf"[ \t,;·|]{{0,8}}+(?:(?:\r?\n|<br[ ]?/?>)[ \t]{{0,8}}+)?"
)


# Where someone lives or is sent something, right before a street of a weak suffix ("Close", "Rise"): an
# address without its town ("doesn't he live at 63 Mill Close?", "send the parcel to 63 Mill Close"; not
# "meet at 3 Main Gate").
_HOME_BEFORE = scan.compile(
    r"(?i:(?:live|lives|living|lived|reside|resides|stay|stays|staying|moved|moving)[ ](?:at|in|to|into|on)"
    r"|visit[ ]us[ ]at|at[ ]number|(?:at|from)[ ]mine[,:]?"
    r"|(?:send|sent|ship|post|deliver)\w{0,3}(?:[ ][\w'’]{1,20}){0,3}?[ ]to"
    r"|address(?:[ ]is)?:?)[ ]{1,2}\Z"
)


# And a meeting point or a way in at a street whose suffix names only streets and homes ("meet at 231 Orchard
# Close by the gate", "way in via 20 Manor Way", "on site at Flat 4, 20 Ashdown Close"; holdout29, read in
# session 26), outside or opposite one, or in parentheses after a name ("my neighbour Turvi Master (35 Manor Way)";
# holdout32, read in session 28) -- not a gate, a point or a station ("meet at 3 Main Gate").
_HOME_WEAK = frozenset("Close Rise Chase Way Row Walk View Yard".split())
_PLACE_BEFORE = scan.compile(
    r"(?:(?<![\w])(?i:at|via|at:|outside|opposite)[ ]{1,2}|\()(?:(?i:flat|apt\.?|unit)[ ]\w{1,4},[ ])?\Z"
)


# A street of one word, its type the word's end, after a house number: "25 Kingsway", "Flat 1/2, 14 Kingsway", "108
# Southgate", "3 Broadway" (holdout40, read in session 36: no suffix word of its own, so _STREET never read it).
# The capital first, the number before it asked in a look-behind; the ordinary words so built (a railway, a gateway,
# a brand, a country) are no street's.
_ONE_WORD_STREET = scan.compile(
    r"[A-Z](?<=[\da-g][ ][A-Z])[a-z]{2,20}+(?:(?<=way)|(?<=gate))(?![\w'’\-])"
)
_ONE_WORD_GATE = Gate(("way", "gate"))
_HOUSE_NUMBER_BEFORE = scan.compile(r"(?<![\w./\-–])\d{1,4}(?:[/\-–]\d{1,4})?[a-g]?[ ]\Z")
_NO_STREET_WORDS = frozenset(
    """Railway Subway Gateway Runway Hallway Doorway Motorway Freeway Highway Stairway Pathway Walkway Expressway
    Halfway Anyway Someway Midway Headway Leeway Norway Airway Waterway Byway Archway Driveway Gangway Slipway
    Speedway Tramway Raceway Carriageway Cutaway Getaway Giveaway Hideaway Takeaway Breakaway Stowaway Throwaway
    Castaway Runaway Layaway Passageway Alleyway Tollgate Floodgate Watergate Colgate Stargate Tailgate Delegate
    Aggregate Congregate Interrogate Investigate Navigate Mitigate Irrigate Litigate Instigate Propagate Segregate
    Subrogate Surrogate Abrogate Obligate Castigate Fumigate Variegate Corrugate Promulgate Relegate Legate Frigate
    Tollway Skyway Spillway Rollaway Galway Conway Holloway Hathaway Callaway Kellaway""".split()
)


def _one_word_streets(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each one-word street after its house number (see _ONE_WORD_STREET); the number's
    unit before it too ("Flat 1, 94 Kingsway")."""
    for m in scan.finditer(_ONE_WORD_STREET, text):
        if m.group() in _NO_STREET_WORDS:
            continue
        number = scan.search(_HOUSE_NUMBER_BEFORE, text, max(0, m.start() - 12), m.start())
        if number is None or _thousands(text, number.start(), m.end()) or scan.search(
                _NUMBERED_BEFORE, text, max(0, number.start() - 12), number.start()) is not None:
            continue  # "Version 2 Gateway", "3,500 Kingsway commuters", "Platform 9 Southgate"
        if _counted(text, number.start(), m.end()):
            continue  # "3 Broadway shows", "4 Safeway stores", "1914 Highgate cemetery"
        yield number.start(), m.end()


def _counted(text: str, start: int, end: int) -> bool:
    """The one-word street ``text[start:end]`` is a count's or a year's brand, shop, town or theatre: a word in lower
    case goes on after it ("3 Broadway shows", "5 Reigate residents", "1914 Highgate cemetery"; the review of session
    36) -- unless a place's word or a flat stands before the number, as where someone lives ("the tenancy at 17
    Kingsway we still need", "Flat 12, 47 Kingsway will increase")."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False
    return scan.search(_PLACE_BEFORE, text, max(0, start - 12), start) is None and scan.search(
        _UNIT_BEFORE, text, max(0, start - 40), start) is None and scan.search(
        _UNIT_WORD_BEFORE, text, max(0, start - 12), start) is None


# A heading's or a subject's last part after a dash, a street of a homes' suffix ending the line: "Guest log
# Q2/2026 – 22 Manor Way", "Re: Keys – 4 Orchard Close" (holdout40, read in session 36).
_TITLE_DASH_BEFORE = scan.compile(r"[^\W_][ ]{1,2}[–—\-][ ]{1,2}\Z")
_LINE_END_AFTER = scan.compile(r"[ \t]{0,4}(?:\r?\n|\Z)")


def _titled_line_end(text: str, start: int, end: int, suffix: str, name: str) -> bool:
    """The street ``text[start:end]`` ends its line after a title's dash (see _TITLE_DASH_BEFORE) -- a home's (a
    close, a way), not a venue's or a measure's, as an itinerary's or a programme's titles name a walk ("Day 3 – 5
    Mile Walk", "Stage 4 – 2 Bridges Walk", "Menu – 3 Course View", "Plan – 3 Step Way"; the review of session 36)."""
    first = name.split(" ", 1)[0].capitalize()
    if suffix.capitalize() in _VENUE_SUFFIXES or first in _MEASURES or first in _ROOMS:
        return False
    return scan.search(_TITLE_DASH_BEFORE, text, max(0, start - 6), start) is not None and scan.match(
        _LINE_END_AFTER, text, end, min(len(text), end + 8)) is not None


def _in_cell(text: str, start: int, end: int, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """``text[start:end]`` fills a cell: ``before`` ends at its start, ``after`` begins at its end (10 characters
    each)."""
    return scan.search(before, text, max(0, start - 10), start) is not None and scan.match(
        after, text, end, min(len(text), end + 10)) is not None


def _italian_cell(text: str, start: int, end: int, name: str) -> bool:
    """The street ``text[start:end]`` fills a table's cell and its name's first word is Italian's: a listed name or
    town, or a word most frequent in Italian (see _CELL_BEFORE; the review of session 31: "(via Gleis 7)", "(via
    Python 3)", "| via Zoom 5 |" are no streets).  A word no frequency list knows is taken ("via Nassa", "via
    Pioda" of Lugano; "| via Ansible 9 |" too: kept)."""
    if not _in_cell(text, start, end, _CELL_BEFORE, _CELL_AFTER):
        return False
    if scan.search(_LINE_START_BEFORE, text, max(0, start - 10), start) is not None and scan.match(
            _CELL_END_AFTER, text, end, min(len(text), end + 10)) is None:
        return False  # a line's first cell ends at a cell's separator: "via Postgres 16" is a tool's upgrade
    return _italian_name(name)


# A street in a sentence's aside or after a property's "di": "(via Bellinzona 32, 077 915 25 95)", "la nonna, Martina
# Mariani, via Pioda 17, tel. …", "proprietario dell'immobile di via San Gottardo 112, presento …", "Gruppo condominio
# via Cantonale 75" (holdout38, read in session 34) -- its name Italian's and Italian words around it (not "(via Zoom
# 5, …)", "(via Bern 3, then Geneva)": _italian_clause).
_CLAUSE_BEFORE = scan.compile(r"(?:[(]|,[ ]|(?<![\w])(?:di|condominio|condominiale|stabile|palazzo)[ ])\Z")
_CLAUSE_AFTER = scan.compile(r"[ ]{0,2}(?:[,;)]|\r?\n|\Z|\.(?:[ ]|\Z)|[ ][-–][ ])")


def _italian_clause(text: str, start: int, end: int, name: str) -> bool:
    """``text[start:end]`` (a lower-case "via" and a capitalised name) stands as an aside or a property's street
    among Italian words ("la nonna, …, via Pioda 17"; not "(via Postgres 16, …)", "(via Bern 3, then Geneva)": an
    itinerary or a tool -- the review of session 34)."""
    if not name[:1].isupper() or scan.search(_CLAUSE_BEFORE, text, max(0, start - 12), start) is None \
            or scan.match(_CLAUSE_AFTER, text, end, min(len(text), end + 6)) is None:
        return False
    return scan.search(_ITALIAN_AROUND, text, max(0, start - 60), min(len(text), end + 40)) is not None \
        and _italian_name(name)


_ITALIAN_AROUND = scan.compile(
    r"(?<![\w’'])(?:il|lo|gli|di|del|della|dei|che|con|è|sono|nonna|nonno|tel\.|telefono|testimone|immobile"
    r"|condominio|proprietario|proprietaria|signor|signora|abita|abito|presso|rumori|piano)"
    r"(?![\w’'])"
)


def _italian_name(name: str) -> bool:
    """A listed name or town, or a word most frequent in Italian, or one no frequency list knows."""
    lexicon = load_lexicon()
    name = name.rstrip(",")  # ("via Manzoni, 115")
    if name and len(name) <= 5 and not name.strip("IVX"):
        return True  # a date's Roman day: "via XX Settembre 130", "via IV Novembre 50" (holdout39, session 35)
    if lexicon.is_known_name(name) or name in lexicon.places:
        return True  # "via Verdi 71", "via Roma n. 14", "via Dante Alighieri 85"
    code = load_word_freq().get(name.lower())
    # a word no frequency list knows is a street's name as often ("via Nassa", "via Pioda"; "via Ansible" kept)
    return code is None or code[2] == max(code) and code[2] > code[3]  # "via Monte Ceneri" (not "Zoom", "Gleis")


def _thousands(text: str, start: int, end: int) -> bool:
    """The number at ``start`` continues a number's thousands after a comma ("3,107 Church Lane residents") --
    unless the street fills a CSV's cell: a comma right after it with no space after that comma (prose writes
    ", "), and either a code's letter before the comma's digit ("Citroën C3,107 Church Lane,BELL") or a cell's
    comma earlier on its line ("Mercedes C 200,142 Rowan Crescent,STANHURST Jean").  (The review of session 33:
    a letter alone made "In Q3,250 High Street shops" a street, and prose's commas "Across the borough, 2,500 High
    Street, 1,200 Station Road" a row; and the line's start was looked up with no bound -- quadratic on a text
    without line breaks: 80 characters back at most.)  Or a row's first cell before it holds no number's
    characters only -- a code or a date: "SN-16795,114 Blenheim Gardens,Scaffold" (holdout39, read in session 35)."""
    if start < 2 or text[start - 1] != "," or not text[start - 2].isdigit():
        return False
    if not text.startswith(",", end) or text[end + 1:end + 2] in (" ", "\t", "\u00a0"):
        return True
    if start >= 3 and text[start - 3].isalpha():
        return False
    lo = max(0, start - 80)
    line_start = max(lo, text.rfind("\n", lo, start - 2) + 1)
    first = text[line_start:start - 1]
    if (line_start > lo or lo == 0) and first and not first.isdigit() and not any(c in first for c in " \t.,"):
        return False  # a row's first cell is a code or a date: "SN-16795,114 Blenheim Gardens,", "4/13,1556 E 14th St,"
    return scan.search(_CELL_COMMA, text, line_start, start - 2) is None


# A CSV's comma between cells: no space after it ("12:54,TW57 TRS,Citroën C3"; not the prose's ", ").
_CELL_COMMA = scan.compile(r",[^ \t\r\n\u00a0]")


# The town's words after a postcode: "1700 Fribourg", "2300 La Chaux-de-Fonds".
_POSTCODE_END = scan.compile(r"\d[ ]{1,2}(?=[^\W\d_])")
_TOWN_WORD = scan.compile(r"[^\W\d_]{2,30}+(?:-[^\W\d_]{1,30}+){0,3}+")


def _town_line(text: str, end: int, line: re.Match[str] | None) -> bool:
    """``line`` (a postcode and a town after the street ending at ``end``) names a town: one of its first words is
    a listed town, or the first is a word no frequency list knows ("1700 Fribourg", "2900 Porrentruy", "1234
    Vessy") -- not a year's line of ordinary words ("route Express 12\n2024 Timetable changes", "route Nationale
    7\n1969 Édition spéciale"; the review of session 33: an English "route"/"place" passed before any of them and
    any town after a comma, "Please place Order 12 in Boston")."""
    if line is None:
        return False
    postcode = scan.search(_POSTCODE_END, text, end, min(len(text), line.end() + 1))
    return postcode is not None and (not year_like(text, postcode.start()) or listed_town(text, postcode.end()))


def year_like(text: str, last_digit: int) -> bool:
    """The four digits ending at ``last_digit`` (inclusive) read as a year, 1900 to 2099 ("2024 Timetable"): only
    such a postcode asks its town to be listed ("A-9020 Klagenfurt" needs no list)."""
    digits = text[max(0, last_digit - 4):last_digit + 1]
    return not digits[:1].isdigit() and digits[1:3] in ("19", "20")


def listed_town(text: str, pos: int) -> bool:
    """The words at ``pos`` (one to three) name a listed town, or the first is a word no frequency list knows."""
    lexicon = load_lexicon()
    words: list[str] = []
    for _ in range(3):
        m = scan.match(_TOWN_WORD, text, pos, min(len(text), pos + 100))
        if m is None:
            break
        words.append(m.group())
        name = " ".join(words)
        if name in lexicon.places or name.title() in lexicon.places:
            return True
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    return bool(words) and load_word_freq().get(words[0].lower()) is None


def _clock_time(text: str, start: int, suffix: str) -> bool:
    """A number from 1 to 12 right after "at" before a view, a walk or a yard is an hour ("Dinner at 8 Sea View",
    "Drinks at 7 River Walk"; review of session 26), not a house -- a close, a way, a row are homes' ("Meet me at 5
    Orchard Close"; second review)."""
    if suffix not in _VENUE_SUFFIXES:
        return False
    number = text[start:start + 3].split(" ", 1)[0]
    return number.isdigit() and 1 <= int(number) <= 12 and text[max(0, start - 3):start].lower() == "at "


_VENUE_SUFFIXES = frozenset("View Walk Yard".split())


class EnglishAddressDetector:
    """US/UK street addresses and town lines; French streets with a lower-case type word."""

    name = "address-en"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield ADDRESS spans (overlaps with address.py are resolved by the caller)."""
        spans: list[tuple[int, int]] = []
        for m in scan.finditer(_STREET, text):
            start, end = m.span()
            if _thousands(text, start, end):
                continue  # "3,107 Church Lane residents"
            if text[text.find(" ", start) - 1].islower() and scan.search(
                    _NUMBERED_BEFORE, text, max(0, start - 12), start) is not None:
                continue  # "Exercise 3b Market Square", "Order 2b Oak Drive panels": a thing's number
            town = scan.match(_TOWN_AFTER, text, end) or scan.match(_CITY, text, end)
            if town is not None:  # "Springfield, IL 62704", or "…, 62704 Springfield" written as in Europe
                end = town.end()
            elif m.group("unit") is None and (
                m.group("suffix").capitalize() in _WEAK
                or (m.group("suffix").endswith("s") and text[start + 1] == " ")  # "4 Green Hills"
            ) and scan.search(_HOME_BEFORE, text, max(0, start - 24), start) is None and not (
                m.group("suffix").capitalize() in _HOME_WEAK
                and (scan.search(_PLACE_BEFORE, text, max(0, start - 12), start) is not None
                     and not _clock_time(text, start, m.group("suffix").capitalize())
                     or _titled_line_end(text, start, end, m.group("suffix"), m.group("name"))
                     or _in_cell(text, start, end, _EN_CELL_BEFORE, _EN_CELL_AFTER)
                     and not (m.group("suffix").capitalize() == "Walk"
                              and m.group("name").split(" ", 1)[0].capitalize() in _MEASURES)
                     and m.group("name").split(" ", 1)[0].capitalize() not in _ROOMS)
            ):
                continue  # (but where someone lives: "doesn't he live at 63 Mill Close?")
            else:
                town = scan.match(_TOWN_ONLY_AFTER, text, end)
                if town is not None:
                    end = town.end()
            unit = scan.search(_UNIT_BEFORE, text, max(0, start - 40), start) or scan.search(
                _UNIT_WORD_BEFORE, text, max(0, start - 12), start)
            if unit is not None:
                start = unit.start()
            spans.append((start, end))
        for start, end in _one_word_streets(text) if _ONE_WORD_GATE.opens(text) else ():
            town = scan.match(_TOWN_AFTER, text, end) or scan.match(_CITY, text, end)
            end = town.end() if town is not None else end
            unit = scan.search(_UNIT_BEFORE, text, max(0, start - 40), start) or scan.search(
                _UNIT_WORD_BEFORE, text, max(0, start - 12), start)
            spans.append((unit.start() if unit is not None else start, end))
        for m in scan.finditer(_ZIP_AT, text):
            region_start = _region_before(text, m.start())
            if region_start is None or scan.fullmatch(_STATE_ZIP_ONLY, text, region_start, m.end()) is None:
                continue
            # (68 characters: a town of four words and its comma; 80 made ", IL 62704" repeated after a
            # backslash -- the LaTeX view reads it twice -- 81 regex positions per character)
            town = scan.search(_CITY_NAMES_BEFORE, text, max(0, region_start - 68), region_start)
            town_start = None if town is None else _listed_caps_town(text, town.start(), town.end())
            if town_start is not None:
                spans.append((_lines_before(text, town_start), m.end()))
        for m in scan.finditer(_POSTCODE_AT, text):
            start = m.start()
            if m.group("ca") is not None:
                province = scan.search(_PROVINCE_BEFORE, text, max(0, start - 16), start)
                town = None if province is None else scan.search(
                    _TOWN_BEFORE, text, max(0, province.start() - 80), province.start())
                if town is not None:
                    spans.append((_lines_before(text, _street_before(text, town.start())), m.end()))
                continue
            town = scan.search(_TOWN_BEFORE, text, max(0, start - 80), start) or scan.search(
                _TOWN_LINE_BEFORE, text, max(0, start - 90), start)
            start = town.start() if town is not None else start
            spans.append((_lines_before(text, _street_before(text, start)), m.end()))
        for m in scan.finditer(_EIR_AT, text):
            town = scan.search(_EIR_TOWN_BEFORE, text, max(0, m.start() - 60), m.start())
            if town is not None:
                spans.append((_lines_before(text, _street_before(text, town.start())), m.end()))
        if "PO A" in text:  # every military address has "APO/FPO/DPO AA|AE|AP"
            spans += [m.span() for m in scan.finditer(_MILITARY, text)]
        for m in scan.finditer(_LOWER_TYPE, text) if _LOWER_TYPE_GATE.opens(text) else ():
            words = m.group(0).split(None, 2)
            end = m.end()
            number = scan.search(_FR_NUMBER_BEFORE, text, max(0, m.start() - 12), m.start()) \
                if m.group("fr") is not None else None
            if number is not None and (_phone_tail_before(text, number.start()) or scan.search(
                    _LOT_BEFORE_NUMBER, text, max(0, number.start() - 12), number.start()) is not None
                    or scan.match(_HOUR, text, number.start()) is not None):
                number = None  # a phone's last group, a lot's number, an hour: "079 588 94 40, chemin du Levant 12",
                # "Lot n° 12, rue des Glycines 198B", "vendredi 15h, place du Marché 21" (session 36)
            if number is not None and scan.match(_PHONE_HEAD, text, m.start("number")) is not None:
                # the street's number before it, and a phone's first group after it: the next field's, no house
                # number ("10 chemin des Vignes, 0033 4 80 47 08 84", "4 rue Nationale, 02.14.71.67.13"; holdout40,
                # read in session 36 -- not "15h, place du Marché 21", "Lot n° 12, rue des Glycines 198B")
                end = m.start("number")
            units = scan.match(UNITS_AFTER, text, end)
            if units is not None:
                end = units.end()
            city = scan.match(_CITY, text, end) or scan.match(TOWN_ONLY, text, end)
            if m.group("fr") is not None:
                head = words[1].replace("’", "'").split("'", 1)[0] if len(words) > 1 else ""
                if words[0] in _ALSO_ENGLISH and head.lower() not in _PARTICLES and not _town_line(
                        text, end, scan.match(_CITY, text, end) or scan.match(_QUOTED_POSTCODE_LINE, text, end)):
                    continue  # "place Order 12": only "place de la Gare 3", "route d'Arlon 78"
                # (or a postcode and town after it: "route Cantonale 83\n1700 Fribourg", a quoted reply's "> route
                # Cantonale 83\n> 1700 Fribourg" -- the town's line is address.py's; holdout37, session 33)
            elif city is None and words[1] not in _IT_PARTICLE_START and scan.search(
                _IT_CUE_BEFORE, text, max(0, m.start() - 24), m.start()) is None and not (
                    scan.search(_IT_HOUSE_NUMBER, text, max(m.start(), end - 12), end) is not None
                    or scan.search(_IT_WORDS, text, max(0, m.start() - 40), min(len(text), end + 25)) is not None
                    or _italian_cell(text, m.start(), end, words[1])
                    or _italian_clause(text, m.start(), end, words[1])):
                continue
            start = number.start() if number is not None else m.start()
            spans.append((start, city.end() if city else end))
        if _CIVICO_GATE.opens(text):
            spans += [m.span("street") for m in scan.finditer(_CIVICO_STREET, text)]
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
            if merged and start <= merged[-1][1] + 60:
                last_start, last_end = merged[-1]
                if start < last_end or scan.fullmatch(_GAP_IN_ADDRESS, text, last_end, start) is not None:
                    merged[-1] = (last_start, max(last_end, end))
                    continue
            merged.append((start, end))
        for start, end in merged:
            country = scan.match(_COUNTRY_AFTER, text, end)
            if country is not None:
                end = country.end()
            yield Entity(start, end, EntityType.ADDRESS, text[start:end], self.name)


def _listed_caps_town(text: str, start: int, end: int) -> int | None:
    """Where the town ``text[start:end]`` (before a state's code) starts: ``start`` as found if a letter of it is in
    lower case; in capitals, the longest tail of its words that a gazetteer lists ("MADISON", "NEW YORK" as "New York
    City", "SALT LAKE CITY"), or None -- capitals' words before a code are a log's or a form's as often ("ERROR, ID
    83702", "STATUS: SHIPPED, IN 48213", "MEETING TIME, ME 04101"; the review of session 36)."""
    name = text[start:end].rstrip(" ,")
    if any(c.islower() for c in name):
        return start
    places = load_lexicon().places
    words = name.split(" ")
    for k in range(len(words)):
        tail = " ".join(words[k:]).title()
        if tail in places or f"{tail} City" in places:
            return start + len(" ".join(words[:k])) + (1 if k else 0)
    return None


def _region_before(text: str, zip_start: int) -> int | None:
    """Where the region code or name right before a postcode starts ("IL 62704", "New York, 10001"),
    None if none of the one to three words before it is one.  Set lookups, not a regex search:
    most numbers in prose have an ordinary word before them."""
    if zip_start < 3 or text[zip_start - 1] != " " or not (text[zip_start - 2].isalpha() or text[zip_start - 2] == ","):
        return None
    lo = max(0, zip_start - 26)
    before = text[lo:zip_start].rstrip(" ")
    if before.endswith(","):
        before = before[:-1]
    words = before.split(" ")
    for k in (1, 2, 3):
        name = " ".join(words[-k:])
        if len(words) >= k and name in _REGIONS:
            return lo + len(before) - len(name)
    return None


def _street_before(text: str, start: int) -> int:
    """Where a street with no type word right before a town starts, with its unit ("102 Kingsway,
    London SE1 7PB", "Flat 3, 12 Friars Walk, Dublin 15, D15 Y434"), or ``start`` if none."""
    street = scan.search(_NUMBER_NAME_BEFORE, text, max(0, start - 64), start)
    if street is None:
        return start
    start = street.start()
    unit = scan.search(_UNIT_BEFORE, text, max(0, start - 40), start) or scan.search(
        _UNIT_WORD_BEFORE, text, max(0, start - 12), start)
    return unit.start() if unit is not None else start


def _recipient(line: str) -> bool:
    """A line of a person's name, not of a place's ("John's place", "Flat 7", "Willow Creek Estate"): no digit, no
    possessive, a listed first name first and no ordinary word after it ("Eric Brooks": "Brooks" is a street's type
    word too)."""
    words = line.strip(" \t\r\n,").split()
    lexicon = load_lexicon()
    return 2 <= len(words) <= 3 and not any(c.isdigit() or c in "'’" for c in line) \
        and lexicon.is_first_name(words[0].capitalize()) \
        and not any(w.lower() in lexicon.common_words for w in words[1:])  # (not "Willow Creek Estate")


def _lines_before(text: str, start: int) -> int:
    """Extend a town line's start over up to three address lines right before it ("Flat 7",
    "Smith lane", "88 Smith lane", "3120 Maple Loop Apt. 4")."""
    for _ in range(3):
        line = scan.search(_ADDRESS_LINE_BEFORE, text, max(0, start - 100), start)
        if line is None:
            break
        if text[start:start + 1].isdigit() and _recipient(line.group()):
            break  # a recipient above a numbered street: "Eric Brooks\n9247 Cedar Lane\nDenver, CO …" (holdout38)
        start = line.start()
    return start
