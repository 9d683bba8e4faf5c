"""Review of session 15's privacy changes (an attacker's reading of ccdb410..6b081c2).

* Speed: a label sheet's column view rebuilt the list of its cells' starts for every address found in it,
  and mapped each span back by walking all its cells -- ~2.2 s per 100 KB of a two-column sheet of
  addresses, quadratic (200 KB: ~8.5 s).  Now ~0.3 s per 100 KB, linear.
* Leaks: an FDF string's octal escapes of PDFDocEncoding's 0x80-0x9E ("Pawe\\233", "Paweł") were read as
  Latin-1's control characters, no name.  A date of birth with a time after it ("Geburtsdatum: 12.03.1980
  00:00:00", "DOB: 1980-03-12 00:00", as database exports print one) was no answer any more: the rule
  meant for a chat's stamp ("[03.12.26, 19:08:53] …" under a birth question) took every date with a
  time.  FDF files as pdftk's generate_fdf writes them ("/V (…)" on one line, "/T (…)" on the next) left
  their values in clear.  A mail's signature under its "-- " line ("-- \\nhildegard wallner") was not read.
* Over-masking: a tool's log in brackets ("[nodemon] …", "[webpack-cli] …", an ini file's "[mysqld]") was
  a chat, its tool a person; command-line options ("--verbose", "--dry-run", "--kubeconfig") and SQL
  comments ("-- fixme") were signatures; lower-case lists of colours and flowers ("amber, ruby, jade,
  hazel", "rose, lily, iris, daisy, violet") were lists of names; a heading's count over a year's line
  ("Release Notes Version 12" over "2024 Highlights") was a street.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.columns import ColumnView, column_views


def _of(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


# --- speed: a column view's cells -------------------------------------------------------------------------

def test_a_column_views_cell_starts_are_built_once() -> None:
    sheet = "Anna Meier                 Beat Keller\nSonnenhang 8a              Lindenweg 3\n" * 50
    views = column_views(sheet)
    assert views
    for view in views:
        assert view._starts is view._starts  # (built per call, a 100 KB sheet cost seconds)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=1, max_size=12), st.integers(0, 120), st.integers(0, 40))
def test_a_column_views_spans_are_the_cells_it_touches(lengths: list[int], start: int, width: int) -> None:
    cells, pos = [], 0
    for k, length in enumerate(lengths):
        cells.append((pos, 1000 * k, length))
        pos += length + 1
    view = ColumnView("\n".join("x" * n for n in lengths), tuple(cells))
    end = start + width
    expected = [(o + max(start, v) - v, o + min(end, v + n) - v)
                for v, o, n in cells if max(start, v) < min(end, v + n)]
    assert view.spans(start, end) == expected


def test_a_label_sheet_is_still_read_down_its_columns(anonymizer: Anonymizer) -> None:
    text = ("Anna Meier                 Beat Keller\nSonnenhang 8a              Lindenweg 3\n"
            "20095 Hamburg              3011 Bern\n")
    addresses = " ".join(_of(anonymizer, text, "ADDRESS"))
    for part in ("Sonnenhang 8a", "Lindenweg 3", "20095 Hamburg", "3011 Bern"):
        assert part in addresses


# --- leaks --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("Geburtsdatum: 12.03.1980 00:00:00", "12.03.1980"),
    ("DOB: 1980-03-12 00:00", "1980-03-12"),
    ("date_of_birth = 1980-03-12 00:00:00", "1980-03-12"),
    ("Patient: Huber, Anna; geb. 12.03.1980 00:00", "12.03.1980"),
    ("Geboren: 12.03.2024, 14:32 Uhr, 3450 g, 51 cm", "12.03.2024"),
    ("born 12/03/2024 14:32, 3.2 kg", "12/03/2024"),
])
def test_a_date_of_birth_with_a_time_after_it(anonymizer: Anonymizer, text: str, date: str) -> None:
    assert date in " ".join(_of(anonymizer, text, "DOB"))


def test_a_chats_stamp_under_a_birth_question_is_still_no_answer(anonymizer: Anonymizer) -> None:
    text = ("[03.12.26, 19:04:10] Sita S.: die wollen noch dein geburtsdatum\n"
            "[03.12.26, 19:08:53] Darsh Ramachandran: moment\n")
    assert not any("03.12.26" in d for d in _of(anonymizer, text, "DOB"))


def test_an_fdf_file_as_pdftk_generates_it(anonymizer: Anonymizer) -> None:
    text = ("%FDF-1.2\n1 0 obj \n<<\n/FDF \n<<\n/Fields [\n<<\n/V (Kowalczyk)\n/T (Last Name)\n>> \n"
            "<<\n/V (14.02.1987)\n/T (Date of Birth)\n>> \n<<\n/V (Gra\\347a)\n/T (Vorname)\n>>]\n>>\n>>\nendobj\n")
    assert "14.02.1987" in _of(anonymizer, text, "DOB")
    persons = _of(anonymizer, text, "PERSON")
    assert "Kowalczyk" in persons and "Gra\\347a" in persons


def test_an_fdf_string_in_pdfdocencodings_upper_range(anonymizer: Anonymizer) -> None:
    # (0x80-0x9E are PDFDocEncoding's own: "\\233" is "ł", not a Latin-1 control character)
    persons = _of(anonymizer, "<</T(Vorname)/V(Pawe\\233)>>\n<</T(Nachname)/V(\\225ukaszewicz)>>\n", "PERSON")
    assert persons == ["Pawe\\233", "\\225ukaszewicz"]


def test_an_fdf_field_over_two_lines_name_first(anonymizer: Anonymizer) -> None:
    assert "14.02.1987" in _of(anonymizer, "<</T(Geburtsdatum)\n/V(14.02.1987)>>", "DOB")


@pytest.mark.parametrize("text", ["grüße\n-- \nhildegard wallner\n", "danke!\r\n-- \r\nhildegard wallner\r\n"])
def test_a_lower_case_signature_on_the_line_after_the_dashes(anonymizer: Anonymizer, text: str) -> None:
    assert "hildegard wallner" in _of(anonymizer, text, "PERSON")


def test_a_drivers_signature_after_the_dashes_stays_masked(anonymizer: Anonymizer) -> None:
    assert "mert" in _of(anonymizer, "53099: nicht da, karte eingeworfen\n-- mert, 0676-4606176\n", "PERSON")


# --- over-masking -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "[nodemon] 2.0.22\n[nodemon] watching path(s): *.*\n[nodemon] starting `node index.js`\n",
    "[webpack-cli] Compiler starting...\n[webpack-cli] Compiler finished\n",
    "[core] fix race in scheduler\n[api] add pagination\n[deps] bump lodash\n",
    "[mysqld] datadir=/var/lib/mysql\n[client] port=3306\n",
    "[eslint] src/a.js line 3\n[tsc] error TS2322\n",
    "[Intro] la la\n[Bridge] ooh\n",
])
def test_a_tools_log_in_brackets_is_no_chat(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


def test_a_chat_in_brackets_is_still_one(anonymizer: Anonymizer) -> None:
    persons = _of(anonymizer, "[trudi] hallo carsten, wie gehts\n[carsten] gut danke, und dir?\n", "PERSON")
    assert persons.count("trudi") == 1 and persons.count("carsten") == 2


@pytest.mark.parametrize("text", [
    "--verbose\n--dry-run\n--no-cache\n--kubeconfig\n--frozen-lockfile\n--noconfirm\n--stacktrace\n",
    "run it again with\n--verbose\n",
    "-- migration\nCREATE TABLE users (id int);\n-- todo\n-- fixme\n-- indexes\nCREATE INDEX i ON users(id);\n",
])
def test_options_and_sql_comments_are_no_signatures(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "colours available: amber, ruby, jade, hazel, olive, ivory",
    "flowers in the garden: rose, lily, iris, daisy, violet, heather",
    "precious stones: amethyst, opal, pearl, coral, crystal",
])
def test_lower_case_lists_of_words_that_are_first_names_too(anonymizer: Anonymizer, text: str) -> None:
    assert _of(anonymizer, text, "PERSON") == []


def test_a_lower_case_list_of_names_is_still_read(anonymizer: Anonymizer) -> None:
    persons = _of(anonymizer, "anwesend: lou, rana zechmeister, ochsenknecht", "PERSON")
    assert "ochsenknecht" in persons and "lou" in persons
    # (a first name that is a word too counts beside one that is not)
    persons = _of(anonymizer, "12/11/2026 | 1x skiff 3 | duchesne, mark, laurent | 19 km | ok", "PERSON")
    assert {"duchesne", "mark", "laurent"} <= set(persons)


@pytest.mark.parametrize(("text", "heading"), [
    ("Release Notes Version 12\n2024 Highlights\n", "Version 12"),
    ("Sprint 14\n2025 Roadmap\n", "Sprint 14"),
    ("Terminal 2\n8302 Kloten\n", "Terminal 2"),
])
def test_a_headings_count_over_a_years_line_is_no_street(anonymizer: Anonymizer, text: str, heading: str) -> None:
    assert not any(heading in a for a in _of(anonymizer, text, "ADDRESS"))


def test_a_bare_street_over_its_postcode_is_still_one(anonymizer: Anonymizer) -> None:
    # (masked alone or with its town in one span, as a street with a street word is since session 26)
    addresses = _of(anonymizer, "Familie Brandl\nSonnenhang 8a\n20095 Hamburg\n", "ADDRESS")
    assert any("Sonnenhang 8a" in a for a in addresses) and any("20095 Hamburg" in a for a in addresses)
