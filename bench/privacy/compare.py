"""Compare the anonymizer of the working tree with the one of a git revision.

Why: the machine's speed changes between phases (and another process may load
the other core), so two separate ``speed.py`` runs minutes apart cannot tell a
5% change from noise.  Here the old package (extracted from git under another
name, it imports nothing else of tarnkappe) and the new one run interleaved in
one process on the same prompt, so both see the same machine.

It also proves that a speed change did not change detection: every document
of the synthetic dev and test splits, every GermEval sentence and the speed
prompt must give identical entities (start, end, type) old and new.

With ``--callgrind N`` the speed is instead counted in instructions per mask under valgrind's
callgrind (each side run twice, with N and 2N masks after the same warm-up; the difference is
divided by N): exact and repeatable whatever else the machine is doing, blind to cache misses.

Usage (repo root):
    python bench/privacy/compare.py --rev HEAD~3 [--rounds 15 --reps 40] [--no-speed]
                                    [--prompt cycled|distinct] [--callgrind 20] [--learned]
"""

from __future__ import annotations

import argparse
import importlib
import json
import pathlib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from evaluate import GERMEVAL, read_germeval  # noqa: E402
from speed import PROMPTS, build_prompt  # noqa: E402

OLD_NAME = "tk_privacy_old"


def load_old(rev: str, into: pathlib.Path):
    """Import ``src/tarnkappe/privacy`` as of ``rev`` as package ``tk_privacy_old``."""
    data = subprocess.run(
        ["git", "archive", rev, "src/tarnkappe/privacy"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    (into / "src" / "tarnkappe" / "privacy").rename(into / OLD_NAME)
    sys.path.insert(0, str(into))
    return importlib.import_module(OLD_NAME)


def documents() -> list[str]:
    """All texts the identity check runs on."""
    texts = [build_prompt(), PROMPTS["distinct"]()]
    for split in ("dev", "test"):
        path = HERE / "data" / f"synthetic_{split}.jsonl"
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if GERMEVAL.exists():
        texts += [text for text, _ in read_germeval(GERMEVAL)]
    return texts


def _instructions(rev: str, side: str, masks: int, prompt: str) -> int:
    """Instructions callgrind counts for one process that masks the prompt ``masks`` times."""
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "cg.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
             "--rev", rev, "--side", side, "--masks", str(masks), "--prompt", prompt,
             *(["--learned"] if LEARNED else [])],
            check=True, capture_output=True,
        )
        for line in out.read_text(errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("no totals in callgrind output")


def _mask_only(rev: str, side: str, masks: int, prompt: str) -> None:
    """The process callgrind measures: 3 warm-up masks, then ``masks`` more."""
    with tempfile.TemporaryDirectory() as tmp:
        if side == "old":
            pkg = load_old(rev, pathlib.Path(tmp))
        else:
            import tarnkappe.privacy as pkg
        anonymizer = make(pkg, deny_terms=["Projekt Falke"])
        text = PROMPTS[prompt]()
        for _ in range(3 + masks):
            anonymizer.mask(text, anonymizer.new_vault())


LEARNED = False  # --learned: keep the learned name detector on


def make(pkg, **config):
    """``pkg.Anonymizer`` of the rule-based detectors: a learned name detector, where the package
    has one (``learned_names``), is switched off -- it is measured and checked on its own (with
    --learned it stays on: the anonymizer as shipped)."""
    if "learned_names" in pkg.PrivacyConfig.__dataclass_fields__ and not LEARNED:
        config["learned_names"] = False
    return pkg.Anonymizer(pkg.PrivacyConfig(**config))


def spans(anonymizer, text: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type) for e in anonymizer.detect(text)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rev", required=True, help="git revision to compare against")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--reps", type=int, default=40, help="masks per round and side")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-identity", action="store_true")
    ap.add_argument("--prompt", choices=sorted(PROMPTS), default="cycled", help="see speed.py")
    ap.add_argument("--callgrind", type=int, default=0, metavar="N", help="instructions per mask over N masks")
    ap.add_argument("--learned", action="store_true", help="with the learned name detector on (as shipped)")
    ap.add_argument("--side", choices=("old", "new"), help=argparse.SUPPRESS)
    ap.add_argument("--masks", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    global LEARNED
    LEARNED = args.learned
    if args.side:
        _mask_only(args.rev, args.side, args.masks, args.prompt)
        return 0
    if args.callgrind:
        n = args.callgrind
        per_mask = {
            side: (_instructions(args.rev, side, 2 * n, args.prompt)
                   - _instructions(args.rev, side, n, args.prompt)) / n
            for side in ("old", "new")
        }
        print(f"instructions per mask ({args.prompt} prompt, callgrind): old ({args.rev}) "
              f"{per_mask['old'] / 1e6:.2f} M, new {per_mask['new'] / 1e6:.2f} M, "
              f"new/old {per_mask['new'] / per_mask['old']:.2f}")
        return 0

    import tarnkappe.privacy as new

    with tempfile.TemporaryDirectory() as tmp:
        old = load_old(args.rev, pathlib.Path(tmp))
        a_old = make(old, deny_terms=["Projekt Falke"])
        a_new = make(new, deny_terms=["Projekt Falke"])

        if not args.no_identity:
            texts = documents()
            diff = [i for i, t in enumerate(texts) if spans(a_old, t) != spans(a_new, t)]
            print(f"identical detections: {len(texts) - len(diff)}/{len(texts)} documents"
                  + (f"; differing (first 10): {diff[:10]}" if diff else ""))

        if not args.no_speed:
            prompt = PROMPTS[args.prompt]()
            sides = {"old": a_old, "new": a_new}
            times: dict[str, list[float]] = {"old": [], "new": []}
            for a in sides.values():
                for _ in range(20):
                    a.mask(prompt, a.new_vault())
            for r in range(args.rounds):
                order = ("old", "new") if r % 2 == 0 else ("new", "old")
                for side in order:
                    a = sides[side]
                    for _ in range(args.reps):
                        vault = a.new_vault()
                        t = time.perf_counter()
                        a.mask(prompt, vault)
                        times[side].append((time.perf_counter() - t) * 1000)
            for side in ("old", "new"):
                ts = sorted(times[side])
                print(f"{side} ({args.rev if side == 'old' else 'working tree'}): "
                      f"median {statistics.median(ts):.2f} ms, p10 {ts[len(ts) // 10]:.2f}, "
                      f"p90 {ts[9 * len(ts) // 10]:.2f}, min {ts[0]:.2f} ms "
                      f"over {len(ts)} masks")
            ratio = statistics.median(times["new"]) / statistics.median(times["old"])
            print(f"new/old median: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
