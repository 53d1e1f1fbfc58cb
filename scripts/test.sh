#!/usr/bin/env bash
# Set up (a local .venv) and run the whole test suite. Needs only Python >= 3.11; as root it
# also installs what the browser tests need (Debian's chromium), as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/install-browser.sh ] && { [ "$(id -u)" = 0 ] || [ -x /usr/bin/chromium ]; }; then
    bash scripts/install-browser.sh
fi
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,spark]'
exec .venv/bin/python -m pytest -q "$@"
