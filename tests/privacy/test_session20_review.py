"""Session 20's review of every field (tests/test_review_fields_session20.py) found values the detectors
missed in any field: full-width digits and letters, addresses escaped for a regular expression or
Markdown, "&lt;"/"&gt;" around an address, a name introduced in lower case before "und".  Found since;
the offsets are the text's own, the round trip exact."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer


def spans(anonymizer: Anonymizer, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in anonymizer.detect(text)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("IBAN: ＣＨ９３ ００７６ ２０１１ ６２３８ ５２９５ ７", "ＣＨ９３ ００７６ ２０１１ ６２３８ ５２９５ ７", "IBAN"),
        ("Ruf mich an: ０７９ １２３ ４５ ６７", "０７９ １２３ ４５ ６７", "PHONE"),
        ("Mail an ａｎｎａ．ｍｅｉｅｒ＠ｅｘａｍｐｌｅ．ｃｈ bitte", "ａｎｎａ．ｍｅｉｅｒ＠ｅｘａｍｐｌｅ．ｃｈ", "EMAIL"),
        ("Tel.\u3000０４４\u3000６６８\u3000１８\u3000００", "０４４\u3000６６８\u3000１８\u3000００", "PHONE"),
    ],
)
def test_full_width_forms_are_read_as_what_they_write(anonymizer: Anonymizer, text: str, value: str,
                                                       kind: str) -> None:
    assert (value, kind) in spans(anonymizer, text)
    vault = anonymizer.new_vault()
    masked = anonymizer.mask(text, vault)
    assert value not in masked
    assert vault.restore(masked) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Erlaubt ist nur ^anna\\.meier@example\\.ch$", "anna\\.meier@example\\.ch"),
        ("Mail: anna\\_meier@example.ch", "anna\\_meier@example.ch"),
        ('"pattern": "^hans\\-peter\\.keller@firma\\.de$"', "hans\\-peter\\.keller@firma\\.de"),
    ],
)
def test_an_address_escaped_for_a_regex_or_markdown_is_masked_whole(anonymizer: Anonymizer, text: str,
                                                                     value: str) -> None:
    assert (value, "EMAIL") in spans(anonymizer, text)


def test_a_backslash_before_a_letter_is_no_escape(anonymizer: Anonymizer) -> None:
    text = 'Pfad C:\\Users\\Public\\Documents, Muster r"\\d+\\.\\d+" und 3\\.5 Prozent'
    assert not [s for s in spans(anonymizer, text) if s[1] in ("EMAIL", "URL")]


def test_angle_brackets_written_as_html_escapes_around_an_address(anonymizer: Anonymizer) -> None:
    text = "Kontakt: J&uuml;rg M&uuml;ller &lt;juerg.mueller@example.org&gt;"
    found = spans(anonymizer, text)
    assert ("J&uuml;rg M&uuml;ller", "PERSON") in found
    assert ("juerg.mueller@example.org", "EMAIL") in found
    assert "&lt;" in anonymizer.mask(text, anonymizer.new_vault())  # the escape stays as written


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hallo, ich bin anna meier und wohne in bern", "anna meier"),
        ("ciao, sono giulia rinaldi e arrivo alle otto", "giulia rinaldi"),
        ("hi, it's renata and i'm locked out", "renata"),
    ],
)
def test_a_lower_case_introduction_before_and(anonymizer: Anonymizer, text: str, name: str) -> None:
    assert (name, "PERSON") in spans(anonymizer, text)


@pytest.mark.parametrize("text", ["hallo, ich bin müde und gehe schlafen",
                                  "ich bin gerade unterwegs und melde mich später", "c'est nous et on arrive"])
def test_an_introduction_of_a_state_is_no_name(anonymizer: Anonymizer, text: str) -> None:
    assert not [s for s in spans(anonymizer, text) if s[1] == "PERSON"]
