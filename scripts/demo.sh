#!/usr/bin/env bash
# Set up (a local .venv) and scan the bundled sample notes; prints the ranked patients.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
mkdir -p out
.venv/bin/chartmatch scan samples/notes.csv --as-of 2026-11-20 --out out/results.jsonl --csv out/summary.csv \
    --report out/report.html --force --top 20
echo "open out/report.html in a browser to review the evidence"
