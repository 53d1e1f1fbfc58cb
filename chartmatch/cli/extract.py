"""`chartmatch extract`: every fact of every note, one JSON line each."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import (EXIT_REJECTED, DateCol, ForceOpt, NoteCol, PatientCol, PatternsOpt, TextCol, TypeCol,
                     columns, fails_cleanly, report_rejections, say)


@fails_cleanly
def extract_command(
    inputs: Annotated[list[Path], typer.Argument(help="CSV / JSONL files or folders of <patient_id>/<note_id>.txt.")],
    out: Annotated[Path, typer.Option("--out", help="Facts, one JSON object per line.")],
    patterns: PatternsOpt = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write the rejected rows as CSV.")] = None,
    force: ForceOpt = False,
    patient_col: PatientCol = "patient_id",
    note_col: NoteCol = "note_id",
    date_col: DateCol = "note_date",
    type_col: TypeCol = "note_type",
    text_col: TextCol = "text",
) -> None:
    """Extract facts (concept, values, context flags, section, date, offsets) from notes."""
    from ..extract.pipeline import Extractor
    from ..read.inputs import ReadStats, check_inputs, read_notes
    from ..resources import PatternSet
    from ..write.files import check_outputs, write_jsonl

    inputs = check_inputs(inputs)
    check_outputs({"--out": out, "--errors": errors}, inputs, force)
    pattern_set = PatternSet.load(patterns)
    rules_used = pattern_set.describe()  # how many rules of each kind, packaged or from --patterns (shapes checked)
    extractor = Extractor(pattern_set)
    stats = ReadStats()
    notes = read_notes(inputs, columns(patient_col, note_col, date_col, type_col, text_col), stats)
    # facts quote the notes: the file is the owner's only
    n = write_jsonl(out, (f.to_dict() for note in notes for f in extractor.extract(note)), private=True)
    report_rejections(stats, errors)
    say(rules_used)
    say(f"read {stats.read} notes: processed {stats.accepted}, rejected {len(stats.rejected)}; {n} facts -> {out}")
    if stats.rejected:
        raise typer.Exit(EXIT_REJECTED)
