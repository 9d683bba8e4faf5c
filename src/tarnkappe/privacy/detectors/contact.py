"""E-mail addresses, URLs that carry a path, and IP addresses."""

from __future__ import annotations

import ipaddress
import re
from typing import Iterator

from ..entities import Entity, EntityType

# Anchored at each "@" (rare in text) instead of scanning every position.
_LOCAL = re.compile(r"[\w+\-](?:[\w.+\-]{0,62}[\w+\-])?$")
_DOMAIN = re.compile(r"[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)*\.[^\W\d_]{2,24}(?![\w\-])")
_URL = re.compile(r"[hHwW](?:(?<=[hH])[tT][tT][pP][sS]?://|(?<=[wW])[wW][wW]\.)[^\s<>\"'`]+")
_URL_TRAIL = ".,;:!?)]}'\""
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"[0-9A-Fa-f:](?<![\w:][0-9A-Fa-f:])[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{0,4}:){1,6}[0-9A-Fa-f]{0,4}(?:%\w+)?(?![\w:])")


def _url_is_personal(url: str) -> bool:
    """A bare domain is public information; a path, query or userinfo may be personal.

    (linkedin.com/in/anna-meier, example.ch/user?id=4711, ftp://anna@host).
    """
    rest = re.sub(r"^(?:https?://)?", "", url, flags=re.IGNORECASE)
    host, _, path = rest.partition("/")
    return "@" in host or "?" in rest or "#" in rest or bool(path.strip("/"))


class ContactDetector:
    """E-mail, URL and IP detection with plain regexes plus a validity check."""

    name = "contact"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield e-mails, personal URLs and valid IPv4/IPv6 addresses."""
        at = text.find("@")
        while at > 0:
            local = _LOCAL.search(text, max(0, at - 64), at)
            domain = _DOMAIN.match(text, at + 1)
            if local and domain and not (local.start() and text[local.start() - 1] in ".+-"):
                yield Entity(local.start(), domain.end(), EntityType.EMAIL, text[local.start():domain.end()])
            at = text.find("@", at + 1)
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(_URL_TRAIL)
            if "(" in url and url.endswith(")") is False and m.group(0)[len(url):].startswith(")"):
                url += ")"  # wikipedia-style (...) inside a URL
            if _url_is_personal(url):
                yield Entity(m.start(), m.start() + len(url), EntityType.URL, url)
        for m in _IPV4.finditer(text):
            if all(int(part) <= 255 for part in m.group(0).split(".")):
                yield Entity(m.start(), m.end(), EntityType.IP, m.group(0))
        if "::" in text or text.count(":") >= 5:
            for m in _IPV6.finditer(text):
                cand = m.group(0)
                if cand.count(":") < 2 or len(cand) < 3:
                    continue
                try:
                    ipaddress.IPv6Address(cand.split("%")[0])
                except ValueError:
                    continue
                if cand.strip(":") and any(c.isalnum() for c in cand):
                    yield Entity(m.start(), m.end(), EntityType.IP, cand)
