"""Password hashing for console users: argon2id, with the parameters of `argon2-cffi`'s
`PasswordHasher` (RFC 9106's second recommended set: 64 MiB, 3 passes).

Hashing and verifying cost tens of milliseconds of CPU on purpose, so the async callers run them
in a thread: a sign-in must not stall the gateway's requests for that long.
"""

from __future__ import annotations

import asyncio
import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class Passwords:
    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()

    @functools.cached_property
    def _dummy(self) -> str:
        """Verified against when the e-mail address is unknown, so that a sign-in takes as long for
        an unknown address as for a wrong password (no user enumeration by timing). Made on first
        use, not at start: hashing takes argon2's 64 MiB, which a gateway whose console nobody
        uses should not hold at its peak."""
        return self._hasher.hash("not a password of anyone")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash or self._dummy, password) and stored_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True when the hash was made with weaker parameters than today's."""
        return self._hasher.check_needs_rehash(stored_hash)

    async def hash_async(self, password: str) -> str:
        return await asyncio.to_thread(self.hash, password)

    async def verify_async(self, stored_hash: str | None, password: str) -> bool:
        return await asyncio.to_thread(self.verify, stored_hash, password)
