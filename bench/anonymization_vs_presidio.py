"""Tarnkappe's anonymizer against Presidio's analyzer + anonymizer on the same German and English
prompts: milliseconds per prompt, and precision and recall on the labelled set of the
anonymization issue (bench/privacy/data/synthetic_test.jsonl, its 'de' and 'en' documents).

    python bench/anonymization_vs_presidio.py [--quick]

Presidio runs in its own venv (bench/requirements/presidio.txt, made by bench/venvs.py), through
bench/presidio_worker.py, which says how it is set up: pattern recognizers only, Presidio's
no-op NLP engine (no spaCy model can be installed here, so no NER and no PERSON), its shipped
recognizers for 'en' and 'de' with the German ones enabled for 'de', each prompt analysed in its
own language. Tarnkappe's detector gets the text alone (it covers de/fr/it/en at once).

Matching rules are bench/privacy/evaluate.py's: a gold entity is recalled if predictions of its
type cover all its characters (a half-masked name still leaks); a prediction is correct if it
overlaps a gold entity of its type. Presidio's types are mapped to the labelled set's
(EMAIL_ADDRESS → EMAIL, DATE_TIME → DOB, DE_VAT_ID → VAT, ...); predictions of types with no
counterpart (US_BANK_NUMBER, DE_KFZ, ...) count only in the type-agnostic "any personal data" rows,
where a gold entity is recalled if predictions of any type cover it and a prediction is correct if
it overlaps any gold entity — what matters for a leak.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "privacy"))
sys.path.insert(0, str(ROOT / "src"))

from evaluate import Counts, _covered  # noqa: E402  (bench/privacy/evaluate.py: the same rules)
from speed import build_prompt  # noqa: E402  (bench/privacy/speed.py: the ~2,000-token German prompt)

from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402

DATA = HERE / "privacy" / "data" / "synthetic_test.jsonl"
LANGS = ("de", "en")

# Presidio's entity types → the labelled set's. Anything else has no counterpart.
PRESIDIO_TYPES = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CARD", "IP_ADDRESS": "IP", "URL": "URL", "DATE_TIME": "DOB", "US_SSN": "SSN",
    "DE_SOCIAL_SECURITY": "SSN", "DE_TAX_ID": "TAXID", "DE_TAX_NUMBER": "TAXID", "DE_VAT_ID": "VAT",
    "LOCATION": "ADDRESS", "DE_PLZ": "ADDRESS",
}


def load_docs() -> list[dict]:
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [d for d in docs if d["lang"] in LANGS]


def tarnkappe_side(docs: list[dict], reps: int, long_prompt: str, long_reps: int) -> dict:
    started = time.perf_counter()
    anonymizer = Anonymizer(PrivacyConfig())
    setup_ms = (time.perf_counter() - started) * 1000
    out = []
    for doc in docs:
        spans = [[e.start, e.end, e.type] for e in anonymizer.detect(doc["text"])]
        times = []
        for _ in range(reps):
            t = time.perf_counter()
            anonymizer.mask(doc["text"], anonymizer.new_vault())
            times.append((time.perf_counter() - t) * 1000)
        out.append({"id": doc["id"], "spans": spans, "ms": statistics.median(times)})
    for _ in range(3):
        anonymizer.mask(long_prompt, anonymizer.new_vault())
    long_times = []
    for _ in range(long_reps):
        t = time.perf_counter()
        anonymizer.mask(long_prompt, anonymizer.new_vault())
        long_times.append((time.perf_counter() - t) * 1000)
    return {"setup_ms": setup_ms, "docs": out, "long_prompt": {"ms": long_times}}


def presidio_side(docs: list[dict], reps: int, long_prompt: str, long_reps: int, cpu: int | None) -> dict:
    import venvs

    venv = venvs.ensure("presidio")
    with tempfile.TemporaryDirectory(prefix="tk-presidio-") as tmp:
        job, result = Path(tmp) / "job.json", Path(tmp) / "out.json"
        job.write_text(json.dumps({
            "docs": [{"id": d["id"], "lang": d["lang"], "text": d["text"]} for d in docs], "reps": reps,
            "long_prompt": {"lang": "de", "text": long_prompt, "reps": long_reps},
        }), encoding="utf-8")
        subprocess.run([str(venv / "bin" / "python"), str(HERE / "presidio_worker.py"), str(job), str(result)],
                       check=True, preexec_fn=(lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None)
        return json.loads(result.read_text(encoding="utf-8"))


def score(docs: list[dict], predictions: dict[str, list], type_map: dict[str, str] | None) -> dict:
    """Counts per (type, lang), with 'ALL' (typed, over every gold type), 'ALL but PERSON' and
    'ANY' (type-agnostic), each also for lang 'all'."""
    table: dict[tuple[str, str], Counts] = collections.defaultdict(Counts)
    universe = {g["type"] for d in docs for g in d["entities"]}  # typed precision: only these types
    for doc in docs:
        lang = doc["lang"]
        raw = predictions[doc["id"]]
        typed = [(s, e, (type_map.get(t) if type_map is not None else t)) for s, e, t in raw]
        by_type: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        for s, e, t in typed:
            if t:
                by_type[t].append((s, e))
        every = [(s, e) for s, e, _ in raw]
        gold = doc["entities"]
        for g in gold:
            hit = _covered(g["start"], g["end"], by_type[g["type"]])
            any_hit = _covered(g["start"], g["end"], every)
            groups = [g["type"], "ALL"] + ([] if g["type"] == "PERSON" else ["ALL but PERSON"])
            for key_type, ok in [(k, hit) for k in groups] + [("ANY", any_hit)]:
                for key_lang in (lang, "all"):
                    c = table[(key_type, key_lang)]
                    c.tp_r += ok
                    c.fn += not ok
        for s, e, t in typed:
            if t is None or t not in universe:
                continue
            ok = any(g["type"] == t and g["start"] < e and s < g["end"] for g in gold)
            groups = [t, "ALL"] + ([] if t == "PERSON" else ["ALL but PERSON"])
            for key_type in groups:
                for key_lang in (lang, "all"):
                    c = table[(key_type, key_lang)]
                    c.tp_p += ok
                    c.fp += not ok
        for s, e in every:
            ok = any(g["start"] < e and s < g["end"] for g in gold)
            for key_lang in (lang, "all"):
                c = table[("ANY", key_lang)]
                c.tp_p += ok
                c.fp += not ok
    return table


def _pr(c: Counts | None) -> str:
    if c is None or (c.tp_r + c.fn + c.tp_p + c.fp) == 0:
        return "–"
    def f(x: float) -> str:
        return "–" if x != x else f"{x:.2f}"
    return f"{f(c.p())} / {f(c.r())}"


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):.2f} / {p99:.2f}"


def run(quick: bool = False) -> str:
    docs = load_docs()
    reps, long_reps = (1, 10) if quick else (5, 50)
    long_prompt = build_prompt()
    cpu = sorted(os.sched_getaffinity(0))[-1]
    os.sched_setaffinity(0, {cpu})  # both sides on the same core, one after the other
    ours = tarnkappe_side(docs, reps, long_prompt, long_reps)
    theirs = presidio_side(docs, reps, long_prompt, long_reps, cpu)
    ours_table = score(docs, {d["id"]: d["spans"] for d in ours["docs"]}, None)
    theirs_table = score(docs, {d["id"]: d["spans"] for d in theirs["docs"]}, PRESIDIO_TYPES)
    by_lang = collections.Counter(d["lang"] for d in docs)
    gold_types = sorted({g["type"] for d in docs for g in d["entities"]})
    ver = theirs["versions"]
    lines = [
        f"Anonymization: Tarnkappe's detector vs Presidio {ver['presidio-analyzer']} (analyzer + anonymizer, "
        f"pattern recognizers, no-op NLP engine: no NER model) on the labelled set "
        f"`{DATA.relative_to(ROOT)}`, its {by_lang['de']} German and {by_lang['en']} English documents "
        f"({sum(len(d['entities']) for d in docs)} gold entities), both on one core, one after the other.",
        "",
        "Milliseconds per prompt (median / p99), detection + replacement:",
        "",
        "| prompts | Tarnkappe | Presidio |",
        "|---|---:|---:|",
    ]
    for lang in LANGS:
        ids = {d["id"] for d in docs if d["lang"] == lang}
        words = statistics.median(len(d["text"].split()) for d in docs if d["lang"] == lang)
        lines.append(f"| labelled set, {lang} ({len(ids)} prompts, median {words:.0f} words) | "
                     f"{_ms([d['ms'] for d in ours['docs'] if d['id'] in ids])} | "
                     f"{_ms([d['ms'] for d in theirs['docs'] if d['id'] in ids])} |")
    lines.append(f"| one ~2,000-token German prompt (`bench/privacy/speed.py`, {len(long_prompt.split())} words) | "
                 f"{_ms(ours['long_prompt']['ms'])} | {_ms(theirs['long_prompt']['ms'])} |")
    lines.append(f"| start-up (build the detector once) | {ours['setup_ms']:.0f} ms | {theirs['setup_ms']:.0f} ms |")
    lines += [
        "",
        "Precision / recall (a gold entity counts as found only if fully covered):",
        "",
        "| type | Tarnkappe de | Presidio de | Tarnkappe en | Presidio en | Tarnkappe all | Presidio all |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in gold_types + ["ALL", "ALL but PERSON", "ANY"]:
        label = {"ALL": "**all types** (typed)", "ALL but PERSON": "all types except PERSON (typed)",
                 "ANY": "**any personal data** (type-agnostic)"}.get(t, t)
        cells = []
        for lang in (*LANGS, "all"):
            cells += [_pr(ours_table.get((t, lang))), _pr(theirs_table.get((t, lang)))]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    unmapped = collections.Counter(t for d in theirs["docs"] for _, _, t in d["spans"] if t not in PRESIDIO_TYPES)
    lines += [
        "",
        f"- Presidio's recognizers: en: {', '.join(theirs['recognizers']['en'])}; "
        f"de: {', '.join(theirs['recognizers']['de'])}.",
        "- Presidio's types mapped to the labelled set's: " + ", ".join(f"{k} → {v}" for k, v in PRESIDIO_TYPES.items())
        + ". Without a spaCy NER model Presidio finds no PERSON and no LOCATION (addresses); with one (not "
        "installable here) it would, at a large cost in time per prompt.",
        "- Presidio predictions with no counterpart type (counted only in \"any personal data\"): "
        + (", ".join(f"{t} {n}" for t, n in unmapped.most_common()) or "none") + ".",
        "- Tarnkappe: `Anonymizer(PrivacyConfig())`, defaults, text only; Presidio is told each prompt's language.",
        "- Read the accuracy with care: the labelled set is synthetic (bench/privacy/generate.py), and Tarnkappe's "
        "rules were tuned on its dev split, made by the same generator, so the test split is in-distribution for "
        "Tarnkappe and not for Presidio. For names in real text see `bench/privacy/evaluate.py` (GermEval 2014).",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    text = run(quick=args.quick)
    out = HERE / "results" / "anonymization_vs_presidio.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
