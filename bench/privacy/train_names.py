"""Train the learned name detector's CRFs and write them as package data (``make model``).

The prose model: GermEval 2014 dev and LER from ``../shared/data`` (relative to the repository
root), our generator's dev split and the extra set; writes ``src/tarnkappe/privacy/data/names_crf.model``.
With ``--forms``, the forms model (``learned/forms.py``): the read evaluation sets, renamed
(``build_name_training_read.py``, all documents of every set in its ``READ``), with the dev split
and the extra set; writes ``names_crf_forms.model`` (~4 minutes).  Deterministic: the same inputs
give the same file.  See src/tarnkappe/privacy/learned/training.py.

Usage (repo root): python bench/privacy/train_names.py [--out PATH] [--with-read | --forms]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tarnkappe.privacy.learned import training  # noqa: E402

OUT = ROOT / "src" / "tarnkappe" / "privacy" / "data" / "names_crf.model"
FORMS_OUT = OUT.with_name("names_crf_forms.model")
# Documents per read set in the forms model's training text: all of them (480 each).
FORMS_PER_SET = 480


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=None)
    ap.add_argument("--with-read", action="store_true",
                    help="also the renamed read evaluation sets (an experiment: build_name_training_read.py first)")
    ap.add_argument("--forms", action="store_true", help="train the forms model instead (learned/forms.py)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.forms:
        import build_name_training_read as read_sets  # (bench/privacy/, beside this script)

        with tempfile.TemporaryDirectory() as tmp:
            read_path = pathlib.Path(tmp) / "read.jsonl"
            docs = read_sets.build(FORMS_PER_SET, read_sets.SEED, ())
            read_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
            sources = training.forms_sources(ROOT, read_path)
        args.out = args.out or FORMS_OUT
    else:
        sources = training.default_sources(ROOT, with_read=args.with_read)
        args.out = args.out or OUT
    sentences = [s for group in sources.values() for s in group]
    for name, group in sources.items():
        n_names = sum(len(s.gold) for s in group)
        print(f"{name}: {len(group)} sequences, {n_names} person spans")
    training.train(sentences, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
