"""Section detection: clinical headers at the start of a line open a section.

medspaCy's ``Sectionizer`` writes a section object on every token (slow on long notes) and
lets a section run to the next header, so text after a family-history block inherits
``is_family``. This component keeps medspaCy's ``SectionRule`` format and matcher but
stores only section boundaries, and ends the sections marked ``ends_at_blank_line`` in
``sections.json`` at the first blank line.
"""


from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import PatternSet
from .rules import import_medspacy, run_matcher, load_sections
from .sparse import touches_opaque


@dataclass(frozen=True, slots=True)
class Section:
    category: str
    header_start: int  # token indices
    body_start: int
    body_end: int


if not Doc.has_extension("cm_sections"):
    Doc.set_extension("cm_sections", default=())


def section_at(doc: Doc, token_index: int) -> Section | None:
    """The section whose body holds the token, or None (before any header, or past its end)."""
    sections = doc._.cm_sections
    i = bisect_right([s.header_start for s in sections], token_index) - 1
    if i < 0:
        return None
    section = sections[i]
    return section if token_index < section.body_end else None


def _starts_line(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_


def _is_blank_line(token) -> bool:
    return token.is_space and token.text.count("\n") >= 2


class Sectionizer:
    def __init__(self, nlp: Language, *, rules: list, attributes: dict[str, dict]) -> None:
        MedspacyMatcher = import_medspacy()[0]
        self.rules = list(rules)
        self.matcher = MedspacyMatcher(nlp, name="chartmatch_sections", prune=True)
        self.matcher.add(rules)
        self.blank_line_ends = {c for c, a in attributes.items() if a.get("ends_at_blank_line")}

    def __call__(self, doc: Doc) -> Doc:
        headers = []
        for match_id, start, end in run_matcher(self.matcher, doc):
            if touches_opaque(doc, start, end):
                continue  # cannot be a header of the whole note (see sparse.py)
            literal_upper = doc[start:end].text.isupper()
            # A header opens a line; an ALL-CAPS "HEADER:" may also stand inside a line
            # (exports that joined lines, as MTSamples does).
            if _starts_line(doc, start) or (literal_upper and doc[end - 1].text == ":"):
                rule = self.matcher.rule_map[doc.vocab.strings[match_id]]
                headers.append((start, end, rule.category))
        headers.sort()
        sections = []
        for n, (start, end, category) in enumerate(headers):
            body_end = headers[n + 1][0] if n + 1 < len(headers) else len(doc)
            if category in self.blank_line_ends:
                for i in range(end, body_end):
                    if _is_blank_line(doc[i]):
                        body_end = i
                        break
            sections.append(Section(category, start, end, body_end))
        doc._.cm_sections = tuple(sections)
        return doc


@Language.factory("chartmatch_sections", default_config={"patterns": ""})
def make_sectionizer(nlp: Language, name: str, *, patterns: str) -> Sectionizer:
    rules, attributes = load_sections(PatternSet.load(patterns or None))
    return Sectionizer(nlp, rules=rules, attributes=attributes)
