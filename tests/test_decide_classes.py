"""End to end, by class: short charts (one or more notes) and the verdict of one criterion.

``tests/data/class_cases.txt`` (and ``language_cases.txt``, the same in other languages) holds one case a line: ``criterion | verdict | as_of |
date :: text | date :: text ...`` (``\\n`` in a text is a line break; a `` | `` in a text that
is not followed by a date and `` :: `` is the text's own). The cases were written
for the classes of clinical writing that charts of other authors showed (abbreviations,
stop dates, judgements, sequences, ended states, attribution, unsettled evidence,
experiencers, corrections); the variation suite (``test_variations.py``) holds the phrasings
of independent authors.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from chartmatch.decide.patient import decide_patient
from chartmatch.matcher import Matcher
from chartmatch.read.note import Note

DATA = Path(__file__).parent / "data"
# class_cases.txt: English classes; language_cases.txt: the same concepts and cues in the German,
# Spanish, Italian, Portuguese, French, Dutch and Scandinavian words that translated letters keep
CASE_FILES = ("class_cases.txt", "language_cases.txt")


def _cases():
    for name in CASE_FILES:
        yield from _cases_of(DATA / name)


def _cases_of(path: Path):
    stem = path.stem.replace("_cases", "")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        # notes are separated by " | " before a date; a " | " inside a note's text (a flattened table) stays
        head, *notes = re.split(r" \| (?=\d{4}-\d{2}-\d{2} :: )", line)
        criterion, verdict, as_of = [part.strip() for part in head.split(" | ")]
        notes = [n.strip() for n in notes]
        yield pytest.param(criterion, verdict, date.fromisoformat(as_of), notes, id=f"{stem}{number}-{criterion}-{verdict}")


@pytest.fixture(scope="module")
def matcher():
    return Matcher()


@pytest.mark.parametrize("criterion, verdict, as_of, notes", list(_cases()))
def test_decide_classes_end_to_end(matcher, criterion, verdict, as_of, notes):
    facts = []
    for i, note in enumerate(notes):
        day, text = note.split(" :: ", 1)
        facts += matcher.extract(Note("P", f"N{i}", text.replace("\\n", "\n"), date.fromisoformat(day)))
    result = decide_patient("P", facts, matcher.criteria, as_of)
    got = next(v for v in result.verdicts if v.id == criterion)
    assert got.verdict == verdict, got.reason
