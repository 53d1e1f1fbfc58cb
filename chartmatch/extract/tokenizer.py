"""The tokenizer every rule is written against: spaCy's blank English, plus clinical infixes.

Rule literals are tokenized by the same tokenizer as the notes, so a literal matches
whatever the tokenizer does with it. The extra infixes below only split shapes that
clinical notes glue together and that rules need apart:

- ``ECOG:1``, ``KPS=80``, ``PS-1``: a label and its value;
- ``1.2x0.8`` and ``2x3``: dimensions;
- ``15yo``, ``15y/o``, ``5mm``, ``12cm``, ``3cycles``: a number and its unit.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

_EXTRA_INFIXES = (
    r"(?<=[A-Za-z])[:=](?=[0-9])",  # ECOG:1, KPS=80
    r"(?<=[0-9])[xX×*](?=[0-9.])",  # 1.2x0.8, 2x3
    r"(?<=[0-9])(?=(?:yo|y/o|yrs?|mm|cm|cycles?|mg|wks?|months?)\b)",  # 15yo, 5mm
)


_SCORE_LIKE = re.compile(r"^[:=;]-?[0-9]")


def blank_nlp() -> Language:
    """A blank English pipeline with chartmatch's tokenizer and no components."""
    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + list(_EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # spaCy's emoticon exceptions turn "ECOG:1" into "ECOG" + ":1"; scores matter more here.
    nlp.tokenizer.rules = {
        key: value for key, value in nlp.tokenizer.rules.items() if not _SCORE_LIKE.match(key)
    }
    return nlp
