"""The German catalog covers every text of the console, and keeps each text's {placeholders}."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import tarnkappe.console
from tarnkappe.console.i18n import LOCALE_DIR, negotiate

CONSOLE = Path(tarnkappe.console.__file__).parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def console_texts() -> set[str]:
    """Every translatable text: `_()` in the templates, `gettext()` in the Python modules."""
    method_map = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
    options = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true",
                                        "lstrip_blocks": "true"}}
    return {message for _file, _line, message, _comments, _context in
            extract_from_dir(str(CONSOLE), method_map, options_map=options, keywords={"_": None, "gettext": None})}


def test_every_console_text_has_a_german_translation_with_the_same_placeholders() -> None:
    with (LOCALE_DIR / "de" / "LC_MESSAGES" / "console.po").open("rb") as handle:
        catalog = read_po(handle, locale="de")
    texts = console_texts()
    assert len(texts) > 100  # the extraction found the templates
    missing = sorted(t for t in texts if not (catalog.get(t) and catalog.get(t).string))
    assert missing == []
    fuzzy = sorted(m.id for m in catalog if m.id and m.fuzzy)
    assert fuzzy == []
    for text in texts:
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(catalog.get(text).string)), text
    unused = sorted(m.id for m in catalog if m.id and m.id not in texts)
    assert unused == []  # a text removed from the templates is removed from the catalog too


def test_language_negotiation() -> None:
    assert negotiate("de-CH,de;q=0.9,en;q=0.8", None) == ("de", "de_CH")
    assert negotiate("de-DE", None) == ("de", "de_DE")
    assert negotiate("fr-CH,fr;q=0.9,en-GB;q=0.5", None) == ("en", "en_GB")  # the first language we have
    assert negotiate("en-US,en;q=0.9", "de") == ("de", "de_CH")  # the cookie's choice wins
    assert negotiate(None, None) == ("de", "de_CH")
    assert negotiate("en;q=0, de;q=0.1", None) == ("de", "de_CH")  # q=0 means "not this one"
    assert negotiate("xx-YY;q=abc", "zz") == ("de", "de_CH")  # garbage is ignored, not an error
