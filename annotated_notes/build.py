#!/usr/bin/env python3
"""Rebuild the gold corpus: run each author's source script, then merge their parts.

    python3 annotated_notes/build.py

source/part_*.py write parts/<x>/notes.jsonl and parts/<x>/patients.jsonl (two authors,
written independently); this script concatenates them, sorted by patient and note, into
notes.jsonl and patients.jsonl beside it, and writes the demo export samples/notes.csv.
Stdlib only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


# The demo's sample export: gold patients screened in the latest months (the demo scans
# them with one --as-of date), as the CSV a hospital export would be.
SAMPLE_PATIENTS = ("PA12", "PA13", "PA18", "PA20", "PA23", "PA24", "PB06", "PB07", "PB08", "PB11", "PB17", "PB23")


def write_samples(notes: list[dict]) -> None:
    import csv

    target = HERE.parent / "samples" / "notes.csv"
    target.parent.mkdir(exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for n in notes:
            if n["patient_id"] in SAMPLE_PATIENTS:
                writer.writerow([n["patient_id"], n["note_id"], n["note_date"], n["note_type"], n["text"]])


def main() -> None:
    for source in sorted((HERE / "source").glob("part_*.py")):
        subprocess.run([sys.executable, str(source)], check=True, stdout=subprocess.DEVNULL)
    for name, key in (("notes.jsonl", ("patient_id", "note_id")), ("patients.jsonl", ("patient_id",))):
        rows = []
        for part in sorted((HERE / "parts").iterdir()):
            rows += [json.loads(line) for line in (part / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        rows.sort(key=lambda r: tuple(r[k] for k in key))
        with (HERE / name).open("w", encoding="utf-8", newline="\n") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} records")
        if name == "notes.jsonl":
            write_samples(rows)


if __name__ == "__main__":
    main()
