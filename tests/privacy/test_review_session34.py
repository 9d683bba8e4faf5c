"""Review of session 34's name shapes (545a169, 169a621 on 156d47d): the writer of a reply's attribution line
(person_replies: "On … wrote:", "Am … schrieb …:", "Le … a écrit :", "Il giorno … ha scritto:", its words then hints),
two people's "name: message" lines (chat_layouts.exchange_speakers), a door's bell (person_kin: "buzzer says X",
"klingeln bei X", "sonner du X"; anonymizer._BELL_AFTER cuts a lower-case address there), surnames with a capital
inside (names.INNER_CAPITAL_PREFIXES, no model veto), a row of weekdays (person_cues.dated_weekday), no surname
"PM"/"AM" after a digit and a STOP word a list knows after a forcing title (persons), a title after "(" or a quote
as the model's cue (learned.detector._cued), a lower-case word under a first name's key (field_values), a one-line
JSON "first"/"last" pair (person_records._inline_name_parts), dot leaders before a surname-first pair
(surname_first).  Read as an attacker and as the user whose data it is; every name, number and address here is
invented for these tests (the firms, brands, towns and works are real ones, as a user writes them).

Three groups:
1. OVER-MASKING: ordinary text that must stay as written; REGRESSIONS (readable at 156d47d) are marked so.
2. LEAKS: each letter of the secret must be covered by a detected entity of the expected type.  Marked as a
   regression where 156d47d masked it, as open where it leaked there too.
3. WORK: the changed code on repeated and adversarial shapes, counted, not timed.

Each case was checked at HEAD (169a621) and at 156d47d (pytest --runxfail with PYTHONPATH=<tree>/src): 54
over-masking REGRESSIONS, 8 leak REGRESSIONS, 27 open (25 leaks, 2 over-maskings), 3 work REGRESSIONS, 78 guards
(65 cases and 13 work checks; 26 of the cases fail at 156d47d -- leaks the change closed, 'Thu' of a rota, 'PM').

Over-masking REGRESSIONS, most serious first:
(a) person_replies: the name is whatever stands between the line's last number and the verb, so a date's month
    written after its day is taken into the name ('On 3 March, Zhaleh Oyelaran wrote:' masks 'March, …'; 'Le jeudi
    29 janvier, …'; 'On 3 June at noon, …') -- and its capitalised words become hints, so the month is masked as
    a variant of the writer all through the quoted mail ('On 12 August Moira Hatherleigh wrote:' / '> closed in
    August.' -> '[[PERSON_1_2]]'; 'April rent', 'The June meeting').  The month is a listed name (March, May, June,
    July, August, April), so the ordinary-word veto lets it pass.
(b) person_replies: a firm's display name of one word no frequency list knows ('Swisscom', 'GitHub', 'Raiffeisen',
    'Booking.com', 'ETH Zürich', 'SBB CFF FFS', 'Microsoft') is a person -- and a hint: 'Ihre Swisscom Rechnung'
    and 'push to GitHub' in the body are masked too.  Only 'team/support/…' words, legal forms and role mailboxes
    are vetoed.
(c) person_replies: any lower-case words before the verb are a name ('On 12 May the court wrote:', 'Le 12 mai
    2025, le tribunal a écrit :', 'Il 12 maggio 2025 la corte ha scritto:', 'Am 3. März schrieb die NZZ:', 'On 2 Jan
    the cron job wrote:', 'On 3 occasions Dependabot wrote:') -- the veto reads one lower-case word only.
(d) persons._NOT_AFTER_TITLE: every STOP word a list knows is a surname after a forcing title, and 'M', 'Miss',
    'Dr' are forcing titles: the toothbrush 'Dr. Best', a size 'M Best Fit', 'Miss January' of a calendar,
    Fallout's 'Mr. Handy'.
(e) names.INNER_CAPITAL_PREFIXES folds 'McKinsey', 'LaSalle', 'LaCroix', 'McAfee' onto listed surnames and the
    model may no longer veto them: firms, streets and drinks are persons.
(f) person_records._inline_name_parts: any two capitalised words under "first"/"last" pair up -- towns
    ('Paris'/'London', 'Aarau'/'Olten'), shifts ('Early'/'Late'), cursors ('Abc'/'Xyz'), medals, Android releases,
    books of the Bible.
(g) field_values (_FIRST_NAME_KEYS): a first name's key over any lower-case word the frequency lists lack is a
    first name: 'placeholder', 'admin', 'todo', 'qwerty', 'xyz', 'tba', 'anonymisiert', 'foo'.
(h) chat_layouts.exchange_speakers: two lower-case lines whose labels are listed first names are two people --
    hurricanes ('irma:'/'harvey:'), towns and states in a weather list ('florence:'/'victoria:',
    'georgia:'/'carolina:'), goddesses ('diana:'/'juno:').
(i) person_kin._BELL: 'sonner'/'says' take any word no list knows -- 'The buzzer says error.', 'The bell says
    Welcome.', 'sonner du cor', 'sonner de la trompette', 'sonner du portail', 'Les cloches vont sonner Noël.'

Leak REGRESSIONS: (1) persons: with 'PM' no longer a surname, the pair 'PM, Smith' is gone and 'Smith' (the first
name of that pair) is read by no other rule: '3 PM, Smith, Jones and Brown', '5 PM, Wyssbrod, Zwygart, …';
(2) learned.detector._cued: '«Madame Dubois»' is now cued, so 'Dubois' is no doubtful span, the model is not run
on that region and the unlisted 'de Zaoui' beside it (found by the model at 156d47d) is in clear ('«Madame
Butterfly» de Puccini' too); (3) names/learned: 'MacGregor' now known and not doubtful, the same loss for 'de
Zaoui' beside it; (4) anonymizer._BELL_AFTER cuts a lower-case address at ', klingel'/', sonnette'/', bell' and
drops its postcode and town: 'bahnhofstrasse 12, klingel 3. stock, 8004 zürich' leaves '8004 zürich' in clear.

Open (so at 156d47d too): attribution formats the module does not read -- a quoted display name ('"zaoui, rim"'),
'<' without a space, Outlook's '[mailto:…]', Gmail mobile's 'zaoui rim <…> schrieb am …:' and 'a écrit le …',
'wrote on …', a comma before '<', no digit ('Am Donnerstag schrieb …'), Outlook's 'From:'/'Von:' blocks in lower
case, capitals, a role in parentheses or after ' - ', a role mailbox of a person's own firm ('info@'), an unlisted
surname that ends in a word ('Wasserfallen', 'Zanfretta' -- compound_tail vetoes the line), a first name that is an
ordinary word ('Rim Zaoui' -> 'Rim' in clear); a bell's listed surname ('klingel meier'), a capital particle;
exchanges with two-word messages or initials; lower-case or single-quoted JSON pairs; a lower-case pair after dot
leaders; 'Hatherleigh' after '9 AM,'.  Two open over-maskings: 'Mr Right', Gmail's 'On Thu, Jan 29, 2026'.

Work: person_records._inline_name_parts pairs every "first"/"last" part of a line with every other and slices the
text between them, and finds each match's line start with an unbounded rfind: a minified JSON array on one line is
cubic in characters read (4x the records -> 63x the characters; detect() on '{"first": "Anna", "last": "Meier"}, '
repeated: 50 KB 0.9 s, 100 KB 4.3 s, 200 KB 26.8 s, at 156d47d 0.2/0.3/0.5 s).  The same records one per line stay
linear (4.0x).  The reply, exchange, bell, weekday and dot-leader rules are linear (engine work and look-ups below).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, person_records
from tarnkappe.privacy.entities import EntityType
from tarnkappe.privacy.names import load_lexicon
from tests.privacy.test_linear_time import assert_look_ups_grow_linearly

from .review_helpers import engine_work, in_clear, masked, review_marks

PERSON = EntityType.PERSON
ADDRESS = EntityType.ADDRESS


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


_over, _lost, _open, _kept = review_marks("545a169/169a621", "156d47d")


# -- 1. OVER-MASKING -------------------------------------------------------------------------------
_MONTH = _over(
    "person_replies._NAME_BEFORE_VERB: the name starts after the line's last digit, so a month written after its "
    "day ('3 March', '29 janvier', '3 June at noon') is the name's first word; a listed name (March, June, August, "
    "April) passes the ordinary-word veto, and _with_field_names makes it a hint: the month in the quoted body is "
    "masked as a variant of the writer")
_BRAND = _over(
    "person_replies._writer: a firm's display name that no frequency list knows ('Swisscom', 'GitHub', "
    "'Raiffeisen', 'Booking.com', 'ETH Zürich', 'SBB CFF FFS') is a person (only team/support words, legal forms "
    "and role mailboxes are vetoed), and its word becomes a hint that masks the firm in the body too")
_LOWER_PROSE = _over(
    "person_replies._writer vetoes one lower-case word only: 'the court', 'le tribunal', 'la corte', 'die NZZ', "
    "'the cron job', 'occasions Dependabot' before the verb of a dated line are a person")
_TITLE_STOP = _over(
    "persons (_NOT_AFTER_TITLE): any STOP word a list knows is a surname after a forcing title, and 'Dr', 'M', "
    "'Miss', 'Mr' before a brand, a size or a calendar month are forcing titles")
_INNER = _over(
    "names.NameLexicon.is_known_name folds 'McKinsey', 'LaSalle', 'LaCroix', 'McAfee' onto listed surnames and "
    "learned.detector no longer lets the model veto a word with an inner capital: firms, streets and drinks")
_INLINE = _over(
    "person_records._inline_name_parts: any two capitalised words (towns, shifts, cursors, medals, releases) under "
    "one line's \"first\"/\"last\" keys are a name's parts (_pair asks nothing of a key's object)")
_FIRST_KEY = _over(
    "field_values._lower_case_name (first_name): under a first name's key any lower-case word the frequency lists "
    "lack is a first name -- placeholders and test values ('placeholder', 'admin', 'todo', 'qwerty', 'tba')")
_EXCHANGE = _over(
    "chat_layouts.exchange_speakers: two lower-case lines whose labels are listed first names that are no word "
    "are two people -- hurricanes, towns and states of a weather list, goddesses")
_BELL = _over(
    "person_kin._BELL: after 'says' or 'sonner' (with a particle) any word no list knows is the bell's name: "
    "'error', 'Welcome', 'du cor', 'de la trompette', 'du portail', 'Noël'")
_OPEN_TITLE = _open("persons: a forcing title makes any capitalised word no STOP word a surname ('Mr Right')")
_OPEN_WEEKDAY = _open(
    "person_cues.dated_weekday reads only 'Thu, 03 Dec 2026': Gmail's 'On Thu, Jan 29, 2026 at …' keeps 'Thu'")

OVER = [
    # person_replies: a month taken into the writer's name, then a hint -- REGRESSIONS
    pytest.param("On 3 March, Zhaleh Oyelaran wrote:\n> see the figures\n", "3 March", id="reply-month-en"),
    pytest.param("On 12 August Moira Hatherleigh wrote:\n> Our office is closed in August.\n", "closed in August",
                 id="reply-month-hint-august"),
    pytest.param("On 3 April Moira Hatherleigh wrote:\n> April rent is due.\n", "April rent",
                 id="reply-month-hint-april"),
    pytest.param("On 3 June Moira Hatherleigh wrote:\n> The June meeting is moved.\n", "The June meeting",
                 id="reply-month-hint-june"),
    pytest.param("Le jeudi 29 janvier, zaoui rim a écrit :\n> bonjour\n", "29 janvier", id="reply-month-fr"),
    pytest.param("On 3 June at noon, Moira Hatherleigh wrote:\n> lunch?\n", "June at noon", id="reply-at-noon"),
    pytest.param("Il 2 giugno, il Consiglio federale ha scritto:\n> …\n", "2 giugno", id="reply-month-it"),
    # person_replies: a firm's display name -- REGRESSIONS
    pytest.param("On 3/4/2026 at 9:00 AM, Swisscom wrote:\n> Ihre Swisscom Rechnung ist da.\n"
                 "Danke, ich zahle die Swisscom Rechnung morgen.\n", "Swisscom Rechnung", id="reply-brand-hint"),
    pytest.param("On 3/4/2026 at 9:00 AM, GitHub wrote:\n> A new pull request.\nPlease push to GitHub today.\n",
                 "push to GitHub", id="reply-github-hint"),
    pytest.param("Am 04.03.2026 um 09:00 schrieb Raiffeisen:\n> Ihr Konto\n", "Raiffeisen", id="reply-raiffeisen"),
    pytest.param("Am 04.03.2026 um 09:00 schrieb SBB CFF FFS:\n> Ihr Billett\n", "SBB CFF FFS", id="reply-sbb"),
    pytest.param("Le 04.03.2026 à 09:00, Swisscom a écrit :\n> Votre facture\n", "Swisscom", id="reply-brand-fr"),
    pytest.param("On 3/4/2026 at 9:00 AM, Booking.com wrote:\n> Your stay\n", "Booking.com", id="reply-booking"),
    pytest.param("On 3/4/2026 at 9:00 AM, ETH Zürich wrote:\n> Admission\n", "ETH Zürich", id="reply-eth"),
    pytest.param("On 2 June, Microsoft wrote:\n> Your licence\n", "Microsoft", id="reply-microsoft"),
    # person_replies: lower-case prose before the verb -- REGRESSIONS
    pytest.param("On 12 May the court wrote:\n> The appeal is dismissed.\n", "the court", id="reply-the-court"),
    pytest.param("Le 12 mai 2025, le tribunal a écrit :\n« Le recours est rejeté. »\n", "le tribunal",
                 id="reply-le-tribunal"),
    pytest.param("Il 12 maggio 2025 la corte ha scritto:\n«Il ricorso è respinto.»\n", "la corte",
                 id="reply-la-corte", marks=_LOWER_PROSE),
    pytest.param("Am 3. März schrieb die NZZ:\n«Der Franken bleibt stark.»\n", "die NZZ", id="reply-die-nzz"),
    pytest.param("On 2 Jan the cron job wrote:\n> disk full\n", "the cron job", id="reply-cron-job"),
    pytest.param("On 3 occasions Dependabot wrote:\n> bump lodash\n", "occasions", id="reply-occasions"),
    # person_replies -- guards
    pytest.param("On Monday, Support wrote:\n> hi\n", "Support", id="reply-support-guard"),
    pytest.param("On 3/4/2026 at 9:00 AM, Acme Support wrote:\n> hi\n", "Acme Support", id="reply-acme-support-guard"),
    pytest.param("Am 29.01.2026 um 11:40 schrieb Kundendienst:\n> ok\n", "Kundendienst", id="reply-kundendienst-guard"),
    pytest.param("Le 29.01.2026 à 11:40, Service Clients a écrit :\n", "Service Clients", id="reply-service-guard"),
    pytest.param("Am 29.01.2026 um 11:40 schrieb Stadtwerke Fiber <noreply@stadtwerkefiber.de>:\n> ok\n",
                 "Stadtwerke Fiber", id="reply-noreply-guard"),
    pytest.param("On 3/4/2026 at 9:00 AM, Hyperoptic <support@hyperoptic.com> wrote:\n> hi\n", "Hyperoptic",
                 id="reply-support-mailbox-guard"),
    pytest.param("On 3/4/2026 at 9:00 AM, UBS Switzerland AG wrote:\n", "UBS Switzerland AG", id="reply-ag-guard"),
    pytest.param("Am 29.01.2026 um 11:40 schrieb Kieferorthopädie am Markt:\n", "Kieferorthopädie am Markt",
                 id="reply-compound-guard"),
    pytest.param("Am 12.3. schrieb der Vermieter:\n", "der Vermieter", id="reply-vermieter-guard"),
    pytest.param("on 2 servers the script wrote: 400 lines\n", "the script", id="reply-verb-mid-line-guard"),
    # persons: a STOP word after a forcing title -- REGRESSIONS and guards
    pytest.param("Die Dr. Best Zahnbürste ist im Angebot.\n", "Dr. Best", id="title-dr-best-toothbrush"),
    pytest.param("Hoodie, Grösse M Best Fit, schwarz\n", "M Best Fit", id="title-size-m-best"),
    pytest.param("She was Miss January in the 2026 calendar.\n", "Miss January", id="title-miss-january"),
    pytest.param("Mr. Handy is a robot butler in Fallout.\n", "Mr. Handy", id="title-mr-handy"),
    pytest.param("Mr. Speaker, I rise to speak.\n", "Mr. Speaker", id="title-speaker-guard"),
    pytest.param("Looking for Mr Right? Join tonight.\n", "Mr Right", id="title-mr-right", marks=_OPEN_TITLE),
    # names: a capital inside -- REGRESSIONS and guards
    pytest.param("The McKinsey report is out.\n", "McKinsey", id="inner-mckinsey", marks=_INNER),
    pytest.param("LaSalle Street is closed.\n", "LaSalle", id="inner-lasalle-street"),
    pytest.param("We drink LaCroix water.\n", "LaCroix", id="inner-lacroix"),
    pytest.param("Install McAfee antivirus now.\n", "McAfee", id="inner-mcafee", marks=_INNER),
    pytest.param("We use DeLonghi machines.\n", "DeLonghi", id="inner-delonghi-guard"),
    pytest.param("Our MacBook is broken.\n", "MacBook", id="inner-macbook-guard"),
    pytest.param("Edit it in DaVinci Resolve.\n", "DaVinci", id="inner-davinci-guard"),
    # person_cues.dated_weekday -- guards and open
    pytest.param("| Name | Wed | Thu | Fri |\n|---|---|---|---|\n| Anna Brändli | x | | x |\n", "| Thu |",
                 id="weekday-row-guard"),
    pytest.param("Date: Thu, 03 Dec 2026 10:00:00 +0100\n", "Thu", id="weekday-mail-date-guard"),
    pytest.param("On Thu, Jan 29, 2026 at 11:40\u202fAM Zhaleh Oyelaran <z@example.ch> wrote:\n", "Thu",
                 id="weekday-gmail-us", marks=_OPEN_WEEKDAY),
    # persons: no surname "PM" -- a guard
    pytest.param("At 1:45 PM, Yamamoto, Taylor called.\n", "1:45 PM", id="pm-after-time-guard",
                 marks=_kept("persons._inverted reads 'PM, Yamamoto' as a surname-first pair again, as at "
                             "156d47d: skipping 'PM' lost the name after it where nothing else reads it ('3 PM, Smith, "
                             "Jones')")),
    # person_records: one line's "first"/"last" -- REGRESSIONS and guards
    pytest.param('{"route": {"first": "Paris", "last": "London"}}\n', "Paris", id="inline-towns", marks=_INLINE),
    pytest.param('{"stations": {"first": "Aarau", "last": "Olten"}}\n', "Olten", id="inline-stations"),
    pytest.param('{"shift": {"first": "Early", "last": "Late"}}\n', "Early", id="inline-shifts"),
    pytest.param('{"cursor": {"first": "Abc", "last": "Xyz"}}\n', "Xyz", id="inline-cursor"),
    pytest.param('{"medals": {"first": "Gold", "last": "Bronze"}}\n', "Bronze", id="inline-medals"),
    pytest.param('{"android": {"first": "Cupcake", "last": "Tiramisu"}}\n', "Tiramisu", id="inline-android"),
    pytest.param('{"books": {"first": "Genesis", "last": "Revelation"}}\n', "Genesis", id="inline-bible",
                 marks=_INLINE),
    pytest.param('{"range": {"first": "Monday", "last": "Friday"}}\n', "Monday", id="inline-weekdays-guard"),
    pytest.param('{"page": {"first": "Intro", "last": "Appendix"}}\n', "Appendix", id="inline-pages-guard"),
    pytest.param('{"stops": {"first": "Bern", "last": "Zürich"}}\n', "Zürich", id="inline-listed-towns-guard"),
    # field_values: a first name's key over a lower-case word -- REGRESSIONS and guards
    pytest.param('{"first_name": "placeholder"}\n', "placeholder", id="first-key-placeholder"),
    pytest.param('{"first_name": "admin"}\n', "admin", id="first-key-admin"),
    pytest.param('{"first_name": "todo"}\n', "todo", id="first-key-todo"),
    pytest.param('{"first_name": "qwerty"}\n', "qwerty", id="first-key-qwerty"),
    pytest.param('{"first_name": "xyz"}\n', "xyz", id="first-key-xyz"),
    pytest.param('{"first_name": "tba"}\n', "tba", id="first-key-tba"),
    pytest.param('{"first_name": "anonymisiert"}\n', "anonymisiert", id="first-key-anonymisiert"),
    pytest.param('{"first_name": "foo", "last_name": "bar"}\n', "foo", id="first-key-foo"),
    pytest.param('{"first_name": "n/a"}\n', "n/a", id="first-key-na-guard"),
    pytest.param('{"first_name": "xxx"}\n', "xxx", id="first-key-xxx-guard"),
    pytest.param('{"first_name": "string"}\n', "string", id="first-key-string-guard"),
    pytest.param('{"first_name": "example"}\n', "example", id="first-key-example-guard"),
    pytest.param('{"first_name": "your_name"}\n', "your_name", id="first-key-your-name-guard"),
    pytest.param('{"first_name": "unknown"}\n', "unknown", id="first-key-unknown-guard"),
    pytest.param("vorname: unbekannt\n", "unbekannt", id="first-key-unbekannt-guard"),
    # chat_layouts.exchange_speakers -- REGRESSIONS and guards
    pytest.param("irma: kategorie 5 im jahr 2017\nharvey: kategorie 4 im jahr 2017\n", "irma",
                 id="exchange-hurricanes", marks=_EXCHANGE),
    pytest.param("florence: sunny and warm today\nvictoria: rainy and cold today\n", "florence",
                 id="exchange-weather-towns", marks=_EXCHANGE),
    pytest.param("georgia: sunny skies all week\ncarolina: storms expected on friday\n", "carolina",
                 id="exchange-weather-states", marks=_EXCHANGE),
    pytest.param("diana: roman goddess of the hunt\njuno: roman goddess of marriage\n", "juno",
                 id="exchange-goddesses", marks=_EXCHANGE),
    pytest.param("alexa: es ist zehn uhr morgens\nsiri: ich habe das nicht verstanden\n", "alexa",
                 id="exchange-assistants-guard"),
    pytest.param("Öffnungszeiten\nMo: 8-12 und 14-18 Uhr\nDi: 8-12 und 14-18 Uhr\n", "Mo:", id="exchange-hours-guard"),
    # person_kin: a bell's words -- REGRESSIONS and guards
    pytest.param("The buzzer says error.\n", "error", id="bell-says-error"),
    pytest.param("The bell says Welcome.\n", "Welcome", id="bell-says-welcome"),
    pytest.param("Il faut sonner du cor.\n", "du cor", id="bell-sonner-du-cor"),
    pytest.param("Il faut sonner de la trompette.\n", "de la trompette", id="bell-sonner-trompette"),
    pytest.param("Merci de sonner du portail, pas à la porte.\n", "du portail", id="bell-sonner-portail"),
    pytest.param("Les cloches vont sonner Noël.\n", "Noël", id="bell-sonner-noel", marks=_BELL),
    pytest.param("the doorbell cam is broken, please fix\n", "cam", id="bell-cam-guard"),
    pytest.param("citofono atelier, secondo piano\n", "atelier", id="bell-atelier-guard"),
    pytest.param("sonner gardien, merci\n", "gardien", id="bell-gardien-guard"),
    pytest.param("klingeln bei hauswart, danke\n", "hauswart", id="bell-hauswart-guard"),
    pytest.param("buzzer says concierge\n", "concierge", id="bell-concierge-guard"),
    pytest.param("Le téléphone va sonner encore.\n", "encore", id="bell-sonner-encore-guard"),
    pytest.param("bitte klingeln bei lieferung.\n", "lieferung", id="bell-lieferung-guard"),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)


# -- 2. LEAKS --------------------------------------------------------------------------------------
_PM_PAIR = _lost(
    "persons (surname-first pairs): 'PM'/'AM' after a digit is skipped as a surname, and with it the pair 'PM, "
    "Smith' that masked the next name; no other rule reads the first name of a list after a time")
_CUED_REGION = _lost(
    "learned.detector._cued: a title after '«' or '(' is a cue, so the title's surname is no doubtful span; the "
    "model is then not run on its region, and the unlisted surname beside it that the model found there at "
    "156d47d stays in clear")
_INNER_REGION = _lost(
    "names/learned.detector: 'MacGregor' is a listed surname now and never doubtful, so the model is not run on "
    "its region and the unlisted 'Zaoui' beside it (found there at 156d47d) stays in clear")
_BELL_CUT = _lost(
    "anonymizer._BELL_AFTER cuts a lower-case address at ', klingel'/', sonnette'/', bell' whatever follows: the "
    "postcode and town after the bell are dropped from the address")
_REPLY_FORMAT = _open(
    "person_replies reads only '<opening> … <digit or AM/PM> NAME [<mail>|(…)] wrote:' and 'Am … schrieb NAME:': "
    "a quoted display name, '<' without a space, '[mailto:…]', 'NAME <…> schrieb am …:', 'NAME a écrit le …', "
    "'NAME wrote on …', a comma before '<', a line without a digit, Outlook's 'From:'/'Von:' blocks leave a "
    "lower-case name in clear")
_REPLY_VETO = _open(
    "person_replies._writer vetoes the whole name for one word: a capital ordinary word ('Rim'), a surname "
    "ending in a word (compound_tail: 'Wasserfallen', 'Zanfretta'), an organisation word or role mailbox beside a "
    "person's name ('Rim Zaoui - Kundendienst', '<info@zaoui-treuhand.ch>'); capitals and a role in parentheses "
    "do not match _NAME")
_BELL_MISS = _open(
    "person_kin._BELL: a listed surname that is no first name after 'klingel' ('meier'), a capital particle "
    "('Von der Mühll')")
_EXCHANGE_MISS = _open(
    "chat_layouts.exchange_speakers: a message of fewer than three words, a speaker with an initial")
_INLINE_MISS = _open(
    "person_records._INLINE_PART: double quotes only; _name_value rejects a lower-case pair")
_LOWER_PAIR = _open("surname_first: a lower-case pair after dot leaders is no pair of names")
_AM_LIST = _open("persons: a surname-first list after '9 AM,' whose surname no list knows ('Hatherleigh, Moira')")

LEAKS = [
    # persons: 'PM' no surname -- REGRESSIONS
    pytest.param("The meeting is at 3 PM, Smith, Jones and Brown attend.\n", "Smith", PERSON, id="pm-list-smith"),
    pytest.param("Arrivals 5 PM, Wyssbrod, Zwygart, Hürlimann\n", "Wyssbrod", PERSON, id="pm-list-wyssbrod"),
    pytest.param("Call at 9 AM, Hatherleigh, Moira and Zaoui, Rim.\n", "Hatherleigh", PERSON, id="am-list-open",
                 marks=_AM_LIST),
    # learned.detector._cued and inner capitals: the model's region -- REGRESSIONS
    pytest.param("Le courrier «Madame Dubois» de Zaoui est arrivé.\n", "Zaoui", PERSON, id="cued-quote-neighbour"),
    pytest.param("L'opéra «Madame Butterfly» de Puccini.\n", "Puccini", PERSON, id="cued-quote-composer"),
    pytest.param("Le dossier de MacGregor et de Zaoui.\n", "Zaoui", PERSON, id="inner-capital-neighbour",
                 marks=_INNER_REGION),
    # anonymizer._BELL_AFTER -- REGRESSIONS
    pytest.param("wohne an der bahnhofstrasse 12, klingel 3. stock, 8004 zürich\n", "8004 zürich", ADDRESS,
                 id="bell-cut-klingel-town"),
    pytest.param("chez moi: rue du lac 4, sonnette gauche, 1007 lausanne\n", "1007 lausanne", ADDRESS,
                 id="bell-cut-sonnette-town"),
    pytest.param("4521 gage ave, bell, ca 90201\n", "90201", ADDRESS, id="bell-cut-bell-ca"),
    # person_replies -- guards
    pytest.param("Am 29.01.2026 um 11:40 schrieb Chen, Lina:\n> Hallo\n", "Chen, Lina", PERSON, id="reply-de"),
    pytest.param("Le 15.09.2026 à 15:45, Métral, Margaux a écrit :\n> ok\n", "Métral, Margaux", PERSON,
                 id="reply-fr"),
    pytest.param("Il giorno 25/10/2026 alle 08:10 saleh, said ha scritto:\n> ok\n", "saleh, said", PERSON,
                 id="reply-it-lower"),
    pytest.param("On 9/28/2026 at 5:00 PM, Best, Mark wrote:\n> ok\n", "Best, Mark", PERSON, id="reply-en-pm"),
    pytest.param("> > On 29.01.2026 11:40, Zhaleh Oyelaran wrote:\n> > > hallo\n", "Zhaleh Oyelaran", PERSON,
                 id="reply-quoted-twice"),
    pytest.param(">>> On 29.01.2026 11:40, Zhaleh Oyelaran wrote:\n", "Zhaleh Oyelaran", PERSON,
                 id="reply-quoted-compact"),
    pytest.param("Am 29.01.2026 um 11:40 schrieb von der Mühll, Sabine:\n", "von der Mühll, Sabine", PERSON,
                 id="reply-particle"),
    pytest.param("On 29.01.2026 at 11:40, de la Cruz, Maria wrote:\n", "de la Cruz, Maria", PERSON,
                 id="reply-de-la"),
    pytest.param("On 29.01.2026 at 11:40, O'Connor-Smith, Aoife wrote:\n", "O'Connor-Smith, Aoife", PERSON,
                 id="reply-apostrophe"),
    pytest.param("Am Mo., 29. Jan. 2026 um 11:40 Uhr schrieb wasserfallen, anna <a@example.ch>:\n",
                 "wasserfallen, anna", PERSON, id="reply-gmail-de-lower"),
    pytest.param("Le lun. 29 janv. 2026 à 11:40, zaoui rim <r@example.fr> a écrit :\n", "zaoui rim", PERSON,
                 id="reply-gmail-fr-lower"),
    pytest.param("Il giorno gio 29 gen 2026 alle ore 11:40 zaoui rim <r@example.it> ha scritto:\n", "zaoui rim",
                 PERSON, id="reply-gmail-it-lower"),
    pytest.param("On 29.01.2026 11:40, zaoui rim wrote:\n", "zaoui rim", PERSON, id="reply-thunderbird-lower"),
    # person_replies -- open
    pytest.param('Am 29.01.2026 um 11:40 schrieb "zaoui, rim" <r@example.ch>:\n', "zaoui, rim", PERSON,
                 id="reply-quoted-display-name", marks=_REPLY_FORMAT),
    pytest.param("Le 29 janv. 2026 à 11:40, zaoui rim<r@example.fr> a écrit :\n", "zaoui rim", PERSON,
                 id="reply-no-space-before-mail", marks=_REPLY_FORMAT),
    pytest.param("On 29.01.2026 11:40, zaoui rim [mailto:r@example.ch] wrote:\n", "zaoui rim", PERSON,
                 id="reply-mailto", marks=_REPLY_FORMAT),
    pytest.param("zaoui rim <r@example.ch> schrieb am Do., 29. Jan. 2026, 11:40:\n", "zaoui rim", PERSON,
                 id="reply-gmail-mobile-de", marks=_REPLY_FORMAT),
    pytest.param("zaoui rim <r@example.fr> a écrit le jeu. 29 janv. 2026 à 11:40 :\n", "zaoui rim", PERSON,
                 id="reply-gmail-mobile-fr", marks=_REPLY_FORMAT),
    pytest.param("On Thu, 29 Jan 2026, 11:40 zaoui rim, <r@example.ch> wrote:\n", "zaoui rim", PERSON,
                 id="reply-comma-before-mail", marks=_REPLY_FORMAT),
    pytest.param("zaoui rim wrote on 29.01.2026:\n> hallo\n", "zaoui rim", PERSON, id="reply-wrote-on",
                 marks=_REPLY_FORMAT),
    pytest.param("Am Donnerstag schrieb zaoui rim:\n> hallo\n", "zaoui rim", PERSON, id="reply-no-digit",
                 marks=_REPLY_FORMAT),
    pytest.param("-----Original Message-----\nFrom: zaoui rim <r@example.ch>\n"
                 "Sent: Thursday, January 29, 2026 11:40 AM\n", "zaoui rim", PERSON, id="reply-outlook-en",
                 marks=_REPLY_FORMAT),
    pytest.param("Von: zaoui rim <r@example.ch>\nGesendet: Donnerstag, 29. Januar 2026 11:40\n", "zaoui rim",
                 PERSON, id="reply-outlook-de", marks=_REPLY_FORMAT),
    pytest.param("Il 29/01/2026 11:40, Zanfretta Ilaria ha scritto:\n", "Zanfretta", PERSON,
                 id="reply-compound-surname-it", marks=_REPLY_VETO),
    pytest.param("Am 29.01.2026 um 11:40 schrieb Wasserfallen, Anna:\n", "Wasserfallen", PERSON,
                 id="reply-compound-surname-de", marks=_REPLY_VETO),
    pytest.param("Le 3 juin 2026 à 11:40, Rim Zaoui a écrit :\n", "Rim Zaoui", PERSON, id="reply-word-first-name",
                 marks=_REPLY_VETO),
    pytest.param("On 29.01.2026 11:40, RIM ZAOUI wrote:\n", "RIM ZAOUI", PERSON, id="reply-capitals",
                 marks=_REPLY_VETO),
    pytest.param("On 29.01.2026 11:40, Zaoui, Rim (Finance) wrote:\n", "Zaoui, Rim", PERSON, id="reply-role-parens",
                 marks=_REPLY_VETO),
    pytest.param("On 29.01.2026 11:40, Rim Zaoui - Kundendienst wrote:\n", "Rim Zaoui", PERSON,
                 id="reply-role-after-dash", marks=_REPLY_VETO),
    pytest.param("Am 29.01.2026 um 11:40 schrieb Rim Zaoui <info@zaoui-treuhand.ch>:\n", "Rim Zaoui", PERSON,
                 id="reply-own-firm-info-mailbox", marks=_REPLY_VETO),
    # chat_layouts.exchange_speakers -- guards and open
    pytest.param("gerd: bei herrn vogt fehlt die unterschrift\npaweł: schreib ihm an bitte\n", "paweł", PERSON,
                 id="exchange-lower"),
    pytest.param("priya: ich komme heute später\nstanislaw: kein problem für mich\n", "priya", PERSON,
                 id="exchange-lower-two"),
    pytest.param("priya: bin gleich da\nstanislaw: ok super\n", "stanislaw", PERSON, id="exchange-short-message",
                 marks=_EXCHANGE_MISS),
    pytest.param("gerd m.: bei herrn vogt fehlt die unterschrift\npaweł k.: schreib ihm an bitte\n", "paweł k.",
                 PERSON, id="exchange-initials", marks=_EXCHANGE_MISS),
    # person_kin: bells -- guards and open
    pytest.param("buzzer says huang\n", "huang", PERSON, id="bell-says"),
    pytest.param("bitte klingeln bei edler von hartenau\n", "edler von hartenau", PERSON, id="bell-edler-von"),
    pytest.param("sonner du chastel, merci\n", "du chastel", PERSON, id="bell-sonner-particle"),
    pytest.param("after-party at mine, 26 elm grove, buzzer says gonçalves\n", "gonçalves", PERSON,
                 id="bell-after-address"),
    pytest.param("bitte klingel meier, danke\n", "meier", PERSON, id="bell-listed-surname", marks=_BELL_MISS),
    pytest.param("klingeln bei Von der Mühll\n", "Von der Mühll", PERSON, id="bell-capital-particle",
                 marks=_BELL_MISS),
    # names: capitals inside, titles -- guards
    pytest.param("Rota: MacGregor, McKenzie, LeBlanc, DeSouza, DiMaggio, VanDyke\n", "DiMaggio", PERSON,
                 id="inner-capital-rota", marks=_kept(
                     "names.INNER_CAPITAL_PREFIXES holds Mac, Mc and Fitz only: 'LaSalle', 'LaCroix' of streets and "
                     "brands were names with Le/La/De/Di too")),
    pytest.param("| Name | Mon | Tue |\n|---|---|---|\n| McKenzie | x | |\n", "McKenzie", PERSON,
                 id="inner-capital-cell"),
    pytest.param("Dear Mr. Best,\nthank you.\n", "Best", PERSON, id="title-best"),
    pytest.param("Contact the chair (Mr Cooper) for details.\n", "Cooper", PERSON, id="title-in-parentheses"),
    pytest.param("At 1:45 PM, Yamamoto, Taylor called.\n", "Yamamoto, Taylor", PERSON, id="pm-names"),
    # field_values, person_records, surname_first -- guards and open
    pytest.param('{"code": "d8-4537", "first_name": "simran", "dob": "1965-08-14"}\n', "simran", PERSON,
                 id="first-key-lower"),
    pytest.param('"forename": "simran"\n', "simran", PERSON, id="forename-key-lower"),
    pytest.param('{"name": {"last": "Oyelaran", "first": "Zhaleh"}, "age": 4}\n', "Oyelaran", PERSON,
                 id="inline-pair"),
    pytest.param('{"family": "Oyelaran", "given": "Zhaleh"}\n', "Zhaleh", PERSON, id="inline-given-family"),
    pytest.param('{"name": {"last": "anderson", "first": "poppy"}}\n', "poppy", PERSON, id="inline-lower",
                 marks=_INLINE_MISS),
    pytest.param("{'name': {'last': 'Oyelaran', 'first': 'Zhaleh'}}\n", "Oyelaran", PERSON,
                 id="inline-single-quotes", marks=_INLINE_MISS),
    pytest.param("Einreicher/in ....... Kahsay, Tsega\nDatum ........ 12.03.2026\n", "Kahsay, Tsega", PERSON,
                 id="dot-leaders"),
    pytest.param("Einreicher/in .......... kahsay, tsega\n", "kahsay, tsega", PERSON, id="dot-leaders-lower",
                 marks=_LOWER_PAIR),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 3. WORK ---------------------------------------------------------------------------------------
# (shapes of at most 19 characters: 200 of them stay under the ~4,000 characters past which the name rules take a
# long text's path)
@pytest.mark.parametrize("shape", [
    "buzzer says huang\n",
    "| Wed | Thu | Fri\n",
    "sonner du chastel\n",
    ".. Kahsay, Tsega\n",
    "3 PM, Yamamoto, T\n",
])
def test_new_rules_look_up_linearly(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    assert_look_ups_grow_linearly(anonymizer, monkeypatch, shape)


@pytest.mark.parametrize("unit", [
    "On 1/2/2026 at 1:45 PM, Chen, Lina wrote:\n",
    "On 1/2/2026 at 1:45 PM, Chen, Lina wrote: ",  # many verbs on one long line
    "Am 29.01.2026 um 11:40 schrieb Chen, Lina:\n",
    "On 1 a, b, c, d, e, f, g, h, i, j, k wrote:",
    "gerd: bei herrn vogt fehlt\npaweł: schreib ihm an\n",
    "klingeln bei edler von hartenau, buzzer says huang, sonner du chastel\n",
    '{"first": "Anna", "last": "Meier"}\n',
])
def test_new_shapes_regex_work_grows_linearly(anonymizer: Anonymizer, unit: str) -> None:
    """Reply lines, exchanges, bells and one record per line (scan.METER positions)."""
    small, large = engine_work(anonymizer, unit * 100), engine_work(anonymizer, unit * 400)
    assert 0 < large <= 4.5 * small


class _Read(str):
    """A text that counts the characters its slices copy and its rfind calls walk over."""

    read = 0

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            _Read.read += max(0, stop - start)
        return str.__getitem__(self, key)

    def rfind(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else min(end, len(self))
        found = str.rfind(self, sub, start, end)
        _Read.read += max(0, end - (found if found >= 0 else start))
        return found


def _inline_read(unit: str, n: int) -> int:
    _Read.read = 0
    person_records._inline_name_parts(_Read("[" + unit * n + "]"), load_lexicon())
    return _Read.read


# (fixed in c80a586: person_records._inline_name_parts paired each "first"/"last" part of a line with every other one,
# slicing the text between them, and found each part's line start with text.rfind from 0 -- a minified JSON array on
# one line was cubic: 4x the records, 63x the characters read; detect() 100 KB 4.3 s, 200 KB 26.8 s)


@pytest.mark.parametrize(("unit", "paired"), [
    pytest.param('{"first": "Anna", "last": "Meier"}, ', True, id="one-line-pairs"),
    pytest.param('{"first": "Early", "last": "Late"}, ', True, id="one-line-non-names"),
    # (a part without its partner beside it is read no further: nothing to count, as linear as can be)
    pytest.param('{"first": "Anna"}, ', False, id="one-line-first-only"),
    pytest.param('{"first": "Anna", "last": "Meier"}\n', True, id="one-per-line-guard"),
])
def test_inline_records_read_linearly(unit: str, paired: bool) -> None:
    small, large = _inline_read(unit, 100), _inline_read(unit, 400)
    assert large <= 4.5 * small + 64
    assert large > 0 or not paired
