"""Value readers: what a fact's span and sentence say about sizes, grades, results, routes..."""

import pytest

from chartmatch.extract.values import is_current, read_values


@pytest.mark.parametrize(
    "concept,span,sentence,expected",
    [
        ("PULMONARY_NODULE", "nodule", "8 mm RUL nodule", {"size_mm": 8.0, "lobes": ["RUL"]}),
        ("PULMONARY_NODULE", "nodules", "two nodules in the right upper lobe, 1.2 x 0.9 cm", {"size_mm": 12.0, "count": 2, "lobes": ["RUL"]}),
        ("ECOG", "ECOG 0-1", "ECOG 0-1", {"score": 1}),
        ("LANSKY", "Lansky 80%", "Lansky 80%", {"score": 80}),
        ("TOXICITY", "peripheral sensory neuropathy", "grade 1 peripheral sensory neuropathy (toes); grade 2 alopecia", {"grade": 1}),
        ("TOXICITY", "hearing loss", "grade 2 hearing loss, permanent", {"grade": 2, "persistent": True}),
        ("ALLERGIC_REACTION", "anaphylaxis", "anaphylaxis to rituximab", {"grade": 4}),
        ("HIV", "HIV-1/2 Ag/Ab", "HIV-1/2 Ag/Ab (2025-04-08): non-reactive", {"result": "negative"}),
        ("HIV", "HIV", "HIV on Biktarvy, viral load undetectable", {"status": "infection"}),
        ("HIV", "HIV", "Screening labs: HIV, urine hCG, CMP", {}),
        ("PREGNANCY_TEST", "urine hCG", "urine hCG negative today", {"result": "negative"}),
        ("SYSTEMIC_STEROID", "dexamethasone", "dexamethasone 4 mg IV once", {"route": "systemic"}),
        ("SYSTEMIC_STEROID", "hydrocortisone", "hydrocortisone cream to the rash", {"route": "local"}),
        ("SYSTEMIC_STEROID", "hydrocortisone", "physiologic hydrocortisone for adrenal insufficiency", {"replacement": True}),
        ("TRANSPLANT", "HSCT", "s/p matched sibling allogeneic HSCT", {"type": "allogeneic", "organ": "hsct"}),
        ("TRANSPLANT", "transplant", "autologous stem cell rescue after busulfan", {"type": "autologous", "organ": "hsct"}),
        ("TUMOR_RESPONSE", "stable disease", "stable disease for 6 months", {"duration_months": 6.0}),
        ("PLEURAL_EFFUSION", "effusion", "small effusion: reactive, no features of malignant effusion", {"character": "benign"}),
        ("PLEURAL_EFFUSION", "effusion", "effusion, cytology positive for malignant cells", {"character": "malignant"}),
        ("PULMONARY_FUNCTION", "PFTs", "PFTs adequate for lobectomy", {"adequate": True}),
        ("PULMONARY_FUNCTION", "PFTs", "PFTs not adequate for resection", {"adequate": False}),
        ("PULMONARY_FUNCTION", "FEV1", "not a surgical candidate (FEV1 34%)", {"adequate": False}),
        ("LOCAL_RECURRENCE", "local recurrence", "local recurrence s/p wide re-excision with negative margins", {"re_resected": True}),
        ("LOCAL_RECURRENCE", "local recurrence", "local recurrence - not resected (patient declined amputation)", {"re_resected": False}),
        ("IMMUNOMODULATOR", "interleukin-2", "intrapleural interleukin-2 for the effusion", {"route": "local"}),
        ("METASTASIS", "metastases", "two RLL nodules c/w metastases", {"site": "lung"}),
    ],
)
def test_values_read_from_the_sentence(concept, span, sentence, expected):
    values = read_values(concept, span, sentence, {})
    assert {k: values.get(k) for k in expected} == expected


def test_values_sentence_overrides_metadata_for_adequacy():
    values = read_values("PULMONARY_FUNCTION", "adequate pulmonary reserve",
                         "he does not have adequate pulmonary reserve", {"adequate": True})
    assert values["adequate"] is False


def test_values_unspecified_metadata_leaves_room_for_the_text():
    assert read_values("TRANSPLANT", "HSCT", "allogeneic HSCT", {"type": "unspecified"})["type"] == "allogeneic"


@pytest.mark.parametrize(
    "text,in_list,expected",
    [
        ("currently on prednisone 5 mg daily", False, True),
        ("prednisone 5 mg daily", True, True),
        ("Thymalfasin 1.6 mg SC twice weekly - DISCONTINUED.", True, False),
        ("adalimumab still on hold", False, False),
        ("received prednisone in 2024", False, False),
    ],
)
def test_values_current_exposure(text, in_list, expected):
    assert is_current(text, in_current_list=in_list) is expected


def test_values_a_birth_date_is_no_other_fact_s_date():
    from datetime import date

    from chartmatch.extract.pipeline import Extractor
    from chartmatch.read.note import Note

    facts = Extractor().extract(Note("P", "N", "DOB 01/02/2010. s/p 6 cycles of MAP.", date(2026, 11, 1)))
    therapy = [f for f in facts if f.concept == "SYSTEMIC_THERAPY"]
    assert therapy and all(f.date == date(2026, 11, 1) for f in therapy)
