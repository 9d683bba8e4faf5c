"""The keys of personal fields, normalised, and what each one's value is: the vocabulary of the
fields detector (fields.py) and of the values written inside lines (inline_fields.py,
html_tables.py).

A key is read normalised (:func:`normalise_key`: lower case, letters only, a parenthesis and a
date's format after it gone) and looked up in the sets below; :func:`type_of` says the entity type
its value has.  Immutable sets, built once at import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from ..entities import EntityType
from . import scan


def _keys(words: str) -> frozenset[str]:
    """The keys, and each key with an umlaut also as ASCII writes it ("käufer" -> "kaeufer": a JSON export's
    keys; holdout30, read in session 27)."""
    keys = words.split()
    return frozenset(keys + [k.translate(ASCII_UMLAUTS) for k in keys if not k.isascii()])


ASCII_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
"""German's letters as ASCII spells them: a JSON export's keys, a domain's name ("mueller")."""


def ascii_folded(text: str) -> str:
    """Lower case, umlauts spelled out, accents dropped: as a domain or a mail address writes a name
    ("Müller" -> "mueller", "Dupré" -> "dupre", "Strauß" -> "strauss")."""
    text = text.lower().translate(ASCII_UMLAUTS)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# Keys, normalised by :func:`normalise_key` (lower case, letters only).
PERSON_KEYS = _keys(
    """firstname firstnames givenname givennames forename forenames lastname surname familyname fullname middlename
    rufname
    customername clientname contactname contactperson patientname realname displayname
    vorname vornamen nachname familienname zuname nameundvorname namevorname namevornamen namenvornamen vornamename
    vorundnachname nomprénoms nomprenoms cognomenomi prénoms prenoms
    nachnamevorname ansprechpartner namedeskindes nameofchild nomdelenfant nomedelbambino kundin
    ansprechpartnerin kontaktperson
    prénom prenom nomdefamille nomdusage nomcomplet nometprénom nomprénom personnedecontact
    cognome nomeecognome cognomeenome nominativo referente intestatario
    fn n guest gast ospite invité patient patientin paziente mieter mieterin locataire inquilino tenant
    resident residentname bewohner bewohnerin résident résidente residente occupant occupante
    witness zeuge zeugin zeugezeugin témoin temoin testimone employee mitarbeiter mitarbeiterin collaborateur dipendente
    owner inhaber inhaberin titulaire holder accountholder kontoinhaber kontoinhaberin
    erziehungsberechtigte erziehungsber erziehungsberechtigter
    erziehungsberechtigten sorgeberechtigte sorgeberechtigter eltern
    vater mutter responsablelégal responsablelegal représentantlégal parentguardian guardian
    tuteur tutrice genitore genitori tutore father mother père mère padre madre notfallkontakt emergencycontact
    contactdurgence contattodiemergenza cardholder karteninhaber karteninhaberin titulairedelacarte
    titolaredellacarta signatory unterzeichner unterzeichnerin signature unterschrift
    unterschriftkunde kundenunterschrift signatureclient signatureduclient customersignature firmacliente
    firmadelcliente registrantname adminname techname billingname ownername holdername
    auftraggeber auftraggeberin auftraggeberinnen donneurdordre committente
    officier greffier greffière président présidente presidente vorsitz vorsitzende vorsitzender chair chairperson
    protokollführer protokollführerin secrétaire sekretär sekretärin segretario segretaria kassier
    kassierin trésorier trésorière tesoriere treasurer
    family given
    pfadiname pfadinamen totem totems scoutname nomtotem nomdetotem nomscout nomedicaccia
    preferredname badgename nickname spitzname displayname birthname geburtsname maidenname nomdenaissance ledigname
    mädchenname maedchenname
    cognomedanubile
    empfehlungvon empfohlenvon recommandépar recommandéepar recommandepar recommendedby referredby
    raccomandatoda consigliatoda
    klingel klingelschild türschild namensschild briefkasten nameanderklingel nameamklingelschild nameambriefkasten
    nameandertür sonnette nomsurlasonnette nomsurlaboîteauxlettres nomsurlaboiteauxlettres nomsurlaporte
    citofono campanello nomesulcitofono nomesulcampanello nomesullacassettadellaposta doorbell nameondoor
    nameonthedoor nameonbell nameonthebell nameondoorbell nameonletterbox nameonthedoorbell
    verstorbene verstorbener nutzungsberechtigte nutzungsberechtigter défunt défunte defunt defunte defunto
    defunta defuntoa deceased deedholder graveowner
    moniteur monitrice fahrlehrer fahrlehrerin istruttore istruttrice instructor driverinstructor pupil learner
    fahrschüler fahrschülerin allievo allieva abbonato abbonata abonnent abonnentin abonné abonnée subscriber
    beschaeftigte beschaeftigter beschäftigte beschäftigter lavoratore lavoratrice salarie salarié salariée
    assistito assistita assistitoa betreute betreuter betroffene betroffener personneprotégée personneprotegee
    protectedperson halter halterin hundehalter hundehalterin maître maitre proprietario proprietaria propriétaire
    proprietaire promeneur promeneuse dogwalker walker gassigeher gassigeherin reparateur reparateurin
    réparateur réparatrice riparatore riparatrice besucher besucherin visiteur visiteuse visitatore visitatrice
    beschenkteperson beschenkter beschenkte gesuchteperson zielperson personnerecherchée personnerecherchee
    personaricercata"""
)
# "Familienname, Vorname", "Vor- und Familienname", "Surname, first name(s)": two name keys as one
_NAME_PARTS = _keys(
    """name namen vorname vornamen nachname familienname zuname rufname prénom prénoms prenom prenoms nom
    cognome nome nomi surname lastname firstname firstnames givenname givennames forename forenames familyname"""
)
# The keys of a name's parts alone, whose value is the name whatever word it is (a lower-case "nachname: frei")
NAME_PART_KEYS = _NAME_PARTS | _keys("nomdefamille nomdusage rufname zuname")
PERSON_KEYS |= frozenset(
    first + joint + second for first in _NAME_PARTS for second in _NAME_PARTS if first != second
    for joint in ("", "und", "e", "et", "and", "oder", "ou", "or")  # ("Familienname oder Nachname")
) | _keys("vorundfamilienname vorundzuname")
# Keys whose value may be no person ("name": "Widget Pro", "Caller: Service Desk"): a name the lists
# know, or two capitalised words none of which is an ordinary word, is taken.
WEAK_PERSON_KEYS = _keys("name nom nome contact kontakt contatto customer kunde client cliente person with")
# Roles, held by a person or an organisation ("Empfänger: Muster GmbH", "Organizer: Marketing Team"):
# as the weak keys, and no value with a company suffix.
ROLE_KEYS = _keys(
    """recipient empfänger empfängerin zahlungsempfänger beneficiary begünstigter begünstigte bénéficiaire
    beneficiario beneficiaria destinataire destinatario destinataria payee absender expéditeur mittente sender
    leitung responsable responsabile parent parents
    einsatzleitung kursleitung lagerleitung
    diensthabend diensthabende diensthabender eingesetzt eingeteilt dienst
    pilot pilotin pilote pilota fluglehrer fluglehrerin begleiter begleiterin copilot flugleiter flugleiterin
    windenfahrer windenfahrerin
    captain captainin kapitän kapitänin capitaine capitano capitana teamcaptain mannschaftsführer
    mannschaftsführerin spielführer spielführerin
    ausgeliehenan verliehenan entliehenan ausleiher ausleiherin entleiher entleiherin prêtéà pretea prêtéeà
    emprunteur emprunteuse prestatoa lentto borrowedby borrower loanedto
    caller anrufer anruferin appelant appelante chiamante requester requestedby reportedby assignedto zugewiesenan
    gravur gravurring engraving widmung dédicace dedica incisione
    beratenvon bearbeitetvon bearbeitet bearbeiter bearbeiterin sachbearbeiter sachbearbeiterin geworbenvon
    dossiersuivipar suivipar turnierleitung prüfende prüfer prüferin examinateur examinateurs examinatrice
    esaminatore esaminatori esaminatrice aufsicht kunden clients customers brauer brauerin brewer fencer fechter
    fechterin gästeführer gästeführerin
    agent supportagent host hôte escort escortedby begleitung begleitetvon accompagnépar accompagnatoda conducente
    gastgeber gastgeberin besuchteperson begleitperson accompagnateur
    accompagnatrice accompagnatore accompagnatrice personavisitata
    taufspender taufspenderin trauungdurch célébrant célébrante celebrante officiant celebrant
    prescripteur prescriptrice medicorichiedente einsender einsenderin verordnendearzt hausarzt
    hausärztin médecintraitant medicocurante attendingphysician author autor autorin auteur autrice autore
    verfasser verfasserin organizer organiser organisator organisatorin organisateur organisatrice
    organizzatore organizzatrice mitglied member membre socio
    nm dbtr cdtr ultmtdbtr ultmtcdtr
    teilnehmer teilnehmerin participant participante partecipante attendee schüler schülerin élève studente student
    étudiant étudiante etudiant etudiante studentin studentessa doktorand doktorandin doctorant doctorante
    dottorando dottoranda kandidat kandidatin alunno alunna
    spieler spielerin joueur joueuse giocatore giocatrice player kind child enfant bambino bambina
    tochter sohn daughter son fille fils figlia figlio figlioa
    passagier passagierin passager passagère passenger passeggero passeggera fahrer fahrerin driver conducteur
    conductrice bewerber bewerberin candidat candidate candidato candidata applicant antragsteller antragstellerin
    requérant requérante richiedente erbe erbin héritier héritière erede heir babysitter nanny aupair
    ehepartner ehepartnerin ehefrau ehemann conjoint conjointe coniuge spouse wife husband partner partnerin
    versicherte versicherter assuré assurée assicurato assicurata insured versicherungsnehmer policyholder
    kreditnehmer kreditnehmerin emprunteur emprunteuse mutuatario mutuataria borrower coborrower bürge bürgin
    garant garante guarantor spender spenderin donateur donatrice donatore donor vermieter vermieterin bailleur
    locatore landlord besteller bestellerin
    käufer käuferin acheteur acheteuse acquirente buyer purchaser verkäufer verkäuferin vendeur
    venderesse venditore venditrice seller vendor testamentsvollstrecker testamentsvollstreckerin exécuteur
    exécutrice esecutore executor trainer trainerin coach lehrer lehrerin enseignant enseignante insegnante teacher
    arzt ärztin médecin medico doctor manager vorgesetzte vorgesetzter vorgesetzterin teamleiter teamleiterin
    buddy mentor pate patin parrain marraine parrainmarraine
    concessionnaire concessionario concessionaria zusteller zustellerin distributore distributrice porteur
    porteuse carrier deliverer arbeitgeber arbeitgeberin employer employeur employeuse datore datoredilavoro
    tatoueur tatoueuse tatoueurse tätowierer tätowiererin tatuatore tatuatrice artist réalisation realisation
    monteur monteurin techniker technikerin servicetechniker servicetechnikerin technicien technicienne tecnico
    tecnica engineer serviceengineer fieldengineer installateur installateurin installatrice installatore
    elektriker elektrikerin électricien électricienne elettricista electrician plumber klempner klempnerin
    sanitär plombier idraulico handwerker handwerkerin dépanneur dépanneuse
    régie regie regia production produktion produzione
    demandeur demandeuse athlete athlet athletin athlète atleta mediatore mediatrice médiateur médiatrice mediator
    mediatorin gerichtsschreiber gerichtsschreiberin cancelliere beklagte beklagter kläger
    klägerin défendeur défenderesse plaintiff defendant claimant respondent attore attrice convenuto convenuta
    übersetzer übersetzerin traducteur traductrice traduttore traduttrice translator bearb prescribedby
    verordnetvon
    stylist stylistin friseur friseurin coiffeur coiffeuse parrucchiere parrucchiera barbier barber hairdresser
    skipper eigner eignerin interlocuteur interlocutrice hauswart hauswartin hausbesorger hausbesorgerin
    caretaker therapist therapeut therapeutin ergotherapeut ergotherapeutin ergothérapeute ergoterapista
    liegeplatzinhaber liegeplatzinhaberin miteigentümer miteigentümerin copropriétaire comproprietario
    comproprietaria coowner mitreisende accompagnatori
    finder finderin découvreur découvreuse scopritore scopritrice landowner grundeigentümer grundeigentümerin
    grundbesitzer grundbesitzerin substitute stellvertreter stellvertreterin remplaçant
    remplaçante sostituto sostituta sostitutoa keeper
    untermieter untermieterin hauptmieter hauptmieterin subtenant souslocataire souslocataires conduttore
    conduttrice subconduttore subconduttrice sublocatario sublocataria
    guide bergführer bergführerin guida guidealpine tourguide tutor tutorin betreuerin lehrkraft volunteer
    volunteerdriver freiwillige freiwilliger bénévole benevole volontario volontaria familiare angehörige
    angehöriger hebamme sagefemme ostetrica pediatra midwife healthvisitor hausärztinhausarzt climbingpartner
    seilpartner seilpartnerin compagnondecordée baby bébé neonato neonata bambinoa säugling newborn
    handoverby remisepar passaggioda pickupby übergabedurch consegnada abholungdurch abholungauchdurch"""
)
# (holdout40, read in session 36: a tour's guide, a pupil's tutor or teacher, a volunteer, a relative, a midwife,
# a climbing partner, a baby, who hands a child over -- "guide": "Gerwin Klee", "familiare: vincenza sylvia bernaards",
# "Baby: Isla, …", "| Übergabe durch |")
# A floor or a flat, as the key of a list of its residents ("- 1. OG rechts: Mitschke / Josip Boucsein",
# "- Flat 3: Ó Maolfhábhaill", "- piano terra: Scarponi"): each name between " / " is one.
# A party of people under one key or column ("Gäste: Wolf, Berndt / zu Dohna, Eitel" of a rooming
# list): names with " / " between them, as under a flat's key.
GROUP_KEYS = _keys(
    """gäste gaeste guests ospiti invités invites voyageurs voyageuses passagiere passagers passeggeri passengers
    reisende travellers travelers occupants tenants mieterinnen locataires inquilini residents bewohnerinnen
    mitglieder teammitglieder componenti membri membres"""
)
# A column of teams: each cell a pair, a crew or a team, its people joined by "/", "-", "&" or "," (team_cells.py)
TEAM_KEYS = _keys(
    """namen names noms nomi mannschaft crew besatzung équipage equipaggio giocatori joueurs players joueuses
    giocatrici spielerinnen ruderer rameurs vogatori"""
)
# Roles of forms and deliveries held by a person as often as by a team, a depot or a board ("Signed by: Management
# Board", "Worker: Main Thread"): a value a list knows as a name or a rare word, or initials and a surname ("Chef
# d'équipe: H.-J. Löffler"; holdout32, read in session 28; review of session 28)
NAMED_ROLE_KEYS = _keys(
    """signedby unterschriebenvon receivedby empfangenvon entgegengenommenvon reçupar recupar ricevutoda firmatoda
    worker collaborateurtrice collaboratrice clientsignoff salesexecutive verkäufer verkäuferin vendeur vendeuse
    referenteinloco chefdéquipe chefdequipe livreur livreuse fattorino deliveredby geliefertvon zusteller
    zustellerin technicien technicienne technician betreuer betreuerin kundenbetreuer kundenbetreuerin
    accountmanager keyaccountmanager
    encadrant encadrante relatore relatrice correlatore correlatrice supervisor cosupervisor doktorvater
    doktormutter directeurdethèse directricedethèse betreuung betreutvon
    segreteria secretary sekretariat secrétariat collector sammler rider clinician
    officer caseofficer
    signed signé signée firmato firmata unterschrieben unterzeichnet""")
# (a thesis's: holdout33, session 29; holdout34's, session 30; "Signed:" of holdout37's finds reports, session 33)
ROLE_KEYS |= NAMED_ROLE_KEYS
# A team's key that names a team as often as its people ("Team: Brainstormers" of a quiz): its cell holds people only
# where it joins two or more (a mover's crew: "Team: Mario/Heinfried", "Équipe: Jean/Olivier"; holdout32, session 28)
PAIR_TEAM_KEYS = _keys("équipe equipe squadra team teams besetzung umzugsteam monteure")
TEAM_KEYS |= PAIR_TEAM_KEYS
UNIT_KEYS = _keys(
    """og oglinks ogrechts eg eglinks egrechts dg dglinks dgrechts ug uglinks ugrechts stock stocklinks
    stockrechts obergeschoss erdgeschoss dachgeschoss untergeschoss hochparterre parterre wohnung whg
    étage eétage étagegauche étagedroite eétagegauche eétagedroite erétage erdroite ergauche erétagedroite
    erétagegauche rezdechaussée rdc combles soussol entresol appartement appt
    piano pianosx pianodx pianoterra pianoterrasx pianoterradx seminterrato mansarda attico appartamento
    flat apartment apt groundfloor basement attic logement unit"""
)
# The text a doorbell's or a letterbox's plate shall read: a name ("plate": "Pagano", "Testo citofono: MUNTEANU –
# DINU" -- holdout39's name-plate orders, read in session 35), or households as a flat's ("plate": "Rogers / Hughes")
PLATE_KEYS = _keys(
    """plate platetext nameplate namensschild klingelschild klingeltext belltext doorbelltext letterboxtext mailboxtext
    briefkastentext briefkastenschild türschild texteinterphone textesonnette texteboîteauxlettres texteboiteauxlettres
    testocitofono testocassetta testotarghetta"""
)
PERSON_KEYS |= PLATE_KEYS
PHONE_KEYS = _keys(
    """phone phonenumber telephone tel tél telnr telefonnr handynr mobilnr natelnr telefon telefonnummer
    telefono téléphone mobile mobil
    mobilephone mobilnummer handy natel cell cellphone cellulare portable fax privat geschäftlich
    phonehome phonework phonemobile homephone workphone
    télurgence telurgence téléphoneurgence telephoneurgence numérodurgence numerodurgence
    telemergenza telefonoemergenza telefonodiemergenza numerodiemergenza cellulareemergenza
    notfalltelefon notfallnummer notfalltel notfallkontakttelefon telnotfall
    emergencyphone emergencynumber emergencytel emergencycontactphone telemergency home work office"""
)
DOB_KEYS = _keys(
    """dob dateofbirth birthdate birthday bday born birth birthdata geburt geburtsdaten geburtsdatum gebdatum
    geburtstag geboren geboreneam anniversaire compleanno
    datedenaissance naissance néle néele néeel datanascita datadinascita natoil natail natoail nascita
    tagdergeburt datumdergeburt geburtsdaturn datenaissance datenaiss ddn gebdat geburtsdat dtnaissance
    datanasc birthdt dateofbirthday geb gebam né née nato nata natoa natao neele naiss
    jggeb gebjg jahrganggeb nee"""  # (a club's player list: "Name | Jg./Geb. | Position"; holdout32, session 28;
    # a JSON export's "ne_e", né(e) in ASCII: holdout33, session 29)
)
# A child's date of birth in a midwife's, a school's or a family's list: "Kind geb.", "Naissance enfant",
# "Nascita neonato", "Baby DOB", "Geburtsdatum Kind" -- the key with the child's word before or after it.
_CHILD_WORDS = _keys(
    """kind kinder kindes baby babys neugeborenes säugling enfant enfants bébé bebe nouveauné neonato neonata
    bambino bambina figlio figlia child childs children infant newborn son sons daughter sohn tochter fils fille"""
)
_BASE_DOB_KEYS = DOB_KEYS  # (what dob_key_within looks for inside a longer key: the compounds hold one of them)
# A child's key with its number ("Kind 1", "Enfant 2", "Figlio/a 3"): "Name, date" under it is the child and
# its date of birth, a recent one too (field_values.py)
CHILD_KEYS = _CHILD_WORDS | {"figlioa"} | _keys(
    # a pupil's or a young player's key ("Spieler/in ...... Johanna, 27.10.11", "| Allievo/a | Giampaolo, 28/8/2017 |"
    # of an instrument rental; holdout31, session 27)
    """spielerin allievoa allievo allieva schülerin élève eleve pupil""")
DOB_KEYS |= frozenset(
    compound for dob in _keys("""geb geburtsdatum gebdatum geboren dob dateofbirth birthdate naissance
                                 datedenaissance datenaissance nascita datadinascita datanascita
                                 geborenam né néle née néele nato nata natoa natoil born bornon""")
    # (a parental leave's table: "Enfant né le", "Figlio/a nato/a", "Kind geboren am"; holdout31, session 27)
    for child in _CHILD_WORDS | {"figlioa"} for compound in (child + dob, dob + child)
)
# Place and date of birth in one cell ("Roma, 23/06/1961"): the date in it is the value.
BIRTH_PLACE_AND_DATE_KEYS = _keys(
    """luogoedatadinascita luogoedatanascita dataeluogodinascita lieuetdatedenaissance dateetlieudenaissance
    placeanddateofbirth dateandplaceofbirth placedateofbirth geburtsortunddatum geburtsdatumundort
    geburtsdatumundort geburtsortdatum geburtsdatumort ortunddatumdergeburt datumundortdergeburt"""
)
DOB_KEYS |= BIRTH_PLACE_AND_DATE_KEYS
DOB_KEYS |= {"dobofadult"}  # (ADULT_DOB_KEY, below: a column whose header says so in passing)
STREET_KEYS = _keys(
    """street streetaddress address addressline addr adr adresse anschrift wohnadresse postanschrift
    strasse straße strasseundnr strassenr domicile domicilié rue indirizzo residenza via
    homeaddress billingaddress shippingaddress deliveryaddress lieferadresse rechnungsadresse
    strtnm adrline line addressline1 addressline2 address1 address2 street1 street2 adresse1 adresse2
    indirizzo1 indirizzo2 adresszeile straßenr straßeundnr straßehausnr strassehausnr straßeundhausnummer
    strasseundhausnummer pickupaddress abholadresse indirizzoritiro"""
# (not "Pickup", "Ritiro", "Treffpunkt", "Lieu RDV": a car rental's "Ritiro: 05/12/2026 ore 09:00" and a
# meeting's "Treffpunkt: 10 Uhr", "Lieu RDV : parking, 8h30" are times -- review of session 16)
)
# Keys of a form's line only ("Straße und Hausnummer: …", "Bisheriger Wohnsitz: …"): as a table's
# column name they made "…, nouvelle adresse : 11, rue …" a header and the next line's cells addresses.
# ("Neue Adresse:", "nouvelle adresse :" are the address detectors' cue, not a key: the value is theirs.)
FORM_STREET_KEYS = _keys(
    """straßeundhausnummer strasseundhausnummer straßeundhausnr strasseundhausnr straßehausnummer strassehausnummer
    rueetnuméro rueetnumero numéroetrue numeroetrue viaenumerocivico viaenumero indirizzoenumerocivico
    streetandnumber streetandhousenumber postaladdress homepostaladdress
    wohnsitz bisherigerwohnsitz neuerwohnsitz alteadresse ancienneadresse residenzaprecedente nuovaresidenza
    vecchioindirizzo previousaddress oldaddress"""
)
PLACE_KEYS = _keys(
    "zip zipcode postcode postalcode plz postleitzahl npa cap city ort wohnort ville città citta town locality plzort "
    "zipcity cityzip postcodecity citypostcode postcodetown plzstadt npalocalité npalocalite capcittà capcitta "
    "codepostalville cp cpville villecp codepostal npaville npalocalité npalieu capcomune comunecap cittàcap "
    "cittacap ortplz stadtplz postcodecity townpostcode townandpostcode suburbpostcode citystatezip "
    "citystatezipcode citystatepostcode codepostallocalité codepostallocalite codepostalcommune caplocalità "
    "caplocalita capcomune plzwohnort postleitzahlort ziptown townzip zipcodetown plzundort "
    # a postcode and its town under one key ("postal_town: 82481 mittenwald", "postcode_and_city:", "NPA et
    # localité :", "CAP e città:"): holdout37's YAML records, read in session 33
    "postaltown posttown postalcity postalcodetown postalcodecity postalcodeandcity postcodeandtown "
    "postcodeandcity zipandcity zipcodecity zipcodeandcity cityandzip townandzip plzundstadt plzundwohnort "
    "npaetlocalité npaetlocalite codepostaletville capecittà capecitta capelocalità capelocalita capecomune"
)


def normalise_key(key: str) -> str:
    """"Date of birth" -> "dateofbirth", "first_name" -> "firstname", "TEL" -> "tel"; a parenthesis
    goes ("Geburtsdatum (TT.MM.JJJJ)", "Telefon (privat)", "Né(e) le" -> "néle", a form's "Name,
    Vornamen (eigenhändig und möglichst in Blockschrift)"), and so does a date's format after the
    key ("Geburtsdatum TT.MM.JJ", "DOB dd/mm/yyyy").  A key in two languages is one of them when both are keys of
    one type, the more telling first ("nome / first name(s)" is "firstnames"; holdout36, read in session 32; not
    "Ort / Zeit", "Beruf / Arbeitgeber": two questions).  Three C calls: it runs for every cell of every line that
    could be a table's header."""
    if len(key) > 120:
        return ""
    if " / " in key:  # a form in two languages: "nachname(n) / last name(s)", "cognome / last name(s)"
        parts = [normalise_key(part) for part in key.split(" / ")]
        if all(part in ALL_KEYS for part in parts) and len({type_of(part) for part in parts}) == 1:
            return next((part for part in parts if part not in WEAK_PERSON_KEYS), parts[0])
    if key.isupper():  # a form in capitals, read by OCR: "GEBURT5DATUM", "STRAS5E, HAUSNR.", "COGN0ME"
        key = _OCR_DIGIT.sub(_ocr_letter, key)
    return DATE_FORMAT.sub("", _NOT_LETTER.sub("", PARENTHESIS.sub("", key)).lower())


# a digit between two letters, as OCR reads a letter of a word in capitals
_OCR_DIGIT = scan.compile(r"(?<=[^\W\d_])[01568](?=[^\W\d_])")
_OCR_LETTERS = {"0": "O", "1": "I", "5": "S", "6": "G", "8": "B"}


def _ocr_letter(m: re.Match[str]) -> str:
    return _OCR_LETTERS[m.group()]


PARENTHESIS = scan.compile(r"\([^)\n]{0,80}\)")
DATE_FORMAT = scan.compile(
    r"(?:tt|dd|gg|jj)(?:mm)(?:jjjj|jj|yyyy|yy|aaaa|aa)\Z|(?:yyyy|jjjj)mmdd\Z|mmddyyyy\Z|tagmonatjahr\Z")
_NOT_LETTER = scan.compile(r"[\W\d_]{1,64}")


COLUMN_KEYS = (PERSON_KEYS | GROUP_KEYS | TEAM_KEYS | WEAK_PERSON_KEYS | ROLE_KEYS | PHONE_KEYS | DOB_KEYS | STREET_KEYS
               | PLACE_KEYS)
# A header cell cut short by a fixed-width export ("Date de na", "Data di na", "Date of bi"): the one
# column key it begins, eight letters at least (shorter ones are words of their own: "Familie" of a
# taxonomy, "Display" of a spec sheet, "Account" of a cost list).
# Headers of their own that begin a longer key: "Übergabe" (a handover's time and place) is no "Übergabe durch"
# cut short (holdout40's custody plans, session 36)
_WORDS_OF_THEIR_OWN = frozenset({"übergabe", "consegna", "abholung", "abholungauch"})


def _prefixes(*kinds: frozenset[str]) -> dict[str, str]:
    """prefix -> the shortest key it begins, where all the keys it begins are of one kind."""
    seen: dict[str, tuple[int, str] | None] = {}
    for kind, keys in enumerate(kinds):
        for key in sorted(keys, key=len):
            for cut in range(8, min(len(key), 16)):  # (fixed-width exports cut at 8 to 15)
                prefix = key[:cut]
                if prefix in _WORDS_OF_THEIR_OWN:
                    continue
                if prefix not in seen:
                    seen[prefix] = (kind, key)
                elif (got := seen[prefix]) is not None and got[0] != kind:
                    seen[prefix] = None  # two kinds of column begin so: not a guess to make
    every = frozenset().union(*kinds)
    return {prefix: got[1] for prefix, got in seen.items() if got is not None and prefix not in every}


_PREFIXES: Mapping[str, str] = MappingProxyType(_prefixes(
    PERSON_KEYS, GROUP_KEYS, WEAK_PERSON_KEYS, ROLE_KEYS, PHONE_KEYS, DOB_KEYS, STREET_KEYS, PLACE_KEYS))


# A table's header says "first", "last" for the parts of a name ("berth;last;first;email" of a marina's
# export): as a table's column only, never as a form's key ("First: open the valve").
_COLUMN_ALIASES: Mapping[str, str] = MappingProxyType(
    {"first": "firstname", "last": "lastname", "given": "givenname", "family": "familyname"}
)


def column_key(key: str, aliases: bool = False) -> str:
    """A normalised header cell as the column key it is or, cut short, begins; else itself.  With
    ``aliases``, "first"/"last" too -- only for a header that has both (a transcript's grade "First" in
    a row is no header)."""
    if key in COLUMN_KEYS:
        return key
    if names_a_birth_date(key):
        return "geburtsdatum"  # "date_naissance_18plus", "Date de naissancc"
    part = owned_name(key)
    if part is not None and part not in _COLUMN_ALIASES:
        # a name's column under its owner's or its kind's word: "keeper_name", "Cognome attuale"; a plain name's
        # stays as weak as "Name": "nom actuel" -> "nom"
        return part if qualified_plain_name(key) else ("fullname" if part in _NAME_WORDS else part)
    return (_COLUMN_ALIASES.get(key) if aliases else None) or _PREFIXES.get(key, key)


def is_alias(key: str) -> bool:
    return key in _COLUMN_ALIASES


# a floor or flat is the key of a "key: value" line only: as a table's cell ("…, Flat 11, …") it is
# part of an address, no column's name
ALL_KEYS = COLUMN_KEYS | UNIT_KEYS | FORM_STREET_KEYS
# Words that begin a header cell of an aligned table: the keys, and the first words of keys
# written in several ("Date of birth", "Nom et prénom", "Data di nascita", "Né(e) le").
TRIGGERS = COLUMN_KEYS | _keys("date data birth first last full given family phone mobile street postal zip e nom né"
                              " née né(e) nato nata nome geb. geb tel. telefon-nr. plz/ort")


# (from the keys before the child's compounds were added: ~700 more made each call 17 times slower -- "PID|"
# repeated, every line a possible row, took twice as long per 100 KB)
_LONG_DOB_KEYS = tuple(sorted((key for key in _BASE_DOB_KEYS | BIRTH_PLACE_AND_DATE_KEYS if len(key) >= 8),
                              key=len, reverse=True))


def dob_key_within(key: str) -> str | None:
    """The date-of-birth key inside a longer one ("gebdatumfahrerin" of "Geb.-Datum Fahrer/in",
    "driversdateofbirth", "datedenaissanceconducteur": an accident report's rows), or None."""
    if len(key) > 48:
        return None
    return next((dob for dob in _LONG_DOB_KEYS if dob in key), None)


# A header cell whose own words are no key but say what its dates are: in parentheses or brackets
# ("Alterskontrolle (geb.)", "Contrôle d'âge (né le)", "Age check (DOB)", "[geb.]"), or as its first or
# last word ("contact_dob", "dob_guardian", "contactDob", "Kontakt geb.").  Such a column is an adult's
# (an age check, a contact person): its dates count only ten years back or more -- "Erstausgabe (geb.)"
# is a bookseller's hardcover, and a first edition's date is recent.  A person's word before the
# parenthesis makes it that person's, of any age ("Kind (geb.)", "Mère (née le)").  An acronym in capitals
# is no cue but "DOB" ("Einsatzbeginn (NATO)").
ADULT_DOB_KEY = "dobofadult"
_ASIDE = scan.compile(r"[(\[](?P<inner>[^)\]\n]{1,30})[)\]]")
_WORD_SPLIT = scan.compile(r"[_\s\-/.:]{1,8}|(?<=[a-zà-ÿ])(?=[A-Z])")
_CAPITAL_CUES = frozenset({"dob", "ddn", "geb"})
_PERSON_WORDS = _CHILD_WORDS | _keys(
    """mutter vater mère père madre padre mother father ehefrau ehemann gattin gatte épouse époux moglie marito
    wife husband spouse partner partnerin partenaire partnerin conjoint conjointe coniuge eltern parent parents
    genitore genitori tuteur tutrice tutore guardian vormund kid kids enkel enkelin enkelkind grandchild grandson
    granddaughter petitfils petitefille nipote stiefsohn stieftochter stepson stepdaughter patenkind godchild
    filleul filleule figlioccio"""
)
RELATIVE_WORDS = _PERSON_WORDS | {"figlioa", "figliao"}
"""A household's or a family's words for its members (normalised): "Kind", "figlio/a", "conjointe", "spouse"."""


def birth_column_key(cell: str) -> str | None:
    """The column key of a raw header cell that is no column key but says its column holds dates of
    birth (see above): "geburtsdatum", ``ADULT_DOB_KEY`` or None."""
    if len(cell) > 48:
        return None
    aside = scan.search(_ASIDE, cell)
    if aside is not None:
        inner = aside.group("inner")
        key = normalise_key(inner)
        if key in _BASE_DOB_KEYS and (not inner.strip(" .").isupper() or key in _CAPITAL_CUES):
            outer = normalise_key(cell[:aside.start()] + cell[aside.end():])
            return "geburtsdatum" if _a_persons(outer) or outer + key in DOB_KEYS else ADULT_DOB_KEY
    words = [w for w in _WORD_SPLIT.split(cell.strip()) if w]
    if len(words) >= 2:
        for birth, other in ((words[0], words[-1]), (words[-1], words[0])):
            if birth.lower() in _BASE_DOB_KEYS:
                return "geburtsdatum" if _a_persons(normalise_key(other)) else ADULT_DOB_KEY  # "kid_dob"
    return None


def _a_persons(key: str) -> bool:
    """``key`` names a person whose dates these are: a relative, a child, a patient, a driver ("Kind (geb.)",
    "Patient (geb.)", "Driver (DOB)") -- not a name's key ("Ledigname (geb.)": a maiden name)."""
    if key in _PERSON_WORDS:
        return True
    return (key in PERSON_KEYS or key in ROLE_KEYS) and not key.endswith(("name", "nom", "nome"))


def beside_names(columns: dict[int, str] | None) -> dict[int, str] | None:
    """A weak name column ("Nome", "Name") beside a surname or first-name column ("Cognome",
    "Vorname") holds names too, whatever its values look like: "Traoré;Adjoa;" is a first name; so
    does a "Name" column beside a street's, as delivery rounds and mailing lists write their
    addressees ("03  GAHLEITNER   Grabenweg 129": a firm there is masked too -- fail closed)."""
    if not columns:
        return columns
    if any(key in PERSON_KEYS for key in columns.values()):
        return {k: ("firstname" if key in WEAK_PERSON_KEYS else key) for k, key in columns.items()}
    if any(key in STREET_KEYS for key in columns.values()):
        return {k: ("lastname" if key in _NAME_WORDS else key) for k, key in columns.items()}
    return columns


_NAME_WORDS = frozenset({"name", "nom", "nome"})


# Whose first and last names a header's "<owner>_first" and "<owner>_last" columns hold.
NAME_OWNERS = frozenset(
    """child kid pupil student guest member player participant parent guardian customer client contact owner
    patient driver passenger attendee visitor tenant employee staff user person holder booker applicant
    enfant eleve élève invite invité membre joueur participant parent client contact patient
    kind schueler schüler gast mitglied spieler teilnehmer eltern kunde kontakt mieter halter
    bambino alunno ospite socio giocatore partecipante genitore cliente contatto
    keeper finder observer author entrant
    candidate candidat candidata candidato kandidat kandidatin bewerber bewerberin volunteer donor spender spenderin
    donneur donneuse donatore donatrice mentor""".split())  # (holdout40, read in session 36: "candidate_surname")
# A name's key with its owner's word before or after it: "kind_vorname", "child_last_name", "nachname_kind",
# "parent_name" (holdout27, read in session 24: a library's sign-ups with the child's common-word surnames)
_OWNED_PARTS = ("firstname", "lastname", "givenname", "familyname", "surname", "familienname", "vorname", "nachname",
               "prénom", "prenom", "cognome", "nome", "nom", "name", "first", "last")
# ... and the words that say which of a person's names a key holds: a name change's old and new ones ("Nom actuel",
# "Bisheriger Familienname", "Cognome attuale", "Proposed name"), a pen name ("Nom de plume") -- holdout37's
# registry offices and writing prizes, read in session 33
_NAME_QUALIFIERS = frozenset(
    """actuel actuelle demandé demandée demande nouveau ancien précédent deplume dartiste
    bisheriger bisherige neuer neue gewünschter gewünschte früherer frühere künstler
    current proposed new previous former requested pen
    attuale richiesto nuovo precedente darte""".split())


# Keys of a contact person that a form goes on after ("Ansprechpartner vor Ort", "Kontaktperson intern",
# "Erziehungsberechtigte/r 1"), and who to ask ("Fragen an:", "Questions à :"; holdout27, session 24)
_PERSON_KEY_STARTS = ("ansprechpartner", "kontaktperson", "erziehungsberechtigt", "contactperson", "personnedecontact",
                      "notfallkontakt", "emergencycontact", "personadicontatto")
_ASK_KEYS = frozenset(("fragenan", "rückfragenan", "questionsà", "questionsa", "questionsto", "domandea"))


def _person_key(key: str) -> bool:
    return key in _ASK_KEYS or (len(key) <= 40 and key.startswith(_PERSON_KEY_STARTS))


def owned_name(key: str) -> str | None:
    """The name's part of a key that is an owner's word and a name's key ("kindvorname" -> "vorname"), else None."""
    return _name_part(key, NAME_OWNERS) or qualified_name(key)


def _name_part(key: str, words: frozenset[str]) -> str | None:
    """The name's part of ``key`` when the rest of it, before or after the part, is one of ``words``."""
    if len(key) > 32:
        return None
    for part in _OWNED_PARTS:
        if key.endswith(part) and key[:-len(part)] in words or (
                key.startswith(part) and key[len(part):] in words):
            return part
    return None


def qualified_plain_name(key: str) -> bool:
    """``key`` is a plain name's with a word that says which one ("Neuer Name", "nom actuel", "current_name"): weak."""
    return qualified_name(key) in _NAME_WORDS


def qualified_name(key: str) -> str | None:
    """The name's part of a key that says which of someone's names it holds ("nomactuel" -> "nom",
    "bisherigerfamilienname" -> "familienname"), else None.  A plain name's ("Neuer Name", "nom actuel") is as
    weak as "Name" itself: streets, firms and files are renamed too (review of session 33)."""
    return _name_part(key, _NAME_QUALIFIERS)


def is_key(key: str) -> bool:
    """``key`` (normalised) is one of a form's keys we read: listed, or a date of birth's or an owner's name's."""
    return key in ALL_KEYS or names_a_birth_date(key) or owned_name(key) is not None or _person_key(key)


def type_of(key: str) -> str | None:
    if key in PERSON_KEYS or key in WEAK_PERSON_KEYS or key in ROLE_KEYS or key in UNIT_KEYS or key in GROUP_KEYS \
            or key in TEAM_KEYS or owned_name(key) is not None or _person_key(key):
        return EntityType.PERSON
    if key in PHONE_KEYS:
        return EntityType.PHONE
    if key in DOB_KEYS or names_a_birth_date(key):
        return EntityType.DOB
    if key in STREET_KEYS or key in PLACE_KEYS or key in FORM_STREET_KEYS:
        return EntityType.ADDRESS
    return None


# The words that say "date of birth" and nothing else (not "birthday", "Geburtstag": a party's date). A key
# that starts with one is a date of birth's whatever follows ("geburtsdatum_18plus", "data_nascita_verificata",
# "birthdate_iso"), and so is one mistyped by a letter ("Date de naissancc", "Geburtsdatun") -- the value is
# masked only where it is a date (field_values.py).
_BIRTH_DATE_WORDS = ("geburtsdatum", "gebdatum", "dateofbirth", "birthdate", "datedenaissance", "datenaissance",
                     "datadinascita", "datanascita", "datebirth")  # (a config's "date_birth = …": holdout39)
_ANIMALS = ("tier", "tiere", "tieres", "animal", "animale", "animaux", "hund", "hundes", "chien", "cane", "dog",
            "katze", "chat", "gatto", "cat", "pferd", "pferdes", "cheval", "cavallo", "horse", "kalb", "kalbes", "rind",
            "rindes", "kuh", "vache", "mucca", "cow", "fohlen", "foal", "welpe", "welpen", "puppy", "chiot", "cucciolo",
            "vieh", "bétail", "bestiame", "cattle", "capo", "capi", "bovino", "bovini", "vitello")
_CHANGE_WORDS = ("chang", "updat", "modif", "nder", "creat", "erfass", "edit", "stamp", "time", "zeit")
_ONE_LETTER_OFF = frozenset(
    variant for word in _BIRTH_DATE_WORDS if len(word) >= 9
    for variant in (word, *(word[:i] + word[i + 1:] for i in range(len(word)))))


def names_a_birth_date(key: str) -> bool:
    """``key`` (normalised) starts with a date-of-birth word or is one with a letter wrong, missing or
    added."""
    if key[:2] not in ("ge", "da", "bi") or len(key) < 8:
        return False
    if key.startswith(_BIRTH_DATE_WORDS):
        # (a herd book's "Geburtsdatum Tier", a breeder's "date_of_birth_puppy"; when it was changed:
        # "birthdate_changed_at" -- review of session 24)
        return not key.endswith(_ANIMALS) and not any(word in key for word in _CHANGE_WORDS)
    return len(key) <= 16 and (key in _ONE_LETTER_OFF
                               or any(key[:i] + key[i + 1:] in _ONE_LETTER_OFF for i in range(len(key)))
                               or _two_letters_misread(key))


def _two_letters_misread(key: str) -> bool:
    """``key`` is one of the long date-of-birth words of 13 letters or more with two letters misread, as OCR reads
    "a" for "o" twice ("Data di noscito": holdout39, read in session 35) -- the first four letters right: a word that
    long and that close is no other key ("datadinascita" has no neighbour within two letters)."""
    return len(key) >= 13 and any(
        len(word) == len(key) and word[:4] == key[:4] and sum(a != b for a, b in zip(word, key, strict=True)) <= 2
        for word in _BIRTH_DATE_WORDS if len(word) >= 13)
