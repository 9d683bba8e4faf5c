"""Review of session 33's name shapes (67670e9): a name column takes a cell whole where a rule found a part and reads
HTML rows' <td> cells (person_columns), a listed surname as the first name in a cell (names.first_name_only,
surname_first), the keys of a name change, a pen name, finders, landowners, observers, keepers and substitutes
(field_keys._NAME_QUALIFIERS, owned_name, column_key, NAME_OWNERS, ROLE_KEYS), plain chat speakers with an initial
(chat_layouts._PLAIN_LINE), a numbered list's household (person_kin), a signature whose first name is a word
(persons._signed_pair) and friends' closings (person_cues.CLOSING).  Read as an attacker and as the user whose data
it is; every name, number and address here is invented for these tests.

Three groups:
1. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at d1ec4cd) are marked so.
2. LEAKS: each letter of the secret must be covered by a detected entity of the expected type.  Marked as a
   regression where d1ec4cd masked it, as open where it leaked there too.
3. WORK: the changed code on repeated and adversarial shapes, counted, not timed.

Each case was checked at HEAD (1b074dd) and at d1ec4cd (pytest --runxfail with PYTHONPATH=<tree>/src); 18 of
the passing probes are leaks this commit closed (at d1ec4cd in clear).

Over-masking: 36 REGRESSIONS.  (a) field_keys._NAME_QUALIFIERS: a "name" key with old/new/current/former/previous
is a person's key, in a record and (column_key) as a table's column, whatever was renamed -- a file, a sprint, a
street ('Bisheriger Name: Kaiserstrasse', 'Nom actuel : Rue de la Gare'), a firm ('Neuer Name: Holzwerk Seeland
AG', 'Ancien nom : Boulangerie du Lac'), a town ('| Leopoldville | Kinshasa |'), a team; (b) persons._signed_pair:
a signature of an office and its town is a person ('Freundliche Grüsse\\nGemeinde Oberrieden', 'Stadt Wädenswil',
'Commune Vouvry', 'Comune Bioggio'; 'Praxis Zumikon', 'Support Zendesk' lose their first word) -- a town is an
unknown rare word; (c) person_cues.CLOSING matches at a line's start and does not ask the line to end, so
'Danke dir für die Bestellung.', 'Bonne journée à tous, voici le code…', 'Tschüss zusammen, die Rechnung folgt.'
open a signature block and phone_cued takes an order number or a code alone on a later line for a phone;
(d) person_kin: a list item's 'The X family' accepts every ambiguous listed word (Rose, Birch, Pine, Ash, Plum,
Rock, Royal): plant families and 'The Royal family tour'; (e) ROLE_KEYS' observer/beobachter/observateur/
grundeigentümer take an observatory or a corporation ('"observer": "Keck Observatory"'); (f) chat_layouts._PLAIN_LINE:
'max t.: 24 grad / min t.: 12 grad' is a chat of two speakers; (g) person_columns: HTML rows are now columns and a
partly found cell is taken whole -- a car ('Alfa Romeo', 'Rolls Royce') or a horse ('Little Joe') beside a
column of riders.

Leaks: 1 REGRESSION -- field_keys._prefixes: 'propriétairedufonds' (ROLE) and 'propriétaire' (PERSON) share the
prefixes 'propriét'..'propriétair', which now map to nothing, so a cut-short 'Propriétair' column of owners is
no column of persons ('Blanc', 'Roux', 'Boucher' in clear).  26 open: a closing that is not first on its line
('Merci et bonne journée', 'Danke euch und bis bald'), other closings ('Bonne soirée', 'Danke schön', 'A bientôt'
without its accent), a signature pair with a particle, an initial, capitals, an ambiguous surname, a role after a
comma or two ordinary words ('Rim van der Zaoui', 'Rim A. Zaoui', 'RIM ZAOUI', 'Rim Berger', 'Sole Quadri' -- the
docstring's own example), lower-case signatures whose first name is a word ('bisous\\nrim zaoui'); households in a
list under 'a)', in capitals, in lower case, as a plural, without 'The', or second in an item; an HTML table
written on one line or with <th> row headers, apostrophe particles ("d'Ring, Siegmund") and lower-case name cells;
a lower-case name under 'nom actuel'; a lower-case chat's capital initial ('clara E.:') or no period ('clara e:').
Work: none -- the HTML splitter walks each line once, every shape below linear (engine work n vs 4n 3.9x-4.0x,
name-list look-ups 4.0x; a one-time ~800 look-ups jump near 2,000 characters is at d1ec4cd too).

Worked in session 33 after the review: 26 of the 37 regressions pass and are unmarked -- a plain name's key with
a qualifier is as weak as "Name" (field_keys.qualified_plain_name; strong beside a first name's key), the
observer keys and 'propriétairedufonds' are gone, _signed_pair asks no town and a listed or short first word, the
friends' closings must end their line, a list's household needs an address after it, a partly found cell's other
words must be names' (person_columns._rest_named).  11 kept (``_kept``): six renamed things under the qualified
keys, now as weak as "Name" ('Neuer Name: Casa Sole' -- 'Name: Casa Sole' is masked at d1ec4cd too), a number
below a whole-line 'À bientôt !', 'Grundeigentümer: Korporation Uri', 'max t.:'/'min t.:', two cars' cells.
Of the open cases, 5 pass since and are unmarked: 'Bonne soirée', 'Danke schön', 'A bientôt' as closings,
'<th>' cells of HTML rows, 'clara E.:' in a lower-case chat.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, person_columns
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON = EntityType.PERSON


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _ = review_marks("67670e9", "d1ec4cd")


def _kept(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"kept (a REGRESSION of 67670e9 the fix did not take back): {what}")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_RENAMED = _kept(
    "field_keys.qualified_plain_name: 'Neuer Name', 'Nom actuel', 'new_name' are now as weak as 'Name' itself "
    "(two capitalised words a list half knows are a name: 'Name: Casa Sole' is masked at d1ec4cd too); the bare "
    "renamed words, streets and files the fix keeps readable")
_CLOSING_PHONE = _kept(
    "phone_cued._in_signature: 'À bientôt !' is a whole line's closing, and a number alone below it reads as the "
    "signature's phone; the closings that begin a sentence no longer open a signature")
_ROLE_KEY = _kept(
    "field_keys.ROLE_KEYS: 'grundeigentümer' takes a corporation's word with its name ('Korporation Uri'; the "
    "observer keys are dropped)")
_PLAIN_INITIAL = _kept(
    "chat_layouts._plain_speaker: 'max t.:'/'min t.:' are two listed first names with an initial, as 'anna m.:'/"
    "'max p.:' of a real chat are; no rule here tells a reading from a speaker")
_HTML_COLUMN = _kept(
    "person_columns: a car column with two model names the rules found (Aston Martin, Porsche Cayenne) is a "
    "column of persons, and a partly found cell whose other words are listed names ('Alfa Romeo') is taken whole")

OVER = [
    # field_keys: a renamed thing's old and new names -- REGRESSIONS
    pytest.param('{"old_name": "Blue Harbor", "new_name": "Red Harbor", "size": 20480}\n', "Red Harbor",
                 id="json-new-name-project", marks=_RENAMED),
    pytest.param('{"old_name": "Sprint Aurora", "new_name": "Sprint Borealis"}\n', "Sprint Borealis",
                 id="json-new-name-sprint"),
    pytest.param("Umbenennung Strasse\nBisheriger Name: Kaiserstrasse\nNeuer Name: Lindenallee\n", "Kaiserstrasse",
                 id="de-street-renamed"),
    pytest.param("Umbenennung Firma\nFrüherer Name: Brändli Holz AG\nNeuer Name: Holzwerk Seeland AG\n",
                 "Holzwerk Seeland AG", id="de-firm-renamed", marks=_RENAMED),
    pytest.param("Changement de raison sociale\nAncien nom : Boulangerie du Lac\nNouveau nom : Pain & Co\n",
                 "Boulangerie du Lac", id="fr-firm-renamed"),
    pytest.param("Rebranding\nFormer name: Helvetica Labs\nNew name: Nordlicht Studio\n", "Nordlicht Studio",
                 id="en-rebranding"),
    pytest.param("Nome precedente: Villa Serena\nNuovo nome: Casa Sole\n", "Casa Sole", id="it-villa-renamed",
                 marks=_RENAMED),
    pytest.param("Neuer Name: Lindenhof\nOrt: Bülach\n", "Lindenhof", id="de-farm-new-name"),
    pytest.param("Nom actuel : Rue de la Gare\nNom demandé : Rue Jean Moulin\n", "Rue de la Gare",
                 id="fr-street-nom-actuel", marks=_RENAMED),
    pytest.param("| Previous name | Current name |\n|---|---|\n| Swissair | Swiss |\n| Kraft Foods | Mondelez |\n"
                 "| Credit Suisse | UBS |\n", "Kraft Foods", id="table-firms-renamed", marks=_RENAMED),
    pytest.param("| Bisheriger Name | Neuer Name |\n|---|---|\n| Bahnhofplatz | Europaplatz |\n"
                 "| Kasernenstrasse | Lindenallee |\n| Rosenweg | Tulpenweg |\n", "Bahnhofplatz",
                 id="table-streets-renamed"),
    pytest.param("| Ancien nom | Nom actuel |\n|---|---|\n| Leopoldville | Kinshasa |\n| Bombay | Mumbai |\n"
                 "| Saigon | Ho Chi Minh City |\n", "Leopoldville", id="table-towns-renamed"),
    pytest.param("| Team | Alter Name | Neuer Name |\n|---|---|---|\n| A | Blue Sharks | Red Sharks |\n"
                 "| B | Tigers | Lions |\n", "Red Sharks", id="table-teams-renamed", marks=_RENAMED),
    pytest.param("file,new_name\nIMG_1.jpg,Sunset Beach.jpg\nIMG_2.jpg,Harbor View.jpg\n", "Sunset Beach",
                 id="csv-files-renamed"),
    pytest.param('{"current_name": "prod-eu-west", "new_name": "prod-eu-central"}\n', "prod-eu-central",
                 id="json-new-name-slug-guard"),
    # persons._signed_pair: an office and its town -- REGRESSIONS
    pytest.param("Danke für die Anmeldung.\n\nFreundliche Grüsse\nGemeinde Oberrieden\n", "Gemeinde Oberrieden",
                 id="sig-gemeinde"),
    pytest.param("Danke für die Anmeldung.\n\nFreundliche Grüsse\nStadt Wädenswil\n", "Stadt Wädenswil",
                 id="sig-stadt"),
    pytest.param("Merci pour votre inscription.\n\nCordialement\nCommune Vouvry\n", "Commune Vouvry",
                 id="sig-commune"),
    pytest.param("Grazie per la prenotazione.\n\nCordiali saluti\nComune Bioggio\n", "Comune Bioggio",
                 id="sig-comune"),
    pytest.param("Danke für die Info.\n\nFreundliche Grüsse\nPraxis Zumikon\n", "Praxis", id="sig-praxis"),
    pytest.param("Thanks for reaching out.\n\nBest regards\nSupport Zendesk\n", "Support", id="sig-support"),
    pytest.param("Merci pour tout.\n\nCordialement\nBonne Journée\n", "Bonne Journée", id="sig-bonne-journee-guard"),
    pytest.param("Bonne journée\nService Clients\n", "Service Clients", id="sig-service-clients-guard"),
    pytest.param("Grazie per la richiesta.\n\nCordiali saluti\nUfficio Tecnico\n", "Ufficio Tecnico",
                 id="sig-ufficio-guard"),
    pytest.param("Danke für die Info.\n\nLiebe Grüsse\nAbteilung Logistik\n", "Abteilung Logistik",
                 id="sig-abteilung-guard"),
    pytest.param("Thanks\nHappy Friday\n", "Happy Friday", id="sig-happy-friday-guard"),
    pytest.param("Danke euch!\nEuer Vorstand\n", "Euer Vorstand", id="sig-vorstand-guard"),
    pytest.param("Merci pour tout.\n\nBises\nPetite Souris\n", "Bises", id="sig-bises-guard"),
    # person_cues.CLOSING feeds phone_cued -- REGRESSIONS
    pytest.param("Danke dir für die Bestellung.\nAuftragsnummer:\n4406123789\n", "4406123789",
                 id="closing-danke-dir-order-number"),
    pytest.param("Bonne journée à tous, voici le code du local :\n4406123789\n", "4406123789",
                 id="closing-bonne-journee-code"),
    pytest.param("À bientôt !\nRéférence dossier\n4406123789\n", "4406123789", id="closing-a-bientot-reference",
                 marks=_CLOSING_PHONE),
    pytest.param("Tschüss zusammen, die Rechnung folgt.\nRechnung Nr.\n4406123789\n", "4406123789",
                 id="closing-tschuess-invoice"),
    pytest.param("Tschüss Winterthur, hallo Zürich!\n", "Tschüss Winterthur", id="closing-rest-of-line-guard"),
    pytest.param("danke dir\nhdl\n", "hdl", id="closing-lower-hdl-guard"),
    pytest.param("tschüss\nbussi\n", "bussi", id="closing-lower-bussi-guard"),
    # person_kin: a list item's household -- REGRESSIONS
    pytest.param("Tour options:\n1. The Royal family tour – Buckingham Palace\n2. The Tower of London\n",
                 "The Royal family", id="kin-royal-family-tour"),
    pytest.param("Plant families in the garden:\n1. The Rose family (Rosaceae) – apples, pears\n"
                 "2. The Birch family (Betulaceae)\n3. The Pine family (Pinaceae)\n", "The Birch family",
                 id="kin-plant-families"),
    pytest.param("- The Ash family of trees is in decline.\n- The Plum family includes cherries.\n",
                 "The Ash family", id="kin-bullet-ash"),
    pytest.param("Itinerary:\n1. The Rock family day at the quarry\n2. Picnic\n", "The Rock family",
                 id="kin-rock-family-day"),
    pytest.param("Language map:\n1. The Romance family – French, Italian\n", "The Romance family",
                 id="kin-romance-guard"),
    pytest.param("Films:\n1. The Addams Family (1991)\n", "The Addams Family", id="kin-capital-family-guard"),
    # field_keys.ROLE_KEYS -- REGRESSIONS and guards
    pytest.param('{"target": "M31", "observer": "Keck Observatory", "seeing": 0.8}\n', "Keck Observatory",
                 id="json-observer-observatory"),
    pytest.param("Objekt: M31\nBeobachter: Sternwarte Uecht\n", "Sternwarte", id="de-beobachter-sternwarte"),
    pytest.param("Objet : M31\nObservateur : Observatoire Sauverny\n", "Observatoire",
                 id="fr-observateur-observatoire"),
    pytest.param("Parzelle 1123\nGrundeigentümer: Korporation Uri\n", "Korporation", id="de-grundeigentuemer",
                 marks=_ROLE_KEY),
    pytest.param("Grundstück: Parzelle 1123\nGrundeigentümer: Gemeinde Köniz\n", "Gemeinde Köniz",
                 id="de-grundeigentuemer-gemeinde-guard"),
    pytest.param("Landowner: Forestry Commission\nGrid ref: SU 123 456\n", "Forestry Commission",
                 id="en-landowner-guard"),
    pytest.param("Propriétaire du fonds : Commune de Bex\n", "Commune de Bex", id="fr-proprietaire-fonds-guard"),
    pytest.param("| Zutat | Substitute |\n|---|---|\n| Butter | Margarine |\n| Buttermilch | Sauermilch |\n"
                 "| Agave | Ahornsirup |\n", "Margarine", id="table-substitute-guard"),
    pytest.param("Ingrediente: Burro\nSostituto: Olio Extravergine\n", "Olio Extravergine", id="it-sostituto-guard"),
    pytest.param("Stellvertretung: Abteilung Finanzen\nAbwesend: 3.-7. März\n", "Abteilung Finanzen",
                 id="de-stellvertretung-guard"),
    pytest.param("Mode: observer\nObserver: Prometheus Exporter\n", "Prometheus Exporter", id="en-observer-guard"),
    pytest.param("keeper: ZooKeeper Ensemble\n", "ZooKeeper Ensemble", id="en-keeper-guard"),
    pytest.param("Device: Pixel 8\nFinder: Google Find Hub\n", "Google Find Hub", id="en-finder-guard"),
    # chat_layouts._PLAIN_LINE -- a REGRESSION and guards
    pytest.param("max t.: 24 grad\nmin t.: 12 grad\nmax t.: gestern 26\n", "max t.", id="chat-max-min-t",
                 marks=_PLAIN_INITIAL),
    pytest.param("Art. 5: Geltungsbereich\nAbs. 2: Ausnahmen\nArt. 6: Inkrafttreten\n", "Art. 5", id="chat-art-guard"),
    pytest.param("Variante A.: günstig\nVariante B.: teuer\nVariante A.: empfohlen\n", "Variante A.",
                 id="chat-variante-guard"),
    pytest.param("Plan A.: Zug\nPlan B.: Auto\nPlan A.: gewählt\n", "Plan A.", id="chat-plan-guard"),
    pytest.param("mark a.: 5.5\nmark b.: 4.0\nmark a.: schnitt\n", "mark a.", id="chat-lower-mark-guard"),
    pytest.param("rose a.: rot\nrose b.: weiss\nrose a.: duftet\n", "rose a.", id="chat-lower-rose-guard"),
    # person_columns: HTML rows and whole cells -- REGRESSIONS and guards
    pytest.param("<tr><td>Fahrer</td><td>Auto</td><td>Farbe</td></tr>\n"
                 "<tr><td>Anna Brändli</td><td>Aston Martin</td><td>rot</td></tr>\n"
                 "<tr><td>Marco Zwygart</td><td>Rolls Royce</td><td>blau</td></tr>\n"
                 "<tr><td>Petra Hürlimann</td><td>Alfa Romeo</td><td>grün</td></tr>\n"
                 "<tr><td>Lotte Wyssbrod</td><td>Porsche Cayenne</td><td>weiss</td></tr>\n", "Alfa Romeo",
                 id="html-cars", marks=_HTML_COLUMN),
    pytest.param("| Fahrer | Auto | Farbe |\n|---|---|---|\n| Anna Brändli | Aston Martin | rot |\n"
                 "| Marco Zwygart | Rolls Royce | blau |\n| Petra Hürlimann | Alfa Romeo | grün |\n"
                 "| Lotte Wyssbrod | Porsche Cayenne | weiss |\n", "Rolls", id="pipe-cars-whole-cell"),
    pytest.param("| Reiterin | Pferd | Punkte |\n|---|---|---|\n| Anna Brändli | Little Joe | 12 |\n"
                 "| Marco Zwygart | Lord Nelson | 8 |\n| Petra Hürlimann | Grand Prix Star | 4 |\n"
                 "| Lotte Wyssbrod | Rocky Balboa | 4 |\n", "Little Joe", id="pipe-horses-whole-cell",
                 marks=_HTML_COLUMN),
    pytest.param("<tr><td>Ort</td><td>Kanton</td><td>Leitung</td></tr>\n"
                 "<tr><td>Wädenswil</td><td>Zürich</td><td>Anna Brändli</td></tr>\n"
                 "<tr><td>Oberrieden</td><td>Zürich</td><td>Marco Zwygart</td></tr>\n"
                 "<tr><td>Courtelary</td><td>Bern</td><td>Petra Hürlimann</td></tr>\n", "Oberrieden",
                 id="html-towns-guard"),
    pytest.param("<tr><td>Produkt</td><td>Preis</td><td>Ansprechpartner</td></tr>\n"
                 "<tr><td>Toblerone Mini</td><td>3.50</td><td>Anna Brändli</td></tr>\n"
                 "<tr><td>Ragusa Blond</td><td>2.80</td><td>Marco Zwygart</td></tr>\n"
                 "<tr><td>Cailler Femina</td><td>9.90</td><td>Petra Hürlimann</td></tr>\n", "Toblerone Mini",
                 id="html-products-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_PREFIX = _lost(
    "field_keys._prefixes: the new ROLE key 'propriétairedufonds' shares 'propriét'..'propriétair' with the "
    "PERSON key 'propriétaire', so those cut-short headers map to nothing and an owners' column is none")
_SIGNED = _open(
    "persons._signed_pair / the signature rule read only a line that is exactly two words after a closing that "
    "is first on its line: a particle, an initial, capitals, a role after a comma, an ambiguous or ordinary "
    "surname, a closing after 'Merci et' or before 'und bis bald' leave the first name (a word) in clear")
_LOWER_SIG = _open("lower_signatures: a first name that is an ordinary word ('rim') vetoes the whole line")
_KIN_MISS = _open(
    "person_kin._FAMILY/_list_item: only 'The X family' first in an item after a number or '-*•'; not 'a)', "
    "capitals, lower case, a plural, no 'The', nor the second household of an item")
_HTML_MISS = _open(
    "person_columns._blocks splits the text at line breaks: an HTML table written on one line (or rows whose "
    "first cell is a <th>) gives no rows, so a partly found cell stays partly in clear")
_CELL_MISS = _open("person_columns._name_like/the rules: an apostrophe particle or a lower-case cell is no name")
_KEY_LOWER = _open("field_keys: a lower-case name under 'nom actuel' is no name (the value's case is asked)")
_CHAT_MISS = _open("chat_layouts._PLAIN_LINE: a lower-case speaker with a capital initial or none of the period")

LEAKS = [
    # field_keys._prefixes -- a REGRESSION
    pytest.param("Propriétair;Objet;Ville\nBlanc;chalet 12;Bex\nRoux;chalet 14;Bex\nBoucher;chalet 16;Bex\n",
                 "Roux", PERSON, id="prefix-proprietair-column"),
    # name-change and pen-name keys -- guards and open
    pytest.param("Antrag auf Namensänderung\nGeburtsname: Wyssbrod\nVorname: Lotte\n", "Wyssbrod", PERSON,
                 id="key-geburtsname"),
    pytest.param("Demande de changement de nom\nAncien nom : Perrottet\nPrénom : Mireille\n", "Perrottet", PERSON,
                 id="key-ancien-nom"),
    pytest.param("Name change request\nPrevious surname: Hatherleigh\nFirst name: Moira\n", "Hatherleigh", PERSON,
                 id="key-previous-surname"),
    pytest.param("Richiesta\nCognome precedente: Zanfretta\nNome: Ilaria\n", "Zanfretta", PERSON,
                 id="key-cognome-precedente"),
    pytest.param("Demande\nNom de jeune fille : Perrottet\nPrénom : Mireille\n", "Perrottet", PERSON,
                 id="key-nom-de-jeune-fille"),
    pytest.param("NOM ACTUEL : PERROTTET\nPRÉNOM : MIREILLE\n", "PERROTTET", PERSON, id="key-nom-actuel-caps"),
    pytest.param("Nome d'arte: Ilaria Zanfretta\n", "Ilaria Zanfretta", PERSON, id="key-nome-darte"),
    pytest.param("nom actuel : perrottet\nprénom : mireille\n", "perrottet", PERSON, id="key-nom-actuel-lower",
                 marks=_KEY_LOWER),
    # role keys -- guards
    pytest.param("Keeper: Lotte Wyssbrod\n", "Lotte Wyssbrod", PERSON, id="role-keeper"),
    pytest.param("Remplaçante : Mireille Perrottet\n", "Mireille Perrottet", PERSON, id="role-remplacante"),
    pytest.param("Sostituta: Ilaria Zanfretta\n", "Ilaria Zanfretta", PERSON, id="role-sostituta"),
    pytest.param("Keeper's name: Moira Hatherleigh\n", "Moira Hatherleigh", PERSON, id="role-keepers-name"),
    pytest.param("Finder:\nMoira Hatherleigh\n", "Moira Hatherleigh", PERSON, id="role-finder-next-line"),
    # signatures -- guards and open
    pytest.param("Cordialement,\n\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-blank-line"),
    pytest.param("Cordialement\nRim Zaoui-Benali\n", "Rim Zaoui-Benali", PERSON, id="sig-double-surname"),
    pytest.param("Cordialement\nRim Dubois\n", "Rim Dubois", PERSON, id="sig-listed-surname"),
    pytest.param("Danke Dir\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-danke-dir"),
    pytest.param("Bonne journee\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-journee-no-accent"),
    pytest.param("Bisous\nnoah\n", "noah", PERSON, id="sig-lower-bisous"),
    pytest.param("Tschüss\nmarco\n", "marco", PERSON, id="sig-lower-tschuess"),
    pytest.param("Un cordiale saluto\ngianluca\n", "gianluca", PERSON, id="sig-lower-cordiale-saluto"),
    pytest.param("Merci et bonne journée\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-merci-et-bonne-journee"),
    pytest.param("Danke euch und bis bald\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-danke-euch-und"),
    pytest.param("Merci pour votre aide.\n\nCordialement\nRim van der Zaoui\n", "Rim van der Zaoui", PERSON,
                 id="sig-particle", marks=_SIGNED),
    pytest.param("Cordialement\nRim A. Zaoui\n", "Rim A. Zaoui", PERSON, id="sig-middle-initial", marks=_SIGNED),
    pytest.param("Merci pour votre aide.\n\nCordialement\nRIM ZAOUI\n", "RIM ZAOUI", PERSON, id="sig-capitals",
                 marks=_SIGNED),
    pytest.param("Cordialement,\nRim Zaoui, cheffe de projet\n", "Rim Zaoui", PERSON, id="sig-role-after-comma",
                 marks=_SIGNED),
    pytest.param("Cordialement\nRim Berger\n", "Rim Berger", PERSON, id="sig-ambiguous-surname", marks=_SIGNED),
    pytest.param("Grüsse\nSole Quadri\n", "Sole Quadri", PERSON, id="sig-docstring-example", marks=_SIGNED),
    pytest.param("Grazie mille.\n\nUn cordiale saluto\nSole Quadri\n", "Sole Quadri", PERSON,
                 id="sig-cordiale-saluto-words", marks=_SIGNED),
    pytest.param("Merci.\n\nBonne soirée\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-bonne-soiree"),
    pytest.param("Danke schön\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-danke-schoen"),
    pytest.param("A bientôt\nRim Zaoui\n", "Rim Zaoui", PERSON, id="sig-a-bientot-no-accent"),
    pytest.param("bisous\nrim zaoui\n", "rim zaoui", PERSON, id="sig-lower-word-first-name", marks=_LOWER_SIG),
    # households -- guards and open
    pytest.param("1. The Brown family – 13 Springfield Road\n2. The Fox family – 11 High Street\n", "Fox", PERSON,
                 id="kin-numbered"),
    pytest.param("Hosts:\n• The Brown family – 13 Springfield Road\n• The Fox family – 11 High Street\n", "Brown",
                 PERSON, id="kin-bullet"),
    pytest.param("Hosts:\n1. The Lily family – 4 Mill Lane\n2. The Hazel family – 9 Church Street\n", "Hazel",
                 PERSON, id="kin-first-name-words"),
    pytest.param("Gastfamilien:\n1. Familie Fuchs – Lindenweg 4\n2. Familie Braun – Birkenweg 9\n", "Fuchs",
                 PERSON, id="kin-familie"),
    pytest.param("Hosts:\n1. Famille Brun – 13 rue des Lilas\n2. Famille Renard – 11 rue Haute\n", "Renard",
                 PERSON, id="kin-famille"),
    pytest.param("Famiglie:\n1. Famiglia Volpe – via Roma 4\n2. Famiglia Bruno – via Garibaldi 9\n", "Volpe",
                 PERSON, id="kin-famiglia"),
    pytest.param("Hosts:\na) The Brown family – 13 Springfield Road\nb) The Fox family – 11 High Street\n", "Brown",
                 PERSON, id="kin-letter-item", marks=_KIN_MISS),
    pytest.param("Hosts:\n1. THE BROWN FAMILY – 13 Springfield Road\n", "BROWN", PERSON, id="kin-capitals",
                 marks=_KIN_MISS),
    pytest.param("1. the brown family – 13 springfield road\n2. the fox family – 11 high street\n", "brown", PERSON,
                 id="kin-lower", marks=_KIN_MISS),
    pytest.param("Hosts:\n1. The Browns (13 Springfield Road)\n", "Browns", PERSON, id="kin-plural",
                 marks=_KIN_MISS),
    pytest.param("Hosts:\n1. Brown family – 13 Springfield Road\n2. Fox family – 11 High Street\n", "Fox", PERSON,
                 id="kin-no-article", marks=_KIN_MISS),
    pytest.param("Hosts:\n1. The Brown family and the Fox family – 13 Springfield Road\n", "Fox", PERSON,
                 id="kin-second-in-item", marks=_KIN_MISS),
    # name columns -- guards and open
    pytest.param("<tr><td>Brändli, Anna</td><td>Leitung</td><td>Bern</td></tr>\n"
                 "<tr><td>Zwygart, Marco</td><td>Kasse</td><td>Thun</td></tr>\n"
                 "<tr><td>Ring, Siegmund</td><td>Bar</td><td>Biel</td></tr>\n"
                 "<tr><td>Hürlimann, Petra</td><td>Bar</td><td>Biel</td></tr>\n", "Ring, Siegmund", PERSON,
                 id="html-rows"),
    pytest.param("| Name | Rolle | Ort |\n|---|---|---|\n| Brändli, Anna | Leitung | Bern |\n"
                 "| Zwygart, Marco | Kasse | Thun |\n| van der Ring, Siegmund | Bar | Biel |\n"
                 "| Hürlimann, Petra | Bar | Biel |\n", "van der Ring, Siegmund", PERSON, id="pipe-particle"),
    pytest.param("| Name | Rolle | Ort |\n|---|---|---|\n| BRÄNDLI, Anna | Leitung | Bern |\n"
                 "| ZWYGART, Marco | Kasse | Thun |\n| RING, Siegmund | Bar | Biel |\n"
                 "| HÜRLIMANN, Petra | Bar | Biel |\n", "RING, Siegmund", PERSON, id="pipe-surname-capitals"),
    pytest.param("| NC-1 | Kröll, Baptist | genehmigt |\n| NC-2 | Zwygart, Huber | offen |\n"
                 "| NC-3 | Brändli, Keller | offen |\n", "Brändli, Keller", PERSON, id="cell-surname-as-first"),
    pytest.param("\tZwygart, Keller\t12.03.1980\n", "Zwygart, Keller", PERSON, id="tab-surname-as-first"),
    pytest.param("<tr><td>Brändli, Anna</td><td>Leitung</td><td>Bern</td></tr><tr><td>Zwygart, Marco</td>"
                 "<td>Kasse</td><td>Thun</td></tr><tr><td>Ring, Siegmund</td><td>Bar</td><td>Biel</td></tr>"
                 "<tr><td>Hürlimann, Petra</td><td>Bar</td><td>Biel</td></tr>\n", "Ring, Siegmund", PERSON,
                 id="html-one-line", marks=_HTML_MISS),
    pytest.param("<tr><th>Brändli, Anna</th><td>Leitung</td><td>Bern</td></tr>\n"
                 "<tr><th>Zwygart, Marco</th><td>Kasse</td><td>Thun</td></tr>\n"
                 "<tr><th>Ring, Siegmund</th><td>Bar</td><td>Biel</td></tr>\n"
                 "<tr><th>Hürlimann, Petra</th><td>Bar</td><td>Biel</td></tr>\n", "Ring, Siegmund", PERSON,
                 id="html-row-headers"),
    pytest.param("| Name | Rolle | Ort |\n|---|---|---|\n| Brändli, Anna | Leitung | Bern |\n"
                 "| Zwygart, Marco | Kasse | Thun |\n| d'Ring, Siegmund | Bar | Biel |\n"
                 "| Hürlimann, Petra | Bar | Biel |\n", "d'Ring, Siegmund", PERSON, id="pipe-apostrophe",
                 marks=_CELL_MISS),
    pytest.param("| Name | Rolle | Ort |\n|---|---|---|\n| brändli, anna | leitung | bern |\n"
                 "| zwygart, marco | kasse | thun |\n| ring, siegmund | bar | biel |\n"
                 "| hürlimann, petra | bar | biel |\n", "ring, siegmund", PERSON, id="pipe-lower",
                 marks=_CELL_MISS),
    # chats with an initial -- guards and open
    pytest.param("Giorgos D. : Einsatz Alpspitze\nHenryk M. : klar\nGiorgos D. : Heli ist angefragt.\n",
                 "Henryk M.", PERSON, id="chat-space-colon"),
    pytest.param("**Giorgos D.**: Einsatz Alpspitze\n**Henryk M.**: klar\n**Giorgos D.**: Heli\n", "Henryk M.",
                 PERSON, id="chat-bold"),
    pytest.param("Jean-Luc M.: on part à 8h\nSévérine K.: ok\nJean-Luc M.: parfait\n", "Sévérine K.", PERSON,
                 id="chat-hyphen"),
    pytest.param("anna m.: bin unterwegs\nmax p.: ok\nanna m.: gut\n", "anna m.", PERSON, id="chat-lower"),
    pytest.param("clara e.: einsatz\nbine w.: komme auch\nclara e.: heli\n", "bine w.", PERSON,
                 id="chat-lower-short-name"),
    pytest.param("clara E.: einsatz hahnenkamm\nurszula W.: komme auch\nclara E.: heli ist angefragt.\n",
                 "urszula W.", PERSON, id="chat-lower-capital-initial"),
    pytest.param("clara e: einsatz hahnenkamm\nurszula w: komme auch\nclara e: heli ist angefragt.\n",
                 "urszula w", PERSON, id="chat-lower-no-period", marks=_CHAT_MISS),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# (shapes of at most 19 characters: 200 of them stay under the ~4,000 characters past which the name rules take a
# long text's path)
@pytest.mark.parametrize("shape", [
    "Giorgos D.: ok\n",
    "Bises\nRim Zaoui\n",
    "\nbonne journée ",
    "grosses bises ",
    "nom actuel: Zaoui\n",
])
def test_new_rules_look_up_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)


def test_new_shapes_regex_work_grows_linearly(anonymizer: Anonymizer) -> None:
    """HTML rows, chats with initials, list households, signature pairs and closings (scan.METER positions)."""
    unit = ("<tr><td>Ring, Sieg</td><td>A</td><td>B</td></tr>\nclara e.: ja\nmax t.: 2\n1. The Rose family\n"
            "Bises\nRim Zaoui\n| Kröll, Baptist | a | b |\n")
    small, large = engine_work(anonymizer, unit * 100), engine_work(anonymizer, unit * 400)
    assert 0 < large <= 4.5 * small


class _Walked(str):
    """A line that counts the characters its find calls walk over."""

    walked = 0

    def find(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else min(end, len(self))
        found = str.find(self, sub, start, end)
        _Walked.walked += max(0, (found if found >= 0 else end) - start)
        return found


@pytest.mark.parametrize("unit", ["<td", "<td>", "<td>x</td", ">", "<td class='a'>Ring, S</td>"])
def test_html_cell_splitter_walks_a_line_once(unit: str) -> None:
    walked = []
    for n in (1000, 4000):
        _Walked.walked = 0
        person_columns._html_cells(_Walked("<td" + unit * n + ">"))
        walked.append(_Walked.walked)
    assert 0 < walked[1] <= 4.2 * walked[0] + 16
