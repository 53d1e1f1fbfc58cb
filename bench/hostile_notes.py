"""Cost of pathological notes against the bare tokenizer (issue 11, item 11).

    python bench/hostile_notes.py [--only hiv,200k,50m] [--timeout 300]

Each case runs in its own subprocess (so its peak RSS is its own, and a case that does not
finish is stopped after ``--timeout`` seconds) and reports: the tokenizer's time for the
text (chartmatch's tokenizer, whole text), the time ``Extractor.extract`` takes, their ratio,
the number of facts, the bound warnings, and peak RSS.

Cases:

- ``hiv``    ``'HIV '`` repeated 16,000 times (64 KB, one sentence of 16,000 targets);
- ``cues``   ``'no HIV '`` repeated 16,000 times (one sentence, a cue before each target);
- ``200k``   200 KB of clinical phrases in one sentence (no full stop, no line break);
- ``50m``    50 MB: MTSamples prose repeated (or the annotated notes without MTSamples).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MTSAMPLES = HERE.parent.parent / "shared" / "external" / "mtsamples" / "mtsamples.csv.gz"
PHRASE = ("history of osteosarcoma of the left femur, no HIV, denies fever, possible pulmonary nodules 4 mm in the RUL, "
          "s/p MAP chemotherapy, mother with breast cancer, ECOG 1, prednisone 10 mg daily, pembrolizumab planned, ")


def text_of(case: str) -> str:
    if case == "hiv":
        return "HIV " * 16_000
    if case == "cues":
        return "no HIV " * 16_000
    if case == "200k":
        return (PHRASE * (200_000 // len(PHRASE) + 1))[:200_000]
    if case == "50m":
        if MTSAMPLES.is_file():
            with gzip.open(MTSAMPLES, "rt", encoding="utf-8", newline="") as handle:
                texts = [r["transcription"] for r in csv.DictReader(handle) if (r.get("transcription") or "").strip()]
        else:
            texts = [json.loads(line)["text"] for line in (HERE.parent / "annotated_notes" / "notes.jsonl").open(encoding="utf-8")]
        block = "\n\n".join(texts)
        return (block * (50_000_000 // len(block) + 1))[:50_000_000]
    raise SystemExit(f"unknown case {case}")


def child(case: str) -> dict:
    from chartmatch.extract.pipeline import Extractor
    from chartmatch.read.note import Note

    extractor = Extractor()
    text = text_of(case)
    start = time.perf_counter()
    extractor.nlp.tokenizer(text)
    tokenizer = time.perf_counter() - start
    import logging

    warnings: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            warnings.append(record.getMessage()[:160])

    logging.getLogger("chartmatch").addHandler(Keep())
    start = time.perf_counter()
    facts = extractor.extract(Note("P", "N", text))
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "chars": len(text), "tokenizer_s": round(tokenizer, 3), "extract_s": round(seconds, 3),
            "ratio": round(seconds / tokenizer, 2), "facts": len(facts), "warnings": warnings[:3], "peak_rss_mb": round(rss)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="hiv,cues,200k,50m")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    for case in args.only.split(","):
        try:
            out = subprocess.run([sys.executable, __file__, "--child", case], capture_output=True, text=True,
                                 timeout=args.timeout)
            print(out.stdout.strip() or out.stderr.strip()[-2000:], flush=True)
        except subprocess.TimeoutExpired:
            print(json.dumps({"case": case, "extract_s": f"> {args.timeout:g} (stopped)"}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
