"""docs/providers.md's tables are the ones generated from the declared capabilities."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_committed_tables_equal_the_generated_ones() -> None:
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "providers_table.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
