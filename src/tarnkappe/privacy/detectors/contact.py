"""E-mail addresses, URLs that carry a path, and IP addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from . import scan
from .phone_cued import phone_cue_before

# Anchored at each "@" (rare in text) instead of scanning every position.
# An apostrophe may stand inside a local part (RFC 5322 allows it; Irish and Italian names
# keep theirs: "o'brien@eircom.net"), never first or last -- and one before the local part is a
# quote: "email='ivana@gmx.ch'" (a run may start after it).
_LOCAL = scan.compile(r"[\w+\-](?:[\w.+\-'’]{0,62}[\w+\-])?$")
# A DNS label has at most 63 characters; an e-mail domain at most 9 labels before its TLD.
# A label is read possessively and must end in a letter or digit (the look-behind): giving back
# part of it could only end it before another label character, where a "." is needed.
_DOMAIN = scan.compile(r"[^\W_](?:[\w\-]{0,62}+(?<=[^\W_]))?(?:\.[^\W_](?:[\w\-]{0,62}+(?<=[^\W_]))?){0,8}\.[^\W\d_]{2,24}(?![\w\-])")  # noqa: E501 - one regular expression, read as a whole
_RUN = r"[\w.+\-'’]"  # what a local part is made of
# Speed (issue 12: a text dense with "@" cost a 64-position backward search per "@"): local parts
# are found in one scan of the stretch before the "@"s, from where a run of local-part characters
# starts.  The local part of _LOCAL that ends at an "@" is, when its run of local-part characters
# is at most 64 long, the whole run (the leftmost start that fits); a run that starts with "." was
# rejected (its first "\w" follows a ".") and one that ends with "." has no local part.  The scan
# stops at the "@" (the next run may start inside the domain: "a@b.ch.x@c.ch" has two).  Longer
# runs: _LONG_LOCAL, then the old search.
# (_LOCAL's "$" also holds before a final "\n": "x\n@example.ch" is one, as it always was.)
_LOCAL_AT = scan.compile(
    rf"(?<![\w.+\-])(?=[\w+\-])(?:{_RUN}{{1,64}}+(?<=[\w+\-])@|{_RUN}{{1,63}}+(?<=[\w+\-])\n@)"
)
# The same with the domain as a look-ahead, for a long stretch dense with "@": only whole e-mails
# come back to Python.  (Not for a short one: the scan must then run on past its last "@" for as
# far as a domain can reach, which costs more than checking a few domains one by one.)
_EMAIL = scan.compile(rf"{_LOCAL_AT.pattern}(?=(?P<domain>{_DOMAIN.pattern}))")
_DENSE = 2048
_DOMAIN_AFTER = scan.reach_of(_DOMAIN) + 2  # how far a domain look-ahead may read past the "@"
_LONG_LOCAL = scan.compile(rf"{_RUN}{{64}}\n?@")
# Speed: URLs and IPv4 addresses are found from the literal "://" or "." in them, which the
# regex engine finds ~5x faster than the first letter or digit; a look-behind checks what must
# come before ("http", "https", "www", the first octet) and the start is computed from it.
# The matches are those of "[hHwW](?:(?<=[hH])[tT][tT][pP][sS]?://|(?<=[wW])[wW][wW]\.)[^\s<>\"'`]+"
# and "\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)".
# The tail of a URL is read 256 characters at a time (see _url_end): any length, bounded calls.
_URL_TAIL = r"[^\s<>\"'`]{1,256}"
_URL_MORE = scan.compile(r"[^\s<>\"'`]{1,1000}")
_URL_SCHEME = scan.compile(rf"://(?:(?<=[hH][tT][tT][pP][sS]://)|(?<=[hH][tT][tT][pP]://)){_URL_TAIL}")
_URL_WWW = scan.compile(rf"\.(?<=[wW][wW][wW]\.){_URL_TAIL}")
_URL_TRAIL = ".,;:!?)]}'\""
_IPV4_AFTER_FIRST_OCTET = scan.compile(
    r"\.(?:(?<=(?<![\w.])\d\.)|(?<=(?<![\w.])\d\d\.)|(?<=(?<![\w.])\d\d\d\.))"
    r"\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)"
)
_IPV6 = scan.compile(r"[0-9A-Fa-f:](?<![\w:][0-9A-Fa-f:])[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{0,4}:){1,6}[0-9A-Fa-f]{0,4}(?:%\w{1,32})?(?![\w:])")  # noqa: E501 - one regular expression, read as a whole


# What every IPv6 address has and prose rarely does: two colons with at most four hex digits
# between them (a colon's literal start lets the engine skip to the colons).
_TWO_HEX_COLONS = scan.compile(r":[0-9A-Fa-f]{1,4}:")
_SCHEME_PREFIX = scan.compile(r"(?:https?://)?", re.IGNORECASE)


def _url_is_personal(url: str) -> bool:
    """A bare domain is public information; a path, query or userinfo may be personal.

    (linkedin.com/in/anna-meier, example.ch/user?id=4711, ftp://anna@host).
    """
    scheme = scan.match(_SCHEME_PREFIX, url)
    rest = url[scheme.end():] if scheme is not None else url
    host, _, path = rest.partition("/")
    return "@" in host or "?" in rest or "#" in rest or bool(path.strip("/"))


def _url_end(text: str, end: int) -> int:
    """Where a URL tail that reached ``end`` really ends (it continues while tail characters do)."""
    while (m := scan.match(_URL_MORE, text, end)) is not None:
        end = m.end()
        if m.end() - m.start() < 1000:
            break
    return end


def _tails(pattern, text: str):
    """(match, end of its whole tail) of each match, the next search starting after that tail,
    as ``finditer`` with an unbounded tail would."""
    pos = 0
    while (m := scan.search(pattern, text, pos)) is not None:
        pos = _url_end(text, m.end())
        yield m, pos


def _url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every URL candidate, left to right, none inside another.

    A candidate that starts inside an earlier one ends where it ends (the tail runs to the same
    space or quote), so dropping it is what one left-to-right scan would do.
    """
    if "://" not in text and "." not in text:
        return []
    found = [(m.start() - (5 if text[m.start() - 1] in "sS" else 4), end) for m, end in _tails(_URL_SCHEME, text)]
    found += [(m.start() - 3, end) for m, end in _tails(_URL_WWW, text)]
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _emails(text: str) -> Iterator[Entity]:
    """E-mail addresses: local part (at most 64 characters) "@" domain."""
    # Scanned only around the "@"s (a run start is at most 65 characters before its "@"; prose
    # has few): "@"s closer than that share one scan, so a text dense with them is one scan.
    at = text.find("@")
    while at >= 0:
        last = at  # the last "@" of the group: none in the 66 characters after it
        while (later := text.rfind("@", last + 1, last + 67)) >= 0:
            last = later
        nxt = text.find("@", last + 1)
        if last - at > _DENSE:
            for m in scan.finditer(_EMAIL, text, max(0, at - 65), min(len(text), last + _DOMAIN_AFTER)):
                if m.start() > last:
                    break  # none can: a local part reaches an "@" at most 65 characters on
                yield Entity(m.start(), m.end("domain"), EntityType.EMAIL, text[m.start():m.end("domain")])
        else:
            for m in scan.finditer(_LOCAL_AT, text, max(0, at - 65), last + 1):
                domain = _DOMAIN.match(text, m.end())  # bounded reach: one attempt
                if domain:
                    yield Entity(m.start(), domain.end(), EntityType.EMAIL, text[m.start():domain.end()])
        # An "@" after 64 or more local-part characters that was not taken above (its run is
        # longer, or its domain does not hold): the local part is within the last 64 of them,
        # found as it always was.
        for m in scan.finditer(_LONG_LOCAL, text, max(0, at - 65), last + 1):
            a = m.end() - 1
            taken = scan.match(_LOCAL_AT, text, a - 64)  # a run of exactly 64: taken above
            if taken is not None and taken.end() == a + 1 and _DOMAIN.match(text, a + 1):
                continue
            local = scan.search(_LOCAL, text, a - 64, a)
            domain = scan.match(_DOMAIN, text, a + 1)
            if local and domain and text[local.start() - 1] not in ".+-":
                yield Entity(local.start(), domain.end(), EntityType.EMAIL, text[local.start():domain.end()])
        at = nxt


class ContactDetector:
    """E-mail, URL and IP detection with plain regexes plus a validity check."""

    name = "contact"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield e-mails, personal URLs and valid IPv4/IPv6 addresses."""
        if "@" in text:
            yield from _emails(text)
        for start, end in _url_spans(text):
            raw = text[start:end]
            url = raw.rstrip(_URL_TRAIL)
            if "(" in url and url.endswith(")") is False and raw[len(url):].startswith(")"):
                url += ")"  # wikipedia-style (...) inside a URL
            if _url_is_personal(url):
                yield Entity(start, start + len(url), EntityType.URL, url)
        for m in scan.finditer(_IPV4_AFTER_FIRST_OCTET, text):
            start = m.start() - 1
            while start > 0 and text[start - 1].isdigit():
                start -= 1
            ip = text[start:m.end()]
            # no part above 255; "078.108.46.75" (3.3.2.2 digits, a leading 0) is a Swiss mobile
            # number written with dots, which the phone detectors take -- "192.168.001.010" stays an IP
            parts = ip.split(".")
            if all(int(part) <= 255 for part in parts) and not (
                    parts[0][0] == "0" and [len(part) for part in parts] == [3, 3, 2, 2]):
                if all(len(part) == 2 for part in parts) and phone_cue_before(text, start):
                    # "tél. 27.18.24.74": Luxembourg's and France's numbers in pairs, after a phone's cue
                    yield Entity(start, m.end(), EntityType.PHONE, ip)
                else:
                    yield Entity(start, m.end(), EntityType.IP, ip)
        if "::" in text or (text.count(":") >= 5 and scan.search(_TWO_HEX_COLONS, text) is not None):
            for m in scan.finditer(_IPV6, text):
                cand = m.group(0)
                if cand.count(":") < 2 or len(cand) < 3:
                    continue
                try:
                    ipaddress.IPv6Address(cand.split("%")[0])
                except ValueError:
                    continue
                if cand.strip(":") and any(c.isalnum() for c in cand):
                    yield Entity(m.start(), m.end(), EntityType.IP, cand)
