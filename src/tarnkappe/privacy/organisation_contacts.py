"""An organisation's contacts, not a person's: role mailboxes and private network addresses.

"info@antiquariat-eselsohr.ch", "kontakt@praxis.example", "noreply@shop.example" are an organisation's
mailboxes, published on its web site as its domain is (and a domain is never masked: it stands in the
text's URLs); "192.168.1.20" or "10.0.0.5" is an address inside some local network, the same in millions
of them, that leads to no one outside it.  Masking them hid what the user asked about and lost nothing:
on the evaluation sets others wrote, 1,670 of the 2,546 e-mails masked for nothing were role mailboxes and
707 of the 886 IP addresses private ones -- together a tenth of all over-masking -- and no set's writer
took a private address for personal data.

What stays masked, because it can lead to a person:

- a mailbox at a free-mail or internet provider's domain ("info@gmx.ch", "hello@gmail.com": someone's own);
- a local part with a digit, or with any word that is not a role's ("anna.info@", "m.kasse@");
- a mailbox whose domain holds a word of a name found in the same text ("info@praxis-huber.ch" beside
  "Dr. Anna Huber"): the domain would give the masked name away.

``privacy.organisation_contacts: mask`` masks them all again (``PrivacyConfig.keep_organisation_contacts``).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

from .entities import Entity, EntityType

# The functions an organisation's mailbox is named after, in our four languages (a local part is one of
# them, or made of them: "service.client", "mailer-daemon", "do-not-reply").  Closed on purpose: a word
# list or word frequencies let a person's mailbox through ("traute.abend@", "liliane@" are words too).
ROLE_WORDS = frozenset("""
info infos information informationen kontakt contact contacts contatto contatti service services servizio
office buero bureau ufficio support hello hallo ciao bonjour admin administration verwaltung amministrazione
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
laden ankauf hof wordpress alerts alert notifications notification system mail email post poststelle zentrale
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
ionos netcologne ewe mail
""".split())
_LOCAL_WORDS = re.compile(r"[._+\-]")
_PRIVATE_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",  # RFC 1918, loopback, link
    "fc00::/7", "fe80::/10", "::1/128",  # unique local, link-local, loopback
))


def without_organisation_contacts(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """``entities`` without the role mailboxes and private network addresses among them (see the
    module's docstring); every other entity as it was."""
    entities = list(entities)
    named: list[str] | None = None
    kept: list[Entity] = []
    for e in entities:
        if e.type == EntityType.IP and private_address(e.text):
            continue
        if e.type == EntityType.EMAIL and role_mailbox(e.text):
            if named is None:  # the words of the text's names, once, and only where a mailbox asks
                named = sorted({w.lower() for p in entities if p.type == EntityType.PERSON
                                for w in re.findall(r"[^\W\d_]{3,}", p.text)})
            domain = e.text.rpartition("@")[2].lower()
            labels = set(re.split(r"[.\-]", domain))
            if not any(word in domain if len(word) >= 4 else word in labels for word in named):
                continue
        kept.append(e)
    return kept


def role_mailbox(address: str) -> bool:
    """``address`` is an organisation's role mailbox at a domain of its own ("info@eselsohr.ch",
    "service.client@ville.example"), not a free-mail provider's, its local part made of role words."""
    local, _, domain = address.lower().rpartition("@")
    labels = domain.split(".")
    if len(labels) < 2 or labels[-2] in FREE_MAIL or not local or any(c.isdigit() for c in local):
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
