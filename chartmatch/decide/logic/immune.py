"""Immune criteria that read several facts together: checkpoint-inhibitor resistance, mAb allergy."""

from __future__ import annotations

import re
from datetime import date

from ..evidence import PatientFacts, cite, fact_key
from ..verdict import MET, NOT_MET, UNKNOWN, Verdict
from .history import split

_PRIMARY = re.compile(r"primary (?:resistan\w*|refractor\w*|progression)|first (?:assessment|restaging|evaluation|scan|response assessment|imaging)|never responded|no response", re.I)


# How far before the drug, in its sentence, a response may stand and still be the drug's:
# "progression at first restaging on nivolumab" (25 characters between them)
_LINKED_CHARS = 40


def checkpoint_resistance(c, pf: PatientFacts, as_of: date) -> Verdict:
    exposed, uncertain, _ = split(pf.of(*c.role("drug")))
    vague = [f for f in exposed if f.values.get("vague")]  # "immunotherapy": agent not named
    exposed = [f for f in exposed if not f.values.get("vague")]
    if not exposed:
        if uncertain or vague:
            doubt = uncertain + vague
            return Verdict.of(c, UNKNOWN, f"checkpoint-inhibitor exposure uncertain or agent not named: {cite(doubt[-1])}", doubt)
        return Verdict.of(c, NOT_MET, "no prior checkpoint inhibitor in the notes")
    # Responses to the drug: in its note, from its sentence on (a progression written before
    # the drug is named is the disease that led to it), and in later notes that name the drug
    # again (a restaging report, then the note that stops it).
    responses, doubtful = [], []
    drug_notes = {f.note_id for f in exposed}
    first = min(fact_key(f) for f in exposed)
    first_note = first[1]
    later = [r for r in pf.of(*c.role("response")) if r.note_id in drug_notes and fact_key(r)[:2] > first[:2]]
    for f in exposed:
        for r in pf.near(f, *c.role("response"), before=0, after=4) + [r for r in later if r.note_id == f.note_id]:
            if r.values.get("disease_state"):
                continue  # "relapsed Ewing sarcoma ... Prior VDC/IE, gem/docetaxel, atezolizumab on a trial"
            linked = r.values.get("linked") and r.sentence == f.sentence and 0 <= f.start - r.end <= _LINKED_CHARS
            if r.sentence == f.sentence and r.start < f.start and f.note_id == first_note and not linked:
                continue  # where the drug first appears, "lung relapse 04/2024 ... treated with nivolumab" led to it
                # (but "progressive disease at the first restaging on nivolumab" is the drug's)
            if r.negated or r.hypothetical or r in responses or r in doubtful:
                continue
            (doubtful if r.uncertain else responses).append(r)
    responses.sort(key=fact_key)
    min_sd = c.settings.get("min_sd_months", 4)
    responses = [r for r in responses if r.values.get("response") != "iUPD"]  # unconfirmed progression waits for iCPD
    durable_sd = [r for r in responses if r.values.get("response") == "SD" and r.values.get("duration_months", 0) > min_sd]
    short_sd = [r for r in responses if r.values.get("response") == "SD" and 0 < r.values.get("duration_months", 0) <= min_sd]
    responded = [r for r in responses if r.values.get("response") in ("CR", "PR")] + durable_sd
    progressions = [r for r in responses if r.values.get("response") == "PD"]
    codes = {r.values.get("response") for r in responses}
    drug = exposed[0]
    primary = [r for r in progressions if r.values.get("at_first_assessment") or _PRIMARY.search(r.text + " " + " ".join(x for _, x in r.cues))]
    first_response = min((fact_key(r) for r in responded), default=None)
    later_progression = [r for r in progressions if first_response is not None
                         and (fact_key(r) > first_response or r.values.get("after_response"))]
    if responded and later_progression and not primary:
        return Verdict.of(c, MET, f"response then progression on {drug.norm}: {cite(responded[0])}, {cite(later_progression[0])}",
                          [drug] + responded + later_progression)
    progressed = bool(progressions)
    if doubtful and not (progressed and not responded):
        return Verdict.of(c, UNKNOWN, f"{drug.norm}: response or progression uncertain: {cite(doubtful[0])}", [drug] + responses + doubtful)
    if progressed and (primary or short_sd or codes <= {"PD"}):
        why = "stable disease of 4 months or less" if short_sd else "progression at first assessment"
        return Verdict.of(c, NOT_MET, f"{drug.norm}: {why} (primary resistance)", [drug] + responses)
    if responded:
        return Verdict.of(c, UNKNOWN, f"{drug.norm}: response documented but no progression after it", [drug] + responses)
    return Verdict.of(c, UNKNOWN, f"prior {drug.norm}, response not documented: {cite(drug)}", [drug] + responses)


def mab_allergy(c, pf: PatientFacts, as_of: date) -> Verdict:
    min_grade = c.settings.get("min_grade", 3)
    severe, unclear, mild = [], [], []
    antibody, named_mab = c.role("antibody"), set(c.role("named_mab"))  # named_mab: counted when its name is a -mab
    for f in pf.of(*c.role("reaction")):
        if f.family or f.hypothetical or f.negated:
            continue
        # the antibody in the reaction's sentence or the one before ("Pembrolizumab x 4. Dose 3: infusion reaction")
        antibodies = [g for g in pf.sentence_mates(f, *antibody, *named_mab)
                      + pf.near(f, *antibody, *named_mab, before=1, after=0)
                      if g.concept not in named_mab or g.norm.endswith("mab")]  # infliximab, adalimumab
        if not antibodies:
            continue
        grade = f.values.get("grade")
        if f.uncertain or grade is None:
            unclear.append(f)
        elif grade >= min_grade:
            severe.append(f)
        else:
            mild.append(f)
    allergy_sections = set(c.settings.get("allergy_sections", ("allergy",)))
    for f in pf.of(*antibody):
        if f.section in allergy_sections and not (f.family or f.hypothetical or f.negated):
            if not pf.sentence_mates(f, *c.role("reaction")):
                unclear.append(f)  # "Allergies: rituximab" with no reaction or grade written
    if severe:
        return Verdict.of(c, MET, f"grade {severe[0].values['grade']} reaction to a monoclonal antibody: {cite(severe[0])}", severe)
    if unclear:
        return Verdict.of(c, UNKNOWN, f"reaction to a monoclonal antibody of unstated grade: {cite(unclear[0])}", unclear)
    if mild:
        return Verdict.of(c, NOT_MET, f"reaction below grade {min_grade}: {cite(mild[0])}", mild)
    return Verdict.of(c, NOT_MET, "no allergy to a monoclonal antibody in the notes")
