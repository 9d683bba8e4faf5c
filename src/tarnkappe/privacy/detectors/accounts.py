"""A person's account name where machines write it: the home directory of a path in a stack
trace or an error message (``C:\\Users\\anna.meier\\Documents``, ``/home/ameier/app.py``,
``/Users/anna/…``), and a chat mention written as first and last name (``@anna.meier``,
``@Anna_Meier``).  Issue 13: text pasted from systems carries names the prose rules never see.

A home directory's name is masked whatever it looks like (a login is someone's), except the
system's own accounts (root, Public, Default, Administrator ...).  A mention is masked when it
has two or three parts joined by "." "_" or "-" and one of them is a listed first name or
surname -- "@team-leads" and "@here" stay.  The "@" stays outside, as a mention writes it.

Linear: two patterns of bounded reach, each looked for only where its literal is in the text.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from ..names import NameLexicon
from . import scan

# Each pattern starts with a literal the engine skips to ("\\", "/", "@"), its look-behind after
# it (a look-behind first made the engine try every position: ~220 us on the ~2,000-token prompt).
_WINDOWS_HOME = scan.compile(
    r"\\(?<=(?<![\w\\])[A-Za-z]:\\)\\?(?:[Uu](?i:sers)|Dokumente und Einstellungen|Documents and Settings)\\{1,2}"
    r"(?P<user>[^\\/\s:*?\"<>|]{2,64}+)(?=[\\/]|\s|$)"
)
# (also a Windows home under WSL: "/mnt/c/Users/anna/…")
_UNIX_HOME = scan.compile(
    r"/(?:(?<![\w/.]/)|(?<=/mnt/[a-z]/))(?:home|Users)/(?P<user>[^\\/\s:*?\"<>|]{2,64}+)(?=[\\/]|\s|$)"
)
_MENTION = scan.compile(
    r"@(?<![\w.+\-@]@)(?P<handle>[A-Za-zÀ-ÖØ-öø-ÿ]{2,30}+(?:[._\-][A-Za-zÀ-ÖØ-öø-ÿ]{2,30}+){1,2})(?![\w@]|\.[A-Za-z])"
)
_SYSTEM_ACCOUNTS = frozenset(
    "root admin administrator administrateur public default defaultuser all users shared guest gast "
    "runner ubuntu debian ec2-user user username nobody www-data git jenkins docker app service vagrant "
    "me you yourname name".split()
)
_UNIX_HOME_GATE = Gate(('/home/', '/Users/'))


class AccountDetector:
    """Home directories in paths and first.last mentions."""

    name = "accounts"

    def __init__(self, lexicon: NameLexicon) -> None:
        self._lex = lexicon

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the account names (see the module's docstring)."""
        homes = (scan.finditer(_WINDOWS_HOME, text) if ":\\" in text else (),
                 scan.finditer(_UNIX_HOME, text) if _UNIX_HOME_GATE.opens(text) else ())
        for found in homes:
            for m in found:
                user = m.group("user")
                if user.lower() not in _SYSTEM_ACCOUNTS and not user.startswith(("%", "$", "{", "<")):
                    yield Entity(m.start("user"), m.end("user"), EntityType.PERSON, user, self.name)
        if "@" in text:
            lex = self._lex
            for m in scan.finditer(_MENTION, text):
                parts = m.group("handle").replace("_", ".").replace("-", ".").split(".")
                if any(lex.is_known_name(p.capitalize()) for p in parts if len(p) > 1):
                    yield Entity(m.start("handle"), m.end("handle"), EntityType.PERSON, m.group("handle"), self.name)
