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
from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..resources import PatternSet
from .anchored import AnchoredMatcher, relative_offsets
from .rules import import_medspacy, run_matcher, load_context
from .sentences import log, reading, sentence_bounds, sentence_index

# Bound on the cues of one sentence: ConText pairs every cue with every cue and every target.
# A sentence with more keeps the cues nearest its targets (like medspaCy's max_targets /
# max_scope, a cue far away modifies nothing). The most in one sentence of the annotated
# notes and 4,966 MTSamples notes is 58 (several rules may match one cue).
MAX_CUES_PER_SENTENCE = 128

FLAG_OF_CATEGORY = {
    "NEGATED_EXISTENCE": "negated",
    "POSSIBLE_EXISTENCE": "uncertain",
    "HISTORICAL": "historical",
    "HYPOTHETICAL": "hypothetical",
    "FAMILY": "family",
    "PROTOCOL": "protocol",
    # "the study drug", "study treatment": the PROMIS plan's, unless its note named another study before
    "STUDY_REFERENCE": "study_reference",
}

if not Doc.has_extension("cm_context"):
    Doc.set_extension("cm_context", default=())


_LINKERS = frozenset({"and", "or", "but", "nor", ",", ";", "&"})


def _clip(cues: list, targets: list[tuple[int, int]], doc: Doc | None = None) -> list:
    """A cue that runs into a target ("No other | other malignancy") keeps only its part
    before the target; medspaCy would let it modify nothing. A cue inside a target is dropped,
    and so is one whose part before the target is only a linking word: in "innumerable and |
    not amenable to resection" the "not" of "and not" is the target's own."""
    kept = []
    for rule, start, end in cues:
        clipped = False
        for t0, t1 in targets:
            if start < t1 and t0 < end:  # overlap
                end = t0 if start < t0 else start
                clipped = True
        if clipped and doc is not None and end > start and all(t.lower_ in _LINKERS for t in doc[start:end]):
            continue
        if end > start:
            kept.append((rule, start, end))
    return kept


def _nearest(cues: list, targets: list[tuple[int, int]]) -> list:
    """The MAX_CUES_PER_SENTENCE cues nearest a target (ties: the earlier cue), in their order."""
    from bisect import bisect_left

    starts = [t0 for t0, _ in targets]

    def distance(cue) -> int:
        _, start, end = cue
        i = bisect_left(starts, start)
        near = [targets[j] for j in (i - 1, i) if 0 <= j < len(targets)]
        return min(max(t0 - end, start - t1, 0) for t0, t1 in near)

    keep = sorted(range(len(cues)), key=lambda n: (distance(cues[n]), cues[n][1], n))[:MAX_CUES_PER_SENTENCE]
    log.warning("%s: a sentence holds %s cues; the %s nearest its targets were kept", reading.get() or "note",
                len(cues), MAX_CUES_PER_SENTENCE)
    return [cues[n] for n in sorted(keep)]


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


def _reading(rule) -> tuple:
    """What a ConText rule does to the targets around its cue."""
    return (rule.category, rule.direction, rule.max_scope, tuple(sorted(rule.allowed_types or ())),
            tuple(sorted(rule.excluded_types or ())), tuple(sorted(rule.terminated_by or ())))


class SentenceContext:
    """Cues are matched only in the sentences that hold targets (phrase and token rules,
    straight on spaCy's matchers; regex rules, if any, through medspaCy's over the note)."""

    def __init__(self, nlp: Language, *, rules: list) -> None:
        MedspacyMatcher = import_medspacy()[0]
        from medspacy.common.util import prune_overlapping_matches
        from medspacy.context.context_graph import ConTextGraph
        from medspacy.context.context_modifier import ConTextModifier

        self._graph_cls, self._modifier_cls, self._prune = ConTextGraph, ConTextModifier, prune_overlapping_matches
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = AnchoredMatcher(nlp.vocab)
        self.rule_map: dict[str, object] = {}
        regex_rules = []
        for n, rule in enumerate(rules):
            key = f"context_{n}"
            if rule.pattern is None:
                self.phrases.add(key, [nlp.make_doc(rule.literal.lower())])
            elif isinstance(rule.pattern, list):
                self.tokens.add(key, rule.pattern)
            else:
                regex_rules.append(rule)
                continue
            self.rule_map[key] = rule
        self.regex = MedspacyMatcher(nlp, name="chartmatch_context_regex", prune=False)
        self.regex.add(regex_rules)
        self.rule_map.update(self.regex.rule_map)
        self._phrase_relative = relative_offsets(nlp.vocab, PhraseMatcher(nlp.vocab, attr="LOWER"))

    def _matches(self, doc: Doc, sentences: list[int]) -> list[tuple[int, int, int]]:
        starts = doc._.cm_sent_starts
        ranges: list[list[int]] = []
        for sent in sorted(sentences):  # consecutive target sentences are matched as one range
            s0 = starts[sent]
            s1 = starts[sent + 1] if sent + 1 < len(starts) else len(doc)
            if ranges and ranges[-1][1] == s0:
                ranges[-1][1] = s1
            else:
                ranges.append([s0, s1])
        matches = []
        lowers = doc.to_array(LOWER)
        for s0, s1 in ranges:
            offset = s0 if self._phrase_relative else 0
            matches.extend((m, a + offset, b + offset) for m, a, b in self.phrases(doc[s0:s1]))
            matches.extend(self.tokens(doc, s0, s1, present=set(lowers[s0:s1].tolist())))
        if self.regex.rules:
            matches.extend(run_matcher(self.regex, doc))
        return self._prune_spans(matches)

    def _prune_spans(self, matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """medspaCy's longest-span pruning between different spans; every rule matching the
        winning span is kept. ("Pneumonia ruled out" and "ruled out pneumonia": the FORWARD
        and BACKWARD "ruled out" rules match the same words, and keeping one of them at random
        would miss the other reading.)"""
        by_span: dict[tuple[int, int], dict[tuple, int]] = {}  # span -> reading -> match id
        strings = self.tokens.vocab.strings
        for match_id, start, end in matches:
            rule = self.rule_map[strings[match_id]]
            # two rules that read the span alike would only repeat the cue: keep the first
            by_span.setdefault((start, end), {}).setdefault(_reading(rule), match_id)
        kept = self._prune([(0, start, end) for start, end in by_span])
        return [(match_id, start, end) for _, start, end in kept for match_id in by_span[(start, end)].values()]

    def __call__(self, doc: Doc) -> Doc:
        targets = doc._.cm_targets
        if not targets:
            doc._.cm_context = ()
            return doc
        by_sentence: dict[int, list[int]] = defaultdict(list)
        for n, (span, _rule) in enumerate(targets):
            by_sentence[sentence_index(doc, span.start)].append(n)
        cues_by_sentence: dict[int, list] = defaultdict(list)
        rule_map, strings = self.rule_map, doc.vocab.strings
        for match_id, start, end in self._matches(doc, list(by_sentence)):
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
            if len(cues) > MAX_CUES_PER_SENTENCE:
                cues = _nearest(cues, spans)
            modifiers = []
            for rule, start, end in sorted(_clip(cues, spans, doc), key=lambda c: (c[1], c[2])):
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
                # a cue matched by two rules of one category (FORWARD and BIDIRECTIONAL) is one cue
                spans = dict.fromkeys((m.category, m.modifier_span) for m in mods)
                cues_seen = tuple((category, doc[a:b].text) for category, (a, b) in spans)
                results[n] = (flags, cues_seen)
        doc._.cm_context = tuple(results)
        return doc


@Language.factory("chartmatch_context", default_config={"patterns": ""})
def make_context(nlp: Language, name: str, *, patterns: str) -> SentenceContext:
    return SentenceContext(nlp, rules=load_context(PatternSet.load(patterns or None)))
