"""Several regex shapes that start at the same kind of character, found in one scan of the text.

Why: scanning a 10,000-character prompt costs the regex engine ~50-100 us per pattern even when
nothing matches, because it tests every character against the pattern's first character class.
Shapes that share that first class (a digit, a capital that starts a word) are therefore tried
together: one pattern consumes the shared first character and tries each shape in a look-ahead
group of its own; it fails in C where no shape fits, so Python sees only real candidates.

:func:`per_shape` then gives each shape exactly the matches that ``finditer`` of that shape
alone would give: a candidate that starts inside the previous match of the same shape is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from . import scan


def shapes_pattern(
    first: str, shapes: dict[str, str], not_after: str = r"\w", guard: str = ""
) -> re.Pattern[str]:
    """``first`` (not preceded by a ``not_after`` character), then each shape that fits there.

    A shape's body starts *after* the first character; it checks that character, where it
    matters, with a look-behind (``(?<=7)56...``).  Shape names become group names.  ``guard``,
    if given, is something every shape needs right after the first character; it is tested
    once, before any shape is tried, so it must be cheap and must hold wherever a shape fits.
    """
    groups = "".join(f"(?:(?=(?P<{name}>{body}))|)" for name, body in shapes.items())
    any_fits = "".join(f"(?({name})|" for name in shapes) + "(?!)" + ")" * len(shapes)
    guarded = f"(?={guard})" if guard else ""
    compiled = scan.compile(f"{first}(?<![{not_after}]{first}){guarded}{groups}{any_fits}")
    # A match is one of the shapes, read right after the first character: where each shape needs a
    # digit, so does the pattern (scan.compile cannot see it through the groups' conditionals).
    ks = [scan.digit_reach(body) for body in shapes.values()]
    if ks and all(k is not None for k in ks):
        scan.note_digit_reach(compiled, 1 + max(k for k in ks if k is not None))
    return compiled


def per_shape(
    pattern: re.Pattern[str],
    text: str,
    names: tuple[str, ...],
    claim: Callable[[str, int, int], int | None] | None = None,
) -> Iterator[tuple[str, int, int]]:
    """(shape, start, end) of every match of every shape, in text order.

    Each shape's matches are those of its own ``finditer``.  ``claim(shape, start, end)``, if
    given, may turn a match down (None: it does not hide matches that start inside it, as a
    search from its start + 1 would not) or shorten it (the end it returns).
    """
    next_start = dict.fromkeys(names, 0)
    for m in scan.finditer(pattern, text):
        start = m.start()
        for name in names:
            end = m.end(name)
            if end < 0 or start < next_start[name]:
                continue
            if claim is not None:
                claimed = claim(name, start, end)
                if claimed is None:
                    continue
                end = claimed
            next_start[name] = end
            yield name, start, end
