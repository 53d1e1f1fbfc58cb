"""Check that a speed change leaves the facts alone: extract every note of a corpus, write the
facts as JSON lines, and compare with a saved run.

    python bench/same_facts.py --save /tmp/before.jsonl          # before the change
    python bench/same_facts.py --compare /tmp/before.jsonl       # after it: lists any difference

The corpus is the annotated notes plus MTSamples (``--mtsamples``, real prose not written
for chartmatch; ``--limit`` caps it). Exit status 1 when a note's facts differ.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import time
from pathlib import Path

from chartmatch.extract.pipeline import Extractor
from chartmatch.read.inputs import ReadStats, read_notes
from chartmatch.read.note import Note

HERE = Path(__file__).resolve().parent
DEFAULT_MTSAMPLES = HERE.parent.parent / "shared" / "external" / "mtsamples" / "mtsamples.csv.gz"


def corpus(mtsamples: Path, limit: int) -> list[Note]:
    notes = list(read_notes([HERE.parent / "annotated_notes" / "notes.jsonl"], None, ReadStats()))
    if mtsamples.is_file():
        with gzip.open(mtsamples, "rt", encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if (r.get("transcription") or "").strip()][:limit]
        notes += [Note(f"M{i // 20:05d}", f"M{i:05d}", r["transcription"]) for i, r in enumerate(rows)]
    return notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--mtsamples", type=Path, default=DEFAULT_MTSAMPLES)
    parser.add_argument("--limit", type=int, default=100_000)
    args = parser.parse_args()
    notes = corpus(args.mtsamples, args.limit)
    extractor = Extractor()
    start = time.perf_counter()
    lines = [json.dumps([n.note_id, [f.to_dict() for f in extractor.extract(n)]], ensure_ascii=False) for n in notes]
    seconds = time.perf_counter() - start
    print(f"{len(notes)} notes, {seconds / len(notes) * 1000:.2f} ms/note", file=sys.stderr)
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()
        differ = [(a, b) for a, b in zip(before, lines) if a != b]
        for a, b in differ[:20]:
            print("before:", a[:600], "\nafter: ", b[:600], "\n")
        print(f"{len(differ)} of {len(lines)} notes differ" + ("" if len(before) == len(lines) else f" (and {len(before)} vs {len(lines)} notes)"))
        return 1 if differ or len(before) != len(lines) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
