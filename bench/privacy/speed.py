"""Speed of detection + replacement on a ~2,000-token German prompt.

Prints ms per prompt (median, p99) over repetitions; no pass/fail.
Token count is estimated (no tokenizer is bundled): German runs at about
1.4-1.6 tokens per word for GPT-style BPE tokenizers, so ~1,350 words ~ 2,000 tokens.

The default prompt cycles six hand-written paragraphs, so it repeats every name and
number about five times; ``--prompt distinct`` builds one of the same size from the German
documents of the synthetic dev split instead, where (almost) nothing repeats -- the
anonymizer computes checksums and phone parses once per distinct candidate in a text, which
the repeating prompt favours.

Measured as shipped (the learned name detector on); --rules-only without it.

Usage (repo root): python bench/privacy/speed.py [--reps 300] [--prompt cycled|distinct] [--rules-only]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "src"))

from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402

PARAGRAPHS = [
    "Sehr geehrte Frau Meier,\n\nvielen Dank für Ihre Nachricht vom letzten Dienstag. Wie besprochen "
    "haben wir die Unterlagen zum Mietvertrag geprüft und die offenen Punkte mit Herrn Brunner geklärt. "
    "Die Nebenkostenabrechnung für das vergangene Jahr weist einige Positionen auf, die wir nicht "
    "nachvollziehen können, insbesondere die Kosten für den Hauswart und die Gartenpflege.",
    "Unser Mandant, Hans-Peter Zürcher, geboren am 14.02.1978, wohnt seit 2015 an der Bahnhofstrasse 12, "
    "8001 Zürich. Er ist unter +41 79 123 45 67 oder per E-Mail an hp.zuercher@example.ch erreichbar. "
    "Die Zahlung soll auf das Konto CH93 0076 2011 6238 5295 7 erfolgen; die AHV-Nummer lautet "
    "756.1234.5678.97.",
    "Im Rahmen der Besprechung wurde festgehalten, dass die Kündigungsfrist drei Monate beträgt und "
    "eine vorzeitige Auflösung des Vertrags nur im gegenseitigen Einvernehmen möglich ist. Die "
    "Vermieterin hat sich bereit erklärt, die Reparatur der Heizung bis Ende des Monats zu veranlassen. "
    "Sollte dies nicht geschehen, behält sich unser Mandant eine Mietzinsreduktion vor.",
    "Frau Dr. Sabine Keller von der Verwaltung bestätigte telefonisch (044 668 18 00), dass die "
    "Abrechnung nochmals überprüft wird. Herr Koch aus der Buchhaltung wird die Belege bis Freitag "
    "zusammenstellen. Bitte beachten Sie, dass die Frist für Einwendungen am Monatsende abläuft und "
    "danach keine Korrekturen mehr möglich sind.",
    "Die Projektgruppe hat in den letzten Wochen intensiv an der neuen Lösung gearbeitet. Die Ergebnisse "
    "der Tests sind vielversprechend, allerdings gibt es noch offene Fragen zur Datenhaltung und zur "
    "Anbindung an die bestehenden Systeme. Wir schlagen vor, im nächsten Schritt einen Workshop mit den "
    "beteiligten Fachbereichen durchzuführen und die Anforderungen gemeinsam zu priorisieren.",
    "Für Rückfragen steht Ihnen Thomas Huber gerne zur Verfügung. Die Rechnung mit der Nummer 2024-0815 "
    "wurde am 3. März versandt; der Betrag von CHF 1'250.00 ist innert 30 Tagen zahlbar. Die UID unserer "
    "Firma lautet CHE-116.281.710 MWST. Weitere Informationen finden Sie unter "
    "https://www.example.ch/kunden/4711/rechnungen.",
]
CLOSING = "\n\nFreundliche Grüsse\n\nAnna Meier\nRechtsanwältin"


def build_prompt(target_words: int = 1350) -> str:
    """Concatenate the paragraphs (cyclically) until ~target_words words."""
    parts: list[str] = []
    words = 0
    i = 0
    while words < target_words:
        p = PARAGRAPHS[i % len(PARAGRAPHS)]
        parts.append(p)
        words += len(p.split())
        i += 1
    return "\n\n".join(parts) + CLOSING


def build_distinct_prompt(target_words: int = 1350) -> str:
    """German documents of the synthetic dev split, each once, until ~target_words words."""
    path = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_dev.jsonl"
    parts: list[str] = []
    words = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["lang"] != "de" or words >= target_words:
            continue
        parts.append(doc["text"])
        words += len(doc["text"].split())
    return "\n\n".join(parts)


PROMPTS = {"cycled": build_prompt, "distinct": build_distinct_prompt}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reps", type=int, default=300)
    ap.add_argument("--prompt", choices=sorted(PROMPTS), default="cycled")
    ap.add_argument("--rules-only", action="store_true", help="without the learned name detector")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    extra = {"learned_names": False} if args.rules_only else {}
    anonymizer = Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], **extra))
    build_ms = (time.perf_counter() - t0) * 1000
    prompt = PROMPTS[args.prompt]()
    for _ in range(20):  # warm-up
        anonymizer.mask(prompt, anonymizer.new_vault())
    times = []
    for _ in range(args.reps):
        vault = anonymizer.new_vault()
        t = time.perf_counter()
        anonymizer.mask(prompt, vault)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
    vault = anonymizer.new_vault()
    anonymizer.mask(prompt, vault)
    restore_times = []
    masked = anonymizer.mask(prompt, vault)
    for _ in range(args.reps):
        t = time.perf_counter()
        vault.restore(masked)
        restore_times.append((time.perf_counter() - t) * 1000)
    print(f"prompt: {len(prompt)} chars, {len(prompt.split())} words (~{int(len(prompt.split()) * 1.5)} tokens est.)")
    print(f"anonymizer construction: {build_ms:.1f} ms (once at start-up)")
    print(f"mask (detect+replace): median {statistics.median(times):.2f} ms, p99 {p99:.2f} ms, "
          f"min {times[0]:.2f} ms over {args.reps} reps")
    print(f"restore (whole text):  median {statistics.median(restore_times):.3f} ms")
    print(f"entities per prompt: {sum(vault.entity_counts().values())} distinct {vault.entity_counts()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
