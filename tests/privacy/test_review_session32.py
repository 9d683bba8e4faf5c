"""Review of session 32's bigger first-name list (6c28136, and 79b1d1c's ``Featurizer(lexicon.core(), ...)``): the
rules' first names are now the core lists and ~35,000 names of 54 countries from Jörg Michael's nam_dict.txt
(data/first_names_extra.txt.gz, read by ``NameLexicon.first_names``/``is_first_name``; the learned model's features
read ``NameLexicon.core``), plus the commit's guards: a record's keys are no plain chat's speakers
(chat_layouts._RECORD_WORDS, a lone ambiguous surname), and a run-together domain name needs a listed name of four
letters after the first name and no town (organisation_contacts._two_names).  Read as an attacker and as the user
whose data it is; every name, number and address here is invented for these tests.

Two groups:
1. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at 697bf63) are marked so.
2. LEAKS: each letter of the secret must be covered by a detected entity of the expected type.  Marked as a
   regression where 697bf63 masked it, as open where it leaked there too.
3. WORK: the shapes below on growing texts, name-list look-ups counted, not timed.

Each case was checked at HEAD and at 697bf63 (pytest --runxfail with PYTHONPATH=<tree>/src).

What the list brings in: the build filter drops a name that is a common word (common_words: Zipf >= 3 and a lemma
table's) or a lemma-table word, and a frequent one unless nam_dict calls it common somewhere -- so a word of ours
below Zipf 3, a word no lemma table has, an inflected form, a plural, an abbreviation, a brand, a chat word and a
word some country also uses as a name all pass: German Laib, Uran, Arsen, Polin, Werter, Harke, Zarin, Kobra, Kap,
Soso, Moin, Hau, Hasse, Atze, Mami; Italian Eri, Essi, Temo, Ceno, Vien, Ivi, Ruba, Consiglia, Anice, Malva, Pece,
Etti, Teli, Nasi, Merli, Ott (ottobre); French Jarret, Placide, Prunelle, Myrtille, Joute, Aigris, Narine, Moire;
English Fuming, Bailing, Siting, Chiming, Boning, Yup, Hey, Tho, Sop, Elo, Loc, Ave, Sri, Semen, Verity, Arty,
Curd, Uke; brands and places Nissan, Astra, Atos, Xing, Seiko, Siri, Tron, Seon, Uri, Orly.

Over-masking: 46 REGRESSIONS.  (a) a lone capitalised word at a sentence's start, in a list item, a cell or a
label is now a listed first name that no veto removes ('Polin.', 'Eri a casa', 'Essi sono', 'Temo che',
'Jarret de veau', 'Ave, Caesar', '| Aud |', 'Ott' in a month header); (b) a first name + capitalised word makes a
two-word name ('Laib Brot', 'Uran Anreicherung', 'Fuming Cupboard', 'Elo Rating', 'Sop Checklist', 'Sri Lanka',
'Mirabelle Marmelade'), and a coordination spreads it ('Uran und Arsen'); (c) the lower-case rules: a greeting or
an introduction before an extra name ('ciao, eri tu', 'hey siri', "i'm fuming", "c'est placide", 'ich bin
soso'), a first name and a listed surname in a lower-case line ('hasse bock', 'hau rein', 'eri bravo'); (d) a
record's value under a person's key ('"owner": "tron"', 'Fahrzeug: Opel Astra') and a price list's 'laib brot';
(e) a town that is now a name is no town alone ('Aarau, Seon' a surname first); (f) ROLE MAILBOXES: a domain label
that is an extra first name ('info@astra.admin.ch', 'service@nissan.ch', 'info@ing.de') or an ordinary compound
split into an extra first name and a listed name ('academy' = Aca + Demy, 'greater' = Gre + Ater, 'insalata' =
Insa + Lata; 353 common words of 7+ letters split so at HEAD, none at 697bf63) is a person's again.  2 open.

Leaks: 3 REGRESSIONS -- organisation_contacts._two_names now asks four letters of the name after the first name,
so a domain of a first name and a three-letter surname ('info@annahug.ch', 'info@timoott.de', 'praxis-annahug')
is a role mailbox and kept in clear.  6 open: the learned model vetoes single extra names in prose (its features
read the core lists, where 'Jochen', 'Tilmann', 'Detlef', 'Igor', 'Sönke' are no first names): 'Treffen mit
Jochen um 10 Uhr', 'Gruss Jochen' leak although the rules find them (learned_names=False masks them); ~28% of a
random 400 extra names leak in 'Treffen mit X um 10 Uhr.' (core names: ~5%); and a plain lower-case chat's
surname speakers ('meier: ...', at 697bf63 too).
Work: none -- every shape linear; 100 KB of the worst shapes takes ~2.6x the CPU time of 697bf63 (0.05 -> 0.14 s),
all of it the entities now found (one per line), none over 3x.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import in_clear, masked

PERSON, EMAIL = EntityType.PERSON, EntityType.EMAIL


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of session 32's first-name list (readable at 697bf63): "
                                                 f"{what}")


def _lost(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of session 32 (masked at 697bf63): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open, so at 697bf63 too: {what}")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_DE_NOUN = _over(
    "first_names_extra holds German nouns and forms below the common-word list's Zipf 3 or in no lemma table "
    "(Laib, Uran, Arsen, Polin, Werter, Harke, Zarin, Kobra, Kap, Karo, Schelte, Despot, Hippe, Atze, Jolle, Kitt, "
    "Malve, Assel, Chinin, Beifang, Mirabelle, Rattan, Qigong, Tapas); a capitalised noun is then a first name -- "
    "drop every extra name that a German noun list (or wordfreq de >= 2 with de the top language) knows")
_DE_CHAT = _over(
    "German chat words and forms are extra first names (Soso, Moin, Hau, Hasse, Atze, Mami, Icke, Wia, Umme): "
    "'hau rein', 'hasse bock' are a first name and a listed surname in a lower-case line")
_IT_WORD = _over(
    "Italian verb forms and nouns are extra first names (Eri, Essi, Temo, Ceno, Vien, Ivi, Ruba, Consiglia, Arde, "
    "Tesse, Anice, Malva, Pece, Etti, Teli, Nasi, Merli, Unni, Nane, Bende, Catino, Regolo, Avida, Matrona, Brina, "
    "Bolli, Tane, Orli, Motti, Tini) -- the Italian lemma table asks Zipf > 3.5, a verb form is in none; drop a "
    "word with wordfreq it >= 3 that is not a name's frequency in the other languages")
_FR_WORD = _over(
    "French words are extra first names (Jarret, Placide, Prunelle, Myrtille, Joute, Aigris, Narine, Moire, Fiacre, "
    "Pervenche, Jacinthe, Magret, Reinette, Valériane, Gentiane, Pâquerette, Buse, Serin, Tonka, Minette)")
_EN_WORD = _over(
    "English words are extra first names: Chinese names joined without the '+' ('Fu+Ming', 'Bai+Ling', 'Si+Ting', "
    "'Chi+Ming', 'Li+Ming', 'Hex+ing') are -ing forms, and Yup, Hey, Tho, Sop, Elo, Loc, Ave, Sri, Aud, Dac, Ini, "
    "Pii, Semen, Verity, Arty, Curd, Cairn, Lute, Toke, Kook, Hark, Murk, Uke, Vibe, Vid are words, slang or "
    "abbreviations; drop a joined name whose lower case an English word list knows")
_BRAND = _over(
    "brands and firms are extra first names (Nissan, Astra, Atos, Xing, Seiko, Konami, Siri, Tron, Kobra, Feta) and "
    "so a record's value or a sentence's subject")
_PLACE = _over(
    "a town that is an extra first name (Seon AG, Uri, Orly, Huy, Jos, Murat; 140 places lost is_place_only: "
    "'Tel Aviv', 'Sankt Leonhard', 'Isola del Liri') is no town alone any more")
_ROLE_MAIL = _over(
    "organisation_contacts._names_a_person: a domain label that is an extra first name (astra, nissan, ing, xing, "
    "atos, uke, elo, kap, sen, tron, karo, kobra, malva, myrtille, granita) names a person, and _two_names splits "
    "ordinary compounds into an extra first name and a listed name (academy = Aca+Demy, greater = Gre+Ater, "
    "insalata = Insa+Lata, zeppelin = Zepp+Elin, children = Chil+Dren, routine = Rou+Tine, sommaire = Som+Maire) "
    "-- read the core first names there, or ask both halves to be no ordinary word")
_MONTH = _over("the Italian month abbreviation 'Ott' (ottobre) is an extra first name: a month header's cell "
               "is a person")

OVER = [
    # German nouns and forms
    pytest.param("Beim Bäcker habe ich einen Laib Brot und zwei Brezeln gekauft.\n", "Laib Brot", id="de-laib-brot"),
    pytest.param("Der Bericht über Uran Anreicherung im Iran wurde veröffentlicht.\n", "Uran", id="de-uran"),
    pytest.param("Die Werte von Uran und Arsen liegen unter dem Grenzwert.\n", "Arsen", id="de-uran-und-arsen",
                 marks=_DE_NOUN),
    pytest.param("Die neue Kollegin ist Polin.\n", "Polin", id="de-polin"),
    pytest.param("Werter Kollege, anbei die Unterlagen zur Sitzung.\n", "Werter", id="de-werter-kollege"),
    pytest.param("Einkaufsliste:\n- 1 Laib Brot\n- Harke\n- Rosen\n", "Harke", id="de-list-harke", marks=_DE_NOUN),
    pytest.param("Mirabelle Marmelade, 450 g, 3.90 CHF\n", "Mirabelle", id="de-mirabelle"),
    pytest.param("Qigong Kurs jeden Dienstag im Gemeindesaal.\n", "Qigong", id="de-qigong"),
    pytest.param("Die Kobra ist eine Giftschlange.\n", "Kobra", id="de-kobra-article-guard"),
    pytest.param("Meine Nachbarin ist eine Polin aus Krakau.\n", "Polin", id="de-polin-article-guard"),
    # German chat words
    pytest.param("Soso, das ist also dein neues Auto.\n", "Soso", id="de-soso"),
    pytest.param("ich bin soso, und du?\n", "soso", id="de-bin-soso"),
    pytest.param("hasse bock auf kino heute?\n", "hasse bock", id="de-hasse-bock"),
    pytest.param("hallo hau rein\n", "hau rein", id="de-hau-rein"),
    pytest.param("moin, kommst du heute zum training?\n", "moin", id="de-moin-guard"),
    pytest.param("Hoi zäme, chömed ihr au?\n", "Hoi", id="de-hoi-guard"),
    pytest.param("sali zäme\n", "sali zäme", id="de-sali-zaeme",
                 marks=_open("'Sali' (core list) before 'zäme' (a rare word) is a first name and a surname in a "
                             "lower-case line; a Swiss greeting")),
    # Italian
    pytest.param("Eri a casa ieri sera?\n", "Eri", id="it-eri"),
    pytest.param("ok ciao, eri tu ieri al bar?\n", "eri tu", id="it-ciao-eri"),
    pytest.param("eri bravo ieri sera, complimenti\n", "eri bravo", id="it-eri-bravo"),
    pytest.param("Essi sono arrivati tardi alla riunione.\n", "Essi", id="it-essi"),
    pytest.param("Temo che domani pioverà, portate l'ombrello.\n", "Temo", id="it-temo"),
    pytest.param("Vien da ridere a pensarci.\n", "Vien", id="it-vien"),
    pytest.param("ciao a tutti, malva e anice per la tisana\n", "anice", id="it-anice"),
    pytest.param("Voce;Gen;Feb;Mar;Apr;Mag;Giu;Lug;Ago;Set;Ott;Nov;Dic\nAffitto;900;900;900;900;900;900;900;900;"
                 "900;900;900;900\n", ";Ott;", id="it-month-header-ott"),
    pytest.param("dove eri ieri?\n", "dove eri ieri", id="it-eri-lower-guard"),
    # French
    pytest.param("Jarret de veau aux légumes, 18 €\n", "Jarret", id="fr-jarret"),
    pytest.param("c'est placide ici, rien ne bouge\n", "placide", id="fr-cest-placide"),
    pytest.param("Prunelle de mes yeux, disait ma grand-mère.\n", "Prunelle", id="fr-prunelle"),
    pytest.param("fromage blanc et myrtille sauvage\n", "myrtille", id="fr-myrtille-lower"),
    pytest.param("Une joute verbale entre les deux candidats.\n", "joute", id="fr-joute-guard"),
    # English
    pytest.param("i'm fuming, the train is late again\n", "fuming", id="en-im-fuming"),
    pytest.param("ok i'm bailing, see you tomorrow\n", "bailing", id="en-im-bailing"),
    pytest.param("The Fuming Cupboard in Lab 3 is out of order.\n", "Fuming", id="en-fuming-cupboard"),
    pytest.param("Siting Report for the new wind farm, draft 2.\n", "Siting", id="en-siting-report"),
    pytest.param("Yup Sounds good, see you at 5.\n", "Yup", id="en-yup"),
    pytest.param("Please set the Elo Rating to 1500 for new players.\n", "Elo Rating", id="en-elo-rating"),
    pytest.param("Follow the Sop Checklist before every deployment.\n", "Sop", id="en-sop-checklist"),
    pytest.param("Ave, Caesar, morituri te salutant.\n", "Ave", id="la-ave-caesar"),
    pytest.param("| Währung | Kurs |\n| Aud | 0.58 |\n", "Aud", id="en-currency-cell"),
    pytest.param("hey siri set a timer for ten minutes\n", "siri", id="en-hey-siri"),
    pytest.param("Sri Lanka, Indien und Nepal stehen auf der Liste.\n", "Sri Lanka", id="en-sri-lanka"),
    pytest.param("Stats\nelo: 1612\nloc: 18,220\nvid: 3\n", "loc", id="en-stats-keys-guard"),
    # brands, records, code
    pytest.param("Fahrzeug: Opel Astra\nKennzeichen: ZH 12345\n", "Astra", id="rec-opel-astra"),
    pytest.param("Die Firma Atos hat den Auftrag bekommen.\n", "Atos", id="prose-atos"),
    pytest.param('{"owner": "tron", "team": "platform", "tier": 2}\n', '"tron"', id="json-owner-tron"),
    pytest.param("name,price\nfeta,2.20\nlaib brot,3.50\nmalva bio,4.10\n", "laib brot", id="csv-price-list"),
    pytest.param("Ich poste das auf Xing.\n", "Xing", id="prose-xing-guard"),
    # towns
    pytest.param("Standorte: Aarau, Seon, Lenzburg, Wohlen\n", "Seon", id="town-seon", marks=_PLACE),
    pytest.param("Wir wohnen in Seon AG und arbeiten in Lenzburg.\n", "Seon", id="town-seon-in-guard"),
    # role mailboxes
    pytest.param("Fragen an info@astra.admin.ch oder telefonisch.\n", "info@astra.admin.ch",
                 id="mail-astra-admin"),
    pytest.param("Service: service@nissan.ch\n", "service@nissan.ch", id="mail-nissan"),
    pytest.param("Info: info@ing.de\n", "info@ing.de", id="mail-ing"),
    pytest.param("Contact: info@greater-zurich.ch\n", "info@greater-zurich.ch", id="mail-greater"),
    pytest.param("Anmeldung: info@academy-zug.ch\n", "info@academy-zug.ch", id="mail-academy"),
    pytest.param("Contatto: info@insalata-bar.it\n", "info@insalata-bar.it", id="mail-insalata"),
    pytest.param("Kontakt: info@rosenheim-tourismus.de\n", "info@rosenheim-tourismus.de", id="mail-town-guard"),
    pytest.param("Prenotazioni: info@locanda-del-sole.it\n", "info@locanda-del-sole.it", id="mail-locanda",
                 marks=_open("'sole' is a listed surname (a domain label of a listed name is a person's, "
                             "session 27's rule); an Italian inn's 'del sole' is a phrase")),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_TWO_NAMES = _lost(
    "organisation_contacts._two_names asks four letters of the listed name after the first name (range(3, "
    "len - 3)) to keep 'rosenheim', 'locarno' apart -- the is_place_only test does that already; a first name and "
    "a three-letter surname run together (Hug, Ott, Rey, Frei's 'Wey', Bär) is a role mailbox now and kept in clear")
_VETO = _open(
    "learned.detector: a single name of the rules with no cue is asked to the model, whose features read the core "
    "lists (NameLexicon.core), where the extra names are no first names -- it vetoes 'Jochen', 'Tilmann', 'Detlef', "
    "'Igor', 'Sönke' (masked with learned_names=False); 'Treffen mit Thomas' is masked.  Make a listed extra name "
    "that is no ordinary word unvetoable, or feed the model's first-name feature the extra list's common names")
_PLAIN_LOWER = _open("chat_layouts: a plain chat's speakers in lower case that are surnames only ('meier:', "
                     "'brunner:') are no speakers; the messages' and the speakers' names stay in clear")

LEAKS = [
    # organisation_contacts._two_names -- REGRESSIONS and guards
    pytest.param("Kontakt: info@annahug.ch\n", "info@annahug.ch", EMAIL, id="mail-anna-hug"),
    pytest.param("Kontakt: info@timoott.de\n", "info@timoott.de", EMAIL, id="mail-timo-ott"),
    pytest.param("Kontakt: info@praxis-annahug.ch\n", "info@praxis-annahug.ch", EMAIL, id="mail-praxis-anna-hug"),
    pytest.param("Kontakt: info@lisaketterer.de\n", "info@lisaketterer.de", EMAIL, id="mail-two-names-guard"),
    pytest.param("Fragen: info@igor-reisen.de\n", "info@igor-reisen.de", EMAIL, id="mail-extra-name-guard"),
    # the model's veto of single extra names -- open
    pytest.param("Treffen mit Jochen um 10 Uhr.\n", "Jochen", PERSON, id="veto-jochen"),
    pytest.param("Gestern habe ich mit Tilmann telefoniert, er kommt am Montag.\n", "Tilmann", PERSON,
                 id="veto-tilmann"),
    pytest.param("Treffen mit Igor um 10 Uhr.\n", "Igor", PERSON, id="veto-igor"),
    pytest.param("Gruss Jochen\n", "Jochen", PERSON, id="veto-gruss-jochen"),
    pytest.param("Ich war mit Sönke essen.\n", "Sönke", PERSON, id="veto-soenke"),
    # the list's gains -- guards
    pytest.param("Treffen mit Leonhard um 10 Uhr.\n", "Leonhard", PERSON, id="gain-leonhard"),
    pytest.param("Treffen mit Aynur um 10 Uhr.\n", "Aynur", PERSON, id="gain-aynur"),
    pytest.param("I had lunch with Aliaksei yesterday.\n", "Aliaksei", PERSON, id="gain-aliaksei"),
    pytest.param("Bitte Detlef und Jochen informieren.\n", "Jochen", PERSON, id="gain-coordinated"),
    pytest.param("hey leonhard, hast du kurz zeit?\n", "leonhard", PERSON, id="gain-lower-greeting"),
    pytest.param("ok danke, detlef kommt auch\n", "detlef", PERSON, id="gain-lower-detlef"),
    pytest.param("hallo zusammen, wim und sigrun kommen später\n", "wim", PERSON, id="gain-lower-wim"),
    pytest.param("Liebe Grüsse\nTassilo\n", "Tassilo", PERSON, id="gain-signature"),
    pytest.param("Bitte Konstantin Brändli informieren.\n", "Konstantin Brändli", PERSON, id="gain-full-name"),
    # chat_layouts: record keys and lone surnames as speakers -- guards and open
    pytest.param("Koch: bin gleich da, stau auf der a1\nBrunner: ok, wir warten\nKoch: danke\n", "Koch", PERSON,
                 id="chat-ambiguous-speaker-guard"),
    pytest.param("koch: hast du die unterlagen?\nmeier: ja, im büro\nkoch: danke dir\n", "meier", PERSON,
                 id="chat-lower-surname-speakers", marks=_PLAIN_LOWER),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# (shapes of at most 19 characters: 200 of them stay under the ~4,000 characters past which the name rules take a
# long text's path)
@pytest.mark.parametrize("shape", [
    "hallo hau rein\n",
    "ciao eri a casa?\n",
    "info@kap-hotel.de\n",
    "Aarau, Seon, Uri\n",
    "- Uran\n- Arsen\n",
    "Laib Brot Uran \n",
])
def test_extra_names_look_up_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)
