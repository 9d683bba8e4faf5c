"""The command line's answers to mistakes: an unknown option is reported by its command with that
command's usage and the closest option; bad amounts and currencies are named; an empty configuration
is an error for check-config and a warning for serve; a YAML error names the file; `users create`
states the password's minimum before asking; `usage` and `db` explain themselves."""

from __future__ import annotations

import fcntl
import os
import select
import subprocess
import sys
import termios
from pathlib import Path

import yaml

from tests.gateways import free_port


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TARNKAPPE_")} | (env or {})
    return subprocess.run([sys.executable, "-m", "tarnkappe", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=60)


def config_file(tmp_path: Path, text: str | None = None) -> Path:
    path = tmp_path / "tarnkappe.yaml"
    path.write_text(yaml.safe_dump({"models": []}) if text is None else text)
    return path


def test_an_unknown_option_gets_its_commands_usage_and_a_suggestion(tmp_path: Path) -> None:
    result = run("orgs", "create", "acme", "--limt", "5", "--config", str(config_file(tmp_path)), cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: tarnkappe orgs create" in result.stderr
    assert "tarnkappe orgs create: error: unrecognized arguments: --limt 5 (did you mean --limit?)" in result.stderr
    assert not (tmp_path / "tarnkappe.db").exists()


def test_a_negative_limit_and_an_unknown_currency_are_named(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    negative = run("orgs", "create", "acme", "--limit", "-5", "--config", config, cwd=tmp_path)
    assert negative.returncode == 2
    assert "argument --limit: -5: the amount must be a non-negative number" in negative.stderr
    currency = run("orgs", "create", "acme", "--currency", "XYZ", "--config", config, cwd=tmp_path)
    assert currency.returncode == 2
    assert "argument --currency: 'XYZ' is not an ISO 4217 currency code" in currency.stderr
    made = run("orgs", "create", "acme", "--currency", "eur", "--json", "--config", config, cwd=tmp_path)
    assert made.returncode == 0 and '"currency": "EUR"' in made.stdout


def test_an_empty_configuration_fails_check_config_and_serve_warns(tmp_path: Path) -> None:
    empty = config_file(tmp_path, "")
    checked = run("check-config", "--config", str(empty), cwd=tmp_path)
    assert checked.returncode == 1 and "ERROR: no models" in checked.stdout
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--config", str(empty), "--port",
                                    str(port)], cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    try:
        from tests.gateways import wait_until_ready

        wait_until_ready(f"http://127.0.0.1:{port}", process, log_path, timeout=60)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert f"WARNING: {empty} names no models" in log_path.read_text()


def test_a_yaml_error_names_the_file(tmp_path: Path) -> None:
    broken = config_file(tmp_path, "models:\n  - name: a\n   provider: x\n")
    result = run("check-config", "--config", str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert f'in "{broken}", line 3' in result.stderr and "<unicode string>" not in result.stderr


def test_usage_and_db_explain_themselves_and_usage_names_its_period(tmp_path: Path) -> None:
    usage_help = " ".join(run("usage", "--help", cwd=tmp_path).stdout.split())
    assert "of all time" in usage_help and "from --since on" in usage_help
    assert "migrates it at start" in " ".join(run("db", "--help", cwd=tmp_path).stdout.split())
    top = run("--help", cwd=tmp_path).stdout.splitlines()
    listing = [line for line in top if line.strip().startswith(("usage ", "db "))]
    assert all(len(line.split()) > 1 for line in listing), listing  # each with its help text
    config = str(config_file(tmp_path))
    assert "# usage of all time" in run("usage", "--config", config, cwd=tmp_path).stderr
    since = run("usage", "--since", "2026-11-01", "--config", config, cwd=tmp_path).stderr
    assert "# usage since 2026-11-01 00:00 UTC, up to now" in since


def read_until(fd: int, wanted: bytes) -> bytes:
    seen = b""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"no {wanted!r} after {seen!r}"
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_users_create_states_the_password_minimum_before_asking(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    assert run("orgs", "create", "acme", "--config", config, cwd=tmp_path).returncode == 0
    master, slave = os.openpty()

    def controlling_terminal() -> None:  # the terminal getpass talks to, as in a shell
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = {k: v for k, v in os.environ.items() if not k.startswith("TARNKAPPE_")}
    process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "users", "create", "--org", "acme", "--email",
                                "a@acme.example", "--config", config], cwd=tmp_path, env=env, stdin=slave,
                               stdout=slave, stderr=slave, preexec_fn=controlling_terminal)
    os.close(slave)
    try:
        before = read_until(master, b"Password: ")
        assert b"The password needs at least 12 characters." in before.split(b"Password: ")[0]
        os.write(master, b"short\n")
        read_until(master, b"Password again: ")
        os.write(master, b"short\n")
        rest = read_until(master, b"characters\r\n")
        assert b"the password must have at least 12 characters" in rest
        assert process.wait(timeout=60) == 1
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
