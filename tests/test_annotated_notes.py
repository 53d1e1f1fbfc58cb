"""The gold corpus is consistent: offsets, ids, criteria, statuses."""

import json
from collections import Counter
from pathlib import Path

import pytest

from chartmatch.decide.patient import status_of
from chartmatch.decide.spec import load_criteria
from chartmatch.decide.verdict import Verdict
from chartmatch.extract.rules import load_concepts
from chartmatch.resources import PatternSet

GOLD = Path(__file__).resolve().parent.parent / "annotated_notes"
FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")


def rows(name):
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def notes():
    return rows("notes.jsonl")


@pytest.fixture(scope="module")
def patients():
    return rows("patients.jsonl")


@pytest.fixture(scope="module")
def criteria():
    return load_criteria(PatternSet.load())


def test_annotated_notes_size(notes, patients):
    assert len(patients) >= 40 and len(notes) >= 150
    assert sum(1 for n in notes if n["spans"]) >= 60


def test_annotated_notes_ids_unique(notes, patients):
    assert len({n["note_id"] for n in notes}) == len(notes)
    assert len({p["patient_id"] for p in patients}) == len(patients)
    assert {n["patient_id"] for n in notes} == {p["patient_id"] for p in patients}


def _word(char: str) -> bool:
    """A letter or digit of a script that separates words with spaces (not CJK)."""
    return char.isalnum() and not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


def test_annotated_notes_offsets_and_labels(notes):
    concepts = load_concepts(PatternSet.load())
    for n in notes:
        for s in n["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(n["text"]), (n["note_id"], s)
            assert s["label"] in concepts, (n["note_id"], s["label"])
            assert all(isinstance(s[f], bool) for f in FLAGS), (n["note_id"], s)
            # offsets fall on word boundaries: no span cuts a word in two
            text, a, b = n["text"], s["start"], s["end"]
            assert text[a:b] == text[a:b].strip(), (n["note_id"], text[a:b])
            # (Chinese has no spaces between words: a span may end inside a run of characters)
            assert not (a > 0 and _word(text[a - 1]) and _word(text[a])), (n["note_id"], text[a - 5:b])
            assert not (b < len(text) and _word(text[b - 1]) and _word(text[b])), (n["note_id"], text[a:b + 5])


def test_annotated_notes_every_patient_has_every_criterion(patients, criteria):
    decided = {c.id for c in criteria if c.kind != "manual"}
    for p in patients:
        assert set(p["criteria"]) == decided, p["patient_id"]
        assert set(p["criteria"].values()) <= {"met", "not_met", "unknown"}
        assert p["as_of"] and p["status"] in ("eligible", "needs_review", "excluded")


def test_annotated_notes_status_follows_the_rule(patients, criteria):
    kinds = {c.id: c.kind for c in criteria}
    for p in patients:
        verdicts = [Verdict(cid, kinds[cid], v, "") for cid, v in p["criteria"].items()]
        assert status_of(verdicts) == p["status"], p["patient_id"]


def test_annotated_notes_verdict_mix(patients, criteria):
    for c in criteria:
        if c.kind == "manual":
            continue
        counts = Counter(p["criteria"][c.id] for p in patients)
        assert counts["met"] >= 3 and counts["not_met"] >= 3 and counts["unknown"] >= 2, (c.id, counts)
    assert {p["status"] for p in patients} == {"eligible", "needs_review", "excluded"}


def test_annotated_notes_notes_not_after_as_of(notes, patients):
    as_of = {p["patient_id"]: p["as_of"] for p in patients}
    assert all(n["note_date"] <= as_of[n["patient_id"]] for n in notes)
