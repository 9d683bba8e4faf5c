"""Personal values in text machines write (issue 13, session 11): XML elements and FHIR's
family/given keys, ISO 20022 payment files' <Nm>, home directories in paths and first.last chat
mentions (detectors/accounts.py), and passports' and identity cards' machine-readable zones
(detectors/mrz.py).  Texts written for the tests; each is masked and restored exactly."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, Vault
from tarnkappe.privacy.detectors.accounts import AccountDetector
from tarnkappe.privacy.detectors.mrz import MRZDetector
from tarnkappe.privacy.names import load_lexicon

TD3 = ("P<CHEGRUBENMANN<<VRENI<MARIA".ljust(44, "<") + "\n"
       + "X1234567<8CHE6204155F3012312".ljust(42, "<") + "02")
TD1 = ("IDCHEX1234567<8".ljust(30, "<") + "\n" + "6204155F3012312CHE".ljust(29, "<") + "4\n"
       + "GRUBENMANN<<VRENI<MARIA".ljust(30, "<"))


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in anonymizer.detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"resourceType":"Patient","name":[{"family":"Grubenmann","given":["Vreni"]}]}', ("PERSON", "Grubenmann")),
        ("<Patient><lastName>Grubenmann</lastName></Patient>", ("PERSON", "Grubenmann")),
        ("<ns2:Nachname>Grubenmann</ns2:Nachname>", ("PERSON", "Grubenmann")),
        ("<Dbtr><Nm>Vreni Grubenmann</Nm></Dbtr>", ("PERSON", "Vreni Grubenmann")),
        ('<x:phone type="home">044 930 12 34</x:phone>', ("PHONE", "044 930 12 34")),
        ("<birthDate> 1962-04-15 </birthDate>", ("DOB", "1962-04-15")),
        ("Mitglied: Grubenmann V.\nEintritt: 2019", ("PERSON", "Grubenmann V.")),
        ("FileNotFoundError: C:\\Users\\vreni.grubenmann\\Documents\\lohn.xlsx", ("PERSON", "vreni.grubenmann")),
        ("File \"/home/vgrubenmann/projects/app.py\", line 3", ("PERSON", "vgrubenmann")),
        ("@vreni.grubenmann kannst du das prüfen?", ("PERSON", "vreni.grubenmann")),
        (TD3, ("PERSON", "GRUBENMANN<<VRENI<MARIA")),
        (TD3, ("DOB", "620415")),
        (TD1, ("PERSON", "GRUBENMANN<<VRENI<MARIA")),
        (TD1, ("DOB", "620415")),
    ],
)
def test_the_value_is_found_masked_and_restored(anonymizer: Anonymizer, text: str, value: tuple[str, str]) -> None:
    assert value in _found(anonymizer, text)
    vault = Vault()
    masked = anonymizer.mask(text, vault)
    assert value[1] not in masked and vault.restore(masked) == text


@pytest.mark.parametrize(
    "text",
    [
        '"family": "sans-serif"',
        "<Cdtr><Nm>Robert Schneider AG</Nm></Cdtr>",
        "<title>Quarterly Report</title>",
        "/Users/Shared/build and C:\\Users\\Public\\Desktop and /home/runner/work",
        "cc @team-leads @here @channel",
        "mail vreni@grubenmann.ch",
    ],
)
def test_no_person_where_there_is_none(anonymizer: Anonymizer, text: str) -> None:
    assert not [v for t, v in _found(anonymizer, text) if t == "PERSON"]


def test_an_mrz_needs_its_exact_line_lengths() -> None:
    assert list(MRZDetector().detect("P<CHEGRUBENMANN<<VRENI<<\nX1234567<8CHE6204155F")) == []


def test_mentions_and_homes_are_one_pass() -> None:
    detector = AccountDetector(load_lexicon())
    text = "@anna.meier /home/ameier/x " * 2000
    assert len(list(detector.detect(text))) == 4000


def test_an_html_tables_header_types_its_columns(anonymizer: Anonymizer) -> None:
    text = ("<table><tr><th>Name</th><th>Geburtsdatum</th><th>Bemerkung</th></tr>\n"
            "<tr><td>Anna Meier</td><td>12.03.1985</td><td>vegetarisch</td></tr>\n"
            "<tr><td>Vreni Grubenmann</td><td> 1.2.1990 </td><td></td>\n</table>")
    found = _found(anonymizer, text)
    assert ("DOB", "12.03.1985") in found and ("DOB", "1.2.1990") in found
    assert ("PERSON", "Vreni Grubenmann") in found and not [v for t, v in found if v == "vegetarisch"]


@pytest.mark.parametrize(
    ("text", "dob"),
    [("Patient: Anna Meier (F, 12.03.1985)", "12.03.1985"), ("Anna Meier (38), 12.03.1985", "12.03.1985")],
)
def test_a_date_after_a_name_with_its_age_or_sex(anonymizer: Anonymizer, text: str, dob: str) -> None:
    assert ("DOB", dob) in _found(anonymizer, text)
