"""Restarts: no ledger row is lost on a clean shutdown (the writer's interval is set to an hour, so
only the shutdown flush can have written them), the spent budget survives, and the zero-setup
start creates its SQLite database and says how to get a key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest

from tests.accounts.conftest import GatewayFactory
from tests.accounts.test_http import PROMPT


def recorded(gateways: GatewayFactory, config: Path, org: str) -> int:
    rows = json.loads(gateways.cli(config, "usage", "--org", org, "--json").stdout)
    return sum(row["requests"] for row in rows)


def test_restart_loses_no_ledger_rows_and_keeps_the_budget(gateways: GatewayFactory) -> None:
    workdir = gateways.tmp.mktemp("restart")
    config = gateways.config(f"sqlite:///{workdir}/tarnkappe.db", accounts={"ledger_flush_interval_seconds": 3600})
    first = gateways.start(config, workdir)
    assert "tarnkappe keys create --org default" in first.log_path.read_text()  # no key yet: says how
    gateways.cli(first.config_path, "orgs", "create", "restart-org", "--limit", "0.12915")  # 3.5 metered requests
    key = gateways.cli(first.config_path, "keys", "create", "--org", "restart-org").stdout.strip()
    client = first.client(key)
    for _ in range(3):
        client.chat.completions.create(model="fake/metered", messages=[{"role": "user", "content": PROMPT}], max_tokens=41)
    for stream in (False, True, False, True, False):
        answer = client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "hi"}],
                                                stream=stream)
        if stream:
            list(answer)
    first.stop()
    assert first.shut_down_cleanly()
    assert recorded(gateways, first.config_path, "restart-org") == 8

    second = gateways.start(config, workdir)
    assert "tarnkappe keys create" not in second.log_path.read_text()  # a key exists now
    client = second.client(key)
    with pytest.raises(openai.PermissionDeniedError) as refused:  # the spent budget survived the restart
        client.chat.completions.create(model="fake/metered", messages=[{"role": "user", "content": PROMPT}], max_tokens=41)
    assert refused.value.code == "insufficient_quota"
    assert client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": "hi"}]).choices
    second.stop()
    assert recorded(gateways, second.config_path, "restart-org") == 10


def test_peakprivacy_dialect_gets_its_exact_403_body(gateways: GatewayFactory) -> None:
    workdir = gateways.tmp.mktemp("peak")
    gateway = gateways.start(gateways.config(f"sqlite:///{workdir}/tarnkappe.db"), workdir)
    try:
        gateways.cli(gateway.config_path, "orgs", "create", "peak-org", "--limit", "0.001")
        key = gateways.cli(gateway.config_path, "keys", "create", "--org", "peak-org").stdout.strip()
        response = httpx.post(
            gateway.base_url + "/v1/ai/completions",
            headers={"Api-token": key, "X-Requested-With": "XMLHttpRequest", "Accept": "application/json"},
            json={"model": "fake/metered", "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 41},
        )
        assert response.status_code == 403
        assert response.json() == {"error": "Subscription amount limit has been reached"}
    finally:
        gateway.stop()


def test_zero_setup_start_creates_the_sqlite_database(tmp_path: Path) -> None:
    """`tarnkappe serve` with no configuration at all: tarnkappe.db appears in the user's data
    directory (not the current folder), migrated, and the first-start text says how to create a key."""
    from tests.conftest import free_port

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TARNKAPPE_")} | {"XDG_DATA_HOME": str(tmp_path)}
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--port", str(port)], cwd=tmp_path,
                                   env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180  # the embedded local models load first; a loaded CI machine is slow
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError(log_path.read_text()[-2000:])
        assert (tmp_path / "tarnkappe" / "tarnkappe.db").exists() and not (tmp_path / "tarnkappe.db").exists()
        text = log_path.read_text()
        assert "tarnkappe keys create --org default" in text and "created, migrated to 0" in text and ", 0 active API keys" in text
    finally:
        process.terminate()
        process.wait(timeout=30)
