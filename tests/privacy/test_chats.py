"""Chat exports (privacy/chats.py; found reading holdout5, session 11; texts written for the
tests): WhatsApp's two line formats and Teams' copy -- the speaker whatever the name's shape, a
speaker's name again in lower case, introductions and mentions, lower-case names in a message
written in lower case, and a date of birth given as the answer to the message before.  An agenda
with times is no chat."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, Vault

WHATSAPP_IOS = (
    "[03.12.26, 18:16:10] Darsh Ramachandran: hallo zusammen! umzug ist am samstag\n"
    "[03.12.26, 18:30:40] Sita S.: bin dabei 💪 kommt olga auch mit?\n"
    "[03.12.26, 18:42:23] Olga: jaa, ab 10. kann mich jemand abholen?\n"
    "[03.12.26, 18:52:35] +43 664 944 99 27: hi, hier ist melisa, darshs kollegin 😅\n"
    "[03.12.26, 19:03:37] Darsh Ramachandran: klar, danke Melisa!! @Sita kannst du buchen?\n"
    "[03.12.26, 19:04:10] Sita S.: gebucht. die wollen noch dein geburtsdatum für den zweitfahrer\n"
    "[03.12.26, 19:08:53] Darsh Ramachandran: 1989-04-01\n"
    "[03.12.26, 19:22:38] Darsh Ramachandran: ihr seid die besten. gunilla und behruz sanjarov kommen nachmittags\n"
)
WHATSAPP_ANDROID = (
    "01/12/2026 à 20:00 - Pascale Petit: coucou tout le monde !\n"
    "01/12/2026 à 20:08 - Simone B.: je viens, nolwenn aussi je crois ?\n"
    "01/12/2026 à 20:16 - Nolwenn: oui à partir de 10h\n"
    "01/12/2026 à 21:05 - Simone B.: ils veulent ta date de naissance pour le 2e conducteur\n"
    "01/12/2026 à 21:07 - Pascale Petit: c'est le 25/05/76\n"
)
TEAMS = (
    "Harding, Bailey   20:47\nhey all! move is on saturday from 9am\n\n"
    "Gregory, Jennifer   20:58\ni'm in, is marek coming too?\n\n"
    "Simson, Marek   21:06\nyep from 10.\n\n"
    "Gregory, Jennifer   21:28\nbooked. they need your date of birth for the second driver\n\n"
    "Harding, Bailey   21:37\n1st November 1999\n"
)


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _found(anonymizer: Anonymizer, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in anonymizer.detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (WHATSAPP_IOS, ("PERSON", "Sita S.")),
        (WHATSAPP_IOS, ("PERSON", "olga")),
        (WHATSAPP_IOS, ("PERSON", "melisa")),
        (WHATSAPP_IOS, ("PERSON", "darsh")),  # "darshs kollegin": the genitive's s stays outside
        (WHATSAPP_IOS, ("PERSON", "Sita")),  # "@Sita"
        (WHATSAPP_IOS, ("PHONE", "+43 664 944 99 27")),
        (WHATSAPP_IOS, ("DOB", "1989-04-01")),
        (WHATSAPP_IOS, ("PERSON", "gunilla")),
        (WHATSAPP_IOS, ("PERSON", "behruz sanjarov")),
        (WHATSAPP_ANDROID, ("PERSON", "Simone B.")),
        (WHATSAPP_ANDROID, ("PERSON", "nolwenn")),
        (WHATSAPP_ANDROID, ("DOB", "25/05/76")),
        (TEAMS, ("PERSON", "Gregory, Jennifer")),
        (TEAMS, ("PERSON", "marek")),
        (TEAMS, ("DOB", "1st November 1999")),
    ],
)
def test_chat_values_are_found(anonymizer: Anonymizer, text: str, value: tuple[str, str]) -> None:
    assert value in _found(anonymizer, text)


@pytest.mark.parametrize("text", [WHATSAPP_IOS, WHATSAPP_ANDROID, TEAMS])
def test_a_chat_is_masked_and_restored(anonymizer: Anonymizer, text: str) -> None:
    vault = Vault()
    masked = anonymizer.mask(text, vault)
    for value in ("Sita", "olga", "melisa", "sanjarov", "1989-04-01", "nolwenn", "25/05/76", "marek", "1999"):
        assert value not in masked
    assert vault.restore(masked) == text


def test_ordinary_words_of_a_lower_case_message_stay(anonymizer: Anonymizer) -> None:
    persons = {v for t, v in _found(anonymizer, WHATSAPP_IOS) if t == "PERSON"}
    assert not persons & {"seid", "besten", "kommen", "nachmittags", "zusammen", "umzug"}


def test_an_agenda_with_times_is_no_chat(anonymizer: Anonymizer) -> None:
    agenda = "Programm\nBegrüssung   09:00\nalle treffen sich im foyer\nKaffeepause   10:30\nim saal 2\n"
    assert not [e for e in anonymizer.detect(agenda) if e.type == "PERSON"]


def test_a_date_without_a_question_before_is_no_birth_date(anonymizer: Anonymizer) -> None:
    chat = ("[03.12.26, 18:16:10] Anna Meier: wann ist die abgabe?\n"
            "[03.12.26, 18:20:00] Beat Keller: 2026-12-15\n")
    assert not [e for e in anonymizer.detect(chat) if e.type == "DOB"]
