"""Window criteria: an exposure within N days (or years) before the as-of date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...records import Fact
from ..evidence import PatientFacts, about_patient, cite, in_window, settle_current
from ..verdict import MET, NOT_MET, UNKNOWN, Verdict

# Steroids whose route decides and is often not written: unstated route -> unknown.
_ROUTE_AMBIGUOUS = {"cortisone", "hydrocortisone", "triamcinolone", "budesonide", "betamethasone", "fluticasone", "mometasone",
                    "clobetasol", "steroid", "steroids", "corticosteroid", "corticosteroids", "glucocorticoid",
                    "glucocorticoids"}


def window_days(c, as_of: date) -> int:
    years = c.settings.get("window_years")
    if years:
        try:
            start = as_of.replace(year=as_of.year - years)
        except ValueError:  # 29 February
            start = as_of.replace(year=as_of.year - years, day=28)
        return (as_of - start).days
    return int(c.settings["window_days"])


def _span(c, days: int) -> str:
    """The window as the reasons write it, from the criterion's settings."""
    return f"{c.settings['window_years']} years" if c.settings.get("window_years") else f"{days} days"


def _route_unclear(c, f: Fact) -> bool:
    if f.concept not in c.role("steroid"):
        return False
    if f.values.get("replacement"):
        return False
    return f.values.get("route") is None and (f.norm in _ROUTE_AMBIGUOUS or bool(f.values.get("route_unclear")))


def _counts(c, f: Fact) -> bool:
    """Whether an exposure of this kind is one the criterion is about."""
    if f.concept in c.role("local") or f.values.get("route") == "local":
        return False
    if f.concept in c.role("steroid") and f.values.get("replacement"):
        return False
    return True


def _same_event_undated(facts: list[Fact]) -> set[int]:
    """Undated mentions in a note that also dates an exposure of the same kind: they are the
    same exposure ("Last dose of study drug: 06/01. Study drug returned."), not a new one on
    the note's date."""
    dated = {(f.note_id, f.concept) for f in facts if f.date_in_text}
    return {id(f) for f in facts if not f.date_in_text and not f.current and (f.note_id, f.concept) in dated}


def _replacement_everywhere(c, facts: list[Fact]) -> list[Fact]:
    """A steroid (the criterion's ``steroid`` role) a note calls replacement ("hydrocortisone -
    physiologic replacement for Addison's") is replacement in the patient's other notes too."""
    steroids = set(c.role("steroid"))
    as_replacement = {f.norm for f in facts if f.concept in steroids and f.values.get("replacement")}
    return [replace(f, values={**f.values, "replacement": True}) if f.concept in steroids and f.norm in as_replacement
            else f for f in facts]


def _superseded_by_last_dose(facts: list[Fact]) -> set[int]:
    """In a note that gives an exposure's last dose ("Last dose of study drug: 01/04"), other
    dated mentions of the same kind ("taken off study 01/07") are the same exposure."""
    last = {(f.note_id, f.concept) for f in facts if f.values.get("last_dose")}
    return {id(f) for f in facts if (f.note_id, f.concept) in last and not f.values.get("last_dose") and not f.current}


def _diagnosis_key(f: Fact) -> str:
    """One diagnosis, however written: its site where the reader found one, else its words."""
    return str(f.values.get("site") or f.text.lower())


def _diagnosis_dates(facts: list[Fact]) -> dict[str, date]:
    """A diagnosis happened no later than its earliest mention: 'prostate cancer 2016' in one
    note dates 'prostate cancer' in a later note's history too. Mentions are the same diagnosis
    when written alike; a date written out ('bx 07/20/2021') beats one counted back ('5 yrs ago')."""
    first: dict[str, tuple[bool, date]] = {}
    for f in facts:
        if f.date is not None and f.date_in_text and about_patient(f) and not f.negated:
            key, rank = _diagnosis_key(f), (bool(f.values.get("date_relative")), f.date)
            first[key] = min(first.get(key, rank), rank)
    return {key: when for key, (_, when) in first.items()}


def windowed(c, pf: PatientFacts, as_of: date) -> Verdict:
    days = window_days(c, as_of)
    inside, unclear, outside = [], [], []
    everything = [f for found in pf.by_concept.values() for f in found]
    facts = _replacement_everywhere(c, settle_current(pf.of(*c.role("subject")), stops=everything))
    if c.settings.get("diagnosis"):
        first = _diagnosis_dates(facts)
        # a diagnosis told as history with no date of its own ("PMH: thyroid cancer s/p
        # thyroidectomy") is undated, not diagnosed on the day of the note that mentions it
        facts = [replace(f, date=first.get(_diagnosis_key(f), None if f.historical and not f.date_in_text else f.date))
                 for f in facts]
    repeats = _same_event_undated(facts) | _superseded_by_last_dose(facts)
    for f in facts:
        if id(f) in repeats:
            continue
        if not about_patient(f) or f.negated:
            if f.hypothetical and not (f.family or f.protocol or f.negated) and f.values.get("status") == "unsure":
                # a plan not known to have happened: "consented to a phase I study; not known if ever dosed"
                unclear.append(f)
            continue
        if f.values.get("index_tumour"):
            continue  # "osteosarcoma of the femur, a second primary tumour": the patient's own sarcoma
        if f.values.get("named") and f.values.get("status") != "unsure":
            continue  # "the OraCare trial", "trial XY-12": a study's name; what the patient got is told by other words
        if not _counts(c, f):
            outside.append(f)
            continue
        where = in_window(f, as_of, days)
        if f.values.get("remote"):
            where = False  # "BCG at birth", "childhood vaccinations"
        elif f.values.get("status") == "unsure":
            where = None  # "unsure if still taking": its dates are a start, not the last exposure
        elif f.values.get("status") == "held" and not f.date_in_text:
            where = False  # "adalimumab remains on hold": held since before this note, not taken on its date
        # the kind is named, not the agent ("Chinese herbal medicine"), or the patient is unsure of it
        vague = bool(f.values.get("vague")) or f.values.get("status") == "unsure"
        if where is None or f.uncertain or vague or (c.settings.get("route_matters") and _route_unclear(c, f)):
            # a doubtful mention dated only by its note ("joined a study at Severance, does not know
            # whether it was a study drug") says nothing of when: only a written date can place it outside
            (unclear if where is not False or not f.date_in_text else outside).append(f)
        elif where:
            inside.append(f)
        else:
            outside.append(f)
    span = _span(c, days)
    if inside:
        f = inside[-1]
        when = "current" if f.current and not f.date_in_text else (f.date.isoformat() if f.date else "undated")
        return Verdict.of(c, MET, f"within {span} of {as_of.isoformat()} ({when}): {cite(f)}", inside[::-1] + unclear)
    if unclear:
        return Verdict.of(c, UNKNOWN, f"date, route or certainty not stated: {cite(unclear[-1])}", unclear + outside)
    if outside:
        return Verdict.of(c, NOT_MET, f"only outside the {span} window or not systemic: {cite(outside[-1])}", outside[::-1])
    return Verdict.of(c, NOT_MET, f"nothing of {', '.join(x.lower() for x in c.role('subject'))} in the notes")


def autoimmune(c, pf: PatientFacts, as_of: date) -> Verdict:
    diseases = [f for f in pf.of(*c.role("disease")) if about_patient(f) and not f.negated]
    if not diseases:
        return Verdict.of(c, NOT_MET, "no autoimmune disease in the notes")
    affirmed = [f for f in diseases if not f.uncertain]
    if not affirmed:
        return Verdict.of(c, UNKNOWN, f"autoimmune disease only suspected: {cite(diseases[-1])}", diseases)
    days = window_days(c, as_of)
    replacement_only = set(c.settings.get("replacement_only", ()))
    treatable = [f for f in affirmed if f.norm not in replacement_only]
    disease_notes = {f.note_id for f in treatable}
    treatments = []
    span = _span(c, days)
    for f in _replacement_everywhere(c, pf.of(*c.role("treatment"))):
        if not about_patient(f) or f.negated or not _counts(c, f) or f.note_id not in disease_notes:
            continue
        beside = pf.sentence_mates(f, *c.role("disease"))
        if any(g.norm in replacement_only for g in beside) and not any(g.norm not in replacement_only for g in beside):
            continue  # "insulin pump for type 1 diabetes": that disease is treated by replacement
        if not beside and f.values.get("indication") == "other":
            continue  # "dexamethasone 8 mg IV premed before cisplatin": given for something else
        treatments.append(f)
    unsure = [f for f in treatments if (f.uncertain or f.values.get("vague")) and in_window(f, as_of, days) is not False]
    treatments = [f for f in treatments if not f.uncertain and not f.values.get("vague")]
    recent = [f for f in treatments if in_window(f, as_of, days)]
    if recent:
        return Verdict.of(c, MET, f"{affirmed[0].text} treated systemically within {span}: {cite(recent[-1])}", affirmed[:2] + recent)
    undated = [f for f in treatments if in_window(f, as_of, days) is None] + unsure
    if not treatments and not undated:
        unknown = [f for f in affirmed if f.values.get("treatment_unknown")]
        if unknown:  # "lupus; treatment and dates unknown"
            return Verdict.of(c, UNKNOWN, f"{unknown[0].text}: whether and when it was treated is not known", unknown)
    if undated:
        return Verdict.of(c, UNKNOWN, f"{affirmed[0].text} with systemic treatment of unknown date or certainty: {cite(undated[-1])}", affirmed[:2] + undated)
    replacement = pf.of(*c.role("replacement"))
    reason = "only replacement therapy" if replacement else f"no systemic treatment within {span}"
    return Verdict.of(c, NOT_MET, f"{affirmed[0].text}: {reason}", affirmed[:2] + treatments + replacement)
