"""Virtual environments for the third-party software the benchmarks compare against (LiteLLM,
Presidio), each installed from PyPI with the pinned set in bench/requirements/NAME.txt, kept apart
from the project's .venv so that none of their dependencies leaks into Tarnkappe's.

    python bench/venvs.py litellm presidio     # create or reuse them; prints their paths

A venv lives in bench/.venvs/NAME-HASH (git-ignored), HASH being that of its requirements file: a
changed pin makes a new venv, an unchanged one is reused (created once, seconds after that).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE / "requirements"
ROOT = Path(os.environ.get("TARNKAPPE_BENCH_VENVS", HERE / ".venvs"))
PYTHON = os.environ.get("PYTHON", "python3.11")


def ensure(name: str) -> Path:
    """The venv for bench/requirements/NAME.txt, created if needed; its directory."""
    requirements = REQUIREMENTS / f"{name}.txt"
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()[:10]
    venv = ROOT / f"{name}-{digest}"
    done = venv / ".installed"
    if done.exists():
        return venv
    if venv.exists():
        shutil.rmtree(venv)  # a half-made one from an interrupted run
    ROOT.mkdir(parents=True, exist_ok=True)
    print(f"bench: creating {venv} from {requirements.relative_to(HERE.parent)} (once)", file=sys.stderr, flush=True)
    started = time.monotonic()
    subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for step in (["--upgrade", "pip"], ["-r", str(requirements)]):
        out = subprocess.run([*pip, *step], capture_output=True, text=True)
        if out.returncode != 0:
            sys.stderr.write(out.stdout + out.stderr)
            raise SystemExit(f"bench: installing {name} failed (pip exited {out.returncode})")
    done.write_text(requirements.read_text())
    print(f"bench: {name} installed in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return venv


def version(venv: Path, package: str) -> str:
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-c", f"import importlib.metadata as m; print(m.version({package!r}))"],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["litellm", "presidio"]:
        print(ensure(arg))
