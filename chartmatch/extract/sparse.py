"""A Doc of the whole note in which only the planned regions are tokenized.

Outside the regions each sentence piece is one opaque token followed by its white space,
cut as spaCy's tokenizer cuts it (one space stays on the token, the rest is a white-space
token). An opaque token's text is a placeholder of the same length ("____"): character
offsets hold, sentence starts and blank lines fall where the whole-note Doc has them, and
the vocabulary gains one entry per length, not one per sentence. So ``doc.text`` is the
note only inside the regions: read evidence from the note's text. The components skip
matches that touch an opaque token (``doc._.cm_opaque``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc

from .candidates import Plan

for _name in ("cm_opaque", "cm_regex_matches", "cm_literal_hits"):  # cm_boundaries: sentences.py
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


PLACEHOLDER = "_"


def touches_opaque(doc: Doc, start: int, end: int) -> bool:
    opaque = doc._.cm_opaque
    return opaque is not None and 1 in opaque[start:end]


def sparse_doc(tokenizer, text: str, plan: Plan) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    opaque = bytearray()
    cuts = plan.boundaries

    def add_piece(piece: str) -> None:
        content = piece.rstrip()
        if not content:  # white space only (not made by the planner's cuts, kept safe)
            words.append(piece)
            spaces.append(False)
            opaque.append(0)
            return
        tail = piece[len(content):]
        words.append(PLACEHOLDER * len(content))
        opaque.append(1)
        if tail.startswith(" "):
            spaces.append(True)
            tail = tail[1:]
        else:
            spaces.append(False)
        if tail:
            words.append(tail)
            spaces.append(False)
            opaque.append(0)

    # The regions are tokenized in one call: each ends with white space (or the note), so
    # their concatenation splits exactly where each region alone would.
    regions = plan.regions
    joined = tokenizer("".join(text[a:b] for a, b in regions)) if regions else None
    if joined is not None:
        joined_words = [t.text for t in joined]
        joined_spaces = joined.to_array(SPACY).astype(bool).tolist()
        joined_starts = joined.to_array(IDX).tolist()
    token_at = 0
    at = joined_end = 0
    for start, end in (*regions, (len(text), len(text))):
        if at < start:  # an untokenized stretch: one piece per sentence start inside it
            points = [at, *cuts[bisect_right(cuts, at):bisect_right(cuts, start - 1)], start]
            for a, b in zip(points, points[1:]):
                add_piece(text[a:b])
        if start < end:
            joined_end += end - start
            upto = bisect_left(joined_starts, joined_end, token_at)
            words.extend(joined_words[token_at:upto])
            spaces.extend(joined_spaces[token_at:upto])
            opaque.extend(bytes(upto - token_at))
            token_at = upto
        at = end
    doc = Doc(tokenizer.vocab, words=words, spaces=spaces)
    doc._.cm_opaque = bytes(opaque)
    doc._.cm_boundaries = plan.boundaries
    doc._.cm_regex_matches = plan.regex_matches
    doc._.cm_literal_hits = plan.literal_hits
    return doc
