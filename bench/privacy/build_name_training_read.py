"""Build ``bench/privacy/data/names_train_read.jsonl``: the read evaluation sets, renamed, as CRF training text.

The blind sets (``generate_holdout*.py``) were each written by someone who never saw the
detectors, in genres of their own: forms, exports, chats, letters, logs.  Once a set has been
*read* (its leaks looked at and fixed, see the privacy README) it no longer measures anything
blind, but its texts still show names in contexts nobody here wrote.  This script turns them
into training text for the learned name detector -- with the names in no list replaced.

Why replace names: the sets draw their names from Faker, and so do the sets still blind.  A model
that saw Faker's names as names would recognise them in the blind sets by memory, and the blind sets
would no longer measure what a name *in no list* costs.  So a name word that is in no shipped list
(first names, surnames, common words) is replaced, consistently within a document, by an invented
one (``build_name_training.People``: character-trigram chains in no list and no dictionary); a
listed word stays (see ``Renamer``).  Kept as written too: initials ("A."), particles and titles
(``KEEP``: "von", "de", "Frau", "Dr"); a replacement takes the case pattern of the word it replaces
("MÜLLER" -> "BRANDT", "anna" -> "lotte").  Everything outside the names stays.

An experiment, not the shipped model (``train_names.py --with-read``): see the privacy README's
eleventh round for what it did -- the leak of names on holdout16, unseen in training, fell from
0.083 to 0.046, and a dozen of the rules' hand-written cases and GermEval's precision went wrong.

Which sets: ``READ`` below, the sets whose texts have been read (never a blind one; adding a
set here is the moment it stops being blind, and says so in its commit).  Documents are sampled
(``--per-set``) so that the holdouts do not drown GermEval's prose in the training mix.

Deterministic (fixed seed): ``python bench/privacy/build_name_training_read.py [--per-set 160] [--exclude holdout16]``.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench" / "privacy"))

from build_name_training import People  # noqa: E402

from tarnkappe.privacy.names import NameLexicon, load_lexicon  # noqa: E402

DATA = ROOT / "bench" / "privacy" / "data"
OUT = DATA / "names_train_read.jsonl"
SEED = 29
# The evaluation sets whose texts were read (see the privacy README's rounds).  Never a blind one.
READ = ("holdout", *(f"holdout{k}" for k in range(2, 21)), "holdout23", "holdout24")
_WORD = re.compile(r"[^\W\d_]+")


# Particles and titles inside a name span: no one's name, kept as written.
KEEP = frozenset("""von van vom der den dem de du des la le lo di da del della dello dei dos das do zu zum zur
ten ter te op al el bin ben ibn mac st dr prof frau herr hr fr mme mlle mr mrs ms miss mx sig sra sig.ra dott
dottssa ing mag dipl lic med phil jur rer nat jun sen jr sr ii iii iv""".split())


def _kept(word: str) -> bool:
    """Initials, particles and titles stay as written."""
    return len(word) < 2 or word.lower() in KEEP


def _as_written(new: str, old: str) -> str:
    if old.isupper():
        return new.upper()
    if old.islower():
        return new.lower()
    return new[:1].upper() + new[1:].lower()


class Renamer:
    """One document's name words -> replacement names, the same replacement for the same word.

    A word of the shipped name lists or common words stays as written: it is public vocabulary
    the detector ships anyway, and replacing it taught the model the wrong thing -- "Jan", "Braun",
    "Mia" were left only where they are a month, a colour, a word (P(name) of "Kinder: Jan 7 und
    Mia" fell from 0.85 to 0.01).  Every other name word -- a name in no list, which is what the
    blind sets measure -- becomes an invented one (``People``' trigram chains: in no list and no
    dictionary), so the share of names in no list is the set's own and none of them is Faker's."""

    def __init__(self, people: People, lex: NameLexicon) -> None:
        self.people, self.lex = people, lex
        self.memo: dict[str, str] = {}

    def word(self, old: str) -> str:
        if _kept(old) or self._listed(old):
            return old
        key = old.lower()
        if key not in self.memo:
            people = self.people  # (first or last: the word's role is not known; both kinds are made up)
            self.memo[key] = people.inv_first() if people.rng.random() < 0.4 else people.inv_last()
        return _as_written(self.memo[key], old)

    def _listed(self, word: str) -> bool:
        cap = word[:1].upper() + word[1:].lower()
        return self.lex.is_known_name(cap) or cap in self.lex.ambiguous or word.lower() in self.lex.common_words

    def span(self, text: str) -> str:
        return _WORD.sub(lambda m: self.word(m.group()), text)


def renamed(doc: dict, renamer: Renamer) -> dict:
    """``doc`` with each PERSON span's words replaced; only the PERSON spans are kept."""
    spans = sorted((e["start"], e["end"]) for e in doc["entities"] if e["type"] == "PERSON")
    text, parts, out_spans, pos, at = doc["text"], [], [], 0, 0
    for s, e in spans:
        if s < pos:  # overlapping gold spans: the first one renamed covers it
            continue
        parts.append(text[pos:s])
        at += s - pos
        new = renamer.span(text[s:e])
        out_spans.append((at, at + len(new)))
        parts.append(new)
        at += len(new)
        pos = e
    parts.append(text[pos:])
    new_text = "".join(parts)
    return {"id": "read-" + doc["id"], "lang": doc["lang"], "text": new_text, "entities": [
        {"start": s, "end": e, "type": "PERSON", "text": new_text[s:e]} for s, e in out_spans]}


def build(per_set: int, seed: int = SEED, exclude: tuple[str, ...] = ()) -> list[dict]:
    rng = random.Random(seed)
    people = People(rng)
    lex = load_lexicon().core()  # (the lists the models read: names.NameLexicon.core)
    out = []
    for split in READ:
        if split in exclude:
            continue
        path = DATA / f"synthetic_{split}.jsonl"
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for doc in rng.sample(docs, min(per_set, len(docs))):
            out.append(renamed(doc, Renamer(people, lex)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-set", type=int, default=160)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--exclude", default="", help="comma-separated sets to leave out (to validate on them)")
    args = ap.parse_args(argv)
    docs = build(args.per_set, args.seed, tuple(x for x in args.exclude.split(",") if x))
    args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{args.out}: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} names, "
          f"{args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
