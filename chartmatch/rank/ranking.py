"""Order patients so the coordinator reads the likeliest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..records import PatientResult, rank_key  # noqa: F401  (rank_key: the order, written once)


def rank(results: Iterable[PatientResult]) -> list[PatientResult]:
    """eligible, then needs_review, then excluded; by score within a group; ties by patient id
    (:func:`chartmatch.records.rank_key`). Numbers them from 1."""
    ordered = sorted(results, key=PatientResult.rank_key)
    return [replace(r, rank=n) for n, r in enumerate(ordered, start=1)]
