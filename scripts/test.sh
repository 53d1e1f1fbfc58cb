#!/usr/bin/env bash
# Set up (a local .venv) and run the whole test suite. Needs only Python >= 3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
