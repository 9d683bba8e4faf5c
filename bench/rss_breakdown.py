"""Where the gateway's resident memory goes: RSS after each stage of a start-up, in one process.

    python bench/rss_breakdown.py

The stages follow what `tarnkappe serve` loads (the libraries first, each stage's modules counted
where they are first imported, then the application's own modules, then the anonymizer's data);
a library another stage already pulled in costs nothing later, so the order matters and the
numbers are each stage's increment. Then the privacy data's Python objects, measured exactly
(sys.getsizeof of each hash table and of each distinct string it holds). The running gateway's
total after start-up and after make bench's load: bench/rss.py.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

STAGES = [
    ("configuration (pydantic, yaml)", ["pydantic", "yaml", "tarnkappe.config"]),
    ("uvicorn (+ click, watchfiles, websockets)", ["uvicorn", "uvicorn.protocols.websockets.auto",
                                                   "uvicorn.protocols.http.httptools_impl", "uvloop"]),
    ("aiohttp (upstream client)", ["aiohttp"]),
    ("starlette", ["starlette.applications", "starlette.routing", "starlette.responses"]),
    ("SQLAlchemy + aiosqlite (accounts)", ["sqlalchemy", "sqlalchemy.ext.asyncio", "aiosqlite"]),
    ("phonenumbers + python-stdnum (detectors)", ["phonenumbers", "stdnum.iban", "stdnum.util"]),
    ("prometheus_client (/metrics)", ["prometheus_client"]),
    ("jinja2 + babel + argon2 (web console)", ["jinja2", "babel.support", "babel.numbers", "babel.dates",
                                               "argon2"]),
    ("pycrfsuite", ["pycrfsuite"]),
    ("Tarnkappe's own modules", ["tarnkappe.privacy", "tarnkappe.accounts.service", "tarnkappe.console.routes",
                                 "tarnkappe.app", "tarnkappe.cli", "tarnkappe.server.protocol",
                                 "tarnkappe.server.lifecycle"]),
]


def rss_mb() -> tuple[float, float]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def object_mb(container: object) -> tuple[float, float, int]:
    """(MiB of the hash table itself, MiB of the strings in it, how many)."""
    strings = container.keys() if isinstance(container, dict) else container
    return (sys.getsizeof(container) / 2**20, sum(map(sys.getsizeof, strings)) / 2**20,  # type: ignore[arg-type]
            len(container))  # type: ignore[arg-type]


def main() -> int:
    last = rss_mb()[0]
    print(f"{'stage':52} {'+MiB':>6} {'RSS':>7} {'HWM':>7} modules")
    print(f"{'interpreter':52} {last:6.1f} {last:7.1f} {rss_mb()[1]:7.1f} {len(sys.modules)}")

    def step(label: str) -> None:
        nonlocal last
        rss, hwm = rss_mb()
        print(f"{label:52} {rss - last:6.1f} {rss:7.1f} {hwm:7.1f} {len(sys.modules)}", flush=True)
        last = rss

    for label, modules in STAGES:
        for name in modules:
            importlib.import_module(name)
        step(label)
    from tarnkappe.privacy import Anonymizer, PrivacyConfig
    from tarnkappe.privacy.learned.features import load_word_freq
    from tarnkappe.privacy.names import load_lexicon

    lexicon = load_lexicon()
    step("name lists (load_lexicon)")
    freq = load_word_freq()
    step("word frequencies (load_word_freq)")
    anonymizer = Anonymizer(PrivacyConfig())
    anonymizer.detect("Bitte antworte Anna Meier (anna.meier@example.ch, +41 79 123 45 67) kurz.")
    step("Anonymizer() and one detect (CRF model, patterns)")

    print()
    print(f"{'privacy data (Python objects)':40} {'table MiB':>9} {'strings MiB':>11} {'entries':>8}")
    seen: set[int] = set()
    total = 0.0
    for name in ("first_names", "surnames", "ambiguous", "common_words", "places"):
        container = getattr(lexicon, name)
        table, _, count = object_mb(container)
        own = [s for s in container if id(s) not in seen]
        seen.update(map(id, own))
        strings = sum(map(sys.getsizeof, own)) / 2**20
        total += table + strings
        print(f"NameLexicon.{name:28} {table:9.2f} {strings:11.2f} {count:8,}  "
              f"({len(own):,} strings not in a list above)")
    if isinstance(freq, dict):  # before issue 18's WordTable
        table, _, count = object_mb(freq)
        own_keys = [s for s in freq if id(s) not in seen]
        strings = sum(map(sys.getsizeof, own_keys)) / 2**20
        codes = {id(v): v for v in freq.values()}
        strings += sum(map(sys.getsizeof, codes.values())) / 2**20
        note = f"{len(own_keys):,} keys not in a list above, {len(codes):,} distinct values"
    else:  # learned/word_table.py: flat buffers, the words' text among them
        parts = {slot: sys.getsizeof(getattr(freq, slot)) / 2**20 for slot in type(freq).__slots__}
        parts["_codes"] += sum(map(sys.getsizeof, freq._codes)) / 2**20
        table, strings, count = parts["_slots"], parts["_text"], len(freq)
        note = ", ".join(f"{slot} {mb:.2f}" for slot, mb in parts.items())
    total += table + strings
    print(f"{'load_word_freq()':40} {table:9.2f} {strings:11.2f} {count:8,}  ({note})")
    print(f"{'total':40} {total:21.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
