"""HL7 v2 segments (detectors/hl7.py): the field's position says what a value is -- a name joined
by "^", an eight-digit date of birth, an address with its town and postcode -- and the whole value
is masked and restored exactly.  Texts written for the tests."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, Vault
from tarnkappe.privacy.detectors.hl7 import HL7Detector

ADT = ("MSH|^~\\&|KIS|SPITAL|LAB|SPITAL|202612041200||ADT^A01|MSG00001|P|2.5\r"
       "PID|1||4711^^^SPITAL^PI||Grubenmann^Vreni^M^^^||19620415|F|||Dorfstrasse 12^^Wetzikon^ZH^8620^CH"
       "||044 930 12 34|079 555 12 34\r"
       "NK1|1|Grubenmann^Hansruedi|SPO|Dorfstrasse 12^^Wetzikon^ZH^8620^CH|044 930 12 34\r"
       "PV1|1|I|STA^201^1||||1234^Kellerhals^Thomas^^^Dr.|||MED\r")


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def test_each_listed_field_is_one_value() -> None:
    found = [(e.type, e.text) for e in HL7Detector().detect(ADT)]
    assert ("PERSON", "Grubenmann^Vreni^M") in found
    assert ("DOB", "19620415") in found
    assert ("ADDRESS", "Dorfstrasse 12^^Wetzikon^ZH^8620") in found
    assert ("PHONE", "044 930 12 34") in found and ("PHONE", "079 555 12 34") in found
    assert ("PERSON", "Grubenmann^Hansruedi") in found
    assert ("PERSON", "Kellerhals^Thomas") in found
    assert not any(text in ("4711", "F", "MED", "1234") for _, text in found)  # ids, sex, ward


def test_a_message_is_masked_and_restored(anonymizer: Anonymizer) -> None:
    for text in (ADT, ADT.replace("\r", "\n")):
        vault = Vault()
        masked = anonymizer.mask(text, vault)
        for value in ("Grubenmann", "Vreni", "19620415", "Wetzikon", "8620", "930 12 34", "Kellerhals", "Hansruedi"):
            assert value not in masked
        assert vault.restore(masked) == text


def test_a_fields_repetitions_are_one_value() -> None:
    found = [(e.type, e.text) for e in HL7Detector().detect("PID|1||7||Muster^Anna~Beispiel^Anna^^^^M|||||||")]
    assert found == [("PERSON", "Muster^Anna~Beispiel^Anna^^^^M")]  # the whole field
    many = "PID|1||7||" + "Aa~" * 30000 + "\n"  # one entity, not 30,000 (each costs downstream)
    assert len(list(HL7Detector().detect(many))) == 1


def test_no_segment_no_work() -> None:
    assert list(HL7Detector().detect("Die Rechnung 19620415 | Position 2 | CHF 12.50")) == []
    assert list(HL7Detector().detect("XPID|1||7||Muster^Anna")) == []  # not a segment's start


def test_work_is_one_pass_per_line() -> None:
    """Many segments: every line is split once and yields at most its listed fields."""
    line = "PID|1||7||Muster^Anna||19800101|F|||Weg 1^^Ort^^8000||044 123 45 67\n"
    found = list(HL7Detector().detect(line * 5000))
    assert len(found) == 4 * 5000
