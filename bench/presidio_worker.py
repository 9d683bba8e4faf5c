"""Runs inside Presidio's own venv (bench/venvs.py): Presidio's analyzer + anonymizer over the
prompts that bench/anonymization_vs_presidio.py hands it, timed, with the spans found.

    PRESIDIO_PYTHON bench/presidio_worker.py IN.json OUT.json

IN.json: {"docs": [{"id", "lang", "text"}, ...], "reps": N, "long_prompt": {"lang", "text"}}
OUT.json: {"versions", "setup", "docs": [{"id", "spans": [[start, end, type], ...], "ms": median}],
           "long_prompt": {"ms": [...], "spans": n}, "recognizers": {lang: [names]}}

How Presidio is set up (no NER model can be installed here, so no spaCy model is downloaded):
* NLP engine: Presidio's own `NoOpNlpEngine` for 'en' and 'de' (it ships for pattern-only use:
  no model, no tokens, no lemmas). So no PERSON/LOCATION/NRP (those come from spaCy's NER), and
  context words in the text do not raise scores; `score_threshold` stays at its default 0, so
  every pattern match counts, whatever its score.
* Recognizers: the predefined registry Presidio ships (conf/default_recognizers.yaml) for the
  languages 'en' and 'de'. Locale-agnostic recognizers (email, phone, IBAN, credit card, IP, URL,
  date, crypto, MAC, UUID) get an instance per language, as that file defines, and the credit-card
  recognizer, shipped for en/es/it/pl only, gets a 'de' instance as well; the German
  recognizers it ships disabled "for German-language pipelines" (tax id, social security, VAT id,
  ID card, passport, ...) are enabled for 'de'; the recognizers it enables for 'en' (US/UK
  identifiers) stay as shipped.
* Each prompt is analysed in its own language (Presidio needs to be told it; Tarnkappe's detector
  is not), then anonymized with the AnonymizerEngine's default operator (replace by <TYPE>).
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import logging
import os
import statistics
import sys
import time
from pathlib import Path

# Offline: tldextract (Presidio's e-mail validation) would fetch the Public Suffix List from the
# internet at first use; with no URLs it uses the snapshot it ships.
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

import yaml  # noqa: E402
from presidio_analyzer import AnalyzerEngine  # noqa: E402
from presidio_analyzer.nlp_engine import NoOpNlpEngine  # noqa: E402
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider  # noqa: E402
from presidio_anonymizer import AnonymizerEngine  # noqa: E402

LANGUAGES = ["en", "de"]


def build() -> tuple[AnalyzerEngine, AnonymizerEngine]:
    import presidio_analyzer

    conf_path = Path(presidio_analyzer.__file__).parent / "conf" / "default_recognizers.yaml"
    conf = yaml.safe_load(conf_path.read_text())
    conf["supported_languages"] = LANGUAGES
    for recognizer in conf["recognizers"]:
        if not isinstance(recognizer, dict):
            continue
        if recognizer.get("country_code") == "de":
            recognizer["enabled"] = True
        languages = recognizer.get("supported_languages")
        if recognizer.get("country_code") is None and languages:
            # A locale-agnostic recognizer shipped for a list of languages without 'de' (credit
            # cards: en, es, it, pl): give it a 'de' instance too, with no context words.
            names = [lang if isinstance(lang, str) else lang.get("language") for lang in languages]
            if "de" not in names:
                languages.append("de" if isinstance(languages[0], str) else {"language": "de"})
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "no_op"} for lang in LANGUAGES])
    nlp_engine.load()
    registry = RecognizerRegistryProvider(registry_configuration=conf, nlp_engine=nlp_engine).create_recognizer_registry()
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=LANGUAGES)
    return analyzer, AnonymizerEngine()


def run(analyzer: AnalyzerEngine, anonymizer: AnonymizerEngine, text: str, lang: str) -> tuple[float, list]:
    started = time.perf_counter()
    results = analyzer.analyze(text=text, language=lang)
    anonymizer.anonymize(text=text, analyzer_results=results)
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, [[r.start, r.end, r.entity_type] for r in results]


def main() -> int:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    job = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    reps = int(job.get("reps", 5))
    started = time.perf_counter()
    analyzer, anonymizer = build()
    setup_ms = (time.perf_counter() - started) * 1000
    out_docs = []
    for doc in job["docs"]:
        times, spans = [], []
        for _ in range(reps):
            elapsed, spans = run(analyzer, anonymizer, doc["text"], doc["lang"])
            times.append(elapsed)
        out_docs.append({"id": doc["id"], "spans": spans, "ms": statistics.median(times)})
    long = job.get("long_prompt")
    long_out = None
    if long:
        for _ in range(3):
            run(analyzer, anonymizer, long["text"], long["lang"])
        times = []
        spans: list = []
        for _ in range(int(long.get("reps", 30))):
            elapsed, spans = run(analyzer, anonymizer, long["text"], long["lang"])
            times.append(elapsed)
        long_out = {"ms": times, "spans": len(spans)}
    recognizers = {
        lang: sorted({r.name for r in analyzer.registry.get_recognizers(language=lang, all_fields=True)})
        for lang in LANGUAGES
    }
    Path(sys.argv[2]).write_text(json.dumps({
        "versions": {p: metadata.version(p) for p in ("presidio-analyzer", "presidio-anonymizer", "spacy")},
        "setup_ms": setup_ms,
        "docs": out_docs,
        "long_prompt": long_out,
        "recognizers": recognizers,
    }), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
