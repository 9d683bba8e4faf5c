"""A name after a saint's title is a church's or a place's, no one's.

Parishes' rotas, signatures and letters name their church by its saint ("Pfarrkirche St. Jakob",
"Läuteplan St. Martin", "Collegiata dei Santi Pietro e Stefano"): the name rules took the saint for a
person (holdout24, session 21).  Such a name is dropped before names are widened -- unless the text
shows it is a person's: a first name or a form of address before the title ("Matthew St John", "Ms. St.
Clair"), a first name and a listed surname after it ("St. Martin Huber"), a person after a saint's
place and a conjunction ("nach St. Moritz und Lukas Brunner"), the same name as a person's elsewhere in
the text ("Hallo Martin, … St. Martin ist am 11.11."); a person after the place and a particle stays
("Farmacia San Marco da Pomponio Errani": "Pomponio Errani").

Bounded work: each name reads at most 48 characters before it and a few after.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import STOP, TITLE_PARTS
from .entities import Entity, EntityType
from .names import NameLexicon

# A saint's title before a name ("St. Jakob", "Sankt Martin", "San Pietro", "Santi Pietro e Stefano", "Sainte-Anne")
_SAINT_BEFORE = scan.compile(
    r"(?<![\w.])(?P<saint>St\.?|Sankt|San|Santa|Santo|(?P<saints>Santi|Sts\.?|Saints|SS\.)|Saint|Sainte|Ste\.?)[ \-]"
    r"(?P<first>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+[ ](?:e|und|and|et|y)[ ])?\Z"
)
# the second saint's name after the first's and a conjunction ("Santi Pietro e Paolo")
_AND_AFTER = scan.compile(r"[ ](?:e|und|and|et|y)[ ][A-ZÀ-ÖØ-Þ]")


# the saint's name, a particle, then the rest of the entity, a capitalised word first (a person's name after
# the place: "San Marco da Pomponio Errani"; not "Santa Maria Novella", "Sankt Peter Ording")
_SAINTS_NAME_REST = scan.compile(
    r"[^\W\d_]{1,30}+[ ](?:da|di|de|del|della|von|van|du|des)[ ](?P<rest>[A-ZÀ-ÖØ-Þ])"
)


# A town's name going on after the saint's: "St. Johann im Pongau", "St. Georgen an der Gusen", "St. Peter ob der Au"
# (not "in", "bei", "in der", "am": German capitalises nouns -- "St. Clair bei Gericht", "St. Germain in Genf", "St.
# Jakob in der Früh" are people; the review of session 32)
_PLACE_PARTICLE_AFTER = scan.compile(r"[ ](?:im|an[ ]der|ob[ ]der)[ ][A-ZÀ-ÖØ-Þ]")


def _after_saint(text: str, ent: Entity, lex: NameLexicon) -> bool:
    """The name ``ent`` is a saint's, a church's or a place's: a saint's title right before it
    (holdout24, session 21: "Pfarrkirche St. Jakob", "Läuteplan St. Martin") -- unless a first name
    or a form of address stands before the title, which makes it a surname's part ("Matthew St John",
    "Anna San Martino", "Ms. St. Clair", "Mr St John").  Not a person's first name and surname after it
    ("St. Martin Huber": a saint's place is no listed surname), not a person after a saint's place and
    a conjunction ("nach St. Moritz und Lukas Brunner": a second saint is one word), not a first name
    "Santi" before one name ("Santi Romero": saints in the plural are two, joined)."""
    start = ent.start
    m = scan.search(_SAINT_BEFORE, text, max(0, start - 48), start)
    if m is None:
        return False
    if m.group("first") and " " in ent.text:
        return False  # "Wir fahren nach St. Moritz und Lukas Brunner"
    if m.group("saints") and not m.group("first") and scan.match(_AND_AFTER, text, ent.end) is None:
        return False  # "Hola Santi Romero" (not "Santi Pietro e Paolo")
    words = ent.text.split()
    if len(words) > 1 and lex.is_known_name(last := words[-1]) and not lex.is_first_name(last) \
            and last.lower() not in lex.common_words:
        return False  # a first name and a surname ("St. Martin Huber"; not "Santa Maria Maggiore")
    before = text[max(0, m.start() - 32):m.start()].rstrip(" ").rsplit(None, 1)[-1:]
    if not before or not before[0][:1].isupper():
        return True
    if scan.match(_PLACE_PARTICLE_AFTER, text, ent.end) is not None:
        return True  # a town's name goes on: "Thomas St. Johann im Pongau" (a person from there)
    word = before[0].rstrip(".")
    return not (word in STOP or word in TITLE_PARTS or before[0][-1:].isalpha() and lex.is_first_name(word))



def without_saints(text: str, persons: list[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``persons`` (PERSON entities, sorted) without the saints' names, a person after a saint's place
    cut to the person (see the module's docstring)."""
    saints = {k for k, ent in enumerate(persons)
              if ent.start > 3 and text[ent.start - 1] in " -" and _after_saint(text, ent, lexicon)}
    if not saints:
        return persons
    named = {ent.text for k, ent in enumerate(persons) if k not in saints}
    out: list[Entity] = []
    for k, ent in enumerate(persons):
        if k in saints and ent.text not in named:
            rest = scan.match(_SAINTS_NAME_REST, text, ent.start, ent.end)
            if rest is None:
                continue
            ent = Entity(rest.start("rest"), ent.end, EntityType.PERSON, text[rest.start("rest"):ent.end], ent.detector)
        out.append(ent)
    return out
