"""Review of session 22's anonymizer changes (c6f09c5..bb574c7, src/tarnkappe/privacy): surname-first pairs
joined, names at an address after 'bei'/'chez'/'da'/'with'/'c/o', names after a participle of reporting,
a row's name before its address, team columns ('Namen', 'Mannschaft', 'Crew'), friends' and colleagues'
names, German relatives, initials after ' – ' and ' & ', a log's quoted user, aligned tables in quoted
replies, prefixed postcodes by their country's digits.  Read as an attacker and as a careful user; every
text written for these tests.

Three groups:
1. LEAKS: a personal value in a near variant of a new shape; it must not be in the masked text.
2. OVER-MASKING: ordinary text a new rule may now mask; the words must stay as written.
3. WORK: runs of the new shapes, bounded by counted start positions and counted lexicon look-ups
   (no wall-clock time).

Written with 81 cases, 48 failing: 30 caused by these commits (over-masking: team columns of things, clubs
and roles; shops and brands after 'bei'; services after 'reported by'; a row's venue or branch; a log's
office or bot as its user; 'my colleague will'; a header-like aligned value) and 18 failing before them
too.  Fixed in this review: 25 of the 30 and 7 of the 18 (a team's part with a captain's mark, a third
person's colleague in French and German, tables with tabs or pipes in a quoted reply, a row's time range,
a log's value in single quotes).  Strict xfail:
'open' where the gap stays, 'kept' where masking is the rule's price for names it finds (measured on the
evaluation sets).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tests.privacy.test_linear_time import _positions, assert_look_ups_grow_linearly, budget, metered  # noqa: F401


def masked(anonymizer: Anonymizer, text: str) -> str:
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # detectors/team_cells.py: a part with a digit or a parenthesis is no name, so the surname stays in clear
    pytest.param("Namen: Stumpf / Karge (Paar 3)", "Karge", id="team-part-with-pair-number",
                 marks=pytest.mark.xfail(strict=True, reason="open: a cell half of whose parts are ordinary words "
                                                             "('Karge') is no team's (Apfel / Birne are none) -- the "
                                                             "rule's precision")),
    pytest.param("Mannschaft: Bruder (C), Stumpf, Summer", "Bruder", id="team-part-with-captain-mark"),
    # a team column in a table aligned with spaces: the cell's second surname
    pytest.param("Namen      Punkte\nStumpf / Karge    62.5\nBruder / Summer   58.1", "Karge",
                 id="team-aligned-table",
                 marks=pytest.mark.xfail(strict=True, reason="open, before these commits too: a team column aligned "
                                                             "with spaces is not read by team_cells")),
    # person_rows.py: a round's time written as a range, a surname in capitals without its comma
    pytest.param("Hausbesuche\n09:00-09:45  HAMDAN, Rami | Brunngasse 122 | 5000 Aarau", "Rami",
                 id="row-time-range"),
    pytest.param("Hausbesuche\n10:15  HAMDAN Rami | Brunngasse 122 | 5000 Aarau", "Rami",
                 id="row-capitals-no-comma"),  # (fixed in session 25: a found name widened over the item's end)
    # detectors/inline_fields.py: the user in single quotes
    pytest.param("ts=12:01 user='Gusti Zobel' door=2 granted", "Gusti", id="user-single-quotes"),
    # person_agents.py: a surname-first reporter (the first name left), two reporters, the clause going on
    pytest.param("Schaden gemeldet von Zgraggen, Ivo.", "Ivo", id="agent-surname-first"),
    pytest.param("Schaden gemeldet von Dilshad und Mira.", "Dilshad", id="agent-two-reporters"),
    pytest.param("Schaden gemeldet von Dilshad heute morgen", "Dilshad", id="agent-clause-goes-on"),
    # person_hosts.py: a family in the plural after its article
    pytest.param("schlüssel bei den zgraggens, feldstrasse 1, 6000 luzern", "zgraggens", id="host-plural-family",
                 marks=pytest.mark.xfail(strict=True, reason="open, before these commits too: a family in the plural "
                                                             "after 'bei den'")),
    # person_kin.py: a friend or a colleague after a third person's possessive
    pytest.param("seine kollegin sabine werner übernimmt die schicht", "sabine", id="kin-seine-kollegin"),
    pytest.param("sa collègue adélaïde ledoux pourrait venir", "adélaïde", id="kin-sa-collegue"),
    # detectors/fields.py: an aligned key's value that is a key word too ('Stock' a surname) read as a header
    pytest.param("Name      Stock\nVorname   Ivo\nOrt       Aarau", "Stock", id="aligned-value-surname-is-key"),
    # quoted replies: tables separated by tabs or pipes, and quote marks without a space
    pytest.param("Antwort des Hotels:\n> Name\tGeburtsdatum\tZimmer\n> Zgraggen Ivo\t12.03.1985\t12\n"
                 "> Imhof Lea\t01.07.1990\t14", "Zgraggen", id="quoted-tab-table"),
    pytest.param("Antwort:\n> Name | Geburtsdatum | Zimmer\n> Zgraggen Ivo | 12.03.1985 | 12\n"
                 "> Imhof Lea | 01.07.1990 | 14", "Zgraggen", id="quoted-pipe-table"),
    pytest.param("Antwort des Hotels:\n>Name            Geburtsdatum    Zimmer\n>Zgraggen Ivo    12.03.1985      12\n"
                 ">Imhof Lea       01.07.1990      14", "Zgraggen", id="quoted-aligned-no-space"),
    # person_records.py: a surname before its first name on a travel line
    pytest.param("Reiseplan\nAB ZRH/GVA, Meier/Anna, LX 123", "Meier", id="records-travel-line-surname",
                 marks=pytest.mark.xfail(strict=True, reason="open, before these commits too: 'Meier/Anna' after a "
                                                             "travel line's codes")),
    # pinned: the shapes the commits were made for
    pytest.param("schlüssel liegt bei wilfriede, feldstraße 1, 3000 bern", "wilfriede", id="host-lower-case-guard"),
    pytest.param("Hausbesuche\n10:15  HAMDAN, Rami  |  Brunngasse 122  |  5000 Aarau", "Rami", id="row-guard"),
    pytest.param('ts=12:01 user="Gusti Zobel" door=2 granted', "Gusti", id="user-quoted-guard"),
    pytest.param("ihr Bruder Ivo kommt auch", "Ivo", id="relative-bruder-guard"),
    pytest.param("meine freundin sabine werner würde einspringen", "werner", id="kin-freundin-surname-guard"),
    pytest.param("Paare: P. Kohl & M. Ritter", "M.", id="initials-ampersand-guard"),
    pytest.param("| Tisch | Namen | Punkte |\n|---|---|---|\n| 1 | Bruder / Summer | 62.5 |", "Summer",
                 id="team-markdown-guard"),
    pytest.param("Antwort des Hotels:\n> Name            Geburtsdatum    Zimmer\n"
                 "> --------------  --------------  ------\n> Zgraggen Ivo    12.03.1985      12\n>\n"
                 "> Imhof Lea       01.07.1990      14", "01.07.1990",
                 id="quoted-aligned-blank-quote-line-guard"),
    pytest.param("Danno: remo rotto, segnalato da Hudavent Çorlu.", "Hudavent", id="agent-segnalato-guard"),
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert secret not in masked(anonymizer, text)


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # detectors/team_cells.py: a two-column header's second cell read as the team key's value
    pytest.param("Namen | Punkte\nStumpf / Karge | 62.5", "Punkte", id="team-header-second-cell"),
    # a "Namen"/"Noms" column of things, a team's key holding clubs, roles, a firm, game modes, documents
    pytest.param("Namen | Preis\nApfel / Birne | 3.50\nBrot / Butter | 4.20", "Birne", id="team-column-of-products"),
    pytest.param("Noms | Quantité\nFarine / Sucre | 200 g", "Sucre", id="team-column-of-ingredients"),
    pytest.param("Mannschaft | Punkte\nYoung Boys - Servette | 3\nBasel - Lugano | 1", "Lugano",
                 id="team-column-of-clubs"),
    pytest.param("Giocatori: Juventus - Inter 2:1", "Juventus", id="team-clubs-italian"),
    pytest.param("Besatzung: Kapitän / Steuermann / Koch", "Steuermann", id="team-roles"),
    pytest.param("Mannschaft: Meier & Söhne", "Söhne", id="team-firm-and-sons"),
    pytest.param("Players: Solo / Co-op", "Solo", id="team-game-modes"),
    pytest.param("Namen: Siehe Anhang", "Anhang", id="team-see-attachment"),
    pytest.param("Namen: Bericht / Anhang / Offerte", "Offerte", id="team-documents"),
    # person_hosts.py: a shop or a business centre at its address
    pytest.param("Treffpunkt bei Coop, Hauptstrasse 5, 3000 Bern", "Coop", id="host-shop-coop",
                 marks=pytest.mark.xfail(strict=True, reason="kept: a capitalised word between 'bei' and an address is "
                                                             "a surname as often as a shop's (holdout22, never read, "
                                                             "kept ten names only so) -- privacy first")),
    pytest.param("on se retrouve chez Manor, rue du Marché 6, 1204 Genève", "Manor", id="host-shop-manor",
                 marks=pytest.mark.xfail(strict=True, reason="kept: as host-shop-coop")),
    pytest.param("Reparatur bei Interdiscount, Bahnhofstrasse 20, 3011 Bern", "Interdiscount", id="host-shop-repair",
                 marks=pytest.mark.xfail(strict=True, reason="kept: as host-shop-coop")),
    pytest.param("Briefkasten: Tarnkappe GmbH c/o Regus, Bahnhofplatz 9, 8001 Zürich", "Regus",
                 id="host-care-of-business-centre",
                 marks=pytest.mark.xfail(strict=True,
                                         reason="kept: as host-shop-coop ('c/o' names a person as often)")),
    # person_agents.py: a firm, a service, a board after the participle
    pytest.param("Schaden gemeldet von Swisscom.", "Swisscom", id="agent-firm"),
    pytest.param("Vertrag unterschrieben von Geschäftsleitung.", "Geschäftsleitung", id="agent-board"),
    pytest.param("Contract signed by DocuSign.", "DocuSign", id="agent-signing-service"),
    pytest.param("Reservation booked by Airbnb.", "Airbnb", id="agent-booking-platform"),
    pytest.param("Incident logged by PagerDuty.", "PagerDuty", id="agent-monitoring-service"),
    # person_rows.py: a shop's branch, a venue, a station heading an address with a comma
    pytest.param("Liefertour\n1. Migros, Filiale Oerlikon, Schaffhauserstrasse 350, 8050 Zürich", "Migros",
                 id="row-shop-branch"),
    pytest.param("Programm\n18:00  Apéro, Kunsthaus, Heimplatz 1, 8001 Zürich", "Kunsthaus", id="row-agenda-venue",
                 marks=pytest.mark.xfail(strict=True, reason="kept: 'Apéro, Kunsthaus' has the shape of 'Sivarajah, "
                                                             "Abirami' (a surname, a word no list knows) before an "
                                                             "address")),
    pytest.param("- Zürich, Hauptbahnhof, Bahnhofplatz 1, 8001 Zürich", "Hauptbahnhof", id="row-city-station"),
    # detectors/inline_fields.py: a quoted user or author of capitalised words that names no one
    pytest.param('ts=2024-03-01 user="Main Office" action=login', "Main Office", id="user-office"),
    pytest.param('ts=2024-03-01 user="System Administrator" action=reboot', "System Administrator",
                 id="user-system-administrator"),
    pytest.param('commit=4f2a author="GitHub Actions" status=ok', "GitHub Actions", id="author-ci-bot"),
    pytest.param('issue=12 assignee="Release Team" state=open', "Release Team", id="assignee-team"),
    pytest.param('event=group_add member="Domain Admins" by=svc', "Domain Admins", id="member-ad-group",
                 marks=pytest.mark.xfail(strict=True, reason="open, before these commits too: a 'member' key's group "
                                                             "name")),
    # person_kin.py: a modal verb after "my colleague" (listed first names: Will, May, Can)
    pytest.param("my colleague will send you the report tomorrow", "will send", id="kin-colleague-will"),
    pytest.param("my colleague may join the call later", "may join", id="kin-colleague-may"),
    pytest.param("my colleague can cover for me", "can cover", id="kin-colleague-can"),
    # detectors/address.py: a subscriber number in a tab table is no Austrian postcode before a town
    pytest.param("Abo\tName\nA-23177\tMALARCZYK\nA-23178\tZGRAGGEN", "A-23177", id="postcode-subscriber-number",
                 marks=pytest.mark.xfail(strict=True, reason="open, before these commits too: 'A-23177<tab>MALARCZYK' "
                                                             "without a first name is read by the postcode cells")),
    # pinned: what the commits keep
    pytest.param("Pizzeria Da Michele, Via Cantonale 34, 6900 Lugano", "Michele", id="host-restaurant-guard"),
    pytest.param("Mittagessen\n12:00  Landgasthof zur Linde, Rosenstraße 120, 79539 Lörrach", "Linde",
                 id="row-inn-guard"),
    pytest.param("on mange chez moi, rue du Lac 5, 1200 Genève", "moi", id="host-pronoun-guard"),
    pytest.param("Dokument erfasst von Hand.", "Hand", id="agent-by-hand-guard"),
    pytest.param("for my colleague who's covering today", "who's", id="kin-contraction-guard"),
    pytest.param("mon collègue va vous rappeler demain", "va vous", id="kin-collegue-verb-guard"),
    pytest.param("Mannschaft: FC Basel - FC Zürich", "FC Basel", id="team-club-code-guard"),
    pytest.param("glaubt ihr an den Sohn Gottes?", "Gottes", id="relative-ordinary-word-guard"),
    pytest.param("> Produkt         Menge    Preis\n> Name            Anzahl   Betrag", "Anzahl",
                 id="quoted-product-table-guard"),
    pytest.param("Antwort:\n> Name            Geburtsdatum    Zimmer\n> Zgraggen Ivo    12.03.1985      12",
                 "Geburtsdatum", id="quoted-header-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
NEW_SHAPES = [
    "Namen | Punkte\nAa / Bb - Cc & Dd | 1\n",        # team cells, each part read
    "Namen: " + "Aa / " * 70 + "\n",                  # a team cell near its length bound
    "bei aa bb cc, Bahnhofstrasse 1, 8001 Zürich\n",  # hosts read back from each address
    "10:15  AA, Bb, Bahnhofstrasse 1, 8001 Zürich\n", # rows read back from each address
    "Aa Bb, Cc Dd, Ee Ff, Gg Hh, Bahnhofstrasse 1, ",  # a row start's words before one address
    "gemeldet von Aa Bb Cc. ",                        # agents, each preposition found
    'user="Aa Bb Cc Dd" ',                            # quoted users
    "> Name   Geburtsdatum\n> Aa Bb   1.1.1990\n",    # quoted aligned tables
    "my colleague will ",                             # kin words before a listed first name
    " – A. ",                                         # initials after dashes
]


@pytest.mark.parametrize("shape", NEW_SHAPES)
def test_runs_of_a_new_shape_stay_within_the_position_budget(metered: Anonymizer, shape: str) -> None:
    text = shape * (6000 // len(shape) + 1)
    assert _positions(metered, text) <= budget(text)


@pytest.mark.parametrize("shape", [
    "bei aa bb, Bahnhofstrasse 1, 8001 Zürich\n",    # hosts' words, each looked up
    "10:15  Aa Bb, Bahnhofstrasse 1, 8001 Zürich\n",  # rows' words, each looked up
    "gemeldet von Aa Bb.\n",                         # agents' words
    "Hausbesuche: Aa, Bb\n",                         # surname-first pairs
])
def test_lexicon_look_ups_grow_linearly(metered: Anonymizer, monkeypatch, shape: str) -> None:
    assert_look_ups_grow_linearly(metered, monkeypatch, shape)
