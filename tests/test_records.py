"""The bottom layer: records and their vocabulary, written once, importable without spaCy."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from chartmatch import records
from chartmatch.records import (EXCLUSION, INCLUSION, MANUAL, MET, NOT_MET, UNKNOWN, Fact, PatientResult, favourable,
                                known_at, note_key, rank_key, unfavourable)


def test_records_layers_import_without_spacy():
    code = ("import sys\n"
            "import chartmatch.records, chartmatch.decide, chartmatch.write, chartmatch.report\n"
            "import chartmatch.decide.patient, chartmatch.decide.spec, chartmatch.write.files, chartmatch.write.records\n"
            "import chartmatch.report.html, chartmatch.rank.ranking, chartmatch.core, chartmatch.read.inputs\n"
            "print(sorted(m for m in ('spacy', 'medspacy') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_records_module_imports_nothing_of_chartmatch():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(records.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m.startswith(("chartmatch", "spacy", "medspacy")) or m == ""], imported


def test_records_old_import_paths_are_the_same_objects():
    from chartmatch.decide.patient import STATUS_ORDER
    from chartmatch.decide.patient import PatientResult as PR
    from chartmatch.decide.verdict import MET as M
    from chartmatch.decide.verdict import Verdict
    from chartmatch.evaluate.gold import FLAGS as GOLD_FLAGS
    from chartmatch.extract.facts import FLAGS, Fact as F
    from chartmatch.read.note import Note, Rejection
    from chartmatch.report.data import STATUSES, VERDICTS

    assert (Note, Rejection, F, Verdict, PR) == (records.Note, records.Rejection, Fact, records.Verdict, PatientResult)
    assert FLAGS is records.FLAGS and GOLD_FLAGS is records.FLAGS and M is MET
    assert STATUSES is records.STATUSES and VERDICTS is records.VERDICTS and STATUS_ORDER is records.STATUS_ORDER


def test_records_favourable_rule():
    assert favourable(INCLUSION, MET) and favourable(EXCLUSION, NOT_MET)
    assert unfavourable(INCLUSION, NOT_MET) and unfavourable(EXCLUSION, MET)
    for kind in (INCLUSION, EXCLUSION, MANUAL):
        assert not favourable(kind, UNKNOWN) and not unfavourable(kind, UNKNOWN)
    assert not any(f(MANUAL, v) for f in (favourable, unfavourable) for v in (MET, NOT_MET))


def test_records_rank_key_orders_status_then_score_then_id():
    rows = [("excluded", 0.9, "A"), ("eligible", 0.5, "Z"), ("needs_review", 0.8, "B"), ("needs_review", 0.8, "A"),
            ("needs_review", 0.95, "C")]
    ordered = sorted(rows, key=lambda r: rank_key(*r))
    assert ordered == [("eligible", 0.5, "Z"), ("needs_review", 0.95, "C"), ("needs_review", 0.8, "A"),
                       ("needs_review", 0.8, "B"), ("excluded", 0.9, "A")]


def test_records_note_key_is_stable_and_shared():
    from chartmatch.engine.store import note_key as store_key

    key = note_key("P1", "N1")
    assert len(key) == 8 and key == note_key("P1", "N1") and key != note_key("P1", "N2")
    assert store_key(records.Note("P1", "N1", "text")) == key.hex()  # resume logs written before stay valid
    assert key.hex() == "217f7b4b37e1b533"  # blake2b-64 of "P1\0N1", as before records.py held it


def test_records_known_at_keeps_undated_and_the_as_of_day():
    day = date(2026, 11, 20)
    assert known_at(None, day) and known_at(day, day) and not known_at(date(2026, 11, 21), day)


def test_records_fact_row_round_trip():
    fact = Fact("P1", "N1", "HIV", 10, 13, "HIV", values={"result": "negative"}, negated=True,
                date=date(2026, 3, 4), note_date=date(2026, 3, 5), cues=(("denies", 0, 6),))
    assert Fact.from_row(fact.to_row()) == fact
    assert list(fact.to_dict())[:3] == ["patient_id", "note_id", "concept"]
