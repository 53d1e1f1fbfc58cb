"""chartmatch.write: byte-identical JSONL, spreadsheet-safe CSV, no overwrite without force."""

import csv
import json
from datetime import date

import pytest

from chartmatch.decide.patient import decide_patient
from chartmatch.errors import ChartmatchError
from chartmatch.rank.ranking import rank
from chartmatch.read.note import Rejection
from chartmatch.write.files import (check_writable, result_rows, spreadsheet_safe, write_jsonl, write_rejections,
                                    write_results, write_summary_csv)
from chartmatch.write.records import patient_record
from helpers_core import AS_OF, criteria, fact


def chart(pid):
    """The same input every call (fixed offsets), so outputs can be compared byte for byte."""
    return [
        fact("OSTEOSARCOMA", "ostéosarcome", pid=pid, historical=True, start=0),   # non-ASCII evidence
        fact("AGE", "17-year-old", values={"age": 17}, pid=pid, sentence=1, start=20),
        fact("ECOG", "ECOG 1", values={"score": 1}, pid=pid, sentence=2, start=40),
        fact("HIV", "HIV", values={"result": "negative"}, pid=pid, sentence=3, section="labs_and_studies", start=60),
        fact("LIVE_VACCINE", "MMR", pid=pid, note="N2", note_date=date(2026, 9, 20), sentence=0, start=5),
    ]


def results(pids=("P2", "P1", "=HYPERLINK(\"http://x\")")):
    crits = list(criteria().values())
    return rank([decide_patient(pid, chart(pid), crits, AS_OF) for pid in pids])


def write_summary(path, ranked):
    """The summary CSV of ranked results, as `scan --csv` writes it."""
    write_summary_csv(path, result_rows(ranked))


# --- JSONL ---------------------------------------------------------------------------------------

def test_results_jsonl_is_byte_identical_twice(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert write_results(a, results()) == 3
    write_results(b, results())
    assert a.read_bytes() == b.read_bytes()
    # and again into the same file
    first = a.read_bytes()
    write_results(a, results())
    assert a.read_bytes() == first


def test_results_jsonl_content(tmp_path):
    path = tmp_path / "r.jsonl"
    ranked = results()
    write_results(path, ranked)
    raw = path.read_bytes()
    assert raw.endswith(b"\n") and b"\r\n" not in raw
    assert "ostéosarcome".encode() in raw                   # UTF-8, not \u escapes
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert [r["patient_id"] for r in rows] == [r.patient_id for r in ranked]
    assert [r["rank"] for r in rows] == [1, 2, 3]
    first = rows[0]
    assert list(first) == ["patient_id", "rank", "status", "score", "criteria"]
    assert [c["id"] for c in first["criteria"]] == list(criteria())
    hiv = next(c for c in first["criteria"] if c["id"] == "hiv")
    assert hiv["verdict"] == "not_met" and hiv["kind"] == "exclusion"
    ev = hiv["evidence"][0]
    assert ev["text"] == "HIV" and ev["values"] == {"result": "negative"} and ev["section"] == "labs_and_studies"
    assert ev["date"] == AS_OF.isoformat()
    for flag in ("negated", "uncertain", "historical", "hypothetical", "family"):
        assert ev[flag] is False
    vaccine = next(c for c in first["criteria"] if c["id"] == "live_vaccine_30d")
    assert vaccine["verdict"] == "met"
    assert rows[0]["status"] == "excluded"


def test_patient_record_matches_the_written_line(tmp_path):
    path = tmp_path / "r.jsonl"
    ranked = results(("P1",))
    write_results(path, ranked)
    assert json.loads(path.read_text(encoding="utf-8")) == patient_record(ranked[0])


def test_write_jsonl_one_record_per_line_compact(tmp_path):
    path = tmp_path / "x.jsonl"
    n = write_jsonl(path, [{"b": 1, "a": "é"}, {"text": "line\nbreak"}])
    assert n == 2
    assert path.read_bytes() == '{"b":1,"a":"é"}\n{"text":"line\\nbreak"}\n'.encode()


# --- CSV summary ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1:A9)", "'+SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("P001", "P001"),
        ("a=b", "a=b"),               # only a leading character starts a formula
        ("", ""),
        (None, ""),
        (3, "3"),
        (0.5, "0.5"),
    ],
)
def test_spreadsheet_safe(value, expected):
    assert spreadsheet_safe(value) == expected


def test_summary_csv_neutralises_formula_injection(tmp_path):
    path = tmp_path / "s.csv"
    ranked = results(("P1", "=HYPERLINK(\"http://evil\")", "+cmd", "-1", "@SUM(A1)"))
    write_summary(path, ranked)
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert list(rows[0]) == ["rank", "patient_id", "status", "score", "met", "not_met", "unknown", "excluded_by"]
    ids = [r["patient_id"] for r in rows]
    assert sorted(ids) == sorted(["P1", "'=HYPERLINK(\"http://evil\")", "'+cmd", "'-1", "'@SUM(A1)"])
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), row
    # the same order and values as the ranked results
    for row, r in zip(rows, ranked):
        assert row["rank"] == str(r.rank)
        assert row["status"] == r.status
        assert row["score"] == f"{r.score:.4f}"
        assert row["excluded_by"] == ";".join(r.excluded_by())
        assert int(row["met"]) + int(row["not_met"]) + int(row["unknown"]) == 22   # manual criteria not counted


def test_summary_csv_is_byte_identical_twice(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    write_summary(a, results())
    write_summary(b, results())
    assert a.read_bytes() == b.read_bytes()


def test_rejections_csv_neutralises_and_keeps_fields(tmp_path):
    path = tmp_path / "errors.csv"
    write_rejections(path, [Rejection("notes.csv", 7, "R002", "[R002] empty note text"),
                            Rejection("=evil.csv", 0, "R005", "-bad")])
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows == [["file", "line", "code", "reason"],
                    ["notes.csv", "7", "R002", "[R002] empty note text"],
                    ["'=evil.csv", "0", "R005", "'-bad"]]


# --- overwrite protection ------------------------------------------------------------------------

def test_refuses_to_overwrite_without_force(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("keep me")
    with pytest.raises(ChartmatchError) as exc:
        check_writable(path, force=False)
    assert exc.value.code == "E004"
    assert str(path) in str(exc.value) and "--force" in str(exc.value)
    assert path.read_text() == "keep me"


def test_force_allows_overwrite_and_new_paths_are_fine(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old")
    check_writable(path, force=True)          # no error
    check_writable(tmp_path / "new.jsonl", force=False)
    check_writable(None, force=False)         # an output that was not asked for
