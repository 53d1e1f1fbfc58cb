"""Token patterns that run only where they can match.

spaCy's ``Matcher`` tries every pattern at every token; with operators (``"OP": "*"``) and
``IN`` lists that is most of the cost of matching a note. Most patterns need one word from
a short list ("ruled" or "rules"; "lansky"): :class:`AnchoredMatcher` groups the patterns
by that word list, one ``Matcher`` per group, and runs a group only over text that
contains one of its words (a pattern whose token is a ``REGEX`` is anchored by the plain
characters the regex needs, "mab" in ``^[a-z]{3,}mabs?$``, found in the lower-cased text). The matches are the same as one ``Matcher`` holding every
pattern would give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the regex parser of the standard library (``sre_parse`` before 3.11)
    from re import _constants, _parser
except ImportError:  # pragma: no cover
    import sre_constants as _constants
    import sre_parse as _parser

import numpy
from spacy.attrs import LOWER
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc


def _required(op: str | None) -> bool:
    """Whether a token under this operator must be there: none, "1", "+", "{2}", "{1,3}"."""
    if op in (None, "1", "+"):
        return True
    return bool(re.fullmatch(r"\{[1-9][0-9]*(,[0-9]*)?\}", op or ""))
_LITERAL_ATTRS = ("LOWER", "ORTH", "TEXT")


def _regex_literal(regex: str) -> str:
    """The longest run of plain characters a regex needs ("mab" in ``^[a-z]{3,}mabs?$``),
    lower-cased; "" when it needs none or cannot be read."""
    try:
        parsed = _parser.parse(regex)
    except (re.error, TypeError):
        return ""
    best = run = ""
    for op, value in parsed:  # the top-level sequence: every item of it must match
        if op is _constants.LITERAL:
            run += chr(value)
        else:
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len).lower()


def regex_needs(regex: str) -> frozenset[str] | None:
    """Lower-cased strings of which any match of the regex holds one (``{"dob", "born",
    "birth", ...}``), or None when that cannot be read from the regex. Look-arounds,
    classes and optional parts give nothing; groups, alternations and repeats of at least
    one are followed."""
    try:
        parsed = _parser.parse(regex)
    except (re.error, TypeError):
        return None
    return _needs(list(parsed))


def _needs(items: list) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, value in items:
        if op is _constants.LITERAL:
            run += chr(value)
            continue
        consider(frozenset((run.lower(),)) if run else None)
        run = ""
        if op is _constants.SUBPATTERN:
            consider(_needs(list(value[-1])))
        elif op is _constants.BRANCH:
            alternatives = [_needs(list(branch)) for branch in value[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1:
            consider(_needs(list(value[2])))
    consider(frozenset((run.lower(),)) if run else None)
    return best


# Words in nearly every clinical sentence: a poor anchor. A pattern is anchored by another
# of its tokens where it has one; patterns that need only such words run everywhere.
FREQUENT = frozenset("""
the of and to a an in on at by for with from as is was are were be been being has had have
did does do not no n't it its this that these those or but if than then so into over after
before about up out all any some more most other such only also very just he she his her him
they them their we our you your i my me there which who what when will would should can could
may might must s 's , . ; : ( ) - / ? patient pt old
""".split())


def anchor_words(pattern: list[dict]) -> frozenset[str] | None:
    """Lower-cased words of which a token pattern needs one, or None if it needs no word.

    Of the pattern's required tokens with literal values, the one with the fewest
    ``FREQUENT`` words, then the longest shortest alternative ("rule" over "is/are/was")."""
    best, best_cost = None, None
    for token in pattern:
        if not _required(token.get("OP")):
            continue
        for attr in _LITERAL_ATTRS:
            value = token.get(attr)
            if isinstance(value, str):
                words = frozenset((value.lower(),))
            elif isinstance(value, dict) and set(value) == {"IN"} and value["IN"]:
                words = frozenset(str(v).lower() for v in value["IN"])
            else:
                continue
            cost = (len(words & FREQUENT), -min(map(len, words)))
            if best_cost is None or cost < best_cost:
                best, best_cost = words, cost
    return best


def anchor_text(pattern: list[dict]) -> str:
    """A string that a pattern without anchor words needs in the lower-cased text: the longest
    literal part of a required token's ``REGEX`` ("" if none)."""
    best = ""
    for token in pattern:
        if not _required(token.get("OP")):
            continue
        for attr in _LITERAL_ATTRS:
            value = token.get(attr)
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                best = max(best, _regex_literal(str(value["REGEX"])), key=len)
    return best


def lower_ids(doc: Doc, start: int = 0, end: int | None = None) -> set[int]:
    """The LOWER hashes of the tokens in ``doc[start:end]``."""
    return set(numpy.unique(doc.to_array(LOWER)[start:end]).tolist()) if len(doc) else set()


def relative_offsets(vocab, matcher: Matcher | PhraseMatcher) -> bool:
    """Whether this spaCy's matcher (an empty one) reports matches in a Span relative to the
    Span (Matcher does in 3.7, PhraseMatcher does not): measured, not assumed."""
    doc = Doc(vocab, words=["x", "z"])
    if isinstance(matcher, PhraseMatcher):
        matcher.add("Z", [Doc(vocab, words=["z"])])
    else:
        matcher.add("Z", [[{"LOWER": "z"}]])
    return matcher(doc[1:2])[0][1] == 0


class AnchoredMatcher:
    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._groups: dict[frozenset[int] | str | None, Matcher] = {}  # LOWER ids, or text, or None
        self._order: dict[int, int] = {}  # match id -> order added
        self._relative = relative_offsets(vocab, Matcher(vocab))
        self._texts = False  # whether any group is anchored by text

    def add(self, key: str, pattern: list[dict]) -> None:
        words = anchor_words(pattern)
        if words is not None and words & FREQUENT:
            words = None  # present nearly everywhere: checking costs more than it saves
        anchor = None if words is None else frozenset(self.vocab.strings.add(w) for w in words)
        if anchor is None and (text := anchor_text(pattern)):
            anchor, self._texts = text, True
        matcher = self._groups.get(anchor)
        if matcher is None:
            matcher = self._groups[anchor] = Matcher(self.vocab)
        matcher.add(key, [pattern])
        self._order[self.vocab.strings.add(key)] = len(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def matchers_for(self, present: Iterable[int], text: str = "") -> list[Matcher]:
        """The groups worth running where the tokens' LOWER hashes are ``present`` and the
        lower-cased text is ``text``."""
        present = set(present)
        return [m for anchor, m in self._groups.items()
                if anchor is None or (anchor in text if isinstance(anchor, str) else not anchor.isdisjoint(present))]

    def __call__(self, doc: Doc, start: int = 0, end: int | None = None,
                 present: set[int] | None = None) -> list[tuple[int, int, int]]:
        """Matches ``(match_id, start, end)`` in ``doc[start:end]``, in doc offsets, ordered by
        start, end and the order the patterns were added."""
        end = len(doc) if end is None else end
        if present is None:
            present = lower_ids(doc, start, end)
        span = doc[start:end]
        text = span.text.lower() if self._texts else ""
        shift = start if self._relative else 0
        found = [(m, a + shift, b + shift) for matcher in self.matchers_for(present, text) for m, a, b in matcher(span)]
        return sorted(found, key=lambda m: (m[1], m[2], self._order[m[0]]))
