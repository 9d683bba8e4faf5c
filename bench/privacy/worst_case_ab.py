"""Old (a git revision) and new (the working tree) masking the worst-case shapes, interleaved.

Why: on a shared machine the CPU time of one run moves +-15% and more with the load, so two
worst_case.py runs minutes apart cannot compare revisions.  Here both anonymizers (the old one
loaded from git as compare.py does) mask the same text alternately in one process; the best of
--reps rounds of thread CPU time is printed per shape and detector, with the new/old ratio.
The learned name detector is off, as in worst_case.py --rules-only, unless --learned (as shipped).

Usage (repo root): python bench/privacy/worst_case_ab.py [--learned] REV DETECTORS SHAPE_SUBSTRING [...]
   e.g.            python bench/privacy/worst_case_ab.py 0dc06ca whole,phone "distinct: CH01" "Müllers"
DETECTORS: comma-separated detector names (identifiers, phone, phone-cued, address, ...,
persons) or "whole" for the whole mask.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time
from collections.abc import Callable

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

import compare  # noqa: E402
import worst_case as wc  # noqa: E402

import tarnkappe.privacy as new_pkg  # noqa: E402


def _anonymizer(pkg, learned: bool = False):
    """The worst_case.py configuration, for either package."""
    has_switch = "learned_names" in pkg.PrivacyConfig.__dataclass_fields__
    extra = {"learned_names": False} if has_switch and not learned else {}
    return pkg.Anonymizer(pkg.PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], **extra))


def _text(sel: str, chars: int) -> str:
    for shapes in wc.SHAPES.values():
        for s in shapes:
            if sel in str(s):
                return wc._repeat(s, chars)
    raise SystemExit(f"no shape contains {sel!r}")


def _work(anonymizer, name: str, text: str) -> Callable[[], object]:
    if name == "whole":
        return lambda: anonymizer.mask(text, anonymizer.new_vault())
    if name == "persons":
        return lambda: list(anonymizer._persons.detect(text, ()))
    detector = {d.name: d for d in anonymizer._detectors}[name]
    return lambda: list(detector.detect(text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rev")
    ap.add_argument("detectors")
    ap.add_argument("shapes", nargs="+")
    ap.add_argument("--reps", type=int, default=6)
    ap.add_argument("--kb", type=int, default=100)
    ap.add_argument("--learned", action="store_true", help="the learned name detector on, as shipped")
    args = ap.parse_args(argv)
    old = _anonymizer(compare.load_old(args.rev, pathlib.Path(tempfile.mkdtemp())), args.learned)
    new = _anonymizer(new_pkg, args.learned)
    scale = 100 / args.kb
    for sel in args.shapes:
        text = _text(sel, args.kb * 1000)
        for name in args.detectors.split(","):
            runs = {"old": _work(old, name, text), "new": _work(new, name, text)}
            best = dict.fromkeys(runs, float("inf"))
            for _ in range(args.reps):
                for side, run in runs.items():
                    t = time.thread_time()
                    run()
                    best[side] = min(best[side], time.thread_time() - t)
            print(f"{sel[:24]:24s} {name:12s} old {best['old'] * 1000 * scale:7.1f}  new "
                  f"{best['new'] * 1000 * scale:7.1f} ms/100 KB  ({best['new'] / best['old']:.2f} x)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
