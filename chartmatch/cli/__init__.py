"""The `chartmatch` command line: one thin command per module, each over the Python API."""

from __future__ import annotations

import typer

from .criteria import criteria_command
from .evaluate import evaluate_command, evaluate_context_command
from .explain import explain_command
from .extract import extract_command
from .report import report_command
from .scan import scan_command

app = typer.Typer(help="Screen oncology charts for the PROMIS osteosarcoma trial (NCT06114225).",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.command("scan")(scan_command)
app.command("extract")(extract_command)
app.command("criteria")(criteria_command)
app.command("explain")(explain_command)
app.command("evaluate")(evaluate_command)
app.command("evaluate-context")(evaluate_context_command)
app.command("report")(report_command)


def main() -> None:
    app()
