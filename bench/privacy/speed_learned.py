"""What the learned name detector costs: speed.py's prompts masked with it on and off, interleaved.

Interleaving (on, off, on, off, ...) lets both see the same load from other work on the machine;
besides wall-clock times it reports CPU time of the masking thread (time.thread_time), which
other processes barely disturb.  Start-up: the anonymizer built in fresh processes, on and off.

Usage (repo root): python bench/privacy/speed_learned.py [--reps 300] [--starts 5]
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from speed import PROMPTS  # noqa: E402
from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402

START = """
import time
t = time.perf_counter()
from tarnkappe.privacy import Anonymizer, PrivacyConfig
a = Anonymizer(PrivacyConfig(learned_names={on}))
a.mask("Herr Meier", a.new_vault())
print(time.perf_counter() - t)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=300)
    ap.add_argument("--starts", type=int, default=5)
    args = ap.parse_args(argv)
    kinds = {"on": Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"])),
             "off": Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], learned_names=False))}
    print("| prompt | learned | wall median ms | wall min ms | CPU median ms | persons |")
    print("|---|---|---|---|---|---|")
    for name, build in PROMPTS.items():
        prompt = build()
        wall: dict[str, list[float]] = {k: [] for k in kinds}
        cpu: dict[str, list[float]] = {k: [] for k in kinds}
        for rep in range(args.reps + 20):
            for kind, anonymizer in kinds.items():
                vault = anonymizer.new_vault()
                t, c = time.perf_counter(), time.thread_time()
                anonymizer.mask(prompt, vault)
                if rep >= 20:  # warm-up
                    wall[kind].append((time.perf_counter() - t) * 1000)
                    cpu[kind].append((time.thread_time() - c) * 1000)
        for kind, anonymizer in kinds.items():
            vault = anonymizer.new_vault()
            anonymizer.mask(prompt, vault)
            print(f"| {name} | {kind} | {statistics.median(wall[kind]):.2f} | {min(wall[kind]):.2f} | "
                  f"{statistics.median(cpu[kind]):.2f} | {vault.entity_counts().get('PERSON', 0)} |")
    starts: dict[str, list[float]] = {"on": [], "off": []}
    for _ in range(args.starts):
        for kind in starts:
            out = subprocess.run([sys.executable, "-c", START.format(on=kind == "on")], capture_output=True,
                                 text=True, check=True, env={"PYTHONPATH": str(HERE.parents[1] / "src")})
            starts[kind].append(float(out.stdout) * 1000)
    on, off = statistics.median(starts["on"]), statistics.median(starts["off"])
    print(f"\nstart-up (import + construction + first mask, median of {args.starts} fresh processes): "
          f"on {on:.0f} ms, off {off:.0f} ms, learned detector adds {on - off:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
