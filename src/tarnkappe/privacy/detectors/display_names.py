"""The display name before a mail address in angle brackets: "Von: Jorinde zu Obermoser <…>", "On 10/07/2026
Penny Hill <…> wrote:", "Cc: a@b.ch, Bosco, Marco <bosco@…>" (issue 13: mail headers and quoted replies
pasted into a prompt).

The address says that the words right before it name its owner, where the words alone would not
(a surname in no list, a name in capitals).  Not a role mailbox's ("Support Team <support@…>"), and
not the words before the name that are no part of it ("Weitergeleitet von IT Penny Hill").

Bounded work: one search of at most 80 characters before each address.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..learned.features import owner_word
from ..names import NameLexicon
from ..organisation_contacts import FREE_MAIL
from . import scan
from .field_keys import ascii_folded
from .field_values import PARTICLE_WORDS

# "<anna.meier@example.ch>" and the name right before it (1-4 capitalised words, particles between;
# quoted or not).
_ANGLE_ADDRESS = scan.compile(r"<(?P<local>[^<>@\s]{1,64})@[^<>\s]{1,255}>")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]{0,30}+(?:['’\-][^\W\d_]{1,30}+)?"
_LOWER_PARTICLE = r"(?:von|zu|zur|zum|vom|van|der|den|de|di|da|del|della|la|le|dos|du|ter|ten)"
# "Penny Hill", "Jorinde zu Obermoser", "van der Linde Celine (IT-SEC)", and quoted with the
# surname first: "\"Stadler, Emma\"", "\"de Smet, Gabriel\"" (Outlook's way) -- one name.
_DISPLAY_NAME = scan.compile(
    rf"(?<![\w\-])(?P<quote>\")?(?P<name>(?:{_LOWER_PARTICLE}[ ]){{0,2}}{_NAME_WORD}\.?"
    rf"(?:(?(quote),?)[ ](?:{_LOWER_PARTICLE}[ ]){{0,2}}{_NAME_WORD}\.?){{0,3}}?)(?(quote)\")"
    rf"(?:[ ]\([^()\n]{{1,24}}\))?[ ]?$"
)
_ROLE_MAILBOXES = frozenset(
    """info support noreply no-reply donotreply service kontakt contact office admin mail hello hallo team
    sales verkauf billing buchhaltung rechnung invoice hr jobs karriere news newsletter help hilfe
    servizioclienti assistenza""".split()
)


# "Cc: a@b.ch, Bosco, Marco <bosco@…>", "Von: von Gunten, Noa <…>": an unquoted surname and its comma before the
# first name, as Outlook lists people; after a header's key, another address or the list's start only
_SURNAME_COMMA = scan.compile(
    rf"(?P<surname>(?:{_LOWER_PARTICLE}[ ]){{0,2}}{_NAME_WORD}(?:[- ]{_NAME_WORD})?),[ ]\Z"
)


def display_names(text: str, detector: str, lexicon: NameLexicon) -> Iterator[Entity]:
    """The display name before an address in angle brackets: mail headers and quoted replies
    ("On 10/07/2026 Penny Hill <…> wrote:", "Von: Jorinde zu Obermoser <…>"); not before a
    role mailbox ("Support Team <support@…>")."""
    for m in scan.finditer(_ANGLE_ADDRESS, text):
        if m.group("local").lower().split(".")[0] in _ROLE_MAILBOXES:
            continue
        name = scan.search(_DISPLAY_NAME, text, max(0, m.start() - 80), m.start())
        if name is None:
            continue
        start, end = name.span("name")
        if _function_mailbox(name.group("name"), m.group(), lexicon):
            continue
        # leading words that are no name: "Weitergeleitet von IT Penny Hill" -> "Penny Hill";
        # but a name that starts with its particles stays whole ("; van der Linde Celine <…>")
        while not (text[start].islower() and _opens_name(text, start)):
            word = text[start:end].split(" ", 1)
            if len(word) < 2 or " " not in word[1]:
                break  # never down to one word: "Avi Kulkarni <…>" is a name as it stands
            first = word[0].rstrip(".")
            if not (first.lower() in lexicon.common_words or first in PARTICLE_WORDS
                    or (first.isupper() and len(first) <= 4)) or lexicon.is_first_name(first):
                break
            if " " not in word[1] and first.istitle() and text[end:end + 2] == " (":
                break  # "Bello Luciana (OPS) <…>": a surname first, before a department
            start += len(word[0]) + 1
        if text[end:end + 1] != '"':
            start = _surname_before(text, start, lexicon)
        yield Entity(start, end, EntityType.PERSON, text[start:end], detector)


def _surname_before(text: str, start: int, lex: NameLexicon) -> int:
    """``start`` moved back over a surname written first, unquoted, in a header's list of people
    (holdout26's Cc lines: "…, Klemm, Undine <klemm@…>"); not over an ordinary word ("Sent: Monday, …")."""
    m = scan.search(_SURNAME_COMMA, text, max(0, start - 64), start)
    if m is None:
        return start
    surname = m.group("surname")
    last = surname.split(" ")[-1].split("-")[0]
    if last.lower() in lex.common_words and last not in lex.surnames:
        return start
    before = m.start()
    return before if _after_list_border(text, before) else start


def _after_list_border(text: str, pos: int) -> bool:
    """A header's key, another address or the line's start before ``pos`` (":", ";", ">", "x@y.ch,")."""
    head = text[max(0, pos - 256):pos].rstrip(" \t")
    if not head or head[-1] in ":;>\n":
        return True
    if head[-1] != ",":
        return False
    token = head[:-1].rsplit(None, 1)[-1] if head[:-1].strip() else ""
    return "@" in token or token.endswith(">")


def _opens_name(text: str, start: int) -> bool:
    """Only a quote, a line break, a tab or a list separator (":", ";", ",", "<") stands before
    ``start``, one space allowed."""
    return text[max(0, start - 2):start].rstrip(" ")[-1:] in ("", "\"", "'", "\n", "\t", ":", ";", ",", "<")


def _function_mailbox(name: str, address: str, lexicon: NameLexicon) -> bool:
    """The display name is the mailbox's function that its local part spells, no one's name ("Zeitmessung
    <zeitmessung@…>", "Commande <commande@…>"; session 30): one word, the local part's, that cannot be an owner's
    name (a listed name, or a rare word).  Not two: "Traute Abend <traute.abend@…>", "Modeste Bouchon" are
    people whose names are ordinary words ("Tournoi Seniors <tournoi.seniors@…>" stays a name); nor at a free-mail
    provider, where a mailbox is someone's own ("Von: Abend <abend@gmx.de>"; review of session 30)."""
    local, _, domain = address.strip("<>").rpartition("@")
    word = name.strip('" ')
    return " " not in word and ascii_folded(word) == ascii_folded(local) and not owner_word(word, lexicon) \
        and FREE_MAIL.isdisjoint(domain.lower().split(".")[:-1])
