#!/usr/bin/env python3
"""Gold corpus for chartmatch / PROMIS (NCT06114225) -- part C (patients PC01..PC24).

Run:  python3 annotated_notes/source/part_c.py
Writes annotated_notes/parts/c/notes.jsonl and annotated_notes/parts/c/patients.jsonl
(paths found from this file's location). Stdlib only. All patients, notes, dates and
identifiers are invented; no real patient data.

STYLE OF THIS PART
------------------
US community-hospital EHR exports (Epic / Cerner style): problem lists with ICD-10 codes
and "Date Noted", SmartPhrase headers and template residue ("***", "Reviewed, no changes",
"[x] Denies"), medication lists with sig lines and status flattened to text, Tall-Man drug
names (predniSONE, dexAMETHasone, riTUXimab), telephone encounters, nursing notes and
flowsheet rows (where MAP is a mean arterial pressure and RA is room air), MAR / infusion
records, pharmacy notes, patient-portal messages, addenda that correct earlier notes,
discharge instructions, outside-records summaries; terse shorthand, typos, US dates in many
forms, a few notes exported with Windows line endings (CRLF) and non-ASCII punctuation.

HOW NOTES ARE WRITTEN
---------------------
A concept mention is marked inline as

    ⟦text|LABEL⟧    or    ⟦text|LABEL|flags⟧

(white square brackets, so that Epic's own "[x]" check boxes and "{...}" SmartLists can
appear in the text). LABEL is a concept id of patterns/concepts.json; flags are a
comma-separated subset of neg, unc, hist, hyp, fam (or the full names negated, uncertain,
historical, hypothetical, family). The markup is stripped, offsets (end exclusive) are
computed on the final text -- after CRLF conversion where a note asks for it -- and
text[start:end] is asserted to equal the marked phrase. A note with any markup is
span-annotated: every concept mention in it is marked, and a keyword lint (LINT) fails the
run if a concept-like word lies outside every span (deliberate non-mentions are listed per
note in ok=(...)). Notes without markup get "spans": [] and count for the verdicts only.

SPAN CONVENTIONS (shared with parts A and B; choices of this part noted)
  * span = the concept phrase as written, with subtype words ("extraskeletal osteosarcoma",
    "RLL nodule"), without sizes; ECOG / KARNOFSKY / LANSKY / AGE / DOB include the value
    ("ECOG 1", "KPS 50", "Lansky 70", "14-1/2-year-old", "DOB: 03/09/2009").
  * ICD-style problem-list wording is annotated as written: "Secondary malignant neoplasm of
    lung" = LUNG_METASTASIS, "Personal history of malignant neoplasm of breast" =
    OTHER_MALIGNANCY|hist, "Kidney transplant status" = TRANSPLANT.
  * negated: absent / denied / negative or non-reactive result ("HIV-1/2 Ag/Ab ...
    Nonreactive", "hCG negative"), "No Known Allergies" (ALLERGIC_REACTION|neg, as part A
    does for NKDA), a check box "[x] No" next to the concept.
  * uncertain: possible, may represent, cannot rule out, pending confirmation, "?".
  * historical: a past cue (history of, h/o, hx, s/p, prior, previously, completed,
    finished, stopped) or a past section (PMH, PSH, Oncologic History, Resolved Problems,
    medication entries with status "Discontinued" / "Completed").
  * hypothetical: planned, ordered, recommended, "if", "would", and every mention of the
    PROMIS regimen itself (PROMIS, penpulimab, the trial's gemcitabine / GP, metastasectomy
    as a protocol step).
  * family: a relative, a partner or a household contact.
  * a steroid with no stated route is SYSTEMIC_STEROID; eye drops, creams, nasal sprays,
    joint / bursa injections are LOCAL_STEROID; physiological hydrocortisone and
    fludrocortisone for adrenal insufficiency are REPLACEMENT_THERAPY.
  * a brand name in parentheses is a second span ("predniSONE (DELTASONE)"); "pulmonary /
    lung relapse" is LUNG_METASTASIS; an "age N" that dates a past event or a relative is
    AGE (with hist / fam where a cue or section says so); generic "surgery", "tumor",
    "bone tumor" are not annotated.
  * "OS" for the left eye, "MAP" for mean arterial pressure, "RA" for room air, "PR" for
    per rectum, "OS" for overall survival, a structural bone allograft, an observational
    biobank "protocol", HIV pre-exposure prophylaxis (Descovy / Truvada "PrEP" in an
    HIV-negative patient), Epic's "(HCC)" tag on problem-list rows (Hierarchical Condition
    Category, not hepatocellular carcinoma): not concept mentions (listed in ok= where the
    lint would flag them).

Patient verdicts follow /work/shared/promis-criteria.md; the comment above each patient
gives the reason for every verdict that is not the default (inclusion met / exclusion
not_met). check() re-derives the status, every time-window boundary (from the date string
as it is written in the note), every DOB age and every "stated age + whole years" age.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "annotated_notes" / "parts" / "c"
CONCEPTS = {c["id"] for c in json.loads((ROOT / "patterns" / "concepts.json").read_text(encoding="utf-8"))["concepts"]}

INCLUSIONS = ("osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
              "prior_systemic_therapy", "age_eligible", "performance_status",
              "pulmonary_function_adequate")
EXCLUSIONS = ("active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
              "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
              "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
              "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
              "live_vaccine_30d", "pregnant_or_lactating")
CRITERIA = INCLUSIONS + EXCLUSIONS
M, N, U = "met", "not_met", "unknown"

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")
ALIAS = {"neg": "negated", "unc": "uncertain", "hist": "historical", "hyp": "hypothetical", "fam": "family"}
ALIAS.update({f: f for f in FLAGS})

MARK = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z_]+)(?:\|([a-z,]*))?⟧")

# Words that (almost always) name a concept: in a span-annotated note each hit must lie in a
# span or be listed in the note's ok=(...).
LINT_WORDS = [
    r"osteosar\w*", r"osteogenic", r"\bewing", r"chondrosarc\w*",
    r"sarcoma(?! clinic| program| center| oncolog| med| tumou?r board| service| team| nurse)",
    r"neoplasm", r"metasta\w*", r"metastic", r"\bmets\b", r"nodul\w*", r"nodlue\w*", r"resectab\w*",
    r"wedge", r"lobectomy", r"segmentectomy", r"pneumonectomy", r"\bVATS\b", r"thoracotomy",
    r"bronch(?:us|i)\b", r"main pulmonary", r"hil(?:um|ar)", r"effusion", r"\bPFTs?\b", r"FEV1",
    r"DLCO", r"pulmonary function", r"spirometry", r"pulmonary reserve", r"cleared for",
    r"lung function", r"chemo\w*", r"methotrexate", r"\bMTX\b", r"doxorubicin", r"adriamycin",
    r"cisplatin", r"ifosfamide", r"etoposide", r"docetaxel", r"taxotere", r"vincristine",
    r"cyclophosphamide", r"carboplatin", r"paclitaxel", r"bleomycin", r"vinblastine",
    r"dacarbazine", r"\bABVD\b", r"anastrozole", r"letrozole", r"tamoxifen", r"cabozantinib",
    r"regorafenib", r"sorafenib", r"pazopanib", r"trabectedin", r"gemcit\w*", r"gemzar",
    r"\bgem\b", r"\w+mab\b", r"PD-1", r"PD-L1", r"checkpoint", r"keytruda", r"opdivo", r"yervoy",
    r"\bnivo\b", r"\bipi\b", r"\bpembro\b", r"thymalfasin", r"zadaxin", r"thymosin", r"huaier",
    r"kanglaite", r"interferon", r"pegasys", r"interleukin", r"\bIL-2\b", r"lupus", r"rheumatoid",
    r"crohn\w*", r"colitis", r"hashimoto\w*", r"psoria\w*", r"autoimmun\w*", r"addison\w*",
    r"type 1 diabetes", r"\bT1DM\b", r"thrombocytopeni\w*", r"multiple sclerosis",
    r"steroid\w*", r"prednis\w*", r"dexameth\w*", r"decadron", r"methylpred\w*", r"medrol",
    r"hydrocort\w*", r"fludrocort\w*", r"triamcinolone", r"kenalog", r"clobetasol",
    r"fluticasone", r"flonase", r"budesonide", r"tacrolimus", r"prograf", r"mycophen\w*",
    r"cellcept", r"cyclospor\w*", r"azathiop\w*", r"sirolimus", r"levothyrox\w*", r"synthroid",
    r"insulin", r"transplant\w*", r"keratoplasty", r"\bHSCT\b", r"\bBMT\b", r"\bSCT\b",
    r"stem cell", r"allograft", r"anaphyla\w*", r"allergic", r"allergy to", r"hypersensitiv\w*",
    r"infusion reaction", r"\bNKDA\b", r"toxicit\w*", r"neuropath\w*", r"hearing loss",
    r"ototox\w*", r"nephrotox\w*", r"cardiomyopath\w*", r"cardiotox\w*", r"ejection fraction",
    r"mucositis", r"fatigue", r"alopecia", r"tinnitus", r"\bHIV\b", r"antiretroviral",
    r"biktarvy", r"descovy", r"truvada", r"\bPrEP\b", r"vaccin\w*", r"\bMMR\b", r"varicella",
    r"varivax", r"flumist", r"zostavax", r"shingrix", r"typhoid", r"yellow fever", r"rotavirus",
    r"rotateq", r"\bBCG\b", r"influenza", r"flu shot", r"\bTdap\b", r"pneumovax", r"prevnar",
    r"pregnan\w*", r"hCG", r"breastfe\w*", r"breast-fe\w*", r"lactat\w*", r"\bnursing\b",
    r"pumping", r"gestation", r"\bIUP\b", r"ECOG", r"karnofsky", r"\bKPS\b", r"lansky",
    r"performance status", r"\b\d+[- ]?(?:yo|y/o)\b", r"\b\d+\s?y\.o\.", r"\d+-year[- ]old",
    r"\d+ years? old", r"\bDOB\b", r"date of birth", r"local recurrence", r"locally recurrent",
    r"recurren\w*", r"trial", r"study drug", r"investigational", r"protocol", r"expanded access",
    r"compassionate", r"\bPROMIS\b", r"respon\w*", r"progress(?:ion|ive|ed|ing)?\b(?!\s+note)",
    r"stable disease", r"cancer", r"carcinoma", r"leuk\w*", r"lymphoma", r"melanoma",
    r"myeloma", r"malignan\w*", r"\b(?:RUL|RML|RLL|LUL|LLL|lung|pulmonary)\s+(?:mass|lesion)s?\b",
    r"\bimmunotherapy\b", r"diarrh\w*", r"neutropenia", r"deltasone", r"cortef", r"humalog",
    r"votrient", r"lartruvo", r"simulect", r"\bage\s?\d{1,2}\b", r"(?:pulmonary|lung) relapse",
    r"\b\d{1,2}w\dd\b",
]
LINT_CASE = [   # abbreviations that only count in upper case
    r"\bOS\b", r"\bMAP\b", r"\bAP\b", r"\bAI\b", r"\bIE\b", r"\bGD\b", r"\bGP\b", r"\bSLE\b",
    r"\bITP\b", r"\bRA\b", r"\bSD\b", r"\bPR\b", r"\bCR\b", r"\bPD\b(?!-)", r"\bART\b",
    r"\bPS\b", r"\bUPS\b", r"\bALL\b", r"\bACC\b", r"\bPTC\b", r"\bLR\b",
    r"\b\d{1,2}\s?[MF]\b", r"\b[MF]/\d{1,2}\b",
]
LINT = [re.compile("|".join(LINT_WORDS), re.IGNORECASE), re.compile("|".join(LINT_CASE))]

NOTES: list[dict] = []
PATIENTS: dict[str, dict] = {}


def parse(marked: str, where: str) -> tuple[str, list[dict]]:
    """Strip the markup; return the plain text and its spans (offsets into it)."""
    out, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in CONCEPTS, f"{where}: unknown concept {label!r}"
        assert phrase == phrase.strip() and "\n" not in phrase, f"{where}: bad span {phrase!r}"
        fl = set()
        for f in filter(None, flags.split(",")):
            assert f in ALIAS, f"{where}: unknown flag {f!r} in {m.group(0)!r}"
            fl.add(ALIAS[f])
        spans.append({"start": length, "end": length + len(phrase), "label": label,
                      **{f: f in fl for f in FLAGS}, "_text": phrase})
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, f"{where}: unparsed markup near {text[text.find('⟦'):][:60]!r}"
    for s in spans:
        assert text[s["start"]:s["end"]] == s.pop("_text"), f"{where}: offset error"
    return text, spans


def lint(nid: str, text: str, spans: list[dict], ok: tuple[str, ...]) -> None:
    covered = [(s["start"], s["end"]) for s in spans]
    oks = {o.lower() for o in ok}
    for rx in LINT:
        for m in rx.finditer(text):
            w = m.group(0)
            if any(a <= m.start() and m.end() <= b for a, b in covered) or w.lower() in oks:
                continue
            ctx = text[max(0, m.start() - 50):m.end() + 50].replace("\r", "").replace("\n", " | ")
            raise AssertionError(f"{nid}: unannotated concept word {w!r} in ...{ctx}...")
    ss = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        assert a["end"] <= b["start"], (nid, "overlapping spans", a, b)
    for s in spans:   # spans fall on word boundaries
        a, b = s["start"], s["end"]
        assert not (a > 0 and text[a - 1].isalnum() and text[a].isalnum()), (nid, text[a - 5:b])
        assert not (b < len(text) and text[b - 1].isalnum() and text[b].isalnum()), (nid, text[a:b + 5])


def note(pid: str, nid: str, when: str, ntype: str, body: str, ok: tuple[str, ...] = (),
         crlf: bool = False) -> None:
    """Add a note. `ok` lists lint hits (the matched words) that are not concept mentions;
    `crlf` exports the note with Windows line endings (offsets are computed after that)."""
    assert nid.startswith(pid + "-"), nid
    date.fromisoformat(when)
    body = body.strip("\n") + "\n"
    if crlf:
        body = body.replace("\n", "\r\n")
    text, spans = parse(body, nid)
    if spans:
        lint(nid, text, spans, ok)
    else:
        assert not ok, f"{nid}: ok= given for a note without spans"
    NOTES.append({"patient_id": pid, "note_id": nid, "note_date": when, "note_type": ntype,
                  "text": text, "spans": spans})


def patient(pid: str, as_of: str, expect: str, verdicts: dict[str, str], *, dob: str | None = None,
            stated_age: tuple[int, str] | None = None, windows: tuple = ()) -> None:
    """Gold verdicts. Criteria not listed are inclusion `met` / exclusion `not_met`.
    `expect` is the status the verdicts must give. `dob` (ISO) or `stated_age` ((age as
    written in the newest note that states one, that note's date)) is re-checked against
    age_eligible; `windows` = ((criterion, date as written in a note, days before as_of), ...)
    re-checks every boundary the verdicts rely on."""
    assert pid not in PATIENTS, pid
    unknown = set(verdicts) - set(CRITERIA)
    assert not unknown, f"{pid}: unknown criteria {unknown}"
    assert all(v in (M, N, U) for v in verdicts.values()), pid
    full = {c: verdicts.get(c, M if c in INCLUSIONS else N) for c in CRITERIA}
    PATIENTS[pid] = {"patient_id": pid, "as_of": as_of, "status": status_of(full), "criteria": full,
                     "_expect": expect, "_dob": dob, "_stated_age": stated_age, "_windows": windows}


def status_of(v: dict[str, str]) -> str:
    if any(v[c] == N for c in INCLUSIONS) or any(v[c] == M for c in EXCLUSIONS):
        return "excluded"
    if all(v[c] == M for c in INCLUSIONS) and all(v[c] == N for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"), 1)}


def us_date(written: str) -> date:
    """The US date forms used for window events in this part: 10/12/2026, 10/12/26,
    2026-10-12, Oct 12 2026, Oct 12, 2026."""
    s = written.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return date.fromisoformat(s)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s)
    if m:
        y = int(m.group(3))
        return date(y + 2000 if y < 100 else y, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})", s)
    if m:
        return date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    raise ValueError(written)


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:          # 29 February
        return day.replace(year=day.year - years, day=28)


# =====================================================================================
# PC01 -- ELIGIBLE. 17 y.o. M (DOB 03/09/2009 -> 17 on as_of 2026-10-20), osteoblastic OS
# L distal femur, MAP 02/2024 – 09/2024, two LUL nodules c/w mets, VATS wedge, PFTs normal,
# ECOG 0. Traps: predniSONE burst for poison ivy "Discontinued 10/12/2026" = 8 days before
# as_of -> systemic_steroids_7d not_met; asks about FluMist, gets the inactivated shot
# (live_vaccine not_met); grade 1 hearing loss; MAP = mean arterial pressure and RA = room
# air in the flowsheet; grandfather's prostate cancer (family); PROMIS drugs hypothetical.
# =====================================================================================
patient("PC01", "2026-10-20", "eligible", {}, dob="2009-03-09",
        windows=(("systemic_steroids_7d", "10/12/2026", 8),))

note("PC01", "PC01-01", "2026-10-02", "Imaging Result", """
CT CHEST W CONTRAST
Accession: CT2610020417   Ordered by: ***, MD   Resulted: 10/2/26 16:41
CLINICAL INDICATION: 17 yo M hx osteosarcoma L femur, off tx since 9/2024. Surveillance.
COMPARISON: 04/08/2026
TECHNIQUE: Helical CT of the chest after 75 mL Omnipaque 350. Dose reduction technique used.
FINDINGS:
Lungs/airways: Two new solid pulmonary nodules in the left upper lobe: 9 mm apicoposterior segment (se 3 im 41) and 6 mm anterior segment (se 3 im 67), both within 1.5 cm of the pleura. No other nodules. Airways patent.
Pleura: No effusion or pneumothorax.
Heart/mediastinum: Normal. No adenopathy.
Bones/soft tissues: Postsurgical changes L femur partially imaged.
IMPRESSION:
1. Two new LUL nodules, 9 and 6 mm, compatible with pulmonary metastatic disease given history.
2. No pleural effusion.
Electronically signed by ***, MD on 10/2/2026 4:41 PM
""")

note("PC01", "PC01-02", "2026-10-09", "Consult Note", """
THORACIC SURGERY CONSULT
Date of Service: 10/09/2026
Referring: ***, MD (Sarcoma Medical Oncology)
Reason for Consult: LUL ⟦nodules|PULMONARY_NODULE⟧, ?⟦metastasectomy|LUNG_RESECTION|hyp⟧

HPI: Pt is a ⟦17 y.o.|AGE⟧ male w/ hx of ⟦osteoblastic osteosarcoma|OSTEOSARCOMA|hist⟧ of the L distal femur (dx 02/2024), s/p neoadjuvant/adjuvant ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 02/2024 – 09/2024 and distal femoral resection w/ endoprosthesis 05/2024. Surveillance CT 10/2/26 w/ 2 new LUL ⟦nodules|PULMONARY_NODULE⟧ (9 mm, 6 mm), both peripheral, c/w ⟦mets|METASTASIS⟧. Asymptomatic. Plays varsity golf.

PMH: Mild intermittent asthma (uses albuterol maybe twice a month). Reviewed, no changes.
PSH: L distal femur resection / endoprosthesis 05/2024. Port removal 11/2024.
Social: Senior in HS. Never smoker, no vaping.

⟦PFTs|PULMONARY_FUNCTION⟧ 10/08/2026: ⟦FEV1|PULMONARY_FUNCTION⟧ 4.21 L (102% pred), FVC 104%, ⟦DLCO|PULMONARY_FUNCTION⟧ 95% pred.

Exam: NAD. Lungs CTAB. Healed L thigh incision.

Assessment/Plan:
Two peripheral LUL ⟦nodules|PULMONARY_NODULE⟧ - both ⟦resectable|RESECTABLE⟧. ⟦PFTs|PULMONARY_FUNCTION⟧ normal; ⟦cleared for thoracic surgery|PULMONARY_FUNCTION⟧ from a pulmonary standpoint.
Recommend L ⟦VATS wedge resection|LUNG_RESECTION|hyp⟧ x2 (anterior ⟦segmentectomy|LUNG_RESECTION|hyp⟧ only if the 6 mm ⟦lesion|PULMONARY_NODULE⟧ cannot be palpated). Timing per med onc - family asking about the ⟦PROMIS trial|INVESTIGATIONAL|hyp⟧ first.
""")

note("PC01", "PC01-03", "2026-10-14", "Progress Notes", """
SARCOMA MEDICAL ONCOLOGY - FOLLOW UP
Visit date: 10/14/2026     Dept: ST. AGNES COMMUNITY CANCER CTR - SARCOMA
Patient: ***     MRN: ***     ⟦DOB: 03/09/2009|DOB⟧     Age: ⟦17 y.o.|AGE⟧     Sex: male

Chief Complaint: Follow-up (LUL ⟦nodules|PULMONARY_NODULE⟧)

HPI: ⟦17 yo|AGE⟧ M with ⟦osteoblastic osteosarcoma|OSTEOSARCOMA⟧ L distal femur (bx 2/21/24), treated w/ ⟦MAP|SYSTEMIC_THERAPY⟧ x 6 cycles (02/2024 – 09/2024) + limb salvage 5/2024, 94% necrosis. Off therapy since Sept 2024. CT 10/2/26: 2 new LUL ⟦nodules|PULMONARY_NODULE⟧, c/w ⟦pulmonary metastases|LUNG_METASTASIS⟧. Seen by thoracic 10/9: ⟦resectable|RESECTABLE⟧, ⟦VATS wedge|LUNG_RESECTION|hyp⟧ x2 recommended, ⟦PFTs|PULMONARY_FUNCTION⟧ nl.
Interval: got poison ivy on a camping trip last week of Sept; urgent care started ⟦predniSONE|SYSTEMIC_STEROID⟧ burst 10/3, he took the last tab on 10/12 per mom. Rash almost gone. No fevers. Back at school.

Patient Active Problem List
  Diagnosis                                                        Date Noted
  • ⟦Osteosarcoma|OSTEOSARCOMA⟧ of left femur (HCC) [C40.22]                     02/21/2024
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01]            10/02/2026
  • Mild intermittent asthma, uncomplicated [J45.20]                 06/11/2015
  • Contact dermatitis due to poison ivy [L23.7]                     10/03/2026
  • ⟦Sensorineural hearing loss, bilateral|TOXICITY⟧ [H90.3]                    08/19/2024

Current Outpatient Medications
  • albuterol HFA 90 mcg/actuation inhaler — inhale 2 puffs q4h PRN wheezing — Active
  • ⟦predniSONE|SYSTEMIC_STEROID|hist⟧ 20 mg tablet — take 2 tabs PO daily x 5 days, then 1 tab daily x 5 days — Discontinued 10/12/2026 (Reason: Therapy completed)
  • ondansetron ODT 4 mg — dissolve 1 tab on tongue q8h PRN nausea — Discontinued 11/2024 (Reason: Patient no longer taking)
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
Immunizations (reviewed): ⟦Influenza, injectable, quadrivalent, preservative free|NONLIVE_VACCINE⟧ — 10/06/2026 (CVS); ⟦Tdap|NONLIVE_VACCINE⟧ — 2020; ⟦MenACWY|NONLIVE_VACCINE⟧ #2 — 2025.

Family History: Paternal grandfather ⟦prostate cancer|OTHER_MALIGNANCY|fam⟧ (dx 70s). No family hx of ⟦sarcoma|OTHER_SARCOMA|neg,fam⟧. Reviewed, no changes.
Social History: Reviewed, no changes.

ROS:
[x] Denies fever/chills   [x] Denies cough   [x] Denies hemoptysis   [x] Denies chest pain
[ ] Weight loss   [x] Denies bone pain   [x] Denies ⟦fatigue|TOXICITY|neg⟧
Constitutional: ***

Vitals: BP 116/70 | Pulse 72 | Temp 98.2 °F (36.8 °C) (Temporal) | Resp 16 | Wt 71.4 kg | SpO2 99% on RA
Physical Exam: Well appearing. Lungs clear bilat. Few healing papules L forearm. L knee ROM 0-115, ambulates w/o assistive device.
⟦ECOG 0|ECOG⟧

Labs/Studies: ⟦HIV 1/2 Ag/Ab, 4th gen|HIV|neg⟧: Nonreactive (10/14/2026). Audiogram 08/2024: grade 1 high-frequency ⟦hearing loss|TOXICITY⟧ after ⟦cisplatin|SYSTEMIC_THERAPY|hist⟧, stable. MRI L femur 09/16/2026: no evidence of ⟦local recurrence|LOCAL_RECURRENCE|neg⟧.

Assessment & Plan:
⟦17 y.o.|AGE⟧ M w/ ⟦osteosarcoma|OSTEOSARCOMA⟧, first ⟦pulmonary relapse|LUNG_METASTASIS⟧, 2 ⟦resectable|RESECTABLE⟧ LUL ⟦mets|METASTASIS⟧.
1. Discussed ⟦PROMIS|INVESTIGATIONAL|hyp⟧ (NCT06114225): SBRT + ⟦penpulimab|CHECKPOINT_INHIBITOR|hyp⟧ and ⟦gemcitabine|GEMCITABINE|hyp⟧, then ⟦metastasectomy|LUNG_RESECTION|hyp⟧. Family interested; screening visit 10/20.
2. If not enrolled → L ⟦VATS wedge|LUNG_RESECTION|hyp⟧ x2 with Dr. ***.
3. Hearing: grade 1, no ⟦toxicity|TOXICITY|neg⟧ above grade 1.
4. ⟦Steroids|SYSTEMIC_STEROID|hist⟧: burst completed 10/12. Avoid further ⟦steroids|SYSTEMIC_STEROID|hyp⟧ if possible before screening - call us first.
RTC 1 wk.
""", ok=("RA", "Sarcoma", "cancer"))

note("PC01", "PC01-04", "2026-10-15", "Patient Portal Message", """
MyChart Message
From: *** (proxy: mother)      To: SARCOMA NURSE POOL      Sent: 10/15/2026 7:52 PM
Subject: question re school nurse
hi, his school is doing a trip in november and the nurse there said he could get the ⟦FluMist|LIVE_VACCINE|hyp⟧ nose spray instead of a shot. is that ok with the ⟦trial|INVESTIGATIONAL|hyp⟧ stuff? also he finished the ⟦prednisone|SYSTEMIC_STEROID|hist⟧ on monday the 12th like you said. thanks

Reply — ***, RN     10/16/2026 9:10 AM
Hi! He already got his ⟦flu shot|NONLIVE_VACCINE⟧ (the injectable, inactivated kind) at CVS on 10/6, so he does NOT need another one this season. Please do not give the ⟦FluMist|LIVE_VACCINE|neg,hyp⟧ nasal spray - it is a ⟦live vaccine|LIVE_VACCINE|neg,hyp⟧ and we avoid those before ⟦study|INVESTIGATIONAL|hyp⟧ screening and treatment. Thanks for confirming the ⟦steroid|SYSTEMIC_STEROID|hist⟧ end date. See you Tuesday 10/20!
""")

note("PC01", "PC01-05", "2026-10-16", "Telephone Encounter", """
Telephone Encounter
Caller: mother   Call back #: ***   10/16/2026 11:20 AM
Reason for call: scheduling - PROMIS screening visit
Mom confirms appt 10/20 @ 0830 w/ research RN + MD. Reviewed: NPO not needed. Bring insurance card. She confirms last prednisone tab was 10/12 (Monday), none since, no other meds except albuterol PRN. Denies new sx.
Routed to: research coordinator.   Documented by ***, RN
""")

note("PC01", "PC01-06", "2026-10-20", "Nursing Note", """
Research Screening Visit - Nursing Intake        10/20/2026 08:41
Vital Signs (flowsheet)
  BP: 118/72 (Patient Position: Sitting)   MAP (mmHg): 87
  Pulse: 68   Resp: 16   Temp: 98.1 °F (36.7 °C) (Temporal)
  SpO2: 99 %   O2 Device: None (Room air)  — documented as "RA"
  Height: 5' 10" (177.8 cm)   Weight: 71.2 kg   BMI: 22.5
  Pain score: 0/10   Fall risk: ***
Med rec done w/ pt & mom: albuterol PRN only. Completed ⟦predniSONE|SYSTEMIC_STEROID|hist⟧ 10/12/26. No ⟦live vaccines|LIVE_VACCINE|neg⟧ or other shots since the 10/6 ⟦flu shot|NONLIVE_VACCINE⟧. [x] Pt denies other meds/supplements.
Labs drawn per screening order set, sent 0902.
""", ok=("MAP", "RA", "Nursing"))


# =====================================================================================
# PC02 -- EXCLUDED. 57-year old F, radiation-associated osteosarcoma of the L chest wall
# (2024) after L breast cancer (01/2019: > 5 y before as_of 2026-03-16 -> other_malignancy
# not_met although she is still on anastrozole). Pleural fluid cytology positive ->
# malignant_pleural_effusion met; pleural dissemination, "not resectable" -> resectable
# not_met; PFTs never obtained -> unknown. Medrol Dosepak finished 03/09/2026 = exactly 7
# days before as_of -> systemic_steroids_7d met. Huaier granules, still taking ->
# immunomodulator_2w met. Anthracycline cardiomyopathy, EF decreased grade 2, persistent ->
# unresolved_toxicity met (toxicity of any earlier treatment counts).
# =====================================================================================
patient("PC02", "2026-03-16", "excluded", {
    "resectable_nodules": N, "pulmonary_function_adequate": U,
    "malignant_pleural_effusion": M, "systemic_steroids_7d": M, "immunomodulator_2w": M,
    "unresolved_toxicity": M,
}, stated_age=(57, "2026-03-10"),
   windows=(("systemic_steroids_7d", "03/09/2026", 7), ("other_malignancy_5y", "01/14/2019", 2618)))

note("PC02", "PC02-01", "2024-06-20", "Pathology Result", """
SURGICAL PATHOLOGY REPORT                         Collected: 06/18/2024   Final: 06/20/2024
SPECIMEN: Chest wall mass, left, ribs 3-4, CT-guided core biopsy (5 cores)
CLINICAL HX: 55F, hx L breast CA 2019 s/p lumpectomy/RT. New painful L chest wall mass in prior radiation field.
FINAL DIAGNOSIS:
  Chest wall, left, core biopsy:
  - HIGH-GRADE OSTEOSARCOMA, osteoblastic type.
  - See comment.
COMMENT: Pleomorphic malignant cells producing lace-like osteoid. SATB2 diffusely positive; pancytokeratin, GATA3 and ER negative, excluding metastatic breast carcinoma. Given the location within the prior radiation field and the latency of ~5 years, this is consistent with a radiation-associated (post-radiation) osteosarcoma.
""")

note("PC02", "PC02-02", "2026-02-20", "Cytology Result", """
NON-GYN CYTOLOGY                                  Collected: 02/18/2026   Final: 02/20/2026
SOURCE: Pleural fluid, left, ultrasound-guided thoracentesis, 1150 mL, serosanguinous
DIAGNOSIS: ⟦POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION⟧.
  Cell block: clusters of pleomorphic cells with osteoid-like matrix; SATB2 positive; pancytokeratin, GATA3, ER negative.
  Consistent with ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧. No evidence of ⟦metastatic|METASTASIS|neg⟧ ⟦breast carcinoma|OTHER_MALIGNANCY|neg⟧.
Called to Dr. *** 02/20/2026 10:15 by ***, CT(ASCP).
""")

note("PC02", "PC02-03", "2026-02-27", "Consult Note", """
CARDIOTHORACIC SURGERY CONSULTATION                               DOS: Feb 27 2026
Requesting: ***, MD (Heme/Onc)
Reason: ⟦pulmonary nodules|PULMONARY_NODULE⟧ + L ⟦effusion|PLEURAL_EFFUSION⟧ - eval for ⟦resection|LUNG_RESECTION|hyp⟧

HPI: ⟦57-year old|AGE⟧ female w/ radiation-associated ⟦osteosarcoma|OSTEOSARCOMA⟧ of the L chest wall (ribs 3-4), s/p en bloc chest wall resection + mesh reconstruction 08/2024 and adjuvant ⟦cisplatin|SYSTEMIC_THERAPY|hist⟧/⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧ (no further ⟦doxorubicin|SYSTEMIC_THERAPY|neg⟧ d/t prior anthracycline + ⟦cardiomyopathy|TOXICITY⟧). Also h/o L ⟦breast CA|OTHER_MALIGNANCY|hist⟧ 2019. CT 2/11/26: 3 new LLL ⟦nodules|PULMONARY_NODULE⟧ (up to 1.4 cm), new moderate L ⟦pleural effusion|PLEURAL_EFFUSION⟧ with nodular pleural thickening along the costal + diaphragmatic pleura. Thoracentesis 2/18 → cytology ⟦positive for malignant cells|MALIGNANT_EFFUSION⟧ (⟦OS|OSTEOSARCOMA⟧).
Exertional dyspnea since early Feb, better after tap.

Imaging reviewed personally: multiple ⟦pleural-based metastatic deposits|MALIGNANT_EFFUSION⟧ along L hemithorax + 3 LLL ⟦nodules|PULMONARY_NODULE⟧. Re-accumulating ⟦effusion|PLEURAL_EFFUSION⟧ on CXR today.

Assessment:
⟦Malignant pleural effusion|MALIGNANT_EFFUSION⟧ w/ pleural dissemination of ⟦osteosarcoma|OSTEOSARCOMA⟧ and LLL ⟦pulmonary metastases|LUNG_METASTASIS⟧. Complete resection is not achievable - the ⟦nodules|PULMONARY_NODULE⟧ are ⟦not resectable|UNRESECTABLE⟧ with pleural disease; ⟦metastasectomy|LUNG_RESECTION|neg⟧ not indicated. ⟦PFTs|PULMONARY_FUNCTION|neg⟧ not obtained since no resection planned.
Plan: L tunneled indwelling pleural catheter (PleurX) next week; palliative. Back to med onc.
""", ok=("nodular",))

note("PC02", "PC02-04", "2026-03-10", "Progress Notes", """
HEMATOLOGY/ONCOLOGY PROGRESS NOTE
DOS: 03/10/2026     Location: MERCY REGIONAL MED CTR - INFUSION/ONC CLINIC
Pt: ***   ⟦57-year old|AGE⟧ female

Chief Complaint: f/u after PleurX, discuss options

Patient Active Problem List
  • ⟦Osteosarcoma|OSTEOSARCOMA⟧ of rib (HCC) [C41.3] — Date Noted: 06/20/2024
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01] — 02/11/2026
  • ⟦Malignant pleural effusion|MALIGNANT_EFFUSION⟧ [J91.0] — 02/20/2026
  • ⟦Personal history of malignant neoplasm of breast|OTHER_MALIGNANCY|hist⟧ [Z85.3] — 01/2019
  • ⟦Cardiomyopathy due to drug|TOXICITY⟧ (HCC) [I42.7] — 11/2023
  • Essential hypertension [I10]

HPI: ⟦57-year old|AGE⟧ F w/ ⟦OS|OSTEOSARCOMA⟧ of the L chest wall arising in the RT field of her L ⟦breast cancer|OTHER_MALIGNANCY|hist⟧ (IDC, ER+, dx 01/14/2019; lumpectomy, ⟦AC-T|SYSTEMIC_THERAPY|hist⟧, RT; ⟦anastrozole|SYSTEMIC_THERAPY⟧ since 2019). ⟦OS|OSTEOSARCOMA⟧ dx 06/2024, chest wall resection 08/2024, adjuvant ⟦cisplatin|SYSTEMIC_THERAPY|hist⟧/⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧ x4 (completed 12/2024). 02/2026: LLL ⟦mets|METASTASIS⟧ + ⟦malignant effusion|MALIGNANT_EFFUSION⟧ (cytology +). CT surgery 2/27: ⟦not resectable|UNRESECTABLE⟧. PleurX placed 3/3, draining ~300 mL q other day.
Went to urgent care 3/4 for bronchitis → ⟦Medrol dosepak|SYSTEMIC_STEROID|hist⟧, finished it 3/9. Daughter says pt has been takeing ⟦Huaier granules|IMMUNOMODULATOR⟧ (bought at an herbal shop in Flushing) since January "to fight the tumor" - still taking daily.
Cardiac: echo 02/2026 LVEF 45% (baseline 62% in 2018) - CTCAE grade 2 ⟦ejection fraction decreased|TOXICITY⟧, on GDMT per cardio-onc, not improving.

Current Outpatient Medications
  • ⟦anastrozole|SYSTEMIC_THERAPY⟧ (⟦ARIMIDEX|SYSTEMIC_THERAPY⟧) 1 mg tablet — take 1 tablet by mouth daily — Active
  • carvedilol (COREG) 6.25 mg tablet — take 1 tablet by mouth 2 times daily with meals — Active
  • sacubitril-valsartan (ENTRESTO) 24-26 mg tablet — take 1 tablet by mouth 2 times daily — Active
  • ⟦methylPREDNISolone|SYSTEMIC_STEROID|hist⟧ (⟦MEDROL DOSEPACK|SYSTEMIC_STEROID|hist⟧) 4 mg tablet — use as directed on package — Discontinued 03/09/2026 (Reason: Therapy completed)
  • ⟦Huaier granule|IMMUNOMODULATOR⟧ (herbal/OTC - patient supplied) — 20 g by mouth 3 times daily — Active
Allergies: Sulfa (Sulfonamide Antibiotics) — Rash

ROS: [x] dyspnea on exertion (improved)  [x] Denies fever  [ ] Hemoptysis  [x] Denies chest pain
Vitals: BP 128/76 | Pulse 84 | SpO2 95% | Wt 61.2 kg
Exam: Thin, NAD. Decreased BS L base, PleurX site c/d/i. Healed L chest wall incision.
⟦ECOG 1|ECOG⟧

Assessment/Plan:
1. ⟦OS|OSTEOSARCOMA⟧ w/ LLL ⟦mets|METASTASIS⟧ + ⟦malignant pleural effusion|MALIGNANT_EFFUSION⟧. Pt asked about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ (NCT06114225) - not a candidate: ⟦malignant effusion|MALIGNANT_EFFUSION⟧ and ⟦unresectable|UNRESECTABLE⟧ disease (also recent ⟦steroid|SYSTEMIC_STEROID|hist⟧ and ⟦Huaier|IMMUNOMODULATOR⟧). Discussed ⟦trabectedin|SYSTEMIC_THERAPY|hyp⟧ vs ⟦regorafenib|SYSTEMIC_THERAPY|hyp⟧ vs best supportive care; she will think.
2. Asked her to stop the ⟦Huaier|IMMUNOMODULATOR|hyp⟧ - pharmacy to review.
3. ⟦Breast CA|OTHER_MALIGNANCY⟧: NED; cont ⟦anastrozole|SYSTEMIC_THERAPY⟧.
4. Cardio-onc f/u.
""", ok=("ONC",), crlf=True)

note("PC02", "PC02-05", "2026-03-12", "Pharmacy Note", """
Clinical Pharmacist Note - Herbal/Supplement Review        03/12/2026 14:05
Requested by Dr. *** re: herbal product.
Product: ⟦Huaier granule|IMMUNOMODULATOR⟧ (槐耳颗粒, Trametes robiniophila extract), 20 g sachets; box brought in by daughter. Marketed in China with an anti-tumor indication.
Use: 20 g PO TID since ~01/2026; pt took a dose this morning (03/12/2026). Has not stopped yet despite MD advice; daughter will bring remaining boxes home.
Other: ⟦methylPREDNISolone dose pack|SYSTEMIC_STEROID|hist⟧ completed 03/09/26 (per pt and Rx fill hx). ⟦Anastrozole|SYSTEMIC_THERAPY⟧ - no interaction concern.
Recommendation: discontinue ⟦Huaier|IMMUNOMODULATOR|hyp⟧; document last dose in chart; counsel that herbal products can interact w/ future therapy.
""")

note("PC02", "PC02-06", "2026-03-03", "Discharge Instructions", """
AFTER VISIT SUMMARY — DISCHARGE INSTRUCTIONS            Outpatient Procedure: 03/03/2026
Procedure: Left tunneled indwelling pleural catheter (PleurX) placement - Interventional Pulmonology
Diagnosis: Malignant pleural effusion, left (J91.0); osteosarcoma of chest wall
What you had done: a small tube was placed under the skin into the space around your left lung to drain fluid caused by your cancer.
Drainage: drain at home every other day (Mon/Wed/Fri) with the vacuum bottles, no more than 1000 mL at a time. Your home health nurse will visit 03/04.
Call us for: fever > 100.4 °F, redness or pus at the site, sudden shortness of breath, chest pain, or if the catheter falls out.
Medications: continue your home medicines. ***
Follow-up: Dr. *** (Heme/Onc) 03/10/2026 2:40 PM.
""")


# =====================================================================================
# PC03 -- NEEDS_REVIEW. Boy, DOB 05/30/2010 -> 16 on as_of 2026-06-15; only Lansky scores
# documented (peds clinic) -> performance_status unknown. ITP relapse "last summer" (2025)
# treated at an outside ER, treatment unknown -> autoimmune_systemic_2y unknown. Numb feet
# since cisplatin, never graded -> unresolved_toxicity unknown.
# =====================================================================================
patient("PC03", "2026-06-15", "needs_review", {
    "performance_status": U, "autoimmune_systemic_2y": U, "unresolved_toxicity": U,
}, dob="2010-05-30")

note("PC03", "PC03-01", "2026-04-14", "Progress Notes", """
PEDIATRIC HEMATOLOGY/ONCOLOGY - OFF-THERAPY SURVEILLANCE
DOS 4/14/2026    Accompanied by: mom
Name: ***   ⟦DOB: 05/30/2010|DOB⟧   MRN: ***

S: ⟦15 y.o.|AGE⟧ M w/ ⟦osteosarcoma|OSTEOSARCOMA⟧ R proximal tibia dx 11/2023, completed ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 11/2023 – 07/2024, limb salvage 2/2024. Here for q3mo surveillance. Doing well, back in marching band (drums). Still has numbness/tingling in both feet since ⟦chemo|SYSTEMIC_THERAPY|hist⟧, worse in the cold, drops things sometimes? (unclear if hands involved). Never formally graded - mom never mentioned it before.
PMH: ⟦ITP|AUTOIMMUNE_DISEASE|hist⟧ ⟦age 9|AGE|hist⟧ (2019) - IVIG x1, resolved. Otherwise as above.
Meds: none. Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧.

O: Wt 58 kg, Ht 170 cm. Well appearing. R knee scar healed, ROM 0-120. Sensation decreased to LT distal toes bilat, vibration ?, reflexes 1+ ankles. Strength 5/5.
Performance: ⟦Lansky 80|LANSKY⟧

A/P: ⟦OS|OSTEOSARCOMA⟧, 21 mo off therapy, NED clinically.
- CT chest + XR R tibia due 05/2026 (ordered).
- Feet sx c/w ⟦cisplatin|SYSTEMIC_THERAPY|hist⟧ ⟦neuropathy|TOXICITY|unc⟧ - grade not assessed today; refer peds neuro / PT for formal assessment.
- Audiogram stable 01/2026 (no ⟦hearing loss|TOXICITY|neg⟧).
""")

note("PC03", "PC03-02", "2026-05-19", "Imaging Result", """
CT CHEST WITH CONTRAST (PEDIATRIC)   05/19/2026
INDICATION: 15M osteosarcoma R tibia, surveillance
COMPARISON: 02/10/2026
FINDINGS: New 8 mm solid nodule RLL superior segment, 1 cm from the pleural surface (se 4 im 88). No other nodules. No pleural effusion. No lymphadenopathy.
IMPRESSION: New solitary 8 mm RLL nodule - in this clinical setting most c/w metastasis.
""")

note("PC03", "PC03-03", "2026-05-28", "Consult Note", """
PEDIATRIC SURGERY CONSULT   05/28/2026
Solitary 8 mm RLL sup seg nodule, peripheral, in a teen w/ osteosarcoma. Amenable to thoracoscopic wedge resection - resectable. No need for lobectomy.
Spirometry 5/27/26: FEV1 3.6 L (99% pred), FVC 101% - cleared for thoracic surgery.
Plan: R VATS wedge - date TBD pending onc/research discussion.
""")

note("PC03", "PC03-04", "2026-06-10", "Progress Notes", """
PEDS HEME/ONC - RETURN VISIT   06/10/2026
S: ⟦16 y.o.|AGE⟧ M (turned 16 on 5/30) w/ R tibia ⟦osteosarcoma|OSTEOSARCOMA⟧, ⟦MAP|SYSTEMIC_THERAPY|hist⟧-treated, new solitary RLL ⟦nodule|PULMONARY_NODULE⟧ (CT 5/19) c/w ⟦metastasis|METASTASIS⟧. Peds surgery 5/28: ⟦resectable|RESECTABLE⟧ by ⟦thoracoscopic wedge|LUNG_RESECTION|hyp⟧; ⟦spirometry|PULMONARY_FUNCTION⟧ normal, ⟦cleared for thoracic surgery|PULMONARY_FUNCTION⟧.
Family interested in the ⟦PROMIS trial|INVESTIGATIONAL|hyp⟧ they read about.
New info today: mom now recalls an ⟦ITP|AUTOIMMUNE_DISEASE|unc⟧ "flare" last summer (07/2025) while visiting grandparents in Ohio - plt count "very low", seen at an outside ER and treated with "some pills for a couple weeks and maybe an infusion" - she is not sure what. No records in Care Everywhere. Plt today 212K.
Feet: tingling persists. Neuro appt 06/22. ⟦Neuropathy|TOXICITY|unc⟧ grade not yet determined.
Meds: none. ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧.
O: Well. Lungs clear. ⟦Lansky 90|LANSKY⟧ (plays drums, mows lawns).
A/P: ⟦16 yo|AGE⟧ w/ first ⟦pulmonary relapse|LUNG_METASTASIS⟧ of ⟦OS|OSTEOSARCOMA⟧, solitary ⟦resectable|RESECTABLE⟧ RLL ⟦met|METASTASIS⟧.
- ⟦PROMIS|INVESTIGATIONAL|hyp⟧ pre-screen: research RN notes pt now ≥16 → needs an adult-scale performance score; outside ER records for ⟦ITP|AUTOIMMUNE_DISEASE|unc⟧ tx (?⟦steroids|SYSTEMIC_STEROID|unc⟧ ?IVIG); neuro grading of ⟦neuropathy|TOXICITY|unc⟧.
- ROI signed for outside ER records.
""")

note("PC03", "PC03-05", "2026-06-12", "Telephone Encounter", """
Telephone Encounter - Research RN   6/12/26 3:40 PM
Called outside ER (Ohio) HIM dept re 07/2025 visit. They need the ROI faxed directly from family + 7-10 business days. Faxed. No records yet. Mom aware. Neuro appt still 6/22.
""")


# =====================================================================================
# PC04 -- EXCLUDED. Newest stated age "65 y/o" in the note of 2025-09-03; later notes carry
# Epic residue ("*** y.o.") instead of an age -> 65 + 1 whole year = 66 on as_of 2026-09-14
# -> age_eligible not_met. ECOG 3 -> performance_status not_met. FEV1 38 % / DLCO 35 %, "not
# a surgical candidate due to lung function" -> pulmonary_function_adequate not_met (the
# nodules themselves are called resectable -> met). Plaque psoriasis on adalimumab
# (Humira), an active medication -> autoimmune_systemic_2y met and systemic_steroids_7d met
# (other immunosuppressive therapy, current). Clobetasol is topical.
# =====================================================================================
patient("PC04", "2026-09-14", "excluded", {
    "age_eligible": N, "performance_status": N, "pulmonary_function_adequate": N,
    "autoimmune_systemic_2y": M, "systemic_steroids_7d": M,
}, stated_age=(65, "2025-09-03"))

note("PC04", "PC04-01", "2025-09-03", "Consult Note", """
MEDICAL ONCOLOGY - NEW PATIENT CONSULTATION
DOS: 9/3/2025     Referring: ***, MD (Ortho Onc)
CC: new dx bone tumor R shoulder

HPI: ⟦65 y/o|AGE⟧ M, retired HVAC tech, w/ 4 mo of R shoulder pain → XR/MRI 08/2025: aggressive lesion R proximal humerus. CT-guided bx 08/22/2025: high-grade conventional ⟦osteosarcoma|OSTEOSARCOMA⟧ (osteoblastic). Staging CT chest 8/27/25: no ⟦pulmonary nodules|PULMONARY_NODULE|neg⟧; severe centrilobular emphysema. Bone scan: solitary lesion.

PMH:
- ⟦Plaque psoriasis|AUTOIMMUNE_DISEASE|hist⟧ x 20 yrs, on ⟦adalimumab|IMMUNOSUPPRESSANT|hist⟧ since 2019 (derm, Dr. ***), well controlled
- COPD (GOLD 3), 45 pk-yr, quit 2021
- HTN, HLD
Meds:
  • ⟦adalimumab|IMMUNOSUPPRESSANT⟧ (⟦HUMIRA|IMMUNOSUPPRESSANT⟧ PEN) 40 mg/0.4 mL — inject 40 mg subcutaneously every 14 days — Active
  • ⟦clobetasol 0.05% ointment|LOCAL_STEROID⟧ — apply to affected areas BID PRN flares — Active
  • tiotropium-olodaterol (STIOLTO) 2.5-2.5 mcg/actuation — 2 puffs daily — Active
  • amlodipine 10 mg daily; atorvastatin 40 mg daily — Active
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧

Exam: ⟦ECOG 1|ECOG⟧. Firm tender mass R prox humerus. Scattered plaques elbows/knees. Mild exp wheeze.

A/P: ⟦65 y/o|AGE⟧ M w/ localized high-grade ⟦osteosarcoma|OSTEOSARCOMA⟧ R proximal humerus.
- ⟦Doxorubicin|SYSTEMIC_THERAPY|hyp⟧/⟦cisplatin|SYSTEMIC_THERAPY|hyp⟧ x 2 → resection → ⟦AP|SYSTEMIC_THERAPY|hyp⟧ x 2-4 (no ⟦HD-MTX|SYSTEMIC_THERAPY|neg⟧ at his age). Echo, audiogram, port.
- Hold ⟦Humira|IMMUNOSUPPRESSANT|hyp⟧ during ⟦chemo|SYSTEMIC_THERAPY|hyp⟧? → will d/w derm.
""")

note("PC04", "PC04-02", "2026-08-18", "Imaging Result", """
CT CHEST WO CONTRAST     Aug 18 2026
HX: osteosarcoma R humerus, completed AP chemo 01/2026 + resection 11/2025. Restaging.
COMPARISON: 05/12/2026
FINDINGS: Two new solid nodules LLL: 1.2 cm lateral basal (se 2 im 201), 7 mm posterior basal (im 214), both subpleural. Severe centrilobular and paraseptal emphysema, upper lobe predominant, progressed. No pleural effusion. Postsurgical changes R shoulder.
IMPRESSION: 1. Two new LLL nodules c/w metastases. 2. Severe emphysema.
""")

note("PC04", "PC04-03", "2026-08-31", "Consult Note", """
THORACIC SURGERY CONSULT                                   08/31/2026
*** is a *** y.o. male referred for LLL ⟦nodules|PULMONARY_NODULE⟧.

HPI: R humerus ⟦osteosarcoma|OSTEOSARCOMA⟧ (dx 8/2025) s/p ⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧/⟦cisplatin|SYSTEMIC_THERAPY|hist⟧ and proximal humerus resection/reverse TSA 11/2025. CT 8/18/26: 2 new LLL ⟦nodules|PULMONARY_NODULE⟧ (1.2 cm, 7 mm), both subpleural, c/w ⟦mets|METASTASIS⟧. Home O2 2L with exertion since June. Gets SOB walking to the mailbox.

⟦PFTs|PULMONARY_FUNCTION⟧ 08/27/2026: ⟦FEV1|PULMONARY_FUNCTION⟧ 0.98 L (38% pred), ⟦FEV1/FVC|PULMONARY_FUNCTION⟧ 0.41, ⟦DLCO|PULMONARY_FUNCTION⟧ 35% pred. 6MWT 180 m, nadir SpO2 84% on 2L.

Assessment: Anatomically both LLL ⟦nodules|PULMONARY_NODULE⟧ are ⟦resectible|RESECTABLE⟧ by ⟦wedge resection|LUNG_RESECTION|hyp⟧. However ppo-⟦FEV1|PULMONARY_FUNCTION⟧ and ppo-⟦DLCO|PULMONARY_FUNCTION⟧ < 30% → ⟦prohibitive pulmonary reserve|PULMONARY_FUNCTION⟧; he is not a surgical candidate due to ⟦lung function|PULMONARY_FUNCTION⟧.
Rec: no surgery. Rad onc for SBRT eval. Pulm f/u for COPD.
""")

note("PC04", "PC04-04", "2026-09-10", "Progress Notes", """
HEME/ONC FOLLOW UP     09/10/2026
Pt is a *** y.o. male with R humerus ⟦OS|OSTEOSARCOMA⟧ and new LLL ⟦pulmonary metastases|LUNG_METASTASIS⟧ who presents for f/u. ***

Interval Hx: Seen by thoracic 8/31 - ⟦not a surgical candidate|PULMONARY_FUNCTION⟧ d/t severe COPD. Since summer spends most of the day in recliner, needs help w/ bathing, wife does all meals. Wt down 6 lb.
⟦Psoriasis|AUTOIMMUNE_DISEASE⟧: still on ⟦Humira|IMMUNOSUPPRESSANT⟧ q2wk, last injection 9/3/26 (derm wants him to continue); ⟦clobetasol|LOCAL_STEROID⟧ oint PRN.

Medications - Reviewed, no changes.
  • ⟦adalimumab|IMMUNOSUPPRESSANT⟧ (⟦HUMIRA|IMMUNOSUPPRESSANT⟧ PEN) 40 mg/0.4 mL — inject SC every 14 days — Active
  • ⟦clobetasol 0.05% ointment|LOCAL_STEROID⟧ — topical BID PRN — Active
  • tiotropium-olodaterol; albuterol neb PRN; home O2 2 L NC w/ exertion — Active
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧

Exam: Chronically ill appearing, pursed-lip breathing, SpO2 90% 2L. Few plaques elbows.
⟦ECOG 3|ECOG⟧

A/P:
1. ⟦Metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧ to lung, ⟦not a surgical candidate|PULMONARY_FUNCTION⟧. Pt asked about the ⟦PROMIS|INVESTIGATIONAL|hyp⟧ study → not eligible (⟦ECOG 3|ECOG⟧, ⟦PFTs|PULMONARY_FUNCTION⟧, age, active ⟦psoriasis|AUTOIMMUNE_DISEASE⟧ on a ⟦biologic|IMMUNOSUPPRESSANT⟧). Rad onc SBRT consult 9/17.
2. Goals of care: pt/wife want to avoid hospital; palliative care referral placed.
3. ⟦Psoriasis|AUTOIMMUNE_DISEASE⟧ - cont ⟦Humira|IMMUNOSUPPRESSANT⟧ per derm.
""")


# =====================================================================================
# PC05 -- ELIGIBLE. "14-1/2-year-old" girl (no DOB; note of 2026-04-20, as_of 2026-04-27 ->
# 14), Lansky 80. OS L proximal humerus, MAP, two RML nodules, resectable, spirometry normal.
# Traps: type 1 diabetes on an insulin pump (replacement -> autoimmune_systemic not_met);
# allograft-prosthetic composite reconstruction (structural bone allograft, not a
# transplant); Varivax #2 on 03/27/2026 = 31 days before as_of -> live_vaccine not_met;
# urine hCG negative; amoxicillin hives (not a mAb).
# =====================================================================================
patient("PC05", "2026-04-27", "eligible", {}, stated_age=(14, "2026-04-20"),
        windows=(("live_vaccine_30d", "03/27/2026", 31),))

note("PC05", "PC05-01", "2026-03-30", "Imaging Result", """
CT CHEST W CONTRAST - PEDS LOW DOSE          3/30/26
HISTORY: Osteosarcoma L humerus, 16 mo off therapy.
COMPARISON: 12/29/2025
FINDINGS: 2 new nodules in the RML: 7 mm lateral segment (im 102) and 5 mm medial segment (im 110), the latter 8 mm from the minor fissure. No effusion. No adenopathy. L shoulder reconstruction hardware partially seen.
IMPRESSION: Two new RML nodules, suspicious for metastatic disease given history. Recommend correlation with oncology.
""")

note("PC05", "PC05-02", "2026-04-08", "Consult Note", """
PEDIATRIC SURGERY - OUTPATIENT CONSULT   04/08/2026
Reason: RML ⟦nodules|PULMONARY_NODULE⟧, hx ⟦osteosarcoma|OSTEOSARCOMA|hist⟧
Pt seen w/ mom & dad. Reviewed CT 3/30: two RML ⟦nodules|PULMONARY_NODULE⟧ (7 mm, 5 mm). Tumor board 4/6 consensus: c/w ⟦metastatic|METASTASIS⟧ relapse.
Both ⟦nodules|PULMONARY_NODULE⟧ ⟦resectable|RESECTABLE⟧ - R ⟦VATS wedge resection|LUNG_RESECTION|hyp⟧ x2 (possible RML ⟦segmentectomy|LUNG_RESECTION|hyp⟧ if the medial ⟦lesion|PULMONARY_NODULE⟧ is deep).
⟦Spirometry|PULMONARY_FUNCTION⟧ 4/7/26: ⟦FEV1|PULMONARY_FUNCTION⟧ 2.71 L (96% pred), FVC 98% → adequate, ⟦cleared for thoracic surgery|PULMONARY_FUNCTION⟧.
T1DM: endo to manage ⟦insulin|REPLACEMENT_THERAPY⟧ pump peri-op (NPO protocol), will place orders when scheduled.
""", ok=("T1DM", "protocol"))

note("PC05", "PC05-03", "2026-04-20", "Progress Notes", """
PEDIATRIC ONCOLOGY CLINIC NOTE                  DOS: Apr 20 2026
Subjective:
⟦14-1/2-year-old|AGE⟧ girl with ⟦osteosarcoma|OSTEOSARCOMA⟧ of the L proximal humerus (dx 04/2024), treated w/ ⟦MAP|SYSTEMIC_THERAPY⟧ 04/2024 – 11/2024 and resection with allograft-prosthetic composite (APC) reconstruction 07/2024. First ⟦pulmonary relapse|LUNG_METASTASIS⟧: 2 RML ⟦nodules|PULMONARY_NODULE⟧ on CT 3/30/26, c/w ⟦metastases|METASTASIS⟧ per tumor board, ⟦resectable|RESECTABLE⟧ per peds surgery (4/8). Family here to talk about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ vs straight to surgery. She is in 9th grade, swims on the JV team (slower than before), does homework, hangs out w/ friends.

PMH: ⟦Type 1 diabetes|AUTOIMMUNE_DISEASE|hist⟧ since ⟦age 8|AGE|hist⟧ (Tandem pump), A1c 7.4% 02/2026. Otherwise see above.
PSH: L prox humerus resection + APC 07/2024 (structural bone allograft + prosthesis); port placement/removal.
Meds:
  • ⟦insulin lispro|REPLACEMENT_THERAPY⟧ (⟦HUMALOG|REPLACEMENT_THERAPY⟧) 100 unit/mL — via pump per endo settings — Active
  • glucagon nasal powder 3 mg — PRN severe hypoglycemia — Active
Allergies: Amoxicillin — Hives (⟦age 4|AGE⟧)
Immunizations: post-⟦chemo|SYSTEMIC_THERAPY|hist⟧ re-immunization per peds: ⟦MMR|LIVE_VACCINE⟧ #1 + ⟦Varivax|LIVE_VACCINE⟧ #1 06/2025, ⟦Varivax|LIVE_VACCINE⟧ #2 03/27/2026, ⟦Tdap|NONLIVE_VACCINE⟧ 2025, ⟦HPV|NONLIVE_VACCINE⟧ #1 02/2026. Nothing since 3/27.
ROS: [x] Denies cough [x] Denies SOB [x] Denies bone pain [x] Denies wt loss   LMP 04/06/2026

Objective:
Wt 49.8 kg. Well appearing. Lungs clear. L shoulder: limited abduction 70°, stable.
⟦Lansky 80|LANSKY⟧
Labs: ⟦urine hCG|PREGNANCY_TEST|neg⟧ negative (4/20/26). CBC/CMP wnl. Audiogram 03/2026: no ⟦hearing loss|TOXICITY|neg⟧.

Assessment/Plan:
⟦14 yo|AGE⟧ w/ ⟦resectable|RESECTABLE⟧ ⟦pulmonary relapse|LUNG_METASTASIS⟧ of ⟦OS|OSTEOSARCOMA⟧.
1. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ screening - research RN to meet family 4/27. Reviewed the regimen (SBRT + ⟦penpulimab|CHECKPOINT_INHIBITOR|hyp⟧ + ⟦gemcitabine|GEMCITABINE|hyp⟧ → ⟦wedge resections|LUNG_RESECTION|hyp⟧).
2. DM: cont pump; endo aware.
3. No further ⟦live vaccines|LIVE_VACCINE|hyp,neg⟧ planned.
""", ok=("allograft",))

note("PC05", "PC05-04", "2026-04-22", "Telephone Encounter", """
Telephone Encounter   04/22/2026 10:05 AM
From: Research RN   To: mother
Verified vaccine dates with pediatrician office (faxed record): Varivax dose 2 given 03/27/2026, MMR dose 1 + Varivax dose 1 on 06/16/2025. No other vaccines in 2026 except HPV #1 (02/2026). Mom confirms pt not sexually active. Screening visit 4/27 confirmed.
""")


# =====================================================================================
# PC06 -- EXCLUDED. 38 y/o M with undifferentiated pleomorphic sarcoma (UPS) of bone, R
# distal femur; a problem-list entry "Osteosarcoma of right femur" carried over from the
# referral is corrected by an addendum -> osteosarcoma_histology not_met. Gemcitabine /
# docetaxel x6 (2023) -> prior_gemcitabine met. Pembrolizumab: PR 04/2024 maintained to
# 10/2024, PD 12/2024 (~11 months) -> secondary resistance -> prior_checkpoint_inhibitor
# met. Biopsy-proven recurrence in the thigh resection bed 10/2025, not resected ->
# active_local_recurrence met. HIV on Biktarvy -> hiv met. Multiple bilateral progressing
# nodules, no surgical assessment, no PFTs -> resectable_nodules and pulmonary_function unknown.
# =====================================================================================
patient("PC06", "2025-11-03", "excluded", {
    "osteosarcoma_histology": N, "resectable_nodules": U, "pulmonary_function_adequate": U,
    "prior_gemcitabine": M, "prior_checkpoint_inhibitor": M, "active_local_recurrence": M, "hiv": M,
}, stated_age=(38, "2025-10-14"))

note("PC06", "PC06-01", "2022-06-24", "Pathology Result", """
SURGICAL PATHOLOGY REPORT                  Collected: 06/16/2022     Final: 06/24/2022
SPECIMEN: Right distal femur, wide resection (post-⟦chemotherapy|SYSTEMIC_THERAPY|hist⟧)
FINAL DIAGNOSIS:
  - ⟦UNDIFFERENTIATED PLEOMORPHIC SARCOMA OF BONE|OTHER_SARCOMA⟧, high grade (FNCLCC grade 3), 9.8 cm.
  - Treatment effect: ~40% necrosis.
  - Margins negative (closest 0.9 cm, soft tissue, posterior).
COMMENT: The entire lesion was submitted (42 blocks). No malignant osteoid or chondroid matrix is identified in any section; SATB2 is only focally weak, MDM2/CDK4 not amplified, H3F3A G34W negative. In the absence of tumor osteoid, conventional ⟦osteosarcoma|OSTEOSARCOMA|neg⟧ is excluded; the biopsy-based working diagnosis of "high-grade spindle cell ⟦sarcoma|OTHER_SARCOMA⟧, r/o ⟦osteosarcoma|OSTEOSARCOMA|unc⟧" is superseded by this report. Reviewed at intradepartmental consensus.
""", ok=("malignant",))

note("PC06", "PC06-02", "2025-10-06", "Outside Records", """
OUTSIDE RECORDS SUMMARY (Care Everywhere + faxed records, 212 pages)      Reviewed 10/06/2025 by ***, NP
Source: *** University Sarcoma Program, 2022–2025
Dx: ⟦Undifferentiated pleomorphic sarcoma|OTHER_SARCOMA⟧ (⟦UPS|OTHER_SARCOMA⟧) of bone, R distal femur, dx 03/2022 (bx), resection 06/2022.
Tx history:
  • 03/2022 – 08/2022: ⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧ + ⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧ (⟦AI|SYSTEMIC_THERAPY|hist⟧) x 6 (3 neoadj, 3 adj)
  • 05/2023: bilateral ⟦pulmonary mets|LUNG_METASTASIS|hist⟧ (5 ⟦nodules|PULMONARY_NODULE|hist⟧)
  • 06/2023 – 10/2023: ⟦gemcitabine|GEMCITABINE|hist⟧ 900 mg/m2 d1,8 + ⟦docetaxel|SYSTEMIC_THERAPY|hist⟧ 75 mg/m2 d8 q21d x 6; best ⟦response|TUMOR_RESPONSE|hist⟧ ⟦SD|TUMOR_RESPONSE|hist⟧, then ⟦PD|TUMOR_RESPONSE|hist⟧ 12/2023
  • 01/08/2024 – 12/2024: ⟦pembrolizumab|CHECKPOINT_INHIBITOR|hist⟧ (⟦Keytruda|CHECKPOINT_INHIBITOR|hist⟧) 200 mg q3w. CT 04/2024 ⟦PR|TUMOR_RESPONSE|hist⟧ (-38%); 07/2024 ⟦PR|TUMOR_RESPONSE|hist⟧ maintained; 10/2024 ⟦PR|TUMOR_RESPONSE|hist⟧ maintained; CT 12/17/2024 ⟦PD|TUMOR_RESPONSE|hist⟧ (new RLL + LUL ⟦nodules|PULMONARY_NODULE|hist⟧). ⟦Pembro|CHECKPOINT_INHIBITOR|hist⟧ stopped.
  • 01/2025 – 06/2025: ⟦pazopanib|SYSTEMIC_THERAPY|hist⟧ 800 mg daily → ⟦PD|TUMOR_RESPONSE|hist⟧
Other: ⟦HIV|HIV⟧ (dx 2014) on ⟦Biktarvy|HIV⟧, CD4 610, VL <20 (06/2025). No ⟦irAEs|TOXICITY|neg⟧ on ⟦pembrolizumab|CHECKPOINT_INHIBITOR|hist⟧.
Pt relocated to our area 09/2025 for family reasons.
""")

note("PC06", "PC06-03", "2025-10-14", "Progress Notes", """
SARCOMA/MED ONC - NEW TO ME VISIT                 10/14/2025
Patient Active Problem List
  • ⟦Osteosarcoma|OSTEOSARCOMA⟧ of right femur (HCC) [C40.21] — Date Noted: 09/22/2025 (from referral)
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01] — 09/22/2025
  • ⟦HIV disease|HIV⟧ (HCC) [B20] — 2014
  • Mass of right thigh [R22.41] — 10/01/2025

HPI: ⟦38 y/o|AGE⟧ M, see outside records summary 10/6. R distal femur ⟦sarcoma|OTHER_SARCOMA⟧ 2022 (⟦AI|SYSTEMIC_THERAPY|hist⟧ + resection), lung ⟦mets|METASTASIS⟧ 2023 → ⟦gem/docetaxel|GEMCITABINE|hist⟧ → ⟦pembrolizumb|CHECKPOINT_INHIBITOR|hist⟧ (⟦PR|TUMOR_RESPONSE|hist⟧ x ~11 mo, then ⟦progression|TUMOR_RESPONSE|hist⟧) → ⟦pazopanib|SYSTEMIC_THERAPY|hist⟧ (⟦PD|TUMOR_RESPONSE|hist⟧). New firm mass medial R thigh at the old incision x 6 wks, growing. MRI 10/1/25: 4.2 cm enhancing mass in the resection bed abutting the endoprosthesis - c/w ⟦local recurrence|LOCAL_RECURRENCE|unc⟧, bx scheduled 10/27.
Lungs: CT 9/30/25 - multiple bilateral ⟦nodules|PULMONARY_NODULE⟧ up to 1.6 cm, slowly ⟦progressing|TUMOR_RESPONSE⟧.
Meds: ⟦bictegravir/emtricitabine/tenofovir alafenamide|HIV⟧ (⟦BIKTARVY|HIV⟧) 1 tab daily — Active
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
⟦ECOG 1|ECOG⟧.
A/P: Pt asked about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ (his cousin sent him the link) - not eligible: prior ⟦gemcitabine|GEMCITABINE|hist⟧, prior ⟦PD-1|CHECKPOINT_INHIBITOR|hist⟧ w/ ⟦response|TUMOR_RESPONSE|hist⟧ then ⟦progression|TUMOR_RESPONSE|hist⟧, ⟦HIV|HIV⟧, thigh mass. Path re-review requested (problem list says ⟦osteosarcoma|OSTEOSARCOMA|unc⟧?? vs outside dx of ⟦UPS|OTHER_SARCOMA⟧).
- Bx R thigh 10/27; then RT vs amputation discussion; ⟦trabectedin|SYSTEMIC_THERAPY|hyp⟧ or a phase 1 ⟦trial|INVESTIGATIONAL|hyp⟧.
""", ok=("SARCOMA",))

note("PC06", "PC06-04", "2025-10-16", "Addendum", """
ADDENDUM to Progress Note of 10/14/2025 — ***, MD — 10/16/2025 08:12
ADDENDUM: correction — the problem list entry "⟦Osteosarcoma of right femur|OSTEOSARCOMA|neg⟧ (C40.21)" was carried over from the referral order in error. Our pathology re-review (10/15/2025) of the 2022 resection agrees with the outside final diagnosis: ⟦undifferentiated pleomorphic sarcoma of bone|OTHER_SARCOMA⟧, no tumor osteoid - NOT ⟦osteosarcoma|OSTEOSARCOMA|neg⟧. Problem list updated to "⟦Undifferentiated pleomorphic sarcoma|OTHER_SARCOMA⟧ of bone, right femur (HCC) [C40.21]". The rest of the note is unchanged.
""")

note("PC06", "PC06-05", "2025-10-29", "Pathology Result", """
SURGICAL PATHOLOGY                    Collected: 10/27/2025   Final: 10/29/2025
SPECIMEN: Soft tissue mass, right medial thigh, US-guided core biopsy x4
DIAGNOSIS: Recurrent high-grade undifferentiated pleomorphic sarcoma, morphologically identical to the 2022 resection (slides reviewed). Consistent with local recurrence in the resection bed.
""")


# =====================================================================================
# PC07 -- ELIGIBLE. 24 y/o F, OS L distal femur (MAP 2024-25), RLL + LLL nodules c/w mets,
# resectable, PFTs adequate, ECOG 0. Traps: delivered 02/2026, breastfed until July ->
# "stopped breastfeeding", urine hCG negative -> pregnant_or_lactating not_met; triamcinolone
# injected into the shoulder (subacromial) 7 days before as_of -> local, not systemic;
# consented to an observational biorepository "protocol" (not an interventional study);
# Tdap in pregnancy (inactivated).
# =====================================================================================
patient("PC07", "2026-09-28", "eligible", {}, stated_age=(24, "2026-09-22"))

note("PC07", "PC07-01", "2026-07-22", "Imaging Result", """
CT CHEST W/ IV CONTRAST                                 07/22/2026
INDICATION: 24F hx osteosarcoma L femur, surveillance. Postpartum (not pregnant per pt; hCG neg 7/21).
COMPARISON: 01/2026 (limited, abdominal shield) and 10/14/2025.
FINDINGS: New 1.0 cm solid nodule RLL posterior basal segment, subpleural. New 7 mm nodule LLL superior segment. No effusion. No adenopathy.
IMPRESSION: Two new bilateral lower lobe nodules, c/w metastases in this pt w/ osteosarcoma.
""")

note("PC07", "PC07-02", "2026-08-05", "Consult Note", """
Thoracic Surgery Consult - 8/5/26
24 yo F, L femur OS (MAP-treated), bilateral lower lobe nodules (RLL 1.0 cm, LLL 7 mm), both peripheral. Resectable - staged bilateral VATS wedge resections (R then L), or single-stage clamshell not needed.
PFTs 8/4/26: FEV1 3.3 L (97%), DLCO 91% - adequate; cleared for staged thoracic surgery.
Plan: pending onc decision re trial.
""")

note("PC07", "PC07-03", "2026-09-22", "Progress Notes", """
SARCOMA CLINIC - FOLLOW UP                         9/22/2026
Name: ***   MRN: ***   Provider: ***, MD

HPI: ⟦24 y/o|AGE⟧ F w/ ⟦osteosarcoma|OSTEOSARCOMA⟧ of the L distal femur, bx 08/09/2024, ⟦MAP|SYSTEMIC_THERAPY⟧ 08/2024 – 03/2025, resection/endoprosthesis 11/2024 (89% necrosis). Became ⟦pregnant|PREGNANCY|hist⟧ ~05/2025 (surveillance imaging limited), uncomplicated SVD 02/11/2026, healthy boy. ⟦Breastfed|LACTATION|hist⟧ until early July - stopped completely 07/05/2026, no ⟦pumping|LACTATION|neg⟧ since.
CT 7/22/26: new RLL + LLL ⟦nodules|PULMONARY_NODULE⟧ c/w ⟦metastases|METASTASIS⟧. Thoracic (8/5): ⟦resectable|RESECTABLE⟧, staged bilat ⟦VATS wedges|LUNG_RESECTION|hyp⟧; ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
Since last visit: R shoulder pain from carrying baby car seat → sports med 9/21: subacromial bursitis, ⟦triamcinolone 40 mg subacromial injection|LOCAL_STEROID⟧ R shoulder. Better.

PMH: see HPI. Postpartum depression screen neg.
OB hx: G1P1001.
Meds: prenatal vitamin; ibuprofen PRN. No hormonal contraception - condoms.
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
Immunizations: ⟦Tdap|NONLIVE_VACCINE⟧ 12/2025 (during ⟦pregnancy|PREGNANCY|hist⟧); ⟦influenza (inactivated)|NONLIVE_VACCINE⟧ 10/2025.
Research: consented 10/2024 to the institutional sarcoma biorepository protocol (tissue/blood banking only, non-interventional).

ROS: [x] Denies cough/hemoptysis  [x] Denies bone pain  [x] Denies fever  [ ] Other: ***
Exam: Well. Lungs clear. L knee well healed, ROM 0-120. R shoulder mild painful arc.
⟦ECOG 0|ECOG⟧

A/P: ⟦24F|AGE⟧ w/ ⟦OS|OSTEOSARCOMA⟧, bilateral ⟦resectable|RESECTABLE⟧ ⟦pulmonary mets|LUNG_METASTASIS⟧.
- ⟦PROMIS|INVESTIGATIONAL|hyp⟧ screening next week (SBRT + ⟦penpulimab|CHECKPOINT_INHIBITOR|hyp⟧/⟦gemcitabine|GEMCITABINE|hyp⟧ then ⟦metastasectomy|LUNG_RESECTION|hyp⟧). Pt motivated.
- Needs repeat ⟦pregnancy test|PREGNANCY_TEST|hyp⟧ w/ screening labs; ⟦HIV|HIV|hyp⟧ screen.
- Shoulder injection was local - noted for research team.
""", ok=("Sarcoma", "protocol", "biorepository"))

note("PC07", "PC07-04", "2026-09-24", "Telephone Encounter", """
Telephone Encounter — Research RN — 09/24/2026 4:12 PM
Spoke w/ pt re screening labs drawn today:
  ⟦Urine hCG|PREGNANCY_TEST|neg⟧ (09/24/2026): Negative
  ⟦HIV-1/2 Ag/Ab combo|HIV|neg⟧ (09/24/2026): Nonreactive
Pt confirms she is not ⟦breastfeeding|LACTATION|neg⟧ or ⟦pumping|LACTATION|neg⟧ (stopped 7/5). The 9/21 ⟦steroid|LOCAL_STEROID⟧ shot was into the R shoulder bursa per sports med note (reviewed). No other meds.
Screening visit 09/28 @ 0900 confirmed.
""")

note("PC07", "PC07-05", "2026-09-25", "Patient Portal Message", """
MyChart message from patient   9/25/2026 10:47 PM
Subject: study question
Sorry for messaging so late, baby is teething lol. Will the cortisone shot in my shoulder on Monday mess up the PROMIS study? The sports med dr said it just stays in the shoulder. Also do I need to bring my son's vaccine records or just mine?

Reply from ***, RN (9/26/2026): Hi! The shoulder injection is a local steroid, it's fine - we noted it. Just your own records (we already have them). See you Monday!
""")


# =====================================================================================
# PC08 -- NEEDS_REVIEW. 29 y/o M, OS R femur, MAP. Newest CT: several sub-4 mm nodules,
# "metastases cannot be excluded" vs inflammatory -> pulmonary_metastases unknown; surgeon:
# too small to localize, no resection decision -> resectable_nodules unknown. Flu vaccine at
# a pharmacy 10/20/2026 (20 days before as_of), nasal vs injection not documented ->
# live_vaccine_30d unknown. Trap: on HIV PrEP (Descovy) with a nonreactive test -> hiv not_met.
# =====================================================================================
patient("PC08", "2026-11-09", "needs_review", {
    "pulmonary_metastases": U, "resectable_nodules": U, "live_vaccine_30d": U,
}, stated_age=(29, "2026-11-05"), windows=(("live_vaccine_30d", "10/20/2026", 20),))

note("PC08", "PC08-01", "2026-10-27", "Imaging Result", """
CT CHEST W CONTRAST                                          Oct 27 2026
CLINICAL HISTORY: ⟦29M|AGE⟧, ⟦osteosarcoma|OSTEOSARCOMA⟧ R femur (2024), surveillance. Dry cough x 3 wk after a cold.
COMPARISON: 07/21/2026 (no ⟦nodules|PULMONARY_NODULE|neg⟧).
FINDINGS:
Lungs: Four new tiny solid ⟦nodules|PULMONARY_NODULE⟧, 2-4 mm: RLL lateral basal (3 mm, se 3 im 190), RLL posterior basal (2 mm), LLL superior segment (4 mm), LLL lateral basal (3 mm). Mild bronchial wall thickening and scattered tree-in-bud opacities RLL.
Pleura: No ⟦effusion|PLEURAL_EFFUSION|neg⟧.
Mediastinum: Few mildly enlarged reactive-appearing subcarinal nodes (1.0 cm).
IMPRESSION:
1. Four new sub-4 mm bilateral lower lobe ⟦nodules|PULMONARY_NODULE⟧, nonspecific. In this pt, ⟦metastases|METASTASIS|unc⟧ cannot be excluded; infectious/inflammatory etiology also possible given airway findings. Recommend short-interval f/u CT in 6-8 wks.
2. No ⟦pleural effusion|PLEURAL_EFFUSION|neg⟧.
""")

note("PC08", "PC08-02", "2026-11-02", "Progress Notes", """
SARCOMA ONCOLOGY - F/U
11/02/2026
*** is a ⟦29 y.o.|AGE⟧ male w/ ⟦osteosarcoma|OSTEOSARCOMA⟧ R distal femur (dx 01/2024), s/p ⟦MAP|SYSTEMIC_THERAPY|hist⟧ x6 (01/2024 – 07/2024) + resection 04/2024. Here to review CT.

Interval: URI in early Oct, cough now resolving. CT 10/27: 4 tiny new lower-lobe ⟦nodules|PULMONARY_NODULE⟧, indeterminate - ⟦mets|METASTASIS|unc⟧ vs post-infectious. Recieved his flu ⟦vaccine|LIVE_VACCINE|unc⟧ at Walgreens 10/20 - doesn't remember if it was the nasal spray or a shot ("they asked if I was afraid of needles"). Pulm did ⟦PFTs|PULMONARY_FUNCTION⟧ 10/30 for the cough: ⟦FEV1|PULMONARY_FUNCTION⟧ 4.5 L (99%), ⟦DLCO|PULMONARY_FUNCTION⟧ 97% - normal.

Meds:
  • emtricitabine-tenofovir alafenamide (DESCOVY) 200-25 mg tablet — 1 tab PO daily — Active (PrEP)
  • benzonatate 100 mg PO TID PRN cough — Active
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
Labs: ⟦HIV-1/2 Ag/Ab|HIV|neg⟧ nonreactive 09/14/2026 (quarterly PrEP monitoring), RPR NR, Cr 0.9.
Exam: Well. Lungs: faint crackles R base. L knee... (R knee) incision healed.
⟦ECOG 0|ECOG⟧

A/P:
1. Indeterminate lung ⟦nodules|PULMONARY_NODULE⟧ - possible early ⟦pulmonary relapse|LUNG_METASTASIS|unc⟧ vs inflammatory. Thoracic surgery opinion 11/5 re: whether anything is targetable; repeat CT early Dec.
2. He asked about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ - only relevant if ⟦metastases|METASTASIS|hyp⟧ confirmed. Need flu ⟦vaccine|LIVE_VACCINE|unc⟧ type (live intranasal vs inactivated) from Walgreens.
3. PrEP: cont Descovy; next ⟦HIV test|HIV|hyp⟧ 12/2026.
""", ok=("PrEP", "Descovy"), crlf=True)

note("PC08", "PC08-03", "2026-11-04", "Telephone Encounter", """
Telephone Encounter   11/4/2026 1:30 PM   ***, LPN
Called Walgreens #*** pharmacy re: 10/20/26 immunization. Pharmacist states their record shows "Influenza vaccine" administered 10/20/2026 under the pt's insurance, product/lot field blank in their system ("downtime entry"). Could not confirm whether FluMist or injectable. State immunization registry (IIS) query - entry shows "influenza, unspecified formulation (CVX 88)".
Pt notified; he still does not remember. Routed to MD.
""")

note("PC08", "PC08-04", "2026-11-05", "Consult Note", """
Thoracic Surgery Consult   11/05/2026
29M, osteosarcoma R femur. Four 2-4 mm bilateral lower lobe nodules on CT 10/27, new since July, w/ airway inflammatory changes.
These are too small to characterize, and too small / too many to localize for a meaningful wedge biopsy right now. I would not operate on this picture. Resectability cannot be judged until we know what these are.
Rec: repeat CT in 6-8 weeks; if persistent/growing, re-discuss. Happy to see again.
""")


# =====================================================================================
# PC09 -- EXCLUDED. 33 y/o F, living-related kidney transplant 2015 on tacrolimus +
# mycophenolate + prednisone -> allogeneic_transplant met, systemic_steroids_7d met.
# Anaphylaxis to basiliximab (a mAb) at induction -> mab_allergy met. Biopsy-proven local
# recurrence R tibia 04/2026, amputation pending -> active_local_recurrence met. Lung
# history: LUL metastases wedged 06/2024; the new 2026 RUL nodule was a histoplasma
# granuloma; newest CT clear -> pulmonary_metastases not_met, resectable_nodules unknown.
# PFTs adequate before the 2026 wedge -> pulmonary_function_adequate met.
# =====================================================================================
patient("PC09", "2026-05-18", "excluded", {
    "pulmonary_metastases": N, "resectable_nodules": U,
    "active_local_recurrence": M, "allogeneic_transplant": M, "systemic_steroids_7d": M,
    "mab_allergy": M,
}, stated_age=(33, "2026-05-06"))

note("PC09", "PC09-01", "2026-03-20", "Pathology Result", """
SURGICAL PATHOLOGY REPORT                  Collected: 03/17/2026     Final: 03/20/2026
SPECIMEN: Lung, right upper lobe, ⟦VATS wedge resection|LUNG_RESECTION|hist⟧
CLINICAL: ⟦33F|AGE⟧, h/o ⟦osteosarcoma|OSTEOSARCOMA|hist⟧ w/ prior ⟦pulmonary metastases|LUNG_METASTASIS|hist⟧; renal ⟦transplant|TRANSPLANT⟧ recipient on ⟦immunosuppression|IMMUNOSUPPRESSANT⟧. New 9 mm RUL ⟦nodule|PULMONARY_NODULE⟧.
FINAL DIAGNOSIS:
  Lung, RUL, ⟦wedge resection|LUNG_RESECTION|hist⟧:
  - Necrotizing granuloma (0.9 cm) with budding yeast forms on GMS, morphologically c/w Histoplasma.
  - NEGATIVE for ⟦malignancy|OTHER_MALIGNANCY|neg⟧. No ⟦metastatic osteosarcoma|LUNG_METASTASIS|neg⟧.
  - Staple margin unremarkable.
Comment: Result called to Dr. *** 3/20/26. Fungal culture pending.
""")

note("PC09", "PC09-02", "2026-04-30", "Pathology Result", """
SURGICAL PATHOLOGY                     Collected: 04/28/2026   Final: 04/30/2026
SPECIMEN: Soft tissue mass, right anterior leg at prior resection site, core bx x3
DIAGNOSIS: Recurrent high-grade osteosarcoma (osteoblastic), c/w local recurrence at the primary site. SATB2+.
""")

note("PC09", "PC09-03", "2026-05-06", "Progress Notes", """
ONCOLOGY PROGRESS NOTE                                   05/06/2026
Pt: ***, ⟦33 y/o|AGE⟧ F

Patient Active Problem List
  • ⟦Osteosarcoma|OSTEOSARCOMA⟧ of right tibia (HCC) [C40.21]                   01/12/2023
  • ⟦Local recurrence of osteosarcoma|LOCAL_RECURRENCE⟧ (HCC)                   04/30/2026
  • ⟦Kidney transplant status|TRANSPLANT⟧ [Z94.0]                                03/2015
  • ⟦Immunosuppressed due to chronic immunosuppressive therapy|IMMUNOSUPPRESSANT⟧ [D84.821]
  • Histoplasmosis, pulmonary, resolved [B39.2]                        03/20/2026
Resolved Problems
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS|hist⟧ (HCC) [C78.01] — 05/2024 – 06/2024 (resected)

HPI: ⟦33 yo|AGE⟧ F w/ ESRD 2/2 FSGS s/p living-related ⟦kidney transplant|TRANSPLANT|hist⟧ (donor: mother) 03/2015, R proximal tibia ⟦osteosarcoma|OSTEOSARCOMA⟧ dx 01/2023 → modified ⟦AP|SYSTEMIC_THERAPY|hist⟧ (⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧ + dose-reduced ⟦cisplatin|SYSTEMIC_THERAPY|hist⟧, no ⟦HD-MTX|SYSTEMIC_THERAPY|neg⟧ given graft) + resection 04/2023. ⟦LUL mets|LUNG_METASTASIS|hist⟧ x2 05/2024 → LUL ⟦wedge|LUNG_RESECTION|hist⟧ 06/2024 (R0). RUL ⟦nodule|PULMONARY_NODULE|hist⟧ 02/2026 → ⟦wedge|LUNG_RESECTION|hist⟧ 3/17/26 = histoplasma granuloma, no ⟦malignancy|OTHER_MALIGNANCY|neg⟧. CT chest 5/11/26: no ⟦pulmonary nodules|PULMONARY_NODULE|neg⟧, no evidence of ⟦metastatic disease|METASTASIS|neg⟧. ⟦PFTs|PULMONARY_FUNCTION⟧ before the 3/2026 ⟦wedge|LUNG_RESECTION|hist⟧: ⟦FEV1|PULMONARY_FUNCTION⟧ 91%, ⟦DLCO|PULMONARY_FUNCTION⟧ 84% - adequate.
BUT: new mass R anterior leg at the resection margin (MRI 4/20: 3.1 cm) - bx 4/28 = ⟦recurrent osteosarcoma|LOCAL_RECURRENCE⟧. Ortho onc recommends AKA, scheduled 06/09/2026. Not resected yet.

Current Outpatient Medications
  • ⟦tacrolimus|IMMUNOSUPPRESSANT⟧ (⟦PROGRAF|IMMUNOSUPPRESSANT⟧) 1 mg capsule — 3 mg PO q12h (goal trough 5-7) — Active
  • ⟦mycophenolate mofetil|IMMUNOSUPPRESSANT⟧ (⟦CELLCEPT|IMMUNOSUPPRESSANT⟧) 500 mg tablet — 500 mg PO BID — Active
  • ⟦predniSONE|SYSTEMIC_STEROID⟧ 5 mg tablet — 1 tab PO daily — Active
  • itraconazole 200 mg capsule — 200 mg PO BID — Active (histo, started 3/2026)
  • amlodipine 5 mg daily — Active
Allergies:
  • ⟦Basiliximab|MONOCLONAL_ANTIBODY⟧ (⟦SIMULECT|MONOCLONAL_ANTIBODY⟧) — ⟦Anaphylaxis|ALLERGIC_REACTION⟧ — 03/2015 (2nd induction dose: hypotension, stridor, epinephrine x2, ICU) — Severity: High
  • Iodinated contrast media — Hives — Severity: Low
Exam: ⟦ECOG 1|ECOG⟧. Firm 3 cm mass R anterior leg. Lungs clear. Allograft kidney RLQ nontender.

A/P:
1. ⟦Locally recurrent|LOCAL_RECURRENCE⟧ ⟦OS|OSTEOSARCOMA⟧ R tibia → AKA 6/9. No current ⟦lung mets|LUNG_METASTASIS|neg⟧.
2. Family asked about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ after reading online → not applicable: no ⟦pulmonary metastases|LUNG_METASTASIS|neg⟧ now, active ⟦local recurrence|LOCAL_RECURRENCE⟧, ⟦kidney transplant|TRANSPLANT⟧ on ⟦tacrolimus|IMMUNOSUPPRESSANT⟧/⟦MMF|IMMUNOSUPPRESSANT⟧/⟦pred|SYSTEMIC_STEROID⟧, and ⟦PD-1|CHECKPOINT_INHIBITOR|hyp⟧ blockade carries a high risk of graft rejection.
3. Transplant nephrology co-managing.
""", ok=("Allograft", "Transplant"))

note("PC09", "PC09-04", "2026-05-12", "Imaging Result", """
CT CHEST WITHOUT CONTRAST (contrast allergy)          5/11/26 (resulted 5/12/26)
HX: osteosarcoma, s/p RUL wedge 3/2026 (granuloma) and LUL wedge 2024.
FINDINGS: Postsurgical staple lines RUL and LUL. No new or enlarging pulmonary nodules. No pleural effusion. Small calcified subcarinal node.
IMPRESSION: No evidence of pulmonary metastatic disease.
""")

note("PC09", "PC09-05", "2026-05-14", "Telephone Encounter", """
Telephone Encounter - Transplant Nephrology RN   05/14/2026
Tacrolimus trough 6.1 (5/13) - at goal. Cr 1.3 (baseline 1.2-1.4). Pt to continue Prograf 3 mg BID, CellCept 500 BID, prednisone 5 daily. Peri-op plan for AKA 6/9 sent to ortho: continue immunosuppression, stress-dose hydrocortisone per anesthesia.
""")


# =====================================================================================
# PC10 -- ELIGIBLE. 45 y/o M, chondroblastic OS L femur, MAP, residual RLL nodules after
# ifosfamide, resectable, PFTs adequate, ECOG 1. Traps: pembrolizumab on a basket trial with
# progression at the first restaging (primary resistance) -> prior_checkpoint_inhibitor
# not_met, off study 06/2025 -> investigational not_met; melanoma diagnosed 08/23/2021 = 5
# years + 1 day before as_of 2026-08-24 -> other_malignancy not_met; corneal transplant with
# prednisolone eye drops "1 gtt OS" (OS = left eye); peginterferon for hepatitis C in 2012;
# penicillin anaphylaxis (not a mAb).
# =====================================================================================
patient("PC10", "2026-08-24", "eligible", {}, stated_age=(45, "2026-08-18"),
        windows=(("other_malignancy_5y", "08/23/2021", 1827),))

note("PC10", "PC10-01", "2025-06-30", "Research Note", """
CLINICAL RESEARCH - END OF TREATMENT / OFF-STUDY NOTE                06/30/2025
Study: phase 2 ⟦basket trial|INVESTIGATIONAL|hist⟧ of ⟦pembrolizumab|CHECKPOINT_INHIBITOR|hist⟧ in rare bone and soft-tissue tumors (cohort C: ⟦osteosarcoma|OSTEOSARCOMA⟧)   IRB# ***
Subject: ⟦44 y/o|AGE⟧ M, ⟦chondroblastic osteosarcoma|OSTEOSARCOMA⟧ L distal femur (dx 03/2023), prior ⟦MAP|SYSTEMIC_THERAPY|hist⟧; bilateral ⟦pulmonary metastases|LUNG_METASTASIS⟧ 02/2025.
Treatment on ⟦study|INVESTIGATIONAL|hist⟧: ⟦pembrolizumab|CHECKPOINT_INHIBITOR|hist⟧ 200 mg IV q3w, C1D1 03/24/2025, C4D1 05/26/2025 (last dose).
First restaging CT (wk 9, 05/27/2025): RLL target 1.4 → 2.1 cm, new LUL ⟦nodule|PULMONARY_NODULE⟧; RECIST 1.1 ⟦progressive disease|TUMOR_RESPONSE|hist⟧ at first assessment. Best overall ⟦response|TUMOR_RESPONSE|hist⟧: ⟦PD|TUMOR_RESPONSE|hist⟧.
AEs: grade 1 ⟦rash|TOXICITY|hist⟧ (resolved), grade 1 ⟦fatigue|TOXICITY|hist⟧. No ⟦irAEs|TOXICITY|neg⟧ ≥ grade 2.
Subject taken off ⟦study treatment|INVESTIGATIONAL|hist⟧ 06/02/2025 for ⟦PD|TUMOR_RESPONSE|hist⟧; ⟦off study|INVESTIGATIONAL|neg⟧ 06/30/2025 (30-day safety f/u done). Returned to primary oncologist for ⟦high-dose ifosfamide|SYSTEMIC_THERAPY|hyp⟧.
""", ok=("RECIST",))

note("PC10", "PC10-02", "2026-08-03", "Imaging Result", """
CT CHEST W CONTRAST                 08/03/2026
HX: osteosarcoma w/ lung mets, s/p HD ifosfamide x4 (07/2025 – 10/2025).
COMPARISON: 04/2026, 12/2025
FINDINGS: Two residual RLL nodules: 9 mm posterior basal (8 mm in 04/2026), 6 mm lateral basal (stable). Previously seen LUL nodule remains resolved. No new nodules. No effusion.
IMPRESSION: Residual RLL metastases, one slightly larger. No new disease.
""")

note("PC10", "PC10-03", "2026-08-12", "Consult Note", """
THORACIC SURGERY   8/12/26
45 M, OS L femur, 2 residual RLL mets (9 mm, 6 mm), peripheral. Resectable: RLL VATS wedges x2. PFTs 8/10: FEV1 3.7 L (92%), DLCO 88% - adequate, cleared for thoracic surgery. Awaiting onc/trial decision.
""")

note("PC10", "PC10-04", "2026-08-18", "Progress Notes", """
MEDICAL ONCOLOGY - SARCOMA F/U                      08/18/2026
HPI: ⟦45 y.o.|AGE⟧ M w/ ⟦chondroblastic OS|OSTEOSARCOMA⟧ L distal femur (bx 03/2023): ⟦MAP|SYSTEMIC_THERAPY|hist⟧ + resection 2023 → bilat ⟦lung mets|LUNG_METASTASIS⟧ 02/2025 → ⟦pembrolizumab|CHECKPOINT_INHIBITOR|hist⟧ on ⟦basket trial|INVESTIGATIONAL|hist⟧ (⟦PD|TUMOR_RESPONSE|hist⟧ at first scan, 9 wks) → ⟦HD ifosfamide|SYSTEMIC_THERAPY|hist⟧ x4 → ⟦PR|TUMOR_RESPONSE|hist⟧. Now 2 residual RLL ⟦nodules|PULMONARY_NODULE⟧ (CT 8/3), one slowly growing; thoracic 8/12: ⟦resectable|RESECTABLE⟧ (⟦VATS wedges|LUNG_RESECTION|hyp⟧), ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.

Patient Active Problem List
  • ⟦Chondroblastic osteosarcoma|OSTEOSARCOMA⟧ of left femur (HCC) [C40.22] — 03/2023
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01] — 02/2025
  • ⟦Corneal transplant|TRANSPLANT⟧ status, left eye [Z94.7] — 2019 (keratoconus)
  • ⟦History of malignant melanoma of skin|OTHER_MALIGNANCY|hist⟧ [Z85.820] — shave bx 08/23/2021 (L upper back, pT1a, 0.6 mm); WLE 09/2021; NED
  • Chronic hepatitis C, treated w/ SVR [Z86.19] — ⟦peginterferon alfa-2a|IMMUNOMODULATOR|hist⟧ + ribavirin 2012

Medications
  • ⟦prednisoLONE acetate 1% ophthalmic suspension|LOCAL_STEROID⟧ — instill 1 drop into left eye (OS) daily — Active (cornea, long-term)
  • artificial tears — 1 gtt OU PRN — Active
  • omeprazole 20 mg PO daily — Active
Allergies: Penicillins — ⟦Anaphylaxis|ALLERGIC_REACTION⟧ (⟦age 6|AGE⟧) — Severity: High
Immunizations: ⟦COVID-19 mRNA|NONLIVE_VACCINE⟧ 10/2025; ⟦influenza (inactivated)|NONLIVE_VACCINE⟧ 10/2025.

ROS: [x] Denies cough  [x] Denies dyspnea  [x] Denies vision change  Reviewed, otherwise negative.
Vitals: BP 124/80 | P 70 | SpO2 98% RA | Wt 82 kg
Exam: Well. L eye: clear graft. Lungs clear. L knee ROM 0-110.
⟦ECOG 1|ECOG⟧. Labs: ⟦HIV Ag/Ab|HIV|neg⟧ NR (8/18/26), CBC/CMP wnl.

A/P: ⟦45M|AGE⟧ w/ ⟦resectable|RESECTABLE⟧ residual ⟦pulmonary metastases|LUNG_METASTASIS⟧ of ⟦OS|OSTEOSARCOMA⟧.
1. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ screening 8/24: prior ⟦PD-1|CHECKPOINT_INHIBITOR|hist⟧ exposure was primary resistance (⟦PD|TUMOR_RESPONSE|hist⟧ at first assessment) per research team; ⟦melanoma|OTHER_MALIGNANCY|hist⟧ dx date 08/23/2021 - research RN to check the 5-yr window against the screening date.
2. Eye: cont ⟦pred forte|LOCAL_STEROID⟧ 1 gtt OS daily (ophtho) - topical.
""", ok=("RA", "OS", "SARCOMA"))


# =====================================================================================
# PC11 -- NEEDS_REVIEW. 19 y/o M, OS L tibia, MAP. Nivolumab at an outside hospital
# 05-09/2024, response never documented -> prior_checkpoint_inhibitor unknown. MRI: 1.1 cm
# enhancing nodule at the resection bed, "recurrence not excluded", biopsy scheduled after
# as_of -> active_local_recurrence unknown. PFTs ordered, not done -> unknown. ECOG 2 (the
# boundary is inside the criterion -> performance_status met).
# =====================================================================================
patient("PC11", "2025-12-15", "needs_review", {
    "pulmonary_function_adequate": U, "active_local_recurrence": U, "prior_checkpoint_inhibitor": U,
}, stated_age=(19, "2025-12-09"))

note("PC11", "PC11-01", "2025-11-20", "Imaging Result", """
MRI LEFT TIBIA/FIBULA W AND WO CONTRAST                11/20/2025
HISTORY: ⟦OS|OSTEOSARCOMA⟧ L proximal tibia s/p resection + endoprosthesis 10/2023 (revised 06/2025). Surveillance.
COMPARISON: MRI 05/2025.
FINDINGS: Metal artifact from the proximal tibial endoprosthesis limits evaluation. Along the posterior margin of the resection bed there is a new 1.1 x 0.8 cm T2-hyperintense, enhancing nodular focus in the soleus origin (se 9 im 14). Postoperative seroma anteriorly, decreasing. No marrow lesion in the residual tibia.
IMPRESSION: New 1.1 cm enhancing nodule at the posterior resection bed margin - indeterminate; post-surgical change (revision 06/2025) vs ⟦local recurrence|LOCAL_RECURRENCE|unc⟧. ⟦Recurrence|LOCAL_RECURRENCE|unc⟧ not excluded. Recommend US-guided biopsy.
""", ok=("nodular", "nodule"))

note("PC11", "PC11-02", "2025-11-24", "Imaging Result", """
CT CHEST W CONTRAST   11/24/2025
HX: osteosarcoma, prior lung mets, surveillance.
FINDINGS: LUL apicoposterior nodule 1.1 cm (previously 6 mm in 08/2025); new lingular nodule 7 mm. Both peripheral. Stable scarring RLL. No effusion.
IMPRESSION: Enlarging LUL nodule and new lingular nodule, c/w recurrent pulmonary metastases.
""")

note("PC11", "PC11-03", "2025-12-03", "Consult Note", """
Thoracic surgery - 12/03/2025
19M, OS, LUL 1.1 cm + lingula 7 mm nodules, peripheral. Resectable - L VATS wedge x2 (lingulectomy if needed).
PFTs not on file - ordered (scheduled 12/22/2025). Will finalize once PFTs back.
""")

note("PC11", "PC11-04", "2025-12-09", "Progress Notes", """
SARCOMA MED ONC F/U                                     12/9/25
S: ⟦19 y.o.|AGE⟧ M w/ ⟦osteosarocma|OSTEOSARCOMA⟧ L proximal tibia (dx 06/2023 at 17), ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 06/2023 – 01/2024, resection 10/2023. ⟦Lung relapse|LUNG_METASTASIS⟧ 04/2024 while living w/ his dad in Arizona → treated there w/ ⟦nivolumab|CHECKPOINT_INHIBITOR|hist⟧ (⟦Opdivo|CHECKPOINT_INHIBITOR|hist⟧) ~05/2024 – 09/2024, then ⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧/⟦etoposide|SYSTEMIC_THERAPY|hist⟧ x5 10/2024 – 02/2025. Outside records (received 11/2025) contain the infusion logs only - no restaging reports, so the ⟦response|TUMOR_RESPONSE|unc⟧ to ⟦nivo|CHECKPOINT_INHIBITOR|hist⟧ is not documented; pt recalls CT scans "every couple of months" there but not what they showed. Dad doesnt remember eithr.
Endoprosthesis revision 06/2025 (aseptic loosening) - healed, walking w/o aids since Aug, knee pain-free. Since the relapse news he has been low on energy and mood (PHQ-9 11, counseling referral): not working (warehouse job), does all his ADLs, but lies down a few hours most afternoons - up and about well over half the day.
Now: LUL + lingula ⟦nodules|PULMONARY_NODULE⟧ c/w ⟦recurrent pulmonary metastases|LUNG_METASTASIS⟧ (CT 11/24). Thoracic 12/3: ⟦resectable|RESECTABLE⟧, ⟦PFTs|PULMONARY_FUNCTION|hyp⟧ 12/22. MRI 11/20: indeterminate enhancing nodule at resection bed - US-guided bx 12/18.
Meds: acetaminophen PRN. Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧.
O: BP 122/74, P 80, SpO2 99% RA. Gait normal, no assistive device. Lungs CTA.
⟦ECOG 2|ECOG⟧

A/P:
1. ⟦Pulmonary metastases|LUNG_METASTASIS⟧ (2), ⟦resectable|RESECTABLE⟧. Interested in ⟦PROMIS|INVESTIGATIONAL|hyp⟧. Open screening items: (a) ⟦PFTs|PULMONARY_FUNCTION|hyp⟧; (b) bx of the tibial bed focus to r/o ⟦local recurrence|LOCAL_RECURRENCE|unc⟧; (c) outside ⟦nivolumab|CHECKPOINT_INHIBITOR|hist⟧ ⟦response|TUMOR_RESPONSE|unc⟧ assessments - requested again from AZ (radiology reports 05-10/2024).
2. Mood - counseling referral placed.
""", ok=("RA", "nodule"))

note("PC11", "PC11-05", "2025-12-11", "Telephone Encounter", """
Telephone Encounter   12/11/2025   ***, Research Coordinator
Called *** Cancer Center (AZ) medical records: imaging reports from 2024 are in a separate radiology archive; request re-sent with signed ROI, ETA 2-3 wks. PFT appt 12/22 and tibia bx 12/18 confirmed with pt.
""")


# =====================================================================================
# PC12 -- EXCLUDED. 41 y/o F, OS R femur. Gemcitabine + docetaxel x6 (2025) ->
# prior_gemcitabine met. Central RLL mass abutting the right main stem bronchus and right
# main pulmonary artery, only a pneumonectomy would clear it -> resectable_nodules not_met
# (PFTs adequate -> met). predniSONE 50 mg contrast premedication, last dose 06/26/2026
# (3 days before as_of) -> systemic_steroids_7d met. Thymosin alpha-1 from a naturopath, last
# injection 06/22/2026 = 7 days -> immunomodulator_2w met. Grade 2 cisplatin hearing loss
# with hearing aids -> unresolved_toxicity met.
# =====================================================================================
patient("PC12", "2026-06-29", "excluded", {
    "resectable_nodules": N, "prior_gemcitabine": M, "systemic_steroids_7d": M,
    "immunomodulator_2w": M, "unresolved_toxicity": M,
}, stated_age=(41, "2026-06-29"),
   windows=(("systemic_steroids_7d", "06/26/2026", 3), ("immunomodulator_2w", "6/22/26", 7)))

note("PC12", "PC12-01", "2026-06-24", "Progress Notes", """
ONCOLOGY PROGRESS NOTE — 06/24/2026
*** is a ⟦41 y.o.|AGE⟧ female with R femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (dx 02/2022) and ⟦recurrent pulmonary metastases|LUNG_METASTASIS⟧, here to plan restaging.

Oncologic History:
- 02/2022 – 09/2022 ⟦MAP|SYSTEMIC_THERAPY|hist⟧ + R distal femur resection (05/2022)
- 2023 grade 2 bilateral ⟦sensorineural hearing loss|TOXICITY|hist⟧ after ⟦cisplatin|SYSTEMIC_THERAPY|hist⟧ → hearing aids since 03/2023
- 07/2024 ⟦pulmonary metastases|LUNG_METASTASIS|hist⟧ → R ⟦VATS wedges|LUNG_RESECTION|hist⟧ x3 (08/2024)
- 03/2025 second ⟦lung relapse|LUNG_METASTASIS|hist⟧ → ⟦gemcitabine|GEMCITABINE|hist⟧/⟦docetaxel|SYSTEMIC_THERAPY|hist⟧ (⟦Gemzar|GEMCITABINE|hist⟧/⟦Taxotere|SYSTEMIC_THERAPY|hist⟧) x6, 04/2025 – 08/2025, best ⟦SD|TUMOR_RESPONSE|hist⟧
- 02/2026 ⟦progression|TUMOR_RESPONSE|hist⟧: enlarging central ⟦RLL mass|PULMONARY_NODULE|hist⟧

Interval: Feels ok. SOB on stairs. Has been getting "⟦thymosin alpha-1|IMMUNOMODULATOR⟧" injections 1.6 mg SC twice weekly since April from a naturopathic clinic in town ("immune support") - last injection Monday 6/22/26, next due 6/25 but she agreed to hold. Brought vial (compounded, no NDC).
Hearing: wears bilateral aids; audiology 05/2026 grade 2 ⟦hearing loss|TOXICITY⟧, stable, permanent.

Medications
  • ⟦thymosin alpha-1|IMMUNOMODULATOR⟧ (compounded, naturopath) 1.6 mg — inject SC twice weekly — Patient-reported, On Hold (held by MD 6/24/2026)
  • diphenhydramine 50 mg — per contrast premed protocol — Active (short-term)
  • ⟦predniSONE|SYSTEMIC_STEROID|hyp⟧ 50 mg tablet — take 1 tab 13 h, 7 h and 1 h before CT — Active (short-term, ordered today)
Allergies: Iodinated contrast media — Hives, throat tightness (2024) — premedicate

Exam: ⟦ECOG 1|ECOG⟧. Decreased BS R base. Hearing aids in place.
A/P:
1. CT chest w/ contrast 6/26 10:00 w/ 13-hr premed (⟦prednisone|SYSTEMIC_STEROID|hyp⟧ + diphenhydramine).
2. Thoracic surgery re-eval after CT. ⟦PFTs|PULMONARY_FUNCTION⟧ 6/2026: ⟦FEV1|PULMONARY_FUNCTION⟧ 2.6 L (82%), ⟦DLCO|PULMONARY_FUNCTION⟧ 76% - adequate for thoracic surgery.
3. She asked about ⟦PROMIS|INVESTIGATIONAL|hyp⟧: prior ⟦gemcitibine|GEMCITABINE|hist⟧ is an exclusion; also ⟦thymosin|IMMUNOMODULATOR⟧ washout. Will discuss other ⟦trials|INVESTIGATIONAL|hyp⟧.
""", ok=("protocol",))

note("PC12", "PC12-02", "2026-06-25", "Patient Instructions", """
PATIENT INSTRUCTIONS — CONTRAST ALLERGY PREMEDICATION (13-HOUR)
Your CT scan: Friday 06/26/2026 at 10:00 AM, Main Hospital Radiology
Take these medicines by mouth:
  [ ] ⟦predniSONE|SYSTEMIC_STEROID|hyp⟧ 50 mg — Thursday 6/25 at 9:00 PM
  [ ] ⟦predniSONE|SYSTEMIC_STEROID|hyp⟧ 50 mg — Friday 6/26 at 3:00 AM
  [ ] ⟦predniSONE|SYSTEMIC_STEROID|hyp⟧ 50 mg — Friday 6/26 at 9:00 AM (we will give this dose in the department if you forget)
  [ ] diphenhydramine (Benadryl) 50 mg — Friday 6/26 at 9:00 AM
You MUST have a driver. Do not drive for the rest of the day. Bring this sheet.
Questions: call Radiology Scheduling ***-***-****.
""", crlf=True)

note("PC12", "PC12-03", "2026-06-26", "MAR", """
MEDICATION ADMINISTRATION RECORD — CT DEPT / RADIOLOGY HOLDING — 06/26/2026
Patient reports taking home doses of ⟦predniSONE|SYSTEMIC_STEROID|hist⟧ 50 mg at 21:00 (6/25) and 03:00 (6/26) — verified w/ pt, pill bottle.
  Medication                                  Dose    Route   Time    Action   By
  ⟦predniSONE|SYSTEMIC_STEROID⟧ (⟦DELTASONE|SYSTEMIC_STEROID⟧) tablet 50 mg      50 mg   Oral    09:04   Given    ***, RN
  diphenhydrAMINE (BENADRYL) capsule 50 mg    50 mg   Oral    09:04   Given    ***, RN
  iohexol (OMNIPAQUE 350) injection           80 mL   IV      10:02   Given    ***, RT
Post-contrast: no reaction, VS stable, discharged w/ driver 10:40.
""")

note("PC12", "PC12-04", "2026-06-26", "Imaging Result", """
CT CHEST W CONTRAST (premedicated)                    06/26/2026
FINDINGS: Central RLL mass 3.8 x 3.4 cm (previously 2.7 cm in 02/2026), abutting the right main stem bronchus and bronchus intermedius and in contact with the right main pulmonary artery over 2 cm. Postsurgical changes RUL/RLL from prior wedges. New 5 mm LLL nodule. No pleural effusion.
IMPRESSION: Enlarging central RLL metastasis abutting the right main stem bronchus and right main PA. New small LLL nodule.
""")

note("PC12", "PC12-05", "2026-06-29", "Consult Note", """
THORACIC SURGERY RE-EVALUATION — 6/29/2026
⟦41 yo|AGE⟧ F, R femur ⟦OS|OSTEOSARCOMA⟧, s/p R ⟦VATS wedges|LUNG_RESECTION|hist⟧ x3 (2024), ⟦gem/doce|GEMCITABINE|hist⟧ 2025. CT 6/26: central ⟦RLL mass|PULMONARY_NODULE⟧ 3.8 cm abutting the ⟦right main stem bronchus|CENTRAL_STRUCTURE⟧ and the ⟦right main pulmonary artery|CENTRAL_STRUCTURE⟧; new 5 mm LLL ⟦nodule|PULMONARY_NODULE⟧.
⟦PFTs|PULMONARY_FUNCTION⟧ adequate (⟦FEV1|PULMONARY_FUNCTION⟧ 82%, ⟦DLCO|PULMONARY_FUNCTION⟧ 76%).
Assessment: ⟦Complete resection|LUNG_RESECTION|hyp⟧ of the central ⟦RLL lesion|PULMONARY_NODULE⟧ would require a right ⟦pneumonectomy|PNEUMONECTOMY|hyp⟧ (⟦sleeve lobectomy|LUNG_RESECTION|neg⟧ not feasible given PA involvement and prior ⟦wedges|LUNG_RESECTION|hist⟧). With a new contralateral ⟦nodule|PULMONARY_NODULE⟧, I do not recommend ⟦pneumonectomy|PNEUMONECTOMY|neg⟧. ⟦Not resectable|UNRESECTABLE⟧ by ⟦lobectomy|LUNG_RESECTION|neg⟧ or lesser resection.
Rec: SBRT / systemic options per med onc.
""")


# =====================================================================================
# PC13 -- ELIGIBLE. 22 y/o M, OS L humerus. Two addenda correct earlier statements: "ECOG 3"
# (template carry-forward) -> ECOG 1; "s/p gem/docetaxel x4 (2025)" -> the regimen was
# ifosfamide/etoposide, gemcitabine never given -> prior_gemcitabine not_met. Local
# recurrence 2024 re-excised with wide negative margins, MRI clear -> not_met. Trace right
# effusion at the old wedge site, benign / post-surgical -> malignant_pleural_effusion
# not_met. Consented to another trial 09/2026 but screen-failed, never dosed ->
# investigational not_met. dexAMETHasone 4 mg IV at anesthesia 10/30/2026 = 17 days before
# as_of -> not_met. Flonase (nasal).
# =====================================================================================
patient("PC13", "2026-11-16", "eligible", {}, stated_age=(22, "2026-11-12"),
        windows=(("systemic_steroids_7d", "10/30/2026", 17),))

note("PC13", "PC13-01", "2026-09-18", "Research Note", """
RESEARCH NOTE — SCREEN FAILURE                      09/18/2026
⟦Protocol|INVESTIGATIONAL|hyp⟧: randomized phase 2 ⟦study|INVESTIGATIONAL|hyp⟧ of ⟦cabozantinib|SYSTEMIC_THERAPY|hyp⟧ ± ⟦investigational agent|INVESTIGATIONAL|hyp⟧ XR-417 in relapsed ⟦osteosarcoma|OSTEOSARCOMA⟧ (IRB ***)
Subject consented 09/08/2026. Screening ECG 09/15/2026: QTcF 498 ms on two repeats (exclusion > 470 ms; on ondansetron + azithromycin for bronchitis at the time).
Outcome: SCREEN FAILURE. Not randomized. No ⟦study drug|INVESTIGATIONAL|neg⟧ dispensed or administered. Subject may re-screen per ⟦protocol|INVESTIGATIONAL|hyp⟧ once QTc normalizes - pt and MD prefer to look at other options (⟦PROMIS|INVESTIGATIONAL|hyp⟧).
""")

note("PC13", "PC13-02", "2026-10-21", "Imaging Result", """
CT CHEST W CONTRAST            10/21/2026
HX: 22M OS L humerus; s/p RLL wedge 02/2025.
COMPARISON: 06/2026
FINDINGS: New 1.0 cm solid nodule LLL lateral basal segment, subpleural. RLL staple line stable. Trace right pleural effusion with mild pleural thickening at the wedge site, unchanged since 03/2025, no nodularity. No adenopathy.
IMPRESSION: 1. New LLL nodule, c/w metastasis. 2. Stable trace R effusion / pleural thickening, post-surgical.
""")

note("PC13", "PC13-03", "2026-10-30", "Anesthesia Record", """
ANESTHESIA RECORD / INTRAOP MAR — 10/30/2026
Procedure: L proximal humerus endoprosthesis revision (polyethylene exchange), Ortho Onc
ASA 2. GETA. Start 07:48, end 10:15.
Intraop medications:
  07:40  midazolam 2 mg IV
  07:48  propofol 200 mg IV; rocuronium 50 mg IV; fentanyl 100 mcg IV
  07:55  cefazolin 2 g IV
  08:02  ⟦dexAMETHasone|SYSTEMIC_STEROID⟧ (⟦DECADRON|SYSTEMIC_STEROID⟧) injection 4 mg IV — PONV prophylaxis — single dose
  09:50  ondansetron 4 mg IV
No further ⟦steroid|SYSTEMIC_STEROID|neg⟧ ordered post-op.
""")

note("PC13", "PC13-04", "2026-11-05", "Progress Notes", """
SARCOMA MEDICAL ONCOLOGY — PROGRESS NOTE                  Nov 5 2026
S: ⟦22 y/o|AGE⟧ M with ⟦osteosarcoma|OSTEOSARCOMA⟧ L proximal humerus.
Oncologic History:
  • 03/2021 bx: high-grade ⟦osteosarcoma|OSTEOSARCOMA|hist⟧; ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 03/2021 – 10/2021, resection/endoprosthesis 06/2021
  • 04/2024 ⟦local recurrence|LOCAL_RECURRENCE|hist⟧ (deltoid) → wide re-excision 05/2024, margins widely negative (1.5 cm)
  • 01/2025 RLL ⟦metastasis|LUNG_METASTASIS|hist⟧ → RLL ⟦wedge|LUNG_RESECTION|hist⟧ 02/2025 (R0)
  • 03/2025 – 06/2025 ⟦gem/docetaxel|GEMCITABINE|hist⟧ x4
  • 09/2026 consented to XR-417 ⟦study|INVESTIGATIONAL|neg⟧ - screen fail (QTc), never dosed
Interval: endoprosthesis revision 10/30 (poly exchange) - healing well. New LLL ⟦nodule|PULMONARY_NODULE⟧ (CT 10/21) c/w ⟦metastasis|METASTASIS⟧. MRI L shoulder 09/2026: no evidence of ⟦local recurrence|LOCAL_RECURRENCE|neg⟧. Trace R ⟦effusion|PLEURAL_EFFUSION⟧ stable since 2025 - post-surgical per radiology.
Meds: ⟦fluticasone propionate 50 mcg nasal spray|LOCAL_STEROID⟧ (⟦FLONASE|LOCAL_STEROID⟧) — 2 sprays each nostril daily — Active; oxycodone 5 mg PRN x 5 days post-op — Active
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
O: Vitals: BP 118/76, HR 74, SpO2 98% RA. L shoulder incision c/d/i, sling.
⟦ECOG 3|ECOG⟧
A/P: ⟦22M|AGE⟧, 3rd relapse (2nd pulmonary), single LLL ⟦nodule|PULMONARY_NODULE⟧ - thoracic surgery 11/12. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ pre-screen: research RN to review.

ADDENDUM — 11/06/2026 09:15 — ***, MD
Correction: performance status above was carried forward in error from the 10/30 immediate post-op template ("⟦ECOG 3|ECOG|neg⟧"). Today pt is fully ambulatory, working part-time (IT help desk), restricted only in heavy lifting with L arm: ⟦ECOG 1|ECOG⟧.
""", ok=("RA", "performance status"))

note("PC13", "PC13-05", "2026-11-09", "Addendum", """
ADDENDUM: correction — Oncologic History in my note of 11/05/2026 lists "03/2025 – 06/2025 ⟦gem/docetaxel|GEMCITABINE|neg⟧ x4". This is incorrect (copied from another patient's template). Per our infusion records (MAR 03/11/2025 – 06/02/2025) the 2025 regimen was ⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧ 1.8 g/m2 + ⟦etoposide|SYSTEMIC_THERAPY|hist⟧ 100 mg/m2 d1-5 (⟦IE|SYSTEMIC_THERAPY|hist⟧) x4. The patient has never received ⟦gemcitabine|GEMCITABINE|neg⟧. — ***, MD, 11/09/2026 16:20
""")

note("PC13", "PC13-06", "2026-11-12", "Consult Note", """
Thoracic Surgery — 11/12/2026
22M, OS. Single 1.0 cm LLL lateral basal nodule, subpleural - resectable by L VATS wedge. Prior R wedge 02/2025; trace R effusion is post-surgical/benign, no intervention.
PFTs 11/11/26: FEV1 4.1 L (95%), DLCO 90% - cleared for thoracic surgery.
""")


# =====================================================================================
# PC14 -- EXCLUDED. 34 y/o F. Low-grade parosteal OS L femur (2021) treated by wide
# resection alone -> chemotherapy-naive -> prior_systemic_therapy not_met (low-dose
# methotrexate for RA does not count). Papillary thyroid carcinoma (FNA 06/12/2023) ->
# other_malignancy_5y met (levothyroxine is replacement). Seropositive RA on
# hydroxychloroquine + predniSONE 5 mg (current) -> autoimmune_systemic_2y met,
# systemic_steroids_7d met. 8-9 weeks pregnant (IUP) -> pregnant_or_lactating met.
# =====================================================================================
patient("PC14", "2026-02-23", "excluded", {
    "prior_systemic_therapy": N, "other_malignancy_5y": M, "autoimmune_systemic_2y": M,
    "systemic_steroids_7d": M, "pregnant_or_lactating": M,
}, stated_age=(34, "2026-02-17"))

note("PC14", "PC14-01", "2026-01-20", "Imaging Result", """
CT CHEST WITHOUT CONTRAST (abdomen shielded, early pregnancy)        01/20/2026
HX: parosteal osteosarcoma L femur 2021, surveillance.
FINDINGS: RUL posterior segment solid nodule 1.3 cm, LLL superior segment nodule 9 mm, both new vs 01/2025, peripheral. No effusion. Thyroidectomy clips.
IMPRESSION: Two new pulmonary nodules suspicious for metastatic disease.
""")

note("PC14", "PC14-02", "2026-02-05", "Consult Note", """
Thoracic Surgery Consult 02/05/2026
34F, parosteal OS L femur (2021, resection only). CT-guided bx RUL nodule 01/28/26: low-grade osteosarcoma, c/w metastasis. RUL 1.3 cm + LLL 9 mm, peripheral → resectable, staged VATS wedges. PFTs 2/3/26 normal (FEV1 98%, DLCO 92%). Pt ~7 wks pregnant - surgery in 2nd trimester, coordinate w/ MFM.
""")

note("PC14", "PC14-03", "2026-02-12", "OB Ultrasound / Lab Result", """
OB ULTRASOUND — FIRST TRIMESTER                02/12/2026
Indication: ⟦pregnancy|PREGNANCY⟧ dating; maternal ⟦osteosarcoma|OSTEOSARCOMA⟧, ⟦RA|AUTOIMMUNE_DISEASE⟧.
Findings: Single live intrauterine ⟦gestation|PREGNANCY⟧. CRL 17 mm = ⟦8w2d|PREGNANCY⟧. FHR 168 bpm. No subchorionic hemorrhage.
IMPRESSION: Single live ⟦IUP|PREGNANCY⟧ at ⟦8w2d|PREGNANCY⟧. EDD 09/22/2026.
Lab: ⟦hCG, quantitative|PREGNANCY_TEST⟧ (02/12/2026): 96,420 mIU/mL.
""")

note("PC14", "PC14-04", "2026-02-17", "Progress Notes", """
SARCOMA CLINIC — PROGRESS NOTE          DOS 02/17/2026
⟦34 y.o.|AGE⟧ female, G2P1, currently ⟦pregnant|PREGNANCY⟧ (~9 wks).

Patient Active Problem List
  • ⟦Parosteal osteosarcoma|OSTEOSARCOMA⟧ of left femur (HCC) [C40.22] — 05/10/2021
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01] — 01/28/2026
  • ⟦Papillary thyroid carcinoma|OTHER_MALIGNANCY⟧ (HCC) [C73] — 06/12/2023
  • Postsurgical hypothyroidism [E89.0] — 07/2023
  • ⟦Rheumatoid arthritis|AUTOIMMUNE_DISEASE⟧, seropositive, multiple sites (HCC) [M05.79] — 2020
  • ⟦Pregnancy|PREGNANCY⟧, first trimester [Z3A.08] — 02/12/2026

HPI: ⟦Parosteal OS|OSTEOSARCOMA⟧ L distal femur (bx 05/10/2021), low grade → wide resection 06/2021, no adjuvant treatment; she is ⟦chemotherapy-naive|CHEMO_NAIVE⟧ (never received ⟦MAP|SYSTEMIC_THERAPY|neg⟧ or other ⟦systemic therapy|SYSTEMIC_THERAPY|neg⟧ for the ⟦osteosarcoma|OSTEOSARCOMA⟧). Two new lung ⟦nodules|PULMONARY_NODULE⟧ 01/2026, RUL bx = low-grade ⟦osteosarcoma|OSTEOSARCOMA⟧ c/w ⟦metastasis|METASTASIS⟧. Thoracic: ⟦resectable|RESECTABLE⟧, staged ⟦VATS wedges|LUNG_RESECTION|hyp⟧ in 2nd trimester.
⟦PTC|OTHER_MALIGNANCY⟧: FNA 06/12/2023, total thyroidectomy 07/2023 + RAI 09/2023; Tg undetectable 12/2025.
⟦RA|AUTOIMMUNE_DISEASE⟧ (rheum Dr. ***): on ⟦MTX|IMMUNOSUPPRESSANT|hist⟧ 15 mg weekly 2020 → stopped 11/2025 to try to conceive; now HCQ + low-dose ⟦pred|SYSTEMIC_STEROID⟧. Small joint flares in Jan.

Current Outpatient Medications
  • ⟦levothyroxine|REPLACEMENT_THERAPY⟧ (⟦SYNTHROID|REPLACEMENT_THERAPY⟧) 125 mcg tablet — 1 tab PO daily before breakfast — Active
  • hydroxychloroquine (PLAQUENIL) 200 mg tablet — 1 tab PO BID — Active
  • ⟦predniSONE|SYSTEMIC_STEROID⟧ 5 mg tablet — 1 tab PO daily — Active
  • prenatal vitamin w/ folic acid 1 mg — daily — Active
  • ⟦methotrexate|IMMUNOSUPPRESSANT|hist⟧ 2.5 mg tablet — 6 tabs (15 mg) PO once weekly — Discontinued 11/14/2025 (Reason: ⟦Pregnancy|PREGNANCY|hyp⟧ planning)
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧

Exam: ⟦ECOG 0|ECOG⟧. Mild synovitis R MCPs. L knee healed.
A/P:
1. ⟦Metastatic|METASTASIS⟧ ⟦parosteal OS|OSTEOSARCOMA⟧ (low grade) - surgery 2nd trimester. Not a ⟦PROMIS|INVESTIGATIONAL|hyp⟧ candidate: ⟦pregnancy|PREGNANCY⟧, no prior ⟦systemic therapy|SYSTEMIC_THERAPY|neg⟧, ⟦PTC|OTHER_MALIGNANCY⟧ < 5 yrs, ⟦RA|AUTOIMMUNE_DISEASE⟧ on ⟦prednisone|SYSTEMIC_STEROID⟧.
2. Note: ⟦MTX|IMMUNOSUPPRESSANT|hist⟧ for ⟦RA|AUTOIMMUNE_DISEASE⟧ was low-dose ⟦immunosuppression|IMMUNOSUPPRESSANT|hist⟧, not ⟦chemotherapy|SYSTEMIC_THERAPY|neg⟧ for her ⟦osteosarcoma|OSTEOSARCOMA⟧.
""", ok=("SARCOMA",))

note("PC14", "PC14-05", "2026-02-19", "Patient Portal Message", """
MyChart Message — From patient — 02/19/2026 6:02 AM
Subject: ⟦prednisone|SYSTEMIC_STEROID⟧ + baby??
Good morning. My rheumatologist said the ⟦prednisone|SYSTEMIC_STEROID⟧ 5mg is ok in ⟦pregnancy|PREGNANCY⟧ but I'm nervous with the lung surgery coming. Should I keep taking it every day? I took it this morning already. Also morning sickness is really bad this week.

Response — ***, RN (Sarcoma) — 02/19/2026 11:34 AM
Please keep taking your ⟦prednisone|SYSTEMIC_STEROID⟧ as your rheumatologist prescribed - do not stop it suddenly. Dr. *** and MFM will plan any ⟦steroid|SYSTEMIC_STEROID|hyp⟧ "stress dose" around surgery. For nausea, MFM can prescribe something safe in ⟦pregnancy|PREGNANCY⟧ - I sent them a message.
""", ok=("Sarcoma", "Response"))


# =====================================================================================
# PC15 -- NEEDS_REVIEW. 31 y/o M, OS R femur, two RLL nodules c/w mets, resectable, PFTs
# adequate. New moderate R effusion, thoracentesis after as_of -> malignant_pleural_effusion
# unknown. Allergy list: riTUXimab "Other (See Comments)" with an empty comment ->
# mab_allergy unknown. Shave biopsy: atypical melanocytic proliferation, melanoma cannot be
# ruled out -> other_malignancy_5y unknown. ITP treated in 2019, in remission since 2020 ->
# autoimmune_systemic_2y not_met.
# =====================================================================================
patient("PC15", "2026-09-08", "needs_review", {
    "malignant_pleural_effusion": U, "mab_allergy": U, "other_malignancy_5y": U,
}, stated_age=(31, "2026-09-04"))

note("PC15", "PC15-01", "2026-08-24", "Imaging Result", """
CT CHEST W CONTRAST                                       08/24/2026
CLINICAL HX: ⟦31 y/o|AGE⟧ M, ⟦osteosarcoma|OSTEOSARCOMA⟧ R femur 2023, restaging.
COMPARISON: 05/18/2026
FINDINGS:
Lungs: Two new solid ⟦RLL nodules|PULMONARY_NODULE⟧: 1.1 cm superior segment, 8 mm posterior basal, both peripheral. Compressive atelectasis RLL.
Pleura: New moderate right ⟦pleural effusion|PLEURAL_EFFUSION⟧, free-flowing. No discrete pleural nodularity or thickening on this contrast phase.
Mediastinum: No adenopathy.
IMPRESSION:
1. Two new ⟦RLL nodules|PULMONARY_NODULE⟧ c/w ⟦pulmonary metastases|LUNG_METASTASIS⟧.
2. New moderate right ⟦pleural effusion|PLEURAL_EFFUSION⟧ - nonspecific; ⟦malignant effusion|MALIGNANT_EFFUSION|unc⟧ not excluded. Diagnostic thoracentesis suggested.
""", ok=("nodularity",))

note("PC15", "PC15-02", "2026-08-31", "Consult Note", """
CARDIOTHORACIC SURGERY CONSULT   8/31/26
⟦31M|AGE⟧, R femur ⟦OS|OSTEOSARCOMA⟧ (⟦MAP|SYSTEMIC_THERAPY|hist⟧ 2023), 2 RLL ⟦nodules|PULMONARY_NODULE⟧ (1.1 cm, 8 mm) c/w ⟦mets|METASTASIS⟧. Both peripheral → ⟦resectable|RESECTABLE⟧ by R ⟦VATS wedge|LUNG_RESECTION|hyp⟧ x2.
New mod R ⟦effusion|PLEURAL_EFFUSION⟧: needs tap + cytology first - if ⟦malignant|MALIGNANT_EFFUSION|hyp⟧ he would not be a candidate for ⟦metastasectomy|LUNG_RESECTION|hyp⟧ with curative intent. IR thoracentesis scheduled 09/10.
⟦PFTs|PULMONARY_FUNCTION⟧ 8/28: ⟦FEV1|PULMONARY_FUNCTION⟧ 84%, ⟦DLCO|PULMONARY_FUNCTION⟧ 80% (some restriction from ⟦effusion|PLEURAL_EFFUSION⟧) - adequate for ⟦wedges|LUNG_RESECTION|hyp⟧.
""")

note("PC15", "PC15-03", "2026-09-03", "Pathology Result", """
DERMATOPATHOLOGY REPORT                 Collected: 09/01/2026    Final: 09/03/2026
SPECIMEN: Skin, left posterior shoulder, shave biopsy ("changing mole")
DIAGNOSIS: Atypical melanocytic proliferation with severe cytologic atypia and pagetoid spread, extending to the peripheral and deep margins. ⟦Melanoma in situ|OTHER_MALIGNANCY|unc⟧ cannot be ruled out; an early invasive ⟦melanoma|OTHER_MALIGNANCY|unc⟧ cannot be excluded on this superficial sample.
COMMENT: Complete excision with 5 mm margins recommended for definitive classification. Case shown to a second dermatopathologist, who concurs.
""")

note("PC15", "PC15-04", "2026-09-04", "Progress Notes", """
SARCOMA MED ONC — F/U                                  09/04/2026
⟦31 y.o.|AGE⟧ male
HPI: R distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (bx 03/2023), ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 03-10/2023 + resection. Now 2 RLL ⟦mets|METASTASIS⟧ (CT 8/24) - thoracic 8/31: ⟦resectable|RESECTABLE⟧, ⟦PFTs|PULMONARY_FUNCTION⟧ ok - but new R ⟦effusion|PLEURAL_EFFUSION⟧, tap 9/10. Also derm shave bx L shoulder 9/1: severely atypical melanocytic lesion, ⟦melanoma|OTHER_MALIGNANCY|unc⟧ not ruled out → WLE w/ derm surg 09/21.
PMH: ⟦ITP|AUTOIMMUNE_DISEASE|hist⟧ 2019 - ⟦predniSONE|SYSTEMIC_STEROID|hist⟧ then ⟦riTUXimab|MONOCLONAL_ANTIBODY|hist⟧ x4 (07-08/2019), in remission since 2020, no treatment since; plt 248K today.
Allergies:
  • ⟦riTUXimab|MONOCLONAL_ANTIBODY⟧ — Other (See Comments) — Reaction comment: *** — Entered 08/2019 by *** (outside hospital import)
Meds: none.
Vitals: BP 128/78 | HR 88 | SpO2 96% RA.
Exam: dullness R base. Healed R thigh incision.
⟦ECOG 1|ECOG⟧
A/P:
1. ⟦Pulmonery metastases|LUNG_METASTASIS⟧ + R ⟦pleural effusion|PLEURAL_EFFUSION⟧ of unclear nature → thoracentesis/cytology 9/10.
2. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ interest - cannot screen until (a) cytology back, (b) skin lesion excised and classified, (c) details of the ⟦rituximab|MONOCLONAL_ANTIBODY⟧ "reaction" (⟦allergy|ALLERGIC_REACTION|unc⟧ entry has no description; pt doesn't remember any ⟦reaction|ALLERGIC_REACTION|unc⟧ - was 24 at the time).
""", ok=("RA",))

note("PC15", "PC15-05", "2026-09-08", "Telephone Encounter", """
Telephone Encounter — 09/08/2026 — ***, RN
Reviewed old outside records (2019 hematology, scanned) for the rituximab allergy entry: infusion flowsheets for doses 1-4 present, no reaction documented, but dose 2 infusion "stopped and restarted" without reason noted. Unable to clarify further; hematologist retired. Thoracentesis 9/10 @ 1300 confirmed, pt aware to hold nothing.
""")


# =====================================================================================
# PC16 -- EXCLUDED. 21 y/o F, newly diagnosed OS R distal femur (06/2026), staging CT
# without pulmonary metastases -> pulmonary_metastases not_met, resectable_nodules unknown;
# chemotherapy-naive for the osteosarcoma (ABVD was for Hodgkin lymphoma) ->
# prior_systemic_therapy not_met; no PFTs for surgery -> unknown. Classic Hodgkin lymphoma,
# biopsy 07/20/2021 = exactly 5 years before as_of 2026-07-20 (boundary included) ->
# other_malignancy_5y met. 10 weeks postpartum and breastfeeding -> pregnant_or_lactating
# met. MMR (rubella non-immune) 07/10/2026 -> live_vaccine_30d met.
# =====================================================================================
patient("PC16", "2026-07-20", "excluded", {
    "pulmonary_metastases": N, "resectable_nodules": U, "prior_systemic_therapy": N,
    "pulmonary_function_adequate": U, "other_malignancy_5y": M, "pregnant_or_lactating": M,
    "live_vaccine_30d": M,
}, stated_age=(21, "2026-07-16"),
   windows=(("other_malignancy_5y", "07/20/2021", 1826), ("live_vaccine_30d", "07/10/2026", 10)))

note("PC16", "PC16-01", "2021-07-23", "Pathology Result", """
SURGICAL PATHOLOGY REPORT                  Collected: 07/20/2021     Final: 07/23/2021
SPECIMEN: Lymph node, left supraclavicular, excisional biopsy
CLINICAL: 16F, neck mass, night sweats.
DIAGNOSIS: CLASSIC HODGKIN LYMPHOMA, nodular sclerosis type. Reed-Sternberg cells CD30+, CD15+, PAX5 weak, CD45-. EBER negative.
""")

note("PC16", "PC16-02", "2026-06-30", "Pathology Result", """
SURGICAL PATHOLOGY                     Collected: 06/29/2026   Final: 06/30/2026 (prelim called 6/29)
SPECIMEN: Bone, right distal femur, CT-guided core biopsy x5
DIAGNOSIS: HIGH-GRADE OSTEOSARCOMA, conventional type (osteoblastic and chondroblastic areas). SATB2 positive.
COMMENT: No features of lymphoma. Not in a prior radiation field per clinical history (ISRT 2021 to the neck/mediastinum).
""")

note("PC16", "PC16-03", "2026-07-08", "Imaging Result", """
CT CHEST W CONTRAST — STAGING                        07/08/2026
INDICATION: ⟦21F|AGE⟧, new ⟦osteosarcoma|OSTEOSARCOMA⟧ R femur. h/o ⟦Hodgkin lymphoma|OTHER_MALIGNANCY|hist⟧ 2021 (⟦ABVD|SYSTEMIC_THERAPY|hist⟧ + ISRT). 10 wks postpartum, ⟦breastfeeding|LACTATION⟧ (pt informed re contrast - no interruption needed).
COMPARISON: PET/CT 2022 (end of therapy).
FINDINGS:
Lungs: 2 mm calcified granuloma RML, unchanged since 2022. No noncalcified ⟦pulmonary nodules|PULMONARY_NODULE|neg⟧. Mild paramediastinal radiation fibrosis, stable.
Pleura: No ⟦effusion|PLEURAL_EFFUSION|neg⟧.
Mediastinum: No adenopathy. No residual/recurrent ⟦lymphoma|OTHER_MALIGNANCY|neg⟧.
IMPRESSION: No evidence of ⟦pulmonary metastases|LUNG_METASTASIS|neg⟧. Stable post-treatment changes.
""", ok=("recurrent",))

note("PC16", "PC16-04", "2026-07-14", "Progress Notes", """
SARCOMA MEDICAL ONCOLOGY — NEW PATIENT                          7/14/2026
Referred by: ***, MD (Ortho Onc)
HPI: ⟦21 y/o|AGE⟧ F G1P1, 10 wks postpartum (SVD 05/05/2026), exclusively ⟦breastfeeding|LACTATION⟧, w/ R knee pain since the 3rd trimester, attributed to ⟦pregnancy|PREGNANCY|hist⟧ → XR 6/2026 aggressive lesion R distal femur → bx 6/29: high-grade conventional ⟦osteosarcoma|OSTEOSARCOMA⟧. Staging CT chest 7/8: no ⟦pulmonary metastases|LUNG_METASTASIS|neg⟧ (stable calcified granuloma only); bone scan: solitary lesion. She is ⟦chemotherapy-naive|CHEMO_NAIVE⟧ for the ⟦osteosarcoma|OSTEOSARCOMA⟧.

Oncologic History:
- ⟦Classic Hodgkin lymphoma|OTHER_MALIGNANCY|hist⟧, nodular sclerosis, stage IIA, dx L supraclavicular LN bx 07/20/2021 (⟦age 16|AGE|hist⟧) → ⟦ABVD|SYSTEMIC_THERAPY|hist⟧ x4 + ISRT 20 Gy, completed 12/2021, ⟦CR|TUMOR_RESPONSE|hist⟧ on PET 01/2022; in remission since.
- Grade 1 ⟦bleomycin lung toxicity|TOXICITY|hist⟧ 11/2021 (⟦DLCO|PULMONARY_FUNCTION|hist⟧ 62% in 2022), resolved clinically; no ⟦PFTs|PULMONARY_FUNCTION|neg⟧ since 2022.

Meds: prenatal vitamin, ibuprofen PRN, oxycodone 5 mg PRN (compatible w/ ⟦breastfeeding|LACTATION⟧ per lactation, short course).
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
Immunizations: ⟦MMR|LIVE_VACCINE⟧ given at 6-wk postpartum visit 07/10/2026 (rubella non-immune in ⟦pregnancy|PREGNANCY|hist⟧); ⟦Tdap|NONLIVE_VACCINE⟧ 03/2026 (in ⟦pregnancy|PREGNANCY|hist⟧).
Social: lives w/ partner and baby. Never smoker.
Exam: Tender firm mass R distal femur, antalgic gait. Lungs clear. ⟦ECOG 1|ECOG⟧.

A/P: ⟦21F|AGE⟧ w/ localized high-grade ⟦osteosarcoma|OSTEOSARCOMA⟧ R distal femur, prior ⟦Hodgkin lymphoma|OTHER_MALIGNANCY|hist⟧ (5 yrs ago) - possibly related to a cancer predisposition; genetics referral (TP53/RB1 panel).
1. Start ⟦MAP|SYSTEMIC_THERAPY|hyp⟧ 7/27 (anthracycline exposure from ⟦ABVD|SYSTEMIC_THERAPY|hist⟧ noted - echo ordered; cumulative ⟦doxorubicin|SYSTEMIC_THERAPY|hyp⟧ 240 mg/m2 total cap to be reviewed).
2. ⟦Breastfeeding|LACTATION⟧ must stop before ⟦chemo|SYSTEMIC_THERAPY|hyp⟧ - lactation consult today.
3. Research: not a ⟦PROMIS|INVESTIGATIONAL|hyp⟧ candidate (no ⟦pulmonary metastases|LUNG_METASTASIS|neg⟧, no prior ⟦systemic therapy|SYSTEMIC_THERAPY|neg⟧ for ⟦OS|OSTEOSARCOMA⟧). Offer frontline COG ⟦trial|INVESTIGATIONAL|hyp⟧ screening.
""", ok=("SARCOMA", "nodular", "lactation", "cancer"))

note("PC16", "PC16-05", "2026-07-16", "Nursing Note", """
LACTATION CONSULT — RN, IBCLC                    07/16/2026 13:30
Mom (⟦21 y.o.|AGE⟧) currently ⟦breastfeeding|LACTATION⟧ 10-wk-old infant 8-10x/day, no formula. ⟦Chemotherapy|SYSTEMIC_THERAPY|hyp⟧ (⟦MAP|SYSTEMIC_THERAPY|hyp⟧) planned to start 07/27 - ⟦breastfeeding|LACTATION|hyp,neg⟧ contraindicated during treatment.
Plan: gradual weaning over ~10 days, pump for comfort only (discard milk after ⟦chemo|SYSTEMIC_THERAPY|hyp⟧ starts), cabbage leaves/cold packs, pediatrician aware, formula samples given. Emotional support provided; SW referral placed.
Pt still ⟦nursing|LACTATION⟧ at time of visit (last feed 12:45).
""", ok=("LACTATION",))


# =====================================================================================
# PC17 -- ELIGIBLE. DOB 11/02/1963 -> 62 on as_of 2026-05-04. OS R proximal femur (AP 2023),
# pulmonary relapse treated with IE, now RUL + RML nodules, resectable, PFTs adequate,
# ECOG 1. Traps: autoimmune Addison's disease on physiological hydrocortisone +
# fludrocortisone (replacement) -> autoimmune_systemic_2y and systemic_steroids_7d not_met;
# stress-dose instructions are hypothetical; Zostavax (live) in 2014, Shingrix (recombinant)
# 04/20/2026 -> live_vaccine not_met; cisplatin neuropathy back to grade 1 -> not_met.
# =====================================================================================
patient("PC17", "2026-05-04", "eligible", {}, dob="1963-11-02")

note("PC17", "PC17-01", "2026-03-24", "Imaging Result", """
CT CHEST W CONTRAST   3/24/2026
HX: 62M osteosarcoma R femur, prior lung mets treated w/ chemo 2025.
COMPARISON: 12/2025
FINDINGS: RUL posterior segment nodule 7 mm (stable vs 12/2025, previously 1.4 cm in 04/2025). New 8 mm RML lateral segment nodule, subpleural. No effusion. Bilateral adrenal glands small/atrophic (known).
IMPRESSION: New RML nodule and stable residual RUL nodule, c/w metastatic disease.
""")

note("PC17", "PC17-02", "2026-04-07", "Consult Note", """
THORACIC SURGERY CLINIC — 04/07/2026
62 y/o M, OS R prox femur. Residual RUL 7 mm + new RML 8 mm nodules, both peripheral - resectable: R VATS wedge x2, single stage.
PFTs 4/6/26: FEV1 2.9 L (84%), DLCO 78% - adequate, cleared for surgery.
Peri-op: Addison's - will need stress-dose hydrocortisone at induction (anesthesia aware).
""")

note("PC17", "PC17-03", "2026-04-22", "Progress Notes", """
MEDICAL ONCOLOGY — SARCOMA                                    04/22/2026
Patient: ***    ⟦DOB: 11/02/1963|DOB⟧    MRN: ***
Chief Complaint: f/u lung ⟦nodules|PULMONARY_NODULE⟧, ⟦trial|INVESTIGATIONAL|hyp⟧ discussion

HPI: ⟦62 y.o.|AGE⟧ M w/ conventional ⟦osteosarcoma|OSTEOSARCOMA⟧ R proximal femur, bx 03/06/2023 (⟦age 59|AGE⟧), ⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧/⟦cisplatin|SYSTEMIC_THERAPY|hist⟧ x6 03/2023 – 08/2023 + proximal femoral replacement 06/2023. ⟦Pulmonary relapse|LUNG_METASTASIS⟧ 04/2025 (RUL 1.4 cm) → ⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧/⟦etoposide|SYSTEMIC_THERAPY|hist⟧ x4 05/2025 – 08/2025, ⟦PR|TUMOR_RESPONSE|hist⟧. Now new RML ⟦nodule|PULMONARY_NODULE⟧ + residual RUL ⟦nodule|PULMONARY_NODULE⟧, c/w ⟦metastases|METASTASIS⟧; thoracic 4/7: ⟦resectable|RESECTABLE⟧ (⟦VATS wedge|LUNG_RESECTION|hyp⟧ x2), ⟦PFTs|PULMONARY_FUNCTION⟧ adequate, ⟦cleared for surgery|PULMONARY_FUNCTION⟧.

Patient Active Problem List
  • ⟦Osteosarcoma|OSTEOSARCOMA⟧ of right femur (HCC) [C40.21] — 03/06/2023
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01] — 04/2025
  • ⟦Addison's disease|AUTOIMMUNE_DISEASE⟧ (⟦autoimmune adrenalitis|AUTOIMMUNE_DISEASE⟧, 21-OH Ab+) [E27.1] — 2012
  • ⟦Chemotherapy-induced peripheral neuropathy|TOXICITY⟧ [G62.0] — 2023 (grade 2 → now grade 1)
  • Hyperlipidemia [E78.5]

Current Outpatient Medications
  • ⟦hydrocortisone|REPLACEMENT_THERAPY⟧ (⟦CORTEF|REPLACEMENT_THERAPY⟧) 10 mg tablet — 10 mg PO every morning + 5 mg PO at 2 PM (physiologic replacement) — Active
  • ⟦fludrocortisone|REPLACEMENT_THERAPY⟧ 0.1 mg tablet — 1 tab PO daily — Active
  • rosuvastatin 10 mg PO daily — Active
  • emergency ⟦hydrocortisone|SYSTEMIC_STEROID|hyp⟧ injection kit (⟦Solu-Cortef|SYSTEMIC_STEROID|hyp⟧ Act-O-Vial 100 mg) — IM PRN adrenal crisis — Active (never used)
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
Immunizations: ⟦Zoster vaccine live|LIVE_VACCINE|hist⟧ (⟦ZOSTAVAX|LIVE_VACCINE|hist⟧) — 2014; ⟦Zoster recombinant|NONLIVE_VACCINE⟧ (⟦SHINGRIX|NONLIVE_VACCINE⟧) — 02/18/2026 and 04/20/2026; ⟦Pneumococcal conjugate (PCV20)|NONLIVE_VACCINE⟧ — 2025.

ROS: [x] Denies cough [x] Denies dyspnea [x] Denies wt loss [x] numb toes (stable, mild) [x] Denies ⟦hearing loss|TOXICITY|neg⟧ (has mild ⟦tinnitus|TOXICITY⟧, grade 1)
Exam: Well. BP 132/80. Lungs clear. R hip well healed, uses no device. Decreased vibration toes, strength normal, walks on heels/toes.
⟦ECOG 1|ECOG⟧
⟦Neuropathy|TOXICITY⟧: grade 1 (sensory only, no functional limitation) - improved from grade 2 in 2023.
Labs: ⟦HIV-1/2 Ag/Ab|HIV|neg⟧ nonreactive 04/22/2026.

A/P: ⟦62M|AGE⟧, second ⟦pulmonary relapse|LUNG_METASTASIS⟧ of ⟦OS|OSTEOSARCOMA⟧, ⟦resectable|RESECTABLE⟧.
1. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ screening 5/4. Research pharmacist reviewing his ⟦hydrocortisone|REPLACEMENT_THERAPY⟧ - physiologic replacement for ⟦Addison's|AUTOIMMUNE_DISEASE⟧, not immunosuppressive dosing.
2. If not enrolled: ⟦VATS wedges|LUNG_RESECTION|hyp⟧ per Dr. ***.
""", ok=("SARCOMA",))

note("PC17", "PC17-04", "2026-04-28", "Pharmacy Note", """
RESEARCH PHARMACY — CONCOMITANT MEDICATION REVIEW (⟦PROMIS|INVESTIGATIONAL|hyp⟧ pre-screen)        04/28/2026
Pt: ⟦62 yo|AGE⟧ M, ⟦Addison's disease|AUTOIMMUNE_DISEASE⟧ since 2012.
1. ⟦Hydrocortisone|REPLACEMENT_THERAPY⟧ 15 mg/day total (10 mg AM + 5 mg PM) = physiologic replacement (~8-9 mg/m2/day, BSA 1.9). Not above replacement. ⟦Fludrocortisone|REPLACEMENT_THERAPY⟧ 0.1 mg daily - mineralocorticoid replacement. Last dose change 2019. Per protocol exclusion E5/E6 wording, replacement therapy for adrenal insufficiency is allowed.
2. Sick-day rules on file: double/triple oral ⟦hydrocortisone|SYSTEMIC_STEROID|hyp⟧ for fever > 38 °C; IM ⟦Solu-Cortef|SYSTEMIC_STEROID|hyp⟧ 100 mg if vomiting. Pt reports no sick days / no stress dosing in 2026.
3. Vaccines: ⟦Shingrix|NONLIVE_VACCINE⟧ #2 04/20/2026 - recombinant, non-live → no washout. ⟦Zostavax|LIVE_VACCINE|hist⟧ 2014 only.
4. No herbal products, no other ⟦immunosuppressants|IMMUNOSUPPRESSANT|neg⟧.
""", ok=("protocol", "Vaccines"))

note("PC17", "PC17-05", "2026-04-30", "Patient Portal Message", """
MyChart — message from patient — 4/30/2026 8:15 PM
Subject: my cortef
Do I have to stop my Cortef before the study on Monday? My endocrinologist said never to stop it. Also my arm is still a little sore from the shingles shot last week, is that normal?

Reply — ***, RN — 5/1/2026 8:02 AM
Do NOT stop your Cortef - it is replacement for your adrenal glands and is allowed. A sore arm after Shingrix is common and should go away in a few days. See you Monday 5/4.
""")


# =====================================================================================
# PC18 -- NEEDS_REVIEW. 27 y/o F, OS L femur, LLL nodules c/w mets, resectable, PFTs
# adequate, ECOG 0. Second-line chemotherapy at an outside hospital, regimen not in the
# records ("two drugs, day 1 and day 8") -> prior_gemcitabine unknown. HIV Ag/Ab reactive,
# differentiation assay pending -> hiv unknown. "Chinese herbal medicine for cancer", name
# unknown, taken this week -> immunomodulator_2w unknown. Urine hCG negative.
# =====================================================================================
patient("PC18", "2025-08-18", "needs_review", {
    "prior_gemcitabine": U, "hiv": U, "immunomodulator_2w": U,
}, stated_age=(27, "2025-08-11"))

note("PC18", "PC18-01", "2025-07-28", "Outside Records", """
OUTSIDE RECORDS REVIEW — received via fax 07/24/2025 (41 pages) — reviewed by ***, RN navigator 07/28/2025
Source: *** Cancer Institute, Houston TX
Contents: clinic notes 03/2022 – 12/2024, path report, 2 CT reports, ⟦chemotherapy|SYSTEMIC_THERAPY|hist⟧ consent forms (signature pages only).
Summary:
  • ⟦Osteosarcoma|OSTEOSARCOMA⟧, L distal femur, conventional, bx 03/15/2022 (path report included).
  • ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 03/2022 – 10/2022; resection + endoprosthesis 06/2022.
  • 06/2024 CT: 2 LLL ⟦nodules|PULMONARY_NODULE|hist⟧, "c/w ⟦metastases|METASTASIS|hist⟧".
  • 08/2024 – 12/2024: "second-line ⟦chemotherapy|SYSTEMIC_THERAPY|hist⟧" per clinic notes — regimen name, drug list and infusion records NOT included. Last note 12/2024: "restaging shows ⟦response|TUMOR_RESPONSE|hist⟧, will move to surveillance".
Missing: MAR / treatment summary for 2nd line. Request re-sent 07/28/2025.
""", ok=("Cancer",))

note("PC18", "PC18-02", "2025-08-05", "Imaging Result", """
CT CHEST W CONTRAST          08/05/2025
HX: 27F OS L femur, prior lung mets (outside).
FINDINGS: LLL superior segment nodule 1.2 cm (outside 12/2024: 0.8 cm per report), LLL posterior basal nodule 6 mm. Both peripheral. No effusion. No adenopathy.
IMPRESSION: Enlarging LLL nodules c/w recurrent metastases.
""")

note("PC18", "PC18-03", "2025-08-11", "Progress Notes", """
SARCOMA ONCOLOGY NEW PT                                           08/11/2025
⟦27 y/o|AGE⟧ F moved from Houston 06/2025. L distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (2022, ⟦MAP|SYSTEMIC_THERAPY|hist⟧ + resection). LLL ⟦mets|METASTASIS|hist⟧ 06/2024 → 2nd-line ⟦chemo|SYSTEMIC_THERAPY|hist⟧ from last August through Dec (08/2024 – 12/2024) in Houston; regimen unknown to us. Pt recalls "two drugs, one on day 1 and day 8, every 3 weeks, my hair didn't fall out much" - ?⟦gemcitabine|GEMCITABINE|unc⟧/⟦docetaxel|SYSTEMIC_THERAPY|unc⟧ vs other. Now enlarging LLL ⟦nodules|PULMONARY_NODULE⟧ (CT 8/5) c/w ⟦recurrent metastases|METASTASIS⟧.
Supplements: drinks a Chinese herbal decoction "for cancer prevention/immune" prepared by her aunt's TCM practitioner in Houston - mailed packets, most days, last cup 2 days ago. Name of the preparation unknown (labels in Chinese, handwritten); she will send photos.
Meds: ibuprofen PRN, OCP (norgestimate-EE).
Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧
Exam: Well. L knee scar healed. Lungs clear. ⟦ECOG 0|ECOG⟧.
Thoracic surgery (Dr. *** curbside, formal consult 8/20): ⟦nodules|PULMONARY_NODULE⟧ look ⟦resectable|RESECTABLE⟧ by LLL ⟦wedge|LUNG_RESECTION|hyp⟧ x2; ⟦PFTs|PULMONARY_FUNCTION⟧ 8/8/25: ⟦FEV1|PULMONARY_FUNCTION⟧ 3.4 L (101%), ⟦DLCO|PULMONARY_FUNCTION⟧ 94% → adequate.
A/P: Wants ⟦PROMIS|INVESTIGATIONAL|hyp⟧ (Dr. *** in Houston mentioned it). Needed: 2nd-line regimen (if ⟦gemcitabine|GEMCITABINE|unc⟧ → ineligible); identity of the herbal product; screening labs today (⟦HIV|HIV|hyp⟧, ⟦hCG|PREGNANCY_TEST|hyp⟧, hepatitis).
""", ok=("SARCOMA", "cancer"))

note("PC18", "PC18-04", "2025-08-14", "Lab Result Note", """
Result Note — ***, NP — 08/14/2025 17:02
Screening labs collected 08/11/2025:
  ⟦HIV-1/2 Antigen/Antibody, 4th gen|HIV|unc⟧: REACTIVE (S/CO 2.4)
  ⟦HIV-1/HIV-2 Antibody Differentiation|HIV|unc⟧ (reflex): PENDING (send-out, 5-7 days)
  ⟦HIV-1 RNA, quantitative|HIV|unc⟧: ordered 8/14, PENDING
  ⟦hCG, urine, qualitative|PREGNANCY_TEST|neg⟧: Negative
  HBsAg: Nonreactive   HCV Ab: Nonreactive
Called pt 8/14 17:00 - discussed that a reactive screen needs confirmation and can be falsely positive; she reports no known exposures, last tested negative 2022 (per outside). ID referral offered. Will call w/ results.
""")

note("PC18", "PC18-05", "2025-08-15", "Telephone Encounter", """
Telephone Encounter   08/15/2025 10:40 AM   ***, RN
Pt sent photos of the herbal packets via MyChart - labels handwritten in Chinese; our interpreter reviewed: lists "anti-tumor formula #3" and ~12 herbs by common names, no brand or patent-medicine name. Could not identify as a specific product. Pt took the last cup yesterday (08/14), willing to stop. HIV confirmatory still pending. Houston 2nd-line records: no response yet to 2nd request.
""")


# =====================================================================================
# PC19 -- EXCLUDED. 36 y/o M with synovial sarcoma (SS18-SSX1) of the L thigh, his only
# sarcoma -> osteosarcoma_histology not_met. Grade 3 infusion reaction to olaratumab (mAb)
# -> mab_allergy met. Nivolumab + ipilimumab: SD for ~7 months, then PD -> secondary
# resistance -> prior_checkpoint_inhibitor met. Currently on a phase 1 study drug (C3D1
# 09/21/2026) -> investigational_agent_4w met. HIV on Biktarvy -> hiv met. FEV1 44 % / DLCO
# 40 % after a lobectomy, not a candidate because of pulmonary reserve ->
# pulmonary_function_adequate not_met. "OS" = overall survival in the research note.
# =====================================================================================
patient("PC19", "2026-10-05", "excluded", {
    "osteosarcoma_histology": N, "pulmonary_function_adequate": N, "mab_allergy": M,
    "prior_checkpoint_inhibitor": M, "investigational_agent_4w": M, "hiv": M,
}, stated_age=(36, "2026-09-29"))

note("PC19", "PC19-01", "2026-09-21", "Research Note", """
PHASE 1 CLINICAL RESEARCH UNIT — CYCLE 3 DAY 1 VISIT                          09/21/2026
⟦Protocol|INVESTIGATIONAL⟧: first-in-human ⟦phase 1 study|INVESTIGATIONAL⟧ of XB-7 (oral TEAD inhibitor), dose-escalation cohort 4. Primary endpoint DLT; secondary ORR, PFS, OS (overall survival).
Subject: ⟦36 yo|AGE⟧ M, ⟦synovial sarcoma|OTHER_SARCOMA⟧ L thigh (SS18-SSX1), bilateral ⟦lung mets|LUNG_METASTASIS⟧.
C1D1 07/27/2026. ⟦Study drug|INVESTIGATIONAL⟧ 40 mg PO daily, continuous; compliance 100% by pill count. C3D1 today - ⟦study drug|INVESTIGATIONAL⟧ dispensed (28-day supply), dose taken in clinic 09:40.
AEs: grade 1 ⟦nausea|TOXICITY⟧, grade 1 ⟦diarrhea|TOXICITY⟧. Restaging after C2 (09/18/2026): ⟦stable disease|TUMOR_RESPONSE⟧.
Con-meds reviewed: ⟦Biktarvy|HIV⟧ (no DDI per pharmacy).
Continue on ⟦study|INVESTIGATIONAL⟧. Next visit C3D15.
""", ok=("OS",))

note("PC19", "PC19-02", "2026-09-24", "Consult Note", """
Thoracic Surgery — 9/24/2026 (2nd opinion requested by pt)
36M, synovial sarcoma L thigh; s/p LLL lobectomy 2019 + L chest RT; now 4 bilateral nodules (RUL 1.1 cm, RML 8 mm, LUL 9 mm, lingula 6 mm).
PFTs 9/22/26: FEV1 1.61 L (44% pred), DLCO 40% pred; predicted post-op values after bilateral resections < 35%.
Impression: from a nodule standpoint all four are peripheral and technically resectable by wedge resection, but his pulmonary reserve is inadequate for staged bilateral resections - not a surgical candidate due to lung function. Would favor SBRT / systemic therapy.
""")

note("PC19", "PC19-03", "2026-09-29", "Progress Notes", """
SARCOMA MED ONC — PROGRESS NOTE       9/29/2026
⟦36 y.o.|AGE⟧ male
Patient Active Problem List
  • ⟦Synovial sarcoma|OTHER_SARCOMA⟧ of left lower limb (HCC) [C49.22] — 06/2017
  • ⟦Secondary malignant neoplasm of lung|LUNG_METASTASIS⟧ (HCC) [C78.01] — 2019
  • ⟦HIV disease|HIV⟧ (HCC) [B20] — 2017
  • ⟦Participant in clinical trial|INVESTIGATIONAL⟧ [Z00.6] — 07/2026

HPI: ⟦Synovial sarcoma|OTHER_SARCOMA⟧ (monophasic, SS18-SSX1) L thigh dx 06/2017 - ⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧ + ⟦olaratumab|MONOCLONAL_ANTIBODY|hist⟧ 07/2017 (⟦olaratumab|MONOCLONAL_ANTIBODY|hist⟧ stopped after C2 for grade 3 ⟦infusion reaction|ALLERGIC_REACTION|hist⟧: hypotension 70/40, bronchospasm, required epinephrine + admission), then ⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧/⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧, wide excision + RT 2017-18. LLL ⟦met|METASTASIS|hist⟧ → LLL ⟦lobectomy|LUNG_RESECTION|hist⟧ 2019. Bilateral ⟦lung mets|LUNG_METASTASIS⟧ 01/2023 → ⟦nivolumab|CHECKPOINT_INHIBITOR|hist⟧ + ⟦ipilimumab|CHECKPOINT_INHIBITOR|hist⟧ (⟦Opdivo|CHECKPOINT_INHIBITOR|hist⟧/⟦Yervoy|CHECKPOINT_INHIBITOR|hist⟧) on a phase 2 ⟦trial|INVESTIGATIONAL|hist⟧ 02/2023: ⟦SD|TUMOR_RESPONSE|hist⟧ at wk 12 and wk 24 (08/2023), ⟦PD|TUMOR_RESPONSE|hist⟧ 09/2023 (~7 mo of ⟦stable disease|TUMOR_RESPONSE|hist⟧) → ⟦pazopanib|SYSTEMIC_THERAPY|hist⟧ 10/2023 – 06/2026 → ⟦PD|TUMOR_RESPONSE|hist⟧ → now XB-7 ⟦phase 1 trial|INVESTIGATIONAL⟧ since 07/27/2026 (C3D1 9/21).
Pt brought printout about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ from a support group - explained it is for ⟦osteosarcoma|OSTEOSARCOMA|neg⟧ only, and he's currently on another ⟦study|INVESTIGATIONAL⟧.

Medications
  • ⟦bictegravir-emtricitabine-tenofovir AF|HIV⟧ (⟦BIKTARVY|HIV⟧) 50-200-25 mg — 1 tab PO daily — Active
  • XB-7 ⟦investigational|INVESTIGATIONAL⟧ 40 mg capsule (⟦study drug|INVESTIGATIONAL⟧ - dispensed by research pharmacy) — PO daily — Active
  • ondansetron 8 mg PO q8h PRN — Active
  • ⟦pazopanib|SYSTEMIC_THERAPY|hist⟧ (⟦VOTRIENT|SYSTEMIC_THERAPY|hist⟧) 800 mg — Discontinued 06/30/2026 (Reason: ⟦Disease progression|TUMOR_RESPONSE|hist⟧)
Allergies:
  • ⟦Olaratumab|MONOCLONAL_ANTIBODY⟧ (⟦LARTRUVO|MONOCLONAL_ANTIBODY⟧) — ⟦Infusion Reaction|ALLERGIC_REACTION⟧ — grade 3 (2017) — Severity: High
Labs: CD4 720, ⟦HIV|HIV⟧ VL < 20 (08/2026).
Exam: ⟦ECOG 1|ECOG⟧. Lungs clear. L thigh well healed, mild ⟦lymphedema|TOXICITY⟧.
A/P: Continue XB-7 per ⟦protocol|INVESTIGATIONAL⟧. Thoracic 2nd opinion (9/24): not a surgical candidate, ⟦PFTs|PULMONARY_FUNCTION⟧ ⟦FEV1|PULMONARY_FUNCTION⟧ 44% / ⟦DLCO|PULMONARY_FUNCTION⟧ 40% - ⟦inadequate pulmonary reserve|PULMONARY_FUNCTION⟧.
""", ok=("SARCOMA",))

note("PC19", "PC19-04", "2026-10-01", "Pharmacy Note", """
Research Pharmacy — drug interaction review 10/01/2026
XB-7 (CYP3A4 substrate) + Biktarvy (bictegravir: not a strong CYP3A inhibitor/inducer) - no dose adjustment. Pt counseled to separate from antacids. Next dispense C4D1 10/19/2026.
""")


# =====================================================================================
# PC20 -- EXCLUDED. DOB 11/02/1960 -> turns 66 on as_of 2026-11-02 -> age_eligible not_met
# (a note written before the birthday says 65). Extraskeletal osteosarcoma of the R thigh
# (a subtype -> histology met). KPS 50 -> performance_status not_met. Innumerable bilateral
# nodules, not amenable to resection -> resectable_nodules not_met. Pleural fluid cytology
# positive -> malignant_pleural_effusion met. Phase 1 study drug, last dose 10/05/2026 = 28
# days before as_of -> investigational_agent_4w met. Huaier granules, last dose 10/23/2026
# (10 days) -> immunomodulator_2w met. PFTs never done -> unknown.
# =====================================================================================
patient("PC20", "2026-11-02", "excluded", {
    "resectable_nodules": N, "age_eligible": N, "performance_status": N,
    "pulmonary_function_adequate": U, "malignant_pleural_effusion": M,
    "investigational_agent_4w": M, "immunomodulator_2w": M,
}, dob="1960-11-02",
   windows=(("investigational_agent_4w", "10/05/2026", 28), ("immunomodulator_2w", "10/23/2026", 10)))

note("PC20", "PC20-01", "2026-10-05", "Research Note", """
CLINICAL RESEARCH — UNSCHEDULED VISIT / END OF TREATMENT            Oct 5 2026
⟦Study|INVESTIGATIONAL⟧: ⟦phase 1 trial|INVESTIGATIONAL⟧ of ZN-311 (oral ⟦investigational agent|INVESTIGATIONAL⟧), expansion cohort B (bone and soft-tissue tumors)
Subject: ⟦65 y/o|AGE⟧ M, ⟦extraskeletal osteosarcoma|OSTEOSARCOMA⟧ R thigh (dx 04/2024), ⟦lung metastases|LUNG_METASTASIS⟧.
C1D1 08/10/2026. Restaging CT 10/02/2026: innumerable new bilateral ⟦pulmonary nodules|PULMONARY_NODULE⟧, new L ⟦pleural effusion|PLEURAL_EFFUSION⟧ → RECIST ⟦PD|TUMOR_RESPONSE⟧.
Last dose of ⟦study drug|INVESTIGATIONAL⟧: 10/05/2026 (AM dose, taken at home; remaining capsules returned and counted).
Subject discontinued from ⟦study treatment|INVESTIGATIONAL|hist⟧ today for ⟦progression|TUMOR_RESPONSE⟧. 30-day safety f/u due 11/04/2026.
""", ok=("RECIST",))

note("PC20", "PC20-02", "2026-10-20", "Imaging Result", """
CT CHEST W CONTRAST                          10/20/2026
HX: extraskeletal osteosarcoma R thigh, lung mets, dyspnea.
FINDINGS: Innumerable bilateral pulmonary nodules, 3 mm to 2.4 cm, increased. Large left pleural effusion with compressive atelectasis of the LLL and mild rightward shift. Pleural-based nodular deposits L lateral costal pleura. No pericardial effusion.
IMPRESSION: Progressive innumerable bilateral pulmonary metastases. Large L pleural effusion with pleural nodularity, suspicious for malignant effusion.
""")

note("PC20", "PC20-03", "2026-10-27", "Cytology Result", """
NON-GYN CYTOLOGY                     Collected: 10/24/2026 (thoracentesis, L, 1.6 L)   Final: 10/27/2026
DIAGNOSIS: Pleural fluid, left: POSITIVE FOR MALIGNANT CELLS, consistent with metastatic osteosarcoma (SATB2+, osteoid in cell block).
""")

note("PC20", "PC20-04", "2026-10-29", "Progress Notes", """
ONCOLOGY PROGRESS NOTE                    10/29/2026
Pt: ***   ⟦DOB: 11/02/1960|DOB⟧   (⟦65 y.o.|AGE⟧ - 66 next week)   Accompanied by daughter

HPI: ⟦Extraskeletal osteosarcoma|OSTEOSARCOMA⟧ of the R thigh (dx 04/2024) s/p ⟦doxorubicin|SYSTEMIC_THERAPY|hist⟧/⟦ifosfamide|SYSTEMIC_THERAPY|hist⟧ x6 + resection 2024; ⟦lung mets|LUNG_METASTASIS⟧ 05/2025 → ⟦high-dose ifosfamide|SYSTEMIC_THERAPY|hist⟧ → ZN-311 ⟦phase 1 trial|INVESTIGATIONAL|hist⟧ 08/10/2026 – 10/05/2026, off for ⟦PD|TUMOR_RESPONSE|hist⟧. CT 10/20: innumerable bilateral ⟦pulmonary metastases|LUNG_METASTASIS⟧, large L ⟦effusion|PLEURAL_EFFUSION⟧ → thoracentesis 10/24 1.6 L, cytology ⟦positive for malignant cells|MALIGNANT_EFFUSION⟧. Re-accumulating.
Spends most of the day in bed, needs help to shower and dress; daughter moved in. Daughter had been giving him ⟦Huaier granules|IMMUNOMODULATOR⟧ (bought online) "to boost immunity" since Sept - last dose 10/23/2026, stopped when I asked at the last visit.

Medications
  • ⟦Huaier granules|IMMUNOMODULATOR|hist⟧ (OTC/herbal) 20 g PO TID — Discontinued 10/23/2026 (Reason: MD instruction)
  • ZN-311 ⟦study drug|INVESTIGATIONAL|hist⟧ — Discontinued 10/05/2026 (Reason: ⟦off study|INVESTIGATIONAL|neg⟧, ⟦disease progression|TUMOR_RESPONSE|hist⟧)
  • morphine IR 5 mg PO q4h PRN dyspnea — Active
  • lorazepam 0.5 mg PO q8h PRN anxiety — Active
Allergies: ⟦No Known Allergies|ALLERGIC_REACTION|neg⟧
Vitals: SpO2 89% RA → 93% 2L NC. RR 24.
Exam: cachectic, dullness L lower 2/3.
⟦KPS 50|KARNOFSKY⟧ (requires considerable assistance and frequent medical care).

A/P:
1. ⟦Progressive|TUMOR_RESPONSE⟧ ⟦metastatic|METASTASIS⟧ ⟦extraskeletal osteosarcoma|OSTEOSARCOMA⟧, innumerable bilateral ⟦nodules|PULMONARY_NODULE⟧ - ⟦not amenable to resection|UNRESECTABLE⟧; ⟦malignant pleural effusion|MALIGNANT_EFFUSION⟧. Thoracic surgery: IPC placement 11/3 (no ⟦PFTs|PULMONARY_FUNCTION|neg⟧ needed for IPC).
2. Daughter asked about ⟦PROMIS|INVESTIGATIONAL|hyp⟧ → not a candidate (⟦unresectable|UNRESECTABLE⟧ disease, ⟦malignant effusion|MALIGNANT_EFFUSION⟧, PS; also age > 65 as of next week).
3. Hospice info given; family meeting Monday.
""", ok=("RA", "PS"), crlf=True)


# =====================================================================================
# PC21 -- NEEDS_REVIEW. 24 y/o F referred from an outside hospital: "high-grade small
# round/spindle cell sarcoma, favor small cell osteosarcoma vs Ewing, FISH pending" ->
# osteosarcoma_histology unknown; "one infusion" of an unknown neoadjuvant drug, no
# administration records -> prior_systemic_therapy unknown. Urgent-care "steroid shot"
# 04/09/2026 (4 days before as_of), route not documented -> systemic_steroids_7d unknown.
# Faint positive home pregnancy test, serum hCG pending -> pregnant_or_lactating unknown.
# Nodules c/w mets, resectable, PFTs adequate, ECOG 1.
# =====================================================================================
patient("PC21", "2026-04-13", "needs_review", {
    "osteosarcoma_histology": U, "prior_systemic_therapy": U, "systemic_steroids_7d": U,
    "pregnant_or_lactating": U,
}, stated_age=(24, "2026-04-10"), windows=(("systemic_steroids_7d", "04/09/2026", 4),))

note("PC21", "PC21-01", "2026-03-26", "Outside Records", """
OUTSIDE RECORDS — received 03/24/2026 from *** Regional Hospital (Spanish; certified translation attached)   Reviewed 3/26/26 ***, RN navigator
Pathology (10/02/2025, R proximal tibia, core bx): "High-grade malignant neoplasm with small round and spindle cells. Scant eosinophilic matrix, possibly osteoid vs. fibrin. CD99 patchy +, SATB2 focal +, NKX2.2 negative. Favor ⟦small cell osteosarcoma|OSTEOSARCOMA|unc⟧; ⟦Ewing sarcoma|OTHER_SARCOMA|unc⟧ not excluded. EWSR1 FISH sent to reference lab - result to follow." → FISH result NOT in packet.
Clinic note 10/20/2025: "Start ⟦neoadjuvant protocol|SYSTEMIC_THERAPY|hyp⟧ this week." No infusion / MAR records, no ⟦chemotherapy|SYSTEMIC_THERAPY|neg⟧ orders in packet. Next note is a transfer summary 11/2025 (pt relocating to US).
CT chest 11/10/2025: three ⟦pulmonary nodules|PULMONARY_NODULE⟧ (5-9 mm), "probable ⟦metastases|METASTASIS|unc⟧".
Action: requested FISH report, slides/blocks for our review, and treatment administration records.
""", ok=("malignant", "neoplasm"))

note("PC21", "PC21-02", "2026-04-01", "Imaging Result", """
CT CHEST W CONTRAST                   04/01/2026
HX: sarcoma R tibia (outside dx), lung nodules on outside CT.
FINDINGS: RUL 1.2 cm, RLL 1.0 cm, LLL 8 mm solid nodules, all peripheral, each larger than on outside CT 11/10/2025 (per report). No effusion. No adenopathy.
IMPRESSION: Three enlarging bilateral pulmonary nodules, consistent with metastases.
""")

note("PC21", "PC21-03", "2026-04-06", "Consult Note", """
Thoracic surgery consult 04/06/2026
24F, tibial sarcoma (path under review), 3 bilateral peripheral nodules c/w mets. Resectable - staged bilateral VATS wedges. PFTs 4/3/26: FEV1 3.1 L (94%), DLCO 90%, adequate.
""")

note("PC21", "PC21-04", "2026-04-10", "Progress Notes", """
SARCOMA CLINIC — NEW PATIENT (Spanish interpreter ID ***)               04/10/2026
HPI: ⟦24 y/o|AGE⟧ F, moved from *** 11/2025. R proximal tibia ⟦sarcoma|OTHER_SARCOMA|unc⟧ dx 10/2025 at an outside hospital - "favor ⟦small cell osteosarcoma|OSTEOSARCOMA|unc⟧, ⟦Ewing|OTHER_SARCOMA|unc⟧ not excluded", FISH pending there; our path review awaiting blocks. She says she got "one infusion, all day, in a bag with a cover" the week before she moved (~late Oct 2025) - she doesn't know the drug and had no ⟦chemo|SYSTEMIC_THERAPY|unc⟧ after that (no insurance until 03/2026). No surgery to the tibia yet.
Lungs: 3 bilateral ⟦nodules|PULMONARY_NODULE⟧ c/w ⟦metastases|METASTASIS⟧ (CT 4/1); thoracic 4/6: ⟦resectable|RESECTABLE⟧, ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
Interval: swollen painful L wrist after a fall → urgent care 04/09/2026, XR neg; "they gave me a ⟦steroid shot|SYSTEMIC_STEROID|unc⟧" - UC note (Care Everywhere) lists "⟦triamcinolone|SYSTEMIC_STEROID|unc⟧ 40 mg injection" without route or site; pt unsure if it went into the wrist or her hip.
GYN: LMP ~02/20/2026 (irregular). Home ⟦pregnancy test|PREGNANCY_TEST|unc⟧ 4/8 "very faint line". Not on contraception.
Meds: acetaminophen PRN. Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧.
Exam: R proximal tibia firm mass, tender. L wrist mild swelling. ⟦ECOG 1|ECOG⟧.
A/P:
1. High-grade ⟦sarcoma|OTHER_SARCOMA|unc⟧ R tibia with ⟦lung mets|LUNG_METASTASIS⟧; histology (⟦osteosarcoma|OSTEOSARCOMA|unc⟧ vs ⟦Ewing|OTHER_SARCOMA|unc⟧) determines therapy - expedite blocks + FISH.
2. Prior ⟦systemic therapy|SYSTEMIC_THERAPY|unc⟧: unknown agent x1 - records requested.
3. Possible early ⟦pregnancy|PREGNANCY|unc⟧ - ⟦serum hCG|PREGNANCY_TEST|hyp⟧ + pelvic US before any imaging w/ contrast / treatment.
4. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ asked about by pt's cousin - premature.
""", ok=("SARCOMA",))

note("PC21", "PC21-05", "2026-04-13", "Telephone Encounter", """
Telephone Encounter — 04/13/2026 4:45 PM — ***, RN
⟦Serum hCG, quantitative|PREGNANCY_TEST|unc⟧ drawn 04/13 08:30 - still PENDING at close of day (lab delayed, analyzer down); pelvic US scheduled 4/15. Pt informed via interpreter.
Urgent care called back re 4/9 ⟦triamcinolone|SYSTEMIC_STEROID|unc⟧ injection: the nurse who gave it is off until next week; the EHR entry has route "injection" only (no IM vs intra-articular). Outside FISH (EWSR1): reference lab says report was sent to the outside hospital, not to us - re-requested.
""", ok=("EHR",))


# =====================================================================================
# PC22 -- ELIGIBLE. Boy, DOB 03/14/2015 -> 11 on as_of 2026-07-27, Lansky 70 (boundary,
# inside). OS L femur, MAP, solitary RLL nodule, resectable, spirometry normal. Traps:
# Li-Fraumeni: his own adrenocortical carcinoma at age 2 (2017, > 5 y) -> other_malignancy
# not_met; mother's breast cancer and uncle's osteosarcoma (family); baby sister's rotavirus
# vaccine (household contact) -> live_vaccine not_met; grade 2 fatigue (excluded from the
# criterion) and grade 1 hearing loss -> unresolved_toxicity not_met.
# =====================================================================================
patient("PC22", "2026-07-27", "eligible", {}, dob="2015-03-14")

note("PC22", "PC22-01", "2026-06-30", "Imaging Result", """
CT CHEST W CONTRAST (PEDS)            06/30/2026
HX: 11M, Li-Fraumeni, osteosarcoma L femur, surveillance.
FINDINGS: New 7 mm solid RLL nodule, lateral basal segment, subpleural. No other nodules. No effusion.
IMPRESSION: New solitary RLL nodule, c/w metastasis given history.
""")

note("PC22", "PC22-02", "2026-07-09", "Consult Note", """
Pediatric Surgery — 07/09/2026
11 y/o boy, LFS, OS L femur. Solitary 7 mm subpleural RLL nodule - resectable by thoracoscopic wedge resection.
Spirometry 7/8: FEV1 1.98 L (95% pred for height) - cleared for thoracic surgery.
""")

note("PC22", "PC22-03", "2026-07-20", "Progress Notes", """
PEDIATRIC ONCOLOGY — CANCER PREDISPOSITION CLINIC                        07/20/2026
Patient: ***   ⟦DOB: 03/14/2015|DOB⟧   Age: ⟦11 y.o.|AGE⟧   Seen w/ mom + baby sister

HPI: ⟦11 y/o|AGE⟧ boy w/ Li-Fraumeni syndrome (germline TP53 R248Q, maternal) and ⟦osteosarcoma|OSTEOSARCOMA⟧ L distal femur dx 05/2024 → ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 05/2024 – 12/2024 + limb salvage (expandable prosthesis) 08/2024. Surveillance (Toronto protocol) CT 6/30: new solitary RLL ⟦nodule|PULMONARY_NODULE⟧ c/w ⟦metastasis|METASTASIS⟧. Peds surgery 7/9: ⟦resectable|RESECTABLE⟧, thoracoscopic ⟦wedge|LUNG_RESECTION|hyp⟧; ⟦spirometry|PULMONARY_FUNCTION⟧ normal - ⟦cleared for thoracic surgery|PULMONARY_FUNCTION⟧.
Since ⟦chemo|SYSTEMIC_THERAPY|hist⟧ ended he's "slower", naps after school most days (⟦fatigue|TOXICITY⟧ grade 2). Hair fully back. Plays video games, swims with his walker-free gait but gets tired.

Past Medical History:
- ⟦Adrenocortical carcinoma|OTHER_MALIGNANCY|hist⟧, L adrenal, dx 2017 (⟦age 2|AGE|hist⟧), adrenalectomy only, NED since.
- Grade 1 high-frequency ⟦hearing loss|TOXICITY|hist⟧ (⟦cisplatin|SYSTEMIC_THERAPY|hist⟧), stable.
Family History:
- Mother: ⟦breast cancer|OTHER_MALIGNANCY|fam⟧ ⟦age 31|AGE|fam⟧ (TP53 carrier), on surveillance.
- Maternal uncle: ⟦osteosarcoma|OSTEOSARCOMA|fam⟧ ⟦age 14|AGE|fam⟧, deceased.
Meds: none. Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧.
Immunizations: up to date per state registry (⟦MMR|LIVE_VACCINE|hist⟧ #2 2019); post-⟦chemo|SYSTEMIC_THERAPY|hist⟧ boosters completed 2025.
Exam: Well, playful. L knee ROM 0-95. Lungs clear.
Performance: ⟦Lansky 70|LANSKY⟧ (active, but tires quickly, more quiet play).

A/P: ⟦11M|AGE⟧ w/ LFS, first ⟦pulmonary relapse|LUNG_METASTASIS⟧ of ⟦OS|OSTEOSARCOMA⟧ (solitary, ⟦resectable|RESECTABLE⟧).
- Family wants to hear about ⟦PROMIS|INVESTIGATIONAL|hyp⟧; radiation in LFS discussed in detail (SBRT dose small-volume; risk of RT-induced second ⟦cancers|OTHER_MALIGNANCY|hyp⟧) - family accepts. Screening 7/27.
- No ⟦toxicity|TOXICITY|neg⟧ > grade 1 except ⟦fatigue|TOXICITY⟧.
""", ok=("CANCER", "protocol"))

note("PC22", "PC22-04", "2026-07-23", "Telephone Encounter", """
Telephone Encounter — 07/23/2026 — ***, RN
Mom calling: baby sister (4 mo) got her ⟦rotavirus vaccine|LIVE_VACCINE|fam⟧ (⟦RotaTeq|LIVE_VACCINE|fam⟧, oral) + other shots at the pediatrician on 7/21. Is that a problem for pt's ⟦trial|INVESTIGATIONAL|hyp⟧ or surgery?
Advised: the ⟦vaccine|LIVE_VACCINE|fam⟧ was given to his sister, not to him - no effect on his eligibility. Good hand hygiene with diaper changes x 4 wks (virus can shed in stool). Pt himself has had no ⟦vaccines|LIVE_VACCINE|neg⟧ this year. Mom verbalized understanding.
""")


# =====================================================================================
# PC23 -- EXCLUDED. Girl, DOB 08/10/2016 -> turns 10 on as_of 2026-08-10 (boundary, age
# met; notes before say 9). Matched-unrelated-donor allogeneic HSCT 06/2020 for ALL ->
# allogeneic_transplant met; ALL diagnosed 11/2019 (> 5 y) -> other_malignancy not_met.
# Varivax 07/11/2026 = exactly 30 days before as_of -> live_vaccine_30d met. Croup in the ED
# 08/04/2026: dexAMETHasone PO -> systemic_steroids_7d met. Secondary OS L femur (MAP), two
# RLL nodules, resectable, spirometry normal, Lansky 80.
# =====================================================================================
patient("PC23", "2026-08-10", "excluded", {
    "allogeneic_transplant": M, "live_vaccine_30d": M, "systemic_steroids_7d": M,
}, dob="2016-08-10",
   windows=(("live_vaccine_30d", "07/11/2026", 30), ("systemic_steroids_7d", "08/04/2026", 6)))

note("PC23", "PC23-01", "2026-07-11", "Nursing Note", """
IMMUNIZATION ADMINISTRATION — BMT SURVIVORSHIP CLINIC            07/11/2026 10:22
Pt: ***  ⟦DOB: 08/10/2016|DOB⟧  Wt 27.4 kg
Screening (post-⟦HSCT|TRANSPLANT|hist⟧ live-vaccine checklist): [x] > 24 mo post-⟦transplant|TRANSPLANT|hist⟧ (06/2020)  [x] Off all ⟦immunosuppression|IMMUNOSUPPRESSANT|neg⟧ > 12 mo  [x] No active GVHD  [x] Not on ⟦chemotherapy|SYSTEMIC_THERAPY|neg⟧ (off since 12/2024)  [x] No IVIG in past 8 mo
Administered:
  ⟦Varicella virus vaccine live|LIVE_VACCINE⟧ (⟦VARIVAX|LIVE_VACCINE⟧) 0.5 mL SC, L upper arm, Lot ***, VIS given 07/11/2026
Observed 15 min, no reaction. Next: 2nd dose in ≥ 3 months.
""", ok=("GVHD", "BMT", "vaccine"))

note("PC23", "PC23-02", "2026-07-24", "Imaging Result", """
CT CHEST W CONTRAST (PEDS)           07/24/2026
HX: 9F secondary osteosarcoma L femur s/p MAP (2024), prior ALL/HSCT. Surveillance.
FINDINGS: Two new RLL nodules: 8 mm superior segment, 5 mm posterior basal, both peripheral. No effusion.
IMPRESSION: Two new RLL nodules, c/w metastatic osteosarcoma.
""")

note("PC23", "PC23-03", "2026-08-04", "ED Provider Note", """
PEDIATRIC EMERGENCY DEPARTMENT — PROVIDER NOTE            08/04/2026 19:10
CC: barky cough, stridor at night
HPI: ⟦9 y.o.|AGE⟧ F w/ hx ⟦ALL|OTHER_MALIGNANCY|hist⟧ s/p ⟦allogeneic BMT|TRANSPLANT|hist⟧ (2020) and ⟦osteosarcoma|OSTEOSARCOMA⟧ (off ⟦chemo|SYSTEMIC_THERAPY|hist⟧) w/ 1 day of URI sx, barky cough, stridor w/ crying. No drooling. T 100.9.
Exam: mild inspiratory stridor at rest when agitated, mild retractions, SpO2 97% on RA. Westley croup score 3 (mild-moderate).
MDM: viral croup. ⟦Dexamethasone|SYSTEMIC_STEROID|hyp⟧ 0.6 mg/kg PO x1. Observe.
Dispo: stridor resolved at 21:30, d/c home. Return precautions given.
""", ok=("RA", "URI"))

note("PC23", "PC23-04", "2026-08-04", "MAR", """
ED MEDICATION ADMINISTRATION RECORD — 08/04/2026
  ⟦dexAMETHasone|SYSTEMIC_STEROID⟧ (⟦DECADRON|SYSTEMIC_STEROID⟧) 1 mg/mL oral solution — 16.4 mg (0.6 mg/kg x 27.4 kg) — Oral — Given 08/04/26 19:42 — ***, RN
  acetaminophen (TYLENOL) 160 mg/5 mL suspension — 410 mg — Oral — Given 19:42 — ***, RN
  (acetaminophen PR not needed - pt took PO)
""", ok=("PR",))

note("PC23", "PC23-05", "2026-08-06", "Progress Notes", """
PEDIATRIC ONCOLOGY / BMT SURVIVORSHIP                          08/06/2026
Name: ***  ⟦DOB: 08/10/2016|DOB⟧  ⟦9 y.o.|AGE⟧ (turns 10 on Monday 8/10)

HPI: ⟦9 yo|AGE⟧ girl with:
 1. High-risk pre-B ⟦ALL|OTHER_MALIGNANCY|hist⟧ dx 11/2019 (⟦age 3|AGE⟧) → ⟦MUD allogeneic HSCT|TRANSPLANT|hist⟧ 06/2020 (TBI-based), in continuous ⟦CR|TUMOR_RESPONSE|hist⟧; off ⟦immunosuppression|IMMUNOSUPPRESSANT|neg⟧ since 2022, no GVHD.
 2. Secondary ⟦osteosarcoma|OSTEOSARCOMA⟧ L distal femur dx 01/2024 → ⟦MAP|SYSTEMIC_THERAPY|hist⟧ 01/2024 – 12/2024 + resection (expandable prosthesis) 04/2024.
 3. NEW: 2 RLL ⟦nodules|PULMONARY_NODULE⟧ (CT 7/24) c/w ⟦metastases|METASTASIS⟧. Peds surgery consult 8/7.
Interval: ED 8/4 for croup, got ⟦Decadron|SYSTEMIC_STEROID⟧ PO x1 that evening, cough much better. Got ⟦Varivax|LIVE_VACCINE⟧ #1 here 7/11 (per BMT re-immunization schedule) before the CT result.
Meds: none scheduled. Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧.
Exam: well, mild residual hoarse cough. Lungs clear. L knee ROM 0-100.
⟦Lansky 80|LANSKY⟧
A/P: Girl turning 10 on 8/10 w/ first ⟦pulmonary relapse|LUNG_METASTASIS⟧ of secondary ⟦OS|OSTEOSARCOMA⟧.
- ⟦PROMIS|INVESTIGATIONAL|hyp⟧ asked by parents (she'll be 10 at screening 8/10). Research RN reviewing: prior ⟦allogeneic HSCT|TRANSPLANT|hist⟧, ⟦live vaccine|LIVE_VACCINE⟧ 7/11, ⟦dexamethasone|SYSTEMIC_STEROID⟧ 8/4 - likely ineligible.
- If not enrolled: thoracoscopic ⟦wedge resection|LUNG_RESECTION|hyp⟧.
""", ok=("GVHD", "BMT", "vaccine"))

note("PC23", "PC23-06", "2026-08-07", "Consult Note", """
Pediatric Surgery Consult 8/7/2026
9 y/o (10 on 8/10), secondary OS L femur. Two peripheral RLL nodules (8 mm, 5 mm) - resectable by R thoracoscopic wedge resection x2.
Spirometry 8/7/26 (post-croup, cleared by ED): FEV1 104% pred for height. Cleared for thoracic surgery.
""")


# =====================================================================================
# PC24 -- NEEDS_REVIEW. Woman with no age and no DOB anywhere (registration incomplete,
# Epic "*** y.o." residue) -> age_eligible unknown and performance_status unknown (ECOG 1 but
# the scale cannot be chosen). "Bone marrow transplant" as a child, type unknown ->
# allogeneic_transplant unknown. Participates in "a study" for migraines, unclear whether
# interventional -> investigational_agent_4w unknown. OS L humerus (AP + HD-MTX), LUL nodules
# c/w mets, resectable, PFTs adequate.
# =====================================================================================
patient("PC24", "2026-10-26", "needs_review", {
    "age_eligible": U, "performance_status": U, "allogeneic_transplant": U,
    "investigational_agent_4w": U,
})

note("PC24", "PC24-01", "2026-10-06", "Imaging Result", """
CT CHEST W CONTRAST                                10/6/26
HX: *** y/o F, osteosarcoma L humerus 2023, surveillance.
FINDINGS: LUL apicoposterior nodule 1.0 cm and LUL anterior segment nodule 6 mm, new, peripheral. No effusion. No adenopathy.
IMPRESSION: Two new LUL nodules consistent with pulmonary metastases.
""")

note("PC24", "PC24-02", "2026-10-14", "Consult Note", """
Thoracic surgery 10/14/2026
Pt w/ OS L humerus (2023), two peripheral LUL nodules c/w metastases - resectable by L VATS wedge x2.
PFTs 10/13: FEV1 2.9 L (93%), DLCO 88% - adequate; cleared.
""")

note("PC24", "PC24-03", "2026-10-20", "Progress Notes", """
SARCOMA CLINIC — TRANSFER OF CARE                                  10/20/2026
Patient: ***   DOB: ***   MRN: *** (temporary - registration pending identity verification)
*** is a *** y.o. female here to establish care.

HPI: ⟦Osteosarcoma|OSTEOSARCOMA⟧ L proximal humerus dx 2023 (outside, San Juan PR) → ⟦AP|SYSTEMIC_THERAPY|hist⟧ + ⟦HD-MTX|SYSTEMIC_THERAPY|hist⟧ + resection 2023. New LUL ⟦nodules|PULMONARY_NODULE⟧ x2 (CT 10/6) c/w ⟦pulmonary metastases|LUNG_METASTASIS⟧; thoracic 10/14: ⟦resectable|RESECTABLE⟧, ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
PMH: "⟦bone marrow transplant|TRANSPLANT|hist⟧" as a young child in PR for "a blood problem" - doesn't know donor/type (mother deceased); no records. Migraines.
Research: says she is "in a ⟦study|INVESTIGATIONAL|unc⟧" at *** University for her migraines - monthly visits, "sometimes an injection, sometimes just questionnaires"; not sure if she receives a drug or placebo or whether it is only an observational registry; last visit early October. Coordinator contact info not with her.
Meds: sumatriptan PRN. Allergies: ⟦NKDA|ALLERGIC_REACTION|neg⟧.
Exam: Well. L shoulder limited ROM. Lungs clear. ⟦ECOG 1|ECOG⟧.
A/P:
1. ⟦Pulmonary relapse|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧. ⟦PROMIS|INVESTIGATIONAL|hyp⟧ discussed - screening blocked until: registration/DOB verified (needs ID docs), ⟦transplant|TRANSPLANT|unc⟧ type, and the migraine ⟦study|INVESTIGATIONAL|unc⟧ details.
""", ok=("SARCOMA", "DOB", "PR"))

note("PC24", "PC24-04", "2026-10-23", "Telephone Encounter", """
Telephone Encounter — 10/23/2026 — Research coordinator
Called *** University Headache Center research office: they cannot confirm or deny participation without the patient's written authorization (sent to pt via MyChart, not yet signed). Registration: pt has not yet brought ID; DOB field still blank in our system. PR hospital (transplant records) - fax request sent.
""")


# =====================================================================================
# Checks, output, summary
# =====================================================================================
WINDOW_DAYS = {"systemic_steroids_7d": 7, "immunomodulator_2w": 14, "investigational_agent_4w": 28,
               "live_vaccine_30d": 30}
AGE_TEXT = re.compile(r"\b\d{1,2}(?:-1/2)?(?:\s?y/?o\b|\s?y\.o\.|-year|\s?years? old|\s?yo\b|[MF]\b)")


def check() -> None:
    pids = [f"PC{i:02d}" for i in range(1, 25)]
    assert sorted(PATIENTS) == pids, sorted(PATIENTS)
    ids = [n["note_id"] for n in NOTES]
    assert len(ids) == len(set(ids)), "duplicate note ids"
    notes_of: dict[str, list[dict]] = defaultdict(list)
    for n in NOTES:
        notes_of[n["patient_id"]].append(n)
    assert set(notes_of) == set(pids)
    assert all(2 <= len(notes_of[p]) <= 7 for p in pids), {p: len(notes_of[p]) for p in pids}
    assert sum(len(notes_of[p]) >= 6 for p in pids) >= 3
    assert len(NOTES) >= 80, len(NOTES)
    annotated = [n for n in NOTES if n["spans"]]
    assert len(annotated) >= 35, len(annotated)
    assert any("\r\n" in n["text"] for n in annotated), "no CRLF note"

    as_ofs = set()
    for pid in pids:
        p = PATIENTS[pid]
        day = date.fromisoformat(p["as_of"])
        as_ofs.add(day)
        assert date(2025, 3, 1) <= day <= date(2026, 11, 20), (pid, day)
        for n in notes_of[pid]:
            assert date.fromisoformat(n["note_date"]) <= day, (n["note_id"], "note after as_of")
        assert p["status"] == status_of(p["criteria"]) == p["_expect"], (pid, p["status"], p["_expect"])
        crit = p["criteria"]
        # age: DOB first, else newest stated age + whole years
        if p["_dob"]:
            dob = date.fromisoformat(p["_dob"])
            assert any(dob.strftime("%m/%d/%Y") in n["text"] for n in notes_of[pid]), (pid, "DOB not written")
            age = age_on(dob, day)
        elif p["_stated_age"]:
            years, written_on = p["_stated_age"]
            src = [n for n in notes_of[pid] if n["note_date"] == written_on]
            assert any(re.match(rf"{years}(?!\d)", m.group(0)) for n in src for m in AGE_TEXT.finditer(n["text"])), \
                (pid, "stated age not written on that date")
            for n in notes_of[pid]:
                if n["note_date"] > written_on:
                    assert not AGE_TEXT.search(n["text"]), (pid, n["note_id"], "a newer note states an age")
            age = years + age_on(date.fromisoformat(written_on), day)
        else:
            age = None
            assert not any(s["label"] in ("AGE", "DOB") for n in notes_of[pid] for s in n["spans"]), pid
        if age is None:
            assert crit["age_eligible"] == U and crit["performance_status"] == U, pid
        else:
            assert crit["age_eligible"] == (M if 10 <= age <= 65 else N), (pid, age)
            p["_age"] = age
        # performance scale fits the age
        scores = [(n["note_date"], i, s["start"], s["label"], n["text"][s["start"]:s["end"]])
                  for i, n in enumerate(notes_of[pid]) for s in n["spans"]
                  if s["label"] in ("ECOG", "KARNOFSKY", "LANSKY") and not s["negated"]]
        if age is not None:
            fit = ("ECOG", "KARNOFSKY") if age >= 16 else ("LANSKY",)
            usable = sorted(x for x in scores if x[3] in fit)   # newest last (an addendum is last)
            if not usable:
                assert crit["performance_status"] == U, (pid, "no score on the right scale")
            else:
                *_, label, textv = usable[-1]
                value = int(re.findall(r"\d+", textv)[-1])
                ok = value <= 2 if label == "ECOG" else value >= (60 if label == "KARNOFSKY" else 70)
                assert crit["performance_status"] == (M if ok else N), (pid, usable[-1])
        # windows
        for what, written, days in p["_windows"]:
            assert what in CRITERIA, what
            assert any(written in n["text"] for n in notes_of[pid]), (pid, written)
            event = us_date(written)
            got = (day - event).days
            assert got == days, f"{pid}: {what} event {written} is {got} days before as_of, not {days}"
            if what == "other_malignancy_5y":
                inside = event >= years_before(day, 5)
            else:
                inside = days <= WINDOW_DAYS[what]
            assert (crit[what] in (M, U)) if inside else (crit[what] == N), (pid, what, crit[what], inside)
    assert len(as_ofs) >= 20, "as_of dates should vary"

    for c in CRITERIA:
        cnt = Counter(PATIENTS[p]["criteria"][c] for p in pids)
        assert cnt[M] >= 2 and cnt[N] >= 2 and cnt[U] >= 1, (c, cnt)
    status = Counter(p["status"] for p in PATIENTS.values())
    assert status["eligible"] >= 6 and status["excluded"] >= 8 and status["needs_review"] >= 6, status


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "notes.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for n in NOTES:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with (OUT / "patients.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for pid in sorted(PATIENTS):
            p = PATIENTS[pid]
            fh.write(json.dumps({k: p[k] for k in ("patient_id", "as_of", "status", "criteria")},
                                ensure_ascii=False) + "\n")
    # round trip: offsets survive JSON (CRLF included)
    for line in (OUT / "notes.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for s in row["spans"]:
            assert set(s) == {"start", "end", "label", *FLAGS}
            assert row["text"][s["start"]:s["end"]].strip() == row["text"][s["start"]:s["end"]]


def summary() -> None:
    annotated = [n for n in NOTES if n["spans"]]
    spans = [s for n in annotated for s in n["spans"]]
    print(f"patients {len(PATIENTS)}  notes {len(NOTES)}  span-annotated notes {len(annotated)}  "
          f"spans {len(spans)}  CRLF notes {sum(chr(13) in n['text'] for n in NOTES)}")
    print("\nspans per label (with flag counts)")
    by_label: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        by_label[s["label"]]["n"] += 1
        for f in FLAGS:
            by_label[s["label"]][f] += s[f]
    print(f"  {'label':22} {'n':>4} " + " ".join(f"{f[:4]:>4}" for f in FLAGS))
    for label in sorted(by_label):
        c = by_label[label]
        print(f"  {label:22} {c['n']:>4} " + " ".join(f"{c[f]:>4}" for f in FLAGS))
    print("  concepts without spans:", sorted(CONCEPTS - set(by_label)) or "-")
    pids = sorted(PATIENTS)
    print("\nverdicts per criterion")
    print(f"  {'criterion':30} {'met':>4} {'not':>4} {'unk':>4}   per patient (M/./?, PC01..PC24)")
    for c in CRITERIA:
        cnt = Counter(PATIENTS[p]["criteria"][c] for p in pids)
        row = "".join({M: "M", N: ".", U: "?"}[PATIENTS[p]["criteria"][c]] for p in pids)
        kind = "I" if c in INCLUSIONS else "E"
        print(f"  {kind} {c:28} {cnt[M]:>4} {cnt[N]:>4} {cnt[U]:>4}   {row}")
    print("\nstatus:", dict(sorted(Counter(p["status"] for p in PATIENTS.values()).items())))
    for pid in pids:
        p = PATIENTS[pid]
        bad = [c for c in INCLUSIONS if p["criteria"][c] == N] + [c for c in EXCLUSIONS if p["criteria"][c] == M]
        unk = [c for c in CRITERIA if p["criteria"][c] == U]
        print(f"  {pid} {p['as_of']} {p['status']:12} notes={sum(n['patient_id'] == pid for n in NOTES)}"
              f" age={p.get('_age', '?')}  against={','.join(bad) or '-'}  unknown={','.join(unk) or '-'}")


def main() -> int:
    check()
    write()
    summary()
    return 0


if __name__ == "__main__":
    sys.exit(main())
