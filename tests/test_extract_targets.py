"""The target lexicons on a table of clinical sentences (tests/data/lexicon_cases.tsv).

Each row: a sentence, the concept its target must be (empty: no target at all, a
look-alike), and the expected span text. Written by the lexicon author as real notes
phrase things, including traps ("overall survival (OS)", "PD-L1 staining", "MAP 65").
"""

import csv
from pathlib import Path

import pytest

from chartmatch.extract.pipeline import Extractor
from chartmatch.read.note import Note

CASES = Path(__file__).parent / "data" / "lexicon_cases.tsv"


def load_cases():
    with CASES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [pytest.param(*(row + [""] * 3)[:3], id=f"{n}-{row[1] or 'none'}") for n, row in enumerate(rows[1:], start=2)]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize("sentence,category,span", load_cases())
def test_targets_lexicon_case(extractor, sentence, category, span):
    facts = extractor.extract(Note("P", "N", sentence))
    found = [(f.concept, f.text) for f in facts]
    if not category:
        assert found == [], f"look-alike matched: {found}"
    else:
        assert (category, span) in found, f"expected {category} {span!r}, got {found}"
