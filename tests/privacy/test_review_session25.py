"""Review of session 25's anonymizer changes (2ad7498, 068a724, e649385, 61753c4; src/tarnkappe/privacy): a
thing's, a place's or a firm's key drops the PERSON that begins its value (thing_names.py: THING_KEYS, PLACE_KEYS,
FIRM_KEYS -- course, class, title, role, purpose, event, room, where, employer, insurer ...), a name found alone is
widened over the capitalised word that ends the item and weekdays after a listed first name are surnames
(person_spans._widened, _WEEKDAY_SURNAMES), duty rosters' keys (field_keys: 'Einsatzleitung', 'Dienst' ...), a
number as a chat message's speaker (chat_layouts._NUMBER_SPEAKER), introductions with a filler word or before a
dash and a capitalised word after a listed first name as its surname (chats._INTRO, _intro_end), scouts' names
(field_keys 'Pfadiname'/'Totem', person_asides._CONTACT_IN_PARENTHESES).  Read as an attacker and as the user whose
data it is; every name, number and address here is invented for these tests.

Two groups:
1. LEAKS: a personal value in a new shape or a near variant of one (separator, language, case, word order); each of
   its letters and digits must be covered by a detected entity of the expected type.  Regressions (masked at
   96e1135, sent in clear now) are marked so in their reason; the others are gaps next to the new rules.
2. OVER-MASKING: ordinary text a new rule now masks; the words must stay as written.

Written with 59 cases (43 leaks, 16 over-masking), checked at 61753c4 and at 96e1135 (pytest --runxfail with
PYTHONPATH=/tmp/base/src).  Leaks: 19 REGRESSIONS, all of thing_names.py (the one rule that drops detections),
each masked at 96e1135: a sole trader's or a household's surname under an employer's key ('Arbeitgeber:
Tschümperlin', 'Employer: O'Brien', 'Arbeitgeber: Yılmaz', 'Datore di lavoro: Pedrazzini'), a surname with a
particle ('von Arx', 'de Courten', 'van der Merwe'), a class or a course named by its teacher ('Klasse: Huwyler',
'Cours : Rochat (mardi 18h)'), someone's home or office as a place or a room ('Where: Okafor's flat', 'Luogo: da
Bernasconi', 'Ort: Zgraggens Wohnung'), a role, a payment's purpose -- and, worst, a surname dropped under the
thing's key while the same person is masked on the next line or in the next cell (the employer's contact person,
the patient of a JSON record titled with the surname, the teacher of the class column): the dropped span escapes
the vault's consistent masking, so the placeholder's identity is sent beside it.  Open gaps (fail at 96e1135 too):
15 -- 5 next to thing_names, 4 of the parentheses' contact, 5 of the chats' introductions, 1 widening.  Regression
guards: 9 leaks the new rules mask (all sent in clear at 96e1135).
Over-masking: 9 REGRESSIONS, readable at 96e1135 (a weekday after a first name before a comma or the line's end,
duty keys over a firm, a scouts' unit or a job title, an ordinary word in parentheses after a role's word or the
French 'Standard', a weather word that is also a surname before a dash in a chat) and 7 guards (one, 'Krankenkasse:
Sanitas', masked at 96e1135 and readable now).

Speed: no super-linear cost found -- 25 KB -> 100 KB (and 50/200/400 KB for the slowest) of Telegram and Teams
chats with number speakers, long runs of digit groups and separators with no time after them, '(Name, +41 ...)'
asides and nested parentheses, intros with fillers and dashes, things' labels and tables (Nom;Prénom;Employeur),
a thing's label on a 2,000-character line and widened names: start positions per character (scan.METER) constant
(26-58), time 3.3x-4.7x per 4x.  thing_names._thing reads each entity's line forwards without a bound, but only
for entities within 200 characters of the line's start (at most ~40 per line): linear.

Fixed in session 25 after the review (the marks taken off): all 19 leak regressions -- under a thing's, a
place's or a firm's key a word of a full name elsewhere in the text, a value that begins with a particle, an
apostrophe's surname ("O'Brien") or a word shaped as a surname (no list's or dictionary's word, no German
compound, no town) that stands there once stays masked (thing_names._surname_like, _Seen) -- and all 9
over-masking regressions (a weekday is a surname only on a mail header's line or a line the name begins; the
generic 'Projekt-/Gruppen-/Team-/Stationsleitung' out of the duty keys; label words, apps and roles are no name in
parentheses; before a dash an introduction takes a rare word or one whose message says it has a new number).  Kept
on purpose: 'Krankenkasse: Sanitas' stays masked (a surname's shape once, as a sole trader's).  Four of the 15 gaps
fixed too ("It's me, X", "c'est moi, X", "Ich bin's – X", a dash that ends "bin's, X" before a capitalised word);
11 open.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType

from .review_helpers import in_clear, masked

PERSON = EntityType.PERSON


# a WhatsApp export: a question, the answer {a} from {who}, a thanks
WA = "[12.03.26, 19:02:11] Romina Gritti: {q}\n[12.03.26, 19:03:40] {who}: {a}\n[12.03.26, 19:04:02] Romina Gritti: ok"
NEW_NUMBER = "+41 79 555 12 34"
# a Telegram desktop copy whose second message comes from a number not in the contacts
TELEGRAM = "Romina Gritti, [15.11.2026 13:55]\n{q}\n\n+41 77 812 33 76, [15.11.2026 13:58]\n{a}\n"


def _regression(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of session 25 (masked at 96e1135): {what}")


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of session 25 (readable at 96e1135): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at 96e1135 too): {what}")


_FIRM_SURNAME = "thing_names.FIRM_KEYS drops a surname no list has (a sole trader or a household is a person)"
_PARTICLE = "thing_names._things_key: a particle is an ordinary word, so 'von Arx' reads as a thing's name"
_CLASS = "thing_names.THING_KEYS 'klasse'/'kurs'/'cours': a class or a course is named by its teacher"
_GENITIVE = "thing_names: someone's home or office under a place's or room's key ('X's flat', 'Zgraggens Wohnung')"

# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # thing_names.py -- REGRESSIONS, the worst first: the surname dropped under a thing's key is sent in clear
    # beside the placeholder of the same person masked on the next line or in the next cell
    pytest.param("Arbeitsvertrag Reinigungskraft\nArbeitgeber: Tschümperlin\nKontaktperson: Kurt Tschümperlin\n"
                 "Arbeitnehmerin: Lea Imfeld", "Tschümperlin", PERSON, id="thing-employer-surname-of-contact"),
    pytest.param('{\n  "title": "O\'Brien – discharge letter",\n  "patient": "Sean O\'Brien"\n}', "O'Brien", PERSON,
                 id="thing-json-title-patient-surname"),
    pytest.param("Kind;Klasse;Lehrperson\nLea Imfeld;Huwyler;Petra Huwyler", "Huwyler", PERSON,
                 id="thing-class-column-teacher-masked-beside"),
    # sole traders and households as employers (nannies, cleaners, au pairs, a reference letter)
    pytest.param("Lohnausweis 2026\nName: Res Imfeld\nArbeitgeber: Tschümperlin", "Tschümperlin", PERSON,
                 id="thing-employer-sole-trader"),
    pytest.param("Reference letter\nEmployee: Thandi Mokoena\nEmployer: O'Brien\nPosition: nanny, 2024-2026",
                 "O'Brien", PERSON, id="thing-employer-english-household"),
    pytest.param("Personalien\nName: Lea Imfeld\nArbeitgeber: Yılmaz", "Yılmaz", PERSON,
                 id="thing-employer-turkish-surname"),
    pytest.param("Datore di lavoro: Pedrazzini\nDipendente: Chiara Bernasconi", "Pedrazzini", PERSON,
                 id="thing-datore-di-lavoro-surname"),
    # surnames with a particle
    pytest.param("Arbeitgeber: von Arx\nAngestellte: Lea Imfeld", "Arx", PERSON, id="thing-employer-von"),
    pytest.param("Salarié;Employeur;Début\nNoémie Curchod;de Courten;01.08.2026", "Courten", PERSON,
                 id="thing-employeur-column-de"),
    pytest.param("- name: Thandi Mokoena\n  employer: van der Merwe\n  insurer: Visana", "Merwe", PERSON,
                 id="thing-employer-yaml-van-der"),
    # a class or a course by its teacher
    pytest.param("Elternbrief\nKind: Lea Imfeld\nKlasse: Tschümperlin", "Tschümperlin", PERSON,
                 id="thing-klasse-label"),
    pytest.param("| Kind | Kurs | Tag |\n|---|---|---|\n| Lea Imfeld | Huwyler | Di |", "Huwyler", PERSON,
                 id="thing-kurs-markdown-column"),
    pytest.param("Elève : Hugo Curchod\nCours : Rochat (mardi 18h)", "Rochat", PERSON, id="thing-cours-teacher-fr"),
    # someone's home or office as the place or the room; 'da X' (Italian: at X's)
    pytest.param("Book club\nWhen: Thursday 7pm\nWhere: Okafor's flat", "Okafor", PERSON,
                 id="thing-where-genitive"),
    pytest.param("Wir treffen uns Samstag.\nOrt: Zgraggens Wohnung", "Zgraggen", PERSON,
                 id="thing-ort-genitive-de"),
    pytest.param("Room: Tschümperlin's office", "Tschümperlin", PERSON, id="thing-room-genitive"),
    pytest.param("Cena di classe\nData: 14 marzo\nLuogo: da Bernasconi", "Bernasconi", PERSON,
                 id="thing-luogo-da"),
    # a role, a payment's purpose that begins with a surname
    pytest.param("Role: O'Brien's deputy", "O'Brien", PERSON, id="thing-role-genitive"),
    pytest.param("Transfer\nAmount: 1,450.00\nPurpose: O'Brien rent March", "O'Brien", PERSON,
                 id="thing-purpose-tenant"),
    # thing_names.py -- open gaps next to the rule (the learned model misses these values at 96e1135 too)
    pytest.param("Employer: O'Brien family", "O'Brien", PERSON, id="thing-employer-family-en",
                 marks=_open("a household as an employer, the surname before 'family'")),
    pytest.param("Arbeitgeber: Tschümperlin (Privathaushalt)", "Tschümperlin", PERSON,
                 id="thing-employer-private-household"),  # (a role's holder by a rare name since session 36)
    pytest.param("Zweck: Tschümperlin Miete März", "Tschümperlin", PERSON, id="thing-zweck-tenant",
                 marks=_open("a payment's purpose that begins with an unlisted surname")),
    pytest.param("Event: O'Brien wedding, 12 June", "O'Brien", PERSON, id="thing-event-wedding",
                 marks=_open("an event named after a family")),
    pytest.param("Bildtitel: Tschümperlin beim Heuen", "Tschümperlin", PERSON, id="thing-photo-title-person",
                 marks=_open("a photo's title that begins with who is on it")),
    # person_asides._CONTACT_IN_PARENTHESES (61753c4) -- guards
    pytest.param("Anmeldung bis 30. April an die Abteilungsleitung (Zwirbel, +41 77 279 03 46).", "Zwirbel", PERSON,
                 id="aside-scout-name-before-phone"),
    pytest.param("Questions? Ask the group leader (Badger, 07700 900123).", "Badger", PERSON,
                 id="aside-group-leader-en"),
    pytest.param("Inscriptions auprès de la cheftaine (Castor, 079 412 33 90).", "Castor", PERSON,
                 id="aside-cheftaine-fr"),
    pytest.param("Name;Vorname;Pfadiname;Stufe\nImfeld;Lea;Biber;Wölfe", "Biber", PERSON, id="scout-name-column"),
    # ... gaps: 'Tel.' before the number, more after it, a unit's name after the role, 'v/o' (vulgo)
    pytest.param("Anmeldung an die Abteilungsleitung (Zwirbel, Tel. +41 77 279 03 46).", "Zwirbel", PERSON,
                 id="aside-scout-name-tel-before-phone", marks=_open("a 'Tel.' between the comma and the number")),
    pytest.param("Anmeldung an die Abteilungsleitung (Zwirbel, +41 77 279 03 46, ab 18 Uhr).", "Zwirbel", PERSON,
                 id="aside-scout-name-more-after-phone", marks=_open("the number must close the parentheses")),
    pytest.param("Bei Fragen: Stufenleiterin Wölfe (Biber, 079 412 33 90)", "Biber", PERSON,
                 id="aside-scout-name-after-unit", marks=_open("the unit's name after the role's word hides the role")),
    pytest.param("Leiter: Res Imfeld v/o Biber", "Biber", PERSON, id="scout-name-vulgo"),  # (person_nicknames.py)
    # chats (e649385, 61753c4) -- guards: a number heads a Telegram message; the introductions before a dash
    pytest.param(TELEGRAM.format(q="hallo zusammen, wer bringt den grill?",
                                 a="sono Gioacchino Forza, il vicino del terzo piano"), "Gioacchino Forza", PERSON,
                 id="chat-number-speaker-intro-surname"),
    pytest.param(WA.format(q="wer ist das?", who=NEW_NUMBER, a="bin's, Yuliia – neues handy"), "Yuliia", PERSON,
                 id="chat-bins-before-dash"),
    pytest.param(WA.format(q="wer ist das?", who=NEW_NUMBER, a="hier Kurt – bin ab jetzt unter dieser Nummer"),
                 "Kurt", PERSON, id="chat-hier-before-dash"),
    # ... gaps: an unlisted name before a dash in a message with another capital, the name after the dash,
    # English and French 'it's me, X', a lower-case surname after a listed first name
    pytest.param(WA.format(q="wer ist das?", who=NEW_NUMBER, a="bin's, Yuliia – neues Handy"), "Yuliia", PERSON,
                 id="chat-bins-before-dash-capital-after"),
    pytest.param(WA.format(q="wer ist das?", who=NEW_NUMBER, a="Ich bin's – Yuliia, neues Handy"), "Yuliia", PERSON,
                 id="chat-bins-dash-before-name"),
    pytest.param(WA.format(q="who is this?", who=NEW_NUMBER, a="It's me, Yuliia – new phone"), "Yuliia", PERSON,
                 id="chat-its-me-en"),
    pytest.param(WA.format(q="qui est-ce ?", who=NEW_NUMBER, a="c'est moi, Aimé – nouveau numéro"), "Aimé", PERSON,
                 id="chat-cest-moi-fr"),
    pytest.param("Romina Gritti  13:55\nwer kommt heute?\n\n0680-176605  13:58\nsono gioacchino forza, il vicino",
                 "forza", PERSON, id="chat-number-speaker-lower-surname",
                 marks=_open("_intro_end takes an ordinary word as the surname only when both are capitalised")),
    # person_spans._widened (068a724) -- guards: the surname widened where it ends the item; gap: mid-sentence
    pytest.param("Von: Xaver Sonntag\nBetreff: Schlüssel", "Xaver Sonntag", PERSON, id="widen-weekday-surname"),
    pytest.param("Dr. med. Murat Frei\nFacharzt für Allgemeine Innere Medizin", "Murat Frei", PERSON,
                 id="widen-ordinary-surname-line-end"),
    pytest.param("Dr. med. Murat Frei hat den Bericht geschickt.", "Frei", PERSON, id="widen-ordinary-surname-mid"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_spans._WEEKDAY_SURNAMES (068a724) -- REGRESSIONS: the day of an appointment masked as a surname
    pytest.param("Termin mit Peter Montag, 10 Uhr", "Montag", id="widen-weekday-appointment"),
    pytest.param("Treffpunkt mit Anna Samstag\num 9 beim Bahnhof", "Samstag", id="widen-weekday-line-end"),
    # field_keys ROLE_KEYS 'projektleitung', 'gruppenleitung', 'stationsleitung' (068a724) -- REGRESSIONS
    pytest.param("Projektleitung: Siemens Schweiz", "Siemens Schweiz", id="duty-key-firm"),
    pytest.param("Gruppenleitung: Stufe Wölfe", "Stufe Wölfe", id="duty-key-scout-unit"),
    pytest.param("Stationsleitung: Pflegefachfrau HF", "Pflegefachfrau HF", id="duty-key-job-title"),
    # person_asides._contact_in_parentheses (61753c4) -- REGRESSIONS: after a role's word any capitalised word
    # passes; the French switchboard
    pytest.param("Kursleitung (Notfälle, 079 555 12 34)", "Notfälle", id="aside-role-then-emergencies"),
    pytest.param("Teamleitung (WhatsApp, 079 555 12 34)", "WhatsApp", id="aside-role-then-whatsapp"),
    pytest.param("Bureau de la direction (Standard, 021 555 12 34)", "Standard", id="aside-standard-fr"),
    # chats._INTRO before a dash (61753c4) -- REGRESSION: a weather word that is a surname too
    pytest.param(WA.format(q="wie ist das Wetter bei dir?", who="Kurt Imfeld", a="hier Winter – minus zehn Grad"),
                 "Winter", id="chat-hier-weather-before-dash"),
    # guards: what the new rules leave readable
    pytest.param("Res Imfeld (Natel, 079 555 12 34)", "Natel", id="aside-natel"),
    pytest.param("Segreteria (Centralino, 091 555 12 34)", "Centralino", id="aside-centralino"),
    pytest.param(WA.format(q="wo bist du?", who="Kurt Imfeld", a="hier Stau – komme später"), "Stau",
                 id="chat-hier-stau-before-dash"),
    pytest.param(WA.format(q="wo bist du?", who="Kurt Imfeld", a="bin Homeoffice – schreib mir"), "Homeoffice",
                 id="chat-bin-homeoffice-before-dash"),
    pytest.param("Dienst: Nachtdienst\nEingesetzt: 4 Fahrzeuge, 12 Personen", "4 Fahrzeuge, 12 Personen",
                 id="duty-key-vehicles"),
    pytest.param("Zählerstände\nStand 001234567  12.03.2026 07:45\nWasser ok\nStand 001234568  13.03.2026 07:50",
                 "Wasser ok", id="number-speaker-meter-log"),
    pytest.param("Krankenkasse: Sanitas\nEmployer: Novartis\nKurs: Aquarell für Anfänger\nRaum: Aula", "Sanitas",
                 id="thing-insurer-readable",
                 marks=pytest.mark.xfail(strict=True, reason="kept (session 25, after this review): a word shaped as a "
                                         "surname under a firm's key once stays masked -- a sole trader, a household "
                                         "as employer ('Arbeitgeber: Tschümperlin') read the same; privacy first")),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)
