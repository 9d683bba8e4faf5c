"""Review of session 18b (96fe74e..HEAD, plus the phone/address commits 4a49d7a, b41a0f1 just before it):
phones beside times, addresses in chat lines, chats without stamps, column keys cut short and
"first"/"last", card grouping, dates after names and year cues, repeated names, the forms filters.
Read as an attacker and as the person whose data it is; texts written for these tests.

Each test says whether it FAILS at HEAD (a leak, an over-masking or unbounded work; nothing is xfail)
or is a GUARD (passes: something the change could plausibly break).
"""

from __future__ import annotations

import random
import sys

import pytest

from tarnkappe.privacy import Anonymizer, DetectionError
from tarnkappe.privacy import chat_layouts
from tarnkappe.privacy import person_dates
from tarnkappe.privacy.entities import Entity, EntityType
from tarnkappe.privacy.names import load_lexicon
from tarnkappe.privacy.person_mentions import repeated_names
from tests.privacy.test_linear_time import _positions, budget


def of_type(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


def in_clear(anonymizer: Anonymizer, text: str, secret: str) -> str:
    """The characters of the last ``secret`` in ``text`` that no entity covers (spaces ignored)."""
    start = text.rindex(secret)
    covered: set[int] = set()
    for e in anonymizer.detect(text):
        covered.update(range(e.start, e.end))
    return "".join(ch for i, ch in enumerate(secret, start) if i not in covered and not ch.isspace())


# == 1. OVER-MASKING: table columns named by a cut-short key or by "first"/"last" ======================

# FAILS: "Familie" (a taxonomy column) is taken as "Familienname" cut short: bird families become PERSON.
def test_a_taxonomy_column_familie_is_no_surname(anonymizer: Anonymizer) -> None:
    text = "Art;Familie;Ordnung\nAmsel;Drosseln;Sperlingsvögel\nKohlmeise;Meisen;Sperlingsvögel\nBuchfink;Finken;Sperlingsvögel"
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# FAILS: "Display" (a spec sheet's column) is read as "Displayname" cut short: "OLED", "Retina" become PERSON.
def test_a_spec_sheets_display_column_is_no_name(anonymizer: Anonymizer) -> None:
    text = "Model;Display;Price\nPixel 8;OLED;699\nGalaxy S24;Dynamic AMOLED;899\nThinkPad X1;Retina;1499"
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# FAILS: "Account" (a cloud bill's cost account) is read as "Accountholder": departments become PERSON.
def test_a_cost_account_column_is_no_account_holder(anonymizer: Anonymizer) -> None:
    text = "Service;Account;Balance\nAWS;Marketing;1200\nGCP;Research;800\nAzure;Operations;300"
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# FAILS: a timetable's "First;Last" (first and last stop) makes every station and town a PERSON.
@pytest.mark.parametrize("text", [
    pytest.param("Line;First;Last\n4;Bahnhof;Kreuzplatz\n7;Stettbach;Wollishofen\n11;Auzelg;Rehalp",
                 marks=pytest.mark.xfail(strict=True, reason="a gap since before session 18 (fails at bd00902 too): the prose model takes an unlisted stop for a name")),
    pytest.param("Route,First,Last\nS1,Zug,Luzern\nS3,Wetzikon,Aarau\nS12,Brugg,Seuzach",
                 marks=pytest.mark.xfail(strict=True, reason="a gap since before session 18 (fails at bd00902 too): the prose model takes an unlisted town for a name")),
])
def test_first_and_last_stops_of_a_timetable_are_no_names(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# FAILS: "First;Last" of a test run or a quarter's report: "Passed", "Failed", "Growth" become PERSON.
@pytest.mark.parametrize("text", [
    "Test;First;Last\nlogin;Passed;Failed\nsearch;Failed;Passed",
    "Quarter;First;Last;Change\nQ1;Growth;Decline;+2\nQ2;Stable;Growth;0",
])
def test_first_and_last_results_are_no_names(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# == 2. OVER-MASKING: chats without stamps =============================================================

# FAILS: key lines whose keys are listed first names that are words ("max", "page", "mark") read as a chat.
@pytest.mark.parametrize("text", [
    pytest.param("mark: the build is green\npage: 3 of 10\nmark: ship it\npage: 4 of 10",
                 marks=pytest.mark.xfail(strict=True, reason="a gap since before session 18 (fails at bd00902 too): lower-case lines read a listed first name before a colon")),
    "stddev: 1.2\nmax: 10\nstddev: 0.8\nmax: 12",
])
def test_key_lines_are_no_chat_speakers(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# GUARD: a log's levels and a forwarded mail's French header keys are no speakers.
@pytest.mark.parametrize("text", [
    "INFO: starting worker\nWARN: disk almost full\nINFO: worker ready\nWARN: retrying",
    "Objet: réunion\nDate: lundi\nObjet: suite\nDate: mardi",
    "Step: preheat the oven\nTip: use butter\nStep: mix flour\nTip: sift it",
])
def test_logs_mail_headers_and_recipes_have_no_speakers(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.PERSON) == []


# == 3. LEAKS: chats without stamps in other layouts ===================================================

PLAIN = ("gundel{c} der mirco hat mir seine nummer gegeben\nstanislaw{c} wohnt der nicht in der stadt?\n"
         "gundel{c} ja\nstanislaw{c} ok")


# FAILS: a space before the colon (French typing) or none after it: the speakers stay in clear.
@pytest.mark.parametrize("colon", [" :", ":"])
def test_plain_chat_with_other_colon_spacing_masks_its_speakers(anonymizer: Anonymizer, colon: str) -> None:
    text = PLAIN.format(c=colon) if colon == " :" else PLAIN.replace("{c}", ":").replace(": ", ":")
    assert in_clear(anonymizer, text, "gundel") == "" and in_clear(anonymizer, text, "stanislaw") == ""


# FAILS: the same chat as a bulleted list or with bold speakers (pasted from Markdown): speakers in clear.
@pytest.mark.parametrize("fmt", [" - {s}:", "**{s}**:"])
def test_plain_chat_in_markdown_masks_its_speakers(anonymizer: Anonymizer, fmt: str) -> None:
    lines = [("gundel", "der mirco hat mir seine nummer gegeben"), ("stanislaw", "wohnt der nicht in der stadt?"),
             ("gundel", "ja"), ("stanislaw", "ok")]
    text = "\n".join(fmt.format(s=s) + " " + m for s, m in lines)
    assert in_clear(anonymizer, text, "gundel") == "" and in_clear(anonymizer, text, "stanislaw") == ""


# FAILS: a short chat of three lines (one speaker once): both names stay in clear.
def test_a_three_line_plain_chat_masks_its_speakers(anonymizer: Anonymizer) -> None:
    text = "gundel: der mirco hat mir seine nummer gegeben\nstanislaw: wohnt der nicht in der stadt?\ngundel: ja"
    assert in_clear(anonymizer, text, "gundel") == "" and in_clear(anonymizer, text, "stanislaw") == ""


# FAILS: hyphenated first names as speakers ("marie-claire", "jean-luc") are no speaker's shape.
def test_hyphenated_speakers_of_a_plain_chat_are_masked(anonymizer: Anonymizer) -> None:
    text = "marie-claire: salut\njean-luc: ça va\nmarie-claire: oui\njean-luc: bon"
    assert in_clear(anonymizer, text, "marie-claire") == "" and in_clear(anonymizer, text, "jean-luc") == ""


# == 4. PHONES beside times =============================================================================

# FAILS: a time in parentheses written with a dot ("(15.00)") after the number: no phone found at all.
def test_phone_before_a_dotted_time_in_parentheses_is_masked(anonymizer: Anonymizer) -> None:
    text = "+41 79 484 56 63 (15.00): hallo"
    assert in_clear(anonymizer, text, "+41 79 484 56 63") == ""


# FAILS: a time without parentheses after the number: its hour is taken into the phone ("... 63 15").
def test_phone_takes_no_hour_of_a_time_after_it(anonymizer: Anonymizer) -> None:
    assert of_type(anonymizer, "0041 79 484 56 63 15:00: hallo", EntityType.PHONE) == ["0041 79 484 56 63"]


# GUARD: the change's own shapes, and one space between time and number.
@pytest.mark.parametrize("text,phone", [
    ("18:45  (617) 793-5758", "(617) 793-5758"), ("18:45 617-793-5758", "617-793-5758"),
    ("0041 79 484 56 63 (15:00): hallo", "0041 79 484 56 63"), ("Tel. 044 123 45 67 (08:00-12:00)", "044 123 45 67"),
])
def test_phone_beside_a_time_is_found_whole(anonymizer: Anonymizer, text: str, phone: str) -> None:
    assert of_type(anonymizer, text, EntityType.PHONE) == [phone]


# == 5. ADDRESSES in chat lines ==========================================================================

# FAILS: a weak suffix ("Close") where someone sends, moves, visits or lives "on", or in capitals: in clear.
@pytest.mark.parametrize("text", [
    "send the parcel to 63 Mill Close please", "we moved into 63 Mill Close last year",
    "visit us at 63 Mill Close", "she lives on 63 Mill Close",
    pytest.param("doesn't he live at 63 MILL CLOSE?", marks=pytest.mark.xfail(strict=True, reason="a gap since before session 18 (fails at bd00902 too): English streets in capitals")),
    "he lives at number 63 Mill Close",
])
def test_a_home_on_a_weak_suffix_street_is_masked(anonymizer: Anonymizer, text: str) -> None:
    assert in_clear(anonymizer, text, "63") == ""


# FAILS: "meet at" before a gate number ("3 Main Gate", "12 North Gate") makes a street ADDRESS.
@pytest.mark.parametrize("text", ["Let's meet at 3 Main Gate after lunch.", "Boarding: meet at 12 North Gate, terminal 2."])
def test_a_meeting_at_a_gate_is_no_address(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.ADDRESS) == []


# FAILS: English "via" after a comma or "in" ("via zoom 3 people", "in via email 2 times") is an Italian street.
@pytest.mark.parametrize("text", ["the talk, via zoom 3 people joined", "sent it in via email 2 times"])
def test_english_via_is_no_italian_street(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.ADDRESS) == []


# FAILS: Italian "via" after "a" or "è" (an address given in a sentence): in clear.
@pytest.mark.parametrize("text", ["abita a via nassa 9?", "l'indirizzo è via nassa 9"])
def test_italian_via_after_other_words_is_masked(anonymizer: Anonymizer, text: str) -> None:
    assert in_clear(anonymizer, text, "nassa 9") == ""


# == 6. CARDS after _card_groups ==========================================================================

# FAILS: valid card numbers in groups a person types (pairs, a short group, a mixed double space, " - ").
@pytest.mark.parametrize("card", [
    "41 11 11 11 11 11 11 11", "4111 1111 1111 11 11", "4111 1111 1111 1 111", "4111  1111 1111 1111",
    "4111 - 1111 - 1111 - 1111",
])
def test_a_card_number_grouped_otherwise_is_masked(anonymizer: Anonymizer, card: str) -> None:
    text = f"Kreditkarte: {card}"
    assert in_clear(anonymizer, text, card) == ""


# == 7. DATES OF BIRTH after names, year cues ============================================================

# FAILS: an age written otherwise between name and date ("age 41", "41 y/o", "41 Jahre alt", "/ 41 /").
@pytest.mark.parametrize("text", [
    "Anna Meier, age 41, 14.03.1985", "Anna Meier (age 41), 14.03.1985", "Anna Meier, 41 y/o, 14.03.1985",
    "Anna Meier, 41 Jahre alt, 14.03.1985", "Anna Meier / 41 / 14.03.1985", "Anna Meier – 41 – 14.03.1985",
])
def test_a_date_of_birth_after_a_name_and_an_age_is_masked(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.DOB) == ["14.03.1985"]


# FAILS: other separators than the new ones (" • ", " -- ", a figure dash): the date stays in clear.
@pytest.mark.parametrize("sep", [" • ", " -- ", " ‒ "])
def test_a_date_of_birth_after_a_name_and_another_separator_is_masked(anonymizer: Anonymizer, sep: str) -> None:
    assert of_type(anonymizer, f"Anna Meier{sep}14.03.1985", EntityType.DOB) == ["14.03.1985"]


# FAILS: the new separators make a document's date after its author a date of birth.
@pytest.mark.parametrize("text", [
    "Rechnung — Anna Meier — 14.03.2009", "Protokoll: Anna Meier / 14.03.2012", "Reviewer: Anna Meier · 2012-03-14",
])
def test_a_documents_date_after_its_author_is_no_birth(anonymizer: Anonymizer, text: str) -> None:
    assert of_type(anonymizer, text, EntityType.DOB) == []


# FAILS: a blank line between header and rows hides "Rechnungsdatum": the invoice date becomes a DOB.
def test_an_invoice_table_with_a_blank_line_under_its_header_has_no_birth(anonymizer: Anonymizer) -> None:
    text = "Kunde;Rechnungsdatum;Betrag\n\nAnna Meier;14.03.1985;120\n"
    assert of_type(anonymizer, text, EntityType.DOB) == []


# FAILS: a sentence ending in "Geburtsdatum." and an appointment's date on the next line: a DOB.
def test_an_appointment_after_a_sentence_naming_the_date_of_birth_is_no_birth(anonymizer: Anonymizer) -> None:
    text = "Bitte bringen Sie Ihren Ausweis mit Geburtsdatum.\nTermin: 18.12.2007"
    assert of_type(anonymizer, text, EntityType.DOB) == []


# FAILS: "born" alone is a year cue now: an idea's or a project's founding year is a DOB.
def test_an_ideas_birth_year_is_no_date_of_birth(anonymizer: Anonymizer) -> None:
    assert of_type(anonymizer, "The idea was born 2001 in Zurich.", EntityType.DOB) == []


# FAILS: two-digit years after "born in", "née en", and without apostrophe after "Jahrgang"/"Jg": in clear.
@pytest.mark.parametrize("text,year", [
    ("I was born in '85.", "85"), ("née en '85 à Lyon", "85"), ("Jahrgang 85, ledig", "85"), ("Jg 71, Bern", "71"),
])
def test_a_two_digit_year_of_birth_is_masked(anonymizer: Anonymizer, text: str, year: str) -> None:
    assert in_clear(anonymizer, text, year) == ""


# == 8. WORK: counted, not timed ==========================================================================

def _c_calls(fn, *args) -> int:
    count = [0]

    def profile(frame, event, arg):  # noqa: ARG001
        if event == "c_call":
            count[0] += 1

    sys.setprofile(profile)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return count[0]


def _roster(n: int) -> tuple[str, list[Entity]]:
    rng = random.Random(n)
    names = ["Anna Q" + "".join(rng.choice("aeiou") + rng.choice("bdfgklmnprstvz") for _ in range(4)) for _ in range(n)]
    entities, pos = [], 0
    for name in names:
        entities.append(Entity(pos, pos + len(name), EntityType.PERSON, name, "x"))
        pos += len(name) + 2
    return ", ".join(names) + ".\n" + "Anna! " * n, entities


# FAILS: past 96 needles, each first word's mention tries every needle sharing it: a roster of n "Anna X"
# and n mentions of "Anna" cost n*n calls (x4 for x2 the text).  Expected: about linear (< x3).
def test_repeated_names_word_by_word_is_linear_in_a_shared_first_name() -> None:
    lexicon = load_lexicon()
    small, large = _roster(200), _roster(400)
    calls_small = _c_calls(repeated_names, small[0], small[1], lexicon)
    calls_large = _c_calls(repeated_names, large[0], large[1], lexicon)
    assert calls_large < 3 * calls_small


# FAILS: a CSV written on one line: each date after a name copies and scans the whole line to find its
# header (characters read = dates x line length).  Expected: at most a bounded reach per date.
def test_header_lookup_reads_a_bounded_stretch_per_date(anonymizer: Anonymizer, monkeypatch) -> None:
    original = person_dates._header_names_no_birth
    read = [0]

    def counted(text: str, pos: int) -> bool:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        read[0] += (len(text) if end < 0 else end) - start  # the row the function slices and scans
        return original(text, pos)

    monkeypatch.setattr(person_dates, "_header_names_no_birth", counted)
    firsts = ["Anna", "Lea", "Paul", "Marco", "Sara", "Jonas", "Nina", "Lukas"]
    lasts = ["Meier", "Brunner", "Keller", "Huber", "Weber", "Frei", "Baumann", "Fischer"]
    cells = [f"{firsts[i % 8]} {lasts[i // 8 % 8]};{1 + i % 28:02d}.03.19{60 + i % 30}" for i in range(400)]
    text = "Mitglied;Eintritt;" + ";".join(cells)
    anonymizer.detect(text)
    assert read[0] <= 50 * len(text)


# GUARD: plain chats and dated-name lines stay within the project's start-position budget.
@pytest.mark.parametrize("text", [
    "gundel: der mirco\nstanislaw: ok\n" * 300,
    "Anna Meier — 41 — 14.03.1985 / " * 300,
    "1 septembre 2025, 12:15 - manon: salut\n" * 300,
])
def test_new_shapes_stay_within_the_position_budget(anonymizer: Anonymizer, text: str) -> None:
    assert _positions(anonymizer, text) <= budget(text)


# == 9. FAIL CLOSED and ROUND TRIP ========================================================================

# GUARD: an exception in the plain-chat path is a DetectionError, never the text unmasked.
def test_a_failure_in_plain_chats_fails_closed(anonymizer: Anonymizer, monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(chat_layouts, "_plain_speaker", boom)  # (the plain chat's layout, chat_layouts.py)
    with pytest.raises(DetectionError):
        anonymizer.detect("gundel: der mirco hat\nstanislaw: ok\ngundel: ja\nstanislaw: gut")


# GUARD: mask then restore gives the text back exactly (wrapped and capital mentions, plain chats, streets).
@pytest.mark.parametrize("text", [
    "Signed: Will Black\nThen WILL BLACK left. Will\nBlack came back.",
    "Unterschrift: Q. Xu\nQ.Xu kommt morgen. Q. Xu auch.",
    PLAIN.format(c=":"),
    "doesn't he live at 63 mill close?\nil habite au 62 ter rue des lilas",
    "Jg. '71 und Lea Brunner — 14.03.1985, Lea Brunner (41, 14.03.1985)",
])
def test_round_trip(anonymizer: Anonymizer, text: str) -> None:
    vault = anonymizer.new_vault()
    assert vault.restore(anonymizer.mask(text, vault)) == text
