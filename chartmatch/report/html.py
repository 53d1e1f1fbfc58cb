"""The report page: Jinja2 templates (autoescape on) over the view model, written atomically.

The ranked list is plain HTML. Each patient's detail (checklist and highlighted notes) is
rendered here too, then embedded as a JSON string in its own ``<script type="application/json">``
block; the page's script parses a block only when that patient is opened, so a report of
thousands of notes loads quickly and keeps a light DOM.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .data import STATUSES, CriterionInfo, PatientView, ReportModel, build_model
from .embed import content_security_policy, inline_asset, json_for_script
from .highlight import Span, render_note, tag_text

STATUS_LABEL = {"eligible": "Eligible", "needs_review": "Needs review", "excluded": "Excluded"}
VERDICT_LABEL = {"met": "met", "not_met": "not met", "unknown": "unknown"}
KIND_TITLE = {"inclusion": "Inclusion criteria", "exclusion": "Exclusion criteria", "manual": "Check by hand"}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("chartmatch.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(STATUS_LABEL=STATUS_LABEL, VERDICT_LABEL=VERDICT_LABEL, KIND_TITLE=KIND_TITLE,
                       STATUSES=STATUSES, tag_text=tag_text)
    return env


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A static file shipped beside the templates (report.css, report.js)."""
    return files("chartmatch.report").joinpath("templates", name).read_text(encoding="utf-8")


def note_spans(patient: PatientView) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {}
    for c in patient.criteria:
        for e in c.evidence:
            if e.located:
                title = (f"{e.concept or 'evidence'} ({', '.join(e.flags) or 'affirmed'})"
                         f" - {c.id}: {VERDICT_LABEL.get(c.verdict, c.verdict)}")
                spans.setdefault(e.note_id, []).append(
                    Span(e.start, e.end, e.index, c.index, e.concept, e.flags, title))  # type: ignore[arg-type]
    return spans


def render_patient(patient: PatientView) -> str:
    spans = note_spans(patient)
    notes_html = {n.note_id: render_note(n.text, spans.get(n.note_id, ())) for n in patient.notes}
    return environment().get_template("patient.html.j2").render(p=patient, notes_html=notes_html)


def patient_block(patient: PatientView) -> Markup:
    """The patient's detail section as a JSON string, safe inside a script data block."""
    return json_for_script(render_patient(patient))


def render_chunks(model: ReportModel) -> Iterator[str]:
    css, js = asset("report.css"), asset("report.js")
    context = {
        "m": model,
        "css": inline_asset(css, "style"),
        "js": inline_asset(js, "script"),
        "csp": content_security_policy(js, css),
        "patient_block": patient_block,
    }
    yield from environment().get_template("report.html.j2").generate(context)


def render_report(model: ReportModel) -> str:
    return "".join(render_chunks(model))


def criterion_infos(criteria: Iterable[object]) -> list[CriterionInfo]:
    """CriterionInfo from the criteria spec (``decide.spec.Criterion``) or anything alike."""
    return [c if isinstance(c, CriterionInfo) else
            CriterionInfo(c.id, c.kind, getattr(c, "item", ""), getattr(c, "description", ""))  # type: ignore[attr-defined]
            for c in criteria]


def write_report(
    path: str | Path,
    records: Iterable[Mapping],
    notes: Iterable,
    *,
    as_of: date | str | None,
    version: str,
    patterns_fingerprint: str,
    criteria: Sequence[object] = (),
) -> ReportModel:
    """Write the HTML report for ``records`` (results.jsonl objects, in rank order) and the
    ``notes`` (``read.note.Note``) they came from; returns the model (counts for a summary).

    The file appears complete or not at all (written beside it, then renamed).
    """
    path = Path(path)
    model = build_model(records, notes, as_of=as_of, version=version,
                        patterns_fingerprint=patterns_fingerprint, criteria=criterion_infos(criteria))
    partial = path.with_name(path.name + ".partial")
    try:
        # the report quotes the notes: readable by the owner only (0600), whatever the umask
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        with open(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            for chunk in render_chunks(model):
                handle.write(chunk)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return model
