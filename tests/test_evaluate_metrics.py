"""Evaluation arithmetic on tiny hand-built gold; every expected figure is worked out by hand."""

import pytest

from chartmatch.evaluate.metrics import classification, match_spans, prf, ranking, span_scores

VERDICTS = ["met", "not_met", "unknown"]


def test_metrics_classification_by_hand():
    gold = ["met", "met", "not_met", "unknown", "unknown"]
    pred = ["met", "unknown", "not_met", "unknown", "met"]
    m = classification(gold, pred, VERDICTS)
    # met: tp 1 (first), fp 1 (last), fn 1 (second) -> P 1/2, R 1/2, F1 1/2
    assert m["per_class"]["met"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    # not_met: tp 1, no fp, no fn -> 1.0
    assert m["per_class"]["not_met"]["f1"] == 1.0
    # unknown: tp 1 (fourth), fp 1 (second), fn 1 (fifth) -> 0.5
    assert m["per_class"]["unknown"]["f1"] == 0.5
    assert m["accuracy"] == 0.6
    assert m["macro_f1"] == pytest.approx((0.5 + 1.0 + 0.5) / 3, abs=1e-4)
    assert m["confusion"] == [[1, 0, 1], [0, 1, 0], [1, 0, 1]]


def test_metrics_ranking_average_precision_by_hand():
    # predicted order: ranks 1..4; gold eligible at ranks 1 and 3.
    # AP = (1/1 + 2/3) / 2 = 0.8333
    m = ranking([True, False, True, False], [1, 2, 3, 4], ks=(1, 2, 4))
    assert m["average_precision"] == pytest.approx(0.8333, abs=1e-4)
    assert m["precision_at_1"] == 1.0
    assert m["precision_at_2"] == 0.5
    assert m["precision_at_4"] == 0.5


def test_metrics_prf_zero_division():
    assert prf(0, 0, 0) == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(3, 1, 2)["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35, abs=1e-4)


@pytest.mark.parametrize(
    "gold,pred,strict,pairs",
    [
        ([(0, 5, "A")], [(0, 5, "A")], True, [(0, 0)]),
        ([(0, 5, "A")], [(0, 4, "A")], True, []),
        ([(0, 5, "A")], [(0, 4, "A")], False, [(0, 0)]),
        ([(0, 5, "A")], [(0, 5, "B")], False, []),  # same place, other label: no match
        # one predicted span overlapping two gold spans matches only the larger overlap
        ([(0, 4, "A"), (5, 12, "A")], [(2, 12, "A")], False, [(1, 0)]),
    ],
)
def test_metrics_match_spans_one_to_one(gold, pred, strict, pairs):
    assert match_spans(gold, pred, strict) == pairs


def test_metrics_span_scores_count_every_span():
    none = frozenset()
    notes = {
        "n1": (
            [(0, 5, "HIV", frozenset({"negated"})), (10, 20, "OSTEOSARCOMA", none), (30, 35, "AGE", none)],
            [(0, 5, "HIV", frozenset({"negated"})), (10, 18, "OSTEOSARCOMA", frozenset({"historical"})),
             (30, 35, "DOB", none), (40, 45, "HIV", none)],
        )
    }
    s = span_scores(notes, ["negated", "historical"])
    # strict: HIV tp 1; OSTEOSARCOMA fn 1 + fp 1 (misaligned); AGE fn 1; DOB fp 1; 2nd HIV fp 1
    assert s["strict"]["overall"] == prf(1, 3, 2)
    # overlap: HIV tp1 fp1, OSTEOSARCOMA tp1, AGE fn1, DOB fp1
    assert s["overlap"]["overall"] == prf(2, 2, 1)
    assert s["overlap"]["per_label"]["AGE"] == prf(0, 0, 1)
    assert s["misaligned"] == 1
    assert s["overlapping_with_other_label"] == 1  # AGE gold overlapped by the DOB prediction
    assert s["flags"]["negated"] == prf(1, 0, 0)
    assert s["flags"]["historical"] == prf(0, 1, 0)


@pytest.mark.parametrize("target, sentence, expected", [
    ("chest pain", "Pain: he has CHEST PAIN like the chest pain of his last admission.", (13, 23)),   # the upper-case one
    ("wound", "The WOUND was irrigated and the WOUND closed.", None),                             # two alike: not placed
    ("bowel   distention", "Mild BOWEL DISTENTION.", (5, 21)),                                    # spacing as exported
    ("orthotopic heart transplantatio", "Findings consistent with ORTHOTOPIC HEART TRANSPLANTATIOn.", (25, 56)),
    ("edema", "No cyanosis.", None),
])
def test_evaluate_context_places_the_annotated_occurrence(target, sentence, expected):
    from chartmatch.evaluate.context_eval import place_target

    assert place_target(target, sentence) == expected
