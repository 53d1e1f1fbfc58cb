"""Anchored token matching (extract/anchored.py), as the context and target components use it."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from chartmatch.extract.anchored import AnchoredMatcher, anchor_text, anchor_words, lower_ids, regex_needs
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
        ([{"LOWER": "pd"}, {"LOWER": {"IN": ["for", "lasting"]}}, {"LIKE_NUM": True, "OP": "{1,3}"}], {"pd"}),
        ([{"LOWER": "previously", "OP": "*"}, {"LOWER": "no"}], {"no"}),
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
        found = anchored(doc)
        assert found == sorted(found, key=lambda m: (m[1], m[2]))
        assert sorted(found) == sorted(single(doc)), text
        assert found, "the sentences should hold cues"
        # on a part of the doc, offsets stay the doc's
        part = anchored(doc, 3, len(doc))
        assert sorted(part) == sorted((m, a + 3, b + 3) for m, a, b in single(doc[3:])), text


def test_context_anchored_matcher_skips_groups_without_their_word():
    nlp = blank_nlp()
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("absence", [{"LOWER": "absence"}, SPACE, {"LOWER": "of"}])
    anchored.add("start", [{"IS_SENT_START": True}])
    ids = nlp.vocab.strings.add
    assert len(anchored.matchers_for({ids("no"), ids("fever")})) == 1  # only the group without a word
    assert len(anchored.matchers_for({ids("absence"), ids("of")})) == 2
    doc = nlp.make_doc("In the absence of fever.")
    assert lower_ids(doc) == {ids(w) for w in ("in", "the", "absence", "of", "fever", ".")}


@pytest.mark.parametrize(
    "pattern,expected",
    [
        ([{"LOWER": {"REGEX": "^[a-z]{3,}mabs?$"}}], "mab"),
        ([{"TEXT": {"REGEX": "^Anti-?PD"}}], "anti"),
        ([{"LOWER": {"REGEX": "^(?:foo|bar)$"}}], ""),
        ([{"LOWER": {"REGEX": "zumab", "NOT_IN": ["x"]}}], ""),  # not a plain REGEX predicate
        ([{"LOWER": {"REGEX": "mab"}, "OP": "?"}], ""),
        ([{"LOWER": {"REGEX": "(unclosed"}}], ""),
    ],
)
def test_anchored_regex_text(pattern, expected):
    assert anchor_text(pattern) == expected


def test_anchored_regex_pattern_runs_only_where_its_text_is():
    nlp = blank_nlp()
    anchored = AnchoredMatcher(nlp.vocab)
    anchored.add("mab", [{"LOWER": {"REGEX": "^[a-z]{3,}mabs?$"}}])
    with_mab = nlp.make_doc("Started Pembrolizumab in May.")
    assert [(a, b) for _, a, b in anchored(with_mab)] == [(1, 2)]
    assert anchored.matchers_for(lower_ids(with_mab), "no antibody here") == []


@pytest.mark.parametrize(
    "regex,expected",
    [
        (r"(?:foo|ba[rz])x", {"foo", "ba"}),
        (r"a?b", {"b"}),
        (r"(?:DOB|date\s+of\s+birth)\s*:", {"dob", "birth"}),
        (r"\d+ mg", {" mg"}),
        (r"(?:foo|\d+)", None),  # one alternative needs nothing
        (r"[a-z]+", None),
        (r"(unclosed", None),
    ],
)
def test_anchored_regex_needs(regex, expected):
    found = regex_needs(regex)
    assert (None if found is None else set(found)) == expected
