#!/usr/bin/env python3
"""Part B of the synthetic PROMIS (NCT06114225) gold corpus for chartmatch.

Stdlib only. Run it with ``python3 annotated_notes/source/part_b.py``; it writes

    annotated_notes/parts/b/notes.jsonl      one note per line, with gold spans
    annotated_notes/parts/b/patients.jsonl   one patient per line, with gold verdicts

and finishes with a consistency check and a summary table.

All patients, notes, names, dates and identifiers are invented. No real patient data.

How to write a note
-------------------
Notes are plain text with inline span markup::

    {{text|LABEL}}            a concept mention with no context flag
    {{text|LABEL|flags}}      flags: comma-separated subset of
                              negated, uncertain, historical, hypothetical, family

e.g. ``HIV-1/2 Ag/Ab: {{non-reactive ...}}`` is written as
``{{HIV-1/2 Ag/Ab|HIV|negated}}: non-reactive``. LABEL is a concept id from
``patterns/concepts.json``. The markup is stripped, offsets (end exclusive) are
computed into the final text, and ``text[start:end] == marked text`` is asserted.
A note with no markup at all is written with ``"spans": []`` (not span-annotated);
a note with any markup is span-annotated and then *every* concept mention in it is
marked.

Annotation conventions used in this part (see also the report at the bottom)
---------------------------------------------------------------------------
* Span = the concept phrase as written ("pulmonary nodules", "gem/docetaxel",
  "Huaier granules"); ECOG / KARNOFSKY / LANSKY / AGE / DOB spans include the value
  ("ECOG 1", "KPS 70", "Lansky 80", "14 y.o.", "DOB: 09/22/2010").
* negated: explicitly absent / denied / negative, including negative test results
  ("HIV-1/2 Ag/Ab ... non-reactive", "urine hCG negative") and resolved findings.
* uncertain: possible, suspected, probable, cannot exclude, equivocal, pending result.
* historical: only with a past cue (history of, h/o, s/p, prior, previously, off ...)
  or when the mention stands in a past-history / past-medication section
  (PMH, PAST HISTORY, Onc hx, DISCONTINUED, Prior therapy summary).
* hypothetical: planned, recommended, ordered, "if", "consider", candidate for,
  and every mention of the PROMIS regimen itself (PROMIS, penpulimab, gemcitabine,
  metastasectomy as protocol steps).
* family: about another person (relative, or partner).
* Generic words that name no concept class ("immunotherapy", "tumour", "surgery",
  "SBRT", "NKDA") are not annotated.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "parts" / "b"
CONCEPTS = HERE.parents[1] / "patterns" / "concepts.json"

INCLUSIONS = [
    "osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
    "prior_systemic_therapy", "age_eligible", "performance_status",
    "pulmonary_function_adequate",
]
EXCLUSIONS = [
    "active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
    "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
    "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
    "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
    "live_vaccine_30d", "pregnant_or_lactating",
]
CRITERIA = INCLUSIONS + EXCLUSIONS
FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")
M, N, U = "met", "not_met", "unknown"

MARKUP = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]*))?\}\}")

NOTES: list[dict] = []
PATIENTS: dict[str, dict] = {}


def parse(marked: str, where: str) -> tuple[str, list[dict]]:
    """Strip the markup; return the plain text and its spans (offsets into it)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARKUP.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        flagset = {f.strip() for f in flags.split(",") if f.strip()}
        bad = flagset - set(FLAGS)
        assert not bad, f"{where}: unknown flag(s) {bad} on {phrase!r}"
        assert phrase == phrase.strip(), f"{where}: span {phrase!r} has outer whitespace"
        spans.append({"start": length, "end": length + len(phrase), "label": label,
                      **{f: f in flagset for f in FLAGS}, "_text": phrase})
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, f"{where}: unbalanced markup"
    for s in spans:
        assert text[s["start"]:s["end"]] == s.pop("_text"), f"{where}: offset error"
    return text, spans


def note(pid: str, nid: str, note_date: str, note_type: str, marked: str) -> None:
    assert nid.startswith(pid + "-"), nid
    text, spans = parse(textwrap.dedent(marked).strip("\n"), nid)
    NOTES.append({"patient_id": pid, "note_id": nid, "note_date": note_date,
                  "note_type": note_type, "text": text, "spans": spans})


def patient(pid: str, as_of: str, expect: str, verdicts: dict[str, str],
            dob: str | None = None, windows: tuple = ()) -> None:
    """Gold verdicts. Any criterion not listed is an inclusion `met` / exclusion `not_met`
    (written out in full in patients.jsonl). ``expect`` is the status the verdicts must
    give; ``dob`` and ``windows`` ((what, event_date, days_before_as_of), ...) are
    re-checked by check() so that window and age arithmetic cannot silently drift."""
    unknown = set(verdicts) - set(CRITERIA)
    assert not unknown, f"{pid}: unknown criteria {unknown}"
    full = {c: verdicts.get(c, M if c in INCLUSIONS else N) for c in CRITERIA}
    PATIENTS[pid] = {"patient_id": pid, "as_of": as_of, "status": status_of(full),
                     "criteria": full, "_expect": expect, "_dob": dob, "_windows": windows}


def status_of(v: dict[str, str]) -> str:
    if any(v[c] == N for c in INCLUSIONS) or any(v[c] == M for c in EXCLUSIONS):
        return "excluded"
    if all(v[c] == M for c in INCLUSIONS) and all(v[c] == N for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# =====================================================================================
# PB01 — 14-year-old boy, first pulmonary relapse, MAP-treated. Lansky (age < 16).
# Traps: grade 1 hearing loss (not >1), inactivated flu shot, gemcitabine / penpulimab /
# metastasectomy only as the PROMIS plan, "OS" = overall survival in the board note.
# =====================================================================================
patient("PB01", "2025-04-14", "eligible", {}, dob="2010-09-22")

note("PB01", "PB01-01", "2025-03-18", "Radiology Report", """
    CT CHEST WITH IV CONTRAST
    Exam date: 03/18/2025
    Clinical history: {{14 y/o|AGE}} M, h/o {{osteosarcoma|OSTEOSARCOMA|historical}} R distal femur, off-therapy surveillance.
    Comparison: CT chest 09/16/2024.

    TECHNIQUE: Axial images from the thoracic inlet through the adrenals after IV contrast; 1.25 mm reconstructions.

    FINDINGS:
    Lungs: New 8 mm solid {{nodule|PULMONARY_NODULE}} in the posterior segment of the RUL (series 4, image 61). New 6 mm {{nodule|PULMONARY_NODULE}}, partially calcified, superior segment RLL (series 4, image 88). No other {{pulmonary nodules|PULMONARY_NODULE|negated}}. No consolidation.
    Pleura: No {{pleural effusion|PLEURAL_EFFUSION|negated}}. No pneumothorax.
    Mediastinum: No lymphadenopathy. Port catheter removed since prior.

    IMPRESSION:
    1. Two new {{pulmonary nodules|PULMONARY_NODULE}} (RUL 8 mm, RLL 6 mm, the latter partially calcified), compatible with {{pulmonary metastases|LUNG_METASTASIS}} in this patient with {{osteosarcoma|OSTEOSARCOMA}}.
    2. No {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    """)

note("PB01", "PB01-02", "2025-03-25", "Progress Note - Paediatric Oncology", """
    PAEDIATRIC ONCOLOGY - PROGRESS NOTE
    Date of visit: 25 Mar 2025
    Seen with: mother

    {{14 y.o.|AGE}} boy with {{osteosarcoma|OSTEOSARCOMA}} (conventional, osteoblastic) of the R distal femur, dx 02/2023; s/p neoadjuvant {{MAP|SYSTEMIC_THERAPY|historical}} x 2 cycles, distal femoral resection + endoprosthesis 05/2023, adjuvant {{MAP|SYSTEMIC_THERAPY|historical}} completed 10/2023 (good histologic response, 95% necrosis).

    Interval history: Mum reports he is back at school full time and walking without crutches. Plays football with friends but tires sooner than his mates. Appetite good, sleeping well. No cough, no haemoptysis, no chest pain.
    Surveillance CT 3/18 showed 2 new {{lung nodules|PULMONARY_NODULE}} (RUL 8 mm, RLL 6 mm), c/w {{metastatic|METASTASIS}} relapse. Family was told by phone last week and have many questions about surgery and about {{clinical trials|INVESTIGATIONAL|hypothetical}}.

    Hearing: known grade 1 high-frequency {{hearing loss|TOXICITY}} on audiogram 02/2025 (after {{cisplatin|SYSTEMIC_THERAPY}}), unchanged; no aids needed.

    Growth: Wt 52.4 kg (55th centile), Ht 163 cm (50th centile). Gaining appropriately.
    Exam: well, active. Chest clear bilaterally. R knee: healed incision, ROM 0-110 degrees.
    Performance: {{Lansky 80|LANSKY}}.

    Assessment/Plan:
    {{14 y/o|AGE}} with first {{pulmonary relapse|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}}, ~17 months off therapy.
    - Refer to thoracic surgery for evaluation of {{wedge resection|LUNG_RESECTION|hypothetical}}.
    - Present at sarcoma tumour board 4/2.
    - {{PFTs|PULMONARY_FUNCTION|hypothetical}} before surgery.
    - Discussed {{PROMIS|INVESTIGATIONAL|hypothetical}} (NCT06114225); mum would like the research nurse to call.
    """)

note("PB01", "PB01-03", "2025-04-02", "Tumor Board Note", """
    MULTIDISCIPLINARY SARCOMA TUMOUR BOARD
    Date: April 2, 2025
    Presenting: Paediatric Oncology
    Attendees: paediatric oncology, thoracic surgery, radiology, radiation oncology, pathology, research nursing

    Case: {{14-year-old|AGE}} male, {{osteosarcoma|OSTEOSARCOMA}} of R distal femur (2023), {{MAP|SYSTEMIC_THERAPY}}-treated, now with 2 new {{pulmonary nodules|PULMONARY_NODULE}} on CT 3/18/2025 (posterior segment RUL 8 mm; superior segment RLL 6 mm, partially calcified).

    Radiology: {{nodules|PULMONARY_NODULE}} most consistent with {{metastases|METASTASIS}}; no additional {{lesions|PULMONARY_NODULE|negated}} on thin sections; no {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    Thoracic surgery: both {{nodules|PULMONARY_NODULE}} are peripheral and {{resectable|RESECTABLE}}; single-stage right {{VATS wedge resection|LUNG_RESECTION|hypothetical}} x2.
    Research: may be a candidate for {{PROMIS|INVESTIGATIONAL|hypothetical}} (NCT06114225): SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hypothetical}} and {{gemcitabine|GEMCITABINE|hypothetical}}, followed by {{metastasectomy|LUNG_RESECTION|hypothetical}}. Historical 2-yr OS (overall survival) for completely resected lung disease quoted at ~40-50%; {{PROMIS|INVESTIGATIONAL|hypothetical}} aims to improve on this.

    RECOMMENDATIONS:
    1. {{Nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} - right {{VATS wedge resection|LUNG_RESECTION|hypothetical}} x2, either up front or within {{PROMIS|INVESTIGATIONAL|hypothetical}}.
    2. {{PFTs|PULMONARY_FUNCTION|hypothetical}} prior to surgery.
    3. Research nursing to complete {{PROMIS|INVESTIGATIONAL|hypothetical}} screening.
    """)

note("PB01", "PB01-04", "2025-04-10", "Research Eligibility Screening", """
    PROMIS (NCT06114225) - ELIGIBILITY SCREENING WORKSHEET
    Screening date: 2025-04-10          Screener: research RN
    Name: [redacted]    MRN: 00418827    {{DOB: 09/22/2010|DOB}}    Sex: M

    Diagnosis: {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic, R distal femur (path 02/2023)
    Pulmonary disease: 2 {{nodules|PULMONARY_NODULE}} R lung, c/w {{metastases|METASTASIS}} (CT 2025-03-18); {{resectable|RESECTABLE}} per tumour board 4/2
    Prior systemic therapy: {{MAP|SYSTEMIC_THERAPY}} ({{HD-MTX|SYSTEMIC_THERAPY}} / {{doxorubicin|SYSTEMIC_THERAPY}} / {{cisplatin|SYSTEMIC_THERAPY}}), last dose 10/2023
    Performance status: {{Lansky 80|LANSKY}} (pt < 16 y)
    {{PFTs|PULMONARY_FUNCTION}} (2025-04-08): {{FEV1|PULMONARY_FUNCTION}} 92% pred, {{FVC|PULMONARY_FUNCTION}} 95% pred, {{DLCO|PULMONARY_FUNCTION}} 88% pred - adequate for thoracic surgery
    {{HIV-1/2 Ag/Ab|HIV|negated}} (2025-04-08): non-reactive
    Prior {{gemcitabine|GEMCITABINE|negated,historical}}: none
    Prior {{PD-1/PD-L1|CHECKPOINT_INHIBITOR|negated,historical}}: none
    {{Steroids|SYSTEMIC_STEROID|negated}}: none in past month
    Immunisations: {{influenza vaccine|NONLIVE_VACCINE}} (inactivated, IM) 10/15/2024. No {{live vaccines|LIVE_VACCINE|negated}}.
    {{Transplant|TRANSPLANT|negated}}: none
    Allergies: NKDA
    """)


# =====================================================================================
# PB02 — 34-year-old man, records translated from a Chinese hospital.
# Excluded: GD regimen (gemcitabine) received; camrelizumab with PR ~12 months then PD
# (secondary resistance); thymalfasin + Huaier granules taken within 2 weeks (current).
# PFTs never done -> unknown.
# =====================================================================================
patient("PB02", "2025-09-08", "excluded", {
    "pulmonary_function_adequate": U,   # surgeon: "PFTs not yet done - will order"
    "prior_gemcitabine": M,             # GD regimen 2024-02..05
    "prior_checkpoint_inhibitor": M,    # camrelizumab: PR 2024-09 .. 2025-03, PD 2025-06
    "immunomodulator_2w": M,            # thymalfasin last 2025-09-01, Huaier last 2025-09-03
}, windows=(("thymalfasin last dose", "2025-09-01", 7), ("Huaier last dose", "2025-09-03", 5)))

note("PB02", "PB02-01", "2025-07-02", "Outside Discharge Summary (translated)", """
    [Translated from Chinese by the International Patient Services interpreter. Original document: 出院记录 (Discharge Record), Department of Bone and Soft Tissue Oncology, a tertiary hospital in Hunan Province.]

    Name: Mr. L**    Sex: Male    {{Age: 34|AGE}}
    Admission date: 2025-06-24    Discharge date: 2025-07-02

    Admission diagnosis:
    1. Left tibial {{osteosarcoma|OSTEOSARCOMA}}, postoperative; {{pulmonary metastasis|LUNG_METASTASIS}}
    2. {{Progressive disease|TUMOR_RESPONSE}} after {{anti-PD-1 immunotherapy|CHECKPOINT_INHIBITOR}}

    History of present illness:
    In November 2022 the patient was diagnosed with conventional {{osteosarcoma|OSTEOSARCOMA}} of the left proximal tibia by needle biopsy. He received 4 cycles of {{AP regimen|SYSTEMIC_THERAPY}} ({{doxorubicin|SYSTEMIC_THERAPY}} + {{cisplatin|SYSTEMIC_THERAPY}}) alternating with {{high-dose methotrexate|SYSTEMIC_THERAPY}}, and limb-salvage surgery with tumour prosthesis on 2023-02-15. Postoperative {{chemotherapy|SYSTEMIC_THERAPY}} was completed in August 2023.
    In January 2024 chest CT showed multiple {{nodules|PULMONARY_NODULE}} in both lungs, consistent with {{metastases|METASTASIS}}. He received the {{GD regimen|GEMCITABINE}} ({{gemcitabine|GEMCITABINE}} 900 mg/m2 d1,d8 + {{docetaxel|SYSTEMIC_THERAPY}} 75 mg/m2 d8) for 4 cycles from 2024-02 to 2024-05; best response {{SD|TUMOR_RESPONSE}}.
    From 2024-06-18 he received {{camrelizumab|CHECKPOINT_INHIBITOR}} ({{AiRuiKa|CHECKPOINT_INHIBITOR}}) 200 mg IV q3w combined with {{apatinib|SYSTEMIC_THERAPY}} 500 mg PO qd. Chest CT on 2024-09-12 showed the lung {{nodules|PULMONARY_NODULE}} significantly reduced; efficacy evaluation {{PR|TUMOR_RESPONSE}}. {{PR|TUMOR_RESPONSE}} was maintained on CT in 2024-12 and 2025-03. Chest CT on 2025-06-10 showed enlargement of the {{nodules|PULMONARY_NODULE}} and new {{nodules|PULMONARY_NODULE}} in the left lower lobe, evaluated as {{PD|TUMOR_RESPONSE}}. {{Camrelizumab|CHECKPOINT_INHIBITOR}} and {{apatinib|SYSTEMIC_THERAPY}} were stopped.
    During treatment he also received {{thymalfasin|IMMUNOMODULATOR}} 1.6 mg subcutaneously twice weekly for immune enhancement (started 2024-06, continuing) and {{Huaier granules|IMMUNOMODULATOR}} 20 g three times daily. {{Kanglaite injection|IMMUNOMODULATOR}} 200 ml IV daily was given during an admission in 2024-03.

    Discharge diagnosis:
    1. {{Osteosarcoma|OSTEOSARCOMA}} of the left tibia, postoperative, multiple {{pulmonary metastases|LUNG_METASTASIS}}
    2. {{Progression|TUMOR_RESPONSE}} after {{anti-PD-1 therapy|CHECKPOINT_INHIBITOR}}

    Discharge advice: continue {{thymalfasin|IMMUNOMODULATOR}} and {{Huaier granules|IMMUNOMODULATOR}}; consult a higher-level hospital regarding {{metastasectomy|LUNG_RESECTION|hypothetical}} and {{clinical trials|INVESTIGATIONAL|hypothetical}}.
    """)

note("PB02", "PB02-02", "2025-08-20", "Sarcoma Clinic New Patient Note", """
    SARCOMA CLINIC - NEW PATIENT
    08/20/2025
    Mandarin interpreter used throughout (in person).

    S: {{34-year-old|AGE}} man with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} of the L proximal tibia, here for second opinion after {{progression|TUMOR_RESPONSE}} on {{camrelizumab|CHECKPOINT_INHIBITOR}} + {{apatinib|SYSTEMIC_THERAPY}} (see translated discharge record of 7/2/25). Feels well. Mild dry cough x 2 wks. No hemoptysis. Walks 5 km/day.
    Current meds (per pt + boxes brought in):
     - {{thymalfasin|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg SC twice weekly (Mon/Thu) - still injecting
     - {{Huaier granules|IMMUNOMODULATOR}} 20 g PO TID
     - omeprazole 20 mg daily
    Allergies: none known.
    Labs (outside, 06/2025): {{HIV Ab|HIV|negated}} negative, HBsAg negative.

    O: BP 122/78, HR 76, SpO2 98% RA. {{ECOG 1|ECOG}}. L knee: well-healed incision, prosthesis stable.

    A/P: {{34M|AGE}}, {{OS|OSTEOSARCOMA}} with {{lung mets|LUNG_METASTASIS}}, s/p {{MAP-type chemo|SYSTEMIC_THERAPY|historical}}, {{gem/docetaxel|GEMCITABINE|historical}}, and {{camrelizumab|CHECKPOINT_INHIBITOR|historical}} with {{PR|TUMOR_RESPONSE|historical}} lasting ~12 months followed by {{PD|TUMOR_RESPONSE|historical}}.
     1. Restaging CT chest.
     2. Thoracic surgery referral re {{metastasectomy|LUNG_RESECTION|hypothetical}}.
     3. He asked about {{PROMIS|INVESTIGATIONAL|hypothetical}}: prior {{gemcitabine|GEMCITABINE|historical}} and prior {{PD-1 blockade|CHECKPOINT_INHIBITOR|historical}} with secondary resistance are both exclusions - explained. Will look for other options.
     4. Advised that {{thymalfasin|IMMUNOMODULATOR}}/{{Huaier|IMMUNOMODULATOR}} be reviewed with us before continuing - pt prefers to continue for now.
    """)

note("PB02", "PB02-03", "2025-08-27", "Radiology Report", """
    EXAM: CT CHEST WITHOUT CONTRAST
    DATE: 2025-08-27
    INDICATION: Osteosarcoma, pulmonary metastases, restaging. Outside CT 2025-06-10 imported for comparison.
    FINDINGS:
    LUNGS: Three solid nodules: LUL apicoposterior segment 1.4 x 1.2 cm (prev 0.9 cm); LLL lateral basal segment 1.1 cm (prev 0.8 cm); LLL superior segment 7 mm (new). No nodules in the right lung. No consolidation.
    PLEURA: No pleural effusion or pleural thickening.
    MEDIASTINUM/HILA: No adenopathy. Central airways patent.
    UPPER ABDOMEN: Unremarkable.
    IMPRESSION:
    1. INTERVAL INCREASE IN SIZE OF LEFT LUNG NODULES AND ONE NEW LLL NODULE, CONSISTENT WITH PROGRESSIVE PULMONARY METASTATIC DISEASE.
    2. NO PLEURAL EFFUSION.
    """)

note("PB02", "PB02-04", "2025-09-02", "Thoracic Surgery Consult", """
    Thoracic Surgery Consultation
    Date: 2 Sep 2025
    Reason: L lung nodules, metastatic osteosarcoma.
    HPI: see sarcoma clinic note 8/20. Progressed on camrelizumab/apatinib 6/2025. Never smoker.
    Imaging reviewed (CT 8/27/25): 3 nodules, all left-sided and peripheral - LUL apicoposterior 1.4 cm, LLL lateral basal 1.1 cm, LLL superior 7 mm.
    Assessment: Nodules are resectable; all three can be removed via left VATS wedge resections (possibly LLL superior segmentectomy if the 7 mm lesion is deep on palpation). No pneumonectomy would be required.
    Plan: PFTs not yet done - will order. Timing deferred to medical oncology given ongoing progression; would prefer a period of disease control first.
    """)

note("PB02", "PB02-05", "2025-09-04", "Pharmacy Medication Reconciliation", """
    PHARMACY MEDICATION RECONCILIATION
    Date: 09/04/2025    Source: patient, wife, medication boxes, outside discharge record (translated)
    Pt: {{34 y/o|AGE}} M    Wt 68 kg

    ACTIVE MEDICATIONS
    Drug                      | Dose   | Route | Freq         | Last dose  | Notes
    {{thymalfasin|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}})     | 1.6 mg | SC    | twice weekly | 2025-09-01 | self-injects Mon/Thu
    {{Huaier granules|IMMUNOMODULATOR}}           | 20 g   | PO    | TID          | 2025-09-03 | TCM, anti-tumour indication
    omeprazole                | 20 mg  | PO    | daily        | 2025-09-04 |

    DISCONTINUED
    {{camrelizumab|CHECKPOINT_INHIBITOR|historical}} ({{AiRuiKa|CHECKPOINT_INHIBITOR|historical}})    | 200 mg | IV    | q3w          | 2025-05-27 | stopped for {{PD|TUMOR_RESPONSE|historical}}
    {{apatinib|SYSTEMIC_THERAPY|historical}}                  | 500 mg | PO    | daily        | 2025-06-12 | stopped for {{PD|TUMOR_RESPONSE|historical}}

    Pharmacist comment: {{thymalfasin|IMMUNOMODULATOR}} and {{Huaier|IMMUNOMODULATOR}} are an immunomodulator and a TCM product with an anti-tumour indication; both relevant to 2-week washout windows. Flagged to research team.
    """)


# =====================================================================================
# PB03 — 15-year-old girl (DOB), pulmonary relapse, resectable. Only ECOG recorded
# (wrong scale under 16 -> performance unknown); PFTs ordered, not done; possible early
# pregnancy, hCG not resulted (-> unknown).
# =====================================================================================
patient("PB03", "2026-02-16", "needs_review", {
    "performance_status": U,            # age 15 on as_of, only "ECOG 1" recorded
    "pulmonary_function_adequate": U,   # PFTs ordered, not done
    "pregnant_or_lactating": U,         # possible pregnancy, serum hCG not resulted
}, dob="2010-07-30")

note("PB03", "PB03-01", "2026-01-12", "Radiology Report", """
    CT Chest w/ contrast - 01/12/2026
    History: {{15F|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} L proximal humerus, completed {{MAP chemotherapy|SYSTEMIC_THERAPY}} 12/2024. Surveillance.
    Comparison: 07/14/2025.
    Findings:
    - New 9 mm solid {{nodule|PULMONARY_NODULE}}, LUL anterior segment (4/52).
    - New 5 mm {{nodule|PULMONARY_NODULE}}, lingula, superior segment (4/77).
    - No {{pleural effusion|PLEURAL_EFFUSION|negated}}. No lymphadenopathy.
    - Left humeral prosthesis partially imaged.
    Impression: Two new left {{lung nodules|PULMONARY_NODULE}}, consistent with {{metastatic disease|METASTASIS}}.
    """)

note("PB03", "PB03-02", "2026-01-21", "Thoracic Surgery Consult", """
    THORACIC SURGERY CONSULT
    21-Jan-2026
    15-year-old girl referred by Dr. Mensah (peds onc) with 2 new left lung nodules (LUL 9 mm, lingula 5 mm) on CT 1/12/26, consistent with metastatic osteosarcoma.
    Both are peripheral. Resectable - plan left VATS wedge resection of the LUL nodule and lingular wedge (or lingulectomy).
    Needs PFTs prior to surgery - ordered, not yet scheduled.
    Will coordinate timing with oncology; family aware of the PROMIS study as an option, which would place SBRT/PD-1 therapy before the operation.
    """)

note("PB03", "PB03-03", "2026-02-09", "AYA Oncology Clinic Note", """
    AYA ONCOLOGY CLINIC NOTE
    Date: Feb 9, 2026
    Pt: {{15 yo|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} L humerus (chondroblastic), dx 05/2024, s/p {{MAP|SYSTEMIC_THERAPY|historical}} x 6 and resection; {{pulmonary relapse|LUNG_METASTASIS}} 01/2026 (2 L {{lung nodules|PULMONARY_NODULE}}); thoracic surgery consult done - {{resectable|RESECTABLE}}.

    Seen alone for part of visit (HEADSS). Reports she is sexually active; condoms "most of the time". LMP about 7 weeks ago; cycles irregular since {{chemo|SYSTEMIC_THERAPY}} finished. Took a {{home pregnancy test|PREGNANCY_TEST|uncertain}} last week - "maybe a faint line".
    ROS: mild nausea in the mornings, otherwise well. Attending school.
    Exam: well. {{ECOG 1|ECOG}}.

    Assessment/Plan:
    1. {{Pulmonary metastatic|LUNG_METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, first relapse - screening for {{PROMIS|INVESTIGATIONAL|hypothetical}}; no treatment decisions until {{pregnancy|PREGNANCY|uncertain}} status known.
    2. Possible early {{pregnancy|PREGNANCY|uncertain}} - {{serum beta-hCG|PREGNANCY_TEST|uncertain}} sent today; confidential f/u call arranged; contraception counselling given.
    3. {{PFTs|PULMONARY_FUNCTION|hypothetical}} still to be scheduled.
    """)

note("PB03", "PB03-04", "2026-02-12", "Telephone Encounter", """
    TELEPHONE ENCOUNTER 2/12/26 16:40
    Called pt on her own mobile as agreed. {{Serum hCG|PREGNANCY_TEST|uncertain}} drawn 2/9 was haemolysed - lab could not report a result. Redraw booked for 2/17 (first slot that fits her school schedule). Pt still unsure; no bleeding since LMP. Discussed that {{trial|INVESTIGATIONAL|hypothetical}} screening is on hold until a result is available. Pt agrees.
    - RN K. Alvarez
    """)


# =====================================================================================
# PB04 — 24-year-old woman, pulmonary relapse after MAP, fully worked up.
# Traps: regorafenib/placebo maintenance study, last study drug 29 days before as_of
# (outside 4 weeks); budesonide/formoterol inhaler; mother with breast cancer; partner
# HIV+ (patient non-reactive); negative urine hCG; COVID mRNA booster; grade 1 neuropathy;
# psoriasis whose last systemic treatment (methotrexate) was 2 years + 1 day before as_of.
# =====================================================================================
patient("PB04", "2025-06-30", "eligible", {},
        windows=(("last study drug", "2025-06-01", 29),
                 ("last methotrexate for psoriasis (2 y + 1 d: outside 2 years)", "2023-06-29", 732)))

note("PB04", "PB04-01", "2025-05-19", "Radiology Report", """
    CT CHEST WITHOUT CONTRAST      Date of exam: May 19, 2025
    CLINICAL INDICATION: {{24 yo|AGE}} F with history of {{osteosarcoma|OSTEOSARCOMA|historical}} R tibia (2022). Surveillance; on maintenance {{study drug|INVESTIGATIONAL}}.
    COMPARISON: 11/18/2024
    FINDINGS:
    Right middle lobe (medial segment): new 1.1 cm solid {{nodule|PULMONARY_NODULE}} (image 142).
    Left lower lobe (posterior basal): new 7 mm solid {{nodule|PULMONARY_NODULE}} (image 201).
    No {{pleural effusion|PLEURAL_EFFUSION|negated}}. Airways clear. No adenopathy.
    IMPRESSION:
    1. Two new {{pulmonary nodules|PULMONARY_NODULE}} (RML 1.1 cm, LLL 0.7 cm) compatible with {{metastases|METASTASIS}}.
    2. No {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    """)

note("PB04", "PB04-02", "2025-06-02", "Clinical Research Note", """
    Clinical Research Note - End of Treatment visit
    06/02/2025
    Study: phase II randomized, double-blind {{maintenance study|INVESTIGATIONAL}} ({{regorafenib|SYSTEMIC_THERAPY}} vs placebo) after {{adjuvant therapy|SYSTEMIC_THERAPY}} for high-grade {{osteosarcoma|OSTEOSARCOMA}}. Subject ID 0147-023.
    Reason off treatment: radiographic {{progression|TUMOR_RESPONSE}} (new {{pulmonary nodules|PULMONARY_NODULE}} on CT 5/19/2025), confirmed by site PI.
    Last dose of {{study drug|INVESTIGATIONAL}}: 06/01/2025 (C13D21). {{Study drug|INVESTIGATIONAL}} returned and reconciled (0 tablets remaining of cycle supply).
    AEs at end of treatment: grade 1 {{hand-foot skin reaction|TOXICITY}} (resolving), grade 1 {{hypertension|TOXICITY}} (no medication needed). No SAEs.
    Subject enters survival follow-up (phone every 3 months). Unblinding not requested.
    """)

note("PB04", "PB04-03", "2025-06-11", "Progress Note - Sarcoma Medical Oncology", """
    Sarcoma Medical Oncology - Follow-up (SOAP)
    Date: 6/11/25

    S: {{24-year-old|AGE}} woman with h/o conventional {{osteosarcoma|OSTEOSARCOMA|historical}} of the R proximal tibia (dx 03/2022; {{MAP|SYSTEMIC_THERAPY|historical}} x 6, resection with 98% necrosis), off the {{maintenance study|INVESTIGATIONAL|historical}} since 6/1 for {{pulmonary relapse|LUNG_METASTASIS}}. Feels well. Works as a dental hygienist, runs 3x/week. Asthma well controlled on {{Symbicort|LOCAL_STEROID}} 2 puffs BID; no {{oral steroid|SYSTEMIC_STEROID|negated}} bursts in >3 years.
    PMH: asthma; plaque {{psoriasis|AUTOIMMUNE_DISEASE|historical}} (elbows, scalp) - {{methotrexate|IMMUNOSUPPRESSANT|historical}} 15 mg weekly 2021-2023 (last dose 06/29/2023 per dermatology), since then {{clobetasol ointment|LOCAL_STEROID|historical}} only.
    FHx: mother - {{breast cancer|OTHER_MALIGNANCY|family}} at 48 (BRCA negative). Father healthy.
    SHx: never smoker. Lives with her partner, who is {{HIV+|HIV|family}} on {{ART|HIV|family}} with an undetectable viral load; they use condoms.

    O: Vitals normal. {{ECOG 0|ECOG}}. Lungs clear. Mildly decreased vibration sense in toes (grade 1 sensory {{neuropathy|TOXICITY}}, unchanged since 2022).

    A/P: First {{pulmonary relapse|LUNG_METASTASIS}}, 2 {{nodules|PULMONARY_NODULE}} (RML, LLL).
    - Refer thoracic surgery.
    - {{PFTs|PULMONARY_FUNCTION|hypothetical}}.
    - Interested in {{PROMIS|INVESTIGATIONAL|hypothetical}}. Screening labs: {{HIV|HIV|hypothetical}}, {{urine hCG|PREGNANCY_TEST|hypothetical}}, CMP, CBC.
    - Explained that the {{trial|INVESTIGATIONAL|hypothetical}} regimen includes {{gemcitabine|GEMCITABINE|hypothetical}} and {{penpulimab|CHECKPOINT_INHIBITOR|hypothetical}}. She has never received {{gemcitabine|GEMCITABINE|negated}} or any {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|negated}}.
    """)

note("PB04", "PB04-04", "2025-06-20", "Thoracic Surgery Clinic Note", """
    THORACIC SURGERY CLINIC
    Date: 06/20/2025
    {{24F|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} with 2 {{lung mets|LUNG_METASTASIS}} (RML 1.1 cm medial segment, LLL 7 mm posterior basal).
    {{PFTs|PULMONARY_FUNCTION}} 6/18/25: {{FEV1|PULMONARY_FUNCTION}} 3.21 L (98% pred), {{FVC|PULMONARY_FUNCTION}} 3.70 L (97%), {{DLCO|PULMONARY_FUNCTION}} 94% pred. Normal spirometry and diffusion.
    Impression: Both {{nodules|PULMONARY_NODULE}} peripheral and {{resectable|RESECTABLE}}. Adequate {{pulmonary reserve|PULMONARY_FUNCTION}} for staged bilateral surgery.
    Plan: staged {{VATS wedge resections|LUNG_RESECTION|hypothetical}} (right first, then left 4-6 weeks later) unless she enters {{PROMIS|INVESTIGATIONAL|hypothetical}}, in which case surgery follows SBRT and {{systemic therapy|SYSTEMIC_THERAPY|hypothetical}} per protocol.
    """)

note("PB04", "PB04-05", "2025-06-27", "Research Screening Checklist", """
    PROMIS Screening Checklist (research coordinator)
    Date: 27-Jun-2025
    - Histology: {{osteosarcoma|OSTEOSARCOMA}}, conventional (outside path reviewed, 03/2022) - yes
    - {{Pulmonary mets|LUNG_METASTASIS}}: yes, 2 {{nodules|PULMONARY_NODULE}}, {{resectable|RESECTABLE}} per thoracic surgery 6/20 - yes
    - Prior systemic tx: {{MAP|SYSTEMIC_THERAPY}} 2022 - yes
    - {{Age: 24|AGE}} - yes
    - {{ECOG 0|ECOG}} - yes
    - {{PFTs|PULMONARY_FUNCTION}} adequate - yes
    - {{HIV-1/2 Ag/Ab|HIV|negated}} 6/20/25: NON-REACTIVE
    - {{Urine hCG|PREGNANCY_TEST|negated}} 6/27/25: negative
    - {{Investigational agent|INVESTIGATIONAL}}: {{regorafenib|SYSTEMIC_THERAPY}}/placebo {{maintenance study|INVESTIGATIONAL}}, last dose 6/1/25; off {{study treatment|INVESTIGATIONAL|historical}}
    - Vaccines: {{COVID-19 mRNA booster|NONLIVE_VACCINE}} (Moderna) 6/5/25. No {{live vaccines|LIVE_VACCINE|negated}}.
    - Glucocorticoids: {{budesonide/formoterol inhaler|LOCAL_STEROID}} only.
    - No prior {{gemcitabine|GEMCITABINE|negated,historical}}, no prior {{checkpoint inhibitor|CHECKPOINT_INHIBITOR|negated,historical}}.
    - {{Psoriasis|AUTOIMMUNE_DISEASE}}: {{clobetasol|LOCAL_STEROID}} ointment only; last systemic therapy ({{methotrexate|IMMUNOSUPPRESSANT|historical}}) 06/29/2023.
    - No {{transplant|TRANSPLANT|negated}}. No {{other malignancy|OTHER_MALIGNANCY|negated}} (FHx {{breast ca|OTHER_MALIGNANCY|family}} - mother).
    Coordinator: K. Singh
    """)


# =====================================================================================
# PB05 — 19-year-old woman with relapsed EWING sarcoma (look-alike; osteosarcoma was
# only in the 2018 differential and was excluded). Ewing dx 04/2018 (> 5 y: not an
# "other malignancy" in the window either way). Excluded: cytology-positive malignant
# pleural effusion; phase I study drug last taken exactly 28 days before as_of; Crohn's
# disease on adalimumab within 2 years (adalimumab held since 2025-12-10: > 7 days).
# =====================================================================================
patient("PB05", "2026-03-23", "excluded", {
    "osteosarcoma_histology": N,        # Ewing sarcoma is her only bone sarcoma
    "resectable_nodules": U,            # never discussed
    "pulmonary_function_adequate": U,
    "malignant_pleural_effusion": M,
    "investigational_agent_4w": M,      # XR-417 last dose 2026-02-23 (28 days: boundary)
    "autoimmune_systemic_2y": M,        # Crohn's on adalimumab until 2025-12
}, dob="2006-11-02",
   windows=(("XR-417 last dose", "2026-02-23", 28), ("adalimumab last dose", "2025-12-10", 103)))

note("PB05", "PB05-01", "2025-11-04", "AYA Sarcoma Clinic Note", """
    Adolescent & Young Adult Sarcoma Clinic
    Visit date: 11/04/2025
    {{19F|AGE}} ({{DOB 11/02/2006|DOB}}) with history of {{Ewing sarcoma|OTHER_SARCOMA|historical}} of the L ilium, EWSR1::FLI1 fusion positive, diagnosed 04/2018. Treated with {{VDC/IE|SYSTEMIC_THERAPY}} ({{vincristine|SYSTEMIC_THERAPY}}, {{doxorubicin|SYSTEMIC_THERAPY}}, {{cyclophosphamide|SYSTEMIC_THERAPY}} / {{ifosfamide|SYSTEMIC_THERAPY}}, {{etoposide|SYSTEMIC_THERAPY}}) and proton RT to the pelvis; completed 03/2019. NED until 09/2025, when CT showed multiple bilateral {{pulmonary nodules|PULMONARY_NODULE}}; CT-guided biopsy of a RLL {{nodule|PULMONARY_NODULE}} 10/2025: recurrent {{Ewing sarcoma|OTHER_SARCOMA}} (CD99+, NKX2.2+).
    Note: the initial 2018 radiographic differential included {{osteosarcoma|OSTEOSARCOMA|uncertain}}; biopsy confirmed {{Ewing sarcoma|OTHER_SARCOMA}} and {{osteosarcoma|OSTEOSARCOMA|negated}} was excluded.

    Other: {{Crohn's disease|AUTOIMMUNE_DISEASE}} (ileocolonic, dx 2021), in remission on {{adalimumab|IMMUNOSUPPRESSANT}} ({{Humira|IMMUNOSUPPRESSANT}}) 40 mg SC every 2 weeks.

    {{ECOG 1|ECOG}}.
    Plan: discussed relapsed {{Ewing|OTHER_SARCOMA}} options - {{clinical trial|INVESTIGATIONAL|hypothetical}} vs {{irinotecan/temozolomide|SYSTEMIC_THERAPY|hypothetical}}. She prefers the {{phase I trial|INVESTIGATIONAL|hypothetical}} of {{XR-417|INVESTIGATIONAL|hypothetical}} (oral {{investigational agent|INVESTIGATIONAL|hypothetical}}) - screening started. GI to be consulted about holding {{adalimumab|IMMUNOSUPPRESSANT|hypothetical}}.
    """)

note("PB05", "PB05-02", "2025-12-15", "Clinical Research Note", """
    RESEARCH NOTE - Phase I study XR-417-101 (first-in-human, oral LSD1 inhibitor), dose-escalation cohort 3
    Date: 2025-12-15
    Subject consented 12/01/2025; eligibility confirmed by PI.
    C1D1 today: XR-417 120 mg PO daily; first dose taken in clinic 10:05; PK samples drawn.
    Concomitant meds: adalimumab HELD per GI (last dose 12/10/2025) for the DLT period. Ondansetron PRN.
    Next visit C1D8.
    """)

note("PB05", "PB05-03", "2026-03-12", "Cytopathology Report", """
    CYTOPATHOLOGY REPORT
    Specimen: Pleural fluid, left, thoracentesis (1.2 L, blood-tinged)
    Collected: 03/10/2026    Reported: 03/12/2026
    Clinical: {{19 yo|AGE}} F with relapsed {{Ewing sarcoma|OTHER_SARCOMA}}, new large left {{pleural effusion|PLEURAL_EFFUSION}}.
    DIAGNOSIS: {{POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION}}. Small round blue cells, CD99 membranous positive, NKX2.2 positive; consistent with {{metastatic|METASTASIS}} {{Ewing sarcoma|OTHER_SARCOMA}}.
    Comment: Findings are those of a {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
    """)

note("PB05", "PB05-04", "2026-03-16", "Clinical Research Note", """
    Research Note - Off Treatment
    16 Mar 2026
    Study: {{phase I study|INVESTIGATIONAL}} of {{XR-417|INVESTIGATIONAL}} (protocol XR-417-101). Subject 03-007.
    Disease assessment (CT 3/9/26): {{progressive disease|TUMOR_RESPONSE}} (RECIST 1.1) - enlarging {{lung metastases|LUNG_METASTASIS}} and new left {{malignant pleural effusion|MALIGNANT_EFFUSION}} (cytology 3/12).
    {{Study drug|INVESTIGATIONAL}} {{XR-417|INVESTIGATIONAL}} was held from C3D8 for grade 2 {{thrombocytopenia|TOXICITY}} (recovered to grade 0, plt 198 K on 3/2); last dose taken 02/23/2026 per diary and pill count.
    Subject taken off {{study treatment|INVESTIGATIONAL}} today for {{PD|TUMOR_RESPONSE}}. 30-day safety follow-up visit to be scheduled.
    {{Adalimumab|IMMUNOSUPPRESSANT}}: remains on hold; GI following.
    """)

note("PB05", "PB05-05", "2026-03-20", "AYA Sarcoma Clinic Note", """
    AYA Sarcoma Clinic - f/u
    3/20/26
    {{19 y/o|AGE}} F, relapsed {{Ewing sarcoma|OTHER_SARCOMA}} with {{lung mets|LUNG_METASTASIS}} and {{malignant pleural effusion|MALIGNANT_EFFUSION}}, off the {{XR-417 study|INVESTIGATIONAL|historical}} for {{PD|TUMOR_RESPONSE}}.
    She read about the {{PROMIS trial|INVESTIGATIONAL|hypothetical}} (SBRT + {{PD-1 blockade|CHECKPOINT_INHIBITOR|hypothetical}}, then {{lung metastasectomy|LUNG_RESECTION|hypothetical}}) and asked whether she could join. Explained that her tumour type ({{Ewing sarcoma|OTHER_SARCOMA}}) is not one {{PROMIS|INVESTIGATIONAL|hypothetical}} enrols, and that the {{malignant effusion|MALIGNANT_EFFUSION}} would also exclude her.
    {{ECOG 2|ECOG}} (rests ~30% of the day; dyspnoea on one flight of stairs). {{Urine hCG|PREGNANCY_TEST|negated}} negative today.
    Plan: indwelling pleural catheter; start {{irinotecan/temozolomide|SYSTEMIC_THERAPY|hypothetical}} next week. {{Crohn's|AUTOIMMUNE_DISEASE}} quiescent; {{adalimumab|IMMUNOSUPPRESSANT}} still on hold.
    """)


# =====================================================================================
# PB06 — 41-year-old man, records from a Guangdong hospital. Resectable RLL metastases,
# PFTs adequate, ECOG 1. Unknowns: toripalimab given but response never documented;
# second-line regimen "possibly gemcitabine"; unnamed "anti-cancer granule" current.
# (Aidi injection 2025-03: far outside the 2-week window.)
# =====================================================================================
patient("PB06", "2026-07-06", "needs_review", {
    "prior_gemcitabine": U,             # "possibly gemcitabine-based", records pending
    "prior_checkpoint_inhibitor": U,    # toripalimab, response not documented
    "immunomodulator_2w": U,            # current granule of unknown name; decoction
})

note("PB06", "PB06-01", "2026-06-15", "Outside Record (translated)", """
    Translated medical record (Chinese to English) - certified translation provided by the family
    Hospital: Orthopaedic Oncology Outpatient Department, a provincial hospital in Guangdong
    Patient: Chen **, male, {{41 years old|AGE}}

    Diagnosis: 1. Right femoral {{osteosarcoma|OSTEOSARCOMA}} ({{OS|OSTEOSARCOMA}}), status post resection  2. {{Lung metastases|LUNG_METASTASIS}}

    Treatment course:
    - 2023-03: biopsy of right distal femur -> high-grade {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic type.
    - 2023-03 to 2023-10: {{chemotherapy|SYSTEMIC_THERAPY}} {{HD-MTX|SYSTEMIC_THERAPY}} + {{ADR|SYSTEMIC_THERAPY}} + {{CDDP|SYSTEMIC_THERAPY}} + {{IFO|SYSTEMIC_THERAPY}}, 8 cycles in total; segmental resection with prosthetic reconstruction 2023-06.
    - 2025-02: CT found bilateral lung {{nodules|PULMONARY_NODULE}}; {{lung metastases|LUNG_METASTASIS|uncertain}} considered. {{Second-line chemotherapy|SYSTEMIC_THERAPY}} given at a county hospital (regimen not recorded in this document; patient recalls "an IV drug on days 1 and 8" - possibly {{gemcitabine|GEMCITABINE|uncertain}}-based).
    - 2025-03: {{Aidi injection|IMMUNOMODULATOR}} 50 ml IV daily x 10 days during an admission.
    - 2025-04 to 2025-08: {{toripalimab|CHECKPOINT_INHIBITOR}} ({{Tuoyi|CHECKPOINT_INHIBITOR}}) 240 mg IV q3w, 6 cycles. (Efficacy evaluation not included in this record.)
    - Current: herbal decoction prescribed by a local TCM doctor, taken daily; also "an {{anti-cancer granule|IMMUNOMODULATOR|uncertain}}" - name not recorded.
    """)

note("PB06", "PB06-02", "2026-06-22", "Radiology Report", """
    CT CHEST W/ CONTRAST
    Date: 06/22/2026
    Indication: 41M, osteosarcoma, lung metastases treated in China; establish baseline.
    Comparison: none available (outside images requested).
    Findings:
    Two solid nodules in the right lower lobe: lateral basal segment 1.6 cm and posterior basal segment 9 mm, both subpleural. A 3 mm nodule in the lingula is nonspecific.
    No pleural effusion. No hilar or mediastinal adenopathy.
    Impression:
    1. Two RLL nodules, consistent with pulmonary metastases given the history.
    2. 3 mm lingular nodule, indeterminate; attention on follow-up.
    3. No pleural effusion.
    """)

note("PB06", "PB06-03", "2026-06-29", "Thoracic Surgery Consult", """
    Thoracic Surgery Consultation - 29 June 2026
    {{41 yo|AGE}} M, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, 2 RLL {{nodules|PULMONARY_NODULE}} (1.6 cm lateral basal, 9 mm posterior basal). {{ECOG 1|ECOG}}.
    {{PFTs|PULMONARY_FUNCTION}} today: {{FEV1|PULMONARY_FUNCTION}} 3.9 L (96% predicted), {{DLCO|PULMONARY_FUNCTION}} 89% predicted. {{Cleared for thoracic surgery|PULMONARY_FUNCTION}} from a pulmonary standpoint.
    Assessment: {{resectable|RESECTABLE}}. Plan would be {{RLL basal segmentectomy|LUNG_RESECTION|hypothetical}} (or two {{wedges|LUNG_RESECTION|hypothetical}}). The 3 mm lingular {{nodule|PULMONARY_NODULE}} is not targetable; will re-image.
    He asks about the {{PROMIS study|INVESTIGATIONAL|hypothetical}}; oncology to determine eligibility (response data for the prior {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|historical}} still outstanding).
    """)

note("PB06", "PB06-04", "2026-07-02", "Telephone Encounter", """
    Phone call - research coordinator, 07/02/2026
    Spoke with pt's daughter (fluent in English; interpreter not needed).
    1. Outside records: the Guangdong hospital e-mailed CT reports from 2025-04 to 2025-09, but no response assessment for {{toripalimab|CHECKPOINT_INHIBITOR}} ({{Tuoyi|CHECKPOINT_INHIBITOR}}) was included; daughter does not know whether the scans "got better". Request re-sent for reports with RECIST evaluation.
    2. {{Second-line chemo|SYSTEMIC_THERAPY}}: county hospital has not replied; drug names still unknown. Daughter thinks "maybe {{gemcitabine|GEMCITABINE|uncertain}}" but is not sure.
    3. TCM: father is still taking the herbal decoction daily and "{{a granule for cancer|IMMUNOMODULATOR|uncertain}}" - she will send a photo of the packet; name unknown for now.
    Will update PI.
    """)


# =====================================================================================
# PB07 — 66 on the as-of date by DOB (the August note's "65 yo" was true then).
# Excluded: age; prostate adenocarcinoma dx 04/2023 (< 5 y); rheumatoid arthritis on
# low-dose methotrexate + prednisone (autoimmune within 2 y); prednisone taper last dose
# exactly 7 days before as_of (boundary, inside); inadequate PFTs (technically resectable).
# Traps: fluticasone/salmeterol inhaler, Shingrix.
# =====================================================================================
patient("PB07", "2026-10-05", "excluded", {
    "age_eligible": N,
    "pulmonary_function_adequate": N,
    "other_malignancy_5y": M,
    "autoimmune_systemic_2y": M,
    "systemic_steroids_7d": M,
}, dob="1960-09-28",
   windows=(("prednisone last dose", "2026-09-28", 7), ("methotrexate last dose", "2026-09-14", 21),
            ("prostate cancer dx (month)", "2023-04-01", 1283)))

note("PB07", "PB07-01", "2026-08-10", "Progress Note - Sarcoma Clinic", """
    SARCOMA CLINIC - FOLLOW-UP
    08/10/2026
    S: {{65 yo|AGE}} M with {{osteosarcoma|OSTEOSARCOMA}} arising in Paget disease of the R proximal humerus (dx 01/2025), treated with {{doxorubicin|SYSTEMIC_THERAPY}}/{{cisplatin|SYSTEMIC_THERAPY}} x 4 then resection with endoprosthesis 05/2025. Restaging CT 7/2026 shows new {{lung nodules|PULMONARY_NODULE}}. Exertional dyspnoea (COPD, 40 pack-years, quit 2015).
    PMH:
    - {{Rheumatoid arthritis|AUTOIMMUNE_DISEASE|historical}} (seropositive), on {{methotrexate|IMMUNOSUPPRESSANT|historical}} 15 mg PO weekly + {{prednisone|SYSTEMIC_STEROID|historical}} 5 mg daily (rheumatology, Dr. Haas)
    - {{Prostate adenocarcinoma|OTHER_MALIGNANCY|historical}}, Gleason 3+4, dx 04/2023, on active surveillance (PSA stable)
    - COPD GOLD 3 - tiotropium, {{fluticasone/salmeterol inhaler|LOCAL_STEROID|historical}}
    - Paget disease of bone
    Allergies: sulfa ({{rash|ALLERGIC_REACTION}})
    O: {{ECOG 1|ECOG}}. SpO2 93% RA. Diminished breath sounds bilaterally.
    A/P: {{65M|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} with new {{pulmonary nodules|PULMONARY_NODULE}}, likely {{metastatic|METASTASIS|uncertain}}.
     - Dedicated CT chest to characterise.
     - Thoracic surgery + {{PFTs|PULMONARY_FUNCTION|hypothetical}}.
     - Rheum: coordinate {{steroid|SYSTEMIC_STEROID|hypothetical}}/{{MTX|IMMUNOSUPPRESSANT|hypothetical}} management around any surgery.
    """)

note("PB07", "PB07-02", "2026-08-25", "Radiology Report", """
    CT THORAX WITH CONTRAST
    Date of service: 8/25/2026
    History: 65-year-old male, osteosarcoma R humerus, new nodules on restaging.
    Technique: helical CT after 75 mL IV contrast, 1 mm reconstructions.
    Findings:
    Lungs: centrilobular and paraseptal emphysema, upper-lobe predominant. Three solid nodules: RUL anterior segment 1.3 cm; RUL posterior segment 8 mm; RML lateral segment 6 mm. All new since 01/2026. No cavitation.
    Pleura: no effusion.
    Mediastinum: no adenopathy. Coronary calcification.
    Bones: R humeral endoprosthesis. Mixed sclerotic/lytic changes of the pelvis compatible with known Paget disease.
    Impression:
    1. Three new right lung nodules compatible with pulmonary metastatic osteosarcoma.
    2. Moderate-severe emphysema.
    """)

note("PB07", "PB07-03", "2026-09-16", "Thoracic Surgery Consult", """
    Thoracic Surgery Consultation
    Date: September 16, 2026
    {{65M|AGE}} with {{osteosarcoma|OSTEOSARCOMA}} {{metastatic to the right lung|LUNG_METASTASIS}} (3 {{nodules|PULMONARY_NODULE}}: RUL x2, RML x1) and severe COPD.
    {{PFTs|PULMONARY_FUNCTION}} (9/14/2026): {{FEV1|PULMONARY_FUNCTION}} 1.18 L (41% predicted), {{FEV1/FVC|PULMONARY_FUNCTION}} 0.48, {{DLCO|PULMONARY_FUNCTION}} 36% predicted. Predicted postoperative {{FEV1|PULMONARY_FUNCTION}} and {{DLCO|PULMONARY_FUNCTION}} < 40% even for {{wedge resections|LUNG_RESECTION|hypothetical}}, given multiple sites.
    Assessment: the {{nodules|PULMONARY_NODULE}} are technically {{resectable|RESECTABLE}} (peripheral; amenable to {{wedge resections|LUNG_RESECTION|hypothetical}}), but he does not have adequate {{pulmonary reserve|PULMONARY_FUNCTION}}. NOT a surgical candidate because of {{lung function|PULMONARY_FUNCTION}}.
    Recommend: SBRT and/or {{systemic therapy|SYSTEMIC_THERAPY|hypothetical}} per sarcoma team; pulmonary rehab.
    """)

note("PB07", "PB07-04", "2026-10-01", "Pharmacy Medication Reconciliation", """
    MEDICATION RECONCILIATION - PHARMACY
    Date: 10/01/2026
    Patient {{DOB: 09/28/1960|DOB}}    {{Age: 66|AGE}}
    Allergies: sulfonamides ({{rash|ALLERGIC_REACTION}})

    Medication                       | Dose / route / freq            | Status    | Last dose
    {{methotrexate|IMMUNOSUPPRESSANT}} ({{RA|AUTOIMMUNE_DISEASE}})                | 15 mg PO once weekly (Mon)     | HELD      | 09/14/2026 (held by rheum pending thoracic plan)
    folic acid                       | 1 mg PO daily                  | active    | 10/01/2026
    {{prednisone|SYSTEMIC_STEROID}} taper                 | 10 -> 7.5 -> 5 -> 2.5 mg PO    | COMPLETED | 09/28/2026
    tiotropium                       | 18 mcg inhaled daily           | active    | 10/01/2026
    {{fluticasone/salmeterol|LOCAL_STEROID}} 250/50    | 1 puff inhaled BID             | active    | 10/01/2026
    tamsulosin                       | 0.4 mg PO qHS                  | active    | 09/30/2026

    Vaccines this season: {{Shingrix|NONLIVE_VACCINE}} (RZV) dose 2 on 09/02/2026. {{Flu shot|NONLIVE_VACCINE|negated}} not yet given.
    Pharmacist note: {{prednisone|SYSTEMIC_STEROID}} taper for an {{RA|AUTOIMMUNE_DISEASE}} flare after {{MTX|IMMUNOSUPPRESSANT}} was held; patient took the last 2.5 mg tablet on the morning of 9/28. Rheum: {{prednisone|SYSTEMIC_STEROID|hypothetical}} may be restarted if the flare recurs.
    """)


# =====================================================================================
# PB08 — 65 on the as-of date by DOB (66 only in November). Karnofsky 70 (adult scale).
# Traps: pembrolizumab with PD at the FIRST restaging (primary resistance -> not_met);
# grade 2 infusion reaction to pembrolizumab (< grade 3); colon cancer diagnosed
# 2021-06-09 = 5 years + 1 day before as_of (outside); Hashimoto's on levothyroxine
# (replacement); hydrocortisone cream; small effusion called reactive; sister's cancer.
# =====================================================================================
patient("PB08", "2026-06-10", "eligible", {}, dob="1960-11-03",
        windows=(("colon cancer dx", "2021-06-09", 1827),))

note("PB08", "PB08-01", "2025-09-24", "Radiology Report", """
    CT CHEST WITH CONTRAST - RESTAGING
    Exam date: 24 Sep 2025
    Clinical: {{64F|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} {{metastatic to lungs|LUNG_METASTASIS}}, on {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 07/2025 (C4 given 9/10). First restaging.
    Comparison: CT 07/01/2025 (baseline).
    Findings:
    LLL posterior basal {{nodule|PULMONARY_NODULE}} 1.5 cm (was 0.9 cm). RUL apical {{nodule|PULMONARY_NODULE}} 1.0 cm (was 0.6 cm). New 6 mm LUL {{nodule|PULMONARY_NODULE}}. New 5 mm RLL {{nodule|PULMONARY_NODULE}}.
    No {{pleural effusion|PLEURAL_EFFUSION|negated}}. No adenopathy.
    IMPRESSION:
    Interval increase in size of known {{pulmonary metastases|LUNG_METASTASIS}} and two new {{nodules|PULMONARY_NODULE}}. Findings represent {{progressive disease|TUMOR_RESPONSE}} by RECIST 1.1 at first assessment on {{pembrolizumab|CHECKPOINT_INHIBITOR}}.
    """)

note("PB08", "PB08-02", "2025-10-01", "Progress Note - Medical Oncology", """
    Medical Oncology - progress note, 10/1/2025
    64 y/o F with osteosarcoma (fibroblastic, L distal femur, dx 02/2024; DOX/CDDP x 6, resection 06/2024) and lung mets since 06/2025.
    Pembrolizumab 200 mg q3w: C1 7/23/25 -> C4 9/10/25. C1 complicated by a grade 2 infusion-related reaction (chills, rigors, flushing; no hypotension, no hypoxia) 30 min into the infusion; infusion paused, diphenhydramine + acetaminophen given, completed at a slower rate; premedicated thereafter without recurrence.
    CT 9/24/25: progressive disease at first restaging (all lesions larger + new nodules) = primary resistance. Pembrolizumab discontinued.
    ECOG 1.
    Plan: high-dose ifosfamide 14 g/m2 per cycle q3w with mesna; G-CSF support. Port in place.
    """)

note("PB08", "PB08-03", "2026-05-18", "Radiology Report", """
    CT Chest with contrast
    Date: 05/18/2026
    Indication: {{65 yo|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} with {{pulmonary metastases|LUNG_METASTASIS}}, s/p {{ifosfamide|SYSTEMIC_THERAPY|historical}} x 5 cycles (last 01/2026) with {{partial response|TUMOR_RESPONSE|historical}}. Re-evaluation for surgery.
    Comparison: 01/28/2026, 09/24/2025.
    Findings:
    - LLL posterior basal segment {{nodule|PULMONARY_NODULE}} 1.2 cm (1.1 cm on 1/28).
    - LLL lateral basal segment {{nodule|PULMONARY_NODULE}} 7 mm (6 mm).
    - The previously seen RUL, LUL and RLL {{nodules|PULMONARY_NODULE|negated}} have resolved; no new {{nodules|PULMONARY_NODULE|negated}}.
    - Small left {{pleural effusion|PLEURAL_EFFUSION}}, reactive in appearance, adjacent to basal subsegmental atelectasis; no pleural nodularity or thickening.
    - No adenopathy.
    Impression:
    1. Two residual LLL {{nodules|PULMONARY_NODULE}}, minimally increased, consistent with {{metastases|METASTASIS}}; no new sites.
    2. Small reactive left {{pleural effusion|PLEURAL_EFFUSION}}.
    """)

note("PB08", "PB08-04", "2026-05-28", "Tumor Board Note", """
    SARCOMA MDT - 28 May 2026
    Patient: {{65F|AGE}}, {{DOB 11/03/1960|DOB}}
    Summary: fibroblastic {{osteosarcoma|OSTEOSARCOMA}} L distal femur (2024). {{Lung mets|LUNG_METASTASIS}} 06/2025; {{PD|TUMOR_RESPONSE}} on {{pembrolizumab|CHECKPOINT_INHIBITOR}} at first assessment (primary resistance); {{PR|TUMOR_RESPONSE}} to high-dose {{ifosfamide|SYSTEMIC_THERAPY}}. Now 2 residual LLL {{nodules|PULMONARY_NODULE}} (1.2 cm, 7 mm), no other disease. Small L {{effusion|PLEURAL_EFFUSION}} on CT 5/18 reviewed by radiology and thoracic surgery: reactive, no features of {{malignant effusion|MALIGNANT_EFFUSION|negated}}.
    Discussion: thoracic surgery - both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by {{LLL basal segmentectomy|LUNG_RESECTION|hypothetical}} or 2 {{VATS wedge resections|LUNG_RESECTION|hypothetical}}. Radiation oncology - both amenable to SBRT if needed. Research - potential {{PROMIS|INVESTIGATIONAL|hypothetical}} candidate; prior {{pembrolizumab|CHECKPOINT_INHIBITOR|historical}} with primary (not secondary) resistance does not exclude.
    Outcome:
    1. {{Resectable|RESECTABLE}} {{pulmonary metastases|LUNG_METASTASIS}} - recommend surgery ({{LLL segmentectomy|LUNG_RESECTION|hypothetical}}) either directly or as part of {{PROMIS|INVESTIGATIONAL|hypothetical}}.
    2. Screen for {{PROMIS|INVESTIGATIONAL|hypothetical}}.
    """)

note("PB08", "PB08-05", "2026-06-05", "Research Pre-screening Note", """
    PROMIS PRE-SCREENING - research nurse
    Date: 06/05/2026
    {{DOB: 11/03/1960|DOB}} ({{age 65|AGE}})
    Performance: {{KPS 70|KARNOFSKY}} (cares for self; unable to carry on normal activity or do active work).
    {{PFTs|PULMONARY_FUNCTION}} 06/02/2026: {{FEV1|PULMONARY_FUNCTION}} 84% pred, {{DLCO|PULMONARY_FUNCTION}} 79% pred -> adequate for {{segmentectomy|LUNG_RESECTION|hypothetical}} per thoracic surgery.
    PMH:
    - {{Colon adenocarcinoma|OTHER_MALIGNANCY|historical}}, pT1N0 (stage I), diagnosed 06/09/2021 on screening colonoscopy; R hemicolectomy 07/2021; no {{adjuvant therapy|SYSTEMIC_THERAPY|negated,historical}}; NED.
    - {{Hashimoto thyroiditis|AUTOIMMUNE_DISEASE|historical}} - {{levothyroxine|REPLACEMENT_THERAPY|historical}} 88 mcg daily.
    - Eczema - {{hydrocortisone 1% cream|LOCAL_STEROID|historical}} PRN.
    - {{Pembrolizumab|CHECKPOINT_INHIBITOR|historical}} {{infusion reaction|ALLERGIC_REACTION|historical}}, grade 2 (2025), resolved.
    FHx: sister - {{ovarian cancer|OTHER_MALIGNANCY|family}}.
    Immunizations: {{Shingrix|NONLIVE_VACCINE}} x2 (2024). {{COVID-19 booster|NONLIVE_VACCINE}} 10/2025.
    Meds: {{levothyroxine|REPLACEMENT_THERAPY}} 88 mcg daily, {{hydrocortisone 1% cream|LOCAL_STEROID}} PRN, calcium/vitamin D.
    No prior {{gemcitabine|GEMCITABINE|negated,historical}}. {{HIV Ag/Ab|HIV|negated}} 06/02/2026: non-reactive.
    """)


# =====================================================================================
# PB09 — CHONDROSARCOMA (look-alike), 58 by "57 yo" in 2024-09 + 1 whole year.
# Chemotherapy-naive. Deceased-donor kidney transplant on tacrolimus / MMF / prednisone
# (allogeneic; current immunosuppression). Cutaneous SCC excised 08/2024 (< 5 y).
# =====================================================================================
patient("PB09", "2025-12-01", "excluded", {
    "osteosarcoma_histology": N,
    "prior_systemic_therapy": N,        # "has never received chemotherapy"
    "pulmonary_function_adequate": U,
    "other_malignancy_5y": M,           # cSCC 08/2024
    "systemic_steroids_7d": M,          # tacrolimus, MMF, prednisone ongoing
    "allogeneic_transplant": M,         # kidney transplant 2014
}, windows=(("cSCC excision (month)", "2024-08-01", 487),))

note("PB09", "PB09-01", "2024-09-16", "Transplant Nephrology Note", """
    TRANSPLANT NEPHROLOGY - ANNUAL REVIEW
    Date: 9/16/2024
    {{57 yo|AGE}} man, deceased-donor {{kidney transplant|TRANSPLANT}} 03/2014 (ESRD from ADPKD), {{basiliximab|MONOCLONAL_ANTIBODY}} induction. Baseline Cr 1.3.
    {{Immunosuppression|IMMUNOSUPPRESSANT}}: {{tacrolimus|IMMUNOSUPPRESSANT}} (goal trough 4-6), {{mycophenolate mofetil|IMMUNOSUPPRESSANT}} 500 mg BID, {{prednisone|SYSTEMIC_STEROID}} 5 mg daily.
    Interval: {{cutaneous squamous cell carcinoma|OTHER_MALIGNANCY}} of the scalp excised by dermatology 08/2024 (margins clear). Also followed by the sarcoma team for grade 3 {{chondrosarcoma|OTHER_SARCOMA}} of the L pelvis (resected 2019), NED on last imaging.
    Plan: continue current regimen; skin checks every 6 months given {{SCC|OTHER_MALIGNANCY}}; consider {{sirolimus|IMMUNOSUPPRESSANT|hypothetical}} switch if further {{skin cancers|OTHER_MALIGNANCY|hypothetical}}.
    """)

note("PB09", "PB09-02", "2025-10-20", "Pathology Report", """
    SURGICAL PATHOLOGY REPORT
    Accession: S25-18842    Collected: 10/17/2025    Signed out: 10/20/2025
    Specimen: Lung, right lower lobe {{nodule|PULMONARY_NODULE}}, CT-guided core biopsy (x3 cores)
    Clinical history: h/o {{chondrosarcoma|OTHER_SARCOMA|historical}} L pelvis (2019). New bilateral {{lung nodules|PULMONARY_NODULE}}.
    FINAL DIAGNOSIS:
    Lung, RLL, core biopsy: {{METASTATIC|METASTASIS}} {{CHONDROSARCOMA|OTHER_SARCOMA}}, consistent with the patient's known pelvic primary.
    SYNOPTIC:
    Histologic type: conventional {{chondrosarcoma|OTHER_SARCOMA}}
    Histologic grade: 3
    Osteoid production by tumour cells: not identified (no {{osteosarcomatous|OSTEOSARCOMA|negated}} component)
    Necrosis: < 10%
    Margins: not applicable (core biopsy)
    COMMENT: Compared with the 2019 resection (S19-04410); morphology similar. No features of dedifferentiation.
    """)

note("PB09", "PB09-03", "2025-11-10", "Progress Note - Sarcoma Clinic", """
    Sarcoma Clinic Note - 10-Nov-2025
    Reason for visit: {{metastatic|METASTASIS}} {{chondrosarcoma|OTHER_SARCOMA}}, new {{pulmonary metastases|LUNG_METASTASIS}} (bx-proven 10/20/25).
    HPI: Mr. D., {{kidney transplant|TRANSPLANT}} recipient, grade 3 conventional {{chondrosarcoma|OTHER_SARCOMA}} L pelvis resected 2019 (internal hemipelvectomy), no {{chemotherapy|SYSTEMIC_THERAPY|negated}} or RT. CT 10/2025: 5 bilateral {{lung nodules|PULMONARY_NODULE}} up to 1.8 cm. Asymptomatic.
    He {{has never received chemotherapy|CHEMO_NAIVE}} (not standard for this histology).
    Meds: {{tacrolimus|IMMUNOSUPPRESSANT}} 2 mg BID, {{MMF|IMMUNOSUPPRESSANT}} 500 mg BID, {{prednisone|SYSTEMIC_STEROID}} 5 mg daily, amlodipine.
    Onc hx also: {{cSCC|OTHER_MALIGNANCY|historical}} scalp 08/2024.
    {{ECOG 1|ECOG}}.
    Pt brought a printout about the {{PROMIS trial|INVESTIGATIONAL|hypothetical}}; explained it is restricted to a different bone sarcoma type and he would not qualify.
    Thoracic surgery opinion (Dr. Ruiz, 11/7): bilateral {{nodules|PULMONARY_NODULE}}, all peripheral, {{resectable|RESECTABLE}} by staged {{wedge resections|LUNG_RESECTION|hypothetical}}.
    Plan: staged bilateral {{metastasectomy|LUNG_RESECTION|hypothetical}} vs surveillance; discuss perioperative {{immunosuppression|IMMUNOSUPPRESSANT|hypothetical}} with the transplant team.
    """)

note("PB09", "PB09-04", "2025-11-24", "Transplant Nephrology Note", """
    Transplant Nephrology Clinic - 11/24/2025
    Graft function stable, Cr 1.4. Tacrolimus trough 5.1 ng/mL.
    Continue tacrolimus 2 mg BID, MMF 500 mg BID, prednisone 5 mg qAM - do not stop prednisone (adrenal suppression + rejection risk). If thoracic surgery proceeds, stress-dose hydrocortisone peri-op.
    Reviewed new diagnosis of pulmonary metastatic chondrosarcoma. If systemic therapy is ever considered, avoid checkpoint inhibitors (graft rejection risk).
    """)


# =====================================================================================
# PB10 — sparse referral: no age / DOB anywhere (temporary MRN), osteosarcoma only
# "probably" per patient, prior chemotherapy unknown, many bilateral metastases with no
# surgical opinion; metastasectomy named only as a PROMIS protocol step.
# =====================================================================================
patient("PB10", "2025-03-17", "needs_review", {
    "osteosarcoma_histology": U,
    "resectable_nodules": U,            # only the PROMIS protocol step is named
    "prior_systemic_therapy": U,
    "age_eligible": U,
    "performance_status": U,            # ECOG 1 but age unknown
    "pulmonary_function_adequate": U,
})

note("PB10", "PB10-01", "2025-02-24", "Referral Letter", """
    REFERRAL LETTER
    From: Dr. A. Navarro, Family Medicine, Riverside Community Health Centre
    To: Sarcoma Service, University Hospital
    Date: 24 February 2025

    Re: Mr. Joel R. (registration pending)

    Dear colleagues,
    I would be grateful if you could see Mr. R., who moved here recently from overseas. He tells me that in 2023 he had an operation on his left thigh bone for a tumour, which he believes was "probably {{osteosarcoma|OSTEOSARCOMA|uncertain}}"; I do not have the operative or pathology reports, and the family is trying to obtain them. He is unsure whether he received {{chemotherapy|SYSTEMIC_THERAPY|uncertain}} at the time - he recalls "some IV treatment" but cannot say what it was.
    He presented to us with a cough. Chest X-ray showed multiple bilateral {{nodules|PULMONARY_NODULE}}, and a CT at the imaging centre has been booked. I am concerned about {{lung metastatses|LUNG_METASTASIS|uncertain}}.
    He has read about the {{PROMIS trial|INVESTIGATIONAL|hypothetical}} (radiotherapy with a {{PD-1 antibody|CHECKPOINT_INHIBITOR|hypothetical}} and {{gemcitabine|GEMCITABINE|hypothetical}}, followed by {{metastasectomy|LUNG_RESECTION|hypothetical}}) and asked to be considered.
    No significant past medical history otherwise. No regular medications. No known allergies.
    Kind regards,
    A. Navarro, MD
    """)

note("PB10", "PB10-02", "2025-03-03", "Radiology Report", """
    CT CHEST WITH CONTRAST
    DATE: 03/03/2025
    PATIENT: R., Joel    MRN: TEMP-55102    DOB: pending registration
    INDICATION: Hx bone tumour L femur (outside, 2023); multiple {{lung nodules|PULMONARY_NODULE}} on CXR.
    FINDINGS:
    Numerous bilateral solid {{pulmonary nodules|PULMONARY_NODULE}}, at least 14, the largest 2.1 cm in the RLL posterior basal segment and 1.7 cm in the LUL apicoposterior segment; several show dense calcification. Left hilar node 1.1 cm.
    No {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    IMPRESSION:
    1. Multiple bilateral calcified and non-calcified {{pulmonary nodules|PULMONARY_NODULE}}, compatible with {{metastatic disease|METASTASIS}}; the calcification suggests an osteoid-forming primary such as {{osteosarcoma|OSTEOSARCOMA|uncertain}}, in keeping with the reported history.
    2. No {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    """)

note("PB10", "PB10-03", "2025-03-10", "Nursing Intake Note", """
    NEW PATIENT NURSING INTAKE - Sarcoma Clinic
    03/10/2025 09:15
    Pt registered under temporary MRN; date of birth not yet verified by registration (ID documents pending), so not recorded.
    Accompanied by sister (interprets when needed).
    Chief concern: cough x 6 wks, no hemoptysis.
    Functional status: independent, works part-time in a warehouse; {{ECOG 1|ECOG}} per MD.
    Prior treatment: unknown - outside records requested (2nd request sent today). Pt cannot name any drugs.
    Screening labs drawn: {{HIV-1/2 Ag/Ab|HIV|negated}} - NON-REACTIVE (resulted 11:40). HBsAg negative.
    Meds: none. Allergies: NKDA.
    Social: non-smoker. Not in a {{clinical trial|INVESTIGATIONAL|negated}}.
    """)


# =====================================================================================
# PB11 — 9-year-old boy (DOB 20/10/2016, UK date style): too young. Lansky 80 in March,
# 60 in September (newest wins -> not_met). CT: no pulmonary metastases. Grade 2
# cisplatin hearing loss, permanent (counts). MMR (live) 18 days before as_of.
# =====================================================================================
patient("PB11", "2026-09-14", "excluded", {
    "pulmonary_metastases": N,
    "resectable_nodules": U,            # no nodules
    "age_eligible": N,
    "performance_status": N,            # Lansky 60 (newest)
    "pulmonary_function_adequate": U,
    "unresolved_toxicity": M,           # grade 2 hearing loss
    "live_vaccine_30d": M,              # MMR 2026-08-27
}, dob="2016-10-20", windows=(("MMR", "2026-08-27", 18),))

note("PB11", "PB11-01", "2026-03-09", "Progress Note - Paediatric Oncology", """
    PAEDIATRIC ONCOLOGY OUTPATIENT REVIEW
    Date: 9 March 2026
    Name: [ ]    {{DOB: 20/10/2016|DOB}}    {{Age: 9 y 4 m|AGE}}
    Dx: telangiectatic {{osteosarcoma|OSTEOSARCOMA}} L distal femur, dx 01/2025; {{MAP|SYSTEMIC_THERAPY}} x 6 cycles (completed 09/2025); Van Nes rotationplasty 04/2025.
    Seen with both parents. Parents report he is back at school, using his prosthesis well, plays football in the garden "with a bit of limping". Eating well.
    Hearing: known {{cisplatin|SYSTEMIC_THERAPY}} {{ototoxicity|TOXICITY}} - audiology 02/2026: bilateral high-frequency sensorineural {{hearing loss|TOXICITY}}, CTCAE grade 2 (hearing aids fitted 11/2025, uses them at school). Permanent.
    Growth: wt 29 kg (40th centile), ht 134 cm (45th centile).
    Performance: {{Lansky 80|LANSKY}}.
    Plan: surveillance CT chest every 3 months; next 08/2026. Re-immunisation schedule started per the post-treatment protocol: {{inactivated vaccines|NONLIVE_VACCINE}} now; {{live vaccines|LIVE_VACCINE|hypothetical}} from 6 months after therapy, i.e. after 03/2026.
    """)

note("PB11", "PB11-02", "2026-08-17", "Radiology Report", """
    CT CHEST (with contrast) - 17/08/2026
    Clinical details: {{9-year-old|AGE}}, telangiectatic {{osteosarcoma|OSTEOSARCOMA}} L femur, end of therapy 09/2025. Routine surveillance.
    Comparison: 11 May 2026.
    Findings: Lungs clear. No {{pulmonary nodules|PULMONARY_NODULE|negated}}. No consolidation or atelectasis. No {{pleural effusion|PLEURAL_EFFUSION|negated}}. Mediastinum normal.
    Conclusion: No evidence of {{pulmonary metastatic disease|LUNG_METASTASIS|negated}}.
    """)

note("PB11", "PB11-03", "2026-08-27", "Immunisation Record", """
    IMMUNISATION ADMINISTRATION RECORD
    Date given: 27/08/2026        Site: Paediatric day unit
    Reason: re-immunisation after {{chemotherapy|SYSTEMIC_THERAPY}} (11 months post-treatment)
    Vaccine                  | Product       | Dose   | Route | Site         | Lot
    {{MMR|LIVE_VACCINE}} (live)               | {{Priorix|LIVE_VACCINE}}       | 0.5 mL | SC    | L upper arm  | A71CB552
    {{DTaP-IPV|NONLIVE_VACCINE}} (inactivated) | {{Infanrix-IPV|NONLIVE_VACCINE}}  | 0.5 mL | IM    | R thigh      | K3392X
    Pre-vaccine checks: afebrile, not on {{steroids|SYSTEMIC_STEROID|negated}}, no {{immunosuppressants|IMMUNOSUPPRESSANT|negated}}, last {{chemo|SYSTEMIC_THERAPY}} 09/2025. Consent: mother.
    Next due: {{MMR|LIVE_VACCINE|hypothetical}} dose 2 and {{varicella|LIVE_VACCINE|hypothetical}} in 4 weeks.
    Given by: RN T. Okonjo
    """)

note("PB11", "PB11-04", "2026-09-08", "Progress Note - Paediatric Oncology", """
    Paediatric Oncology - progress note
    08/09/2026 (8 Sept 2026)
    {{9 yo|AGE}} boy, telangiectatic {{osteosarcoma|OSTEOSARCOMA}}, 1 year off therapy. CT chest 17/08: clear.
    Parents report: since a fall from his bike 10 days ago he has a painful L hip/stump, is mostly on the sofa, needs help to get around and is not playing outside at all. Tearful. Had {{MMR|LIVE_VACCINE}} 2 weeks ago without problems.
    Exam: tender over the L proximal femoral residuum; X-ray: no fracture, soft-tissue contusion. Hearing aids in.
    {{Lansky 60|LANSKY}} today (up and around, but minimal active play; keeps busy with quieter activities).
    Plan: analgesia, physio, review in 2 weeks. Audiology: grade 2 {{hearing loss|TOXICITY}}, unchanged.
    """)


# =====================================================================================
# PB12 — 19-year-old man transferred from Shanghai. Eligible.
# Traps: sintilimab + anlotinib with best response SD lasting ~3 months then PD
# (SD < 4 months -> not_met); thymalfasin stopped, last dose 15 days before as_of
# (outside 2 weeks); Xiaoaiping stopped 08/2025; effusion on the outside summary but
# "no pleural effusion / resolved" on the newest CT; grade 1 fatigue and alopecia only.
# =====================================================================================
patient("PB12", "2025-11-24", "eligible", {}, dob="2006-05-14",
        windows=(("thymalfasin last dose", "2025-11-09", 15), ("sintilimab start", "2025-05-06", 202)))

note("PB12", "PB12-01", "2025-08-12", "Outside Discharge Summary (translated)", """
    DISCHARGE SUMMARY (出院小结) - English translation
    Hospital: Department of Musculoskeletal Oncology, a university hospital in Shanghai
    Patient: Wang **, male, {{19 years|AGE}}    {{Date of birth: 2006-05-14|DOB}}
    Admitted: 2025-08-06    Discharged: 2025-08-12

    Diagnoses:
    1. {{Osteosarcoma|OSTEOSARCOMA}} of right distal femur, postoperative (conventional, osteoblastic)
    2. Bilateral {{pulmonary metastases|LUNG_METASTASIS}}
    3. Small right {{pleural effusion|PLEURAL_EFFUSION}}

    Course:
    Diagnosed 2024-01. Received 4 cycles of {{AP regimen|SYSTEMIC_THERAPY}} ({{doxorubicin|SYSTEMIC_THERAPY}} + {{cisplatin|SYSTEMIC_THERAPY}}) and 4 cycles of {{high-dose methotrexate|SYSTEMIC_THERAPY}}, plus {{ifosfamide|SYSTEMIC_THERAPY}}; limb-salvage surgery 2024-04. Completed {{adjuvant chemotherapy|SYSTEMIC_THERAPY}} 2024-09.
    2025-04 chest CT: 3 {{nodules|PULMONARY_NODULE}} in both lungs, {{metastases|METASTASIS}}. From 2025-05-06 started {{sintilimab|CHECKPOINT_INHIBITOR}} ({{Tyvyt|CHECKPOINT_INHIBITOR}}) 200 mg q3w + {{anlotinib|SYSTEMIC_THERAPY}} 12 mg d1-14 q3w. CT 2025-06-20: {{stable disease|TUMOR_RESPONSE}} ({{SD|TUMOR_RESPONSE}}). CT 2025-08-05: {{lesions|PULMONARY_NODULE}} enlarged, new {{nodule|PULMONARY_NODULE}} in the right lower lobe; evaluated as {{progressive disease|TUMOR_RESPONSE}} ({{PD|TUMOR_RESPONSE}}). Best response {{SD|TUMOR_RESPONSE}}, lasting about 3 months. {{Sintilimab|CHECKPOINT_INHIBITOR}} and {{anlotinib|SYSTEMIC_THERAPY}} discontinued.
    Supportive: {{thymalfasin|IMMUNOMODULATOR}} 1.6 mg SC twice weekly since 2025-05 (continue); {{Xiaoaiping tablets|IMMUNOMODULATOR}} 2025-05 to 2025-08 (stopped).
    Adverse events: grade 1 {{fatigue|TOXICITY}}; {{alopecia|TOXICITY}} (from earlier {{chemotherapy|SYSTEMIC_THERAPY}}).
    Discharge advice: continue {{thymalfasin|IMMUNOMODULATOR}}; follow up in Shanghai or seek a thoracic surgical opinion.
    """)

note("PB12", "PB12-02", "2025-10-28", "Sarcoma Clinic Transfer of Care", """
    Sarcoma Clinic - Transfer of care
    Oct 28, 2025
    19M, OS R femur with lung mets, moved to the US for college; parents present. Shanghai records reviewed (translated discharge summary 8/12/25).
    Hx: AP/HD-MTX/IFO, limb salvage 2024; sintilimab (ICI) + anlotinib 5/2025-8/2025, SD ~3 mo then PD. No further IO and no anticancer treatment since 8/2025, other than thymalfasin injections twice weekly (brought from China), which he continues.
    Feels well. Cycles to class. ECOG 0.
    Plan:
    1. CT chest.
    2. Thoracic surgery referral.
    3. If PROMIS is considered, thymalfasin must be stopped >= 2 weeks before the first dose - pt agrees to stop; will finish the current box (last dose planned ~11/9).
    4. PFTs.
    """)

note("PB12", "PB12-03", "2025-11-05", "Radiology Report", """
    CT CHEST WITHOUT AND WITH CONTRAST
    Date: 11/5/2025
    Hx: {{19 y/o|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}}, {{pulmonary metastases|LUNG_METASTASIS}}, {{progression|TUMOR_RESPONSE}} on {{PD-1 inhibitor|CHECKPOINT_INHIBITOR}} 8/2025.
    Comparison: outside CT 8/5/2025 (Shanghai), images imported.
    Findings:
    RLL superior segment {{nodule|PULMONARY_NODULE}} 1.3 cm (1.0 cm on 8/5). RLL posterior basal {{nodule|PULMONARY_NODULE}} 9 mm (8 mm on 8/5). The previously described 4 mm LUL {{nodule|PULMONARY_NODULE|negated}} is no longer seen.
    No {{pleural effusion|PLEURAL_EFFUSION|negated}} (the small right {{effusion|PLEURAL_EFFUSION|negated}} on the outside study has resolved).
    No mediastinal or hilar lymphadenopathy.
    Impression:
    1. Two RLL {{metastases|METASTASIS}}, slightly larger.
    2. No {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    """)

note("PB12", "PB12-04", "2025-11-12", "Thoracic Surgery Consult", """
    THORACIC SURGERY NEW CONSULT - 11/12/2025
    {{19M|AGE}} with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}; 2 RLL {{nodules|PULMONARY_NODULE}} (superior segment 1.3 cm, posterior basal 9 mm).
    {{PFTs|PULMONARY_FUNCTION}} 11/10/2025: {{FEV1|PULMONARY_FUNCTION}} 4.6 L (101% pred), {{FVC|PULMONARY_FUNCTION}} 5.4 L (99%), {{DLCO|PULMONARY_FUNCTION}} 97%. Excellent {{pulmonary reserve|PULMONARY_FUNCTION}}.
    Assessment/Plan: {{Resectable|RESECTABLE}}. Recommend {{VATS RLL superior segmentectomy|LUNG_RESECTION|hypothetical}} plus {{wedge resection|LUNG_RESECTION|hypothetical}} of the posterior basal {{nodule|PULMONARY_NODULE}}. {{Cleared for thoracic surgery|PULMONARY_FUNCTION}}. Will coordinate with oncology regarding {{PROMIS|INVESTIGATIONAL|hypothetical}} (pre-op SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hypothetical}} + {{gemcitabine|GEMCITABINE|hypothetical}} per protocol) vs upfront surgery.
    """)

note("PB12", "PB12-05", "2025-11-19", "Pharmacy Medication Reconciliation", """
    MED REC (Pharmacy, pre-screening) - 19-Nov-2025
    Pt: {{19 y/o|AGE}} M    Wt 63 kg
    Home meds:
    1. {{Thymalfasin|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg SC twice weekly - DISCONTINUED. Last dose Sun 11/09/2025 (pt showed the empty box and his injection log).
    2. Cetirizine 10 mg PO daily PRN (seasonal allergies).
    3. Multivitamin PO daily.
    Prior anticancer meds (for reference): {{sintilimab|CHECKPOINT_INHIBITOR|historical}} (last 07/2025), {{anlotinib|SYSTEMIC_THERAPY|historical}} (last 08/2025), {{Xiaoaiping tablets|IMMUNOMODULATOR|historical}} (stopped 08/2025).
    No {{steroids|SYSTEMIC_STEROID|negated}}.
    Allergies: NKDA.
    """)


# =====================================================================================
# PB13 — 52-year-old man (DOB), resectable LUL metastases, PFTs adequate, ECOG 1.
# Unknowns: equivocal enhancement in the tibial resection bed (local recurrence cannot be
# excluded); new small pleural effusion never characterised; thyroid FNA Bethesda V
# (suspicious for papillary carcinoma).
# =====================================================================================
patient("PB13", "2026-04-27", "needs_review", {
    "active_local_recurrence": U,
    "malignant_pleural_effusion": U,
    "other_malignancy_5y": U,
}, dob="1973-12-02")

note("PB13", "PB13-01", "2026-03-30", "Radiology Report", """
    CT CHEST WITH CONTRAST
    Date: 30 Mar 2026
    History: {{52M|AGE}}, high-grade surface {{osteosarcoma|OSTEOSARCOMA}} R proximal tibia (2022), s/p {{MAP|SYSTEMIC_THERAPY|historical}} and resection. Surveillance.
    Comparison: 09/29/2025.
    FINDINGS:
    1. LUL apicoposterior segment: new 1.3 cm solid {{nodule|PULMONARY_NODULE}}.
    2. LUL anterior segment: new 8 mm solid {{nodule|PULMONARY_NODULE}}.
    3. New small right {{pleural effusion|PLEURAL_EFFUSION}}, free-flowing, without pleural nodularity. Not previously present.
    4. Incidental 1.8 cm heterogeneous nodule in the left thyroid lobe.
    IMPRESSION:
    1. Two new LUL {{nodules|PULMONARY_NODULE}}, consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
    2. New small right {{pleural effusion|PLEURAL_EFFUSION}}, nonspecific.
    3. 1.8 cm left thyroid nodule; recommend thyroid ultrasound.
    """)

note("PB13", "PB13-02", "2026-04-08", "Radiology Report - MRI", """
    MRI RIGHT TIBIA/KNEE WITH AND WITHOUT GADOLINIUM
    Exam date: April 8, 2026
    Indication: {{osteosarcoma|OSTEOSARCOMA}} R proximal tibia s/p resection and allograft-prosthesis composite 2022; {{pulmonary relapse|LUNG_METASTASIS}}; assess the primary site.
    Findings: Postoperative changes with metal artefact. Along the anteromedial margin of the resection bed there is a 1.4 x 0.9 cm area of T2 hyperintensity with mild enhancement, not clearly present on the 2025 study (which was degraded by artefact). No discrete mass. No marrow replacement in the residual tibia.
    IMPRESSION: Equivocal enhancing focus in the resection bed; {{local recurrence|LOCAL_RECURRENCE|uncertain}} cannot be excluded versus postoperative granulation tissue/scar. Recommend short-interval MRI in 6-8 weeks or targeted biopsy.
    """)

note("PB13", "PB13-03", "2026-04-17", "Cytology Report", """
    CYTOLOGY - FINE NEEDLE ASPIRATION, THYROID
    Collected 04/15/2026; reported 04/17/2026
    Site: left thyroid lobe nodule, 1.8 cm (US-guided, 3 passes)
    Diagnosis: Bethesda category V - SUSPICIOUS FOR {{MALIGNANCY|OTHER_MALIGNANCY|uncertain}} (suspicious for {{papillary thyroid carcinoma|OTHER_MALIGNANCY|uncertain}}).
    Comment: nuclear grooves and occasional pseudoinclusions; molecular testing (ThyroSeq) sent. Surgical consultation recommended.
    """)

note("PB13", "PB13-04", "2026-04-20", "PET-CT Report", """
    FDG PET-CT, SKULL BASE TO MID-THIGH
    Date: 04/20/2026     Glucose 94 mg/dL, uptake 62 min
    Indication: osteosarcoma, new LUL nodules, equivocal MRI at the R tibial resection bed.
    Findings:
    Chest: LUL apicoposterior nodule 1.3 cm, SUVmax 3.1; LUL anterior nodule 8 mm, SUVmax 1.4 (below PET resolution for reliable characterisation). Small right pleural effusion without focal pleural uptake (SUVmax 1.2).
    Neck: left thyroid nodule SUVmax 6.8.
    MSK: R proximal tibia resection bed - mild uptake along the anteromedial margin, SUVmax 2.8, nonspecific (postsurgical vs tumour). No other osseous lesions.
    Impression:
    1. Mildly FDG-avid LUL nodule, compatible with metastasis; smaller nodule subcentimetric.
    2. Nonspecific low-grade uptake in the tibial resection bed - recurrence not excluded.
    3. Hypermetabolic thyroid nodule - correlate with FNA.
    4. Small right pleural effusion, not FDG-avid; indeterminate.
    """)

note("PB13", "PB13-05", "2026-04-22", "Tumor Board Note", """
    SARCOMA MULTIDISCIPLINARY TEAM MEETING
    22 April 2026
    Patient: {{52 y/o|AGE}} M, {{DOB 1973-12-02|DOB}}. High-grade surface {{osteosarcoma|OSTEOSARCOMA}} R tibia (2022), {{MAP|SYSTEMIC_THERAPY}} x 6, resected, 90% necrosis.
    Current issues:
    (a) Two new LUL {{nodules|PULMONARY_NODULE}} (1.3 cm, 8 mm) consistent with {{lung metastases|LUNG_METASTASIS}} - thoracic surgery: {{resectable|RESECTABLE}} by {{LUL wedge resections|LUNG_RESECTION|hypothetical}} or {{anterior segmentectomy|LUNG_RESECTION|hypothetical}}. {{PFTs|PULMONARY_FUNCTION}} 4/20: {{FEV1|PULMONARY_FUNCTION}} 88%, {{DLCO|PULMONARY_FUNCTION}} 85% - adequate.
    (b) New small R {{pleural effusion|PLEURAL_EFFUSION}} - too small to tap safely; no cytology. Nature uncertain; not FDG-avid.
    (c) MRI/PET of primary site: equivocal focus in the resection bed; possible {{local recurrence|LOCAL_RECURRENCE|uncertain}} vs scar. Biopsy not yet done.
    (d) Thyroid FNA: Bethesda V, suspicious for {{papillary carcinoma|OTHER_MALIGNANCY|uncertain}}; ENT referral made.
    {{ECOG 1|ECOG}}.
    Outcome: {{PROMIS|INVESTIGATIONAL|hypothetical}} eligibility cannot be confirmed yet - needs (1) clarification of the primary site (biopsy vs repeat MRI), (2) pleural fluid sampling if the {{effusion|PLEURAL_EFFUSION|hypothetical}} enlarges, (3) thyroid histology. Re-discuss in 4 weeks.
    """)


# =====================================================================================
# PB14 — 45-year-old woman. Excluded: HIV on Biktarvy; grade 4 anaphylaxis to
# rituximab (given for ITP in 2019); innumerable bilateral metastases, unresectable;
# DLCO 34% - inadequate. (ITP treated 2019-2020 only: > 2 y, not_met.)
# =====================================================================================
patient("PB14", "2026-01-19", "excluded", {
    "resectable_nodules": N,
    "pulmonary_function_adequate": N,
    "mab_allergy": M,
    "hiv": M,
})

note("PB14", "PB14-01", "2024-05-20", "Pathology Report", """
    SURGICAL PATHOLOGY REPORT
    Specimens: A. Lung, RUL, wedge resection. B. Lung, RUL, second wedge. C. Lung, RML, wedge resection.
    Date of procedure: 05/16/2024    Final: 05/20/2024
    Diagnosis:
    A-C. Metastatic osteosarcoma (three nodules: 1.4 cm, 0.9 cm, 0.6 cm), consistent with the patient's known femoral primary.
    Synoptic (largest lesion, A):
    Histologic type: osteosarcoma, osteoblastic
    Treatment effect: approximately 20% necrosis
    Margins: negative, closest 1.2 cm (A); B and C margins negative, closest 0.6 cm (C)
    Pleura: not involved
    """)

note("PB14", "PB14-02", "2025-12-08", "Progress Note - Sarcoma Clinic", """
    SARCOMA CLINIC - SOAP NOTE
    12/08/2025
    S: {{45-year-old|AGE}} woman with {{osteosarcoma|OSTEOSARCOMA}} of the R proximal femur (dx 06/2023; {{doxorubicin|SYSTEMIC_THERAPY}}/{{ifosfamide|SYSTEMIC_THERAPY}} + {{cisplatin|SYSTEMIC_THERAPY}}, resection with proximal femoral replacement 10/2023). {{Pulmonary mets|LUNG_METASTASIS}} 2024 - s/p R {{VATS wedge resection|LUNG_RESECTION|historical}} x3 (05/2024). Now increasing dyspnoea and dry cough for 1 month.
    PMH:
    - {{HIV infection|HIV|historical}} dx 2012, on {{Biktarvy|HIV|historical}}; CD4 610, VL undetectable (11/2025)
    - {{Immune thrombocytopenia|AUTOIMMUNE_DISEASE|historical}} 2019 -> {{prednisone|SYSTEMIC_STEROID|historical}} then {{rituximab|MONOCLONAL_ANTIBODY|historical}}; {{anaphylaxis|ALLERGIC_REACTION|historical}} (grade 4) with the first {{rituximab|MONOCLONAL_ANTIBODY|historical}} infusion (hypotension, stridor, required epinephrine + ICU); in remission since 2020, no treatment since.
    - s/p hysterectomy 2018 (fibroids).
    Allergies: {{RITUXIMAB|MONOCLONAL_ANTIBODY}} - {{anaphylaxis|ALLERGIC_REACTION}}. Penicillin - {{hives|ALLERGIC_REACTION}}.
    Meds: {{Biktarvy|HIV}} 1 tab daily, ferrous sulfate.
    O: SpO2 91% RA at rest. {{ECOG 1|ECOG}}. Scattered crackles R base.
    A/P: {{45F|AGE}}, recurrent {{pulmonary metastatic|LUNG_METASTASIS}} {{OS|OSTEOSARCOMA}} with progressive respiratory symptoms.
    - CT chest; {{PFTs|PULMONARY_FUNCTION|hypothetical}}.
    - ID aware.
    """)

note("PB14", "PB14-03", "2025-12-15", "Radiology Report", """
    EXAM: CT CHEST W CONTRAST    DATE: 12/15/2025
    HISTORY: 45 F, osteosarcoma, prior R wedge resections, dyspnea.
    FINDINGS: Innumerable bilateral pulmonary nodules, too numerous to count, ranging from 3 mm to 2.4 cm, involving all lobes, markedly increased since 06/2025. Several central nodules abut segmental bronchi bilaterally. Postsurgical staple lines RUL/RML. No pleural effusion. Mild mediastinal adenopathy (R paratracheal 1.3 cm).
    IMPRESSION: Marked interval progression of bilateral pulmonary metastases, too numerous to count. No pleural effusion.
    """)

note("PB14", "PB14-04", "2026-01-06", "Pulmonary Function Test Report", """
    PULMONARY FUNCTION LABORATORY REPORT
    Test date: 01/06/2026
    Spirometry: {{FVC|PULMONARY_FUNCTION}} 2.01 L (62% pred); {{FEV1|PULMONARY_FUNCTION}} 1.55 L (58% pred); {{FEV1/FVC|PULMONARY_FUNCTION}} 0.77.
    Lung volumes: {{TLC|PULMONARY_FUNCTION}} 68% pred - moderate restriction.
    {{DLCO|PULMONARY_FUNCTION}} (Hb-corrected): 34% pred - severe reduction.
    Interpretation: moderate restrictive ventilatory defect with severely reduced {{diffusing capacity|PULMONARY_FUNCTION}}, consistent with extensive parenchymal disease and prior {{resections|LUNG_RESECTION|historical}}. {{Pulmonary reserve|PULMONARY_FUNCTION}} is inadequate for further {{pulmonary resection|LUNG_RESECTION|hypothetical}}.
    """)

note("PB14", "PB14-05", "2026-01-13", "Tumor Board Note", """
    Tumor Board Summary - Jan 13, 2026
    45F, osteosarcoma with extensive bilateral pulmonary metastases (TNTC) after prior wedge resections; HIV on ART (well controlled); h/o grade 4 anaphylaxis to rituximab.
    Thoracic surgery: disease is unresectable - no role for metastasectomy; PFTs show inadequate reserve (DLCO 34%).
    Rad onc: not suitable for SBRT given the number of lesions.
    Recommendation: systemic therapy (e.g., high-dose ifosfamide or regorafenib). Not a candidate for PROMIS (unresectable disease; HIV; prior grade 4 reaction to a monoclonal antibody).
    """)


# =====================================================================================
# PB15 — 28-year-old woman, ~3.5 months postpartum and breastfeeding (negative urine hCG
# does not matter). MMR given 2026-04-18 = exactly 30 days before as_of (inside).
# Biopsy-proven local recurrence in the resection bed, not yet re-resected.
# =====================================================================================
patient("PB15", "2026-05-18", "excluded", {
    "pulmonary_function_adequate": U,
    "active_local_recurrence": M,
    "live_vaccine_30d": M,
    "pregnant_or_lactating": M,
}, dob="1997-08-09", windows=(("MMR", "2026-04-18", 30),))

note("PB15", "PB15-01", "2026-04-18", "Family Medicine Postpartum Visit", """
    FAMILY MEDICINE - POSTPARTUM VISIT (11 weeks)
    Date: 04/18/2026 (Saturday clinic)
    {{28 y/o|AGE}} G1P1, SVD 1/30/2026, healthy infant. Exclusively {{breastfeeding|LACTATION}}, going well.
    Hx: {{osteosarcoma|OSTEOSARCOMA|historical}} L humerus (2023), treated at University Hospital; in surveillance. She has noticed a firm lump near the old scar on her L arm for ~3 weeks - I have contacted her sarcoma team; MRI arranged.
    Rubella non-immune on prenatal labs; {{MMR|LIVE_VACCINE|negated}} was not given at delivery discharge. {{MMR vaccine|LIVE_VACCINE}} administered today (0.5 mL SC, R deltoid) - counselled that {{breastfeeding|LACTATION}} can continue after {{MMR|LIVE_VACCINE}}. {{Tdap|NONLIVE_VACCINE}} given 11/2025 (third trimester).
    Prenatal {{HIV screen|HIV|negated}} negative (07/2025).
    Contraception: progestin-only pill.
    EPDS 5.
    """)

note("PB15", "PB15-02", "2026-04-21", "Radiology Report - MRI", """
    MRI LEFT HUMERUS W/WO CONTRAST - 04/21/2026
    Indication: h/o osteosarcoma L proximal humerus s/p resection/endoprosthesis 2023; palpable mass near the scar.
    Findings: 2.8 x 2.2 x 3.5 cm enhancing soft-tissue mass in the deltoid adjacent to the proximal endoprosthesis, within the prior resection bed, with central necrosis. No marrow signal abnormality in the residual humeral shaft.
    Impression: enhancing mass in the resection bed, highly suspicious for local recurrence. Recommend image-guided biopsy.
    """)

note("PB15", "PB15-03", "2026-04-30", "Pathology Report", """
    SURGICAL PATHOLOGY
    Specimen: soft tissue mass, left shoulder/deltoid (resection bed), US-guided core biopsy
    Received: 04/28/2026    Final: 04/30/2026
    Clinical: prior {{osteosarcoma|OSTEOSARCOMA|historical}} L proximal humerus (2023); new mass in the resection bed.
    FINAL DIAGNOSIS: RECURRENT HIGH-GRADE {{OSTEOSARCOMA|OSTEOSARCOMA}} (osteoblastic), consistent with {{local recurrence|LOCAL_RECURRENCE}}.
    Histologic type: {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic
    Margins: not applicable (core biopsy)
    Immunohistochemistry: SATB2 positive.
    """)

note("PB15", "PB15-04", "2026-05-11", "Progress Note - Sarcoma Clinic", """
    SARCOMA CLINIC - 5/11/2026
    S: {{28F|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} L proximal humerus 2023 ({{MAP|SYSTEMIC_THERAPY}} x 6 + resection), now with biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} in the resection bed (4/30) and a new 9 mm LLL {{nodule|PULMONARY_NODULE}} on staging CT 5/6/26, compatible with {{metastasis|METASTASIS}}. Delivered 1/30/26; still {{breastfeeding|LACTATION}} (pumping at work). Received {{MMR|LIVE_VACCINE}} 4/18 at her PCP.
    O: {{ECOG 1|ECOG}}. Firm 3 cm mass L deltoid.
    Labs: {{urine hCG|PREGNANCY_TEST|negated}} negative (5/11).
    A/P:
    1. {{Local recurrence|LOCAL_RECURRENCE}} - plan re-resection with wide margins (ortho onc, date TBD), then address the {{lung nodule|PULMONARY_NODULE}} ({{resectable|RESECTABLE}}, peripheral - {{wedge resection|LUNG_RESECTION|hypothetical}}).
    2. She asked about {{PROMIS|INVESTIGATIONAL|hypothetical}}: not eligible at this time (active {{local recurrence|LOCAL_RECURRENCE}}; {{lactating|LACTATION}}).
    3. Advised to stop {{breastfeeding|LACTATION}} before any {{systemic therapy|SYSTEMIC_THERAPY|hypothetical}}.
    """)


# =====================================================================================
# PB16 — girl whose 10th birthday is the as-of date (DOB 2015-10-06): age 10, eligible.
# Lansky 90. Traps: Varivax (live) 31 days before as_of (outside 30 days); "leucovorin
# rescue" (not a stem-cell rescue); normal audiogram.
# =====================================================================================
patient("PB16", "2025-10-06", "eligible", {}, dob="2015-10-06",
        windows=(("Varivax", "2025-09-05", 31),))

note("PB16", "PB16-01", "2025-08-25", "Radiology Report", """
    CT CHEST WITH CONTRAST
    08/25/2025
    History: 9-year-old girl, osteosarcoma L proximal tibia, off therapy since 03/2025.
    Comparison: 05/27/2025.
    Findings: new 7 mm partially calcified nodule in the RLL lateral basal segment, subpleural. No other nodules. No pleural effusion. No adenopathy.
    Impression: new 7 mm calcified RLL nodule, compatible with metastasis.
    """)

note("PB16", "PB16-02", "2025-09-05", "Immunization Record", """
    Vaccine Administration Record - Pediatric Oncology Clinic
    Patient: {{9 y/o|AGE}} F     Date: 9/5/2025
    Re-vaccination after completion of {{chemotherapy|SYSTEMIC_THERAPY}} (6 months off therapy). Cleared by attending.
    - {{Varicella vaccine|LIVE_VACCINE}} ({{Varivax|LIVE_VACCINE}}), live, 0.5 mL SC L arm - lot Y0321 - VIS given
    - {{Tdap|NONLIVE_VACCINE}} ({{Boostrix|NONLIVE_VACCINE}}), 0.5 mL IM R deltoid - lot 7H2KP
    - {{Hepatitis B|NONLIVE_VACCINE}} ({{Engerix-B|NONLIVE_VACCINE}}) dose 1, IM L thigh
    Observed 15 min; tolerated well.
    Next: {{MMR|LIVE_VACCINE|hypothetical}} + {{varicella|LIVE_VACCINE|hypothetical}} dose 2 - to be scheduled after lung surgery or as directed by oncology.
    """)

note("PB16", "PB16-03", "2025-09-15", "Progress Note - Pediatric Oncology", """
    PEDIATRIC HEMATOLOGY/ONCOLOGY - PROGRESS NOTE
    Date: 15-Sep-2025
    Pt: {{9 yo|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} L proximal tibia, dx 02/2024. Completed {{MAP|SYSTEMIC_THERAPY}} ({{HD-MTX|SYSTEMIC_THERAPY}} with leucovorin rescue, {{doxorubicin|SYSTEMIC_THERAPY}}, {{cisplatin|SYSTEMIC_THERAPY}}) 03/2025; limb salvage with expandable endoprosthesis 05/2024.
    New 7 mm RLL {{nodule|PULMONARY_NODULE}} on CT 8/25, c/w {{metastasis|METASTASIS}} - referred to peds surgery.
    Parents' report: energetic, back at dance class (modified), sleeping well, appetite good. No cough.
    Growth: wt 31.0 kg (50th %ile), ht 137 cm (60th %ile); BMI appropriate.
    Audiology 08/2025: normal hearing, no {{ototoxicity|TOXICITY|negated}}.
    Exam: NAD. Chest clear. L leg well healed.
    {{Lansky 90|LANSKY}}.
    Vaccines: {{Varivax|LIVE_VACCINE}}/{{Tdap|NONLIVE_VACCINE}}/{{HepB|NONLIVE_VACCINE}} given 9/5 - no issues.
    Plan: peds surgery consult for {{wedge resection|LUNG_RESECTION|hypothetical}}; {{PFTs|PULMONARY_FUNCTION|hypothetical}} (she can do spirometry); discuss {{PROMIS|INVESTIGATIONAL|hypothetical}} screening with family - parents interested.
    """)

note("PB16", "PB16-04", "2025-09-29", "Pediatric Surgery Consult", """
    PEDIATRIC SURGERY CONSULT
    Date: 9/29/25
    Requested by: Dr. Patel (oncology)
    {{9 y/o|AGE}} girl with {{osteosarcoma|OSTEOSARCOMA}} and a solitary 7 mm RLL lateral basal {{nodule|PULMONARY_NODULE}}, subpleural, consistent with {{metastasis|METASTASIS}}.
    {{PFTs|PULMONARY_FUNCTION}} 9/26/25 (pediatric lab): {{FEV1|PULMONARY_FUNCTION}} 94% pred, {{FVC|PULMONARY_FUNCTION}} 96% pred; good effort. Adequate for {{thoracoscopic resection|LUNG_RESECTION|hypothetical}}.
    Impression: solitary peripheral {{nodule|PULMONARY_NODULE}} - {{resectable|RESECTABLE}}.
    Recommendation: {{thoracoscopic wedge resection|LUNG_RESECTION|hypothetical}} of the RLL {{nodule|PULMONARY_NODULE}} with hookwire or ICG localization. Can be timed around {{trial therapy|INVESTIGATIONAL|hypothetical}} if the family chooses {{PROMIS|INVESTIGATIONAL|hypothetical}}.
    """)

note("PB16", "PB16-05", "2025-10-02", "Research Eligibility Screening", """
    PROMIS ELIGIBILITY - SCREENING LOG ENTRY
    Date: 10/02/2025
    {{DOB: 10/06/2015|DOB}}. Planned screening/registration date: 10/06/2025.
    Age at registration: {{10 years|AGE}}.
    Histology: {{osteosarcoma|OSTEOSARCOMA}} (conventional) - path 02/2024 - OK
    Lung: solitary RLL {{nodule|PULMONARY_NODULE}} c/w {{metastasis|METASTASIS}}; {{resectable|RESECTABLE}} (peds surgery 9/29) - OK
    Prior systemic therapy: {{MAP|SYSTEMIC_THERAPY}} - OK
    {{Lansky: 90|LANSKY}} (age < 16) - OK
    {{PFTs|PULMONARY_FUNCTION}} adequate - OK
    Vaccines: {{Varivax|LIVE_VACCINE}} (live) 09/05/2025 - outside the 30-day window by 10/06 per coordinator.
    No {{steroids|SYSTEMIC_STEROID|negated}}, no {{immunosuppressants|IMMUNOSUPPRESSANT|negated}}. No {{transplant|TRANSPLANT|negated}}.
    """)


# =====================================================================================
# PB17 — 26-year-old woman, otherwise a clean candidate. Unknowns: possible SLE (work-up
# pending, no systemic treatment yet); "a steroid" at urgent care 4 days before as_of,
# route/agent unknown; typhoid vaccine 18 days before as_of, oral (live) vs injectable
# unknown. Hydrocortisone cream on the face is topical.
# =====================================================================================
patient("PB17", "2026-11-20", "needs_review", {
    "autoimmune_systemic_2y": U,
    "systemic_steroids_7d": U,
    "live_vaccine_30d": U,
}, windows=(("urgent-care steroid", "2026-11-16", 4), ("typhoid vaccine", "2026-11-02", 18)))

note("PB17", "PB17-01", "2026-09-21", "Radiology Report", """
    CT CHEST WITH CONTRAST
    EXAM DATE: 2026-09-21
    INDICATION: 26F, osteosarcoma L distal femur (2024), surveillance.
    FINDINGS:
    - 1.0 cm solid nodule, RUL posterior segment (new).
    - 6 mm solid nodule, RML lateral segment (new).
    - No pleural effusion. No lymphadenopathy.
    IMPRESSION: 1. Two new right lung nodules, most consistent with pulmonary metastases. 2. No pleural effusion.
    """)

note("PB17", "PB17-02", "2026-10-26", "Progress Note - Sarcoma Clinic", """
    Sarcoma Clinic Follow-up  |  10/26/2026
    {{26 yo|AGE}} F, conventional {{osteosarcoma|OSTEOSARCOMA}} L distal femur (dx 03/2024), {{MAP|SYSTEMIC_THERAPY}} x 6 + resection (95% necrosis), completed 11/2024. New RUL 1.0 cm and RML 6 mm {{nodules|PULMONARY_NODULE}} (CT 9/21) c/w {{pulmonary metastases|LUNG_METASTASIS}}; thoracic surgery (Dr. Ibe, 10/15): both {{resectable|RESECTABLE}} by {{VATS wedge resection|LUNG_RESECTION|hypothetical}}; {{PFTs|PULMONARY_FUNCTION}} adequate ({{FEV1|PULMONARY_FUNCTION}} 93%, {{DLCO|PULMONARY_FUNCTION}} 90%).
    Interval: new facial rash over the cheeks x 3 wks + joint pain in the hands. Using OTC {{hydrocortisone cream|LOCAL_STEROID}} on the face.
    Social: planning a trip to Mexico mid-December; asked about travel vaccines.
    {{ECOG 0|ECOG}}.
    Plan:
    - Screen for {{PROMIS|INVESTIGATIONAL|hypothetical}}.
    - Rheumatology referral re rash/arthralgia - ANA, dsDNA, C3/C4 drawn.
    - Travel clinic: avoid {{live vaccines|LIVE_VACCINE|hypothetical}}; discuss with us before any vaccine.
    """)

note("PB17", "PB17-03", "2026-11-09", "Rheumatology Consult", """
    RHEUMATOLOGY CONSULTATION
    Date of service: November 9, 2026
    Reason: photosensitive malar rash, inflammatory arthralgias; h/o {{osteosarcoma|OSTEOSARCOMA|historical}} with new {{lung mets|LUNG_METASTASIS}}.
    Labs 10/26: ANA 1:640 homogeneous; anti-dsDNA 48 IU/mL (weakly positive); C3 low-normal; CBC normal; UA bland.
    Assessment: possible {{systemic lupus erythematosus|AUTOIMMUNE_DISEASE|uncertain}} (meets some but not all classification criteria); {{drug-induced lupus|AUTOIMMUNE_DISEASE|uncertain}} considered less likely (no culprit drug). Cannot exclude early {{undifferentiated connective tissue disease|AUTOIMMUNE_DISEASE|uncertain}}.
    Plan: anti-Smith, anti-histone, repeat complement; skin biopsy of the rash. No systemic {{immunosuppression|IMMUNOSUPPRESSANT|negated}} started - would prefer to avoid {{hydroxychloroquine|IMMUNOSUPPRESSANT|hypothetical}}/{{steroids|SYSTEMIC_STEROID|hypothetical}} until the diagnosis is clearer and the oncology plan is known. Sunscreen. Follow-up 4 weeks.
    """)

note("PB17", "PB17-04", "2026-11-18", "Telephone Encounter", """
    TELEPHONE NOTE - 11/18/2026 10:20
    Pt called re: rash worse over the weekend. Went to an urgent care 2 days ago (Mon 11/16) - she says they "gave me a {{steroid|SYSTEMIC_STEROID|uncertain}}"; she isn't sure whether it was a shot, pills or a cream, and she does not have the discharge paperwork. Urgent care records requested (fax).
    She also mentions that she got a {{typhoid vaccine|LIVE_VACCINE|uncertain}} at a travel clinic on 11/2 for her December trip - does not know which kind; travel clinic closed today, will call back tomorrow.
    Advised: do not start any new medications without telling us. Reviewed with Dr. Ferreira - {{PROMIS|INVESTIGATIONAL|hypothetical}} screening on hold until the {{steroid|SYSTEMIC_STEROID|uncertain}} and {{typhoid vaccine|LIVE_VACCINE|uncertain}} details are confirmed.
    """)

note("PB17", "PB17-05", "2026-11-19", "Research Screening Checklist", """
    PROMIS Pre-screening (coordinator) - 19 Nov 2026
    Histology OS confirmed (2024 path) - yes
    Lung mets - yes, 2, resectable (thoracic 10/15/26)
    Prior MAP - yes
    Age 26 - yes
    ECOG 0 - yes
    PFTs adequate - yes (10/2026)
    Urine hCG 11/19/26 - negative
    HIV Ag/Ab 11/19/26 - non-reactive
    OPEN ITEMS:
     * possible SLE - rheum work-up pending (anti-Sm, skin biopsy); no treatment started
     * "steroid" at urgent care 11/16 - agent/route unknown, records requested
     * typhoid vaccine 11/2 - oral live (Vivotif) vs injectable Vi polysaccharide (Typhim Vi) unknown
    Status: HOLD
    """)


# =====================================================================================
# PB18 — 40-year-old man, heavily pre-treated. Excluded: nivolumab with PR for 13 months
# then PD (secondary resistance); active, unresected local recurrence; cytology-positive
# malignant pleural effusion; hilar mass encasing the left main stem bronchus
# (pneumonectomy needed -> not resectable); ECOG 3.
# =====================================================================================
patient("PB18", "2025-07-21", "excluded", {
    "resectable_nodules": N,
    "performance_status": N,
    "pulmonary_function_adequate": U,
    "active_local_recurrence": M,
    "malignant_pleural_effusion": M,
    "prior_checkpoint_inhibitor": M,
})

note("PB18", "PB18-01", "2024-10-28", "Progress Note - Medical Oncology", """
    Medical Oncology Progress Note - 28 Oct 2024
    Dx: chondroblastic {{osteosarcoma|OSTEOSARCOMA}} L pelvis (2022), s/p {{MAP|SYSTEMIC_THERAPY|historical}} + internal hemipelvectomy (margins negative); {{lung mets|LUNG_METASTASIS}} 2023.
    Tx: {{nivolumb|CHECKPOINT_INHIBITOR}} ({{Opdivo|CHECKPOINT_INHIBITOR}}) 480 mg q4w since 09/2023 (off-label, after {{progression|TUMOR_RESPONSE}} on {{IFO|SYSTEMIC_THERAPY}}/{{VP-16|SYSTEMIC_THERAPY}}).
    Response: CT 12/2023 {{partial response|TUMOR_RESPONSE}} (~45% decrease in sum of diameters); {{PR|TUMOR_RESPONSE}} maintained 03/2024 and 06/2024. CT 10/21/2024: new LLL {{nodules|PULMONARY_NODULE}} and growth of the {{L hilar mass|PULMONARY_NODULE}} -> {{progressive disease|TUMOR_RESPONSE}} after 13 months of response.
    Plan: stop {{nivolumab|CHECKPOINT_INHIBITOR}}. Options discussed: {{cabozantinib|SYSTEMIC_THERAPY|hypothetical}} (off-label) vs {{clinical trial|INVESTIGATIONAL|hypothetical}}; he prefers to start {{cabozantinib|SYSTEMIC_THERAPY|hypothetical}} 40 mg daily.
    """)

note("PB18", "PB18-02", "2025-06-23", "Radiology Report - MRI", """
    MRI PELVIS W/WO CONTRAST - June 23, 2025
    Clinical: {{osteosarcoma|OSTEOSARCOMA}} L pelvis s/p internal hemipelvectomy 2022; new L buttock pain.
    Findings: 6.2 x 5.0 x 7.1 cm heterogeneously enhancing mass centred in the L hemipelvectomy bed, involving the residual iliac wing and gluteus medius, with mineralised matrix. New since 12/2024.
    Impression: large mass in the resection bed, consistent with {{local recurrence|LOCAL_RECURRENCE}} of {{osteosarcoma|OSTEOSARCOMA}}.
    """)

note("PB18", "PB18-03", "2025-07-08", "Radiology Report", """
    CT CHEST WITH CONTRAST - 07/08/2025
    Hx: 40M, metastatic osteosarcoma on cabozantinib, dyspnea.
    Findings:
    - Left hilar mass 4.8 cm, encasing and narrowing the left main stem bronchus and abutting the left main pulmonary artery.
    - Multiple bilateral nodules, largest LLL 2.6 cm; at least 9 nodules, increased.
    - Moderate left pleural effusion with nodular pleural thickening, new.
    Impression: progression of pulmonary metastatic disease; L hilar mass involving the L main stem bronchus and L main PA. New moderate L pleural effusion with pleural nodularity - r/o malignant effusion; recommend thoracentesis.
    """)

note("PB18", "PB18-04", "2025-07-11", "Cytology Report", """
    CYTOLOGY REPORT - PLEURAL FLUID, LEFT
    Procedure date: 07/10/2025    Report date: 07/11/2025
    Volume: 1,050 mL, bloody.
    Diagnosis: POSITIVE FOR MALIGNANT CELLS - pleomorphic malignant cells with osteoid-like matrix; SATB2 positive. Consistent with metastatic osteosarcoma.
    """)

note("PB18", "PB18-05", "2025-07-14", "Discharge Summary", """
    DISCHARGE SUMMARY
    Admission: 07/09/2025    Discharge: 07/14/2025
    Patient: {{40 y/o|AGE}} male
    Principal diagnosis: {{Malignant pleural effusion|MALIGNANT_EFFUSION}}, left, due to {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
    Secondary: {{Local recurrence|LOCAL_RECURRENCE}} L pelvis (MRI 6/23/25), not resected. {{Pulmonary metastases|LUNG_METASTASIS}} with an {{L hilar mass|PULMONARY_NODULE}} encasing the {{L main stem bronchus|CENTRAL_STRUCTURE}}.
    Hospital course: admitted with dyspnoea. Thoracentesis 7/10 (1 L); {{cytology positive|MALIGNANT_EFFUSION}}. Tunnelled pleural catheter placed 7/12. Thoracic surgery reviewed: disease {{not resectable|UNRESECTABLE}} - clearing the {{hilar mass|PULMONARY_NODULE}} would require a {{left pneumonectomy|PNEUMONECTOMY|hypothetical}}, which he would not tolerate given his performance status and disease burden ({{PFTs|PULMONARY_FUNCTION|negated}} not performed); not a surgical candidate. {{Cabozantinib|SYSTEMIC_THERAPY}} held during admission.
    PS at discharge: {{ECOG 3|ECOG}} (in bed/chair > 50% of waking hours).
    Prior therapy summary: {{MAP|SYSTEMIC_THERAPY|historical}} (2022), {{IE|SYSTEMIC_THERAPY|historical}} (2023), {{nivolumab|CHECKPOINT_INHIBITOR|historical}} 09/2023-10/2024 (best response {{PR|TUMOR_RESPONSE|historical}} x 13 months, then {{PD|TUMOR_RESPONSE|historical}}), {{cabozantinib|SYSTEMIC_THERAPY}} 11/2024-present.
    Discharge plan: home with pleural catheter drainage 3x/week; palliative care; outpatient sarcoma follow-up 7/21. Not eligible for {{PROMIS|INVESTIGATIONAL|hypothetical}}.
    Meds: {{cabozantinib|SYSTEMIC_THERAPY}} 40 mg daily (resume 7/15), oxycodone, senna.
    """)


# =====================================================================================
# PB19 — 17-year-old (DOB) pregnant at ~16 weeks, newly diagnosed metastatic
# osteosarcoma, chemotherapy-naive. Allogeneic HSCT (2014) for B-ALL (dx 2012: outside
# 5 years). ECOG 1 (age >= 16).
# =====================================================================================
patient("PB19", "2026-01-05", "excluded", {
    "resectable_nodules": U,
    "prior_systemic_therapy": N,
    "pulmonary_function_adequate": U,
    "allogeneic_transplant": M,
    "pregnant_or_lactating": M,
}, dob="2008-06-19")

note("PB19", "PB19-01", "2025-12-09", "Pathology Report", """
    SURGICAL PATHOLOGY REPORT
    Specimen: bone, left distal femur, core needle biopsy
    Date of procedure: 12/05/2025    Date signed: 12/09/2025
    Clinical history: {{17 y/o|AGE}} F, h/o {{B-ALL|OTHER_MALIGNANCY|historical}} (2012, relapse 2014) s/p {{allogeneic HSCT|TRANSPLANT|historical}}; now a lytic-sclerotic lesion of the L distal femur.
    DIAGNOSIS: HIGH-GRADE {{OSTEOSARCOMA|OSTEOSARCOMA}}, OSTEOBLASTIC TYPE.
    Synoptic:
    Histologic type: conventional {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic
    Histologic grade: high grade (G3)
    Treatment effect: not applicable (pre-treatment biopsy)
    Ancillary: SATB2 diffusely positive; MDM2 FISH not amplified.
    Comment: given prior total body irradiation ({{HSCT|TRANSPLANT|historical}} conditioning, 2014), this {{osteosarcoma|OSTEOSARCOMA}} is likely radiation-associated (secondary).
    """)

note("PB19", "PB19-02", "2025-12-12", "Radiology Report", """
    CT CHEST W CONTRAST (abdominal shielding; patient pregnant)
    12/12/2025
    Indication: 17F, newly diagnosed osteosarcoma L femur, staging. About 14 weeks pregnant - protocol modified, abdominal shield.
    Findings: multiple bilateral pulmonary nodules (at least 8), largest 1.6 cm RLL posterior basal, several calcified. No pleural effusion.
    Impression: multiple bilateral pulmonary nodules, consistent with metastases.
    """)

note("PB19", "PB19-03", "2025-12-18", "AYA Oncology Consult", """
    AYA ONCOLOGY - NEW PATIENT CONSULT
    Date: December 18, 2025
    {{17-year-old|AGE}} G1P0 at ~{{15 weeks' gestation|PREGNANCY}} (dating US 11/28/2025), referred with newly diagnosed high-grade {{osteosarcoma|OSTEOSARCOMA}} of the L distal femur with bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
    PMH:
    - {{B-cell ALL|OTHER_MALIGNANCY|historical}} dx 03/2012, relapsed 2014; {{allogeneic HSCT|TRANSPLANT|historical}} (matched unrelated donor, TBI-based) 09/2014. Mild chronic skin {{GVHD|TOXICITY|historical,negated}}, resolved; off all {{immunosuppression|IMMUNOSUPPRESSANT|historical,negated}} since 2016.
    - Hypothyroidism (post-TBI) on {{levothyroxine|REPLACEMENT_THERAPY|historical}}.
    Treatment for {{osteosarcoma|OSTEOSARCOMA}}: none yet - {{chemotherapy-naive|CHEMO_NAIVE}}.
    Meds: {{levothyroxine|REPLACEMENT_THERAPY}} 75 mcg, prenatal vitamin.
    Exam: {{ECOG 1|ECOG}}. L knee swelling.
    Assessment: {{17F|AGE}}, {{pregnant|PREGNANCY}} (~15 wk), {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}; h/o {{allo-HSCT|TRANSPLANT|historical}}.
    Plan: MFM + ethics + family meeting re timing of {{MAP|SYSTEMIC_THERAPY|hypothetical}} ({{doxorubicin|SYSTEMIC_THERAPY|hypothetical}}/{{cisplatin|SYSTEMIC_THERAPY|hypothetical}} may be considered in the 2nd trimester; {{HD-MTX|SYSTEMIC_THERAPY|hypothetical}} contraindicated in {{pregnancy|PREGNANCY}}). Fertility and psychosocial support.
    Research: the family raised {{PROMIS|INVESTIGATIONAL|hypothetical}} (they read about it) - not applicable ({{chemo-naive|CHEMO_NAIVE}}, {{pregnant|PREGNANCY}}, prior {{allogeneic transplant|TRANSPLANT|historical}}).
    """)

note("PB19", "PB19-04", "2025-12-30", "Maternal-Fetal Medicine Consult", """
    MATERNAL-FETAL MEDICINE
    12/30/2025
    {{17 yo|AGE}} G1P0 at {{16w5d|PREGNANCY}} by first-trimester US. Single {{IUP|PREGNANCY}}, FHR 152. Anatomy scan scheduled 1/14/26.
    Consulted re {{chemotherapy|SYSTEMIC_THERAPY|hypothetical}} for {{osteosarcoma|OSTEOSARCOMA}} during {{pregnancy|PREGNANCY}}: {{anthracycline|SYSTEMIC_THERAPY|hypothetical}}/{{platinum|SYSTEMIC_THERAPY|hypothetical}} after 14 weeks acceptable with fetal monitoring; {{methotrexate|SYSTEMIC_THERAPY|hypothetical}} contraindicated. Patient and her mother wish to continue the {{pregnancy|PREGNANCY}}.
    Plan: serial growth US every 3-4 weeks if {{chemotherapy|SYSTEMIC_THERAPY|hypothetical}} starts; coordinate delivery timing with oncology.
    """)


# =====================================================================================
# PB20 — 13-year-old boy (stated age), Lansky 90. Unknowns: two 3-4 mm indeterminate
# nodules ("metastases cannot be excluded"); "stem cell transplant" 2016 for a blood
# disorder, donor type unknown; hearing complaint, audiogram pending to grade it.
# Trap: FluMist (live) 10/2024 - far outside 30 days.
# =====================================================================================
patient("PB20", "2025-05-26", "needs_review", {
    "pulmonary_metastases": U,
    "resectable_nodules": U,
    "pulmonary_function_adequate": U,
    "allogeneic_transplant": U,
    "unresolved_toxicity": U,
})

note("PB20", "PB20-01", "2025-04-28", "Radiology Report", """
    CT CHEST (low-dose paediatric protocol, with contrast)
    Date: 04/28/2025
    History: {{13-year-old|AGE}} boy, {{osteosarcom|OSTEOSARCOMA}} L distal femur treated elsewhere (2023-2024), establishing care.
    Comparison: none.
    Findings:
    - 4 mm {{nodule|PULMONARY_NODULE}}, LLL superior segment.
    - 3 mm {{nodule|PULMONARY_NODULE}}, LLL lateral basal segment.
    - No other {{nodules|PULMONARY_NODULE|negated}}. No {{pleural effusion|PLEURAL_EFFUSION|negated}}. No adenopathy.
    Impression:
    Two tiny LLL {{nodules|PULMONARY_NODULE}} (3-4 mm), indeterminate. {{Metastases|METASTASIS|uncertain}} cannot be excluded in this clinical setting; too small to characterise. Recommend follow-up CT in 6-8 weeks.
    """)

note("PB20", "PB20-02", "2025-05-12", "Progress Note - Pediatric Oncology", """
    PEDIATRIC ONCOLOGY - NEW PATIENT (transfer of care)
    05/12/2025
    {{13-year-old|AGE}} boy, family relocated from Texas in March. {{Osteosarcoma|OSTEOSARCOMA}} of L distal femur dx 06/2023 (conventional; outside pathology report reviewed), treated with {{MAP|SYSTEMIC_THERAPY}} x 6 and limb-salvage surgery; therapy completed 04/2024.
    Other history (per parents; records incomplete): "{{stem cell transplant|TRANSPLANT|uncertain,historical}}" in 2016 in India for "a blood problem" - parents unsure of the details and whether the cells came from a donor or from himself. Records requested from the treating hospital in Chennai.
    Parents' report: active, plays video games and basketball (shooting only), doing well at school, but teachers say he misses instructions from the back of the class; mum thinks his {{hearing loss|TOXICITY|uncertain}} has got worse since {{chemo|SYSTEMIC_THERAPY}}.
    Growth: wt 44 kg (45th %ile), ht 155 cm (50th %ile).
    Exam: well. {{Lansky 90|LANSKY}}.
    Imaging: CT 4/28 - two 3-4 mm LLL {{nodules|PULMONARY_NODULE}}, indeterminate.
    Immunisations: {{FluMist|LIVE_VACCINE}} (nasal) 10/2024 at school clinic; otherwise up to date per parents.
    A/P:
    1. Indeterminate {{pulmonary nodules|PULMONARY_NODULE}} - repeat CT mid-June; not a surgical question yet.
    2. Possible {{cisplatin|SYSTEMIC_THERAPY}} {{ototoxicity|TOXICITY|uncertain}} - audiology (booked 6/2) to grade.
    3. {{Transplant|TRANSPLANT|uncertain,historical}} history - obtain records.
    4. {{PROMIS|INVESTIGATIONAL|hypothetical}}: family asked; will revisit after the repeat CT.
    """)

note("PB20", "PB20-03", "2025-05-19", "Telephone Encounter", """
    Phone note 5/19/25 - RN
    Called the Chennai hospital international office re 2016 transplant records. They will e-mail the discharge summary "within 2 weeks"; the clerk could not tell me over the phone whether it was allogeneic or autologous. Parents informed.
    Audiology appointment confirmed 6/2/25 (formal audiogram with Chang/CTCAE grading). Repeat CT chest booked 6/16/25.
    """)


# =====================================================================================
# PB21 — girl aged 15 in 04/2025 (Lansky 90 then), "16 y/o" in 05/2026 with ECOG 1 (the
# scale that fits on the as-of date). No DOB. Eligible.
# Traps: dexamethasone 4 mg IV for PONV at port insertion 8 days before as_of (outside 7
# days); fluticasone nasal spray; grade 1 neuropathy / tinnitus; alopecia.
# =====================================================================================
patient("PB21", "2026-06-03", "eligible", {},
        windows=(("dexamethasone (anaesthesia)", "2026-05-26", 8),))

note("PB21", "PB21-01", "2025-04-02", "Progress Note - Pediatric Oncology", """
    Pediatric Oncology - End of Therapy Visit
    4/2/2025
    {{15-year-old|AGE}} girl with osteoblastic {{osteosarcoma|OSTEOSARCOMA}} of the R proximal humerus (dx 09/2024), s/p {{MAP|SYSTEMIC_THERAPY|historical}} x 6 cycles (last cycle 03/2025) and resection with endoprosthesis 12/2024 (> 90% necrosis).
    Toxicities: grade 1 {{tinnitus|TOXICITY}} (intermittent), grade 1 {{peripheral neuropathy|TOXICITY}} (fingertips), {{alopecia|TOXICITY}} (regrowing). Audiogram normal for age. Echo EF 61%.
    Parents' report: energy improving; back at school half days; playing the piano again.
    {{Lansky 90|LANSKY}}.
    Plan: port removal; surveillance CT chest every 3 months; survivorship clinic.
    """)

note("PB21", "PB21-02", "2026-04-22", "Radiology Report", """
    CT Chest W Contrast - 04/22/2026
    History: 16F, osteosarcoma R humerus, surveillance.
    Findings: 1.2 cm solid nodule RUL apical segment and 6 mm nodule RUL anterior segment, both new since 01/2026. No effusion.
    Impression: new RUL nodules x2, consistent with metastatic osteosarcoma.
    """)

note("PB21", "PB21-03", "2026-05-20", "AYA Sarcoma Clinic Note", """
    AYA SARCOMA CLINIC - FOLLOW-UP
    Date: 05/20/2026
    {{16 y/o|AGE}} F, osteoblastic {{osteosarcoma|OSTEOSARCOMA}} R proximal humerus ({{MAP|SYSTEMIC_THERAPY}} x 6 + resection, completed 03/2025), now with first {{pulmonary relapse|LUNG_METASTASIS}}: 2 RUL {{nodules|PULMONARY_NODULE}} (1.2 cm, 6 mm) on CT 4/22/26.
    {{ECOG 1|ECOG}} (fully ambulatory; restricted only in strenuous activity - R arm lifting restrictions).
    Tox: residual grade 1 {{neuropathy|TOXICITY}} in fingertips; hearing normal.
    Meds: {{fluticasone nasal spray|LOCAL_STEROID}} (seasonal), cetirizine.
    Thoracic surgery (Dr. Wen, 5/13): both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}}; recommended {{R VATS wedge resections|LUNG_RESECTION|hypothetical}} (possibly {{RUL segmentectomy|LUNG_RESECTION|hypothetical}}).
    Plan: {{PFTs|PULMONARY_FUNCTION|hypothetical}} 5/27; port re-insertion under GA 5/26 (needed for {{trial|INVESTIGATIONAL|hypothetical}}/{{chemo|SYSTEMIC_THERAPY|hypothetical}} access); {{PROMIS|INVESTIGATIONAL|hypothetical}} screening with family - interested.
    """)

note("PB21", "PB21-04", "2026-05-26", "Anesthesia Record", """
    ANESTHESIA RECORD - SUMMARY
    Date of procedure: 05/26/2026
    Procedure: R chest port insertion, IR suite
    Patient: {{16 y/o|AGE}} F, 54 kg, ASA II
    Anesthesia: GA via LMA, propofol/sevoflurane
    Intraoperative medications:
     08:42 cefazolin 2 g IV
     08:45 {{dexamethasone|SYSTEMIC_STEROID}} 4 mg IV (PONV prophylaxis)
     08:45 ondansetron 4 mg IV
     09:20 fentanyl 25 mcg IV
    Complications: none. Discharged home same day 12:30.
    """)

note("PB21", "PB21-05", "2026-05-28", "Research Screening Note", """
    PROMIS SCREENING NOTE - Research Coordinator
    May 28, 2026
    Pt {{16 y/o|AGE}} F. {{ECOG 1|ECOG}} (per MD 5/20).
    Histology: {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic - yes; {{pulmonary metastases|LUNG_METASTASIS}} x2, {{resectable|RESECTABLE}} - yes; prior {{MAP|SYSTEMIC_THERAPY|historical}} - yes.
    {{PFTs|PULMONARY_FUNCTION}} 5/27/26: {{FEV1|PULMONARY_FUNCTION}} 96% pred, {{FVC|PULMONARY_FUNCTION}} 98%, {{DLCO|PULMONARY_FUNCTION}} 92% - adequate.
    {{Urine hCG|PREGNANCY_TEST|negated}} 5/27: negative. {{HIV-1/2 Ag/Ab|HIV|negated}} 5/27: non-reactive.
    Glucocorticoids: {{dexamethasone|SYSTEMIC_STEROID}} 4 mg IV once on 5/26 (anaesthesia, PONV) - date documented for the 7-day washout; {{fluticasone nasal|LOCAL_STEROID}} (topical, allowed).
    Other exclusions reviewed with family: no prior {{PD-1/PD-L1 therapy|CHECKPOINT_INHIBITOR|negated,historical}}, no {{gemcitabine|GEMCITABINE|negated}}, no {{autoimmune disease|AUTOIMMUNE_DISEASE|negated}}, no {{transplant|TRANSPLANT|negated}}, no {{live vaccines|LIVE_VACCINE|negated}}, no other {{clinical trials|INVESTIGATIONAL|negated}}.
    Planned registration: 6/3/2026, pending PI sign-off.
    """)


# =====================================================================================
# PB22 — 50-year-old man (DOB). Pulmonary metastases in 2023 were resected; newest CT:
# no evidence of pulmonary metastatic disease (newest note wins -> not_met). Excluded:
# gemcitabine/docetaxel 2024; grade 3 anaphylaxis to bevacizumab; persistent grade 2
# neuropathy after docetaxel. Traps: Hodgkin lymphoma 2008 (> 5 y) with AUTOLOGOUS stem
# cell transplant 2010; dexamethasone / methylprednisolone only in 02/2024.
# =====================================================================================
patient("PB22", "2025-03-31", "excluded", {
    "pulmonary_metastases": N,
    "resectable_nodules": U,
    "pulmonary_function_adequate": U,
    "prior_gemcitabine": M,
    "mab_allergy": M,
    "unresolved_toxicity": M,
}, dob="1974-07-15")

note("PB22", "PB22-01", "2023-06-14", "Operative Note", """
    OPERATIVE REPORT
    Date of surgery: 06/14/2023
    Surgeon: M. Adeyemi, MD (Thoracic Surgery)
    Preoperative diagnosis: {{osteosarcoma|OSTEOSARCOMA}} {{metastatic to the right lung|LUNG_METASTASIS}} (2 {{nodules|PULMONARY_NODULE}}).
    Postoperative diagnosis: same, plus a third 4 mm RUL {{nodule|PULMONARY_NODULE}} found on palpation.
    Procedure: right {{VATS wedge resection|LUNG_RESECTION}} x3 (RUL x2, RLL x1), with manual lung palpation.
    Anesthesia: general, double-lumen ETT.
    Findings: 1.2 cm firm {{nodule|PULMONARY_NODULE}} RUL posterior segment; 8 mm {{nodule|PULMONARY_NODULE}} RLL superior segment; additional 4 mm {{nodule|PULMONARY_NODULE}} RUL anterior segment identified by palpation. All peripheral. No {{pleural implants|MALIGNANT_EFFUSION|negated}}. No {{effusion|PLEURAL_EFFUSION|negated}}.
    Procedure details: 3 ports; wedges taken with an endoscopic stapler, margins grossly >= 1 cm. Frozen section: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, margins negative.
    EBL 50 mL. Complications: none. 24 Fr chest tube.
    Plan: left-sided {{metastasectomy|LUNG_RESECTION|hypothetical}} (LLL {{nodule|PULMONARY_NODULE}}) in 6 weeks.
    """)

note("PB22", "PB22-02", "2024-02-20", "Infusion Nursing Note", """
    INFUSION CENTER - NURSING NOTE
    02/20/2024    C1D1 {{gemcitabine/docetaxel|GEMCITABINE}} + {{bevacizumab|MONOCLONAL_ANTIBODY}}
    Pt: {{49 y/o|AGE}} M    Wt 82 kg    BSA 2.0
    Premeds: {{dexamethasone|SYSTEMIC_STEROID}} 8 mg PO (taken at home 2/19 PM and 2/20 AM per {{docetaxel|SYSTEMIC_THERAPY}} protocol), ondansetron 8 mg IV.
    10:05 {{bevacizumab|MONOCLONAL_ANTIBODY}} 15 mg/kg IV started at the initial rate (90 min).
    10:17 pt c/o throat tightness, flushing; BP 78/40, HR 128, SpO2 88% RA, audible wheeze. INFUSION STOPPED. Rapid response called.
    10:19 epinephrine 0.5 mg IM, diphenhydramine 50 mg IV, {{methylprednisolone|SYSTEMIC_STEROID}} 125 mg IV, albuterol neb, NS bolus 1 L.
    10:40 BP 112/70, SpO2 96% on 2 L.
    Assessment: grade 3 {{anaphylactic reaction|ALLERGIC_REACTION}} to {{bevacizumab|MONOCLONAL_ANTIBODY}} (hypotension, bronchospasm requiring epinephrine), CTCAE v5. {{Bevacizumab|MONOCLONAL_ANTIBODY}} NOT to be rechallenged - added to allergy list.
    {{Gemcitabine|GEMCITABINE}} 900 mg/m2 given 12:30 after recovery per MD; {{docetaxel|SYSTEMIC_THERAPY}} deferred to D8 per MD order.
    MD (Dr. Lindqvist) notified and at bedside.
    """)

note("PB22", "PB22-03", "2025-03-10", "Radiology Report", """
    CT CHEST WITH CONTRAST
    Date: 3/10/2025
    Clinical: {{50M|AGE}}, h/o {{osteosarcoma|OSTEOSARCOMA|historical}} R femur with {{lung metastases|LUNG_METASTASIS|historical}} s/p bilateral {{metastasectomy|LUNG_RESECTION|historical}} (2023) and {{gemcitibine/docetaxel|GEMCITABINE|historical}} (2024). Surveillance.
    Comparison: 12/09/2024, 09/10/2024.
    FINDINGS:
    Postsurgical changes: staple lines RUL, LLL; unchanged. No new or enlarging {{pulmonary nodules|PULMONARY_NODULE|negated}}. 2 mm RML perifissural {{nodule|PULMONARY_NODULE}}, unchanged since 2023 (benign intrapulmonary lymph node).
    No {{pleural effusion|PLEURAL_EFFUSION|negated}}.
    IMPRESSION:
    No evidence of {{pulmonary metastatic disease|LUNG_METASTASIS|negated}}. Stable post-{{metastasectomy|LUNG_RESECTION|historical}} changes.
    """)

note("PB22", "PB22-04", "2025-03-24", "Progress Note - Sarcoma Clinic", """
    SARCOMA CLINIC - S.O.A.P.
    03/24/2025
    S: {{50 yo|AGE}} M, small cell {{osteosarcoma|OSTEOSARCOMA}} R distal femur (dx 2021; {{MAP|SYSTEMIC_THERAPY}}, resection), {{pulmonary mets|LUNG_METASTASIS|historical}} 2023 -> bilateral {{metastasectomy|LUNG_RESECTION|historical}}, then {{gem/docetaxel|GEMCITABINE}} x 6 (02/2024-06/2024; C1 complicated by grade 3 {{anaphylaxis|ALLERGIC_REACTION}} to {{bevacizumab|MONOCLONAL_ANTIBODY}}, which was abandoned). NED since.
    Persistent {{neuropathy|TOXICITY}} symptoms in both feet and fingertips since {{docetaxel|SYSTEMIC_THERAPY}} - difficulty with buttons, drops things; uses a cane on uneven ground. Also some {{fatigue|TOXICITY}}.
    PMH: {{Hodgkin lymphoma|OTHER_MALIGNANCY|historical}} 2008 ({{ABVD|SYSTEMIC_THERAPY|historical}} + involved-field RT to the mediastinum; relapse 2009 -> high-dose {{chemo|SYSTEMIC_THERAPY|historical}} with {{autologous stem cell transplant|TRANSPLANT|historical}} 2010), in remission. Hypertension.
    Allergies: {{bevacizumab|MONOCLONAL_ANTIBODY}} ({{anaphylaxis|ALLERGIC_REACTION}}, grade 3, 2/2024).
    O: {{ECOG 1|ECOG}}. Decreased pinprick to mid-shin and wrists bilaterally; Romberg positive.
    A: grade 2 {{peripheral sensory neuropathy|TOXICITY}} (limiting instrumental ADLs), persistent 9 months after {{docetaxel|SYSTEMIC_THERAPY}} - not improving. {{Fatigue|TOXICITY}} grade 1.
    P: duloxetine 30 mg daily; PT referral. CT chest 3/10: no evidence of disease. Pt asked about the {{PROMIS trial|INVESTIGATIONAL|hypothetical}} - no current pulmonary disease, so would not qualify (also prior {{gemcitabine|GEMCITABINE|historical}}).
    """)


# =====================================================================================
# PB23 — 60-year-old man, resectable metastases, ECOG 1. Unknowns: interventional study
# elsewhere, whether still on study treatment / last dose unknown; rituximab "reaction"
# of unknown nature; HIV screen reactive, confirmation pending; PFTs not done.
# Traps: corneal transplant; follicular lymphoma 2018 (> 5 y); prednisolone eye drops.
# =====================================================================================
patient("PB23", "2026-08-03", "needs_review", {
    "pulmonary_function_adequate": U,
    "investigational_agent_4w": U,
    "mab_allergy": U,
    "hiv": U,
})

note("PB23", "PB23-01", "2026-06-22", "Radiology Report", """
    CT CHEST W/ CONTRAST - 06/22/2026
    Indication: 60-year-old man with dedifferentiated parosteal osteosarcoma of the L distal femur (2024). Surveillance.
    Findings: two new solid nodules - LLL superior segment 1.4 cm; RUL posterior segment 9 mm. No pleural effusion. No adenopathy.
    Impression: two new pulmonary nodules compatible with metastases.
    """)

note("PB23", "PB23-02", "2026-07-13", "Progress Note - Sarcoma Clinic", """
    SARCOMA MEDICINE CLINIC
    07/13/2026
    SUBJECTIVE: {{60M|AGE}}, dedifferentiated parosteal {{osteosarcoma|OSTEOSARCOMA}} L distal femur (dx 03/2024), {{doxorubicin|SYSTEMIC_THERAPY}}/{{cisplatin|SYSTEMIC_THERAPY}} x 6 + resection (07/2024). New LLL 1.4 cm and RUL 9 mm {{nodules|PULMONARY_NODULE}} (CT 6/22) c/w {{pulmonary metastases|LUNG_METASTASIS}}. Asymptomatic.
    He says he is "in a {{research study|INVESTIGATIONAL|uncertain}}" at Lakeside University Hospital for "a new drug"; he is not sure whether he is still getting the drug or only going for follow-up visits, and cannot recall the drug name or his last dose. Study card not with him; we have no records.
    PAST HISTORY:
    - {{Follicular lymphoma|OTHER_MALIGNANCY|historical}}, grade 1-2, dx 2018, treated with {{rituximab|MONOCLONAL_ANTIBODY|historical}} + {{bendamustine|SYSTEMIC_THERAPY|historical}} (2018); in remission since 2019.
    - {{Corneal transplant|TRANSPLANT|historical}}, L eye, 2015 (keratoconus).
    - Hypertension.
    ALLERGIES: {{rituximab|MONOCLONAL_ANTIBODY}} - "{{reaction|ALLERGIC_REACTION|uncertain}}" listed in an old allergy record; nature and severity not documented.
    MEDS: lisinopril 10 mg daily; {{prednisolone acetate 1% eye drops|LOCAL_STEROID}} (L eye, 1 drop daily, long-term after keratoplasty).
    OBJECTIVE: {{ECOG 1|ECOG}}.
    ASSESSMENT/PLAN:
    1. {{Pulmonary metastases|LUNG_METASTASIS}} x2 - thoracic surgery saw him 7/9: {{resectable|RESECTABLE}} by {{wedge resections|LUNG_RESECTION|hypothetical}}. {{PFTs|PULMONARY_FUNCTION|hypothetical}} requested (not yet done).
    2. {{PROMIS|INVESTIGATIONAL|hypothetical}} screening - need: outside research records (drug, last dose), details of the {{rituximab|MONOCLONAL_ANTIBODY}} {{reaction|ALLERGIC_REACTION|uncertain}}, {{HIV|HIV|hypothetical}} screen, {{PFTs|PULMONARY_FUNCTION|hypothetical}}.
    """)

note("PB23", "PB23-03", "2026-07-27", "Lab Result Note", """
    LAB RESULT NOTIFICATION - Research RN
    07/27/2026
    {{HIV-1/2 Ag/Ab combination immunoassay|HIV|uncertain}} (4th gen), collected 7/24/26: REACTIVE (S/CO 1.9, low-positive).
    Reflex {{HIV-1/HIV-2 antibody differentiation assay|HIV|uncertain}}: PENDING; {{HIV-1 RNA PCR|HIV|uncertain}} sent 7/27.
    Patient reports no known risk factors and has no prior testing on file. Discussed the possibility of a false-positive screen in a low-risk patient; confirmatory results expected within 7-10 days. ID clinic appointment offered.
    Hep B sAg negative, HCV Ab negative.
    """)

note("PB23", "PB23-04", "2026-07-30", "Telephone Encounter", """
    Telephone - research coordinator, 7/30/2026
    Called Lakeside University Hospital clinical research office re Mr. T's study participation. They confirm he was enrolled on an interventional protocol in 2026 but cannot tell me whether he is still on study treatment or has come off study, nor release the drug name, arm or dosing dates, without a signed HIPAA authorization; form sent to the patient for signature. Patient reached by phone: thinks his last study visit was "sometime in July", not sure whether he got the study drug that day or only bloodwork.
    Also asked the Lakeside allergy clinic about the rituximab reaction (2018) - no record there (rituximab was given at a community practice that has since closed).
    HIV confirmatory testing still pending.
    """)


# =====================================================================================
# PB24 — 23-year-old man treated in Sichuan. Excluded: on an interventional phase II
# study drug now (still enrolled, last dose 10 days before as_of); Huaier granules last
# taken exactly 14 days before as_of (boundary, inside); HIV on antiretroviral therapy.
# Traps: Shenqi Fuzheng injection only in 2024; tislelizumab proposed but declined.
# =====================================================================================
patient("PB24", "2026-03-02", "excluded", {
    "pulmonary_function_adequate": U,
    "investigational_agent_4w": M,
    "immunomodulator_2w": M,
    "hiv": M,
}, windows=(("Huaier last dose", "2026-02-16", 14), ("study drug last dose", "2026-02-20", 10)))

note("PB24", "PB24-01", "2026-02-09", "Outside Record (translated)", """
    Outpatient Record (门诊病历) - translated from Chinese
    Department of Bone Tumour Surgery, a cancer hospital in Sichuan
    Visit date: 2026-02-09
    Patient: Li **, male, {{23 years old|AGE}}
    Chief complaint: review after treatment of left humeral {{osteosarcoma|OSTEOSARCOMA}} with {{lung metastases|LUNG_METASTASIS}}.
    Present illness: left proximal humerus {{osteosarcoma|OSTEOSARCOMA}} diagnosed 2024-04; {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY}} ({{doxorubicin|SYSTEMIC_THERAPY}} + {{cisplatin|SYSTEMIC_THERAPY}} + {{high-dose methotrexate|SYSTEMIC_THERAPY}}), tumour resection + prosthesis 2024-07, {{adjuvant chemotherapy|SYSTEMIC_THERAPY}} to 2024-12. During {{chemotherapy|SYSTEMIC_THERAPY}} he received {{Shenqi Fuzheng injection|IMMUNOMODULATOR}}. 2025-10 CT: 2 {{nodules|PULMONARY_NODULE}} in the right lung, {{lung metastases|LUNG_METASTASIS}}. Since 2025-11-03 enrolled in a {{phase II clinical trial|INVESTIGATIONAL}} at this hospital ({{study drug|INVESTIGATIONAL}}: {{HS-1126|INVESTIGATIONAL}}, an oral {{investigational agent|INVESTIGATIONAL}}, 10 mg daily); currently in cycle 4, tolerating well. Also taking {{Huaier granules|IMMUNOMODULATOR}} 20 g three times daily.
    Past history: {{HIV infection|HIV|historical}} diagnosed 2021, on {{antiretroviral therapy|HIV|historical}} ({{tenofovir + lamivudine + efavirenz|HIV|historical}}), viral load undetectable. Denies hepatitis.
    Physical examination: {{ECOG 0|ECOG}}.
    Thoracic surgery opinion (same day): the two right lung {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}} by {{VATS wedge resection|LUNG_RESECTION|hypothetical}}.
    Plan: continue the {{trial drug|INVESTIGATIONAL}}; the patient is considering going to Shanghai for {{PROMIS|INVESTIGATIONAL|hypothetical}}. Our team proposed adding {{tislelizumab|CHECKPOINT_INHIBITOR|hypothetical,negated}}, which the patient declined.
    """)

note("PB24", "PB24-02", "2026-02-23", "Pharmacy Medication Reconciliation", """
    INTERNATIONAL PATIENT SERVICES - MEDICATION RECONCILIATION (pharmacist)
    Date: 02/23/2026 (video visit; Mandarin interpreter ID 4471)
    Patient: {{23 y/o|AGE}} M
    Medication                              | Dose/Route/Frequency | Last taken | Status
    {{HS-1126|INVESTIGATIONAL}} ({{study drug|INVESTIGATIONAL}}, Sichuan {{trial|INVESTIGATIONAL}})     | 10 mg PO daily       | 02/20/2026 | ACTIVE - still enrolled; planned 7-day break per protocol, cycle 5 due 02/27
    {{Huaier granules|IMMUNOMODULATOR}} ({{槐耳颗粒|IMMUNOMODULATOR}})               | 20 g PO TID          | 02/16/2026 | stopped by patient 2/16 (ran out); may restart
    {{tenofovir/lamivudine/efavirenz|HIV}}          | 1 tab PO qHS         | 02/22/2026 | ACTIVE
    {{Shenqi Fuzheng injection|IMMUNOMODULATOR|historical}}                | 250 mL IV            | 2024       | historical (during {{chemo|SYSTEMIC_THERAPY|historical}})
    Comments: {{study drug|INVESTIGATIONAL}} and {{Huaier|IMMUNOMODULATOR}} fall within the {{PROMIS|INVESTIGATIONAL|hypothetical}} washout windows; flagged to the research team.
    """)

note("PB24", "PB24-03", "2026-02-25", "Radiology Report (translated)", """
    CT CHEST (non-contrast, performed locally; report translated) - 2026-02-25
    Right upper lobe posterior segment nodule 1.1 cm (1.3 cm on 2025-12-20); right lower lobe dorsal segment nodule 0.8 cm (0.8 cm previously). No new nodules. No pleural effusion. No enlarged mediastinal lymph nodes.
    Impression: right lung metastases, slightly smaller / stable.
    """)


# =====================================================================================
# Checks, output, summary
# =====================================================================================
def check() -> None:
    pids = [f"PB{i:02d}" for i in range(1, 25)]
    assert sorted(PATIENTS) == pids, sorted(PATIENTS)
    ids = [n["note_id"] for n in NOTES]
    assert len(ids) == len(set(ids)), "duplicate note ids"
    per_patient = Counter(n["patient_id"] for n in NOTES)
    assert set(per_patient) == set(pids)
    assert all(2 <= per_patient[p] <= 7 for p in pids), per_patient
    assert len(NOTES) >= 80, len(NOTES)
    annotated = [n for n in NOTES if n["spans"]]
    assert len(annotated) >= 35, len(annotated)

    labels = None
    if CONCEPTS.is_file():
        labels = {c["id"] for c in json.loads(CONCEPTS.read_text(encoding="utf-8"))["concepts"]}
    else:
        print(f"warning: {CONCEPTS} not found; span labels not checked", file=sys.stderr)
    for n in NOTES:
        date.fromisoformat(n["note_date"])
        for s in n["spans"]:
            assert labels is None or s["label"] in labels, f"{n['note_id']}: unknown label {s['label']}"
            assert 0 <= s["start"] < s["end"] <= len(n["text"])
        starts = sorted((s["start"], s["end"]) for s in n["spans"])
        for (a0, a1), (b0, b1) in zip(starts, starts[1:]):
            assert a1 <= b0, f"{n['note_id']}: overlapping spans at {b0}"

    lo, hi = date(2025, 3, 1), date(2026, 11, 20)
    as_ofs = set()
    for pid, p in PATIENTS.items():
        day = date.fromisoformat(p["as_of"])
        as_ofs.add(day)
        assert lo <= day <= hi, (pid, day)
        for n in NOTES:
            if n["patient_id"] == pid:
                assert date.fromisoformat(n["note_date"]) <= day, (n["note_id"], "after as_of")
        assert p["status"] == status_of(p["criteria"]) == p["_expect"], (pid, p["status"], p["_expect"])
        if p["_dob"]:
            age = age_on(date.fromisoformat(p["_dob"]), day)
            assert (p["criteria"]["age_eligible"] == M) == (10 <= age <= 65), (pid, age)
        for what, event, days in p["_windows"]:
            got = (day - date.fromisoformat(event)).days
            assert got == days, f"{pid}: {what} is {got} days before as_of, not {days}"
    assert len(as_ofs) >= 20, "as_of dates should vary"

    counts = {c: Counter(p["criteria"][c] for p in PATIENTS.values()) for c in CRITERIA}
    for c in CRITERIA:
        assert counts[c][M] >= 2 and counts[c][N] >= 2 and counts[c][U] >= 1, (c, counts[c])
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


def summary() -> None:
    annotated = [n for n in NOTES if n["spans"]]
    spans = [s for n in annotated for s in n["spans"]]
    print(f"patients {len(PATIENTS)}  notes {len(NOTES)}  span-annotated notes {len(annotated)}  spans {len(spans)}")
    print("\nspans per label (with flag counts)")
    by_label = defaultdict(Counter)
    for s in spans:
        by_label[s["label"]]["n"] += 1
        for f in FLAGS:
            by_label[s["label"]][f] += s[f]
    print(f"  {'label':22} {'n':>4} " + " ".join(f"{f[:4]:>4}" for f in FLAGS))
    for label in sorted(by_label):
        c = by_label[label]
        print(f"  {label:22} {c['n']:>4} " + " ".join(f"{c[f]:>4}" for f in FLAGS))
    print("\nverdicts per criterion")
    print(f"  {'criterion':30} {'met':>4} {'not':>4} {'unk':>4}   per patient (M/N/U, PB01..PB24)")
    pids = sorted(PATIENTS)
    for c in CRITERIA:
        cnt = Counter(PATIENTS[p]["criteria"][c] for p in pids)
        row = "".join({M: "M", N: ".", U: "?"}[PATIENTS[p]["criteria"][c]] for p in pids)
        kind = "I" if c in INCLUSIONS else "E"
        print(f"  {kind} {c:28} {cnt[M]:>4} {cnt[N]:>4} {cnt[U]:>4}   {row}")
    status = Counter(p["status"] for p in PATIENTS.values())
    print("\nstatus:", dict(sorted(status.items())))
    for pid in pids:
        p = PATIENTS[pid]
        print(f"  {pid} {p['as_of']} {p['status']}")


if __name__ == "__main__":
    check()
    write()
    summary()
