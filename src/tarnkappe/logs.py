"""Logging set-up: one line per event, logfmt, with the request id.

What may appear in a log line is decided by the code that logs (ids, model names, token counts,
statuses, durations) — never request or answer text. Fields passed with `extra=` are appended as
key=value pairs.

A request is logged once, by the HTTP edge when it ends; deeper layers add their fields to
`request_log_fields` instead of writing lines of their own (one write per request, not two).
"""

from __future__ import annotations

import logging
import re
import sys
import time
from contextvars import ContextVar
from typing import Any

request_id_var: ContextVar[str] = ContextVar("tarnkappe_request_id", default="-")
request_log_fields: ContextVar[dict[str, Any] | None] = ContextVar("tarnkappe_request_log_fields", default=None)

# Record attributes that are not fields of ours (uvicorn adds a terminal-coloured copy of its message).
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "color_message"}


class LogfmtFormatter(logging.Formatter):
    """A line per record. It runs once per request, so the timestamp is formatted once per second
    (not per line) and quoting is decided by one regular-expression search."""

    def __init__(self) -> None:
        super().__init__()
        self._second = -1
        self._stamp = ""

    def format(self, record: logging.LogRecord) -> str:
        second = int(record.created)
        if second != self._second:
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%S", self.converter(second))
            self._second = second
        fields = [
            f"time={self._stamp} level={record.levelname.lower()} logger={record.name} "
            f"request_id={request_id_var.get()} msg={_quote(record.getMessage())}"
        ]
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                fields.append(f"{key}={_quote(str(value))}")
        return " ".join(fields)


_NEEDS_QUOTES = re.compile(r'[ "=\n]')


def _quote(value: str) -> str:
    if value and _NEEDS_QUOTES.search(value) is None:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LogfmtFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Nothing we write names a source line, a thread or a process: spare every record the stack
    # walk and lookups that fill those fields (a tenth of the logging cost per request).
    logging._srcfile = None  # documented in logging/__init__.py: None turns findCaller() off
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    # Quieten libraries that log request details of their own.
    for noisy in ("uvicorn.access", "httpx", "httpcore", "sentence_transformers", "urllib3", "alembic.runtime.plugins"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
