"""E-mail addresses spelled out as people say them on a call and transcripts write them: "amy punkt
walder at gmail punkt com", "a point hernandez arobase wanadoo point fr", "yuksel punto vefia
chiocciola hispeed punto ch" (issue 13: holdout6's call transcripts).

The "at" word of each language is the anchor; the domain after it must have at least one spoken
dot and end in a TLD of letters; the local part before it is one to four words joined by spoken
dots, dashes or underscores.  German and English "at" is also a preposition ("looked at the dot
com bubble"): with it, the local part must have a spoken dot or a digit, or an e-mail word
("Adresse", "mail", "courriel", "indirizzo") must stand shortly before.

Linear: the anchors are found by one scan; each reads at most ~160 characters before and after.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan

_DOT = r"(?:punkt|dot|point|punto)"
_JOIN = r"(?:punkt|dot|point|punto|unterstrich|underscore|tiret|trattino|bindestrich|minus|dash)"
_LABEL = r"[^\W_][\w\-]{0,39}+"
_AT = scan.compile(r"[ ](?P<at>at|ät|arobase|chiocciola|klammeraffe)[ ]")
_DOMAIN = scan.compile(rf"{_LABEL}(?:[ ]{_DOT}[ ]{_LABEL}){{1,3}}(?![\w\-])")
_LOCAL = scan.compile(rf"(?<![\w\-])(?P<local>{_LABEL}(?:[ ]{_JOIN}[ ]{_LABEL}){{0,3}})\Z")
_MAIL_WORD = scan.compile(r"(?i:adresse|address|mail|courriel|indirizzo|schreib|écri|scriv|write)")


class SpokenEmailDetector:
    """E-mail addresses spelled out in words."""

    name = "contact"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield each spelled-out address as one EMAIL (see the module's docstring)."""
        if " at " not in text and " ät " not in text and " arobase " not in text and " chiocciola " not in text \
                and " klammeraffe " not in text:
            return
        for m in scan.finditer(_AT, text):
            domain = scan.match(_DOMAIN, text, m.end())
            if domain is None or not domain.group().rsplit(" ", 1)[-1].isalpha():
                continue
            local = scan.search(_LOCAL, text, max(0, m.start() - 120), m.start())
            if local is None:
                continue
            words = local.group("local")
            if m.group("at") in ("at", "ät") and " " not in words and not any(c.isdigit() for c in words) and (
                    scan.search(_MAIL_WORD, text, max(0, local.start() - 60), local.start()) is None):
                continue
            yield Entity(local.start(), domain.end(), EntityType.EMAIL, text[local.start():domain.end()])
