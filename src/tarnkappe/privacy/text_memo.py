"""Per-text memo: what several passes compute from the same text, computed once per detection.

Why: some facts about a text are read by more than one pass -- the closing formulas ("Freundliche
Grüsse") by the signature rule, the lower-case signatures and the cued phones; the capitalised
words by the person rules and the learned detector.  Each scan of the ~2,000-token prompt costs
the regex engine ~60-100 us; reading it once and handing the result to every pass saves that
many times over.

How: the anonymizer hands its passes a :class:`~.gates.GatedText` (made once per detection);
it carries a dict, ``memo``, that lives exactly as long as that text.  :func:`once` answers from
it, and computes (and keeps) on first need.  Any other ``str`` (a view, a slice, a detector called
on its own) is computed afresh each time: the answer is the same, only its cost differs.  Nothing
is kept between texts or requests: the memo dies with the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(text: str, key: str, compute: Callable[[str], T]) -> T:
    """``compute(text)``, computed once per detected text (see the module doc).

    ``key`` names the computation; ``compute`` must depend on nothing but the text (and
    immutable, module-level tables) and return a value nobody mutates.
    """
    memo: dict[str, object] | None = getattr(text, "memo", None)
    if memo is None:
        return compute(text)
    if key in memo:
        return memo[key]  # type: ignore[return-value]  # (stored by this function under this key)
    value = memo[key] = compute(text)
    return value
