"""values.json: the value readers' lexicons and tables are data (issue 12, "Rules as data, all the way").

A ``--patterns`` values.json changes a lexicon's words (``pattern`` replaces, ``also`` adds)
or a concept's reader or window without a Python change; every bad entry is one catalogued
line naming the file and the entry, exit 2.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app
from chartmatch.extract.pipeline import Extractor
from chartmatch.extract.rules import load_values
from chartmatch.extract.values import LEXICONS, READERS, packaged_tables
from chartmatch.read.note import Note
from chartmatch.resources import PatternSet, read_json

runner = CliRunner()
NOTES = "patient_id,note_id,note_date,note_type,text\nP1,N1,2026-10-01,clinic,\"Denies HIV. Dexamethasone by iontophoresis.\"\n"
STEROID = "Dexamethasone by iontophoresis to the elbow."


def write(folder: Path, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "values.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def steroid_route(folder: Path | None, text: str = STEROID):
    facts = Extractor(PatternSet.load(folder)).extract(Note("P1", "N1", text, date(2026, 10, 1)))
    steroids = [f for f in facts if f.concept.endswith("STEROID")]
    assert steroids, [f.concept for f in facts]
    return steroids[0].values.get("route")


def test_packaged_values_file_is_complete_and_checked():
    tables = packaged_tables()
    assert set(LEXICONS) <= set(vars(tables.lexicons))
    assert set(tables.readers.values()) <= set(READERS.values())
    assert read_json(PatternSet.load().values_file)["lexicons"].keys() == LEXICONS.keys()


def test_an_overlay_word_in_a_lexicon_changes_a_value(tmp_path):
    assert steroid_route(None) is None, "iontophoresis is no packaged route word"
    rules = tmp_path / "rules"
    write(rules, {"lexicons": {"LOCAL_ROUTE": {"comment": "a new local route", "also": r"\biontophoresis\b"}}})
    assert steroid_route(rules) == "local"
    # the packaged words are still there: an oral dose is still systemic, a cream still local
    assert steroid_route(rules, "Dexamethasone 4 mg PO daily.") == "systemic"
    assert steroid_route(rules, "Hydrocortisone cream to the rash.") == "local"
    counts = PatternSet.load(rules).counts()
    assert counts["value lexicons"]["overlay"] == 1 and counts["replaced"] == {}


def test_an_overlay_pattern_replaces_a_lexicon_and_a_labelled_one_adds_a_label(tmp_path):
    rules = tmp_path / "rules"
    write(rules, {"lexicons": {"LOCAL_ROUTE": {"pattern": r"\biontophoresis\b"},
                               "ORGANS": {"also": [["pancreas", r"\bpancrea\w*"]]}}})
    tables = load_values(PatternSet.load(rules))
    steroid = tables.readers["SYSTEMIC_STEROID"]
    assert steroid("dexamethasone", "dexamethasone by iontophoresis", tables.lexicons) == {"route": "local"}
    assert steroid("dexamethasone", "dexamethasone cream", tables.lexicons) == {}, "'cream' is gone with the packaged pattern"
    assert [label for label, _ in tables.lexicons.ORGANS][-1] == "pancreas"
    assert tables.readers["TRANSPLANT"]("transplant", "s/p pancreas transplant", tables.lexicons)["organ"] == "pancreas"


def test_an_overlay_reader_and_window_for_a_concept(tmp_path):
    rules = tmp_path / "rules"
    write(rules, {"readers": {"OTHER_MALIGNANCY": "result"}, "windows": {"HIV": [0, 0]}})
    tables = load_values(PatternSet.load(rules))
    assert tables.readers["OTHER_MALIGNANCY"] is READERS["result"] and tables.windows["HIV"] == (0, 0)
    assert tables.readers["HIV"] is READERS["hiv"], "the packaged entries stay"


# (values.json content, code, what the message must say)
FAILURES = [
    ('{"lexicons": {', "E006", "invalid JSON"),
    ({"lexicon": {}}, "E006", "unknown top-level key(s) 'lexicon'"),
    ({"readers": ["HIV"]}, "E006", "'readers' must be a JSON object"),
    ({"lexicons": {"LOCAL_ROUTE": {"patern": "x"}}}, "E032", "lexicon 'LOCAL_ROUTE': unknown key(s) 'patern'"),
    ({"lexicons": {"LOCAL_ROUTES": {"also": "x"}}}, "E032", "lexicon 'LOCAL_ROUTES': no reader reads this lexicon"),
    ({"lexicons": {"LOCAL_ROUTE": {"labelled": [["x", "x"]]}}}, "E032", "lexicon 'LOCAL_ROUTE': this lexicon is given as 'pattern'"),
    ({"lexicons": {"HELD": {"comment": "x"}}}, "E032", "lexicon 'HELD': give 'pattern' or 'also'"),
    ({"lexicons": {"HELD": {"also": "x"}, "LOCAL_ROUTE": {"also": "(cream"}}}, "E028",
     "rule 2 ('LOCAL_ROUTE'): also is not a valid regular expression (missing ), unterminated subpattern"),
    ({"lexicons": {"LOCAL_ROUTE": {"pattern": "(a+)+$"}}}, "E029", "rule 1 ('LOCAL_ROUTE'): pattern can backtrack catastrophically"),
    ({"lexicons": {"ORGANS": {"also": [["kidney", r"(\w+\s?)*"]]}}}, "E029", "rule 1 ('ORGANS'): also 'kidney' can backtrack"),
    ({"lexicons": {"ORGANS": {"also": ["kidney"]}}}, "E032", "lexicon 'ORGANS': also must be a list of [label, regex] pairs"),
    ({"readers": {"HIV": "hiv_values"}}, "E032", "reader 'HIV': no reader named 'hiv_values'; registered: age, "),
    ({"readers": {"ZORBLAX": "hiv"}}, "E032", "reader 'ZORBLAX': not a concept in concepts.json"),
    ({"windows": {"HIV": [30]}}, "E032", "window 'HIV': a window is [characters before, characters after]"),
    ({"windows": {"NOT_A_CONCEPT": [3, 3]}}, "E032", "window 'NOT_A_CONCEPT': not a concept in concepts.json"),
    ({"overriding": {"PULMONARY_FUNCTION": "adequate"}}, "E032", "overriding 'PULMONARY_FUNCTION': give a list of value names"),
    ({"replace": True, "lexicons": {"HELD": {"pattern": "held"}}}, "E032", "missing: the readers need "),
]


@pytest.mark.parametrize("content, code, says", FAILURES, ids=[f"{f[1]}-{i}" for i, f in enumerate(FAILURES)])
def test_values_file_problem_is_one_catalogued_line_exit_2(tmp_path, content, code, says):
    notes = tmp_path / "notes.csv"
    notes.write_text(NOTES, encoding="utf-8")
    rules = tmp_path / "rules"
    path = write(rules, content)
    result = runner.invoke(app, ["scan", str(notes), "--out", str(tmp_path / "r.jsonl"), "--patterns", str(rules), "--workers", "1"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [x for x in result.stderr.splitlines() if x.startswith("error")]
    assert len(lines) == 1, result.stderr
    assert f"[{code}]" in lines[0] and str(path) in lines[0], lines[0]
    assert says in lines[0], lines[0]
    assert not (tmp_path / "r.jsonl").exists()
