"""Logging set-up: one line per event, logfmt (or, with `server.log_format: json`, one JSON object
per line with the same fields), with the request id.

What may appear in a log line is decided by the code that logs (ids, model names, token counts,
statuses, durations) — never request or answer text. Fields passed with `extra=` are appended as
key=value pairs.

A request is logged once, by the HTTP edge when it ends; deeper layers add their fields to
`request_log_fields` instead of writing lines of their own (one write per request, not two).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import traceback
from contextvars import ContextVar
from typing import Any

request_id_var: ContextVar[str] = ContextVar("tarnkappe_request_id", default="-")
request_log_fields: ContextVar[dict[str, Any] | None] = ContextVar("tarnkappe_request_log_fields", default=None)
# The client's address (after trusted proxies), for limits per client; never logged.
client_address_var: ContextVar[str | None] = ContextVar("tarnkappe_client_address", default=None)

# Record attributes that are not fields of ours (uvicorn adds a terminal-coloured copy of its message).
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message", "asctime", "color_message"
}


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
        if record.exc_info and record.exc_info[1] is not None:
            # An exception logged by a library (uvicorn's "Exception in ASGI application"): its type
            # and where it happened, never its message, which may quote request data.
            for key, value in exception_fields(record.exc_info[1]).items():
                fields.append(f"{key}={_quote(value)}")
        return " ".join(fields)


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the fields the logfmt line has (`time`, `level`, `logger`,
    `request_id`, `msg`, then the record's own). ASCII only: every control, line separator and
    non-ASCII character is escaped, so no value can start a line or forge a field."""

    def format(self, record: logging.LogRecord) -> str:
        created = time.gmtime(record.created)
        fields: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", created) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "request_id": request_id_var.get(),
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_") and key not in fields:
                fields[key] = value if isinstance(value, (bool, int, float)) or value is None else str(value)
        if record.exc_info and record.exc_info[1] is not None:
            fields.update(exception_fields(record.exc_info[1]))  # never the exception's message
        return json.dumps(fields, ensure_ascii=True, separators=(",", ":"))


def log_unexpected(exc: BaseException) -> None:
    """Log an exception nobody expected. Its message may quote request data, so only its type
    and where it happened (file:line function of its innermost frames) are written."""
    logging.getLogger("tarnkappe.errors").error(
        "unhandled exception while serving a request", extra=exception_fields(exc)
    )


def exception_fields(exc: BaseException, frames: int = 3) -> dict[str, str]:
    """`error` (the exception's type) and `where` (its innermost frames as file:line function,
    innermost first) — what an operator needs to find a bug, without the exception's message."""
    stack = traceback.extract_tb(exc.__traceback__)[-frames:]
    where = " < ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(stack))
    return {"error": type(exc).__name__, "where": where or "-"}


# Everything that could end a line, paint a terminal or reorder what it shows: C0 and C1 controls,
# DEL, the Unicode line and paragraph separators, the bidirectional overrides; and what quoting
# itself needs (space, quote, equals, backslash).
_NEEDS_QUOTES = re.compile(r'[\x00-\x20"=\\\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')
_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]')
_NAMED = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _quote(value: str) -> str:
    """A logfmt value: as it is when it needs nothing, else quoted, with every control and line
    separator written as an escape, so that no value can start a line or forge a field."""
    if value and _NEEDS_QUOTES.search(value) is None:
        return value
    return '"' + _ESCAPED.sub(_escape, value) + '"'


def configure_logging(level: str, log_format: str = "logfmt") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else LogfmtFormatter())
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
    # Alembic's "Running upgrade A -> B, <the revision's docstring>" lines (serve says in one line what
    # it migrated); its warnings and errors still show. At debug, all of it.
    logging.getLogger("alembic.runtime.migration").setLevel(logging.DEBUG if level == "debug" else logging.WARNING)
