"""Review of session 23's anonymizer changes (80874e5..acfc4dc, src/tarnkappe/privacy): DICOM dumps and
'Family^Given' names (detectors/dicom.py, without_dump_words), unquoted surname-first people in mail headers and a
form's name with particles (detectors/fields.py), IRC logs and chat nicknames (chat_layouts.py, chats.py),
children's dates after names (person_dates.py, person_children.py), lower-case doorbells and lower-case streets
ending at their comma (person_labels.py, anonymizer.py), splits of shares (person_shares.py), families with
particles and in lower case (person_phrases.py), German streets named after fields (detectors/address.py,
lowercase.py).  Read as an attacker and as the user whose data it is; every text written for these tests.

Two groups:
1. LEAKS: a personal value in a near variant of a new shape (another dump format, separator, language, case,
   word order); each of its letters and digits must be covered by a detected entity of the expected type.
2. OVER-MASKING: ordinary text a new rule may now mask (carets of formulas, code and HL7, tools' IRC logs and bots
   in chats, event dates after names, splits of things, 'fam.' in other senses, form fields and angles after
   'Im'); the words must stay as written.

Written with 74 cases (41 leaks, 33 over-masking), 67 failing at acfc4dc, none marked.  Regressions among them
(found by leaving the rule out, or by the detector that adds the span): five leaks (the four dump lines whose
names without_dump_words drops, the town the lower-case street's comma rule cuts off) and 25 of the 28
over-masking failures; 'Helpdesk, Informatik', 'Fam. Stand' and dcm4che's keyword were masked before too.  The
other 34 leaks are gaps near the new rules.

Fixed in session 23 after the review: the five regressions (without_dump_words drops only a dump line's keyword after
its value; the lower-case street's comma ends it only before three words or more) and 21 of the over-masking cases
(carets on HL7, formula and code lines; IRC log levels, services and bots; nicknames short, not German nouns, without
inner capitals; dates after names only where the text speaks of children, births, sign-ups or insurance; doorbells'
role words; splits of flours and parents; 'fam.' only before a listed surname).  Strict xfail: 34 leaks "open" (gaps
for a later session), four over-masking cases masked before these commits too, two "kept" (privacy first).

No exception and no super-linear cost found: random concatenations of the new shapes' fragments (16,000 texts)
masked and restored without error, and 25 KB -> 100 KB runs of each new shape (carets, unclosed dump lines, IRC
lines, nicknames, mail lists, siblings, children, doorbells, splits, families, field streets) grew about fourfold
(at most ~1 s per 100 KB, as a WhatsApp export of the same size).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType

PERSON, DOB, ADDRESS = EntityType.PERSON, EntityType.DOB, EntityType.ADDRESS


def masked(anonymizer: Anonymizer, text: str) -> str:
    vault = anonymizer.new_vault()
    out = anonymizer.mask(text, vault)
    assert vault.restore(out) == text
    return out


def in_clear(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> str:
    """The letters and digits of ``secret`` (at its first place in ``text``) no entity of ``kind`` covers."""
    start = text.index(secret)
    covered: set[int] = set()
    for e in anonymizer.detect(text):
        if e.type == kind:
            covered.update(range(e.start, e.end))
    return "".join(ch for i, ch in enumerate(secret, start) if i not in covered and ch.isalnum())


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # detectors/dicom.py, without_dump_words -- REGRESSIONS (found with the filter left out): a person named in a
    # dump's free-text or description value is dropped with the line's other words (only a PN value is kept)
    pytest.param("(0010,0010) PN [MEIER^ANNA]                 #  10, 1 PatientName\n"
                 "(0010,4000) LT [Tochter Lea Meier begleitet]  #  26, 1 PatientComments", "Lea Meier", PERSON,
                 id="dicom-comment-relative"),
    pytest.param("(0010, 0010) Patient's Name                      PN: 'MEIER^ANNA'\n"
                 "(0010, 21b0) Additional Patient History         LT: 'Ehemann Kurt Brunner anwesend'",
                 "Kurt Brunner", PERSON, id="dicom-pydicom-history-husband"),
    pytest.param("(0032,1060) LO [CT Schädel nativ]  # RequestedProcedureDescription\n"
                 "(0040,0254) LO [Kontrolle nach Sturz, Meier Anna]  # PerformedProcedureStepDescription",
                 "Meier Anna", PERSON, id="dicom-procedure-description-name"),
    pytest.param("(0010,0010) PN [MEIER^ANNA]  #  10, 1 PatientName\n"
                 "(0008,0080) LO [Praxis Dr. med. Reto Brunner]  #  28, 1 InstitutionName", "Reto Brunner", PERSON,
                 id="dicom-institution-is-a-doctor"),
    # other dump formats (gaps, not regressions): DICOM JSON (dcm2json, DICOMweb) and Orthanc's /tags
    pytest.param('"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Meier^Anna"}]},\n'
                 '"00100030": {"vr": "DA", "Value": ["19840312"]},', "19840312", DOB, id="dicom-json-birth-date",
                 marks=pytest.mark.xfail(strict=True, reason="open: DICOM JSON ('\"00100030\": {\"vr\": \"DA\","
                      " \"Value\": [...]}') is not read by dicom.py")),
    pytest.param('{\n  "0010,0010" : { "Name" : "PatientName", "Type" : "String", "Value" : "MEIER^ANNA" },\n'
                 '  "0010,0030" : { "Name" : "PatientBirthDate", "Type" : "String", "Value" : "19840312" }\n}',
                 "19840312", DOB, id="dicom-orthanc-tags-birth-date",
                 marks=pytest.mark.xfail(strict=True, reason="open: Orthanc's /tags output is not read by dicom.py")),
    # detectors/fields.py, _person_value: an elided particle, a form typed in lower case
    # (fixed in session 27: "Name:" beside "Vorname:" is a strong key, field_values._beside_a_name_key)
    pytest.param("Name: d'Amico\nVorname: Sara", "d'Amico", PERSON, id="form-name-elided-particle"),
    # (fixed in session 29: field_values._lower_case_name)
    pytest.param("name: von arx\nvorname: beat", "arx", PERSON, id="form-name-particle-lower-case"),
    # chat_layouts.py: other IRC clients' logs (WeeChat's tabs, HexChat's date before the time)
    pytest.param("2024-03-12 16:47:03\tKüde\tmach ich morgen\n2024-03-12 16:48:10\tBabsi\tsuper, danke",
                 "Küde", PERSON, id="irc-weechat-log",
                 marks=pytest.mark.xfail(strict=True, reason="open: WeeChat's tab-separated log layout is not read"
                      " as a chat")),
    pytest.param("Mar 12 16:47:03 <Küde>\tmach ich morgen\nMar 12 16:48:10 <Babsi>\tsuper, danke", "Küde", PERSON,
                 id="irc-hexchat-log",
                 marks=pytest.mark.xfail(strict=True, reason="open: HexChat's 'Mar 12 16:47' time stamp before the"
                      " nick is not read")),
    # chats._nicknames: a chat whose speakers are all nicknames no list knows
    pytest.param("Sepp   19:39\nkommst du?\nBabsi   19:40\nja gleich\nSepp   19:41\nsuper", "Sepp", PERSON,
                 id="nicknames-none-listed"),
    # person_dates.py: children's dates after names with another separator, one line, a newborn of this year
    pytest.param("Kinder:\n- Ewa Wójcik: 06.11.2017\n- Jan Wójcik: 02.03.2019", "06.11.2017", DOB,
                 id="siblings-items-colon",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Name: date' items are not read as a family's"
                      " list")),
    pytest.param("Kinder: Selma Kitzmann, 13.07.2017; Jonas Kitzmann, 02.11.2019", "13.07.2017", DOB,
                 id="siblings-one-line-semicolon"),
    pytest.param("Zu versichern: Lea Brunner (02.05.2023), Mia Brunner (03.01.2026)", "02.05.2023", DOB,
                 id="siblings-with-newborn-of-this-year",
                 marks=pytest.mark.xfail(strict=True, reason="open: a date of this year is no sibling's, so its"
                      " pair is left alone")),
    # person_children.py: the module's own example ('Kläre' neither a listed first name nor a rare word), 'sowie',
    # one child a line
    pytest.param("Besuch für Evangelos (25. Dez. 2021), Blanka (25. Dez. 2022), Kläre (30. Aug. 2018)",
                 "30. Aug. 2018", DOB, id="children-docstring-third-child",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Kläre' is neither a listed first name nor a"
                      " rare word (a verb's form)")),
    pytest.param("Anmeldung Skilager für Evangelos (25.12.2019) sowie Blanka (25.12.2021)", "25.12.2019", DOB,
                 id="children-sowie"),
    pytest.param("Anmeldung Skilager:\nEvangelos (25.12.2019)\nBlanka (25.12.2021)", "25.12.2019", DOB,
                 id="children-one-per-line",
                 marks=pytest.mark.xfail(strict=True, reason="open: children in parentheses one per line")),
    # person_labels.py: lower-case doorbells with two names, the clause going on, the other word order, Swiss
    # 'läuten', Italian 'citofonare'
    pytest.param("bitte klingeln bei huber/kabus, 2. stock", "kabus", PERSON, id="doorbell-lower-two-names",
                 marks=pytest.mark.xfail(strict=True, reason="open: two households on one lower-case bell"
                      " ('huber/kabus')")),
    pytest.param("paket bitte klingeln bei kabus und dann rauf in den 2. stock", "kabus", PERSON,
                 id="doorbell-lower-clause-goes-on",
                 marks=pytest.mark.xfail(strict=True, reason="open: the lower-case bell's name must end its clause")),
    pytest.param("bitte bei kabus klingeln, danke", "kabus", PERSON, id="doorbell-lower-verb-last",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'bei kabus klingeln' (the verb last)")),
    pytest.param("läuten bei kabus, 3. stock", "kabus", PERSON, id="doorbell-lower-laeuten",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'läuten bei' is no cue yet")),
    pytest.param("citofonare bakken, terzo piano", "bakken", PERSON, id="doorbell-lower-citofonare",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'citofonare' is no cue yet")),
    pytest.param("ring at clarke then come up to flat 4", "clarke", PERSON, id="doorbell-lower-ring-at-then",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'ring at' takes only words of no language"
                      " ('clarke' is English too, as 'noon')")),
    # anonymizer.py -- REGRESSION (masked before the comma rule): a lower-case street without a postcode now ends
    # at its comma, and the town after it is left in clear
    pytest.param("wir wohnen neu am lindenweg 12, spiez", "spiez", ADDRESS, id="lower-street-town-after-comma"),
    # person_shares.py: a split one item a line, the number first, with colons, fractions, another split word
    pytest.param("Aufteilung:\nStark 50%\nFrei 50%", "Stark", PERSON, id="shares-one-per-line",
                 marks=pytest.mark.xfail(strict=True, reason="open: a split written one share per line")),
    pytest.param("Aufteilung: 50% Stark, 50% Frei", "Stark", PERSON, id="shares-number-first",
                 marks=pytest.mark.xfail(strict=True, reason="open: a split written number first ('50% Stark')")),
    pytest.param("Aufteilung: Stark: 50%, Frei: 50%", "Stark", PERSON, id="shares-colons",
                 marks=pytest.mark.xfail(strict=True, reason="open: a split written 'Stark: 50%'")),
    pytest.param("Erbteile gemäss Testament: Stark 1/2, Frei 1/4, Wyss 1/4", "Stark", PERSON, id="shares-fractions",
                 marks=pytest.mark.xfail(strict=True, reason="open: a split in fractions ('Stark 1/2')")),
    pytest.param("Splitsheet: Stark 50, Frei 50", "Stark", PERSON, id="shares-splitsheet",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Splitsheet' is no split word of the rule")),
    # person_phrases.py: families in the plural, in lower case after the whole word (a German ordinary word, an
    # Italian plural), 'Fam.' without its space, 'familie von …' in lower case
    pytest.param("Einladung an die Familien Stark und Frei", "Stark", PERSON, id="family-plural",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Familien Stark und Frei' (a plural and a list)")),
    pytest.param("grüsse an familie frei", "frei", PERSON, id="family-lower-ordinary-word",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'familie frei' in lower case (an ordinary word"
                      " after the whole word is taken only after 'fam.')")),
    pytest.param("la famiglia rossi ha prenotato per sabato", "rossi", PERSON, id="famiglia-lower-rossi",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'famiglia rossi' -- 'rossi' is a word too")),
    pytest.param("Fam.Frei, Lindenweg 3", "Frei", PERSON, id="fam-without-space",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Fam.Frei' without a space")),
    pytest.param("familie von allmen kommt auch", "allmen", PERSON, id="family-lower-particle",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'familie von allmen' in lower case")),
    # detectors/address.py, lowercase.py: a field street in mixed-case prose, field names the tails miss ('Brühl',
    # 'Au'), two words, 'bei der' in lower case
    pytest.param("Wir wohnen jetzt im Wiesengrund 57, kommt doch vorbei.", "Wiesengrund 57", ADDRESS,
                 id="field-street-in-prose",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'im Wiesengrund 57' with 'im' in lower case in"
                      " prose")),
    pytest.param("Treffpunkt bei mir, Im Brühl 5 - wer fährt?", "Brühl 5", ADDRESS, id="field-street-bruehl",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Brühl' is no tail of the field-name list")),
    pytest.param("Wir sind umgezogen (jetzt In der Au 4).", "Au 4", ADDRESS, id="field-street-au",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'In der Au 4' (the tail alone)")),
    pytest.param("Wir sind umgezogen (jetzt Im Langen Loh 7).", "Langen Loh 7", ADDRESS,
                 id="field-street-two-words",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'Im Langen Loh 7' (two words)")),
    pytest.param("wir sind umgezogen, neu bei der kapelle 2.", "kapelle 2", ADDRESS, id="field-street-lower-bei-der",
                 marks=pytest.mark.xfail(strict=True, reason="open: 'bei der kapelle 2' in lower case")),
    # pinned: the shapes the commits were made for
    pytest.param("(0010,0010) PN [Meier^Anna]   #  10, 1 PatientName\n(0010,0030) DA [19840312]   #   8, 1 "
                 "PatientBirthDate", "19840312", DOB, id="dicom-dcmdump-guard"),
    pytest.param("[16:47] <Küde> mach ich.\n[16:48] <Babsi> merci", "Küde", PERSON, id="irc-guard"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # detectors/dicom.py, _caret_name: carets of a formula, of code, of HL7 messages (HL7Detector reads the PID
    # only; the caret rule takes an OBR's or OBX's text)
    pytest.param("In Excel: =Startkapital*Zinsfaktor^Laufzeit liefert den Endwert.", "Laufzeit",
                 id="caret-excel-named-ranges"),
    pytest.param("int hash = Seed^Length;", "Seed^Length", id="caret-csharp-xor"),
    pytest.param("MSH|^~\\&|RIS|KSA|PACS|KSA|20240312101500||ORM^O01|MSG0001|P|2.5\n"
                 "PID|1||4711^^^KSA^PI||MEIER^ANNA||19840312|F\nOBR|1|A123||Sonographie^Abdomen^L|||20240312",
                 "Sonographie", id="caret-hl7-service-text",
                 marks=pytest.mark.xfail(strict=True, reason="open, not these commits: the learned model takes"
                      " 'Sonographie' of an OBR segment (the caret rule reads no HL7 line)")),
    pytest.param("MSH|^~\\&|LIS|LAB|KIS|KSA|20240312||ORU^R01|42|P|2.5\nOBX|1|CWE|Befund^Sonographie||Leber^Normal",
                 "Leber^Normal", id="caret-hl7-coded-value",
                 marks=pytest.mark.xfail(strict=True, reason="open, not these commits: the model and the name"
                      " rules take 'Sonographie', 'Leber' of an OBX segment")),
    # without_dump_words: a dump with offsets before its tags (dcm4che's dcmdump) keeps the model's keyword (the
    # model masked it before these commits too; the filter misses it)
    pytest.param("334: (0010,0010) PN #10 [MEIER^ANNA] PatientName\n335: (0010,0030) DA #8 [19840312] "
                 "PatientBirthDate", "PatientBirthDate", id="dicom-dcm4che-keyword"),
    # detectors/fields.py, _surname_before: a functional mailbox listed as 'Surname, First' (the model masked it
    # before these commits too; now the fields rule does as well)
    pytest.param("An: Helpdesk, Informatik <helpdesk@example.ch>", "Helpdesk", id="mail-helpdesk-mailbox",
                 marks=pytest.mark.xfail(strict=True, reason="open, not these commits alone: the model masked"
                      " 'Helpdesk' before; the header rule now joins it too")),
    # chat_layouts.py: IRC services, a tool's log in IRC's shape, bots (every IRC nick is a PERSON)
    pytest.param("[10:00] <ChanServ> Sie sind jetzt Operator in #verein\n[10:01] <Küde> danke\n"
                 "[10:02] <Babsi> hallo zusammen", "ChanServ", id="irc-chanserv"),
    pytest.param("[12:00:01] <INFO> Server gestartet\n[12:00:02] <WARN> Port 8080 belegt\n"
                 "[12:00:03] <ERROR> Abbruch", "WARN", id="irc-shaped-log-levels"),
    pytest.param("[09:00] <GitHub> [tarnkappe] Reto pushed 2 commits to main\n[09:01] <Jenkins> Build #412: "
                 "SUCCESS\n[09:02] <Reto> passt", "GitHub", id="irc-github-bot"),
    # chats._nicknames: bots, agenda words and offices as speakers beside a named one
    pytest.param("Anna Meier  10:02\nhab den PR gemacht\nGitHub  10:03\nnew pull request #42 opened\n"
                 "Anna Meier  10:04\nbitte reviewen", "GitHub", id="nickname-github-app"),
    pytest.param("Susi   19:39\nwann gehts los?\nTraktandum   19:40\nBudget 2027\nSusi   19:41\nok", "Traktandum",
                 id="nickname-agenda-word"),
    pytest.param("Susi   19:39\nwann ist das Training?\nSekretariat   19:40\nDienstag 19 Uhr\nSusi   19:41\nok danke",
                 "Sekretariat", id="nickname-office"),
    # person_children.py (storms, releases, foals: two items in parentheses) and person_dates._siblings (approvals,
    # visits, changes, invoices under a prose line): dates after names that are no births, masked as DOB
    pytest.param("Die Stürme Ylenia (17.02.2022), Zeynep (18.02.2022) und Antonia (19.02.2022) richteten Schäden an.",
                 "18.02.2022", id="dates-storms"),
    pytest.param("Releases: Version Anna (12.03.2024), Version Berta (02.05.2024)", "12.03.2024",
                 id="dates-release-names"),
    pytest.param("Freigabe: Anna Meier (12.03.2024), Beat Huber (14.03.2024)", "12.03.2024", id="dates-approvals"),
    pytest.param("Letzte Besuche:\n- Anna Meier, 12.03.2025\n- Beat Huber, 14.03.2025", "12.03.2025",
                 id="dates-last-visits"),
    pytest.param("Änderungen:\n- Anna Meier, 12.03.2024\n- Beat Huber, 14.03.2024", "12.03.2024",
                 id="dates-changelog-items"),
    pytest.param("Rechnungen, Stand heute:\nAnna Meier, 12.03.2024\nBeat Huber, 14.03.2024", "12.03.2024",
                 id="dates-invoices-under-prose"),
    pytest.param("Fohlen im Stall: Nala (12.04.2023), Sultan (03.05.2024)", "12.04.2023", id="dates-foals"),
    # person_labels.py: lower-case doorbells that name no household
    pytest.param("bitte klingeln bei hauswart, er hat den schlüssel", "hauswart", id="doorbell-caretaker"),
    pytest.param("ring at noon, they open then", "noon", id="doorbell-ring-at-noon"),
    # person_shares.py: splits of flours, of parents' costs
    pytest.param("Mehlaufteilung: Dinkel 70%, Roggen 30%", "Roggen", id="shares-flours"),
    pytest.param("Kostenaufteilung: Mama 50%, Papa 50%", "Mama", id="shares-parents"),
    # person_phrases.py: 'fam.' as 'familial', a botanical family, and a form's 'Fam. Stand' (masked before these
    # commits too)
    pytest.param("anamnese: fam. hypercholesterinämie, vater herzinfarkt mit 52", "hypercholesterinämie",
                 id="fam-lower-familial-diagnosis"),
    pytest.param("apfel (fam. rosaceae), birne (fam. rosaceae)", "rosaceae", id="fam-lower-botanical-family"),
    pytest.param("Fam. Stand: verheiratet", "Stand", id="fam-marital-status-key",
                 marks=pytest.mark.xfail(strict=True, reason="open, not these commits: 'Fam. Stand' was masked"
                      " before these commits too")),
    # detectors/address.py: a form's field, an angle after 'Im'
    pytest.param("Im Feld 3 (Geburtsort) das Datum eintragen.", "Feld 3", id="field-street-form-field",
                 marks=pytest.mark.xfail(strict=True, reason="kept: 'Im Feld 3 (…)' has the shape of 'Am Kirchberg"
                      " 90 (Reg.-Nr. …)', a beehive's address (holdout16), and 'Im Winkel 38 (Hinterhaus)'"
                      " (holdout12) -- privacy first")),
    pytest.param("Ergebnis: Im Winkel 45 (siehe Skizze).", "Winkel 45", id="field-street-angle",
                 marks=pytest.mark.xfail(strict=True, reason="kept: as field-street-form-field")),
    # pinned: what the commits keep
    pytest.param("Stimmenverteilung: Ja 60%, Nein 40%", "Ja 60%", id="shares-vote-guard"),
    pytest.param("Sitzverteilung: SPD 25%, CDU 25%, Grüne 25%, FDP 25%", "Grüne", id="shares-parties-guard"),
    pytest.param("bitte klingeln bei bedarf", "bedarf", id="doorbell-bedarf-guard"),
    pytest.param("Im Rahmen 3 wurde das Budget beschlossen.", "Rahmen 3", id="field-street-rahmen-guard"),
    pytest.param("Abgabe (12.03.2024), Prüfung (15.04.2024)", "12.03.2024", id="children-deadlines-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)
