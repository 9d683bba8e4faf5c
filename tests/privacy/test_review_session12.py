"""An attacker's review of session 12's privacy changes (transcripts and lower-case lines read as
chats, spelled-out e-mail addresses, dates of birth of family trees, names before '(* date)',
couples, several form pairs on one line, logfmt values with spaces, the LaTeX view): the slow
shapes and leaks found, one test each.  Texts written for these tests."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, Vault
from tarnkappe.privacy.chats import chat_entities
from tarnkappe.privacy.detectors import scan
from tarnkappe.privacy.detectors.fields import FieldDetector
from tarnkappe.privacy.names import load_lexicon
from tarnkappe.privacy.normalize import detection_text


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _masked(anonymizer: Anonymizer, text: str) -> str:
    vault = Vault()
    masked = anonymizer.mask(text, vault)
    assert vault.restore(masked) == text
    return masked


class _ReadCountingStr(str):
    """A text that counts the characters read by the calls made on it: slices and ``find`` /
    ``rfind`` (no regex: the scan meter does not see them)."""

    read = 0

    def __getitem__(self, key):  # type: ignore[override]
        part = str.__getitem__(self, key)
        _ReadCountingStr.read += len(part)
        return part

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        start = 0 if start is None else start
        end = len(self) if end is None else end
        found = str.find(self, sub, start, end)
        _ReadCountingStr.read += max(0, (end if found < 0 else found + len(sub)) - start)
        return found

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        start = 0 if start is None else start
        end = len(self) if end is None else end
        found = str.rfind(self, sub, start, end)
        _ReadCountingStr.read += max(0, end - (start if found < 0 else found))
        return found


def _read_per_char(run, text: str) -> float:
    counting = _ReadCountingStr(text)
    _ReadCountingStr.read = 0
    run(counting)
    return _ReadCountingStr.read / len(text)


# -- linear time -------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["hi anna ", "frau meier ", "lg otto und "])
def test_a_long_lower_case_line_is_read_once(unit: str) -> None:
    # each listed first name of a lower-case line looked for the line's end up to the message's
    # end: one line of "hi anna " x 400,000 (3.2 MB) took 24 s, 3.9x the time of 1.6 MB
    lexicon = load_lexicon()
    for n in (500, 2000):
        per_char = _read_per_char(lambda t: chat_entities(t, [], lexicon), unit * n)
        assert per_char <= 20, (n, per_char)


@pytest.mark.parametrize("unit", ["Name: Anna\n", "Name:\tAnna\t", "NOM : UCHE   PRÉNOM : CHARITY   ",
                                  "Kind: Anna Meier, 12.03.2015\n"])
def test_a_form_of_many_name_fields_is_read_once(unit: str) -> None:
    # a name's value without ", " sliced text[-1 + 2:end] -- the text from its start -- to look for a
    # town after a comma: 400 KB of "Name: Anna\n" read ~3,600 characters per character
    detector = FieldDetector(load_lexicon())
    for n in (500, 2000):
        per_char = _read_per_char(lambda t: list(detector.detect(t)), unit * n)
        assert per_char <= 60, (n, per_char)


@pytest.mark.parametrize("unit", ["\tName:", "   NOM : ", "NOM : X   "])
def test_the_pairs_of_a_line_are_found_by_one_scan(unit: str) -> None:
    # one search per gap to the line's end: "\tName:" x 800 handed the engine 316 positions a character
    detector = FieldDetector(load_lexicon())
    text = unit * 800
    scan.METER.on, scan.METER.positions = True, 0
    try:
        list(detector.detect(text))
    finally:
        scan.METER.on = False
    assert scan.METER.positions <= 20 * len(text)


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


# -- e-mail addresses spelled out ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "email"),
    [
        # German writes the noun "Punkt" capitalised; transcripts capitalise the words or shout them
        ("Meine Adresse ist Amy Punkt Walder at Gmail Punkt com.", "Amy Punkt Walder at Gmail Punkt com"),
        ("Adresse: AMY PUNKT WALDER AT GMAIL PUNKT COM", "AMY PUNKT WALDER AT GMAIL PUNKT COM"),
        ("schreib mir an amy punkt walder at-zeichen gmx punkt de", "amy punkt walder at-zeichen gmx punkt de"),
        ("die adresse lautet amy punkt walder @ gmail punkt com", "amy punkt walder @ gmail punkt com"),
        # hidden from harvesters, as web pages and signatures write it
        ("Kontakt: amy.walder (at) gmail (dot) com", "amy.walder (at) gmail (dot) com"),
        ("Kontakt: amy.walder [at] gmail [dot] com", "amy.walder [at] gmail [dot] com"),
        ("Kontakt: amy.walder(at)gmail.com", "amy.walder(at)gmail.com"),
        ("Kontakt: amy.walder at gmail.com", "amy.walder at gmail.com"),
        # one word before "at", no e-mail word: a mail provider's domain
        ("sure, it's walder at gmail dot com", "walder at gmail dot com"),
    ],
)
def test_a_spelled_out_address_in_other_cases_and_brackets_is_masked(anonymizer: Anonymizer, text: str,
                                                                    email: str) -> None:
    # only lower-case "punkt", "dot", "at" between spaces were read: each of these was left in clear
    assert email in _of(anonymizer, text, "EMAIL")


@pytest.mark.parametrize(
    "text",
    ["I looked at gmail.com yesterday.", "The config.yaml at github.com is outdated.",
     "y = weights.T @ inputs.mean(axis=0)", "Wir sehen uns at Punkt acht Uhr.", "We met at the point of sale."],
)
def test_at_before_a_written_domain_or_an_operator_is_no_address(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "EMAIL") == []


# -- transcripts ------------------------------------------------------------------------------

_TURNS = (("Okonkwo, Chidinma", "Guten Tag, ich ziehe um."), ("Brunner, Reto", "Gern. Ihr Geburtsdatum?"),
          ("Okonkwo, Chidinma", "Das ist der 19.08.1983."))


@pytest.mark.parametrize(
    "line",
    ["[00:01:{s}.120] {name}: {said}", "00:01:{s},120 {name}: {said}", "(00:01:{s}) {name}: {said}",
     "00:01:{s}\t{name}: {said}", "{name} (00:01:{s}): {said}",
     "{name} [00:01:{s}]: {said}", "00:00:{s}.000 --> 00:00:{s}.900\n<v {name}>{said}</v>\n",
     "00:00:{s}.000 --> 00:00:{s}.900\n{name}: {said}\n"],
)
def test_transcript_speakers_with_other_time_stamps_are_names(anonymizer: Anonymizer, line: str) -> None:
    # only "[00:01:44] Name: …" and "00:01:44 Name: …" were read: milliseconds, parentheses, a tab
    # after the time, the time after the speaker, and WebVTT cues left the speakers (of
    # names no list knows) and the date of birth answered in clear
    text = "\n".join(line.format(s=10 + 10 * k, name=name, said=said) for k, (name, said) in enumerate(_TURNS))
    masked = _masked(anonymizer, text)
    assert "Okonkwo" not in masked and "Chidinma" not in masked and "19.08.1983" not in masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("12:30:01.123 - Main: started\n12:30:02.456 - Main: done\n", "Main"),
        ("00:00:01.000 --> 00:00:04.000\nMusic: intro\n\n00:00:05.000 --> 00:00:08.000\nMusic: outro\n", "Music"),
        ("Abfahrt Bern (08:15): Gleis 7\nAnkunft Zürich (10:40): Gleis 12\n", "Abfahrt"),
    ],
)
def test_a_log_a_subtitle_or_a_timetable_has_no_speakers(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in " ".join(_of(anonymizer, text, "PERSON"))


# -- escaped letters -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # Python's json.dumps escapes every letter outside ASCII; only a name field's value was decoded
        ('{"message": "Hallo J\\u00fcrgen M\\u00fcller, Ihr Termin ist best\\u00e4tigt."}', ["J\\u00fcrgen"]),
        ('{"note": "wohnt an der Bahnhofstra\\u00dfe 12, 8001 Z\\u00fcrich"}', ["Bahnhofstra\\u00dfe", "Z\\u00fcrich"]),
        ('{"text": "Kontakt: Ren\\u00e9 Kr\\u00e4henb\\u00fchl, geboren am 14.02.1978"}', ["Kr\\u00e4henb\\u00fchl"]),
        ("<p>Sehr geehrter Herr M&uuml;ller, Frau Kr&auml;henb&uuml;hl</p>", ["M&uuml;ller", "hl</p>"]),
        ("<p>Sehr geehrte Frau Zb&#x119;&#263;ka-W&#243;jcik</p>", ["jcik"]),
        ("<td>Anna&nbsp;Okonkwo</td>", ["Okonkwo"]),
    ],
)
def test_letters_written_as_json_or_html_escapes_are_read(anonymizer: Anonymizer, text: str,
                                                          secrets: list[str]) -> None:
    masked = _masked(anonymizer, text)
    for secret in secrets:
        assert secret not in masked


def test_escapes_of_other_characters_stay_as_written(anonymizer: Anonymizer) -> None:
    text = 'Q&amp;A with R&amp;D: {"a": "x\\u0022y"}, see https://example.ch/?a=1&b=2'
    assert [e.type for e in anonymizer.detect(text)] == ["URL"]


# -- families, ages, log fields -----------------------------------------------------------------
# The rules are tested alone: the learned model catches some of these names (not "Ehepaar Okonkwo",
# "Kofi (24ans, …)"), but a model's guess is no rule's guarantee.

@pytest.fixture(scope="module")
def rules_only() -> Anonymizer:
    return Anonymizer(PrivacyConfig(learned_names=False))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Einladung an Fam. Okonkwo und Fam. Tshabalala-Nkosi.", ["Okonkwo", "Tshabalala-Nkosi"]),
        ("Es gratulieren das Ehepaar Okonkwo und die Eheleute Tshabalala.", ["Okonkwo", "Tshabalala"]),
        ("Nous invitons les époux Okonkwo.", ["Okonkwo"]),
        ("Invitiamo i coniugi Okonkwo.", ["Okonkwo"]),
    ],
)
def test_a_family_abbreviated_or_a_couple_is_a_name(rules_only: Anonymizer, text: str, names: list[str]) -> None:
    # "Familie X" was read, "Fam. X" and the couples of cards and invitations were not
    masked = _masked(rules_only, text)
    for name in names:
        assert name not in masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wir: Temidayo (31J., Lehrer) und Chidi (29 J)", "Temidayo"),
        ("Nous : Kofi (24ans, infirmier)", "Kofi"),
        ("We: Chidi (24yo, nurse)", "Chidi"),
    ],
)
def test_a_first_name_with_its_age_written_without_a_space_is_a_name(rules_only: Anonymizer, text: str,
                                                                     name: str) -> None:
    assert name not in _masked(rules_only, text)


@pytest.mark.parametrize("key", ["user.full_name", "customer.name", "event.user.name"])
def test_a_dotted_log_key_is_read_by_its_last_part(rules_only: Anonymizer, key: str) -> None:
    # "user.full_name=…" was no key (a "." before the key's start), and the value of the key before it
    # ran on over "user.full_name" as if it were words of its value
    text = f"ts=2026-12-05T10:02:03Z level=info {key}=Chidinma Okonkwo msg=login"
    masked = _masked(rules_only, text)
    assert "Chidinma" not in masked and "Okonkwo" not in masked
    assert "level=info " in masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Famille Migoń (enfants : François et Jean-Pierre)", ["François", "Jean-Pierre"]),
        ("Famille Okonkwo (enfants : Chidi et Amara-Nkechi)", ["Amara-Nkechi"]),
    ],
)
def test_the_last_two_children_joined_by_a_word_are_names(anonymizer: Anonymizer, text: str,
                                                          names: list[str]) -> None:
    # the list was split at commas only: "François et Jean-Pierre" was one item of three words and
    # skipped (with the learned model on too); a hyphenated first name no list has whole was no name
    masked = _masked(anonymizer, text)
    for name in names:
        assert name not in masked


def test_a_thing_in_the_list_of_children_is_no_name(rules_only: Anonymizer) -> None:
    assert "PERSON" not in _masked(rules_only, "Haushalt: 2 Personen (Kinder: keine und Hund)")


# -- over-masking ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["cp = 12\nx = 3\n", "timeout=30 cp=12 retries=3", "cap = 3\n", "zip=123"])
def test_a_short_number_under_a_postcode_key_is_no_address(rules_only: Anonymizer, text: str) -> None:
    # "cp" (code postal, new in session 12) is a variable of code as often: "cp = 12" was an ADDRESS
    assert "ADDRESS" not in _masked(rules_only, text)


@pytest.mark.parametrize("text", ["CP : 75011", "PLZ: 8001", "cp_ville: 75011 Paris"])
def test_a_postcode_under_its_key_is_still_an_address(rules_only: Anonymizer, text: str) -> None:
    assert "ADDRESS" in _masked(rules_only, text)


# -- LaTeX ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ('\\address{Hans M\\"{u}ller\\\\Dorfstrasse 109\\\\8004 Z\\"{u}rich}', ["rich}"]),
        ('\\address{Hans M{\\"u}ller\\\\Dorfstrasse 109\\\\8004 Z{\\"u}rich}', ["rich}"]),
        ('\\address{Hans Meier\\\\Bahnhofstra\\ss{}e 12\\\\8001 Z\\"urich}', ["Bahnhofstra", "rich}"]),
        ("\\address{Fran\\c{c}ois Dupont\\\\12 rue de la Gare\\\\1003 Lausanne}", ["ois Dupont"]),
        ('Hans M\\"uller\\newline Dorfstrasse 109\\newline 8004 Z\\"urich', ["rich", "8004"]),
        ("\\address{Hans Meier\\\\Dorfstrasse 109\\\\[2pt]8004 Uster}", ["Uster"]),
    ],
)
def test_latex_accents_letters_and_line_breaks_in_other_forms_are_read(anonymizer: Anonymizer, text: str,
                                                                      secrets: list[str]) -> None:
    # the address view read '\\"u' and '\\\\' only: the town after '\\"{u}', a street with '\\ss{}',
    # 'Fran\\c{c}ois' (cut at the command), a line broken by '\\newline' or '\\\\[2pt]' were left in clear
    masked = _masked(anonymizer, text)
    for secret in secrets:
        assert secret not in masked


@pytest.mark.parametrize(
    "text",
    [
        # code escapes the backslash of LaTeX's commands: no LaTeX, and "\\\\item[" is no line break
        "label = r'\\textbf{Result}'\ndadd('\\\\item[]{{}\\\\verb@%s@{}}' % name)\nreturn NULL;\n",
        "doc = 'the ratio \\\\frac{a}{b} of C:\\\\Users\\\\Hans'\n",
    ],
)
def test_latex_written_inside_code_is_read_as_written(text: str) -> None:
    assert detection_text(text) is None


def test_a_couple_joined_by_a_plus_is_named(rules_only: Anonymizer) -> None:
    # "&" was read, "+" (as wedding cards write it) was not
    masked = _masked(rules_only, "Wir heiraten! Leonore + Lothar, 12.09.2027")
    assert "Leonore" not in masked and "Lothar" not in masked
    assert "PERSON" not in _masked(rules_only, "Total: 3 + 4 = 7, Lunch + Dinner")
