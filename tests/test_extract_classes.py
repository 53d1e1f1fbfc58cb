"""Classes of clinical writing, one table each: the fact a sentence yields (concept, flags, values).

Each table is written for a *class* (an ambiguous abbreviation, an experiencer, an age
shape, an exposure named without its agent, a judgement under its heading, a stop written
in words or dates), not for one sentence. End-to-end verdicts for the same classes are in
``test_decide_classes.py``.
"""

from __future__ import annotations

from datetime import date

import pytest

from chartmatch.extract.pipeline import Extractor
from chartmatch.read.note import Note

NOTE_DATE = date(2026, 10, 30)


@pytest.fixture(scope="module")
def facts_of():
    extractor = Extractor()

    def run(text: str) -> list:
        return extractor.extract(Note("P1", "N1", text, NOTE_DATE))

    return run


def _find(facts, concept, text=None):
    return [f for f in facts if f.concept == concept and (text is None or f.text == text)]


# ------------------------------------------------------------------ abbreviations by their sense
SENSES = [
    # (sentence, concept, span, kept?)
    ("19M with OS of the R tibia, s/p MAP.", "OSTEOSARCOMA", "OS", True),
    ("Metastatic OS to lung, here for follow-up.", "OSTEOSARCOMA", "OS", True),
    ("Oncologic history: OS, right proximal humerus, dx 03/2023.", "OSTEOSARCOMA", "OS", True),
    ("Hx: high-grade OS of the distal femur, resected 2024.", "OSTEOSARCOMA", "OS", True),
    ("Visual acuity OS 20/40, OD 20/20.", "OSTEOSARCOMA", "OS", False),
    ("Median OS in this setting is about 2 years.", "OSTEOSARCOMA", "OS", False),
    ("Latanoprost 1 drop OS nightly for glaucoma.", "OSTEOSARCOMA", "OS", False),
    ("5-year OS 65% in localized disease.", "OSTEOSARCOMA", "OS", False),
    ("CT after 4 cycles of pembrolizumab: PD.", "TUMOR_RESPONSE", "PD", True),
    ("Known PD on carbidopa-levodopa, tremor stable.", "TUMOR_RESPONSE", "PD", False),
    ("Restaging CT on nivolumab: PR, then stable.", "TUMOR_RESPONSE", "PR", True),
    ("ER/PR negative breast cancer in the mother; PR interval 160 ms.", "TUMOR_RESPONSE", "PR", False),
    ("MMR (live) 0.5 mL SC given 10/20/2026.", "LIVE_VACCINE", "MMR", True),
    ("Tumor IHC: MMR proteins intact, no loss of MLH1.", "LIVE_VACCINE", "MMR", False),
    ("30 yo. PS 1, working full time.", "ECOG", None, True),
    ("Breastfeeding? No - nursing her 4-month-old twice a day.", "LACTATION", "nursing", True),
    ("Per nursing: vitals stable overnight.", "LACTATION", "nursing", False),
    ("Small bilat effusions on CT.", "PLEURAL_EFFUSION", None, True),
    ("Right knee effusion after the fall.", "PLEURAL_EFFUSION", None, False),
]


@pytest.mark.parametrize("sentence, concept, span, kept", SENSES)
def test_extract_ambiguous_words_by_their_sense(facts_of, sentence, concept, span, kept):
    assert bool(_find(facts_of(sentence), concept, span)) is kept, sentence


RECATEGORIZED = [
    ("Methotrexate 15 mg PO weekly for rheumatoid arthritis.", "IMMUNOSUPPRESSANT"),
    ("MTX 20 mg every Monday with folic acid (JIA).", "IMMUNOSUPPRESSANT"),
    ("HD-MTX 12 g/m2 cycle 3 given 10/01/2026.", "SYSTEMIC_THERAPY"),
    ("Methotrexate level 0.4 umol/L at 72 h after the MAP cycle.", "SYSTEMIC_THERAPY"),
]


@pytest.mark.parametrize("sentence, concept", RECATEGORIZED)
def test_extract_methotrexate_for_a_rheumatic_disease_is_an_immunosuppressant(facts_of, sentence, concept):
    concepts = {f.concept for f in facts_of(sentence) if "methotrexate" in f.norm}
    assert concepts == {concept}, sentence


# ------------------------------------------------------------------ who the mention is about
EXPERIENCERS = [
    ("Mom says my son was on Keytruda last year.", "CHECKPOINT_INHIBITOR", False),
    ("Dad reminds us his son had a BMT at age 6 for aplastic anemia.", "TRANSPLANT", False),
    ("Grandma calling for her grandson, age 10, to confirm the scan.", "AGE", False),
    ("Per mom, he got the nasal flu vaccine last week.", "LIVE_VACCINE", False),
    ("Partner is HIV positive; patient counselled.", "HIV", True),
    ("Mother with breast cancer at 45.", "OTHER_MALIGNANCY", True),
    ("His brother received pembrolizumab for melanoma.", "CHECKPOINT_INHIBITOR", True),
]


@pytest.mark.parametrize("sentence, concept, family", EXPERIENCERS)
def test_extract_experiencer_informant_and_relative(facts_of, sentence, concept, family):
    found = _find(facts_of(sentence), concept)
    assert found, sentence
    assert found[0].family is family, sentence


DONORS = [
    "Haploidentical BMT from his older brother in 2015.",
    "s/p allo-SCT 2019, his sister was the donor.",
    "Matched sibling donor HSCT for aplastic anemia.",
]


@pytest.mark.parametrize("sentence", DONORS)
def test_extract_a_relative_donor_leaves_the_transplant_the_patients(facts_of, sentence):
    found = _find(facts_of(sentence), "TRANSPLANT")
    assert found and not any(f.family for f in found), sentence


# ------------------------------------------------------------------ ages as notes write them
AGES = [
    ("This 57-year old man presents with cough.", 57),
    ("A 14-1/2-year-old boy with knee pain.", 14),
    ("This 69 year-old woman, retired.", 69),
    ("Twenty-four-year-old graduate student.", 24),
    ("28M, OS s/p AKA.", 28),
    ("17F with lung mets.", 17),
    ("Hello, I'm 66 and retired.", 66),
    ("Patient aged 23, no allergies.", 23),
    ("Patientin, 23 J., Osteosarkom.", 23),
    ("Patient de 23 ans.", 23),
    ("患者23岁。", 23),
    ("Nineteen year old female.", 19),
]


@pytest.mark.parametrize("sentence, age", AGES)
def test_extract_age_shapes(facts_of, sentence, age):
    ages = [f.values.get("age") for f in _find(facts_of(sentence), "AGE")]
    assert ages == [age], sentence


# ------------------------------------------------------------------ a kind named without its agent
VAGUE = [
    ("Pt mentions prior immunotherapy infusions at OSH.", "CHECKPOINT_INHIBITOR"),
    ("Taking a Chinese herbal medicine sent by family.", "IMMUNOMODULATOR"),
    ("Mother giving immune booster injections at home.", "IMMUNOMODULATOR"),
    ("Was on a trial at another hospital this summer.", "INVESTIGATIONAL"),
    ("Got a flu vaccine at the pharmacy 10/25/2026.", "LIVE_VACCINE"),
    ("Travel vaccines received in late October 2026.", "LIVE_VACCINE"),
]


@pytest.mark.parametrize("sentence, concept", VAGUE)
def test_extract_exposure_without_its_agent_is_vague(facts_of, sentence, concept):
    found = _find(facts_of(sentence), concept)
    assert found and found[0].values.get("vague") is True, sentence


def test_extract_a_flu_shot_is_not_a_vague_live_vaccine(facts_of):
    assert not _find(facts_of("Flu vaccine IM (inactivated) given 10/20/2026."), "LIVE_VACCINE")


# ------------------------------------------------------------------ judgements, stops, unknown dates
JUDGEMENTS = [
    ("PFTs:\nAdequate.", True),
    ("PFTs:\n  Reserve insufficient for lobectomy.", False),
    ("Cleared for R VATS wedge resection from a pulmonary standpoint.", True),
    ("No longer a candidate for thoracic surgery from a lung-function standpoint.", False),
    ("Predicted post-op FEV1 <30% - surgery declined on pulmonary grounds.", False),
    ("Spirometry within normal limits.", True),
]


@pytest.mark.parametrize("text, adequate", JUDGEMENTS)
def test_extract_lung_function_judgement_under_its_heading_or_standpoint(facts_of, text, adequate):
    found = [f for f in _find(facts_of(text), "PULMONARY_FUNCTION") if "adequate" in f.values]
    assert found and found[0].values["adequate"] is adequate, text


STOPS = [
    ("Prednisone 20 mg PO daily, stopped 10/15/2026.", "stopped", date(2026, 10, 15)),
    ("Dexamethasone given 02/2024 - 05/2024, nothing since.", "stopped", date(2024, 5, 1)),
    ("Last dose of prednisolone in August.", "stopped", date(2026, 8, 1)),
    ("Dexamethasone held since 3.10.2026, restart after surgery.", "held", date(2026, 10, 3)),
    ("Huaier granules discontinued 03-Oct-2026.", "stopped", date(2026, 10, 3)),
    ("Currently on dexamethasone 4 mg PO BID.", "current", NOTE_DATE),
    ("Budesonide 9 mg daily from 2024; pt unsure if still taking.", "unsure", date(2024, 1, 1)),
]


@pytest.mark.parametrize("text, status, when", STOPS)
def test_extract_exposure_status_and_its_date(facts_of, text, status, when):
    exposures = [f for f in facts_of(text) if "status" in f.values]
    assert exposures, text
    assert (exposures[0].values["status"], exposures[0].date) == (status, when), text


@pytest.mark.parametrize("text", [
    "PMH: 'skin cancer' on back removed by dermatology - type and year unknown per pt.",
    "Reports a lymphoma treated when he was younger, unsure of the year.",
    "Took leftover prednisone tablets at some point, unsure of dates.",
])
def test_extract_a_sentence_that_says_its_date_is_unknown_leaves_the_event_undated(facts_of, text):
    dated = [f for f in facts_of(text) if f.concept in ("OTHER_MALIGNANCY", "SYSTEMIC_STEROID")]
    assert dated and all(f.date is None for f in dated), text


def test_extract_protocol_cue_keeps_to_the_promis_plan(facts_of):
    assert _find(facts_of("Penpulimab per protocol."), "CHECKPOINT_INHIBITOR")[0].protocol is True
    steroid = _find(facts_of("Methylprednisolone 125 mg IV given 10/29/2026 per protocol for an infusion reaction."), "SYSTEMIC_STEROID")
    assert steroid and steroid[0].protocol is False


# ------------------------------------------------------------------ part E's classes
FLAGS_TABLE = [
    # (sentence, concept, flag, value)
    ("Impression: post-operative seroma vs early local recurrence.", "LOCAL_RECURRENCE", "uncertain", True),
    ("Favor osteosarcoma (chondroblastic) vs dedifferentiated chondrosarcoma.", "OTHER_SARCOMA", "uncertain", True),
    ("The study is for people who are not pregnant.", "PREGNANCY", "hypothetical", True),
    ("Plan: neoadjuvant MAP to start 5/11 after port.", "SYSTEMIC_THERAPY", "hypothetical", True),
    ("Referral says he started treatment; no chemotherapy flowsheets were included.", "SYSTEMIC_THERAPY", "negated", False),
    ("Grandmother's herbal granules dissolved in tea daily.", "IMMUNOMODULATOR", "family", False),
    ("Grandmother gives Huaier granules daily to fight the tumor.", "IMMUNOMODULATOR", "family", False),
]


@pytest.mark.parametrize("sentence, concept, flag, value", FLAGS_TABLE)
def test_extract_context_classes_of_part_e(facts_of, sentence, concept, flag, value):
    found = _find(facts_of(sentence), concept)
    assert found, sentence
    assert getattr(found[0], flag) is value, sentence


@pytest.mark.parametrize("sentence, concept", [
    ("Relapse lungs 09/2025, three nodules.", "LUNG_METASTASIS"),
    ("Prior lung relapse treated with wedge resection.", "LUNG_METASTASIS"),
    ("Started hydroxychloroquine 200 mg BID for arthralgia.", "DMARD"),
    ("ADDENDUM: correction - the diagnosis listed is incorrect.", "CORRECTION"),
    ("s/p VDC/IE x 14 cycles, completed 01/2025.", "SYSTEMIC_THERAPY"),
    ("Osteosarcoma dx 03/2023: MAP 04/2023 - 01/2024, resection 07/2023.", "SYSTEMIC_THERAPY"),
])
def test_extract_lexicon_classes_of_part_e(facts_of, sentence, concept):
    assert _find(facts_of(sentence), concept), sentence


def test_extract_map_before_a_pressure_is_no_regimen(facts_of):
    assert not _find(facts_of("MAP 65 after fluids, improving."), "SYSTEMIC_THERAPY")
