#!/usr/bin/env python3
"""Gold corpus part H -- synthetic charts for the PROMIS (NCT06114225) screen.

Style: a large US academic children's hospital and adult sarcoma programme on an
Epic-style EHR (SmartPhrase templates with unfilled fields, copy-forwarded notes,
OCR'd faxed referral packets, interpreter-mediated visits, portal messages,
pharmacy / research-coordinator / social-work notes, flowsheet dumps).

Everything here is invented.  Run from the repository root:

    python3 annotated_notes/source/part_h.py

Writes annotated_notes/parts/h/notes.jsonl and annotated_notes/parts/h/patients.jsonl.

Inline markup in note text:  \u27e6phrase|LABEL\u27e7  or  \u27e6phrase|LABEL|flags\u27e7
flags: n = negated, u = uncertain, h = historical, y = hypothetical, f = family.
A note written with annotate=False carries no markup and gets "spans": [].
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)                     # annotated_notes/
OUT = os.path.join(ROOT, "parts", "h")

LABELS = {
    "OSTEOSARCOMA", "OTHER_SARCOMA", "OTHER_MALIGNANCY", "LOCAL_RECURRENCE",
    "LUNG_METASTASIS", "METASTASIS", "PULMONARY_NODULE", "RESECTABLE",
    "UNRESECTABLE", "LUNG_RESECTION", "PNEUMONECTOMY", "CENTRAL_STRUCTURE",
    "PULMONARY_FUNCTION", "PLEURAL_EFFUSION", "MALIGNANT_EFFUSION",
    "SYSTEMIC_THERAPY", "CHEMO_NAIVE", "GEMCITABINE", "INVESTIGATIONAL",
    "CHECKPOINT_INHIBITOR", "TUMOR_RESPONSE", "IMMUNOMODULATOR",
    "AUTOIMMUNE_DISEASE", "SYSTEMIC_STEROID", "LOCAL_STEROID", "IMMUNOSUPPRESSANT",
    "DMARD", "REPLACEMENT_THERAPY", "TRANSPLANT", "MONOCLONAL_ANTIBODY",
    "ALLERGIC_REACTION", "TOXICITY", "HIV", "LIVE_VACCINE", "NONLIVE_VACCINE",
    "PREGNANCY", "LACTATION", "PREGNANCY_TEST", "ECOG", "KARNOFSKY", "LANSKY",
    "AGE", "DOB", "LOOKALIKE", "CORRECTION",
}
_cj = os.path.join(os.path.dirname(ROOT), "patterns", "concepts.json")
if os.path.exists(_cj):
    with open(_cj, encoding="utf-8") as fh:
        _ids = {c["id"] for c in json.load(fh)["concepts"]}
    assert LABELS <= _ids, sorted(LABELS - _ids)

INCLUSIONS = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
              "prior_systemic_therapy", "age_eligible", "performance_status",
              "pulmonary_function_adequate"]
EXCLUSIONS = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
              "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
              "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
              "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
              "live_vaccine_30d", "pregnant_or_lactating"]
ALL_CRITERIA = INCLUSIONS + EXCLUSIONS
SHORT = {"HIS": "osteosarcoma_histology", "PM": "pulmonary_metastases",
         "RES": "resectable_nodules", "PST": "prior_systemic_therapy", "AGE": "age_eligible",
         "PS": "performance_status", "PFT": "pulmonary_function_adequate",
         "LR": "active_local_recurrence", "MPE": "malignant_pleural_effusion",
         "GEM": "prior_gemcitabine", "OM": "other_malignancy_5y",
         "INV": "investigational_agent_4w", "CPI": "prior_checkpoint_inhibitor",
         "IMM": "immunomodulator_2w", "AI": "autoimmune_systemic_2y",
         "STR": "systemic_steroids_7d", "ALLO": "allogeneic_transplant",
         "MAB": "mab_allergy", "TOX": "unresolved_toxicity", "HIV": "hiv",
         "LV": "live_vaccine_30d", "PREG": "pregnant_or_lactating"}
VALUE = {"m": "met", "n": "not_met", "u": "unknown"}
FLAG = {"n": "negated", "u": "uncertain", "h": "historical", "y": "hypothetical", "f": "family"}

MARK = re.compile(r"\u27e6([^\u27e6\u27e7|]+)\|([A-Z_]+)(?:\|([nuhyf,]*))?\u27e7")

PATIENTS = []
CHECKS = []   # (description, bool) -- date arithmetic the verdicts rely on


def D(s):
    return dt.date.fromisoformat(s)


def days_before(event, as_of):
    return (D(as_of) - D(event)).days


def age_on(dob, on):
    b, o = D(dob), D(on)
    return o.year - b.year - ((o.month, o.day) < (b.month, b.day))


def minus_years(day, n):
    d = D(day)
    try:
        return d.replace(year=d.year - n)
    except ValueError:          # 29 Feb
        return d.replace(year=d.year - n, day=28)


def check(desc, ok):
    CHECKS.append((desc, bool(ok)))


def verdicts(spec):
    """All inclusions met and all exclusions not_met unless overridden, e.g. 'PM=u CPI=m'."""
    v = {c: "met" for c in INCLUSIONS}
    v.update({c: "not_met" for c in EXCLUSIONS})
    for tok in spec.split():
        k, val = tok.split("=")
        v[SHORT[k]] = VALUE[val]
    return v


def note(date, note_type, text, annotate=True):
    return {"date": date, "type": note_type, "text": text, "annotate": annotate}


def patient(pid, as_of, spec, notes, why=""):
    PATIENTS.append({"pid": pid, "as_of": as_of, "criteria": verdicts(spec),
                     "notes": notes, "why": why})


def parse(raw):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        phrase, label, flags = m.group(1), m.group(2), (m.group(3) or "").replace(",", "")
        assert label in LABELS, label
        out.append(phrase)
        span = {"start": start, "end": start + len(phrase), "label": label}
        for k, name in FLAG.items():
            span[name] = k in flags
        spans.append((span, phrase))
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "\u27e6" not in text and "\u27e7" not in text, text[:200]
    for span, phrase in spans:
        assert text[span["start"]:span["end"]] == phrase, (phrase, span)
    return text, [s for s, _ in spans]


def status_of(crit):
    if any(crit[c] == "not_met" for c in INCLUSIONS) or any(crit[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(crit[c] == "met" for c in INCLUSIONS) and all(crit[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def clean(t):
    # strip the leading newline and common indentation of triple-quoted note bodies
    lines = t.strip("\n").split("\n")
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:].rstrip() for l in lines)


# =====================================================================================
# PH01 -- eligible. 15y 4m boy, late lung metastases of femoral OS, Lansky 80, PFTs fine.
# Traps: copy-forwarded "no pulmonary nodules" paragraph; mother's breast cancer;
# grade 1 hearing loss only; inactivated flu shot; "OS" = overall survival.
# =====================================================================================
patient("PH01", "2025-09-15", "", [
    note("2025-08-19", "Radiology report", """
        EXAM: CT CHEST WITH IV CONTRAST          DATE: 08/19/2025 14:02
        CLINICAL HX: ⟦15M|AGE⟧, h/o L femur ⟦osteosarcoma|OSTEOSARCOMA|h⟧, off-therapy surveillance.
        COMPARISON: CT chest 02/11/2025.

        FINDINGS:
        Lungs: New 9 x 8 mm solid ⟦nodule|PULMONARY_NODULE⟧ in the superior segment of the RLL (se 4 im 88).
        New 6 mm solid subpleural ⟦nodule|PULMONARY_NODULE⟧ in the apicoposterior LUL (im 41). No other
        ⟦nodules|PULMONARY_NODULE|n⟧. No consolidation.
        Pleura: No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧. No pneumothorax.
        Mediastinum/hila: No lymphadenopathy.
        Bones: L femoral endoprosthesis partially imaged, unchanged.

        IMPRESSION:
        1. Two new solid ⟦pulmonary nodules|PULMONARY_NODULE⟧ (RLL 9 mm, LUL 6 mm), consistent with
           ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧ in this clinical context.
        2. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        3. No mediastinal or hilar adenopathy.
        Dictated by: R. Santhanam, MD (Pediatric Radiology)
    """),
    note("2025-08-21", "Oncology progress note", """
        PEDIATRIC HEMATOLOGY/ONCOLOGY - FOLLOW-UP VISIT
        Pt: RIVERA, JONAH   MRN: 00481122   ⟦DOB: 05/09/2010|DOB⟧
        Historian: mother (Ana); Jonah adds details.

        HPI: Jonah is a ⟦15y 4m|AGE⟧ male with conventional ⟦osteoblastic osteosarcoma|OSTEOSARCOMA⟧ of the
        L distal femur (biopsy 03/14/2023), s/p ⟦neoadjuvant MAP chemotherapy|SYSTEMIC_THERAPY|h⟧,
        limb-salvage resection with distal femoral endoprosthesis 06/2023 (95% necrosis, margins
        negative) and ⟦adjuvant MAP|SYSTEMIC_THERAPY|h⟧ completed 12/2023.

        [copied forward from 01/10/2024 visit]
        Surveillance CT chest 12/2023: no ⟦pulmonary nodules|PULMONARY_NODULE|n,h⟧. No evidence of
        ⟦metastatic disease|METASTASIS|n,h⟧. Continue q3 month imaging per COG surveillance guidelines.
        [end copied text]

        INTERVAL 08/21/25: CT chest 08/19/25 shows two new ⟦nodules|PULMONARY_NODULE⟧ (RLL 9 mm, LUL 6 mm)
        not present 02/2025, highly suspicious for ⟦pulmonary metastases|LUNG_METASTASIS|u⟧. Femur films:
        stable endoprosthesis. Mom says he is back to soccer, limps after long days. No cough, no
        hemoptysis, no chest pain.

        Late effects: grade 1 high-frequency ⟦hearing loss|TOXICITY⟧ from prior ⟦cisplatin|SYSTEMIC_THERAPY|h⟧,
        stable on audiogram 07/2025, no amplification. Echo 06/2025 EF 61%.
        PE: well appearing, lungs clear, L thigh incision well healed, knee ROM 0-105.
        Performance: ⟦Lansky 80|LANSKY⟧ (active, tires after sports).
        Family hx: mother with ⟦breast cancer|OTHER_MALIGNANCY|f⟧ dx 2024, s/p lumpectomy, on tamoxifen.
        Sister (11) healthy.
        Immunizations: UTD; seasonal ⟦flu shot|NONLIVE_VACCINE|y⟧ due - mom will get it at the pharmacy.

        A/P: ⟦15 y.o.|AGE⟧ with ⟦osteosarcoma|OSTEOSARCOMA⟧ and two new ⟦lung nodules|PULMONARY_NODULE⟧
        ~20 months off therapy, presumed ⟦metastatic|METASTASIS|u⟧.
        1. Present at multidisciplinary tumor board 09/03. Percutaneous biopsy not favored (size).
        2. Peds thoracic surgery referral; ⟦PFTs|PULMONARY_FUNCTION|y⟧ ordered.
        3. Mom asked about ⟦clinical trials|INVESTIGATIONAL|y⟧ - research team to pre-screen for PROMIS
           (SBRT with ⟦penpulimab|CHECKPOINT_INHIBITOR|y⟧ and ⟦gemcitabine|GEMCITABINE|y⟧, then
           ⟦metastasectomy|LUNG_RESECTION|y⟧).
        4. Audiology yearly.
        T. Okafor, MD
    """),
    note("2025-08-28", "Pulmonary function test", """
        RESPIRATORY DIAGNOSTICS - REPORT
        Pt: RIVERA, JONAH    ⟦Age: 15|AGE⟧    Ht 171 cm   Wt 58 kg    Race-neutral GLI refs
        Indication: pre-op evaluation, planned ⟦wedge resection|LUNG_RESECTION|y⟧

        ⟦Spirometry|PULMONARY_FUNCTION⟧ (pre-BD):
          ⟦FVC|PULMONARY_FUNCTION⟧ ......... 4.21 L    97 %pred
          ⟦FEV1|PULMONARY_FUNCTION⟧ ........ 3.62 L    95 %pred
          Ratio ....... 0.86
        ⟦DLCO|PULMONARY_FUNCTION⟧ (Hb-corr) ... 88 %pred
        TLC ......... 101 %pred

        Interpretation: Normal ⟦spirometry|PULMONARY_FUNCTION⟧, lung volumes and diffusing capacity.
        ⟦Pulmonary function|PULMONARY_FUNCTION⟧ adequate for the planned thoracic surgery.
        Read by: L. Greenbaum, MD
    """),
    note("2025-09-03", "Tumor board summary", """
        MULTIDISCIPLINARY BONE TUMOR BOARD - 09/03/25
        Case: RIVERA, J. - ⟦15 yo|AGE⟧ M, L distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ dx 03/2023,
        ⟦MAP|SYSTEMIC_THERAPY|h⟧ completed 12/2023.

        Radiology: 2 new ⟦nodules|PULMONARY_NODULE⟧, RLL 9 mm / LUL 6 mm, interval growth since 02/2025
        and faint calcification c/w ⟦pulmonary metastases|LUNG_METASTASIS⟧.
        Thoracic surgery (Dr. Beaulieu): both ⟦lesions|PULMONARY_NODULE⟧ peripheral, ⟦resectable|RESECTABLE⟧ by staged
        bilateral VATS ⟦wedge resections|LUNG_RESECTION|y⟧. ⟦PFTs|PULMONARY_FUNCTION⟧ 08/28 adequate.
        Radiation oncology: both ⟦lesions|PULMONARY_NODULE⟧ technically suitable for SBRT should he go on ⟦study|INVESTIGATIONAL|y⟧.

        Consensus:
        1. Two ⟦pulmonary metastases|LUNG_METASTASIS⟧, completely ⟦resectable|RESECTABLE⟧.
        2. Offer PROMIS pre-screen; if ineligible or family declines, proceed directly to staged
           ⟦metastasectomy|LUNG_RESECTION|y⟧.
        3. Defer any further ⟦chemotherapy|SYSTEMIC_THERAPY|y⟧ decision until after pathology.
    """),
    note("2025-09-08", "Patient portal message", """
        MyChart message from: Ana Rivera (proxy for Jonah Rivera)
        Subject: questions about the trial

        Hi Dr. Okafor its Jonah's mom. We read the paper about the PROMIS study. Some questions
        1) my son's bone cancer came back in his lungs, does that mean the chemo didnt work??
        2) He got his flu shot at CVS on Saturday (the regular shot in the arm, NOT the nose spray). Is that ok before surgery
        3) does the immunotherapy medicine (penpulimab?) make you lose hair like the chemo did
        4) his hearing is the same, he still says "what" a lot lol
        Thank you, Ana

        ----
        Reply - K. Moss, RN, 09/08/25 3:14 PM: Hi Ana, thank you. The inactivated flu shot is fine and
        does not affect surgery or the study. Dr. Okafor will go over 1 and 3 at Friday's visit.
    """, annotate=False),
    note("2025-09-12", "Research pre-screening note", """
        CLINICAL RESEARCH - PRE-SCREENING
        PROMIS (NCT06114225) - SBRT + ⟦penpulimab|CHECKPOINT_INHIBITOR|y⟧ + ⟦GP regimen|GEMCITABINE|y⟧,
        then ⟦pulmonary metastasectomy|LUNG_RESECTION|y⟧
        Screened by: M. Feld, CRC      Date: 09/12/2025      PI: T. Okafor, MD
        Sources: onc note 08/21/25, CT 08/19/25, ⟦PFT|PULMONARY_FUNCTION⟧ 08/28/25, tumor board 09/03/25, portal msg 09/08/25.

        INCLUSION
        - ⟦Osteosarcoma|OSTEOSARCOMA⟧ L femur, path 03/14/2023 ......................... YES
        - ⟦Lung mets|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧ per TB 09/03 ................ YES
        - Prior systemic: ⟦MAP|SYSTEMIC_THERAPY|h⟧ completed 12/2023; no prior ⟦gemcitabine|GEMCITABINE|n⟧ ... YES
        - Age ⟦15 y 4 m|AGE⟧ on screening date (⟦DOB 05/09/2010|DOB⟧) ............... YES
        - ⟦Lansky 80|LANSKY⟧ (pt < 16 so Lansky applies) ............................ YES
        - ⟦PFTs|PULMONARY_FUNCTION⟧ 08/28 normal ...................................... YES
        EXCLUSION
        - No prior ⟦PD-1/PD-L1/CTLA-4 agents|CHECKPOINT_INHIBITOR|n⟧; no ⟦investigational agents|INVESTIGATIONAL|n⟧.
        - No ⟦autoimmune disease|AUTOIMMUNE_DISEASE|n⟧; no ⟦steroids|SYSTEMIC_STEROID|n⟧; no known ⟦HIV|HIV|n⟧.
        - Inactivated ⟦influenza vaccine|NONLIVE_VACCINE⟧ 09/06/25 (CVS) - not live, OK.
        - Late effects: grade 1 ⟦hearing loss|TOXICITY⟧ only - OK.
        - Male; ⟦pregnancy|PREGNANCY|n⟧ N/A.
        - Mother's ⟦breast cancer|OTHER_MALIGNANCY|f⟧ = family history only.
        Counseling: quoted 2-yr ⟦OS|LOOKALIKE⟧ (overall survival) after complete ⟦resection|LUNG_RESECTION|y⟧ from COG data.
        Outcome: pre-screen eligible; consent visit with PI 09/15/2025.
    """),
], why="all inclusions met; hearing loss grade 1 only; flu shot inactivated")

# =====================================================================================
# PH02 -- excluded. 16-year-old girl: preliminary 'small cell osteosarcoma' amended to Ewing
# sarcoma; perinatal HIV on ART; gem/docetaxel; phase I study drug 21 days ago (CPI response
# not documented); malignant effusion; restrictive PFTs after whole-lung RT; positive hCG.
# Lansky only at age 16 -> performance_status unknown.
# =====================================================================================
check("PH02 study drug 2026-01-26 within 28 d of 2026-02-16", days_before("2026-01-26", "2026-02-16") == 21)
check("PH02 age 16 on as_of", age_on("2009-10-03", "2026-02-16") == 16)
patient("PH02", "2026-02-16",
        "HIS=n RES=u PS=u PFT=n MPE=m GEM=m INV=m CPI=u HIV=m PREG=m", [
    note("2025-03-21", "Outside pathology (faxed, OCR)", """
        -- Page 1 of 2 --   FAX FROM: TRI-COUNTY REGIONAL MED CTR PATHOLOGY   03/21/2025 16:40
        SURGICAL PATH0LOGY REP0RT  PRELIMINARY
        PATIENT: MAL0NE, KIARA     D0B: 10/03/2OO9     MRN: TC-77120
        SPECIMEN: R 8TH RIB / CHEST WALL MASS, C0RE BI0PSY x4
        DIAGN0SIS (PRELIMINARY):
        MALIGNANT SMALL R0UND BLUE CELL TUM0R. FAV0R SMALL CELL 0STE0SARC0MA; EWING SARC0MA
        N0T EXCLUDED. F0CAL 0STE0ID-LIKE MATRIX VS HYALINIZED STR0MA.
        CD99 diffuse strong membranous p0sitive. NKX2.2 pending. M0LECULAR (EWSR1 break-
        apart FISH / NGS fusi0n panel) SENT T0 REFERENCE LAB.
        -- Page 2 of 2 --   FAX FROM: TRI-COUNTY REGIONAL MED CTR PATHOLOGY
        C0MMENT: Final classificati0n t0 f0ll0w m0lecular studies. Discussed with Dr. Hsu
        (peds 0nc) 03/21/25.
    """, annotate=False),
    note("2025-03-28", "Outside pathology - amended report", """
        ⟦AMENDED REPORT|CORRECTION⟧ - TRI-COUNTY REGIONAL MED CTR, SURGICAL PATHOLOGY
        Pt: MALONE, KIARA   ⟦DOB 10/03/2009|DOB⟧   Accession TS25-01188   Signed out 03/28/2025
        Reason for ⟦amendment|CORRECTION⟧: molecular results received.
        RESULTS: EWSR1::FLI1 fusion detected (NGS fusion panel). NKX2.2 positive (diffuse).
        ⟦AMENDED DIAGNOSIS|CORRECTION⟧: R 8th rib / chest wall, core biopsy: ⟦EWING SARCOMA|OTHER_SARCOMA⟧.
        This ⟦supersedes|CORRECTION⟧ the preliminary diagnosis of small cell
        ⟦osteosarcoma|OSTEOSARCOMA|n⟧ (03/21/2025). Matrix-like material is hyalinized stroma, not osteoid.
        Electronically signed: P. Anand, MD
    """),
    note("2025-11-17", "Oncology progress note", """
        ADOLESCENT/YOUNG ADULT ONCOLOGY - PROGRESS NOTE
        Kiara is a ⟦16 yo|AGE⟧ F with relapsed ⟦Ewing sarcoma|OTHER_SARCOMA⟧ of the R 8th rib (EWSR1::FLI1),
        seen with her grandmother (legal guardian).
        Onc history:
        - 2024: ⟦VDC/IE|SYSTEMIC_THERAPY|h⟧ x 14 cycles, chest wall resection, whole-lung irradiation (15 Gy)
          for ⟦lung mets|LUNG_METASTASIS|h⟧ at diagnosis.
        - 03/2025: chest wall/pleural relapse confirmed (see ⟦amended path|CORRECTION⟧ 03/28/25).
        - 06/2025-09/2025: ⟦gemcitabine/docetaxel|GEMCITABINE|h⟧ x 4 cycles - ⟦mixed response|TUMOR_RESPONSE|h⟧.
        - 11/2025: referred to Phase I unit; consented to first-in-human ⟦study drug|INVESTIGATIONAL|y⟧
          (anti-⟦PD-L1|CHECKPOINT_INHIBITOR|y⟧/TGF-beta bifunctional fusion protein), C1D1 planned 12/01/25.
        Other: perinatally acquired ⟦HIV|HIV⟧ on ⟦Biktarvy|HIV⟧, VL <20, CD4 780 (10/2025).
        Residual grade 1 ⟦peripheral neuropathy|TOXICITY⟧ from prior ⟦vincristine|SYSTEMIC_THERAPY|h⟧ (toes),
        improved from grade 2 last year.
        ⟦Lansky 80|LANSKY⟧.
        Plan: proceed with ⟦phase I|INVESTIGATIONAL|y⟧. ⟦Pregnancy test|PREGNANCY_TEST|y⟧ at screening.
    """),
    note("2026-01-30", "Pulmonary function test", """
        ⟦PFT|PULMONARY_FUNCTION⟧ LAB REPORT   01/30/2026
        Indication: ? thoracic surgery candidacy (outside referral to PROMIS)
        ⟦FVC|PULMONARY_FUNCTION⟧ 1.71 L (52 %pred)   ⟦FEV1|PULMONARY_FUNCTION⟧ 1.49 L (46 %pred)   Ratio 0.87
        TLC 58 %pred    ⟦DLCO|PULMONARY_FUNCTION⟧ 41 %pred
        Interpretation: moderately severe restriction with reduced diffusion, consistent with
        prior whole-lung irradiation and chest wall resection. ⟦Pulmonary reserve|PULMONARY_FUNCTION⟧
        insufficient for further thoracic surgery.
    """),
    note("2026-02-09", "Radiology / cytology", """
        CT CHEST W CONTRAST 02/06/2026
        IMPRESSION:
        1. Enlarging R pleural-based masses with moderate R ⟦pleural effusion|PLEURAL_EFFUSION⟧.
        2. Multiple bilateral ⟦pulmonary nodules|PULMONARY_NODULE⟧ up to 14 mm, increased, c/w
           ⟦metastases|METASTASIS⟧.

        THORACENTESIS 02/09/2026 (IR): 850 mL serosanguinous fluid removed.
        PLEURAL FLUID CYTOLOGY: ⟦POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION⟧ - small round blue cells, CD99+,
        consistent with ⟦metastatic|METASTASIS⟧ ⟦Ewing sarcoma|OTHER_SARCOMA⟧.
        Final: ⟦malignant pleural effusion|MALIGNANT_EFFUSION⟧.
    """),
    note("2026-02-13", "Research pre-screening note", """
        CLINICAL RESEARCH - PROMIS PRE-SCREEN (referral from outside oncologist)
        Pt: MALONE, KIARA   ⟦DOB 10/03/2009|DOB⟧ (⟦16 y|AGE⟧)   CRC: J. Pruitt
        Referral letter says "small cell ⟦osteosarcoma|OSTEOSARCOMA|n⟧" - ⟦this is incorrect|CORRECTION⟧;
        ⟦amended path|CORRECTION⟧ 03/28/25 = ⟦Ewing sarcoma|OTHER_SARCOMA⟧.
        Phase I ⟦study drug|INVESTIGATIONAL⟧: C1D1 12/01/25, C2D1 01/05/26, last dose C2 D22 01/26/2026;
        taken off ⟦study|INVESTIGATIONAL⟧ 02/02/26 for clinical deterioration. Restaging on ⟦study|INVESTIGATIONAL|h⟧ not
        available to us; ⟦best response|TUMOR_RESPONSE|u⟧ on the ⟦PD-L1|CHECKPOINT_INHIBITOR|h⟧ agent not documented.
        Prior ⟦gemcitabine/docetaxel|GEMCITABINE|h⟧ (2025).
        ⟦Malignant pleural effusion|MALIGNANT_EFFUSION⟧ (cytology +, 02/09/26).
        ⟦PFTs|PULMONARY_FUNCTION⟧ 01/30: ⟦reserve insufficient|PULMONARY_FUNCTION⟧ for thoracic surgery.
        ⟦Lansky 80|LANSKY⟧ only; no adult-scale score documented (pt is 16).
        ⟦HIV|HIV⟧+ on ⟦ART|HIV⟧.
        ⟦Urine hCG|PREGNANCY_TEST⟧ 02/12/26 POSITIVE; ⟦serum beta-hCG|PREGNANCY_TEST⟧ 2,340 mIU/mL. Dr. Hsu and
        SW informed; pt and guardian aware of ⟦pregnancy|PREGNANCY⟧.
        Outcome: NOT ELIGIBLE (histology; ⟦effusion|MALIGNANT_EFFUSION⟧; ⟦gemcitabine|GEMCITABINE|h⟧; recent ⟦investigational agent|INVESTIGATIONAL⟧; ⟦pregnancy|PREGNANCY⟧).
    """),
], why="Ewing after amended path; several exclusions met")

# =====================================================================================
# PH03 -- needs_review. Epic template never filled: '*** y.o.', DOB blank -> age unknown,
# so ECOG 1 cannot be placed on a scale. Stem cell transplant of unstated source; infusion
# reaction to dinutuximab without grade; reactive HIV screen awaiting confirmation.
# =====================================================================================
patient("PH03", "2026-04-22", "AGE=u PS=u ALLO=u MAB=u HIV=u", [
    note("2026-03-30", "Sarcoma new patient consult", """
        ⟦SARCOMA MEDICAL ONCOLOGY|LOOKALIKE⟧ - NEW PATIENT CONSULT
        Referring: Dr. ***          Reason for visit: {Blank single:19197}
        Pt is a *** y.o. male with ⟦osteosarcoma|OSTEOSARCOMA⟧ of the R proximal humerus (outside biopsy
        09/2019) who presents to establish care and discuss ⟦clinical trial|INVESTIGATIONAL|y⟧ options for
        new ⟦lung nodules|PULMONARY_NODULE⟧.

        ONCOLOGIC HISTORY (pt report + partial outside records; full packet requested):
        - 2019-2020: ⟦MAP|SYSTEMIC_THERAPY|h⟧; R proximal humerus resection, endoprosthesis.
        - 2021: first ⟦pulmonary metastases|LUNG_METASTASIS|h⟧ -> R VATS ⟦wedge resection|LUNG_RESECTION|h⟧ x2,
          then ⟦ifosfamide/etoposide|SYSTEMIC_THERAPY|h⟧, consolidated with ⟦high-dose chemotherapy|SYSTEMIC_THERAPY|h⟧
          and ⟦stem cell transplant|TRANSPLANT|h⟧ at an outside center. Records do not say autologous vs
          allogeneic; pt "thinks they used my own cells" - not confirmed.
        - 2022: second ⟦lung mets|LUNG_METASTASIS|h⟧, L ⟦wedge|LUNG_RESECTION|h⟧; then phase II ⟦trial|INVESTIGATIONAL|h⟧
          of ⟦dinutuximab|MONOCLONAL_ANTIBODY|h⟧ + sargramostim, finished 03/2023. Had an
          ⟦infusion reaction|ALLERGIC_REACTION|h⟧ during cycle 1; grade and management not in the records we have.
        - 2023 -> 02/2026: no evidence of disease on surveillance.
        - 03/2026: outside CT with 2 new LLL ⟦nodules|PULMONARY_NODULE⟧.

        Meds: sertraline 50 mg daily.
        Allergies: ⟦dinutuximab|MONOCLONAL_ANTIBODY|h⟧ - ⟦reaction|ALLERGIC_REACTION|h⟧: ***  severity: ***
        SH: lives with partner, works in IT, never smoker.   FH: ***
        ROS: {Blank single:19197}
        Exam: ⟦ECOG 1|ECOG⟧. R shoulder incision well healed, abduction to 70 deg. Lungs clear.

        A/P: ⟦osteosarcoma|OSTEOSARCOMA⟧, new LLL ⟦nodules|PULMONARY_NODULE⟧ - likely ⟦metastases|METASTASIS|u⟧.
        - CT chest here, thoracic surgery consult.
        - Labs incl. ⟦HIV|HIV|y⟧ screen (needed for ⟦trial|INVESTIGATIONAL|y⟧ screening).
        - Request ⟦transplant|TRANSPLANT|h⟧ records and the ⟦infusion reaction|ALLERGIC_REACTION|h⟧ documentation.
    """),
    note("2026-04-02", "Outside records (faxed, OCR)", """
        ==== PAGE 1 OF 5 ====  RECEIVED 04/02/2026 09:14  FROM: ST. BRENDAN UNIV HOSP BMT PR0GRAM
        DISCHARGE SUMMARY
        ADMIT: 07/19/2021   DISCHARGE: 08/16/2021
        DIAGN0SIS: METASTATIC 0STE0SARC0MA, 2ND REMISSI0N
        PR0CEDURE: HIGH-D0SE CHEM0THERAPY (CARB0PLATIN / ET0P0SIDE) F0LL0WED BY HEMAT0P0IETIC
        STEM CELL INFUSI0N 07/26/2021 (DAY 0).
        ==== PAGE 2 OF 5 ====  ST. BRENDAN UNIV HOSP BMT PR0GRAM
        C0URSE: Neutr0penic fever day +5, bl00d cultures negative. Mucositis grade 3, PCA. Engraft-
        ment: ANC > 500 day +11, platelets day +14. GVHD pr0phylaxis: see page 3.
        S0URCE / D0N0R: see page 3.
        ==== PAGE 4 OF 5 ====  ST. BRENDAN UNIV HOSP BMT PR0GRAM
        DISCHARGE MEDS: acycl0vir, fluc0naz0le, ondansetr0n prn.
        F0LL0W-UP: BMT clinic 08/23/2021.
        ==== PAGE 5 OF 5 ====  (blank)
        [Pages received: 1, 2, 4, 5. Page 3 not received. - HIM, 04/02/26]
    """, annotate=False),
    note("2026-04-06", "Radiology report", """
        CT CHEST WITH CONTRAST 04/06/2026
        HX: ⟦osteosarcoma|OSTEOSARCOMA⟧, s/p bilateral ⟦wedge resections|LUNG_RESECTION|h⟧; new ⟦nodules|PULMONARY_NODULE⟧ on outside CT.
        FINDINGS: Postsurgical staple lines R upper and L upper lobes. Two new solid ⟦nodules|PULMONARY_NODULE⟧
        in the LLL: 7 mm (lateral basal, subpleural) and 5 mm (posterior basal). No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        No adenopathy.
        IMPRESSION:
        1. Two LLL ⟦nodules|PULMONARY_NODULE⟧, new since 2025, consistent with ⟦pulmonary metastases|LUNG_METASTASIS⟧.
        2. Stable postsurgical changes; no ⟦effusion|PLEURAL_EFFUSION|n⟧.
    """),
    note("2026-04-10", "Laboratory results", """
        2026-04-10 08:12   COLLECTED   (⟦trial|INVESTIGATIONAL|y⟧ pre-screen panel)
        WBC 5.8   HGB 13.9   PLT 231
        CREATININE 0.9   AST 22   ALT 19   T BILI 0.6
        ⟦HIV 1/2 AG/AB SCREEN|HIV|u⟧ .................. REACTIVE (A)
        ⟦HIV-1/HIV-2 ANTIBODY DIFFERENTIATION|HIV|u⟧ .... PENDING
        ⟦HIV-1 RNA, QUANT|HIV|u⟧ ........................ PENDING
        HEP B SURFACE AG .......................... Nonreactive
        HEP C AB .................................. Nonreactive
        Comment (RN, 04/10 15:02): reactive screen requires confirmatory testing; pt informed,
        ID appointment offered.
    """),
    note("2026-04-15", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        Reason: LLL ⟦nodules|PULMONARY_NODULE⟧ in pt with ⟦osteosarcoma|OSTEOSARCOMA⟧; prior bilateral
        ⟦wedges|LUNG_RESECTION|h⟧ (2021, 2022).
        CT 04/06 reviewed: 7 mm and 5 mm LLL ⟦lesions|PULMONARY_NODULE⟧, peripheral.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 04/14: ⟦FEV1|PULMONARY_FUNCTION⟧ 88 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 79 %pred -
        adequate.
        ⟦ECOG 1|ECOG⟧, climbs 3 flights.
        Impression: both ⟦nodules|PULMONARY_NODULE⟧ ⟦resectable|RESECTABLE⟧ by L VATS ⟦wedge resection|LUNG_RESECTION|y⟧
        (⟦segmentectomy|LUNG_RESECTION|y⟧ if the posterior one is deep at surgery). Expect adhesions. ⟦Cleared for thoracic surgery|PULMONARY_FUNCTION⟧.
        Will coordinate timing with medical oncology / research team.
    """),
    note("2026-04-20", "Research pre-screening note", """
        PROMIS PRE-SCREEN - open items        CRC: D. Whitcomb
        Registration: DOB field blank (outside MRN merge pending); no age documented in any note.
        Template HPI "*** y.o." never completed. -> age / which PS scale applies: cannot assess yet.
        1. ⟦Stem cell transplant|TRANSPLANT|h⟧ 07/2021: source not documented (page 3 of the discharge summary missing).
           GVHD prophylaxis mentioned on p.2 - raises the question of a ⟦donor graft|TRANSPLANT|u⟧; awaiting letter from St. Brendan.
        2. ⟦Dinutuximab|MONOCLONAL_ANTIBODY|h⟧ ⟦infusion reaction|ALLERGIC_REACTION|h⟧ 2022: ⟦nursing note|LOOKALIKE⟧ says
           "infusion stopped, meds given, resumed at half rate" - no CTCAE grade documented.
        3. ⟦HIV|HIV|u⟧ screen reactive 04/10, differentiation assay still pending.
        4. Otherwise: ⟦osteosarcoma|OSTEOSARCOMA⟧ with LLL ⟦lung mets|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧ per
           thoracic surgery, ⟦PFTs|PULMONARY_FUNCTION⟧ adequate, prior ⟦MAP|SYSTEMIC_THERAPY|h⟧. No prior
           ⟦gemcitabine|GEMCITABINE|n⟧ or ⟦checkpoint inhibitor|CHECKPOINT_INHIBITOR|n⟧. No ⟦steroids|SYSTEMIC_STEROID|n⟧.
        Status: pending - re-review when items 1-3 and DOB are resolved.
    """),
], why="age unknown (template ***); transplant source, mAb reaction grade, HIV confirmation unknown")

# =====================================================================================
# PH04 -- eligible. 34-year-old woman seen with a Spanish interpreter; delivered 08/2025,
# formula feeding; partner HIV+ (family); her HIV screen negative; prednisone burst ended
# 11/12/2025 = 8 days before as_of; postpartum MMR not given; Tdap in pregnancy.
# =====================================================================================
check("PH04 prednisone last dose 8 days before as_of", days_before("2025-11-12", "2025-11-20") == 8)
patient("PH04", "2025-11-20", "", [
    note("2025-10-06", "Sarcoma clinic follow-up", """
        ⟦SARCOMA CLINIC|LOOKALIKE⟧ - FOLLOW-UP     Interpreter: Spanish, in person, L. Ortega (#4471)
        Sra. Castillo is a ⟦34 y.o.|AGE⟧ G2P2 woman with ⟦osteosarcoma|OSTEOSARCOMA⟧ of the L proximal tibia
        (biopsy 02/14/2022), s/p ⟦MAP|SYSTEMIC_THERAPY|h⟧ and limb salvage in 2022, on surveillance. She
        missed two visits during her ⟦pregnancy|PREGNANCY|h⟧ and delivered a healthy girl 08/09/2025 (SVD).
        She says "ya no estoy dando pecho" - she is not ⟦breastfeeding|LACTATION|n⟧; baby on formula since
        two weeks postpartum.
        Dry cough x 3 weeks ("un poco de tos seca"). No hemoptysis, no fever.
        Partner (baby's father) has ⟦HIV|HIV|f⟧, on ⟦ART|HIV|f⟧ with undetectable viral load per pt. Her
        prenatal ⟦HIV|HIV|n⟧ screen was negative (05/2025, OB records).
        Vaccines: prior ⟦Tdap|NONLIVE_VACCINE|h⟧ at 28 wks. Postpartum ⟦MMR|LIVE_VACCINE|n⟧ not given - rubella immune.
        Exam: well, L leg well healed, walks without aid. ⟦ECOG 1|ECOG⟧.
        A/P: overdue surveillance + cough -> CT chest this month. Return with results.
    """),
    note("2025-10-15", "Radiology report", """
        CT CHEST W/ CONTRAST   10/15/25
        COMPARISON: 11/2024.
        IMPRESSION:
        1. New 12 mm RML ⟦nodule|PULMONARY_NODULE⟧ and new 8 mm LLL ⟦nodule|PULMONARY_NODULE⟧, consistent with
           ⟦pulmonary metastases|LUNG_METASTASIS⟧ of known ⟦osteosarcoma|OSTEOSARCOMA⟧.
        2. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧ or adenopathy.
        3. Mild bronchial wall thickening, likely viral/reactive airway.
    """),
    note("2025-11-04", "Thoracic surgery consult", """
        THORACIC SURGERY - CONSULT (interpreter by phone, Spanish, #2210)
        ⟦34 yo|AGE⟧ F, L tibia ⟦osteosarcoma|OSTEOSARCOMA⟧ 2022, new RML 12 mm and LLL 8 mm ⟦nodules|PULMONARY_NODULE⟧.
        Both peripheral, no central involvement.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 11/03/25: ⟦FEV1|PULMONARY_FUNCTION⟧ 91 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 84 %pred.
        Assessment: ⟦resectable|RESECTABLE⟧ - R VATS RML ⟦wedge|LUNG_RESECTION|y⟧ then L VATS LLL ⟦wedge|LUNG_RESECTION|y⟧
        (two-stage) or as a step of the ⟦trial|INVESTIGATIONAL|y⟧ her oncologist is considering.
        ⟦Cleared for thoracic surgery|PULMONARY_FUNCTION⟧ from a pulmonary standpoint.
    """),
    note("2025-11-13", "Telephone encounter", """
        TELEPHONE ENCOUNTER - RN (via interpreter line, Spanish #3318)
        Pt calls: seen at urgent care 11/08 for poison ivy rash on both forearms. Was prescribed
        ⟦prednisone|SYSTEMIC_STEROID|h⟧ 40 mg PO daily x 5 days (11/08-11/12) and completed the course
        yesterday, 11/12. Also using ⟦triamcinolone 0.1% cream|LOCAL_STEROID⟧ bid. Rash improving, no fever.
        Advised: let research team know about the burst (they will count days). Pt verbalized understanding.
    """),
    note("2025-11-19", "Research pre-screening note", """
        PROMIS PRE-SCREEN        CRC: M. Feld      Planned screening/consent date: 11/20/2025
        Inclusion: ⟦osteosarcoma|OSTEOSARCOMA⟧ (2022) with RML/LLL ⟦lung mets|LUNG_METASTASIS⟧; ⟦resectable|RESECTABLE⟧
        (Dr. Beaulieu 11/04); ⟦MAP|SYSTEMIC_THERAPY|h⟧ completed 2022; ⟦34 y|AGE⟧; ⟦ECOG 1|ECOG⟧; ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        Exclusion review:
        - ⟦Prednisone|SYSTEMIC_STEROID|h⟧ burst 11/08-11/12: last dose 8 days before 11/20 -> outside 7-day window.
        - Not ⟦breastfeeding|LACTATION|n⟧ (formula since 08/2025). ⟦Serum hCG|PREGNANCY_TEST|n⟧ 11/18 negative.
        - ⟦HIV|HIV|n⟧ Ag/Ab nonreactive 11/18. Partner's ⟦HIV|HIV|f⟧ is not an exclusion for her.
        - No ⟦live vaccines|LIVE_VACCINE|n⟧ (postpartum ⟦MMR|LIVE_VACCINE|n⟧ never given).
        - No prior ⟦gemcitabine|GEMCITABINE|n⟧ / ⟦PD-1|CHECKPOINT_INHIBITOR|n⟧; no ⟦autoimmune disease|AUTOIMMUNE_DISEASE|n⟧.
        Pre-screen: eligible -> consent visit 11/20 with interpreter.
    """),
], why="all met; steroid stopped 8 days before; not lactating; partner's HIV")

# =====================================================================================
# PH05 -- excluded. 9-year-old (turns 10 the day after as_of), newly diagnosed, no lung
# disease, chemo-naive; investigational PET tracer 14 days ago; varicella vaccine 18 days
# ago; grandmother gives Huaier granules daily. Father's type 1 diabetes is family history.
# =====================================================================================
check("PH05 age 9 on as_of (birthday next day)", age_on("2016-06-24", "2026-06-23") == 9)
check("PH05 tracer 14 days before as_of", days_before("2026-06-09", "2026-06-23") == 14)
check("PH05 varicella 18 days before as_of", days_before("2026-06-05", "2026-06-23") == 18)
patient("PH05", "2026-06-23", "PM=n RES=u PST=n AGE=n PFT=u INV=m IMM=m LV=m", [
    note("2026-05-29", "Pediatric oncology new consult", """
        PEDIATRIC ONCOLOGY - NEW PATIENT CONSULT
        Patient: CHEN, LEO    ⟦DOB: 06/24/2016|DOB⟧    Historian: mother (primary); father by phone
        HPI: Leo is a ⟦9 y.o.|AGE⟧ boy with 2 months of R knee pain, worse at night, limping for 3 weeks.
        Xray: mixed lytic/sclerotic lesion of the R distal femoral metaphysis, sunburst
        ⟦periosteal reaction|LOOKALIKE⟧. MRI 05/20: 8.5 cm lesion, no skip lesion. CT-guided core biopsy 05/28/2026 -
        preliminary read high-grade conventional ⟦osteosarcoma|OSTEOSARCOMA|u⟧, final pending.
        He is ⟦chemotherapy-naive|CHEMO_NAIVE⟧.
        PMH: term birth, healthy. Immunizations: per mom "all done except the second chickenpox shot",
        pediatrician visit booked 06/05.
        FH: father - ⟦type 1 diabetes|AUTOIMMUNE_DISEASE|f⟧ on an ⟦insulin|REPLACEMENT_THERAPY|f⟧ pump. Twin sister
        healthy. Paternal grandfather - ⟦lung cancer|OTHER_MALIGNANCY|f⟧ (smoker), deceased.
        SH: lives with parents, twin sister, maternal grandmother. 3rd grade.
        Exam: antalgic gait, firm tender mass R distal thigh, ⟦knee effusion|LOOKALIKE⟧.
        Performance: ⟦Lansky 90|LANSKY⟧ (minor restriction in strenuous play).
        A/P: ⟦9 yo|AGE⟧ with newly diagnosed R distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧.
        1. Staging: CT chest; PET/CT - mother interested in the ⟦research PET tracer study|INVESTIGATIONAL|y⟧,
           research team to approach.
        2. ⟦MAP chemotherapy|SYSTEMIC_THERAPY|y⟧ targeted for 06/15 after port, echo, audiology, GFR.
        3. Once ⟦chemo|SYSTEMIC_THERAPY|y⟧ starts no ⟦live vaccines|LIVE_VACCINE|y⟧ - mom to tell pediatrician.
        S. Lindqvist, MD
    """),
    note("2026-06-02", "Radiology report", """
        CT CHEST WITHOUT CONTRAST 06/02/2026  (staging, new R femur ⟦osteosarcoma|OSTEOSARCOMA⟧)
        FINDINGS: Lungs clear. No ⟦pulmonary nodules|PULMONARY_NODULE|n⟧. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        No lymphadenopathy. Visualized bones unremarkable.
        IMPRESSION: No evidence of ⟦pulmonary metastatic disease|LUNG_METASTASIS|n⟧.
    """),
    note("2026-06-09", "Research note", """
        RESEARCH NOTE - ⟦IND IMAGING STUDY|INVESTIGATIONAL⟧
        ⟦Protocol|INVESTIGATIONAL⟧: ⟦phase II study|INVESTIGATIONAL⟧ of an ⟦investigational|INVESTIGATIONAL⟧ PET radiotracer ([18F]-FXB-12) for
        staging of pediatric bone tumors (⟦sponsor-held IND|INVESTIGATIONAL⟧).
        Consent (mother) / assent (Leo) 06/03/26.
        06/09/2026 10:42 - ⟦investigational tracer|INVESTIGATIONAL⟧ 3.1 mCi IV administered; imaging done 11:50.
        No adverse events; vitals stable. Single dose per ⟦protocol|INVESTIGATIONAL⟧; 24 h safety call 06/10.
        Research RN: P. Adeyemi
    """),
    note("2026-06-10", "Pharmacy intervention note", """
        PHARMACY INTERVENTION - pre-⟦chemotherapy|SYSTEMIC_THERAPY|y⟧ medication reconciliation
        Source: mother; bottle brought in.
        Found: ⟦Huaier granules|IMMUNOMODULATOR⟧ (Chinese patent medicine labeled for tumors), 1 packet PO
        TID, given by maternal grandmother since ~05/25/26. Last given this morning.
        Also: children's multivitamin daily, ibuprofen prn.
        Intervention: explained unknown interactions with upcoming ⟦chemotherapy|SYSTEMIC_THERAPY|y⟧ and effect on
        ⟦clinical trial|INVESTIGATIONAL|y⟧ eligibility; recommended stopping. Mother will talk to grandmother;
        not agreed yet.  - R. Huang, PharmD
    """),
    note("2026-06-12", "Patient portal message", """
        MyChart message from: Mei Chen (proxy for Leo Chen)
        Hi, Leo got his 2nd chickenpox (varicella) shot at Dr. Patel's office on 6/5 like we planned. The
        nurse there said it is a live vaccine and asked if oncology knew?? Is this going to delay his chemo?
        Also my mom is still giving him the Huaier, she really believes in it, I will try to talk to her
        again. The PET scan went fine, he liked the nurses. Thanks, Mei
        ---
        Reply (Dr. Lindqvist 06/12): Thanks for letting us know. We will likely push chemo start by about 2
        weeks after the varicella dose. Please bring grandma to the next visit so we can talk together.
    """, annotate=False),
    note("2026-06-22", "Research pre-screening note", """
        PROMIS PRE-SCREEN (documentation for screening log; requested by Dr. Lindqvist)
        ⟦DOB 06/24/2016|DOB⟧ -> ⟦9 years old|AGE⟧ on 06/23/2026 (turns 10 on 06/24).
        - Newly diagnosed ⟦osteosarcoma|OSTEOSARCOMA⟧, final path 06/04/26 conventional, osteoblastic.
        - CT chest 06/02/26: no ⟦pulmonary metastases|LUNG_METASTASIS|n⟧.
        - ⟦Chemotherapy-naive|CHEMO_NAIVE⟧; ⟦MAP|SYSTEMIC_THERAPY|y⟧ start moved to 06/29.
        - ⟦Investigational|INVESTIGATIONAL⟧ PET tracer 06/09/26 (14 days before 06/23).
        - ⟦Varicella vaccine|LIVE_VACCINE⟧ dose 2 on 06/05/26 (18 days before).
        - ⟦Huaier granules|IMMUNOMODULATOR⟧ still given daily per mother (06/19 call).
        - ⟦Lansky 90|LANSKY⟧.
        Outcome: not a PROMIS candidate (no lung disease, ⟦no prior therapy|CHEMO_NAIVE⟧, younger than 10). Standard
        ⟦MAP|SYSTEMIC_THERAPY|y⟧ per primary team.
    """),
], why="age 9; chemo-naive; no lung mets; tracer, varicella, Huaier inside windows")

# =====================================================================================
# PH06 -- excluded. 67-year-old woman: low-dose MTX + prednisone for RA (not prior systemic
# therapy, but E5/E6); CLL 03/2024; grade 3 anaphylaxis to denosumab; LLL mass abutting the
# left main stem bronchus (pneumonectomy) and poor PFTs; ECOG 2; hearing loss not yet graded.
# =====================================================================================
patient("PH06", "2026-03-02", "RES=n AGE=n PFT=n OM=m AI=m STR=m MAB=m TOX=u", [
    note("2025-12-10", "Rheumatology follow-up", """
        RHEUMATOLOGY FOLLOW-UP
        ⟦67 yo|AGE⟧ F with seropositive ⟦rheumatoid arthritis|AUTOIMMUNE_DISEASE⟧ (dx 2008), L femur
        ⟦osteosarcoma|OSTEOSARCOMA⟧ 2023, and ⟦CLL|OTHER_MALIGNANCY⟧ under observation.
        ⟦RA|AUTOIMMUNE_DISEASE⟧: moderate activity, DAS28-CRP 3.6, MCP synovitis bilaterally.
        Current: ⟦methotrexate|IMMUNOSUPPRESSANT⟧ 15 mg PO weekly + folic acid; ⟦prednisone|SYSTEMIC_STEROID⟧ 5 mg
        daily (flares below 5 mg); ⟦hydroxychloroquine|DMARD⟧ 200 mg bid.
        Note for other teams: her ⟦methotrexate|IMMUNOSUPPRESSANT⟧ is low-dose weekly for ⟦RA|AUTOIMMUNE_DISEASE⟧. She did NOT
        receive ⟦high-dose methotrexate|SYSTEMIC_THERAPY|n⟧ for the bone tumor - oncology previously gave
        ⟦doxorubicin|SYSTEMIC_THERAPY|h⟧ and ⟦cisplatin|SYSTEMIC_THERAPY|h⟧ only.
        Bone health: secondary osteoporosis. ⟦Denosumab|MONOCLONAL_ANTIBODY|h⟧ (Prolia) stopped after
        ⟦anaphylaxis|ALLERGIC_REACTION|h⟧ 10/2024 - grade 3 (hypotension, wheeze, IM epinephrine, ED obs).
        Now zoledronic acid yearly.
        A/P: continue ⟦MTX|IMMUNOSUPPRESSANT⟧ and ⟦prednisone|SYSTEMIC_STEROID⟧ 5 mg; no new agents while
        oncology decides next steps; could hold ⟦MTX|IMMUNOSUPPRESSANT|y⟧ peri-operatively if surgery happens.
        F. Adebayo, MD (Rheumatology)
    """),
    note("2026-01-20", "Sarcoma medical oncology note", """
        ⟦SARCOMA MEDICAL ONCOLOGY|LOOKALIKE⟧
        Ms. Whitfield is a ⟦67-year-old|AGE⟧ with L distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (biopsy 05/11/2023,
        high-grade conventional), s/p 4 cycles ⟦doxorubicin/cisplatin|SYSTEMIC_THERAPY|h⟧
        (⟦HD-MTX|SYSTEMIC_THERAPY|n⟧ omitted for age/renal function) and distal femoral resection 2023.
        Surveillance CT 01/2026: new 3.1 cm LLL ⟦mass|PULMONARY_NODULE⟧.
        Comorbid: ⟦RA|AUTOIMMUNE_DISEASE⟧ on ⟦MTX|IMMUNOSUPPRESSANT⟧ 15 mg weekly + ⟦prednisone|SYSTEMIC_STEROID⟧
        5 mg daily; ⟦CLL|OTHER_MALIGNANCY⟧ dx 03/2024 by flow cytometry, Rai 0, observation; osteoporosis.
        ⟦Tinnitus|TOXICITY⟧ and ⟦hearing decline|TOXICITY⟧ since prior ⟦cisplatin|SYSTEMIC_THERAPY|h⟧ - audiology to
        grade (appointment pending).
        ROS: DOE after 1 flight, tired by afternoon.
        Exam: walks with a cane. ⟦ECOG 2|ECOG⟧.
        A/P: probable ⟦pulmonary metastasis|LUNG_METASTASIS|u⟧. CT-guided biopsy; thoracic surgery and
        ⟦PFTs|PULMONARY_FUNCTION|y⟧. She read about PROMIS online - told her its upper age limit is 65.
    """),
    note("2026-02-09", "Interventional radiology / pathology", """
        CT-GUIDED LUNG BIOPSY 02/05/2026 - LLL ⟦mass|PULMONARY_NODULE⟧, 18G x 3 cores. No pneumothorax.
        Pre-procedure CT: 3.1 x 2.8 cm LLL ⟦mass|PULMONARY_NODULE⟧ abutting the ⟦left main stem bronchus|CENTRAL_STRUCTURE⟧
        and the inferior pulmonary vein at the hilum. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        PATHOLOGY (final 02/09/2026): ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧, morphology matches the
        2023 femoral primary. Background small lymphocytes CD5+/CD23+ (known ⟦CLL|OTHER_MALIGNANCY⟧).
    """),
    note("2026-02-12", "Pulmonary function test", """
        PFT 02/12/2026   WHITFIELD, M    Age 67   F
        FVC ............ 1.98 L    68 %pred
        FEV1 ........... 1.31 L    52 %pred
        FEV1/FVC ....... 0.66
        DLCO ........... 39 %pred
        6MWT 290 m, nadir SpO2 88% RA
        Interp: moderate obstruction, severely reduced DLCO. ppoFEV1 and ppoDLCO after L pneumonectomy
        estimated < 30% - see thoracic surgery.
    """, annotate=False),
    note("2026-02-18", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦67 y.o.|AGE⟧ F with biopsy-proven ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧ in the LLL.
        The 3.1 cm ⟦mass|PULMONARY_NODULE⟧ abuts the ⟦left main stem bronchus|CENTRAL_STRUCTURE⟧; complete ⟦resection|LUNG_RESECTION|y⟧
        would need a left ⟦pneumonectomy|PNEUMONECTOMY|y⟧ (⟦sleeve lobectomy|LUNG_RESECTION|n⟧ not feasible -
        secondary carina involved).
        ⟦PFTs|PULMONARY_FUNCTION⟧ 02/12: ⟦FEV1|PULMONARY_FUNCTION⟧ 52%, ⟦DLCO|PULMONARY_FUNCTION⟧ 39%; predicted
        post-op values prohibitive.
        Assessment: ⟦not resectable|UNRESECTABLE⟧ with lung-sparing surgery, and not a candidate for thoracic
        surgery because of her ⟦lung function|PULMONARY_FUNCTION⟧.
        Recommend radiation oncology (SBRT vs palliative RT) and medical oncology follow-up.
    """),
    note("2026-02-26", "Research pre-screening note", """
        PROMIS PRE-SCREEN - screening log entry        CRC: J. Pruitt
        - ⟦Age 67|AGE⟧ (⟦protocol|INVESTIGATIONAL|y⟧ upper limit 65).
        - ⟦Lesion|PULMONARY_NODULE⟧ abuts ⟦L main stem bronchus|CENTRAL_STRUCTURE⟧, would require ⟦pneumonectomy|PNEUMONECTOMY|y⟧ ->
          ⟦unresectable|UNRESECTABLE⟧ per ⟦protocol|INVESTIGATIONAL|y⟧ wording.
        - ⟦Pulmonary reserve|PULMONARY_FUNCTION⟧ inadequate (thoracic surgery 02/18).
        - ⟦CLL|OTHER_MALIGNANCY⟧ dx 03/2024 (< 5 years).
        - ⟦RA|AUTOIMMUNE_DISEASE⟧ on current ⟦prednisone|SYSTEMIC_STEROID⟧ and ⟦MTX|IMMUNOSUPPRESSANT⟧.
        - Grade 3 ⟦anaphylaxis|ALLERGIC_REACTION|h⟧ to ⟦denosumab|MONOCLONAL_ANTIBODY|h⟧ (a ⟦mAb|MONOCLONAL_ANTIBODY|h⟧) 10/2024.
        - ⟦Hearing loss|TOXICITY⟧: grade not yet assigned (audiology pending).
        Screen log: ineligible.
    """),
], why="age 67; central mass needing pneumonectomy; poor PFTs; RA on MTX+prednisone; CLL 2024")

# =====================================================================================
# PH07 -- needs_review. OCR'd faxed referral with an illegible DOB and missing pages:
# histology only "? osteosarcoma", whether any chemo was given unclear, 'Gemzar/Taxotere'
# only as a plan option, thyroid nodule Bethesda III awaiting repeat FNA, PFTs not done.
# =====================================================================================
patient("PH07", "2026-08-14", "HIS=u PST=u AGE=u PS=u PFT=u GEM=u OM=u", [
    note("2026-07-20", "Outside referral packet (faxed, OCR)", """
        *** FAX *** 07/20/2026 11:02  FROM: 555-0143  MERIDIAN 0NC0L0GY ASS0CIATES   PAGE 01/07
        REFERRAL F0R C0NSULTATI0N
        PATIENT: 0K0NKW0, DAVID       D0B: ##/##/19##  (illegible)     SEX: M
        REAS0N: LUNG METS - ? PR0MIS TRIAL
        ==== PAGE 02/07 ==== MERIDIAN 0NC0L0GY ASS0CIATES ====
        HIST0RY 0F PRESENT ILLNESS: Mr. 0konkwo is a pleasant gentleman with a high-grade sarc0ma 0f the
        L fem-
        ur diagn0sed 2O23 at St. Agnes (path rep0rt n0t in 0ur chart; "? 0ste0sarc0ma" per pt). S/p
        wide resecti0n 2O23. Treatment after surgery: see treatment summary (pages 05-06).
        N0w with 3 bilateral pulm0nary n0dules on CT 06/2026, c/w metastatic disease.
        ECOG: 1. Lives with wife, 2 children. F0rmer sm0ker 10 pk-yr, quit 2015.
        ==== PAGE 03/07 ==== MERIDIAN 0NC0L0GY ASS0CIATES ====
        ASSESSMENT / PLAN (c0pied fr0m 11/14/2O24 visit):
        1. H/o high grade b0ne sarc0ma. Opti0ns discussed: Gemzar/Taxotere vs if0sfamide vs
           0bservation. Pt t0 think ab0ut it and call back.
        2. Thyr0id n0dule - ref t0 ENT.
        ==== PAGE 04/07 ==== MERIDIAN 0NC0L0GY ASS0CIATES ====
        THYR0ID US-GUIDED FNA 06/18/2026, L L0BE 1.9 CM: ATYPIA 0F UNDETERMINED SIGNIFICANCE
        (BETHESDA III). REPEAT FNA WITH M0LECULAR TESTING REC0MMENDED.
        ==== PAGE 07/07 ==== MERIDIAN 0NC0L0GY ASS0CIATES ====
        Please call with questi0ns. Fax c0ver sheet - pages 05-06 n0t transmitted (paper jam?)
    """, annotate=False),
    note("2026-07-28", "Nurse navigator intake", """
        NURSE NAVIGATOR - NEW REFERRAL INTAKE
        Pt: OKONKWO, DAVID     DOB: {Blank single:19197} (fax illegible; registration pending)
        Referral summary: *** y.o. male, high-grade bone tumor of the L femur
        (?⟦osteosarcoma|OSTEOSARCOMA|u⟧), bilateral ⟦lung mets|LUNG_METASTASIS⟧ on outside CT, referred for the PROMIS
        ⟦trial|INVESTIGATIONAL|y⟧.
        Received: referral letter, 2 clinic notes, thyroid FNA. NOT received: surgical pathology report;
        treatment summary / ⟦chemotherapy|SYSTEMIC_THERAPY|u⟧ administration records (fax pages 05-06 missing).
        Called pt 07/28 x2 - VM left. Requested path report + slides from St. Agnes, resend of pages from Meridian.
    """),
    note("2026-08-03", "Radiology report", """
        CT CHEST WITH CONTRAST 08/03/2026
        HX: bone tumor L femur, outside CT with lung ⟦nodules|PULMONARY_NODULE⟧.
        FINDINGS: 11 mm RUL, 8 mm RLL and 9 mm LLL solid ⟦nodules|PULMONARY_NODULE⟧, all peripheral. No
        ⟦pleural effusion|PLEURAL_EFFUSION|n⟧. No adenopathy. 1.9 cm L ⟦thyroid nodule|LOOKALIKE⟧ (known, under evaluation).
        IMPRESSION:
        1. Three bilateral ⟦pulmonary nodules|PULMONARY_NODULE⟧ consistent with ⟦metastases|METASTASIS⟧.
        2. L ⟦thyroid nodule|LOOKALIKE⟧ - see outside FNA.
    """),
    note("2026-08-06", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        Pt is a {Blank single:19197} male referred for bilateral lung ⟦nodules|PULMONARY_NODULE⟧ (CT 08/03: RUL 11 mm,
        RLL 8 mm, LLL 9 mm), presumed ⟦metastatic|METASTASIS|u⟧ from a L femur bone tumor.
        He says he had "a few rounds of IV treatment" after his leg surgery in 2023 but cannot name the drugs
        and is not sure whether it was ⟦chemo|SYSTEMIC_THERAPY|u⟧ or "the bone-strengthening drip".
        Exam: ⟦ECOG 1|ECOG⟧. Healed L thigh incision. Lungs clear.
        Impression: all three ⟦lesions|PULMONARY_NODULE⟧ are peripheral and ⟦resectable|RESECTABLE⟧ with staged bilateral VATS
        ⟦wedge resections|LUNG_RESECTION|y⟧.
        ⟦PFTs|PULMONARY_FUNCTION|y⟧ ordered (not yet scheduled). Will await confirmation of histology.
    """),
    note("2026-08-12", "Research pre-screening note", """
        PROMIS PRE-SCREEN - PENDING ITEMS      CRC: D. Whitcomb
        1. Histology: only "?⟦osteosarcoma|OSTEOSARCOMA|u⟧" per patient report; outside path not yet received.
        2. Age: no legible DOB; registration not completed -> age and PS scale cannot be assessed.
        3. Prior therapy: unclear whether any ⟦systemic therapy|SYSTEMIC_THERAPY|u⟧ was given. The
           11/2024 note lists ⟦Gemzar/Taxotere|GEMCITABINE|u⟧ only as an option; no administration record.
        4. Thyroid: Bethesda III FNA 06/18/26, repeat FNA with molecular testing pending - possible
           ⟦thyroid carcinoma|OTHER_MALIGNANCY|u⟧ not excluded.
        5. ⟦PFTs|PULMONARY_FUNCTION|y⟧ not yet done.
        Known: 3 bilateral ⟦lung mets|LUNG_METASTASIS⟧ (CT 08/03), ⟦resectable|RESECTABLE⟧ per thoracic surgery.
        Status: on hold pending records.
    """),
], why="histology, age, prior therapy, gemcitabine, thyroid cancer, PFT all undetermined")

# =====================================================================================
# PH08 -- eligible. 19-year-old; pembrolizumab on a basket trial in 2023 with progression at
# the first restaging (iUPD -> iCPD, primary resistance -> not_met); off study 2023; grade 3
# mucositis during MAP resolved; "PD" = progression and PD-L1 staining look-alikes; WHO PS 0.
# =====================================================================================
check("PH08 age 19 on as_of", age_on("2006-07-30", "2026-03-10") == 19)
patient("PH08", "2026-03-10", "", [
    note("2023-11-20", "Outside trial off-study summary", """
        PHASE II BASKET ⟦TRIAL|INVESTIGATIONAL|h⟧ - ⟦OFF-STUDY|INVESTIGATIONAL|h⟧ SUMMARY (⟦Protocol SARC-B-0417|INVESTIGATIONAL|h⟧)
        Subject 0417-022 | enrolled 08/14/2023 | site: Lakeshore Children's
        Treatment: ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ 200 mg IV q3w; C1D1 08/21/2023, last dose C4 10/23/2023.
        Tumor: ⟦osteosarcoma|OSTEOSARCOMA⟧ with ⟦lung mets|LUNG_METASTASIS⟧. Archival ⟦PD-L1 staining|LOOKALIKE⟧ (22C3): TPS <1%.
        Response (iRECIST):
        - Week 9 (10/16/2023): target ⟦lesions|PULMONARY_NODULE|h⟧ +38% -> ⟦iUPD|TUMOR_RESPONSE⟧; clinically stable, continued.
        - Week 13 (11/13/2023): further growth and new RLL ⟦lesion|PULMONARY_NODULE|h⟧ -> ⟦iCPD|TUMOR_RESPONSE⟧ (confirmed).
        Best overall response: ⟦PD|TUMOR_RESPONSE⟧. No ⟦CR/PR/SD|TUMOR_RESPONSE|n⟧ at any assessment.
        Off ⟦study|INVESTIGATIONAL|h⟧ 11/20/2023 for ⟦progressive disease|TUMOR_RESPONSE⟧. AEs: grade 1 ⟦rash|TOXICITY|h⟧, resolved.
    """),
    note("2024-06-05", "End of therapy summary", """
        END OF THERAPY SUMMARY - AYA ONCOLOGY
        Patient: ACHTERBERG, NOAH   ⟦DOB 07/30/2006|DOB⟧
        Dx: R proximal humerus ⟦osteosarcoma|OSTEOSARCOMA⟧, biopsy 01/12/2022, localized at diagnosis.
        Treatment history:
        - 02-10/2022: ⟦MAP|SYSTEMIC_THERAPY|h⟧ x 6 cycles + proximal humerus resection (04/2022, 92% necrosis).
          Cycle 2 complicated by grade 3 ⟦mucositis|TOXICITY|h⟧ (TPN x 6 days), fully resolved.
        - 08-11/2023: first ⟦lung mets|LUNG_METASTASIS|h⟧ -> ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ on a ⟦trial|INVESTIGATIONAL|h⟧;
          primary refractory, ⟦PD|TUMOR_RESPONSE|h⟧ at the first restaging.
        - 12/2023: bilateral ⟦metastasectomy|LUNG_RESECTION|h⟧ (7 ⟦nodules|PULMONARY_NODULE|h⟧), all margins negative.
        - 01-05/2024: ⟦ifosfamide/etoposide|SYSTEMIC_THERAPY|h⟧ x 5 cycles.
        Late effects at end of therapy: none above grade 1. Echo normal. Audiogram normal.
        Plan: surveillance CT chest q3 mo x 2 yr.
    """),
    note("2026-02-02", "Radiology report", """
        CT CHEST W/O CONTRAST  2026-02-02
        COMPARISON: 10/2025.
        FINDINGS: Stable bilateral ⟦wedge resection|LUNG_RESECTION|h⟧ changes. New 8 mm LUL ⟦nodule|PULMONARY_NODULE⟧ (im 52) and
        new 6 mm RML ⟦nodule|PULMONARY_NODULE⟧ (im 77), both subpleural. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION:
        1. Two new ⟦pulmonary nodules|PULMONARY_NODULE⟧, consistent with ⟦metastases|METASTASIS⟧ given history.
        2. No ⟦effusion|PLEURAL_EFFUSION|n⟧ or adenopathy.
    """),
    note("2026-02-18", "AYA oncology progress note", """
        AYA ONCOLOGY - PROGRESS NOTE
        Noah is a ⟦19 yo|AGE⟧ M with ⟦osteosarcoma|OSTEOSARCOMA⟧ R humerus (2022), third ⟦pulmonary metastatic|LUNG_METASTASIS⟧
        event: 2 new ⟦nodules|PULMONARY_NODULE⟧ on CT 02/02/26.
        Prior therapy: ⟦MAP|SYSTEMIC_THERAPY|h⟧; ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ 2023 (⟦PD|TUMOR_RESPONSE|h⟧ at week 9,
        confirmed at week 13 - never any ⟦response|TUMOR_RESPONSE|n,h⟧); ⟦ifosfamide/etoposide|SYSTEMIC_THERAPY|h⟧ 2024.
        Abbrev. note: "⟦PD|TUMOR_RESPONSE|h⟧" in this chart = ⟦progressive disease|TUMOR_RESPONSE|h⟧; his ⟦PD-L1|LOOKALIKE⟧ TPS was <1%.
        Lives in dorm, college sophomore. Plays rec basketball.
        ⟦WHO PS 0|ECOG⟧.
        Discussed: surgery alone vs PROMIS (SBRT + ⟦penpulimab|CHECKPOINT_INHIBITOR|y⟧ / ⟦gemcitabine|GEMCITABINE|y⟧ then
        ⟦metastasectomy|LUNG_RESECTION|y⟧). He is interested; understands that prior ⟦PD-1|CHECKPOINT_INHIBITOR|h⟧ exposure was
        with primary resistance. Thoracic surgery and ⟦PFTs|PULMONARY_FUNCTION|y⟧ next week.
    """),
    note("2026-02-25", "Thoracic surgery consult", """
        THORACIC SURGERY
        ⟦19M|AGE⟧, ⟦osteosarcoma|OSTEOSARCOMA⟧, s/p bilateral ⟦wedge resections|LUNG_RESECTION|h⟧ 12/2023. New LUL 8 mm and
        RML 6 mm ⟦nodules|PULMONARY_NODULE⟧, peripheral.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 02/24/26: ⟦FEV1|PULMONARY_FUNCTION⟧ 89 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 85 %pred - adequate.
        Plan: both ⟦resectable|RESECTABLE⟧ - staged R then L VATS ⟦wedge|LUNG_RESECTION|y⟧; fine to do after
        pre-operative therapy if he goes on ⟦study|INVESTIGATIONAL|y⟧.
    """),
    note("2026-03-06", "Research pre-screening note", """
        PROMIS PRE-SCREEN      CRC: M. Feld
        ⟦DOB 07/30/2006|DOB⟧ (⟦19 y|AGE⟧). ⟦Osteosarcoma|OSTEOSARCOMA⟧; 2 ⟦lung mets|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧ (02/25).
        Prior ⟦MAP|SYSTEMIC_THERAPY|h⟧, ⟦IE|SYSTEMIC_THERAPY|h⟧. No ⟦gemcitabine|GEMCITABINE|n⟧.
        ⟦WHO PS 0|ECOG⟧ (WHO scale = adult scale). ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        Prior ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ 08-10/2023: best response ⟦PD|TUMOR_RESPONSE|h⟧ (⟦iUPD|TUMOR_RESPONSE|h⟧
        -> ⟦iCPD|TUMOR_RESPONSE|h⟧), i.e. primary, not secondary, resistance -> not exclusionary. Off
        ⟦study|INVESTIGATIONAL|h⟧ since 11/2023 (> 4 weeks).
        AE review: prior ⟦mucositis|TOXICITY|h⟧ resolved; no ongoing grade >= 2 AEs.
        Pre-screen eligible; PI review 03/10.
    """),
], why="pembrolizumab with primary resistance; trial long over; all inclusions met")

# =====================================================================================
# PH09 -- excluded. 24-year-old AML survivor after sibling-donor allogeneic HSCT (2016),
# secondary osteosarcoma; tacrolimus for lung GVHD (BOS) + inhaled fluticasone; AIHA 2025
# treated with prednisone + rituximab with grade 4 anaphylaxis; grade 2 hearing loss with
# hearing aids. Nodule technically resectable, but FEV1 38% -> not a surgical candidate.
# 'Catch-up shots' of unknown type 2 weeks ago.
# =====================================================================================
patient("PH09", "2026-05-18", "PFT=n AI=m STR=m ALLO=m MAB=m TOX=m LV=u", [
    note("2025-08-05", "BMT survivorship clinic", """
        ⟦BMT SURVIVORSHIP CLINIC|LOOKALIKE⟧
        Marcus is a ⟦23 yo|AGE⟧ M, 9 yr s/p matched sibling donor ⟦allogeneic HSCT|TRANSPLANT|h⟧ (03/2016, myeloablative
        ⟦Bu/Cy|SYSTEMIC_THERAPY|h⟧) for ⟦AML|OTHER_MALIGNANCY|h⟧ (dx 2015). Donor: sister, now 27 and well.
        Late effects / active issues:
        1. Chronic GVHD of lung - bronchiolitis obliterans syndrome since 2018. On ⟦tacrolimus|IMMUNOSUPPRESSANT⟧
           (goal trough 4-6) + FAM (⟦fluticasone inhaler|LOCAL_STEROID⟧ 440 mcg bid, azithromycin MWF, montelukast).
        2. ⟦Autoimmune hemolytic anemia|AUTOIMMUNE_DISEASE⟧ dx 06/2025 (Hgb 6.8, DAT IgG+): ⟦prednisone|SYSTEMIC_STEROID⟧
           1 mg/kg 06/12/25 with taper, plus ⟦rituximab|MONOCLONAL_ANTIBODY⟧ weekly from 07/22/25. Dose 2 (07/29/25):
           ⟦anaphylaxis|ALLERGIC_REACTION⟧ - hypotension 70/40, stridor, epinephrine x2, PICU overnight; CTCAE
           grade 4 ⟦infusion reaction|ALLERGIC_REACTION⟧. ⟦Rituximab|MONOCLONAL_ANTIBODY|n⟧ discontinued; listed as allergy.
        3. Secondary ⟦osteosarcoma|OSTEOSARCOMA⟧ L distal femur (biopsy 04/09/2024), s/p ⟦MAP|SYSTEMIC_THERAPY|h⟧
           04-12/2024 + resection; grade 2 bilateral ⟦hearing loss|TOXICITY⟧ after prior ⟦cisplatin|SYSTEMIC_THERAPY|h⟧,
           hearing aids since 01/2025 - permanent.
        Plan: continue ⟦prednisone|SYSTEMIC_STEROID⟧ taper per heme; ⟦tacrolimus|IMMUNOSUPPRESSANT⟧ unchanged.
    """),
    note("2026-03-16", "Radiology report", """
        CT CHEST HIGH RESOLUTION + CONTRAST   2026-03-16
        FINDINGS: Diffuse bronchial wall thickening and mosaic attenuation with expiratory air trapping,
        unchanged, c/w known BOS. New 8 mm solid ⟦nodule|PULMONARY_NODULE⟧ in the lateral basal RLL, 1 cm from
        the pleura. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION:
        1. New 8 mm RLL ⟦nodule|PULMONARY_NODULE⟧ - suspicious for ⟦metastasis|METASTASIS|u⟧ in a patient with
           ⟦osteosarcoma|OSTEOSARCOMA⟧. PET/CT suggested.
        2. Stable BOS pattern.
    """),
    note("2026-03-30", "Sarcoma oncology progress note", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧ - PROGRESS NOTE
        ⟦24 y.o.|AGE⟧ M with secondary ⟦osteosarcoma|OSTEOSARCOMA⟧ (2024) after ⟦allo-HSCT|TRANSPLANT|h⟧ for ⟦AML|OTHER_MALIGNANCY|h⟧.
        PET/CT 03/26: RLL ⟦nodule|PULMONARY_NODULE⟧ SUV 4.1 with calcified matrix - compatible with
        ⟦pulmonary metastasis|LUNG_METASTASIS⟧. Biopsy declined by IR (location + BOS).
        ⟦AIHA|AUTOIMMUNE_DISEASE⟧: hemolysis smoldering (Hgb 10.9, retic 4%), still active; ⟦prednisone|SYSTEMIC_STEROID|h⟧
        tapered off 12/2025; heme may restart if Hgb < 10.
        Meds now: ⟦tacrolimus|IMMUNOSUPPRESSANT⟧ 1 mg bid, ⟦fluticasone|LOCAL_STEROID⟧ inh, azithro, montelukast,
        acyclovir, hearing aids.
        ⟦ECOG 1|ECOG⟧.
        Plan: pulmonology re: surgical candidacy (⟦PFTs|PULMONARY_FUNCTION|y⟧), thoracic surgery.
    """),
    note("2026-04-14", "Pulmonology consult", """
        PULMONOLOGY CONSULT - pre-operative risk
        ⟦PFTs|PULMONARY_FUNCTION⟧ 04/13/2026: ⟦FEV1|PULMONARY_FUNCTION⟧ 1.52 L (38 %pred), ⟦FVC|PULMONARY_FUNCTION⟧ 3.41 L (72 %pred),
        ratio 0.45; ⟦DLCO|PULMONARY_FUNCTION⟧ 58 %pred. BOS stage 3, stable x 12 mo on FAM + ⟦tacrolimus|IMMUNOSUPPRESSANT⟧.
        Assessment: high risk of prolonged air leak and respiratory failure with any lung resection. From a
        pulmonary standpoint he is NOT a candidate for thoracic surgery; ⟦pulmonary reserve|PULMONARY_FUNCTION⟧ is
        insufficient. Would favor SBRT if local therapy is needed.
    """),
    note("2026-04-21", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        RLL 8 mm ⟦nodule|PULMONARY_NODULE⟧, peripheral (1 cm from pleura), compatible with ⟦metastasis|METASTASIS⟧.
        Anatomically it is ⟦resectable|RESECTABLE⟧ by a small VATS ⟦wedge|LUNG_RESECTION|y⟧ - no central involvement.
        However, with ⟦FEV1|PULMONARY_FUNCTION⟧ 38% and BOS, I agree with pulmonology that surgery is not
        advisable. Not offering resection; discussed SBRT.
    """),
    note("2026-05-08", "Patient portal message", """
        MyChart message from: Marcus Delaney
        hey so I went to Dr. Ruiz (my PCP) on 5/4 and they gave me my catch up shots, they said my titers
        from BMT clinic showed I lost some immunity. I think it was 2 or 3 shots, don't remember which ones
        sorry. Is that a problem for the study? Also still wearing my hearing aids all the time lol
        ---
        Reply (CRC D. Whitcomb): Thanks Marcus - I've asked Dr. Ruiz's office to fax the vaccine record.
    """, annotate=False),
    note("2026-05-15", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: D. Whitcomb
        - ⟦Osteosarcoma|OSTEOSARCOMA⟧ with single RLL ⟦pulmonary metastasis|LUNG_METASTASIS⟧; ⟦nodule|PULMONARY_NODULE⟧ ⟦resectable|RESECTABLE⟧
          anatomically, but ⟦pulmonary reserve|PULMONARY_FUNCTION⟧ insufficient (⟦FEV1|PULMONARY_FUNCTION⟧ 38%) -> fails I5.
        - ⟦Allogeneic HSCT|TRANSPLANT|h⟧ 2016 (sibling donor) -> exclusion.
        - ⟦Tacrolimus|IMMUNOSUPPRESSANT⟧ ongoing -> exclusion (immunosuppressive therapy within 7 days).
        - ⟦AIHA|AUTOIMMUNE_DISEASE⟧ treated with ⟦prednisone|SYSTEMIC_STEROID|h⟧ 2025 -> E5 applies.
        - Grade 4 ⟦anaphylaxis|ALLERGIC_REACTION|h⟧ to ⟦rituximab|MONOCLONAL_ANTIBODY|h⟧ 07/2025 -> exclusion.
        - Grade 2 ⟦hearing loss|TOXICITY⟧ (hearing aids) -> E9 applies.
        - Vaccines 05/04/26 at PCP: product names not yet received.
        Not eligible.
    """),
], why="allo-HSCT, tacrolimus, AIHA, rituximab anaphylaxis, hearing loss; resectable but PFT not adequate")

# =====================================================================================
# PH10 -- eligible. 12-year-old girl; type 1 diabetes on insulin only (replacement);
# catch-up MMR 04/03/2026 = 31 days before as_of (outside 30); IPV/Tdap inactivated;
# structural bone allograft (not a transplant); empty 'Toxicities:' in a flowsheet;
# negative urine hCG; grandmother's colon cancer.
# =====================================================================================
check("PH10 MMR 31 days before as_of", days_before("2026-04-03", "2026-05-04") == 31)
check("PH10 age 12 on as_of", age_on("2013-11-19", "2026-05-04") == 12)
patient("PH10", "2026-05-04", "", [
    note("2025-07-01", "End of therapy summary", """
        END OF THERAPY SUMMARY - PEDIATRIC ONCOLOGY
        Patient: OYELARAN, GRACE    ⟦DOB: 11/19/2013|DOB⟧    ⟦11 y.o.|AGE⟧ F
        Diagnosis: high-grade conventional ⟦osteosarcoma|OSTEOSARCOMA⟧, L distal femoral diaphysis, biopsy 09/16/2024;
        localized (CT chest 09/2024: no ⟦nodules|PULMONARY_NODULE|n,h⟧).
        Treatment: ⟦MAP|SYSTEMIC_THERAPY|h⟧ 10/2024 - 06/2025 (completed, 29 weeks). Intercalary resection 12/2024 with
        a structural ⟦allograft|LOOKALIKE⟧ and plate; 98% necrosis.
        Course: ⟦febrile neutropenia|TOXICITY|h⟧ x2; grade 2 ⟦transaminitis|TOXICITY|h⟧ with ⟦HD-MTX|SYSTEMIC_THERAPY|h⟧, resolved;
        no ⟦hearing loss|TOXICITY|n⟧ on end-of-therapy audiogram; echo EF 63%.
        Comorbidity: ⟦type 1 diabetes|AUTOIMMUNE_DISEASE⟧ (dx ⟦age 7|AGE|h⟧) on ⟦insulin|REPLACEMENT_THERAPY⟧ pump; no other
        treatment for it.
        Revaccination: ⟦inactivated vaccines|NONLIVE_VACCINE|y⟧ from 3 mo off therapy; ⟦live vaccines|LIVE_VACCINE|y⟧ (⟦MMR|LIVE_VACCINE|y⟧, ⟦varicella|LIVE_VACCINE|y⟧) from
        6 mo off therapy if counts recovered.
        Surveillance: CT chest q3 mo, femur films q3 mo.
    """),
    note("2026-03-20", "Radiology report", """
        CT CHEST WITHOUT CONTRAST   03/20/26
        FINDINGS: New 11 mm solid ⟦nodule|PULMONARY_NODULE⟧ in the LLL superior segment with a tiny focus of
        calcification, subpleural. No other ⟦nodules|PULMONARY_NODULE|n⟧. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION: New calcified LLL ⟦nodule|PULMONARY_NODULE⟧, consistent with ⟦metastasis|METASTASIS⟧ from
        ⟦osteosarcoma|OSTEOSARCOMA⟧.
    """),
    note("2026-04-03", "Immunization nurse visit", """
        NURSE VISIT - POST-⟦CHEMOTHERAPY|SYSTEMIC_THERAPY|h⟧ REVACCINATION (oncology clinic)
        Grace, ⟦12 yo|AGE⟧, ~9 months off therapy; ANC 2.9, ALC 1.4, CD4 512 (03/2026) - cleared by Dr. Farouk.
        Given 04/03/2026 by L. Chu, RN:
        - ⟦MMR|LIVE_VACCINE⟧ 0.5 mL SC, L arm (lot K4491)
        - ⟦Tdap|NONLIVE_VACCINE⟧ 0.5 mL IM, R deltoid
        - ⟦IPV|NONLIVE_VACCINE⟧ (inactivated polio) 0.5 mL IM, R deltoid
        Observed 15 min, no ⟦reaction|ALLERGIC_REACTION|n⟧. VIS given to father. ⟦Varicella|LIVE_VACCINE|y⟧ due in 4 weeks if counts ok.
    """),
    note("2026-04-27", "Pre-operative flowsheet", """
        PRE-OP / INFUSION FLOWSHEET   04/27/2026 07:40
        Height: 152 cm
        Weight: 41.2 kg
        BSA: 1.32 m2
        Temp: 36.8 C
        HR: 88
        BP: 104/62
        SpO2: 99% RA
        Pain: 0/10
        Access: PIV L AC 22g
        Allergies: NKDA
        Toxicities:
        Blood glucose (POC): 142 mg/dL
        URINE HCG QUAL ...... NEGATIVE
        CBC: WBC 5.1  HGB 12.4  PLT 244
        Type & screen: O pos, antibody screen neg
        RN: T. Banerjee
    """, annotate=False),
    note("2026-04-30", "Tumor board / pre-screen", """
        BONE TUMOR BOARD 04/29/26 + PROMIS PRE-SCREEN (CRC M. Feld, 04/30/26)
        ⟦12 yo|AGE⟧ F, L femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (2024), ⟦MAP|SYSTEMIC_THERAPY|h⟧ completed 06/2025. Solitary calcified
        LLL ⟦nodule|PULMONARY_NODULE⟧ c/w ⟦pulmonary metastasis|LUNG_METASTASIS⟧.
        Surgery: peripheral, ⟦resectable|RESECTABLE⟧ by VATS ⟦wedge resection|LUNG_RESECTION|y⟧.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 04/28: ⟦FEV1|PULMONARY_FUNCTION⟧ 96 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 90 %pred - adequate.
        ⟦Lansky 90|LANSKY⟧.
        Exclusion checks: ⟦type 1 diabetes|AUTOIMMUNE_DISEASE⟧ on ⟦insulin|REPLACEMENT_THERAPY⟧ only (replacement - OK).
        ⟦MMR|LIVE_VACCINE|h⟧ 04/03/26 = 31 days before planned consent 05/04/26 (window 30 days) - OK, but
        hold the ⟦varicella|LIVE_VACCINE|y⟧ dose if she enrolls. ⟦Urine hCG|PREGNANCY_TEST|n⟧ 04/27 negative. Bone
        ⟦allograft|LOOKALIKE⟧ is not an ⟦organ transplant|TRANSPLANT|n⟧. Grandmother's ⟦colon cancer|OTHER_MALIGNANCY|f⟧ - family only.
        Pre-screen eligible.
    """),
], why="T1D on insulin only; MMR 31 days before; structural allograft")

# =====================================================================================
# PH11 -- needs_review. 41-year-old woman transferring care: stem cell transplant for
# Hodgkin lymphoma 2017 of unknown source; nivolumab x4 in 2024 with no documented response;
# 'lupus' with unverified treatment; an unnamed 'study pill' whose status is unconfirmed.
# Hodgkin 2016 is > 5 years; everything for the inclusions is in place.
# =====================================================================================
check("PH11 age 41 on as_of (DOB from OCR 01/17/1985)", age_on("1985-01-17", "2026-09-09") == 41)
patient("PH11", "2026-09-09", "INV=u CPI=u AI=u ALLO=u", [
    note("2026-07-22", "Transfer of care consult", """
        ADULT BONE TUMOR PROGRAM - TRANSFER OF CARE CONSULT
        Ms. Prakash is a ⟦41 y.o.|AGE⟧ woman who relocated from Ohio in 06/2026.
        Oncologic history:
        1. ⟦Hodgkin lymphoma|OTHER_MALIGNANCY|h⟧ 2016 (⟦nodular sclerosis|LOOKALIKE⟧, IIB): ⟦ABVD|SYSTEMIC_THERAPY|h⟧ x 6; relapsed 2017 ->
           salvage ⟦ICE|SYSTEMIC_THERAPY|h⟧ and ⟦stem cell transplant|TRANSPLANT|h⟧ 11/2017 (Columbus). She does not know
           whether the cells were her own or a donor's; no ⟦transplant|TRANSPLANT|h⟧ records yet.
        2. ⟦Chondroblastic osteosarcoma|OSTEOSARCOMA⟧ of the L mandible, segmental mandibulectomy 04/2021 (slides
           reviewed here 07/2026 - diagnosis confirmed); adjuvant ⟦cisplatin/doxorubicin|SYSTEMIC_THERAPY|h⟧ x 4, 2021.
        3. 05/2024 bilateral ⟦lung mets|LUNG_METASTASIS|h⟧ -> community oncologist gave ⟦nivolumab|CHECKPOINT_INHIBITOR|h⟧ x 4
           doses (06-07/2024), then ⟦regorafenib|SYSTEMIC_THERAPY|h⟧ 10/2024 - 05/2026. Why she was switched, and any
           restaging on ⟦nivolumab|CHECKPOINT_INHIBITOR|h⟧, are not in the records she brought.
        4. 06/2026 outside CT: 3 ⟦nodules|PULMONARY_NODULE⟧, new or enlarging.
        Other: "⟦lupus|AUTOIMMUNE_DISEASE⟧" diagnosed 2024 by outside rheumatology (malar rash, arthralgia, ANA 1:640,
        dsDNA+). Vague about treatment: "they gave me some shots and pills for a while".
        Meds per pt: vitamin D, lisinopril, "⟦a study pill|INVESTIGATIONAL|u⟧" (see pharmacy).
        Exam: ⟦ECOG 1|ECOG⟧. L mandible reconstruction (fibula free flap) healed.
        A/P: CT chest here; thoracic surgery; ⟦PFTs|PULMONARY_FUNCTION|y⟧. Records from the ⟦transplant center|LOOKALIKE⟧, community
        oncology (⟦nivolumab|CHECKPOINT_INHIBITOR|h⟧ ⟦response|TUMOR_RESPONSE|u⟧) and rheumatology. Pharmacy med rec re the
        "⟦study pill|INVESTIGATIONAL|u⟧". ⟦Serum hCG|PREGNANCY_TEST|y⟧ with labs.
    """),
    note("2026-07-24", "Outside records (faxed, OCR)", """
        ==== LAKE ERIE HEMATOLOGY & 0NC0L0GY - INFUSI0N REC0RD ====  PAGE 1/3
        PT: PRAKASH, ANJALI    D0B: 0l/l7/l985
        06/03/24  NIV0LUMAB (0PDIV0) 240 MG IV ...... C1   tol well
        06/17/24  NIV0LUMAB 240 MG IV ............... C2
        07/01/24  NIV0LUMAB 240 MG IV ............... C3
        07/29/24  NIV0LUMAB 240 MG IV ............... C4   (delayed 2 wk - pt travel)
        ==== PAGE 2/3 ====
        PR0GRESS N0TE 09/09/24: "Discussed CT results with pt. Plan: change t0 reg0rafenib." [CT rep0rt
        n0t attached]  ECOG l.
        ==== PAGE 3/3 ====
        0FFICE N0TE 10/07/24: start reg0rafenib 120 mg daily d1-21 q28d. Hand-f00t precauti0ns.
    """, annotate=False),
    note("2026-08-04", "Radiology report", """
        CT CHEST WITH CONTRAST   08/04/2026
        COMPARISON: outside CT 06/2026 (images uploaded).
        FINDINGS: RUL 14 mm, RLL 9 mm and LUL 7 mm solid ⟦nodules|PULMONARY_NODULE⟧, peripheral, the RUL one slightly
        larger than 06/2026. Mild paraseptal change. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION: Three ⟦pulmonary nodules|PULMONARY_NODULE⟧ consistent with ⟦metastatic|METASTASIS⟧
        ⟦osteosarcoma|OSTEOSARCOMA⟧.
    """),
    note("2026-08-18", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦41F|AGE⟧, mandibular ⟦osteosarcoma|OSTEOSARCOMA⟧ with 3 ⟦lung mets|LUNG_METASTASIS⟧ (RUL 14, RLL 9, LUL 7 mm), all
        peripheral.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 08/17: ⟦FEV1|PULMONARY_FUNCTION⟧ 84 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 71 %pred (mildly reduced,
        prior ⟦bleomycin|SYSTEMIC_THERAPY|h⟧) - adequate for staged ⟦wedges|LUNG_RESECTION|y⟧.
        Assessment: ⟦resectable|RESECTABLE⟧ - R VATS ⟦wedge resections|LUNG_RESECTION|y⟧ (RUL, RLL) then L VATS
        ⟦wedge|LUNG_RESECTION|y⟧. ⟦Cleared for thoracic surgery|PULMONARY_FUNCTION⟧. ⟦Serum hCG|PREGNANCY_TEST|n⟧ 08/18 negative.
    """),
    note("2026-08-25", "Pharmacy medication reconciliation", """
        PHARMACY - MEDICATION RECONCILIATION (requested for ⟦trial|INVESTIGATIONAL|y⟧ pre-screen)
        Sources: pt interview, 12-month fill history, outside pharmacy calls.
        1. "⟦Study pill|INVESTIGATIONAL|u⟧": fill history shows 07/08/2026 "⟦INVESTIGATIONAL DRUG|INVESTIGATIONAL|u⟧ - RESEARCH
           USE - TAKE AS DIRECTED" from Lakeview Research Pharmacy. Pt says it is for her ⟦lupus|AUTOIMMUNE_DISEASE⟧, "it's a
           ⟦study|INVESTIGATIONAL|u⟧", and she "may have stopped last month, or maybe I'm on the placebo part".
           Lakeview research office: message left 08/24, no reply. Agent, dates and current dosing unconfirmed.
        2. ⟦Lupus|AUTOIMMUNE_DISEASE⟧ treatment: no retail fills of ⟦hydroxychloroquine|DMARD|n⟧, ⟦prednisone|SYSTEMIC_STEROID|n⟧
           or ⟦mycophenolate|IMMUNOSUPPRESSANT|n⟧ in 12 months. "Shots" from rheumatology in 2025 - ?⟦belimumab|MONOCLONAL_ANTIBODY|u⟧
           vs ?⟦steroid injection|SYSTEMIC_STEROID|u⟧ - unverified.
        3. Lisinopril 10 mg daily; vitamin D3 2000 IU daily.
        4. ⟦Regorafenib|SYSTEMIC_THERAPY|h⟧: last fill 04/2026, consistent with stop 05/2026.
        - A. Gutierrez, PharmD
    """),
    note("2026-09-03", "Research pre-screening note", """
        PROMIS PRE-SCREEN - OPEN ITEMS   CRC: J. Pruitt
        Met on review: ⟦osteosarcoma|OSTEOSARCOMA⟧ (path confirmed here); 3 ⟦lung mets|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧;
        prior ⟦cisplatin/doxorubicin|SYSTEMIC_THERAPY|h⟧; ⟦age 41|AGE⟧; ⟦ECOG 1|ECOG⟧; ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        No prior ⟦gemcitabine|GEMCITABINE|n⟧. ⟦HIV|HIV|n⟧ Ag/Ab nonreactive 08/18. ⟦hCG|PREGNANCY_TEST|n⟧ negative.
        ⟦Hodgkin lymphoma|OTHER_MALIGNANCY|h⟧ 2016 - more than 5 years.
        Open:
        a) ⟦Stem cell transplant|TRANSPLANT|h⟧ 2017: autologous vs allogeneic not documented.
        b) ⟦Nivolumab|CHECKPOINT_INHIBITOR|h⟧ 2024: ⟦best response|TUMOR_RESPONSE|u⟧ not documented (CT 09/2024 not in records).
        c) ⟦Lupus|AUTOIMMUNE_DISEASE⟧ 2024: systemic treatment unknown.
        d) Lakeview "⟦investigational drug|INVESTIGATIONAL|u⟧": agent and last dose unknown.
        Status: needs coordinator/PI follow-up.
    """),
], why="transplant source, checkpoint response, lupus treatment, study drug all unknown")

# =====================================================================================
# PH12 -- excluded. 28-year-old ALL survivor (MUD allogeneic BMT 2005) with secondary OS:
# camrelizumab PR for 7 months then PD (secondary resistance); gem/docetaxel; on a phase I
# study drug now; thymalfasin injections; malignant effusion; ECOG 2 in an older note but
# ECOG 3 in the newest; equivocal MRI at the primary site; urine hCG not resulted.
# =====================================================================================
check("PH12 thymalfasin last dose 8 days before as_of", days_before("2026-01-20", "2026-01-28") == 8)
patient("PH12", "2026-01-28", "RES=u PS=n PFT=u LR=u MPE=m GEM=m INV=m CPI=m IMM=m ALLO=m PREG=u", [
    note("2025-12-03", "Sarcoma oncology progress note", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧ - PROGRESS NOTE (history carried forward, updated 12/03/25)
        Dana is a ⟦28 yo|AGE⟧ F.
        Oncologic history:
        - 2004 (⟦age 6|AGE|h⟧): ⟦ALL|OTHER_MALIGNANCY|h⟧; 2005 in CR2 -> matched unrelated donor ⟦allogeneic BMT|TRANSPLANT|h⟧ after TBI.
          No chronic GVHD; off ⟦immunosuppression|IMMUNOSUPPRESSANT|h⟧ since 2007.
        - 03/2021: secondary ⟦osteosarcoma|OSTEOSARCOMA⟧ R proximal tibia -> ⟦MAP|SYSTEMIC_THERAPY|h⟧ + resection.
        - 09/2023: ⟦lung mets|LUNG_METASTASIS|h⟧ -> bilateral ⟦metastasectomy|LUNG_RESECTION|h⟧.
        - 02/2024-12/2024 (while living in Shanghai): ⟦camrelizumab|CHECKPOINT_INHIBITOR|h⟧ + ⟦apatinib|SYSTEMIC_THERAPY|h⟧;
          ⟦PR|TUMOR_RESPONSE|h⟧ on the 05/2024 scan, maintained 08/2024 and 10/2024; ⟦PD|TUMOR_RESPONSE|h⟧ 12/2024 with new
          bilateral ⟦nodules|PULMONARY_NODULE|h⟧.
        - 01/2025-06/2025: ⟦gemcitabine/docetaxel|GEMCITABINE|h⟧ x 6 -> ⟦SD|TUMOR_RESPONSE|h⟧, then ⟦progression|TUMOR_RESPONSE|h⟧ 09/2025.
        - 11/2025: enrolled on a phase I ⟦trial|INVESTIGATIONAL⟧ - oral ⟦study drug|INVESTIGATIONAL⟧ XR-2207, continuous,
          C1D1 11/17/25.
        Now: ⟦ECOG 2|ECOG⟧; dyspnea on 1 flight.
        Supplements: started ⟦Zadaxin|IMMUNOMODULATOR⟧ (⟦thymalfasin|IMMUNOMODULATOR⟧) injections via an integrative clinic;
        advised to clear it with the ⟦study|INVESTIGATIONAL⟧ team.
    """),
    note("2026-01-12", "Phase I clinic visit", """
        PHASE I CLINIC - C3D1 (⟦Protocol XR-2207-101|INVESTIGATIONAL⟧)
        Tolerating ⟦study drug|INVESTIGATIONAL⟧ (grade 1 nausea). Compliance 100% by pill diary. Continue dosing.
        CT 01/09/26: target lung ⟦lesions|PULMONARY_NODULE⟧ -6% (⟦SD|TUMOR_RESPONSE⟧). New moderate R ⟦pleural effusion|PLEURAL_EFFUSION⟧
        with ⟦nodular pleural thickening|LOOKALIKE⟧. Thoracentesis + cytology ordered.
        ⟦ECOG 2|ECOG⟧. Still on ⟦thymalfasin|IMMUNOMODULATOR⟧ 2x/week - PI informed (prohibited concomitant medication,
        deviation filed).
    """),
    note("2026-01-16", "Cytology report", """
        PLEURAL FLUID, RIGHT - THORACENTESIS 01/15/2026 (1.1 L)
        CYTOLOGY: ⟦POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION⟧. Atypical spindle/epithelioid cells with osteoid-like matrix,
        SATB2 positive, consistent with ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧.
        Comment: with the ⟦nodular pleural thickening|LOOKALIKE⟧ on CT this represents a ⟦malignant pleural effusion|MALIGNANT_EFFUSION⟧.
    """),
    note("2026-01-21", "Radiology report", """
        MRI R TIBIA/KNEE W/WO CONTRAST 01/21/2026
        HX: ⟦osteosarcoma|OSTEOSARCOMA⟧ s/p resection and endoprosthesis 2021.
        FINDINGS: 9 mm focus of enhancement at the distal soft-tissue margin of the resection bed, partly
        obscured by metal artifact. No bone destruction.
        IMPRESSION: Equivocal 9 mm enhancing focus - post-treatment change vs early ⟦local recurrence|LOCAL_RECURRENCE|u⟧.
        Short-interval follow-up or ultrasound-guided biopsy suggested.
    """),
    note("2026-01-22", "Pharmacy intervention note", """
        PHARMACY INTERVENTION - concomitant medication review (⟦investigational drug service|LOOKALIKE⟧)
        ⟦Thymalfasin|IMMUNOMODULATOR⟧ (⟦Zadaxin|IMMUNOMODULATOR⟧) 1.6 mg SC twice weekly, obtained via an integrative clinic,
        started 12/08/25, last self-injected 01/20/26. Pt intends to continue ("it helps my immunity").
        XR-2207 ⟦protocol|INVESTIGATIONAL⟧ prohibits ⟦immunomodulators|IMMUNOMODULATOR|y⟧; PI and sponsor notified. ⟦Study drug|INVESTIGATIONAL⟧ supply:
        28 days dispensed 01/12/26.
        - B. Kowalczyk, PharmD
    """),
    note("2026-01-26", "Telehealth visit", """
        TELEHEALTH (video) - ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧
        Worse dyspnea since thoracentesis re-accumulation; up in chair most of the day, needs help with
        bathing. ⟦ECOG 3|ECOG⟧ today.
        Continues ⟦study drug|INVESTIGATIONAL⟧ (last dose this AM) and ⟦thymalfasin|IMMUNOMODULATOR⟧.
        Period late 2 wks: ⟦urine hCG|PREGNANCY_TEST|y⟧ ordered at tomorrow's lab draw.
        Plan: IR for indwelling pleural catheter; discuss goals with ⟦study|INVESTIGATIONAL⟧ PI.
    """),
    note("2026-01-27", "Research pre-screening note", """
        PROMIS PRE-SCREEN (outside referral from her Phase I PI)   CRC: M. Feld
        - ⟦ECOG 3|ECOG⟧ (telehealth 01/26) - fails performance status.
        - Still dosing on another ⟦interventional study|INVESTIGATIONAL⟧ (XR-2207, last dose 01/26).
        - ⟦Malignant pleural effusion|MALIGNANT_EFFUSION⟧ (cytology + 01/15).
        - Prior ⟦gemcitabine/docetaxel|GEMCITABINE|h⟧ 2025.
        - ⟦Camrelizumab|CHECKPOINT_INHIBITOR|h⟧: ⟦PR|TUMOR_RESPONSE|h⟧ 05/2024 lasting ~7 months, then ⟦PD|TUMOR_RESPONSE|h⟧ 12/2024 =
          secondary resistance.
        - ⟦Thymalfasin|IMMUNOMODULATOR⟧ ongoing.
        - ⟦Allogeneic BMT|TRANSPLANT|h⟧ 2005.
        - Tibia MRI: possible ⟦local recurrence|LOCAL_RECURRENCE|u⟧, not confirmed.
        - ⟦Urine hCG|PREGNANCY_TEST|y⟧ ordered, not yet resulted.
        Screen log: ineligible (multiple).
    """),
], why="many exclusions; ECOG 3 newest; LR and pregnancy unsettled")

# =====================================================================================
# PH13 -- eligible. 45-year-old man; papillary thyroid carcinoma diagnosed by FNA 01/12/2021,
# i.e. 5 years and 3 days before as_of (just outside); levothyroxine replacement; topical
# hydrocortisone; KPS 80; "OS" = oculus sinister in the eye note; wife pregnant (family).
# =====================================================================================
check("PH13 thyroid FNA just outside 5 years", D("2021-01-12") < minus_years("2026-01-15", 5))
patient("PH13", "2026-01-15", "", [
    note("2025-11-12", "Sarcoma clinic note", """
        ⟦ADULT SARCOMA CLINIC|LOOKALIKE⟧ - FOLLOW-UP
        Mr. Haddad is a ⟦45-year-old|AGE⟧ man with dedifferentiated ⟦parosteal osteosarcoma|OSTEOSARCOMA⟧ of the R distal
        femur (biopsy 03/07/2023), s/p ⟦MAP|SYSTEMIC_THERAPY|h⟧ (adult dosing, 2023) and wide resection with
        endoprosthesis 06/2023.
        PMH: ⟦papillary thyroid carcinoma|OTHER_MALIGNANCY|h⟧ (FNA 01/12/2021), total thyroidectomy 02/2021 + RAI, no
        evidence of disease since; on ⟦levothyroxine|REPLACEMENT_THERAPY⟧ 150 mcg. Hand eczema - ⟦hydrocortisone 2.5% cream|LOCAL_STEROID⟧
        prn. HTN.
        Social: married; wife is ⟦20 weeks pregnant|PREGNANCY|f⟧ with their second child. Works as an electrician.
        Surveillance CT due - mild cough x 2 weeks.
        ⟦KPS 80|KARNOFSKY⟧ - normal activity with effort, some knee stiffness.
        A/P: CT chest now; continue surveillance.
    """),
    note("2025-11-25", "Radiology report", """
        CT CHEST W CONTRAST  11/25/2025
        FINDINGS: New 13 mm RUL ⟦nodule|PULMONARY_NODULE⟧ with coarse calcification and new 7 mm LLL ⟦nodule|PULMONARY_NODULE⟧.
        Surgical clips thyroid bed. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION:
        1. Two new calcified ⟦pulmonary nodules|PULMONARY_NODULE⟧, most consistent with ⟦metastatic|METASTASIS⟧
           ⟦osteosarcoma|OSTEOSARCOMA⟧.
        2. Post-thyroidectomy changes; no thyroid bed mass.
    """),
    note("2025-12-09", "Ophthalmology note", """
        OPHTHALMOLOGY
        CC: blurry vision L eye x 2 months.
        PMH: h/o ⟦osteosarcoma|OSTEOSARCOMA|h⟧, thyroid ⟦cancer|OTHER_MALIGNANCY|h⟧ s/p thyroidectomy on ⟦levothyroxine|REPLACEMENT_THERAPY⟧.
        VA cc: OD 20/20, ⟦OS|LOOKALIKE⟧ 20/40 (PH 20/30). IOP 15 / 17.
        SLE: 2+ nuclear sclerosis ⟦OS|LOOKALIKE⟧, trace OD. DFE: normal discs and maculae OU.
        A/P: visually significant nuclear sclerotic cataract ⟦OS|LOOKALIKE⟧. Discussed CE/IOL ⟦OS|LOOKALIKE⟧ when oncology
        treatment plan allows; no urgency.
    """),
    note("2026-01-06", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦45 yo|AGE⟧ M, ⟦osteosarcoma|OSTEOSARCOMA⟧ R femur with 2 ⟦pulmonary metastases|LUNG_METASTASIS⟧ (RUL 13 mm, LLL 7 mm).
        ⟦PFTs|PULMONARY_FUNCTION⟧ 01/05/26: ⟦FEV1|PULMONARY_FUNCTION⟧ 3.41 L (86 %pred), ⟦DLCO|PULMONARY_FUNCTION⟧ 92 %pred.
        Both ⟦lesions|PULMONARY_NODULE⟧ peripheral and ⟦resectable|RESECTABLE⟧; R VATS RUL ⟦wedge|LUNG_RESECTION|y⟧ then L VATS LLL ⟦wedge|LUNG_RESECTION|y⟧.
        ⟦Pulmonary function|PULMONARY_FUNCTION⟧ adequate - cleared. Happy to operate after ⟦protocol therapy|INVESTIGATIONAL|y⟧ if he enrolls.
    """),
    note("2026-01-14", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: J. Pruitt   target consent 01/15/2026
        Inclusion: ⟦osteosarcoma|OSTEOSARCOMA⟧ (parosteal, dedifferentiated) - yes; 2 ⟦lung mets|LUNG_METASTASIS⟧ ⟦resectable|RESECTABLE⟧ -
        yes; prior ⟦MAP|SYSTEMIC_THERAPY|h⟧ - yes; ⟦45 y|AGE⟧; ⟦KPS 80|KARNOFSKY⟧ (>= 60 on the adult scale); ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        Exclusion:
        - ⟦Papillary thyroid carcinoma|OTHER_MALIGNANCY|h⟧: diagnosed by FNA 01/12/2021 -> 5 years + 3 days before
          01/15/2026, outside the 5-year window. (Thyroidectomy 02/2021 is later but the FNA made the diagnosis.)
        - ⟦Levothyroxine|REPLACEMENT_THERAPY⟧ = replacement; no ⟦autoimmune disease|AUTOIMMUNE_DISEASE|n⟧.
        - ⟦Hydrocortisone cream|LOCAL_STEROID⟧ = topical only.
        - Wife's ⟦pregnancy|PREGNANCY|f⟧ is not relevant to him.
        - No prior ⟦gemcitabine|GEMCITABINE|n⟧, ⟦checkpoint inhibitor|CHECKPOINT_INHIBITOR|n⟧, ⟦transplant|TRANSPLANT|n⟧.
        Pre-screen eligible if consent happens 01/15 or later (if moved earlier than 01/13 re-check window).
    """),
], why="thyroid carcinoma diagnosed 5 years + 3 days before as_of")

# =====================================================================================
# PH14 -- excluded. 26-year-old, 18+ weeks pregnant, HIV on ART; pembrolizumab + lenvatinib
# for a bone metastasis: PR for ~7 months then PD (secondary resistance); grade 2
# immune-related hypothyroidism on levothyroxine (permanent toxicity); biopsy-proven local
# recurrence; lungs never involved; small effusion not characterized.
# =====================================================================================
patient("PH14", "2026-07-07", "PM=n RES=u PFT=u LR=m MPE=u CPI=m TOX=m HIV=m PREG=m", [
    note("2026-05-20", "Sarcoma oncology progress note", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧
        Yesenia is a ⟦26 yo|AGE⟧ F with L proximal tibia ⟦osteosarcoma|OSTEOSARCOMA⟧ (biopsy 01/2022).
        History: ⟦MAP|SYSTEMIC_THERAPY|h⟧ + limb salvage 2022. 03/2024 biopsy-proven L iliac bone ⟦metastasis|METASTASIS|h⟧
        (lungs clear) -> ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ + ⟦lenvatinib|SYSTEMIC_THERAPY|h⟧ 04/2024-02/2025: ⟦PR|TUMOR_RESPONSE|h⟧
        on 07/2024 PET/MRI, still ⟦PR|TUMOR_RESPONSE|h⟧ 10/2024 and 12/2024, ⟦PD|TUMOR_RESPONSE|h⟧ 02/2025 (iliac regrowth). SBRT to
        ilium + ⟦ifosfamide|SYSTEMIC_THERAPY|h⟧ x 4 (03-06/2025). Immune-related ⟦hypothyroidism|TOXICITY⟧ from prior
        ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧, grade 2, permanent, on ⟦levothyroxine|REPLACEMENT_THERAPY⟧ 100 mcg.
        ⟦HIV|HIV⟧ (dx 2019) on ⟦Biktarvy|HIV⟧.
        New: firm mass at the medial L knee x 6 weeks. She is ~12 weeks ⟦pregnant|PREGNANCY⟧ (confirmed by OB 05/12).
        ⟦ECOG 1|ECOG⟧.
        Outside OB doctor asked whether she could join "the lung ⟦trial|INVESTIGATIONAL|y⟧" - no lung disease known.
        Plan: MRI knee, US-guided biopsy, CT chest with shielding, MFM co-management.
    """),
    note("2026-06-03", "Maternal-fetal medicine consult", """
        MATERNAL-FETAL MEDICINE CONSULT   (pt prefers Spanish for family discussion; her mother present)
        G1P0 at 14w2d by 8-week US. Single live ⟦IUP|PREGNANCY⟧, normal NT.
        "Queremos seguir con el embarazo" - pt and partner wish to continue the ⟦pregnancy|PREGNANCY⟧.
        ⟦HIV|HIV⟧: on ⟦Biktarvy|HIV⟧, VL undetectable 04/2026 - continue. Plan formula feeding after delivery; no
        ⟦breastfeeding|LACTATION|n,y⟧ (⟦HIV|HIV⟧).
        Thyroid: ⟦levothyroxine|REPLACEMENT_THERAPY⟧ increased to 125 mcg for ⟦pregnancy|PREGNANCY⟧; TSH q4 wks.
        Imaging in ⟦pregnancy|PREGNANCY⟧: CT chest with abdominal shielding acceptable; MRI without gadolinium preferred.
        ⟦Systemic therapy|SYSTEMIC_THERAPY|y⟧ in the 2nd trimester possible for some agents - defer to oncology.
    """),
    note("2026-06-10", "Radiology report", """
        CT CHEST WITHOUT CONTRAST (abdominal shielding, ⟦pregnant|PREGNANCY⟧ pt)   06/10/2026
        FINDINGS: No ⟦pulmonary nodules|PULMONARY_NODULE|n⟧ or ⟦masses|PULMONARY_NODULE|n⟧. Small R ⟦pleural effusion|PLEURAL_EFFUSION⟧, new since
        2025, no pleural thickening or ⟦nodularity|LOOKALIKE|n⟧. No adenopathy.
        IMPRESSION:
        1. No evidence of ⟦pulmonary metastases|LUNG_METASTASIS|n⟧.
        2. Small R ⟦pleural effusion|PLEURAL_EFFUSION⟧, nonspecific.
    """),
    note("2026-06-17", "Radiology / pathology", """
        MRI L KNEE WITHOUT GADOLINIUM 06/12/2026: 4.2 cm soft-tissue mass in the medial resection bed abutting
        the endoprosthesis, new since 2025.
        US-GUIDED CORE BIOPSY 06/15/2026 - PATHOLOGY (final 06/17): high-grade ⟦osteosarcoma|OSTEOSARCOMA⟧,
        morphologically identical to the 2022 primary. Interpretation: ⟦local recurrence|LOCAL_RECURRENCE⟧ in the
        resection bed.
    """),
    note("2026-06-30", "Infectious diseases clinic", """
        ID CLINIC - ⟦HIV|HIV⟧ follow-up
        ⟦26F|AGE⟧ with ⟦HIV|HIV⟧ dx 2019, on ⟦Biktarvy|HIV⟧ since 2019, adherent. ⟦HIV-1 RNA|HIV⟧ <20 copies/mL (06/24), CD4 640.
        Now ~18 weeks ⟦pregnant|PREGNANCY⟧ - continue current ⟦ART|HIV⟧ (preferred in ⟦pregnancy|PREGNANCY⟧).
        Aware of new ⟦local recurrence|LOCAL_RECURRENCE⟧; no ID contraindication to ⟦chemotherapy|SYSTEMIC_THERAPY|y⟧ or surgery.
        Vaccines: inactivated ⟦flu shot|NONLIVE_VACCINE|h⟧ 10/2025, ⟦COVID booster|NONLIVE_VACCINE|h⟧ 10/2025.
    """),
    note("2026-07-06", "Research pre-screening note", """
        PROMIS PRE-SCREEN (OB referral)   CRC: D. Whitcomb
        Not eligible:
        - No ⟦pulmonary metastases|LUNG_METASTASIS|n⟧ (CT 06/10/26); only a small nonspecific ⟦pleural effusion|PLEURAL_EFFUSION⟧.
        - Biopsy-proven ⟦local recurrence|LOCAL_RECURRENCE⟧ L tibia 06/2026, unresected.
        - Currently ⟦pregnant|PREGNANCY⟧ (~19 wks).
        - ⟦HIV|HIV⟧ on ⟦ART|HIV⟧.
        - Prior ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧: ⟦PR|TUMOR_RESPONSE|h⟧ 07/2024 lasting to 12/2024, ⟦PD|TUMOR_RESPONSE|h⟧ 02/2025 ->
          secondary resistance.
        - Grade 2 immune-related ⟦hypothyroidism|TOXICITY⟧ (permanent).
        Referred back to primary oncologist.
    """),
], why="pregnant, HIV, local recurrence, CPI secondary resistance, grade 2 irAE; no lung disease")

# =====================================================================================
# PH15 -- needs_review. 14y 2m boy, MAP completed 2024; three 3-4 mm nodules called
# indeterminate (repeat CT planned) -> lung mets and resectability unknown; hearing loss
# awaiting grading; father's portal message about "his immune shots" (type unknown);
# grandmother's Huaier granules, stop date unknown. Lansky 90, PFTs normal.
# =====================================================================================
check("PH15 age 14 on as_of", age_on("2012-08-01", "2026-10-05") == 14)
patient("PH15", "2026-10-05", "PM=u RES=u TOX=u LV=u IMM=u", [
    note("2024-12-05", "End of therapy summary", """
        END OF THERAPY - PEDIATRIC ONCOLOGY
        Ethan Zhou, ⟦DOB 08/01/2012|DOB⟧, R distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (biopsy 02/20/2024), localized.
        ⟦MAP|SYSTEMIC_THERAPY|h⟧ 03/2024 - 11/2024 completed; rotationplasty 05/2024 (96% necrosis).
        End-of-therapy audiogram: normal through 8 kHz. Echo normal. GFR 118.
        Surveillance per COG guideline: CT chest q3 mo yr 1-2.
    """),
    note("2026-09-22", "Radiology report", """
        CT CHEST WITHOUT CONTRAST 09/22/2026
        COMPARISON: 06/2026.
        FINDINGS: Three new tiny ⟦nodules|PULMONARY_NODULE⟧: 4 mm RUL, 3 mm RML, 3 mm LLL; no calcification. No
        ⟦effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION: Three new subcentimeter ⟦pulmonary nodules|PULMONARY_NODULE⟧, too small to characterize;
        ⟦metastases|METASTASIS|u⟧ cannot be excluded vs infectious/inflammatory. Short-interval follow-up CT in
        6-8 weeks recommended.
    """),
    note("2026-09-24", "Oncology progress note", """
        PEDIATRIC ONCOLOGY - SURVEILLANCE VISIT (father historian; Mandarin interpreter for grandmother)
        Ethan is a ⟦14y 2m|AGE⟧ boy ~22 months off ⟦MAP|SYSTEMIC_THERAPY|h⟧ for R femur ⟦osteosarcoma|OSTEOSARCOMA⟧.
        CT 09/22: three 3-4 mm ⟦nodules|PULMONARY_NODULE⟧, indeterminate. Discussed: too small to biopsy or to
        localize; repeat CT mid-November. If they grow, ⟦metastasectomy|LUNG_RESECTION|y⟧ would be considered.
        Dad also mentions the PROMIS ⟦study|INVESTIGATIONAL|y⟧ he read about - explained it applies only to confirmed, resectable
        ⟦lung metastases|LUNG_METASTASIS|y⟧.
        Hearing: teachers note he misses instructions; school screen failed L ear 09/2026. Possible late
        ⟦ototoxicity|TOXICITY|u⟧ from prior ⟦cisplatin|SYSTEMIC_THERAPY|h⟧ - formal audiology booked 10/20 for grading.
        Grandmother (via interpreter) gave him ⟦Huaier granules|IMMUNOMODULATOR|h⟧ "during ⟦chemo|SYSTEMIC_THERAPY|h⟧ and after"; family
        unsure when it was stopped ("maybe summer"); no bottle at home now.
        ⟦Lansky 90|LANSKY⟧ - uses prosthesis, plays basketball.
        Plan: ⟦PFTs|PULMONARY_FUNCTION|y⟧ baseline; repeat CT 11/2026; audiology.
    """),
    note("2026-09-30", "Patient portal message", """
        MyChart message from: Wei Zhou (proxy for Ethan Zhou)
        Hello doctor, Ethan got his immune shots last week at the pediatrician (Dr. Alvarez) for school. I
        dont remember which ones, I think the flu one and maybe another. Is ok for the scan in November?
        Also grandma asks if he can take the chinese medicine again. Thank you, Wei
    """, annotate=False),
    note("2026-10-02", "Pulmonary function test", """
        ⟦PFT|PULMONARY_FUNCTION⟧ REPORT   10/02/2026   ⟦Age 14|AGE⟧
        ⟦Spirometry|PULMONARY_FUNCTION⟧: ⟦FVC|PULMONARY_FUNCTION⟧ 102 %pred, ⟦FEV1|PULMONARY_FUNCTION⟧ 98 %pred, ratio 0.85.
        ⟦DLCO|PULMONARY_FUNCTION⟧ 94 %pred.
        Interpretation: normal. ⟦Pulmonary function|PULMONARY_FUNCTION⟧ adequate for thoracic surgery if required.
    """),
    note("2026-10-05", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: M. Feld
        - ⟦Osteosarcoma|OSTEOSARCOMA⟧, ⟦MAP|SYSTEMIC_THERAPY|h⟧ completed, ⟦14 y|AGE⟧, ⟦Lansky 90|LANSKY⟧, ⟦PFTs|PULMONARY_FUNCTION⟧ normal.
        - ⟦Nodules|PULMONARY_NODULE⟧ indeterminate (3-4 mm); repeat CT 11/2026 -> ⟦lung mets|LUNG_METASTASIS|u⟧ unconfirmed,
          ⟦resectability|RESECTABLE|u⟧ not assessed.
        - Hearing: possible grade >= 2 ⟦hearing loss|TOXICITY|u⟧, audiology 10/20.
        - Vaccines ~09/25 at PCP: product(s) unknown (could include ⟦live nasal flu|LIVE_VACCINE|u⟧).
        - ⟦Huaier|IMMUNOMODULATOR|h⟧: last use unknown.
        Status: pending; re-screen after the November CT.
    """),
], why="nodules indeterminate; toxicity grade, vaccine type, Huaier timing unknown")

# =====================================================================================
# PH16 -- eligible. 22-year-old; local recurrence 03/2025 re-resected with wide negative
# margins; copy-forwarded "breastfeeding" paragraph contradicted by "weaned 03/2026";
# Huaier granules last taken 07/05/2026 = 15 days before as_of; negative beta-hCG; father's
# "PD" = Parkinson disease.
# =====================================================================================
check("PH16 Huaier stop 15 days before as_of", days_before("2026-07-05", "2026-07-20") == 15)
patient("PH16", "2026-07-20", "", [
    note("2025-04-22", "Operative note / pathology", """
        OPERATIVE NOTE 04/22/2025 - Excision of ⟦locally recurrent|LOCAL_RECURRENCE⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧, L distal thigh
        Indication: 24 mm soft-tissue ⟦local recurrence|LOCAL_RECURRENCE⟧ adjacent to the distal femoral endoprosthesis
        (biopsy 03/2025).
        Procedure: en bloc excision with cuff of vastus medialis; endoprosthesis retained.
        PATHOLOGY addendum 04/28/2025: recurrent high-grade ⟦osteosarcoma|OSTEOSARCOMA⟧, 2.4 cm; all margins negative
        (closest 8 mm, wide). No residual tumor.
    """),
    note("2026-05-27", "Sarcoma oncology progress note", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧ - FOLLOW-UP
        Kayla is a ⟦22 yo|AGE⟧ F with L distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (2023), s/p ⟦MAP|SYSTEMIC_THERAPY|h⟧, with a
        ⟦local recurrence|LOCAL_RECURRENCE|h⟧ 03/2025 re-excised with wide negative margins 04/2025.
        [Social history copied forward from 09/2025 note:] Lives with partner and infant daughter (born 06/2025);
        currently ⟦breastfeeding|LACTATION|h⟧.
        Update 05/27/26: daughter weaned 03/2026 - no longer ⟦breastfeeding|LACTATION|n⟧.
        MRI L thigh 05/2026: no mass in the resection bed; no ⟦local recurrence|LOCAL_RECURRENCE|n⟧.
        Started "⟦Huaier|IMMUNOMODULATOR⟧" herbal granules on her own 05/2026 (friend's recommendation).
        Family: father with ⟦PD|LOOKALIKE|f⟧ (Parkinson disease) on carbidopa-levodopa.
        ⟦ECOG 1|ECOG⟧.
        Plan: surveillance CT chest (due). Advised against ⟦herbal anticancer products|IMMUNOMODULATOR|y⟧.
    """),
    note("2026-06-15", "Radiology report", """
        CT CHEST WITH CONTRAST 06/15/2026
        IMPRESSION:
        1. Three new ⟦pulmonary nodules|PULMONARY_NODULE⟧: RUL 10 mm, RLL 7 mm, LLL 12 mm, all subpleural, compatible
           with ⟦pulmonary metastases|LUNG_METASTASIS⟧.
        2. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧ or lymphadenopathy.
    """),
    note("2026-07-06", "Pharmacy intervention note", """
        PHARMACY INTERVENTION - ⟦trial|INVESTIGATIONAL|y⟧ pre-screen medication review
        Pt reports ⟦Huaier granules|IMMUNOMODULATOR|h⟧ 20 g PO TID from 05/10/2026; took the last dose on 07/05/2026
        (yesterday) after the research team explained the 2-week washout. Remaining packets discarded at home.
        No other supplements. OCP (norethindrone) daily. Ibuprofen prn.
        Recommendation: earliest ⟦trial|INVESTIGATIONAL|y⟧ day 1 from 07/20/2026 (15 days after last dose).
        - R. Huang, PharmD
    """),
    note("2026-07-14", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦22F|AGE⟧, L femur ⟦osteosarcoma|OSTEOSARCOMA⟧, bilateral ⟦lung mets|LUNG_METASTASIS⟧ x3 (RUL 10, RLL 7, LLL 12 mm).
        All peripheral. ⟦Resectable|RESECTABLE⟧ as a two-staged approach: R VATS ⟦wedges|LUNG_RESECTION|y⟧ (RUL, RLL), then
        L VATS ⟦wedge|LUNG_RESECTION|y⟧ 4-6 weeks later.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 07/13: ⟦FEV1|PULMONARY_FUNCTION⟧ 93 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 88 %pred. ⟦Cleared for thoracic surgery|PULMONARY_FUNCTION⟧.
        Labs 07/14: ⟦beta-hCG|PREGNANCY_TEST|n⟧ negative.
    """),
    note("2026-07-17", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: J. Pruitt    planned consent 07/20/2026
        - ⟦Osteosarcoma|OSTEOSARCOMA⟧, 3 ⟦lung mets|LUNG_METASTASIS⟧ ⟦resectable|RESECTABLE⟧ (staged), prior ⟦MAP|SYSTEMIC_THERAPY|h⟧, ⟦22 y|AGE⟧,
          ⟦ECOG 1|ECOG⟧, ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        - Prior ⟦local recurrence|LOCAL_RECURRENCE|h⟧ resected with wide negative margins 04/2025; MRI 05/2026 clear.
        - ⟦Huaier granules|IMMUNOMODULATOR|h⟧ last 07/05/2026 = 15 days before 07/20 (2-week window) - OK.
        - Not ⟦pregnant|PREGNANCY|n⟧ (⟦beta-hCG|PREGNANCY_TEST|n⟧ neg 07/14); not ⟦breastfeeding|LACTATION|n⟧ (weaned 03/2026).
        - No ⟦steroids|SYSTEMIC_STEROID|n⟧ or ⟦trial drugs|INVESTIGATIONAL|n⟧ in the past month.
        Pre-screen eligible.
    """),
], why="LR re-resected with negative margins; Huaier stopped 15 days before; weaned")

# =====================================================================================
# PH17 -- excluded. 38-year-old man with HIV (grade 3 anaphylaxis to ibalizumab, a mAb),
# anal SCC 06/2023, biopsy-proven local recurrence of femoral OS, no lung disease, ECOG 3,
# yellow fever vaccine 21 days ago (typhoid was the injectable kind); a 2020 outside
# second-line regimen is not named ("gem-something or maybe ifos").
# =====================================================================================
check("PH17 yellow fever 21 days before as_of", days_before("2026-03-24", "2026-04-14") == 21)
check("PH17 anal SCC within 5 years", D("2023-06-09") >= minus_years("2026-04-14", 5))
patient("PH17", "2026-04-14", "PM=n RES=u PS=n PFT=u LR=m GEM=u OM=m MAB=m HIV=m LV=m", [
    note("2025-11-18", "Infectious diseases clinic", """
        ID CLINIC - ⟦HIV|HIV⟧ PRIMARY CARE
        ⟦38 yo|AGE⟧ M with ⟦HIV|HIV⟧ since 2012, multiclass resistance (M184V, K103N, major PI mutations).
        ⟦ART|HIV|h⟧ history: ⟦ibalizumab|MONOCLONAL_ANTIBODY|h⟧ (Trogarzo) added 01/2022 - 2nd loading infusion 02/2022 complicated by
        ⟦anaphylaxis|ALLERGIC_REACTION|h⟧ (grade 3: bronchospasm, hypotension, epinephrine); permanently discontinued,
        on allergy list.
        Current ⟦ART|HIV⟧: ⟦Biktarvy|HIV⟧ + darunavir/ritonavir. ⟦HIV-1 RNA|HIV⟧ <20 x 3 yr; CD4 520 (29%).
        Other: ⟦anal squamous cell carcinoma|OTHER_MALIGNANCY⟧ stage II (biopsy 06/09/2023), ⟦chemoradiation|SYSTEMIC_THERAPY|h⟧
        (⟦mitomycin/5-FU|SYSTEMIC_THERAPY|h⟧) 07-08/2023, ⟦complete clinical response|TUMOR_RESPONSE|h⟧, surveillance anoscopy q6mo.
        ⟦Osteosarcoma|OSTEOSARCOMA|h⟧ R femur 2019, in remission per oncology.
        Travel: going to Brazil 04/2026 for his sister's wedding - travel clinic referral for a
        ⟦yellow fever vaccine|LIVE_VACCINE|y⟧ (CD4 > 200, not a contraindication).
    """),
    note("2026-03-24", "Travel medicine visit", """
        TRAVEL MEDICINE
        Trip: Manaus and Rio, Brazil, 04/18-05/02/2026. ⟦HIV|HIV⟧ on ⟦ART|HIV⟧, CD4 520 (11/2025), VL undetectable - may
        receive ⟦yellow fever vaccine|LIVE_VACCINE|y⟧.
        Administered today 03/24/2026:
        - ⟦YF-Vax|LIVE_VACCINE⟧ 0.5 mL SC (lot UJ882)
        - ⟦Typhim Vi|NONLIVE_VACCINE⟧ (injectable inactivated typhoid) 0.5 mL IM - oral ⟦Vivotif|LIVE_VACCINE|n⟧ not used.
        - ⟦Hep A|NONLIVE_VACCINE⟧ booster.
        Malaria ⟦chemoprophylaxis|LOOKALIKE⟧: atovaquone-proguanil (checked interactions with ⟦ART|HIV⟧).
        Pt mentions new R knee swelling - advised to tell his oncologist before travel.
    """),
    note("2026-03-31", "Radiology / pathology", """
        MRI R FEMUR/KNEE W/WO 03/27/2026: 5.1 cm enhancing soft-tissue mass in the resection bed along the
        distal femoral endoprosthesis with cortical erosion of the tibial component interface.
        IMPRESSION: ⟦local recurrence|LOCAL_RECURRENCE|u⟧ likely; biopsy recommended.
        CT-GUIDED BIOPSY 03/30/2026 - PATHOLOGY 03/31/2026: high-grade ⟦osteosarcoma|OSTEOSARCOMA⟧ consistent with
        ⟦recurrence at the primary site|LOCAL_RECURRENCE⟧.
    """),
    note("2026-04-02", "Radiology report", """
        CT CHEST W CONTRAST 04/02/2026 - staging for biopsy-proven ⟦local recurrence|LOCAL_RECURRENCE⟧ R femur
        COMPARISON: 10/2025, 2020 (resolved RML opacity).
        FINDINGS: No ⟦pulmonary nodules|PULMONARY_NODULE|n⟧. Tiny calcified granuloma LUL unchanged since 2020. No
        ⟦pleural effusion|PLEURAL_EFFUSION|n⟧. No hilar or mediastinal adenopathy. Heart normal size.
        IMPRESSION: No evidence of ⟦pulmonary metastatic disease|LUNG_METASTASIS|n⟧.
    """),
    note("2026-04-08", "Orthopaedic oncology / sarcoma clinic", """
        ORTHOPAEDIC ONCOLOGY + ⟦SARCOMA MEDICINE|LOOKALIKE⟧ - JOINT VISIT
        ⟦38-year-old|AGE⟧ with R distal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (2019): ⟦MAP|SYSTEMIC_THERAPY|h⟧ 2019 + resection/endoprosthesis.
        2020: outside "second-line ⟦chemo|SYSTEMIC_THERAPY|h⟧" x 4 months for a ⟦lung spot|PULMONARY_NODULE|h⟧ that later resolved - regimen not
        in our records; pt recalls "⟦gem-something|GEMCITABINE|u⟧, or maybe ⟦ifos|SYSTEMIC_THERAPY|u⟧". Records requested.
        Now: biopsy-proven ⟦local recurrence|LOCAL_RECURRENCE⟧ 03/31/26, unresected; CT chest clear.
        Pain 8/10, mostly in bed or wheelchair > 50% of waking hours, needs help with transfers. ⟦ECOG 3|ECOG⟧.
        Plan: discuss amputation vs revision; palliative RT for pain in the meantime. Told him the
        ⟦yellow fever vaccine|LIVE_VACCINE|h⟧ given 03/24 means no further ⟦live vaccines|LIVE_VACCINE|y⟧ and a wait before any immunotherapy ⟦trial|INVESTIGATIONAL|y⟧.
        Brazil trip cancelled.
    """),
    note("2026-04-13", "Research pre-screening note", """
        PROMIS PRE-SCREEN (pt asked about "the immunotherapy trial")   CRC: D. Whitcomb
        Not eligible: no lung metastases (CT 04/02); active local recurrence; ECOG 3; anal SCC 06/2023
        (< 5 yrs); HIV on ART; yellow fever vaccine 03/24/26 (21 days); grade 3 anaphylaxis to ibalizumab
        (monoclonal antibody). 2020 regimen unknown (records pending) - moot.
    """, annotate=False),
], why="LR, HIV, anal SCC 2023, ECOG 3, YF vaccine, mAb anaphylaxis; no lung mets")

# =====================================================================================
# PH18 -- excluded. 31-year-old diagnosed at 33 weeks' gestation, delivered 09/26/2026 and
# breastfeeding; chemo-naive; postpartum MMR 09/28 (22 days); Xiaoaiping from her mother;
# ulcerative colitis with a prednisone taper 02-04/2025 (within 2 years); budesonide of
# unstated formulation; two 4 mm nodules called indeterminate.
# =====================================================================================
check("PH18 MMR 22 days before as_of", days_before("2026-09-28", "2026-10-20") == 22)
check("PH18 prednisone taper within 2 years", D("2025-02-10") >= minus_years("2026-10-20", 2))
patient("PH18", "2026-10-20", "PM=u RES=u PST=n PFT=u IMM=m AI=m STR=u LV=m PREG=m", [
    note("2026-08-19", "Oncology / MFM joint consult", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧ + MATERNAL-FETAL MEDICINE - JOINT CONSULT
        Mrs. Lin is a ⟦31 y.o.|AGE⟧ G1 at 33w1d with L proximal humerus ⟦osteosarcoma|OSTEOSARCOMA⟧, core biopsy
        08/14/2026 (conventional, osteoblastic). Staging MRI humerus; CT chest deferred until after delivery
        (CXR with shielding clear).
        She is ⟦chemotherapy-naive|CHEMO_NAIVE⟧. Options discussed: ⟦MAP|SYSTEMIC_THERAPY|y⟧ in ⟦pregnancy|PREGNANCY⟧ vs delivery at
        37-39 wk then ⟦MAP|SYSTEMIC_THERAPY|y⟧. Pt and husband chose delivery first; ⟦chemo|SYSTEMIC_THERAPY|y⟧ ~4 wk postpartum.
        PMH: ⟦ulcerative colitis|AUTOIMMUNE_DISEASE⟧ (2019) - see GI.
        ⟦Pregnancy|PREGNANCY⟧: uncomplicated; rubella non-immune on prenatal labs.
        Feeding: wants to ⟦breastfeed|LACTATION|y⟧ until ⟦chemo|SYSTEMIC_THERAPY|y⟧ starts.
        ⟦ECOG 1|ECOG⟧.
    """),
    note("2026-09-28", "Postpartum progress note", """
        POSTPARTUM DAY 2 - s/p primary low transverse C-section 09/26/2026 at 39w0d (breech), healthy male.
        Exclusively ⟦breastfeeding|LACTATION⟧, latch good per ⟦lactation consultant|LOOKALIKE⟧.
        Rubella non-immune -> ⟦MMR|LIVE_VACCINE⟧ 0.5 mL SC given 09/28/2026 before discharge (compatible with
        ⟦breastfeeding|LACTATION⟧). ⟦Tdap|NONLIVE_VACCINE|h⟧ given at 28 wk.
        Discharge today. Oncology f/u 10/16.
    """),
    note("2026-10-06", "GI telehealth note", """
        GASTROENTEROLOGY - TELEHEALTH
        ⟦Ulcerative colitis|AUTOIMMUNE_DISEASE⟧ (pancolitis, dx 2019). Last flare 02/2025 treated with ⟦prednisone|SYSTEMIC_STEROID|h⟧
        40 mg taper 02/10/2025 - 04/2025; clinical remission since.
        Maintenance: ⟦mesalamine|DMARD⟧ 4.8 g daily. Also "⟦budesonide|SYSTEMIC_STEROID|u⟧" on her list since the ⟦pregnancy|PREGNANCY|h⟧ -
        unclear whether this is the oral MMX tablet or the rectal foam (outside GI prescribed, pharmacy
        record not available); pt unsure, she "uses it some nights".
        Plan: continue ⟦mesalamine|DMARD⟧; will clarify ⟦budesonide|SYSTEMIC_STEROID|u⟧ formulation with outside GI; fecal calprotectin.
    """),
    note("2026-10-09", "Radiology report", """
        CT CHEST WITH CONTRAST 10/09/2026 (staging, postpartum)
        FINDINGS: Two 4 mm solid ⟦nodules|PULMONARY_NODULE⟧ (RLL, LUL), no calcification. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION: Two 4 mm ⟦pulmonary nodules|PULMONARY_NODULE⟧, indeterminate; ⟦metastases|METASTASIS|u⟧ not excluded.
        Recommend attention on follow-up.
    """),
    note("2026-10-13", "Social work note", """
        SOCIAL WORK - psychosocial assessment (new cancer dx + newborn)
        Met with pt and her mother at bedside in infusion area (port placement day). Baby boy 17 days old,
        exclusively breastfed, pt pumping for a freezer stash before chemo. Husband back at work; paternity
        leave ends 10/24. Mother moved in from Taichung to help; speaks Mandarin, pt interprets.
        Mother has been giving pt "Xiaoaiping" tablets (brought from Taiwan) 3x daily since the diagnosis
        "to shrink the tumor"; pt taking them. Told pt to show the bottle to oncology pharmacy.
        Coping: tearful but engaged. Referred to perinatal psychology, ACS Road to Recovery for rides.
    """, annotate=False),
    note("2026-10-16", "Sarcoma oncology visit", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧
        ⟦31 yo|AGE⟧ F, 3 weeks postpartum, L humerus ⟦osteosarcoma|OSTEOSARCOMA⟧, ⟦chemotherapy-naive|CHEMO_NAIVE⟧.
        CT chest: two 4 mm indeterminate ⟦nodules|PULMONARY_NODULE⟧.
        Still ⟦breastfeeding|LACTATION⟧; will stop when ⟦MAP|SYSTEMIC_THERAPY|y⟧ starts 10/27.
        Meds: ⟦mesalamine|DMARD⟧, ⟦budesonide|SYSTEMIC_STEROID|u⟧ (formulation TBD), prenatal vitamin, ⟦Xiaoaiping|IMMUNOMODULATOR⟧ tablets
        TID (Chinese patent medicine, from her mother) - asked her to stop before ⟦chemo|SYSTEMIC_THERAPY|y⟧; she will "think about it".
        ⟦MMR|LIVE_VACCINE|h⟧ 09/28. ⟦Urine hCG|PREGNANCY_TEST|n⟧ negative today.
        ⟦ECOG 1|ECOG⟧.
        Plan: ⟦MAP|SYSTEMIC_THERAPY|y⟧ C1 10/27; repeat CT chest after 2 cycles.
    """),
    note("2026-10-19", "Research pre-screening note", """
        PROMIS PRE-SCREEN (pt self-referred after reading about "immunotherapy before lung surgery")
        - ⟦Chemotherapy-naive|CHEMO_NAIVE⟧ -> fails prior systemic therapy.
        - ⟦Nodules|PULMONARY_NODULE⟧ 4 mm, indeterminate -> ⟦lung mets|LUNG_METASTASIS|u⟧ not established.
        - ⟦Breastfeeding|LACTATION⟧.
        - ⟦MMR|LIVE_VACCINE⟧ 09/28/26 (22 days before 10/20).
        - ⟦Xiaoaiping|IMMUNOMODULATOR⟧ current.
        - ⟦UC|AUTOIMMUNE_DISEASE⟧: ⟦prednisone|SYSTEMIC_STEROID|h⟧ taper 02-04/2025 (within 2 years).
        - ⟦Budesonide|SYSTEMIC_STEROID|u⟧ route unclear.
        Not eligible now; could be re-screened after first-line therapy if lung disease is confirmed.
    """),
], why="lactating, chemo-naive, MMR 22 days, Xiaoaiping, UC steroids within 2 y")

# =====================================================================================
# PH19 -- needs_review. 33-year-old: everything for the inclusions documented, but five
# exclusions unsettled: equivocal resection-bed nodule (biopsy pending), small effusion not
# sampled, consent to another phase I study with dosing unconfirmed, Crohn's disease with
# undocumented therapy, and an urgent-care "steroid" of unknown route 3 days ago.
# =====================================================================================
patient("PH19", "2026-11-16", "LR=u MPE=u INV=u AI=u STR=u", [
    note("2026-10-20", "Sarcoma oncology progress note", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧ - FOLLOW-UP
        Mr. Novak is a ⟦33 yo|AGE⟧ M with L proximal femur ⟦osteosarcoma|OSTEOSARCOMA⟧ (biopsy 01/2022), s/p
        ⟦MAP|SYSTEMIC_THERAPY|h⟧ and proximal femoral replacement 2022.
        PMH: ⟦Crohn's disease|AUTOIMMUNE_DISEASE⟧ dx 2023 at an outside GI practice - pt unsure of his current treatment
        ("an injection every few weeks, I think I stopped it"); no GI records in our system.
        He also consented on 10/14/2026 to a phase I ⟦study|INVESTIGATIONAL|u⟧ at Ridgeway University (for the lung
        ⟦nodules|PULMONARY_NODULE⟧ seen on their CT) - he says screening labs were done but does not know if he has
        started the ⟦study drug|INVESTIGATIONAL|u⟧.
        ⟦ECOG 1|ECOG⟧.
        Plan: CT chest, MRI hip, thoracic surgery, contact Ridgeway research office.
    """),
    note("2026-10-27", "Radiology report", """
        CT CHEST WITH CONTRAST 10/27/2026
        FINDINGS: 12 mm RML and 9 mm LUL solid ⟦nodules|PULMONARY_NODULE⟧, peripheral, new since 04/2026. Small L
        ⟦pleural effusion|PLEURAL_EFFUSION⟧ without pleural thickening or ⟦nodularity|LOOKALIKE|n⟧.
        IMPRESSION:
        1. Two ⟦pulmonary nodules|PULMONARY_NODULE⟧ consistent with ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧.
        2. Small L ⟦pleural effusion|PLEURAL_EFFUSION⟧ of uncertain etiology.
    """),
    note("2026-11-03", "Radiology report", """
        MRI L HIP/PROXIMAL FEMUR W/WO 11/03/2026
        FINDINGS: 11 mm enhancing ⟦nodule|LOOKALIKE⟧ posterior to the proximal femoral replacement in the resection bed.
        IMPRESSION: Indeterminate 11 mm enhancing ⟦nodule|LOOKALIKE⟧ - ⟦local recurrence|LOCAL_RECURRENCE|u⟧ vs granulation tissue.
        US-guided biopsy scheduled 11/20/2026.
    """),
    note("2026-11-05", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦33M|AGE⟧, ⟦osteosarcoma|OSTEOSARCOMA⟧, RML 12 mm + LUL 9 mm ⟦lung mets|LUNG_METASTASIS⟧. Both peripheral, ⟦resectable|RESECTABLE⟧ -
        staged VATS ⟦wedge resections|LUNG_RESECTION|y⟧.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 11/04: ⟦FEV1|PULMONARY_FUNCTION⟧ 90 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 86 %pred - adequate.
        Small L ⟦effusion|PLEURAL_EFFUSION⟧: too small to tap safely; will sample at VATS if present.
    """),
    note("2026-11-14", "Telephone encounter", """
        TELEPHONE - RN
        Pt called: seen at urgent care 11/13 for bronchitis/wheeze. "They started me on a ⟦steroid|SYSTEMIC_STEROID|u⟧" - he cannot
        say whether it was pills or an inhaler; paperwork left in his car, pharmacy closed until Monday.
        Also received a "shot" there (? ⟦Tdap|NONLIVE_VACCINE|u⟧). Advised to send a photo of the discharge paperwork.
    """),
    note("2026-11-16", "Research pre-screening note", """
        PROMIS PRE-SCREEN - 11/16/2026    CRC: M. Feld
        Inclusions all documented: osteosarcoma, 2 resectable lung mets, prior MAP, age 33, ECOG 1, PFTs adequate.
        Unresolved:
        - Resection-bed nodule on MRI: biopsy 11/20 (possible local recurrence).
        - Small L pleural effusion, not sampled.
        - Ridgeway phase I: consent 10/14; their coordinator has not confirmed whether C1D1 happened.
        - Crohn's disease 2023: treatment unknown (pt thinks an injectable; maybe stopped).
        - Urgent care steroid 11/13: route unknown (oral vs inhaled).
        Status: needs review.
    """, annotate=False),
], why="five exclusions unsettled; inclusions met")

# =====================================================================================
# PH20 -- eligible. 17-year-old; copy-forwarded HPI says "currently receiving cycle 3 ... with
# dexamethasone" but therapy ended 01/2026 and pharmacy discontinued dexamethasone; small
# post-operative effusion called reactive; FluMist declined, inactivated shot given; brother's
# Crohn's on infliximab (family).
# =====================================================================================
check("PH20 age 17 on as_of", age_on("2009-02-11", "2026-06-08") == 17)
patient("PH20", "2026-06-08", "", [
    note("2026-01-28", "End of therapy summary", """
        END OF THERAPY SUMMARY - AYA ONCOLOGY
        Patient: BRENNAN, OWEN   ⟦DOB 02/11/2009|DOB⟧
        Dx: ⟦chondroblastic osteosarcoma|OSTEOSARCOMA⟧ R proximal tibia, biopsy 03/19/2024.
        - 04-12/2024: ⟦MAP|SYSTEMIC_THERAPY|h⟧ + resection (06/2024, 70% necrosis).
        - 09/2025: 2 small ⟦lung nodules|PULMONARY_NODULE|h⟧ -> ⟦ifosfamide/etoposide|SYSTEMIC_THERAPY|h⟧ x 4 (10/2025-01/2026),
          ⟦dexamethasone|SYSTEMIC_STEROID|h⟧ as antiemetic on ⟦chemo|SYSTEMIC_THERAPY|h⟧ days only.
        Last ⟦chemo|SYSTEMIC_THERAPY|h⟧ 01/09/2026. Off therapy. No ongoing ⟦toxicity|TOXICITY|n⟧ above grade 1.
        Vaccines: declined ⟦FluMist|LIVE_VACCINE|n⟧; inactivated ⟦flu shot|NONLIVE_VACCINE|h⟧ 10/2025.
        Plan: CT chest 04/2026; thoracic surgery re: residual ⟦nodules|PULMONARY_NODULE⟧.
    """),
    note("2026-04-08", "Radiology report", """
        CT CHEST W CONTRAST   04/08/2026
        IMPRESSION:
        1. Persistent 9 mm RUL and 8 mm LLL ⟦nodules|PULMONARY_NODULE⟧ (slightly larger than 01/2026), consistent
           with ⟦pulmonary metastases|LUNG_METASTASIS⟧ of ⟦osteosarcoma|OSTEOSARCOMA⟧.
        2. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
    """),
    note("2026-04-24", "Operative note / pathology", """
        R VATS ⟦WEDGE RESECTION|LUNG_RESECTION⟧, RUL - 04/22/2026
        Findings: 9 mm firm subpleural RUL ⟦nodule|PULMONARY_NODULE⟧, ⟦wedge|LUNG_RESECTION⟧ with stapler, 15 mm margin. Single 24 Fr chest
        tube removed POD 1.
        PATHOLOGY (04/24): ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧ (chondroblastic), 9 mm, margins negative.
        Plan: L side (LLL 8 mm) to follow, timing per oncology.
    """),
    note("2026-05-12", "AYA oncology progress note", """
        AYA ONCOLOGY - PROGRESS NOTE
        [HPI copied from 11/2025 note] Owen is a ⟦16 yo|AGE⟧ with ⟦osteosarcoma|OSTEOSARCOMA⟧ R tibia and 2 ⟦lung nodules|PULMONARY_NODULE⟧,
        currently receiving cycle 3 of ⟦ifosfamide/etoposide|SYSTEMIC_THERAPY|h⟧ with ⟦dexamethasone|SYSTEMIC_STEROID|h⟧ antiemetic.
        [end copied text]
        Interval 05/12/26: ⟦chemo|SYSTEMIC_THERAPY|h⟧ completed 01/09/2026. s/p R VATS ⟦wedge|LUNG_RESECTION|h⟧ 04/22 (RUL
        ⟦metastasis|METASTASIS|h⟧, R0). Post-op CXR: small R ⟦pleural effusion|PLEURAL_EFFUSION⟧, expected post-operative.
        Remaining LLL 8 mm ⟦nodule|PULMONARY_NODULE⟧. Now ⟦17 yo|AGE⟧. Back at school, running.
        ⟦ECOG 0|ECOG⟧. Older brother (20) has ⟦Crohn's|AUTOIMMUNE_DISEASE|f⟧ on ⟦infliximab|IMMUNOSUPPRESSANT|f⟧.
        Plan: discuss PROMIS vs L VATS ⟦wedge|LUNG_RESECTION|y⟧ directly.
    """),
    note("2026-05-13", "Pharmacy medication reconciliation", """
        PHARMACY - MED REC (outpatient list cleanup)
        Active list still showed: ⟦dexamethasone|SYSTEMIC_STEROID|h⟧ 8 mg PO on ⟦chemo|SYSTEMIC_THERAPY|h⟧ days, ondansetron, mesna.
        Verified with pt/mother: last ⟦chemo|SYSTEMIC_THERAPY|h⟧ 01/09/2026; no ⟦dexamethasone|SYSTEMIC_STEROID|n⟧ since 01/2026. Discontinued
        ⟦dexamethasone|SYSTEMIC_STEROID|h⟧, mesna, ondansetron from the list (stale entries).
        Current meds: acetaminophen prn, cetirizine prn, ⟦fluticasone nasal spray|LOCAL_STEROID⟧ prn allergies.
    """),
    note("2026-06-04", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: J. Pruitt
        ⟦DOB 02/11/2009|DOB⟧ -> ⟦17 y|AGE⟧ (adult scale applies). ⟦ECOG 0|ECOG⟧.
        ⟦Osteosarcoma|OSTEOSARCOMA⟧ with LLL ⟦lung metastasis|LUNG_METASTASIS⟧; L VATS ⟦wedge|LUNG_RESECTION|y⟧ recommended by thoracic
        surgery (⟦resectable|RESECTABLE⟧). ⟦PFTs|PULMONARY_FUNCTION⟧ 05/28: ⟦FEV1|PULMONARY_FUNCTION⟧ 94%, ⟦DLCO|PULMONARY_FUNCTION⟧ 89% - adequate.
        Prior ⟦MAP|SYSTEMIC_THERAPY|h⟧ and ⟦IE|SYSTEMIC_THERAPY|h⟧; no ⟦gemcitabine|GEMCITABINE|n⟧.
        ⟦Pleural effusion|PLEURAL_EFFUSION⟧: small, post-operative and reactive - not ⟦malignant|MALIGNANT_EFFUSION|n⟧.
        ⟦Dexamethasone|SYSTEMIC_STEROID|h⟧ stopped 01/2026 (stale list corrected 05/13). ⟦Nasal fluticasone|LOCAL_STEROID⟧ only.
        No ⟦live vaccines|LIVE_VACCINE|n⟧. Brother's ⟦infliximab|IMMUNOSUPPRESSANT|f⟧ - family.
        Pre-screen eligible.
    """),
], why="copy-forward of active chemo/dexamethasone contradicted; reactive post-op effusion")

# =====================================================================================
# PH21 -- excluded. 52-year-old with undifferentiated pleomorphic sarcoma of bone (look-alike,
# not OS): pembrolizumab PR 8 months then PD; gem/docetaxel; grade 3 CKD from ifosfamide;
# innumerable nodules, unresectable; malignant effusion; ECOG 3. Olaratumab infusion
# reaction without a grade; thyroid nodule awaiting FNA.
# =====================================================================================
patient("PH21", "2026-02-25", "HIS=n RES=n PS=n PFT=u MPE=m GEM=m OM=u CPI=m MAB=u TOX=m", [
    note("2026-01-14", "Outside records (faxed, OCR)", """
        ---- PAGE 1 / 3 ----  RIVERBEND CANCER INSTITUTE - TREATMENT SUMMARY  (rcvd 01/14/2026)
        PATIENT: GALLAGHER, THOMAS J     AGE: 52     SEX: M
        DIAGN0SIS: UNDIFFERENTIATED PLE0M0RPHIC SARC0MA (UPS) 0F B0NE, R DISTAL FEMUR, 2O19.
        N0 0ste0id identified 0n resecti0n specimen (multiple secti0ns); MDM2/CDK4 n0t amplified.
        TREATMENT:
        2O19  D0X0RUBICIN + 0LARATUMAB x 4, then IF0SFAMIDE x 2; R distal femur resecti0n.
              0LARATUMAB C3: infusi0n reacti0n, infusi0n st0pped, d0se s0 given (grade n0t rec0rded).
        ---- PAGE 2 / 3 ----  RIVERBEND CANCER INSTITUTE
        O3/2O23 - O2/2O24  PEMBR0LIZUMAB 2OO MG Q3W (l u n g   m e t s)
              06/2O23 restaging: PARTIAL RESP0NSE (-41%). 09/2O23 and 12/2O23: c0ntinued PR.
              02/2O24: PR0GRESSI0N (new bilateral n0dules).
        O3/2O24 - O9/2O24  GEMCITABINE / D0CETAXEL x 6 -> SD, then PD 12/2O24.
        ---- PAGE 3 / 3 ----  RIVERBEND CANCER INSTITUTE
        L0NG-TERM T0XICITIES: chr0nic kidney disease after if0sfamide, creat 2.1, eGFR 38 (stable).
        Page 3 of 3 - end of transmission
    """, annotate=False),
    note("2026-01-28", "Sarcoma oncology consult", """
        ⟦SARCOMA MEDICAL ONCOLOGY|LOOKALIKE⟧ - SECOND OPINION
        Mr. Gallagher, ⟦52 y.o.|AGE⟧ M, referred "for the PROMIS ⟦trial|INVESTIGATIONAL|y⟧".
        Histology review (our pathology 01/26/26): ⟦undifferentiated pleomorphic sarcoma|OTHER_SARCOMA⟧ of bone; no
        osteoid on any slide; not ⟦osteosarcoma|OSTEOSARCOMA|n⟧.
        Treatment history: ⟦doxorubicin|SYSTEMIC_THERAPY|h⟧ + ⟦olaratumab|MONOCLONAL_ANTIBODY|h⟧ (C3 ⟦infusion reaction|ALLERGIC_REACTION|h⟧,
        grade not documented) and ⟦ifosfamide|SYSTEMIC_THERAPY|h⟧ 2019; ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ 03/2023-02/2024
        (⟦PR|TUMOR_RESPONSE|h⟧ 06/2023 through 12/2023, i.e. ~8 months, then ⟦PD|TUMOR_RESPONSE|h⟧ 02/2024);
        ⟦gemcitabine/docetaxel|GEMCITABINE|h⟧ 2024.
        Late effects: grade 3 ⟦chronic kidney disease|TOXICITY⟧ from prior ⟦ifosfamide|SYSTEMIC_THERAPY|h⟧ (eGFR 38), permanent.
        Symptoms: dyspnea at rest, R chest heaviness; spends most of the day in a recliner. ⟦ECOG 3|ECOG⟧.
    """),
    note("2026-02-04", "Radiology report", """
        CT CHEST/ABDOMEN/PELVIS W/O CONTRAST (renal function) 02/04/2026
        FINDINGS: Innumerable bilateral ⟦pulmonary nodules|PULMONARY_NODULE⟧ up to 3.2 cm, several abutting the
        ⟦right main pulmonary artery|CENTRAL_STRUCTURE⟧. Large R ⟦pleural effusion|PLEURAL_EFFUSION⟧ with ⟦nodular pleural thickening|LOOKALIKE⟧.
        Incidental 2.4 cm L ⟦thyroid nodule|LOOKALIKE⟧.
        IMPRESSION:
        1. ⟦Progressive|TUMOR_RESPONSE⟧ diffuse ⟦pulmonary metastatic disease|LUNG_METASTASIS⟧ - ⟦not surgically resectable|UNRESECTABLE⟧.
        2. Large R ⟦pleural effusion|PLEURAL_EFFUSION⟧ with ⟦pleural nodularity|LOOKALIKE⟧, suspicious for ⟦pleural metastases|MALIGNANT_EFFUSION|u⟧.
        3. 2.4 cm ⟦thyroid nodule|LOOKALIKE⟧ - ultrasound / FNA recommended.
    """),
    note("2026-02-11", "Cytology report", """
        PLEURAL FLUID, R - THORACENTESIS 02/10/2026 (1.6 L)
        DIAGNOSIS: ⟦POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION⟧ - pleomorphic spindle cells, consistent with the patient's known
        ⟦undifferentiated pleomorphic sarcoma|OTHER_SARCOMA⟧. = ⟦Malignant pleural effusion|MALIGNANT_EFFUSION⟧.
        Thyroid US-FNA scheduled 03/03/2026.
    """),
    note("2026-02-20", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: D. Whitcomb
        Not eligible:
        - Histology ⟦UPS|OTHER_SARCOMA⟧ of bone, not ⟦osteosarcoma|OSTEOSARCOMA|n⟧.
        - ⟦Unresectable|UNRESECTABLE⟧ innumerable ⟦lung mets|LUNG_METASTASIS⟧; ⟦malignant pleural effusion|MALIGNANT_EFFUSION⟧.
        - ⟦ECOG 3|ECOG⟧.
        - Prior ⟦gemcitabine|GEMCITABINE|h⟧; prior ⟦pembrolizumab|CHECKPOINT_INHIBITOR|h⟧ with ⟦PR|TUMOR_RESPONSE|h⟧ ~8 mo then ⟦PD|TUMOR_RESPONSE|h⟧.
        - Grade 3 ⟦CKD|TOXICITY⟧ after ⟦ifosfamide|SYSTEMIC_THERAPY|h⟧.
        Also noted (not decisive): ⟦olaratumab|MONOCLONAL_ANTIBODY|h⟧ ⟦reaction|ALLERGIC_REACTION|h⟧ grade unknown; ⟦thyroid nodule|LOOKALIKE⟧ FNA
        pending (possible second ⟦malignancy|OTHER_MALIGNANCY|u⟧).
    """),
], why="UPS look-alike; unresectable; malignant effusion; ECOG 3; CPI secondary resistance")

# =====================================================================================
# PH22 -- needs_review. 17-year-old girl from Guatemala, interpreter-mediated; core biopsy
# shows a high-grade spindle cell sarcoma without identifiable osteoid (osteosarcoma favoured,
# not established); "medicina por la vena" for 3 months - chemo vs IV antibiotics unknown;
# reactive HIV screen awaiting confirmation; serum hCG not resulted (hemolysed).
# =====================================================================================
check("PH22 age 17 on as_of", age_on("2009-03-15", "2026-06-30") == 17)
patient("PH22", "2026-06-30", "HIS=u PST=u HIV=u PREG=u", [
    note("2026-06-01", "New patient consult (interpreter)", """
        ADOLESCENT ONCOLOGY - NEW PATIENT    Interpreter: Spanish, video (#51207); mother is historian
        Patient: ROSALES, MARIELA    ⟦DOB 03/15/2009|DOB⟧    ⟦17 yo|AGE⟧ F
        HPI (per mother): L knee pain since 10/2025 in Huehuetenango. Local clinic treated "una infección del hueso"
        with "medicina por la vena" for about 3 months (12/2025-02/2026); mother "no sé si era quimioterapia o
        antibióticos". A biopsy in Guatemala City 02/2026 was read as "⟦sarcoma de alto grado|OTHER_SARCOMA|u⟧". Family arrived in
        the US 04/2026. Brought one page of outside pathology (scanned).
        Mariela reports cough, no hemoptysis. LMP "no me acuerdo" - unsure.
        Exam: 6 cm firm mass L proximal tibia, antalgic gait. ⟦ECOG 1|ECOG⟧.
        A/P: high-grade bone tumor, histology to be confirmed here.
        - Our pathology to review outside material / re-biopsy if needed.
        - CT chest, labs incl. ⟦HIV|HIV|y⟧, ⟦serum hCG|PREGNANCY_TEST|y⟧.
        - Request any Guatemala treatment records (mother will call the clinic).
    """),
    note("2026-06-03", "Outside pathology (scanned, OCR)", """
        LAB0RATORI0 DE PAT0L0GIA - GUATEMALA CIUDAD      Inf0rme N0. 26-0417
        PACIENTE: R0SALES, MARIELA   EDAD: 16 añ0s
        MUESTRA: bi0psia p0r aguja, tibia izquierda
        DIAGN0STIC0: SARC0MA DE ALT0 GRAD0 DE CELULAS FUSIF0RMES. N0 SE IDENTIFICA 0STE0IDE EN LA
        MUESTRA ENVIADA. SE SUGIERE C0RRELACI0N CLINIC0-RADI0L0GICA; C0NSIDERAR 0STE0SARC0MA.
        Firma ilegible.
    """, annotate=False),
    note("2026-06-10", "Radiology report", """
        CT CHEST WITH CONTRAST 06/10/2026
        FINDINGS: Four solid ⟦nodules|PULMONARY_NODULE⟧: RUL 13 mm, RLL 10 mm, LUL 8 mm, LLL 11 mm, all peripheral, two with
        calcification. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        IMPRESSION: Bilateral ⟦pulmonary nodules|PULMONARY_NODULE⟧ consistent with ⟦metastases|METASTASIS⟧ from the known
        L tibial bone tumor.
    """),
    note("2026-06-19", "Laboratory results", """
        2026-06-18 10:20 COLLECTED
        ⟦HIV 1/2 AG/AB SCREEN|HIV|u⟧ ....... REACTIVE (A)
        ⟦HIV-1/2 DIFFERENTIATION|HIV|u⟧ ..... PENDING
        ⟦HCG QUANT, SERUM|PREGNANCY_TEST|u⟧ ..... SPECIMEN HEMOLYZED - NOT RESULTED; redraw requested
        CBC: WBC 7.2  HGB 11.1  PLT 402   ALP 388 (H)   LDH 301
        CREATININE 0.6   ALT 14
        2026-06-19: pathology review (our dept): limited core, high-grade spindle cell neoplasm; no osteoid
        identified; favor ⟦osteosarcoma|OSTEOSARCOMA|u⟧ on imaging but cannot exclude other high-grade
        ⟦spindle cell sarcoma|OTHER_SARCOMA|u⟧; re-biopsy recommended.
    """),
    note("2026-06-24", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦17 yo|AGE⟧ F, L tibial high-grade bone tumor with 4 bilateral ⟦pulmonary metastases|LUNG_METASTASIS⟧ (RUL 13, RLL 10, LUL 8,
        LLL 11 mm), all peripheral. ⟦Resectable|RESECTABLE⟧ with staged bilateral VATS ⟦wedge resections|LUNG_RESECTION|y⟧.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 06/23: ⟦FEV1|PULMONARY_FUNCTION⟧ 95 %pred, ⟦DLCO|PULMONARY_FUNCTION⟧ 87 %pred - adequate.
        Timing after histology is settled.
    """),
    note("2026-06-29", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: J. Pruitt (Spanish-speaking)
        - Histology: ⟦spindle cell sarcoma|OTHER_SARCOMA|u⟧, osteoid not identified; ⟦osteosarcoma|OSTEOSARCOMA|u⟧ favored only. Re-biopsy 07/02.
        - Prior therapy: 3 months of IV "medicina" in Guatemala - ⟦chemotherapy|SYSTEMIC_THERAPY|u⟧ vs antibiotics unknown;
          no records available.
        - ⟦HIV|HIV|u⟧ screen reactive, confirmation pending.
        - ⟦Serum hCG|PREGNANCY_TEST|u⟧ not resulted (hemolyzed); redraw 07/01.
        - Met: 4 ⟦lung mets|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧; ⟦17 y|AGE⟧; ⟦ECOG 1|ECOG⟧; ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        Status: needs review.
    """),
], why="histology unconfirmed; prior therapy unknown; HIV and pregnancy tests unresolved")

# =====================================================================================
# PH23 -- eligible. 65-year-old (DOB 10/13/1960; turns 66 the day after as_of) with OS in
# Paget disease; "PD" = Parkinson disease; prostate cancer "2016" (year only -> > 5 years);
# Shingrix (recombinant) 2 weeks ago; ECOG 1; FEV1 78%.
# =====================================================================================
check("PH23 age 65 on as_of", age_on("1960-10-13", "2026-10-12") == 65)
check("PH23 prostate 2016 outside 5 y", D("2016-01-01") < minus_years("2026-10-12", 5))
patient("PH23", "2026-10-12", "", [
    note("2026-08-26", "Sarcoma oncology follow-up", """
        ⟦SARCOMA ONCOLOGY|LOOKALIKE⟧ - FOLLOW-UP
        Mr. Duchesne is a ⟦65 yo|AGE⟧ M with ⟦osteosarcoma|OSTEOSARCOMA⟧ arising in Paget disease of the R proximal femur
        (biopsy 01/21/2025), s/p ⟦doxorubicin/cisplatin|SYSTEMIC_THERAPY|h⟧ x 6 (02-06/2025) and proximal femoral replacement.
        PMH: ⟦PD|LOOKALIKE⟧ (Parkinson disease, dx 2020) on carbidopa-levodopa; ⟦prostate cancer|OTHER_MALIGNANCY|h⟧ 2016 s/p
        radical prostatectomy, PSA undetectable; HTN.
        Surveillance CT due; tremor slightly worse.
        ⟦ECOG 1|ECOG⟧ (walks with a cane, independent).
    """),
    note("2026-09-02", "Radiology report", """
        CT CHEST W CONTRAST  09/02/2026
        IMPRESSION:
        1. New 15 mm RLL and 9 mm RUL ⟦nodules|PULMONARY_NODULE⟧ with dense calcification, consistent with
           ⟦metastatic|METASTASIS⟧ ⟦osteosarcoma|OSTEOSARCOMA⟧.
        2. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧. Mild emphysema.
    """),
    note("2026-09-15", "Neurology follow-up", """
        MOVEMENT DISORDERS CLINIC
        ⟦65-year-old|AGE⟧ with idiopathic ⟦PD|LOOKALIKE⟧, H&Y stage 2. Tremor-dominant; carbidopa-levodopa 25/100 tid,
        rasagiline 1 mg. No falls. UPDRS-III 24.
        Note to oncology: "⟦PD|LOOKALIKE⟧" in my notes = Parkinson disease. No contraindication to
        thoracic surgery from a neurologic standpoint; avoid metoclopramide/haloperidol peri-op.
    """),
    note("2026-09-30", "Thoracic surgery consult", """
        THORACIC SURGERY CONSULT
        ⟦65 y.o.|AGE⟧ M, Paget-associated ⟦osteosarcoma|OSTEOSARCOMA⟧ with 2 R-sided ⟦lung mets|LUNG_METASTASIS⟧ (RLL 15 mm, RUL 9 mm),
        both peripheral.
        ⟦PFTs|PULMONARY_FUNCTION⟧ 09/29: ⟦FEV1|PULMONARY_FUNCTION⟧ 2.62 L (78 %pred), ⟦DLCO|PULMONARY_FUNCTION⟧ 71 %pred - adequate for bilobar
        ⟦wedges|LUNG_RESECTION|y⟧.
        Assessment: ⟦resectable|RESECTABLE⟧ via single R VATS (two ⟦wedge resections|LUNG_RESECTION|y⟧). ⟦Cleared for thoracic surgery|PULMONARY_FUNCTION⟧.
    """),
    note("2026-10-08", "Research pre-screening note", """
        PROMIS PRE-SCREEN   CRC: M. Feld     planned consent 10/12/2026
        - ⟦DOB 10/13/1960|DOB⟧: ⟦65 y|AGE⟧ on 10/12/2026 (turns 66 on 10/13) - within 10-65 on the screening date.
          If consent slips past 10/12 he is over the age limit.
        - ⟦Osteosarcoma|OSTEOSARCOMA⟧ with 2 ⟦lung mets|LUNG_METASTASIS⟧, ⟦resectable|RESECTABLE⟧; prior ⟦doxorubicin/cisplatin|SYSTEMIC_THERAPY|h⟧;
          ⟦ECOG 1|ECOG⟧; ⟦PFTs|PULMONARY_FUNCTION⟧ adequate.
        - ⟦Prostate cancer|OTHER_MALIGNANCY|h⟧ 2016 (> 5 yrs). "⟦PD|LOOKALIKE⟧" = Parkinson disease.
        - ⟦Shingrix|NONLIVE_VACCINE|h⟧ dose 1 on 09/28/26 (recombinant, not live). No ⟦Zostavax|LIVE_VACCINE|n⟧.
        - No ⟦steroids|SYSTEMIC_STEROID|n⟧, no ⟦autoimmune disease|AUTOIMMUNE_DISEASE|n⟧, no prior ⟦checkpoint inhibitor|CHECKPOINT_INHIBITOR|n⟧.
        Pre-screen eligible for 10/12.
    """),
], why="age 65 by DOB on as_of; prostate cancer 2016; PD = Parkinson; Shingrix")

# =====================================================================================
# PH24 -- excluded. 70-year-old with dedifferentiated chondrosarcoma of the pelvis (look-alike),
# chemo-naive, locally recurrent, unresectable lung metastases; deceased-donor kidney transplant
# on tacrolimus/MMF/prednisone; papillary RCC 03/2023; KPS 70; an unnamed Chinese herbal remedy.
# =====================================================================================
check("PH24 RCC 03/2023 within 5 y", D("2023-03-01") >= minus_years("2025-07-30", 5))
patient("PH24", "2025-07-30", "HIS=n RES=n PST=n AGE=n PFT=u LR=m OM=m IMM=u STR=m ALLO=m", [
    note("2025-06-10", "Sarcoma clinic note", """
        ⟦ADULT SARCOMA CLINIC|LOOKALIKE⟧
        Mr. Tan is a ⟦70-year-old|AGE⟧ man with ⟦dedifferentiated chondrosarcoma|OTHER_SARCOMA⟧ of the R ilium, internal
        hemipelvectomy 08/2022 (margins close), no ⟦adjuvant therapy|SYSTEMIC_THERAPY|n⟧. He has
        ⟦never received chemotherapy|CHEMO_NAIVE⟧ for it.
        New R buttock pain x 2 months. MRI pelvis 06/02/25: 6 cm mass in the resection bed.
        PMH: ESRD from polycystic kidney disease -> deceased-donor ⟦kidney transplant|TRANSPLANT|h⟧ 2009, on ⟦tacrolimus|IMMUNOSUPPRESSANT⟧,
        ⟦mycophenolate|IMMUNOSUPPRESSANT⟧ and ⟦prednisone|SYSTEMIC_STEROID⟧ 5 mg daily. ⟦Papillary renal cell carcinoma|OTHER_MALIGNANCY|h⟧ in a native
        kidney, nephrectomy 03/2023.
        ⟦KPS 70|KARNOFSKY⟧ (cares for self, unable to work).
        Daughter asks about "the new immunotherapy ⟦trial|INVESTIGATIONAL|y⟧" she read about.
        Plan: biopsy of pelvic mass, CT chest.
    """),
    note("2025-06-18", "Radiology / pathology", """
        CT CHEST W/O CONTRAST 06/16/2025: innumerable bilateral ⟦pulmonary nodules|PULMONARY_NODULE⟧ up to 2.8 cm, one encasing the
        ⟦left main pulmonary artery|CENTRAL_STRUCTURE⟧ - ⟦metastatic disease|METASTASIS⟧. No ⟦pleural effusion|PLEURAL_EFFUSION|n⟧.
        CT-GUIDED BIOPSY R ILIAC MASS 06/13/2025 - PATHOLOGY 06/18/2025: ⟦dedifferentiated chondrosarcoma|OTHER_SARCOMA⟧, IDH1 R132C
        mutated; consistent with ⟦local recurrence|LOCAL_RECURRENCE⟧. No osteoid-producing component.
    """),
    note("2025-07-08", "Transplant nephrology note", """
        ⟦TRANSPLANT NEPHROLOGY|LOOKALIKE⟧
        ⟦DDKT|TRANSPLANT|h⟧ 2009 (donor: deceased, 54M). Cr 1.4 stable. ⟦Tacrolimus|IMMUNOSUPPRESSANT⟧ trough 5.1.
        Immunosuppression: ⟦tacrolimus|IMMUNOSUPPRESSANT⟧ 2 mg bid, ⟦mycophenolate mofetil|IMMUNOSUPPRESSANT⟧ 500 mg bid,
        ⟦prednisone|SYSTEMIC_STEROID⟧ 5 mg daily. Not a candidate for withdrawal - prior rejection episode 2014.
        Discussed with oncology: ⟦checkpoint inhibitors|CHECKPOINT_INHIBITOR|y⟧ carry a high risk of graft rejection.
        Also takes a ⟦Chinese herbal remedy|IMMUNOMODULATOR|u⟧ from his son's herbalist - name unknown; asked to bring the bottle
        (interaction risk with ⟦tacrolimus|IMMUNOSUPPRESSANT⟧).
    """),
    note("2025-07-28", "Research pre-screening note", """
        PROMIS PRE-SCREEN (daughter's request)   CRC: J. Pruitt
        - ⟦Dedifferentiated chondrosarcoma|OTHER_SARCOMA⟧ - not ⟦osteosarcoma|OSTEOSARCOMA|n⟧.
        - ⟦Age 70|AGE⟧.
        - ⟦Chemotherapy-naive|CHEMO_NAIVE⟧.
        - Innumerable ⟦lung mets|LUNG_METASTASIS⟧, one encasing the ⟦L main PA|CENTRAL_STRUCTURE⟧ - ⟦unresectable|UNRESECTABLE⟧.
        - Biopsy-proven ⟦local recurrence|LOCAL_RECURRENCE⟧ 06/2025.
        - ⟦Kidney transplant|TRANSPLANT|h⟧ (allogeneic, deceased donor) on ⟦tacrolimus|IMMUNOSUPPRESSANT⟧/⟦MMF|IMMUNOSUPPRESSANT⟧/⟦prednisone|SYSTEMIC_STEROID⟧.
        - ⟦Papillary RCC|OTHER_MALIGNANCY|h⟧ 03/2023 (< 5 yrs).
        - ⟦Herbal product|IMMUNOMODULATOR|u⟧: name unknown (family to bring the bottle).
        - ⟦KPS 70|KARNOFSKY⟧.
        Not eligible.
    """),
], why="chondrosarcoma look-alike; many exclusions; herbal product unnamed")


# =====================================================================================
# Build, check, write
# =====================================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    lo, hi = D("2025-06-01"), D("2026-11-30")
    notes_out, patients_out = [], []
    n_spans = n_annot = 0
    ids = [p["pid"] for p in PATIENTS]
    assert ids == ["PH%02d" % i for i in range(1, 25)], ids
    for desc, ok in CHECKS:
        assert ok, desc
    for p in PATIENTS:
        assert lo <= D(p["as_of"]) <= hi, p["pid"]
        assert 3 <= len(p["notes"]) <= 8, (p["pid"], len(p["notes"]))
        assert set(p["criteria"]) == set(ALL_CRITERIA) and len(p["criteria"]) == 22
        prev = None
        for i, n in enumerate(p["notes"], 1):
            assert D(n["date"]) <= D(p["as_of"]), (p["pid"], i, n["date"])
            if prev:
                assert D(n["date"]) >= prev, (p["pid"], i, "notes out of order")
            prev = D(n["date"])
            text, spans = parse(clean(n["text"]))
            if not n["annotate"]:
                assert not spans, (p["pid"], i, "markup in a note marked annotate=False")
            else:
                assert spans, (p["pid"], i, "annotated note without spans")
                n_annot += 1
            n_spans += len(spans)
            words = len(text.split())
            assert 25 <= words <= 600, (p["pid"], i, words)
            notes_out.append({"patient_id": p["pid"], "note_id": "%s-N%d" % (p["pid"], i),
                              "note_date": n["date"], "note_type": n["type"],
                              "text": text, "spans": spans})
        st = status_of(p["criteria"])
        patients_out.append({"patient_id": p["pid"], "as_of": p["as_of"], "status": st,
                             "criteria": {c: p["criteria"][c] for c in ALL_CRITERIA}})

    # corpus-level requirements
    mix = {s: sum(1 for q in patients_out if q["status"] == s)
           for s in ("eligible", "excluded", "needs_review")}
    assert 7 <= mix["eligible"] <= 9 and 8 <= mix["excluded"] <= 10 and 6 <= mix["needs_review"] <= 8, mix
    assert 110 <= len(notes_out) <= 140, len(notes_out)
    assert n_annot * 2 >= len(notes_out), (n_annot, len(notes_out))
    table = {}
    for c in ALL_CRITERIA:
        cnt = {v: sum(1 for q in patients_out if q["criteria"][c] == v)
               for v in ("met", "not_met", "unknown")}
        table[c] = cnt
        assert cnt["met"] >= 3 and cnt["not_met"] >= 3 and cnt["unknown"] >= 2, (c, cnt)

    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "patients.jsonl"), "w", encoding="utf-8") as fh:
        for q in patients_out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")

    print("part H: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(patients_out), len(notes_out), n_annot, n_spans))
    print("status mix: " + ", ".join("%s %d" % kv for kv in mix.items()))
    for q in patients_out:
        print("  %s  as_of %s  %-12s" % (q["patient_id"], q["as_of"], q["status"]))
    print("\n%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for c in ALL_CRITERIA:
        t = table[c]
        print("%-30s %5d %8d %8d" % (c, t["met"], t["not_met"], t["unknown"]))
    labels = {}
    for n in notes_out:
        for s in n["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print("\nspan labels: " + ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels)))


if __name__ == "__main__":
    main()
