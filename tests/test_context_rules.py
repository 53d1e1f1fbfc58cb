"""The ConText rules (patterns/context_rules.json) on oncology-style sentences.

Each case marks one target in one sentence, as ``evaluate-context`` does (sections and
sentences first, then the target as the only ``cm_targets`` span, then the context pipe),
and compares every flag the rules set on it: negated, uncertain, historical, hypothetical,
family, protocol. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from chartmatch.extract.pipeline import Extractor

NEG, UNC, HIST, HYP, FAM, PROT = "negated", "uncertain", "historical", "hypothetical", "family", "protocol"
REF = "study_reference"  # "the study", "per protocol": the PROMIS plan's unless the note named another study


class _Rule:
    """Stands in for a TargetRule: the context component only reads the span."""

    metadata: dict = {}


@pytest.fixture(scope="module")
def flags_of():
    nlp = Extractor().nlp

    def run(sentence: str, target: str) -> set[str]:
        start = sentence.index(target)  # the first exact-case occurrence
        doc = nlp.make_doc(sentence)
        for name in ("chartmatch_sections", "chartmatch_sentences"):
            doc = nlp.get_pipe(name)(doc)
        span = doc.char_span(start, start + len(target), alignment_mode="expand")
        doc._.cm_targets = ((Span(doc, span.start, span.end, label="CONDITION"), _Rule()),)
        doc = nlp.get_pipe("chartmatch_context")(doc)
        return set(doc._.cm_context[0][0])

    return run


def check(flags_of, sentence, target, expected):
    assert flags_of(sentence, target) == set(expected), f"{target!r} in {sentence!r}"


# ---------------------------------------------------------------- negation, cue before the target
NEGATION_BEFORE = [
    ("Denies fever, chills or night sweats.", "night sweats", {NEG}),
    ("No pleural effusion.", "pleural effusion", {NEG}),
    ("CT chest shows no evidence of pulmonary metastases.", "pulmonary metastases", {NEG}),
    ("He has not received pembrolizumab or any other checkpoint inhibitor.", "pembrolizumab", {NEG}),
    ("Never received gemcitabine.", "gemcitabine", {NEG}),
    ("Negative urine hCG this morning.", "hCG", {NEG}),
    ("Lungs clear without pleural effusion or pneumothorax.", "pneumothorax", {NEG}),
    ("Mom denies fever at home.", "fever", {NEG}),
    ("The family declined further chemotherapy.", "chemotherapy", {NEG}),
    ("Bone marrow biopsy negative for metastatic osteosarcoma.", "metastatic osteosarcoma", {NEG}),
    ("She is not pregnant and not breastfeeding.", "breastfeeding", {NEG}),
    ("No residual tumor after metastasectomy.", "residual tumor", {NEG}),
]

# ---------------------------------------------------------------- negation, result word after the target
NEGATION_AFTER = [
    ("HIV negative.", "HIV", {NEG}),
    ("HIV 1/2 Ab non-reactive.", "HIV", {NEG}),
    ("Hepatitis B surface antigen nonreactive.", "Hepatitis B surface antigen", {NEG}),
    ("Serum beta-hCG was negative on admission.", "beta-hCG", {NEG}),
    ("Urine pregnancy test negative.", "pregnancy test", {NEG}),
    ("Grade 2 ototoxicity, now resolved.", "ototoxicity", {NEG}),
    ("Peripheral neuropathy has resolved.", "neuropathy", {NEG}),
    ("Pulmonary embolism was ruled out.", "Pulmonary embolism", {NEG}),
    ("Local recurrence is unlikely.", "Local recurrence", {NEG}),
    ("Adjuvant radiation was declined by the patient.", "radiation", {NEG}),
    ("Pulmonary metastases were not identified.", "Pulmonary metastases", {NEG}),
]

# ---------------------------------------------------------------- result words that must stay near their own target
NOT_NEGATED = [
    ("Osteosarcoma, margins negative.", "Osteosarcoma", set()),
    ("High-grade osteosarcoma of the distal femur, resection margins are negative.", "osteosarcoma", set()),
    ("Osteosarcoma with negative margins and 95% necrosis.", "Osteosarcoma", set()),
    ("HIV negative, hepatitis B surface antigen positive.", "hepatitis B surface antigen", set()),
    ("Gram negative bacteremia treated with cefepime.", "bacteremia", set()),
    ("No change in the size of the pulmonary nodules.", "pulmonary nodules", set()),
    ("Ambulates without difficulty despite the femoral osteosarcoma.", "osteosarcoma", set()),
    ("Pregnancy status not entered in the chart, urine hCG ordered.", "urine hCG", set()),
]

# ---------------------------------------------------------------- termination
TERMINATION = [
    ("No fever but CT shows new pulmonary nodules.", "pulmonary nodules", set()),
    ("Denies cough, however reports knee pain for 3 months.", "knee pain", set()),
    ("No pleural effusion; small right pneumothorax.", "pneumothorax", set()),
    ("Not a candidate for resection due to extensive bilateral metastases.", "metastases", set()),
    ("No hepatomegaly, positive for splenomegaly.", "splenomegaly", set()),
    ("He has not been admitted in two years and presents with hemoptysis.", "hemoptysis", set()),
    ("1) osteosarcoma s/p resection 2) pulmonary nodules", "pulmonary nodules", set()),
    ("History of osteosarcoma, now with new pulmonary nodules.", "pulmonary nodules", set()),
]

# ---------------------------------------------------------------- uncertainty, and findings that are affirmed
UNCERTAINTY = [
    ("r/o metastasis", "metastasis", {UNC}),
    ("He is unsure whether he received chemotherapy.", "chemotherapy", {UNC, HIST}),
    ("Daughter thinks maybe gemcitabine but is not sure.", "gemcitabine", {UNC}),
    ("Reflex HIV differentiation assay: pending.", "HIV", {UNC}),
    ("Serum beta-hCG 8 mIU/mL, weakly positive.", "beta-hCG", {UNC}),
    ("Typhoid vaccine: oral or injectable unknown.", "Typhoid vaccine", {UNC}),
    ("Small cell osteosarcoma was considered in the differential.", "Small cell osteosarcoma", {UNC}),
    ("Indication: reported osteosarcoma of the femur.", "osteosarcoma", {UNC}),
    ("Cannot exclude metastasis.", "metastasis", {UNC}),
    ("New nodules concerning for metastatic disease.", "metastatic disease", {UNC}),
    ("Metastatic disease cannot be excluded.", "Metastatic disease", {UNC}),
    ("CT chest to exclude metastases.", "metastases", {UNC}),
    ("Right lower lobe nodule, likely metastasis.", "metastasis", {UNC}),
    ("Atelectasis vs metastasis.", "Atelectasis", {UNC}),
    ("Nodules c/w metastases.", "metastases", set()),
    ("Findings consistent with metastatic disease.", "metastatic disease", set()),
    ("Biopsy confirmed metastatic osteosarcoma.", "metastatic osteosarcoma", set()),
    ("The patient has pulmonary metastases.", "pulmonary metastases", set()),
]

# ---------------------------------------------------------------- historical
HISTORICAL = [
    ("h/o osteosarcoma", "osteosarcoma", {HIST}),
    ("History of osteosarcoma of the left femur.", "osteosarcoma", {HIST}),
    ("s/p MAP chemotherapy", "MAP chemotherapy", {HIST}),
    ("He previously received pembrolizumab.", "pembrolizumab", {HIST}),
    ("She completed adjuvant chemotherapy in 2020.", "chemotherapy", {HIST}),
    ("Was treated with MAP for osteosarcoma.", "MAP", {HIST}),
    ("Right femur osteosarcoma, status post limb salvage surgery.", "limb salvage surgery", {HIST}),
    ("Remote history of asthma.", "asthma", {HIST}),
    ("Old healed rib fracture.", "rib fracture", {HIST}),
    ("Prior pembrolizumab in 2021.", "pembrolizumab", {HIST}),
    ("No history of autoimmune disease.", "autoimmune disease", {NEG, HIST}),
    ("Denies history of autoimmune disease.", "autoimmune disease", {NEG, HIST}),
    ("Former smoker.", "smoker", {HIST}),
    ("History of ER positive breast cancer.", "breast cancer", {HIST}),
]

NOT_HISTORICAL = [
    ("A 15-year-old boy with osteosarcoma of the distal femur.", "osteosarcoma", set()),
    ("Two-day history of fever and cough.", "fever", set()),
    ("Compared with the prior CT, the nodule has grown.", "nodule", set()),
    ("Received IV fluids in clinic for dehydration.", "dehydration", set()),
    ("Was treated with MAP for osteosarcoma.", "osteosarcoma", set()),
    ("History of osteosarcoma, presents with hemoptysis.", "hemoptysis", set()),
    ("Right femur osteosarcoma, status post limb salvage surgery.", "osteosarcoma", set()),
]

# ---------------------------------------------------------------- hypothetical: plans, conditions, instructions
HYPOTHETICAL = [
    ("The plan is wedge resection of the right lower lobe nodule.", "wedge resection", {HYP}),
    ("He will undergo wedge resection next week.", "wedge resection", {HYP}),
    ("Candidate for wedge resection.", "wedge resection", {HYP}),
    ("Metastasectomy if confirmed.", "Metastasectomy", {HYP}),
    ("If confirmed, metastasectomy will be considered.", "metastasectomy", {HYP}),
    ("Should lung metastases develop, consider thoracotomy.", "lung metastases", {HYP}),
    ("Return to clinic for fever or chills.", "fever", {HYP}),
    ("Call for fever greater than 38.5.", "fever", {HYP}),
    ("Discussed the risks and benefits of thoracotomy.", "thoracotomy", {HYP}),
    ("Recommend gemcitabine and docetaxel.", "gemcitabine", {HYP}),
    ("Plan to start gemcitabine next week.", "gemcitabine", {HYP}),
    ("Refer to thoracic surgery to evaluate for metastasectomy.", "metastasectomy", {HYP}),
]

NOT_HYPOTHETICAL = [
    ("The patient will be admitted for chest pain.", "chest pain", set()),
    ("She continues to have knee pain.", "knee pain", set()),
    ("Since the start of chemotherapy he has had nausea.", "nausea", set()),
    ("Methotrexate once weekly for arthritis.", "arthritis", set()),
]

# ---------------------------------------------------------------- family and other experiencers
FAMILY = [
    ("Mother with breast cancer.", "breast cancer", {FAM}),
    ("Family history significant for breast cancer in his maternal grandmother.", "breast cancer", {FAM}),
    ("Breast cancer (maternal aunt).", "Breast cancer", {FAM}),
    ("Brother diagnosed with osteosarcoma at age 12.", "osteosarcoma", {FAM}),
    ("Osteosarcoma in a paternal cousin.", "Osteosarcoma", {FAM}),
    ("No family history of sarcoma.", "sarcoma", {NEG, FAM}),
    ("Father has Li-Fraumeni syndrome.", "Li-Fraumeni syndrome", {FAM}),
]

NOT_FAMILY = [
    ("This is a 10-year-old child with osteosarcoma of the tibia.", "osteosarcoma", set()),
    ("Parents report their son has had knee pain for two months.", "knee pain", set()),
    ("S/p matched sibling allogeneic HSCT for aplastic anemia.", "aplastic anemia", {HIST}),
    ("Mother reports knee pain for 3 months.", "knee pain", set()),
    ("He presents with his mother for evaluation of knee pain.", "knee pain", set()),
    ("Discussed with his parents the diagnosis of osteosarcoma.", "osteosarcoma", set()),
    ("Pain well controlled, accompanied by her husband.", "Pain", set()),
    ("Family at bedside and pain well controlled.", "pain", set()),
    ("A familial cancer syndrome was not found.", "cancer syndrome", {NEG}),
]

# ---------------------------------------------------------------- the trial's own text (PROTOCOL)
PROTOCOL = [
    ("Patients with pulmonary metastases are eligible for this trial.", "pulmonary metastases", {PROT, HYP}),  # generic: about patients in general
    ("PROMIS: gemcitabine plus penpulimab.", "gemcitabine", {PROT}),
    ("Study treatment starts with gemcitabine on day 1.", "gemcitabine", {REF}),
    ("This study demonstrates multiple bilateral pulmonary nodules.", "pulmonary nodules", set()),
    ("Candidate for the PROMIS trial.", "PROMIS", {HYP}),
]


@pytest.mark.parametrize("sentence, target, expected", NEGATION_BEFORE)
def test_negation_before_target(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", NEGATION_AFTER)
def test_negation_after_target(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", NOT_NEGATED)
def test_pseudo_negation_and_near_result_words(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", TERMINATION)
def test_termination(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", UNCERTAINTY)
def test_uncertainty(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", HISTORICAL + NOT_HISTORICAL)
def test_historical(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", HYPOTHETICAL + NOT_HYPOTHETICAL)
def test_hypothetical(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", FAMILY + NOT_FAMILY)
def test_family(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize("sentence, target, expected", PROTOCOL)
def test_protocol(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


@pytest.mark.parametrize(
    "sentence, target, expected",
    [
        ("Osteosarcoma was excluded by the absence of osteoid.", "Osteosarcoma", {NEG}),
        ("Resectable by VATS wedge x2, PFTs pending.", "Resectable", set()),  # "pending" is the PFTs'
        ("Travel clinic: avoid live vaccines.", "live vaccines", {HYP}),
        ("Family has questions about clinical trials.", "clinical trials", {HYP}),
        ("Stable post-metastasectomy changes.", "metastasectomy", {HIST}),
        ("S/p biopsy but hernia seen on the scan today.", "hernia", set()),  # the terminator ends s/p
    ],
)
def test_context_cues_added_for_the_gold_corpus(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)


def test_scope_stays_in_its_sentence(flags_of):
    assert flags_of("No fever. Cough present.", "Cough") == set()
    assert flags_of("No fever. Cough present.", "fever") == {NEG}


def test_section_header_does_not_swallow_the_cue(flags_of):
    # "HPI:" is a header of its own; the "no" after it still negates (medspaCy's ": no" trap).
    assert flags_of("HPI: No fever.", "fever") == {NEG}


# ---------------------------------------------------------------- one cue, two readings
# Two rules may match the very same words with different directions ("ruled out" before or
# after its target); both readings stay, whichever the matcher reported first.
SAME_WORDS_TWO_DIRECTIONS = [
    ("Pulmonary nodules ruled out on CT.", "Pulmonary nodules", {NEG}),
    ("CT ruled out pulmonary nodules.", "pulmonary nodules", {NEG}),
    ("HIV ruled out.", "HIV", {NEG}),
    ("Ruled out HIV.", "HIV", {NEG}),
    ("Small cell osteosarcoma was considered in the differential and is excluded by the absence of osteoid.",
     "osteosarcoma", {NEG, UNC}),
]


@pytest.mark.parametrize("sentence,target,expected", SAME_WORDS_TWO_DIRECTIONS)
def test_context_same_words_read_both_ways(flags_of, sentence, target, expected):
    check(flags_of, sentence, target, expected)
