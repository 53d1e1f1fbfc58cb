"""Score the variation suite (tests/data/variations/*.jsonl): accuracy per criterion, author, verdict.

    python bench/variations.py [--folder tests/data/variations] [--errors] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from chartmatch import Matcher
from chartmatch.evaluate.variations import load_cases, run_variations, summarise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default=str(Path(__file__).resolve().parents[1] / "tests" / "data" / "variations"))
    parser.add_argument("--errors", action="store_true", help="list every wrong case")
    parser.add_argument("--json", help="write the rows and the summary here")
    args = parser.parse_args()
    rows = run_variations(Matcher(), load_cases(Path(args.folder)))
    summary = summarise(rows)
    out = sys.stdout
    o = summary["overall"]
    out.write(f"variation suite: {o['right']}/{o['n']} right = {o['accuracy']}\n")
    for key in ("by_author", "by_gold", "by_criterion"):
        for name, r in summary[key].items():
            out.write(f"  {key[3:]:9} {name:30} {r['right']:4}/{r['n']:<4} {r['accuracy']}\n")
    if args.errors:
        for r in rows:
            if not r["right"]:
                out.write(f"{r['id']}: gold {r['gold']}, got {r['predicted']}: {r['reason'][:140]}\n")
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
