"""Helpers for the decider tests: build Facts by hand (no NLP) and run one criterion.

Used by tests/test_decide_*.py and tests/test_write.py. Nothing here builds the medspaCy
pipeline, so these tests stay fast.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

from chartmatch.decide.evidence import PatientFacts
from chartmatch.decide.logic import LOGIC
from chartmatch.decide.spec import load_criteria
from chartmatch.decide.verdict import Verdict
from chartmatch.extract.facts import Fact
from chartmatch.resources import PatternSet

AS_OF = date(2026, 10, 3)

_OFFSET = iter(range(0, 10**9, 10))  # distinct offsets so facts never look like the same span


@functools.lru_cache(maxsize=1)
def criteria() -> dict:
    """The packaged criteria by id (loaded once per test session)."""
    return {c.id: c for c in load_criteria(PatternSet.load())}


def crit(criterion_id: str):
    return criteria()[criterion_id]


def days_before(n: int, as_of: date = AS_OF) -> date:
    return as_of - timedelta(days=n)


def fact(concept: str, text: str | None = None, *, note: str = "N1", note_date: date | None = AS_OF,
         date: date | None = "note", sentence: int = 0, norm: str | None = None, pid: str = "P1",
         start: int | None = None, **kw) -> Fact:
    """A Fact as the extractor would make it.

    ``date`` defaults to the note's date (an undated event in a dated note takes the
    note's date); pass ``date=None`` for an event with no date at all. Any other Fact
    field (negated, uncertain, values, current, section, ...) is a keyword. ``start``
    defaults to a fresh offset, so two facts never look like the same span.
    """
    text = text if text is not None else concept.lower()
    start = next(_OFFSET) if start is None else start
    event_date = note_date if date == "note" else date
    return Fact(
        patient_id=pid,
        note_id=note,
        concept=concept,
        start=start,
        end=start + len(text),
        text=text,
        norm=norm if norm is not None else text.lower(),
        date=event_date,
        date_in_text=kw.pop("date_in_text", event_date is not None and event_date != note_date),
        note_date=note_date,
        sentence=sentence,
        **kw,
    )


def decide(criterion_id: str, facts, as_of: date = AS_OF, pid: str = "P1") -> Verdict:
    c = crit(criterion_id)
    return LOGIC[c.logic](c, PatientFacts(pid, list(facts)), as_of)


def verdict(criterion_id: str, facts, as_of: date = AS_OF) -> str:
    return decide(criterion_id, facts, as_of).verdict
