"""Current-state criteria (decide/logic/current.py): the newest note that settles it wins.

pulmonary_metastases, resectable_nodules, pulmonary_function_adequate,
active_local_recurrence, malignant_pleural_effusion, pregnant_or_lactating,
unresolved_toxicity. Facts are built by hand (no NLP).
"""

from datetime import date

import pytest

from helpers_core import decide, fact, verdict

OLD, MID, NEW = date(2025, 6, 1), date(2026, 3, 1), date(2026, 9, 20)


def mets(**kw):
    return fact("LUNG_METASTASIS", "pulmonary metastases", **kw)


def nodule(**kw):
    return fact("PULMONARY_NODULE", "pulmonary nodules", **kw)


# --- newest note wins, for every current-state criterion ------------------------------------------

# (criterion, fact that argues met, fact that argues not_met) -- as factories (note, note_date)
PAIRS = {
    "pulmonary_metastases": (
        lambda n, d: mets(note=n, note_date=d),
        lambda n, d: mets(note=n, note_date=d, negated=True)),
    "resectable_nodules": (
        lambda n, d: fact("RESECTABLE", "resectable", note=n, note_date=d),
        lambda n, d: fact("UNRESECTABLE", "unresectable", note=n, note_date=d)),
    "pulmonary_function_adequate": (
        lambda n, d: fact("PULMONARY_FUNCTION", "PFTs", values={"adequate": True}, note=n, note_date=d),
        lambda n, d: fact("PULMONARY_FUNCTION", "PFTs", values={"adequate": False}, note=n, note_date=d)),
    "active_local_recurrence": (
        lambda n, d: fact("LOCAL_RECURRENCE", "local recurrence", note=n, note_date=d),
        lambda n, d: fact("LOCAL_RECURRENCE", "local recurrence", note=n, note_date=d, negated=True)),
    "malignant_pleural_effusion": (
        lambda n, d: fact("MALIGNANT_EFFUSION", "malignant pleural effusion", note=n, note_date=d),
        lambda n, d: fact("PLEURAL_EFFUSION", "pleural effusion", note=n, note_date=d, negated=True)),
    "pregnant_or_lactating": (
        lambda n, d: fact("PREGNANCY", "pregnant", note=n, note_date=d),
        lambda n, d: fact("PREGNANCY_TEST", "urine hCG", values={"result": "negative"}, note=n, note_date=d)),
    "unresolved_toxicity": (
        lambda n, d: fact("TOXICITY", "peripheral neuropathy", norm="neuropathy", values={"grade": 2}, note=n, note_date=d),
        lambda n, d: fact("TOXICITY", "peripheral neuropathy", norm="neuropathy", values={"grade": 1}, note=n, note_date=d)),
}


@pytest.mark.parametrize("cid", sorted(PAIRS))
@pytest.mark.parametrize("newer", ["met", "not_met"])
def test_newest_note_wins(cid, newer):
    yes, no = PAIRS[cid]
    if newer == "met":
        facts = [no("N1", OLD), yes("N2", NEW)]
    else:
        facts = [yes("N1", OLD), no("N2", NEW)]
    v = decide(cid, facts)
    assert v.verdict == newer
    assert v.evidence[0].note_id == "N2"


@pytest.mark.parametrize("cid", sorted(PAIRS))
def test_newest_note_wins_whatever_the_input_order(cid):
    yes, no = PAIRS[cid]
    facts = [no("N9", NEW), yes("N1", OLD), yes("N5", MID)]
    assert verdict(cid, facts) == "not_met"
    assert verdict(cid, list(reversed(facts))) == "not_met"


DENIAL_PAIRS = ["active_local_recurrence", "malignant_pleural_effusion", "pregnant_or_lactating",
                "pulmonary_metastases", "unresolved_toxicity"]


@pytest.mark.parametrize("cid", DENIAL_PAIRS)
def test_same_date_notes_together_affirmed_outweighs_denial(cid):
    # documented in _decide_newest: notes of the newest date decide together, and an
    # affirmed finding outweighs a denial ("known lung metastases ... no new metastases")
    yes, no = PAIRS[cid]
    assert verdict(cid, [no("N1", NEW), yes("N2", NEW)]) == "met"
    assert verdict(cid, [no("N1", NEW), yes("N1", NEW)]) == "met"


@pytest.mark.parametrize("cid, for_it, against", [
    ("resectable_nodules", ("RESECTABLE", {}, {}), ("UNRESECTABLE", {}, {})),
    ("resectable_nodules", ("LUNG_RESECTION", {}, {"hypothetical": True}), ("PNEUMONECTOMY", {}, {"hypothetical": True})),
    ("resectable_nodules", ("RESECTABLE", {}, {}), ("CENTRAL_STRUCTURE", {"relation": "involved"}, {})),
    ("pulmonary_function_adequate", ("PULMONARY_FUNCTION", {"adequate": True}, {}), ("PULMONARY_FUNCTION", {"adequate": False}, {})),
])
def test_inclusion_contradicted_in_the_newest_note_is_not_met(cid, for_it, against):
    facts = [fact(c, c.lower(), values=v, sentence=i, **flags) for i, (c, v, flags) in enumerate((for_it, against))]
    assert verdict(cid, facts) in ("unknown", "not_met")


@pytest.mark.parametrize("cid", sorted(PAIRS))
@pytest.mark.parametrize("flag", ["family", "hypothetical", "protocol"])
def test_not_about_the_patient_is_ignored(cid, flag):
    yes, no = PAIRS[cid]
    f = yes("N2", NEW)
    setattr(f, flag, True)
    # the newer mention is not about the patient: the older not_met fact decides
    assert verdict(cid, [no("N1", OLD), f]) == "not_met"
    assert verdict(cid, [f]) == decide(cid, []).verdict


# --- pulmonary_metastases -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([mets()], "met"),
        ([mets(negated=True)], "not_met"),                             # "no pulmonary metastases"
        ([mets(uncertain=True)], "unknown"),                          # "possible pulmonary metastases"
        ([nodule()], "unknown"),                                      # indeterminate nodules only
        ([], "unknown"),                                              # inclusion: open world
        ([fact("METASTASIS", "metastatic", values={"site": "lung"})], "met"),
        ([fact("METASTASIS", "metastases", values={"site": "bone"})], "unknown"),   # bone mets are not lung mets
        ([fact("METASTASIS", "metastases", values={"site": "bone"}, negated=True)], "unknown"),
        ([fact("METASTASIS", "consistent with metastases", sentence=3), nodule(sentence=3)], "met"),
        ([fact("METASTASIS", "consistent with metastases", sentence=3), nodule(sentence=4)], "unknown"),
        ([mets(family=True)], "unknown"),
        ([mets(hypothetical=True)], "unknown"),
        ([mets(protocol=True)], "unknown"),                           # "patients with pulmonary metastases are eligible"
        ([nodule(negated=True)], "not_met"),                         # "no pulmonary nodules": none, never affirmed
    ],
)
def test_pulmonary_metastases(facts, expected):
    assert verdict("pulmonary_metastases", facts) == expected


def test_pulmonary_metastases_older_affirmed_not_undone_by_newer_suspicion():
    # suspected mentions give unknown unless other notes settle it
    facts = [mets(note="N1", note_date=OLD), mets(note="N2", note_date=NEW, uncertain=True)]
    assert verdict("pulmonary_metastases", facts) == "met"


# --- resectable_nodules ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([fact("RESECTABLE", "resectable")], "met"),
        ([fact("RESECTABLE", "resectable", negated=True)], "not_met"),       # "not resectable"
        ([fact("RESECTABLE", "resectable", uncertain=True)], "unknown"),
        ([fact("UNRESECTABLE", "unresectable")], "not_met"),
        ([fact("UNRESECTABLE", "unresectable", negated=True)], "met"),
        ([fact("UNRESECTABLE", "unresectable", uncertain=True)], "unknown"),
        ([fact("LUNG_RESECTION", "wedge resection", hypothetical=True)], "met"),           # planned
        ([fact("LUNG_RESECTION", "metastasectomy", section="observation_and_plan")], "met"),  # in the plan
        ([fact("LUNG_RESECTION", "wedge resection", historical=True)], "unknown"),       # done before
        ([fact("LUNG_RESECTION", "wedge resection")], "unknown"),                          # not a plan
        ([fact("LUNG_RESECTION", "metastasectomy", hypothetical=True, negated=True)], "unknown"),
        ([fact("LUNG_RESECTION", "metastasectomy", protocol=True, hypothetical=True)], "unknown"),  # PROMIS step
        ([fact("PNEUMONECTOMY", "pneumonectomy", hypothetical=True)], "not_met"),         # "would require"
        ([fact("PNEUMONECTOMY", "pneumonectomy", negated=True)], "unknown"),
        ([fact("PNEUMONECTOMY", "pneumonectomy", historical=True)], "unknown"),
        ([fact("CENTRAL_STRUCTURE", "main stem bronchus", values={"relation": "involved"})], "not_met"),
        ([fact("CENTRAL_STRUCTURE", "main pulmonary artery", values={"relation": "involved"}, uncertain=True)], "unknown"),
        ([fact("CENTRAL_STRUCTURE", "main stem bronchus", values={})], "unknown"),      # merely named
        ([fact("CENTRAL_STRUCTURE", "main stem bronchus", values={"relation": "involved"}, negated=True)], "unknown"),
        ([fact("RESECTABLE", "resectable", family=True)], "unknown"),
        ([], "unknown"),
    ],
)
def test_resectable_nodules(facts, expected):
    assert verdict("resectable_nodules", facts) == expected


def test_resectable_newer_central_involvement_wins():
    facts = [fact("RESECTABLE", "resectable", note="N1", note_date=OLD),
             fact("CENTRAL_STRUCTURE", "main stem bronchus", values={"relation": "involved"}, note="N2", note_date=NEW)]
    assert verdict("resectable_nodules", facts) == "not_met"


# --- pulmonary_function_adequate -----------------------------------------------------------------

@pytest.mark.parametrize(
    "values, flags, expected",
    [
        ({"adequate": True}, {}, "met"),
        ({"adequate": False}, {}, "not_met"),
        # the value already reads the sentence's polarity; a negation cue is not applied twice:
        # "not a surgical candidate (FEV1 34%)" -> adequate False, FEV1 negated
        ({"adequate": False}, {"negated": True}, "not_met"),
        ({"adequate": True}, {"uncertain": True}, "unknown"),
        ({}, {}, "unknown"),                                     # PFTs mentioned, no judgement
        ({"adequate": True}, {"family": True}, "unknown"),
    ],
)
def test_pulmonary_function(values, flags, expected):
    f = fact("PULMONARY_FUNCTION", "pulmonary function tests", values=values, **flags)
    assert verdict("pulmonary_function_adequate", [f]) == expected


def test_pulmonary_function_no_statement_is_unknown():
    assert verdict("pulmonary_function_adequate", []) == "unknown"


# --- active_local_recurrence ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([fact("LOCAL_RECURRENCE", "local recurrence")], "met"),
        ([fact("LOCAL_RECURRENCE", "local recurrence", values={"re_resected": True})], "not_met"),
        ([fact("LOCAL_RECURRENCE", "local recurrence", negated=True)], "not_met"),
        ([fact("LOCAL_RECURRENCE", "local recurrence", uncertain=True)], "unknown"),
        ([fact("LOCAL_RECURRENCE", "local recurrence", family=True)], "not_met"),
        ([fact("LOCAL_RECURRENCE", "local recurrence", hypothetical=True)], "not_met"),   # "risk of local recurrence"
        ([], "not_met"),                                                                   # exclusion: closed world
    ],
)
def test_local_recurrence(facts, expected):
    assert verdict("active_local_recurrence", facts) == expected


def test_local_recurrence_re_resected_later():
    facts = [fact("LOCAL_RECURRENCE", "local recurrence", note="N1", note_date=OLD),
             fact("LOCAL_RECURRENCE", "local recurrence", note="N2", note_date=NEW, values={"re_resected": True})]
    assert verdict("active_local_recurrence", facts) == "not_met"


# --- malignant_pleural_effusion ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([fact("MALIGNANT_EFFUSION", "malignant pleural effusion")], "met"),
        ([fact("PLEURAL_EFFUSION", "pleural effusion", values={"character": "malignant"})], "met"),   # cytology positive
        ([fact("PLEURAL_EFFUSION", "pleural effusion")], "unknown"),                                 # not called malignant
        ([fact("PLEURAL_EFFUSION", "pleural effusion", values={"character": "benign"})], "not_met"),  # reactive / post-op
        ([fact("PLEURAL_EFFUSION", "pleural effusion", negated=True)], "not_met"),
        ([fact("MALIGNANT_EFFUSION", "malignant effusion", negated=True)], "not_met"),
        ([fact("MALIGNANT_EFFUSION", "malignant effusion", uncertain=True)], "unknown"),
        ([fact("MALIGNANT_EFFUSION", "malignant effusion", family=True)], "not_met"),
        ([fact("MALIGNANT_EFFUSION", "malignant effusion", hypothetical=True)], "not_met"),
        ([], "not_met"),
        ([fact("PLEURAL_EFFUSION", "pleural effusion", values={"character": "benign"}),
          fact("PLEURAL_EFFUSION", "pleural effusion")], "unknown"),                                  # same note
    ],
)
def test_pleural_effusion(facts, expected):
    assert verdict("malignant_pleural_effusion", facts) == expected


def test_effusion_newer_benign_wins_over_older_unqualified():
    facts = [fact("PLEURAL_EFFUSION", "pleural effusion", note="N1", note_date=OLD),
             fact("PLEURAL_EFFUSION", "small pleural effusion", values={"character": "benign"}, note="N2", note_date=NEW)]
    assert verdict("malignant_pleural_effusion", facts) == "not_met"


# --- pregnant_or_lactating ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, expected",
    [
        ([fact("PREGNANCY", "pregnant")], "met"),
        ([fact("LACTATION", "breastfeeding")], "met"),
        ([fact("PREGNANCY", "pregnant", negated=True)], "not_met"),
        ([fact("PREGNANCY", "pregnant", uncertain=True)], "unknown"),
        ([fact("PREGNANCY_TEST", "beta-hCG", values={"result": "negative"})], "not_met"),
        ([fact("PREGNANCY_TEST", "beta-hCG", values={"result": "positive"})], "met"),
        ([fact("PREGNANCY_TEST", "pregnancy test", negated=True)], "not_met"),
        ([fact("PREGNANCY_TEST", "pregnancy test")], "not_met"),                 # no result: settles nothing
        ([fact("PREGNANCY", "pregnancy", historical=True)], "not_met"),          # a past pregnancy
        ([fact("PREGNANCY", "pregnant", family=True)], "not_met"),               # sister is pregnant
        ([fact("PREGNANCY", "pregnancy", hypothetical=True)], "not_met"),        # "avoid pregnancy"
        ([fact("PREGNANCY", "pregnancy", protocol=True)], "not_met"),
        ([], "not_met"),
    ],
)
def test_pregnancy(facts, expected):
    assert verdict("pregnant_or_lactating", facts) == expected


@pytest.mark.parametrize("values", [{"result": "positive"}, {}])
def test_pregnancy_equivocal_test_is_unknown(values):
    f = fact("PREGNANCY_TEST", "beta-hCG", values=values, uncertain=True)
    assert verdict("pregnant_or_lactating", [f]) == "unknown"


def test_pregnancy_newer_negative_test_wins():
    facts = [fact("PREGNANCY", "pregnant", note="N1", note_date=OLD),
             fact("PREGNANCY_TEST", "urine hCG", values={"result": "negative"}, note="N2", note_date=NEW)]
    assert verdict("pregnant_or_lactating", facts) == "not_met"


# --- unresolved_toxicity --------------------------------------------------------------------------

def tox(norm, values, **kw):
    return fact("TOXICITY", kw.pop("text", norm), norm=norm, values=values, **kw)


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([tox("neuropathy", {"grade": 2})], "met"),
        ([tox("neuropathy", {"grade": 1})], "not_met"),                           # <= grade 1 allowed
        ([tox("hearing loss", {"grade": 2, "persistent": True})], "met"),       # permanent ototoxicity counts
        ([tox("hearing loss", {"grade": 3, "resolved": True})], "not_met"),     # back to baseline
        ([tox("fatigue", {"grade": 3})], "not_met"),                             # fatigue aside
        ([tox("alopecia", {"grade": 2})], "not_met"),                            # alopecia aside
        ([tox("mucositis", {})], "not_met"),                                     # no grade, not persistent: no vote
        ([tox("neuropathy", {"persistent": True, "attributed": True})], "unknown"),  # persistent after treatment, grade unstated
        ([tox("rash", {"persistent": True})], "not_met"),                        # ungraded, not tied to earlier treatment
        ([tox("neuropathy", {"grade": 3}, uncertain=True)], "unknown"),
        ([tox("neuropathy", {"grade": 3}, negated=True)], "not_met"),
        ([tox("neuropathy", {"grade": 3}, family=True)], "not_met"),
        ([tox("neuropathy", {"grade": 3}, hypothetical=True)], "not_met"),       # "risk of grade 3 neuropathy"
        ([], "not_met"),
        ([tox("neuropathy", {"grade": 1}), tox("nephrotoxicity", {"grade": 2})], "met"),   # any kind above 1
        ([tox("fatigue", {"grade": 3}), tox("neuropathy", {"persistent": True, "attributed": True})], "unknown"),
    ],
)
def test_toxicity(facts, expected):
    assert verdict("unresolved_toxicity", facts) == expected


def test_toxicity_newest_note_per_kind():
    facts = [
        tox("neuropathy", {"grade": 3}, note="N1", note_date=OLD),
        tox("neuropathy", {"grade": 1}, note="N2", note_date=NEW),      # neuropathy improved
        tox("hearing loss", {"grade": 2}, note="N1", note_date=OLD),    # hearing loss never re-assessed
    ]
    v = decide("unresolved_toxicity", facts)
    assert v.verdict == "met"
    assert v.evidence[0].norm == "hearing loss"
