"""Current-state criteria: the newest note that settles the question wins.

Metastases, resectability, effusion, recurrence, pregnancy, lung function and toxicity
change over time; for each, the facts that settle it are found per note and the newest
such note decides. Suspected-only findings give ``unknown``.
"""

from __future__ import annotations

import re
from datetime import date

from ...records import Fact
from ..evidence import PatientFacts, about_patient, cite, newest_note
from ..verdict import MET, NOT_MET, UNKNOWN, Verdict


_PATIENT_NOT_NODULES = re.compile(r"candidate|operable|fit for surgery", re.I)

# Inside the deciding note: for exclusions an affirmed finding outweighs a denial (met first);
# for an inclusion, one failing statement outweighs a favourable one (not_met first).
EXCLUSION_ORDER = (MET, UNKNOWN, NOT_MET)
INCLUSION_ORDER = (NOT_MET, UNKNOWN, MET)
RESECTABILITY_ORDER = (NOT_MET, MET, UNKNOWN)  # "resectable" outweighs "possibly segmentectomy"
CONFLICT_UNKNOWN = "conflict"  # met and not_met in the same note: unknown


def _decide_newest(c, settling: list[tuple[Fact, str]], default: tuple[str, str], extra=(),
                   order=EXCLUSION_ORDER) -> Verdict:
    """``settling`` pairs each fact with the verdict it argues for; the newest note decides.
    Inside it ``order`` says which verdict prevails; ``CONFLICT_UNKNOWN`` makes a note that
    says both met and not_met give unknown."""
    if not settling:
        return Verdict.of(c, default[0], default[1], extra)
    newest = newest_note([f for f, _ in settling])
    chosen = {id(f) for f in newest}
    votes = [(f, v) for f, v in settling if id(f) in chosen]
    if order == CONFLICT_UNKNOWN:
        said = {v for _, v in votes}
        if MET in said and NOT_MET in said:
            both = [f for f, v in votes if v != UNKNOWN]
            return Verdict.of(c, UNKNOWN, f"the newest note says both: {cite(both[0])} and {cite(both[-1])}", both)
        order = EXCLUSION_ORDER
    for verdict in order:
        deciding = [f for f, v in votes if v == verdict]
        if deciding:
            others = [f for f, _ in settling if id(f) not in {id(d) for d in deciding}]
            label = {MET: "affirmed", UNKNOWN: "uncertain", NOT_MET: "ruled out"}[verdict]
            return Verdict.of(c, verdict, f"{label} in the newest note: {cite(deciding[0])}", deciding + others[-4:])
    raise AssertionError("unreachable")


PAST_DAYS = 180  # a finding dated this long before its note is that note's history


def past(f: Fact) -> bool:
    """Told as history: a historical cue or section, or an event dated well before its note."""
    if f.historical:
        return True
    return bool(f.date_in_text and f.date and f.note_date and (f.note_date - f.date).days > PAST_DAYS)


def pulmonary_metastases(c, pf: PatientFacts, as_of: date) -> Verdict:
    settling: list[tuple[Fact, str]] = []
    for f in pf.of(*c.role("lung_metastasis", "metastasis")):
        if not about_patient(f) or (past(f) and not f.negated):
            continue
        if f.concept in c.role("metastasis"):  # a metastasis of unstated site counts beside a lung nodule
            if f.values.get("site") != "lung" and not pf.sentence_mates(f, *c.role("nodule")):
                continue
        verdict = NOT_MET if f.negated else UNKNOWN if f.uncertain else MET
        settling.append((f, verdict))
    # "no suspicious pulmonary nodules" rules metastases out like "no lung mets" does
    settling += [(f, NOT_MET) for f in pf.of(*c.role("nodule")) if about_patient(f) and f.negated and not past(f)]
    # nodules measured as target lesions of a response assessment are the disease under treatment
    settling += [(f, UNKNOWN if f.uncertain else MET) for f in pf.of(*c.role("nodule"))
                 if about_patient(f) and not f.negated and f.values.get("target_lesion") and not past(f)]
    decisive = [(f, v) for f, v in settling if v != UNKNOWN]
    if decisive:
        return _decide_newest(c, decisive, (UNKNOWN, ""))
    nodules = [f for f in pf.of(*c.role("nodule")) if about_patient(f) and not f.negated]
    suspected = [f for f, _ in settling] + nodules
    if suspected:
        return Verdict.of(c, UNKNOWN, f"nodules not called metastatic: {cite(suspected[-1])}", suspected)
    return Verdict.of(c, UNKNOWN, "no pulmonary metastases described")


def resectable_nodules(c, pf: PatientFacts, as_of: date) -> Verdict:
    settling: list[tuple[Fact, str]] = []
    conditions = {w.lower() for w in c.settings.get("conditional_cues", ())}
    role = {**dict.fromkeys(c.role("resectable"), "resectable"), **dict.fromkeys(c.role("unresectable"), "unresectable"),
            **dict.fromkeys(c.role("resection"), "resection"), **dict.fromkeys(c.role("pneumonectomy"), "pneumonectomy"),
            **dict.fromkeys(c.role("central"), "central")}
    for f in pf.of(*role):
        if f.family or f.protocol:
            continue
        if _PATIENT_NOT_NODULES.search(f.text) and (f.values.get("reason") == "patient" or pf.sentence_mates(
                f, *c.role("patient_judgement"))):
            continue  # "not a surgical candidate (FEV1 34%)", "... d/t severe COPD": judges the patient, not the nodules
        kind = role[f.concept]
        if kind == "resectable" and not f.hypothetical:
            settling.append((f, UNKNOWN if f.uncertain else NOT_MET if f.negated else MET))
        elif kind == "unresectable" and not f.hypothetical:
            settling.append((f, UNKNOWN if f.uncertain else MET if f.negated else NOT_MET))
        elif kind == "resection":
            planned = (f.hypothetical or f.section == "observation_and_plan") and not past(f)
            # "if they grow, metastasectomy would be considered": a condition, not a recommendation
            conditional = any(category == "HYPOTHETICAL" and words.lower() in conditions for category, words in f.cues)
            if planned and not f.negated and not conditional:
                settling.append((f, UNKNOWN if f.uncertain else MET))
        elif kind == "pneumonectomy" and not f.negated and not f.historical:
            settling.append((f, NOT_MET))
        elif kind == "central" and not f.negated and not f.hypothetical:
            if f.values.get("relation") == "involved":
                settling.append((f, UNKNOWN if f.uncertain else NOT_MET))
    return _decide_newest(c, settling, (UNKNOWN, "resectability not discussed"), order=RESECTABILITY_ORDER)


def pulmonary_function(c, pf: PatientFacts, as_of: date) -> Verdict:
    settling = []
    normal, poor = c.settings.get("normal_pct"), c.settings.get("poor_pct")
    for f in pf.of(*c.role("function")):
        if not about_patient(f):
            continue
        pcts = [v for k, v in f.values.items() if k.endswith("_pct")]
        if "adequate" not in f.values and pcts and normal and poor:
            # percentages of predicted without a verdict: all normal, or one poor, decide
            if min(pcts) >= normal or min(pcts) < poor:
                settling.append((f, UNKNOWN if f.uncertain else MET if min(pcts) >= normal else NOT_MET))
            continue
        if "adequate" not in f.values:
            continue
        # The value already reads the sentence's polarity ("not adequate", "not a surgical
        # candidate (FEV1 34%)"), so a negation cue on the mention is not applied again.
        settling.append((f, UNKNOWN if f.uncertain else MET if f.values["adequate"] else NOT_MET))
    return _decide_newest(c, settling, (UNKNOWN, "no statement on pulmonary function"), order=CONFLICT_UNKNOWN)


def local_recurrence(c, pf: PatientFacts, as_of: date) -> Verdict:
    settling = []
    for f in pf.of(*c.role("recurrence")):
        if not about_patient(f):
            continue
        resected = bool(f.values.get("re_resected"))
        if f.negated:
            settling.append((f, NOT_MET))
        elif f.uncertain:
            settling.append((f, UNKNOWN))
        elif resected:
            settling.append((f, NOT_MET))
        else:
            settling.append((f, MET))
    return _decide_newest(c, settling, (NOT_MET, "no local recurrence in the notes"))


def pleural_effusion(c, pf: PatientFacts, as_of: date) -> Verdict:
    settling = []
    for f in pf.of(*c.role("malignant", "effusion")):
        if not about_patient(f):
            continue
        character = f.values.get("character")
        if f.negated:
            settling.append((f, NOT_MET))
        elif f.uncertain or character == "possibly_malignant":
            settling.append((f, UNKNOWN))
        elif f.concept in c.role("malignant") or character == "malignant":
            settling.append((f, MET))
        elif character == "benign":
            settling.append((f, NOT_MET))
        else:
            settling.append((f, UNKNOWN))
    return _decide_newest(c, settling, (NOT_MET, "no pleural effusion in the notes"))


def pregnancy(c, pf: PatientFacts, as_of: date) -> Verdict:
    settling = []
    for f in pf.of(*c.role("pregnancy", "lactation", "test")):
        if not about_patient(f) or f.historical:
            continue
        if f.concept in c.role("test"):
            result = f.values.get("result")
            if f.uncertain:
                settling.append((f, UNKNOWN))
            elif f.negated or result == "negative":
                settling.append((f, NOT_MET))
            elif result == "positive":
                settling.append((f, MET))
        elif f.negated:
            settling.append((f, NOT_MET))
        elif f.values.get("possible"):
            # "postpartum", "delivered in August": an ended pregnancy; lactation only if doubted
            if f.uncertain:
                settling.append((f, UNKNOWN))
        else:
            settling.append((f, UNKNOWN if f.uncertain else MET))
    return _decide_newest(c, settling, (NOT_MET, "no pregnancy or lactation in the notes"))


def toxicity(c, pf: PatientFacts, as_of: date) -> Verdict:
    ignore = set(c.settings.get("ignore", ()))
    max_grade = c.settings.get("max_grade", 1)
    by_kind: dict[str, list[tuple[Fact, str]]] = {}
    facts = [f for f in pf.of(*c.role("toxicity")) if about_patient(f) and f.norm not in ignore]
    stale, acute = c.settings.get("stale_days"), set(c.settings.get("acute", ()))
    generic = c.settings.get("generic", "toxicity")
    cleared = [f.note_date for f in facts if f.norm == generic and (f.negated or f.values.get("resolved")) and f.note_date]
    if cleared:  # "No residual toxicity" in a newer note: older toxicities are over
        facts = [f for f in facts if f.note_date is None or f.note_date >= max(cleared)]
    norms = {f.norm for f in facts}

    def kind(norm: str) -> str:
        """'maculopapular rash' is one kind with 'rash': "grade 2 maculopapular rash ... The rash has resolved"."""
        return min((n for n in norms if norm == n or norm.endswith(" " + n)), key=len)

    for f in facts:
        grade, resolved = f.values.get("grade"), f.values.get("resolved")
        if (f.norm == generic and not (f.negated or resolved)
                and any(g.norm != generic for g in pf.sentence_mates(f, *c.role("toxicity")))):
            continue  # a heading word before the toxicity it names: "Late toxicity: hearing loss grade 2"
        if f.negated or resolved:
            vote = NOT_MET
        elif (stale and f.norm in acute and f.date_in_text and f.date and (as_of - f.date).days > stale
              and not f.values.get("persistent")):
            vote = NOT_MET  # "mucositis grade 3" during a 2021 transplant: an acute toxicity long over
        elif f.uncertain:
            vote = UNKNOWN
        elif grade is None:
            # an ungraded toxicity of earlier treatment that is still there: its grade decides
            # (or one whose grade the note says is still to be set: "hearing loss after cisplatin, audiogram to grade")
            persistent, attributed = f.values.get("persistent"), f.values.get("attributed")
            vote = UNKNOWN if (persistent and attributed) or (f.values.get("grade_pending") and (persistent or attributed)) else None
        else:
            vote = MET if grade > max_grade else NOT_MET
        if vote is not None:
            by_kind.setdefault(kind(f.norm), []).append((f, vote))
    for key, votes in by_kind.items():
        # told resolved later in the same note: "grade 2 rash ... The rash has resolved (grade 0 on 12.08)"
        healed = [(f.note_id, f.start) for f, _ in votes if f.values.get("resolved")]
        by_kind[key] = [(f, v) for f, v in votes
                        if not any(note == f.note_id and at > f.start for note, at in healed)]
    verdicts = [_decide_newest(c, votes, (NOT_MET, "")) for _, votes in sorted(by_kind.items())]
    for wanted in (MET, UNKNOWN):
        hits = [v for v in verdicts if v.verdict == wanted]
        if hits:
            return Verdict.of(c, wanted, hits[0].reason, [f for v in hits for f in v.evidence])
    evidence = [f for v in verdicts for f in v.evidence]
    return Verdict.of(c, NOT_MET, "no toxicity above grade 1 outstanding" if evidence else "no toxicity in the notes", evidence)
