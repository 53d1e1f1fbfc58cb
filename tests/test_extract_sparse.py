"""Sparse extraction (candidates.py + sparse.py) gives the facts of the whole-note pipeline.

The whole-note pipeline (``Extractor(sparse=False)``) is the reference: on every annotated
note, the bundled samples and a table of awkward layouts, both give the same facts, and
the sparse Doc's real tokens, sentence starts and sections are the whole Doc's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from medspacy.target_matcher import TargetRule

from chartmatch.extract.candidates import CandidateFinder
from chartmatch.extract.pipeline import Extractor
from chartmatch.extract.sparse import sparse_doc
from chartmatch.extract.tokenizer import blank_nlp
from chartmatch.read.note import Note

ROOT = Path(__file__).resolve().parent.parent

AWKWARD = [
    "  \n\nHPI: 15 y/o with osteosarcoma of the femur.\n",  # leading white space
    "PAST MEDICAL HISTORY:\r\nOsteosarcoma 2019, s/p MAP x6.\r\n\r\nFAMILY HISTORY: mother with breast cancer.\r\n",
    "Plan:\tstart\tpembrolizumab   next week.  No pleural effusion.",
    "Regimen: MAP\n65 was the MAP. Then MAP 65.",  # guards read the token across a line break
    "DOB: 03/04/2010\nborn on 3 May\n2011. Age 15.",  # a regex match across a sentence break
    "He cannot tolerate gemcitabine; lung mets noted. ECOG:1 KPS=80, 5mm RUL nodule.",
    "患者使用卡瑞利珠单抗治疗。 No HIV.",  # Chinese, split per character
    "İstanbul visit. Pembrolizumab given.",  # lower-casing changes the length: whole-note path
    "Weather is nice today. Nothing else.",  # no candidate at all
    "Social history: lives with parents.\n\nECOG 0. Negative pregnancy test.",
    "x" * 50 + " osteosarcoma" + " y" * 40 + ".",
    "Nodules:1.2x0.8 cm LLL and 3 mm RML; resectable per thoracic surgery.",
]


def _notes() -> list[Note]:
    notes = []
    for line in (ROOT / "annotated_notes" / "notes.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        notes.append(Note(row["patient_id"], row["note_id"], row["text"]))
    notes += [Note("X", f"awkward-{n}", text) for n, text in enumerate(AWKWARD)]
    return notes


@pytest.fixture(scope="module")
def extractors():
    return Extractor(), Extractor(sparse=False)


def test_sparse_is_the_default_with_the_packaged_rules(extractors):
    assert extractors[0].finder is not None and extractors[1].finder is None


def test_sparse_same_facts_as_the_whole_note(extractors):
    sparse, whole = extractors
    differ = []
    total = 0
    for note in _notes():
        got = [f.to_dict() for f in sparse.extract(note)]
        want = [f.to_dict() for f in whole.extract(note)]
        total += len(want)
        if got != want:
            differ.append(note.note_id)
    assert not differ
    assert total > 1500  # the comparison covered real facts


@pytest.mark.parametrize("text", AWKWARD)
def test_sparse_doc_tokens_sentences_and_sections_are_the_whole_docs(extractors, text):
    sparse, whole = extractors
    plan = sparse.finder.plan(text)
    if plan is None or not plan.has_targets:
        return
    doc, full = sparse.doc(text), whole.nlp(text)
    real = {(t.idx, t.text, t.whitespace_) for t in doc if not doc._.cm_opaque[t.i]}
    assert real <= {(t.idx, t.text, t.whitespace_) for t in full}
    assert len(doc.text) == len(text)
    assert [doc[i].idx for i in doc._.cm_sent_starts] == [full[i].idx for i in full._.cm_sent_starts]
    as_chars = lambda d: [(s.category, d[s.header_start].idx, d[s.body_start - 1].idx) for s in d._.cm_sections]
    assert as_chars(doc) == as_chars(full)
    spans = lambda d: [(s.start_char, s.end_char, s.label_) for s, _ in d._.cm_targets]
    assert spans(doc) == spans(full)


def test_sparse_note_without_candidates_is_not_tokenized(extractors):
    plan = extractors[0].finder.plan("Weather is nice today. Nothing else.")
    assert plan is not None and not plan.has_targets and plan.regions == ()
    assert extractors[0].doc("Weather is nice today.") is None


def test_sparse_regions_cover_the_candidate_sentence_and_a_word_either_side(extractors):
    text = "Alpha beta. Gamma had pembrolizumab today. Delta epsilon. Zeta."
    plan = extractors[0].finder.plan(text)
    assert plan.has_targets
    [(start, end)] = plan.regions
    assert text[start:end] == "beta. Gamma had pembrolizumab today. Delta "


@pytest.mark.parametrize(
    "text,found",
    [
        ("I cannot go.", True),  # "cannot" is split can|not by the tokenizer: "not" may match
        ("A knot.", False),  # "not" inside a word that is never split
        ("Not now.", True),
        ("5mm", True),  # a digit-letter boundary can split
    ],
)
def test_candidates_hit_only_where_the_tokenizer_can_split(text, found):
    nlp = blank_nlp()
    finder = CandidateFinder.for_rules(nlp.tokenizer, [TargetRule("not", "X"), TargetRule("mm", "X")], [])
    assert finder.plan(text).has_targets is found


def test_candidates_rule_without_a_word_means_whole_notes():
    nlp = blank_nlp()
    rules = [TargetRule("a number", "X", pattern=[{"LIKE_NUM": True}])]
    assert CandidateFinder.for_rules(nlp.tokenizer, rules, []) is None


def test_sparse_doc_placeholders_keep_offsets():
    nlp = blank_nlp()
    finder = CandidateFinder.for_rules(nlp.tokenizer, [TargetRule("effusion", "X")], [])
    text = "First sentence here.  Second one.\n\nThe effusion grew.\nLast."
    doc = sparse_doc(nlp.tokenizer, text, finder.plan(text))
    assert len(doc.text) == len(text)
    effusion = next(t for t in doc if t.text == "effusion")
    assert text[effusion.idx:effusion.idx + 8] == "effusion"
    assert doc[0].text == "_" * len("First sentence here.") and doc._.cm_opaque[0] == 1
    assert doc[0].whitespace_ == " " and doc[1].text == " "  # two spaces: one on the token, one a token
