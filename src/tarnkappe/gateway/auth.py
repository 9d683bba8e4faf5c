"""API keys: their generation, their digests, and the keys listed in the configuration file.

The principal a key stands for, and its rules, are `core/principal.py`'s.

Keys are only ever compared as SHA-256 digests: the gateway keeps no secret in memory longer than
the request that presented it. Keys are long random strings, so a fast hash is the right tool
(a slow password hash buys nothing against 256 bits of entropy and would cost every request).
"""

from __future__ import annotations

import hashlib
import secrets

from tarnkappe.config import ApiKeyEntry
from tarnkappe.core.principal import Principal

KEY_PREFIX = "tk-"
DEFAULT_ORG = "default"


def generate_key() -> str:
    """A new API key: a recognisable prefix and 256 bits from the OS's CSPRNG."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class ConfigKeyStore:
    """Keys listed in the configuration file (in clear from the environment, or as digests).

    With accounts on, they belong to the built-in organization "default", which has no limits:
    pass its id as `org_id` so that their requests are metered too."""

    def __init__(self, entries: list[ApiKeyEntry], *, org_id: str | None = None) -> None:
        self._by_hash: dict[str, Principal] = {}
        self._org_id = org_id
        for entry in entries:
            digest = entry.sha256 or (hash_key(entry.key) if entry.key else None)
            if digest:
                self._by_hash[digest] = self._principal(digest, entry.name)

    def _principal(self, digest: str, name: str) -> Principal:
        org_name = DEFAULT_ORG if self._org_id else None
        return Principal(key_id=digest[:12], key_name=name, org_id=self._org_id, org_name=org_name)

    def __len__(self) -> int:
        return len(self._by_hash)

    def add(self, secret: str, name: str) -> Principal:
        digest = hash_key(secret)
        principal = self._principal(digest, name)
        self._by_hash[digest] = principal
        return principal

    def lookup(self, digest: str) -> Principal | None:
        """The principal for a key's SHA-256 hex digest."""
        return self._by_hash.get(digest)

    async def authenticate(self, secret: str) -> Principal | None:
        return self._by_hash.get(hash_key(secret))
