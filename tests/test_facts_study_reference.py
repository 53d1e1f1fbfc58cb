"""Which study "the study drug" belongs to: the PROMIS plan's, unless its note named another
study before it, or its sentence names one ("the study rinse from the OraCare trial")."""

from datetime import date

import pytest

from chartmatch.extract.pipeline import Extractor
from chartmatch.records import Note


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


CASES = [
    # (text, the mention, whether it is the PROMIS plan's)
    ("Screening for PROMIS. The study drug will be given every 3 weeks.", "study drug", True),
    ("Discussed PROMIS; the study treatment would start after SBRT.", "study treatment", True),
    ("Enrolled in the phase 2 trial ABC-101 in 09/2026; the study drug was stopped on 10/20/2026.", "study drug", False),
    ("Consented to a phase I study elsewhere. Unclear whether he has started the study drug.", "study drug", False),
    ("She is still using the study mouth rinse from the OraCare trial.", "study mouth rinse", False),
    ("Chemotherapy per protocol P9641; last cycle 05/21/2026.", "Chemotherapy", False),
    ("Candidate for PROMIS: gemcitabine per protocol with penpulimab.", "gemcitabine", True),
]


@pytest.mark.parametrize("text, mention, protocol", CASES)
def test_facts_study_reference_follows_the_named_study(extractor, text, mention, protocol):
    facts = [f for f in extractor.extract(Note("P1", "N1", text, date(2026, 10, 28))) if f.text == mention]
    assert facts, f"{mention!r} not found in {text!r}"
    assert facts[0].protocol is protocol


def test_facts_study_named_by_code_is_a_name_not_an_exposure(extractor):
    facts = extractor.extract(Note("P1", "N1", "Consented to trial XY-12 at another centre.", date(2026, 10, 28)))
    named = [f for f in facts if f.text == "trial XY-12"]
    assert named and named[0].values.get("named") is True
    # PROMIS's own registration number is the protocol, never another study
    facts = extractor.extract(Note("P1", "N1", "Screening for NCT06114225 today.", date(2026, 10, 28)))
    assert not [f for f in facts if f.values.get("named")]
