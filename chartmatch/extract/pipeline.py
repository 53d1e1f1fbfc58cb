"""The extraction pipeline: a note in, its facts out.

``build_nlp`` assembles spaCy components from ``patterns/``:
tokenizer → sections → sentences → targets → context. :class:`Extractor` runs it and
turns each Doc into :class:`~chartmatch.extract.facts.Fact` records.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..read.note import Note
from ..resources import PatternSet
from . import context as _context  # noqa: F401  (registers the factories)
from . import sections as _sections  # noqa: F401
from . import sentences as _sentences  # noqa: F401
from . import targets as _targets  # noqa: F401
from .candidates import CandidateFinder
from .facts import Fact, build_facts
from .rules import load_sections, load_values
from .sentences import reading
from .sparse import sparse_doc
from .tokenizer import blank_nlp


def quiet_pyrush() -> None:
    """PyRuSH logs every sentence at DEBUG through loguru; turn off only its own logger."""
    from loguru import logger

    logger.disable("PyRuSH")


def build_nlp(patterns: PatternSet) -> Language:
    quiet_pyrush()
    nlp = blank_nlp()
    config = {"patterns": str(patterns.user_dir or "")}
    nlp.add_pipe("chartmatch_sections", config=config)
    nlp.add_pipe("chartmatch_sentences")
    nlp.add_pipe("chartmatch_targets", config=config)
    nlp.add_pipe("chartmatch_context", config=config)
    return nlp


class Extractor:
    """Facts from notes. Build once, reuse for every note (building costs ~1 s).

    With ``sparse=True`` (the default) each note is first searched for rule candidates
    (``candidates.py``) and only their regions are tokenized and matched (``sparse.py``);
    a note without a candidate costs one search. The facts are the same as with
    ``sparse=False``, which runs the pipeline over the whole note: the reference, also
    used when a rule has nothing to search for."""

    def __init__(self, patterns: PatternSet | None = None, *, sparse: bool = True) -> None:
        self.patterns = patterns or PatternSet.load()
        self.nlp = build_nlp(self.patterns)
        self.section_attributes = load_sections(self.patterns)[1]
        self.values = load_values(self.patterns)  # the value readers' lexicons and tables
        self.finder = None
        if sparse:
            self.finder = CandidateFinder.for_rules(self.nlp.tokenizer, self.nlp.get_pipe("chartmatch_targets").rules,
                                                    self.nlp.get_pipe("chartmatch_sections").rules)

    def doc(self, text: str) -> Doc | None:
        """The processed Doc of a text, or None when no rule can match in it."""
        plan = self.finder.plan(text) if self.finder is not None else None
        if plan is None:
            return self.nlp(text)
        if not plan.has_targets:
            return None
        doc = sparse_doc(self.nlp.tokenizer, text, plan)
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return doc

    def extract(self, note: Note) -> list[Fact]:
        token = reading.set(f"{note.source or '-'}: note {note.patient_id}/{note.note_id}")  # named by a bound's warning
        try:
            doc = self.doc(note.text)
        finally:
            reading.reset(token)
        return [] if doc is None else build_facts(doc, note, self.section_attributes, self.values)
