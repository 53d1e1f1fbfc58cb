"""Normalised values of a fact, read from its span and its sentence: the mechanisms.

Each reader takes the span text, the sentence text and the compiled lexicons, and returns a
dict of values; a value the text does not state is left out (never guessed). Readers are
registered by name (:func:`register`, as spaCy's ``@registry.misc`` does); which concept
reads which reader, the characters read around a span, and the word lists themselves
(``lexicons``) are data in ``patterns/values.json``, loaded and checked by
``extract/rules.py`` (:func:`~chartmatch.extract.rules.load_values`) into a
:class:`ValueTables`. The patterns here are the grammars whose groups the readers read
(sizes, counts, grades, durations). Importing this module reads no file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class Lexicons:
    """The lexicons of ``values.json``, compiled (case-insensitive), as attributes:
    ``lex.LOCAL_ROUTE`` is a pattern, a labelled lexicon (``lex.ORGANS``) a list of
    ``(label, pattern)`` in order."""

    def __init__(self, patterns: dict[str, str | list[tuple[str, str]]]) -> None:
        for name, value in patterns.items():
            if isinstance(value, str):
                setattr(self, name, re.compile(value, re.I))
            else:
                setattr(self, name, [(label, re.compile(rx, re.I)) for label, rx in value])


Reader = Callable[[str, str, Lexicons], dict]

# The value readers by name: what ``readers`` in values.json may name.
READERS: dict[str, Reader] = {}

# The lexicons the readers and the exposure tests read: name -> "pattern" (one regex) or
# "labelled" (a list of [label, regex], first match wins). values.json must give each.
LEXICONS: dict[str, str] = {
    **dict.fromkeys(("POSITIVE", "NEGATIVE", "LOCAL_ROUTE", "SYSTEMIC_ROUTE", "REPLACEMENT", "OTHER_INDICATION",
                     "AUTOIMMUNE_WORDS", "POSSIBLY_MALIGNANT", "ADEQUATE", "INADEQUATE", "NOT_FUNCTION", "REVERSED",
                     "CENTRAL_RELATION", "NOT_RESOLVED", "ATTRIBUTED", "HIV_INFECTION", "HIV_SCREEN", "HIV_CONFIRMED",
                     "PREP", "FIRST_ASSESSMENT", "LUNG_WORDS", "OTHER_SITES", "RE_RESECTED", "NOT_RESECTED",
                     "LOCAL_PLEURAL", "PATIENT_REASON", "OTHER_CANCER_TREATMENT", "QUALIFIED_DENIAL", "CONTINUING",
                     "CURRENT", "ONGOING", "LAST_GIVEN", "HELD", "STOPPED", "COMPLETED", "UNSURE", "REMOTE",
                     "DATE_UNKNOWN", "TREATMENT_UNKNOWN", "AGENT_UNKNOWN", "ITEM_ANSWER_NO", "AFTER_RESPONSE", "TARGET_LESION", "GRADE_PENDING",
                     "NEGATED_BEFORE", "LOW_DOSE_DRUG", "HIGH_DOSE", "WEEKLY_LOW_DOSE", "NOT_SINCE", "GENERIC_MALIGNANCY", "DISEASE_STATE",
                     "RESPONSE_LINK"), "pattern"),
    **dict.fromkeys(("LOBES", "TRANSPLANT_TYPE", "ORGANS", "EFFUSION_CHARACTER", "CANCER_SITES"), "labelled"),
}


def register(name: str) -> Callable[[Reader], Reader]:
    """Register a value reader under ``name`` (what values.json's ``readers`` names)."""

    def add(func: Reader) -> Reader:
        READERS[name] = func
        return func

    return add


# What fact building does with a concept, by the kinds values.json's ``kinds`` gives it.
KINDS = {
    "exposure": "a drug, vaccine or trial agent: dated by its last exposure, read for stop / hold / current",
    "dated": "an event whose date decides a window ('year unknown' leaves it undated); exposures are dated",
    "tested": "often a test's name: a negative result negates it",
    "judged": "its verdict may stand on the line under its heading ('PFTs:' / 'Adequate.')",
    "birth_date": "a date of birth: its date is nobody's event date",
    "study": "a study or trial agent: 'the study drug' after it in its note is that study's, not the PROMIS plan's",
    "blocker": "matched only to block a shorter false match ('cancer' in 'cancer center'); never a fact",
    "immunosuppressive": "given to suppress immunity: a drug named so (methotrexate at a weekly dose) is no chemotherapy "
                         "for the sarcoma, nor are its other mentions in the note",
    "other_cancer": "another malignancy than the patient's bone sarcoma (unless it names that sarcoma: index_tumour)",
    "index_tumour": "the patient's own bone sarcoma: a generic malignancy word set beside it ('osteosarcoma of the "
                    "femur, a second primary tumour') names it, not another cancer",
    "measured": "a score or age read with its value: a negation reaches it only within its own list item "
                "('no lung mets, ECOG 0' says nothing against the score)",
}


@dataclass(frozen=True)
class ValueTables:
    """What values.json gives the value readers, loaded and checked: the compiled lexicons,
    the reader of each concept, the characters read on each side of a span (for values that
    belong to the nearest words: "HIV negative, HBsAg positive"; other concepts read the whole
    sentence), and the values the sentence decides even against the rule's metadata."""

    lexicons: Any
    readers: dict[str, Reader] = field(default_factory=dict)
    windows: dict[str, tuple[int, int]] = field(default_factory=dict)
    overriding: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)

    @functools.cached_property
    def by_kind(self) -> dict[str, frozenset[str]]:
        """Kind (one of :data:`KINDS`) -> the concepts values.json gives it; an exposure is dated."""
        return {kind: frozenset(c for c, ks in self.kinds.items() if kind in ks or (kind == "dated" and "exposure" in ks))
                for kind in KINDS}


@functools.lru_cache(maxsize=1)
def packaged_tables() -> ValueTables:
    """The packaged values.json, loaded on first use (for callers given no tables)."""
    from ..resources import PatternSet
    from .rules import load_values

    return load_values(PatternSet.load())


def _tables(tables: ValueTables | None) -> ValueTables:
    return tables if tables is not None else packaged_tables()


_NUM_WORDS = {"one": 1, "single": 1, "solitary": 1, "two": 2, "three": 3, "four": 4, "five": 5,
              "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}

_SIZE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*(?:x|×|\*|by)\s*\d+(?:\.\d+)?)*\s*(mm|cm)\b", re.I)
_COUNT = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|single|solitary|multiple|several|numerous|innumerable|few|bilateral|too numerous to count)\b(?!\s*(?:mm|cm|x|×|\.\d))(?:\s+\w+){0,3}?\s+(?:nodules?|lesions?|metastas[ie]s|mets|masses|opacities)", re.I)
_SCORE = re.compile(r"(\d{1,3})(?:\s*(?:-|–|to|/)\s*(\d{1,3}))?\s*%?")
_GRADE = re.compile(r"\b(?:grade|grad|grado|grau|graad|grader|gr\.?|G|CTCAE(?:\s+v?\d(?:\.\d)?)?(?:\s+(?:grade|grad|grado|grau|graad))?)\s*[:-]?\s*(\d|iv|iii|ii|i|v)\b", re.I)
_DURATION = re.compile(r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(months?|mos?|weeks?|wks?|years?|yrs?)\b", re.I)


def _num(text: str) -> float | None:
    t = text.lower()
    if t in _NUM_WORDS:
        return float(_NUM_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


@register("nodule")
def nodule_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values: dict = {}
    sizes = [float(v) * (10 if unit.lower() == "cm" else 1) for v, unit in _SIZE.findall(sentence)]
    if sizes:
        values["size_mm"] = max(sizes)
    m = _COUNT.search(sentence)
    if m:
        word = m.group(1).lower()
        n = _num(word)
        values["count"] = int(n) if n is not None else ("multiple" if word != "bilateral" else "bilateral")
    elif re.search(r"\bnodules\b|\blesions\b|\bmetastases\b", span, re.I):
        values["count"] = "multiple"
    lobes = [name for name, rx in lex.LOBES if rx.search(sentence)]
    if lobes:
        values["lobes"] = lobes
    if lex.TARGET_LESION.search(sentence):
        values["target_lesion"] = True  # measured as tumour on treatment: "Target lesions: LLL nodule 18 -> 10 mm"
    return values


@register("score")
def score_values(span: str, sentence: str, lex: Lexicons) -> dict:
    numbers = [n for n in re.findall(r"\d{1,3}", span)]
    if not numbers:
        return {}
    # "ECOG 0-1" reads as its worse end; WHO/ECOG scores are single digits.
    return {"score": max(int(n) for n in numbers)}


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


@register("age")
def age_values(span: str, sentence: str, lex: Lexicons) -> dict:
    m = re.search(r"\d{1,3}", span)
    if m:
        return {"age": int(m.group())}
    words = re.findall(r"[a-z]+", span.lower())
    if words and words[0] in _TEENS:
        return {"age": _TEENS[words[0]]}
    if words and words[0] in _TENS:
        unit = _NUM_WORDS.get(words[1], 0) if len(words) > 1 and words[1] in _NUM_WORDS and words[1] not in ("a", "an", "single", "solitary") else 0
        return {"age": _TENS[words[0]] + int(unit)}
    return {}


_CURRENT_GRADE = re.compile(r"\b(?:now|currently|improved to|down to|decreased to|resolved to|better(?: now)?,?|at present|today)\s*(?:a\s+)?(?:grade|gr\.?|G|CTCAE)\s*[:-]?\s*(\d|iv|iii|ii|i)\b", re.I)
_SEVERITY = {"mild": 1, "moderate": 2, "severe": 3, "life-threatening": 4}


@register("grade")
def grade_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values: dict = {}
    current = _CURRENT_GRADE.search(sentence)
    if current:
        g = current.group(1).lower()
        values["grade"] = _ROMAN.get(g) or int(g)
    at = sentence.find(span)
    nearest = None
    for m in _GRADE.finditer(sentence) if not current else ():
        distance = abs(m.start() - at) if at >= 0 else 0
        if nearest is None or distance < nearest[0]:
            nearest = (distance, m.group(1).lower())
    if nearest is not None:
        g = nearest[1]
        values["grade"] = _ROMAN.get(g) or int(g)
    if re.search(r"anaphyla\w*", span + " " + sentence, re.I):
        values["grade"] = max(values.get("grade", 0), 4)
    if lex.NOT_RESOLVED.search(sentence):
        values["persistent"] = True
    elif re.search(r"\b(resolved|back to baseline|returned to baseline|recovered|normali[sz]ed|completely gone|gone|healed)\b", sentence, re.I):
        values["resolved"] = True
    if re.search(r"\b(permanent|persistent|ongoing|residual|chronic|irreversible|unresolved|persists|still|since|continues|continuing|worse|worsening|not back)\b", sentence, re.I):
        values["persistent"] = True
    if "grade" not in values and at >= 0:
        severity = re.search(r"\b(mild|moderate|severe|life-threatening)\W{1,3}$", sentence[max(0, at - 20):at], re.I)
        if severity:  # "severe mucositis": the word just before the toxicity
            values["grade"] = _SEVERITY[severity.group(1).lower()]
    if lex.ATTRIBUTED.search(sentence):
        values["attributed"] = True
    if "grade" not in values and lex.GRADE_PENDING.search(sentence):
        values["grade_pending"] = True  # "audiogram 10/8 to grade", "grading to be repeated", "?grade"
    return values


@register("hiv")
def hiv_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values = result_values(span, sentence, lex)
    if lex.PREP.search(sentence) and values.get("result") != "positive":
        return values  # an antiretroviral for prevention is no infection
    if values.get("result") == "positive" and lex.HIV_SCREEN.search(sentence) and not lex.HIV_CONFIRMED.search(sentence):
        # a reactive screening assay is not a diagnosis until a confirmatory test says so
        return {"result": "reactive_screen"}
    if values.get("result") == "positive" or lex.HIV_INFECTION.search(sentence):
        values.setdefault("status", "infection")
    return values


@register("result")
def result_values(span: str, sentence: str, lex: Lexicons) -> dict:
    neg, pos = lex.NEGATIVE.search(sentence), lex.POSITIVE.search(sentence)
    if neg and not pos:
        return {"result": "negative"}
    if pos and not neg:
        return {"result": "positive"}
    return {}


@register("steroid")
def steroid_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values: dict = {}
    if lex.OTHER_INDICATION.search(sentence) and not lex.AUTOIMMUNE_WORDS.search(sentence):
        values["indication"] = "other"
    local, systemic = lex.LOCAL_ROUTE.search(sentence), lex.SYSTEMIC_ROUTE.search(sentence)
    if local and not systemic:
        values["route"] = "local"
    elif systemic and not local:
        values["route"] = "systemic"
    if lex.REPLACEMENT.search(sentence):
        values["replacement"] = True
    at = sentence.find(span)
    if "route" not in values and at >= 0 and _PERCENT_STRENGTH.match(sentence, at + len(span)):
        values["route_unclear"] = True  # "Prednisolone 1% 5 mL": a strength in per cent is drops or cream more often than tablets
    return values


_PERCENT_STRENGTH = re.compile(r"\W{0,3}\d+(?:\.\d+)?\s?%")


@register("transplant")
def transplant_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values: dict = {}
    kinds = [kind for kind, rx in lex.TRANSPLANT_TYPE if rx.search(span) or rx.search(sentence)]
    if "autologous" in kinds and "allogeneic" in kinds and not any(rx.search(span) for _, rx in lex.TRANSPLANT_TYPE):
        kinds = []  # "whether autologous or allogeneic is not documented"
    if kinds:
        values["type"] = kinds[0]
    for organ, rx in lex.ORGANS:
        if rx.search(span) or rx.search(sentence):
            values["organ"] = organ
            break
    return values


@register("response")
def response_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values = {"at_first_assessment": True} if lex.FIRST_ASSESSMENT.search(sentence) else {}
    at = sentence.find(span)
    if at >= 0:
        if lex.DISEASE_STATE.match(sentence, at):
            values["disease_state"] = True  # "relapsed Ewing sarcoma": what the disease is, no drug's response
        if lex.RESPONSE_LINK.match(sentence, at + len(span)):
            values["linked"] = True  # "progressive disease at the first restaging on nivolumab": the drug's
    if lex.AFTER_RESPONSE.search(sentence):
        values["after_response"] = True  # "progression after a partial response lasting 8 months"
    months = []
    for m in _DURATION.finditer(sentence):  # "SD at 3 months and again at 6 months": the longest
        n = _num(m.group(1)) or 0
        unit = m.group(2).lower()
        months.append(n if unit.startswith("mo") else n / 4.345 if unit.startswith("w") else n * 12)
    return {**values, "duration_months": round(max(months), 1)} if months else values


@register("effusion")
def effusion_values(span: str, sentence: str, lex: Lexicons) -> dict:
    if lex.POSSIBLY_MALIGNANT.search(sentence) and not re.search(r"cytology (?:was |is )?positive|positive for malignan", sentence, re.I):
        return {"character": "possibly_malignant"}
    for character, rx in lex.EFFUSION_CHARACTER:
        # a character word under a negation says nothing of the effusion: "without pleural nodularity"
        if any(not lex.NEGATED_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
               for m in rx.finditer(sentence)):
            return {"character": character}
    return {}


@register("function")
def function_values(span: str, sentence: str, lex: Lexicons) -> dict:
    bad, good = lex.INADEQUATE.search(sentence), lex.ADEQUATE.search(sentence)
    if bad and good and lex.REVERSED.search(sentence):
        return {"adequate": True}  # "the board's 'reserve insufficient' no longer applies: fit for surgery"
    if bad and not good and lex.NOT_FUNCTION.search(sentence) and not re.search(r"\b(FEV1|DLCO|reserve|pulmonary function|lung function|PFTs? (?:show|were|are)\w*)\b[^.;]{0,40}\b(poor|low|reduced|insufficient|inadequate)", sentence, re.I):
        return {}
    if bad:
        return {"adequate": False}
    if good:
        return {"adequate": True}
    # values without a verdict ("FEV1 92 % pred., DLCO 85 % pred."): the criterion judges them
    values = {}
    for name, pct in _PFT_PERCENT.findall(sentence):
        key = f"{name.lower().replace(' ', '')}_pct"
        values.setdefault(key, int(pct))
    return values


_PFT_PERCENT = re.compile(r"\b(FEV1|FEV 1|DLCO|TLCO|FVC)\b[^%\n;]{0,25}?\b(\d{2,3})\s*%", re.I)


@register("central")
def central_values(span: str, sentence: str, lex: Lexicons) -> dict:
    return {"relation": "involved"} if lex.CENTRAL_RELATION.search(sentence) else {}


@register("disease")
def disease_values(span: str, sentence: str, lex: Lexicons) -> dict:
    """'lupus; treatment and dates unknown': whether it was treated is not known."""
    return {"treatment_unknown": True} if lex.TREATMENT_UNKNOWN.search(sentence) else {}


@register("malignancy")
def malignancy_values(span: str, sentence: str, lex: Lexicons) -> dict:
    """The cancer's site, from its own words ("papillary thyroid carcinoma", "thyroid cancer": thyroid),
    so that mentions written differently are one diagnosis with one date."""
    for label, rx in lex.CANCER_SITES:
        if rx.search(span):
            return {"site": label}
    return {}


@register("immunomodulator")
def immunomodulator_values(span: str, sentence: str, lex: Lexicons) -> dict:
    return {"route": "local"} if lex.LOCAL_PLEURAL.search(sentence) else {}


_SITE_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,2}?(?:to|in|of|involving)\s+(?:the\s+)?(?:\w+\s+)?(\w+)", re.I)


@register("metastasis")
def metastasis_values(span: str, sentence: str, lex: Lexicons) -> dict:
    """The site a metastasis word names: the site word just before it ("brain metastases") or
    after it ("metastases to the liver"); else the lung if the sentence speaks of the lungs."""
    at = sentence.find(span)
    if at >= 0:
        before = re.findall(r"[\w-]+", re.split(r"[;,:()]", sentence[max(0, at - 25):at])[-1])[-2:]
        after = _SITE_AFTER.match(sentence[at + len(span):at + len(span) + 40])
        near = " ".join(before) + " " + (after.group(1) if after else "")
        if lex.LUNG_WORDS.search(near):
            return {"site": "lung"}
        if lex.OTHER_SITES.search(near):
            return {"site": "other"}
    return {"site": "lung"} if lex.LUNG_WORDS.search(sentence) else {}


@register("recurrence")
def recurrence_values(span: str, sentence: str, lex: Lexicons) -> dict:
    if lex.NOT_RESECTED.search(sentence):
        return {"re_resected": False}
    return {"re_resected": True} if lex.RE_RESECTED.search(sentence) else {}


@register("resectability")
def resectability_values(span: str, sentence: str, lex: Lexicons) -> dict:
    """'not a surgical candidate d/t severe COPD' judges the patient, not the nodules."""
    return {"reason": "patient"} if lex.PATIENT_REASON.search(sentence) else {}


@register("therapy")
def therapy_values(span: str, sentence: str, lex: Lexicons) -> dict:
    values = {"continuing": True} if lex.CONTINUING.search(sentence) else {}
    if lex.OTHER_CANCER_TREATMENT.search(sentence):
        values["for_other_cancer"] = True  # "anthracycline exposure from ABVD": another cancer's chemotherapy
    if (lex.LOW_DOSE_DRUG.search(span) and not lex.HIGH_DOSE.search(span)
            and (lex.WEEKLY_LOW_DOSE.search(sentence) or lex.AUTOIMMUNE_WORDS.search(sentence))):
        values["for_other_disease"] = True  # "methotrexate 15 mg PO weekly" for rheumatoid arthritis
    if lex.QUALIFIED_DENIAL.search(sentence):
        values["qualified_denial"] = True  # "no further chemo", "no chemo after that": some was given
    return values


# Metadata keys that steer matching (see extract/targets.py), not values of the fact.
RULE_CONTROL = {"norm", "unless_prev", "unless_next", "fallback", "sense", "negated", "protocol_if", "note"}

def read_values(concept: str, span: str, sentence: str, metadata: dict | None, tables: ValueTables | None = None) -> dict:
    """Values from the rule's metadata, completed from the text where the metadata is silent.

    ``sentence`` is the text the reader may look at (the caller clips it to ``tables.windows``).
    """
    tables = _tables(tables)
    values = {k: v for k, v in (metadata or {}).items()
              if k not in RULE_CONTROL and v not in ("unspecified", "unknown", None)}
    reader = tables.readers.get(concept)
    if reader is not None:
        for key, value in reader(span, sentence, tables.lexicons).items():
            if key in tables.overriding.get(concept, ()):
                values[key] = value
            else:
                values.setdefault(key, value)
    return values


def remote(text: str, tables: ValueTables | None = None) -> bool:
    """The event happened in infancy or childhood ("BCG at birth", "childhood schedule")."""
    lex = _tables(tables).lexicons
    return bool(lex.REMOTE.search(text))


def exposure_status(text: str, *, current: bool, sentence: str | None = None, tables: ValueTables | None = None) -> str:
    """How an exposure stands in its list item ``text``: unsure, held, stopped, completed,
    current, or ''. Doubt may be written anywhere in its ``sentence``."""
    lex = _tables(tables).lexicons
    if lex.UNSURE.search(sentence if sentence is not None else text):
        return "unsure"  # "pt unsure if still taking": neither current nor stopped
    if lex.HELD.search(text):
        return "held"
    stop = lex.STOPPED.search(text)
    if stop and not (current and lex.LAST_GIVEN.search(stop.group(0))):
        return "stopped"  # (but "still on Humira q2wk, last injection 9/3/26" goes on: a last dose so far)
    if lex.COMPLETED.search(text):
        return "completed"
    return "current" if current else ""


def date_unknown(text: str, tables: ValueTables | None = None) -> bool:
    """The sentence says its event's date is not known ("year unknown", "at some point")."""
    lex = _tables(tables).lexicons
    return bool(lex.DATE_UNKNOWN.search(text))


def is_current(text: str, *, in_current_list: bool = False, stop_text: str | None = None,
               tables: ValueTables | None = None) -> bool:
    """Described as ongoing ("is on", a current medication list) and not as stopped or held.

    ``stop_text`` is where a stop may be written (the mention's own list item); by default the
    whole ``text``."""
    lex = _tables(tables).lexicons
    stops = text if stop_text is None else stop_text
    stop = lex.STOPPED.search(stops)
    if stop and lex.LAST_GIVEN.search(stop.group(0)):
        stop = None  # "last injection 9/3": a stop only if nothing says it goes on (below)
    if lex.HELD.search(stops) or stop or lex.UNSURE.search(stops):
        return False
    if lex.LAST_GIVEN.search(stops) and not lex.ONGOING.search(text):
        return False  # "last dose 9/3" ends it, unless "still on Humira q2wk, last injection 9/3"
    return in_current_list or bool(lex.CURRENT.search(text))
