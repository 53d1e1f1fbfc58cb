"""Immune criteria (decide/logic/immune.py): checkpoint-inhibitor secondary resistance and
monoclonal-antibody allergy. Facts are built by hand (no NLP).

Secondary resistance (trial E3): best response CR, PR or SD lasting MORE than 4 months,
then progression -> met. Progression at the first assessment, or SD of 4 months or less
then progression -> not_met. Response (or SD length) not documented -> unknown. No
exposure -> not_met.
"""

import pytest

from helpers_core import decide, fact, verdict


def cpi(text="pembrolizumab", **kw):
    kw.setdefault("historical", True)
    return fact("CHECKPOINT_INHIBITOR", text, **kw)


def resp(code, sentence, months=None, text=None, **kw):
    values = {"response": code}
    if months is not None:
        values["duration_months"] = months
    return fact("TUMOR_RESPONSE", text or {"CR": "complete response", "PR": "partial response",
                                           "SD": "stable disease", "PD": "progression"}[code],
                values=values, sentence=sentence, **kw)


# --- prior_checkpoint_inhibitor ------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([cpi(sentence=0), resp("PR", 1), resp("PD", 2)], "met"),              # PR then PD
        ([cpi(sentence=0), resp("CR", 1), resp("PD", 3)], "met"),              # CR then PD
        ([cpi(sentence=0), resp("SD", 1, months=6), resp("PD", 2)], "met"),    # SD > 4 months then PD
        ([cpi(sentence=0), resp("SD", 1, months=4.5), resp("PD", 2)], "met"),
        ([cpi(sentence=0), resp("SD", 1, months=4), resp("PD", 2)], "not_met"),  # exactly 4: not MORE than 4
        ([cpi(sentence=0), resp("SD", 1, months=3), resp("PD", 2)], "not_met"),  # short SD: primary resistance
        ([cpi(sentence=0), resp("SD", 1, months=2.3), resp("PD", 2)], "not_met"),
        ([cpi(sentence=0), resp("PD", 1)], "not_met"),                          # PD only
        ([cpi(sentence=0), resp("PD", 1, text="progression at first restaging")], "not_met"),
        ([cpi(sentence=0), resp("PR", 1), resp("PD", 2, text="primary progression")], "not_met"),
        ([cpi(sentence=0)], "unknown"),                                         # no response documented
        ([cpi(sentence=0), resp("SD", 1), resp("PD", 2)], "unknown"),           # SD length not documented
        ([cpi(sentence=0), resp("PR", 1)], "unknown"),                          # response, no progression after it
        ([cpi(sentence=0), resp("SD", 1, months=8)], "unknown"),
        ([], "not_met"),                                                        # no exposure
        ([cpi(negated=True)], "not_met"),                                       # "checkpoint-inhibitor naive"
        ([cpi(family=True)], "not_met"),
        ([cpi(hypothetical=True)], "not_met"),
        ([cpi("penpulimab", protocol=True)], "not_met"),                        # PROMIS's own drug
        ([cpi(uncertain=True)], "unknown"),                                     # exposure uncertain
        ([cpi(sentence=0), resp("PR", 1), resp("PD", 2, negated=True)], "unknown"),  # "no progression"
        ([cpi(sentence=0), resp("PR", 1, hypothetical=True), resp("PD", 2)], "not_met"),
    ],
)
def test_checkpoint_resistance(facts, expected):
    assert verdict("prior_checkpoint_inhibitor", facts) == expected


@pytest.mark.parametrize("drug", ["nivolumab", "camrelizumab", "ipilimumab", "atezolizumab", "Keytruda"])
def test_checkpoint_any_drug_name(drug):
    facts = [cpi(drug, sentence=2), resp("PR", 3), resp("PD", 4)]
    v = decide("prior_checkpoint_inhibitor", facts)
    assert v.verdict == "met"
    assert v.evidence[0].text == drug


@pytest.mark.parametrize(
    "pr_sentence, pd_sentence, expected",
    [
        (5, 6, "met"),          # response in the drug's sentence, progression after it
        (5, 9, "met"),          # up to 4 sentences after the drug
        (5, 10, "unknown"),     # progression too far away to be about this drug
        (4, 6, "not_met"),      # a response written before the drug is named is not read: PD only
    ],
)
def test_checkpoint_response_must_be_near_the_drug(pr_sentence, pd_sentence, expected):
    facts = [cpi(sentence=5), resp("PR", pr_sentence), resp("PD", pd_sentence)]
    assert verdict("prior_checkpoint_inhibitor", facts) == expected


def test_checkpoint_response_in_another_note_is_not_linked():
    facts = [cpi(note="N1", sentence=0), resp("PR", 1, note="N2"), resp("PD", 2, note="N2")]
    assert verdict("prior_checkpoint_inhibitor", facts) == "unknown"


def test_checkpoint_met_evidence_starts_with_the_drug():
    drug = cpi("nivolumab", sentence=0)
    v = decide("prior_checkpoint_inhibitor", [drug, resp("PR", 1), resp("PD", 2)])
    assert v.evidence[0] is drug
    assert {f.values.get("response") for f in v.evidence[1:]} == {"PR", "PD"}


def test_checkpoint_uncertain_progression_is_not_met_evidence():
    facts = [cpi(sentence=0), resp("PR", 1), resp("PD", 2, text="possible progression", uncertain=True)]
    assert verdict("prior_checkpoint_inhibitor", facts) == "unknown"


def test_checkpoint_progression_before_the_response_is_not_secondary_resistance():
    facts = [resp("PD", 0, text="progressed after MAP"), cpi("nivolumab", sentence=1), resp("PR", 2)]
    assert verdict("prior_checkpoint_inhibitor", facts) == "unknown"


# --- mab_allergy ---------------------------------------------------------------------------------

def reaction(grade=None, sentence=0, **kw):
    values = {} if grade is None else {"grade": grade}
    return fact("ALLERGIC_REACTION", kw.pop("text", "infusion reaction"), values=values, sentence=sentence, **kw)


def mab(text="rituximab", sentence=0, concept="MONOCLONAL_ANTIBODY", **kw):
    return fact(concept, text, sentence=sentence, **kw)


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([reaction(3), mab()], "met"),                                         # grade 3, same sentence
        ([reaction(4), mab()], "met"),
        ([reaction(4, text="anaphylaxis"), mab("cetuximab")], "met"),
        ([reaction(3), mab("nivolumab", concept="CHECKPOINT_INHIBITOR")], "met"),   # a checkpoint inhibitor is a mAb
        ([reaction(2), mab()], "not_met"),                                     # below grade 3
        ([reaction(1), mab()], "not_met"),
        ([reaction(None), mab()], "unknown"),                                  # grade not stated
        ([reaction(3, uncertain=True), mab()], "unknown"),
        ([reaction(3), mab(sentence=1)], "not_met"),                           # the mAb is in another sentence
        ([reaction(3), mab(note="N2")], "not_met"),                            # ... or another note
        ([reaction(4, text="anaphylaxis to penicillin")], "not_met"),          # not a mAb
        ([reaction(3, negated=True), mab()], "not_met"),
        ([reaction(3, family=True), mab()], "not_met"),
        ([reaction(3, hypothetical=True), mab()], "not_met"),                  # "risk of grade 3 infusion reactions"
        ([mab()], "not_met"),
        ([], "not_met"),
        ([reaction(2), mab(), reaction(3, sentence=4), mab("bevacizumab", sentence=4)], "met"),
        ([reaction(2), mab(), reaction(None, sentence=4), mab("bevacizumab", sentence=4)], "unknown"),
    ],
)
def test_mab_allergy(facts, expected):
    assert verdict("mab_allergy", facts) == expected


def test_mab_allergy_reason_names_the_grade():
    v = decide("mab_allergy", [reaction(3), mab()])
    assert "grade 3" in v.reason
