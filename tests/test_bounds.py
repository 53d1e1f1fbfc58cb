"""Hostile notes cost linear time (issue 11, item 11): a sentence, the targets of a sentence and
the cues of a sentence are bounded; a note that hits a bound is logged with its file:line and
keeps its facts. Timings are in bench/hostile_notes.py, not here."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app
from chartmatch.extract.context import MAX_CUES_PER_SENTENCE
from chartmatch.extract.sentences import MAX_SENTENCE_CHARS, boundary_offsets, sentence_index
from chartmatch.extract.targets import MAX_TARGETS_PER_SENTENCE
from chartmatch.read.note import Note


@pytest.fixture(scope="module")
def extractor():
    from chartmatch.extract.pipeline import Extractor

    return Extractor()


def test_an_endless_sentence_is_read_in_pieces_at_word_starts():
    text = "pulmonary nodule " * 2000  # 34,000 characters, no full stop, no line break
    offsets = boundary_offsets(text)
    pieces = [b - a for a, b in zip([0, *offsets], [*offsets, len(text)])]
    assert max(pieces) <= MAX_SENTENCE_CHARS + len("pulmonary ") and sum(pieces) == len(text)
    assert all(text[at - 1] == " " and text[at] != " " for at in offsets)


def test_ordinary_sentences_are_not_cut():
    text = "Denies HIV. " + "No fever, " * 150 + "cough." + "\nMother had breast cancer."
    assert boundary_offsets(text) == [12, 12 + 1500 + 6 + 1]


def test_hiv_16000_times_keeps_every_fact_in_bounded_sentences(extractor, caplog):
    caplog.set_level(logging.WARNING, logger="chartmatch")
    doc = extractor.doc("HIV " * 16_000)
    per_sentence = Counter(sentence_index(doc, span.start) for span, _ in doc._.cm_targets)
    assert len(doc._.cm_targets) == 16_000 and max(per_sentence.values()) <= MAX_TARGETS_PER_SENTENCE
    caplog.clear()
    facts = extractor.extract(Note("P1", "N1", "HIV " * 16_000, date(2026, 1, 1), source="notes.csv:7"))
    assert len(facts) == 16_000, "a bound cuts sentences, it drops no fact"
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warned and all(m.startswith("notes.csv:7: note P1/N1: ") for m in warned), warned
    assert any("facts are kept" in m for m in warned)


def test_a_cue_before_each_target_still_reaches_it(extractor):
    facts = extractor.extract(Note("P1", "N1", "no HIV " * 16_000, source="notes.csv:2"))
    assert len(facts) == 16_000 and all(f.negated for f in facts)


def test_a_sentence_of_endless_cues_keeps_those_near_its_targets(extractor, caplog):
    caplog.set_level(logging.WARNING, logger="chartmatch")
    text = "possible " * (3 * MAX_CUES_PER_SENTENCE) + "no HIV."
    facts = extractor.extract(Note("P1", "N1", text, source="n.csv:3"))
    assert [f.text for f in facts] == ["HIV"] and facts[0].negated
    assert any("cues" in r.getMessage() and r.getMessage().startswith("n.csv:3") for r in caplog.records)


def test_ordinary_note_logs_nothing(extractor, caplog):
    caplog.set_level(logging.WARNING, logger="chartmatch")
    extractor.extract(Note("P1", "N1", "17-year-old with osteosarcoma. Denies HIV. ECOG 1."))
    assert not caplog.records


def test_scan_reports_the_bounded_note_as_a_warning_with_its_line(tmp_path):
    notes = tmp_path / "notes.csv"
    notes.write_text("patient_id,note_id,note_date,note_type,text\n"
                     "P1,N1,2026-10-01,clinic,Osteosarcoma. Denies HIV.\n"
                     f"P2,N2,2026-10-01,clinic,{'HIV ' * 3000}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(notes), "--out", str(tmp_path / "f.jsonl")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert warnings and all(f"{notes}:3: note P2/N2" in w for w in warnings), result.stderr
    assert len((tmp_path / "f.jsonl").read_text().splitlines()) == 2 + 3000
