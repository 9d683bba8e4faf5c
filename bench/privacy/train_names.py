"""Train the learned name detector's CRF and write it as package data (``make model``).

Reads GermEval 2014 dev and LER from ``../shared/data`` (relative to the repository root) and our
generator's dev split; writes ``src/tarnkappe/privacy/data/names_crf.model``.  Deterministic:
the same inputs give the same file.  See src/tarnkappe/privacy/learned/training.py.

Usage (repo root): python bench/privacy/train_names.py [--out PATH] [--with-read]
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tarnkappe.privacy.learned import training  # noqa: E402

OUT = ROOT / "src" / "tarnkappe" / "privacy" / "data" / "names_crf.model"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--with-read", action="store_true",
                    help="also the renamed read evaluation sets (an experiment: build_name_training_read.py first)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    sources = training.default_sources(ROOT, with_read=args.with_read)
    sentences = [s for group in sources.values() for s in group]
    for name, group in sources.items():
        n_names = sum(len(s.gold) for s in group)
        print(f"{name}: {len(group)} sequences, {n_names} person spans")
    training.train(sentences, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
