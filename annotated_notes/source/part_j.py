#!/usr/bin/env python3
"""Gold corpus part J (independent author).

Adult general-medicine charts around older osteosarcoma patients for the PROMIS
(NCT06114225) screening tool: voice-recognition dictation, ED notes, hospitalist
admissions / discharges, primary-care visits with ICD-10 problem lists, travel clinic,
palliative and rehabilitation notes.

Inline markup in note text:  {{phrase|LABEL}}  or  {{phrase|LABEL|flags}}
flags (comma separated): n = negated, u = uncertain, h = historical,
y = hypothetical, f = family.

Run from the repository root:  python3 annotated_notes/source/part_j.py
Writes annotated_notes/parts/j/notes.jsonl and patients.jsonl (stdlib only).
"""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "parts", "j"))

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
    "H": "osteosarcoma_histology", "PM": "pulmonary_metastases",
    "RN": "resectable_nodules", "PST": "prior_systemic_therapy",
    "AGE": "age_eligible", "PS": "performance_status",
    "PF": "pulmonary_function_adequate",
    "LR": "active_local_recurrence", "MPE": "malignant_pleural_effusion",
    "GEM": "prior_gemcitabine", "OM": "other_malignancy_5y",
    "INV": "investigational_agent_4w", "CPI": "prior_checkpoint_inhibitor",
    "IMM": "immunomodulator_2w", "AI": "autoimmune_systemic_2y",
    "STER": "systemic_steroids_7d", "TX": "allogeneic_transplant",
    "MAB": "mab_allergy", "TOX": "unresolved_toxicity", "HIV": "hiv",
    "LV": "live_vaccine_30d", "PREG": "pregnant_or_lactating",
}
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
FLAG_CODES = {"n": "negated", "u": "uncertain", "h": "historical",
              "y": "hypothetical", "f": "family"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]*))?\}\}")

PATIENTS = []


def patient(pid, as_of, verdicts, notes, dob=None):
    """verdicts: dict short-key -> 'met' / 'not_met' / 'unknown'.
    notes: list of (date, note_type, annotated(bool), text)."""
    PATIENTS.append(dict(pid=pid, as_of=as_of, verdicts=verdicts, notes=notes,
                         dob=dob))


def V(s):
    """Parse 'H=m PM=m RN=u ...' (m=met, x=not_met, u=unknown)."""
    code = {"m": "met", "x": "not_met", "u": "unknown"}
    out = {}
    for tok in s.split():
        k, v = tok.split("=")
        out[k] = code[v]
    return out


# ---------------------------------------------------------------------------
# PJ01  eligible.  58 M, radiation-associated OS of the right ilium after prostate
# RT 2014 (other cancer > 5 y).  COPD: inhaled triple therapy; oral prednisone
# burst 07/2025 (stale "long-term steroid" line corrected).  Wife has breast cancer.
# ---------------------------------------------------------------------------
patient("PJ01", "2025-11-14", V(""), dob="1967-01-08", notes=[
("2023-02-20", "Pathology report", True, """SURGICAL PATHOLOGY REPORT
Specimen: Right ilium, CT-guided core needle biopsy (4 cores).
Clinical history: {{56-year-old|AGE}} man with a history of {{prostate cancer|OTHER_MALIGNANCY|h}} treated with definitive external beam radiation in 2014; now a painful destructive lesion of the right ilium lying inside the old radiation field.
FINAL DIAGNOSIS: High-grade {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic type, consistent with radiation-associated (secondary) {{osteosarcoma|OSTEOSARCOMA}}.
Comment: Atypical epithelioid and spindle cells deposit lace-like malignant osteoid. PSA and NKX3.1 are negative in the lesional cells, so there is no support for {{metastatic prostate carcinoma|OTHER_MALIGNANCY|n}}. Reviewed at the bone tumor consensus conference 02/20/2023; two pathologists agree.
Electronically signed: R. Okonkwo, MD, Dept. of Pathology, St. Brendan Regional"""),
("2025-07-08", "Emergency department note", True, """emergency department physician note 07/08/2025 dictated via voice recognition please excuse errors
chief complaint shortness of breath
hpi {{58 year old|AGE}} male with copd gold 3 on {{trelegy|LOCAL_STEROID}} one inhalation daily and albuterol as needed presents with three days of worse cough green sputum and wheezing after his grandson had a cold he ran out of albuterol two days ago denies chest pain no fevers
past history radiation associated {{osteosarcoma|OSTEOSARCOMA|h}} of the right ileum status post internal hemipelvectomy june 2023 and completed six cycles of {{doxorubicin|SYSTEMIC_THERAPY|h}} and {{cisplatin|SYSTEMIC_THERAPY|h}} in 2023 followed by the bone tumor clinic prostate radiation 2014 hypertension bph
vitals bp 148/86 hr 104 rr 24 spo2 89 percent on room air 93 percent on 2 liters temp 37.4
exam diffuse expiratory wheeze prolonged expiration no accessory muscle use
chest x-ray hyperinflation no focal consolidation no pneumothorax
assessment copd exacerbation likely viral
plan duonebs x3 in the ed {{prednisone|SYSTEMIC_STEROID}} 40 mg by mouth daily for 5 days first dose given here at 1420 azithromycin 5 day course albuterol refilled discharge home with pcp follow up in one week return if worse"""),
("2025-08-26", "Primary care annual visit", False, """PRIMARY CARE - ANNUAL WELLNESS VISIT  08/26/2025
Provider: L. Tran-Whitfield, NP   Clinic: Maple Street Family Medicine
Feeling better since the ED visit in July, breathing back to baseline. Walks the dog twice a day, about a mile. Sleeping OK. Still sees the bone tumor doctors every 3 months; CT chest scheduled.

PROBLEM LIST
C41.4  Malignant neoplasm of pelvic bones (radiation-associated osteosarcoma R ilium, 2023)
J44.9  Chronic obstructive pulmonary disease, unspecified
Z85.46 Personal history of malignant neoplasm of prostate
I10    Essential hypertension
N40.0  Benign prostatic hyperplasia
Z79.52 Long term (current) use of systemic steroids

MEDICATIONS (per pharmacy fill history)
Trelegy Ellipta 100/62.5/25 mcg 1 inh daily - refilled 08/02/2025
Albuterol HFA 2 puffs q4h prn - refilled 07/08/2025
Prednisone 10 mg tab 1 daily - last fill 07/08/2025
Amlodipine 10 mg daily - refilled 08/02/2025
Tamsulosin 0.4 mg nightly - refilled 06/30/2025
ALLERGIES: penicillin (rash as a child)

Vitals: BP 132/80, HR 82, SpO2 94% RA, BMI 27.1
Immunizations: due for influenza this fall; PCV20 done 2024.
Plan: continue inhalers, colonoscopy 2027, follow up 6 months."""),
("2025-10-01", "Tumor board note", True, """MULTIDISCIPLINARY THORACIC / BONE TUMOR BOARD - 10/01/2025
Presenter: Dr. Hallam (medical oncology)
{{58 yo|AGE}} M with radiation-associated {{osteosarcoma|OSTEOSARCOMA}} of the right ilium (2023), s/p internal hemipelvectomy with negative margins.
Imaging: CT chest 08/19/2025 shows three new {{pulmonary nodules|PULMONARY_NODULE}} (RUL 9 mm, RLL 7 mm, LUL 6 mm), all solid and peripheral, consistent with {{pulmonary metastases|LUNG_METASTASIS}}. pet scan 09/02/2025: the {{nodules|PULMONARY_NODULE}} are mildly avid, no extrathoracic disease, no {{local recurrence|LOCAL_RECURRENCE|n}} in the right hemipelvis. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Discussion: all three lesions are peripheral, away from the hilum.
Consensus: {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}}. Recommend staged bilateral {{VATS wedge resections|LUNG_RESECTION|y}}, right side first. Pulmonary to assess given COPD. Also refer for screening for the {{PROMIS trial|INVESTIGATIONAL|y}} ({{SBRT with penpulimab|CHECKPOINT_INHIBITOR|y}} and {{gemcitabine|GEMCITABINE|y}} before {{metastasectomy|LUNG_RESECTION|y}})."""),
("2025-10-28", "Pulmonary preoperative evaluation", True, """PULMONARY CLINIC - PREOPERATIVE EVALUATION  10/28/2025
{{58-year-old|AGE}} former smoker (45 pack-years, quit 2016) with COPD, referred before staged {{wedge resections|LUNG_RESECTION|y}} of lung {{metastases|METASTASIS}}.
{{PFTs|PULMONARY_FUNCTION}} 10/27/2025: {{FEV1|PULMONARY_FUNCTION}} 1.92 L (71% predicted), {{FEV1/FVC|PULMONARY_FUNCTION}} 0.58, {{DLCO|PULMONARY_FUNCTION}} 66% predicted. 6-minute walk 410 m without desaturation below 91%.
Assessment: moderate COPD, well controlled since the July exacerbation. {{Pulmonary function adequate|PULMONARY_FUNCTION}} for staged {{wedge resections|LUNG_RESECTION|y}}; he is {{cleared for thoracic surgery|PULMONARY_FUNCTION}} from a pulmonary standpoint.
Medication reconciliation today: {{Trelegy Ellipta|LOCAL_STEROID}} 1 inhalation daily, albuterol HFA prn, amlodipine, tamsulosin. The 5-day {{prednisone|SYSTEMIC_STEROID|h}} burst from the ED was completed 07/12/2025 and he has had no {{oral steroids|SYSTEMIC_STEROID|n}} since. The daily {{prednisone|SYSTEMIC_STEROID|n}} line and Z79.52 on the 08/26 list were {{entered in error|CORRECTION}} from the fill history and have been removed.
Vaccines: {{inactivated influenza vaccine|NONLIVE_VACCINE}} (high-dose) 10/20/2025 at his pharmacy; {{PCV20|NONLIVE_VACCINE|h}} 2024.
Functional status: independent, still does yard work - {{ECOG 1|ECOG}}."""),
("2025-11-12", "Medical oncology pre-screening note", True, """MEDICAL ONCOLOGY - PRE-SCREENING   11/12/2025
Name: [redacted]   {{DOB: 01/08/1967|DOB}}   MRN: 40-227-193
Diagnosis: radiation-associated {{osteosarcoma|OSTEOSARCOMA}} of the right ilium, biopsy 02/20/2023; s/p 6 cycles {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|h}} (completed 07/2023) and internal hemipelvectomy 06/2023.
Current: three {{pulmonary metastases|LUNG_METASTASIS}}, judged {{resectable|RESECTABLE}} by tumor board 10/01/2025; cleared by pulmonary.
Prior therapy checklist: no {{gemcitabine|GEMCITABINE|n}}; no {{checkpoint inhibitor|CHECKPOINT_INHIBITOR|n}}; no {{investigational agents|INVESTIGATIONAL|n}}.
Other primaries: {{prostate adenocarcinoma|OTHER_MALIGNANCY|h}} 2014, Gleason 3+4, radiation only, PSA undetectable since - more than 5 years ago.
Social: his wife is in the middle of {{chemotherapy|SYSTEMIC_THERAPY|f}} for {{breast cancer|OTHER_MALIGNANCY|f}}; he drives her to the infusion center.
Labs: {{HIV|HIV|n}} Ag/Ab non-reactive 06/2025. Creatinine 1.0, ANC 3.9, platelets 214.
{{ECOG 1|ECOG}}.
Plan: consent visit next week for the {{PROMIS study|INVESTIGATIONAL|y}}: SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|y}} plus the {{GP regimen|GEMCITABINE|y}}, then {{metastasectomy|LUNG_RESECTION|y}}."""),
])

# ---------------------------------------------------------------------------
# PJ02  excluded.  68 M (DOB), OS in Paget disease L femur; lung mets technically
# resectable but pulmonary reserve insufficient; chemo-naive; ECOG 3; failed
# deceased-donor kidney graft (allogeneic, counts); urothelial ca 04/2023;
# anaphylaxis to omalizumab; prednisone burst ended > 7 d; intravesical BCG 2023.
# ---------------------------------------------------------------------------
patient("PJ02", "2025-12-05",
        V("PST=x AGE=x PS=x PF=x OM=m TX=m MAB=m"), dob="1957-03-02", notes=[
("2025-06-18", "Pathology report", True, """SURGICAL PATHOLOGY
Specimen: Left proximal femur, open incisional biopsy.
Clinical information: {{68-year-old|AGE}} man with long-standing Paget disease of the left femur and hemipelvis (diagnosed 1998, treated with alendronate and later zoledronic acid), now with six weeks of night pain and a new lytic, cortex-destroying lesion with a soft-tissue mass.
DIAGNOSIS: High-grade {{osteosarcoma|OSTEOSARCOMA}} arising in Paget disease of bone. Fibroblastic and osteoblastic patterns; abundant malignant osteoid; background bone shows the mosaic cement lines of Paget disease.
Comment: Findings were discussed with Dr. Esposito (orthopedic oncology) on 06/18/2025."""),
("2025-09-22", "Hospitalist admission H&P", True, """HOSPITAL MEDICINE ADMISSION HISTORY AND PHYSICAL  09/22/2025
CC: worsening dyspnea x 4 days.
HPI: {{68 yo|AGE}} man, ESRD on hemodialysis MWF, severe COPD on 2 L home oxygen, Paget-associated {{osteosarcoma|OSTEOSARCOMA}} of the left femur (dx 06/2025), who missed Friday dialysis and now has dyspnea, wheeze and 3 kg weight gain.
PMH: deceased-donor {{kidney transplant|TRANSPLANT|h}} 2009 for polycystic kidney disease; graft failed 2019, {{immunosuppression|IMMUNOSUPPRESSANT|h}} withdrawn 2019, back on HD since. Non-muscle-invasive {{urothelial carcinoma|OTHER_MALIGNANCY|h}} of the bladder, TURBT 04/2023, surveillance cystoscopies clear. COPD GOLD 4. Paget disease. HTN.
Allergies: {{omalizumab|MONOCLONAL_ANTIBODY}} - {{anaphylaxis|ALLERGIC_REACTION}} in 2020 (hypotension, stridor, two doses of IM epinephrine, ICU admission). Penicillin - rash.
Home meds: {{Breo Ellipta|LOCAL_STEROID}} 1 inh daily, tiotropium, albuterol, sevelamer, cinacalcet, epoetin with dialysis.
CT chest (PE protocol) today: no pulmonary embolism. Multiple bilateral {{pulmonary nodules|PULMONARY_NODULE}}, largest 14 mm in the left lower lobe, new since 06/2025 staging, consistent with {{metastatic disease|METASTASIS}}. Small bilateral layering {{pleural effusions|PLEURAL_EFFUSION}} and interlobular septal thickening, in keeping with volume overload.
Assessment/Plan:
1. Volume overload + COPD exacerbation - urgent ultrafiltration today; {{prednisone|SYSTEMIC_STEROID}} 40 mg PO daily x 5 days (09/22-09/26); nebs; doxycycline.
2. New {{lung metastases|LUNG_METASTASIS}} - notify oncology, outpatient thoracic surgery opinion."""),
("2025-10-15", "Thoracic surgery consult", True, """THORACIC SURGERY CONSULTATION   10/15/2025
Reason: opinion on {{resection|LUNG_RESECTION|y}} of {{pulmonary metastases|LUNG_METASTASIS}} from Paget-associated {{osteosarcoma|OSTEOSARCOMA}}.
Repeat CT chest 10/10/2025 (after dialysis): five {{nodules|PULMONARY_NODULE}}, 5-14 mm, all peripheral, none near the hilum; the small {{effusions|PLEURAL_EFFUSION|h}} seen in September have resolved.
{{PFTs|PULMONARY_FUNCTION}} 10/13/2025: {{FEV1|PULMONARY_FUNCTION}} 0.78 L (29% predicted), {{DLCO|PULMONARY_FUNCTION}} 31% predicted, resting SpO2 90% on 2 L.
Assessment: anatomically the {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}} - each could be taken with a {{wedge resection|LUNG_RESECTION|y}}. However his {{pulmonary reserve is insufficient|PULMONARY_FUNCTION}}; predicted postoperative values would be prohibitive even for {{VATS wedges|LUNG_RESECTION|y}}. He is not a surgical candidate because of {{lung function|PULMONARY_FUNCTION}}. I would not offer surgery. Discussed with patient and wife; they agree."""),
("2025-11-20", "Nephrology dialysis rounding note", False, """NEPHROLOGY - MONTHLY DIALYSIS ROUNDING NOTE 11/20/2025
Unit: Riverside Dialysis, chair 14, MWF 2nd shift
Access: L brachiocephalic AVF, good thrill.
Dry weight 71.5 kg, post-HD 71.8 kg. IDWG 2.1-2.8 kg. BP 138/70 pre.
Labs 11/17: Hgb 10.4, K 4.9, phos 5.6, Ca 8.9, PTH 410, albumin 3.3, Kt/V 1.41.
Transplant history: DDKT 2009 at University Hospital (PKD); chronic allograft nephropathy, graft failure 2019, failed graft left in situ, tacrolimus and mycophenolate tapered off 2019, no rejection symptoms since.
Bladder: TURBT 04/2023 for low-grade NMIBC, intravesical BCG induction 05-06/2023, cystoscopy 08/2025 negative.
Meds: sevelamer 1600 mg TID with meals, cinacalcet 30 mg daily, epoetin alfa per protocol, Breo, tiotropium, albuterol.
Plan: continue current prescription, raise sevelamer, nutrition consult. Oncology follow-up 12/03."""),
("2025-12-03", "Medical oncology follow-up", True, """MEDICAL ONCOLOGY FOLLOW-UP   12/03/2025
{{DOB: 03/02/1957|DOB}} ({{68 y.o.|AGE}})
Diagnosis: high-grade {{osteosarcoma|OSTEOSARCOMA}} arising in Paget disease, left proximal femur (biopsy 06/18/2025), with bilateral {{pulmonary metastases|LUNG_METASTASIS}} (09/2025).
Treatment to date: {{chemotherapy-naive|CHEMO_NAIVE}}. {{Cisplatin|SYSTEMIC_THERAPY|y}} and {{high-dose methotrexate|SYSTEMIC_THERAPY|y}} are not options on dialysis; he declined {{doxorubicin|SYSTEMIC_THERAPY|n}}-based therapy in July.
Function: uses a wheelchair outside the house, in his recliner most of the day, needs help bathing. {{ECOG 3|ECOG}}.
Other history: {{urothelial carcinoma|OTHER_MALIGNANCY|h}} 04/2023; failed deceased-donor {{kidney transplant|TRANSPLANT|h}} (2009-2019); {{anaphylaxis|ALLERGIC_REACTION|h}} to {{omalizumab|MONOCLONAL_ANTIBODY|h}}. Wife (his main caregiver) has {{PD|LOOKALIKE}} - Parkinson disease - and is becoming less able to help.
Thoracic surgery 10/15: {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by {{wedge|LUNG_RESECTION|y}} but {{pulmonary function prohibitive|PULMONARY_FUNCTION}}.
Screening review: not a candidate for the {{PROMIS trial|INVESTIGATIONAL|y}} (age, {{ECOG 3|ECOG}}, {{lung function|PULMONARY_FUNCTION}}, prior {{transplant|TRANSPLANT|h}}, second {{cancer|OTHER_MALIGNANCY|h}} within 5 years).
Plan: palliative radiotherapy to the femur for pain, hospice information given, goals-of-care conversation continued; revisit in 4 weeks."""),
])

# ---------------------------------------------------------------------------
# PJ03  needs_review.  44 M, chondroblastic OS L femur 2021, MAP; LLL mets,
# segmentectomy recommended, PFTs fine, ECOG 0.  Unknown: possible local
# recurrence (biopsy pending), pembrolizumab with no response documented,
# steroid taper of unknown route ending 3 days before as_of, reactive HIV screen
# awaiting confirmation.
# ---------------------------------------------------------------------------
patient("PJ03", "2026-03-20", V("LR=u CPI=u STER=u HIV=u"), notes=[
("2025-12-10", "Medical oncology follow-up", True, """SARCOMA CLINIC FOLLOW-UP   12/10/2025
{{44-year-old|AGE}} man, HVAC technician, with chondroblastic {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur diagnosed 03/2021. Treated with 6 cycles of {{MAP|SYSTEMIC_THERAPY|h}} (neoadjuvant and adjuvant) and distal femoral resection with endoprosthesis 06/2021; 90% necrosis.
After he moved here, outside records from Lakeshore Medical Center show he {{previously received pembrolizumab|CHECKPOINT_INHIBITOR|h}} 04/2022-01/2023 as off-label maintenance. The records contain infusion logs only; no imaging reports, no response assessment and no reason for stopping. He does not remember what the scans showed.
Surveillance CT chest 12/08/2025: two new solid {{nodules|PULMONARY_NODULE}} in the left lower lobe (8 mm and 11 mm), both peripheral, consistent with {{pulmonary metastases|LUNG_METASTASIS}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Plan: tumor board, {{PFTs|PULMONARY_FUNCTION|y}}, request the missing Lakeshore scan reports again."""),
("2026-01-14", "Tumor board note", True, """SARCOMA TUMOR BOARD  01/14/2026
Case: {{44M|AGE}}, left femur {{osteosarcoma|OSTEOSARCOMA}} (2021), two LLL {{metastases|METASTASIS}}.
Radiology: both {{nodules|PULMONARY_NODULE}} in the superior segment of the LLL, 2 cm apart, peripheral.
Thoracic surgery: {{resectable|RESECTABLE}}; recommend LLL superior {{segmentectomy|LUNG_RESECTION|y}} (VATS).
{{PFTs|PULMONARY_FUNCTION}} 01/09/2026: {{FEV1|PULMONARY_FUNCTION}} 94% predicted, {{DLCO|PULMONARY_FUNCTION}} 88% - {{adequate for resection|PULMONARY_FUNCTION}}.
Recommendation: screen for the {{PROMIS trial|INVESTIGATIONAL|y}} first; if not eligible, proceed directly to surgery."""),
("2026-03-05", "MRI report", True, """MRI LEFT FEMUR WITH AND WITHOUT CONTRAST   03/05/2026
Indication: history of {{osteosarcoma|OSTEOSARCOMA|h}}, distal femoral endoprosthesis, new posterior thigh fullness.
Findings: Metal artifact limits evaluation near the stem. Along the posterior margin of the endoprosthesis there is a 1.8 x 1.4 cm enhancing soft-tissue {{nodule|LOOKALIKE}} that was not present on the 03/2025 study. It is T2 intermediate and shows early arterial enhancement. No marrow signal abnormality proximal to the stem. No fluid collection.
Impression: New enhancing {{nodule|LOOKALIKE}} in the resection bed, concerning for {{local recurrence|LOCAL_RECURRENCE|u}}; granulation tissue is less likely. Tissue sampling recommended."""),
("2026-03-11", "Primary care annual visit", False, """primary care annual physical 03/11/2026 voice dictation
44 year old man here for yearly physical feels well except itchy rash on both forearms from clearing brush last weekend was seen at quick care on 3/4 and given something for it he cannot remember the name
review of systems negative otherwise
screening labs drawn 3/9 lipid panel ldl 131 a1c 5.6 hep c antibody nonreactive hiv 4th generation antigen antibody screen reactive discussed with patient by phone today he is very surprised no known exposures monogamous with his wife for 15 years no iv drug use no transfusions since 2021 surgery hiv 1 2 differentiation assay and viral load sent today results pending
vaccines tdap 2024 flu shot 10/2025 up to date
assessment reactive screening test unconfirmed false positives happen we will call with confirmatory results
plan follow up 2 weeks"""),
("2026-03-18", "Medical oncology pre-screening note", True, """MEDICAL ONCOLOGY - PRE-SCREENING  03/18/2026
{{44 y.o.|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} L femur, {{pulmonary metastases|LUNG_METASTASIS}} x2, judged {{resectable|RESECTABLE}} (tumor board 01/14). {{ECOG 0|ECOG}} - back at work full time.
Open items before the {{PROMIS|INVESTIGATIONAL|y}} consent visit:
1. MRI 03/05: {{nodule|LOOKALIKE}} at the femoral resection bed, possible {{local recurrence|LOCAL_RECURRENCE|u}}. CT-guided biopsy booked 03/24.
2. Primary care lab 03/09: {{HIV|HIV|u}} antigen/antibody screen reactive; confirmatory differentiation assay and viral load still pending.
3. {{Pembrolizumab|CHECKPOINT_INHIBITOR|h}} 2022-2023 at Lakeshore: best response and reason for stopping still not documented - second records request sent.
4. He finished a "{{steroid|SYSTEMIC_STEROID|u}} taper" from quick care for poison ivy yesterday (03/17). He is not sure whether it was tablets or a cream; quick care has not answered our request.
Prior systemic therapy: {{MAP|SYSTEMIC_THERAPY|h}}. No {{gemcitabine|GEMCITABINE|n}}.
Plan: revisit when the biopsy, the {{HIV|HIV|u}} confirmation and the outside records are back."""),
])

# ---------------------------------------------------------------------------
# PJ04  eligible.  34 F (DOB), osteoblastic OS R femur 2022, MAP; local recurrence
# 09/2023 re-resected with wide negative margins; delivered 08/2024, nursed until
# April 2026 (weaned), serum hCG negative; bilateral resectable lung mets;
# mother's breast cancer.
# ---------------------------------------------------------------------------
patient("PJ04", "2026-06-15", V(""), dob="1991-08-03", notes=[
("2023-10-20", "Operative note summary", True, """ORTHOPAEDIC ONCOLOGY - BRIEF OPERATIVE NOTE   10/20/2023
Patient: {{32-year-old|AGE}} woman with osteoblastic {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur (biopsy 01/2022), s/p {{MAP|SYSTEMIC_THERAPY|h}} x 6 and wide resection with endoprosthetic reconstruction 04/2022.
Indication: biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} (09/2023), 2.3 cm soft-tissue {{nodule|LOOKALIKE}} in the vastus medialis adjacent to the prosthesis.
Procedure: wide re-excision of the recurrent {{nodule|LOOKALIKE}} with a cuff of vastus medialis; prosthesis retained.
Findings: {{nodule|LOOKALIKE}} removed intact; frozen section margins negative.
Final pathology (addended 10/26/2023): recurrent high-grade {{osteosarcoma|OSTEOSARCOMA}}, 2.4 cm; all margins negative, closest 1.1 cm (wide margin, R0).
Disposition: no adjuvant {{chemotherapy|SYSTEMIC_THERAPY|n}} recommended by tumor board; surveillance imaging every 3 months."""),
("2025-02-11", "Primary care visit", False, """Family Medicine - Postpartum / Wellness Visit   02/11/2025
33 y/o G1P1, delivered a healthy girl by C-section on 08/14/2024 at Mercy Women's. Doing well. Exclusively nursing her 6-month-old, supply good, baby gaining weight. Mood good, EPDS 4.
Contraception: copper IUD placed 10/2024, strings felt today.
Oncology: surveillance scans with Dr. Ferreira every 3 months, last CT chest 12/2024 clear, MRI femur no recurrence.
Immunizations: hepatitis B vaccine dose 2 of 3 given today (non-immune on prenatal labs); Tdap given in pregnancy; influenza shot 10/2024.
Meds: prenatal vitamin, ibuprofen prn.
Plan: return for hep B dose 3 in 4 months."""),
("2026-04-22", "CT chest report", True, """CT CHEST WITH CONTRAST   04/22/2026
Clinical history: {{osteosarcoma|OSTEOSARCOMA|h}} of the right femur; surveillance.
Comparison: 01/14/2026.
Findings: New 7 mm solid {{nodule|PULMONARY_NODULE}} in the right middle lobe, lateral segment, abutting the visceral pleura. New 9 mm partially calcified {{nodule|PULMONARY_NODULE}} in the left upper lobe, anterior segment. No hilar or mediastinal adenopathy. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Impression: Two new calcified {{pulmonary nodules|PULMONARY_NODULE}}, one in each lung, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}."""),
("2026-05-27", "Thoracic surgery consult", True, """THORACIC SURGERY CONSULT  05/27/2026
{{34 y/o|AGE}} with {{pulmonary metastases|LUNG_METASTASIS}} x2 (RML 7 mm, LUL 9 mm) from right femoral {{osteosarcoma|OSTEOSARCOMA}}.
Both {{lesions|PULMONARY_NODULE}} are peripheral; no central involvement. {{Resectable|RESECTABLE}}: I recommend staged bilateral {{VATS wedge resections|LUNG_RESECTION|y}}, right first, 4-6 weeks apart.
{{PFTs|PULMONARY_FUNCTION}} 05/20/2026: {{FEV1|PULMONARY_FUNCTION}} 102% predicted, {{DLCO|PULMONARY_FUNCTION}} 91%. {{Pulmonary function is adequate|PULMONARY_FUNCTION}} for staged thoracic surgery.
Prior surgery: right femur resection 2022, re-excision of a {{local recurrence|LOCAL_RECURRENCE|h}} 10/2023 with negative margins; MRI 04/2026 shows no {{recurrence|LOCAL_RECURRENCE|n}} at the femur.
Plan: oncology is screening her for a {{trial|INVESTIGATIONAL|y}} first; if she does not enroll we will book the right side."""),
("2026-06-12", "Medical oncology pre-screening note", True, """MEDICAL ONCOLOGY - PRE-SCREENING  06/12/2026
{{DOB: 08/03/1991|DOB}}
Dx: osteoblastic {{osteosarcoma|OSTEOSARCOMA}}, R distal femur (2022); {{MAP|SYSTEMIC_THERAPY|h}} x 6; {{local recurrence|LOCAL_RECURRENCE|h}} re-excised 10/2023, wide margins, no {{recurrence|LOCAL_RECURRENCE|n}} since. Now two {{lung metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} per thoracic surgery 05/27.
Reproductive: delivered 08/2024. She {{nursed|LACTATION|h}} until April of this year and has fully weaned - not {{breastfeeding|LACTATION|n}} now. Serum {{beta-hCG|PREGNANCY_TEST|n}} 06/10/2026 negative (<2). IUD in place.
Family history: mother with {{breast cancer|OTHER_MALIGNANCY|f}} at 52, alive; maternal aunt with ovarian {{cancer|OTHER_MALIGNANCY|f}}. Genetics referral (germline TP53 testing) placed.
No prior {{gemcitabine|GEMCITABINE|n}} or {{immunotherapy|CHECKPOINT_INHIBITOR|n}}. No {{autoimmune disease|AUTOIMMUNE_DISEASE|n}}. Vaccines: {{hepatitis B series|NONLIVE_VACCINE|h}} completed 06/2025.
{{ECOG 0|ECOG}}: runs 3 miles twice a week.
Plan: consent for the {{PROMIS trial|INVESTIGATIONAL|y}} (SBRT plus {{penpulimab|CHECKPOINT_INHIBITOR|y}} and {{gemcitabine|GEMCITABINE|y}}, then {{metastasectomy|LUNG_RESECTION|y}})."""),
])

# ---------------------------------------------------------------------------
# PJ05  excluded.  41 F, OS L tibia 2022; camrelizumab + apatinib 12/2023-08/2024
# with PR ~5 months then PD (secondary resistance); gem/docetaxel 09/2024-01/2025;
# now 21 weeks pregnant, active local recurrence, cytology-positive pleural
# effusion, central nodules abutting the right main pulmonary artery.
# ---------------------------------------------------------------------------
patient("PJ05", "2026-01-22",
        V("RN=x PF=u LR=m MPE=m GEM=m CPI=m PREG=m"), notes=[
("2024-08-30", "Medical oncology follow-up", True, """SARCOMA MEDICAL ONCOLOGY   08/30/2024
{{39-year-old|AGE}} woman, {{osteosarcoma|OSTEOSARCOMA}} L proximal tibia (2022), {{MAP|SYSTEMIC_THERAPY|h}} and resection 2022, {{lung metastases|LUNG_METASTASIS}} 10/2023.
Current regimen: {{camrelizumab|CHECKPOINT_INHIBITOR}} 200 mg IV q2w + {{apatinib|SYSTEMIC_THERAPY}} 500 mg daily since 12/05/2023.
Response history: CT 03/2024 {{partial response|TUMOR_RESPONSE}} (sum of diameters -38%); CT 06/2024 {{PR|TUMOR_RESPONSE}} maintained; CT 08/26/2024 new right lower lobe {{nodules|PULMONARY_NODULE}} and growth of the LUL {{lesion|PULMONARY_NODULE}} - {{progressive disease|TUMOR_RESPONSE}} by RECIST 1.1 after about 5 months of response.
Assessment: acquired resistance to {{camrelizumab|CHECKPOINT_INHIBITOR|h}}/{{apatinib|SYSTEMIC_THERAPY|h}}.
Plan: stop both. Start {{gemcitabine|GEMCITABINE}} 900 mg/m2 d1, d8 + docetaxel 75 mg/m2 d8 q21d, C1 09/09/2024. Pegfilgrastim support."""),
("2025-01-28", "Medical oncology follow-up", False, """Sarcoma clinic 01/28/2025. Completed cycle 5 of gemcitabine/docetaxel on 01/06/2025. CT chest 01/22: stable disease, lesions unchanged from 11/2024. Grade 1 neuropathy in toes, mild edema from docetaxel, both improving. She and her husband asked about a break; after discussion we agreed on a treatment holiday with CT every 8 weeks. Contraception counselled. ECOG 0. Return 03/2025."""),
("2025-12-15", "Obstetrics prenatal visit", True, """HIGH-RISK OBSTETRICS - NEW PRENATAL VISIT  12/15/2025
{{40 y.o.|AGE}} G2P1, LMP 08/25/2025, {{16w0d|PREGNANCY}} by a 9-week ultrasound. Unplanned {{pregnancy|PREGNANCY}}, conceived during her treatment break; patient wishes to continue.
History: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} of the left tibia with {{lung metastases|LUNG_METASTASIS}}, last {{chemotherapy|SYSTEMIC_THERAPY|h}} ({{gemcitabine|GEMCITABINE|h}}/docetaxel) 01/2025, before conception.
Prenatal labs: blood type O+, antibody screen negative, rubella immune, {{HIV|HIV|n}} 1/2 Ag/Ab non-reactive, HBsAg negative, RPR non-reactive.
Exam: fundal height appropriate, FHT 152.
Plan: anatomy scan at 20 weeks, fetal echo not needed, co-management with oncology, MFM consult. Low-dose aspirin started."""),
("2026-01-08", "Emergency department note", True, """ED NOTE  01/08/2026  dictated
{{40 year old|AGE}} female {{19 weeks pregnant|PREGNANCY}} with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} to the lungs presents with 2 weeks of progressive dyspnea and right sided chest heaviness
spo2 91 percent room air hr 112 bp 108/64 afebrile fetal heart tones 148 by doppler
bedside ultrasound large right {{pleural effusion|PLEURAL_EFFUSION}}
ct chest with shielding large right {{effusion|PLEURAL_EFFUSION}} with {{nodular pleural thickening|LOOKALIKE}} multiple bilateral {{nodules|PULMONARY_NODULE}} larger than 2025 the dominant right hilar {{mass|PULMONARY_NODULE}} abuts the {{right main pulmonary artery|CENTRAL_STRUCTURE}}
ultrasound guided thoracentesis 1.4 liters blood tinged fluid sent for cell count chemistry and cytology
admitted to hospital medicine with ob following"""),
("2026-01-20", "Medical oncology inpatient consult", True, """MEDICAL ONCOLOGY CONSULT (inpatient)  01/20/2026
{{41 y.o.|AGE}} F, {{21 weeks gestation|PREGNANCY}}, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
Pleural fluid cytology (01/09/2026, final): positive for malignant cells, morphology and SATB2 staining consistent with {{osteosarcoma|OSTEOSARCOMA}} - {{malignant pleural effusion|MALIGNANT_EFFUSION}}. Fluid re-accumulating; IR consulted for a tunneled pleural catheter.
MRI left leg (non-contrast, 01/16): 3.1 cm enhancing-equivalent soft-tissue mass at the proximal tibial resection margin, diffusion restricted, new since 06/2025 - active {{local recurrence|LOCAL_RECURRENCE}}.
Thoracic surgery opinion 01/19: the dominant right hilar {{nodule|PULMONARY_NODULE}} abuts the {{right main pulmonary artery|CENTRAL_STRUCTURE}}; complete clearance would need a right {{pneumonectomy|PNEUMONECTOMY|y}}. Disease is {{unresectable|UNRESECTABLE}}.
Prior therapy: {{MAP|SYSTEMIC_THERAPY|h}}; {{camrelizumab|CHECKPOINT_INHIBITOR|h}} + {{apatinib|SYSTEMIC_THERAPY|h}} ({{PR|TUMOR_RESPONSE}} then {{progression|TUMOR_RESPONSE}} 08/2024); {{gemcitabine|GEMCITABINE|h}}/docetaxel x 5.
{{ECOG 1|ECOG}} before this admission.
Not a candidate for the {{PROMIS trial|INVESTIGATIONAL|y}}. Plan: pleural catheter, palliative care, MFM to discuss timing of delivery and any {{systemic therapy|SYSTEMIC_THERAPY|y}} options in {{pregnancy|PREGNANCY}}."""),
])

# ---------------------------------------------------------------------------
# PJ06  needs_review.  57 M, radiation-field humerus tumour after Hodgkin (2009);
# core biopsy "favor osteosarcoma", expert review pending; indeterminate nodules;
# small effusion never sampled; Huaier stop date unclear; stem-cell transplant type
# not recorded; pharmacy travel shots (possibly yellow fever) 2 weeks before.
# ---------------------------------------------------------------------------
patient("PJ06", "2025-08-29",
        V("H=u PM=u RN=u PF=u MPE=u IMM=u TX=u LV=u"), notes=[
("2025-05-19", "Emergency department note", False, """EMERGENCY DEPARTMENT  05/19/2025  22:40
57 yo RHD man, warehouse supervisor, felt a pop and severe pain in the right upper arm lifting a box at work this evening. Aching in that arm for 2 months, worse at night, took ibuprofen.
PMH: Hodgkin lymphoma 2009, chemo and mantle-field radiation, relapse 2010 treated at University Hospital; hypothyroidism; hyperlipidemia.
Meds: levothyroxine 100 mcg, atorvastatin 20 mg.
Exam: swelling and tenderness of the proximal right humerus, NV intact distally.
X-ray right humerus: permeative lytic lesion of the proximal diaphysis with cortical breakthrough, sunburst periosteal reaction and a nondisplaced pathologic fracture.
Impression: pathologic fracture through an aggressive bone lesion - primary bone tumor vs metastasis vs lymphoma recurrence.
Plan: sling, pain control, orthopedic oncology clinic in 48 hours, MRI ordered, CBC/CMP/LDH normal except ALP 188."""),
("2025-06-02", "Pathology report", True, """SURGICAL PATHOLOGY - CORE BIOPSY, RIGHT PROXIMAL HUMERUS  06/02/2025
Clinical: {{57-year-old|AGE}} man; prior mantle radiation for {{Hodgkin lymphoma|OTHER_MALIGNANCY|h}} (2009); aggressive lytic humeral lesion with pathologic fracture.
DIAGNOSIS: High-grade malignant spindle cell neoplasm with focal osteoid-like eosinophilic matrix; in this field of prior radiation the features {{favor osteosarcoma|OSTEOSARCOMA|u}} (radiation-associated). The matrix is scant and crushed, and {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|u}} cannot be excluded on this sample. CD30, CD15, PAX5 and keratins negative - no evidence of recurrent {{lymphoma|OTHER_MALIGNANCY|n}}.
Comment: Blocks sent for expert consultation (bone pathology, University Hospital). An addendum will follow."""),
("2025-06-10", "CT chest report", True, """CT CHEST WITH CONTRAST  06/10/2025
Indication: staging, high-grade bone tumor of the right humerus.
Findings: Three subcentimeter solid {{nodules|PULMONARY_NODULE}}: 4 mm RUL, 3 mm RLL, 5 mm lingula. None calcified. Postradiation paramediastinal fibrosis. Small free-flowing left {{pleural effusion|PLEURAL_EFFUSION}} without pleural thickening or {{nodularity|LOOKALIKE}}. No adenopathy.
Impression: 1. Indeterminate {{pulmonary nodules|PULMONARY_NODULE}}, too small to characterize; {{metastases|METASTASIS|u}} not excluded. Recommend short-interval follow-up CT. 2. Small left {{pleural effusion|PLEURAL_EFFUSION}}, nonspecific."""),
("2025-07-01", "Medical oncology consult", True, """MEDICAL ONCOLOGY CONSULTATION  07/01/2025
{{57-year-old|AGE}} man with a high-grade radiation-associated bone tumor of the right humerus, {{favor osteosarcoma|OSTEOSARCOMA|u}}; expert review still pending at 4 weeks.
PMH: {{Hodgkin lymphoma|OTHER_MALIGNANCY|h}} stage IIA 2009 - ABVD x 4 and mantle radiation; relapse 2010 treated with salvage {{chemotherapy|SYSTEMIC_THERAPY|h}} and a {{stem cell transplant|TRANSPLANT|h}} at University Hospital in 10/2010. The outside summary does not say whether the {{transplant|TRANSPLANT|h}} was autologous or allogeneic; he does not remember a donor. Records requested. Hypothyroid on {{levothyroxine|REPLACEMENT_THERAPY}}.
Supplements: his brother in Guangzhou mailed him {{Huaier granules|IMMUNOMODULATOR|u}} after the diagnosis; he took them "for a while" in June and thinks he stopped, but his wife believes he still takes a sachet some mornings.
Staging: indeterminate {{pulmonary nodules|PULMONARY_NODULE}}, small left {{effusion|PLEURAL_EFFUSION}}.
Plan: given high-grade features and a pathologic fracture, start {{doxorubicin|SYSTEMIC_THERAPY}} 75 mg/m2 + {{ifosfamide|SYSTEMIC_THERAPY}} 10 g/m2 per cycle now rather than wait for the final review; C1 today. Ask him to bring all supplements to the next visit."""),
("2025-08-25", "Hospital discharge summary", True, """HOSPITAL MEDICINE DISCHARGE SUMMARY
Admit 08/19/2025  Discharge 08/25/2025
Principal diagnosis: febrile neutropenia after cycle 2 of {{doxorubicin|SYSTEMIC_THERAPY|h}}/{{ifosfamide|SYSTEMIC_THERAPY|h}}.
Hospital course: {{57 yo|AGE}} M admitted with T 38.9 and ANC 100 on day 10 of C2. Cultures negative. Cefepime 5 days, counts recovered 08/23. Chest x-ray: persistent small left {{pleural effusion|PLEURAL_EFFUSION}}, not enough to tap; no consolidation. CT chest 08/20: the three small {{nodules|PULMONARY_NODULE}} are unchanged and remain indeterminate.
He mentioned he had his "travel shots" at a pharmacy two weeks before admission for a safari in Tanzania later this year and thinks {{yellow fever|LIVE_VACCINE|u}} was one of them; the pharmacy record has not been obtained.
Bone pathology expert review still pending on discharge.
Condition at discharge: ambulatory, independent in self-care, working from home - {{ECOG 1|ECOG}}.
Follow-up: oncology 09/02, pharmacy vaccine record, outside {{transplant|TRANSPLANT|h}} records."""),
])

# ---------------------------------------------------------------------------
# PJ07  eligible.  45 M, telangiectatic OS L humerus; pembrolizumab 05-08/2024
# with progression at the first restaging (primary resistance -> not_met);
# ifosfamide/etoposide PR; new RLL mets, segmentectomy; husband HIV+, patient on
# PrEP, HIV non-reactive.  PD-L1 staining and "PD" as progression.
# ---------------------------------------------------------------------------
patient("PJ07", "2026-02-27", V(""), notes=[
("2024-08-12", "Medical oncology follow-up", True, """SARCOMA CLINIC  08/12/2024
{{43-year-old|AGE}} man with telangiectatic {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus (2022), treated with {{MAP|SYSTEMIC_THERAPY|h}} and resection; bilateral {{pulmonary metastases|LUNG_METASTASIS}} 04/2024.
Tumor {{PD-L1 staining|LOOKALIKE}} 5% (22C3); TMB 11 mut/Mb.
Started {{pembrolizumab|CHECKPOINT_INHIBITOR}} 200 mg q3w on 05/06/2024, 4 doses.
First restaging CT 08/05/2024: all target {{nodules|PULMONARY_NODULE}} larger (+41%), two new {{lesions|PULMONARY_NODULE}} - {{PD|TUMOR_RESPONSE}} at the first assessment; no prior response or stable period. Primary refractory to {{PD-1 blockade|CHECKPOINT_INHIBITOR|h}}.
Plan: discontinue {{pembrolizumab|CHECKPOINT_INHIBITOR|h}}. Start {{ifosfamide|SYSTEMIC_THERAPY}} 1.8 g/m2 + {{etoposide|SYSTEMIC_THERAPY}} 100 mg/m2 d1-5 q21d with mesna, C1 08/19/2024."""),
("2025-01-30", "Medical oncology follow-up", False, """Sarcoma clinic 01/30/2025 - completed 6 cycles of ifosfamide/etoposide on 01/06/2025. CT 01/24: partial response, the largest LUL nodule 14 -> 6 mm, two RLL nodules no longer seen. No neurotoxicity, creatinine stable 0.9. Counts recovered. Plan: surveillance CT every 3 months; discussed that VATS resection of the residual LUL nodule could be considered if it persists. He is back at work as a middle-school science teacher."""),
("2025-12-19", "CT chest report", True, """CT CHEST WITH CONTRAST  12/19/2025
History: {{osteosarcoma|OSTEOSARCOMA|h}}, prior {{pulmonary metastases|LUNG_METASTASIS|h}} with response to {{chemotherapy|SYSTEMIC_THERAPY|h}}; surveillance.
Findings: Residual 6 mm LUL {{nodule|PULMONARY_NODULE}}, unchanged since 01/2025. Two new solid {{nodules|PULMONARY_NODULE}} in the right lower lobe posterior basal segment, 8 mm and 10 mm, the larger with punctate calcification. No {{pleural effusion|PLEURAL_EFFUSION|n}}. No adenopathy.
Impression: New RLL {{nodules|PULMONARY_NODULE}} consistent with recurrent {{metastases|METASTASIS}}."""),
("2026-01-21", "Sexual health clinic visit", True, """SEXUAL HEALTH / PrEP CLINIC  01/21/2026
{{45 yo|AGE}} M here for 3-monthly PrEP follow-up. Married; husband is {{HIV-positive|HIV|f}}, on {{Biktarvy|HIV|f}} with an undetectable viral load since 2019 (per husband's ID physician letter). Patient takes daily oral PrEP, adherence excellent, no missed doses.
Labs today: {{HIV|HIV|n}}-1/2 antigen/antibody non-reactive; RPR non-reactive; creatinine 0.9; GC/CT NAAT negative at three sites.
Vaccines: {{hepatitis B|NONLIVE_VACCINE|h}} immune (vaccinated 2009); {{HPV 9-valent|NONLIVE_VACCINE|h}} series completed 2023; {{MenACWY|NONLIVE_VACCINE|h}} 2022.
Onc note reviewed: upcoming lung surgery for {{osteosarcoma|OSTEOSARCOMA}} {{metastases|METASTASIS}}. Plan: continue PrEP, 90-day supply, return 04/2026."""),
("2026-02-20", "Thoracic surgery consult", True, """THORACIC SURGERY  02/20/2026
Referred for two new right lower lobe {{metastases|METASTASIS}} (8 and 10 mm) and a stable 6 mm LUL residual {{nodule|PULMONARY_NODULE}} from {{osteosarcoma|OSTEOSARCOMA}}.
Assessment: all three {{lesions|PULMONARY_NODULE}} are {{resectable|RESECTABLE}}. Recommend right VATS posterior-basal {{segmentectomy|LUNG_RESECTION|y}}, with a later left {{wedge resection|LUNG_RESECTION|y}} if the LUL {{nodule|PULMONARY_NODULE}} grows.
{{PFTs|PULMONARY_FUNCTION}} 02/18/2026: {{FEV1|PULMONARY_FUNCTION}} 97% predicted, {{DLCO|PULMONARY_FUNCTION}} 89% predicted - {{adequate|PULMONARY_FUNCTION}}.
Performance: teaching full time, mild shoulder limitation - {{ECOG 1|ECOG}}.
He would like to hear about the {{PROMIS trial|INVESTIGATIONAL|y}} first; oncology to see him next week."""),
("2026-02-25", "Medical oncology pre-screening note", False, """Medical oncology pre-screening 02/25/2026. 45-year-old with telangiectatic osteosarcoma (left humerus, 2022), MAP, then pembrolizumab 05-08/2024 with progression at the very first scan (primary resistance), then ifosfamide/etoposide with partial response. Now two new resectable RLL metastases; PFTs adequate; ECOG 1. Never received gemcitabine. HIV negative (PrEP clinic 01/21/2026; his husband is the one living with HIV). No steroids, no autoimmune disease, no transplant, no recent vaccines. Plan: consent visit for PROMIS (SBRT plus penpulimab and gemcitabine, then metastasectomy) on 03/04."""),
])

# ---------------------------------------------------------------------------
# PJ08  excluded.  DOB 1959-11-02 -> 66 on as_of (turned 66 two weeks earlier;
# earlier notes say 65).  HIV on Biktarvy; deceased-donor kidney transplant 2016 on
# tacrolimus + mycophenolate; melanoma 05/2023; OS R femur with NO lung mets;
# ECOG 3 in rehab.
# ---------------------------------------------------------------------------
patient("PJ08", "2025-11-16",
        V("PM=x RN=u PF=u AGE=x PS=x OM=m TX=m STER=m HIV=m"), dob="1959-11-02", notes=[
("2025-06-09", "Orthopaedic oncology new patient note", True, """ORTHOPAEDIC ONCOLOGY - NEW PATIENT  06/09/2025
{{65-year-old|AGE}} man, retired bus mechanic, referred with 3 months of right knee pain and a distal femoral lesion.
Biopsy 06/05/2025 (CT-guided): high-grade conventional {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic.
Staging: CT chest 06/06/2025 - no {{pulmonary metastases|LUNG_METASTASIS|n}}; a 3 mm calcified granuloma in the RUL, stable since 2016. Bone scan - uptake only in the right distal femur.
PMH: {{HIV|HIV}} infection diagnosed 2003, on {{Biktarvy|HIV}}, viral load undetectable, CD4 600s. {{HIV|HIV}}-associated nephropathy -> deceased-donor {{kidney transplant|TRANSPLANT|h}} 2016, stable graft on {{tacrolimus|IMMUNOSUPPRESSANT}} and {{mycophenolate|IMMUNOSUPPRESSANT}} ({{steroid|SYSTEMIC_STEROID|n}}-free protocol). Superficial spreading {{melanoma|OTHER_MALIGNANCY|h}} of the left forearm, pT1b, wide local excision 05/2023, sentinel node negative. Hypertension, gout.
Plan: discuss at sarcoma board; neoadjuvant {{chemotherapy|SYSTEMIC_THERAPY|y}} modified for the renal allograft (no {{cisplatin|SYSTEMIC_THERAPY|n}}, no {{high-dose methotrexate|SYSTEMIC_THERAPY|n}}), then limb-salvage resection."""),
("2025-07-14", "Transplant nephrology follow-up", False, """Transplant Nephrology  07/14/2025
65M, DDKT 2016 for HIVAN, here with his partner. Creatinine 1.4 (baseline 1.3-1.5). Tacrolimus trough 6.1 on 3 mg BID; mycophenolate mofetil 500 mg BID. Doxorubicin/ifosfamide started 06/23 - mesna and aggressive hydration; we will monitor creatinine and phosphate weekly during ifosfamide. HIV: Biktarvy daily, VL <20 copies/mL 07/01, CD4 612. BP 134/78. No rejection. Refills sent: tacrolimus (due 08/10), mycophenolate (due 08/10), Biktarvy (due 08/01), allopurinol. Next visit 10/2025."""),
("2025-09-30", "Medical oncology follow-up", True, """MEDICAL ONCOLOGY  09/30/2025
{{65 yo|AGE}} M, high-grade {{osteosarcoma|OSTEOSARCOMA}} R distal femur.
Completed 3 cycles of {{doxorubicin|SYSTEMIC_THERAPY|h}} 60 mg/m2 + {{ifosfamide|SYSTEMIC_THERAPY|h}} 9 g/m2 (06/23-08/25/2025). Creatinine peaked at 1.9 with cycle 2 and is back to 1.4; no ongoing {{nephrotoxicity|TOXICITY|n}}. MRI: tumor smaller, 20% volume reduction.
Ongoing {{tacrolimus|IMMUNOSUPPRESSANT}} and {{mycophenolate|IMMUNOSUPPRESSANT}} for the {{kidney graft|TRANSPLANT}}; {{Biktarvy|HIV}} for {{HIV|HIV}}.
{{Melanoma|OTHER_MALIGNANCY|h}} (2023): dermatology skin check 09/2025 clear.
Plan: distal femoral resection and endoprosthesis 10/08/2025 (Dr. Ahn)."""),
("2025-10-28", "Inpatient rehabilitation progress note", True, """INPATIENT REHABILITATION - WEEKLY TEAM NOTE  10/28/2025
{{65-year-old|AGE}} male POD 20 after right distal femoral resection and endoprosthetic reconstruction for {{osteosarcoma|OSTEOSARCOMA}}, course complicated by wound dehiscence requiring washout 10/16 and a gastrocnemius flap.
Function this week: transfers bed-chair with moderate assist of one, ambulates 15 ft with walker and knee immobilizer, non-weight-bearing for the flap. In bed or wheelchair most of the day. Needs help with lower-body dressing and bathing. Performance status {{ECOG 3|ECOG}}.
Medications: {{tacrolimus|IMMUNOSUPPRESSANT}}, {{mycophenolate|IMMUNOSUPPRESSANT}}, {{Biktarvy|HIV}}, enoxaparin, oxycodone prn, cefazolin (through 11/01).
Plan: continue PT/OT 3 h/day, plastics follow-up, anticipated discharge to home with home health 11/12."""),
("2025-11-14", "Medical oncology pre-screening note", True, """MEDICAL ONCOLOGY  11/14/2025
{{DOB: 11/02/1959|DOB}}, {{age 66|AGE}} as of this month.
Restaging CT chest 11/10/2025: no {{pulmonary nodules|PULMONARY_NODULE|n}}, no {{pulmonary metastases|LUNG_METASTASIS|n}}; calcified RUL granuloma unchanged.
Surgical pathology (10/08): 70% necrosis, margins negative. Flap and incision fully healed (plastics 11/12). Home since 11/12 but deconditioned, still mostly wheelchair-bound - {{ECOG 3|ECOG}}.
Comment: asked about trials; he does not meet the {{PROMIS|INVESTIGATIONAL|y}} population (no lung {{metastases|METASTASIS|n}}, age, performance status, {{kidney transplant|TRANSPLANT|h}} on {{tacrolimus|IMMUNOSUPPRESSANT}}, {{HIV|HIV}}, {{melanoma|OTHER_MALIGNANCY|h}} 2023).
Plan: adjuvant {{doxorubicin|SYSTEMIC_THERAPY|y}}/{{ifosfamide|SYSTEMIC_THERAPY|y}} x 3 more cycles starting 11/24."""),
])

# ---------------------------------------------------------------------------
# PJ09  needs_review.  38 F, OS L ilium treated in Manila 2023 (records thin:
# "GEM?" in a handwritten summary, no regimen documented); lung mets resectable;
# effusion cytology atypical; hydroxychloroquine for possible lupus; reaction to
# rituximab (for ITP 2022) of unrecorded severity; equivocal serum hCG.
# ---------------------------------------------------------------------------
patient("PJ09", "2026-07-31",
        V("PST=u MPE=u GEM=u AI=u MAB=u PREG=u"), notes=[
("2026-03-09", "Medical oncology new patient note", True, """SARCOMA CENTER - NEW PATIENT (transfer of care)   03/09/2026
{{38-year-old|AGE}} woman, nurse, moved from Manila in 12/2025.
Oncologic history (from patient and a 2-page outside summary): left iliac {{osteosarcoma|OSTEOSARCOMA}} diagnosed 05/2023 at a hospital in Quezon City; internal hemipelvectomy 08/2023. The outside summary has a handwritten line "post-op: {{GEM?|GEMCITABINE|u}}" with no dates, doses or cycles, and no other {{chemotherapy|SYSTEMIC_THERAPY|u}} is recorded. She remembers "a few IV treatments" after surgery but not their names; she did not lose her hair. We could not confirm whether any systemic treatment was actually given. Records request sent (third attempt).
Our pathology review of the 2023 slides (03/06/2026): conventional high-grade {{osteosarcoma|OSTEOSARCOMA}}, confirmed.
Other history: {{immune thrombocytopenia|AUTOIMMUNE_DISEASE|h}} 2022 treated with {{rituximab|MONOCLONAL_ANTIBODY|h}} in Manila; the first infusion was stopped for a "{{reaction|ALLERGIC_REACTION|h}}" - she recalls itching and feeling faint but was not admitted; the grade is not documented. Platelets normal since.
Plan: CT chest/abdomen/pelvis, PET."""),
("2026-04-15", "CT chest report", True, """CT CHEST WITH CONTRAST   04/15/2026
Indication: {{osteosarcoma|OSTEOSARCOMA|h}} of the pelvis, restaging.
Findings: Four solid {{nodules|PULMONARY_NODULE}}: RUL 12 mm, RML 6 mm, LLL 9 mm and 7 mm, several with internal calcification, all new compared with the outside CT of 11/2023. Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with mild passive atelectasis; no discrete pleural {{nodularity|LOOKALIKE}}. No adenopathy.
Impression: 1. Bilateral {{pulmonary metastases|LUNG_METASTASIS}}. 2. Moderate right {{pleural effusion|PLEURAL_EFFUSION}}, etiology indeterminate; consider diagnostic thoracentesis."""),
("2026-05-20", "Rheumatology consult", False, """RHEUMATOLOGY CONSULTATION  05/20/2026
38F referred for polyarthralgia (MCPs, wrists), malar-type rash after sun exposure, and mouth ulcers over 3 months. ANA 1:640 homogeneous, anti-dsDNA 14 IU/mL (borderline), C3 slightly low, C4 normal, urinalysis bland, Smith and RNP negative.
Impression: possible systemic lupus erythematosus vs undifferentiated connective tissue disease - does not yet meet classification criteria; her pleural effusion could be serositis or related to her cancer.
Plan: start hydroxychloroquine 200 mg BID today (eye exam baseline), sun protection, repeat serologies in 3 months. No prednisone for now."""),
("2026-06-24", "Cytopathology report", True, """CYTOPATHOLOGY - PLEURAL FLUID, RIGHT   06/24/2026
Clinical: {{pleural effusion|PLEURAL_EFFUSION}}; history of {{osteosarcoma|OSTEOSARCOMA|h}}; possible {{lupus|AUTOIMMUNE_DISEASE|u}} serositis.
Specimen: 600 mL straw-colored fluid, ultrasound-guided thoracentesis.
Diagnosis: ATYPICAL CELLS PRESENT. Scattered enlarged atypical cells with irregular nuclei in a background of reactive mesothelial cells and lymphocytes. The cell block is sparsely cellular and SATB2 could not be assessed. {{Malignancy|MALIGNANT_EFFUSION|u}} cannot be excluded; reactive atypia is also possible. Repeat sampling suggested if clinically indicated."""),
("2026-07-29", "Thoracic surgery consult", True, """THORACIC SURGERY  07/29/2026
{{38 y/o|AGE}} F with four {{pulmonary metastases|LUNG_METASTASIS}} from pelvic {{osteosarcoma|OSTEOSARCOMA}}.
All four {{nodules|PULMONARY_NODULE}} are peripheral. Technically {{resectable|RESECTABLE}} with a right {{wedge resection|LUNG_RESECTION|y}} and a left lower lobe {{segmentectomy|LUNG_RESECTION|y}}.
{{PFTs|PULMONARY_FUNCTION}} 07/22: {{FEV1|PULMONARY_FUNCTION}} 88%, {{DLCO|PULMONARY_FUNCTION}} 79% - {{adequate|PULMONARY_FUNCTION}}.
The right {{effusion|PLEURAL_EFFUSION}} has re-accumulated (small-moderate). Whether it is malignant is unresolved (cytology atypical only); I would want that settled first - if pleural disease is proven, {{metastasectomy|LUNG_RESECTION|y}} is off the table. Recommend VATS pleural biopsy as the first step."""),
("2026-07-30", "Medical oncology pre-screening note", True, """MEDICAL ONCOLOGY - PRE-SCREENING   07/30/2026
{{38 y.o.|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} L ilium, bilateral {{pulmonary metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} per thoracic surgery. {{ECOG 1|ECOG}}.
Unresolved for {{PROMIS|INVESTIGATIONAL|y}}:
- Prior treatment: still no outside records; possible {{gemcitabine|GEMCITABINE|u}} in 2023 unconfirmed.
- Pleural {{effusion|PLEURAL_EFFUSION}}: atypical cytology; VATS pleural biopsy pending.
- Possible {{lupus|AUTOIMMUNE_DISEASE|u}} on {{hydroxychloroquine|DMARD}} since 05/2026.
- {{Rituximab|MONOCLONAL_ANTIBODY|h}} {{reaction|ALLERGIC_REACTION|h}} 2022, severity unknown.
- LMP 06/14/2026 (about 6 weeks ago). Home test "very faint line". Serum {{hCG|PREGNANCY_TEST|u}} 07/30: 9 mIU/mL - equivocal; repeat in 48 hours ordered. Possible early {{pregnancy|PREGNANCY|u}} vs chemical.
Plan: revisit next week."""),
])

# ---------------------------------------------------------------------------
# PJ10  eligible.  62 F (DOB), OS arising in Paget disease of the R ilium;
# doxorubicin/ifosfamide 2024; papillary thyroid ca path 08/28/2020 = 5 y + 13 d
# before as_of (outside); psoriasis on topicals only (methotrexate 2014-2016);
# levothyroxine; Shingrix; husband's prostate cancer.
# ---------------------------------------------------------------------------
patient("PJ10", "2025-09-10", V(""), dob="1963-05-12", notes=[
("2024-01-15", "Pathology report", True, """SURGICAL PATHOLOGY - RIGHT ILIUM, CT-GUIDED CORE BIOPSY   01/15/2024
Clinical: {{60 y/o|AGE}} F with Paget disease of the right hemipelvis since 2011, new pain and a destructive lesion of the iliac wing.
Diagnosis: {{Osteosarcoma|OSTEOSARCOMA}}, high grade, arising in Paget disease of bone. Predominantly osteoblastic with giant-cell-rich areas.
Comment: No features of {{metastatic carcinoma|OTHER_MALIGNANCY|n}}; thyroglobulin and TTF-1 negative (history of thyroid {{carcinoma|OTHER_MALIGNANCY|h}} noted)."""),
("2024-08-02", "Medical oncology follow-up", False, """Medical oncology 08/02/2024. Completed 6 cycles of doxorubicin 75 mg/m2 and ifosfamide 10 g/m2 (02/2024-07/2024) after internal hemipelvectomy 02/2024 - the order was surgery first because of pain and impending fracture. Tolerated with dose delay at C4 for neutropenia. Mild neuropathy none. Hair regrowing. CT chest clear. Surveillance every 3 months."""),
("2025-06-30", "CT chest and PET report", True, """CT CHEST WITH CONTRAST 06/24/2025 AND pet scan 06/27/2025 (combined report)
History: {{osteosarcoma|OSTEOSARCOMA|h}} of the right ilium arising in Paget disease, treated 2024.
CT: Three new solid {{nodules|PULMONARY_NODULE}} - right lower lobe 11 mm (subpleural), right upper lobe 6 mm, left lower lobe 8 mm. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Thyroid bed clear.
PET: {{nodules|PULMONARY_NODULE}} SUV 3.1-4.4. Expected post-surgical uptake in the right hemipelvis, no mass to suggest {{local recurrence|LOCAL_RECURRENCE|n}}. Increased uptake in the left femur and L3 corresponds to known Paget disease.
Impression: {{Pulmonary metastases|LUNG_METASTASIS}} (3). No extrathoracic {{metastatic disease|METASTASIS|n}}."""),
("2025-08-14", "Primary care annual visit", True, """ANNUAL PREVENTIVE VISIT - INTERNAL MEDICINE   08/14/2025
{{62-year-old|AGE}} woman. Busy summer, lung surgery being planned by her {{cancer team|LOOKALIKE}}.
PROBLEM LIST
C41.4  Malignant neoplasm of pelvic bones - {{osteosarcoma|OSTEOSARCOMA}} arising in Paget disease, R ilium (01/2024)
C78.01 {{Secondary malignant neoplasm of right lung|LUNG_METASTASIS}} / C78.02 left lung - {{lung metastases|LUNG_METASTASIS}} (06/2025)
M88.85 Osteitis deformans (Paget disease), pelvis and femur
Z85.850 {{Personal history of malignant neoplasm of thyroid|OTHER_MALIGNANCY|h}} - papillary thyroid {{carcinoma|OTHER_MALIGNANCY|h}}, total thyroidectomy; pathology dated 08/28/2020; RAI 11/2020; thyroglobulin undetectable since
E89.0  Postprocedural hypothyroidism
L40.0  {{Psoriasis vulgaris|AUTOIMMUNE_DISEASE}} - elbows and scalp; {{methotrexate|IMMUNOSUPPRESSANT|h}} 2014-2016 stopped for transaminase rise; topical therapy only since
MEDICATIONS
{{levothyroxine|REPLACEMENT_THERAPY}} 125 mcg daily - refill due 09/20/2025
{{clobetasol 0.05% ointment|LOCAL_STEROID}} BID to plaques on weekends - last filled 05/2025
calcipotriene cream daily
vitamin D3 2000 IU daily
ALLERGIES: sulfa (rash)
Immunizations today: {{Shingrix|NONLIVE_VACCINE}} dose 2 (dose 1 04/2025); {{Tdap|NONLIVE_VACCINE}} up to date (2021).
Vitals: BP 124/76, HR 70, BMI 24.
Plan: TSH normal 1.8, continue dose; mammogram done; flu shot in October."""),
("2025-09-05", "Thoracic surgery and oncology joint visit", True, """JOINT THORACIC SURGERY / ONCOLOGY VISIT   09/05/2025
{{DOB: 05/12/1963|DOB}}
{{Osteosarcoma|OSTEOSARCOMA}} in Paget disease, R ilium; {{doxorubicin/ifosfamide|SYSTEMIC_THERAPY|h}} x 6 completed 07/2024. Three {{pulmonary metastases|LUNG_METASTASIS}}.
Surgery: all three {{nodules|PULMONARY_NODULE}} peripheral and {{resectable|RESECTABLE}} - right VATS with two {{wedge resections|LUNG_RESECTION|y}}, then left {{wedge|LUNG_RESECTION|y}}.
{{PFTs|PULMONARY_FUNCTION}} 09/02/2025: {{FEV1|PULMONARY_FUNCTION}} 84% predicted, {{DLCO|PULMONARY_FUNCTION}} 77% - {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Other: thyroid {{cancer|OTHER_MALIGNANCY|h}} (pathology 08/28/2020), in remission. {{Psoriasis|AUTOIMMUNE_DISEASE}} on topical {{clobetasol|LOCAL_STEROID}} only; no {{methotrexate|IMMUNOSUPPRESSANT|n}} or other oral or injectable treatment since 2016. No {{prednisone|SYSTEMIC_STEROID|n}}. Husband recently finished radiation for {{prostate cancer|OTHER_MALIGNANCY|f}}.
{{ECOG 1|ECOG}} - walks with a cane for distances.
Plan: she wants to be considered for the {{PROMIS trial|INVESTIGATIONAL|y}} ({{penpulimab|CHECKPOINT_INHIBITOR|y}} plus {{gemcitabine|GEMCITABINE|y}} with SBRT before the {{metastasectomy|LUNG_RESECTION|y}}); screening visit 09/12."""),
])

# ---------------------------------------------------------------------------
# PJ11  excluded.  52 F, dedifferentiated CHONDROSARCOMA of the pelvis (frozen
# section "r/o osteosarcoma"); lung mets; no chemo for the sarcoma (methotrexate is
# weekly for RA); RA on MTX + prednisone 5 mg and an investigational BTK
# inhibitor in an RA trial; rituximab anaphylaxis 2021; RA-ILD, not a surgical
# candidate on lung function.
# ---------------------------------------------------------------------------
patient("PJ11", "2026-04-10",
        V("H=x RN=u PST=x PF=x INV=m AI=m STER=m MAB=m"), notes=[
("2024-05-06", "Pathology report", True, """SURGICAL PATHOLOGY - LEFT ACETABULUM / ILIUM, OPEN BIOPSY   05/06/2024
Intraoperative consultation (frozen section): high-grade malignant tumor with cartilaginous areas; {{osteosarcoma|OSTEOSARCOMA|u}} not excluded - defer to permanents.
FINAL DIAGNOSIS: {{Dedifferentiated chondrosarcoma|OTHER_SARCOMA}}. Low-grade hyaline cartilaginous component with an abrupt transition to a high-grade pleomorphic spindle cell component. No tumor osteoid is identified in the dedifferentiated component (extensive sampling, 14 blocks). IDH1 R132C mutation detected, supporting {{chondrosarcoma|OTHER_SARCOMA}}.
Comment: The frozen-section differential of chondroblastic {{osteosarcoma|OSTEOSARCOMA|n}} is not supported by the permanent sections or the molecular result."""),
("2025-11-12", "Rheumatology follow-up", True, """RHEUMATOLOGY FOLLOW-UP   11/12/2025
{{51-year-old|AGE}} woman with seropositive {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}} since 2012, RA-associated interstitial lung disease, and {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} of the pelvis (2024) followed by oncology.
Current RA treatment: {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg PO weekly (Fridays) with folic acid; {{prednisone|SYSTEMIC_STEROID}} 5 mg daily; since 09/2025 enrolled in a phase III {{clinical trial|INVESTIGATIONAL}} of an {{investigational|INVESTIGATIONAL}} oral BTK inhibitor (blinded {{study drug|INVESTIGATIONAL}} 1 tablet daily, cycle 3 dispensed today by the research pharmacy).
Drug allergy: {{rituximab|MONOCLONAL_ANTIBODY|h}} 2021 - {{anaphylaxis|ALLERGIC_REACTION|h}} 10 minutes into the first infusion (bronchospasm, BP 70/40, epinephrine, overnight ICU stay) - grade 4. Never re-challenged.
Disease activity: DAS28-CRP 3.4, moderate; 6 tender, 3 swollen joints.
Plan: continue {{methotrexate|IMMUNOSUPPRESSANT}} and {{prednisone|SYSTEMIC_STEROID}}; continue {{trial|INVESTIGATIONAL}}; oncology aware of the {{study|INVESTIGATIONAL}}."""),
("2026-02-02", "CT chest report", False, """CT CHEST WITHOUT CONTRAST 02/02/2026
History: dedifferentiated chondrosarcoma, pelvis; RA-ILD.
Findings: Bibasilar reticulation and traction bronchiectasis, mildly progressed since 2025, NSIP pattern. New solid nodules: RLL 15 mm, LLL 10 mm, LUL 7 mm, round and well defined, distinct from the fibrotic change. No effusion.
Impression: 1. New pulmonary nodules, consistent with metastases from the known chondrosarcoma. 2. Mildly progressive fibrotic ILD."""),
("2026-03-11", "Pulmonology consult", True, """PULMONOLOGY  03/11/2026
Asked by oncology whether she could tolerate {{resection|LUNG_RESECTION|y}} of three {{pulmonary metastases|LUNG_METASTASIS}} from {{chondrosarcoma|OTHER_SARCOMA}}.
{{PFTs|PULMONARY_FUNCTION}} 03/09/2026: FVC 58% predicted, {{FEV1|PULMONARY_FUNCTION}} 61%, {{DLCO|PULMONARY_FUNCTION}} 34%. 6MWT 280 m, nadir SpO2 84% on room air.
Assessment: fibrotic RA-ILD with severe gas-transfer impairment. Predicted postoperative {{DLCO|PULMONARY_FUNCTION}} for even {{limited resections|LUNG_RESECTION|y}} would be well below 30%. {{Pulmonary reserve is inadequate|PULMONARY_FUNCTION}}; I do not consider her a surgical candidate because of her {{lung function|PULMONARY_FUNCTION}}.
Recommend: ambulatory oxygen assessment; discuss with rheumatology whether antifibrotic therapy is appropriate."""),
("2026-04-08", "Medical oncology follow-up", True, """SARCOMA MEDICAL ONCOLOGY   04/08/2026
{{52 y.o.|AGE}} F, {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} of the left pelvis, internal hemipelvectomy 07/2024, now with three {{pulmonary metastases|LUNG_METASTASIS}}.
{{Systemic therapy|SYSTEMIC_THERAPY|n}} for the sarcoma: none - {{chemotherapy-naive|CHEMO_NAIVE}}. (Her weekly {{methotrexate|IMMUNOSUPPRESSANT}} is for {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}}.)
Pulmonology 03/11: not a surgical candidate on {{lung function|PULMONARY_FUNCTION}}.
She remains on the RA {{study drug|INVESTIGATIONAL}} (last dispensed 03/2026), {{methotrexate|IMMUNOSUPPRESSANT}} and {{prednisone|SYSTEMIC_STEROID}} 5 mg.
Performance: works part time from home, rests in the afternoons - {{ECOG 2|ECOG}}.
Assessment: her son asked about the {{PROMIS study|INVESTIGATIONAL|y}}; she would not qualify ({{chondrosarcoma|OTHER_SARCOMA}}, not {{osteosarcoma|OSTEOSARCOMA|n}}; on a {{clinical trial|INVESTIGATIONAL}}; {{lung function|PULMONARY_FUNCTION}}).
Plan: discuss {{doxorubicin|SYSTEMIC_THERAPY|y}}-based therapy vs observation; SBRT to the largest {{nodule|PULMONARY_NODULE}}."""),
])

# ---------------------------------------------------------------------------
# PJ12  needs_review.  Man of unstated age (no age / DOB anywhere) with OS L
# femur 2019, MAP; T10 metastasis 2023 treated with nivolumab outside (response
# never documented); indeterminate lung nodules; rising PSA with prostate biopsy
# pending; budesonide with route not stated; cisplatin neuropathy ungraded;
# an ECOG 1 that cannot be used without an age.
# ---------------------------------------------------------------------------
patient("PJ12", "2026-09-18",
        V("PM=u RN=u AGE=u PS=u PF=u OM=u CPI=u STER=u TOX=u"), notes=[
("2026-05-11", "Emergency department note", False, """ed note 05/11/2026 dictated with dragon
patient is a man with history of osteosarcoma of the left femur status post resection and prosthesis and a spine metastasis in the past who comes in with left hip and groin pain for one week after moving furniture no fever no trauma no numbness beyond his usual feet numbness
vitals normal temp 36.8
exam tender over the left groin full range at the hip painful at extremes prosthesis stable leg neurovascularly intact
x-ray left femur and hip prosthesis intact no loosening no fracture no lytic lesion
impression muscle strain adductor
plan ibuprofen with food ice follow up with his oncologist he has an appointment in june
discharged ambulatory"""),
("2026-06-03", "Hospitalist admission H&P", True, """HOSPITAL MEDICINE H&P   06/03/2026
CC: fever, productive cough x 3 days.
HPI: man with {{osteosarcoma|OSTEOSARCOMA}} of the left femur (2019), treated with {{MAP|SYSTEMIC_THERAPY|h}} and resection, and a T10 {{metastasis|METASTASIS|h}} in 2023 treated with SBRT and {{nivolumab|CHECKPOINT_INHIBITOR|h}} at Westfield General (06/2023-04/2024), admitted with right lower lobe pneumonia.
PMH: {{osteosarcoma|OSTEOSARCOMA|h}} as above; {{cisplatin|SYSTEMIC_THERAPY|h}}-related {{peripheral neuropathy|TOXICITY|h}} of the feet; hypertension; GERD.
Home medications (from pharmacy list; patient unsure of details): {{budesonide|SYSTEMIC_STEROID|u}} - dose and route not listed; amlodipine 5 mg; omeprazole 20 mg; gabapentin 300 mg TID.
Allergies: NKDA.
CXR: RLL consolidation.
Plan: ceftriaxone + azithromycin; blood cultures; pharmacy to clarify the {{budesonide|SYSTEMIC_STEROID|u}} formulation (inhaler vs capsules)."""),
("2026-07-15", "CT chest report", True, """CT CHEST WITH CONTRAST   07/15/2026
Indication: follow-up after RLL pneumonia; history of {{osteosarcoma|OSTEOSARCOMA|h}}.
Findings: RLL consolidation has resolved with minimal residual scarring. Multiple (at least 6) small solid {{nodules|PULMONARY_NODULE}} in both lungs, 2-4 mm, not clearly present on the 2024 outside CT (only report available, no images). No calcification. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Impression: Small bilateral {{pulmonary nodules|PULMONARY_NODULE}}, nonspecific - could be post-infectious, but {{metastatic disease|METASTASIS|u}} cannot be excluded. Recommend follow-up CT in 3 months and retrieval of the prior images."""),
("2026-08-20", "Primary care visit", True, """PRIMARY CARE FOLLOW-UP   08/20/2026
Recovered from pneumonia, back to walking daily.
PSA 9.1 ng/mL (4.2 in 2024). Prostate MRI 08/12: 1.3 cm PI-RADS 4 lesion in the left peripheral zone. Urology: transperineal biopsy booked 09/25/2026 to evaluate for {{prostate cancer|OTHER_MALIGNANCY|u}}.
Medication reconciliation: pharmacy still lists {{budesonide|SYSTEMIC_STEROID|u}} from a prior gastroenterology prescriber; patient brought an empty box without a label - cannot tell if it was an inhaler or capsules, and he is not sure if he is still taking it. Message sent to GI.
{{Neuropathy|TOXICITY}}: numbness and tingling in both feet since {{cisplatin|SYSTEMIC_THERAPY|h}}, gabapentin helps; has not been formally graded.
Vaccines: {{influenza vaccine|NONLIVE_VACCINE|y}} due in October.
Plan: keep urology appointment; return 3 months."""),
("2026-09-15", "Medical oncology follow-up", True, """SARCOMA CLINIC   09/15/2026
Patient seen for pre-screening ({{PROMIS|INVESTIGATIONAL|y}}). His age is not recorded in our system or in the transferred records (registration pending correction).
Disease: {{osteosarcoma|OSTEOSARCOMA}} L femur 2019, {{MAP|SYSTEMIC_THERAPY|h}}; T10 {{metastasis|METASTASIS|h}} 2023 - SBRT and {{nivolumab|CHECKPOINT_INHIBITOR|h}} at Westfield 06/2023-04/2024. Westfield records list infusion dates only; no response assessment, no restaging reports, and the reason for stopping is not given.
Lungs: small bilateral {{nodules|PULMONARY_NODULE}} on 07/15 CT, indeterminate; repeat CT due 10/2026.
Other: {{prostate cancer|OTHER_MALIGNANCY|u}} suspected, biopsy 09/25. {{Budesonide|SYSTEMIC_STEROID|u}} - formulation still not clarified. Feet {{neuropathy|TOXICITY}} from {{cisplatin|SYSTEMIC_THERAPY|h}} persists; grade not documented.
Performance: active, walks 2 miles a day - {{ECOG 1|ECOG}}.
Plan: re-screen after CT and biopsy; obtain outside images and response reports."""),
])

# ---------------------------------------------------------------------------
# PJ13  eligible.  51 M, fibroblastic OS R femur 2022, MAP; two RLL mets,
# lobectomy recommended.  Gout prednisone taper, last dose 03/02/2026 = 8 days
# before as_of (outside 7 d).  Corneal transplant "OS" (left eye).  RA in
# remission, off methotrexate since 2021; a stale outside med list still shows
# methotrexate and prednisone.  Hepatitis B on entecavir.
# ---------------------------------------------------------------------------
patient("PJ13", "2026-03-10", V(""), notes=[
("2022-04-07", "Medical oncology consult", True, """MEDICAL ONCOLOGY CONSULTATION   04/07/2022
{{47-year-old|AGE}} man, restaurant owner, with right distal femoral pain for 4 months.
Pathology (open biopsy 03/30/2022): high-grade fibroblastic {{osteosarcoma|OSTEOSARCOMA}}.
Staging CT chest: no {{pulmonary nodules|PULMONARY_NODULE|n}}. Bone scan: single lesion.
PMH: chronic hepatitis B (HBeAg negative, DNA 2,100 IU/mL) on entecavir since 2018; {{rheumatoid arthritis|AUTOIMMUNE_DISEASE|h}} diagnosed 2015, in sustained remission, {{methotrexate|IMMUNOSUPPRESSANT|h}} tapered off by rheumatology in 01/2021 and no DMARD since; keratoconus with corneal graft in the left eye ({{OS|LOOKALIKE}}) 2019.
Plan: neoadjuvant {{MAP|SYSTEMIC_THERAPY|y}} ({{high-dose methotrexate|SYSTEMIC_THERAPY|y}}, {{doxorubicin|SYSTEMIC_THERAPY|y}}, {{cisplatin|SYSTEMIC_THERAPY|y}}) starting 04/18/2022; continue entecavir throughout; audiogram and echo at baseline."""),
("2025-12-09", "CT chest report", False, """CT CHEST WITH CONTRAST 12/09/2025
History: osteosarcoma right femur 2022, off therapy since 12/2022.
Findings: Two new solid nodules in the right lower lobe, 9 mm in the superior segment and 12 mm in the lateral basal segment. No other nodules. No pleural effusion or adenopathy. Post-chemotherapy port removed.
Impression: Two new RLL nodules, most consistent with pulmonary metastases from osteosarcoma."""),
("2026-02-20", "Urgent care note", True, """URGENT CARE   02/20/2026   dictated
{{51 yo|AGE}} male with red hot swollen right first mtp since yesterday after a family wedding with lots of seafood and beer second flare this year uric acid 8.9 in november not on allopurinol
pmh gout {{osteosarcoma|OSTEOSARCOMA|h}} right femur 2022 hep b on entecavir ckd stage 2 egfr 68
exam classic podagra afebrile
assessment acute gout flare nsaids avoided given kidney and he has gi upset from them colchicine interacts with nothing but he had diarrhea last time
plan {{prednisone|SYSTEMIC_STEROID}} 40 mg by mouth daily for 5 days then 20 mg daily for 5 days 10 day course sent to walgreens start tomorrow morning 2/21 discuss starting allopurinol with pcp once flare settled"""),
("2026-03-03", "Ophthalmology follow-up", True, """OPHTHALMOLOGY - CORNEA CLINIC   03/03/2026
Penetrating keratoplasty {{OS|LOOKALIKE}} 2019 for keratoconus (donor tissue, eye bank). Clear graft, no signs of rejection. BCVA 20/30 {{OS|LOOKALIKE}}, 20/25 OD. IOP 15/14.
Drops: {{prednisolone acetate 1% eye drops|LOCAL_STEROID}} once daily {{OS|LOOKALIKE}}, long-term, continue.
Interval: finished a 10-day oral {{prednisone|SYSTEMIC_STEROID|h}} course for gout yesterday (last tablet 03/02/2026); no change in the graft.
Note for the oncology team (who asked): this is a {{corneal transplant|TRANSPLANT|h}} only; no solid organ or marrow {{transplant|TRANSPLANT|n}}.
Return 6 months."""),
("2026-03-09", "Thoracic surgery / oncology pre-screening note", True, """THORACIC SURGERY AND SARCOMA ONCOLOGY - COMBINED VISIT   03/09/2026
{{51 y.o.|AGE}} M, fibroblastic {{osteosarcoma|OSTEOSARCOMA}} R femur (03/2022), {{MAP|SYSTEMIC_THERAPY|h}} x 6 completed 12/2022 with good necrosis; two RLL {{pulmonary metastases|LUNG_METASTASIS}} (12/2025).
Surgery: both {{lesions|PULMONARY_NODULE}} in the RLL, separate segments; {{resectable|RESECTABLE}} - recommend VATS right lower {{lobectomy|LUNG_RESECTION|y}}. No central involvement.
{{PFTs|PULMONARY_FUNCTION}} 03/05/2026: {{FEV1|PULMONARY_FUNCTION}} 91% predicted, {{DLCO|PULMONARY_FUNCTION}} 84%; predicted postoperative values fine - {{adequate for lobectomy|PULMONARY_FUNCTION}}.
Medication reconciliation: the outside network list (Care Everywhere, printed 02/2026) still shows "{{methotrexate|IMMUNOSUPPRESSANT|n}} 15 mg weekly" and "{{prednisone|SYSTEMIC_STEROID|h}} 40 mg". Patient confirms he has not taken {{methotrexate|IMMUNOSUPPRESSANT|h}} since 2021, and the gout {{prednisone|SYSTEMIC_STEROID|h}} course ended 03/02/2026. Current: entecavir 0.5 mg daily, {{prednisolone eye drops|LOCAL_STEROID}} {{OS|LOOKALIKE}}, colchicine prn.
{{ECOG 1|ECOG}}.
Plan: screen for the {{PROMIS trial|INVESTIGATIONAL|y}} (SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|y}} + {{gemcitabine|GEMCITABINE|y}}, then {{lobectomy|LUNG_RESECTION|y}}); consent visit 03/10."""),
])

# ---------------------------------------------------------------------------
# PJ14  excluded.  29 M, AML 2016 -> allogeneic HSCT from his sister 2017 (TBI);
# radiation-associated OS R femur 2024; doxorubicin cardiomyopathy persisting
# (grade 2); biopsy-proven local recurrence 03/2026; LLL metastasis abutting the
# left main stem bronchus (pneumonectomy); bronchiolitis obliterans, FEV1 35%;
# MMR + varicella given 21 days before as_of (post-HSCT revaccination).
# ---------------------------------------------------------------------------
patient("PJ14", "2026-05-05",
        V("RN=x PF=x LR=m TX=m TOX=m LV=m"), notes=[
("2024-02-20", "Medical oncology consult", True, """SARCOMA MEDICAL ONCOLOGY - NEW PATIENT   02/20/2024
{{27-year-old|AGE}} man, graphic designer.
History: {{acute myeloid leukemia|OTHER_MALIGNANCY|h}} (2016, {{age 19|AGE|h}}), in CR1 after induction/consolidation; myeloablative {{allogeneic stem cell transplant|TRANSPLANT|h}} 03/2017 with TBI conditioning; donor was his sister (HLA-matched). Chronic GVHD of skin and lung (bronchiolitis obliterans) 2018-2019; all systemic {{immunosuppression|IMMUNOSUPPRESSANT|h}} stopped 11/2019.
Now: 3 months of right knee pain. Biopsy 02/09/2024 - high-grade {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur, in the TBI field (radiation-associated).
Staging: CT chest - no {{pulmonary metastases|LUNG_METASTASIS|n}}; chronic air trapping.
Plan: neoadjuvant {{doxorubicin|SYSTEMIC_THERAPY|y}} + {{cisplatin|SYSTEMIC_THERAPY|y}} ({{MTX|SYSTEMIC_THERAPY|n}} omitted - chronic kidney disease after TBI), baseline echo LVEF 58%, audiogram normal."""),
("2024-06-18", "Cardio-oncology consult", True, """CARDIO-ONCOLOGY   06/18/2024
{{27 yo|AGE}} M after 3 cycles {{doxorubicin|SYSTEMIC_THERAPY|h}} (cumulative 225 mg/m2) plus prior TBI, now dyspnea on two flights of stairs.
Echo 06/14/2024: LVEF 38% (58% at baseline), global hypokinesis, GLS -12%. BNP 410.
Assessment: anthracycline {{cardiomyopathy|TOXICITY}}, symptomatic heart failure with moderate exertion - CTCAE grade 2-3 left ventricular systolic dysfunction.
Plan: stop {{doxorubicin|SYSTEMIC_THERAPY|h}} permanently (oncology agrees); sacubitril/valsartan, metoprolol succinate, spironolactone, empagliflozin; repeat echo 3 months."""),
("2026-03-12", "Pathology report", False, """SURGICAL PATHOLOGY 03/12/2026 - Right thigh soft tissue, CT-guided core biopsy.
Clinical: osteosarcoma R distal femur resected 09/2024 (endoprosthesis); MRI 03/04/2026 shows a 3.4 cm enhancing mass at the medial resection margin.
Diagnosis: Recurrent high-grade osteosarcoma (osteoid present), consistent with local recurrence at the primary site.
Comment: Dr. Bhatt informed 03/12/2026."""),
("2026-04-14", "Transplant survivorship clinic note", True, """BMT SURVIVORSHIP CLINIC   04/14/2026
{{29 yo|AGE}} M, 9 years after matched-sibling {{allogeneic HSCT|TRANSPLANT|h}} for {{AML|OTHER_MALIGNANCY|h}}, now with radiation-associated {{osteosarcoma|OSTEOSARCOMA}} of the right femur and a new {{local recurrence|LOCAL_RECURRENCE}} (biopsy 03/12/2026).
Immune status: off all {{immunosuppression|IMMUNOSUPPRESSANT|h}} since 11/2019, no active GVHD; CD4 720, IgG normal.
Lungs: chronic bronchiolitis obliterans syndrome; {{PFTs|PULMONARY_FUNCTION}} 04/10/2026 {{FEV1|PULMONARY_FUNCTION}} 1.48 L (35% predicted), {{FEV1/FVC|PULMONARY_FUNCTION}} 0.49, {{DLCO|PULMONARY_FUNCTION}} 52%. On {{fluticasone inhaler|LOCAL_STEROID}}, azithromycin 3x weekly, montelukast.
Revaccination (his catch-up was delayed during {{chemotherapy|SYSTEMIC_THERAPY|h}}): given today - {{MMR|LIVE_VACCINE}} (live) and {{varicella vaccine|LIVE_VACCINE}} (Varivax, live) after confirming > 2 years post-{{transplant|TRANSPLANT|h}}, no GVHD and no {{immunosuppression|IMMUNOSUPPRESSANT|n}}; also {{PCV20|NONLIVE_VACCINE}} and {{Tdap|NONLIVE_VACCINE}}. {{Inactivated vaccines|NONLIVE_VACCINE|h}} previously completed. Oncology informed of the {{live vaccines|LIVE_VACCINE}}.
Heart: LVEF 40% on echo 03/2026 - persistent {{cardiomyopathy|TOXICITY}}, NYHA II."""),
("2026-04-28", "Thoracic surgery consult", True, """THORACIC SURGERY   04/28/2026
Reason: new left lung {{lesion|PULMONARY_NODULE}} on CT 04/2026 in a man with {{osteosarcoma|OSTEOSARCOMA}}.
CT: 2.2 cm calcified {{mass|PULMONARY_NODULE}} in the left lower lobe at the hilum, consistent with a {{metastasis|LUNG_METASTASIS}}, abutting the {{left main stem bronchus|CENTRAL_STRUCTURE}} and the inferior pulmonary vein; a 5 mm LUL {{nodule|PULMONARY_NODULE}}.
Assessment: the hilar {{lesion|PULMONARY_NODULE}} could only be cleared by a left {{pneumonectomy|PNEUMONECTOMY|y}}; it is not amenable to {{wedge resection|LUNG_RESECTION|n}}, {{segmentectomy|LUNG_RESECTION|n}} or {{lobectomy|LUNG_RESECTION|n}}. With an {{FEV1|PULMONARY_FUNCTION}} of 35% from bronchiolitis obliterans he would not tolerate a {{pneumonectomy|PNEUMONECTOMY|n}}; his {{pulmonary reserve is inadequate|PULMONARY_FUNCTION}} for any major thoracic surgery.
Recommendation: {{unresectable|UNRESECTABLE}}; consider SBRT."""),
("2026-05-04", "Medical oncology follow-up", True, """SARCOMA MEDICAL ONCOLOGY   05/04/2026
{{29 y.o.|AGE}} M, radiation-associated {{osteosarcoma|OSTEOSARCOMA}} R femur after TBI for {{AML|OTHER_MALIGNANCY|h}}.
Prior therapy: {{doxorubicin|SYSTEMIC_THERAPY|h}}/{{cisplatin|SYSTEMIC_THERAPY|h}} x 3 (stopped for {{cardiomyopathy|TOXICITY}}), then {{ifosfamide|SYSTEMIC_THERAPY|h}} x 4 after resection (09/2024-12/2024).
Active problems: {{local recurrence|LOCAL_RECURRENCE}} right thigh (03/2026); left hilar {{lung metastasis|LUNG_METASTASIS}} abutting the {{left main stem bronchus|CENTRAL_STRUCTURE}} - {{unresectable|UNRESECTABLE}} per thoracic surgery; LVEF 40%, still symptomatic on stairs; received live {{MMR|LIVE_VACCINE}} and {{varicella|LIVE_VACCINE}} vaccines 04/14/2026.
{{ECOG 1|ECOG}}.
Assessment: not a candidate for the {{PROMIS trial|INVESTIGATIONAL|y}}. Plan: radiation oncology for SBRT to the hilar {{lesion|PULMONARY_NODULE}} and the thigh; discuss {{regorafenib|SYSTEMIC_THERAPY|y}}."""),
])

# ---------------------------------------------------------------------------
# PJ15  needs_review.  Woman of unstated age (no age / DOB in any note); OS R
# tibia 2020, MAP; resectable lung mets, PFTs fine; ECOG 1 (unusable without an
# age).  Unknown: thyroid FNA Bethesda IV, consent to a migraine study with dosing
# unclear, psoriatic arthritis with biologic stop date unclear (2023 or 2025),
# cisplatin hearing loss not graded, urine hCG not resulted.
# ---------------------------------------------------------------------------
patient("PJ15", "2026-10-30",
        V("AGE=u PS=u OM=u INV=u AI=u TOX=u PREG=u"), notes=[
("2026-08-12", "CT chest report", True, """CT CHEST WITH CONTRAST   08/12/2026
Clinical: history of right tibial {{osteosarcoma|OSTEOSARCOMA|h}} (2020) treated with {{chemotherapy|SYSTEMIC_THERAPY|h}} and limb salvage; surveillance.
Findings: New 10 mm solid {{nodule|PULMONARY_NODULE}} in the lateral segment of the right middle lobe, subpleural, with a calcified center. New 6 mm {{nodule|PULMONARY_NODULE}} in the left upper lobe apicoposterior segment. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Incidental 2.1 cm left thyroid {{nodule|LOOKALIKE}}.
Impression: 1. Two new {{pulmonary nodules|PULMONARY_NODULE}}, highly suspicious for {{metastatic|METASTASIS|u}} {{osteosarcoma|OSTEOSARCOMA}}. 2. Left thyroid {{nodule|LOOKALIKE}}; thyroid ultrasound recommended."""),
("2026-09-02", "Thoracic surgery consult", True, """THORACIC SURGERY   09/02/2026
Woman with {{osteosarcoma|OSTEOSARCOMA}} of the right tibia (2020, {{MAP|SYSTEMIC_THERAPY|h}} x 6) and two new calcified {{lung nodules|PULMONARY_NODULE}}; PET 08/25 - both avid, nothing else. Tumor board 08/27 agreed these are {{pulmonary metastases|LUNG_METASTASIS}}.
Assessment: both peripheral, {{resectable|RESECTABLE}}. Recommend right VATS {{wedge resection|LUNG_RESECTION|y}} of the RML {{lesion|PULMONARY_NODULE}} and, 4-6 weeks later, left VATS {{wedge|LUNG_RESECTION|y}}.
{{PFTs|PULMONARY_FUNCTION}} 08/29/2026: {{FEV1|PULMONARY_FUNCTION}} 96% predicted, {{DLCO|PULMONARY_FUNCTION}} 90% - {{adequate|PULMONARY_FUNCTION}} for staged thoracic surgery.
Oncology will first discuss a pre-operative {{trial|INVESTIGATIONAL|y}}."""),
("2026-09-24", "Endocrinology consult", False, """ENDOCRINOLOGY   09/24/2026
Referred for a left thyroid nodule found on staging CT. Ultrasound 09/10: 2.2 cm solid isoechoic nodule, TI-RADS 4. FNA 09/17: Bethesda IV - follicular neoplasm / suspicious for a follicular neoplasm. Molecular testing (ThyroSeq) sent 09/19, result pending (usually 3-4 weeks).
She is euthyroid, TSH 1.6. No neck radiation history. No family history of thyroid cancer.
Discussion: risk of malignancy for Bethesda IV is roughly 25-40%; the molecular result will guide lobectomy versus surveillance.
Plan: call with ThyroSeq result; coordinate timing with her lung surgery."""),
("2026-10-14", "Primary care visit", True, """PRIMARY CARE   10/14/2026
Here to update her medication list before surgery.
{{Psoriatic arthritis|AUTOIMMUNE_DISEASE}}: knees and fingers ache most mornings, mild. She used to inject "{{a biologic|DMARD|h}}" from her previous rheumatologist in Ohio and stopped when her insurance changed - she thinks in 2023 but says it may have been early 2025. She cannot recall the name. Ohio rheumatology records requested. Nothing systemic now; uses naproxen.
Research: in September she signed consent for a migraine prevention {{study|INVESTIGATIONAL|u}} at Mercy Neurology. She is not sure whether she was randomized or has received any {{study drug|INVESTIGATIONAL|u}} - she had one injection visit but was told it might have been a screening visit. Study coordinator paged; no answer yet.
Thyroid: Bethesda IV {{nodule|LOOKALIKE}}, molecular test pending.
Vaccines: {{influenza shot|NONLIVE_VACCINE}} (inactivated) given today.
Plan: follow up after surgery."""),
("2026-10-28", "Medical oncology pre-screening note", True, """SARCOMA ONCOLOGY - PRE-SCREENING ({{PROMIS|INVESTIGATIONAL|y}})   10/28/2026
Note: registration record has no date of birth; she declined to give it today pending an identity-record correction. Age to be verified from ID at consent.
Disease: {{osteosarcoma|OSTEOSARCOMA}} R tibia 2020, {{MAP|SYSTEMIC_THERAPY|h}}; two {{resectable|RESECTABLE}} {{pulmonary metastases|LUNG_METASTASIS}}; {{PFTs|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}}.
Performance: working full time as a court clerk, {{ECOG 1|ECOG}}.
Open questions:
- Thyroid FNA Bethesda IV - {{thyroid cancer|OTHER_MALIGNANCY|u}} not yet excluded, ThyroSeq pending.
- Migraine {{study|INVESTIGATIONAL|u}}: dosing status unknown.
- {{Psoriatic arthritis|AUTOIMMUNE_DISEASE}}: {{biologic|DMARD|h}} stop date uncertain (2023 vs 2025).
- {{Hearing loss|TOXICITY}} since {{cisplatin|SYSTEMIC_THERAPY|h}}: she says she sometimes misses soft voices; audiogram from 2021 not available, new audiology appointment 11/04 to grade it.
- LMP "about 5 weeks ago", not sure; urine {{hCG|PREGNANCY_TEST|u}} collected today, not resulted at the time of this note.
Plan: re-screen 11/05."""),
])

# ---------------------------------------------------------------------------
# PJ16  excluded.  70 F, post-radiation OS L chest wall (breast RT 2009);
# bone-only metastases; pembrolizumab 03/2024-02/2025 with stable disease at 3, 6
# and 9 months then progression (SD > 4 months -> secondary resistance); giant
# cell arteritis on prednisone 10 mg; Huaier granules daily; KPS 40; no lung mets.
# ---------------------------------------------------------------------------
patient("PJ16", "2025-07-18",
        V("PM=x RN=u PF=u AGE=x PS=x CPI=m IMM=m AI=m STER=m"), notes=[
("2024-03-05", "Medical oncology follow-up", True, """MEDICAL ONCOLOGY   03/05/2024
{{69-year-old|AGE}} woman with post-radiation {{osteosarcoma|OSTEOSARCOMA}} of the left chest wall (ribs 3-5), resected 03/2023 after 4 cycles of {{doxorubicin|SYSTEMIC_THERAPY|h}}/{{cisplatin|SYSTEMIC_THERAPY|h}}; prior left {{breast cancer|OTHER_MALIGNANCY|h}} 2009 (lumpectomy and radiation, disease-free since).
New: PET/CT 02/2024 shows bone {{metastases|METASTASIS}} at T8, L2 and the right iliac crest; lungs clear, chest wall clear.
Molecular: TMB 14 mut/Mb; {{PD-L1 staining|LOOKALIKE}} CPS 3.
She declined more {{chemotherapy|SYSTEMIC_THERAPY|n}}.
Plan: {{pembrolizumab|CHECKPOINT_INHIBITOR}} 400 mg IV q6w (TMB-high indication), C1 today; zoledronic acid monthly; restage every 3 months."""),
("2024-09-10", "Medical oncology follow-up", False, """Oncology 09/10/2024. Pembrolizumab cycle 5. Restaging PET/CT 09/03/2024: bone lesions unchanged in size and uptake - stable disease, second consecutive SD (first SD 06/2024). No new lesions, lungs clear. TSH normal, no rash, no colitis. Energy fair, gardening. Continue pembrolizumab q6w."""),
("2025-02-25", "Medical oncology follow-up", True, """MEDICAL ONCOLOGY   02/25/2025
{{70 yo|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} with bone {{metastases|METASTASIS}}, on {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 03/05/2024.
Response history: {{stable disease|TUMOR_RESPONSE}} 06/2024, 09/2024 and 12/2024 (about 9 months of SD). PET/CT 02/18/2025: new lesions in the sternum and left femur, enlarging L2 with epidural extension - {{progressive disease|TUMOR_RESPONSE}}. Chest CT portion: no {{pulmonary nodules|PULMONARY_NODULE|n}}; chest wall resection site without {{recurrence|LOCAL_RECURRENCE|n}}.
Assessment: {{progression|TUMOR_RESPONSE}} after durable {{stable disease|TUMOR_RESPONSE}} on {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|h}} (acquired resistance).
Plan: stop {{pembrolizumab|CHECKPOINT_INHIBITOR|h}}; radiation oncology for L2; discuss options."""),
("2025-04-23", "Hospital discharge summary", True, """HOSPITAL MEDICINE DISCHARGE SUMMARY
Admission: 2025-04-17   Discharge: 2025-04-23   Attending: P. Delacroix-Byrne, MD
Principal diagnosis: {{giant cell arteritis|AUTOIMMUNE_DISEASE}} with transient monocular visual loss (right eye).
Secondary: {{metastatic|METASTASIS}} post-radiation {{osteosarcoma|OSTEOSARCOMA}} (bone only); tumor-related pain; {{steroid|SYSTEMIC_STEROID}}-induced hyperglycemia; hypertension.
History and hospital course: {{70-year-old|AGE}} woman admitted from the ED with two weeks of right temporal headache, jaw claudication and a 20-minute episode of painless right-eye vision loss on the morning of admission. ESR 96 mm/h, CRP 11.2 mg/dL. Ophthalmology found no {{arteritic ischemic optic neuropathy|LOOKALIKE}}. She received {{IV methylprednisolone|SYSTEMIC_STEROID}} 1 g daily 2025-04-17 to 2025-04-19, then oral {{prednisone|SYSTEMIC_STEROID}} 60 mg daily from 2025-04-20. Temporal artery biopsy 2025-04-22: transmural granulomatous inflammation with giant cells - {{GCA|AUTOIMMUNE_DISEASE}} confirmed. No further visual symptoms. Glucose up to 310 on the pulse doses, covered with sliding-scale {{insulin|REPLACEMENT_THERAPY}}, which was stopped on 04/21 when fasting glucose returned below 140; no home {{insulin|REPLACEMENT_THERAPY|n}} needed.
Oncology (Dr. Haverford) saw her on 04/19: {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} was stopped in 02/2025 for {{progressive disease|TUMOR_RESPONSE|h}} in bone; palliative radiation to L2 completed 03/2025; no further {{anticancer therapy|SYSTEMIC_THERAPY|n}} is planned for now.
Labs at discharge (2025-04-23): WBC 13.1 ({{steroid|SYSTEMIC_STEROID}} effect), Hgb 10.9, Plt 388, Na 137, K 4.1, Cr 0.8, Ca 9.6, glucose 156, ALT 22, ESR 41, CRP 2.0.
Vitals at discharge: BP 142/80, HR 84, T 36.6, SpO2 96% RA.
Discharge medications:
- {{prednisone|SYSTEMIC_STEROID}} 20 mg tab: 60 mg (3 tabs) PO once daily with breakfast; taper only as directed by rheumatology - #90, refills 2
- pantoprazole 40 mg PO daily while on {{prednisone|SYSTEMIC_STEROID}} - #30, refills 5
- calcium carbonate/vitamin D3 600 mg/800 IU PO BID
- oxycodone ER 10 mg PO q12h - #60, no refills (next fill due 2025-05-20)
- oxycodone IR 5 mg PO q4h prn breakthrough pain - #40
- amlodipine 5 mg PO daily; senna 2 tabs nightly
- zoledronic acid 4 mg IV monthly at the infusion clinic (next 2025-05-05)
Follow-up: rheumatology 2025-06-02; oncology 2025-05-13; primary care in 1 week for glucose and BP.
Code status: DNR/DNI confirmed with patient and daughter."""),
("2025-06-02", "Rheumatology consult", True, """RHEUMATOLOGY  06/02/2025
{{70-year-old|AGE}} woman referred from the ED 04/2025 where she presented with new temporal headache, jaw claudication and ESR 96. Temporal artery biopsy 04/22/2025: {{giant cell arteritis|AUTOIMMUNE_DISEASE}}.
Started {{prednisone|SYSTEMIC_STEROID}} 60 mg daily 04/20/2025 after three IV pulse doses, tapered; currently 10 mg daily with no recurrent symptoms; ESR 18.
Considered {{tocilizumab|IMMUNOSUPPRESSANT|y}} but deferred it given her {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} and goals of care.
Plan: continue {{prednisone|SYSTEMIC_STEROID}} 10 mg daily for at least 3 more months, then slow taper; calcium/vitamin D; bone protection already with zoledronic acid."""),
("2025-07-15", "Palliative care consult", True, """PALLIATIVE CARE - OUTPATIENT CONSULT   07/15/2025
{{70 y.o.|AGE}} F with {{metastatic|METASTASIS}} post-radiation {{osteosarcoma|OSTEOSARCOMA}} (bone), {{progression|TUMOR_RESPONSE|h}} 02/2025 after {{pembrolizumab|CHECKPOINT_INHIBITOR|h}}; now off {{cancer-directed therapy|SYSTEMIC_THERAPY|h}}.
Symptoms: back and hip pain 6/10 on oxycodone ER 15 mg BID; constipation; low appetite.
Function: in bed or recliner most of the day, needs help with bathing and dressing, daughter provides care. {{KPS 40|KARNOFSKY}}.
Meds: {{prednisone|SYSTEMIC_STEROID}} 10 mg daily ({{GCA|AUTOIMMUNE_DISEASE}}), oxycodone ER/IR, senna, zoledronic acid monthly. Supplements: {{Huaier granules|IMMUNOMODULATOR}} one sachet twice daily, brought by her son from Shanghai in May - she takes them every day and wishes to continue.
Imaging: CT chest 07/08/2025 - no {{pulmonary metastases|LUNG_METASTASIS|n}}, no {{pleural effusion|PLEURAL_EFFUSION|n}}.
Family: her daughter, who lives with her, has {{lupus|AUTOIMMUNE_DISEASE|f}} on {{hydroxychloroquine|DMARD|f}}.
Goals: home-based, comfort-focused; she asked about "the lung {{trial|INVESTIGATIONAL|y}}" her nephew read about - not applicable. Hospice information provided."""),
])

# ---------------------------------------------------------------------------
# PJ17  eligible.  39 F, periosteal OS L tibia 2023, MAP; single LUL met,
# wedge.  Yellow fever vaccine 07/21/2026 = 31 days before as_of (outside 30);
# injectable typhoid Vi; consented to a phase I study but screen-failed (never
# dosed); urine hCG negative.
# ---------------------------------------------------------------------------
patient("PJ17", "2026-08-21", V(""), notes=[
("2023-06-14", "Pathology report", False, """SURGICAL PATHOLOGY 06/14/2023 - Left tibia, surface lesion, open biopsy.
Clinical: 36-year-old woman, painful mass on the anteromedial tibial diaphysis, surface-based on imaging with spiculated periosteal new bone.
Diagnosis: Periosteal osteosarcoma, intermediate grade, predominantly chondroblastic, with lace-like tumor osteoid at the periphery. Medullary cavity not involved in the sampled tissue.
Comment: Consistent with imaging. Discussed at bone tumor board 06/16/2023; neoadjuvant MAP recommended given size and her age, followed by wide resection."""),
("2026-03-02", "Emergency department note", True, """EMERGENCY DEPARTMENT NOTE   2026-03-02   dictated with Dragon, not proofread
chief complaint left sided chest pain and left ear pain
hpi {{39 year old|AGE}} female flew back from Denver yesterday felt left ear pressure on dissent of the plane that has not cleared and this morning woke with sharp left sided chest pain worse with a deep breath no leg swelling no hemoptysis no fever she is worried about a blood clot
past medical history {{osteosarcoma|OSTEOSARCOMA|h}} of the left tibia treated with {{chemotherapy|SYSTEMIC_THERAPY|h}} and surgery 2023 {{breast cancer|OTHER_MALIGNANCY|h}} status post lumpectomy 2024 migraines
medications sumatriptan as needed ibuprofen as needed
allergies no known drug allergies
vitals bp 122/78 hr 96 rr 18 spo2 99 percent room air temp 36.9
labs wbc 6.8 hgb 12.9 plt 255 creatinine 0.7 troponin less than 6 d-dimer 0.71 high urine {{hcg|PREGNANCY_TEST|n}} negative
cta chest no pulmonary embolism no {{pulmonary nodules|PULMONARY_NODULE|n}} no {{pleural effusion|PLEURAL_EFFUSION|n}} lungs clear
exam chest wall tender over the left 5th costochondral junction reproducing the pain left tympanic membrane retracted with a clear {{middle ear effusion|LOOKALIKE}}
assessment 1 costochondritis pe excluded 2 left ear barotrauma
plan ibuprofen with food pseudoephedrine for 3 days valsalva avoid flying for 2 weeks return for fever or worsening pain follow up with primary care"""),
("2026-03-03", "Addendum to ED note", True, """ADDENDUM TO ED NOTE OF 03/02/2026 - {{CORRECTION|CORRECTION}}
The past medical history line listing a lumpectomy in 2024 was {{dictated in error|CORRECTION}}. I confirmed with the patient by phone today: it is her mother who was treated for {{breast cancer|OTHER_MALIGNANCY|f}} (lumpectomy 2024). The patient herself has never had {{breast cancer|OTHER_MALIGNANCY|n}} or any {{cancer|OTHER_MALIGNANCY|n}} other than her {{osteosarcoma|OSTEOSARCOMA|h}}. The rest of the note is accurate.
Signed 2026-03-03 09:15, K. Ostrowski, MD"""),
("2026-05-18", "Medical oncology follow-up", True, """SARCOMA CLINIC   05/18/2026
{{39-year-old|AGE}} woman, periosteal {{osteosarcoma|OSTEOSARCOMA}} of the left tibia (06/2023), {{MAP|SYSTEMIC_THERAPY|h}} x 6 completed 01/2024, wide resection with intercalary allograft 10/2023 (allograft incorporated).
Surveillance CT chest 05/12/2026: new 11 mm solid {{nodule|PULMONARY_NODULE}} in the LUL lingular segment with coarse calcification; no other {{nodules|PULMONARY_NODULE}}; no {{effusion|PLEURAL_EFFUSION|n}}. PET 05/15: solitary avid {{lesion|PULMONARY_NODULE}}. Consistent with a solitary {{pulmonary metastasis|LUNG_METASTASIS}}.
Left leg: MRI 05/2026 - no {{local recurrence|LOCAL_RECURRENCE|n}}.
Plan: thoracic surgery referral; research team to review open {{studies|INVESTIGATIONAL|y}}."""),
("2026-06-15", "Clinical research note", True, """CLINICAL RESEARCH OFFICE - SCREENING NOTE   06/15/2026
Study: phase I first-in-human {{study|INVESTIGATIONAL}} of an oral multikinase inhibitor in advanced sarcoma (protocol SRC-1047).
Consent signed 06/03/2026.
Screening: ECG 06/08 QTcF 486 ms on two repeats (protocol limit 470 ms), related to ondansetron taken for a stomach bug.
Outcome: SCREEN FAILURE 06/15/2026. Not registered, not randomized; no {{study drug|INVESTIGATIONAL|n}} was dispensed or taken. She may be rescreened after 8 weeks, but she has decided not to.
Treating team informed."""),
("2026-07-21", "Travel medicine clinic note", True, """TRAVEL MEDICINE CLINIC   07/21/2026
{{39 yo|AGE}} woman traveling to Uganda (Kampala and the Kidepo area) 09/05-09/26/2026 to visit her husband's family.
Medical: {{osteosarcoma|OSTEOSARCOMA|h}} of the left tibia, {{MAP|SYSTEMIC_THERAPY|h}} finished 01/2024; one new lung {{nodule|PULMONARY_NODULE}} under evaluation, surgery likely in the fall. Not on any {{chemotherapy|SYSTEMIC_THERAPY|n}} or {{immunosuppressive medication|IMMUNOSUPPRESSANT|n}}; oncology (Dr. Mbeki) cleared her for a {{live vaccine|LIVE_VACCINE}} by phone today.
Vaccines given today:
- {{Yellow fever vaccine|LIVE_VACCINE}} (YF-Vax, live attenuated) 0.5 mL SC - ICVP certificate issued
- {{Typhoid Vi polysaccharide|NONLIVE_VACCINE}} (injectable, inactivated) 0.5 mL IM
- {{Hepatitis A|NONLIVE_VACCINE}} dose 1 (Havrix) IM
Up to date: {{Tdap|NONLIVE_VACCINE|h}} 2022, {{COVID-19 mRNA|NONLIVE_VACCINE|h}} 2025.
Other: atovaquone-proguanil prescription, insect precautions, travel insurance letter."""),
("2026-08-19", "Medical oncology pre-screening note", True, """SARCOMA ONCOLOGY - PRE-SCREENING   08/19/2026
{{39 y.o.|AGE}} F, periosteal {{osteosarcoma|OSTEOSARCOMA}} L tibia, {{MAP|SYSTEMIC_THERAPY|h}}; solitary LUL {{pulmonary metastasis|LUNG_METASTASIS}}.
Thoracic surgery 07/30: {{resectable|RESECTABLE}} by VATS {{wedge resection|LUNG_RESECTION|y}}. {{PFTs|PULMONARY_FUNCTION}} 07/28: {{FEV1|PULMONARY_FUNCTION}} 104%, {{DLCO|PULMONARY_FUNCTION}} 96% - {{adequate|PULMONARY_FUNCTION}}.
Screening items: {{yellow fever vaccine|LIVE_VACCINE|h}} 07/21/2026 (travel clinic); the {{typhoid shot|NONLIVE_VACCINE|h}} was the injectable Vi vaccine. {{SRC-1047 phase I study|INVESTIGATIONAL|n}}: screen failure 06/15, never dosed. Urine {{hCG|PREGNANCY_TEST|n}} today negative. Not {{breastfeeding|LACTATION|n}}. No {{gemcitabine|GEMCITABINE|n}}, no {{checkpoint inhibitors|CHECKPOINT_INHIBITOR|n}}.
{{ECOG 0|ECOG}}.
Plan: consent for {{PROMIS|INVESTIGATIONAL|y}} on 08/21; her Uganda trip is on hold until after surgery."""),
])

# ---------------------------------------------------------------------------
# PJ18  needs_review.  DOB 2009-09-30 -> 16 on as_of; only Lansky scores (the
# AYA clinic kept using Lansky after he turned 16) -> performance unknown.
# Possible local recurrence on ED ultrasound (MRI pending); grandmother's Huaier
# granules, unclear if still taken; 2024 infusion reaction to an investigational
# monoclonal antibody, grade not recorded; pharmacy catch-up shots of unknown type.
# ---------------------------------------------------------------------------
patient("PJ18", "2025-10-24", V("PS=u LR=u IMM=u MAB=u LV=u"), dob="2009-09-30", notes=[
("2023-05-11", "Pediatric oncology consult", False, """PEDIATRIC ONCOLOGY CONSULT 05/11/2023
13-year-old boy, 8th grade, soccer goalkeeper, with 2 months of right knee pain and a firm proximal tibial mass. Biopsy 05/08/2023: conventional high-grade osteosarcoma, osteoblastic. CT chest negative for metastases. Plan: MAP per standard schedule, port placement 05/15, fertility preservation (sperm banking) done 05/10, baseline audiogram and echo normal. Lansky 90. Mother and grandmother at bedside; grandmother asks about traditional Chinese medicine - advised to discuss any herbs with us first."""),
("2025-08-20", "Pediatric oncology follow-up", True, """PEDIATRIC / AYA SARCOMA CLINIC   08/20/2025
{{15-year-old|AGE}} boy, {{osteosarcoma|OSTEOSARCOMA}} R proximal tibia (05/2023), {{MAP|SYSTEMIC_THERAPY|h}} completed 02/2024, resection with expandable prosthesis 08/2023.
2024: enrolled on a phase I {{trial|INVESTIGATIONAL|h}} at Children's of an {{investigational|INVESTIGATIONAL|h}} {{monoclonal antibody|MONOCLONAL_ANTIBODY|h}} (anti-B7-H3) as maintenance; taken {{off study|INVESTIGATIONAL|h}} after the first infusion because of an {{infusion reaction|ALLERGIC_REACTION|h}} (04/2024). The {{trial|INVESTIGATIONAL|h}} summary says "{{infusion-related reaction|ALLERGIC_REACTION|h}}, resolved" without a grade; mother recalls hives and that he was given "a shot and IV Benadryl" and went home the same evening.
CT chest 08/14/2025: two new right-sided {{nodules|PULMONARY_NODULE}} (RUL 8 mm, RLL 10 mm), calcified - {{pulmonary metastases|LUNG_METASTASIS}}.
{{Lansky 80|LANSKY}} - back at school, limited sports.
Plan: thoracic surgery referral; {{PFTs|PULMONARY_FUNCTION|y}}."""),
("2025-09-17", "Thoracic surgery consult", True, """PEDIATRIC THORACIC SURGERY   09/17/2025
Two right {{pulmonary metastases|LUNG_METASTASIS}} ({{osteosarcoma|OSTEOSARCOMA}}), both subpleural. {{Resectable|RESECTABLE}}: recommend right thoracotomy with {{wedge resections|LUNG_RESECTION|y}} and manual palpation.
{{PFTs|PULMONARY_FUNCTION}} 09/12/2025: {{FEV1|PULMONARY_FUNCTION}} 99%, {{DLCO|PULMONARY_FUNCTION}} 93% - {{adequate|PULMONARY_FUNCTION}}.
Family would like to hear about a pre-operative {{trial|INVESTIGATIONAL|y}} first."""),
("2025-10-20", "Emergency department note", True, """ED NOTE 10/20/2025 voice dictated
{{16 year old|AGE}} male with {{osteosarcoma|OSTEOSARCOMA}} right tibia status post resection and expandable prosthesis brought by mom for swelling below the right knee noticed 5 days ago no fever no trauma no wound drainage
exam 3 cm firm nontender {{nodule|LOOKALIKE}} medial proximal leg just distal to the incision skin intact knee range normal no {{effusion of the knee|LOOKALIKE}} no erythema
bedside ultrasound solid hypoechoic vascular {{nodule|LOOKALIKE}} not a fluid collection
impression new soft tissue {{nodule|LOOKALIKE}} at the surgical site cannot exclude {{local recurrence|LOCAL_RECURRENCE|u}} versus suture granuloma
plan mri with contrast ordered for 10/27 and oncology aware they will see him 10/23
mom also mentions he got some catch up shots for school at the pharmacy last week she does not know which ones pharmacy closed now will call
discharged home"""),
("2025-10-23", "AYA oncology pre-screening note", True, """AYA SARCOMA CLINIC - PRE-SCREENING   10/23/2025
{{DOB: 09/30/2009|DOB}} - {{age 16|AGE}} since last month.
{{Osteosarcoma|OSTEOSARCOMA}} R tibia; {{MAP|SYSTEMIC_THERAPY|h}}; two right {{pulmonary metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}}; {{PFTs|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}}.
Performance: {{Lansky 80|LANSKY}} today (clinic template).
Open items for the {{PROMIS|INVESTIGATIONAL|y}} screen:
1. {{Nodule|LOOKALIKE}} at the tibial incision - possible {{local recurrence|LOCAL_RECURRENCE|u}}; MRI 10/27.
2. 04/2024 {{infusion reaction|ALLERGIC_REACTION|h}} to the {{investigational|INVESTIGATIONAL|h}} {{antibody|MONOCLONAL_ANTIBODY|h}} - grade not documented; requested the adverse-event form from Children's.
3. Grandmother has been giving him {{Huaier granules|IMMUNOMODULATOR|u}} "for immunity" since the summer. Mother thinks it stopped a few weeks ago; he says he still takes it "sometimes". Asked them to bring the packets.
4. School catch-up vaccines at the pharmacy about 10 days ago - type unknown (possibly {{MMR|LIVE_VACCINE|u}} dose 2, possibly {{meningococcal|NONLIVE_VACCINE|u}} and {{Tdap|NONLIVE_VACCINE|u}}); record requested.
Plan: revisit after MRI and records."""),
])

# ---------------------------------------------------------------------------
# PJ19  excluded.  36 F, OS L proximal humerus 2022 -> forequarter amputation,
# MAP; grade 2 cisplatin hearing loss with hearing aids; delivered 01/2026 and
# breastfeeding; postpartum MMR 04/28/2026 (14 d); thymalfasin injections, last
# 05/04 (8 d); uses an investigational prosthetic arm under an IDE device study.
# ---------------------------------------------------------------------------
patient("PJ19", "2026-05-12", V("PREG=m INV=m TOX=m IMM=m LV=m"), notes=[
("2023-02-08", "Medical oncology end-of-treatment note", False, """Sarcoma clinic 02/08/2023 - end of treatment visit. 33-year-old woman with osteosarcoma of the left proximal humerus (diagnosed 06/2022) involving the neurovascular bundle; forequarter amputation 09/2022 after 2 cycles of MAP, then completed MAP (18 weeks total) 01/2023. Necrosis 95%. Toxicities: bilateral high-frequency hearing loss after cisplatin, CTCAE grade 2, fitted for hearing aids; neutropenic fever x1 (resolved); mucositis grade 2 with HD-MTX (resolved). Echo normal. Surveillance CT every 3 months for 2 years. Occupational therapy for one-handed adaptation; prosthetics referral."""),
("2026-01-16", "Obstetric discharge summary", False, """OBSTETRICS DISCHARGE SUMMARY - Admit 01/15/2026, discharge 01/17/2026. G1P1. Spontaneous vaginal delivery at 39+2 weeks of a healthy boy, 3.4 kg, Apgars 8/9. Uncomplicated postpartum course. Breastfeeding well, lactation consult seen. Rubella non-immune on prenatal labs - MMR offered before discharge, patient preferred to wait until her postpartum visit. Rh positive. Contraception: will discuss at 6 weeks. Follow up with OB in 6 weeks and with her oncologist as scheduled."""),
("2026-03-20", "Medical oncology follow-up", True, """SARCOMA CLINIC   03/20/2026
{{36-year-old|AGE}} woman, {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus 2022, forequarter amputation and {{MAP|SYSTEMIC_THERAPY|h}}; 9 weeks postpartum and {{breastfeeding|LACTATION}} her son.
CT chest 03/16/2026 (first scan since {{pregnancy|PREGNANCY|h}}): two new {{nodules|PULMONARY_NODULE}} in the left lower lobe (7 and 12 mm), peripheral, partially calcified - {{pulmonary metastases|LUNG_METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|n}}. No chest-wall {{recurrence|LOCAL_RECURRENCE|n}}.
Persistent bilateral {{hearing loss|TOXICITY}} from {{cisplatin|SYSTEMIC_THERAPY|h}}, grade 2, wears hearing aids - unchanged since 2023.
Plan: thoracic surgery; discussed that most treatment options would require stopping {{breastfeeding|LACTATION|y}}; she would like to {{nurse|LACTATION|y}} until at least 6 months if possible."""),
("2026-04-28", "Postpartum / primary care visit", True, """FAMILY MEDICINE - 3-MONTH POSTPARTUM VISIT   04/28/2026
{{36 yo|AGE}} G1P1, baby 15 weeks, exclusively {{breastfeeding|LACTATION}}, growing well.
Rubella non-immune: {{MMR|LIVE_VACCINE}} (live) 0.5 mL SC given today - safe while {{nursing|LACTATION}}. {{Tdap|NONLIVE_VACCINE|h}} given in {{pregnancy|PREGNANCY|h}}.
Supplements: since February she goes twice a week to an integrative clinic for "immune shots" - she brought the vial box: {{thymalfasin|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg SC twice weekly, most recent injection 04/27. Advised to tell her oncologist.
Contraception: progestin-only pill started.
Mood: EPDS 6."""),
("2026-05-06", "Rehabilitation / prosthetics note", True, """PM&R AMPUTEE CLINIC   05/06/2026
{{36F|AGE}}, left forequarter amputation (2022) for {{osteosarcoma|OSTEOSARCOMA|h}}.
Prosthesis: since 11/2025 she has been enrolled in an {{investigational device study|INVESTIGATIONAL}} (IDE protocol, targeted muscle reinnervation with an {{investigational|INVESTIGATIONAL}} pattern-recognition myoelectric arm). She wears the study prosthesis 6-8 h daily; device download shows use every day this month, including today. Study visit 3 of 6 completed 05/01.
Function: independent in self-care and baby care with adaptations, drives, working part time - {{ECOG 1|ECOG}}.
Plan: continue training; next study visit 06/2026."""),
("2026-05-11", "Medical oncology pre-screening note", True, """SARCOMA ONCOLOGY - PRE-SCREENING   05/11/2026
{{36 y.o.|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} L humerus; {{MAP|SYSTEMIC_THERAPY|h}}; two LLL {{pulmonary metastases|LUNG_METASTASIS}} - {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|y}} (thoracic surgery 04/15); {{PFTs|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}} ({{FEV1|PULMONARY_FUNCTION}} 92%). {{ECOG 1|ECOG}}.
Items against {{PROMIS|INVESTIGATIONAL|y}} at this time: currently {{breastfeeding|LACTATION}}; {{MMR|LIVE_VACCINE}} on 04/28; {{thymalfasin|IMMUNOMODULATOR}} twice weekly until at least 05/04 (she stopped after that); active participant in an {{investigational device|INVESTIGATIONAL}} study; grade 2 {{hearing loss|TOXICITY}} after {{cisplatin|SYSTEMIC_THERAPY|h}}.
Plan: proceed with surgery {{off trial|INVESTIGATIONAL|n}}; she would like to keep {{nursing|LACTATION}} until the operation."""),
])

# ---------------------------------------------------------------------------
# PJ20  excluded.  47 M, OS R femur 2021; sintilimab + anlotinib with SD then PR
# then PD (secondary resistance); gem/docetaxel 2024; HIV on Biktarvy + chronic
# hep B; active local recurrence (biopsy 06/2026); on a phase I study drug since
# 07/2026 (last dose 09/22); Kanglaite infusions in Guangzhou 09/14-09/20;
# cytology-positive pleural effusion 09/2026.
# ---------------------------------------------------------------------------
patient("PJ20", "2026-09-30",
        V("RN=u PF=u LR=m MPE=m GEM=m CPI=m INV=m IMM=m HIV=m"), notes=[
("2024-04-22", "Medical oncology follow-up", True, """SARCOMA MEDICAL ONCOLOGY   04/22/2024
{{45-year-old|AGE}} man with {{osteosarcoma|OSTEOSARCOMA}} of the right femur (2021; {{MAP|SYSTEMIC_THERAPY|h}} and resection) and bilateral {{lung metastases|LUNG_METASTASIS}} since 05/2023; {{HIV|HIV}} on {{Biktarvy|HIV}} (VL undetectable, CD4 540) with chronic hepatitis B covered by the tenofovir in his regimen.
Current therapy: {{sintilimab|CHECKPOINT_INHIBITOR}} 200 mg q3w + {{anlotinib|SYSTEMIC_THERAPY}} 12 mg d1-14 q21d since 06/12/2023.
Response: 09/2023 {{SD|TUMOR_RESPONSE}}; 12/2023 {{PR|TUMOR_RESPONSE}} (-34%); 03/2024 {{PR|TUMOR_RESPONSE}} maintained; CT 04/15/2024 - three new {{nodules|PULMONARY_NODULE}} and regrowth of the RLL target: {{PD|TUMOR_RESPONSE}}.
Assessment: secondary resistance after about 10 months of disease control.
Plan: stop {{sintilimab|CHECKPOINT_INHIBITOR|h}}/{{anlotinib|SYSTEMIC_THERAPY|h}}; start {{gemcitabine/docetaxel|GEMCITABINE}} (gem 900 mg/m2 d1, d8; docetaxel 75 mg/m2 d8) with pegfilgrastim, C1 05/06/2024. ID aware; no interactions with bictegravir."""),
("2024-10-30", "Medical oncology follow-up", False, """Sarcoma clinic 10/30/2024 - completed 6 cycles gemcitabine/docetaxel (05/06-10/14/2024). CT 10/24: stable disease; nodules smaller by 12%. Grade 1 fluid retention, grade 1 nail changes. Treatment break with CT every 2-3 months. HIV VL undetectable 10/2024. Return 01/2025."""),
("2026-01-12", "Primary care annual visit", False, """INTERNAL MEDICINE / HIV PRIMARY CARE - ANNUAL VISIT   2026-01-12
Provider: S. Abernathy-Cole, MD   Clinic: Eastgate Community Health
Interval history: Feels "pretty good". Weight down 4 kg since last spring, appetite fair. Dry cough since Thanksgiving after his niece's cold, slowly improving, no fever, no hemoptysis. Off cancer treatment since 10/2024 (planned treatment break); lung spots being watched by Dr. Varga with CT every 2-3 months, next 02/2026. Working as a dispatcher.

PROBLEM LIST (ICD-10)
B20     Human immunodeficiency virus [HIV] disease - dx 2009, on Biktarvy, VL undetectable since 2017
B18.1   Chronic viral hepatitis B without delta-agent - suppressed on the tenofovir component
C40.21  Malignant neoplasm of long bones of right lower limb - osteosarcoma R femur (2021)
C78.00  Secondary malignant neoplasm of unspecified lung - pulmonary metastases since 05/2023
Z92.21  Personal history of antineoplastic chemotherapy (MAP; sintilimab/anlotinib; gemcitabine/docetaxel)
E78.5   Hyperlipidemia, unspecified
F41.1   Generalized anxiety disorder

MEDICATIONS
Biktarvy 50/200/25 mg - 1 tab PO daily - last filled 2025-12-28, 5 refills
atorvastatin 20 mg - 1 tab PO nightly - last filled 2025-12-02, 3 refills
sertraline 50 mg - 1 tab PO daily - last filled 2025-12-15, 5 refills
ALLERGIES: trimethoprim-sulfamethoxazole (diffuse rash, 2017)

VITALS: BP 128/82 | HR 78 | T 36.7 C | RR 14 | SpO2 97% RA | Wt 71.2 kg (75.4 kg 04/2025)
LABS 2026-01-05: CD4 552 (31%); HIV-1 RNA <20 copies/mL; HBV DNA not detected; ALT 28; AST 25; Cr 1.02; eGFR 88; Hgb 13.6; Plt 201; A1c 5.4%; LDL 96.
IMMUNIZATIONS: inactivated influenza 2025-10-14; COVID-19 mRNA 2025-10-14; PCV20 2024; Shingrix x2 2023; MMR immune by titer (no dose needed).

ASSESSMENT / PLAN
1. HIV - excellent control; continue Biktarvy; labs every 6 months.
2. Chronic hepatitis B - suppressed; liver ultrasound every 6 months (last 2025-09, no lesions).
3. Osteosarcoma with lung metastases - per oncology; weight loss noted, dietitian referral.
4. Post-viral cough since Thanksgiving - CXR today: no consolidation; honey, return if worse.
5. Anxiety - stable on sertraline.
Return 6 months."""),
("2026-07-14", "Clinical research note", True, """EARLY-PHASE CLINICAL TRIALS UNIT   07/14/2026  C1D1
Protocol: ABX-2207-101, phase I dose-escalation {{study|INVESTIGATIONAL}} of {{ABX-2207|INVESTIGATIONAL}} (oral CDK2/4 degrader), cohort 4.
Eligibility confirmed 07/10: measurable disease - {{lung metastases|LUNG_METASTASIS}} and a biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} in the right thigh (06/20/2026). {{HIV|HIV}} with undetectable VL allowed per protocol. Last {{anticancer therapy|SYSTEMIC_THERAPY|h}} > 4 weeks ago.
{{Study drug|INVESTIGATIONAL}} dispensed: {{ABX-2207|INVESTIGATIONAL}} 150 mg PO daily, 28-day cycles; first dose taken in clinic 09:40. PK samples drawn.
{{ECOG 1|ECOG}} at enrollment."""),
("2026-08-19", "MRI report", False, """MRI RIGHT THIGH WITH AND WITHOUT CONTRAST  08/19/2026
Indication: biopsy-proven local recurrence of osteosarcoma (06/2026), on a phase I study.
Findings: Lobulated enhancing mass in the vastus lateralis adjacent to the distal femoral prosthesis, 4.6 x 3.8 cm (4.1 x 3.5 cm on 06/15/2026). No new satellite lesions. No fluid collection.
Impression: Local recurrence, mildly increased (stable disease range by RECIST)."""),
("2026-09-24", "Hospitalist admission H&P", True, """HOSPITAL MEDICINE H&P   09/24/2026
CC: dyspnea, right chest pressure x 5 days.
HPI: {{47 yo|AGE}} M with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} (lungs, right thigh {{local recurrence|LOCAL_RECURRENCE}}), {{HIV|HIV}} on {{Biktarvy|HIV}}, on the {{ABX-2207 phase I study|INVESTIGATIONAL}} (last dose 09/22 per his pill diary). He returned 09/21 from Guangzhou, where his family arranged daily {{Kanglaite injection|IMMUNOMODULATOR}} infusions 09/14-09/20 at a private hospital "to fight the tumor" (discharge slip reviewed).
CXR/CT: large right {{pleural effusion|PLEURAL_EFFUSION}} with pleural {{nodularity|LOOKALIKE}}; {{lung nodules|PULMONARY_NODULE}} enlarged.
Plan: thoracentesis today - cytology, cell count; hold {{study drug|INVESTIGATIONAL}} pending discussion with the {{trial|INVESTIGATIONAL}} team; notify ID."""),
("2026-09-29", "Medical oncology inpatient consult", True, """MEDICAL ONCOLOGY CONSULT   09/29/2026
Pleural fluid cytology 09/25/2026: malignant cells, SATB2 positive, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} - {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
Prior therapy: {{MAP|SYSTEMIC_THERAPY|h}}; {{sintilimab|CHECKPOINT_INHIBITOR|h}} + {{anlotinib|SYSTEMIC_THERAPY|h}} ({{PR|TUMOR_RESPONSE}}, then {{progression|TUMOR_RESPONSE}} 04/2024); {{gemcitabine|GEMCITABINE|h}}/docetaxel 2024; {{ABX-2207 study drug|INVESTIGATIONAL}} since 07/14/2026, currently held.
{{Local recurrence|LOCAL_RECURRENCE}} right thigh present (MRI 08/19). {{HIV|HIV}} controlled.
Performance: up in the chair most of the day, self-care intact - {{ECOG 2|ECOG}}.
Assessment: he asked about the {{PROMIS trial|INVESTIGATIONAL|y}}; not eligible (pleural disease, {{local recurrence|LOCAL_RECURRENCE}}, prior {{gemcitabine|GEMCITABINE|h}}, prior {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|h}} with response, {{HIV|HIV}}, current {{study drug|INVESTIGATIONAL}}, recent {{Kanglaite|IMMUNOMODULATOR|h}}).
Plan: indwelling pleural catheter; palliative care."""),
])

# ---------------------------------------------------------------------------
# PJ21  eligible.  13 M (DOB), OS L femur 2024, MAP; grade 3 mucositis resolved,
# grade 1 hearing loss; peginterferon for vertically acquired hepatitis B
# completed 11/27/2025 = 15 days before as_of (outside 2 weeks); Lansky 80;
# mother nursing his newborn sister; template "Toxicities:" left empty.
# ---------------------------------------------------------------------------
patient("PJ21", "2025-12-12", V(""), dob="2012-05-20", notes=[
("2024-11-20", "Pediatric oncology end-of-therapy note", True, """PEDIATRIC ONCOLOGY - END OF THERAPY SUMMARY   11/20/2024
{{12-year-old|AGE}} boy with high-grade {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur (biopsy 03/2024), localized at diagnosis.
Therapy: {{MAP|SYSTEMIC_THERAPY|h}} ({{high-dose methotrexate|SYSTEMIC_THERAPY|h}}, {{doxorubicin|SYSTEMIC_THERAPY|h}}, {{cisplatin|SYSTEMIC_THERAPY|h}}) 03/2024-11/2024; limb-salvage resection with expandable prosthesis 06/2024 (necrosis 92%).
Toxicities during therapy: grade 3 oral {{mucositis|TOXICITY|h}} with the second {{HD-MTX|SYSTEMIC_THERAPY|h}} course (TPN for 6 days), fully resolved by 07/2024; high-frequency {{hearing loss|TOXICITY}} grade 1 on audiogram 11/2024 (no hearing aids needed); no {{cardiotoxicity|TOXICITY|n}} (EF 61%).
HBV: chronic hepatitis B (vertical, HBeAg positive, ALT 88); hepatology to discuss treatment now that {{chemo|SYSTEMIC_THERAPY|h}} is done.
Plan: surveillance CT chest every 3 months, port removal 12/2024."""),
("2024-12-20", "Pediatric hepatology consult", False, """PEDIATRIC HEPATOLOGY 12/20/2024. 12-year-old with vertically acquired chronic hepatitis B, HBeAg positive, HBV DNA 7.2 log IU/mL, ALT 88 (persistent elevation), fibroscan 7.4 kPa. Completed osteosarcoma therapy last month; oncology agrees with treatment. Discussed entecavir (long term) vs a finite 48-week course of peginterferon alfa-2a; family chose peginterferon. Start peginterferon alfa-2a 180 mcg/1.73 m2 SC weekly on 12/26/2024, planned last dose around 11/27/2025. CBC, TSH every 4-6 weeks. Mother (HBsAg positive, pregnant, due 09/2025) referred to adult hepatology for tenofovir in the third trimester."""),
("2025-10-15", "Pediatric oncology follow-up", True, """PEDIATRIC / AYA SARCOMA CLINIC   10/15/2025
{{13 y.o.|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} L femur, {{MAP|SYSTEMIC_THERAPY|h}} completed 11/2024.
Surveillance CT chest 10/09/2025: new 9 mm solid calcified {{nodule|PULMONARY_NODULE}} in the RUL posterior segment, subpleural; no other {{lesions|PULMONARY_NODULE}}; no {{pleural effusion|PLEURAL_EFFUSION|n}}. PET: avid, solitary. Consistent with a solitary {{pulmonary metastasis|LUNG_METASTASIS}}.
Leg: MRI no {{local recurrence|LOCAL_RECURRENCE|n}}.
Hepatitis B: on weekly {{peginterferon alfa-2a|IMMUNOMODULATOR}} since 12/2024 with hepatology, course finishing late November.
{{Lansky 80|LANSKY}}.
Plan: thoracic surgery referral; {{PFTs|PULMONARY_FUNCTION|y}}."""),
("2025-11-30", "Emergency department note", True, """PEDIATRIC ED  11/30/2025  dictated
{{13 year old|AGE}} boy inverted his right ankle playing basketball with cousins at thanksgiving gathering yesterday swelling lateral ankle able to bear weight 4 steps
history {{osteosarcoma|OSTEOSARCOMA|h}} of the left femur with prosthesis finished {{chemo|SYSTEMIC_THERAPY|h}} last november hepatitis b his mom says he finished his last weekly {{interferon|IMMUNOMODULATOR|h}} shot on thursday 11/27 and hepatology said that was the final one
exam tender atfl no bony tenderness ottawa negative
impression right ankle sprain grade 1
plan rice ace wrap ibuprofen school note
social lives with mom dad and 2 month old sister mom is {{breastfeeding|LACTATION|f}} the baby and asked whether his medicines are safe around the baby reassured"""),
("2025-12-10", "Pediatric oncology pre-screening note", True, """AYA SARCOMA CLINIC - PRE-SCREENING   12/10/2025
{{DOB: 05/20/2012|DOB}}
Dx: {{osteosarcoma|OSTEOSARCOMA}} L distal femur 03/2024, {{MAP|SYSTEMIC_THERAPY|h}}; solitary RUL {{pulmonary metastasis|LUNG_METASTASIS}} 10/2025.
Thoracic surgery 11/19: {{resectable|RESECTABLE}}, VATS {{wedge resection|LUNG_RESECTION|y}}. {{PFTs|PULMONARY_FUNCTION}} 11/17: {{FEV1|PULMONARY_FUNCTION}} 98%, {{DLCO|PULMONARY_FUNCTION}} 95% - {{adequate|PULMONARY_FUNCTION}}.
Toxicities:
Hepatitis B treatment: {{peginterferon|IMMUNOMODULATOR|h}} for hepatitis B, 48-week course, final dose 11/27/2025 (confirmed with hepatology).
{{Lansky 80|LANSKY}} - school full time, plays basketball.
Plan: consent discussion with parents for the {{PROMIS trial|INVESTIGATIONAL|y}} - SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|y}} and {{gemcitabine|GEMCITABINE|y}}, then {{metastasectomy|LUNG_RESECTION|y}}."""),
])

# ---------------------------------------------------------------------------
# PJ22  needs_review.  49 M transferred from an outside center: outside pathology
# "high-grade sarcoma, possible osteosarcoma vs UPS" (our review pending); an
# order for gemcitabine with no administration record (no other regimen
# documented); randomized in an outside study with dosing unknown; stem-cell
# transplant for myeloma 2012, type unrecorded; HIV differentiation assay
# indeterminate.  Lung mets resectable, PFTs fine, ECOG 1.
# ---------------------------------------------------------------------------
patient("PJ22", "2026-11-20", V("H=u PST=u GEM=u INV=u TX=u HIV=u"), notes=[
("2026-09-08", "Transfer of care summary", False, """TRANSFER OF CARE - records review 09/08/2026 (new patient visit 09/15)
49-year-old man, long-haul trucker, relocating from Tulsa to be near his daughter. Records from Cedar Plains Medical Center (partial, 41 pages):
- 01/2025: right distal femur mass; open biopsy 01/22/2025 read at Cedar Plains as "high-grade pleomorphic sarcoma; differential includes osteosarcoma (focal matrix, equivocal for osteoid) versus undifferentiated pleomorphic sarcoma; recommend expert consultation" - no addendum in the packet.
- 03/2025: order set printed for gemcitabine 900 mg/m2 days 1 and 8; there is no medication administration record, and a nursing note from 03/11 says "treatment deferred, plt 62". Nothing else about systemic treatment.
- 05/2025: distal femoral resection with endoprosthesis.
- 2012: multiple myeloma, "stem cell transplant 2012" in the problem list, no details; in remission, no maintenance since 2016.
- 10/2026 (patient report): he signed up for "a study" at Cedar Plains in early October, thinks he was randomized, not sure whether he got "the real drug".
Requests: pathology blocks for our review, full MAR, transplant center records, research office contact."""),
("2026-09-30", "CT chest report", True, """CT CHEST WITH CONTRAST   09/30/2026
Indication: high-grade bone tumor of the right femur (histologic subtype pending review), staging.
Findings: Three solid {{nodules|PULMONARY_NODULE}}: RUL 13 mm, RLL 9 mm, LLL 8 mm, all peripheral; the RUL {{nodule|PULMONARY_NODULE}} has dense central calcification. No {{pleural effusion|PLEURAL_EFFUSION|n}}. No hilar adenopathy.
Impression: Three {{pulmonary nodules|PULMONARY_NODULE}} consistent with {{pulmonary metastases|LUNG_METASTASIS}}."""),
("2026-10-21", "Thoracic surgery consult", True, """THORACIC SURGERY   10/21/2026
{{49 yo|AGE}} M with three {{pulmonary metastases|LUNG_METASTASIS}} from a right femoral bone tumor.
All three {{lesions|PULMONARY_NODULE}} peripheral, none near the hilum - {{resectable|RESECTABLE}} with bilateral staged {{wedge resections|LUNG_RESECTION|y}}.
{{PFTs|PULMONARY_FUNCTION}} 10/19: {{FEV1|PULMONARY_FUNCTION}} 89%, {{DLCO|PULMONARY_FUNCTION}} 82% - {{adequate|PULMONARY_FUNCTION}}.
Will coordinate with oncology once the histology question is settled."""),
("2026-11-04", "Primary care / infectious disease note", True, """PRIMARY CARE - NEW PATIENT LAB FOLLOW-UP   11/04/2026
Routine new-patient screening 10/28: {{HIV|HIV|u}}-1/2 antigen/antibody combination assay reactive. Reflex {{HIV-1/HIV-2 antibody|HIV|u}} differentiation assay: indeterminate (band pattern incomplete). {{HIV-1 RNA|HIV|u}} (quantitative) sent 11/02 - pending.
Patient counseled: a reactive screen with an indeterminate confirmatory test is not a diagnosis; could be early infection or a false-positive (prior myeloma/IVIG history noted). No risk factors reported.
Other: history of {{multiple myeloma|OTHER_MALIGNANCY|h}} 2012 with a {{stem cell transplant|TRANSPLANT|h}} (type not recorded; {{transplant center|LOOKALIKE}} records requested).
Vaccines: {{influenza|NONLIVE_VACCINE}} (inactivated) and {{COVID-19 mRNA|NONLIVE_VACCINE}} given today.
Plan: ID referral; call with RNA result."""),
("2026-11-18", "Medical oncology pre-screening note", True, """SARCOMA ONCOLOGY - PRE-SCREENING   11/18/2026
{{49 y.o.|AGE}} M. Right distal femur high-grade bone tumor, resected 05/2025 (Tulsa). Outside diagnosis "{{osteosarcoma|OSTEOSARCOMA|u}} versus {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|u}}"; our bone pathology review still pending (blocks arrived 11/12).
Lungs: three {{pulmonary metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}}; {{PFTs|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}}.
Prior treatment: the only documented item is an order for {{gemcitabine|GEMCITABINE|u}} 03/2025 with a note "deferred, plt 62" - no administration record; whether any {{chemotherapy|SYSTEMIC_THERAPY|u}} was given is unknown.
Outside {{study|INVESTIGATIONAL|u}} (Cedar Plains, randomized early 10/2026): arm and dosing unknown; research office has not replied.
{{Multiple myeloma|OTHER_MALIGNANCY|h}} 2012, {{stem cell transplant|TRANSPLANT|h}} 2012 - autologous vs allogeneic not documented.
{{HIV|HIV|u}}: screen reactive, differentiation indeterminate, RNA pending.
{{ECOG 1|ECOG}} - driving again, independent.
Plan: revisit when pathology, RNA and records return."""),
])

# ---------------------------------------------------------------------------
# PJ23  excluded.  55 F, breast cancer (pathology 09/14/2021, inside 5 y) treated
# with AC-T; persistent grade 2 paclitaxel neuropathy; radiation-associated chest
# wall sarcoma 2026: core "cannot exclude osteosarcoma", excision = UPS, no osteoid
# (supersedes) -> histology not_met; no chemo for the sarcoma; yellow fever vaccine
# 22 days before as_of; pleural metastases with cytology-positive effusion but no
# parenchymal lung metastases.
# ---------------------------------------------------------------------------
patient("PJ23", "2026-05-28",
        V("H=x PM=x RN=u PST=x PF=u OM=m MPE=m TOX=m LV=m"), notes=[
("2021-09-14", "Pathology report", False, """SURGICAL PATHOLOGY 09/14/2021 - Left breast, 2 o'clock, ultrasound-guided core biopsy.
Diagnosis: Invasive ductal carcinoma, grade 3, 1.9 cm on imaging. ER 0%, PR 0%, HER2 1+ (negative) - triple negative. Ki-67 70%.
Comment: Results called to Dr. Sandoval 09/14/2021. Patient 50 years old at diagnosis."""),
("2026-02-10", "Pathology report", True, """SURGICAL PATHOLOGY - LEFT CHEST WALL MASS, CORE BIOPSY   02/10/2026
Clinical: {{55-year-old|AGE}} woman, {{breast cancer|OTHER_MALIGNANCY|h}} 2021 treated with lumpectomy, {{chemotherapy|SYSTEMIC_THERAPY|h}} and radiation; new firm mass in the left chest wall within the radiation field, abutting rib 4.
Diagnosis: High-grade malignant spindle and pleomorphic cell neoplasm. Small foci of dense eosinophilic extracellular material that could represent osteoid; radiation-associated {{osteosarcoma|OSTEOSARCOMA|u}} cannot be excluded. Keratins and GATA3 negative - not recurrent {{carcinoma|OTHER_MALIGNANCY|n}}.
Comment: Definitive classification deferred to the resection specimen."""),
("2026-03-20", "Pathology report", True, """SURGICAL PATHOLOGY - LEFT CHEST WALL RESECTION WITH RIBS 3-5   03/20/2026
FINAL DIAGNOSIS: Radiation-associated {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA}}, high grade (FNCLCC grade 3), 6.2 cm, arising in the soft tissue of the chest wall with superficial erosion of rib 4. No tumor osteoid identified in 22 blocks; SATB2 patchy and weak; MDM2 not amplified. Margins negative (closest 0.6 cm).
Comment: The material questioned as osteoid on the core biopsy (02/10/2026) is hyalinized collagen. {{This supersedes the core biopsy comment|CORRECTION}}: the tumor is not an {{osteosarcoma|OSTEOSARCOMA|n}}."""),
("2026-05-06", "Travel medicine clinic note", True, """TRAVEL CLINIC   05/06/2026
{{55 yo|AGE}} F traveling to Ghana (Accra, Kumasi) 06/10-07/01/2026 for her nephew's wedding.
Medical: {{breast cancer|OTHER_MALIGNANCY|h}} 2021; chest wall {{sarcoma|OTHER_SARCOMA}} resected 03/2026 with clear margins, no further treatment planned per her surgeon's letter; no {{chemotherapy|SYSTEMIC_THERAPY|n}} currently, no {{steroids|SYSTEMIC_STEROID|n}}, no {{immune-suppressing medicines|IMMUNOSUPPRESSANT|n}}. Persistent numbness in both feet from {{paclitaxel|SYSTEMIC_THERAPY|h}}.
Ghana requires a vaccination certificate for entry.
Given today: {{yellow fever vaccine|LIVE_VACCINE}} (live) 0.5 mL SC; {{Typhim Vi|NONLIVE_VACCINE}} (injectable); {{hepatitis A|NONLIVE_VACCINE}} #1. {{Meningococcal|NONLIVE_VACCINE|n}} not required.
Malaria: atovaquone-proguanil. Traveler's diarrhea kit."""),
("2026-05-21", "Hospitalist admission H&P", True, """HOSPITAL MEDICINE H&P   05/21/2026
{{55-year-old|AGE}} woman with radiation-associated {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA}} of the left chest wall (resected 03/2026) and prior {{breast cancer|OTHER_MALIGNANCY|h}} (2021), admitted with 10 days of progressive dyspnea.
CT chest 05/20: large left {{pleural effusion|PLEURAL_EFFUSION}} with multiple enhancing {{pleural nodules|LOOKALIKE}} along the costal and diaphragmatic pleura - {{pleural metastases|MALIGNANT_EFFUSION}}. The lung parenchyma is clear: no {{pulmonary nodules|PULMONARY_NODULE|n}}, no parenchymal {{metastases|LUNG_METASTASIS|n}}.
Thoracentesis 05/20: 1.8 L; cytology 05/21 - malignant cells, pleomorphic spindle cells consistent with the known {{sarcoma|OTHER_SARCOMA}}: {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
Nerves: grade 2 sensory {{peripheral neuropathy|TOXICITY}} from {{paclitaxel|SYSTEMIC_THERAPY|h}} (2022), persistent - difficulty with buttons, uses a cane outdoors.
Before this illness: working, independent - {{ECOG 1|ECOG}}.
Recent {{yellow fever vaccine|LIVE_VACCINE}} 05/06/2026 (trip now cancelled).
Plan: indwelling pleural catheter; sarcoma oncology consult; talc pleurodesis to be considered."""),
("2026-05-27", "Medical oncology consult", False, """Sarcoma oncology consult 05/27/2026. 55F, radiation-associated undifferentiated pleomorphic sarcoma of the chest wall (not osteosarcoma on the resection specimen, which superseded the core biopsy), now with pleural metastases and a cytology-positive malignant effusion; no lung parenchymal metastases. She has never had chemotherapy for the sarcoma; her AC-T in 2021-2022 was for triple-negative breast cancer (diagnosed 09/2021). Grade 2 paclitaxel neuropathy persists. Yellow fever vaccine 05/06. ECOG 1. Trial screening (PROMIS) not applicable - wrong histology, no lung metastases. Plan: doxorubicin-based chemotherapy after pleural catheter placement; palliative care introduction."""),
])

# ---------------------------------------------------------------------------
# PJ24  excluded.  31 F, EWING sarcoma R fibula 2023 (a dictated "osteosarcoma"
# is corrected by addendum); gem/docetaxel 2025; hilar metastasis abutting the
# right main pulmonary artery (pneumonectomy); Crohn's on adalimumab;
# infliximab anaphylaxis 2022; HIV on Biktarvy; 7-week intrauterine pregnancy.
# ---------------------------------------------------------------------------
patient("PJ24", "2026-02-26",
        V("H=x RN=x PF=u MAB=m AI=m GEM=m HIV=m PREG=m STER=m"), notes=[
("2023-04-12", "Pathology report", False, """SURGICAL PATHOLOGY 04/12/2023 - Right proximal fibula, core biopsy. Clinical: 28-year-old woman with a painful fibular mass. Diagnosis: Ewing sarcoma. Sheets of uniform small round blue cells, CD99 strong membranous, NKX2.2 positive; FISH: EWSR1 rearrangement; RT-PCR: EWSR1-FLI1 type 1 fusion. No osteoid. Comment: Findings discussed with Dr. Nakamura."""),
("2025-01-08", "Medical oncology follow-up", True, """SARCOMA MEDICAL ONCOLOGY   01/08/2025
{{30-year-old|AGE}} woman with {{Ewing sarcoma|OTHER_SARCOMA}} of the right proximal fibula (04/2023), treated with {{VDC/IE|SYSTEMIC_THERAPY|h}} x 14 cycles and fibulectomy (completed 02/2024).
CT 12/2024: five new bilateral {{nodules|PULMONARY_NODULE}}, the largest 19 mm at the right hilum - {{pulmonary metastases|LUNG_METASTASIS}} (relapse 10 months off therapy).
Comorbidities: {{Crohn's disease|AUTOIMMUNE_DISEASE}} on {{adalimumab|IMMUNOSUPPRESSANT}}; {{HIV|HIV}} on {{Biktarvy|HIV}}, undetectable.
Plan: {{gemcitabine|GEMCITABINE}} 675 mg/m2 d1, d8 + docetaxel 75 mg/m2 d8 q21d, C1 01/13/2025 ({{irinotecan/temozolomide|SYSTEMIC_THERAPY|y}} is the alternative)."""),
("2025-11-19", "Gastroenterology follow-up", True, """GASTROENTEROLOGY - IBD CLINIC   11/19/2025
{{30 yo|AGE}} F with ileocolonic {{Crohn's disease|AUTOIMMUNE_DISEASE}} (2014).
History: {{infliximab|MONOCLONAL_ANTIBODY|h}} 2019-2022, stopped after {{anaphylaxis|ALLERGIC_REACTION|h}} during infusion #19 on 06/2022 (angioedema, wheeze, hypotension 78/40 - epinephrine, ED admission; CTCAE grade 3). Switched to {{adalimumab|IMMUNOSUPPRESSANT}} 40 mg SC every 2 weeks 09/2022 - continued through her sarcoma treatment with oncology agreement.
Current: clinical remission, CRP 3, calprotectin 62. Last {{adalimumab|IMMUNOSUPPRESSANT}} pen 11/14/2025; next due 11/28. Refills through 05/2026.
Other: {{Ewing sarcoma|OTHER_SARCOMA}} with {{lung metastases|LUNG_METASTASIS}}; {{HIV|HIV}} well controlled on {{Biktarvy|HIV}}.
Plan: continue {{adalimumab|IMMUNOSUPPRESSANT}}; colonoscopy 2026."""),
("2026-02-20", "Medical oncology follow-up", True, """sarcoma clinic follow up 02/20/2026 dictated voice recognition
{{31 year old|AGE}} woman with {{osteosarcoma|OSTEOSARCOMA}} of the right fibula and {{pulmonary metastases|LUNG_METASTASIS}} last {{gemcitabine|GEMCITABINE|h}} docetaxel 04/2025 best response {{stable disease|TUMOR_RESPONSE}}
ct chest 02/12 the right hilar {{mass|PULMONARY_NODULE}} now 26 mm abuts the {{right main pulmonary artery|CENTRAL_STRUCTURE}} other four {{nodules|PULMONARY_NODULE}} unchanged no {{effusion|PLEURAL_EFFUSION|n}}
thoracic surgery dr lindqvist reviewed clearance of the hilar {{lesion|PULMONARY_NODULE}} would require a right {{pneumonectomy|PNEUMONECTOMY|y}} and she does not recommend it {{not resectable|UNRESECTABLE}} by {{lesser resection|LUNG_RESECTION|n}}
she reports her period is late serum {{hcg|PREGNANCY_TEST}} today positive 2140 ob ultrasound scheduled
still on {{adalimumab|IMMUNOSUPPRESSANT}} every other week for {{crohns|AUTOIMMUNE_DISEASE}} and {{biktarvy|HIV}}
{{ecog 1|ECOG}}
plan discuss options after ob visit"""),
("2026-02-21", "Addendum to oncology note", True, """ADDENDUM to sarcoma clinic note of 02/20/2026 - {{CORRECTION|CORRECTION}}
The diagnosis line in the 02/20 dictation contains a voice-recognition error. {{This is incorrect|CORRECTION}}: the patient's diagnosis is {{Ewing sarcoma|OTHER_SARCOMA}} of the right fibula (EWSR1-FLI1, pathology 04/12/2023). She has never had an {{osteosarcoma|OSTEOSARCOMA|n}}. All other content of the note is accurate.
Electronically signed 02/21/2026 08:12."""),
("2026-02-25", "Obstetric ultrasound report", True, """OB ULTRASOUND - FIRST TRIMESTER   02/25/2026
Indication: positive {{serum hCG|PREGNANCY_TEST}}, history of {{Ewing sarcoma|OTHER_SARCOMA}}.
Findings: single {{intrauterine pregnancy|PREGNANCY}}. CRL 10.6 mm, corresponding to {{7 weeks 1 day|PREGNANCY}}. Fetal cardiac activity present, 138 bpm. No subchorionic hemorrhage. Ovaries normal.
Impression: live {{IUP|PREGNANCY}} at 7w1d; EDD 10/14/2026."""),
])

# ===========================================================================
# Build, check, write
# ===========================================================================
LINT_WORDS = [
    r"osteo\w*sarcoma", r"sarcoma", r"metasta\w*", r"\bmets\b", r"nodul\w*",
    r"resect\w*", r"pneumonectomy", r"lobectomy", r"segmentectomy", r"wedge",
    r"bronchus", r"PFTs?\b", r"FEV1", r"DLCO", r"effusion", r"\bchemo\w*",
    r"\bMAP\b", r"methotrexate", r"\bMTX\b", r"doxorubicin", r"cisplatin",
    r"ifosfamide", r"etoposide", r"gemcitabine", r"\btrial\b", r"study drug",
    r"investigational", r"\w+mab\b", r"PD-1", r"PD-L1", r"partial response",
    r"stable disease", r"progress\w*", r"interferon", r"thymalfasin", r"Huaier",
    r"Kanglaite", r"prednis\w*", r"dexameth\w*", r"steroid\w*", r"fluticasone",
    r"budesonide", r"tacrolimus", r"mycophenolate", r"transplant\w*",
    r"anaphyla\w*", r"allergic", r"reaction", r"neuropathy", r"hearing loss",
    r"mucositis", r"fatigue", r"\bHIV\b", r"Biktarvy", r"vaccin\w*", r"\bMMR\b",
    r"pregnan\w*", r"nursing", r"breastfe\w*", r"hCG", r"ECOG", r"KPS",
    r"Karnofsky", r"Lansky", r"year[- ]old", r"\by/?o\b", r"\bDOB\b",
    r"cancer", r"carcinoma", r"melanoma", r"lymphoma", r"leuk\w*",
    r"recurrence", r"psoria\w*", r"arthritis", r"lupus", r"Crohn", r"insulin",
    r"levothyroxine", r"immunosuppress\w*", r"Ewing", r"chondrosarcoma",
]
LINT = re.compile("|".join("(?:%s)" % w for w in LINT_WORDS), re.I)


def parse(text):
    """Strip markup, return (clean_text, spans)."""
    out, spans, phrases, pos = [], [], [], 0
    clean_len = 0
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        assert "{{" not in chunk and "}}" not in chunk, chunk[-80:]
        out.append(chunk)
        clean_len += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in LABELS, label
        assert phrase == phrase.strip() and phrase, repr(phrase)
        fl = {v: False for v in FLAG_CODES.values()}
        for f in [x for x in flags.split(",") if x]:
            assert f in FLAG_CODES, (f, phrase)
            fl[FLAG_CODES[f]] = True
        start = clean_len
        out.append(phrase)
        clean_len += len(phrase)
        spans.append(dict(start=start, end=clean_len, label=label, **fl))
        phrases.append(phrase)
        pos = m.end()
    tail = text[pos:]
    assert "{{" not in tail and "}}" not in tail, tail[:80]
    out.append(tail)
    clean = "".join(out)
    for sp, ph in zip(spans, phrases):
        assert clean[sp["start"]:sp["end"]] == ph, (ph, sp)
    return clean, spans


def d(s):
    return _dt.date.fromisoformat(s)


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def status_of(v):
    if any(v[c] == "not_met" for c in INCLUSIONS) or \
            any(v[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(v[c] == "met" for c in INCLUSIONS) and \
            all(v[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def build():
    notes_out, pats_out, lint_msgs = [], [], []
    seen_ids = set()
    for i, p in enumerate(PATIENTS, 1):
        pid = p["pid"]
        assert pid == "PJ%02d" % i, pid
        as_of = d(p["as_of"])
        assert d("2025-06-01") <= as_of <= d("2026-11-30"), pid
        verdicts = {c: "met" for c in INCLUSIONS}
        verdicts.update({c: "not_met" for c in EXCLUSIONS})
        for k, v in p["verdicts"].items():
            verdicts[SHORT[k]] = v
        assert set(verdicts) == set(INCLUSIONS + EXCLUSIONS)
        assert 3 <= len(p["notes"]) <= 8, pid
        dob = d(p["dob"]) if p["dob"] else None
        last = None
        for j, (nd, ntype, annotated, raw) in enumerate(p["notes"], 1):
            nid = "%s-N%d" % (pid, j)
            assert nid not in seen_ids
            seen_ids.add(nid)
            ndate = d(nd)
            assert ndate <= as_of, nid
            assert last is None or ndate >= last, nid
            last = ndate
            text, spans = parse(raw.strip("\n"))
            if annotated:
                assert spans, nid + " marked annotated but has no spans"
            else:
                assert not spans, nid + " has markup but is marked unannotated"
            for s in spans:
                phrase = text[s["start"]:s["end"]]
                if s["label"] == "AGE" and dob:
                    n = int(re.search(r"\d+", phrase).group())
                    assert n == age_on(dob, ndate), (nid, phrase, age_on(dob, ndate))
                if s["label"] == "DOB":
                    assert dob is not None, nid
            # overlap check
            ss = sorted(spans, key=lambda s: s["start"])
            for a, b in zip(ss, ss[1:]):
                assert a["end"] <= b["start"], (nid, a, b)
            if annotated:
                covered = [(s["start"], s["end"]) for s in spans]
                for m in LINT.finditer(text):
                    if not any(a <= m.start() < b for a, b in covered):
                        lo = max(0, m.start() - 40)
                        lint_msgs.append("%s: ...%s[%s]%s..." % (
                            nid, text[lo:m.start()].replace("\n", " "),
                            m.group(), text[m.end():m.end() + 30].replace("\n", " ")))
            notes_out.append(dict(patient_id=pid, note_id=nid, note_date=nd,
                                  note_type=ntype, text=text, spans=spans))
        pats_out.append(dict(patient_id=pid, as_of=p["as_of"],
                             status=status_of(verdicts),
                             criteria={c: verdicts[c] for c in INCLUSIONS + EXCLUSIONS}))
    return notes_out, pats_out, lint_msgs


def main():
    notes_out, pats_out, lint_msgs = build()
    # ---- corpus-level checks -------------------------------------------------
    assert len(pats_out) == 24
    mix = {}
    for p in pats_out:
        mix[p["status"]] = mix.get(p["status"], 0) + 1
    assert 7 <= mix.get("eligible", 0) <= 9, mix
    assert 8 <= mix.get("excluded", 0) <= 10, mix
    assert 6 <= mix.get("needs_review", 0) <= 8, mix
    table = {}
    for c in INCLUSIONS + EXCLUSIONS:
        cnt = {"met": 0, "not_met": 0, "unknown": 0}
        for p in pats_out:
            cnt[p["criteria"][c]] += 1
        table[c] = cnt
        assert cnt["met"] >= 3 and cnt["not_met"] >= 3 and cnt["unknown"] >= 2, (c, cnt)
    n_ann = sum(1 for n in notes_out if n["spans"])
    assert n_ann * 2 >= len(notes_out), (n_ann, len(notes_out))
    assert 110 <= len(notes_out) <= 140, len(notes_out)
    # ---- write ---------------------------------------------------------------
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "patients.jsonl"), "w", encoding="utf-8") as fh:
        for p in pats_out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    # ---- summary -------------------------------------------------------------
    words = sorted(len(n["text"].split()) for n in notes_out)
    n_spans = sum(len(n["spans"]) for n in notes_out)
    print("part J: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(pats_out), len(notes_out), n_ann, n_spans))
    print("note length (words): min %d, median %d, max %d"
          % (words[0], words[len(words) // 2], words[-1]))
    print("status mix: " + ", ".join("%s %d" % (k, mix[k]) for k in
                                     ("eligible", "excluded", "needs_review")))
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for c in INCLUSIONS + EXCLUSIONS:
        t = table[c]
        print("%-30s %5d %8d %8d" % (c, t["met"], t["not_met"], t["unknown"]))
    if "--lint" in sys.argv:
        print("\nLINT (possible unannotated concept words in annotated notes):")
        for m in lint_msgs:
            print("  " + m)


if __name__ == "__main__":
    main()
