"""`chartmatch report`: results.jsonl and its notes in, one self-contained HTML file out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import (EXIT_REJECTED, DateCol, ForceOpt, NoteCol, PatientCol, PatternsOpt, TextCol, TypeCol,
                     as_of_date, columns, fails_cleanly, report_rejections, say)


@fails_cleanly
def report_command(
    paths: Annotated[list[Path], typer.Argument(
        metavar="RESULTS.jsonl",
        help="The results of `chartmatch scan --out`; any further paths are more note inputs (as after --notes).")],
    notes: Annotated[list[Path], typer.Option(
        "--notes", help="The notes that were scanned: CSV / JSONL files or folders, as given to scan. "
                        "Repeat it, or list several after it.")],
    out: Annotated[Path, typer.Option("--out", help="The HTML report to write.")],
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="The scan's as-of date (YYYY-MM-DD), shown in the report. Default: shown as unknown.")] = None,
    patterns: PatternsOpt = None,
    force: ForceOpt = False,
    patient_col: PatientCol = "patient_id",
    note_col: NoteCol = "note_id",
    date_col: DateCol = "note_date",
    type_col: TypeCol = "note_type",
    text_col: TextCol = "text",
) -> None:
    """Write a self-contained HTML report for reviewing the ranked patients, their verdicts and evidence."""
    from .. import __version__
    from ..decide.spec import load_criteria
    from ..matcher import known_by
    from ..read.inputs import ReadStats, read_notes
    from ..report import read_results, write_report
    from ..resources import PatternSet
    from ..write.files import check_outputs

    results, inputs = paths[0], [*notes, *paths[1:]]
    check_outputs({"--out": out}, [results, *inputs], force)
    day = as_of_date(as_of) if as_of is not None else None
    pattern_set = PatternSet.load(patterns)
    records = read_results(results)
    stats = ReadStats()
    notes_read = read_notes(inputs, columns(patient_col, note_col, date_col, type_col, text_col), stats)
    # at a given as-of date, notes dated after it were not used by the scan: not shown either
    model = write_report(out, records, known_by(notes_read, day) if day else notes_read,
                         as_of=day, version=__version__, patterns_fingerprint=pattern_set.fingerprint(),
                         criteria=load_criteria(pattern_set))
    report_rejections(stats, None)
    evidence = [e for p in model.patients for e in p.evidence]
    unlocated = sum(not e.located for e in evidence)
    size = out.stat().st_size
    say(
        f"report: {len(model.patients)} patients, {model.notes_given} notes, {len(evidence) - unlocated} evidence spans highlighted"
        + (f", {unlocated} not found in the notes given (listed in the report)" if unlocated else "")
        + f"; as of {day.isoformat() if day else 'unknown'}; {size / 1e6:.1f} MB -> {out}")
    if stats.rejected:
        raise typer.Exit(EXIT_REJECTED)
