"""Issue 11: batch scans that lose nothing, leak nothing and never hang.

One block per item of the issue (the item number is in each block's heading); the
reader's own cases (items 5-10) are at the end of tests/test_read.py. Every case here
failed before its fix: data lost or destroyed with exit 0, tracebacks, note text in
messages.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app
from chartmatch.engine import store
from chartmatch.engine.scan import run_scan
from chartmatch.resources import PatternSet
from test_read import deny
from helpers_io import make_text_folder

runner = CliRunner()
HEADER = "patient_id,note_id,note_date,note_type,text\n"
ROWS = (
    'P1,N1,2026-10-01,clinic,"17-year-old with metastatic osteosarcoma of the femur. ECOG 1. HIV negative."\n'
    'P2,N2,2026-10-02,clinic,"Ewing sarcoma of the pelvis. Denies fever."\n'
)
AS_OF = "2026-11-01"
SECRET = "SECRET-NOTE-TEXT"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def notes_csv(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    return path


def big_csv(path: Path, n: int) -> Path:
    lines = [HEADER.rstrip("\n")]
    for i in range(n):
        lines.append(f'P{i % 500:03d},N{i},2026-10-{i % 28 + 1:02d},clinic,"{15 + i % 5}-year-old with osteosarcoma of the '
                     f'femur; HIV negative; ECOG {i % 3}. Lungs clear. Plan: continue MAP chemotherapy, follow up in 3 weeks. '
                     + "Vitals stable, afebrile, tolerating diet, no new complaints. " * 6 + '"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def chartmatch_process(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "chartmatch", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def wait_for(predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


# --- item 1: one scan at a time per output ----------------------------------------------------

def test_cli_scan_second_scan_to_the_same_out_is_refused(tmp_path):
    notes = big_csv(tmp_path / "notes.csv", 1500)
    out = tmp_path / "r.jsonl"
    first = chartmatch_process("scan", notes, "--out", out, "--as-of", AS_OF, "--workers", "1")
    try:
        wait_for(lambda: (out.with_name(out.name + ".work") / "meta.json").exists() or first.poll() is not None)
        assert first.poll() is None, "the first scan ended before the second started; give it more notes"
        second = run("scan", notes, "--out", out, "--as-of", AS_OF, "--workers", "1", "--force")
        assert second.exit_code == 2, second.stderr
        assert "[E021]" in second.stderr and f"pid {first.pid}" in second.stderr
        _, stderr = first.communicate(timeout=300)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0, stderr
    assert "processed 1500" in stderr
    assert len(out.read_text().splitlines()) == 500  # every patient, none lost to the second scan


LOCK_AND_DIE = """
import os, sys
from pathlib import Path
from chartmatch.engine.lock import ScanLock
lock = ScanLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
os.kill(os.getpid(), 9)
"""


def test_cli_scan_lock_of_a_killed_scan_does_not_block_resume(tmp_path, notes_csv):
    out = tmp_path / "r.jsonl"
    dead = subprocess.run([sys.executable, "-c", LOCK_AND_DIE, str(out)], capture_output=True, text=True)
    assert dead.returncode == -signal.SIGKILL and "locked" in dead.stdout
    lock = out.with_name(out.name + ".lock")
    assert lock.exists()  # left behind by kill -9
    result = run("scan", notes_csv, "--out", out, "--as-of", AS_OF, "--resume")
    assert result.exit_code == 0, result.stderr
    assert len(out.read_text().splitlines()) == 2
    assert not lock.exists()


def test_engine_lock_is_released_when_a_scan_fails(tmp_path, notes_csv):
    out = tmp_path / "r.jsonl"

    def boom(done: int) -> None:
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        run_scan([notes_csv], out, as_of=date(2026, 11, 1), patterns=PatternSet.load(), progress=boom)
    assert not out.with_name(out.name + ".lock").exists()
    run_scan([notes_csv], out, as_of=date(2026, 11, 1), patterns=PatternSet.load(), resume=True)
    assert out.exists()


# --- item 2: --resume never overwrites an existing output without --force ---------------------

def test_cli_scan_resume_does_not_overwrite_an_existing_out(tmp_path, notes_csv):
    out = tmp_path / "unrelated.jsonl"
    out.write_text("keep me\n")
    result = run("scan", notes_csv, "--out", out, "--resume", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E004]" in result.stderr
    assert out.read_text() == "keep me\n"


def test_cli_scan_resume_never_overwrites_the_input(tmp_path, notes_csv):
    before = notes_csv.read_bytes()
    result = run("scan", notes_csv, "--out", notes_csv, "--resume", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E016]" in result.stderr
    assert notes_csv.read_bytes() == before


# --- item 3: no output is an input or another output, --force or not --------------------------

@pytest.mark.parametrize("option", ["--out", "--csv", "--errors", "--report"])
def test_cli_scan_no_output_may_be_an_input(tmp_path, notes_csv, option):
    before = notes_csv.read_bytes()
    args = ["--out", tmp_path / "r.jsonl"] if option != "--out" else []
    result = run("scan", notes_csv, *args, option, notes_csv, "--force", "--as-of", AS_OF)
    assert result.exit_code == 2, result.stderr
    assert "[E016]" in result.stderr and option in result.stderr
    assert notes_csv.read_bytes() == before


def test_cli_scan_output_named_differently_but_the_same_file(tmp_path, notes_csv, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.link(notes_csv, tmp_path / "hardlink.csv")
    (tmp_path / "symlink.csv").symlink_to(notes_csv)
    before = notes_csv.read_bytes()
    for alias in ("./notes.csv", "sub/../notes.csv", "hardlink.csv", "symlink.csv"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        result = run("scan", "notes.csv", "--out", alias, "--force", "--as-of", AS_OF)
        assert result.exit_code == 2 and "[E016]" in result.stderr, alias
    assert notes_csv.read_bytes() == before


def test_cli_scan_output_inside_an_input_folder_is_refused(tmp_path):
    folder = tmp_path / "notes"
    (folder / "P1").mkdir(parents=True)
    (folder / "P1" / "N1.txt").write_text("Osteosarcoma.")
    result = run("scan", folder, "--out", folder / "P1" / "N2.txt", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E016]" in result.stderr


@pytest.mark.parametrize("second", ["--csv", "--errors", "--report"])
def test_cli_scan_two_outputs_may_not_be_the_same_file(tmp_path, notes_csv, second):
    out = tmp_path / "r.jsonl"
    result = run("scan", notes_csv, "--out", out, second, out, "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E017]" in result.stderr
    assert "--out" in result.stderr and second in result.stderr
    assert not out.exists()


def test_cli_extract_and_report_outputs_may_not_be_inputs(tmp_path, notes_csv):
    before = notes_csv.read_bytes()
    assert "[E016]" in run("extract", notes_csv, "--out", notes_csv, "--force").stderr
    assert "[E016]" in run("extract", notes_csv, "--out", tmp_path / "f.jsonl", "--errors", notes_csv, "--force").stderr
    results = tmp_path / "r.jsonl"
    assert run("scan", notes_csv, "--out", results, "--as-of", AS_OF).exit_code == 0
    assert "[E016]" in run("report", results, "--notes", notes_csv, "--out", notes_csv, "--force").stderr
    assert notes_csv.read_bytes() == before


# --- item 4: outputs are checked before a note is read ------------------------------------------

@pytest.fixture
def unreadable_input(tmp_path):
    """An input whose reading fails (E002): if the output check came later, E002 would show."""
    path = tmp_path / "bad.csv"
    path.write_text("patient_id,note_id,body\nP1,N1,t\n")
    return path


@pytest.mark.parametrize("option", ["--out", "--csv", "--errors", "--report"])
def test_cli_scan_output_in_a_missing_folder_fails_before_reading(tmp_path, unreadable_input, option):
    target = tmp_path / "no" / "such" / "dir" / "x.out"
    args = ["--out", tmp_path / "r.jsonl"] if option != "--out" else []
    result = run("scan", unreadable_input, *args, option, target, "--as-of", AS_OF)
    assert result.exit_code == 2, result.output
    assert "[E019]" in result.stderr and option in result.stderr and "E002" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_scan_out_naming_a_folder(tmp_path, unreadable_input):
    folder = tmp_path / "results"
    folder.mkdir()
    result = run("scan", unreadable_input, "--out", folder, "--force", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E018]" in result.stderr and "E002" not in result.stderr
    assert folder.is_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_cli_scan_output_in_a_read_only_folder(tmp_path, unreadable_input):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("scan", unreadable_input, "--out", folder / "r.jsonl", "--as-of", AS_OF)
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2 and "[E020]" in result.stderr


def test_cli_scan_report_in_a_missing_folder_writes_nothing(tmp_path, notes_csv):
    out = tmp_path / "r.jsonl"
    result = run("scan", notes_csv, "--out", out, "--report", tmp_path / "missing" / "rep.html", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E019]" in result.stderr
    assert not out.exists()


def test_cli_scan_merged_row_does_not_give_a_patient_another_patients_text(tmp_path):
    path = tmp_path / "merge.csv"
    path.write_text(HEADER
                    + 'P1,N1,2026-10-01,clinic,"Osteosarcoma of the femur. ECOG 1.\n'
                    + 'P2,N2,2026-10-02,clinic,Known HIV infection on ART"\n', encoding="utf-8")
    out = tmp_path / "r.jsonl"
    result = run("scan", path, "--out", out, "--as-of", AS_OF)
    assert result.exit_code == 3
    assert "read 2 notes: processed 1, rejected 1" in result.stderr
    assert [json.loads(line)["patient_id"] for line in out.read_text().splitlines()] == ["P2"]


def test_cli_scan_duplicate_column_exits_2(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("patient_id,note_id,note_date,text,patient_id\nP1,N1,,Osteosarcoma,P2\n")
    result = run("scan", path, "--out", tmp_path / "r.jsonl", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E022]" in result.stderr and "'patient_id'" in result.stderr


# --- item 7 and 10: folder inputs: every problem a rejection; no link leaves the folder ----------

def test_cli_scan_report_never_embeds_text_from_outside_the_folder(tmp_path):
    (tmp_path / "secret.txt").write_text(SECRET + " osteosarcoma")
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "Osteosarcoma of the femur.")])
    (root / "P1" / "N2.txt").symlink_to(tmp_path / "secret.txt")
    report = tmp_path / "report.html"
    result = run("scan", root, "--out", tmp_path / "r.jsonl", "--report", report, "--as-of", AS_OF)
    assert result.exit_code == 3 and "[R015]" in result.stderr
    assert SECRET not in report.read_text(encoding="utf-8")


def test_cli_scan_unreadable_patient_folder_is_not_exit_0(tmp_path, monkeypatch):
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "Osteosarcoma."), ("P2", "N2", "Ewing sarcoma.")])
    deny(monkeypatch, root / "P2")
    result = run("scan", root, "--out", tmp_path / "r.jsonl", "--as-of", AS_OF, "--workers", "1")
    assert result.exit_code == 3 and f"{root / 'P2'}: [R014]" in result.stderr


def test_cli_scan_hostile_jsonl_is_a_rejection_not_a_traceback(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"patient_id": "P1", "note_id": "N1", "text": "Osteosarcoma"}\n'
                    '{"patient_id": "P1", "note_id": "N2", "text": "caf\\ud800e"}\n'
                    '{"patient_id": "P1", "note_id": "N3", "text": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    result = run("scan", path, "--out", tmp_path / "r.jsonl", "--as-of", AS_OF, "--workers", "1")
    assert result.exit_code == 3, result.output
    assert "read 3 notes: processed 1, rejected 2" in result.stderr


# --- item 9: note text never leaks into messages --------------------------------------------------

def test_cli_scan_text_in_the_date_column_is_not_shown(tmp_path):
    path = tmp_path / "shifted.csv"
    text = f"{SECRET}: 17-year-old with osteosarcoma, HIV positive, on ART since 2019"
    path.write_text(HEADER + f'P1,N1,"{text}",clinic,2026-10-01\nP2,N2,yesterday-ish,clinic,text\n', encoding="utf-8")
    errors = tmp_path / "rejected.csv"
    result = run("scan", path, "--out", tmp_path / "r.jsonl", "--errors", errors, "--as-of", AS_OF)
    assert result.exit_code == 3
    assert SECRET not in result.stderr + result.stdout and SECRET not in errors.read_text()
    reasons = {r["line"]: r["reason"] for r in csv.DictReader(errors.open())}
    assert f"{len(text)} characters" in reasons["2"] and "note_date" in reasons["2"]
    assert "'yesterday-ish'" in reasons["3"]  # a short value is still quoted, to be fixed


# --- item 13: nothing printed holds a control character ----------------------------------------

def test_cli_scan_prints_no_control_characters(tmp_path):
    path = tmp_path / "evil\x1b[2Jname.csv"
    path.write_text(HEADER + ROWS + 'P\x1b]0;owned\x07,N9,,clinic,"text"\n', encoding="utf-8")
    result = run("scan", path, "--out", tmp_path / "r.jsonl", "--top", "5", "--as-of", AS_OF)
    assert result.exit_code == 3
    printed = result.stderr + result.stdout
    assert "\x1b" not in printed and "\x07" not in printed
    assert "R013" in printed and "P1" in printed


def test_cli_error_messages_print_no_control_characters(tmp_path):
    result = run("scan", tmp_path / "missing\x1b[31m.csv", "--out", tmp_path / "r.jsonl")
    assert result.exit_code == 2 and "E001" in result.stderr and "\x1b" not in result.stderr


# --- item 14: outputs that hold note text are private ---------------------------------------------

def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_outputs_holding_note_text_are_owner_only(tmp_path, notes_csv):
    old = os.umask(0o022)
    try:
        out, report, facts = tmp_path / "r.jsonl", tmp_path / "rep.html", tmp_path / "facts.jsonl"
        for path in (out, report, facts):
            path.write_text("old")
            path.chmod(0o644)
        assert run("scan", notes_csv, "--out", out, "--report", report, "--as-of", AS_OF, "--force").exit_code == 0
        assert run("extract", notes_csv, "--out", facts, "--force").exit_code == 0
    finally:
        os.umask(old)
    assert (mode(out), mode(report), mode(facts)) == (0o600, 0o600, 0o600)


def test_engine_work_folder_is_owner_only(tmp_path, notes_csv, monkeypatch):
    monkeypatch.setattr(store, "FLUSH_EVERY", 1)
    out = tmp_path / "r.jsonl"

    def stop(done: int) -> None:
        raise KeyboardInterrupt

    old = os.umask(0o022)
    try:
        with pytest.raises(KeyboardInterrupt):
            run_scan([notes_csv], out, as_of=date(2026, 11, 1), patterns=PatternSet.load(), progress=stop)
    finally:
        os.umask(old)
    work = out.with_name(out.name + ".work")
    assert mode(work) == 0o700
    assert all(mode(p) & 0o077 == 0 for p in work.rglob("*"))


# --- item 15: --as-of is a full date ---------------------------------------------------------------

@pytest.mark.parametrize("value", ["2026", "2026-03", "03/2026", "10/03/2026", "Oct 3, 2026", "2026-02-30", "soon", ""])
def test_cli_scan_as_of_must_be_a_full_iso_date(tmp_path, notes_csv, value):
    result = run("scan", notes_csv, "--out", tmp_path / "r.jsonl", "--as-of", value)
    assert result.exit_code == 2 and "[E005]" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "r.jsonl").exists()


def test_cli_scan_as_of_in_the_future_warns(tmp_path, notes_csv):
    future = (date.today() + timedelta(days=30)).isoformat()
    result = run("scan", notes_csv, "--out", tmp_path / "r.jsonl", "--as-of", future)
    assert result.exit_code == 0 and "[W001]" in result.stderr and future in result.stderr
    today = run("scan", notes_csv, "--out", tmp_path / "t.jsonl", "--as-of", date.today().isoformat())
    assert today.exit_code == 0 and "W001" not in today.stderr


# --- item 16: notes dated after --as-of are not used --------------------------------------------------

@pytest.fixture
def two_dates_csv(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(HEADER
                    + 'P1,N1,2026-01-10,clinic,"16-year-old with osteosarcoma of the femur. HIV negative."\n'
                    + 'P1,N2,2026-06-01,clinic,"Newly diagnosed HIV infection, started ART."\n'
                    + 'P1,N3,,clinic,"Undated note: osteosarcoma follow-up."\n'
                    + 'P2,N4,2026-05-01,clinic,"Osteosarcoma of the tibia."\n', encoding="utf-8")
    return path


def patients(out: Path) -> dict:
    return {r["patient_id"]: r for r in map(json.loads, out.read_text().splitlines())}


def note_ids(record: dict) -> set[str]:
    return {e["note_id"] for c in record["criteria"] for e in c["evidence"]}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_scan_rescreen_at_two_dates_uses_what_was_known_then(tmp_path, two_dates_csv, workers):
    early, late = tmp_path / "early.jsonl", tmp_path / "late.jsonl"
    first = run("scan", two_dates_csv, "--out", early, "--as-of", "2026-03-01", "--workers", workers)
    assert first.exit_code == 0, first.stderr
    assert "2 notes dated after the as-of date were not used" in first.stderr
    assert "read 4 notes: processed 4, rejected 0" in first.stderr
    got = patients(early)
    assert list(got) == ["P1"]  # P2's only note is from after 2026-03-01
    assert "N2" not in note_ids(got["P1"])
    assert {c["id"]: c["verdict"] for c in got["P1"]["criteria"]}["hiv"] == "not_met"

    second = run("scan", two_dates_csv, "--out", late, "--as-of", "2026-07-01", "--workers", workers)
    assert second.exit_code == 0 and "after the as-of date" not in second.stderr
    got = patients(late)
    assert sorted(got) == ["P1", "P2"]
    assert {c["id"]: c["verdict"] for c in got["P1"]["criteria"]}["hiv"] == "met"


def test_cli_scan_spark_rescreen_drops_later_notes_as_the_local_engine_does(tmp_path, two_dates_csv):
    import pyspark  # noqa: F401  (the CI installs chartmatch[spark]; a missing extra must fail, not skip)

    local, spark = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    a = run("scan", two_dates_csv, "--out", local, "--as-of", "2026-03-01", "--workers", "1")
    b = run("scan", two_dates_csv, "--out", spark, "--as-of", "2026-03-01", "--engine", "spark", "--master", "local[2]")
    assert a.exit_code == 0 and b.exit_code == 0, (a.stderr, b.stderr)
    assert "2 notes dated after the as-of date were not used" in b.stderr
    assert spark.read_bytes() == local.read_bytes()


def test_engine_resume_with_another_as_of_still_drops_later_notes(tmp_path, two_dates_csv, monkeypatch):
    monkeypatch.setattr(store, "FLUSH_EVERY", 1)
    out = tmp_path / "r.jsonl"

    def stop(done: int) -> None:
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_scan([two_dates_csv], out, as_of=date(2026, 7, 1), patterns=PatternSet.load(), progress=stop)
    outcome = run_scan([two_dates_csv], out, as_of=date(2026, 3, 1), patterns=PatternSet.load(), resume=True)
    assert outcome.after_as_of == 2 and list(patients(out)) == ["P1"]


def test_matcher_scan_drops_notes_after_as_of(two_dates_csv):
    from chartmatch import Matcher

    result = Matcher().scan([two_dates_csv], as_of=date(2026, 3, 1))
    assert [p.patient_id for p in result.patients] == ["P1"] and result.after_as_of == 2
    assert all(f.note_id != "N2" for p in result.patients for v in p.verdicts for f in v.evidence)


# --- item 18: reading nothing is an error ------------------------------------------------------------

@pytest.mark.parametrize("kind", ["empty jsonl", "blank jsonl", "header-only csv", "empty folder",
                                  "folder without patient folders", "folder named like a file"])
def test_cli_scan_reading_nothing_is_an_error(tmp_path, kind):
    if kind == "empty jsonl":
        path = tmp_path / "n.jsonl"
        path.write_bytes(b"")
    elif kind == "blank jsonl":
        path = tmp_path / "n.jsonl"
        path.write_bytes(b"\n  \n\r\n")
    elif kind == "header-only csv":
        path = tmp_path / "n.csv"
        path.write_text(HEADER)
    elif kind == "empty folder":
        path = tmp_path / "notes"
        path.mkdir()
    elif kind == "folder without patient folders":
        path = tmp_path / "notes"
        path.mkdir()
        (path / "N1.txt").write_text("a note at the wrong level")
    else:
        path = tmp_path / "notes.csv"
        path.mkdir()
    out = tmp_path / "r.jsonl"
    result = run("scan", path, "--out", out, "--as-of", AS_OF)
    assert result.exit_code == 2, result.stderr
    assert "[E023]" in result.stderr and str(path) in result.stderr
    assert not out.exists()


def test_cli_scan_an_empty_input_among_good_ones_is_an_error(tmp_path, notes_csv):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    result = run("scan", notes_csv, empty, "--out", tmp_path / "r.jsonl", "--as-of", AS_OF)
    assert result.exit_code == 2 and "[E023]" in result.stderr


def test_cli_extract_reading_nothing_is_an_error(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_bytes(b"")
    result = run("extract", path, "--out", tmp_path / "f.jsonl")
    assert result.exit_code == 2 and "[E023]" in result.stderr


# --- item 19: Ctrl-C ------------------------------------------------------------------------------

def test_cli_scan_ctrl_c_says_how_to_continue_and_nothing_else(tmp_path):
    notes = big_csv(tmp_path / "notes.csv", 3000)
    out = tmp_path / "r.jsonl"
    # a terminal's Ctrl-C goes to the whole process group: the scan and its workers
    proc = chartmatch_process("scan", notes, "--out", out, "--as-of", AS_OF, "--workers", "2", start_new_session=True)
    try:
        done_log = out.with_name(out.name + ".work") / "done.log"
        wait_for(lambda: (done_log.exists() and done_log.stat().st_size > 0) or proc.poll() is not None)
        assert proc.poll() is None, "the scan ended before it could be interrupted; give it more notes"
        os.killpg(proc.pid, signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130
    assert stderr == "interrupted; rerun with --resume to continue\n" and stdout == ""
    assert not out.exists()
    resumed = run("scan", notes, "--out", out, "--as-of", AS_OF, "--workers", "2", "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert "done before --resume" in resumed.stderr and len(out.read_text().splitlines()) == 500
