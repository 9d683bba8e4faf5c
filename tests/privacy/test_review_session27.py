"""Review of session 27's anonymizer changes (fe7945a..bcb72d4; src/tarnkappe/privacy): role mailboxes and private
network addresses kept readable (organisation_contacts.py), nicknames after cues and in '<name> (<nick>):' lists with
all their mentions (person_nicknames.py), a qualifier in parentheses after a birth cue (dates._DOB), lower-case
Italian street types with an Italian house number or Italian words near them and English house numbers with a
lower-case letter (address_en), a month's abbreviation after 'Name, ' (persons, person_spans, surname_first).  Read as
an attacker and as the user whose data it is; every name, number and address here is invented for these tests.

Three groups:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   Regressions (masked at fe7945a, sent in clear at bcb72d4) are marked so; the others are gaps next to the new
   rules (open) or what the new rules mask (plain tests: keep it so).
2. OVER-MASKING: ordinary text that must stay as written.
3. WORK: counted work of the new rules on growing texts.

Each case was checked at bcb72d4 and at fe7945a (pytest --runxfail with PYTHONPATH=<worktree>/src).

Leaks: 24 REGRESSIONS, all of organisation_contacts.py.  The worst: a person's own domain whose name the text does
not give is sent whole ('mail@anna-huber.de', 'post@familie-mueller.ch', 'kontakt@huber.name'); a name the text
does give is compared as written, so 'Müller'/'mueller', 'Dupré'/'dupre', 'Strauß'/'strauss', punycode, 3-letter
names inside a word and 2-letter names never match; the check runs after resolve_overlaps (a PERSON inside the
mailbox is already gone) and sees only one message's names (mask_many: a system prompt's name does not protect the
next message).  FREE_MAIL lacks regional providers (bluemail, ewetel, liwest, club-internet, inwind, skynet) and
'co.uk'.  Gaps (open): 11 (nicknames in lower case, after an article, two words; a qualifier over 24 characters or
nested; the address comment's own 'via motta 26b'; the commit's own 'Bernard, Dec. 7, 2012' date).  Guards: 12.
Over-masking: 22 REGRESSIONS -- an article taken for a nickname and masked everywhere ('aka The Boss' -> every
'The'; 'Il', 'La', 'Die'), 'dit « Non »', 'nickname: Optional[str]', 'nickname Big Apple', 'vulgo Sozialhilfe',
roles in minutes/transcripts ('(Chair):', '(Host):' x3 -> every 'Chair', 'Host'); 'via' with English words
('pure', 'dove') or any lettered number ('via Gate 12b'); '2h Queen Street', 'Exercise 3b Market Square'; an
empty birth field with a qualifier.  1 open, 8 guards.
Work: two quadratic costs -- role mailboxes x names in without_organisation_contacts (0.7 MB: 16.6 s against 1.3 s),
and person_nicknames._listed's look-back to the line's start on one long line; position budgets hold.

Fixed after the review, in session 27 (their marks removed): every leak regression (no "mail", "post", "hallo",
"hello" among the role words; a domain label that is or holds a listed name, also ASCII-folded and two run together,
or punycode, keeps a mailbox masked; the names' words as one automaton over the domains -- linear; every label
checked for a provider, more providers; IPv6 link-local and unique local masked again), every over-masking
regression (an article belongs to the nickname; "dit", "vulgo", "nickname" only after a name; a list's lines need a
day after their colon; no English words among the Italian ones, a letter after a slash only, a-g and no numbered
thing before an English house number; a qualifier's leaders end on their line), both quadratic costs (the look
back is bounded).  The 11 open gaps stay marked.
"""

from __future__ import annotations

import itertools

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType
from tests.privacy.test_linear_time import _positions, budget, metered  # noqa: F401

from .review_helpers import in_clear, masked

PERSON, ADDRESS, DOB, EMAIL, IP = EntityType.PERSON, EntityType.ADDRESS, EntityType.DOB, EntityType.EMAIL, EntityType.IP


def _regression(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of bcb72d4 (masked at fe7945a): {what}")


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of bcb72d4 (readable at fe7945a): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at fe7945a too): {what}")


_UNNAMED = ("organisation_contacts.without_organisation_contacts keeps a role mailbox ('mail', 'post', 'hallo', "
            "'kontakt' are ROLE_WORDS) unless its domain holds a word of a PERSON found in the same text: a "
            "person's own domain whose name the detectors did not find goes out whole")
_ASCII = ("without_organisation_contacts compares the PERSON's words as written (ü, é, ß, ù, ä) with the domain "
          "as written: 'mueller', 'dupre', 'strauss', 'cantu', 'braendli', punycode 'xn--mller-kva' never match")
_SHORT = ("without_organisation_contacts: a name word of 3 letters counts only as a whole label ('ott' not in "
          "'ottschreinerei'), one of 2 letters never (re.findall(r'[^\\W\\d_]{3,}'))")
_AFTER_RESOLVE = ("without_organisation_contacts runs after resolve_overlaps: the PERSON 'Anna-Huber' found inside "
                  "the mailbox lost to the EMAIL, then the EMAIL is dropped and nothing covers the name")
_SAME_DOMAIN = ("without_organisation_contacts counts only PERSON entities: the masked personal mailbox "
                "'a.huber@huber-bau.ch' does not stop 'info@' at the same domain from giving 'huber' away")
_FREE = ("organisation_contacts.FREE_MAIL lacks this regional provider (bluemail.ch, ewetel.net, liwest.at, "
         "aliceadsl.fr, club-internet.fr, inwind.it, iol.it, skynet.be): its customer's 'info@' passes as a role")
_CCSLD = ("organisation_contacts.role_mailbox tests labels[-2], which is 'co' of hotmail.co.uk / yahoo.co.uk, not "
          "the provider")
_EUI64 = ("organisation_contacts._PRIVATE_NETWORKS keeps fe80::/10, whose modified EUI-64 interface id is the "
          "device's MAC (00:1a:2b:3c:4d:5e)")
_NICK_ONE_WORD = ("person_nicknames._NICK: a plain nickname is one capitalised word, so an article ('The', 'La') is "
                  "taken for the nickname and the word after it stays readable")
_NICK_LOWER = "person_nicknames._NICK: a plain nickname needs a capital; a lower-case one after its cue is missed"
_NICK_ARTICLE = "person_nicknames._NICK: an article ('il', 'la') is allowed only inside quotes"
_NICK_COMMON = ("person_nicknames._mentions: a nickname that is a common word ('Pfiff') is masked only as written; "
                "the lower-case chat speaker 'pfiff:' stays readable")
_ARTICLE_SPREAD = ("person_nicknames._NICK takes the article of 'aka The Boss' / 'detto Il Moro' / 'dite La Puce' / "
                   "'genannt Die Eiserne' for the nickname and _mentions masks it everywhere as written")
_DIT = ("person_nicknames._PROSE_CUE: 'dit' after a name is also 'says'; the quoted answer becomes a nickname and "
        "_mentions masks it everywhere")
_OWN_CUE = ("person_nicknames._OWN_CUE: 'nickname'/'vulgo' need nothing before them; a type annotation's, a city's "
            "or a word's gloss becomes a nickname and _mentions masks it everywhere")
_ROLES = ("person_nicknames._listed: three lines '<name> (<role>): ...' of minutes or a transcript are read as "
          "nicknames (_nickname drops only STOP words and capitals of <= 4 letters) and _mentions masks each role "
          "everywhere")
_IT_WORDS = "address_en._IT_WORDS holds English words ('pure', 'dove') that count within 40/25 characters of 'via X N'"
_IT_NUMBER = ("address_en._IT_HOUSE_NUMBER: any digit + letter after 'via X' ('Gate 12b', 'Porte 3b', 'Gleis 7a') "
              "counts as an Italian house number")
_EN_LETTER = ("address_en._STREET: the new lower-case a-h after the number reads hours ('2h'), exercises ('3b') and "
              "variants ('2b') as house numbers")


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # organisation_contacts -- REGRESSIONS, the worst first: a person's own domain
    pytest.param("Bei Fragen: mail@anna-huber.de", "mail@anna-huber.de", EMAIL, id="role-mail-at-personal-domain"),
    pytest.param("Liebe Grüsse\nJürg\npost@familie-mueller.ch", "post@familie-mueller.ch", EMAIL,
                 id="role-post-at-family-domain"),
    pytest.param("Schreib mir: hallo@lisaketterer.de", "hallo@lisaketterer.de", EMAIL,
                 id="role-hallo-at-first-last-domain"),
    pytest.param("Kontakt: kontakt@huber.name", "kontakt@huber.name", EMAIL, id="role-at-dot-name"),
    pytest.param("Bitte an praxis@dr-gschwend.ch senden.", "praxis@dr-gschwend.ch", EMAIL,
                 id="role-praxis-at-doctors-domain"),
    # ... the name IS found, but written otherwise in the domain
    pytest.param("Herzliche Grüsse, Jürg Müller\ninfo@mueller-treuhand.ch", "info@mueller-treuhand.ch", EMAIL,
                 id="named-umlaut-transliterated"),
    pytest.param("Cordialement, François Dupré\ncontact@dupre-avocats.fr", "contact@dupre-avocats.fr", EMAIL,
                 id="named-accent-dropped-fr"),
    pytest.param("Grazie, Nicolò Cantù\ninfo@cantu-serramenti.it", "info@cantu-serramenti.it", EMAIL,
                 id="named-accent-dropped-it"),
    pytest.param("Danke! Gruss aus der Praxis\nDr. med. Ursula Brändli\npraxis@braendli-hausarzt.ch",
                 "praxis@braendli-hausarzt.ch", EMAIL, id="named-swiss-ae"),
    pytest.param("Mit freundlichen Grüßen\nThomas Strauß\nkontakt@strauss-elektro.de", "kontakt@strauss-elektro.de",
                 EMAIL, id="named-eszett"),
    pytest.param("Kontakt: kontakt@xn--mller-kva.de, Inhaber Müller", "kontakt@xn--mller-kva.de", EMAIL,
                 id="named-punycode"),
    pytest.param("Gruss, Hans Ott\ninfo@ottschreinerei.ch", "info@ottschreinerei.ch", EMAIL,
                 id="named-three-letters-joined"),
    pytest.param("Gruss Mei Li, info@li-design.ch", "info@li-design.ch", EMAIL, id="named-two-letters",
                 marks=_regression(_SHORT)),
    pytest.param("Kontakt: info@Anna-Huber.de", "info@Anna-Huber.de", EMAIL, id="named-inside-mailbox-lost"),
    pytest.param("From: a.huber@huber-bau.ch\nCc: info@huber-bau.ch\nBetreff: Offerte", "info@huber-bau.ch", EMAIL,
                 id="named-by-personal-mailbox-same-domain"),
    # ... free-mail and internet providers FREE_MAIL does not know, and second-level country domains
    pytest.param("Antwort an info@bluemail.ch bitte", "info@bluemail.ch", EMAIL, id="isp-ch-bluemail"),
    pytest.param("Bitte an office@ewetel.net schreiben.", "office@ewetel.net", EMAIL, id="isp-de-ewetel"),
    pytest.param("Kontakt: office@liwest.at", "office@liwest.at", EMAIL, id="isp-at-liwest"),
    pytest.param("Merci d'écrire à contact@club-internet.fr", "contact@club-internet.fr", EMAIL,
                 id="isp-fr-club-internet"),
    pytest.param("Grazie, scrivete a info@inwind.it", "info@inwind.it", EMAIL, id="isp-it-inwind"),
    pytest.param("Écrivez à contact@skynet.be", "contact@skynet.be", EMAIL, id="isp-be-skynet"),
    pytest.param("Kontakt: info@hotmail.co.uk", "info@hotmail.co.uk", EMAIL, id="free-mail-co-uk"),
    pytest.param("Interface eth0: fe80::21a:2bff:fe3c:4d5e", "fe80::21a:2bff:fe3c:4d5e", IP,
                 id="ip-link-local-eui64-mac"),
    # ... guards: what stays masked
    pytest.param("Dr. Anna Huber, Hausärztin\ninfo@praxis-huber.ch", "info@praxis-huber.ch", EMAIL,
                 id="named-domain-guard"),
    pytest.param("Bitte an info@gmx.ch oder hello@gmail.com", "info@gmx.ch", EMAIL, id="free-mail-guard"),
    pytest.param("info+anna.meier@firma.ch", "info+anna.meier@firma.ch", EMAIL, id="plus-addressing-guard"),
    pytest.param("Server: ::ffff:192.168.1.1", "::ffff:192.168.1.1", IP, id="ipv4-mapped-stays-masked"),
    # person_nicknames -- gaps next to the new rule
    pytest.param("John Smith aka The Boss runs the place.", "Boss", PERSON, id="nick-aka-the-boss"),
    pytest.param("Nathalie Ferrand, dite La Puce, habite ici.", "Puce", PERSON, id="nick-dite-la-puce"),
    pytest.param("Anna Meier genannt nanni kommt auch. nanni: hallo zusammen", "nanni", PERSON,
                 id="nick-genannt-lower", marks=_open(_NICK_LOWER)),
    pytest.param("Marco Bianchi, detto il moro, abita qui.", "moro", PERSON, id="nick-detto-lower",
                 marks=_open(_NICK_LOWER)),
    pytest.param("Soprannome: il Moro. il Moro arriva domani.", "Moro", PERSON, id="nick-soprannome-article",
                 marks=_open(_NICK_ARTICLE)),
    pytest.param("Christian Salzmann v/o Pfiff hat Geburtstag.\npfiff: bin dabei", "pfiff", PERSON,
                 id="nick-common-word-lower-speaker", marks=_open(_NICK_COMMON)),
    # ... guards: what the rule now masks
    pytest.param("Nathalie Ferrand, dite «Gégé», habite ici. gégé: salut", "gégé", PERSON,
                 id="nick-guillemets-no-space"),
    pytest.param("Giulia Rossi, detta Giuly, arriva domani. giuly: ciao!", "giuly", PERSON, id="nick-detta-lower"),
    pytest.param('Anna Meier genannt "Nanni" kommt. NANNI: hallo', "NANNI", PERSON, id="nick-quoted-upper-mention"),
    # dates._DOB -- guards for the qualifier, gaps next to it
    pytest.param("Geburtsdatum (laut Pass, TT.MM.JJJJ) ..... 01.04.1990", "01.04.1990", DOB, id="dob-qualifier"),
    pytest.param("Geburtsdatum (18+)…… 01-04-1990", "01-04-1990", DOB, id="dob-qualifier-ellipsis"),
    pytest.param("Geburtsdatum (Pflichtfeld, Format TT.MM.JJJJ) ...... 01.04.1990", "01.04.1990", DOB,
                 id="dob-long-qualifier", marks=_open("dates._DOB: the qualifier in parentheses holds <= 24 "
                                                      "characters")),
    pytest.param("Geburtsdatum (Kind (2)) ... 01.04.2015", "01.04.2015", DOB, id="dob-nested-qualifier",
                 marks=_open("dates._DOB: the qualifier admits no parentheses inside ([^()\\n])")),
    # address_en -- guards, and the commit comment's own example
    pytest.param("Ci vediamo via Roma 5 alle 18", "via Roma 5", ADDRESS, id="it-via-italian-words"),
    pytest.param("lives at 12b Chapel Street, Leeds", "12b Chapel Street", ADDRESS, id="en-lettered-number"),
    pytest.param("installazione domani via motta 26b, apre il figlio", "via motta 26b", ADDRESS,
                 id="it-comment-example-lower-name",
                 marks=_open("address_en._LOWER_TYPE: _IT_NAME (address._W) needs a capital, so the new comment's "
                             "own example 'installazione domani via motta 26b' stays readable")),
    # months after 'Name, ' -- guard, and gaps next to the change
    pytest.param("Companion: Leah Rose, Jan. 23, 1933", "Jan. 23, 1933", DOB, id="month-after-name-dob"),
    pytest.param("CHILD 1: Bernard, Dec. 7, 2012", "Dec. 7, 2012", DOB, id="month-after-one-word-name-dob"),
    pytest.param("Schüler: Brunner, Jan 14 J.", "Jan", PERSON, id="first-name-jan-before-age",
                 marks=_open("'Surname, Jan' + a number: the first name 'Jan' is read as the month "
                             "(persons._MONTH_ABBREVIATIONS / surname_first._DAY_AFTER_MONTH now say so too)")),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


def test_leak_named_in_another_message(anonymizer: Anonymizer) -> None:
    texts = ["Ich bin Dr. Ottilie Gschwend, Physiotherapeutin in Olten.",
             "Wie formuliere ich die Signatur mit praxis@gschwend-physio.ch schöner?"]
    out = anonymizer.mask_many(texts, anonymizer.new_vault())
    assert "gschwend" not in out[1].lower()


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_nicknames -- REGRESSIONS: an article or a word spread over the whole text
    pytest.param("John Smith aka The Boss runs the place. The shop opens at nine.", "The shop opens",
                 id="nick-article-the"),
    pytest.param("Lorenzo Gadda detto Il Moro abita qui. Il negozio apre alle nove.", "Il negozio",
                 id="nick-article-il"),
    pytest.param("Nathalie Ferrand, dite La Puce, habite ici. La boulangerie ouvre à 7h.", "La boulangerie",
                 id="nick-article-la"),
    pytest.param("Anna Meier genannt Die Eiserne leitet den Verein. Die Sitzung ist am Montag.", "Die Sitzung",
                 id="nick-article-die"),
    pytest.param("Le maire Paul Martin dit « Non » au projet. Non, je ne pense pas que ce soit une bonne idée.",
                 "Non, je ne pense pas", id="nick-dit-says-non"),
    pytest.param("```python\nclass User:\n    nickname: Optional[str] = None\n    email: Optional[str] = None\n```\n"
                 "Warum ist email Optional?", "email: Optional[str]", id="nick-type-annotation"),
    pytest.param("New York has the nickname Big Apple. Big plans for the Big Apple this year.", "Big plans",
                 id="nick-city-nickname"),
    pytest.param("Die Mindestsicherung, vulgo Sozialhilfe, ist Ländersache. Die Sozialhilfe beträgt dort 1000 Euro.",
                 "Die Sozialhilfe beträgt", id="nick-vulgo-gloss"),
    # ... roles in minutes and transcripts read as a list of nicknames
    pytest.param("Meeting minutes\nSarah Collins (Chair): opened the meeting.\nDavid Wong (Treasurer): presented "
                 "the budget.\nMaria Lopez (Secretary): took notes.\nThe Chair thanked the Treasurer.",
                 "The Chair thanked the Treasurer", id="roles-minutes-en"),
    pytest.param("Compte rendu\nMarie Dupont (Présidente): ouvre la séance.\nLuc Bernard (Trésorier): présente les "
                 "comptes.\nJulie Martin (Secrétaire): lit le procès-verbal.\nLe Trésorier confirme.",
                 "Le Trésorier confirme", id="roles-minutes-fr"),
    pytest.param("Interview\nAnna Meier (Moderation): Willkommen.\nPeter Keller (Gast): Danke.\nAnna Meier "
                 "(Moderation): Erste Frage.\nDie Moderation dankt dem Gast.", "Die Moderation dankt dem Gast",
                 id="roles-interview-de"),
    pytest.param("Verbale\nMarco Rossi (Presidente): apre la seduta.\nLaura Bianchi (Tesoriera): presenta il "
                 "bilancio.\nPaolo Verdi (Segretario): legge il verbale.\nIl Segretario invia il verbale.",
                 "Il Segretario invia", id="roles-verbale-it"),
    pytest.param("Podcast transcript\nAnna Miller (Host): Welcome back.\nTom Baker (Guest): Thanks for having me.\n"
                 "Anna Miller (Host): So, tell us.\nTom Baker (Guest): Well, as a Guest I must say the Host is great.",
                 "as a Guest I must say the Host", id="roles-podcast-en"),
    # ... guards
    pytest.param("# .bashrc von Anna Meier\nalias Gs='git status'\nGs zeigt den Status.", "Gs zeigt",
                 id="nick-shell-alias"),
    pytest.param("Python 3.13 aka Next ships in October. Next steps follow.", "Next steps", id="nick-aka-no-name"),
    pytest.param("Jean dit que Marie viendra demain.", "dit que", id="nick-dit-lower-prose"),
    pytest.param("Anna Meier (Kasse): 12 Belege\nPeter Huber (Einkauf): 3 Offerten\nDie Kasse stimmt.",
                 "Die Kasse stimmt", id="roles-two-lines"),
    # address_en -- REGRESSIONS: 'via' of English, French and German prose, lettered numbers
    pytest.param("We shipped it via DHL 3 times, pure luck that it arrived.", "via DHL 3", id="via-pure"),
    pytest.param("Drove via Route 66 twice, the dove on the hood was a gift.", "via Route 66", id="via-dove"),
    pytest.param("Boarding via Gate 12b, then take the shuttle.", "via Gate 12b", id="via-gate-lettered"),
    pytest.param("Accès via Porte 3b, au fond du couloir.", "via Porte 3b", id="via-porte-lettered"),
    pytest.param("Einstieg via Gleis 7a, dann umsteigen.", "via Gleis 7a", id="via-gleis-lettered"),
    pytest.param("Weekly wrap: 2h Queen Street delays.", "2h Queen Street", id="en-hours-street"),
    pytest.param("Exercise 3b Market Square: draw the graph.", "3b Market Square", id="en-exercise-square"),
    pytest.param("Order 2b Oak Drive panels and 3c Elm Court doors.", "2b Oak Drive", id="en-variant-product"),
    # ... guards
    pytest.param("Sono via 3 giorni, torno lunedì. Grazie!", "via 3 giorni", id="it-via-away"),
    pytest.param("Nous sommes passés via Lyon 2 fois, ouf.", "via Lyon 2", id="fr-via-transit"),
    # dates._DOB -- REGRESSION: an empty birth field with a qualifier reaches the next field's date
    pytest.param("Geburtsdatum (falls bekannt) ........\nEintritt ........ 01.08.2026", "01.08.2026",
                 id="dob-qualifier-empty-field"),
    # organisation_contacts -- guards: the change's purpose
    pytest.param("Contact: info@antiquariat-eselsohr.ch, NAS at 192.168.1.20", "info@antiquariat-eselsohr.ch",
                 id="role-mailbox-kept"),
    pytest.param("Contact: info@antiquariat-eselsohr.ch, NAS at 192.168.1.20", "192.168.1.20",
                 id="private-ip-kept"),
    # months after 'Name, ' -- gap: the commit's own example masks the month as a name
    pytest.param("CHILD 1: Bernard, Dec. 7, 2012", "Dec.", id="month-masked-as-name",
                 marks=_open("person_phrases ('phrase') masks 'Dec' as a PERSON (at fe7945a inside 'Bernard, Dec')")),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
def _surnames(n: int) -> list[str]:
    """``n`` distinct invented surnames ('Bababer', 'Babacer', ...)."""
    cons, vow = "bcdfghklmnprstvwz", "aeiou"
    words = ("".join(p).capitalize() + "er" for p in itertools.product(cons, vow, cons, vow, cons))
    return list(itertools.islice(words, n))


def test_role_mailbox_check_grows_linearly(metered: Anonymizer, monkeypatch) -> None:  # noqa: F811
    from tarnkappe.privacy import organisation_contacts

    checks = [0]

    class Counted(list):
        def __iter__(self):
            for item in list.__iter__(self):
                checks[0] += 1
                yield item

    monkeypatch.setattr(organisation_contacts, "sorted", lambda words: Counted(sorted(words)), raising=False)

    def work(n: int) -> int:
        checks[0] = 0
        text = "".join(f"Herr {s} schreibt an info@firma-{i}.ch\n" for i, s in enumerate(_surnames(n)))
        metered.mask(text, metered.new_vault())
        return checks[0]

    small, large = work(200), work(800)
    assert large <= 4.2 * small + 20


def test_listed_nicknames_look_back_linearly() -> None:
    from tarnkappe.privacy import person_nicknames

    class Counted(str):
        scanned = 0

        def rfind(self, sub, start=0, end=None):
            end = len(self) if end is None else end
            found = str.rfind(self, sub, start, end)
            Counted.scanned += end - (found if found >= 0 else start)
            return found

    def work(n: int) -> int:
        unit = "Anna Meier (Zapfen): x; "
        starts = {i * len(unit) + len("Anna Meier"): i * len(unit) for i in range(n)}
        Counted.scanned = 0
        person_nicknames._listed(Counted(unit * n), starts)
        return Counted.scanned

    small, large = work(500), work(2000)
    assert large <= 4.2 * small + 20


NEW_SHAPES = [
    "Anna Meier v/o Zapfen. Zapfen kommt. zapfen: ja\n",   # a cue and its mentions, repeated
    "Anna Meier alias Aa, Paul Martin dit « Bb », ",        # prose cues after names
    "Anna Meier (Zapfen): 1.1.1990\n",                      # a list of nicknames
    "info@firma.ch 192.168.1.1 Anna Huber info@huber.ch ",  # role mailboxes, private addresses, names
    "via Aa 12b alle via Bb 3a pure ",                      # Italian streets' new gates
    "Geburtsdatum (18+) ...... 01-04-1990 ",                # the qualifier before dot leaders
]


@pytest.mark.parametrize("shape", NEW_SHAPES)
def test_runs_of_a_new_shape_stay_within_the_position_budget(metered: Anonymizer, shape: str) -> None:  # noqa: F811
    text = shape * (6000 // len(shape) + 1)
    assert _positions(metered, text) <= budget(text)
