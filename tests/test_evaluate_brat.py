"""brat standoff gold: spans, attributes, and exact offset checks."""

import pytest

from chartmatch.errors import ChartmatchError
from chartmatch.evaluate.gold import load_gold

TEXT = "Denies HIV.\r\nHistory of osteosarcoma of the femur."


def _write(tmp_path, ann: str):
    folder = tmp_path / "gold" / "P1"
    folder.mkdir(parents=True)
    (folder / "N1.txt").write_bytes(TEXT.encode())
    (folder / "N1.ann").write_text(ann, encoding="utf-8")
    return tmp_path / "gold"


def test_brat_reads_spans_and_attributes(tmp_path):
    start = TEXT.index("osteosarcoma")
    ann = (f"T1\tHIV 7 10\tHIV\nT2\tOSTEOSARCOMA {start} {start + 12}\tosteosarcoma\n"
           "A1\tNegated T1\nA2\tHistorical T2\n")
    corpus = load_gold(_write(tmp_path, ann))
    assert [n.note_id for n in corpus.notes] == ["N1"]
    assert corpus.notes[0].patient_id == "P1"
    assert corpus.notes[0].text == TEXT  # CRLF kept: offsets index the file as written
    spans = corpus.spans["N1"]
    assert [(s.label, s.flags) for s in spans] == [("HIV", frozenset({"negated"})), ("OSTEOSARCOMA", frozenset({"historical"}))]


def test_brat_offset_mismatch_names_file_and_line(tmp_path):
    folder = _write(tmp_path, "T1\tHIV 7 10\tHIV\nT2\tOSTEOSARCOMA 0 6\tosteo\n")
    with pytest.raises(ChartmatchError) as info:
        load_gold(folder)
    message = str(info.value)
    assert "N1.ann:2" in message and "'Denies'" in message and info.value.code == "E012"


def test_brat_discontinuous_span_is_refused(tmp_path):
    folder = _write(tmp_path, "T1\tHIV 0 3;7 10\tDen HIV\n")
    with pytest.raises(ChartmatchError, match="discontinuous"):
        load_gold(folder)
