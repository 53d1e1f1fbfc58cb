"""CLI hygiene (issue 11, item 22): --version, -q / -v through the logging module, help text
shown as written."""

from __future__ import annotations

import logging

from typer.testing import CliRunner

from chartmatch import __version__
from chartmatch.cli import app

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"chartmatch {__version__}"


def test_help_text_is_not_read_as_markup():
    result = runner.invoke(app, ["scan", "--help"])
    assert result.exit_code == 0
    assert "chartmatch[spark]" in " ".join(result.stdout.split()), result.stdout


def _scan_hostile(tmp_path, *options):
    notes = tmp_path / "notes.csv"
    notes.write_text("patient_id,note_id,note_date,note_type,text\n"
                     f"P1,N1,2026-10-01,clinic,{'HIV ' * 3000}\n"
                     "P2,,2026-10-01,clinic,no id\n", encoding="utf-8")
    return runner.invoke(app, [*options, "extract", str(notes), "--out", str(tmp_path / "f.jsonl")])


def test_library_warnings_reach_stderr_through_logging(tmp_path):
    result = _scan_hostile(tmp_path)
    assert result.exit_code == 3
    assert any(line.startswith("warning ") for line in result.stderr.splitlines())
    assert logging.getLogger("chartmatch").level == logging.WARNING


def test_quiet_shows_only_errors_and_rejections(tmp_path):
    result = _scan_hostile(tmp_path, "-q")
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("rejected") for line in lines), lines


def test_verbose_lowers_the_level(tmp_path):
    assert runner.invoke(app, ["-v", "criteria"]).exit_code == 0
    assert logging.getLogger("chartmatch").level == logging.INFO
    assert runner.invoke(app, ["-vv", "criteria"]).exit_code == 0
    assert logging.getLogger("chartmatch").level == logging.DEBUG
    runner.invoke(app, ["criteria"])
    assert logging.getLogger("chartmatch").level == logging.WARNING
