"""chartmatch.read: CSV, JSONL and folder exports, and every kind of bad input."""

import json
import os
from datetime import date
from pathlib import Path

import pytest

from chartmatch.errors import ChartmatchError
from chartmatch.read.formats import Columns
from chartmatch.read.inputs import ReadStats, read_notes
from chartmatch.read.note import Note, Rejection
from helpers_io import make_text_folder

HEADER = b"patient_id,note_id,note_date,note_type,text\n"


def read_all(paths, columns=None):
    stats = ReadStats()
    notes = list(read_notes(paths, columns, stats))
    return notes, stats


def by_code(stats):
    return {r.code: r for r in stats.rejected}


def assert_counts(notes, stats):
    """Nothing is dropped silently: every record read is a note or a rejection."""
    assert stats.read == len(notes) + len(stats.rejected)
    assert stats.accepted == len(notes)


def jsonl(path: Path, *rows, raw_lines=()) -> Path:
    lines = [json.dumps(r).encode() for r in rows] + list(raw_lines)
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def make_folder(root: Path, notes) -> Path:
    """notes: (patient_id, note_id, text bytes, sidecar dict | str | None)."""
    for pid, nid, text, meta in notes:
        (root / pid).mkdir(parents=True, exist_ok=True)
        (root / pid / f"{nid}.txt").write_bytes(text)
        if meta is not None:
            (root / pid / f"{nid}.json").write_text(meta if isinstance(meta, str) else json.dumps(meta))
    return root


# --- good input in each format ----------------------------------------------------------------

def test_csv_reads_fields_and_parses_dates(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(HEADER + b'P1,N1,2026-10-01,clinic,"ECOG 1, HIV negative."\n'
                              b"P1,N2,10/03/2026,,Seen.\n"
                              b"P2,N3,,,No date.\n")
    notes, stats = read_all([path])
    assert [(n.patient_id, n.note_id, n.note_date, n.note_type, n.text) for n in notes] == [
        ("P1", "N1", date(2026, 10, 1), "clinic", "ECOG 1, HIV negative."),
        ("P1", "N2", date(2026, 10, 3), "", "Seen."),
        ("P2", "N3", None, "", "No date."),
    ]
    assert [n.source for n in notes] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert stats.read == 3 and stats.accepted == 3 and stats.rejected == []


def test_jsonl_reads_fields(tmp_path):
    path = jsonl(tmp_path / "notes.jsonl",
                 {"patient_id": "P1", "note_id": "N1", "note_date": "Oct 3, 2026", "note_type": "pathology", "text": "Osteosarcoma."},
                 {"patient_id": "P2", "note_id": "N2", "text": "No date here."})
    notes, stats = read_all([path])
    assert [(n.patient_id, n.note_id, n.note_date, n.note_type, n.text) for n in notes] == [
        ("P1", "N1", date(2026, 10, 3), "pathology", "Osteosarcoma."),
        ("P2", "N2", None, "", "No date here."),
    ]
    assert [n.source for n in notes] == [f"{path}:1", f"{path}:2"]
    assert_counts(notes, stats)


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_suffixes(tmp_path, suffix):
    path = jsonl(tmp_path / f"notes{suffix}", {"patient_id": "P1", "note_id": "N1", "text": "t"})
    notes, _ = read_all([path])
    assert [n.note_id for n in notes] == ["N1"]


def test_folder_with_and_without_sidecar(tmp_path):
    root = make_folder(tmp_path / "notes", [
        ("P1", "N1", b"Lung nodules.", {"note_date": "2026-10-01", "note_type": "radiology"}),
        ("P1", "N2", b"No sidecar.", None),
        ("P2", "N3", b"Other patient.", {"note_date": "03/2024"}),
    ])
    (root / "README.txt").write_text("not a note: not inside a patient folder")
    (root / "P1" / "image.png").write_bytes(b"\x89PNG")
    notes, stats = read_all([root])
    assert [(n.patient_id, n.note_id, n.note_date, n.note_type, n.text) for n in notes] == [
        ("P1", "N1", date(2026, 10, 1), "radiology", "Lung nodules."),
        ("P1", "N2", None, "", "No sidecar."),
        ("P2", "N3", date(2024, 3, 1), "", "Other patient."),
    ]
    assert notes[0].source.startswith(str(root / "P1" / "N1.txt"))
    assert stats.read == 3 and stats.rejected == []


# --- encodings and line endings -----------------------------------------------------------------

def test_csv_utf8_bom_is_not_part_of_the_first_column(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + HEADER + b"P1,N1,,,caf\xc3\xa9 au lait\n")
    notes, stats = read_all([path])
    assert [(n.patient_id, n.text) for n in notes] == [("P1", "café au lait")]
    assert stats.rejected == []


def test_jsonl_utf8_bom(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"patient_id": "P1", "note_id": "N1", "text": "t"}).encode() + b"\n")
    notes, stats = read_all([path])
    assert [n.patient_id for n in notes] == ["P1"] and stats.rejected == []


def test_folder_utf8_bom_is_stripped_from_text(tmp_path):
    root = make_folder(tmp_path / "d", [("P1", "N1", b"\xef\xbb\xbfECOG 1", None)])
    notes, _ = read_all([root])
    assert notes[0].text == "ECOG 1"


def test_csv_crlf_kept_inside_text_so_offsets_index_the_original(tmp_path):
    original = "Assessment:\r\nECOG 1.\r\nHIV negative."
    path = tmp_path / "crlf.csv"
    body = HEADER.replace(b"\n", b"\r\n") + b'P1,N1,2026-10-01,clinic,"' + original.encode() + b'"\r\nP1,N2,,,second\r\n'
    path.write_bytes(body)
    notes, stats = read_all([path])
    assert notes[0].text == original
    assert notes[0].text.index("HIV") == original.index("HIV")
    assert notes[1].text == "second"  # the record terminator is not part of the text
    # the second record starts on physical line 5 (the first spans lines 2-4)
    assert notes[1].source == f"{path}:5"
    assert stats.rejected == []


def test_jsonl_crlf_line_endings_and_escaped_crlf_in_text(tmp_path):
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(json.dumps({"patient_id": "P1", "note_id": "N1", "text": "a\r\nb"}).encode() + b"\r\n"
                     + json.dumps({"patient_id": "P1", "note_id": "N2", "text": "c"}).encode() + b"\r\n")
    notes, stats = read_all([path])
    assert [n.text for n in notes] == ["a\r\nb", "c"]
    assert stats.rejected == []


def test_folder_crlf_kept(tmp_path):
    root = make_folder(tmp_path / "d", [("P1", "N1", b"line one\r\nline two\r\n", None)])
    notes, _ = read_all([root])
    assert notes[0].text == "line one\r\nline two\r\n"


# --- several inputs, column mapping ---------------------------------------------------------------

def test_several_inputs_in_one_call_keep_input_order(tmp_path):
    csv_path = tmp_path / "a.csv"
    csv_path.write_bytes(HEADER + b"P1,N1,,,one\n")
    jl = jsonl(tmp_path / "b.jsonl", {"patient_id": "P2", "note_id": "N2", "text": "two"})
    root = make_folder(tmp_path / "c", [("P3", "N3", b"three", None)])
    notes, stats = read_all([csv_path, jl, root])
    assert [n.text for n in notes] == ["one", "two", "three"]
    assert stats.read == 3 and stats.accepted == 3


def test_column_mapping(tmp_path):
    path = tmp_path / "ehr.csv"
    path.write_bytes(b"MRN,DOC_ID,SERVICE_DATE,DOC_TYPE,NOTE_TEXT\nM1,D1,2026-10-01,clinic,Text here\n")
    cols = Columns(patient_id="MRN", note_id="DOC_ID", note_date="SERVICE_DATE", note_type="DOC_TYPE", text="NOTE_TEXT")
    notes, stats = read_all([path], cols)
    assert [(n.patient_id, n.note_id, n.note_date, n.note_type, n.text) for n in notes] == [
        ("M1", "D1", date(2026, 10, 1), "clinic", "Text here")]


def test_column_mapping_text_only(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"patient_id,note_id,NOTE_TEXT\nP1,N1,hello\n")
    notes, _ = read_all([path], Columns(text="NOTE_TEXT"))
    assert [n.text for n in notes] == ["hello"]
    # the same file without the mapping misses the text column
    with pytest.raises(ChartmatchError) as exc:
        read_all([path])
    assert exc.value.code == "E002"


def test_column_mapping_jsonl(tmp_path):
    path = jsonl(tmp_path / "x.jsonl", {"pid": "P1", "nid": "N1", "NOTE_TEXT": "hi", "dt": "2026-10-03"})
    notes, _ = read_all([path], Columns(patient_id="pid", note_id="nid", note_date="dt", text="NOTE_TEXT"))
    assert [(n.patient_id, n.note_id, n.note_date, n.text) for n in notes] == [("P1", "N1", date(2026, 10, 3), "hi")]


# --- inputs that stop the run ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_missing_column_stops_with_e002_naming_the_file(tmp_path, fmt):
    if fmt == "csv":
        path = tmp_path / "bad.csv"
        path.write_bytes(b"patient_id,note_id,body\nP1,N1,t\n")
    else:
        path = jsonl(tmp_path / "bad.jsonl", {"patient_id": "P1", "note_id": "N1", "body": "t"})
    with pytest.raises(ChartmatchError) as exc:
        read_all([path])
    assert exc.value.code == "E002"
    message = str(exc.value)
    assert str(path) in message
    assert "text" in message and "body" in message  # what is missing and what was found


def test_missing_several_columns_names_them_all(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,body\n1,t\n")
    with pytest.raises(ChartmatchError) as exc:
        read_all([path])
    assert exc.value.code == "E002"
    for col in ("patient_id", "note_id", "text"):
        assert col in str(exc.value)


def test_missing_input_e001_and_unknown_format_e003(tmp_path):
    with pytest.raises(ChartmatchError) as exc:
        read_all([tmp_path / "nope.csv"])
    assert exc.value.code == "E001" and "nope.csv" in str(exc.value)
    other = tmp_path / "notes.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(ChartmatchError) as exc:
        read_all([other])
    assert exc.value.code == "E003" and "notes.xlsx" in str(exc.value)


def test_unknown_format_fails_before_reading_the_first_input(tmp_path):
    good = tmp_path / "a.csv"
    good.write_bytes(HEADER + b"P1,N1,,,t\n")
    bad = tmp_path / "b.txt"
    bad.write_text("x")
    stats = ReadStats()
    gen = read_notes([good, bad], None, stats)
    with pytest.raises(ChartmatchError) as exc:
        next(gen)
    assert exc.value.code == "E003"
    assert stats.read == 0


def test_empty_csv_e010(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ChartmatchError) as exc:
        read_all([path])
    assert exc.value.code == "E010" and str(path) in str(exc.value)


# --- rows that are rejected, the rest read ---------------------------------------------------------

def _bad_csv(tmp_path) -> Path:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        HEADER
        + b"P1,N1,2026-10-01,clinic,good one\n"        # line 2
        + b'P1,N2,2026-10-01,clinic,"   "\n'           # line 3: empty text
        + b"P1,N3,yesterday-ish,clinic,text\n"         # line 4: unparseable date
        + b"P1,N1,2026-10-02,clinic,dup\n"             # line 5: duplicate of line 2
        + b"P2,N4,,clinic,caf\xe9 latin-1\n"           # line 6: undecodable
        + b"P2,N5,,clinic\n"                           # line 7: 4 fields
        + b"P2,N6,,clinic,a,b\n"                       # line 8: 6 fields
        + b",N7,,clinic,no patient\n"                  # line 9: missing patient id
        + b"P3,N8,13/45/2026,,impossible date\n"       # line 10: invalid date
        + b"P3,N9,2026-10-03,,good two\n"              # line 11
    )
    return path


def test_csv_every_rejection_names_file_line_and_code(tmp_path):
    path = _bad_csv(tmp_path)
    notes, stats = read_all([path])
    assert [n.text for n in notes] == ["good one", "good two"]
    got = [(r.source, r.line, r.code) for r in stats.rejected]
    assert sorted(got, key=lambda x: x[1]) == [
        (str(path), 3, "R002"),
        (str(path), 4, "R003"),
        (str(path), 5, "R004"),
        (str(path), 6, "R005"),
        (str(path), 7, "R007"),
        (str(path), 8, "R007"),
        (str(path), 9, "R001"),
        (str(path), 10, "R003"),
    ]
    for r in stats.rejected:
        assert str(r).startswith(f"{path}:{r.line}: [{r.code}]")
    assert stats.read == 10
    assert_counts(notes, stats)


def test_r003_quotes_the_bad_value(tmp_path):
    _, stats = read_all([_bad_csv(tmp_path)])
    reasons = [r.reason for r in stats.rejected if r.code == "R003"]
    assert any("'yesterday-ish'" in x for x in reasons)
    assert any("'13/45/2026'" in x for x in reasons)


def test_r007_says_found_and_expected(tmp_path):
    _, stats = read_all([_bad_csv(tmp_path)])
    r007 = sorted((r for r in stats.rejected if r.code == "R007"), key=lambda r: r.line)
    assert "4 fields" in r007[0].reason and "header has 5" in r007[0].reason
    assert "6 fields" in r007[1].reason


def test_r004_names_where_the_note_was_first_seen(tmp_path):
    path = _bad_csv(tmp_path)
    _, stats = read_all([path])
    dup = by_code(stats)["R004"]
    assert dup.line == 5
    assert "'N1'" in dup.reason and "'P1'" in dup.reason
    assert f"first seen at {path}:2" in dup.reason


def test_r004_across_inputs_names_the_other_file(tmp_path):
    a = tmp_path / "a.csv"
    a.write_bytes(HEADER + b"P1,N0,,,x\nP1,N1,,,first\n")
    b = jsonl(tmp_path / "b.jsonl", {"patient_id": "P9", "note_id": "N9", "text": "other"},
              {"patient_id": "P1", "note_id": "N1", "text": "again"})
    notes, stats = read_all([a, b])
    assert [n.text for n in notes] == ["x", "first", "other"]
    [dup] = stats.rejected
    assert (dup.code, dup.source, dup.line) == ("R004", str(b), 2)
    assert f"first seen at {a}:3" in dup.reason
    assert_counts(notes, stats)


def test_same_note_id_for_different_patients_is_not_a_duplicate(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(HEADER + b"P1,N1,,,x\nP2,N1,,,y\n")
    notes, stats = read_all([path])
    assert len(notes) == 2 and stats.rejected == []


def test_r004_between_folders_names_the_file_and_the_first_input(tmp_path):
    first = make_folder(tmp_path / "one", [("P1", "N1", b"a", None)])
    second = make_folder(tmp_path / "two", [("P1", "N1", b"b", None)])
    notes, stats = read_all([first, second])
    assert [n.text for n in notes] == ["a"]
    [dup] = stats.rejected
    assert dup.code == "R004"
    assert dup.source == str(second / "P1" / "N1.txt")
    assert str(first) in dup.reason


def test_undecodable_row_rejected_and_other_rows_still_read(tmp_path):
    path = tmp_path / "enc.csv"
    path.write_bytes(HEADER + b"P1,N1,,,ok before\nP1,N2,,,\xff\xfe\xfd\nP1,N3,,,ok after \xc3\xa9\n")
    notes, stats = read_all([path])
    assert [n.text for n in notes] == ["ok before", "ok after é"]
    [r] = stats.rejected
    assert (r.code, r.line, r.source) == ("R005", 3, str(path))


def test_undecodable_bytes_in_another_field_are_rejected_too(tmp_path):
    path = tmp_path / "enc.csv"
    path.write_bytes(HEADER + b"P\xe91,N1,,,text\n")
    notes, stats = read_all([path])
    assert notes == [] and [r.code for r in stats.rejected] == ["R005"]


def test_jsonl_rejections_name_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    rows = [
        json.dumps({"patient_id": "P1", "note_id": "N1", "text": "good"}).encode(),     # 1
        b'{"patient_id": "P1", "note_id": "N2", "text": "unterminated',                 # 2: R006
        b"[1, 2, 3]",                                                                   # 3: R006 (not an object)
        b'{"patient_id": "P1", "note_id": "N3", "text": "caf\xe9"}',                     # 4: R005
        b"",                                                                            # 5: blank line, skipped
        json.dumps({"patient_id": "P1", "note_id": "N4", "text": ""}).encode(),        # 6: R002
        json.dumps({"patient_id": "P1", "note_id": "N5", "text": "t", "note_date": "32/13/2026"}).encode(),  # 7: R003
        json.dumps({"patient_id": "P1", "note_id": "N1", "text": "dup"}).encode(),     # 8: R004
        json.dumps({"patient_id": "", "note_id": "N6", "text": "t"}).encode(),         # 9: R001
        json.dumps({"patient_id": "P1", "note_id": "N7", "text": "good too"}).encode(),  # 10
    ]
    path.write_bytes(b"\n".join(rows) + b"\n")
    notes, stats = read_all([path])
    assert [n.text for n in notes] == ["good", "good too"]
    got = sorted((r.line, r.code) for r in stats.rejected)
    assert got == [(2, "R006"), (3, "R006"), (4, "R005"), (6, "R002"), (7, "R003"), (8, "R004"), (9, "R001")]
    assert all(r.source == str(path) for r in stats.rejected)
    for r in stats.rejected:
        assert str(r).startswith(f"{path}:{r.line}: [{r.code}]")
    assert_counts(notes, stats)


def test_folder_rejections_name_the_file(tmp_path):
    root = make_folder(tmp_path / "d", [
        ("P1", "N1", b"good", {"note_date": "2026-10-01"}),
        ("P1", "N2", b"\xff\xfe\x00bad", None),                  # R005
        ("P1", "N3", b"  \n ", None),                            # R002
        ("P2", "N4", b"text", {"note_date": "someday"}),          # R003
        ("P2", "N5", b"text", "{not json"),                       # R008
        ("P2", "N6", b"still read", None),
    ])
    notes, stats = read_all([root])
    assert [n.text for n in notes] == ["good", "still read"]
    got = {r.code: r.source for r in stats.rejected}
    assert got == {
        "R005": str(root / "P1" / "N2.txt"),
        "R002": str(root / "P1" / "N3.txt"),
        "R003": str(root / "P2" / "N4.txt"),
        "R008": str(root / "P2" / "N5.txt"),
    }
    assert "N5.json" in by_code(stats)["R008"].reason
    assert_counts(notes, stats)


def test_counts_add_up_across_inputs(tmp_path):
    csv_path = _bad_csv(tmp_path)
    jl = jsonl(tmp_path / "x.jsonl", {"patient_id": "P1", "note_id": "N1", "text": "dup of csv"},
               {"patient_id": "P5", "note_id": "N1", "text": "new"}, raw_lines=[b"{oops"])
    notes, stats = read_all([csv_path, jl])
    assert stats.read == 13
    assert len(notes) == 3
    assert len(stats.rejected) == 10
    assert_counts(notes, stats)


def test_unterminated_quote_does_not_silently_swallow_rows(tmp_path):
    path = tmp_path / "open.csv"
    path.write_bytes(HEADER + b'P1,N1,,,"quote never closed\nP1,N2,,,second row\nP1,N3,,,third row\n')
    notes, stats = read_all([path])
    assert [n.note_id for n in notes] == ["N2", "N3"]
    assert [(r.line, r.code) for r in stats.rejected] == [(2, "R009")]
    assert_counts(notes, stats)


def test_stray_quote_mid_file_rejects_only_its_record(tmp_path):
    path = tmp_path / "stray.csv"
    path.write_bytes(HEADER + b'P1,N1,,,"ok"\nP1,N2,,,"bad"x\nP1,N3,,,"multi\nline"\n')
    notes, stats = read_all([path])
    assert [n.note_id for n in notes] == ["N1", "N3"]
    assert notes[1].text == "multi\nline"
    assert [(r.line, r.code) for r in stats.rejected] == [(3, "R009")]


def test_rejection_str_without_line_is_the_file():
    assert str(Rejection("d/P1/N1.txt", 0, "R005", "[R005] x")) == "d/P1/N1.txt: [R005] x"
    assert str(Rejection("a.csv", 7, "R002", "[R002] y")) == "a.csv:7: [R002] y"


def test_reading_is_streaming(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(HEADER + b"P1,N1,,,x\nP1,N2,,,y\n")
    stats = ReadStats()
    gen = read_notes([path], None, stats)
    first = next(gen)
    assert isinstance(first, Note) and first.note_id == "N1"
    assert stats.read == 1  # the second row has not been read yet


# --- issue 11: every physical record accounted for, nothing leaked, hostile values rejected -------

CSV_HEADER = HEADER.decode()
SECRET = "SECRET-NOTE-TEXT"


def read_counted(paths, columns=None):
    notes, stats = read_all(paths, columns)
    assert_counts(notes, stats)
    return notes, stats


def codes(stats) -> list[tuple[int, str]]:
    return sorted((r.line, r.code) for r in stats.rejected)


# --- item 5: an unclosed quote cannot merge the next row into a note ------------------------------

def test_read_csv_unclosed_quote_cannot_swallow_a_row_that_ends_in_a_quote(tmp_path):
    path = tmp_path / "merge.csv"
    path.write_text(CSV_HEADER
                    + 'P1,N1,2026-10-01,clinic,"Osteosarcoma of the femur, never closed\n'   # line 2
                    + 'P2,N2,2026-10-02,clinic,HIV positive on ART "\n'                      # line 3
                    + 'P3,N3,2026-10-03,clinic,third\n', encoding="utf-8")                   # line 4
    notes, stats = read_counted([path])
    assert [n.note_id for n in notes] == ["N2", "N3"]
    assert [n.patient_id for n in notes] == ["P2", "P3"]
    assert codes(stats) == [(2, "R010")]
    assert "line 3" in stats.rejected[0].reason
    assert stats.read == 3  # three physical records, each accounted for


def test_read_csv_multiline_quoted_notes_are_still_one_record(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(CSV_HEADER
                    + 'P1,N1,2026-10-01,clinic,"Assessment:\nECOG 1, HIV negative, no effusion, stable\nPlan: MAP"\n'
                    + 'P2,N2,2026-10-02,clinic,"BP 120/80, HR 70, RR 16, T 37\n\nseen"\n', encoding="utf-8")
    notes, stats = read_counted([path])
    assert [n.note_id for n in notes] == ["N1", "N2"] and stats.rejected == []


# --- item 6: a column named twice is refused ------------------------------------------------------

def test_read_csv_duplicate_column_is_refused(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("patient_id,note_id,patient_id,text\nP1,N1,P9,Osteosarcoma\n")
    with pytest.raises(ChartmatchError) as exc:
        read_counted([path])
    assert exc.value.code == "E022" and "'patient_id'" in str(exc.value) and str(path) in str(exc.value)


def test_read_csv_duplicate_unused_column_is_harmless(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("patient_id,note_id,extra,extra,text\nP1,N1,a,b,Osteosarcoma\n")
    notes, _ = read_counted([path])
    assert [n.patient_id for n in notes] == ["P1"]


def test_read_jsonl_duplicate_key_rejects_the_line(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"patient_id": "P1", "note_id": "N1", "patient_id": "P9", "text": "t"}\n'
                    '{"patient_id": "P2", "note_id": "N2", "text": "t"}\n')
    notes, stats = read_counted([path])
    assert [n.patient_id for n in notes] == ["P2"]
    assert codes(stats) == [(1, "R006")] and "'patient_id'" in stats.rejected[0].reason


def deny(monkeypatch, *denied: Path):
    """Make ``denied`` unreadable, as chmod 000 does for a non-root user (tests may run as root)."""
    import builtins
    import io

    denied_set = {str(p) for p in denied}
    real_scandir, real_open = os.scandir, io.open

    def check(path) -> None:
        if str(path) in denied_set:
            raise PermissionError(13, "Permission denied", str(path))

    def scandir(path="."):
        check(path)
        return real_scandir(path)

    def open_(file, *args, **kw):
        check(file)
        return real_open(file, *args, **kw)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(builtins, "open", open_)


def test_read_folder_unreadable_patient_folder_is_rejected(tmp_path, monkeypatch):
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "one"), ("P2", "N2", "two"), ("P3", "N3", "three")])
    deny(monkeypatch, root / "P2")
    notes, stats = read_counted([root])
    assert [n.note_id for n in notes] == ["N1", "N3"]
    [r] = stats.rejected
    assert (r.source, r.code) == (str(root / "P2"), "R014") and "Permission denied" in r.reason


def test_read_folder_unreadable_note_and_sidecar_are_rejected(tmp_path, monkeypatch):
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "one"), ("P1", "N2", "two"), ("P1", "N3", "three")])
    (root / "P1" / "N3.json").write_text('{"note_date": "2026-10-01"}')
    deny(monkeypatch, root / "P1" / "N2.txt", root / "P1" / "N3.json")
    notes, stats = read_counted([root])
    assert [n.note_id for n in notes] == ["N1"]
    assert sorted((Path(r.source).name, r.code) for r in stats.rejected) == [("N2.txt", "R014"), ("N3.txt", "R008")]


def test_read_folder_dangling_link_and_folder_named_txt_are_rejected(tmp_path):
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "one")])
    (root / "P1" / "N2.txt").symlink_to(root / "P1" / "gone.txt")
    (root / "P1" / "N3.txt").mkdir()
    notes, stats = read_counted([root])
    assert [n.note_id for n in notes] == ["N1"]
    assert sorted((Path(r.source).name, r.code) for r in stats.rejected) == [("N2.txt", "R014"), ("N3.txt", "R014")]


def test_read_folder_unreadable_root_stops_with_its_name(tmp_path, monkeypatch):
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "one")])
    deny(monkeypatch, root)
    with pytest.raises(ChartmatchError) as exc:
        read_counted([root])
    assert exc.value.code == "E024" and str(root) in str(exc.value)


def test_read_folder_links_that_leave_the_folder_are_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    (outside / "P9").mkdir()
    (outside / "P9" / "N9.txt").write_text(SECRET)
    (outside / "meta.json").write_text('{"note_date": "2026-10-01"}')
    root = make_text_folder(tmp_path / "d", [("P1", "N1", "one"), ("P1", "N3", "three")])
    (root / "P1" / "N2.txt").symlink_to(outside / "secret.txt")
    (root / "P1" / "N3.json").symlink_to(outside / "meta.json")
    (root / "P9").symlink_to(outside / "P9")
    (root / "P1" / "N4.txt").symlink_to(root / "P1" / "N1.txt")  # a link inside the folder is fine
    notes, stats = read_counted([root])
    assert [n.note_id for n in notes] == ["N1", "N4"]
    assert sorted((Path(r.source).name, r.code) for r in stats.rejected) == [
        ("N2.txt", "R015"), ("N3.txt", "R015"), ("P9", "R015")]
    assert all(SECRET not in r.reason and str(outside) not in r.reason for r in stats.rejected)


# --- item 8: hostile JSON values reject their line ----------------------------------------------

@pytest.mark.parametrize("line,code", [
    ('{"patient_id": "P1", "note_id": "N1", "text": "caf\\ud800e"}', "R011"),
    ('{"patient_id": "P1\\udfff", "note_id": "N1", "text": "t"}', "R011"),
    ('{"patient_id": "P1", "note_id": "N1", "text": ' + "[" * 100_000 + "]" * 100_000 + "}", "R006"),
    ('{"patient_id": "P1", "note_id": "N1", "text": {"html": "<b>x</b>"}}', "R012"),
    ('{"patient_id": "P1", "note_id": "N1", "text": 12.5}', "R012"),
    ('{"patient_id": "P1", "note_id": "N1", "text": ["a", "b"]}', "R012"),
    ('{"patient_id": "P1", "note_id": "N1", "text": true}', "R012"),
    ('{"patient_id": {"id": 1}, "note_id": "N1", "text": "t"}', "R012"),
    ('{"patient_id": "P1", "note_id": "N1", "note_date": 20261001, "text": "t"}', "R012"),
    ('{"patient_id": "P1", "note_id": "N\\u00001", "text": "t"}', "R013"),
    ('{"patient_id": "P\\u001b[31m1", "note_id": "N1", "text": "t"}', "R013"),
])
def test_read_jsonl_hostile_value_rejects_its_line(tmp_path, line, code):
    path = tmp_path / "x.jsonl"
    good = '{"patient_id": "P2", "note_id": "N2", "text": "fine"}'
    path.write_text(good + "\n" + line + "\n" + good.replace("N2", "N3") + "\n", encoding="utf-8")
    notes, stats = read_counted([path])
    assert [n.note_id for n in notes] == ["N2", "N3"]
    assert codes(stats) == [(2, code)]


def test_read_jsonl_integer_ids_are_still_read(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"patient_id": 1001, "note_id": 7, "note_date": null, "note_type": null, "text": "t"}\n')
    notes, stats = read_counted([path])
    assert [(n.patient_id, n.note_id) for n in notes] == [("1001", "7")] and not stats.rejected


def test_read_csv_nul_in_an_id_is_rejected(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_text(CSV_HEADER + "P1,N\x001,,,text\nP2,N2,,,text\n", encoding="utf-8")
    notes, stats = read_counted([path])
    assert [n.note_id for n in notes] == ["N2"] and codes(stats) == [(2, "R013")]


def test_read_headerless_csv_does_not_show_the_first_note_in_e002(tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text(f'P1,N1,2026-10-01,clinic,"{SECRET} patient with osteosarcoma of the left femur"\n')
    with pytest.raises(ChartmatchError) as exc:
        read_counted([path])
    assert exc.value.code == "E002" and SECRET not in str(exc.value) and "P1" in str(exc.value)
