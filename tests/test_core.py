"""One scan core (chartmatch.core.screen), three drivers: the Python API, the local engine
(1 and 2 workers) and Spark give the same bytes; the CLI reads its inputs once."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from chartmatch import Matcher
from chartmatch.core import FactsInMemory, each, screen
from chartmatch.engine.run import scan_files
from chartmatch.engine.scan import run_scan
from chartmatch.rank.ranking import rank
from chartmatch.read.inputs import estimate_notes
from chartmatch.records import Note
from chartmatch.resources import PatternSet
from chartmatch.write.files import dumps
from chartmatch.write.records import patient_record

AS_OF = date(2026, 11, 1)
ROWS = [
    ("P1", "N1", "2026-10-01", "17-year-old with osteosarcoma of the femur s/p MAP. ECOG 1. HIV negative."),
    ("P1", "N2", "2026-10-20", "CT chest: two RUL nodules consistent with metastases. No pleural effusion."),
    ("P1", "N3", "2026-12-01", "HIV positive."),  # after the as-of date: not used
    ("P2", "N4", "2026-10-02", "Ewing sarcoma of the pelvis; received prednisone 3 days ago."),
    ("P3", "N5", "", "Osteosarcoma with pulmonary metastases, unresectable. Karnofsky 80. Denies HIV."),
    ("P4", "N6", "2026-12-02", "Osteosarcoma."),  # only a later note: not ranked
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher()


@pytest.fixture()
def notes_csv(tmp_path):
    path = tmp_path / "notes.csv"
    lines = ["patient_id,note_id,note_date,note_type,text"] + [f'{p},{n},{d},clinic,"{t}"' for p, n, d, t in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def api_bytes(matcher, path) -> tuple[bytes, int]:
    result = matcher.scan([path], as_of=AS_OF)
    return "".join(dumps(patient_record(p)) + "\n" for p in result.patients).encode(), result.after_as_of


def test_core_api_and_local_engine_give_the_same_bytes(tmp_path, notes_csv, matcher):
    api, later = api_bytes(matcher, notes_csv)
    patterns = PatternSet.load()
    for workers in (1, 2):
        out = tmp_path / f"local{workers}.jsonl"
        outcome = run_scan([notes_csv], out, as_of=AS_OF, patterns=patterns, workers=workers)
        assert out.read_bytes() == api
        assert outcome.after_as_of == later == 2
    assert [r.patient_id for r in matcher.scan([notes_csv], as_of=AS_OF).patients] != []
    assert b'"P4"' not in api


def test_core_spark_gives_the_api_bytes(tmp_path, notes_csv, matcher):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    out = tmp_path / "spark.jsonl"
    outcome = scan_files([notes_csv], out, as_of=AS_OF, engine="spark", master="local[2]")
    assert out.read_bytes() == api_bytes(matcher, notes_csv)[0]
    assert outcome.after_as_of == 2


def test_core_screen_in_memory_skips_later_notes_before_extracting(matcher):
    notes = [Note(p, n, t, date.fromisoformat(d) if d else None) for p, n, d, t in ROWS]
    extracted = []

    def extract(note):
        extracted.append(note.note_id)
        return matcher.extract(note)

    holder = FactsInMemory()
    results = rank(screen(notes, extract=each(extract), criteria=matcher.criteria, as_of=AS_OF, facts=holder))
    assert extracted == ["N1", "N2", "N4", "N5"] and holder.after_as_of == 2
    assert results == matcher.match(notes, AS_OF)
    assert sorted(r.patient_id for r in results) == ["P1", "P2", "P3"]


def test_core_screen_as_of_per_patient_and_seeded_patients(matcher):
    notes = [Note("P1", "N1", "HIV positive.", date(2026, 6, 1)), Note("P2", "N2", "HIV positive.", date(2026, 6, 1))]
    days = {"P1": date(2026, 5, 1), "P2": date(2026, 7, 1)}
    holder = FactsInMemory(patients=["P0", "P1"])
    results = {r.patient_id: r for r in screen(notes, extract=each(matcher.extract), criteria=matcher.criteria,
                                               as_of=lambda pid: days.get(pid, date(2026, 7, 1)), facts=holder)}
    hiv = {pid: next(v.verdict for v in r.verdicts if v.id == "hiv") for pid, r in results.items()}
    assert hiv["P2"] == "met" and hiv["P1"] == hiv["P0"] != "met"  # P1's note is after its as-of date: no facts
    assert holder.after_as_of == 1


def test_core_scan_files_reads_the_inputs_once(tmp_path, notes_csv, monkeypatch):
    import chartmatch.read.inputs as inputs

    opened = []
    real = inputs.read_csv

    def counting(path, columns):
        opened.append(Path(path).name)
        return real(path, columns)

    monkeypatch.setattr(inputs, "read_csv", counting)
    out = tmp_path / "r.jsonl"
    scan_files([notes_csv], out, as_of=AS_OF, csv_path=tmp_path / "s.csv", report=tmp_path / "r.html")
    assert opened == ["notes.csv"]  # scan, summary and report from one read
    # the same report as one written afterwards from the notes read again (chartmatch report)
    from chartmatch import __version__
    from chartmatch.core import known_by
    from chartmatch.decide.spec import load_criteria
    from chartmatch.report import read_results, write_report

    patterns = PatternSet.load()
    write_report(tmp_path / "again.html", read_results(out), known_by(inputs.read_notes([notes_csv]), AS_OF), as_of=AS_OF,
                 version=__version__, patterns_fingerprint=patterns.fingerprint(), criteria=load_criteria(patterns))
    assert (tmp_path / "r.html").read_bytes() == (tmp_path / "again.html").read_bytes()


def test_core_estimate_notes_counts_small_files_and_estimates_large(tmp_path, notes_csv):
    assert estimate_notes([notes_csv]) == len(ROWS)
    big = tmp_path / "big.jsonl"
    big.write_text("".join(f'{{"patient_id": "P{i}", "note_id": "N{i}", "text": "{"x" * 200}"}}\n' for i in range(5000)))
    assert 4500 <= estimate_notes([big]) <= 5500
    assert estimate_notes([tmp_path / "missing.csv"]) is None
