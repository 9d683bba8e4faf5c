"""Instructions per whole mask of worst_case.py shapes, counted by callgrind (noise-free).

The machine is shared, so CPU times of worst_case.py move +-15% between runs; callgrind counts the
instructions of one process that masks the shape (repeated to 100 KB) once and of one that masks
it twice after the same warm-up: the difference is one mask.  REV is a git revision (its
src/tarnkappe/privacy, loaded as compare.py does) or "new" for the working tree; the learned name
detector is on, as shipped (--rules-only: off, as this tool measured until 2026-12-04).  Hash seeds
differ between processes: +-2%.

Usage (repo root): python bench/privacy/worst_case_callgrind.py [--rules-only] REV SHAPE_SUBSTRING [...]
   e.g.            python bench/privacy/worst_case_callgrind.py HEAD~3 "distinct: CH01" "Müllers"
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))


def _text(sel: str) -> str:
    import worst_case as wc

    for shapes in wc.SHAPES.values():
        for s in shapes:
            if sel in str(s):
                return wc._repeat(s, 100_000)
    raise SystemExit(f"no shape contains {sel!r}")


def _run(side: str, sel: str, masks: int, rules_only: bool) -> None:
    import compare

    with tempfile.TemporaryDirectory() as tmp:
        if side == "new":
            import tarnkappe.privacy as pkg
        else:
            pkg = compare.load_old(side, pathlib.Path(tmp))
        has_switch = "learned_names" in pkg.PrivacyConfig.__dataclass_fields__
        extra = {"learned_names": False} if rules_only and has_switch else {}
        a = pkg.Anonymizer(pkg.PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], **extra))
        text = _text(sel)
        for _ in range(1 + masks):
            a.mask(text, a.new_vault())


def _count(side: str, sel: str, masks: int, rules_only: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "cg.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                        "--run", side, sel, str(masks), "rules" if rules_only else "shipped"],
                       check=True, capture_output=True)
        for line in out.read_text(errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("no totals in callgrind output")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--run"]:
        _run(argv[1], argv[2], int(argv[3]), argv[4] == "rules")
        return 0
    rules_only = "--rules-only" in argv
    argv = [a for a in argv if a != "--rules-only"]
    side = argv[0]
    for sel in argv[1:]:
        per = _count(side, sel, 2, rules_only) - _count(side, sel, 1, rules_only)
        print(f"{side} {sel!r}: {per / 1e6:.1f} M instructions per 100 KB mask", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
