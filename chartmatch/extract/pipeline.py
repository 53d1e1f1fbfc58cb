"""The extraction pipeline: a note in, its facts out.

``build_nlp`` assembles spaCy components from ``patterns/``:
tokenizer → sections → sentences → targets → context. :class:`Extractor` runs it and
turns each Doc into :class:`~chartmatch.extract.facts.Fact` records.
"""

from __future__ import annotations

from spacy.language import Language

from ..read.note import Note
from ..resources import PatternSet
from . import context as _context  # noqa: F401  (registers the factories)
from . import sections as _sections  # noqa: F401
from . import sentences as _sentences  # noqa: F401
from . import targets as _targets  # noqa: F401
from .facts import Fact, build_facts
from .rules import load_sections
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
    """Facts from notes. Build once, reuse for every note (building costs ~1 s)."""

    def __init__(self, patterns: PatternSet | None = None) -> None:
        self.patterns = patterns or PatternSet.load()
        self.nlp = build_nlp(self.patterns)
        self.section_attributes = load_sections(self.patterns)[1]

    def doc(self, text: str):
        return self.nlp(text)

    def extract(self, note: Note) -> list[Fact]:
        return build_facts(self.nlp(note.text), note, self.section_attributes)
