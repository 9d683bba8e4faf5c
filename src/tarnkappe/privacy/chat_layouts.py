"""The layouts of chat exports and transcripts: which lines are messages, whose, and where each
message's text is (``chat_messages``).  chats.py reads the names and dates in them.

WhatsApp's (iOS "[03.12.26, 18:30:40] Anna M.: …", Android "03.12.26, 18:30 - Anna M.: …"), bracketed
nicks ("[lena] …"), call and meeting transcripts ("[00:01:44] Macingwane, Nokulunga: …"), WebVTT
voices, plain "name: text" lines, a phone's SMS log ("16.11.2026 15:30 078/578 09 78: …"), and the
copies of Telegram's desktop app, Teams, Slack, Discord, Google Chat and Signal, where the speaker and
the time stand on a line of their own above the message.  Only a text with at least two message lines
of one of these shapes is a chat.  Linear: each line pattern starts at a line's "\n", a literal the
engine skips to, and has bounded reach (``scan``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .detectors import scan
from .detectors.dates import MONTHS
from .detectors.field_keys import ALL_KEYS, normalise_key
from .detectors.person_cues import STOP
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon
from .text_memo import once

# (or written with the month's name, as a chat copied by hand or exported in French: "1 septembre 2025, 12:15 - manon:")
_STAMP_DATE = rf"(?:\d{{1,2}}[./\-]\d{{1,2}}[./\-]\d{{2,4}}|\d{{1,2}}\.?[ ](?i:{MONTHS})\.?[ ]\d{{4}})"
_STAMP_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?"
# "[03.12.26, 18:30:40] Anna M.: " and "03.12.26, 18:30 - Anna M.: " (the message is the rest of the line)
# Each line pattern starts at the line's "\n", a literal the engine skips to (a look-behind first
# made it try every position: ~90-130 us on the ~2,000-token prompt); the first line is matched
# on its own.
_WHATSAPP_LINE = (
    rf"[ \t]{{0,4}}(?:\[{_STAMP_DATE},?[ ]{_STAMP_TIME}\]|{_STAMP_DATE}(?:,|[ ]à)?[ ]{_STAMP_TIME}[ ][-–])[ ]"
    r"(?P<speaker>[^:\n\[\]]{1,60}+):[ ]"
)
_WHATSAPP = (scan.compile(_WHATSAPP_LINE), scan.compile("\n" + _WHATSAPP_LINE))
# An IRC-style or copied chat line: "[trudi] hallo carsten, …" (a name or nickname in brackets, no time
# stamp; a log level in capitals is none: "[INFO] …", and a checkbox's "[x]" is too short)
_BRACKET_LINE = r"\[(?P<speaker>[^\W\d_][\w.\-]{1,30}+(?:[ ][^\W\d_][\w.\-]{0,30}+)?)\][ ]"
_BRACKET = (scan.compile(_BRACKET_LINE), scan.compile("\n" + _BRACKET_LINE))
# "Meier, Anna   18:04" alone on its line, the message on the lines after it; a classified ad's
# conversation writes "Sivakumar T. · 13:22"
# (and Discord's, Google Chat's and Signal's: "Marco — 12.11.2026 19:05", "Lena Brunner — Today at 7:02 PM",
# "Lena Brunner, 19:02")
_RELATIVE_DAY = r"(?i:today|yesterday|heute|gestern|aujourd['’]hui|hier|oggi|ieri)(?:[ ](?:at|um|à|alle))?"
# A number not in the phone's contacts stands where the name would ("+41 77 812 33 76, [15.11.2026 13:58]",
# "0680-176605  21:11"): a speaker too (chats.py masks it as a phone; holdout28, session 25: the message after
# it was read as the one before's, its "sono Gioacchino Forza" in no message)
_NUMBER_SPEAKER = r"[+(0][\d()/.\-]{1,16}+(?:[ ][\d()/.\-]{1,16}+){0,5}+"
_TEAMS_LINE = (
    rf"(?P<speaker>[^\W\d_][^\d:\n\[\]—–]{{0,58}}?|{_NUMBER_SPEAKER})(?:[ \t]{{2,12}}|[ ]·[ ]|[ ][—–][ ]|,[ ])"
    rf"(?P<dated>(?:{_STAMP_DATE},?|{_RELATIVE_DAY})[ ])?{_STAMP_TIME}(?:[ ]Uhr)?[ \t]{{0,4}}(?=\r?\n|\Z)"
)
_TEAMS = (scan.compile(_TEAMS_LINE), scan.compile("\n" + _TEAMS_LINE))
_SMS_LINE = (
    rf"(?:{_STAMP_DATE}|\d{{4}}-\d{{2}}-\d{{2}})[ ,]{{1,3}}{_STAMP_TIME}[ ]{{1,2}}"
    r"(?P<speaker>\+?\(?\d[\d ()/.\-]{5,24}\d):[ ]"
)
_SMS = (scan.compile(_SMS_LINE), scan.compile("\n" + _SMS_LINE))
# Telegram's desktop copy: "Romina Gritti, [08/11/2026 14:05]" alone on its line, the message after it
_TELEGRAM_LINE = (
    rf"(?P<speaker>[^\W\d_][^\d:\n\[\]]{{0,58}}?|{_NUMBER_SPEAKER}),[ ]\[{_STAMP_DATE},?[ ]{_STAMP_TIME}\][ \t]{{0,4}}"
    r"(?=\r?\n|\Z)"
)
_TELEGRAM = (scan.compile(_TELEGRAM_LINE), scan.compile("\n" + _TELEGRAM_LINE))
# A call or meeting transcript: "[00:01:44] Macingwane, Nokulunga: …", "00:02:45 Karlheinz Lang: …"
# (a time only; the speaker may carry a role in parentheses: "Makri, Vasiliki (Extern): …").  The
# time as recorders and subtitle files write it too: with milliseconds ("[00:01:44.120]", SRT's
# "00:01:44,120"), in parentheses, then a dash or a tab; or after the speaker ("Makri, Vasiliki
# (00:01:44): …", "… [00:01:44]: …").
_CALL_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?"
_TRANSCRIPT_LINE = (
    rf"[ \t]{{0,4}}(?:\[{_CALL_TIME}\]|\({_CALL_TIME}\)|{_CALL_TIME})(?:[ ][-–][ ]|[ \t]{{1,4}}+)"
    r"(?P<speaker>[^:\n\[\]]{1,60}+):[ ]"
)
_TRANSCRIPT = (scan.compile(_TRANSCRIPT_LINE), scan.compile("\n" + _TRANSCRIPT_LINE))
# An IRC client's log and the chats pasted from one: "[16:47] <Küde> mach ich.", "16:47 <+41 77 410 31 78> sono
# Girolamo" (the time first, the nick in angle brackets; without the time, "<div> …" of HTML would be one)
_IRC_LINE = rf"[ \t]{{0,4}}(?:\[{_CALL_TIME}\]|{_CALL_TIME})[ ]<[@+%]?(?P<speaker>[^<>\n@]{{1,40}}+)>[ ]"
_IRC = (scan.compile(_IRC_LINE), scan.compile("\n" + _IRC_LINE))
_SPEAKER_TIME_LINE = (
    rf"[ \t]{{0,4}}(?P<speaker>[^\W\d_][^:\n\[\]()]{{0,58}}+)(?:\[{_CALL_TIME}\]|\({_CALL_TIME}\)):[ ]"
)
_SPEAKER_TIME = (scan.compile(_SPEAKER_TIME_LINE), scan.compile("\n" + _SPEAKER_TIME_LINE))
# A WebVTT cue, as meeting tools export transcripts: the timing line, then the speaker in a voice tag
# ("<v Makri, Vasiliki>…</v>", Teams) or before a colon ("Makri, Vasiliki: …", Zoom).
_VTT_LINE = (
    rf"(?>{_CALL_TIME})[ ]-->[ ](?>{_CALL_TIME})[^\n]{{0,80}}+\n[ \t]{{0,4}}+"
    r"(?:<v(?:\.[^ >\n]{1,30}+)?[ ](?P<voice>[^>\n]{1,60}+)>|(?P<speaker>[^:\n<>\[\]]{1,60}+):[ ])"
)
_VTT = (scan.compile(_VTT_LINE), scan.compile("\n" + _VTT_LINE))
# A speaker's name first on its line and a colon, no time stamp: "gundel: der mirco hat …" (one or two words,
# a hyphen: "marie-claire: …"; a bullet or bold around it, a space before the colon or none after: "**gundel**:";
# a first name and an initial: "Giorgos D.: Einsatz …", "clara e.: heli …" -- holdout37's rescue teams, session 33)
_PLAIN_LINE = (
    r"[ \t]{0,4}(?:[-*•][ ])?(?:\*\*)?"
    r"(?P<speaker>[^\W\d_]{2,24}+(?:-[^\W\d_]{1,24}+)?(?:[ ][^\W\d_]\.|[ ][^\W\d_]{1,24}+)?)"
    r"(?:\*\*)?[ ]?:[ ]?(?=[^\s/])"
)
_PLAIN = (scan.compile(_PLAIN_LINE), scan.compile("\n" + _PLAIN_LINE))
# a YAML mapping's key, its first member indented on the next line: "payment:\n  method: lsv", "logins:\n  - at: …"
_YAML_KEY = r"(?:-[ ])?[^\W\d][\w\-]{0,30}+:"
_YAML_PARENT = scan.compile(rf"(?:^|\n)[ ]{{0,8}}{_YAML_KEY}\r?\n[ ]{{2,12}}{_YAML_KEY}[ ]")
_A_TIME = scan.compile(r":\d\d(?<=\d:\d\d)")  # the colon first: a digit class first cost ~90 us per prompt
_ROLE_AFTER = scan.compile(r"[ ]\([^()\n]{1,30}\)\Z")
_SPEAKER_TIME_GATE = Gate(('] ', ' - ', ' – '))
_HEADED = ((_TELEGRAM, Gate((", [",))), (_TEAMS, Gate(("  ", " · ", " — ", " – ", ", "))))


class Message:
    """One message of a chat: its speaker's span, where its text begins and ends."""

    __slots__ = ("speaker", "body_start", "body_end", "named")

    def __init__(self, speaker: tuple[int, int], body_start: int, body_end: int, named: bool) -> None:
        # ``named``: the export says the speaker is a person (WhatsApp's contact, a bracketed nick),
        # whatever its shape; else it must look like a name
        self.speaker, self.body_start, self.body_end, self.named = speaker, body_start, body_end, named


def chat_messages(text: str, lexicon: NameLexicon) -> list[Message]:
    messages: list[Message] = []
    if "] " in text and "\n[" in text:
        for m in _line_starts(_BRACKET, text):
            speaker = m.group("speaker")
            if speaker.isupper() or "_" in speaker or speaker.lower() in lexicon.common_words \
                    and not lexicon.is_first_name(speaker.capitalize()):
                continue  # "[INFO] …", "[WARN] …", "[user_id] …", "[optional] …"
            end = text.find("\n", m.end())
            messages.append(Message(m.span("speaker"), m.end(), len(text) if end < 0 else end, True))
        speakers = {text[slice(*m.speaker)].lower() for m in messages}
        if len(messages) < 2 or len(speakers) < 2 or not any(
                first_name(speaker.split(" ")[0], lexicon) for speaker in speakers):
            # a tool's log ("[nodemon] starting …", "[webpack-cli] Compiler …", "[mysqld]" / "[client]" of
            # an ini file, a commit log's "[core]" / "[deps]"): a chat has two speakers, one of them a
            # listed first name at least
            messages = []
    if messages or ":" not in text:
        return messages
    if "> " in text and ":" in text:
        lines = [m for m in _line_starts(_IRC, text) if not (
            m.group("speaker").isupper() or "_" in m.group("speaker") or _inner_capital(m.group("speaker")))]
        # (a tool's log levels, services and bots in IRC's shape: "<WARN>", "<ChanServ>", "<GitHub>"; a word is a nick
        # only as a person's: see _irc_words)
        words = _irc_words([m.group("speaker") for m in lines], lexicon)
        for m in lines:
            if m.group("speaker") in words:
                end = text.find("\n", m.end())
                messages.append(Message(_stripped(text, *m.span("speaker")), m.end(),
                                        len(text) if end < 0 else end, True))
        if len(messages) < 2:
            messages = []
    if not messages and _SPEAKER_TIME_GATE.opens(text):
        for m in _line_starts(_WHATSAPP, text):
            end = text.find("\n", m.end())  # the message: the rest of its line
            messages.append(Message(_stripped(text, *m.span("speaker")), m.end(), len(text) if end < 0 else end, True))
    # every transcript shape has a time stamp, a WebVTT cue its arrow: one C scan for a text without
    # (most), not three scans of its lines
    timed = scan.search(_A_TIME, text) is not None
    for shape in (_TRANSCRIPT, _SPEAKER_TIME, _VTT) if timed else ():
        if messages or (shape is _VTT and "-->" not in text):
            break
        for m in _line_starts(shape, text):
            end = text.find("\n", m.end())
            voice = m.group("speaker") is None
            s, e = _stripped(text, *m.span("voice" if voice else "speaker"))
            role = scan.search(_ROLE_AFTER, text, s, e)
            end = len(text) if end < 0 else end
            close = text.find("</v>", m.end(), end) if voice else -1  # the voice's text ends there
            messages.append(Message((s, e if role is None else role.start()), m.end(),
                                     end if close < 0 else close, False))
    if not messages and "\n" in text:
        messages = _plain_messages(text, lexicon)
    if not messages and ": " in text:
        # a phone's SMS log: "16.11.2026 15:30 078/578 09 78: Grazie ancora!" -- the speaker a number, each
        # message the rest of its line (holdout19, session 20)
        sms = list(_line_starts(_SMS, text))
        if len(sms) >= 2:
            for m in sms:
                end = text.find("\n", m.end())
                messages.append(Message(m.span("speaker"), m.end(), len(text) if end < 0 else end, False))
    for shape, gate in _HEADED:
        if messages or not gate.opens(text):
            continue
        heads = [m for m in _line_starts(shape, text) if _speaker_shape(m.group("speaker"))]
        for k, m in enumerate(heads):
            body_start = m.end() + 1
            body_end = heads[k + 1].start() if k + 1 < len(heads) else min(len(text), body_start + 2000)
            if not text[body_start:body_end].isspace() and body_end > body_start:  # an agenda's lines have none
                speaker = _stripped(text, *m.span("speaker"))
                # a header with the day and the time says a person spoke, as WhatsApp's does: "Marieluise, [21.02.26
                # 07:35]", "Ji-ho — 7/17/25 9:22 AM" (holdout35, read in session 31: names in no list) -- a word
                # of the language, a key or a month there stays a word ("Zahlung, [03.12.26 10:00]")
                dated = shape is _TELEGRAM or m.group("dated") is not None
                messages.append(Message(speaker, body_start, body_end,
                                        dated and _dated_speaker(text[slice(*speaker)], lexicon)))
    return messages


def _irc_words(speakers: list[str], lexicon: NameLexicon) -> set[str]:
    """The nicks of an IRC log's lines that are people's: a listed first name or no ordinary word -- and a capitalised
    ordinary word that speaks twice beside such a nick ("<Fra>" beside "<Debra>": holdout40, read in session 36); not
    "<info>", "<server>" of a tool's log."""
    common = lexicon.common_words
    said: dict[str, int] = {}
    for sp in speakers:
        said[sp] = said.get(sp, 0) + 1
    names = {sp for sp in said if sp.lower() not in common or lexicon.is_first_name(sp.capitalize())}
    if not any(first_name(sp.split(" ")[0], lexicon) for sp in names):
        return names
    return names | {sp for sp, n in said.items() if n >= 2 and sp.istitle() and " " not in sp and sp not in STOP
                    and normalise_key(sp) not in ALL_KEYS}


def _dated_speaker(speaker: str, lexicon: NameLexicon) -> bool:
    """A dated header's speaker that is a person's: one to three capitalised words ("Ji-ho" too), none nor its
    first part an ordinary word of the lists, a stop word or a key; a town is a name as often ("Murat").  (Not the
    words' frequencies: names the lists lack are as frequent as a calendar's "Meeting" -- "Viktor", "Igor",
    "Vladimir" were lost so; a calendar copied as a chat stays over-masked, the review of session 31.)"""
    words = speaker.split()
    common = lexicon.common_words
    return 1 <= len(words) <= 3 and normalise_key(speaker) not in ALL_KEYS and all(
        k and lower_initial(word) or word[:1].isupper() and all(
            part.lower() not in common and part.capitalize() not in STOP for part in {word, word.split("-")[0]})
        for k, word in enumerate(words))


def lower_initial(word: str) -> bool:
    """A surname's initial typed in lower case after a first name: "Maria a.", "Elena v." (a speaker's shape)."""
    return len(word) == 2 and word[1] == "." and word[0].isalpha() and word[0].islower()


def _speaker_shape(speaker: str) -> bool:
    """A name, or a number of six digits at least that is no date ("05.12.2026  14:00" is a log's line)."""
    if speaker[0].isalpha():
        return True
    speaker = speaker.rstrip()
    return sum(c.isdigit() for c in speaker) >= 6 and scan.fullmatch(_DATE_ONLY, speaker, 0, len(speaker)) is None


_DATE_ONLY = scan.compile(_STAMP_DATE)
# Months that are first names too: a speaker "april:" on two lines of a chat is a person.
_MONTHS_AS_NAMES = frozenset("April May June August".split())
# A forwarded mail's header keys, first on their lines like a speaker ("Von: Amina Lutz <…>" / "Betreff: …").
_MAIL_HEADERS = frozenset(
    "von an cc bcc betreff datum gesendet from to subject date sent de à objet envoyé da a oggetto inviato data"
    " antwort reply".split()
)


def _plain_messages(text: str, lexicon: NameLexicon) -> list[Message]:
    """A chat copied without time stamps, its speakers' names first on their lines, often in lower
    case ("gundel: der mirco hat mir seine nummer gegeben" / "stanislaw: wohnt der nicht …?"): two
    speakers or more, each on two lines at least, each a listed first name or no ordinary word, one of
    them a listed first name -- not a form's keys ("Name:", "Tel:" are no speakers, and each comes once)."""
    lines = _plain_lines(text)
    if len(lines) < 3:
        return []
    counts: dict[str, int] = {}
    for m in lines:
        speaker = m.group("speaker")
        bare = speaker[:-3] if speaker[-1:] == "." and speaker[-3:-2] == " " else speaker  # ("clara E.")
        if not (bare.islower() or speaker.istitle()):
            continue  # "FieldType", "ID", "URL": a key's shape
        key = speaker.lower()
        counts[key] = counts.get(key, 0) + 1
    speakers = {key for key in counts if _plain_speaker(key, lexicon)}
    if len(speakers) < 2 or max(counts[key] for key in speakers) < 2 or not any(
            _anchor(key, lexicon) for key in speakers) and not _taking_turns(text, lines, speakers, counts, lexicon):
        return []  # (a listed first name among the speakers: "FieldType:", "FieldName:" of a form's dump none)
    out = []
    for m in lines:
        if m.group("speaker").lower() in speakers:
            end = text.find("\n", m.end())
            out.append(Message(m.span("speaker"), m.end(), len(text) if end < 0 else end, True))
    return out


def _taking_turns(text: str, lines: tuple[re.Match[str], ...], speakers: set[str], counts: dict[str, int],
                  lexicon: NameLexicon) -> bool:
    """Speakers that are all listed first names, also words ("sue", "bergen"), each speaking twice or more, taking
    turns line after line, each line a sentence (three words or more, two of them lower-case words): a chat
    (holdout40's "sue: no answer at ms. sullivan's …" / "bergen: she texted, …", read in session 36) -- not a form's
    "max: 10" / "page: 3", which are said once each, nor a team's "Primo: Sara Vitali, 01.02.1970"."""
    said = [m.group("speaker").lower() for m in lines if m.group("speaker").lower() in speakers]
    if not all(counts[key] >= 2 and all(first_name(w, lexicon) for w in key.split(" ")) for key in speakers):
        return False
    if any(a == b for a, b in zip(said, said[1:], strict=False)):
        return False
    for m in lines:
        end = text.find("\n", m.end())
        said_words = text[m.end():len(text) if end < 0 else end].split()
        if m.group("speaker").lower() in speakers and (len(said_words) < 3 or sum(
                w.isalpha() and w.islower() for w in said_words) < 2):
            return False  # (a sentence, not a form's values: "Primo: Evangelina Rivas, 12.04.1951" of a team's list)
    return True


def exchange_speakers(text: str, lexicon: NameLexicon) -> list[tuple[int, int]]:
    """The speakers of two people's lines, one after the other, in a text that is no chat: "gerd: bei herrn vogt
    fehlt die unterschrift …" / "paweł: schreib ihm an …" pasted under the list they are about (holdout38, read in
    session 34).  Each speaker one word, a listed first name that is no word too (_anchor), the two different; each
    message three words at least -- not a form's "Mo: 8-12" / "Di: 8-12".  Only the speakers: their messages are
    not read as a chat's (two lines say less than a chat does -- "Rosa: ich bringe rosa servietten mit")."""
    if ": " not in text or "\n" not in text:
        return []
    lines = _plain_lines(text)
    out: list[tuple[int, int]] = []
    for first, second in zip(lines, lines[1:], strict=False):
        line_end = text.find("\n", first.end())
        if line_end < 0 or second.start() != line_end:  # (the second pattern's match starts at the "\n")
            continue
        pair = [first.group("speaker"), second.group("speaker")]
        if pair[0].lower() == pair[1].lower() or not all(
                " " not in sp and (sp.islower() or sp.istitle()) and _anchor(sp.lower(), lexicon)
                and _plain_speaker(sp.lower(), lexicon) for sp in pair):
            continue
        second_end = text.find("\n", second.end())
        if len(text[first.end():line_end].split()) < 3 \
                or len(text[second.end():len(text) if second_end < 0 else second_end].split()) < 3:
            continue
        for m in (first, second):
            if not out or out[-1] != m.span("speaker"):
                out.append(m.span("speaker"))
    return out


def _plain_lines(text: str) -> tuple[re.Match[str], ...]:
    """The text's "name: text" lines (_PLAIN), scanned once per detected text: the chat's reading and the two
    lines' reading both ask (text_memo.py).  In a YAML record (a key with its members indented below it) the
    indented lines are its keys, no one's messages ("payment:\n  iban: CH32…", "  - at: …\n    device: iOS app"
    -- holdout39's pass exports, read in session 35)."""
    return once(text, "chat_layouts.plain_lines", _unindented_plain_lines)


def _unindented_plain_lines(text: str) -> tuple[re.Match[str], ...]:
    lines = tuple(_line_starts(_PLAIN, text))
    if not lines or ":\n " not in text or scan.search(_YAML_PARENT, text) is None:
        return lines
    starts = ((m, m.start() + (text[m.start()] == "\n")) for m in lines)
    return tuple(m for m, start in starts if text[start:start + 1] not in (" ", "\t"))


def _anchor(speaker: str, lexicon: NameLexicon) -> bool:
    """A listed first name that is no word too ("stanislaw", "priya"; not "max", "mark", "page": "max: 10"
    / "page: 3 of 10" are keys)."""
    first = speaker.split(" ")[0].split("-")[0].capitalize()
    return lexicon.is_first_name(first) and first not in lexicon.ambiguous


def _plain_speaker(speaker: str, lexicon: NameLexicon) -> bool:
    """A listed first name or no ordinary word, no key; a surname alone that is a word too is a word here, and so is a
    record's key no list knows ("card: •••• 2170", "app: CoachFit" of a YAML export beside a client's name; holdout35,
    read in session 31, once the lists knew "Miodrag")."""
    if normalise_key(speaker) in ALL_KEYS or speaker in _MAIL_HEADERS or speaker in RECORD_WORDS:
        return False
    common = lexicon.common_words
    words = speaker.split(" ")
    if len(words) == 2 and len(words[1]) == 2 and words[1].endswith("."):
        # a first name and an initial: a listed one or a rare word no list knows ("clara e.", "Giorgos D.", "Guy M.";
        # not "Plan A.", "Variante B."); "mark a." beside "rose a." has no anchor (_anchor: a name that is no word)
        first = words[0].split("-")[0].capitalize()
        return first not in STOP and (
            lexicon.is_first_name(first) or first.lower() not in common and rare_word(first, 3))
    alone = " " not in speaker  # (a surname that is a word beside a first name is a name: "janina keller")
    return all((word.capitalize() not in STOP or word.capitalize() in _MONTHS_AS_NAMES) and (
        lexicon.is_first_name(word.capitalize()) or (
        word not in common and not (alone and word.capitalize() in lexicon.ambiguous)
        and not lexicon.is_place_only(word.capitalize())))
        for word in speaker.replace("-", " ").split(" "))


# A record's keys no list knows as words: no speakers of a chat, no names in its messages (chats.py)
RECORD_WORDS = frozenset("app ip dob pin url uri uuid sku".split())


def _inner_capital(word: str) -> bool:
    """A capital inside one word, as products and services write their names ("ChanServ", "GitHub"; not
    "McLeod"-like names after two letters, nor the parts of "Anna-Lena", "Anna Meier")."""
    return " " not in word and "-" not in word and any(c.isupper() for c in word[3:])


def _line_starts(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """Matches at the text's start and after each "\\n" (the second pattern starts with it)."""
    first = scan.match(patterns[0], text)
    if first is not None:
        yield first
    yield from scan.finditer(patterns[1], text)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def first_name(word: str, lexicon: NameLexicon) -> bool:
    """A listed first name typed in lower case, each part of a double one ("hans-jürgen")."""
    return all(lexicon.is_first_name(part.capitalize()) for part in word.split("-"))
