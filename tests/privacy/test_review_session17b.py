"""Review of 9fe6531..581d3ff (session 17: slash lists, lower-case emergency contacts, lists of dates
of birth, party and stylist keys, a name before an address in parentheses, a chat introduction's
surname; the first review's PNR, spaced-e-mail and LaTeX fixes).  Texts written for these tests.

Tests for problems fail on 581d3ff (no xfail); the last section documents what holds.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tests.privacy import test_linear_time
from tests.privacy.test_linear_time import budget


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


def _covered(anonymizer: Anonymizer, text: str, value: str) -> bool:
    """Every character of ``value`` (its first occurrence) lies inside some entity."""
    start = text.index(value)
    spans = [(e.start, e.end) for e in anonymizer.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(start, start + len(value)))


# -- 1. Left in clear, masked at 9fe6531 (regressions) ------------------------------------------

# pnr.py's read_to: a keyword inside a line already read starts no read of its own -- but a line
# holds more than one element where the PNR is one physical line (a JSON array, "\n" escaped, "; ")
_DOCS_A = "DOCS LX HK1/P/CHE/X1234567/CHE/12MAR85/F/12DEC30/MEIER/ANNA"
_DOCS_B = "DOCS LX HK1/P/CHE/X7654321/CHE/03APR87/M/12DEC30/KELLER/PETER"


@pytest.mark.parametrize("text", [
    '{"ssr": ["' + _DOCS_A + '", "' + _DOCS_B + '"]}',
    '"SSR ' + _DOCS_A + '\\nSSR ' + _DOCS_B + '"',
])
def test_second_passenger_on_the_same_line_is_masked(anonymizer: Anonymizer, text: str) -> None:
    assert "03APR87" in _of(anonymizer, text, "DOB")
    assert _covered(anonymizer, text, "KELLER")


def test_contact_element_after_a_docs_element_on_one_line(anonymizer: Anonymizer) -> None:
    text = "SSR " + _DOCS_A + "; SSR CTCE LX HK1/PETER.KELLER//EXAMPLE.CH"
    assert _covered(anonymizer, text, "PETER.KELLER//EXAMPLE.CH")


@pytest.mark.parametrize("text, value", [
    ("SSR DOCS HK1/P/CHE/X1234567/CHE/12MAR85/F/12DEC30/MEIER/ANNA", "12MAR85"),
    ("SSR CTCE HK1/ANNA.MEIER//EXAMPLE.CH", "ANNA.MEIER//EXAMPLE.CH"),
])
def test_pnr_element_without_an_airline_code(anonymizer: Anonymizer, text: str, value: str) -> None:
    """_KEYWORD now wants an airline code after DOCS/CTCx; without one the element was read before."""
    assert _covered(anonymizer, text, value)


# spoken_email.py: the mail word must stand alone now -- German writes it in compounds
@pytest.mark.parametrize("text", [
    "Mailadresse: anna.meier @ kanzlei.ch",
    "Privatmail: anna.meier @ kanzlei.ch",
])
def test_spaced_email_after_a_compound_mail_word(anonymizer: Anonymizer, text: str) -> None:
    assert len(_of(anonymizer, text, "EMAIL")) == 1


@pytest.mark.parametrize("text", [
    "E-Mail: anna_meier @ kanzlei.ch",              # '_' in a local part refused now
    "E-Mail: hans @ praxis-keller.biz",              # a top-level domain not in the short list
])
def test_spaced_email_with_underscore_or_other_tld(anonymizer: Anonymizer, text: str) -> None:
    assert len(_of(anonymizer, text, "EMAIL")) == 1


def test_latex_line_break_before_crlf_keeps_the_town(anonymizer: Anonymizer) -> None:
    """The first review's fix reads '\\\\' before '\\n' as nothing in both views, but markup.py
    checks only '\\n': before '\\r\\n' the postcode line stays in clear (also at 9fe6531)."""
    text = "Frau Lena Bucher\\\\\r\nObere Gasse 4\\\\\r\n7000 Chur}"
    assert _covered(anonymizer, text, "7000 Chur")


# -- 2. Over-masking: ordinary words become PERSON / DOB ---------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Anna Meier / Marketing / Zürich", "Zürich"),
    ("Autorin: Anna Meier / LinkedIn / GitHub", "GitHub"),
    ("Hans Keller / Swisscom / Projektleiter", "Projektleiter"),
])
def test_slash_list_beside_a_name_is_not_all_names(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Gäste: Rollstuhl / Gehhilfe", "Gehhilfe"),      # person_slashes' own docstring example
    ("Guests: Wedding / Birthday", "Wedding"),
    ("Passengers: ZRH / LHR / JFK", "LHR"),
])
def test_group_key_value_of_options_is_no_name(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Leistung;Friseur;Preis\nHerrenschnitt;Junior;45\nDamenschnitt;Senior;85", "Junior"),
    ("Opérateur : Free Mobile\nForfait : 100 Go", "Free Mobile"),
])
def test_role_key_holding_a_level_carrier_or_salon(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _of(anonymizer, text, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("notfall: kinderspital 044 266 71 11", "kinderspital"),
    ("driver helpdesk +41 44 555 12 34", "helpdesk"),
    ("service – notfall: werkstatt 044 555 12 34", "service"),   # the line-start "who"
])
def test_lower_case_service_before_a_phone_is_no_name(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _of(anonymizer, text, "PERSON")


def _chat(body: str, later: str = "ok") -> str:
    return ("[03.12.24, 18:30:40] Anna M.: hallo zusammen\n"
            f"[03.12.24, 18:31:02] Tom K.: {body}\n"
            f"[03.12.24, 18:32:00] Anna M.: {later}")


@pytest.mark.parametrize("body, word", [
    ("ich bin zuhause von morgen an", "zuhause"),
    ("c'est cool de ta part", "cool"),
])
def test_chat_introduction_before_a_preposition_is_no_name(anonymizer: Anonymizer, body: str, word: str) -> None:
    assert word not in _of(anonymizer, _chat(body), "PERSON")


def test_a_wrong_introduction_spreads_over_the_whole_chat(anonymizer: Anonymizer) -> None:
    """The word is added to the chat's name parts: every later "zuhause" is masked too."""
    text = _chat("ich bin zuhause von morgen an", "zuhause ist es am schönsten")
    assert _of(anonymizer, text, "PERSON").count("zuhause") == 0


@pytest.mark.parametrize("text, date", [
    ("Pat. Anna Meier, geb. 14.02.1978, 03.05.2023: Kontrolle nach Eingriff", "03.05.2023"),
    ("nata il 14.02.1978 e il 15.03.2020 assunta in ditta", "15.03.2020"),
])
def test_a_later_date_joined_to_a_birth_date_is_no_birth(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert date not in _of(anonymizer, text, "DOB")


@pytest.mark.parametrize("text", [
    "Call with Nate on 03.05.2023 about the budget.",
])
def test_the_first_name_nate_is_no_birth_cue(anonymizer: Anonymizer, text: str) -> None:
    """dates.py's plural cues nat[oaie]: "Nate" (English first name) now cues a date of birth."""
    assert _of(anonymizer, text, "DOB") == []


@pytest.mark.parametrize("text, word", [
    ("- Swisscom (Alte Tiefenaustrasse 6, 3048 Worblaufen): Vertrag", "Swisscom"),
    ("Filialen:\n- Hauptsitz (Bahnhofstrasse 12, 8001 Zürich)", "Hauptsitz"),
])
def test_a_company_before_its_address_in_parentheses(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _of(anonymizer, text, "PERSON")


# -- 3. What holds (pass) ----------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Gäste: Wolf, Berndt / zu Dohna, Eitel", ["Wolf, Berndt", "zu Dohna, Eitel"]),
    ("Meier / Keller / Brunner", ["Meier", "Keller", "Brunner"]),
    ("- von Bülow, Tanja (Bahnhofstraße 57b): 3.500 l", ["von Bülow, Tanja"]),
])
def test_real_lists_of_names_are_masked(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    found = _of(anonymizer, text, "PERSON")
    assert all(n in found for n in names)


@pytest.mark.parametrize("text", [
    "notfall: ambulanz 144", "fahrer bitte anrufen 079 555 12 34", "Gäste: Hochzeit / Geburtstag",
])
def test_ordinary_words_stay(anonymizer: Anonymizer, text: str) -> None:
    assert [p for p in _of(anonymizer, text, "PERSON") if p != "Anna Meier"] == []


def test_chat_introduction_with_surname(anonymizer: Anonymizer) -> None:
    assert "giancarlo balotelli" in _of(anonymizer, _chat("c'est giancarlo balotelli du n° 14"), "PERSON")
    assert _of(anonymizer, _chat("ich bin müde."), "PERSON").count("müde") == 0


def test_birth_date_lists_keep_other_dates(anonymizer: Anonymizer) -> None:
    text = "Anna Meier, geb. 14.02.1978 / Eintritt 01.04.2020; nés le 3.4.2012 et le 5.6.2015"
    dobs = _of(anonymizer, text, "DOB")
    assert "01.04.2020" not in dobs and {"14.02.1978", "3.4.2012", "5.6.2015"} <= set(dobs)


@pytest.mark.parametrize("text, value", [
    ("email='ivana@gmx.ch'", "ivana@gmx.ch"),
    ("Frau Lena Bucher\\\\\nObere Gasse 4\\\\\n7000 Chur}", "7000 Chur"),
])
def test_first_review_fixes_hold(anonymizer: Anonymizer, text: str, value: str) -> None:
    assert _covered(anonymizer, text, value)


# the work-bound test's anonymizer (a fixture) and meter, shared (tests/privacy/test_linear_time.py)
metered = test_linear_time.metered
_positions = test_linear_time._positions


@pytest.mark.parametrize("text", [
    "Anna Meier / " * 4000,
    "notfall: " + "jo ko 079 555 12 34 " * 2000,
    "geb. 14.02.1978" + " / 14.02.1978" * 3000,
    "Gäste: " + "Anna / " * 4000,
    "- Anna Keller (Bahnhofstrasse 1, 8001 Zürich)\n" * 1000,
])
def test_new_rules_stay_within_the_work_bound(metered: Anonymizer, text: str) -> None:
    assert _positions(metered, text) <= budget(text)
