"""holdout25, read in session 22 (issue 13): the shapes its leaks showed, written anew here."""

from __future__ import annotations

from tarnkappe.privacy import Anonymizer


def persons(anonymizer: Anonymizer, text: str) -> list[str]:
    return [e.text for e in anonymizer.detect(text) if e.type == "PERSON"]


ACCESS_LOG = """2025-03-02T18:04:11 door=werkstatt badge=4410203311 user="Gisler, Frieda" result=granted
2025-03-02T19:40:52 door=lager badge=4410203311 user="Gisler, Frieda" result=denied
"""


def test_a_quoted_surname_first_pair_is_one_name(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, ACCESS_LOG) == ["Gisler, Frieda", "Gisler, Frieda"]


def test_pairs_in_a_crew_list_and_a_visit_round_are_one_name_each(anonymizer: Anonymizer) -> None:
    crew = '04.05.2025,Seeadler,2x,"Ammann-Bolli, Greta / Zurbriggen, Paul",,9:00,10:15,12\n'
    assert {"Ammann-Bolli, Greta", "Zurbriggen, Paul"} <= set(persons(anonymizer, crew))
    visits = "10:30  Brändli, Ottilie, Kirchgasse 12, 8750 Glarus, 055 640 11 22\n"
    assert "Brändli, Ottilie" in persons(anonymizer, visits)


def test_first_names_and_surname_lists_stay_apart(anonymizer: Anonymizer) -> None:
    # two people named by their first names, three by their surnames: one placeholder each
    found = persons(anonymizer, 'owners="Anna, Bernd" result=ok\nTeam: Meier, Huber, Schmidt\n')
    assert found == ["Anna", "Bernd", "Meier", "Huber", "Schmidt"]


def test_a_foreign_prefix_with_a_wrong_digit_count_is_no_postcode(anonymizer: Anonymizer) -> None:
    row = "A-23177\tMALARCZYK, Kacper\t82 place de la Mairie\t37000 Tours\t02 29 68 87 08\n"
    found = {e.text: e.type for e in anonymizer.detect(row)}
    assert found.get("MALARCZYK, Kacper") == "PERSON"
    assert "A-23177" not in "".join(t for t, kind in found.items() if kind == "ADDRESS")
    # each country's own postcodes still are
    towns = "D-80331 München, A-1010 Wien, CH-8001 Zürich, F-75001 Paris, I-00184 Roma, FL-9490 Vaduz"
    masked = "".join(e.text for e in anonymizer.detect(towns) if e.type == "ADDRESS")
    for town in ("D-80331 München", "A-1010 Wien", "CH-8001 Zürich", "F-75001 Paris", "I-00184 Roma", "FL-9490 Vaduz"):
        assert town in masked


def test_whose_an_address_is(anonymizer: Anonymizer) -> None:
    chat = ("schlüssel liegt ab jetzt bei hiltrud, lindenweg 4\n"
            "la clé est chez moreillon, chemin des pâquerettes 9\n"
            "the key is now with okonkwo, flat 3, 12 mill lane\n"
            "Die Körbe holt der Transporter bei von Gunten, Dorfstrasse 17\n")
    found = persons(anonymizer, chat)
    for name in ("hiltrud", "moreillon", "okonkwo", "von Gunten"):
        assert name in found


def test_no_one_lives_at_a_pronoun_or_a_restaurant(anonymizer: Anonymizer) -> None:
    text = ("Oui je les ai, passez chez moi, 25 rue de la République, 44000 Nantes\n"
            "Ci vediamo alla Pizzeria Da Michele, Via Cantonale 34, 6500 Bellinzona.\n"
            "ti aspettiamo presso la sede, Via Lucino 8, 6900 Lugano\n")
    found = persons(anonymizer, text)
    assert not {"moi", "Michele", "la sede", "sede"} & set(found)


def test_a_friend_who_takes_ones_place_is_named_whole(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "ich kann nicht mehr. meine freundin helga brunner würde meinen platz übernehmen")
    assert "helga brunner" in found
    found = persons(anonymizer, "je ne pourrai plus venir. mon amie nathalie paul pourrait reprendre ma place")
    assert "nathalie paul" in found
    assert persons(anonymizer, "Summarise this thread for my colleague who's covering tomorrow.") == []


def test_initialled_pairs_and_a_header_s_initialled_name(anonymizer: Anonymizer) -> None:
    results = ("1    4 NS   R. Moor – T. Hill        61.20\n"
               "2    7 EW   B. Voss & K. Wolf         58.75\n")
    found = persons(anonymizer, results)
    for name in ("R. Moor", "T. Hill", "B. Voss", "K. Wolf"):
        assert name in found
    assert "F. Gerber" in persons(anonymizer, "Praxis für Ergotherapie Bern – Termine KW 12 – F. Gerber\n")


def test_a_log_s_quoted_user_is_a_person_a_login_is_not(anonymizer: Anonymizer) -> None:
    log = ('2025-01-26T19:48:24 machine="Laser" session_start user="Irmel Kastler" controller=10.0.3.9\n'
           '2025-01-26T19:50:01 door=werkstatt user="von Arx, Bärbel" result=granted\n'
           '2025-01-26T19:51:13 door=werkstatt user=ikastler result=denied\n')
    found = persons(anonymizer, log)
    assert "Irmel Kastler" in found and "von Arx, Bärbel" in found
    assert "ikastler" not in found


def test_the_people_of_a_team_column(anonymizer: Anonymizer) -> None:
    results = ("Platz | Paar | Namen | %\n"
               "1 | 3 NS | Wagner / Summer | 61,20\n"
               "2 | 7 OW | Best - Hollenstein | 58,75\n")
    found = persons(anonymizer, results)
    for name in ("Wagner", "Summer", "Best", "Hollenstein"):
        assert name in found
    assert "NS" not in found and "OW" not in found
    log = "Datum,Boot,Typ,Mannschaft,km\n3.8.2025,Eisvogel,4-,Stumpf / Karge / von Gunten / Bruder,23\n"
    found = persons(anonymizer, log)
    for name in ("Stumpf", "Karge", "von Gunten", "Bruder"):
        assert name in found
    assert "Eisvogel" not in found


def test_a_german_relative_names_the_one_after_it(anonymizer: Anonymizer) -> None:
    assert persons(anonymizer, "Dann würde ihr Bruder Ivo sie bringen.") == ["Ivo"]
    assert persons(anonymizer, "Herr Bruder kommt morgen.") == ["Bruder"]  # a surname after a title still is one


def test_who_reported_it(anonymizer: Anonymizer) -> None:
    assert "Wendelin" in persons(anonymizer, "Schaden: Steuerseil gerissen, gemeldet von Wendelin.")
    assert "Ottavio Reali" in persons(anonymizer, "Danno: remo rotto, segnalato da Ottavio Reali. Ordine n. 4.")
    assert persons(anonymizer, "Rechnung erfasst von Hand; reported by Email.") == []
    assert persons(anonymizer, "Störung gemeldet von Swisscom AG.") == []


QUOTED_ROOMING_LIST = """Am 27.05.2026 um 16:28 schrieb Iris Wyler:
> hier unsere Zimmerliste:
>
> Name               Geburtsdatum    Zimmer    Ausweis-Nr.
> --------------------------------------------------------
> Pfister, Amanda    26.09.1968      DZ        N4617052
> Ruedi Gasser       28.08.1957      DZ        N8902084
>
> Mit freundlichen Grüßen,
"""


def test_a_table_aligned_with_spaces_in_a_quoted_reply(anonymizer: Anonymizer) -> None:
    found = {e.text: e.type for e in anonymizer.detect(QUOTED_ROOMING_LIST)}
    for name in ("Pfister, Amanda", "Ruedi Gasser"):
        assert found.get(name) == "PERSON"
    for date in ("26.09.1968", "28.08.1957"):
        assert found.get(date) == "DOB"
    # the header is no name of the "Name" key
    assert not any("Geburtsdatum" in text for text in found)


def test_a_round_s_rows_name_their_people_not_their_venues(anonymizer: Anonymizer) -> None:
    rounds = ("10:15  KÄSLIN, Rami  |  Brunngasse 12  |  5000 Aarau | 062 822 11 44\n"
              "12:15  Stadelmann Margreth, Mühlebachstrasse 81, 8840 Einsiedeln, 055 412 33 10\n")
    found = persons(anonymizer, rounds)
    assert "KÄSLIN, Rami" in found and "Stadelmann Margreth" in found
    venues = ("## Location\nLandgasthof zur Linde, Rosenstraße 120, 93047 Regensburg\n"
              "> Tierheim Arche, Am Anger 33/Top 4, A-9020 Klagenfurt\n"
              "Anschrift\tLindenhofweg 85, 8810 Horgen\n")
    assert not {"Landgasthof zur Linde", "Tierheim Arche", "Anschrift"} & set(persons(anonymizer, venues))


def test_the_parents_named_in_parentheses(anonymizer: Anonymizer) -> None:
    found = persons(anonymizer, "Die Eltern (Cilly und Burkard) üben zu Hause regelmäßig.")
    assert "Cilly" in found and "Burkard" in found
    assert persons(anonymizer, "Die Eltern (Vater und Mutter) kommen beide.") == []


def test_a_particle_s_surname_alone_in_a_cell(anonymizer: Anonymizer) -> None:
    table = ("| 08.07.2025 | Timon Bieri | von Allmen | B |\n"
             "Fräse\tRivière, André\t18.08.2026\tDe Sousa\tC\n")
    found = persons(anonymizer, table)
    assert "von Allmen" in found and "De Sousa" in found
    care = "18.02.2025\tBritta Forster\t17.03.1936\tzu Hause\tSaverio Fuchs\t079 955 08 44\n| Ort | La Poste |\n"
    assert not {"zu Hause", "La Poste"} & set(persons(anonymizer, care))


def test_whose_new_number_and_who_wrote_the_ps(anonymizer: Anonymizer) -> None:
    chat = ("Micha (15:56)\nwer hat gschwends neue nummer?\n\n"
            "Laurence (20:20)\nqui a le nouveau numéro de vuilleumier ?\n\n"
            "ps von ottilie: schlüssel liegt im briefkasten\n")
    found = persons(anonymizer, chat)
    for name in ("gschwend", "vuilleumier", "ottilie"):
        assert name in found
    assert persons(anonymizer, "wer hat deine neue nummer?\nps von mir: danke\nDas ist unsere neue Nummer.") == []


def test_a_tab_table_in_a_quoted_reply(anonymizer: Anonymizer) -> None:
    reply = "Antwort des Hotels:\n> Name\tGeburtsdatum\tZimmer\n> Wyrsch Ida\t12.03.1985\t12\n> Imhof Lea\t01.07.1990\t14\n"
    found = {e.text: e.type for e in anonymizer.detect(reply)}
    assert found.get("Wyrsch Ida") == "PERSON" and found.get("Imhof Lea") == "PERSON"


def test_a_header_s_column_names_are_no_names(anonymizer: Anonymizer) -> None:
    export = ("Anmeldung\tName\tGeburtsdatum\tderzeit\tKontakt\tTelefon\tPrio\n"
              "03.02.2026\tWyrsch, Ida\t12.03.1931\tzu Hause\tPaul Wyrsch\t079 555 12 34\tA\n")
    found = persons(anonymizer, export)
    assert "Prio" not in found and "Kontakt" not in found
    assert "Wyrsch, Ida" in found


def test_a_maker_before_its_model_s_code_is_no_name(anonymizer: Anonymizer) -> None:
    machines = "| Gerät | Betreuer |\n| 3D-Drucker Prusa MK4 | Ida Wyrsch |\neigenes Teleskop: Dobson 10\"\n"
    found = persons(anonymizer, machines)
    assert "Prusa" not in found and "Dobson" not in found
    assert "Ida Wyrsch" in found
    # a town before a postcode is no maker before a model's code: the postcode goes on ("DL1 4XY")
    masked = "".join(e.text for e in anonymizer.detect("Mr Kai Brook\n14 Elm Road\nHarrowgate DL1 4XY"))
    assert "Harrowgate DL1 4XY" in masked


def test_whose_day_a_dated_heading_ends_with(anonymizer: Anonymizer) -> None:
    rounds = "Hausbesuche Fr 10.10.2025 – Tamerlan\n\n09:00  Ida Wyrsch  |  Am Anger 79b  |  24103 Kiel\n"
    assert "Tamerlan" in persons(anonymizer, rounds)
    assert "Entwurf" not in persons(anonymizer, "Protokoll 12.03.2025 – Entwurf\n\nTraktanden: Budget\n")


def test_a_header_aligned_with_spaces_names_no_one(anonymizer: Anonymizer) -> None:
    ward = ("Bed    Patient              DOB         Faith      Request\n"
            "12     Ida Wyrsch           12.03.1931  catholic   visit\n")
    found = persons(anonymizer, ward)
    assert "Faith" not in found and "Ida Wyrsch" in found
    # a row in capitals is no header: a floor's tenant stays masked
    assert "WALKER" in "".join(persons(anonymizer, "PIANO TERRA   WALKER  CAMINO\n"))
