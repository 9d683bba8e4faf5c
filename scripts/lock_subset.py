"""The part of requirements.lock that one installation needs, with the lock's hashes.

    pip install --dry-run --ignore-installed --report report.json -c pins.txt ".[local]"
    python scripts/lock_subset.py report.json requirements.lock > runtime.lock
    pip install --require-hashes --no-deps -r runtime.lock

requirements.lock pins the whole development environment (tests, benchmarks, the local models). A
container image needs only what `tarnkappe` (or `tarnkappe[local]`) depends on: pip resolves that
closure against the lock's versions (`pins.txt`: the lock without hashes, as constraints), and this
script keeps the lock's own lines for exactly those packages — so the image installs nothing that
is not pinned by hash here. PyTorch and its CUDA companions are installed from their own pin (see
the Makefile) and left out, as in the lock; the project itself is installed by the caller.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OWN_PINS = re.compile(r"^(torch|nvidia-.*|triton|cuda-.*)$")


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_entries(text: str) -> dict[str, str]:
    """The lock's entries (a `name==version \\` line and its hash lines) by normalized name."""
    entries: dict[str, list[str]] = {}
    name = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            name = normalized(line.split("==", 1)[0])
            entries[name] = []
        entries[name].append(line)
    return {key: "\n".join(lines) for key, lines in entries.items()}


def subset(report: dict[str, object], lock_text: str, project: str = "tarnkappe") -> list[str]:
    """The lock's entries for every package of a pip installation report except the project
    itself and PyTorch's; ValueError naming any package the lock does not pin (at that version)."""
    entries = lock_entries(lock_text)
    chosen: list[str] = []
    missing: list[str] = []
    for item in report["install"]:  # type: ignore[attr-defined]
        metadata = item["metadata"]
        name, version = normalized(metadata["name"]), metadata["version"]
        if name == normalized(project) or OWN_PINS.match(name):
            continue
        entry = entries.get(name)
        if entry is None or entry.split(" ", 1)[0].split("==", 1)[1] != version:
            missing.append(f"{name}=={version}")
            continue
        chosen.append(entry)
    if missing:
        raise ValueError("not pinned in the lock: " + ", ".join(sorted(missing)))
    return sorted(chosen)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: lock_subset.py REPORT.json requirements.lock", file=sys.stderr)
        return 2
    report = json.loads(Path(argv[0]).read_text("utf-8"))
    try:
        lines = subset(report, Path(argv[1]).read_text("utf-8"))
    except ValueError as exc:
        print(f"lock_subset: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
