"""Review of session 17 (2946cca..9fe6531: booking records, glued cards, apostrophes in e-mails,
"+" after "/", spaced " @ " / "{at}" e-mails, the LaTeX view's windows and its "\\\\" rule), read
as an attacker.  Texts written for these tests.

Tests for leaks, over-masking and unbounded work that this change brought FAIL at HEAD (nothing is
xfail); those marked "pre-existing" fail at 2946cca too.  The rest document behaviour that holds
(section 1 failed at 9fe6531 and was fixed by a23096f).
"""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer
from tarnkappe.privacy.detectors import pnr
from tests.privacy import test_linear_time
from tests.privacy.test_linear_time import budget


def _in_clear(anonymizer: Anonymizer, text: str, secret: str) -> str:
    """The characters of ``secret`` (its first occurrence) that no entity covers."""
    start = text.index(secret)
    covered = set()
    for e in anonymizer.detect(text):
        covered.update(range(e.start, e.end))
    return "".join(ch for i, ch in enumerate(secret, start) if i not in covered and not ch.isspace())


# -- 1. LEAK (regression of ab07a6c, already fixed by a23096f; kept as a guard, passes at HEAD) --------
# ab07a6c's _RUN took in "'" and "’": a run that starts with a quote had no start the local part
# could take ((?<!_RUN) failed at the letter, (?=[\w+\-]) at the quote), so a quoted address -- every
# Python/JS/SQL string literal -- was no e-mail at all at 9fe6531.  Masked at 2946cca.
@pytest.mark.parametrize("text, secret", [
    ("contact = 'anna.meier@example.ch'", "anna.meier@example.ch"),
    ("INSERT INTO kunden VALUES (7, 'beat.huber@bluewin.ch');", "beat.huber@bluewin.ch"),
    ("recipients = ['lea.brunner@firma.ch', 'tim.vogt@firma.ch']", "tim.vogt@firma.ch"),
    ("Schreib bitte an ’lukas.egli@gmx.ch’ bis Freitag.", "lukas.egli@gmx.ch"),
])
def test_an_email_in_single_quotes_is_masked(anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert _in_clear(anonymizer, text, secret) == ""


# -- 2. LEAK (regression): "\\\\" at a line's end is no line break for the LaTeX view any more --------
# _MARK now wants a letter or digit after "\\\\" (spaces/tabs, at most 8, between).  LaTeX writes
# "\\\\" at the end of a source line (then "\n"), "\\\\[2mm]", "\\\\*", "\\\\%": the street line keeps
# its "\\\\" and a street without a street word ("Am Bach 7") or a hamlet after the comma is no
# longer read.  All masked at 2946cca.
@pytest.mark.parametrize("text, secret", [
    ("Anna Meier\\\\\nAm Bach 7\\\\\n8001 Zürich", "Am Bach 7"),
    ("Kundin: Lea Vogt \\\\\nIm Grüt 5 \\\\\n6300 Zug", "Im Grüt 5"),
    ("Giulia Rossi\\\\\r\nAm Mühlbach 115\\\\\r\n6900 Lugano", "Am Mühlbach 115"),
    ("Giulia Rossi\\\\[2mm]\nAm Mühlbach 115\\\\[2mm]\n6900 Lugano", "Am Mühlbach 115"),
    ("Giulia Rossi\\\\[2mm]Am Mühlbach 115\\\\[2mm]6900 Lugano", "Am Mühlbach 115"),
    ("Lea Vogt\\\\*\nIm Grüt 5\\\\*\n6300 Zug", "Im Grüt 5"),
    ("Lea Vogt\\\\%\nIm Grüt 5\\\\%\n6300 Zug", "Im Grüt 5"),
    ("Anna Meier\\\\\nKirchweg 3, Oberdorf\\\\\n6383 Dallenwil", "Oberdorf"),
    ("Anna Meier \\\\\nKirchweg 3, Oberdorf \\\\\n6383 Dallenwil \\\\", "6383 Dallenwil"),
    ("Bahnhofstrasse 12\\\\" + " " * 9 + "8001 Zürich", "8001 Zürich"),  # 9 spaces: over _MARK's 8
])
def test_latex_line_break_before_a_non_letter_still_breaks_the_line(
        anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert _in_clear(anonymizer, text, secret) == ""


def test_latex_address_block_closed_by_a_brace(anonymizer: Anonymizer) -> None:
    """Pre-existing (also at 2946cca): the postcode line of \\address{...} ends in "}", so
    "8001 Zürich" stays in clear -- the LaTeX view was written for exactly this block."""
    text = "\\address{Anna Meier\\\\\nBahnhofstrasse 12\\\\\n8001 Zürich}"
    assert _in_clear(anonymizer, text, "8001 Zürich") == ""


# -- 3. OVER-MASKING (regression) -----------------------------------------------------------------
# " @ " is read as an e-mail when "mail", "write", "address", ... stands anywhere in the 60
# characters before -- as a substring of an identifier too.
@pytest.mark.parametrize("text", [
    "# e-mail features: scores = mail_vecs @ model.weight",
    "def write_output(x): return x @ self.proj.weight",
    "address_emb = addr @ encoder.matrix",
    "the mail server computes out = q @ k.transpose",
])
def test_a_matrix_product_near_a_mail_word_is_no_email(anonymizer: Anonymizer, text: str) -> None:
    assert [e.text for e in anonymizer.detect(text) if e.type == "EMAIL"] == []


@pytest.mark.parametrize("text, detector_hits", [
    # "DOCS" inside a word, a "date" with no month, a path's parts as names
    ("Der Ordner MYDOCS/10ABC20/M/README/INSTALL liegt auf dem Share.", "pnr"),
    # "CTCM" anywhere, then any number after the first "/" on the line
    ("Die CTCM-Spezifikation, Seite 3/4123456789 0 Zeilen.", "pnr"),
])
def test_booking_keywords_outside_a_booking(anonymizer: Anonymizer, text: str, detector_hits: str) -> None:
    assert [e.text for e in anonymizer.detect(text) if e.detector == detector_hits] == []


# -- 4. WORK ----------------------------------------------------------------------------------------
def test_pnr_reads_each_line_a_bounded_number_of_times(monkeypatch) -> None:
    """pnr.py says "each line is read once"; every keyword reads the next 240 characters, so
    keywords close together read the same line again and again: "DOCS///" * n splits ~15 fields
    per character in Python (1 M characters: ~13 s, 0.6 s at 2946cca; the regex meter does not
    see it)."""
    fields = []
    real = pnr.PNRDetector._fields

    def counting(self, text, start, end):
        out = real(self, text, start, end)
        fields.append(len(out))
        return out

    monkeypatch.setattr(pnr.PNRDetector, "_fields", counting)
    text = "DOCS///" * 3000
    list(pnr.PNRDetector().detect(text))
    assert sum(fields) <= len(text)


# the work-bound test's anonymizer (a fixture) and meter, shared (tests/privacy/test_linear_time.py)
metered = test_linear_time.metered
_positions = test_linear_time._positions


@pytest.mark.parametrize("text", [
    # one LaTeX line break in a short text: the windows cover all of it, a whole second address pass
    ", IL 62704" * 40 + "\\\\x" + " et al." * 2 + "[00:24.074] ",   # 92 positions per character
    "/T (a.dob) /V (   " + ", IL 62704" * 38 + "\\\\x" + " et al." * 2 + "[00:24.074] ",  # 103
])
def test_short_latex_text_stays_within_the_work_bound(metered: Anonymizer, text: str) -> None:
    """Pre-existing (2946cca: the same counts), though the change says the windows fixed the 83:
    test_linear_time's bound, 80 start positions per character (+200)."""
    assert _positions(metered, text) <= budget(text)


# -- 5. What holds (pass) -------------------------------------------------------------------------
@pytest.mark.parametrize("text, secret", [
    ("Reach me at o'brien@eircom.net today", "o'brien@eircom.net"),
    ("E-Mail: anna.meier @ example.ch", "anna.meier @ example.ch"),
    ("Kontakt: anna.meier{at}example.ch", "anna.meier{at}example.ch"),
    ("Tel./+41 79 123 45 67", "+41 79 123 45 67"),
    ("SSR DOCS UA HK1/////12MAR85/F//MEIER/ANNA", "12MAR85"),
    ("SSR DOCS UA HK1/////12MAR85/F//MEIER/ANNA", "MEIER/ANNA"),
    ("SSR CTCE LX HK1/ANNA_MEIER//EXAMPLE.CO.UK", "ANNA_MEIER//EXAMPLE.CO.UK"),
    ("FP CCVI4111111111111111/1227", "4111111111111111"),
])
def test_new_shapes_are_masked(anonymizer: Anonymizer, text: str, secret: str) -> None:
    assert _in_clear(anonymizer, text, secret) == ""


def test_glued_card_keeps_its_brand_code(anonymizer: Anonymizer) -> None:
    found = [e for e in anonymizer.detect("FP CCVI4111111111111111/1227") if e.type == "CARD"]
    assert [e.text for e in found] == ["4111111111111111"]


@pytest.mark.parametrize("text", ["y = x @ model.weight", "logits = hidden @ emb.T", "f'{name}{at}{domain}.ch'"])
def test_code_without_a_mail_word_stays(anonymizer: Anonymizer, text: str) -> None:
    assert [e for e in anonymizer.detect(text) if e.type == "EMAIL"] == []


@pytest.mark.parametrize("before, after", [(0, 0), (390, 0), (410, 900), (1300, 420)])
def test_latex_address_far_into_a_long_line_is_masked(anonymizer: Anonymizer, before: int, after: int) -> None:
    """The view's windows: an address anywhere on a long line, other changes far away."""
    filler = "lorem ipsum dolor sit amet "
    pre = (filler * 60)[:before]
    post = (filler * 60)[:after]
    text = "Z\\'e " * 30 + pre + " Anna Meier\\\\Bahnhofstrasse 12\\\\8001 Z\\\"urich " + post + " x\\\\y" * 20
    assert _in_clear(anonymizer, text, "8001 Z\\\"urich") == ""
    assert _in_clear(anonymizer, text, "Bahnhofstrasse 12") == ""


@pytest.mark.parametrize("text", [
    "DOCS", "CTCM/", "CTCE//", "SSR DOCS /12MAR85/F/ /", "SSR DOCS LX HK1/12MAR85/F/\u00a0/ MEIER /", "\\\\",
    "\\\\ ", "{at}", " @ ", "'@'", "a'@b.ch", "CCVI" + "4" * 30, "/+", "DOCS/" * 100 + "12MAR85/F/A",
    "SSR DOCS LX HK1/P/CHE/X1/CHE/12MAR85/F/12DEC30/" + "A" * 300,
])
def test_odd_inputs_do_not_fail(anonymizer: Anonymizer, text: str) -> None:
    anonymizer.detect(text)
