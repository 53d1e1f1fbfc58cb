"""The context component's own machinery: anchored token patterns and cue pruning."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from chartmatch.extract.context import AnchoredMatcher, anchor_words
from chartmatch.extract.rules import load_context
from chartmatch.extract.tokenizer import blank_nlp
from chartmatch.resources import PatternSet

SPACE = {"IS_SPACE": True, "OP": "*"}


@pytest.mark.parametrize(
    "pattern,expected",
    [
        ([{"LOWER": "absence"}, SPACE, {"LOWER": "of"}], {"absence"}),
        ([{"LOWER": {"IN": ["is", "was"]}}, SPACE, {"LOWER": "rule"}], {"rule"}),
        ([{"LOWER": "not", "OP": "?"}, {"LOWER": {"IN": ["ruled", "rules"]}}], {"ruled", "rules"}),
        ([{"ORTH": "NED"}], {"ned"}),
        ([{"TEXT": ","}], {","}),
        ([{"IS_SENT_START": True}, {"LIKE_NUM": True}], None),
        ([{"LOWER": {"REGEX": "^no+$"}}], None),
    ],
)
def test_context_anchor_words(pattern, expected):
    words = anchor_words(pattern)
    assert (None if words is None else set(words)) == expected


def test_context_anchored_matcher_finds_what_one_matcher_finds():
    """Every token pattern of patterns/context_rules.json, anchored or in one spaCy Matcher,
    gives the same matches on sentences that hold many of the cue words."""
    nlp = blank_nlp()
    rules = [r for r in load_context(PatternSet.load()) if isinstance(r.pattern, list)]
    anchored, single = AnchoredMatcher(nlp.vocab), Matcher(nlp.vocab)
    for n, rule in enumerate(rules):
        anchored.add(f"r{n}", rule.pattern)
        single.add(f"r{n}", [rule.pattern])
    sentences = [
        "The CT was negative for nodules and ruled out effusion; history of\n  HIV not\nexcluded.",
        "Mother and father with cancer. Can not rule him out for   recurrence, will consider MAP if needed.",
        "Pt denies fever but is without pain; no longer on steroids, was previously treated, resolved.",
    ]
    for text in sentences:
        doc = nlp.make_doc(text)
        found = []
        for matcher in anchored.matchers_for(t.lower_ for t in doc):
            found.extend(matcher(doc))
        assert sorted(found) == sorted(single(doc)), text
        assert found, "the sentences should hold cues"


def test_context_anchored_matcher_skips_groups_without_their_word():
    nlp = blank_nlp()
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("absence", [{"LOWER": "absence"}, SPACE, {"LOWER": "of"}])
    anchored.add("start", [{"IS_SENT_START": True}])
    assert len(anchored.matchers_for(["no", "fever"])) == 1  # only the group without a word
    assert len(anchored.matchers_for(["absence", "of"])) == 2
