"""Chat exports: WhatsApp's (iOS "[03.12.26, 18:30:40] Anna M.: …", Android "03.12.26, 18:30 -
Anna M.: …") and the copies of Teams and Slack ("Meier, Anna   18:04" on its own line, the message
below).  People paste them to have a list made of who comes when (issue 13: holdout5's chats
leaked one value in four).  What the prose rules miss there:

* the speaker, whatever the name's shape ("Sita S.", "Uddin, Nusrat", "Maria Grazia S.");
* names written in lower case, as people type in chats: a speaker's name again ("kommt olga auch
  mit?", "darshs kollegin"), an introduction ("hi, hier ist melisa, …", "salut, c'est thảo"), a
  mention ("@Sita"), and in a message written all in lower case, a listed first name and the
  surname after it ("gunilla und behruz sanjarov kommen");
* a date of birth given as the answer to a question in the message before ("… dein
  geburtsdatum für den zweitfahrer" -- "1989-04-01").

Call and meeting transcripts ("[00:01:44] Macingwane, Nokulunga: …", "00:02:45 Karlheinz Lang: …")
are read as chats too: their speakers are the names of the people talking, and a date answering a
question for the date of birth is one ("Das ist der 26.01.1970.").  Outside a chat, each line written
all in lower case is read like a chat message (a reply to a flat-share ad, notes for an accountant):
a listed first name, the surname after it, a name after a title ("frau ogunleye-lorch"), an
introduction -- not a month, a street's or a firm's name ("13 jan", "rue émile zola", "rey sarl").

Which lines are messages, and whose, is chat_layouts.py's (``chat_messages``); only texts with at least
two message lines of one of its shapes are read as chats.  Linear: each pattern has bounded reach
(``scan``); the lower-case words of a chat are read once.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import chain

from .chat_layouts import RECORD_WORDS, Message, chat_messages, exchange_speakers, first_name, lower_initial
from .detectors import scan
from .detectors.dates import DATE
from .detectors.field_keys import ALL_KEYS, normalise_key
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import german_word, load_word_freq, one_language, rare_word
from .lowercase import typed_in_lower_case
from .names import NameLexicon, compound_tail
from .person_kin import KIN

_WORD = scan.compile(r"(?<![\w@.'’\-/])(?P<word>[^\W\d_]{2,30}+(?:-[^\W\d_]{1,30}+)?)(?:['’]s)?(?![\w\-])")
# A dash between spaces after an introduction's name ends it ("bin's, Yuliia – neues Handy")
_DASHES = (" – ", " — ", " - ")
# A message that says its sender has a new number ("– neues handy", "– nouveau tel", "– new phone")
_NEW_NUMBER = scan.compile(r"(?i:handy|nummer|numéro|numero|tel\b|telefono|phone|number|nuovo|nouveau|neue)")
_INTRO = scan.compile(
    r"(?<![\w])(?i:hier[ ]ist|hier|ich,?[ ]bin['’]s[ ][–—-]|ich,?[ ]bin|bin['’]s,?|bin|c['’]est[ ]moi,"
    r"|it['’]s[ ]me,|sono[ ]io,|c['’]est|ici|sono|qui[ ]è|it['’]s|this[ ]is|i['’]m)[ ]"
    r"(?:(?i:übrigens|uebrigens|btw|by[ ]the[ ]way|au[ ]fait|d['’]ailleurs|comunque|tra[ ]l['’]altro)[ ])?"
    r"(?P<word>[^\W\d_]{2,30}+)(?:[ ](?P<second>(?:(?:de|di|da|du|del|della|van|von|zur|zum)[ ])?"
    r"[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?))?"
    r"(?=[ ]?[,.!]|[ ]?\r?\n|\Z|[ ](?i:du|del|della|dal|dalla|von|vom|aus|from|de|di|da|of|und|and|et|e)[ ]"
    r"|[ ](?i:au[ ]fait|übrigens|btw|by[ ]the[ ]way|comunque)(?![\w])|[ ][–—-][ ])"
)
# The name between "ich," and "hier", as a message from a new number says who sends it: "ich, Mehmet hier.",
# "moi, Lina ici", "io, Marco qui", "me, Tom here" (holdout29, read in session 26).  (No second word: the group
# is there for the loop that reads both patterns.)
_HERE_INTRO = scan.compile(
    r"(?<![\w])(?i:ich|moi|io|me)[ ]?,[ ](?P<word>[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?)(?P<second>(?!))?"
    r"[ ](?i:hier|ici|qui|here)(?![\w])"
)
# Where one is, not who ("ich, Büro hier", "moi, Bureau ici", "me, Reception here")
_WHERE_ONE_IS = frozenset("""büro buero bureau office homeoffice reception empfang zentrale sekretariat secrétariat
    segreteria ufficio accueil migros coop lager werkstatt praxis kasse""".split())
# A name asked for and given, or said by whoever answers a call: "mein name ist juliette dieu ich ziehe um",
# "sie sprechen mit karl-heinz von …", "vous êtes en ligne avec mathis de …", "my name is tom o'neill":
# the word after the cue and, unless it is one of a few function words, the one after it (which may be an
# ordinary word: "dieu" is a surname there).
_NAME_INTRO = scan.compile(
    r"(?<![\w])(?i:mein[ ]name[ ]ist|ich[ ]heisse|ich[ ]heiße|je[ ]m['’]appelle|mon[ ]nom[ ]est|mi[ ]chiamo"
    r"|il[ ]mio[ ]nome[ ]è|my[ ]name[ ]is|sie[ ]sprechen[ ]mit|vous[ ]êtes[ ]en[ ]ligne[ ]avec|parla[ ]con"
    r"|you['’]re[ ]speaking[ ](?:with|to)|you[ ]are[ ]speaking[ ](?:with|to))[ ]"
    r"(?P<word>[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?)(?:[ ](?P<second>[^\W\d_]{2,30}+(?:-[^\W\d_]{2,30}+)?))?"
    r"(?![\w\-])"
)
# what follows a name in such a sentence, and no surname: "ich", "von" (the firm), "de", "from" …
_NOT_SURNAME = frozenset(
    "ich und von vom aus bei hier am im in ja nein je et de du des chez ici oui non di da del dalla e sono qui"
    " sì no i and from at of here yes calling speaking the der die das dem den le la les il lo un une a an".split())
_MENTION = scan.compile(r"(?<![\w@.])@(?P<word>[^\W\d_]{2,30}+)(?![\w@\-]|\.[^\W\d_])")
_AND = frozenset("und et e and y &".split())
_TITLE_PARTICLES = frozenset("von van de di da du del della vom zu ter ten".split())
_EVERYONE = frozenset("here channel everyone all alle tous tutti team".split())
# the writer of a chat or transcript, named as such ("Moi: Merci …")
# a title before a name typed in lower case ("frau ogunleye-lorch", "mme chenaux", "m. samson")
_TITLE_BEFORE = scan.compile(
    r"(?<![\w.])(?:frau|herr|herrn|mme|mlle|madame|monsieur|m\.|mr\.?|mrs\.?|ms\.?|sig\.(?:ra)?|signora|signor"
    r"|dott\.(?:ssa)?|dr\.?"
    # a neighbour, as a driver's notes write one ("bei nachbar fellinger abgegeben", "chez la voisine dupuis")
    r"|nachbar|nachbarin|nachbarn|voisin|voisine|vicino|vicina|neighbour|neighbor)[ ]\Z"
)
# a greeting or sign-off before a name typed in lower case ("hi henry, hi nour!", "lg otto", "bises, maryse")
_GREETING_BEFORE = scan.compile(
    r"(?<![\w])(?:hi|hey|hallo|hello|hoi|salut|coucou|ciao|buongiorno|buonasera|bonjour|bonsoir|morning|moin|servus"
    r"|grüezi|salve|liebe|lieber|cher|chère|caro|cara|dear|lg|vg|gruss|grüsse"
    r"|gruß|grüße|bises|bisous|cheers|thanks|danke|merci|grazie|baci|xoxo|xx|x|hugs|abbraccio|un[ ]abbraccio"
    r"|und|et|e|and|mit|avec|con|with"
    r"|von|signé|signée|firmato|signed|kind|enfant|figlio|figlia|child|tochter|sohn|fils|fille)[,!:]?[ ]\Z"
)
# what says a lower-case word is a person's name after it: a number of theirs ("justus: 36124655084"),
# a birth ("justus geb. 14. januar 1972", "oleksandr né le 12 avr.")
_CUE_AFTER = scan.compile(
    r"(?:[ ]?:[ ]?\+?\d|,?[ ](?:geb\.|geboren|né|née|nato|nata|born|b\.)[ ])"
)
# a verb or a kinship word next to a first name in lower-case prose, as diaries are typed ("matthias
# hat angerufen", "endlich ist nina da", "oma sigrid hat …", "odette est enfin là", "nonna pina è …")
# (French and Italian with the participle: "le devis est à …", "la pagina è …" are nouns' sentences)
_VERB_AFTER = scan.compile(
    r"[ ](?:hat|ist|war|geht|kommt|meint|sagt|wird|und|has|is|was|said|says|called|will"
    r"|a[ ](?:appelé|téléphoné|fait|dit|eu)|est[ ](?:enfin|née?|arrivée?|venue?|là)|m['’]a"
    r"|ha[ ](?:chiamato|telefonato|fatto|detto)|è[ ](?:nat[oa]|arrivat[oa]|venut[oa]))[ ,.!]"
)
_KIN_OR_VERB_BEFORE = scan.compile(
    r"(?<![\w])(?:oma|opa|mama|papa|tante|onkel|mamie|papi|papy|tata|tonton|nonna|nonno|zia|zio|mum|mom|dad"
    r"|grandma|grandpa|granny|auntie|uncle|ist|war|est|è|is|was|heute|aujourd'hui|oggi|today"
    # one's own family ("mein mann frauke", "ma sœur fatou tran", "son père amra") and a child's parent
    # ("la maman de jeanne", "die mama von wei")
    r"|(?:mein|meine|unser|unsere|mon|ma|son|sa|notre|mio|mia|my|our|his|her)[ ](?:mann|frau|sohn|tochter|bruder"
    r"|schwester|partner|partnerin|mari|femme|fils|fille|frère|sœur|soeur|père|mère|conjoint|conjointe|marito"
    r"|moglie|figlio|figlia|fratello|sorella|compagno|compagna|husband|wife|son|daughter|brother|sister)"
    r"|(?:mama|papa|maman|mamma|papà|mum|mom|dad|mother|father|mutter|vater)[ ](?:von|de|di|of))[ ]\Z"
)
_SELF = frozenset("moi me io yo you ich du tu toi vous nous wir sie ihr noi voi lei we".split())  # ("Vous · 18:22")
_REPLY_DATE = scan.compile(
    rf"[ \t]{{0,4}}(?:[^\W\d_][\w'’]{{0,20}}+[ ,:]{{1,3}}){{0,4}}(?P<date>{DATE})(?:[ \t\r\n.!]{{0,8}}\Z|[.,;][ ])"
)
_BIRTH_CUE = scan.compile(
    r"(?<![^\W\d_])(?i:geburtsdat|geburtstag|geburi|geboren|date[ ]de[ ]naissance|naissance|data[ ]di[ ]nascita"
    r"|nascita|date[ ]of[ ]birth|birth[ ]?date|birthday|b-?day|dob|compleann|compie[ ]gli[ ]anni"
    r"|anniv(?!ersaire[ ]de[ ]mariage)"
    r"|born|sternzeichen|numerolog|numérolog|chemin[ ]de[ ]vie|horoskop|horoscope|oroscopo"
    r"|nat[oa][ ]il|née?[ ]le|born[ ]on)"
)
# What makes a message with a birth's word ask for dates: a question, or a request ("Schickt mir eure
# Geburtsdaten", "send me your birthdays", "donnez-moi vos dates de naissance"); a birthday only told
# ("wir feiern Tims Geburtstag am Samstag") reaches no further than its own message.
_ASKS = scan.compile(
    r"[?？]|(?<![^\W\d_])(?i:schick|sendet|send|gib|gebt|sag[t]?[ ]mir|brauch|bitte|tell|give|write|need|please|pls"
    r"|donne|envoy|dites|écri|besoin|svp|mand|dimmi|ditemi|scriv|inviat|bisogno|per[ ]favore)"
)
# Any full date in a chat that speaks of births and birthdays, of a year two years back at least ("Paul hat
# am 23.9.1979 Geburtstag", "Mia is 12-05-1991 right?", "moi c'est le 1er juin 1990"): in the message with
# the birth's word, in a date alone just before it, and -- where that message asks for dates -- in the eight
# after it.  A recent year is the party's, not the birth's.
_FULL_DATE = scan.compile(rf"(?<![\w./\-])(?P<date>{DATE})(?![\w/\-]|\.\d)")
_YEAR_OF = scan.compile(r"(?:19|20)\d{2}(?!\d)")
_SHORT_YEAR_OF = scan.compile(r"(?<=[./\-])\d{2}\Z")
_BIRTH_TALK_REACH = 8


def chat_entities(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON and DOB entities of a chat export (see the module's docstring), or none when
    ``text`` is no chat."""
    messages = chat_messages(text, lexicon)
    if len(messages) < 2:
        return _lower_case_lines(text, lexicon) + [
            Entity(s, e, EntityType.PERSON, text[s:e], "chat") for s, e in exchange_speakers(text, lexicon)]
    out: list[Entity] = []
    parts: set[str] = set()
    lower_names = _lower_case_speakers(Counter(text[s:e] for s, e in (m.speaker for m in messages)), lexicon)
    nicknames = _nicknames(text, messages, lexicon)
    for m in messages:
        s, e = m.speaker
        speaker = text[s:e]
        if sum(c.isdigit() for c in speaker) >= 6 and not any(c.isalpha() for c in speaker):
            out.append(Entity(s, e, EntityType.PHONE, speaker, "chat"))  # a number not in the contacts
            continue
        if not any(c.isalpha() for c in speaker) or not (
                m.named or _name_like(speaker, lexicon) or speaker in lower_names or speaker in nicknames):
            continue
        out.append(Entity(s, e, EntityType.PERSON, speaker, "chat"))
        parts.update(w.lower() for w in speaker.replace(",", " ").split() if len(w.rstrip(".")) >= 3)
    for ent in found:
        # (not one word of the learned model's alone: its "Card" of "Card stop line: 159" made every
        # "card" of the messages a name)
        if ent.type == EntityType.PERSON and (" " in ent.text or not ent.detector.startswith("names-crf")
                                              or ent.text.strip(",").capitalize() not in lexicon.ambiguous):
            parts.update(w.lower() for w in ent.text.replace(",", " ").split() if len(w) >= 3)
    common = lexicon.common_words
    parts = {p for p in parts if p not in common and p.capitalize() not in STOP}
    for m in messages:  # introductions first: "hi, hier ist hajo, …" makes "danke Hajo!!" a name
        out += _named_in_intro(text, m.body_start, m.body_end, parts, lexicon)
        # (which of the two found it: told by the pass, not by ``intro.re`` -- a scan may run a pattern's twin)
        intros = scan.finditer(_INTRO, text, m.body_start, m.body_end)
        heres = scan.finditer(_HERE_INTRO, text, m.body_start, m.body_end)
        for here, intro in chain(((False, found) for found in intros), ((True, found) for found in heres)):
            word = intro.group("word")
            low = word.lower()
            relative = _relative_named(intro, lexicon)  # "hier ist tante noor, darf ich mit?"
            if relative is not None:
                out.append(Entity(relative[0], relative[1], EntityType.PERSON, text[relative[0]:relative[1]], "chat"))
                continue
            if _unlisted_before_more(text, intro, lexicon):
                continue
            if here and (low in _WHERE_ONE_IS or compound_tail(low, lexicon)):
                continue  # "ich, Homeoffice hier.", "me, Reception here" (second review of session 26)
            dashed = text.startswith(_DASHES, intro.end())  # "hier Kurt – bin ab jetzt …"
            if word.capitalize() not in STOP and low not in _AND and (
                    lexicon.is_first_name(word.capitalize()) or low in parts or low not in common) and not (
                    dashed and not rare_word(word) and scan.search(_NEW_NUMBER, text, intro.end(), intro.end() + 40)
                    is None):
                # (before a dash a rare word, or one the message says has a new number: "hier Kurt – bin ab
                # jetzt unter dieser Nummer"; "hier Winter – minus zehn Grad" is the weather, "Winter" a listed
                # first name too)
                # the surname after it ("c'est giancarlo balotelli du n° 14"), not a word of the sentence
                end = _intro_end(intro, common, lexicon)
                out.append(Entity(intro.start("word"), end, EntityType.PERSON, text[intro.start("word"):end], "chat"))
                parts.add(low)
    # a chat whose every message is typed in lower case: each message is read so, however short it is
    # ("0151-77390744 (frau schmidt-söding)" after "wer übernimmt noor r. um 17:15?"; holdout23, session 20)
    typed_lower = len(messages) >= 3 and not any(
        c.isupper() for m in messages for c in text[m.body_start:m.body_end])
    cued = -_BIRTH_TALK_REACH - 1  # the last message with a birth's word
    latest = datetime.date.today().year - 2
    for k, m in enumerate(messages):
        out += _names_in_body(text, m.body_start, m.body_end, parts, lexicon, lower=typed_lower)
        out += _locality_alone(text, m, lexicon)
        if k:
            date = _reply_date(text, m, messages[max(0, k - 2):k])
            if date is not None:
                out.append(date)
            name = _reply_name(text, m, messages[k - 1], lexicon)
            if name is not None:
                out.append(name)
        if scan.search(_BIRTH_CUE, text, m.body_start, m.body_end) is not None:
            out += _birth_dates_in(text, m, latest)
            if k and _only_a_date(text, messages[k - 1]):
                out += _birth_dates_in(text, messages[k - 1], latest)  # "23.09.1979" / "das ist Pauls Geburtsdatum"
            if scan.search(_ASKS, text, m.body_start, m.body_end) is not None:
                cued = k
        elif k - cued <= _BIRTH_TALK_REACH:
            out += _birth_dates_in(text, m, latest)
    return out


# A message that is a postcode and a town and nothing else: the answer to "and the town?" -- where the writer
# lives ("8302 kloten", "1110 Morges", "A-6800 Feldkirch"; holdout27, read in session 24). In a sentence a
# number and a town say less ("2 Teams aus 8000 Zürich"); alone in a message they are someone's.
_LOCALITY_ALONE = scan.compile(
    r"\s{0,8}(?:[A-Z]{1,2}-)?\d{4,5}[ ]{1,2}"
    r"(?P<town>[^\W\d_][^\W\d_'’\-]{1,30}+(?:[ \-][^\W\d_][^\W\d_'’\-]{0,30}+){0,3}+)[ \t]{0,8}+[^\w\s]{0,8}+\s{0,8}+"
)


def _locality_alone(text: str, message: Message, lexicon: NameLexicon) -> list[Entity]:
    """The message as an ADDRESS when it is a postcode and a town the lists know, alone."""
    start, end = message.body_start, message.body_end
    if end - start > 64 or (m := scan.fullmatch(_LOCALITY_ALONE, text, start, end)) is None:
        return []
    town = m.group("town")
    if not any(w.capitalize() in lexicon.places for w in (town, town.split(" ")[0], town.split("-")[0])):
        return []
    value_start = start + len(text[start:end]) - len(text[start:end].lstrip())
    value_end = m.end("town")
    return [Entity(value_start, value_end, EntityType.ADDRESS, text[value_start:value_end], "chat")]


def _only_a_date(text: str, message: Message) -> bool:
    """``message`` says a date and little else (at most 24 characters besides it)."""
    date = scan.search(_FULL_DATE, text, message.body_start, message.body_end)
    return date is not None and (message.body_end - message.body_start) - (date.end() - date.start()) <= 24


def _birth_dates_in(text: str, message: Message, latest: int) -> list[Entity]:
    """The full dates of ``message`` with a year from 1900 to ``latest`` (see _FULL_DATE)."""
    out = []
    for m in scan.finditer(_FULL_DATE, text, message.body_start, message.body_end):
        year = scan.search(_YEAR_OF, m.group("date"))
        short = scan.search(_SHORT_YEAR_OF, m.group("date")) if year is None else None
        if year is not None and 1900 <= int(year.group()) <= latest or (
                short is not None and int(short.group()) > latest % 100 + 2):  # "23.9.79": last century's
            out.append(Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"), "chat"))
    return out


# What code, markup and tables write and people typing a message do not: "=", "_", brackets, a
# function's call ("len(x)"), a command line ("$ ", "--help").
_CODE = scan.compile(r"[=_{}\[\]<>;\\|`#]|[^\W\d_]\(|\$[ ]|[ ]--?[a-z]")


def _lower_case_lines(text: str, lexicon: NameLexicon) -> list[Entity]:
    """Outside a chat, lines written all in lower case are read as a chat's messages are: a reply
    to an ad ("hi henry, hi nour! ich bin otto, 35, …  lg otto"), notes typed for an accountant
    ("- justus geb. 14. januar 1972", "mme mahlet kebede, ménage 4 h/sem.").  Each line is tested
    with C calls (``str.count``, ``str.islower``: no copy of the line)."""
    # the text's non-empty lines: (start, end, 2 = a line typed in lower case with four spaces at least,
    # 1 = a shorter one, 0 = another line); a short one is read next to a long one (a mail's "hallo frau
    # wiegand-ostermann," over its text, "lg hans-jürgen zobel-sauerwein" under it)
    marked: list[tuple[int, int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            lower = typed_in_lower_case(line) and scan.search(_CODE, line) is None
            marked.append((start, end, (2 if line.count(" ") >= 4 else 1) if lower else 0))
        start = end + 1
    lines = [(s, e) for k, (s, e, kind) in enumerate(marked) if kind == 2 or kind == 1 and (
        k and marked[k - 1][2] == 2 or k + 1 < len(marked) and marked[k + 1][2] == 2)]
    if not lines:
        return []
    common = lexicon.common_words
    # Only the names these lines introduce are names again in them ("ich bin otto" … "lg otto"): the
    # names found elsewhere may be a rule's mistake, and in lower case every mention would follow it
    # ("Python" once taken for a name made each "python" of a README one).
    parts: set[str] = set()
    out: list[Entity] = []
    for s, e in lines:
        out += _named_in_intro(text, s, e, parts, lexicon)
        for intro in scan.finditer(_INTRO, text, s, e):
            word = intro.group("word")
            low = word.lower()
            if _unlisted_before_more(text, intro, lexicon):
                continue
            if word.capitalize() not in STOP and low not in _AND and low not in common and (
                    lexicon.is_first_name(word.capitalize()) or low in parts or _unknown(low, lexicon)):
                end = _intro_end(intro, common, lexicon)  # "hallo, ich bin anna meier und wohne in bern"
                out.append(Entity(intro.start("word"), end, EntityType.PERSON, text[intro.start("word"):end], "chat"))
                parts.add(low)
    for s, e in lines:
        out += _names_in_body(text, s, e, parts, lexicon, cued=True, lower=True)
    return out


def _relative_named(intro: re.Match[str], lexicon: NameLexicon) -> tuple[int, int] | None:
    """The name after a family word an introduction begins with ("hier ist tante noor", "c'est tata
    leni", "it's auntie ewa"): a listed first name or a word no language uses often."""
    second = intro.group("second")
    if second is None or intro.group("word").lower() not in KIN or " " in second:
        return None
    if (second[:1].upper() + second[1:]) in STOP or not (
            first_name(second.lower(), lexicon) or second.lower() not in lexicon.common_words and rare_word(second)):
        return None
    return intro.start("second"), intro.end("second")


def _intro_end(intro: re.Match[str], common: AbstractSet[str], lexicon: NameLexicon) -> int:
    """Where an introduction's name ends: after the surname that follows the first word ("c'est
    giancarlo balotelli du n° 14", "ich bin anna meier und …"), not after a word of the sentence."""
    second = intro.group("second")
    word = intro.group("word")
    if second is not None and second.lower() not in _NOT_SURNAME and (
            second.lower() not in common or lexicon.is_known_name(second.capitalize())
            or second[0].isupper() and word[0].isupper() and lexicon.is_first_name(word)):
        # (an ordinary word capitalised after a capitalised first name is its surname: "sono Gioacchino Forza,")
        return intro.end("second")
    return intro.end("word")


def _unlisted_before_more(text: str, intro: re.Match[str], lexicon: NameLexicon) -> bool:
    """An introduction's word with more after it -- a second word, or a preposition ("… du n° 14",
    "… von der Praxis") -- is a name only if it is a listed first name: "ich bin zuhause von morgen
    an", "c'est cool de ta part" (review of session 17) -- or if both words are too rare to be
    ordinary ones ("hier chanchal narayanan, der nachbar").  After a bare "hier" or "bin" the word must be a
    listed first name, or both words rare ("hier unten, bei der tür", "hier gitlab", "bin unterwegs")."""
    word, second = intro.group("word"), intro.group("second")
    listed = lexicon.is_first_name(word.capitalize()) or _capital_alone(text, intro.start("word"), intro.end("word"))
    both_rare = second is not None and rare_word(word) and rare_word(second.rsplit(" ", 1)[-1])
    lead = intro.group().lower()
    if (lead.startswith("hier ") and not lead.startswith("hier ist") or lead.startswith("bin ")) \
            and not (listed or both_rare):
        return True  # ("hier gitlab, das repo …", "bin unterwegs": one word no list knows is a tool's or an adverb)
    more = second is not None or text[intro.end():intro.end() + 1] == " " and not text.startswith(
        _DASHES, intro.end())  # (a dash ends the introduction: "bin's, Yuliia – neues Handy")
    return more and not (listed or both_rare)


def _capital_alone(text: str, start: int, end: int) -> bool:
    """The word at ``start`` is the only capitalised one of a line typed in lower case ("hier Konstantin, neue
    nummer. komme um 19:30"): the writer capitalised a name (holdout26, session 23)."""
    if not text[start:start + 1].isupper() or not rare_word(text[start:end]) and german_word(text[start:end]):
        return False
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end, end + 200)
    line_end = min(len(text), end + 200) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    return not any(c.isupper() for c in before[before.rfind(">") + 1:]) and not any(c.isupper() for c in after) and (
        sum(c.isalpha() for c in before + after) >= 8)


def _named_in_intro(text: str, start: int, end: int, parts: set[str], lexicon: NameLexicon) -> list[Entity]:
    """The names given after "mein name ist", "sie sprechen mit" … in text[start:end] (see _NAME_INTRO);
    their words join ``parts`` (named again later in the text, they are the same person's)."""
    out: list[Entity] = []
    for m in scan.finditer(_NAME_INTRO, text, start, end):
        word, second = m.group("word"), m.group("second")
        if word.lower() in _NOT_SURNAME or word.capitalize() in STOP:
            continue
        if second is not None and (second.lower() in _NOT_SURNAME or second.capitalize() in STOP):
            second = None
        if word.lower() in lexicon.common_words and not lexicon.is_first_name(word.capitalize()):
            continue  # "sie sprechen mit dem kundendienst"
        n_end = m.end("second") if second is not None else m.end("word")
        out.append(Entity(m.start("word"), n_end, EntityType.PERSON, text[m.start("word"):n_end], "chat"))
        parts.update(w.lower() for w in (word, second) if w is not None and w.lower() not in lexicon.common_words)
    return out


def _name_like(speaker: str, lexicon: NameLexicon) -> bool:
    """A Teams-style speaker has a name's shape: capitalised words, one of them a listed name or a
    word no list knows; one word alone, a listed name ("Kaffeepause   10:30" of an agenda is none)."""
    words = speaker.replace(",", " ").split()
    # (a surname's initial in lower case after the first name: "Elena v. (13:40): …", "Maria a., [11/11/2026 07:34]")
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or k and lower_initial(w) for k, w in enumerate(words)):
        return False
    common = lexicon.common_words
    if len(words) == 1:  # "Begrüssung   09:00" of an agenda: no list's name; "Moi: …" is the writer;
        word = words[0]  # "Main: started", "Music: intro" of logs and subtitles: a surname, a word first
        return lexicon.is_known_name(word) and word not in STOP and word.lower() not in _SELF and (
            lexicon.is_first_name(word) or word.lower() not in common)
    # a town is no evidence: "Abfahrt Bern (08:15): Gleis 7" of a timetable
    return any(lexicon.is_known_name(w) or (w.lower() not in common and not compound_tail(
        w.lower(), lexicon) and not lexicon.is_place_only(w)) for w in words if len(w.rstrip(".")) > 1)


def _nicknames(text: str, messages: list[Message], lexicon: NameLexicon) -> set[str]:
    """The speakers of one capitalised word that no list knows, in a chat where another is a name: "Sepp
    19:39", "Babsi   20:59", "Fanfan, [26.09.2026 18:28]" beside "Susi" (holdout26's chats, session 23) -- short,
    as nicknames are, and no ordinary word, German noun, place or form's key ("Sekretariat", "Traktandum"), no
    product's name with inner capitals ("GitHub", "ChanServ"); an agenda's "Pause   10:30" has no message under
    it: no chat."""
    said = {text[slice(*m.speaker)] for m in messages if not m.named}
    names = {sp for sp in said if _name_like(sp, lexicon)}
    if not names:
        return set()
    turns = Counter(text[slice(*m.speaker)] for m in messages)
    return {sp for sp in said - names if sp.isalpha() and sp[0].isupper() and sp[1:].islower() and 2 <= len(sp) <= 24
            and sp not in STOP and sp.lower() not in _SELF and normalise_key(sp) not in ALL_KEYS
            and not lexicon.is_place_only(sp) and not german_word(sp) and (
                len(sp) <= 9 and sp.lower() not in lexicon.common_words
                or turns[sp] >= 2 and _unheard(sp) or turns[sp] >= 2 and _answers(text, messages, sp, names))}


def _unheard(word: str) -> bool:
    """A word no language's frequency list holds at all, however long: "Bhekokwakhe" speaking twice (holdout40)."""
    return load_word_freq().get(word.lower()) is None


def _answers(text: str, messages: list[Message], speaker: str, names: AbstractSet[str]) -> bool:
    """Each message of ``speaker`` follows or precedes one of a speaker who is a name: the two take turns, as people
    in a chat do ("Greca  18:07" between "Vincenzo  18:04" and "Vincenzo  18:11"; holdout40, read in session 36) --
    an ordinary word as a nickname; an agenda's "Pause   10:30" between its items has no name beside it."""
    said = [text[slice(*m.speaker)] for m in messages]
    return all(k and said[k - 1] in names or k + 1 < len(said) and said[k + 1] in names
               for k, sp in enumerate(said) if sp == speaker)


def _lower_case_speakers(said: Counter[str], lexicon: NameLexicon) -> set[str]:
    """The speakers typed in lower case that are names (``said``: each speaker's messages): each that
    `_lower_speaker` takes; and once two are names, or most of them look like names ("jatin", "praneel"
    beside "forum"), the others that `_lower_speaker_beside` takes ("ernst (14:50): …" beside "hanni")."""
    names = {sp for sp, n in said.items() if sp.islower() and _lower_speaker(sp, n, lexicon)}
    lower = [sp for sp in said if sp.islower() and any(c.isalpha() for c in sp)]
    beside = [sp for sp in lower if _lower_speaker_beside(sp, lexicon)]
    if len(names) >= 2 or len(beside) >= 2 and 3 * len(beside) >= 2 * len(lower):
        names.update(beside)
    return names


# Words of a form or a bank that are first names too ("Iban"), or a record's keys no list knows as words ("app",
# "ip", "dob"): no name in a message typed in lower case, no speaker of a chat.
_FIELD_WORDS = frozenset("iban bic swift email mail pin puk tan pdf card".split()) | RECORD_WORDS


def _lower_speaker_beside(speaker: str, lexicon: NameLexicon) -> bool:
    """A lower-case speaker of one or two words in a chat where others are names: no stop word or form's
    word, each a listed first name or no ordinary word ("ernst", "can" are first names; "forum" is none)."""
    words = speaker.split()
    if not 1 <= len(words) <= 2 or not speaker.islower():
        return False
    return all((w[:1].upper() + w[1:]) not in STOP and w not in _FIELD_WORDS and w not in ALL_KEYS and (
        first_name(w, lexicon) or w not in lexicon.common_words) for w in words)


def _lower_speaker(speaker: str, said: int, lexicon: NameLexicon) -> bool:
    """A speaker typed in lower case ("traugott spieß  18:18", "augustin (10:33): …": a chat copied by
    someone who types so): one word, a listed first name that is no ordinary word -- or a rare word,
    speaking twice or more; two or three words speaking twice or more, none a stop word, an ordinary
    word only as a listed first name ("sena morgen"), one of them listed or rare.  ("pause  10:30",
    "kaffee  15:00" of an agenda are ordinary words.)"""
    words = speaker.split()
    if not 1 <= len(words) <= 3 or not speaker.islower():
        return False
    common = lexicon.common_words
    # (a surname that is an ordinary word after a listed first name, speaking twice: "clara grand — 10:20", "fortunata
    # elena mare, [25/11/2026 09:29]"; holdout40, read in session 36)
    named = len(words) >= 2 and said >= 2 and first_name(words[0], lexicon) and words[0] not in common
    for k, w in enumerate(words):
        titled = w[:1].upper() + w[1:]
        if titled in STOP or w in ALL_KEYS or w in _FIELD_WORDS or w in common and not lexicon.is_first_name(titled) \
                and not (named and k == len(words) - 1):
            return False
    if len(words) == 1:
        word = words[0]
        return first_name(word, lexicon) and word not in common or (
            said >= 2 and rare_word(word))
    if first_name(words[0], lexicon) and words[0] not in common:
        return True  # "ulrich bender (15:03): stau, 10 min."
    return said >= 2 and any(lexicon.is_known_name(w[:1].upper() + w[1:]) or rare_word(w) for w in words)


def _names_in_body(text: str, start: int, end: int, parts: set[str], lexicon: NameLexicon,
                   cued: bool = False, lower: bool = False) -> list[Entity]:
    """The names of one message; ``cued``: a line outside a chat, where a listed first name typed in
    lower case is taken only after a greeting or sign-off ("hi henry", "lg otto"), before a
    surname no list knows ("germaine cretton"), or -- if it is no ordinary word as well ("page",
    "grace" are) -- next to a verb or a kinship word ("matthias hat angerufen", "oma sigrid") -- the
    lists' first names include "File", "Page", "Lane" and "Elif", which code and READMEs write in
    lower case."""
    out: list[Entity] = []
    common = lexicon.common_words
    for m in scan.finditer(_MENTION, text, start, end):
        word = m.group("word")
        if word.lower() not in _EVERYONE and (word[0].isupper() or word.lower() in parts
                                              or lexicon.is_first_name(word.capitalize())):
            out.append(Entity(m.start("word"), m.end("word"), EntityType.PERSON, word, "chat"))
    body = text[start:end]
    # (``lower``: a line outside a chat, typed in lower case -- see typed_in_lower_case; a chat's message
    # with a capital is read as written: "white van", "camionnette blanche" are no names there)
    lower_style = lower or body.count(" ") >= 4 and not any(c.isupper() for c in body)
    words = list(scan.finditer(_WORD, text, start, end))
    k = 0
    while k < len(words):
        m = words[k]
        word = m.group("word")
        if word[0].isupper() and not (word.lower() in parts and not lower_style):
            k += 1  # a capitalised word: the rules' (but a chat's name again, in any case, is ours)
            continue
        if word.lower() not in parts and word[-1:] == "s" and word[:-1].lower() in parts:
            word = word[:-1]  # "darshs kollegin": a genitive, the s stays outside
        known = word.lower() in parts
        plain = lower_style and word not in common and word.capitalize() not in STOP
        # (after a title a listed name or any word that no language uses often: "sig. murgia" -- "herr pfarrer",
        # a dictation's "madame virgule" are words)
        particle = lower_style and word in _TITLE_PARTICLES and k + 1 < len(words) and (
            _surname(words[k + 1].group("word"), parts, lexicon) or rare_word(words[k + 1].group("word"), 5))
        titled = (plain and word not in _AND or particle) and scan.search(
            _TITLE_BEFORE, text, max(start, m.start() - 10), m.start()) is not None and (
            particle or (_surname(word, parts, lexicon) or rare_word(word, 5)) and not one_language(word))
        # (nor a trade of one language: "frau physiotherapeutin", "sig.ra parrucchiera"; a particle takes the
        # surname after it: "herr von arx")
        # (not a field's word that is a first name too: "mandami l'iban", "send me the iban")
        listed = plain and first_name(word, lexicon) and not one_language(word) and word.lower() not in _FIELD_WORDS \
            and not (text[m.start() - 1:m.start()] == " " and text[m.start() - 2:m.start() - 1].isdigit())  # "10 min"
        if listed and cued and not known and not titled:
            following = words[k + 1] if k + 1 < len(words) else None
            listed = scan.search(_GREETING_BEFORE, text, max(start, m.start() - 14), m.start()) is not None or (
                scan.match(_CUE_AFTER, text, m.end(), end) is not None) or (
                word.capitalize() not in lexicon.ambiguous and (  # not "page", "grace", "rose"
                    scan.match(_VERB_AFTER, text, m.end(), end) is not None
                    or scan.search(_KIN_OR_VERB_BEFORE, text, max(start, m.start() - 24), m.start()) is not None)) or (
                following is not None and text[m.end():following.start()] == " "
                and _unknown(following.group("word"), lexicon)
                and not lexicon.is_first_name(following.group("word").capitalize()))
        seed = known or titled or listed
        if not seed or (lower_style and word.lower() not in parts and _not_a_name_here(text, m, end)):
            k += 1
            continue
        name_end = m.start() + len(word)
        j = k + 1
        # a surname after a first name, in a message written in lower case ("behruz sanjarov")
        # (after a title's surname a second one, no word of one language: "frau meier huber", not "la sig.ra
        # rossi domani"; after a particle its surname)
        while lower_style and j < len(words) and j - k < 3 and text[name_end:words[j].start()] == " " and (
                titled and particle and j == k + 1
                or _surname(words[j].group("word"), parts, lexicon)
                and (known or listed or not one_language(words[j].group("word")))):
            name_end = words[j].end("word")
            j += 1
        out.append(Entity(m.start(), name_end, EntityType.PERSON, text[m.start():name_end], "chat"))
        # "khoa und nikolas jockel": the one before in the list
        prev = words[k - 2] if k >= 2 else None
        if lower_style and prev is not None and words[k - 1].group("word") in _AND and _unknown(
                prev.group("word"), lexicon) and text[prev.end():words[k - 1].start()] == " ":
            out.append(Entity(prev.start("word"), prev.end("word"), EntityType.PERSON, prev.group("word"), "chat"))
        # "gunilla und behruz sanjarov": the next of the list
        if lower_style and j + 1 < len(words) and words[j].group("word") in _AND and (
                text[name_end:words[j].start()] == " ") and _unknown(words[j + 1].group("word"), lexicon):
            nxt = j + 1
            n_end = words[nxt].end("word")
            while nxt + 1 < len(words) and nxt - j < 3 and text[n_end:words[nxt + 1].start()] == " " and _surname(
                    words[nxt + 1].group("word"), parts, lexicon):
                nxt += 1
                n_end = words[nxt].end("word")
            first = words[j + 1].start()
            out.append(Entity(first, n_end, EntityType.PERSON, text[first:n_end], "chat"))
            j = nxt + 1
        k = max(j, k + 1)
    return out


# In lower-case text: a month ("13 jan 2025"), a street's name ("rue émile zola", "c.so vittorio
# emanuele"), a firm ("heath & co accountants", "plomberie rey sarl", "lewis plumbing & heating ltd").
_MONTH_WORDS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec jän mai juni juli okt dez janv févr avr juin juil déc"
    " genn magg giu lug ago sett ott dic".split())
_STREET_BEFORE = scan.compile(
    r"(?<![\w.])(?:rue|via|viale|corso|c\.so|p\.za|piazza|avenue|av\.|boulevard|bd|chemin|ch\.|place|quai|route"
    r"|impasse|allée|street|st\.|road|rd\.|lane|strasse|straße|gasse|weg|platz)[ ](?:[^\W\d_]{1,20}+[ ])?\Z"
)
_STREET_AFTER = scan.compile(
    r"[ ](?:street|road|lane|avenue|drive|close|strasse|straße|gasse|weg|platz|allee)(?![\w\-])")
_FIRM_AFTER = scan.compile(
    r"(?:[ ][\w'’\-]{1,30}+){0,3}?[ ](?:&|\+|(?i:sarl|sàrl|sa|ltd|limited|gmbh|ag|srl|spa|sas|inc|llc|plc|kg|co)\b)"
)


def _not_a_name_here(text: str, m: re.Match[str], end: int) -> bool:
    """A listed first name typed in lower case that is a month, a street's or a firm's name here."""
    word = m.group("word")
    if word in _MONTH_WORDS:
        return True
    if scan.search(_STREET_BEFORE, text, max(0, m.start() - 34), m.start()) is not None or scan.match(
            _STREET_AFTER, text, m.end()) is not None:
        return True
    # the firm's word within 100 characters, on this line: the line's end is looked for there only
    # (searched to the message's end, each name of a line of 400 KB read the rest of it: quadratic)
    stop = min(end, m.end() + 100)
    line_end = text.find("\n", m.end(), stop)
    return scan.match(_FIRM_AFTER, text, m.end(), stop if line_end < 0 else line_end) is not None


def _surname(word: str, parts: set[str], lexicon: NameLexicon) -> bool:
    """A lower-case word after a first name that is its surname: a listed name that is no
    ordinary word ("becker", "vasseur"), a name of this chat, or a word no list knows."""
    if word in lexicon.common_words or word in _AND or word.capitalize() in STOP:
        return False
    return word in parts or lexicon.is_known_name(word.capitalize()) or _unknown(word, lexicon)


def _unknown(word: str, lexicon: NameLexicon) -> bool:
    """A lower-case word no list knows as an ordinary or frequent word (Zipf >= 4 in one of our
    languages: "seid", "kommen") or a town: a name's, in a chat."""
    if word in lexicon.common_words or word.capitalize() in STOP or word in _AND:
        return False
    return rare_word(word) and not lexicon.is_place_only(word.capitalize())


# A message that asks for the other's name: "Wie heißen Sie?", "Ihr Name?", "Votre nom ?", "Come si chiama?",
# "What's your name?", "May I have your full name?"
_NAME_QUESTION = scan.compile(
    r"(?i:wie[ ]hei(?:ß|ss)en[ ]sie|wie[ ]hei(?:ß|ss)t[ ]du|ihr[ ](?:vollständiger[ ])?name|dein[ ]name"
    r"|ihren[ ](?:vollständigen[ ])?namen|deinen[ ]namen|t['’]appelles|vous[ ]appelez"
    r"|votre[ ](?:nom|prénom)|ton[ ](?:nom|prénom)|comment[ ]vous[ ]appelez|come[ ]si[ ]chiama|come[ ]ti[ ]chiami"
    r"|il[ ]suo[ ](?:nome|cognome)|your[ ](?:full[ ])?name|what(?:['’]s|[ ]is)[ ]your[ ]name)(?=[ ]?[?:.,]|[ ]\w)"
)
# The reply: a name and nothing else on the message's first line ("conrad killer", "Ingrid Moser-Pfister")
_REPLY_NAME = scan.compile(
    r"[ \t]{0,4}(?P<name>[^\W\d_][\w'’\-]{1,30}+(?:[ ][^\W\d_][\w'’\-]{1,30}+){0,3}+)[ \t.]{0,4}(?=\r?\n|\Z)"
)


def _reply_name(text: str, message: Message, before: Message, lexicon: NameLexicon) -> Entity | None:
    """The name a message gives in answer to the message before, which asked for it ("Assistent (10:29):
    Wie heißen Sie?" / "patient (10:33): conrad killer"; holdout23, session 20): words of a name alone
    on the reply's first line, not all of them ordinary words or stop words ("ja", "moment bitte")."""
    if scan.search(_NAME_QUESTION, text, before.body_start, before.body_end) is None:
        return None
    m = scan.match(_REPLY_NAME, text, message.body_start, message.body_end)
    if m is None:
        return None
    words = m.group("name").split(" ")
    common = lexicon.common_words
    # the first word a listed first name or one that no language uses often, no stop word ("Datenschutz geht
    # vor", "Preferisco di no", "sorry what" are answers, no names; the surname may be a word: "maëlys tourneur")
    if any((w[:1].upper() + w[1:]) in STOP for w in words) or not (
            first_name(words[0].lower(), lexicon) or words[0].lower() not in common and (
                rare_word(words[0]) or lexicon.is_known_name(words[0][:1].upper() + words[0][1:]))):
        return None
    return Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "chat")


def _reply_date(text: str, message: Message, before: list[Message]) -> Entity | None:
    m = scan.match(_REPLY_DATE, text, message.body_start, message.body_end)
    if m is None:
        return None
    for prev in before:
        if scan.search(_BIRTH_CUE, text, prev.body_start, prev.body_end) is not None:
            return Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"), "chat")
    return None
