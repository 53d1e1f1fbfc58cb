"""The tokenizer every rule is written against: spaCy's blank English, plus clinical infixes.

Rule literals are tokenized by the same tokenizer as the notes, so a literal matches
whatever the tokenizer does with it. The extra infixes below only split shapes that
clinical notes glue together and that rules need apart:

- ``ECOG:1``, ``KPS=80``, ``PS-1``: a label and its value;
- ``1.2x0.8`` and ``2x3``: dimensions;
- ``15yo``, ``15y/o``, ``5mm``, ``12cm``, ``3cycles``: a number and its unit;
- ``.,IMPRESSION:``: a header glued to the sentence before it by an export;
- Chinese text, which has no spaces: one token per character, so that a drug name such as
  卡瑞利珠单抗 matches inside 使用卡瑞利珠单抗治疗 (the literal is split the same way).
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

_EXTRA_INFIXES = (
    r"(?<=[A-Za-z])[:=](?=[0-9])",  # ECOG:1, KPS=80
    r"(?<=[0-9])[xX×*](?=[0-9.])",  # 1.2x0.8, 2x3
    r"(?<=[0-9])(?=(?:yo|y/o|yrs?|mm|cm|cycles?|mg|wks?|months?)\b)",  # 15yo, 5mm
    r"(?<=[.!?;]),(?=[A-Z])",  # ".,IMPRESSION:": a header glued on by an export that flattened line breaks
    r"(?<=[0-9])\.(?=,[A-Z])",  # "ECOG 1.,PLAN:"
    r"(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])",  # Chinese: one character a token, so names match inside running text
)


_SCORE_LIKE = re.compile(r"^[:=;]-?[0-9]")


def blank_nlp() -> Language:
    """A blank English pipeline with chartmatch's tokenizer and no components."""
    nlp = spacy.blank("en")
    defaults = nlp.Defaults
    # One construction with the final settings: replacing rules or infixes on a built
    # tokenizer re-processes every special case (seconds).
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        # spaCy's emoticon exceptions turn "ECOG:1" into "ECOG" + ":1"; scores matter more here.
        rules={k: v for k, v in defaults.tokenizer_exceptions.items() if not _SCORE_LIKE.match(k)},
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(list(defaults.infixes) + list(_EXTRA_INFIXES)).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
    return nlp
