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
from typing import Any, TextIO

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
        line = self.line(record.created, record.msecs, record.levelname, record.name, record.getMessage(),
                         record.__dict__)
        if record.exc_info and record.exc_info[1] is not None:
            # An exception logged by a library (uvicorn's "Exception in ASGI application"): its type
            # and where it happened, never its message, which may quote request data.
            line += "".join(f" {key}={_quote(value)}" for key, value in exception_fields(record.exc_info[1]).items())
        return line

    def line(self, created: float, msecs: float, level: str, name: str, message: str, fields: dict[str, Any]) -> str:
        """The line of a record made at `created` with these fields (a record's attributes, of
        which only its own, not logging's, are written): `format` and `write_info` share it."""
        second = int(created)
        if second != self._second:
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%S", self.converter(second))
            self._second = second
        parts = [
            f"time={self._stamp} level={level.lower()} logger={name} "
            f"request_id={request_id_var.get()} msg={_quote(message)}"
        ]
        for key, value in fields.items():
            if key not in _STANDARD and not key.startswith("_"):
                parts.append(f"{key}={_quote(str(value))}")
        return " ".join(parts)


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the fields the logfmt line has (`time`, `level`, `logger`,
    `request_id`, `msg`, then the record's own). ASCII only: every control, line separator and
    non-ASCII character is escaped, so no value can start a line or forge a field."""

    def format(self, record: logging.LogRecord) -> str:
        fields = self.fields(record.created, record.msecs, record.levelname, record.name, record.getMessage(),
                             record.__dict__)
        if record.exc_info and record.exc_info[1] is not None:
            fields.update(exception_fields(record.exc_info[1]))  # never the exception's message
        return json.dumps(fields, ensure_ascii=True, separators=(",", ":"))

    def line(self, created: float, msecs: float, level: str, name: str, message: str, fields: dict[str, Any]) -> str:
        """The line of a record made at `created` with these fields (see LogfmtFormatter.line)."""
        return json.dumps(self.fields(created, msecs, level, name, message, fields), ensure_ascii=True,
                          separators=(",", ":"))

    @staticmethod
    def fields(created: float, msecs: float, level: str, name: str, message: str,
               attributes: dict[str, Any]) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)) + f".{int(msecs):03d}Z",
            "level": level.lower(),
            "logger": name,
            "request_id": request_id_var.get(),
            "msg": message,
        }
        for key, value in attributes.items():
            if key not in _STANDARD and not key.startswith("_") and key not in fields:
                fields[key] = value if isinstance(value, (bool, int, float)) or value is None else str(value)
        return fields


class LineHandler(logging.StreamHandler[TextIO]):
    """The handler `configure_logging` installs: a StreamHandler that `write_info` may write to
    directly while it is the only one a record would reach."""


def write_info(logger: logging.Logger, message: str, fields: dict[str, Any]) -> None:
    """`logger.info(message, extra=fields)` (the caller has checked the level), the same line in the
    same place, without the logging machinery around it when nothing but `configure_logging`'s
    handler and formatter would see the record: the access log writes one line per request, and
    the LogRecord of twenty attributes, the walk to the handlers and the filtering of those
    attributes cost as much as the line itself. Any other set-up (a handler or filter added by a
    test, a library or an embedding application) is given the record as before."""
    handler = _sole_line_handler(logger)
    if handler is None:
        logger.info(message, extra=fields)
        return
    formatter = handler.formatter
    assert isinstance(formatter, (LogfmtFormatter, JsonFormatter))
    now = time.time_ns()
    created = now / 1e9
    line = formatter.line(created, (now % 1_000_000_000) // 1_000_000, "INFO", logger.name, message, fields)
    handler.acquire()
    try:
        handler.stream.write(line + handler.terminator)
        handler.stream.flush()
    except RecursionError:
        raise
    except Exception:
        handler.handleError(logger.makeRecord(logger.name, logging.INFO, "(unknown file)", 0, message, (), None,
                                              extra=fields))
    finally:
        handler.release()


def _sole_line_handler(logger: logging.Logger) -> LineHandler | None:
    """The handler a record of `logger` would reach, if it is the only one, is `configure_logging`'s
    own (exact types: a subclass may format differently) and nothing filters on the way."""
    if logger.disabled or logger.filters:
        return None
    found: logging.Handler | None = None
    node: logging.Logger | None = logger
    while node is not None:
        for handler in node.handlers:
            if found is not None:
                return None
            found = handler
        if not node.propagate:
            break
        node = node.parent
    if (type(found) is not LineHandler or found.filters or found.level > logging.INFO
            or type(found.formatter) not in (LogfmtFormatter, JsonFormatter)):
        return None
    return found


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
    handler = LineHandler(sys.stderr)
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
