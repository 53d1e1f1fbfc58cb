"""The variation suite: many phrasings of each verdict of each criterion, by several authors.

``tests/data/variations/<author>.jsonl`` holds one tiny chart per line::

    {"id", "author", "criterion", "verdict", "as_of", "notes": [{"note_date", "note_type", "text"}]}

Only ``criterion`` is asserted for that chart. :func:`run_variations` decides every case
and returns one row per case; :func:`summarise` counts them per criterion and author.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..decide.patient import decide_patient
from ..read.note import Note


@dataclass(frozen=True)
class Case:
    id: str
    author: str
    criterion: str
    verdict: str
    as_of: date
    notes: tuple[Note, ...]


def load_cases(folder: Path) -> list[Case]:
    cases = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            notes = tuple(
                Note(patient_id=row["id"], note_id=f"{row['id']}#{i}", text=n["text"],
                     note_date=date.fromisoformat(n["note_date"]) if n.get("note_date") else None,
                     note_type=n.get("note_type", ""), source=f"{path}:{number}")
                for i, n in enumerate(row["notes"], start=1))
            cases.append(Case(row["id"], row["author"], row["criterion"], row["verdict"],
                              date.fromisoformat(row["as_of"]), notes))
    return cases


def decide_case(matcher, case: Case) -> tuple[str, str]:
    """(verdict, reason) that the matcher gives the case's criterion."""
    facts = [f for note in case.notes for f in matcher.extract(note)]
    result = decide_patient(case.id, facts, matcher.criteria, case.as_of)
    verdict = next(v for v in result.verdicts if v.id == case.criterion)
    return verdict.verdict, verdict.reason


def run_variations(matcher, cases: list[Case]) -> list[dict]:
    rows = []
    for case in cases:
        got, reason = decide_case(matcher, case)
        rows.append({"id": case.id, "author": case.author, "criterion": case.criterion, "gold": case.verdict,
                     "predicted": got, "right": got == case.verdict, "reason": reason})
    return rows


def summarise(rows: list[dict]) -> dict:
    def rate(subset):
        return {"n": len(subset), "right": sum(r["right"] for r in subset),
                "accuracy": round(sum(r["right"] for r in subset) / len(subset), 4) if subset else None}

    keys = {"criterion": Counter(r["criterion"] for r in rows), "author": Counter(r["author"] for r in rows),
            "gold": Counter(r["gold"] for r in rows)}
    return {"overall": rate(rows),
            **{f"by_{k}": {v: rate([r for r in rows if r[k] == v]) for v in sorted(c)} for k, c in keys.items()}}
