"""`chartmatch evaluate` and `chartmatch evaluate-context`: measured, printed as tables, saved as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .common import AsOfOpt, ForceOpt, PatternsOpt, as_of_date, fails_cleanly


def _pct(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_report(report: dict, console: Console, show_errors: bool) -> None:
    crit, status, rk = report["criteria"], report["status"], report["ranking"]
    console.print(f"gold: {report['patients']} patients, {report['notes']} notes")
    t = Table("criterion", "n", "accuracy", "macro-F1", "met F1", "not_met F1", "unknown F1", title="criterion verdicts")
    for cid, m in [*crit["per_criterion"].items(), ("ALL", crit["overall"])]:
        if not m.get("n"):
            continue
        pc = m["per_class"]
        t.add_row(cid, str(m["n"]), _pct(m["accuracy"]), _pct(m["macro_f1"]), *(_pct(pc[k]["f1"]) for k in ("met", "not_met", "unknown")))
    console.print(t)
    nd = crit["non_default"]
    console.print(f"verdicts that differ from the default (failing inclusion, excluding exclusion, unknown): "
                  f"{nd['correct']}/{nd['n']} right = {_pct(nd['accuracy'])}")
    if status.get("n"):
        console.print(f"patient status: accuracy {_pct(status['accuracy'])}, macro-F1 {_pct(status['macro_f1'])} (n={status['n']})")
        cm = Table("gold \\ predicted", *status["labels"], title="status confusion")
        for label, row in zip(status["labels"], status["confusion"]):
            cm.add_row(label, *(str(x) for x in row))
        console.print(cm)
    console.print("ranking: " + ", ".join(f"{k} {_pct(v) if isinstance(v, float) else v}" for k, v in rk.items()))
    facts = report.get("facts")
    if facts:
        ft = Table("label", "strict P", "strict R", "strict F1", "overlap P", "overlap R", "overlap F1", title=f"facts ({facts['annotated_notes']} annotated notes)")
        labels = sorted(set(facts["strict"]["per_label"]) | set(facts["overlap"]["per_label"]))
        for label in [*labels, "overall"]:
            s = facts["strict"]["overall"] if label == "overall" else facts["strict"]["per_label"].get(label, {})
            o = facts["overlap"]["overall"] if label == "overall" else facts["overlap"]["per_label"].get(label, {})
            ft.add_row(label, *(_pct(s.get(k)) for k in ("precision", "recall", "f1")), *(_pct(o.get(k)) for k in ("precision", "recall", "f1")))
        console.print(ft)
        console.print(f"misaligned (overlap, not exact): {facts['misaligned']}; unmatched gold overlapping another label: {facts['overlapping_with_other_label']}")
        fl = Table("flag", "P", "R", "F1", "tp", "fp", "fn", title="context flags on overlap-matched spans")
        for flag, m in facts["flags"].items():
            fl.add_row(flag, _pct(m["precision"]), _pct(m["recall"]), _pct(m["f1"]), str(m["tp"]), str(m["fp"]), str(m["fn"]))
        console.print(fl)
    if show_errors:
        for cid, rows in report["errors"].items():
            console.print(f"\n[bold]{cid}[/] ({len(rows)} wrong)")
            for row in rows:
                quotes = "; ".join(f"{e['note_id']}:{e['start']}-{e['end']} '{escape(e['text'])}'" for e in row["evidence"][:4])
                console.print(f"  {escape(row['patient_id'])}: gold {row['gold']}, predicted {row['predicted']} - {escape(row['reason'])}"
                              + (f" [dim]{quotes}[/]" if quotes else ""), soft_wrap=True)


@fails_cleanly
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold folder: notes.jsonl + patients.jsonl, or brat .txt/.ann pairs.")],
    as_of: AsOfOpt = None,
    patterns: PatternsOpt = None,
    json_path: Annotated[Optional[Path], typer.Option("--json", help="Write every figure as JSON.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong verdict with its reason and evidence.")] = False,
    force: ForceOpt = False,
) -> None:
    """Measure chartmatch against annotated notes: verdicts, status, ranking, facts."""
    from ..evaluate.gold import load_gold
    from ..evaluate.run import evaluate
    from ..matcher import Matcher
    from ..write.files import check_writable

    check_writable(json_path, force, "--json")
    report = evaluate(load_gold(gold), Matcher(patterns), as_of_date(as_of) if as_of else None)
    print_report(report, Console(width=150, highlight=False), errors)
    if json_path is not None:
        from ..write.files import replacing

        with replacing(json_path) as handle:
            handle.write(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


@fails_cleanly
def evaluate_context_command(
    file: Annotated[Path, typer.Argument(help="NegEx-format TSV: line, condition, sentence, negation, temporality, experiencer.")],
    patterns: PatternsOpt = None,
    json_path: Annotated[Optional[Path], typer.Option("--json", help="Write the figures and disagreements as JSON.")] = None,
    force: ForceOpt = False,
) -> None:
    """Score the ConText rules alone: P/R/F1 of negated, historical, hypothetical, family."""
    from ..evaluate.context_eval import evaluate_context, read_negex
    from ..extract.pipeline import Extractor
    from ..resources import PatternSet
    from ..write.files import check_writable

    check_writable(json_path, force, "--json")
    report = evaluate_context(read_negex(file), Extractor(PatternSet.load(patterns)))
    console = Console(highlight=False)
    t = Table("flag", "P", "R", "F1", "tp", "fp", "fn", title=f"ConText on {report['cases']} sentences ({report['targets_not_found']} rows not placed: target missing or repeated)")
    for flag, m in report["flags"].items():
        t.add_row(flag, _pct(m["precision"]), _pct(m["recall"]), _pct(m["f1"]), str(m["tp"]), str(m["fp"]), str(m["fn"]))
    console.print(t)
    if json_path is not None:
        from ..write.files import replacing

        with replacing(json_path) as handle:
            handle.write(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
