"""A criterion's verdict for one patient, with the facts that decided it."""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.facts import Fact

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
MAX_EVIDENCE = 12  # facts kept per verdict: the deciding ones first


@dataclass(frozen=True)
class Verdict:
    id: str
    kind: str
    verdict: str
    reason: str
    evidence: tuple[Fact, ...] = ()

    @classmethod
    def of(cls, criterion, verdict: str, reason: str, evidence=()) -> Verdict:
        unique = {id(f): f for f in evidence if f is not None}  # first occurrence keeps its place
        ordered = tuple(unique.values())[:MAX_EVIDENCE]
        return cls(criterion.id, criterion.kind, verdict, reason, ordered)
