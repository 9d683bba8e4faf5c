"""Worst cases of the anonymizer: ms per 100 KB per detector, next to the typical prompt, and how
much a 1 MB masking thread delays a small task on another thread (the GIL).

Each detector gets the adversarial shapes of issue 12 and the ones the linear-time tests generate
(runs of capitalised hyphenated words, digits with separators, "@" and dots, repeated cue and
street words, "de la" runs, repeated names, long lines), each repeated to ~100 KB.  Prints the
slowest shape per detector (best of --reps runs, CPU ms per 100 KB), the whole mask of that text,
the slowest whole mask over all shapes, and the ~2,000-token German prompt of speed.py (median,
wall clock).  Shapes marked "distinct:" give every repetition another value (phone numbers, IBANs,
e-mails), which defeats the per-text memo of validations.  Numbers, no pass/fail.

GIL delay: a thread masks a 1 MB text (mixed prompt paragraphs and 400 characters of every shape)
--gil-rounds times while the main thread wakes every 1 ms and runs a tiny task; reported are
p50/p99/max of how late the task ran, without and with the masking thread.  A thread that runs
Python code holds the GIL until another asks for it and sys.getswitchinterval() has passed, so that
interval is the floor of the delay, and a full collection of the garbage collector holds it while it
walks the objects the mask made.  Measured as the gateway runs (server/gc_tuning.py: a 1 ms switch
interval, start-up objects frozen, young collections every 10,000 allocations); --python-defaults
measures Python's own settings instead (5 ms, 700), --switch-interval sets the interval.  --gil-stages
repeats the measurement per detector and stage (to find what holds the GIL longest).

The learned name detector is on, as shipped (--rules-only: off).

Usage (repo root): python bench/privacy/worst_case.py [--reps 3] [--kb 100] [--rules-only]
                   [--gil-only] [--gil-rounds 5] [--gil-stages] [--gil-dense] [--switch-interval MS]
                   [--python-defaults]
"""

from __future__ import annotations

import argparse
import gc
import pathlib
import statistics
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from speed import PARAGRAPHS, build_prompt  # noqa: E402
from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402
from tarnkappe.server.gc_tuning import THREAD_SWITCH_INTERVAL, freeze_startup_objects  # noqa: E402

SHAPES: dict[str, list[str]] = {
    "address": ["\n8000 " + "A-" * 300 + "A!", "Rue " + "A-" * 200 + "!", "Aa" + "-Aa" * 400 + " ",
                "Bahnhofstrasse 12\n8001 " + "Zürich " * 3, "Am " + "Markt " * 50, "CH-8000 " + "A " * 100,
                "12 rue de la " + "de la " * 50, "Via " + "del " * 80 + "Roma 1", "Obere Gasse 5a, " * 3,
                "Via " * 100, "St. " * 100,
                # cells, Eircodes, unit words (2026-12-04, session 9)
                ";1234 Aa;" * 20, ',"1234 Aa Bb",' * 20, "Aa, A98 AAAA " * 20, "Aa Co. Bb A98 " * 20,
                "1 Aa Street,LONDON " * 20, "Aa Straße 1/Top 2, EG links, " * 10],
    "contact": ["a@" + "a." * 200 + "1", "@" * 300, "a" * 70 + "@", "http://" * 100, "www." * 100,
                "1.2.3." * 100, "::" + "a:" * 100, "x.y@" * 50],
    "identifiers": ["CH93 0076 2011 6238 5295 " * 5, "CH12 345 " * 20, "4111 1111 1111 111" * 5,
                    "0000 " * 100, "756." * 60, "CHE-116.281.71 " * 10, "DE12345678 " * 20],
    "phone": ["044 668 18 00, " * 20, "+41 " * 60, "0" * 500, "(0" * 100 + ")", "1-2-3-4-5-6-7-8 " * 20,
              "044 668 18 %02d, " % 7 * 20],
    "dob": ["geboren am " * 100, "geboren " + "am Mai " * 100 + "1978", "born " + "x " * 200],
    "persons": ["Anna Meier " * 50, "Anna " + "de la " * 200 + "Meier", "Frau " * 200, "Herr Dr. " * 100,
                "Freundliche Grüsse\n" * 50, "Hans-Peter-" * 100, "A" * 500, "Müllers " * 100,
                # name-dense shapes found 2026-12-04 (every word an entity: the per-entity cost)
                "M. " * 100, "Jo Al " * 50, "Meier, Anna; " * 20, "Anwesend: " + "Anna, " * 50,
                "Van der " * 40, "MÜLLER " * 40],
    "terms": ["Projekt Falke " * 50, "Projekt " * 100],
    "mrz": ["P<CHEAA<<BB<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n", "<<" * 200 + "\n"],
    "accounts": ["@anna.meier ", "/home/aa ", "C:\\Users\\aa\\", "@" * 300],
    "hl7": ["PID|" + "|" * 300 + "\n", "PID|1||1||" + "Aa^" * 200 + "||19620415|F|||" + "A 1^" * 100 + "\n",
            "PID|1||1||" + "Aa~" * 300 + "\n", "PV1|" + "|" * 300 + "\r", "PID|\n" * 100,
            "NK1|1|Meier^Anna|SPO\n" * 20],
}


def _distinct(fmt) -> "Shape":
    """A shape whose every repetition is a different value (defeats per-text memos)."""
    return Shape(fmt)


class Shape(str):
    """A str naming the shape; _repeat calls ``fmt(i)`` for the i-th repetition."""

    def __new__(cls, fmt):
        obj = super().__new__(cls, "distinct: " + fmt(1))
        obj.fmt = fmt
        return obj


# Distinct values: phonenumbers / checksums / the vault cost per *distinct* value.
SHAPES["phone"] += [
    _distinct(lambda i: f"044 {100 + i % 900} {i % 97:02d} {(i // 97) % 100:02d}, "),   # valid CH, all distinct
    _distinct(lambda i: f"0{10 + i % 89} {i % 1000:03d} {i % 97:02d} {(i * 7) % 100:02d}, "),  # valid nowhere
    _distinct(lambda i: f"+41 79 {i % 1000:03d} {(i // 1000) % 100:02d} {i % 89:02d}, "),
]
SHAPES["identifiers"] += [_distinct(lambda i: f"CH{i % 100:02d} {i % 10000:04d} {(i * 7) % 10000:04d} 1 ")]


def _valid_iban(i: int) -> str:
    """The i-th valid CH IBAN (check digits fixed), grouped by four."""
    compact = _iban_checked(f"CH00 00762 {i:012d}".replace(" ", ""))
    return " ".join(compact[k:k + 4] for k in range(0, len(compact), 4))


def _iban_checked(compact: str) -> str:
    """``compact`` with its check digits (positions 2-3) set so that mod 97 holds."""
    rearranged = int((compact[4:] + compact[:2] + "00").translate({c: str(c - 55) for c in range(65, 91)}))
    return f"{compact[:2]}{98 - rearranged % 97:02d}{compact[4:]}"


def _luhn(digits: str) -> str:
    """``digits`` with its Luhn check digit appended (cards)."""
    total = sum(d if k % 2 else sum(divmod(2 * d, 10)) for k, d in enumerate(map(int, reversed(digits))))
    return digits + str(-total % 10)


def _ean13(digits: str) -> str:
    """``digits`` (12) with its EAN-13 check digit appended (AHV numbers)."""
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(digits))
    return digits + str(-total % 10)


# Distinct *valid* values (found in session 5): each passes its checksum, so python-stdnum and the
# vault see every one -- a CSV of IBANs or AHV numbers.
SHAPES["identifiers"] += [
    _distinct(lambda i: _valid_iban(i) + " "),
    _distinct(lambda i: (lambda d: f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]} ")(_ean13(f"756{i:09d}"))),
    _distinct(lambda i: _luhn(f"4111{i:011d}") + " "),
]
SHAPES["phone"] += [
    _distinct(lambda i: f"Tel. 0{10 + i % 89} {i % 1000:03d} {i % 97:02d} {(i * 7) % 100:02d}, "),  # cued
    _distinct(lambda i: f"+1-{200 + i % 800}-555-{i % 10000:04d} "),  # strong shape (phone-cued)
]
SHAPES["contact"] += [_distinct(lambda i: f"u{i}@ex{i % 977}.ch ")]
# Session 11: chat exports, lower-case addresses (their capitalised view), the parts of an address,
# lists of names (their whole masks: these run after the detectors).
SHAPES["address"] += ["neue adresse: aastrasse 12, 8000 bb cc dd\n", "Via Aa 1, 6° piano, scala A, int. 3, ",
                      "Appt 6, 59 place du Marché, 06000 Nice, "]
SHAPES["persons"] += ["[03.12.26, 18:16:10] Aa: bb cc dd 12\n", "Meier, Anna   18:04\nhallo olga 12\n\n",
                      "ihr seid die besten. gunilla und behruz sanjarov 12 kommen\n", "Anna Meier, Bb und Cc, ",
                      "Anna Meier, née BB\n", "C. van der Linde "]
# Session 12: decomposed text (normalize.py's detection text), spelled-out e-mails, IBANs after the
# word, LaTeX line breaks (markup.py), transcripts, lower-case lines, names before a birth, pairs
# three spaces apart, logfmt values with spaces, dates made in code, "geboren" after dates.
SHAPES["persons"] += ["Anna Me\u0308ier, ", "a\u0301", "A" + "\u0301" * 70, "[00:01:44] Aa, Bb: cc 12.03.1980\n",
                      "hi henry, hi nour! ich bin otto, 35, lg otto\n", "∞ 1891 Aa Bb (* 14.11.1873) ",
                      "Hochzeit Leonore & Lothar ", "Familie Aa (Kinder: Bb, Cc) ", "Wir: Aa (30, Bb) ",
                      "Agent: Sabine T. ", "Ibrahim al-Rashid "]
SHAPES["contact"] += ["amy punkt walder at gmail punkt com ", " at " * 50, "a punkt " * 60 + "at b punkt c "]
SHAPES["identifiers"] += ["IBAN: de89 3704 0044 0532 0130 00 ", "IBAN " * 100, "IBAN: D E 8 9 " * 20]
SHAPES["address"] += ["\\" * 200, "Bachweg 7\\3011 Bern\\", "Z\\\"urich " * 40]
SHAPES["dob"] += ["am 3. März 1941 in Bern geboren ", "geboren " * 100, "1.1.1980 " * 20 + "geboren ",
                  "birth_date=date(1985, 3, 12) ", "(1985, 3, 12)" * 20, "* 07.03.1844 ", "° 2 octobre 1859 "]
SHAPES.setdefault("fields", []).extend(["NOM : AA   PRÉNOM : BB   " * 10 + "\n", "Aa:" + "   Nom: b" * 40 + "\n",
                     "holder=AA BB status=CC " * 10 + "\n"])
# Session 14: the label phrases (doorbells, birth names, account holders, signatures, new names: each match
# walked every entity until the review of session 14 -- quadratic), phone numbers as alternatives, streets
# abroad and before a postcode.
SHAPES["persons"] += ["Klingel: Anna Meier\n", "(geb. Meier) ", "\n-- Anna Meier",
                      "Anna Meier heisst jetzt Keller\n", "intestato a ANNA ROSSI. ", "- aa (papa von Bb) ", "Herr AAA BBB ", "Dr Aa, "]
SHAPES["phone"] += ["0 / ", "079 123 45 67 / ", "06131 / 35 32 30 / "]
SHAPES["address"] += ["Aa 1, 1234 Bb, ", "Rua Aa 1, 1234-567 Bb, ", "ul. Aa 1 m. 2, 00-950 Bb, ", "Aa Cad. No: 1 D: 2, ",
                      "Aa 1      Bb\n1234 Cc      Dd\n"]


def _repeat(shape: str, chars: int) -> str:
    fmt = getattr(shape, "fmt", None)
    if fmt is not None:
        parts, n, i = [], 0, 0
        while n < chars:
            parts.append(fmt(i))
            n += len(parts[-1])
            i += 1
        return "".join(parts)[:chars]
    return (shape * (chars // len(shape) + 1))[:chars]


def _anonymizer(learned: bool = True) -> Anonymizer:
    """As shipped (learned name detector on) unless ``learned`` is False: measured rules-only until
    2026-12-04, which hid a quadratic shape of the learned detector (100 KB of "A": 1.2 s)."""
    fields = PrivacyConfig.__dataclass_fields__
    extra = {"learned_names": learned} if "learned_names" in fields else {}
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"], **extra))


def _best(fn, reps: int) -> float:
    """Best of ``reps`` runs, in ms of this thread's CPU time (the machine is shared: CPU time
    does not count the time another process had the core)."""
    best = float("inf")
    for _ in range(reps):
        t = time.thread_time()
        fn()
        best = min(best, time.thread_time() - t)
    return best * 1000


def worst_per_detector(anonymizer: Anonymizer, reps: int, chars: int) -> None:
    detectors = {d.name: d for d in anonymizer._detectors}
    detectors["persons"] = anonymizer._persons
    scale = 100_000 / chars
    print(f"| detector | worst shape (repeated to {chars // 1000} KB) | detector ms/100 KB | whole mask ms/100 KB |")
    print("|---|---|---:|---:|")
    worst_mask = (0.0, "")
    for name, shapes in SHAPES.items():
        det = detectors[name]
        worst = max(((_best(lambda t=_repeat(s, chars): list(det.detect(t)), reps), s) for s in shapes))
        for s in shapes:
            text = _repeat(s, chars)
            whole = _best(lambda: anonymizer.mask(text, anonymizer.new_vault()), reps)
            worst_mask = max(worst_mask, (whole, s))
            if s is worst[1]:
                print(f"| {name} | `{str(s)[:34]!r}` | {worst[0] * scale:.1f} | {whole * scale:.1f} |")
    print(f"\nworst whole mask over all shapes: {worst_mask[0] * scale:.1f} ms/100 KB (`{str(worst_mask[1])[:34]!r}`)")


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


def _pct(xs: list[float], q: float) -> float:
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _summary(xs: list[float]) -> str:
    if not xs:
        return "no sample (the work took less than one timer tick)"
    xs = sorted(xs)
    return f"p50 {_pct(xs, 0.5):.2f} p99 {_pct(xs, 0.99):.2f} max {xs[-1]:.2f} ms ({len(xs)} samples)"


def _while_running(work) -> tuple[list[float], float]:
    """Lateness samples of the 1 ms timer on this thread while ``work()`` runs on another."""
    done = threading.Event()
    took: list[float] = []

    def run() -> None:
        t = time.perf_counter()
        try:
            work()
        finally:
            took.append(time.perf_counter() - t)
            done.set()

    worker = threading.Thread(target=run)
    worker.start()
    late = _lateness(done, 600.0)
    worker.join()
    return late, took[0]


def _mixed_text(chars: int) -> str:
    mixed = "\n\n".join(PARAGRAPHS) + "\n" + "".join(_repeat(s, 400) for shapes in SHAPES.values() for s in shapes)
    return _repeat(mixed, chars)


def gil_delay(anonymizer: Anonymizer, rounds: int, dense: bool = False) -> None:
    """How late a 1 ms timer task runs on the main thread while a thread masks 1 MB."""
    # dense: 1 MB of distinct e-mails (~130,000 entities), where one-shot operations over all
    # entities (a sort, a join, a set) would show; else prompt paragraphs and every shape.
    text = _repeat(SHAPES["contact"][-1], 1_000_000) if dense else _mixed_text(1_000_000)
    baseline = _lateness(threading.Event(), 2.0)
    loaded: list[float] = []
    took = []
    for _ in range(rounds):
        late, t = _while_running(lambda: anonymizer.mask(text, anonymizer.new_vault()))
        loaded += late
        took.append(t)
    b99, l99 = _pct(sorted(baseline), 0.99), _pct(sorted(loaded), 0.99)
    print(f"\n1 MB {'dense with e-mails' if dense else 'mixed'} mask in a thread ({rounds} rounds, {statistics.median(took) * 1000:.0f} ms each, "
          f"switch interval {sys.getswitchinterval() * 1000:g} ms): a 1 ms-timer task on the main thread ran late by")
    print(f"  without the mask: {_summary(baseline)}")
    print(f"  while masking:    {_summary(loaded)}")
    print(f"  +{l99 - b99:.2f} ms at p99")


def gil_by_stage(anonymizer: Anonymizer) -> None:
    """The same per stage of the mask (bisect what holds the GIL longest)."""
    text = _mixed_text(1_000_000)
    vault = anonymizer.new_vault()
    found = anonymizer.detect(text)
    stages = {d.name: (lambda d=d: list(d.detect(text))) for d in anonymizer._detectors}
    stages["persons"] = lambda: list(anonymizer._persons.detect(text))
    stages["detect (all + overlaps)"] = lambda: anonymizer.detect(text)
    stages["mask"] = lambda: anonymizer.mask(text, anonymizer.new_vault())
    stages["restore"] = lambda: vault.restore(anonymizer.mask(text, vault))
    print(f"\nper stage, 1 MB, {len(found)} entities: lateness of the 1 ms timer")
    for name, work in stages.items():
        late, took = _while_running(work)
        print(f"  {name:24s} {took * 1000:6.0f} ms  {_summary(late)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--kb", type=int, default=100)
    ap.add_argument("--no-gil", action="store_true")
    ap.add_argument("--gil-only", action="store_true", help="only the GIL delay")
    ap.add_argument("--gil-rounds", type=int, default=5, help="1 MB masks to sample the delay over")
    ap.add_argument("--gil-stages", action="store_true", help="also the delay per detector / stage")
    ap.add_argument("--gil-dense", action="store_true", help="mask 1 MB of distinct e-mails instead")
    ap.add_argument("--switch-interval", type=float, default=None, metavar="MS",
                    help="sys.setswitchinterval for the run (default: the gateway's, 1 ms)")
    ap.add_argument("--python-defaults", action="store_true",
                    help="Python's switch interval and collector thresholds, not the gateway's")
    ap.add_argument("--rules-only", action="store_true", help="learned name detector off (default: on, as shipped)")
    args = ap.parse_args(argv)
    if not args.python_defaults:
        sys.setswitchinterval(THREAD_SWITCH_INTERVAL)
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    anonymizer = _anonymizer(learned=not args.rules_only)
    if args.python_defaults:
        gc.freeze()  # (the lists are never walked in any case: the gateway freezes them after start-up)
    else:
        freeze_startup_objects()  # as the gateway does after start-up (server/gc_tuning.py)
    if not args.gil_only:
        worst_per_detector(anonymizer, args.reps, args.kb * 1000)
        typical(anonymizer)
    if not args.no_gil:
        gil_delay(anonymizer, args.gil_rounds, args.gil_dense)
    if args.gil_stages:
        gil_by_stage(anonymizer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
