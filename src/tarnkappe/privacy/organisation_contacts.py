"""An organisation's contacts, not a person's: role mailboxes and private network addresses.

"info@antiquariat-eselsohr.ch", "kontakt@praxis.example", "noreply@shop.example" are an organisation's
mailboxes, published on its web site as its domain is (and a domain is never masked: it stands in the
text's URLs); "192.168.1.20" or "10.0.0.5" is an address inside some local network, the same in millions
of them, that leads to no one outside it.  Masking them hid what the user asked about and lost nothing: on
the 29 evaluation sets others wrote and we read, the e-mails masked for nothing fell from 2,546 to 1,679 and
the IP addresses from 886 to 189 (all spans masked for nothing: 20,900 -> 19,306, session 27), and no set's
writer took a private address for personal data.

What stays masked, because it can lead to a person:

- a mailbox at a free-mail or internet provider's domain ("info@gmx.ch", "hello@gmail.com": someone's own);
- a local part with a digit, or with any word that is not a role's ("anna.info@", "m.kasse@"; "mail@", "post@",
  "hallo@" are a family's or a one-person business's as often as a firm's: no role's);
- a mailbox whose domain holds a word of a name found in the same text ("info@praxis-huber.ch" beside
  "Dr. Anna Huber"), or a word the name lists know -- a first name or a surname, also as ASCII writes it
  and two run together ("post@familie-mueller.ch", "hallo@lisaketterer.de", "kontakt@huber.name"; the core
  lists, not the 30,000 first names of nam_dict.txt, many of them short words of other languages) -- or is
  written in punycode ("xn--mller-kva.de"): the domain would give a name away;
- an IPv6 link-local or unique local address: its interface id is often the device's MAC address.

``privacy.organisation_contacts: mask`` masks them all again (``PrivacyConfig.keep_organisation_contacts``).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

from ahocorasick_rs import AhoCorasick

from .detectors.field_keys import ascii_folded
from .entities import Entity, EntityType
from .names import NameLexicon

# The functions an organisation's mailbox is named after, in our four languages (a local part is one of
# them, or made of them: "service.client", "mailer-daemon", "do-not-reply").  Closed on purpose: a word
# list or word frequencies let a person's mailbox through ("traute.abend@", "liliane@" are words too).
ROLE_WORDS = frozenset("""
info infos information informationen kontakt contact contacts contatto contatti service services servizio
office buero bureau ufficio support admin administration verwaltung amministrazione
sekretariat secretariat segreteria secretaria reception rezeption empfang accueil anmeldung anmeldungen kasse
buchhaltung accounting compta comptabilite contabilita team jobs job karriere career careers bewerbung bewerbungen
presse press media medien marketing sales verkauf vertrieb bestellung bestellungen order orders shop webshop
webmaster postmaster hostmaster abuse privacy datenschutz dpo billing rechnung rechnungen invoice invoices
facturation fatturazione booking bookings reservation reservations reservierung reservierungen prenotazioni
enquiries enquiry inquiries help hilfe helpdesk it hr kundenservice kundendienst servizioclienti clienti
customerservice customerservices customer customercare client clients feedback redaktion redaction redazione
direktion direction direzione noreply no reply donotreply do not mailer daemon newsletter news events event
veranstaltungen tickets ticket billetterie biglietteria inscriptions inscription iscrizioni registration
mitglieder members membres soci vorstand board comite comitato praesident president presidente kassier tresorier
tesoriere treasurer kurse kurs cours corsi courses ausleihe bibliothek library praxis kanzlei atelier werkstatt
laden ankauf hof wordpress alerts alert notifications notification system poststelle zentrale
central centrale allgemein operations technik technique leserservice lavoraconnoi recrutement recruiting
recruitment anfragen anfrage richieste demandes finanzen finance finances finanze abo abos abonnement
abonnements abbonamenti subscriptions wahlen elections elezioni results resultats risultati ergebnisse
""".split())
# Free-mail and internet providers: the label before the top-level domain ("gmx" of gmx.ch, gmx.de, gmx.at;
# "web" of web.de), whose mailboxes are people's whatever their local part says.
FREE_MAIL = frozenset("""
gmail googlemail hotmail outlook live msn yahoo ymail aol icloud me mac gmx web bluewin hispeed sunrise
swissonline protonmail proton pm tutanota tuta posteo mailbox freenet t-online arcor online wanadoo orange
laposte free sfr neuf libero tiscali virgilio alice tin email fastwebnet chello aon a1 utanet inode kabsi
yandex zoho fastmail hey btinternet sky comcast verizon bigpond shaw rogers sympatico videotron vodafone
ionos netcologne ewe ewetel mail bluemail liwest aliceadsl club-internet inwind iol skynet telenet proximus
quickline green datazug wanadoo bbox numericable cegetel kpnmail ziggo xs4all telia gmail-com eircom
""".split())
_LOCAL_WORDS = re.compile(r"[._+\-]")
_WORDS = re.compile(r"[^\W\d_]{1,64}+")
_PRIVATE_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",  # RFC 1918, loopback, link
    "::1/128",  # (not IPv6's link-local and unique local ones: their interface id is often the device's MAC)
))


def without_organisation_contacts(text: str, entities: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """``entities`` without the role mailboxes and private network addresses among them (see the
    module's docstring); every other entity as it was.  Linear: the words of the text's names are one
    automaton that reads each role mailbox's domain once."""
    entities = list(entities)
    mailboxes = {id(e) for e in entities if e.type == EntityType.EMAIL and role_mailbox(e.text)}
    names = _name_words(entities) if mailboxes else None
    kept: list[Entity] = []
    for e in entities:
        if e.type == EntityType.IP and private_address(e.text):
            continue
        if id(e) in mailboxes:
            domain = e.text.rpartition("@")[2].lower()
            if not (names is not None and names.find_matches_as_indexes(ascii_folded(domain))) \
                    and not _names_a_person(domain, lexicon):
                continue
        kept.append(e)
    return kept


def _name_words(entities: list[Entity]) -> AhoCorasick | None:
    """One automaton over the words (three letters or more, ASCII-folded) of the PERSON entities; None: none."""
    words = {ascii_folded(w) for p in entities if p.type == EntityType.PERSON
             for w in _WORDS.findall(p.text) if len(w) >= 3}
    return AhoCorasick(sorted(words)) if words else None


def _names_a_person(domain: str, lexicon: NameLexicon) -> bool:
    """A label of ``domain`` (its top level aside) is or holds a name the lists know: a first name or a
    surname ("huber", "mueller" of Müller, "dupre" of Dupré), two run together ("lisaketterer"); or it is
    punycode, which hides what it says."""
    labels = domain.split(".")[:-1]
    for label in labels:
        if label.startswith("xn--"):
            return True
        for word in label.split("-"):
            if len(word) >= 3 and (_listed(word, lexicon) or _two_names(word, lexicon)):
                return True
    return False


def _listed(word: str, lexicon: NameLexicon) -> bool:
    """``word`` (lower case ASCII) is a listed first name or surname, read as written or with its umlauts
    spelled out ("mueller" is "Müller")."""
    for spelling in {word, word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü").replace("ss", "ß"),
                     word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")}:
        if lexicon.is_known_name(spelling.capitalize()) and spelling not in ROLE_WORDS:
            return True
    return False


def _two_names(word: str, lexicon: NameLexicon) -> bool:
    """``word`` is a first name and a listed name run together ("lisaketterer", "annahuber"), no town
    ("rosenheim"), read with the core lists (``NameLexicon.core``: with Jörg Michael's first names too, "academy"
    was "Aca" + "Demy" and "zeppelin" "Zepp" + "Elin" -- the review of session 32)."""
    lexicon = lexicon.core()
    return len(word) >= 7 and not lexicon.is_place_only(word.capitalize()) and any(
        lexicon.is_first_name(word[:k].capitalize()) and _listed(word[k:], lexicon) for k in range(3, len(word) - 2))


def role_mailbox(address: str) -> bool:
    """``address`` is an organisation's role mailbox at a domain of its own ("info@eselsohr.ch",
    "service.client@ville.example"), not a free-mail provider's, its local part made of role words."""
    local, _, domain = address.lower().rpartition("@")
    labels = domain.split(".")
    if len(labels) < 2 or not local or any(c.isdigit() for c in local) or any(
            label in FREE_MAIL for label in labels[:-1]):  # (every label: "hotmail" of hotmail.co.uk)
        return False
    words = [word for word in _LOCAL_WORDS.split(local) if word]
    return local in ROLE_WORDS or bool(words) and all(word in ROLE_WORDS for word in words)


def private_address(ip: str) -> bool:
    """``ip`` is in a private, loopback or link-local network (not the documentation ranges that
    ``ipaddress``'s ``is_private`` also counts: "203.0.113.7" of an example may stand for a real one)."""
    try:
        address = ipaddress.ip_address(ip.split("%")[0])
    except ValueError:
        return False
    return any(address in network for network in _PRIVATE_NETWORKS if network.version == address.version)
