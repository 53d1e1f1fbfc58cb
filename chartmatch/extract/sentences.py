"""A fast sentence splitter for clinical notes.

PyRuSH (medspaCy's default) is accurate but runs its rule engine in pure Python and costs
~80% of the default pipeline. Clinical notes mark most boundaries with layout, so this
splitter finds them with one regular-expression pass over the text:

- a line break, unless the next line continues the previous one in lower case;
- a blank line, always;
- ``. ! ?`` followed by space and a letter, digit or bullet, unless the dot ends a known
  abbreviation (Dr., vs., e.g., approx.) — terse notes start sentences in lower case too
  ("... in 2010. s/p MAP");
- a section header ends its own sentence ("HPI: No fever." gives "HPI:" | "No fever.").

Boundaries are set as ``token.is_sent_start``, so ``doc.sents`` works as usual, and kept
as a sorted tuple of sentence-start token indices in ``doc._.cm_sent_starts``.
"""


import logging
import re
from bisect import bisect_right
from contextvars import ContextVar

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "st", "jr", "sr", "no", "fig",
    "cf", "etc", "inc", "dept", "pt", "pts", "hx", "dx", "tx", "sx", "b.i.d", "t.i.d", "q.d",
    "p.o", "i.v", "mg", "min", "max", "vol", "ca", "al",
    # German letters: "V.a. Lungenmetastasen" (suspected), "Z.n. Amputation", "St.p.", "Geb. 03.04.2010"
    "v.a", "z.n", "st.p", "geb", "a.e", "i.v.m", "bds", "vgl", "ggf", "bzw", "u.a", "z.b", "evtl",
}
_BOUNDARY = re.compile(
    r"(?P<blank>\n[ \t\r]*\n\s*)"
    r"|(?P<line>\r?\n[ \t]*)(?=\S)"
    r"|(?<=[.!?])(?P<stop>[\"')\]]?[ \t]+)(?=[A-Za-z0-9•\-*(\[\"])"
    # a dictation export that flattened its line breaks: "... stable.,IMPRESSION: ..."
    r"|(?<=[.!?;]),(?P<glued>)(?=[A-Z][A-Za-z /&-]{1,40}:)"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NAME_AFTER = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=[,);]|\.(?:\s|$)|$)")  # a surname that ends its phrase
_INITIAL_BEFORE = frozenset(" \t\n\r(,:/")  # what stands before an initial: a space, '(', ',', ':', '/'


# Bound on a sentence's length. Every fact reads its sentence (values, dates, status) and ConText
# pairs every cue with every target of a sentence, so one endless "sentence" ('HIV ' x 16,000,
# a note without full stops or line breaks) would cost quadratically. A sentence longer than
# this is cut at the first space after each MAX_SENTENCE_CHARS characters: the cost of a note
# stays linear in its length, and its facts are kept. No ordinary note comes near it (the
# longest sentence in the annotated notes and 4,966 MTSamples notes has 1,530 characters).
MAX_SENTENCE_CHARS = 2000
_NEXT_WORD = re.compile(r"\s+(?=\S)")
log = logging.getLogger("chartmatch.extract")
# where the note being read came from ("file:line"), for the warning when a bound is hit
reading: ContextVar[str] = ContextVar("chartmatch_reading", default="")

if not Doc.has_extension("cm_boundaries"):  # offsets found beforehand (sparse.py)
    Doc.set_extension("cm_boundaries", default=None)
if not Doc.has_extension("cm_sent_starts"):
    Doc.set_extension("cm_sent_starts", default=(0,))


# a line that ends in a linking word or a comma goes on in the next line
_OPEN_END = re.compile(r"(?:[,(/&+-]|\b(?:and|or|nor|but|with|without|of|to|for|the|a|an|in|on|at|by|from|"
                       r"than|as|per|into|onto|over|under|after|before|since|until|whose|which|that|due|plus|"
                       r"vs|versus|not|no|is|are|was|were|has|have|had|be|been))$", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?:[\"')\]]?)(?:\s|$)")


def _utterances(text: str) -> bool:
    """Whether a note's lines are its sentences though they start in lower case: three lines or
    more and no full stop anywhere ("she reports her period is late serum hcg positive\necog 1\n
    plan ..." dictated by voice recognition, one utterance a line)."""
    return text.count("\n") >= 2 and not _SENTENCE_STOP.search(text)


def boundary_offsets(text: str) -> list[int]:
    """Character offsets where a new sentence starts (0 excluded)."""
    offsets = []
    lines_are_sentences: bool | None = None  # read at the first lower-case line start
    for m in _BOUNDARY.finditer(text):
        at = m.end()
        if at >= len(text):
            continue
        if m.lastgroup == "line":
            if text[at].islower():
                k = m.start()
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                if k and text[k - 1] not in ".:;!?":
                    if lines_are_sentences is None:
                        lines_are_sentences = _utterances(text)
                    if not lines_are_sentences or _OPEN_END.search(text, text.rfind("\n", 0, k) + 1, k):
                        continue  # a wrapped line
        elif m.lastgroup == "stop":
            if text[m.start() - 1] == "?" and (m.start() < 2 or text[m.start() - 2] in " \t\n(-\u2013\u2014/:,;"):
                continue  # a query mark before a word, not a question: "- ? SLE", "(? steroids)"
            w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if w and w.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if (w and len(w.group(1)) == 1 and w.group(1).isupper()
                    and (w.start() == 0 or text[w.start() - 1] in _INITIAL_BEFORE) and _NAME_AFTER.match(text, at)):
                continue  # an initial before a name: "coordinator: L. Brandt, CRC", "Dr J. Smith, MD" (not "B. There is")
            # a lower-case start ("... 2010. s/p MAP") after a real word, not after "e.g." / "approx."
            if text[at].islower() and (w is None or len(w.group(1).rstrip(".")) < 2 or "." in w.group(1).rstrip(".")):
                if not text[m.start() - 2 : m.start() - 1].isdigit():  # the character before the period
                    continue
        offsets.append(at)
    return _bounded(text, offsets)


def _bounded(text: str, offsets: list[int]) -> list[int]:
    """``offsets`` with a sentence start added after every MAX_SENTENCE_CHARS characters of a
    longer sentence (at the start of the next word); a note that needs one is logged."""
    if len(text) <= MAX_SENTENCE_CHARS:
        return offsets
    out: list[int] = []
    prev = cut = longest = 0
    for at in (*offsets, len(text)):
        if at - prev > MAX_SENTENCE_CHARS:
            longest = max(longest, at - prev)
            while at - prev > MAX_SENTENCE_CHARS:
                m = _NEXT_WORD.search(text, prev + MAX_SENTENCE_CHARS, at)
                if m is None:
                    break
                prev = m.end()
                out.append(prev)
                cut += 1
        if at < len(text):
            out.append(at)
        prev = at
    if cut:
        log.warning("%s: a sentence of %s characters was read in pieces of about %s (%s cuts in the note); its "
                    "facts are kept, but a cue in one piece does not reach a target in another",
                    reading.get() or "note", f"{longest:,}", f"{MAX_SENTENCE_CHARS:,}", f"{cut:,}")
    return out


def sentence_index(doc: Doc, token_index: int) -> int:
    return bisect_right(doc._.cm_sent_starts, token_index) - 1


def sentence_bounds(doc: Doc, token_index: int) -> tuple[int, int]:
    """Token range [start, end) of the sentence holding the token."""
    starts = doc._.cm_sent_starts
    i = bisect_right(starts, token_index) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(doc)


class ClinicalSentences:
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        offsets = doc._.cm_boundaries if doc._.cm_boundaries is not None else boundary_offsets(doc.text)
        found = numpy.searchsorted(doc.to_array(IDX), numpy.asarray(offsets, dtype="int64"), side="left")
        starts = {0, *found[found < len(doc)].tolist()}
        for section in doc._.cm_sections if Doc.has_extension("cm_sections") else ():
            starts.add(section.header_start)
            if section.body_start < len(doc):
                starts.add(section.body_start)
        ordered = tuple(sorted(starts))
        flags = numpy.full((len(doc), 1), -1, dtype="int64")  # SENT_START: 1 starts, -1 does not
        flags[list(ordered), 0] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))  # spaCy stores -1 as its uint64 image
        doc._.cm_sent_starts = ordered
        return doc


@Language.factory("chartmatch_sentences")
def make_sentences(nlp: Language, name: str) -> ClinicalSentences:
    return ClinicalSentences()
