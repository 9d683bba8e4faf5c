"""Who is calling: API keys and the principal they stand for.

Keys are only ever compared as SHA-256 digests: the gateway keeps no secret in memory longer than
the request that presented it. Keys are long random strings, so a fast hash is the right tool
(a slow password hash buys nothing against 256 bits of entropy and would cost every request).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Protocol

from tarnkappe.config import ApiKeyEntry

KEY_PREFIX = "tk-"


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller. `key_id` is a non-secret identifier safe to log."""

    key_id: str
    key_name: str
    org_id: str | None = None
    allowed_models: frozenset[str] | None = None

    def may_use(self, model: str) -> bool:
        return self.allowed_models is None or model in self.allowed_models


class KeyStore(Protocol):
    async def authenticate(self, secret: str) -> Principal | None:
        """The principal for this secret, or None if it is unknown, revoked or expired."""


def generate_key() -> str:
    """A new API key: a recognisable prefix and 256 bits from the OS's CSPRNG."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class ConfigKeyStore:
    """Keys listed in the configuration file (in clear from the environment, or as digests)."""

    def __init__(self, entries: list[ApiKeyEntry]) -> None:
        self._by_hash: dict[str, Principal] = {}
        for entry in entries:
            digest = entry.sha256 or (hash_key(entry.key) if entry.key else None)
            if digest:
                self._by_hash[digest] = Principal(key_id=digest[:12], key_name=entry.name)

    def __len__(self) -> int:
        return len(self._by_hash)

    def add(self, secret: str, name: str) -> Principal:
        digest = hash_key(secret)
        principal = Principal(key_id=digest[:12], key_name=name)
        self._by_hash[digest] = principal
        return principal

    async def authenticate(self, secret: str) -> Principal | None:
        return self._by_hash.get(hash_key(secret))
