"""Senses of ambiguous rules: "OS" is osteosarcoma, the left eye or overall survival; which
one a match is, its neighbouring words in the sentence say (rule metadata ``sense``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a type only: loading the rules (decide.spec reads concepts) needs no spaCy
    from spacy.tokens import Doc


class Sense:
    """Which sense an ambiguous rule has here, from the words around it in its sentence.

    Rule metadata ``sense``: ``{"window": 80, "require": regex, "reject": regex,
    "recategorize": [[regex, CATEGORY], ...]}``. The match is kept only if ``require`` (when
    given) finds a word within ``window`` characters on either side inside the sentence and
    ``reject`` finds none; the first ``recategorize`` regex that matches gives the match
    another concept ("methotrexate 15 mg weekly for RA" is an immunosuppressant, not chemo)."""

    KEYS = {"window", "require", "reject", "recategorize"}

    def __init__(self, spec: dict) -> None:
        unknown = set(spec) - self.KEYS
        if unknown:
            raise ValueError(f"unknown sense keys {sorted(unknown)}; use {sorted(self.KEYS)}")
        self.window = int(spec.get("window", 80))
        self.require = re.compile(spec["require"], re.I) if spec.get("require") else None
        self.reject = re.compile(spec["reject"], re.I) if spec.get("reject") else None
        self.recategorize = [(re.compile(rx, re.I), category) for rx, category in spec.get("recategorize", ())]

    def category(self, doc: Doc, start: int, end: int, default: str) -> str | None:
        """The concept this match stands for, or None when it is not one at all."""
        sent = doc[start].sent
        lo = max(sent.start_char, doc[start].idx - self.window)
        hi = min(sent.end_char, doc[end - 1].idx + len(doc[end - 1].text) + self.window)
        text = sent.text[lo - sent.start_char : hi - sent.start_char]  # not doc.text: it rebuilds the whole note each call
        if self.reject is not None and self.reject.search(text):
            return None
        if self.require is not None and not self.require.search(text):
            return None
        for rx, category in self.recategorize:
            if rx.search(text):
                return category
        return default


def sense_of(rule) -> Sense | None:
    spec = (rule.metadata or {}).get("sense")
    return Sense(spec) if spec else None
