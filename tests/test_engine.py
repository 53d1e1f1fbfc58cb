"""The batch engine: an interrupted scan resumes without redoing, duplicating or losing notes."""

from datetime import date

import pytest

from chartmatch.engine import store
from chartmatch.engine.scan import run_scan
from chartmatch.resources import PatternSet

AS_OF = date(2026, 11, 1)


@pytest.fixture
def notes_csv(tmp_path):
    rows = ["patient_id,note_id,note_date,note_type,text"]
    for i in range(12):
        rows.append(f'P{i % 4},N{i},2026-10-{i + 1:02d},clinic,"{15 + i}-year-old with osteosarcoma; HIV negative; ECOG {i % 3}."')
    path = tmp_path / "notes.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


class Interrupted(Exception):
    pass


def stop_after(n: int):
    def progress(done: int) -> None:
        if done == n:
            raise Interrupted

    return progress


def test_engine_resume_after_interruption(tmp_path, notes_csv, monkeypatch):
    patterns = PatternSet.load()
    fresh = tmp_path / "fresh.jsonl"
    run_scan([notes_csv], fresh, as_of=AS_OF, patterns=patterns, workers=1)

    monkeypatch.setattr(store, "FLUSH_EVERY", 2)  # make the done-log durable every 2 notes
    out = tmp_path / "resumed.jsonl"

    with pytest.raises(Interrupted):
        run_scan([notes_csv], out, as_of=AS_OF, patterns=patterns, workers=1, progress=stop_after(7))
    assert not out.exists()  # no half-written output
    outcome = run_scan([notes_csv], out, as_of=AS_OF, patterns=patterns, workers=1, resume=True)
    # the 7 notes extracted before the interruption: the store is flushed however the scan stops
    assert outcome.skipped == 7
    assert outcome.stats.read == 12 and not outcome.stats.rejected
    assert out.read_bytes() == fresh.read_bytes()
    assert not out.with_name(out.name + ".work").exists()


def test_engine_without_resume_starts_over(tmp_path, notes_csv, monkeypatch):
    patterns = PatternSet.load()
    monkeypatch.setattr(store, "FLUSH_EVERY", 2)
    out = tmp_path / "r.jsonl"
    with pytest.raises(Interrupted):
        run_scan([notes_csv], out, as_of=AS_OF, patterns=patterns, workers=1, progress=stop_after(5))
    outcome = run_scan([notes_csv], out, as_of=AS_OF, patterns=patterns, workers=1)
    assert outcome.skipped == 0 and len(out.read_text().splitlines()) == 4
