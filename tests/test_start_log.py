"""What a start writes to the service log: one line for the database's migration (not alembic's
docstrings with literal \\n), no llama.cpp cache notice, no "Loading weights" progress bar — while
llama.cpp's errors are still logged as errors."""

from __future__ import annotations

import logging

import pytest

from tests.conftest import LOCAL_ENTRIES
from tests.gateways import running_gateway


@pytest.mark.local_models
def test_a_start_with_the_local_models_logs_no_noise(tmp_path: pytest.TempPathFactory) -> None:
    config = {"models": LOCAL_ENTRIES, "database": {"url": "sqlite:///tarnkappe.db"}}
    with running_gateway(config, {}, tmp_path) as (_, log_path):  # ready: both models loaded
        log = log_path.read_text()
    assert "model ready\" model=local/gemma-3-270m" in log and "model=local/all-minilm-l6-v2" in log
    assert "Accounts database sqlite:///" in log and ": created, migrated to 0" in log
    assert "Running upgrade" not in log and "\\n" not in log
    assert "llama_kv_cache" not in log and "SWA cache" not in log
    assert "Loading weights" not in log and "it/s]" not in log


def test_llama_cpp_warnings_are_quiet_and_its_errors_are_errors(caplog: pytest.LogCaptureFixture) -> None:
    from tarnkappe.providers import local_chat

    local_chat.route_llama_logs()
    callback = local_chat._llama_callback  # the ctypes function llama.cpp calls
    with caplog.at_level(logging.DEBUG, logger="tarnkappe.llama_cpp"):
        callback(3, b"llama_kv_cache_iswa: using full-size SWA cache\n", None)
        callback(4, b"llama_model_load: error loading model: bad magic\n", None)
        callback(5, b"tensor 'x' has wrong shape\n", None)  # continues the error
    levels = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "tarnkappe.llama_cpp"]
    assert levels == [(logging.DEBUG, "llama_kv_cache_iswa: using full-size SWA cache"),
                      (logging.ERROR, "llama_model_load: error loading model: bad magic"),
                      (logging.ERROR, "tensor 'x' has wrong shape")]
