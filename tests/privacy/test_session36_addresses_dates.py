"""Shapes of holdout40 (read in session 36) the anonymizer now masks: a German floor after a street (", EG", ", 2.
og links"), one-word English streets ("14 Kingsway"), a homes' street ending a title, a capitals' town before its
state, streets typed in lower case in chats, a phone after a doctor's street, a street under an Italian form's
"Via, n." key, a person's date of birth after the name a form's key gives (a child, a baby, a companion) and the
dates of birth of an export whose header cells share an owner's prefix -- and what stays readable beside them."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _covered(anonymizer: Anonymizer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(e.type == kind and e.start <= start and start + len(value) <= e.end for e in anonymizer.detect(text))


def _touched(anonymizer: Anonymizer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(e.type == kind and e.start < start + len(value) and start < e.end for e in anonymizer.detect(text))


@pytest.mark.parametrize(("text", "value", "kind"), [
    # a German floor after the street
    pytest.param("| Übergabe | Freitag, 15:00 – Lindenstraße 41b, EG |\n", "Lindenstraße 41b, EG", "ADDRESS",
                 id="floor-eg-cell"),
    pytest.param('8:30,"Maier, Urs","Ahornweg 12, EG",Bahnhofstraße 3,0176 1234567,K. Roth\n', "Ahornweg 12, EG",
                 "ADDRESS", id="floor-eg-csv"),
    pytest.param("Meine Anschrift: Goethestraße 9, Hochparterre · 10115 Berlin. Gruss\n",
                 "Goethestraße 9, Hochparterre · 10115 Berlin", "ADDRESS", id="floor-hochparterre-town"),
    pytest.param("anja (09:12): treffpunkt dann bei mir in der lindenstraße 14, 3. og rechts\nkai (09:13): ok\n",
                 "lindenstraße 14, 3. og rechts", "ADDRESS", id="floor-lower-case-chat"),
    # one-word English streets
    pytest.param("The return left out the flat at 31 Kingsway, which had 40 nights.\n", "31 Kingsway", "ADDRESS",
                 id="kingsway-prose"),
    pytest.param("Registry · Flat 3/1, 52 Queensway · LEEDS LS6 2AB · Tel. 0113 496 0000\n",
                 "Flat 3/1, 52 Queensway · LEEDS LS6 2AB", "ADDRESS", id="queensway-letterhead"),
    pytest.param("9:15 | Hart, Simon | 4 Mill Lane | 19 Southgate | 01865 000000 | J. Doe\n", "19 Southgate",
                 "ADDRESS", id="southgate-cell"),
    pytest.param("Booking log Q3/2026 – 47 Orchard Way\n\nArrival   Guest\n", "47 Orchard Way", "ADDRESS",
                 id="homes-street-ending-title"),
    # a town in capitals before its state, after a street
    pytest.param("ACME TENANCY SERVICES\n410 SW OAK STREET\nPORTLAND, OR 97204-1234\nTEL. +1 503 555 0100\n",
                 "PORTLAND, OR 97204-1234", "ADDRESS", id="caps-town-state"),
    # lower-case addresses in chats and quoted replies
    pytest.param("maya r. — 9:02 am\nyes, drop-off at her place, 2210 w maple avenue\ntom — 9:05 am\nok\n",
                 "2210 w maple avenue", "ADDRESS", id="lower-compass-street"),
    pytest.param("> club office\n> 12 king's road\n> cardiff, cf11 9sd\n", "12 king's road", "ADDRESS",
                 id="lower-possessive-street"),
    pytest.param("> gemeinde thun, abgaben\n> marktgasse 20\n> ch-3600 thun\n> tel. 033 225 00 00\n", "ch-3600 thun",
                 "ADDRESS", id="lower-country-code-town"),
    pytest.param("hôpital – service · 4 bis rue pasteur · 69000 la mulatière · tél. 04 72 00 00 00\n",
                 "69000 la mulatière", "ADDRESS", id="lower-town-article"),
    pytest.param("12/10/2026, 10:01 - gino: ci vediamo al parcheggio di vicolo corto 14/b\n", "vicolo corto 14/b",
                 "ADDRESS", id="lower-vicolo"),
    # French number-first streets: a phone's tail on the line above, the next cell's flat, a phone after
    pytest.param("Cordialement\nMarc Dubois\n06 12 34 56 78\nRésidence les Acacias, 3 bis rue du Puits; 69003 Lyon\n",
                 "06 12 34 56 78", "PHONE", id="phone-tail-above-residence"),
    pytest.param("Cordialement\nMarc Dubois\n06 12 34 56 78\nRésidence les Acacias, 3 bis rue du Puits; 69003 Lyon\n",
                 "Résidence les Acacias, 3 bis rue du Puits; 69003 Lyon", "ADDRESS", id="residence-address"),
    pytest.param("10:30\tMartin, Léa\t8, rue des Lilas\tBât. C, Appt 12, 5 bis rue des Roses\t+33 4 70 00 00 00\n",
                 "Bât. C, Appt 12, 5 bis rue des Roses", "ADDRESS", id="next-cell-units"),
    pytest.param("Médecin traitant: Dr Anne Roux, 6 chemin des Prés, 0033 4 80 00 00 01\nDroits: 12 €\n",
                 "0033 4 80 00 00 01", "PHONE", id="phone-after-doctor-street"),
    pytest.param("Médecin traitant: Dr Anne Roux, 2 rue Centrale, 02.31.00.00.02\n", "02.31.00.00.02", "PHONE",
                 id="dotted-phone-after-street"),
    # an Italian form's street key
    pytest.param("Data di nascita: 01.02.2015\nVia, n.: via Lucomagno 8\nCAP, località: 6710 Biasca\n",
                 "via Lucomagno 8", "ADDRESS", id="via-n-key"),
    pytest.param("data_di_nascita = 3 marzo 1960\nvia,_n. = viale Cattaneo 12\ncap,_località = CH-6900 Lugano\n",
                 "viale Cattaneo 12", "ADDRESS", id="via-n-key-dump"),
    # a date after the name a person's key gives
    pytest.param("## Children\nChild: Ada Novak, March 3, 2019\nChild: Maple, Oct 9, 2022\nCase no.: 1 F 2/25\n",
                 "Oct 9, 2022", "DOB", id="child-month-first"),
    pytest.param("BABY AND CARE\nBaby: Juniper, 2026-08-14\nMidwife / health visitor: Ann Lee, (406) 555-0101\n",
                 "2026-08-14", "DOB", id="baby-this-year"),
    pytest.param("| Bambino/a | tommaso, 03-04-2026 |\n| Ostetrica | Anna Conti, 091 000 00 00 |\n", "03-04-2026",
                 "DOB", id="bambino-cell-lower"),
    pytest.param("Also for\tRuby Castellano, Feb. 2, 2012\nFee\t$9.00\n", "Feb. 2, 2012", "DOB", id="also-for"),
    pytest.param("mit austretendes kind: lena vogt, 4. märz 2019\ngebühr: 20 €\n", "4. märz 2019", "DOB",
                 id="mit-austretendes-kind"),
    pytest.param("| Climbing partner | Owen Hale, 2 Mar 1980 |\n", "2 Mar 1980", "DOB", id="climbing-partner"),
    pytest.param("Compagnon de cordée\tLucien Morel, 1979-05-06\n\nUrgence\n", "1979-05-06", "DOB",
                 id="compagnon-de-cordee"),
    # an export whose header cells share an owner's prefix
    pytest.param("id;applicant_surname;applicant_given_name;applicant_birth_date;applicant_email\n"
                 "1;Zubak;Ines;1983-02-04;iz@example.org\n2;Lind;Oskar;2001-11-30;ol@example.org\n",
                 "1983-02-04", "DOB", id="owner-prefix-header"),
])
def test_masked(anonymizer: Anonymizer, text: str, value: str, kind: str) -> None:
    assert _covered(anonymizer, text, value, kind)


@pytest.mark.parametrize(("text", "value", "kind"), [
    # no floor: a room's, a directive's
    pytest.param("Das Meeting ist in Raum 4, EG. Siehe Version 2, EG-Richtlinie.\n", "Raum 4", "ADDRESS",
                 id="room-floor"),
    # ordinary words ending in -way or -gate after a number
    pytest.param("We closed 2 Railway crossings and 3 Gateway servers.\n", "2 Railway", "ADDRESS", id="railway"),
    pytest.param("Version 2 Gateway ships next week.\n", "2 Gateway", "ADDRESS", id="gateway"),
    pytest.param("Meet at Platform 9 Southgate side.\n", "9 Southgate", "ADDRESS", id="platform-numbered"),
    # a title's dash before a plural or a count
    pytest.param("Chapter 3 – 10 Ways\n\nText\n", "10 Ways", "ADDRESS", id="title-ways"),
    # an hour, a lot's number before a lower-case French street: not the house's number
    pytest.param("ok. installation vendredi 15h, place du Marché 21\n", "15h", "ADDRESS", id="hour-before-street"),
    # a form's answer, a date to come under a person's key
    pytest.param("Also for: None, 12.03.2020\n", "12.03.2020", "DOB", id="also-for-answer-none"),
    pytest.param("Also for: Maple, 2027-01-15\n", "2027-01-15", "DOB", id="baby-date-to-come"),
    # a key that names no person
    pytest.param("Invoice: Maple, 12.03.2020\n", "12.03.2020", "DOB", id="invoice-date"),
    # a header with no owner's prefix shared by half its cells
    pytest.param("order_id;order_date;total;status\n1;2024-03-02;12.00;paid\n", "2024-03-02", "DOB",
                 id="order-header"),
])
def test_left_readable(anonymizer: Anonymizer, text: str, value: str, kind: str) -> None:
    assert not _touched(anonymizer, text, value, kind)
