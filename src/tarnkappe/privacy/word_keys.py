"""A form's key that the name lists know as a surname is no one: "Loyer mensuel : 60,00 €", "Paiement : carte".

The lists hold French and English surnames that are frequent words of their language ("Loyer", "Paiement",
"Chemin", "Voisin", "Lawyer"); ambiguous_names.txt.gz knows a word by its inflections, and a French noun has only
its plural's "s", so the rules took such a word alone as a name -- at a form's key above all (117 spans masked
for nothing over the read evaluation sets, session 31).  Made weak everywhere, they were lost as surnames in
German prose ("Bei Cardinaux nachfragen", "Rückfrage bei Gagné"; the review of session 31).  So only here: a
PERSON entity of one such word that begins its line (after white space, a bullet, a cell's bar, markup) and is a
key -- a colon after it, at most three words between ("Loyer mensuel charges comprises :", "**Paiement sur IBAN:**",
"PAIEMENT:"), a bracket's end ("[Paiement]") or a preposition ("Paiement par chèque") -- and no contact found
after it on its line ("Paquet: tél. 079 123 45 67" is someone's number; an IBAN or a card is a payment key's
value).

Which words: surnames (no first name) of Zipf 3.3 or more in French or English and 2.7 less in every other of
our languages, from the shipped word frequencies.  Bounded: each such entity reads 48 characters after it and its
line's start (at most 8 characters back).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache

from .detectors import scan
from .detectors.person_context import first_on_line
from .entities import Entity, EntityType
from .learned.features import load_word_freq
from .names import NameLexicon

# a colon after at most three lower-case words ("Paiement sur IBAN:" too), or a bracketed key's "]"
_KEY_AFTER = scan.compile(
    r"(?:[ ][^\W\d_][^\W\d_]{0,20}+){0,3}+[ \t]{0,8}+(?:\*\*)?[ \t]{0,2}(?::|\])"
    # or a noun's preposition first on its line: "Paiement par chèque", "Paiement sur le compte" (no one's "by")
    r"|[ ](?:par|sur|de|du|des|à|au|aux|en|avec|pour|by|of|on|for|with|via)[ ]"
)
_LINE_LEAD = frozenset(" \t|*-•[>#")
# what a person's line holds after the name ("Paquet: tél. 079 …"); an account or a card is a payment key's value
_CONTACTS = frozenset((EntityType.PERSON, EntityType.PHONE, EntityType.EMAIL, EntityType.ADDRESS, EntityType.DOB))


@cache
def key_surnames(lexicon: NameLexicon) -> frozenset[str]:
    """The surnames of ``lexicon`` that are frequent words of French or English only (see the docstring); once per
    lexicon (~0.1 s: the anonymizer asks when it is made, not on its first request)."""
    freq = load_word_freq()
    out = set()
    for word in lexicon.surnames - lexicon.first_names:
        code = freq.get(word.lower())
        if code is None:
            continue
        top, second = sorted(code)[-2:][::-1]
        if top >= "5" and int(top) - int(second) >= 4 and code.index(top) in (1, 3):  # (de, fr, it, en)
            out.add(word)
    return frozenset(out)


def without_word_keys(text: str, entities: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``entities`` without the PERSON entities that are such a key (see the module's docstring)."""
    entities = list(entities)
    words = key_surnames(lexicon)
    if not any(e.type == EntityType.PERSON and e.text.capitalize() in words for e in entities):
        return entities
    starts = sorted(e.start for e in entities if e.type in _CONTACTS)
    return [e for e in entities
            if not (e.type == EntityType.PERSON and e.text.capitalize() in words and _key(text, e, starts))]


def _key(text: str, entity: Entity, starts: list[int]) -> bool:
    """``entity`` begins its line and a key's colon or bracket follows it, and no name, phone, e-mail, address or
    date of birth stands after it on the line: "Paquet: tél. 079 123 45 67" is a person's number."""
    line_end = text.find("\n", entity.end)
    line_end = len(text) if line_end < 0 else line_end
    k = bisect.bisect_right(starts, entity.start)
    if k < len(starts) and starts[k] < line_end:
        return False
    if not first_on_line(text, entity.start, _LINE_LEAD):
        return False
    return scan.match(_KEY_AFTER, text, entity.end, min(len(text), entity.end + 48)) is not None
