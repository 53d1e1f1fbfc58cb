#!/usr/bin/env python3
"""Gold corpus part K (independent author): PROMIS osteosarcoma screening.

Synthetic charts for 24 invented patients (PK01..PK24) from sarcoma services in
New Zealand, South Africa, Nigeria, Kenya, Singapore and Malaysia.  Stdlib only.

Run from the repository root:  python3 annotated_notes/source/part_k.py
Writes annotated_notes/parts/k/notes.jsonl and annotated_notes/parts/k/patients.jsonl.

Inline markup in note text:  {{phrase|LABEL}}  or  {{phrase|LABEL|flag,flag}}
flags: neg (negated), unc (uncertain), hist (historical), hyp (hypothetical), fam (family).
A note without any markup is written with "spans": [] (counts for verdicts only).
"""
import json
import os
import re
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "annotated_notes", "parts", "k")

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
ABBR = {
    "hist": "osteosarcoma_histology", "lung": "pulmonary_metastases",
    "resect": "resectable_nodules", "sys": "prior_systemic_therapy",
    "age": "age_eligible", "ps": "performance_status",
    "pft": "pulmonary_function_adequate",
    "lr": "active_local_recurrence", "mpe": "malignant_pleural_effusion",
    "gem": "prior_gemcitabine", "om": "other_malignancy_5y",
    "inv": "investigational_agent_4w", "cpi": "prior_checkpoint_inhibitor",
    "imm": "immunomodulator_2w", "ai": "autoimmune_systemic_2y",
    "ster": "systemic_steroids_7d", "allo": "allogeneic_transplant",
    "mab": "mab_allergy", "tox": "unresolved_toxicity", "hiv": "hiv",
    "live": "live_vaccine_30d", "preg": "pregnant_or_lactating",
}
FLAGS = {"neg": "negated", "unc": "uncertain", "hist": "historical",
         "hyp": "hypothetical", "fam": "family"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_0-9]+)(?:\|([a-z,]+))?\}\}")

PATIENTS = []


def P(pid, as_of, status, verdicts, notes):
    """verdicts: 'abbr=value ...' overriding defaults (inclusion met, exclusion not_met)."""
    crit = {c: "met" for c in INCLUSIONS}
    crit.update({c: "not_met" for c in EXCLUSIONS})
    for tok in verdicts.split():
        k, v = tok.split("=")
        v = {"m": "met", "n": "not_met", "u": "unknown"}[v]
        crit[ABBR[k]] = v
    PATIENTS.append({"patient_id": pid, "as_of": as_of, "expected": status,
                     "criteria": crit, "notes": notes})


def days(a, b):
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def age_on(dob, on):
    d, o = date.fromisoformat(dob), date.fromisoformat(on)
    return o.year - d.year - ((o.month, o.day) < (d.month, d.day))


# Boundary arithmetic the verdicts rely on (documentation + self-check).
assert age_on("2010-08-15", "2026-08-14") == 15      # PK01: Lansky scale applies
assert days("2026-05-21", "2026-05-29") == 8         # PK04: prednisone outside 7 days
assert days("2026-02-25", "2026-03-12") == 15        # PK05: yellow fever inside 30 days
assert days("2026-02-20", "2026-03-12") == 20        # PK05: study vaccine inside 4 weeks
assert days("2025-10-31", "2025-12-01") == 31        # PK10: yellow fever outside 30 days
assert age_on("2016-11-03", "2026-06-22") == 9       # PK11: too young
assert days("2026-06-05", "2026-06-22") == 17        # PK11: MMR inside 30 days
assert age_on("1961-11-10", "2026-11-11") == 65      # PK16: 65 inclusive
assert date(2021, 10, 5) < date(2021, 11, 11)        # PK16: prostate ca just over 5 years
assert age_on("2009-02-14", "2026-02-12") == 16      # PK19: ECOG scale applies
assert days("2026-01-28", "2026-02-12") == 15        # PK19: Huaier stopped outside 2 weeks
assert age_on("1960-06-30", "2026-07-06") == 66      # PK20: too old
assert days("2026-06-29", "2026-07-06") == 7         # PK20: interferon inside 2 weeks
assert days("2026-06-20", "2026-07-06") == 16        # PK20: investigational inside 4 weeks
assert days("2026-06-19", "2026-07-06") == 17        # PK20: Vivotif inside 30 days
assert days("2026-07-01", "2026-07-20") == 19        # PK09: typhoid vaccine (type unknown)
assert days("2026-10-02", "2026-10-19") == 17        # PK18: vaccine (type unknown)
assert age_on("1985-07-02", "2026-10-05") == 41      # PK08
assert age_on("1982-03-09", "2026-03-09") == 44      # PK13
assert age_on("2008-09-30", "2026-02-16") == 17      # PK03
assert age_on("2007-02-11", "2026-05-04") == 19      # PK17

# ---------------------------------------------------------------------------
# PK01 - Auckland, boy turning 16 the day after screening (Lansky applies). Eligible.
P("PK01", "2026-08-14", "eligible", "", [
("2026-06-02", "clinic_letter", """Auckland Regional Bone Tumour Service - Outpatient Clinic Letter
2 June 2026

Dear Dr Whaanga,

Re: Tama R.   {{DOB: 15/08/2010|DOB}}   NHI ZKT4471

Diagnosis: high-grade conventional {{osteosarcoma|OSTEOSARCOMA}}, left distal femur (open biopsy 12/03/2025)
Treatment to date: {{MAP chemotherapy|SYSTEMIC_THERAPY|hist}} completed 10/2025; distal femoral replacement 06/2025 (91% necrosis)

Thank you for continuing to share the care of Tama, a {{15-yr-old|AGE}} from Pukekohe. His surveillance CT chest on 28/05/2026 showed three new {{nodules|PULMONARY_NODULE}} in the right lower lobe and lingula, the largest 9 mm, which in this setting we regard as {{pulmonary metastases|LUNG_METASTASIS}}. He is well, back at school part-time and walking without aids. {{Lansky 80|LANSKY}}.

His asthma is controlled on a {{fluticasone inhaler|LOCAL_STEROID}} 125 mcg bd. Mum (Aroha) was treated for {{breast cancer|OTHER_MALIGNANCY|fam}} in 2024 and is doing well; she asked whether Tama's illness is inherited and we have offered a genetics referral (TP53 testing).

We will present him at the thoracic MDT on the 24th and discuss whether he could be screened for the {{PROMIS trial|INVESTIGATIONAL|hyp}}.

Kind regards,
Dr Helen Pryor, Paediatric Oncologist"""),
("2026-06-10", "radiology_report", """CT CHEST WITH CONTRAST - Auckland City Hospital Radiology
Date: 10/06/2026
Clinical: {{osteosarcoma|OSTEOSARCOMA}} L femur, surveillance; new {{nodules|PULMONARY_NODULE}} on 28/05.
Comparison: CT 14/11/2025.

Findings:
Three solid {{pulmonary nodules|PULMONARY_NODULE}}: RLL posterior basal 9 mm (subpleural), RLL superior segment 6 mm, lingula 7 mm. All new since 11/2025. No calcification. The {{nodules|PULMONARY_NODULE}} are peripheral and do not abut the {{main bronchi or hilar vessels|CENTRAL_STRUCTURE|neg}}.
No mediastinal or hilar lymphadenopathy. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Visualised upper abdomen unremarkable.

IMPRESSION: Three new peripheral {{pulmonary nodules|PULMONARY_NODULE}}, compatible with {{metastases|METASTASIS}} in this clinical context.
Reported by Dr S. Kaur, Radiologist"""),
("2026-06-24", "mdt_minutes", """Thoracic & Bone Tumour MDT - minutes, Wed 24 June 2026
Present: Pryor (paed onc), Faleolo (thoracic surgery), Kaur (radiology), Lim (radiation oncology), Tuhiwai (CNS)

Patient: Tama R., {{15M|AGE}}
Summary: {{osteosarcoma|OSTEOSARCOMA}} L distal femur, {{MAP|SYSTEMIC_THERAPY|hist}} completed Oct 2025, 3 new {{lung mets|LUNG_METASTASIS}} (RLL x2, lingula).
Discussion: Mr Faleolo - all three {{nodules|PULMONARY_NODULE}} peripheral and {{resectable|RESECTABLE}}; would plan staged {{wedge resections|LUNG_RESECTION|hyp}}, right VATS first. {{PFTs|PULMONARY_FUNCTION}} 18/06: {{FEV1|PULMONARY_FUNCTION}} 94% pred, {{DLCO|PULMONARY_FUNCTION}} 88% pred - adequate for staged thoracic surgery.
Option discussed: PROMIS - SBRT to the {{nodules|PULMONARY_NODULE}} with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} and {{gemcitabine|GEMCITABINE|hyp}}, followed by {{metastasectomy|LUNG_RESECTION|hyp}}. Family keen to hear more.
Outcome: refer to research coordinator; if not enrolled, proceed to {{wedge resection|LUNG_RESECTION|hyp}} as standard care."""),
("2026-07-30", "nursing_note", """Clinical nurse specialist - counselling note 30/07/26
Tama (15) seen with mum. Went through the PROMIS information sheet and consent for screening. Explained side effects of {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} (thyroid, skin, bowel, lung inflammation) and the hospital days needed.
Current issues: mild tinnitus; audiogram 07/2026 shows grade 1 high-frequency {{hearing loss|TOXICITY}} after previous {{cisplatin|SYSTEMIC_THERAPY|hist}}, unchanged since 12/2025. Hair fully regrown ({{alopecia|TOXICITY|hist}} resolved). No {{neuropathy|TOXICITY|neg}}.
Vaccines: {{inactivated influenza vaccine|NONLIVE_VACCINE}} (Influvac Tetra) given by the GP on 28/07.
Function: plays touch rugby at lunchtime, {{Lansky 90|LANSKY}}. (Ward template asks for ECOG - entered as {{ECOG 1|ECOG}}.)
Mum's questions about her own {{breast cancer|OTHER_MALIGNANCY|fam}} follow-up answered and GP letter given.
M. Tuhiwai, CNS""".replace("Tama (15)", "Tama {{(15)|AGE}}")),
("2026-08-12", "pharmacy_record", """Starship Outpatient Pharmacy - dispensing history (printed 12/08/2026)
Patient: Tama R.  NHI ZKT4471
Fluticasone propionate 125 mcg MDI, 2 puffs BD - dispensed 12/08/26, 1 inhaler
Salbutamol 100 mcg MDI, 2 puffs PRN - dispensed 12/08/26
Paracetamol 500 mg tabs, 1-2 QID PRN - dispensed 03/07/26
No other regular medicines on file. Allergies: nil known.
Pharmacist: J. Ngata"""),
])

# PK02 - Cape Town, breastfeeding mother with RA on MTX + prednisone, local recurrence. Excluded.
P("PK02", "2026-04-20", "excluded",
  "lung=n resect=u pft=u lr=m ai=m ster=m tox=m preg=m", [
("2025-11-05", "referral_letter", """George Regional Hospital - Department of Orthopaedics
5 November 2025
To: Orthopaedic Oncology Unit, Cape Town

Dear colleague

Referral: Mrs Nomsa K., 34-yr-old woman, para 2
Known to your unit: osteosarcoma R proximal tibia treated 2023 - MAP chemotherapy x 6 cycles completed 11/2023, proximal tibial resection and endoprosthesis.
Rheumatoid arthritis since 2019, on methotrexate 15 mg weekly, prednisone 5 mg daily and folic acid (managed by our physicians).
Delivered a baby boy in August 2025 (NVD), currently breastfeeding.
HIV test non-reactive March 2025.

Presenting complaint: 6 weeks of swelling and pain over the R knee scar. Firm 3 cm mass anterior to the prosthesis, not fluctuant. ?local recurrence. X-rays attached.

Kindly see and advise.
Dr P. Jacobs (MO)"""),
("2025-11-20", "radiology_report", """MRI RIGHT KNEE (metal artefact reduction sequences) - 20.11.2025
History: h/o {{osteosarcoma|OSTEOSARCOMA|hist}} R proximal tibia, s/p resection and endoprosthesis 2023. New palpable mass.
Findings: 3.4 x 2.8 cm enhancing soft-tissue mass in the anterior resection bed adjacent to the tibial component, with restricted diffusion. Extensor mechanism displaced but intact. No joint effusion.
Impression: Appearances in keeping with {{local recurrence|LOCAL_RECURRENCE}}. Tissue diagnosis recommended.

Biopsy result (26.11.2025, appended by Dr Hendricks): core biopsy - recurrent high-grade {{osteosarcoma|OSTEOSARCOMA}}."""),
("2025-12-02", "radiology_report", """CT CHEST - staging, 02.12.2025
Clinical: biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} of tibial {{osteosarcoma|OSTEOSARCOMA}}.
Findings: Lungs clear. No {{pulmonary nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy.
Impression: No evidence of {{pulmonary metastases|LUNG_METASTASIS|neg}}."""),
("2026-03-18", "clinic_letter", """Orthopaedic Oncology Clinic - 18 March 2026
Mrs Nomsa K., {{aged 34|AGE}}

Problem: {{Local recurrence|LOCAL_RECURRENCE}} R proximal tibia, biopsy-proven 26.11.25. Above-knee amputation was recommended at the December MDT; she declined and wants more time. Mass now about 4.5 cm clinically, skin intact. CT chest 12/2025 showed no {{metastases|METASTASIS|neg}}.

Other problems:
- {{RA|AUTOIMMUNE_DISEASE}} flare in February - her rheumatologist increased {{prednisone|SYSTEMIC_STEROID}} to 10 mg daily; she continues {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg weekly (for the arthritis, not for the tumour).
- Still {{breastfeeding|LACTATION}} her 7-month-old son; advised to discuss {{methotrexate|IMMUNOSUPPRESSANT}} and feeding with rheumatology again.
- Audiology 02/2026: bilateral sensorineural {{hearing loss|TOXICITY}}, CTCAE grade 2, attributed to previous {{cisplatin|SYSTEMIC_THERAPY|hist}}; now uses hearing aids.
{{ECOG 1|ECOG}}.

Plan: revisit amputation in 4 weeks; social worker to see her."""),
("2026-04-15", "pharmacy_record", """Dispensary record - 15/04/2026
Methotrexate 2.5 mg tablets - 6 tablets once weekly (Fridays) - 28 days supplied
Prednisone 5 mg tablets - 2 tablets daily - 28 days supplied
Folic acid 5 mg - once weekly (Mondays)
Paracetamol 500 mg - 2 tabs QID PRN
Comment: patient breastfeeding; pharmacist counselling given, referred back to prescriber."""),
])

# PK03 - Wellington, 17F: indeterminate nodules, equivocal MRI, unclear study rinse, ungraded neuropathy. Needs review.
P("PK03", "2026-02-16", "needs_review",
  "lung=u resect=u pft=u lr=u inv=u tox=u", [
("2025-12-09", "clinic_letter", """Wellington Regional Hospital - Adolescent & Young Adult Oncology
Clinic letter, 9 December 2025

Re: Mere T.   {{DOB: 30.09.2008|DOB}}

Diagnosis: chondroblastic {{osteosarcoma|OSTEOSARCOMA}}, right proximal humerus (biopsy 02/2024).
Treatment: {{MAP|SYSTEMIC_THERAPY|hist}} completed December 2024; proximal humeral replacement 05/2024.

Mere is now a year off treatment and has started a hospitality course. She reports tingling in both feet since {{chemotherapy|SYSTEMIC_THERAPY|hist}} - {{peripheral neuropathy|TOXICITY}}, grade not documented today; I have asked for a formal assessment at her next visit.

She also told me she is "still on the {{study rinse|INVESTIGATIONAL|unc}}" from the {{OraCare trial|INVESTIGATIONAL|unc}} that was run through Auckland during her treatment. Our research office has no record of her enrolment dates or of whether she is still receiving {{study product|INVESTIGATIONAL|unc}}; a query has gone to the Auckland research team.

{{ECOG 1|ECOG}}. {{Urine hCG|PREGNANCY_TEST|neg}} negative today.
Plan: surveillance CT chest in January.

Dr A. Whitcombe, AYA Oncology"""),
("2026-01-20", "radiology_report", """CT CHEST - Wellington Hospital, 20/01/2026
Indication: {{osteosarcoma|OSTEOSARCOMA}} surveillance.
Findings: Two new subcentimetre {{nodules|PULMONARY_NODULE}}: 4 mm LUL apicoposterior, 5 mm RML. Too small to characterise. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy.
Impression: Two small indeterminate {{pulmonary nodules|PULMONARY_NODULE}}; {{metastases|METASTASIS|unc}} cannot be excluded. Suggest short-interval CT in 8-10 weeks."""),
("2026-01-28", "radiology_report", """MRI RIGHT SHOULDER - 28/01/2026
History: h/o {{osteosarcoma|OSTEOSARCOMA|hist}} right humerus, endoprosthesis. New ache.
Findings: Ill-defined 12 mm area of enhancement at the inferior margin of the prosthesis, partly obscured by artefact. This could represent post-surgical granulation tissue; {{local recurrence|LOCAL_RECURRENCE|unc}} cannot be excluded.
Recommendation: PET-CT or image-guided biopsy."""),
("2026-02-10", "handwritten_transcription", """Transcribed from handwritten AYA clinic note 10/2/26
17yo F OS R humerus off tx since Dec 24
c/o R shoulder ache 6/52 - MRI equivocal ?recurr vs post op change - PET booked 24/2
CT chest 2 tiny nods indeterminate - rpt CT April
feet tingling - neuro exam reduced vibration toes, gait ok, grade ?? - will ask Dr W to grade
research office still hasnt heard back re OraCare study - pt thinks last rinse "a few weeks ago" maybe
ECOG 1
hCG neg
plan PET, rpt CT, r/v 3/52"""),
])
# PK04 - Durban, 21M: partner with HIV, pembrolizumab SD <4 months, prednisone stopped 8 days ago. Eligible.
P("PK04", "2026-05-29", "eligible", "", [
("2026-02-24", "clinic_letter", """Umgeni Academic Hospital - Medical Oncology Outpatients
24 February 2026

Sipho M., {{21 years old|AGE}}, from Pinetown.

Oncological history:
- 04/2023 biopsy: high-grade {{osteosarcoma|OSTEOSARCOMA}}, L distal femur.
- 05/2023 - 01/2024 {{MAP chemotherapy|SYSTEMIC_THERAPY|hist}}; limb salvage 08/2023.
- 03/2025 two {{lung metastases|LUNG_METASTASIS|hist}}: right {{wedge resections|LUNG_RESECTION|hist}} 04/2025, then {{ifosfamide/etoposide|SYSTEMIC_THERAPY|hist}} x 4 cycles, completed 08/2025.
- 09/2025 - 12/2025 {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} (Keytruda, via medical aid): {{SD|TUMOR_RESPONSE|hist}} at first CT (9 weeks), {{PD|TUMOR_RESPONSE|hist}} at 13 weeks - stopped.

Now: surveillance CT 20/02/2026 shows a new 11 mm LLL {{nodule|PULMONARY_NODULE}}. Feels well, working at a panel shop.

Social: lives with his partner, who is {{HIV|HIV|fam}}-positive and on {{ART|HIV|fam}}; Sipho's own {{HIV|HIV|neg}} test was non-reactive on 14/02/2026. He completed 6 months of isoniazid preventive therapy in 2024 (household TB contact). {{BCG|LIVE_VACCINE|hist}} scar left deltoid (infancy).
{{ECOG 0|ECOG}}.

Plan: CT chest with contrast, thoracic MDT.
Dr N. Pillay"""),
("2026-03-10", "radiology_report", """CT CHEST WITH CONTRAST - 10/03/2026
Comparison: 20/02/2026 (non-contrast) and 04/12/2025.
Solitary 11 mm {{nodule|PULMONARY_NODULE}} in the superior segment of the LLL, grown from 7 mm on 04/12/2025; appearance consistent with a {{metastasis|METASTASIS}}. No other {{nodules|PULMONARY_NODULE|neg}}. Post-surgical change right lower lobe from prior {{wedge resections|LUNG_RESECTION|hist}}.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy.
The lesion is peripheral; segmental anatomy favourable."""),
("2026-04-07", "mdt_minutes", """KZN Bone & Soft Tissue Tumour MDT - 7 April 2026
{{21M|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} L femur, second pulmonary relapse: solitary LLL {{nodule|PULMONARY_NODULE}} 11 mm.
Prior treatment: {{MAP|SYSTEMIC_THERAPY|hist}}; {{IE|SYSTEMIC_THERAPY|hist}}; {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} - {{progression|TUMOR_RESPONSE|hist}} at 13 weeks after initial {{SD|TUMOR_RESPONSE|hist}} at 9 weeks, i.e. no disease control beyond 3 months.
Thoracic surgery: {{resectable|RESECTABLE}} by LLL superior {{segmentectomy|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} 01/04 adequate ({{FEV1|PULMONARY_FUNCTION}} 3.9 L, 92% pred).
Decision: refer for PROMIS screening (SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}}, then surgery). Prior {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|hist}} exposure with primary resistance - coordinator to confirm it does not exclude."""),
("2026-05-27", "clinic_letter", """Oncology outpatient review - 27/05/2026
Asthma exacerbation in mid-May after a cold. GP gave {{prednisone|SYSTEMIC_STEROID}} 40 mg daily from 14 May; last dose 21 May 2026, course completed and not repeated. Back on his usual {{budesonide/formoterol inhaler|LOCAL_STEROID}} (Symbicort) 2 puffs bd. Chest clear today, sats 98%.
{{ECOG 0|ECOG}}.
Plan: PROMIS screening visit Friday 29/05."""),
("2026-05-28", "pharmacy_record", """Outpatient pharmacy - dispensing summary 28/05/2026
Symbicort 160/4.5 Turbuhaler - 2 puffs bd - repeat issued
Salbutamol inhaler PRN
Prednisone 5 mg tabs - 8 tabs daily 14/05-21/05 (GP script) - course complete, no repeat
Paracetamol 500 mg PRN"""),
])

# PK05 - Soweto, 28M: referral said osteosarcoma, amended to Ewing; HIV on ART, TB-vaccine trial, yellow fever, MPE. Excluded.
P("PK05", "2026-03-12", "excluded",
  "hist=n resect=n pft=n mpe=m inv=m hiv=m live=m", [
("2025-09-02", "referral_letter", """Regional Hospital, Department of Surgery - referral
2 September 2025
Dear Dr Mokoena
Thank you for seeing this 28yo male with a painful right pelvic mass for 4 months. Biopsy at our hospital (outside lab report attached) was reported as osteosarcoma of the right iliac wing. CXR clear.
Background: HIV positive since 2019 on TLD, viral load lower than detectable, CD4 410 (06/2025). Completed 6 months TB treatment 2021.
Works as a taxi marshal, smokes 5/day. Lives with mother and two sisters.
Regards, Dr T. Ndlovu"""),
("2025-09-18", "addendum", """{{AMENDED PATHOLOGY REPORT|CORRECTION}} - Academic Anatomical Pathology, 18/09/2025
Specimen: core biopsy R iliac wing (referral block review).
This report {{supersedes|CORRECTION}} the outside diagnosis of {{osteosarcoma|OSTEOSARCOMA|neg}}.
Microscopy: sheets of small round blue cells with scant clear cytoplasm; no osteoid or malignant bone production identified in any of the cores. CD99 strong membranous positivity; NKX2.2 positive.
Molecular: EWSR1-FLI1 fusion detected (RT-PCR).
FINAL DIAGNOSIS: {{Ewing sarcoma|OTHER_SARCOMA}}, right iliac wing."""),
("2026-01-14", "chemo_chart", """Oncology day ward - chemotherapy administration chart
Date: 14/01/2026   Cycle 12 (IE), day 1
Ifosfamide 1.8 g/m2 IV d1-5 with mesna
Etoposide 100 mg/m2 IV d1-5
Pre-meds: ondansetron 8 mg IV, dexamethasone 8 mg IV d1-3
TLD continued (ART) - patient brought own supply
Obs stable. Urine dipstick no blood. Next cycle due 04/02/2026.
Nurse: L. Sithole"""),
("2026-02-26", "radiology_report", """CT CHEST - 26/02/2026
Comparison: 10/11/2025.
Innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}} up to 2.4 cm, increased in size and number: {{progressive pulmonary metastatic disease|LUNG_METASTASIS}}.
Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening; {{pleural metastases|MALIGNANT_EFFUSION|unc}} likely.
RECIST 1.1 (target lesions flattened): RUL 24 mm, RLL 19 mm, LLL 17 mm; sum 60 mm vs nadir 31 mm (+94%), new lesions present - {{progressive disease|TUMOR_RESPONSE}}."""),
("2026-03-05", "discharge_summary", """DISCHARGE SUMMARY - Medical Oncology Ward 7
Admitted 02/03/2026, discharged 05/03/2026
Patient: Mr Lungile M., {{28 years|AGE}}

Reason for admission: dyspnoea, right pleural effusion.

Diagnoses:
1. {{Ewing sarcoma|OTHER_SARCOMA}} right ilium (the referring diagnosis of {{osteosarcoma|OSTEOSARCOMA|neg}} was revised on pathology review 09/2025).
2. {{Malignant pleural effusion|MALIGNANT_EFFUSION}}, right - pleural fluid cytology positive for malignant small round blue cells, CD99 positive.
3. {{Pulmonary metastases|LUNG_METASTASIS}}, innumerable and bilateral.
4. {{HIV|HIV}} infection on {{ART|HIV}} since 2019, virally suppressed.

Course: ultrasound-guided right pleural tap, 1.4 L blood-stained fluid drained, cytology as above. Symptom relief. Thoracic surgery opinion: the {{nodules|PULMONARY_NODULE}} are innumerable and {{not amenable to resection|UNRESECTABLE}}; in addition {{FEV1|PULMONARY_FUNCTION}} is 41% of predicted and his {{pulmonary reserve|PULMONARY_FUNCTION}} is insufficient for thoracotomy. Pleurodesis discussed, deferred.

Previous treatment: {{VDC/IE chemotherapy|SYSTEMIC_THERAPY|hist}} 09/2025 - 02/2026 (12 cycles). Best response was a brief {{partial response|TUMOR_RESPONSE|hist}} at the primary site; {{progressive disease|TUMOR_RESPONSE}} in the lungs on CT 26/02/2026.

Other relevant history:
- He received a {{yellow fever vaccine|LIVE_VACCINE}} at a travel clinic on 25/02/2026 ahead of a family trip to Zambia (trip now cancelled).
- He is enrolled in a {{TB vaccine phase III trial|INVESTIGATIONAL}} at the Soweto research site and received his second dose of {{study vaccine|INVESTIGATIONAL}} on 20/02/2026. Research team informed of the admission.

Function on discharge: walks to bathroom, rests most of the afternoon - {{ECOG 2|ECOG}}.

Discharge medication: {{ART|HIV}} (tenofovir/lamivudine/dolutegravir) as before, morphine syrup 5 mg 4-hourly PRN, lactulose, paracetamol.

Plan: palliative oncology clinic 12/03/2026 to discuss second-line options; family meeting. He asked about the {{immunotherapy study|INVESTIGATIONAL|hyp}} advertised in the clinic - explained that it is for a different bone tumour type.
Dr R. Mokoena, Registrar"""),
])
# PK06 - Eldoret, lost to follow-up 14 months; chemo unconfirmed, HIV reactive pending, node ?lymphoma, effusion not tapped. Needs review.
P("PK06", "2026-09-07", "needs_review", "sys=u mpe=u om=u hiv=u", [
("2025-05-16", "clinic_letter", """North Rift Teaching & Referral Hospital - Orthopaedic Oncology Clinic
16/05/2025

Peter K., {{aged 15|AGE}}, from Kapsabet, seen with his mother.
3 months of L leg pain and swelling, now limping. Open biopsy 09/05/2025: high-grade osteoblastic {{osteosarcoma|OSTEOSARCOMA}}, L proximal tibia. CXR clear today.

Background: sickle cell disease (HbSS) on folic acid and penicillin V, proguanil for malaria prophylaxis; last crisis 01/2025. {{HIV|HIV|neg}} test negative 2024.

Plan: refer to the Nairobi unit for {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY|hyp}} ({{MAP|SYSTEMIC_THERAPY|hyp}}), then surgery. {{Lansky 80|LANSKY}}.
Dr J. Kiprono"""),
("2025-06-03", "nursing_note", """Nurse counselling note 3/6/25
Family (mother and uncle) counselled about chemotherapy in Nairobi - travel, accommodation at the hostel, SHA/NHIF cover, what to expect. Mother very worried, says the grandmother wants to take him to a herbalist first. Written referral letter and phone numbers given.
Phone follow-up 12/6: did not attend the Nairobi appointment on 10/6. Mother not answering. Flagged to social work as lost to follow-up.
S. Chebet, RN"""),
("2026-08-20", "clinic_letter", """Orthopaedic Oncology Clinic - 20/08/2026
Peter returns, now {{16yrs|AGE}}, after 14 months lost to follow-up.

Mother reports he had an above-knee amputation at a mission hospital in Nairobi in January 2026 (discharge card seen: "AKA L for {{osteosarcoma|OSTEOSARCOMA}}"). She says he "received some drip injections" there before the operation, but no oncology records came with him and whether he received {{chemotherapy|SYSTEMIC_THERAPY|unc}} is unclear. He also took herbal preparations from a local healer (boiled roots and bark) for several months.

Now: dry cough 6 weeks, weight loss. Stump well healed, no mass. CXR: multiple rounded opacities both lungs.
Rapid {{HIV|HIV|unc}} test today reactive; a second (confirmatory) assay has been sent - result pending.
Firm 2 cm left cervical lymph node - excision biopsy done today; differential {{lymphoma|OTHER_MALIGNANCY|unc}} vs reactive or TB node.
{{ECOG 1|ECOG}} - walks on crutches, helps at the family shop.

Plan: CT chest, await {{HIV|HIV|unc}} confirmation and node histology, records request to Nairobi."""),
("2026-08-27", "radiology_report", """CT CHEST - 27/08/2026
Four {{pulmonary nodules|PULMONARY_NODULE}}: RUL 14 mm, RLL 10 mm, LUL 12 mm, LLL 8 mm, all peripheral, consistent with {{metastases|METASTASIS}}.
Small left {{pleural effusion|PLEURAL_EFFUSION}}, not sampled; no pleural nodularity.
2 cm left supraclavicular node noted (biopsied).
No bony lesion in the thorax."""),
("2026-09-03", "mdt_minutes", """Bone Tumour MDT - 03/09/2026
Peter K., {{16M|AGE}}: {{osteosarcoma|OSTEOSARCOMA}} L tibia s/p AKA 01/2026; four peripheral {{lung metastases|LUNG_METASTASIS}}.
Thoracic surgery: all {{resectable|RESECTABLE}} by staged bilateral {{wedge resections|LUNG_RESECTION|hyp}}. {{Spirometry|PULMONARY_FUNCTION}} adequate for staged thoracotomy.
Small left {{effusion|PLEURAL_EFFUSION}} - character uncertain; tap if it enlarges.
{{HIV|HIV|unc}} confirmatory result still pending. Node histology not yet reported.
Prior {{systemic therapy|SYSTEMIC_THERAPY|unc}}: unconfirmed - records requested from the Nairobi mission hospital.
Mother mentions her sister was treated for {{breast cancer|OTHER_MALIGNANCY|fam}} - noted.
Outcome: rediscuss when records, {{HIV|HIV|unc}} confirmation and node result are available."""),
])

# PK07 - Lagos, 13F: Lansky 60 -> 70, mother HIV+ and breastfeeding a newborn. Eligible.
P("PK07", "2025-09-15", "eligible", "", [
("2025-06-04", "clinic_letter", """Lagos Coastal Teaching Hospital - Paediatric Oncology Unit
04-06-2025

Chioma A., {{13-yr-old|AGE}} girl, attending with her mother.
Diagnosis: {{Osteosarcoma|OSTEOSARCOMA}} R distal femur, diagnosed 08/2024.
Treatment: {{MAP|SYSTEMIC_THERAPY|hist}} ({{Adriamycin|SYSTEMIC_THERAPY|hist}}, {{cisplatin|SYSTEMIC_THERAPY|hist}}, high-dose {{MTX|SYSTEMIC_THERAPY|hist}}) completed 04/2025; above-knee amputation 12/2024.

CT chest 28/05/2025: two {{nodules|PULMONARY_NODULE}}, RUL 12 mm and LLL 9 mm, in keeping with {{metastatic|METASTASIS}} deposits.
Function: still adapting to crutches, prosthesis not yet fitted, mostly quiet play - {{Lansky 60|LANSKY}}.

Family: mother is {{HIV|HIV|fam}}-positive on {{ART|HIV|fam}} and is {{breastfeeding|LACTATION|fam}} Chioma's 2-month-old brother. Chioma's own {{HIV|HIV|neg}} test was negative (06/2025). Chioma is premenarchal.
Immunisations up to date per card, including {{yellow fever vaccine|LIVE_VACCINE|hist}} previously given at 9 months.

Plan: thoracic opinion, prosthetic referral.
Dr F. Adeyemi"""),
("2025-06-20", "mdt_minutes", """Paediatric Tumour Board - 20/06/2025
Chioma A. (13): {{osteosarcoma|OSTEOSARCOMA}} R femur, 2 {{lung metastases|LUNG_METASTASIS}}.
Cardiothoracic: both {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|hyp}} (staged, right then left).
{{PFTs|PULMONARY_FUNCTION}} not yet done - book.
Await prosthesis fitting and physiotherapy; revisit in August.""".replace("Chioma A. (13)", "Chioma A. {{(13)|AGE}}")),
("2025-07-15", "pharmacy_record", """Hospital dispensary - 15/07/2025
Paracetamol syrup 500 mg PRN
Vitamin D3 1000 IU daily
Engerix-B (hepatitis B vaccine) dose 3 - administered in clinic 15/07/2025
Ibuprofen 200 mg PRN with food"""),
("2025-08-12", "nursing_note", """nurse counselling - 12/8/25
mother + Chioma seen, prosthesis fitted last week, walking w 1 crutch
explained the lung operation and possible immunotherapy study, leaflet given (english + igbo)
mother asked if her own HIV meds affect the baby - referred to her own clinic
baby brother still breast fed, mother well
next: PFTs 25/8, clinic 1/9"""),
("2025-09-01", "clinic_letter", """Paediatric Oncology review - 01/09/2025
Prosthesis fitted 08/2025; walking with one crutch, back at school and playing with friends. {{Lansky 70|LANSKY}}.
{{PFTs|PULMONARY_FUNCTION}} 25/08/2025: adequate for staged thoracic surgery ({{FEV1|PULMONARY_FUNCTION}} 88% predicted).
Received third dose of {{hepatitis B vaccine|NONLIVE_VACCINE}} on 15/07/2025; no other vaccines this year.
Plan: screening for the {{PROMIS study|INVESTIGATIONAL|hyp}} 15/09 - SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} and {{gemcitabine|GEMCITABINE|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}. If not enrolled, {{wedge resections|LUNG_RESECTION|hyp}} as agreed at tumour board."""),
])
# PK08 - Singapore, 41M: gem/docetaxel, pembrolizumab PR then PD, HIV on Biktarvy, Huaier current, SCT type unknown. Excluded.
P("PK08", "2026-10-05", "excluded", "gem=m cpi=m imm=m hiv=m allo=u", [
("2025-03-10", "clinic_letter", """Straits Musculoskeletal Oncology Clinic, Singapore
10 March 2025

Dear Dr Chua

Mr Rajesh S.   {{DOB 02/07/1985|DOB}}

Thank you for referring Rajesh for a second opinion. I summarise his history as I understand it from his records and our discussion today.

Diagnosis: high-grade {{osteosarcoma|OSTEOSARCOMA}}, left proximal humerus, 2019. He received {{MAP|SYSTEMIC_THERAPY|hist}} in 2019 with limb-sparing resection (good response, 95% necrosis). He remained disease-free until 2023, when surveillance CT showed bilateral {{pulmonary metastases|LUNG_METASTASIS}}.

Treatment of {{metastatic disease|METASTASIS}}:
1. {{Gemcitabine/docetaxel|GEMCITABINE|hist}} 09/2023 - 01/2024: best response {{SD|TUMOR_RESPONSE|hist}}, then {{PD|TUMOR_RESPONSE|hist}} 01/2024.
2. {{Pembrolizumab|CHECKPOINT_INHIBITOR|hist}} ({{Keytruda|CHECKPOINT_INHIBITOR|hist}}) 200 mg q3w from 03/2024, privately funded: {{PR|TUMOR_RESPONSE|hist}} on CT 06/2024 (-38% sum of diameters), maintained on 10/2024 and 12/2024; {{progression|TUMOR_RESPONSE}} on CT 02/2025 with two enlarging {{nodules|PULMONARY_NODULE}} - stopped 02/2025.
Archival {{PD-L1 staining|LOOKALIKE}} (22C3) TPS 5%.

Comorbidities:
- {{HIV|HIV}} diagnosed 2016, on {{Biktarvy|HIV}}, viral load undetectable, CD4 620.
- {{Stem cell transplant|TRANSPLANT|hist}} in Chennai in 2006 for "a blood condition" as a young man; he does not know whether the cells were his own or a donor's, and the type is not documented. Records requested.
- Hyperlipidaemia on atorvastatin.

My recommendation is to start {{regorafenib|SYSTEMIC_THERAPY|hyp}} and restage in three months. If the lung disease becomes limited, surgery should be reconsidered.

Yours sincerely
Dr Amelia Goh, Senior Consultant"""),
("2026-08-20", "radiology_report", """CT THORAX WITH CONTRAST - 20/08/2026
Comparison: 12/05/2026. Patient {{off systemic therapy|SYSTEMIC_THERAPY|hist}} since 05/2026 ({{regorafenib|SYSTEMIC_THERAPY|hist}} stopped).
RECIST 1.1 target lesions: RLL {{nodule|PULMONARY_NODULE}} 14 mm (previously 12 mm); LUL {{nodule|PULMONARY_NODULE}} 10 mm (previously 9 mm). Sum of diameters 24 mm vs 21 mm (+14%). Non-target lesions: none. New lesions: none.
Overall response: {{stable disease|TUMOR_RESPONSE}}.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy."""),
("2026-09-07", "mdt_minutes", """Thoracic Oncology MDT - 07/09/2026
Rajesh S., 41M. hmm
Two {{lung metastases|LUNG_METASTASIS}} (RLL 14 mm, LUL 10 mm), both peripheral and {{resectable|RESECTABLE}} by {{wedge resections|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} adequate.
Prior {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} with {{PR|TUMOR_RESPONSE|hist}} lasting about 8 months then {{progression|TUMOR_RESPONSE|hist}} (secondary resistance), and prior {{gemcitabine|GEMCITABINE|hist}} - not suitable for the {{PROMIS protocol|INVESTIGATIONAL|hyp}}. Recommend surgery as standard care.
Patient asked about prognosis; quoted {{median OS|LOOKALIKE}} figures from published series with caveats.""".replace("Rajesh S., 41M. hmm", "Rajesh S., {{41M|AGE}}")),
("2026-09-21", "pharmacy_record", """Retail pharmacy + TCM dispensary record (patient-provided printout), 21/09/2026
Biktarvy (bictegravir/emtricitabine/tenofovir AF) 1 tab daily - 30 days
Atorvastatin 20 mg nocte
Latanoprost 0.005% eye drops, 1 drop left eye nocte
Huaier granules (Jin Ke) 20 g three times daily - from TCM practitioner, started 08/2026, repeat supply 21/09/2026"""),
("2026-09-28", "nursing_note", """Pre-operative nurse counselling - 28/09/2026
Rajesh reports he is still taking {{Huaier granules|IMMUNOMODULATOR}} three times a day, supplied by his TCM physician "for the tumour". Advised to discuss with the surgeon; he prefers to continue until told otherwise.
Takes {{Biktarvy|HIV}} daily, no missed doses.
Eyes: latanoprost drops {{OS|LOOKALIKE}} (left eye) for glaucoma - ophthalmology follow-up in December.
Walks 5 km daily, works full-time - {{ECOG 1|ECOG}}.
Anaesthetic pre-assessment booked 09/10."""),
])

# PK09 - Johor Bahru, 24M: histology suspicious only, "Gem?" on drug chart, ?Huaier, psoriasis tablets unknown,
# reaction to denosumab ungraded, typhoid vaccine type unknown. Needs review.
P("PK09", "2026-07-20", "needs_review", "hist=u gem=u imm=u ai=u mab=u live=u", [
("2026-04-02", "referral_letter", """Private Specialist Centre, Johor Bahru - referral
2/4/2026
To: Orthopaedic Oncology Unit, Kuala Lumpur
Dear Dr Ramasamy,
Re: Encik Faizal bin A., 24 y/o
L proximal humerus tumour. Biopsy 12/2025 here: high grade malignant spindle cell neoplasm with focal osteoid-like matrix - suspicious for osteosarcoma; differential dedifferentiated chondrosarcoma. Slides sent to you for review.
He received doxorubicin + cisplatin x3 cycles (01-03/2026) with us, then 2 further treatments in April (chart copy attached, partly illegible).
CT chest: bilateral nodules.
PMH psoriasis, was on tablets from a dermatologist until last year. NKDA.
Thank you. Dr Lee C.W., Consultant Oncologist"""),
("2026-05-14", "radiology_report", """CT THORAX - 14/05/2026 (KL)
Three {{nodules|PULMONARY_NODULE}}: RUL 12 mm, RLL 9 mm, LLL 7 mm, round, peripheral; appearances consistent with {{metastases|METASTASIS}}.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Left proximal humeral lesion partly imaged with cortical destruction.
Comparison with the outside CT (02/2026): RUL {{nodule|PULMONARY_NODULE}} 9 mm then."""),
("2026-06-11", "clinic_letter", """Pathology review - Bone and Soft Tissue Pathology, 11/06/2026
Referral slides reviewed (3 H&E, 6 IHC). High-grade malignant bone tumour with pleomorphic spindle cells and lace-like eosinophilic matrix that may represent osteoid. Features raise {{osteosarcoma|OSTEOSARCOMA|unc}}, but the matrix is equivocal and the differential includes dedifferentiated {{chondrosarcoma|OTHER_SARCOMA|unc}}.
Comment: the original block has been requested for further sections and IDH1/2 and MDM2 testing. Final diagnosis deferred."""),
("2026-07-06", "clinic_letter", """Medical Oncology Clinic, KL - 06/07/2026
Encik Faizal, {{24 y/o|AGE}}. Final histology still pending (block in transit).

Treatment so far: 3 cycles of {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|hist}} at the private hospital (01-03/2026). He says the private oncologist gave "two more drips" in April; the copied drug chart lists "{{Gem|GEMCITABINE|unc}}" in handwriting that could be {{gemcitabine|GEMCITABINE|unc}}. Records requested from JB.

He takes herbal granules "for the tumour" from a sinseh in JB - the family thinks they may be {{Huaier|IMMUNOMODULATOR|unc}}; asked to bring the packet next time.

Past history: {{psoriasis|AUTOIMMUNE_DISEASE}} - "tablets from the skin doctor" until 2025, name and dates unknown; currently only emollients.

In April he developed a rash and wheeze after "a bone injection" at the private hospital - ?{{denosumab|MONOCLONAL_ANTIBODY|unc}} - {{allergic reaction|ALLERGIC_REACTION}} treated in their emergency room; severity grade not documented.

He had a {{typhoid vaccine|LIVE_VACCINE|unc}} at a travel clinic on 1 July before umrah - whether oral capsules or injection is not recorded.

{{ECOG 1|ECOG}}. {{PFTs|PULMONARY_FUNCTION}} 30/06/2026 adequate. Thoracic surgeons: {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by {{wedge resections|LUNG_RESECTION|hyp}}.
Plan: await histology and JB records before discussing PROMIS."""),
("2026-07-17", "handwritten_transcription", """Transcription - clinic note 17/7/26 (Dr Ramasamy, handwritten)
24M L humerus ?OS - path STILL pending (block arrived 15/7, MDM2 sent)
JB records not recd - called clinic x2
herbal packet forgotten again - pt says "chinese granules, yellow box"
typhoid vacc card not brought
ECOG 1, wt stable
r/v 2/52 w path"""),
])
# PK10 - Nairobi, 33M: trial screen failure never dosed, yellow fever 31 days before, father's Parkinson's. Eligible.
P("PK10", "2025-12-01", "eligible", "", [
("2025-07-08", "clinic_letter", """Nairobi Metropolitan Referral Hospital - Musculoskeletal Oncology Clinic
8th July 2025

Daniel O., {{33 years|AGE}}, accountant, from Kiambu.

Diagnosis: fibroblastic {{osteosarcoma|OSTEOSARCOMA}}, R proximal femur, biopsy 03/2023.
Treatment: {{neoadjuvant MAP|SYSTEMIC_THERAPY|hist}}, proximal femoral resection and endoprosthesis 07/2023, {{adjuvant MAP|SYSTEMIC_THERAPY|hist}} completed 01/2024.

Surveillance CT 06/2025: new solitary 16 mm RUL {{nodule|PULMONARY_NODULE}}, consistent with a {{metastasis|METASTASIS}}.

Other: chronic hepatitis B on tenofovir (TDF) 300 mg daily, HBV DNA undetectable. {{HIV|HIV|neg}} non-reactive 06/2025. No TB history. His father has {{PD|LOOKALIKE|fam}} (Parkinson's disease) and lives with him.
{{ECOG 0|ECOG}}.

Plan: thoracic MDT; discuss all options.
Dr G. Mwangi"""),
("2025-09-16", "clinic_letter", """Medical Oncology - 16/09/2025
Daniel signed consent for a {{phase II trial|INVESTIGATIONAL|neg}} of an oral multikinase inhibitor on 02/09/2025 but was a screen failure (QTc 478 ms on two ECGs) and never received {{study drug|INVESTIGATIONAL|neg}}. Repeat ECG today QTc 442 ms, off the ondansetron that likely prolonged it.
No change in the RUL {{nodule|PULMONARY_NODULE}} on CT 09/2025 (17 mm).
Plan: MDT in October for surgery vs the PROMIS option."""),
("2025-10-20", "mdt_minutes", """Thoracic & Musculoskeletal Oncology MDT - 20/10/2025
Daniel O., 33M, {{osteosarcoma|OSTEOSARCOMA}} R femur; solitary RUL {{lung metastasis|LUNG_METASTASIS}} 18 mm, abutting the horizontal fissure, well away from the hilum.
Thoracic surgery: {{resectable|RESECTABLE}}; {{RUL segmentectomy|LUNG_RESECTION|hyp}} or {{lobectomy|LUNG_RESECTION|hyp}} recommended. {{PFTs|PULMONARY_FUNCTION}} normal.
PROMIS option discussed: SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}. Patient keen; screening to be booked for 01/12/2025.""".replace("Daniel O., 33M,", "Daniel O., {{33M|AGE}},")),
("2025-10-31", "nursing_note", """Travel clinic - 31/10/2025
Daniel needs a yellow fever certificate for a work trip to Ghana in December; old certificate lost.
Given: Stamaril (yellow fever vaccine) 0.5 mL SC left arm; Typhim Vi 0.5 mL IM right arm.
Observed 15 min, no reaction. New ICVP certificate issued.
Advised: insect repellent, malaria prophylaxis (atovaquone-proguanil) to start 2 days before travel.
RN W. Achieng"""),
("2025-11-28", "clinic_letter", """Pre-screening review - 28/11/2025
Well. {{ECOG 0|ECOG}}.
Vaccines: {{yellow fever vaccine|LIVE_VACCINE}} given 31/10/2025 (31 days before the planned screening date of 01/12/2025); {{Typhim Vi|NONLIVE_VACCINE}} the same day.
Medication: tenofovir 300 mg daily (hepatitis B only), no other regular medicines.
Plan: PROMIS screening visit 01/12/2025."""),
])

# PK11 - Kuala Lumpur, 9F: ALL 2021 -> allogeneic HSCT 2022, MMR revaccination 17 days ago, Huaier current, chemo-naive OS. Excluded.
P("PK11", "2026-06-22", "excluded",
  "lung=n resect=u sys=n age=n pft=u om=m allo=m imm=m live=m", [
("2026-05-12", "clinic_letter", """Hospital Tunku Melati - Paediatric Haematology-Oncology
12/05/2026

Nurul A.   {{DOB: 03/11/2016|DOB}}   ({{9-year-old|AGE}} girl)

Background:
- {{B-cell acute lymphoblastic leukaemia|OTHER_MALIGNANCY|hist}} diagnosed 09/2021, high-risk, treated per the national paediatric guideline.
- {{Allogeneic HSCT|TRANSPLANT|hist}} 06/2022 from her HLA-matched brother (donor well).
- Chronic skin GVHD treated with {{tacrolimus|IMMUNOSUPPRESSANT|hist}} - stopped 03/2024; no active GVHD since.

New problem: 2 months of L knee pain and swelling. MRI and biopsy 05/05/2026: high-grade {{osteosarcoma|OSTEOSARCOMA}} L distal femur, presumed treatment-related.

She is {{chemotherapy-naive|CHEMO_NAIVE}} for the {{osteosarcoma|OSTEOSARCOMA}}. Her previous {{leukaemia|OTHER_MALIGNANCY|hist}} {{chemotherapy|SYSTEMIC_THERAPY|hist}} included cumulative anthracycline 120 mg/m2 - echo before starting treatment.
{{Lansky 80|LANSKY}}.

Plan: staging CT thorax, bone scan, echo; tumour board."""),
("2026-05-20", "radiology_report", """CT THORAX - staging, 20/05/2026
No {{pulmonary nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Thymus normal for age.
Impression: no {{pulmonary metastases|LUNG_METASTASIS|neg}}."""),
("2026-06-05", "nursing_note", """Post-transplant revaccination clinic - 05/06/2026
Nurul attended with mother and grandmother. >2 years post-HSCT, off all immunosuppression >2 years, no GVHD - cleared for live vaccines by Dr Hashim.
Given today: MMR dose 1 (left thigh), DTaP-IPV-Hib dose 3, PCV13 dose 3.
No immediate reaction. Next: varicella at next visit if still off chemotherapy.
Note: grandmother asked about "Chinese medicine for cancer" - told to discuss with the oncologist."""),
("2026-06-16", "clinic_letter", """Paediatric Oncology - 16/06/2026
Tumour board 11/06: localised high-grade {{osteosarcoma|OSTEOSARCOMA}} - chest CT clear, no {{metastases|METASTASIS|neg}}. Plan to start {{MAP neoadjuvant chemotherapy|SYSTEMIC_THERAPY|hyp}} on 29/06 after echo.
Grandmother has been giving {{Huaier granules|IMMUNOMODULATOR}} daily since the diagnosis (from a TCM shop in Petaling Jaya). We advised stopping them; the family will stop once treatment starts.
{{MMR|LIVE_VACCINE}} given 05/06/2026 at the revaccination clinic - further live vaccines on hold during treatment.
{{Lansky 80|LANSKY}}. Echo LVEF 61%."""),
])

# PK12 - Kisumu -> Nairobi, woman, no age documented; nivolumab response never assessed, effusion untapped,
# budesonide formulation unknown, ungraded neuropathy, ?pregnant. Needs review.
P("PK12", "2025-10-27", "needs_review", "age=u ps=u mpe=u cpi=u ster=u tox=u preg=u", [
("2025-09-02", "referral_letter", """Kisumu County Referral Hospital - Department of Surgery
2nd Sept 2025
To: Dr Mwangi, Musculoskeletal Oncology, Nairobi

Re: Mrs Akinyi O. (hosp no. KCR-33812)

Dear Dr Mwangi,
Kindly review this lady with {{osteoblastic osteosarcoma|OSTEOSARCOMA}} of the R femur diagnosed 2023 (biopsy at your hospital), treated with {{MAP|SYSTEMIC_THERAPY|hist}} and above-knee amputation in 2023. In 2025 she received {{nivolumab|CHECKPOINT_INHIBITOR|hist}} ({{Opdivo|CHECKPOINT_INHIBITOR|hist}}) - 4 doses through a patient-access programme, Feb to Apr 2025; we cannot find any response scan from that period.
She has {{neuropathy|TOXICITY}} in both feet since {{chemotherapy|SYSTEMIC_THERAPY|hist}} (grade not recorded), uses a stick.
Recent CXR: multiple {{nodules|PULMONARY_NODULE}} both lungs and a moderate right {{pleural effusion|PLEURAL_EFFUSION}} (not tapped).
Medications per her clinic card: pregabalin; "{{budesonide|SYSTEMIC_STEROID|unc}}" (route not written).
LMP about 6 weeks ago; a {{pregnancy test|PREGNANCY_TEST|unc}} was not done here - please check.
Yours, Dr B. Otieno"""),
("2025-09-23", "radiology_report", """CT CHEST - Nairobi, 23/09/2025
Three {{nodules|PULMONARY_NODULE}} (RLL 15 mm, RML 9 mm, LUL 11 mm), peripheral, consistent with {{metastases|METASTASIS}}.
Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with passive atelectasis of the RLL; no pleural nodularity or thickening. The {{effusion|PLEURAL_EFFUSION}} is not further characterised on CT.
No lymphadenopathy."""),
("2025-10-14", "mdt_minutes", """Musculoskeletal Oncology MDT - 14/10/2025
Mrs Akinyi O. (age not on referral; ID copy requested): {{osteosarcoma|OSTEOSARCOMA}} R femur, three {{lung metastases|LUNG_METASTASIS}}.
Thoracic: {{resectable|RESECTABLE}} - bilateral {{wedge resections|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} adequate.
Right {{pleural effusion|PLEURAL_EFFUSION}}: diagnostic tap booked, not yet done.
Prior {{nivolumab|CHECKPOINT_INHIBITOR|hist}}: response never assessed - no scans during or after.
{{ECOG 1|ECOG}}.
Serum {{hCG|PREGNANCY_TEST|unc}} requested - result not yet available.
{{Budesonide|SYSTEMIC_STEROID|unc}}: formulation still to be clarified (? inhaler vs oral capsules).
Outcome: complete work-up before discussing PROMIS."""),
("2025-10-22", "pharmacy_record", """Hospital pharmacy - dispensing record 22/10/2025
Budesonide - item description "budesonide" only, qty 1, prescriber Kisumu; formulation not recorded - query to prescriber unanswered
Pregabalin 75 mg bd
Paracetamol 1 g tds PRN
Ferrous sulphate 200 mg od"""),
])
# PK13 - Singapore, 44F: pembrolizumab primary resistance, Hashimoto's on levothyroxine, inhaled/eye-drop steroids,
# breastfeeding ended, GD regimen never given. Eligible.
P("PK13", "2026-03-09", "eligible", "", [
("2025-05-06", "clinic_letter", """Straits Musculoskeletal Oncology Clinic, Singapore
6 May 2025
Ms Lim Hui Min   {{DOB 09-03-1982|DOB}}

Diagnosis: conventional {{osteosarcoma|OSTEOSARCOMA}}, left ilium, 2022. {{MAP|SYSTEMIC_THERAPY|hist}} and internal hemipelvectomy 2022.
Pulmonary relapse 2024: {{ifosfamide|SYSTEMIC_THERAPY|hist}} x 4 (best response {{stable disease|TUMOR_RESPONSE|hist}}).
{{Pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 01/2025 - 03/2025: the first restaging CT at 9 weeks showed {{progressive disease|TUMOR_RESPONSE|hist}} with new {{nodules|PULMONARY_NODULE}} - stopped (primary refractory). Tumour {{PD-L1 staining|LOOKALIKE}} had been negative.

Other history:
- {{Hashimoto's thyroiditis|AUTOIMMUNE_DISEASE}} on {{levothyroxine|REPLACEMENT_THERAPY}} 100 mcg daily.
- Mild asthma, {{budesonide inhaler|LOCAL_STEROID}} 200 mcg bd.
- {{Breastfed|LACTATION|hist}} her daughter until March 2025; weaned.

Plan: start {{cabozantinib|SYSTEMIC_THERAPY|hyp}} 40 mg daily; CT in 3 months."""),
("2025-11-18", "radiology_report", """CT THORAX - 18/11/2025 (on cabozantinib since 05/2025)
Baseline 05/2025 for comparison.
Target lesions (RECIST 1.1): RLL {{nodule|PULMONARY_NODULE}} 12 mm (baseline 15 mm); LLL {{nodule|PULMONARY_NODULE}} 8 mm (baseline 10 mm). Sum of diameters 20 mm vs 25 mm (-20%). No new lesions.
Response category: {{stable disease|TUMOR_RESPONSE}}.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}.""".replace("(on cabozantinib since", "(on {{cabozantinib|SYSTEMIC_THERAPY}} since")),
("2026-01-20", "mdt_minutes", """Thoracic Oncology MDT - 20/01/2026
Ms Lim, {{43F|AGE}}: two {{lung metastases|LUNG_METASTASIS}} (RLL 12 mm, LLL 8 mm), stable on {{cabozantinib|SYSTEMIC_THERAPY}}.
Thoracic: both {{resectable|RESECTABLE}} - staged bilateral {{wedge resections|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} adequate (FEV1 2.6 L, 91%).
The {{GD regimen|GEMCITABINE|neg}} was discussed as an alternative in 2025 but never given.
Prior {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}}: {{progression|TUMOR_RESPONSE|hist}} at first assessment - primary resistance.
Recommendation: screen for PROMIS; stop cabozantinib 2 weeks before. {{ECOG 1|ECOG}}.""".replace("(FEV1 2.6 L", "({{FEV1|PULMONARY_FUNCTION}} 2.6 L").replace("stop cabozantinib 2 weeks", "stop {{cabozantinib|SYSTEMIC_THERAPY}} 2 weeks")),
("2026-02-24", "pharmacy_record", """Outpatient pharmacy - medication reconciliation 24/02/2026
Cabozantinib 40 mg - STOPPED 20/02/2026 (pre-trial washout, per Dr Goh)
Levothyroxine 100 mcg od
Budesonide 200 mcg inhaler bd
Prednisolone acetate 1% eye drops (Pred Forte) R eye qid, tapering over 2 weeks after pterygium excision 16/02
Paracetamol PRN"""),
("2026-03-05", "nursing_note", """Research nurse - screening preparation 05/03/2026
{{Serum beta-hCG|PREGNANCY_TEST|neg}} negative 05/03/2026. Not {{breastfeeding|LACTATION|neg}}.
Eye drops: {{prednisolone acetate 1% eye drops|LOCAL_STEROID}} after pterygium surgery - local use only, last drop due 02/03.
Thyroid: on {{levothyroxine|REPLACEMENT_THERAPY}} for {{Hashimoto's|AUTOIMMUNE_DISEASE}}; TSH 2.1. Counselled that {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} can affect the thyroid and her dose may need adjusting.
{{ECOG 1|ECOG}}. Consent appointment 09/03/2026."""),
])

# PK14 - Nairobi, 45F: SLE on prednisolone, rituximab anaphylaxis, local recurrence, on anlotinib study drug, KPS 50. Excluded.
P("PK14", "2025-08-18", "excluded",
  "lung=n resect=u ps=n pft=u lr=m inv=m ai=m ster=m mab=m", [
("2025-04-08", "clinic_letter", """Nairobi Metropolitan Referral Hospital - Musculoskeletal Oncology
08/04/2025
Mrs Wanjiru N., {{45-yr-old|AGE}} teacher from Nyeri.

Diagnosis: {{osteosarcoma|OSTEOSARCOMA}} L distal femur 2022; {{MAP|SYSTEMIC_THERAPY|hist}} (dose-reduced {{methotrexate|SYSTEMIC_THERAPY|hist}} because of renal function), distal femoral resection 2022.

{{SLE|AUTOIMMUNE_DISEASE}} since 2015 with class IV nephritis. {{Rituximab|MONOCLONAL_ANTIBODY|hist}} in 2022 was complicated by grade 3 {{anaphylaxis|ALLERGIC_REACTION|hist}} (adrenaline, HDU admission) and was not repeated. Currently on {{prednisolone|SYSTEMIC_STEROID}} 10 mg daily and {{hydroxychloroquine|DMARD}} 200 mg daily.
{{HIV|HIV|neg}} negative 01/2025.

Presents with 2 months of a painful swelling in the L thigh at the resection site. MRI requested."""),
("2025-05-02", "radiology_report", """MRI LEFT FEMUR - 02/05/2025
5.0 cm lobulated enhancing soft-tissue mass in the resection bed abutting the femoral component, with surrounding oedema; appearances consistent with {{local recurrence|LOCAL_RECURRENCE}}.
Biopsy advised."""),
("2025-05-20", "clinic_letter", """Medical Oncology - 20/05/2025
Biopsy 08/05/2025 confirmed recurrent {{osteosarcoma|OSTEOSARCOMA}}. Surgery (amputation) declined for now.
She was enrolled on 15/05/2025 in a phase II {{clinical trial|INVESTIGATIONAL}} of {{anlotinib|SYSTEMIC_THERAPY}} for recurrent bone tumours at our research unit; cycle 1 day 1 given 15/05/2025.
{{Lupus|AUTOIMMUNE_DISEASE}}: quiet on {{prednisolone|SYSTEMIC_STEROID}} 10 mg and {{hydroxychloroquine|DMARD}}."""),
("2025-08-05", "chemo_chart", """Research day unit - {{study visit|INVESTIGATIONAL}}, cycle 4 day 1 (05/08/2025)
Continues {{study drug|INVESTIGATIONAL}}: {{anlotinib|SYSTEMIC_THERAPY}} 12 mg orally d1-14 q21d. Compliance diary checked.
MRI femur 29/07: {{local recurrence|LOCAL_RECURRENCE}} 5.5 cm - {{stable disease|TUMOR_RESPONSE}} per RECIST.
CT chest 29/07: no {{pulmonary metastases|LUNG_METASTASIS|neg}}, no {{pleural effusion|PLEURAL_EFFUSION|neg}}.
Toxicities: grade 1 {{hypertension|TOXICITY}}, grade 1 {{hand-foot skin reaction|TOXICITY}}.
Performance: in bed or chair most of the day because of thigh pain - {{KPS 50|KARNOFSKY}}.
{{Prednisolone|SYSTEMIC_STEROID}} 10 mg continues (rheumatology)."""),
("2025-08-14", "handwritten_transcription", """Ward round 14/8/25 (transcribed)
45F SLE, OS femur recurrence, on anlotinib trial C4 - pain 7/10 on MST 20 bd
mostly bed-chair, uses crutches to toilet - KPS 50
pred 10mg od, HCQ 200
plan palliative RT to thigh, OT home assessment"""),
])

# PK15 - Penang, 14M: indeterminate nodules, only ECOG recorded, thyroid FNA suspicious, ?thymosin injections,
# prednisolone 1% formulation unknown, rituximab reaction ungraded (ITP 2022). Needs review.
P("PK15", "2026-01-26", "needs_review", "lung=u resect=u ps=u om=u imm=u ster=u mab=u", [
("2025-10-07", "clinic_letter", """Penang General Hospital - Paediatric Oncology Clinic
07-10-2025
Jun Wei T., {{14-yr-old|AGE}} boy, Form 2 student.

{{Osteosarcoma|OSTEOSARCOMA}} R proximal tibia 2024: {{MAP|SYSTEMIC_THERAPY|hist}} completed 03/2025, resection with rotationplasty 09/2024. Walks well with his prosthesis.
Past history: {{ITP|AUTOIMMUNE_DISEASE|hist}} aged 10, treated with {{rituximab|MONOCLONAL_ANTIBODY|hist}} in 10/2022; an {{infusion reaction|ALLERGIC_REACTION|hist}} occurred during the first dose - the grade is not documented in the discharge letter. In remission since 2023 and on no treatment.
{{PFTs|PULMONARY_FUNCTION}} normal (pre-operative baseline 2024).
Surveillance CT chest due December."""),
("2025-12-02", "radiology_report", """CT THORAX - 02/12/2025
Two new 4 mm {{nodules|PULMONARY_NODULE}}, LLL and RUL, non-calcified. Indeterminate; {{metastases|METASTASIS|unc}} possible. Recommend follow-up CT in 3 months.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}.
Incidental: 14 mm hypoechoic swelling in the right thyroid lobe - suggest ultrasound."""),
("2025-12-30", "clinic_letter", """Paediatric Oncology - 30/12/2025
Thyroid ultrasound and FNA 18/12: Bethesda V - suspicious for {{papillary thyroid carcinoma|OTHER_MALIGNANCY|unc}}; ENT surgical opinion pending.
Lung {{nodules|PULMONARY_NODULE}} indeterminate - repeat CT March 2026.
Performance: playing badminton for the school - {{ECOG 0|ECOG}}. (No Lansky recorded.)
Mother says a private GP gives him weekly "immune-boosting injections"; she thinks they are {{thymosin|IMMUNOMODULATOR|unc}} but is not sure. Asked her to bring the vials."""),
("2026-01-22", "pharmacy_record", """Community pharmacy record (Penang), printout 22/01/2026
20/01/2026 - "Prednisolone 1%" 5 mL - directions not transcribed - prescriber: private GP
Formulation field blank (eye drops vs oral solution?)
15/01/2026 - Paracetamol 500 mg
No other items in the last 3 months."""),
("2026-01-23", "nursing_note", """Nurse counselling - 23/01/2026
Jun Wei ({{14 yo|AGE}}) and mother. Mother unsure whether the {{prednisolone|SYSTEMIC_STEROID|unc}} from the GP on 20/01 was eye drops or a syrup - bottle left at home; he had a red eye and a cough that week.
Weekly injections at the GP continue - still "maybe {{thymosin|IMMUNOMODULATOR|unc}}", vials not brought.
Explained the {{PROMIS trial|INVESTIGATIONAL|hyp}} in general terms; the team will only consider it after the March CT and the thyroid result.
{{ECOG 0|ECOG}}."""),
])
# PK16 - Christchurch, 65M on screening day: prostate cancer just over 5 years, corneal graft OS (eye), Shingrix. Eligible.
P("PK16", "2026-11-11", "eligible", "", [
("2026-08-11", "clinic_letter", """Canterbury Bone Tumour Clinic - Christchurch Hospital
11 August 2026

Mr Graham W.   {{DOB 10/11/1961|DOB}}

Diagnosis: high-grade surface {{osteosarcoma|OSTEOSARCOMA}}, R distal femur, biopsy 14/01/2025. Wide resection 03/2025, then {{adjuvant doxorubicin/cisplatin|SYSTEMIC_THERAPY|hist}} x 4 cycles, completed 08/2025.

Past history:
- {{Prostate adenocarcinoma|OTHER_MALIGNANCY|hist}}, Gleason 3+4, diagnosed on biopsy 5 Oct 2021; radical prostatectomy 12/2021; PSA undetectable since.
- COPD (ex-smoker, 30 pack-years) on {{fluticasone/salmeterol inhaler|LOCAL_STEROID}}.
- {{Corneal transplant|TRANSPLANT|hist}} {{OS|LOOKALIKE}} 2019 for keratoconus.
- Structural {{bone allograft|LOOKALIKE}} was not needed at the femoral resection (custom prosthesis).

New: surveillance CT 07/2026 showed a single 13 mm LUL {{nodule|PULMONARY_NODULE}}; CT-guided biopsy 30/07/2026 - {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
{{ECOG 1|ECOG}}. Still working part-time on the farm.

Plan: thoracic MDT.
Dr R. McAllister"""),
("2026-09-08", "mdt_minutes", """Thoracic MDT - 08/09/2026
Graham W., {{64M|AGE}}: single LUL {{lung metastasis|LUNG_METASTASIS}} 13 mm, peripheral, biopsy-proven.
Thoracic surgery: {{resectable|RESECTABLE}} - {{wedge resection|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 72% pred, {{DLCO|PULMONARY_FUNCTION}} 65% pred - adequate for {{wedge resection|LUNG_RESECTION|hyp}} in the thoracic surgeon's view.
{{Prostate cancer|OTHER_MALIGNANCY|hist}} biopsy 05/10/2021 - will be just over 5 years before a November screening date; research coordinator to check.
Outcome: refer for PROMIS screening in November; if not eligible, {{wedge resection|LUNG_RESECTION|hyp}} in December."""),
("2026-10-21", "nursing_note", """Practice nurse - immunisation record, 21/10/2026
Shingrix (recombinant zoster vaccine) dose 2 given 20/10/2026 - left deltoid. Dose 1 given 08/2026.
Zostavax given 2016 (historical, per record).
Influvac Tetra (inactivated) 04/2026.
Pneumococcal (PPV23) 2022."""),
("2026-11-06", "clinic_letter", """Pre-screening review - 06/11/2026
Feels well. {{ECOG 1|ECOG}}, {{KPS 80|KARNOFSKY}}.
Inhaled {{fluticasone/salmeterol|LOCAL_STEROID}} only; no other regular medicines.
Vaccines: {{Shingrix|NONLIVE_VACCINE}} 20/10/2026 (recombinant, not live); {{Zostavax|LIVE_VACCINE|hist}} was previously given in 2016.
Toxicity: residual grade 1 {{peripheral neuropathy|TOXICITY}} from {{cisplatin|SYSTEMIC_THERAPY|hist}} (toes only); audiogram normal for age.
Plan: PROMIS screening 11/11/2026 - SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} and {{gemcitabine|GEMCITABINE|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}."""),
])

# PK17 - Ibadan, 19M: sickle cell -> allogeneic HSCT from sister, camrelizumab SD >4 months then PD, MPE, central nodule,
# poor lung function, cisplatin nephrotoxicity grade 2, ECOG 3. Excluded.
P("PK17", "2026-05-04", "excluded",
  "resect=n ps=n pft=n mpe=m cpi=m allo=m tox=m", [
("2025-12-01", "clinic_letter", """Oyo State Teaching Hospital - Oncology Clinic
1st December 2025
Tunde A.   {{DOB 11/02/2007|DOB}}

Past history:
- Sickle cell disease (HbSS) with recurrent crises: {{allogeneic stem cell transplant|TRANSPLANT|hist}} 2019 (Bangalore) from his HLA-identical sister (matched sibling donor); cured, off immunosuppression since 2020.
- {{Osteosarcoma|OSTEOSARCOMA}} R distal femur 2023: {{MAP|SYSTEMIC_THERAPY|hist}}, above-knee amputation.
- {{Lung metastases|LUNG_METASTASIS}} 2024.
- {{Camrelizumab|CHECKPOINT_INHIBITOR|hist}} + {{apatinib|SYSTEMIC_THERAPY|hist}} (self-funded, imported) 10/2024 - 06/2025: {{SD|TUMOR_RESPONSE|hist}} at 3 months (01/2025) and again at 6 months (04/2025); {{progression|TUMOR_RESPONSE|hist}} 06/2025, stopped.
- {{Cisplatin|SYSTEMIC_THERAPY|hist}}-related {{nephrotoxicity|TOXICITY}}: CKD, eGFR 52 - grade 2, persistent.
- {{HIV|HIV|neg}} negative 11/2025.

Now: breathless on one flight of stairs. CT chest requested."""),
("2026-02-10", "radiology_report", """CT CHEST - 10/02/2026
Dominant 4.2 cm left hilar mass/{{nodule|PULMONARY_NODULE}} encasing the {{left main bronchus|CENTRAL_STRUCTURE}} with narrowing; multiple smaller bilateral {{nodules|PULMONARY_NODULE}} up to 12 mm.
Moderate left {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening.
Impression: progressive {{pulmonary metastatic disease|LUNG_METASTASIS}}; the central lesion could only be removed by {{pneumonectomy|PNEUMONECTOMY|hyp}}."""),
("2026-02-24", "discharge_summary", """DISCHARGE SUMMARY - Medical Ward, 18/02/2026 - 24/02/2026
Tunde A., {{19M|AGE}}
Presented with worsening dyspnoea. Left pleural tap 1.2 L; cytology: malignant cells consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} - {{malignant pleural effusion|MALIGNANT_EFFUSION}}. Indwelling pleural catheter placed 22/02.
Cardiothoracic opinion: {{unresectable|UNRESECTABLE}} - the hilar lesion would need a left {{pneumonectomy|PNEUMONECTOMY|hyp}}; in addition {{FEV1|PULMONARY_FUNCTION}} is 38% predicted and he is not a surgical candidate because of {{lung function|PULMONARY_FUNCTION}}.
Function at discharge: in bed or chair more than half the day - {{ECOG 3|ECOG}}.
Creatinine 168 umol/L (baseline). Home oxygen arranged. Palliative care referral."""),
("2026-04-22", "clinic_letter", """Oncology clinic review - 22/04/2026
Tunde attended with his father and sister. Family read about an immunotherapy and lung surgery study (PROMIS) online and asked whether he could join. Explained kindly that the lung disease is not operable and that his breathing and general condition do not allow surgery; he also had immunotherapy before.
ECOG 3, on 2 L oxygen, pleural catheter draining 300 mL every other day.
Sister (his former stem-cell donor) well. Plan: continue palliative care, review 4 weeks."""),
])

# PK18 - Mthatha -> Pretoria, 26M returning after 14 months: chemo unconfirmed, equivocal shoulder tissue,
# "TB pill study", UC treatment unknown, travel-clinic vaccine unknown. Needs review.
P("PK18", "2026-10-19", "needs_review", "sys=u lr=u inv=u ai=u live=u", [
("2026-08-25", "referral_letter", """District Hospital, Mthatha - referral letter
25/08/2026
To: Orthopaedic Oncology, Pretoria
Dear Dr
26yo M known osteosarcoma R humerus 2024, had surgery here (proximal humerus resection, 06/2024). Defaulted follow-up in 2025 - moved to Gauteng for work.
Whether he got chemotherapy at the regional oncology unit or elsewhere we do not know - our file has no oncology notes.
Now back in the area with 2 months of cough. CXR: nodules both lungs?
Pls see.
Dr M. Qwabe (CMO)"""),
("2026-09-15", "clinic_letter", """Orthopaedic Oncology - Pretoria, 15 September 2026
Lwazi D., {{26-year-old|AGE}} security guard.

{{Osteosarcoma|OSTEOSARCOMA}} R proximal humerus, resected 06/2024 in Mthatha. Lost to follow-up for about 14 months.
He recalls "a drip in the arm for some days" before his operation but cannot say whether this was {{chemotherapy|SYSTEMIC_THERAPY|unc}}; a records request has gone to the regional oncology unit.

Shoulder: firm soft-tissue thickening around the surgical bed - ? post-operative change vs {{local recurrence|LOCAL_RECURRENCE|unc}}. MRI ordered.

He says he took part in "a {{TB pill study|INVESTIGATIONAL|unc}}" at a Johannesburg clinic this year and was "still getting the tablets until recently"; unclear whether these were {{study drug|INVESTIGATIONAL|unc}} or standard TB preventive therapy. Contact details of the study site requested.

His mother says he has {{ulcerative colitis|AUTOIMMUNE_DISEASE}} diagnosed in 2023; he "takes tablets when it flares" - names unknown.
{{HIV|HIV|neg}} non-reactive today. {{ECOG 1|ECOG}}."""),
("2026-09-29", "radiology_report", """CT CHEST + MRI R SHOULDER - 29/09/2026
CT: three peripheral {{nodules|PULMONARY_NODULE}} in the right lung (RUL 11 mm, RML 7 mm, RLL 9 mm), new compared with the 2024 staging CT, consistent with {{metastases|METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|neg}}.
MRI: 9 mm focus of enhancing tissue at the inferior resection margin; appearances equivocal - {{recurrence|LOCAL_RECURRENCE|unc}} cannot be excluded. Biopsy suggested."""),
("2026-10-13", "mdt_minutes", """Bone Tumour MDT - 13/10/2026
{{26M|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} R humerus; three right {{lung metastases|LUNG_METASTASIS}} - {{resectable|RESECTABLE}} ({{wedge resections|LUNG_RESECTION|hyp}} via right VATS). {{PFTs|PULMONARY_FUNCTION}} adequate.
Shoulder biopsy booked 21/10 - {{local recurrence|LOCAL_RECURRENCE|unc}} not confirmed.
Prior {{chemotherapy|SYSTEMIC_THERAPY|unc}}: still unconfirmed - no reply from the regional unit.
TB {{study drug|INVESTIGATIONAL|unc}} status unclear - study site not yet reached.
{{UC|AUTOIMMUNE_DISEASE}} - treatment unknown, GI records requested.
He had "an injection" at a travel clinic on 02/10/2026 before a contract in Angola - possibly {{yellow fever vaccine|LIVE_VACCINE|unc}}; card not produced.
{{ECOG 1|ECOG}}. Outcome: rediscuss after biopsy and records."""),
])
# PK19 - Kota Kinabalu, girl 16 (17 in two days): ECOG applies, Huaier stopped 15 days before, resolved grade 3 mucositis. Eligible.
P("PK19", "2026-02-12", "eligible", "", [
("2025-06-10", "clinic_letter", """Hospital Wanita dan Kanak-Kanak Sabah - Paediatric Oncology
10/6/2025
Dayang S.   {{DOB: 14 Feb 2009|DOB}}

Diagnosis: telangiectatic {{osteosarcoma|OSTEOSARCOMA}}, L proximal tibia, 2024.
Treatment: {{MAP|SYSTEMIC_THERAPY|hist}} 2024 - complicated by grade 3 {{mucositis|TOXICITY|hist}} with cycle 2 {{HD-MTX|SYSTEMIC_THERAPY|hist}}, fully resolved; resection and endoprosthesis 10/2024.
Now 7 months off treatment, back at school. {{Lansky 80|LANSKY}}.
Vaccines: {{HPV vaccine|NONLIVE_VACCINE}} dose 1 given today. {{Varicella vaccine|LIVE_VACCINE|hist}} was previously given in 2014.
Surveillance CT chest in November."""),
("2025-11-25", "radiology_report", """CT THORAX - 25/11/2025
Two new {{nodules|PULMONARY_NODULE}}: RUL 10 mm, RLL 8 mm, solid, peripheral - consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
No {{effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy."""),
("2025-12-16", "chemo_chart", """Day ward chemotherapy chart - 16/12/2025
Ifosfamide 3 g/m2/day d1-3, cycle 2 of 2, with mesna and hyperhydration
Antiemetics: ondansetron 8 mg, dexamethasone 8 mg IV d1-3 (16-18/12/2025)
Urine dip: no blood d1. Weight 48 kg.
Mother in attendance. Next: restaging CT 01/2026.
SN Rosnah"""),
("2026-01-27", "mdt_minutes", """Tumour Board - 27/01/2026
Dayang S., {{16-yr-old|AGE}}: two {{lung mets|LUNG_METASTASIS}}, stable after 2 cycles of {{ifosfamide|SYSTEMIC_THERAPY|hist}}.
Thoracic surgery: both {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} adequate.
Mother has been giving {{Huaier granules|IMMUNOMODULATOR}} bought in Kota Kinabalu since December - advised to stop now.
Outcome: screen for PROMIS on 12/02/2026; else {{wedge resections|LUNG_RESECTION|hyp}} in March."""),
("2026-02-10", "nursing_note", """Research nurse counselling - 10/02/2026
Dayang and mother. Mother confirms the {{Huaier granules|IMMUNOMODULATOR|hist}} were stopped on 28/01/2026 after the tumour board advice; none taken since.
{{Urine pregnancy test|PREGNANCY_TEST|neg}} negative.
Explained the schedule: SBRT, {{gemcitabine|GEMCITABINE|hyp}} days 1 and 8 and {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} day 8 of each cycle, then surgery.
Walking to school, plays netball (goal keeper) - {{ECOG 1|ECOG}}."""),
])

# PK20 - Penang, 66M: dedifferentiated chondrosarcoma, gem/docetaxel, compassionate-use IDH1 inhibitor, peginterferon,
# Vivotif, DLCO 35% (nodules resectable, lung function not). Excluded.
P("PK20", "2026-07-06", "excluded",
  "hist=n age=n pft=n gem=m inv=m imm=m live=m", [
("2026-03-17", "clinic_letter", """Island Specialist Oncology Centre, Penang - Medical Oncology
17 March 2026
Mr Tan K.H.   {{DOB 30/06/1960|DOB}}

Diagnosis: dedifferentiated {{chondrosarcoma|OTHER_SARCOMA}}, left pelvis, 2023 (IDH1 R132C mutated) - not an {{osteosarcoma|OSTEOSARCOMA|neg}}.
Treatment: internal hemipelvectomy 2023; {{doxorubicin/ifosfamide|SYSTEMIC_THERAPY|hist}} 2024; {{gemcitabine/docetaxel|GEMCITABINE|hist}} 03/2025 - 08/2025 for {{lung metastases|LUNG_METASTASIS}}, best response {{stable disease|TUMOR_RESPONSE|hist}}, {{progression|TUMOR_RESPONSE|hist}} 12/2025.
Chronic hepatitis B: on {{peginterferon alfa-2a|IMMUNOMODULATOR}} weekly since 01/2026 (hepatologist, Dr Ooi).
{{HIV|HIV|neg}} non-reactive 02/2026."""),
("2026-05-05", "clinic_letter", """Medical Oncology - 05/05/2026
Started today on an {{investigational IDH1 inhibitor|INVESTIGATIONAL}} (not registered in Malaysia) supplied under a manufacturer compassionate-use programme, 500 mg daily.
Continues {{peginterferon|IMMUNOMODULATOR}} weekly.
Plan: CT in 8 weeks."""),
("2026-06-15", "nursing_note", """Travel vaccination clinic - 15/06/2026
Mr Tan travelling to Pakistan (family wedding) in July.
Vivotif (oral typhoid vaccine) - 3 capsules issued: 15/06, 17/06, 19/06/2026; first capsule taken in clinic with cold water.
Hepatitis A booster (inactivated) IM given.
Advice: food and water hygiene. Patient reports weekly interferon injections - advised to tell his oncologist."""),
("2026-07-02", "pharmacy_record", """Oncology pharmacy - dispensing and administration record, printed 02/07/2026
Compassionate-use IDH1 inhibitor 500 mg - last dose 20/06/2026, DISCONTINUED (progression); remaining tablets returned
Peginterferon alfa-2a 180 mcg SC weekly - last administered in clinic 29/06/2026
Entecavir - not on (interferon monotherapy)
Vivotif course completed 19/06/2026 (travel clinic)"""),
("2026-07-03", "mdt_minutes", """Thoracic Oncology MDT - 03/07/2026
Mr Tan, {{66M|AGE}}: dedifferentiated {{chondrosarcoma|OTHER_SARCOMA}} L pelvis; progressing {{lung metastases|LUNG_METASTASIS}} (two LLL {{nodules|PULMONARY_NODULE}}, 15 and 11 mm).
Thoracic surgery: both {{nodules|PULMONARY_NODULE}} are technically {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|hyp}}, but {{PFTs|PULMONARY_FUNCTION}} show {{DLCO|PULMONARY_FUNCTION}} 35% predicted - insufficient {{pulmonary reserve|PULMONARY_FUNCTION}}, not a surgical candidate.
Not eligible for PROMIS: histology is not {{osteosarcoma|OSTEOSARCOMA|neg}}, age, and prior {{gemcitabine|GEMCITABINE|hist}}.
Current: {{peginterferon|IMMUNOMODULATOR}} weekly (last 29/06); {{Vivotif|LIVE_VACCINE}} course completed 19/06; {{investigational|INVESTIGATIONAL|hist}} IDH1 inhibitor stopped 20/06 for {{progression|TUMOR_RESPONSE}} ({{progressive disease|TUMOR_RESPONSE}} on CT 26/06).
{{ECOG 1|ECOG}}.
Outcome: best supportive care vs SBRT to the larger {{nodule|PULMONARY_NODULE}}; discuss with patient."""),
])

# PK21 - Port Harcourt referral, woman, age not stated: histology report missing, nivolumab response unknown,
# "Gem" on summary, "bone marrow transplant" type unknown, HIV indeterminate, hCG pending. Needs review.
P("PK21", "2026-03-30", "needs_review", "hist=u age=u ps=u gem=u cpi=u allo=u hiv=u preg=u", [
("2026-02-16", "referral_letter", """Garden City Teaching Hospital, Port Harcourt - Department of Surgery
16/02/2026
To: Musculoskeletal Oncology Unit, Lagos

Re: Mrs Ibiere D.

Dear Colleague,
This lady has a malignant bone tumour of the left femur treated in Chennai, India, in 2024-2025. The histology report is not with us; her husband has phone photographs of some discharge summaries, which suggest {{osteosarcoma|OSTEOSARCOMA|unc}} but are partly unreadable.
From the photographs: surgery (distal femur replacement) 2024; "{{chemotherapy - 6 cycles|SYSTEMIC_THERAPY|hist}}" (regimen names illegible, one line reads "{{Gem...|GEMCITABINE|unc}}" - ?{{gemcitabine|GEMCITABINE|unc}}); a "bone marrow {{transplant|TRANSPLANT|hist}}" in 2025, type not stated; later {{nivolumab|CHECKPOINT_INHIBITOR|hist}} in Chennai - no response assessment recorded.
Here: {{HIV|HIV|unc}} ELISA reactive 01/2026, Western blot indeterminate; repeat awaited.
Amenorrhoea for 8 weeks - ?{{pregnant|PREGNANCY|unc}}; urine {{hCG|PREGNANCY_TEST|unc}} not done.
CT chest attached: multiple bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
Kindly review.
Dr E. Amadi"""),
("2026-03-03", "radiology_report", """CT CHEST - Lagos, 03/03/2026
Four {{nodules|PULMONARY_NODULE}}: RUL 13 mm, RLL 10 mm, LUL 9 mm, LLL 12 mm, all peripheral, consistent with {{metastases|METASTASIS}}.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Left distal femoral prosthesis partly imaged."""),
("2026-03-17", "mdt_minutes", """Musculoskeletal Oncology MDT - 17/03/2026
Mrs Ibiere D. (age not recorded on referral or registration):
Histology outstanding - original blocks requested from Chennai; working diagnosis {{osteosarcoma|OSTEOSARCOMA|unc}}, not confirmed.
{{Lung metastases|LUNG_METASTASIS}} x4 - {{resectable|RESECTABLE}} ({{wedge resections|LUNG_RESECTION|hyp}}). {{PFTs|PULMONARY_FUNCTION}} adequate.
Prior {{nivolumab|CHECKPOINT_INHIBITOR|hist}}: response not documented. Possible prior {{gemcitabine|GEMCITABINE|unc}} - unconfirmed.
{{Transplant|TRANSPLANT|hist}} 2025: type unknown (autologous rescue vs allogeneic) - clarify with Chennai.
{{HIV|HIV|unc}}: confirmatory PCR pending.
{{ECOG 1|ECOG}}.
{{Serum hCG|PREGNANCY_TEST|unc}} sent - result awaited.
Outcome: PROMIS not to be discussed until histology, {{HIV|HIV|unc}}, {{hCG|PREGNANCY_TEST|unc}} and records are back."""),
("2026-03-24", "handwritten_transcription", """Transcribed clinic note 24/3/26
Mrs I.D. - hCG result not back (lab strike), chased
HIV PCR not back
husband emailed chennai hospital re blocks + transplant records no reply yet
walking w stick, independent, ECOG 1
plan r/v after results"""),
])

# PK22 - Hamilton NZ, 38F: breastfeeding, Crohn's on azathioprine, infliximab grade 3 reaction, thyroid ca 2023,
# treatment-naive de novo metastatic OS. Excluded.
P("PK22", "2026-04-27", "excluded", "sys=n om=m ai=m ster=m mab=m preg=m", [
("2026-03-10", "referral_letter", """Te Awamutu Medical Centre - GP referral
10 March 2026
To: Orthopaedic Oncology, Waikato Hospital

Re: Kiri P., {{aged 38|AGE}}

Dear colleagues,
Kiri has 6 weeks of worsening L hip pain, night pain and a limp. X-ray: destructive lesion L proximal femur. She is 3 months postpartum and {{breastfeeding|LACTATION}}.
PMH:
- {{Crohn's disease|AUTOIMMUNE_DISEASE}} on {{azathioprine|IMMUNOSUPPRESSANT}} 100 mg daily (gastroenterology, Waikato); previously {{infliximab|MONOCLONAL_ANTIBODY|hist}}, stopped 2024 after a grade 3 {{infusion reaction|ALLERGIC_REACTION|hist}} (bronchospasm, hypotension, adrenaline).
- {{Papillary thyroid carcinoma|OTHER_MALIGNANCY|hist}} - total thyroidectomy 02/2023, RAI 2023; on {{levothyroxine|REPLACEMENT_THERAPY}} 125 mcg.
Urgent review appreciated.
Dr S. Morgan"""),
("2026-03-26", "radiology_report", """CT-GUIDED BIOPSY RESULT + CT CHEST - 26/03/2026
Biopsy 24/03/2026 L proximal femur: high-grade conventional {{osteosarcoma|OSTEOSARCOMA}}.
CT chest: three {{nodules|PULMONARY_NODULE}} (RUL 8 mm, RLL 11 mm, LLL 6 mm), peripheral - consistent with {{metastases|METASTASIS}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}."""),
("2026-04-14", "mdt_minutes", """Sarcoma-Thoracic combined MDT - 14/04/2026
Kiri P., {{38F|AGE}}: newly diagnosed {{osteosarcoma|OSTEOSARCOMA}} L femur with {{pulmonary metastases|LUNG_METASTASIS}} at presentation. {{Treatment-naive|CHEMO_NAIVE}}.
Thoracic: {{nodules|PULMONARY_NODULE}} peripheral, {{resectable|RESECTABLE}} after induction. {{PFTs|PULMONARY_FUNCTION}} adequate.
Plan: {{MAP|SYSTEMIC_THERAPY|hyp}} to start 04/05/2026 once she has weaned; fertility counselling and weaning support.
She asked about the PROMIS study - not applicable now (no prior systemic therapy; thyroid cancer within 5 years; on {{azathioprine|IMMUNOSUPPRESSANT}}).
{{ECOG 1|ECOG}}.""".replace("Sarcoma-Thoracic combined MDT", "Bone Tumour-Thoracic combined MDT").replace("She asked about the PROMIS study", "She asked about the {{PROMIS study|INVESTIGATIONAL|hyp}}").replace("(no prior systemic therapy;", "({{no prior systemic therapy|CHEMO_NAIVE}};").replace("thyroid cancer within", "{{thyroid cancer|OTHER_MALIGNANCY|hist}} within")),
("2026-04-22", "nursing_note", """Cancer nurse coordinator - 22/04/2026
Kiri still breastfeeding baby Aria (4 months), mostly overnight feeds; weaning plan agreed with the lactation consultant - aim fully weaned by 02/05 before chemotherapy.
Azathioprine continues per gastroenterology. Mood ok, partner supportive, whanau helping with the older child."""),
])

# PK23 - Johor Bahru / Singapore, 29F: pregnant, local recurrence, GD regimen, nivolumab iPR then iCPD,
# anthracycline cardiomyopathy grade 2. Excluded.
P("PK23", "2026-11-23", "excluded", "pft=u lr=m gem=m cpi=m tox=m preg=m", [
("2025-06-10", "clinic_letter", """Johor Specialist Oncology Clinic
10/06/2025
Ms Siti R., {{29 y/o|AGE}}, teacher.

{{Osteosarcoma|OSTEOSARCOMA}} R proximal tibia 2022: {{MAP|SYSTEMIC_THERAPY|hist}}, wide resection and endoprosthesis 2022.
{{Lung metastases|LUNG_METASTASIS}} 2024: {{GD regimen|GEMCITABINE|hist}} x 4 cycles (2024), best response {{SD|TUMOR_RESPONSE|hist}}; then {{nivolumab|CHECKPOINT_INHIBITOR}} 240 mg q2w from 11/2024, ongoing.
LVEF 42% on echo 04/2025 - {{doxorubicin|SYSTEMIC_THERAPY|hist}}-related {{cardiomyopathy|TOXICITY}}, grade 2, on bisoprolol (cardiology)."""),
("2025-08-12", "radiology_report", """CT THORAX - 12/08/2025 (iRECIST, on nivolumab)
Baseline 10/2024. Target lesions: LLL {{nodule|PULMONARY_NODULE}} 18 -> 10 mm; RUL {{nodule|PULMONARY_NODULE}} 12 -> 7 mm. Sum 17 mm vs 30 mm baseline (-43%). No new lesions.
Overall response: {{partial response|TUMOR_RESPONSE}} ({{iPR|TUMOR_RESPONSE}}).""".replace("(iRECIST, on nivolumab)", "(iRECIST, on {{nivolumab|CHECKPOINT_INHIBITOR}})")),
("2026-04-14", "radiology_report", """CT THORAX - 14/04/2026 (iRECIST)
Nadir 02/2026 (sum 15 mm). Target lesions: LLL 16 mm, RUL 13 mm; sum 29 mm (+93% from nadir). New RML {{nodule|PULMONARY_NODULE}} 8 mm.
Overall response: {{iUPD|TUMOR_RESPONSE}} ({{unconfirmed progression|TUMOR_RESPONSE}}). Recommend confirmatory CT in 4-8 weeks; continue {{nivolumab|CHECKPOINT_INHIBITOR}} if clinically stable."""),
("2026-05-26", "radiology_report", """CT THORAX - 26/05/2026 (iRECIST confirmation)
Further increase: LLL 20 mm, RUL 15 mm, RML 11 mm; sum 46 mm.
Overall response: {{iCPD|TUMOR_RESPONSE}} - {{confirmed progression|TUMOR_RESPONSE}} after a {{partial response|TUMOR_RESPONSE|hist}} lasting about 8 months.
Clinical note: {{nivolumab|CHECKPOINT_INHIBITOR|hist}} discontinued 05/2026."""),
("2026-10-20", "clinic_letter", """Oncology review - 20/10/2026
Ms Siti is {{pregnant|PREGNANCY}} - {{14 weeks gestation|PREGNANCY}} by dating scan 15/10/2026 (spontaneous, first {{pregnancy|PREGNANCY}}); obstetric team involved.
MRI R knee 12/10/2026: 3 cm enhancing mass in the tibial resection bed - {{local recurrence|LOCAL_RECURRENCE}}.
Lungs: three {{nodules|PULMONARY_NODULE}}, all peripheral; thoracic surgeons consider them {{resectable|RESECTABLE}}. {{Lung function tests|PULMONARY_FUNCTION}} not yet done.
{{Cardiomyopathy|TOXICITY}}: LVEF 44%, grade 2, persists on bisoprolol.
{{ECOG 1|ECOG}}.
Plan: joint oncology-obstetric meeting; no systemic therapy for now."""),
("2026-11-16", "nursing_note", """Nurse coordinator - 16/11/2026
Siti seen with husband at the joint clinic. Pregnancy progressing, about 18 weeks, anomaly scan booked. Knee swelling slightly larger. She asked about clinical trials abroad; explained that most immunotherapy studies exclude pregnancy. Emotional support, referral to psycho-oncology."""),
])

# PK24 - Ibadan, 68M: UPS of bone, HIV on ART, kidney transplant on tacrolimus/prednisolone, basiliximab anaphylaxis,
# prostate ca 2022, chemo-naive, MPE, ECOG 3. Excluded.
P("PK24", "2025-07-14", "excluded",
  "hist=n resect=n sys=n age=n ps=n pft=u mpe=m om=m ster=m allo=m mab=m hiv=m", [
("2025-05-06", "referral_letter", """General Hospital, Oyo - referral to Oncology, Ibadan
06/05/2025
Re: Mr Adewale O., {{68-yr-old|AGE}} retired civil servant

Painful R proximal tibia mass for 3 months. Biopsy at Ibadan 04/2025: {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA}} of bone - no osteoid seen, {{osteosarcoma|OSTEOSARCOMA|neg}} excluded on review.
PMH:
- {{HIV|HIV}} since 2009 on {{ART|HIV}}, VL suppressed.
- {{Kidney transplant|TRANSPLANT|hist}} 2015 (living donor - his brother) for hypertensive nephropathy; on {{tacrolimus|IMMUNOSUPPRESSANT}} and {{prednisolone|SYSTEMIC_STEROID}} 5 mg daily. Grade 3 {{anaphylaxis|ALLERGIC_REACTION|hist}} to {{basiliximab|MONOCLONAL_ANTIBODY|hist}} at {{transplant|TRANSPLANT|hist}} induction.
- {{Prostate adenocarcinoma|OTHER_MALIGNANCY|hist}} diagnosed 2022, on goserelin.
He {{has not received chemotherapy|CHEMO_NAIVE}}."""),
("2025-06-03", "radiology_report", """CT CHEST - 03/06/2025
Innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}} up to 25 mm - {{pulmonary metastases|LUNG_METASTASIS}}.
Large left {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening."""),
("2025-06-20", "discharge_summary", """DISCHARGE SUMMARY - 14/06/2025 to 20/06/2025
Mr Adewale O., {{68 years|AGE}}
Admitted with breathlessness. Left pleural tap 1.5 L: cytology shows malignant spindle cells - {{malignant effusion|MALIGNANT_EFFUSION}}.
Thoracic surgery: {{pulmonary nodules|PULMONARY_NODULE}} innumerable - {{unresectable|UNRESECTABLE}}.
Mostly in bed or chair - {{ECOG 3|ECOG}}.
Continues {{tacrolimus|IMMUNOSUPPRESSANT}} (level 6.1), {{prednisolone|SYSTEMIC_STEROID}} 5 mg and {{ART|HIV}}. Creatinine 132 umol/L (graft function stable).
Plan: palliative care, consider pleurodesis."""),
("2025-07-08", "clinic_letter", """Oncology clinic - 08/07/2025
Son asked about an immunotherapy and lung-surgery study for bone cancer (PROMIS) that he found online. Explained the study is for osteosarcoma with operable lung disease, and that his father has a different tumour type, a large effusion and is too frail for surgery.
ECOG 3. Comfortable on morphine. Transplant clinic aware. Review 2 weeks."""),
])



# ---------------------------------------------------------------------------
# Additional narrative appended to notes (no concept mentions; keeps notes realistic in length).
EXTRA = {
("PK11", 2): """Technique: helical CT from thoracic inlet to upper abdomen after IV contrast (weight-based dose), reconstructions at 1 mm; sedation not required, child cooperative with breath-hold coaching by the play therapist.
Other findings: mediastinal structures normal. Heart size normal. No lymphadenopathy. Central venous line no longer present. Visualised liver and spleen unremarkable. No rib or vertebral abnormality.
Reported by Dr Nor Azlina, Paediatric Radiology.""",
("PK24", 2): """Technique: non-contrast CT (eGFR 44; contrast avoided after discussion with the renal team).
Other findings: moderate cardiomegaly. Calcified aortic knuckle. Degenerative change in the thoracic spine with no destructive bony change. Mild bronchial wall thickening at both bases.
Reported by Dr O. Akinola, Consultant Radiologist. Result phoned to the oncology registrar on the day.""",
("PK19", 2): """Technique: contrast-enhanced CT chest, 1.25 mm reconstructions, compared with the end-of-treatment CT of 03/2025.
Other findings: heart and great vessels normal. No mediastinal or axillary lymphadenopathy. Port-a-cath tip in the right atrium. Thymic tissue normal for a teenager. No bony abnormality in the imaged skeleton.
Reported by Dr Wong K.L. Findings discussed with Dr Jainal by phone.""",
("PK02", 3): """Technique: contrast-enhanced CT thorax, 1 mm slices; comparison with the 2023 end-of-treatment CT.
Other findings: heart normal in size. No mediastinal, hilar or axillary lymphadenopathy. Liver and adrenals unremarkable on the included images. No bony abnormality.
Reported by Dr F. Isaacs, Radiology Registrar; verified by Dr Hendricks.""",
("PK14", 2): """Technique: 1.5 T MRI, axial and coronal T1, STIR, post-gadolinium fat-saturated sequences; metal artefact reduction applied around the femoral component.
Other findings: the femoral component is well seated with no periprosthetic lucency. Quadriceps muscle bulk reduced. Small knee joint fluid. Popliteal vessels patent and separate from the mass.
Reported by Dr P. Kamau. Discussed with the orthopaedic oncology team the same day.""",
("PK07", 3): """Clinic stock issued: crutch tips x2.
Counselling: mother shown how to give paracetamol syrup by weight (17.5 mL max per dose); reminded to keep the immunisation card for the surgery admission.
Malaria: family uses treated bed nets; no prophylaxis prescribed for Chioma.
Dispensed by: Pharm. K. Olatunji. Next refill due 15/08/2025.""",
("PK20", 2): """Consent: written consent for the access programme signed by the patient and witnessed by his daughter; hospital drug committee approval 28/04/2026.
Counselling: possible side effects explained (raised liver enzymes, QT prolongation, diarrhoea); ECG baseline QTc 431 ms.
Bloods today: ALT 38, bilirubin 11, HBV DNA 2,100 IU/mL (falling).
Follow-up: weekly phone calls by the oncology pharmacist for the first month.""",
("PK21", 2): """Technique: contrast-enhanced CT chest, 1 mm reconstructions. No previous Lagos imaging for comparison; outside CT (Port Harcourt, 01/2026) viewed on disc.
Other findings: normal heart size. No lymphadenopathy. No bony destruction in the imaged skeleton. Liver unremarkable on the included images.
Reported by Dr T. Balogun.""",
("PK16", 3): """Comment: record reconciled with the national immunisation register on 21/10/2026.
He tolerated the injection well; mild sore arm for a day after dose 1 in August.
Next due: influenza (inactivated) 04/2027; tetanus booster 2029.
Practice nurse: J. Rutherford, Halswell Medical Centre.""",
("PK22", 2): """Biopsy procedure: CT-guided 14G core x4 under local anaesthetic, no complications; discharged the same afternoon.
Other CT findings: no mediastinal lymphadenopathy. Thyroid bed clear after previous surgery. Liver and adrenals normal on included images. No other bony abnormality in the thorax.
Results discussed with the patient and her partner by Dr Morgan-Reid on 26/03/2026; specialist nurse present.""",
("PK07", 2): """Anaesthetic comments: airway normal; weight 38 kg; no previous anaesthetic problems during the amputation.
Physiotherapy: gait training twice weekly until the prosthesis is fitted; school to be informed.
Social: lives with mother, grandmother and two siblings in Surulere; father works in Abuja. Transport support approved by the hospital social welfare unit.""",
("PK12", 4): """Pharmacist note: Kisumu pharmacy phoned 22/10 and 23/10 - no answer. Patient asked to bring all boxes and inhalers to the next clinic.
Counselling: pregabalin dose and drowsiness; iron with orange juice, not with tea.
Next supply due 21/11/2025.
Dispensed by: Pharm. R. Wekesa.""",
("PK15", 2): """Technique: low-dose contrast-enhanced CT chest, 1 mm reconstructions; compared with CT 06/2025.
Other findings: heart normal. No mediastinal lymphadenopathy. Normal thymic remnant. Imaged upper abdomen unremarkable.
Reported by Dr Lim S.Y. Findings phoned to the paediatric oncology team.""",
("PK04", 5): """Counselling: inhaler technique checked with a placebo device - good. Rinse mouth after the Turbuhaler.
Interactions screen run against the planned trial medicines - no flags raised by the system.
Dispensed by: Pharm. S. Govender.""",
("PK23", 2): """Technique: contrast-enhanced CT thorax, 1 mm slices, same scanner as baseline.
Other findings: no mediastinal lymphadenopathy. Heart size normal; no pericardial fluid. Imaged liver and adrenals normal.
Reported by Dr Tan B.H.; verified by Dr Rajoo.""",
("PK23", 4): """Technique: as before, same scanner and settings as 14/04/2026.
Other findings: mild hilar lymph node enlargement on the left (11 mm short axis). Heart normal.
Reported by Dr Rajoo; discussed at the weekly immuno-oncology meeting.""",
("PK21", 4): """husband has WhatsApp copies of discharge papers - asked him to print them
PCV 31, WBC 5.2, creatinine 71
BP 118/74, wt 61 kg
next appt 7/4 or earlier if results come""",
("PK14", 5): """social: husband and daughter at bedside, daughter is a nurse in Nyeri
OT: needs raised toilet seat, shower chair
pain team r/v tomorrow - consider nerve block
obs stable, afebrile""",
("PK23", 6): """Obstetric plan: fetal anomaly scan 20/11, joint review with maternal-fetal medicine on 27/11. Low-dose aspirin not started.
Social: husband working in Singapore, commutes daily across the Causeway; her mother moving in to help. Employer informed; sick leave certificate issued for 4 weeks.
Nurse coordinator: Siti Aminah binti Y.""",
("PK10", 5): """Examination: well-healed right hip scar, no swelling. Chest clear. Weight 78 kg, stable over the year.
Bloods 25/11/2025: Hb 14.1, neutrophils 3.8, platelets 254, creatinine 88, ALT 31, bilirubin 9.
He asked about leave from work; letter provided for his employer (4 weeks from screening).""",
("PK22", 4): """Fertility: previous counselling documented; oocyte preservation declined given urgency.
Practical: breast pump loan arranged; contacts for the local Plunket nurse given.
Next: chemotherapy education session 30/04 with partner.""",
("PK09", 2): """Technique: contrast-enhanced CT thorax, 1 mm reconstructions. Outside CT (JB, 02/2026) imported to PACS for comparison.
Other findings: heart normal in size. No mediastinal lymphadenopathy. Imaged liver normal.
Reported by Dr Siva R.""",
("PK12", 2): """Technique: contrast-enhanced CT chest, 1.25 mm reconstructions. Comparison: Kisumu CXR 08/2025 only.
Other findings: heart normal in size. No mediastinal lymphadenopathy. No bony destruction in the imaged skeleton. Imaged liver normal.
Reported by Dr N. Wafula.""",
("PK19", 3): """Fluid balance: in 3.2 L, out 3.0 L day 1. Urine SG 1.010. No haematuria on dip.
Pre-treatment bloods: neutrophils 2.4, platelets 198, creatinine 51, magnesium 0.78.
Discharge plan: G-CSF from day 5 by the community nurse; return if temperature 38 or above.""",
("PK23", 3): """Technique: contrast-enhanced CT thorax, same scanner and settings.
Other findings: no mediastinal lymphadenopathy. Heart size normal. No bony abnormality.
Reported by Dr Rajoo.""",
("PK03", 2): """Technique: contrast-enhanced CT chest, 1 mm reconstructions; compared with CT 07/2025.
Other findings: mediastinum normal. Endoprosthesis of the right humerus partly imaged. Imaged liver and adrenals normal.
Reported by Dr J. Fa'amausili.""",
("PK06", 4): """Technique: contrast-enhanced CT chest, 1.25 mm reconstructions. No previous CT for comparison; CXR 05/2025 was clear.
Other findings: heart normal. Mild splenomegaly on the included images (known sickle cell disease). No bony destruction.
Reported by Dr E. Kirui.""",
("PK13", 4): """Reconciliation completed with the patient by phone; she confirms no herbal or TCM products.
Allergies: nil known.
Pharmacist: Ong W.M.""",
("PK03", 3): """Technique: 1.5 T MRI shoulder, T1, STIR, post-contrast sequences with metal artefact reduction.
Other findings: rotator cuff reconstruction intact. No joint fluid. Axillary nodes not enlarged.
Reported by Dr J. Fa'amausili.""",
("PK17", 2): """Technique: contrast-enhanced CT chest, 1.25 mm reconstructions; comparison 06/2025.
Other findings: heart normal in size. Mediastinal nodes up to 14 mm. Old healed rib fractures on the right. Sickle-related bone infarcts in the thoracic spine, unchanged.
Reported by Dr A. Ogundipe.""",
("PK20", 4): """Counselling: capsules to be kept in the fridge and taken one hour before food; course must be finished.
Patient declined rabies pre-exposure course.
Nurse: Lee M.Y.""",
("PK08", 4): """Note: printout brought by the patient to the pre-operative clinic; TCM products not on the hospital medication record until today.
Allergies: nil known.""",
("PK14", 3): """Examination: 6 cm firm mass anterolateral distal thigh, tender; knee flexion 0-80 degrees. Lymph nodes not palpable.
Bloods: creatinine 104, urine protein:creatinine ratio 48, complement normal.
Plan: research nurse to provide the dosing diary; rheumatology and renal follow-up to continue as before.""",
("PK09", 5): """BP 122/80 pulse 84 wt 66kg
plan: chase JB, path r/v at tumour board 27/7""",
("PK19", 4): """Social: lives in Penampang with parents and three siblings; school informed about planned absences.
Psychology: coping well; peer-support group offered.""",
("PK04", 4): """Examination: no wheeze today, peak flow 560 L/min (best 600). Left knee well, full range of movement.
Bloods 26/05: Hb 14.8, neutrophils 4.1, platelets 262, creatinine 81, ALT 22.
Work: off for one week; medical certificate provided.""",
("PK13", 5): """Observations: BP 118/72, pulse 76, weight 58 kg.
Bloods sent: FBC, renal, liver, TFT, cortisol as per the screening list.
Next: consent visit with Dr Goh and the research coordinator.""",
("PK16", 4): """Examination: chest quiet, scattered wheeze at the bases, sats 94% on air (usual). Right knee well.
He lives with his wife on a sheep farm near Darfield; she will drive him to appointments.
Bloods 04/11: Hb 141, neutrophils 4.6, creatinine 96, eGFR 72, ALT 24.""",
("PK20", 3): """Pharmacist check: patient confirms the remaining compassionate-use tablets were returned on 26/06/2026 and destroyed per protocol.
Next interferon injection due 06/07/2026 at the liver clinic.""",
("PK23", 1): """Social: lives in Johor Bahru with her husband; works as a primary-school teacher, currently on reduced hours.
Cardiology: bisoprolol 2.5 mg daily; repeat echo in 6 months.
Plan: continue current treatment, CT every 8-12 weeks.""",
("PK10", 3): """Radiology: images reviewed live - single lesion, no hilar involvement.
Anaesthesia: fit, no comorbidity of concern.
Actions: research coordinator to book screening; thoracic team to hold a theatre slot for January if needed.""".replace("single lesion, no hilar involvement", "single deposit, hila clear"),
("PK02", 5): """Collected by: patient's sister.
Next repeat due: 13/05/2026.
Pharmacist: N. Adams, Groote Schuur-style outpatient dispensary.""".replace("Groote Schuur-style outpatient dispensary", "Main Outpatient Dispensary"),
("PK07", 4): """obs: wt 38.4kg, temp 36.7
school: teacher informed re absences, mother given school letter
mood good, excited about prosthesis""",
("PK19", 5): """Questions answered: travel to Kota Kinabalu for each visit reimbursed; mother can stay at the parents' hostel.
Information sheet (Malay and English) given; consent appointment 12/02/2026.""",
("PK01", 5): """Notes: inhaler technique reviewed with spacer at last dispensing; family uses the Pukekohe community pharmacy for repeats.
Printed for the oncology pre-screening clinic, 12/08/2026.""",
("PK24", 4): """Bloods: creatinine 129 umol/L, tacrolimus level 6.4, Hb 10.2, albumin 29.
Family meeting held with wife, son and his brother; goals of care discussed; hospice at home referral made.""",
("PK18", 3): """Technique: contrast-enhanced CT chest and 1.5 T MRI right shoulder (T1, STIR, post-contrast) performed the same day.
Other findings: heart normal. No mediastinal lymphadenopathy. Healed left clavicle fracture. Axillary nodes not enlarged.
Reported by Dr L. Botha.""",
("PK08", 2): """Technique: contrast-enhanced CT thorax, 1 mm reconstructions, same scanner as 12/05/2026.
Other findings: mediastinal nodes not enlarged. Heart normal. Mild emphysema in both upper lobes. Imaged upper abdomen normal.
Reported by Dr Tay Y.H.""",
("PK05", 3): """Fluid balance: positive 1.1 L. Weight 64 kg. No haematuria. Mood flat - referred to the ward psychologist.
Family: mother visiting daily; sisters at school.""",
("PK22", 3): """Radiology: biopsy reviewed; three deposits, none near the hilum.
Fertility: counselling completed. Psychology referral accepted.""",
("PK17", 4): """Examination: thin, sats 91% on 2 L, reduced air entry left base. Stump well healed.
Plan agreed with Tunde: hospice day-care referral, review 4 weeks or earlier if breathless.""",
("PK12", 3): """Actions: Kisumu team to send identity documents and card photographs; pharmacy to clarify the {{budesonide|SYSTEMIC_STEROID|unc}} item; tap via interventional radiology next week.""",
("PK06", 2): """Social work note added 15/6: home visit by the community health volunteer - family reported to have travelled to relatives in Nandi Hills. Message left with the village elder.""",
}



EXTRA[("PK05", 5)] = """Examination on discharge: alert, talking in full sentences, sats 95% on room air after drainage. Right hip tender over the iliac crest, walks with a frame to the bathroom. No cervical or axillary nodes. Abdomen soft, liver not palpable. Oral candidiasis resolving on nystatin.

Investigations: Hb 9.8, neutrophils 2.1, platelets 164, creatinine 92, sodium 133, albumin 27, LDH 612, CD4 388 (03/03/2026), viral load lower than detectable (01/2026). Pleural fluid LDH 1,140, protein 46 g/L, glucose 3.1; Gram stain and GeneXpert negative for TB.

Social: lives with his mother and two sisters in Soweto; the family relies on his disability grant application, which the social worker is helping to complete. He would like to be at home rather than in hospital if he deteriorates. Palliative care team met him and his mother on 04/03/2026 and a home-based carer has been arranged through the local clinic.

Follow-up: palliative oncology clinic 12/03/2026; research site informed of the admission by email (research nurse Ms Dlamini); ward 7 open-access line explained."""
EXTRA[("PK08", 1)] = """Social: he is an engineer with a shipping company, married, with a son in primary school. His wife attended today. He travels frequently for work within the region and has asked about timing of scans around business trips. He uses a TCM physician for "general wellbeing" and I have asked him to tell us about anything he takes.

Examination: left shoulder well healed, restricted abduction to 80 degrees, neurovascular intact. Chest clear. No lymphadenopathy. Weight 72 kg.

Bloods today: Hb 13.6, neutrophils 3.9, platelets 221, creatinine 84, ALT 29, bilirubin 12, CD4 620.

I have explained that surgery would only be discussed if the disease becomes limited to a few deposits and stays controlled for some months, and that we will review at the thoracic meeting after the next scans. He and his wife were given the clinic nurse's number.

I have written separately to his infectious diseases physician, Dr Koh, to share this plan and to ask that any new medicines are checked against his {{antiretroviral regimen|HIV}} by the pharmacy before they are started; Dr Koh's clinic will continue to manage his lipids. A copy of this letter goes to his general practitioner in Tampines. We will see him again after the three-month scan, sooner if he has new symptoms such as cough, chest pain or breathlessness."""
EXTRA[("PK06", 3)] = """Examination: thin boy, weight 41 kg (down from 46 kg in 05/2025), afebrile, pale conjunctivae. No jaundice. Chest: scattered crepitations at both bases. Stump: well healed, no mass, no tenderness. Spleen not palpable. The cervical node is firm, mobile and non-tender.

Social: the family spent their savings on travel and the healer; the mother is afraid of the cost of further care. Social work and the hospital welfare office have been asked to help with SHA registration. The uncle has promised to bring any papers from Nairobi that the family can find at home.

Counselling: I explained to Peter and his mother, with the help of a Kalenjin-speaking nurse, why we need the scan, the blood tests and the node result before we can plan treatment. They agreed to stay in Eldoret with relatives until the results are back."""


# ---------------------------------------------------------------------------
# Build
def load_labels():
    path = os.path.join(ROOT, "patterns", "concepts.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return {c["id"] for c in json.load(fh)["concepts"]}


def parse(marked):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        span = {"start": length, "end": length + len(phrase), "label": label}
        fl = [f for f in flags.split(",") if f]
        for f in fl:
            assert f in FLAGS, (f, marked[:60])
        for short, name in FLAGS.items():
            span[name] = short in fl
        out.append(phrase)
        length += len(phrase)
        spans.append((span, phrase))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, text[:200]
    for span, phrase in spans:
        assert text[span["start"]:span["end"]] == phrase
    return text, [s for s, _ in spans]


def status_of(crit):
    if any(crit[c] == "not_met" for c in INCLUSIONS) or any(crit[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(crit[c] == "met" for c in INCLUSIONS) and all(crit[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def main():
    labels = load_labels()
    os.makedirs(OUT_DIR, exist_ok=True)
    notes_out, pats_out = [], []
    n_spans = n_annot = 0
    ids = [p["patient_id"] for p in PATIENTS]
    assert ids == ["PK%02d" % i for i in range(1, 25)], ids
    for p in PATIENTS:
        pid, as_of = p["patient_id"], p["as_of"]
        assert "2025-06-01" <= as_of <= "2026-11-30", (pid, as_of)
        assert 3 <= len(p["notes"]) <= 8, pid
        crit = p["criteria"]
        assert set(crit) == set(INCLUSIONS + EXCLUSIONS) and len(crit) == 22
        st = status_of(crit)
        assert st == p["expected"], (pid, st, p["expected"])
        prev = ""
        for i, (nd, ntype, marked) in enumerate(p["notes"], 1):
            if EXTRA.get((pid, i)):
                marked = marked.rstrip("\n") + "\n\n" + EXTRA[(pid, i)]
            date.fromisoformat(nd)
            assert nd <= as_of, (pid, i, nd, as_of)
            assert nd >= prev, (pid, i, "notes out of date order")
            prev = nd
            text, spans = parse(marked)
            if labels is not None:
                for s in spans:
                    assert s["label"] in labels, (pid, i, s["label"])
            if spans:
                n_annot += 1
                n_spans += len(spans)
            notes_out.append({"patient_id": pid, "note_id": "%s-N%d" % (pid, i),
                              "note_date": nd, "note_type": ntype, "text": text,
                              "spans": spans})
        pats_out.append({"patient_id": pid, "as_of": as_of, "status": st,
                         "criteria": {c: crit[c] for c in INCLUSIONS + EXCLUSIONS}})
    assert n_annot * 2 >= len(notes_out), (n_annot, len(notes_out))
    # coverage: every criterion >=3 met, >=3 not_met, >=2 unknown
    table = []
    for c in INCLUSIONS + EXCLUSIONS:
        cnt = {v: sum(1 for p in pats_out if p["criteria"][c] == v)
               for v in ("met", "not_met", "unknown")}
        assert cnt["met"] >= 3 and cnt["not_met"] >= 3 and cnt["unknown"] >= 2, (c, cnt)
        table.append((c, cnt))
    with open(os.path.join(OUT_DIR, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "patients.jsonl"), "w", encoding="utf-8") as fh:
        for p in pats_out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    mix = {s: sum(1 for p in pats_out if p["status"] == s)
           for s in ("eligible", "excluded", "needs_review")}
    print("part K: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(pats_out), len(notes_out), n_annot, n_spans))
    print("status mix:", ", ".join("%s %d" % kv for kv in mix.items()))
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for c, cnt in table:
        print("%-30s %5d %8d %8d" % (c, cnt["met"], cnt["not_met"], cnt["unknown"]))


if __name__ == "__main__":
    main()
