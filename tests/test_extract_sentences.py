"""The clinical sentence splitter: boundaries from layout and punctuation."""

import pytest

from chartmatch.extract.sentences import boundary_offsets


def split(text):
    cuts = [0, *boundary_offsets(text), len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("No fever. Cough present.", ["No fever.", "Cough present."]),
        ("Seen by Dr. Smith today. Stable.", ["Seen by Dr. Smith today.", "Stable."]),
        ("Nodule 1.2 cm in RUL. No effusion.", ["Nodule 1.2 cm in RUL.", "No effusion."]),
        ("Medications:\n- prednisone\n- insulin", ["Medications:", "- prednisone", "- insulin"]),
        ("treated with cisplatin and\ndoxorubicin for six cycles.", ["treated with cisplatin and\ndoxorubicin for six cycles."]),
        ("Impression\r\n\r\nNo pleural effusion", ["Impression", "No pleural effusion"]),
        ("Diagnosis: osteosarcoma\nStage: IV", ["Diagnosis: osteosarcoma", "Stage: IV"]),
        ("Is this metastasis? Likely.", ["Is this metastasis?", "Likely."]),
        ("DOB 01/02/2010. s/p 6 cycles of MAP.", ["DOB 01/02/2010.", "s/p 6 cycles of MAP."]),
        ("Lungs clear. pt denies cough.", ["Lungs clear.", "pt denies cough."]),
        ("Options, e.g. metastasectomy or SBRT.", ["Options, e.g. metastasectomy or SBRT."]),
    ],
)
def test_sentences_split_clinical_layout(text, expected):
    assert split(text) == expected
