"""Configuration: env interpolation, and errors that name the file, the entry and the field."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tarnkappe.config import ConfigError, load_settings, parse_settings


def test_env_interpolation() -> None:
    raw = {"models": [{"name": "m", "provider": "openai", "base_url": "http://x/v1", "api_key": "${KEY}",
                       "region": "${REGION:-ch}"}]}
    settings = parse_settings(raw, "test.yaml", {"KEY": "secret-value"})
    assert settings.models[0].api_key == "secret-value"
    assert settings.models[0].region == "ch"


def test_missing_env_var_names_it() -> None:
    raw = {"models": [{"name": "m", "provider": "openai", "api_key": "${NOT_SET_ANYWHERE}"}]}
    with pytest.raises(ConfigError, match=r"test.yaml: models\[0\].api_key: environment variable NOT_SET_ANYWHERE"):
        parse_settings(raw, "test.yaml", {})


def test_bad_field_names_file_entry_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "models:\n  - name: ok\n    provider: local\n  - name: broken\n    provider: openai\n"
        "    price: {input_per_million: lots, currency: CHF}\n"
    )
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    message = str(info.value)
    assert str(path) in message
    assert "models[1] (name 'broken').price.input_per_million" in message


def test_typo_in_field_is_caught() -> None:
    with pytest.raises(ConfigError, match="upstream_modle"):
        parse_settings({"models": [{"name": "m", "provider": "local", "upstream_modle": "x"}]}, "t.yaml", {})


def test_price_currency_and_decimal() -> None:
    settings = parse_settings({"models": [{"name": "m", "provider": "local",
                                           "price": {"input_per_million": "0.15", "currency": "chf"}}]}, "t", {})
    assert str(settings.models[0].price.input_per_million) == "0.15"
    assert settings.models[0].price.currency == "CHF"


def test_duplicate_model_names() -> None:
    with pytest.raises(ConfigError, match="appears twice"):
        parse_settings({"models": [{"name": "m", "provider": "local"}, {"name": "m", "provider": "local"}]}, "t", {})


def test_built_in_defaults_have_the_local_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TARNKAPPE_CONFIG", raising=False)
    settings = load_settings()
    assert {m.name for m in settings.models} == {"local/gemma-3-270m", "local/all-minilm-l6-v2"}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tarnkappe", *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_cli_help() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "serve" in result.stdout and "base_url" in result.stdout
    serve_help = run_cli("serve", "--help")
    assert "--config" in serve_help.stdout and "--port" in serve_help.stdout


def test_cli_check_config_reports_errors(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("models:\n  - {name: a, provider: teleport}\n  - {name: b, provider: local}\n")
    result = run_cli("check-config", "--config", str(path))
    assert result.returncode == 1
    assert "unknown provider 'teleport'" in result.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("models: [{name: a}]\n")
    result = run_cli("check-config", "--config", str(bad))
    assert result.returncode == 1 and "models[0] (name 'a').provider" in result.stderr


def test_serve_fails_on_bad_config_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("server: {port: not-a-port}\n")
    result = run_cli("serve", "--config", str(path))
    assert result.returncode == 1
    assert "server.port" in result.stderr and "Traceback" not in result.stderr


def test_keys_generate() -> None:
    result = run_cli("keys", "generate", "--name", "ci")
    key = result.stdout.strip()
    assert key.startswith("tk-") and len(key) > 40
    import hashlib
    assert hashlib.sha256(key.encode()).hexdigest() in result.stderr


def test_cli_anonymize_uses_the_configured_terms(tmp_path: Path) -> None:
    config = tmp_path / "t.yaml"
    config.write_text('privacy: {deny_terms: ["Projekt Falke"], allow_terms: ["Meier Treuhand"]}\nmodels: []\n')
    text = tmp_path / "letter.txt"
    text.write_text("Frau Anna Meier von Meier Treuhand zum Projekt Falke: anna.meier@example.ch\n")
    result = run_cli("anonymize", str(text), "--config", str(config), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    masked = out["masked"]
    assert "Anna Meier" not in masked and "anna.meier@example.ch" not in masked and "Projekt Falke" not in masked
    assert "Meier Treuhand" in masked, "allow-listed terms stay"


def test_a_missing_region_is_unknown_and_no_region_rule_allows_it(tmp_path: Path) -> None:
    from tarnkappe.core.principal import ModelRules

    settings = parse_settings({"models": [
        {"name": "remote", "provider": "openai", "base_url": "http://127.0.0.1:1/v1"},
        {"name": "embedded", "provider": "local"},
        {"name": "split", "provider": "openai", "base_url": "http://127.0.0.1:1/v1",
         "deployments": [{"region": "eu"}, {"region": "us"}]},
    ]}, source="t")
    remote, embedded, split = settings.models
    assert remote.region == "unknown" and embedded.region == "local"
    eu_only = ModelRules.of(None, ["eu"], False)
    assert eu_only.denial(remote) is not None, "a forgotten region must not pass an EU-only rule"
    assert eu_only.denial(embedded) is None
    assert eu_only.denial(split) is None and split.regions() == {"eu", "us"}
    assert ModelRules.of(None, ["ch"], False).denial(split) is not None
    assert ModelRules().denial(remote) is None, "without a region rule the model stays usable"

    path = tmp_path / "t.yaml"
    path.write_text("models:\n  - {name: remote, provider: openai, base_url: 'http://127.0.0.1:1/v1'}\n")
    result = run_cli("check-config", "--config", str(path))
    assert result.returncode == 0 and "WARNING: no region" in result.stdout


def test_a_remote_deployment_of_a_local_model_does_not_inherit_local(tmp_path: Path) -> None:
    from tarnkappe.core.principal import ModelRules

    settings = parse_settings({"models": [
        {"name": "m", "provider": "local", "deployments": [
            {"name": "here"}, {"name": "cloud", "provider": "openai", "base_url": "http://127.0.0.1:1/v1"}]},
    ]}, source="t")
    (entry,) = settings.models
    assert [e.region for e in entry.deployment_entries()] == ["local", "unknown"]
    assert ModelRules.of(None, ["eu"], False).denial(entry) is None, "the local deployment may still serve it"

    path = tmp_path / "t.yaml"
    path.write_text("models:\n  - {name: x, provider: openai, region: local, base_url: 'http://127.0.0.1:1/v1'}\n")
    result = run_cli("check-config", "--config", str(path))
    assert result.returncode == 0 and "WARNING: region local on a remote provider" in result.stdout
