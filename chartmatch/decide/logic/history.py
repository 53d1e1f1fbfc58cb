"""History criteria: any affirmed mention in any note wins (diagnoses, prior drugs, transplant, HIV)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...records import Fact
from ..evidence import PatientFacts, about_patient, cite, fact_key
from ..verdict import MET, NOT_MET, UNKNOWN, Verdict


def split(facts: list[Fact]) -> tuple[list[Fact], list[Fact], list[Fact]]:
    """(affirmed, uncertain, negated) among the facts about the patient."""
    mine = [f for f in facts if about_patient(f)]
    affirmed = [f for f in mine if not f.negated and not f.uncertain]
    uncertain = [f for f in mine if f.uncertain and not f.negated]
    negated = [f for f in mine if f.negated]
    return affirmed, uncertain, negated


_GENERIC_THERAPY = re.compile(r"chemo|systemic|therapy|treatment|regimen|cytotoxic", re.I)


def osteosarcoma(c, pf: PatientFacts, as_of: date) -> Verdict:
    os_aff, os_unc, os_neg = split(pf.of(*c.role("diagnosis")))
    # a named other sarcoma, not a descriptive one ("spindle cell sarcoma, osteosarcoma favored")
    other_aff = [f for f in split(pf.of(*c.role("lookalike")))[0] if not f.values.get("vague")]
    # A correction replaces what it corrects: a note that rules osteosarcoma out and names
    # another sarcoma ("amended: dedifferentiated chondrosarcoma; not osteosarcoma") outweighs
    # every earlier affirmation.
    correction_notes = {f.note_id for f in pf.of(*c.role("correction"))}
    corrected = [f for f in os_neg if any(g.note_id == f.note_id for g in other_aff)]
    corrected += [f for f in pf.of(*c.role("diagnosis")) if f.note_id in correction_notes
                  and any(g.note_id == f.note_id for g in other_aff)]
    if corrected:
        last = max(fact_key(f)[:2] for f in corrected)
        if all(fact_key(f)[:2] <= last for f in os_aff):
            ev = [g for g in other_aff if g.note_id == corrected[-1].note_id] + corrected
            return Verdict.of(c, NOT_MET, f"osteosarcoma corrected to another sarcoma: {cite(ev[0])}", ev + os_aff)
    if os_aff:
        return Verdict.of(c, MET, f"osteosarcoma affirmed: {cite(os_aff[-1])}", os_aff)
    if other_aff:  # osteosarcoma at most suspected or ruled out, another sarcoma affirmed
        return Verdict.of(c, NOT_MET, f"the patient's sarcoma is not osteosarcoma: {cite(other_aff[-1])}", other_aff + os_unc + os_neg)
    if os_unc:
        return Verdict.of(c, UNKNOWN, f"osteosarcoma only suspected: {cite(os_unc[-1])}", os_unc)
    if os_neg:
        return Verdict.of(c, UNKNOWN, f"osteosarcoma only mentioned as absent: {cite(os_neg[-1])}", os_neg)
    return Verdict.of(c, UNKNOWN, "no diagnosis of osteosarcoma found in the notes")


def prior_systemic_therapy(c, pf: PatientFacts, as_of: date) -> Verdict:
    # therapy for the patient's bone sarcoma: another cancer's chemotherapy does not count
    # (Clarifications: nor is low-dose methotrexate for a rheumatic disease)
    therapy = [f for f in pf.of(*c.role("therapy")) if not (f.values.get("for_other_cancer") or f.values.get("for_other_disease"))]
    regimens = set(c.role("regimen"))  # therapy named as a regimen or as "chemotherapy", not as one drug
    plan_sections = set(c.settings.get("plan_sections", ()))
    # in a plan section, a regimen is planned unless the sentence says it goes on ("Plan: MAP from 17/12")
    therapy = [replace(f, hypothetical=True) if f.section in plan_sections and not f.historical
               and f.concept in regimens and not f.values.get("continuing") else f for f in therapy]
    received, uncertain, negated = split(therapy)
    negated = [f for f in negated if not f.values.get("qualified_denial")]  # "no further chemo": some was given
    if received:
        return Verdict.of(c, MET, f"systemic therapy received: {cite(received[0])}", received)
    naive = split(pf.of(*c.role("naive")))[0]
    # "no chemotherapy" says the patient is naive; "no prior gemcitabine" does not.
    denied_all = [f for f in negated if f.concept in regimens and _GENERIC_THERAPY.search(f.norm)]
    if naive or denied_all:
        ev = naive + denied_all
        return Verdict.of(c, NOT_MET, f"no systemic therapy yet: {cite(ev[-1])}", ev)
    if uncertain:
        return Verdict.of(c, UNKNOWN, f"prior therapy uncertain: {cite(uncertain[-1])}", uncertain)
    planned = [f for f in therapy if f.hypothetical and not f.negated]
    if planned:
        return Verdict.of(c, UNKNOWN, f"systemic therapy only planned: {cite(planned[-1])}", planned)
    return Verdict.of(c, UNKNOWN, "no systemic therapy found in the notes")


def affirmed_history(c, pf: PatientFacts, as_of: date) -> Verdict:
    """Exclusion met by any affirmed mention of its concepts (e.g. gemcitabine received),
    unless a later correction retracts it ("see addendum re erroneous 'gem' entry")."""
    facts = pf.of(*c.role("subject"))
    affirmed, uncertain, negated = split(facts)
    if c.role("correction"):
        corrections = pf.of(*c.role("correction"))
        fixes = {(f.note_id, f.sentence) for f in corrections}
        fix_notes = {f.note_id for f in corrections}
        # in a correcting note, a denial ("has never received gemcitabine") or a mention in the
        # correcting sentence ("lists 'gem/docetaxel'. This is incorrect") retracts what came before
        retracted = [f for f in facts if (f.negated and f.note_id in fix_notes) or (f.note_id, f.sentence) in fixes]
        if retracted:
            last = max(fact_key(f)[:2] for f in retracted)
            negated = negated + [f for f in retracted if f not in negated]
            affirmed = [f for f in affirmed if fact_key(f)[:2] > last]
    name = c.role("subject")[0].lower().replace("_", " ")
    if affirmed:
        return Verdict.of(c, MET, f"{name} received: {cite(affirmed[0])}", affirmed)
    if uncertain:
        return Verdict.of(c, UNKNOWN, f"{name} uncertain: {cite(uncertain[-1])}", uncertain)
    planned = [f for f in facts if not about_patient(f)]
    if planned:
        return Verdict.of(c, NOT_MET, f"{name} only planned or not the patient's: {cite(planned[-1])}", planned + negated)
    if negated:
        return Verdict.of(c, NOT_MET, f"{name} denied: {cite(negated[-1])}", negated)
    return Verdict.of(c, NOT_MET, f"no {name} in the notes")


_ORGANS_ALLOGENEIC = {"kidney", "liver", "heart", "lung"}


def transplant(c, pf: PatientFacts, as_of: date) -> Verdict:
    affirmed, uncertain, negated = split(pf.of(*c.role("transplant")))
    allo = [f for f in affirmed if f.values.get("type") == "allogeneic"
            or (f.values.get("type") in (None, "unspecified") and f.values.get("organ") in _ORGANS_ALLOGENEIC)]
    if allo:
        return Verdict.of(c, MET, f"allogeneic transplant: {cite(allo[0])}", allo)
    unclear = [f for f in affirmed if f.values.get("type") in (None, "unspecified")
               and f.values.get("organ") not in ("cornea",)] + uncertain
    if unclear:
        return Verdict.of(c, UNKNOWN, f"transplant of unstated type: {cite(unclear[0])}", unclear)
    if affirmed:
        kinds = sorted({f.values.get("type", "?") for f in affirmed})
        return Verdict.of(c, NOT_MET, f"only {'/'.join(kinds)} transplant: {cite(affirmed[0])}", affirmed)
    return Verdict.of(c, NOT_MET, "no allogeneic transplant in the notes", negated)


def hiv(c, pf: PatientFacts, as_of: date) -> Verdict:
    affirmed, uncertain, negated = split(pf.of(*c.role("hiv")))
    # "HIV" alone is often a test's name in a list of labs; an infection needs its words
    # (positive, on ART, CD4, diagnosed, h/o ...), which the extractor records as status.
    positive = [f for f in affirmed if f.values.get("result") == "positive"
                or (f.values.get("result") != "negative" and f.values.get("status") == "infection")]
    negative = [f for f in affirmed if f.values.get("result") == "negative"] + negated
    if positive:
        return Verdict.of(c, MET, f"HIV infection: {cite(positive[0])}", positive)
    screens = [f for f in affirmed if f.values.get("result") == "reactive_screen"]
    uncertain = uncertain + screens  # a reactive screen awaits its confirmatory test
    newest_doubt = max((fact_key(f) for f in uncertain), default=None)
    newest_negative = max((fact_key(f) for f in negative), default=None)
    if newest_doubt is not None and (newest_negative is None or newest_doubt[:2] > newest_negative[:2]):
        return Verdict.of(c, UNKNOWN, f"HIV status uncertain: {cite(uncertain[-1])}", uncertain + negative)
    if negative:
        return Verdict.of(c, NOT_MET, f"HIV negative: {cite(negative[-1])}", negative + uncertain)
    return Verdict.of(c, NOT_MET, "no HIV infection in the notes")
