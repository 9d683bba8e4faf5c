"""Review of session 20's anonymizer changes (93e69f7..HEAD, src/tarnkappe/privacy): instruction verbs
and contractions no names, full-width forms, backslash-escaped e-mails and &lt;/&gt;, lower-case chat
speakers and chats, names given in answer to a question, 'hier <name>', owned first/last CSV columns,
aligned headers, trade and WHOIS keys, a name before a phone, a relative's name before the number to
call, iCal CN=, a child in parentheses before its birth, one-word note authors, spouse/child words,
doorbells, 'the X family', lists of children, a pupil before '(3b)', lists of 'First X.', PNR names,
'auf der'/'zur' particles, the learned veto, 'Am/Auf der' streets before '/Top' or ' · ', lower-case
French/Italian streets, 'date  number' columns, 'Feber'.  Read as an attacker and as a careful user;
every text written for these tests.

Three groups:
1. LEAKS: a personal value in a variant of a new shape; it must not be in the masked text.
2. OVER-MASKING: ordinary business text a new rule may now mask; the words must stay as written.
3. WORK: runs of the new shapes, bounded by counted start positions and counted lexicon look-ups
   (no wall-clock time).

Written with 69 cases, 42 failing; 28 fixed in session 20.  Strict xfail with their reason: the 11 that
failed at 93e69f7 too, and 3 over-masking cases this session's rules cause that are kept because the fix
cost leaks on the evaluation sets (privacy first: an address in a table's cell, a rare word before a phone,
whatever a WHOIS contact's name key holds).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tests.privacy.test_linear_time import SHAPES, _positions, assert_look_ups_grow_linearly, budget


def masked(anonymizer: Anonymizer, text: str) -> str:
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # model_names.py, _imperative: a subject name before "this/cette/questa" + a time word is no
    # instruction verb ("this morning", "cette semaine", "questa settimana"); masked before 26311a1
    pytest.param("Chiamaka cette semaine est en congé, merci de contacter le support.", "Chiamaka",
                 id="imperative-fr-name-before-cette-semaine"),
    pytest.param("Oluwaseun questa settimana è in ferie, scrivete a Marco.", "Oluwaseun",
                 id="imperative-it-name-before-questa-settimana"),
    pytest.param("Kwabena this morning called about the invoice.", "Kwabena",
                 id="imperative-en-name-before-this-morning"),
    # model_names.py, _contraction: an elided head with a lower-case tail that is a name
    pytest.param("N'golo hat heute angerufen wegen der Rechnung.", "N'golo", id="contraction-ngolo"),
    pytest.param("Dell'orto hat die Offerte gestern unterschrieben.", "Dell'orto", id="contraction-dellorto"),
    # normalize.py: the JSON string of a regular expression doubles its backslashes
    pytest.param('{"allow": "^anna\\\\.meier@example\\\\.ch$"}', "meier", id="backslash-doubled-in-json"),
    # normalize.py: a doubly escaped "&amp;lt;" around the address (HTML escaped twice)
    pytest.param("Kontakt: Zoran Petković &amp;lt;z.petkovic@firma.ch&amp;gt;", "Petković",
                 id="amp-lt-double-escaped"),  # (masked since session 30: the address spells the name)
    # normalize.py guards: a full-width plus, a backslash before "@"
    pytest.param("Ruf an: ＋４１ ７９ ５５５ １２ ３４", "５５５ １２ ３４", id="fullwidth-plus-phone"),
    pytest.param("Schreib an ottilie\\.zwygart\\@example\\.ch bitte", "zwygart", id="backslash-before-at"),
    # chats.py, _lower_speaker: a listed first name speaking twice in lower case
    pytest.param("ulla (18:18): hast du die schlüssel?\nthea (18:20): nein\nulla (18:22): ok", "ulla",
                 id="lower-speaker-ulla-twice"),
    pytest.param("rosa  18:18\nhast du die schlüssel?\nrosa  18:20\nok bin unten", "rosa",
                 id="lower-speaker-rosa-guard"),
    # chats.py, _NAME_QUESTION: other ways to ask for a name
    pytest.param("Assistent (10:29): Können Sie mir Ihren Namen sagen?\nAnrufer (10:30): gundula wohlgemuth\n"
                 "Assistent (10:31): Danke.", "wohlgemuth", id="reply-to-ihren-namen"),
    pytest.param("Agent (10:29): Bonjour, comment tu t'appelles ?\nClient (10:30): maëlys tourneur\n"
                 "Agent (10:31): Merci.", "tourneur", id="reply-to-comment-tu-tappelles"),
    pytest.param("Agent (10:29): Could I get your name please?\nCaller (10:30): Thaddeus Okonkwo\n"
                 "Agent (10:31): Thanks.", "Okonkwo", id="reply-to-your-name-please-guard"),
    # fields.py, _owned_part: "firstname"/"lastname" after the owner, German owner after the part
    pytest.param("kid_firstname;kid_lastname;group;parent_phone\nLian;Oberholzer;Bienen;079 555 12 34", "Lian",
                 id="csv-kid-firstname"),
    pytest.param("vorname_kind;nachname_kind;gruppe;email_eltern\nLian;Oberholzer;Bienen;eltern@example.ch",
                 "Lian", id="csv-vorname-kind"),
    # fields.py: a trade key with two fitters in capitals
    pytest.param("TECHNIKER: KRASNIQI / HOXHA", "KRASNIQI", id="trade-key-two-fitters",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: a trade key takes one word in capitals, not 'A / B'; open")),
    # person_asides.py, _lower_name_to_call: a relative's first name and surname in lower case
    pytest.param("tochter anrufen: susanne brandstetter +49 171 2345678", "brandstetter",
                 id="relative-lower-with-surname"),
    # person_asides.py, _CALENDAR_NAME: RFC 5545 folds long lines; the CN on the continuation line
    pytest.param("BEGIN:VEVENT\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\r\n"
                 " TRUE;CN=Ottilie Zwygart;X-NUM-GUESTS=0:mailto:o.zwygart@example.ch\r\nEND:VEVENT",
                 "Zwygart", id="ical-folded-line-guard"),
    # person_asides.py, _ONE_NAME_BEFORE_BIRTH: a child typed in lower case
    pytest.param("Kind (nektaria, geb. 11.02.2019)", "nektaria", id="child-lower-case-before-birth",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: a child's name in lower case in parentheses before its birth; open")),
    # person_kin.py, _PARTNER and _BELL
    pytest.param("Falls ich nicht erreichbar bin: mein Mann, Abdulloh, ist zuhause.", "Abdulloh",
                 id="spouse-name-between-commas",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: 'mein Mann, Abdulloh,': a comma between the family word and the name; open")),
    pytest.param("Bitte bei Krasniqi klingeln, 2. Stock.", "Krasniqi", id="bell-name-before-klingeln",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: the name before 'klingeln' (not after the bell's word); open")),
    pytest.param("Bitte Klingel bei Hürlimann-Frei drücken.", "Hürlimann", id="bell-name-before-druecken",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: 'Klingel bei X drücken': the bell's name before a verb; open")),
    # person_kin.py, _FAMILY and _PUPIL
    pytest.param("We have dinner with the Baker family on Sunday.", "Baker", id="family-common-surname-guard"),
    pytest.param("Colloquio per Tommaso (3ª B) venerdì.", "Tommaso", id="pupil-italian-class-3a-B"),
    # person_initials.py, _INITIALLED_LIST: a list joined by semicolons
    pytest.param("Schichtplan: Seraina J.; Carmine H.; Vladimir V.", "Vladimir", id="initials-semicolons"),
    # pnr.py guard: a title glued to the given name in the bar code
    pytest.param("M1OKONKWO/ADAEZEMRS   EABC123 ZRHLHRLX 0316", "OKONKWO", id="pnr-glued-title-guard"),
    # persons.py, particles: the Swiss family name "Auf der Maur" written with a capital
    pytest.param("Frau Carina Auf der Maur, Schwyz", "Maur", id="particle-auf-der-capital",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: 'Auf der Maur' with capital particles inside a name; open")),
    # address.py, de_prefix: Austrian door in capitals; a letterhead's en dash
    pytest.param("Am Hof 2/TOP 5, 1010 Wien", "Hof 2", id="street-am-top-capitals"),
    pytest.param("Im Werd 4 – 8004 Zürich", "Werd 4", id="street-im-en-dash"),
    # address_en.py, _LOWER_TYPE: a comma with no space before the number
    pytest.param("abito in via cantonale,12 a lugano", "cantonale,12", id="lower-street-comma-no-space",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: an Italian street in lower case with its number after a bare comma; open")),
    # phone.py, _DATE_THEN_MORE: the phone in the column after a date of birth
    # (fixed in session 23: the part after a column's gap is tried when the whole run is no number)
    pytest.param("Gundula Wohlgemuth  14.03.1985  079 555 12 34", "555 12 34", id="phone-after-date-column"),
    # dates.py guard: Feber without a space
    pytest.param("* 9.Feber 1937 in Graz", "1937", id="feber-no-space-guard"),
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert secret not in masked(anonymizer, text)


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # fields.py / field_keys.py: WHOIS keys before a privacy service or a company
    pytest.param("Registrant Name: REDACTED FOR PRIVACY", "REDACTED FOR PRIVACY", id="whois-redacted",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a WHOIS contact's name key masks what it holds, a firm or a privacy service too -- as a role key it left short names in clear ('Na Li', holdout19)")),
    pytest.param("Registrant Name: Domains By Proxy, LLC", "Domains By Proxy", id="whois-proxy-company",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a WHOIS contact's name key masks what it holds, a firm or a privacy service too -- as a role key it left short names in clear ('Na Li', holdout19)")),
    pytest.param("Billing Name: Bergbahnen Adelboden AG", "Bergbahnen Adelboden AG", id="billing-name-company",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a WHOIS contact's name key masks what it holds, a firm or a privacy service too -- as a role key it left short names in clear ('Na Li', holdout19)")),
    # person_asides.py, _CALENDAR_NAME: a room or a team as an attendee or organiser
    pytest.param("ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sitzungszimmer Eiger:mailto:eiger@firma.ch",
                 "Sitzungszimmer Eiger", id="ical-room-resource",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: the room's 'Eiger' is masked by the name rules, as before this session; open")),
    pytest.param("ORGANIZER;CN=Support Team:mailto:support@firma.ch", "Support Team", id="ical-team-organizer"),
    # person_kin.py, _PUPIL: a Wi-Fi standard before "(6E)"
    pytest.param("Netzwerk: Wi-Fi (6E) ist aktiviert.", "Wi-Fi", id="pupil-wifi-6e"),
    # person_initials.py: variants "Szenario A., Szenario B., …"
    pytest.param("Varianten: Szenario A., Szenario B., Szenario C.", "Szenario A.", id="initials-scenarios"),
    # pnr.py: "AB" (from) in a capitals notice before airport codes and a comma
    pytest.param("FLUEGE AB ZRH/GVA, TAEGLICH.", "ZRH/GVA", id="pnr-ab-airports"),
    # persons.py, _with_particles: "zur" as a preposition before a full name is swallowed
    pytest.param("Ich fahre morgen zur Claudia Brunner.", "morgen zur ", id="particle-zur-preposition"),
    # address.py, de_prefix: a bar or a dot after "Am/Im <word> <number>" that is no street
    pytest.param("| Schrauben M4 | Am Lager 500 | nachbestellen |", "Am Lager 500", id="street-am-lager-cell",
                 marks=pytest.mark.xfail(strict=True, reason="kept: in a table's cell 'Am <word> <number>' is a street more often than a stock (holdout22, blind, lost 4 addresses without it)")),
    pytest.param("Handbuch | Im Kapitel 3 | Seite 12", "Im Kapitel 3", id="street-im-kapitel-cell",
                 marks=pytest.mark.xfail(strict=True, reason="kept: as street-am-lager-cell")),
    # person_asides.py, _name_before_phone: an insurer's name before its number
    pytest.param("Störung gemeldet, Helsana 0844 80 81 82 erreicht.", "Helsana", id="brand-before-phone",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a word no list knows before a phone after a comma is a person's name more often than a firm's (holdout19 lost 4 names without it)")),
    # fields.py, _CONTACT_ENDINGS: a timetable's first/last with an owner's e-mail column
    pytest.param("run;first;last;status;owner_email\n12;Mittwoch;Freitag;ok;qa@example.ch", "Mittwoch",
                 id="csv-first-last-weekdays"),
    # chats.py, 'hier <rare word>': a tool's name
    pytest.param("[08:01] Jonas: moin\n[08:02] Jonas: hier gitlab, das repo ist umgezogen\n[08:03] Mia: danke",
                 "hier gitlab", id="hier-gitlab"),
    # chats.py, _reply_name: a refusal in answer to the name question
    pytest.param("Assistent (10:29): Wie heißen Sie?\nAnrufer (10:30): Datenschutz geht vor\n"
                 "Assistent (10:31): Verstehe.", "Datenschutz geht vor", id="reply-refusal-de"),
    pytest.param("Operatore (10:29): Come si chiama?\nCliente (10:30): Preferisco di no\n"
                 "Operatore (10:31): Va bene.", "Preferisco di no", id="reply-refusal-it"),
    # person_kin.py, _BELL: "Klingeln bei Bedarf." (ring when needed)
    pytest.param("Klingeln bei Bedarf.", "Bedarf", id="bell-klingeln-bei-bedarf",
                 marks=pytest.mark.xfail(strict=True, reason="failed before session 20 too: 'Bedarf' after 'bei' is masked by the name rules, as before this session; open")),
    # guards
    pytest.param("Supported on the Linux family of systems.", "Linux", id="family-linux-guard"),
    pytest.param("Kinder: keine", "keine", id="kinder-keine-guard"),
    pytest.param("Neues Handy: Samsung (5G) bestellt.", "Samsung", id="pupil-samsung-5g-guard"),
    pytest.param("standup  09:00\nreview  10:00\nstandup  14:00\nretro  16:00", "standup",
                 id="lower-agenda-guard"),
    pytest.param("Impfungen: Hepatitis A., Hepatitis B.", "Hepatitis A.", id="initials-hepatitis-guard"),
    pytest.param("tochter: whatsapp +49 171 2345678", "whatsapp", id="relative-service-word-guard"),
    pytest.param("Notiz (August): Abgabe verschoben", "August", id="note-author-month-guard"),
    pytest.param("Assistent (10:29): Wie heißen Sie?\nAnrufer (10:30): Keine Angabe\nAssistent (10:31): Gut.",
                 "Keine Angabe", id="reply-keine-angabe-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def metered() -> Anonymizer:
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], learned_names=False))


NEW_SHAPES = [
    "a (10:33): Wie heißen Sie?\nb (10:34): aa bb\n",   # a question and a reply, each message
    "traugott spieß  18:18\nok\n",                      # lower-case speakers
    "tochter anrufen: susanne +49 171 2345678 ",        # a relative before a number, read back
    "| Sahra +43 680 5156768 ",                         # a name before a phone, read back
    "(Aa, geb. 1.2.2019) ",                             # a child before a birth date
    "rue du lac 12  ",                                  # a lower-case street, then a column's gap
    "M1AA/AA AA AA ",                                   # a bar code's name field
]


@pytest.mark.parametrize("shape", NEW_SHAPES)
def test_runs_of_a_new_shape_stay_within_the_position_budget(metered: Anonymizer, shape: str) -> None:
    text = shape * (3000 // len(shape) + 1)
    assert _positions(metered, text) <= budget(text)


@settings(max_examples=25, deadline=None)
@given(text=st.lists(st.tuples(st.sampled_from([*SHAPES, *NEW_SHAPES, "Seraina J., ", "Kinder: ", "hier ",
                                                 "ATTENDEE;CN=", "Am Aa 1/Top 1 · ", "&lt;", "０７９ ", "a\\.a"]),
                               st.integers(1, 60)), min_size=1, max_size=6)
       .map(lambda runs: "".join(s * n for s, n in runs)))
def test_new_shapes_mixed_stay_within_the_position_budget(metered: Anonymizer, text: str) -> None:
    assert _positions(metered, text) <= budget(text)


@pytest.mark.parametrize("shape", [
    "ulla (10:01): hier aa bb und cc\n",                # 'hier' introductions in a lower-case chat
    "Kinder: Aa, Bb, Cc mit Dd Ee\n",                   # lists of children, split and looked up
    "child_first;child_last;parent_email\nAa;Bb;a@b.ch\n",
])
def test_lexicon_look_ups_grow_linearly(metered: Anonymizer, monkeypatch, shape: str) -> None:
    """Four times the text, at most about four times the name-list look-ups (Python work the
    position meter does not see)."""
    assert_look_ups_grow_linearly(metered, monkeypatch, shape)
