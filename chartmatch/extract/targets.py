"""Target matching: every TargetRule of ``patterns/targets/*.json`` over the note.

medspaCy's ``TargetMatcher`` appends to ``doc.ents`` one span at a time (a quarter of its
cost) and warns on each overlap; this component runs the same ``MedspacyMatcher`` (phrase,
token and regex rules, overlaps pruned to the longest), keeps the spans in
``doc._.cm_targets`` with their rule, and leaves ``doc.ents`` alone.
"""


from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import PatternSet
from .rules import import_medspacy, run_matcher, load_targets

if not Doc.has_extension("cm_targets"):
    Doc.set_extension("cm_targets", default=())


class Targets:
    def __init__(self, nlp: Language, *, rules: list) -> None:
        MedspacyMatcher = import_medspacy()[0]
        self.matcher = MedspacyMatcher(nlp, name="chartmatch_targets", prune=True)
        self.matcher.add(rules)

    def __call__(self, doc: Doc) -> Doc:
        rule_map = self.matcher.rule_map
        strings = doc.vocab.strings
        spans = []
        for match_id, start, end in sorted(run_matcher(self.matcher, doc), key=lambda m: (m[1], m[2])):
            rule = rule_map[strings[match_id]]
            span = Span(doc, start, end, label=rule.category)
            spans.append((span, rule))
        doc._.cm_targets = tuple(spans)
        return doc


@Language.factory("chartmatch_targets", default_config={"patterns": ""})
def make_targets(nlp: Language, name: str, *, patterns: str) -> Targets:
    return Targets(nlp, rules=load_targets(PatternSet.load(patterns or None)))
