"""Names that a label next to them makes a name: a doorbell's name, a Jira mention ("[~gudrun]"), a name
spelled letter by letter after it was asked for ("k ä s t e r"), a parent's name in parentheses after
"Mama", a name with a phone number in parentheses after it (or after a slash, first in a table's cell:
"| Hosseini / 0676 3719804 |"), a newborn after "unsere kleine".

Notes for a babysitter, a neighbour or a colleague write people by what they are to the writer:
"Adresse: Feldstraße 85, 20095 Hamburg (Klingel: Pacelli)", "Mama (Carina): 0650/2318767", "Papa
(Jean): …", "Demandes d'échange avant jeudi à Bahari (0628486378, poste 1161)".  The name is one or
two words no list needs to know (a doorbell's name is in capitals as often as not, "VON ALLMEN"):
the label leaves no other reading.  A name with a phone number after it must be no ordinary word
("Zentrale (044 …)", "Hotline (0800 …)" are no people).

Linear: one scan per label kind, each started from its label's literal words, and for phone
numbers one look before each found number.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import COMPANY_SUFFIXES, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon, compound_tail
from .person_dates import covered_by_any, overlaps_any

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{0,29}+(?:[\-’'][A-ZÀ-ÖØ-ÞĀ-Ž]?[^\W\d_]{1,29}+)?"
# (in capitals they are words: "VON ALLMEN")
_PARTICLES = r"(?:von|van|de|du|da|di|del|della|der|den|la|le|zu|ter|ten|dos|af)"
# "(Klingel: von der Heyde)", "(Interphone : Arendt)", "Citofono: ROSSI", "Doorbell: Okafor"
# Two households on one bell are one label ("Klingel: Pacelli / Okonkwo"), a family's word before
# them no part of the name ("Klingel: Fam. Okonkwo").
_BELL_NAME = rf"(?:{_PARTICLES}[ ]){{0,2}}{_CAP}(?:[ ]{_CAP}){{0,2}}+"  # (giving a word back never helps)
_DOORBELL_GATE = Gate(("lingel", "schild", "kasten", "nterphone", "onnette", "itofono", "ampanello", "oorbell", "uzzer",
                       "onner chez", "uonare a", "bell for"))
# Also said in a sentence: "klingeln bei Vogel/Grob.", "interphone Vacher/Blanc", "citofono La Rosa",
# "buzzer says Kilfoyle", "sonner chez Dupuis".
_DOORBELL = scan.compile(
    r"(?:(?:Klingel|Klingelschild|Türschild|Briefkasten|Interphone|Sonnette|Citofono|Campanello|Doorbell|Buzzer)"
    r"[ ]?:|[Kk]lingeln[ ]bei|[Kk]lingel[ ]bei|[Ii]nterphone|[Cc]itofono|[Bb]uzzer[ ]says|[Ss]onner[ ]chez"
    r"|[Ss]uonare[ ]a|[Rr]ing[ ]the[ ]bell[ ]for)[ ]{1,2}(?:(?:Fam\.|Familie|Famille|Famiglia|Family)[ ])?"
    rf"(?P<name>{_BELL_NAME}(?:[ ]?[/&+][ ]?{_BELL_NAME})?)"
    r"(?=[ ]?[)\r\n,;]|\.(?:\s|\Z)|\Z)"
)
# The same sentence typed in lower case, as in a chat: "klingeln bei kabus", "sonnez chez sandoz-menthonnex",
# "citofono bakken", "ring at clarke" (holdout26, session 23) -- the word after the cue is the household's name:
# no pronoun or article, a word of the languages only when it is a surname too ("klingeln bei meister", not
# "klingel bei atelier")
_LOWER_DOORBELL = scan.compile(
    r"(?:[Kk]lingeln[ ]bei|[Kk]lingel[ ]bei|[Ss]onnez[ ]chez|[Ss]onner[ ]chez|[Ss]uonate[ ]a|[Ss]uonare[ ]a|[Cc]itofono"
    r"|[Rr]ing[ ]at)[ ](?:(?:fam\.|familie|famille|famiglia|family)[ ])?"
    rf"(?P<name>(?:{_PARTICLES}[ ]){{0,2}}[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{{1,29}}+(?:-[a-zß-öø-ÿ]{{2,29}}+)?)"
    r"(?=[ ]?[)\r\n,;!]|\.(?:\s|\Z)|\Z)"
)
_LOWER_GATE = Gate(("lingel bei", "lingeln bei", "onnez chez", "onner chez", "uonate a", "uonare a", "itofono",
                    "ing at "))
_NO_HOUSEHOLD = frozenset(
    """mir uns dir euch ihm ihr ihnen mich der den dem die das einem einer meiner moi nous toi vous lui eux elle elles
    moi-même me noi te voi lui lei loro the a an me us him her them home you mine ours yours his hers theirs
    hauswart hausmeister abwart concierge gardien gardienne portier pforte empfang rezeption reception büro office
    sekretariat nachbar nachbarn nachbarin voisin voisins voisine vicino vicini vicina neighbour neighbours neighbor
    neighbors custode portineria""".split()
)
# "Mama (Carina):", "Papa (René)", "Maman (Jeanne)", "Nonna (Pina)", "Mum (Tracey)"
# (the scan starts at " (", the kinship word before it is looked up: a scan from the words' capitals
# tried every capital of the text, ~55 us on the ~2,000-token prompt)
_KIN_WORDS = frozenset(
    "Mama Mami Mutter Papa Papi Vater Oma Opa Tante Onkel Maman Mamie Papy Tata Tonton Mamma Papà Babbo Nonna"
    " Nonno Zia Zio Mum Mom Dad Grandma Grandpa Granny Nan Aunt Auntie Uncle".split()
)
# a partner named in parentheses, as a referral writes the one who saw it ("Partner/in (Marius) beobachtet
# nächtliche Atemaussetzer", "Conjoint·e (John) observe …"; holdout26, session 23), the gendered ending dropped
_PARTNER_WORDS = frozenset(
    "Partner Ehepartner Lebenspartner Ehemann Ehefrau Conjoint Partenaire Époux Épouse Coniuge Compagno Compagna"
    " Marito Moglie Spouse Husband Wife".split()
)
_GENDERED_SUFFIX = scan.compile(r"(?:/-?in|\*in|:in|_in|\(in\)|·e|\(e\)|/e)\Z")
_KIN = scan.compile(rf"[ ]\((?P<name>{_CAP}(?:[ ]{_CAP})?)\)")
# A newborn or a small child introduced by the parents: "Unsere kleine Charlotte ist am … zur Welt
# gekommen", "notre petite Léna", "la nostra piccola Giulia", "our little Noah" (four substring
# tests: the scan runs only in a text with one of these words)
_LITTLE_ONE = scan.compile(
    r"(?:[Uu]nsere[ ]kleine|[Uu]nser[ ]kleiner|[Nn]otre[ ]petite?|[Ll]a[ ]nostra[ ]piccola|[Ii]l[ ]nostro[ ]piccolo"
    rf"|[Oo]ur[ ]little)[ ](?P<name>{_CAP})(?![\w\-])"
)
# A birth name after a married one: "Blanka Benz (geb. Felder)", "Irène Roux (née Jafari)", "Leslie (nata
# Gallo)", "Friedlinde (geb. ter Horst)", "Svetlana (née Le Roux)", "Armida Cervera, née Strand".
_MAIDEN = scan.compile(
    r"[(,](?:(?<=\()|(?<=,)[ ])(?:geb\.|geborene|née|nee|nata|born)[ ]"
    rf"(?P<name>(?:{_PARTICLES}[ ]){{0,2}}{_CAP}(?:[ ]{_CAP})?)(?=[ ]?[),;]|\.(?:\s|\Z)|[ \t]{{0,8}}(?:\r?\n|\Z))"
)
# The holder of an account or a payment's payee, named after the cue in a sentence ("Kontoinhaber
# Wangari, Mitchelle", "intestato a YASMINA AL HAKIM.", "ouvert au nom de Blanc, Maurice.", "payable to
# Gwen Price"): a name written either way, in any case, to the clause's end.
_HOLDER_WORD = rf"(?:{_PARTICLES}[ ])?{_CAP}"
_HOLDER = scan.compile(
    r"(?:Kontoinhaber(?:in)?|[Ii]ntestat[oa][ ]a|[Aa]u[ ]nom[ ]de|[Aa]ccount[ ]holder|[Tt]itulaire[ ]du[ ]compte"
    r"|[Zz]ugunsten[ ]von|[Pp]ayable[ ]to|[Àà][ ]l['’]ordre[ ]de)[ ]?:?[ ]{1,2}"
    r"(?:(?:Herrn?|Frau|M\.|Mme|Monsieur|Madame|Mr|Mrs|Ms|Sig\.(?:ra)?|Signora|Signor)[ ])?"
    rf"(?P<name>{_HOLDER_WORD}(?:[ ]{_HOLDER_WORD}){{0,3}}+(?:,[ ]{_CAP}(?:[ ]{_CAP})?)?)"
    r"(?=[ ]?[.;)\r\n]|,|[ ][·|–-][ ]|\Z)"
)
# A signature after the dashes that open one ("-- Seydou Sylla, +41 76 …", "-- Floor van der Avoirt"):
# the name, to a comma or the line's end.
_DASH_SIGNATURE = scan.compile(
    rf"\n--[ ](?P<name>{_CAP}(?:[ ](?:{_PARTICLES}[ ]){{0,2}}{_CAP}){{1,3}}+)(?=,|[ \t]{{0,8}}(?:\r?\n|\Z))"
)
# One or two capitalised words right before " (" (read in the 62 characters before it).
_NAME_BEFORE = scan.compile(rf"(?<![\w\-'’.])(?P<name>{_CAP}(?:[ ]{_CAP})?)[ ]\(\Z")
# a table cell's contact: "| Hosseini / 0676 3719804 |", "Muhr / +43 664/3973283" (the cell's start before it)
_NAME_BEFORE_SLASH = scan.compile(rf"(?:^|(?<=[|\t\n])[ ]{{0,4}})(?P<name>{_CAP}(?:[ ]{_CAP})?)[ ]/[ ]\Z")


_SPELLING_GATE = Gate(("uchstab", "UCHSTAB", "pel", "PEL", "pell", "PELL", "ompit", "OMPIT", "illab", "ILLAB"))
_SPELLING_CUE = scan.compile(r"(?i:buchstabier|épel|epel|spell|compit|sillab)")
_SPELLED = scan.compile(r"(?<![\w])(?P<name>[^\W\d_](?:[ ][^\W\d_]){2,40}+)[ \t.,]{0,4}\Z")
# (not code's "x[~mask]": an array indexed by a negated mask has its name before the bracket)
_JIRA_MENTION = scan.compile(r"(?<![\w\])])\[~(?:accountid:)?(?P<name>[^\W_][\w.\-]{1,60}+)\]")
_MAIDEN_GATE = Gate(('geb', 'née', 'nata', 'nee', 'born'))
_HOLDER_GATE = Gate(('nhaber', 'ntestat', 'nom de', 'holder', 'itulaire', 'ugunsten', 'ayable', 'ordre de'))
_LITTLE_ONE_GATE = Gate(('kleine', 'petit', 'piccol', 'little'))


def persons_from_labels(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names that a doorbell, a kinship word, a birth name's cue or a phone
    number in parentheses labels, where no entity of ``found`` overlaps them."""
    entities = list(found)
    taken = sorted((e.start, e.end) for e in entities)
    not_names = sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON)
    out: list[Entity] = []

    def add(start: int, end: int, over_names: bool = False) -> None:
        words = text[start:end].split(" ")
        if words[0] in STOP or words[-1] in STOP:
            return
        # (over the rules' parts of the name only: "Vacher" of "interphone Vacher/Blanc", the learned
        # model's "Kontoinhaber Olukunga"; one test against the sorted other spans, not a walk over
        # all entities per match -- that was quadratic, 87 s for 1 MB of "Klingel: Anna Meier")
        if overlaps_any(taken, start, end) and not (over_names and not overlaps_any(not_names, start, end)
                                                    and not covered_by_any(taken, start, end)):
            return  # (a name already masked whole is not added again: each overlap costs the resolution)
        out.append(Entity(start, end, EntityType.PERSON, text[start:end], "label"))

    # (the scan starts with an alternation of words, ~0.9 ms on the ~2,000-token prompt: only in a
    # text with one of them, found by substring tests of ~2 us each)
    if _DOORBELL_GATE.opens(text):
        for m in scan.finditer(_DOORBELL, text):
            add(*m.span("name"), over_names=True)  # "Vacher/Blanc": the bell's label whole
    if _LOWER_GATE.opens(text):
        common = lexicon.common_words
        for m in scan.finditer(_LOWER_DOORBELL, text):
            name = m.group("name")
            last = name.split(" ")[-1]
            ring = m.group().lower().startswith("ring")  # (English: "ring at noon", a time's word and a surname)
            if name not in _NO_HOUSEHOLD and last not in _NO_HOUSEHOLD and (
                    last not in common and rare_word(last) or not ring and last.capitalize() in lexicon.surnames):
                add(*m.span("name"))  # ("klingel bei atelier", "citofono rotto": a shop, a broken bell)
    if "[~" in text:  # a Jira mention of a user: "(Ticket von [~gudrun])", "[~marc-antoine]"
        for m in scan.finditer(_JIRA_MENTION, text):
            add(*m.span("name"))
    if _SPELLING_GATE.opens(text):
        # a name spelled letter by letter after it is asked for: "buchstabieren Sie den Nachnamen" …
        # "k ä s t e r", "could you spell that" … "O K A F O R"
        # (read in the three lines after each cue, each line's end: a scan of the whole text for runs of
        # letters cost ~60 ms per 100 KB of "a b a b …")
        for cue in scan.finditer(_SPELLING_CUE, text):
            line_end = text.find("\n", cue.end())
            for _ in range(3):
                if line_end < 0:
                    break
                start, line_end = line_end + 1, text.find("\n", line_end + 1)
                end = len(text) if line_end < 0 else line_end
                spelled = scan.search(_SPELLED, text, start, end) if end - start <= 120 else None
                if spelled is not None:
                    add(*spelled.span("name"))
    if _MAIDEN_GATE.opens(text):
        for m in scan.finditer(_MAIDEN, text):
            surname = m.group("name").rsplit(" ", 1)[-1]
            if (surname.lower() not in lexicon.common_words or lexicon.is_known_name(surname)) \
                    and not lexicon.is_place_only(surname):
                add(*m.span("name"), over_names=True)  # not "née Paris", "born Friday"
    if _HOLDER_GATE.opens(text):
        for m in scan.finditer(_HOLDER, text):
            words = [w for w in m.group("name").replace(",", "").split(" ") if w[:1].isupper()]
            first = words[0].capitalize()
            if (first.lower() not in lexicon.common_words or lexicon.is_known_name(first)) \
                    and not any(w in COMPANY_SUFFIXES for w in words):
                add(*m.span("name"), over_names=True)  # not "intestato a Banca Popolare di Sondrio"
    if "\n-- " in text:
        for m in scan.finditer(_DASH_SIGNATURE, text):
            words = m.group("name").split(" ")
            if not all(w.lower() in lexicon.common_words for w in words if w[:1].isupper()):
                add(*m.span("name"), over_names=True)
    if _LITTLE_ONE_GATE.opens(text):
        for m in scan.finditer(_LITTLE_ONE, text):
            name = m.group("name")
            if lexicon.is_first_name(name) or rare_word(name):  # not "unser kleiner Garten"
                add(*m.span("name"))
    if " (" in text:
        for m in scan.finditer(_KIN, text):
            word = text[max(0, m.start() - 12):m.start()].rsplit(None, 1)[-1:]
            if not word or text[m.start() - len(word[0]) - 1:m.start() - len(word[0])] not in (
                    "", " ", "\n", "\t", "-", "*", "(", ":"):
                continue
            name = m.group("name")
            if word[0] in _KIN_WORDS or _GENDERED_SUFFIX.sub("", word[0]) in _PARTNER_WORDS and (
                    lexicon.is_first_name(name.split(" ")[0])
                    or name.lower() not in lexicon.common_words and rare_word(name.split(" ")[0])
                    and not compound_tail(name.lower(), lexicon)):
                add(*m.span("name"))  # (a partner's: a first name, not "(Vertrag)", "(Familienmitgliedschaft)")
    if " (" in text or " / " in text:
        # a contact's phone number after the name: "Bahari (0628486378, poste 1161)", a table's cell
        # "| Hosseini / 0676 3719804 |"
        for e in entities:
            if e.type != EntityType.PHONE:
                continue
            if text[e.start - 2:e.start] == " (":
                before = scan.search(_NAME_BEFORE, text, max(0, e.start - 62), e.start)
            elif text[e.start - 3:e.start] == " / ":
                before = scan.search(_NAME_BEFORE_SLASH, text, max(0, e.start - 66), e.start)
            else:
                continue
            if before is not None and _contact_name(before.group("name"), lexicon):
                add(*before.span("name"))
    return out


def _contact_name(name: str, lexicon: NameLexicon) -> bool:
    """No ordinary word and no town; in capitals a listed name only ("MEIER (079 …)", not "SOS (144)",
    "SBB (0848 …)", "ICBC / 3513214418")."""
    return all(w.lower() not in lexicon.common_words and not lexicon.is_place_only(w) and (
        not w.isupper() or len(w) >= 3 and lexicon.is_known_name(w.capitalize())) for w in name.split(" "))
