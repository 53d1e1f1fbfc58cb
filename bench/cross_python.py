"""Facts and results on fixed notes, written byte for byte, to compare two Python / spaCy lines.

    .venv/bin/python      bench/cross_python.py --out a.jsonl     # Python 3.11, spaCy 3.7
    .venv-3.13/bin/python bench/cross_python.py --out b.jsonl     # Python 3.13, spaCy 3.8
    cmp a.jsonl b.jsonl                                          # .ci/run does this

Notes: every annotated note (each patient decided at its gold as_of) and the first
``--limit`` MTSamples notes (``--mtsamples``; skipped when the file is absent, and the output
says so, so both sides skip alike). One line per note (its facts), then one per patient (its
result as ``scan --out`` writes it).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from chartmatch import Matcher
from chartmatch.evaluate.gold import load_gold
from chartmatch.write.records import patient_record

sys.path.insert(0, str(Path(__file__).resolve().parent))
from same_facts import DEFAULT_MTSAMPLES, corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mtsamples", type=Path, default=DEFAULT_MTSAMPLES)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    matcher = Matcher()
    notes = corpus(args.mtsamples, args.limit)
    lines = [json.dumps({"mtsamples": args.mtsamples.is_file()})]
    facts_by_patient: dict[str, list] = {}
    for note in notes:
        facts = matcher.extract(note)
        facts_by_patient.setdefault(note.patient_id, []).extend(facts)
        lines.append(json.dumps([note.note_id, [f.to_dict() for f in facts]], ensure_ascii=False, sort_keys=True))
    gold = load_gold(Path(__file__).resolve().parents[1] / "annotated_notes")
    for pid in sorted(facts_by_patient):
        as_of = gold.patients[pid].as_of if pid in gold.patients else date(2026, 11, 1)
        result = matcher.decide({pid: facts_by_patient[pid]}, as_of)[0]
        lines.append(json.dumps(patient_record(result), ensure_ascii=False, sort_keys=True))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(notes)} notes, {len(facts_by_patient)} patients -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
