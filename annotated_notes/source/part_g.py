#!/usr/bin/env python3
"""Part G of the PROMIS synthetic gold corpus (independent author).

Style: everyday traffic of a paediatric / AYA sarcoma service in Australia, the UK,
Ireland, India and Canada -- telephone triage, ISBAR/SBAR handovers, pharmacist
medicine reconciliations (tables flattened to pipes / tabs), MDT outcome forms with
tick boxes, day-unit chemotherapy records, GP letters, shared-care summaries,
transition letters and registrar shorthand.  Dates in the note text are day-first.

Inline markup:  {{phrase|LABEL}}  or  {{phrase|LABEL|flags}}  where flags is any of
    n = negated, u = uncertain, h = historical, p = hypothetical, f = family
Notes built with annotated=False are written with "spans": [] (verdict-only notes).

Run from /work/main:  python3 annotated_notes/source/part_g.py   (add --lint to list
concept-like words in annotated notes that no span covers).
"""
import datetime as _dt
import json
import os
import re
import sys

INCL = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
        "prior_systemic_therapy", "age_eligible", "performance_status",
        "pulmonary_function_adequate"]
EXCL = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
        "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
        "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
        "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
        "live_vaccine_30d", "pregnant_or_lactating"]
CODE = {"M": "met", "N": "not_met", "U": "unknown"}
FLAG = {"n": "negated", "u": "uncertain", "h": "historical", "p": "hypothetical", "f": "family"}

P = []  # patients


def patient(pid, as_of, status, verdicts, notes, checks=()):
    """verdicts: 'IIIIIII EEEEEEEEEEEEEEE' with M/N/U; notes: (date, type, annotated, text)."""
    P.append(dict(pid=pid, as_of=as_of, status=status, verdicts=verdicts, notes=notes,
                  checks=checks))

# ---------------------------------------------------------------------------
# PG01 -- 13F, Perth. Eligible. Lansky (age < 16); mother's breast cancer (family);
# inhaled budesonide (local); inactivated flu vaccine; grade 1 hearing loss only.
patient("PG01", "2025-09-15", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2025-07-22", "clinic_letter", True, """Swanbourne Children's Hospital - Bone Tumour Service
22/07/25

Dear Dr Okonkwo,

Re: Matilda ("Tilly") FARROW  {{DOB 12/03/2012|DOB}}  UR 0048 1197

Many thanks for continuing to see Tilly in the community. I reviewed her today with her mum, Jo, at her surveillance visit.

As you know, Tilly is a {{13-year-old|AGE}} girl with {{conventional osteosarcoma|OSTEOSARCOMA}} of the left distal femur (biopsy 09/04/2024). She completed {{MAP chemotherapy|SYSTEMIC_THERAPY|h}} ({{high-dose methotrexate|SYSTEMIC_THERAPY|h}}, {{doxorubicin|SYSTEMIC_THERAPY|h}}, {{cisplatin|SYSTEMIC_THERAPY|h}}) in February 2025, with a distal femoral endoprosthesis in August 2024. The only lasting effect is a {{grade 1 high-frequency hearing loss|TOXICITY}} on her last audiogram, and her hair has grown back after the previous {{alopecia|TOXICITY|h}}.

Her surveillance CT chest on 15/07/25 unfortunately shows two new {{nodules|PULMONARY_NODULE}}, 7 mm in the right lower lobe and 5 mm in the left upper lobe, both peripheral. They were not present in January and the radiologist reports them as consistent with {{metastases|METASTASIS}}. There is no {{pleural effusion|PLEURAL_EFFUSION|n}}.

I have explained to Tilly and Jo that this means the {{osteosarcoma|OSTEOSARCOMA}} has spread to her lungs ({{pulmonary metastases|LUNG_METASTASIS}}), and that the next step is discussion at our MDT on 5 August. We will talk about surgery and possibly a {{clinical trial|INVESTIGATIONAL|p}} that combines radiotherapy, a drug treatment and surgery.

She is otherwise well, back at school and playing netball: {{Lansky 90|LANSKY}}. Her mild asthma is controlled on a {{budesonide inhaler|LOCAL_STEROID}} 200 mcg bd. NKDA.

Jo mentioned that she herself is finishing treatment for {{breast cancer|OTHER_MALIGNANCY|f}}; we have offered the family support from our psychologist.

Kind regards,

Dr Priya Raman
Consultant Paediatric Oncologist"""),
("2025-08-05", "mdt_outcome", True, """BONE TUMOUR MDT - OUTCOME FORM          Date: 05/08/2025
Patient: Matilda FARROW    {{DOB 12/03/2012|DOB}}    UR 0048 1197
Diagnosis: {{Osteosarcoma|OSTEOSARCOMA}}, L distal femur, conventional (osteoblastic). Dx 04/2024.
Prior treatment:  [x] {{Chemotherapy|SYSTEMIC_THERAPY|h}} - {{MAP|SYSTEMIC_THERAPY|h}}, full course (completed 02/2025)   [x] Surgery - endoprosthesis 08/2024   [ ] Radiotherapy
Question for MDT: new lung {{nodules|PULMONARY_NODULE}} on CT 15/07/25.
Imaging review: 2 {{nodules|PULMONARY_NODULE}} (RLL 7 mm, LUL 5 mm), subpleural; {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} favoured over infection. No hilar or mediastinal nodes. {{Pleural effusion|PLEURAL_EFFUSION|n}}: none.
Outcome:
[x] {{Pulmonary metastases|LUNG_METASTASIS}} - agreed radiologically
[x] Surgical candidate - {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by bilateral {{wedge resection|LUNG_RESECTION|p}} (staged; thoracic surgeon Mr Hale)
[ ] {{Unresectable|UNRESECTABLE|n}}
[x] Refer for {{clinical trial|INVESTIGATIONAL|p}} screening (PROMIS)
[x] Pre-op {{PFTs|PULMONARY_FUNCTION|p}} and anaesthetic review
Actions: Dr Raman to discuss with family. Research nurse to send participant information sheet."""),
("2025-08-20", "telephone_triage", True, """Nurse-led telephone triage - Oncology Day Unit   20/08/25 14:10
Caller: mother (Jo).  Pt: Matilda Farrow, {{13yo|AGE}}.
Reason for call: dry cough x 3 days, worse at night. No fever (36.8 at home), no SOB at rest, eating and drinking normally. Using blue reliever 2-3x/day and her {{budesonide|LOCAL_STEROID}} preventer bd as usual.
Off treatment since Feb ({{MAP|SYSTEMIC_THERAPY|h}} completed) so the standard triage pathway applies.
Younger brother has a cold. Mum asked whether Tilly can still have her flu jab - advised the {{injected inactivated vaccine|NONLIVE_VACCINE|p}} is fine and to let the GP know about the upcoming surgery.
Disposition: GP review within 24 h; call back if fever 38 or above, increased work of breathing or chest pain. Reminded of {{lung function tests|PULMONARY_FUNCTION|p}} on 2/9.
RN K. Tamati"""),
("2025-09-02", "pre_assessment", True, """Anaesthetic pre-assessment / respiratory laboratory   02/09/2025
{{PFTs|PULMONARY_FUNCTION}} today: {{FEV1|PULMONARY_FUNCTION}} 2.41 L (92% pred), FVC 2.80 L (94% pred), {{DLCO|PULMONARY_FUNCTION}} 88% pred.
Interpretation: normal {{spirometry|PULMONARY_FUNCTION}} and gas transfer; {{lung function adequate|PULMONARY_FUNCTION}} for staged thoracic surgery.
Airway: Mallampati 1. Asthma well controlled on {{inhaled budesonide|LOCAL_STEROID}}.
{{Lansky 80|LANSKY}} - tired after a full school day, otherwise active.
Wt 47 kg. NKDA.
Immunisations: {{inactivated influenza vaccine|NONLIVE_VACCINE}} IM given by GP 01/09/25.
Plan: fit for GA; {{VATS wedge resection|LUNG_RESECTION|p}} R then L, 4-6 weeks apart, dates per thoracic team.
Dr A. Kowalski, Anaesthetics"""),
("2025-09-12", "registrar_note", False, """Onc clinic - Reg note (Dr S. Whitlock)   12/09/25
PC: consent visit for PROMIS screening.
HPC: 13yo, L distal femur OS (conventional), MAP completed 02/25. 2 peripheral lung mets on CT 15/7 (RLL 7mm, LUL 5mm). MDT 5/8: resectable, bilateral wedges. PFTs 2/9 normal.
O/E: well, Lansky 80. Chest clear. L knee scar healed, ROM 0-110.
DHx: budesonide 200mcg inh bd, salbutamol prn. NKDA. No oral meds.
SHx: Yr 8, netball. Lives with mum, stepdad, brother (9).
FHx: mum - breast ca 2024, on letrozole.
IxS: HIV Ab/Ag non-reactive 10/9, HBV/HCV neg.
Imp: resectable pulmonary metastatic OS, good PS - looks to meet PROMIS entry on my reading.
Mx: research nurse to complete eligibility checklist 15/9; SBRT planning CT if enrolled; penpulimab + gem per protocol, then metastasectomy."""),
], checks=[("age", "2012-03-12", 13)])

# ---------------------------------------------------------------------------
# PG02 -- 67M, Leeds. Excluded: age 67, KPS 50, PFTs inadequate; prior gem/docetaxel;
# prostate cancer 11/2022; RA on MTX + prednisolone. MTX here is for RA (OS 'Paget's OS').
patient("PG02", "2026-02-10", "excluded", "MMMMNNN NNMMNNNMMNNNNNN", [
("2025-05-14", "clinic_letter", True, """St Wilfrid's University Hospital, Leeds - Bone Tumour Clinic
14 May 2025

Dear Dr Mistry,

Re: Geoffrey ACKROYD   {{DOB 14/07/1958|DOB}}   NHS no. 000 000 0000

Many thanks for seeing Mr Ackroyd, whom I reviewed today with his wife.

Diagnosis: {{osteosarcoma|OSTEOSARCOMA}} of the right hemipelvis arising in Paget's disease (biopsy 21/03/2024).
Previous treatment: 6 cycles of {{doxorubicin|SYSTEMIC_THERAPY|h}} and {{cisplatin|SYSTEMIC_THERAPY|h}}, 04-09/2024. High-dose {{methotrexate|SYSTEMIC_THERAPY|n}} was not given because of his age and renal function.
Course: CT in 03/2025 showed three new {{pulmonary nodules|PULMONARY_NODULE}} in keeping with {{metastatic disease|METASTASIS}}.
Plan: second-line {{gemcitabine and docetaxel|GEMCITABINE|p}}, 4 cycles, starting 22/05/25.

Co-morbidities:
- {{Rheumatoid arthritis|AUTOIMMUNE_DISEASE}} since 2010 on {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg weekly and {{prednisolone|SYSTEMIC_STEROID}} 5 mg daily, under Dr Lowe (rheumatology)
- COPD, ex-smoker (40 pack-years)
- {{Prostate cancer|OTHER_MALIGNANCY}}, Gleason 3+4, diagnosed 11/2022, on active surveillance with urology

He is {{ECOG 2|ECOG}}, walking with a stick.

Yours sincerely,

Dr Helen Marsh
Consultant Medical Oncologist"""),
("2025-06-12", "day_unit_chemo", True, """DAY UNIT TREATMENT RECORD - Ward 91      12/06/2025
Patient: Geoffrey Ackroyd     Regimen: {{Gemcitabine/docetaxel|GEMCITABINE}}     Cycle 2 Day 8
{{Gemcitabine|GEMCITABINE}} 900 mg/m2 D1 + D8; {{docetaxel|SYSTEMIC_THERAPY}} 75 mg/m2 D8.
Premedication: {{dexamethasone|SYSTEMIC_STEROID}} 8 mg PO bd for 3 days ({{docetaxel|SYSTEMIC_THERAPY}} premed, given 11/06-13/06).
Obs: T 36.6, HR 84, BP 138/82, SpO2 93% RA (his baseline). Wt 78 kg.
Bloods: neut 2.1, plt 164, creat 98.
Assessment: {{fatigue|TOXICITY}} G1; {{peripheral neuropathy|TOXICITY}} G1 from previous {{cisplatin|SYSTEMIC_THERAPY|h}}, stable; no {{mucositis|TOXICITY|n}}.
Given without incident. Next: C3D1 03/07/25.
RN A. Boateng"""),
("2025-11-20", "mdt_outcome", True, """REGIONAL BONE TUMOUR MDT - OUTCOME     20/11/2025
Patient: G. Ackroyd, {{67 y|AGE}}, M.
Summary: Paget's-associated {{osteosarcoma|OSTEOSARCOMA}}, R pelvis. Completed 4 cycles of {{gem/docetaxel|GEMCITABINE|h}} 05-08/2025; best response {{SD|TUMOR_RESPONSE|h}}.
CT 11/11/25: 3 {{lung nodules|PULMONARY_NODULE}} (RUL 11 mm, RML 9 mm, LLL 14 mm), all peripheral, slow growth - {{metastases|METASTASIS}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Thoracic surgery opinion (Mr Oduya): {{nodules|PULMONARY_NODULE}} technically {{resectable|RESECTABLE}} by three {{wedge resections|LUNG_RESECTION|p}} (bilateral, staged). Fitness to be established.
Median {{OS|LOOKALIKE}} with further {{systemic treatment|SYSTEMIC_THERAPY|p}} in this setting was discussed (months rather than years).
External query: screening for the {{PROMIS trial|INVESTIGATIONAL|p}} - note {{upper age limit 65|LOOKALIKE}}.
Outcome: [x] Await {{PFTs|PULMONARY_FUNCTION|p}}   [ ] List for surgery   [x] Oncology review with results"""),
("2026-01-14", "pft_report", True, """Respiratory Physiology - full {{lung function|PULMONARY_FUNCTION}} report      14/01/2026
Name: Geoffrey Ackroyd   {{DOB 14/07/1958|DOB}}
{{FEV1|PULMONARY_FUNCTION}} 1.22 L (41% pred); FVC 2.65 L (63%); {{FEV1/FVC|PULMONARY_FUNCTION}} 0.46; {{DLCO|PULMONARY_FUNCTION}} 38% pred. 6-minute walk 210 m, SpO2 nadir 86%.
Comment: severe obstructive defect with markedly reduced gas transfer. Discussed with Mr Oduya: {{pulmonary reserve insufficient|PULMONARY_FUNCTION}} for staged {{wedge resections|LUNG_RESECTION|p}}; not a candidate for thoracic surgery on {{lung function|PULMONARY_FUNCTION}} grounds.
Dr R. Sugden, Respiratory Physician"""),
("2026-02-03", "registrar_note", True, """Onc OPD - Reg review (Dr F. Nwachukwu)    03/02/26
PC: review after {{PFTs|PULMONARY_FUNCTION}}; ?{{trial|INVESTIGATIONAL|p,u}}.
Hx: {{67yo|AGE}} M, Paget's {{OS|OSTEOSARCOMA}} R pelvis - prior {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|h}} 2024, {{gem/docetaxel|GEMCITABINE|h}} 2025. 3 x {{lung mets|LUNG_METASTASIS}}, surgically {{resectable|RESECTABLE}} but {{PFTs|PULMONARY_FUNCTION}} show {{insufficient reserve|PULMONARY_FUNCTION}} ({{FEV1|PULMONARY_FUNCTION}} 41%, {{DLCO|PULMONARY_FUNCTION}} 38%).
O/E: thin, breathless on one flight of stairs, spends more than half the day in his chair. {{KPS 50|KARNOFSKY}}.
DHx: {{MTX|IMMUNOSUPPRESSANT}} 15 mg weekly (RA) + folic acid; {{prednisolone|SYSTEMIC_STEROID}} 5 mg od (long-term); tiotropium/olodaterol inh; {{Shingrix|NONLIVE_VACCINE}} dose 2 given 12/2025.
Rheum: {{RA|AUTOIMMUNE_DISEASE}} flare 09/2025 treated with IM {{methylprednisolone|SYSTEMIC_STEROID|h}} 120 mg.
Uro: PSA stable, {{prostate ca|OTHER_MALIGNANCY}} on active surveillance.
{{HIV|HIV|n}} negative (2024).
Imp: not eligible for PROMIS - {{age 67|AGE}} (limit 65), {{KPS 50|KARNOFSKY}}, inadequate {{lung function|PULMONARY_FUNCTION}}; also on {{systemic steroids|SYSTEMIC_STEROID}} and {{MTX|IMMUNOSUPPRESSANT}}, and a {{second malignancy|OTHER_MALIGNANCY}} within 5 years.
Mx: discuss with Dr Marsh; options best supportive care vs {{oral etoposide|SYSTEMIC_THERAPY|p}}. Wife (carer, has her own {{PD|LOOKALIKE|f}} - Parkinson's) to be included in the discussion."""),
], checks=[("age", "1958-07-14", 67), ("days", "2022-11-01", 1197)])

# ---------------------------------------------------------------------------
# PG03 -- 17M, Hamilton ON. Needs review: indeterminate nodules, equivocal MRI at the
# resection margin, uncharacterised effusion, unknown "study" capsules, unnamed herbal
# granules, hearing loss not yet graded.
patient("PG03", "2026-05-20", "needs_review", "MUUMMMU UUNNUNUNNNNUNNN", [
("2026-04-08", "transition_letter", True, """Lakeshore Children's Hospital, Hamilton - Paediatric Oncology
08/04/2026

Dear Dr Mensah,

Re: Ethan LEUNG   {{DOB 02/02/2009|DOB}}

Thank you for agreeing to take over Ethan's care in the adolescent and young adult program as part of his transition to adult services.

Ethan is a {{17-year-old|AGE}} with {{osteoblastic osteosarcoma|OSTEOSARCOMA}} of the right proximal tibia, diagnosed in 05/2024 in Calgary. He completed {{MAP|SYSTEMIC_THERAPY|h}} in March 2025. Surgery was a proximal tibial endoprosthesis (08/2024) with wide margins and 95% necrosis. The family moved to Hamilton in March 2026.

Late effects: {{hearing loss|TOXICITY}} after {{cisplatin|SYSTEMIC_THERAPY|h}} is suspected - he reports muffled hearing in noisy classrooms; formal audiology is booked and no grade has been assigned yet.

Current issue: CT chest on 02/04/2026 showed three subcentimetre {{nodules|PULMONARY_NODULE}} (3-5 mm), reported as indeterminate and too small to characterise; a repeat CT is planned in 6-8 weeks.

He is active and back at school, {{ECOG 1|ECOG}}.

With thanks,
Dr Natalie Grieve, Paediatric Oncologist"""),
("2026-04-29", "radiology_report", True, """MRI RIGHT KNEE / PROXIMAL TIBIA WITH CONTRAST      29/04/2026
Clinical: {{osteosarcoma|OSTEOSARCOMA}} R proximal tibia, endoprosthesis 2024; new ache.
Findings: metal artefact limits assessment. A 9 mm focus of nodular enhancement at the posteromedial margin of the resection bed, not seen on the 10/2025 study. This could represent granulation tissue or post-surgical change; {{local recurrence|LOCAL_RECURRENCE|u}} cannot be excluded. No marrow signal change in the residual tibia.
Impression: equivocal. Suggest ultrasound-guided biopsy or short-interval MRI."""),
("2026-05-06", "telephone_triage", False, """AYA program - nurse telephone triage   06/05/2026 10:35
Caller: mother (Mrs Leung), Cantonese/English; Ethan present.
Reason: dry cough and mild breathlessness on stairs for about a week. No fever, no chest pain, no haemoptysis. Eating well.
Mum also asked two questions:
1) Ethan is still taking capsules from "a hearing study" he joined in Calgary in March. She is not sure whether these are the study medicine or a vitamin supplement he was given at the same time. Calgary research office emailed today for details.
2) His grandmother in Hong Kong sends herbal granules "for the cancer", which he takes most days. Mum sent a photo of the packet - label in Chinese only; our pharmacist could not identify the product from the photo.
Disposition: clinic review tomorrow (7/5) with Dr Mensah. Bring all capsules and the herbal packet."""),
("2026-05-07", "registrar_note", True, """AYA clinic - Reg note (Dr T. Ibarra)   07/05/26
PC: cough, SOBOE 1/52.
O/E: sats 97% RA, RR 18, reduced air entry R base, dull to percussion.
CXR: small R {{pleural effusion|PLEURAL_EFFUSION}}, new.
Imp: small R {{effusion|PLEURAL_EFFUSION}} - too small to tap safely today; cause unclear. Lung {{nodules|PULMONARY_NODULE}} remain indeterminate. {{ECOG 1|ECOG}}.
Mx: US-guided tap if a pocket is accessible; repeat CT chest 18/5; biopsy of the tibial margin enhancement booked 25/5; audiology 28/5; chase Calgary research office."""),
("2026-05-19", "radiology_report", True, """CT CHEST WITH CONTRAST - performed 18/05/2026, reported 19/05/2026
Comparison: 02/04/2026.
Three {{pulmonary nodules|PULMONARY_NODULE}} (RUL 5 mm, RLL 4 mm, LLL 3 mm), unchanged in size. They remain indeterminate; {{metastases|METASTASIS|u}} are not excluded but there are no features to confirm them. Small right {{pleural effusion|PLEURAL_EFFUSION}}, slightly smaller than on the CXR, without pleural nodularity. Not sampled.
Impression: stable indeterminate {{nodules|PULMONARY_NODULE}}; small right {{effusion|PLEURAL_EFFUSION}} of uncertain aetiology."""),
], checks=[("age", "2009-02-02", 17)])

# ---------------------------------------------------------------------------
# PG04 -- 22M, Cork. Eligible. Pembrolizumab with progression at the FIRST restaging
# (primary resistance -> not met); dexamethasone antiemetic last dose 8 days before as_of.
patient("PG04", "2025-11-18", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2025-06-10", "clinic_letter", True, """Lee Valley University Hospital, Cork - Medical Oncology
10th June 2025

Dear Dr Twomey,

Re: Cian Ó BRIAIN, Ballincollig

Many thanks for seeing Cian. He is a {{21-year-old|AGE}} man with {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus (2023), previously treated with {{MAP|SYSTEMIC_THERAPY|h}} and a proximal humeral replacement.

{{Pulmonary metastases|LUNG_METASTASIS}} were found in 12/2024. He then had {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} (privately funded, 3-weekly) from 01/2025; at the first restaging CT after 4 cycles (03/2025) there was {{progressive disease|TUMOR_RESPONSE|h}}, with growth of all {{nodules|PULMONARY_NODULE}} and two new ones, so this was stopped.

He started {{high-dose ifosfamide|SYSTEMIC_THERAPY}} in 04/2025; the CT after cycle 3 shows {{stable disease|TUMOR_RESPONSE}}, with 2 residual {{nodules|PULMONARY_NODULE}}. His tumour {{PD-L1 staining|LOOKALIKE}} was under 1%.

Cian remains well and is working part-time in his dad's garage: {{ECOG 0|ECOG}}.

Kind regards,
Dr Áine Cronin, Consultant Medical Oncologist"""),
("2025-10-02", "mdt_outcome", True, """BONE TUMOUR MDT - OUTCOME          02/10/2025
Name: Cian Ó Briain     Age: {{22 y|AGE}}     MRN 7730021
Dx: {{osteosarcoma|OSTEOSARCOMA}} L humerus (2023) with {{lung metastases|LUNG_METASTASIS}} (12/2024).
Treatment to date: {{MAP|SYSTEMIC_THERAPY|h}} (completed 2024) -> {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} x4 ({{PD|TUMOR_RESPONSE|h}} at first scan) -> {{ifosfamide|SYSTEMIC_THERAPY}} x3 ({{SD|TUMOR_RESPONSE}}), cycle 4 due w/c 3/11.
Discussion: 2 residual {{nodules|PULMONARY_NODULE}}, RLL 9 mm and LUL 6 mm, peripheral.
Outcome:
[x] {{Resectable|RESECTABLE}} - bilateral {{wedge resections|LUNG_RESECTION|p}} recommended
[ ] Further {{systemic therapy|SYSTEMIC_THERAPY|n,p}} only
[x] Screen for PROMIS ({{clinical trial|INVESTIGATIONAL|p}})
Note: prior {{anti-PD-1|CHECKPOINT_INHIBITOR|h}} with {{progression|TUMOR_RESPONSE|h}} at the first assessment - research team to confirm this counts as primary, not secondary, resistance."""),
("2025-11-04", "pft_report", True, """Pulmonary function laboratory - 04/11/2025
Cian Ó Briain
{{Spirometry|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 4.10 L (96% pred), FVC 5.02 L (98% pred). {{DLCO|PULMONARY_FUNCTION}} 90% pred.
Lung volumes: TLC 102% pred, RV normal. Good effort and technique; bronchodilator reversibility not significant.
Conclusion: normal study; {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Dr D. Nolan, Respiratory Physiology"""),
("2025-11-08", "day_unit_chemo", True, """DAY WARD TREATMENT RECORD - Cycle 4 {{ifosfamide|SYSTEMIC_THERAPY}} (D1-3, 08/11-10/11/2025)
Pre-hydration and mesna as per regimen.
Antiemetics: ondansetron 8 mg PO bd D1-3; {{dexamethasone|SYSTEMIC_STEROID}} 8 mg PO od D1-3 (last dose 10/11/25); aprepitant D1-3.
Urinalysis: no haematuria. Creat 82.
Neuro obs: alert, oriented, no confusion. Previous {{grade 2 encephalopathy|TOXICITY|h}} with cycle 2 resolved within 48 h after methylene blue.
Plan: home D3 evening; GCSF from D5; bloods at GP on 17/11; restaging CT after count recovery.
RN M. Lynch"""),
("2025-11-17", "telephone_triage", False, """Telephone triage - Day Ward   17/11/2025 16:20
Cian rang with his GP bloods from this morning: Hb 112, WCC 3.4, neut 1.6, plt 142, creat 84. Grade 1 neutropenia only, counts recovering. Mild nausea last Tuesday, now eating normally. No fever, no confusion, no haematuria.
Advised usual precautions. Research nurse confirms the PROMIS screening visit is tomorrow 18/11 at 09:30 - bring medication list (no dexamethasone since the 10th)."""),
], checks=[("days", "2025-11-10", 8)])
# ---------------------------------------------------------------------------
# PG05 -- 9F, Mumbai. Excluded: age 9, Lansky 50, chemo-naive, unresectable, malignant
# effusion (cytology +), MMR 23 days before as_of. T1DM on insulin = replacement.
patient("PG05", "2026-03-09", "excluded", "MMNNNNU NMNNNNNNNNNNNMN", [
("2026-02-12", "registrar_note", True, """Konkan Paediatric Oncology Institute, Mumbai - Paed Onc OPD, new referral   12/02/26
PC: L shoulder swelling x 2 months, pain at night.
HPC: {{9yo|AGE}} girl ({{DOB 21/06/2016|DOB}}), referred from Thane. X-ray: aggressive lesion L proximal humerus with sunburst {{periosteal reaction|LOOKALIKE}}. Core biopsy 10/02/2026 -> {{conventional osteosarcoma|OSTEOSARCOMA}} (osteoblastic), high grade.
PMHx: {{type 1 diabetes|AUTOIMMUNE_DISEASE|h}} since 2022, on {{insulin|REPLACEMENT_THERAPY}} (basal-bolus), HbA1c 8.1%.
{{Chemotherapy-naive|CHEMO_NAIVE}}.
SHx: Std 4. Lives with parents, grandmother and brother ({{16/12|AGE|f}}). Father gives history in Marathi; hospital interpreter present for part of the visit.
O/E: pale, wt 24 kg. L shoulder mass 6 x 5 cm, tender, warm. Chest: decreased breath sounds L base.
{{Lansky 60|LANSKY}}.
Imp: {{OS|OSTEOSARCOMA}} L humerus - staging needed.
Mx: CT chest, bone scan, echo, audiogram, GFR; plan {{MAP|SYSTEMIC_THERAPY|p}} after staging; diabetes team to co-manage."""),
("2026-02-18", "radiology_report", True, """CECT CHEST - 17/02/2026 (reported 18/02/2026)
Innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}}, largest 2.4 cm in the LLL, several calcified, consistent with {{metastases|METASTASIS}}. Moderate left {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening.
Impression: extensive {{pulmonary metastatic disease|LUNG_METASTASIS}}. Left {{effusion|PLEURAL_EFFUSION}} with nodular thickening - {{pleural metastases|MALIGNANT_EFFUSION|u}} possible; suggest diagnostic thoracocentesis."""),
("2026-02-24", "pathology_report", True, """CYTOLOGY - pleural fluid (left), 300 mL, aspirated 21/02/2026, reported 24/02/2026
Cellular smears show clusters of pleomorphic malignant cells with fragments of osteoid-like matrix. Cell block immunocytochemistry: SATB2 positive.
Diagnosis: {{POSITIVE for malignant cells|MALIGNANT_EFFUSION}}, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} - {{malignant pleural effusion|MALIGNANT_EFFUSION}}."""),
("2026-03-04", "mdt_outcome", True, """PAEDIATRIC TUMOUR BOARD - 04/03/2026
Aarohi PATIL, {{9 y|AGE}}, F.  {{Osteosarcoma|OSTEOSARCOMA}} L humerus, {{metastatic|METASTASIS}} at diagnosis: innumerable bilateral {{lung metastases|LUNG_METASTASIS}}, {{malignant pleural effusion|MALIGNANT_EFFUSION}} (cytology positive).
Thoracic surgery: {{unresectable|UNRESECTABLE}} - bilateral diffuse disease.
Board decision:
[x] Start {{MAP chemotherapy|SYSTEMIC_THERAPY|p}} w/c 09/03
[ ] Surgery
[ ] {{Trial|INVESTIGATIONAL|n,p}} - not eligible (below the minimum age, {{unresectable|UNRESECTABLE}})
{{Lansky 50|LANSKY}} today - in bed much of the day, plays quietly with her brother.
Screening: {{HIV|HIV|n}} non-reactive; HBsAg negative.
Note for record: {{MMR|LIVE_VACCINE}} (2nd dose) given at a school health camp on 14/02/2026, documented on her card.
Family counselled with Marathi interpreter."""),
("2026-03-06", "nursing_handover", False, """ISBAR HANDOVER - Ward 3B, night -> day   06/03/2026 07:30
I: Aarohi Patil, 9F, bed 12, Dr Kulkarni's patient.
S: admitted for central line and chemo start Monday 9/3. BSL 14-18 overnight, correction insulin x2.
B: metastatic OS L humerus - lungs + L malignant effusion. Chemo-naive. T1DM on insulin (glargine 8 units nocte). Lansky about 50.
A: sats 94% RA, RR 28, comfortable sitting up. L chest drain removed 23/2. Pain 3/10 on oral morphine.
R: diabetes team to review before hyperhydration; Dad staying overnight; interpreter booked for consent 9 am."""),
], checks=[("age", "2016-06-21", 9), ("days", "2026-02-14", 23)])

# ---------------------------------------------------------------------------
# PG06 -- female, Glasgow, no age or DOB anywhere. Needs review: histology not final
# (small cell OS vs Ewing), prior chemo in Poland uncertain, reactive HIV screen awaiting
# confirmation, equivocal / indeterminate hCG.
patient("PG06", "2026-06-30", "needs_review", "UMMUUUM NNNNNNNNNNNNUNU", [
("2026-06-04", "clinic_letter", True, """Department of Orthopaedics, Clydebank General Hospital
04/06/2026

Dear Dr Abernethy,

Re: Zofia KOWALCZYK, 14 Dalmuir Crescent, Clydebank

Many thanks for seeing this young woman, who moved from Wrocław with her mother in April. She presented to our emergency department with a painful swelling of the right fibula. Plain films show a destructive lesion with {{periosteal reaction|LOOKALIKE}}. A core biopsy was taken here on 28/05/2026; the preliminary verbal report is of a high-grade malignant bone-forming tumour, {{?osteosarcoma|OSTEOSARCOMA|u}}, but the formal report is awaited after review of decalcified sections.

A CT chest (02/06) shows three {{nodules|PULMONARY_NODULE}} in the right lung, reported as {{pulmonary metastases|LUNG_METASTASIS}}.

Her mother, who speaks for Zofia in Polish through an interpreter, thinks she may have had "one drip" at a hospital in Wrocław in March before they moved, but is unsure whether this was {{chemotherapy|SYSTEMIC_THERAPY|u}} or fluids. We have written for the records.

She is on no regular medication. NKDA.

Yours sincerely,
Dr Lorna McCaig, Specialty Registrar in Trauma & Orthopaedics"""),
("2026-06-16", "registrar_note", True, """Bone Tumour clinic - Reg note (Dr R. Dhillon)   16/06/26
PC: new patient, R fibula mass.
HPC: as per referral. Pain 5/10, walking with one crutch.
Path: formal report still awaited - pathologist has requested EWSR1 FISH and SATB2; differential includes small cell {{osteosarcoma|OSTEOSARCOMA|u}} vs {{Ewing sarcoma|OTHER_SARCOMA|u}} with matrix.
CT chest: 3 R-sided {{lung mets|LUNG_METASTASIS}}, all subpleural (8, 6, 5 mm). No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Outside Rx: Wrocław records not yet received; mum unsure whether any {{chemo|SYSTEMIC_THERAPY|u}} was given.
O/E: {{ECOG 1|ECOG}}. R lower leg swelling 7 cm, no neurovascular deficit.
Sexual health / contraception: LMP about 6 weeks ago; has a boyfriend; no contraception. Urine {{hCG|PREGNANCY_TEST|u}} today: faint line - equivocal. Serum {{beta-hCG|PREGNANCY_TEST|u}} sent.
Imp: probable {{OS|OSTEOSARCOMA|u}} R fibula with {{pulmonary metastases|LUNG_METASTASIS}}; histology and {{pregnancy|PREGNANCY|u}} status to be confirmed.
Mx: chase pathology; serum {{hCG|PREGNANCY_TEST|p}}; BBV screen; {{PFTs|PULMONARY_FUNCTION|p}}; MDT 25/6."""),
("2026-06-22", "telephone_triage", True, """Clinical nurse specialist - results telephone call   22/06/2026
Spoke to Zofia, mother on speaker, Polish interpreter via telephone line.
Serum {{beta-hCG|PREGNANCY_TEST|u}} (16/06): 18 IU/L - low and indeterminate for early {{pregnancy|PREGNANCY|u}}; repeat in 48 h was advised but she did not attend on 18/06. New appointment 01/07.
{{HIV|HIV|u}} Ag/Ab combination test: reactive. Confirmatory line immunoassay sent to the reference laboratory, result awaited. Explained this is a screening result only and may not be confirmed.
HBsAg negative, HCV antibody negative.
Offered contraception advice - wishes to discuss at the next visit."""),
("2026-06-25", "mdt_outcome", False, """WEST OF SCOTLAND BONE TUMOUR MDT - OUTCOME   25/06/2026
Pt: Zofia Kowalczyk.  Site: R fibula.
Histology: formal report still pending - SATB2 positive, EWSR1 FISH awaited. Working diagnosis: high-grade bone sarcoma, ?osteosarcoma.
Imaging: 3 R-sided pulmonary metastases, subpleural, all amenable to wedge resection (thoracic surgery, Mr Baird). No effusion.
PFTs 23/06: FEV1 98%, DLCO 94% - fit for thoracic surgery.
Outcome:
[x] Await final histology
[x] Chase Wrocław records re prior chemotherapy
[x] Repeat serum hCG and HIV confirmatory result before any treatment decision
[ ] Trial - revisit once histology final"""),
("2026-06-29", "pathology_report", True, """PATHOLOGY - INTERIM REPORT (amended 29/06/2026)
Specimen: core biopsy, right fibula (28/05/2026).
Microscopy: small round to spindle cell tumour with delicate lace-like eosinophilic matrix, possibly osteoid. IHC: SATB2 positive, CD99 patchy positive, NKX2.2 negative. EWSR1 break-apart FISH: failed (insufficient nuclei); repeat on block B2 requested.
Interim conclusion: high-grade malignant bone-forming tumour; the differential remains small cell {{osteosarcoma|OSTEOSARCOMA|u}} versus {{Ewing sarcoma|OTHER_SARCOMA|u}}. Final report to follow."""),
])

# ---------------------------------------------------------------------------
# PG07 -- 17F, Galway. Ewing sarcoma (not OS). Excluded on histology, lung function,
# local recurrence, gem/docetaxel, phase I study drug 21 days ago, grade 2 neuropathy,
# pregnancy. Atezolizumab earlier with outcome not recorded -> CPI unknown.
patient("PG07", "2026-04-14", "excluded", "NMUMMMN MNMNMUNNNNNMNNM", [
("2025-11-03", "shared_care_summary", True, """SHARED-CARE SUMMARY - Corrib University Hospital, Galway <-> national AYA service, Dublin
Updated 03/11/2025
Name: Aoife BRENNAN    {{DOB 09/09/2008|DOB}}
Diagnosis: {{Ewing sarcoma|OTHER_SARCOMA}}, L ilium, EWSR1-FLI1 fusion; biopsy 16/01/2024. {{Pulmonary metastases|LUNG_METASTASIS}} at diagnosis.
Treatment history:
 - {{VDC/IE|SYSTEMIC_THERAPY|h}} interval-compressed, 01-10/2024 (completed)
 - RT pelvis 54 Gy + whole-lung RT 15 Gy (2024)
 - {{Stem cells harvested|LOOKALIKE}} 05/2024 and stored - not used; no {{transplant|TRANSPLANT|n}} given
 - {{Atezolizumab|CHECKPOINT_INHIBITOR|h}} + {{cabozantinib|SYSTEMIC_THERAPY|h}} on a {{basket trial|INVESTIGATIONAL|h}} in Dublin, 12/2024-03/2025; the outcome is not recorded in our copy of the {{trial|INVESTIGATIONAL|h}} letter; stopped 03/2025
 - {{Gemcitabine/docetaxel|GEMCITABINE|h}} x4 cycles, 06-09/2025
Late effects: {{grade 2 peripheral neuropathy|TOXICITY}} from {{vincristine|SYSTEMIC_THERAPY|h}} - on gabapentin, struggles with buttons; {{alopecia|TOXICITY}}, regrowing.
Current: CT 28/10/2025 - 2 new LUL {{nodules|PULMONARY_NODULE}}; restaging MRI pelvis booked.
Social: lives with mum in Salthill; sixth year at school; boyfriend ({{aged 19|AGE|f}})."""),
("2026-03-20", "mdt_outcome", True, """NATIONAL BONE TUMOUR MDT - OUTCOME   20/03/2026
Aoife Brennan, {{17 y|AGE}}, F.  {{Ewing sarcoma|OTHER_SARCOMA}} L pelvis.
MRI pelvis 12/03/26: 4.5 cm enhancing soft-tissue mass at the L iliac wing within the previous RT field - {{local recurrence|LOCAL_RECURRENCE}}; CT-guided biopsy 16/03 confirmed recurrent small round blue cell tumour, CD99 positive, EWSR1 rearranged.
CT chest: 2 LUL {{nodules|PULMONARY_NODULE}} (8 and 11 mm), {{metastatic|METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|n}}.
{{PFTs|PULMONARY_FUNCTION}} (after whole-lung RT): {{FEV1|PULMONARY_FUNCTION}} 64%, {{DLCO|PULMONARY_FUNCTION}} 41%. Respiratory physician: {{pulmonary reserve insufficient|PULMONARY_FUNCTION}} for {{thoracotomy|LUNG_RESECTION|p}}; {{VATS|LUNG_RESECTION|n,p}} not advised either.
Outcome:
[ ] Surgery - not a candidate ({{lung function|PULMONARY_FUNCTION}}; pelvic disease not operable with acceptable morbidity)
[x] Continue on {{phase I trial|INVESTIGATIONAL}} of oral {{investigational agent|INVESTIGATIONAL}} NX-4471 (cycle 2 since 02/03/2026)
[x] Palliative care introduction"""),
("2026-04-07", "telephone_triage", True, """AYA Day Unit - nurse telephone triage   07/04/2026 08:50
Caller: Aoife (patient), {{17yo|AGE}}.
Reason: nausea and vomiting for 5 days, mostly mornings; breast tenderness; period "late - maybe 6 weeks".
On {{study drug|INVESTIGATIONAL}} NX-4471 - held by the research team since 24/03/26 because of vomiting (last dose 24/03).
Tingling in hands unchanged ({{neuropathy|TOXICITY}}).
Advised: attend Day Unit today for bloods, antiemetic and urine {{pregnancy test|PREGNANCY_TEST}}.
RN S. Geraghty"""),
("2026-04-07", "registrar_note", True, """AYA Day Unit - Reg note (Dr C. Fahy)   07/04/26 14:00
Urine {{hCG|PREGNANCY_TEST}} POSITIVE. Serum {{beta-hCG|PREGNANCY_TEST}} 41,200 IU/L. TVUS: single {{intrauterine pregnancy|PREGNANCY}}, CRL consistent with {{7+2 weeks gestation|PREGNANCY}}.
Discussed with Aoife alone first (her choice), then with mum at her request. Possible harm from the {{study drug|INVESTIGATIONAL}} explained; drug remains on hold; research team and sponsor informed. Options counselling; referred to maternal-fetal medicine and social work. Safeguarding: partner {{aged 19|AGE|f}}, relationship consensual, no concerns identified - discussed with named nurse.
Contraception had been the combined pill - missed pills while vomiting in February.
{{ECOG 1|ECOG}}. {{Grade 2 sensory neuropathy|TOXICITY}} persists."""),
("2026-04-13", "nursing_handover", False, """SBAR - AYA ward   13/04/2026
S: Aoife Brennan 17F, admitted 11/4 with hyperemesis, IV fluids day 2.
B: relapsed Ewing sarcoma L pelvis (local recurrence 03/26) + LUL mets. Prior VDC/IE, gem/docetaxel, atezolizumab on a trial. Phase I NX-4471 on hold since 24/3. 7/40 pregnant (confirmed 7/4).
A: ketones cleared, tolerating fluids, pain 4/10 L hip on oxycodone. Neuropathy of hands unchanged (grade 2).
R: MFM review tomorrow; social work; mum visiting; decision about withdrawal from the study pending."""),
], checks=[("age", "2008-09-09", 17), ("days", "2026-03-24", 21)])

# ---------------------------------------------------------------------------
# PG08 -- 19F, Bristol. Eligible. Stopped breastfeeding in April 2025; negative hCG;
# partner's HIV (family), own test negative; protocol metastasectomy mention is hypothetical.
patient("PG08", "2026-01-26", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2025-12-18", "clinic_letter", True, """Severnside University Hospital, Bristol - TYA Oncology
18/12/2025

Dear Dr Pryce,

Re: Keeley MORTIMER   {{DOB 30/01/2006|DOB}}

Many thanks for seeing Keeley, whom I saw today with her partner, Dean, and their daughter Lily ({{14/12|AGE|f}}).

Keeley is a {{19-year-old|AGE}} with {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur diagnosed in 2022 and treated with {{MAP chemotherapy|SYSTEMIC_THERAPY|h}} and an endoprosthetic replacement (completed 2023). She had remained well since.

Her surveillance CT chest on 09/12/2025 shows a single 12 mm {{nodule|PULMONARY_NODULE}} in the superior segment of the left lower lobe, new since June, with a calcified rim typical of an {{osteosarcoma|OSTEOSARCOMA}} {{metastasis|METASTASIS}}.

Keeley stopped {{breastfeeding|LACTATION|h}} Lily in April and has a contraceptive implant (inserted 03/2025). Dean has {{HIV|HIV|f}}, well controlled with an undetectable viral load; Keeley's own {{HIV test|HIV|n}} in November was negative.

I have referred her to our thoracic colleagues and to the MDT.

Yours sincerely,
Dr Imogen Carr, Consultant Medical Oncologist (TYA)"""),
("2026-01-08", "mdt_outcome", True, """BONE TUMOUR MDT - OUTCOME   08/01/2026
Keeley Mortimer, {{19 y|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} R femur (2022); {{MAP|SYSTEMIC_THERAPY|h}} completed 2023.
New: solitary LLL {{nodule|PULMONARY_NODULE}}, 12 mm -> {{pulmonary metastasis|LUNG_METASTASIS}}.
Thoracic surgery: {{resectable|RESECTABLE}} - {{LLL superior segmentectomy|LUNG_RESECTION|p}} recommended.
Outcome:
[x] Surgery
[x] Offer {{PROMIS trial|INVESTIGATIONAL|p}} screening (pre-operative SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|p}} + {{gemcitabine|GEMCITABINE|p}}, then {{metastasectomy|LUNG_RESECTION|p}})
[ ] {{Systemic therapy|SYSTEMIC_THERAPY|n,p}} alone"""),
("2026-01-15", "pre_assessment", True, """Thoracic pre-assessment clinic   15/01/2026
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 3.05 L (95% pred), {{DLCO|PULMONARY_FUNCTION}} 89% pred. {{Cleared for thoracic surgery|PULMONARY_FUNCTION}}.
{{ECOG 0|ECOG}} - walks 5 km daily with the pushchair.
Meds: etonogestrel implant; sertraline 50 mg od. NKDA.
Not {{pregnant|PREGNANCY|n}}: urine {{hCG|PREGNANCY_TEST|n}} negative today. Not {{breastfeeding|LACTATION|n}} (stopped 04/2025).
Counselled about contraception during the {{trial|INVESTIGATIONAL|p}} and for 6 months afterwards - happy to continue the implant plus condoms."""),
("2026-01-22", "telephone_triage", False, """Research nurse telephone note - PROMIS screening   22/01/2026
Spoke with Keeley. Confirms she is not in any other study, has had no vaccines since her flu injection at the pharmacy in October, and takes no steroids. Dean's HIV: she is tested 6-monthly at the sexual health clinic; last test negative 11/2025. Lily has been formula-fed since April. Screening visit booked Monday 26/01."""),
], checks=[("age", "2006-01-30", 19)])
# ---------------------------------------------------------------------------
# PG09 -- 46F, Toronto. Dedifferentiated chondrosarcoma (not OS). HIV on Biktarvy;
# Hodgkin 2016 (>5 y); brentuximab grade 3 anaphylaxis; pembrolizumab CR then relapse;
# allogeneic SCT 2019; malignant effusion; chemo-naive for the sarcoma.
patient("PG09", "2025-10-06", "excluded", "NMUNMMU NMNNNMNNNMMNMNN", [
("2025-07-02", "pathology_report", True, """SURGICAL PATHOLOGY REPORT
Specimen: CT-guided core biopsy, left proximal femur (accessioned 24/06/2025; reported 02/07/2025)
Clinical history: {{46-year-old|AGE}} woman, lytic lesion L femur. {{HIV|HIV}}. Past {{Hodgkin lymphoma|OTHER_MALIGNANCY|h}}.
Microscopy: a low-grade hyaline cartilage component abruptly juxtaposed with a high-grade undifferentiated spindle cell component. No malignant osteoid identified on multiple levels. IDH1 R132C mutation detected.
DIAGNOSIS: {{DEDIFFERENTIATED CHONDROSARCOMA|OTHER_SARCOMA}}, grade 3.
Comment: the absence of tumour osteoid and the IDH1 mutation support {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} rather than {{osteosarcoma|OSTEOSARCOMA|n}}. No evidence of {{lymphoma|OTHER_MALIGNANCY|n}}."""),
("2025-08-14", "clinic_letter", True, """Don Valley Hospital, Toronto - Bone Oncology Clinic
14/08/2025

Dear Dr Pereira,

Re: Maria FERNANDES   {{DOB 17/05/1979|DOB}}

Many thanks for referring Mrs Fernandes, whom I saw today with her sister, who interpreted (Portuguese) at Maria's request.

Diagnosis: {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} of the left proximal femur (biopsy 02/07/2025) with {{pulmonary metastases|LUNG_METASTASIS}} (CT 10/07/2025: 6 bilateral {{nodules|PULMONARY_NODULE}}, largest 19 mm) and a left {{pleural effusion|PLEURAL_EFFUSION}}, for which a diagnostic tap is booked.

Past history:
- {{HIV|HIV}} infection diagnosed 2004, on {{Biktarvy|HIV}}; viral load undetectable, CD4 510.
- {{Classical Hodgkin lymphoma|OTHER_MALIGNANCY|h}}, stage IIIB, 2016: {{ABVD|SYSTEMIC_THERAPY|h}} x6. {{Relapse|TUMOR_RESPONSE|h}} 2017, treated with {{brentuximab vedotin|MONOCLONAL_ANTIBODY|h}}, stopped after cycle 2 because of {{grade 3 anaphylaxis|ALLERGIC_REACTION|h}}; then {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} 2017-2018 with a {{complete metabolic response|TUMOR_RESPONSE|h}}, followed by {{relapse|TUMOR_RESPONSE|h}} in 06/2019 and an {{allogeneic stem cell transplant|TRANSPLANT|h}} from her brother Paulo in 10/2019. Mild skin GVHD was treated until 2022; she has been off all {{immunosuppression|IMMUNOSUPPRESSANT|h}} since 03/2022.

Her {{chondrosarcoma|OTHER_SARCOMA}} has not yet been treated with {{chemotherapy|SYSTEMIC_THERAPY|n}}. We discussed first-line {{doxorubicin|SYSTEMIC_THERAPY|p}}; she would like time to think and has asked about {{trials|INVESTIGATIONAL|p}}.

Yours sincerely,
Dr Evan Kerr, Medical Oncologist"""),
("2025-08-28", "pathology_report", True, """CYTOLOGY - pleural fluid, left, 850 mL, aspirated 27/08/2025
Cellular specimen with atypical spindle and pleomorphic cells in clusters, some with chondroid matrix, consistent with involvement by the patient's known {{chondrosarcoma|OTHER_SARCOMA}}.
Final: {{POSITIVE for malignant cells|MALIGNANT_EFFUSION}} - {{malignant pleural effusion|MALIGNANT_EFFUSION}}."""),
("2025-09-30", "medication_reconciliation", True, """PHARMACIST MEDICATION RECONCILIATION - oncology clinic, 30/09/2025
Sources: patient, sister, community pharmacy, {{HIV|HIV}} clinic letter (08/2025).
Drug | Dose | Route | Start | Stop | Status
{{Biktarvy|HIV}} (bictegravir/emtricitabine/tenofovir alafenamide) | 1 tab daily | PO | 2019 | - | active
Co-trimoxazole | 960 mg Mon/Wed/Fri | PO | 2019 | - | active
{{Tacrolimus|IMMUNOSUPPRESSANT|h}} | 1 mg bd | PO | 10/2019 | 03/2022 | stopped
{{Prednisone|SYSTEMIC_STEROID|h}} | 10 mg daily | PO | 2020 | 03/2022 | stopped
Hydromorphone | 2 mg q4h prn | PO | 08/2025 | - | active
Allergies: {{brentuximab vedotin|MONOCLONAL_ANTIBODY}} - {{anaphylaxis|ALLERGIC_REACTION}} (grade 3), 2017; penicillin - rash.
Comment: indwelling pleural catheter since 29/08. No current {{systemic steroids|SYSTEMIC_STEROID|n}} or {{immunosuppressants|IMMUNOSUPPRESSANT|n}}. No herbal products."""),
("2025-10-03", "registrar_note", False, """Onc clinic - Fellow note (Dr J. Abiodun)   03/10/25
46F, dedifferentiated chondrosarcoma L femur with lung mets and malignant L effusion (PleurX in situ). Chemo-naive for the sarcoma. Outside centre asked about PROMIS - not eligible: histology is not osteosarcoma; also HIV+, allo-SCT 2019, prior pembrolizumab (CR then relapse), grade 3 anaphylaxis to brentuximab. Hodgkin was more than 5 years ago.
ECOG 2 - up most of the day, needs help with stairs.
Plan: doxorubicin C1 next week if she agrees. Sister interpreting."""),
], checks=[("age", "1979-05-17", 46)])

# ---------------------------------------------------------------------------
# PG10 -- 28M, Bengaluru. Needs review: second-line regimen unconfirmed (?gem),
# nivolumab with no response assessment, nivolumab infusion reaction not graded,
# Crohn's with unknown treatment, equivocal tibial soft tissue (biopsy awaited).
patient("PG10", "2025-12-01", "needs_review", "MMMMMMM UNUNNUNUNNUNNNN", [
("2025-10-27", "registrar_note", True, """Cauvery Institute of Oncology, Bengaluru - Medical Oncology OPD   27/10/2025
PC: referred for opinion - {{pulmonary metastases|LUNG_METASTASIS}}, ?{{trial|INVESTIGATIONAL|p,u}}.
HPC: {{28 y|AGE}} M, {{OS|OSTEOSARCOMA}} L proximal tibia dx 03/2022 (Pune); {{MAP|SYSTEMIC_THERAPY|h}} x 6 months + limb salvage (completed 11/2022). Lung {{nodules|PULMONARY_NODULE}} 06/2024 -> second-line {{chemotherapy|SYSTEMIC_THERAPY|h}} at a private hospital in Mumbai, 07-10/2024; the discharge summary says only "{{2nd line chemo|SYSTEMIC_THERAPY|h}} ({{GEM-based|GEMCITABINE|u}}?)" - regimen to be confirmed. Then {{nivolumab|CHECKPOINT_INHIBITOR|h}} 240 mg 2-weekly (self-funded) 01-06/2025, stopped for cost. No restaging report available from that period.
PMHx: {{Crohn's disease|AUTOIMMUNE_DISEASE|h}} diagnosed 2023 in Pune - unsure which tablets he took; "some course of {{steroids|SYSTEMIC_STEROID|h}}" at diagnosis; no records. Currently on no {{Crohn's|AUTOIMMUNE_DISEASE}} medication and no {{steroid|SYSTEMIC_STEROID|n}} in 2025.
O/E: {{ECOG 1|ECOG}}. Healed scar L leg; firm 2 cm thickening at the distal end of the tibial resection site.
Imp: 1. {{Lung mets|LUNG_METASTASIS}} from {{OS|OSTEOSARCOMA}} - 2 {{nodules|PULMONARY_NODULE}} R lung on CT 20/10. 2. ?{{local recurrence|LOCAL_RECURRENCE|u}} L tibia.
Mx: MRI L leg; get Mumbai records (regimen? outcome of {{nivolumab|CHECKPOINT_INHIBITOR|h}}?); {{PFTs|PULMONARY_FUNCTION|p}}; thoracic surgery opinion; GI history."""),
("2025-11-05", "radiology_report", True, """MRI LEFT LEG WITH CONTRAST - 04/11/2025 (reported 05/11/2025)
Post-operative changes of proximal tibial resection and endoprosthesis. 2.1 cm ill-defined enhancing soft tissue at the distal margin of the resection bed, anteromedial. Differential: post-surgical fibrosis versus {{local recurrence|LOCAL_RECURRENCE|u}}. Recommend image-guided biopsy."""),
("2025-11-12", "consult_note", True, """Thoracic Surgery consult   12/11/2025
{{28yo|AGE}}, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}. CT 20/10: 2 peripheral R-sided {{nodules|PULMONARY_NODULE}} (RUL 10 mm, RLL 8 mm).
{{PFTs|PULMONARY_FUNCTION}} 10/11: {{FEV1|PULMONARY_FUNCTION}} 91%, {{DLCO|PULMONARY_FUNCTION}} 85% - fit for surgery.
No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Opinion: both {{resectable|RESECTABLE}} by {{VATS wedge resection|LUNG_RESECTION|p}}. Happy to proceed when oncology is ready.
Dr K. Rao, Thoracic Surgery"""),
("2025-11-24", "medication_reconciliation", False, """Clinical pharmacist - medication history (Mumbai discharge summaries received 22/11/2025)
Drug\tDose\tRoute\tStart\tStop\tStatus
"Inj. GEM / Inj. DOC (?)"\tnot stated\tIV\t07/2024\t10/2024\tcompleted - names handwritten and partly illegible; could be gemcitabine/docetaxel or ifosfamide. Mumbai pharmacy contacted.
Nivolumab\t240 mg q2w\tIV\t01/2025\t06/2025\tstopped (cost)
Paracetamol\t650 mg prn\tPO\t-\t-\tactive
Note: at cycle 3 of nivolumab (02/2025) the nursing sheet records "infusion reaction - treated, continued"; grade not documented.
No response assessment in any of the documents received.
No steroids, no herbal / ayurvedic products at present."""),
("2025-11-28", "mdt_outcome", True, """TUMOUR BOARD SUMMARY   28/11/2025
Dx: {{osteosarcoma|OSTEOSARCOMA}} L tibia; {{pulmonary metastases|LUNG_METASTASIS}} x2, {{resectable|RESECTABLE}}.
Prior: {{MAP|SYSTEMIC_THERAPY|h}}; second-line regimen unconfirmed (?{{gemcitabine/docetaxel|GEMCITABINE|u}} vs {{ifosfamide|SYSTEMIC_THERAPY|u}}); {{nivolumab|CHECKPOINT_INHIBITOR|h}} 01-06/2025, outcome undocumented; cycle 3 {{infusion reaction|ALLERGIC_REACTION|h}}, grade not recorded.
L tibia: biopsy 26/11 - result awaited.
{{Crohn's|AUTOIMMUNE_DISEASE}}: GI letter requested.
Decision: PROMIS screening on hold pending records (prior {{gem|GEMCITABINE|u}}? {{CPI|CHECKPOINT_INHIBITOR|h}} course?), tibial biopsy and GI history."""),
])

# ---------------------------------------------------------------------------
# PG11 -- 20M, Winnipeg. Eligible. Neuroblastoma 2008 with AUTOLOGOUS stem cell rescue
# (not allogeneic, >5 y); T1DM on insulin (replacement); MMR deferred; nonlive vaccines.
patient("PG11", "2026-08-24", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2026-07-09", "transition_letter", True, """Red River Children's Hospital, Winnipeg - Paediatric Oncology
Transition to adult care
09/07/2026

Dear Dr Sandhu,

Re: Tyler KOWALCHUK   {{DOB 05/01/2006|DOB}}

Thank you for accepting Tyler, now {{20 years old|AGE}}, into the adult bone oncology clinic.

Background:
1. {{Stage 4 neuroblastoma|OTHER_MALIGNANCY|h}} diagnosed in infancy (2008): {{induction chemotherapy|SYSTEMIC_THERAPY|h}}, surgery, {{high-dose chemotherapy|SYSTEMIC_THERAPY|h}} with {{autologous stem cell rescue|TRANSPLANT|h}} (08/2008), radiotherapy and {{isotretinoin|SYSTEMIC_THERAPY|h}}. No evidence of disease since 2009.
2. {{Type 1 diabetes|AUTOIMMUNE_DISEASE}} since 2015, on an {{insulin|REPLACEMENT_THERAPY}} pump; HbA1c 7.4%.
3. {{Osteosarcoma|OSTEOSARCOMA}} of the left distal femur, a second primary tumour (biopsy 11/02/2025). He completed {{MAP|SYSTEMIC_THERAPY|h}} in 12/2025, with a distal femoral replacement in 06/2025 (92% necrosis).
Late effects: {{grade 1 hearing loss|TOXICITY}}; {{fatigue|TOXICITY}} (grade 2), improving.
Recent: CT chest 30/06/2026 shows 2 new {{nodules|PULMONARY_NODULE}}; referred to the MDT.

Kind regards,
Dr Marianne Dufresne, Paediatric Oncologist"""),
("2026-07-21", "mdt_outcome", True, """ADULT BONE ONCOLOGY MDT - 21/07/2026
Tyler Kowalchuk, {{20M|AGE}}.  {{Osteosarcoma|OSTEOSARCOMA}} L femur, post {{MAP|SYSTEMIC_THERAPY|h}}.
CT: LUL 9 mm and RML 6 mm {{nodules|PULMONARY_NODULE}}, peripheral - {{metastases|METASTASIS}} (new since the 12/2025 CT).
[x] {{Pulmonary metastases|LUNG_METASTASIS}}
[x] {{Resectable|RESECTABLE}} - {{wedge resections|LUNG_RESECTION|p}} (bilateral, staged)
[ ] {{Pneumonectomy|PNEUMONECTOMY|n}} required
[x] Refer to research team (PROMIS)
[x] {{PFTs|PULMONARY_FUNCTION|p}}"""),
("2026-08-06", "medication_reconciliation", True, """PHARMACY MEDICATION RECONCILIATION - pre-{{trial|INVESTIGATIONAL|p}} screening, 06/08/2026
Drug | Dose | Route | Start | Stop | Status
{{Insulin|REPLACEMENT_THERAPY}} aspart (pump) | per pump profile | SC | 2015 | - | active
Ondansetron | 8 mg prn | PO | 03/2025 | 12/2025 | stopped
{{Methotrexate|SYSTEMIC_THERAPY|h}} ({{HD-MTX|SYSTEMIC_THERAPY|h}}, part of {{MAP|SYSTEMIC_THERAPY|h}}) | 12 g/m2 | IV | 03/2025 | 12/2025 | completed
{{Dexamethasone|SYSTEMIC_STEROID|h}} (antiemetic with {{doxorubicin|SYSTEMIC_THERAPY|h}}) | 8 mg | PO | 03/2025 | 12/2025 | completed
Vaccines since end of {{chemotherapy|SYSTEMIC_THERAPY|h}}: {{COVID-19 mRNA booster|NONLIVE_VACCINE}} 01/08/2026; {{Tdap|NONLIVE_VACCINE}} 01/08/2026. {{MMR|LIVE_VACCINE|p}} re-dose deferred until after the {{trial|INVESTIGATIONAL|p}} decision.
Comment: no {{systemic steroid|SYSTEMIC_STEROID|n}} since 12/2025. {{Insulin|REPLACEMENT_THERAPY}} is replacement therapy."""),
("2026-08-19", "pft_report", True, """Pulmonary function / pre-operative assessment   19/08/2026
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 4.2 L (98% pred), {{DLCO|PULMONARY_FUNCTION}} 84% pred. {{Lung function|PULMONARY_FUNCTION}} adequate for staged thoracic surgery.
{{ECOG 1|ECOG}} - uses a cane for long walks.
{{HIV|HIV|n}} non-reactive (12/08)."""),
("2026-08-22", "telephone_triage", False, """Telephone triage - caller Tyler   22/08/2026
Hypo last night 2.9 mmol/L, treated; basal rate reduced on advice of the diabetes nurse (he had the same last Tuesday after hockey). No fever, no cough.
Asked about the flu vaccine - told the inactivated shot is fine in October. Screening visit Monday 24/08 confirmed."""),
], checks=[("age", "2006-01-05", 20)])

# ---------------------------------------------------------------------------
# PG12 -- 24F, Melbourne. Excluded: pregnant; SLE flare on prednisolone; kidney
# transplant on tacrolimus/azathioprine/prednisolone; basiliximab grade 3 anaphylaxis;
# active local recurrence (surgery booked after as_of); no lung metastases.
patient("PG12", "2026-07-07", "excluded", "MNUMMMU MNNNNNNMMMMNNNM", [
("2026-05-26", "clinic_letter", True, """Yarra Bend Hospital, Melbourne - Bone & Soft Tissue Oncology
26 May 2026

Dear Dr Halloran,

Re: Chloe NGUYEN   {{DOB 11/10/2001|DOB}}

Many thanks for seeing Chloe, who came today with her husband, Minh.

Chloe is a {{24-year-old|AGE}} woman with {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur (diagnosed 06/2023). She completed a modified {{chemotherapy|SYSTEMIC_THERAPY|h}} regimen ({{doxorubicin|SYSTEMIC_THERAPY|h}} and {{ifosfamide|SYSTEMIC_THERAPY|h}}, dose-adjusted for her {{renal transplant|TRANSPLANT}}) in 01/2024, with a distal femoral replacement.

Over the past two months she has had increasing pain and swelling above the prosthesis. MRI (12/05/2026) and biopsy (19/05/2026) confirm {{local recurrence|LOCAL_RECURRENCE}} of {{osteosarcoma|OSTEOSARCOMA}} in the distal thigh soft tissues. Staging CT chest shows no {{pulmonary metastases|LUNG_METASTASIS|n}}.

Her background includes {{systemic lupus erythematosus|AUTOIMMUNE_DISEASE}} with class IV {{lupus nephritis|AUTOIMMUNE_DISEASE}}, leading to a deceased-donor {{kidney transplant|TRANSPLANT}} in 03/2022, complicated at induction by {{grade 3 anaphylaxis|ALLERGIC_REACTION|h}} to {{basiliximab|MONOCLONAL_ANTIBODY|h}}. She remains on {{tacrolimus|IMMUNOSUPPRESSANT}}, {{azathioprine|IMMUNOSUPPRESSANT}} (switched from {{mycophenolate|IMMUNOSUPPRESSANT|h}} in April) and {{prednisolone|SYSTEMIC_STEROID}} 5 mg daily. She had a {{lupus|AUTOIMMUNE_DISEASE}} flare with arthritis and rash in November 2025, treated with {{prednisolone|SYSTEMIC_STEROID|h}} 25 mg tapered over 6 weeks.

Chloe is currently 11 weeks {{pregnant|PREGNANCY}} (a planned {{pregnancy|PREGNANCY}}, followed in the renal-obstetric clinic).

I will discuss her at our MDT next week.

Yours sincerely,
Dr Fiona Leckie, Orthopaedic Oncology Surgeon"""),
("2026-06-04", "mdt_outcome", True, """BONE TUMOUR MDT - 04/06/2026
Chloe Nguyen, {{24F|AGE}}, G1P0, {{12/40 pregnant|PREGNANCY}}.
{{Locally recurrent|LOCAL_RECURRENCE}} {{osteosarcoma|OSTEOSARCOMA}} L distal femur; no {{lung metastases|LUNG_METASTASIS|n}}.
Options discussed:
[x] Surgical - above-knee amputation (preferred) vs revision with wide margins; timing with obstetrics (after the 20-week scan)
[ ] {{Clinical trial|INVESTIGATIONAL|n,p}} - not applicable: {{local recurrence|LOCAL_RECURRENCE}} present, no {{pulmonary nodules|PULMONARY_NODULE|n}}, {{pregnancy|PREGNANCY}}
Obstetric medicine: continue {{tacrolimus|IMMUNOSUPPRESSANT}} / {{azathioprine|IMMUNOSUPPRESSANT}} / {{prednisolone|SYSTEMIC_STEROID}}.
{{ECOG 1|ECOG}}."""),
("2026-06-24", "nursing_handover", True, """ISBAR - orthopaedic oncology ward   24/06/2026 19:00
I: Chloe Nguyen, {{24F|AGE}}, bed 7.
S: admitted 23/06 with uncontrolled pain in the L distal thigh from {{local recurrence|LOCAL_RECURRENCE}} of {{osteosarcoma|OSTEOSARCOMA}}; above-knee amputation booked for 22/07, after the 20-week anomaly scan.
B: {{SLE|AUTOIMMUNE_DISEASE}}; {{renal transplant|TRANSPLANT}} 2022 on {{tacrolimus|IMMUNOSUPPRESSANT}} (level 6.1 today), {{azathioprine|IMMUNOSUPPRESSANT}} and {{prednisolone|SYSTEMIC_STEROID}} 5 mg. {{15/40 pregnant|PREGNANCY}} - obstetric team aware, fetal heart checked this afternoon.
A: obs stable, Cr 118 (baseline 110), pain 6/10 -> 3/10 after oxycodone.
R: acute pain team review am; VTE prophylaxis; renal and obstetric review tomorrow."""),
("2026-07-02", "medication_reconciliation", False, """Pharmacist medication reconciliation - admission, 02/07/2026
Drug | Dose | Route | Start | Stop | Status
Tacrolimus XR | 4 mg mane | PO | 2022 | - | active
Azathioprine | 100 mg | PO | 04/2026 | - | active (replaced mycophenolate for pregnancy)
Mycophenolate mofetil | 1 g bd | PO | 2022 | 04/2026 | stopped
Prednisolone | 5 mg | PO | 2022 | - | active
Hydroxychloroquine | 200 mg bd | PO | 2016 | - | active
Aspirin | 100 mg | PO | 04/2026 | - | active (pre-eclampsia prophylaxis)
Oxycodone CR | 10 mg bd | PO | 06/2026 | - | active
Allergies: basiliximab - anaphylaxis, grade 3 (2022).
Comment: 16 weeks pregnant; all medicines reviewed with the obstetric pharmacist."""),
], checks=[("age", "2001-10-11", 24)])
# ---------------------------------------------------------------------------
# PG13 -- 33F, Cardiff. Needs review: small effusion not characterised; skin excision
# ?melanoma pending; childhood "stem cell transplant" of unknown type; past reaction to
# rituximab of unknown grade; herbal granules maybe Huaier. Bone allograft = not a transplant.
patient("PG13", "2025-08-18", "needs_review", "MMMMMMM NUNUNNUNNUUNNNN", [
("2025-06-30", "clinic_letter", True, """Taff Valley University Hospital, Cardiff - {{Sarcoma & Bone Tumour Service|LOOKALIKE}}
30 June 2025

Dear Dr Rees,

Re: Mei Ling TAN, {{33 years|AGE}}, hospital no. C448210

Thank you for seeing Ms Tan, who moved to Cardiff from Penang in 2019.

She has {{osteosarcoma|OSTEOSARCOMA}} of the right ilium (biopsy 02/2023), previously treated with {{MAP|SYSTEMIC_THERAPY|h}} and an internal hemipelvectomy reconstructed with a {{massive bone allograft|LOOKALIKE}}. In 04/2025 CT showed two {{lung metastases|LUNG_METASTASIS}}, and she has since received 2 cycles of {{ifosfamide|SYSTEMIC_THERAPY}}, with {{stable disease|TUMOR_RESPONSE}} on CT 24/06.

Past history: {{acute lymphoblastic leukaemia|OTHER_MALIGNANCY|h}} in 1997 in Kuala Lumpur, treated with {{chemotherapy|SYSTEMIC_THERAPY|h}} and a "{{stem cell transplant|TRANSPLANT|h}}"; she does not know whether the cells came from her brother or from herself, and no records are available. She recalls "a {{reaction|ALLERGIC_REACTION|h}}" to {{rituximab|MONOCLONAL_ANTIBODY|h}} during that treatment; its nature and severity are not documented.

She is working from home as an accountant, {{WHO PS 1|ECOG}}.

Yours sincerely,
Dr Gareth Pugh, Consultant Clinical Oncologist"""),
("2025-07-21", "mdt_outcome", True, """BONE TUMOUR MDT - OUTCOME   21/07/2025
Mei Ling Tan, {{33F|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} R ilium; {{lung metastases|LUNG_METASTASIS}} x2 (LLL 14 mm, RUL 9 mm), {{SD|TUMOR_RESPONSE}} after 2 x {{ifosfamide|SYSTEMIC_THERAPY}}.
Thoracic surgery: both peripheral, {{resectable|RESECTABLE}} - {{wedge resection|LUNG_RESECTION|p}} x2.
New: small left {{pleural effusion|PLEURAL_EFFUSION}} on CT 18/07 - not sampled (too small).
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 88%, {{DLCO|PULMONARY_FUNCTION}} 80% - fit.
Outcome:
[x] Screen for {{PROMIS trial|INVESTIGATIONAL|p}}
[x] Dermatology: changing pigmented lesion R scapula - excision biopsy booked"""),
("2025-08-05", "procedure_note", True, """Dermatology - excision biopsy   04/08/2025 (typed 05/08/2025)
Lesion: 7 mm irregular pigmented macule, R scapula, changed over 6 months. Dermoscopy: atypical network, areas of regression.
Clinical impression: ?{{melanoma|OTHER_MALIGNANCY|u}} vs dysplastic naevus.
Excised with 2 mm margins under LA; sutures out in 10 days. Histology to follow in 2-3 weeks.
Dr H. Evans, Dermatology"""),
("2025-08-12", "telephone_triage", False, """CNS telephone call   12/08/2025
Mei Ling asked about a Chinese herbal "tonic" her aunt posts from Penang - granules, label in Chinese only. She thinks it may be Huaier but is not sure; she has been taking it daily for 2 months. Asked her to bring the packet so the pharmacist can identify it; advised to pause it meanwhile - she will think about it.
Dermatology histology not back yet. Breathing fine; no pleuritic pain."""),
("2025-08-15", "registrar_note", True, """PROMIS eligibility pre-screen - research fellow   15/08/2025
{{33yo|AGE}} F, {{OS|OSTEOSARCOMA}} R ilium, {{lung mets|LUNG_METASTASIS}} x2, {{resectable|RESECTABLE}}, {{PFTs|PULMONARY_FUNCTION}} adequate, {{WHO PS 1|ECOG}}; prior {{MAP|SYSTEMIC_THERAPY|h}} + {{ifosfamide|SYSTEMIC_THERAPY|h}}.
Outstanding:
 - L {{pleural effusion|PLEURAL_EFFUSION}}: small, not characterised either way.
 - Skin excision 04/08: histology pending (?{{melanoma|OTHER_MALIGNANCY|u}}).
 - Childhood {{ALL|OTHER_MALIGNANCY|h}} 1997 with "{{stem cell transplant|TRANSPLANT|h}}" - type unknown (auto vs allo); records requested from KL.
 - Past {{reaction|ALLERGIC_REACTION|h}} to {{rituximab|MONOCLONAL_ANTIBODY|h}} - grade unknown.
 - Herbal granules (?{{Huaier|IMMUNOMODULATOR|u}}) - identity unconfirmed.
 - Urine {{hCG|PREGNANCY_TEST|n}} negative 15/08. {{HIV|HIV|n}} negative.
No {{gemcitabine|GEMCITABINE|n}} and no {{checkpoint inhibitor|CHECKPOINT_INHIBITOR|n}} exposure. No {{steroids|SYSTEMIC_STEROID|n}}."""),
])

# ---------------------------------------------------------------------------
# PG14 -- 19M, Birmingham. Excluded: AML 04/2022 (<5 y) with allogeneic SCT;
# alemtuzumab grade 3 anaphylaxis; grade 2 permanent hearing loss; MMR 25 days before
# as_of; indeterminate nodule resolved -> no lung metastases.
patient("PG14", "2026-03-30", "excluded", "MNUMMMU NNNMNNNNNMMMNMN", [
("2025-09-15", "shared_care_summary", True, """SHARED CARE SUMMARY - Edgbaston TYA Unit / GP     updated 15/09/2025
Name: Callum REID    {{DOB 23/08/2006|DOB}}    {{Age 19|AGE}}
Problem list:
1. {{AML|OTHER_MALIGNANCY|h}} (FLT3-ITD) diagnosed 04/2022 - induction {{FLAG-Ida|SYSTEMIC_THERAPY|h}}; {{allogeneic stem cell transplant|TRANSPLANT|h}} 09/2022 (10/10 matched unrelated donor). Conditioning complicated by {{grade 3 anaphylaxis|ALLERGIC_REACTION|h}} to {{alemtuzumab|MONOCLONAL_ANTIBODY|h}} on day -5, treated with adrenaline; {{ATG|IMMUNOSUPPRESSANT|h}} substituted. In remission, MRD negative.
2. {{Osteosarcoma|OSTEOSARCOMA}} R proximal humerus, biopsy 18/07/2024 - {{MAP|SYSTEMIC_THERAPY|h}} completed 04/2025; proximal humeral replacement 11/2024.
3. {{Hearing loss|TOXICITY}}, grade 2, bilateral high-frequency, after {{cisplatin|SYSTEMIC_THERAPY|h}} - hearing aids since 06/2025; permanent.
4. GVHD: mild skin chronic GVHD 2023, resolved; off {{ciclosporin|IMMUNOSUPPRESSANT|h}} since 02/2024.
Re-vaccination (post-{{HSCT|TRANSPLANT|h}} schedule): inactivated vaccines completed 2023-24 ({{Tdap|NONLIVE_VACCINE|h}}, {{pneumococcal conjugate|NONLIVE_VACCINE|h}}, {{hepatitis B|NONLIVE_VACCINE|h}}); {{MMR|LIVE_VACCINE|p}} deferred until 6 months after the end of {{chemotherapy|SYSTEMIC_THERAPY|h}} - planned early 2026."""),
("2026-02-09", "radiology_report", True, """CT CHEST - performed 06/02/2026, reported 09/02/2026
Clinical: {{osteosarcoma|OSTEOSARCOMA}} R humerus, off treatment; surveillance.
Findings: new 4 mm {{nodule|PULMONARY_NODULE}} in the RLL with adjacent tree-in-bud opacity. Indeterminate - infection more likely than {{metastasis|METASTASIS|u}}.
Recommendation: interval CT in 6 weeks."""),
("2026-03-05", "day_unit_chemo", True, """DAY UNIT - vaccination record   05/03/2026
Callum Reid, {{19 y|AGE}}, 3.5 years after {{allo-HSCT|TRANSPLANT|h}}. Off all {{immunosuppression|IMMUNOSUPPRESSANT|h}} since 02/2024; no active GVHD; CD4 0.52.
Post-{{HSCT|TRANSPLANT|h}} re-vaccination criteria met (haematology consultant Dr Sheikh). {{MMR|LIVE_VACCINE}} 0.5 mL SC given, L arm, batch MX4471. Observed 15 minutes, no adverse event.
Plan: {{varicella vaccine|LIVE_VACCINE|p}} in 4 weeks.
RN P. Chauhan"""),
("2026-03-24", "radiology_report", True, """CT CHEST - performed 23/03/2026, reported 24/03/2026
Comparison: 06/02/2026.
The RLL {{nodule|PULMONARY_NODULE}} and tree-in-bud change have resolved, consistent with resolved infection. No new {{nodules|PULMONARY_NODULE|n}}. No {{pulmonary metastases|LUNG_METASTASIS|n}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Mediastinum and hila normal. Right humeral prosthesis at the edge of the field.
Impression: resolved infective change."""),
("2026-03-27", "registrar_note", False, """TYA clinic - Reg note   27/03/26
PC: CT result; outside team asking about PROMIS.
Hx: 19M. OS R humerus (MAP done 04/25). AML 2022, s/p MUD allo-SCT 09/22. Hearing aids - G2 hearing loss after cisplatin, stable, permanent.
CT 23/3: RLL nodule resolved; no lung mets.
O/E: well, ECOG 0.
Imp: no pulmonary metastatic disease -> not a PROMIS candidate. In any case excluded by the allo-SCT, AML within 5 years, grade 3 alemtuzumab anaphylaxis and MMR on 05/03.
Mx: surveillance CT 3-monthly; varicella vaccine 02/04."""),
], checks=[("age", "2006-08-23", 19), ("days", "2026-03-05", 25), ("days", "2022-04-01", 1459)])

# ---------------------------------------------------------------------------
# PG15 -- 65F, Limerick. Eligible at the age boundary (turned 65 on 02/10). Thyroid
# cancer first written as 2021, corrected by addendum to 14/10/2020 (5 y + 6 d before
# as_of); grade 3 mucositis resolved; prednisolone course ended 15 days before; ECOG 2;
# inhaled fluticasone; husband's "PD" = Parkinson's.
patient("PG15", "2025-10-20", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2025-08-28", "clinic_letter", True, """Shannonside University Hospital, Limerick - Medical Oncology
28th August 2025

Dear Dr Ó Súilleabháin,

Re: Bernadette QUINLAN   {{DOB 02/10/1960|DOB}}

Many thanks for seeing Bernadette, who came today with her daughter.

Diagnosis: {{high-grade surface osteosarcoma|OSTEOSARCOMA}} of the left distal femur, biopsy 12/03/2024. She received {{doxorubicin|SYSTEMIC_THERAPY|h}} and {{cisplatin|SYSTEMIC_THERAPY|h}}, 4 cycles before and 2 after her distal femoral replacement (07/2024), completing treatment in 10/2024. Treatment was complicated by {{grade 3 mucositis|TOXICITY|h}} with cycle 2, which resolved fully.

Her CT of 19/08/2025 shows a 21 mm {{nodule|PULMONARY_NODULE}} in the right lower lobe; CT-guided biopsy on 25/08/2025 confirmed {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.

Other history: {{papillary thyroid carcinoma|OTHER_MALIGNANCY|h}}, total thyroidectomy 2021, on {{levothyroxine|REPLACEMENT_THERAPY}}; mild COPD, on a {{fluticasone|LOCAL_STEROID}}/salmeterol inhaler. Her husband Tom has {{PD|LOOKALIKE|f}} (Parkinson's) and she is his main carer.

{{ECOG 1|ECOG}}.

Yours sincerely,
Dr Colm Hartigan, Consultant Medical Oncologist"""),
("2025-09-01", "addendum", True, """ADDENDUM to clinic letter of 28/08/2025 (Dr C. Hartigan), 01/09/2025
Correction: the letter stated that Mrs Quinlan's {{thyroid cancer|OTHER_MALIGNANCY|h}} was treated in 2021. Her GP has sent the histology report: total thyroidectomy 08/10/2020, pathology report dated 14/10/2020 ({{papillary thyroid carcinoma|OTHER_MALIGNANCY|h}}, pT1b N0). The diagnosis date is therefore 14/10/2020, not 2021. No other changes."""),
("2025-09-10", "mdt_outcome", True, """REGIONAL BONE TUMOUR MDT - 10/09/2025
B. Quinlan, {{64 y|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} L femur; solitary RLL {{pulmonary metastasis|LUNG_METASTASIS}} (21 mm, deep within the RLL).
Thoracic surgery (Ms Kiely): {{resectable|RESECTABLE}} by {{RLL lobectomy|LUNG_RESECTION|p}}; {{wedge|LUNG_RESECTION|n,p}} not feasible because of depth.
[x] Surgery - {{lobectomy|LUNG_RESECTION|p}}
[x] Offer {{PROMIS trial|INVESTIGATIONAL|p}} screening
[x] {{PFTs|PULMONARY_FUNCTION|p}} + CPET"""),
("2025-10-08", "pft_report", True, """Respiratory laboratory   08/10/2025
{{FEV1|PULMONARY_FUNCTION}} 1.98 L (78% pred), FVC 2.70 L (88%), {{DLCO|PULMONARY_FUNCTION}} 71% pred; CPET VO2 peak 18 mL/kg/min.
Conclusion: adequate {{pulmonary reserve|PULMONARY_FUNCTION}} for {{RLL lobectomy|LUNG_RESECTION|p}}.
Note: recent {{prednisolone|SYSTEMIC_STEROID|h}} 30 mg x 5 days for a COPD exacerbation, completed 05/10/2025.
{{ECOG 2|ECOG}} - still breathless after the exacerbation; up and about more than half the day.
Dr N. Walsh, Respiratory Physician"""),
("2025-10-14", "telephone_triage", False, """Nurse telephone triage   14/10/2025
Bernadette rang - chest much better since she finished the prednisolone on the 5th. No fever, no sputum. Husband's respite care arranged for surgery week.
Asked whether she should have the shingles vaccine - advised Shingrix (non-live) is fine but after surgery; no vaccines in the meantime. Research nurse visit 20/10 confirmed."""),
("2025-10-17", "registrar_note", True, """Research fellow - PROMIS pre-screen   17/10/2025
{{65yo|AGE}} F (birthday 02/10). {{Osteosarcoma|OSTEOSARCOMA}}, solitary {{lung metastasis|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} ({{lobectomy|LUNG_RESECTION|p}}), {{PFTs|PULMONARY_FUNCTION}} adequate, {{ECOG 2|ECOG}}.
Prior {{AP chemotherapy|SYSTEMIC_THERAPY|h}} 2024. {{Gemcitabine|GEMCITABINE|n}}: never. {{Checkpoint inhibitors|CHECKPOINT_INHIBITOR|n}}: never.
{{Thyroid cancer|OTHER_MALIGNANCY|h}}: pathology date 14/10/2020 (per addendum 01/09) - more than 5 years before the planned screening date of 20/10/2025.
{{Mucositis|TOXICITY|h}} G3 in 2024 - resolved; current: {{neuropathy|TOXICITY}} G1 only.
{{Prednisolone|SYSTEMIC_STEROID|h}} course ended 05/10/2025; {{inhaled fluticasone|LOCAL_STEROID}} continues.
{{HIV|HIV|n}} negative."""),
], checks=[("age", "1960-10-02", 65), ("days", "2020-10-14", 1832), ("days", "2025-10-05", 15)])

# ---------------------------------------------------------------------------
# PG16 -- 31M, London. Excluded: pembrolizumab (trial) PR ~9 months then progression
# (secondary resistance); study treatment stopped 27 days before as_of; prior
# gem/docetaxel; malignant effusion; HIV; cinobufacini (Huachansu) ongoing.
patient("PG16", "2026-09-21", "excluded", "MMUMMMU NMMNMMMNNNNNMNN", [
("2026-02-10", "clinic_letter", True, """Holloway Road University Hospital - {{Sarcoma Unit|LOOKALIKE}}
10/02/2026

Dear Dr Adeyemi,

Re: Jonah LIM, {{31 years|AGE}}

Many thanks for seeing Jonah. He continues on a {{phase II trial|INVESTIGATIONAL}} of {{pembrolizumab|CHECKPOINT_INHIBITOR}} with {{cabozantinib|SYSTEMIC_THERAPY}}, started on 10/11/2025 for {{pulmonary metastases|LUNG_METASTASIS}} of his {{osteosarcoma|OSTEOSARCOMA}} (left femur, 2020).

The first restaging CT (02/02/2026) shows a {{partial response|TUMOR_RESPONSE}}: the sum of the target {{nodules|PULMONARY_NODULE}} has fallen by 38%.

His history in brief: {{MAP|SYSTEMIC_THERAPY|h}} 2020 and limb salvage; {{metastasectomy|LUNG_RESECTION|h}} 2022; {{gemcitabine/docetaxel|GEMCITABINE|h}} x6 in 2024, with {{progression|TUMOR_RESPONSE|h}} in 09/2025.

He also has {{HIV|HIV}} (diagnosed 2019), well controlled on {{Biktarvy|HIV}}, CD4 640.

Current toxicity: {{hand-foot skin reaction|TOXICITY}} grade 1 from {{cabozantinib|SYSTEMIC_THERAPY}} only.

With best wishes,
Dr Rachel Osei-Bonsu, Consultant Medical Oncologist"""),
("2026-06-15", "trial_visit", True, """{{Clinical Trials Unit|LOOKALIKE}} - visit C11D1   15/06/2026
Jonah Lim. {{Study treatment|INVESTIGATIONAL}}: {{pembrolizumab|CHECKPOINT_INHIBITOR}} 200 mg IV q3w + {{cabozantinib|SYSTEMIC_THERAPY}} 40 mg PO daily.
Restaging CT 08/06/2026: {{PR|TUMOR_RESPONSE}} maintained (-41% from baseline).
AEs: {{diarrhoea|TOXICITY}} G1. Weight stable.
Continue; next CT 08/2026.
Research nurse L. Barnes"""),
("2026-08-25", "mdt_outcome", True, """BONE TUMOUR MDT - OUTCOME   25/08/2026
Jonah Lim, {{31M|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} with {{lung metastases|LUNG_METASTASIS}}.
On {{trial|INVESTIGATIONAL|h}} since 11/2025: {{PR|TUMOR_RESPONSE}} at 12 weeks, maintained to 06/2026. CT 20/08/2026: {{progressive disease|TUMOR_RESPONSE}} - RLL {{nodule|PULMONARY_NODULE}} 11 -> 19 mm, 2 new {{nodules|PULMONARY_NODULE}}, and a new moderate right {{pleural effusion|PLEURAL_EFFUSION}} with pleural nodularity.
Outcome:
[x] Discontinue {{study treatment|INVESTIGATIONAL}}: last {{pembrolizumab|CHECKPOINT_INHIBITOR}} 14/08/2026; {{cabozantinib|SYSTEMIC_THERAPY}} to stop today (25/08)
[x] Pleural tap for cytology
[ ] Surgery"""),
("2026-09-03", "pathology_report", True, """CYTOLOGY - pleural fluid (right), aspirated 01/09/2026
Volume 1200 mL, blood-stained; protein 48 g/L, LDH 910 U/L (exudate). Cell block prepared.
Atypical cells with osteoid-like matrix, SATB2 positive, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
Conclusion: {{POSITIVE for malignant cells|MALIGNANT_EFFUSION}} - {{malignant pleural effusion|MALIGNANT_EFFUSION}}."""),
("2026-09-15", "medication_reconciliation", True, """PHARMACY MEDICINES RECONCILIATION - 15/09/2026 (pre-screen for further {{trials|INVESTIGATIONAL|p}})
Drug | Dose | Route | Start | Stop | Status
{{Biktarvy|HIV}} | 1 tab | PO | 2019 | - | active
{{Pembrolizumab|CHECKPOINT_INHIBITOR|h}} ({{trial|INVESTIGATIONAL|h}}) | 200 mg q3w | IV | 10/11/2025 | 14/08/2026 | stopped - {{PD|TUMOR_RESPONSE}}
{{Cabozantinib|SYSTEMIC_THERAPY|h}} ({{trial|INVESTIGATIONAL|h}}) | 40 mg | PO | 10/11/2025 | 25/08/2026 | stopped - {{PD|TUMOR_RESPONSE}}
{{Cinobufacini|IMMUNOMODULATOR}} ({{Huachansu|IMMUNOMODULATOR}}) tablets | 3 tabs tds | PO | 07/2026 | - | active - sourced by his aunt from Guangzhou; patient wishes to continue
Omeprazole | 20 mg | PO | 2024 | - | active
Comment: {{Huachansu|IMMUNOMODULATOR}} is a {{Chinese patent medicine|IMMUNOMODULATOR}} with an anti-tumour indication - flagged for research teams."""),
("2026-09-18", "registrar_note", False, """Sarcoma clinic - Reg note (Dr P. Galloway)   18/09/26
31M, OS L femur 2020, lung mets, now malignant R effusion (cytology +, 01/09). ECOG 1.
Screened informally for PROMIS on request of the family: not eligible -
 - pembrolizumab on trial: PR from 02/2026, maintained ~6-9 months, PD 20/08/2026 = secondary resistance;
 - gem/docetaxel 2024;
 - malignant pleural effusion;
 - HIV (on Biktarvy);
 - study drug (cabozantinib) until 25/08;
 - still taking Huachansu (cinobufacini) tablets daily.
Mx: IPC insertion; discuss regorafenib; palliative care; Oct-26 review."""),
], checks=[("days", "2026-08-25", 27)])
# ---------------------------------------------------------------------------
# PG17 -- 45M, Halifax. Needs review: indeterminate nodules; treatment in Germany not
# confirmed; indeterminate HIV confirmatory test; "a steroid" of unknown form 5 days
# before as_of; "travel shots" of unknown type 25 days before as_of.
patient("PG17", "2026-02-23", "needs_review", "MUUUMMU NNNNNNNNUNNNUUN", [
("2026-01-12", "clinic_letter", True, """Halifax Harbour Health Centre - Medical Oncology
12/01/2026

Dear Dr Boudreau,

Re: Liam MACISAAC, {{45-year-old|AGE}} man

Thank you for referring Mr MacIsaac, who came home to Nova Scotia in 2025 after several years working in Hamburg. He was diagnosed there with {{osteosarcoma|OSTEOSARCOMA}} of the right scapula in 2022 (German pathology report, translated: "{{conventional osteoblastic osteosarcoma|OSTEOSARCOMA}}, high grade") and had a scapulectomy in Hamburg.

He is unsure whether he had {{chemotherapy|SYSTEMIC_THERAPY|u}} before or after the operation - he remembers "several infusions" but thinks some were for bone protection. We have requested the records and a translation.

CT chest 05/01/2026: two subcentimetre {{nodules|PULMONARY_NODULE}} (LUL 6 mm, RML 4 mm), indeterminate; granulomas and {{metastases|METASTASIS|u}} are both possible. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Repeat CT in 03/2026.

He works as a carpenter and is {{ECOG 1|ECOG}}.

Sincerely,
Dr Claire Arsenault, Medical Oncologist"""),
("2026-02-02", "consult_note", True, """Infectious Diseases - e-consult reply   02/02/2026
Reason: reactive screening {{HIV|HIV|u}} Ag/Ab test (20/01/2026). Confirmatory differentiation assay: indeterminate. Viral load: pending.
Assessment: indeterminate result - early infection versus a false-positive screen. Repeat serology and viral load in 2-4 weeks; please do not record him as positive at present.
Dr S. Wentzell, Infectious Diseases"""),
("2026-02-19", "telephone_triage", False, """Nurse telephone triage - caller: patient   19/02/2026
Itchy blistering rash on both forearms after clearing brush at his sister's property. The walk-in clinic yesterday (18/02) gave him "a steroid" - he can't remember whether it was tablets or a cream; the box is at his sister's.
He also had "travel shots" at a pharmacy on 29/01 before a planned trip to Ghana (trip now cancelled). He does not know which vaccines were given; no yellow card found.
Advised to bring all boxes and any vaccine record to clinic on 20/02."""),
("2026-02-20", "registrar_note", True, """Onc clinic - Reg note   20/02/2026
{{45 y|AGE}} M, {{OS|OSTEOSARCOMA}} R scapula 2022 (Hamburg).
Records: German letters still with the translator; no treatment summary yet - prior {{chemotherapy|SYSTEMIC_THERAPY|u}} unconfirmed.
Lung: 2 small {{nodules|PULMONARY_NODULE}}, indeterminate - repeat CT 03/2026. Not for surgical discussion until characterised.
{{HIV|HIV|u}}: indeterminate - repeat 24/02.
Rash: forearms, resolving. {{Steroid|SYSTEMIC_STEROID|u}} from the walk-in clinic (18/02): he forgot the box again - formulation unknown.
Travel jabs 29/01: which ones unknown (possibly {{yellow fever|LIVE_VACCINE|u}}); pharmacy closed today, will call.
{{ECOG 1|ECOG}}.
Imp: several open questions - eligibility cannot be decided yet."""),
])

# ---------------------------------------------------------------------------
# PG18 -- 66M (turned 66 on 29/10/2026), Vancouver. Amended pathology: UPS of bone,
# not osteosarcoma. Melanoma 03/2022 (<5 y) with nivolumab PR then progression.
# Hilar mass needs pneumonectomy; reserve insufficient. Dexamethasone stopped 8 days
# before as_of; live yellow fever vaccine 20 days before.
patient("PG18", "2026-11-09", "excluded", "NMNMNMN NNNMNMNNNNNNNMN", [
("2025-09-04", "pathology_report", True, """SURGICAL PATHOLOGY - core biopsy, right distal femur   reported 04/09/2025
Clinical: {{64 y|AGE}} M; lytic lesion R femur; history of {{melanoma|OTHER_MALIGNANCY|h}}.
Microscopy: high-grade malignant spindle and pleomorphic cell tumour with focal eosinophilic matrix, favoured to represent osteoid. Melanocytic markers (SOX10, S100, Melan-A) negative.
DIAGNOSIS: high-grade malignant tumour, consistent with {{fibroblastic osteosarcoma|OSTEOSARCOMA}}."""),
("2025-09-19", "addendum", True, """AMENDED REPORT - addendum 19/09/2025 (supersedes the diagnosis of 04/09/2025)
Following review of further levels and external consultation (Dr A. Wong, bone pathology), the matrix previously interpreted as osteoid is re-interpreted as hyalinised collagen. No tumour osteoid identified. SATB2 patchy and weak.
REVISED DIAGNOSIS: {{UNDIFFERENTIATED PLEOMORPHIC SARCOMA OF BONE|OTHER_SARCOMA}}, high grade.
The previous diagnosis of {{osteosarcoma|OSTEOSARCOMA|n}} is withdrawn."""),
("2026-01-20", "clinic_letter", True, """Burrard Inlet General Hospital - Medical Oncology
20/01/2026

Dear Dr Lau,

Re: Gordon PETTIGREW   {{DOB 29/10/1960|DOB}}

Mr Pettigrew has {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA}} of the right distal femur (amended pathology 19/09/2025; the earlier report of {{osteosarcoma|OSTEOSARCOMA|n}} was revised). He completed 6 cycles of {{doxorubicin|SYSTEMIC_THERAPY|h}} and {{ifosfamide|SYSTEMIC_THERAPY|h}} on 08/01/2026.

His history includes {{melanoma|OTHER_MALIGNANCY|h}}: the primary on his back was excised in 03/2022; a stage IV {{relapse|TUMOR_RESPONSE|h}} in 01/2023 was treated with {{nivolumab|CHECKPOINT_INHIBITOR|h}} (01/2023-01/2024), with a {{partial response|TUMOR_RESPONSE|h}} at 3 months that lasted until {{progression|TUMOR_RESPONSE|h}} in 12/2023. He then had stereotactic radiotherapy to the single {{progressing|TUMOR_RESPONSE|h}} adrenal deposit and has had no {{melanoma|OTHER_MALIGNANCY|n}} activity since.

CT chest 12/01/2026 shows three {{pulmonary nodules|PULMONARY_NODULE}}; CT-guided biopsy of one (RLL, 15 mm) shows {{metastatic|METASTASIS}} {{UPS|OTHER_SARCOMA}}, not {{melanoma|OTHER_MALIGNANCY|n}}.

He is {{KPS 70|KARNOFSKY}}.

Yours sincerely,
Dr Priya Nair, Medical Oncologist"""),
("2026-10-14", "mdt_outcome", True, """THORACIC / BONE ONCOLOGY MDT - 14/10/2026
Gordon Pettigrew, {{65M|AGE}} (birthday 29/10).
Dx: {{UPS of bone|OTHER_SARCOMA}} R femur with {{pulmonary metastases|LUNG_METASTASIS}}.
Imaging: dominant 36 mm R hilar {{mass|PULMONARY_NODULE}} encasing the {{right main pulmonary artery|CENTRAL_STRUCTURE}} and abutting the {{right main bronchus|CENTRAL_STRUCTURE}}; 2 peripheral RLL {{nodules|PULMONARY_NODULE}}.
Thoracic surgery: complete clearance would require a {{right pneumonectomy|PNEUMONECTOMY|p}} - {{unresectable|UNRESECTABLE}} by any {{lesser resection|LUNG_RESECTION|n,p}}.
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 1.6 L (48%), {{DLCO|PULMONARY_FUNCTION}} 44% - would not tolerate {{pneumonectomy|PNEUMONECTOMY|p}}; {{pulmonary reserve insufficient|PULMONARY_FUNCTION}}.
Outside request for PROMIS screening: not eligible (not {{osteosarcoma|OSTEOSARCOMA|n}}; age; {{unresectable|UNRESECTABLE}})."""),
("2026-11-02", "medication_reconciliation", True, """PHARMACIST MEDICATION RECONCILIATION - 02/11/2026
Drug | Dose | Route | Start | Stop | Status
{{Dexamethasone|SYSTEMIC_STEROID|h}} | 4 mg bd, tapered | PO | 12/10/2026 | 01/11/2026 | stopped (taper completed 01/11/2026)
Hydromorphone {{CR|LOOKALIKE}} | 6 mg bd | PO | 09/2026 | - | active
Tamsulosin | 0.4 mg | PO | 2021 | - | active
{{Nivolumab|CHECKPOINT_INHIBITOR|h}} | 480 mg q4w | IV | 01/2023 | 01/2024 | stopped - {{progression|TUMOR_RESPONSE|h}} after {{PR|TUMOR_RESPONSE|h}}
Vaccines: {{yellow fever vaccine|LIVE_VACCINE}} 20/10/2026 at a travel clinic (trip to Brazil for his daughter's wedding; he chose to go ahead).
Comment: {{dexamethasone|SYSTEMIC_STEROID|h}} was for a bone pain flare (R femur); now off."""),
], checks=[("age", "1960-10-29", 66), ("days", "2026-11-01", 8), ("days", "2026-10-20", 20)])

# ---------------------------------------------------------------------------
# PG19 -- 10M (10th birthday 3 days before as_of), Adelaide. Eligible: Lansky 70
# (boundary); live varicella vaccine 31 days before as_of; infant sister's rotavirus.
patient("PG19", "2025-06-23", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2025-04-28", "registrar_note", True, """Torrens Children's Hospital - Paed Onc clinic, Reg note   28/04/2025
PC: surveillance CT result.
Hx: {{9yo|AGE}} boy ({{DOB 20/06/2015|DOB}}). {{OS|OSTEOSARCOMA}} R distal femur dx 03/2024 -> {{MAP|SYSTEMIC_THERAPY|h}} (completed 12/2024), Van Nes rotationplasty 07/2024.
CT chest 22/04/2025: new 10 mm LLL {{nodule|PULMONARY_NODULE}}, peripheral, calcified - consistent with {{metastasis|METASTASIS}}.
O/E: well, walking on his prosthesis, playing footy. {{Lansky 80|LANSKY}}.
Imp: solitary {{pulmonary metastasis|LUNG_METASTASIS}}.
Mx: MDT 7/5; family told today - yiayia present, dad interpreting (Greek)."""),
("2025-05-07", "mdt_outcome", True, """PAEDIATRIC SOLID TUMOUR MDT - 07/05/2025
Lachlan PAPADOPOULOS, {{9 y|AGE}}. Solitary LLL {{metastasis|METASTASIS}} (10 mm) from {{osteosarcoma|OSTEOSARCOMA}} R femur.
[x] {{Resectable|RESECTABLE}} - {{LLL wedge resection|LUNG_RESECTION|p}} (open, to allow palpation)
[x] Refer for {{PROMIS trial|INVESTIGATIONAL|p}} screening once he reaches the minimum age (birthday 20/06)
[x] {{PFTs|PULMONARY_FUNCTION|p}} / anaesthetic pre-admission"""),
("2025-05-23", "telephone_triage", True, """Nurse telephone note   23/05/2025 15:40
Mum (Eleni) rang: Lachlan had his {{varicella vaccine|LIVE_VACCINE}} today at the GP - a catch-up dose, cleared by immunology as he finished {{chemotherapy|SYSTEMIC_THERAPY|h}} in 12/2024.
His sister Zoe ({{5/12|AGE|f}}) had her {{rotavirus vaccine|LIVE_VACCINE|f}} last week; mum asked whether nappy changes are a risk - advised careful handwashing.
No other concerns. Pre-admission 11/06 confirmed."""),
("2025-06-11", "pre_assessment", True, """Anaesthetic pre-admission clinic   11/06/2025
{{Spirometry|PULMONARY_FUNCTION}} (age-appropriate): {{FEV1|PULMONARY_FUNCTION}} 104% pred, FVC 101% pred. Respiratory physician: {{lung function|PULMONARY_FUNCTION}} adequate for {{thoracotomy and wedge|LUNG_RESECTION|p}}.
{{Lansky 70|LANSKY}} - a bit flat this week after a viral illness, still at school.
Allergies: nil. Immunisations: {{varicella|LIVE_VACCINE}} 23/05/2025 noted; no effect on surgical date.
Dr J. Mavros, Anaesthetics"""),
("2025-06-20", "research_note", False, """Research nurse eligibility check - PROMIS   20/06/2025 (Lachlan's 10th birthday)
Age 10 today (DOB 20/06/2015). Lansky 70 (11/06). OS with a single resectable LLL metastasis; MAP completed 12/2024. PFTs normal.
Varicella (live) given 23/05/2025 - 31 days before the planned screening date of 23/06, i.e. outside the 30-day window; PI to confirm.
No steroids, not in any other study, HIV negative (09/06).
Toxicities:
Concomitant medicines: nil regular.
Screening visit Monday 23/06."""),
], checks=[("age", "2015-06-20", 10), ("days", "2025-05-23", 31)])

# ---------------------------------------------------------------------------
# PG20 -- 14M, Chennai. Excluded: perinatal HIV on ART; grade 2 hearing loss; local
# recurrence; hilar nodule needing pneumonectomy; Lansky 40; thymosin alpha-1 (Zadaxin)
# 6 days before as_of.
patient("PG20", "2025-12-15", "excluded", "MMNMMNU MNNNNNMNNNNMMNN", [
("2025-09-10", "shared_care_summary", True, """SHARED CARE SUMMARY - Marina Coast Children's Hospital, Chennai <-> District HQ Hospital, Kanchipuram   10/09/2025
Name: Karthik S., {{14 yo|AGE}} M
1. {{Perinatally acquired HIV|HIV}}, on {{ART|HIV}} (dolutegravir/abacavir/lamivudine), VL <50, CD4 780.
2. {{Osteosarcoma|OSTEOSARCOMA}} R proximal tibia, dx 01/2024 - {{MAP|SYSTEMIC_THERAPY|h}} completed 10/2024 ({{methotrexate|SYSTEMIC_THERAPY|h}} dose-reduced), endoprosthetic replacement 05/2024.
3. Bilateral {{hearing loss|TOXICITY}}, grade 2, after {{cisplatin|SYSTEMIC_THERAPY|h}} - hearing aids since 02/2025; permanent.
4. CT chest 08/2025: 2 {{lung metastases|LUNG_METASTASIS}} (L hilum 28 mm, RUL 7 mm).
Mother is the main carer and speaks Tamil; father works in Dubai."""),
("2025-10-16", "mdt_outcome", True, """TUMOUR BOARD - 16/10/2025
{{Osteosarcoma|OSTEOSARCOMA}} R tibia; {{pulmonary metastases|LUNG_METASTASIS}} x2.
The L hilar {{nodule|PULMONARY_NODULE}} (28 mm) abuts the {{left main bronchus|CENTRAL_STRUCTURE}} and the {{left main pulmonary artery|CENTRAL_STRUCTURE}}; clearance would need a {{left pneumonectomy|PNEUMONECTOMY|p}}.
Board: {{not surgically resectable|UNRESECTABLE}} without {{pneumonectomy|PNEUMONECTOMY|p}}.
Plan: palliative-intent {{second-line chemotherapy|SYSTEMIC_THERAPY|p}} ({{ifosfamide|SYSTEMIC_THERAPY|p}}); consider SBRT to the hilar {{mass|PULMONARY_NODULE}}."""),
("2025-11-24", "radiology_report", True, """MRI RIGHT LEG + CT-GUIDED BIOPSY   22/11/2025 (reported 24/11/2025)
3.6 cm soft-tissue mass adjacent to the tibial prosthesis, anterolateral, displacing but not encasing the anterior tibial vessels. Endoprosthesis intact; no marrow oedema in the residual tibia.
CT-guided core biopsy (22/11, 3 cores, 16G): recurrent high-grade {{osteosarcoma|OSTEOSARCOMA}}, SATB2 positive.
Procedure tolerated well under sedation; mother consented via Tamil interpreter.
Conclusion: {{local recurrence|LOCAL_RECURRENCE}}."""),
("2025-12-10", "nursing_handover", True, """SBAR - paediatric oncology ward   10/12/2025
S: Karthik, {{14 yo|AGE}}, admitted with R leg pain and poor mobility.
B: {{OS|OSTEOSARCOMA}} R tibia with {{local recurrence|LOCAL_RECURRENCE}} (11/2025) and {{lung mets|LUNG_METASTASIS}}. {{HIV|HIV}} on {{ART|HIV}}.
A: mostly in bed, needs help to the toilet, plays games on his phone - {{Lansky 40|LANSKY}}. Mother reports (via interpreter) that a private doctor near home has given "{{Zadaxin|IMMUNOMODULATOR}}" injections twice weekly "for immunity" since October - last one yesterday, 09/12/2025.
R: stop {{thymosin alpha-1|IMMUNOMODULATOR}} (mother informed with interpreter); palliative care referral; review {{ifosfamide|SYSTEMIC_THERAPY|p}} plan with Dr Raghavan."""),
("2025-12-12", "registrar_note", False, """Paed onc - Reg note   12/12/25
14M, relapsed OS R tibia: local recurrence + lung mets; L hilar mass abutting L main bronchus - would need pneumonectomy, so unresectable. HIV on ART. G2 hearing loss (aids). Lansky 40. Thymosin injections stopped after 9/12.
Not a candidate for PROMIS.
Mx: RT to leg; oral etoposide discussed with mother (Tamil interpreter)."""),
], checks=[("days", "2025-12-09", 6)])
# ---------------------------------------------------------------------------
# PG21 -- 16F (turned 16 on 01/10/2026), Newcastle. Needs review: only a Lansky score
# (recorded at 15), second-line GD vs IE unconfirmed, nausea study dosing unclear,
# steroid in A&E of unknown route, neuropathy not graded, equivocal hCG.
patient("PG21", "2026-10-12", "needs_review", "MMMMMUM NNUNUNNNUNNUNNU", [
("2026-08-20", "clinic_letter", True, """Tyneside TYA Unit - Bone Tumour Clinic
20/08/2026

Dear Dr Ferguson,

Re: Freya ADDISON   {{DOB 01/10/2010|DOB}}

Many thanks for seeing Freya, a {{15-year-old|AGE}} with {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus (biopsy 02/2025), who completed {{MAP chemotherapy|SYSTEMIC_THERAPY|h}} in 10/2025 with a proximal humeral replacement. She lives with her dad in Carlisle during the week.

Unfortunately her CT chest (12/08/2026) shows two new peripheral {{nodules|PULMONARY_NODULE}} (RUL 8 mm, LLL 6 mm), reported as {{metastases|METASTASIS}}.

She has had tingling in both feet since {{chemotherapy|SYSTEMIC_THERAPY|h}}; this {{neuropathy|TOXICITY}} has never been formally graded. She is otherwise active: {{Lansky 90|LANSKY}}.

Kind regards,
Dr Hannah Brough, Consultant Paediatric & TYA Oncologist"""),
("2026-09-02", "mdt_outcome", True, """BONE TUMOUR MDT - 02/09/2026
Freya Addison, {{15F|AGE}}. {{OS|OSTEOSARCOMA}} L humerus; 2 {{lung metastases|LUNG_METASTASIS}} (RUL 8 mm, LLL 6 mm).
Thoracic surgery: {{resectable|RESECTABLE}} - bilateral {{wedge resections|LUNG_RESECTION|p}}.
Systemic: the Carlisle letter says "commenced second-line {{GD|GEMCITABINE|u}} 27/08", but their pharmacy record lists {{IE|SYSTEMIC_THERAPY|u}}; to clarify.
[x] {{PFTs|PULMONARY_FUNCTION|p}}
[x] Screen for {{PROMIS trial|INVESTIGATIONAL|p}}
[x] Performance: {{Lansky 90|LANSKY}} noted"""),
("2026-09-23", "pft_report", True, """Respiratory physiology   23/09/2026
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 3.2 L (97% pred), {{DLCO|PULMONARY_FUNCTION}} 91% pred. Mild reversible airflow obstruction (known asthma): post-bronchodilator {{FEV1|PULMONARY_FUNCTION}} 3.45 L (+8%). TLC 101% pred. Good effort, results repeatable within 150 mL.
Comment: consistent with mild asthma, well controlled on a reliever and a {{beclometasone inhaler|LOCAL_STEROID}}.
{{Cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Dr E. Lowther, Respiratory Physiology"""),
("2026-10-06", "telephone_triage", False, """TYA telephone triage   06/10/2026 11:05 - caller: mum
Freya was seen in A&E at Carlisle last night (05/10) with an asthma attack. She had nebulisers and "a steroid" - the discharge letter just says "steroids given, GP review"; mum doesn't know whether it was tablets or an injection, and nothing was sent home. Much better today.
Mum also says Freya signed up to "the sickness study" a fortnight or so before (15/09) - not sure whether she has had any study medicine yet; that study's research nurse is on leave until 13/10.
Advised: clinic Thursday as planned; bring the A&E letter."""),
("2026-10-09", "registrar_note", True, """TYA clinic - Reg note (Dr M. Oyelaran)   09/10/2026
Freya, now {{16 y|AGE}} (birthday 01/10). PC: PROMIS pre-screen.
 - Second-line regimen at Carlisle still unconfirmed: {{GD|GEMCITABINE|u}} vs {{IE|SYSTEMIC_THERAPY|u}} - pharmacist chasing.
 - {{Neuropathy|TOXICITY}} feet: not graded - needs examination and grading.
 - {{Steroid|SYSTEMIC_STEROID|u}} in A&E 05/10: agent and route unknown.
 - Nausea {{study|INVESTIGATIONAL|u}} (consented 15/09): dosing unclear.
 - LMP 7 weeks ago; urine {{hCG|PREGNANCY_TEST|u}} 08/10 faint/equivocal; serum {{hCG|PREGNANCY_TEST|u}} sent 09/10.
 - PS: only {{Lansky 90|LANSKY}} (20/08, before her birthday); adult-scale PS needed now.
Imp: {{resectable|RESECTABLE}} {{pulmonary metastases|LUNG_METASTASIS}}, good {{lung function|PULMONARY_FUNCTION}}; several items pending before an eligibility decision.
Mx: PS at screening visit; chase the above; contraception counselling (would like an implant)."""),
], checks=[("age", "2010-10-01", 16)])

# ---------------------------------------------------------------------------
# PG22 -- 38F, Richmond BC. Excluded: newly diagnosed, chemo-naive, no lung metastases;
# breastfeeding; Crohn's on prednisone + azathioprine; Crohn's trial study drug 21 days
# before as_of; Huaier granules daily.
patient("PG22", "2026-06-08", "excluded", "MNUNMMU NNNNMNMMMNNNNNM", [
("2026-05-13", "clinic_letter", True, """Fraser Delta Regional Hospital - Bone Oncology
13/05/2026

Dear Dr Chan,

Re: Grace WONG, {{38-year-old|AGE}} woman

Thank you for referring Ms Wong. A biopsy on 05/05/2026 confirmed {{conventional osteoblastic osteosarcoma|OSTEOSARCOMA}} of the right distal tibia.
Staging: CT chest 08/05/2026 - no {{pulmonary metastases|LUNG_METASTASIS|n}} or {{nodules|PULMONARY_NODULE|n}}; bone scan shows no other sites.

She is {{chemotherapy-naive|CHEMO_NAIVE}}. We have recommended {{MAP|SYSTEMIC_THERAPY|p}}, to start once fertility and infant-feeding questions are settled.

She delivered her son in December 2025 and is still {{breastfeeding|LACTATION}}; we explained that she will need to stop before {{chemotherapy|SYSTEMIC_THERAPY|p}}.

She has ileocolonic {{Crohn's disease|AUTOIMMUNE_DISEASE}}, with a flare in 03/2026 treated with {{prednisone|SYSTEMIC_STEROID}} 40 mg tapering (currently 15 mg) and {{azathioprine|IMMUNOSUPPRESSANT}} 100 mg daily. She is also taking part in a {{phase 3 clinical trial|INVESTIGATIONAL}} for {{Crohn's|AUTOIMMUNE_DISEASE}}, with a {{blinded study drug|INVESTIGATIONAL}} given as an infusion every 4 weeks (last 20/04/2026, next due 18/05).

Her mother, who lives with the family, has been giving her {{Huaier granules|IMMUNOMODULATOR}} daily since the diagnosis.

Sincerely,
Dr Jasmine Takahashi, Medical Oncologist"""),
("2026-05-27", "medication_reconciliation", True, """PHARMACIST MEDICATION RECONCILIATION - 27/05/2026
Drug\tDose\tRoute\tStart\tStop\tStatus
{{Prednisone|SYSTEMIC_STEROID}}\t10 mg daily (taper -2.5 mg/week)\tPO\t03/2026\t-\tactive
{{Azathioprine|IMMUNOSUPPRESSANT}}\t100 mg daily\tPO\t2024\t-\tactive
{{Study drug|INVESTIGATIONAL}} ({{Crohn's|AUTOIMMUNE_DISEASE}} {{trial|INVESTIGATIONAL}}, blinded)\tq4w\tIV\t01/2026\t-\tactive - last infusion 18/05/2026
{{Huaier granules|IMMUNOMODULATOR}}\t20 g tid\tPO\t05/2026\t-\tactive (from mother)
Domperidone\t10 mg tid\tPO\t01/2026\t-\tactive (milk supply)
Comment: patient {{breastfeeding|LACTATION}} her {{5-month-old|AGE|f}} son. {{Azathioprine|IMMUNOSUPPRESSANT}} and {{prednisone|SYSTEMIC_STEROID}} reviewed for {{lactation|LACTATION}} - compatible. {{Huaier|IMMUNOMODULATOR}} is a {{Chinese patent medicine|IMMUNOMODULATOR}} - advised to stop before any {{trial|INVESTIGATIONAL|p}}."""),
("2026-06-03", "telephone_triage", True, """Nurse telephone triage   03/06/2026 - caller: Grace
Query: can she keep {{breastfeeding|LACTATION}} until {{chemotherapy|SYSTEMIC_THERAPY|p}} starts on 15/06? Advised yes, per oncologist, and to wean over the coming week.
{{Crohn's|AUTOIMMUNE_DISEASE}}: 3 loose stools/day, no blood; {{prednisone|SYSTEMIC_STEROID}} now 7.5 mg daily.
Contraception: copper IUD in place since 02/2026.
Her husband asked about his own {{hepatitis B vaccine|NONLIVE_VACCINE|f}} booster - advised to see his GP.
Outcome: no action."""),
("2026-06-05", "registrar_note", False, """Onc - Reg note   05/06/26
38F, OS R distal tibia, newly diagnosed, chemo-naive, no lung mets, ECOG 0. Breastfeeding (weaning). Crohn's on pred + aza; in a Crohn's trial (blinded study drug, last 18/05). Huaier daily.
Outside centre asked about PROMIS: not applicable - no pulmonary metastases, no prior systemic therapy, plus the above.
Plan: MAP C1 15/06; weaning plan with lactation consultant; IBD team re steroid taper before chemo."""),
], checks=[("days", "2026-05-18", 21)])

# ---------------------------------------------------------------------------
# PG23 -- 27M, New Delhi. Eligible. Camrelizumab + apatinib on a trial: SD for ~3 months,
# iUPD at 13 weeks, iCPD later -> primary resistance (not met); last study drug 29 days
# before as_of (outside 4 weeks). MDT reverses "?pneumonectomy" to resectable by
# lobectomy; borderline PFTs repeated and adequate. Stale med list shows prednisolone
# "active", a newer note says the 5-day course ended 30/03.
patient("PG23", "2026-04-27", "eligible", "MMMMMMM NNNNNNNNNNNNNNN", [
("2026-01-15", "registrar_note", True, """Yamuna Institute of Medical Sciences, New Delhi - Medical Oncology OPD   15/01/2026
{{27 y|AGE}} M. {{OS|OSTEOSARCOMA}} R distal femur dx 2022 - {{MAP|SYSTEMIC_THERAPY|h}} + limb salvage (completed 2023). {{Pulmonary metastases|LUNG_METASTASIS}} 02/2024 -> {{ifosfamide|SYSTEMIC_THERAPY|h}}/{{etoposide|SYSTEMIC_THERAPY|h}} x4 (2024).
Enrolled 13/10/2025 in a {{phase II trial|INVESTIGATIONAL}}: {{camrelizumab|CHECKPOINT_INHIBITOR}} + {{apatinib|SYSTEMIC_THERAPY}}. Restaging 12/2025 (8 wks): {{SD|TUMOR_RESPONSE}}.
Today: CT 12/01/2026 (13 wks) - {{iUPD|TUMOR_RESPONSE}}: LLL {{nodule|PULMONARY_NODULE}} 12 -> 18 mm, new L hilar {{nodule|PULMONARY_NODULE}} 16 mm.
Clinically well -> {{study treatment|INVESTIGATIONAL}} continued beyond unconfirmed {{progression|TUMOR_RESPONSE}}; repeat CT in 4-8 weeks."""),
("2026-03-25", "trial_visit", True, """Research unit visit note - 25/03/2026
CT 23/03/2026: {{iCPD|TUMOR_RESPONSE}} - further growth of the L hilar {{nodule|PULMONARY_NODULE}} (16 -> 21 mm) and LLL {{nodule|PULMONARY_NODULE}} (18 -> 20 mm); no new {{lesions|PULMONARY_NODULE|n}}.
Best overall response: {{SD|TUMOR_RESPONSE}} (12/2025), lasting about 3 months from the start (13/10/2025) to the first {{progression|TUMOR_RESPONSE}} (12/01/2026).
Plan: discontinue {{camrelizumab|CHECKPOINT_INHIBITOR}} + {{apatinib|SYSTEMIC_THERAPY}}. Last {{camrelizumab|CHECKPOINT_INHIBITOR|h}} infusion was 16/03/2026; {{apatinib|SYSTEMIC_THERAPY}} continues until the end-of-treatment visit on 29/03/2026, then stops."""),
("2026-03-30", "medication_reconciliation", False, """Pharmacy - discharge medication list (OPD day care, chest infection)   30/03/2026
Drug | Dose | Route | Start | Stop | Status
Apatinib (trial) | 250 mg od | PO | 13/10/2025 | 29/03/2026 | stopped at EOT visit
Amoxicillin-clavulanate | 625 mg tds | PO | 26/03/2026 | - | active
Prednisolone | 30 mg od | PO | 26/03/2026 | - | active
Salbutamol inhaler | 2 puffs prn | INH | 26/03/2026 | - | active
Metformin | 500 mg bd | PO | 2024 | - | active (type 2 diabetes)"""),
("2026-04-02", "mdt_outcome", True, """TUMOUR BOARD - 02/04/2026
Arjun Mehra, {{27 y|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}}; {{pulmonary metastases|LUNG_METASTASIS}} x2 (LLL 20 mm; L hilar 21 mm).
Thoracic surgery: on routine CT the L hilar {{nodule|PULMONARY_NODULE}} appears to abut the {{left main pulmonary artery|CENTRAL_STRUCTURE|u}}; if so, it would need a {{pneumonectomy|PNEUMONECTOMY|p,u}}. Surgical plan undecided - CT pulmonary angiogram requested.
{{PFTs|PULMONARY_FUNCTION}} 30/03: {{FEV1|PULMONARY_FUNCTION}} 82%, {{DLCO|PULMONARY_FUNCTION}} 58% - borderline; repeat after recovery from the recent chest infection.
Outcome: [ ] Surgery  [x] CTPA  [x] Repeat {{PFTs|PULMONARY_FUNCTION|p}}  [x] Re-discuss 20/04"""),
("2026-04-20", "mdt_outcome", True, """TUMOUR BOARD - 20/04/2026 (re-discussion; supersedes the outcome of 02/04)
CTPA 10/04/2026: the L hilar {{nodule|PULMONARY_NODULE}} lies at the lingula/LLL interface with a preserved fat plane, 14 mm clear of the {{left main pulmonary artery|CENTRAL_STRUCTURE|n}} and the {{left main bronchus|CENTRAL_STRUCTURE|n}}.
Thoracic surgery (Dr Sethi): both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by {{left lower lobectomy|LUNG_RESECTION|p}} with a {{lingular wedge|LUNG_RESECTION|p}}; {{pneumonectomy|PNEUMONECTOMY|n}} NOT required.
Repeat {{PFTs|PULMONARY_FUNCTION}} 17/04: {{FEV1|PULMONARY_FUNCTION}} 88%, {{DLCO|PULMONARY_FUNCTION}} 76% - adequate for {{lobectomy|LUNG_RESECTION|p}}.
{{ECOG 1|ECOG}}.
Outcome: [x] {{Resectable|RESECTABLE}}  [x] Screen for {{PROMIS trial|INVESTIGATIONAL|p}} - note prior {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|h}} with {{SD|TUMOR_RESPONSE|h}} under 4 months (primary resistance); last {{study drug|INVESTIGATIONAL|h}} 29/03/2026."""),
("2026-04-24", "research_note", False, """PROMIS pre-screen - research coordinator   24/04/2026
Age 27. FHx: mother had breast cancer in 2019. Metformin for type 2 diabetes (not autoimmune).
Steroids: the prednisolone on the 30/03 discharge list was a 5-day course (26/03-30/03/2026) for the chest infection - completed; not on any steroid now (confirmed with patient and prescription).
HIV non-reactive 20/04.
Last study drug (apatinib) 29/03/2026 = 29 days before the screening date 27/04 - outside the 4-week window.
Camrelizumab: best response SD for about 3 months, then iUPD -> iCPD: primary resistance by the protocol definition (SD under 4 months).
Screening visit Monday 27/04."""),
], checks=[("days", "2026-03-29", 29), ("days", "2026-03-30", 28)])

# ---------------------------------------------------------------------------
# PG24 -- male refugee, Ottawa; no age or DOB documented. Needs review: histology OS vs
# dedifferentiated chondrosarcoma; thyroid FNA Bethesda V; "transplant" of unknown type;
# joint disease on unknown weekly tablets until 03/2025; flu vaccine of unknown type.
patient("PG24", "2026-11-23", "needs_review", "UMUMUUU NNNUNNNUNUNNNUN", [
("2026-10-05", "clinic_letter", True, """Rideau Valley Hospital, Ottawa - Medical Oncology
05/10/2026

Dear Dr Tremblay,

Re: Omar HADDAD - date of birth not yet confirmed (identity documents being replaced)

Thank you for referring Mr Haddad, who arrived in Ottawa in August as a government-assisted refugee. I saw him with a professional Arabic interpreter and his brother.

He was treated in Amman in 2025 for a tumour of the left proximal femur. The Jordanian pathology report (translated) reads "high-grade malignant bone tumour: {{osteosarcoma|OSTEOSARCOMA|u}} versus {{dedifferentiated chondrosarcoma|OTHER_SARCOMA|u}}; expert review recommended". He completed 6 cycles of {{chemotherapy|SYSTEMIC_THERAPY|h}} ({{doxorubicin|SYSTEMIC_THERAPY|h}} and {{cisplatin|SYSTEMIC_THERAPY|h}}) and had a proximal femoral replacement in 2025.

CT chest 28/09/2026: multiple bilateral {{pulmonary metastases|LUNG_METASTASIS}} (at least 7 {{nodules|PULMONARY_NODULE}}, largest 15 mm). No {{pleural effusion|PLEURAL_EFFUSION|n}}.

He tells us he had a "{{transplant|TRANSPLANT|h}}" in Damascus in 2015; even with the interpreter we could not establish what kind (he pointed to his eye), and there are no records. He also has pain and swelling in the small joints of both hands and took "weekly tablets" for "{{rheumatism|AUTOIMMUNE_DISEASE|u}}" in Syria until about 03/2025; the drug name is unknown.

{{ECOG 1|ECOG}}.

Sincerely,
Dr Isabelle Gagnon, Medical Oncologist"""),
("2026-10-20", "pathology_report", True, """PATHOLOGY CONSULTATION - review of outside material (Amman: 3 slides, 1 block)
Reported 20/10/2026.
Material limited; predominantly high-grade spindle cell tumour with a small focus of possible osteoid versus hyalinised stroma; no low-grade cartilage in the sampled tissue. IDH1/2 sequencing requested on block A1.
Provisional opinion: {{osteosarcoma|OSTEOSARCOMA|u}} cannot be distinguished from {{dedifferentiated chondrosarcoma|OTHER_SARCOMA|u}} on this material; the IDH result (3-4 weeks) should help. Final report to follow."""),
("2026-11-02", "clinic_note", False, """Newcomer health clinic - visit 02/11/2026 (Arabic interpreter by phone)
Immunization review: no records. Given today: Tdap, IPV (inactivated). He also received an "influenza vaccine" at the clinic's flu day on 26/10/2026 - the product was not recorded on the sign-in sheet.
Screening: HIV negative, hepatitis B immune, hepatitis C negative, TB IGRA negative, strongyloides serology pending.
Eyes: VA OD 6/6, OS 6/18 - central corneal scar L; ophthalmology referral.
Thyroid: palpable nodule in the right lobe - ultrasound ordered.
Date of birth: client unsure of the exact date; documents being replaced."""),
("2026-11-16", "pathology_report", True, """CYTOPATHOLOGY - US-guided FNA, right thyroid nodule (14/11/2026; reported 16/11/2026)
Specimen: 3 passes with a 25G needle; adequate cellularity.
Microscopy: papillary fragments and sheets of follicular cells with nuclear enlargement, occasional grooves and rare pseudo-inclusions; scant colloid. The features are suspicious but not diagnostic.
Bethesda category V: suspicious for {{papillary thyroid carcinoma|OTHER_MALIGNANCY|u}}. Recommend surgical consultation and/or molecular testing.
Dr L. Fortin, Cytopathology"""),
("2026-11-20", "registrar_note", True, """Onc clinic - Reg note   20/11/2026
Omar Haddad - date of birth still not documented (papers pending).
PC: pre-screen for PROMIS (outside request from Toronto).
 - Histology: {{osteosarcoma|OSTEOSARCOMA|u}} vs {{dedifferentiated chondrosarcoma|OTHER_SARCOMA|u}} - IDH result pending.
 - {{Lung mets|LUNG_METASTASIS}}: multiple, bilateral; surgical opinion not yet sought.
 - Prior {{doxorubicin|SYSTEMIC_THERAPY|h}}/{{cisplatin|SYSTEMIC_THERAPY|h}} x6 (2025).
 - Thyroid FNA: Bethesda V (?{{PTC|OTHER_MALIGNANCY|u}}).
 - "{{Transplant|TRANSPLANT|h}}" 2015 - type unknown (?cornea - VA {{OS|LOOKALIKE}} 6/18 with a scarred cornea on newcomer-clinic exam).
 - Hand {{arthritis|AUTOIMMUNE_DISEASE|u}} on unknown weekly tablets until ~03/2025 (?{{methotrexate|IMMUNOSUPPRESSANT|u}}).
 - {{HIV|HIV|n}} negative.
{{ECOG 1|ECOG}}, but age unknown.
Imp: eligibility cannot be decided - several unresolved items."""),
])

# ===========================================================================
# Build
# ===========================================================================
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]*))?\}\}")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))  # /work/main
OUT = os.path.join(ROOT, "annotated_notes", "parts", "g")


def load_labels():
    path = os.path.join(ROOT, "patterns", "concepts.json")
    with open(path, encoding="utf-8") as fh:
        return {c["id"] for c in json.load(fh)["concepts"]}


def strip(markup, labels):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(markup):
        out.append(markup[pos:m.start()])
        start = sum(len(x) for x in out)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in labels, "unknown label %s" % label
        bad = set(flags) - set(FLAG) - {","}
        assert not bad, "bad flags %r" % flags
        out.append(phrase)
        span = {"start": start, "end": start + len(phrase), "label": label}
        for k, name in FLAG.items():
            span[name] = k in flags
        spans.append(span)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, "unparsed markup: %r" % text[:80]
    for s, m in zip(spans, MARK.finditer(markup)):
        assert text[s["start"]:s["end"]] == m.group(1)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], "overlap"
    return text, spans


def status_of(v):
    inc = [v[c] for c in INCL]
    exc = [v[c] for c in EXCL]
    if "not_met" in inc or "met" in exc:
        return "excluded"
    if all(x == "met" for x in inc) and all(x == "not_met" for x in exc):
        return "eligible"
    return "needs_review"


def d(s):
    return _dt.date.fromisoformat(s)


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


LINT = re.compile(
    r"osteo|sarcoma|\bOS\b|metasta|\bmets?\b|nodul|lesion|\bmass\b|resect|wedge|lobectom|"
    r"segmentectom|pneumonectom|thoracotom|VATS|main (?:stem )?bronch|pulmonary artery|"
    r"\bPFTs?\b|FEV1|DLCO|lung function|spirometr|reserve|effusion|chemo|\bMAP\b|methotrex|"
    r"MTX|doxorub|adriamycin|cisplat|ifosf|etopos|\bgem|docetax|\bGD\b|trial|study|investigat|"
    r"protocol|mab\b|PD-L?1|checkpoint|\bCPI\b|respon|\bPR\b|\bSD\b|\bPD\b|\bCR\b|progress|"
    r"relapse|iUPD|iCPD|interferon|thymos|zadaxin|huaier|huachansu|cinobufac|chinese|lupus|"
    r"\bSLE\b|arthritis|rheumat|\bRA\b|crohn|colitis|psoria|diabet|steroid|predniso|dexameth|"
    r"methylpred|hydrocort|budesonide|fluticas|tacrolim|ciclospor|cyclospor|mycophen|azathiop|"
    r"immunosupp|transplant|graft|stem cell|HSCT|SCT\b|allergic|anaphyla|reaction|toxic|"
    r"neuropath|hearing|mucositis|fatigue|alopecia|neutropen|encephalopath|diarrh|\bHIV\b|"
    r"antiretro|\bART\b|biktarvy|vaccin|\bMMR\b|varicella|yellow fever|rotavirus|\bBCG\b|"
    r"Tdap|shingrix|pneumococ|hepatitis B|pregnan|hCG|gestation|breastfe|nursing|lactat|ECOG|"
    r"WHO PS|karnofsky|\bKPS\b|lansky|\d+ ?yo\b|year-old|years? old|\d+ ?y\b|\bage\b|aged|DOB|"
    r"\bborn\b|cancer|carcinoma|lymphoma|leuk|\bAML\b|\bALL\b|melanoma|\bPTC\b|malignan|"
    r"insulin|levothyrox|cabozantinib|apatinib|vincristine|ABVD|FLAG|brentux|rituximab|"
    r"alemtuz|basilix|pembroli|nivolum|atezoli|camreli|penpuli|recurren|\d+/12\b|\d+[MF]\b",
    re.I)


def lint(notes):
    for n in notes:
        if not n["spans"]:
            continue
        covered = [(s["start"], s["end"]) for s in n["spans"]]
        for m in LINT.finditer(n["text"]):
            if not any(a <= m.start() < b for a, b in covered):
                ctx = n["text"][max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                print("  %-8s %-14r ...%s..." % (n["note_id"], m.group(0), ctx))


def main():
    labels = load_labels()
    notes_out, pats_out = [], []
    for p in P:
        codes = p["verdicts"].replace(" ", "")
        assert len(codes) == 22, p["pid"]
        v = {c: CODE[x] for c, x in zip(INCL + EXCL, codes)}
        assert status_of(v) == p["status"], (p["pid"], status_of(v), p["status"])
        as_of = d(p["as_of"])
        assert d("2025-06-01") <= as_of <= d("2026-11-30"), p["pid"]
        assert 3 <= len(p["notes"]) <= 8, p["pid"]
        for kind, when, n in p["checks"]:
            if kind == "age":
                assert age_on(d(when), as_of) == n, (p["pid"], when, age_on(d(when), as_of))
            else:
                assert (as_of - d(when)).days == n, (p["pid"], when, (as_of - d(when)).days)
        for i, (date, ntype, annotated, markup) in enumerate(p["notes"], 1):
            assert d(date) <= as_of, (p["pid"], i)
            text, spans = strip(markup, labels)
            if annotated:
                assert spans, (p["pid"], i, "annotated note without spans")
            notes_out.append({"patient_id": p["pid"], "note_id": "%s-N%d" % (p["pid"], i),
                              "note_date": date, "note_type": ntype, "text": text,
                              "spans": spans if annotated else []})
        pats_out.append({"patient_id": p["pid"], "as_of": p["as_of"], "status": p["status"],
                         "criteria": v})
    ids = [p["patient_id"] for p in pats_out]
    assert ids == ["PG%02d" % i for i in range(1, 25)], ids

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "patients.jsonl"), "w", encoding="utf-8") as fh:
        for p in pats_out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")

    # ---- summary and corpus-level assertions
    n_ann = sum(1 for n in notes_out if n["spans"])
    n_sp = sum(len(n["spans"]) for n in notes_out)
    mix = {}
    for p in pats_out:
        mix[p["status"]] = mix.get(p["status"], 0) + 1
    print("part G: %d patients, %d notes, %d span-annotated notes, %d spans"
          % (len(pats_out), len(notes_out), n_ann, n_sp))
    print("status mix:", ", ".join("%s=%d" % kv for kv in sorted(mix.items())))
    assert 2 * n_ann >= len(notes_out)
    assert 7 <= mix.get("eligible", 0) <= 9 and 8 <= mix.get("excluded", 0) <= 10 \
        and 6 <= mix.get("needs_review", 0) <= 8, mix
    print("\n%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for c in INCL + EXCL:
        cnt = {k: sum(1 for p in pats_out if p["criteria"][c] == k)
               for k in ("met", "not_met", "unknown")}
        print("%-30s %5d %8d %8d" % (c, cnt["met"], cnt["not_met"], cnt["unknown"]))
        assert cnt["met"] >= 3 and cnt["not_met"] >= 3 and cnt["unknown"] >= 2, (c, cnt)
    labs = {}
    for n in notes_out:
        for s in n["spans"]:
            labs[s["label"]] = labs.get(s["label"], 0) + 1
    print("\nspan labels:", ", ".join("%s=%d" % kv for kv in sorted(labs.items())))
    if "--lint" in sys.argv:
        print("\nlint - concept-like words not covered by a span in annotated notes:")
        lint(notes_out)


if __name__ == "__main__":
    main()
