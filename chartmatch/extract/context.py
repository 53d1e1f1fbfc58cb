"""ConText, run only in the sentences that hold a target.

medspaCy 1.3.1's ``ConText`` matches modifiers over the whole document and pairs every
target with every modifier (half of its cost), and a component-level ``max_scope`` lets a
cue cross sentence boundaries ("No fever. Cough present." negates cough). This component
keeps medspaCy's rule objects and its scope algebra (``ConTextModifier.limit_scope`` /
``modifies``, ``ConTextGraph``) but builds the graph per sentence, for the sentences
that contain targets, with every scope clipped to its sentence.
"""


from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import PatternSet
from .rules import import_medspacy, run_matcher, load_context
from .sentences import sentence_bounds, sentence_index

FLAG_OF_CATEGORY = {
    "NEGATED_EXISTENCE": "negated",
    "POSSIBLE_EXISTENCE": "uncertain",
    "HISTORICAL": "historical",
    "HYPOTHETICAL": "hypothetical",
    "FAMILY": "family",
    "PROTOCOL": "protocol",
}

if not Doc.has_extension("cm_context"):
    Doc.set_extension("cm_context", default=())


def _clip(cues: list, targets: list[tuple[int, int]]) -> list:
    """A cue that runs into a target ("No other | other malignancy") keeps only its part
    before the target; medspaCy would let it modify nothing. A cue inside a target is dropped."""
    kept = []
    for rule, start, end in cues:
        for t0, t1 in targets:
            if start < t1 and t0 < end:  # overlap
                end = t0 if start < t0 else start
        if end > start:
            kept.append((rule, start, end))
    return kept


def _scope(rule, start: int, end: int, s0: int, s1: int) -> tuple[int, int]:
    """medspaCy's direction semantics, clipped to the sentence [s0, s1)."""
    direction, limit = rule.direction, rule.max_scope
    if direction in ("TERMINATE", "PSEUDO"):
        # They only bound others, where they stand. (A sentence-wide scope would contain a
        # short-scoped cue's scope, which medspaCy's tuple_overlaps does not count as overlap,
        # so "S/p biopsy but hernia seen today" would leave hernia historical.)
        return start, end
    if direction == "FORWARD":
        lo, hi = end, s1
    elif direction == "BACKWARD":
        lo, hi = s0, start
    else:  # BIDIRECTIONAL
        lo, hi = s0, s1
    if limit:
        lo, hi = max(lo, start - limit), min(hi, end + limit)
    return lo, hi


class SentenceContext:
    def __init__(self, nlp: Language, *, rules: list) -> None:
        MedspacyMatcher = import_medspacy()[0]
        from medspacy.context.context_graph import ConTextGraph
        from medspacy.context.context_modifier import ConTextModifier

        self._graph_cls, self._modifier_cls = ConTextGraph, ConTextModifier
        self.matcher = MedspacyMatcher(nlp, name="chartmatch_context", prune=True)
        self.matcher.add(rules)

    def __call__(self, doc: Doc) -> Doc:
        targets = doc._.cm_targets
        if not targets:
            doc._.cm_context = ()
            return doc
        by_sentence: dict[int, list[int]] = defaultdict(list)
        for n, (span, _rule) in enumerate(targets):
            by_sentence[sentence_index(doc, span.start)].append(n)
        cues_by_sentence: dict[int, list] = defaultdict(list)
        rule_map, strings = self.matcher.rule_map, doc.vocab.strings
        for match_id, start, end in run_matcher(self.matcher, doc):
            sent = sentence_index(doc, start)
            if sent in by_sentence:
                cues_by_sentence[sent].append((rule_map[strings[match_id]], start, end))
        results: list[tuple[frozenset[str], tuple[tuple[str, str], ...]]] = [(frozenset(), ())] * len(targets)
        for sent, target_ids in by_sentence.items():
            cues = cues_by_sentence.get(sent)
            if not cues:
                continue
            s0, s1 = sentence_bounds(doc, targets[target_ids[0]][0].start)
            spans = [(targets[n][0].start, targets[n][0].end) for n in target_ids]
            modifiers = []
            for rule, start, end in sorted(_clip(cues, spans), key=lambda c: (c[1], c[2])):
                lo, hi = _scope(rule, start, end, s0, s1)
                modifiers.append(self._modifier_cls(rule, start, end, doc, scope_start=lo, scope_end=hi))
            graph = self._graph_cls(targets=[targets[n][0] for n in target_ids], modifiers=modifiers)
            graph.update_scopes()
            graph.apply_modifiers()
            position = {id(targets[n][0]): n for n in target_ids}
            found: dict[int, list] = defaultdict(list)
            for target, modifier in graph.edges:
                found[position[id(target)]].append(modifier)
            for n, mods in found.items():
                flags = frozenset(FLAG_OF_CATEGORY[m.category] for m in mods if m.category in FLAG_OF_CATEGORY)
                cues_seen = tuple((m.category, doc[m.modifier_span[0]:m.modifier_span[1]].text) for m in mods)
                results[n] = (flags, cues_seen)
        doc._.cm_context = tuple(results)
        return doc


@Language.factory("chartmatch_context", default_config={"patterns": ""})
def make_context(nlp: Language, name: str, *, patterns: str) -> SentenceContext:
    return SentenceContext(nlp, rules=load_context(PatternSet.load(patterns or None)))
