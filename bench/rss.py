"""Peak resident memory (VmHWM) of the gateway as `make bench` loads it, for one or more versions.

    python bench/rss.py [--rev REV ...] [--quick] [--repeat 2] [--env NAME=VALUE ...] [--smaps]

Each version (the working tree when no --rev is given; `--rev work` names it among revisions) is
started as bench/run.py starts Tarnkappe (accounts on, SQLite, info logs; start_tarnkappe) next to
the fast upstream, and is sent what make bench sends it -- every scenario of bench/run.py's
SCENARIOS (closed loops at c=1 and c=64, open loops, plain and streamed) as Tarnkappe,
Tarnkappe+anon (`"anonymize": true`), and the Messages and Responses APIs, through bench/run.py's
own `measure` (`--quick`: make bench --quick's request counts). VmRSS and VmHWM are read after
start-up and after each target's pass; the last line per version is the peak over the whole run,
the number make bench reports as peak RSS. Versions run one after the other, `--repeat` times in
alternation (A B, B A, ...).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import procs  # noqa: E402
import run as bench  # noqa: E402
from ab import extract  # noqa: E402


def status_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of `pid` in MiB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def smaps_summary(pid: int, top: int = 25) -> str:
    """Resident memory by mapping (anonymous memory -- the heaps, thread arenas, pymalloc's
    arenas -- and each shared library), largest first, and the process's threads."""
    by: dict[str, int] = {}
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if "-" in head[0] and ":" not in head[0]:
            name = head[5] if len(head) > 5 else "[anonymous]"
        elif head[0] == "Rss:":
            by[name] = by.get(name, 0) + int(head[1])
    threads = sorted(Path(f"/proc/{pid}/task/{t}/comm").read_text().strip() for t in os.listdir(f"/proc/{pid}/task"))
    rows = [f"  {kb / 1024:7.1f} MiB  {where}" for where, kb in sorted(by.items(), key=lambda kv: -kv[1])[:top]]
    return "\n".join([f"  resident by mapping (total {sum(by.values()) / 1024:.1f} MiB):", *rows,
                      f"  threads ({len(threads)}): {', '.join(threads)}"])


def one(name: str, src: Path, args: argparse.Namespace, extra_env: dict[str, str]) -> float:
    gateway_cpu, other_cpu = procs.cpus()
    processes: list = [procs.keep_awake(c) for c in sorted({gateway_cpu, other_cpu})]
    workdir = Path(tempfile.mkdtemp(prefix="tk-rss-"))
    try:
        upstream = bench.start_upstream(other_cpu, processes)
        env = {**os.environ, "PYTHONPATH": str(src), **extra_env}
        tarnkappe = bench.start_tarnkappe(gateway_cpu, upstream, workdir, processes, bench.Report(), env=env)
        anon = bench.Target("Tarnkappe+anon", tarnkappe.url, tarnkappe.headers,
                            {**tarnkappe.body, "anonymize": True}, pid=tarnkappe.pid)
        targets = [tarnkappe, anon, *bench.dialect_targets(tarnkappe)]
        for target in targets:
            problem = asyncio.run(bench.check(target))
            if problem:
                raise SystemExit(f"{name} {target.name}: {problem}")
        if args.signal:
            os.kill(tarnkappe.pid, args.signal)
            time.sleep(5)
        rss, hwm = status_mb(tarnkappe.pid)
        print(f"{name:16} after start-up and one check each: VmRSS {rss:6.1f}  VmHWM {hwm:6.1f} MiB", flush=True)
        for target in targets:
            asyncio.run(bench.measure([target], args, bench.Report()))
            rss, hwm = status_mb(tarnkappe.pid)
            print(f"{name:16} after {target.name:20}: VmRSS {rss:6.1f}  VmHWM {hwm:6.1f} MiB", flush=True)
        peak = procs.peak_rss_mb(tarnkappe.pid)
        if args.signal:
            os.kill(tarnkappe.pid, args.signal)
            time.sleep(5)
        if args.smaps:
            print(smaps_summary(tarnkappe.pid), flush=True)
        print(f"{name:16} peak RSS (make bench's number): {peak:.1f} MiB", flush=True)
        return peak
    finally:
        procs.stop(processes)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", action="append", default=[],
                        help="git revision (repeatable; 'work' = the working tree; a directory: a src/ to run)")
    parser.add_argument("--quick", action="store_true", help="make bench --quick's request counts")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--smaps", action="store_true", help="also print resident memory by mapping at the end")
    parser.add_argument("--signal", type=int, default=0, metavar="SIGNUM",
                        help="send the gateway this signal after start-up and after the load (e.g. to have "
                             "a sitecustomize module dump a tracemalloc snapshot)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="environment of the gateway (e.g. MALLOC_ARENA_MAX=2)")
    args = parser.parse_args()
    args.requests_c1 = 300 if args.quick else 3000
    args.requests_c64 = 2000 if args.quick else 20000
    args.seconds = 5.0 if args.quick else 20.0
    args.warmup_s = 2.0 if args.quick else 4.0
    extra_env = dict(item.split("=", 1) for item in args.env)
    os.sched_setaffinity(0, {procs.cpus()[1]})
    procs.boost()
    versions = [(rev, ROOT / "src" if rev == "work" else Path(rev) if Path(rev).is_dir() else extract(rev))
                for rev in args.rev or ["work"]]
    peaks: dict[str, list[float]] = {rev: [] for rev, _ in versions}
    for i in range(args.repeat):
        for rev, src in versions if i % 2 == 0 else versions[::-1]:
            peaks[rev].append(one(rev, src, args, extra_env))
    for rev, values in peaks.items():
        print(f"{rev}: peak RSS " + ", ".join(f"{v:.1f}" for v in values) + " MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
