"""The arithmetic of evaluation, done by scikit-learn; spans matched one-to-one, never dropped."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sklearn.metrics import (accuracy_score, average_precision_score, confusion_matrix,
                             precision_recall_fscore_support)

from .. import records

VERDICTS = list(records.VERDICTS)  # label lists for scikit-learn, in the records' order
STATUSES = list(records.STATUSES)


def classification(y_true: Sequence[str], y_pred: Sequence[str], labels: list[str]) -> dict:
    """Per-class P/R/F1/support, macro-F1, accuracy and the confusion matrix (rows gold, columns predicted)."""
    if not y_true:
        return {"n": 0}
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    present = [i for i, label in enumerate(labels) if s[i] > 0 or label in y_pred]
    return {
        "n": len(y_true),
        "accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
        "macro_f1": round(float(sum(f[i] for i in present) / len(present)), 4) if present else 0.0,
        "per_class": {label: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4),
                              "f1": round(float(f[i]), 4), "support": int(s[i])} for i, label in enumerate(labels)},
        "labels": labels,
        "confusion": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
    }


def ranking(gold_eligible: Sequence[bool], predicted_rank: Sequence[int], ks=(5, 10, 20)) -> dict:
    """Average precision of the gold-eligible patients under the predicted order, and precision@k."""
    out: dict = {"n": len(gold_eligible), "eligible": int(sum(gold_eligible))}
    if not gold_eligible:
        return out
    scores = [-r for r in predicted_rank]  # rank 1 is the likeliest
    out["average_precision"] = round(float(average_precision_score(gold_eligible, scores)), 4) if any(gold_eligible) else None
    order = sorted(range(len(predicted_rank)), key=lambda i: predicted_rank[i])
    for k in ks:
        top = order[:k]
        if top:
            out[f"precision_at_{k}"] = round(sum(gold_eligible[i] for i in top) / len(top), 4)
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of the same label: exact offsets when
    strict, else any overlap (largest overlap first, then position, for determinism)."""
    candidates = []
    for i, (gs, ge, gl) in enumerate(gold):
        for j, (ps, pe, pl) in enumerate(pred):
            if gl != pl:
                continue
            if strict and (gs, ge) == (ps, pe):
                candidates.append((-(ge - gs), i, j))
            elif not strict and _overlap((gs, ge), (ps, pe)) > 0:
                candidates.append((-_overlap((gs, ge), (ps, pe)), i, j))
    pairs, used_g, used_p = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs


def span_scores(notes: dict[str, tuple[list, list]], flags: Sequence[str]) -> dict:
    """``notes`` maps note id -> (gold spans, predicted spans), each ``(start, end, label, flagset)``.

    Returns strict and overlap P/R/F1 per label and overall, the counts of unmatched and
    misaligned spans, and P/R/F1 of each flag over the overlap-matched pairs.
    """
    counts = {mode: defaultdict(lambda: [0, 0, 0]) for mode in ("strict", "overlap")}
    flag_counts = {flag: [0, 0, 0] for flag in flags}
    misaligned = wrong_label = 0
    for note_id in sorted(notes):
        gold, pred = notes[note_id]
        g3 = [(s, e, label) for s, e, label, _ in gold]
        p3 = [(s, e, label) for s, e, label, _ in pred]
        for mode in ("strict", "overlap"):
            pairs = match_spans(g3, p3, strict=mode == "strict")
            matched_g, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
            for i, _ in pairs:
                counts[mode][gold[i][2]][0] += 1
            for i, g in enumerate(gold):
                if i not in matched_g:
                    counts[mode][g[2]][2] += 1
            for j, p in enumerate(pred):
                if j not in matched_p:
                    counts[mode][p[2]][1] += 1
            if mode == "overlap":
                misaligned += sum(1 for i, j in pairs if (gold[i][0], gold[i][1]) != (pred[j][0], pred[j][1]))
                for i, j in pairs:
                    for flag in flags:
                        g, p = flag in gold[i][3], flag in pred[j][3]
                        flag_counts[flag][0] += g and p
                        flag_counts[flag][1] += p and not g
                        flag_counts[flag][2] += g and not p
                unmatched_g = [i for i in range(len(gold)) if i not in matched_g]
                wrong_label += sum(1 for i in unmatched_g for p in pred
                                   if p[2] != gold[i][2] and _overlap(gold[i][:2], p[:2]) > 0)
    out: dict = {}
    for mode, per_label in counts.items():
        total = [sum(v[k] for v in per_label.values()) for k in range(3)]
        out[mode] = {"overall": prf(*total), "per_label": {label: prf(*v) for label, v in sorted(per_label.items())}}
    out["misaligned"] = misaligned
    out["overlapping_with_other_label"] = wrong_label
    out["flags"] = {flag: prf(*v) for flag, v in flag_counts.items()}
    return out
