"""The variation suite: for every criterion, 5 phrasings of each verdict by each of several
independent authors (``tests/data/variations/<author>.jsonl``), decided end to end.

Cases the matcher still gets wrong are listed, with the reason class, in
``tests/data/variations/known_failures.txt``; they are strict ``xfail``: when a fix makes one
pass, the test fails until the line is removed, so the list only ever shrinks honestly.
``python bench/variations.py`` prints the accuracy per criterion, author and verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chartmatch.evaluate.variations import decide_case, load_cases
from chartmatch.matcher import Matcher

FOLDER = Path(__file__).parent / "data" / "variations"
KNOWN = {line.split()[0] for line in (FOLDER / "known_failures.txt").read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")}
CASES = load_cases(FOLDER)


@pytest.fixture(scope="module")
def matcher():
    return Matcher()


def test_variations_cover_every_criterion_and_verdict_by_three_authors():
    by_cell: dict[tuple[str, str], set[str]] = {}
    for case in CASES:
        by_cell.setdefault((case.criterion, case.verdict), set()).add(case.author)
    assert len({c for c, _ in by_cell}) == 22
    for cell, authors in by_cell.items():
        assert len(authors) >= 3, cell
        assert sum(1 for case in CASES if (case.criterion, case.verdict) == cell) >= 15, cell


def test_variations_known_failures_name_real_cases():
    assert KNOWN <= {case.id for case in CASES}


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=pytest.mark.xfail(strict=True, reason="known failure"))
                                  if c.id in KNOWN else pytest.param(c, id=c.id) for c in CASES])
def test_variations_verdict(matcher, case):
    verdict, reason = decide_case(matcher, case)
    assert verdict == case.verdict, reason
