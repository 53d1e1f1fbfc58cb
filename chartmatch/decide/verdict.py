"""A criterion's verdict for one patient, with the facts that decided it.

:class:`Verdict` and the verdict words live in :mod:`chartmatch.records`; this path is kept
for the deciders and callers (``from chartmatch.decide.verdict import Verdict``)."""

from __future__ import annotations

from ..records import MAX_EVIDENCE, MET, NOT_MET, UNKNOWN, Verdict

__all__ = ["MAX_EVIDENCE", "MET", "NOT_MET", "UNKNOWN", "Verdict"]
