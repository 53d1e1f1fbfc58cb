#!/usr/bin/env python3
"""Synthetic gold corpus, part M (independent author).

Style: paediatric / adolescent-young-adult sarcoma care (children's-hospital
oncology notes, parent historians, Lansky scores, BSA, child-life and
social-work notes), translated referral letters from Chinese, Japanese and
Korean centres, and flattened dictation exports.  Every patient and every
note is invented.

Run from the repository root:  python3 annotated_notes/source/part_m.py
Writes annotated_notes/parts/m/notes.jsonl and patients.jsonl.

Inline markup:  {{phrase|LABEL}}  or  {{phrase|LABEL|neg,unc,hist,hyp,fam}}
Notes created with ann=False are written with "spans": [] (verdicts only).
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "parts", "m")

CONCEPTS = {
    "OSTEOSARCOMA", "OTHER_SARCOMA", "OTHER_MALIGNANCY", "LOCAL_RECURRENCE",
    "LUNG_METASTASIS", "METASTASIS", "PULMONARY_NODULE", "RESECTABLE",
    "UNRESECTABLE", "LUNG_RESECTION", "PNEUMONECTOMY", "CENTRAL_STRUCTURE",
    "PULMONARY_FUNCTION", "PLEURAL_EFFUSION", "MALIGNANT_EFFUSION",
    "SYSTEMIC_THERAPY", "CHEMO_NAIVE", "GEMCITABINE", "INVESTIGATIONAL",
    "CHECKPOINT_INHIBITOR", "TUMOR_RESPONSE", "IMMUNOMODULATOR",
    "AUTOIMMUNE_DISEASE", "SYSTEMIC_STEROID", "LOCAL_STEROID",
    "IMMUNOSUPPRESSANT", "DMARD", "REPLACEMENT_THERAPY", "TRANSPLANT",
    "MONOCLONAL_ANTIBODY", "ALLERGIC_REACTION", "TOXICITY", "HIV",
    "LIVE_VACCINE", "NONLIVE_VACCINE", "PREGNANCY", "LACTATION",
    "PREGNANCY_TEST", "ECOG", "KARNOFSKY", "LANSKY", "AGE", "DOB",
    "LOOKALIKE", "CORRECTION",
}

INCL = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
        "prior_systemic_therapy", "age_eligible", "performance_status",
        "pulmonary_function_adequate"]
EXCL = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
        "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
        "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
        "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
        "live_vaccine_30d", "pregnant_or_lactating"]
KEYS = dict(zip(["H", "PM", "R", "ST", "A", "PS", "PF"], INCL))
KEYS.update(zip(["LR", "MPE", "GEM", "OM", "INV", "CPI", "IMM", "AI", "STER",
                 "ALLO", "MAB", "TOX", "HIV", "VAX", "PREG"], EXCL))
VAL = {"m": "met", "n": "not_met", "u": "unknown"}
FLAGS = {"neg": "negated", "unc": "uncertain", "hist": "historical",
         "hyp": "hypothetical", "fam": "family"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]+))?\}\}")

PATIENTS = []


def N(d, ntype, text, ann=True):
    return (d, ntype, text.strip("\n"), ann)


def parse(raw):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        length += len(pre)
        phrase, label, flags = m.group(1), m.group(2), m.group(3)
        assert label in CONCEPTS, (label, phrase)
        fl = {v: False for v in FLAGS.values()}
        if flags:
            for f in flags.split(","):
                assert f in FLAGS, (f, phrase)
                fl[FLAGS[f]] = True
        spans.append(dict(start=length, end=length + len(phrase), label=label,
                          phrase=phrase, **fl))
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, text[:200]
    for s in spans:
        assert text[s["start"]:s["end"]] == s.pop("phrase")
    return text, spans


def patient(pid, as_of, verdicts, notes):
    crit = {c: None for c in INCL}
    crit.update({c: "not_met" for c in EXCL})
    for item in verdicts.split():
        k, v = item.split("=")
        crit[KEYS[k]] = VAL[v]
    assert all(crit[c] for c in INCL), (pid, "inclusion verdict missing")
    PATIENTS.append(dict(pid=pid, as_of=as_of, crit=crit, notes=notes))

# ---------------------------------------------------------------------------
# PM01 - eligible. 15M, L distal femur OS, two RLL mets, wedge resection.
# Family-only mentions (brother's Crohn's on infliximab, sister's varicella
# vaccine, grandfather's "PD" = Parkinson's), inactivated flu shot,
# PROMIS regimen named as hypothetical.
# ---------------------------------------------------------------------------
patient("PM01", "2026-04-20", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2024-02-12", "Oncology consult", """
LAKESHORE CHILDREN'S HOSPITAL - PEDIATRIC HEMATOLOGY/ONCOLOGY
NEW PATIENT CONSULT

Patient: Jaxon R.    {{DOB: 09/03/2010|DOB}}    MRN 0048812
Historian: mother (primary) and patient.

HPI: Jaxon is a {{13 yo|AGE}} boy referred by ortho for a L distal femur lesion. Per mum he has had 6-7 wks of L knee pain, worse at night, first put down to basketball and growing pains. Limping x 2 wks. No fevers, no wt loss. XR 1/29: mixed lytic/sclerotic metaphyseal lesion with sunburst periosteal reaction. MRI 2/2: 7.8 cm lesion with soft-tissue extension, no skip lesion.
Core bx (IR, 2/8/24): {{high-grade conventional osteosarcoma, osteoblastic subtype|OSTEOSARCOMA}}.
Staging: CT chest 2/9 - no {{pulmonary nodules|PULMONARY_NODULE|neg}}. Bone scan: uptake at the primary only.

PMH: mild intermittent asthma, albuterol PRN only. No surgeries.
Meds: albuterol HFA PRN. Allergies: NKDA.
FHx: maternal grandfather has {{PD (Parkinson disease)|LOOKALIKE|fam}}, on carbidopa-levodopa. Brother (17) has {{Crohn's disease|AUTOIMMUNE_DISEASE|fam}}, on {{infliximab|IMMUNOSUPPRESSANT|fam}} infusions.
SHx: 8th grade, point guard on the school team. Lives with mum, dad, brother and younger sister (9).

Exam: Wt 52.4 kg, Ht 163 cm, BSA 1.54 m2. Firm tender mass L distal thigh, knee ROM 0-110. Neurovascularly intact.
{{Lansky 90|LANSKY}}.

A/P: {{13 yo|AGE}} M with localized {{osteosarcoma|OSTEOSARCOMA}} of the L distal femur.
- Plan {{MAP|SYSTEMIC_THERAPY|hyp}} ({{high-dose methotrexate|SYSTEMIC_THERAPY|hyp}}, {{doxorubicin|SYSTEMIC_THERAPY|hyp}}, {{cisplatin|SYSTEMIC_THERAPY|hyp}}) x 2 cycles, then limb salvage at wk 10.
- Baseline echo, audiogram, GFR, dental.
- Fertility: sperm banking discussed with Jaxon and dad, appointment tomorrow.
- Port placement Thursday.
"""),
N("2024-11-18", "End of therapy summary", """
END OF THERAPY SUMMARY - Jaxon R., 14 y/o M
Dx: osteosarcoma L distal femur, localized, dx 2/2024.
Tx: MAP chemotherapy 2/2024 - 10/2024 (completed all planned cycles, doxorubicin cumulative 450 mg/m2). L distal femoral resection + endoprosthesis 4/22/2024, margins negative, necrosis 95% (good responder).
Toxicities during therapy: grade 3 mucositis after cycle 2 (resolved in 9 days), febrile neutropenia x2, transaminitis grade 2 during HD-MTX (resolved). End-of-therapy audiogram normal. Echo LVEF 61%.
Off therapy as of 10/28/2024. Port removal scheduled. Surveillance CT chest q3 months yr 1.
Survivorship: long-term follow-up clinic referral placed. Re-immunization schedule to be reviewed at 6 months off therapy.
""", ann=False),
N("2026-03-04", "Surveillance clinic", """
Oncology f/u - surveillance visit. Pt seen with dad.
Interval: Jaxon is now {{15 y/o|AGE}}, off {{chemo|SYSTEMIC_THERAPY|hist}} since 10/2024. Playing basketball with prosthesis-safe modifications. No cough, no chest pain.
CT chest 3/2/26: two new {{RLL nodules|PULMONARY_NODULE}} (6 mm and 9 mm), new since 12/2025, c/w {{pulmonary metastases|LUNG_METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|neg}}. XR L femur: implant intact, no lucency.
Dad asks about immunizations: his sister (now 11) got her {{varicella vaccine|LIVE_VACCINE|fam}} booster last week; reassured. Jaxon himself had the {{flu shot (inactivated)|NONLIVE_VACCINE}} 10/2025, nothing since.
Brother still on {{infliximab|IMMUNOSUPPRESSANT|fam}} for his {{Crohn's|AUTOIMMUNE_DISEASE|fam}}.
Imp: {{osteosarcoma|OSTEOSARCOMA}} with {{metastatic|METASTASIS}} recurrence to the R lower lobe (2 {{nodules|PULMONARY_NODULE}}).
Plan: present at tumor board 3/25; thoracic surgery referral; {{PFTs|PULMONARY_FUNCTION}}.
"""),
N("2026-03-25", "Tumor board", """
MULTIDISCIPLINARY TUMOR BOARD - 03/25/2026
Pt: Jaxon R., {{15 yo|AGE}} M. Hx {{osteosarcoma|OSTEOSARCOMA|hist}} L distal femur, s/p {{MAP|SYSTEMIC_THERAPY|hist}} and limb salvage 2024.
Imaging reviewed: 2 peripheral {{RLL nodules|PULMONARY_NODULE}}, 6 and 9 mm, no hilar involvement.
{{PFTs|PULMONARY_FUNCTION}} 3/20: {{FEV1 98% predicted|PULMONARY_FUNCTION}}, {{DLCO 92%|PULMONARY_FUNCTION}} - {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
Consensus: both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by R {{VATS wedge resection|LUNG_RESECTION}}.
Discussion: eligible to be screened for PROMIS - would receive SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} and {{gemcitabine|GEMCITABINE|hyp}} before the {{metastasectomy|LUNG_RESECTION|hyp}}. Family to meet research team.
"""),
N("2026-04-14", "Clinic note", """
Peds Onc clinic - pre-screen visit. Historian: mum and pt.
Jaxon feels well. Mum reports no illnesses, no new meds. He has not had any immunizations since the fall {{flu shot|NONLIVE_VACCINE}}.
Meds: none regular. Albuterol PRN (used twice this winter). Allergies: NKDA.
Wt 61.2 kg, Ht 174 cm, BSA 1.72 m2. Lungs clear. L thigh scar well healed.
{{Lansky 90|LANSKY}} - plays full games, tires in the 4th quarter.
Labs: CBC/CMP wnl.
Imp: {{15 yo|AGE}} with {{osteosarcoma|OSTEOSARCOMA}} with {{pulmonary metastases|LUNG_METASTASIS}}, 2 {{RLL nodules|PULMONARY_NODULE}}, {{resectable|RESECTABLE}} per tumor board, {{PFTs adequate|PULMONARY_FUNCTION}}.
Plan: research team consent visit 4/21. Thoracic surgery pencilled for after the research decision.
"""),
N("2026-04-16", "Child life note", """
CHILD LIFE SPECIALIST NOTE
Met Jaxon and his sister (11) in the infusion center playroom while mum spoke with the research nurse. Jaxon was quiet at first, then talked about his team making the regional semifinal and about being nervous that "the cancer came back." Used a lung model to walk him through what a wedge resection means and what the small scars will look like. He asked whether he can play in the summer league; deferred to surgeon. Sister drew a card for him. Will see both children at the next visit; school liaison letter provided for upcoming absences.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM02 - excluded. 14F, Shanghai referral letter. GD regimen (gemcitabine),
# camrelizumab + apatinib on a phase II trial: PR ~8 months then PD
# (secondary resistance); last trial dose exactly 28 days before as_of;
# thymalfasin 10 days before as_of. Pulmonary function never documented.
# ---------------------------------------------------------------------------
patient("PM02", "2026-06-15", "H=m PM=m R=m ST=m A=m PS=m PF=u CPI=m GEM=m IMM=m INV=m", [
N("2026-05-28", "Referral letter (translated)", """
Shanghai Eastbay Children's Medical Centre, Department of Orthopaedic Oncology
REFERRAL LETTER (translated from Chinese), written May 28th, 2026

Dear Doctor,
Patient: Chen Yuxi, female, {{14 years old|AGE}} ({{DOB: 2011.11.02|DOB}}).
The patient was diagnosed as {{osteosarcoma (conventional type)|OSTEOSARCOMA}} of the left distal femur by needle biopsy on 2024.03.11. She received {{MAP regimen|SYSTEMIC_THERAPY|hist}} {{chemotherapy|SYSTEMIC_THERAPY|hist}} from 2024.03 to 2024.10 and tumour resection with prosthesis replacement on 2024.06.05.
On 2025.02.14 chest CT found 3 {{nodules|PULMONARY_NODULE}} in the left lower lobe, considered {{pulmonary metastasis|LUNG_METASTASIS}}. She was given {{GD regimen|GEMCITABINE|hist}} ({{gemcitabine|GEMCITABINE|hist}} + {{docetaxel|SYSTEMIC_THERAPY|hist}}) 2 cycles (2025.02-2025.04), evaluation {{PD|TUMOR_RESPONSE}}.
From 2025.05.06 she was enrolled in a {{phase II clinical trial|INVESTIGATIONAL|hist}} of {{camrelizumab|CHECKPOINT_INHIBITOR|hist}} + {{apatinib|SYSTEMIC_THERAPY|hist}}. Efficacy evaluation 2025.07.08: {{PR|TUMOR_RESPONSE}}; 2025.10 and 2026.01 evaluations maintained {{PR|TUMOR_RESPONSE}}. Chest CT 2026.03.20: the left lower lobe {{nodules|PULMONARY_NODULE}} enlarged, evaluation {{PD|TUMOR_RESPONSE}}. The {{trial drugs|INVESTIGATIONAL|hist}} were continued per investigator judgement and stopped after the last dose on 2026.05.18.
She also receives {{thymalfasin|IMMUNOMODULATOR}} 1.6 mg subcutaneous injection twice weekly for immune support, and {{Huaier granules|IMMUNOMODULATOR}}.
Current status: {{Lansky score 80|LANSKY}}, weight 41 kg, height 152 cm.
The family wishes to consult your hospital about surgery and the {{PROMIS study|INVESTIGATIONAL|hyp}}.
Thank you.
Dr. Wang Lei, Associate Chief Physician
"""),
N("2026-06-08", "International patient consult", """
INTERNATIONAL PATIENT PROGRAM - ONCOLOGY CONSULT (via interpreter, Mandarin)
Historian: mother. Records from Shanghai reviewed (letter dated 2026.05.28, CT discs).
{{14 yo|AGE}} F with {{OS|OSTEOSARCOMA}} L distal femur dx 3/2024, s/p {{MAP|SYSTEMIC_THERAPY|hist}} + endoprosthesis. {{Lung mets|LUNG_METASTASIS}} 2/2025. Tx Hx: {{gem/docetaxel|GEMCITABINE|hist}} x2 -> {{PD|TUMOR_RESPONSE}}; then {{camrelizumab|CHECKPOINT_INHIBITOR|hist}}/{{apatinib|SYSTEMIC_THERAPY|hist}} on a {{trial|INVESTIGATIONAL|hist}} 5/2025 - 5/18/2026: {{PR|TUMOR_RESPONSE}} from 7/2025, {{PD|TUMOR_RESPONSE}} 3/2026, i.e. {{response|TUMOR_RESPONSE}} of ~8 mo followed by {{progression|TUMOR_RESPONSE}}.
Mother confirms the last {{thymalfasin|IMMUNOMODULATOR}} injection was 6/5, brought from Shanghai; she will stop now that we have explained it.
Exam: Wt 40.6 kg, BSA 1.31 m2. Well-healed L thigh incision. Walks without aid.
{{Lansky 80|LANSKY}}.
CT chest (our read) 6/3: 3 LLL {{nodules|PULMONARY_NODULE}}, largest 14 mm, consistent with {{metastases|METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|neg}}.
Imp: {{osteosarcoma|OSTEOSARCOMA}} {{metastatic to the lung|LUNG_METASTASIS}} after {{gemcitabine|GEMCITABINE|hist}} and a {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|hist}} with secondary resistance.
Plan: thoracic surgery opinion; research team to review eligibility.
"""),
N("2026-06-11", "Thoracic surgery consult", """
Thoracic Surgery - consult. {{14 yo|AGE}} F, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, 3 LLL {{nodules|PULMONARY_NODULE}} (14, 9, 6 mm), all peripheral.
Imp: {{resectable|RESECTABLE}} by L {{thoracotomy with wedge resections|LUNG_RESECTION}}; no need for lobectomy.
Plan: happy to operate; timing per oncology/research team.
"""),
N("2026-06-12", "Research coordinator note", """
Research coordinator - PROMIS pre-screen. Reviewed outside records with Dr. Alvarez. Prior gemcitabine-docetaxel (2 cycles, 2025) and prior camrelizumab with partial response then progression are documented in the Shanghai letter. Last dose of the Shanghai trial drugs 2026-05-18. Thymalfasin last 2026-06-05. Family informed that she does not meet entry criteria for PROMIS; oncology to discuss standard options and other studies.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM03 - eligible. 18M AYA. Partner's HIV (family) + addendum correcting a
# note that put HIV in his own PMH; his test non-reactive. MMR booster
# exactly 31 days before as_of; grade 3 mucositis resolved; topical steroid.
# ---------------------------------------------------------------------------
patient("PM03", "2025-09-10", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2023-06-10", "Oncology consult", """
AYA Oncology - new consult. {{16 yo|AGE}} M with R knee pain x 3 mo, swelling x 1 mo.
MRI R tibia: 6 cm proximal tibial metaphyseal lesion with cortical breakthrough. Bx 6/6/23: {{high-grade fibroblastic osteosarcoma|OSTEOSARCOMA}}. CT chest: no {{metastatic disease|METASTASIS|neg}}.
PMH: eczema. Meds: {{hydrocortisone 2.5% cream|LOCAL_STEROID}} to elbows PRN. NKDA.
SHx: junior in high school, cross-country. Lives with mom and stepdad.
Plan: {{MAP|SYSTEMIC_THERAPY|hyp}} per standard backbone; sperm banking before first cycle (done 6/9 per pt).
"""),
N("2024-03-01", "End of therapy summary", """
End of therapy summary. Dx R proximal tibia osteosarcoma 6/2023. MAP completed 2/2024; R proximal tibial resection and endoprosthesis 9/2023, necrosis 92%. Toxicity: grade 3 oral mucositis with cycle 3 HD-MTX, resolved fully within 10 days; grade 1 tinnitus, audiogram normal at EOT. ECOG 0. Off therapy. Surveillance imaging per schedule.
""", ann=False),
N("2025-07-22", "Surveillance clinic", """
Surveillance visit. Pt now {{18 y/o|AGE}}, starting college in the fall.
CT chest 7/20/25: new solitary 11 mm {{LUL nodule|PULMONARY_NODULE}}, peripheral, consistent with {{metastasis|METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|neg}}, no adenopathy.
Hx: {{osteosarcoma|OSTEOSARCOMA|hist}} R prox tibia, completed {{MAP|SYSTEMIC_THERAPY|hist}} 2/2024.
Prior {{grade 3 mucositis|TOXICITY|hist}} resolved; no {{neuropathy|TOXICITY|neg}}. Still occasional grade 1 {{tinnitus|TOXICITY}}.
Plan: tumor board, thoracic surgery, {{PFTs|PULMONARY_FUNCTION}}.
"""),
N("2025-08-11", "Clinic note", """
Young adult clinic. Pt seen alone, then with girlfriend at his request.
Social: in a relationship x 1 yr; girlfriend is {{HIV positive|HIV|fam}}, on {{ART|HIV|fam}}, undetectable per pt. Condoms consistently.
PMH: eczema; {{HIV positive|HIV}}.
Vaccines: {{MMR booster|LIVE_VACCINE}} given yesterday (08/10/2025) at student health for college entry.
Meds: {{hydrocortisone 2.5% cream|LOCAL_STEROID}} PRN. No oral meds.
{{ECOG 0|ECOG}}. Exam unremarkable.
"""),
N("2025-08-14", "Addendum", """
{{ADDENDUM - correction|CORRECTION}} to clinic note of 08/11/2025: the PMH line "{{HIV positive|HIV|fam}}" was {{entered in error|CORRECTION}}; it refers to the patient's partner (see Social). Patient's own {{HIV-1/2 Ag/Ab screen|HIV}} drawn 08/11/2025 is {{non-reactive|HIV|neg}}.
"""),
N("2025-08-28", "Thoracic surgery consult", """
Thoracic surgery consult. {{18 yo|AGE}} M, {{osteosarcoma|OSTEOSARCOMA|hist}} s/p {{chemo|SYSTEMIC_THERAPY|hist}}, now solitary 11 mm LUL {{pulmonary metastasis|LUNG_METASTASIS}}.
{{PFTs|PULMONARY_FUNCTION}} 8/26: {{FEV1 95%|PULMONARY_FUNCTION}}, {{DLCO 88%|PULMONARY_FUNCTION}}. {{Cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Rec: L {{VATS wedge resection|LUNG_RESECTION}}; {{nodule|PULMONARY_NODULE}} is {{completely resectable|RESECTABLE}}. Pt interested in PROMIS screening first; will hold OR date.
{{ECOG 0|ECOG}}.
"""),
])

# ---------------------------------------------------------------------------
# PM04 - excluded. 67M, Osaka referral letter. Secondary OS in Paget's of
# ilium; no lung mets; prostate cancer 2022 (inside 5y) on an investigational
# AR-inhibitor phase III study; RA on methotrexate + prednisolone; rituximab
# anaphylaxis grade 3; live attenuated varicella vaccine 16 days before as_of;
# RA-ILD with inadequate reserve.
# ---------------------------------------------------------------------------
patient("PM04", "2025-11-05", "H=m PM=n R=u ST=m A=n PS=m PF=n OM=m INV=m AI=m STER=m MAB=m VAX=m", [
N("2025-10-24", "Referral letter (translated)", """
Osaka Kita Medical Center, Department of Musculoskeletal Oncology
Letter of referral (English translation)

Patient: Mr. T. Morimoto, male, {{67 years old|AGE}}.
Diagnosis: {{secondary osteosarcoma|OSTEOSARCOMA}} of the right ilium arising in Paget's disease of bone.
History: Pelvic pain from 2024/4. Open biopsy 2024/6/12: {{osteosarcoma|OSTEOSARCOMA}}, high grade, with background pagetic bone. {{AP therapy|SYSTEMIC_THERAPY|hist}} ({{doxorubicin|SYSTEMIC_THERAPY|hist}} + {{cisplatin|SYSTEMIC_THERAPY|hist}}) 2 courses, then internal hemipelvectomy 2024/10/3, margin wide. Chest CT 2025/10/1: no {{pulmonary metastasis|LUNG_METASTASIS|neg}}.
Comorbidities:
1) {{Prostate cancer|OTHER_MALIGNANCY}} ({{adenocarcinoma|OTHER_MALIGNANCY}}, Gleason 4+3), diagnosed by biopsy 2022/8/10. He is participating in a {{phase III clinical trial|INVESTIGATIONAL}} of an {{investigational androgen receptor inhibitor|INVESTIGATIONAL}} at the Urology department (ongoing, cycle 30).
2) {{Rheumatoid arthritis|AUTOIMMUNE_DISEASE}} from 2015. {{Methotrexate|IMMUNOSUPPRESSANT}} 8 mg/week and {{prednisolone|SYSTEMIC_STEROID}} 5 mg/day (continuing). {{Rituximab|MONOCLONAL_ANTIBODY|hist}} in 2021 was stopped because of {{anaphylaxis (grade 3)|ALLERGIC_REACTION|hist}}.
3) RA-associated interstitial pneumonia. {{%DLCO 42%|PULMONARY_FUNCTION}}.
Vaccination: {{live attenuated varicella vaccine|LIVE_VACCINE}} (for herpes zoster prevention) at local clinic 2025/10/20.
{{ECOG PS 1|ECOG}}.
He wishes a second opinion on further treatment. Please kindly examine him.
"""),
N("2025-10-30", "Oncology consult", """
Adult bone tumor consult (2nd opinion), Japanese interpreter present. Pt {{67 y/o|AGE}} M, accompanied by daughter.
{{Osteosarcoma|OSTEOSARCOMA}} R ilium (Paget-associated) dx 6/2024, s/p {{doxorubicin|SYSTEMIC_THERAPY|hist}}/{{cisplatin|SYSTEMIC_THERAPY|hist}} x2 and internal hemipelvectomy.
Restaging CT chest 10/28 (ours): no {{pulmonary nodules|PULMONARY_NODULE|neg}}, no {{pleural effusion|PLEURAL_EFFUSION|neg}}; reticular changes both bases c/w ILD.
Other: {{prostate adenocarcinoma|OTHER_MALIGNANCY}} dx 8/2022 - still on the urology {{study drug|INVESTIGATIONAL}}. {{RA|AUTOIMMUNE_DISEASE}} on {{MTX|IMMUNOSUPPRESSANT}} 8 mg weekly + {{prednisolone|SYSTEMIC_STEROID}} 5 mg daily. Note: {{MTX|IMMUNOSUPPRESSANT}} here is low-dose for RA, not {{chemotherapy|SYSTEMIC_THERAPY|neg}}.
Received {{live varicella vaccine|LIVE_VACCINE}} 10/20/25 at local clinic - not advisable on {{MTX|IMMUNOSUPPRESSANT}}/{{prednisolone|SYSTEMIC_STEROID}}; no rash so far.
Allergy: {{rituximab|MONOCLONAL_ANTIBODY|hist}} - {{anaphylaxis|ALLERGIC_REACTION|hist}}, required epinephrine and ICU observation (grade 3).
{{ECOG 1|ECOG}}. Walks with a cane.
"""),
N("2025-11-03", "Pulmonology consult", """
PULMONARY CONSULT - pre-operative risk (hypothetical future thoracic procedure). 67M with RA-ILD. PFTs 11/1: FVC 68%, FEV1 71%, DLCO 40% predicted. 6MWT desaturation to 86%. Impression: pulmonary reserve inadequate; he would not be a candidate for thoracic surgery (any lung resection) because of his lung function. Continue current RA therapy per rheumatology.
""", ann=False),
N("2025-11-04", "Tumor board", """
Sarcoma tumor board: 67M, Paget-associated OS of the ilium, no evidence of lung disease on current CT. Not a candidate for the lung-metastasis protocol (no pulmonary metastases; age above 65; ongoing investigational therapy for prostate cancer). Continue surveillance; rheumatology to review MTX/prednisolone and the recent live varicella vaccine.
""", ann=False),
])
# ---------------------------------------------------------------------------
# PM05 - excluded. 9M (turns 10 the day after as_of). Small round blue cell
# tumour: small-cell OS vs Ewing -> final Ewing (look-alike). Innumerable
# unresectable lung mets, on an interventional study arm, dexamethasone last
# given exactly 7 days before as_of, grade 2 vincristine neuropathy, Lansky 60.
# ---------------------------------------------------------------------------
patient("PM05", "2026-08-10", "H=n PM=m R=n ST=m A=n PS=n PF=u INV=m STER=m TOX=m", [
N("2026-03-09", "Oncology consult", """
RIVERSIDE CHILDREN'S MEDICAL CENTER - ONCOLOGY CONSULT
Pt: Leo M.   {{DOB 08/11/2016|DOB}}   Historian: father and paternal grandmother (lives with them).
HPI: {{9 y.o.|AGE}} boy with R shoulder pain x 2 mo, then a lump. Dad states he has not been playing soccer for 3 weeks because "his arm hurts too much." Night sweats per grandma. Wt loss ~2 kg.
Imaging: XR/MRI R proximal humerus - permeative lesion with large soft-tissue mass. CT chest 3/6: innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}} up to 12 mm, c/w {{metastases|METASTASIS}}.
Bx 3/5 (prelim): small round blue cell tumor; DDx {{Ewing sarcoma|OTHER_SARCOMA|unc}} vs {{small cell osteosarcoma|OSTEOSARCOMA|unc}}. FISH and molecular pending.
Wt 28.9 kg, Ht 134 cm, BSA 1.04 m2.
{{Lansky 70|LANSKY}} - mostly quiet play, rests a lot.
Plan: await final path; port; fertility consult (fertility preservation information given to dad).
"""),
N("2026-03-13", "Pathology report", """
SURGICAL PATHOLOGY - {{AMENDED REPORT|CORRECTION}}
Specimen: R proximal humerus, core biopsy.
FISH: EWSR1 (22q12) break-apart - rearranged in 84% of nuclei. RT-PCR: EWSR1::FLI1 type 1 fusion detected. CD99 strong membranous. No osteoid identified on levels.
FINAL DIAGNOSIS: {{Ewing sarcoma|OTHER_SARCOMA}}. {{Small cell osteosarcoma|OSTEOSARCOMA|neg}} is excluded (no osteoid, fusion-positive). Supersedes preliminary report of 3/5.
"""),
N("2026-03-20", "Research consent note", """
Consent conference. Father and grandmother present, interpreter not needed. Discussed randomized {{phase III study|INVESTIGATIONAL}} for newly diagnosed {{metastatic|METASTASIS}} {{Ewing sarcoma|OTHER_SARCOMA}}. Leo assented. Randomized 3/20/26 to the experimental arm: interval-compressed {{VDC/IE|SYSTEMIC_THERAPY|hyp}} plus the {{investigational agent|INVESTIGATIONAL|hyp}}. Cycle 1 to start 3/23.
"""),
N("2026-07-15", "Inpatient progress note", """
Hospital day 2, admitted for cycle 9 ({{IE|SYSTEMIC_THERAPY}} + {{study drug|INVESTIGATIONAL}}). Dad at bedside.
{{Grade 2 sensory neuropathy|TOXICITY}} both feet - tingling limits walking distance, gabapentin started 6/30; {{vincristine|SYSTEMIC_THERAPY}} dose capped per guideline.
Antiemetics: ondansetron + {{dexamethasone|SYSTEMIC_STEROID}} IV with each {{chemo|SYSTEMIC_THERAPY}} day.
{{Lansky 60|LANSKY}} - plays board games in bed, needs help with active play.
"""),
N("2026-08-04", "Discharge summary", """
DISCHARGE SUMMARY - cycle 10 ({{VDC|SYSTEMIC_THERAPY}} + {{study drug|INVESTIGATIONAL}}), admitted 7/31, discharged 8/4.
Given: {{vincristine|SYSTEMIC_THERAPY}}, {{doxorubicin|SYSTEMIC_THERAPY}}, {{cyclophosphamide|SYSTEMIC_THERAPY}} 7/31-8/1. {{Dexamethasone|SYSTEMIC_STEROID}} 3 mg IV q8h 7/31-8/3, last dose 8/3 18:00.
Restaging CT chest 7/28: innumerable bilateral {{pulmonary metastases|LUNG_METASTASIS}}, {{mixed response|TUMOR_RESPONSE}}. Thoracic surgery (Dr. Osei) reviewed: {{not resectable|UNRESECTABLE}} - too numerous and bilateral.
Persistent grade 2 {{peripheral neuropathy|TOXICITY}}.
{{Lansky 60|LANSKY}}. {{9 y/o|AGE}}, Wt 27.1 kg.
F/u: counts check 8/7; next cycle 8/21.
"""),
N("2026-08-07", "Social work note", """
SOCIAL WORK FOLLOW-UP. Met with Leo's father and grandmother in clinic. Father is a single parent, works night shifts at a distribution warehouse; grandmother moved in after diagnosis and manages meds. Leo's 10th birthday is on 8/11 and the family asked whether he can be home for it - team aware, next admission 8/21. Older sister (14) struggling at school; referred to sibling support group. Gas cards and parking passes provided. Family not interested in hospice conversations at this point; will continue to follow.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM06 - eligible. 12F chondroblastic OS. Type 1 diabetes on insulin
# (replacement only). Tumour board called bilateral nodules unresectable,
# thoracic surgery later reversed (resectable, staged thoracotomies).
# Mother breastfeeding newborn brother (family); urine hCG negative.
# ---------------------------------------------------------------------------
patient("PM06", "2026-02-20", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2024-05-15", "Oncology consult", """
Pediatric Oncology Consult - St. Aldhelm's Children's Hospital
Pt: Amara O., {{DOB 2013-06-30|DOB}}. Historian: mother, who is a pediatric nurse, and patient.
HPI: {{10 yo|AGE}} girl with 2 mo of L shoulder ache; pathologic-type pain at night; swelling noticed by mum at swim practice. MRI: L proximal humeral metaphyseal lesion, 6.5 cm, soft tissue extension. Bx 5/10/24: {{chondroblastic osteosarcoma|OSTEOSARCOMA}}, high grade.
CT chest: 2 mm subpleural focus RLL, too small to characterize; no definite {{metastatic disease|METASTASIS|neg}}.
PMH: {{type 1 diabetes|AUTOIMMUNE_DISEASE}} since age 6, {{insulin|REPLACEMENT_THERAPY}} pump (Omnipod), last HbA1c 7.4%. Otherwise well.
FHx: parents well; younger brother (4) well.
Exam: Wt 33.8 kg, Ht 142 cm, BSA 1.15 m2.
{{Lansky 70|LANSKY}} (guarding arm, not swimming).
Plan: {{MAP|SYSTEMIC_THERAPY|hyp}}; endocrine co-management of glucose during {{dexamethasone|SYSTEMIC_STEROID|hyp}}-containing antiemetic regimens - will try to avoid.
"""),
N("2024-12-02", "Nursing note", """
Infusion nursing note. Amara here for HD-MTX cycle. Glucose 212 on arrival, corrected with pump bolus per endocrine sliding scale. Urine alkalinized. Mum reports she is doing school via the hospital teacher two mornings a week and misses her swim team. Mouth care reviewed. Leucovorin rescue teaching reinforced. No dexamethasone given this admission (ondansetron and aprepitant only).
""", ann=False),
N("2025-03-20", "End of therapy summary", """
END OF THERAPY - Amara O. {{Osteosarcoma|OSTEOSARCOMA}} L proximal humerus.
Completed {{MAP|SYSTEMIC_THERAPY|hist}} 3/2025 (18 cycles-equivalents). Resection + endoprosthesis 8/2024, necrosis 90%.
Late effects: {{grade 1 high-frequency hearing loss|TOXICITY}} (8 kHz), stable. Echo normal. GFR normal.
{{Type 1 DM|AUTOIMMUNE_DISEASE}} - pump {{insulin|REPLACEMENT_THERAPY}}, stable.
Surveillance CT q3 mo.
"""),
N("2026-01-14", "Tumor board", """
TUMOR BOARD 1/14/26. Amara O., {{12 yo|AGE}} F.
CT chest 1/9: new RUL 7 mm and LLL 5 mm {{nodules|PULMONARY_NODULE}}, c/w {{pulmonary metastases|LUNG_METASTASIS}}.
Discussion: bilateral disease; felt {{unresectable|UNRESECTABLE}} at this time by those present; consider systemic options.
Action: formal thoracic surgery opinion requested (surgeon not present today).
"""),
N("2026-01-28", "Thoracic surgery consult", """
Thoracic surgery - Amara O., {{12 yo|AGE}}. Reviewed CT with radiology.
Both {{nodules|PULMONARY_NODULE}} are peripheral (RUL 7 mm, LLL 5 mm); neither is near the hilum. In my opinion both are {{resectable|RESECTABLE}} with staged bilateral {{thoracotomies|LUNG_RESECTION}} and {{wedge resection|LUNG_RESECTION}}. This {{supersedes|CORRECTION}} the tumor board note of 1/14, at which surgery was not represented.
{{PFTs|PULMONARY_FUNCTION}} 1/26: {{FEV1 102%|PULMONARY_FUNCTION}}, {{DLCO 95%|PULMONARY_FUNCTION}} - {{adequate for surgery|PULMONARY_FUNCTION}}.
"""),
N("2026-02-16", "Clinic note", """
Peds Onc clinic. Amara with mum and baby brother (born 12/2025).
Amara feels well, back in the pool twice a week. Mum is {{breastfeeding|LACTATION|fam}} the baby; asked about medication exposure for the baby - reassured.
Menarche 9/2025. {{Urine hCG|PREGNANCY_TEST}} today {{negative|PREGNANCY_TEST|neg}}.
Meds: {{insulin|REPLACEMENT_THERAPY}} via pump. {{Flu vaccine (inactivated, IM)|NONLIVE_VACCINE}} 10/2025.
{{Hearing loss|TOXICITY}}: grade 1, high-frequency, unchanged.
Wt 41.5 kg, Ht 153 cm, BSA 1.33 m2.
{{Lansky 90|LANSKY}}.
A/P: {{12 yo|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} with 2 {{pulmonary metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} per thoracic surgery; pre-screen for PROMIS.
"""),
])

# ---------------------------------------------------------------------------
# PM07 - needs_review. 15M: ECOG only (Lansky needed) -> PS unknown;
# equivocal resection-bed enhancement (local recurrence not settled); small
# uncharacterised effusion; school flu vaccine of unknown type; hearing loss
# without a grade.
# ---------------------------------------------------------------------------
patient("PM07", "2025-10-01", "H=m PM=m R=m ST=m A=m PS=u PF=m LR=u MPE=u VAX=u TOX=u", [
N("2024-09-10", "Oncology consult", """
Oncology consult, 14 yo M with osteosarcoma of the L distal femur (conventional, high grade; bx 9/5/24). CT chest clear. Mother is historian; father deployed overseas, joins by phone. Plan MAP chemotherapy then resection. Baseline audiogram normal. Wt 58 kg, BSA 1.62.
""", ann=False),
N("2025-08-20", "Surveillance clinic", """
Surveillance visit, pt and mum. Completed {{MAP|SYSTEMIC_THERAPY|hist}} 4/2025 after L distal femur resection (12/2024).
CT chest 8/18: two new LUL {{nodules|PULMONARY_NODULE}} (8 and 5 mm), consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
MRI L femur 8/18: small enhancing soft-tissue focus at the anterior resection bed, 9 mm, post-surgical change vs {{local recurrence|LOCAL_RECURRENCE|unc}}; cannot exclude {{recurrence|LOCAL_RECURRENCE|unc}}. IR biopsy requested.
Imp: {{osteosarcoma|OSTEOSARCOMA}} with new {{lung mets|LUNG_METASTASIS}}; resection bed equivocal.
"""),
N("2025-09-15", "Thoracic surgery consult", """
Thoracic surgery. 2 LUL {{nodules|PULMONARY_NODULE}}, peripheral, {{resectable|RESECTABLE}} by {{VATS wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 9/12: {{normal spirometry and DLCO|PULMONARY_FUNCTION}} - {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Also small L {{pleural effusion|PLEURAL_EFFUSION}} on the 9/12 CT, new; not sampled, too small to tap safely. Would characterize at surgery.
"""),
N("2025-09-22", "Clinic note", """
Clinic - {{15-year-old|AGE}} boy (birthday 9/19), here with mum.
Mum says he had "the {{flu vaccine|LIVE_VACCINE|unc}} at school last week"; she does not know whether it was the nasal one or the shot, school nurse to call back.
{{Hearing loss|TOXICITY}}: more trouble in class, persistent {{tinnitus|TOXICITY}}; audiology booked 10/6, grade not yet documented.
Femur biopsy 9/17: specimen insufficient (mostly fibrin); repeat scheduled 10/8.
{{ECOG 1|ECOG}}.
Plan: re-review at tumor board after biopsy and audiology.
"""),
N("2025-09-29", "Dictation (transcribed)", """
ONCOLOGY FOLLOW-UP (DICTATED) PATIENT: 15 y/o male, osteosarcoma L femur, s/p MAP (completed 4/2025), two resectable LUL pulmonary metastases awaiting wedge resection.SUBJECTIVE: Mum reports he is tired after school but eating well, no fever.OBJECTIVE: Wt 63 kg. ECOG 1. Lungs clear, decreased BS at L base.IMAGING: Small L pleural effusion again seen, unchanged, not characterized.ASSESSMENT AND PLAN: Resection bed enhancement still indeterminate, repeat biopsy 10/8; effusion to be sampled if it grows; audiology 10/6 for hearing loss (grade to be determined); school nurse has not yet confirmed which flu vaccine was given.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM08 - excluded. 17F relapsed Ewing sarcoma of fibula (not OS) with
# present local recurrence, malignant effusion, innumerable unresectable lung
# mets, ECOG 3, gem/docetaxel given, perinatal HIV on ART.
# ---------------------------------------------------------------------------
patient("PM08", "2026-03-30", "H=n PM=m R=n ST=m A=m PS=n PF=u LR=m MPE=m GEM=m HIV=m", [
N("2025-03-18", "Relapse consult", """
AYA Oncology - relapse consult. Pt: Destiny W., {{DOB 07/19/2008|DOB}}, {{16 y/o|AGE}} F. Seen with grandmother (legal guardian).
Onc Hx: {{Ewing sarcoma|OTHER_SARCOMA}} L fibula dx 4/2023, completed {{VDC/IE|SYSTEMIC_THERAPY|hist}} 3/2024 + fibulectomy.
Now: L leg swelling; MRI - soft-tissue mass at the fibular bed, bx 3/12/25 {{recurrent Ewing sarcoma|OTHER_SARCOMA}} ({{local recurrence|LOCAL_RECURRENCE}}). CT chest: 6 bilateral {{lung mets|LUNG_METASTASIS}}.
PMH: perinatally acquired {{HIV|HIV}}, on {{Biktarvy|HIV}}, VL undetectable, CD4 612.
Plan: {{gemcitabine/docetaxel|GEMCITABINE|hyp}} second-line; ID aware of interactions.
"""),
N("2025-09-02", "Clinic note", """
ONC FOLLOW UP (DICTATED, TRANSCRIBED 09/03/2025) HISTORY: Destiny completed 6 cycles of gemcitabine/docetaxel (4/2025-8/2025), tolerated with one dose delay for neutropenia.INTERVAL: Grandmother reports she is eating less, no fever, no cough.IMAGING: Restaging CT 8/28 shows progressive disease in the lungs (new nodules) and at the fibular bed.EXAM: ECOG 1. L leg swelling unchanged.LABS: ANC 2.8, Hgb 10.9, Plt 190. HIV VL undetectable on Biktarvy.ASSESSMENT AND PLAN: Relapsed Ewing sarcoma progressing after second line. Switching to irinotecan/temozolomide, cycle 1 next week; continue ART; ID follow up in 3 months.
""", ann=False),
N("2026-02-24", "Clinic note", """
Onc f/u. {{17 y/o|AGE}} with relapsed {{Ewing sarcoma|OTHER_SARCOMA}}, s/p {{gem/docetaxel|GEMCITABINE|hist}} and now on {{irinotecan/temozolomide|SYSTEMIC_THERAPY}}.
MRI L leg 2/20: enlarging 5.2 cm mass in the fibular resection bed - persistent {{local recurrence|LOCAL_RECURRENCE}}.
CT chest 2/20: innumerable bilateral {{pulmonary metastases|LUNG_METASTASIS}}; new moderate L {{pleural effusion|PLEURAL_EFFUSION}}.
More SOB, sleeps most of the day per grandma. {{ECOG 3|ECOG}}.
{{HIV|HIV}} VL undetectable; continue {{Biktarvy|HIV}}.
Plan: thoracentesis; goals-of-care conversation.
"""),
N("2026-03-10", "Procedure note / cytology", """
L thoracentesis, 900 mL serosanguinous.
Cytology 3/11: {{positive for malignant cells|MALIGNANT_EFFUSION}} - small round blue cells, CD99+, c/w {{Ewing sarcoma|OTHER_SARCOMA}}. Imp: {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
Thoracic surgery note (same day): bilateral innumerable {{nodules|PULMONARY_NODULE}}, {{not amenable to resection|UNRESECTABLE}}; offered pleurX catheter.
"""),
N("2026-03-26", "Clinic note", """
Goals of care f/u. Grandmother and aunt present. Destiny wants to keep going to school part-time. Pleural catheter draining 300 mL every other day. {{ECOG 3|ECOG}}. Continue {{irinotecan/temozolomide|SYSTEMIC_THERAPY}} at reduced dose; palliative care following. {{HIV|HIV}} stable on {{ART|HIV}}.
"""),
])

# ---------------------------------------------------------------------------
# PM09 - eligible. 20F telangiectatic OS. Pembrolizumab on a 2023 phase II
# study with PD at the first restaging (primary resistance; study long over).
# Delivered 08/2025, bottle-feeding, hCG negative. Empty "Toxicities:" heading.
# ---------------------------------------------------------------------------
patient("PM09", "2025-12-01", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2021-10-04", "Oncology consult", """
Oncology consult. 16-year-old girl with R distal femur pain x 10 wks. Bx 9/30/21: telangiectatic osteosarcoma. CT chest negative. Mother reports she has been missing school and dance. Plan MAP then limb salvage. Oocyte preservation not feasible before chemo given urgency; ovarian-protection discussion held, family declined GnRH agonist.
""", ann=False),
N("2023-04-18", "Clinic note", """
Onc clinic. Sophie K., {{DOB 05/09/2005|DOB}}. Hx {{telangiectatic osteosarcoma|OSTEOSARCOMA}} R femur, completed {{MAP|SYSTEMIC_THERAPY|hist}} 5/2022.
CT 4/11/23: 2 RLL {{nodules|PULMONARY_NODULE}} 7 and 10 mm, bx of larger: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
Enrolled on a {{phase II study|INVESTIGATIONAL}} of {{pembrolizumab|CHECKPOINT_INHIBITOR}} before {{metastasectomy|LUNG_RESECTION}}; C1D1 4/24/2023.
"""),
N("2023-06-28", "Clinic note", """
Restaging (week 9) on {{pembrolizumab|CHECKPOINT_INHIBITOR}} {{study|INVESTIGATIONAL}}: CT 6/26 both RLL {{nodules|PULMONARY_NODULE}} larger (10->15 mm) and one new 4 mm LLL {{nodule|PULMONARY_NODULE}}. RECIST {{progressive disease|TUMOR_RESPONSE}} at first assessment. Off {{study|INVESTIGATIONAL|hist}} 6/28/2023; no further doses.
Plan: bilateral {{metastasectomy|LUNG_RESECTION}}.
"""),
N("2023-08-15", "Operative summary", """
Operative summary: R thoracotomy 8/1/23 with 3 wedge resections, L VATS wedge 8/14/23. All lesions metastatic osteosarcoma, margins negative. Uncomplicated recovery.
""", ann=False),
N("2025-11-03", "Clinic note", """
Onc f/u, first visit since delivery. Sophie ({{20 y/o|AGE}}) delivered a healthy boy 8/14/2025 (SVD). She is not {{breastfeeding|LACTATION|neg}} - formula from the start; {{lactation|LACTATION|neg}} suppressed.
CT chest 10/30: new RML 8 mm and LLL 5 mm {{nodules|PULMONARY_NODULE}}, c/w recurrent {{pulmonary metastases|LUNG_METASTASIS}}.
Tired with the baby, up at night. {{ECOG 2|ECOG}}.
Plan: tumor board; {{PFTs|PULMONARY_FUNCTION}}; thoracic surgery.
"""),
N("2025-11-20", "Oncology clinic / pre-screen", """
PROMIS PRE-SCREEN VISIT
Hx: {{osteosarcoma|OSTEOSARCOMA|hist}} (telangiectatic) R femur 2021, s/p {{MAP|SYSTEMIC_THERAPY|hist}}; {{lung mets|LUNG_METASTASIS|hist}} 2023 - prior {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} on {{study|INVESTIGATIONAL|hist}} (4/2023-6/2023), {{best response PD|TUMOR_RESPONSE}} at the first restaging (primary resistance), then bilateral {{metastasectomy|LUNG_RESECTION|hist}}.
Now: RML and LLL {{nodules|PULMONARY_NODULE}}; thoracic surgery (11/18): both {{resectable|RESECTABLE}} by staged {{wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 11/17: {{FEV1 88%|PULMONARY_FUNCTION}}, {{DLCO 81%|PULMONARY_FUNCTION}} - {{adequate for repeat thoracic surgery|PULMONARY_FUNCTION}}.
{{Serum hCG|PREGNANCY_TEST}} 11/20: {{negative|PREGNANCY_TEST|neg}}. Bottle-feeding; not {{lactating|LACTATION|neg}}.
Toxicities:
{{ECOG 1|ECOG}}.
If enrolled would receive SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} with {{gemcitabine|GEMCITABINE|hyp}} ({{GP|GEMCITABINE|hyp}}) before surgery.
"""),
])
# ---------------------------------------------------------------------------
# PM10 - needs_review. 16M, Seoul referral. Second-line regimen unknown
# ("possibly gemcitabine-based"), pembrolizumab with no response recorded,
# BMT in infancy of unknown type, thymosin with no last date, trace
# uncharacterised effusion, resection only named as the PROMIS step.
# ---------------------------------------------------------------------------
patient("PM10", "2026-05-12", "H=m PM=m R=u ST=m A=m PS=m PF=m CPI=u GEM=u IMM=u ALLO=u MPE=u", [
N("2026-04-20", "Referral letter (translated)", """
Seoul Hanbit University Hospital, Department of Pediatric Orthopedic Oncology
Referral (English translation provided by hospital)

Name: PARK M.J.   Sex/Age: M/{{16Y|AGE}}   Date: 2026.04.20
Diagnosis: {{Osteosarcoma|OSTEOSARCOMA}}, right proximal tibia, osteoblastic type (biopsy 2024.07.15).
Treatment history:
1. {{Neoadjuvant chemotherapy|SYSTEMIC_THERAPY|hist}} ({{MAP|SYSTEMIC_THERAPY|hist}}) 2024.07~2025.01, wide excision and tumor prosthesis 2024.10.08.
2. {{Lung metastasis|LUNG_METASTASIS}} found 2025.09.02 (RUL 1, LLL 1).
3. Second-line {{chemotherapy|SYSTEMIC_THERAPY|hist}} at a local hospital in Daegu 2025.10~2025.12; regimen details not available in our records (possibly {{gemcitabine|GEMCITABINE|unc,hist}}-based).
4. {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|hist}} ({{pembrolizumab|CHECKPOINT_INHIBITOR|hist}}) 4 cycles 2026.01~2026.03 at the same hospital. Efficacy evaluation not available.
5. {{Thymosin alpha 1 (Zadaxin)|IMMUNOMODULATOR}} injections at the local hospital; date of last administration unknown.
Past history: {{bone marrow transplantation|TRANSPLANT|hist}} at age 3 (2012) for a "blood disease" at another hospital - donor type not recorded.
Performance: {{ECOG 1|ECOG}}.
{{PFT|PULMONARY_FUNCTION}} (2026.04.14): {{FEV1 89%|PULMONARY_FUNCTION}} of predicted, {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
Opinion: he may be a candidate for the PROMIS regimen (SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}). We would appreciate your evaluation.
Sincerely, Dr. Kim S.H.
"""),
N("2026-05-05", "International oncology consult", """
Oncology consult via Korean interpreter. Historian: father (mother in Korea has most records).
{{16 yo|AGE}} M, {{OS|OSTEOSARCOMA}} R proximal tibia, s/p {{MAP|SYSTEMIC_THERAPY|hist}} + prosthesis; {{pulmonary metastases|LUNG_METASTASIS}} since 9/2025.
Father recalls the Daegu {{chemo|SYSTEMIC_THERAPY|hist}} as "two drugs on day 1 and day 8"; he cannot name them. He thinks the {{immunotherapy|CHECKPOINT_INHIBITOR|hist}} "did not work well" but no scan report was sent - efficacy not documented.
{{Thymosin|IMMUNOMODULATOR}} shots: father unsure when the last one was; he thinks his wife may have given one "just before the flight" (they flew 5/1) but is not certain.
Infant {{transplant|TRANSPLANT|hist}}: father does not know whether it used the boy's own cells or a donor's.
CT chest 5/1 (ours): RUL 12 mm and LLL 9 mm {{nodules|PULMONARY_NODULE}}, c/w {{metastases|METASTASIS}}; trace R {{pleural effusion|PLEURAL_EFFUSION}}, not characterized.
{{ECOG 1|ECOG}}. Wt 58 kg, BSA 1.66 m2.
Plan: obtain Daegu records (regimen, CT reports), injection dates and the infant-procedure records; thoracic surgery after records.
"""),
N("2026-05-08", "Research coordinator note", """
PROMIS pre-screen, records still outstanding: (1) name of second-line regimen - gemcitabine not confirmed or excluded; (2) pembrolizumab response assessments; (3) transplant type (autologous vs allogeneic); (4) date of last thymosin injection; (5) no sampling of the trace effusion. Thoracic surgery review pending receipt of the outside CTs. Request sent to Daegu via the family and to Seoul Hanbit.
""", ann=False),
N("2026-05-11", "Child life / school liaison", """
Child life note. Min-jun is in 10th grade at an international school in Seoul and has been doing classes online during his visit. He enjoys drawing webtoons and asked for a sketchbook. Younger sister (8) stayed in Korea with mother. He understands that "more tests are needed before deciding." Coping appropriately; will follow at the next visit.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM11 - excluded. 19M: ALL 2012 -> matched-sibling allogeneic HSCT 2013;
# papillary thyroid carcinoma 03/2021 (inside 5y); rituximab anaphylaxis;
# TBI-associated OS femur, MAP; grade 2 LV dysfunction persisting; varicella
# vaccine 24 days before as_of; BOS on inhaled fluticasone (local only);
# nodules resectable but lung function inadequate.
# ---------------------------------------------------------------------------
patient("PM11", "2026-01-15", "H=m PM=m R=m ST=m A=m PS=m PF=n ALLO=m OM=m MAB=m TOX=m VAX=m", [
N("2024-04-10", "Oncology consult", """
Survivorship + Oncology joint consult. Pt: Ethan B., {{DOB 10/05/2006|DOB}}, {{17 yo|AGE}} M. Mother is historian for the early history.
PMH:
- {{B-cell ALL|OTHER_MALIGNANCY|hist}} dx 2012 (age 5), marrow relapse 2013 -> {{matched sibling allogeneic HSCT|TRANSPLANT|hist}} 11/2013 (TBI/{{cyclophosphamide|SYSTEMIC_THERAPY|hist}} conditioning; donor: older sister).
- EBV reactivation 12/2013 treated with {{rituximab|MONOCLONAL_ANTIBODY|hist}} -> {{grade 3 anaphylaxis|ALLERGIC_REACTION|hist}} with first dose, not re-challenged.
- Chronic GVHD of lung ({{bronchiolitis obliterans|TOXICITY|hist}}) 2015, off systemic {{immunosuppression|IMMUNOSUPPRESSANT|hist}} since 2019; on inhaled {{fluticasone|LOCAL_STEROID}}/azithromycin/montelukast.
- {{Papillary thyroid carcinoma|OTHER_MALIGNANCY|hist}} - total thyroidectomy 03/02/2021 (path date), RAI 2021; on {{levothyroxine|REPLACEMENT_THERAPY}}.
HPI: 3 mo R hip pain. MRI/bx 4/5/24: {{high-grade osteosarcoma|OSTEOSARCOMA}} R proximal femur, within prior TBI field (radiation-associated). CT chest: no {{nodules|PULMONARY_NODULE|neg}}.
Plan: modified {{MAP|SYSTEMIC_THERAPY|hyp}} ({{doxorubicin|SYSTEMIC_THERAPY|hyp}} capped given prior anthracycline exposure), cardio-oncology.
"""),
N("2024-12-20", "End of therapy summary", """
EOT summary. Modified MAP 4/2024-12/2024, proximal femoral resection + endoprosthesis 7/2024, necrosis 80%. Cardiology: LVEF fell from 58% to 44% (grade 2 LV systolic dysfunction) after cycle 4 doxorubicin, which was stopped; enalapril and carvedilol started. Hearing stable. Off therapy 12/2024. Re-immunization per transplant/oncology schedule after 12 months off therapy.
""", ann=False),
N("2025-12-29", "Primary care immunization note", """
PCP visit - immunization catch-up (off {{chemo|SYSTEMIC_THERAPY|hist}} 12 months, no systemic {{immunosuppressants|IMMUNOSUPPRESSANT|neg}}). VZV IgG negative.
Given 12/22/2025: {{Varivax (varicella, live)|LIVE_VACCINE}} dose 2 and {{influenza vaccine, inactivated IM|NONLIVE_VACCINE}}. Today: no rash or fever. 
Allergy list: {{rituximab|MONOCLONAL_ANTIBODY|hist}} ({{anaphylaxis|ALLERGIC_REACTION|hist}}).
"""),
N("2026-01-06", "Surveillance clinic", """
Onc clinic. {{19 y/o|AGE}} M. Hx {{osteosarcoma|OSTEOSARCOMA|hist}} R femur, completed {{MAP|SYSTEMIC_THERAPY|hist}} 12/2024.
CT chest 1/3/26: 3 new RLL {{nodules|PULMONARY_NODULE}} (11, 8, 6 mm), c/w {{pulmonary metastases|LUNG_METASTASIS}}; background air trapping (BOS).
Echo 1/5: LVEF 45% - persistent {{grade 2 LV systolic dysfunction|TOXICITY}}, on enalapril/carvedilol; not back to baseline.
Meds: {{fluticasone|LOCAL_STEROID}} inhaler, azithromycin MWF, montelukast, {{levothyroxine|REPLACEMENT_THERAPY}}, enalapril, carvedilol.
{{KPS 70|KARNOFSKY}} - cares for self, stopped his part-time job.
"""),
N("2026-01-12", "Thoracic surgery / pulmonology", """
Joint thoracic surgery-pulmonology review. The 3 RLL {{nodules|PULMONARY_NODULE}} are peripheral and technically {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 1/9: {{FEV1 41%|PULMONARY_FUNCTION}}, {{DLCO 38%|PULMONARY_FUNCTION}} (BOS). {{Pulmonary reserve insufficient|PULMONARY_FUNCTION}}; {{not a surgical candidate because of his lung function|PULMONARY_FUNCTION}}.
Rec: non-surgical options (SBRT) to be discussed at tumor board.
"""),
])

# ---------------------------------------------------------------------------
# PM12 - excluded. 19F. Local recurrence 2024 -> pembrolizumab (TMB-high):
# PR then PD (secondary resistance); re-resected with wide margins; new local
# recurrence present now; never lung mets; pembrolizumab hypothyroidism
# grade 2 on levothyroxine; breastfeeding; postpartum MMR exactly 30 days
# before as_of.
# ---------------------------------------------------------------------------
patient("PM12", "2026-07-07", "H=m PM=n R=u ST=m A=m PS=m PF=u LR=m CPI=m PREG=m TOX=m VAX=m", [
N("2024-05-02", "Oncology clinic", """
Onc clinic. Maya T., {{DOB 11/21/2006|DOB}}, {{17 y/o|AGE}} F, seen with her mum.
Hx {{osteosarcoma|OSTEOSARCOMA|hist}} R proximal tibia dx 3/2022, completed {{MAP|SYSTEMIC_THERAPY|hist}} 1/2023, limb salvage 6/2022.
Now: {{local recurrence|LOCAL_RECURRENCE}} at the proximal tibia (bx 4/18/24). She and family decline amputation. CT chest 4/20: no {{pulmonary metastases|LUNG_METASTASIS|neg}}.
Tumor NGS: TMB 14 mut/Mb (TMB-high). {{PD-L1 IHC|LOOKALIKE}} 5%.
Plan: start {{pembrolizumab|CHECKPOINT_INHIBITOR|hyp}} 200 mg q3w (tissue-agnostic indication) 5/9/24; restage at 12 wks.
"""),
N("2024-08-20", "Clinic note", """
Restaging on {{pembrolizumab|CHECKPOINT_INHIBITOR}} (C1 5/9/24). MRI tibia 8/15: soft-tissue component 5.8 -> 3.1 cm. {{Partial response|TUMOR_RESPONSE}}. CT chest: no {{nodules|PULMONARY_NODULE|neg}}. Continue.
"""),
N("2025-02-18", "Clinic note", """
Onc f/u. {{Pembrolizumab|CHECKPOINT_INHIBITOR}} since 5/2024; {{PR|TUMOR_RESPONSE}} maintained 8/2024, 11/2024.
MRI 2/12/25: regrowth at the tibial site to 4.9 cm - {{progressive disease|TUMOR_RESPONSE}} after ~6 months of {{response|TUMOR_RESPONSE}}. {{Pembrolizumab|CHECKPOINT_INHIBITOR}} discontinued.
TSH 38, fT4 low since 11/2024: immune-related {{hypothyroidism, grade 2|TOXICITY}}, on {{levothyroxine|REPLACEMENT_THERAPY}} 100 mcg.
Plan: re-resection of the {{recurrence|LOCAL_RECURRENCE}} with ortho onc.
"""),
N("2025-04-30", "Operative summary", """
Operative summary 4/24/25: radical re-resection of recurrent osteosarcoma, R proximal tibia, revision endoprosthesis with gastrocnemius flap. Final margins wide and negative (closest 1.2 cm). No further therapy planned; surveillance.
""", ann=False),
N("2026-06-09", "Clinic note", """
Onc f/u - postpartum. Maya ({{19 yo|AGE}}) delivered a healthy girl 3/2/2026 (SVD, 38 wks). She is exclusively {{breastfeeding|LACTATION}}.
Rubella non-immune in {{pregnancy|PREGNANCY|hist}}; {{MMR|LIVE_VACCINE}} given postpartum at the OB office 6/7/2026.
{{Hypothyroidism|TOXICITY}} (post-{{pembrolizumab|CHECKPOINT_INHIBITOR|hist}}) persists: still on {{levothyroxine|REPLACEMENT_THERAPY}} 112 mcg, grade 2.
New R shin swelling x 3 wks. MRI ordered.
{{ECOG 1|ECOG}}.
"""),
N("2026-06-30", "Clinic note", """
Onc clinic. MRI R tibia 6/20: new 3.1 cm enhancing mass in the resection bed. Bx 6/25: recurrent {{osteosarcoma|OSTEOSARCOMA}} - second {{local recurrence|LOCAL_RECURRENCE}}, present now.
CT chest 6/22: no {{pulmonary nodules|PULMONARY_NODULE|neg}}, no {{pleural effusion|PLEURAL_EFFUSION|neg}}.
Still {{nursing|LACTATION}} the baby 6-8x/day.
{{ECOG 1|ECOG}}.
Plan: tumor board for local options (amputation discussed again).
"""),
])

# ---------------------------------------------------------------------------
# PM13 - eligible. 13M, Beijing referral (translated). Huaier granules
# listed as current in the letter, last dose 2026-03-16 = 15 days before
# as_of (outside the 2-week window). PD-L1 staining look-alike.
# ---------------------------------------------------------------------------
patient("PM13", "2026-03-31", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2026-02-26", "Referral letter (translated)", """
北京 Beijing Jingxi Children's Hospital, Bone Tumor Department
Referral letter (translated)

Patient: Liu Haoran  Gender: male  Age: {{13岁|AGE}} ({{13 years old|AGE}})  {{Date of birth: 2012.08.21|DOB}}
The patient was diagnosed as {{osteosarcoma|OSTEOSARCOMA}} (conventional, osteoblastic) of the left distal femur by biopsy on 2024.09.03.
Treatment: {{MAP|SYSTEMIC_THERAPY|hist}} neoadjuvant and adjuvant {{chemotherapy|SYSTEMIC_THERAPY|hist}} 2024.09-2025.04 ({{HD-MTX|SYSTEMIC_THERAPY|hist}} 12 g/m2, {{ADM|SYSTEMIC_THERAPY|hist}}, {{DDP|SYSTEMIC_THERAPY|hist}}); limb salvage surgery 2024.12.10, tumour necrosis rate 85%.
Follow-up chest CT 2026.01.20: a 10 mm {{nodule|PULMONARY_NODULE}} in the right upper lobe, considered {{pulmonary metastasis|LUNG_METASTASIS}}.
Current medicines: {{Huaier granules|IMMUNOMODULATOR}} 20 g three times daily (since 2025.10).
General condition good, {{Lansky 80|LANSKY}}. Weight 47 kg.
The family requests treatment of the lung lesion in your hospital.
"""),
N("2026-03-16", "International oncology consult", """
ONCOLOGY CONSULT (Mandarin interpreter). Historian: mother; grandfather present.
{{13 yo|AGE}} M with {{OS|OSTEOSARCOMA}} L distal femur, s/p {{MAP|SYSTEMIC_THERAPY|hist}} (last {{HD-MTX|SYSTEMIC_THERAPY|hist}} 4/2025) and limb salvage. Solitary 10 mm RUL {{nodule|PULMONARY_NODULE}} on Beijing CT; our CT 3/12: unchanged 10 mm, c/w {{metastasis|METASTASIS}}.
Meds: {{Huaier granules|IMMUNOMODULATOR}} - discussed; mother gave the last sachet this morning (3/16) and will stop from today. No other meds. Allergies: none.
Outside path: {{PD-L1 staining|LOOKALIKE}} negative (22C3).
Immunizations: hepatitis B series complete; {{inactivated flu vaccine|NONLIVE_VACCINE}} 11/2025 in Beijing.
Exam: Wt 46.8 kg, Ht 160 cm, BSA 1.44 m2. Walks without aid, mild limp.
{{Lansky 80|LANSKY}}.
Plan: {{PFTs|PULMONARY_FUNCTION}}; thoracic surgery; PROMIS pre-screen.
"""),
N("2026-03-20", "Thoracic surgery consult", """
Thoracic surgery. {{13 yo|AGE}}, solitary 10 mm peripheral RUL {{pulmonary metastasis|LUNG_METASTASIS}}.
{{PFTs|PULMONARY_FUNCTION}} 3/18: {{FEV1 96%|PULMONARY_FUNCTION}}, {{DLCO 90%|PULMONARY_FUNCTION}}, {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Imp: {{resectable|RESECTABLE}} by R {{VATS wedge resection|LUNG_RESECTION}}.
"""),
N("2026-03-27", "Social work note", """
Social work. Family (mother, maternal grandfather) staying at the family housing unit; father remains in Beijing with Haoran's younger brother, who has asthma. Mother worried about cost of a prolonged stay; international office reviewing a payment plan. Haoran misses his classmates; hospital teacher arranged Chinese-language maths worksheets. Family understands the plan for surgery and a possible study; no barriers identified beyond finances.
""", ann=False),
N("2026-03-30", "Research coordinator note", """
PROMIS pre-screen. {{13 yo|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} with 1 {{resectable|RESECTABLE}} RUL {{pulmonary metastasis|LUNG_METASTASIS}}; prior {{MAP|SYSTEMIC_THERAPY|hist}}; no {{gemcitabine|GEMCITABINE|neg}}, no {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|neg}}.
{{Huaier granules|IMMUNOMODULATOR|hist}}: last dose 2026-03-16 per mother (confirmed again today); the Beijing medication list of 2/26 is outdated.
{{Lansky 80|LANSKY}}. {{PFTs|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}}.
Screening visit booked 3/31.
"""),
])

# ---------------------------------------------------------------------------
# PM14 - needs_review. 16F, histology not settled (OS vs UPS, molecular
# pending), no therapy yet mentioned either way, reactive HIV screen awaiting
# confirmation, equivocal hCG, thyroid nodule Bethesda IV.
# ---------------------------------------------------------------------------
patient("PM14", "2026-09-01", "H=u PM=m R=m ST=u A=m PS=m PF=m HIV=u PREG=u OM=u", [
N("2026-07-28", "Oncology consult", """
AYA Oncology consult. Pt: Grace L., {{DOB 03/14/2010|DOB}}, {{16 yo|AGE}} F. Historian: patient and her aunt (guardian).
HPI: R shoulder mass x 2 mo. Outside core bx 7/20 (community hospital): "high-grade spindle cell neoplasm with possible osteoid; favour {{osteosarcoma|OSTEOSARCOMA|unc}}; definitive classification deferred to central review."
CT chest 7/24: 4 bilateral {{pulmonary nodules|PULMONARY_NODULE}} (6-13 mm), c/w {{metastases|METASTASIS}}. Incidental 1.8 cm L {{thyroid nodule|LOOKALIKE}}.
{{ECOG 0|ECOG}}.
Plan: central path review; thyroid US/FNA; treatment plan depends on final histology.
"""),
N("2026-08-12", "Pathology consult report", """
Central pathology review: high-grade pleomorphic spindle cell neoplasm. Focal eosinophilic matrix, osteoid vs collagen - equivocal. DDx: {{osteosarcoma|OSTEOSARCOMA|unc}} (fibroblastic) vs {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|unc}}. SATB2 patchy. MDM2 FISH and methylation profiling sent; final diagnosis to follow.
"""),
N("2026-08-19", "Thoracic surgery consult", """
Thoracic surgery. 16F, 4 bilateral peripheral {{nodules|PULMONARY_NODULE}} ({{metastatic|METASTASIS}}). All {{resectable|RESECTABLE}} with staged bilateral {{VATS wedge resections|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 8/18: {{normal spirometry, DLCO 97%|PULMONARY_FUNCTION}}; {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
"""),
N("2026-08-26", "Clinic note", """
Clinic. Adolescent confidential interview done with aunt out of room: sexually active, condoms "most of the time," LMP ~5 wks ago.
Labs 8/24: {{HIV-1/2 Ag/Ab|HIV}} {{reactive|HIV|unc}}; {{HIV-1/2 differentiation assay|HIV|unc}} pending. {{Serum beta-hCG|PREGNANCY_TEST}} 12 mIU/mL - {{equivocal|PREGNANCY_TEST|unc}}, repeat ordered.
Thyroid FNA 8/21: Bethesda IV (follicular neoplasm) - cannot exclude {{carcinoma|OTHER_MALIGNANCY|unc}}; ENT to discuss lobectomy.
Final tumor path still pending.
{{ECOG 0|ECOG}}.
"""),
N("2026-08-31", "Nurse telephone note", """
RN call: Grace did not go for the repeat hCG (transport problem); rescheduled 9/3. HIV differentiation assay not yet resulted. Methylation profiling for the sarcoma expected next week. Aunt updated.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM15 - excluded. 28F with Li-Fraumeni syndrome, Hangzhou referral:
# dedifferentiated chondrosarcoma (not OS), chemo-naive for the sarcoma
# (AC-T was for breast cancer 2024 - inside 5y), malignant effusion,
# pregnant, HIV on ART, Huaier current, PFTs adequate then insufficient.
# ---------------------------------------------------------------------------
patient("PM15", "2025-08-18", "H=n PM=m R=u ST=n A=m PS=m PF=n OM=m MPE=m PREG=m IMM=m HIV=m", [
N("2025-06-10", "Referral letter (translated)", """
Hangzhou Qiantang Oncology Hospital - Bone and Soft Tissue Tumor Center
Referral letter (English, translated by the patient's cousin)

Ms. Zhao, {{28 years old|AGE}}, female.
1. Li-Fraumeni syndrome (germline TP53 R248Q), her mother had {{breast cancer|OTHER_MALIGNANCY|fam}} at 34.
2. {{Left breast cancer|OTHER_MALIGNANCY|hist}} ({{invasive ductal carcinoma|OTHER_MALIGNANCY|hist}}), diagnosed by biopsy 2024.01.12, treated with {{AC-T chemotherapy|SYSTEMIC_THERAPY|hist}} (2024.02-2024.07) and mastectomy.
3. Right iliac mass 2025.03. Biopsy 2025.03.20: {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}}. Resected 2025.04.15. She did not receive {{chemotherapy|SYSTEMIC_THERAPY|neg}} for the {{chondrosarcoma|OTHER_SARCOMA}}.
4. Chest CT 2025.06.02: multiple {{nodules|PULMONARY_NODULE}} both lungs, considered {{metastasis|METASTASIS}}; right {{pleural effusion|PLEURAL_EFFUSION}}.
5. {{HIV infection|HIV}} since 2019, on {{antiretroviral therapy|HIV}}, viral load undetectable.
6. {{Pregnancy|PREGNANCY}}: {{IUP|PREGNANCY}} 11 weeks by ultrasound 2025.06.05.
Medicine: dolutegravir-based {{ART|HIV}}, {{Huaier granules|IMMUNOMODULATOR}}, folic acid.
{{PFT|PULMONARY_FUNCTION}}: {{adequate|PULMONARY_FUNCTION}} (2025.05).
{{WHO PS 1|ECOG}}.
"""),
N("2025-07-02", "Oncology consult", """
Adult oncology consult (visiting), Mandarin interpreter.
{{28 y/o|AGE}} F, LFS. {{Dedifferentiated chondrosarcoma|OTHER_SARCOMA}} R ilium s/p resection 4/2025 - {{chemotherapy-naive|CHEMO_NAIVE}} for the {{sarcoma|OTHER_SARCOMA}} (her {{doxorubicin|SYSTEMIC_THERAPY|hist}}-containing {{AC-T|SYSTEMIC_THERAPY|hist}} in 2024 was for {{breast cancer|OTHER_MALIGNANCY|hist}}).
R {{pleural effusion|PLEURAL_EFFUSION}} tapped 6/28: cytology {{positive for malignant cells|MALIGNANT_EFFUSION}} (dedifferentiated {{chondrosarcoma|OTHER_SARCOMA}}) - {{malignant effusion|MALIGNANT_EFFUSION}}.
Bilateral {{lung mets|LUNG_METASTASIS}}.
{{Pregnant|PREGNANCY}}, ~15 wks. {{HIV|HIV}} VL undetectable on {{ART|HIV}}.
Still taking {{Huaier granules|IMMUNOMODULATOR}} daily.
{{ECOG 1|ECOG}}.
"""),
N("2025-07-30", "Pulmonology consult", """
Pulmonology. Restrictive pattern with recurrent R {{malignant effusion|MALIGNANT_EFFUSION}} and gravid uterus. {{PFTs|PULMONARY_FUNCTION}} 7/29: {{FEV1 48%|PULMONARY_FUNCTION}}, FVC 51%. {{Reserve insufficient for thoracic surgery|PULMONARY_FUNCTION}}; this {{supersedes|CORRECTION}} the outside {{PFT|PULMONARY_FUNCTION}} report of 5/2025 that called her function adequate.
"""),
N("2025-08-12", "Clinic note", """
Onc f/u. {{20 weeks gestation|PREGNANCY}}, MFM co-managing. Pleural catheter draining weekly.
{{ECOG 2|ECOG}}. Continues {{Huaier|IMMUNOMODULATOR}} (her mother brings it from Hangzhou). {{HIV|HIV}} undetectable.
Plan: palliative-intent discussion; no surgery.
"""),
N("2025-08-15", "Social work note", """
Social work. Ms. Zhao lives with her husband and cousin in temporary housing. Husband works remotely. She wants to continue the pregnancy and understands the team's concerns. MFM, oncology and HIV clinic visits coordinated on the same day where possible. Interpreter booked for all visits. Emotional support offered; chaplaincy declined.
""", ann=False),
])
# ---------------------------------------------------------------------------
# PM16 - needs_review. 11F: only tiny indeterminate nodules; GP "catch-up
# vaccines" of unknown type; "steroids" at urgent care 6 days before as_of,
# route unknown; palivizumab "reaction" of unknown grade; melanocytic lesion
# pending (r/o melanoma).
# ---------------------------------------------------------------------------
patient("PM16", "2025-07-15", "H=m PM=u R=u ST=m A=m PS=m PF=u VAX=u MAB=u OM=u STER=u", [
N("2023-05-11", "Oncology consult", """
Oncology consult. 9 yo girl, ex-29-weeker (NICU 8 wks, palivizumab in first RSV season). R proximal tibia pain, bx 5/8/23: high-grade conventional osteosarcoma. CT chest clear. Mother historian; father present. Plan MAP, limb salvage with expandable prosthesis. Wt 27 kg, BSA 0.99.
""", ann=False),
N("2024-04-02", "End of therapy summary", """
EOT - Isla F., {{DOB 02/03/2014|DOB}}. {{Osteosarcoma|OSTEOSARCOMA}} R proximal tibia dx 5/2023.
Completed {{MAP|SYSTEMIC_THERAPY|hist}} 3/2024; expandable endoprosthesis 8/2023; necrosis 94%.
{{Grade 3 mucositis|TOXICITY|hist}} cycle 5, resolved. Audiogram normal. Echo normal.
{{Lansky 90|LANSKY}}.
"""),
N("2025-06-24", "Surveillance clinic", """
Surveillance. Isla, {{11 yo|AGE}}, with mum.
CT chest 6/20: several new 2-3 mm {{nodules|PULMONARY_NODULE}} bilaterally - indeterminate, too small to characterize; {{early metastases|METASTASIS|unc}} not excluded vs. post-infectious (cold in May). Plan short-interval CT in 8 wks.
Skin: 6 mm irregular pigmented lesion L upper back, mum says it has changed; derm referral.
{{Lansky 90|LANSKY}}.
"""),
N("2025-07-11", "Clinic note", """
Clinic - interim visit (mum's request).
Mum reports Isla had "her {{catch-up vaccines|LIVE_VACCINE|unc}}" at the {{GP surgery|LOOKALIKE}} last week; she does not know which ones (the doctor was following the post-{{chemo|SYSTEMIC_THERAPY|hist}} re-immunization letter, which lists both {{MMR|LIVE_VACCINE|unc}}/{{varicella|LIVE_VACCINE|unc}} and {{inactivated vaccines|NONLIVE_VACCINE|unc}}). {{GP office|LOOKALIKE}} closed until 7/21.
Urgent care Wed 7/9 for wheeze after a cold: mum says "they gave her {{steroids|SYSTEMIC_STEROID|unc}}" - she cannot remember whether it was a drink or in the nebulizer; no discharge paperwork.
Allergies: {{palivizumab (Synagis)|MONOCLONAL_ANTIBODY|hist}} - "{{reaction|ALLERGIC_REACTION|hist}}" in NICU per old records; nature and grade not recorded.
Derm excision 7/8 of back lesion: prelim "atypical melanocytic proliferation" - r/o {{melanoma|OTHER_MALIGNANCY|unc}}; final pathology pending.
Exam: lungs clear today. Wt 38 kg.
{{Lansky 90|LANSKY}}. {{11 y/o|AGE}}.
Plan: obtain the family doctor's and urgent-care records; repeat CT 8/15; follow up derm path.
"""),
N("2025-07-14", "Nurse telephone note", """
RN call to GP office - closed, voicemail left; vaccine records not available until 7/21. Urgent care faxing records "within 5 business days." Dermpath still pending (sent for FISH). Mum updated; no new wheeze.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM17 - eligible. 24M. Nivolumab: SD at 6 wks, iUPD 12 wks, iCPD 16 wks
# (SD < 4 months -> primary resistance). Prednisone taper finished 8 days
# before as_of. Papillary thyroid microcarcinoma: pathology 5 years + 1 day
# before as_of. Inactivated flu + mRNA COVID vaccines.
# ---------------------------------------------------------------------------
patient("PM17", "2026-10-20", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2025-01-06", "Oncology clinic", """
Adult bone tumor clinic. Marcus D., {{DOB 03/17/2002|DOB}}, {{22 yo|AGE}} M.
Onc Hx: {{osteosarcoma|OSTEOSARCOMA|hist}} R femur dx 2019, {{MAP|SYSTEMIC_THERAPY|hist}} 2019-2020, limb salvage. 2021 {{lung mets|LUNG_METASTASIS|hist}} -> R {{thoracotomy|LUNG_RESECTION|hist}} + {{ifosfamide/etoposide|SYSTEMIC_THERAPY|hist}} x 4.
Other: {{papillary thyroid microcarcinoma|OTHER_MALIGNANCY|hist}} - total thyroidectomy, pathology dated 10/19/2021; on {{levothyroxine|REPLACEMENT_THERAPY}}.
CT 12/20/24: 3 new RLL {{nodules|PULMONARY_NODULE}} (9, 7, 5 mm), c/w {{metastases|METASTASIS}}.
Plan: start {{nivolumab|CHECKPOINT_INHIBITOR}} 480 mg q4w today; first scan at 6 wks; iRECIST.
"""),
N("2025-02-18", "Clinic note", """
6-week restaging on {{nivolumab|CHECKPOINT_INHIBITOR}} (C1 1/6/25): RLL {{nodules|PULMONARY_NODULE}} 9->10, 7->7, 5->6 mm. {{Stable disease|TUMOR_RESPONSE}}. Continue.
"""),
N("2025-04-01", "Clinic note", """
12-week restaging on {{nivolumab|CHECKPOINT_INHIBITOR}}: largest RLL {{nodule|PULMONARY_NODULE}} 14 mm, new 4 mm LLL {{nodule|PULMONARY_NODULE}}. {{iUPD|TUMOR_RESPONSE}}. Clinically well; continue, confirm at 4 wks.
"""),
N("2025-05-02", "Clinic note", """
Confirmatory CT 4/29: further growth (RLL 19 mm) and a second new {{nodule|PULMONARY_NODULE}} - {{iCPD|TUMOR_RESPONSE}}. {{Nivolumab|CHECKPOINT_INHIBITOR}} stopped (last dose 3/31/25). {{Best response SD|TUMOR_RESPONSE}}, which lasted < 3 months before {{progression|TUMOR_RESPONSE}} (primary resistance).
Plan: bilateral {{metastasectomy|LUNG_RESECTION}}.
"""),
N("2026-09-02", "Surveillance clinic", """
Surveillance, 16 mo after bilateral {{metastasectomy|LUNG_RESECTION|hist}} (5/2025, NED since).
CT chest 8/28/26: new solitary 9 mm peripheral LUL {{nodule|PULMONARY_NODULE}}, c/w {{metastasis|METASTASIS}} per radiology.
Thoracic surgery (Dr. Nakamura) seen today: {{resectable|RESECTABLE}} by L {{VATS wedge resection|LUNG_RESECTION}}. {{PFTs|PULMONARY_FUNCTION}} 8/31: {{FEV1 84%|PULMONARY_FUNCTION}}, {{DLCO 78%|PULMONARY_FUNCTION}} - {{adequate for a further wedge|PULMONARY_FUNCTION}}.
"""),
N("2026-10-14", "Clinic note", """
Pre-screen visit. {{24 y/o|AGE}} M.
Interval: poison ivy after a camping trip - urgent care gave a {{prednisone|SYSTEMIC_STEROID|hist}} taper 9/28-10/12; took the last tablet 10/12, none since. Rash resolved.
Vaccines 10/1: {{influenza (inactivated, IM)|NONLIVE_VACCINE}} and {{COVID-19 mRNA booster|NONLIVE_VACCINE}}.
Meds: {{levothyroxine|REPLACEMENT_THERAPY}} 125 mcg. No other meds.
Toxicity review: no {{neuropathy|TOXICITY|neg}}; no {{hearing loss|TOXICITY|neg}}; mild {{fatigue|TOXICITY}}.
{{ECOG 1|ECOG}}.
"""),
N("2026-10-16", "Research coordinator note", """
PROMIS pre-screen summary: osteosarcoma with a single resectable LUL metastasis, PFTs adequate, ECOG 1, prior MAP and ifosfamide/etoposide. Prior nivolumab 1-3/2025: best response SD at 6 weeks, iUPD at 12 weeks, iCPD confirmed 4/29/25 - primary resistance per protocol definition. Prednisone taper ended 10/12/2026. Thyroid microcarcinoma pathology dated 10/19/2021. Screening visit 10/20/2026.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM18 - excluded. 34F mandible OS (surgery only, chemo-naive). Living-donor
# kidney transplant (brother) for lupus nephritis; lupus flare 01/2025 with
# pulse methylprednisolone; tacrolimus/azathioprine/prednisone now;
# belimumab anaphylaxis grade 3; breastfeeding. Lung met first called
# resectable by lobectomy, later abuts left main bronchus -> pneumonectomy.
# ---------------------------------------------------------------------------
patient("PM18", "2026-06-30", "H=m PM=m R=n ST=n A=m PS=m PF=u ALLO=m AI=m STER=m MAB=m PREG=m", [
N("2025-02-20", "Head and neck oncology consult", """
H&N MDT consult. {{33 yo|AGE}} F, jaw swelling x 4 mo.
Bx 2/11/25: {{chondroblastic osteosarcoma|OSTEOSARCOMA}} of the L mandible, high grade. CT chest: no {{metastases|METASTASIS|neg}}.
PMH: {{SLE|AUTOIMMUNE_DISEASE}} with class IV {{lupus nephritis|AUTOIMMUNE_DISEASE}} -> {{living-donor kidney transplant|TRANSPLANT|hist}} 2019 (donor: brother). {{Lupus|AUTOIMMUNE_DISEASE}} flare 1/2025 (arthritis, rash) treated with pulse {{methylprednisolone|SYSTEMIC_STEROID|hist}} + {{hydroxychloroquine|DMARD}}.
Meds: {{tacrolimus|IMMUNOSUPPRESSANT}}, {{mycophenolate|IMMUNOSUPPRESSANT}}, {{prednisone|SYSTEMIC_STEROID}} 5 mg, {{hydroxychloroquine|DMARD}}.
Allergies: {{belimumab|MONOCLONAL_ANTIBODY|hist}} - {{grade 3 anaphylaxis|ALLERGIC_REACTION|hist}} (2024).
Plan: segmental mandibulectomy + fibula free flap. Given the {{transplant|TRANSPLANT}} and graft function, {{adjuvant chemotherapy|SYSTEMIC_THERAPY|hyp}} not planned.
"""),
N("2025-05-10", "Operative summary", """
Operative summary 5/6/25: L segmental mandibulectomy, fibula free flap reconstruction. Margins negative. Post-op course uneventful. MDT: surveillance; no chemotherapy. Patient disclosed she is 7 weeks pregnant (planned); transplant nephrology switched mycophenolate to azathioprine.
""", ann=False),
N("2026-05-20", "Oncology clinic", """
Onc clinic. Delivered a healthy boy 3/28/2026; {{breastfeeding|LACTATION}}.
CT chest 5/15: 2.4 cm LLL {{mass|PULMONARY_NODULE}}, central, and 2 small RUL {{nodules|PULMONARY_NODULE}}; PET-avid; c/w {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} to the lungs.
Thoracic surgery first look: LLL lesion likely {{resectable|RESECTABLE}} by L lower {{lobectomy|LUNG_RESECTION}}; bronchoscopy and CT angiography to define the relationship to the hilum.
{{KPS 80|KARNOFSKY}}.
"""),
N("2026-06-10", "Thoracic surgery note", """
Thoracic surgery - after bronchoscopy/CTA 6/8. The LLL {{mass|PULMONARY_NODULE}} abuts and indents the {{left main stem bronchus|CENTRAL_STRUCTURE}} and encases the proximal {{left main pulmonary artery|CENTRAL_STRUCTURE}}. Complete removal would require a left {{pneumonectomy|PNEUMONECTOMY}}; {{not resectable by lobectomy or wedge|UNRESECTABLE}}. This replaces my impression of 5/20.
RUL {{nodules|PULMONARY_NODULE}} (4, 5 mm) small.
Not recommending {{pneumonectomy|PNEUMONECTOMY|neg}} in a {{transplant|TRANSPLANT}} recipient.
"""),
N("2026-06-24", "Transplant nephrology note", """
{{Renal transplant|TRANSPLANT}} clinic. Cr 1.3 (baseline). {{Lupus|AUTOIMMUNE_DISEASE}} quiet since the 1/2025 flare.
Meds: {{tacrolimus|IMMUNOSUPPRESSANT}} (trough 6.1), {{azathioprine|IMMUNOSUPPRESSANT}} 100 mg (kept on while {{breastfeeding|LACTATION}}), {{prednisone|SYSTEMIC_STEROID}} 5 mg daily, {{hydroxychloroquine|DMARD}} 200 mg.
{{Osteosarcoma|OSTEOSARCOMA}}: {{has not received chemotherapy|CHEMO_NAIVE}}.
{{KPS 80|KARNOFSKY}}. {{34 yo|AGE}} (35 next month).
"""),
])

# ---------------------------------------------------------------------------
# PM19 - needs_review. 17M: only Lansky (ECOG needed); hearing loss of
# undocumented grade; "steroids" yesterday of unknown route; "research
# study" with an antibody infusion and a reaction (type/grade unknown);
# suspected Crohn's under work-up.
# ---------------------------------------------------------------------------
patient("PM19", "2026-11-10", "H=m PM=m R=m ST=m A=m PS=u PF=m TOX=u STER=u INV=u MAB=u AI=u", [
N("2024-01-22", "Oncology consult", """
Oncology consult. 14 yo boy with L arm pain after a fall; XR showed a destructive proximal humeral lesion. Bx 1/18/24: osteosarcoma, conventional, high grade. CT chest negative. PMH: stage 4 neuroblastoma at age 2 (2011), treated with induction chemotherapy, tandem autologous stem cell transplant (2012) and radiation; NED since. Mum and dad separated; lives with mum, spends summers with dad in Ohio. Plan MAP. Sperm banking done 1/20.
""", ann=False),
N("2024-09-30", "End of therapy summary", """
EOT. Tyler J., {{DOB 06/02/2009|DOB}}. {{Osteosarcoma|OSTEOSARCOMA}} L proximal humerus.
{{MAP|SYSTEMIC_THERAPY|hist}} completed 9/2024; proximal humerus resection + endoprosthesis 4/2024.
Audiogram 9/24: new high-frequency {{hearing loss|TOXICITY}} bilaterally; audiology to assign grade at f/u.
{{Lansky 90|LANSKY}}.
"""),
N("2026-09-14", "Surveillance clinic", """
Surveillance. {{17 yo|AGE}}, with mum.
CT chest 9/10: 2 new LUL {{nodules|PULMONARY_NODULE}} (10 and 6 mm), consistent with {{metastases|METASTASIS}}.
PMH reminder: {{neuroblastoma|OTHER_MALIGNANCY|hist}} 2011, s/p {{tandem autologous stem cell transplant|TRANSPLANT|hist}} 2012.
Hearing: says he still struggles in noisy rooms; audiology f/u never completed - grade of {{hearing loss|TOXICITY}} not documented.
New: 3 mo of loose stools, wt down 3 kg. Calprotectin 480. GI referral - r/o {{Crohn's disease|AUTOIMMUNE_DISEASE|unc}}; no treatment given.
{{Lansky 80|LANSKY}}.
Plan: thoracic surgery; {{PFTs|PULMONARY_FUNCTION}}.
"""),
N("2026-10-28", "Thoracic surgery consult", """
Thoracic surgery. 2 LUL {{nodules|PULMONARY_NODULE}}, peripheral - {{resectable|RESECTABLE}} by {{VATS wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 10/27: {{FEV1 93%|PULMONARY_FUNCTION}}, {{DLCO 89%|PULMONARY_FUNCTION}} - {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
Dad (on speaker) mentions Tyler "signed up for a {{research study|INVESTIGATIONAL|unc}}" at a Columbus hospital on 10/20 while visiting and "got an infusion there"; Tyler is not sure what it was.
"""),
N("2026-11-05", "Clinic note", """
Clinic. {{17 yo|AGE}} M, mum present.
Columbus visit 10/20: per Tyler, during the infusion of "an {{antibody|MONOCLONAL_ANTIBODY|unc}}" he got hives and felt wheezy; they stopped it and gave him medicine. Grade and drug name not available; unclear whether this was a {{study drug|INVESTIGATIONAL|unc}} or standard care. Records requested (ROI signed).
Urgent care yesterday (11/4) for an asthma flare: given "{{steroids|SYSTEMIC_STEROID|unc}}" - mum unsure whether tablets or nebulized; no paperwork.
GI: colonoscopy 11/20 to evaluate for {{Crohn's|AUTOIMMUNE_DISEASE|unc}}.
{{Hearing loss|TOXICITY}}: grade still not documented.
{{Lansky 80|LANSKY}}. (Peds clinic template; adult performance scale not recorded.)
"""),
])

# ---------------------------------------------------------------------------
# PM20 - excluded. 45M, Guangzhou referral. GD regimen; toripalimab +
# anlotinib: SD for ~6 months then PD (secondary resistance); Kanglaite and
# thymalfasin within 2 weeks; HIV on ART; present local recurrence; malignant
# pleural effusion; KPS 80 earlier but newest ECOG 3.
# ---------------------------------------------------------------------------
patient("PM20", "2025-06-20", "H=m PM=m R=u ST=m A=m PS=n PF=u CPI=m GEM=m IMM=m MPE=m LR=m HIV=m", [
N("2025-05-26", "Referral letter (translated)", """
Guangzhou Southern Bone Tumor Center - REFERRAL (translated), dated 26-05-2025
Name: Huang W., male, {{45 years old|AGE}}.
Diagnosis: {{osteosarcoma|OSTEOSARCOMA}} of left proximal humerus (biopsy 2021.04.06), {{pulmonary metastasis|LUNG_METASTASIS}}.
Course:
2021.04-2021.10 {{MAP|SYSTEMIC_THERAPY|hist}} {{chemotherapy|SYSTEMIC_THERAPY|hist}}, tumour segment resection 2021.07.
2023.03 {{lung metastasis|LUNG_METASTASIS|hist}}, VATS {{wedge resection|LUNG_RESECTION|hist}}.
2024.02 new {{lung nodules|PULMONARY_NODULE}}: {{GD regimen|GEMCITABINE|hist}} x4 cycles, evaluation {{PD|TUMOR_RESPONSE}} (2024.07).
2024.09.10 start {{toripalimab|CHECKPOINT_INHIBITOR|hist}} + {{anlotinib|SYSTEMIC_THERAPY|hist}}: evaluation 2024.11 {{SD|TUMOR_RESPONSE}}, 2025.01 {{SD|TUMOR_RESPONSE}}, 2025.03 {{SD|TUMOR_RESPONSE}}; 2025.04.15 {{PD|TUMOR_RESPONSE}}, stopped.
2025.04- {{Kanglaite injection|IMMUNOMODULATOR}} and {{thymalfasin|IMMUNOMODULATOR}}.
2025.05 MRI: soft tissue mass at the left proximal humerus operation site, {{local recurrence|LOCAL_RECURRENCE}}. Right {{pleural effusion|PLEURAL_EFFUSION}}, cytology: {{tumour cells found|MALIGNANT_EFFUSION}}.
Other: {{HIV positive|HIV}} since 2019, {{antiviral therapy|HIV}} TDF+3TC+DTG.
{{KPS 80|KARNOFSKY}} (2025.03).
"""),
N("2025-06-05", "Oncology consult", """
Adult onc consult, Cantonese interpreter; wife present.
{{45 yo|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} L humerus with {{pulmonary metastases|LUNG_METASTASIS}}. Tx: {{MAP|SYSTEMIC_THERAPY|hist}}, {{gemcitabine/docetaxel|GEMCITABINE|hist}}, then {{toripalimab|CHECKPOINT_INHIBITOR|hist}} ({{anti-PD-1|CHECKPOINT_INHIBITOR|hist}}) + {{anlotinib|SYSTEMIC_THERAPY|hist}} 9/2024-4/2025: {{stable disease|TUMOR_RESPONSE}} ~6 months, then {{progression|TUMOR_RESPONSE}} 4/15/2025.
Last {{Kanglaite|IMMUNOMODULATOR}} infusion 6/3/2025 in Guangzhou; {{thymalfasin|IMMUNOMODULATOR}} 1.6 mg twice weekly, brought with him, still taking.
L shoulder mass growing - {{local recurrence|LOCAL_RECURRENCE}} present.
R {{pleural effusion|PLEURAL_EFFUSION}}: outside cytology positive; our tap 6/4 - cytology {{positive for malignant spindle cells|MALIGNANT_EFFUSION}} = {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
{{HIV|HIV}} VL < 20 on {{ART|HIV}}.
Spends most of the day in a recliner; needs help showering. {{ECOG 3|ECOG}}.
"""),
N("2025-06-12", "Tumor board", """
Tumor board: 45M with osteosarcoma, active local recurrence of the humerus, malignant right pleural effusion, pulmonary metastases after MAP, gemcitabine-docetaxel and toripalimab (SD ~6 mo then PD), ECOG 3. Not a surgical candidate for any thoracic procedure in the current state; not eligible for PROMIS. Recommend palliative radiotherapy to the shoulder and indwelling pleural catheter.
""", ann=False),
N("2025-06-18", "Palliative care consult", """
Palliative care. {{ECOG 3|ECOG}}. Pain in L shoulder from the {{local recurrence|LOCAL_RECURRENCE}}, controlled on oxycodone. Dyspnea improved after pleural catheter. Wife asks whether the Chinese medicines ({{Kanglaite|IMMUNOMODULATOR}}, {{thymalfasin|IMMUNOMODULATOR}}) can continue - discussed, will stop {{thymalfasin|IMMUNOMODULATOR}}; the family will decide about {{Kanglaite|IMMUNOMODULATOR}}.
"""),
])
# ---------------------------------------------------------------------------
# PM21 - needs_review. Chengdu referral with no age or DOB anywhere:
# second-line regimen unknown, PD-1 inhibitor without efficacy data, an
# unnamed Chinese patent medicine, hCG pending; no PFTs.
# ---------------------------------------------------------------------------
patient("PM21", "2026-04-01", "H=m PM=m R=m ST=m A=u PS=u PF=u CPI=u IMM=u PREG=u GEM=u", [
N("2026-03-18", "Referral letter (translated)", """
Chengdu Jinjiang Oncology Hospital, Department of Bone and Soft Tissue Oncology
Case summary for referral (translated)

Patient: Zhou Xiaomei, female. Age: (see ID card copy).
The patient was diagnosed as {{osteosarcoma|OSTEOSARCOMA}} (conventional type) of the right distal femur, biopsy on 2023/5/10.
1) {{MAP|SYSTEMIC_THERAPY|hist}} {{chemotherapy|SYSTEMIC_THERAPY|hist}} 2023/5-2023/12; limb salvage surgery 2023/8/17.
2) 2025/10/8 chest CT: 3 {{nodules|PULMONARY_NODULE}} in RLL and RML, diagnosed as {{lung metastases|LUNG_METASTASIS}}.
3) 2025/10-2025/11 second-line {{chemotherapy|SYSTEMIC_THERAPY|hist}} at a county hospital; the regimen was not recorded in the summary we received (family recalls a name like "ji-xi-ta-bin", possibly {{gemcitabine|GEMCITABINE|unc,hist}}).
4) 2025/11-2026/1 {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|hist}} 4 cycles (drug name not recorded). Efficacy evaluation not available.
5) At present she takes capsules from a local traditional-medicine clinic; name, composition and indication not recorded.
Thoracic surgery consultation (2026/3/10): the 3 {{nodules|PULMONARY_NODULE}} are peripheral and {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}} or {{segmentectomy|LUNG_RESECTION}}.
{{ECOG 1|ECOG}}.
"""),
N("2026-03-25", "International oncology consult", """
Onc consult via Mandarin interpreter; pt and husband.
{{Osteosarcoma|OSTEOSARCOMA}} R femur 2023, s/p {{MAP|SYSTEMIC_THERAPY|hist}}; 3 {{lung mets|LUNG_METASTASIS}} since 10/2025; {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|hist}} x4 (name, scans and efficacy unknown); second-line {{chemo|SYSTEMIC_THERAPY|hist}} regimen unknown.
Capsules: "brown capsules from the Chinese medicine clinic"; she took them until about a week ago but is not sure of the date; no label - possibly a {{Chinese patent medicine|IMMUNOMODULATOR|unc}}, indication unknown.
LMP ~7 wks ago (irregular). {{Urine hCG|PREGNANCY_TEST}} sent - {{pending|PREGNANCY_TEST|unc}}.
Pt declined to state her age at the visit; registration has an ID scan that is not legible. Date of birth to be confirmed from passport.
{{ECOG 1|ECOG}}.
No {{PFTs|PULMONARY_FUNCTION|neg}} on file.
"""),
N("2026-03-30", "Research coordinator note", """
PROMIS pre-screen: age/DOB still not confirmed (passport copy requested). Second-line regimen unknown - gemcitabine neither confirmed nor excluded. PD-1 inhibitor response unknown. Capsule medicine unidentified. Urine hCG sample hemolysed/not resulted - recollect. PFTs not done. Cannot complete eligibility.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM22 - eligible. Turns 10 exactly on as_of (DOB given). "OS" also used
# for oculus sinister (eye drops) and overall survival; cousin's leukaemia;
# grade 2 hypomagnesaemia resolved; rotationplasty.
# ---------------------------------------------------------------------------
patient("PM22", "2026-11-30", "H=m PM=m R=m ST=m A=m PS=m PF=m", [
N("2024-06-18", "Oncology consult", """
PEDIATRIC ONCOLOGY NEW CONSULT - Riverside Children's Medical Center
Pt: Olivia S.   {{DOB: 11/30/2016|DOB}}   Historian: mum and dad.
{{7 yo|AGE}} girl, R knee swelling x 5 wks, limping. Bx 6/14/24: {{conventional osteosarcoma|OSTEOSARCOMA}} (osteoblastic), R distal femur. CT chest: no {{nodules|PULMONARY_NODULE|neg}}.
FHx: maternal cousin (12) treated for {{ALL|OTHER_MALIGNANCY|fam}}, in remission.
Discussed prognosis: {{5-year OS|LOOKALIKE}} around 70% for localized disease.
Wt 24 kg, Ht 124 cm, BSA 0.91 m2.
{{Lansky 80|LANSKY}}.
Plan: {{MAP|SYSTEMIC_THERAPY|hyp}}; surgical options incl. rotationplasty vs expandable prosthesis.
"""),
N("2025-01-30", "End of therapy summary", """
EOT. Olivia S., 8 yo. R distal femur osteosarcoma. MAP 6/2024-1/2025; Van Nes rotationplasty 9/2024 (necrosis 97%). Toxicity: grade 2 hypomagnesemia on oral Mg during cisplatin, grade 3 mucositis x1; both resolved. Audiogram normal. Fitted with rotationplasty prosthesis 12/2024.
""", ann=False),
N("2026-10-22", "Surveillance clinic", """
Surveillance. Olivia, {{9 yo|AGE}}, with mum.
CT chest 10/19: two new LLL {{nodules|PULMONARY_NODULE}} (8 and 6 mm), c/w {{pulmonary metastases|LUNG_METASTASIS}}.
Eyes: {{allergic conjunctivitis|LOOKALIKE}} since Sept - {{loteprednol 0.2% drops OS|LOCAL_STEROID}} (left eye) BID per ophthalmology.
Off {{chemo|SYSTEMIC_THERAPY|hist}} since 1/2025. Prior {{grade 2 hypomagnesemia|TOXICITY|hist}} resolved; off Mg.
{{Lansky 80|LANSKY}} - runs and plays with her prosthesis, sits out some PE.
"""),
N("2026-11-10", "Thoracic surgery consult", """
Thoracic surgery. 2 peripheral LLL {{nodules|PULMONARY_NODULE}}, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}. {{Resectable|RESECTABLE}} by L {{VATS wedge resection|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 11/7 (age-appropriate, good effort): {{FEV1 104%|PULMONARY_FUNCTION}}; {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
"""),
N("2026-11-24", "Clinic note", """
Peds Onc - PROMIS pre-screen. Olivia is {{9 yo|AGE}} and turns 10 on Sunday (11/30), the day of her screening visit.
Mum: no illnesses, no new medicines apart from the eye drops ({{loteprednol|LOCAL_STEROID}}, left eye). {{Inactivated flu vaccine|NONLIVE_VACCINE}} 10/2025; no other vaccines this year.
No {{toxicities|TOXICITY|neg}} > grade 1. No ongoing {{hypomagnesemia|TOXICITY|neg}}.
Wt 31 kg, BSA 1.05 m2.
{{Lansky 80|LANSKY}}.
A/P: {{osteosarcoma|OSTEOSARCOMA}} with 2 {{resectable|RESECTABLE}} LLL {{pulmonary metastases|LUNG_METASTASIS}}, prior {{MAP|SYSTEMIC_THERAPY|hist}}. If enrolled: SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} + {{gemcitabine|GEMCITABINE|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}.
"""),
N("2026-11-27", "Child life note", """
Child life. Olivia brought her rotationplasty prosthesis decorated with unicorn stickers and showed the team how she can jump. Planned a small birthday celebration for Sunday's clinic visit with her older brother. Used a doll with a "chest port" to prepare her for the lung surgery; she asked if she will be awake (explained anesthesia). Parents coping well.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM23 - excluded. 8F, new localized OS (no lung mets), chemo-naive (MAP
# planned), liver transplant for autoimmune hepatitis with recurrent AIH
# 11/2025 treated with prednisolone; on tacrolimus + prednisolone;
# screen-failed another study (never dosed).
# ---------------------------------------------------------------------------
patient("PM23", "2026-09-25", "H=m PM=n R=u ST=n A=n PS=m PF=u ALLO=m STER=m AI=m", [
N("2026-09-10", "Oncology consult", """
Pediatric Oncology consult. Pt: Zoe H., {{DOB 01/14/2018|DOB}}. Historian: mum; dad on FaceTime.
{{8 yo|AGE}} girl with L knee pain x 6 wks. MRI: L distal femoral metaphyseal lesion, 5 cm. Bx 9/8/26: {{conventional osteosarcoma|OSTEOSARCOMA}}, high grade.
Staging CT chest 9/9: no {{pulmonary metastases|LUNG_METASTASIS|neg}}. Bone scan: primary only.
PMH: {{autoimmune hepatitis|AUTOIMMUNE_DISEASE}} type 1 dx 2020 -> acute liver failure -> {{deceased-donor liver transplant|TRANSPLANT|hist}} 5/2022. {{Recurrent AIH|AUTOIMMUNE_DISEASE}} on biopsy 11/2025, treated by increasing {{prednisolone|SYSTEMIC_STEROID}}.
Meds: {{tacrolimus|IMMUNOSUPPRESSANT}} 2 mg BID, {{prednisolone|SYSTEMIC_STEROID}} 5 mg daily, {{azathioprine|IMMUNOSUPPRESSANT}} 25 mg.
{{Chemotherapy-naive|CHEMO_NAIVE}}.
Wt 25 kg, Ht 128 cm, BSA 0.94 m2.
{{Lansky 80|LANSKY}}.
Plan: {{MAP|SYSTEMIC_THERAPY|hyp}} with liver-team co-management; fertility consult (ovarian tissue cryopreservation discussed).
"""),
N("2026-09-15", "Transplant hepatology note", """
Hepatology ({{liver transplant|TRANSPLANT}} clinic). Graft function stable (ALT 38). {{AIH|AUTOIMMUNE_DISEASE}} recurrence 11/2025 responded to {{prednisolone|SYSTEMIC_STEROID}} 2 mg/kg with taper to 5 mg; continue {{prednisolone|SYSTEMIC_STEROID}} 5 mg, {{tacrolimus|IMMUNOSUPPRESSANT}} (target 4-6), {{azathioprine|IMMUNOSUPPRESSANT}}.
Immunizations: no {{live vaccines|LIVE_VACCINE|neg}} post-{{transplant|TRANSPLANT}}; {{inactivated flu vaccine|NONLIVE_VACCINE}} due 10/2026.
"""),
N("2026-09-18", "Research note", """
Research: Zoe consented 9/14 to a frontline {{osteosarcoma|OSTEOSARCOMA}} {{study|INVESTIGATIONAL|neg}} but screen-failed 9/17 ({{liver transplant|TRANSPLANT|hist}} recipient on {{immunosuppression|IMMUNOSUPPRESSANT}}) - no {{study treatment|INVESTIGATIONAL|neg}} given. Will receive standard-of-care {{MAP|SYSTEMIC_THERAPY|hyp}}, start 9/28. Remains {{chemotherapy-naive|CHEMO_NAIVE}} today.
"""),
N("2026-09-22", "Child life / social work note", """
Child life + SW joint note. Zoe is in 3rd grade; she has "been through hospitals before" (transplant at age 4) and knows the routines. Mum worries about infection risk with chemo on top of transplant medicines. Older brother (11) has ADHD; grandparents helping with school runs. Hospital school liaison set up. Port placement 9/25, MAP to start 9/28.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PM24 - needs_review. Transfer with records pending and no age: histology
# OS vs dedifferentiated chondrosarcoma, single indeterminate nodule,
# prior treatment unknown, stem cell transplant of unstated type (Hodgkin
# 2014, outside 5y), trial participation of unknown timing, HIV screen
# reactive / differentiation indeterminate, ANA-positive ?SLE under work-up,
# resection bed post-surgical vs early recurrence.
# ---------------------------------------------------------------------------
patient("PM24", "2025-06-30", "H=u PM=u R=u ST=u A=u PS=u PF=u AI=u ALLO=u HIV=u INV=u LR=u", [
N("2025-06-03", "Transfer of care note", """
Adult bone tumor clinic - transfer of care. Mr. C. Okafor, moved here from out of state in May; outside records requested 5/20, not yet received.
Per patient: "{{bone cancer|LOOKALIKE}}" of the L tibia operated on in 2024 at the outside center; outside path report (faxed page 1 only): "high-grade matrix-producing malignancy - {{osteosarcoma|OSTEOSARCOMA|unc}} vs {{dedifferentiated chondrosarcoma|OTHER_SARCOMA|unc}}; see comment" (comment page missing).
He is vague about treatment after surgery ("I got something through an IV at the other hospital") and says he "was in a {{clinical trial|INVESTIGATIONAL|unc}} there" - dates and intervention unknown.
PMH: {{Hodgkin lymphoma|OTHER_MALIGNANCY|hist}} 2014, s/p {{stem cell transplant|TRANSPLANT|hist}} 2015 - type not recorded, pt unsure.
{{ECOG 1|ECOG}}. Declined to give date of birth at check-in (registration pending ID).
"""),
N("2025-06-16", "Imaging review", """
CT chest 6/12: single 7 mm RLL {{nodule|PULMONARY_NODULE}} - possible {{metastasis|METASTASIS|unc}} vs granuloma; no calcification; recommend comparison with outside imaging.
MRI L tibia 6/12: enhancing tissue along the resection margin, post-surgical change vs early {{local recurrence|LOCAL_RECURRENCE|unc}}.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}.
"""),
N("2025-06-24", "Clinic note - results", """
Results visit. {{HIV-1/2 Ag/Ab|HIV}} {{reactive|HIV|unc}}; {{HIV-1/2 differentiation assay|HIV}} {{indeterminate|HIV|unc}}; {{HIV-1 RNA|HIV|unc}} pending. ID referral made.
ANA 1:640 speckled, dsDNA pending; joint pains and malar-type rash - {{?SLE|AUTOIMMUNE_DISEASE|unc}}; rheumatology referral; no treatment started.
The outside cellular-therapy program was contacted to clarify whether the 2015 {{transplant|TRANSPLANT|hist}} was autologous or allogeneic - awaiting reply.
{{ECOG 1|ECOG}}.
"""),
N("2025-06-27", "Research coordinator note", """
Pre-screen on hold: no DOB/age confirmed, outside pathology comment page and treatment records not received, trial participation dates unknown, HIV-1 RNA pending, transplant type pending, lung nodule and tibial findings indeterminate. Will re-screen when records arrive.
""", ann=False),
])

# ---------------------------------------------------------------------------
# Trailing sections (labs, exam, counselling, sign-offs) appended to notes.
# Markup inside them is parsed like the rest of the note.
# ---------------------------------------------------------------------------
EXTRA = {
"PM01-N1": """
ROS (per mum): no headaches, no vision change, no cough, no dyspnea, no abdominal pain, normal stools, no dysuria, no rashes, no bruising. Sleep disturbed by pain 3-4 nights/wk. Appetite fair.
Labs 2/12:
| Test | Result | Ref |
|------|--------|-----|
| WBC | 7.9 | 4.5-13.5 |
| Hgb | 13.1 | 12-16 |
| Plt | 311 | 150-400 |
| ALP | 612 H | 100-390 |
| LDH | 288 | 120-300 |
| Creat | 0.62 | 0.5-1.0 |
| ALT | 18 | <40 |
Counseling: ~60 min with Jaxon and mum. Reviewed what the biopsy showed, the staging results, the 10-week pre-operative phase, inpatient admissions for the high-dose infusions with leucovorin rescue, mouth care, hearing and heart monitoring, and the limb-salvage options (endoprosthesis vs. rotationplasty - ortho onc to discuss). Mum asked about school: hospital teacher referral placed, 504 plan letter provided. Jaxon asked whether he will lose his hair and whether he can keep playing video games with his team - yes. Social work and child life consults placed. Psychology offered. Dad to join by phone for the consent conference Wednesday.
""",
"PM02-N3": """
Exam: healed L thigh incision; chest clear, no scars. Wt 40.6 kg.
Discussed with mother (interpreter): single-stage L thoracotomy, expected 4-5 day stay, chest drain 2-3 days, return to school ~3 weeks. Questions answered. Will need the research team's decision before booking.
""",
"PM03-N2": """
Labs at EOT: ANC 2.1, Hgb 12.8, Plt 244, Creat 0.9, Mg 1.9. Fertility: semen samples banked 6/2023 x3. Follow-up: survivorship clinic 9/2024.
""",
"PM03-N3": """
Vitals: T 36.8, HR 68, BP 118/72, SpO2 99% RA. Wt 71 kg.
Exam: R knee well healed, ROM 0-115, no {{effusion of the knee joint|LOOKALIKE}}; lungs clear.
Pt plans to move into the dorm 8/20; discussed timing of any procedure around the semester.
""",
"PM03-N4": """
Counseling: discussed safer sex, partner's care at the ID clinic, and that he can be tested today for reassurance; he agreed. Also reviewed timing of the LUL procedure vs. move-in date. Time 35 min.
""",
"PM03-N5": """
Original note otherwise unchanged. Problem list updated. Discussed with patient by phone 08/14; he agrees with the correction.
Electronically signed: K. Mbeki, NP, AYA Oncology.
""",
"PM03-N6": """
Exam: Wt 71 kg, BMI 22. Lungs clear bilaterally. Prior R tibial incision well healed.
Risks reviewed: air leak, bleeding, conversion to open, ~2-night stay. He would like surgery before 9/22 if possible so he misses only a week of classes.
""",
"PM04-N3": """
Spirometry table (11/1):
FVC	2.31 L	68%
FEV1	1.88 L	71%
FEV1/FVC	0.81
TLC	69%
DLCO	40%
""",
"PM05-N2": """
Gross: 3 cores, 1.2-1.8 cm, tan-white. Micro: sheets of uniform small round cells with scant clear cytoplasm, fine chromatin, frequent mitoses; no matrix. IHC: CD99+, NKX2.2+, FLI1+, desmin-, myogenin-, TdT-, SATB2 focal weak.
Pathologist: R. Abernathy, MD.
""",
"PM05-N3": """
Consent form version 4.0 signed by father; assent form signed by Leo. Copy given to family. Eligibility checklist reviewed with the research nurse. Questions: dad asked about school attendance (homebound instruction arranged) and parking (SW to help).
""",
"PM05-N4": """
Vitals: T 37.1, HR 104, BP 98/60, RR 20, SpO2 98%.
Labs today: ANC 3.4 | Hgb 9.6 | Plt 178 | Creat 0.41 | Mg 1.7 | K 3.6
Plan: continue hydration, mesna; neuro checks; PT for gait.
""",
"PM06-N3": """
Late-effects screening plan: echo q2y, audiogram annually, GFR/electrolytes annually, DEXA at 2 yrs, endocrine (already followed). Port removed 4/2025. School re-entry letter given.
""",
"PM06-N4": """
Present: onc (Dr. Hale, Dr. Ruiz), radiology (Dr. Venn), rad onc, pathology, research nurse. Amara's family to be updated by Dr. Hale after the surgical opinion.
""",
"PM07-N3": """
Exam: Wt 63 kg, lungs clear, decreased breath sounds at the L base. L thigh incision healed.
Plan: L VATS after biopsy results; mum and pt agree in principle.
""",
"PM08-N4": """
Procedure: US-guided, L posterior approach, 8 Fr catheter, single pass. No pneumothorax on post-procedure film. Fluid: LDH 640, protein 4.1. Tolerated well; grandmother at bedside.
""",
"PM08-N5": """
Meds: {{Biktarvy|HIV}}, oxycodone PRN, senna, ondansetron. Symptom control reviewed. School: home tutoring 3x/wk. Next visit 2 weeks.
""",
"PM09-N2": """
Labs: CBC, CMP, TSH, cortisol baseline drawn per sponsor requirements. Vitals stable. Pt and mother consented 4/18; first infusion scheduled 4/24. Fertility counselling revisited - pt declines at this time.
""",
"PM09-N3": """
Pt tolerated infusions without issues; no rash, no diarrhea. TSH normal. Discussed surgery with pt and mum; both agree. Thoracic surgery appointment 7/10.
""",
"PM09-N5": """
Baby doing well; partner and her mother helping. Contraception: plans IUD at 8-wk OB visit.
Vitals: BP 112/70, HR 82, SpO2 99%.
""",
"PM11-N1": """
Review of systems: intermittent dry cough (baseline), exertional dyspnea after 2 flights of stairs (baseline since 2015), no fevers, no night sweats. Chronic dry eyes (uses lubricating drops). No diarrhea.
Exam: Wt 64 kg, Ht 171 cm, BSA 1.75 m2. HR 88, SpO2 95% RA. Mild sclerotic skin changes on the trunk (old, stable). Fine crackles absent; prolonged expiration. R hip: tender proximal thigh, antalgic gait.
Labs 4/10:
| | Result |
|---|---|
| WBC | 5.2 |
| Hgb | 12.4 |
| Plt | 201 |
| Creat | 0.84 |
| ALP | 420 H |
| TSH | 1.9 (on replacement) |
| IgG | 812 |
Echo 4/8: LVEF 58%, normal diastolic function. Baseline audiogram: mild high-frequency loss bilaterally at 8 kHz (post-TBI), unchanged from 2022.
Sister (donor) is well.
Discussion with Ethan and mum (45 min): this is a new primary bone tumor, most likely related to the radiation he received before his {{transplant|TRANSPLANT|hist}} in 2013. Reviewed the modified {{chemotherapy|SYSTEMIC_THERAPY|hyp}} plan, the need to limit one of the heart-toxic drugs, and that surgery will be planned after 10 weeks. Mum asked about his lungs - pulmonology to see him before anesthesia. Ethan is a senior in high school and hopes to graduate on time; school liaison involved.
Additional history from mum: during the 2013 admission he spent 3 weeks in the PICU for the EBV episode; she keeps a folder with every discharge summary, which she brought today and which we scanned into the chart. Since 2019 he has been followed yearly in the {{transplant|TRANSPLANT|hist}} survivorship clinic (endocrine, pulmonary, cardiology, dental). He had growth hormone therapy 2016-2019 (stopped at final height). No history of blood clots. Dentition: two crowns. Vision: cataract surgery OD 2020.
Orders: echo and audiogram (done), {{PFTs|PULMONARY_FUNCTION}}, dental clearance, fertility consult (sperm banking - Ethan agreeable), port placement, PICC not required. Follow-up in 1 week for consent.
""",
"PM11-N3": """
Vitals: T 36.6, BP 122/74. Next: measles/rubella titers in 4 wks; HPV series complete 2025. Advised about the small chance of a mild rash in the coming weeks.
""",
"PM11-N5": """
Also discussed: SBRT would avoid a thoracotomy; pulmonology feels his reserve would tolerate SBRT to 3 small peripheral targets. Family (mother, Ethan) present and agree with tumor board discussion.
""",
"PM12-N2": """
Vitals stable. No rash, no diarrhea, no cough. TSH 2.4 (normal). She is back at school part-time and walking with one crutch. Next restaging in 12 weeks.
""",
"PM12-N3": """
Vitals: HR 58, BP 104/66, Wt 61 kg. Fatigue improving on thyroid replacement. Mum and Maya met ortho onc today; surgery booked 4/24.
""",
"PM12-N5": """
Baby weight gain good per pediatrician. Contraception: progestin-only pill since 6 wks postpartum. Mood: EPDS 6.
""",
"PM12-N6": """
Vitals: T 36.9, HR 74, BP 110/68. Wt 63 kg. R proximal tibia: firm 3 cm mass, tender, no skin breakdown.
Maya wants to keep {{nursing|LACTATION}} for as long as possible; a feeding specialist will see her if treatment changes.
""",
"PM13-N3": """
Exam: lungs clear; healed L thigh incision. Discussed VATS with mother via interpreter; 2-night stay expected. Surgery date to follow the research team's decision.
""",
"PM13-N5": """
Checklist items verified with mother via interpreter; outside imaging uploaded; pathology slides received from Beijing and reviewed by our pathologist (agrees with the outside diagnosis).
""",
"PM14-N2": """
Pathologist comment: a definitive line of differentiation cannot be assigned on this material; an additional open biopsy may be needed if molecular testing is non-contributory. Discussed with Dr. Ferreira 8/12.
""",
"PM14-N3": """
Exam: Wt 55 kg, lungs clear. Risks and staging of the bilateral approach discussed with Grace and her aunt. Will schedule after final pathology and oncology plan.
""",
"PM15-N3": """
Spirometry	7/29
FVC	1.82 L	51%
{{FEV1	1.55 L	48%|PULMONARY_FUNCTION}}
Ratio	0.85
SpO2 at rest 94% RA; desaturation to 89% walking.
""",
"PM15-N4": """
Vitals: HR 102, BP 108/64, SpO2 94%. Fetal US 8/10: appropriate growth. OB and oncology joint visit next week. Pain controlled with acetaminophen.
""",
"PM16-N2": """
Labs at EOT: ANC 1.9, Hgb 11.6, Plt 210, Creat 0.38. Follow-up: surveillance CT chest q3 months yr 1, then q4 months. Re-immunization letter sent to the family doctor.
""",
"PM16-N3": """
Exam: Wt 38 kg, Ht 146 cm. Lungs clear. R leg: lengthening due next month. Mum anxious about the scan; discussed that tiny spots are common and often resolve.
""",
"PM17-N2": """
Vitals: BP 124/76, HR 66. No rash, no diarrhea, no cough; TSH 1.7 on replacement. Working full-time as an electrician's apprentice. Next dose 2/3.
""",
"PM17-N3": """
Feels well, no symptoms. Labs: CBC and CMP unremarkable; cortisol normal. Discussed that early growth can reflect immune infiltration and the need for a confirmatory scan before stopping; pt agrees.
""",
"PM17-N4": """
Discussed with Marcus and his partner; both agree with referral back to thoracic surgery. No immune-related adverse events during treatment.
""",
"PM17-N5": """
Exam: Wt 82 kg, lungs clear, old R thoracotomy and L VATS scars healed. Marcus asks about options before surgery; PROMIS information sheet given.
""",
"PM17-N6": """
Vitals: BP 122/78, HR 64, SpO2 99%. Exam: healed rash, lungs clear.
""",
"PM18-N2": """
Path: high-grade chondroblastic osteosarcoma, 4.1 cm, bone and soft-tissue margins negative (closest 0.8 cm). Post-op swallow study normal. Speech therapy for 6 weeks.
""",
"PM18-N3": """
Vitals: BP 128/82, HR 76, Wt 68 kg. Graft function stable (Cr 1.3). Baby doing well; husband and her mother helping at home.
""",
"PM18-N4": """
Discussed with patient and husband at length; they understand why a smaller operation is not possible. Case to return to tumor board for non-surgical local options.
""",
"PM18-N5": """
Labs: Cr 1.3 | eGFR 54 | K 4.4 | Hgb 11.8 | WBC 5.6 | UPCR 0.2 | C3/C4 normal | dsDNA low-titre, stable.
""",
"PM19-N2": """
Labs at EOT: Creat 0.7, Mg 1.8, ANC 2.4. Echo LVEF 60%. Fertility: samples banked 1/2024. Follow-up surveillance CT q3 months.
""",
"PM19-N4": """
Exam: Wt 66 kg, lungs clear, L shoulder prosthesis functioning with limited abduction. Will schedule once oncology finishes the work-up.
""",
"PM20-N2": """
History (via interpreter): Mr. Huang is a former secondary-school teacher from Foshan. He first noticed L shoulder pain in early 2021 and had a pathological fracture in March 2021. He completed the full pre- and post-operative course in Guangzhou in 2021 and was disease-free for about 18 months. After each later line he had scans every 2 months. In April 2025 his shoulder began to swell again and by May he could not lift his arm. Breathlessness started in mid-May; he can walk only across the room. Appetite poor, lost 7 kg in 2 months. No fevers. No headaches.
Exam: thin, tired-appearing. T 37.2, HR 108, BP 102/66, RR 24, SpO2 91% RA. Decreased breath sounds and dullness over the lower R chest. L shoulder: 9 cm firm fixed mass over the previous incision, skin intact, limited ROM. No edema.
Labs 6/5:
WBC	8.9
Hgb	9.4
Plt	388
Alb	2.9
ALP	512
LDH	690
Creat	0.8
CD4	410
Discussion: reviewed with patient and wife that the disease is active at the shoulder, in the lungs and in the pleural space, and that his current strength is a major factor in what can be offered safely. They hope for further treatment; we will present him at tumor board and involve palliative care now for symptom relief. Wife asked whether they should keep buying the traditional medicines from home - will discuss at the next visit.
Social: lives with wife and daughter (16) in a rented flat here while receiving care; son (20) studies in Guangzhou. Non-smoker. Occasional alcohol previously, none since 2021. Wife manages his medications from a written list in Chinese, which our pharmacist translated today; interaction check done with his antiretroviral regimen (no interaction with oxycodone at current doses; avoid strong CYP3A inhibitors).
Plan summary: (1) tumor board 6/12; (2) palliative care consult this week; (3) indwelling pleural catheter request to IR; (4) ID clinic follow-up for routine monitoring; (5) return visit in 1 week with interpreter.
""",
"PM20-N4": """
Symptoms: pain 3/10 on current regimen; dyspnea 4/10 at rest. Bowels regular on senna. Sleep improved.
Goals: patient wishes to return to Foshan to be with his mother; family exploring travel in July. Advance care planning discussed; he names his wife as decision-maker.
""",
"PM22-N3": """
Vitals: T 36.7, HR 88, BP 102/64, Wt 30.6 kg. Exam: lungs clear; rotationplasty limb and prosthesis fit good.
Mum took the news quietly; dad to join next visit. Plan: thoracic surgery referral, {{PFTs|PULMONARY_FUNCTION}}.
""",
"PM22-N4": """
Exam: Wt 30.6 kg; lungs clear. Parents and Olivia met the surgical team and child life. Expected 1-2 night stay. Will schedule after the research team's decision.
""",
"PM23-N2": """
Labs 9/15:
| Tac trough | 5.2 |
| ALT | 38 |
| AST | 41 |
| GGT | 22 |
| Bili | 0.5 |
| IgG | 11.2 |
Coordinated with oncology regarding drug interactions (aprepitant, azoles) and {{tacrolimus|IMMUNOSUPPRESSANT}} level checks with each admission.
""",
"PM23-N3": """
Family informed by the research nurse and Dr. Patel; mum understands and prefers to start treatment on time rather than wait for other options.
""",
"PM24-N2": """
Radiologist: J. Whitcombe, MD. Comparison: none available. Recommend obtaining prior outside imaging for comparison before further management.
""",
"PM24-N3": """
Pt informed of results in person with an interpreter-free discussion (English-speaking); counseling provided regarding what a reactive screen means and that confirmation is pending. He agrees to ID and rheumatology visits next week.
""",
}

# ---------------------------------------------------------------------------
# Build, check, write, summarise
# ---------------------------------------------------------------------------
LINT = re.compile(
    r"osteosarc|osteogenic|\bOS\b|sarcoma|cancer|carcinoma|leuk|lymphoma|melanoma|"
    r"recurren|metasta|\bmets?\b|nodul|resect|pneumonectomy|bronch|\bPFTs?\b|FEV1|DLCO|"
    r"effusion|chemo|\bMAP\b|methotrexate|\bMTX\b|doxorubicin|adriamycin|cisplatin|ifosfamide|"
    r"etoposide|gemcit|\bGD\b|\bGP\b|trial|study|investigational|protocol|mab\b|PD-1|PD-L1|"
    r"\bPR\b|\bSD\b|\bPD\b|\bCR\b|progress|response|thymosin|thymalfasin|zadaxin|interferon|"
    r"interleukin|huaier|kanglaite|lupus|\bSLE\b|arthritis|crohn|colitis|psoria|diabet|\bDM\b|"
    r"hashimoto|prednis|dexameth|hydrocort|methylpred|steroid|budesonide|fluticasone|"
    r"tacrolimus|cyclosporin|mycophenol|azathioprine|sirolimus|hydroxychloroquine|"
    r"levothyrox|insulin|transplant|\bBMT\b|HSCT|anaphyla|allerg|infusion reaction|"
    r"hypersensitiv|neuropath|hearing|ototox|mucositis|toxicit|\bHIV\b|\bART\b|vaccin|\bMMR\b|"
    r"varicella|flumist|pregnan|hCG|breastf|lactat|nursing|\bECOG\b|karnofsky|\bKPS\b|lansky|"
    r"\byo\b|y/o|y\.o\.|year-old|years old|\bDOB\b|ewing|chondrosarc|apatinib|anlotinib|"
    r"temozolomide|irinotecan|vincristine|cyclophosphamide|docetaxel|\bPS\b|WHO|岁",
    re.I)


def main():
    notes_out, pats_out = [], []
    n_ann = n_spans = 0
    lint_hits = []
    for p in PATIENTS:
        pid, as_of = p["pid"], p["as_of"]
        assert re.fullmatch(r"PM\d\d", pid)
        d_as = date.fromisoformat(as_of)
        assert date(2025, 6, 1) <= d_as <= date(2026, 11, 30), pid
        assert 3 <= len(p["notes"]) <= 8, (pid, len(p["notes"]))
        prev = None
        for i, (d, ntype, raw, ann) in enumerate(p["notes"], 1):
            dd = date.fromisoformat(d)
            assert dd <= d_as, (pid, i, d)
            if prev:
                assert dd >= prev, (pid, i, "notes out of order")
            prev = dd
            nid = f"{pid}-N{i}"
            if nid in EXTRA:
                raw = raw + "\n" + EXTRA[nid].strip("\n")
            text, spans = parse(raw)
            if not ann:
                spans = []
            else:
                assert spans, (pid, i, "annotated note without spans")
                n_ann += 1
                n_spans += len(spans)
                for m in LINT.finditer(text):
                    if not any(s["start"] <= m.start() < s["end"] for s in spans):
                        ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                        lint_hits.append(f"{pid}-N{i}: {m.group(0)!r} ... {ctx}")
            notes_out.append(dict(patient_id=pid, note_id=f"{pid}-N{i}", note_date=d,
                                  note_type=ntype, text=text, spans=spans))
        crit = p["crit"]
        incl = [crit[c] for c in INCL]
        excl = [crit[c] for c in EXCL]
        if "not_met" in incl or "met" in excl:
            status = "excluded"
        elif all(v == "met" for v in incl) and all(v == "not_met" for v in excl):
            status = "eligible"
        else:
            status = "needs_review"
        pats_out.append(dict(patient_id=pid, as_of=as_of, status=status,
                             criteria={c: crit[c] for c in INCL + EXCL}))

    if "--lint" in sys.argv:
        print("\n".join(lint_hits))
        print(len(lint_hits), "lint hits")
    if "--partial" in sys.argv:
        return
    ids = [p["patient_id"] for p in pats_out]
    assert ids == [f"PM{i:02d}" for i in range(1, 25)], ids
    assert 110 <= len(notes_out) <= 140, len(notes_out)
    assert n_ann * 2 >= len(notes_out), (n_ann, len(notes_out))
    mix = {s: sum(p["status"] == s for p in pats_out)
           for s in ("eligible", "excluded", "needs_review")}
    assert 7 <= mix["eligible"] <= 9 and 8 <= mix["excluded"] <= 10 \
        and 6 <= mix["needs_review"] <= 8, mix
    table = {}
    for c in INCL + EXCL:
        cnt = {v: sum(p["criteria"][c] == v for p in pats_out)
               for v in ("met", "not_met", "unknown")}
        table[c] = cnt
    bad = [c for c, cnt in table.items()
           if cnt["met"] < 3 or cnt["not_met"] < 3 or cnt["unknown"] < 2]

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes_out:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "patients.jsonl"), "w", encoding="utf-8") as f:
        for p in pats_out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

    print(f"patients {len(pats_out)}  notes {len(notes_out)}  "
          f"span-annotated notes {n_ann}  spans {n_spans}")
    print("status mix:", mix)
    print(f"{'criterion':32s} {'met':>4s} {'not_met':>8s} {'unknown':>8s}")
    for c, cnt in table.items():
        print(f"{c:32s} {cnt['met']:4d} {cnt['not_met']:8d} {cnt['unknown']:8d}")
    print("per patient:")
    for p in pats_out:
        ab = {v: k for k, v in KEYS.items()}
        odd = [f"{ab[c]}={p['criteria'][c][0] if p['criteria'][c] != 'not_met' else 'n'}"
               for c in INCL + EXCL
               if (c in INCL and p["criteria"][c] != "met")
               or (c in EXCL and p["criteria"][c] != "not_met")]
        print(f"  {p['patient_id']} {p['as_of']} {p['status']:13s} {' '.join(odd)}")
    assert not bad, ("coverage", bad)


if __name__ == "__main__":
    main()
