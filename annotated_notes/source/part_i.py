#!/usr/bin/env python3
"""Gold corpus part I (independent author) for the PROMIS osteosarcoma screening tool.

Style: international academic sarcoma networks writing in English as a second language
(translated referral letters, investigator e-mails, screening checklists, pre-screening
logs, tumour-board minutes, SOAP notes). Stdlib only.

Markup inside note texts: {{phrase|LABEL}} or {{phrase|LABEL|flag,flag}} with flags
n=negated, u=uncertain, h=historical, y=hypothetical, f=family.  Notes written with
ann=False carry no spans (patient-level verdicts only).

Run from the repository root:  python3 annotated_notes/source/part_i.py
"""
import json
import os
import re
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "parts", "i")
CONCEPTS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "patterns", "concepts.json")

INCL = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
        "prior_systemic_therapy", "age_eligible", "performance_status",
        "pulmonary_function_adequate"]
EXCL = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
        "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
        "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
        "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
        "live_vaccine_30d", "pregnant_or_lactating"]
ALL = INCL + EXCL
SHORT = {
    "histo": "osteosarcoma_histology", "pmets": "pulmonary_metastases",
    "resect": "resectable_nodules", "prior": "prior_systemic_therapy",
    "age": "age_eligible", "ps": "performance_status", "pft": "pulmonary_function_adequate",
    "localrec": "active_local_recurrence", "mpe": "malignant_pleural_effusion",
    "gem": "prior_gemcitabine", "othermal": "other_malignancy_5y",
    "invest": "investigational_agent_4w", "cpi": "prior_checkpoint_inhibitor",
    "immunomod": "immunomodulator_2w", "autoimm": "autoimmune_systemic_2y",
    "steroids": "systemic_steroids_7d", "allo": "allogeneic_transplant",
    "mab": "mab_allergy", "tox": "unresolved_toxicity", "hiv": "hiv",
    "livevax": "live_vaccine_30d", "preg": "pregnant_or_lactating",
}
FLAGS = {"n": "negated", "u": "uncertain", "h": "historical", "y": "hypothetical", "f": "family"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]*))?\}\}")

PATIENTS = []


def patient(pid, as_of, status, deviations):
    """deviations: short-name -> verdict; inclusions default 'met', exclusions 'not_met'."""
    crit = {c: "met" for c in INCL}
    crit.update({c: "not_met" for c in EXCL})
    for k, v in deviations.items():
        assert v in ("met", "not_met", "unknown"), (pid, k, v)
        crit[SHORT[k]] = v
    p = {"patient_id": pid, "as_of": as_of, "status": status, "criteria": crit, "notes": []}
    PATIENTS.append(p)
    return p


def note(p, note_date, note_type, text, ann=True):
    p["notes"].append((note_date, note_type, text.strip("\n"), ann))


def parse(text):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        start = sum(len(s) for s in out)
        phrase, label, flags = m.group(1), m.group(2), (m.group(3) or "")
        out.append(phrase)
        sp = {"start": start, "end": start + len(phrase), "label": label}
        fl = [f for f in flags.split(",") if f]
        for f in fl:
            assert f in FLAGS, (f, phrase)
        for short, name in FLAGS.items():
            sp[name] = short in fl
        spans.append((sp, phrase))
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    assert "{{" not in plain and "}}" not in plain, plain[:200]
    for sp, phrase in spans:
        assert plain[sp["start"]:sp["end"]] == phrase, (phrase, plain[sp["start"]:sp["end"]])
    return plain, [sp for sp, _ in spans]

# ---------------------------------------------------------------------------
# PI01 — Japan. Eligible. Turned 16 by DOB before as_of: Lansky in June, ECOG in
# October (the adult scale now applies). OS = osteosarcoma and OS = left eye.
# Grade 3 mucositis resolved; hearing loss grade 1; inactivated influenza vaccine.
p = patient("PI01", "2025-10-15", "eligible", {})
note(p, "2025-06-20", "referral letter (translated)", """
Osaka Minami University Hospital, Department of Orthopaedic Oncology
2025/06/20

Dear Doctor,

Thank you always for your kind cooperation. I would like to refer to you my patient Mr. K. T., {{15 years old|AGE}} boy ({{DOB: 2009/10/02|DOB}}), for the consideration of your clinical research of pre-operative immunotherapy.

Diagnosis: {{osteoblastic osteosarcoma|OSTEOSARCOMA}}, right distal femur. Open biopsy 2024/08/05, conventional high grade.

Past treatment:
- {{Neoadjuvant MAP|SYSTEMIC_THERAPY|h}} 2024/08 - 2024/11 (2 cycles), Huvos grade II (60% necrosis).
- Wide resection and tumour prosthesis 2024/11/28. Margins negative.
- {{Adjuvant MAP|SYSTEMIC_THERAPY|h}} completed 2025/03/14. During cycle 4 he had {{grade 3 mucositis|TOXICITY|h}}, which resolved in 10 days with mouth care.

Present illness: Surveillance CT chest of 2025/06/09 revealed two {{nodules|PULMONARY_NODULE}} in right lower lobe, 7 mm and 5 mm, newly appeared. Our radiologist report: compatible with {{pulmonary metastases|LUNG_METASTASIS}}. No local problem at the knee, MRI 2025/06 without abnormality.

He goes to high school and plays the piano. {{Lansky 80|LANSKY}}. Mother accompanies always; she says he is tired some days after school.

I would be grateful for your opinion. Best regards,
Dr. Haruto Mizukami
""")
note(p, "2025-07-10", "ophthalmology consult", """
Ophthalmology — outpatient. Referred by orthopaedic oncology.
Complaint: red left eye 3 days, discharge in the morning.
VA: 1.0 OD, 1.0 {{OS|LOOKALIKE}}. IOP normal. Slit lamp: conjunctival injection {{OS|LOOKALIKE}}, cornea clear.
Assessment: bacterial conjunctivitis {{OS|LOOKALIKE}}.
Plan: levofloxacin 0.5% eye drops 4x/day and {{fluorometholone 0.1% eye drops|LOCAL_STEROID}} 2x/day {{OS|LOOKALIKE}}, 1 week. Review if not better.
Note: patient under treatment for {{osteosarcoma|OSTEOSARCOMA}} of femur in our hospital (the femur tumour — not related to the eye).
""")
note(p, "2025-09-01", "thoracic surgery consult", """
Thoracic surgery — Dr. Aiko Fujisawa. 2025.09.01
15 y.o. male (16 next month), metastatic {{OS|OSTEOSARCOMA}} of right femur.
CT 2025/08/25: the 2 RLL {{nodules|PULMONARY_NODULE}} stable in size (7 and 5 mm), peripheral, no new lesion. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
{{PFT|PULMONARY_FUNCTION}}: FEV1 94% pred, FVC 96%, DLCO 89% — {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
Opinion: both nodules {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}} (single right VATS). If included in PROMIS, the {{metastasectomy|LUNG_RESECTION|y}} is done after SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|y}}. Agreed with family.
""", ann=False)
note(p, "2025-10-10", "trial screening checklist", """
PROMIS pre-screening checklist — site Osaka. Date: 2025.10.10. Screener: N. Ishida (CRC)
Pt: K.T., {{DOB: 2009/10/02|DOB}} -> {{16 y|AGE}} at planned screening (turned 16 on 02.10).
Histology {{osteosarcoma|OSTEOSARCOMA}} confirmed: [x] Yes [ ] No
{{Lung metastases|LUNG_METASTASIS}} resectable (thoracic surg. 2025.09.01): [x] Yes [ ] No
Prior systemic therapy ({{MAP|SYSTEMIC_THERAPY|h}} x 6 cycles, completed 2025/03): [x] Yes
{{ECOG 1|ECOG}} (age >= 16 -> ECOG used; last {{Lansky 80|LANSKY|h}} in June not valid now)
{{PFT|PULMONARY_FUNCTION}} adequate: Y
Prior {{gemcitabine|GEMCITABINE|n}}: N
Prior {{anti-PD-1|CHECKPOINT_INHIBITOR|n}}/{{PD-L1|CHECKPOINT_INHIBITOR|n}}: N
{{Prednisolone|SYSTEMIC_STEROID|n}} / {{dexamethasone|SYSTEMIC_STEROID|n}} last 7 d: N (eye drops only in July, finished)
{{HIV|HIV|n}} Ab: neg (2025.09.29)
Vaccine last 30 d: {{influenza vaccine, inactivated|NONLIVE_VACCINE}} 2025.09.20. {{Live vaccine|LIVE_VACCINE|n}}: N
Unresolved AE > G1 now: N. {{Hearing loss grade 1|TOXICITY}} (audiogram 2025/04), {{mucositis|TOXICITY|h}} G3 in 2024 resolved.
{{Autoimmune disease|AUTOIMMUNE_DISEASE|n}}: N. {{Transplant|TRANSPLANT|n}}: N. {{Other cancer|OTHER_MALIGNANCY|n}}: N
Remark: treatment per protocol would be SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|y}} + {{gemcitabine|GEMCITABINE|y}}, then {{metastasectomy|LUNG_RESECTION|y}}.
""")
note(p, "2025-10-14", "nurse telephone note", """
Telephone — CRC N. Ishida, 2025.10.14. Talked with mother (patient at school).
No fever, no cough. No new medicines; eye drops finished in July. No vaccination since the {{influenza shot|NONLIVE_VACCINE}} of 2025.09.20.
Explained again: if enrolled, SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|y}} and {{gemcitabine|GEMCITABINE|y}} first, {{wedge resection|LUNG_RESECTION|y}} after. Contraception for 6 months after the study explained to the patient last week (condoms); mother understands.
Screening visit 2025.10.15 confirmed.
""")

# ---------------------------------------------------------------------------
# PI02 — Korea. Excluded. 66 by DOB (letters say 64/65). Nivolumab PR ~7 months then
# progression (secondary resistance). Gem/docetaxel received. Neuropathy G2 persists.
# Nodule abuts main pulmonary artery -> pneumonectomy; FEV1 insufficient.
# Corrected MRI report: local recurrence present. Small effusion never characterised.
p = patient("PI02", "2026-01-15", "excluded", {
    "age": "not_met", "resect": "not_met", "pft": "not_met", "localrec": "met",
    "gem": "met", "cpi": "met", "tox": "met", "mpe": "unknown"})
note(p, "2025-03-10", "discharge summary (translated)", """
Seoul Hanbit University Hospital — Discharge summary (translated from Korean)
Name: P.S.J.  Sex/Age: M/{{64|AGE}}   Admission 2025.03.03 - Discharge 2025.03.10

Diagnosis: {{osteosarcoma|OSTEOSARCOMA}} arising in Paget disease, left proximal tibia (biopsy 2022.04.18), with {{lung metastasis|LUNG_METASTASIS}} (2024.03).

Treatment history:
1) {{Doxorubicin|SYSTEMIC_THERAPY|h}} + {{cisplatin|SYSTEMIC_THERAPY|h}} x 6, 2022.05 - 2022.11 ({{HD-MTX|SYSTEMIC_THERAPY|n}} not given because of age and renal function). Wide excision + megaprosthesis 2022.08.
2) {{Nivolumab|CHECKPOINT_INHIBITOR|h}} ({{Opdivo|CHECKPOINT_INHIBITOR|h}}) 240 mg q2w, 2024.05.07 - 2025.02.11, off-label. Best response {{partial response|TUMOR_RESPONSE}} at 2024.08 CT (sum -38%), maintained on 2024.11 CT. 2025.02.03 CT: {{progression|TUMOR_RESPONSE}} of lung {{nodules|PULMONARY_NODULE}}, new 2 {{lesions|PULMONARY_NODULE}}. {{Nivolumab|CHECKPOINT_INHIBITOR}} stopped.
3) This admission: {{gemcitabine|GEMCITABINE}} 900 mg/m2 d1,8 + {{docetaxel|SYSTEMIC_THERAPY}} 75 mg/m2 d8, cycle 1 given 2025.03.04 and 2025.03.11 planned as outpatient.

Complication: none during admission. Discharge {{ECOG 1|ECOG}}.
""")
note(p, "2025-08-05", "oncology progress note", """
S: Came with daughter (she translates). Numbness both feet since cycle 3, buttons difficult. No fever.
O: ECOG 1. Vibration sense reduced to ankles.
A: Completed 4 cycles gem/docetaxel (last 2025.06.17). CT 2025.07.28: lung disease slowly growing again, the left lower lobe mass now 28 mm. Peripheral sensory neuropathy grade 2 (docetaxel).
P: Stop chemotherapy. Pregabalin 75 mg bid. Refer to thoracic surgery / clinical trial options.
""", ann=False)
note(p, "2025-10-20", "investigator e-mail", """
From: Dr. Min-ho Kang (Seoul Hanbit)
To: PROMIS study team
Date: 2025.10.20
Subject: Regarding our patient P.S.J. — possible candidate

Dear colleague,

Regarding our patient which I mentioned at the meeting in Busan. He is {{65 years old|AGE}} man with {{osteosarcoma|OSTEOSARCOMA}} of left tibia (secondary, Paget) and {{pulmonary metastases|LUNG_METASTASIS}}, treated before with {{AP chemotherapy|SYSTEMIC_THERAPY|h}}, then {{nivolumab|CHECKPOINT_INHIBITOR|h}} (good {{PR|TUMOR_RESPONSE}} during about 7 months, then {{PD|TUMOR_RESPONSE}}), then {{gem/docetaxel|GEMCITABINE|h}} 4 cycles.

Knee X-ray last month show no {{local recurrence|LOCAL_RECURRENCE|n}}. He still has numbness of feet ({{neuropathy grade 2|TOXICITY}}).

I know prior {{gemcitabine|GEMCITABINE|h}} and prior {{PD-1|CHECKPOINT_INHIBITOR|h}} may be problem for your criteria, please kindly advise.

With best regards,
Min-ho Kang, MD PhD
""")
note(p, "2025-11-30", "thoracic surgery consult", """
Thoracic surgery — 2025.11.30
CT 2025.11.24: LLL mass 32 mm, central, abutting the {{left main pulmonary artery|CENTRAL_STRUCTURE}}; 2 small RUL {{nodules|PULMONARY_NODULE}} 6 and 8 mm. Small left {{pleural effusion|PLEURAL_EFFUSION}}, not sampled.
{{PFT|PULMONARY_FUNCTION}}: FEV1 1.21 L (45% pred), DLCO 40% (ex-smoker 40 pack-years, emphysema).
Assessment: complete resection of the LLL {{lesion|PULMONARY_NODULE}} would need left {{pneumonectomy|PNEUMONECTOMY}}; with this {{pulmonary reserve|PULMONARY_FUNCTION}} he is not a candidate. The {{metastatic disease|METASTASIS}} is {{not resectable|UNRESECTABLE}} with acceptable risk.
Recommendation: systemic / palliative options. Not for {{metastasectomy|LUNG_RESECTION|n}}.
""")
note(p, "2026-01-08", "amended radiology report", """
{{AMENDED REPORT|CORRECTION}} — MRI left knee / proximal tibia, examination 2025.12.29, re-issued 2026.01.08
Clinical: {{osteosarcoma|OSTEOSARCOMA}} left tibia s/p resection and megaprosthesis 2022, now lung {{metastases|METASTASIS}}. Patient {{DOB: 1959.12.28|DOB}}.
{{ADDENDUM — correction|CORRECTION}}: the original report (2025.12.30) stated "no evidence of {{local recurrence|LOCAL_RECURRENCE|n}}". {{This is incorrect|CORRECTION}}; comparison with the 2025.06 study was not made.
Re-read findings: new 2.6 x 1.9 cm enhancing soft-tissue mass along the medial aspect of the prosthesis stem with cortical erosion, not present 2025.06. Diffusion restriction.
Impression: {{local recurrence|LOCAL_RECURRENCE}} at the primary site. Recommend biopsy/MDT discussion.
Discussed by phone with Dr. Kang 2026.01.08.
""")
note(p, "2026-01-12", "oncology progress note", """
Oncology — 2026.01.12. Daughter present, translating.
Patient aware of the new tibial mass (MRI re-read) — ortho to biopsy. Lungs unchanged.
ECOG 2 (uses a stick, rests in afternoon). Neuropathy grade 2 persists, no better since stopping docetaxel in June.
Plan: MDT 2026.01.20. Not eligible for PROMIS (age 66 by DOB, central nodule, lung reserve, recurrence, prior gemcitabine and PD-1 with secondary resistance). Best supportive options discussed.
""", ann=False)

# ---------------------------------------------------------------------------
# PI03 — Norway. Needs review. 14 y girl; only ECOG recorded (Lansky needed);
# indeterminate nodules; trace effusion not characterised; school vaccine type unclear
# (possibly nasal flu). Mother's breast cancer is family history. hCG negative.
p = patient("PI03", "2025-11-05", "needs_review", {
    "pmets": "unknown", "resect": "unknown", "ps": "unknown", "pft": "unknown",
    "mpe": "unknown", "livevax": "unknown"})
note(p, "2025-04-02", "discharge summary (translated)", """
Oslo Riksklinikken, Paediatric Oncology — Epicrisis (translated from Norwegian)
Patient: I.H., girl, {{14 years|AGE}}. Interpreter not needed; mother (Kari) present at all talks.

Diagnosis: {{chondroblastic osteosarcoma|OSTEOSARCOMA}}, left proximal humerus. Biopsy 03.12.2024. Staging CT thorax 06.12.2024: no {{pulmonary metastases|LUNG_METASTASIS|n}}.
Treatment: {{MAP|SYSTEMIC_THERAPY}} started 16.12.2024 (3 cycles before surgery). Resection with endoprosthesis 10.03.2025, 92% necrosis. Adjuvant {{MAP|SYSTEMIC_THERAPY}} continues from 31.03.2025.
Family history: mother {{breast cancer|OTHER_MALIGNANCY|f,h}} at 41 (BRCA negative); maternal grandfather {{prostate cancer|OTHER_MALIGNANCY|f,h}}. Germline TP53 test of the patient: no pathogenic variant.
Toxicity so far: {{febrile neutropenia|TOXICITY|h}} x1, {{mucositis grade 2|TOXICITY|h}} cycle 2, resolved.
""")
note(p, "2025-09-18", "CT report", """
CT thorax with contrast, 18.09.2025. Indication: {{osteosarcoma|OSTEOSARCOMA}} follow-up after end of therapy.
Findings: Three new subpleural {{nodules|PULMONARY_NODULE}}, RLL 4 mm, LLL 3 mm and 2 mm, smooth. Differential: intrapulmonary lymph nodes vs early {{metastases|METASTASIS|u}}; {{indeterminate|PULMONARY_NODULE|u}}. Trace left {{pleural effusion|PLEURAL_EFFUSION}}, new. No lymphadenopathy.
Conclusion: indeterminate lung {{nodules|PULMONARY_NODULE}}; short-interval CT in 6–8 weeks recommended.
""")
note(p, "2025-10-20", "SOAP note", """
S: 14 y girl, completed adjuvant MAP 22.08.2025. Tired but goes to school half days. Hair coming back. Some ringing in ears, no hearing problem by her account. Mother says she "had a vaccine at the school nurse two weeks ago" — mother not sure which one, maybe the HPV dose or the nasal flu spray (both offered at the school this autumn). We asked school health service, no reply yet.
O: Wt 47 kg. Lungs clear. Arm function fair. ECOG 1 (adult clinic form). Urine hCG negative 20.10.2025 (before CT).
A: Off therapy. Fatigue, alopecia improving. Tinnitus grade 1. Indeterminate lung nodules on CT 18.09 — repeat CT early December. Trace effusion not tapped.
P: Repeat CT 12/2025. Audiogram. Referred for PROMIS pre-screening on request of family (if lung disease confirmed).
""", ann=False)
note(p, "2025-11-03", "pre-screening log", """
PROMIS pre-screening log (Oslo site), entry 2025-11-03, flattened table:
Pt I.H.; {{14 y|AGE}} F; dx {{OS|OSTEOSARCOMA}} L humerus (biopsy 03.12.2024); lungs: 3 {{nodules|PULMONARY_NODULE}} <= 4 mm, {{indeterminate|PULMONARY_NODULE|u}}, re-CT 12/2025; resectability: not assessed by thoracic surgery; prior systemic: {{MAP|SYSTEMIC_THERAPY|h}} x 10 (completed 22.08.2025); performance: {{ECOG 1|ECOG}} only — Lansky not recorded (needed < 16 y); {{PFT|PULMONARY_FUNCTION}}: not done; pleura: trace L {{pleural effusion|PLEURAL_EFFUSION}}, not characterised; {{gem|GEMCITABINE|n}}: N; {{PD-1|CHECKPOINT_INHIBITOR|n}}: N; {{urine hCG|PREGNANCY_TEST|n}}: neg 20.10; vaccine: school vaccine ~06.10.2025, type unknown ({{HPV|NONLIVE_VACCINE|u}} vs {{nasal flu vaccine|LIVE_VACCINE|u}}); {{HIV|HIV|n}}: neg; decision: PENDING — recheck after CT.
""")
note(p, "2025-11-04", "e-mail from school health service", """
From: Helsesykepleier (school nurse), Nordre Aker — 04.11.2025
Re: vaccine given to I.H.
Dear doctor, our register shows for I.H. on 06.10.2025 only "{{influensavaksine|NONLIVE_VACCINE|u}}" (influenza vaccine), the product field is empty. This autumn we gave both the injection and the {{nasal spray vaccine (Fluenz)|LIVE_VACCINE|u}} to pupils; the nurse who gave it is on leave until December. No {{HPV|NONLIVE_VACCINE|n}} dose was registered.
Best regards, Ingrid (school nurse)
""")

# ---------------------------------------------------------------------------
# PI04 — Brazil. Eligible. Delivered 22.08.2025, nursed until end of September,
# now weaned; serum beta-hCG negative; partner HIV+ (patient negative); sister thyroid cancer.
p = patient("PI04", "2025-11-20", "eligible", {})
note(p, "2024-01-30", "discharge summary (translated)", """
Hospital Universitário Santa Luzia, Porto Alegre — Sumário de alta (translated from Portuguese)
Paciente feminina, {{22 aa|AGE}}. Internação 23.01.2024 - 30.01.2024.
Diagnóstico: {{osteossarcoma convencional|OSTEOSARCOMA}} (osteoblastic) of left distal femur, biópsia 12.01.2024. Estadiamento: TC tórax without {{nodules|PULMONARY_NODULE|n}}.
Conduta: started {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY}} protocol {{MAP|SYSTEMIC_THERAPY}} — {{Metotrexato alta dose|SYSTEMIC_THERAPY}} 12 g/m2, {{Cisplatino|SYSTEMIC_THERAPY}}, {{Doxorrubicina|SYSTEMIC_THERAPY}}. Antiemetic {{Dexametasona|SYSTEMIC_STEROID}} 8 mg IV d1-3 with {{cisplatin|SYSTEMIC_THERAPY}}.
Contraception: oral contraceptive, advised to continue during {{chemotherapy|SYSTEMIC_THERAPY|y}}.
""")
note(p, "2025-09-01", "oncology follow-up (translated)", """
Ambulatório de Oncologia Ortopédica — 01.09.2025
Consulta pós-parto. Delivered 22.08.2025 (caesarean, boy 3.1 kg). She is {{breastfeeding|LACTATION}} exclusively, wants to continue "as long as possible".
Surveillance after {{MAP|SYSTEMIC_THERAPY|h}} for {{osteosarcoma|OSTEOSARCOMA}} of left femur: CT thorax postponed because of the {{pregnancy|PREGNANCY|h}} — to do in October. {{HIV|HIV|n}} test of third trimester negative. Partner known {{HIV positive|HIV|f}}, on treatment.
""")
note(p, "2025-10-14", "referral letter (translated)", """
Porto Alegre, 14.10.2025
Dear colleague,
I am writing regarding our patient F.R.S., now {{24 years|AGE}}. She completed {{MAP|SYSTEMIC_THERAPY|h}} (6 cycles after surgery, last in 08.2024) for {{osteosarcoma|OSTEOSARCOMA}} of the left femur, wide resection 04.2024 with good necrosis (95%).
After treatment she became {{pregnant|PREGNANCY|h}} (spontaneous) and delivered a healthy boy on 22.08.2025 by caesarean. She was {{breastfeeding|LACTATION|h}} at our last visit (01.09.2025).
Follow-up CT of 03.10.2025 shows 3 {{nodules|PULMONARY_NODULE}} in right lung (RUL 9 mm, RUL 6 mm, RML 7 mm), consistent with {{metastases|METASTASIS}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Femur without {{local recurrence|LOCAL_RECURRENCE|n}} on MRI.
Social: her partner is {{HIV positive|HIV|f}} on {{antiretroviral therapy|HIV|f}} with undetectable viral load; patient tested {{HIV negative|HIV|n}} in 09.2025. Her sister had {{thyroid cancer|OTHER_MALIGNANCY|f,h}} in 2019.
We would like to know if she can enter the PROMIS study.
Atenciosamente, Dra. Luciana Menezes
""")
note(p, "2025-11-06", "thoracic surgery consult", """
Cirurgia Torácica — 06.11.2025. 24 y F, pulmonary metastatic osteosarcoma, three right lung nodules (largest 9 mm), all peripheral.
PFT 05.11.2025: FEV1 88%, FVC 91%, DLCO 82% — adequate for one-stage thoracic surgery.
Opinion: all three nodules are resectable by wedge resection (right VATS, possibly small open conversion). No central involvement. Patient agrees. ECOG 0.
""", ann=False)
note(p, "2025-11-18", "SOAP note", """
S: Comes with partner. Baby well, on formula — she {{nursed|LACTATION|h}} until end of September and stopped because she was too tired and because of the CT. Not {{breastfeeding|LACTATION|n}} now. Mild knee stiffness. No dyspnoea.
O: {{ECOG 0|ECOG}}. Lungs clear. Serum {{beta-hCG|PREGNANCY_TEST|n}} negative (17.11.2025).
Meds: ferrous sulphate; copper IUD inserted 28.10.2025 (contraception discussed again — partner uses condoms too). Vaccines: {{influenza (inactivated)|NONLIVE_VACCINE}} 04.2025.
A: {{Pulmonary metastases|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}}, 3 {{nodules|PULMONARY_NODULE}}, {{resectable|RESECTABLE}}; {{PFTs adequate|PULMONARY_FUNCTION}}. Previously treated with {{MAP|SYSTEMIC_THERAPY|h}}; no {{gemcitabine|GEMCITABINE|n}}, no {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|n}}. Side effects: none above grade 1.
P: Screening for PROMIS — SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|y}} and {{gemcitabine|GEMCITABINE|y}}, followed by {{metastasectomy|LUNG_RESECTION|y}}. Consent visit 20.11.
""")

# ---------------------------------------------------------------------------
# PI05 — Portugal. Excluded. Osteosarcoma found in pregnancy, chemo deferred
# (chemotherapy-naive); delivered 03.01.2026 and exclusively breastfeeding; MMR given
# 17.01.2026 = exactly 30 days before as_of (inside). Resectability: "probably" only.
p = patient("PI05", "2026-02-16", "excluded", {
    "prior": "not_met", "resect": "unknown", "pft": "unknown",
    "preg": "met", "livevax": "met"})
note(p, "2025-11-12", "joint obstetric-oncology letter (translated)", """
Centro Hospitalar Lisboa Ocidental — Obstetrícia / Oncologia Músculo-Esquelética
12.11.2025

Dear colleagues,
Mrs. A.C.M., {{27 anos|AGE}}, G1P0, currently {{28 weeks of gestation|PREGNANCY}}, with pain in right proximal tibia since the first trimester, attributed at first to the {{pregnancy|PREGNANCY}}. MRI without contrast 28.10.2025 and core biopsy 05.11.2025: high-grade {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic type.
Chest X-ray (shielded): 2 small opacities right lung, to be characterised after delivery.
Screening serology of first trimester: {{HIV 1/2|HIV|n}} non-reactive, VDRL negative, rubella IgG negative (non-immune).
Multidisciplinary decision: delivery by caesarean at 35 weeks planned; {{chemotherapy|SYSTEMIC_THERAPY|y}} ({{MAP|SYSTEMIC_THERAPY|y}}) will start after delivery. The patient refused {{chemotherapy|SYSTEMIC_THERAPY|n}} during {{pregnancy|PREGNANCY}}, decision respected.
Dra. Sofia Nogueira / Dr. Rui Tavares
""")
note(p, "2026-01-06", "obstetric discharge summary", """
Discharge — Obstetrics, 06.01.2026. Elective caesarean 03.01.2026 at 35+1 weeks, girl 2410 g, Apgar 9/10, to rooming-in. Mother exclusively breastfeeding, good latch.
Rubella non-immune: MMR to be given at the postnatal visit (breastfeeding is not a contraindication).
Contraception: progestogen-only pill started; LAM explained.
Follow-up orthopaedic oncology 15.01.2026 for start of treatment plan.
""", ann=False)
note(p, "2026-01-17", "postnatal visit", """
Postnatal consultation — Centro de Saúde Alcântara, 17.01.2026 (2 weeks post-partum).
Mother well, scar healed. {{Breastfeeding|LACTATION}} exclusively, baby gaining weight.
Vaccination: {{MMR (VASPR) 0.5 mL SC|LIVE_VACCINE}} given today, left arm, lot VX2291 (rubella non-immune in {{pregnancy|PREGNANCY|h}}). Advised to avoid {{pregnancy|PREGNANCY|y}} for 1 month.
Oncology appointment noted; she has not started {{chemotherapy|SYSTEMIC_THERAPY|n}} yet.
""")
note(p, "2026-02-10", "tumour board minutes", """
Reunião multidisciplinar de sarcomas ósseos — minutes, 10.02.2026
Case: A.C.M., 27 y F, osteosarcoma right proximal tibia (biopsy 05.11.2025), post-partum 5 weeks, chemotherapy-naive.
CT thorax 02.02.2026: 4 nodules (RUL 11 mm, RLL 8 mm, LUL 6 mm, LLL 5 mm), consistent with pulmonary metastases. No pleural effusion.
Discussion: Dr. Tavares (ortho) — start MAP this week, surgery of tibia after 2-3 cycles. Dr. Pinto (thoracic) — nodules probably resectable later, too early to say, depends on chemotherapy response. Dr. Nogueira — patient asks about the PROMIS study, she read about it.
Consensus: MAP to start 17.02.2026. Reassess lungs after 2 cycles; resectability not decided; PFT not yet done. ECOG 1. She wants to continue breastfeeding until chemotherapy starts.
""", ann=False)
note(p, "2026-02-13", "investigator e-mail", """
From: PROMIS coordinating investigator
To: Dra. Sofia Nogueira
Date: 13.02.2026
Re: your patient A.C.M.

Dear colleague, regarding our patient A.C.M. ({{27y|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} of tibia with {{lung metastases|LUNG_METASTASIS}}) — thank you for the referral. Unfortunately at this moment she cannot enter:
1) she is {{chemotherapy-naive|CHEMO_NAIVE}}; PROMIS requires at least one standard regimen before ({{MAP|SYSTEMIC_THERAPY|y}} is only planned for 17.02);
2) she is currently {{breastfeeding|LACTATION}};
3) she received {{MMR|LIVE_VACCINE}} on 17.01.2026, a {{live vaccine|LIVE_VACCINE}}, inside the 30-day window.
Also resectability of the {{nodules|PULMONARY_NODULE}} is not yet decided and no {{PFTs|PULMONARY_FUNCTION}} are available. We will be happy to re-screen after first-line treatment.
Kind regards
""")

# ---------------------------------------------------------------------------
# PI06 — Mexico. Needs review. No age/DOB anywhere ("young man"): age and PS unknown.
# Treated in Houston: pembrolizumab with response not documented; second line "GD?";
# consented to a phase I trial, dosing unknown; childhood "bone marrow transplant",
# type not stated (leukaemia 2005 is > 5 years).
p = patient("PI06", "2026-04-08", "needs_review", {
    "age": "unknown", "ps": "unknown", "gem": "unknown", "invest": "unknown",
    "cpi": "unknown", "allo": "unknown"})
note(p, "2026-02-02", "investigator e-mail thread", """
From: Dr. Alejandro Ruiz Treviño (Hospital Universitario del Noreste, Monterrey)
Sent: 02/02/2026
Subject: Paciente J.L.G. — PROMIS candidate?

Estimado colega, dear colleague,

Regarding our patient J.L.G., a young man from Saltillo. He had {{telangiectatic osteosarcoma|OSTEOSARCOMA}} of the left distal femur, biopsy 2023.03.14, treated here with {{MAP|SYSTEMIC_THERAPY|h}} (completed 2023.11) and wide resection.

In 2024 he developed {{pulmonary metastases|LUNG_METASTASIS}} and the family moved him to Houston for treatment. We have only a partial summary in English (4 pages, no imaging reports). From this summary:
- {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} ({{Keytruda|CHECKPOINT_INHIBITOR|h}}) x 6 cycles, 2024.06–2024.10. Response is not written.
- "second line {{chemotherapy|SYSTEMIC_THERAPY|h}} — {{GD?|GEMCITABINE|u}}" 2024.11–2025.02 (the question mark is in the original; could be {{gemcitabine-docetaxel|GEMCITABINE|u}}, we don't know).
- "consented to phase I {{study|INVESTIGATIONAL|u}} NCT0xxxx, C1D1 pending" dated 2025.03.02. We don't know if he ever received the {{study drug|INVESTIGATIONAL|u}}. He came back to Monterrey in 05/2025 with tablets from Houston that he still takes every day — the mother does not know if these are the {{study medication|INVESTIGATIONAL|u}} or only supportive pills (she will bring the boxes).

Past history: {{acute lymphoblastic leukaemia|OTHER_MALIGNANCY|h}} in 2005 (childhood), treated in Guadalajara with {{chemotherapy|SYSTEMIC_THERAPY|h}} and "{{trasplante de médula ósea|TRANSPLANT|u}}" — type of {{transplant|TRANSPLANT|u}} (donor?) not known by the family.

Could you tell us if he is a candidate? Mother (Sra. G.) is the contact; she speaks only Spanish.

Saludos cordiales,
A. Ruiz T.
""")
note(p, "2026-02-20", "investigator e-mail reply", """
From: PROMIS study team
Sent: 20/02/2026
Re: Paciente J.L.G.

Dear Dr. Ruiz,
Thank you. Before screening we need: (1) date of birth (not in the letter); (2) best response and dates of response/progression on pembrolizumab — secondary resistance after response excludes; (3) the exact second-line regimen (gemcitabine excludes); (4) whether he was dosed in the Houston phase I study and when; (5) donor type of the 2005 marrow transplant (allogeneic excludes, autologous does not); (6) current ECOG and PFT.
Best regards.
""", ann=False)
note(p, "2026-03-10", "thoracic surgery consult (translated)", """
Cirugía de Tórax — 10/03/2026
CT 03/2026: two {{nodules|PULMONARY_NODULE}} left lung (LUL 14 mm, LLL 9 mm), new since 09/2025, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}; no {{pleural effusion|PLEURAL_EFFUSION|n}}. Femur: no {{local recurrence|LOCAL_RECURRENCE|n}}.
{{Espirometría|PULMONARY_FUNCTION}} / {{PFT|PULMONARY_FUNCTION}}: FEV1 91%, DLCO 85% — {{adequate|PULMONARY_FUNCTION}}.
Plan: {{resectable|RESECTABLE}}; {{LUL segmentectomy|LUNG_RESECTION}} + {{LLL wedge|LUNG_RESECTION}} feasible in one stage.
Patient: {{ECOG 1|ECOG}}, works in the family shop. Mother present.
""")
note(p, "2026-04-01", "pre-screening log", """
PROMIS pre-screen log, Monterrey site, row 2026-04-01:
J.L.G.; age: not recorded — DOB requested twice, not received; ECOG 1; histology: telangiectatic OS (2023), femur reconstructed with allograft-prosthesis composite; lung: 2 nodules, resectable (thoracic 10/03); prior systemic: MAP 2023 + Houston chemo; prior PD-1: Y — pembrolizumab 2024, best response NOT documented; gemcitabine: ? (summary says "GD?"); investigational <4 wk: ? consented phase I 03/2025, dosing unknown; still takes daily tablets from Houston, identity unknown (boxes requested); transplant: BMT 2005, autologous vs allogeneic unknown; HIV Ab: neg 02/2026; hCG: n/a; vaccines: none recent; steroids: none; status: NEEDS REVIEW — waiting Houston records.
""", ann=False)

# ---------------------------------------------------------------------------
# PI07 — Sweden. Eligible. Pembrolizumab with progression at the first assessment
# (primary resistance -> not_met). Prednisolone for asthma, last tablet 12.03.2026 =
# 8 days before as_of (outside 7 d). Inhaled budesonide is local. WHO PS = ECOG.
# "PD" also = grandfather's Parkinson's disease.
p = patient("PI07", "2026-03-20", "eligible", {})
note(p, "2024-12-02", "tumour board minutes (translated)", """
{{Sahlgrenska Sarcoma Conference|LOOKALIKE}} — Göteborg, 2024-12-02 (minutes in English for the Nordic network)
Patient: E.L., woman, {{18 years|AGE}}. {{Conventional osteosarcoma|OSTEOSARCOMA}} right proximal tibia, biopsy 2023-05-09, {{MAP|SYSTEMIC_THERAPY|h}} completed 2023-12, wide resection.
{{Lung metastases|LUNG_METASTASIS}} 08/2024 (4 {{nodules|PULMONARY_NODULE}} bilateral, up to 12 mm).
Given {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} 200 mg q3w from 2024-09-05 (off-label, {{PD-L1 CPS 5|LOOKALIKE}}), 3 doses. First evaluation CT 2024-11-25 (week 11): clear {{progressive disease|TUMOR_RESPONSE}}, all {{nodules|PULMONARY_NODULE}} larger, 2 new. No response before — this is {{PD|TUMOR_RESPONSE}} at first assessment.
Decision: stop {{pembrolizumab|CHECKPOINT_INHIBITOR}}. Start {{ifosfamide|SYSTEMIC_THERAPY|y}} + {{etoposide|SYSTEMIC_THERAPY|y}} ({{IE|SYSTEMIC_THERAPY|y}}) x 4, then re-discuss {{metastasectomy|LUNG_RESECTION|y}}.
""")
note(p, "2025-04-30", "oncology progress note", """
Onkologmottagningen 2025-04-30. 18 y, completed IE x4 (last 2025-04-08). CT 2025-04-22: partial response, 2 nodules disappeared, 2 remaining 6 mm. Bilateral wedge resections done 2025-06 (see surgical note) — all margins free, pathology osteosarcoma metastases with 70% necrosis.
Toxicity: haematuria grade 1 from ifosfamide, resolved. Fatigue.
""", ann=False)
note(p, "2026-02-10", "referral letter", """
To: PROMIS screening team, Department of Oncology
From: Dr. Lars-Erik Holmqvist, Göteborg — 2026-02-10

Dear colleagues,
I want to refer E.L., now {{19 years|AGE}}, with {{osteosarcoma|OSTEOSARCOMA}} of the tibia, previously treated with {{MAP|SYSTEMIC_THERAPY|h}}, {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} (primary {{progression|TUMOR_RESPONSE}}, see conference 2024-12-02) and {{IE|SYSTEMIC_THERAPY|h}}, and bilateral {{wedge resections|LUNG_RESECTION|h}} 06/2025.
Now new {{lung metastases|LUNG_METASTASIS}}: CT 2026-01-28 shows 2 {{nodules|PULMONARY_NODULE}} in the right lung (RML 10 mm, RLL 7 mm), growing since 10/2025. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Other: asthma since childhood, {{budesonide/formoterol inhaler|LOCAL_STEROID}} 160/4.5 two puffs bid. No {{gemcitabine|GEMCITABINE|n}} ever. Family: farfar (grandfather) has {{PD|LOOKALIKE}} (Parkinson's), mormor {{colon cancer|OTHER_MALIGNANCY|f,h}} at 70.
She studies in Lund and lives with her boyfriend; uses combined pill.
Kind regards, L-E Holmqvist
""")
note(p, "2026-03-13", "primary care note", """
Vårdcentral Lund — 2026-03-13. Telephone follow-up.
Asthma exacerbation after a viral infection 2026-03-05. Was given prednisolone 30 mg once daily x 7 days, 2026-03-06 to 2026-03-12 — she took the last tablet yesterday (12/3). Breathing now much better, peak flow 420 (best 450). Continue Symbicort, no further prednisolone. Not pregnant (negative urine test in ER 05/03).
""", ann=False)
note(p, "2026-03-18", "trial screening checklist", """
PROMIS — screening checklist. Site: Göteborg. Date 2026-03-18. Planned C1D1 2026-03-23; screening as-of 2026-03-20.
1. {{Osteosarcoma|OSTEOSARCOMA}} histologically confirmed ........ [x] Yes [ ] No
2. {{Pulmonary metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} (thoracic MDT 2026-03-04: {{RML wedge|LUNG_RESECTION}} + {{RLL wedge|LUNG_RESECTION}}) ... [x] Yes
3. {{Malignant pleural effusion|MALIGNANT_EFFUSION|n}} ...................... [x] No  [ ] Yes
4. Prior standard regimen: {{MAP|SYSTEMIC_THERAPY|h}}, {{IE|SYSTEMIC_THERAPY|h}} ........ [x] Yes
   Prior {{gemcitabine|GEMCITABINE|n}} ................................. [x] No  [ ] Yes
5. {{PFT|PULMONARY_FUNCTION}} 2026-03-02: FEV1 97%, DLCO 90% — {{adequate|PULMONARY_FUNCTION}} ..... [x] Yes
6. Age: {{19 y|AGE}} ...................................... [x] 10-65
7. {{WHO PS 1|ECOG}} .......................................... [x] 0-2
E3 Prior {{anti-PD-1|CHECKPOINT_INHIBITOR|h}}: Y — {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} 2024, best response {{PD|TUMOR_RESPONSE}} at first CT (primary resistance, not secondary) -> not excluding
E6 Systemic glucocorticoid last 7 days: {{prednisolone|SYSTEMIC_STEROID}} 30 mg, last dose 2026-03-12 (8 days before 2026-03-20) -> No. {{Inhaled budesonide|LOCAL_STEROID}} continues (local route).
E10 {{HIV Ab|HIV|n}}: neg (2026-03-02)
E11 {{Live vaccine|LIVE_VACCINE|n}} last 30 d: [x] No. Last vaccine: {{dTpa booster|NONLIVE_VACCINE}} 2025-11.
E12 {{Pregnancy test|PREGNANCY_TEST|n}}: serum neg 2026-03-16. Not {{breastfeeding|LACTATION|n}}.
E9 Residual AE > G1: none ({{haematuria G1|TOXICITY|h}} resolved).
""")

# ---------------------------------------------------------------------------
# PI08 — Korea. Excluded. RA on methotrexate 15 mg weekly (not chemotherapy) and a
# prednisolone taper that ended 2025-11-24 = exactly 7 days before as_of (inside).
# HIV on Biktarvy. Papillary thyroid carcinoma 05/2023. Thymosin alpha-1 last 21.11.2025.
# No lung metastases (calcified granuloma).
p = patient("PI08", "2025-12-01", "excluded", {
    "pmets": "not_met", "resect": "unknown", "pft": "unknown",
    "othermal": "met", "immunomod": "met", "autoimm": "met", "steroids": "met", "hiv": "met"})
note(p, "2024-06-15", "discharge summary (translated)", """
Busan Haeundae Medical Center — Discharge record (translated), 2024.06.15
{{44-year-old|AGE}} man. Diagnosis: {{high-grade surface osteosarcoma|OSTEOSARCOMA}}, left distal femur, biopsy 2024.05.20.
Comorbidities:
- {{Rheumatoid arthritis|AUTOIMMUNE_DISEASE}} since 2016 — {{methotrexate 15 mg weekly|IMMUNOSUPPRESSANT}} + {{prednisolone 5 mg|SYSTEMIC_STEROID}} daily (rheumatology, Dr. Yoon).
- {{HIV|HIV}} infection diagnosed 2018, on {{Biktarvy|HIV}}, CD4 620/uL, viral load undetectable.
- {{Papillary thyroid carcinoma|OTHER_MALIGNANCY}}, total thyroidectomy 2023.05.11, RAI 2023.07; now on {{levothyroxine|REPLACEMENT_THERAPY}} 125 mcg.
Staging CT chest: 6 mm calcified {{nodule|PULMONARY_NODULE}} RUL — granuloma, no {{metastasis|METASTASIS|n}}.
Plan: {{doxorubicin|SYSTEMIC_THERAPY|y}} + {{cisplatin|SYSTEMIC_THERAPY|y}} ({{AP|SYSTEMIC_THERAPY|y}}) — {{HD-MTX|SYSTEMIC_THERAPY|n}} not chosen (drug interaction, renal). Rheumatology: hold {{MTX|IMMUNOSUPPRESSANT}} during {{chemotherapy|SYSTEMIC_THERAPY|y}}.
""")
note(p, "2025-02-20", "oncology progress note", """
Oncology OPD 2025.02.20. 45 M. Completed AP x 6 (last 2025.01.28) and wide resection with tumour prosthesis 2024.09. Pathology 85% necrosis.
Joint pain returned in hands. Rheumatology restarted methotrexate 15 mg/week from 2025.02.17 (for RA, not oncologic). Prednisolone 5 mg continued throughout.
CT chest 2025.02: calcified granuloma stable, no new nodules.
""", ann=False)
note(p, "2025-10-30", "rheumatology note", """
Rheumatology — 2025.10.30.
{{RA|AUTOIMMUNE_DISEASE}} flare: swollen MCPs both hands, DAS28-CRP 5.1.
Plan: {{prednisolone|SYSTEMIC_STEROID}} increase to 20 mg and taper by 5 mg weekly — 20 mg (10.28-11.03), 15 mg (11.04-11.10), 10 mg (11.11-11.17), 5 mg (11.18-11.24), then stop. {{Methotrexate|IMMUNOSUPPRESSANT}} 15 mg weekly continue, folic acid. Consider adding {{hydroxychloroquine|DMARD|y}} if repeat flare.
{{Osteosarcoma|OSTEOSARCOMA}} follow-up at orthopaedic oncology.
""")
note(p, "2025-11-26", "oncology progress note", """
Oncology OPD 2025.11.26. Wife with him.
He finished prednisolone taper on 24.11 (last 5 mg tablet that day). Continues methotrexate weekly for RA and Biktarvy.
He tells us he receives thymosin alpha-1 (Zadaxin) 1.6 mg s.c. twice weekly at a private "immune clinic" since 08/2025; last injection 21.11.2025. He wishes to continue, because a friend with liver cancer recommended.
ECOG 0, works full time. Asked about PROMIS (read on internet). Explained lungs are clear; trial is for pulmonary metastases.
""", ann=False)
note(p, "2025-11-28", "pre-screening log", """
PROMIS pre-screening log — Busan site; entry 2025.11.28; table flattened:
Pt: C.D.W.; {{45 y|AGE}} M; {{OS|OSTEOSARCOMA}} femur (2024.05); CT chest 2025.11.20: no {{pulmonary metastases|LUNG_METASTASIS|n}}, calcified granuloma RUL unchanged; surgery: n/a; {{PFT|PULMONARY_FUNCTION}}: not done; prior systemic: {{AP|SYSTEMIC_THERAPY|h}} x6; {{gemcitabine|GEMCITABINE|n}}: N; {{anti-PD-1|CHECKPOINT_INHIBITOR|n}}: N; {{thymosin|IMMUNOMODULATOR}}: Y, last 2025.11.21; autoimmune: {{RA|AUTOIMMUNE_DISEASE}} on {{MTX|IMMUNOSUPPRESSANT}} 15 mg/wk + {{prednisolone|SYSTEMIC_STEROID}} taper ended 2025.11.24; {{HIV|HIV}}: POS on {{ART|HIV}}; thyroid: {{PTC|OTHER_MALIGNANCY|h}} 2023; outcome: SCREEN FAIL (no {{lung mets|LUNG_METASTASIS|n}}; several exclusions).
""")

# ---------------------------------------------------------------------------
# PI09 — Portugal / China. Excluded. Treated in Shanghai, records partly illegible:
# second line "GP?" (gemcitabine unknown). Camrelizumab: first letter says SD 2 months,
# a later letter corrects it to SD ~7 months then PD (secondary resistance -> met).
# Thymalfasin last dose 28.04.2026 = exactly 14 days (inside). Breast cancer biopsy
# 14.06.2021 = 4 y 11 m before as_of (inside 5 y). Trastuzumab grade 3 anaphylaxis.
# > 20 bilateral nodules: unresectable although PFTs are adequate.
p = patient("PI09", "2026-05-12", "excluded", {
    "resect": "not_met", "gem": "unknown", "othermal": "met", "cpi": "met",
    "immunomod": "met", "mab": "met"})
note(p, "2025-11-05", "referral letter (translated)", """
IPO Lisboa — {{Clínica de Sarcomas|LOOKALIKE}}. Lisboa, 05.11.2025
Exmo(a). Colega / Dear colleague,

We send the patient M.J.F.A., female, {{aged 40|AGE}}, Portuguese, who lived in Shanghai for work 2018-2025 and returned to Lisbon in 09.2025. Most of her treatment was done in China; we received only part of the documents.

1. {{Breast carcinoma|OTHER_MALIGNANCY|h}} left, HER2 positive, core biopsy 14.06.2021 (Shanghai). Mastectomy, adjuvant {{chemotherapy|SYSTEMIC_THERAPY|h}} and radiotherapy to chest wall. {{Trastuzumab|MONOCLONAL_ANTIBODY|h}}: {{anaphylaxis grade 3|ALLERGIC_REACTION|h}} (hypotension, bronchospasm) at the 2nd infusion 08.2021 — stopped, never re-challenged.
2. {{Radiation-associated osteosarcoma|OSTEOSARCOMA}} of left 4th rib / chest wall, biopsy 02.2024 (Shanghai). Resection of chest wall 04.2024. {{Doxorubicin|SYSTEMIC_THERAPY|h}} + {{cisplatin|SYSTEMIC_THERAPY|h}} + {{ifosfamide|SYSTEMIC_THERAPY|h}} 2024.
3. {{Lung metastases|LUNG_METASTASIS}} 12.2024: {{camrelizumab|CHECKPOINT_INHIBITOR|h}} (AiRuiKa) + {{apatinib|SYSTEMIC_THERAPY|h}} from 02.2025. Best response reported as {{stable disease|TUMOR_RESPONSE}} during 2 months, then {{progression|TUMOR_RESPONSE}}.
4. Further treatment in Shanghai 09.2025, regimen not clear (see translation to follow).

She also uses {{thymalfasin|IMMUNOMODULATOR}} (Zadaxin) injections and {{Huaier granules|IMMUNOMODULATOR}}, brought from China.
Cumprimentos, Dr. Tiago Lacerda
""")
note(p, "2025-12-10", "translated outside records", """
Translation (Chinese -> English) of 3 pages received from Shanghai Xuhui Oncology Hospital, done by certified translator. Page 2 partly illegible (fax).
Page 1: "Diagnosis: left chest wall osteosarcoma, post-operative, double lung metastases. 2025-02-10 started camrelizumab 200 mg q2w + apatinib 250 mg qd. 2025-04-08 CT evaluation: SD. 2025-06-20 CT evaluation: SD (lesions slightly smaller). 2025-08-12 CT: iUPD (pseudo-progression not excluded, camrelizumab continued). 2025-09-15 CT: iCPD, lung lesions increased, new lesions. Camrelizumab stopped."
Page 2: "2025-09-22 second-line [illegible] + ... regimen, 'G?' ... d1,8 ..." — the translator notes the drug name is not readable; the letter 'G' and 'd1,8' could suggest gemcitabine, not confirmed.
Page 3: "Thymalfasin 1.6 mg sc biw long-term for immune support."
""", ann=False)
note(p, "2026-01-20", "correction letter", """
IPO Lisboa — 20.01.2026
Dear colleague,
{{Correction|CORRECTION}} to our letter of 05.11.2025: we wrote that the best response to {{camrelizumab|CHECKPOINT_INHIBITOR|h}} was {{stable disease|TUMOR_RESPONSE}} for 2 months. {{This is incorrect|CORRECTION}}. The translated Chinese records show {{SD|TUMOR_RESPONSE}} at the CT of 08.04.2025 and again at 20.06.2025, and {{progression|TUMOR_RESPONSE}} only on 15.09.2025 — so disease control about 7 months from start (10.02.2025) before {{PD|TUMOR_RESPONSE}}.
The second-line regimen of 09.2025 remains unknown (possibly {{gemcitabine|GEMCITABINE|u}}-based, not confirmed; we asked Shanghai again).
Regards, T. Lacerda
""")
note(p, "2026-04-30", "SOAP note", """
S: Comes with husband. Cough mild. She continued thymalfasin (Zadaxin) 1.6 mg twice weekly by herself after return; last injection 28.04.2026, she has 4 ampoules left. Huaier granules stopped in March (ran out).
O: ECOG 1. SpO2 97%. PFT 22.04.2026: FEV1 84%, DLCO 78% — adequate.
A: Radiation-associated osteosarcoma with bilateral lung metastases, after camrelizumab (secondary resistance) and unknown 2nd line.
P: Tumour board 06.05. Asked to stop thymalfasin (no evidence). Contraception: not sexually active at present; hCG negative 22.04.
""", ann=False)
note(p, "2026-05-06", "tumour board minutes", """
Tumour board (bone tumours), IPO Lisboa — 06.05.2026
M.J.F.A., {{40 years|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} of chest wall (radiation-associated), {{pulmonary metastases|LUNG_METASTASIS}}.
CT 28.04.2026: more than 20 {{nodules|PULMONARY_NODULE}} in both lungs, 3–18 mm, several central.
Thoracic surgery (Dr. Amaral): {{not resectable|UNRESECTABLE}} — number and distribution, complete {{metastasectomy|LUNG_RESECTION|n}} impossible even in two stages; {{lung function|PULMONARY_FUNCTION}} itself is {{adequate|PULMONARY_FUNCTION}}.
Oncology (Dr. Lacerda): she asked about the PROMIS study — not possible ({{unresectable|UNRESECTABLE}}; also prior {{camrelizumab|CHECKPOINT_INHIBITOR|h}} with secondary resistance; {{breast cancer|OTHER_MALIGNANCY|h}} 06.2021 inside 5 years; {{thymalfasin|IMMUNOMODULATOR}} until 28.04; {{trastuzumab|MONOCLONAL_ANTIBODY|h}} {{anaphylaxis|ALLERGIC_REACTION|h}}).
Consensus: systemic palliative treatment; {{regorafenib|SYSTEMIC_THERAPY|y}} proposed. {{ECOG 1|ECOG}}.
""")

# ---------------------------------------------------------------------------
# PI10 — Turkey. Needs review. Amputated at a private hospital, records missing: not
# known whether chemotherapy was given. Stump "cannot exclude" recurrence; thyroid FNA
# Bethesda IV; "immune support" injections possibly thymosin, ongoing; "cortisone"
# tablets, unclear if still taking; HIV screen reactive, confirmation pending.
p = patient("PI10", "2026-01-26", "needs_review", {
    "prior": "unknown", "localrec": "unknown", "othermal": "unknown",
    "immunomod": "unknown", "steroids": "unknown", "hiv": "unknown"})
note(p, "2025-10-02", "referral letter (translated)", """
Ankara Bilkent Şehir Hastanesi, Ortopedik Onkoloji — 02.10.2025 (translated from Turkish)

Dear Colleague,
Our patient Mr. H.Y., {{aged 52|AGE}}, was operated 03.2024 in a private hospital in Antalya: above-knee amputation for {{dedifferentiated parosteal osteosarcoma|OSTEOSARCOMA}} of left distal femur (pathology report of 11.03.2024 we have; other records not). The patient says he received "strong serum" before the operation but he does not remember names; the private hospital did not answer us yet. So it is not clear whether he had {{chemotherapy|SYSTEMIC_THERAPY|u}}.
Control CT thorax 22.09.2025: 3 {{nodules|PULMONARY_NODULE}} in left lung (LLL 16 mm, LLL 11 mm, lingula 8 mm), compatible with {{pulmonary metastases|LUNG_METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|n}}.
He is married, 3 children; wife speaks for him mostly (his hearing is poor since childhood, not treatment-related).
We ask evaluation for PROMIS protocol.
Saygılarımla, Doç. Dr. Emre Aksoy
""")
note(p, "2025-11-14", "thoracic surgery consult", """
Göğüs Cerrahisi — 14.11.2025
52 M, left lung metastases x3 from osteosarcoma. All three can be removed: LLL lobectomy (two LLL nodules) plus lingular wedge — resectable, no pneumonectomy needed, hilum free.
PFT 12.11.2025: FEV1 82%, FVC 85%, DLCO 79% — adequate for lobectomy.
ECOG 1 (walks with prosthesis, works as shop owner).
""", ann=False)
note(p, "2025-12-15", "MRI report", """
MRI left thigh (amputation stump), 15.12.2025.
Clinical: {{osteosarcoma|OSTEOSARCOMA}} s/p above-knee amputation 03.2024.
Findings: 2.1 x 1.4 cm area of soft-tissue thickening with mild enhancement at the posterior aspect of the stump, near the sciatic nerve end. Differential: post-operative scar / neuroma vs {{local recurrence|LOCAL_RECURRENCE|u}}.
Impression: cannot exclude {{local recurrence|LOCAL_RECURRENCE|u}}. Ultrasound-guided biopsy suggested.
""")
note(p, "2026-01-12", "SOAP note", """
S: Wife speaks for him (interpreter by phone for the part with the doctor). Some stump pain at night. She says he still goes every week to a private clinic for "{{immune support injections|IMMUNOMODULATOR|u}}" — she thinks the name is "timosin" ({{thymosin|IMMUNOMODULATOR|u}}?), she will bring the box. Also the family doctor gave him "{{cortisone|SYSTEMIC_STEROID|u}}" tablets for back pain last month; unclear if he still takes them.
O: {{ECOG 1|ECOG}}. Thyroid: {{thyroid nodule|LOOKALIKE}} left, 2.3 cm. Neck US 05.01.2026: TI-RADS 4.
Labs 09.01.2026: {{HIV|HIV|u}} Ag/Ab combo (4th generation) reactive, S/CO 2.8 — confirmatory test ({{HIV-1/2|HIV|u}} differentiation) pending. Patient and wife informed, very surprised.
A/P: 
- Thyroid FNA 08.01.2026: Bethesda IV, follicular neoplasm — {{carcinoma|OTHER_MALIGNANCY|u}} not excluded; endocrine surgery for {{thyroid lobectomy|LOOKALIKE}}.
- Stump biopsy booked 28.01.
- PROMIS screening on hold until confirmatory {{HIV test|HIV|u}}, thyroid, stump and outside treatment records.
""")
note(p, "2026-01-22", "pre-screening log", """
PROMIS prescreen log — Ankara — 22.01.2026 — row: H.Y.; 52y M; OS (dediff. parosteal) L femur; lung mets x3 resectable (lobectomy+wedge); PFT adequate; ECOG 1; prior systemic: ? (private hospital, no records); local recurrence: ? MRI stump "cannot exclude"; malignant effusion: N; gemcitabine: N; PD-1: N; other malignancy: ? thyroid Bethesda IV; investigational: N; immunomodulator: ? weekly "timosin" injections, ongoing; autoimmune: N; systemic steroid: ? "cortisone" tablets 12/2025, current use unknown; transplant: N; mAb allergy: N; toxicity: N; HIV: ? screen reactive 09.01, confirmation pending; live vaccine: N; pregnancy: n/a (male); STATUS: needs review.
""", ann=False)

# ---------------------------------------------------------------------------
# PI11 — Turkey. Excluded. Allogeneic HSCT 2019 for AML (AML diagnosed 12.03.2019,
# > 5 years -> other malignancy not_met). Radiation-associated osteosarcoma. Tacrolimus +
# prednisolone for chronic GVHD. Nodules technically resectable but FEV1 38% (BOS):
# resectable met, PFT not_met. Malignant effusion (cytology positive). KPS 50.
# Ifosfamide nephrotoxicity grade 2 persists.
p = patient("PI11", "2025-09-10", "excluded", {
    "ps": "not_met", "pft": "not_met", "mpe": "met", "steroids": "met",
    "allo": "met", "tox": "met"})
note(p, "2025-06-02", "discharge summary (translated)", """
İstanbul Cerrahpaşa — Hematology/Oncology discharge summary (translated), 02.06.2025
Patient: Mrs. S.K., {{35 yaş|AGE}} ({{35 years|AGE}}).

Past medical history:
- {{Acute myeloid leukaemia|OTHER_MALIGNANCY|h}} (AML, FLT3-ITD), bone marrow biopsy 12.03.2019. {{Induction 7+3|SYSTEMIC_THERAPY|h}}, then {{allogeneic stem cell transplant|TRANSPLANT|h}} from HLA-identical brother 14.08.2019 (conditioning TBI/{{cyclophosphamide|SYSTEMIC_THERAPY|h}}). Marrow normal at every control since.
- Chronic GVHD of lung ({{bronchiolitis obliterans|TOXICITY|h}}, 2021) and skin.

Current medication: {{tacrolimus|IMMUNOSUPPRESSANT}} 1 mg bid and {{prednisolone|SYSTEMIC_STEROID}} 7.5 mg daily (long-term, for GVHD).

Current diagnosis: {{radiation-associated osteosarcoma|OSTEOSARCOMA}} of left iliac bone, biopsy 06.02.2024. Treated with {{doxorubicin|SYSTEMIC_THERAPY|h}} + {{ifosfamide|SYSTEMIC_THERAPY|h}} x 6 (02-07.2024; no {{cisplatin|SYSTEMIC_THERAPY|n}}/{{HD-MTX|SYSTEMIC_THERAPY|n}} because of kidney function), then internal hemipelvectomy 09.2024.
{{Nephrotoxicity grade 2|TOXICITY}} after {{ifosfamide|SYSTEMIC_THERAPY|h}}: creatinine 1.9 mg/dL (baseline 0.8 before 2024), persists, eGFR 34.
CT 05.2025: 2 new {{nodules|PULMONARY_NODULE}} LLL (12 and 9 mm), consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
""")
note(p, "2025-07-21", "thoracic surgery consult", """
Thoracic Surgery — 21.07.2025
2 LLL {{nodules|PULMONARY_NODULE}}, peripheral, 12 and 9 mm. Technically {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}} — no central involvement, no {{pneumonectomy|PNEUMONECTOMY|n}} required.
However {{PFT|PULMONARY_FUNCTION}} 15.07.2025: FEV1 0.98 L (38% pred), DLCO 41%, known {{bronchiolitis obliterans|TOXICITY}} after {{transplant|TRANSPLANT|h}}. {{Not a surgical candidate because of lung function|PULMONARY_FUNCTION}}. Risk of prolonged air leak and respiratory failure too high.
Recommendation: no surgery; consider SBRT alone / systemic.
""")
note(p, "2025-08-18", "procedure note", """
Thoracentesis — 18.08.2025. Moderate left pleural effusion, 850 mL serosanguinous fluid removed under US guidance.
Cytology (report 21.08.2025): malignant cells present, atypical spindle cells with osteoid-like matrix, consistent with metastatic osteosarcoma. Malignant pleural effusion.
""", ann=False)
note(p, "2025-09-03", "SOAP note", """
S: Mother with her. Short of breath walking 20 m, oxygen at home 2 L at night. Spends most of day in bed or chair.
O: KPS 50. SpO2 92% RA. Creatinine 2.0.
Meds: tacrolimus 1 mg bid, prednisolone 7.5 mg daily, azithromycin 3x/week, fluconazole, acyclovir, co-trimoxazole, home O2.
A: Osteosarcoma with lung metastases and malignant pleural effusion (cytology positive 21.08). Ongoing GVHD immunosuppression. Performance poor.
P: Pleural catheter. Discuss palliative systemic therapy. She asked about PROMIS — explained not possible.
""", ann=False)
note(p, "2025-09-08", "investigator e-mail", """
Dear colleague, regarding our patient S.K. ({{35 years|AGE}}): thank you for the PROMIS screening request; she is not eligible — {{KPS 50|KARNOFSKY}}, {{pulmonary function|PULMONARY_FUNCTION}} insufficient (FEV1 38%), {{malignant pleural effusion|MALIGNANT_EFFUSION}}, {{allogeneic HSCT|TRANSPLANT|h}} 2019 with ongoing {{tacrolimus|IMMUNOSUPPRESSANT}} + {{prednisolone|SYSTEMIC_STEROID}}, and persisting {{grade 2 nephrotoxicity|TOXICITY}}. The {{AML|OTHER_MALIGNANCY|h}} (2019) is more than 5 years ago and alone would not exclude. With regards, PROMIS team.
""")

# ---------------------------------------------------------------------------
# PI12 — Egypt. Eligible. Corneal transplant of the left eye ("OS"); local recurrence
# 2025 re-excised with wide negative margins; consented to a TKI trial but screen
# failure, never dosed; father's colon cancer; "Toxicities:" heading with nothing after.
p = patient("PI12", "2026-02-25", "eligible", {})
note(p, "2024-03-05", "referral letter", """
Kasr Al Ainy Bone Tumour Unit, Cairo — 05.03.2024
Dear Professor,
Kindly find our patient Mr. O.M.H., {{19 years|AGE}}, male student.
Diagnosis: {{fibroblastic osteosarcoma|OSTEOSARCOMA}} right proximal humerus, biopsy 18.01.2023.
Treatment: {{neoadjuvant MAP|SYSTEMIC_THERAPY|h}} 3 cycles, limb salvage with endoprosthesis 04.2023, {{adjuvant MAP|SYSTEMIC_THERAPY|h}} completed 09.2023. Necrosis 94%.
Past history: keratoconus — penetrating keratoplasty ({{corneal transplant|TRANSPLANT|h}}) {{OS|LOOKALIKE}} (left eye) 2020, uses {{prednisolone acetate eye drops|LOCAL_STEROID}} once daily {{OS|LOOKALIKE}} long term per ophthalmology.
Family history: father {{colon cancer|OTHER_MALIGNANCY|f,h}} at 52, alive.
Currently no evidence of disease. We ask for a second opinion about follow-up.
Prof. Ahmed Soliman
""")
note(p, "2025-03-20", "tumour board minutes", """
Bone tumour MDT — Cairo, 20.03.2025. O.M.H., 20 y.
MRI 03.2025: 1.8 cm enhancing nodule in the deltoid, at the resection bed — local recurrence of osteosarcoma (core biopsy 14.03.2025 confirmed).
CT chest: no lung metastases.
Opinion A (Dr. Farouk): re-excision with wide margin. Opinion B (Dr. Samir): ifosfamide first. Consensus: wide re-excision first, then observation; chemotherapy if margins positive.
""", ann=False)
note(p, "2025-04-15", "pathology report", """
Pathology — re-excision deltoid / resection bed, received 09.04.2025, reported 15.04.2025.
Diagnosis: {{recurrent osteosarcoma|OSTEOSARCOMA}}, fibroblastic type, 1.9 cm, in soft tissue at the site of previous resection ({{local recurrence|LOCAL_RECURRENCE|h}}). Margins: all widely negative (closest 21 mm, deep fascia). R0.
Comment: complete excision of the {{local recurrence|LOCAL_RECURRENCE|h}}.
""")
note(p, "2025-09-10", "ophthalmology follow-up", """
Ophthalmology — 10.09.2025. Penetrating keratoplasty {{OS|LOOKALIKE}} (2020), {{corneal graft|TRANSPLANT|h}} clear, no rejection signs. VA {{OS|LOOKALIKE}} 0.7 with contact lens.
Continue {{prednisolone acetate 1% drops|LOCAL_STEROID}} once daily {{OS|LOOKALIKE}}; no systemic treatment needed. Review 6 months.
""")
note(p, "2026-01-25", "investigator e-mail", """
From: Dr. Nour El-Din Farouk
Date: 25.01.2026
Subject: O.M.H. — new lung {{nodules|PULMONARY_NODULE}}, PROMIS?

Dear colleague, regarding our patient O.M.H. ({{21 years|AGE}}). The CT of 12.01.2026 shows 3 new {{nodules|PULMONARY_NODULE}} in the left lung (LUL 8 mm, LLL 10 mm, LLL 5 mm), consistent with {{lung metastases|LUNG_METASTASIS}}. The resection bed is clean (MRI 01.2026), no {{local recurrence|LOCAL_RECURRENCE|n}} since the re-excision.
He signed consent on 10.01.2026 for a phase II {{study|INVESTIGATIONAL}} of an oral TKI but was a screen failure (QTc 492 ms) and never received the {{study drug|INVESTIGATIONAL|n}}. The QTc normalised after stopping ondansetron.
Would you consider him for PROMIS?
Best regards, N. Farouk
""")
note(p, "2026-02-20", "SOAP note", """
S: Feels well, playing football again. Eye stable after corneal graft (2020), only prednisolone acetate eye drops OS.
O: ECOG 0. Chest clear.
Toxicities:
Labs normal; HIV Ab negative (18.02.2026), HBsAg neg. Vaccines: hepatitis B booster 01.2026.
Thoracic surgery (17.02.2026): three left lung nodules resectable — LUL wedge resection + LLL segmentectomy, single stage; PFT FEV1 95%, DLCO 92%, adequate.
A: Osteosarcoma, lung metastases x3, resectable, after MAP (2023) and wide re-excision of local recurrence (2025). No gemcitabine, no PD-1 drug.
P: PROMIS screening visit 25.02.2026 — if enrolled: SBRT with penpulimab and gemcitabine, then metastasectomy.
""", ann=False)

# ---------------------------------------------------------------------------
# PI13 — Japan. Needs review. "Stem cell transplant" 2021 with type not written;
# travel vaccine 06.2026 of unknown type; prednisolone for a rash, tablets or ointment not
# known; reaction to denosumab of unrecorded severity; cisplatin hearing loss not graded;
# atypical melanocytic lesion, melanoma not excluded (expert review pending); nivolumab
# 2023 with the response not written.
p = patient("PI13", "2026-07-15", "needs_review", {
    "othermal": "unknown", "allo": "unknown", "livevax": "unknown",
    "mab": "unknown", "tox": "unknown", "steroids": "unknown", "cpi": "unknown"})
note(p, "2025-09-01", "referral letter (translated)", """
Nagoya Central University Hospital, Department of Orthopaedic Surgery — 2025/09/01

Dear Doctor,
I refer Ms. Y.S., {{aged 26|AGE}}, for your opinion.
2020/05 {{osteosarcoma|OSTEOSARCOMA}} of left distal femur (biopsy 2020/05/12), {{MAP|SYSTEMIC_THERAPY|h}} and wide resection.
2021/03 early {{lung metastasis|LUNG_METASTASIS|h}}: {{metastasectomy|LUNG_RESECTION|h}}, then high-dose {{chemotherapy|SYSTEMIC_THERAPY|h}} ({{ICE|SYSTEMIC_THERAPY|h}}) with {{stem cell transplantation|TRANSPLANT|h}} 2021/07 at another hospital (Tokyo). The summary from Tokyo says only "{{SCT|TRANSPLANT|h}}"; the type is not written.
2022/10 hypercalcaemia and bone pain: {{denosumab|MONOCLONAL_ANTIBODY|h}} once; she had an {{allergic reaction|ALLERGIC_REACTION|h}} in the clinic, details and severity are not recorded, and it was not given again.
She has {{hearing loss|TOXICITY}} after {{cisplatin|SYSTEMIC_THERAPY|h}}; she says it is "a little", audiogram not available to us.
2023/06 second lung relapse: {{nivolumab|CHECKPOINT_INHIBITOR|h}} ({{Opdivo|CHECKPOINT_INHIBITOR|h}}) 2023/07–2024/01 in a private clinic in Tokyo, then second {{metastasectomy|LUNG_RESECTION|h}} 2024/02. The response to {{nivolumab|CHECKPOINT_INHIBITOR|h}} is not written in the papers we received (only "treatment changed to surgery").
Since 2024/02 no evidence of disease.
Sincerely, Dr. Kenji Oyama
""")
note(p, "2026-03-10", "thoracic surgery consult", """
Thoracic Surgery 2026.03.10. 26 y F, history of osteosarcoma (femur 2020) and metastasectomy 2021.
CT 2026.02.27: 2 new nodules right lung (RUL 9 mm, RLL 6 mm), compatible with metastases; no effusion.
PFT: FEV1 87%, DLCO 80% — adequate.
Both nodules resectable by wedge resection (VATS). ECOG 1. She is interested in PROMIS.
""", ann=False)
note(p, "2026-06-05", "dermatology note", """
Dermatology 2026.06.05. Changing pigmented naevus on back excised 2026.05.28.
Pathology: atypical compound melanocytic proliferation with severe atypia; {{melanoma|OTHER_MALIGNANCY|u}} cannot be excluded. Sent for expert review (Tokyo), result expected in 4-6 weeks.
Wound healing well.
""")
note(p, "2026-07-14", "SOAP note (pre-screening)", """
S: Back from a trip to Tanzania (2026.06.25-07.08). Before the trip she had a vaccination at a travel clinic in Nagoya (around 2026.06.20) — she does not remember which ({{yellow fever|LIVE_VACCINE|u}}? {{typhoid injection|NONLIVE_VACCINE|u}}?), certificate left at her parents' house. Since 3 days itchy rash on arms; the clinic near her home gave "{{prednisolone|SYSTEMIC_STEROID|u}}" — she cannot say if tablets or ointment, still using.
O: {{ECOG 1|ECOG}}. Papular rash both forearms. Hearing: asks to repeat sometimes.
A: Lung {{metastases|METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}}, {{resectable|RESECTABLE}}, {{PFTs adequate|PULMONARY_FUNCTION}}, previously treated with {{MAP|SYSTEMIC_THERAPY|h}} and {{ICE|SYSTEMIC_THERAPY|h}}. For PROMIS several open points:
- {{SCT|TRANSPLANT|h}} 2021: autologous or allogeneic? (Tokyo record requested)
- travel vaccine type? ({{live vaccine|LIVE_VACCINE|y}} within 30 days would exclude)
- {{prednisolone|SYSTEMIC_STEROID|u}} route?
- {{denosumab|MONOCLONAL_ANTIBODY|h}} {{reaction|ALLERGIC_REACTION|h}} grade?
- {{hearing loss|TOXICITY}} grade (audiogram booked 07.21)
- {{nivolumab|CHECKPOINT_INHIBITOR|h}} 2023: best response and its dates?
- skin biopsy expert review ({{melanoma|OTHER_MALIGNANCY|u}}?)
No {{gemcitabine|GEMCITABINE|n}}. {{Urine hCG|PREGNANCY_TEST|n}} negative today. {{HIV|HIV|n}} negative 2026.03.
P: Screening postponed until the answers.
""")

# ---------------------------------------------------------------------------
# PI14 — Egypt. Excluded. Periosteal osteosarcoma treated by surgery only: ABVD was
# for Hodgkin lymphoma (different cancer) -> prior systemic therapy not_met. HIV+, in a
# phase III trial of an investigational long-acting ART injection (last 24.07.2025 = 27 d).
# NLPHL 10/2022 (< 5 y). Rituximab grade 3 anaphylaxis. Bleomycin lung toxicity grade 2
# persists. Active local recurrence; no lung metastases.
p = patient("PI14", "2025-08-20", "excluded", {
    "pmets": "not_met", "resect": "unknown", "prior": "not_met", "pft": "unknown",
    "localrec": "met", "othermal": "met", "invest": "met", "mab": "met",
    "tox": "met", "hiv": "met"})
note(p, "2023-04-10", "haematology summary", """
Alexandria University Hospitals — Clinical Haematology. 10.04.2023
Patient: Mr. K.A.R., {{20 years|AGE}}.
Diagnosis: {{nodular lymphocyte-predominant Hodgkin lymphoma|OTHER_MALIGNANCY}}, stage IIA, cervical lymph node biopsy 04.10.2022. {{HIV-1|HIV}} infection diagnosed at the same work-up (10.2022), CD4 410, started {{TLD|HIV}} (tenofovir/lamivudine/dolutegravir).
Treatment: {{R-ABVD|SYSTEMIC_THERAPY}} planned. Cycle 1 day 1 (01.11.2022): {{rituximab|MONOCLONAL_ANTIBODY|h}} infusion — after 20 minutes stridor, BP 70/40, {{anaphylaxis, grade 3|ALLERGIC_REACTION|h}}; adrenaline, recovered. {{Rituximab|MONOCLONAL_ANTIBODY|h}} permanently discontinued. Continued {{ABVD|SYSTEMIC_THERAPY|h}} x 4 cycles (completed 03.2023).
Complication: {{bleomycin pneumonitis grade 2|TOXICITY}} (cough, DLCO 55%) — {{bleomycin|SYSTEMIC_THERAPY|h}} omitted in cycle 4.
PET 03.2023: negative.
""")
note(p, "2024-05-20", "orthopaedic oncology consult", """
Orthopaedic Oncology — 20.05.2024. 21 M, HIV on TLD, Hodgkin lymphoma in remission.
Painful swelling left tibia diaphysis 3 months. Biopsy 02.05.2024: periosteal osteosarcoma, intermediate grade (chondroblastic predominant).
CT chest 05.2024: no nodules.
MDT: wide resection with intercalary reconstruction; no chemotherapy for periosteal osteosarcoma (MDT decision, also previous anthracycline dose). Surgery done 11.06.2024, margins clear (3 mm).
""", ann=False)
note(p, "2025-07-28", "HIV clinic note", """
Infectious Diseases clinic — 28.07.2025
{{HIV|HIV}} on suppressive {{ART|HIV}}, viral load < 50. Since 01.2025 enrolled in a phase III {{clinical trial|INVESTIGATIONAL}} of an {{investigational long-acting injectable|INVESTIGATIONAL}} antiretroviral (monthly IM). {{Study drug|INVESTIGATIONAL}} injection visit 8 given 24.07.2025; next 21.08.2025.
Exertional dyspnoea unchanged since 2023, DLCO 58% (04.2025) — residual {{bleomycin lung toxicity, grade 2|TOXICITY}}, stable.
Note from oncology: new swelling at the left tibia, MRI ordered.
""")
note(p, "2025-08-12", "tumour board minutes", """
Bone tumour MDT, Alexandria — 12.08.2025
K.A.R., {{22 years|AGE}}. {{Periosteal osteosarcoma|OSTEOSARCOMA}} left tibia, resected 06.2024, {{chemotherapy-naive|CHEMO_NAIVE}} for the {{osteosarcoma|OSTEOSARCOMA}} ({{ABVD|SYSTEMIC_THERAPY|h}} in 2022–2023 was for {{Hodgkin lymphoma|OTHER_MALIGNANCY|h}}).
MRI 01.08.2025: 3.2 cm mass at the resection bed; core biopsy 05.08.2025 — {{osteosarcoma|OSTEOSARCOMA}}. Active {{local recurrence|LOCAL_RECURRENCE}}, not yet treated.
CT chest 06.08.2025: no {{pulmonary metastases|LUNG_METASTASIS|n}}, no {{pleural effusion|PLEURAL_EFFUSION|n}}.
Discussion: Dr. Hassan — re-excision now; Dr. Mansour — {{MAP|SYSTEMIC_THERAPY|y}} first to shrink. Consensus: {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY|y}} then re-excision / possible amputation.
Patient asked about PROMIS (for lung disease only) — not applicable. {{ECOG 1|ECOG}}.
""")
note(p, "2025-08-18", "pre-screening log", """
PROMIS prescreen log — Alexandria; 18.08.2025; K.A.R.; 22y M; periosteal OS tibia; local recurrence active (biopsy 05.08.2025); lung: no metastases; resectability n/a; PFT: DLCO 58% (bleomycin), formal assessment not done; prior systemic for OS: none (ABVD for Hodgkin 2022-23 only); HIV: positive on ART; investigational: YES, long-acting ART study drug, last 24.07.2025, still on study; other malignancy: NLPHL 10/2022; mAb allergy: rituximab anaphylaxis G3; toxicity: bleomycin lung G2 persisting; result: SCREEN FAIL.
""", ann=False)

# ---------------------------------------------------------------------------
# PI15 — Denmark. Eligible. 12-year-old: Lansky used. Type 1 diabetes on insulin
# (replacement only). MMR on 24.08.2025 = 31 days before as_of (outside). Sister's
# varicella vaccine. Stem cell harvest without transplant. Ewing first suspected.
p = patient("PI15", "2025-09-24", "eligible", {})
note(p, "2024-02-20", "discharge summary (translated)", """
Rigshospitalet, Børneonkologisk afdeling — Epikrise (translated from Danish), 20.02.2024
Boy, {{10 years|AGE}} ({{DOB 11.04.2013|DOB}}). Family from Syria, Arabic interpreter at all conversations; mother answers most questions.
Admitted with pain and swelling of left distal femur. MRI suggested {{Ewing sarcoma|OTHER_SARCOMA|u}} or {{osteosarcoma|OSTEOSARCOMA|u}}. Biopsy 08.02.2024: {{osteoblastic osteosarcoma|OSTEOSARCOMA}}, high grade. {{Ewing sarcoma|OTHER_SARCOMA|n}} excluded (no EWSR1 rearrangement).
CT thorax: no {{metastases|METASTASIS|n}}.
Comorbidity: {{type 1 diabetes|AUTOIMMUNE_DISEASE}} since age 6, {{insulin|REPLACEMENT_THERAPY}} pump (NovoRapid), HbA1c 58.
Started {{MAP|SYSTEMIC_THERAPY}} 12.02.2024 (EURAMOS-like schedule).
""")
note(p, "2024-11-15", "end-of-treatment summary", """
End of treatment — 15.11.2024. MAP completed 28.10.2024 (surgery 05.2024, endoprosthesis, good response).
Peripheral blood stem cell harvest done 06.2024 (stored for possible future high-dose treatment) — no transplant was given.
Toxicities: grade 3 mucositis cycle 2 (resolved), hearing loss grade 1 (high frequencies), no neuropathy.
Plan: re-vaccination programme after 6 months (inactivated first, MMR from 08.2025). Diabetes team follow-up.
""", ann=False)
note(p, "2025-08-24", "vaccination record", """
Vaccination — Børneafdelingen, 24.08.2025 (re-vaccination after {{chemotherapy|SYSTEMIC_THERAPY|h}})
Given today: {{MMR|LIVE_VACCINE}} (Priorix) 0.5 mL SC right arm; {{DiTeKiPol booster|NONLIVE_VACCINE}} (inactivated) IM left arm.
His sister (4 y) received {{varicella vaccine|LIVE_VACCINE|f}} at the same visit.
Interpreter by phone. Mother informed about fever/rash after 7–12 days.
""")
note(p, "2025-09-10", "thoracic surgery consult", """
Thoracic surgery — 10.09.2025. {{12-year-old|AGE}} boy, {{osteosarcoma|OSTEOSARCOMA}} of left femur, completed {{MAP|SYSTEMIC_THERAPY|h}} 10.2024.
CT 01.09.2025: 2 {{nodules|PULMONARY_NODULE}} right upper lobe (8 and 6 mm), new, consistent with {{pulmonary metastases|LUNG_METASTASIS}}. No {{effusion|PLEURAL_EFFUSION|n}}.
{{Spirometry|PULMONARY_FUNCTION}}: FEV1 98% pred, FVC 101% — {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
Both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}} (VATS).
Plays football with prosthesis limitations; {{Lansky 80|LANSKY}}.
""")
note(p, "2025-09-22", "trial screening checklist", """
PROMIS screening checklist — Copenhagen — 22.09.2025 (as-of 24.09.2025)
Age 12 (DOB 11.04.2013) -> Lansky scale: Lansky 80 [x] >= 70
Osteosarcoma confirmed [x]; lung metastases resectable [x]; PFT adequate [x]; prior MAP [x]
Gemcitabine: N. PD-1/PD-L1: N. Investigational: N.
Autoimmune disease needing systemic treatment: N — type 1 diabetes on insulin only (replacement).
Systemic steroids 7 d: N. Transplant: N (stem cells harvested 06.2024, never transplanted).
Live vaccine 30 d: MMR 24.08.2025 = 31 days before as-of -> N (outside window). Sister's varicella vaccine does not count.
HIV: neg 09.2025. Residual toxicity > G1: N (hearing loss G1).
""", ann=False)

# ---------------------------------------------------------------------------
# PI16 — Korea. Needs review. Equivocal enhancement at the resection margin; faint
# urine hCG with serum pending; unnamed Chinese herbal granules (current); possible SLE
# (not yet treated, work-up pending); "a study" last month — drug or questionnaire not
# known; foot tingling after cisplatin not graded.
p = patient("PI16", "2026-09-14", "needs_review", {
    "localrec": "unknown", "preg": "unknown", "immunomod": "unknown",
    "autoimm": "unknown", "invest": "unknown", "tox": "unknown"})
note(p, "2025-05-10", "discharge summary (translated)", """
Seoul Sinchon Children's Hospital — Discharge summary (translated), 2025.05.10
Name: L.S.Y., F/{{16|AGE}}.
Dx: {{small cell osteosarcoma|OSTEOSARCOMA}}, right proximal humerus. Biopsy 2024.09.02.
Tx: {{neoadjuvant MAP|SYSTEMIC_THERAPY|h}} x 2, limb salvage (2024.12.05), {{adjuvant MAP|SYSTEMIC_THERAPY|h}} — completed 2025.04.28. Necrosis 90%.
AE: {{febrile neutropenia|TOXICITY|h}} x 2; {{ototoxicity|TOXICITY|n}} none on audiogram; {{tingling of toes|TOXICITY}} from cycle 8.
Follow-up: CT chest and shoulder MRI every 3 months.
""")
note(p, "2026-07-20", "thoracic surgery consult", """
Thoracic Surgery — 2026.07.20. 17 F. CT 2026.07.08: 2 new LLL nodules (10 mm, 7 mm), consistent with pulmonary metastases of osteosarcoma; no pleural effusion.
PFT: FEV1 93%, DLCO 88% — adequate.
Both nodules resectable: LLL wedge x2 or basal segmentectomy. ECOG 1.
Referred to oncology for PROMIS screening.
""", ann=False)
note(p, "2026-08-25", "MRI report", """
MRI right shoulder, 2026.08.25.
{{Osteosarcoma|OSTEOSARCOMA}} s/p resection and endoprosthesis 2024.12.
Subtle 8 mm area of nodular enhancement at the medial resection margin, new compared with 2026.05 but metal artefact limits evaluation. Equivocal: post-treatment change vs early {{local recurrence|LOCAL_RECURRENCE|u}}.
Recommendation: short-interval MRI or PET-CT; biopsy if growing.
""")
note(p, "2026-09-08", "SOAP note", """
S: Comes with mother (mother speaks Korean only, nurse Ms. Park interprets). Mother gives her "{{herbal granules from China|IMMUNOMODULATOR|u}}" every day since July, bought in Yanbian, "against the tumour", box without Korean label — photo requested. Patient says she "joined a {{study|INVESTIGATIONAL|u}} at Severance" in August — she does not know if it was a questionnaire or a {{study drug|INVESTIGATIONAL|u}}. {{Tingling in toes|TOXICITY}} continues, no weakness, no pain; not graded.
Has boyfriend; uses condoms "most of the time". LMP uncertain, ~6 weeks.
O: {{ECOG 1|ECOG}}. Malar erythema, 2 small oral ulcers. Joints normal.
Labs: ANA 1:640 homogeneous; anti-dsDNA pending. {{Urine hCG|PREGNANCY_TEST|u}} 2026.09.07 faintly positive; serum {{beta-hCG|PREGNANCY_TEST|u}} pending.
A: {{Pulmonary metastases|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}}, {{resectable|RESECTABLE}}, {{PFTs adequate|PULMONARY_FUNCTION}}, after {{MAP|SYSTEMIC_THERAPY|h}}.
- ? {{SLE|AUTOIMMUNE_DISEASE|u}} — rheumatology referral; no treatment started yet ({{hydroxychloroquine|DMARD|y}} ± {{prednisolone|SYSTEMIC_STEROID|y}} if confirmed).
- possible {{pregnancy|PREGNANCY|u}} — serum result awaited.
- {{peripheral neuropathy|TOXICITY}} (sensory), grade not assessed.
- shoulder MRI equivocal for {{local recurrence|LOCAL_RECURRENCE|u}}.
P: PROMIS screening deferred; contraception counselling given.
""")
note(p, "2026-09-11", "pre-screening log", """
PROMIS prescreen log — Seoul; 2026.09.11; L.S.Y.; 17 F; small cell OS humerus; lung mets x2 resectable; PFT ok; ECOG 1; prior MAP; local recurrence: equivocal MRI; pregnancy: urine faint +, serum pending; immunomodulator: unnamed Chinese "anti-cancer" granules, current; autoimmune: SLE suspected, not treated; investigational: "study" 08/2026, type unknown; toxicity: sensory neuropathy, ungraded; HIV: neg 2026.07; live vaccine: none; gemcitabine N; PD-1 N; transplant N; status: needs review.
""", ann=False)

# ---------------------------------------------------------------------------
# PI17 — Israel. Excluded. High-grade chondrosarcoma (look-alike: not osteosarcoma),
# 67 years. Keytruda PR ~8 months then progression. Dexamethasone current; Huaier
# granules current; malignant effusion; unresectable; FEV1 40%; ECOG 3.
p = patient("PI17", "2025-12-15", "excluded", {
    "histo": "not_met", "resect": "not_met", "age": "not_met", "ps": "not_met",
    "pft": "not_met", "mpe": "met", "cpi": "met", "immunomod": "met", "steroids": "met"})
note(p, "2025-06-02", "referral letter", """
Tel Aviv Sourasky — Orthopaedic Oncology Unit. 02.06.2025
Dear colleague,
I am sending to you Mr. D.B., {{67 years old|AGE}} man, for second opinion on lung disease.
Diagnosis: {{conventional chondrosarcoma, grade 3|OTHER_SARCOMA}}, left pelvis (ilium), biopsy 11.2023. Pathology reviewed twice: no osteoid production, so it is not an {{osteosarcoma|OSTEOSARCOMA|n}} and not dedifferentiated.
Internal hemipelvectomy 01.2024, then {{doxorubicin|SYSTEMIC_THERAPY|h}} x 4 (02–04.2024, no benefit). {{Lung metastases|LUNG_METASTASIS}} 05.2024, many bilateral.
{{Pembrolizumab|CHECKPOINT_INHIBITOR}} ({{Keytruda|CHECKPOINT_INHIBITOR}}) 200 mg q3w since 06.2024, off-label, paid by private insurance. Best response {{partial response|TUMOR_RESPONSE}} at 09.2024.
Past history: hypertension, COPD GOLD 3, ex-smoker.
Best regards, Dr. Yael Ben-Ami
""")
note(p, "2025-09-15", "oncology progress note", """
Oncology — 15.09.2025. Son translates (patient speaks Russian and little Hebrew).
Keytruda: PR from 09.2024 maintained at 12.2024 and 03.2025 CT; CT 08.2025 progression (new nodules, growth of left lower lobe mass). Keytruda stopped after cycle 20 (last 04.08.2025).
Pain left hip and poor appetite: started dexamethasone 4 mg daily p.o. from 10.09.2025, continue.
Daughter brought Huaier granules from China, he takes 20 g three times a day since August, wants to continue.
""", ann=False)
note(p, "2025-11-20", "cytology report", """
Pleural fluid cytology — right thoracentesis 18.11.2025, report 20.11.2025.
Clinical: {{chondrosarcoma|OTHER_SARCOMA}} with {{lung metastases|LUNG_METASTASIS}}, right {{pleural effusion|PLEURAL_EFFUSION}}.
Result: POSITIVE for malignant cells — atypical cells in chondromyxoid matrix, consistent with {{metastatic|METASTASIS}} {{chondrosarcoma|OTHER_SARCOMA}}. {{Malignant pleural effusion|MALIGNANT_EFFUSION}}.
""")
note(p, "2025-12-08", "tumour board minutes", """
Tumour board — 08.12.2025. D.B., {{67 y|AGE}}. {{Chondrosarcoma|OTHER_SARCOMA}} pelvis, {{pulmonary metastases|LUNG_METASTASIS}}, {{malignant pleural effusion|MALIGNANT_EFFUSION}} (cytology 20.11).
Referring oncologist asked about the PROMIS protocol.
Thoracic surgeon (Dr. Katz): 14 {{nodules|PULMONARY_NODULE}}, LLL mass 45 mm invading the {{left main bronchus|CENTRAL_STRUCTURE}} — would need {{pneumonectomy|PNEUMONECTOMY}}; {{unresectable|UNRESECTABLE}}. {{FEV1|PULMONARY_FUNCTION}} 40%, DLCO 35%: {{not a candidate for thoracic surgery|PULMONARY_FUNCTION}}.
Radiation oncologist (Dr. Levi): SBRT to the LLL mass possible for symptoms.
Medical oncologist (Dr. Ben-Ami): prior {{Keytruda|CHECKPOINT_INHIBITOR|h}} with {{PR|TUMOR_RESPONSE}} ~11 months then {{progression|TUMOR_RESPONSE}}; now {{dexamethasone|SYSTEMIC_STEROID}} 4 mg daily and {{Huaier granules|IMMUNOMODULATOR}}. {{ECOG 3|ECOG}}.
Consensus: not eligible for PROMIS (not {{osteosarcoma|OSTEOSARCOMA|n}}, age > 65, and the above). Palliative RT + best supportive care; pleural catheter.
""")
note(p, "2025-12-12", "palliative care note", """
Palliative care home visit 12.12.2025. Son present. Breathless at rest, pleural catheter drained 3x/week. ECOG 3. Continues dexamethasone 4 mg daily (appetite, pain) and the Huaier granules ("it makes him feel he is fighting"). Morphine SR 20 mg bid. Goals of care discussed; family asks still about "the Chinese trial" — explained not possible.
""", ann=False)

# ---------------------------------------------------------------------------
# PI18 — Israel. Eligible. Age 38 stated in 01/2025 -> 39 at as_of. Nivolumab SD ~3
# months then PD (not secondary resistance). Papillary thyroid carcinoma FNA 20.02.2021 =
# 5 y + 10 d before as_of (outside). Thymosin stopped 15.02.2026 = 15 days (outside).
# Stale 10/2025 medication list shows prednisone and immune arthritis; newer note: both
# resolved / stopped 11/2025.
p = patient("PI18", "2026-03-02", "eligible", {})
note(p, "2025-01-14", "referral letter", """
Rambam Health Care Campus, Haifa — 14.01.2025
Dear colleague,
Mr. A.S., {{38 years|AGE}}, engineer. {{Osteosarcoma|OSTEOSARCOMA}} (conventional, chondroblastic) of right proximal femur, biopsy 04.2022; {{MAP|SYSTEMIC_THERAPY|h}} completed 11.2022; proximal femur replacement 07.2022.
Now 12.2024 CT: 3 {{pulmonary nodules|PULMONARY_NODULE}}, largest 14 mm, consistent with {{metastases|METASTASIS}}.
Past history: {{papillary thyroid carcinoma|OTHER_MALIGNANCY|h}} — diagnosed by FNA 20.02.2021, total thyroidectomy 03.2021, no RAI; on {{levothyroxine|REPLACEMENT_THERAPY}} 100 mcg.
Wife is a nurse, she helps with the English.
Regards, Dr. Moshe Haddad
""")
note(p, "2025-06-10", "oncology progress note", """
Oncology 10.06.2025.
Nivolumab (Opdivo) 480 mg q4w started 03.03.2025 (private). CT 26.04.2025: SD. CT 01.06.2025: PD — nodules larger, one new. So stable disease ~3 months only, then progression. Nivolumab stopped (last dose 26.05.2025).
Side effect: immune arthritis of knees grade 2 since 05.2025 — prednisone 10 mg daily started 02.06.2025 by rheumatology.
Plan: high-dose ifosfamide.
""", ann=False)
note(p, "2025-10-20", "medication list", """
Active medication list — printed 20.10.2025 (Clalit record)
1. {{Levothyroxine|REPLACEMENT_THERAPY}} 100 mcg daily
2. {{Prednisone|SYSTEMIC_STEROID}} 10 mg daily — indication: {{immune-related arthritis grade 2|TOXICITY}}
3. {{Thymosin alpha-1|IMMUNOMODULATOR}} 1.6 mg SC twice weekly (integrative clinic)
4. Omeprazole 20 mg daily
5. Mesna / {{ifosfamide|SYSTEMIC_THERAPY}} (cycles, last 09.2025)
""")
note(p, "2026-02-20", "SOAP note", """
S: Feels well. Arthritis gone since November. Stopped prednisone: taper finished 18.11.2025 (rheumatology letter). Stopped the thymosin injections on 15.02.2026 after our advice (last injection that day). Wife present.
O: ECOG 0. Knees normal. PFT 12.02.2026: FEV1 90%, DLCO 86% — adequate.
CT 05.02.2026 after HD-ifosfamide (4 cycles, last 25.09.2025): 2 remaining nodules RLL 9 mm and LUL 7 mm.
Thoracic surgery opinion (10.02): both resectable by wedge resection, two-stage or bilateral VATS.
Toxicities: none active.
A/P: Note: the medication list of 20.10.2025 is outdated — prednisone and thymosin are stopped. PROMIS screening 27.02.
""", ann=False)
note(p, "2026-02-27", "trial screening checklist", """
PROMIS screening checklist — Haifa — 27.02.2026 (as-of 02.03.2026)
{{Osteosarcoma|OSTEOSARCOMA}}: Y | {{Lung metastases|LUNG_METASTASIS}}: Y, 2 {{nodules|PULMONARY_NODULE}} | {{Resectable|RESECTABLE}}: Y ({{wedge|LUNG_RESECTION}} x2) | {{PFT|PULMONARY_FUNCTION}} adequate: Y | {{Age 39|AGE}} | {{ECOG 0|ECOG}}
Prior systemic: {{MAP|SYSTEMIC_THERAPY|h}}; {{HD-ifosfamide|SYSTEMIC_THERAPY|h}} | Prior {{gemcitabine|GEMCITABINE|n}}: N
Prior {{anti-PD-1|CHECKPOINT_INHIBITOR|h}}: Y — {{nivolumab|CHECKPOINT_INHIBITOR|h}} 03–05.2025, {{SD|TUMOR_RESPONSE}} ~3 months then {{PD|TUMOR_RESPONSE}} -> no secondary resistance (stable phase < 4 months) -> not excluding
{{Thymosin|IMMUNOMODULATOR}}: last 15.02.2026 = 15 days before as-of -> outside 2 weeks
{{Prednisone|SYSTEMIC_STEROID|h}}: off since 18.11.2025 | {{Immune arthritis|TOXICITY|h}}: resolved
{{Thyroid carcinoma|OTHER_MALIGNANCY|h}}: FNA 20.02.2021 -> more than 5 years before 02.03.2026 -> not excluding
{{HIV|HIV|n}}: neg | {{Live vaccine|LIVE_VACCINE|n}}: N | {{Transplant|TRANSPLANT|n}}: N | {{Autoimmune disease|AUTOIMMUNE_DISEASE|n}}: N (the knee problem was an immune-related adverse event, resolved)
""")

# ---------------------------------------------------------------------------
# PI19 — Brazil. Needs review. No age or DOB in any note (transfer record missing) ->
# age and PS unknown even with KPS 80. Outside pathology "favour osteosarcoma", review
# pending. Unclear whether chemotherapy was given. Psoriasis treated with infliximab, dates unknown;
# infusion reaction of unstated grade. HIV western blot indeterminate. Possible pregnancy.
p = patient("PI19", "2026-10-05", "needs_review", {
    "histo": "unknown", "age": "unknown", "ps": "unknown", "prior": "unknown",
    "autoimm": "unknown", "mab": "unknown", "hiv": "unknown",
    "preg": "unknown"})
note(p, "2026-08-14", "referral letter (translated)", """
Clínica Oncológica Paulista, São Paulo — 14/08/2026 (translated from Portuguese)
Prezado colega,
We refer Sra. R.C.L., female, transferred to us from Campinas in 2026 (the transfer record with her personal data is missing, we are asking).
Pathology (Campinas, 11/2024, left proximal humerus): "high-grade malignant bone tumour, favour {{osteosarcoma|OSTEOSARCOMA|u}} (focal osteoid-like matrix)". Review at the reference centre (A.C. Camargo) requested 07/2026, result pending.
Surgery 01/2025 in Campinas; it is not clear from the papers whether she had {{chemotherapy|SYSTEMIC_THERAPY|u}} before the operation — the patient says "some infusions", the husband says no.
After surgery she was only followed in Campinas; no other treatment is documented in the papers we have.
CT chest 07/2026: 3 {{nodules|PULMONARY_NODULE}} in right lung (up to 15 mm), compatible with {{pulmonary metastases|LUNG_METASTASIS}}.
Atenciosamente, Dr. Paulo Henrique Vasconcelos
""")
note(p, "2026-09-02", "investigator e-mail thread", """
From: PROMIS study team — To: Dr. P.H. Vasconcelos — 02/09/2026
Dear colleague, regarding our patient R.C.L.: thank you. Please send (1) DOB, (2) the final pathology review, (3) any record of {{chemotherapy|SYSTEMIC_THERAPY|u}} before or after the 01/2025 surgery — at least one standard regimen is required.

Reply from Dr. Vasconcelos — 05/09/2026:
Dear colleague, DOB still missing. Other information from the husband and old papers:
- {{Psoriasis|AUTOIMMUNE_DISEASE}} for many years, treated with {{infliximab|IMMUNOSUPPRESSANT}} ("{{Remicade|IMMUNOSUPPRESSANT}}") in a dermatology clinic — stopped after an {{infusion reaction|ALLERGIC_REACTION}}; year and severity not recorded. Now only {{topical clobetasol|LOCAL_STEROID}}.
- {{HIV|HIV|u}}: screening reactive 06/2026, {{Western blot|HIV|u}} indeterminate (p24 band only); repeat in 4 weeks requested.
- No {{gemcitabine|GEMCITABINE|n}}. No {{transplant|TRANSPLANT|n}} history.
Best regards, P.H.V.
""")
note(p, "2026-09-25", "thoracic surgery consult (translated)", """
Cirurgia Torácica — 25/09/2026. Three right lung nodules (RUL 15 mm, RML 9 mm, RLL 6 mm), peripheral; resectable by wedge resections (one stage, right VATS).
Espirometria: FEV1 89%, DLCO 84% — adequate.
KPS 80. Husband present.
""", ann=False)
note(p, "2026-10-01", "SOAP note", """
S: Comes with husband. Period is 2 weeks late; she thinks she may be pregnant. Not on contraception (husband had vasectomy? — "no, we planned", she says). Mild cough.
O: KPS 80. Age: not in our record (DOB being requested from Campinas).
A: Possible pregnancy — serum beta-hCG ordered today, result not yet.
P: Await hCG, pathology review, HIV repeat, DOB, Campinas chemotherapy records, infliximab dates. PROMIS decision postponed.
""", ann=False)
note(p, "2026-10-03", "pre-screening log", """
PROMIS pre-screen — São Paulo — 03/10/2026 — R.C.L.; age: ?; KPS 80; histology: "favour OS", review pending; lung: 3 nodules, resectable; PFT adequate; prior systemic: ? (pre-op infusions unclear); PD-1: N; gemcitabine: N; autoimmune: psoriasis, infliximab (dates ?); mAb allergy: infliximab infusion reaction, grade ?; HIV: indeterminate WB; pregnancy: ? hCG pending; effusion: N; status: needs review.
""", ann=False)

# ---------------------------------------------------------------------------
# PI20 — Mexico. Excluded. 9 years by DOB 03/05/2016 read day-first (10 only in May
# 2026). Histology pending ("osteosarcoma favoured"), nodules "suspicious", chemotherapy-
# naive, Lansky 50, malignant effusion (cytology), allogeneic BMT from sister 2020,
# perinatal HIV on ART, varicella vaccine 01/04/2026 (19 days).
p = patient("PI20", "2026-04-20", "excluded", {
    "histo": "unknown", "pmets": "unknown", "resect": "unknown", "prior": "not_met",
    "age": "not_met", "ps": "not_met", "pft": "unknown",
    "mpe": "met", "allo": "met", "hiv": "met", "livevax": "met"})
note(p, "2026-03-28", "admission note (translated)", """
Hospital Civil de Guadalajara, Pediatría — Nota de ingreso, 28/03/2026 (translated from Spanish)
Niña de {{9 años|AGE}}, {{fecha de nacimiento 03/05/2016|DOB}}. Mother and grandmother give the history (Spanish only).
Pain and swelling of right distal femur 6 weeks, limping. X-ray: mixed lytic-sclerotic pattern with sunburst periosteal reaction — suspected {{osteosarcoma|OSTEOSARCOMA|u}}.
CT chest 27/03/2026: multiple bilateral {{nodules|PULMONARY_NODULE}} 3–9 mm, suspicious for {{metastases|METASTASIS|u}}; moderate right {{pleural effusion|PLEURAL_EFFUSION}}.
Antecedentes: perinatal {{HIV|HIV}} infection, on {{lopinavir/ritonavir + abacavir/lamivudine|HIV}}, viral load undetectable, CD4 28%. Severe aplastic anaemia 2020 — {{allogeneic bone marrow transplant|TRANSPLANT|h}} from HLA-identical sister 09/2020; no immunosuppression since 2022, no GVHD.
Plan: biopsy, thoracentesis, oncology. {{Chemotherapy|SYSTEMIC_THERAPY|y}} after histology.
""")
note(p, "2026-04-08", "oncology progress note", """
Oncología Pediátrica 08/04/2026.
Thoracentesis 02/04/2026: 400 mL; cytology positive for malignant cells (pleomorphic spindle cells) — malignant pleural effusion. Biopsy of femur done 06/04/2026, result pending.
Vaccines: mother shows the card — varicella vaccine (Varivax) applied at the health centre 01/04/2026 (catch-up after transplant, ordered by the BMT team before the admission).
Lansky 50: stays in bed most of the day, plays quietly with tablet.
Chemotherapy-naive. Plan MAP after histology.
""", ann=False)
note(p, "2026-04-15", "investigator e-mail", """
Estimada Dra. Cárdenas, dear colleague,
Regarding our patient (the girl from Guadalajara) — the parents asked about PROMIS after reading online. Unfortunately she is not a candidate: {{9 years|AGE}} ({{DOB 03/05/2016|DOB}}, she becomes 10 only in May), {{chemotherapy-naive|CHEMO_NAIVE}}, {{Lansky 50|LANSKY}}, {{malignant pleural effusion|MALIGNANT_EFFUSION}}, {{allogeneic BMT|TRANSPLANT|h}}, known {{HIV|HIV}}, and {{varicella vaccine|LIVE_VACCINE}} on 01/04/2026. Also the diagnosis is not yet confirmed and the lung {{nodules|PULMONARY_NODULE}} are only suspicious for {{metastases|METASTASIS|u}}.
Saludos, PROMIS team
""")
note(p, "2026-04-18", "preliminary pathology report", """
Patología — informe preliminar, 18/04/2026. Biopsy right distal femur.
High-grade malignant neoplasm with spindle and small round cells; focal eosinophilic matrix, osteoid not certain. Immunohistochemistry (SATB2, CD99, NKX2.2, desmin, myogenin) pending. Favoured: osteosarcoma (small cell variant?); differential Ewing sarcoma.
Final report to follow.
""", ann=False)
note(p, "2026-04-19", "nursing note (translated)", """
Enfermería 19/04/2026. Child in bed most of the day, eats little. Mother asks if her 1-year-old son can receive his MMR next week while the sister is in hospital — informed yes (household contacts may get MMR). Lansky 50 unchanged. Antiretroviral syrup given on time. Awaiting final pathology.
""", ann=False)

# ---------------------------------------------------------------------------
# PI21 — Mexico. Eligible. 15 by DOB (Lansky scale). One surgeon first judged the
# LUL nodule unresectable / pneumonectomy; the later tumour board reversed it after 3D
# review (newest wins -> resectable). Post-procedural effusion called reactive, resolved.
# Mother's breast cancer (family). Negative hCG.
p = patient("PI21", "2026-06-10", "eligible", {})
note(p, "2025-03-10", "admission summary (translated)", """
Instituto Pediátrico del Valle de México — Resumen, 10/03/2025
Adolescente femenina de 14 años. Mother (Sra. Ortega) speaks for her; patient shy, answers with yes/no.
Right proximal tibia mass, biopsy 20/02/2025: osteoblastic osteosarcoma, high grade. CT chest: no nodules.
Family history: mother breast cancer at 38 (treated, in remission), maternal aunt ovarian cancer.
Plan: MAP (protocol institucional) from 11/03/2025. HIV and hepatitis serologies negative. Menarche at 12; pregnancy test negative before chemotherapy.
""", ann=False)
note(p, "2026-02-20", "oncology summary", """
Oncología — 20/02/2026
{{15 años|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} of right tibia. {{MAP|SYSTEMIC_THERAPY|h}} completed 12/2025 (surgery with endoprosthesis 06/2025, 85% necrosis).
CT 14/01/2026: 3 new {{nodules|PULMONARY_NODULE}} left lung (LUL 16 mm perihilar, LUL 6 mm, LLL 8 mm). Thoracoscopic biopsy of the LLL {{nodule|PULMONARY_NODULE}} 03/02/2026: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
After the biopsy: small left {{pleural effusion|PLEURAL_EFFUSION}}, post-procedural and reactive, resolved on X-ray 17/02/2026.
{{Lansky 90|LANSKY}}: goes to school, plays, tires at end of day.
""")
note(p, "2026-04-14", "thoracic surgery consult", """
Cirugía de Tórax (Dr. Ibarra) — 14/04/2026. The perihilar LUL nodule (16 mm) appears very close to the left main pulmonary artery on the CT. In my opinion complete resection would require left pneumonectomy; not resectable with a lung-sparing operation. Suggest MDT discussion. PFT: FEV1 96%, DLCO 91%, adequate.
""", ann=False)
note(p, "2026-05-12", "tumour board minutes", """
Junta de Tumores Óseos — 12/05/2026 — minutes
Patient 15 F, {{pulmonary metastases|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}} (3 {{nodules|PULMONARY_NODULE}}, left lung).
Dr. Ibarra (thoracic): maintains concern that the LUL {{nodule|PULMONARY_NODULE}} would need {{pneumonectomy|PNEUMONECTOMY|u}}.
Dr. Salgado (chief thoracic surgery), after 3D reconstruction and thin-slice CT: the {{nodule|PULMONARY_NODULE}} is 14 mm away from the {{main pulmonary artery|CENTRAL_STRUCTURE|n}}, segmental vessels only; {{resectable|RESECTABLE}} by {{anterior segmentectomy (LUL)|LUNG_RESECTION}} plus {{LLL wedge resection|LUNG_RESECTION}}; {{pneumonectomy|PNEUMONECTOMY|n}} not necessary.
Radiology agrees with Dr. Salgado's measurement. Dr. Salgado adds that after complete resection the 5-year overall survival ({{OS|LOOKALIKE}}) in such series is about 30–40%.
Consensus: {{resectable|RESECTABLE}} ({{segmentectomy|LUNG_RESECTION}} + {{wedge|LUNG_RESECTION}}). {{PFTs adequate|PULMONARY_FUNCTION}}. Candidate for PROMIS — SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|y}} + {{gemcitabine|GEMCITABINE|y}} first, {{metastasectomy|LUNG_RESECTION|y}} after.
""")
note(p, "2026-06-08", "trial screening checklist", """
Lista de verificación PROMIS — 08/06/2026 — as-of 10/06/2026
{{Fecha de nacimiento 30/11/2010|DOB}} -> {{15 años|AGE}} -> Lansky applies: {{Lansky 90|LANSKY}} [x]
{{Osteosarcoma|OSTEOSARCOMA}} [x]  {{Pulmonary metastases|LUNG_METASTASIS}} [x]  {{Resectable|RESECTABLE}} [x] (MDT 12/05/2026, {{supersedes|CORRECTION}} surgical note of 14/04)  {{PFT|PULMONARY_FUNCTION}} [x]
Prior {{MAP|SYSTEMIC_THERAPY|h}} [x]  {{Gemcitabine|GEMCITABINE|n}} [ ] none  {{PD-1|CHECKPOINT_INHIBITOR|n}} [ ] none
Pleura: {{effusion|PLEURAL_EFFUSION}} 02/2026 post-biopsy, reactive, resolved — {{malignant effusion|MALIGNANT_EFFUSION|n}}: No
{{Pregnancy test|PREGNANCY_TEST|n}} (serum) 05/06/2026: negative. Not sexually active (patient alone with nurse). Not {{breastfeeding|LACTATION|n}}.
{{HIV|HIV|n}}: negative 05/2026. {{Live vaccine|LIVE_VACCINE|n}} 30 d: No.
Family: mother {{breast cancer|OTHER_MALIGNANCY|f,h}} — does not count.
""")

# ---------------------------------------------------------------------------
# PI22 — Sweden. Excluded. Ewing sarcoma (not osteosarcoma). SLE with lupus nephritis ->
# living-donor kidney transplant from mother (allogeneic) on tacrolimus, mycophenolate,
# prednisolone. Belimumab grade 3 anaphylaxis. Gem/docetaxel 2024. Unapproved EWS-FLI1
# inhibitor under expanded access, current. Intrauterine pregnancy 6 weeks.
p = patient("PI22", "2025-07-01", "excluded", {
    "histo": "not_met", "gem": "met", "invest": "met", "autoimm": "met",
    "steroids": "met", "allo": "met", "mab": "met", "preg": "met"})
note(p, "2024-02-10", "discharge summary (translated)", """
Akademiska sjukhuset Uppsala — Epikris (translated from Swedish), 2024-02-10
Woman, {{30 years|AGE}}.
Diagnosis: {{Ewing sarcoma|OTHER_SARCOMA}} of right 6th rib, EWSR1-FLI1 fusion, biopsy 2024-01-22. Not an {{osteosarcoma|OSTEOSARCOMA|n}}.
Previous history:
- {{Systemic lupus erythematosus|AUTOIMMUNE_DISEASE|h}} (2009) with {{lupus nephritis|AUTOIMMUNE_DISEASE|h}} class IV, end-stage renal disease 2014.
- {{Living-donor kidney transplant|TRANSPLANT|h}} from her mother, 2015-03.
- {{Belimumab|MONOCLONAL_ANTIBODY|h}} 2013: {{anaphylaxis grade 3|ALLERGIC_REACTION|h}} at 2nd infusion — allergy registered.
Current medication: {{tacrolimus|IMMUNOSUPPRESSANT}} 3 mg bid, {{mycophenolate mofetil|IMMUNOSUPPRESSANT}} 500 mg bid, {{prednisolone|SYSTEMIC_STEROID}} 5 mg daily, {{hydroxychloroquine|DMARD}} 200 mg.
Plan: {{VDC/IE|SYSTEMIC_THERAPY|y}} according to Euro Ewing, dose-adjusted for kidney function.
""")
note(p, "2024-10-01", "oncology progress note", """
Onkologen 2024-10-01. Completed 9 cycles VDC/IE 2024-02 – 2024-08, rib resection 05.2024. CT 2024-09-20: 2 new lung nodules RUL, 7 and 9 mm, metastases. Start gemcitabine + docetaxel (GD) 2024-10-03, planned 6 cycles. Graft function stable, creatinine 115. SLE flare 08.2024 (arthritis, low C3, rising dsDNA) — prednisolone increased to 20 mg for 4 weeks by rheumatology, now back to 5 mg.
""", ann=False)
note(p, "2025-06-10", "investigator e-mail", """
From: Dr. Karin Sundqvist — To: PROMIS team — 2025-06-10
Dear colleague, regarding our patient J.N. ({{31 years|AGE}}): after {{gem/docetaxel|GEMCITABINE|h}} (6 cycles, completed 2025-01), the 2 {{lung metastases|LUNG_METASTASIS}} were stable, then grew in 04/2025. Thoracic surgery: both {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION}}; {{PFT|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}}.
Since 3 weeks (from 2025-05-20) she receives an unapproved EWS-FLI1 inhibitor (ONX-4471) under {{expanded access / compassionate use|INVESTIGATIONAL}}, oral, daily — ongoing.
I know she has {{Ewing sarcoma|OTHER_SARCOMA}} and not {{osteosarcoma|OSTEOSARCOMA|n}}, but the family asked me to write to you.
Med: {{tacrolimus|IMMUNOSUPPRESSANT}}, {{mycophenolate|IMMUNOSUPPRESSANT}}, {{prednisolone|SYSTEMIC_STEROID}} 5 mg (unchanged). {{ECOG 1|ECOG}}.
Best regards, K. Sundqvist
""")
note(p, "2025-06-27", "SOAP note", """
S: Nausea for 2 weeks, breast tenderness. LMP 2025-05-12. Partner present. Was using condoms only (mycophenolate — counselling had been given).
O: ECOG 1. Serum beta-hCG 2025-06-25: 11 400 IU/L (positive). Ultrasound 2025-06-26: intrauterine pregnancy, 6+2 weeks, heartbeat seen.
A: Early intrauterine pregnancy in a kidney-transplant recipient on mycophenolate (teratogenic) and an investigational drug.
P: Urgent transplant nephrology and obstetrics consult; stop ONX-4471 to be discussed with sponsor; mycophenolate switch to azathioprine discussed. Not a PROMIS candidate.
""", ann=False)
note(p, "2025-06-30", "pre-screening log", """
PROMIS prescreen log — Uppsala — 2025-06-30 — J.N.; 31 F; histology: Ewing sarcoma (EWSR1-FLI1) -> not osteosarcoma; lung mets x2 resectable; PFT ok; ECOG 1; prior VDC/IE + gem/docetaxel; gemcitabine: YES; investigational: expanded-access ONX-4471 from 2025-05-20, ongoing; autoimmune: SLE on prednisolone/MMF; steroids: prednisolone 5 mg daily + tacrolimus/MMF; transplant: living-donor kidney (allogeneic) 2015; mAb allergy: belimumab anaphylaxis G3; pregnancy: IUP 6 weeks; result: NOT ELIGIBLE.
""", ann=False)

# ---------------------------------------------------------------------------
# PI23 — Turkey. Eligible. First letter says gemcitabine-docetaxel; a correction letter
# says entered in error (ifosfamide/etoposide). Addison's disease on physiological
# hydrocortisone + fludrocortisone (replacement). Stale list shows prednisolone 10 mg;
# newer note: stopped 10.06.2026. Investigational topical gel, last 20.07.2026 = 35 days.
# Small reactive effusion resolved. Postmenopausal.
p = patient("PI23", "2026-08-24", "eligible", {})
note(p, "2026-05-04", "referral letter (translated)", """
Dokuz Eylül Üniversitesi, İzmir — Ortopedik Onkoloji — 04.05.2026 (translated from Turkish)
Dear colleague,
Mrs. F.D., {{48 years|AGE}}, teacher. {{Osteosarcoma|OSTEOSARCOMA}} (conventional, osteoblastic) of left proximal humerus, biopsy 19.03.2024. {{Neoadjuvant and adjuvant MAP|SYSTEMIC_THERAPY|h}} 2024, resection and reverse prosthesis 06.2024.
{{Lung metastases|LUNG_METASTASIS}} 03.2025, treated with second-line {{gemcitabine-docetaxel|GEMCITABINE|h}} 6 cycles (2025), stable.
New growth of 3 {{nodules|PULMONARY_NODULE}} on CT 04.2026.
Comorbidity: {{Addison's disease|AUTOIMMUNE_DISEASE}} (autoimmune adrenalitis, 2015) on {{hydrocortisone 10-5-5 mg|REPLACEMENT_THERAPY}} and {{fludrocortisone 0.1 mg|REPLACEMENT_THERAPY}}.
Kind regards, Prof. Dr. Serkan Yıldız
""")
note(p, "2026-05-18", "correction letter (translated)", """
Dokuz Eylül Üniversitesi, İzmir — 18.05.2026
Dear colleague,
{{Correction|CORRECTION}} regarding Mrs. F.D. (our letter of 04.05.2026): the second-line treatment 2025 was {{ifosfamide + etoposide|SYSTEMIC_THERAPY|h}} ({{IE|SYSTEMIC_THERAPY|h}}) x 6, NOT {{gemcitabine-docetaxel|GEMCITABINE|n}}. The sentence was {{entered in error|CORRECTION}} from the letter of another patient. She has never received {{gemcitabine|GEMCITABINE|n}}. We apologise.
Prof. Dr. S. Yıldız
""")
note(p, "2026-06-22", "thoracic surgery consult", """
Göğüs Cerrahisi — 22.06.2026. 48 F. CT 15.06.2026: 3 nodules (LUL 12 mm, LUL 7 mm, RLL 9 mm), consistent with metastases; small left pleural effusion — reactive after the pneumonia of May (thoracentesis not needed).
PFT: FEV1 85%, DLCO 80% — adequate for two-stage surgery.
Opinion: resectable — LUL wedge x2 and RLL wedge, two stages. ECOG 1.
Medication list (from admission 05.2026): hydrocortisone 10-5-5 mg, fludrocortisone 0.1 mg, prednisolone 10 mg daily, amlodipine 5 mg.
""", ann=False)
note(p, "2026-07-20", "research visit note", """
Radiation Oncology research clinic — 20.07.2026. Study RT-DERM-02 (investigational topical gel for radiation dermatitis of the shoulder after palliative RT to a skin nodule in 05.2026). Final study application today; end-of-study visit. No further study product. Skin grade 1 dermatitis, improving.
""", ann=False)
note(p, "2026-08-20", "SOAP note / screening", """
S: Well. Cough gone. Postmenopausal since 2024 (no menses > 12 months).
O: {{ECOG 1|ECOG}}. CT 15.08.2026: the small left {{pleural effusion|PLEURAL_EFFUSION|n}} has resolved; 3 {{nodules|PULMONARY_NODULE}} unchanged.
Medications reconciled today: {{hydrocortisone|REPLACEMENT_THERAPY}} 10-5-5 mg (physiological replacement, {{Addison's|AUTOIMMUNE_DISEASE}}), {{fludrocortisone|REPLACEMENT_THERAPY}} 0.1 mg, amlodipine. {{Prednisolone|SYSTEMIC_STEROID|h}} 10 mg (given by pulmonology for bronchospasm with the pneumonia in May) was stopped on 10.06.2026 — the list of 22.06 was not updated; {{entered in error|CORRECTION}} there.
Research: topical gel {{study|INVESTIGATIONAL|h}} completed, last {{study product|INVESTIGATIONAL|h}} 20.07.2026 (35 days before planned screening 24.08).
A: {{Pulmonary metastases|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}}, {{resectable|RESECTABLE}}, {{PFTs adequate|PULMONARY_FUNCTION}}, after {{MAP|SYSTEMIC_THERAPY|h}} and {{IE|SYSTEMIC_THERAPY|h}}; no {{gemcitabine|GEMCITABINE|n}} (see {{correction|CORRECTION}} 18.05). {{HIV|HIV|n}} Ab negative 08.2026. Vaccines: {{Shingrix|NONLIVE_VACCINE}} dose 2 on 01.08.2026. {{Grade 1 dermatitis|TOXICITY}} only.
P: PROMIS screening 24.08.2026.
""")

# ---------------------------------------------------------------------------
# PI24 — Denmark. Excluded. Undifferentiated pleomorphic sarcoma of bone (not
# osteosarcoma); adjuvant gemcitabine-docetaxel; active local recurrence; no lung
# metastases; ulcerative colitis with prednisolone in 2025; breastfeeding; oral typhoid
# vaccine 10-16.10.2025; currently in a phase II study of an investigational drug.
p = patient("PI24", "2025-10-28", "excluded", {
    "histo": "not_met", "pmets": "not_met", "resect": "unknown", "pft": "unknown",
    "localrec": "met", "gem": "met", "invest": "met", "autoimm": "met",
    "livevax": "met", "preg": "met"})
note(p, "2024-06-05", "discharge summary (translated)", """
Aarhus Universitetshospital — Epikrise (translated from Danish), 05.06.2024
Woman, {{27 years|AGE}}. Diagnosis: {{undifferentiated pleomorphic sarcoma of bone|OTHER_SARCOMA}} (older term: {{malignant fibrous histiocytoma|OTHER_SARCOMA}}), left distal femur, biopsy 15.05.2024. No osteoid on the whole specimen — not {{osteosarcoma|OSTEOSARCOMA|n}}.
CT thorax: no {{metastases|METASTASIS|n}}.
Comorbidity: {{ulcerative colitis|AUTOIMMUNE_DISEASE}} since 2019 on {{mesalamine|DMARD}} 2.4 g daily.
Plan: neoadjuvant {{gemcitabine + docetaxel|GEMCITABINE|y}} x 4 then surgery.
""")
note(p, "2025-02-14", "gastroenterology note", """
Gastroenterology 14.02.2025. UC flare at 18 weeks of pregnancy (bloody diarrhoea 6/day). Mesalamine continued; prednisolone 40 mg daily started, taper over 8 weeks (end ~10.04.2025). Obstetrics informed.
Oncology: UPS femur treated with gem/docetaxel x 4 (06-09.2024) and wide resection 10.2024; in follow-up.
""", ann=False)
note(p, "2025-09-01", "tumour board minutes", """
Knoglesarkom-konference, Aarhus — 01.09.2025
27 F, {{UPS of bone|OTHER_SARCOMA}} left femur, after {{gemcitabine/docetaxel|GEMCITABINE|h}} and wide resection 10.2024.
MRI 20.08.2025: 2.8 cm mass at the resection bed; biopsy 25.08.2025 — {{recurrent UPS|OTHER_SARCOMA}}. Active {{local recurrence|LOCAL_RECURRENCE}}.
CT thorax 22.08.2025: no {{pulmonary metastases|LUNG_METASTASIS|n}}, no {{pleural effusion|PLEURAL_EFFUSION|n}}.
Discussion: amputation vs re-resection with rotationplasty. She delivered 20.06.2025 and is {{breastfeeding|LACTATION}}.
Consensus: re-resection; discuss {{trial|INVESTIGATIONAL|y}} options (not PROMIS — wrong histology and no lung disease).
""")
note(p, "2025-10-20", "SOAP note", """
S: Baby 4 months, {{breastfeeding|LACTATION}} (plus some formula). A family trip to Thailand was planned for November (now cancelled because of the surgery); before it she already took {{oral typhoid vaccine (Vivotif)|LIVE_VACCINE}} capsules 10.10, 12.10, 14.10 and 16.10.2025 (travel clinic). Since 15.09.2025 she is in a phase II {{study|INVESTIGATIONAL}} at Aarhus of an {{investigational drug|INVESTIGATIONAL}} for postpartum iron deficiency (new oral iron formulation, daily, ongoing).
UC quiet; {{mesalamine|DMARD}} only; last {{prednisolone|SYSTEMIC_STEROID|h}} 04.2025 (finished taper).
O: Thigh: palpable firm mass at the scar. {{ECOG 1|ECOG}}.
A: {{Local recurrence|LOCAL_RECURRENCE}} of {{UPS|OTHER_SARCOMA}}, surgery scheduled 05.11.2025.
P: Pre-op. Screening for {{trials|INVESTIGATIONAL|y}} after surgery.
""")
note(p, "2025-10-24", "pre-screening log", """
PROMIS prescreen — Aarhus — 24.10.2025 — row: H.M.; 27 F; histology UPS of bone (not OS); lung: no metastases; local recurrence: active, biopsy 25.08.2025; prior gem/docetaxel: YES; investigational: YES, phase II study drug since 15.09.2025; autoimmune: UC — prednisolone course 02-04.2025 (within 2 years); lactation: breastfeeding; live vaccine: oral typhoid 10-16.10.2025; HIV neg; result: NOT ELIGIBLE.
""", ann=False)


# ---------------------------------------------------------------------------
AUTO = re.compile(r"\b(?:FEV1|DLCO)\b")


def add_auto_spans(plain, spans):
    """FEV1 / DLCO values are pulmonary-function mentions; add them where not marked."""
    out = list(spans)
    for m in AUTO.finditer(plain):
        if any(sp["start"] < m.end() and m.start() < sp["end"] for sp in spans):
            continue
        sp = {"start": m.start(), "end": m.end(), "label": "PULMONARY_FUNCTION"}
        sp.update({name: False for name in FLAGS.values()})
        out.append(sp)
    return sorted(out, key=lambda sp: (sp["start"], sp["end"]))


def status_of(crit):
    if any(crit[c] == "not_met" for c in INCL) or any(crit[c] == "met" for c in EXCL):
        return "excluded"
    if all(crit[c] == "met" for c in INCL) and all(crit[c] == "not_met" for c in EXCL):
        return "eligible"
    return "needs_review"


def main():
    with open(CONCEPTS) as f:
        labels = {c["id"] for c in json.load(f)["concepts"]}
    os.makedirs(OUT, exist_ok=True)
    notes_out, pats_out = [], []
    n_ann = n_spans = 0
    ids = [p["patient_id"] for p in PATIENTS]
    assert ids == ["PI%02d" % i for i in range(1, 25)], ids
    for p in PATIENTS:
        pid, as_of = p["patient_id"], date.fromisoformat(p["as_of"])
        assert date(2025, 6, 1) <= as_of <= date(2026, 11, 30), pid
        assert 3 <= len(p["notes"]) <= 8, (pid, len(p["notes"]))
        assert status_of(p["criteria"]) == p["status"], (pid, status_of(p["criteria"]), p["status"])
        assert set(p["criteria"]) == set(ALL) and len(ALL) == 22
        prev = None
        for i, (nd, ntype, text, ann) in enumerate(p["notes"], 1):
            d = date.fromisoformat(nd)
            assert d <= as_of, (pid, i, nd)
            assert prev is None or d >= prev, (pid, i, "notes out of order")
            prev = d
            plain, spans = parse(text)
            if not ann:
                spans = []
            else:
                assert spans, (pid, i, "annotated note without spans")
                spans = add_auto_spans(plain, spans)
                n_ann += 1
            for sp in spans:
                assert sp["label"] in labels, (pid, i, sp["label"])
            n_spans += len(spans)
            words = len(plain.split())
            assert 25 <= words <= 600, (pid, i, words)
            notes_out.append({"patient_id": pid, "note_id": "%s-N%d" % (pid, i),
                              "note_date": nd, "note_type": ntype, "text": plain,
                              "spans": spans})
        pats_out.append({"patient_id": pid, "as_of": p["as_of"], "status": p["status"],
                         "criteria": {c: p["criteria"][c] for c in ALL}})
    with open(os.path.join(OUT, "notes.jsonl"), "w") as f:
        for n in notes_out:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "patients.jsonl"), "w") as f:
        for p in pats_out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

    # ---- summary and coverage checks
    mix = {}
    for p in pats_out:
        mix[p["status"]] = mix.get(p["status"], 0) + 1
    print("patients %d, notes %d, span-annotated notes %d, spans %d"
          % (len(pats_out), len(notes_out), n_ann, n_spans))
    print("status mix:", ", ".join("%s %d" % (k, mix.get(k, 0))
                                   for k in ("eligible", "excluded", "needs_review")))
    assert 7 <= mix.get("eligible", 0) <= 9 and 8 <= mix.get("excluded", 0) <= 10 \
        and 6 <= mix.get("needs_review", 0) <= 8, mix
    assert n_ann * 2 >= len(notes_out), (n_ann, len(notes_out))
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    bad = []
    for c in ALL:
        cnt = {v: sum(1 for p in pats_out if p["criteria"][c] == v)
               for v in ("met", "not_met", "unknown")}
        print("%-30s %5d %8d %8d" % (c, cnt["met"], cnt["not_met"], cnt["unknown"]))
        if cnt["met"] < 3 or cnt["not_met"] < 3 or cnt["unknown"] < 2:
            bad.append(c)
    assert not bad, bad
    lab = {}
    for n in notes_out:
        for sp in n["spans"]:
            lab[sp["label"]] = lab.get(sp["label"], 0) + 1
    print("spans by label:", ", ".join("%s %d" % kv for kv in sorted(lab.items())))


if __name__ == "__main__":
    main()
