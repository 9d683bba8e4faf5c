"""Review of the last three anonymizer commits of session 25 (764fdea, c9a9a07, 9860ade; src/tarnkappe/privacy):
the learned model's one-word name dropped as a form's key when it stands first on its line before a colon and a line
beside it begins with a key the fields detector reads or its value is short and no number to call
(model_names._form_key), the guards that keep a person's name masked under a thing's, a place's or a firm's key
(thing_names._surname_like, _Seen), and 'anniversaire'/'compleanno' as date-of-birth keys.  Read as an attacker and
as the user whose data it is; every name, number and address here is invented for these tests.

Two groups:
1. LEAKS: each letter of the secret must be covered by a detected PERSON.  Regressions (masked at 764fdea~1, sent
   in clear now) are marked so in their reason; the others are guards or open gaps.
2. OVER-MASKING: ordinary text that must stay as written.

Written with 29 cases (23 leaks, 6 over-masking), checked at a38c4e8, at 764fdea~1 and at 96e1135 (pytest
--runxfail with PYTHONPATH=<worktree>/src).  Leaks: 15 REGRESSIONS, all of 764fdea (_form_key): a person known by
one unlisted name (Eritrean, Tamil, Kosovar, Ukrainian, Nigerian, Swiss surnames) first on a line before a short
value -- a helpers' roster ('Mebrahtu: 14-18 Uhr'), a sign-up list ('Krasniqi: 4 Personen'), a score list
('Tharshan: 12 Punkte', 'Zgraggen: 2:1'), parents' evening slots ('Selvarajah: 18:30'), a cake rota
('Tesfamariam: Zopf'), a roll call ('Selvarajah: x') and short chats ('Mebrahtu: 18 Uhr?') in German, French,
Italian and English.  The veto fires on EVERY line of such a list: a key line beside it ('Datum:', 'Telefon:') is
not needed -- the short value alone drops the name when no neighbour begins with a listed first name, and a list of
unlisted names is its own neighbour.  Only the lines where another detector (chat layouts, fields) finds the name
are safe.  Guards (masked now): 4 -- a vote list ('Berhane: ja'), a French sign-up ('Bajrami : 2 personnes'), a
name after a phone line ('Haile: ok') and a roster's surname whose full name stands elsewhere (vault's
propagation).  Open (fail at 764fdea~1 and 96e1135 too): 4 -- the learned model misses 'Tesfay: 2 Personen',
an IRC line '<Mebrahtu> ok', 'Mebrahtu: ok' under 'Name:' and 'Kurs: Tesfamariam (Dienstag)'.
Over-masking: 4 guards ('Kundennr.'/'Schadentag' readable -- 764fdea's aim, masked before it; 'anniversaire de
mariage' and 'Anniversaire du club' dates are no date of birth; 'Kurs: Zumba', masked at 96e1135); 1 open: 'Kunde:
Meier\\nKundennr.: 4711' masks 'Meier\\nKundennr' as one person across the line break (fields detector, since
96e1135); 1 kept on purpose by c9a9a07: 'Arbeitgeber: Hilcona' masks the firm (the documented known limit; masked at
96e1135, readable at 764fdea~1).  c9a9a07 and 9860ade: no regression
found (the thing guards hold for 'Arbeitgeber: Mebrahtu', 'Klasse: Selvarajah', 'Employer: Okonkwo', 'bei
Krasniqi', 'chez Bajrami', 'Ben Salah', 'Di Stefano'; 'anniversaire de mariage' is not read as the key).

Fixed in session 25 after the review (the marks taken off): all 15 regressions -- _form_key now drops only a
word cut short with a full stop before its colon ('Kundennr.:', 'Mitgliedsnr.:'); a key without one ('Schadentag:')
stays masked as a roster's unlisted name would (formkey-keys-readable: strict xfail, kept).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer

from .review_helpers import in_clear, masked

PERSON = "PERSON"


def _regression(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"REGRESSION of 764fdea (masked at 764fdea~1): {what}")


def _open(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open (fails at 764fdea~1 and 96e1135 too): {what}")


_KEPT = ("kept on purpose by c9a9a07 (masked at 96e1135, readable at 764fdea~1): a firm shaped as a surname "
         "under its key, the documented known limit")
_ROSTER = "model_names._form_key: an unlisted one-word name before a short value (a time) next to 'Datum:'"
_SHORT = "model_names._form_key: short value, no neighbour begins with a listed first name -- no key line needed"

# -- 1. LEAKS --------------------------------------------------------------------------------------
LEAKS = [
    # model_names._form_key (764fdea) -- REGRESSIONS, the likeliest first: rosters, sign-ups, appointment slots
    pytest.param("Schichtplan Samstag\nDatum: 14.03.2026\nMebrahtu: 14-18 Uhr\nTschümperlin: 18-22 Uhr\n",
                 "Mebrahtu", PERSON, id="formkey-roster-de"),
    pytest.param("Schichtplan Samstag\nDatum: 14.03.2026\nMebrahtu: 14-18 Uhr\nTschümperlin: 18-22 Uhr\n",
                 "Tschümperlin", PERSON, id="formkey-roster-de-second-line"),
    pytest.param("Mebrahtu: 14-18 Uhr\nTesfamariam: 18-22 Uhr\n", "Mebrahtu", PERSON, id="formkey-roster-no-key"),
    pytest.param("Grillfest Anmeldungen\nKontakt: Res Imfeld\nTesfay: 2 Personen\nKrasniqi: 4 Personen\n",
                 "Krasniqi", PERSON, id="formkey-signup-de"),
    pytest.param("Elternabend 3b\nDatum: 12.03.2026\nTesfamariam: 18:00\nKrasniqi: 18:15\nSelvarajah: 18:30\n",
                 "Selvarajah", PERSON, id="formkey-parents-slots-de"),
    pytest.param("Sprechstunde\nDatum: 12.03.2026\n- Tesfamariam: 8:30\n- Kowalenko: 9:00\n", "Kowalenko", PERSON,
                 id="formkey-bullet-slots-de"),
    pytest.param("Liste des bénévoles\nDate : 14 mars\nGebremedhin : 14h-18h\nNavaratnam : 18h-22h\n",
                 "Gebremedhin", PERSON, id="formkey-roster-fr"),
    pytest.param("Turni bar\nData: 14 marzo\nTesfamariam: 18-22\nSivakumar: 22-02\n", "Tesfamariam", PERSON,
                 id="formkey-roster-it"),
    pytest.param("Volunteer rota\nDate: 14 March\nOyelaran: 2-6pm\nKandasamy: 6-10pm\n", "Oyelaran", PERSON,
                 id="formkey-roster-en"),
    pytest.param("Parent evening\nDate: 12 March\nOkonkwo: 6:00pm\nThirunavukkarasu: 6:15pm\n", "Thirunavukkarasu",
                 PERSON, id="formkey-parents-slots-en"),
    pytest.param("Jass-Turnier Resultate\nDatum: 7. März\nYilmazer: 17 Punkte\nTharshan: 12 Punkte\n", "Tharshan",
                 PERSON, id="formkey-scores-de"),
    pytest.param("Tippspiel\nDatum: 14.06.\nZgraggen: 2:1\nMebrahtu: 1:1\n", "Zgraggen", PERSON,
                 id="formkey-betting-pool"),
    pytest.param("Kuchenbuffet\nDatum: 3. Mai\nTesfamariam: Zopf\nKrasniqi: Baklava\n", "Tesfamariam", PERSON,
                 id="formkey-cake-rota"),
    pytest.param("Anwesenheit\nDatum: 14.03.\nSelvarajah: x\nKrasniqi: entschuldigt\n", "Selvarajah", PERSON,
                 id="formkey-roll-call"),
    pytest.param("Mebrahtu: 18 Uhr?\nTesfay: 19", "Mebrahtu", PERSON, id="formkey-chat-two-lines"),
    # ... guards: other detectors or a listed neighbour keep these
    pytest.param("Abstimmung Ausflug\nTermin: 12. Juni\nBerhane: ja\nHoxha: nein\nMykola: ja\n", "Berhane", PERSON,
                 id="formkey-vote-guard"),
    pytest.param("Inscriptions repas\nContact : Noémie Curchod\nBajrami : 2 personnes\nKuçi : 3 personnes\n",
                 "Bajrami", PERSON, id="formkey-signup-fr-guard"),
    pytest.param("Telefon: 044 555 12 12\nHaile: ok", "Haile", PERSON, id="formkey-after-phone-guard"),
    pytest.param("Helferliste\nDatum: 14.03.2026\nMebrahtu: 14-18 Uhr\nTesfamariam: 18-22 Uhr\n\n"
                 "Bei Fragen: Selam Mebrahtu, 079 555 12 34\n", "Mebrahtu", PERSON, id="formkey-full-name-elsewhere"),
    # ... open: the learned model misses these before the commit too
    pytest.param("Grillfest Anmeldungen\nKontakt: Res Imfeld\nTesfay: 2 Personen\nKrasniqi: 4 Personen\n",
                 "Tesfay", PERSON, id="open-signup-first-line", marks=_open("the model misses 'Tesfay'")),
    pytest.param("<Mebrahtu> ok\n<Tschümperlin> bin dabei\n", "Mebrahtu", PERSON, id="open-irc-nick",
                 marks=_open("an IRC line's nick in angle brackets is no speaker")),
    pytest.param("Anmeldung\nName: Lea Imfeld\nMebrahtu: ok\n", "Mebrahtu", PERSON, id="open-chat-under-name-key",
                 marks=_open("the model misses an unlisted name before 'ok' under a form")),
    pytest.param("Kurs: Tesfamariam (Dienstag)\n", "Tesfamariam", PERSON, id="open-course-teacher-parenthesis",
                 marks=_open("a course named by its teacher before a parenthesis")),
]


@pytest.mark.parametrize(("text", "secret", "kind"), LEAKS)
def test_leak(anonymizer: Anonymizer, text: str, secret: str, kind: str) -> None:
    masked(anonymizer, text)
    assert in_clear(anonymizer, text, secret, kind) == ""


# -- 2. OVER-MASKING -------------------------------------------------------------------------------
OVER = [
    pytest.param("Kundennr.: 4711\nSchadentag: 12.11.2025", "Schadentag", id="formkey-keys-readable",
                 marks=pytest.mark.xfail(strict=True, reason="kept (session 25, after this review): a form's key "
                                         "without an abbreviation's full stop reads as a roster's unlisted name; "
                                         "the model's 'Schadentag' stays masked so that 'Mebrahtu: 14-18 Uhr' does")),
    pytest.param("Anniversaire de mariage: 12.06.1998\nNom: Curchod", "12.06.1998", id="dob-wedding-anniversary"),
    pytest.param("Anniversaire du club: 12.06.1998", "12.06.1998", id="dob-club-anniversary"),
    pytest.param("Kurs: Zumba\nKind: Lea Imfeld", "Zumba", id="thing-course-word"),
    pytest.param("Kunde: Meier\nKundennr.: 4711", "Kundennr", id="open-fields-across-line",
                 marks=_open("fields: the value 'Meier' runs over the line break into the next key")),
    pytest.param("Arbeitgeber: Hilcona\nName: Lea Imfeld", "Hilcona", id="kept-firm-surname-shaped",
                 marks=pytest.mark.xfail(strict=True, reason=_KEPT)),
]


@pytest.mark.parametrize(("text", "kept"), OVER)
def test_over_masking(anonymizer: Anonymizer, text: str, kept: str) -> None:
    assert kept in masked(anonymizer, text)
