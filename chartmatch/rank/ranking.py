"""Order patients so the coordinator reads the likeliest first."""

from __future__ import annotations

from dataclasses import replace

from ..decide.patient import STATUS_ORDER, PatientResult


def rank(results: list[PatientResult]) -> list[PatientResult]:
    """eligible, then needs_review, then excluded; by score within a group; ties by patient id."""
    ordered = sorted(results, key=lambda r: (STATUS_ORDER[r.status], -r.score, r.patient_id))
    return [replace(r, rank=n) for n, r in enumerate(ordered, start=1)]
