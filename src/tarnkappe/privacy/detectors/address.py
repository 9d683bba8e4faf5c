"""Postal addresses: street + house number, optionally followed by postcode + locality.

Covers the usual layouts of CH/DE/AT ("Bahnhofstrasse 12", "Am Markt 3",
"Obere Gasse 5a"), FR/CH-romand ("12 rue de la Paix", "Avenue de la Gare 10")
and IT ("Via Roma 10", "Piazza San Marco, 5").  A postcode + locality alone
("8001 Zürich") is masked only on its own line or with a country prefix
(CH-8001), because "2024 Bericht"-like pairs are too common in prose.
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from ..learned.features import german_word
from ..names import load_lexicon
from . import scan
from .shapes import per_shape, shapes_pattern

# upper-case letters that start a street/locality word (and Latin Extended-A's: "Łódź", "İnönü", "Şişli")
_U = r"A-ZÄÖÜÀÂÉÈÊÎÔÛÇÒÌÍÓÁÚÑĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_L = r"a-zäöüßàâéèêëîïôûùçòìíóáúñ\u0100-\u017f\u0218-\u021b"  # (and Romanian's "ș", "ț": "Timișoara")
# Every repeat is bounded (see scan.py): a word has at most 48 letters, white space between the
# parts of an address at most 8 characters.  A word is taken possessively: giving back letters
# or hyphens of it can only help in contrived cases ("Zürich-(ZH)") and made the postcode line
# take time growing with the 4th power of a run like "A-A-A-..." (four words, each split anywhere).
_S = r"\s{1,8}"
_SL = r"[ \t\u00a0]{1,8}"  # white space within a line
_W = rf"[{_U}][{_L}{_U}'’\-]{{0,47}}+"
# A house number: "12", "12a", "12 B", "3-5", "8–14" (a range, en dash), "101/3/12", "21/B" (the letter on the
# number's line), French "2bis", "14 ter" (a letter after a space and before a dot is a unit's word: "ul. Długa 104
# m. 5"; nor before an apostrophe: "via Manzoni, 43 c'è").
_NO = (
    r"\d{1,4}(?:[ ]?(?:bis|ter|quater)(?![\w])|[a-zA-Z](?![\w])|[ ][a-zA-Z](?![\w.'’])|/[A-Za-z](?![\w]))?"
    r"(?:\s?[-–/]\s?\d{1,3}(?!\d)[a-z]?){0,2}"
)
_DE_SUFFIX = (
    r"stra(?:ss|ß)e|str\.|gasse|gässli|gass|weg|platz|allee|ring|damm|ufer|steig|pfad|chaussee|markt"
    r"|graben|rain|halde|matt|acker|zeile|kai|quai|hof|berg|feld|wiese|park|höhe|tal|brücke"
    r"|straat|laan|plein|gracht|kade|steenweg|dreef"  # Dutch and Flemish: "Kerkstraat 190"
)
_DE_WORD = r"Stra(?:ss|ß)e|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Markt|Graben|Gürtel|Kai|Lände"
_DE_PREFIX = r"Am|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|Im|In\s+der|In\s+den|Zum|Zur|Unter\s+den|Hinter\s+der|Bei\s+der"
_ARTICLES = r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Kein|Keine|Mein|Meine|Sein|Seine|Ihr|Ihre|Unser|Unsere|Dieser|Diese|Jeder|Jede|Welche|Welcher)\s"  # noqa: E501 - one regular expression, read as a whole
_NR = r"(?:(?:Nr|No|N°|n°|nº)\.?[ ]?)?"  # "Nr. 12", "n° 12"
_DE_NO = r"\d{1,3}(?:[ ]?[a-zA-Z](?![\w])|/[A-Za-z](?![\w]))?(?:\s?[-–/]\s?\d{1,3}(?!\d)[a-z]?){0,2}"
_DE_STREET = (
    rf"(?:(?:(?:Alte|Alter|Obere|Oberer|Untere|Unterer|Neue|Neuer|Lange|Kleine|Grosse|Große|Hintere|Vordere|St\.|Sankt)\s+)?"
    rf"[{_U}][{_L}\-]*(?:{_DE_SUFFIX})"
    rf"|(?!{_ARTICLES})[{_U}][{_L}\-]+(?:er|e|s)?\s+(?:{_DE_WORD})"
    rf")"
)
_FR_TYPE = r"[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Cc]hemin|[Cc]h\.|[Pp]lace|[Rr]oute|[Rr]te|[Ii]mpasse|[Aa]llée|[Qq]uai|[Cc]ours|[Pp]assage|[Ss]entier|[Rr]uelle|[Mm]ontée|[Rr]ang|[Cc]roissant|[Cc]haussée|[Ll]otissement|[Rr]ésidence|[Hh]ameau|[Ll]ieu-dit|[Cc]ité|[Ss]quare|[Cc]los|[Ee]splanade|[Pp]romenade|RUE|AVENUE|AV\.|BOULEVARD|BD|CHEMIN|PLACE|ROUTE|IMPASSE|ALL[ÉE]E|QUAI|COURS|PASSAGE|CHAUSS[ÉE]E"  # noqa: E501 - one regular expression, read as a whole
# A unit word after the name ("avenue Michaud Apt. 403") is the unit, not a word of the name.
_UNIT_WORD = (
    r"(?:Apt|Apartment|Appartement|Appartamento|App|Suite|Unit|Flat|Bât|Bâtiment|Étage|Etage|Interno|Piano|Scala)"
    r"(?![\w])"
)
# (a street's name goes on over a line break, as a letter wraps it -- not into the next line of a form:
# "10 place du Marché\nDernière adresse connue (2): 06000 NICE" has its key on that line: words up to a colon, a
# tab or dot leaders -- "Fonderie 12, natel: …" goes on, review of session 26)
# a street named after a date: "rue du 8 Mai 1945", "avenue du 11 Novembre", "place du 4 Septembre" (holdout38; its
# month capitalised, no year of ours after it: not "au cours du 25 août", "Place du 14 Juillet 2024 à 18h", "la route
# du 8 mai 2024" -- the review of session 34)
_FR_DATE_NAME = (
    rf"(?<!ours[ ])(?<!OURS[ ])du{_S}(?:1er|[1-3]?\d){_S}"
    rf"(?:Janvier|F[ée]vrier|Mars|Avril|Mai|Juin|Juillet|Ao[ûu]t|Septembre|Octobre|Novembre|D[ée]cembre)"
    rf"(?:{_S}1[789]\d\d)?(?![\w])(?!{_S}(?:19|20)\d\d(?!\d))"
)
_FR_NAME = rf"(?:{_FR_DATE_NAME}|(?:(?:de{_S}la|de{_S}l['’]|des|du|de|d['’]|la|le|les|l['’])\s{{0,8}})?{_W}(?:(?:[ \u00a0\-]|\t(?=[^\t\n\d]{{1,40}}+\t(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ ]{{1,2}}[^\W\d_])|(?!\t)\s(?!(?:[^\n:=\t.,\d]|\(\d\)){{0,40}}(?:[:=\t]|\.\.\.|\.[ ]?:)))(?:(?:de{_S}la|de{_S}l['’]|des|du|de|d['’]|la|le|les|l['’]|sur|en|et)\s{{0,8}})?(?!{_UNIT_WORD}){_W}){{0,3}})"  # noqa: E501 - one regular expression, read as a whole
# (no tab between the name's words: a sheet's next cell, "73, RUE NATIONALE\tBERTILLE FOURILLAT\tROUKY"; nor a line
# break before a chat's speaker with an initial, "au 72 rue du Faubourg\nRichard B.: Hélico demandé"; holdout37,
# session 33)
# (but a tab inside the name where the next cell closes it before the postcode and town: a justified line or a
# form's fields, "12, rue du Faubourg\tSaint-Honoré\t75008 Paris"; review of session 33)
# Italian street types (denominazioni urbanistiche); words that are also common surnames or
# nouns in running text (Costa, Corte, Riva, Campo, Parco) are left out.
_IT_TYPE = (
    r"Via|V\.le|Viale|Vialetto|Piazza|P\.zza|Piazzale|Piazzetta|Corso|C\.so|Vicolo|Vicoletto|Vico|Largo"
    r"|Strada|Stradella|Stradone|Contrada|Borgo|Lungomare|Lungolago|Lungarno|Lungotevere|Salita|Discesa"
    r"|Traversa|Rotonda|Incrocio|Canale|Stretto|Calle|Campiello|Fondamenta|Rampa|Scalinata|Passeggiata"
    r"|Circonvallazione|Località|Loc\.|Frazione|Fraz\."
    r"|VIA|VIALE|PIAZZA|PIAZZALE|CORSO|LARGO|VICOLO|CONTRADA|STRADA|LOCALITÀ|FRAZIONE"  # as on envelopes
)
# Other countries' street types before the name ("Rua Augusta 3", "Calle Mayor 171", "Strada Lipscani 13"
# is Italian's too, "Odos Ermou 42", "Leoforos Alexandras 114", "Rruga e Kavajës 94", "UL. PIOTRKOWSKA 106"):
# the addresses of relatives and heirs abroad in letters, wills and travel consents.
_INTL_TYPE_WORDS = frozenset(
    "Rua Avenida Travessa Praça Calle Carrer Avinguda Paseo Plaza Camino Carrera Bulevardul Calea Odos Leoforos "
    "Rruga Ulica Utca Ul. RUA AVENIDA CALLE CARRERA ODOS LEOFOROS RRUGA UL.".split()
)
_INTL_PARTICLE = r"de|da|do|dos|das|del|de[ ]la|e|i|di"
_INTL_NAME = rf"(?:(?:{_INTL_PARTICLE})[ ])?{_W}(?:[ ](?:(?:{_INTL_PARTICLE})[ ])?{_W}){{0,3}}?"
_IT_PARTICLE = r"dei|degli|delle|della|dello|del|di|da|dell['’]|d['’]|alla|alle|allo|agli|ai|al|sulla|sul"
_IT_NAME = rf"(?:(?:{_IT_PARTICLE})\s{{0,8}})?{_W}(?:{_S}(?:(?:{_IT_PARTICLE})\s{{0,8}})?(?:{_W}|[IVXL]{{1,8}}|\d{{1,2}}{_S}\w{{1,48}})){{0,4}}?"  # noqa: E501 - one regular expression, read as a whole
# A locality: capitalised words joined by particles ("Frankfurt am Main", "Boulogne-sur-Mer",
# "Reggio nell'Emilia", "Cassano d'Adda", "Lido di Camaiore", "St. Gallen"), a canton or
# province code ("(MI)", "(Saale)"), and a postal district number ("Genève 4").
_PARTICLE = (
    r"am|an{_S}der|an|im|bei|in|ob|sur|sous|en|lès|les|di|de|del|della|dei|des|du|la|le|sul|al|auf|vor"
).replace("{_S}", _S)
_ELIDED = rf"(?:d|l|nell|dell|sull|all|dall|sant)['’]{_W}"
_LOCALITY = (
    rf"(?:(?:St|Ste|S|ST|STE)\.\s{{0,8}})?{_W}"
    rf"(?:[ /\-](?:{_PARTICLE}|{_ELIDED}|{_W}|St\.\s{{0,8}}{_W}|\({_W}\)|\([A-Z]{{2}}\))){{0,4}}"
    rf"(?:[ ]\d{{1,2}}(?![\w.,:/\-]))?"
)
# A postcode before its locality: CH/DE/AT/FR/IT/LI/LU/BE digits with an optional country prefix
# ("L-9051 Ettelbruck", "FL-9490 Vaduz"), a Canadian postal code ("H2X 1Y4 Montréal") or an Irish
# Eircode ("D02 X285 Dublin") -- found after a street only (_CITY), where its shape is no doubt.
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]?\d[ABCEGHJ-NPRSTV-Z]\d"
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}"
# After a street, other countries' postcodes too: Poland's "00-950", Portugal's "1100-053", Greece's
# "105 63", the Netherlands' "1016 GV", six digits (Romania, India, Nigeria, Colombia).
_POSTCODE = (
    rf"(?:(?:(?:CH|D|DE|A|AT|F|FR|I|IT|L|FL|LI|B)[-\s])?\d{{4,5}}(?:[ ][-–])?|{_CA_POSTCODE}(?![\w])"
    rf"|{_EIRCODE}(?![\w])|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{3}}[ ]\d{{2}}|\d{{6}}|\d{{4}}[ ][A-Z]{{2}})"
    rf"{_S}{_LOCALITY}"
)

# Each pattern starts with a character class *before* its look-behind so the
# regex engine can skip ahead in C (about 3x faster than a leading look-behind).
_QUALIFIER = scan.compile(
    r"(?:(?:Alte|Alter|Obere|Oberer|Untere|Unterer|Neue|Neuer|Lange|Kleine|Grosse|Große|Hintere|Vordere|St\.|Sankt"
    rf"|[{_U}][{_L}]{{2,30}}er)[ ]"  # and a place's adjective: "Landstraßer Hauptstraße", "Zürcher Strasse"
    r"|(?<![^\W\d_])(?:(?:Dr|Prof)\.-|St\.-?))$"  # a title joined to a name: "Dr.-Karl-Renner-Straße" (holdout38; not
    # "Dr. Wald 2a", a person and a class: the review of session 34)
)  # (one space: after two, a table's cell ends -- "Roxane Keller    Lindenhofweg 55")
# A qualified street of any name: "Obere Zäune 85", "Unterer Graben 29A" (at a line's end or before a
# comma, as "Am Markt 3").
_QUAL_WORDS = frozenset(
    "Alte Alter Obere Oberer Untere Unterer Neue Neuer Lange Langer Kleine Kleiner Grosse Grosser Große Großer "
    "Hintere Hinterer Vordere Vorderer Innere Innerer Äussere Äusserer Äußere Äußerer".split()
)
_FR_TYPE_WORDS = frozenset(
    "Rue Avenue Av. Boulevard Bd Chemin Ch. Place Route Rte Impasse Allée Quai Cours Passage Sentier Ruelle Montée "
    "Rang Croissant Chaussée RUE AVENUE BOULEVARD CHEMIN PLACE ROUTE IMPASSE ALLÉE ALLEE QUAI COURS PASSAGE "
    "CHAUSSÉE CHAUSSEE".split()
)
_IT_TYPE_WORDS = frozenset(_IT_TYPE.replace("\\", "").split("|"))
# the last letters of the words of German field, hill and water names that streets are named after
FIELD_NAME_TAILS: tuple[str, ...] = tuple(
    "grund bach berg feld wiese wiesen garten gärten acker äcker anger graben rain halde bühl brunnen mühle kamp"
    " kapelle bruch brink busch höhe hang werd wasen ried moos matt matte matten rüti egg teich damm deich wald holz"
    " heide eichen linden tannen buchen birken aue grün winkel hain loh esch born quelle kreuz horn steig".split()
)
FIELD_TAIL = "(?i:" + "|".join(f"(?<={tail})" for tail in FIELD_NAME_TAILS) + ")"
_DE_PREFIX_WORDS = frozenset("Am An Auf Im In Zum Zur Unter Hinter Bei AM AN AUF IM IN ZUM ZUR UNTER HINTER".split())
_ARTICLE_WORDS = frozenset(_ARTICLES[3:-4].split("|"))
_BOX_WORDS = frozenset({"Case", "Casella", "Boîte", "Boite", "Postfach", "P.O.", "PO", "BP", "B.P."})



# Speed: the street shapes that start at a capital (all but "12 rue ...") and the prefixed
# postcode are found in one scan of the text (see shapes.py).  The shapes that may start at any
# capital first check, in a look-ahead, the cheapest thing the rest needs (a number after the
# word, a hyphen, a street word), which rules out almost every capital at once instead of after
# backtracking through the suffix list; the first words that used to be checked in Python
# (Rue, Via, Am ...) are part of the shapes.  The matches are the same as before.
_CAPITAL_SHAPES: dict[str, str] = {
    # The house number on the street's line: "Prestonberg\n428.354.8390" is a town and a phone.
    # "Bahnhofstrasse 12", "Bahnhofstrasse Nr. 12", "Bahnhofstr.12" (no space after the abbreviation)
    "de_suffix": rf"(?=[{_L}\-]{{0,47}}+(?:\.[ \t\u00a0]{{0,8}}|{_SL}){_NR}\d)[{_L}\-]{{0,47}}(?:{_DE_SUFFIX})"
                 rf"(?:(?<=\.)[ \t\u00a0]{{0,8}}|{_SL}){_NR}{_DE_NO}(?![\w])",
    "de_word": rf"(?=[{_L}\-]{{1,47}}+{_S}[SWPAGRDUCMKL])[{_L}\-]{{1,47}}+{_S}(?:{_DE_WORD}){_SL}{_NR}{_DE_NO}(?![\w])",
    # an envelope or form in capitals: "BAHNHOFSTRASSE 12", "SEESTR. 4"
    # (hyphenated or two words: "ERZHERZOG-JOHANN-STRASSE 117", "SALZBURGER STRASSE 1")
    "de_caps": rf"(?=[{_U}\-]{{1,47}}+(?:[ ][{_U}]{{1,47}}+)?\.?{_SL}\d)[{_U}\-]{{1,47}}?"
               rf"(?:[ ]?(?:STRASSE|STRAẞE|GASSE|WEG|PLATZ|ALLEE|RING)|STR\.){_SL}{_DE_NO}(?![\w])",
    # "Rabea-Ortmann-Straße 83", "Arno-Trommler-Platz 9"
    # At most four more capitalised parts: the unbounded chain was read to its end from each of
    # its words in turn ("Aa-Aa-Aa-..." without a street word: quadratic).
    "de_hyphen": rf"(?=[{_L}]{{1,47}}+-)[{_L}]{{1,47}}+(?:-[{_U}][{_L}]{{1,47}}+){{0,4}}-(?:{_DE_WORD}){_S}{_DE_NO}(?![\w])",  # noqa: E501 - one regular expression, read as a whole
    # "Am Markt 3" only at the end of a line or before a comma ("Im Kapitel 3 steht" is not)
    # (or before a column's gap: pdftotext's "An der Post 93b          Datum 02.09.2026")
    # (or an Austrian door's "/Top 15", a letterhead's " · ", a dash before the postcode: "Am Kirchberg 87/Top 15,
    # 3100 St. Pölten", "Auf der Heide 91 · 01067 Dresden", "Im Werd 4 – 8004 Zürich"; holdout23, session 20)
    "de_prefix": rf"{scan.words_after_first(_DE_PREFIX_WORDS, 'AIZUHB')}"
                 rf"(?:{_S}(?:der|den|dem|DER|DEN|DEM))?{_S}{_W}(?:{_S}{_W})?{_S}{_DE_NO}"
                 rf"(?=[ \t]{{0,16}}(?:,|\r?\n|$)|[ ]{{3}}|\t|;|/[ ]?(?:Top|TOP|Stiege|Stg\.|Tür)[ ]?\d|[ ][·•|][ ]"
                 rf"|[ ][–-][ ](?:[A-Z]{{1,2}}-)?\d{{4,5}}[ ][{_U}])",
    # … and before a sentence's end, a bracket or a dash where its word names a field, a brook, a hill, as most
    # such streets do ("Treffpunkt bei mir, Im Wiesengrund 57 - wer fährt?", "(vorher Zum Steinbruch 40).";
    # not "Im Kapitel 3." -- holdout26, session 23); and typed in lower case, capitalised by its view
    "de_prefix_field": rf"{scan.words_after_first(_DE_PREFIX_WORDS, 'AIZUHB')}"
                       rf"(?:{_S}(?:der|den|dem|DER|DEN|DEM|Der|Den|Dem))?{_S}[{_U}][{_L}]{{1,40}}+{FIELD_TAIL}"
                       rf"{_SL}{_DE_NO}(?=[ ]?[).!?;,]{{1,3}}(?:\s|$)|[ ][-–][ ]|[ ]\(|[ \t]{{0,16}}(?:\r?\n|$))",
    # a field's, a hill's or a brook's name and a house number with its letter, anywhere: "Sonnenhang 237a – 91
    # Jahre", "bei mir, Obere Halde 160b." (holdout29, read in session 26; without the letter a count may follow:
    # "Holz 12 Ster"; the number is looked for before the fifty tails are)
    "de_field_lettered": rf"[{_L}]{{1,40}}+(?={_SL}\d)(?<=[{_L}]{{2}}){FIELD_TAIL}{_SL}\d{{1,3}}[ ]?[a-hA-H](?![\w])",
    # … and anywhere with a house number that has a letter, a flat or a range after it: "vor An der Bleiche 3a (Team:
    # …)", "Auf der Höhe 32a – 100 Jahre", "Am Kogel 15/5/19 – 80 Jahre" (holdout29, read in session 26): no chapter,
    # room or year is numbered so
    "de_prefix_lettered": rf"{scan.words_after_first(_DE_PREFIX_WORDS, 'AIZUHB')}"
                          rf"(?:{_S}(?:der|den|dem|DER|DEN|DEM))?{_S}{_W}(?:{_S}{_W})?{_S}"
                          r"\d{1,3}(?:[a-h](?![\w])|/\d{1,3}(?:/\d{1,3})?(?![\d/])|-\d{1,3}(?![\d\-]))",
    "de_qualified": rf"{scan.words_after_first(_QUAL_WORDS, 'AOUNLKGHVIÄ')}{_SL}{_W}{_SL}{_DE_NO}"
                    rf"(?=[ \t]{{0,16}}(?:,|\r?\n|$)|[ ]{{3}}|\t|;)",  # (or a cell's end: "…\tAm Mühlbach 51\tMonika")
    "fr_type": rf"{scan.words_after_first(_FR_TYPE_WORDS, 'RAPBCIQSM')}{_S}{_FR_NAME},?{_S}{_NR}{_NO}(?![\w])",
    "it_type": rf"{scan.words_after_first(_IT_TYPE_WORDS, string.ascii_uppercase)}{_S}{_IT_NAME},?{_S}(?:[nN]\.\s?)?{_NO}(?![\w])",  # noqa: E501 - one regular expression, read as a whole
    # each country's own number of digits: "A-23177\tMALARCZYK" is a subscriber number and a surname in
    # a table, no Austrian postcode and town (holdout25, session 22)
    "postcode": rf"(?:(?:(?<=C)H|(?<=F)L|(?<=[ALB]))-\d{{4}}|(?<=[DFI])-\d{{5}})(?!\d){_S}{_LOCALITY}",
    # "Grand-Rue 11", "Grande Rue 3"
    "fr_grand_rue": rf"(?<=G)rand(?:e[ \-]|-)Rue{_S}{_NO}(?![\w])",
    "intl_type": rf"{scan.words_after_first(_INTL_TYPE_WORDS, 'RATPCOSBLU')}[ ]{{1,2}}{_INTL_NAME},?[ ]{{1,2}}"
                 rf"(?:(?:No|Nr|nº|n\.º)[:.]?[ ]?)?{_NO}(?![\w])",
    # Colombia's grid: "Carrera 12 # 239-45", "Calle 25 # 80-3"
    "co_grid": r"(?:(?<=C)(?:alle|arrera|ra\.)|(?<=A)venida|(?<=D)iagonal|(?<=T)ransversal)[ ]\d{1,3}[A-Z]?[ ]?#[ ]?"
               r"\d{1,3}[A-Z]?[ ]?-[ ]?\d{1,3}(?![\w])",
    # Post-office boxes: "Postfach 1234", "Postfach 78 62 8" (German boxes grouped), "Case postale 12",
    # "Casella postale 45", "P.O. Box 77", French "BP 45" / "B.P. 45" (boîte postale)
    "po_box": rf"(?:(?<=P)ostfach|(?<=C)ase[ ][Pp]ostale|(?<=C)asella[ ][Pp]ostale|(?<=B)o[iî]te[ ][Pp]ostale"
              rf"|(?<=P)\.?[ ]?O\.?[ ]Box|(?<=B)\.?P\.?){_S}\d{{1,6}}+(?:[ ]\d{{1,3}}(?![\w])){{0,3}}+(?![\w])",
}
# What every capital-led shape needs after its first letter: the rest of a word (letters, '.' as
# in "Str.") and then a hyphen, or white space and a digit, a number's word (Nr, No, N°, n°) or a
# street word (Strasse, Weg, Platz ...; "Rue" of "Grande Rue"); or "H-" (CH-8001); or one of the type
# words (Am, Rue, Via ...).  (White space and only the street words' first letters let every
# capitalised word before "Meier", "Nachricht" or "Dank" try all the shapes: ~55 us on the prompt.)
# Most capitals in prose fail here at once.  The word is taken possessively (*+): none of its
# letters could be the hyphen or space that follows, so giving some back could never help.
#
# White space right after the capital itself ("A A A ...", "I ...") fits no shape: each needs a
# lower-case letter, "." or "-" first (the type words are the last alternative), so the space
# branch asks that the word had a letter -- the character before the space is then no capital.
_TYPE_WORDS = _DE_PREFIX_WORDS | _FR_TYPE_WORDS | _IT_TYPE_WORDS | _BOX_WORDS | _QUAL_WORDS | _INTL_TYPE_WORDS
_CAPITAL_GUARD = (
    rf"[{_L}.]{{0,47}}+(?:-|(?<![{_U}]){_S}(?:\d|N[ro°]|n[°º]|{_DE_WORD}|Rue)|(?<=\.)\d)|H-|L-"
    rf"|[{_U}\-]{{1,47}}+(?:[ ][{_U}]{{1,47}}+)?\.?{_SL}\d"
    rf"|{scan.words_after_first(_TYPE_WORDS, string.ascii_uppercase + 'Ä')}\s"
)
_CAPITAL_LED = shapes_pattern(f"[{_U}]", _CAPITAL_SHAPES, guard=_CAPITAL_GUARD)
_CAPITAL_NAMES = tuple(_CAPITAL_SHAPES)
# The digits are taken possessively (what follows them is no digit, so giving one back never
# helps), and the first letter of a type word is tested once before the alternation of all of
# them: most digit runs ("0001 0007 ...") then fail after one class test, not eighteen.
_NO_TAB_GAP = r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{1,2}"
def _phone_tail_before(text: str, start: int) -> bool:
    """The number at ``start`` ends a phone number written in groups on its line ("079 456 88 63, Rue du Château
    34bis": the street's own number follows it; not "Appartement 12 3, rue …" or a line above's phone)."""
    before = text[max(0, start - 16):start]
    run = before[len(before.rstrip(" 0123456789+()/.-")):]  # (a line break ends it: no phone on the line above)
    return run.endswith(" ") and sum(c.isdigit() for c in run) >= 6


def _street_within(starts: list[int], lo: int, hi: int) -> bool:
    """Another street (``starts`` sorted) starts in ``[lo, hi)``: a street's unit parts end before it."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


_FR_NUMBER_FIRST = scan.compile(
    # (a tab is no gap in an address: "1\tLago Julie\t10.05.80\tRue du Simplon 52" is a sheet's cells;
    # any other space is, French typography's narrow no-break space too: "12\u202frue de la Paix"; a
    # column's gap of three spaces is none either (after a comma it may be: a dictation's "51 virgule
    # boulevard …" is read with the comma and spaces), and a date's year no number: "04/06/1999   Avenue …")
    rf"\d(?<![\w]\d)\d{{0,4}}+(?:\s?(?:bis|ter|BIS|TER|[a-cA-C]))?"
    rf"(?:,[ ]{{1,8}}|,?{_NO_TAB_GAP}|,?[ ]{{0,4}}\r?\n[ \t]{{0,8}})"
    rf"(?=[RrAaBbCcPpIiQqSsMmLlHhEe])(?:{_FR_TYPE}){_S}{_FR_NAME}(?![\w])"
)
# Turkey's: the name, then the type and the door ("Atatürk Cad. No: 12 D: 5", "Cumhuriyet Mah. Gül Sok. No:
# 101"); its own scan, run only in a text with one of the type words (tried at every capital with the shapes
# above it cost ~50 us on the ~2,000-token prompt).
_TR_STREET = scan.compile(
    rf"[{_U}](?<![\w][{_U}])[{_L}]{{1,47}}+(?:[ ]{_W}(?![.])){{0,2}}+"
    rf"[ ](?:Cad\.|Caddesi|Sok\.|Sokak|Sokağı|Mah\.|Mahallesi|Blv\.|Bulvarı)"
    rf"(?:[ ]{_W}(?:[ ]{_W})?[ ](?:Cad\.|Caddesi|Sok\.|Sokak|Sokağı))?[ ]No:?[ ]?\d{{1,4}}[A-Z]?(?![\w])"
)
_TR_GATE = Gate(("Cad", "Sok", "Mah", "Bulvar", "Blv."))
_HAS_DIGIT = scan.compile(r"\d")
_BLANK_LINE = scan.compile(r"\n[ \t]{0,8}\r?\n")  # (between a street's name and its number: no address)
# Poland's and Ukraine's street words in lower case: "ul. Długa 104 m. 5", "al. Jerozolimskie 44", "vul.
# Khreshchatyk 196" (a lower-case letter, so not in the capitals' scan)
_LOWER_INTL = scan.compile(
    rf"[uav](?<![\w.][uav])(?:(?<=u)l|(?<=a)l|(?<=v)ul)\.[ ]{_W}(?:[ ]{_W}){{0,3}}?[ ]{_NO}(?![\w])"
)
_NUMBER_AFTER = scan.compile(r"[ ]{1,2}\d{1,4}(?!\d)")
# Before a number-first street's number: a date's day and month or a year's month ("04/06/1999   Avenue …",
# "10 juin 2026\nDomaine …"); a range's or a pair's first number ("5-7 rue de la Paix", "12/14 avenue
# Foch": the street starts there); a lot's or reference's number word ("Lot n° 28, Avenue Louise 234").
_DATE_BEFORE_NUMBER = scan.compile(
    r"(?:\d[./\-]|(?<![\w])(?i:jan|feb|fév|fev|mär|mar|apr|avr|mai|may|mag|jun|jui|giu|jul|lug|aug|aoû|aou|ago|sep|set"
    r"|okt|oct|ott|nov|dez|déc|dec|dic|gen)[^\W\d_]{0,7}\.?[ ])\Z"
)
# A flat's word before a number-first street's number: the street's own number follows its name ("Logement : Appt 21,
# Route de Berne 149"; holdout39, read in session 35).
_FLAT_BEFORE_NUMBER = scan.compile(r"(?<![\w])(?:Appt|App|Apt|Appartement|Apartment|Flat|Unit|Wohnung|Whg)\.?[ ]\Z")
_DATE_SEP_BEFORE = scan.compile(r"\d[./\-]\Z")
# A date where a street's number would be: a row of a table ("Sophia Traversa  compagna  7/6/1964": Italian's
# street type "Traversa"; holdout36, read in session 32) -- no house number has a year after two slashes; a
# two-digit "year" only where the "street" runs over two cells (Austria's "Am Kogel 9/2/14", "Hauptstraße\t12/3/14"
# are house, staircase and door)
_DATE_AS_NUMBER = scan.compile(r"\d{1,2}[/.]\d{1,2}[/.](?P<year>(?:19|20)\d{2}|\d{2})(?![\d/.])")
_RANGE_BEFORE_NUMBER = scan.compile(r"(?<![\w./\-–])\d{1,4}[a-c]?[ ]?[\-–/][ ]?\Z")
# A surface, not a square's name: "1200 Square Feet", "90 square Meter Wohnfläche" (review of session 14b)
_SQUARE_UNIT = scan.compile(
    r"[ \n,][Ss]quare\s{1,8}(?i:feet|foot|ft|met(?:er|re)s?|miles?|yards?|inch(?:es)?|kilomet(?:er|re)s?|km)(?![\w])"
)
_LOT_BEFORE_NUMBER = scan.compile(r"(?i:lot|n°|no\.?|nr\.?|réf\.?|client|dossier)[ ]?\Z")
# Luxembourg's and Belgium's number-first "99 Grand-Rue", "60, Grande Rue"
_GRAND_RUE_NUMBER_FIRST = scan.compile(r"\d(?<![\w]\d)\d{0,3}+,?[ ]{1,2}Grand(?:e[ \-]|-)Rue(?![\w])")
# Building and floor before a number-first street: "Résidence Les Pins, bât. B, 13, avenue …",
# "Bâtiment B, 2e étage, 33, rue …"
_FR_UNITS_BEFORE = scan.compile(
    r"(?:R[ée]sidence[ ](?:(?:du|de|des|la|le|les)[ ])?[A-ZÀ-Þ][\w'’\- ]{1,40}?,[ ]{1,2})?"
    r"(?:(?:B[âa]timent|[Bb]ât\.)[ ][A-Z0-9]{1,3},[ ]{1,2})?"
    r"(?:(?:[Ee]sc\.|[Ee]scalier)[ ][A-Z0-9]{1,3},[ ]{1,2})?"
    r"(?:(?:[Aa]ppt\.?|[Aa]pp\.|[Aa]ppartement)[ ][A-Z0-9]{1,4},[ ]{1,2})?"
    r"(?:\d{1,2}(?:e|er|ème)[ ][ée]tage(?:,[ ]porte[ ](?:gauche|droite|[A-Z0-9]{1,3}))?,[ ]{1,2})?\Z"
)
# Unit parts between the street and the postcode ("Scala B, Interno 4", "Stiege 2, Top 12",
# "2e étage", "Apt. 4", Italian lower case "scala B, int. 8", Belgian "bte 4").
_UNIT_PART = (
    r"(?:[Ss]cala|Sc\.|[Ii]nterno|[Ii]nt\.|[Pp]iano|Stiege|Stg\.|Top|Tür|Whg\.|Wohnung|Etage|Stock|[ÉE]tage|étage"
    r"|[Aa]pp\.|Appartement|Appartamento|Bâtiment|Bât\.|Apt\.?|Apartment|Suite|Unit|Flat|c/o|[Bb]te|[Bb]oîte"
    # (Belgian "bus 7", "ul. Długa 9 m. 11", "ap. 6", "D: 5", "Aufgang B", "esc. 4", "appt 69")
    r"|[Bb]us|m\.|M\.|ap\.|[Aa]pto\.?|kv\.|D:|Int\.|Aufgang|Eingang|Haus|Block|[Ee]sc\.|[Aa]ppt\.?)"
    r"[ ]{1,2}[\w]{1,4}(?![\w])"
    r"|\d{1,2}\.?º[ ]?(?:Esq|Dto|Dt|Izq|Dcha|Drcha|[A-Z])\.?(?![\w])"  # "5º Esq.", "1º B", "3.º Dto."
    r"|\d{1,2}(?:e|er|ème|\.)[ ](?:étage|Stock|OG|piano)(?:[ ](?:links|rechts|Mitte|gauche|droite))?"
    r"|(?:EG|OG|DG|UG|Hochparterre|Parterre|Erdgeschoss|Dachgeschoss)[ ](?:links|rechts|Mitte)"
    r"|\((?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Rückgebäude|Hof|Dachgeschoss|Souterrain)\)"
    r"|(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Rückgebäude|Dachgeschoss|Souterrain)(?![\w])"
)
_COUNTRY = (
    r"Schweiz|Suisse|Svizzera|Switzerland|Deutschland|Germany|Allemagne|Germania|Österreich|Austria|Autriche"
    r"|France|Frankreich|Francia|Italia|Italy|Italien|Italie|Liechtenstein"
)
# (the postcode's line may be an HTML line break, "Bergstr. 12<br>04109 Leipzig", or LDAP's "$" in
# "postalAddress: Mühlweg 44$96047 Bamberg")
_CITY = scan.compile(
    rf"(?:(?:,?[ \t]{{0,8}}|/)(?:{_UNIT_PART})){{0,3}}+"
    rf"(?:[,;\t$]|<br[ ]?/?>|[ \t]{{1,8}}[-–·|/])?[ \t]{{0,16}}(?:\r?\n[ \t]{{0,32}})?{_POSTCODE}"
    rf"(?:,?[ \t]{{0,8}}(?:\r?\n[ \t]{{0,8}})?(?:{_COUNTRY})(?![\w]))?"
)
# Unit parts right after a street with no postcode after them ("Via Roma, 12 Piano 3", "80002 rue
# Legault Suite 647"): part of the address.
UNITS_AFTER = scan.compile(rf"(?:(?:,?[ \t]{{1,8}}|[ ]?/[ ]?)(?:{_UNIT_PART})){{1,3}}+")
# A street's town without a postcode ("Via Roma 12, Milano", "Bahnhofstrasse 12 in Zürich",
# "avenue de la Gare 5 à Lausanne"): after a comma or "in/à/a/bei", before the clause goes on.
# (no phone's cue is a town: "44 route de Paris, portable 07 54 48 70 49", "Hauptstraße 5, Handy 0171 …" -- a
# lower-case line's view capitalises "portable" and "07" passed for a district's number; holdout37, session 33)
_PHONE_CUE = (r"(?:Tel|TEL|Tél|TÉL|Telefon|Téléphone|Telefono|Portable|Port|Mobile|Mobil|Handy|Natel|Cell|Cellulare"
              r"|Cellulaire|Mobiltelefon|Phone|Fax|Mob|Gsm|GSM)\.?[ ]{0,2}:?[ ]{0,2}[+(\d]")
# (a cue only before its number: "Port" and "Tel" begin towns -- "Seestrasse 12, Port", "route du Lac 5,
# Port-Valais", "Almogstrasse 12, Tel Aviv" lost their town; review of session 33)
TOWN_ONLY = scan.compile(
    rf"(?:,[ ]{{1,2}}|[ ](?:in|à|a|en|bei|near|in[ ]der[ ]Stadt)[ ])(?!{_PHONE_CUE}){_LOCALITY}(?![\w'’\-])"
    rf"(?=[ \t]{{0,4}}(?:[.,;:)!?]|\r?\n|$|[ ][{_L}\d(]))"
)
_POSTCODE_LINE = scan.compile(
    rf"\n[ \t>]{{0,32}}(?P<pc>(?:(?:CH|D|A|F|I|L|FL|B)-)?\d{{4,5}}(?:[ ][-–])?{_S}{_LOCALITY})"
    rf"(?=[ \t]{{0,16}}(?:\r?\n|$)|(?P<gap>[ ]{{3}}))"
)


# A street without a street word, alone on its line (or in its first column) above a postcode line, as
# an envelope or a label writes it: "Sonnenhang 8a", "LERCHENFELD 51A", "Am Mühlbach 115 (Hinterhaus)",
# "Zum Sportplatz 12" (a capital first; up to four more words, lower-case particles too; the number; a note in
# parentheses).  No line of a document's numbers ("Rechnung Nr 12", "Seite 3", "Tel 12").
_BARE_STREET_LINE = scan.compile(
    rf"[ \t>]{{0,32}}(?P<street>[{_U}][{_U}{_L}'’.\-]{{1,47}}+(?:[ ][{_U}{_L}][{_U}{_L}'’.\-]{{0,47}}+){{0,4}}+"
    rf"[ ]{_DE_NO}(?:[ ]\([{_U}{_L}][^()\n]{{0,24}}\))?)(?:[ \t]{{0,16}}\Z|[ ]{{3}})"
)
_NOT_STREET_WORDS = frozenset(
    "nr nr. no no. n. n° nummer numéro numero number seite page pagina tel tel. fax kunde client cliente customer"
    " rechnung facture fattura invoice auftrag order commande ordine konto compte conto account total summe"
    " betrag montant importo amount artikel article articolo item pos pos. position menge quantité quantità"
    " qty zimmer room chambre camera tisch table box postfach case casella bp cp po"
    # a heading's count over a year's line ("Release Notes Version 12" / "2024 Highlights", "Sprint 14" /
    # "2025 Roadmap", "Python 3" / "1000 Zeilen Code"), a room or a gate over a town ("Terminal 2" / "8302 Kloten")
    " version release sprint iteration build patch update kapitel chapter chapitre capitolo teil part partie parte"
    " level stufe phase schritt step étape runde round woche week semaine settimana jahr year quartal quarter"
    " band vol. volume heft issue ausgabe edition folge episode staffel season gruppe group groupe gruppo team"
    " raum saal halle hall salle sala gate terminal gleis track voie binario bahnsteig platform linie line ligne"
    " python java windows android ios iphone galaxy office".split())


def _bare_street_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The span of a street without a street word that is all of the line above ``line_start``."""
    if line_start < 2:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    m = scan.match(_BARE_STREET_LINE, text, above, line_start - 1)  # (the line, or its first column)
    if m is None or any(w.lower() in _NOT_STREET_WORDS for w in m.group("street").split(" ")):
        return None
    return m.span("street")


def _street_line_above(text: str, start: int, streets: list[tuple[int, int]]) -> bool:
    """A street (of ``streets``, (end, start) pairs sorted) ends the first column of the line above the one
    at ``start``: pdftotext's two columns, "Kirchgasse 84      Datum 20.02.2026" over "6430 Schwyz
    Rechnung" (a label or a name before the street too: "Adresse: Kirchgasse 84"; a street begun a line
    higher) -- not a table's row whose third column holds an address over a row's number and name ("08206
    Dawit Habte        01.08.83", holdout38): a street that starts after two columns' gaps where the postcode
    does not."""
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    k = bisect.bisect_left(streets, (above, -1))
    if k == len(streets) or streets[k][0] >= start or not text.startswith(("   ", "\n", "\r\n"), streets[k][0]):
        return False
    street_start = streets[k][1]
    line_start = text.rfind("\n", 0, start) + 1
    if street_start <= above or abs((street_start - above) - (start - line_start)) <= 2:
        return True
    return text.count("  ", above, street_start) + text.count("\t", above, street_start) < 2


_SENTENCE_GOES_ON = scan.compile(r"[ ](?:[a-zäöüß]|\d|[A-ZÄÖÜ][a-zäöüß]{0,20}+[ ][a-zäöüß])")  # "3a sind", "3a der"
_AGE_AFTER = scan.compile(r"[ ][-–][ ]\d{1,3}[ ](?:Jahre|Jahren|ans|anni|years)(?![\w])")  # "…, Am Anger 22 – 91 Jahre"
# Rooms, buildings, texts and transport numbered as a house is, after "Im", "Auf", "Zur": no street.
_NUMBERED_THINGS = frozenset(
    """Zimmer Raum Haus Gebäude Block Trakt Saal Halle Büro Stock Kapitel Seite Abschnitt Paragraph Artikel Absatz
    Klasse Gleis Bus Tram Linie Bahnsteig Sektor Feld Kasten Fach Regal Ordner Band Heft""".split()
)


class AddressDetector:
    """Street + number (+ postcode/locality) in one span; postcode/locality lines."""

    name = "address"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield ADDRESS spans; the number is required for a street to count."""
        if scan.search(_HAS_DIGIT, text) is None:
            return
        spans: list[tuple[int, int]] = []

        def not_after_article(shape: str, start: int, end: int) -> int | None:
            if shape != "postcode" and scan.search(_BLANK_LINE, text, start, end) is not None:
                return None  # "Gruppo del quartiere Via Cattori\n\n079 507 09 16, [22.10.2026 15:01]": a chat's
                # heading and its first speaker's number (holdout39, read in session 35) -- no street goes on so
            if shape in ("de_word", "de_caps") and text[start:end].split(None, 1)[0].capitalize() in _ARTICLE_WORDS:
                return None  # "Die Strasse 5", "DIE STRASSE 5" is no street name
            if shape == "de_field_lettered":
                word = text[start:end].split(None, 1)[0].lower()
                if word in FIELD_NAME_TAILS and scan.search(_QUALIFIER, text, max(0, start - 12), start) is None:
                    return None  # "Holz 12 a", "Linden 3b": a word alone ("Sonnenhang", "Obere Halde" are streets)
                frequent = word in load_lexicon().common_words or german_word(word, below=4)
                if word not in FIELD_NAME_TAILS and frequent and scan.match(_SENTENCE_GOES_ON, text, end):
                    return None  # "Anhang 3a der …", "Kindergarten 2a ist …" (review of session 26; a street's number
                    # ends its clause: "Sie wohnt Rosengarten 3a.", second review)
            if shape == "de_prefix_field" and text[end:end + 4].lstrip(" -–")[:1].isdigit() and (
                    text[start - 2:start] != ", " or scan.match(_AGE_AFTER, text, end) is None):
                return None  # "Im Feld 2 - 3 Spieler" (after a name's comma a list's field: "…, Am Anger 22 – 91")
            if shape == "de_prefix_lettered":
                words = text[start:end].split()
                if words[-2] in _NUMBERED_THINGS:
                    return None  # "Im Zimmer 12a", "Auf Gleis 7b"
                article = words[1] in ("der", "den", "dem", "DER", "DEN", "DEM")
                goes_on = scan.match(_SENTENCE_GOES_ON, text, end) is not None  # ("Er wohnt In Reben 3a." ends there)
                if words[0] not in ("Am", "Im", "Zum", "Zur", "AM", "IM", "ZUM", "ZUR") and not article and goes_on:
                    return None  # "In Tabelle 3a sind …", "Unter Punkt 3a steht …" (review of session 26)
                noun = words[-2]
                if not article and goes_on and (noun.lower() in load_lexicon().common_words
                                                or german_word(noun, below=4)):
                    return None  # "Im Labor 4c ist …", "Im Modul 3a lernen …" ("Auf der Höhe 32a" is a street)
                if not words[-1][-1].isalpha() and words[-2].lower() in load_lexicon().common_words:
                    return None  # "Im Raum 2-3", "Zur Seite 5/6": a room's, a page's ("Auf der Höhe 32a" is a street)
            return end

        streets: list[tuple[int, int]] = []
        for shape, start, end in per_shape(_CAPITAL_LED, text, _CAPITAL_NAMES, claim=not_after_article):
            (spans if shape == "postcode" else streets).append((start, end))
        for m in scan.finditer(_FR_NUMBER_FIRST, text):
            number = m.group().split(None, 1)[0].rstrip(",")
            if "quare" in m.group() and scan.search(_SQUARE_UNIT, text, m.start(), m.end()) is not None:
                continue
            head = max(0, m.start() - 12)
            if text[m.start() - 1:m.start()] in ("/", ".", "-", "–"):
                pair = scan.search(_RANGE_BEFORE_NUMBER, text, head, m.start())
                if pair is None or scan.search(_DATE_SEP_BEFORE, text, head, pair.start()) is not None:
                    continue  # a date's year ("née le 27/01/1998, Chaussée …"), a phone's or a decimal's tail
                range_start = pair.start()  # "5-7 rue de la Paix", "12/14 avenue Foch"
            else:
                range_start = m.start()
            if "\n" in m.group() and len(number) == 4 and number[:2] in ("19", "20") \
                    and scan.search(_DATE_BEFORE_NUMBER, text, head, m.start()) is not None:
                continue  # a date's year ending the line above: "Mariage … – 10 juin 2026\nDomaine …"
            if "\n" in m.group() and _phone_tail_before(text, range_start):
                continue  # a phone's last group ending the line above: "06 03 28 78 52\nRésidence les Glycines, …"
                # (holdout40, read in session 36: the street took "52" and the phone lost it)
            if scan.match(_NUMBER_AFTER, text, m.end()) is not None and (
                    "\n" in m.group() or scan.search(_LOT_BEFORE_NUMBER, text, head, range_start) is not None
                    or range_start != m.start()  # a date's day and month: "30/03  Chemin de Bellevue 115" (holdout39)
                    or scan.search(_FLAT_BEFORE_NUMBER, text, head, range_start) is not None  # "Appt 21, Route …"
                    or _phone_tail_before(text, range_start)
                    or len(number) == 4 and number[:2] in ("19", "20")
                    and scan.search(_DATE_BEFORE_NUMBER, text, head, m.start()) is not None):
                # (and a phone's last digits or a date's year before it: "079 456 88 63, Rue du Château 34bis",
                # "né le 25 OCTOBRE 1954, Rue du Temple 82"; holdout30 and holdout31, read in session 27)
                # the street has its own number after its name: "Lot n° 28, Avenue Louise 234 boîte 7",
                # "Réf. client 94402\nRue du Marché 98" -- the number before is something else's (not in
                # "12 rue Victor Hugo 3 ème étage": there the number after is the floor's)
                continue
            before = scan.search(_FR_UNITS_BEFORE, text, max(0, range_start - 80), range_start)
            start = before.start() if before is not None and before.end() > before.start() else range_start
            streets.append((start, m.end()))
        if "Grand" in text:
            streets += [m.span() for m in scan.finditer(_GRAND_RUE_NUMBER_FIRST, text)]
        if "l. " in text:
            streets += [m.span() for m in scan.finditer(_LOWER_INTL, text)]
        if _TR_GATE.opens(text):
            streets += [m.span() for m in scan.finditer(_TR_STREET, text)]
        street_starts = sorted(start for start, _ in streets)
        for start, end in streets:
            number_start = max(text.rfind(" ", start, end), text.rfind("\t", start, end), start - 1) + 1
            date = scan.match(_DATE_AS_NUMBER, text, number_start)
            if date is not None and (len(date.group("year")) == 4 or text.count("\t", start, end) >= 2):
                continue  # a table's row: "Sophia Traversa  compagna  7/6/1964", "AM\tRaymond Koch\t8/16/94"
            q = scan.search(_QUALIFIER, text, max(0, start - 40), start)
            if q:
                start = q.start()
            units = scan.match(UNITS_AFTER, text, end)
            if units and not _street_within(street_starts, end, units.end()):
                end = units.end()  # (not the next cell's street's flat: "…Peupliers\tBât. A, Appt 27, 27 bis rue …")
            city = scan.match(_CITY, text, end)
            if city is None:
                city = scan.match(TOWN_ONLY, text, end)
                if city is not None and text[city.start()] == ",":
                    # a hamlet before the postcode: "Kirchweg 3, Oberdorf, 6383 Dallenwil"
                    city = scan.match(_CITY, text, city.end()) or city
            if city:
                end = city.end()
            spans.append((start, end))
        streets_by_end = sorted((end, start) for start, end in spans)
        for m in scan.finditer(_POSTCODE_LINE, "\n" + text):
            start, end = m.start("pc") - 1, m.end("pc") - 1
            line_start = text.rfind("\n", 0, start) + 1
            street = _bare_street_above(text, line_start) if line_start else None
            above = _street_line_above(text, start, streets_by_end)
            if m.group("gap") is not None and not above and street is None:
                continue  # a column's gap after "2024 Bericht": a postcode only below a street
            spans.append((start, end))
            if street is not None and not above:
                spans.append(street)
        last_end = -1
        for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
            if start >= last_end:
                last_end = end
                yield Entity(start, end, EntityType.ADDRESS, text[start:end], self.name)
