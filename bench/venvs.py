"""Virtual environments for the third-party software the benchmarks compare against (LiteLLM,
Presidio), each installed from PyPI with the pinned set in bench/requirements/NAME.txt, kept apart
from the project's .venv so that none of their dependencies leaks into Tarnkappe's; and the same for
Node packages (Portkey's gateway): bench/NAME/package.json with its committed package-lock.json,
installed with `npm ci`.

    python bench/venvs.py litellm presidio portkey    # create or reuse them; prints their paths

A venv lives in bench/.venvs/NAME-HASH (git-ignored), HASH being that of its requirements file (or
package.json and package-lock.json): a changed pin makes a new venv, an unchanged one is reused
(created once, seconds after that).
"""

from __future__ import annotations

import hashlib
import json
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


NPM = os.environ.get("NPM", "npm")


def ensure_npm(name: str) -> Path:
    """bench/NAME/package.json and its package-lock.json installed with `npm ci` (exactly the locked
    versions, nothing resolved anew) into bench/.venvs/NAME-HASH; that directory (node_modules/ in it).
    Install scripts are not run (`--ignore-scripts`): the same tree on every machine."""
    source = HERE / name
    files = [source / "package.json", source / "package-lock.json"]
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:10]
    target = ROOT / f"{name}-{digest}"
    done = target / ".installed"
    if done.exists():
        return target
    if target.exists():
        shutil.rmtree(target)  # a half-made one from an interrupted run
    target.mkdir(parents=True)
    for f in files:
        shutil.copy2(f, target / f.name)
    print(f"bench: installing {target} from {source.relative_to(HERE.parent)} with npm ci (once)", file=sys.stderr,
          flush=True)
    started = time.monotonic()
    out = subprocess.run([NPM, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=target,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stdout + out.stderr)
        raise SystemExit(f"bench: installing {name} failed (npm ci exited {out.returncode})")
    done.write_text(files[0].read_text())
    print(f"bench: {name} installed in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return target


def npm_version(target: Path, package: str) -> str:
    """The installed version of `package` under `target`/node_modules."""
    return str(json.loads((target / "node_modules" / package / "package.json").read_text())["version"])


def version(venv: Path, package: str) -> str:
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-c", f"import importlib.metadata as m; print(m.version({package!r}))"],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.strip()


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["litellm", "presidio", "portkey"]:
        print(ensure_npm(arg) if (HERE / arg / "package.json").exists() else ensure(arg))
