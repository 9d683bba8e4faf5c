"""Training data and training of the CRF name model (build time only, never in a request).

Sources, read where they lie (nothing is copied into the repository; see data/NOTICE.md):

* GermEval 2014 NER-de-dev (CC BY 4.0): German news and Wikipedia sentences; ``B-PER``/``I-PER``
  of the outer column are names (``PERderiv``/``PERpart`` such as "Goethes"-derivations are not).
* German LER (CC BY 4.0), court decisions: judges (``RR``) and lawyers (``AN``) are names; ``PER``
  is mostly anonymised initials ("K."), which we do not want to learn: sentences with a ``PER``
  shorter than three letters are left out.  Sentences without any person are sampled (every
  ``LER_NEGATIVE_EVERY``-th) so that legal vocabulary is seen without drowning the names.
* Our generator's dev split (``bench/privacy/data/synthetic_dev.jsonl``): letters, tickets and
  notes in de/fr/it/en; PERSON spans label the tokens they cover.
* ``bench/privacy/data/names_train_extra.jsonl`` (``bench/privacy/build_name_training.py``): chat,
  minutes, lists, CVs/forms, news-like prose and e-mails in de/fr/it/en with names from the shipped
  lists and invented ones (so that a name in no list is learned from its context).
* Not in the prose model, an experiment (``--with-read``): ``bench/privacy/data/names_train_read.jsonl``
  (``bench/privacy/build_name_training_read.py``, not committed: it builds in a second), a sample of
  the evaluation sets already *read* (never a blind one), names in no list replaced by invented ones.
  They are the training text of the second, *forms* model (:func:`forms_sources`, ``learned/forms.py``),
  which speaks only on structured lines.

Labels are B/I/O per token.  Everything is deterministic (file order, fixed sampling, fixed
trainer parameters), so the same inputs give the same model file.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..names import load_lexicon
from .features import Featurizer, Tokens, load_word_freq, tokenize, tokens_from_words

LER_NEGATIVE_EVERY = 4
# Sources whose tokens teach the model their context, shape and list membership but not their own
# word: the read evaluation sets are forms and exports of a few generators, and what a word is
# there (a town "Erlach" in an address, a month "Jan", a room "Raum Kowalczyk") is their
# templates' choice -- learned as the word's identity, it outvoted GermEval's prose and the rules'
# tests (P(name) of "Sie sagte: «Erlach hat recht" fell from 0.31 to 0.003).
CONTEXT_ONLY = frozenset({"read"})
TRAINER_PARAMS = {
    "c1": 0.05,  # L1: drops useless features (small model)
    "c2": 0.02,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    toks: Tokens
    labels: list[str]
    gold: list[tuple[int, int]]  # person character spans
    origin: str


def _labels_from_spans(toks: Tokens, spans: list[tuple[int, int]]) -> list[str]:
    labels = []
    for ts, te in zip(toks.starts, toks.ends, strict=False):
        lab = "O"
        for s, e in spans:
            if ts < e and s < te:
                lab = "B" if ts <= s else "I"
                break
        labels.append(lab)
    return labels


def _bio_sentence(words: list[str], tags: list[str], origin: str) -> Sentence:
    text, toks = tokens_from_words(words)
    spans: list[tuple[int, int]] = []
    labels: list[str] = []
    for ts, te, tag in zip(toks.starts, toks.ends, tags, strict=False):
        if tag == "I" and labels and labels[-1] != "O":
            spans[-1] = (spans[-1][0], te)
        elif tag in ("B", "I"):
            tag = "B"
            spans.append((ts, te))
        else:
            tag = "O"
        labels.append(tag)
    return Sentence(text, toks, labels, spans, origin)


def read_germeval(path: pathlib.Path) -> list[Sentence]:
    """Sentences of GermEval's tsv format (``#`` line, ``idx token outer nested``, blank line)."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#") or not line.strip():
            if words:
                out.append(_bio_sentence(words, tags, "germeval"))
                words, tags = [], []
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            words.append(cols[1])
            tags.append({"B-PER": "B", "I-PER": "I"}.get(cols[2], "O"))
    return out


def read_ler(paths: Iterable[pathlib.Path]) -> list[Sentence]:
    """LER court-decision sentences (``token TAG`` lines): judges and lawyers as names."""
    out: list[Sentence] = []
    negatives = 0
    for path in paths:
        words: list[str] = []
        raw: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            parts = line.split()
            if len(parts) == 2:
                words.append(parts[0])
                raw.append(parts[1])
                continue
            if not words:
                continue
            tags = []
            skip = False
            for w, tag in zip(words, raw, strict=False):
                kind = tag[2:]
                if kind == "PER":
                    if len(w.strip(".")) < 3:
                        skip = True
                    tags.append(tag[0])
                elif kind in ("RR", "AN"):
                    tags.append(tag[0])
                else:
                    tags.append("O")
            has_person = any(t != "O" for t in tags)
            if not skip:
                if not has_person:
                    negatives += 1
                if has_person or negatives % LER_NEGATIVE_EVERY == 0:
                    out.append(_bio_sentence(words, tags, "ler"))
            words, raw = [], []
    return out


def read_synthetic(path: pathlib.Path, origin: str = "synthetic") -> list[Sentence]:
    """Documents of our generator (JSONL with PERSON spans) as token sequences."""
    out: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        spans = [(e["start"], e["end"]) for e in doc["entities"] if e["type"] == "PERSON"]
        toks = tokenize(doc["text"])
        out.append(Sentence(doc["text"], toks, _labels_from_spans(toks, spans), spans, origin))
    return out


def default_sources(repo: pathlib.Path, with_read: bool = False) -> dict[str, list[Sentence]]:
    """The training material as laid out on a developer's machine (``../shared/data``).

    ``with_read``: also the renamed read evaluation sets -- an experiment, not the shipped model
    (see the privacy README's eleventh round: it halved the leak of names on an unseen set and
    broke a dozen of the rules' hand-written cases)."""
    shared = repo.parent / "shared" / "data"
    sources = {
        "germeval": read_germeval(shared / "germeval2014" / "NER-de-dev.tsv"),
        "ler": read_ler([shared / "ler" / "ler_dev.conll", shared / "ler" / "ler_test.conll"]),
        "synthetic": read_synthetic(repo / "bench" / "privacy" / "data" / "synthetic_dev.jsonl"),
        "extra": read_synthetic(repo / "bench" / "privacy" / "data" / "names_train_extra.jsonl"),
    }
    if with_read:
        sources["read"] = read_synthetic(repo / "bench" / "privacy" / "data" / "names_train_read.jsonl", "read")
    return sources


def forms_sources(repo: pathlib.Path, read_path: pathlib.Path) -> dict[str, list[Sentence]]:
    """The forms model's training material (``learned/forms.py``): the read evaluation sets, renamed
    (``read_path``, built by ``bench/privacy/build_name_training_read.py``; their own words' identity
    features left out, :data:`CONTEXT_ONLY`), our generator's dev split and the extra set -- forms,
    exports, lists and letters, no news prose."""
    data = repo / "bench" / "privacy" / "data"
    return {
        "read": read_synthetic(read_path, "read"),
        "synthetic": read_synthetic(data / "synthetic_dev.jsonl"),
        "extra": read_synthetic(data / "names_train_extra.jsonl"),
    }


def featurizer() -> Featurizer:
    return Featurizer(load_lexicon().core(), load_word_freq())


def train(sentences: Iterable[Sentence], model_path: pathlib.Path, params: dict | None = None) -> None:
    """Train a CRF on ``sentences`` and write it to ``model_path``."""
    import pycrfsuite

    feat = featurizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sentences:
        if s.toks:
            xs = feat.sequence(s.toks)
            if s.origin in CONTEXT_ONLY:
                xs = [[f for f in x if not f.startswith("w=")] for x in xs]
            trainer.append(xs, s.labels)
    trainer.set_params({**TRAINER_PARAMS, **(params or {})})
    trainer.train(str(model_path))


def folds(sentences: list[Sentence], k: int) -> Iterator[tuple[list[Sentence], list[Sentence]]]:
    """k contiguous folds (documents stay together: GermEval's order follows its sources)."""
    n = len(sentences)
    for i in range(k):
        lo, hi = n * i // k, n * (i + 1) // k
        yield sentences[:lo] + sentences[hi:], sentences[lo:hi]
