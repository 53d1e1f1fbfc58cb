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
_LOCAL_ROUTE = re.compile(r"\b(inhal\w*|nasal|intranasal|nebuli[sz]\w*|topical\w*|cream|ointment|lotion|gel|eye ?drops?|ophthalmic|otic|intra-?articular|joint injection|inhaler|spray|MDI|puffs?|rectal|enema|foam|intrapleural|intracavitary|bursa\w*|subacromial|intrabursal|intralesional|epidural|local steroid|(?:shoulder|knee|hip|joint|trigger point|tendon) injection|injection into the \w+(?: \w+)?|into the (?:R |L |right |left )?(?:shoulder|knee|hip|joint|bursa))\b", re.I)
_SYSTEMIC_ROUTE = re.compile(r"\b(IV|intravenous\w*|PO|oral(?:ly)?|by mouth|tablets?|tabs?|IM|intramuscular|systemic|mg(?:/kg)?\s*(?:daily|bid|tid|qd|q\d+h|once|twice|x\s*\d))\b", re.I)
_REPLACEMENT = re.compile(r"\b(physiologic\w*|replacement|adrenal insufficiency|adrenal crisis|hypopituitar\w*|addison\w*|hypoadrenal\w*|CAH|congenital adrenal)\b", re.I)
_TRANSPLANT_TYPE = [
    ("corneal", re.compile(r"\bcorne\w*|keratoplasty", re.I)),
    ("autologous", re.compile(r"\bauto(?:logous)?\b|stem[- ]cell rescue|\bASCT\b|autograft", re.I)),
    ("allogeneic", re.compile(r"\ballo(?:geneic|genic|graft)?\b|\bMUD\b|matched unrelated|sibling donor|haplo\w*|cadaveric|deceased[- ]donor|living[- ]donor|donor(?![- ](?:source|type|status|cells? (?:or|vs)|not|unknown))", re.I)),
]
_ORGANS = [("kidney", r"\bkidney|\brenal\b"), ("liver", r"\bliver|\bhepatic\b"), ("heart", r"\bheart|\bcardiac\b"),
           ("lung", r"\blung transplant"), ("hsct", r"stem[- ]cell|\bHSCT\b|\bBMT\b|bone marrow|\bSCT\b|\bHCT\b|cord blood"),
           ("cornea", r"\bcorne\w*")]
_ORGAN_RES = [(o, re.compile(rx, re.I)) for o, rx in _ORGANS]
_DURATION = re.compile(r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(months?|mos?|weeks?|wks?|years?|yrs?)\b", re.I)
_EFFUSION_CHARACTER = [
    ("benign", re.compile(r"\b(reactive|benign|post-?op\w*|postsurgical|post-?surgical|sympathetic|parapneumonic|transudat\w*|negative for malignan\w*|cytology (?:was |is )?negative|no malignant cells|trace|physiologic\w*)\b", re.I)),
    ("malignant", re.compile(r"\bmalignan\w*|cytology[- ]positive|positive cytology|恶性|positive for (?:malignan\w*|tumou?r|metasta\w*|osteosarcoma)|cytology (?:was |is )?positive|pleural (?:metasta\w*|implants?|nodularity)", re.I)),
]
_ADEQUATE = re.compile(r"\b(adeq\w*|acceptable|sufficient|normal|within normal limits|WNL|preserved|cleared|tolerate|fit for|good|low risk|no (?:pulmonary|respiratory) contraindication)\b", re.I)
# surgery declined for the anatomy or the extent of disease says nothing about the lungs' function
_NOT_FUNCTION = re.compile(r"\b(anatomic\w*|technical\w*|unresectab\w*|pneumonectomy|extent of (?:the )?disease|bilateral disease|location of|central (?:location|involvement)|abut\w*|encas\w*)\b", re.I)
_INADEQUATE = re.compile(r"\b(inadequate|insufficient|poor|prohibitive|severely reduced|not (?:a )?(?:surgical )?candidate|no longer (?:a )?(?:surgical )?(?:candidate|fit|eligible|adequate)|not (?:adequate|sufficient|cleared|fit)|unfit|(?:does|do|did) not have (?:an? )?(?:adequate|sufficient)|cannot tolerate|unable to tolerate|would not tolerate|too high risk|high risk|precludes?|preclude[sd]|declined on (?:pulmonary|respiratory) grounds|surgery (?:was )?declined)\b", re.I)
_CENTRAL_RELATION = re.compile(r"\b(abut\w*|invad\w*|invasion|encas\w*|involv\w*|adjacent|immediately adjacent|contact\w*|extend\w* (?:into|to)|inseparable|touch\w*|infiltrat\w*)\b", re.I)
_CURRENT = re.compile(r"\b(currently|is on|remains on|continues on|continuing|ongoing|still (?:on|taking|receiving)|is taking|is receiving|at present|presently|maintained on|on (?:daily|weekly)|taking|(?:gives|gets|receives|takes|uses|drinks|injects) [^.;\n]{0,40}\b(?:daily|every day|each day|twice a day|bid|tid|nightly|weekly)|\bon\b [^.;\n]{1,40}\bsince\b|\bon\b [^.;\n]{0,40}\b\d+(?:\.\d+)? ?(?:mg|mcg|g|units?)\b[^.;\n]{0,20}\b(?:daily|bid|tid|qd|q\d+h|weekly|every|once|twice|bd|od|nightly))\b", re.I)
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


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}


def age_values(span: str, sentence: str) -> dict:
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
_NOT_RESOLVED = re.compile(r"\b(?:not|never|hasn't|has not|have not|haven't|incompletely|partially|not yet|yet to)\s+(?:yet\s+|fully\s+|completely\s+)?(?:resolved|back to baseline|returned to baseline|recovered|normali[sz]ed)", re.I)
_ATTRIBUTED = re.compile(r"\b(?:chemo\w*|cisplatin|carboplatin|MTX|methotrexate|doxorubicin|adriamycin|anthracycline|ifosfamide|etoposide|MAP|radiation|radiotherapy|RT|treatments?|therap(?:y|ies)|cycles?|infusions?|platinum)\b|-induced|-related|\bsince (?:the )?(?:chemo|treatment|therapy|surgery)|\bafter (?:the )?(?:chemo|treatment|therapy|cycle)", re.I)
_SEVERITY = {"mild": 1, "moderate": 2, "severe": 3, "life-threatening": 4}


def grade_values(span: str, sentence: str) -> dict:
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
    if _NOT_RESOLVED.search(sentence):
        values["persistent"] = True
    elif re.search(r"\b(resolved|back to baseline|returned to baseline|recovered|normali[sz]ed|completely gone|gone|healed)\b", sentence, re.I):
        values["resolved"] = True
    if re.search(r"\b(permanent|persistent|ongoing|residual|chronic|irreversible|unresolved|persists|still|since|continues|continuing|worse|worsening|not back)\b", sentence, re.I):
        values["persistent"] = True
    if "grade" not in values and at >= 0:
        severity = re.search(r"\b(mild|moderate|severe|life-threatening)\W{1,3}$", sentence[max(0, at - 20):at], re.I)
        if severity:  # "severe mucositis": the word just before the toxicity
            values["grade"] = _SEVERITY[severity.group(1).lower()]
    if _ATTRIBUTED.search(sentence):
        values["attributed"] = True
    return values


_HIV_INFECTION = re.compile(r"hiv\s*\+|hiv[- ]positive|\binfect\w*|living with|\bplwh|\bart\b|haart|antiretroviral|biktarvy|genvoya|truvada|descovy|triumeq|dolutegravir|tenofovir|\bcd4|viral load|\bvl\b|diagnosed|\bdx\b|history of|\bh/o|known|hiv disease|\baids\b|well[- ]controlled|on treatment", re.I)


_HIV_SCREEN = re.compile(r"screen\w*|immunoassay|ag/ab|antigen/antibody|4th gen\w*|fourth[- ]generation|elisa|rapid test", re.I)
_HIV_CONFIRMED = re.compile(r"confirm\w* (?:positive|reactive)|western blot (?:positive|reactive)|differentiation assay[^.;]{0,40}(?:positive|reactive|hiv-1 positive)|viral load (?:of )?\d|rna (?:detected|\d)|cd4", re.I)


_PREP = re.compile(r"\bPrEP\b|pre-?exposure|prophyla\w*|\bPEP\b|post-?exposure", re.I)


def hiv_values(span: str, sentence: str) -> dict:
    values = result_values(span, sentence)
    if _PREP.search(sentence) and values.get("result") != "positive":
        return values  # an antiretroviral for prevention is no infection
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


_OTHER_INDICATION = re.compile(r"\b(premed\w*|pre-?medication|antiemetic|anti-emetic|nausea|vomiting|CINV|emesis|cisplatin|doxorubicin|ifosfamide|chemo\w*|methotrexate|edema|oedema|brain|cerebral|spinal cord|cord compression|asthma|COPD|bronchospasm|wheez\w*|allergic|allergy|infusion reaction|transfusion|anaphyla\w*|rash|hives|urticaria|pain|appetite|septic|sepsis|shock|croup|pneumonitis|contrast|prophyla\w*|adrenal|replacement|hypothyroid\w*|PJP|graft|GVHD|rejection|drug reaction|gout)\b", re.I)
_AUTOIMMUNE_WORDS = re.compile(r"\b(rheumat\w*|arthritis|lupus|SLE|crohn\w*|colitis|IBD|psoria\w*|vasculitis|myasthen\w*|sclerosis|sarcoid\w*|myositis|uveitis|sj[oö]gren\w*|autoimmune|flare)\b", re.I)


def steroid_values(span: str, sentence: str) -> dict:
    values: dict = {}
    if _OTHER_INDICATION.search(sentence) and not _AUTOIMMUNE_WORDS.search(sentence):
        values["indication"] = "other"
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
    kinds = [kind for kind, rx in _TRANSPLANT_TYPE if rx.search(span) or rx.search(sentence)]
    if "autologous" in kinds and "allogeneic" in kinds and not any(rx.search(span) for _, rx in _TRANSPLANT_TYPE):
        kinds = []  # "whether autologous or allogeneic is not documented"
    if kinds:
        values["type"] = kinds[0]
    for organ, rx in _ORGAN_RES:
        if rx.search(span) or rx.search(sentence):
            values["organ"] = organ
            break
    return values


_FIRST_ASSESSMENT = re.compile(r"primary (?:resistan\w*|refractor\w*|progression)|(?:at|on) (?:the )?first (?:assessment|restaging|evaluation|scan|response assessment|imaging|restaging CT|CT)|first (?:restaging|scan|assessment)[^.;]{0,80}(?:progress\w*|\bPD\b|enlarg\w*|new)|never responded|no response|did not respond|refractory", re.I)


def response_values(span: str, sentence: str) -> dict:
    values = {"at_first_assessment": True} if _FIRST_ASSESSMENT.search(sentence) else {}
    m = _DURATION.search(sentence)
    if not m:
        return values
    n = _num(m.group(1)) or 0
    unit = m.group(2).lower()
    months = n if unit.startswith("mo") else n / 4.345 if unit.startswith("w") else n * 12
    return {**values, "duration_months": round(months, 1)}


_POSSIBLY_MALIGNANT = re.compile(r"(?:r/o|rule out|possibl[ey]|probabl[ey]|\?|concerning for|suspicious\w*|suspect\w*|cannot exclude|question of|vs\.?|versus|likely|atypical|indeterminate|equivocal|not diagnostic|nondiagnostic|pending)[^.;]{0,30}malignan|malignan\w*[^.;]{0,20}(?:not excluded|pending|to be determined|cannot be excluded|\?)|atypical cells|indeterminate for malignan", re.I)


def effusion_values(span: str, sentence: str) -> dict:
    if _POSSIBLY_MALIGNANT.search(sentence) and not re.search(r"cytology (?:was |is )?positive|positive for malignan", sentence, re.I):
        return {"character": "possibly_malignant"}
    for character, rx in _EFFUSION_CHARACTER:
        if rx.search(sentence):
            return {"character": character}
    return {}


_REVERSED = re.compile(r"\bno longer appl\w*|\bno longer valid|\bsuperseded\b|\brecovered\b|\bnow (?:adequate|sufficient|fit|normal)", re.I)


def function_values(span: str, sentence: str) -> dict:
    bad, good = _INADEQUATE.search(sentence), _ADEQUATE.search(sentence)
    if bad and good and _REVERSED.search(sentence):
        return {"adequate": True}  # "the board's 'reserve insufficient' no longer applies: fit for surgery"
    if bad and not good and _NOT_FUNCTION.search(sentence) and not re.search(r"\b(FEV1|DLCO|reserve|pulmonary function|lung function|PFTs? (?:show|were|are)\w*)\b[^.;]{0,40}\b(poor|low|reduced|insufficient|inadequate)", sentence, re.I):
        return {}
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


_OTHER_SITES = re.compile(r"\b(brain|cerebral|CNS|intracranial|bone|bony|osseous|skeletal|spine|spinal|vertebral|liver|hepatic|adrenal|nodal|lymph node|peritoneal|skin|soft tissue|kidney|renal)\b", re.I)
_SITE_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,2}?(?:to|in|of|involving)\s+(?:the\s+)?(?:\w+\s+)?(\w+)", re.I)


def metastasis_values(span: str, sentence: str) -> dict:
    """The site a metastasis word names: the site word just before it ("brain metastases") or
    after it ("metastases to the liver"); else the lung if the sentence speaks of the lungs."""
    at = sentence.find(span)
    if at >= 0:
        before = re.findall(r"[\w-]+", re.split(r"[;,:()]", sentence[max(0, at - 25):at])[-1])[-2:]
        after = _SITE_AFTER.match(sentence[at + len(span):at + len(span) + 40])
        near = " ".join(before) + " " + (after.group(1) if after else "")
        if _LUNG_WORDS.search(near):
            return {"site": "lung"}
        if _OTHER_SITES.search(near):
            return {"site": "other"}
    return {"site": "lung"} if _LUNG_WORDS.search(sentence) else {}


_NOT_RESECTED = re.compile(r"\b(not|never|no|declined|refused|unresect\w*|without|awaiting|planned|plan|pending|scheduled|will|to be|recommended|considering|candidate for)\b[^.;]{0,25}\b(re-?resect\w*|resect\w*|re-?excis\w*|excision|amputat\w*|surgery)"
                          r"|\bmargins? (?:were |was |are |is )?(?:positive|involved|close)|\bpositive margins?|\bR[12]\b|\bresidual (?:enhancing )?(?:tumou?r|disease)|gross residual", re.I)


def recurrence_values(span: str, sentence: str) -> dict:
    if _NOT_RESECTED.search(sentence):
        return {"re_resected": False}
    return {"re_resected": True} if _RE_RESECTED.search(sentence) else {}


_PATIENT_REASON = re.compile(r"\b(?:d/t|due to|because of|given|secondary to|owing to|on account of|in view of)\b[^.;]{0,40}\b(?:COPD|emphysema|lung function|pulmonary function|reserve|FEV1|DLCO|comorbid\w*|frail\w*|performance|ECOG|cardiac|heart|age|preference|obesity|fibrosis|general condition|condition|PS|oxygen|O2)\b", re.I)


def resectability_values(span: str, sentence: str) -> dict:
    """'not a surgical candidate d/t severe COPD' judges the patient, not the nodules."""
    return {"reason": "patient"} if _PATIENT_REASON.search(sentence) else {}


_OTHER_CANCER_TREATMENT = re.compile(r"\b(?:ABVD|BEACOPP|R-?CHOP|CHOP|BEP|FOLFOX|FOLFIRI|CAPOX|AC-?T|TCH|Stanford V|for (?:his |her |the )?(?:Hodgkin|lymphoma|leuka?emia|breast|Wilms|neuroblastoma|melanoma|thyroid|testicular|germ cell|colon|rectal|lung cancer|carcinoma|ALL|AML)|(?:Hodgkin|lymphoma|leuka?emia|Wilms|neuroblastoma)\b[^.;]{0,30}\b(?:treated|tx|therapy|chemo))", re.I)
_QUALIFIED_DENIAL = re.compile(r"\bno (?:further|more|additional|other|new|subsequent|second-line|2nd-line)\b|\b(?:after|since) (?:that|then|the move|moving)\b|\bnot (?:yet )?(?:restarted|resumed)", re.I)


_CONTINUING = re.compile(r"\b(?:continue|continues|continuing|cont\.?|resume|resumes|next cycle|cycle \d+|C\d+D\d+|C\d+\b|day \d+ of|completed|finish|finished|s/p|status post|received|given|had)\b", re.I)


def therapy_values(span: str, sentence: str) -> dict:
    values = {"continuing": True} if _CONTINUING.search(sentence) else {}
    if _OTHER_CANCER_TREATMENT.search(sentence):
        values["for_other_cancer"] = True  # "anthracycline exposure from ABVD": another cancer's chemotherapy
    if _QUALIFIED_DENIAL.search(sentence):
        values["qualified_denial"] = True  # "no further chemo", "no chemo after that": some was given
    return values


READERS: dict[str, Callable[[str, str], dict]] = {
    "RESECTABLE": resectability_values,
    "UNRESECTABLE": resectability_values,
    "SYSTEMIC_THERAPY": therapy_values,
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
    "IMMUNOSUPPRESSANT": steroid_values,
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
    "LOCAL_STEROID": (40, 60), "TRANSPLANT": (60, 60), "TOXICITY": (40, 110),
    "ECOG": (0, 0), "KARNOFSKY": (0, 0), "LANSKY": (0, 0), "AGE": (0, 0),
}


# Metadata keys that steer matching (see extract/targets.py), not values of the fact.
RULE_CONTROL = {"norm", "unless_prev", "unless_next", "fallback", "sense", "negated", "protocol_if", "note"}

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


_UNSURE = re.compile(r"\b(?:unsure|not sure|uncertain|unclear|(?:does|do|did)(?: not|n't) know|can't say|cannot say)\b[^.;\n]{0,20}\b(?:if|whether)\b[^.;\n]{0,20}\b(?:still|currently|ever|actually|any)\b", re.I)


_REMOTE = re.compile(r"\b(?:at birth|in infancy|as an infant|as a baby|as a newborn|neonatal(?:ly)?|childhood (?:schedule|vaccinations?|immuni[sz]ations?|vaccines?)|routine childhood (?:vaccinations?|immuni[sz]ations?|vaccines?))\b", re.I)


def remote(text: str) -> bool:
    """The event happened in infancy or childhood ("BCG at birth", "childhood schedule")."""
    return bool(_REMOTE.search(text))


def exposure_status(text: str, *, current: bool, sentence: str | None = None) -> str:
    """How an exposure stands in its list item ``text``: unsure, held, stopped, completed,
    current, or ''. Doubt may be written anywhere in its ``sentence``."""
    if _UNSURE.search(sentence if sentence is not None else text):
        return "unsure"  # "pt unsure if still taking": neither current nor stopped
    if _HELD.search(text):
        return "held"
    if _STOPPED.search(text):
        return "stopped"
    if _COMPLETED.search(text):
        return "completed"
    return "current" if current else ""


_DATE_UNKNOWN = re.compile(
    r"\b(?:year|years|date|dates|when|timing|time)\b[^.;\n]{0,30}?\b(?:unknown|not (?:known|stated|documented|recorded|available|clear|given|reported)|unclear|unsure|uncertain)"
    r"|\b(?:unsure|not sure|uncertain|unclear) (?:of|about|when|on) (?:the )?(?:year|date|dates|when|timing|exact)"
    r"|\b(?:don't|doesn't|does not|do not|can't|cannot|could not|couldn't) (?:know|remember|recall|say) (?:when|the (?:year|date))"
    r"|\bat some point\b|\ba while (?:back|ago)\b|\bsometime\b|\bsome time ago\b|\bwhen (?:he|she|they) (?:was|were) (?:younger|a child|little|a kid|a toddler|a baby)"
    r"|\bas a (?:child|toddler|baby|kid|teen|teenager)\b|\bin childhood\b|\byears ago\b|\bremote(?:ly)?\b", re.I)


def date_unknown(text: str) -> bool:
    """The sentence says its event's date is not known ("year unknown", "at some point")."""
    return bool(_DATE_UNKNOWN.search(text))


_ONGOING = re.compile(r"\b(?:still on|remains on|continues on|continuing|currently on|ongoing|cont(?:inue)? (?:per|q\w*))\b", re.I)


def is_current(text: str, *, in_current_list: bool = False, stop_text: str | None = None) -> bool:
    """Described as ongoing ("is on", a current medication list) and not as stopped or held.

    ``stop_text`` is where a stop may be written (the mention's own list item); by default the
    whole ``text``."""
    stops = text if stop_text is None else stop_text
    if _HELD.search(stops) or _STOPPED.search(stops) or _UNSURE.search(stops):
        return False
    if _LAST_GIVEN.search(stops) and not _ONGOING.search(text):
        return False  # "last dose 9/3" ends it, unless "still on Humira q2wk, last injection 9/3"
    return in_current_list or bool(_CURRENT.search(text))
