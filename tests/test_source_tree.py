"""chartmatch imported from the repository's source tree, not from an installed wheel, finds its
rule files (issue 11, item 20): a Spark worker started in the repository root imports the
source tree first, where ``patterns/`` is not the subpackage ``chartmatch.patterns``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Without an editable install's import hook (it maps chartmatch.patterns to patterns/ and so
# hides the problem): exactly what a worker of a non-editable install sees in the repository root.
PROBE = """
import sys
sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path.insert(0, {root!r})
import chartmatch
assert chartmatch.__file__.startswith({root!r}), chartmatch.__file__
from chartmatch.resources import PatternSet, packaged_dir
from chartmatch.decide.spec import load_criteria
patterns = PatternSet.load()
print(packaged_dir(), len(load_criteria(patterns)), patterns.fingerprint())
"""


def test_rules_found_when_imported_from_the_source_tree(tmp_path):
    probe = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT))], cwd=ROOT, capture_output=True,
                           text=True, timeout=300)
    assert probe.returncode == 0, probe.stderr[-3000:]
    where, criteria, fingerprint = probe.stdout.split()
    assert Path(where).resolve() == (ROOT / "patterns").resolve() and int(criteria) > 10

    from chartmatch.resources import PatternSet

    assert fingerprint == PatternSet.load().fingerprint(), "the same rules as the installed package"
