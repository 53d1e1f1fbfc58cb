"""Every criterion for one patient, and the patient's status and score."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..extract.facts import Fact
from .evidence import PatientFacts
from .logic import LOGIC
from .spec import Criterion
from .verdict import MET, NOT_MET, UNKNOWN, Verdict

ELIGIBLE, NEEDS_REVIEW, EXCLUDED = "eligible", "needs_review", "excluded"
STATUS_ORDER = {ELIGIBLE: 0, NEEDS_REVIEW: 1, EXCLUDED: 2}


@dataclass(frozen=True)
class PatientResult:
    patient_id: str
    status: str
    score: float
    verdicts: tuple[Verdict, ...]
    rank: int = 0

    def excluded_by(self) -> list[str]:
        return [v.id for v in self.verdicts
                if (v.kind == "inclusion" and v.verdict == NOT_MET) or (v.kind == "exclusion" and v.verdict == MET)]

    def counts(self) -> dict[str, int]:
        decided = [v for v in self.verdicts if v.kind != "manual"]
        return {k: sum(v.verdict == k for v in decided) for k in (MET, NOT_MET, UNKNOWN)}


def status_of(verdicts: Iterable[Verdict]) -> str:
    """The guideline's rule; manual criteria never change the status."""
    decided = [v for v in verdicts if v.kind != "manual"]
    if any((v.kind == "inclusion" and v.verdict == NOT_MET) or (v.kind == "exclusion" and v.verdict == MET) for v in decided):
        return EXCLUDED
    if all((v.kind == "inclusion" and v.verdict == MET) or (v.kind == "exclusion" and v.verdict == NOT_MET) for v in decided):
        return ELIGIBLE
    return NEEDS_REVIEW


def score_of(verdicts: Iterable[Verdict]) -> float:
    """In [0, 1]: each criterion that favours the patient counts 1, an unknown inclusion 0.25,
    an unknown exclusion 0.5, a failing one 0; divided by the number of criteria."""
    decided = [v for v in verdicts if v.kind != "manual"]
    if not decided:
        return 0.0
    points = 0.0
    for v in decided:
        favourable = MET if v.kind == "inclusion" else NOT_MET
        if v.verdict == favourable:
            points += 1.0
        elif v.verdict == UNKNOWN:
            points += 0.25 if v.kind == "inclusion" else 0.5
    return round(points / len(decided), 4)


def decide_patient(patient_id: str, facts: Iterable[Fact], criteria: list[Criterion], as_of: date) -> PatientResult:
    pf = PatientFacts(patient_id, facts)
    verdicts = tuple(LOGIC[c.logic](c, pf, as_of) for c in criteria)
    return PatientResult(patient_id, status_of(verdicts), score_of(verdicts), verdicts)
