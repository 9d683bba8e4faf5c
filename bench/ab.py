"""A/B: this working tree's Tarnkappe against another version of it, measured in the same run.

    python bench/ab.py [--base HEAD] [--rounds 6] [--seconds 4] [--stream] [--open-loop 2000]
    python bench/ab.py --callgrind 2000 [--stream]
    python bench/ab.py --floor ...       (the pass-through floor measured alongside, as a third target)
    python bench/ab.py --anon ...        (each version also asked with "anonymize": true)
    python bench/ab.py --dialects ...    (each version also asked in the Messages and Responses APIs)
    python bench/ab.py --against REF ... (revision REF instead of the working tree)
    python bench/ab.py --callgrind N --keep DIR ... (also keep each target's callgrind dump in DIR)

Why: this machine is noisy (other work comes and goes), so two runs made minutes apart differ more
than a small change does. Here both versions run at once, as `make bench` runs Tarnkappe (accounts
on, SQLite, info logs; bench/run.py's start_tarnkappe), pinned to the same core, and are measured
in alternating rounds (A B, B A, …): whatever the machine does meanwhile hits both alike.

Per round and version: CPU ms per request over a closed loop at concurrency 64 (the gateway
process's user + system time, as make bench counts it), then, with --open-loop N, N requests at
400/s with at most 32 in flight (make bench's open loop); the latency percentiles are over the
samples of all rounds together.

With --callgrind N each version instead runs under valgrind's callgrind, and the number reported is
instructions executed per request over N requests (after a warm-up, counters zeroed): exact and
repeatable, blind to the kernel's share (socket writes) and to waiting, so it suits changes too
small for CPU time to show.

With --floor, bench/passthrough_proxy.py (make bench's floor) runs beside them, pinned and measured
the same way (under callgrind too), and each version's CPU is also given as a ratio to the floor's:
the ratio is what the targets are stated in, and it is steadier than either number. With --anon,
each version is also measured with `"anonymize": true` in the body (the same process, as make bench's
Tarnkappe+anon), and its CPU given as a ratio to the same version's plain requests. With --dialects,
each version is also asked the same in Anthropic's Messages API and OpenAI's Responses API (make
bench's Tarnkappe Messages / Responses rows), each given as a ratio to the same version's Chat
Completions requests: issue 16's target (<= 1.3x) is stated in that ratio. With --against, the
second version is a revision too, not the working tree (where other sessions' unfinished changes may
be).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import procs  # noqa: E402
import run as bench  # noqa: E402
from loadgen import RunResult, percentile, run_load, run_open_loop  # noqa: E402


def extract(ref: str) -> Path:
    """The `src/` of git revision `ref`, in a temporary directory (the working tree is not touched)."""
    where = Path(tempfile.mkdtemp(prefix="tk-ab-"))
    archive = subprocess.run(["git", "archive", ref, "src"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    return where / "src"


def start(name: str, src: Path, cpu: int, upstream: str, processes: list, *, callgrind: Path | None) -> bench.Target:
    env = {**os.environ, "PYTHONPATH": str(src)}
    prefix: tuple[str, ...] = ()
    if callgrind is not None:
        prefix = ("valgrind", "--tool=callgrind", f"--callgrind-out-file={callgrind}", "--dump-instr=no")
    workdir = Path(tempfile.mkdtemp(prefix=f"tk-ab-{name}-"))
    target = bench.start_tarnkappe(cpu, upstream, workdir, processes, bench.Report(), env=env, prefix=prefix,
                                   startup_timeout=600)
    target.name = name
    return target


async def closed(target: bench.Target, *, stream: bool, seconds: float) -> tuple[float, float]:
    """(CPU ms per request, requests/s) over a closed loop at concurrency 64."""
    before = procs.cpu_seconds(target.pid)
    result = await run_load(target.url, target.body, target.headers, concurrency=64, requests=10**7, stream=stream,
                            time_limit_s=seconds)
    return (procs.cpu_seconds(target.pid) - before) * 1000 / max(1, len(result.samples)), result.rps


def start_floor(cpu: int, upstream: str, processes: list, *, callgrind: Path | None) -> bench.Target:
    """The pass-through floor, as make bench starts it (bench/run.py's start_passthrough), optionally
    under callgrind."""
    prefix: list[str] = []
    if callgrind is not None:
        prefix = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={callgrind}", "--dump-instr=no"]
    port = procs.free_port()
    process = subprocess.Popen([*prefix, sys.executable, str(HERE / "passthrough_proxy.py"), str(port), upstream],
                               preexec_fn=procs.pinned(cpu))
    processes.append(process)
    procs.wait_http(f"http://127.0.0.1:{port}/healthz", timeout=600, process=process)
    return bench.Target("floor", f"http://127.0.0.1:{port}/v1/chat/completions", {},
                        {"model": "bench", "messages": [{"role": "user", "content": bench.PROMPT}]}, pid=process.pid)


def instructions(pid: int, out: Path, keep: Path | None = None) -> int:
    """Dump callgrind's counters of `pid` and return the instructions counted since the last zeroing
    (the dump is copied to `keep`, for callgrind_annotate, if given)."""
    for old in out.parent.glob(out.name + ".*"):
        old.unlink()
    subprocess.run(["callgrind_control", "-d", str(pid)], check=True, capture_output=True)
    dumps = sorted(out.parent.glob(out.name + ".*"), key=lambda p: p.stat().st_mtime)
    text = dumps[-1].read_text(errors="replace")
    found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
    assert found, f"no totals in {dumps[-1]}"
    if keep is not None:
        shutil.copyfile(dumps[-1], keep)
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD", help="git revision to compare with (default: HEAD)")
    parser.add_argument("--against", metavar="REF", help="git revision to measure instead of the working tree")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=4.0, help="closed-loop seconds per round and version")
    parser.add_argument("--open-loop", type=int, default=0, metavar="N", help="also N open-loop requests per round")
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--callgrind", type=int, default=0, metavar="N", help="instructions per request over N requests")
    parser.add_argument("--floor", action="store_true", help="also measure the pass-through floor, and ratios to it")
    parser.add_argument("--anon", action="store_true", help="also measure each version with anonymize: true")
    parser.add_argument("--dialects", action="store_true",
                        help="also measure each version in the Messages and Responses APIs, "
                             "and ratios to Chat Completions")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="with --callgrind: keep each target's dump as DIR/<name>.callgrind (callgrind_annotate "
                             "reads it; the function-level counts need no --dump-instr)")
    args = parser.parse_args()
    gateway_cpu, other_cpu = procs.cpus()
    os.sched_setaffinity(0, {other_cpu})
    procs.boost()
    processes: list = [procs.keep_awake(c) for c in sorted({gateway_cpu, other_cpu})]
    base_src = extract(args.base)
    other_src = extract(args.against) if args.against else ROOT / "src"
    scratch = Path(tempfile.mkdtemp(prefix="tk-ab-cg-"))
    kind = "stream" if args.stream else "non-stream"
    try:
        upstream = bench.start_upstream(other_cpu, processes)
        versions = [("base " + args.base, base_src), (args.against or "work tree", other_src)]
        targets = [start(name, src, gateway_cpu, upstream, processes,
                         callgrind=scratch / f"cg{i}.out" if args.callgrind else None)
                   for i, (name, src) in enumerate(versions)]
        if args.floor:
            targets.append(start_floor(gateway_cpu, upstream, processes,
                                       callgrind=scratch / f"cg{len(targets)}.out" if args.callgrind else None))
        out_files = {t.pid: scratch / f"cg{i}.out" for i, t in enumerate(targets)}  # callgrind's, by process
        if args.anon:
            targets += [dataclasses.replace(t, name=t.name + " +anon", body={**t.body, "anonymize": True})
                        for t in targets if t.name != "floor"]
        if args.dialects:
            targets += [dataclasses.replace(d, name=t.name + d.name.removeprefix("Tarnkappe").lower())
                        for t in targets if t.name in dict(versions) for d in bench.dialect_targets(t)]
        chat_of = {t.name: name for name, _ in versions for t in targets
                   if t.name.startswith(name) and t.name != name and not t.name.endswith(" +anon")}
        for target in targets:
            problem = asyncio.run(bench.check(target))
            if problem:
                raise SystemExit(f"{target.name}: {problem}")
        if args.callgrind:
            counts: dict[str, float] = {}
            for target in targets:
                asyncio.run(run_load(target.url, target.body, target.headers, concurrency=16, requests=300,
                                     stream=args.stream, time_limit_s=600))
                subprocess.run(["callgrind_control", "-z", str(target.pid)], check=True, capture_output=True)
                result = asyncio.run(run_load(target.url, target.body, target.headers, concurrency=16,
                                              requests=args.callgrind, stream=args.stream, time_limit_s=3600))
                keep = None
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    keep = args.keep / (re.sub(r"[^\w.+-]+", "_", target.name) + f"_{kind}.callgrind")
                count = instructions(target.pid, out_files[target.pid], keep)
                counts[target.name] = count / max(1, len(result.samples))
                print(f"{kind} {target.name:14} {counts[target.name]:12,.0f} instructions/request "
                      f"({len(result.samples)} requests, {result.errors} errors, callgrind)", flush=True)
            if args.floor:
                print("  " + ", ".join(f"{name} {counts[name] / counts['floor']:.2f}x the floor"
                                       for name in counts if name != "floor"), flush=True)
            if args.anon:
                print("  " + ", ".join(f"{name} {counts[name] / counts[name.removesuffix(' +anon')]:.2f}x plain"
                                       for name in counts if name.endswith(" +anon")), flush=True)
            if args.dialects:
                print("  " + ", ".join(f"{name} {counts[name] / counts[chat]:.2f}x chat"
                                       for name, chat in chat_of.items()), flush=True)
            return 0
        cpu: dict[str, list[float]] = {t.name: [] for t in targets}
        rps: dict[str, list[float]] = {t.name: [] for t in targets}
        lat: dict[str, RunResult] = {t.name: RunResult() for t in targets}
        for target in targets:  # warm-up, not measured
            asyncio.run(run_load(target.url, target.body, target.headers, concurrency=64, requests=2000,
                                 stream=args.stream, time_limit_s=3))
        for round_ in range(args.rounds):
            for target in targets if round_ % 2 == 0 else targets[::-1]:
                ms, r = asyncio.run(closed(target, stream=args.stream, seconds=args.seconds))
                cpu[target.name].append(ms)
                rps[target.name].append(r)
                if args.open_loop:
                    result = asyncio.run(run_open_loop(target.url, target.body, target.headers, rate=400.0,
                                                       requests=args.open_loop, stream=args.stream, max_in_flight=32))
                    lat[target.name].samples += result.samples
                    lat[target.name].errors += result.errors
            print(f"round {round_ + 1}: " + "  ".join(f"{n} {cpu[n][-1]:.3f} ms" for n in cpu), file=sys.stderr,
                  flush=True)
        print(f"\n{kind}, {args.rounds} interleaved rounds of {args.seconds:g} s at c64"
              + (f" + {args.open_loop} open-loop requests at 400/s" if args.open_loop else "") + ":")
        for name in cpu:
            line = (f"  {name:14} CPU/req median {statistics.median(cpu[name]):.3f} ms "
                    f"(min {min(cpu[name]):.3f}, max {max(cpu[name]):.3f})  {statistics.median(rps[name]):6.0f} req/s")
            samples = lat[name].samples
            if samples:
                first = [s.first_byte_ms for s in samples]
                total = [s.total_ms for s in samples]
                line += (f"  open loop p50/p99/p99.9 total {percentile(total, 50):.2f}/{percentile(total, 99):.2f}/"
                         f"{percentile(total, 99.9):.2f} ms")
                if args.stream:
                    line += f", TTFT {percentile(first, 50):.2f}/{percentile(first, 99):.2f}/{percentile(first, 99.9):.2f} ms"
                line += f" ({len(samples)} samples, {lat[name].errors} errors)"
            print(line, flush=True)
        print("  peak RSS (VmHWM over the whole run): " + ", ".join(
            f"{t.name} {procs.peak_rss_mb(t.pid):.0f} MB" for t in targets if t.pid and not t.name.endswith(" +anon")))
        if args.floor:
            # The ratio per round (both measured within seconds of each other), then its median.
            print("  CPU/req against the floor, median of the per-round ratios: " + ", ".join(
                f"{name} {statistics.median(a / b for a, b in zip(cpu[name], cpu['floor'], strict=True)):.2f}x"
                for name in cpu if name != "floor"), flush=True)
        if args.anon:
            print("  CPU/req +anon against plain, median of the per-round ratios: " + ", ".join(
                f"{name} {statistics.median(a / b for a, b in zip(cpu[name], cpu[name.removesuffix(' +anon')], strict=True)):.2f}x"
                for name in cpu if name.endswith(" +anon")), flush=True)
        if args.dialects:
            print("  CPU/req against the same version's Chat Completions, median of the per-round ratios: " + ", ".join(
                f"{name} {statistics.median(a / b for a, b in zip(cpu[name], cpu[chat], strict=True)):.2f}x"
                for name, chat in chat_of.items()), flush=True)
    finally:
        procs.stop(processes)
        time.sleep(0.5)
        shutil.rmtree(base_src.parent, ignore_errors=True)
        if args.against:
            shutil.rmtree(other_src.parent, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
