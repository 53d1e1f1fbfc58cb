"""Where in a note a rule could match: the parts worth tokenizing.

Most of a clinical note matches no rule: in MTSamples prose five sentences in six hold no
target. Before spaCy sees a note, one Aho-Corasick pass over the lower-cased text with
its spaces removed finds every place where a literal rule, a section header, or the
anchor word of a token pattern could match (a literal matches tokens whatever single
spaces stand between them, so spaces are removed on both sides); regex rules run once
over the text. :class:`Plan` then names the regions to tokenize: the whole sentence of
every target candidate (ConText reads the sentence) with one word either side (rule guards
read the neighbouring token), and the words of every header candidate. The rest of the
note becomes one opaque token per sentence piece (see ``sparse.py``).

The search only over-approximates: a hit inside a word ("ra" in "brain") is dropped only
where the tokenizer cannot split ("n|t" in "brain", but "5|mm", "can|not", CJK characters
are kept), so every match of the full pipeline lies inside a tokenized region.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import ahocorasick_rs
import numpy

from .anchored import anchor_text, anchor_words, regex_needs
from .sentences import boundary_offsets

TARGET, HEADER, INSIDE, SPLIT = 1, 2, 4, 8  # kinds of search string (bits)


@dataclass(frozen=True, slots=True)
class Plan:
    boundaries: tuple[int, ...]  # sentence starts by layout and punctuation (0 excluded; () without targets)
    regions: tuple[tuple[int, int], ...]  # character ranges to tokenize, sorted, disjoint
    regex_matches: tuple[tuple[int, int, int], ...]  # (regex rule index, start, end)
    literal_hits: tuple[tuple[str, int], ...]  # (compacted target string, start) of every hit
    has_targets: bool  # whether any target could match at all


def compact(text: str) -> str:
    """Lower-cased, without spaces: how the search sees a rule string and the note."""
    return text.lower().replace(" ", "")


def _split_words(tokenizer) -> set[str]:
    """Special cases the tokenizer splits between two letters or digits ("cannot" -> can|not,
    "id" -> i|d): inside them a word boundary is possible where letters run on."""
    words = set()
    for key, pieces in tokenizer.rules.items():
        at = 0
        for piece in pieces[:-1]:
            at += len(piece.get(65, piece.get("ORTH", "")))  # 65 == spacy.attrs.ORTH
            if 0 < at < len(key) and key[at - 1].isalnum() and key[at].isalnum():
                words.add(compact(key))
                break
    return words


class CandidateFinder:
    """Built from a pipeline's rules by :meth:`for_rules`; ``plan(text)`` per note."""

    def __init__(self, strings: dict[str, int], regexes: list[re.Pattern]) -> None:
        keys = sorted(strings)
        self._keys = keys
        self._ac = ahocorasick_rs.AhoCorasick(keys)
        self._kinds = numpy.array([strings[k] for k in keys], dtype=numpy.int8)
        self._regexes = regexes
        # what each regex needs in the text, to skip it on notes without it (ASCII notes only:
        # under IGNORECASE "K" (Kelvin sign) matches "k", which lower-casing does not show)
        self._needs = [regex_needs(rx.pattern) for rx in regexes]

    @classmethod
    def for_rules(cls, tokenizer, targets: list, sections: list) -> CandidateFinder | None:
        """None when a rule has nothing to search for (a token pattern of only ``LIKE_NUM``):
        then every note must be tokenized whole."""
        strings: dict[str, int] = {}

        def add(text: str, kind: int) -> None:
            if text:
                strings[text] = strings.get(text, 0) | kind

        regexes = []
        for rules, kind in ((targets, TARGET), (sections, HEADER)):
            for rule in rules:
                if rule.pattern is None:
                    add(compact(rule.literal), kind)
                elif isinstance(rule.pattern, str):
                    if kind == HEADER:
                        return None
                    regexes.append(re.compile(rule.pattern, re.IGNORECASE))  # as medspaCy compiles them
                elif (words := anchor_words(rule.pattern)) is not None:
                    for word in words:
                        add(compact(word), kind)
                elif text := anchor_text(rule.pattern):
                    add(compact(text), kind | INSIDE)
                else:
                    return None
        for word in _split_words(tokenizer):
            add(word, SPLIT)
        return cls(strings, regexes)

    def plan(self, text: str) -> Plan | None:
        """None for text whose lower-casing changes its length or context ('İ', final 'Σ'):
        such a note is tokenized whole."""
        lower = text.lower()
        if len(lower) != len(text) or "Σ" in text:
            return None
        targets, literal_hits, headers = self._search(lower)
        ascii = text.isascii()
        regex_matches = tuple((n, m.start(), m.end()) for n, rx in enumerate(self._regexes)
                              if not ascii or self._needs[n] is None or any(s in lower for s in self._needs[n])
                              for m in rx.finditer(text) if m.end() > m.start())
        targets += [(a, b) for _, a, b in regex_matches]
        if not targets:
            return Plan((), (), (), (), False)  # nothing to tokenize: sentences not needed either
        boundaries = tuple(boundary_offsets(text))
        sentence_starts = (0, *boundaries)
        regions = []
        for sentence in sorted({i for a, b in targets
                                for i in range(bisect_right(sentence_starts, a) - 1, bisect_left(sentence_starts, b))}):
            s0 = sentence_starts[sentence]
            s1 = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(text)
            regions.append((_word_before(text, s0), _word_after(text, s1)))
        for a, b in headers:
            regions.append((_word_start(text, a), _word_after(text, _word_start(text, b - 1))))
        if text[:1].isspace():  # leading white space: tokenized with the first word, as a whole note would be
            regions.append((0, _word_after(text, _word_after(text, 0))))
        return Plan(boundaries, _merge(regions), regex_matches, literal_hits, True)

    def _search(self, lower: str) -> tuple[list, tuple, list]:
        """Target candidate spans, literal hits (string, start) and header spans in the text."""
        hits = self._ac.find_matches_as_indexes(lower.replace(" ", ""), overlapping=True)
        if not hits:
            return [], (), []
        codes = numpy.frombuffer(lower.encode("utf-32-le"), dtype=numpy.uint32)
        kept = numpy.flatnonzero(codes != 32)  # compacted index -> text offset
        # 1 letter, 2 digit, 0 anything else (non-ASCII too: a boundary is always possible there)
        kind_of_char = numpy.zeros(len(codes) + 1, dtype=numpy.int8)
        kind_of_char[:-1][(codes >= 97) & (codes <= 122)] = 1
        kind_of_char[:-1][(codes >= 48) & (codes <= 57)] = 2
        found = numpy.array(hits, dtype=numpy.int64).reshape(-1, 3)
        kinds = self._kinds[found[:, 0]]
        starts, ends = kept[found[:, 1]], kept[found[:, 2] - 1] + 1
        ok_start, ok_end = _boundary(kind_of_char, starts), _boundary(kind_of_char, ends)
        free = numpy.zeros(len(codes) + 1, dtype=bool)  # inside a split word: any boundary possible
        split = ((kinds & SPLIT) > 0) & ok_start & ok_end
        for a, b in zip(starts[split].tolist(), ends[split].tolist()):
            free[a + 1:b] = True
        ok = ((ok_start | free[starts]) & (ok_end | free[ends])) | ((kinds & INSIDE) > 0)
        targeted = ok & ((kinds & (TARGET | INSIDE)) > 0)
        literal = targeted & ((kinds & TARGET) > 0)
        header = ok & ((kinds & HEADER) > 0)
        keys = self._keys
        return (list(zip(starts[targeted].tolist(), ends[targeted].tolist())),
                tuple(zip([keys[k] for k in found[literal, 0].tolist()], starts[literal].tolist())),
                list(zip(starts[header].tolist(), ends[header].tolist())))


def _boundary(kind_of_char: numpy.ndarray, at: numpy.ndarray) -> numpy.ndarray:
    """Whether a token can start (or end) at each offset: not between two letters or two digits."""
    before = numpy.where(at > 0, kind_of_char[at - 1], 0)
    here = kind_of_char[at]
    return (before == 0) | (here == 0) | (before != here)


def _word_start(text: str, at: int) -> int:
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _word_before(text: str, at: int) -> int:
    """The start of the word before the one starting at ``at``."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return _word_start(text, at)


def _word_after(text: str, at: int) -> int:
    """The start of the word after the one holding ``at`` (or the end of the text)."""
    n = len(text)
    while at < n and not text[at].isspace():
        at += 1
    while at < n and text[at].isspace():
        at += 1
    return at


def _merge(regions: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[list[int]] = []
    for a, b in sorted(regions):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)
