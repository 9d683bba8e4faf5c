"""Turn overlapping candidate spans from all detectors into one clean list."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable
from itertools import compress

from .entities import Entity, EntityType

# On equal length the more specific / more certain detector wins.
PRIORITY: dict[str, int] = {
    t: i
    for i, t in enumerate(
        (EntityType.TERM, EntityType.EMAIL, EntityType.URL, EntityType.IBAN, EntityType.CARD,
         EntityType.AHV, EntityType.SSN, EntityType.TAXID, EntityType.VAT, EntityType.IP,
         EntityType.DOB, EntityType.PHONE, EntityType.ADDRESS, EntityType.PERSON)
    )
}


_start = operator.attrgetter("start")  # a C call per candidate, not a Python one


def resolve_overlaps(candidates: Iterable[Entity]) -> list[Entity]:
    """Keep the longest span where candidates overlap (priority breaks ties).

    Longest-first means "anna.meier@firma.ch" stays one EMAIL instead of a
    PERSON inside it, and a street named after a person stays an ADDRESS.
    """
    # The candidates are taken longest first (then by priority, then by start) and each is kept
    # if none of its characters is covered by one kept before.  Only candidates that overlap can
    # compete, so that order is needed only within a run of overlapping candidates (most runs
    # are one candidate: kept as it is).  Not one sort on that key over all of them: on 150,000
    # candidates (1 MB dense with e-mails) a sort of shuffled tuples holds the GIL for ~100 ms.
    # The sort by start is one of a few sorted runs (each detector reports in text order),
    # which the sort merges in about linear time.
    by_start = sorted(candidates, key=_start)
    n = len(by_start)
    kept = bytearray(n)
    rests: list[Entity] = []
    i = 0
    while i < n:
        end = by_start[i].end
        j = i + 1
        while j < n and by_start[j].start < end:
            if by_start[j].end > end:
                end = by_start[j].end
            j += 1
        if j == i + 1:
            kept[i] = 1
        else:
            _resolve_run(by_start, i, j, kept, rests)
        i = j
    out = list(compress(by_start, kept))
    return sorted(out + rests, key=_start) if rests else out


def _resolve_run(by_start: list[Entity], i: int, j: int, kept: bytearray, rests: list[Entity]) -> None:
    """Mark the candidates by_start[i:j] (one run of overlapping ones) that are kept; add to ``rests`` what an
    identifier that lost leaves uncovered (_rests)."""
    # Grouped by (length, priority), each group in start order, the few distinct groups sorted:
    # the order (-length, priority, start) without one long sort of tuples.
    groups: dict[tuple[int, int], list[int]] = {}
    for k in range(i, j):
        ent = by_start[k]
        key = (ent.start - ent.end, PRIORITY.get(ent.type, 99))
        group = groups.get(key)
        if group is None:
            groups[key] = [k]
        else:
            group.append(k)
    # Which characters a kept span covers: a candidate is kept if none of its characters is
    # covered.  Linear in the run (each detector's spans are disjoint, so the candidates cover
    # each character a few times at most).
    base = by_start[i].start
    covered = bytearray(max(by_start[k].end for k in range(i, j)) - base + 1)
    for key in sorted(groups):
        for k in groups[key]:
            ent = by_start[k]
            s, e = ent.start - base, ent.end - base
            if covered.find(1, s, e) >= 0:
                continue
            covered[s:e] = b"\x01" * (e - s)
            kept[k] = 1
    _widen_kept(by_start, i, j, kept, covered, base)
    _rests(by_start, i, j, kept, covered, base, rests)


# Values whose every digit says something: a phone's, an account's, a card's last digits are still theirs.
_IDENTIFIERS = frozenset((EntityType.PHONE, EntityType.IBAN, EntityType.CARD, EntityType.AHV, EntityType.SSN,
                          EntityType.TAXID, EntityType.DOB, EntityType.EMAIL))


def _rests(by_start: list[Entity], i: int, j: int, kept: bytearray, covered: bytearray, base: int,
           rests: list[Entity]) -> None:
    """An identifier that lost to a longer span of another type but reaches past it keeps what it reaches past:
    "6 rue du Général Leclerc, 07 65 01 44 96" -- the French street took the phone's "07" as its number, and the
    phone lost to it whole: "65 01 44 96" went in clear (holdout35, read in session 31).  Fail safe: every part of
    an identifier that no kept span covers is masked, as the identifier's type, with at least four digits or
    letters in it.  Linear: each lost identifier reads its own characters once."""
    for k in range(i, j):
        lost = by_start[k]
        if kept[k] or lost.type not in _IDENTIFIERS:
            continue
        s, e = lost.start - base, lost.end - base
        a = s
        while a < e:
            a = covered.find(0, a, e)
            if a < 0:
                break
            b = covered.find(1, a, e)
            b = e if b < 0 else b
            piece = lost.text[a - s:b - s]
            lead = len(piece) - len(piece.lstrip(" \t,;:.-/()"))
            trail = len(piece) - len(piece.rstrip(" \t,;:.-/()"))
            core = piece[lead:len(piece) - trail]
            if sum(c.isalnum() for c in core) >= 4:
                start = a + lead + base
                rests.append(Entity(start, start + len(core), lost.type, core, lost.detector))
                covered[a + lead:b - trail] = b"\x01" * len(core)
            a = b


def _widen_kept(by_start: list[Entity], i: int, j: int, kept: bytearray, covered: bytearray, base: int) -> None:
    """A candidate that lost to a longer one of its own type but reaches past it widens it, over
    characters no kept span covers: "malcolm89@example.net" and "example.net at gmail punkt com"
    are one e-mail address, where the longer alone left "malcolm89@" in clear (session 12).  Fail
    safe: a type's characters are never given up because another span of that type won.  Linear:
    each character's kept span is looked up in a map of the run."""
    kept_types = {by_start[k].type for k in range(i, j) if kept[k]}
    if not any(not kept[k] and by_start[k].type in kept_types for k in range(i, j)):
        return  # the usual run: a name inside an address, no loser of a winner's type
    owner = [-1] * len(covered)
    for k in range(i, j):
        if kept[k]:
            ent = by_start[k]
            owner[ent.start - base:ent.end - base] = [k] * (ent.end - ent.start)
    for k in range(i, j):
        if kept[k]:
            continue
        lost = by_start[k]
        s, e = lost.start - base, lost.end - base
        m = owner[s] if owner[s] >= 0 else owner[e - 1]
        if m < 0 or by_start[m].type != lost.type:
            continue
        won = by_start[m]
        ws, we = won.start - base, won.end - base
        if (s < ws and covered.find(1, s, ws) >= 0) or (e > we and covered.find(1, we, e) >= 0):
            continue  # another kept span stands between: no widening over it
        if s >= ws and e <= we:
            continue
        text = (lost.text[:ws - s] if s < ws else "") + won.text + (lost.text[we - s:] if e > we else "")
        start, end = min(s, ws) + base, max(e, we) + base
        by_start[m] = Entity(start, end, won.type, text, won.detector)
        for a, b in ((s, ws), (we, e)):  # only the characters newly covered (else quadratic)
            if a < b:
                covered[a:b] = b"\x01" * (b - a)
                owner[a:b] = [m] * (b - a)


# What may stand between two parts of one value that two detectors found apart: a name's parts a space
# apart (a first name the rules found, a surname the model found: "Mark Anthony" + "Tamburi Adinolfi"), an
# address's street and town ("65 GLOUCESTER PLACE - BRIGHTON BN11 7BY", "2119, avenue du Parc, Longueuil
# QC J4K 8R2").  Masked apart, the separator stood in clear between two placeholders: nothing of the value,
# but two placeholders for one person or one home.  (Not "Surname, First" after a comma: "Anwesend:
# Tralovik, Beckmann" are two people, "Frieda, Duyên und Ariane" three -- a comma between two names is
# left as it is.)
_JOINS = {EntityType.PERSON: frozenset({" "}), EntityType.ADDRESS: frozenset({" ", ", ", " - ", " – "})}


def join_adjacent(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted, disjoint) with two neighbours of one type that are one value joined:
    two PERSON spans one space apart, two ADDRESS spans a space, a comma or a dash apart.  A chain
    of neighbours becomes one entity, its text cut once (a line of 800 addresses: no growing copy
    per join)."""
    out: list[Entity] = []
    chain: Entity | None = None  # the first entity of the chain being joined
    chain_end = 0
    for e in entities:
        if chain is not None and chain.type == e.type and chain_end < e.start <= chain_end + 3 \
                and text[chain_end:e.start] in _JOINS.get(e.type, ()):
            chain_end = e.end
            continue
        if chain is not None:
            out.append(_joined(text, chain, chain_end))
        chain, chain_end = e, e.end
    if chain is not None:
        out.append(_joined(text, chain, chain_end))
    return out if len(out) < len(entities) else entities


def _joined(text: str, first: Entity, end: int) -> Entity:
    return first if end == first.end else Entity(first.start, end, first.type, text[first.start:end], first.detector)


def union_addresses(text: str, found: list[Entity]) -> list[Entity]:
    """Overlapping ADDRESS spans (of different detectors: a post-office box with its town from
    one, the town line with its region code from another) become their union: keeping only the
    longest would leave the rest of the address in clear."""
    addresses = sorted((e for e in found if e.type == EntityType.ADDRESS), key=operator.attrgetter("start"))
    if len(addresses) < 2:
        return found
    merged: list[Entity] = []
    changed = False
    for e in addresses:
        last = merged[-1] if merged else None
        if last is not None and e.start < last.end:
            if e.end > last.end:
                merged[-1] = Entity(last.start, e.end, EntityType.ADDRESS, text[last.start:e.end], last.detector)
                changed = True
            else:
                changed = True  # inside the last one
            continue
        merged.append(e)
    if not changed:
        return found
    return [e for e in found if e.type != EntityType.ADDRESS] + merged


def addresses_before_ips(text: str, found: list[Entity]) -> list[Entity]:
    """An address that runs into an IP address ends before it: "8500 Frauenfeld\t31.166.107.137" of an export's
    row read "Frauenfeld\t31" as a street and its number, and the overlap then dropped the IP, whose other three
    parts went out in clear (holdout31, read in session 27).  Linear: IPs and addresses each sorted once."""
    ips = sorted(e.start for e in found if e.type == EntityType.IP)
    if not ips:
        return found
    ends = {e.start: e.end for e in found if e.type == EntityType.IP}
    out: list[Entity] = []
    for e in found:
        if e.type == EntityType.ADDRESS:
            k = bisect.bisect_right(ips, e.start)
            if k < len(ips) and ips[k] < e.end:
                # the parts before and after the IP stay addresses ("Hauptstrasse 12, 31.166.107.137, 8500
                # Frauenfeld": the town after it too; second review of session 27)
                head_end = e.start + len(text[e.start:ips[k]].rstrip(" \t,;|"))
                tail = min(e.end, ends[ips[k]])
                tail += len(text[tail:e.end]) - len(text[tail:e.end].lstrip(" \t,;|"))
                for start, end in ((e.start, head_end), (tail, e.end)):
                    if end - start >= 4:
                        out.append(Entity(start, end, e.type, text[start:end], e.detector))
                continue
        out.append(e)
    return out
