"""Request ids: `req_`, the time in milliseconds (12 hex digits), 80 random bits (20 hex digits) —
unique, within the ledger's column, and ordered by time (server/middleware.py)."""

from __future__ import annotations

import re
import time

from tarnkappe.accounts.models import LedgerRow
from tarnkappe.server.middleware import new_request_id


def test_format_and_column_width() -> None:
    request_id = new_request_id()
    assert re.fullmatch(r"req_[0-9a-f]{32}", request_id)
    assert len(request_id) <= LedgerRow.__table__.c.request_id.type.length  # type: ignore[attr-defined]


def test_the_prefix_is_the_time_in_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    request_id = new_request_id()
    after = time.time_ns() // 1_000_000
    assert before <= int(request_id[4:16], 16) <= after


def test_unique_and_ordered_by_time() -> None:
    ids = [new_request_id() for _ in range(100_000)]
    assert len(set(ids)) == len(ids)
    # Ids of different milliseconds sort by time; within one millisecond the random part decides.
    stamps = [i[4:16] for i in ids]
    assert stamps == sorted(stamps)
    time.sleep(0.002)
    assert new_request_id() > max(ids)
