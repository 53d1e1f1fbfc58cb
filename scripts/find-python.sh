#!/usr/bin/env bash
# Print the path of a Python interpreter of version X.Y (e.g. `find-python.sh 3.13`), or fail with
# a message saying what to install. Looks at pythonX.Y on the PATH, then at pyenv's versions.
set -euo pipefail
want="${1:?usage: find-python.sh X.Y}"
works() { "$1" -c "import sys; sys.exit(0 if '%d.%d' % sys.version_info[:2] == '$want' else 1)" 2>/dev/null; }
if command -v "python$want" >/dev/null 2>&1 && works "python$want"; then
    command -v "python$want"; exit 0
fi
root="${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}"
for candidate in "$root"/versions/"$want"*/bin/python"$want"; do
    if [ -x "$candidate" ] && works "$candidate"; then echo "$candidate"; exit 0; fi
done
echo "error: Python $want is not installed (neither python$want on the PATH nor a pyenv version $want.*)." >&2
echo "       Install it (e.g. 'pyenv install $want') and run this again." >&2
exit 1
