#!/usr/bin/env bash
# Set up (a local .venv) and run the whole test suite. Needs only Python >= 3.11; as root it
# also installs what the browser tests need (Debian's chromium), as CI does.
# PYTHON (default python3) and VENV (default .venv) choose another interpreter and venv folder;
# .ci/run uses them to run the suite on the lowest and the highest supported Python.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
if [ -x scripts/install-browser.sh ] && { [ "$(id -u)" = 0 ] || [ -x /usr/bin/chromium ]; }; then
    bash scripts/install-browser.sh
fi
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test,spark]'
exec "$VENV/bin/python" -m pytest -q "$@"
