"""An upstream that cannot be reached: the log names the model, provider and host (never the key,
never the text); `check-config` warns about empty api_keys and `check-config --probe` tries each
remote deployment once and says which answered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openai
import pytest
import yaml
from openai import OpenAI

from tests.fakes.openai_upstream import FakeOpenAI
from tests.gateways import free_port, running_gateway


def check_config(config: dict[str, object], tmp_path: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "tarnkappe.yaml"
    path.write_text(yaml.safe_dump(config))
    return subprocess.run([sys.executable, "-m", "tarnkappe", "check-config", "--config", str(path), *flags],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)


def catalog(upstream_url: str, dead_port: int) -> dict[str, object]:
    common = {"provider": "openai", "region": "eu", "upstream_model": "echo"}
    return {"models": [
        {"name": "up", "base_url": upstream_url, "api_key": "k", **common},
        {"name": "down", "base_url": f"http://127.0.0.1:{dead_port}/v1", "api_key": "k", **common},
        {"name": "keyless", "base_url": upstream_url, "api_key": "", **common},
        {"name": "routed", **common, "api_key": "k", "deployments": [
            {"name": "zurich", "base_url": upstream_url},
            {"name": "frankfurt", "base_url": f"http://127.0.0.1:{dead_port}/v1"}]},
        {"name": "local/gemma-3-270m", "provider": "local", "region": "local"},
    ]}


def line_of(output: str, start: str) -> str:
    return next(line for line in output.splitlines() if line.strip().startswith(start))


def test_check_config_warns_of_empty_keys_and_probes_on_request(upstream: tuple[FakeOpenAI, str],
                                                                tmp_path: Path) -> None:
    _, upstream_url = upstream
    dead_port = free_port()
    upstream_host = upstream_url.split("//")[1].split("/")[0]
    plain = check_config(catalog(upstream_url, dead_port), tmp_path)
    assert plain.returncode == 0, plain.stdout + plain.stderr  # warnings only
    assert line_of(plain.stdout, "keyless").endswith("WARNING: api_key is empty")
    assert line_of(plain.stdout, "up ").endswith(" ok") and "probe" not in plain.stdout

    probed = check_config(catalog(upstream_url, dead_port), tmp_path, "--probe")
    assert probed.returncode == 1  # one deployment did not answer
    out = probed.stdout
    assert f"probe openai@eu {upstream_host}: reachable (HTTP" in out.split("\n  down")[0]
    assert f"probe openai@eu 127.0.0.1:{dead_port}: UNREACHABLE: ClientConnectorError" in out
    assert f"probe zurich {upstream_host}: reachable (HTTP" in out
    assert f"probe frankfurt 127.0.0.1:{dead_port}: UNREACHABLE" in out
    assert out.count("UNREACHABLE") == 2 and "probe local" not in out


def test_the_log_names_model_and_host_of_an_unreachable_upstream(tmp_path: Path) -> None:
    dead_port = free_port()
    secret = "sk-upstream-" + "s3cr3t" * 4
    config = {
        "api_keys": [{"name": "t", "key": "tk-probe-test-key-0123456789"}],
        "accounts": {"enabled": False},
        "models": [{"name": "gone", "provider": "openai", "region": "eu", "base_url": f"http://127.0.0.1:{dead_port}/v1",
                    "api_key": secret, "connect_timeout": 2, "timeout": 5}],
    }
    with running_gateway(config, {}, tmp_path) as (base_url, log_path):
        client = OpenAI(base_url=base_url + "/v1", api_key="tk-probe-test-key-0123456789", max_retries=0)
        for stream in (False, True):
            with pytest.raises(openai.APIStatusError) as failed:
                answer = client.chat.completions.create(model="gone", stream=stream,
                                                        messages=[{"role": "user", "content": "Frau Muster xq7"}])
                list(answer) if stream else None
            assert failed.value.status_code == 502
    log = log_path.read_text()
    lines = [line for line in log.splitlines() if 'msg="upstream unreachable"' in line]
    assert len(lines) == 2
    for line in lines:
        assert "model=gone" in line and "provider=openai" in line and f"host=127.0.0.1:{dead_port}" in line
        assert "error=ClientConnectorError" in line
    assert secret not in log and "xq7" not in log
