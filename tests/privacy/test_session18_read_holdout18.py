"""holdout18, read in session 18 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def found(anonymizer: Anonymizer, text: str, kind: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == kind]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Date de na", "02.09.1987"),   # a fixed-width export cuts its header cells at ten characters
        ("Data di na", "03/04/1962"),
        ("Date of bi", "1964-08-25"),
        ("DATE OF BI", "1960-02-21"),
    ],
)
def test_a_cut_header_still_names_its_birth_date_column(anonymizer: Anonymizer, header: str, date: str) -> None:
    text = (f"Nom                   {header}    Téléphone        Test\n"
            "---------------------------------------------------------\n"
            f"Ilvana Brastok        {date}    0032 470 161070  Lead\n")
    assert date in found(anonymizer, text, "DOB")


def test_a_table_s_cells_run_together_are_no_card(anonymizer: Anonymizer) -> None:
    # an Elo, a FIDE ID and an ISO date of birth, two spaces apart, passed Luhn: the "card" hid the date
    text = ("Nr  Name                    Elo   FIDE-ID   Geburtsdatum\n"
            "--------------------------------------------------------\n"
            "2   Schüssler, Ronja        2312  27321658  1990-03-12\n")
    assert "1990-03-12" in found(anonymizer, text, "DOB")
    assert found(anonymizer, text, "CARD") == []


@pytest.mark.parametrize(
    "card", ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111.1111.1111.1111", "3782 822463 10005", "4111111111111111"],
)
def test_cards_written_in_groups_are_still_cards(anonymizer: Anonymizer, card: str) -> None:
    assert card in found(anonymizer, f"Karte: {card}, gültig bis 12/28", "CARD")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Bitte bestätigen Sie Ihr Geburtsdatum.", "18.12.1987"),
        ("Please confirm your date of birth.", "July 7, 1982"),
        ("Confermi la data di nascita.", "02-03-1987"),
    ],
)
def test_the_answer_to_a_birth_date_question_in_a_chat(anonymizer: Anonymizer, question: str, answer: str) -> None:
    text = f"[27.11.2026 14:58] Praxis: Gerne. {question}\nEleonora: {answer}\n[27.11.2026 15:00] Eleonora: Danke!"
    assert answer in found(anonymizer, text, "DOB")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Hotline:\n18:45  (617) 793-5758  Lynn - fox cub\n", "(617) 793-5758"),    # after a log's time
        ("Journal :\n13:30  04/649.56.93  Maxence - faucon\n", "04/649.56.93"),
        ("Registro:\n07:00  081-6644796  Sandro - gheppio\n", "081-6644796"),
        ("SMS:\n0041 79 484 56 63 (15:00): hallo, Zsolt hier\n", "0041 79 484 56 63"),  # a time after it
        ("Texts:\n617-566-4092 (19:15): hi it's yael\n", "617-566-4092"),
    ],
)
def test_a_phone_beside_a_time_of_day(anonymizer: Anonymizer, text: str, phone: str) -> None:
    assert phone in found(anonymizer, text, "PHONE")


def test_a_time_is_still_no_part_of_a_phone(anonymizer: Anonymizer) -> None:
    # the minutes of "18:45" never start a number, the hour in parentheses never ends one
    text = "18:45  (617) 793-5758 (19:15)"
    assert found(anonymizer, text, "PHONE") == ["(617) 793-5758"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("priya: doesn't he live at 63 mill close?", "63 mill close"),          # a weak suffix where one lives
        ("ezio: non abita in via nassa 9?", "via nassa 9"),                      # Italian "via" after "in"
        ("danilo: non abita in via san gottardo 12?", "via san gottardo 12"),
        ("hortense: il habite pas 62 ter rue des lilas ?", "62 ter rue des lilas"),  # particles stay lower case
        ("hortense: il habite pas 108 ter place du marché ?", "108 ter place du marché"),
    ],
)
def test_an_address_in_a_chat_line(anonymizer: Anonymizer, text: str, address: str) -> None:
    assert address in found(anonymizer, text, "ADDRESS")


@pytest.mark.parametrize("text", ["we met at 10 via zoom with 3 people", "The 5 Close Calls of 2024"])
def test_no_address_in_these(anonymizer: Anonymizer, text: str) -> None:
    assert found(anonymizer, text, "ADDRESS") == []


def test_a_chat_copied_without_time_stamps_names_its_speakers(anonymizer: Anonymizer) -> None:
    text = ("chat mit meiner freundin, was hältst du davon?\n"
            "gundula: der mirco hat mir seine nummer gegeben +49 157 77460421\n"
            "stanislav: wohnt der nicht kastanienallee 54?\n"
            "gundula: der oksana hat mir seine nummer gegeben 0157 60392263\n"
            "stanislav: wohnt der nicht friedrich-ebert-straße 9?\n")
    names = found(anonymizer, text, "PERSON")
    assert names.count("gundula") == 2 and names.count("stanislav") == 2, names


def test_a_form_dump_s_keys_are_no_speakers(anonymizer: Anonymizer) -> None:
    text = "\n".join(["---", "FieldType: Text", "FieldName: applicant.surname", "FieldFlags: 8388608",
                      "FieldValue: Text", "---", "FieldType: Text", "FieldName: applicant.city",
                      "FieldFlags: 8388608", "FieldValue: Bern"])
    assert not {"FieldType", "FieldName", "FieldFlags", "FieldValue"} & set(found(anonymizer, text, "PERSON"))


def test_a_chat_with_dates_in_words_names_its_speakers(anonymizer: Anonymizer) -> None:
    text = ("organise le covoiturage :\n"
            "1 septembre 2025, 12:15 - manon: manuel est malade, nouveau numéro +41 76 007 33 22\n"
            "26 juillet 2026, 17:45 - selam: manon est malade\n")
    names = found(anonymizer, text, "PERSON")
    assert {"manon", "selam", "manuel"} <= set(names), names


def test_forwarded_mail_headers_are_no_speakers(anonymizer: Anonymizer) -> None:
    text = ("Von: Amina Lutz <amina.lutz@example.ch>\nBetreff: Automatische Antwort\n\nHallo\n\n"
            "Von: Désirée Schaub <d.schaub@example.ch>\nBetreff: Automatische Antwort\n")
    assert not {"Von", "Betreff"} & set(found(anonymizer, text, "PERSON"))


def test_a_header_of_last_and_first_names_its_columns(anonymizer: Anonymizer) -> None:
    text = ("berth,last,first,email,iban,fee\n"
            "B24,Raprazzi,Mathea,rapraz83@example.ch,CH6833821259394251434,\"CHF 876,90\"\n")
    assert {"Raprazzi", "Mathea"} <= set(found(anonymizer, text, "PERSON"))


def test_a_grade_first_in_a_transcript_is_no_header(anonymizer: Anonymizer) -> None:
    text = ("Modul              ECTS  Note\n------------------------------\n"
            "Organic Chemistry  7     A\nLinear Algebra     3     First\nFisica II          8     First\n")
    assert not {"A", "First"} & set(found(anonymizer, text, "PERSON"))


def test_a_speaker_named_like_a_month(anonymizer: Anonymizer) -> None:
    text = ("chat with my friend, what do you think?\n"
            "april: jennifer gave me his number (617) 531-6737\npriya: doesn't he live near the park?\n"
            "april: judith gave me his number 503.177.2053\npriya: ok\n")
    names = found(anonymizer, text, "PERSON")
    assert names.count("april") == 2 and names.count("priya") == 2, names
