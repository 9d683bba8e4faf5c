"""The restorer reads a piece without a placeholder only when the next placeholder comes
(gateway/restore.py's `Restorer.restore`): what it restores must be what reading every piece at once
restored, whatever the pieces, and what it holds unread is bounded in characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.gateway import restore as restore_module
from tarnkappe.gateway.restore import Restorer, StreamRestoring
from tarnkappe.privacy import EntityType, StreamRestorer, Vault


def _vault() -> Vault:
    vault = Vault()
    vault.placeholder_for(EntityType.PERSON, "Anna Meier")
    vault.placeholder_for(EntityType.EMAIL, "anna.meier@example.ch")
    vault.placeholder_for(EntityType.PERSON, 'Jo "Q" Ng')
    return vault


class _Eager(Restorer):
    """Reads every piece in the call that passes it: the restorer as it was before pieces were
    held unread."""

    __slots__ = ()

    def restore(self, text: str) -> str:
        out = super().restore(text)
        self._read_unread()
        return out


# Pieces that open and close words, '<' spans and blank lines, and write URL marks and
# placeholders, whole and cut.
_PIECES = st.sampled_from([
    "[[PERSON_1]]", "[[EMAIL_1]]", "[[PERSON_2]]", "\\[\\[PERSON\\_1\\]\\]", "[[", "PERSON_1", "]]", "[", "]",
    "\\", "https:", "//", "/", "%2F", "<", ">", "\n", "\n\n", "\n \n", " ", "\t", "a", "x.ch", "?u=", '"', '\\"',
    "tok ", "ftp:", "C:\\\\Users\\\\", "Frau ",
])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.lists(_PIECES, min_size=1, max_size=6).map("".join), max_size=30),
       json_escaped=st.booleans())
def test_reading_pieces_late_restores_what_reading_them_at_once_did(pieces: list[str], json_escaped: bool) -> None:
    vault = _vault()
    late, eager = Restorer(vault, json_escaped=json_escaped), _Eager(vault, json_escaped=json_escaped)
    assert [late.restore(p) for p in pieces] == [eager.restore(p) for p in pieces]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.lists(_PIECES, min_size=1, max_size=6).map("".join), max_size=30),
       json_escaped=st.booleans())
def test_a_stream_restores_the_same_whether_its_pieces_are_read_late_or_at_once(
        pieces: list[str], json_escaped: bool) -> None:
    vault = _vault()
    late = StreamRestorer(Restorer(vault, json_escaped=json_escaped))  # type: ignore[arg-type]
    eager = StreamRestorer(_Eager(vault, json_escaped=json_escaped))  # type: ignore[arg-type]
    assert [late.feed(p) for p in pieces] + [late.flush()] == [eager.feed(p) for p in pieces] + [eager.flush()]


def test_a_long_answer_without_placeholders_is_held_unread_only_up_to_the_bound() -> None:
    restorer = Restorer(_vault())
    most = 0
    for _ in range(5000):
        restorer.restore("https://example.ch/ tok ")
        most = max(most, sum(map(len, restorer._unread)))
    assert most <= restore_module._UNREAD_CHARS + len("https://example.ch/ tok ")
    # ... and it was read: the URL's word ended, so a placeholder after a space is restored
    assert restorer.restore(" [[PERSON_1]]") == " Anna Meier"
    assert restorer.restore("https://x.ch/?u=[[PERSON_1]]") == "https://x.ch/?u=[[PERSON_1]]"


def test_a_placeholder_after_unread_pieces_of_a_url_stays() -> None:
    restoring = StreamRestoring(_vault())
    restorer = StreamRestorer(Restorer(restoring.vault))  # type: ignore[arg-type]
    pieces = ("see <ht", "tps:", "//x.ch/a b", " ", "[[PERSON_1]]> and ", "[[PERSON_1]]")
    out = "".join(restorer.feed(p) for p in pieces)
    assert out + restorer.flush() == "see <https://x.ch/a b [[PERSON_1]]> and Anna Meier"
