"""Criteria that notes cannot decide: always ``unknown``, shown for the coordinator to check."""

from __future__ import annotations

from datetime import date

from ..evidence import PatientFacts
from ..verdict import UNKNOWN, Verdict


def manual(c, pf: PatientFacts, as_of: date) -> Verdict:
    return Verdict.of(c, UNKNOWN, "to be checked by the coordinator")
