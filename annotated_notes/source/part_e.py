#!/usr/bin/env python3
"""Gold corpus part E (independent author): US community-hospital EHR exports
(Epic/Cerner style) for the PROMIS osteosarcoma screener.

Inline markup: {{phrase|LABEL}} or {{phrase|LABEL|flag,flag}} with flags
neg, unc, hist, hyp, fam.  Notes flagged annotate=False are written with
"spans": [] (they count for patient verdicts only).

Run from /work/main:  python3 annotated_notes/source/part_e.py
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # annotated_notes/
OUT_DIR = os.path.join(ROOT, "parts", "e")

CONCEPTS = {
    "OSTEOSARCOMA", "OTHER_SARCOMA", "OTHER_MALIGNANCY", "LOCAL_RECURRENCE",
    "LUNG_METASTASIS", "METASTASIS", "PULMONARY_NODULE", "RESECTABLE",
    "UNRESECTABLE", "LUNG_RESECTION", "PNEUMONECTOMY", "CENTRAL_STRUCTURE",
    "PULMONARY_FUNCTION", "PLEURAL_EFFUSION", "MALIGNANT_EFFUSION",
    "SYSTEMIC_THERAPY", "CHEMO_NAIVE", "GEMCITABINE", "INVESTIGATIONAL",
    "CHECKPOINT_INHIBITOR", "TUMOR_RESPONSE", "IMMUNOMODULATOR",
    "AUTOIMMUNE_DISEASE", "SYSTEMIC_STEROID", "LOCAL_STEROID",
    "IMMUNOSUPPRESSANT", "REPLACEMENT_THERAPY", "TRANSPLANT",
    "MONOCLONAL_ANTIBODY", "ALLERGIC_REACTION", "TOXICITY", "HIV",
    "LIVE_VACCINE", "NONLIVE_VACCINE", "PREGNANCY", "LACTATION",
    "PREGNANCY_TEST", "ECOG", "KARNOFSKY", "LANSKY", "AGE", "DOB", "LOOKALIKE",
}

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
SHORT = {
    "osteo": "osteosarcoma_histology", "mets": "pulmonary_metastases",
    "resect": "resectable_nodules", "sys": "prior_systemic_therapy",
    "age": "age_eligible", "perf": "performance_status",
    "pft": "pulmonary_function_adequate",
    "lr": "active_local_recurrence", "mpe": "malignant_pleural_effusion",
    "gem": "prior_gemcitabine", "om": "other_malignancy_5y",
    "inv": "investigational_agent_4w", "cpi": "prior_checkpoint_inhibitor",
    "imm": "immunomodulator_2w", "ai": "autoimmune_systemic_2y",
    "ster": "systemic_steroids_7d", "allo": "allogeneic_transplant",
    "mab": "mab_allergy", "tox": "unresolved_toxicity", "hiv": "hiv",
    "vac": "live_vaccine_30d", "preg": "pregnant_or_lactating",
}
VAL = {"m": "met", "n": "not_met", "u": "unknown"}
FLAG = {"neg": "negated", "unc": "uncertain", "hist": "historical",
        "hyp": "hypothetical", "fam": "family"}

MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]+))?\}\}")

PATIENTS = []


def P(pid, as_of, status, overrides, notes):
    PATIENTS.append(dict(pid=pid, as_of=as_of, status=status,
                         overrides=overrides, notes=notes))


def N(date, note_type, annotate, text):
    return dict(date=date, type=note_type, annotate=annotate, text=text)


def parse(markup):
    """Strip inline markup; return (text, spans)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(markup):
        chunk = markup[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in CONCEPTS, (label, phrase)
        fl = {v: False for v in FLAG.values()}
        for f in filter(None, flags.split(",")):
            assert f in FLAG, (f, phrase)
            fl[FLAG[f]] = True
        spans.append(dict(start=length, end=length + len(phrase), label=label,
                          phrase=phrase, **fl))
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, text[:200]
    for s in spans:
        assert text[s["start"]:s["end"]] == s.pop("phrase")
    return text, spans


# ---------------------------------------------------------------- PE01
# Eligible. Traps: Medrol dosepak finished 8 days before as_of; OS = oculus
# sinister; mother's breast cancer; inactivated flu shot; PROMIS plan.
P("PE01", "2026-03-16", "eligible", "", [
N("2026-02-10", "Radiology Report", True, """CT CHEST W CONTRAST
Exam date: 02/10/2026
Ordering: Haldane, Priya MD (Peds Hem/Onc)
Indication: {{17 y/o|AGE}} M with hx {{osteosarcoma|OSTEOSARCOMA|hist}} L distal femur, routine surveillance.
Comparison: CT chest 11/04/2025.

Technique: Axial images chest w/ IV contrast, 1.25 mm recons.

Findings:
Lungs: Two new noncalcified {{nodules|PULMONARY_NODULE}} in the right lower lobe, 9 mm (se 3 im 88) and 6 mm (se 3 im 102), both subpleural. No other pulmonary {{nodules|PULMONARY_NODULE|neg}}. No consolidation.
Pleura: No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No pneumothorax.
Mediastinum: No adenopathy. Heart normal size.
Upper abd: unremarkable.

IMPRESSION:
1. Two new RLL {{nodules|PULMONARY_NODULE}}, c/w {{pulmonary metastases|LUNG_METASTASIS}} in this clinical setting.
2. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.
Electronically signed by: Marsh, T. MD 02/10/2026 16:42"""),
N("2026-02-19", "Clinic Note", True, """PEDIATRIC HEM/ONC - RETURN VISIT
Pt: {{17 y/o|AGE}} male   {{DOB: 06/03/2008|DOB}}
CC: new lung {{nodules|PULMONARY_NODULE}} on surveillance CT

HPI: Pt w/ conventional (osteoblastic) {{osteosarcoma|OSTEOSARCOMA}} of the L distal femur dx'd by core bx 04/12/2024. Completed neoadjuvant {{MAP|SYSTEMIC_THERAPY|hist}} x2 cycles, L distal femur resection w/ endoprosthetic reconstruction 07/2024 (wide margins, 92% necrosis), then {{adjuvant MAP|SYSTEMIC_THERAPY|hist}}, completed 12/2024. Surveillance CT 2/10/26 shows 2 new RLL {{nodules|PULMONARY_NODULE}} c/w {{mets|METASTASIS}}. Feels well. Back to modified basketball. Denies cough, hemoptysis, CP, bone pain.

ROS: [x] Denies fever [x] Denies wt loss [x] Denies SOB. All other systems reviewed, no changes.
PMH: {{osteosarcoma|OSTEOSARCOMA|hist}} as above; eczema (mild).
FHx: Mother - {{breast cancer|OTHER_MALIGNANCY|fam}} dx {{age 44|AGE|fam}}, s/p mastectomy. MGF - {{prostate ca|OTHER_MALIGNANCY|fam}}.
SHx: junior in HS, no tobacco/vape.
Meds: cholecalciferol 1000 unit tab - 1 tab PO daily - Active
      {{hydrocortisone 1% cream|LOCAL_STEROID}} - apply thin layer BID PRN - Active
Allergies: NKDA

Exam: T 36.8 HR 72 BP 118/70 Wt 71.2 kg. {{ECOG 0|ECOG}}. Lungs clear. L thigh incision well healed, no palpable mass, knee ROM 0-110.
Labs: CBC/CMP wnl. Echo 01/2026 EF 61%. Audiogram 01/2026 normal.
MRI L femur 02/2026: stable postsurgical change, no evidence of {{local recurrence|LOCAL_RECURRENCE|neg}}.

A/P: {{17 y/o|AGE}} with {{OS|OSTEOSARCOMA}} L femur, now isolated {{pulmonary relapse|LUNG_METASTASIS}} (2 RLL {{nodules|PULMONARY_NODULE}}).
- present at MSK tumor board 2/26
- {{PFTs|PULMONARY_FUNCTION|hyp}} ordered
- discussed {{PROMIS trial|INVESTIGATIONAL|hyp}} (SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}) - family interested, will screen
- {{HIV|HIV|hyp}}/hepatitis panel at screening
RTC 2-3 wks. ***"""),
N("2026-02-26", "Tumor Board", True, """MULTIDISCIPLINARY TUMOR BOARD - MUSCULOSKELETAL
Date: 2/26/2026   Presenter: Haldane
Case: {{17M|AGE}}, L distal femur {{OS|OSTEOSARCOMA}} (conventional), s/p {{MAP|SYSTEMIC_THERAPY|hist}} and resection 2024, now 2 RLL {{nodules|PULMONARY_NODULE}} (9 mm, 6 mm) on CT 2/10/26.
Radiology (Marsh): both subpleural, RLL only. No {{effusion|PLEURAL_EFFUSION|neg}}.
Thoracic surgery (Okafor): {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}}; would do {{VATS wedge resection|LUNG_RESECTION}} x2.
Rad onc (Lindqvist): both {{lesions|PULMONARY_NODULE}} SBRT-amenable if {{trial|INVESTIGATIONAL|hyp}} route chosen.
Consensus: {{oligometastatic|METASTASIS}} ({{pulmonary metastases|LUNG_METASTASIS}} only). Options discussed w/ family prior to board: (1) upfront {{VATS wedge|LUNG_RESECTION}}, (2) screening for {{PROMIS trial|INVESTIGATIONAL|hyp}} - SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}}/{{GP|GEMCITABINE|hyp}} then {{metastasectomy|LUNG_RESECTION|hyp}}. Family leaning toward (2).
F/u: {{PFTs|PULMONARY_FUNCTION|unc}} pending."""),
N("2026-03-04", "PFT Report", False, """PULMONARY FUNCTION LABORATORY
Pt 17 y/o M  Ht 181 cm  Wt 71 kg  Race-neutral GLI ref.
Spirometry: FEV1 3.98 L (96% pred), FVC 4.71 L (98% pred), FEV1/FVC 0.85. No BD response.
Lung volumes: TLC 99% pred.  DLCO 88% pred (Hgb corrected).
Interpretation: Normal spirometry, lung volumes and diffusing capacity.
Comment: From a pulmonary function standpoint pt is cleared for thoracic surgery, including anatomic resection if needed.
Reviewed: R. Oyelaran MD, Pulmonology"""),
N("2026-03-10", "Telephone Encounter", True, """TELEPHONE ENCOUNTER
Caller: mother (Denise)   Call back #: on file
Reason for call: rash f/u + red eye

Mom reports poison ivy rash from yard work much better. He finished the {{Medrol Dosepak|SYSTEMIC_STEROID|hist}} on 3/8/26 (last tab that AM), no further doses. Still using {{hydrocortisone 1% cream|LOCAL_STEROID}} on forearms PRN.
Also L eye red/crusty x2 days - likely bacterial conjunctivitis {{OS|LOOKALIKE}}, vision ok. Advised warm compresses, erythromycin ophth ointment sent to CVS on Main St.
No fever. No cough.
RN advice given: call if vision change or eye pain. Reminded of 3/16 visit for {{trial|INVESTIGATIONAL|hyp}} screening labs.
Routed to Dr. Haldane. -- K. Brandt RN"""),
N("2026-03-16", "Nursing Note", False, """SCREENING VISIT - NURSING
VS: T 36.6, HR 70, BP 116/68, SpO2 99% RA, Wt 71.5 kg
Vaccines: flu vaccine (inactivated, IM) given 03/02/26 at school-based clinic - card reviewed & entered. No other vaccines in last 30 days per mom.
Steroids: denies any steroid pills since the Medrol pack ended 3/8. Uses hydrocortisone cream only.
Eye: much improved on ointment.
Labs drawn: CBC, CMP, coags, TSH, HIV-1/2 Ag/Ab (resulted nonreactive 14:10), hep B/C.
ECOG 0 per Dr. Haldane.
Pt and mom given PROMIS consent packet to review; questions answered.
-- S. Pruitt RN"""),
])

# ---------------------------------------------------------------- PE02
# Excluded: malignant effusion, prior gem/docetaxel, HIV on ART, pregnant,
# unresectable, inadequate PFTs. No age anywhere -> age & perf unknown.
P("PE02", "2026-02-20", "excluded",
  "resect=n pft=n age=u perf=u mpe=m gem=m hiv=m preg=m", [
N("2025-11-18", "Outside Records Summary", False, """OUTSIDE RECORDS SUMMARY (scanned 41 pp, St. Brendan Regional)
Dx: osteosarcoma, R proximal tibia, high grade conventional, bx 03/2023.
Tx: MAP x 6 cycles 04/2023 - 10/2023; R proximal tibia resection + endoprosthesis 06/2023 (margins neg, 70% necrosis).
Relapse: bilateral lung nodules 05/2025.
2nd line: gemcitabine/docetaxel 06/2025 - 09/2025 x 4 cycles -> progressive disease on CT 10/2025. Gem stopped.
Other: HIV dx 2019 on Biktarvy, VL undetectable 09/2025, CD4 612.
Records incomplete - no PFTs, no current performance status documented.
Summarized by: L. Ferraro, Oncology Nurse Navigator"""),
N("2026-01-22", "Clinic Note", True, """MEDICAL ONCOLOGY - NEW PT (transfer of care)
CC: SOB x 3 wks

HPI: F w/ high-grade {{osteosarcoma|OSTEOSARCOMA}} R proximal tibia (2023), s/p {{MAP|SYSTEMIC_THERAPY|hist}} + resection, bilateral {{lung mets|LUNG_METASTASIS}} since 05/2025, s/p {{gemcitabine/docetaxel|GEMCITABINE|hist}} x4 (06-09/2025) with {{progressive disease|TUMOR_RESPONSE}}. Now w/ worsening DOE, can still do her own ADLs and part-time desk work.
PMH: {{HIV|HIV}} (dx 2019) - well controlled on {{Biktarvy|HIV}}; asthma (childhood).
Meds: {{Biktarvy|HIV}} 50-200-25 mg tab - 1 tab PO daily - Active
      albuterol HFA PRN - Active
      prenatal vitamin - 1 tab daily - Active
OB hx: G2P1, LMP "around Thanksgiving", not useing contraception reliably.

Exam: {{ECOG 1|ECOG}}. Decreased BS R base, dullness to percussion R lower 1/3.
CT chest 1/20/26 (our read): >20 bilateral pulmonary {{nodules|PULMONARY_NODULE}}, largest 2.8 cm LLL, new moderate R {{pleural effusion|PLEURAL_EFFUSION}}.

A/P:
1. Enlarging {{pulmonary metastases|LUNG_METASTASIS}} - R {{effusion|PLEURAL_EFFUSION}}, dx thoracentesis scheduled 1/29, send cytology.
2. {{HIV|HIV}} - cont {{Biktarvy|HIV}}, ID f/u.
3. Possible {{pregnancy|PREGNANCY|unc}} - LMP uncertain, urine {{hCG|PREGNANCY_TEST|hyp}} today w/ labs.
4. Referral to thoracic surgery for surgical opinion."""),
N("2026-01-29", "Cytology Report", True, """CYTOPATHOLOGY REPORT
Specimen: Pleural fluid, right, thoracentesis 01/29/2026 (1100 mL, serosanguinous)
Clinical: h/o {{osteosarcoma|OSTEOSARCOMA|hist}}, bilateral lung {{nodules|PULMONARY_NODULE}}, new R {{effusion|PLEURAL_EFFUSION}}.
Diagnosis: {{POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION}}. Pleomorphic tumor cells with osteoid-like matrix in cell block, SATB2 positive; findings consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} ({{malignant pleural effusion|MALIGNANT_EFFUSION}}).
Signed: A. Tran MD"""),
N("2026-02-05", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - RN
Pt called: urine {{hCG|PREGNANCY_TEST|neg}} from 1/22 was negative but she took a home {{pregnancy test|PREGNANCY_TEST}} yesterday which was positive. Serum quant {{hCG|PREGNANCY_TEST}} drawn today at outpatient lab: 38,400 mIU/mL (positive).
Per Dr. Vasquez: pt is {{pregnant|PREGNANCY}}, approx 9-10 wks by LMP; urgent OB referral placed (MFM). Hold any new systemic treatment pending OB discussion. Pt tearful but wants to continue {{pregnancy|PREGNANCY}}. Continue {{Biktarvy|HIV}} (OK in {{pregnancy|PREGNANCY}} per ID).
-- M. Collier RN"""),
N("2026-02-12", "Consult Note", True, """THORACIC SURGERY CONSULT
Reason: surgical opinion, {{lung mets|LUNG_METASTASIS}}
Reviewed CT 1/20/26: >20 bilateral {{nodules|PULMONARY_NODULE}} incl 2.8 cm {{LLL lesion|PULMONARY_NODULE}}, multiple subpleural/perihilar {{lesions|PULMONARY_NODULE}} in all 5 lobes. Cytology 1/29 positive = {{malignant effusion|MALIGNANT_EFFUSION}} on R.
{{PFTs|PULMONARY_FUNCTION}} 2/10/26: {{FEV1|PULMONARY_FUNCTION}} 1.12 L (41% pred), {{DLCO|PULMONARY_FUNCTION}} 44% pred.
Impression: Diffuse bilateral disease; {{nodules|PULMONARY_NODULE}} are {{not surgically resectable|UNRESECTABLE}} - complete clearance would not be achievable surgically. In addition {{pulmonary reserve|PULMONARY_FUNCTION}} insufficient for bilateral operations. Not a surgical candidate.
Pt is also currently {{pregnant|PREGNANCY}} (~10 wks).
Rec: no surgery; defer to med onc / MFM.
-- J. Whitcomb MD"""),
N("2026-02-18", "Patient Portal Message", False, """MyChart message from patient:
"Hi Dr Vasquez, I saw a trial online (PROMIS) for osteosarcoma that spread to the lungs. Could I do that? My OB appt is Friday, I will be 11 weeks. Also can I still take my HIV pills? thanks"
Reply (Dr. Vasquez): Thank you for reaching out. That study is for people whose lung spots can be removed with surgery and who are not pregnant, so unfortunately it would not be a fit right now. Please keep taking your Biktarvy every day. We'll talk more at your visit on 2/24."""),
])

# ---------------------------------------------------------------- PE03
# Eligible. Traps: pembrolizumab with progression at FIRST restaging (primary
# resistance); breast cancer biopsied 03/02/2021 = 5 y + 8 d before as_of;
# Hashimoto's on levothyroxine; inhaled fluticasone; grade 3 mucositis resolved;
# OS = overall survival.
P("PE03", "2026-03-10", "eligible", "", [
N("2025-08-26", "Outside Records Summary", True, """OUTSIDE RECORDS - Lakeshore Oncology Associates (received via fax 8/26/25)
Pt: {{57-year old|AGE}} woman, {{chondroblastic osteosarcoma|OSTEOSARCOMA}} of the L iliac wing dx 01/2024 (CT-guided bx 01/17/2024).
Treatment summary (outside):
- {{doxorubicin|SYSTEMIC_THERAPY|hist}}/{{cisplatin|SYSTEMIC_THERAPY|hist}} x 6 cycles 02/2024 - 07/2024, internal hemipelvectomy 05/2024. C3 complicated by grade 3 {{mucositis|TOXICITY|hist}} (admitted 4 d, TPN), dose-reduced after.
- {{Lung relapse|LUNG_METASTASIS}} 04/2025: 3 bilateral {{nodules|PULMONARY_NODULE}}.
- {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 200 mg q3w started 05/06/2025 (off-label, pt preference), 4 doses.
- First restaging CT 07/22/2025: all target {{lesions|PULMONARY_NODULE}} enlarged (sum of diameters +38%) plus new 5 mm RUL {{nodule|PULMONARY_NODULE}} -> {{progressive disease|TUMOR_RESPONSE}} at first assessment. {{Pembrolizumab|CHECKPOINT_INHIBITOR|hist}} discontinued 07/2025.
PMH: L {{breast cancer|OTHER_MALIGNANCY|hist}} (IDC, ER+, core bx 03/02/2021) s/p lumpectomy + XRT, on anastrozole; {{Hashimoto thyroiditis|AUTOIMMUNE_DISEASE}}; mild persistent asthma.
Records reviewed by: C. Abernathy PA-C"""),
N("2025-12-09", "Clinic Note", False, """HEM/ONC OFFICE VISIT
57 yo F w/ chondroblastic osteosarcoma L ilium, lung relapse 04/2025 that progressed through pembrolizumab at first scan. Started ifosfamide 9 g/m2 per cycle 08/2025; completed 4 cycles 11/2025. CT 11/25/25: 3 remaining nodules smaller (largest RUL 8 mm), new RUL 5 mm nodule stable. No new lesions.
Toxicities: ***
Mucositis from 2024 long resolved, eating normally. Mild fatigue only. Cr 0.8.
Meds reviewed: levothyroxine 100 mcg daily, Flovent HFA 110 mcg 2 puffs BID, anastrozole 1 mg daily, albuterol PRN.
Plan: refer back to thoracic surgery; rescan 2/2026."""),
N("2026-02-17", "Clinic Note", True, """HEM/ONC OFFICE VISIT
Problem List:
- C41.4 {{Osteosarcoma|OSTEOSARCOMA}} of pelvic bone (onset 01/2024)
- C78.01 {{Secondary malignant neoplasm of lung|LUNG_METASTASIS}} = {{pulmonary metastases|LUNG_METASTASIS}} (onset 04/2025)
- Z85.3 Personal {{history of breast cancer|OTHER_MALIGNANCY|hist}} (onset 03/2021)
- E06.3 {{Hashimoto's thyroiditis|AUTOIMMUNE_DISEASE}} (onset 2012)
- J45.30 Mild persistent asthma

Interval: CT chest 2/10/26 - 3 {{nodules|PULMONARY_NODULE}} (RUL 8 mm, RUL 5 mm, LLL 7 mm), stable vs 11/2025. No {{effusion|PLEURAL_EFFUSION|neg}}. Feels well, walkng 2 miles/day. {{WHO PS 1|ECOG}} (stiff gait after hemipelvectomy, uses cane outdoors).
Medications:
  {{levothyroxine|REPLACEMENT_THERAPY}} 100 mcg tab - 1 tab PO daily - Active
  {{fluticasone HFA 110 mcg|LOCAL_STEROID}} - 2 puffs inhaled BID - Active
  anastrozole 1 mg tab - 1 tab PO daily - Active
  {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 200 mg IV q3w - Discontinued 07/29/2025 (Reason: {{disease progression|TUMOR_RESPONSE}})
  {{ifosfamide|SYSTEMIC_THERAPY|hist}} - Completed 11/2025
Assessment: {{OS|OSTEOSARCOMA}} with {{lung mets|LUNG_METASTASIS}}, controlled after {{ifosfamide|SYSTEMIC_THERAPY|hist}}; {{mucositis|TOXICITY|hist}} resolved; no residual {{toxicity|TOXICITY|neg}} other than mild {{fatigue|TOXICITY}}.
Discussed that median {{OS|LOOKALIKE}} for relapsed disease is poor without complete surgical clearance. Pt wants to pursue {{PROMIS|INVESTIGATIONAL|hyp}} screening. Informed that the regimen includes another {{PD-1 antibody|CHECKPOINT_INHIBITOR|hyp}} ({{penpulimab|CHECKPOINT_INHIBITOR|hyp}}) even though she {{progressed|TUMOR_RESPONSE|hist}} on {{pembro|CHECKPOINT_INHIBITOR|hist}} - she understands."""),
N("2026-02-24", "Consult Note", True, """THORACIC SURGERY - OUTPATIENT CONSULT
{{57-year old|AGE}} F referred for {{pulmonary metastasectomy|LUNG_RESECTION|hyp}} evaluation.
CT 2/10/26 reviewed: RUL 8 mm (peripheral), RUL 5 mm (peripheral), LLL 7 mm (superior segment, 2 cm from {{segmental bronchus|LOOKALIKE}}).
{{PFTs|PULMONARY_FUNCTION}} 2/20/26: {{FEV1|PULMONARY_FUNCTION}} 2.21 L (84%), {{DLCO|PULMONARY_FUNCTION}} 79%. Adequate for staged bilateral procedures.
Impression: all three {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} - R {{VATS wedge|LUNG_RESECTION}} x2, L superior {{segmentectomy|LUNG_RESECTION}}; no need for {{pneumonectomy|PNEUMONECTOMY|neg}}. Cleared for thoracic surgery from pulmonary standpoint.
OK with neoadjuvant {{PROMIS|INVESTIGATIONAL|hyp}} approach first if she enrolls.
-- N. Okafor MD, Thoracic Surgery"""),
N("2026-03-06", "Pharmacy Note", True, """ONCOLOGY PHARMACY - MED REC FOR {{TRIAL|INVESTIGATIONAL|hyp}} SCREENING
Reviewed home meds w/ pt by phone + fill history:
- {{levothyroxine|REPLACEMENT_THERAPY}} 100 mcg daily (thyroid replacement for {{Hashimoto's|AUTOIMMUNE_DISEASE}}) - not immunosuppressive
- {{Flovent HFA|LOCAL_STEROID}} (inhaled {{fluticasone|LOCAL_STEROID}}) - inhaled only, last {{oral steroid|SYSTEMIC_STEROID|hist}} burst >2 yrs ago per pt (none in fill hx since 2023)
- anastrozole 1 mg daily
- albuterol PRN
No herbals/supplements. No immunizations in the past 6 months.
Prior {{anti-PD-1|CHECKPOINT_INHIBITOR|hist}}: {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 05-07/2025, best response {{PD|TUMOR_RESPONSE}} at first scan.
No prior {{gemcitabine|GEMCITABINE|neg}} in outside or local MAR.
-- R. Nakagawa PharmD"""),
])

# ---------------------------------------------------------------- PE04
# Excluded: pembrolizumab PR ~8 mo then PD (secondary resistance), prior
# gem/docetaxel, thymalfasin last 14 d before as_of, prednisone last dose
# 7 d before as_of, grade 2 colitis persisting, HIV on ART; PFTs inadequate
# although nodules technically resectable. Typhoid vaccine formulation not
# documented -> live_vaccine unknown.
P("PE04", "2026-07-21", "excluded",
  "pft=n gem=m cpi=m imm=m ster=m tox=m hiv=m vac=u", [
N("2025-12-15", "Clinic Note", True, """MEDICAL ONCOLOGY F/U
{{58 y/o|AGE}} M w/ high-grade {{osteosarcoma|OSTEOSARCOMA}} R humerus (2023) and {{pulmonary metastases|LUNG_METASTASIS}} (2024).
Onc hx: {{AP|SYSTEMIC_THERAPY|hist}} + {{ifosfamide|SYSTEMIC_THERAPY|hist}} 2023; {{gem/docetaxel|GEMCITABINE|hist}} 04/2024 - 08/2024 ({{PD|TUMOR_RESPONSE}}); {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 01/2025.
Response on {{pembro|CHECKPOINT_INHIBITOR}}: CT 03/2025 {{PR|TUMOR_RESPONSE}} (-41%), CT 06/2025 and 09/2025 continued {{PR|TUMOR_RESPONSE}}.
CT chest 12/10/25: 2 target {{nodules|PULMONARY_NODULE}} regrown (LLL 14 mm from 6 mm, RML 9 mm from 4 mm), no new sites -> {{progression|TUMOR_RESPONSE}} after ~8 months of {{partial response|TUMOR_RESPONSE}}.
Also 6-8 loose stools/day x 10 d, cramping - concern for immune-mediated {{colitis|TOXICITY|unc}}, GI referral, stool studies.
{{ECOG 1|ECOG}}.
Plan: stop {{pembrolizumab|CHECKPOINT_INHIBITOR}}. Scope. Discuss local tx of the 2 {{nodules|PULMONARY_NODULE}}."""),
N("2026-01-20", "Discharge Instructions", False, """DISCHARGE SUMMARY - Mercy General Hospital
Admit: 01/12/2026    Discharge: 01/20/2026
Attending: F. Whitfield MD (Oncology)    Consultants: R. Salas MD (GI), ID
Principal dx: Immune checkpoint inhibitor colitis, CTCAE grade 3.
Secondary dx: Osteosarcoma R humerus with 2 pulmonary metastases - progression 12/2025 after ~8 months of partial response on pembrolizumab; HIV infection on Biktarvy, VL undetectable; COPD (40 pk-yr, quit 2019); HTN.

Hospital course:
58 y/o M presented w/ 8-10 watery stools/day x 3 wks, cramping, nocturnal stools, 4 kg wt loss. Last pembrolizumab dose 12/08/2025 (drug stopped at 12/15 visit for progression). C. diff PCR neg, GI PCR panel neg, CMV PCR neg, stool O&P neg. Flex sig 1/13: diffuse erythema and shallow ulcerations to 40 cm; bx c/w ICI colitis, no CMV inclusions.
Started IV methylprednisolone 1 mg/kg 1/13 w/ improvement to 3-4 semi-formed stools/day by 1/17. Infliximab discussed as rescue but not needed. Transitioned to oral prednisone 60 mg daily on 1/18, tolerated x 48 h before d/c.
HIV: Biktarvy continued throughout (no interaction issues), CD4 498. PJP prophylaxis started given prolonged steroid course.
Pulm: SpO2 93-95% RA (baseline). No COPD exacerbation.
Endocrine: TSH 2.1, AM cortisol not checked (on steroids).
Pembrolizumab: permanently discontinued (progression + grade 3 irAE).

Discharge medications:
- prednisone 10 mg tab - 60 mg PO daily x 7 d, then decrease by 10 mg every week - New
- Biktarvy 50-200-25 mg - 1 tab PO daily - Continue
- sulfamethoxazole-trimethoprim DS - 1 tab PO Mon/Wed/Fri - New
- pantoprazole 40 mg - PO daily while on prednisone - New
- tiotropium 18 mcg - inhaled daily - Continue
- loperamide - HOLD until cleared by GI

Patient instructions: You received IV steroids in the hospital. Go home on prednisone as on your calendar; do not stop suddenly. Keep taking your HIV medicine (Biktarvy) every day. Call if more than 6 stools a day, blood in stool, belly pain, or fever >100.4.
Follow up: GI Dr. Salas 2 wks; Oncology Dr. Whitfield 3 wks; ID clinic as scheduled.
Condition at discharge: stable, ambulating independently; ECOG 1.
Dictated by: P. Greaves MD (hospitalist)"""),
N("2026-06-02", "Clinic Note", True, """MEDICAL ONCOLOGY F/U
{{58 y/o|AGE}} M - {{OS|OSTEOSARCOMA}} with 2 {{lung mets|LUNG_METASTASIS}}, off {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} since 12/2025 for {{progression|TUMOR_RESPONSE}} and {{ICI colitis|TOXICITY}}.
{{Colitis|TOXICITY}}: still grade 2 - 4-5 loose stools/day above baseline, intermittent cramping. Slow {{prednisone|SYSTEMIC_STEROID}} taper (flared at 20 mg in March), currently 5 mg daily; GI considering {{vedolizumab|MONOCLONAL_ANTIBODY|hyp}} if cannot get off {{steroids|SYSTEMIC_STEROID}}.
{{HIV|HIV}}: on {{Biktarvy|HIV}}, VL <20, CD4 540 (5/2026).
Supplements: pt's sister mails {{thymalfasin (Zadaxin)|IMMUNOMODULATOR}} from Hong Kong; he self-injects 1.6 mg SC twice weekly "for immunity". Counseled.
CT 5/28/26: LLL 16 mm, RML 10 mm, no new {{nodules|PULMONARY_NODULE}}. No {{effusion|PLEURAL_EFFUSION|neg}}.
{{ECOG 1|ECOG}}.
Plan: thoracic surgery referral; pt asking about {{PROMIS trial|INVESTIGATIONAL|hyp}}."""),
N("2026-07-08", "Consult Note", True, """THORACIC SURGERY CONSULT
Referred for {{metastasectomy|LUNG_RESECTION|hyp}} eval. {{58M|AGE}}, ex-smoker 40 pk-yr, COPD.
Imaging: LLL 16 mm peripheral, RML 10 mm peripheral. Technically both {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 7/1/26: {{FEV1|PULMONARY_FUNCTION}} 1.24 L (38% pred), {{DLCO|PULMONARY_FUNCTION}} 35% pred, {{ppo-FEV1|PULMONARY_FUNCTION}} would be <30% after even limited bilateral {{resection|LUNG_RESECTION|hyp}}.
Impression: severe COPD; NOT a surgical candidate because of {{lung function|PULMONARY_FUNCTION}}. Recommend non-surgical local therapy (SBRT) if pursued.
-- D. Hargrove MD"""),
N("2026-07-15", "Telephone Encounter", True, """TELEPHONE ENCOUNTER
Pt called with update for RN:
- took last {{prednisone|SYSTEMIC_STEROID|hist}} 5 mg on 7/14/26 as GI told him to stop; still 4-5 loose stools/day, no blood. Advised to call GI today - {{colitis|TOXICITY}} not resolved.
- last {{Zadaxin|IMMUNOMODULATOR|hist}} shot was 7/7/26, says he is "out" and has not re-ordered.
- asks if OK that he got a {{typhoid vaccine|LIVE_VACCINE|unc}} at the travel pharmacy last week (trip to Vietnam in Aug). Unclear whether shot or capsules; pt will check paperwork.
Routed to Dr. Whitfield, RN Hollis"""),
N("2026-07-21", "Pharmacy Note", False, """ONC PHARMACY MED REC
Active: Biktarvy 1 tab daily (HIV); tiotropium inhaler; albuterol PRN; loperamide PRN.
Recently stopped: prednisone 5 mg (last dose 07/14/2026 per pt).
Supplement: thymalfasin SC - last dose 07/07/2026, pt reports no supply at home.
Travel vaccine 07/2026: typhoid - formulation (IM polysaccharide vs oral live) NOT documented; pharmacy record from outside pharmacy requested, not yet received.
Prior ICI: pembrolizumab 01/2025 - 12/2025.
Prior gemcitabine: yes (2024)."""),
])

# ---------------------------------------------------------------- PE05
# Eligible. 10 y/o by DOB (turned 10 two weeks before as_of). MMR catch-up dose
# 09/14/2025 = 31 days before as_of (outside 30 d). Brother's varicella vaccine.
P("PE05", "2025-10-15", "eligible", "", [
N("2025-09-14", "Nursing Note", False, """IMMUNIZATION VISIT - PEDS ONC SURVIVORSHIP
Pt 9 y/o F, off therapy since 12/2024 (MAP completed). Post-chemotherapy re-immunization schedule per survivorship protocol (>6 mo off chemo, ANC and lymphs recovered - ALC 1450).
Given today 09/14/2025:
- MMR (live) 0.5 mL SC L arm, lot M33K2, VIS given
- Tdap 0.5 mL IM R deltoid
Varicella deferred to next visit (4 wks) per mom's preference.
Tolerated well, observed 15 min. -- A. Gutierrez RN"""),
N("2025-09-30", "Radiology Report", True, """CT CHEST WITHOUT CONTRAST (surveillance)
Clinical hx: {{9 y/o|AGE}} F, {{osteosarcoma|OSTEOSARCOMA|hist}} R humerus s/p {{chemotherapy|SYSTEMIC_THERAPY|hist}} and resection. Rising alk phos.
Comparison 06/24/2025.
Findings: New 11 mm solid {{nodule|PULMONARY_NODULE}} LLL lateral basal segment, abutting visceral pleura. Additional 3 mm RUL {{nodule|PULMONARY_NODULE}} unchanged since 2024 (likely benign intrapulmonary lymph node). No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Hilar and mediastinal structures normal.
IMPRESSION: New 11 mm LLL {{nodule|PULMONARY_NODULE}}, highly suspicious for {{pulmonary metastasis|LUNG_METASTASIS|unc}}. Recommend tissue sampling or short-interval f/u per clinical team."""),
N("2025-10-07", "Clinic Note", True, """PEDIATRIC ONCOLOGY CLINIC
Name: ***   {{DOB: 09/30/2015|DOB}}   {{Age: 10 yrs|AGE}}
Dx: {{osteosarcoma|OSTEOSARCOMA}}, R proximal humerus, conventional, dx 01/2024 (bx 01/22/2024).
Tx hx: {{MAP|SYSTEMIC_THERAPY|hist}} ({{HD-MTX|SYSTEMIC_THERAPY|hist}}, {{doxorubicin|SYSTEMIC_THERAPY|hist}}, {{cisplatin|SYSTEMIC_THERAPY|hist}}) 02/2024 - 12/2024; R proximal humerus resection + {{allograft-prosthetic composite|LOOKALIKE}} 04/2024.
Interval: CT 9/30 new 11 mm LLL {{nodule|PULMONARY_NODULE}}. CT-guided bx 10/3/25: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} -> confirmed {{pulmonary metastasis|LUNG_METASTASIS}}. PET: no other sites.
Late effects: audiogram 08/2025 normal; echo EF 63%. No {{neuropathy|TOXICITY|neg}}. Hair regrown.
Function: back at school full days, swimming. {{Lansky 80|LANSKY}} (limited overhead use of R arm).
Imm: catch-up {{MMR|LIVE_VACCINE}} 9/14/25, {{Tdap|NONLIVE_VACCINE}} 9/14/25 - see RN note. {{Varicella|LIVE_VACCINE|hyp}} postponed.
A/P: {{10 yo|AGE}} w/ isolated {{pulmonary relapse|LUNG_METASTASIS}} (single LLL {{nodule|PULMONARY_NODULE}}).
1. Thoracic surgery eval 10/10.
2. Family interested in {{PROMIS|INVESTIGATIONAL|hyp}} - pre-op SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}} before {{metastasectomy|LUNG_RESECTION|hyp}}. Will screen; remaining catch-up doses deferred until decision.
3. {{Spirometry|PULMONARY_FUNCTION|hyp}} ordered."""),
N("2025-10-10", "Consult Note", True, """PEDIATRIC SURGERY / THORACIC CONSULT
Single 11 mm LLL peripheral {{nodule|PULMONARY_NODULE}} (bx-proven {{metastatic|METASTASIS}} {{OS|OSTEOSARCOMA}}). Easily {{resectable|RESECTABLE}} by thoracoscopic {{wedge resection|LUNG_RESECTION}}; would palpate both lungs via bilateral thoracotomy per institutional practice.
{{Spirometry|PULMONARY_FUNCTION}} 10/9/25 (age-appropriate): {{FEV1|PULMONARY_FUNCTION}} 101% pred, FVC 104% - adequate; cleared for thoracic surgery.
Mom asks whether to do surgery first or the {{study|INVESTIGATIONAL|hyp}}; either acceptable from surgical standpoint.
-- L. Ibanez MD"""),
N("2025-10-14", "Telephone Encounter", False, """TELEPHONE ENCOUNTER
Mom called: younger brother (age 4) got his 2nd varicella shot today at pediatrician - is that a problem for pt? Per Dr. Chen: OK, rash transmission from vaccinated sibling is very rare; if brother develops rash, keep them apart and call. Pt herself has had no vaccines since the MMR/Tdap on 9/14. Mom confirms screening appt tomorrow 10/15.
-- J. Park RN"""),
])

# ---------------------------------------------------------------- PE06
# Needs review: histology "OS vs dedifferentiated chondrosarcoma" pending;
# prior treatment unknown; age 16 but only Lansky recorded; small effusion not
# characterised; unnamed herbal product; HIV screen reactive, confirmatory
# pending.
P("PE06", "2026-01-12", "needs_review",
  "osteo=u sys=u perf=u mpe=u imm=u hiv=u", [
N("2025-12-02", "Outside Records Summary", False, """REFERRAL / OUTSIDE RECORDS - Mercy Children's (Springfield)
16-year-old male with R proximal femur bone tumor found after pathologic fracture 10/2025.
Outside pathology (open bx 10/21/2025): high-grade malignant bone neoplasm with cartilaginous and spindle cell areas; "favor osteosarcoma (chondroblastic) vs dedifferentiated chondrosarcoma - recommend expert review."
Staging CT chest 10/30/2025: multiple bilateral pulmonary nodules.
Treatment: referral letter states pt "started treatment" 11/2025 at Mercy; no chemotherapy flowsheets, MAR or discharge summary included. Records request #2 faxed 12/02.
Performance status: not recorded."""),
N("2025-12-18", "Clinic Note", True, """ORTHOPAEDIC ONCOLOGY / PEDS ONC JOINT CLINIC - NEW
{{16-year-old|AGE}} M, referred for R proximal femur high-grade bone tumor, histology not settled: outside read favors {{osteosarcoma|OSTEOSARCOMA|unc}} vs {{dedifferentiated chondrosarcoma|OTHER_SARCOMA|unc}}; our pathology review pending.
Family (mother, Spanish interpreter used) unsure what IV medicines he got in Springfield in November - "two bags, one red" vs antibiotics for fever; no records yet. Pt cannot say.
Uses wheelchair since fracture, toe-touch WB with walker, does own self-care, back to online school. {{Lansky 90|LANSKY}} per peds onc nurse scale (no adult-scale score documented).
Meds: oxycodone 5 mg PRN, enoxaparin 40 mg SC daily, grandmother's herbal granules dissolved in tea daily "for the immune system" - family does not know the name, will bring the pakage.
Plan: path review, restaging CT chest, surgical evaluation of lungs, obtain outside treatment records."""),

N("2026-01-05", "Radiology Report", True, """CT CHEST W CONTRAST
Hx: {{16 yo|AGE}} M, bone neoplasm R femur, staging.
Findings: Four noncalcified {{nodules|PULMONARY_NODULE}}: RUL 12 mm, RML 7 mm, LUL 9 mm, LLL 6 mm, all peripheral; RUL {{nodule|PULMONARY_NODULE}} partially calcified. Small L {{pleural effusion|PLEURAL_EFFUSION}} (new since 10/30/25), no pleural thickening or nodularity. No adenopathy.
Impression: Bilateral {{pulmonary nodules|PULMONARY_NODULE}} consistent with {{metastases|METASTASIS}}, increased in size since 10/2025. Small L {{effusion|PLEURAL_EFFUSION}}, nonspecific."""),
N("2026-01-08", "Consult Note", True, """THORACIC SURGERY (PEDS) CONSULT
4 bilateral peripheral {{nodules|PULMONARY_NODULE}} c/w {{metastatic disease|METASTASIS}}. All {{resectable|RESECTABLE}} - staged bilateral thoracotomies with {{wedge resections|LUNG_RESECTION}}. Small L {{effusion|PLEURAL_EFFUSION}} too small to tap; could sample at time of L thoracotomy.
{{PFTs|PULMONARY_FUNCTION}} 1/7/26: {{FEV1|PULMONARY_FUNCTION}} 92% pred, {{DLCO|PULMONARY_FUNCTION}} 90% pred - adequate for staged bilateral surgery.
Definitive surgical plan pending final histology."""),
N("2026-01-09", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - RN/MD
Screening labs from 1/7: {{HIV-1/2 Ag/Ab|HIV|unc}} screen REACTIVE (S/CO 1.9, low). {{HIV-1/HIV-2 differentiation assay|HIV|hyp}} and {{HIV RNA|HIV|hyp}} sent 1/9, results pending. Low-level reactive screens can be false positive; no known risk factors per pt (interviewed privately).
Mother notified that a confirmatory test is pending; ID clinic appt 1/15.
-- Dr. M. Sato"""),
N("2026-01-12", "Pathology Report", False, """SURGICAL PATHOLOGY - CONSULTATION (outside slides)
Outside case: Mercy Children's 25-S-4471, R femur open biopsy 10/21/2025, 6 slides + 2 blocks.
Preliminary: high-grade malignant neoplasm with hyaline cartilage and a spindle cell component. Definite malignant osteoid not identified on the submitted H&E.
Additional immunostains (SATB2, MDM2/CDK4 IHC) and IDH1/2 mutation testing ordered on block A2.
Final diagnosis to follow in an addendum.
-- E. Kowalczyk MD, Bone & Soft Tissue Pathology"""),
])

# ---------------------------------------------------------------- PE07
# Excluded: Ewing sarcoma (look-alike), age 9, liver transplant (deceased
# donor) on tacrolimus, local recurrence present, malignant effusion, on an
# investigational protocol. Basiliximab reaction severity unknown.
P("PE07", "2025-12-05", "excluded",
  "osteo=n age=n lr=m mpe=m inv=m ster=m allo=m mab=u", [
N("2024-03-12", "Pathology Report", True, """SURGICAL PATHOLOGY REPORT
Specimen: L fibula, needle core biopsy x4 (03/12/2024)
Clinical: {{7 y/o|AGE}} M, L fibular diaphyseal lesion with soft tissue mass; h/o {{liver transplant|TRANSPLANT|hist}} (2017). R/o {{osteosarcoma|OSTEOSARCOMA|unc}} vs {{Ewing sarcoma|OTHER_SARCOMA|unc}} vs PTLD.
Microscopic: sheets of uniform small round blue cells, scant cytoplasm, no osteoid or matrix production. CD99 strong diffuse membranous, NKX2.2 positive, CD20/CD3 negative, EBER negative.
Molecular: EWSR1-FLI1 fusion detected (RNA NGS).
DIAGNOSIS: {{EWING SARCOMA|OTHER_SARCOMA}}, L fibula. No evidence of {{osteosarcoma|OSTEOSARCOMA|neg}} or PTLD.
-- R. Delacroix MD"""),
N("2025-10-30", "Clinic Note", True, """PEDIATRIC ONCOLOGY - RELAPSE VISIT
{{9 y/o|AGE}} boy ({{DOB 04/11/2016|DOB}}) with {{Ewing sarcoma|OTHER_SARCOMA}} L fibula dx 03/2024, s/p {{VDC/IE|SYSTEMIC_THERAPY|hist}} x 14 cycles (completed 01/2025) and fibulectomy 06/2024.
PMH: biliary atresia -> deceased-donor orthotopic {{liver transplant|TRANSPLANT|hist}} 08/2017, on {{tacrolimus|IMMUNOSUPPRESSANT}} (goal trough 3-5).
Now: 6 wks L lower leg swelling + cough. MRI 10/20/25: 3.1 cm enhancing mass in the fibulectomy bed = {{local recurrence|LOCAL_RECURRENCE}}. CT chest 10/22: 2 RLL {{nodules|PULMONARY_NODULE}} (8, 11 mm) c/w {{pulmonary metastases|LUNG_METASTASIS}} + moderate R {{pleural effusion|PLEURAL_EFFUSION}} with pleural thickening.
Exam: limps, plays quietly, needs rest breaks at school. {{Lansky 70|LANSKY}}.
Thoracic surgery (Ibanez) reviewed: the 2 RLL {{nodules|PULMONARY_NODULE}} themselves {{resectable|RESECTABLE}} by {{wedge|LUNG_RESECTION}}; {{spirometry|PULMONARY_FUNCTION}} 10/2025 adequate for age ({{FEV1|PULMONARY_FUNCTION}} 88%). However pleural disease needs to be addressed first.
Plan: thoracentesis w/ cytology; relapsed {{Ewing|OTHER_SARCOMA}} {{study|INVESTIGATIONAL|hyp}} (phase 2, {{investigational agent|INVESTIGATIONAL|hyp}}) - consent discussed w/ parents today; {{transplant hepatology|LOOKALIKE}} re {{tacrolimus|IMMUNOSUPPRESSANT}} interactions."""),
N("2025-11-06", "Cytology Report", False, """CYTOPATHOLOGY - PLEURAL FLUID, RIGHT (thoracentesis 11/05/2025, 420 mL)
POSITIVE FOR MALIGNANT CELLS.
Small round blue cells, CD99 positive on cell block, consistent with metastatic Ewing sarcoma involving the pleura (malignant pleural effusion).
-- A. Tran MD"""),
N("2025-11-20", "Infusion Record", True, """INFUSION / MAR RECORD - PEDS DAY HOSPITAL
{{Protocol|INVESTIGATIONAL}}: relapsed {{Ewing sarcoma|OTHER_SARCOMA}} phase 2 {{study|INVESTIGATIONAL}} (IRB #24-117), Cycle 1 Day 1
Pre-infusion: Wt 27.4 kg, BSA 0.98, T 36.9, HR 104, BP 98/60.
10:05 ondansetron 4 mg IV
10:40 {{investigational agent|INVESTIGATIONAL}} ({{study drug|INVESTIGATIONAL}}, lot on research pharmacy log) IV over 60 min - completed 11:42, no {{reaction|ALLERGIC_REACTION|neg}}
12:10 oral {{study drug|INVESTIGATIONAL}} tablet #1 given with applesauce, research RN witness
Home meds continued: {{tacrolimus|IMMUNOSUPPRESSANT}} 1 mg PO BID (AM dose given 08:00), ursodiol.
Next: C1D8 11/27."""),
N("2025-12-01", "Consult Note", True, """{{TRANSPLANT HEPATOLOGY|LOOKALIKE}} F/U
{{9 y/o|AGE}} s/p deceased-donor {{liver transplant|TRANSPLANT|hist}} (2017) now on {{Ewing|OTHER_SARCOMA}} {{trial|INVESTIGATIONAL}} therapy (C1D1 11/20).
Immunosuppression: {{tacrolimus|IMMUNOSUPPRESSANT}} 1 mg BID, trough 11/28 = 4.1 (goal 3-5). No {{steroids|SYSTEMIC_STEROID|neg}} since 2018. No rejection episodes since 2019.
Allergies per old chart: "{{basiliximab|MONOCLONAL_ANTIBODY|hist}} - {{reaction|ALLERGIC_REACTION|hist}}" at {{transplant|TRANSPLANT|hist}} induction 2017; nature and severity not documented in scanned records; parents recall "rash and he had to go on oxygen?" - unable to verify.
LFTs normal. Cont current dosing; weekly troughs while on {{study drug|INVESTIGATIONAL}} (CYP3A interaction)."""),
])

# ---------------------------------------------------------------- PE08
# Eligible. Traps: autologous stem cell rescue; Huaier granules stopped 15 d
# before as_of; screen failure for another study (never dosed); HIV
# nonreactive; OS = overall survival.
P("PE08", "2026-06-30", "eligible", "", [
N("2026-05-19", "Radiology Report", False, """CT CHEST W/O CONTRAST
Hx: 34M, telangiectatic osteosarcoma R humerus, prior lung relapse.
Comparison 02/2026.
Findings: new 7 mm LUL nodule (se 4 im 61) and 10 mm RLL nodule (im 140), both peripheral. Stable post-wedge staple lines RML. No effusion. No adenopathy.
Impression: 2 new nodules, c/w recurrent pulmonary metastases."""),
N("2026-05-28", "Clinic Note", True, """MEDICAL ONCOLOGY - F/U
{{34 y/o|AGE}} M with telangiectatic {{osteosarcoma|OSTEOSARCOMA}} R proximal humerus (dx 05/2023).
Onc hx:
- {{MAP|SYSTEMIC_THERAPY|hist}} 06/2023 - 02/2024, limb salvage 09/2023
- 1st {{lung relapse|LUNG_METASTASIS|hist}} 07/2024: RML {{wedge|LUNG_RESECTION|hist}}; {{ifosfamide|SYSTEMIC_THERAPY|hist}}/{{etoposide|SYSTEMIC_THERAPY|hist}} x 2, then stem cell harvest 10/2024 and high-dose carboplatin/{{etoposide|SYSTEMIC_THERAPY|hist}} with {{autologous stem cell rescue|TRANSPLANT|hist}} 12/2024
- screened for phase 1 {{trial|INVESTIGATIONAL|neg}} 03/2026 - screen fail (QTc), never dosed
Now: 2 new {{nodules|PULMONARY_NODULE}} (LUL 7 mm, RLL 10 mm) = 2nd {{pulmonary relapse|LUNG_METASTASIS}}.
Meds: {{Huaier granules|IMMUNOMODULATOR}} 20 g TID (brought from Shanghai by parents) - Active; multivitamin.
Advised to stop {{Huaier|IMMUNOMODULATOR|hyp}} if pursuing {{PROMIS|INVESTIGATIONAL|hyp}} (needs >=2 wk washout).
{{ECOG 1|ECOG}}. Discussed 5-yr {{OS|LOOKALIKE}} after {{second pulmonary relapse|LUNG_METASTASIS}} is ~20-30% with complete surgical clearance.
Plan: thoracic surgery; screening labs incl {{HIV|HIV|hyp}}."""),
N("2026-06-09", "Consult Note", True, """THORACIC SURGERY
Redo chest (prior RML {{wedge|LUNG_RESECTION|hist}} 2024). LUL 7 mm and RLL 10 mm, both peripheral, far from hilum.
Impression: both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} - R {{VATS wedge|LUNG_RESECTION}}, L {{VATS wedge|LUNG_RESECTION}} (staged).
{{PFTs|PULMONARY_FUNCTION}} 6/5/26: {{FEV1|PULMONARY_FUNCTION}} 89%, {{DLCO|PULMONARY_FUNCTION}} 76% - adequate, OK for staged bilateral {{resection|LUNG_RESECTION}}.
-- N. Okafor MD"""),
N("2026-06-16", "Telephone Encounter", True, """TELEPHONE ENCOUNTER
Pt reports he stopped the {{Huaier granules|IMMUNOMODULATOR|hist}} yesterday (last dose evening of 6/15/26), "threw the rest out". Wants to move forward with {{trial|INVESTIGATIONAL|hyp}} screening 6/30.
Also asks about {{COVID booster|NONLIVE_VACCINE|hyp}} - advised can get {{mRNA vaccine|NONLIVE_VACCINE|hyp}} any time, not live. -- T. Olsen RN"""),
N("2026-06-30", "Nursing Note", True, """{{PROMIS|INVESTIGATIONAL|hyp}} SCREENING CHECKLIST (coordinator)
[x] {{HIV-1/2 Ag/Ab|HIV|neg}} nonreactive 6/29/26
[x] Hep B sAg neg, HCV Ab neg
[x] No {{systemic steroids|SYSTEMIC_STEROID|neg}} / {{immunosuppressants|IMMUNOSUPPRESSANT|neg}} in last 7 days
[x] No {{Chinese patent medicine|IMMUNOMODULATOR|neg}} / {{thymosin|IMMUNOMODULATOR|neg}} in last 14 days (pt stopped {{Huaier|IMMUNOMODULATOR|hist}} 6/15 - 15 days ago)
[x] No other {{investigational drug|INVESTIGATIONAL|neg}} (prior phase 1 screen fail, not dosed)
[x] No vaccines in last 30 days
[x] Prior {{autologous|TRANSPLANT|hist}} rescue only - no {{allogeneic transplant|TRANSPLANT|neg}}
[x] {{ECOG 1|ECOG}} confirmed by MD
Notes: ***"""),
])

# ---------------------------------------------------------------- PE09
# Excluded: referral said osteosarcoma, addendum corrects to dedifferentiated
# chondrosarcoma (osteo not_met); chemo-naive; age 67; PFTs inadequate while
# nodules technically resectable; prostate cancer bx 06/2022 (inside 5 y);
# UC treated with prednisone 01-03/2025 (autoimmune within 2 y, steroids not
# within 7 d); HIV on ART; small effusion not characterised.
P("PE09", "2026-04-22", "excluded",
  "osteo=n sys=n age=n pft=n om=m ai=m hiv=m mpe=u", [
N("2025-05-20", "Referral", False, """REFERRAL LETTER (faxed) - Dr. A. Petrosyan, Family Medicine, Cedar Falls
Re: 66 y/o M, L hip/buttock pain x 4 mo. CT pelvis 5/12/25 shows a large destructive L iliac/acetabular mass with matrix mineralization, read as "likely osteosarcoma". Please see for biopsy and management.
PMH: HIV (on Genvoya, well controlled), prostate cancer 2022 treated with radiation + hormone shots, ulcerative colitis, HTN.
Thank you."""),
N("2025-06-10", "Pathology Report", True, """SURGICAL PATHOLOGY
Specimen: L ilium, CT-guided core biopsy x6 (06/06/2025)
Clinical: {{66 y/o|AGE}} M, L iliac mass, referred as "likely {{osteosarcoma|OSTEOSARCOMA|unc}}".
Microscopic: low-grade hyaline cartilage neoplasm abruptly juxtaposed to a high-grade spindle cell component without malignant osteoid. IDH1 R132C mutation detected.
DIAGNOSIS: {{DEDIFFERENTIATED CHONDROSARCOMA|OTHER_SARCOMA}}, L ilium. Findings are NOT those of {{osteosarcoma|OSTEOSARCOMA|neg}} (IDH1 mutated, conventional {{chondrosarcoma|OTHER_SARCOMA}} component).
-- E. Kowalczyk MD"""),
N("2025-06-12", "Addendum", True, """ADDENDUM: correction - The referral letter and intake note of 5/20/25 list the diagnosis as "{{osteosarcoma|OSTEOSARCOMA|neg}}". This is incorrect. Final pathology 6/10/25 = {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} of the L ilium. Problem list updated (C41.4 {{chondrosarcoma|OTHER_SARCOMA}} of pelvis; "{{osteosarcoma|OSTEOSARCOMA|neg}}" entry removed).
-- B. Stanhope MD, Orthopaedic Oncology"""),
N("2026-03-03", "Radiology Report", False, """CT CHEST W CONTRAST
Hx: dedifferentiated chondrosarcoma L pelvis s/p internal hemipelvectomy 08/2025. Surveillance.
Findings: 3 new solid nodules: RLL 14 mm, RUL 8 mm, LUL 11 mm, peripheral. Small R pleural effusion, simple fluid density, no pleural nodularity. Emphysema, moderate.
Impression: New pulmonary nodules c/w metastases. Small R effusion, indeterminate."""),
N("2026-03-19", "Clinic Note", True, """MED ONC - NEW VISIT
Problem list:
 C41.4 {{Dedifferentiated chondrosarcoma|OTHER_SARCOMA}}, L ilium (onset 06/2025)
 C78.00 {{Lung metastases|LUNG_METASTASIS}} (onset 03/2026)
 Z85.46 {{Prostate adenocarcinoma|OTHER_MALIGNANCY|hist}}, Gleason 3+4, bx 06/2022 - s/p IMRT + 6 mo ADT (completed 2023), PSA <0.1
 K51.90 {{Ulcerative colitis|AUTOIMMUNE_DISEASE}} - flare 01/2025, {{prednisone|SYSTEMIC_STEROID|hist}} 40 mg taper completed 03/2025; on mesalamine since
 B20 {{HIV|HIV}} infection (dx 2004), on {{ART|HIV}}, VL undetectable
HPI: {{67 yo|AGE}} M s/p internal hemipelvectomy 08/2025 (margins neg). Has {{not received chemotherapy|CHEMO_NAIVE}} (no role for adjuvant per tumor board 08/2025). CT 3/3/26: 3 new {{nodules|PULMONARY_NODULE}} c/w {{pulmonary metastases|LUNG_METASTASIS}}; small R {{pleural effusion|PLEURAL_EFFUSION}} not sampled.
Meds:
 {{Genvoya|HIV}} 1 tab PO daily - Active
 mesalamine DR 1.2 g 4 tabs PO daily - Active
 {{prednisone|SYSTEMIC_STEROID|hist}} 10 mg tab (taper) - Discontinued 03/28/2025 (Reason: completed course)
 tiotropium 2.5 mcg 2 puffs daily - Active
{{ECOG 1|ECOG}} (walks w/ cane), denies hemoptyisis.
A/P: {{metastatic|METASTASIS}} {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} - refer thoracic surgery; {{PFTs|PULMONARY_FUNCTION|hyp}}. Pt asked about a {{trial|INVESTIGATIONAL|hyp}} he read about online - explained it is limited to a different bone tumor type."""),
N("2026-04-07", "Consult Note", True, """THORACIC SURGERY CONSULT
{{67 y/o|AGE}} M, 50 pk-yr ex-smoker, moderate emphysema. 3 peripheral {{nodules|PULMONARY_NODULE}} (RLL 14, RUL 8, LUL 11 mm).
From a purely technical standpoint each {{nodule|PULMONARY_NODULE}} is {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 4/2/26: {{FEV1|PULMONARY_FUNCTION}} 0.98 L (34% pred), {{DLCO|PULMONARY_FUNCTION}} 31%, 6MWT 210 m with desat to 86%.
Impression: {{pulmonary reserve|PULMONARY_FUNCTION}} insufficient - he is not a surgical candidate because of {{lung function|PULMONARY_FUNCTION}}. Recommend SBRT / systemic options via med onc.
Small R {{effusion|PLEURAL_EFFUSION}} - not enough to sample; no comment on its nature.
-- D. Hargrove MD"""),
])

# ---------------------------------------------------------------- PE10
# Needs review: indeterminate nodules ("possible mets vs granulomas") though
# surgeon recommends wedge; thyroid FNA Bethesda IV pending; unnamed Chinese
# herbal product; "stem cell transplant" of unstated type for Hodgkin 2008;
# travel vaccines of unstated type.
P("PE10", "2025-08-28", "needs_review",
  "mets=u om=u imm=u allo=u vac=u", [
N("2025-07-14", "Radiology Report", True, """CT CHEST W CONTRAST
Hx: {{48 y/o|AGE}} F, {{osteosarcoma|OSTEOSARCOMA|hist}} L femur 2022, surveillance.
Comparison: 01/2025.
Findings: Three new subcentimeter {{nodules|PULMONARY_NODULE}}: RUL 6 mm (solid), RML 4 mm, LLL 5 mm (faintly calcified?). Scattered calcified granulomas and calcified hilar nodes (old granulomatous disease). No {{effusion|PLEURAL_EFFUSION|neg}}.
Impression: 3 new small {{nodules|PULMONARY_NODULE}}, indeterminate - {{metastases|METASTASIS|unc}} not excluded vs granulomatous. Consider PET or short-interval CT, or tissue sampling of the RUL {{nodule|PULMONARY_NODULE}}."""),
N("2025-07-24", "Clinic Note", True, """ONCOLOGY F/U - .ONCFU template
{{48 y/o|AGE}} F with fibroblastic {{osteosarcoma|OSTEOSARCOMA}} L distal femur (bx 03/2022), s/p {{MAP|SYSTEMIC_THERAPY|hist}} 04/2022 - 11/2022 and distal femur replacement 07/2022.
PMH: {{Hodgkin lymphoma|OTHER_MALIGNANCY|hist}} 2008 ({{age 31|AGE|hist}}) - {{ABVD|SYSTEMIC_THERAPY|hist}} then relapse, "{{stem cell transplant|TRANSPLANT|hist}}" 2009 at Univ. Hospital (pt does not know if own cells or donor; records destroyed per their HIM dept); {{thyroid nodule|LOOKALIKE}} under w/u.
Interval hx: CT 7/14 w/ 3 new small {{nodules|PULMONARY_NODULE}} ({{possible mets|METASTASIS|unc}} vs granulomas - pt grew up in Ohio River valley, histo exposure). PET 7/21: RUL {{nodule|PULMONARY_NODULE}} SUV 1.4, others below PET resolution - nondiagnostic.
Meds: levocetirizine, vitamin D, "Chinese herbal granules" from acupuncturist - pt unsure of name or contents, will send photo of label.
{{ECOG 0|ECOG}}. Runs 3x/wk, no sympotms.
Plan: thoracic surgery for RUL {{wedge|LUNG_RESECTION}} (dx + tx); endocrine f/u of thyroid FNA; bring herbal label. If {{mets|METASTASIS|hyp}} confirmed, candidate for {{PROMIS|INVESTIGATIONAL|hyp}} screening."""),
N("2025-08-05", "Pathology Report", False, """CYTOLOGY - THYROID FNA, R lobe 2.1 cm nodule (US-guided, 08/01/2025)
Bethesda category IV: Follicular neoplasm / suspicious for a follicular neoplasm.
Molecular testing (ThyroSeq) sent - pending.
Comment: Bethesda IV carries an intermediate risk of malignancy; diagnostic lobectomy vs molecular-guided surveillance to be discussed by endocrinology."""),
N("2025-08-14", "Consult Note", True, """THORACIC SURGERY CONSULT
3 small {{nodules|PULMONARY_NODULE}}, nature uncertain ({{metastatic osteosarcoma|METASTASIS|unc}} vs old granulomas). All peripheral, {{amenable to VATS wedge resection|RESECTABLE}}.
Recommend R {{VATS wedge|LUNG_RESECTION}} of RUL and RML {{nodules|PULMONARY_NODULE}} for diagnosis and treatment; LLL {{nodule|PULMONARY_NODULE}} to follow or {{resect|LUNG_RESECTION|hyp}} later.
{{PFTs|PULMONARY_FUNCTION}} 8/12/25: {{FEV1|PULMONARY_FUNCTION}} 2.88 L (97%), {{DLCO|PULMONARY_FUNCTION}} 81% (prior {{bleomycin|SYSTEMIC_THERAPY|hist}}) - adequate for {{wedge|LUNG_RESECTION|hyp}} or {{lobectomy|LUNG_RESECTION|hyp}}.
Surgery date pending pt's travel (back 9/15).
-- H. Albrecht MD"""),
N("2025-08-20", "Patient Portal Message", False, """MyChart message - from patient
Hi Dr. Ruiz - quick updates before my trip:
1) I went to the travel clinic at Walgreens on 8/7 and got "the shots they recommended for Peru" - I don't have the list with me, the receipt just says "travel immunizations x2".
2) Here's the photo of the herbal granules - the box is all in Chinese except "granule" and "for strengthening qi". I've been taking it twice a day since June.
3) Any news on the thyroid test?
Thanks, Meg

Reply (RN Baptiste, 8/21): Thanks Meg. We'll ask the travel clinic to send your vaccine record. Please stop the granules until our pharmacist can identify them. ThyroSeq result is still pending."""),
])

# ---------------------------------------------------------------- PE11
# Eligible. Outside summary wrongly lists gem/docetaxel; addendum corrects to
# ifosfamide/etoposide. Delivered 08/2025, weaned 03/2026, negative serum hCG.
# WHO PS = ECOG scale.
P("PE11", "2026-09-09", "eligible", "", [
N("2026-07-21", "Outside Records Summary", True, """OUTSIDE RECORDS SUMMARY - {{Prairie View Cancer Institute|LOOKALIKE}} (rec'd 7/21/26)
Pt: {{22 y/o|AGE}} F
Dx: {{osteosarcoma|OSTEOSARCOMA}}, conventional, R distal femur - open bx 02/06/2024.
Tx:
 - {{MAP|SYSTEMIC_THERAPY|hist}} x 6 (02/2024 - 09/2024), R distal femur resection/endoprosthesis 05/2024, 95% necrosis
 - {{pregnancy|PREGNANCY|hist}} 2024-25, uncomplicated SVD 08/2025
 - {{lung mets|LUNG_METASTASIS}} found 05/2026 (3 {{nodules|PULMONARY_NODULE}})
 - "s/p {{gemcitabine/docetaxel|GEMCITABINE|hist}} x 2 cycles 06-07/2026" per transfer summary
Last outside CT 07/10/26: 3 {{nodules|PULMONARY_NODULE}} slightly smaller.
Summarized by: P. Aguilar, RN Navigator"""),
N("2026-07-23", "Addendum", True, """ADDENDUM to Outside Records Summary 7/21/26
ADDENDUM: correction - Outside MAR and infusion flowsheets (pages 14-22) reviewed with oncology pharmacy: second-line regimen 06/2026 - 07/2026 was {{ifosfamide|SYSTEMIC_THERAPY|hist}} 1.8 g/m2 + {{etoposide|SYSTEMIC_THERAPY|hist}} 100 mg/m2 d1-5 x 2 cycles, NOT {{gemcitabine/docetaxel|GEMCITABINE|neg}} as stated in the transfer summary (dictation error at the outside hospital, confirmed by phone with their pharmacy 7/23). Pt has never received {{gemcitabine|GEMCITABINE|neg}}.
-- P. Aguilar RN / reviewed K. Dunleavy PharmD"""),
N("2026-08-11", "Clinic Note", True, """MED ONC - NEW (transfer)
{{22 y/o|AGE}} G1P1 with {{OS|OSTEOSARCOMA}} R distal femur, {{MAP|SYSTEMIC_THERAPY|hist}} 2024, {{pulmonary metastases|LUNG_METASTASIS}} 05/2026 treated w/ {{ifosfamide|SYSTEMIC_THERAPY|hist}}/{{etoposide|SYSTEMIC_THERAPY|hist}} x2 (see addendum 7/23 re erroneous "{{gem|GEMCITABINE|neg}}" entry).
OB: delivered healthy boy 08/2025. {{Breastfed|LACTATION|hist}} until 03/2026, fully weaned since then - {{not breastfeeding|LACTATION|neg}}. LMP 8/1/26. Nexplanon placed 10/2025.
{{Toxicities|TOXICITY|neg}}: none current; {{hearing|TOXICITY|neg}} normal on audiogram 07/2026; no {{neuropathy|TOXICITY|neg}}; Cr 0.7.
CT 8/5/26: 3 {{nodules|PULMONARY_NODULE}} - RUL 9 mm, RLL 12 mm, LLL 6 mm; no {{effusion|PLEURAL_EFFUSION|neg}}.
{{WHO PS 1|ECOG}} (works as a barista, tired at end of shift).
Plan: thoracic surgery opinion; {{PROMIS|INVESTIGATIONAL|hyp}} screening if {{resectable|RESECTABLE|hyp}}; {{pregnancy test|PREGNANCY_TEST|hyp}} at screening."""),
N("2026-08-25", "Consult Note", False, """THORACIC SURGERY CONSULT
3 nodules (RUL 9 mm, RLL 12 mm, LLL 6 mm), all peripheral, none near the hilum.
Impression: resectable - R VATS wedge x2, then L VATS wedge (staged). No need for lobectomy.
PFTs 8/20/26: FEV1 3.1 L (94%), DLCO 83% - adequate for staged bilateral resection.
Agree with neoadjuvant protocol approach if she qualifies; will coordinate timing.
-- N. Okafor MD"""),
N("2026-09-02", "Nursing Note", True, """SCREENING LABS / RN NOTE
Serum {{beta-hCG|PREGNANCY_TEST|neg}}: <2 mIU/mL (negative) - drawn 9/2/26.
Pt confirms she is {{not nursing|LACTATION|neg}} (stopped in March).
{{HIV-1/2 Ag/Ab|HIV|neg}}: nonreactive.
Vaccines: {{Tdap|NONLIVE_VACCINE|hist}} 06/2025 (prenatal), {{flu shot|NONLIVE_VACCINE|hist}} 10/2025 - none since.
{{WHO performance status 1|ECOG}} per Dr. Lindahl.
Consent visit scheduled 9/9."""),
])

# ---------------------------------------------------------------- PE12
# Excluded: breastfeeding; RA on prednisone 5 mg daily (autoimmune + steroid);
# anaphylaxis to infliximab; chemo-naive (plan to start MAP; prior low-dose MTX
# for RA does not count); no pulmonary mets; breast mass biopsy pending.
P("PE12", "2026-05-06", "excluded",
  "mets=n resect=u sys=n om=u ai=m ster=m mab=m preg=m", [
N("2026-04-09", "Pathology Report", False, """SURGICAL PATHOLOGY
Specimen: L proximal tibia, core needle biopsy (04/07/2026)
Diagnosis: HIGH-GRADE OSTEOSARCOMA, chondroblastic subtype. Malignant osteoid present. SATB2 diffusely positive.
Comment: Case reviewed at intradepartmental consensus conference.
-- T. Nakamura MD"""),
N("2026-04-14", "Radiology Report", True, """CT CHEST W/O CONTRAST (staging)
Hx: {{44 y/o|AGE}} F, newly diagnosed {{osteosarcoma|OSTEOSARCOMA}} L tibia; {{lactating|LACTATION}}.
Findings: 3 mm calcified granuloma RML, unchanged from a 2019 CT. No suspicious pulmonary {{nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Bilateral breast parenchyma prominent (physiologic); 2.4 cm ill-defined R breast mass partially imaged - correlate with dedicated breast imaging.
Impression: 1. No evidence of {{pulmonary metastatic disease|LUNG_METASTASIS|neg}}. 2. R breast mass - {{malignancy|OTHER_MALIGNANCY|unc}} not excluded; recommend diagnostic mammogram/US."""),
N("2026-04-21", "Clinic Note", True, """ORTHO ONCOLOGY / MED ONC JOINT VISIT
{{44 y/o|AGE}} F, new chondroblastic {{osteosarcoma|OSTEOSARCOMA}} L proximal tibia (bx 4/7/26). Staging: CT chest {{negative for metastases|METASTASIS|neg}}, bone scan: no other sites. Localized disease.
{{Chemotherapy-naive|CHEMO_NAIVE}} (prior {{methotrexate|IMMUNOSUPPRESSANT|hist}} was low-dose weekly for {{RA|AUTOIMMUNE_DISEASE}}, 2016-2024 - not for the tumor).
PMH: {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}} (seropositive, 2016); G3P3, youngest 7 months - currently {{breastfeeding|LACTATION}}.
Meds: {{prednisone|SYSTEMIC_STEROID}} 5 mg PO daily - Active; hydroxychloroquine 200 mg BID - Active; sulfasalazine 1 g BID - Active.
Allergies: {{infliximab|MONOCLONAL_ANTIBODY}} ({{anaphylaxis|ALLERGIC_REACTION}}, 2019).
{{ECOG 1|ECOG}} (antalgic gait).
Plan: neoadjuvant {{MAP|SYSTEMIC_THERAPY|hyp}} to start 5/11 after port; must stop {{breastfeeding|LACTATION|hyp}} before {{chemo|SYSTEMIC_THERAPY|hyp}} - referred to IBCLC; rheum to adjust regimen; baseline audiogram, echo, {{PFTs|PULMONARY_FUNCTION|hyp}}."""),
N("2026-04-28", "Consult Note", True, """RHEUMATOLOGY F/U
{{RA|AUTOIMMUNE_DISEASE}} - active, moderate (CDAI 18): wrists, MCPs. Morning stiffness 1 h.
Current: {{prednisone|SYSTEMIC_STEROID}} 5 mg daily (since flare 01/2026), hydroxychloroquine 400 mg/d, sulfasalazine 2 g/d. Chose these because pt is {{breastfeeding|LACTATION}}.
Prior: {{methotrexate|IMMUNOSUPPRESSANT|hist}} 15 mg weekly 2016 - 2024 (stopped before conception); {{infliximab|MONOCLONAL_ANTIBODY|hist}} 2019 - {{anaphylaxis|ALLERGIC_REACTION|hist}} during 2nd infusion (hypotension, stridor, epinephrine x2, ICU obs) = grade 4 {{infusion reaction|ALLERGIC_REACTION|hist}}; never rechallenged. {{Adalimumab|IMMUNOSUPPRESSANT|hist}} 2020-2022, secondary failure.
With new {{osteosarcoma|OSTEOSARCOMA}} and planned {{HD-MTX|SYSTEMIC_THERAPY|hyp}}-containing {{chemo|SYSTEMIC_THERAPY|hyp}}: hold sulfasalazine on {{MTX|SYSTEMIC_THERAPY|hyp}} weeks; continue {{prednisone|SYSTEMIC_STEROID}} 5 mg for now."""),
N("2026-05-04", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - RN
1) IBCLC visit done 5/1 - pt still {{nursing|LACTATION}} 3-4x/day, plans to wean by 5/10 before {{chemo|SYSTEMIC_THERAPY|hyp}}. Pumping and discarding not an option once {{chemo|SYSTEMIC_THERAPY|hyp}} starts - pt aware.
2) Breast US 4/30: 2.4 cm irregular hypoechoic R breast mass, BI-RADS 4B - suspicious for {{breast carcinoma|OTHER_MALIGNANCY|unc}} vs {{lactational adenoma|LOOKALIKE}} / galactocele. US-guided core biopsy scheduled 5/7 - result pending.
3) Port placement 5/8 confirmed.
-- L. Jeffries RN"""),
N("2026-05-05", "PFT Report", False, """PULMONARY FUNCTION LABORATORY - baseline before chemotherapy
Pt 44 y/o F  Ht 165 cm  Wt 68 kg
Spirometry: FEV1 2.96 L (98% pred), FVC 3.61 L (100% pred), FEV1/FVC 0.82. No significant bronchodilator response.
Lung volumes: TLC 97% pred, RV 101% pred.
DLCO 92% pred (Hgb-corrected, Hgb 12.9).
Technique: good effort; ATS/ERS acceptability met on 3 trials.
Interpretation: Normal spirometry, lung volumes and diffusing capacity. Pulmonary function adequate; no contraindication to planned chemotherapy or to future thoracic surgery from a pulmonary standpoint.
Reviewed: R. Oyelaran MD"""),
])

# ---------------------------------------------------------------- PE13
# Needs review: no age or DOB anywhere (age unknown -> performance unknown even
# with ECOG); prior nivolumab with response not documented; second-line regimen
# "gem?" unconfirmed; "bone marrow transplant" donor type unknown; hCG pending.
P("PE13", "2026-10-02", "needs_review",
  "age=u perf=u gem=u cpi=u allo=u preg=u", [
N("2026-08-20", "Outside Records Summary", True, """OUTSIDE RECORDS SUMMARY (Riverside Oncology, 63 pages, partially legible)
Pt: female. {{Osteosarcoma|OSTEOSARCOMA}} R proximal femur, bx 09/2022 (report present).
1st line: {{MAP|SYSTEMIC_THERAPY|hist}} x 6, 10/2022 - 05/2023; resection 01/2023.
{{Lung relapse|LUNG_METASTASIS}} 02/2024 - {{nivolumab|CHECKPOINT_INHIBITOR|hist}} 240 mg q2w 03/2024 - 10/2024 (infusion records only; no restaging reports or response notes in packet; reason for stopping not stated).
2nd/3rd line: handwritten flowsheet 11/2024 - 03/2025 "{{Gem?/Doce|GEMCITABINE|unc}}" - drug names partly illegible, no MAR pages. Could not confirm {{gemcitabine|GEMCITABINE|unc}}.
PMH: "{{BMT|TRANSPLANT|hist}} as teenager for blood disorder" (donor source not recorded).
Social: lives with partner, 2 children.
Missing: restaging CTs 2024, pathology of relapse, demographics page."""),
N("2026-09-03", "Clinic Note", True, """MED ONC CLINIC - NEW PT
Pt is a woman transferring care, hx as per outside summary.
Oncologic history: {{OS|OSTEOSARCOMA}} R femur; {{MAP|SYSTEMIC_THERAPY|hist}}; {{pulmonary metastases|LUNG_METASTASIS}} since 02/2024; {{nivolumab|CHECKPOINT_INHIBITOR|hist}} 2024 - pt recalls "the scans looked better for a while" but cannot say for how long; records requested from Riverside radiology. Then "two-drug IV {{chemo|SYSTEMIC_THERAPY|hist}}" - she thinks "{{gem-something|GEMCITABINE|unc}}" vs {{docetaxel|SYSTEMIC_THERAPY|unc}} alone; pharmacy records requested.
"{{Bone marrow transplant|TRANSPLANT|hist}}" as a teenager for "a blood problem" - she does not know whether her own or donor cells were used.
Now: CT 8/28/26: 2 {{nodules|PULMONARY_NODULE}} RLL (12 mm, 7 mm) c/w {{mets|METASTASIS}}; no {{effusion|PLEURAL_EFFUSION|neg}}.
{{ECOG 1|ECOG}}. Works part-time. Demographics tab not yet populated (registration pending, insurance transfer).
LMP ~6 wks ago, irregular since {{chemo|SYSTEMIC_THERAPY|hist}}; not using contraception.
Plan: thoracic surgery, {{pregnancy test|PREGNANCY_TEST|hyp}}, obtain outside scans and childhood hospital records."""),
N("2026-09-17", "Consult Note", False, """THORACIC SURGERY CONSULT
Referred for 2 RLL nodules in pt with osteosarcoma and prior lung relapse.
CT 8/28/26: RLL 12 mm and 7 mm, both peripheral in the basal segments; no nodules elsewhere; no pleural effusion; no adenopathy.
Impression: resectable by RLL wedge x2 or basal segmentectomy; no central involvement. 
PFTs 9/15/26: FEV1 86%, DLCO 80% - adequate for either procedure.
Pt aware outside transplant and immunotherapy records are still being gathered by oncology.
Will plan surgery after oncology decides on neoadjuvant approach; tentatively hold OR time early November.
-- N. Okafor MD"""),
N("2026-10-01", "Telephone Encounter", True, """TELEPHONE ENCOUNTER
Outcome of call: Pt informed that urine {{hCG|PREGNANCY_TEST|unc}} from 9/30 was "faint/indeterminate" per lab; serum {{quantitative hCG|PREGNANCY_TEST|hyp}} drawn this AM - result pending (sent out, TAT 24-48 h).
Riverside radiology: restaging reports from the {{nivolumab|CHECKPOINT_INHIBITOR|hist}} period still not received; 2nd request faxed.
Children's Hospital HIM says records archived offsite, 2-3 wks.
-- C. Moreno RN"""),
])

# ---------------------------------------------------------------- PE14
# Eligible. Age 65 by DOB (turns 66 six days after as_of). Dedifferentiated
# parosteal OS. PD = Parkinson's disease; psoriasis on topical clobetasol only;
# Shingrix (recombinant) and inactivated flu; grade 1 hearing loss.
P("PE14", "2026-11-20", "eligible", "", [
N("2026-10-14", "Radiology Report", False, """CT CHEST W CONTRAST
Exam date: 10/14/2026
Hx: 65M, dedifferentiated parosteal osteosarcoma L femur 2025, surveillance.
Comparison: 07/08/2026.
Findings: New 11 mm RUL nodule (peripheral, posterior segment) and new 8 mm LLL superior segment nodule, both solid. Mild centrilobular emphysema. No effusion. No adenopathy. Coronary calcifications.
Impression: Two new pulmonary nodules, most consistent with metastatic disease.
Signed: T. Marsh MD"""),
N("2026-10-22", "Clinic Note", True, """MEDICAL ONCOLOGY F/U
{{65 y/o|AGE}} M ({{DOB 11/26/1960|DOB}}) w/ dedifferentiated {{parosteal osteosarcoma|OSTEOSARCOMA}} L distal femur (open bx 01/09/2025), resection 03/2025, adjuvant {{doxorubicin|SYSTEMIC_THERAPY|hist}}/{{cisplatin|SYSTEMIC_THERAPY|hist}} x4 completed 07/2025.
Now: CT 10/14 - 2 new {{nodules|PULMONARY_NODULE}} (RUL 11 mm, LLL 8 mm) c/w {{pulmonary metastases|LUNG_METASTASIS}}.
Other problems:
 - {{PD|LOOKALIKE}} (Parkinson disease) dx 2021 - mild R resting tremor, on carbidopa-levodopa, followed by neuro
 - {{psoriasis|AUTOIMMUNE_DISEASE}} - elbows/scalp, {{clobetasol 0.05% ointment|LOCAL_STEROID}} PRN; never on systemic agents or biologics per derm
 - late effects: grade 1 high-frequency {{hearing loss|TOXICITY}} (no aids); grade 1 {{neuropathy|TOXICITY}} toes, stable
{{WHO PS 1|ECOG}}. Still golfs (cart), no recnt falls.
Plan: thoracic referral; discussed {{PROMIS|INVESTIGATIONAL|hyp}} - would start with SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}}; he is interested. {{Age limit 65|LOOKALIKE}} - needs to be enrolled before his birthday 11/26."""),
N("2026-11-05", "Consult Note", True, """THORACIC SURGERY
{{65 yo|AGE}} M. RUL 11 mm peripheral {{nodule|PULMONARY_NODULE}}; LLL superior-segment 8 mm {{nodule|PULMONARY_NODULE}}.
Plan if surgery: R {{VATS wedge|LUNG_RESECTION}}, L {{superior segmentectomy|LUNG_RESECTION}} (staged). Both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}}; no {{pneumonectomy|PNEUMONECTOMY|neg}} needed.
{{PFTs|PULMONARY_FUNCTION}} 11/3/26: {{FEV1|PULMONARY_FUNCTION}} 2.74 L (88%), {{DLCO|PULMONARY_FUNCTION}} 74%. Pulmonary function adequate for both procedures.
-- D. Hargrove MD"""),
N("2026-11-12", "Pharmacy Note", True, """ONCOLOGY PHARMACY - PRE-SCREENING MED REVIEW
Active meds:
 carbidopa-levodopa 25-100 mg 1.5 tab PO TID - Active (for Parkinson's; not an immunosuppressant)
 {{clobetasol 0.05% ointment|LOCAL_STEROID}} - apply to plaques BID PRN - Active (topical only)
 tamsulosin 0.4 mg daily - Active
 {{prednisone|SYSTEMIC_STEROID|hist}} 20 mg x5 d (gout flare) - Discontinued 04/2026 (Reason: completed course)
Immunizations: {{Shingrix|NONLIVE_VACCINE}} dose 2 on 11/03/2026 (recombinant, non-live); {{influenza vaccine, inactivated|NONLIVE_VACCINE}} 10/01/2026. No {{live vaccines|LIVE_VACCINE|neg}}.
No Chinese herbal products. No {{investigational agents|INVESTIGATIONAL|neg}}.
-- R. Nakagawa PharmD"""),
N("2026-11-19", "Nursing Note", False, """FLOWSHEET SUMMARY - screening visit 11/19/26
Vitals: BP 132/78, HR 68, SpO2 96% RA, Wt 84.0 kg
Pain 1/10 L knee.
Hearing: audiology 11/18 - mild high-frequency SNHL bilaterally, grade 1, unchanged from 2025.
Neuropathy: toes tingling grade 1.
Falls screen: neg. Tremor mild.
Pregnancy test: N/A.
HIV Ag/Ab: nonreactive.
Reviewed, no changes."""),
])

# ---------------------------------------------------------------- PE15
# Excluded: living-related kidney transplant on tacrolimus/MMF/prednisone;
# anaphylaxis to basiliximab; papillary thyroid carcinoma FNA 08/20/2021 (4 y
# 359 d before as_of); persistent doxorubicin cardiomyopathy; KPS 50; no
# pulmonary mets; MRI equivocal for local recurrence.
P("PE15", "2026-08-14", "excluded",
  "mets=n resect=u perf=n pft=u lr=u om=m ster=m allo=m mab=m tox=m", [
N("2025-11-03", "Problem List", True, """PROBLEM LIST (printed 11/03/2025)
Active:
 - C40.02 {{Osteosarcoma|OSTEOSARCOMA}} of L proximal humerus - onset 03/2025
 - Z94.0 {{Kidney transplant|TRANSPLANT}} status (living related donor, brother) - 06/2015
 - N18.x CKD stage 3a of {{allograft|TRANSPLANT}} - onset 2019
 - E89.0 Postsurgical hypothyroidism - on {{levothyroxine|REPLACEMENT_THERAPY}}
 - I10 HTN
Resolved / historical:
 - Z85.850 {{Papillary thyroid carcinoma|OTHER_MALIGNANCY|hist}} - FNA 08/20/2021, total thyroidectomy 10/2021 + RAI; no evidence of disease
 - Q64.2 Posterior urethral valves -> ESRD (childhood)
Allergies:
 - {{basiliximab|MONOCLONAL_ANTIBODY|hist}} - {{ANAPHYLAXIS|ALLERGIC_REACTION|hist}} (06/2015, induction; hypotension + bronchospasm, epinephrine, ICU) - severity: severe
 - sulfa - rash"""),
N("2026-06-30", "Radiology Report", True, """CT CHEST W/O CONTRAST
Hx: {{35 y/o|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} L humerus, renal {{transplant|TRANSPLANT}} recipient.
Comparison 01/2026.
Findings: No pulmonary {{nodules|PULMONARY_NODULE|neg}} or {{masses|PULMONARY_NODULE|neg}}. Stable 2 mm perifissural lymph node RUL. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Cardiomegaly, mild.
Impression: No evidence of {{pulmonary metastases|LUNG_METASTASIS|neg}}."""),
N("2026-07-16", "Clinic Note", True, """ONCOLOGY F/U
{{35 y/o|AGE}} M with {{osteosarcoma|OSTEOSARCOMA}} L proximal humerus (dx 03/2025) s/p {{doxorubicin|SYSTEMIC_THERAPY|hist}}/{{ifosfamide|SYSTEMIC_THERAPY|hist}} x4 (04-08/2025; {{cisplatin|SYSTEMIC_THERAPY|neg}} and {{HD-MTX|SYSTEMIC_THERAPY|neg}} avoided because of {{renal allograft|TRANSPLANT}}) and proximal humerus resection 06/2025.
{{Doxorubicin|SYSTEMIC_THERAPY|hist}}-related {{cardiomyopathy|TOXICITY}}: LVEF 38% on echo 6/2026 (was 62% pre-tx), NYHA II-III, grade 3 {{heart failure|TOXICITY}}, not improved despite carvedilol/sacubitril-valsartan; cardio-onc following.
Functional: mostly in recliner, needs help with bathing, dyspneic walking to mailbox. {{KPS 50|KARNOFSKY}}.
Chest CT 6/30: no {{lung mets|LUNG_METASTASIS|neg}}. Shoulder MRI pending for new swelling at resection site.
Anti-rejection meds: {{tacrolimus|IMMUNOSUPPRESSANT}}, {{mycophenolate|IMMUNOSUPPRESSANT}}, {{prednisone|SYSTEMIC_STEROID}} 5 mg daily (lifelong per nephrology).
Pt asked about {{trials|INVESTIGATIONAL|hyp}} - explained current {{trials|INVESTIGATIONAL|hyp}} generally exclude organ-{{transplant|TRANSPLANT}} recipients on {{immunosuppression|IMMUNOSUPPRESSANT}}; will review."""),
N("2026-08-04", "Radiology Report", False, """MRI L SHOULDER / PROXIMAL HUMERUS W/WO CONTRAST
Hx: osteosarcoma s/p resection and reverse shoulder prosthesis 06/2025; new swelling.
Findings: 3.4 x 2.1 cm peripherally enhancing collection adjacent to the prosthesis stem with a 9 mm nodular enhancing focus along its medial wall. Metal artifact limits evaluation.
Impression: Post-operative seroma vs early local recurrence - cannot exclude tumor. Recommend US-guided aspiration / core biopsy of the nodular component."""),
N("2026-08-12", "Consult Note", True, """{{TRANSPLANT NEPHROLOGY|LOOKALIKE}} F/U
{{35 y/o|AGE}} M, living-related {{kidney transplant|TRANSPLANT}} 06/2015 (donor: brother, healthy). Baseline Cr 1.6.
Meds: {{tacrolimus|IMMUNOSUPPRESSANT}} ER 4 mg daily (trough 6.1), {{mycophenolate mofetil|IMMUNOSUPPRESSANT}} 500 mg BID, {{prednisone|SYSTEMIC_STEROID}} 5 mg PO daily - all Active; {{levothyroxine|REPLACEMENT_THERAPY}} 150 mcg daily.
No rejection. Discussed oncology's question re stopping {{immunosuppression|IMMUNOSUPPRESSANT}} for a {{trial|INVESTIGATIONAL|hyp}}: not advisable - high risk of graft loss.
Allergy list re-verified: {{basiliximab|MONOCLONAL_ANTIBODY|hist}} {{anaphylaxis|ALLERGIC_REACTION|hist}} 2015."""),
])

# ---------------------------------------------------------------- PE16
# Needs review: "probable osteosarcoma" from Mexico, review pending; prior
# treatment unclear (chemo vs "research" infusions, names illegible, possibly
# gemcitabine); research-clinic infusions last 06/28/2025 (17 d before as_of),
# agent unknown; neuropathy grade not documented; HIV screen reactive with
# indeterminate differentiation assay.
P("PE16", "2025-07-15", "needs_review",
  "osteo=u sys=u gem=u inv=u tox=u hiv=u", [
N("2025-06-03", "Outside Records Summary", True, """INTAKE - INTERNATIONAL / OUTSIDE RECORDS (interpreter: Spanish, ID #4471)
{{23-year-old|AGE}} M, moved from Guadalajara 04/2025.
Records brought by pt (Spanish, 5 pages):
 - Path report 09/2024 (Hospital Civil): "sarcoma de alto grado de tibia izquierda, probable {{osteosarcoma|OSTEOSARCOMA|unc}}" - no IHC listed. Blocks requested for review.
 - Op note 11/2024: L below-knee amputation.
 - Treatment sheet: 3 IV cycles 09-11/2024; drug column partly illegible - first line reads "{{gemcit..?|GEMCITABINE|unc}}" (vs "{{ciclofosf...|SYSTEMIC_THERAPY|unc}}"?), second line "{{docetaxel?|SYSTEMIC_THERAPY|unc}}"; no doses or MAR. Translator and pharmacist could not confirm agents.
 - No staging CTs.
Pt states he also went to a clinic in Tijuana 05-06/2025 for "un estudio de investigacion" - IV infusions weekly x3, last 06/28/2025; has no paperwork; name of drug unknown; unclear if a registered {{clinical trial|INVESTIGATIONAL|unc}} or private clinic product.
Plan: obtain path blocks, CT chest, labs incl {{HIV|HIV|hyp}}."""),
N("2025-06-12", "Radiology Report", False, """CT CHEST W CONTRAST
Exam date: 06/12/2025
Hx: 23M, L tibial high-grade sarcoma s/p BKA 11/2024, staging (no prior chest imaging available).
Technique: helical CT with IV contrast.
Findings:
Lungs: 3 solid nodules - RUL 15 mm (posterior segment), RLL 10 mm (superior segment), LLL 8 mm (lateral basal); all peripheral/subpleural, no calcification. No airspace disease.
Pleura: no effusion.
Mediastinum: no adenopathy. Central airways patent.
Impression: Bilateral pulmonary nodules consistent with metastatic disease in this clinical setting.
Signed: A. Feld MD"""),
N("2025-06-19", "Clinic Note", True, """MEDICAL ONCOLOGY - NEW PT
{{23 y/o|AGE}} M w/ high-grade L tibial bone sarcoma (outside read: probable {{osteosarcoma|OSTEOSARCOMA|unc}}; our review pending), s/p BKA 11/2024, now bilateral {{pulmonary nodules|PULMONARY_NODULE}} c/w {{metastatic disease|METASTASIS}} (3 {{nodules|PULMONARY_NODULE}}).
Prior therapy: unclear. Pt describes 3 IV treatments before amputation ("me daba mucho vomito") - may have been {{chemotherapy|SYSTEMIC_THERAPY|unc}}; handwritten sheet possibly lists {{gemcitabine|GEMCITABINE|unc}}/{{docetaxel|SYSTEMIC_THERAPY|unc}} - unverifiable. Then weekly infusions at a Tijuana "research" clinic through 6/28/25, agent unknown.
ROS: numbness/tingling both feet since the IV treatments, "comes and goes"; did not do a formal {{neuropathy|TOXICITY|unc}} grading today (no monofilament/vibration exam documented).
Uses prosthesis, works at warehouse (modified). {{ECOG 1|ECOG}}.
Plan: thoracic surgery; await path; pharmacy to try to identify prior agents; {{HIV|HIV|hyp}}/hepatitis pending."""),
N("2025-06-30", "Consult Note", True, """THORACIC SURGERY CONSULT
3 peripheral {{nodules|PULMONARY_NODULE}} (RUL 15, RLL 10, LLL 8 mm). All {{resectable|RESECTABLE}} with {{wedge resections|LUNG_RESECTION}} (staged R then L).
{{PFTs|PULMONARY_FUNCTION}} 6/27/25: {{FEV1|PULMONARY_FUNCTION}} 4.2 L (99%), {{DLCO|PULMONARY_FUNCTION}} 93% - adequate.
Defer scheduling until histology confirmed.
-- L. Ibanez MD"""),
N("2025-07-08", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - ID clinic RN
Labs 6/19: {{HIV-1/2 Ag/Ab combo|HIV|unc}} REACTIVE. Reflex {{HIV-1/HIV-2 differentiation immunoassay|HIV|unc}}: INDETERMINATE. {{HIV-1 RNA PCR|HIV|hyp}} sent 7/7 - pending.
Pt notified via interpreter; ID appt 7/17. Counseled re partner notification only if confirmed.
-- D. Obi RN"""),
N("2025-07-14", "Pathology Report", False, """SURGICAL PATHOLOGY - OUTSIDE CONSULTATION
Received 7/11/2025: 2 unstained slides only (blocks not released by outside hospital).
Preliminary: high-grade spindle cell malignancy; focal eosinophilic matrix, cannot distinguish osteoid from hyalinized collagen on available material. SATB2 and additional IHC to follow; request for blocks resent.
Diagnosis deferred."""),
])

# ---------------------------------------------------------------- PE17
# Excluded: pembrolizumab PR then progression (secondary resistance); local
# recurrence now; malignant effusion; nodule abutting L main stem bronchus ->
# pneumonectomy; ECOG 3; breastfeeding; postpartum MMR 30 d before as_of.
# Consent to a postpartum-depression study with dosing not documented.
P("PE17", "2026-05-30", "excluded",
  "resect=n perf=n lr=m mpe=m inv=u cpi=m vac=m preg=m", [
N("2025-05-20", "Clinic Note", True, """ADOLESCENT & YOUNG ADULT ONCOLOGY F/U
{{18 y/o|AGE}} F w/ {{osteosarcoma|OSTEOSARCOMA}} L proximal humerus (dx 01/2024), s/p {{MAP|SYSTEMIC_THERAPY|hist}} 2024 + limb salvage; {{lung relapse|LUNG_METASTASIS}} 01/2025 with 4 bilateral {{nodules|PULMONARY_NODULE}} ({{lung mets|LUNG_METASTASIS}}).
On {{pembrolizumab|CHECKPOINT_INHIBITOR}} 200 mg q3w since 02/11/2025 (C5 today).
Restaging CT 5/13/25: all 4 {{nodules|PULMONARY_NODULE}} smaller, SLD -46% -> {{partial response|TUMOR_RESPONSE}} (RECIST 1.1).
Tolerating well: mild {{fatigue|TOXICITY}}, TSH normal, no {{rash|TOXICITY|neg}}/{{diarrhea|TOXICITY|neg}}.
{{ECOG 0|ECOG}}. In college ({{nursing major|LOOKALIKE}}).
Plan: continue {{pembro|CHECKPOINT_INHIBITOR}}, CT q9 wks."""),
N("2025-08-19", "Telephone Encounter", False, """TELEPHONE ENCOUNTER
Pt called - positive home pregnancy test x2; serum hCG today 12,200 (approx 6 wks). CT 7/29/25 had shown continued partial response.
Per Dr. Farrow: HOLD pembrolizumab (last dose given 08/05/2025); MFM referral; no further CT with contrast during pregnancy unless urgent - will use MRI/US if symptoms.
Pt wishes to continue pregnancy. Counseling provided."""),
N("2026-04-30", "Discharge Instructions", True, """POSTPARTUM DISCHARGE INSTRUCTIONS - Women's Pavilion
Delivery: SVD 04/28/2026, baby girl 2.9 kg, healthy.
Vaccines given in hospital: {{MMR|LIVE_VACCINE}} (you were not immune to rubella) - given 04/30/2026. {{Tdap|NONLIVE_VACCINE|hist}} was given during {{pregnancy|PREGNANCY|hist}} (02/2026). It is safe to {{breastfeed|LACTATION}} after {{MMR|LIVE_VACCINE}}.
Feeding: {{breastfeeding|LACTATION}} every 2-3 h; feeding follow-up 5/5.
Avoid {{pregnancy|PREGNANCY|hyp}} for 4 weeks after the {{MMR|LIVE_VACCINE}} vaccine.
Your oncology team (Dr. Farrow) will see you 5/14 - keep this appointment.
Call for fever >100.4, heavy bleeding, calf pain, or shortness of breath."""),
N("2026-05-14", "Clinic Note", True, """AYA ONCOLOGY F/U (first visit since delivery)
{{19 y/o|AGE}} F, {{OS|OSTEOSARCOMA}} L humerus with {{lung mets|LUNG_METASTASIS}}; {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 02/2025 - 08/2025 ({{PR|TUMOR_RESPONSE}} on 05/2025 and 07/2025 CTs), held for {{pregnancy|PREGNANCY|hist}}. Delivered 4/28. {{Breastfeeding|LACTATION}}.
Symptoms: L shoulder swelling/pain x 6 wks, DOE.
CT chest/abd 5/12/26: enlarging bilateral {{nodules|PULMONARY_NODULE}} (largest L hilar 3.6 cm) + new L {{pleural effusion|PLEURAL_EFFUSION}} with pleural nodularity = {{progressive disease|TUMOR_RESPONSE}} after prior {{PR|TUMOR_RESPONSE}}.
MRI L humerus 5/12: 5 cm soft-tissue mass at the resection bed invading deltoid = {{local recurrence|LOCAL_RECURRENCE}}.
Plan: thoracentesis, thoracic surgery opinion re L hilar {{nodule|PULMONARY_NODULE}}, ortho onc re {{local recurrence|LOCAL_RECURRENCE}}."""),
N("2026-05-21", "Cytology Report", True, """CYTOPATHOLOGY - PLEURAL FLUID, LEFT (thoracentesis 5/20/26, 900 mL bloody)
{{POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION}}: atypical epithelioid and spindle cells with osteoid, SATB2+, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
Final: {{malignant pleural effusion|MALIGNANT_EFFUSION}}."""),
N("2026-05-27", "Clinic Note", True, """AYA ONCOLOGY - URGENT VISIT
Fluid reaccumulated; dyspneic at rest at times, spends >50% of day in bed/recliner, mother helping w/ baby and self-care. {{ECOG 3|ECOG}}.
Thoracic surgery (Whitcomb, 5/26): L hilar {{mass|PULMONARY_NODULE}} abuts the {{left main stem bronchus|CENTRAL_STRUCTURE}} and encases the {{left main pulmonary artery|CENTRAL_STRUCTURE}}; complete {{resection|LUNG_RESECTION|hyp}} would require {{pneumonectomy|PNEUMONECTOMY}} - {{not resectable|UNRESECTABLE}}; plus {{malignant effusion|MALIGNANT_EFFUSION}} = not a surgical candidate. {{PFTs|PULMONARY_FUNCTION}} 2025 had been adequate (not repeated).
Still {{breastfeeding|LACTATION}}; advised to stop before any systemic therapy.
Research: pt consented 5/20 on the OB service to a postpartum-depression {{study|INVESTIGATIONAL|unc}} ({{investigational oral agent|INVESTIGATIONAL|unc}} vs placebo, 14-day course); reserach coordinator not reachable today - unclear whether she started the {{study drug|INVESTIGATIONAL|unc}}. Pt unsure ("they gave me a bottle").
Plan: pleurX; palliative care; discuss {{second-line chemo|SYSTEMIC_THERAPY|hyp}} options; not eligible for surgery-based {{trials|INVESTIGATIONAL|hyp}}."""),
])

# ---------------------------------------------------------------- PE18
# Eligible. 15 y/o -> Lansky. Local recurrence re-resected with wide negative
# margins 09/2024; type 1 diabetes on insulin only; grade 1 hearing loss; trace
# effusion called reactive.
P("PE18", "2025-11-03", "eligible", "", [
N("2024-09-10", "Operative Note", False, """OPERATIVE NOTE (summary)
Procedure: Re-excision of locally recurrent osteosarcoma, R distal thigh soft tissue, with revision of distal femoral endoprosthesis.
Findings: 2.8 cm recurrent nodule in vastus medialis adjacent to prosthesis.
Margins on frozen section: negative. Final pathology (9/13/24): recurrent osteosarcoma, all margins negative, closest 1.5 cm (wide).
Surgeon: B. Stanhope MD"""),
N("2025-09-30", "Radiology Report", True, """CT CHEST W CONTRAST
Hx: {{15 y/o|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} R femur, s/p re-excision of {{local recurrence|LOCAL_RECURRENCE|hist}} 09/2024. Surveillance.
Findings: New RML 10 mm and LUL 7 mm solid {{nodules|PULMONARY_NODULE}}. Trace R {{pleural effusion|PLEURAL_EFFUSION}} with adjacent dependent atelectasis - likely reactive (recent viral illness per chart). No pleural nodularity.
Impression: 1. Two new {{nodules|PULMONARY_NODULE}}, c/w {{metastatic disease|METASTASIS}}. 2. Trace reactive {{effusion|PLEURAL_EFFUSION}}, not suspicious."""),
N("2025-10-09", "Clinic Note", True, """PEDIATRIC ONCOLOGY F/U
{{15 y/o|AGE}} girl, {{osteosarcoma|OSTEOSARCOMA}} R distal femur dx 03/2023: {{MAP|SYSTEMIC_THERAPY|hist}} 04/2023 - 01/2024, resection 07/2023; {{local recurrence|LOCAL_RECURRENCE|hist}} 08/2024 re-excised with wide negative margins 09/2024; MRI 9/2025 R thigh: no evidence of {{recurrence|LOCAL_RECURRENCE|neg}}.
Now 2 new {{lung nodules|PULMONARY_NODULE}} (RML 10 mm, LUL 7 mm) = {{pulmonary metastases|LUNG_METASTASIS}}.
PMH: {{type 1 diabetes|AUTOIMMUNE_DISEASE}} since {{age 8|AGE|hist}} - {{insulin|REPLACEMENT_THERAPY}} pump (Omnipod, {{insulin lispro|REPLACEMENT_THERAPY}}), A1c 7.4%. No other autoimmune dx; never on {{immunosuppressants|IMMUNOSUPPRESSANT|neg}}.
Late effects: grade 1 {{hearing loss|TOXICITY}} (>4 kHz), no aids needed; echo normal.
Plays in school band, walks without aids. {{Lansky 90|LANSKY}}.
Plan: thoracic surgery consult; family wants to hear about {{PROMIS|INVESTIGATIONAL|hyp}}."""),
N("2025-10-20", "Consult Note", True, """PEDIATRIC THORACIC SURGERY
RML 10 mm peripheral and LUL 7 mm peripheral {{nodules|PULMONARY_NODULE}}. Both {{resectable|RESECTABLE}} - staged {{wedge resections|LUNG_RESECTION}} via thoracotomy.
Trace R {{effusion|PLEURAL_EFFUSION}} on 9/30 CT resolved on 10/17 CXR - reactive.
{{Spirometry|PULMONARY_FUNCTION}} 10/17: {{FEV1|PULMONARY_FUNCTION}} 95% pred - adequate for thoracic surgery.
-- L. Ibanez MD"""),
N("2025-10-28", "Nursing Note", False, """DIABETES EDUCATOR NOTE
Pt and mom reviewed pump settings ahead of possible surgery/trial. Basal 0.65 u/h overnight. Sick-day rules reviewed. No steroids planned per oncology.
Last severe hypoglycemia: none in 2025.
Pt wearing Dexcom G7; TIR 68%.
Insulin is replacement only - no other diabetes or immune medications."""),
N("2025-11-03", "Nursing Note", True, """{{PROMIS|INVESTIGATIONAL|hyp}} SCREENING - COORDINATOR CHECKLIST
[x] Age {{15 y/o|AGE}} -> {{Lansky 90|LANSKY}} (10/9/25)
[x] Prior {{local recurrence|LOCAL_RECURRENCE|hist}} re-excised with wide margins 09/2024 - no current {{recurrence|LOCAL_RECURRENCE|neg}}
[x] Trace {{effusion|PLEURAL_EFFUSION}} 9/30 - reactive, resolved
[x] Urine {{hCG|PREGNANCY_TEST|neg}} negative 11/3; {{not breastfeeding|LACTATION|neg}}
[x] {{HIV|HIV|neg}} Ag/Ab nonreactive
[x] No {{systemic steroids|SYSTEMIC_STEROID|neg}}; {{insulin|REPLACEMENT_THERAPY}} only ({{T1DM|AUTOIMMUNE_DISEASE}} - replacement)
[x] No prior {{gemcitabine|GEMCITABINE|neg}}, no prior {{PD-1|CHECKPOINT_INHIBITOR|neg}} agents
[x] Vaccines: {{flu shot (inactivated)|NONLIVE_VACCINE}} 10/15/25"""),
])

# ---------------------------------------------------------------- PE19
# Needs review: MRI resection bed "post-treatment change vs early local
# recurrence"; suspected SLE just started on hydroxychloroquine (diagnosis not
# confirmed); "budesonide" with route never stated; hCG pending; PFTs not yet
# done.
P("PE19", "2026-06-10", "needs_review",
  "pft=u lr=u ai=u ster=u preg=u", [
N("2026-05-05", "Radiology Report", False, """CT CHEST W CONTRAST
Exam date: 05/05/2026
Hx: 27F, osteosarcoma R proximal tibia 2024, s/p chemo and resection; surveillance.
Comparison: 01/27/2026.
Technique: helical CT from thoracic inlet to adrenals after 75 mL Omnipaque 350.
Findings:
Lungs: New 9 mm solid nodule RLL lateral basal segment (se 4 im 201) and new 12 mm solid nodule LUL apicoposterior segment (im 64). Both peripheral, smooth margins, no cavitation. No other nodules.
Pleura: no effusion or pleural thickening.
Mediastinum/hila: no adenopathy; central airways and vessels normal.
Bones: no suspicious lesions.
Impression: New bilateral nodules, compatible with pulmonary metastases. No pleural effusion.
Signed: T. Marsh MD"""),
N("2026-05-19", "Clinic Note", True, """MED ONC F/U - SmartText .SARCFU
{{27 y/o|AGE}} F w/ {{osteosarcoma|OSTEOSARCOMA}} R proximal tibia (bx 02/2024) s/p {{MAP|SYSTEMIC_THERAPY|hist}} x 6 (03-10/2024), proximal tibia resection + endoprosthesis 06/2024.
New: CT 5/5/26 - RLL 9 mm + LUL 12 mm {{nodules|PULMONARY_NODULE}}, compatible with {{pulmonary metastases|LUNG_METASTASIS}}. Thoracic surgery (Okafor) reviewed images: both {{resectable|RESECTABLE}} by {{wedge|LUNG_RESECTION}}.
R knee: new soft-tissue fullness medial to prosthesis - MRI ordered.
Also: 3 months of hand/wrist pain, malar rash in sun; PCP checked ANA 1:640 (speckled) 4/2026 - rheum e-consult placed.
Medications (as listed in chart - Reviewed, no changes):
  {{budesonide|SYSTEMIC_STEROID|unc}} - 1 dose daily - Active (prescriber: outside, route not entered)
  OCP (norgestimate-EE) - Active
  ibuprofen 400 mg PRN
{{ECOG 0|ECOG}}. Works as a dental hygeinist.
Plan: MRI knee; {{PFTs|PULMONARY_FUNCTION|hyp}}; screening for {{PROMIS|INVESTIGATIONAL|hyp}} ({{penpulimab|CHECKPOINT_INHIBITOR|hyp}}/{{gemcitabine|GEMCITABINE|hyp}} + SBRT, then {{metastasectomy|LUNG_RESECTION|hyp}})."""),
N("2026-05-28", "Radiology Report", True, """MRI R KNEE / PROXIMAL TIBIA W/WO CONTRAST
Hx: {{osteosarcoma|OSTEOSARCOMA|hist}} s/p resection/endoprosthesis 06/2024; new medial fullness.
Findings: 2.2 x 1.4 cm enhancing soft tissue along the medial aspect of the resection bed, ill-defined, mild restricted diffusion. Metal artifact. No bone destruction.
Impression: Enhancing tissue in the resection bed - post-treatment/inflammatory change versus early {{local recurrence|LOCAL_RECURRENCE|unc}}; indeterminate. Recommend image-guided biopsy or short-interval MRI in 6-8 weeks."""),
N("2026-06-04", "Consult Note", True, """RHEUMATOLOGY E-CONSULT
Q: ANA 1:640, arthralgia, photosensitive rash in pt w/ {{osteosarcoma|OSTEOSARCOMA}} being screened for a {{PD-1 trial|INVESTIGATIONAL|hyp}}.
Review: ANA 1:640 speckled, dsDNA and Smith/RNP, C3/C4, UA pending; CBC mild low WBC (could be many things).
Impression: {{possible SLE|AUTOIMMUNE_DISEASE|unc}} vs undifferentiated connective tissue disease; diagnosis not established.
Rec: started hydroxychloroquine 200 mg BID (6/1, by rheum PA after video visit) for arthralgia while w/u completes; in-person rheum visit 6/24. If {{lupus|AUTOIMMUNE_DISEASE|unc}} confirmed, {{checkpoint therapy|CHECKPOINT_INHIBITOR|hyp}} would carry flare risk - discuss with onc."""),
N("2026-06-09", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - screening RN
1) Urine {{hCG|PREGNANCY_TEST|unc}} 6/8 could not be run (specimen leaked); pt reports LMP ~7 wks ago, "always irregular on the pill". Serum {{hCG|PREGNANCY_TEST|hyp}} drawn 6/9 - result pending.
2) {{PFTs|PULMONARY_FUNCTION|hyp}} scheduled 6/15 (earliest slot).
3) {{Budesonide|SYSTEMIC_STEROID|unc}} on med list: pt says "the one from urgent care, I take it every morning"; she did not bring it; pharmacy closed - route (inhaler vs capsule vs nasal) still unknown. Will call back.
4) Knee biopsy vs repeat MRI - ortho onc to decide.
-- S. Pruitt RN"""),
])

# ---------------------------------------------------------------- PE20
# Excluded: chemo-naive (declined chemo 2025), local recurrence now (biopsy),
# no pulmonary mets; Crohn's on adalimumab (held, last dose 08/20/2026 -> not
# within 7 d), "budesonide" route unstated; Huaier current; yellow fever 21 d
# before as_of; PrEP with HIV-positive partner (pt HIV negative).
P("PE20", "2026-10-19", "excluded",
  "mets=n resect=u sys=n pft=u lr=m imm=m ai=m ster=u vac=m", [
N("2025-02-18", "Operative Note", False, """OPERATIVE NOTE
Date of surgery: 02/18/2025
Surgeon: B. Stanhope MD   Assistant: R. Yoon MD (fellow)   Anesthesia: GETA + adductor canal block
Preop dx: high-grade osteosarcoma L distal femur (open bx 01/09/2025), no metastases on staging CT chest/bone scan 01/2025.
Postop dx: same.
Procedure: L distal femur radical (wide) resection, 16 cm, with modular distal femoral replacement (rotating hinge); medial gastrocnemius rotational flap.
Indications: 28 y/o M with high-grade osteosarcoma. Standard neoadjuvant chemotherapy was recommended at tumor board and on 3 separate visits; pt declined chemotherapy after extensive counseling incl. second opinion (documented 01/28/2025), citing fertility and work concerns; sperm banking offered and declined. Proceeding with surgery alone per his informed wishes; he understands the substantially higher risk of relapse.
Findings: tumor extending through anterolateral cortex with 3 cm soft-tissue component; biopsy tract excised en bloc. Neurovascular bundle free, dissected off pseudocapsule.
Margins: grossly clear; frozen section of marrow (proximal) margin negative.
EBL 600 mL. Drains x2. No complications.
Disposition: PACU then ortho floor. Adjuvant chemotherapy to be re-offered at post-op visit.
Addendum 03/04/2025: final pathology - margins negative (closest soft-tissue 0.8 cm), necrosis not assessable (no neoadjuvant treatment). Pt again declined adjuvant chemotherapy at post-op visit."""),
N("2026-09-15", "Clinic Note", True, """ORTHO ONCOLOGY F/U
{{29 y/o|AGE}} M, high-grade {{osteosarcoma|OSTEOSARCOMA}} L distal femur s/p resection/DFR 02/2025. {{Chemotherapy-naive|CHEMO_NAIVE}} - declined neoadjuvant and {{adjuvant chemo|SYSTEMIC_THERAPY|neg}}.
Now: 6 wks of L thigh swelling; palpable 4 cm firm mass lateral to prosthesis. Concern for {{local recurrence|LOCAL_RECURRENCE|unc}} - CT-guided bx ordered, CT chest for staging.
PMH: {{Crohn's disease|AUTOIMMUNE_DISEASE}} (ileocolonic, dx 2019) - on {{adalimumab|IMMUNOSUPPRESSANT}} per GI (see GI note), {{budesonide|SYSTEMIC_STEROID|unc}} listed.
Supplements: {{Huaier granules|IMMUNOMODULATOR}} 20 g PO TID, started 07/2026 ("my aunt sent them, for the tumor") - Active.
Sexual health: on PrEP (emtricitabine/tenofovir alafenamide) - partner is {{HIV|HIV|fam}}-positive, undetectable; pt {{HIV|HIV|neg}}-negative 9/2026.
Travel: leaving for brother's wedding in Accra 10/24; got travel vaccines 9/28 (see pharmacy note).
{{ECOG 0|ECOG}}."""),
N("2026-09-24", "Pathology Report", True, """SURGICAL PATHOLOGY
Specimen: L thigh soft tissue mass, CT-guided core bx (9/22/26)
Clinical: h/o {{osteosarcoma|OSTEOSARCOMA|hist}} L distal femur, resected 02/2025; new mass adjacent to prosthesis.
Diagnosis: RECURRENT HIGH-GRADE {{OSTEOSARCOMA|OSTEOSARCOMA}}, consistent with {{local recurrence|LOCAL_RECURRENCE}}. Malignant osteoid present.
-- T. Nakamura MD"""),
N("2026-10-01", "Radiology Report", True, """CT CHEST W CONTRAST (staging)
Hx: {{29 y/o|AGE}} M, {{local recurrence|LOCAL_RECURRENCE}} of {{osteosarcoma|OSTEOSARCOMA}} L femur.
Findings: Lungs clear. No pulmonary {{nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No adenopathy.
Impression: No evidence of {{pulmonary metastatic disease|LUNG_METASTASIS|neg}}."""),
N("2026-10-06", "Consult Note", True, """GI CLINIC F/U - {{Crohn's|AUTOIMMUNE_DISEASE}}
{{Crohn's disease|AUTOIMMUNE_DISEASE}}, ileocolonic, in clinical remission since 2023 on {{adalimumab|IMMUNOSUPPRESSANT}} 40 mg SC q2wk.
Pt held {{adalimumab|IMMUNOSUPPRESSANT|hist}} himself after 8/20/26 dose (last dose 08/20/2026) because travel clinic told him to before a {{yellow fever shot|LIVE_VACCINE}}; he then received the {{yellow fever vaccine|LIVE_VACCINE}} on 9/28/26 - not cleared with GI. Counseled: {{live vaccine|LIVE_VACCINE}} after only ~5 wks off a {{TNF inhibitor|IMMUNOSUPPRESSANT|hist}} - monitor for fever/viscerotropic sx.
{{Budesonide|SYSTEMIC_STEROID|unc}} - chart lists "{{budesonide 9 mg daily|SYSTEMIC_STEROID|unc}}" from 2024 rescue course; pt unsure if still taking, thinks he "has some left". Route/formulation not confirmed.
Plan: restart {{adalimumab|IMMUNOSUPPRESSANT|hyp}} when oncology OK; fecal calprotectin."""),
N("2026-10-13", "Pharmacy Note", False, """PHARMACY - TRAVEL & SUPPLEMENT RECONCILIATION
Immunizations (state registry + travel clinic record):
 - Yellow fever vaccine (YF-Vax, live attenuated) 0.5 mL SC - 09/28/2026
 - Typhoid Vi polysaccharide (IM, inactivated) - 09/28/2026
 - Hep A #2 - 09/28/2026
Supplements: Huaier granules 20 g TID - pt confirms still taking daily (last dose this morning).
Other: emtricitabine/TAF for HIV PrEP (pt HIV negative 09/2026); adalimumab on hold since 08/20/2026.
Budesonide: no fill since 03/2024 in PDMP/claims; pt could not confirm product or route."""),
])

# ---------------------------------------------------------------- PE21
# Excluded: undifferentiated pleomorphic sarcoma of bone (not osteosarcoma);
# 66 by DOB on as_of (earlier note "65 y/o"); breast IDC 05/2023; rituximab
# anaphylaxis (ITP 2018, outside 2 y); pembrolizumab SD ~6 months then PD;
# study drug last dose 28 d before as_of; persistent ifosfamide nephrotoxicity;
# indeterminate lung nodules.
P("PE21", "2026-10-28", "excluded",
  "osteo=n mets=u age=n om=m inv=m cpi=m mab=m tox=m", [
N("2026-03-03", "Outside Records Summary", False, """OUTSIDE RECORDS - Lakeshore Oncology Associates (52 pages, received 03/03/2026)
Reviewed by: C. Abernathy PA-C

Diagnosis: Undifferentiated pleomorphic sarcoma (UPS) of bone, R distal femur. Open bx 02/13/2024 - high-grade pleomorphic spindle cell sarcoma; no osteoid or chondroid matrix on bx or on the resection specimen (outside pathology reviewed by 2 sarcoma pathologists). MDM2 not amplified.
Staging 02/2024: no distant disease.

Treatment:
1. Doxorubicin 75 mg/m2 + ifosfamide 10 g/m2 q21d x 6, 03/2024 - 07/2024. Course c/b Fanconi-type tubulopathy after C5 (phosphate wasting, bicarbonate loss) - ifosfamide dose reduced C6.
2. R distal femur resection + distal femoral replacement 05/2024, R0, 30% necrosis.
3. Liver metastasis (segment 6, 1.8 cm) 02/2025.
4. Pembrolizumab 200 mg q3w 03/04/2025 - 09/2025.
   Restaging: CT 05/06/2025 - stable disease (-8%); CT 07/15/2025 - stable disease (-5%); CT 09/09/2025 - progressive disease (segment 6 lesion 2.6 cm, new segment 8 lesion, +31%).
   Best response: SD, lasting ~6 months from start to progression. Discontinued 09/2025 for PD. No irAEs besides grade 1 rash.
5. 10/2025 - 02/2026: observation / second opinion, pt declined further IV chemo.

Other history:
- L breast invasive ductal carcinoma, stage IA, core bx 05/17/2023, lumpectomy + whole-breast RT 2023, letrozole since 08/2023.
- ITP 2018: rituximab 375 mg/m2 dose 1 -> anaphylaxis (stridor, hypotension, intubated 2 days), no further doses; treated w/ IVIG + prednisone, in remission since 2019, no therapy since.
- CKD from ifosfamide (baseline Cr 1.5-1.7 since 2024).
Allergies: rituximab (anaphylaxis), sulfa (hives).
Last ECOG recorded: 1 (01/2026)."""),
N("2026-06-16", "Clinic Note", True, """MED ONC F/U (research clinic)
{{65 y/o|AGE}} F w/ {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA}} ({{UPS|OTHER_SARCOMA}}) of bone, R distal femur (bx 02/2024); {{not osteosarcoma|OSTEOSARCOMA|neg}} (no osteoid on resection specimen, reviewed twice).
Onc hx: {{doxorubicin|SYSTEMIC_THERAPY|hist}}/{{ifosfamide|SYSTEMIC_THERAPY|hist}} x 6 (2024); {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 03-09/2025 - {{SD|TUMOR_RESPONSE}} ~6 mo, then {{PD|TUMOR_RESPONSE}} (liver); now on phase II {{trial|INVESTIGATIONAL}} (oral {{investigational agent|INVESTIGATIONAL}}, C1D1 05/2026).
PMH: L {{breast IDC|OTHER_MALIGNANCY|hist}} stage I, core bx 05/2023, lumpectomy + XRT, on letrozole; ITP 2018 - {{rituximab|MONOCLONAL_ANTIBODY|hist}} x1 with {{anaphylaxis|ALLERGIC_REACTION|hist}} (grade 4, intubated), ITP in remission off all therapy since 2019.
{{ECOG 1|ECOG}}.
Plan: continue {{study drug|INVESTIGATIONAL}}; restage 8 wks."""),
N("2026-09-30", "Infusion Record", True, """RESEARCH PHARMACY / MAR - {{STUDY DRUG|INVESTIGATIONAL}} DISPENSING & ADMINISTRATION
{{Protocol|INVESTIGATIONAL}} C4D1 dose administered in clinic 09/30/2026 09:15 (witnessed), 7-day supply of {{study drug|INVESTIGATIONAL}} NOT dispensed - held pending restaging per PI.
Pt to return unused tablets: 0.
Next dose: on hold.
-- J. Oduya, Research RN"""),
N("2026-10-13", "Radiology Report", True, """CT CHEST/ABD/PELVIS W CONTRAST (restaging)
Hx: {{UPS|OTHER_SARCOMA}} of bone on {{study|INVESTIGATIONAL}}.
Chest: multiple new subcentimeter {{nodules|PULMONARY_NODULE}} (RUL 6 mm, RLL 5 mm, LLL 4 mm), indeterminate - {{metastases|METASTASIS|unc}} vs inflammatory. No {{effusion|PLEURAL_EFFUSION|neg}}.
Abdomen: liver segment 6 lesion 3.4 cm (was 2.6 cm) - {{progression|TUMOR_RESPONSE}}.
Impression: hepatic {{progression|TUMOR_RESPONSE}}; new indeterminate pulmonary {{nodules|PULMONARY_NODULE}}."""),
N("2026-10-22", "Consult Note", True, """THORACIC SURGERY
Indeterminate subcentimeter {{nodules|PULMONARY_NODULE}} x3; {{wedge resection|LUNG_RESECTION}} of RUL {{nodule|PULMONARY_NODULE}} recommended for diagnosis if it would change management; all three {{resectable|RESECTABLE}} thoracoscopically.
{{PFTs|PULMONARY_FUNCTION}} 10/20/26: {{FEV1|PULMONARY_FUNCTION}} 2.0 L (88%), {{DLCO|PULMONARY_FUNCTION}} 78% - adequate.
-- N. Okafor MD"""),
N("2026-10-27", "Clinic Note", True, """MED ONC
{{DOB: 10/20/1960|DOB}} - pt {{turned 66|AGE}} last week.
Off phase II {{study|INVESTIGATIONAL|hist}} as of 10/14 for {{progression|TUMOR_RESPONSE}} (last {{study drug|INVESTIGATIONAL|hist}} dose 09/30/2026).
{{Ifosfamide|SYSTEMIC_THERAPY|hist}} {{nephrotoxicity|TOXICITY}}: CKD grade 2 (Cr 1.6, eGFR 34), proximal tubulopathy on K-Phos and bicarbonate - persistent since 2024, not improving.
{{ECOG 1|ECOG}}.
Lung {{nodules|PULMONARY_NODULE}} indeterminate - ? {{metastatic|METASTASIS|unc}}; pt asked about {{PROMIS|INVESTIGATIONAL|hyp}}: it requires a different histology, so she does not qualify."""),
])

# ---------------------------------------------------------------- PE22
# Eligible. Nivolumab: iUPD at first scan, iCPD at confirmation (no response);
# grade 2 infusion reaction; pneumonitis resolved, prednisone done 11/2025;
# phase 1 study drug last dose 01/04/2026 = 29 d before as_of; inhaled
# budesonide/formoterol.
P("PE22", "2026-02-02", "eligible", "", [
N("2025-09-23", "Clinic Note", True, """MEDICAL ONCOLOGY F/U
{{41 y/o|AGE}} M with {{osteosarcoma|OSTEOSARCOMA}} R ilium (dx 2023), s/p {{MAP|SYSTEMIC_THERAPY|hist}} + internal hemipelvectomy 2023; {{lung mets|LUNG_METASTASIS}} 04/2025.
{{Nivolumab|CHECKPOINT_INHIBITOR}} 480 mg q4w started 06/10/2025 (off-label, via patient-assistance program). C1 complicated by grade 2 {{infusion reaction|ALLERGIC_REACTION}} (rigors, flushing; infusion paused, diphenhydramine/APAP, completed) - premedicated since, no repeat episodes.
Restaging (iRECIST):
 - CT 08/05/2025: target {{nodules|PULMONARY_NODULE}} +24%, new 6 mm LUL {{nodule|PULMONARY_NODULE}} -> {{iUPD|TUMOR_RESPONSE}}; continued given clinical stability.
 - CT 09/16/2025: further growth (+41% from baseline), 2 more new {{nodules|PULMONARY_NODULE}} -> {{iCPD|TUMOR_RESPONSE}} (confirmed {{progression|TUMOR_RESPONSE}}). Never had {{SD|TUMOR_RESPONSE|neg}} or {{response|TUMOR_RESPONSE|neg}}.
Also new dry cough + ground-glass on 9/16 CT: grade 2 {{pneumonitis|TOXICITY}} - start {{prednisone|SYSTEMIC_STEROID}} 1 mg/kg.
Plan: discontinue {{nivolumab|CHECKPOINT_INHIBITOR}}; phase 1 {{trial|INVESTIGATIONAL|hyp}} referral after {{steroid|SYSTEMIC_STEROID|hyp}} taper."""),
N("2025-11-18", "Clinic Note", False, """MED ONC F/U
41 y/o M with osteosarcoma R ilium and lung metastases, off nivolumab (iCPD 9/2025).
Pneumonitis: resolved clinically and on CT 11/10 (minimal residual GGO). Prednisone taper completed 11/12/2025; now off steroids. SpO2 98% RA, no cough.
Research: consent signed today for a phase 1 study of an oral investigational multikinase inhibitor (dose-escalation cohort 3); C1D1 planned 11/24/2025 pending eligibility labs.
Meds: Symbicort 2 puffs BID, albuterol PRN.
ECOG 1.
Plan: research team to schedule; restaging per protocol q6 wks."""),
N("2026-01-13", "Research Note", True, """RESEARCH NOTE - phase 1 {{study|INVESTIGATIONAL|hist}} ({{investigational TKI|INVESTIGATIONAL|hist}})
Restaging CT 01/06/2026: {{PD|TUMOR_RESPONSE}} per RECIST 1.1 (lung).
Pt taken off {{study treatment|INVESTIGATIONAL|hist}} 01/07/2026. Last dose of {{study drug|INVESTIGATIONAL|hist}}: 01/04/2026 (per pill diary and returned bottles - 3 tablets returned for 01/05-01/07, confirmed not taken after 1/4 because of grade 2 {{diarrhea|TOXICITY|hist}}).
30-day safety f/u call due 02/04/2026. {{Diarrhea|TOXICITY|hist}} resolved 1/9 (grade 0).
-- J. Oduya, Research RN"""),
N("2026-01-22", "Consult Note", True, """THORACIC SURGERY CONSULT
{{41 y/o|AGE}} M. CT 1/6/26: 4 {{nodules|PULMONARY_NODULE}} - RUL 14 mm, RML 9 mm (peripheral), LUL 8 mm, LLL 11 mm; all peripheral, none near the hilum.
Impression: {{resectable|RESECTABLE}} - staged bilateral {{wedge resections|LUNG_RESECTION}} (R then L). No need for {{lobectomy|LUNG_RESECTION|neg}}.
{{PFTs|PULMONARY_FUNCTION}} 1/20/26: {{FEV1|PULMONARY_FUNCTION}} 3.4 L (85%), {{DLCO|PULMONARY_FUNCTION}} 72% (post-{{pneumonitis|TOXICITY|hist}}, stable). Adequte for staged surgery.
-- D. Hargrove MD"""),
N("2026-02-02", "Clinic Note", True, """{{PROMIS|INVESTIGATIONAL|hyp}} SCREENING VISIT
{{41 y/o|AGE}} M. {{ECOG 1|ECOG}}.
Med list (reconciled today):
  {{budesonide-formoterol (Symbicort) 160/4.5|LOCAL_STEROID}} - 2 puffs inhaled BID - Active
  albuterol HFA PRN - Active
  {{prednisone|SYSTEMIC_STEROID|hist}} 10 mg tab - Discontinued 11/12/2025 (Reason: completed taper)
  {{nivolumab|CHECKPOINT_INHIBITOR|hist}} - Discontinued 09/2025 (Reason: {{disease progression|TUMOR_RESPONSE}})
  {{investigational TKI|INVESTIGATIONAL|hist}} (phase 1) - Discontinued 01/07/2026, last dose 01/04/2026
Prior {{anti-PD-1|CHECKPOINT_INHIBITOR|hist}}: yes - best response {{iCPD|TUMOR_RESPONSE}} at first confirmed assessment (primary resistance).
{{Pneumonitis|TOXICITY|hist}}: resolved (grade 0). {{Diarrhea|TOXICITY|hist}}: resolved.
Washout from last {{investigational dose|INVESTIGATIONAL|hist}}: 29 days today (needs >=28) - OK.
Plan: consent; SBRT planning; C1D1 {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}} ~2/9 if eligible."""),
])

# ---------------------------------------------------------------- PE23
# Needs review: pembrolizumab x4 at outside, response never documented;
# infusion reaction of unknown grade; psoriasis treated with "injections" of
# unknown type/route; hearing decline after cisplatin not yet graded; PFTs
# not yet done.
P("PE23", "2025-12-18", "needs_review",
  "pft=u cpi=u ai=u mab=u tox=u", [
N("2025-10-21", "Outside Records Summary", True, """OUTSIDE RECORDS REVIEW - Bluegrass Regional Medical Center
Pt: {{38 y/o|AGE}} M
- {{Osteosarcoma|OSTEOSARCOMA}}, L distal femur, conventional; bx 05/2023. {{MAP|SYSTEMIC_THERAPY|hist}} x 6 06/2023 - 01/2024; resection 09/2023 (margins neg).
- {{Lung mets|LUNG_METASTASIS}} 03/2025 (2 {{nodules|PULMONARY_NODULE}}).
- {{Pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 200 mg q3w x 4 doses, 04/08/2025 - 06/10/2025. Dose 3 (05/20): "{{infusion reaction|ALLERGIC_REACTION|hist}} - infusion stopped, meds given, pt observed" - no grade, no vitals, no description of symptoms in the scanned RN note.
- No restaging imaging reports in the packet; no note documents a response assessment or why {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} ended after 4 doses.
- PMH: {{psoriasis|AUTOIMMUNE_DISEASE}} ("on injections from dermatology"); HTN.
Missing items requested 10/21: CT reports 2025, infusion flowsheets, derm records."""),
N("2025-11-04", "Clinic Note", True, """MEDICAL ONCOLOGY - NEW
{{38 y/o|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} L femur, {{lung mets|LUNG_METASTASIS}} since 03/2025, prior {{MAP|SYSTEMIC_THERAPY|hist}} and 4 doses of {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}}.
Pt recollection: "the doctor said the spots didn't change much, then they stopped it because I had a {{reaction|ALLERGIC_REACTION|hist}} and my insurance changed" - response not documented anywhere.
CT here 10/30/25: 2 {{nodules|PULMONARY_NODULE}} (LLL 13 mm, RUL 8 mm), no new; no {{effusion|PLEURAL_EFFUSION|neg}}.
Hearing: since {{cisplatin|SYSTEMIC_THERAPY|hist}} notes {{trouble hearing|TOXICITY}} in restaurants, asks poeple to repeat - no audiogram since 2023; audiology referral placed (grade to be determined).
{{Psoriasis|AUTOIMMUNE_DISEASE}}: plaques elbows/knees, "gets shots at the dermatologist every few months" - cannot name drug; unclear if {{intralesional steroid|LOCAL_STEROID|unc}} injections into plaques vs a {{systemic biologic|IMMUNOSUPPRESSANT|unc}}.
{{ECOG 1|ECOG}}.
Plan: thoracic surgery eval, {{PFTs|PULMONARY_FUNCTION|hyp}}, audiogram, derm records, outside CTs."""),
N("2025-11-20", "Consult Note", False, """THORACIC SURGERY CONSULT
38 y/o M with osteosarcoma L femur and 2 lung nodules, referred by med onc.
CT 10/30/25 reviewed: LLL 13 mm (peripheral, posterior basal) and RUL 8 mm (peripheral, anterior). No hilar or mediastinal adenopathy; no pleural effusion.
Impression: both nodules resectable by wedge resection, staged (L then R, or R VATS first). No central involvement; anatomic resection not anticipated.
PFTs not yet done - ordered; final clearance pending PFT results. Ex-smoker (5 pk-yr, quit 2015), walks 1 mile without dyspnea.
Will see back after PFTs and once oncology decides on the neoadjuvant approach.
-- H. Albrecht MD"""),
N("2025-12-09", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - records request f/u
Called Lakeview Dermatology: office manager states pt has been seen for {{psoriasis|AUTOIMMUNE_DISEASE}} since 2022 and "gets injections in the office" - could not say whether these are {{intralesional triamcinolone|LOCAL_STEROID|unc}} or a {{biologic|IMMUNOSUPPRESSANT|unc}}; records must be requested via HIM (7-10 business days). Last office injection visit per scheduling: 10/2025.
Bluegrass Regional: infusion flowsheets and CT reports re-requested (2nd request).
-- K. Brandt RN"""),
N("2025-12-16", "Nursing Note", False, """PRE-SCREENING NURSING NOTE
VS: T 36.7  HR 78  BP 128/82  SpO2 97% RA  Wt 92.4 kg
Pain 2/10 L thigh, chronic.
Scheduling: PFTs 12/22/25 (first available). Audiology 01/05/26.
Records tracking:
- Outside CT reports from the pembrolizumab period (Bluegrass Regional): still not received after 2 requests - escalated to HIM supervisor.
- Derm records (Lakeview Dermatology): not received.
Pt education: explained why screening cannot be completed until PFTs, audiogram and outside records are back; pt verbalized understanding, frustrated by delays.
ECOG 1 per MD. No vaccines this season. HIV Ag/Ab nonreactive 11/04/25.
Next contact: 12/23 after PFTs. -- M. Collier RN"""),
])

# ---------------------------------------------------------------- PE24
# Excluded: 11 y/o (Lansky 50); ALL 06/2019 (outside 5 y) -> matched-unrelated
# allogeneic HSCT 02/2020; prior gemcitabine/docetaxel; expanded-access drug
# last dose 21 d before as_of; Huaier current; MMR 14 d before as_of;
# nodule abutting the left main pulmonary artery.
P("PE24", "2026-09-25", "excluded",
  "resect=n perf=n pft=u gem=m inv=m imm=m allo=m vac=m", [
N("2026-01-20", "Clinic Note", False, """PEDS ONC F/U
10 y/o girl, secondary osteosarcoma L distal femur (2024) after ALL/allo-HSCT. Relapse lungs 09/2025.
Gemcitabine/docetaxel 10/2025 - 01/2026 x 4 cycles completed; CT 1/14/26: progressive disease (lung nodules enlarging, L hilar lesion 2.9 cm).
Plan: discuss options incl. expanded access program (sponsor-provided unapproved agent)."""),
N("2026-08-18", "Clinic Note", True, """PEDIATRIC ONCOLOGY F/U
{{11 y/o|AGE}} F ({{DOB 03/02/2015|DOB}}).
Dx list:
 1. B-{{ALL|OTHER_MALIGNANCY|hist}} dx 06/2019 ({{age 4|AGE|hist}}) - in continuous remission; s/p {{matched unrelated donor allogeneic HSCT|TRANSPLANT|hist}} 02/2020. Off all {{immunosuppression|IMMUNOSUPPRESSANT|hist}} since 08/2021; no active GVHD.
 2. Secondary {{osteosarcoma|OSTEOSARCOMA}} L distal femur dx 04/2024 - {{MAP|SYSTEMIC_THERAPY|hist}} (modified) + resection 2024; {{lung mets|LUNG_METASTASIS}} 09/2025; {{gemcitabine/docetaxel|GEMCITABINE|hist}} x4 ({{PD|TUMOR_RESPONSE}}).
 3. On {{expanded-access investigational agent|INVESTIGATIONAL}} since 07/2026 (compassionate use, single-patient IND).
Function: mostly in bed or on couch, plays quiet board games, needs wheelchair outside home, naps twice daily. {{Lansky 50|LANSKY}}.
Family: grandmother gives {{Huaier granules|IMMUNOMODULATOR}} daily "to fight the tumor" - mother aware, agrees to let team review.
Survivorship: due for post-{{HSCT|TRANSPLANT|hist}} {{live vaccines|LIVE_VACCINE|hyp}} (>2 yr post, off IS >1 yr) - {{BMT clinic|LOOKALIKE}} 9/11."""),
N("2026-09-04", "Infusion Record", True, """INFUSION RECORD - PEDS DAY HOSPITAL
{{Single-patient expanded access|INVESTIGATIONAL}} (IND #, sponsor-supplied {{investigational drug|INVESTIGATIONAL}}) - Cycle 3 Day 1 / dose #7
Wt 31.2 kg, BSA 1.07. VS stable.
10:20 {{investigational drug|INVESTIGATIONAL}} IV over 30 min - completed 10:52. No {{reaction|ALLERGIC_REACTION|neg}}.
Next dose 9/25 (q3w) pending restaging.
-- M. Harlan RN"""),
N("2026-09-11", "Nursing Note", True, """{{BMT SURVIVORSHIP CLINIC|LOOKALIKE}} - IMMUNIZATION NOTE
{{11 y/o|AGE}} F s/p {{allogeneic HSCT|TRANSPLANT|hist}} 02/2020 (MUD), no GVHD, off {{immunosuppressants|IMMUNOSUPPRESSANT|hist}} since 08/2021. CD4 612, IgG normal off IVIG.
Per post-{{HSCT|TRANSPLANT|hist}} schedule, given today 09/11/2026:
 - {{MMR|LIVE_VACCINE}} (live) 0.5 mL SC - lot Y7714
 - {{PCV20|NONLIVE_VACCINE}} 0.5 mL IM
{{Varicella vaccine|LIVE_VACCINE|hyp}} deferred 4 wks.
Note: oncology aware; pt currently receiving {{investigational agent|INVESTIGATIONAL}} - {{BMT attending|LOOKALIKE}} OK'd given lymphocyte recovery.
-- R. Castellanos RN"""),
N("2026-09-16", "Consult Note", True, """PEDIATRIC THORACIC SURGERY
CT 9/8/26: L hilar {{mass|PULMONARY_NODULE}} 3.4 cm directly abutting the {{left main pulmonary artery|CENTRAL_STRUCTURE}} and the {{left main bronchus|CENTRAL_STRUCTURE}}; plus 3 R-sided {{nodules|PULMONARY_NODULE}}.
Impression: the L hilar {{lesion|PULMONARY_NODULE}} could only be removed by L {{pneumonectomy|PNEUMONECTOMY}} - {{not resectable|UNRESECTABLE}} in a meaningful way given bilateral disease. No surgery recommended.
{{PFTs|PULMONARY_FUNCTION}} not obtained (not a surgical candidate on anatomic grounds).
-- L. Ibanez MD"""),
N("2026-09-22", "Telephone Encounter", True, """TELEPHONE ENCOUNTER - PEDS ONC PHARMACY
Mother called back with product info: grandmother's granules = {{Huaier Granule (Huaier Keli)|IMMUNOMODULATOR}}, 20 g sachets, giving 1 sachet TID since spring; last given this morning.
Pharmacist advised: {{Chinese patent medicine|IMMUNOMODULATOR}} with anti-tumor indication; possible interactions with {{study drug|INVESTIGATIONAL}} unknown - recommend stopping; mother will discuss with grandmother.
-- K. Dunleavy PharmD"""),
])


# ---------------------------------------------------------------- build
LINT_WORDS = [
    r"osteosarcoma", r"osteogenic", r"\bOS\b", r"sarcoma", r"ewing", r"chondrosarcoma",
    r"cancer", r"carcinoma", r"lymphoma", r"leuk", r"melanoma", r"malignan", r"\bca\b",
    r"recurren", r"metast", r"\bmets?\b", r"nodul", r"lesion", r"\bmass", r"resect",
    r"wedge", r"lobectomy", r"segmentectomy", r"pneumonectomy", r"bronch", r"pulmonary (artery|vein)",
    r"\bPFT", r"spirom", r"FEV1", r"DLCO", r"reserve", r"effusion", r"chemo", r"\bMAP\b", r"methotrexate",
    r"\bMTX", r"doxorubicin", r"adriamycin", r"cisplatin", r"ifosfamide", r"etoposide", r"gem",
    r"docetaxel", r"\btrial", r"\bstudy", r"investigational", r"protocol", r"mab\b", r"PD-?1", r"PD-?L1",
    r"response", r"\bPR\b", r"\bSD\b", r"\bPD\b", r"\bCR\b", r"progress", r"thymosin", r"thymalfasin", r"zadaxin",
    r"interferon", r"interleukin", r"huaier", r"kanglaite", r"kushen", r"lupus", r"\bSLE\b", r"arthritis",
    r"\bRA\b", r"crohn", r"colitis", r"psoria", r"diabet", r"\bT1D", r"hashimoto", r"pred", r"dexa", r"\bdex\b",
    r"medrol", r"solu-", r"hydrocortisone", r"cortisone", r"steroid", r"tacrolimus", r"mycophenol", r"cellcept", r"cyclosporine",
    r"azathioprine", r"sirolimus", r"fluticasone", r"budesonide", r"clobetasol", r"triamcinolone", r"levothyrox", r"synthroid",
    r"insulin", r"transplant", r"allograft", r"\bSCT\b", r"HSCT", r"anaphyla", r"reaction", r"allerg",
    r"hypersens", r"neuropath", r"hearing", r"ototox", r"mucositis", r"fatigue", r"alopecia", r"cardiomyopathy",
    r"nephrotox", r"pneumonitis", r"toxicit", r"\bHIV", r"biktarvy", r"antiretro", r"\bART\b", r"vaccin", r"\bMMR\b",
    r"varicella", r"varivax", r"yellow fever", r"typhoid", r"\bflu\b", r"influenza", r"shingrix", r"zostavax", r"pregnan",
    r"hcg", r"gestation", r"breastfe", r"nursing", r"lactat", r"ECOG", r"\bPS\b", r"performance", r"karnofsky", r"KPS",
    r"lansky", r"y/o", r"year", r"\byo\b", r"DOB", r"born", r"\bage\b", r"aged", r"rituximab", r"infliximab", r"adalimumab", r"humira",
    r"keytruda", r"opdivo", r"nivolumab", r"pembrolizumab", r"ipilimumab", r"immunotherapy", r"checkpoint", r"neutropen",
    r"\bBMT", r"relapse", r"diarrh", r"nausea", r"vomit", r"\brash", r"hypothyroid", r"grade [1-5]", r"immunosupp", r"patent", r"booster", r"covid", r"tdap", r"hpv", r"pneumo", r"hepatitis b vacc", r"cytopen", r"thrombocytop", r"anemia", r"GVHD", r"mesalamine", r"hydroxychloroquine", r"sulfasalazine",
]
LINT = re.compile("|".join("(?:%s)" % w for w in LINT_WORDS), re.I)


def lint(note):
    """Print words that look like concept mentions but lie outside spans."""
    covered = [(s["start"], s["end"]) for s in note["spans"]]
    for m in LINT.finditer(note["text"]):
        if any(a <= m.start() < b for a, b in covered):
            continue
        ctx = note["text"][max(0, m.start() - 40):m.end() + 40].replace("\n", " ")
        print("LINT %s: %r  ...%s..." % (note["note_id"], m.group(0), ctx))


def expected_status(crit):
    if any(crit[c] == "not_met" for c in INCLUSIONS) or any(crit[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(crit[c] == "met" for c in INCLUSIONS) and all(crit[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def main():
    notes_out, pats_out = [], []
    lo, hi = _dt.date(2025, 6, 1), _dt.date(2026, 11, 30)
    seen = set()
    for p in PATIENTS:
        pid = p["pid"]
        assert re.fullmatch(r"PE\d\d", pid) and pid not in seen, pid
        seen.add(pid)
        as_of = _dt.date.fromisoformat(p["as_of"])
        assert lo <= as_of <= hi, (pid, as_of)
        crit = {c: "met" for c in INCLUSIONS}
        crit.update({c: "not_met" for c in EXCLUSIONS})
        for tok in p["overrides"].split():
            k, v = tok.split("=")
            crit[SHORT[k]] = VAL[v]
        st = expected_status(crit)
        assert st == p["status"], (pid, st, p["status"])
        assert 3 <= len(p["notes"]) <= 8, pid
        pats_out.append({"patient_id": pid, "as_of": p["as_of"], "status": st, "criteria": crit})
        prev = None
        for i, n in enumerate(p["notes"], 1):
            d = _dt.date.fromisoformat(n["date"])
            assert d <= as_of, (pid, i, d)
            assert prev is None or d >= prev, (pid, i, "notes out of order")
            prev = d
            text, spans = parse(n["text"])
            if not n["annotate"]:
                assert not spans, (pid, i, "markup in unannotated note")
            else:
                assert spans, (pid, i, "annotated note without spans")
            text = text.strip("\n")
            # re-parse offsets after strip (strip only removes leading/trailing newlines)
            lead = len(n["text"]) - len(n["text"].lstrip("\n"))
            for s in spans:
                s["start"] -= lead
                s["end"] -= lead
            rec = {"patient_id": pid, "note_id": "%s-N%d" % (pid, i), "note_date": n["date"],
                   "note_type": n["type"], "text": text, "spans": spans}
            for s in spans:
                assert 0 <= s["start"] < s["end"] <= len(text)
            notes_out.append(rec)
    assert len(PATIENTS) == 24
    # verdict mix
    mix = {}
    for c in INCLUSIONS + EXCLUSIONS:
        cnt = {"met": 0, "not_met": 0, "unknown": 0}
        for p in pats_out:
            cnt[p["criteria"][c]] += 1
        mix[c] = cnt
    status = {}
    for p in pats_out:
        status[p["status"]] = status.get(p["status"], 0) + 1
    if os.environ.get("LINT"):  # author self-check: concept-like words outside spans
        for n in notes_out:
            if n["spans"]:
                lint(n)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "notes.jsonl"), "w") as f:
        for n in notes_out:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "patients.jsonl"), "w") as f:
        for p in pats_out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    n_ann = sum(1 for n in notes_out if n["spans"])
    n_sp = sum(len(n["spans"]) for n in notes_out)
    words = [len(n["text"].split()) for n in notes_out]
    print("part E: %d patients, %d notes (%d span-annotated), %d spans; words/note min %d median %d max %d"
          % (len(pats_out), len(notes_out), n_ann, n_sp, min(words), sorted(words)[len(words) // 2], max(words)))
    print("status:", ", ".join("%s %d" % kv for kv in sorted(status.items())))
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for c in INCLUSIONS + EXCLUSIONS:
        print("%-30s %5d %8d %8d" % (c, mix[c]["met"], mix[c]["not_met"], mix[c]["unknown"]))
    labels = {}
    for n in notes_out:
        for s in n["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print("labels:", ", ".join("%s %d" % kv for kv in sorted(labels.items())))
    bad = [c for c in mix if mix[c]["met"] < 3 or mix[c]["not_met"] < 3 or mix[c]["unknown"] < 2]
    assert not bad, bad
    assert 7 <= status.get("eligible", 0) <= 9, status
    assert 8 <= status.get("excluded", 0) <= 10, status
    assert 6 <= status.get("needs_review", 0) <= 8, status
    assert 110 <= len(notes_out) <= 140, len(notes_out)
    assert n_ann * 2 >= len(notes_out)


if __name__ == "__main__":
    main()
