"""Facts: what one target mention in one note says, with its context, values and date."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from ..dates import find_dates, other_reading, writes_day_first
from ..records import FLAGS, RETRACTIONS, Fact, Note  # noqa: F401  (FLAGS, Fact: their old home, still imported from here)
from .sections import section_at
from .sentences import sentence_bounds, sentence_index
from .values import ValueTables, date_unknown, exposure_status, is_current, packaged_tables, read_values, remote

_LAST_DOSE = re.compile(r"\b(?:last (?:dose|administration|infusion|injection|given|taken|shot|cycle)|letzte[rsn]? (?:Gabe|Dosis|Einnahme|Infusion|Injektion|Applikation)|[úu]ltim[ao] (?:dosis|dose|administraci[óo]n|administra[çc][ãa]o|somministrazione|infusi[óo]n|infus[ãa]o|infusione|iniezione)|derni[èe]re (?:dose|administration|prise|perfusion|injection)|laatste (?:gift|dosis|toediening)|sidste dosis|siste dose|sista dos(?:en)?)\b[^.;\n\d]{0,25}", re.I)
_VERDICT_START = re.compile(r"\s*(?:adeq\w*|sufficient|acceptable|cleared|fit\b|unfit|not (?:adequate|sufficient|fit|a candidate)|inadequate|insufficient|poor|borderline|normal|good|reserve)", re.I)


def _next_line_end(text: str, at: int) -> int:
    """End of the first non-blank line after ``at`` (at most 200 characters on)."""
    i = at
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    end = text.find("\n", i)
    return min(end if end != -1 else len(text), i + 200)


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def _protocol_here(metadata: dict, sentence: str) -> bool:
    """Rule metadata ``protocol_if``: the mention is the PROMIS plan when its sentence matches
    ("SBRT + penpulimab + gemcitabine": the trial's regimen, named without the trial)."""
    pattern = metadata.get("protocol_if")
    return bool(pattern and _compiled(pattern).search(sentence))


_CLAUSE_BREAK = re.compile(r"[;•\n]|\s[-–—]\s(?=[A-Z])")


_ITEM_BREAK = re.compile(r"[,;•\n]")
_ITEM_MARK = re.compile(r"[;•]")  # what ends a list item within a sentence (not "|": "HIV | negative" is a table row)
_PAREN = re.compile(r"\([^()]*\)")


def _item_text(text: str, start: int, end: int, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """The list item of ``text[start:end]`` (between commas, semicolons, bullets, line breaks),
    without parentheses that name another exposure ("(mycophenolate stopped 2023)")."""
    a, b, skip = _item_bounds(text, start, end, lo, hi, spans)
    return "".join(text[i] for i in range(a, b) if not any(s <= i < e for s, e in skip))


def _item_bounds(text: str, start: int, end: int, lo: int, hi: int, spans: list[tuple[int, int]], *, extend: bool = True):
    """(start, end, parenthesised ranges naming another exposure) of the mention's list item;
    with ``extend`` it runs on over items that name no other exposure (", stopped 10/15")."""
    before = [m.end() for m in _ITEM_BREAK.finditer(text, lo, start)]
    a = before[-1] if before else lo
    depth, b = 0, end
    while b < hi:  # to the next separator (outside parentheses) after which another exposure is named
        ch = text[b]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and _ITEM_BREAK.match(ch):
            nxt = _ITEM_BREAK.search(text, b + 1, hi)
            stop = nxt.start() if nxt else hi
            if ch == "\n" or not extend or any(b < s < stop for s, _ in spans):
                break  # "Prednisone 20 mg daily, stopped 10/15" keeps its stop; ", oxycodone" does not
        b += 1
    skip = []
    for m in _PAREN.finditer(text, a, b):
        if any(m.start() <= s < m.end() and s != start for s, _ in spans):
            skip.append((m.start(), m.end()))
    return a, b, skip


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The list item or clause around ``text[start:end]`` inside ``[lo, hi)``."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)]
    after = _CLAUSE_BREAK.search(text, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _answered_no(text: str, end: int, lexicons) -> bool:
    """Whether the item the mention labels answers no: "Transplant: N", "Prior gemcitabine
    ...... [x] No" (values.json ITEM_ANSWER_NO, read to the end of the item)."""
    stop = _line_end(text, end, marks=";\n|", limit=end + 90)
    # the item's closing ';' / '|' / line end is read too: "transplant N;" answers, "Humulin N." does not
    return bool(lexicons.ITEM_ANSWER_NO.match(text, end, stop + 1 if stop < min(len(text), end + 90) else stop))


def _line_end(text: str, at: int, *, marks: str = ";\n", limit: int | None = None) -> int:
    """Where the line or list item from ``at`` ends: the first of ``marks``, else ``limit`` (the text's end)."""
    end = len(text) if limit is None else min(len(text), limit)
    stops = [i for i in (text.find(m, at, end) for m in marks) if i != -1]
    return min(stops) if stops else end


def _event_mention(exposure: bool, start: int, end: int, candidates: list):
    if exposure:
        return max(candidates, key=lambda d: d.value)
    nearest = min(candidates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
    # a diagnosis began with its range ("leukaemia chemotherapy 2021-2022": 2021)
    return replace(nearest, value=nearest.first) if nearest.first else nearest


_QUOTE = re.compile(r'["\u201c][^"\u201d\n]{1,200}["\u201d]')  # a correction cue's value type: what it takes back stands before / after it


def _quoted(facts: list[Fact], n: int, text: str) -> list[int]:
    """The facts a correction cue takes back: those before it in its clause ("'HIV positive' was
    entered in error"), else those the sentence before quotes ("lists 'gem/docetaxel'. This is
    incorrect."); or, for a cue that names it after, the first one after it ("erroneous 'gem' entry")."""
    cue = facts[n]
    lo, hi = _clause(text, cue.start, cue.end, 0, len(text))
    mates = [m for m, f in enumerate(facts) if m != n and f.note_id == cue.note_id and f.sentence == cue.sentence
             and f.values.get("type") not in RETRACTIONS]
    if cue.values["type"] == "retraction_after":
        after = [m for m in mates if cue.end <= facts[m].start < hi]
        return after[:1]
    before = [m for m in mates if lo <= facts[m].start and facts[m].end <= cue.start]
    if before:
        return before
    # "The referral lists 'gem/docetaxel x4'. This is incorrect.": what the sentence before quotes
    earlier = [m for m, f in enumerate(facts) if f.note_id == cue.note_id and f.sentence == cue.sentence - 1
               and f.values.get("type") not in RETRACTIONS]
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text, max(0, cue.start - 400), cue.start)]
    return [m for m in earlier if any(a < facts[m].start and facts[m].end < b for a, b in quotes)]


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


_ITEM_SEPARATOR = re.compile(r"[,;|]")
# what may stand between a tumour and a generic word for it: "..., a second primary tumour", "second malignancy: ",
# "(osteosarcoma)"; no full stop, ';' or another clause
_APPOSITION = re.compile(r"[^.;()]{0,60}?,\s*(?:an?|the|which (?:is|was)|this|now)?\s*|\s*[:=(-]\s*|\s*\(\s*|\s*\)?\s*[-:,]?\s*(?:an?|the)?\s*")


def _negation_in_other_item(text: str, start: int, end: int, s0: int, s1: int, cues) -> bool:
    """Whether every negation cue of a span stands in another list item of its sentence: a comma,
    ';' or '|' between the nearest place the cue's words occur and the span."""
    words = [cue for category, cue in cues if category == "NEGATED_EXISTENCE"]
    if not words:
        return False
    lower = text[s0:s1].lower()
    for word in words:
        spots = [m.start() + s0 for m in re.finditer(re.escape(word.lower()), lower)]
        if not spots:
            return False
        at = min(spots, key=lambda p: min(abs(p - start), abs(p - end)))
        gap = text[at + len(word):start] if at < start else text[end:at]
        if not _ITEM_SEPARATOR.search(gap):
            return False
    return True


def build_facts(doc: Doc, note: Note, section_attributes: dict[str, dict], tables: ValueTables | None = None) -> list[Fact]:
    tables = tables if tables is not None else packaged_tables()  # values.json, as the Extractor loaded it
    kinds = tables.by_kind  # what values.json's "kinds" says each concept is
    exposures, dated, tested, judged = kinds["exposure"], kinds["dated"], kinds["tested"], kinds["judged"]
    text = note.text  # not doc.text: a sparse Doc holds placeholders outside its regions
    facts: list[Fact] = []
    context = doc._.cm_context or ((frozenset(), ()),) * len(doc._.cm_targets)
    dates_by_sentence: dict[int, list] = {}
    # a date of birth is nobody's event date
    birth = [(span.start_char, span.end_char) for span, _ in doc._.cm_targets if span.label_ in kinds["birth_date"]]
    day_first = writes_day_first(text)
    exposure_spans = [(s.start_char, s.end_char) for s, _ in doc._.cm_targets if s.label_ in exposures]
    # mentions that may own a date in parentheses after them (an age or a score does not: "Wilms tumor age 3 (2005)")
    all_spans = [(s.start_char, s.end_char) for s, _ in doc._.cm_targets if s.label_ not in kinds["measured"]]
    parens_by_sentence: dict[int, list] = {}  # sentence start -> its parentheses and the mentions right before each
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for s, _ in doc._.cm_targets:
        spans_of.setdefault(s.label_, []).append((s.start_char, s.end_char))
    last_study: Fact | None = None  # the note's latest mention of a study, for "the study drug"
    references: list[int] = []  # facts that are the PROMIS plan's only by "the study"
    for (span, rule), (flags, cues) in zip(doc._.cm_targets, context):
        concept = span.label_
        if concept in kinds["blocker"]:
            continue
        s0, s1 = sentence_bounds(doc, span.start)
        sent_start, sent_end = _char_range(doc, s0, s1)
        start, end = span.start_char, span.end_char
        if "negated" in flags and concept in kinds["measured"] and _negation_in_other_item(text, start, end, sent_start, sent_end, cues):
            flags = flags - {"negated"}
        before, after = tables.windows.get(concept, (None, None))
        if text[sent_start:sent_end].rstrip().endswith(":") and concept in judged:
            # a heading and its verdict on the next line: "PFTs:\n  Adequate."
            sent_end = _next_line_end(text, sent_end)
        if before is None and concept not in exposures:
            window = text[sent_start:sent_end]
        else:
            lo, hi = (sent_start, sent_end) if before is None else (max(sent_start, start - before), min(sent_end, end + after))
            # a word cut in two at a window's edge is left out: "... in the neb|ulizer" is no "neb"
            while lo < start and lo > sent_start and text[lo - 1].isalnum() and text[lo].isalnum():
                lo += 1
            while hi > end and hi < sent_end and text[hi - 1].isalnum() and text[hi].isalnum():
                hi -= 1
            # a value belongs to its own item when the next item names another of its kind (another
            # drug, for a drug): "grade 2 rash resolved; grade 2 hand-foot syndrome persists",
            # "adalimumab 2021 - 05/2025 (stopped); currently only topical betamethasone" (but
            # "hearing loss; grade not documented")
            mine = [(a, b) for a, b in (exposure_spans if concept in exposures else spans_of.get(concept, ())) if a != start]
            cut = next((m for m in _ITEM_MARK.finditer(text, end, hi) if any(m.end() <= a < hi for a, _ in mine)), None)
            hi = cut.start() if cut else hi
            lo = max([m.end() for m in _ITEM_MARK.finditer(text, lo, start) if any(lo <= b <= m.start() for _, b in mine)],
                     default=lo)
            window = text[lo:hi]
        metadata = rule.metadata or {}
        values = read_values(concept, span.text, window, metadata, tables)
        if concept in judged and "adequate" in tables.overriding.get(concept, ()) and "adequate" not in values:
            # measurements, then the verdict in the next short sentence: "FEV1 85%, DLCO 72%. Adequate for surgery."
            following = text[sent_end:sent_end + 160]
            if _VERDICT_START.match(following):
                values.update({k: v for k, v in read_values(concept, span.text, following.split("\n")[0], metadata, tables).items() if k == "adequate"})
        section = section_at(doc, span.start)
        attrs = section_attributes.get(section.category, {}) if section else {}
        sent = sentence_index(doc, span.start)
        if sent not in dates_by_sentence:
            dates_by_sentence[sent] = find_dates(text, note.note_date, sent_start, sent_end, day_first=day_first)
        scope_text, found = text[sent_start:sent_end], dates_by_sentence[sent]
        if concept in exposures and not [d for d in found if not start <= d.start < end]:
            # a medication line may give its dates in the next sentence of the same line:
            # "Zadaxin 1.6 mg biw - DISCONTINUED. Last dose 11/09/2025."
            tail_end = _line_end(text, end, limit=end + 100)
            scope_text = text[sent_start:max(sent_end, tail_end)]
            found = find_dates(text, note.note_date, sent_start, max(sent_end, tail_end), day_first=day_first)
        event_date, in_text = note.note_date, False
        candidates = [d for d in found if not (start <= d.start < end) and not any(a <= d.start < b for a, b in birth)]
        # a date in parentheses right after another mention is that mention's: "osteosarcoma (dedifferentiated
        # parosteal, Porto pathology 2019), two lung metastases" does not date the metastases
        if s0 not in parens_by_sentence:
            parens_by_sentence[s0] = [(m.start(), m.end(), {(a, b) for a, b in all_spans if 0 <= m.start() - b <= 2})
                                      for m in _PAREN.finditer(text, sent_start, sent_end)]
        theirs = [(a, b) for a, b, owners in parens_by_sentence[s0] if not a <= start < b and owners - {(start, end)}]
        candidates = [d for d in candidates if not any(a <= d.start < b for a, b in theirs)]
        if concept in exposures:
            # a list of exposures, each with its dates: "Zostavax - 2014; Shingrix - 04/20/2026",
            # "prednisone 5 mg daily (mycophenolate stopped 2023)"
            lo, hi = _clause(text, start, end, sent_start, max(sent_end, end))
            ia, ib, skip = _item_bounds(text, start, end, sent_start, max(sent_end, end), exposure_spans, extend=False)
            # a date in parentheses that name another drug is that drug's
            others = [(m.start(), m.end()) for m in _PAREN.finditer(text, lo, hi)
                      if any(m.start() <= s < m.end() and s != start for s, _ in exposure_spans)]
            candidates = [d for d in candidates if not any(s <= d.start < e for s, e in skip + others)]
            mine = [d for d in candidates if ia <= d.start < ib]
            # beyond its clause, a later date is not this drug's when a drug of another clause of its
            # sentence stands between them ("azathioprine 100 mg daily (...); previously infliximab,
            # stopped 2024": 2024 is infliximab's; "6 cycles of carboplatin and Taxol. Her last cycle of
            # chemotherapy was 01/18/08" dates both)
            beyond = [d for d in candidates if not any(s != start and end <= s <= d.start and not lo <= s < hi
                                                       and s < sent_end for s, _ in exposure_spans)]
            candidates = mine or [d for d in candidates if lo <= d.start < hi] or beyond
            if note.note_date and any(not d.relative for d in candidates):
                # a day without a year that falls after the note is a plan beside a written date
                # ("Varivax 09/05/2025 - outside the window by 10/06"): the written date is the exposure's
                candidates = [d for d in candidates if not (d.relative and d.value > note.note_date)]
        if concept in kinds["birth_date"]:
            inside = [d for d in found if start <= d.start < end]
            if inside:
                values["dob"] = inside[0].value.isoformat()
                # "03/11/2016" reads two ways when the note shows no habit: keep the other reading
                # for the decider, which a stated age can settle ("DOB 03/11/2016 (9-year-old girl)")
                other = other_reading(text[inside[0].start:inside[0].end], inside[0].value)
                if other is not None:
                    values["dob_alt"] = other.isoformat()
        elif candidates:
            chosen = _event_mention(concept in exposures, start, end, candidates)
            event_date, in_text = chosen.value, True
            if chosen.relative:
                values["date_relative"] = True
        elif concept in dated and remote(scope_text, tables):
            event_date, in_text = None, False  # "BCG at birth": long before any window
            values["remote"] = True
        elif concept in dated and date_unknown(scope_text, tables):
            # "year unknown", "unsure of the dates", "at some point": not the note's date
            event_date, in_text = None, False
        if concept in exposures:
            c0, c1 = _clause(text, start, end, sent_start, max(sent_end, end))
            last = _LAST_DOSE.search(text, c0, c1)  # in the exposure's own list item or clause
            if last:  # "Last dose of study drug: 01/04/2026" dates the exposure, whatever else the sentence dates
                at = last.end()
                dated = [d for d in found if at <= d.start <= at + 30]
                if dated:
                    event_date, in_text = dated[0].value, True
                    values["last_dose"] = True
        if concept in exposures:
            # a stop written in a list belongs to its own item: "tacrolimus, prednisone 5 mg daily
            # (mycophenolate stopped 2023), oxycodone"
            own = _item_text(text, start, end, sent_start, max(sent_end, end), exposure_spans)
            current = is_current(scope_text, in_current_list=bool(attrs.get("current")), stop_text=own, tables=tables)
            status = exposure_status(own, current=current, sentence=scope_text, tables=tables)
        else:
            current = is_current(scope_text, in_current_list=bool(attrs.get("current")), tables=tables)
        if concept in exposures:
            if status:
                values["status"] = status
            if "negated" in flags and in_text and tables.lexicons.NOT_SINCE.search(own):
                values["not_since"] = True  # "has not taken methotrexate since 2021": stopped in 2021
            if tables.lexicons.AGENT_UNKNOWN.search(scope_text):
                values["vague"] = True  # "does not know which ones (the letter lists MMR/varicella and ...)"
        fact = Fact(
            patient_id=note.patient_id,
            note_id=note.note_id,
            concept=concept,
            start=start,
            end=end,
            text=span.text,
            norm=str(metadata.get("norm", span.text.lower())),
            values=values,
            # a negative test result says the condition is absent, as a negation cue would
            negated=("negated" in flags or (concept in tested and values.get("result") == "negative")
                     or metadata.get("negated") is True  # a rule whose words say absent: 'M0', 'bottle-feeding'
                     or _answered_no(text, end, tables.lexicons)),
            uncertain="uncertain" in flags or bool(attrs.get("uncertain")),  # "Open points:", "Before screening we need:"
            historical="historical" in flags or bool(attrs.get("historical")),
            # an exposure dated after its note is still to come ("start of MAP confirmed for 29-04-2026")
            # (unless the note says it goes on: "continue Prograf ... plan for AKA 6/9" dates the surgery)
            hypothetical="hypothetical" in flags or bool(concept in exposures and in_text and event_date and note.note_date
                                                          and event_date > note.note_date and not current
                                                          and values.get("status") != "current"),
            family="family" in flags or bool(attrs.get("family")),
            protocol=("protocol" in flags or _protocol_here(metadata, text[sent_start:sent_end])
                      # "the study drug was discontinued" after "the phase II study KT-2203": that study's
                      or ("study_reference" in flags and not metadata.get("named")  # 'the OraCare trial' is named
                          and not (last_study and not last_study.protocol))),
            current=current,
            section=section.category if section else None,
            date=event_date,
            date_in_text=in_text,
            note_date=note.note_date,
            sentence=sent,
            cues=cues,
        )
        facts.append(fact)
        if "study_reference" in flags and "protocol" not in flags and not metadata.get("named"):
            references.append(len(facts) - 1)
        if concept in kinds["study"] and not (fact.negated or fact.family):  # "consented to a phase I study" too
            last_study = fact
    for n, f in enumerate(facts):  # what a correction says was wrong: "the PMH line 'HIV positive' was entered in error"
        if f.values.get("type") in RETRACTIONS:
            for m in _quoted(facts, n, text):
                facts[m] = replace(facts[m], values={**facts[m].values, "retracted": True})
    for n, f in enumerate(facts):  # "camrelizumab/apatinib on a trial 5/2025 - 5/18/2026": the trial's agent is named
        if f.values.get("vague") and f.concept in kinds["study"]:
            lo, hi = _clause(text, f.start, f.end, 0, len(text))
            if any(g.concept in exposures and g.concept not in kinds["study"] and g.note_id == f.note_id
                   and lo <= g.start < hi and not (g.negated or g.family) for g in facts):
                facts[n] = replace(f, values={k: v for k, v in f.values.items() if k != "vague"})
    for n in references:  # "the study mouth rinse from the OraCare trial": the trial its sentence names
        f = facts[n]
        if f.protocol and any(g.sentence == f.sentence and g.concept in kinds["study"] and not g.protocol
                              and not (g.negated or g.family) for g in facts if g is not f):
            facts[n] = replace(f, protocol=False)
    # a generic malignancy word set beside the patient's own sarcoma names it: "Osteosarcoma of the left
    # distal femur, a second primary tumour (biopsy 11/02/2025)", "second malignancy: osteosarcoma"
    generic = tables.lexicons.GENERIC_MALIGNANCY
    for n, f in enumerate(facts):
        if f.concept not in kinds["other_cancer"] or not generic.search(f.text):
            continue
        for g in facts:
            if g.concept in kinds["index_tumour"] and g.sentence == f.sentence and not g.negated:
                gap = text[g.end:f.start] if g.end <= f.start else text[f.end:g.start]
                if _APPOSITION.fullmatch(gap):
                    facts[n] = replace(f, values={**f.values, "index_tumour": True})
                    break
    # a drug's indication holds for its other mentions in the note: "Current RA treatment: methotrexate
    # 15 mg PO weekly ... Plan: continue methotrexate" (the plan's methotrexate is the RA's too)
    low = tables.lexicons.LOW_DOSE_DRUG
    if any(low.search(f.text) and (f.values.get("for_other_disease") or f.values.get("indication") == "other"
                                   or f.concept in kinds["immunosuppressive"]) for f in facts):
        for n, f in enumerate(facts):
            if f.concept in exposures and low.search(f.text) and not tables.lexicons.HIGH_DOSE.search(f.text):
                facts[n] = replace(f, values={**f.values, "for_other_disease": True})
    return facts
