"""Normalised values of a fact, read from its span and its sentence.

Each reader takes the span text and the sentence text and returns a dict of values; a
value the text does not state is left out (never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUM_WORDS = {"one": 1, "single": 1, "solitary": 1, "two": 2, "three": 3, "four": 4, "five": 5,
              "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}

_SIZE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*(?:x|×|\*|by)\s*\d+(?:\.\d+)?)*\s*(mm|cm)\b", re.I)
_COUNT = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|single|solitary|multiple|several|numerous|innumerable|few|bilateral|too numerous to count)\b(?!\s*(?:mm|cm|x|×|\.\d))(?:\s+\w+){0,3}?\s+(?:nodules?|lesions?|metastas[ie]s|mets|masses|opacities)", re.I)
_LOBES = [
    ("RUL", r"\bRUL\b|right upper lobe"), ("RML", r"\bRML\b|right middle lobe"),
    ("RLL", r"\bRLL\b|right lower lobe"), ("LUL", r"\bLUL\b|left upper lobe"),
    ("LLL", r"\bLLL\b|left lower lobe"), ("lingula", r"\blingula"),
]
_LOBE_RES = [(name, re.compile(rx, re.I)) for name, rx in _LOBES]
_SCORE = re.compile(r"(\d{1,3})(?:\s*(?:-|–|to|/)\s*(\d{1,3}))?\s*%?")
_GRADE = re.compile(r"\b(?:grade|gr\.?|G|CTCAE(?:\s+v?\d(?:\.\d)?)?(?:\s+grade)?)\s*[:-]?\s*(\d|iv|iii|ii|i|v)\b", re.I)
_POSITIVE = re.compile(r"(?<!non-)(?<!non)(?<!not )(?<!un)\b(positive|pos|reactive|detected|confirmed|\+)(?!\w)", re.I)
_NEGATIVE = re.compile(r"\b(negative|neg|non-?reactive|not detected|undetectable|nonreactive)\b|(?<!\w)-ve\b", re.I)
_LOCAL_ROUTE = re.compile(r"\b(inhal\w*|nasal|intranasal|nebuli[sz]\w*|topical\w*|cream|ointment|lotion|gel|eye ?drops?|ophthalmic|otic|intra-?articular|joint injection|inhaler|spray|MDI|puffs?|rectal|enema|foam|intrapleural|intracavitary)\b", re.I)
_SYSTEMIC_ROUTE = re.compile(r"\b(IV|intravenous\w*|PO|oral(?:ly)?|by mouth|tablets?|tabs?|IM|intramuscular|systemic|mg(?:/kg)?\s*(?:daily|bid|tid|qd|q\d+h|once|twice|x\s*\d))\b", re.I)
_REPLACEMENT = re.compile(r"\b(physiologic\w*|replacement|adrenal insufficiency|stress dos\w*|hypopituitar\w*|addison\w*)\b", re.I)
_TRANSPLANT_TYPE = [
    ("corneal", re.compile(r"\bcorne\w*|keratoplasty", re.I)),
    ("autologous", re.compile(r"\bauto(?:logous)?\b|stem[- ]cell rescue|\bASCT\b|autograft", re.I)),
    ("allogeneic", re.compile(r"\ballo(?:geneic|genic|graft)?\b|\bMUD\b|matched unrelated|sibling donor|haplo\w*|cadaveric|deceased[- ]donor|living[- ]donor|donor", re.I)),
]
_ORGANS = [("kidney", r"\bkidney|\brenal\b"), ("liver", r"\bliver|\bhepatic\b"), ("heart", r"\bheart|\bcardiac\b"),
           ("lung", r"\blung transplant"), ("hsct", r"stem[- ]cell|\bHSCT\b|\bBMT\b|bone marrow|\bSCT\b|\bHCT\b|cord blood"),
           ("cornea", r"\bcorne\w*")]
_ORGAN_RES = [(o, re.compile(rx, re.I)) for o, rx in _ORGANS]
_DURATION = re.compile(r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(months?|mos?|weeks?|wks?|years?|yrs?)\b", re.I)
_EFFUSION_CHARACTER = [
    ("benign", re.compile(r"\b(reactive|benign|post-?op\w*|postsurgical|post-?surgical|sympathetic|parapneumonic|transudat\w*|negative for malignan\w*|cytology (?:was |is )?negative|no malignant cells|trace|physiologic\w*)\b", re.I)),
    ("malignant", re.compile(r"\bmalignan\w*|positive for (?:malignan\w*|tumou?r|metasta\w*|osteosarcoma)|cytology (?:was |is )?positive|pleural (?:metasta\w*|implants?|nodularity)", re.I)),
]
_ADEQUATE = re.compile(r"\b(adequate|acceptable|sufficient|normal|within normal limits|WNL|preserved|cleared|tolerate|fit for|good)\b", re.I)
_INADEQUATE = re.compile(r"\b(inadequate|insufficient|poor|prohibitive|severely reduced|not (?:a )?(?:surgical )?candidate|not (?:adequate|sufficient|cleared|fit)|(?:does|do|did) not have (?:an? )?(?:adequate|sufficient)|cannot tolerate|unable to tolerate|too high risk|borderline|marginal|precludes?|preclude[sd])\b", re.I)
_CENTRAL_RELATION = re.compile(r"\b(abut\w*|invad\w*|invasion|encas\w*|involv\w*|adjacent|immediately adjacent|contact\w*|extend\w* (?:into|to)|inseparable|touch\w*|infiltrat\w*)\b", re.I)
_CURRENT = re.compile(r"\b(currently|is on|remains on|continues on|continuing|ongoing|still (?:on|taking|receiving)|is taking|is receiving|at present|presently|maintained on|on (?:daily|weekly)|taking)\b", re.I)
_LAST_GIVEN = re.compile(r"\b(last (?:dose|given|administered|infusion|injection|received|taken)|stopped|discontinued|d/c'?d|completed|finished|held|on hold|paused|suspended|off since|until|ceased|no longer)\b", re.I)


def _num(text: str) -> float | None:
    t = text.lower()
    if t in _NUM_WORDS:
        return float(_NUM_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


def nodule_values(span: str, sentence: str) -> dict:
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
    lobes = [name for name, rx in _LOBE_RES if rx.search(sentence)]
    if lobes:
        values["lobes"] = lobes
    return values


def score_values(span: str, sentence: str) -> dict:
    numbers = [n for n in re.findall(r"\d{1,3}", span)]
    if not numbers:
        return {}
    # "ECOG 0-1" reads as its worse end; WHO/ECOG scores are single digits.
    return {"score": max(int(n) for n in numbers)}


def age_values(span: str, sentence: str) -> dict:
    m = re.search(r"\d{1,3}", span)
    return {"age": int(m.group())} if m else {}


def grade_values(span: str, sentence: str) -> dict:
    values: dict = {}
    at = sentence.find(span)
    nearest = None
    for m in _GRADE.finditer(sentence):
        distance = abs(m.start() - at) if at >= 0 else 0
        if nearest is None or distance < nearest[0]:
            nearest = (distance, m.group(1).lower())
    if nearest is not None:
        g = nearest[1]
        values["grade"] = _ROMAN.get(g) or int(g)
    if re.search(r"anaphyla\w*", span + " " + sentence, re.I):
        values["grade"] = max(values.get("grade", 0), 4)
    if re.search(r"\b(resolved|back to baseline|returned to baseline|recovered|normali[sz]ed)\b", sentence, re.I):
        values["resolved"] = True
    if re.search(r"\b(permanent|persistent|ongoing|residual|chronic|irreversible|unresolved|persists)\b", sentence, re.I):
        values["persistent"] = True
    return values


_HIV_INFECTION = re.compile(r"hiv\s*\+|hiv[- ]positive|\binfect\w*|living with|\bplwh|\bart\b|haart|antiretroviral|biktarvy|genvoya|truvada|descovy|triumeq|dolutegravir|tenofovir|\bcd4|viral load|\bvl\b|diagnosed|\bdx\b|history of|\bh/o|known|hiv disease|\baids\b|well[- ]controlled|on treatment", re.I)


_HIV_SCREEN = re.compile(r"screen\w*|immunoassay|ag/ab|antigen/antibody|4th gen\w*|fourth[- ]generation|elisa|rapid test", re.I)
_HIV_CONFIRMED = re.compile(r"confirm\w* (?:positive|reactive)|western blot (?:positive|reactive)|differentiation assay[^.;]{0,40}(?:positive|reactive|hiv-1 positive)|viral load (?:of )?\d|rna (?:detected|\d)|cd4", re.I)


def hiv_values(span: str, sentence: str) -> dict:
    values = result_values(span, sentence)
    if values.get("result") == "positive" and _HIV_SCREEN.search(sentence) and not _HIV_CONFIRMED.search(sentence):
        # a reactive screening assay is not a diagnosis until a confirmatory test says so
        return {"result": "reactive_screen"}
    if values.get("result") == "positive" or _HIV_INFECTION.search(sentence):
        values.setdefault("status", "infection")
    return values


def result_values(span: str, sentence: str) -> dict:
    neg, pos = _NEGATIVE.search(sentence), _POSITIVE.search(sentence)
    if neg and not pos:
        return {"result": "negative"}
    if pos and not neg:
        return {"result": "positive"}
    return {}


def steroid_values(span: str, sentence: str) -> dict:
    values: dict = {}
    local, systemic = _LOCAL_ROUTE.search(sentence), _SYSTEMIC_ROUTE.search(sentence)
    if local and not systemic:
        values["route"] = "local"
    elif systemic and not local:
        values["route"] = "systemic"
    if _REPLACEMENT.search(sentence):
        values["replacement"] = True
    return values


def transplant_values(span: str, sentence: str) -> dict:
    values: dict = {}
    for kind, rx in _TRANSPLANT_TYPE:
        if rx.search(span) or rx.search(sentence):
            values["type"] = kind
            break
    for organ, rx in _ORGAN_RES:
        if rx.search(span) or rx.search(sentence):
            values["organ"] = organ
            break
    return values


def response_values(span: str, sentence: str) -> dict:
    m = _DURATION.search(sentence)
    if not m:
        return {}
    n = _num(m.group(1)) or 0
    unit = m.group(2).lower()
    months = n if unit.startswith("mo") else n / 4.345 if unit.startswith("w") else n * 12
    return {"duration_months": round(months, 1)}


def effusion_values(span: str, sentence: str) -> dict:
    for character, rx in _EFFUSION_CHARACTER:
        if rx.search(sentence):
            return {"character": character}
    return {}


def function_values(span: str, sentence: str) -> dict:
    bad, good = _INADEQUATE.search(sentence), _ADEQUATE.search(sentence)
    if bad:
        return {"adequate": False}
    if good:
        return {"adequate": True}
    return {}


def central_values(span: str, sentence: str) -> dict:
    return {"relation": "involved"} if _CENTRAL_RELATION.search(sentence) else {}


_LUNG_WORDS = re.compile(r"\b(lungs?|pulmonary|pulm|thoracic|pleura\w*|lobes?|RUL|RML|RLL|LUL|LLL|lingula\w*|nodules?|hil\w+|perihilar|subpleural|parenchym\w*)\b", re.I)
_RE_RESECTED = re.compile(r"\b(re-?resect\w*|re-?excis\w*|wide(?:ly)? (?:local )?(?:excision|resection|margins?)|negative margins|margins? (?:were |was |are )?(?:negative|clear|free)|clear margins|R0 resection|amputat\w*|resected with)\b", re.I)


_LOCAL_PLEURAL = re.compile(r"intra-?pleural|pleural (?:cavity|perfusion|instillation|infusion|injection)|intracavitary|thoracic (?:perfusion|instillation)|pleurodesis|into the (?:pleural|chest) (?:space|cavity)", re.I)


def immunomodulator_values(span: str, sentence: str) -> dict:
    return {"route": "local"} if _LOCAL_PLEURAL.search(sentence) else {}


def metastasis_values(span: str, sentence: str) -> dict:
    return {"site": "lung"} if _LUNG_WORDS.search(sentence) else {}


_NOT_RESECTED = re.compile(r"\b(not|never|no|declined|refused|unresect\w*|without|awaiting|planned|pending|scheduled)\b[^.;]{0,25}\b(re-?resect\w*|resect\w*|re-?excis\w*|excision|amputat\w*|surgery)", re.I)


def recurrence_values(span: str, sentence: str) -> dict:
    if _NOT_RESECTED.search(sentence):
        return {"re_resected": False}
    return {"re_resected": True} if _RE_RESECTED.search(sentence) else {}


READERS: dict[str, Callable[[str, str], dict]] = {
    "METASTASIS": metastasis_values,
    "IMMUNOMODULATOR": immunomodulator_values,
    "LOCAL_RECURRENCE": recurrence_values,
    "PULMONARY_NODULE": nodule_values,
    "LUNG_METASTASIS": nodule_values,
    "ECOG": score_values,
    "KARNOFSKY": score_values,
    "LANSKY": score_values,
    "AGE": age_values,
    "TOXICITY": grade_values,
    "ALLERGIC_REACTION": grade_values,
    "HIV": hiv_values,
    "PREGNANCY_TEST": result_values,
    "SYSTEMIC_STEROID": steroid_values,
    "LOCAL_STEROID": steroid_values,
    "TRANSPLANT": transplant_values,
    "TUMOR_RESPONSE": response_values,
    "PLEURAL_EFFUSION": effusion_values,
    "MALIGNANT_EFFUSION": effusion_values,
    "PULMONARY_FUNCTION": function_values,
    "CENTRAL_STRUCTURE": central_values,
}


# Characters read on each side of the span, for values that belong to the nearest words
# ("HIV negative, HBsAg positive"); other concepts read the whole sentence.
WINDOWS: dict[str, tuple[int, int]] = {
    "HIV": (30, 70), "PREGNANCY_TEST": (30, 45), "SYSTEMIC_STEROID": (40, 60),
    "LOCAL_STEROID": (40, 60), "TRANSPLANT": (60, 60), "TOXICITY": (40, 60),
    "ECOG": (0, 0), "KARNOFSKY": (0, 0), "LANSKY": (0, 0), "AGE": (0, 0),
}


# Metadata keys that steer matching (see extract/targets.py), not values of the fact.
RULE_CONTROL = {"norm", "unless_prev", "unless_next", "fallback", "sense"}

# Values the sentence decides even against the rule's metadata ("adequate pulmonary reserve"
# is adequate by its words, not in "he does not have adequate pulmonary reserve").
OVERRIDING = {"PULMONARY_FUNCTION": ("adequate",)}


def read_values(concept: str, span: str, sentence: str, metadata: dict | None) -> dict:
    """Values from the rule's metadata, completed from the text where the metadata is silent.

    ``sentence`` is the text the reader may look at (the caller clips it to ``WINDOWS``).
    """
    values = {k: v for k, v in (metadata or {}).items()
              if k not in RULE_CONTROL and v not in ("unspecified", "unknown", None)}
    reader = READERS.get(concept)
    if reader is not None:
        for key, value in reader(span, sentence).items():
            if key in OVERRIDING.get(concept, ()):
                values[key] = value
            else:
                values.setdefault(key, value)
    return values


_HELD = re.compile(r"\b(held|on hold|paused|suspended|interrupted|drug holiday|treatment break|withheld|holding)\b", re.I)
_STOPPED = re.compile(r"\b(stopped|discontinued|d/c'?d|dc'?d|ceased|no longer|off since|came off|taken off|tapered off|weaned off|nothing since|none since|last (?:dose|given|administered|infusion|injection|received|taken|cycle))\b", re.I)
_COMPLETED = re.compile(r"\b(completed|finished|s/p|status post)\b", re.I)


def exposure_status(text: str, *, current: bool) -> str:
    """How an exposure stands in its sentence: held, stopped, completed, current, or '' (not said)."""
    if _HELD.search(text):
        return "held"
    if _STOPPED.search(text):
        return "stopped"
    if _COMPLETED.search(text):
        return "completed"
    return "current" if current else ""


def is_current(text: str, *, in_current_list: bool = False) -> bool:
    """Described as ongoing ("is on", a current medication list) and not as stopped or held."""
    if _LAST_GIVEN.search(text) or _HELD.search(text) or _STOPPED.search(text):
        return False
    return in_current_list or bool(_CURRENT.search(text))
