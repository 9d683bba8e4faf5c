"""The access log's line written straight to configure_logging's handler (logs.write_info) is the
line the logging machinery writes for the same record, in both formats; any other set-up gets the
record itself."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator

import pytest

from tarnkappe.logs import JsonFormatter, LineHandler, LogfmtFormatter, write_info

FIELDS = {"model": "fake/echo", "provider": "openai", "key_id": "key_1", "stream": False, "outcome": "ok",
          "prompt_tokens": 12, "completion_tokens": None, "upstream_ms": 1.25, "anonymized": True,
          "note": 'a "quoted"\nvalue\u2028', "_private": "never"}
MESSAGE = "POST /v1/chat/completions 200 1.3ms"


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("tarnkappe.test_access_line")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    yield logger
    logger.handlers[:] = []
    logger.propagate = True


def _without_time(line: str) -> str:
    line = re.sub(r"^time=\S+ ", "", line)
    return re.sub(r'^\{"time":"[^"]+",', "{", line)


@pytest.mark.parametrize("formatter", [LogfmtFormatter, JsonFormatter])
def test_the_direct_line_is_the_records_line(logger: logging.Logger, formatter: type[logging.Formatter]) -> None:
    stream = io.StringIO()
    handler = LineHandler(stream)
    handler.setFormatter(formatter())
    logger.addHandler(handler)
    write_info(logger, MESSAGE, dict(FIELDS))
    logger.info(MESSAGE, extra=dict(FIELDS))
    direct, through_logging = stream.getvalue().splitlines()
    assert _without_time(direct) == _without_time(through_logging)
    assert "never" not in direct and "\u2028" not in direct and "\n" not in direct
    if formatter is JsonFormatter:
        record = json.loads(direct)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", record["time"])
        assert record["msg"] == MESSAGE and record["prompt_tokens"] == 12 and record["completion_tokens"] is None
    else:
        assert direct.startswith("time=") and f" msg=\"{MESSAGE}\" model=fake/echo " in direct


def test_another_handler_gets_the_record(logger: logging.Logger) -> None:
    stream = io.StringIO()
    handler = LineHandler(stream)
    handler.setFormatter(LogfmtFormatter())
    logger.addHandler(handler)
    records: list[logging.LogRecord] = []
    other = logging.Handler()
    other.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(other)
    write_info(logger, MESSAGE, dict(FIELDS))
    assert len(stream.getvalue().splitlines()) == 1
    assert len(records) == 1 and records[0].getMessage() == MESSAGE and records[0].__dict__["model"] == "fake/echo"
