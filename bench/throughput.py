"""Throughput and memory of chartmatch against the bare tokenizer and medspaCy's default pipeline.

    python bench/throughput.py --notes 2000 [--corpus mtsamples|synthetic] [--workers N] [--scale 10]

Each configuration runs in its own subprocess on the same notes, so its peak RSS is its own.
Scans are timed end to end and also "after start-up" (minus a scan of the first note
alone), which is how the tokenizer and medspaCy rows are timed (after loading):

- ``tokenizer``      spaCy's blank English tokenizer alone (``nlp.pipe``);
- ``medspacy``       ``medspacy.load()`` (PyRuSH, target matcher, ConText) + chartmatch's target rules;
- ``scan-1``         ``chartmatch scan`` end to end (read, extract, decide, write) with 1 worker;
- ``scan-N``         the same with N workers;
- ``scan-1 xS``      with ``--scale S``: scan-1 on S times the notes, for memory growth.

MTSamples (``../shared/external/mtsamples/mtsamples.csv.gz``, real prose) is read from the
shared folder and never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MTSAMPLES = HERE.parent.parent / "shared" / "external" / "mtsamples" / "mtsamples.csv.gz"


def load_texts(corpus: str, n: int, mtsamples: Path) -> list[str]:
    if corpus == "mtsamples":
        with gzip.open(mtsamples, "rt", encoding="utf-8", newline="") as handle:
            texts = [row["transcription"] for row in csv.DictReader(handle) if (row.get("transcription") or "").strip()]
    else:
        texts = [json.loads(line)["text"] for line in (HERE.parent / "annotated_notes" / "notes.jsonl").open(encoding="utf-8")]
    out = []
    while len(out) < n:
        out.extend(texts[: n - len(out)])
    return out


def write_csv(texts: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for i, text in enumerate(texts):
            writer.writerow([f"P{i // 20:06d}", f"N{i:07d}", "2026-06-01", "note", text])


# --- one configuration, run inside a child process ----------------------------------------

def child(mode: str, path: Path, workers: int) -> dict:
    texts = [row["text"] for row in csv.DictReader(path.open(encoding="utf-8", newline=""))]
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    elif mode == "medspacy":
        import medspacy
        from loguru import logger
        from medspacy.target_matcher import TargetRule

        from chartmatch.extract.rules import load_targets
        from chartmatch.resources import PatternSet

        logger.disable("PyRuSH")
        nlp = medspacy.load()
        rules = [TargetRule(r.literal, r.category, pattern=r.pattern) for r in load_targets(PatternSet.load())]
        nlp.get_pipe("medspacy_target_matcher").add(rules)
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
    else:  # scan
        def scan(csv_path: Path) -> float:
            out = csv_path.with_suffix(f".{mode}.jsonl")
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "chartmatch", "scan", str(csv_path), "--out", str(out), "--force",
                            "--as-of", "2026-11-20", "--workers", str(workers)], check=True, stderr=subprocess.DEVNULL)
            return time.perf_counter() - start

        # the fixed start-up (imports, pipeline build, workers): a scan of the first note alone
        one = path.with_name(path.stem + ".first.csv")
        with path.open(encoding="utf-8", newline="") as src, one.open("w", encoding="utf-8", newline="") as dst:
            rows = csv.reader(src)
            csv.writer(dst).writerows([next(rows), next(rows)])
        startup = min(scan(one) for _ in range(2))
        elapsed = scan(path)
        import spacy

        tokens = sum(len(doc) for doc in spacy.blank("en").pipe(texts))  # for tokens/s, after timing
        rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        return {"notes": len(texts), "tokens": tokens, "seconds": elapsed, "startup": startup, "peak_rss_mb": rss / 1024}
    elapsed = time.perf_counter() - start
    return {"notes": len(texts), "tokens": tokens, "seconds": elapsed,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(mode: str, path: Path, workers: int = 1) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", mode, "--csv", str(path), "--workers", str(workers)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--corpus", choices=("mtsamples", "synthetic"), default="mtsamples")
    parser.add_argument("--mtsamples", type=Path, default=DEFAULT_MTSAMPLES)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--scale", type=int, default=0, help="also scan SCALE times the notes with 1 worker (memory growth)")
    parser.add_argument("--skip-medspacy", action="store_true", help="skip the slow medspaCy default pipeline")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.csv, args.workers)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "notes.csv"
        texts = load_texts(args.corpus, args.notes, args.mtsamples)
        write_csv(texts, base)
        rows = [("tokenizer", run_child("tokenizer", base))]
        if not args.skip_medspacy:
            rows.append(("medspacy default + targets", run_child("medspacy", base)))
        rows.append(("chartmatch scan, 1 worker", run_child("scan-1", base, 1)))
        rows.append((f"chartmatch scan, {args.workers} workers", run_child("scan-n", base, args.workers)))
        if args.scale:
            big = Path(tmp) / "notes_x.csv"
            write_csv(load_texts(args.corpus, args.notes * args.scale, args.mtsamples), big)
            rows.append((f"chartmatch scan, 1 worker, x{args.scale} notes", run_child("scan-1", big, 1)))

    print(f"{args.notes} {args.corpus} notes, {rows[0][1]['tokens'] / args.notes:.0f} tokens/note on average")
    print("end to end: the whole command, start-up included; after start-up: without the fixed cost of a")
    print("scan of one note (imports, pipeline build), as the tokenizer and medspaCy rows are timed after loading")
    print(f"{'configuration':40} {'notes/s':>9} {'tokens/s':>10} {'start-up s':>10} {'after start-up':>15} {'peak RSS MB':>12}")
    rate, steady = {}, {}
    for name, r in rows:
        rate[name] = r["notes"] / r["seconds"]
        startup = r.get("startup", 0.0)
        steady[name] = r["notes"] / max(r["seconds"] - startup, 1e-9)
        print(f"{name:40} {rate[name]:9.1f} {r['tokens'] / r['seconds']:10.0f} {startup:10.1f} {steady[name]:15.1f}"
              f" {r['peak_rss_mb']:12.0f}")
    one, many = "chartmatch scan, 1 worker", f"chartmatch scan, {args.workers} workers"
    for label, table in (("end to end", rate), ("after start-up", steady)):
        print(f"{label}: scan-1 / tokenizer {table[one] / table['tokenizer']:.2f} (target >= 0.5)"
              + (f"; scan-1 / medspaCy default {table[one] / table['medspacy default + targets']:.1f}x (target >= 10)"
                 if "medspacy default + targets" in table else "")
              + f"; scan-{args.workers} / scan-1 {table[many] / table[one]:.2f}x (target >= 1.8 for 2)")
    if args.scale:
        small, big = rows[2 if "medspacy default + targets" in rate else 1][1]["peak_rss_mb"], rows[-1][1]["peak_rss_mb"]
        print(f"peak RSS x{args.scale} notes / x1: {big / small:.2f}")


if __name__ == "__main__":
    main()
