"""Review of session 29's anonymizer changes (cac18ee..3b220e9; src/tarnkappe/privacy): names typed without
capitals under a name's key or column (field_values._lower_case_name, 92e6e5a), names in lines typed in lower case
(person_lowercase.py, bc2eb2b; its determiners, 3b220e9), the writer's own date of birth before a companion's, a
header of two cells at least and the ASCII 'nee' key (person_dates, field_keys, 3b220e9).  Read as an attacker and
as the user whose data it is; every name, number and address here is invented for these tests.

Three groups:
1. LEAKS: each letter and digit of the secret must be covered by a detected entity of the expected type.
   Gaps next to the new rules are marked open (they fail at cac18ee too); plain tests pin what the rules now mask.
2. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at cac18ee) are marked so.
3. WORK: the new rules on growing texts.

Each case was checked at 3b220e9 and at cac18ee (pytest --runxfail with PYTHONPATH=<worktree>/src), the
determiner cases also at bc2eb2b.

Leaks: 0 regressions against cac18ee; 29 open, 5 of them names bc2eb2b masked and 3b220e9's _DETERMINERS lost
again: German 'an'/'dem'/'die' and Italian 'a' are prepositions (or the article southern German puts before a name)
-- 'bitte an anna meier', 'scrivi a giulia rossi'.  Open: a line that starts with a capital ('Hi, freya murphy
here') is not read at all; first names that are common words (jean, pierre) and surnames that are (blanc, weiss,
frei -- the commit's own 'nachname: frei', white); a surname equal to the family's mail domain
('martina@kessler.ch'); elided or particle surnames with an ordinary word (d'amico, dell'orto, van der berg, von der
heydt); five-word values; 'surname, first (aside)' items; initials without a space ('b.chevalier', 'j.-p. dubois');
the writer's own date with 'und'/'e', ' : ', ';', parentheses, 'ich selbst', or after the companion's.
Over-masking: 34 REGRESSIONS (18 person_lowercase, 13 field_values, 3 person_dates) -- person_lowercase takes any
listed first name that is also a word ('min', 'drew', 'earl', 'jasmine', 'angel', 'delta', 'monte', 'mel', 'file',
'max', 'spring', 'van') before a word no frequency list knows or a mid-frequency one for a person: '10 min walk',
'min heap', 'earl grey', 'jasmine rice', 'monte carlo', 'mel spectrogram', 'drew blood', 'file handler', 'max
backoff', 'van driver', and 'parsley, sage;' items; field_values reads a non-weak person key's single rare word as
a surname -- Ansible's 'owner: nginx', ECS's '"family": "nginx"', 'tenant: contoso', 'signature: hmac',
'"displayName": "grafana"', 'first_name: test' -- and a weak key's 'jasmine-core' or a CSV name column's products
('earl grey', 'monte carlo', 'black forest'); person_dates: a header of one named cell (',Eintritt' of a pandas
export) no longer says its dates are no births, and the writer's date beside a companion's joining date becomes a
DOB.
Work: the regex work is linear (engine_work n vs 4n: 4.00x on each shape); person_lowercase._name_at is not: 'van'
is a listed first name and a particle, so a line of 'van van van ... the' walks the particles from every word --
quadratic (11 s for 32 KB of 'van ', cac18ee 0.2 s; 96 s for 100 KB of 'van de ') -- counted below, not timed.

Fixed in session 29 after this review (their marks removed): the particle walk reads three particles at most; the
English words the lists know as surnames end no lower-case pair ('walk', 'grey', 'rice', 'league', 'blood'); lines
of code are not read ('# min heap', 'max_backoff = 30'); German 'an', 'dem', 'die' and Italian 'a' are no
determiners; a single lower-case word only under a first or last name's key ('owner: nginx' stays); a header of one
named cell after an empty one is a header; the writer's own date asks for a birth's or an insurance's word.  Kept
(strict xfails): first names that are words before a listed surname no frequency list calls English ('ginger beer',
'angel hair', 'monte carlo', 'penny stocks'), products in a CSV name column.
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.entities import EntityType
from tarnkappe.privacy.names import load_lexicon

from .review_helpers import engine_work, in_clear, masked

PERSON, DOB = EntityType.PERSON, EntityType.DOB


def _over(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"kept, a regression of session 29 (readable at cac18ee): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at cac18ee too): {what}")


_DETERMINERS = _open(
    "masked by bc2eb2b, lost again by 3b220e9: person_lowercase._DETERMINERS holds German 'an', 'dem', 'die' and "
    "Italian 'a' -- prepositions before a name ('an anna meier', 'a giulia rossi'), and the article southern German "
    "puts before one ('die anna meier'); ask the determiner's language and a noun after the pair, not the word alone")
_CAPITAL_LINE = _open(
    "person_lowercase reads only lines typed_in_lower_case (first word in lower case): a sentence's capital at the "
    "line's start ('Hi, ', 'Meeting ') leaves its lower-case names to rules that read capitals")
_COMMON_FIRST = _open("person_lowercase._first_name: 'jean', 'pierre' are common words, so no pair starts there")
_COMMON_LAST = _open(
    "an ordinary word as surname ('blanc', 'weiss', 'frei', 'white') is refused under a first or last name's key and "
    "after a first name; under 'nachname:' next to 'vorname:' the key says it is a name")
_ELIDED = _open("person_lowercase._surname: an elided surname's ordinary word ('d'amico', 'dell'orto') is refused")
_PARTICLE = _open(
    "after particles the surname must be a listed name or in no frequency list ('berg' is ambiguous, 'heydt' is "
    "known at Zipf 1-3)")
_ITEMS = _open("'surname, first' items: only when the item ends right after the first name (not ' (', ' - ')")
_INITIALS = _open("person_lowercase: an initial needs '. ' before the surname ('b.chevalier', 'j.-p. dubois')")
_SELF = _open(
    "person_dates._SELF_BEFORE: only '<ich|me|moi|io|mine>[ :]{1,2}<date>, ' right before the companion -- not "
    "'und'/'e'/';', French ' : ', parentheses, 'ich selbst', 'moi-même', nor the writer after the companion")

_LOWER = ("person_lowercase (bc2eb2b): a listed first name that is also a word ('ginger', 'angel', 'monte', 'penny') "
          "before a listed surname that is no English word ('beer', 'hair', 'carlo', 'stocks' are listed and not "
          "known as words) is read as a name -- the English words the lists know as surnames ('walk', 'grey', 'rice', "
          "'league') are no longer (fixed in session 29), the rest kept: frequency does not tell these from names")
_LOWER_ITEMS = ("person_lowercase 'surname, first;' items (bc2eb2b): any listed or rare word, a comma and a listed "
                "first name between ';' -- herbs, languages, fabrics")
_FIELD_KEY = ("field_values._lower_case_name (92e6e5a): under a non-weak person key ('owner', 'family', 'tenant', "
              "'signature', 'displayname', 'firstname') one rare word is a surname -- a service account, an ECS "
              "task family, a tenant's slug, an algorithm, a placeholder; ask a listed name alone, or a name key "
              "beside it")
_FIELD_WEAK = ("field_values._lower_case_name (92e6e5a): under 'name' or a CSV name column two words with a listed "
               "first name are a person -- products ('earl grey', 'jasmine rice', 'monte carlo', 'black forest') and "
               "packages ('jasmine-core')")


# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # person_lowercase -- guards (sent in clear at cac18ee)
    pytest.param("please refund it to freya murphy’s account", "freya murphy", PERSON, id="lower-possessive-guard"),
    pytest.param("cc: j. hughes, k. o'neill", "k. o'neill", PERSON, id="lower-initial-apostrophe-guard"),
    pytest.param("send it to anaïs o'reilly please", "anaïs o'reilly", PERSON, id="lower-accents-guard"),
    pytest.param("bitte hans peter schmid anrufen", "hans peter schmid", PERSON, id="lower-three-words-guard"),
    pytest.param("teilnehmer: meier, anna; huber, peter", "huber, peter", PERSON, id="lower-items-guard"),
    # ... lost again by 3b220e9's determiners (masked at bc2eb2b)
    pytest.param("bitte die rechnung an anna meier schicken", "anna meier", PERSON, id="lower-after-an"),
    pytest.param("scrivi a giulia rossi per la fattura", "giulia rossi", PERSON, id="lower-after-italian-a"),
    pytest.param("per favore manda il contratto a sofia de luca", "sofia de luca", PERSON,
                 id="lower-after-a-particle"),
    pytest.param("gib das dem peter huber zurück", "peter huber", PERSON, id="lower-after-dem"),
    pytest.param("die anna meier hat schon wieder angerufen", "anna meier", PERSON, id="lower-after-die"),
    # ... near variants, open
    pytest.param("Hi, freya murphy here, my card ends 4412.", "freya murphy", PERSON, id="lower-capital-line-start",
                 marks=_CAPITAL_LINE),
    pytest.param("Meeting with anna meier tomorrow at 10.", "anna meier", PERSON, id="lower-sentence-case",
                 marks=_CAPITAL_LINE),
    pytest.param("peux-tu rappeler jean dupont demain", "jean dupont", PERSON, id="lower-jean", marks=_COMMON_FIRST),
    pytest.param("j'ai vu pierre martin hier soir", "pierre martin", PERSON, id="lower-pierre", marks=_COMMON_FIRST),
    pytest.param("talked to marie blanc about it", "marie blanc", PERSON, id="lower-blanc", marks=_COMMON_LAST),
    pytest.param("c'est pour marie-thérèse d'amico", "marie-thérèse d'amico", PERSON, id="lower-d-amico",
                 marks=_ELIDED),
    pytest.param("ho parlato con paolo dell'orto ieri", "paolo dell'orto", PERSON, id="lower-dell-orto",
                 marks=_ELIDED),
    pytest.param("der betrag kam von jonas van der berg", "jonas van der berg", PERSON, id="lower-van-der-berg",
                 marks=_PARTICLE),
    pytest.param("bitte maria von der heydt anrufen", "maria von der heydt", PERSON, id="lower-von-der-heydt",
                 marks=_PARTICLE),
    pytest.param("- meier, anna (vorstand)\n- huber, peter (kasse)", "meier, anna", PERSON, id="lower-items-aside",
                 marks=_ITEMS),
    pytest.param("rückmeldungen: meier, anna - ok; huber, peter - fehlt", "meier, anna", PERSON,
                 id="lower-items-dash", marks=_ITEMS),
    pytest.param("signed b.chevalier", "b.chevalier", PERSON, id="lower-initial-no-space", marks=_INITIALS),
    pytest.param("ciao, sono j.-p. dubois", "j.-p. dubois", PERSON, id="lower-initials-hyphen", marks=_INITIALS),
    # field_values -- guards
    pytest.param("nom : romain henry", "romain henry", PERSON, id="field-french-colon-guard"),
    pytest.param("name: sinéad o’connor", "sinéad o’connor", PERSON, id="field-apostrophe-guard"),
    pytest.param("cognome\tnome\nsartori\tstefano", "sartori", PERSON, id="field-tsv-guard"),
    pytest.param("cognome,nome\nd'amico,luca\ndell'acqua,paola", "dell'acqua", PERSON, id="field-csv-elided-guard"),
    # ... near variants, open
    pytest.param("nome: maria de los angeles garcia", "maria de los angeles garcia", PERSON, id="field-five-words",
                 marks=_open("field_values._lower_case_name: four words at most ('maria de los' in clear)")),
    pytest.param("vorname: roger\nnachname: frei", "frei", PERSON, id="field-nachname-frei"),
    pytest.param("| nachname | vorname |\n|---|---|\n| brunner | lea |\n| weiss | hans |", "weiss", PERSON,
                 id="field-table-weiss"),
    pytest.param("last name,first name\nsmith,john\nwhite,mary", "john", PERSON, id="field-csv-john"),
    pytest.param("nachname: kessler\nvorname: martina\nemail: martina@kessler.ch", "kessler", PERSON,
                 id="field-family-mail-domain",
                 marks=_open("field_values._mail_domains (92e6e5a): a family's own domain ('martina@kessler.ch') "
                             "makes its surname a tenant's slug even under 'nachname'; ask a weak key only")),
    # person_dates._SELF_BEFORE -- guards
    pytest.param("geburtsdaten: ich 14.06.1994, regula rabe 08.10.1995", "14.06.1994", DOB, id="self-lower-guard"),
    pytest.param("Pour l'assurance : moi 12/03/1980, Paul Martin 03/04/1982.", "12/03/1980", DOB,
                 id="self-moi-guard"),
    # ... near variants, open
    pytest.param("Geburtsdaten für die Versicherung: ich 14.06.1994 und Regula Rabe 08.10.1995.", "14.06.1994", DOB,
                 id="self-und", marks=_SELF),
    pytest.param("Per l'assicurazione: io 9 marzo 1958 e Sara Santis 06-02-1980.", "9 marzo 1958", DOB,
                 id="self-io-e", marks=_SELF),
    pytest.param("Pour l'assurance : moi : 12/03/1980, Paul Martin 03/04/1982.", "12/03/1980", DOB,
                 id="self-french-colon", marks=_SELF),
    pytest.param("For the insurance, our dates of birth: me 5 Oct 1962; Siobhan Robinson 17 Oct 1946.", "5 Oct 1962",
                 DOB, id="self-semicolon", marks=_SELF),
    pytest.param("Für die Versicherung: ich selbst 14.06.1994, Regula Rabe 08.10.1995.", "14.06.1994", DOB,
                 id="self-ich-selbst", marks=_SELF),
    pytest.param("Geburtsdaten für die Versicherung: Regula Rabe 08.10.1995, ich 14.06.1994.", "14.06.1994", DOB,
                 id="self-after-companion", marks=_SELF),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    # person_lowercase -- REGRESSIONS
    pytest.param("the hotel is a 10 min walk from the station", "min walk", id="lower-min-walk"),
    pytest.param("# min heap keyed by deadline", "min heap", id="lower-min-heap"),
    pytest.param("shopping list: milk, eggs, earl grey, bread", "earl grey", id="lower-earl-grey"),
    pytest.param("shopping: jasmine rice 1kg, basil pesto, ginger beer, olive oil", "jasmine rice",
                 id="lower-jasmine-rice"),
    pytest.param("shopping: jasmine rice 1kg, basil pesto, ginger beer, olive oil", "ginger beer",
                 id="lower-ginger-beer", marks=_over(_LOWER)),
    pytest.param("we used monte carlo sampling for the risk estimate", "monte carlo", id="lower-monte-carlo",
                 marks=_over(_LOWER)),
    pytest.param("# convert to mel spectrogram, truncate and pad if needed.", "mel spectrogram",
                 id="lower-mel-spectrogram"),
    pytest.param("the nurse drew blood twice this morning", "drew blood", id="lower-drew-blood"),
    pytest.param("jack russell terrier puppies for sale", "russell terrier", id="lower-russell-terrier",
                 marks=_over(_LOWER)),
    pytest.param("angel hair pasta with garlic", "angel hair", id="lower-angel-hair", marks=_over(_LOWER)),
    pytest.param("delta lake table is corrupted", "delta lake", id="lower-delta-lake"),
    pytest.param("# also update the response with a new file handler to be", "file handler",
                 id="lower-file-handler"),
    pytest.param("max backoff is 30s", "max backoff", id="lower-max-backoff", marks=_over(_LOWER)),
    pytest.param("spring webflux timeout", "spring webflux", id="lower-spring-webflux", marks=_over(_LOWER)),
    pytest.param("ivy league schools are expensive", "ivy league", id="lower-ivy-league"),
    pytest.param("our delivery van driver was rude", "van driver", id="lower-van-driver"),
    pytest.param("herbs: salt, pepper; thyme, rosemary; parsley, sage", "parsley, sage", id="lower-items-herbs",
                 marks=_over(_LOWER_ITEMS)),
    pytest.param("langs: go, ruby; rust, julia", "rust, julia", id="lower-items-languages"),
    # ... guards
    pytest.param("will merge after ci passes", "will merge", id="lower-will-guard"),
    pytest.param("we need a min heap here", "min heap", id="lower-determiner-guard"),
    pytest.param("set max connections to 200", "max connections", id="lower-max-connections-guard"),
    pytest.param("grace period ends friday", "grace period", id="lower-grace-guard"),
    pytest.param("ciao! ci vediamo domani alle otto", "vediamo domani", id="lower-italian-guard"),
    # field_values -- REGRESSIONS
    pytest.param("- name: copy config\n  ansible.builtin.copy:\n    src: nginx.conf\n    dest: /etc/nginx/nginx.conf\n"
                 "    owner: nginx\n    group: nginx\n    mode: '0644'", "owner: nginx", id="field-ansible-owner"),
    pytest.param("- name: create data dir\n  file:\n    path: /var/lib/postgresql\n    owner: postgres\n"
                 "    group: postgres", "owner: postgres", id="field-ansible-owner-postgres"),
    pytest.param('{"family": "nginx", "containerDefinitions": [{"name": "web", "image": "nginx:latest"}]}',
                 '"family": "nginx"', id="field-ecs-family"),
    pytest.param("auth:\n  tenant: contoso\n  client_id: web", "contoso", id="field-tenant-slug"),
    pytest.param("webhook:\n  signature: hmac\n  header: X-Hub-Signature", "hmac", id="field-signature-hmac"),
    pytest.param('{"displayName": "grafana", "port": 3000}', "grafana", id="field-display-name"),
    pytest.param("fixtures:\n  first_name: test\n  last_name: user", "first_name: test", id="field-first-name-test",
                 marks=_over(_FIELD_KEY)),
    pytest.param('{\n  "name": "jasmine-core",\n  "version": "5.1.0"\n}', "jasmine-core", id="field-npm-package",
                 marks=_over(_FIELD_WEAK)),
    pytest.param("name,stock\njasmine rice,12\nbasmati rice,4", "jasmine rice", id="field-csv-rice",
                 marks=_over(_FIELD_WEAK)),
    pytest.param("name,qty\nmarco polo tea,2\nearl grey,3", "earl grey", id="field-csv-tea", marks=_over(_FIELD_WEAK)),
    pytest.param("produkt,name\n1,victoria sponge\n2,black forest", "black forest", id="field-csv-cakes",
                 marks=_over(_FIELD_WEAK)),
    pytest.param("name,category\nmonte carlo,casino\nsan marino,state", "monte carlo", id="field-csv-places",
                 marks=_over(_FIELD_WEAK)),
    pytest.param("name: max power", "max power", id="field-max-power", marks=_over(_FIELD_WEAK)),
    # ... guards
    pytest.param("name: web server", "web server", id="field-web-server-guard"),
    pytest.param("name: redis cache", "redis cache", id="field-redis-cache-guard"),
    pytest.param("- name: install nginx\n  apt:\n    name: nginx\n    state: present", "install nginx",
                 id="field-ansible-task-guard"),
    pytest.param("name: mark stale issues", "mark stale issues", id="field-gh-action-guard"),
    pytest.param('{"tenant": "benz", "users": [{"email": "imboden@benz.ch"}]}', '"benz"', id="field-mail-slug-guard"),
    pytest.param("cliente: privato", "privato", id="field-privato-guard"),
    # person_dates -- REGRESSIONS and guards
    pytest.param(",Eintritt\nAnna Meier,01.03.2005\nPeter Huber,15.08.2010", "01.03.2005", id="header-one-cell"),
    pytest.param("\tEintritt\nAnna Meier\t01.03.2005\nPeter Huber\t15.08.2010", "15.08.2010", id="header-one-cell-tab"),
    pytest.param("Eintritt in den Verein: ich 01.03.2005, Regula Rabe 01.08.2005.", "01.03.2005", id="self-joining"),
    pytest.param("Termine: ich 14.06.2026, Regula Rabe 08.10.2026.", "14.06.2026", id="self-future-guard"),
    pytest.param("Kunde;Eintritt\nAnna Meier;01.03.2005\nPeter Huber;15.08.2010", "01.03.2005",
                 id="header-two-cells-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 3. WORK ---------------------------------------------------------------------------------------
def test_new_rules_grow_linearly(anonymizer: Anonymizer) -> None:
    """The new patterns' work on repeated shapes, counted (scan.METER: positions the engine is handed, not time):
    four times the text costs at most about four times the work."""
    unit = ("anna meier karl-heinz o'brien valentin de rham kiss, katalin; b. chevalier a. a. a. \n"
            "meier, anna, huber, peter, \nnom: romain henry\n\"tenant\": \"benz\" x@benz.ch\n"
            "Geburtsdaten: ich 14.06.1994, Regula Rabe 08.10.1995.\nvan de van de la \n")
    small, large = engine_work(anonymizer, unit * 100), engine_work(anonymizer, unit * 400)
    assert 0 < large <= 4.5 * small


class _CountedParticles(frozenset):
    """person_lowercase._PARTICLES, counting its membership tests (the particle walk's steps)."""

    asked = 0

    def __contains__(self, word: object) -> bool:
        type(self).asked += 1
        return frozenset.__contains__(self, word)


def _particle_steps(text: str) -> int:
    from tarnkappe.privacy import person_lowercase  # (session 29's module: absent before it)

    _CountedParticles.asked = 0
    person_lowercase.names_in_lower_case_lines(text, [], load_lexicon())
    return _CountedParticles.asked


# (fixed in session 29: the particle walk reads three particles at most -- person_lowercase._MAX_PARTICLES)
def test_particle_walk_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The particle walk's steps, counted (not timed): four times the line costs at most about four times the work."""
    from tarnkappe.privacy import person_lowercase

    monkeypatch.setattr(person_lowercase, "_PARTICLES", _CountedParticles(person_lowercase._PARTICLES))
    small, large = _particle_steps("van de " * 150 + "the"), _particle_steps("van de " * 600 + "the")
    assert 0 < large <= 4.5 * small
