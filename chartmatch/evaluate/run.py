"""Evaluate the matcher on gold data: criteria, patient status, ranking and facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from ..core import FactsInMemory, as_of_by_patient, screen
from ..matcher import Matcher
from ..rank.ranking import rank
from ..records import ELIGIBLE, FLAGS, MANUAL, Note, favourable
from .gold import GoldCorpus
from .metrics import STATUSES, VERDICTS, classification, ranking, span_scores


def is_default(kind: str, verdict: str) -> bool:
    """The common case a majority guess would predict: inclusion met, exclusion not met."""
    return favourable(kind, verdict)


def evaluate(corpus: GoldCorpus, matcher: Matcher, as_of: date | None = None) -> dict:
    """The scan (:func:`chartmatch.core.screen`, as the Matcher runs it) on the gold notes,
    each patient as of its gold ``as_of`` (or ``as_of`` for all), every gold patient decided
    (even one without notes); then the metrics."""
    facts_by_note: dict[str, list] = {}

    def extract(notes: Iterable[Note]):
        for note in notes:
            facts_by_note[note.note_id] = facts = matcher.extract(note)  # kept for the span scores
            yield note, facts

    days = {pid: p.as_of for pid, p in corpus.patients.items() if p.as_of}
    day = as_of or as_of_by_patient(days, date.today())
    holder = FactsInMemory(patients=sorted(corpus.patients))
    ranked = {r.patient_id: r for r in rank(screen(corpus.notes, extract=extract, criteria=matcher.criteria, as_of=day,
                                                   facts=holder))}
    kinds = {c.id: c.kind for c in matcher.criteria}

    y_true, y_pred, per_criterion, errors = [], [], defaultdict(lambda: ([], [])), defaultdict(list)
    non_default = [0, 0]
    status_true, status_pred, eligible, ranks = [], [], [], []
    for pid in sorted(corpus.patients):
        gold, result = corpus.patients[pid], ranked[pid]
        verdicts = {v.id: v for v in result.verdicts}
        for cid, gold_verdict in sorted(gold.criteria.items()):
            if cid not in verdicts or kinds.get(cid) == MANUAL:
                continue
            v = verdicts[cid]
            y_true.append(gold_verdict)
            y_pred.append(v.verdict)
            per_criterion[cid][0].append(gold_verdict)
            per_criterion[cid][1].append(v.verdict)
            if not is_default(kinds[cid], gold_verdict):
                non_default[1] += 1
                non_default[0] += v.verdict == gold_verdict
            if v.verdict != gold_verdict:
                errors[cid].append({"patient_id": pid, "gold": gold_verdict, "predicted": v.verdict, "reason": v.reason,
                                    "evidence": [{"note_id": f.note_id, "start": f.start, "end": f.end, "text": f.text,
                                                  "concept": f.concept, **{k: getattr(f, k) for k in FLAGS}}
                                                 for f in v.evidence]})
        if gold.status:
            status_true.append(gold.status)
            status_pred.append(result.status)
        eligible.append(gold.status == ELIGIBLE)
        ranks.append(result.rank)

    span_notes = {}
    for note_id, gold_spans in corpus.spans.items():
        predicted = facts_by_note.get(note_id, [])
        span_notes[note_id] = (
            [(s.start, s.end, s.label, s.flags) for s in gold_spans],
            [(f.start, f.end, f.concept, frozenset(k for k in FLAGS if getattr(f, k))) for f in predicted],
        )
    missing = sorted(set(corpus.patients) - {n.patient_id for n in corpus.notes})
    return {
        "patients": len(corpus.patients),
        "notes": len(corpus.notes),
        "patients_without_notes": missing,
        "rejected_notes": [str(r) for r in corpus.stats.rejected],
        "criteria": {
            "overall": classification(y_true, y_pred, VERDICTS),
            "non_default": {"n": non_default[1], "correct": non_default[0],
                            "accuracy": round(non_default[0] / non_default[1], 4) if non_default[1] else None},
            "per_criterion": {cid: classification(t, p, VERDICTS) for cid, (t, p) in sorted(per_criterion.items())},
        },
        "status": classification(status_true, status_pred, STATUSES),
        "ranking": ranking(eligible, ranks),
        "facts": {"annotated_notes": len(span_notes), **span_scores(span_notes, FLAGS)} if span_notes else None,
        "errors": {cid: rows for cid, rows in sorted(errors.items())},
    }
