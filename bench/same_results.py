"""Check that a change leaves every scan driver's output alone, byte for byte.

    python bench/same_results.py --out /tmp/before/      # before the change
    python bench/same_results.py --out /tmp/after/       # after it
    diff -r /tmp/before/ /tmp/after/                     # no output: nothing changed

Inputs: the annotated notes (JSONL as shipped, and the same notes as CSV) and the first
``--limit`` MTSamples notes (JSONL and CSV; 20 notes per patient, undated). For each input
the results (and ``--csv`` summary) of ``chartmatch scan`` with the local engine on 1 and 2
workers and the Spark engine in local mode (``--no-spark`` skips it), and of the Python API
(``Matcher().scan``, written as ``scan --out`` writes it), all as of ``--as-of``. Also
writes ``same.txt``: for each input whether every driver gave the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MTSAMPLES = HERE.parent.parent / "shared" / "external" / "mtsamples" / "mtsamples.csv.gz"
FIELDS = ("patient_id", "note_id", "note_date", "note_type", "text")


def write_inputs(folder: Path, mtsamples: Path, limit: int) -> list[Path]:
    rows = [json.loads(line) for line in (HERE.parent / "annotated_notes" / "notes.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    annotated = [{k: r.get(k) or "" for k in FIELDS} for r in rows]
    inputs = {"annotated.jsonl": annotated, "annotated.csv": annotated}
    if mtsamples.is_file():
        with gzip.open(mtsamples, "rt", encoding="utf-8", newline="") as handle:
            texts = [r["transcription"] for r in csv.DictReader(handle) if (r.get("transcription") or "").strip()][:limit]
        mts = [{"patient_id": f"M{i // 20:05d}", "note_id": f"M{i:05d}", "note_date": "", "note_type": "", "text": t}
               for i, t in enumerate(texts)]
        inputs |= {"mtsamples.jsonl": mts, "mtsamples.csv": mts}
    paths = []
    for name, records in inputs.items():
        path = folder / name
        with path.open("w", encoding="utf-8", newline="") as handle:
            if name.endswith(".csv"):
                writer = csv.DictWriter(handle, FIELDS)
                writer.writeheader()
                writer.writerows(records)
            else:
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        paths.append(path)
    return paths


def cli_scan(path: Path, out: Path, as_of: str, engine: list[str]) -> str:
    cmd = [sys.executable, "-m", "chartmatch", "scan", str(path), "--out", str(out), "--csv", str(out.with_suffix(".csv")),
           "--as-of", as_of, *engine]
    done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    if done.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    summary = [line for line in done.stderr.splitlines() if line.startswith("read ")]
    return re.sub(r"; [0-9.]+ s -> .*", "", summary[-1] if summary else "")


def api_scan(path: Path, out: Path, as_of: str) -> str:
    from chartmatch import Matcher
    from chartmatch.write.files import dumps
    from chartmatch.write.records import patient_record

    result = Matcher().scan([path], as_of=date.fromisoformat(as_of))
    out.write_text("".join(dumps(patient_record(p)) + "\n" for p in result.patients), encoding="utf-8")
    return f"read {result.stats.read}: processed {result.stats.accepted}, rejected {len(result.stats.rejected)}, after {result.after_as_of}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="a new or empty folder")
    parser.add_argument("--mtsamples", type=Path, default=DEFAULT_MTSAMPLES)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--as-of", default="2026-11-20")
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    inputs_dir = args.out / "inputs"
    inputs_dir.mkdir(exist_ok=True)
    import chartmatch

    print(f"chartmatch from {Path(chartmatch.__file__).parent}", file=sys.stderr)
    lines = []
    for path in write_inputs(inputs_dir, args.mtsamples, args.limit):
        drivers = {"local1": ["--workers", "1"], "local2": ["--workers", "2"]}
        if not args.no_spark:
            drivers["spark"] = ["--engine", "spark", "--master", "local[2]"]
        outputs = {}
        for name, engine in drivers.items():
            out = args.out / f"{path.name}.{name}.jsonl"
            out.unlink(missing_ok=True)
            out.with_suffix(".csv").unlink(missing_ok=True)
            lines.append(f"{path.name} {name}: {cli_scan(path, out, args.as_of, engine)}")
            outputs[name] = out.read_bytes()
            print(lines[-1], file=sys.stderr)
        out = args.out / f"{path.name}.api.jsonl"
        lines.append(f"{path.name} api: {api_scan(path, out, args.as_of)}")
        outputs["api"] = out.read_bytes()
        same = len(set(outputs.values())) == 1
        patients = outputs["api"].count(b"\n")
        lines.append(f"{path.name}: {len(outputs)} drivers, {'same bytes' if same else 'DIFFERENT'} ({patients} patients)")
        print(lines[-1], file=sys.stderr)
    (args.out / "same.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
