"""Review of session 30's anonymizer changes (a481bfc..b42bd2d; src/tarnkappe/privacy): names their owner's mail
address spells (person_mailboxes.py), a chat speaker's first name typed in lower case in others' lines
(person_mentions._speakers_first_names), a one-word display name that is its mailbox's function
(display_names._function_mailbox), a roster's row of repeated shift letters (field_tables, header_cells) and the
round's new role keys (field_keys).  Read as an attacker and as the user whose data it is; every name, number and
address here is invented for these tests.

Three groups:
1. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at a481bfc) are marked so.
2. LEAKS: each letter of the secret must be covered by a detected entity of the expected type.  Marked as a
   regression where a481bfc masked it, as open where it leaked there too.
3. WORK: the new rules on growing texts, counted (characters str.find/str.rfind walk over, positions the regex
   engine is handed), not timed.

Each case was checked at b42bd2d and at a481bfc (pytest --runxfail with PYTHONPATH=<worktree>/src).  Fixed in
43cafb6 (their marks removed): 19 of the regressions below and both quadratic walks; still marked: 8 mailbox cases
(5 of them "kept", see _KEPT) and the open leaks.

Over-masking: 23 REGRESSIONS -- person_mailboxes takes two words a free-mail address spells when one is rare or
listed: clubs, shops, a town, CI and monitoring bots, a syslog daemon, key=value words of a log line ('lauftreff
sihltal', 'jenkins deploy', 'Gemeinde Oberrieden', 'smartd', 'grafana channel'), pieces in another order ('nach
Bern, max' by maximilian.bernet@), any word before a spelled one as its initial ('schrieb sven olsson'); the
'notified'/'benachrichtigt' key takes a weekday; a speaker's first name that is a word is masked before ',', '!',
'?' or a line's end in others' lines ('das ernst?', 'i will,', 'eher rosa!', 'la pierre,', 'km/h max!').
Leaks: 4 REGRESSIONS -- display_names._function_mailbox drops one-word display names that are surnames and
ordinary words ('Abend <abend@>', 'Bouchon', 'Nachtigall'); 'greffier' moved into the weak ROLE_KEYS ('Greffier:
Modeste Lapin').  25 open: hyphens and apostrophes in mailbox names, a surname-only login, names of ordinary words,
short names, a record's name three lines away; speakers after 'Dr. ', '- ', '**' or before ', 18:02:'; frequent
first names only before ',!?'; French ' !'; '@karoline'; a rota's row of floors 'EG\tOG' read as a header.
Work: two REGRESSIONS, counted -- each speaker mention and each address walks its whole line (str.rfind/find).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy import anonymizer as anonymizer_module
from tarnkappe.privacy.entities import EntityType

from .review_helpers import engine_work, in_clear, masked

PERSON = EntityType.PERSON


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"regression of session 30 (readable at a481bfc): {what}")


def _lost(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"regression of session 30 (masked at a481bfc): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (leaks at a481bfc too): {what}")


# Kept after the review's fixes (session 30): two words of a club's, a shop's, a bot's mailbox that its address spells,
# one of them a rare word or a listed name, read as its owner's name. Requiring each word to be a name's, or a listed
# first name among them, lost 54 real names of the read sets ("Vroni Sonntag", "Joan March", "Sole Sobrero" beside
# their addresses) for 8 spans fewer masked for nothing; a capitalised noun before the word now keeps it readable
# ("Die Schreinerei Holzwurm" reads the pair whole).
_KEPT = pytest.mark.xfail(strict=True, reason="kept (session 30): two words a mailbox spells, one rare or listed, "
                                              "are read as a name; the stricter test lost 54 names on the read sets")


_MAILBOX_WORDS = _over(
    "person_mailboxes: a run of words its free-mail address spells is a name when one word is a listed name or rare "
    "(Zipf < 3) -- a club's, a shop's, a town's or a tool's name is rare too ('sihltal', 'nagios', 'holzwurm', "
    "'oberrieden', 'grafana', 'smartd', 'zwergli'); the lower-case display path asks no capital and no first name")
_MAILBOX_ACCIDENT = _over(
    "person_mailboxes: 'nach Bern, max' -- 'bern' and 'max' are both in 'maximilianbernet', ', ' joins the run and "
    "'Max' is a listed first name; a run that spells pieces of the local part in another order is no name")
_MAILBOX_INITIAL = _over(
    "person_mailboxes._spells: any word whose first letter sits beside a spelled word is an initial ('schrieb' + "
    "'olsson' -> 'olssons' in 'olssonsven'); ask a one-letter word or a word the local part starts with")
_NOTIFIED = _over(
    "field_keys.NAMED_ROLE_KEYS 'notified'/'benachrichtigt': a weekday under it is read as a surname (listed: "
    "Friday, Montag)")
_SPEAKER_WORD = _over(
    "person_mentions._speakers_first_names: a speaker's first name that is an ordinary word is masked in others' "
    "lines wherever ',', '!', '?' or the line's end follows -- 'das ernst?', 'eher rosa!', 'i will,' are no vocatives; "
    "ask a vocative's place (line start, after a greeting or thanks word, before the first ',')")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_mailboxes -- REGRESSIONS: function mailboxes of two words, clubs, shops, towns, tools, log lines
    pytest.param("Von: lauftreff sihltal <lauftreff.sihltal@gmail.com>\nBetreff: Training am Donnerstag\n",
                 "lauftreff sihltal", id="mailbox-club-lower-display", marks=_MAILBOX_WORDS),
    pytest.param("Von: spielgruppe zwergli <spielgruppe.zwergli@bluewin.ch>\nBetreff: Znüni-Plan\n",
                 "spielgruppe zwergli", id="mailbox-playgroup-lower-display", marks=_KEPT),
    pytest.param("pizzeria da toni <pizzeria.datoni@gmail.com>\nOrdine confermato per le 19:30\n",
                 "pizzeria da toni", id="mailbox-pizzeria-lower-display", marks=_KEPT),
    pytest.param("From: jenkins deploy <jenkins.deploy@ci.corp.example>\nSubject: build #482 failed\n",
                 "jenkins deploy", id="mailbox-ci-bot", marks=_KEPT),
    pytest.param("From: nagios alerts <nagios.alerts@gmail.com>\nSubject: PROBLEM: /var is 95% full\n",
                 "nagios alerts", id="mailbox-monitoring-bot", marks=_KEPT),
    pytest.param("From: kubernetes cronjob <cronjob.kubernetes@gmail.com>\nSubject: backup job finished\n",
                 "kubernetes cronjob", id="mailbox-cronjob-bot", marks=_MAILBOX_WORDS),
    pytest.param("Die Schreinerei Holzwurm hat geantwortet (holzwurm.schreinerei@bluewin.ch).\n",
                 "Schreinerei Holzwurm", id="mailbox-company-in-sentence", marks=_KEPT),
    pytest.param("Fragen an die Gemeinde Oberrieden: gemeinde.oberrieden@bluewin.ch\n", "Gemeinde Oberrieden",
                 id="mailbox-town"),
    pytest.param('2026-03-02T10:01:22Z level=info msg="alert sent" receiver=grafana channel=grafana.alerts@gmail.com\n',
                 "grafana channel", id="mailbox-log-key-values"),
    pytest.param("Mar 02 10:01:22 nas01 smartd[812]: Sending warning via mail to smartd.warnings@gmail.com ...\n",
                 "smartd[", id="mailbox-syslog-daemon"),
    pytest.param('git config user.name "ci runner"\ngit config user.email "ci.runner@gmail.com"\n', "ci runner",
                 id="mailbox-git-config-bot", marks=_MAILBOX_WORDS),
    pytest.param("Anreise nach Bern, max 4 Personen, Anmeldung bei maximilian.bernet@gmx.ch\n", "nach Bern, max",
                 id="mailbox-accidental-pieces"),
    pytest.param("Am 02.03.2026 um 08:10 schrieb sven olsson <olsson.sven@gmail.com>:\n", "schrieb",
                 id="mailbox-word-as-initial"),
    # ... guards (readable at both)
    pytest.param("Author: build bot <buildbot@ci.example.org>\nDate: Mon Mar 2 10:01:22 2026\n", "build bot",
                 id="mailbox-build-bot-guard"),
    pytest.param('git config user.name "build pipeline"\ngit config user.email "pipeline.build@gmail.com"\n',
                 "build pipeline", id="mailbox-pipeline-guard"),
    pytest.param("Ferienwohnung Alpenblick, alpenblick.ferien@gmx.ch, 4 Betten\n", "Alpenblick",
                 id="mailbox-holiday-flat-guard"),
    pytest.param("Bestellt über Velokurier Flitzer, velokurier.flitzer@gmail.com, Lieferung morgen.\n",
                 "Velokurier Flitzer", id="mailbox-courier-guard"),
    pytest.param("Kontakt Hotel Bellevue: bellevue.hotel@bluewin.ch\n", "Hotel Bellevue", id="mailbox-hotel-guard"),
    pytest.param("[2026-03-02 10:01] backup nas01 ok, report to nas01.backup@gmail.com\n", "backup nas01",
                 id="mailbox-backup-log-guard"),
    pytest.param("Hallo zusammen, ich die Unterlagen morgen vorbei (diedrich51@freenet.de)\n", "ich die",
                 id="mailbox-ich-die-guard"),
    # field_keys: new role keys -- REGRESSIONS and guards
    pytest.param("Ticket #4411\nstatus: closed\nnotified: Friday\n", "Friday", id="key-notified-weekday"),
    pytest.param("Störung Lift\nBenachrichtigt: Montag\n", "Montag", id="key-benachrichtigt-weekday"),
    pytest.param("officer: on duty\nshift: night\n", "on duty", id="key-officer-guard"),
    pytest.param("case officer: unassigned\n", "unassigned", id="key-case-officer-guard"),
    pytest.param("rider: none\npremium: 120.00\n", "none", id="key-rider-guard"),
    pytest.param("collector: cron\ninterval: 60s\n", "cron", id="key-collector-guard"),
    pytest.param("notified: yes\nescalated: no\n", "yes", id="key-notified-guard"),
    pytest.param("segreteria: chiusa il lunedì\n", "chiusa", id="key-segreteria-guard"),
    pytest.param("Sekretariat: geschlossen bis 6. Januar\n", "geschlossen", id="key-sekretariat-guard"),
    pytest.param("clinician: pending\n", "pending", id="key-clinician-guard"),
    pytest.param("Übersetzer: DeepL Pro\n", "DeepL Pro", id="key-translator-tool-guard"),
    # person_mentions: a speaker's first name that is a word -- REGRESSIONS
    pytest.param("Ernst Lüthi: ich komme nicht\nMia Keller: meinst du das ernst?\n", "das ernst?",
                 id="speaker-ernst"),
    pytest.param("Will Turner: can you do it?\nAmy Lee: sure, i will, tomorrow.\n", "i will,", id="speaker-will"),
    pytest.param("Rosa Keller: welche farbe?\nMia Keller: eher rosa!\n", "eher rosa!", id="speaker-rosa-colour"),
    pytest.param("Bianca Rossi: di che colore?\nSara Conti: la parete bianca?\n", "parete bianca?",
                 id="speaker-bianca-colour"),
    pytest.param("Pierre Morel: tu viens ?\nLuc Perret: je pose la pierre, j'arrive\n", "la pierre,",
                 id="speaker-pierre-stone"),
    pytest.param("Victoire Morel: alors ?\nLuc Perret: c'est une victoire!\n", "une victoire!",
                 id="speaker-victoire"),
    pytest.param("Max Frei: wie schnell?\nMia Keller: 120 km/h max!\n", "km/h max!", id="speaker-max"),
    pytest.param("Chase Miller: ok?\nTom Baker: let's cut to the chase!\n", "the chase!", id="speaker-chase"),
    # ... guards
    pytest.param("Rosa Keller: wer bringt was?\nMia Keller: ich bringe rosa servietten mit\n", "rosa servietten",
                 id="speaker-word-mid-line-guard"),
    pytest.param("Max Frei: wie viele?\nMia Keller: zehn, max.\n", "max.", id="speaker-max-period-guard"),
    # field_tables / header_cells: a roster row of repeated letters -- guard
    pytest.param("Name\tMo\tDi\tMi\nLindner, Frieda\tS\tS\tN\nPachl, Walburga\tN\tN\tS\n", "\tS\tS\tN",
                 id="roster-letters-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_FUNCTION_MAILBOX = _lost(
    "display_names._function_mailbox: a one-word display name equal to its local part that is a frequent word is "
    "taken for a function -- but a surname that is a word ('Abend', 'Bouchon', 'Nachtigall': the commit's own "
    "'Traute Abend', 'Modeste Bouchon' with the first name left out) is a person's; ask a function word list")
_GREFFIER = _lost(
    "field_keys: 'greffier'/'greffière' (PERSON_KEYS) were added to ROLE_KEYS too, so field_values reads them as a "
    "weak role key and refuses a name of ordinary words ('Modeste Lapin') it took before")
_WINDOW = _open("person_mailboxes._lines_around: two lines around the address only; a JSON record's name three keys "
                "above its mail stays in clear")
_LOGIN_SURNAME = _open(
    "person_mailboxes._spells: a word equal to the whole local part is a login unless listed -- 'ackermann77' spells "
    "'ackermann', so 'friedlinde ackermann, ackermann77@' is refused whole; the first name beside it is the "
    "difference from 'user lmattsson'")
_ORDINARY_NAME = _open(
    "person_mailboxes._spells: a name of ordinary words ('Traute Abend', 'modeste bouchon': the commit's own examples) "
    "has no owner_word, so even an address that spells both words in full does not make it a name")
_HYPHEN = _open(
    "person_mailboxes._RUN: a word stops at '-' and '’/'', and no run may start after one -- hyphenated first "
    "names ('jean-philippe' of 'jpmorand', 'hans-peter' of 'hp.ruegg'), double surnames ('meier-sutter'), "
    "'o'neill', 'dell'acqua' are not read")
_SHORT = _open("person_mailboxes._spells: one spelled word of three letters and five letters in all -- 'bo li', "
               "a lone first name 'lea' or 'an' in its own cell")
_SPEAKER_HEAD = _open(
    "person_mentions._SPEAKER_PREFIX/_SPEAKER_END: a speaker after 'Dr. ', '- ', '**', or before ', 18:02:', "
    "' - 18:02' is not read as one")
_SPEAKER_FREQUENT = _open(
    "person_mentions._speakers_first_names: a first name that is frequent (not rare_word: 'karoline') counts as "
    "an ordinary word, so only before ',', '!', '?' or the line's end -- not mid-sentence, not before '.', ' :)'")
_FRENCH_SPACE = _open("person_mentions._CALLED: French writes a space before '!' and '?' ('merci élodie !')")
_AT_MENTION = _open("person_mentions._GLUE holds '@': a chat's '@karoline' is a host's, not a mention")
_FLOORS = _open(
    "field_tables._starts_table / header_cells: a cleaning rota's row of floors 'EG\\tOG\\tEG\\tOG' has two "
    "different keys of two letters ('eg', 'og' are floor keys), so it is read as a header and ends the table")

LEAKS = [
    # display_names._function_mailbox -- REGRESSIONS
    pytest.param("Von: Abend <abend@gmx.de>\nBetreff: Rechnung März\n", "Abend", PERSON, id="display-one-word-abend"),
    pytest.param("De : Bouchon <bouchon@orange.fr>\nObjet : facture\n", "Bouchon", PERSON,
                 id="display-one-word-bouchon"),
    pytest.param('Von: "Nachtigall" <nachtigall@gmx.de>\nBetreff: Kündigung\n', "Nachtigall", PERSON,
                 id="display-one-word-quoted"),
    pytest.param("Von: Vogel <vogel@gmx.de>\n", "Vogel", PERSON, id="display-one-word-listed-guard"),
    # field_keys -- REGRESSION
    pytest.param("Greffier: Modeste Lapin\n", "Modeste Lapin", PERSON, id="key-greffier-ordinary-words"),
    pytest.param("Greffier : Aimé Boulanger\n", "Aimé Boulanger", PERSON, id="key-greffier-guard"),
    pytest.param("translator: hope baker\n", "hope baker", PERSON, id="key-translator-guard"),
    # person_mailboxes -- guards
    pytest.param('<a href="mailto:friedlinde.ackermann@gmx.de">friedlinde ackermann</a>\n', "friedlinde ackermann",
                 PERSON, id="mailbox-html-link-guard"),
    pytest.param("Rückfragen an edeltraud sommer (e.sommer@gmx.de)\n", "edeltraud sommer", PERSON,
                 id="mailbox-initial-guard"),
    pytest.param("From: seán ó súilleabháin <sean.osuilleabhain@eircom.net>\n", "seán ó súilleabháin", PERSON,
                 id="mailbox-accents-guard"),
    pytest.param("von: sepp brunner <josef.brunner@gmx.ch>\n", "sepp brunner", PERSON, id="mailbox-nickname-guard"),
    # ... near variants, open
    pytest.param('{\n  "responsible": "friedlinde ackermann",\n  "phone": "+49 171 5550123",\n  "city": "Kassel",\n'
                 '  "mail": "friedlinde.ackermann@gmx.de"\n}\n', "friedlinde ackermann", PERSON,
                 id="mailbox-json-three-keys-apart"),
    pytest.param("friedlinde ackermann, ackermann77@gmx.de\n", "friedlinde ackermann", PERSON,
                 id="mailbox-surname-login"),
    pytest.param("ackermann friedlinde;friedlinde77@gmx.de\n", "ackermann friedlinde", PERSON,
                 id="mailbox-first-name-login", marks=_LOGIN_SURNAME),
    pytest.param("Kontakt: Traute Abend, traute.abend@gmx.de\n", "Traute Abend", PERSON,
                 id="mailbox-ordinary-words-name", marks=_ORDINARY_NAME),
    pytest.param("Nachricht von modeste bouchon <modeste.bouchon@orange.fr>\n", "modeste bouchon", PERSON,
                 id="mailbox-ordinary-words-display", marks=_ORDINARY_NAME),
    pytest.param("cc: jean-philippe morand, jpmorand@bluewin.ch\n", "jean-philippe morand", PERSON,
                 id="mailbox-hyphen-initials"),
    pytest.param("De : hans-peter rüegg <hp.ruegg@bluewin.ch>\n", "hans-peter rüegg", PERSON,
                 id="mailbox-hyphen-initials-display", marks=_HYPHEN),
    pytest.param("De : hans-peter rüegg <hanspeter.rueegg@bluewin.ch>\n", "hans-peter", PERSON,
                 id="mailbox-hyphen-first-name"),
    pytest.param("Von: anna meier-sutter <anna.meiersutter@gmx.ch>\n", "anna meier-sutter", PERSON,
                 id="mailbox-double-surname"),
    pytest.param("From: mary o'neill <mary.oneill@eircom.net>\n", "mary o'neill", PERSON,
                 id="mailbox-apostrophe"),
    pytest.param("Da: maria grazia dell'acqua <mariagrazia.dellacqua@libero.it>\n", "dell'acqua", PERSON,
                 id="mailbox-elided-particle"),
    pytest.param("bo li <bo.li@gmail.com>\n", "bo li", PERSON, id="mailbox-short-name", marks=_SHORT),
    pytest.param("lea\tgerber\tlea.gerber@gmx.ch\t079 555 12 34\n", "lea", PERSON, id="mailbox-tsv-first-name",
                 marks=_SHORT),
    pytest.param("email,first,last\nnguyen.an@gmail.com,an,nguyen\n", "an,nguyen", PERSON,
                 id="mailbox-csv-short-first-name", marks=_SHORT),
    # person_mentions: a speaker's first name -- guards
    pytest.param("Gioele Bassi: chi porta la torta?\nSara Conti: grazie gioele!\n", "gioele", PERSON,
                 id="speaker-mention-guard"),
    pytest.param("[12.03.26, 17:58:03] Karoline Huber: wer bringt den kuchen?\n[12.03.26, 18:02:11] Silja Brand: "
                 "danke karoline!\n", "karoline", PERSON, id="speaker-whatsapp-ios-guard"),
    pytest.param("Anne-Sophie Rochat: qui amène le gâteau ?\nLéa Morel: merci anne-sophie !\n", "anne-sophie", PERSON,
                 id="speaker-hyphen-guard"),
    # ... near variants, open
    pytest.param("Dr. Karoline Huber: bitte die werte schicken\nSilja Brand: mach ich, karoline!\n", "karoline",
                 PERSON, id="speaker-after-title", marks=_SPEAKER_HEAD),
    pytest.param("- Karoline Huber: wer bringt den kuchen?\n- Silja Brand: danke karoline!\n", "karoline", PERSON,
                 id="speaker-after-dash", marks=_SPEAKER_HEAD),
    pytest.param("**Karoline Huber**: wer bringt den kuchen?\n**Silja Brand**: danke karoline!\n", "karoline",
                 PERSON, id="speaker-markdown-bold", marks=_SPEAKER_HEAD),
    pytest.param("Karoline Huber - 18:02\nwer bringt den kuchen?\nSilja Brand - 18:03\ndanke karoline!\n",
                 "karoline", PERSON, id="speaker-dash-time", marks=_SPEAKER_HEAD),
    pytest.param("Karoline Huber, 18:02: wer bringt den kuchen?\nSilja Brand, 18:03: danke karoline!\n", "karoline",
                 PERSON, id="speaker-comma-time", marks=_SPEAKER_HEAD),
    pytest.param("Karoline Huber: wer bringt den kuchen?\nSilja Brand: frag mal karoline wegen samstag\n", "karoline",
                 PERSON, id="speaker-frequent-name-mid-line"),
    pytest.param("Karoline Huber: wer bringt den kuchen?\nSilja Brand: danke karoline.\n", "karoline", PERSON,
                 id="speaker-frequent-name-period", marks=_SPEAKER_FREQUENT),
    pytest.param("Karoline Huber: wer bringt den kuchen?\nSilja Brand: danke karoline :)\n", "karoline", PERSON,
                 id="speaker-frequent-name-smiley"),
    pytest.param("Élodie Rochat: qui amène le gâteau ?\nLéa Morel: merci élodie !\n", "élodie", PERSON,
                 id="speaker-french-space"),
    pytest.param("Karoline Huber: wer bringt den kuchen?\nSilja Brand: @karoline ich!\n", "karoline", PERSON,
                 id="speaker-at-mention", marks=_AT_MENTION),
    # field_tables / header_cells: a roster's rows -- guard and open variant
    pytest.param("Name\tMo 20.10\tDi 21.10\tMi 22.10\nLindner, Frieda\tFD\tFD\tSD\nPachl, Walburga\tND\tND\tFD\n"
                 "Bytyqi, Besa\tSD\tSD\tND\n", "Pachl, Walburga", PERSON, id="roster-two-letter-codes-guard"),
    pytest.param("Putzplan Treppenhaus\nName\tKW 10\tKW 11\tKW 12\tKW 13\nLindner, Frieda\tEG\tOG\tEG\tOG\n"
                 "Pachl, Walburga\tOG\tEG\tOG\tEG\nBytyqi, Besa\tUG\tUG\tEG\tEG\n", "Pachl, Walburga", PERSON,
                 id="roster-floor-codes", marks=_FLOORS),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
class _Walked(str):
    """A text that counts the characters its find/rfind calls walk over (the new rules' line look-ups)."""

    walked = 0

    def find(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else min(end, len(self))
        found = str.find(self, sub, start, end)
        _Walked.walked += max(0, (found if found >= 0 else end) - start)
        return found

    def rfind(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else min(end, len(self))
        found = str.rfind(self, sub, start, end)
        _Walked.walked += max(0, end - (found if found >= 0 else start))
        return found


def _walked(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, rule: str, text: str) -> int:
    """Characters that ``rule`` (a function the anonymizer calls with the text first) walks over in find/rfind."""
    original = getattr(anonymizer_module, rule)
    monkeypatch.setattr(anonymizer_module, rule, lambda text, *rest: original(_Walked(text), *rest))
    _Walked.walked = 0
    anonymizer.detect(text)
    monkeypatch.setattr(anonymizer_module, rule, original)
    return _Walked.walked


def test_new_patterns_grow_linearly(anonymizer: Anonymizer) -> None:
    """The new patterns' regex work on repeated shapes (scan.METER: positions handed to the engine)."""
    unit = ("anna meier <anna.meier@x.ch>\nrobert diallo,rdiallo@x.fr,\nvon der au \nStella  17:42\n"
            "danke stella! \nMike F.: kann jemand?\nName\tS\tS\tN\tN\nnotified: yes\n")
    small, large = engine_work(anonymizer, unit * 100), engine_work(anonymizer, unit * 400)
    assert 0 < large <= 4.5 * small


def test_mailbox_look_ups_grow_linearly_over_many_lines(anonymizer: Anonymizer,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """One address a line: each address's five lines are short, the walk stays proportional."""
    unit = "valon hyseni <valon.hyseni18@outlook.com>\nnotiz\n"
    small = _walked(anonymizer, monkeypatch, "names_spelled_by_addresses", unit * 30)
    large = _walked(anonymizer, monkeypatch, "names_spelled_by_addresses", unit * 120)
    assert 0 < large <= 5 * small


def test_mailbox_look_ups_grow_linearly_on_one_line(anonymizer: Anonymizer,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    unit = "anna meier anna.meier@gmx.ch, "
    small = _walked(anonymizer, monkeypatch, "names_spelled_by_addresses", "liste: " + unit * 30 + "\n")
    large = _walked(anonymizer, monkeypatch, "names_spelled_by_addresses", "liste: " + unit * 120 + "\n")
    assert 0 < large <= 5 * small


def test_speaker_look_ups_grow_linearly_over_many_lines(anonymizer: Anonymizer,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A speaker's first name called in many short lines: one look back per line."""
    head = "Wiebke Sommer: hallo\n"
    small = _walked(anonymizer, monkeypatch, "lower_case_mentions", head + "Tim Baker: danke wiebke!\n" * 60)
    large = _walked(anonymizer, monkeypatch, "lower_case_mentions", head + "Tim Baker: danke wiebke!\n" * 240)
    assert 0 < large <= 5 * small


def test_speaker_look_ups_grow_linearly_on_one_line(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch) -> None:
    head = "Wiebke Sommer: hallo\nTim Baker: "
    small = _walked(anonymizer, monkeypatch, "lower_case_mentions", head + "danke wiebke! " * 120 + "\n")
    large = _walked(anonymizer, monkeypatch, "lower_case_mentions", head + "danke wiebke! " * 480 + "\n")
    assert 0 < large <= 5 * small
