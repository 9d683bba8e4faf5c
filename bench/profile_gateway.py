"""Where Tarnkappe's time per request goes: the gateway under load, sampled by py-spy, and A/B runs
that switch one feature off at a time to price it in CPU per request.

    python bench/profile_gateway.py [--seconds 15] [--stream] [--anon] [--concurrency 64] [--ab]
                                    [--dialect messages|responses]

Starts the fast upstream and Tarnkappe as bench/run.py does (accounts on if available), pinned the
same way; records py-spy's collapsed stacks (`--native` off, `--idle` off, GIL-holding samples
only) while the load generator runs, then prints the functions with the largest inclusive and
self share of the samples. Writes bench/results/profile_*.collapsed (git-ignored collapsed stacks, loadable in
speedscope or inferno) and profile_*_summary.txt. With --ab, also measures CPU ms per request for: as
configured; log level warning; accounts off; both. With --dialect, the profiled requests are asked in
Anthropic's Messages API or OpenAI's Responses API instead of Chat Completions (make bench's
Tarnkappe Messages / Responses rows).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import procs  # noqa: E402
import run as bench  # noqa: E402
from loadgen import percentile, run_load  # noqa: E402

PY_SPY = Path(sys.executable).parent / "py-spy"


def summarize(collapsed: Path, top: int = 30) -> str:
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    total = 0
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        frames = [f.strip() for f in stack.split(";")]
        # "function (file:line)" → "function (file)" so one function is one entry.
        names = [f.rsplit(":", 1)[0] + ")" if f.endswith(")") and ":" in f else f for f in frames]
        for name in set(names):
            inclusive[name] += n
        own[names[-1]] += n
    lines = [f"{total} samples", "", "inclusive % | function"]
    for name, n in inclusive.most_common(top):
        lines.append(f"{100 * n / total:6.1f} | {name}")
    lines += ["", "self % | function"]
    for name, n in own.most_common(top):
        lines.append(f"{100 * n / total:6.1f} | {name}")
    return "\n".join(lines)


def start(gateway_cpu: int, upstream: str, processes: list, *, accounts: bool, log_level: str) -> bench.Target:
    workdir = Path(tempfile.mkdtemp(prefix="tk-profile-"))
    report = bench.Report()
    old = bench.TARNKAPPE_LOG_LEVEL
    bench.TARNKAPPE_LOG_LEVEL = log_level
    try:
        if accounts:
            return bench.start_tarnkappe(gateway_cpu, upstream, workdir, processes, report)
        # Accounts off: the config says so (if the gateway knows the setting) and keys come from api_keys.
        key = "tk-bench-profile-key-0123456789"
        config = {
            "server": {"log_level": log_level},
            "api_keys": [{"name": "bench", "key": key}],
            "models": [{"name": "bench/echo", "provider": "openai", "upstream_model": "bench", "base_url": upstream,
                        "api_key": "sk-bench"}],
        }
        import tarnkappe.config as tk_config

        if hasattr(tk_config, "AccountsSettings"):
            config["accounts"] = {"enabled": False}
        path = workdir / "tarnkappe.yaml"
        path.write_text(yaml.safe_dump(config))
        port = procs.free_port()
        process = subprocess.Popen([sys.executable, "-m", "tarnkappe", "serve", "--config", str(path), "--port", str(port)],
                                   cwd=workdir, preexec_fn=procs.pinned(gateway_cpu),
                                   stdout=open(workdir / "tarnkappe.log", "wb"), stderr=subprocess.STDOUT)
        processes.append(process)
        procs.wait_http(f"http://127.0.0.1:{port}/healthz", process=process)
        return bench.Target("Tarnkappe", f"http://127.0.0.1:{port}/v1/chat/completions", {"Authorization": f"Bearer {key}"},
                            {"model": "bench/echo", "messages": [{"role": "user", "content": bench.PROMPT}]}, pid=process.pid)
    finally:
        bench.TARNKAPPE_LOG_LEVEL = old


async def load(target: bench.Target, *, concurrency: int, stream: bool, seconds: float) -> tuple[float, float, int, float]:
    await run_load(target.url, target.body, target.headers, concurrency=concurrency, requests=500, stream=stream,
                   time_limit_s=3)
    before = procs.cpu_seconds(target.pid)
    result = await run_load(target.url, target.body, target.headers, concurrency=concurrency, requests=10**7,
                            stream=stream, time_limit_s=seconds)
    cpu = (procs.cpu_seconds(target.pid) - before) * 1000 / max(1, len(result.samples))
    p50 = percentile([s.total_ms for s in result.samples], 50)
    return cpu, result.rps, result.errors, p50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--ab", action="store_true", help="also price log level and accounts by A/B runs")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--anon", action="store_true", help='requests with "anonymize": true')
    parser.add_argument("--dialect", choices=("messages", "responses"),
                        help="profile this API instead of Chat Completions")
    args = parser.parse_args()
    gateway_cpu, other_cpu = procs.cpus()
    os.sched_setaffinity(0, {other_cpu})
    processes: list = [procs.keep_awake(c) for c in sorted({gateway_cpu, other_cpu})]
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    kind = (f"{'stream' if args.stream else 'nonstream'}_c{args.concurrency}{'_anon' if args.anon else ''}"
            + (f"_{args.dialect}" if args.dialect else ""))
    try:
        upstream = bench.start_upstream(other_cpu, processes)
        if not args.no_profile:
            target = start(gateway_cpu, upstream, processes, accounts=True, log_level=bench.TARNKAPPE_LOG_LEVEL)
            if args.dialect:
                target = next(d for d in bench.dialect_targets(target) if d.name.lower().endswith(args.dialect))
            if args.anon:
                target.body = {**target.body, "anonymize": True}
            asyncio.run(bench.check(target))
            collapsed = out_dir / f"profile_{kind}.collapsed"
            spy = subprocess.Popen([str(PY_SPY), "record", "--pid", str(target.pid), "--rate", "500", "--format", "raw",
                                    "--output", str(collapsed), "--nonblocking", "--duration", str(int(args.seconds) + 4)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
            cpu, rps, errors, p50 = asyncio.run(load(target, concurrency=args.concurrency, stream=args.stream,
                                                     seconds=args.seconds))
            spy.wait(timeout=60)
            summary = (f"Tarnkappe under py-spy, {kind}: {rps:.0f} req/s, {cpu:.2f} ms CPU/req, p50 {p50:.2f} ms, "
                       f"{errors} errors (sampling slows it; read shares, not absolute numbers)\n\n" + summarize(collapsed))
            (out_dir / f"profile_{kind}_summary.txt").write_text(summary)
            print(summary)
            procs.stop([p for p in processes if p.pid == target.pid])
        if args.ab:
            print(f"\nA/B, {kind}, {args.seconds:.0f} s each: CPU ms per request, req/s")
            for accounts, level in ((True, "info"), (True, "warning"), (False, "info"), (False, "warning")):
                target = start(gateway_cpu, upstream, processes, accounts=accounts, log_level=level)
                cpu, rps, errors, p50 = asyncio.run(load(target, concurrency=args.concurrency, stream=args.stream,
                                                         seconds=args.seconds))
                print(f"  accounts {'on ' if accounts else 'off'}  log {level:7}  {cpu:6.3f} ms CPU/req  {rps:7.0f} req/s  "
                      f"p50 {p50:7.2f} ms  {errors} errors", flush=True)
                procs.stop([p for p in processes if p.pid == target.pid])
    finally:
        procs.stop(processes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
