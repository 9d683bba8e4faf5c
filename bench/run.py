"""`make bench`: Tarnkappe side by side with the gateway people use today (LiteLLM proxy), with
Portkey's open-source gateway, with a bare pass-through proxy as the floor, and with no gateway at
all — on this machine, in one run — then Tarnkappe's anonymizer against Presidio's.

    python bench/run.py [--quick] [--skip-litellm] [--skip-portkey] [--skip-anonymization] [--readme docs/performance.md]

Gateways: against one fast fake OpenAI-compatible upstream on 127.0.0.1 (bench/fast_upstream.py),
the same requests go
  * direct          to the upstream itself (no gateway),
  * pass-through    through bench/passthrough_proxy.py (the floor: ~80 lines of aiohttp, no auth),
  * Tarnkappe       through `python -m tarnkappe serve`, with accounts on when the gateway has them
                    (an organisation with a spending limit and rate limits, a database key, the
                    ledger), anonymization off,
  * Tarnkappe+anon  the same gateway with `"anonymize": true` in the body, if it accepts that,
  * Tarnkappe Messages / Tarnkappe Responses
                    the same gateway and model spoken to in Anthropic's Messages API and OpenAI's
                    Responses API (closed loop only): what the translation to and from the
                    canonical types costs next to Chat Completions (issue 16: ≤ 1.3×),
  * LiteLLM         through LiteLLM's proxy (bench/requirements/litellm.txt, in its own venv),
                    configured as its production guide says, with its master key,
  * Portkey         through Portkey's open-source gateway (Node; @portkey-ai/gateway from
                    bench/portkey/package.json and its package-lock.json, installed with `npm ci`),
                    started as its README says (`build/start-server.js`, here `--headless`: no
                    console UI), told per request in its documented headers to use its `openai`
                    provider with the fake upstream as custom host (x-portkey-provider,
                    x-portkey-custom-host); those headers go to this target only.
Every gateway is pinned to the same core; the upstream and the load generator share the other;
a lowest-priority busy loop keeps each core awake. Scenarios: non-streamed and streamed (20
deltas) at concurrency 1 and 64, closed loop, each run bounded in requests and seconds.

Writes bench/results/gateway_comparison.{md,json,png} and, unless skipped,
bench/results/anonymization_vs_presidio.md. Timings are for reading, never for pass/fail.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import aiohttp
import orjson
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE))

import procs  # noqa: E402
from loadgen import RunResult, percentile, run_load, run_open_loop  # noqa: E402

# A short German prompt with personal data in it, so that anonymization has something to do.
PROMPT = ("Bitte antworte Anna Meier (anna.meier@example.ch, +41 79 123 45 67) kurz: Die Rechnung "
          "2024-0815 über CHF 1'250.00 ist bezahlt, die Unterlagen folgen per Post.")
TARNKAPPE_LOG_LEVEL = "info"  # the shipped default: one request-log line per request


@dataclass
class Target:
    name: str
    url: str
    headers: dict[str, str]
    body: dict
    pid: int | None = None  # the gateway process (None: no gateway)
    note: str = ""
    startup_s: float | None = None
    # What a correct stream of 20 upstream deltas looks like in this target's API: one delta, and
    # the marker of its end.
    stream_delta: str = r'"content":\s*"tok\d+ "'
    stream_end: str = "[DONE]"
    open_loop: bool = True  # measured in the open-loop scenarios too
    # A JIT-compiled runtime (Node's V8) takes thousands of requests to reach its steady state
    # (Portkey's CPU per request halved over its first 4,000 here): such a target is sent this many
    # plain and as many streamed requests once, unmeasured, before the first scenario.
    jit_warmup_requests: int = 0


def dialect_targets(tarnkappe: Target) -> list[Target]:
    """The same Tarnkappe process and model, asked in Anthropic's Messages API and in OpenAI's
    Responses API instead of Chat Completions."""
    base = tarnkappe.url.removesuffix("/v1/chat/completions")
    key = tarnkappe.headers["Authorization"].removeprefix("Bearer ")
    model = tarnkappe.body["model"]
    return [
        Target("Tarnkappe Messages", base + "/v1/messages", {"x-api-key": key, "anthropic-version": "2023-06-01"},
               {"model": model, "max_tokens": 1024, "messages": [{"role": "user", "content": PROMPT}]},
               pid=tarnkappe.pid, stream_delta=r'"text":\s*"tok\d+ "', stream_end="event: message_stop",
               open_loop=False),
        Target("Tarnkappe Responses", base + "/v1/responses", tarnkappe.headers, {"model": model, "input": PROMPT},
               pid=tarnkappe.pid, stream_delta=r'"delta":\s*"tok\d+ "', stream_end="event: response.completed",
               open_loop=False),
    ]


@dataclass
class Scenario:
    label: str
    stream: bool
    concurrency: int
    rate: float | None = None  # open loop: requests per second, `concurrency` the most in flight


OPEN_LOOP_RATE = 400.0

SCENARIOS = [
    Scenario("non-stream", False, 1),
    Scenario("non-stream", False, 64),
    Scenario("stream", True, 1),
    Scenario("stream", True, 64),
    # Latency under load without saturation (issue 2's target: added p50 < 1 ms, p99 < 3 ms at 32
    # concurrent requests): a fixed arrival rate well below every contender's capacity but LiteLLM's.
    Scenario(f"open loop {OPEN_LOOP_RATE:.0f}/s, non-stream", False, 32, rate=OPEN_LOOP_RATE),
    Scenario(f"open loop {OPEN_LOOP_RATE:.0f}/s, stream", True, 32, rate=OPEN_LOOP_RATE),
]


@dataclass
class Measurement:
    target: str
    scenario: str
    stream: bool
    concurrency: int
    result: RunResult
    cpu_ms_per_request: float | None
    others_cpu_s: float = 0.0  # CPU the other (idle) gateways used meanwhile: interference


@dataclass
class Report:
    measurements: list[Measurement] = field(default_factory=list)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- gateways


def start_upstream(cpu: int, processes: list) -> str:
    port = procs.free_port()
    process = subprocess.Popen([sys.executable, str(HERE / "fast_upstream.py"), str(port)], preexec_fn=procs.pinned(cpu))
    processes.append(process)
    procs.wait_http(f"http://127.0.0.1:{port}/", process=process)
    return f"http://127.0.0.1:{port}/v1"


def start_passthrough(cpu: int, upstream: str, processes: list) -> Target:
    port = procs.free_port()
    process = subprocess.Popen([sys.executable, str(HERE / "passthrough_proxy.py"), str(port), upstream],
                               preexec_fn=procs.pinned(cpu))
    processes.append(process)
    startup = procs.wait_http(f"http://127.0.0.1:{port}/healthz", process=process)
    return Target("pass-through", f"http://127.0.0.1:{port}/v1/chat/completions", {},
                  {"model": "bench", "messages": [{"role": "user", "content": PROMPT}]},
                  pid=process.pid, startup_s=startup)


def _tarnkappe_cli(args: list[str], config: Path, workdir: Path, env: dict[str, str] | None = None) -> str:
    out = subprocess.run([sys.executable, "-m", "tarnkappe", *args, "--config", str(config)], cwd=workdir,
                         capture_output=True, text=True, check=True, env=env)
    return out.stdout


def start_tarnkappe(cpu: int, upstream: str, workdir: Path, processes: list, report: Report, *,
                    env: dict[str, str] | None = None, prefix: tuple[str, ...] = (),
                    startup_timeout: float = 120) -> Target:
    """Tarnkappe as an operator would run it. With accounts (if this checkout has them): a SQLite
    database, an organisation with a monthly spending limit and org and key rate limits far above
    what the bench sends (so every request is checked, reserved against the budget and metered,
    and none is refused), and a key created in the database. `env` and `prefix` (a command the
    server runs under, e.g. valgrind) let bench/ab.py run another version of the code the same way."""
    import tarnkappe.config as tk_config

    accounts = hasattr(tk_config, "AccountsSettings")
    config: dict = {
        "server": {"log_level": TARNKAPPE_LOG_LEVEL},
        "models": [{
            "name": "bench/echo", "provider": "openai", "upstream_model": "bench", "base_url": upstream,
            "api_key": "sk-bench", "region": "ch",
            "price": {"input_per_million": 0.15, "output_per_million": 0.60, "currency": "USD"},
        }],
    }
    if accounts:
        config["database"] = {"url": f"sqlite:///{workdir / 'tarnkappe.db'}"}
        config["exchange_rates"] = {"USD/CHF": 0.88}
    else:
        key = "tk-bench-" + secrets.token_urlsafe(16)
        config["api_keys"] = [{"name": "bench", "key": key}]
    path = workdir / "tarnkappe.yaml"
    path.write_text(yaml.safe_dump(config))
    if accounts:
        limits = ["--rpm", "100000000", "--tpm", "100000000000"]
        _tarnkappe_cli(["orgs", "create", "bench", "--limit", "1000000", "--currency", "CHF", "--period", "month",
                        *limits], path, workdir, env)
        key = _tarnkappe_cli(["keys", "create", "--org", "bench", "--name", "bench", *limits], path, workdir,
                             env).splitlines()[0]
        report.notes.append(
            "Tarnkappe ran with accounts on: SQLite database, organisation `bench` with a 1,000,000 CHF monthly "
            "spending limit and org + key rate limits (100M requests and 100G tokens per minute, never reached), "
            "a database-issued key; every request authenticated, rate-limited, reserved against the budget, "
            "settled and written to the usage ledger."
        )
    else:
        report.notes.append("Tarnkappe ran without accounts (this checkout has none): a key from `api_keys:`.")
    port = procs.free_port()
    log = open(workdir / "tarnkappe.log", "wb")
    process = subprocess.Popen(
        [*prefix, sys.executable, "-m", "tarnkappe", "serve", "--config", str(path), "--port", str(port)],
        cwd=workdir, preexec_fn=procs.pinned(cpu), stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    processes.append(process)
    startup = procs.wait_http(f"http://127.0.0.1:{port}/healthz", timeout=startup_timeout, process=process)
    return Target("Tarnkappe", f"http://127.0.0.1:{port}/v1/chat/completions", {"Authorization": f"Bearer {key}"},
                  {"model": "bench/echo", "messages": [{"role": "user", "content": PROMPT}]},
                  pid=process.pid, startup_s=startup)


def start_litellm(cpu: int, upstream: str, workdir: Path, processes: list, report: Report) -> Target:
    """LiteLLM's proxy as its production guide configures it: master key, batched spend writes,
    DB pool limit, error logs off, requests allowed without a DB, verbose off, JSON logs,
    LITELLM_LOG=ERROR; one worker (one core); the local price map (no internet here)."""
    import venvs

    venv = venvs.ensure("litellm")
    report.versions["litellm"] = venvs.version(venv, "litellm")
    master_key = "sk-bench-" + secrets.token_hex(16)
    config = {
        "model_list": [{"model_name": "bench/echo",
                        "litellm_params": {"model": "openai/bench", "api_key": "sk-bench", "api_base": upstream}}],
        "general_settings": {
            "master_key": master_key, "proxy_batch_write_at": 60, "database_connection_pool_limit": 10,
            "disable_error_logs": True, "allow_requests_on_db_unavailable": True,
        },
        "litellm_settings": {"request_timeout": 600, "set_verbose": False, "json_logs": True},
    }
    path = workdir / "litellm.yaml"
    path.write_text(yaml.safe_dump(config))
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR",
           "LITELLM_MODE": "PRODUCTION", "LITELLM_TELEMETRY": "False", "NO_DOCS": "True"}
    port = procs.free_port()
    log = open(workdir / "litellm.log", "wb")
    process = subprocess.Popen(
        [str(venv / "bin" / "litellm"), "--config", str(path), "--host", "127.0.0.1", "--port", str(port),
         "--num_workers", "1"],
        cwd=workdir, env=env, preexec_fn=procs.pinned(cpu), stdout=log, stderr=subprocess.STDOUT,
    )
    processes.append(process)
    startup = procs.wait_http(f"http://127.0.0.1:{port}/health/liveliness", timeout=180, process=process)
    return Target(f"LiteLLM {report.versions['litellm']}", f"http://127.0.0.1:{port}/v1/chat/completions",
                  {"Authorization": f"Bearer {master_key}"},
                  {"model": "bench/echo", "messages": [{"role": "user", "content": PROMPT}]},
                  pid=process.pid, startup_s=startup)


PORTKEY_PACKAGE = "@portkey-ai/gateway"


def start_portkey(cpu: int, upstream: str, workdir: Path, processes: list, report: Report) -> Target:
    """Portkey's open-source gateway as its README runs it (`npx @portkey-ai/gateway`, i.e. node
    build/start-server.js), here from the pinned install in bench/.venvs/portkey-HASH, on one core,
    with `--headless` (no console UI and no log stream for it; the log middleware still runs, as it
    does on every Node deployment). No config file: each request names the provider and the custom
    host in the headers its documentation gives for self-hosted models, and carries the upstream's
    key in Authorization, which Portkey forwards."""
    import venvs

    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed")
    install = venvs.ensure_npm("portkey")
    version = venvs.npm_version(install, PORTKEY_PACKAGE)
    node_version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    report.versions["portkey"] = version
    report.versions["portkey_node"] = node_version
    report.versions["portkey_hono"] = venvs.npm_version(install, "hono")
    report.versions["portkey_hono_node_server"] = venvs.npm_version(install, "@hono/node-server")
    port = procs.free_port()
    log = open(workdir / "portkey.log", "wb")
    process = subprocess.Popen(
        [node, str(install / "node_modules" / PORTKEY_PACKAGE / "build" / "start-server.js"), f"--port={port}",
         "--headless"],
        cwd=workdir, preexec_fn=procs.pinned(cpu), stdout=log, stderr=subprocess.STDOUT,
    )
    processes.append(process)
    startup = procs.wait_http(f"http://127.0.0.1:{port}/", timeout=60, process=process)
    report.notes.append(
        f"Portkey {version}: `{PORTKEY_PACKAGE}` under Node {node_version} (hono "
        f"{report.versions['portkey_hono']}, @hono/node-server {report.versions['portkey_hono_node_server']}, "
        f"as in Portkey's own lockfile: bench/portkey/package.json pins them with npm overrides, since "
        f"@hono/node-server 1.19.x breaks every stream), `node build/start-server.js --port=PORT --headless`; "
        f"headers `x-portkey-provider: openai`, `x-portkey-custom-host: <upstream>/v1`, the upstream key in "
        f"Authorization. No auth of its own, no metering. It waits 25 ms before the first event of every stream "
        f"(`setTimeout(resolve, 25)` in `readStream`, src/handlers/streamHandler.ts): that is most of its time "
        f"to first token and caps a stream's rate per connection."
    )
    return Target(f"Portkey {version}", f"http://127.0.0.1:{port}/v1/chat/completions",
                  {"x-portkey-provider": "openai", "x-portkey-custom-host": upstream,
                   "Authorization": "Bearer sk-bench"},
                  {"model": "bench", "messages": [{"role": "user", "content": PROMPT}]},
                  pid=process.pid, startup_s=startup, jit_warmup_requests=5000)


async def check(target: Target) -> str | None:
    """One plain and one streamed request: None if both are right, else what is wrong. A stream
    must carry the upstream's 20 deltas and end as its API ends a stream ([DONE] for Chat
    Completions)."""
    async with aiohttp.ClientSession(headers={"Content-Type": "application/json", **target.headers}) as session:
        for stream in (False, True):
            async with session.post(target.url, data=orjson.dumps({**target.body, "stream": stream})) as response:
                text = await response.text()
                if response.status != 200:
                    return f"HTTP {response.status}: {text[:300]}"
                if stream:
                    deltas = len(re.findall(target.stream_delta, text))
                    end = target.stream_end in text
                    if deltas != 20 or not end:
                        return f"stream with {deltas} deltas, {target.stream_end} {'present' if end else 'missing'}"
                elif "Gr" not in text:
                    return f"unexpected answer {text[:200]}"
    return None


# --------------------------------------------------------------------------- measuring


async def measure(targets: list[Target], args: argparse.Namespace, report: Report) -> None:
    gateway_pids = [t.pid for t in targets if t.pid]
    for target in targets:
        if target.jit_warmup_requests:
            requests = target.jit_warmup_requests // (10 if args.quick else 1)
            for stream in (False, True):
                await run_load(target.url, target.body, target.headers, concurrency=8, requests=requests,
                               stream=stream, time_limit_s=args.seconds)
            report.notes.append(f"{target.name} was first sent {requests:,} plain and {requests:,} streamed requests "
                                f"(at most {args.seconds:.0f} s each), unmeasured, for its JIT compiler to settle.")
    for scenario in SCENARIOS:
        many = scenario.concurrency > 1
        requests = (args.requests_c64 if many else args.requests_c1)
        for target in targets:
            if scenario.rate is not None and (target.name.startswith("LiteLLM") or not target.open_loop):
                continue  # LiteLLM serves well below the rate: an open loop would only measure its queue
            # Warm up connections, caches and lazily built paths; not measured.
            await run_load(target.url, target.body, target.headers, concurrency=scenario.concurrency,
                           requests=max(50, requests // 10), stream=scenario.stream, time_limit_s=args.warmup_s)
            others = [p for p in gateway_pids if p != target.pid]
            before = procs.cpu_seconds(target.pid) if target.pid else 0.0
            others_before = sum(procs.cpu_seconds(p) for p in others)
            if scenario.rate is not None:
                result = await run_open_loop(target.url, target.body, target.headers, rate=scenario.rate,
                                             requests=int(scenario.rate * args.seconds / 2), stream=scenario.stream,
                                             max_in_flight=scenario.concurrency)
            else:
                result = await run_load(target.url, target.body, target.headers, concurrency=scenario.concurrency,
                                        requests=requests, stream=scenario.stream, time_limit_s=args.seconds)
            cpu = None
            if target.pid:
                cpu = (procs.cpu_seconds(target.pid) - before) * 1000 / max(1, len(result.samples))
            others_cpu = sum(procs.cpu_seconds(p) for p in others) - others_before
            report.measurements.append(Measurement(target.name, scenario.label, scenario.stream, scenario.concurrency,
                                                   result, cpu, others_cpu))
            p50 = percentile([s.total_ms for s in result.samples], 50)
            print(f"  {scenario.label:10} c{scenario.concurrency:<3} {target.name:18} {len(result.samples):6} ok "
                  f"{result.errors:4} errors {result.rps:8.0f} req/s  p50 {p50:8.2f} ms  "
                  f"CPU {cpu if cpu is not None else float('nan'):6.2f} ms/req", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- rendering


def _f(value: float | None, digits: int = 2) -> str:
    if value is None or value != value:
        return "–"
    return f"{value:,.{digits}f}"


def rows(report: Report) -> list[dict]:
    """One row per (scenario, concurrency, metric, target): what the table and the JSON hold."""
    out = []
    direct: dict[tuple, tuple[float, float]] = {}
    for m in report.measurements:
        metrics = [("TTFT", lambda s: s.first_byte_ms), ("total", lambda s: s.total_ms)] if m.stream else \
                  [("", lambda s: s.total_ms)]
        for metric_name, metric in metrics:
            values = [metric(s) for s in m.result.samples]
            p50, p99 = percentile(values, 50), percentile(values, 99)
            key = (m.scenario, m.concurrency, metric_name)
            if m.target == "direct":
                direct[key] = (p50, p99)
            base = direct.get(key)
            out.append({
                "scenario": m.scenario + (f" {metric_name}" if metric_name else ""), "concurrency": m.concurrency,
                "target": m.target, "requests": len(m.result.samples), "errors": m.result.errors,
                "rps": m.result.rps, "p50_ms": p50, "p99_ms": p99,
                "added_p50_ms": None if m.target == "direct" or base is None else p50 - base[0],
                "added_p99_ms": None if m.target == "direct" or base is None else p99 - base[1],
                "cpu_ms_per_request": m.cpu_ms_per_request, "others_cpu_s": m.others_cpu_s,
                "latencies_ms": [round(v, 3) for v in values],
            })
    return out


def render_table(table: list[dict], report: Report) -> str:
    lines = [
        "| scenario | conc. | target | req/s | p50 ms | p99 ms | added p50 ms | added p99 ms | CPU ms/req | peak RSS MB |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in table:
        errors = f" ({r['errors']} errors)" if r["errors"] else ""
        lines.append(
            f"| {r['scenario']} | {r['concurrency']} | {r['target']}{errors} | {_f(r['rps'], 0)} | {_f(r['p50_ms'])} | "
            f"{_f(r['p99_ms'])} | {_f(r['added_p50_ms'])} | {_f(r['added_p99_ms'])} | "
            f"{_f(r['cpu_ms_per_request'])} | {_f(report.peak_rss_mb.get(r['target']), 0)} |"
        )
    return "\n".join(lines)


def goals(table: list[dict], targets: list[Target]) -> str:
    """The issues' targets, Tarnkappe against LiteLLM, Portkey and the pass-through floor."""
    def get(target: str, scenario: str, conc: int) -> dict | None:
        return next((r for r in table if r["target"] == target and r["scenario"] == scenario and r["concurrency"] == conc), None)

    litellm = next((t.name for t in targets if t.name.startswith("LiteLLM")), None)
    portkey = next((t.name for t in targets if t.name.startswith("Portkey")), None)
    lines = ["| goal | Tarnkappe | reference | ratio | met |", "|---|---:|---:|---:|---|"]

    def ratio_row(goal: str, ours: float | None, theirs: float | None, want: float, higher_is_better: bool,
                  unit: str, digits: int = 2) -> None:
        if ours is None or theirs is None:
            lines.append(f"| {goal} | {_f(ours, digits)} {unit} | {_f(theirs, digits)} {unit} | – | – |")
            return
        ratio = (ours / theirs) if higher_is_better else (theirs / ours if ours > 0 else float("inf"))
        met = ratio >= want
        lines.append(f"| {goal} | {_f(ours, digits)} {unit} | {_f(theirs, digits)} {unit} | {ratio:,.1f}× | "
                     f"{'yes' if met else 'no'} |")

    tk = lambda s, c: get("Tarnkappe", s, c)  # noqa: E731
    ll = (lambda s, c: get(litellm, s, c)) if litellm else (lambda s, c: None)  # noqa: E731
    floor = lambda s, c: get("pass-through", s, c)  # noqa: E731
    val = lambda row, key: row[key] if row else None  # noqa: E731
    if litellm:
        ratio_row("added latency, non-stream c1 (p50), ≥20× less than LiteLLM",
                  val(tk("non-stream", 1), "added_p50_ms"), val(ll("non-stream", 1), "added_p50_ms"), 20, False, "ms")
        ratio_row("requests/s, non-stream c64, ≥20× LiteLLM",
                  val(tk("non-stream", 64), "rps"), val(ll("non-stream", 64), "rps"), 20, True, "req/s", 0)
        ratio_row("requests/s, stream c64, ≥20× LiteLLM",
                  val(tk("stream total", 64), "rps"), val(ll("stream total", 64), "rps"), 20, True, "req/s", 0)
    ttft = val(tk("stream TTFT", 1), "added_p50_ms")
    lines.append(f"| added time to first token, stream c1 (p50), < 1 ms | {_f(ttft)} ms | 1.00 ms | – | "
                 f"{'–' if ttft is None else ('yes' if ttft < 1 else 'no')} |")
    for scenario, conc in (("non-stream", 64), ("stream total", 64)):
        ours, base = val(tk(scenario, conc), "cpu_ms_per_request"), val(floor(scenario, conc), "cpu_ms_per_request")
        if ours is None or base is None:
            continue
        lines.append(f"| CPU per request, {scenario} c{conc}, ≤ 2× the pass-through floor | {_f(ours)} ms | "
                     f"{_f(base)} ms (floor) | {ours / base:.2f}× the floor | {'yes' if ours <= 2 * base else 'no'} |")
    if litellm:
        for scenario, conc in (("non-stream", 64), ("stream total", 64)):
            ours, theirs = val(tk(scenario, conc), "cpu_ms_per_request"), val(ll(scenario, conc), "cpu_ms_per_request")
            ratio_row(f"CPU per request, {scenario} c{conc}, vs LiteLLM (for reading)", ours, theirs, 0, False, "ms")
    if portkey:
        pk = lambda s, c: get(portkey, s, c)  # noqa: E731
        ratio_row("added latency, non-stream c1 (p50), less than Portkey (issue 18)",
                  val(tk("non-stream", 1), "added_p50_ms"), val(pk("non-stream", 1), "added_p50_ms"), 1, False, "ms")
        ratio_row("requests/s, non-stream c64, more than Portkey (issue 18)",
                  val(tk("non-stream", 64), "rps"), val(pk("non-stream", 64), "rps"), 1, True, "req/s", 0)
        ratio_row("requests/s, stream c64, more than Portkey (issue 18)",
                  val(tk("stream total", 64), "rps"), val(pk("stream total", 64), "rps"), 1, True, "req/s", 0)
        ratio_row("added time to first token, stream c1 (p50), vs Portkey (its 25 ms wait included; for reading)",
                  val(tk("stream TTFT", 1), "added_p50_ms"), val(pk("stream TTFT", 1), "added_p50_ms"), 0, False, "ms")
        for scenario, conc in (("non-stream", 64), ("stream total", 64)):
            ours, theirs = val(tk(scenario, conc), "cpu_ms_per_request"), val(pk(scenario, conc), "cpu_ms_per_request")
            ratio_row(f"CPU per request, {scenario} c{conc}, vs Portkey (for reading)", ours, theirs, 0, False, "ms")
    for dialect in ("Tarnkappe Messages", "Tarnkappe Responses"):
        for goal, scenario, conc, key in (("added latency", "non-stream", 1, "added_p50_ms"),
                                          ("added time to first token", "stream TTFT", 1, "added_p50_ms"),
                                          ("CPU per request", "non-stream", 64, "cpu_ms_per_request"),
                                          ("CPU per request", "stream total", 64, "cpu_ms_per_request")):
            ours, chat = val(get(dialect, scenario, conc), key), val(tk(scenario, conc), key)
            if ours is None or chat is None or chat <= 0:
                continue
            lines.append(f"| {dialect.removeprefix('Tarnkappe ')} API: {goal}, {scenario} c{conc}, ≤ 1.3× Chat "
                         f"Completions (issue 16) | {_f(ours)} ms | {_f(chat)} ms | {ours / chat:.2f}× | "
                         f"{'yes' if ours <= 1.3 * chat else 'no'} |")
    open_loop = f"open loop {OPEN_LOOP_RATE:.0f}/s"
    for scenario in (f"{open_loop}, non-stream", f"{open_loop}, stream TTFT"):
        row = tk(scenario, 32)
        if row is None:
            continue
        p50, p99 = row["added_p50_ms"], row["added_p99_ms"]
        met = p50 is not None and p99 is not None and p50 < 1 and p99 < 3
        lines.append(f"| added latency, {scenario}, ≤32 in flight: p50 < 1 ms, p99 < 3 ms (issue 2) | "
                     f"{_f(p50)} / {_f(p99)} ms | 1.00 / 3.00 ms | – | {'yes' if met else 'no'} |")
    return "\n".join(lines)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.machine()}, {os.cpu_count()} cores ({model}){mem}, Linux {platform.release()}"


def update_readme(path: Path, text: str) -> None:
    readme = path.read_text()
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in readme or end not in readme:
        raise SystemExit(f"{path}: no {start} … {end} block to replace")
    before, rest = readme.split(start, 1)
    after = rest.split(end, 1)[1]
    path.write_text(f"{before}{start}\n{text.strip()}\n{end}{after}")


# --------------------------------------------------------------------------- main


def run_gateways(args: argparse.Namespace) -> tuple[str, dict]:
    gateway_cpu, other_cpu = procs.cpus()
    os.sched_setaffinity(0, {other_cpu})
    niceness = procs.boost()
    report = Report()
    processes: list[subprocess.Popen] = [procs.keep_awake(c) for c in sorted({gateway_cpu, other_cpu})]
    workdir = Path(tempfile.mkdtemp(prefix="tk-bench-"))
    loadavg_before = Path("/proc/loadavg").read_text().strip()
    started = time.monotonic()
    try:
        upstream = start_upstream(other_cpu, processes)
        direct = Target("direct", upstream + "/chat/completions", {},
                        {"model": "bench", "messages": [{"role": "user", "content": PROMPT}]})
        targets = [direct, start_passthrough(gateway_cpu, upstream, processes)]
        tarnkappe = start_tarnkappe(gateway_cpu, upstream, workdir, processes, report)
        targets.append(tarnkappe)
        anon = Target("Tarnkappe+anon", tarnkappe.url, tarnkappe.headers, {**tarnkappe.body, "anonymize": True},
                      pid=tarnkappe.pid)
        if not args.skip_litellm:
            targets.append(start_litellm(gateway_cpu, upstream, workdir, processes, report))
        if not args.skip_portkey:
            try:
                targets.append(start_portkey(gateway_cpu, upstream, workdir, processes, report))
            except (RuntimeError, SystemExit, OSError, subprocess.SubprocessError) as exc:
                report.notes.append(f"Portkey left out: it could not be installed or started ({exc}).")
        for target in list(targets):
            problem = asyncio.run(check(target))
            if problem:
                targets.remove(target)
                report.notes.append(f"{target.name} left out: its answers were wrong ({problem}).")
        problem = asyncio.run(check(anon))
        if problem is None:
            targets.insert(targets.index(tarnkappe) + 1, anon)
            report.notes.append("Tarnkappe+anon: the same gateway process, requests with `\"anonymize\": true`.")
        else:
            report.notes.append(f"Tarnkappe with anonymization: not yet available in this checkout "
                                f"(`\"anonymize\": true` answered {problem}).")
        position = targets.index(tarnkappe) + 1 + (anon in targets)
        for dialect in dialect_targets(tarnkappe):
            problem = asyncio.run(check(dialect))
            if problem is None:
                targets.insert(position, dialect)
                position += 1
            else:
                report.notes.append(f"{dialect.name} left out: its answers were wrong ({problem}).")
        report.notes.append("Tarnkappe Messages / Responses: the same gateway process and model, asked in "
                            "Anthropic's Messages API and OpenAI's Responses API (closed loop only).")
        for target in targets:
            print(f"bench: {target.name}: {target.url}" + (f" (up in {target.startup_s:.1f} s)" if target.startup_s else ""),
                  file=sys.stderr)
        asyncio.run(measure(targets, args, report))
        for target in targets:
            if target.pid:
                report.peak_rss_mb[target.name] = procs.peak_rss_mb(target.pid)
        if "Tarnkappe" in report.peak_rss_mb and "Tarnkappe+anon" in [t.name for t in targets]:
            report.peak_rss_mb["Tarnkappe+anon"] = report.peak_rss_mb["Tarnkappe"]
        ledger = _ledger(workdir)
        if ledger:
            report.notes.append(ledger)
    finally:
        procs.stop(processes)
    shutil.rmtree(workdir, ignore_errors=True)  # kept (configs, logs, database) only when a run fails
    loadavg_after = Path("/proc/loadavg").read_text().strip()
    table = rows(report)
    interference = max((r["others_cpu_s"] for r in table), default=0.0)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"Measured {when} on {machine()}, Python {platform.python_version()}"
        f"{' (quick run)' if args.quick else ''}: each gateway pinned to core {gateway_cpu}, the upstream and the "
        f"load generator to core {other_cpu}, all of them at niceness {niceness} (above the machine's other "
        f"work), a nice-19 busy loop on each core. Load average before "
        f"`{loadavg_before}`, after `{loadavg_after}`; {time.monotonic() - started:.0f} s."
    )
    text = "\n".join([
        header, "",
        render_table(table, report), "",
        "Closed loop: at concurrency 64 every server runs saturated, so its latency there is mostly its queue "
        "(64 ÷ its requests/s); \"added\" compares with the same percentile of direct. TTFT is the time to the "
        "first body byte of a stream, total the time to its last. CPU ms/req is the gateway process's user + "
        "system time over the measured requests; peak RSS its VmHWM over the whole run.", "",
        "Against the issue's targets:", "",
        goals(table, targets), "",
        *[f"- {note}" for note in report.notes],
        f"- Idle gateways pinned to the same core used at most {interference:.2f} s CPU during any one "
        f"measurement of another.",
        "- Start-up to first answer: " + ", ".join(f"{t.name} {t.startup_s:.1f} s" for t in targets if t.startup_s),
        f"- Versions: {versions_line(report)}.",
        f"- Command: `{command_line()}`; the contenders are installed on first use, pinned: LiteLLM with pip from "
        f"bench/requirements/litellm.txt into bench/.venvs/litellm-HASH, Portkey with `npm ci --ignore-scripts` "
        f"from bench/portkey/package.json and package-lock.json into bench/.venvs/portkey-HASH.",
        "",
    ])
    subtitle = f"Measured {when} on {machine()}, Python {platform.python_version()}{' (quick run)' if args.quick else ''}"
    data = {"header": header, "subtitle": subtitle, "rows": table, "peak_rss_mb": report.peak_rss_mb, "notes": report.notes,
            "versions": report.versions, "targets": [t.name for t in targets]}
    return text, data


def versions_line(report: Report) -> str:
    parts = [f"Python {platform.python_version()}"]
    from importlib.metadata import PackageNotFoundError, version

    try:
        parts.append(f"Tarnkappe {version('tarnkappe')} {source_revision()}")
    except PackageNotFoundError:
        pass
    if "litellm" in report.versions:
        parts.append(f"LiteLLM {report.versions['litellm']}")
    if "portkey" in report.versions:
        parts.append(f"@portkey-ai/gateway {report.versions['portkey']} (Node {report.versions['portkey_node']}, "
                     f"hono {report.versions['portkey_hono']}, @hono/node-server "
                     f"{report.versions['portkey_hono_node_server']})")
    return ", ".join(parts)


def source_revision() -> str:
    """The commit the measured Tarnkappe was run from, and whether src/ had uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "(revision unknown)"
    return f"(commit {head}{', with uncommitted changes under src/' if dirty else ''})"


def command_line() -> str:
    """How this run was started, relative to the repository."""
    script = Path(sys.argv[0]).resolve()
    shown = script.relative_to(ROOT) if script.is_relative_to(ROOT) else script
    return " ".join(["python", str(shown), *sys.argv[1:]])


def _ledger(workdir: Path) -> str | None:
    """What the usage ledger recorded during the run (evidence that metering was on)."""
    config = workdir / "tarnkappe.yaml"
    if not (workdir / "tarnkappe.db").exists():
        return None
    try:
        out = subprocess.run([sys.executable, "-m", "tarnkappe", "usage", "--json", "--config", str(config)],
                             cwd=workdir, capture_output=True, text=True, timeout=60, check=True).stdout
        lines = json.loads(out)
    except (subprocess.SubprocessError, ValueError):
        return None
    requests = sum(int(line.get("requests", 0)) for line in lines)
    cost = ", ".join(f"{line.get('cost')} {line.get('currency')}" for line in lines)
    return f"Tarnkappe's usage ledger after the run: {requests:,} requests metered ({cost})."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer requests and shorter runs (a smoke run)")
    parser.add_argument("--skip-litellm", action="store_true", help="leave LiteLLM out (no venv needed)")
    parser.add_argument("--skip-portkey", action="store_true", help="leave Portkey's gateway out (no npm needed)")
    parser.add_argument("--skip-gateways", action="store_true", help="only the anonymization comparison")
    parser.add_argument("--skip-anonymization", action="store_true", help="leave the Presidio comparison out")
    parser.add_argument("--readme", type=Path, help="also replace the bench block (<!-- bench:start/end -->) of this file with the results, e.g. docs/performance.md")
    args = parser.parse_args()
    args.requests_c1 = 300 if args.quick else 3000
    args.requests_c64 = 2000 if args.quick else 20000
    args.seconds = 5.0 if args.quick else 20.0
    args.warmup_s = 2.0 if args.quick else 4.0
    RESULTS.mkdir(parents=True, exist_ok=True)
    sections = []
    if not args.skip_gateways:
        text, data = run_gateways(args)
        (RESULTS / "gateway_comparison.md").write_text(text)
        (RESULTS / "gateway_comparison.json").write_text(json.dumps(data))
        try:
            import plot

            png = plot.plot(data, RESULTS / "gateway_comparison.png")
            text += f"\nLatency distributions: `{png.relative_to(ROOT)}`.\n"
        except ImportError as exc:
            text += f"\n(No plot: {exc}.)\n"
        print(text)
        sections.append(text)
    if not args.skip_anonymization:
        import anonymization_vs_presidio

        anon_text = anonymization_vs_presidio.run(quick=args.quick)
        (RESULTS / "anonymization_vs_presidio.md").write_text(anon_text)
        print(anon_text)
        sections.append(anon_text)
    if args.readme and sections:
        update_readme(args.readme, "\n\n".join(sections))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
