"""Gateway overhead benchmark: the same requests sent directly to a fast fake upstream and through
Tarnkappe, in one run, on this machine.

    python bench/run.py [--quick] [--out bench/results/gateway_overhead.md]

The gateway is pinned to core 0; the fake upstream and the load generator share core 1. A
lowest-priority busy loop keeps each core awake, so that waking an idle core (up to milliseconds)
is not counted as the gateway's. Prints a markdown table of added latency (p50, p99), requests/s
and gateway CPU per request; timings are for reading, never for pass/fail.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from loadgen import RunResult, percentile, run_load, run_open_loop  # noqa: E402

KEY = "tk-bench-" + os.urandom(8).hex()
BODY = {"model": "bench/echo", "messages": [{"role": "user", "content": "Wie spät ist es in Zürich?"}]}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pinned(cpu: int) -> callable:
    def apply() -> None:
        os.sched_setaffinity(0, {cpu})
    return apply


def keep_awake(cpu: int) -> subprocess.Popen:
    code = "import os; os.nice(19)\nwhile True: pass"
    return subprocess.Popen([sys.executable, "-c", code], preexec_fn=pinned(cpu))


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Row:
    scenario: str
    concurrency: int
    direct: RunResult
    gateway: RunResult
    cpu_ms_per_request: float


def fmt(value: float) -> str:
    return f"{value:.2f}"


def render(rows: list[Row], rss: float) -> str:
    lines = [
        "| scenario | conc. | direct p50 ms | gateway p50 ms | added p50 ms | added p99 ms | direct req/s | gateway req/s | gateway CPU ms/req |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        metric = (lambda s: s.first_byte_ms) if row.scenario.endswith("TTFT") else (lambda s: s.total_ms)
        d = [metric(s) for s in row.direct.samples]
        g = [metric(s) for s in row.gateway.samples]
        lines.append(
            f"| {row.scenario} | {row.concurrency} | {fmt(percentile(d, 50))} | {fmt(percentile(g, 50))} | "
            f"{fmt(percentile(g, 50) - percentile(d, 50))} | {fmt(percentile(g, 99) - percentile(d, 99))} | "
            f"{row.direct.rps:.0f} | {row.gateway.rps:.0f} | {fmt(row.cpu_ms_per_request)} |"
        )
    lines.append("")
    lines.append(f"Gateway peak RSS: {rss:.0f} MB. Errors: " + ", ".join(
        f"{r.scenario}/c{r.concurrency}: {r.direct.errors}+{r.gateway.errors}" for r in rows))
    return "\n".join(lines)


async def measure(args: argparse.Namespace, upstream_url: str, gateway_url: str, gateway_pid: int) -> list[Row]:
    headers = {"Authorization": f"Bearer {KEY}"}
    direct_body = {**BODY, "model": "bench"}
    rows: list[Row] = []
    for concurrency in (1, 32):
        n = (500 if args.quick else 3000) * (1 if concurrency == 1 else 4)
        for stream in (False, True):
            # Warm both paths (connections, caches) before measuring.
            await run_load(upstream_url, direct_body, {}, concurrency=concurrency, requests=200, stream=stream)
            await run_load(gateway_url, BODY, headers, concurrency=concurrency, requests=200, stream=stream)
            direct = await run_load(upstream_url, direct_body, {}, concurrency=concurrency, requests=n, stream=stream)
            before = cpu_seconds(gateway_pid)
            through = await run_load(gateway_url, BODY, headers, concurrency=concurrency, requests=n, stream=stream)
            cpu = (cpu_seconds(gateway_pid) - before) * 1000 / max(1, len(through.samples))
            if stream:
                rows.append(Row("stream TTFT", concurrency, direct, through, cpu))
                rows.append(Row("stream total", concurrency, direct, through, cpu))
            else:
                rows.append(Row("non-stream", concurrency, direct, through, cpu))
    # Latency under load, not at saturation: a fixed arrival rate with up to 32 requests in flight.
    for stream in (False, True):
        n = 1000 if args.quick else 5000
        direct = await run_open_loop(upstream_url, direct_body, {}, rate=args.rate, requests=n, stream=stream)
        before = cpu_seconds(gateway_pid)
        through = await run_open_loop(gateway_url, BODY, headers, rate=args.rate, requests=n, stream=stream)
        cpu = (cpu_seconds(gateway_pid) - before) * 1000 / max(1, len(through.samples))
        label = f"open loop {args.rate:.0f}/s"
        if stream:
            rows.append(Row(f"{label}, stream TTFT", 32, direct, through, cpu))
            rows.append(Row(f"{label}, stream total", 32, direct, through, cpu))
        else:
            rows.append(Row(f"{label}, non-stream", 32, direct, through, cpu))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer requests (for a smoke run)")
    parser.add_argument("--rate", type=float, default=400.0, help="arrival rate of the open-loop runs (req/s)")
    parser.add_argument("--out", default=str(HERE / "results" / "gateway_overhead.md"))
    args = parser.parse_args()

    cpus = sorted(os.sched_getaffinity(0))
    gateway_cpu, other_cpu = (cpus[0], cpus[1]) if len(cpus) > 1 else (cpus[0], cpus[0])
    os.sched_setaffinity(0, {other_cpu})
    processes: list[subprocess.Popen] = [keep_awake(c) for c in {gateway_cpu, other_cpu}]
    workdir = Path(tempfile.mkdtemp(prefix="tk-bench-"))
    try:
        upstream_port, gateway_port = free_port(), free_port()
        processes.append(subprocess.Popen([sys.executable, str(HERE / "fast_upstream.py"), str(upstream_port)],
                                          preexec_fn=pinned(other_cpu)))
        config = {
            "server": {"log_level": "warning"},
            "api_keys": [{"name": "bench", "key": KEY}],
            "models": [{"name": "bench/echo", "provider": "openai", "upstream_model": "bench",
                        "base_url": f"http://127.0.0.1:{upstream_port}/v1", "api_key": "sk-bench"}],
        }
        (workdir / "tarnkappe.yaml").write_text(yaml.safe_dump(config))
        gateway = subprocess.Popen(
            [sys.executable, "-m", "tarnkappe", "serve", "--config", str(workdir / "tarnkappe.yaml"),
             "--port", str(gateway_port)],
            cwd=workdir, preexec_fn=pinned(gateway_cpu), stderr=subprocess.DEVNULL,
        )
        processes.append(gateway)
        wait_http(f"http://127.0.0.1:{gateway_port}/healthz")
        wait_http(f"http://127.0.0.1:{upstream_port}/")
        rows = asyncio.run(measure(
            args, f"http://127.0.0.1:{upstream_port}/v1/chat/completions",
            f"http://127.0.0.1:{gateway_port}/v1/chat/completions", gateway.pid,
        ))
        table = render(rows, peak_rss_mb(gateway.pid))
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)
    header = (f"Measured {date.today().isoformat()} on {platform.machine()} with {os.cpu_count()} cores "
              f"({platform.python_implementation()} {platform.python_version()}); gateway pinned to core "
              f"{gateway_cpu}, upstream and load generator to core {other_cpu}.\n")
    report = header + "\n" + table + "\n"
    print(report)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
