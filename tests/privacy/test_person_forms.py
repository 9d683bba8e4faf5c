"""Person names in the layouts found reading holdout3 (2026-12-04, session 9; values written here):
surnames in capitals before or after a first name, names confirmed in capitals and mentioned
later in title case, first names that are also words before a found surname, kin words, a
particle after a title, and a column gap ending a "SURNAME, First" item."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _masked(anonymizer: Anonymizer, text: str) -> str:
    return anonymizer.mask(text, anonymizer.new_vault())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Beteiligte/r 1: BRUNNHOFER, Quirina, 14.02.1977\n\nSachverhalt: B1 (Brunnhofer) fuhr links.",
         ["Brunnhofer", "BRUNNHOFER", "Quirina"]),
        ("DRIVER 1: OKONKWO, Chidera   DOB 08/11/1991\nAddress: 13 Meadow View\n\nD1 (Okonkwo) stated",
         ["OKONKWO", "Chidera", "Okonkwo"]),
        ("Beteiligte/r 2: ROSS, Frank, 17.06.1980\n", ["ROSS", "Frank"]),
        ("Conducente: FERRETTI Gianluca, 21/11/1969, residente in Via Roma 3", ["FERRETTI", "Gianluca"]),
        ("Je soussigné(e) HUBERTY Gilles, né le 05/11/1996", ["HUBERTY", "Gilles"]),
        ("Ich melde mich bei August Kühnle wegen der Schlüssel.", ["August Kühnle"]),
        ("Tavolo 2: famiglia Porta (4), zio Durante, nonna Rosa", ["Porta", "Durante", "Rosa"]),
        ("Table 2 : la famille Petit (4 pers.), Tonton Désiré", ["Petit", "Désiré"]),
        ("Unser Vermieter, Frau von Lipp, bestätigt das.", ["von Lipp"]),
        ("Le maire, Woldemariam, promet des aménagements.", ["Woldemariam"]),
        ("mein Mann Eral ist unter 031 873 33 31 erreichbar", ["Eral"]),
    ],
)
def test_names_in_these_forms_are_masked(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    masked = _masked(anonymizer, text)
    for name in names:
        assert name not in masked, (name, masked)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Im August Storch gesehen? Nein, im August war Ferien.", "im August war"),  # a month stays a month
        ("Der CEO Anna Meier kommt.", "CEO"),  # two capitals: no surname
        ("la famille est grande", "la famille est grande"),  # no capitalised word after the kin word
    ],
)
def test_ordinary_words_around_them_stay(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in _masked(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Passengers\n  1. MR TIMON ASHCROFT  DOB 25/03/1981\n  2. MRS LIORA BENTHAM  DOB 12/20/1988",
         ["TIMON", "ASHCROFT", "LIORA", "BENTHAM"]),
        ("Emp ID,Surname,Forename,Date of Birth\n69003,Walker,Quentin,1955-12-28\n", ["Walker", "Quentin"]),
        ("> > On 10/07/2026 Peregrine Hollis <p.hollis@icloud.com> wrote:", ["Peregrine Hollis"]),
        ("Am 02.05.2026 um 11:37 schrieb Jorinde zu Obermoser <j.zo@gmail.com>:", ["Jorinde zu Obermoser"]),
    ],
)
def test_passenger_lists_forename_columns_and_mail_display_names(
        anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    masked = _masked(anonymizer, text)
    for name in names:
        assert name not in masked, (name, masked)


def test_a_role_mailbox_keeps_its_display_name(anonymizer: Anonymizer) -> None:
    assert "Acme Support" in _masked(anonymizer, "From: Acme Support <support@acme.com>")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Accompagnatori: la maestra Flora Vigliotti e il signor Battaglia.", ["Battaglia"]),
        ("Rilievi eseguiti dall'agente Aldobrandi (matricola 8750).", ["Aldobrandi"]),
        ("Il conducente Ortensio riportava lievi contusioni.", ["Ortensio"]),
        ("Secondo Bettoni le fiamme sarebbero partite da una stufa.", ["Bettoni"]),
        ("ID;Cognome;Nome;Data nascita\n38045;Traoré;Adjoa;23/11/1974\n", ["Traoré", "Adjoa"]),
        ("Passeggero 2: Cirillo Seddio – 17/06/1941", ["Cirillo Seddio"]),
    ],
)
def test_italian_titles_roles_and_name_columns(anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    masked = _masked(anonymizer, text)
    for name in names:
        assert name not in masked, (name, masked)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('"Sehr geehrter Herr Sonntag, laut Abrechnung ergibt sich', ["Sonntag"]),
        ("Begleitet werden wir von Frau Mai und von Herrn Rath.", ["Mai", "Rath"]),
        ("Maître Milanesi sollicite la condamnation", ["Milanesi"]),
    ],
)
def test_surnames_that_are_weekdays_months_or_words_after_a_title(
        anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    masked = _masked(anonymizer, text)
    for name in names:
        assert name not in masked, (name, masked)


def test_a_month_after_no_title_stays_a_month(anonymizer: Anonymizer) -> None:
    assert "im Mai" in _masked(anonymizer, "Wir sehen uns im Mai wieder.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Passengers\n  1. MR HAO WANG  DOB 25/09/1965\n  2. MRS LI NA  DOB 01/02/1970\n", ["HAO", "WANG", "LI NA"]),
        ("> > Je suis joignable le soir.\n> > Claudine POUYANNE\n", ["POUYANNE"]),
        ("Ich melde mich bei August Kühnle wegen der Schlüssel.", ["August"]),
    ],
)
def test_short_capitals_after_a_capital_title_and_capital_surnames(
        anonymizer: Anonymizer, text: str, names: list[str]) -> None:
    masked = _masked(anonymizer, text)
    for name in names:
        assert name not in masked, (name, masked)
