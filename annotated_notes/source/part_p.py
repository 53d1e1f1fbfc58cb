#!/usr/bin/env python3
"""Gold corpus part P (independent author): hospital-information-system exports.

Style: notes as a data team receives them - line breaks lost or replaced by ' | ',
' ~ ' or a literal backslash-n, headers glued to text ('IMPRESSION:...', '.,PLAN:'),
ALL-CAPS notes from an older system, flattened medication lists and MARs with
start/stop columns, PFT and CTCAE tables, radiology with addenda / amended
reports, resident notes with attending attestations that disagree, nurse
triage phone notes, social-work notes with relatives' conditions, and MDT /
tumour-board minutes from Latin America and India translated to English with
day-first dates.  Everything here is SYNTHETIC.

Inline markup (own design):  [[surface text|LABEL]]  or  [[surface text|LABEL|flags]]
    flags: n = negated, u = uncertain, h = historical, y = hypothetical, f = family
Notes written with ann=False are exported with "spans": [] (their markup, if any,
is stripped) and count for the patient verdicts only.

Run from /work/main:  python3 annotated_notes/source/part_p.py
Writes annotated_notes/parts/p/notes.jsonl and annotated_notes/parts/p/patients.jsonl.
Standard library only.
"""
import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "parts" / "p"

CONCEPTS = [
    "OSTEOSARCOMA", "OTHER_SARCOMA", "OTHER_MALIGNANCY", "LOCAL_RECURRENCE",
    "LUNG_METASTASIS", "METASTASIS", "PULMONARY_NODULE", "RESECTABLE", "UNRESECTABLE",
    "LUNG_RESECTION", "PNEUMONECTOMY", "CENTRAL_STRUCTURE", "PULMONARY_FUNCTION",
    "PLEURAL_EFFUSION", "MALIGNANT_EFFUSION", "SYSTEMIC_THERAPY", "CHEMO_NAIVE",
    "GEMCITABINE", "INVESTIGATIONAL", "CHECKPOINT_INHIBITOR", "TUMOR_RESPONSE",
    "IMMUNOMODULATOR", "AUTOIMMUNE_DISEASE", "SYSTEMIC_STEROID", "LOCAL_STEROID",
    "IMMUNOSUPPRESSANT", "DMARD", "REPLACEMENT_THERAPY", "TRANSPLANT",
    "MONOCLONAL_ANTIBODY", "ALLERGIC_REACTION", "TOXICITY", "HIV", "LIVE_VACCINE",
    "NONLIVE_VACCINE", "PREGNANCY", "LACTATION", "PREGNANCY_TEST", "ECOG", "KARNOFSKY",
    "LANSKY", "AGE", "DOB", "LOOKALIKE", "CORRECTION",
]

INCL = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
        "prior_systemic_therapy", "age_eligible", "performance_status",
        "pulmonary_function_adequate"]
EXCL = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
        "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
        "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
        "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
        "live_vaccine_30d", "pregnant_or_lactating"]
CRITERIA = INCL + EXCL
CODE = {"M": "met", "N": "not_met", "U": "unknown"}
FLAGS = (("n", "negated"), ("u", "uncertain"), ("h", "historical"),
         ("y", "hypothetical"), ("f", "family"))
MARK = re.compile(r"\[\[([^\[\]|]+?)\|([A-Z_]+)(?:\|([nuhyf]+))?\]\]")


def d(s):
    return date.fromisoformat(s)


def N(note_date, note_type, text, ann=True):
    return {"date": note_date, "type": note_type, "marked": text, "ann": ann}


def P(pid, as_of, verdicts, notes, checks=(), why=""):
    inc, exc = verdicts.split("|")
    assert len(inc) == 7 and len(exc) == 15, (pid, verdicts)
    crit = {c: CODE[v] for c, v in zip(CRITERIA, inc + exc)}
    return {"pid": pid, "as_of": as_of, "criteria": crit, "notes": notes,
            "checks": list(checks), "why": why}


# ----------------------------------------------------------------------------
# Patients.  Verdict strings: 7 inclusion letters | 15 exclusion letters in the
# order of INCL / EXCL above (M met, N not_met, U unknown).
# ----------------------------------------------------------------------------
PATIENTS = []

# PP01 - eligible. 17F Mumbai, osteoblastic OS, 2 resectable lung mets; traps:
# family breast/ovarian cancer, inactivated flu shot 13 days before, PROMIS plan
# (penpulimab / gemcitabine / metastasectomy) hypothetical.
PATIENTS.append(P("PP01", "2026-02-10", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2026-01-08", "radiology_report",
      "CT CHEST WITH IV CONTRAST | Acc# RAD-26-004417 | Clinical hx: [[17F|AGE]], h/o "
      "[[osteosarcoma|OSTEOSARCOMA|h]] L distal femur s/p [[MAP|SYSTEMIC_THERAPY|h]], routine "
      "surveillance | TECHNIQUE: 1 mm axial, MPR | FINDINGS:Lungs - two new solid "
      "[[nodules|PULMONARY_NODULE]]: RLL posterobasal 8 mm (se4 im212), LUL apicoposterior 5 mm "
      "(se4 im88). No [[pleural effusion|PLEURAL_EFFUSION|n]]. No hilar or mediastinal adenopathy. "
      "Osseous: L femoral endoprosthesis, no lytic focus in the visualized skeleton. | "
      "IMPRESSION:Two new [[pulmonary nodules|PULMONARY_NODULE]]; in this setting most consistent "
      "with [[metastatic disease|METASTASIS]]. | ADDENDUM 09/01/2026 (Dr R. Iyer): outside CT dated "
      "12/2025 now available - RLL [[nodule|PULMONARY_NODULE]] measured 6 mm then; interval growth "
      "supports [[metastasis|METASTASIS]]."),
    N("2026-01-22", "mdt_minutes",
      "MULTIDISCIPLINARY TUMOUR BOARD - BONE & SOFT TISSUE (minutes translated from Marathi/English, "
      "typed by MDT coordinator) | Date: 22/01/2026 | Pt: K.S., F, [[DOB: 22/07/2008|DOB]], UHID "
      "2024-118873 | Dx: conventional [[osteoblastic osteosarcoma|OSTEOSARCOMA]], L distal femur "
      "(bx 14/03/2024) | Rx so far: [[neoadjuvant MAP|SYSTEMIC_THERAPY|h]] x2 -> limb salvage with "
      "endoprosthesis 06/2024 -> [[adjuvant MAP|SYSTEMIC_THERAPY|h]], completed 11/2024 (6 cycles "
      "total) | Present status: two [[lung mets|LUNG_METASTASIS]] (RLL 8 mm, LUL 5 mm) on CT "
      "08/01/2026; no [[effusion|PLEURAL_EFFUSION|n]]; primary site clear - no "
      "[[local recurrence|LOCAL_RECURRENCE|n]] on MRI 15/01/2026 | Thoracic (Dr Menon): both "
      "[[nodules|PULMONARY_NODULE]] peripheral and [[resectable|RESECTABLE]], would do staged "
      "bilateral [[VATS wedge|LUNG_RESECTION|y]] | Decision: 1) refer for "
      "[[PROMIS trial|INVESTIGATIONAL|y]] screening - SBRT + [[penpulimab|CHECKPOINT_INHIBITOR|y]] + "
      "[[gemcitabine|GEMCITABINE|y]], then [[metastasectomy|LUNG_RESECTION|y]]; 2) if the screen "
      "fails, proceed directly to [[wedge resection|LUNG_RESECTION|y]]; 3) "
      "[[PFTs|PULMONARY_FUNCTION|y]] this week."),
    N("2026-01-27", "pft_report",
      "RESPIRATORY LAB REPORT ~ Pt K.S. ~ Ht 158 cm, Wt 51 kg ~ Test | Actual | Pred | %Pred ~ "
      "[[FEV1|PULMONARY_FUNCTION]] | 2.91 L | 3.10 | 94 ~ [[FVC|PULMONARY_FUNCTION]] | 3.40 L | "
      "3.54 | 96 ~ [[FEV1/FVC|PULMONARY_FUNCTION]] | 0.86 | 0.87 | - ~ [[DLCO|PULMONARY_FUNCTION]] "
      "| 21.4 | 24.3 | 88 ~ Interpretation: normal [[spirometry|PULMONARY_FUNCTION]] and "
      "[[diffusing capacity|PULMONARY_FUNCTION]]. ~ Comment for thoracic team: "
      "[[adequate reserve for thoracic surgery|PULMONARY_FUNCTION]], incl. staged bilateral "
      "[[wedges|LUNG_RESECTION|y]]."),
    N("2026-01-30", "nurse_triage_phone",
      "RN TELEPHONE ENCOUNTER\\nCaller: mother (Mrs S.), Marathi interpreter line\\nReason: "
      "daughter received a [[flu shot|NONLIVE_VACCINE]] (inactivated, IM deltoid) at a school "
      "health camp on 28/01/2026; mother asks whether this delays PROMIS screening.\\nAdvice: no "
      "concern for screening; soreness at the site only, afebrile.\\nAlso discussed: LMP "
      "19/01/2026; urine [[hCG|PREGNANCY_TEST|y]] will be checked at the screening visit.\\nCall "
      "time 6 min."),
    N("2026-02-02", "social_work",
      "SOCIAL WORK ASSESSMENT | Lives with parents and brother (12) in a 1-BHK in Thane; father "
      "drives an auto-rickshaw, mother homemaker. Mother (46) was diagnosed with "
      "[[breast cancer|OTHER_MALIGNANCY|f]] in 2025 and is getting [[chemo|SYSTEMIC_THERAPY|f]] at "
      "another hospital - pt accompanies her on infusion days and is missing classes. Maternal "
      "grandmother died of [[ovarian cancer|OTHER_MALIGNANCY|f]]. Financial: PM-JAY card active; "
      "travel grant applied. Coping: anxious about the operation; counselling offered."),
    N("2026-02-06", "oncology_note",
      "ONC CLINIC - PROMIS PRESCREEN.,S:[[17 yo|AGE]] girl, feels well, back to coaching classes; "
      "mild L knee stiffness after long walks. No cough, no haemoptysis.,O:[[ECOG 1|ECOG]]. Wt "
      "51 kg. Labs 04/02/2026: [[HIV-1/2 Ag/Ab|HIV|n]] non-reactive; [[urine hCG|PREGNANCY_TEST|n]] "
      "negative; CBC, LFT, RFT normal.,A:[[osteosarcoma|OSTEOSARCOMA]] L femur with 2 "
      "[[pulmonary mets|LUNG_METASTASIS]], [[resectable|RESECTABLE]] per thoracic; "
      "[[PFTs|PULMONARY_FUNCTION]] adequate (27/01). Pretreated with [[MAP|SYSTEMIC_THERAPY|h]] "
      "only - never had [[gemcitabine|GEMCITABINE|n]] or any "
      "[[checkpoint inhibitor|CHECKPOINT_INHIBITOR|n]].,PLAN:formal screening next week; "
      "[[flu shot|NONLIVE_VACCINE]] on 28/01 was inactivated - no issue."),
], checks=[("age_dob", "age_eligible", "2008-07-22", 17),
           ("days", "live_vaccine_30d (inactivated - does not count)", "2026-01-28", 30, True)],
    why="all inclusions documented; every exclusion absent or a trap"))

# PP02 - excluded. 23F Ewing sarcoma (resident wrongly writes osteosarcoma,
# attending corrects), malignant effusion, pregnant, HIV, prior gem/doce, G2
# neuropathy; nivo/ipi response never assessed; flu vaccine type unknown.
PATIENTS.append(P("PP02", "2025-11-05", "NMMMMMM|NMMNNUNNNNNMMUM", [
    N("2023-05-18", "pathology",
      "SURGICAL PATHOLOGY REPORT | Specimen: L iliac bone, CT-guided core bx x4 | Micro: sheets of "
      "small round blue cells with scant clear cytoplasm; no osteoid production. IHC: CD99 strong "
      "diffuse membranous, NKX2.2 positive, desmin/myogenin negative, SATB2 focal weak. FISH: "
      "EWSR1 break-apart POSITIVE (78% nuclei). | DIAGNOSIS:[[EWING SARCOMA|OTHER_SARCOMA]], left "
      "ilium. | Comment: [[small cell osteosarcoma|OSTEOSARCOMA|n]] was considered but is excluded "
      "by the EWSR1 rearrangement and the absence of osteoid."),
    N("2025-02-10", "oncology_note",
      "[[SARCOMA CLINIC|LOOKALIKE]] F/U - C4D8 | [[23F|AGE]] w/ relapsed [[Ewing sarcoma|OTHER_SARCOMA]] "
      "([[lung mets|LUNG_METASTASIS]] 10/2024) | ONC HX: [[VDC/IE|SYSTEMIC_THERAPY|h]] 14 cycles "
      "06/2023-03/2024 + RT to ilium, completed; 2nd line [[gem/doce|GEMCITABINE]] since 11/2024. | "
      "Today: [[gemcitabine|GEMCITABINE]] 900 mg/m2 D8 given, [[docetaxel|SYSTEMIC_THERAPY]] D1 "
      "only. | [[HIV|HIV]] - perinatally acquired, on [[ART|HIV]] ([[TLD|HIV]]), VL <50 01/2025, "
      "CD4 388. | [[ECOG 1|ECOG]] | AE TABLE (CTCAE v5): AE | Gr | Attribution ~ "
      "[[Peripheral sensory neuropathy|TOXICITY]] | 2 | [[vincristine|SYSTEMIC_THERAPY|h]], "
      "persistent since 2023 ~ [[Fatigue|TOXICITY]] | 1 | [[gem|GEMCITABINE]] ~ "
      "[[Neutropenia|TOXICITY]] | 3 (ANC 0.8) | [[gem/doce|GEMCITABINE]] -> GCSF ~ "
      "[[Alopecia|TOXICITY]] | 2 | [[doce|SYSTEMIC_THERAPY]] | Plan: continue, pegfilgrastim D9."),
    N("2025-09-15", "transfer_summary",
      "TRANSFER SUMMARY (outside hospital, scanned) - Diagnosis: Ewing sarcoma L ilium with lung "
      "metastases, progressive after gemcitabine/docetaxel (PD 05/2025). Received nivolumab + "
      "ipilimumab off-label, 2 cycles (06/2025 and 07/2025). No restaging imaging was performed "
      "before transfer; response not assessed. No infusion reactions. Persistent grade 2 "
      "neuropathy. HIV on ART. Transferring for care closer to family.", ann=False),
    N("2025-10-20", "cytology",
      "CYTOPATHOLOGY - PLEURAL FLUID, RIGHT (900 mL, straw-coloured) | Smears + cell block | "
      "RESULT: [[POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION]]. Clusters of small round blue "
      "cells; cell block CD99 membranous +, NKX2.2 +. | INTERPRETATION: [[metastatic|METASTASIS]] "
      "[[Ewing sarcoma|OTHER_SARCOMA]] involving pleural fluid = "
      "[[malignant pleural effusion|MALIGNANT_EFFUSION]]."),
    N("2025-10-28", "ob_ultrasound",
      "OB ULTRASOUND - FIRST TRIMESTER DATING | Indication: positive [[serum hCG|PREGNANCY_TEST]] "
      "10/24, LMP unsure | Findings: single live [[intrauterine pregnancy|PREGNANCY]], CRL 44 mm "
      "consistent with [[11w2d gestation|PREGNANCY]], FHR 162 bpm. No subchorionic haemorrhage. | "
      "EDD by US 05/17/2026. | Note: pt with [[HIV|HIV]] on [[ART|HIV]] - MFM referral placed."),
    N("2025-11-03", "oncology_note",
      "PROMIS PRESCREEN | RESIDENT NOTE (Dr A. Khan, PGY-2): [[23 yo|AGE]] F with "
      "[[osteosarcoma|OSTEOSARCOMA]] and two RLL [[lung mets|LUNG_METASTASIS]], prior "
      "[[VDC/IE|SYSTEMIC_THERAPY|h]] and [[gem/doce|GEMCITABINE|h]], then "
      "[[nivo/ipi|CHECKPOINT_INHIBITOR|h]] x2 (no restaging). Thoracic (Dr Osei): both "
      "[[RLL nodules|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]]. "
      "[[PFTs|PULMONARY_FUNCTION]] 10/30: [[FEV1|PULMONARY_FUNCTION]] 85%, "
      "[[DLCO|PULMONARY_FUNCTION]] 80% - adequate. [[ECOG 1|ECOG]]. Persistent G2 "
      "[[neuropathy|TOXICITY]] (needs help with buttons). R "
      "[[pleural fluid + for malignancy|MALIGNANT_EFFUSION]] 10/20. ~12 wk "
      "[[pregnant|PREGNANCY]]. Got a [[flu vaccine|LIVE_VACCINE|u]] at a retail pharmacy on 10/29 - "
      "pt unsure whether it was the shot or the nasal spray; pharmacy record requested. || "
      "ATTENDING ATTESTATION (Dr L. Moreno): Seen and examined with the resident. "
      "[[Correction|CORRECTION]]: the diagnosis is [[Ewing sarcoma|OTHER_SARCOMA]] "
      "(EWSR1-rearranged, 2023), not [[osteosarcoma|OSTEOSARCOMA|n]]. Regardless, she is not a "
      "PROMIS candidate: [[malignant effusion|MALIGNANT_EFFUSION]], ongoing "
      "[[pregnancy|PREGNANCY]], prior [[gemcitabine|GEMCITABINE|h]], [[HIV|HIV]]. Response to "
      "[[nivolumab/ipilimumab|CHECKPOINT_INHIBITOR|h]] was never assessed."),
], checks=[("age_stated", "age_eligible", "2025-11-03", 23, 23),
           ("days", "live_vaccine_30d (type unknown -> unknown)", "2025-10-29", 30, True)],
    why="Ewing (corrected), MPE, gem, pregnancy, HIV, G2 neuropathy"))

# PP03 - needs_review. Venezuelan boy who turned 16 four days before screening:
# only a Lansky score (taken at 15); PFTs pending; transplant type unknown;
# gemcitabine only per mother's recollection.
PATIENTS.append(P("PP03", "2025-10-06", "MMMMMUU|NNUNNNNNNUNNNNN", [
    N("2025-09-12", "intake",
      "INTERNATIONAL PATIENT OFFICE - INTAKE (translated from Spanish; dates dd/mm/yyyy) ~ Name: "
      "J.R.P. ~ [[DOB 02/10/2009|DOB]] ~ From: Maracaibo, Venezuela; arrived 05/09/2025 with "
      "mother ~ Dx per referral: conventional [[osteosarcoma|OSTEOSARCOMA]], R proximal humerus, "
      "bx Caracas 02/2024 ~ Prior tx per mother: [[MAP|SYSTEMIC_THERAPY|h]] x4 cycles + "
      "resection/endoprosthesis, then [[ifosfamide/etoposide|SYSTEMIC_THERAPY|h]] at first relapse "
      "01/2025. Mother also mentions '[[gemcitabina|GEMCITABINE|u]]' in the second line, but the "
      "referral summary lists only [[ifos/etoposide|SYSTEMIC_THERAPY|h]] - originals requested ~ "
      "PMH: [[stem cell transplant|TRANSPLANT|h]] in 2015 (childhood, Maracaibo) for 'aplasia "
      "medular'; donor and type unknown, records lost ~ Allergies: NKDA ~ Interpreter: yes"),
    N("2025-09-20", "oncology_note",
      "PEDS ONC - NEW PATIENT | [[15 y/o|AGE]] M from Venezuela with relapsed "
      "[[osteosarcoma|OSTEOSARCOMA]] R humerus (see intake). | Function: [[Lansky 80|LANSKY]] - "
      "plays video games and walks to the park, tires with football. | Exam: well-healed R "
      "shoulder scar, endoprosthesis, no palpable mass; lungs clear. | Plan: CT chest, echo, "
      "audiogram, [[PFTs|PULMONARY_FUNCTION|y]]; records request re prior "
      "[[transplant|TRANSPLANT|h]] and second-line regimen."),
    N("2025-09-24", "radiology_report",
      "CT THORAX W CONTRAST | Comparison: outside CT 01/2025 (disc) | Findings: three solid "
      "[[nodules|PULMONARY_NODULE]] - RUL 11 mm, RLL 7 mm, LLL 9 mm - all new or enlarged. No "
      "[[effusion|PLEURAL_EFFUSION|n]]. Mediastinum unremarkable. | Impression: bilateral "
      "[[pulmonary metastases|LUNG_METASTASIS]] (x3)."),
    N("2025-09-30", "thoracic_surgery_consult",
      "THORACIC SURGERY CONSULT | Three bilateral [[mets|METASTASIS]], all subpleural, none near "
      "the hilum -> [[resectable|RESECTABLE]] by staged bilateral "
      "[[thoracotomy with wedge resections|LUNG_RESECTION|y]]. Needs "
      "[[PFTs|PULMONARY_FUNCTION|y]] before booking - ordered. Will present at MDT."),
    N("2025-10-03", "nurse_triage_phone",
      "Phone call with mother via Spanish interpreter. PFT slot moved to 10/14/2025 (lab "
      "equipment down). Explained that screening cannot be completed until the lung function test "
      "and the transplant records from Maracaibo arrive. Mother still not sure whether he received "
      "gemcitabine in Caracas; she will ask the treating doctor there.", ann=False),
], checks=[("age_dob", "age_eligible", "2009-10-02", 16),
           ("age_at_note", "age 15 at the Lansky note", "2009-10-02", "2025-09-20", 15)],
    why="age 16 on as-of but only a Lansky score; PFTs pending; transplant type and "
        "gemcitabine unconfirmed"))

# PP04 - eligible. 45F extraskeletal OS; PTC 5 y + 11 d before screening;
# psoriasis with MTX stopped 2 y + 10 d before, topical clobetasol only; sister
# with lupus on prednisone; CTCAE table with only fatigue/alopecia > G1.
PATIENTS.append(P("PP04", "2025-11-20", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2025-09-18", "radiology_report",
      "CT CHEST/ABDOMEN/PELVIS WITH CONTRAST. INDICATION: extraskeletal osteosarcoma R thigh, "
      "17 months post resection. FINDINGS: new 9 mm solid RUL nodule and 6 mm LLL nodule. No "
      "pleural effusion. Thyroid bed surgically absent. Abdomen/pelvis: no metastatic disease. "
      "IMPRESSION: two new pulmonary nodules, suspicious for metastases; PET-CT or short-interval "
      "follow-up suggested.", ann=False),
    N("2025-10-02", "oncology_note",
      "[[SARCOMA CLINIC|LOOKALIKE]] F/U | [[45F|AGE]] - [[extraskeletal osteosarcoma|OSTEOSARCOMA]] R vastus "
      "lateralis, resected 04/2024; [[adjuvant doxorubicin/ifosfamide|SYSTEMIC_THERAPY|h]] x6 "
      "completed 10/2024. | CT 09/18: 2 new [[nodules|PULMONARY_NODULE]] (RUL 9 mm, LLL 6 mm), "
      "suspicious for [[mets|METASTASIS|u]]. Plan PET-CT + thoracic referral. | PMH: "
      "[[papillary thyroid carcinoma|OTHER_MALIGNANCY|h]], total thyroidectomy (path "
      "09-Nov-2020), RAI 2021, Tg undetectable; [[plaque psoriasis|AUTOIMMUNE_DISEASE|h]]. | "
      "MEDICATIONS (EHR export): Drug | Sig | Start | Stop | Status ~ "
      "[[levothyroxine|REPLACEMENT_THERAPY]] | 112 mcg daily | 2020-11-16 | - | ACTIVE ~ "
      "[[clobetasol 0.05% ointment|LOCAL_STEROID]] | BID prn to plaques | 2023-11-10 | - | ACTIVE "
      "~ [[methotrexate|IMMUNOSUPPRESSANT|h]] | 15 mg PO weekly | 2019-03-04 | 2023-11-10 | "
      "DISCONTINUED (derm, LFTs) ~ folic acid | 1 mg daily | 2019-03-04 | 2023-11-10 | "
      "DISCONTINUED"),
    N("2025-10-15", "ctcae_table",
      "LATE-EFFECTS REVIEW (CTCAE v5.0) ~ Prior therapy: [[doxorubicin|SYSTEMIC_THERAPY|h]] 450 "
      "mg/m2 cumulative, [[ifosfamide|SYSTEMIC_THERAPY|h]] 60 g/m2 cumulative (completed 10/2024) "
      "~ AE | Grade | Status ~ [[Peripheral sensory neuropathy|TOXICITY]] | 1 | stable ~ "
      "[[Alopecia|TOXICITY]] | 2 | regrowth slow ~ [[Fatigue|TOXICITY]] | 2 | ongoing, working "
      "part-time ~ [[Left ventricular systolic dysfunction|TOXICITY|n]] | 0 | LVEF 61% on echo "
      "10/10 ~ [[Chronic kidney disease|TOXICITY]] | 1 | Cr 1.0, phosphate normal ~ Summary: "
      "nothing above grade 1 apart from [[fatigue|TOXICITY]] and [[alopecia|TOXICITY]]."),
    N("2025-10-30", "thoracic_surgery_consult",
      "THORACIC SURGERY OPINION.,PET-CT 10/22 reviewed: both [[nodules|PULMONARY_NODULE]] "
      "FDG-avid (SUVmax 3.1 and 2.4), no other disease -> c/w "
      "[[pulmonary metastases|LUNG_METASTASIS]] from her [[osteosarcoma|OSTEOSARCOMA]].,Both "
      "peripheral and [[amenable to resection|RESECTABLE]]: recommend staged "
      "[[VATS wedge resections|LUNG_RESECTION|y]], right first.,[[PFTs|PULMONARY_FUNCTION]] "
      "10/28: [[FEV1|PULMONARY_FUNCTION]] 88%, [[DLCO|PULMONARY_FUNCTION]] 79% -> "
      "[[cleared for thoracic surgery|PULMONARY_FUNCTION]].,No "
      "[[pleural effusion|PLEURAL_EFFUSION|n]]."),
    N("2025-11-12", "social_work",
      "SW NOTE ~ Lives with husband and two teenagers; works part-time as a school librarian. "
      "Sister (49) has [[lupus|AUTOIMMUNE_DISEASE|f]], on [[Plaquenil|DMARD|f]] and "
      "[[prednisone|SYSTEMIC_STEROID|f]]; sister will drive pt to appointments. Mother died 2019 "
      "of [[colon cancer|OTHER_MALIGNANCY|f]]. Insurance through husband's employer; no financial "
      "barriers identified."),
    N("2025-11-17", "oncology_note",
      "PROMIS PRESCREEN | [[aged 45|AGE]], [[ECOG 1|ECOG]] / [[KPS 80|KARNOFSKY]] | Histology: "
      "[[extraskeletal osteosarcoma|OSTEOSARCOMA]] (confirmed, 2024) | Lung: 2 "
      "[[mets|METASTASIS]], [[resectable|RESECTABLE]] (thoracic 10/30), "
      "[[PFTs|PULMONARY_FUNCTION]] adequate | Other cancer: [[PTC|OTHER_MALIGNANCY|h]] - "
      "thyroidectomy 09-Nov-2020, i.e. more than 5 years before screening | "
      "[[Psoriasis|AUTOIMMUNE_DISEASE]]: last systemic agent ([[MTX|IMMUNOSUPPRESSANT|h]]) stopped "
      "10-Nov-2023; topical [[clobetasol|LOCAL_STEROID]] only since | Labs 11/14: "
      "[[serum hCG|PREGNANCY_TEST|n]] <2 (negative); [[HIV Ag/Ab|HIV|n]] non-reactive | Vaccines: "
      "[[Flublok|NONLIVE_VACCINE]] 10/01 (recombinant); no [[live vaccines|LIVE_VACCINE|n]] | AEs: "
      "none >G1 except [[fatigue|TOXICITY]]/[[alopecia|TOXICITY]]."),
], checks=[("age_stated", "age_eligible", "2025-11-17", 45, 45),
           ("years", "other_malignancy_5y (PTC)", "2020-11-09", 5, False),
           ("years", "autoimmune_systemic_2y (MTX stop)", "2023-11-10", 2, False),
           ("days", "systemic_steroids_7d (MTX stop)", "2023-11-10", 7, False)],
    why="PTC just over 5 y, psoriasis systemic tx just over 2 y, topical steroid"))

# PP05 - excluded. 67M (DOB), ECOG 3 per attending correction, FEV1 38% (not a
# candidate though nodules technically resectable), bladder cancer 2023 with
# pembrolizumab CR ~9 months then progression, HIV on Biktarvy, prednisone burst
# 2 days before, G2 hearing loss; equivocal femur MRI; effusion never tapped.
PATIENTS.append(P("PP05", "2026-01-22", "MMMMNNN|UUNMNMNNMNNMMNN", [
    N("2025-06-10", "radiology_report",
      "CT CHEST WITHOUT CONTRAST (eGFR 38) | Hx: [[osteosarcoma|OSTEOSARCOMA|h]] R femur arising "
      "in Paget disease, restaging | FINDINGS:Severe centrilobular emphysema, upper-lobe "
      "predominant. Two new solid [[RLL nodules|PULMONARY_NODULE]], 12 mm and 9 mm, both "
      "peripheral. New moderate R [[pleural effusion|PLEURAL_EFFUSION]], simple fluid attenuation, "
      "no pleural nodularity. | IMPRESSION:1. New [[RLL nodules|PULMONARY_NODULE]], consistent with "
      "[[metastases|METASTASIS]]. 2. Moderate R [[effusion|PLEURAL_EFFUSION]], nonspecific - "
      "thoracentesis if clinically indicated."),
    N("2025-07-01", "oncology_note",
      "MED ONC 2ND OPINION | [[67 y/o|AGE]] M | ONCOLOGIC HX: (1) "
      "[[urothelial carcinoma of the bladder|OTHER_MALIGNANCY|h]], high-grade T1, TURBT "
      "07-Feb-2023; [[intravesical BCG|LOOKALIKE]] x6 -> [[BCG|LOOKALIKE]]-unresponsive -> "
      "[[pembrolizumab|CHECKPOINT_INHIBITOR|h]] 03/2023-03/2024: [[CR|TUMOR_RESPONSE|h]] on "
      "cystoscopy 06/2023, maintained ~9 months, then [[progression|TUMOR_RESPONSE|h]] to "
      "muscle-invasive disease 03/2024 -> radical cystectomy 04/2024, pT2N0, NED since. (2) "
      "[[osteosarcoma|OSTEOSARCOMA|h]] R femur (Paget), bx 21-Aug-2024 -> "
      "[[cisplatin|SYSTEMIC_THERAPY|h]]/[[doxorubicin|SYSTEMIC_THERAPY|h]] x3 09-11/2024, stopped "
      "early for [[AKI|TOXICITY|h]] -> wide resection + endoprosthesis 12/2024. | PMH: "
      "[[HIV|HIV|h]] since 1996 on [[Biktarvy|HIV|h]] (CD4 540, VL undetectable); COPD GOLD 3; "
      "[[CKD 3b|TOXICITY|h]] after cystectomy/[[cisplatin|SYSTEMIC_THERAPY|h]]; Paget disease. | "
      "Now: 2 [[RLL nodules|PULMONARY_NODULE]] c/w [[metastatic|METASTASIS]] "
      "[[osteosarcoma|OSTEOSARCOMA]]."),
    N("2025-12-15", "radiology_report",
      "MRI R FEMUR W/WO. Post-op changes of endoprosthetic reconstruction with metal artifact. "
      "Ill-defined enhancing soft tissue 2.1 cm along the lateral margin of the prosthesis, new "
      "since 06/2025. DDx: local recurrence vs post-operative/granulation change; recurrence "
      "cannot be excluded. Recommend CT-guided biopsy.", ann=False),
    N("2026-01-08", "pft_report",
      "[[PFT|PULMONARY_FUNCTION]] REPORT | [[Spirometry|PULMONARY_FUNCTION]] post-BD ~ "
      "[[FEV1|PULMONARY_FUNCTION]] 0.98 L (38% pred) ~ [[FVC|PULMONARY_FUNCTION]] 2.41 L (66%) ~ "
      "[[FEV1/FVC|PULMONARY_FUNCTION]] 0.41 ~ [[DLCO|PULMONARY_FUNCTION]] 35% pred ~ 6MWT 210 m, "
      "SpO2 nadir 86% RA ~ Interpretation: very severe obstruction; severely reduced diffusion. ~ "
      "Thoracic surgery comment (Dr Ng, 01/08): the 2 RLL [[nodules|PULMONARY_NODULE]] are "
      "peripheral and technically [[resectable|RESECTABLE]], but he is not a candidate for any "
      "[[lung resection|LUNG_RESECTION|n]] because of his [[lung function|PULMONARY_FUNCTION]]."),
    N("2026-01-16", "ed_note",
      "ED PROVIDER NOTE | [[67M|AGE]], SOB and wheeze x3 days, sputum change. Dx: COPD "
      "exacerbation. | Tx in ED: duonebs x3, [[prednisone|SYSTEMIC_STEROID]] 40 mg PO, "
      "doxycycline. CXR: hyperinflation, unchanged R [[effusion|PLEURAL_EFFUSION]], no "
      "consolidation. | Dispo: home; Rx [[prednisone|SYSTEMIC_STEROID]] 40 mg PO daily x5 days "
      "(01/16-01/20) | MAR: [[PREDNISONE|SYSTEMIC_STEROID]] 40 MG TAB PO | 01/16/2026 09:40 | "
      "GIVEN"),
    N("2026-01-19", "oncology_note",
      "ONC CLINIC | RESIDENT (Dr J. Wu): [[67M|AGE]], [[osteosarcoma|OSTEOSARCOMA]] with 2 "
      "[[RLL mets|LUNG_METASTASIS]]; severe COPD, finishing a [[prednisone|SYSTEMIC_STEROID]] burst "
      "(last dose 01/20). [[ECOG 2|ECOG]]. Audiogram 01/12: bilateral high-frequency "
      "[[hearing loss|TOXICITY]], CTCAE G2, unchanged since [[cisplatin|SYSTEMIC_THERAPY|h]] 2024. "
      "R [[effusion|PLEURAL_EFFUSION]] never tapped - character unknown. Femur MRI 12/15 "
      "equivocal; biopsy not yet scheduled. || ATTENDING ADDENDUM (Dr P. Alvarez): I saw and "
      "examined the patient. Regarding the resident's [[ECOG of 2|ECOG]]: "
      "[[this is incorrect|CORRECTION]] - he spends more than half of waking hours in bed or "
      "chair, i.e. [[ECOG 3|ECOG]]. Not a PROMIS candidate (age, performance status, and his "
      "[[lung function|PULMONARY_FUNCTION]] precludes any thoracic surgery)."),
], checks=[("age_dob", "age_eligible", "1958-03-19", 67),
           ("days", "systemic_steroids_7d (prednisone last dose)", "2026-01-20", 7, True),
           ("years", "other_malignancy_5y (bladder, TURBT)", "2023-02-07", 5, True),
           ("months_ge", "checkpoint response CR -> progression", "2023-06-01", "2024-03-01", 4, True)],
    why="age 67, ECOG 3, FEV1 38%, bladder ca 2023, pembro CR then PD, prednisone, G2 "
        "hearing loss, HIV"))

# PP06 - needs_review. 22F Lima: CT first read as metastases, then an amended
# report calls the nodules indeterminate / likely granulomas; possible pregnancy
# with hCG pending; research study of unclear type.
PATIENTS.append(P("PP06", "2025-12-01", "MUUMMMM|NNNNUNNNNNNNNNU", [
    N("2025-10-02", "radiology_report",
      "TOMOGRAFIA DE TORAX - preliminary report (translated) | Fecha: 02/10/2025 | Pt with history "
      "of [[osteosarcoma|OSTEOSARCOMA|h]] L tibia | Findings: four [[nodules|PULMONARY_NODULE]] in "
      "both lungs, 4-7 mm, two with partial calcification. No "
      "[[pleural effusion|PLEURAL_EFFUSION|n]]. | Impression: findings consistent with "
      "[[pulmonary metastatic disease|LUNG_METASTASIS]]."),
    N("2025-10-09", "radiology_report",
      "[[AMENDED REPORT|CORRECTION]] - CT THORAX of 02/10/2025 | Comparison now made with CT of "
      "11/2023 (obtained from INEN): all four [[nodules|PULMONARY_NODULE]] were present then and "
      "are unchanged over ~2 years; two are densely calcified. The preliminary impression of "
      "[[metastatic disease|METASTASIS|n]] is [[withdrawn|CORRECTION]]. Favour healed granulomas "
      "(household TB contact 2019). [[Metastases|METASTASIS|u]] cannot be entirely excluded for "
      "the two non-calcified [[nodules|PULMONARY_NODULE]]. | IMPRESSION:indeterminate "
      "[[pulmonary nodules|PULMONARY_NODULE]], most likely benign; CT follow-up in 3 months."),
    N("2025-10-20", "mdt_minutes",
      "JUNTA MULTIDISCIPLINARIA DE TUMORES OSEOS - Lima (minutes, translated) - 20/10/2025 | Pt: "
      "[[22-year-old|AGE]] woman | Dx: [[osteosarcoma|OSTEOSARCOMA]] L proximal tibia (bx "
      "14/06/2023); [[MAP|SYSTEMIC_THERAPY|h]] completed 03/2024; above-knee amputation 11/2023 | "
      "Current: 4 [[pulmonary nodules|PULMONARY_NODULE]] - radiology amended to indeterminate, "
      "likely granulomatous | Agreement: no [[metastasectomy|LUNG_RESECTION|n]] for now; thoracic "
      "surgical opinion deferred until their nature is clarified; repeat CT 01/2026 +/- PET | "
      "[[ECOG 0|ECOG]] | Note: pt takes part in a [[research study|INVESTIGATIONAL|u]] at INEN - "
      "Dr Quispe to find out whether it involves any drug."),
    N("2025-11-18", "nurse_triage_phone",
      "RN TRIAGE CALL 18/11/2025\\nPt reports LMP about 7 weeks ago (early October), morning "
      "nausea and breast tenderness; no home test done.\\nSerum "
      "[[beta-hCG|PREGNANCY_TEST|u]] drawn today at an outside lab - result pending.\\nAdvised no "
      "new medications until the result is known. Possible [[pregnancy|PREGNANCY|u]] flagged to "
      "Dr Salas."),
    N("2025-11-25", "oncology_note",
      "Follow-up, 22F, osteosarcoma. CT read amended to indeterminate nodules, likely granulomas; "
      "plan CT 01/2026. ECOG 0. PFTs 11/20: FEV1 101%, DLCO 97% - normal, adequate for any "
      "thoracic procedure. Serum hCG from 11/18 still not in our chart (outside lab). Research "
      "study at INEN: coordinator has not replied; patient says she 'gives blood samples' but also "
      "'took some pills' in September - unclear whether this was a study drug.", ann=False),
], checks=[("age_stated", "age_eligible", "2025-10-20", 22, 22)],
    why="amended CT -> indeterminate nodules; hCG pending; study type unclear"))

# PP07 - eligible. 31F, breastfeeding in July, weaned 12/20 (newest note); beta-hCG
# negative; Tdap and COVID booster (non-live); MMR negated; PROMIS plan hypothetical.
PATIENTS.append(P("PP07", "2026-01-15", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2025-07-02", "lactation_consult",
      "[[LACTATION|LACTATION]] CONSULT - postpartum day 18 | G1P1, SVD 06/14/2025, infant 3.6 kg, birth weight "
      "regained | Mother exclusively [[breastfeeding|LACTATION]], 8-10 feeds/day, latch improved "
      "with football hold | PMH: [[osteosarcoma|OSTEOSARCOMA|h]] R distal radius 2023, "
      "[[MAP|SYSTEMIC_THERAPY|h]] completed 11/2023 - oncology follow-up ongoing | Prenatal labs: "
      "[[HIV|HIV|n]] negative, rubella immune | Plan: continue on-demand feeding; f/u 2 wk."),
    N("2025-12-29", "radiology_report",
      "CT chest w/ contrast 12/29/2025: three new solid nodules in the right lung - RLL 10 mm, RML "
      "7 mm, RLL 4 mm - consistent with metastases. No pleural effusion. No adenopathy.",
      ann=False),
    N("2026-01-05", "tumor_board",
      "[[SARCOMA TUMOR BOARD|LOOKALIKE]] 1/5/2026 | [[31 yo|AGE]] F, conventional [[OS|OSTEOSARCOMA]] R distal "
      "radius (bx 3/2/2023), [[MAP|SYSTEMIC_THERAPY|h]] x6 completed 11/2023, wide resection + "
      "vascularized fibula. Delivered 6/2025. | New [[pulmonary mets|LUNG_METASTASIS]] x3 (R "
      "only), CT 12/29. | Consensus: [[resectable|RESECTABLE]] - [[RLL wedge|LUNG_RESECTION|y]] x2 "
      "+ [[RML segmentectomy|LUNG_RESECTION|y]]. Offer PROMIS first (SBRT + "
      "[[penpulimab|CHECKPOINT_INHIBITOR|y]] + [[gemcitabine|GEMCITABINE|y]], then "
      "[[metastasectomy|LUNG_RESECTION|y]]). No prior [[gemcitabine|GEMCITABINE|n]] or "
      "[[anti-PD-1|CHECKPOINT_INHIBITOR|n]]."),
    N("2026-01-09", "oncology_note",
      "PRESCREEN VISIT.,S:6.5 months postpartum. Previously [[breastfeeding|LACTATION|h]]; fully "
      "weaned 12/20/2025, no longer [[nursing|LACTATION|n]] (no expressing either).,O:"
      "[[ECOG 0|ECOG]]. [[Serum beta-hCG|PREGNANCY_TEST|n]] <1 mIU/mL 1/9/2026 - negative. "
      "[[HIV|HIV|n]] negative 1/2025.,Vaccines: [[Tdap|NONLIVE_VACCINE]] 4/2025 (third "
      "trimester); rubella immune so no [[MMR|LIVE_VACCINE|n]] postpartum; "
      "[[COVID booster|NONLIVE_VACCINE]] 10/2025.,A:[[metastatic|METASTASIS]] "
      "[[osteosarcoma|OSTEOSARCOMA]], lung only; proceeding to thoracic review and PROMIS consent."),
    N("2026-01-12", "thoracic_surgery_consult",
      "THORACIC SURGERY | 3 R-sided [[nodules|PULMONARY_NODULE]] (RLL x2, RML x1), all "
      "peripheral. Recommend [[RLL wedge resections|LUNG_RESECTION|y]] and "
      "[[RML segmentectomy|LUNG_RESECTION|y]] via [[VATS|LUNG_RESECTION|y]]; will coordinate timing "
      "with PROMIS if enrolled. | [[PFTs|PULMONARY_FUNCTION]] 1/12: [[FEV1|PULMONARY_FUNCTION]] "
      "3.2 L (97%), [[DLCO|PULMONARY_FUNCTION]] 92% - "
      "[[cleared for thoracic surgery|PULMONARY_FUNCTION]]."),
], checks=[("age_stated", "age_eligible", "2026-01-05", 31, 31),
           ("before", "weaned before screening", "2025-12-20")],
    why="breastfeeding ended 12/20; newest note wins"))

# PP08 - excluded. 14M Chennai (DOB day-first): biopsy-proven local recurrence,
# central mass invading L main bronchus (pneumonectomy), malignant effusion,
# Lansky 50, FVC 48%, apatinib on a phase II trial, Zadaxin last dose exactly
# 14 days before; 2nd-line regimen unknown (gem?); possible JIA.
PATIENTS.append(P("PP08", "2025-08-28", "MMNMMNN|MMUNMNMUNNNNNNN", [
    N("2025-05-20", "radiology_report",
      "MRI L LEG + CORE BIOPSY (report dated 20/05/2025) | 2.8 cm enhancing mass in the resection "
      "bed anteromedial to the tibial endoprosthesis, T2 hyperintense, new since 11/2024. | Core "
      "biopsy HP-25-3381: high-grade [[osteosarcoma|OSTEOSARCOMA]] - consistent with "
      "[[local recurrence|LOCAL_RECURRENCE]]."),
    N("2025-07-10", "referral_letter",
      "REFERRAL LETTER - Dr S. Raman, Madurai, dated 10/07/2025 ~ Dear Sir/Madam, I am referring "
      "this [[13-year-old|AGE]] boy with [[osteosarcoma|OSTEOSARCOMA]] of the L proximal tibia "
      "(dx 03/2023). He completed [[MAP|SYSTEMIC_THERAPY|h]] in 02/2024. Second-line treatment for "
      "[[lung metastases|LUNG_METASTASIS]] was given at a Coimbatore hospital 10/2024-01/2025; the "
      "discharge slip names it only as 'second-line [[chemotherapy|SYSTEMIC_THERAPY|h]]' and the "
      "parents think it was either [[gemcitabine|GEMCITABINE|u]] or "
      "[[ifosfamide|SYSTEMIC_THERAPY|u]]. Since 03/2025 he is on [[apatinib|SYSTEMIC_THERAPY]] 500 "
      "mg daily within an [[investigator-initiated phase II trial|INVESTIGATIONAL]] (CTRI "
      "registered). The family also gives [[Zadaxin|IMMUNOMODULATOR]] "
      "([[thymalfasin|IMMUNOMODULATOR]]) 1.6 mg SC twice weekly through a local practitioner. "
      "Biopsy 20/05/2025 showed [[local recurrence|LOCAL_RECURRENCE]]. Kindly evaluate. ~ Regards"),
    N("2025-08-05", "radiology_report",
      "CECT THORAX 05/08/2025 | 3.4 cm central [[mass|PULMONARY_NODULE]] in the L lower lobe "
      "encasing and invading the [[left main stem bronchus|CENTRAL_STRUCTURE]] with partial LLL "
      "collapse; two further L-sided [[nodules|PULMONARY_NODULE]] 6-8 mm. Moderate L "
      "[[pleural effusion|PLEURAL_EFFUSION]] with nodular pleural thickening. | IMPRESSION:"
      "[[progressive|TUMOR_RESPONSE]] [[pulmonary metastatic disease|LUNG_METASTASIS]]; the "
      "central [[mass|PULMONARY_NODULE]] could only be removed by "
      "[[left pneumonectomy|PNEUMONECTOMY|y]]; [[effusion|PLEURAL_EFFUSION]] suspicious for "
      "[[pleural metastases|MALIGNANT_EFFUSION|u]]."),
    N("2025-08-12", "cytology",
      "CYTOLOGY - PLEURAL FLUID (L), 650 mL, haemorrhagic ~ Cell block: clusters of pleomorphic "
      "cells with osteoid-like matrix; SATB2 positive. ~ DIAGNOSIS: "
      "[[positive for malignant cells|MALIGNANT_EFFUSION]], consistent with "
      "[[metastatic|METASTASIS]] [[osteosarcoma|OSTEOSARCOMA]]."),
    N("2025-08-20", "mdt_minutes",
      "MDT MINUTES 20/08/2025 - Paediatric Bone Tumour Clinic, Chennai | Present: ortho-onc, "
      "paed-onc, thoracic, RT, path | Pt: [[14 yr|AGE]] M ([[DOB 14/08/2011|DOB]]) | "
      "[[OS|OSTEOSARCOMA]] L tibia with biopsy-proven [[local recurrence|LOCAL_RECURRENCE]] "
      "(05/2025), not re-resected | [[Malignant effusion|MALIGNANT_EFFUSION]] L (cytology 12/08) | "
      "[[L main bronchus|CENTRAL_STRUCTURE]] invasion -> [[unresectable|UNRESECTABLE]]; only "
      "surgical option would be [[pneumonectomy|PNEUMONECTOMY|y]] - not advised | "
      "[[Lansky 50|LANSKY]] (in bed most of the day, quiet play only) | "
      "[[Spirometry|PULMONARY_FUNCTION]]: [[FVC|PULMONARY_FUNCTION]] 48% -> poor "
      "[[pulmonary reserve|PULMONARY_FUNCTION]], not fit for [[thoracotomy|LUNG_RESECTION|n]] | "
      "Meds: [[apatinib|SYSTEMIC_THERAPY]] ([[trial drug|INVESTIGATIONAL]], ongoing); "
      "[[Zadaxin|IMMUNOMODULATOR]] last injection 14/08/2025, family stopped thereafter | "
      "Decision: not for PROMIS; palliative RT; continue [[trial|INVESTIGATIONAL]]."),
    N("2025-08-26", "nurse_triage_phone",
      "Phone call, father: R knee swollen and warm for about a week, no trauma. Paediatric "
      "rheumatology (by phone): possible juvenile idiopathic arthritis vs reactive knee effusion - "
      "to be seen in clinic next week; started naproxen 250 mg BD. No steroids given.", ann=False),
], checks=[("age_dob", "age_eligible", "2011-08-14", 14),
           ("age_at_note", "age 13 in referral letter", "2011-08-14", "2025-07-10", 13),
           ("days", "immunomodulator_2w (Zadaxin last dose)", "2025-08-14", 14, True)],
    why="LR, MPE, central bronchus, Lansky 50, FVC 48%, trial drug, Zadaxin at 14 d"))

# PP09 - needs_review. 35M; outside records missing: transplant type, nivolumab
# response, grade of an infusion reaction, unidentified 'for the tumour' capsule.
PATIENTS.append(P("PP09", "2025-07-15", "MMMMMMM|NNNNNUUNNUUNNNN", [
    N("2025-05-30", "radiology_report",
      "CT CHEST 30/05/2025: two new LUL nodules, 10 and 7 mm, peripheral; postsurgical change R "
      "lung (prior wedge). Consistent with recurrent pulmonary metastases. No pleural effusion.",
      ann=False),
    N("2025-06-12", "oncology_note",
      "ORTHO-ONC F/U | [[35M|AGE]] | ONC HX: [[OS|OSTEOSARCOMA|h]] L femur, bx 12-Apr-2021 "
      "(conventional, high grade) -> [[MAP|SYSTEMIC_THERAPY|h]] x6 2021 -> "
      "[[lung mets|LUNG_METASTASIS|h]] 03/2022 -> R [[VATS metastasectomy|LUNG_RESECTION|h]] "
      "04/2022 -> '[[high-dose chemo|SYSTEMIC_THERAPY|h]] + [[stem cell transplant|TRANSPLANT|h]]' "
      "08/2022 at an outside centre (summary does not say whether autologous or allogeneic) -> "
      "[[nivolumab|CHECKPOINT_INHIBITOR|h]] ~8 months in 2023 at another outside hospital - "
      "restaging reports never received; pt cannot recall whether the tumours shrank | INTERVAL: 2 "
      "new LUL [[nodules|PULMONARY_NODULE]] on CT 30/05 = "
      "[[recurrent pulmonary metastases|LUNG_METASTASIS]] | [[ECOG 1|ECOG]] | PLAN: thoracic "
      "referral; re-request outside records."),
    N("2025-06-20", "thoracic_surgery_consult",
      "THORACIC SURGERY CLINIC.,Two peripheral LUL [[nodules|PULMONARY_NODULE]], no hilar "
      "involvement -> [[resectable|RESECTABLE]]; plan L [[VATS wedge resection|LUNG_RESECTION|y]] "
      "x2.,[[PFTs|PULMONARY_FUNCTION]] today: [[FEV1|PULMONARY_FUNCTION]] 86%, "
      "[[DLCO|PULMONARY_FUNCTION]] 74% after the prior [[R wedge|LUNG_RESECTION|h]] - adequate.,Pt "
      "mentions a prior [[infusion reaction|ALLERGIC_REACTION|h]] during "
      "[[nivolumab|CHECKPOINT_INHIBITOR|h]] in 2023 ('they stopped the drip and gave me "
      "something'); severity not documented in anything we hold."),
    N("2025-06-30", "pharmacy_med_rec",
      "MEDICATION RECONCILIATION - PHARMACIST | Source: pt + bottles | Med | Sig | Start | Last "
      "taken ~ paracetamol 500 mg | prn | - | 29/06 ~ omeprazole 20 mg | daily | 2023 | 30/06 ~ "
      "[[herbal capsule|IMMUNOMODULATOR|u]] from an uncle in Fujian (label in Chinese only, no "
      "English name; pt says it is 'for the tumour') | 2 caps TID | 05/2025 | 30/06 ~ Allergies: "
      "none known; see thoracic note re [[nivolumab|CHECKPOINT_INHIBITOR]] "
      "[[infusion reaction|ALLERGIC_REACTION]] (grade unknown) | Pharmacist: capsule not "
      "identifiable; photo of label sent to TCM pharmacist."),
    N("2025-07-08", "oncology_note",
      "Prescreen: 35M, resectable LUL mets, PFTs adequate, ECOG 1. Outside records 2022-2023 "
      "still outstanding: type of the 2022 transplant, response to nivolumab, details of the "
      "infusion reaction. Never received gemcitabine. HIV negative 06/2025. No steroids. TCM "
      "pharmacist could not identify the capsule from the label photo.", ann=False),
], checks=[("age_stated", "age_eligible", "2025-06-12", 35, 35)],
    why="records missing: transplant type, nivo response, reaction grade, capsule"))

# PP10 - eligible. ALL-CAPS legacy system. Path first 'favour Ewing', amended to
# high-grade surface OS; nivolumab SD < 3 months then PD (primary resistance);
# dexamethasone single dose 8 days before screening; fluticasone inhaler.
PATIENTS.append(P("PP10", "2025-09-15", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2023-02-14", "pathology",
      "SURGICAL PATHOLOGY - FINAL REPORT | SPECIMEN: R PROXIMAL TIBIA, OPEN BIOPSY | DIAGNOSIS: "
      "MALIGNANT SMALL ROUND CELL TUMOUR, FAVOUR [[EWING SARCOMA|OTHER_SARCOMA|u]]; MOLECULAR "
      "STUDIES TO FOLLOW. | ADDENDUM 2023-02-27 - [[AMENDED DIAGNOSIS|CORRECTION]]: EWSR1 FISH "
      "NEGATIVE; RNA NGS - NO FET-ETS FUSION. RE-REVIEW SHOWS LACE-LIKE TUMOUR OSTEOID IN THE "
      "SURFACE COMPONENT. FINAL DX: [[HIGH-GRADE SURFACE OSTEOSARCOMA|OSTEOSARCOMA]]. THE EARLIER "
      "DX OF [[EWING SARCOMA|OTHER_SARCOMA|n]] WAS [[ENTERED IN ERROR|CORRECTION]]."),
    N("2024-11-20", "oncology_note",
      "ONC F/U ~ [[24 YO|AGE]] M ~ [[HG SURFACE OS|OSTEOSARCOMA]] R TIBIA ~ S/P "
      "[[MAP|SYSTEMIC_THERAPY|h]] X6 + RESECTION (2023) ~ S/P [[IFOS/ETOP|SYSTEMIC_THERAPY|h]] X4 "
      "FOR [[LUNG METS|LUNG_METASTASIS|h]] 01-04/2024 ~ [[NIVO|CHECKPOINT_INHIBITOR]] 240 MG Q2W "
      "STARTED 05/2024: BEST RESP [[SD|TUMOR_RESPONSE]] (CT 07/2024), [[PD|TUMOR_RESPONSE]] ON CT "
      "08/2024 - [[SD|TUMOR_RESPONSE]] LASTED <3 MO ~ [[NIVO|CHECKPOINT_INHIBITOR]] D/C'D 08/2024 "
      "~ S/P L [[THORACOTOMY + WEDGE X2|LUNG_RESECTION|h]] 09/2024 ~ PLAN: OBSERVE, CT CHEST "
      "Q3MO"),
    N("2025-08-19", "radiology_report",
      "CT CHEST W CONTRAST. COMPARISON 05/2025. FINDINGS: THREE NEW/ENLARGING NODULES: RUL 13 MM, "
      "LUL 8 MM, LLL 6 MM, ALL PERIPHERAL. NO PLEURAL EFFUSION. NO ADENOPATHY. IMPRESSION: "
      "PROGRESSIVE BILATERAL PULMONARY METASTASES.", ann=False),
    N("2025-09-07", "mar",
      "MEDICATION ADMINISTRATION RECORD - DAY SURGERY (PORT REVISION) | 2025-09-07 | MED | DOSE | "
      "ROUTE | TIME | STATUS ~ CEFAZOLIN | 2 G | IV | 08:02 | GIVEN ~ "
      "[[DEXAMETHASONE|SYSTEMIC_STEROID]] | 8 MG | IV | 09:12 | GIVEN (PONV PROPHYLAXIS) ~ "
      "ONDANSETRON | 4 MG | IV | 09:12 | GIVEN ~ [[DEXAMETHASONE|SYSTEMIC_STEROID|n]] | 4 MG | PO | "
      "PRN Q8H | NOT GIVEN - ORDER D/C AT DISCHARGE 14:30 ~ FENTANYL | 25 MCG | IV | 09:40 | GIVEN"),
    N("2025-09-10", "thoracic_surgery_consult",
      "THORACIC SURGERY CONSULT ~ 3 PERIPHERAL BILATERAL [[NODULES|PULMONARY_NODULE]] C/W "
      "[[METS|METASTASIS]] (RUL 13, LUL 8, LLL 6 MM) ~ [[RESECTABLE|RESECTABLE]] - STAGED "
      "BILATERAL [[VATS WEDGE|LUNG_RESECTION|y]] ~ [[PFTS|PULMONARY_FUNCTION]] 09/09: "
      "[[FEV1|PULMONARY_FUNCTION]] 92% PRED, [[DLCO|PULMONARY_FUNCTION]] 85% ~ "
      "[[CLEARED FOR THORACIC SURGERY|PULMONARY_FUNCTION]] ~ NO [[EFFUSION|PLEURAL_EFFUSION|n]] ~ "
      "PRIOR L [[THORACOTOMY|LUNG_RESECTION|h]] 09/2024 - ADHESIONS EXPECTED"),
    N("2025-09-12", "oncology_note",
      "PROMIS PRESCREEN ~ [[25 YO|AGE]] M ~ [[ECOG 0|ECOG]] ~ DX: [[OSTEOSARCOMA|OSTEOSARCOMA]] "
      "(AMENDED PATH 02/2023; INITIAL [[EWING|OTHER_SARCOMA|n]] READ WITHDRAWN) ~ "
      "[[PULMONARY METASTASES|LUNG_METASTASIS]] X3, [[RESECTABLE|RESECTABLE]], "
      "[[PFTS|PULMONARY_FUNCTION]] OK ~ PRIOR [[NIVOLUMAB|CHECKPOINT_INHIBITOR|h]]: "
      "[[PD|TUMOR_RESPONSE|h]] AFTER SHORT [[SD|TUMOR_RESPONSE|h]] (<3 MO) = PRIMARY RESISTANCE ~ "
      "NO [[GEMCITABINE|GEMCITABINE|n]] EVER ~ MEDS: [[FLUTICASONE INHALER|LOCAL_STEROID]] 2 PUFFS "
      "BID (ASTHMA), ALBUTEROL PRN; [[DEXAMETHASONE|SYSTEMIC_STEROID]] X1 ON 09/07 FOR PONV ONLY ~ "
      "LABS: [[HIV|HIV|n]] NONREACTIVE, CBC/CMP WNL"),
], checks=[("age_stated", "age_eligible", "2025-09-12", 25, 25),
           ("days", "systemic_steroids_7d (dexamethasone)", "2025-09-07", 7, False),
           ("months_ge", "nivolumab SD -> PD (SD < 4 months)", "2024-05-01", "2024-08-01", 4, False)],
    why="dex 8 days before (just outside); nivo SD < 4 mo; corrected Ewing read"))

# PP11 - excluded. 29F: parosteal OS excised, chemo-naive for it (ABVD was for
# Hodgkin 2022); no lung nodules; HIV on Biktarvy; psoriasis MTX stopped 03/2025;
# yellow fever vaccine 22 d before; pregnant; a derm 'steroid' of unknown route.
PATIENTS.append(P("PP11", "2025-12-12", "MNUNMMM|NNNMNNNMUNNNMMM", [
    N("2023-06-22", "pathology",
      "SURGICAL PATHOLOGY | L distal femur, posterior cortex - wide excision | DIAGNOSIS: "
      "[[parosteal osteosarcoma|OSTEOSARCOMA]], low grade (G1); margins negative, closest 8 mm. "
      "MDM2 amplified (FISH). No dedifferentiated (high-grade) component. | Comment: low-grade "
      "surface tumour; [[adjuvant chemotherapy|SYSTEMIC_THERAPY|n]] not indicated."),
    N("2025-09-03", "id_clinic",
      "ID CLINIC - [[HIV|HIV]] FOLLOW-UP | [[29F|AGE]] with [[HIV|HIV]] (dx 2017) on [[Biktarvy|HIV]]; "
      "CD4 612, VL <20. | PMH: [[classic Hodgkin lymphoma|OTHER_MALIGNANCY|h]] stage IIA, LN "
      "biopsy 16-Aug-2022 -> [[ABVD|SYSTEMIC_THERAPY|h]] x6, completed 02/2023, "
      "[[CR|TUMOR_RESPONSE|h]]; [[psoriasis|AUTOIMMUNE_DISEASE|h]] - "
      "[[MTX|IMMUNOSUPPRESSANT|h]] 15 mg weekly, stopped 03/2025 because she is trying to "
      "conceive. | Onc: [[parosteal OS|OSTEOSARCOMA]] L femur excised 06/2023, "
      "[[chemo-naive|CHEMO_NAIVE]]. | Travel: visiting family in Manaus from 12/15 - needs "
      "[[yellow fever vaccine|LIVE_VACCINE|y]]; CD4 >200 so a [[live vaccine|LIVE_VACCINE|y]] is "
      "acceptable -> travel clinic."),
    N("2025-11-20", "travel_medicine",
      "TRAVEL MEDICINE VISIT 11/20/2025 | Destination: Amazonas, Brazil; departs 12/15 | Given "
      "today: [[Stamaril|LIVE_VACCINE]] ([[yellow fever vaccine|LIVE_VACCINE]], 17D) 0.5 mL SC L "
      "deltoid; [[Typhim Vi|NONLIVE_VACCINE]] (injectable polysaccharide "
      "[[typhoid vaccine|NONLIVE_VACCINE]]) IM R deltoid. Hep A series complete. | Reproductive: "
      "LMP 10/30/2025, pt denies any possibility of [[pregnancy|PREGNANCY|n]]; no test done. | "
      "[[HIV|HIV]]: CD4 612 (09/2025) - no contraindication."),
    N("2025-12-05", "nurse_triage_phone",
      "NURSE TRIAGE - PHONE 12/05/2025 14:22\\nPt called: two home "
      "[[pregnancy tests|PREGNANCY_TEST]] positive this morning; LMP 10/30.\\nStat serum "
      "[[hCG|PREGNANCY_TEST]] ordered - resulted 16:10: 2,140 mIU/mL (POSITIVE).\\nPt worried "
      "about the [[yellow fever shot|LIVE_VACCINE]] on 11/20 - message routed to OB and "
      "ID.\\nAssessment: [[pregnant|PREGNANCY]], ~5 weeks by LMP."),
    N("2025-12-10", "oncology_note",
      "ONC - PROMIS PRESCREEN (referred by ID) | CT chest 12/01: no "
      "[[pulmonary nodules|PULMONARY_NODULE|n]], no [[metastatic disease|METASTASIS|n]]. | "
      "[[Parosteal osteosarcoma|OSTEOSARCOMA]] L femur - excision only, "
      "[[chemo-naive|CHEMO_NAIVE]] for the bone tumour; the [[ABVD|SYSTEMIC_THERAPY|h]] (incl. "
      "[[bleomycin|SYSTEMIC_THERAPY|h]]) was for [[Hodgkin lymphoma|OTHER_MALIGNANCY|h]] in 2022. "
      "| [[ECOG 0|ECOG]]. [[PFTs|PULMONARY_FUNCTION]] 09/2025 (post-"
      "[[bleomycin|SYSTEMIC_THERAPY|h]] surveillance): [[FEV1|PULMONARY_FUNCTION]] 98%, "
      "[[DLCO|PULMONARY_FUNCTION]] 91% - adequate. | Derm started a [[steroid|SYSTEMIC_STEROID]] "
      "for a [[psoriasis|AUTOIMMUNE_DISEASE]] flare on 12/08 - the prescription is not visible to "
      "us (cream vs tablets unknown). | [[IUP|PREGNANCY]] ~6 wk on US 12/09. | A: not a PROMIS "
      "candidate - no [[lung mets|LUNG_METASTASIS|n]], [[pregnant|PREGNANCY]], live "
      "[[YF vaccine|LIVE_VACCINE]] 11/20, [[HIV|HIV]]."),
], checks=[("age_stated", "age_eligible", "2025-09-03", 29, 29),
           ("days", "live_vaccine_30d (yellow fever)", "2025-11-20", 30, True),
           ("years", "other_malignancy_5y (Hodgkin, LN biopsy)", "2022-08-16", 5, True),
           ("years", "autoimmune_systemic_2y (MTX stop, month only)", "2025-03-01", 2, True),
           ("days", "systemic_steroids_7d (MTX stop)", "2025-03-01", 7, False),
           ("days", "systemic_steroids_7d (derm steroid, current, route unknown)", "2025-12-08", 7, True)],
    why="no lung mets, chemo-naive for OS (ABVD was for HL), HIV, YF 22 d, pregnant, HL 2022, "
        "psoriasis MTX 03/2025"))

# PP12 - needs_review. 42F from Guadalajara: prior chemo unknown; possible RA;
# 'steroid shot' 5 days before with route not recorded; unidentified herbal
# cancer capsules.
PATIENTS.append(P("PP12", "2025-06-18", "MMMUMMM|NNNNNNUUUNNNNNN", [
    N("2025-04-22", "pathology",
      "SURGICAL PATHOLOGY | Specimen: LLL [[wedge resection|LUNG_RESECTION]] (diagnostic), 1.4 cm "
      "[[nodule|PULMONARY_NODULE]] | DIAGNOSIS: [[metastatic|METASTASIS]] "
      "[[osteosarcoma|OSTEOSARCOMA]], conventional; margins clear. [[PD-L1|LOOKALIKE]] (22C3) TPS <1%. | Comparison: outside primary "
      "(Guadalajara 2022; slides reviewed here) - [[osteosarcoma|OSTEOSARCOMA]] of the L humerus, "
      "morphologically concordant."),
    N("2025-05-15", "oncology_note",
      "MED ONC NEW PT | [[42 yo|AGE]] F, relocated from Guadalajara | [[OS|OSTEOSARCOMA]] L "
      "humerus dx 2022, forequarter amputation there. Whether she had "
      "[[chemotherapy|SYSTEMIC_THERAPY|u]] before or after surgery is unclear: pt recalls 'many "
      "infusions, some were antibiotics for the wound'; outside treatment summary requested twice, "
      "not received. | [[Lung mets|LUNG_METASTASIS]]: diagnostic LLL "
      "[[wedge|LUNG_RESECTION|h]] 04/2025 (prior) + 2 remaining [[RUL nodules|PULMONARY_NODULE]] "
      "6 and 8 mm -> thoracic: [[resectable|RESECTABLE]], R [[VATS wedge|LUNG_RESECTION|y]] "
      "planned. | [[ECOG 1|ECOG]] | Hands: symmetric MCP swelling, 1 h morning stiffness -> rheum "
      "e-consult (? [[RA|AUTOIMMUNE_DISEASE|u]]). | Meds: ibuprofen prn; "
      "'[[herbal cancer capsules|IMMUNOMODULATOR|u]]' from a TCM practitioner, product unknown, "
      "daily since 03/2025."),
    N("2025-06-02", "rheumatology_econsult",
      "RHEUMATOLOGY E-CONSULT.,Q: [[inflammatory arthritis|AUTOIMMUNE_DISEASE|u]]?.,A: bilateral "
      "MCP synovitis + morning stiffness; RF and anti-CCP pending; ANA 1:80 speckled "
      "(nonspecific).,Ddx: early [[rheumatoid arthritis|AUTOIMMUNE_DISEASE|u]] vs hypertrophic "
      "osteoarthropathy (from [[lung mets|LUNG_METASTASIS]]) vs erosive OA.,Suggest: hold "
      "[[DMARDs|DMARD|y]] until serology is back; clinic visit 07/2025."),
    N("2025-06-13", "urgent_care",
      "URGENT CARE VISIT 06/13/2025 (outside network - faxed copy) | CC: R hand/wrist pain flare "
      "| NP note: '[[steroid shot|SYSTEMIC_STEROID]] given' - drug, dose, site and route not "
      "recorded on the faxed copy; naproxen 500 mg BID x7d. | F/U with PCP."),
    N("2025-06-16", "oncology_note",
      "Prescreen PROMIS: 42F metastatic OS. Outstanding: outside chemo records (prior systemic "
      "therapy unconfirmed), RF/anti-CCP, identity of the herbal capsules, details of the 06/13 "
      "steroid shot (IM vs intra-articular unknown). PFTs 06/10: FEV1 91%, DLCO 88% - adequate. "
      "HIV Ag/Ab negative, urine hCG negative. ECOG 1. Never received gemcitabine or a checkpoint "
      "inhibitor.", ann=False),
], checks=[("age_stated", "age_eligible", "2025-05-15", 42, 42),
           ("days", "systemic_steroids_7d (steroid shot, route unknown)", "2025-06-13", 7, True)],
    why="prior chemo unknown, possible RA, steroid route unknown, unidentified capsules"))

# PP13 - eligible. 13M Sao Paulo (day-first DOB); MMR 31 days before screening;
# varicella not given; BCG at birth; structural allograft (not a transplant);
# grandfather lung cancer, uncle HIV.
PATIENTS.append(P("PP13", "2025-08-14", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2025-07-20", "radiology_report",
      "TOMOGRAFIA DE TORAX (report translated from Portuguese) | Pt: [[13-year-old|AGE]] boy, "
      "[[telangiectatic osteosarcoma|OSTEOSARCOMA]] R tibia | Two solid "
      "[[nodules|PULMONARY_NODULE]] in the LLL (9 mm and 6 mm), new vs 15/04/2025. No "
      "[[pleural effusion|PLEURAL_EFFUSION|n]]. | CONCLUSION: "
      "[[pulmonary metastases|LUNG_METASTASIS]]."),
    N("2025-07-29", "mdt_minutes",
      "REUNIAO MULTIDISCIPLINAR - ONCOLOGIA PEDIATRICA, Sao Paulo (minutes, translated) - "
      "29/07/2025 | Pt: R.A.S., [[DOB 05/03/2012|DOB]] | Dx: [[telangiectatic OS|OSTEOSARCOMA]] "
      "R proximal tibia (bx 10/01/2024) | Tx: [[MAP|SYSTEMIC_THERAPY|h]] completed 09/2024; "
      "resection with [[structural allograft|LOOKALIKE]] reconstruction 04/2024 | No "
      "[[local recurrence|LOCAL_RECURRENCE|n]] (MRI 15/07/2025) | New: 2 LLL "
      "[[mets|METASTASIS]] | Decision: [[resectable|RESECTABLE]] - L "
      "[[thoracotomy + wedge resection|LUNG_RESECTION|y]]; present to the PROMIS screening "
      "committee first."),
    N("2025-08-04", "immunization_record",
      "IMMUNIZATION RECORD (exported, dd/mm/yyyy) | Vaccine | Date | Dose | Site ~ "
      "[[BCG|LIVE_VACCINE]] | 06/03/2012 | birth | ID R arm ~ [[hepatitis B|NONLIVE_VACCINE]] | "
      "06/03/2012 | 1 | IM ~ [[MMR|LIVE_VACCINE]] (post-[[chemotherapy|SYSTEMIC_THERAPY|h]] "
      "revaccination) | 14/07/2025 | booster | SC L arm ~ "
      "[[inactivated influenza|NONLIVE_VACCINE]] | 14/07/2025 | annual | IM ~ "
      "[[varicella|LIVE_VACCINE|n]] | - | NOT GIVEN ([[varicella IgG|LOOKALIKE]] positive) | -"),
    N("2025-08-08", "oncology_note",
      "PEDS ONC.,S:well, back at school, walking without crutches.,O:[[Lansky 80|LANSKY]] "
      "(active, tires with football).,[[Spirometry|PULMONARY_FUNCTION]] 06/08: "
      "[[FVC|PULMONARY_FUNCTION]] 94%, [[FEV1|PULMONARY_FUNCTION]] 91% pred - normal; anaesthesia "
      "+ thoracic: [[cleared for thoracic surgery|PULMONARY_FUNCTION]].,Audiogram: no "
      "[[ototoxicity|TOXICITY|n]]. Echo normal.,[[HIV|HIV|n]] negative (04/2024).,A/P:"
      "[[metastatic|METASTASIS]] [[telangiectatic osteosarcoma|OSTEOSARCOMA]], lung only. "
      "[[MMR|LIVE_VACCINE]] was 14/07 - more than 30 days before the planned screen date 14/08."),
    N("2025-08-11", "social_work",
      "SOCIAL WORK - pt lives with mother and maternal grandfather in Guarulhos. Grandfather (71) "
      "has lung cancer, on chemotherapy at another hospital; father not involved. Uncle (mother's "
      "brother) living with HIV, well controlled. Mother works nights; transport support arranged "
      "via the TFD programme.", ann=False),
], checks=[("age_dob", "age_eligible", "2012-03-05", 13),
           ("days", "live_vaccine_30d (MMR)", "2025-07-14", 30, False)],
    why="MMR 31 d (just outside); allograft; family cancer/HIV"))

# PP14 - excluded. 38F SLE, living-related kidney transplant on tacrolimus /
# MMF / prednisone, rituximab anaphylaxis G3, breastfeeding; parosteal OS never
# given chemo; lung nodules = histoplasmosis (no metastases); transplant study
# arm unknown.
PATIENTS.append(P("PP14", "2026-03-20", "MNUNMMM|NNNNUNNMMMMNNNM", [
    N("2024-02-28", "pathology",
      "SURGICAL PATHOLOGY 02/28/2024: R distal femur, posterior surface - parosteal "
      "osteosarcoma, low grade, margins negative. No high-grade component. Adjuvant therapy not "
      "recommended.", ann=False),
    N("2025-10-15", "radiology_report",
      "CT CHEST W/O CONTRAST 10/15/2025 | Hx: [[parosteal OS|OSTEOSARCOMA|h]] R femur (excised "
      "2024); renal [[transplant|TRANSPLANT|h]] recipient on "
      "[[immunosuppression|IMMUNOSUPPRESSANT|h]] | FINDINGS:2 new solid "
      "[[nodules|PULMONARY_NODULE]] - RUL 8 mm, LLL 11 mm, non-calcified. No "
      "[[effusion|PLEURAL_EFFUSION|n]]. | IMPRESSION:suspicious for [[metastases|METASTASIS|u]] vs "
      "opportunistic infection in an immunocompromised host; tissue diagnosis advised."),
    N("2025-11-06", "pathology",
      "SURGICAL PATHOLOGY | LLL [[VATS wedge|LUNG_RESECTION]] biopsy, 11/06/2025 | DIAGNOSIS: "
      "necrotizing granulomatous inflammation; GMS stain shows small budding yeasts consistent "
      "with Histoplasma. NEGATIVE for malignancy - no [[metastatic|METASTASIS|n]] "
      "[[osteosarcoma|OSTEOSARCOMA|n]] identified."),
    N("2026-02-20", "nephrology_note",
      "[[TRANSPLANT NEPHROLOGY|LOOKALIKE]] F/U ~ [[38F|AGE]] ~ [[SLE|AUTOIMMUNE_DISEASE]] with class IV "
      "[[lupus nephritis|AUTOIMMUNE_DISEASE]] -> ESRD -> living-related "
      "[[kidney transplant|TRANSPLANT]] (donor: sister) 05/2019 ~ Cr 1.1, stable; "
      "[[SLE|AUTOIMMUNE_DISEASE]] flare 08/2025 (polyarthritis, low C3) needed a [[prednisone|SYSTEMIC_STEROID]] "
      "burst, now controlled on current [[immunosuppression|IMMUNOSUPPRESSANT]] ~ ACTIVE MEDS: [[tacrolimus|IMMUNOSUPPRESSANT]] 3 "
      "mg BID (trough 6.2) | [[mycophenolate mofetil|IMMUNOSUPPRESSANT]] 500 mg BID | "
      "[[prednisone|SYSTEMIC_STEROID]] 5 mg daily | [[hydroxychloroquine|DMARD]] 200 mg daily | "
      "itraconazole 200 mg BID (histoplasmosis) ~ ALLERGIES: [[rituximab|MONOCLONAL_ANTIBODY]] - "
      "[[anaphylaxis|ALLERGIC_REACTION]] 2018 (stridor, hypotension, epinephrine x2; CTCAE G3) ~ "
      "Currently [[breastfeeding|LACTATION]] her 4-month-old; peds aware of "
      "[[tacrolimus|IMMUNOSUPPRESSANT]] exposure ~ Research: enrolled 2025 in a multicentre "
      "[[transplant study|INVESTIGATIONAL|u]] - our records do not show whether she is in the "
      "interventional arm (extended-release [[tacrolimus|IMMUNOSUPPRESSANT]]) or the observational "
      "cohort; coordinator contacted."),
    N("2026-03-10", "oncology_note",
      "ONC PRESCREEN (PROMIS referral from community oncologist) | "
      "[[Parosteal osteosarcoma|OSTEOSARCOMA]] R distal femur, excised 02/2024; "
      "[[chemo-naive|CHEMO_NAIVE]] (low grade - no [[chemo|SYSTEMIC_THERAPY|n]] given) | Lungs: LLL "
      "[[nodule|PULMONARY_NODULE]] = histoplasmosis on prior [[VATS wedge|LUNG_RESECTION|h]] "
      "biopsy 11/2025; RUL [[nodule|PULMONARY_NODULE]] shrank 8 -> 4 mm on itraconazole (CT "
      "3/2/2026) -> no evidence of [[pulmonary metastases|LUNG_METASTASIS|n]] | On "
      "[[tacrolimus|IMMUNOSUPPRESSANT]] / [[MMF|IMMUNOSUPPRESSANT]] / "
      "[[prednisone|SYSTEMIC_STEROID]] for [[kidney transplant|TRANSPLANT]] and "
      "[[SLE|AUTOIMMUNE_DISEASE]]; [[rituximab|MONOCLONAL_ANTIBODY]] "
      "[[anaphylaxis|ALLERGIC_REACTION]] 2018; [[breastfeeding|LACTATION]]. [[ECOG 1|ECOG]]. "
      "[[PFTs|PULMONARY_FUNCTION]] 02/2026 normal - adequate. Research arm: coordinator reply "
      "pending. | A: does not meet PROMIS - no [[lung mets|LUNG_METASTASIS|n]], no prior "
      "[[systemic therapy|SYSTEMIC_THERAPY|n]], allogeneic [[kidney transplant|TRANSPLANT]], "
      "[[systemic steroids|SYSTEMIC_STEROID]], [[lactating|LACTATION]]."),
], checks=[("age_stated", "age_eligible", "2026-02-20", 38, 38)],
    why="no lung mets (histoplasmosis), chemo-naive, SLE + kidney tx on tacro/pred, rituximab "
        "anaphylaxis, breastfeeding"))

# PP15 - needs_review. 27M from La Paz: OS vs UPS unresolved; prior chemo
# unknown; HIV screen reactive awaiting supplemental test; typhoid vaccine
# formulation unknown.
PATIENTS.append(P("PP15", "2026-04-09", "UMMUMMM|NNNNNNNNNNNNUUN", [
    N("2025-12-03", "mdt_minutes",
      "COMITE DE TUMORES - hospital in La Paz (minutes, translated) - 03/12/2025 ~ Pt: "
      "[[27-year-old|AGE]] man ~ Local pathology: high-grade spindle-cell tumour with focal "
      "matrix-like material - possible [[osteosarcoma|OSTEOSARCOMA|u]] versus "
      "[[undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|u]] ~ Site: L distal femur; above-knee "
      "amputation 08/2025 ~ Lungs: multiple bilateral [[nodules|PULMONARY_NODULE]] consistent with "
      "[[metastases|METASTASIS]] ~ Treatment before amputation: not recorded in the local file; pt "
      "does not know whether he received [[chemotherapy|SYSTEMIC_THERAPY|u]] ~ Plan: send block "
      "for reference pathology; pt relocating abroad."),
    N("2026-03-02", "pathology",
      "PATHOLOGY CONSULTATION (outside slides, La Paz S-25-1182) | High-grade pleomorphic "
      "spindle-cell tumour with focal eosinophilic matrix; we cannot determine whether this is "
      "true tumour osteoid. SATB2 patchy; MDM2 not amplified. | DIAGNOSIS: high-grade spindle-cell "
      "tumour of bone; differential includes [[osteosarcoma|OSTEOSARCOMA|u]] (fibroblastic type) "
      "and [[undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|u]]. Additional blocks requested - "
      "none received to date."),
    N("2026-03-20", "radiology_report",
      "CT CHEST.,Five bilateral peripheral [[nodules|PULMONARY_NODULE]] (4-12 mm), enlarging vs "
      "outside CT 11/2025.,IMPRESSION:[[pulmonary metastases|LUNG_METASTASIS]].,THORACIC SURGERY "
      "ADDENDUM (Dr Farah, 03/23): all peripheral, [[amenable to resection|RESECTABLE]] - staged "
      "bilateral [[wedges|LUNG_RESECTION|y]]. [[PFTs|PULMONARY_FUNCTION]] 03/18: "
      "[[FEV1|PULMONARY_FUNCTION]] 99%, [[DLCO|PULMONARY_FUNCTION]] 90% - adequate."),
    N("2026-03-30", "lab_report",
      "LAB RESULTS ~ Test | Result | Flag ~ [[HIV-1/2 Ag/Ab combo (4th gen)|HIV|u]] | REACTIVE | "
      "A ~ [[HIV-1/2 differentiation assay|HIV|u]] | PENDING | - ~ Lab comment: a reactive screen "
      "needs supplemental testing before the result can be reported as positive."),
    N("2026-04-06", "oncology_note",
      "PROMIS prescreen, 27M. ECOG 1. Histology still indeterminate (osteosarcoma vs UPS) - "
      "reference lab has no further blocks. Prior treatment in Bolivia unknown: no records, and "
      "the patient cannot say whether he had chemotherapy. HIV supplemental assay not yet "
      "resulted. About 2 weeks ago, before a trip home, the travel clinic gave a typhoid vaccine; "
      "their record says only 'typhoid' (oral capsules vs injection not stated). No steroids, no "
      "other vaccines.", ann=False),
], checks=[("age_stated", "age_eligible", "2025-12-03", 27, 27),
           ("days", "live_vaccine_30d (typhoid ~2 weeks before 04/06, type unknown)", "2026-03-23", 30, True)],
    why="histology OS vs UPS, prior chemo unknown, HIV reactive unconfirmed, typhoid type"))

# PP16 - eligible. 19M: local recurrence 2024 re-excised with wide margins
# (resident thinks it is active, attending disagrees); pembrolizumab PD at first
# assessment; study drug last dose 29 days before; father with HIV; benign trace
# effusion.
PATIENTS.append(P("PP16", "2026-03-05", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2024-06-18", "pathology",
      "SURGICAL PATHOLOGY | R proximal humerus soft tissue, re-excision | DIAGNOSIS: "
      "[[local recurrence|LOCAL_RECURRENCE]] of [[chondroblastic osteosarcoma|OSTEOSARCOMA]], 2.3 "
      "cm; excised with wide margins - all margins negative, closest 15 mm (deep fascia)."),
    N("2025-01-10", "radiology_report",
      "RESTAGING CT C/A/P 01/10/2025 | After 4 cycles of [[pembrolizumab|CHECKPOINT_INHIBITOR]] "
      "(started 10/2024): enlarging L [[lung mets|LUNG_METASTASIS]] (8 -> 15 mm) and a new 5 mm "
      "RLL [[nodule|PULMONARY_NODULE]]. | IMPRESSION:[[progressive disease|TUMOR_RESPONSE]] at the "
      "first assessment; [[pembrolizumab|CHECKPOINT_INHIBITOR]] discontinued by oncology."),
    N("2026-02-12", "radiology_report",
      "CT chest 02/12/2026: two new R lung nodules, RUL 7 mm and RLL 9 mm, consistent with "
      "metastases. Postsurgical change L lung (VATS metastasectomy 03/2025). Trace L pleural "
      "effusion, likely benign/post-surgical. No adenopathy.", ann=False),
    N("2026-02-20", "research_note",
      "RESEARCH NURSE NOTE - OFF [[STUDY|INVESTIGATIONAL|h]]\\nSubject came off [[study drug|INVESTIGATIONAL|h]] "
      "([[phase II trial|INVESTIGATIONAL|h]] of [[cabozantinib|SYSTEMIC_THERAPY|h]] + "
      "[[ZN-2207|INVESTIGATIONAL|h]]) for radiographic [[PD|TUMOR_RESPONSE]] on CT "
      "02/12/2026.\\nLast dose of [[study drug|INVESTIGATIONAL|h]]: 02/04/2026 (C9D21).\\n30-day "
      "safety follow-up due 03/06/2026.\\nAEs at discontinuation: "
      "[[hand-foot skin reaction|TOXICITY]] G1; [[hypertension|TOXICITY]] G1, resolved off drug."),
    N("2026-02-27", "social_work",
      "SOCIAL WORK | [[19 yo|AGE]] pt lives with his father and stepmother; works part-time at a "
      "pharmacy; Medicaid. Father has [[HIV|HIV|f]], on [[ART|HIV|f]] for years and undetectable - "
      "pt worried about 'catching it' from shared razors; education provided. Paternal aunt had "
      "[[cervical cancer|OTHER_MALIGNANCY|f]]. Transportation: drives himself."),
    N("2026-03-02", "oncology_note",
      "[[SARCOMA CLINIC|LOOKALIKE]] - PRESCREEN | RESIDENT (Dr T. Oyelaran, PGY-3): [[19M|AGE]], "
      "[[chondroblastic OS|OSTEOSARCOMA]] R humerus (bx 09/2022); [[MAP|SYSTEMIC_THERAPY|h]] "
      "2022-23; [[local recurrence|LOCAL_RECURRENCE|u]] 05/2024 - I think this is still active, so "
      "he is probably excluded. New R [[nodules|PULMONARY_NODULE]] x2. || ATTENDING ATTESTATION "
      "(Dr M. Lindqvist): [[I disagree|CORRECTION]] with the resident about the local disease. The "
      "05/2024 [[local recurrence|LOCAL_RECURRENCE|h]] was re-excised 06/2024 with wide negative "
      "margins, and MRI humerus 02/2026 shows no [[recurrence|LOCAL_RECURRENCE|n]]. The current "
      "problem is [[pulmonary metastatic disease|LUNG_METASTASIS]] (2 R "
      "[[nodules|PULMONARY_NODULE]]), [[resectable|RESECTABLE]] - refer for R "
      "[[VATS wedge|LUNG_RESECTION|y]] and PROMIS screening. [[ECOG 1|ECOG]]. "
      "[[PFTs|PULMONARY_FUNCTION]] 02/25: [[FEV1|PULMONARY_FUNCTION]] 84%, "
      "[[DLCO|PULMONARY_FUNCTION]] 80% - adequate after the prior L "
      "[[metastasectomy|LUNG_RESECTION|h]]. Prior [[ifosfamide/etoposide|SYSTEMIC_THERAPY|h]] "
      "2024; [[pembrolizumab|CHECKPOINT_INHIBITOR|h]] with [[PD|TUMOR_RESPONSE|h]] at the first "
      "scan (primary refractory); [[study drug|INVESTIGATIONAL|h]] last taken 02/04/2026. Trace L "
      "[[effusion|PLEURAL_EFFUSION]] is post-surgical/benign. [[HIV|HIV|n]] negative 02/2026 "
      "(father's [[HIV|HIV|f]] noted)."),
], checks=[("age_stated", "age_eligible", "2026-03-02", 19, 19),
           ("days", "investigational_agent_4w (study drug last dose)", "2026-02-04", 28, False)],
    why="LR re-excised wide (attending), pembro primary PD, study drug 29 d, father HIV"))

# PP17 - excluded. Adult man with no age anywhere: grade 3 chondrosarcoma (not
# OS), unresected local recurrence, chemo-naive, indeterminate tiny nodules,
# FEV1 34%, blinded COPD trial inhaler, Huaier granules, denosumab anaphylaxis
# G3, Zostavax 16 days before, HIV screen reactive / indeterminate.
PATIENTS.append(P("PP17", "2025-12-04", "NUUNUUN|MNNNMNMNNNMNUMN", [
    N("2022-03-15", "pathology",
      "SURGICAL PATHOLOGY | L internal hemipelvectomy | DIAGNOSIS: conventional "
      "[[chondrosarcoma|OTHER_SARCOMA]], grade 3, ilium/acetabulum, 9.5 cm; margins negative "
      "(closest 2 mm at the sciatic notch). No dedifferentiated component. IDH1 R132C mutation "
      "detected (NGS)."),
    N("2025-09-22", "radiology_report",
      "MRI pelvis: 4.5 cm lobulated T2-bright mass in the L hemipelvectomy bed abutting the "
      "sciatic nerve - recurrent tumour. CT-guided biopsy 10/01/2025: recurrent grade 3 "
      "chondrosarcoma. Ortho-onc: not a candidate for re-resection (would require external "
      "hemipelvectomy, declined).", ann=False),
    N("2025-10-30", "radiology_report",
      "CT CHEST | Background severe emphysema. More than ten bilateral sub-4 mm "
      "[[nodules|PULMONARY_NODULE]], several in a tree-in-bud distribution. | IMPRESSION:numerous "
      "tiny [[nodules|PULMONARY_NODULE]], indeterminate - infectious/inflammatory favoured; "
      "[[metastases|METASTASIS|u]] not excluded. Follow-up CT in 3 months."),
    N("2025-11-10", "pulmonology_note",
      "PULMONOLOGY CLINIC.,COPD GOLD 4, ex-smoker 45 pack-years.,[[PFT|PULMONARY_FUNCTION]] "
      "11/07: [[FEV1|PULMONARY_FUNCTION]] 0.89 L (34% pred), [[DLCO|PULMONARY_FUNCTION]] "
      "30%.,Assessment: not a candidate for thoracic surgery because of poor "
      "[[pulmonary reserve|PULMONARY_FUNCTION]].,Research: enrolled in a "
      "[[phase 3 trial|INVESTIGATIONAL]] for COPD (NCT-COPD-4471) - blinded "
      "[[study inhaler|INVESTIGATIONAL]] (active drug or placebo) BID since 06/2025, ongoing; "
      "research team aware of the oncology referral."),
    N("2025-11-25", "pharmacy_med_rec",
      "MED REC (pharmacy) | Med | Sig | Start | Stop ~ [[study inhaler|INVESTIGATIONAL]] (blinded, "
      "NCT-COPD-4471) | 2 puffs BID | 06/2025 | ongoing ~ tiotropium | daily | 2019 | ongoing ~ "
      "[[Huaier granules|IMMUNOMODULATOR]] | 20 g TID | 09/2025 | ongoing (pt-sourced) ~ "
      "[[Zostavax|LIVE_VACCINE]] ([[zoster vaccine live|LIVE_VACCINE]]) | once | 11/18/2025 | given "
      "at community pharmacy ~ [[infliximab|IMMUNOSUPPRESSANT|h]] | q8wk | 2016 | 2021 - stopped, "
      "loss of response; [[Crohn's|AUTOIMMUNE_DISEASE|h]] quiescent since, no treatment ~ ALLERGY: "
      "[[denosumab|MONOCLONAL_ANTIBODY]] ([[Xgeva|MONOCLONAL_ANTIBODY]]) - "
      "[[anaphylaxis|ALLERGIC_REACTION]] with first dose 09/2025, CTCAE G3"),
    N("2025-12-01", "oncology_note",
      "ONC NOTE | Recurrent [[chondrosarcoma|OTHER_SARCOMA]] L pelvis - "
      "[[local recurrence|LOCAL_RECURRENCE]] biopsy-proven 10/2025, unresected (not a "
      "re-resection candidate). [[Chemo-naive|CHEMO_NAIVE]]. [[ECOG 1|ECOG]]. Lungs: "
      "indeterminate [[nodules|PULMONARY_NODULE]], CT repeat 01/2026. | Labs 11/28: "
      "[[HIV-1/2 Ag/Ab|HIV|u]] REACTIVE; [[HIV-1/2 differentiation assay|HIV|u]] INDETERMINATE - "
      "[[HIV-1 NAT|HIV|u]] sent. | Outside MD asked about PROMIS: not appropriate - the tumour is "
      "not an [[osteosarcoma|OSTEOSARCOMA|n]]."),
], checks=[("days", "live_vaccine_30d (Zostavax)", "2025-11-18", 30, True),
           ("years", "autoimmune_systemic_2y (infliximab stop, year only)", "2021-01-01", 2, False)],
    why="chondrosarcoma, chemo-naive, FEV1 34%, unresected LR, COPD trial, Huaier, denosumab "
        "anaphylaxis, Zostavax; no age anywhere"))

# PP18 - needs_review. 62M: OS vs dedifferentiated chondrosarcoma unresolved,
# DLCO 48% pending CPET, thyroid FNA Bethesda V, small uncharacterised effusion;
# traps: Addison's on replacement hydrocortisone, corneal transplant, 'thyroid
# nodule' and 'thyroid lobectomy'.
PATIENTS.append(P("PP18", "2025-05-14", "UMMMMMU|NUNUNNNNNNNNNNN", [
    N("2024-11-20", "pathology",
      "SURGICAL PATHOLOGY - R DISTAL FEMUR RESECTION | High-grade pleomorphic tumour producing "
      "lace-like eosinophilic matrix, abutting a low-grade cartilaginous component. | DIAGNOSIS: "
      "high-grade bone tumour - [[dedifferentiated chondrosarcoma|OTHER_SARCOMA|u]] versus "
      "[[chondroblastic osteosarcoma|OSTEOSARCOMA|u]]; the distinction cannot be made on this "
      "material. IDH1/2 sequencing and expert review (Bologna) requested; addendum to follow."),
    N("2025-03-04", "radiology_report",
      "CT CHEST 03/04/2025 | Three [[nodules|PULMONARY_NODULE]]: RLL 15 mm, RML 9 mm, LLL 7 mm, "
      "all peripheral. Small free-flowing L [[pleural effusion|PLEURAL_EFFUSION]], new. | "
      "IMPRESSION:[[pulmonary metastases|LUNG_METASTASIS]]; small L [[effusion|PLEURAL_EFFUSION]] "
      "of indeterminate nature."),
    N("2025-04-02", "endocrinology_note",
      "ENDOCRINOLOGY F/U | [[62 y/o|AGE]] M | 1) [[Addison's disease|AUTOIMMUNE_DISEASE]] "
      "(21-hydroxylase Ab positive, dx 2011) on [[hydrocortisone|REPLACEMENT_THERAPY]] 10/5/5 mg "
      "and [[fludrocortisone|REPLACEMENT_THERAPY]] 0.1 mg - physiological replacement; no stress "
      "dosing in the last year. 2) [[Thyroid nodule|LOOKALIKE]] L lobe 2.2 cm; FNA 03/2025 "
      "Bethesda V - suspicious for [[papillary thyroid carcinoma|OTHER_MALIGNANCY|u]]; "
      "[[thyroid lobectomy|LOOKALIKE]] deferred until the bone tumour plan is settled. 3) s/p "
      "[[corneal transplant|TRANSPLANT|h]] R eye 2019 (keratoconus)."),
    N("2025-04-22", "pft_report",
      "PFT: FEV1 2.10 L (71%), FVC 3.05 L (76%), FEV1/FVC 0.69, DLCO 48% pred. Interp: mild "
      "obstruction, moderately-severely reduced DLCO. Comment: predicted post-op DLCO borderline "
      "for multiple wedges; CPET recommended before a thoracic surgery decision.", ann=False),
    N("2025-05-06", "thoracic_surgery_consult",
      "THORACIC SURGERY CONSULT.,Three peripheral [[nodules|PULMONARY_NODULE]] - technically "
      "[[resectable|RESECTABLE]] by staged bilateral [[wedge resections|LUNG_RESECTION|y]].,"
      "Fitness: [[DLCO|PULMONARY_FUNCTION]] 48% pred - CPET booked 05/20; decision on operability "
      "deferred until then.,Small L [[effusion|PLEURAL_EFFUSION]]: too small to tap safely, not "
      "characterised.,Histology: awaiting expert review ([[OS|OSTEOSARCOMA|u]] vs "
      "[[DDCS|OTHER_SARCOMA|u]])."),
    N("2025-05-12", "oncology_note",
      "PROMIS PRESCREEN - ON HOLD.,Open items: (1) expert pathology - "
      "[[osteosarcoma|OSTEOSARCOMA|u]] not yet confirmed; (2) CPET for "
      "[[pulmonary reserve|PULMONARY_FUNCTION]]; (3) thyroid FNA Bethesda V, "
      "[[carcinoma|OTHER_MALIGNANCY|u]] unconfirmed; (4) L [[pleural effusion|PLEURAL_EFFUSION]] "
      "uncharacterised.,Otherwise: [[ECOG 1|ECOG]]; [[doxorubicin|SYSTEMIC_THERAPY|h]]/"
      "[[cisplatin|SYSTEMIC_THERAPY|h]] x4 completed 02/2025; "
      "[[hydrocortisone|REPLACEMENT_THERAPY]] is replacement dosing; "
      "[[corneal graft|TRANSPLANT|h]] only; [[HIV|HIV|n]] negative 04/2025."),
], checks=[("age_stated", "age_eligible", "2025-04-02", 62, 62)],
    why="histology, operability, thyroid FNA and effusion all pending"))

# PP19 - eligible. Turns 65 on the screening date (DOB); prostate cancer 2016;
# autologous stem cell rescue; budesonide inhaler + prednisolone eye drops;
# Shingrix 10 days before, Zostavax not offered.
PATIENTS.append(P("PP19", "2025-10-01", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2025-08-28", "radiology_report",
      "CT CHEST 08/28/2025: solitary 14 mm spiculated nodule, RLL superior segment, new since "
      "02/2025. Mild emphysema. No pleural effusion. IMPRESSION: new RLL nodule, most consistent "
      "with metastasis given history of pelvic osteosarcoma.", ann=False),
    N("2025-09-05", "mdt_minutes",
      "THORACIC ONCOLOGY MDT 5-Sep-25 | [[Pelvic osteosarcoma|OSTEOSARCOMA]] (L ilium, arising in "
      "Paget disease; bx 04/2023) | s/p [[doxorubicin|SYSTEMIC_THERAPY|h]]/"
      "[[cisplatin|SYSTEMIC_THERAPY|h]] 2023 + internal hemipelvectomy; "
      "[[bone metastasis|METASTASIS|h]] (L femur) 2024 treated with "
      "[[high-dose carboplatin/etoposide|SYSTEMIC_THERAPY|h]] and "
      "[[autologous stem cell rescue|TRANSPLANT|h]] 06/2024 | Now: solitary 14 mm RLL "
      "[[metastasis|METASTASIS]] | Recommendation: [[resectable|RESECTABLE]] - RLL superior "
      "[[segmentectomy|LUNG_RESECTION|y]]; offer PROMIS screening beforehand."),
    N("2025-09-15", "pft_report",
      "PULMONARY LAB REPORT ~ [[FEV1|PULMONARY_FUNCTION]] 2.35 L 72% ~ [[FVC|PULMONARY_FUNCTION]] "
      "3.60 L 84% ~ [[FEV1/FVC|PULMONARY_FUNCTION]] 0.65 ~ [[DLCO|PULMONARY_FUNCTION]] 68% ~ "
      "[[ppoFEV1|PULMONARY_FUNCTION]] ([[segmentectomy|LUNG_RESECTION|y]]) 66%, [[ppoDLCO|PULMONARY_FUNCTION]] 62% ~ Interpretation: mild obstruction; ppo values "
      ">60% - [[cleared for thoracic surgery|PULMONARY_FUNCTION]] ([[segmental resection|LUNG_RESECTION|y]]) without "
      "further testing."),
    N("2025-09-22", "pharmacy_immunization",
      "PHARMACY IMMUNIZATION NOTE 09/21/2025 | [[Shingrix|NONLIVE_VACCINE]] (recombinant zoster, "
      "adjuvanted) dose 1 given L deltoid. Pt asked about [[Zostavax|LIVE_VACCINE|n]] - not "
      "offered (live; discontinued in US). Also [[high-dose flu shot|NONLIVE_VACCINE]] given R "
      "deltoid."),
    N("2025-09-29", "oncology_note",
      "PROMIS PRESCREEN | [[DOB 10/01/1960|DOB]] (screen date 10/01/2025) | [[ECOG 1|ECOG]] - "
      "walks with a cane, independent | PMH: [[prostate cancer|OTHER_MALIGNANCY|h]] 2016 (radical "
      "prostatectomy; PSA undetectable since); Paget disease; mild COPD. | Meds: "
      "[[budesonide/formoterol inhaler|LOCAL_STEROID]] BID; "
      "[[prednisolone acetate 1% eye drops|LOCAL_STEROID]] L eye QID, post-cataract 09/10, "
      "tapering to stop 10/08; tamsulosin. | [[HIV|HIV|n]] non-reactive 09/2025. | The 2024 "
      "[[ASCT|TRANSPLANT|h]] was autologous (own cells). | Never received "
      "[[gemcitabine|GEMCITABINE|n]] or a [[checkpoint inhibitor|CHECKPOINT_INHIBITOR|n]]."),
], checks=[("age_dob", "age_eligible", "1960-10-01", 65),
           ("years", "other_malignancy_5y (prostate, year only)", "2016-01-01", 5, False),
           ("days", "live_vaccine_30d (Shingrix - not live)", "2025-09-21", 30, True)],
    why="age exactly 65, prostate 2016, autologous, local steroids, Shingrix"))

# PP20 - excluded. 19F: active unresected local recurrence, innumerable
# unresectable mets abutting the main pulmonary artery, cytology-positive
# effusion (intrapleural IL-2 local only), camrelizumab SD ~6 mo then PD, gem/doce,
# autoimmune hepatitis on azathioprine until 06/2025, dexamethasone taper ended
# exactly 7 days before, ECOG 3; hCG faintly positive pending; thyroid FNA pending.
PATIENTS.append(P("PP20", "2026-02-26", "MMNMMNM|MMMUNMNMMNNNNNU", [
    N("2025-09-10", "radiology_report",
      "MRI L FEMUR W/WO | 5.1 cm enhancing soft-tissue mass at the distal femoral resection margin "
      "extending into vastus medialis, new since 03/2025. | IMPRESSION:"
      "[[local recurrence|LOCAL_RECURRENCE]] of [[osteosarcoma|OSTEOSARCOMA]]. | ADDENDUM "
      "09/16/2025: core biopsy confirms high-grade [[osteosarcoma|OSTEOSARCOMA]]; ortho-onc: "
      "[[not resectable|LOOKALIKE]] short of hip disarticulation, which she declined."),
    N("2025-12-02", "radiology_report",
      "CT CHEST: innumerable bilateral pulmonary metastases (>30), largest 3.2 cm RLL abutting the "
      "right main pulmonary artery; large L pleural effusion with pleural nodularity. IMPRESSION: "
      "marked progression of pulmonary metastatic disease; new L effusion, likely malignant.",
      ann=False),
    N("2025-12-09", "cytology",
      "PROCEDURE + CYTOLOGY ~ L thoracentesis, 1.4 L serosanguinous ~ Cytology: "
      "[[malignant cells present|MALIGNANT_EFFUSION]] - atypical cells with osteoid-like matrix, "
      "SATB2+, c/w [[metastatic|METASTASIS]] [[osteosarcoma|OSTEOSARCOMA]] ~ Plan (IP/pulm): "
      "tunnelled pleural catheter; intrapleural [[IL-2|IMMUNOMODULATOR|y]] 1 MU weekly x3 for "
      "[[effusion|PLEURAL_EFFUSION]] control (local instillation only)."),
    N("2026-01-20", "oncology_note",
      "ONC F/U.,ONC HX:[[OS|OSTEOSARCOMA|h]] L distal femur dx 06/2022; "
      "[[MAP|SYSTEMIC_THERAPY|h]] 2022-23; [[lung mets|LUNG_METASTASIS|h]] 01/2024 -> "
      "[[camrelizumab|CHECKPOINT_INHIBITOR|h]] + [[apatinib|SYSTEMIC_THERAPY|h]] from 03/2024: "
      "best response [[SD|TUMOR_RESPONSE|h]] lasting ~6 months (CT 05/2024, 07/2024, 09/2024), "
      "then [[PD|TUMOR_RESPONSE|h]] 10/2024 -> [[gem/doce|GEMCITABINE|h]] 11/2024-03/2025 -> "
      "[[PD|TUMOR_RESPONSE|h]]; [[local recurrence|LOCAL_RECURRENCE|h]] 09/2025; "
      "[[brain met|METASTASIS|h]] 01/2026.,PMH:[[autoimmune hepatitis|AUTOIMMUNE_DISEASE|h]] dx "
      "2023 - [[azathioprine|IMMUNOSUPPRESSANT|h]] 2023 until 06/2025, stopped for "
      "[[cytopenias|TOXICITY|h]] (recovered); hepatology 01/2026: [[AIH|AUTOIMMUNE_DISEASE]] still active, ALT 2x ULN, "
      "no new agent yet.,Current: "
      "[[dexamethasone|SYSTEMIC_STEROID]] 4 mg BID for cerebral oedema - taper over ~4 weeks.,"
      "[[ECOG 3|ECOG]] - in bed >50% of the day."),
    N("2026-02-19", "mar",
      "MAR / ORAL TAPER LOG - NEURO-ONC ~ Drug | Dose | Dates | Status ~ "
      "[[dexamethasone|SYSTEMIC_STEROID]] | 4 mg PO BID | 01/14-01/27/2026 | completed ~ "
      "[[dexamethasone|SYSTEMIC_STEROID]] | 2 mg PO BID | 01/28-02/10/2026 | completed ~ "
      "[[dexamethasone|SYSTEMIC_STEROID]] | 1 mg PO daily | 02/11-02/19/2026 | LAST DOSE "
      "02/19/2026 08:00 - taper complete, discontinued"),
    N("2026-02-24", "oncology_note",
      "PROMIS PRESCREEN (outside referral) | [[19 y/o|AGE]] F | NOT ELIGIBLE: innumerable "
      "bilateral [[pulmonary metastases|LUNG_METASTASIS]], "
      "[[not amenable to metastasectomy|UNRESECTABLE]]; 3.2 cm RLL [[mass|PULMONARY_NODULE]] "
      "abuts the [[right main pulmonary artery|CENTRAL_STRUCTURE]] | "
      "[[malignant pleural effusion|MALIGNANT_EFFUSION]] (cytology positive 12/2025), indwelling "
      "pleural catheter | active [[local recurrence|LOCAL_RECURRENCE]] L femur, unresected | prior "
      "[[camrelizumab|CHECKPOINT_INHIBITOR|h]] ([[SD|TUMOR_RESPONSE|h]] ~6 mo, then "
      "[[PD|TUMOR_RESPONSE|h]]) and prior [[gemcitabine|GEMCITABINE|h]] | "
      "[[dexamethasone|SYSTEMIC_STEROID]] last dose 02/19 | [[ECOG 3|ECOG]] | "
      "[[urine hCG|PREGNANCY_TEST|u]] faintly positive 02/23 - serum quantitative pending (LMP "
      "01/30) | incidental 1.8 cm [[thyroid nodule|LOOKALIKE]] - FNA pending, "
      "[[thyroid carcinoma|OTHER_MALIGNANCY|u]] not excluded | [[PFTs|PULMONARY_FUNCTION]] "
      "12/2025: [[FEV1|PULMONARY_FUNCTION]] 81% - adequate | intrapleural "
      "[[IL-2|IMMUNOMODULATOR|h]] 12/2025 was local ([[effusion|PLEURAL_EFFUSION]] control)."),
], checks=[("age_stated", "age_eligible", "2026-02-24", 19, 19),
           ("days", "systemic_steroids_7d (dexamethasone last dose)", "2026-02-19", 7, True),
           ("years", "autoimmune_systemic_2y (azathioprine stop, month only)", "2025-06-01", 2, True),
           ("months_ge", "camrelizumab SD -> PD (SD > 4 months)", "2024-03-01", "2024-10-01", 4, True)],
    why="LR, unresectable/central, MPE, CPI secondary resistance, gem, AIH, dex at 7 d, ECOG 3"))

# PP21 - needs_review. Adult man, no age or DOB anywhere; MRI equivocal for local
# recurrence (biopsy declined); ototoxicity after cisplatin without a grade.
PATIENTS.append(P("PP21", "2025-04-03", "MMMMUUM|UNNNNNNNNNNUNNN", [
    N("2024-12-10", "radiology_report",
      "MRI R TIBIA W/WO | Post-resection changes with intercalary reconstruction. New 1.2 cm "
      "nodular enhancement at the proximal osteotomy site. | IMPRESSION:equivocal - "
      "[[local recurrence|LOCAL_RECURRENCE|u]] versus granulation tissue. Recommend biopsy or "
      "short-interval MRI."),
    N("2025-01-15", "radiology_report",
      "TC DE TORAX (Bogota, translated) 15/01/2025 | Two [[nodules|PULMONARY_NODULE]] in the LUL, "
      "10 mm and 6 mm, peripheral | IMPRESSION:[[pulmonary metastases|LUNG_METASTASIS]] of "
      "[[osteosarcoma|OSTEOSARCOMA]]."),
    N("2025-02-20", "mdt_minutes",
      "JUNTA DE TUMORES OSEOS - Bogota (translated) - 20/02/2025 | Pt: Sr. H.M. | "
      "[[Conventional osteosarcoma|OSTEOSARCOMA]] R tibia; [[MAP|SYSTEMIC_THERAPY|h]] completed "
      "08/2024 | 2 LUL [[mets|METASTASIS]] - [[resectable|RESECTABLE]], "
      "[[VATS wedge|LUNG_RESECTION|y]] proposed | R tibia: [[recurrence|LOCAL_RECURRENCE|u]] not "
      "confirmed - repeat MRI 04/2025 (pt declined biopsy) | [[ECOG 1|ECOG]] | "
      "[[PFT|PULMONARY_FUNCTION]] 12/02/2025 normal, adequate for [[VATS|LUNG_RESECTION|y]]."),
    N("2025-03-18", "nurse_triage_phone",
      "RN PHONE NOTE 03/18/2025\\nPt reports [[tinnitus|TOXICITY]] and "
      "[[reduced hearing|TOXICITY]] in noisy rooms since prior "
      "[[cisplatin|SYSTEMIC_THERAPY|h]].\\nNo audiogram in our system; the Bogota summary lists "
      "'[[ototoxicity|TOXICITY]]' without a grade.\\nAudiology appointment 04/22/2025 (first "
      "available).\\nNo fever or cough."),
    N("2025-03-28", "oncology_note",
      "PROMIS prescreen. Adult man transferred from Bogota; copy of the ID document not yet "
      "scanned and date of birth missing from registration ('unknown'). ECOG 1. 2 LUL mets, "
      "resectable; PFT adequate; prior MAP only. R tibia: MRI equivocal for recurrence, repeat MRI "
      "04/2025. Hearing complaints since cisplatin - grade unknown until audiology. HIV negative. "
      "No steroids, vaccines or other studies.", ann=False),
], checks=[], why="age unknown (so PS unknown), equivocal LR, ototoxicity grade unknown"))

# PP22 - eligible. Girl who turns 10 on the screening date (DOB); Lansky 70 (the
# boundary); Huaier granules stopped 15 days before; penicillin anaphylaxis.
PATIENTS.append(P("PP22", "2025-06-30", "MMMMMMM|NNNNNNNNNNNNNNN", [
    N("2025-05-08", "radiology_report",
      "CT CHEST W/ CONTRAST 05/08/2025 | [[Small cell osteosarcoma|OSTEOSARCOMA]] L femur, 6 months "
      "after end of therapy | 2 new [[nodules|PULMONARY_NODULE]]: RUL 7 mm, LLL 5 mm | No "
      "[[effusion|PLEURAL_EFFUSION|n]] | IMPRESSION:new [[pulmonary nodules|PULMONARY_NODULE]] "
      "compatible with [[metastases|METASTASIS]]."),
    N("2025-05-21", "tumor_board",
      "PEDIATRIC SOLID TUMOR CONFERENCE 5/21/25 | [[9 yo|AGE]] F, [[small cell OS|OSTEOSARCOMA]] "
      "L distal femur (bx 2/2024) | [[MAP|SYSTEMIC_THERAPY|h]] + "
      "[[ifosfamide|SYSTEMIC_THERAPY|h]] completed 11/2024 | [[lung mets|LUNG_METASTASIS]] x2 | "
      "Plan: both [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] - staged bilateral "
      "[[thoracotomies|LUNG_RESECTION|y]]; PROMIS screening after her birthday in June."),
    N("2025-06-16", "pharmacy_med_rec",
      "OUTPATIENT PHARMACY - MED HISTORY ~ Source: grandmother (Mandarin interpreter) ~ "
      "[[Huaier granules|IMMUNOMODULATOR|h]] (槐耳颗粒) 10 g TID | started 01/2025 by "
      "grandmother | STOPPED 06/15/2025 per oncology advice | last sachet 06/15 AM ~ "
      "multivitamin | daily | ongoing ~ ALLERGIES: penicillin - [[anaphylaxis|ALLERGIC_REACTION]] "
      "in early childhood (no [[monoclonal antibody|MONOCLONAL_ANTIBODY|n]] [[reactions|ALLERGIC_REACTION|n]])"),
    N("2025-06-20", "nurse_triage_phone",
      "RN call with grandmother (Mandarin interpreter): confirms the Huaier granules were stopped "
      "on 6/15, none given since. Child well, at day camp, mild limp, no fevers.", ann=False),
    N("2025-06-26", "oncology_note",
      "PROMIS PRESCREEN.,[[DOB 06/30/2015|DOB]] (eligible from 6/30/2025).,[[Lansky 70|LANSKY]] - "
      "up and around, limited by limp; active play reduced.,[[PFTs|PULMONARY_FUNCTION]] (6/18): "
      "[[FVC|PULMONARY_FUNCTION]] 88%, [[FEV1|PULMONARY_FUNCTION]] 85% - adequate for staged "
      "[[thoracotomy|LUNG_RESECTION|y]] per anaesthesia/thoracic.,[[HIV|HIV|n]] negative.,No "
      "other meds; [[Huaier|IMMUNOMODULATOR|h]] stopped on 6/15."),
], checks=[("age_dob", "age_eligible", "2015-06-30", 10),
           ("age_at_note", "age 9 at the conference", "2015-06-30", "2025-05-21", 9),
           ("days", "immunomodulator_2w (Huaier stop)", "2025-06-15", 14, False)],
    why="turns 10 on as-of, Lansky 70, Huaier stopped 15 d, penicillin anaphylaxis"))

# PP23 - excluded. 9-year-old with Li-Fraumeni: B-ALL diagnosed 4 y 352 d before,
# allogeneic HSCT, alemtuzumab 'reaction' ungraded, thymosin alpha-1 ongoing, MMR
# exactly 30 days before, G2 hearing loss; localized OS, no lung mets.
PATIENTS.append(P("PP23", "2025-09-12", "MNUMNMM|NNNMNNMNNMUMNMN", [
    N("2024-06-12", "pathology",
      "BIOPSY R DISTAL FEMUR 06/12/2024: conventional high-grade osteosarcoma, osteoblastic type. "
      "Clinical note: known germline TP53 variant (Li-Fraumeni) and prior allogeneic HSCT for "
      "B-ALL.", ann=False),
    N("2025-06-05", "bmt_clinic",
      "[[BMT LATE EFFECTS CLINIC|LOOKALIKE]] ~ [[9 YO|AGE]] M ~ HYPODIPLOID [[B-ALL|OTHER_MALIGNANCY|h]] (BM BX "
      "2020-09-25) -> MSD [[ALLO-HSCT|TRANSPLANT|h]] (SISTER) 2021-02-11, RIC ~ "
      "[[ALEMTUZUMAB|MONOCLONAL_ANTIBODY|h]] IN CONDITIONING - '[[REACTION|ALLERGIC_REACTION|h]]' "
      "ON DAY -3 PER OUTSIDE SUMMARY, GRADE NOT RECORDED ~ NO CHRONIC GVHD, OFF ALL "
      "[[IMMUNOSUPPRESSION|IMMUNOSUPPRESSANT|h]] SINCE 2022 ~ LI-FRAUMENI (TP53 R248Q); MOTHER IS "
      "A CARRIER, [[BREAST CA|OTHER_MALIGNANCY|f]] AT 34 ~ [[OSTEOSARCOMA|OSTEOSARCOMA]] R FEMUR "
      "06/2024 - COMPLETED [[MAP|SYSTEMIC_THERAPY|h]] 04/2025 ~ CURRENT: "
      "[[THYMOSIN ALPHA-1|IMMUNOMODULATOR]] 1.6 MG SC TWICE WEEKLY FOR IMMUNE RECONSTITUTION - "
      "ONGOING ~ REVACCINATION: [[MMR|LIVE_VACCINE|y]] PLANNED 08/2025 (>24 MO POST-"
      "[[HSCT|TRANSPLANT|h]], >3 MO OFF [[CHEMO|SYSTEMIC_THERAPY|h]]); "
      "[[VARICELLA|LIVE_VACCINE|y]] LATER"),
    N("2025-08-13", "immunization_record",
      "VACCINE ADMINISTRATION RECORD | 2025-08-13 10:05 | [[M-M-R II|LIVE_VACCINE]] 0.5 mL SC R "
      "upper arm | Lot X019284 | VIS given to mother | Administered by J. Pham RN | Pre-vaccine "
      "screen: afebrile; off [[chemotherapy|SYSTEMIC_THERAPY|h]] since 04/2025; >24 months post-"
      "[[HSCT|TRANSPLANT|h]]; no IVIG in 8 months."),
    N("2025-08-25", "ctcae_table",
      "LATE-EFFECTS REVIEW - CTCAE v5 ~ AE | Grade | Attribution | Status ~ "
      "[[Hearing impaired|TOXICITY]] (bilateral, 4-8 kHz) | 2 | [[cisplatin|SYSTEMIC_THERAPY|h]] "
      "| permanent; preferential seating at school ~ [[Alopecia|TOXICITY]] | 1 | "
      "[[chemo|SYSTEMIC_THERAPY|h]] | improving ~ [[Peripheral sensory neuropathy|TOXICITY|n]] | 0 "
      "| - | none ~ [[Fatigue|TOXICITY]] | 1 | - | stable"),
    N("2025-09-03", "radiology_report",
      "CT CHEST 09/03/2025 | Indication: [[osteosarcoma|OSTEOSARCOMA]] R femur, end-of-therapy "
      "restaging | Lungs clear. No [[pulmonary nodules|PULMONARY_NODULE|n]]. No "
      "[[pleural effusion|PLEURAL_EFFUSION|n]]. | IMPRESSION:no evidence of "
      "[[pulmonary metastatic disease|LUNG_METASTASIS|n]]."),
    N("2025-09-09", "oncology_note",
      "PROMIS PRESCREEN (family request).,[[born 02-Mar-2016|DOB]].,[[Lansky 90|LANSKY]].,"
      "Localized [[osteosarcoma|OSTEOSARCOMA]] R femur, [[MAP|SYSTEMIC_THERAPY|h]] completed "
      "04/2025; no [[lung mets|LUNG_METASTASIS|n]] on CT 09/03.,[[PFTs|PULMONARY_FUNCTION]] "
      "07/2025 (post-[[transplant|TRANSPLANT|h]] surveillance): normal, adequate.,Not eligible: "
      "below the minimum age; no [[metastases|METASTASIS|n]]; prior "
      "[[allo-HSCT|TRANSPLANT|h]]; [[B-ALL|OTHER_MALIGNANCY|h]] diagnosed 09/2020 (within 5 "
      "years); [[MMR|LIVE_VACCINE]] on 08/13; ongoing [[thymosin|IMMUNOMODULATOR]]; G2 "
      "[[hearing loss|TOXICITY]]."),
], checks=[("age_dob", "age_eligible", "2016-03-02", 9),
           ("days", "live_vaccine_30d (MMR)", "2025-08-13", 30, True),
           ("years", "other_malignancy_5y (B-ALL marrow biopsy)", "2020-09-25", 5, True)],
    why="age 9, no lung mets, B-ALL within 5 y, allo-HSCT, thymosin, MMR at 30 d, G2 hearing"))

# PP24 - excluded. Newest stated age 64 in 03/2024 + 2 whole years = 66;
# pathology amended from fibroblastic OS to UPS of bone; kidney transplant on
# tacrolimus + prednisone; basiliximab anaphylaxis G3; gem/doce; pembrolizumab PR
# then PD; phase I study drug exactly 28 days before; central RLL mass
# (pneumonectomy); neuropathy grade undocumented; cSCC 2017.
PATIENTS.append(P("PP24", "2026-04-20", "NMNMNMM|NNMNMMNNMMMUNNN", [
    N("2023-01-20", "pathology",
      "SURGICAL PATHOLOGY - PRELIMINARY | L proximal tibia, core biopsy | Spindle-cell "
      "proliferation with marked atypia and focal osteoid-like matrix. | DIAGNOSIS (preliminary): "
      "[[fibroblastic osteosarcoma|OSTEOSARCOMA]], high grade - final report after resection "
      "review."),
    N("2023-02-06", "pathology",
      "[[AMENDED REPORT|CORRECTION]] | L proximal tibia | After review of additional material and "
      "external consultation, no convincing tumour osteoid is present; the matrix is hyalinized "
      "collagen. SATB2 negative. | DIAGNOSIS: "
      "[[undifferentiated pleomorphic sarcoma of bone|OTHER_SARCOMA]], high grade. This report "
      "[[supersedes|CORRECTION]] the preliminary diagnosis of "
      "[[fibroblastic osteosarcoma|OSTEOSARCOMA|n]]."),
    N("2024-03-11", "oncology_note",
      "MED ONC | [[64 y/o|AGE]] M, [[UPS of bone|OTHER_SARCOMA]] L tibia | PMH: "
      "[[living-donor kidney transplant|TRANSPLANT|h]] 2012 (brother) for polycystic kidney "
      "disease; [[basiliximab|MONOCLONAL_ANTIBODY|h]] [[anaphylaxis|ALLERGIC_REACTION|h]] at "
      "induction (bronchospasm, hypotension - G3); [[cutaneous SCC|OTHER_MALIGNANCY|h]] L forearm "
      "2017, excised. | Meds: [[tacrolimus|IMMUNOSUPPRESSANT]] 2 mg BID, "
      "[[prednisone|SYSTEMIC_STEROID]] 5 mg daily. | ONC HX: "
      "[[cisplatin/doxorubicin|SYSTEMIC_THERAPY|h]] x4 2023 ([[HD-MTX|SYSTEMIC_THERAPY|n]] omitted "
      "because of the [[renal allograft|TRANSPLANT|h]]), resection 05/2023; "
      "[[lung mets|LUNG_METASTASIS|h]] 12/2023. | Now: [[gem/doce|GEMCITABINE]] C3D1 today. "
      "[[ECOG 1|ECOG]]."),
    N("2025-06-20", "radiology_report",
      "CT C/A/P 06/20/2025 | On [[pembrolizumab|CHECKPOINT_INHIBITOR]] since 09/2024 (after "
      "[[gem/doce|GEMCITABINE]]): [[partial response|TUMOR_RESPONSE]] on the 12/2024 and 03/2025 "
      "scans; now the [[RLL mass|PULMONARY_NODULE]] has grown to 2.8 cm (from 1.6 cm) with a new "
      "LUL [[nodule|PULMONARY_NODULE]]. | IMPRESSION:[[progressive disease|TUMOR_RESPONSE]] after "
      "initial [[PR|TUMOR_RESPONSE]] - acquired resistance."),
    N("2026-03-23", "research_pharmacy_log",
      "RESEARCH PHARMACY - DISPENSING/ADMINISTRATION LOG ~ "
      "[[Phase I first-in-human study|INVESTIGATIONAL]] of oral [[ABX-417|INVESTIGATIONAL]] ~ C5D1 "
      "2026-03-23 09:30: [[study drug|INVESTIGATIONAL]] 120 mg PO taken in clinic (witnessed) ~ "
      "2026-03-24: subject withdrew consent after investigator-assessed [[PD|TUMOR_RESPONSE]]; "
      "remaining supply returned, no further doses."),
    N("2026-04-14", "oncology_note",
      "PROMIS prescreen (outside referral letter calls this 'osteosarcoma' - see amended "
      "pathology 02/2023: UPS of bone). Lungs: 3.1 cm RLL mass abutting the right main pulmonary "
      "artery; thoracic surgery: complete resection would require right pneumonectomy - not "
      "resectable by wedge or lobectomy. ECOG 1. PFTs 03/2026 FEV1 82%, DLCO 76% - adequate. "
      "Meds: tacrolimus 2 mg BID, prednisone 5 mg daily (transplant). Prior gem/doce, "
      "pembrolizumab (PR then PD). Study drug ABX-417 last dose 03/23/2026. Peripheral "
      "neuropathy since cisplatin/docetaxel - grade not documented in any note. HIV negative.",
      ann=False),
], checks=[("age_stated", "age_eligible", "2024-03-11", 64, 66),
           ("days", "investigational_agent_4w (study drug last dose)", "2026-03-23", 28, True),
           ("years", "other_malignancy_5y (cSCC, year only)", "2017-01-01", 5, False),
           ("months_ge", "pembrolizumab PR -> PD", "2024-12-01", "2025-06-20", 4, True)],
    why="UPS (corrected), central mass, age 66, gem, CPI secondary resistance, study drug at "
        "28 d, kidney tx on tacro/pred, basiliximab anaphylaxis"))


# ----------------------------------------------------------------------------
# Checks and export
# ----------------------------------------------------------------------------
def parse(marked, where):
    pieces, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        pieces.append(chunk)
        length += len(chunk)
        surface, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in CONCEPTS, (where, label)
        assert surface == surface.strip() and surface, (where, surface)
        span = {"start": length, "end": length + len(surface), "label": label}
        for letter, name in FLAGS:
            span[name] = letter in flags
        spans.append(span)
        pieces.append(surface)
        length += len(surface)
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    for bad in ("[[", "]]"):
        assert bad not in text, (where, "stray markup", bad, text[max(0, text.find(bad) - 40):text.find(bad) + 40])
    for s, (m) in zip(spans, MARK.finditer(marked)):
        assert 0 <= s["start"] < s["end"] <= len(text), (where, s)
        assert text[s["start"]:s["end"]] == m.group(1), (where, s)
        if s["start"] > 0:
            assert not text[s["start"] - 1].isalnum(), (where, "span starts mid-word", text[s["start"] - 5:s["end"]])
        if s["end"] < len(text):
            assert not text[s["end"]].isalnum(), (where, "span ends mid-word", text[s["start"]:s["end"] + 5])
        assert not text[s["start"]].isspace() and not text[s["end"] - 1].isspace(), (where, s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (where, "overlap", a, b)
    return text, spans


def status_of(crit):
    inc = [crit[c] for c in INCL]
    exc = [crit[c] for c in EXCL]
    if "not_met" in inc or "met" in exc:
        return "excluded"
    if all(v == "met" for v in inc) and all(v == "not_met" for v in exc):
        return "eligible"
    return "needs_review"


def whole_years(a, b):
    """Whole years from date a to date b (b >= a)."""
    y = b.year - a.year
    if (b.month, b.day) < (a.month, a.day):
        y -= 1
    return y


def back_years(day, n):
    try:
        return day.replace(year=day.year - n)
    except ValueError:  # 29 February
        return day.replace(year=day.year - n, day=28)


def run_checks(p):
    as_of = d(p["as_of"])
    crit = p["criteria"]
    log = []
    for chk in p["checks"]:
        kind = chk[0]
        if kind == "days":
            _, what, ev, window, inside = chk
            delta = (as_of - d(ev)).days
            assert delta >= 0, (p["pid"], chk)
            assert (delta <= window) == inside, (p["pid"], chk, delta)
            log.append(f"{what}: {ev} -> {delta} d before as-of (window {window} d, "
                       f"{'inside' if inside else 'outside'})")
        elif kind == "years":
            _, what, ev, n, inside = chk
            ev_d = d(ev)
            cal_inside = ev_d >= back_years(as_of, n)
            day_inside = (as_of - ev_d).days <= round(365.25 * n)
            assert cal_inside == day_inside == inside, (p["pid"], chk)
            log.append(f"{what}: {ev} -> {(as_of - ev_d).days} d before as-of (window {n} y, "
                       f"{'inside' if inside else 'outside'})")
        elif kind == "age_dob":
            _, what, dob, age = chk
            got = whole_years(d(dob), as_of)
            assert got == age, (p["pid"], chk, got)
            log.append(f"{what}: DOB {dob} -> {got} y on {p['as_of']}")
            p["_age"] = got
        elif kind == "age_stated":
            _, what, note_day, stated, age = chk
            got = stated + whole_years(d(note_day), as_of)
            assert got == age, (p["pid"], chk, got)
            log.append(f"{what}: {stated} y stated {note_day} -> {got} y on {p['as_of']}")
            p["_age"] = got
        elif kind == "age_at_note":
            _, what, dob, note_day, age = chk
            got = whole_years(d(dob), d(note_day))
            assert got == age, (p["pid"], chk, got)
            log.append(f"{what}: {got} y on {note_day}")
        elif kind == "months_ge":
            _, what, start, end, n, ge = chk
            months = (d(end) - d(start)).days / 30.4375
            assert (months >= n) == ge, (p["pid"], chk, months)
            log.append(f"{what}: {months:.1f} months ({'>=' if ge else '<'} {n})")
        elif kind == "before":
            _, what, ev = chk
            assert d(ev) < as_of, (p["pid"], chk)
            log.append(f"{what}: {ev}")
        else:
            raise AssertionError(("unknown check", chk))
    # Age verdict follows the computed age; performance status needs a known age.
    if "_age" in p:
        want = "met" if 10 <= p["_age"] <= 65 else "not_met"
        assert crit["age_eligible"] == want, (p["pid"], p["_age"], crit["age_eligible"])
    else:
        assert crit["age_eligible"] == "unknown", p["pid"]
        assert crit["performance_status"] == "unknown", p["pid"]
    return log


LINT = re.compile(
    r"osteosarcoma|\bOS\b|sarcoma|ewing|chondrosarc|\bUPS\b|carcinoma|cancer|\bca\b|lymphoma|"
    r"leuka?emia|\bB-ALL\b|metasta|\bmets?\b|nodul|lesion|resect|wedge|segmentectomy|lobectomy|"
    r"\bVATS\b|thoracotom|pneumonectomy|bronchus|pulmonary (?:artery|vein)|\bPFTs?\b|FEV1|\bFVC\b|"
    r"DLCO|spirometr|pulmonary reserve|lung function|effusion|\bMAP\b|methotrexate|\bMTX\b|"
    r"doxorubicin|\bdox\b|cisplatin|\bcis\b|ifos|etopos|chemo|apatinib|cabozantinib|\bgem\b|"
    r"gemcitab|docetaxel|\bdoce\b|\btrial\b|\bstudy\b|investigational|protocol|pembro|nivo|"
    r"camrelizumab|ipilimumab|\bipi\b|penpulimab|PD-1|PD-L1|\bICI\b|checkpoint|\bCR\b|\bPR\b|"
    r"\bSD\b|\bPD\b|progress|response|thymosin|thymalfasin|zadaxin|interferon|IL-2|interleukin|"
    r"huaier|herbal|lupus|\bSLE\b|arthritis|\bRA\b|psoriasis|crohn|colitis|hepatitis|addison|"
    r"steroid|predniso|dexameth|hydrocort|methylpred|budesonide|fluticasone|clobetasol|"
    r"tacrolimus|mycophenol|\bMMF\b|azathioprine|infliximab|hydroxychloroquine|plaquenil|DMARD|"
    r"levothyrox|insulin|fludrocort|transplant|HSCT|ASCT|graft|mab\b|anaphyla|allerg|reaction|"
    r"neuropath|hearing|ototox|tinnitus|toxicit|fatigue|alopecia|neutropeni|cytopeni|mucositis|"
    r"\bHIV|\bART\b|biktarvy|vaccin|\bMMR\b|varicella|zostavax|shingrix|yellow fever|typhoid|"
    r"\bBCG\b|\bflu\b|influenza|tdap|pregnan|hCG|breastfe|lactat|nursing|\bIUP\b|ECOG ?\d|"
    r"karnofsky|\bKPS\b|lansky|\byo\b|y/o|year-old|\bDOB\b|\bborn\b|\baged? \d|correct|amended|"
    r"supersede|in error|incorrect|disagree|withdrawn|bleomycin|vincristine|carboplatin|ABVD|"
    r"VDC|denosumab|xgeva|rituximab|basiliximab|alemtuzumab|immunosupp", re.I)

# Words the lint pattern finds in annotated notes that are not concept mentions
# (reviewed one by one): per note id, lower-cased matched strings.
LINT_OK = {
    "PP02-N6": ["response"],
    "PP03-N1": ["resect", "allerg"],
    "PP04-N2": ["resect"],
    "PP04-N3": ["cr"],
    "PP04-N6": ["cancer", "vaccin"],
    "PP05-N1": ["nodul"],
    "PP05-N2": ["resect"],
    "PP05-N4": ["ra"],
    "PP06-N3": ["amended"],
    "PP07-N3": ["resect"],
    "PP07-N4": ["vaccin"],
    "PP08-N1": ["resect"],
    "PP08-N3": ["nodul"],
    "PP08-N5": ["resect"],
    "PP09-N4": ["allerg"],
    "PP10-N2": ["resect"],
    "PP10-N6": ["amended", "withdrawn"],
    "PP13-N2": ["resect"],
    "PP13-N3": ["vaccin", "vaccin"],
    "PP14-N4": ["cr", "arthritis", "allerg"],
    "PP17-N5": ["response", "allerg"],
    "PP17-N6": ["resect", "resect"],
    "PP18-N1": ["resect"],
    "PP20-N1": ["resect"],
    "PP20-N4": ["response"],
    "PP20-N6": ["resect"],
    "PP21-N1": ["resect", "nodul"],
    "PP22-N3": ["allerg"],
    "PP23-N2": ["vaccin"],
    "PP23-N3": ["vaccin", "vaccin"],
    "PP24-N1": ["resect"],
    "PP24-N3": ["resect"],
}


def lint(note_id, text, spans):
    problems = []
    ok = list(LINT_OK.get(note_id, []))
    for m in LINT.finditer(text):
        if any(s["start"] < m.end() and m.start() < s["end"] for s in spans):
            continue
        word = m.group(0).lower()
        if word in ok:
            ok.remove(word)
            continue
        problems.append(f"{note_id}: '{m.group(0)}' in ...{text[max(0, m.start() - 45):m.end() + 45]}...")
    return problems


def main():
    seen_pids = set()
    notes_out, patients_out, lint_problems = [], [], []
    n_spans = n_ann = 0
    for p in PATIENTS:
        pid = p["pid"]
        assert re.fullmatch(r"PP\d\d", pid) and pid not in seen_pids, pid
        seen_pids.add(pid)
        assert 4 <= len(p["notes"]) <= 7, (pid, len(p["notes"]))
        as_of = d(p["as_of"])
        assert date(2025, 1, 1) <= as_of <= date(2026, 12, 31), pid
        dates = [d(n["date"]) for n in p["notes"]]
        assert dates == sorted(dates), (pid, "notes not in date order")
        assert all(x < as_of for x in dates), (pid, "note after as_of")
        crit = p["criteria"]
        assert list(crit) == CRITERIA and len(crit) == 22
        status = status_of(crit)
        p["_log"] = run_checks(p)
        for i, n in enumerate(p["notes"], 1):
            nid = f"{pid}-N{i}"
            text, spans = parse(n["marked"], nid)
            if not n["ann"]:
                spans = []
            else:
                assert spans, (nid, "annotated note without spans")
                n_ann += 1
                n_spans += len(spans)
                lint_problems += lint(nid, text, spans)
            notes_out.append({"patient_id": pid, "note_id": nid, "note_date": n["date"],
                              "note_type": n["type"], "text": text, "spans": spans})
        patients_out.append({"patient_id": pid, "as_of": p["as_of"], "status": status,
                             "criteria": dict(crit)})
        p["_status"] = status

    assert [p["pid"] for p in PATIENTS] == [f"PP{i:02d}" for i in range(1, 25)]
    if lint_problems:
        print("\n".join(lint_problems))
        raise SystemExit(f"{len(lint_problems)} possible unannotated concept mentions")

    # Corpus-level requirements.
    for c in CRITERIA:
        vals = [p["criteria"][c] for p in PATIENTS]
        cnt = {v: vals.count(v) for v in ("met", "not_met", "unknown")}
        assert cnt["met"] >= 3 and cnt["not_met"] >= 3 and cnt["unknown"] >= 2, (c, cnt)
    mix = {s: sum(p["_status"] == s for p in PATIENTS) for s in ("eligible", "excluded", "needs_review")}
    assert all(7 <= v <= 9 for v in mix.values()), mix
    assert n_ann / len(notes_out) >= 0.70, (n_ann, len(notes_out))
    assert 120 <= len(notes_out) <= 140, len(notes_out)

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "notes.jsonl", "w", encoding="utf-8") as fh:
        for row in notes_out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(OUT / "patients.jsonl", "w", encoding="utf-8") as fh:
        for row in patients_out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    if "-v" in sys.argv:
        for p in PATIENTS:
            print(p["pid"], p["as_of"], p["_status"], "-", p["why"])
            for line in p["_log"]:
                print("    ", line)
        print()
        for c in CRITERIA:
            vals = [p["criteria"][c] for p in PATIENTS]
            print(f"  {c:30s} met={vals.count('met'):2d} not_met={vals.count('not_met'):2d} "
                  f"unknown={vals.count('unknown'):2d}")
    print(f"part P: {len(PATIENTS)} patients, {len(notes_out)} notes, {n_ann} span-annotated "
          f"({100 * n_ann / len(notes_out):.0f}%), {n_spans} spans; status {mix}")


if __name__ == "__main__":
    main()
