"""Values inside log lines, query strings and SQL INSERTs, and %40 e-mails (issue 13, session 10:
formats named for the sixth blind set's writer -- logs, SQL dumps -- built without reading it)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.detectors import scan


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in anonymizer.detect(text)}


def test_a_log_line_and_a_query_string(anonymizer: Anonymizer) -> None:
    found = _found(anonymizer, "2026-12-01 INFO login user=4711 email=ilse.harrer%40example.ch "
                               "name=Ilse+Harrer dob=1981-04-30 version=2.3.1 status=ok")
    assert {("EMAIL", "ilse.harrer%40example.ch"), ("PERSON", "Ilse+Harrer"), ("DOB", "1981-04-30")} <= found
    assert not any("2.3.1" in text or "ok" == text for _, text in found)
    found = _found(anonymizer, "GET /api/users?first_name=Wiebke&last_name=Oberlin&phone=%2B41%2044%20555%2012%2012")
    assert {("PERSON", "Wiebke"), ("PERSON", "Oberlin"), ("PHONE", "%2B41%2044%20555%2012%2012")} <= found


def test_sql_insert_values_follow_their_columns(anonymizer: Anonymizer) -> None:
    text = ("INSERT INTO patients (id, first_name, last_name, birth_date, city, note) VALUES\n"
            "  (1, 'Anna', 'O''Dwyer', '1980-03-12', 'Bern', 'Kontrolle'),\n"
            "  (2, 'Jörg', 'Kälin', '1975-11-02', NULL, 'Wiebke Harrer');")
    found = _found(anonymizer, text)
    assert {("PERSON", "Anna"), ("PERSON", "O''Dwyer"), ("DOB", "1980-03-12"), ("PERSON", "Jörg"),
            ("PERSON", "Kälin"), ("DOB", "1975-11-02")} <= found
    assert not any(t == "Kontrolle" for _, t in found)
    masked = anonymizer.mask(text, anonymizer.new_vault())
    assert "Dwyer" not in masked and "1975-11-02" not in masked and "Kontrolle" in masked


def test_a_malformed_insert_is_read_no_further_and_costs_a_bounded_scan(anonymizer: Anonymizer) -> None:
    text = "INSERT INTO t (name) VALUES ('Anna Meier', " + "'x', " * 20_000
    scan.METER.on, scan.METER.positions = True, 0
    try:
        found = anonymizer.detect(text)
        positions = scan.METER.positions
    finally:
        scan.METER.on = False
    assert positions <= 80 * len(text)
    assert any(e.text == "Anna Meier" for e in found)
