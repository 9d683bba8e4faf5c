"""The database a command opens does not depend on the folder it is run from: a relative SQLite
path is relative to the configuration file (the built-in defaults: the user's data directory), the
same for `serve` and every CLI command, and errors that depend on the database name it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.gateways import free_port, wait_until_ready


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TARNKAPPE_")}
    return {**env, **extra}


def tarnkappe(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tarnkappe", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


def folders(tmp_path: Path, *names: str) -> list[Path]:
    made = [tmp_path / name for name in names]
    for folder in made:
        folder.mkdir()
    return made


def test_a_relative_database_is_next_to_the_configuration(tmp_path: Path) -> None:
    home, elsewhere, third = folders(tmp_path, "home", "elsewhere", "third")
    config = home / "tarnkappe.yaml"
    config.write_text(yaml.safe_dump({"database": {"url": "sqlite:///tarnkappe.db"}, "models": []}))
    env = clean_env()
    created = tarnkappe("orgs", "create", "acme", "--config", str(config), cwd=elsewhere, env=env)
    assert created.returncode == 0, created.stderr
    assert (home / "tarnkappe.db").exists() and not (elsewhere / "tarnkappe.db").exists()
    assert f"no database at sqlite:///{home / 'tarnkappe.db'} yet" in created.stderr  # said, not silent
    listed = tarnkappe("orgs", "list", "--json", "--config", str(config), cwd=third, env=env)
    assert '"name": "acme"' in listed.stdout and "no database" not in listed.stderr
    assert not (third / "tarnkappe.db").exists()

    # serve, started from yet another folder, opens the same file
    port = free_port()
    log_path = third / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--config", str(config), "--port",
                                    str(port)], cwd=third, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}", process, log_path, timeout=60)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert f"Accounts database sqlite:///{home / 'tarnkappe.db'}: schema 0" in log_path.read_text()  # made by orgs
    assert not (third / "tarnkappe.db").exists()


def test_an_explicit_data_directory_wins_over_the_configurations_folder(tmp_path: Path) -> None:
    """A container mounts its configuration read-only (/etc/tarnkappe) and its data elsewhere
    (/data): TARNKAPPE_DATA_DIR says where relative SQLite paths are."""
    etc, data, cwd = folders(tmp_path, "etc", "data", "cwd")
    config = etc / "tarnkappe.yaml"
    config.write_text(yaml.safe_dump({"database": {"url": "sqlite:///tarnkappe.db"}, "models": []}))
    made = tarnkappe("orgs", "create", "acme", "--config", str(config), cwd=cwd,
                     env=clean_env(TARNKAPPE_DATA_DIR=str(data)))
    assert made.returncode == 0, made.stderr
    assert (data / "tarnkappe.db").exists() and not (etc / "tarnkappe.db").exists()


def test_the_built_in_defaults_use_the_data_directory_from_every_folder(tmp_path: Path) -> None:
    data, one, other = folders(tmp_path, "data", "one", "other")
    env = clean_env(XDG_DATA_HOME=str(data))
    assert tarnkappe("orgs", "create", "acme", cwd=one, env=env).returncode == 0
    database = data / "tarnkappe" / "tarnkappe.db"
    assert database.exists() and not (one / "tarnkappe.db").exists()
    assert oct(database.parent.stat().st_mode & 0o777) == "0o700"
    key = tarnkappe("keys", "create", "--org", "acme", cwd=other, env=env)
    assert key.returncode == 0 and key.stdout.startswith("tk-"), key.stderr
    assert not (other / "tarnkappe.db").exists()

    missing = tarnkappe("keys", "create", "--org", "nope", cwd=other, env=env)
    assert missing.returncode == 1
    assert f"sqlite:///{database}: no organization named 'nope'" in missing.stderr
    usage = tarnkappe("usage", "--org", "nope", cwd=one, env=env)
    assert usage.returncode == 1 and f"sqlite:///{database}: no organization named 'nope'" in usage.stderr


def test_the_commands_printed_at_first_start_work_without_the_venv_on_path(tmp_path: Path) -> None:
    """A first start prints how to create a lasting key: a command that works as printed, from any
    folder and in a shell where the venv is not active (its bin/ not on PATH)."""
    import shlex

    import httpx

    home, started_in, elsewhere = folders(tmp_path, "home", "started-in", "elsewhere")
    config = home / "tarnkappe.yaml"
    config.write_text(yaml.safe_dump({"models": []}))
    bare_path = os.pathsep.join(p for p in ("/usr/local/bin", "/usr/bin", "/bin") if Path(p).is_dir())
    env = clean_env(PATH=bare_path)
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--config", str(config), "--port",
                                    str(port)], cwd=started_in, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}", process, log_path, timeout=60)
        lines = [line.strip() for line in log_path.read_text().splitlines()]
        printed = next(line for line in lines if " keys create --org default" in line)
        argv = shlex.split(printed)
        assert os.path.isabs(argv[0]) and argv[-2:] == ["--config", str(config)], printed
        created = subprocess.run(argv, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
        assert created.returncode == 0, created.stderr
        key = created.stdout.strip()
        answer = httpx.get(f"http://127.0.0.1:{port}/v1/models", headers={"Authorization": f"Bearer {key}"})
        assert answer.status_code == 200  # the gateway's own database: the key is accepted
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_busy_port_fails_at_once_with_one_line(tmp_path: Path) -> None:
    """Starting on a port that another process listens on: one error line and exit 1, before the
    database is created or migrated and before any model is loaded."""
    import socket

    config = tmp_path / "tarnkappe.yaml"
    config.write_text(yaml.safe_dump({"models": [{"name": "m", "provider": "openai", "base_url": "http://127.0.0.1:9/v1",
                                                  "api_key": "x", "region": "eu"}]}))
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = tarnkappe("serve", "--config", str(config), "--port", str(port), cwd=tmp_path, env=clean_env())
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"tarnkappe: cannot listen on 127.0.0.1:{port}: already in use (is another gateway running?)"]
    assert not (tmp_path / "tarnkappe.db").exists()
