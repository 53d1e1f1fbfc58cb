"""A note's text with its evidence spans highlighted, rendered by spaCy's displaCy.

displaCy's entity renderer (what ``displacy.render(..., style="ent", manual=True)`` uses) escapes the note text (``& < > "``) between and
inside the spans and assembles the marks from a template. It does *not* escape a span's
label or its ``params``, and it needs sorted, non-overlapping spans, so:

- overlapping evidence is cut into segments at every span boundary; each segment is one
  displaCy span that lists the evidence covering it;
- our template uses only params we build here: class names from a fixed set, integers, and
  strings escaped with markupsafe; the label is the constant ``EV`` and is not shown;
- the only change made to displaCy's HTML afterwards is removing its wrapper ``<div>``
  (an inline ``style`` our Content-Security-Policy would refuse) and turning its ``<br>``
  into newlines (the note is shown with ``white-space: pre-wrap``). Note text cannot hold a
  literal ``<br>`` once escaped, so the replacement touches only displaCy's own tags.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from ..records import FLAGS

if TYPE_CHECKING:
    from spacy.displacy.render import EntityRenderer

# One mark per segment. Every {field} but {text} is filled by segment_params() below.
TEMPLATE = ('<mark class="{cls}" data-ev="{ev}" data-c="{crit}" title="{title}" tabindex="-1">'
            '{text}{tag}</mark>')
_WRAPPER_OPEN = '<div class="entities" style="line-height: 2.5; direction: ltr">'
_WRAPPER_CLOSE = "</div>"
PALETTE_SIZE = 8  # concept colours c0..c7, defined in report.css


@dataclass(frozen=True)
class Span:
    """One evidence span to highlight, already checked to lie inside the note text."""

    start: int
    end: int
    ev: int  # the evidence's index in the patient's checklist
    crit: int  # its criterion's index
    concept: str
    flags: tuple[str, ...]
    title: str  # plain text: what the tooltip says


def concept_colour(concept: str) -> str:
    """A stable colour class for a concept (the same on every run and machine)."""
    return f"c{zlib.crc32(concept.encode('utf-8')) % PALETTE_SIZE}"


def tag_text(concept: str, flags: Sequence[str]) -> str:
    return " · ".join([concept or "evidence", *flags])


def segments(text_length: int, spans: Sequence[Span]) -> list[tuple[int, int, list[Span]]]:
    """Cut the spans at every boundary: (start, end, spans covering [start, end)) in text order."""
    spans = [s for s in spans if 0 <= s.start < s.end <= text_length]
    cuts = sorted({s.start for s in spans} | {s.end for s in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if covering:
            out.append((a, b, sorted(covering, key=lambda s: s.ev)))
    return out


def segment_params(end: int, covering: list[Span]) -> dict[str, str]:
    """The template fields of one segment; every value is safe to place in HTML as is."""
    flags = [f for f in FLAGS if any(f in s.flags for s in covering)]  # fixed names only
    classes = ["ev", concept_colour(covering[0].concept), *(f"f-{f}" for f in flags)]
    if len({(s.start, s.end) for s in covering}) > 1:
        classes.append("ev-overlap")
    ending = []  # a tag after the text where a span ends, naming its concept and context
    for s in covering:
        if s.end == end and tag_text(s.concept, s.flags) not in ending:
            ending.append(tag_text(s.concept, s.flags))
    tag = Markup("").join(Markup('<span class="ev-tag">{}</span>').format(t) for t in ending)
    titles = []
    for s in covering:
        if s.title not in titles:
            titles.append(s.title)
    return {
        "cls": " ".join(classes),
        "ev": " ".join(str(int(s.ev)) for s in covering),
        "crit": " ".join(str(c) for c in sorted({int(s.crit) for s in covering})),
        "title": str(escape("\n".join(titles))),
        "tag": str(tag),
    }


def _tidy(html: str) -> str:
    html = html.strip()
    if not (html.startswith(_WRAPPER_OPEN) and html.endswith(_WRAPPER_CLOSE)):
        raise RuntimeError("unexpected displaCy output: check chartmatch.report.highlight against this spaCy version")
    html = html[len(_WRAPPER_OPEN):-len(_WRAPPER_CLOSE)]
    html = html.replace("\r<br>", "<br>").replace("<br>", "\n")
    return html.replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=1)
def renderer() -> EntityRenderer:
    # What displacy.render(..., style="ent", manual=True) builds for every call; building it
    # once spares a registry look-up per note (3/4 of the time for 20,000 notes). Imported
    # here: spaCy loads when a report is rendered, not when chartmatch.report is imported.
    from spacy.displacy.render import EntityRenderer

    return EntityRenderer(options={"template": TEMPLATE})


def render_note(text: str, spans: Sequence[Span]) -> Markup:
    """The note's text as HTML, every span in ``spans`` inside a ``<mark>``."""
    ents = [{"start": a, "end": b, "label": "EV", "params": segment_params(b, covering)}
            for a, b, covering in segments(len(text), spans)]  # sorted, as displacy.render would
    html = renderer().render([{"text": text, "ents": ents, "title": None}], page=False, minify=False)
    return Markup(_tidy(html))
