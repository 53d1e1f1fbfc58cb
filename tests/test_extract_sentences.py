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
        # voice recognition, one utterance a line and no full stop anywhere: each line is a sentence
        ("she does not recommend it not resectable\nstill on adalimumab for crohns\necog 1",
         ["she does not recommend it not resectable", "still on adalimumab for crohns", "ecog 1"]),
        # ... unless the line ends in a linking word
        ("treated with cisplatin and\ndoxorubicin\necog 1", ["treated with cisplatin and\ndoxorubicin", "ecog 1"]),
        # an initial before a surname ends no sentence; a lettered list item does
        ("Worksheet (coordinator: L. Brandt, CRC) reviewed.", ["Worksheet (coordinator: L. Brandt, CRC) reviewed."]),
        ("A. Adenocarcinoma. B. There is nodal metastasis.", ["A. Adenocarcinoma.", "B.", "There is nodal metastasis."]),
        # a note with full stops keeps wrapping lower-case lines, however short
        ("PFTs adequate, prior MAP. No prior\n   gemcitabine or checkpoint inhibitor.",
         ["PFTs adequate, prior MAP.", "No prior\n   gemcitabine or checkpoint inhibitor."]),
    ],
)
def test_sentences_split_clinical_layout(text, expected):
    assert split(text) == expected
