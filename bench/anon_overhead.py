"""What anonymization adds to a request, measured alone (issue 18: an anonymized stream of 20 chunks
should cost at most 1.5x the CPU of a plain one).

    python bench/anon_overhead.py [--reps 3000]
    python bench/anon_overhead.py --http [--rounds 6] [--requests 1500] [--concurrency 1 64]
                                  [--base REV] [--against REV]

Why: `make bench` (bench/run.py) takes ~8 minutes and a quiet machine, and gives one number per
scenario; a change to the masking or the restoring needs its own share, measured in seconds.

In process (the default): the exact body bench/run.py's load generator sends to Tarnkappe with
`"anonymize": true` (its PROMPT, `"stream": true`) and the exact events bench/fast_upstream.py streams
back (20 deltas), each step timed by the process's CPU clock over `--reps` repetitions after a
warm-up, in 7 runs of which the fastest counts (other work on a shared machine only adds):

  * parse         the body read into a ChatRequest (the dialect's parser): every request pays it;
  * mask          the masking of that request (gateway/anonymization.py over tarnkappe.privacy);
  * events        the upstream's events decoded into chunks and rendered again as the client's events:
                  what the full stream path pays and a plain (relayed) stream does not;
  * restore       the restoring of those chunks (gateway/restore.py's StreamRestoring, a network read
                  at a time as the pipeline calls it).

With --http: a real gateway (bench/run.py's start_tarnkappe: accounts on, SQLite, info logs) and the
fake upstream, pinned as make bench pins them, asked in alternating rounds plain and with
`"anonymize": true`, streamed and not; the number is the gateway process's user + system CPU per
request (procs.cpu_seconds, as make bench counts it), and the ratio anonymized / plain is taken per
round (both measured seconds apart), then its median. With --base REV a second gateway runs the code
of git revision REV beside the working tree's, measured in the same rounds (bench/ab.py's extract);
with --against REV the first runs revision REV instead of the working tree.

Timings are for reading, never for pass/fail.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import fast_upstream  # noqa: E402
import procs  # noqa: E402
import run as bench  # noqa: E402
from loadgen import run_load  # noqa: E402

TRIALS = 7


def _cpu_us(step: Callable[[], object], reps: int) -> float:
    """CPU microseconds per call of `step`: the process's CPU clock over TRIALS runs of reps // TRIALS
    calls each, after a warm-up of reps // 10; the fastest run's (on a shared machine other work
    only ever adds to a run, so the least is the step's own cost)."""
    for _ in range(max(1, reps // 10)):
        step()
    calls = max(1, reps // TRIALS)
    runs = []
    for _ in range(TRIALS):
        started = time.process_time()
        for _ in range(calls):
            step()
        runs.append((time.process_time() - started) * 1e6 / calls)
    return min(runs)


def in_process(reps: int) -> None:
    """The steps of one anonymized streamed request, each timed alone (see the module doc)."""
    from tarnkappe.core.types import ChatChunk
    from tarnkappe.dialects.openai import parse_chat_request
    from tarnkappe.gateway import anonymization
    from tarnkappe.gateway.anonymization import mask_request
    from tarnkappe.gateway.restore import StreamRestoring
    from tarnkappe.privacy import Anonymizer, PrivacyConfig
    from tarnkappe.wire import openai as wire

    body = orjson.dumps({"model": "bench/echo", "messages": [{"role": "user", "content": bench.PROMPT}],
                         "anonymize": True, "stream": True})
    anonymizer = Anonymizer(PrivacyConfig())
    events = [orjson.loads(e.removeprefix(b"data: ")) for e in fast_upstream.STREAM if b"[DONE]" not in e]
    # What the gateway keeps per anonymizer (the protocol words' verdicts), where this revision has it.
    verbatim_kinds = getattr(anonymization, "VerbatimKinds", None)
    extra = (verbatim_kinds(anonymizer),) if verbatim_kinds is not None else ()
    vault = mask_request(anonymizer, parse_chat_request(orjson.loads(body)), *extra)

    def parse() -> object:
        return parse_chat_request(orjson.loads(body))

    def parse_and_mask() -> object:
        return mask_request(anonymizer, parse_chat_request(orjson.loads(body)), *extra)

    def decode() -> list[ChatChunk]:
        return [chunk for event in events for chunk in wire.chunks_from_wire(event, "bench/echo")]

    def decode_and_render() -> object:
        return [orjson.dumps(wire.chunk_to_wire(chunk, with_usage_field=False)) for chunk in decode()]

    def decode_and_restore() -> object:
        restoring = StreamRestoring(vault)
        out: list[ChatChunk] = []
        for chunk in decode():  # one network read per event, as the fake upstream writes them
            restoring.restore(chunk, out)
        restoring.end()
        return out

    parse_us = _cpu_us(parse, reps)
    mask_us = _cpu_us(parse_and_mask, reps) - parse_us
    decode_us = _cpu_us(decode, reps)
    events_us = _cpu_us(decode_and_render, reps)
    restore_us = _cpu_us(decode_and_restore, reps) - decode_us
    print(f"one anonymized stream's steps, CPU per request, the fastest of {TRIALS} runs of {reps // TRIALS} "
          f"(in process, {len(bench.PROMPT)}-character prompt, {fast_upstream.DELTAS} deltas):")
    print(f"  parse the body          {parse_us:8.1f} us  (every request)")
    print(f"  mask                    {mask_us:8.1f} us")
    print(f"  decode + render events  {events_us:8.1f} us  (the full stream path; a relayed stream skips it)")
    print(f"  restore the chunks      {restore_us:8.1f} us")
    print(f"  anonymization's share   {mask_us + restore_us:8.1f} us  (mask + restore)")


# --------------------------------------------------------------------------- over HTTP


async def _cpu_ms(target: bench.Target, body: dict, *, stream: bool, concurrency: int, requests: int) -> float:
    """The gateway's CPU milliseconds per request over `requests` requests (closed loop)."""
    before = procs.cpu_seconds(target.pid)
    result = await run_load(target.url, body, target.headers, concurrency=concurrency, requests=requests,
                            stream=stream, time_limit_s=120)
    if result.errors:
        raise SystemExit(f"{target.name}: {result.errors} requests failed")
    return (procs.cpu_seconds(target.pid) - before) * 1000 / max(1, len(result.samples))


def over_http(args: argparse.Namespace) -> None:
    """Plain and anonymized requests to real gateways, in alternating rounds (see the module doc)."""
    import ab

    gateway_cpu, other_cpu = procs.cpus()
    os.sched_setaffinity(0, {other_cpu})
    procs.boost()
    processes: list = [procs.keep_awake(c) for c in sorted({gateway_cpu, other_cpu})]
    base_src = ab.extract(args.base) if args.base else None
    other_src = ab.extract(args.against) if args.against else ROOT / "src"
    try:
        upstream = bench.start_upstream(other_cpu, processes)
        versions = [(args.against or "work tree", other_src)] + ([(f"base {args.base}", base_src)] if base_src else [])
        targets = [ab.start(name, src, gateway_cpu, upstream, processes, callgrind=None) for name, src in versions]
        for target in targets:
            for body in (target.body, {**target.body, "anonymize": True}):
                problem = asyncio.run(bench.check(bench.Target(target.name, target.url, target.headers, body)))
                if problem:
                    raise SystemExit(f"{target.name}: {problem}")
        kinds = [(stream, c) for stream in (True, False) for c in args.concurrency]
        cpu: dict[tuple[str, bool, int, bool], list[float]] = {}
        for target in targets:  # warm-up, not measured
            for stream, c in kinds:
                for anon in (False, True):
                    asyncio.run(_cpu_ms(target, {**target.body, "anonymize": anon}, stream=stream, concurrency=c,
                                        requests=args.requests // 3))
        for round_ in range(args.rounds):
            order = targets if round_ % 2 == 0 else targets[::-1]
            for stream, c in kinds:
                for target in order:
                    for anon in ((False, True) if round_ % 2 == 0 else (True, False)):
                        ms = asyncio.run(_cpu_ms(target, {**target.body, "anonymize": anon}, stream=stream,
                                                 concurrency=c, requests=args.requests))
                        cpu.setdefault((target.name, stream, c, anon), []).append(ms)
            print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr, flush=True)
        print(f"CPU per request, {args.rounds} alternating rounds of {args.requests} requests each "
              f"(gateway pinned to core {gateway_cpu}; median, min-max):")
        for target in targets:
            for stream, c in kinds:
                plain, anon = cpu[(target.name, stream, c, False)], cpu[(target.name, stream, c, True)]
                ratio = statistics.median(a / p for a, p in zip(anon, plain, strict=True))
                kind = "stream    " if stream else "non-stream"
                print(f"  {target.name:14} {kind} c={c:<3} plain {statistics.median(plain):.3f} ms "
                      f"({min(plain):.3f}-{max(plain):.3f})  anon {statistics.median(anon):.3f} ms "
                      f"({min(anon):.3f}-{max(anon):.3f})  anon/plain {ratio:.2f}x  "
                      f"(+{statistics.median(anon) - statistics.median(plain):.3f} ms)")
    finally:
        procs.stop(processes)
        time.sleep(0.5)
        for src in (base_src, other_src if args.against else None):
            if src is not None:
                shutil.rmtree(src.parent, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3000, help="in process: repetitions per step")
    parser.add_argument("--http", action="store_true", help="measure real gateways over HTTP instead")
    parser.add_argument("--rounds", type=int, default=6, help="--http: alternating rounds")
    parser.add_argument("--requests", type=int, default=1500, help="--http: requests per round and kind")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1], help="--http: closed-loop concurrencies")
    parser.add_argument("--base", metavar="REV", help="--http: also a gateway running git revision REV")
    parser.add_argument("--against", metavar="REV", help="--http: revision REV instead of the working tree (where "
                        "other sessions' unfinished changes may be)")
    args = parser.parse_args()
    if args.http:
        over_http(args)
    else:
        sys.path.insert(0, str(ROOT / "src"))
        in_process(args.reps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
