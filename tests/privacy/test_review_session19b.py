"""Review of session 19b (34dfaa5..bf1ead9: dates of birth in chats about birthdays, JSON objects of a
birth, birth asides in header cells, name asides, German role nouns before a first name, couples,
notes' authors, form values, dates after a place in parentheses, a table cell's first word, cards
and phones at a column's gap, titles with particles in lower-case chats), read as an attacker and
as the person whose data it is.  Texts written for these tests (no evaluation data read).

Each test says in its comment whether it FAILS at HEAD (a leak, an over-masking or unbounded work;
"new" where 34dfaa5 did it right, "gap" where 34dfaa5 failed it too) or PASSES (a guard on something
the change could plausibly break).  All were fixed but three tests (four cases) that fail at the session's
start revision 98d4933 too: they are marked strict xfail with their reason.  Dates of children are written relative to
today's year, as the rules judge them.
"""

from __future__ import annotations

import datetime

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, resolve
from tarnkappe.privacy.entities import Entity, EntityType
from tests.privacy.test_linear_time import _positions, budget

YEAR = datetime.date.today().year


def of_type(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return of_type(anonymizer, text, EntityType.PERSON)


def dobs(anonymizer: Anonymizer, text: str) -> list[str]:
    return of_type(anonymizer, text, EntityType.DOB)


def in_clear(anonymizer: Anonymizer, text: str, start: int, secret: str) -> str:
    """The characters of ``secret`` written at ``start`` that no entity covers (spaces left out)."""
    assert text[start:start + len(secret)] == secret
    covered: set[int] = set()
    for e in anonymizer.detect(text):
        covered.update(range(e.start, e.end))
    return "".join(ch for i, ch in enumerate(secret, start) if i not in covered and not ch.isspace())


def last_in_clear(anonymizer: Anonymizer, text: str, secret: str) -> str:
    return in_clear(anonymizer, text, text.rindex(secret), secret)


def whatsapp(*messages: tuple[str, str]) -> str:
    """A WhatsApp (iOS) export of ``(speaker, body)`` messages, a minute apart."""
    return "\n".join(f"[14.11.26, 18:{30 + k:02d}:00] {who}: {body}" for k, (who, body) in enumerate(messages))


def lower_chat(body: str) -> str:
    """A lower-case message between two of a messenger's lines (as test_review_session19.chat)."""
    return ("[26/11/2026 08:38] Tonino: ok\n[26/11/2026 08:39] Gianna: ok also " + body
            + "\n[26/11/2026 08:40] Tonino: danke")


def said(anonymizer: Anonymizer, body: str) -> list[str]:
    text = lower_chat(body)
    start = text.index(body)
    return [e.text for e in anonymizer.detect(text)
            if e.type == EntityType.PERSON and start <= e.start and e.end <= start + len(body)]


# == 1. Dates of birth in chats about birthdays (chats._BIRTH_CUE, _birth_dates_in) ====================

# PASSES (guard; the first two in clear at 34dfaa5): the commit's own cases in three languages, and a Teams copy.
def test_a_date_in_birthday_talk_is_masked(anonymizer: Anonymizer) -> None:
    for text, date in [
        (whatsapp(("Lea", "wann hat Paul Geburtstag?"), ("Tom", "Paul hat am 23.9.1979 Geburtstag"), ("Lea", "danke")),
         "23.9.1979"),
        (whatsapp(("Kate", "need everyone's birthday for the form"), ("Sam", "Mia is 12-05-1991 right?"),
                  ("Kate", "yes")), "12-05-1991"),
        (whatsapp(("Chloé", "vos dates de naissance pour le voyage svp"), ("Hugo", "moi c'est le 1er juin 1990"),
                  ("Chloé", "merci")), "1er juin 1990"),
        ("Lea Meier  18:30\nwann hat Paul Geburtstag?\nTom Keller  18:31\nam 23.09.1979\nLea Meier  18:32\ndanke",
         "23.09.1979"),
    ]:
        assert last_in_clear(anonymizer, text, date) == "", text


# FAILS (gap of _BIRTH_CUE; in clear at 34dfaa5 too): the words people type for a birthday in a chat are not
# the cue's: "bday" (also "b-day"), French "anniv", Italian "compie gli anni" (also Swiss "Geburi").  The date
# answered in the next message stays in clear.  Expected: the date masked.
@pytest.mark.parametrize(("ask", "answer", "date"), [
    ("when's your bday again?", "03/14/1990 lol", "03/14/1990"),
    ("c'est quand ton anniv déjà?", "02/04/1988 haha", "02/04/1988"),
    ("quando compie gli anni tua sorella?", "il 3 marzo 1990, perché?", "3 marzo 1990"),
])
def test_a_birthday_word_people_type_in_chats_cues_the_talk(anonymizer: Anonymizer, ask: str, answer: str,
                                                             date: str) -> None:
    text = whatsapp(("Lea", ask), ("Tom", answer), ("Lea", "ok danke"))
    assert last_in_clear(anonymizer, text, date) == ""


# FAILS (gap of _BIRTH_CUE; in clear at 34dfaa5 too): "sono nata il" (French "née le" too) tells a birth (another
# rule masks the speaker's own date) but is no cue of the chat: the friend's "e tu?" answer, a date of birth
# too, stays in clear.  Expected: the answer's date masked.
def test_the_answer_to_i_was_born_on_and_you_is_masked(anonymizer: Anonymizer) -> None:
    text = whatsapp(("Giulia", "sono nata il 3/3/1990 e tu?"), ("Marco", "io il 12/7/1988"), ("Giulia", "ok"))
    assert last_in_clear(anonymizer, text, "12/7/1988") == ""


# FAILS (gap of _YEAR_OF, new rule's limit; in clear at 34dfaa5 too): the year must have four digits, so the date
# people type fastest ("23.9.79") is no date of birth in a birthday's talk.  Expected: masked.
def test_a_two_digit_year_in_birthday_talk_is_masked(anonymizer: Anonymizer) -> None:
    text = whatsapp(("Lea", "wann hat Paul Geburtstag?"), ("Tom", "am 23.9.79 glaub ich"), ("Lea", "super danke"))
    assert last_in_clear(anonymizer, text, "23.9.79") == ""


# FAILS (gap; the reach runs forward only): the date first, the word that says it is a birth's after it
# ("23.09.1979" -- "das ist Pauls Geburtsdatum").  Expected: masked.
def test_a_date_said_just_before_the_birth_word_is_masked(anonymizer: Anonymizer) -> None:
    text = whatsapp(("Tom", "23.09.1979"), ("Tom", "das ist Pauls Geburtsdatum, für die Versicherung"),
                    ("Lea", "danke"))
    assert in_clear(anonymizer, text, text.index("23.09.1979"), "23.09.1979") == ""


# FAILS (gap of the chat layouts; in clear at 34dfaa5 too; Telegram Desktop's copy, read since 306927d, passes):
# a Messenger JSON export (the messages in "content" values) is no chat, so the birthday talk's answer stays in
# clear (so does a copy with the stamp in parentheses after the speaker, "Lea Meier (14.11.2026 18:30): …", whose
# stamps are masked as dates of birth instead).  Expected: the date masked.
@pytest.mark.xfail(strict=True, reason="a gap since before session 19 (fails at 98d4933 too): a Messenger JSON export is no chat layout")
def test_a_birthday_date_in_a_messenger_json_export_is_masked(anonymizer: Anonymizer) -> None:
    text = ('{"messages": [{"sender_name": "Lea Meier", "timestamp_ms": 1731605400000, '
            '"content": "wann hat Paul Geburtstag?"}, '
            '{"sender_name": "Tom Keller", "timestamp_ms": 1731605460000, "content": "am 23.09.1979"}, '
            '{"sender_name": "Lea Meier", "timestamp_ms": 1731605520000, "content": "danke"}]}')
    assert last_in_clear(anonymizer, text, "23.09.1979") == ""


# FAILS (gap, the new rule's year cut; in clear at 34dfaa5 too): "a recent year is the party's, not the
# birth's" -- but a first birthday's date is the child's date of birth: a baby's or a one-year-old's birth
# date in a chat stays in clear.  Expected: masked.
@pytest.mark.xfail(strict=True, reason="a gap since before session 19 (fails at 98d4933 too): a chat's birthday talk masks years two back or more only")
def test_a_child_s_recent_birth_date_in_birthday_talk_is_masked(anonymizer: Anonymizer) -> None:
    date = f"20/11/{YEAR - 1}"
    text = whatsapp(("Chloé", "le premier anniversaire de Léo approche"), ("Hugo", f"oui, le {date} déjà"),
                    ("Chloé", "ok"))
    assert last_in_clear(anonymizer, text, date) == ""


# FAILS (over-masking, new): every full date two years back in the eight messages after a birthday's word is a
# date of birth: an invoice, a history lesson's date, a wedding day after "anniversaire de mariage" -- and the
# cue has no word boundary, so "connaissance" (naissance) starts birthday talk too (so do "Adobe" (dob) and
# "stubborn" (born); a dentist's appointment two years back is a birth as well).  Expected: no DOB.
@pytest.mark.parametrize("messages", [
    (("Lea", "wir feiern Tims Geburtstag am Samstag"), ("Tom", "übrigens: die Rechnung vom 12.03.2021 ist offen")),
    (("Lea", "Opa hat heute Geburtstag, ich ruf ihn an"), ("Tom", "ok. für Geschichte: Mauerfall war am 9.11.1989?")),
    (("Marc", "c'est notre anniversaire de mariage demain"), ("Julie", "on s'est mariés le 14.06.2010, je sais")),
    (("Marc", "j'ai fait la connaissance de ton frère hier"), ("Julie", "cool. la facture du 12.03.2021 est payée?")),
])
def test_dates_that_are_no_birth_in_a_chat_that_spoke_of_one_stay_dates(anonymizer: Anonymizer, messages) -> None:
    text = whatsapp(*messages, ("Lea", "ok"))
    assert dobs(anonymizer, text) == []


# PASSES (guard): the ninth message after the birthday's word is out of reach, and a chat with no birth
# word keeps its invoices' dates.
def test_dates_out_of_birthday_talk_stay_dates(anonymizer: Anonymizer) -> None:
    filler = [("Tom", w) for w in "abcdefgh"]
    text = whatsapp(("Lea", "Paul hat Geburtstag!"), *filler, ("Tom", "die Rechnung vom 12.03.2021 ist bezahlt"))
    assert dobs(anonymizer, text) == []
    text = whatsapp(("Lea", "hab die Rechnung vom 12.03.2021 gefunden"), ("Tom", "ok und die vom 15.04.2022?"))
    assert dobs(anonymizer, text) == []


# == 2. Titles and particles in lower-case chats (chats._TITLE_PARTICLES) =============================

# PASSES (guard): the commit's "herr von arx" and "frau von allmen"; "frau von nebenan", "la sig.ra di sopra",
# "frau vom amt" are people's descriptions, no names.
def test_a_particle_after_a_title(anonymizer: Anonymizer) -> None:
    assert said(anonymizer, "herr von arx und frau von allmen kommen") == ["von arx", "von allmen"]
    for body in ("frau von nebenan hat angerufen", "la sig.ra di sopra ha chiamato", "frau vom amt hat zurückgerufen"):
        assert said(anonymizer, body) == [], body


# FAILS (gap of the particle rule; in clear at 34dfaa5 too): a particle of two words ("von der"; also "van den",
# "de la") or one elided onto the surname ("d'angelo"; also "dell'acqua") leaves the surname in clear.
# Expected: the surname masked.
# ("d'angelo" passes since session 35: a title's word of one letter before an apostrophe, "mr o'sullivan's")
@pytest.mark.parametrize(("body", "surname"), [
    pytest.param("herr von der mühll kommt morgen", "mühll", marks=pytest.mark.xfail(strict=True, reason="a gap since "
                 "before session 19 (fails at 98d4933 too): two-word and elided particles after a lower-case title")),
    ("sig.ra d'angelo ha chiamato", "angelo"),
])
def test_a_surname_after_a_title_and_a_long_or_elided_particle_is_masked(anonymizer: Anonymizer, body: str,
                                                                         surname: str) -> None:
    text = lower_chat(body)
    assert last_in_clear(anonymizer, text, surname) == ""


# == 3. JSON objects of a birth (fields._in_birth_object, _DATE_VALUE, new keys) ======================

# PASSES (guard; the first four in clear at 34dfaa5): the commit's objects, a time written onto the date, the new
# keys, and a French and an Italian object.
def test_a_date_in_a_birth_object_is_masked(anonymizer: Anonymizer) -> None:
    for text, date in [
        ('{"name": "Lea Brunner", "birthData": {"date": "1985-03-14", "time": "06:42"}}', "1985-03-14"),
        ('{"name": "Lea Brunner", "birth": "1985-03-14T06:42:00"}', "1985-03-14T06:42:00"),
        ('{"name": "Lea Brunner", "geburt": {"datum": "14.03.1985"}}', "14.03.1985"),
        ('{"name": "Lea Brunner", "geburtsdaten": "14.03.1985"}', "14.03.1985"),
        ('{"name": "Lea Brunner", "naissance": {"jour": "14/03/1985"}}', "14/03/1985"),
        ('{"name": "Lea Brunner", "nascita": {"data": "14/03/1985", "luogo": "Roma"}}', "14/03/1985"),
    ]:
        assert date in dobs(anonymizer, text), text


# PASSES (guard): a date key in the object after the birth's, or beside it, is no birth.
def test_a_date_key_beside_a_birth_object_stays_a_date(anonymizer: Anonymizer) -> None:
    for text in ('{"patient": "Lea Brunner", "birth": {"date": "1985-03-14"}, "visit": {"date": "2019-05-02"}}',
                 '{"patient": "Lea Brunner", "birth": {"date": "1985-03-14"}, "date": "2019-05-02"}',
                 '{"birthday": {"value": "1985-03-14"}, "created": {"value": "2019-05-02"}}'):
        assert dobs(anonymizer, text) == ["1985-03-14"], text


# FAILS (gap, the new rule's limits; in clear at 34dfaa5 too): "no brace closed between" and the nearest "{"
# only: a nested object before the date (the place of birth), an array of the birth's (a date nested one level more,
# Mongo's "$date", too); a key for the date the list lacks ("datetime", as horoscope APIs write it; an object key
# "birthInfo" neither).  Expected: the date masked.
@pytest.mark.parametrize("text", [
    '{"name": "Lea Brunner", "birth": {"place": {"city": "Bern", "country": "CH"}, "date": "1985-03-14"}}',
    '{"client": "Lea Brunner", "birth": {"datetime": "1985-03-14T06:42:00", "lat": 46.95, "lon": 7.44}}',
    '{"name": "Lea Brunner", "birthData": [{"date": "1985-03-14"}]}',
])
def test_a_birth_date_in_a_birth_object_written_otherwise_is_masked(anonymizer: Anonymizer, text: str) -> None:
    assert last_in_clear(anonymizer, text, "1985-03-14") == ""


# FAILS (gap; in clear at 34dfaa5 too): a date of birth in parts under a birth's key (forms and numerology apps
# store day, month and year apart): the year stays in clear.  Expected: the year masked.
def test_a_birth_date_in_parts_under_a_birth_key_is_masked(anonymizer: Anonymizer) -> None:
    text = '{"client": "Lea Brunner", "dateOfBirth": {"day": 14, "month": 3, "year": 1985}}'
    assert last_in_clear(anonymizer, text, "1985") == ""


# FAILS (gap; the rule reads JSON only, in clear at 34dfaa5 too): the same object in YAML.  Expected: masked.
def test_a_birth_object_in_yaml_masks_its_date(anonymizer: Anonymizer) -> None:
    text = 'client: Lea Brunner\nbirth:\n  date: 1985-03-14\n  time: "06:42"'
    assert last_in_clear(anonymizer, text, "1985-03-14") == ""


# FAILS (over-masking, new): dob_key_within finds "birthday" and "geburtstag" inside the object's key, so the date
# of a birthday party (an event two years back; "geburtstagsfeier": {"datum": …} too) is a date of birth.
# Expected: no DOB.
def test_a_birthday_party_s_date_is_no_birth(anonymizer: Anonymizer) -> None:
    assert dobs(anonymizer, '{"kunde": "Lea Brunner", "birthdayParty": {"date": "2021-06-12", "guests": 14}}') == []


# == 4. Header cells with a birth aside (field_keys.birth_column_key, ADULT_DOB_KEY) ===================

# PASSES (guard): a child's column of _PERSON_WORDS keeps a recent date, a first edition's recent date under
# "Erstausgabe (geb.)" is no birth.
def test_birth_asides_the_commit_means(anonymizer: Anonymizer) -> None:
    assert dobs(anonymizer, f"Nr;Kind (geb.);Ort\n1;14.03.{YEAR - 5};Bern") == [f"14.03.{YEAR - 5}"]
    assert dobs(anonymizer, f"Titel;Erstausgabe (geb.);Preis\nDer Wald;14.03.{YEAR - 2};24.00") == []


# FAILS (regression, new; masked at 34dfaa5): a relative's cell the short list of _PERSON_WORDS lacks (a
# grandchild in German and English; also "Petit-fils", "Nipote", a stepson, a godchild), or "kid_dob", is an
# adult's column: a child's recent date of birth in it is dropped and stays in clear.  Expected: masked.
@pytest.mark.parametrize("header", ["Nr;Enkel (geb.);Ort", "Nr;Grandchild (DOB);City", "Nr;kid_dob;Ort"])
def test_a_relative_s_birth_column_keeps_a_child_s_date(anonymizer: Anonymizer, header: str) -> None:
    date = f"14.03.{YEAR - 5}"
    text = f"{header}\n1;{date};Bern"
    assert last_in_clear(anonymizer, text, date) == ""


# FAILS (gap; in clear at 34dfaa5 too): a cell that is a person's key ("Patient", "Driver"; "Mieter",
# "Locataire" too) with a birth aside is typed as the person's column, the aside ignored (an adult's key is
# never applied over a column key): an adult's 1985 date stays in clear.  Expected: masked.
@pytest.mark.parametrize("text", [
    "Nr;Patient (geb.);Ort\n1;14.03.1985;Bern",
    "Nr;Driver (DOB);City\n1;14/03/1985;Leeds",
])
def test_a_person_key_cell_with_a_birth_aside_masks_its_dates(anonymizer: Anonymizer, text: str) -> None:
    date = text.split("\n1;")[1].split(";")[0]
    assert last_in_clear(anonymizer, text, date) == ""


# == 5. A name cell's aside (fields._NAME_ASIDE) ====================================================

# PASSES (guard): the commit's married and maiden names.
def test_a_name_aside_of_the_commit(anonymizer: Anonymizer) -> None:
    assert "Bianchi" in persons(anonymizer, "Name: Maria Rossi (in Bianchi)")
    assert "Huber" in persons(anonymizer, "Name: Anna Keller (verh. Huber)")


# FAILS (over-masking, new): any capitalised word after "(in " or "(aka " in a name's value is a name: a
# contact on parental leave ("Elternzeit", "Maternità"; also "(in Ferien)", "(in Vertretung)", "(aka Admin)").
# Expected: the aside's word no PERSON.
@pytest.mark.parametrize(("text", "word"), [
    ("Ansprechpartnerin: Lea Brunner (in Elternzeit)", "Elternzeit"),
    ("Referente: Maria Rossi (in Maternità)", "Maternità"),
])
def test_a_state_in_a_name_s_aside_is_no_name(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in persons(anonymizer, text)


# FAILS (gap of _NAME_ASIDE; in clear at 34dfaa5 too): a married name with an apostrophe or a particle.
# Expected: masked.
@pytest.mark.parametrize(("text", "secret"), [
    ("Name: Maria Rossi (in D'Angelo)", "D'Angelo"),
    ("Name: Anna Keller (verh. von Arx)", "Arx"),
])
def test_a_married_name_with_an_apostrophe_or_a_particle_is_masked(anonymizer: Anonymizer, text: str,
                                                                  secret: str) -> None:
    assert last_in_clear(anonymizer, text, secret) == ""


# == 6. Persons: German nouns before a first name, couples (persons.py) ===========================

# FAILS (regression, new; masked whole at 34dfaa5): a surname no list knows that is a German word ("Kirchhof",
# frequent in German only) written before the first name mid-sentence is skipped as a role: "Kirchhof"
# stays in clear.  Expected: masked.
def test_a_surname_that_is_a_german_noun_written_first_is_masked(anonymizer: Anonymizer) -> None:
    text = "Als Vertretung kommt Kirchhof Tim."
    assert in_clear(anonymizer, text, text.index("Kirchhof"), "Kirchhof") == ""


# FAILS (gap of _couple; in clear at 34dfaa5 too): a first name no list knows before "&" makes the pair a firm's
# name, so the first person stays in clear.  Expected: masked.
def test_a_couple_with_a_rare_first_name_is_masked(anonymizer: Anonymizer) -> None:
    text = "Mieter: Mofifoluwa Omidina & Peter Huber"
    assert in_clear(anonymizer, text, text.index("Mofifoluwa"), "Mofifoluwa Omidina") == ""


# PASSES (guard): the commit's role before a first name, a couple the commit means, and a firm.
def test_a_role_couples_and_a_firm(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Heute sprach Bundeskanzlerin Angela Merkel in Berlin.") == ["Angela Merkel"]
    assert persons(anonymizer, "Käufer: Anna Meier & Peter Huber, beide wohnhaft in Bern") == ["Anna Meier",
                                                                                                "Peter Huber"]
    assert "Anna Meier" not in persons(anonymizer, "Kanzlei: Anna Meier & Partner")


# == 7. Notes' authors, form values, dates in asides (person_asides, person_dates) =================

# PASSES (guard): a board's and a note's author, and the commit's place before a date of birth in an aside.
def test_a_note_s_author_and_a_place_before_a_birth_date(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Vorstand (Mofifoluwa Omidina): genehmigt") == ["Mofifoluwa Omidina"]
    assert persons(anonymizer, "Notiz (Mofifoluwa Omidina): erledigt") == ["Mofifoluwa Omidina"]
    assert dobs(anonymizer, "Lea Brunner (Zürich, 14.03.1985)") == ["14.03.1985"]


# FAILS (regression, new; masked at 34dfaa5): _NOTE_WORDS lacks the words a note's author is written after most
# ("Rückmeldung", "Feedback"; also "Bemerkung", "Hinweis", "Osservazione"): a rare name nothing else reads stays
# in clear.  Expected: the author masked.
@pytest.mark.parametrize("head", ["Rückmeldung", "Feedback"])
def test_a_note_s_author_after_a_word_the_list_lacks_is_masked(anonymizer: Anonymizer, head: str) -> None:
    text = f"{head} (Mofifoluwa Omidina): bitte bis Freitag"
    assert last_in_clear(anonymizer, text, "Mofifoluwa Omidina") == ""


# FAILS (over-masking, also at 34dfaa5): a note word inside a compound ("Teamausflug": "team") makes a mountain
# an author.  Expected: no PERSON.
def test_a_mountain_after_a_team_s_outing_is_no_author(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Teamausflug (Piz Palü): Treffpunkt 8 Uhr") == []


# FAILS (regression, new; masked at 34dfaa5): _DOCUMENT_KEY_WORDS matches inside words, so the form's keys
# "Candidate" (date), "Beistand" (stand) -- also "Candidata" (data), "Assignee" (sign) -- are a document's, and a
# two-digit year of birth after the name stays in clear.  Expected: masked.
@pytest.mark.parametrize("key", ["Candidate", "Beistand"])
def test_a_birth_year_after_a_form_key_containing_a_document_word_is_masked(anonymizer: Anonymizer,
                                                                          key: str) -> None:
    text = f"{key}: Lea Brunner, 07.06.52"
    assert last_in_clear(anonymizer, text, "07.06.52") == ""


# FAILS (over-masking, new): any word before the date in the parentheses is a place or a job: a join date (a
# diploma's, "(Diplom, 14.06.2012)", a membership's too) is a date of birth.  Expected: no DOB.
def test_an_event_s_date_in_a_name_s_aside_is_no_birth(anonymizer: Anonymizer) -> None:
    assert dobs(anonymizer, "Lea Brunner (Eintritt, 01.04.2015)") == []


# FAILS (gap of the new shape; in clear at 34dfaa5 too): a place of more than two words, with a dot or a hyphen
# ("St. Gallen"; "La Chaux-de-Fonds", "Bern-Bümpliz" too).  Expected: the date masked.
def test_a_birth_date_after_a_place_written_otherwise_is_masked(anonymizer: Anonymizer) -> None:
    text = "Lea Brunner (St. Gallen, 14.03.1985)"
    assert last_in_clear(anonymizer, text, "14.03.1985") == ""


# == 8. Initials as items, a table cell's first word (person_initials, person_spans) ===============

# FAILS (over-masking, new): a bullet now starts an item, and a rare word and a letter in it are a name (the
# ":" exception does not hold for "- "): a school's levels (a vaccine's "- Pertussis A." too).
# Expected: no PERSON.
def test_a_word_and_a_letter_as_a_bulleted_item_is_no_name(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Niveaus:\n- Sekundar A.\n- Sekundar B.") == []


# FAILS (over-masking, new): a table cell's first word before a rare surname is taken as its first name
# whatever it is: a pharmacy (a block of flats' "Condominio", a winery's "Cantina" too) -- the kind of business
# is masked with the name.  Expected: the word outside the PERSON.
def test_a_business_word_in_a_cell_is_no_first_name(anonymizer: Anonymizer) -> None:
    assert not any("Farmacia" in p for p in persons(anonymizer, "| Farmacia Adinolfi | Via Roma 3 |"))


# PASSES (guard): the commit's cell and a list of initials.
def test_the_cell_and_initials_rules_own_cases(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "| Tamburi Adinolfi | 4 |") == ["Tamburi Adinolfi"]
    assert persons(anonymizer, "Autoren:\n- J. Lange\n- S. Wyss") == ["J. Lange", "S. Wyss"]


# == 9. Phones and cards at a column's gap (phone._before_column_gap, identifiers) ================

# FAILS (regression, new; "044 123 45 67" at 34dfaa5): the cut now waits for a letter right after the
# candidate, and "14. März 1985" has a dot there: the phone swallows the date's day ("044 123 45 67  14"),
# cutting the date in two.  Expected: the phone alone.
def test_a_phone_before_a_german_date_s_column_ends_at_the_gap(anonymizer: Anonymizer) -> None:
    assert of_type(anonymizer, "Lea Brunner  044 123 45 67  14. März 1985", EntityType.PHONE) == ["044 123 45 67"]


# FAILS (gap; in clear at 34dfaa5 too): a numeric date after the gap is read into the candidate, the whole is no
# number, and the phone is lost ("Tel. 079 123 45 67  14.03.1985" too).  Expected: the phone masked.
def test_a_phone_before_a_numeric_date_s_column_is_masked(anonymizer: Anonymizer) -> None:
    text = "Lea Brunner  079 123 45 67  14.03.1985  Bern"
    assert in_clear(anonymizer, text, text.index("079"), "079 123 45 67") == ""


# PASSES (guard): a phone before a town's column is whole, a card before an amount's column is a card.
def test_phones_and_cards_before_a_column(anonymizer: Anonymizer) -> None:
    assert of_type(anonymizer, "Lea Brunner  079 123 45 67  Bern", EntityType.PHONE) == ["079 123 45 67"]
    card = "5555 5555 5555 4444"
    assert of_type(anonymizer, f"Karte  Betrag\n{card}  40.00", EntityType.CARD) == [card]


# == 10. Joined neighbours (resolve.join_adjacent) ===============================================

# PASSES (guard): a chain of three neighbours is one entity with the chain's text; a comma between names
# joins nothing.
def test_a_chain_of_neighbours_is_one_entity() -> None:
    text = "Anna Maria Meier, Peter"
    parts = [Entity(0, 4, EntityType.PERSON, "Anna", "a"), Entity(5, 10, EntityType.PERSON, "Maria", "b"),
             Entity(11, 16, EntityType.PERSON, "Meier", "c"), Entity(18, 23, EntityType.PERSON, "Peter", "d")]
    joined = resolve.join_adjacent(text, parts)
    assert [(e.start, e.end, e.text) for e in joined] == [(0, 16, "Anna Maria Meier"), (18, 23, "Peter")]


# == 11. WORK =====================================================================================

@pytest.fixture(scope="module")
def metered() -> Anonymizer:
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], learned_names=False))


# PASSES (guard): the start-position budget holds on a chat of 3,000 messages each with a birth word and
# dates, a long message of dates, JSON objects of a birth with "date" keys (flat, nested, runs of "{"), and name
# asides, header asides, notes, cards at a gap and dates in asides.
@pytest.mark.parametrize("text", [
    "".join(f"[14.11.26, 18:{i % 60:02d}:00] Lea: Geburtstag 14.03.1985, 2.4.1990 und 1.1.2000\n" for i in range(3000)),
    "[14.11.26, 18:30:40] Lea: Geburtstag\n[14.11.26, 18:30:41] Tom: " + "14.03.1985 " * 8000,
    '{"birth": ' + '{"date": "1985-03-14", ' * 2000 + '{"birth": ' * 3000 + "{" * 20000 + '"date": "1985-03-14"',
    "Name: Aa Aa " + "(in Aa)" * 3000 + "Name;Geb.\n" + "Anna Meier (in Bianchi);14.03.1985\n" * 500
    + "Nr;" + "Kind (geb.);" * 2000 + "\n1;" + "14.03.2019;" * 2000 + "\n" + "Notiz (Mofifoluwa Omidina): " * 1000
    + "4111 1111 1111 1111  " * 1000 + "Lea Brunner (Zürich, 14.03.1985) " * 1000,
], ids=["chat", "message", "json", "asides-cells-notes-cards"])
def test_the_new_shapes_stay_within_the_position_budget(metered: Anonymizer, text: str) -> None:
    assert _positions(metered, text) <= budget(text)
