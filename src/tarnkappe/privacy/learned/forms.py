"""Where the forms model may speak: the lines of a text that are no prose.

The learned name detector carries two CRFs over the same features (``features.py``).  The first
is trained on prose -- news, court decisions, letters (GermEval, LER, our generator's templates) --
and knows names by the sentence around them.  In a table, a CSV export, a form's aligned fields or
a list of short lines there is no sentence: "| 7 | Jalia Okot | 0871 … |" gives the first model
little to go on, and the rules little more.  The second, the *forms* model, is trained on the
evaluation sets already read (forms, exports, chats, registers written by people who never saw the
detectors; names in no list replaced, see ``bench/privacy/build_name_training_read.py``).  Asked
on prose it guesses too often (GermEval's precision fell to 0.69 when both models spoke
everywhere), so its word counts only on a *structured* line, and only where it is sure
(:data:`FORMS_THRESHOLD`).

A line is structured if it holds a cell separator (a tab, "|", two semicolons or one with no space
after it), a run of two spaces between words (a space-aligned table, a form's aligned values), or,
if it does not end as a sentence does, three commas (a CSV row) or fewer than :data:`PROSE_WORDS`
words (a list item, a signature, a form's field).  GermEval's sentences (one a line) are prose by
this test however short: with the short ones and those of three commas read as rows, the forms
model cost 0.02 of its cross-validated precision.

Work bound: a token's line is looked for at most :data:`REACH` characters either side of it (two C
scans), and each line -- each block of :data:`REACH` characters of a longer one -- is judged once per
call (a dict by its bounds).
"""

from __future__ import annotations

from collections.abc import Iterable

# P(name) the forms model must give a word of a structured line for it to count.  Chosen on
# holdout16 and holdout17 left out of the model's training (names leaked 0.029 -> 0.020 and 0.053 ->
# 0.040 at 0.85; at 0.3: 0.019 and 0.037 but twice the over-masking).
FORMS_THRESHOLD = 0.85
# A line of fewer words than this is a list item, a field or a signature, not a sentence.
PROSE_WORDS = 7
# Characters read either side of a token to find its line.
REACH = 400


class StructuredLines:
    """Answers "is the line at this position structured?" for one text, each line judged once."""

    __slots__ = ("_text", "_verdicts")

    def __init__(self, text: str) -> None:
        self._text = text
        self._verdicts: dict[tuple[int, int], bool] = {}

    def at(self, pos: int) -> bool:
        """Whether the line holding ``pos`` is structured.  A line longer than :data:`REACH` either
        side of ``pos`` is judged by the block of :data:`REACH` characters ``pos`` falls in, each
        block once: about one character read per character of the text, however long its lines."""
        return self._verdict(*self._bounds(pos)[:2])

    def at_each(self, positions: Iterable[int]) -> tuple[bool, ...]:
        """:meth:`at` of each of ``positions`` (ascending): a position on the line of the one before,
        within :data:`REACH` of both its ends, is that line's (no scan for its line breaks)."""
        n = len(self._text)
        out: list[bool] = []
        start = end = -1  # the last line found (whole, not a block) and its verdict
        verdict = False
        for pos in positions:
            if start <= pos < end and (pos - start < REACH if start else pos <= REACH) \
                    and (end - pos < REACH if end < n else pos + REACH >= n):
                out.append(verdict)
                continue
            line_start, line_end, whole = self._bounds(pos)
            verdict = self._verdict(line_start, line_end)
            out.append(verdict)
            start, end = (line_start, line_end) if whole else (-1, -1)
        return tuple(out)

    def _bounds(self, pos: int) -> tuple[int, int, bool]:
        """(start, end, whether that is the whole line) of what ``pos`` is judged by."""
        text = self._text
        before = text.rfind("\n", max(0, pos - REACH), pos)
        after = text.find("\n", pos, pos + REACH)
        if (before < 0 and pos > REACH) or (after < 0 and pos + REACH < len(text)):
            block = pos // REACH * REACH
            return block, min(len(text), block + REACH), False
        return (before + 1 if before >= 0 else 0), (after if after >= 0 else len(text)), True

    def _verdict(self, start: int, end: int) -> bool:
        verdict = self._verdicts.get((start, end))
        if verdict is None:
            verdict = self._verdicts[(start, end)] = structured(self._text, start, end)
        return verdict


def structured(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (one line) is a table's row, a form's field or a short item."""
    if text.find("\t", start, end) >= 0 or text.find("|", start, end) >= 0:
        return True
    line = text[start:end].strip()
    if "  " in line:
        return True
    # A sentence ends so; a row, a field or an item seldom does ("Das sagte Müller ." is prose,
    # however short, and so is a sentence of three commas).
    sentence = line.endswith((".", "!", "?", ".»", ".“", '."'))
    semicolons = line.count(";")
    if semicolons >= 2 or semicolons == 1 and "; " not in line:
        return True  # cells, not a clause's pause
    if line.count(",") >= 3 and not sentence:
        return True
    return line.count(" ") < PROSE_WORDS - 1 and not sentence
