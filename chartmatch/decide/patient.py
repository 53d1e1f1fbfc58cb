"""Every criterion for one patient, and the patient's status and score."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..records import (ELIGIBLE, EXCLUDED, INCLUSION, MANUAL, NEEDS_REVIEW, STATUS_ORDER, UNKNOWN, Fact,
                       PatientResult, Verdict, favourable, unfavourable)
from .evidence import PatientFacts, retract_corrected
from .logic import LOGIC
from .spec import Criterion

__all__ = ["ELIGIBLE", "EXCLUDED", "NEEDS_REVIEW", "STATUS_ORDER", "PatientResult", "decide_patient", "score_of",
           "status_of"]  # the statuses and PatientResult live in chartmatch.records; importable from here too


def status_of(verdicts: Iterable[Verdict]) -> str:
    """The guideline's rule; manual criteria never change the status."""
    decided = [v for v in verdicts if v.kind != MANUAL]
    if any(unfavourable(v.kind, v.verdict) for v in decided):
        return EXCLUDED
    if all(favourable(v.kind, v.verdict) for v in decided):
        return ELIGIBLE
    return NEEDS_REVIEW


def score_of(verdicts: Iterable[Verdict]) -> float:
    """In [0, 1]: each criterion that favours the patient counts 1, an unknown inclusion 0.25,
    an unknown exclusion 0.5, a failing one 0; divided by the number of criteria."""
    decided = [v for v in verdicts if v.kind != MANUAL]
    if not decided:
        return 0.0
    points = 0.0
    for v in decided:
        if favourable(v.kind, v.verdict):
            points += 1.0
        elif v.verdict == UNKNOWN:
            points += 0.25 if v.kind == INCLUSION else 0.5
    return round(points / len(decided), 4)


def decide_patient(patient_id: str, facts: Iterable[Fact], criteria: list[Criterion], as_of: date) -> PatientResult:
    pf = PatientFacts(patient_id, retract_corrected(facts))
    verdicts = tuple(LOGIC[c.logic](c, pf, as_of) for c in criteria)
    return PatientResult(patient_id, status_of(verdicts), score_of(verdicts), verdicts)
