"""Operator CLI: ``tarnkappe anonymize [FILE] [--json]``.

Prints the masked text and a table of what was replaced, and by which detector
(e.g. ``persons`` = the name rules, ``names-crf`` = the learned name detector).  This is the one
place where original values are printed on purpose: the operator runs it on
their own data to check what the gateway would send upstream.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from .anonymizer import Anonymizer
from .config import PrivacyConfig
from .entities import DetectionError


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="tarnkappe anonymize", description="Mask personal data in a text.")
    ap.add_argument("file", nargs="?", help="input file (default: stdin)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of text + table")
    ap.add_argument("--deny", action="append", default=[], metavar="TERM", help="always mask TERM")
    ap.add_argument("--allow", action="append", default=[], metavar="TERM", help="never mask TERM")
    ap.add_argument("--rules-only", action="store_true", help="without the learned name detector")
    return ap


def _table(rows: list[tuple[str, str, str, str]], out: TextIO) -> None:
    headers = ("placeholder", "type", "original", "detector")
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    out.write(line + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write("  ".join(c.replace("\n", "\\n").ljust(w) for c, w in zip(r, widths, strict=False)) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns a process exit code (0 ok, 1 detection failed, 2 usage)."""
    args = _parser().parse_args(argv)
    if args.file:
        with open(args.file, encoding="utf-8") as fh:
            text = fh.read()
    else:
        text = sys.stdin.read()
    anonymizer = Anonymizer(PrivacyConfig(deny_terms=args.deny, allow_terms=args.allow,
                                          learned_names=not args.rules_only))
    vault = anonymizer.new_vault()
    try:
        masked, replaced = anonymizer.mask_with_entities(text, vault)
    except DetectionError as exc:
        print(f"error: {exc}; nothing was masked", file=sys.stderr)
        return 1
    seen: dict[str, tuple[str, str, str]] = {}
    for ent, placeholder in replaced:
        seen.setdefault(placeholder, (ent.type, ent.text, ent.detector))
    rows = sorted(
        ((ph, t, o, d) for ph, (t, o, d) in seen.items()),
        key=lambda r: (r[1], int(r[0].rsplit("_", 1)[1].rstrip("]"))),
    )
    if args.json:
        json.dump(
            {
                "masked": masked,
                "replacements": [{"placeholder": p, "type": t, "original": o, "detector": d}
                                 for p, t, o, d in rows],
                "counts": vault.entity_counts(),
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(masked + ("" if masked.endswith("\n") else "\n") + "\n")
        _table(rows, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
