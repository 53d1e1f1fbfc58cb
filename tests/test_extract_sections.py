"""Section detection: headers open sections at line starts; some sections end at a blank line."""

import pytest

from chartmatch.extract.sections import section_at
from chartmatch.extract.tokenizer import blank_nlp


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_nlp()
    nlp.add_pipe("chartmatch_sections", config={"patterns": ""})
    nlp.add_pipe("chartmatch_sentences")
    return nlp


def category_of(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    section = section_at(doc, token.i)
    return section.category if section else None


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("HPI: 16 yo with pain.\nPMH: asthma.", "asthma", "past_medical_history"),
        ("Family History:\nMother with breast cancer.\n\nSocial History: lives with parents.", "Mother", "family_history"),
        # the bleed medspaCy has: a line after the family block is not family history
        ("Family History:\nMother with breast cancer.\n\nShe reports cough today.", "cough", None),
        ("Medications:\nprednisone 5 mg daily\n\nCT chest shows nodules.", "nodules", None),
        ("Assessment and Plan:\nwedge resection of the RUL nodule.", "wedge", "observation_and_plan"),
        ("IMPRESSION:\n1. Two nodules.", "nodules", "observation_and_plan"),
        ("FINDINGS:\nTwo nodules.", "nodules", "labs_and_studies"),
        # a header word inside a sentence does not open a section
        ("We reviewed her medications: none relevant.", "none", None),
    ],
)
def test_sections_category_of_a_word(nlp, text, word, expected):
    assert category_of(nlp, text, word) == expected


def test_sections_header_is_its_own_sentence(nlp):
    doc = nlp("HPI: No fever.")
    assert [s.text.strip() for s in doc.sents] == ["HPI:", "No fever."]
