"""Patient status, score and ranking (decide/patient.py, rank/ranking.py).

Status (guideline): excluded if any inclusion not_met or any exclusion met; eligible if every
inclusion met and every exclusion not_met (manual criteria aside); needs_review otherwise.
Manual criteria are always unknown and never change the status. Ranking: eligible, then
needs_review, then excluded; score descending; ties by patient id; deterministic.
"""

import random
from datetime import date

import pytest

from chartmatch.decide.patient import (ELIGIBLE, EXCLUDED, NEEDS_REVIEW, PatientResult, decide_patient,
                                       score_of, status_of)
from chartmatch.decide.verdict import Verdict
from chartmatch.rank.ranking import rank
from helpers_core import AS_OF, criteria, fact

MANUAL_IDS = {"informed_consent", "life_expectancy_24w", "sbrt_amenable", "organ_function",
              "contraception_agreement", "previously_treated_lesions", "uncontrolled_systemic_disease"}


def all_criteria():
    return list(criteria().values())


CHART_DATE = date(2026, 9, 1)


def eligible_facts(pid="P1"):
    """A chart (one note, N1 of 2026-09-01) that meets every inclusion and mentions no exclusion."""

    def fact_(*args, **kw):
        return fact(*args, note_date=CHART_DATE, **kw)

    return [
        fact_("OSTEOSARCOMA", "osteosarcoma", pid=pid, historical=True),
        fact_("LUNG_METASTASIS", "pulmonary metastases", pid=pid, sentence=1),
        fact_("RESECTABLE", "resectable", pid=pid, sentence=2),
        fact_("SYSTEMIC_THERAPY", "6 cycles of MAP", pid=pid, historical=True, sentence=3),
        fact_("AGE", "17-year-old", values={"age": 17}, pid=pid, sentence=4),
        fact_("ECOG", "ECOG 1", values={"score": 1}, pid=pid, sentence=5),
        fact_("PULMONARY_FUNCTION", "PFTs adequate", values={"adequate": True}, pid=pid, sentence=6),
        fact_("HIV", "HIV", values={"result": "negative"}, pid=pid, sentence=7),
    ]


def v(kind, verdict, cid=None):
    return Verdict(cid or f"{kind}_{verdict}", kind, verdict, "")


# --- the packaged spec -------------------------------------------------------------------------

def test_spec_has_every_guideline_criterion_with_its_kind():
    by_id = criteria()
    inclusions = {"osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules", "prior_systemic_therapy",
                  "age_eligible", "performance_status", "pulmonary_function_adequate"}
    exclusions = {"active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine", "other_malignancy_5y",
                  "investigational_agent_4w", "prior_checkpoint_inhibitor", "immunomodulator_2w",
                  "autoimmune_systemic_2y", "systemic_steroids_7d", "allogeneic_transplant", "mab_allergy",
                  "unresolved_toxicity", "hiv", "live_vaccine_30d", "pregnant_or_lactating"}
    assert {k for k, c in by_id.items() if c.kind == "inclusion"} == inclusions
    assert {k for k, c in by_id.items() if c.kind == "exclusion"} == exclusions
    assert {k for k, c in by_id.items() if c.kind == "manual"} == MANUAL_IDS


# --- status rule ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "verdicts, expected",
    [
        ([v("inclusion", "met"), v("exclusion", "not_met")], ELIGIBLE),
        ([v("inclusion", "not_met"), v("exclusion", "not_met")], EXCLUDED),
        ([v("inclusion", "met"), v("exclusion", "met")], EXCLUDED),
        ([v("inclusion", "unknown"), v("exclusion", "met")], EXCLUDED),          # excluded beats unknown
        ([v("inclusion", "not_met"), v("exclusion", "unknown")], EXCLUDED),
        ([v("inclusion", "unknown"), v("exclusion", "not_met")], NEEDS_REVIEW),
        ([v("inclusion", "met"), v("exclusion", "unknown")], NEEDS_REVIEW),
        ([v("inclusion", "met"), v("exclusion", "not_met"), v("manual", "unknown")], ELIGIBLE),   # manual aside
        ([v("inclusion", "unknown"), v("manual", "unknown")], NEEDS_REVIEW),
        ([v("inclusion", "met"), v("manual", "met")], ELIGIBLE),                 # manual never changes status
        ([v("inclusion", "met"), v("manual", "not_met")], ELIGIBLE),
    ],
)
def test_status_rule(verdicts, expected):
    assert status_of(verdicts) == expected


@pytest.mark.parametrize(
    "verdicts, expected",
    [
        ([v("inclusion", "met"), v("exclusion", "not_met")], 1.0),
        ([v("inclusion", "not_met"), v("exclusion", "met")], 0.0),
        ([v("inclusion", "unknown"), v("exclusion", "unknown")], 0.375),   # (0.25 + 0.5) / 2
        ([v("inclusion", "unknown"), v("exclusion", "not_met"), v("manual", "unknown")], 0.625),
        ([v("manual", "unknown")], 0.0),
    ],
)
def test_score(verdicts, expected):
    assert score_of(verdicts) == pytest.approx(expected)


def test_score_in_unit_interval_for_every_combination():
    verdict_values = ("met", "not_met", "unknown")
    rng = random.Random(0)
    for _ in range(300):
        vs = [v(rng.choice(("inclusion", "exclusion", "manual")), rng.choice(verdict_values)) for _ in range(rng.randint(0, 12))]
        s = score_of(vs)
        assert 0.0 <= s <= 1.0


# --- decide_patient with every packaged criterion --------------------------------------------------

def test_eligible_chart():
    r = decide_patient("P1", eligible_facts(), all_criteria(), AS_OF)
    assert r.status == ELIGIBLE
    assert r.score == 1.0
    by_id = {x.id: x for x in r.verdicts}
    assert [x.id for x in r.verdicts] == list(criteria())          # one verdict per criterion, spec order
    assert all(by_id[m].verdict == "unknown" and by_id[m].kind == "manual" for m in MANUAL_IDS)
    assert r.excluded_by() == []
    assert r.counts() == {"met": 7, "not_met": 15, "unknown": 0}   # manual criteria are not counted


@pytest.mark.parametrize(
    "extra, excluded_by",
    [
        (fact("HIV", "HIV", values={"result": "positive"}, note="N2"), ["hiv"]),
        (fact("GEMCITABINE", "gemcitabine", historical=True, note="N2"), ["prior_gemcitabine"]),
        (fact("LIVE_VACCINE", "MMR", date=date(2026, 9, 20), note="N2"), ["live_vaccine_30d"]),
        (fact("OTHER_SARCOMA", "Ewing sarcoma", note="N2"), []),     # osteosarcoma affirmed too: still met
        (fact("ECOG", "ECOG 3", values={"score": 3}, note="N2", note_date=date(2026, 9, 15)), ["performance_status"]),  # newer score
    ],
)
def test_one_failing_criterion_excludes(extra, excluded_by):
    r = decide_patient("P1", eligible_facts() + [extra], all_criteria(), AS_OF)
    assert r.excluded_by() == excluded_by
    assert r.status == (EXCLUDED if excluded_by else ELIGIBLE)
    assert 0.0 <= r.score < 1.0 or not excluded_by


def test_missing_inclusion_evidence_needs_review():
    facts = [f for f in eligible_facts() if f.concept != "ECOG"]
    r = decide_patient("P1", facts, all_criteria(), AS_OF)
    assert r.status == NEEDS_REVIEW
    assert {x.id: x.verdict for x in r.verdicts}["performance_status"] == "unknown"
    assert r.score == pytest.approx(round((21 + 0.25) / 22, 4))


def test_uncertain_exclusion_needs_review_not_excluded():
    facts = eligible_facts() + [fact("TRANSPLANT", "allogeneic transplant", values={"type": "allogeneic"},
                                     uncertain=True, note="N3")]
    r = decide_patient("P1", facts, all_criteria(), AS_OF)
    assert r.status == NEEDS_REVIEW
    assert r.excluded_by() == []


def test_empty_chart_needs_review():
    r = decide_patient("P0", [], all_criteria(), AS_OF)
    assert r.status == NEEDS_REVIEW
    by_kind = {}
    for x in r.verdicts:
        by_kind.setdefault(x.kind, set()).add(x.verdict)
    assert by_kind == {"inclusion": {"unknown"}, "exclusion": {"not_met"}, "manual": {"unknown"}}
    assert 0.0 < r.score < 1.0


def test_decide_patient_is_deterministic_and_order_independent():
    facts = eligible_facts() + [fact("TOXICITY", "neuropathy", norm="neuropathy", values={"grade": 2}, note="N4")]
    a = decide_patient("P1", facts, all_criteria(), AS_OF)
    shuffled = facts[:]
    random.Random(3).shuffle(shuffled)
    b = decide_patient("P1", shuffled, all_criteria(), AS_OF)
    assert a == b


# --- ranking ------------------------------------------------------------------------------------

def result(pid, status, score):
    return PatientResult(pid, status, score, ())


def test_rank_orders_status_then_score_then_id():
    results = [
        result("P9", EXCLUDED, 0.9),
        result("P2", NEEDS_REVIEW, 0.5),
        result("P3", ELIGIBLE, 0.8),
        result("P1", NEEDS_REVIEW, 0.7),
        result("P4", ELIGIBLE, 1.0),
        result("P0", EXCLUDED, 0.2),
        result("P5", NEEDS_REVIEW, 0.7),     # ties with P1: by patient id
    ]
    ranked = rank(results)
    assert [(r.patient_id, r.rank) for r in ranked] == [
        ("P4", 1), ("P3", 2), ("P1", 3), ("P5", 4), ("P2", 5), ("P9", 6), ("P0", 7)]
    assert all(r.rank == 0 for r in results)      # the input is not modified


def test_needs_review_with_high_score_still_after_eligible_with_lower():
    ranked = rank([result("A", NEEDS_REVIEW, 0.99), result("B", ELIGIBLE, 0.5)])
    assert [r.patient_id for r in ranked] == ["B", "A"]


def test_rank_is_deterministic_under_any_input_order():
    rng = random.Random(42)
    results = [result(f"P{i:03d}", rng.choice([ELIGIBLE, NEEDS_REVIEW, EXCLUDED]), rng.choice([0.25, 0.5, 0.75, 1.0]))
               for i in range(60)]
    expected = [r.patient_id for r in rank(results)]
    for _ in range(10):
        rng.shuffle(results)
        assert [r.patient_id for r in rank(results)] == expected
    assert [r.rank for r in rank(results)] == list(range(1, 61))


def test_rank_end_to_end_from_facts():
    patients = {
        "P2": eligible_facts("P2"),
        "P1": [f for f in eligible_facts("P1") if f.concept != "AGE"],                             # needs review
        "P3": eligible_facts("P3") + [fact("HIV", "HIV", values={"result": "positive"}, pid="P3", note="N9")],  # excluded
        "P0": eligible_facts("P0"),                                                                # eligible, ties P2
    }
    results = [decide_patient(pid, facts, all_criteria(), AS_OF) for pid, facts in patients.items()]
    ranked = rank(results)
    assert [(r.patient_id, r.status) for r in ranked] == [
        ("P0", ELIGIBLE), ("P2", ELIGIBLE), ("P1", NEEDS_REVIEW), ("P3", EXCLUDED)]
