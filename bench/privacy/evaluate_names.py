"""Cross-validated evaluation of person names in real German prose (GermEval 2014 dev).

GermEval dev is training data of the learned name detector, so it is no test as such: here it
is split into k contiguous folds; for each fold a CRF is trained on the other folds plus the
rest of the training material (LER, synthetic dev; see learned/training.py) and evaluated on the
held-out fold, through the whole anonymizer (rules + that fold's CRF).

Reported, all persons (B-PER/I-PER outer column), summed over the folds:
* rules only, CRF only, merged (what the gateway masks);
* "covered": a gold name counts as found if PERSON predictions cover all of its characters
  (a partly masked name leaks) -- the gold span minus a trailing genitive "s" is enough;
  precision: a predicted span is right if it overlaps a gold name;
* "exact": a predicted span equals the gold span (or it minus a trailing "s"), as in evaluate.py.

The merged rows also say how far the model may veto the rules' weakest names (one word, no cue,
not at a line start; see LearnedNameDetector.doubtful).

Usage (repo root): python bench/privacy/evaluate_names.py [--folds 5] [--thresholds 0.3,0.5]
[--vetoes 0,0.05] [--with-read]
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tarnkappe.privacy import Anonymizer, PrivacyConfig  # noqa: E402
from tarnkappe.privacy.learned import LearnedNameDetector, training  # noqa: E402
from tarnkappe.privacy.learned.detector import DEFAULT_THRESHOLD, DEFAULT_VETO  # noqa: E402
from tarnkappe.privacy.names import load_lexicon  # noqa: E402


class Score:
    def __init__(self) -> None:
        self.cov_hit = self.gold = self.ov_ok = self.exact_hit = self.exact_ok = self.pred = 0

    def add(self, text: str, gold: list[tuple[int, int]], preds: list[tuple[int, int]]) -> None:
        covered = set()
        for s, e in preds:
            covered.update(range(s, e))
        accepted = set(gold) | {(s, e - 1) for s, e in gold if text[s:e].endswith("s")}
        for s, e in gold:
            self.gold += 1
            need = set(range(s, e - 1 if text[s:e].endswith("s") else e))
            self.cov_hit += need <= covered
            self.exact_hit += (s, e) in preds or (s, e - 1) in preds
        for p in preds:
            self.pred += 1
            self.ov_ok += any(p[0] < e and s < p[1] for s, e in gold)
            self.exact_ok += p in accepted

    def row(self, name: str) -> str:
        f = lambda a, b: f"{a / b:.3f}" if b else "–"  # noqa: E731
        return (f"| {name} | {f(self.ov_ok, self.pred)} | {f(self.cov_hit, self.gold)} | "
                f"{f(self.exact_ok, self.pred)} | {f(self.exact_hit, self.gold)} | {self.pred} |")


def person_spans(entities) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in entities if e.type == "PERSON"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", default=str(DEFAULT_THRESHOLD), help="comma-separated CRF thresholds to report")
    ap.add_argument("--vetoes", default=str(DEFAULT_VETO),
                    help="comma-separated veto probabilities (0 = the model never drops a rules' name)")
    ap.add_argument("--with-read", action="store_true",
                    help="train with the renamed read evaluation sets too (an experiment, see train_names.py)")
    ap.add_argument("--no-forms", action="store_true",
                    help="without the forms model (learned/forms.py): the prose model alone, as before session 18")
    args = ap.parse_args(argv)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    vetoes = [float(x) for x in args.vetoes.split(",")]
    t0 = time.perf_counter()
    sources = training.default_sources(ROOT, with_read=args.with_read)
    germeval = sources.pop("germeval")
    rest = [s for group in sources.values() for s in group]
    lexicon = load_lexicon()
    rules = Anonymizer(PrivacyConfig(learned_names=False))
    scores = {"rules only": Score()}
    for thr in thresholds:
        scores[f"CRF only (t={thr})"] = Score()
        for veto in vetoes:
            scores[f"merged (t={thr}, veto<{veto})"] = Score()
    with tempfile.TemporaryDirectory() as tmp:
        for k, (train, test) in enumerate(training.folds(germeval, args.folds)):
            model = pathlib.Path(tmp) / f"fold{k}.model"
            training.train(train + rest, model)
            for s in test:
                scores["rules only"].add(s.text, s.gold, person_spans(rules.detect(s.text)))
            for thr in thresholds:
                det = LearnedNameDetector(lexicon, model.read_bytes(), threshold=thr, forms=not args.no_forms)
                for s in test:
                    scores[f"CRF only (t={thr})"].add(s.text, s.gold, person_spans(det.detect(s.text)))
                for veto in vetoes:
                    det = LearnedNameDetector(lexicon, model.read_bytes(), threshold=thr, veto=veto,
                                              forms=not args.no_forms)
                    merged = Anonymizer(PrivacyConfig(), learned=det)
                    for s in test:
                        scores[f"merged (t={thr}, veto<{veto})"].add(s.text, s.gold, person_spans(merged.detect(s.text)))
            print(f"fold {k + 1}/{args.folds} done ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    print(f"GermEval 2014 dev, persons, {args.folds}-fold cross-validated: {len(germeval)} sentences, "
          f"{sum(len(s.gold) for s in germeval)} names\n")
    print("| detector | P (overlap) | R (fully covered) | P (exact) | R (exact) | predicted spans |")
    print("|---|---|---|---|---|---|")
    for name, sc in scores.items():
        print(sc.row(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
