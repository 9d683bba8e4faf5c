"""Dates of birth inside a birth's object: a JSON object or a YAML block whose key is a date of birth's
holds the birth's date under a generic key ('"birthData": {"date": "1985-03-14"}', "birth:\n  date: …",
'"dateOfBirth": {"day": 14, "month": 3, "year": 1985}'), as web shops, horoscope APIs and forms write it.

Work bound (issue 12): each question reads at most a few hundred characters back from the pair or line
it is asked for.
"""

from __future__ import annotations

from . import scan
from .field_keys import DOB_KEYS, dob_key_within, normalise_key

# A JSON object's date whose object is a birth's: '"birthData": {"date": …}', '"geburt": {"datum": …}'.
DATE_WORDS = frozenset({"date", "datum", "data", "day", "value", "jour", "giorno", "tag", "datetime", "when"})
_OBJECT_KEY_BEFORE = scan.compile(
    r"\"(?P<key>[^\"\n]{1,40})\"[ \t]{0,4}:[ \t\r\n]{0,16}(?:\[[ \t\r\n]{0,16})?\Z")  # (or its array's first)
_OBJECT_REACH = 240
DATE_PARTS = frozenset({"day", "month", "year", "tag", "monat", "jahr", "jour", "mois", "année", "annee", "giorno",
                        "mese", "anno", "dd", "mm", "yyyy", "yy"})
_BIRTH_OBJECT_TAILS = frozenset({"data", "info", "infos", "details", "daten", "angaben", "données", "dati"})


def in_birth_object(text: str, pos: int) -> bool:
    """The JSON pair at ``pos`` stands in an object (no brace closed between) whose key is a date
    of birth's ("birth", "birthData", "naissance", "geburt")."""
    opening, depth = -1, 0  # the object's "{": back over the objects closed before the pair ('"place": {…},')
    for k in range(pos - 1, max(0, pos - _OBJECT_REACH) - 1, -1):
        c = text[k]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                opening = k
                break
            depth -= 1
    if opening < 0:
        return False
    parent = scan.search(_OBJECT_KEY_BEFORE, text, max(0, opening - 64), opening)
    if parent is None:
        return False
    return _names_a_birth(parent.group("key"))


def _names_a_birth(raw_key: str) -> bool:
    """A JSON object's or a YAML block's key that is a date of birth's: a key of its own, or one inside
    it at its end or before a word for its details ("clientBirthDate", "birthDateDetails"; not
    "birthdayParty", a party's date)."""
    key = normalise_key(raw_key)
    if key in DOB_KEYS:
        return True
    inner = dob_key_within(key)
    return inner is not None and (key.endswith(inner) or key[key.find(inner) + len(inner):] in _BIRTH_OBJECT_TAILS)


_YAML_PARENT = scan.compile(r"[ \t]{0,16}-?[ ]?(?P<key>[^\W\d_][\w \-]{0,40}):[ \t]{0,8}\Z")


def in_birth_block(text: str, line_start: int) -> bool:
    """The indented YAML line at ``line_start`` stands in a block whose key, on the nearest line above
    indented less, is a date of birth's ("birth:", "geburt:", "dateOfBirth:")."""
    indent = len(text[line_start:line_start + 32]) - len(text[line_start:line_start + 32].lstrip(" \t"))
    pos = line_start - 1
    for _ in range(8):  # (a few lines up: the block's other keys)
        if pos <= 0:
            return False
        newline = text.rfind("\n", max(0, pos - 240), pos)  # (a parent's line is short: bounded work)
        if newline < 0 and pos > 240:
            return False
        above = newline + 1
        line = text[above:pos]
        lead = len(line) - len(line.lstrip(" \t"))
        if line.strip() and lead < indent:
            parent = scan.fullmatch(_YAML_PARENT, text, above, pos)
            if parent is None:
                return False
            return _names_a_birth(parent.group("key"))
        pos = above - 1
    return False
