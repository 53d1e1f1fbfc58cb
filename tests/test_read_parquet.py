"""Parquet read locally with pyarrow (issue 11, item 21): datetime columns included, the same
row-level rejections as JSONL, through the same CLI."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app
from chartmatch.read.inputs import ReadStats, read_notes

pa = pytest.importorskip("pyarrow")  # the [parquet] / [spark] extra; CI installs it
pq = pytest.importorskip("pyarrow.parquet")


def write(path, columns: dict):
    pq.write_table(pa.table(columns), path)
    return path


def test_datetime_column_gives_the_note_date(tmp_path):
    path = write(tmp_path / "notes.parquet", {
        "patient_id": ["P1", "P1", "P2"], "note_id": ["N1", "N2", "N3"],
        "note_date": pa.array([datetime(2026, 10, 1, 14, 30), None, datetime(2026, 3, 4)], pa.timestamp("ns")),
        "note_type": ["clinic", "ct", None], "text": ["Denies HIV.", "No nodules.", "Osteosarcoma."]})
    notes = list(read_notes([path], None, ReadStats()))
    assert [(n.note_id, n.note_date, n.source) for n in notes] == [
        ("N1", date(2026, 10, 1), f"{path}:1"), ("N2", None, f"{path}:2"), ("N3", date(2026, 3, 4), f"{path}:3")]


def test_pandas_written_parquet_with_zoned_datetimes(tmp_path):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"patient_id": ["P1"], "note_id": [7], "text": ["HIV negative."], "note_type": ["lab"],
                          "note_date": pd.to_datetime(["2026-10-01 23:30"]).tz_localize("America/New_York")})
    path = tmp_path / "pandas.parquet"
    frame.to_parquet(path)
    (note,) = read_notes([path], None, ReadStats())
    assert note.note_id == "7" and note.note_date == date(2026, 10, 1)  # its own day, not UTC's


def test_date32_column(tmp_path):
    path = write(tmp_path / "d.parquet", {"patient_id": ["P1"], "note_id": ["N1"], "note_type": [""], "text": ["x y"],
                                          "note_date": pa.array([date(2026, 1, 2)], pa.date32())})
    assert next(read_notes([path], None, ReadStats())).note_date == date(2026, 1, 2)


def test_rows_are_rejected_as_in_jsonl(tmp_path):
    path = write(tmp_path / "bad.parquet", {
        "patient_id": ["P1", "", "P3", "P4", "P1"], "note_id": ["N1", "N2", "N3", "N4", "N1"],
        "note_date": ["2026-10-01", "2026-10-01", "not a date", "2026-10-01", "2026-10-01"],
        "note_type": ["a"] * 5, "text": ["Denies HIV.", "x", "x", "  ", "again"]})
    stats = ReadStats()
    notes = list(read_notes([path], None, stats))
    assert [n.note_id for n in notes] == ["N1"]
    assert [(r.line, r.code) for r in stats.rejected] == [(2, "R001"), (3, "R003"), (4, "R002"), (5, "R004")]


def test_missing_column_and_broken_file_stop_with_a_message(tmp_path):
    missing = write(tmp_path / "m.parquet", {"patient_id": ["P1"], "note_id": ["N1"], "body": ["x"]})
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    runner = CliRunner()
    for path, code in ((missing, "E002"), (broken, "E031")):
        result = runner.invoke(app, ["extract", str(path), "--out", str(tmp_path / f"{code}.jsonl")])
        assert result.exit_code == 2 and f"[{code}]" in result.stderr and str(path) in result.stderr, result.stderr


def test_scan_reads_parquet_locally_like_csv(tmp_path):
    rows = {"patient_id": ["P1", "P2"], "note_id": ["N1", "N2"], "note_date": ["2026-10-01", "2026-10-02"],
            "note_type": ["clinic", "clinic"],
            "text": ["17-year-old with osteosarcoma of the femur. ECOG 1. HIV negative.", "Ewing sarcoma. Denies fever."]}
    parquet = write(tmp_path / "notes.parquet", rows)
    csv = tmp_path / "notes.csv"
    csv.write_text("patient_id,note_id,note_date,note_type,text\n"
                   + "".join(f'{a},{b},{c},{d},"{e}"\n' for a, b, c, d, e in zip(*rows.values())), encoding="utf-8")
    runner = CliRunner()
    outs = []
    for path in (parquet, csv):
        out = tmp_path / f"{path.suffix[1:]}.jsonl"
        result = runner.invoke(app, ["scan", str(path), "--out", str(out), "--as-of", "2026-11-01", "--workers", "1"])
        assert result.exit_code == 0, result.output
        outs.append([json.loads(line) for line in out.read_text().splitlines()])
    strip = lambda rs: [{**r, "criteria": [{**c, "evidence": [{k: v for k, v in e.items() if k != "note_id"} for e in c["evidence"]]}
                                           for c in r["criteria"]]} for r in rs]
    assert strip(outs[0]) == strip(outs[1])
