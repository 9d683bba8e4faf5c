"""Faults the fake upstreams inject, shared by all of them."""

from __future__ import annotations

import asyncio
from typing import NoReturn


async def drop_connection() -> NoReturn:
    """Drop the connection mid-stream, a moment after the last chunk, as a failing upstream does.

    Chunks arriving in the same instant as the reset would be lost or not depending on scheduling:
    aiohttp raises a connection error before handing out data it has already buffered.
    """
    await asyncio.sleep(0.2)
    raise ConnectionResetError
