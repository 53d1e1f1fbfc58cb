"""Score the ConText rules alone on NegEx-format sentences (target phrase, sentence, flags).

Each row's target phrase is located in its sentence (its upper-cased occurrence first, as
NegEx marks it), made the only target, and run through chartmatch's sections, sentence
splitter and ConText, with the flags a section gives (as in the pipeline); the predicted
flags are compared with the annotated negation, temporality and experiencer.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from .. import records
from ..errors import ChartmatchError, Msg
from ..extract.pipeline import Extractor
from ..extract.sections import section_at
from .metrics import prf

FLAGS = tuple(f for f in records.FLAGS if f != "uncertain")  # what NegEx-format data marks


@dataclass(frozen=True)
class ContextCase:
    line: int
    target: str
    sentence: str
    gold: frozenset[str]


def read_negex(path: str | Path) -> list[ContextCase]:
    path = Path(path)
    if not path.is_file():
        raise ChartmatchError(Msg.E001, path=path)
    cases = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t")
        header = next(rows, None)
        if not header or len(header) < 6:
            raise ChartmatchError(Msg.E012, path=path, line=1, detail="expected 6 tab-separated columns: line, condition, sentence, negation, temporality, experiencer")
        for number, row in enumerate(rows, start=2):
            if len(row) < 6:
                raise ChartmatchError(Msg.E012, path=path, line=number, detail=f"{len(row)} columns, expected 6")
            _, target, sentence, negation, temporality, experiencer = (x.strip() for x in row[:6])
            gold = set()
            if negation.lower().startswith("negated"):
                gold.add("negated")
            if temporality.lower().startswith("historical"):
                gold.add("historical")
            if temporality.lower() in ("not particular", "hypothetical"):
                gold.add("hypothetical")
            if experiencer and experiencer.lower() != "patient":
                gold.add("family")
            cases.append(ContextCase(number, target, sentence, frozenset(gold)))
    return cases


def _occurrences(target: str, sentence: str) -> list[re.Match]:
    words = target.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)  # "bowel   distention" as the export spaced it
    # whole words first; inside glued words ("RESECTIONto") only when nothing else matches
    return list(re.finditer(rf"(?<!\w){pattern}(?!\w)", sentence, re.I)) or list(re.finditer(pattern, sentence, re.I))


def place_target(target: str, sentence: str) -> tuple[int, int] | None:
    """Character offsets of the annotated occurrence of ``target`` in ``sentence``, or None.

    NegEx writes the annotated occurrence in upper case. A target found once is that one; found
    several times, the one upper-case occurrence is it (when the target is not itself written in
    capitals); otherwise the row cannot be placed and is reported, not scored."""
    found = _occurrences(target, sentence)
    if len(found) == 1:
        return found[0].span()
    upper = [m for m in found if m.group(0) == m.group(0).upper() and m.group(0) != m.group(0).lower()]
    if len(upper) == 1 and target.strip() != target.strip().upper():
        return upper[0].span()
    return None


class _Rule:
    """Stands in for a TargetRule: the context component only reads the span."""

    metadata: dict = {}


def evaluate_context(cases: list[ContextCase], extractor: Extractor) -> dict:
    nlp = extractor.nlp
    counts = {flag: [0, 0, 0] for flag in FLAGS}
    not_found, ambiguous, rows = [], [], []
    for case in cases:
        doc = nlp.make_doc(case.sentence)
        for name in ("chartmatch_sections", "chartmatch_sentences"):
            doc = nlp.get_pipe(name)(doc)
        placed = place_target(case.target, case.sentence)
        span = doc.char_span(*placed, alignment_mode="expand") if placed else None
        if span is None:
            (ambiguous if placed is None and _occurrences(case.target, case.sentence) else not_found).append(case.line)
            continue
        doc._.cm_targets = ((Span(doc, span.start, span.end, label="CONDITION"), _Rule()),)
        doc = nlp.get_pipe("chartmatch_context")(doc)
        flags = set(doc._.cm_context[0][0]) if doc._.cm_context else set()
        section = section_at(doc, span.start)  # as the pipeline does: "PAST MEDICAL HISTORY: x"
        if section is not None:
            flags |= {f for f, on in extractor.section_attributes.get(section.category, {}).items() if on is True}
        predicted = {f for f in flags if f in FLAGS}
        for flag in FLAGS:
            g, p = flag in case.gold, flag in predicted
            counts[flag][0] += g and p
            counts[flag][1] += p and not g
            counts[flag][2] += g and not p
        if predicted != set(case.gold):
            rows.append({"line": case.line, "target": case.target, "gold": sorted(case.gold), "predicted": sorted(predicted)})
    return {"cases": len(cases), "targets_not_found": len(not_found) + len(ambiguous), "not_found_lines": not_found,
            "ambiguous_lines": ambiguous,
            "flags": {flag: prf(*v) for flag, v in counts.items()}, "disagreements": rows}
