"""Target matching: every TargetRule of ``patterns/targets/*.json`` over the note.

medspaCy's ``TargetMatcher`` appends to ``doc.ents`` one span at a time (a quarter of its
cost) and warns on each overlap; this component matches the same rules with spaCy's
matchers (literal rules checked where the planner found them, or one ``PhraseMatcher``
over a whole-note Doc; token patterns anchored; regexes once over the text), prunes overlaps itself (longest first, deterministic ties), keeps
the spans in ``doc._.cm_targets`` with their rule, and leaves ``doc.ents`` alone.
"""


import json
import re

import numpy

from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..resources import PatternSet
from .anchored import AnchoredMatcher
from .candidates import compact
from .rules import load_targets
from .senses import Sense, sense_of
from .sentences import log, reading, sentence_index
from .sparse import touches_opaque

# Bound on the targets of one sentence: every fact reads its sentence, so a sentence of k
# targets costs k times its length. A sentence with more is read in pieces of this many
# targets (a new sentence starts at the next target); its facts are kept. The most in one
# sentence of the annotated notes and 4,966 MTSamples notes is 11.
MAX_TARGETS_PER_SENTENCE = 32

if not Doc.has_extension("cm_targets"):
    Doc.set_extension("cm_targets", default=())


def _guards(rule) -> tuple:
    meta = rule.metadata or {}
    return tuple(re.compile(meta[k], re.I) if k in meta else None for k in ("unless_prev", "unless_next"))


def _neighbour(doc: Doc, i: int, step: int) -> str:
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i].text if 0 <= i < len(doc) else ""


class Targets:
    """Rule metadata may hold ``unless_prev`` / ``unless_next``: a regex that, matching the
    neighbouring token, rejects the match ("MAP" is the regimen, "MAP 65" a blood pressure),
    and ``fallback: true`` for generic rules that yield to any other rule on the same span."""

    def __init__(self, nlp: Language, *, rules: list) -> None:
        # Literal rules (most of the lexicon) that share a category and metadata yield the same
        # fact, so they share one key.
        self.rules = list(rules)
        self._tokenizer = nlp.tokenizer
        self._groups: dict[str, list] = {}
        self._phrases: PhraseMatcher | None = None  # built on first whole-note Doc
        self.literals: dict[str, list[tuple[int, str]]] = {}  # compacted literal -> (key id, literal)
        self._literal_tokens: dict[str, tuple[str, ...]] = {}  # tokenized when first needed
        patterned = []
        self.regexes: list[tuple[str, re.Pattern]] = []  # run once over doc.text, not per rule
        regex_rules: dict[str, object] = {}
        self.rule_map: dict[str, object] = {}
        strings = nlp.vocab.strings
        for rule in rules:
            if rule.pattern is None:
                key = "T:" + rule.category + ":" + json.dumps(rule.metadata or {}, sort_keys=True)
                if key not in self._groups:
                    self._groups[key] = []
                    self.rule_map[key] = rule
                self._groups[key].append(rule)
                literal = rule.literal.lower()
                self.literals.setdefault(compact(literal), []).append((strings.add(key), literal))
            elif isinstance(rule.pattern, str):
                key = f"R:{len(self.regexes)}"
                self.regexes.append((key, re.compile(rule.pattern, re.IGNORECASE)))  # as medspaCy compiles them
                regex_rules[key] = rule
            else:
                patterned.append(rule)
        self.rule_map.update(regex_rules)
        self.tokens = AnchoredMatcher(nlp.vocab)  # token patterns, each run only where its word is
        for n, rule in enumerate(patterned):
            key = f"P:{n}:{rule.category}"
            self.tokens.add(key, rule.pattern)
            self.rule_map[key] = rule
        self._guards = {key: _guards(rule) for key, rule in self.rule_map.items()}
        self._senses = {key: sense_of(rule) for key, rule in self.rule_map.items()}
        self._order = {strings.add(key): n for n, key in enumerate(self.rule_map)}

    @property
    def phrases(self) -> PhraseMatcher:
        """Every literal rule in one PhraseMatcher, for Docs of whole notes (added group by
        group in one call each: one rule at a time, as MedspacyMatcher does, takes seconds)."""
        if self._phrases is None:
            self._phrases = PhraseMatcher(self._tokenizer.vocab, attr="LOWER")
            texts = [r.literal.lower() for group in self._groups.values() for r in group]
            docs = iter(self._tokenizer.pipe(texts))
            for key, group in self._groups.items():
                self._phrases.add(key, [next(docs) for _ in group])
        return self._phrases

    def _literal_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Literal rules where the planner found them (``doc._.cm_literal_hits``): the tokens
        from the hit on must be the literal's tokens, as the PhraseMatcher requires."""
        hits = doc._.cm_literal_hits
        if hits is None:
            return list(self.phrases(doc))
        starts = doc.to_array(IDX)
        found = set()
        for text, at in hits:
            i = int(numpy.searchsorted(starts, at))
            if i >= len(doc) or starts[i] != at:
                continue
            for key_id, literal in self.literals.get(text, ()):
                lowers = self._literal_tokens.get(literal)
                if lowers is None:
                    lowers = self._literal_tokens[literal] = tuple(t.lower_ for t in self._tokenizer(literal))
                end = i + len(lowers)
                if end <= len(doc) and all(doc[i + k].lower_ == w for k, w in enumerate(lowers)):
                    found.add((key_id, i, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _regex_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Regex rules as medspaCy runs them (snapped outward to token boundaries), but over
        one copy of the text: medspaCy's RegexMatcher rebuilds the text for every rule."""
        if not self.regexes:
            return []
        strings, found = doc.vocab.strings, []
        matches = doc._.cm_regex_matches  # found by the planner already (candidates.py), same order
        if matches is None:
            matches = [(n, m.start(), m.end()) for n, (_, rx) in enumerate(self.regexes) for m in rx.finditer(doc.text)]
        for n, start, end in matches:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                found.append((strings.add(self.regexes[n][0]), span.start, span.end))
        return found

    def __call__(self, doc: Doc) -> Doc:
        rule_map = self.rule_map
        strings = doc.vocab.strings
        candidates = []
        for match_id, start, end in [*self._literal_matches(doc), *self.tokens(doc), *self._regex_matches(doc)]:
            if touches_opaque(doc, start, end):
                continue  # cannot be a match of the whole note (see sparse.py)
            key = strings[match_id]
            prev_rx, next_rx = self._guards[key]
            if prev_rx is not None and prev_rx.search(_neighbour(doc, start - 1, -1)):
                continue
            if next_rx is not None and next_rx.search(_neighbour(doc, end, 1)):
                continue
            rule = rule_map[key]
            category = rule.category
            sense = self._senses[key]
            if sense is not None:
                category = sense.category(doc, start, end, category)
                if category is None:
                    continue
            candidates.append((start, end, bool((rule.metadata or {}).get("fallback")), match_id, rule, category))
        # Longest match wins; on the same span a specific rule beats a fallback; then the
        # earlier start, then the rule added first (match ids are stable per rule set).
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0], self._order[c[3]]))
        taken = bytearray(len(doc))
        spans = []
        for start, end, _, _, rule, category in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            spans.append((Span(doc, start, end, label=category), rule))
        spans.sort(key=lambda sr: (sr[0].start, sr[0].end))
        doc._.cm_targets = tuple(spans)
        if len(spans) > MAX_TARGETS_PER_SENTENCE:
            _bound_targets(doc, [(span.start, span.end) for span, _ in spans])
        return doc


def _bound_targets(doc: Doc, targets: list[tuple[int, int]]) -> None:
    """Cut a sentence of more than MAX_TARGETS_PER_SENTENCE targets after every such run of
    targets (right after the last one's end, so the next target keeps the cue before it)."""
    starts = doc._.cm_sent_starts
    added: list[int] = []
    last, count, prev_end = None, 0, 0
    for start, end in targets:
        sent = sentence_index(doc, start)
        count = count + 1 if sent == last else 1
        last = sent
        if count > MAX_TARGETS_PER_SENTENCE and prev_end > max(starts[sent], added[-1] if added else 0):
            added.append(prev_end)
            count = 1
        prev_end = end
    if not added:
        return
    for i in added:
        doc[i].is_sent_start = True
    doc._.cm_sent_starts = tuple(sorted({*starts, *added}))
    log.warning("%s: a sentence holds more than %s targets; it was read in pieces of %s (%s cuts); its facts are "
                "kept, but a cue in one piece does not reach a target in another", reading.get() or "note",
                MAX_TARGETS_PER_SENTENCE, MAX_TARGETS_PER_SENTENCE, len(added))


@Language.factory("chartmatch_targets", default_config={"patterns": ""})
def make_targets(nlp: Language, name: str, *, patterns: str) -> Targets:
    return Targets(nlp, rules=load_targets(PatternSet.load(patterns or None)))
