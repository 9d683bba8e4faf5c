"""An attacker's review of session 12's privacy changes (transcripts and lower-case lines read as
chats, spelled-out e-mail addresses, dates of birth of family trees, names before '(* date)',
couples, several form pairs on one line, logfmt values with spaces, the LaTeX view): the slow
shapes and leaks found, one test each.  Texts written for these tests."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig, Vault
from tarnkappe.privacy.chats import chat_entities
from tarnkappe.privacy.detectors import scan
from tarnkappe.privacy.detectors.fields import FieldDetector
from tarnkappe.privacy.names import load_lexicon


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig())


def _masked(anonymizer: Anonymizer, text: str) -> str:
    vault = Vault()
    masked = anonymizer.mask(text, vault)
    assert vault.restore(masked) == text
    return masked


class _ReadCountingStr(str):
    """A text that counts the characters read by the calls made on it: slices and ``find`` /
    ``rfind`` (no regex: the scan meter does not see them)."""

    read = 0

    def __getitem__(self, key):  # type: ignore[override]
        part = str.__getitem__(self, key)
        _ReadCountingStr.read += len(part)
        return part

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        start = 0 if start is None else start
        end = len(self) if end is None else end
        found = str.find(self, sub, start, end)
        _ReadCountingStr.read += max(0, (end if found < 0 else found + len(sub)) - start)
        return found

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        start = 0 if start is None else start
        end = len(self) if end is None else end
        found = str.rfind(self, sub, start, end)
        _ReadCountingStr.read += max(0, end - (start if found < 0 else found))
        return found


def _read_per_char(run, text: str) -> float:
    counting = _ReadCountingStr(text)
    _ReadCountingStr.read = 0
    run(counting)
    return _ReadCountingStr.read / len(text)


# -- linear time -------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["hi anna ", "frau meier ", "lg otto und "])
def test_a_long_lower_case_line_is_read_once(unit: str) -> None:
    # each listed first name of a lower-case line looked for the line's end up to the message's
    # end: one line of "hi anna " x 400,000 (3.2 MB) took 24 s, 3.9x the time of 1.6 MB
    lexicon = load_lexicon()
    for n in (500, 2000):
        per_char = _read_per_char(lambda t: chat_entities(t, [], lexicon), unit * n)
        assert per_char <= 20, (n, per_char)


@pytest.mark.parametrize("unit", ["Name: Anna\n", "Name:\tAnna\t", "NOM : UCHE   PRÉNOM : CHARITY   ",
                                  "Kind: Anna Meier, 12.03.2015\n"])
def test_a_form_of_many_name_fields_is_read_once(unit: str) -> None:
    # a name's value without ", " sliced text[-1 + 2:end] -- the text from its start -- to look for a
    # town after a comma: 400 KB of "Name: Anna\n" read ~3,600 characters per character
    detector = FieldDetector(load_lexicon())
    for n in (500, 2000):
        per_char = _read_per_char(lambda t: list(detector.detect(t)), unit * n)
        assert per_char <= 60, (n, per_char)


@pytest.mark.parametrize("unit", ["\tName:", "   NOM : ", "NOM : X   "])
def test_the_pairs_of_a_line_are_found_by_one_scan(unit: str) -> None:
    # one search per gap to the line's end: "\tName:" x 800 handed the engine 316 positions a character
    detector = FieldDetector(load_lexicon())
    text = unit * 800
    scan.METER.on, scan.METER.positions = True, 0
    try:
        list(detector.detect(text))
    finally:
        scan.METER.on = False
    assert scan.METER.positions <= 20 * len(text)
