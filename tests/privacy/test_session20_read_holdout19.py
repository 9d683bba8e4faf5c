"""holdout19, read in session 20 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


@pytest.mark.parametrize(
    "header",
    ["child_first;child_last;group;parent_email;parent_phone;paid",
     "guest_first;guest_last;table;menu;guest_email",
     "player_first;player_last;team;parentPhone"],
)
def test_first_and_last_columns_named_after_their_owner(anonymizer: Anonymizer, header: str) -> None:
    cells = header.split(";")
    rows = [["Moritz", "Brändle"], ["Lina", "Gasser"], ["Yusuf", "Demir"]]
    lines = [header] + [";".join(first_last + ["x"] * (len(cells) - 2)) for first_last in rows]
    text = "\n".join(lines) + "\n"
    found = persons(anonymizer, text)
    for first, last in rows:
        assert last in found or f"{first};{last}" in found
    assert not any("x" == name for name in found)


def test_first_and_last_of_a_timetable_are_no_names(anonymizer: Anonymizer) -> None:
    text = "line;first;last;stops\nS3;Bern;Thun;12\nS5;Biel;Neuchâtel;9\n"
    assert persons(anonymizer, text) == []
