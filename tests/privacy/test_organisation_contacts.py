"""An organisation's role mailboxes and private network addresses stay readable; a person's do not
(organisation_contacts.py).  The setting reaches the anonymizer from the config file (app.py,
``privacy.organisation_contacts``)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig
from tarnkappe.privacy.organisation_contacts import private_address, role_mailbox


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig(learned_names=False))


@pytest.mark.parametrize("address", [
    "info@antiquariat-eselsohr.ch", "kontakt@polsterei.example", "noreply@shop.example.com",
    "mailer-daemon@mx.example.org", "service.client@ville.example", "segreteria@scuola.example.it",
    "Info@Firma.example", "do-not-reply@bank.example",
])
def test_role_mailboxes(address: str) -> None:
    assert role_mailbox(address)


@pytest.mark.parametrize("address", [
    "anna.meier@eselsohr.ch",  # a person's name
    "info@gmx.ch", "hello@gmail.com", "kontakt@bluewin.ch", "info@web.de",  # a free-mail provider's: someone's own
    "info2@firma.example", "kasse.m@firma.example", "a.info@firma.example",  # a digit, a word no role's
    "liliane@firma.example", "sonnenschein@firma.example",  # words are not roles: only the closed list is
    "@firma.example", "-@firma.example", "info@localhost",
])
def test_personal_or_unsure_mailboxes(address: str) -> None:
    assert not role_mailbox(address)


@pytest.mark.parametrize(("ip", "private"), [
    ("192.168.1.20", True), ("10.0.0.5", True), ("172.16.4.1", True), ("172.31.255.255", True), ("127.0.0.1", True),
    ("169.254.10.1", True), ("::1", True),
    # IPv6's link-local and unique local ones: the interface id is often the device's MAC (review of session 27)
    ("fe80::1", False), ("fd12:3456::1", False), ("fe80::21a:2bff:fe3c:4d5e", False),
    ("172.32.0.1", False), ("85.195.1.20", False), ("2001:4860::8888", False),
    # documentation ranges, which ipaddress calls private, may stand for a real address in an example
    ("192.0.2.7", False), ("203.0.113.9", False), ("198.51.100.3", False), ("2001:db8::1", False),
    ("not an ip", False),
])
def test_private_addresses(ip: str, private: bool) -> None:
    assert private_address(ip) is private


def test_kept_readable_beside_a_persons_values(anonymizer: Anonymizer) -> None:
    text = ("Antiquariat Eselsohr <info@antiquariat-eselsohr.ch>, Basisstation 192.168.1.20; "
            "Kundin Anna Meier <anna.meier@gmx.ch>, IP 85.195.1.20")
    found = {e.text: e.type for e in anonymizer.detect(text)}
    assert "info@antiquariat-eselsohr.ch" not in found
    assert "192.168.1.20" not in found and not any("192.168" in t for t in found)  # nor taken as a phone
    assert found["anna.meier@gmx.ch"] == "EMAIL"
    assert found["85.195.1.20"] == "IP"
    assert found["Anna Meier"] == "PERSON"


def test_a_domain_with_a_name_found_in_the_text_stays_masked(anonymizer: Anonymizer) -> None:
    """The domain would give the masked name away."""
    found = {e.text: e.type for e in anonymizer.detect("Praxis Dr. Anna Huber, Anmeldung: info@praxis-huber.ch")}
    assert found.get("info@praxis-huber.ch") == "EMAIL"
    found = {e.text: e.type for e in anonymizer.detect("Zahnarztpraxis Zentrum, Anmeldung: info@zahnarzt-zentrum.ch")}
    assert "info@zahnarzt-zentrum.ch" not in found


@pytest.mark.parametrize("address", [
    "mail@anna-huber.de", "post@familie-mueller.ch", "hallo@lisaketterer.de", "kontakt@huber.name",
    "info@xn--mller-kva.de", "info@hotmail.co.uk", "info@bluemail.ch",
])
def test_a_domain_that_names_someone_stays_masked(anonymizer: Anonymizer, address: str) -> None:
    """A name the lists know, spelled as a domain does, or two run together; punycode; a provider's."""
    assert {e.text: e.type for e in anonymizer.detect(f"Bitte an {address} schreiben.")}.get(address) == "EMAIL"


def test_the_operator_can_mask_them_all() -> None:
    anonymizer = Anonymizer(PrivacyConfig(learned_names=False, keep_organisation_contacts=False))
    vault = anonymizer.new_vault()
    masked = anonymizer.mask("Schreiben Sie an info@antiquariat-eselsohr.ch, Server 192.168.1.20.", vault)
    assert "info@" not in masked and "192.168" not in masked


@pytest.mark.parametrize(("value", "keep"), [(None, True), ("keep", True), ("mask", False)])
def test_the_config_files_setting_reaches_the_gateways_anonymizer(value: str | None, keep: bool) -> None:
    from tarnkappe.app import build_anonymizer
    from tarnkappe.config import ConfigError, parse_settings

    privacy = {"mode": "on_request", "learned_names": False} | ({"organisation_contacts": value} if value else {})
    anonymizer = build_anonymizer(parse_settings({"privacy": privacy}, "test.yaml", {}))
    assert anonymizer is not None and anonymizer.config.keep_organisation_contacts is keep
    with pytest.raises(ConfigError, match="organisation_contacts"):
        parse_settings({"privacy": {"organisation_contacts": "sometimes"}}, "test.yaml", {})
