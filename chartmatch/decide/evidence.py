"""One patient's facts, and the questions deciders ask of them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from ..records import RETRACTIONS, Fact


def fact_key(f: Fact) -> tuple:
    """Chronological order: note date (undated first), note id, position."""
    return (f.note_date or date.min, f.note_id, f.start)


def cite(f: Fact) -> str:
    """A short quote of a fact for a reason line: 'pembrolizumab' (note N3, 2026-03-04)."""
    when = f.note_date.isoformat() if f.note_date else "undated"
    return f"'{f.text}' ({f.note_id}, {when})"


def retract_corrected(facts: Iterable[Fact]) -> list[Fact]:
    """A correction that says a statement was wrong takes it back, for every criterion: the
    mention it quotes (extraction marks it ``retracted``: "the PMH line 'HIV positive' was
    entered in error") goes, and so does every affirmed mention of the same concept and norm
    in the notes up to it."""
    facts = list(facts)
    quoted = [f for f in facts if f.values.get("retracted")]
    # in a note that says something was wrong, a denial of a concept is the corrected statement:
    # "PMH line ... dictated in error. It is her mother who was treated for breast cancer. The
    # patient herself has never had breast cancer" takes back the earlier 'breast cancer'
    correcting = {f.note_id for f in facts if f.values.get("type") in RETRACTIONS}
    correctors = [f for f in facts if f.note_id in correcting and f.negated and not f.family
                  and not f.values.get("retracted")]
    if not (quoted or correctors):
        return facts
    gone = {id(f) for f in quoted}  # (the corrector itself stays: it is the statement now)
    for q in quoted + correctors:
        gone.update(id(g) for g in facts if g.concept == q.concept and g.norm == q.norm and not g.negated
                    and fact_key(g) < fact_key(q))
    return [f for f in facts if id(f) not in gone]


class PatientFacts:
    def __init__(self, patient_id: str, facts: Iterable[Fact]) -> None:
        self.patient_id = patient_id
        self.by_concept: dict[str, list[Fact]] = defaultdict(list)
        self.by_sentence: dict[tuple[str, int], list[Fact]] = defaultdict(list)
        self.by_note: dict[str, list[Fact]] = defaultdict(list)
        for f in sorted(facts, key=fact_key):
            self.by_concept[f.concept].append(f)
            self.by_sentence[(f.note_id, f.sentence)].append(f)
            self.by_note[f.note_id].append(f)

    def of(self, *concepts: str) -> list[Fact]:
        found = [f for c in concepts for f in self.by_concept.get(c, ())]
        return sorted(found, key=fact_key)

    def sentence_mates(self, f: Fact, *concepts: str) -> list[Fact]:
        return [g for g in self.by_sentence[(f.note_id, f.sentence)] if g is not f and (not concepts or g.concept in concepts)]

    def near(self, f: Fact, *concepts: str, before: int = 1, after: int = 3) -> list[Fact]:
        """Facts of ``concepts`` in the same note within a few sentences of ``f``."""
        return [g for g in self.by_note[f.note_id]
                if g is not f and g.concept in concepts and f.sentence - before <= g.sentence <= f.sentence + after]


def about_patient(f: Fact) -> bool:
    """Not a relative's, not a plan or the trial's own protocol."""
    return not (f.family or f.hypothetical or f.protocol)


def newest_note(facts: list[Fact]) -> list[Fact]:
    """The facts of the newest note among ``facts`` (notes of the same date together)."""
    if not facts:
        return []
    newest = max(f.note_date or date.min for f in facts)
    return [f for f in facts if (f.note_date or date.min) == newest]


ENDED = ("stopped", "held", "completed")


def _agent(f: Fact) -> str:
    """The drug a mention names, whichever concept found it and however much dose it took in:
    'methotrexate 15 mg weekly' (an immunosuppressant) and 'methotrexate' (a chemotherapy) are one."""
    words = f.norm.split()
    return words[0] if words else f.norm


def settle_current(facts: list[Fact], stops: Iterable[Fact] | None = None) -> list[Fact]:
    """A drug listed as current stays current until a note says it stopped: a current mention
    is no longer current when the same or a newer note says that drug stopped, was held or
    completed (a stale medication list loses to the narrative); it keeps its note's date, or
    takes the stop's written date when the stop is in the same or a newer note. ``stops`` are
    the facts read for stops (by default ``facts``): a stop found under another concept
    ('methotrexate' as chemotherapy) ends the same drug's list entry too."""
    ended: dict[str, date] = {}
    stopped_on: dict[str, Fact] = {}  # the newest stop with a written date, per drug
    for f in (facts if stops is None else stops):
        # (a denial from a date on is a stop at that date: "has not taken methotrexate since 2021")
        ends = f.values.get("not_since") or (f.values.get("status") in ENDED and not f.negated)
        if ends and about_patient(f):
            key = _agent(f)
            ended[key] = max(ended.get(key, date.min), f.note_date or date.min)
            if f.date_in_text and f.date and (key not in stopped_on or fact_key(f) > fact_key(stopped_on[key])):
                stopped_on[key] = f
    if not ended:
        return facts
    settled = []
    for f in facts:
        key = _agent(f)
        stop = ended.get(key)
        if f.current and f.values.get("status") not in ENDED and stop is not None and stop >= (f.note_date or date.min):
            when, written = (f.date, True) if f.date_in_text else (f.note_date, False)
            last = stopped_on.get(key)
            if not written and last is not None and last.note_date and f.note_date and last.note_date >= f.note_date:
                # the list's entry is the exposure the stop ends: "the outside list still shows
                # prednisone 40 mg ... the prednisone course ended 03/02/2026" was last taken 03/02
                when = last.date  # (not written in its own note: a later stop's date is no plan of the list's note)
            f = replace(f, current=False, date=when, date_in_text=written)
        settled.append(f)
    return settled


def in_window(f: Fact, as_of: date, days: int) -> bool | None:
    """Whether the fact's event falls in [as_of - days, as_of]; None when it has no date.

    A fact described as current ("is on", a current medication list) counts as inside
    every window, as the guideline says.
    """
    if f.current and not f.historical:
        return True
    if f.date is None:
        return None
    if f.date_in_text and f.note_date and f.date > f.note_date:
        return None  # a date after its note is a plan's ("cancer suspected, biopsy 09/25"), not the event's
    return 0 <= (as_of - f.date).days <= days
