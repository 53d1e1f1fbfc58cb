"""History criteria (decide/logic/history.py): any affirmed mention in any note wins.

osteosarcoma_histology, prior_systemic_therapy, prior_gemcitabine, allogeneic_transplant,
hiv. Facts are built by hand (no NLP).
"""

from datetime import date

import pytest

from helpers_core import decide, fact, verdict

OLD, NEW = date(2025, 1, 10), date(2026, 9, 1)


def osteo(**kw):
    return fact("OSTEOSARCOMA", "osteosarcoma", **kw)


def ewing(**kw):
    return fact("OTHER_SARCOMA", "Ewing sarcoma", norm="ewing sarcoma", **kw)


# --- osteosarcoma_histology ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([osteo()], "met"),
        ([osteo(historical=True)], "met"),                      # "history of osteosarcoma of the left femur"
        ([fact("OSTEOSARCOMA", "chondroblastic osteosarcoma")], "met"),
        ([osteo(uncertain=True)], "unknown"),                   # "concerning for osteosarcoma"
        ([], "unknown"),                                         # inclusion: open world
        ([ewing()], "not_met"),                                  # only bone sarcoma is not osteosarcoma
        ([fact("OTHER_SARCOMA", "chondrosarcoma")], "not_met"),
        ([ewing(), osteo()], "met"),
        ([ewing(), osteo(uncertain=True)], "not_met"),          # Ewing confirmed, OS only in the differential
        ([ewing(uncertain=True)], "unknown"),
        ([osteo(negated=True)], "unknown"),                      # only "no osteosarcoma"
        ([osteo(family=True)], "unknown"),                       # mother had osteosarcoma
        ([osteo(hypothetical=True)], "unknown"),
        ([osteo(protocol=True)], "unknown"),                     # the trial's own population
        ([ewing(family=True)], "unknown"),
    ],
)
def test_osteosarcoma(facts, expected):
    assert verdict("osteosarcoma_histology", facts) == expected


def test_osteosarcoma_any_affirmed_note_wins_over_newer_doubt():
    facts = [osteo(note="N1", note_date=OLD),
             osteo(note="N2", note_date=NEW, uncertain=True),
             osteo(note="N3", note_date=NEW, negated=True)]
    v = decide("osteosarcoma_histology", facts)
    assert v.verdict == "met"
    assert v.evidence[0].note_id == "N1"


# --- prior_systemic_therapy -------------------------------------------------------------------

def therapy(text="MAP chemotherapy", **kw):
    return fact("SYSTEMIC_THERAPY", text, **kw)


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([therapy(historical=True)], "met"),
        ([therapy("6 cycles of MAP")], "met"),
        ([fact("GEMCITABINE", "gemcitabine")], "met"),             # a systemic regimen too
        ([fact("CHECKPOINT_INHIBITOR", "pembrolizumab")], "met"),
        ([fact("CHEMO_NAIVE", "chemotherapy-naive")], "not_met"),
        ([therapy(negated=True)], "not_met"),                      # "has not received chemotherapy"
        ([therapy(hypothetical=True)], "unknown"),                 # planned only does not count
        ([therapy(uncertain=True)], "unknown"),
        ([therapy(family=True)], "unknown"),
        ([fact("CHECKPOINT_INHIBITOR", "penpulimab", protocol=True)], "unknown"),  # the trial's own drug
        ([], "unknown"),
        ([therapy(note="N1", note_date=OLD), fact("CHEMO_NAIVE", "chemo-naive", note="N2", note_date=NEW)], "met"),
        ([therapy(hypothetical=True), fact("CHEMO_NAIVE", "treatment-naive")], "not_met"),
        ([fact("CHEMO_NAIVE", "chemo-naive", family=True)], "unknown"),
    ],
)
def test_prior_systemic_therapy(facts, expected):
    assert verdict("prior_systemic_therapy", facts) == expected


@pytest.mark.parametrize("concept, text", [("GEMCITABINE", "gemcitabine"), ("CHECKPOINT_INHIBITOR", "PD-1 inhibitor")])
def test_prior_systemic_therapy_denial_of_one_drug_class_is_not_chemo_naive(concept, text):
    assert verdict("prior_systemic_therapy", [fact(concept, text, negated=True)]) == "unknown"


# --- prior_gemcitabine (affirmed_history) ------------------------------------------------------------

def gem(**kw):
    return fact("GEMCITABINE", "gemcitabine", **kw)


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([gem(historical=True)], "met"),
        ([fact("GEMCITABINE", "gem/docetaxel", norm="gemcitabine")], "met"),
        ([gem(negated=True)], "not_met"),
        ([gem(hypothetical=True)], "not_met"),       # planned
        ([gem(protocol=True)], "not_met"),           # named as this trial's plan
        ([gem(family=True)], "not_met"),
        ([gem(uncertain=True)], "unknown"),
        ([], "not_met"),                              # exclusion: closed world
        ([gem(note="N1", note_date=OLD), gem(note="N2", note_date=NEW, negated=True)], "met"),   # any affirmed wins
        ([gem(note="N1", note_date=OLD, negated=True), gem(note="N2", note_date=NEW)], "met"),
        ([gem(uncertain=True), gem(note="N2")], "met"),
    ],
)
def test_prior_gemcitabine(facts, expected):
    assert verdict("prior_gemcitabine", facts) == expected


def test_prior_gemcitabine_evidence_is_the_affirmed_mention():
    affirmed = gem(note="N1", note_date=OLD, historical=True)
    v = decide("prior_gemcitabine", [affirmed, gem(note="N2", note_date=NEW, negated=True)])
    assert v.evidence == (affirmed,)
    assert "N1" in v.reason


# --- allogeneic_transplant ---------------------------------------------------------------------------

def tx(values, **kw):
    return fact("TRANSPLANT", kw.pop("text", "transplant"), values=values, **kw)


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([tx({"type": "allogeneic", "organ": "hsct"})], "met"),      # allogeneic HSCT
        ([tx({"type": "allogeneic"})], "met"),
        ([tx({"organ": "kidney"})], "met"),                          # organ transplants are allogeneic
        ([tx({"organ": "liver"})], "met"),
        ([tx({"type": "unspecified", "organ": "heart"})], "met"),
        ([tx({"type": "autologous", "organ": "hsct"})], "not_met"),  # autologous stem cell rescue
        ([tx({"type": "corneal", "organ": "cornea"})], "not_met"),
        ([tx({"organ": "cornea"})], "not_met"),
        ([tx({"organ": "hsct"})], "unknown"),                        # "stem cell transplant", type unstated
        ([tx({})], "unknown"),
        ([tx({"type": "allogeneic"}, uncertain=True)], "unknown"),
        ([tx({"type": "allogeneic"}, negated=True)], "not_met"),
        ([tx({"type": "allogeneic"}, family=True)], "not_met"),      # brother's transplant
        ([tx({"type": "allogeneic"}, hypothetical=True)], "not_met"),
        ([], "not_met"),
        ([tx({"type": "autologous"}), tx({"type": "allogeneic"}, note="N2")], "met"),
        ([tx({"type": "autologous"}), tx({"organ": "hsct"}, note="N2")], "unknown"),
    ],
)
def test_transplant(facts, expected):
    assert verdict("allogeneic_transplant", facts) == expected


def test_transplant_any_affirmed_wins_over_a_newer_denial():
    facts = [tx({"type": "allogeneic", "organ": "kidney"}, note="N1", note_date=OLD),
             tx({}, note="N2", note_date=NEW, negated=True)]
    assert verdict("allogeneic_transplant", facts) == "met"


# --- hiv ----------------------------------------------------------------------------------------

def hiv(values=None, **kw):
    return fact("HIV", kw.pop("text", "HIV"), values=values or {}, **kw)


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([hiv({"result": "positive"})], "met"),
        ([hiv({"status": "infection"}, text="HIV-1 infection on antiretroviral therapy")], "met"),
        ([hiv({}, text="HIV")], "not_met"),                          # a test's name in a list of labs
        ([hiv({"result": "negative"})], "not_met"),                  # HIV negative
        ([hiv({}, negated=True)], "not_met"),                        # denies HIV
        ([hiv({"result": "positive"}, family=True)], "not_met"),     # partner / mother HIV positive
        ([hiv({"result": "positive"}, uncertain=True)], "unknown"),
        ([hiv({"result": "positive"}, hypothetical=True)], "not_met"),
        ([], "not_met"),
        ([hiv({"result": "negative"}, note="N2", note_date=NEW), hiv({"result": "positive"}, note="N1", note_date=OLD)], "met"),
        ([hiv({"result": "negative"}), hiv({"result": "positive"}, family=True)], "not_met"),
    ],
)
def test_hiv(facts, expected):
    assert verdict("hiv", facts) == expected


def test_hiv_suspected_then_settled_by_a_negative_test():
    facts = [hiv({}, note="N1", note_date=OLD, uncertain=True),           # "r/o HIV"
             hiv({"result": "negative"}, note="N2", note_date=NEW)]       # "HIV-1/2 Ab non-reactive"
    assert verdict("hiv", facts) == "not_met"
