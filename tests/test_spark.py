"""Spark local mode gives exactly the local engine's results (runs in CI: .ci/run installs the extra)."""

import json

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app



def test_spark_scan_matches_local_engine(tmp_path):
    import pyspark  # noqa: F401  (the CI installs chartmatch[spark]; a missing extra must fail, not skip)

    notes = tmp_path / "notes.csv"
    notes.write_text(
        "patient_id,note_id,note_date,note_type,text\n"
        'P1,N1,2026-10-01,clinic,"17-year-old with osteosarcoma of the femur s/p MAP.\nECOG 1. HIV negative."\n'
        'P1,N2,2026-10-20,ct,"CT chest: two RUL nodules consistent with metastases. No pleural effusion."\n'
        'P2,N3,2026-10-02,clinic,"Ewing sarcoma of the pelvis; received prednisone 3 days ago."\n'
        'P3,N4,2026-10-03,clinic,""\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    local, spark = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    a = runner.invoke(app, ["scan", str(notes), "--out", str(local), "--as-of", "2026-11-01", "--workers", "1"])
    b = runner.invoke(app, ["scan", str(notes), "--out", str(spark), "--as-of", "2026-11-01",
                            "--engine", "spark", "--master", "local[2]"])
    assert a.exit_code == 3 and b.exit_code == 3, (a.stderr, b.stderr)  # the empty note is rejected by both
    assert "processed 3, rejected 1" in a.stderr and "processed 3, rejected 1" in b.stderr
    assert spark.read_bytes() == local.read_bytes()
    # P3's only note was rejected, so P3 is not a patient in either output
    assert sorted(json.loads(line)["patient_id"] for line in spark.read_text().splitlines()) == ["P1", "P2"]
