"""Worst cases of the anonymizer: ms per 100 KB per detector, next to the typical prompt, and how
much a 1 MB masking thread delays a small task on another thread (the GIL).

Each detector gets the adversarial shapes of issue 12 and the ones the linear-time tests generate
(runs of capitalised hyphenated words, digits with separators, "@" and dots, repeated cue and
street words, "de la" runs, repeated names, long lines), each repeated to ~100 KB.  Prints the
slowest shape per detector (best of --reps runs, ms per 100 KB), the whole mask of that text, and
the ~2,000-token German prompt of speed.py (median).  Numbers, no pass/fail.

GIL delay: a thread masks a 1 MB text (mixed prompt paragraphs and the worst shapes) while the
main thread wakes every 1 ms and runs a tiny task; reported is the p99 of (how late the task ran)
minus the same without the masking thread.

Usage (repo root): python bench/privacy/worst_case.py [--reps 3] [--kb 100]
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from speed import PARAGRAPHS, build_prompt  # noqa: E402
from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402

SHAPES: dict[str, list[str]] = {
    "address": ["\n8000 " + "A-" * 300 + "A!", "Rue " + "A-" * 200 + "!", "Aa" + "-Aa" * 400 + " ",
                "Bahnhofstrasse 12\n8001 " + "Zürich " * 3, "Am " + "Markt " * 50, "CH-8000 " + "A " * 100,
                "12 rue de la " + "de la " * 50, "Via " + "del " * 80 + "Roma 1", "Obere Gasse 5a, " * 3],
    "contact": ["a@" + "a." * 200 + "1", "@" * 300, "a" * 70 + "@", "http://" * 100, "www." * 100,
                "1.2.3." * 100, "::" + "a:" * 100, "x.y@" * 50],
    "identifiers": ["CH93 0076 2011 6238 5295 " * 5, "CH12 345 " * 20, "4111 1111 1111 111" * 5,
                    "0000 " * 100, "756." * 60, "CHE-116.281.71 " * 10, "DE12345678 " * 20],
    "phone": ["044 668 18 00, " * 20, "+41 " * 60, "0" * 500, "(0" * 100 + ")", "1-2-3-4-5-6-7-8 " * 20,
              "044 668 18 %02d, " % 7 * 20],
    "dob": ["geboren am " * 100, "geboren " + "am Mai " * 100 + "1978", "born " + "x " * 200],
    "persons": ["Anna Meier " * 50, "Anna " + "de la " * 200 + "Meier", "Frau " * 200, "Herr Dr. " * 100,
                "Freundliche Grüsse\n" * 50, "Hans-Peter-" * 100, "A" * 500, "Müllers " * 100],
    "terms": ["Projekt Falke " * 50, "Projekt " * 100],
}


def _repeat(shape: str, chars: int) -> str:
    return (shape * (chars // len(shape) + 1))[:chars]


def _anonymizer() -> Anonymizer:
    fields = PrivacyConfig.__dataclass_fields__
    extra = {"learned_names": False} if "learned_names" in fields else {}
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], **extra))


def _best(fn, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def worst_per_detector(anonymizer: Anonymizer, reps: int, chars: int) -> None:
    detectors = {d.name: d for d in anonymizer._detectors}
    detectors["persons"] = anonymizer._persons
    print(f"| detector | worst shape (repeated to {chars // 1000} KB) | detector ms/100 KB | whole mask ms/100 KB |")
    print("|---|---|---:|---:|")
    for name, shapes in SHAPES.items():
        det = detectors[name]
        worst = max(((_best(lambda t=_repeat(s, chars): list(det.detect(t)), reps), s) for s in shapes))
        text = _repeat(worst[1], chars)
        whole = _best(lambda: anonymizer.mask(text, anonymizer.new_vault()), reps)
        scale = 100_000 / chars
        print(f"| {name} | `{worst[1][:28]!r}` | {worst[0] * scale:.1f} | {whole * scale:.1f} |")


def typical(anonymizer: Anonymizer, reps: int = 200) -> None:
    prompt = build_prompt()
    for _ in range(20):
        anonymizer.mask(prompt, anonymizer.new_vault())
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        anonymizer.mask(prompt, anonymizer.new_vault())
        times.append((time.perf_counter() - t) * 1000)
    print(f"\ntypical ~2,000-token German prompt ({len(prompt)} chars): median {statistics.median(times):.2f} ms "
          f"({statistics.median(times) * 100_000 / len(prompt):.1f} ms/100 KB)")


def _lateness(stop: threading.Event, seconds: float) -> list[float]:
    """Wake every 1 ms, run a tiny task, record how late it ran (ms)."""
    late = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not stop.is_set():
        due = time.perf_counter() + 0.001
        time.sleep(0.001)
        sum(range(100))  # the "plain request": a little Python work
        late.append((time.perf_counter() - due) * 1000)
    return late


def gil_delay(anonymizer: Anonymizer) -> None:
    mixed = "\n\n".join(PARAGRAPHS) + "\n" + "".join(s for shapes in SHAPES.values() for s in shapes)
    text = _repeat(mixed, 1_000_000)
    baseline = sorted(_lateness(threading.Event(), 2.0))
    done = threading.Event()
    took: list[float] = []

    def mask() -> None:
        t = time.perf_counter()
        anonymizer.mask(text, anonymizer.new_vault())
        took.append(time.perf_counter() - t)
        done.set()

    worker = threading.Thread(target=mask)
    worker.start()
    loaded = sorted(_lateness(done, 120.0))
    worker.join()
    p99 = lambda xs: xs[min(len(xs) - 1, int(0.99 * len(xs)))]  # noqa: E731
    print(f"\n1 MB mask in a thread: {took[0] * 1000:.0f} ms; a 1 ms-timer task on the main thread ran late by "
          f"p99 {p99(loaded):.2f} ms (max {loaded[-1]:.2f}) vs {p99(baseline):.2f} ms without it: "
          f"+{p99(loaded) - p99(baseline):.2f} ms at p99 ({len(loaded)} samples)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--kb", type=int, default=100)
    ap.add_argument("--no-gil", action="store_true")
    args = ap.parse_args(argv)
    anonymizer = _anonymizer()
    worst_per_detector(anonymizer, args.reps, args.kb * 1000)
    typical(anonymizer)
    if not args.no_gil:
        gil_delay(anonymizer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
