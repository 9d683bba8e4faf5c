"""Names next to a family word, a partner or a doorbell, as messages and field notes type them.

A midwife's chat, a survey's field notes, a driving school's messages write the people around
someone by their relation, often all in lower case: "bei meiner mutter (laura hunt)", "chez sa
grand-mère (bastin)", "at my mum's (melissa miller)", "il vicino (julie jackson) dice …";
"lotte (tochter) gibt …", "diane (la fille) donne …"; "mein partner bohdan ist …", "mio marito
thanh risponde …"; the bell's name: "klingel hunt", "sonnette rezaei", "citofono henderson", "sonne
chez salmon"; a family by its name: "the Roberts-Hunt family".  The
rules read capitals, and the chat rules take a lower-case word only when a list knows it as a first
name, so these stayed in clear.  Each shape is fixed by its family word; the name's words must be
no ordinary word (or a listed first name: "pierre", "grace"), so "bei meiner mutter (zuhause)",
"mein mann arbeitet" and "klingel kaputt" stay as written.

A lower-case first name found with an initial after it takes the initial too ("maxime g. will die
prüfung verschieben"), as persons.py does for capitalised ones; a name in the genitive before a
parent ("haos mutter", "harjit's mum"), and the one a message asks to ask ("tu peux demander à bianca
cristoforetti si …").

Work bound (issue 12): parentheses are found by one scan (a literal first), the partner and bell
shapes only where the text holds one of their words (substring tests), and each hit reads at most
a few dozen characters around it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_context import is_role_compound
from .detectors.person_cues import NAME_PARTICLE_WORDS, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import german_word, one_language, rare_word
from .names import NameLexicon, compound_tail

# Family, partners, neighbours: the word before a name in parentheses, or inside them after one.
KIN = frozenset(
    """mutter vater mama papa mami papi oma opa omi opi tante onkel schwester bruder tochter sohn cousin cousine
    nachbar nachbarin freund freundin schwiegermutter schwiegervater grossmutter großmutter grossvater großvater
    mère père maman mamie papy grand-mère grand-père tata tonton oncle sœur soeur frère fille fils voisin voisine
    belle-mère beau-père compagnon compagne madre padre mamma papà nonna nonno zia zio sorella fratello figlia
    figlio vicino vicina cugino cugina suocera suocero mother father mum mom dad gran grandma grandpa granny nan
    nana aunt auntie uncle sister brother daughter son neighbour neighbor""".split()
)
# The article or possessive inside the parentheses before a family word: "(la fille)", "(his daughter)"
_VOWELS = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöùúûüý")  # ("meine frau zzt krank": no name)
_ELISIONS = frozenset("l d qu j m t s c n dell dall nell sull all".split())
_CONTRACTED = frozenset(("s", "re", "ll", "ve", "d", "t"))  # "who's", "they're", "we'll", …
# English auxiliaries that are first names too ("Will", "May", "Can"), in lower case after a family or
# friend word: the subject's verb (review of session 22); capitalised they stay names ("my colleague Will")
_AUXILIARIES = frozenset("will may can might must shall should would could did does is was has had".split())
_JOINING = frozenset("und and et e y or oder ou o".split())
_ARTICLES = frozenset("la le il lo the his her sa son ma mon my die der seine ihre sua suo mia mio".split())
_PAREN = scan.compile(r"\((?P<inner>[^\W\d_][\w'’\-]{0,30}+(?:[ ][^\W\d_][\w'’\-]{0,30}+){0,2}+)\)")
# "mein partner bohdan", "mon compagnon pierre", "mio marito thanh", "my husband danny" (a third person's
# too: "seine kollegin sabine werner", "sa collègue adélaïde ledoux"; review of session 22): the word after
# (one's own: not "our partner webhook", "unser Partner …" of a firm; the first word may start a sentence);
# capitalised too, and a spouse or child ("falls was ist: mein Mann Abdulloh 0676-…", "mon conjoint Maxime
# est joignable", "mein Sohn Noah"; holdout19, session 20)
_PARTNER = scan.compile(  # (led by a class the engine skips to in C, the look-behind after it)
    r"[MmIiLlHhSs](?<![\w][MmIiLlHhSs])(?:(?<=[Mm])(?:ein|eine|on|a|io|ia|y)|(?<=[Ii])(?:l[ ]mio|l[ ]suo|hre)"
    r"|(?<=[Ll])a[ ](?:mia|sua)|(?<=[Hh])(?:er|is)|(?<=[Ss])(?:eine|a|on))[ ]"
    r"(?i:partner|partnerin|mann|frau|freund|freundin|compagnon|compagne|mari|femme|copain|copine|marito|moglie"
    r"|compagno|compagna|ragazzo|ragazza|husband|wife|boyfriend|girlfriend|friend|conjoint|conjointe|coniuge"
    r"|ehemann|ehefrau|gatte|gattin|spouse|sohn|tochter|fils|fille|figlio|figlia|son|daughter"
    # a friend or a colleague who takes one's place ("meine freundin sabine werner würde …", "mon amie adélaïde
    # ledoux pourrait …", "la mia amica adriana volta"; holdout25, session 22)
    r"|ami|amie|amica|amico|kollege|kollegin|collègue|collega|colleague|nachbar|nachbarin|voisin|voisine)[ ]"
    r"(?P<name>[^\W\d_][\w'’\-]{1,30}+)(?![\w'’\-])(?:[ ](?P<second>[^\W\d_][\w'’\-]{1,30}+)(?![\w'’\-]))?"
)
_PARTNER_WORDS = ("partner", "mann ", "frau ", "freund", "compagn", "mari ", "femme ", "copain", "copine",
                  "marito", "moglie", "ragazz", "husband", "wife", "friend", "conjoint", "coniuge", "Mann ",
                  "Frau ", "Freund", "Partner", "gatt", "Gatt", "spouse", "sohn", "Sohn", "tochter", "Tochter",
                  "fils ", "fille ", "figli", "son ", "daughter", " ami ", " amie ", " amic", "ollegin ", "ollege ",
                  "ollègue ", "ollega ", "olleague ", "achbar", "oisin")
_PARTNER_GATE = Gate(_PARTNER_WORDS)
# the doorbell's name at a clause's end: "klingel hunt", "sonnette rezaei", "citofono henderson", and where
# to ring: "sonne chez salmon", "suona a lombardo", "buzz denis" (holdout19, session 20)
# (and the bell's own words, and a name with its particle: "buzzer says huang", "klingeln bei edler von hartenau",
# "sonner de kerguélen", "sonner du chastel" -- a party's address in a chat; holdout38, read in session 34)
_BELL = scan.compile(
    r"(?<![\w])(?:[Kk]lingel|[Kk]lingelschild|[Ss]onnette|[Cc]itofono|[Cc]ampanello|[Dd]oorbell|[Bb]uzzer"
    r"|[Ss]onne[ ]chez|[Ss]onnez[ ]chez|[Ss]uona[ ]a|[Ss]uonare[ ]a|[Bb]uzz|[Bb]uzzer[ ]says|[Bb]ell[ ]says"
    r"|[Kk]lingeln[ ]bei|[Kk]lingel[ ]bei|[Ss]onner|[Ss]onnez|[Cc]itofonare[ ]a|[Cc]itofonare)[ ]"
    r"(?P<name>(?:(?:[Ee]dler[ ]von|[Oo]p[ ]den|von[ ]der|van[ ]der|de[ ]la|von|van|de|du|da|di|del|della|zu|zur|ap)"
    r"[ ])?[^\W\d_][\w'’\-]{1,30}+)(?=[ ]?(?:[,.;!?)]|\r?\n|\Z))"
)
# (a job's at a door, no one's name: "klingeln bei hauswart", "sonner gardien", "buzzer says concierge")
_DOOR_ROLES = frozenset("""hauswart hauswartin abwart abwartin concierge gardien gardienne portier portière custode
    portinaio portinaia caretaker janitor reception rezeption empfang nachbar nachbarn voisin voisins vicino vicini
    neighbour neighbor neighbours office büro buero bureau ufficio""".split())
# (what a bell is, not whose: "klingel kaputt", "citofono rotto")
_BROKEN = frozenset("kaputt defekt rotto rotta guasto cassée cassé broken hs ko".split())
_BELL_GATE = Gate(("lingel", "onnette", "itofono", "ampanello", "oorbell", "uzzer", "onne chez", "onnez chez", "uona a",
                   "uonare a", "uzz ", "ell says", "onner ", "onnez "))
# a death notice's or a form's list of children: "Kinder: Savak, Bengibay mit Valon Hoxha, Sebigül mit Jörn
# Wolf", "Enfants : Luc, Anne et Marc Favre" -- each item a first name, or a couple joined by "mit"/"avec"/…
_CHILDREN = scan.compile(
    r"(?<![\w])(?:Kinder|Enkel|Enkelkinder|Geschwister|Enfants|Petits-enfants|Figli|Nipoti|Children|Grandchildren)"
    r"[ ]?:[ \t]{0,8}(?P<list>[^\n]{1,300}+)"
)
_CHILDREN_GATE = Gate(("Kinder", "Enkel", "Geschwister", "Enfants", "Petits-enfants", "Figli", "Nipoti", "Children",
                       "Grandchildren"))
_CHILDREN_SPLIT = scan.compile(r",[ ]|[ ](?:mit|und|avec|et|con|e|with|and|&)[ ]")
# a pupil with their class in parentheses: "einen Termin für Serhii (3b)", "un colloquio per Tjark (classe 2A)"
_PUPIL = scan.compile(  # (found from " (", the name read back before it)
    r"[ ]\((?:(?:Klasse|Kl\.|classe|cl\.|class|Year|Grade|Form)[ ]?\d{1,2}[ ]?[a-zA-Z]?|\d{1,2}[ª°]?[ ]?[a-zA-Z])\)"
)
_PUPIL_NAME = scan.compile(r"(?<![\w\-])(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)\Z")
# a family named by its surname: "noise complaint about the Roberts-Hunt family", "goes to the Hanly family"
_FAMILY = scan.compile(
    r"(?<![\w])[Tt]he[ ](?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)[ ]family(?![\w])"
)
# ... and an address after the household: "1. The Brown family – 13 Springfield Road" (not "1. The Royal family tour",
# "The Birch family (Betulaceae)"; review of session 33)
_HOUSEHOLD_AFTER = scan.compile(r"[ ]?[–—\-:,][ ]{0,2}\d")
# A list's number or bullet before an item, first on its line: "1. ", "12) ", "- ", "* ", "• ".
_ITEM_LEAD = scan.compile(r"[ \t]{0,8}(?:\d{1,3}[.)][ ]{1,3}|[-*•][ ]{1,3})\Z")


def _list_item(text: str, start: int) -> bool:
    """``start`` begins a list's item: its line's text after a number or a bullet."""
    line = text.rfind("\n", max(0, start - 16), start) + 1
    return (line > 0 or start < 16) and scan.match(_ITEM_LEAD, text, line, start) is not None


# a family's rite named by its surname, as church rotas and chats write it: "Hochzeit Leu", "Trauung
# Ofner/Glatz", "mariage Yogarajah", "matrimonio Conte", "wedding Greenwood/O'Connor" (holdout24, session 21)
_RITE = scan.compile(
    r"(?<![\w])(?:[Hh]ochzeit|HOCHZEIT|[Tt]rauung|[Tt]aufe|[Bb]eerdigung|[Bb]estattung|[Bb]eisetzung|[Bb]egräbnis"
    r"|[Aa]bdankung|[Tt]rauerfeier|[Mm]ariage"
    r"|[Bb]aptême|[Ee]nterrement|[Oo]bsèques|[Mm]atrimonio|[Bb]attesimo|[Ff]unerale|[Ww]edding|[Ff]uneral"
    r"|[Cc]hristening)[ ](?P<name>(?:(?:von|van|de|di|da|zur|zum|der|den|la|le)[ ]){0,2}+"
    r"[^\W\d_][^\W\d_'’\-]{1,30}+(?:[ ]?[/&][ ]?(?:(?:von|van|de|di|da|zur|zum|der|den|la|le)[ ]){0,2}+"
    r"[^\W\d_][^\W\d_'’\-]{1,30}+)?)(?![\w\-])"
)
_RITE_GATE = Gate(("ochzeit", "OCHZEIT", "rauung", "aufe ", "eerdigung", "estattung", "eisetzung", "egräbnis",
                   "bdankung", "rauerfeier", "ariage", "aptême", "nterrement", "bsèques", "atrimonio", "attesimo",
                   "unerale", "edding", "uneral", "hristening"))
_RITE_PART = scan.compile(r"(?:(?:von|van|de|di|da|zur|zum|der|den|la|le)[ ]){0,2}+[^\W\d_][^\W\d_'’\-]{1,30}+")
_CALENDAR = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche"
    " lunedì martedì mercoledì giovedì venerdì sabato domenica monday tuesday wednesday thursday friday saturday"
    " sunday".split())
# someone's mother or father, the name in the genitive: "haos mutter soll …", "harjit's mum still hasn't …"
_GENITIVE_KIN = scan.compile(
    r"(?<![\w'’])(?P<word>[a-zà-öø-ÿ][a-zà-öø-ÿ\-]{2,21}+)(?P<apostrophe>['’]s)?[ ]"
    r"(?:mutter|vater|mama|papa|mum|mom|dad|mother|father|frau|mann|wife|husband|eltern|parents)(?![\w])"
)
_GENITIVE_GATE = Gate((" mutter", " vater", " mama", " papa", " mum", " mom", " dad", " mother", " father", " frau",
                       " mann", " wife", " husband", " eltern", " parents"))
# who to ask, as a message asks it: "tu peux demander à bianca cristoforetti si …", "puoi chiedere a sole
# fischetti se …", "can you ask kimberly fisher if …"
# And told whom to ask, in capitals too: "frag Suter, die hat zwei", "chiedi a Soldati, ne ha due", "demande
# à rochat, elle en a deux", "ask McAllister, they've got two" (holdout29, read in session 26).
_ASK = scan.compile(
    r"(?<![\w])(?:demander[ ]à|chiedere[ ]a|ask|[Aa]sk|[Ff]rag(?:[ ]mal)?|[Ff]ragt|[Ff]ragen[ ]Sie|[Cc]hiedi[ ]a"
    r"|[Cc]hiedete[ ]a|[Dd]emande[ ]à|[Dd]emandez[ ]à)[ ](?P<name>[^\W\d_][\w'’\-]{1,30}+)"
    r"(?:[ ](?P<second>[^\W\d_][\w'’\-]{1,30}+))?(?=[ ](?:si|se|if|whether|ob)[ ]|[ ]?[,?!]|\.(?:\s|\Z))"
)
_ASK_GATE = Gate(("demander à ", "chiedere a ", "ask ", "Ask ", "frag ", "Frag ", "fragt ", "Fragt ", "ragen Sie ",
                  "hiedi a ", "hiedete a ", "emande à ", "emandez à "))
# What one asks that is no one: assistants, search engines, shops ("frag Migros,", "frag Siri,")
_TOOLS_AND_SHOPS = frozenset(
    """Google Siri Alexa Cortana Wikipedia Migros Coop Denner Aldi Lidl Digitec Galaxus Amazon Zalando Ikea IKEA
    Swisscom Sunrise Salt Post SBB Apple Microsoft Samsung Chatbot Copilot Gemini Claude""".split()
)
# Someone's mother, father, neighbour ... by name: "bei der mutter von Gschwendholzer, Buchenweg 30", "chez la
# mère de Potier depuis 9 h", "dalla madre di Rossi" (holdout29, read in session 26).  The name may be led by
# particles ("die mutter von von der Mühll").
_KIN_OF_WORDS = tuple(
    """mutter vater mama mami papa papi oma opa grossmutter großmutter grossvater großvater tante onkel schwester
    bruder tochter sohn nachbarin nachbar freundin freund mère père grand-mère grand-père sœur soeur frère fille fils
    voisine voisin madre padre mamma papà nonna nonno zia zio sorella fratello figlia figlio vicina vicino""".split()
)
_KIN_OF_PREPOSITIONS = ("von", "vom", "de", "du", "di", "del", "della", "dello")
_KIN_OF = scan.compile(
    r"(?<![\w])(?i:" + "|".join(sorted(_KIN_OF_WORDS, key=len, reverse=True)) + ")[ ]"
    r"(?:" + "|".join(_KIN_OF_PREPOSITIONS) + ")[ ]"
    r"(?P<name>(?:(?:von|van|de|di|da|der|den|la|le)[ ]){0,2}+[^\W\d_][\w'’\-]{1,30}+)(?![\w'’\-])"
)
# (the family word and its preposition together, its first letter left out for either case: a loose gate opened on
# most prompts, and the pattern, tried at every letter, cost ~1.3 ms on the ~2,000-token one)
_KIN_OF_GATE = Gate(tuple(sorted({word[1:] + " " + prep + " " for word in _KIN_OF_WORDS
                                  for prep in _KIN_OF_PREPOSITIONS})))
# a chat's speaker given by a handle with the name after it: "[17:46] oe7skv (lilli): …", "[09:14] büro
# (lea-sophie): …" -- the handle may be a call sign, a role or an alias; the name in parentheses is someone's
_HANDLE_NAME = scan.compile(
    r"\][ ][\w.\-]{2,24}+[ ]\((?P<name>[^\W\d_][\w'’\-]{1,24}+(?:[ ][^\W\d_][\w'’\-]{1,24}+)?)\)[ ]?:[ ]"
)
# a lower-case initial after a lower-case first name: "maxime g. will …", "noam l. veut …" (not an
# abbreviation's first letter: "wie kai z. b. sagt", "ob marie u. a. kommt", "siehe lena s. 12")
_INITIAL = scan.compile(r"[ ][a-zà-öø-ÿ]\.(?=[ ,;:)\r\n]|\Z)(?![ ][a-zà-öø-ÿ]\.|[ ]\d)")


def names_beside_kin(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities of the shapes in the module's docstring (overlaps: resolve.py)."""
    entities = list(found)
    out: list[Entity] = []
    if "(" in text:
        out += _in_parentheses(text, lexicon)
    if _PARTNER_GATE.opens(text):
        for m in scan.finditer(_PARTNER, text):
            if _name_word(m.group("name"), lexicon, first=True) and _VOWELS.intersection(m.group("name")):
                second = m.group("second")  # "ma compagne khadija dubois" (not "mio marito thanh risponde")
                # (a listed surname too: "meine freundin sabine werner würde", "mon amie monique paul pourrait")
                end = m.end("second") if second and _name_word(second, lexicon, first=False) and (
                    second not in lexicon.common_words
                    and (rare_word(second) or second.capitalize() in lexicon.surnames)) else m.end("name")
                out.append(_entity(text, m.start("name"), end, "kin"))
    if _BELL_GATE.opens(text):
        lowered = {w for e in (*entities, *out) if e.type == EntityType.PERSON
                   for w in e.text.lower().replace(",", " ").split()}
        for m in scan.finditer(_BELL, text):
            name = m.group("name")
            last = name.rsplit(" ", 1)[-1]  # (after a particle the surname: "sonner du chastel")
            # (a bell that "says" a name names whose it is: a word rare in our languages or a listed first name --
            # "buzzer says huang", not "bell says Welcome"; after a particle the surname, rarer still: "sonner du
            # chastel", not "sonner du cor"; not "doorbell cam", "citofono atelier" -- the review of session 34)
            says = text[m.start():m.start("name")].rstrip().endswith("says")
            if last.lower() in _DOOR_ROLES or is_role_compound(last.capitalize()):
                continue  # whose job it is: "klingeln bei hauswart", "sonner gardien"
            if name.lower() in lowered or name.lower() not in _BROKEN and (
                    _name_word(name, lexicon, first=True) if last == name and not says
                    else _name_word(last, lexicon, first=False) and last.lower() not in lexicon.common_words
                    and (rare_word(last, 6 if says else 5) or lexicon.is_first_name(last.capitalize())
                         or last != name and lexicon.is_known_name(last.capitalize()))):
                out.append(_entity(text, m.start("name"), m.end("name"), "kin"))
    if _CHILDREN_GATE.opens(text):
        for m in scan.finditer(_CHILDREN, text):
            pos = m.start("list")
            cuts = [(sep.start(), sep.end()) for sep in scan.finditer(_CHILDREN_SPLIT, text, pos, m.end("list"))]
            for piece_end, next_start in (*cuts, (m.end("list"), m.end("list"))):
                start, end = pos, piece_end  # the item between two separators, without its spaces and stops
                while start < end and text[start] in " .;":
                    start += 1
                while end > start and text[end - 1] in " .;":
                    end -= 1
                if end > start and _child_name(text[start:end], lexicon):
                    out.append(_entity(text, start, end, "kin"))
                pos = next_start
    if " (" in text:
        for paren in scan.finditer(_PUPIL, text):
            pupil = scan.search(_PUPIL_NAME, text, max(0, paren.start() - 64), paren.start())
            if pupil is None:
                continue
            name = pupil.group("name")
            # (a listed first name, or one word no list knows: not "Wi-Fi (6E)", "Zimmer (3)")
            if name not in STOP and not lexicon.is_place_only(name) and not german_word(name) and (
                    name.lower() not in lexicon.common_words or lexicon.is_first_name(name)) and (
                    lexicon.is_first_name(name) or "-" not in name and rare_word(name)):
                out.append(_entity(text, pupil.start("name"), pupil.end("name"), "kin"))
    if " family" in text:
        for m in scan.finditer(_FAMILY, text):
            name = m.group("name")
            # (a listed name that is also a word is none here: "the Royal family" -- but for an item of a list,
            # which names households: "1. The Brown family – 13 Springfield Road", holdout37, read in session 33)
            item = _list_item(text, m.start()) and scan.match(_HOUSEHOLD_AFTER, text, m.end()) is not None
            if all(part not in STOP and part.lower() not in lexicon.common_words and (
                    item or part not in lexicon.ambiguous) and (lexicon.is_known_name(part) or rare_word(part))
                   for part in name.split("-")):
                out.append(_entity(text, m.start("name"), m.end("name"), "kin"))
    if _RITE_GATE.opens(text):
        for m in scan.finditer(_RITE, text):
            pos = m.start("name")
            for part in scan.finditer(_RITE_PART, text, pos, m.end("name")):  # each family its own name
                if _rite_family(part.group(), lexicon):
                    out.append(_entity(text, part.start(), part.end(), "kin"))
    if "] " in text:
        for m in scan.finditer(_HANDLE_NAME, text):
            if _name_word(m.group("name").split(" ")[0], lexicon, first=True) and not all(
                    w.lower() in lexicon.common_words for w in m.group("name").split(" ")):
                out.append(_entity(text, m.start("name"), m.end("name"), "kin"))
    if _GENITIVE_GATE.opens(text):
        for m in scan.finditer(_GENITIVE_KIN, text):
            word = full = m.group("word")
            if m.group("apostrophe") is None:
                if word[-1] != "s":
                    continue
                if not lexicon.is_first_name(word.capitalize()):
                    word = word[:-1]  # "haos": the genitive's s stays outside (not "jonas vater")
            # (the word as written no ordinary one either: "famous father", "this mum", "nervous parents")
            if _name_word(word, lexicon, first=True) and word not in lexicon.common_words and (
                    full == word or full not in lexicon.common_words and rare_word(full)):
                out.append(_entity(text, m.start("word"), m.start("word") + len(word), "kin"))
    if _ASK_GATE.opens(text):
        for m in scan.finditer(_ASK, text):
            name, second = m.group("name"), m.group("second")
            # (capitalised, a listed name: "frag Suter,", "chiedi a Soldati," -- not a tool's, a firm's or a shop's,
            # "frag ChatGPT,", "frag Migros,"; review of session 26)
            # (or a word no list knows that no language uses often, without a capital inside: "frag Tschümperlin,";
            # second review)
            listed = name[0].isupper() and not lexicon.is_place_only(name) and name not in _TOOLS_AND_SHOPS and (
                lexicon.is_known_name(name) or not any(c.isupper() for c in name[1:]) and rare_word(name))
            if not ((_name_word(name, lexicon, first=True) and name[0].islower() or listed)
                    and name.lower() not in lexicon.common_words):
                continue
            end = m.end("second") if second and _name_word(second, lexicon, first=False) and (
                second not in lexicon.common_words) else m.end("name")
            out.append(_entity(text, m.start("name"), end, "kin"))
    if _KIN_OF_GATE.opens(text):
        for m in scan.finditer(_KIN_OF, text):
            words = m.group("name").split(" ")
            name = words[-1]
            if _name_word(name, lexicon, first=True) and name.lower() not in lexicon.common_words and (
                    name[0].islower() or not german_word(name)):
                out.append(_entity(text, m.start("name"), m.end("name"), "kin"))
    for e in (*entities, *out):
        # "maxime g.": the initial after a first name typed in lower case
        if e.type == EntityType.PERSON and e.text.islower() and text[e.end:e.end + 1] == " " \
                and (initial := scan.match(_INITIAL, text, e.end)) is not None:
            out.append(_entity(text, e.start, initial.end(), "kin"))
    if ". " in text:
        # a listed first name typed in lower case with an initial after it, found by nothing else:
        # "ok. jannis k. will die stunde verschieben" (a first name alone may be a word: "page", "rose")
        for m in scan.finditer(_INITIAL, text):
            word_start = text.rfind(" ", max(0, m.start() - 21), m.start()) + 1
            word = text[word_start:m.start()]
            if word_start and word.isalpha() and word.islower() and word not in lexicon.common_words \
                    and lexicon.is_first_name(word.capitalize()) and word.capitalize() not in lexicon.ambiguous:
                out.append(_entity(text, word_start, m.end(), "kin"))
    return out


def _in_parentheses(text: str, lexicon: NameLexicon) -> list[Entity]:
    """"mutter (laura hunt)" (the family word before) and "lotte (tochter)" (the family word inside)."""
    out: list[Entity] = []
    for m in scan.finditer(_PAREN, text):
        start = m.start()
        words = m.group("inner").split(" ")
        if words[-1].lower() in KIN and (len(words) == 1 or words[0].lower() in _ARTICLES and len(words) == 2):
            name = _name_before(text, start, lexicon)
            if name is not None:
                out.append(_entity(text, name, start - 1, "kin"))
            continue
        if len(words) == 2 and words[1].lower() in _PARENT_WORDS:
            child = _child_of(words[0], lexicon)  # "Beatrice White (Mia's mum)", "Arian Aliu (Florents Papa)"
            if child:
                inner = m.start("inner")
                out.append(_entity(text, inner, inner + child, "kin"))
            continue
        if start < 3 or text[start - 1] != " ":
            continue
        before = text[max(0, start - 16):start - 1].rsplit(None, 1)
        kin = before[-1].lower() if before else ""
        if kin.endswith(("'s", "’s")):
            kin = kin[:-2]  # "at my mum's (melissa miller)"
        # (the first word a listed first name or a rare word -- or any no ordinary word before a rare
        # surname: "(fergus mccallion)")
        # (no ordinary word first, listed first name or not: "call my mother (will do)", "my sister (grace
        # period)", "zu meiner mutter (morgen früh)" are no names)
        # (and no ordinary word after it: "ask my dad (mark the date)" -- a surname that is one is lost:
        # "neighbour (robert long)" -- nor, after a frequent first word, a word of one language only: "my
        # sister (grace period)", not "(augustin vallée)")
        if kin in _PARENTS and len(words) >= 3:
            out += _couple_inside(text, m.start("inner"), m.group("inner"), lexicon)
            continue
        if kin in KIN and all(_name_word(w, lexicon, first=False) for w in words) and not any(
                w.lower() in lexicon.common_words for w in words) and not (
                not rare_word(words[0], below=5) and any(one_language(w.lower(), gap=3) for w in words[1:])) and (
                _name_word(words[0], lexicon, first=True) or len(words) >= 2 and rare_word(words[-1])):
            out.append(_entity(text, m.start("inner"), m.end("inner"), "kin"))
    return out


# A parent in a class's list, named by the child: "(Mia's mum)", "(Leas Mama)", "(Felix' Papa)" (holdout39, read
# in session 35: the child's name was left in clear where it is an ordinary word too, or in the German genitive's "s")
_PARENT_WORDS = frozenset("mama mami papa papi mutter vater mum mom mummy dad daddy mother father maman papà mamma"
                          " babbo oma opa nonna nonno grandma grandpa gran".split())


def _child_of(word: str, lexicon: NameLexicon) -> int:
    """How many letters of ``word`` -- the genitive before a parent's word in parentheses -- are the child's first
    name: "Mia's" 3, "Leas" 3, "Felix'" 5, "Jonas" 5 (a listed name ending in s stays whole); 0 for no name: a listed
    first name (an ordinary word too: "Mia", "Lily") or a capitalised word no list knows and no language uses often
    ("Tharshinis"), no stop word, no town ("(Berns Mama)", "(your mum)", "(the dad)" are none)."""
    for ending in ("'s", "’s", "'", "’", "s", ""):
        if not word.endswith(ending):
            continue
        stem = word[:len(word) - len(ending)] if ending else word
        if ending == "s" and lexicon.is_first_name(word):
            stem = word  # "(Jonas Papa)": the name itself ends in s
        if len(stem) < 2 or not stem[0].isupper() or not stem.replace("-", "").isalpha() or stem in STOP:
            return 0
        if lexicon.is_place_only(stem):
            return 0
        if lexicon.is_first_name(stem) and (ending or stem.lower() not in lexicon.common_words) or ending not in (
                "s", "") and stem.lower() not in lexicon.common_words and rare_word(stem):
            return len(stem)  # (no genitive, a listed name that is no word: "(Stay-at-home Dad)", "(Queen Mother)")
        if ending in ("s", ""):
            return 0
    return 0


# Plural family words before the names of the people they are: "Die Eltern (Cilly und Burkard) üben …",
# "Les parents (Widisha et Wriddhish)", "i genitori (Marta e Luca)" (holdout25, read in session 22)
_PARENTS = frozenset("""eltern grosseltern großeltern geschwister kinder parents grands-parents enfants frères
    sœurs genitori nonni figli fratelli grandparents children siblings""".split())


def _couple_inside(text: str, start: int, inner: str, lexicon: NameLexicon) -> list[Entity]:
    """Two names joined by "und"/"et"/"e"/"and"/"&" inside the parentheses after a plural family word,
    each one or two words, capitalised, no ordinary word; one of them a name of the lists or a word no
    language uses often -- "(Vater und Mutter)", "(beide berufstätig)" name no one."""
    words = inner.split(" ")
    joins = [i for i, w in enumerate(words) if w.lower() in _JOINING or w == "&"]
    if len(joins) != 1 or not 1 <= joins[0] <= 2 or not 1 <= len(words) - joins[0] - 1 <= 2:
        return []
    halves = (words[:joins[0]], words[joins[0] + 1:])
    named = 0
    for half in halves:
        if not half[0][:1].isupper() or half[0].lower() in KIN or half[0] in STOP \
                or any(w.lower() in lexicon.common_words for w in half):
            return []
        named += _name_word(half[0], lexicon, first=True) or lexicon.is_known_name(half[0])
    if not named:
        return []
    first_end = start + len(" ".join(halves[0]))
    second_start = start + len(inner) - len(" ".join(halves[1]))
    return [_entity(text, start, first_end, "kin"), _entity(text, second_start, start + len(inner), "kin")]


def _name_before(text: str, paren: int, lexicon: NameLexicon) -> int | None:
    """Where the name before " (tochter)" starts: its word, and a listed first name before it."""
    if paren < 3 or text[paren - 1] != " ":
        return None
    head = text[max(0, paren - 64):paren - 1]
    words = head.split(" ")
    if not words or not _name_word(words[-1], lexicon, first=True) or (
            len(words[-1]) > 9 and not lexicon.is_first_name(words[-1].capitalize())):
        return None  # (a long rare word is a compound noun as often: "notfallkontakt (tochter)")
    start = paren - 1 - len(words[-1])
    if len(words) >= 2 and words[-2].isalpha() and lexicon.is_first_name(words[-2].capitalize()) \
            and words[-2].lower() not in lexicon.common_words:
        start -= len(words[-2]) + 1  # "anna meier (tochter)"
    return start


def _rite_family(name: str, lexicon: NameLexicon) -> bool:
    """A family's name after a rite, its particles aside: each a name the lists know and no very
    common word ("Koch", "Bright"; not "Hochzeit morgen", "wedding party"), or a word no list and no
    dictionary knows ("Yogarajah"); no weekday, no town ("Hochzeit Sonntag", "mariage Lausanne")."""
    words = name.split(" ")
    if words[-1] in NAME_PARTICLE_WORDS:
        return False  # ("Mariage le: 3 septembre 1988")
    for word in words:
        if word in NAME_PARTICLE_WORDS:
            continue
        titled = word.capitalize() if word.isupper() else word[:1].upper() + word[1:]  # ("HOCHZEIT LEU / IMHOF")
        low = word.lower()
        if titled in STOP or low in _CALENDAR or lexicon.is_place_only(titled) or not (
                lexicon.is_known_name(titled) and rare_word(word, 7)
                or low not in lexicon.common_words and rare_word(word, 5)
                and not (len(low) >= 8 and compound_tail(low, lexicon))):  # ("Hochzeit Checkliste")
            return False
    return True


def _child_name(name: str, lexicon: NameLexicon) -> bool:
    """An item of a list of children: one to three capitalised words, none a stop word, none an ordinary
    word unless a list knows it as a name, one of them listed or rare ("Kinder: keine", "Kinder: 2" are none)."""
    words = name.split(" ")
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    common = lexicon.common_words
    if any(w in STOP or w.lower() in common and not lexicon.is_known_name(w) for w in words):
        return False
    return any(lexicon.is_known_name(w) or rare_word(w) for w in words)


def _name_word(word: str, lexicon: NameLexicon, *, first: bool) -> bool:
    """A word that may be a name here.  First in a name: a listed first name ("pierre", "grace") or
    a rare word in all four languages ("gstrein"; not "zuhause", "kaputt"); after it, any word but a
    stop or joining word ("laura hunt", "robert long")."""
    bare = word.strip("'’-")
    if len(bare) < 2 or not bare.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    cut = max(bare.find("'"), bare.find("’"))
    if 0 < cut <= 4 and bare[:cut].lower() in _ELISIONS and bare[cut + 1:].lower() in lexicon.common_words:
        return False  # "demander à l'artisan": an article and an ordinary word (not "d'souza", "l'hermite")
    titled = bare[0].upper() + bare[1:]
    if titled in STOP or bare.lower() in _JOINING:
        return False
    if cut > 0 and bare[cut + 1:].lower() in _CONTRACTED and bare[:cut].lower() in lexicon.common_words:
        return False  # an English contraction: "for my colleague who's covering" (session 22)
    if bare in _AUXILIARIES:
        return False  # a verb after its subject, in lower case: "my colleague will cover", "my friend may come"
    if not first:
        return True
    if lexicon.is_first_name(titled):
        return True
    return bare.lower() not in lexicon.common_words and rare_word(bare)


def _entity(text: str, start: int, end: int, detector: str) -> Entity:
    return Entity(start, end, EntityType.PERSON, text[start:end], detector)
