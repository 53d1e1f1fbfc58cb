"""Results as plain JSON-ready records (the JSONL output format)."""

from __future__ import annotations

from ..records import FLAGS, Fact, PatientResult


def evidence_record(f: Fact) -> dict:
    return {
        "note_id": f.note_id,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "concept": f.concept,
        **{flag: getattr(f, flag) for flag in FLAGS},
        "section": f.section,
        "date": f.date.isoformat() if f.date else None,
        "values": f.values,
    }


def patient_record(r: PatientResult) -> dict:
    return {
        "patient_id": r.patient_id,
        "rank": r.rank,
        "status": r.status,
        "score": r.score,
        "criteria": [
            {
                "id": v.id,
                "kind": v.kind,
                "verdict": v.verdict,
                "reason": v.reason,
                "evidence": [evidence_record(f) for f in v.evidence],
            }
            for v in r.verdicts
        ],
    }
