"""Every command through typer's CliRunner, including every kind of bad input."""

import csv
import json
import re

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app

runner = CliRunner()
HEADER = "patient_id,note_id,note_date,note_type,text\n"
GOOD = (
    'P1,N1,2026-10-01,clinic,"17-year-old with metastatic osteosarcoma of the left femur s/p 6 cycles of MAP. ECOG 1. HIV negative."\n'
    'P2,N2,2026-10-02,clinic,"Ewing sarcoma of the pelvis. Denies fever."\n'
)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def notes_csv(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    return path


def test_cli_scan_writes_ranked_results(tmp_path, notes_csv):
    out, summary = tmp_path / "r.jsonl", tmp_path / "s.csv"
    result = run("scan", notes_csv, "--out", out, "--as-of", "2026-11-01", "--csv", summary)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["rank"] for r in rows] == [1, 2]
    by_id = {r["patient_id"]: r for r in rows}
    verdicts = {c["id"]: c for c in by_id["P1"]["criteria"]}
    assert verdicts["osteosarcoma_histology"]["verdict"] == "met"
    assert verdicts["hiv"]["verdict"] == "not_met"
    ev = verdicts["osteosarcoma_histology"]["evidence"][0]
    text = GOOD.split('"')[1]
    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert {c["id"]: c["verdict"] for c in by_id["P2"]["criteria"]}["osteosarcoma_histology"] == "not_met"
    assert by_id["P2"]["status"] == "excluded"
    table = list(csv.DictReader(summary.open()))
    assert [row["patient_id"] for row in table] == [r["patient_id"] for r in rows]
    assert "read 2 notes: processed 2, rejected 0" in result.stderr


def test_cli_scan_is_deterministic(tmp_path, notes_csv):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("scan", notes_csv, "--out", a, "--as-of", "2026-11-01").exit_code == 0
    assert run("scan", notes_csv, "--out", b, "--as-of", "2026-11-01").exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_cli_scan_refuses_to_overwrite(tmp_path, notes_csv):
    out = tmp_path / "r.jsonl"
    out.write_text("keep")
    result = run("scan", notes_csv, "--out", out)
    assert result.exit_code == 2
    assert "E004" in result.stderr and "--force" in result.stderr
    assert out.read_text() == "keep"


@pytest.mark.parametrize("option", [["--workers", "2"], ["--resume"]])
def test_cli_scan_spark_refuses_local_engine_options(tmp_path, notes_csv, option):
    out = tmp_path / "r.jsonl"
    result = run("scan", notes_csv, "--out", out, "--engine", "spark", *option)
    assert result.exit_code == 2
    message = re.sub(r"[│\s]+", " ", result.stderr)  # the error panel wraps lines
    assert "--workers and --resume are for --engine local" in message
    assert not out.exists()


@pytest.mark.parametrize(
    "rows,code",
    [
        ('P3,N3,2026-10-01,clinic,""\n', "R002"),
        ('P3,N3,31/31/2026,clinic,"text"\n', "R003"),
        ('P1,N1,2026-10-01,clinic,"again"\n', "R004"),
        (',N3,2026-10-01,clinic,"text"\n', "R001"),
        ('P3,N3,2026-10-01,clinic\n', "R007"),
    ],
)
def test_cli_scan_rejects_bad_rows_and_keeps_good_ones(tmp_path, rows, code):
    path = tmp_path / "notes.csv"
    path.write_text(HEADER + GOOD + rows, encoding="utf-8")
    out, errors = tmp_path / "r.jsonl", tmp_path / "rejected.csv"
    result = run("scan", path, "--out", out, "--errors", errors, "--as-of", "2026-11-01")
    assert result.exit_code == 3
    assert f"{path}:4: [{code}]" in result.stderr
    assert "read 3 notes: processed 2, rejected 1" in result.stderr
    assert len(out.read_text().splitlines()) == 2
    rejected = list(csv.DictReader(errors.open()))
    assert [(r["line"], r["code"]) for r in rejected] == [("4", code)]


def test_cli_scan_rejects_undecodable_bytes(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes((HEADER + GOOD).encode() + b'P3,N3,2026-10-01,clinic,"caf\xe9"\n')
    result = run("scan", path, "--out", tmp_path / "r.jsonl")
    assert result.exit_code == 3 and "[R005]" in result.stderr and "caf" not in result.stderr


def test_cli_scan_missing_column_names_file(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("patient_id,note_id,NOTE_TEXT\nP1,N1,hello\n")
    result = run("scan", path, "--out", tmp_path / "r.jsonl")
    assert result.exit_code == 2 and "E002" in result.stderr and str(path) in result.stderr
    mapped = run("scan", path, "--out", tmp_path / "r.jsonl", "--text-col", "NOTE_TEXT")
    assert mapped.exit_code == 0, mapped.stderr


def test_cli_scan_bad_as_of_and_missing_input(tmp_path, notes_csv):
    assert "E005" in run("scan", notes_csv, "--out", tmp_path / "r.jsonl", "--as-of", "soon").stderr
    assert "E001" in run("scan", tmp_path / "nope.csv", "--out", tmp_path / "r.jsonl").stderr


def test_cli_scan_never_prints_note_text(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(HEADER + 'P1,N1,2026-10-01,clinic,"SECRET-PHRASE osteosarcoma"\nP1,N1,2026-10-01,clinic,"SECRET-PHRASE"\n')
    result = run("scan", path, "--out", tmp_path / "r.jsonl", "--top", "5")
    assert "SECRET-PHRASE" not in result.stderr + result.stdout


def test_cli_scan_reads_jsonl_and_folder_together(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"patient_id": "P1", "note_id": "N1", "note_date": "2026-10-01", "note_type": "x",
                                 "text": "Osteosarcoma.\r\nNo pleural effusion."}) + "\n")
    folder = tmp_path / "notes" / "P2"
    folder.mkdir(parents=True)
    (folder / "N9.txt").write_text("Chondrosarcoma of the pelvis.")
    (folder / "N9.json").write_text('{"note_date": "2026-09-01"}')
    out = tmp_path / "r.jsonl"
    result = run("scan", jsonl, tmp_path / "notes", "--out", out, "--as-of", "2026-11-01")
    assert result.exit_code == 0, result.stderr
    assert sorted(json.loads(line)["patient_id"] for line in out.read_text().splitlines()) == ["P1", "P2"]


def test_cli_extract_offsets_are_exact(tmp_path, notes_csv):
    out = tmp_path / "facts.jsonl"
    result = run("extract", notes_csv, "--out", out)
    assert result.exit_code == 0, result.stderr
    facts = [json.loads(line) for line in out.read_text().splitlines()]
    texts = {"N1": GOOD.split('"')[1], "N2": GOOD.split('"')[3]}
    assert facts
    for f in facts:
        assert texts[f["note_id"]][f["start"]:f["end"]] == f["text"]
    hiv = [f for f in facts if f["concept"] == "HIV"]
    assert hiv and hiv[0]["negated"]


def test_cli_criteria_lists_every_guideline_id():
    result = run("criteria")
    assert result.exit_code == 0
    for cid in ("osteosarcoma_histology", "prior_checkpoint_inhibitor", "pregnant_or_lactating", "informed_consent",
                "uncontrolled_systemic_disease", "performance_status", "live_vaccine_30d"):
        assert cid in result.stdout


def test_cli_explain_shows_facts_with_flags():
    result = run("explain", "Mother had breast cancer. Denies HIV. History of osteosarcoma.")
    assert result.exit_code == 0, result.stderr
    assert "HIV" in result.stdout and "negated" in result.stdout
    assert "OTHER_MALIGNANCY" in result.stdout and "family" in result.stdout


def test_cli_bad_patterns_folder_is_named(tmp_path, notes_csv):
    rules = tmp_path / "rules" / "targets"
    rules.mkdir(parents=True)
    (rules / "x.json").write_text('{"target_rules": [{"literal": "foo", "category": "NOT_A_CONCEPT"}]}')
    result = run("scan", notes_csv, "--out", tmp_path / "r.jsonl", "--patterns", tmp_path / "rules")
    assert result.exit_code == 2 and "E007" in result.stderr and "x.json" in result.stderr
