#!/usr/bin/env python3
"""Gold corpus part Q (independent author) for the PROMIS (NCT06114225) screen.

All patients and notes are SYNTHETIC (invented); no real patient data.
Style: the research side and specialist consults -- pre-screening worksheets and
eligibility checklists (with wrong ticks corrected later), monitor queries, con-med
logs, prior-therapy summaries, pharmacist reconciliations, thoracic / pulmonology /
obstetric / ID / rheumatology / dermatology / allergy consults, and machine-translated
Chinese / Japanese / Korean / Brazilian records.

Inline span markup:  [[surface text|LABEL]]  or  [[surface text|LABEL|flags]]
flags: n = negated, u = uncertain, h = historical, p = hypothetical (planned), f = family.
Notes written with ann=False carry no markup and get "spans": [].

Run from /work/main:  python3 annotated_notes/source/part_q.py
Writes annotated_notes/parts/q/notes.jsonl and annotated_notes/parts/q/patients.jsonl.
"""
import json
import re
from datetime import date, timedelta
from pathlib import Path

CONCEPTS = {
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
CRITERIA = INCLUSIONS + EXCLUSIONS
CODE = {"M": "met", "N": "not_met", "U": "unknown"}

MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)(?:\|([nuhpf]+))?\]\]")
FLAGS = {"n": "negated", "u": "uncertain", "h": "historical", "p": "hypothetical", "f": "family"}

PATIENTS = []


def N(d, note_type, text, ann=True):
    return {"date": d, "type": note_type, "text": text.strip("\n"), "ann": ann}


def P(pid, as_of, verdicts, notes, checks=()):
    """verdicts: 7 inclusion codes, '/', 15 exclusion codes (M/N/U), in CRITERIA order."""
    inc, exc = verdicts.replace(" ", "").split("/")
    codes = inc + exc
    assert len(inc) == 7 and len(exc) == 15, (pid, verdicts)
    PATIENTS.append({
        "pid": pid, "as_of": as_of,
        "criteria": {c: CODE[k] for c, k in zip(CRITERIA, codes)},
        "notes": notes, "checks": list(checks),
    })


def parse(marked):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        surface, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in CONCEPTS, label
        assert surface == surface.strip() and surface, repr(surface)
        span = {"start": length, "end": length + len(surface), "label": label}
        for k, name in FLAGS.items():
            span[name] = k in flags
        spans.append(span)
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans

# --------------------------------------------------------------------------------------
# Patients. Verdict strings: OH PM RN PS AG PF PFT / LR MPE GEM OM INV CPI IMM AUTO
# STER ALLO MAB TOX HIV LIVE PREG.
# --------------------------------------------------------------------------------------

# PQ01 - eligible. US academic site; worksheet with a wrong gemcitabine tick corrected by query.
P("PQ01", "2026-02-10", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2024-03-07", "Surgical pathology report", """
SURGICAL PATHOLOGY REPORT - FINAL
Specimen: left distal femur, CT-guided core biopsy x4 (received 05-Mar-2024)
Clinical: 17 y/o M, painful distal thigh mass, lytic-sclerotic lesion on MRI.
Diagnosis: HIGH-GRADE CONVENTIONAL OSTEOSARCOMA, osteoblastic subtype.
Microscopic: sheets of pleomorphic cells laying down lace-like and trabecular malignant osteoid; brisk mitoses; no cartilaginous component. SATB2 diffusely positive. MDM2 FISH not amplified.
Signed: K. Varga, MD
""", ann=False),
    N("2025-12-18", "Radiology - CT chest serial comparison", """
CT CHEST WITH IV CONTRAST
Clinical indication: [[osteosarcoma|OSTEOSARCOMA]] of the left femur, off therapy, surveillance.
Comparison: CT chest 16-Sep-2025 and 10-Jun-2025.
Measurements (long axis, lung windows):
  A. RLL superior segment, series 4 image 112: 4 mm (Jun) / 6 mm (Sep) / 9 mm (today), solid, growing
  B. lingula, series 4 image 88: absent (Jun) / 3 mm (Sep) / 6 mm (today), solid, new since June
  C. RML 2 mm calcified focus: unchanged since 2023, benign pattern
Pleura: no [[effusion|PLEURAL_EFFUSION|n]]. Mediastinum: no adenopathy.
IMPRESSION:
1. Two enlarging solid [[pulmonary nodules|PULMONARY_NODULE]] (A and B), consistent with [[pulmonary metastases|LUNG_METASTASIS]] in this clinical setting. In September both were called indeterminate; the interval growth now settles the question.
2. Calcified RML focus is benign.
Electronically signed: D. Asante, MD (thoracic radiology)
"""),
    N("2026-01-08", "Thoracic surgery consultation", """
THORACIC SURGERY - NEW CONSULT
Requesting: [[sarcoma medical oncology|LOOKALIKE]] (Dr. Okafor)
Question: surgical candidacy for [[lung mets|LUNG_METASTASIS]].
HPI: [[19-year-old|AGE]] man with [[osteoblastic osteosarcoma|OSTEOSARCOMA]] of the left distal femur (biopsy 05-Mar-2024). He completed six cycles of [[MAP|SYSTEMIC_THERAPY|h]] and had a wide resection with endoprosthesis in June 2024 (margins negative). Surveillance CT on 18 Dec 2025 showed two growing [[nodules|PULMONARY_NODULE]], RLL 9 mm and lingula 6 mm.
Exam: slim, walks with a slight limp, no cane. Lungs clear.
[[PFTs|PULMONARY_FUNCTION]] (06-Jan-2026): [[FEV1|PULMONARY_FUNCTION]] 3.9 L (94% pred), [[FVC|PULMONARY_FUNCTION]] 4.6 L (97%), [[DLCO|PULMONARY_FUNCTION]] 88%.
Assessment:
- Both [[lesions|PULMONARY_NODULE]] are subpleural; neither comes near the [[main stem bronchus|CENTRAL_STRUCTURE|n]] or the [[central pulmonary vessels|CENTRAL_STRUCTURE|n]].
- In my judgement the disease is [[completely resectable|RESECTABLE]] with staged [[VATS wedge resections|LUNG_RESECTION|p]] (right first, left 3-4 weeks later). No [[anatomic resection|LUNG_RESECTION|n]] needed.
- [[Pulmonary reserve|PULMONARY_FUNCTION]] is excellent; [[cleared for thoracic surgery|PULMONARY_FUNCTION]] without further testing.
- [[ECOG 1|ECOG]].
He and his mother asked about PROMIS. If he joins, the operation would follow [[penpulimab|CHECKPOINT_INHIBITOR|p]] with SBRT and two cycles of [[gemcitabine|GEMCITABINE|p]]; I am happy to operate at whatever point the PROMIS schedule sets.
C. Lindqvist, MD, Thoracic Surgery
"""),
    N("2026-01-20", "PROMIS pre-screening worksheet", """
PROMIS / NCT06114225 - PRE-SCREENING WORKSHEET (coordinator: L. Brandt, CRC)
Source documents reviewed: pathology 07-Mar-2024, CT 18-Dec-2025, thoracic consult 08-Jan-2026, infusion records.
Demographics: [[DOB 14-Aug-2006|DOB]]; [[19 years old|AGE]] on the planned screening date 10-Feb-2026.
[x] I2 histology: [[osteosarcoma|OSTEOSARCOMA]], osteoblastic, high grade
[x] I2 lung disease: two [[nodules|PULMONARY_NODULE]] read as [[metastases|METASTASIS]] (CT 18-Dec-2025)
[x] I3 surgical opinion: [[resectable|RESECTABLE]], staged [[wedges|LUNG_RESECTION|p]]
[x] I4 systemic therapy: [[MAP|SYSTEMIC_THERAPY|h]] x6 completed Aug 2024
[x] I4 prior [[gemcitabine|GEMCITABINE]]: YES
[x] I5 [[lung function|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 94%, [[DLCO|PULMONARY_FUNCTION]] 88%
[x] I7 [[ECOG 1|ECOG]]
[ ] E10: [[HIV-1/2 Ag/Ab|HIV|n]] non-reactive 03-Dec-2025
[ ] E12: not applicable (male)
Comment: all inclusions ticked; no exclusion found on chart review.
"""),
    N("2026-01-22", "Monitor query and site response", """
MONITOR QUERY Q-0117 (raised 21-Jan-2026 by CRA S. Moreau)
Worksheet line I4 reads "prior [[gemcitabine|GEMCITABINE]]: YES". That would make the subject ineligible, yet the worksheet conclusion says no exclusion was found. Please reconcile with source.
SITE RESPONSE (22-Jan-2026, L. Brandt):
[[Entered in error|CORRECTION]]. The 2024 infusion records show he previously received [[high-dose methotrexate|SYSTEMIC_THERAPY|h]], [[doxorubicin|SYSTEMIC_THERAPY|h]] and [[cisplatin|SYSTEMIC_THERAPY|h]] only. I ticked the line while reading the PROMIS regimen ([[gemcitabine|GEMCITABINE|p]] d1/d8 plus [[penpulimab|CHECKPOINT_INHIBITOR|p]] d8). Corrected line: [[gemcitabine|GEMCITABINE|n]] never given. He has also never had a [[PD-1 inhibitor|CHECKPOINT_INHIBITOR|n]] or any [[investigational agent|INVESTIGATIONAL|n]].
Query closed 22-Jan-2026.
"""),
    N("2026-01-27", "Pharmacist medication reconciliation", """
PHARMACY - MEDICATION RECONCILIATION BEFORE PROMIS SCREENING
Sources: patient and mother, outpatient fill history (12 months), state immunization registry.
Active medicines:
  - [[fluticasone propionate 50 mcg nasal spray|LOCAL_STEROID]], 2 sprays each nostril daily for seasonal rhinitis (intranasal route only)
  - cetirizine 10 mg daily
  - cholecalciferol 1000 IU daily
Recently stopped / completed:
  - ondansetron and [[dexamethazone|SYSTEMIC_STEROID|h]] were his [[chemo|SYSTEMIC_THERAPY|h]] antiemetics; last fill 02-Aug-2024, none since.
Immunizations (registry): [[COVID-19 mRNA booster|NONLIVE_VACCINE]] 13-Jan-2026; [[inactivated influenza vaccine|NONLIVE_VACCINE]] 14-Oct-2025. He previously received two doses each of [[MMR|LIVE_VACCINE|h]] and [[varicella vaccine|LIVE_VACCINE|h]] as a small child (2007-2011).
Allergies: [[NKDA|ALLERGIC_REACTION|n]].
Residual effects: [[high-frequency hearing loss|TOXICITY]], grade 1 on audiogram 11/2025, after prior [[cisplatin|SYSTEMIC_THERAPY|h]]; no hearing aid. No [[neuropathy|TOXICITY|n]].
Family history (for the file): mother treated for [[breast cancer|OTHER_MALIGNANCY|f]] in 2019.
"""),
], checks=[("dob", "2006-08-14", 19)])

# PQ02 - excluded. Chinese records, machine translated; heavily pre-treated.
P("PQ02", "2025-11-20", "MMNMMMN/UMMNMMMNNNNNUNN", [
    N("2025-06-12", "Discharge summary (machine translation from Chinese)", """
[Machine translation] Hospitalization discharge summary
Patient Wang **, male, [[34 years old|AGE]]. Admission 2025年6月3日, discharge 2025年6月12日.
Admission diagnosis: 1. Left tibia proximal [[osteosarcoma|OSTEOSARCOMA]] after operation, double lung [[metastasis|METASTASIS]]. 2. Hepatitis B virus carrier.
Past illness: 2022年8月 left tibia biopsy, pathology: high grade [[osteosarcoma|OSTEOSARCOMA|h]] (ordinary type). After that [[MAP scheme chemotherapy|SYSTEMIC_THERAPY|h]] 6 cycles, 2022年12月 limb salvage operation. 2024年3月 review CT found double lung [[nodules|PULMONARY_NODULE|h]], given [[GD scheme|GEMCITABINE|h]] ([[gemcitabine|GEMCITABINE|h]] + [[docetaxel|SYSTEMIC_THERAPY|h]]) 4 cycles, efficacy evaluation [[PD|TUMOR_RESPONSE|h]]. 2024年9月 start [[camrelizumab|CHECKPOINT_INHIBITOR|h]] ([[AiRuiKa|CHECKPOINT_INHIBITOR|h]]) 200mg q2w combined [[apatinib|SYSTEMIC_THERAPY|h]] 250mg qd; 2 months evaluation [[PR|TUMOR_RESPONSE|h]], [[PR|TUMOR_RESPONSE|h]] maintained 7 months; 2025年5月 CT double lung [[lesions|PULMONARY_NODULE|h]] enlarge and new [[lesions|PULMONARY_NODULE|h]] appear, evaluation [[PD|TUMOR_RESPONSE|h]], [[camrelizumab|CHECKPOINT_INHIBITOR|h]] stop.
This admission: chest CT double lung multiple [[metastasis|METASTASIS]], biggest 2.3cm; right [[pleural effusion|PLEURAL_EFFUSION]] medium amount. Thoracic puncture drainage done, [[pleural fluid cytology found tumor cells|MALIGNANT_EFFUSION]].
Discharge diagnosis add: 3. Right [[malignant pleural effusion|MALIGNANT_EFFUSION]].
Discharge medicine: [[Huaier granules|IMMUNOMODULATOR]] 20g three times daily oral, long-term continue; entecavir 0.5mg once daily.
Discharge condition: [[ECOG 1|ECOG]] point, eat normal.
"""),
    N("2025-09-30", "Chest CT report (machine translation)", """
[Machine translation] Examination item: chest enhanced CT. Compare: 2025-06-05 old film.
See: double lung scattered many round [[nodules|PULMONARY_NODULE]], more than 20, all lobes both sides, biggest right lower lobe 2.9cm (old film 2.3cm), many new small ones. Right [[pleural effusion|PLEURAL_EFFUSION]], compare before after drainage reduced, right pleura nodular thickening. Mediastinum lymph node not big.
Impression: 1. Double lung multiple [[metastases|METASTASIS]], compare old film increased and enlarged. 2. Right [[pleural effusion|PLEURAL_EFFUSION]] with pleura nodular thickening, consider [[pleural metastasis|MALIGNANT_EFFUSION|u]].
"""),
    N("2025-10-14", "Thoracic surgery consultation (machine translation)", """
[Machine translation] Thoracic surgery consultation opinion
Patient double lung [[metastasis|METASTASIS]] over 20 pieces, distribute all lobes, accompany right [[malignant pleural effusion|MALIGNANT_EFFUSION]]. [[Lung function|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 1.62L (45% of predicted), [[DLCO|PULMONARY_FUNCTION]] 48%.
Opinion: the [[lesions|PULMONARY_NODULE]] are [[not able to be completely resected|UNRESECTABLE]], operation is not suitable. In addition, [[lung function|PULMONARY_FUNCTION]] cannot tolerate thoracotomy. Suggest internal medicine systemic treatment.
Local: left tibia operation region soft tissue a little thick on MRI, [[local recurrence|LOCAL_RECURRENCE|u]] to be excluded (待排), suggest review MRI after 2 months.
"""),
    N("2025-11-12", "Concomitant medication log (research, translated fields)", """
CONCOMITANT MEDICATION LOG - subject PQ02 (fields translated from Chinese; dates yyyy-mm-dd)
Drug / dose / start / stop / indication
1. [[Huaier granules|IMMUNOMODULATOR]] ([[槐耳颗粒|IMMUNOMODULATOR]]) 20 g tid po / 2025-06-12 / ongoing / anti-tumor adjuvant, "tumor medicine"
2. entecavir 0.5 mg qd / 2019-03 / ongoing / HBV carrier
3. XYZ-4471 80 mg qd, [[investigational agent|INVESTIGATIONAL]] (given at another hospital) / 2025-08-28 / last dose 2025-10-23 / [[osteosarcoma|OSTEOSARCOMA]]; taken off because of [[progression|TUMOR_RESPONSE]]
4. oxycodone CR 10 mg q12h / 2025-06 / ongoing / chest wall pain
5. lactulose prn / 2025-06 / ongoing / constipation
Checked against pharmacy dispensing 2025-11-12. No [[steroid|SYSTEMIC_STEROID|n]], no [[immunosuppressant|IMMUNOSUPPRESSANT|n]] on the list.
"""),
    N("2025-11-18", "PROMIS eligibility checklist (coordinator)", """
PROMIS eligibility checklist - screening visit planned 20-Nov-2025 - coordinator Zhou L.
I2 [[osteosarcoma|OSTEOSARCOMA]] confirmed by pathology 2022: yes. Lung [[metastases|METASTASIS]]: yes, >20.
I3: fails - thoracic surgery 14-Oct: [[not resectable|UNRESECTABLE]], [[nodules|PULMONARY_NODULE]] in every lobe. Pleural item: FAILS, [[pleural cytology positive|MALIGNANT_EFFUSION]] 06/2025.
I4 prior regimens: [[MAP|SYSTEMIC_THERAPY|h]] x6; [[GD regimen|GEMCITABINE|h]] x4 in 2024 - second half of I4 FAILS.
I5: [[FEV1|PULMONARY_FUNCTION]] 45%, surgeon says cannot tolerate - FAILS.
I7: [[ECOG 1|ECOG]].
E2: last dose of XYZ-4471 ([[investigational agent|INVESTIGATIONAL]]) 23-Oct-2025 = 28 days before 20-Nov-2025; the window counts the boundary day - inside 4 weeks - EXCLUDED.
E3: [[camrelizumab|CHECKPOINT_INHIBITOR|h]] with best response [[PR|TUMOR_RESPONSE|h]] lasting about 7 months, then [[PD|TUMOR_RESPONSE|h]] = secondary resistance - EXCLUDED.
E4: [[Huaier|IMMUNOMODULATOR]] still taken daily - EXCLUDED.
E10: [[HIV|HIV|u]] screening antibody reactive in 06/2025; confirmatory result from CDC lab not in chart - open.
Local site: MRI question of [[recurrence|LOCAL_RECURRENCE|u]] still open (re-scan not yet done).
Outcome: screen failure, multiple reasons.
"""),
    N("2025-11-19", "Infectious disease consultation (machine translation)", """
[Machine translation] Infection department consultation record
Patient 2025-06 before operation screening, [[HIV antibody|HIV|u]] first screen reactive (chemiluminescence method), blood sample send to district CDC confirmation laboratory, result until now not come back. Patient denies high-risk behavior, no blood transfusion. Wife [[HIV|HIV|fn]] test negative (2025-07).
Hepatitis B: HBsAg positive, HBV-DNA below lower limit, continue entecavir.
Vaccination: this year nothing given.
Suggestion: 1. Urge CDC confirmation result. 2. If confirmed positive, start [[antiretroviral treatment|HIV|p]] and assess again. 3. At present cannot judge infection status.
"""),
], checks=[("win", "investigational_agent_4w", "2025-10-23", 28, True)])

# PQ03 - needs_review. Filipino teenager treated first in Manila, now in Japan (translated).
# Unknown: prior systemic (content of Manila treatment unknown), performance (15 y, only
# ECOG-type PS), steroid route, influenza vaccine type.
P("PQ03", "2026-01-15", "MMMUMUM/NNNNNNNNUNNNNUN", [
    N("2025-12-10", "Pathology report (machine translation from Japanese)", """
[Machine translation] Pathological diagnosis report
Material: right humerus proximal part, needle biopsy (2025年12月8日).
Pathological diagnosis: Osteosarcoma, conventional type (osteoblastic type).
Finding: atypical cells with large nuclei proliferate in sheet, lace-like osteoid formation between tumor cells is seen. Immunostaining SATB2 positive. MDM2 amplification no.
Comment: high grade. Consistent with the image diagnosis.
""", ann=False),
    N("2025-12-19", "Orthopaedic oncology outpatient note (machine translation)", """
[Machine translation] Orthopedic tumor outpatient, first visit
[[15 years old|AGE]] male. Filipino nationality, living in Japan since 2025年10月 with mother.
Chief complaint: right shoulder pain from 5 months before.
Diagnosis: right humerus [[osteosarcoma|OSTEOSARCOMA]], both lung [[metastasis|METASTASIS]] (CT 2025/12/15: right S6 12 mm, left S9 8 mm, right S2 5 mm, total 3 [[nodules|PULMONARY_NODULE]], all solid, morphology typical).
Before: in Manila 2025年7月 biopsy was done; after that, by mother's explanation, "drip treatment several times" during about 2 months. Content is unknown. The Manila hospital summary is requested (12/19) but not arrived.
Plan: [[chemotherapy|SYSTEMIC_THERAPY|p]] plan will be decided after the summary arrives; pediatric ward bed adjusting.
[[PS 0|ECOG]]. Walking independent, right arm sling.
Past history: bronchial asthma (small child time to now, attack some times per year).
[[Drug allergy|ALLERGIC_REACTION|n]]: none known.
Family history: grandmother [[stomach cancer|OTHER_MALIGNANCY|f]].
"""),
    N("2025-12-26", "Respiratory surgery consultation reply (machine translation)", """
[Machine translation] Consultation reply - respiratory surgery
Thank you for the introduction. Chest CT was confirmed.
3 [[lesions|PULMONARY_NODULE]] are all in periphery (under pleura), no relation with [[hilar great vessels|CENTRAL_STRUCTURE|n]] or [[main bronchus|CENTRAL_STRUCTURE|n]].
Judgement: [[resectable|RESECTABLE]]. [[Thoracoscopic partial resection|LUNG_RESECTION|p]] on both sides in two stages is possible.
[[Respiratory function test|PULMONARY_FUNCTION]]: %VC 98%, [[FEV1.0%|PULMONARY_FUNCTION]] 89%. There is no problem for surgery.
Timing of operation: we would like to discuss with your department after the systemic treatment policy is decided.
"""),
    N("2026-01-13", "Pediatrics outpatient note (machine translation)", """
[Machine translation] Pediatrics outpatient
2026年1月13日. Asthma attack at night of 1/11, went to neighborhood clinic by night. There "[[steroid|SYSTEMIC_STEROID|u]] was used" according to the clinic letter; only written as "[[steroid administration|SYSTEMIC_STEROID|u]]", whether inhalation or injection or oral medicine is not clear. Now wheeze disappeared, SpO2 98%.
Influenza [[vaccination|LIVE_VACCINE|u]] was received 2025/12/28 at the school doctor (kind of vaccine not recorded; nasal spray type or injection type unknown; mother does not remember).
Other: no fever. Daily inhaler not used now.
Plan: inquiry letter to the clinic and to the school doctor about the drug names.
"""),
    N("2026-01-14", "Clinical research coordinator pre-screening memo (machine translation)", """
[Machine translation] CRC memo - PROMIS pre-screening (screening day planned 2026/1/15)
- Age: [[15 years|AGE]] (referral letter). Birth date not written in our record yet.
- Performance: only [[PS 0|ECOG]] (ECOG type) is recorded. Under 16 years needs Lansky; pediatrics has not evaluated. Asked.
- Histology [[osteosarcoma|OSTEOSARCOMA]]: confirmed in our hospital.
- Lung [[metastasis|METASTASIS]]: 3 [[nodules|PULMONARY_NODULE]]; respiratory surgery says [[resectable|RESECTABLE]].
- Former treatment: Manila content unknown (summary not arrived). Cannot judge the systemic treatment item.
- [[HIV|HIV|n]] antibody: negative (2025/12/12).
- [[Steroid|SYSTEMIC_STEROID|u]] 1/11 at clinic: route not confirmed; inquiry letter sent.
- [[Influenza vaccine|LIVE_VACCINE|u]] 12/28: product name asked to school doctor.
- Pleura: CT no [[pleural effusion|PLEURAL_EFFUSION|n]].
Judgement: hold. Many items are waiting reply.
"""),
], checks=[("stated", 15, "2026-01-14", 15),
           ("win", "systemic_steroids_7d", "2026-01-11", 7, True),
           ("win", "live_vaccine_30d", "2025-12-28", 30, True)])

# PQ04 - eligible. Brazilian records, machine translated. Traps: breastfeeding ended,
# negative beta-hCG, yellow fever vaccine 31 days before screening, father with HIV,
# topical tacrolimus for vitiligo.
P("PQ04", "2025-09-30", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2021-03-22", "Laudo anatomopatologico (machine translation from Portuguese)", """
[Tradução automática] Anatomopathological report
Material: biopsy of left femur distal, by trocar (16/03/2021).
Conclusion: high grade osteosarcoma, conventional type, osteoblastic predominant. Presence of neoplastic osteoid. Margins not evaluable (biopsy).
Patient: female, 23 years.
""", ann=False),
    N("2025-07-03", "Tomografia de torax - laudo (machine translation)", """
[Tradução automática] COMPUTED TOMOGRAPHY OF THORAX WITH CONTRAST
Comparative with exam of 14/01/2025.
Findings:
- [[Nodule|PULMONARY_NODULE]] 1: lower lobe right, segment 10, 11 mm (before 4 mm).
- [[Nodule|PULMONARY_NODULE]] 2: lower lobe right, segment 6, 7 mm (new).
- [[Nodule|PULMONARY_NODULE]] 3: upper lobe left, 5 mm (new).
Absence of [[pleural effusion|PLEURAL_EFFUSION|n]]. Mediastinum without lymph nodes enlarged.
Impression: solid pulmonary [[nodules|PULMONARY_NODULE]] new and growing, compatible with [[pulmonary metastases|LUNG_METASTASIS]] of the [[osteosarcoma|OSTEOSARCOMA]] known.
"""),
    N("2025-08-14", "Consulta de cirurgia toracica (machine translation)", """
[Tradução automática] Thoracic surgery - consultation
[[27 years|AGE]], female, [[osteosarcoma|OSTEOSARCOMA]] of left femur treated in 2021 with [[MAP|SYSTEMIC_THERAPY|h]] (previous [[chemotherapy|SYSTEMIC_THERAPY|h]] complete, 6 cycles) and endoprosthesis. Now 3 [[nodules|PULMONARY_NODULE]] (2 right, 1 left), all peripheral, far from the hilum.
[[Spirometry|PULMONARY_FUNCTION]] 11/08/2025: [[FEV1|PULMONARY_FUNCTION]] 3.1 L (96%), [[CVF|PULMONARY_FUNCTION]] 3.6 L (98%). Good [[pulmonary reserve|PULMONARY_FUNCTION]].
Conduct: [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]]. Indicated bilateral [[metastasectomy|LUNG_RESECTION|p]] in two times (right by thoracotomy, left by videothoracoscopy). Patient [[apt for thoracic surgery|PULMONARY_FUNCTION]].
"""),
    N("2025-09-18", "Obstetrics / lactation consultation (machine translation)", """
[Tradução automática] Gynecology and obstetrics - opinion requested by the research team
Patient G1P1, normal delivery 12/01/2024. She [[breastfed|LACTATION|h]] until July of 2025; [[breastfeeding|LACTATION|h]] ended in the end of July (complete weaning, baby 18 months with formula and solid food). No milk production now; no pumping.
[[Serum beta-hCG|PREGNANCY_TEST|n]] 17/09/2025: less than 1 mIU/mL (negative). Last menstruation 05/09/2025, regular cycles.
Contraception: copper IUD inserted 02/09/2025. Oriented about contraception during treatment and 6 months after.
Conclusion: not [[pregnant|PREGNANCY|n]], not [[lactating|LACTATION|n]]. Without obstetric contraindication.
"""),
    N("2025-09-25", "Infectious disease pre-treatment consultation (machine translation)", """
[Tradução automática] Infectology - evaluation before starting new treatment
Vaccinal history (card seen): [[yellow fever vaccine|LIVE_VACCINE]] applied 30/08/2025 in the health post (campaign of the municipality). [[Influenza vaccine inactivated|NONLIVE_VACCINE]] (trivalent, injectable) 12/05/2025. [[Hepatitis B vaccine|NONLIVE_VACCINE]] 3 doses complete in 2019.
Serologies 15/09/2025: [[anti-HIV 1/2|HIV|n]] non-reactive; HBsAg non-reactive; anti-HCV non-reactive.
Family: father lives with [[HIV|HIV|f]] since 2010, in treatment, undetectable; patient does not share needles or objects; no risk.
Orientation: no further immunizations until the end of the treatment.
"""),
    N("2025-09-29", "PROMIS eligibility checklist (research coordination, machine translation)", """
[Tradução automática] Eligibility checklist - PROMIS - screening date 30/09/2025 - coordinator R. Tavares
Age: [[27 years|AGE]] - OK.
Performance: [[KPS 80|KARNOFSKY]] (equivalent [[ECOG 1|ECOG]]) - OK.
Histology: [[osteosarcoma|OSTEOSARCOMA]] (biopsy 16/03/2021) - OK. [[Pulmonary metastases|LUNG_METASTASIS]] - OK.
Resectability: thoracic surgery 14/08 - [[resectable|RESECTABLE]] - OK. [[Pulmonary function|PULMONARY_FUNCTION]] adequate - OK.
Previous systemic: [[MAP|SYSTEMIC_THERAPY|h]] 2021 - OK. Never [[gemcitabine|GEMCITABINE|n]], never [[anti-PD-1|CHECKPOINT_INHIBITOR|n]].
E11: [[yellow fever|LIVE_VACCINE]] 30/08/2025 = 31 days before 30/09/2025 - out of the 30-day window - OK.
Dermatology: [[vitiligo|AUTOIMMUNE_DISEASE]] on face, only [[tacrolimus 0.1% ointment|IMMUNOSUPPRESSANT]] topical since 2022; never systemic treatment - OK.
Toxicity: [[ototoxicity|TOXICITY]] grade 1 (audiometry 06/2025), without prosthesis - OK.
[[Lactation|LACTATION|h]]: finished July 2025 - OK. [[Beta-hCG|PREGNANCY_TEST|n]] negative 17/09 - OK.
Conclusion: eligible, pending signature of the consent.
"""),
], checks=[("win", "live_vaccine_30d", "2025-08-30", 30, False)])

# PQ05 - excluded. Korean records (translated). Radiation-associated osteosarcoma after
# breast cancer diagnosed exactly 5 years before screening; turned 66 four days before.
P("PQ05", "2025-10-02", "MMNMNMN/NMNMMNNUNNMUNNN", [
    N("2020-10-05", "Breast pathology report (machine translation from Korean)", """
[Machine translation] Pathology result report
Specimen: left breast, core needle biopsy (2020.10.02).
Diagnosis: invasive ductal carcinoma, histologic grade 2. ER positive (10%), PR negative, HER2 3+ (IHC).
Remark: clinical stage to be decided by the surgery department.
""", ann=False),
    N("2025-02-20", "Pathology report - chest wall (machine translation)", """
[Machine translation] Pathology result report
Specimen: left 4th rib and chest wall mass, excisional biopsy (2025.02.17).
Diagnosis: high grade [[osteosarcoma|OSTEOSARCOMA]], osteoblastic type, arising in previously irradiated field ([[radiation-associated osteosarcoma|OSTEOSARCOMA]]).
Clinical history: previous left [[breast cancer|OTHER_MALIGNANCY|h]] (2020), status post partial mastectomy and radiotherapy (2021).
Ancillary: SATB2 positive. [[PD-L1 (22C3) staining|LOOKALIKE]]: TPS less than 1%.
"""),
    N("2025-09-10", "Allergy clinic consultation (machine translation)", """
[Machine translation] Allergy internal medicine consultation reply
Consultation purpose: drug allergy evaluation before new tumour treatment.
History: 2020년 12월 15일 second dose of [[trastuzumab|MONOCLONAL_ANTIBODY|h]] ([[Herceptin|MONOCLONAL_ANTIBODY|h]]) infusion, within 10 minutes generalized urticaria, wheezing, blood pressure 70/40, epinephrine intramuscular 2 times, admitted emergency room. Record: [[anaphylaxis|ALLERGIC_REACTION|h]], CTCAE grade 3. After that [[trastuzumab|MONOCLONAL_ANTIBODY|h]] was permanently stopped and the [[breast cancer|OTHER_MALIGNANCY|h]] regimen was changed.
Other drugs: [[ifosfamide|SYSTEMIC_THERAPY|h]] and [[etoposide|SYSTEMIC_THERAPY|h]] in 2025 without [[reaction|ALLERGIC_REACTION|n]].
Opinion: serious [[reaction|ALLERGIC_REACTION|h]] to a [[monoclonal antibody|MONOCLONAL_ANTIBODY|h]] is documented. If a new [[monoclonal antibody|MONOCLONAL_ANTIBODY|p]] such as [[penpulimab|CHECKPOINT_INHIBITOR|p]] is used, premedication and in-hospital desensitization should be considered; cross-reactivity cannot be predicted by skin test.
"""),
    N("2025-09-22", "Thoracic surgery and pulmonology joint consultation (machine translation)", """
[Machine translation] Thoracic surgery / pulmonology joint consultation
Chest CT (2025.09.03): left lower lobe [[mass|PULMONARY_NODULE]] 4.1 cm, medial side surround the [[left main pulmonary artery|CENTRAL_STRUCTURE]] for about 180 degrees; left upper lobe two [[nodules|PULMONARY_NODULE]] 6 mm and 8 mm; left [[pleural effusion|PLEURAL_EFFUSION]] moderate.
Thoracentesis (2025.09.05) [[pleural fluid cytology: malignant cells present|MALIGNANT_EFFUSION]], morphology same as the known [[osteosarcoma|OSTEOSARCOMA]].
[[Pulmonary function test|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 0.92 L (41%), [[DLCO|PULMONARY_FUNCTION]] 38%.
Opinion: to remove all [[lesions|PULMONARY_NODULE]] a left [[pneumonectomy|PNEUMONECTOMY|p]] would be needed; the disease is [[not resectable|UNRESECTABLE]] by [[wedge|LUNG_RESECTION|n]] or [[lobectomy|LUNG_RESECTION|n]]. Also with this [[lung function|PULMONARY_FUNCTION]] the predicted postoperative [[FEV1|PULMONARY_FUNCTION]] is far below the safe limit, so she is not a surgical candidate. [[ECOG 2|ECOG]].
"""),
    N("2025-09-30", "Research coordinator screening log (machine translation)", """
[Machine translation] [[Clinical trial center|LOOKALIKE]] screening record - PROMIS - planned screening day 2025.10.02
[[Date of birth 1959.09.28|DOB]]: on screening day [[66 years|AGE]] (birthday passed 4 days before). Upper limit is 65 - not satisfied.
[[Breast cancer|OTHER_MALIGNANCY]] diagnosis date = biopsy 2020.10.02, exactly 5 years before screening day - inside the 5-year window (boundary day included) - not satisfied.
At present she is taking the [[study drug|INVESTIGATIONAL]] of another [[clinical trial|INVESTIGATIONAL]] (osteoporosis, randomized double-blind, oral once weekly, since 2025.03, ongoing) - not satisfied.
Previous [[osteosarcoma|OSTEOSARCOMA]] treatment: [[ifosfamide|SYSTEMIC_THERAPY|h]] + [[etoposide|SYSTEMIC_THERAPY|h]] 4 cycles (2025.03-2025.06).
[[Rheumatoid arthritis|AUTOIMMUNE_DISEASE]]: followed in a local clinic since 2019; patient and daughter do not know the medicine name; the daughter says she stopped it "at some time". Clinic does not answer. Cannot judge.
[[Peripheral neuropathy|TOXICITY]] of both feet since [[docetaxel|SYSTEMIC_THERAPY]] (2021), still present; grade not written anywhere.
[[HIV|HIV|n]] antibody negative (2025.09.15).
Result: screening failure.
"""),
    N("2025-10-01", "Pharmacist medication reconciliation (machine translation)", """
[Machine translation] Pharmacy medication reconciliation
1. Study drug of osteoporosis trial (blinded), 1 tablet once weekly, ongoing; last taken 2025.09.27.
2. Calcium carbonate/vitamin D 1 tablet twice daily.
3. Amlodipine 5 mg once daily.
4. Pregabalin 75 mg twice daily (foot numbness).
5. Oxycodone/naloxone 10/5 mg twice daily.
No steroid, no immunosuppressant in the current list. Local clinic rheumatism medicine: not in the list, name not obtained.
""", ann=False),
], checks=[("dob", "1959-09-28", 66),
           ("yrs", "other_malignancy_5y", "2020-10-02", 5, True)])

# PQ06 - needs_review. Korean records (translated). Indeterminate new nodules, new
# uncharacterised effusion, thymosin with unknown last date, equivocal hCG.
P("PQ06", "2026-03-20", "MUUMMMM/NUNNNNUNNNNNNNU", [
    N("2023-05-11", "Pathology report (machine translation from Korean)", """
[Machine translation] Pathology result report
Specimen: right humerus proximal, open biopsy (2023.05.08).
Diagnosis: telangiectatic osteosarcoma. Blood-filled spaces with septa containing highly atypical cells and focal osteoid.
""", ann=False),
    N("2025-09-15", "Chest CT report (machine translation)", """
[Machine translation] Chest CT (enhanced), follow-up.
Result: no [[pulmonary nodule|PULMONARY_NODULE|n]] is seen. No [[pleural effusion|PLEURAL_EFFUSION|n]]. No lymph node enlargement.
Conclusion: no evidence of [[lung metastasis|LUNG_METASTASIS|n]].
"""),
    N("2026-03-05", "Chest CT comparison report (machine translation)", """
[Machine translation] Chest CT (enhanced). Comparison: 2025-09-15.
New small [[nodules|PULMONARY_NODULE]]:
  (1) right upper lobe posterior segment 6 mm, solid
  (2) right lower lobe 4 mm, solid
  (3) left lower lobe 3 mm, part solid
Right [[pleural effusion|PLEURAL_EFFUSION]] small amount, new. No pleural thickening.
Conclusion: 1. Newly appeared subcentimeter [[nodules|PULMONARY_NODULE|u]], indeterminate. [[Metastasis|METASTASIS|u]] cannot be excluded; inflammatory change also possible. Follow-up CT in 6-8 weeks is recommended. 2. New small right [[pleural effusion|PLEURAL_EFFUSION]], nature not determined.
"""),
    N("2026-03-12", "Pulmonology consultation (machine translation)", """
[Machine translation] Pulmonology consultation reply
[[44-year-old|AGE]] female, history of [[osteosarcoma|OSTEOSARCOMA|h]] of right humerus (2023), previous [[MAP|SYSTEMIC_THERAPY|h]] [[chemotherapy|SYSTEMIC_THERAPY|h]] 2023 completed.
[[Pulmonary function test|PULMONARY_FUNCTION]] (2026.03.10): [[FEV1|PULMONARY_FUNCTION]] 2.8 L (96%), [[FVC|PULMONARY_FUNCTION]] 3.3 L (97%), [[DLCO|PULMONARY_FUNCTION]] 91%. From the [[lung function|PULMONARY_FUNCTION]] point of view thoracic surgery, even two-staged, can be tolerated.
The new [[nodules|PULMONARY_NODULE|u]] are too small for bronchoscopic or needle biopsy; PET-CT is not reliable under 8 mm. The [[effusion|PLEURAL_EFFUSION]] is too small for safe thoracentesis now.
Opinion: decide after follow-up CT. Surgical resectability was not discussed yet.
"""),
    N("2026-03-17", "Obstetrics and gynecology consultation (machine translation)", """
[Machine translation] Obstetrics and gynecology consultation reply
Last menstrual period 2026.01.28 (about 7 weeks). Usually regular.
[[Urine hCG|PREGNANCY_TEST|u]] (2026.03.16): very faint line, judged equivocal. [[Serum beta-hCG|PREGNANCY_TEST|u]] drawn 2026.03.17, result pending.
Transvaginal ultrasound: no gestational sac in the uterus, endometrium 9 mm, no adnexal mass.
Impression: [[early pregnancy|PREGNANCY|u]] versus false positive; cannot decide now. Repeat [[serum beta-hCG|PREGNANCY_TEST|p]] after 48 hours.
"""),
    N("2026-03-19", "Research coordinator pre-screening note (machine translation)", """
[Machine translation] [[Clinical trial center|LOOKALIKE]] - PROMIS pre-screening
Histology: [[telangiectatic osteosarcoma|OSTEOSARCOMA]] - OK. Previous systemic treatment: [[MAP|SYSTEMIC_THERAPY|h]] - OK. [[ECOG 1|ECOG]] - OK.
Lung: new [[nodules|PULMONARY_NODULE|u]] indeterminate, [[metastasis|METASTASIS|u]] not confirmed - pending.
Pleura: new small [[effusion|PLEURAL_EFFUSION]], character unknown - pending.
Immune medicine: she received [[thymosin alpha-1|IMMUNOMODULATOR]] ([[Zadaxin|IMMUNOMODULATOR]]) injections at a private integrative medicine clinic twice weekly from 2025.11; last injection date not recorded, she says "some weeks ago". Clinic does not answer the phone. Cannot decide the 2-week item.
Thyroid: [[Hashimoto thyroiditis|AUTOIMMUNE_DISEASE]] on [[levothyroxine|REPLACEMENT_THERAPY]] 75 mcg only (replacement) - OK.
E12: [[beta-hCG|PREGNANCY_TEST|u]] pending - pending.
[[HIV|HIV|n]] negative (2026.03.10).
Decision: hold; re-screen after CT and [[hCG|PREGNANCY_TEST|p]].
"""),
], checks=[("stated", 44, "2026-03-12", 44)])

# PQ07 - excluded. US; Crohn's disease, breastfeeding, vedolizumab anaphylaxis, prednisone
# taper finished exactly 7 days before screening, Crohn's trial screen failure (never dosed).
P("PQ07", "2026-04-14", "MMMMMMU/NNNNNNNMMNMMNNM", [
    N("2026-02-26", "Gastroenterology clinic note", """
GI CLINIC - IBD
[[29F|AGE]] with ileocolonic [[Crohn's disease|AUTOIMMUNE_DISEASE]] since 2015, 11 weeks postpartum, here for a flare (6-8 loose stools/day, CRP 41).
IBD therapy history: [[infliximab|IMMUNOSUPPRESSANT|h]] 2016-2019 (secondary loss of response); [[vedolizumab|MONOCLONAL_ANTIBODY|h]] 05/2023, stopped after [[anaphylaxis|ALLERGIC_REACTION|h]] with the second infusion; [[azathioprine|IMMUNOSUPPRESSANT|h]] 2023 until she stopped it herself in Dec 2025.
In Nov 2025 she consented to an industry [[trial|INVESTIGATIONAL]] of an oral agent for [[Crohn's|AUTOIMMUNE_DISEASE]] but was a screen failure (calprotectin criterion) and never received any [[study drug|INVESTIGATIONAL|n]].
Oncology: [[osteosarcoma|OSTEOSARCOMA]] R femur (2024), treated by orthopaedic oncology.
She is [[breastfeeding|LACTATION]] and wants to continue.
Plan: [[prednisone|SYSTEMIC_STEROID]] 40 mg PO daily started 02/24/2026, taper by 5 mg weekly; she should take the last 5 mg dose on or about 04/07/2026. Discussed that [[prednisone|SYSTEMIC_STEROID]] is compatible with [[nursing|LACTATION]]. Restart of a maintenance agent to be decided with oncology.
"""),
    N("2026-03-11", "Radiology - CT chest", """
CT CHEST W/ CONTRAST - comparison 09/22/2025
Two new solid [[nodules|PULMONARY_NODULE]] in the left lower lobe: 11 mm (posterior basal) and 7 mm (lateral basal), both peripheral. No other [[lung lesions|PULMONARY_NODULE|n]]. No [[pleural effusion|PLEURAL_EFFUSION|n]]. No adenopathy.
IMPRESSION: New LLL [[nodules|PULMONARY_NODULE]], most consistent with [[metastatic disease|METASTASIS]] from the patient's known [[osteosarcoma|OSTEOSARCOMA]].
"""),
    N("2026-03-20", "Thoracic surgery consultation", """
THORACIC SURGERY
[[29-year-old|AGE]] woman, chondroblastic [[osteosarcoma|OSTEOSARCOMA]] of the right femur diagnosed 02/2024, completed [[MAP|SYSTEMIC_THERAPY|h]] 10/2024 and limb salvage. Now two LLL [[metastases|METASTASIS]] (11 and 7 mm).
Both sit in the outer third of the lobe; a [[lobectomy|LUNG_RESECTION|n]] is not necessary. I recommend [[VATS wedge resection|LUNG_RESECTION|p]] of both [[nodules|PULMONARY_NODULE]] in a single operation; they are clearly [[resectable|RESECTABLE]].
[[PFTs|PULMONARY_FUNCTION]] have not been done yet - ordered; she was too busy with the newborn. No dyspnea, climbs 3 flights.
[[ECOG 1|ECOG]]. Wears bilateral hearing aids.
"""),
    N("2026-03-30", "Allergy and immunology consultation", """
ALLERGY / IMMUNOLOGY CONSULT
Reason: prior [[reaction|ALLERGIC_REACTION|h]] to [[vedolizumab|MONOCLONAL_ANTIBODY|h]]; team is considering a [[PD-1 antibody|CHECKPOINT_INHIBITOR|p]].
Index [[reaction|ALLERGIC_REACTION|h]] (chart of 05/17/2023, reviewed): 6 minutes into her second [[vedolizumab|MONOCLONAL_ANTIBODY|h]] ([[Entyvio|MONOCLONAL_ANTIBODY|h]]) infusion she developed throat tightness, stridor, diffuse urticaria and BP 78/40; received IM epinephrine x2, IV fluids, observed overnight. Tryptase 24. Graded by the infusion center as CTCAE grade 3 [[anaphylaxis|ALLERGIC_REACTION|h]].
She tolerated [[infliximab|IMMUNOSUPPRESSANT|h]] for three years before that without a [[reaction|ALLERGIC_REACTION|n]].
Assessment: documented grade 3 [[anaphylaxis|ALLERGIC_REACTION|h]] to a [[monoclonal antibody|MONOCLONAL_ANTIBODY|h]]. Skin testing for a different antibody such as [[penpulimab|CHECKPOINT_INHIBITOR|p]] is not validated; if ever given it would need a graded challenge in the ICU-capable infusion suite. No other [[drug allergies|ALLERGIC_REACTION|n]].
"""),
    N("2026-04-08", "Lactation consultation", """
LACTATION CONSULT (outpatient)
Baby born 12/10/2025, now 17 weeks, exclusively [[breastfed|LACTATION]] plus pumped milk at daycare; mother pumps 3x/day at work.
Reviewed medicines: [[prednisone|SYSTEMIC_STEROID]] - she took the final 5 mg tablet of her taper yesterday, 04/07/2026, and has none left. No other medicines except prenatal vitamin.
Discussed what the proposed treatments would mean for [[nursing|LACTATION]]: she would have to stop [[breastfeeding|LACTATION|p]] before any such therapy. She is not ready to decide; wants to keep [[nursing|LACTATION]] for now.
"""),
    N("2026-04-13", "Eligibility checklist with monitor note", """
PROMIS ELIGIBILITY CHECKLIST - screening date 04/14/2026 - CRC J. Whitfield
[[DOB 11/02/1996|DOB]] ([[29 y|AGE]]). [[ECOG 1|ECOG]].
I2 [[osteosarcoma|OSTEOSARCOMA]] yes; lung [[mets|METASTASIS]] yes (CT 03/11/2026).
I3 [[resectable|RESECTABLE]] per thoracic 03/20, [[wedge|LUNG_RESECTION|p]] planned.
I4 [[MAP|SYSTEMIC_THERAPY|h]] completed 2024; no [[gemcitabine|GEMCITABINE|n]].
I5 [[PFTs|PULMONARY_FUNCTION]] not resulted - open.
E5: [[Crohn's|AUTOIMMUNE_DISEASE]] with [[azathioprine|IMMUNOSUPPRESSANT|h]] until 12/2025 and [[prednisone|SYSTEMIC_STEROID]] 02-04/2026 - exclusionary.
E6: last [[prednisone|SYSTEMIC_STEROID]] dose 04/07/2026 = 7 days before 04/14/2026; boundary day counts - inside the window - exclusionary.
E2: [[Crohn's|AUTOIMMUNE_DISEASE]] [[trial|INVESTIGATIONAL]] 11/2025 was a screen failure, never dosed - does not count.
E8: grade 3 [[anaphylaxis|ALLERGIC_REACTION|h]] to [[vedolizumab|MONOCLONAL_ANTIBODY|h]] - exclusionary.
E9: bilateral [[sensorineural hearing loss|TOXICITY]], CTCAE grade 2 (hearing aids fitted 2025) after [[cisplatin|SYSTEMIC_THERAPY|h]] - permanent - exclusionary.
E12: currently [[breastfeeding|LACTATION]] - exclusionary.
Monitor note (04/13, CRA): agree with screen failure; please file the lactation consult.
"""),
], checks=[("dob", "1996-11-02", 29),
           ("win", "systemic_steroids_7d", "2026-04-07", 7, True)])

# PQ08 - eligible. US; local recurrence re-resected R0, pembrolizumab primary resistance,
# investigational agent last dose 29 days before, thyroid cancer 5 years + 1 day before,
# living kidney donor, post-operative effusion.
P("PQ08", "2025-12-05", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2022-05-20", "Operative and pathology summary - re-excision of local recurrence", """
ORTHOPAEDIC ONCOLOGY - OPERATIVE / PATHOLOGY SUMMARY
Procedure 05/18/2022: re-excision of [[local recurrence|LOCAL_RECURRENCE|h]], right proximal tibia soft tissue, with revision of endoprosthesis.
Pathology: [[recurrent|LOCAL_RECURRENCE|h]] high-grade [[osteosarcoma|OSTEOSARCOMA]], 3.1 cm deposit. All margins negative; closest 2.1 cm (deep, fascia). R0, wide margins.
Post-op course uneventful.
"""),
    N("2025-11-12", "Research note - off-study summary (phase II trial)", """
RESEARCH DISCONTINUATION SUMMARY (another sponsor's phase II [[study|INVESTIGATIONAL|h]] for bone tumours)
Treatment arm: [[pembrolizumab|CHECKPOINT_INHIBITOR|h]] 200 mg IV q3w + ZN-88 (oral [[investigational agent|INVESTIGATIONAL|h]]) 40 mg daily.
C1D1 08/28/2025. Last dose of both agents: 11/06/2025 (C4D1 infusion; ZN-88 stopped the same day).
First restaging CT 11/10/2025: new right lung [[nodules|PULMONARY_NODULE]] and growth of the known ones - RECIST [[progressive disease|TUMOR_RESPONSE]] at the first assessment. No earlier [[response|TUMOR_RESPONSE|n]] or [[stable period|TUMOR_RESPONSE|n]].
Reason for discontinuation: [[progression|TUMOR_RESPONSE]]. No ongoing adverse events; a grade 1 [[rash|TOXICITY|h]] resolved 10/2025.
"""),
    N("2025-11-20", "Radiology - CT chest serial comparison", """
CT CHEST - comparison 11/10/2025, 07/15/2025, 09/20/2023 (post left [[VATS|LUNG_RESECTION|h]])
Right lung [[nodules|PULMONARY_NODULE]] (long axis):
  RUL apical 12 mm (11/10: 11 mm; 07/15: 6 mm)
  RML lateral 8 mm (11/10: 8 mm; 07/15: not seen)
  RLL posterior basal 7 mm (11/10: 6 mm; 07/15: 3 mm)
Left lung: staple line LUL from the 2023 [[wedge|LUNG_RESECTION|h]], no new [[nodule|PULMONARY_NODULE|n]].
Pleura: small left [[pleural effusion|PLEURAL_EFFUSION]] with blunted costophrenic angle, unchanged since the 2023 operation, no nodularity - [[benign post-operative effusion|PLEURAL_EFFUSION]].
IMPRESSION: three right [[pulmonary metastases|LUNG_METASTASIS]], all peripheral and away from the hilum.
"""),
    N("2025-11-25", "Thoracic surgery consultation", """
THORACIC SURGERY FOLLOW-UP
[[42-year-old|AGE]] man, [[osteosarcoma|OSTEOSARCOMA]] of the right tibia (2020), prior [[MAP|SYSTEMIC_THERAPY|h]], [[local recurrence|LOCAL_RECURRENCE|h]] re-excised with wide margins (2022), left [[VATS wedge|LUNG_RESECTION|h]] 2023 followed by [[ifosphamide|SYSTEMIC_THERAPY|h]] x4, then a [[pembrolizumab|CHECKPOINT_INHIBITOR|h]] combination [[trial|INVESTIGATIONAL|h]] with [[progression|TUMOR_RESPONSE|h]] at first scan.
At my last visit in July I called the right-sided disease borderline because of the number of new [[spots|PULMONARY_NODULE]]; they have now declared themselves as three [[nodules|PULMONARY_NODULE]] only.
All three are [[amenable to resection|RESECTABLE]]: [[wedge|LUNG_RESECTION|p]] of the RML and RLL [[lesions|PULMONARY_NODULE]] and an apical [[segmentectomy|LUNG_RESECTION|p]] for the RUL one, through one right [[VATS|LUNG_RESECTION|p]].
[[PFTs|PULMONARY_FUNCTION]] 11/21/2025: [[FEV1|PULMONARY_FUNCTION]] 88%, [[DLCO|PULMONARY_FUNCTION]] 81% - [[adequate for the planned resection|PULMONARY_FUNCTION]].
[[ECOG 0|ECOG]]; runs 5 km twice weekly.
"""),
    N("2025-12-01", "PROMIS pre-screening worksheet", """
PROMIS PRE-SCREEN - planned screening date 12/05/2025 - CRC A. Nwosu
Inclusions: [[osteosarcoma|OSTEOSARCOMA]] Y; [[lung metastases|LUNG_METASTASIS]] Y; [[resectable|RESECTABLE]] Y (thoracic 11/25); prior systemic Y ([[MAP|SYSTEMIC_THERAPY|h]], [[ifosfamide|SYSTEMIC_THERAPY|h]]); [[age 42|AGE]] Y; [[ECOG 0|ECOG]] Y; [[PFTs|PULMONARY_FUNCTION]] adequate Y.
Date checks against 12/05/2025:
- ZN-88 ([[investigational agent|INVESTIGATIONAL|h]]) last dose 11/06/2025 = 29 days -> outside 4 weeks -> OK.
- [[Papillary thyroid carcinoma|OTHER_MALIGNANCY]]: FNA diagnosis 12/04/2020 (thyroidectomy + RAI 01/2021) = 5 years and 1 day -> outside 5 years -> OK. On [[levothyroxine|REPLACEMENT_THERAPY]] only.
- [[Pembrolizumab|CHECKPOINT_INHIBITOR|h]]: [[PD|TUMOR_RESPONSE|h]] at first restaging, no prior [[response|TUMOR_RESPONSE|n]] or [[stable phase|TUMOR_RESPONSE|n]] = primary resistance -> OK.
- [[Effusion|PLEURAL_EFFUSION]]: small, stable, called [[post-operative|PLEURAL_EFFUSION]] by radiology -> OK.
- [[Local recurrence|LOCAL_RECURRENCE|h]] 2022 re-resected with wide margins; MRI tibia 10/2025 no [[recurrence|LOCAL_RECURRENCE|n]] -> OK.
- PMH lists "kidney - 2016": see monitor query.
- [[HIV|HIV|n]] non-reactive 11/2025; no vaccines since 2024 except [[flu shot|NONLIVE_VACCINE]] (inactivated) 10/2025.
"""),
    N("2025-12-03", "Monitor query and answer", """
QUERY (CRA, 12/02/2025): PMH line "kidney - 2016" - does this refer to a kidney transplant received by the subject? If so the subject would be excluded.
ANSWER (CRC, 12/03/2025): No. In 2016 the subject was a living kidney donor for his brother (left donor nephrectomy, Dr. Adeyemi, transplant surgery). The subject himself has never received an organ or stem cells. He takes no immunosuppressive medicine. Creatinine 1.1. PMH wording clarified in the source. Query closed.
""", ann=False),
], checks=[("stated", 42, "2025-11-25", 42),
           ("win", "investigational_agent_4w", "2025-11-06", 28, False),
           ("yrs", "other_malignancy_5y", "2020-12-04", 5, False)])

# PQ09 - needs_review. US; histology only "favors osteosarcoma" (expert review pending),
# outside pembrolizumab with no response data and a possible gemcitabine, budesonide of
# unknown route.
P("PQ09", "2026-01-30", "UMMMMMM/NNUNNUNNUNNNNNN", [
    N("2024-09-20", "Surgical pathology with comment", """
SURGICAL PATHOLOGY - left iliac wing mass, open biopsy 09/17/2024
DIAGNOSIS: HIGH-GRADE SPINDLE CELL MALIGNANCY OF BONE; see comment.
COMMENT: Sheets of atypical spindle and epithelioid cells with focal eosinophilic matrix. Whether the matrix is malignant osteoid or hyalinized collagen cannot be settled on this material. SATB2 is positive, which is common but not specific. The features favor [[osteosarcoma|OSTEOSARCOMA|u]]; the differential includes [[undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|u]] of bone and [[dedifferentiated chondrosarcoma|OTHER_SARCOMA|u]] (no cartilage was sampled). NGS panel sent; slides sent to Dr. R. Ambrose for expert consultation.
MDM2 FISH: not amplified.
"""),
    N("2025-12-10", "Outside records abstraction (research coordinator)", """
RESEARCH COORDINATOR - OUTSIDE RECORDS ABSTRACTION (received 12/08/2025 from Lakeshore Regional)
Problem list wording at Lakeshore: "malignant bone tumor L ilium".
Systemic therapy, by cycle:
  C1-C6 [[doxorubicin|SYSTEMIC_THERAPY|h]] 75 mg/m2 + [[ifosfamide|SYSTEMIC_THERAPY|h]] 10 g/m2 ("[[AI|SYSTEMIC_THERAPY|h]]"), 10/01/2024 - 02/12/2025, q21d; C4 delayed one week for [[neutropenia|TOXICITY|h]].
  Internal hemipelvectomy 03/2025 (our center).
  06/2025 - 10/2025 (Lakeshore): [[pembrolizumab|CHECKPOINT_INHIBITOR|h]] 200 mg q3w, number of cycles unclear (MAR pages for July missing). A second agent appears on the order set as "gem?" with the drug-name field cut off by the fax; it is unclear whether [[gemcitabine|GEMCITABINE|u]] was actually given.
  No restaging report was included, and the reason for stopping in 10/2025 is not stated.
Requested again 12/10/2025: MAR July-October 2025 and CT reports 08/2025 and 10/2025.
"""),
    N("2026-01-06", "Radiology - CT chest and MRI pelvis", """
CT CHEST W/ CONTRAST and MRI PELVIS W/WO - 01/06/2026
CT chest, comparison 06/02/2025 (outside, uploaded): two solid [[nodules|PULMONARY_NODULE]] in the LLL, superior segment 14 mm (previously 9 mm) and posterior basal 8 mm (previously 5 mm). Growth and morphology are compatible with [[metastatic disease|METASTASIS]]. No [[pleural effusion|PLEURAL_EFFUSION|n]]. No adenopathy.
MRI pelvis: status post internal hemipelvectomy with [[structural bone allograft|LOOKALIKE]] and plate fixation. Postoperative fluid has resolved. No enhancing soft-tissue mass in the resection bed; no evidence of [[local recurrence|LOCAL_RECURRENCE|n]].
"""),
    N("2026-01-14", "Thoracic surgery consultation", """
THORACIC SURGERY CONSULT
[[23-year-old|AGE]] man with a high-grade bone tumour of the left ilium, called [[probable osteosarcoma|OSTEOSARCOMA|u]] by our pathologists (expert review still outstanding), treated with [[AI|SYSTEMIC_THERAPY|h]] x6 and hemipelvectomy, now with two enlarging LLL [[nodules|PULMONARY_NODULE]].
The superior segment [[lesion|PULMONARY_NODULE]] sits 2 cm deep to the fissure, too deep for a clean [[wedge|LUNG_RESECTION|n]]; the basal one is peripheral. Both are [[resectable|RESECTABLE]]: I recommend a [[VATS LLL superior segmentectomy|LUNG_RESECTION|p]] plus [[wedge|LUNG_RESECTION|p]] of the basal [[nodule|PULMONARY_NODULE]].
[[Spirometry|PULMONARY_FUNCTION]] and diffusion 01/09/2026: [[FEV1|PULMONARY_FUNCTION]] 91%, [[DLCO|PULMONARY_FUNCTION]] 84% - [[acceptable for segmentectomy|PULMONARY_FUNCTION]].
[[KPS 70|KARNOFSKY]]: on crutches since the hemipelvectomy, independent in self-care, not working.
"""),
    N("2026-01-28", "Pharmacist medication reconciliation", """
PHARMACY MED REC - pre-screening
- [[budesonide|SYSTEMIC_STEROID|u]]: on the outside list as "[[budesonide|SYSTEMIC_STEROID|u]] daily", prescribed by his PCP 11/2025; no strength, no route. He calls it "the [[steroid|SYSTEMIC_STEROID|u]] I take every morning" and cannot say whether it is an inhaler or a capsule. Cash-pay fills, so no pharmacy history. Message left with the PCP.
- oxycodone 5 mg q6h prn
- omeprazole 20 mg daily
Allergies: [[NKDA|ALLERGIC_REACTION|n]]. Vaccines: [[Tdap|NONLIVE_VACCINE]] 2023, nothing since.
[[HIV Ag/Ab|HIV|n]] nonreactive 12/2025.
"""),
    N("2026-01-29", "PROMIS pre-screen eligibility note", """
PROMIS pre-screen (CRC). Open items: (1) histology - expert consult on the 2024 biopsy still pending; local pathology "favors osteosarcoma" only. (2) prior PD-1 exposure: pembrolizumab 06-10/2025 at Lakeshore, response never documented; records re-requested. (3) gemcitabine: order set shows "gem?" - not confirmed. (4) budesonide route unknown.
Everything else satisfied: nodules resectable per thoracic surgery, KPS 70, PFTs adequate, no pleural effusion, MRI without local recurrence, HIV negative, no vaccines in the last 30 days, no transplant, no autoimmune disease, no other cancer.
Decision: needs review by the PI.
""", ann=False),
], checks=[("stated", 23, "2026-01-14", 23)])

# PQ10 - excluded. Older kidney-transplant recipient with suspected osteosarcoma in Paget
# disease; no lung disease; chemotherapy-naive; prostate cancer 2022; shingles vaccine
# of unknown type.
P("PQ10", "2025-08-19", "UNUNNNU/NNNMNNNNMMNNNUN", [
    N("2024-07-02", "Renal transplant clinic note", """
[[RENAL TRANSPLANT CLINIC|LOOKALIKE]]
[[66 y/o|AGE]] man, deceased-donor [[kidney transplant|TRANSPLANT]] 03/2011 for polycystic kidney disease; [[graft|TRANSPLANT]] function stable (Cr 1.4).
Maintenance: [[tacrolimus|IMMUNOSUPPRESSANT]] (goal trough 5-7), [[mycophenolate mofetil|IMMUNOSUPPRESSANT]] 500 mg bid, [[prednisone|SYSTEMIC_STEROID]] 5 mg daily.
Other problems: [[prostate adenocarcinoma|OTHER_MALIGNANCY]] Gleason 3+4, biopsy 04/11/2022, on [[leuprolide|SYSTEMIC_THERAPY]] q3 months from urology, PSA below 0.1. Paget disease of the right hemipelvis on old films, asymptomatic. Atrial fibrillation on apixaban.
Plan: continue; annual skin check; see in 6 months.
"""),
    N("2025-07-15", "Radiology - CT chest, abdomen and pelvis", """
CT CHEST/ABDOMEN/PELVIS WITH CONTRAST (renal-dosed) - 07/15/2025
Indication: new right hip pain; Paget disease; [[kidney transplant recipient|TRANSPLANT]].
Chest: no [[pulmonary nodules|PULMONARY_NODULE|n]] or masses. No [[pleural effusion|PLEURAL_EFFUSION|n]].
Pelvis: coarsened trabeculae and cortical thickening of the right ilium (Paget) with a new 7 cm destructive component, cortical breakthrough and a mineralizing soft-tissue mass - highly suspicious for malignant transformation, [[osteosarcoma|OSTEOSARCOMA|u]] most likely. [[Transplant kidney|TRANSPLANT]] in the RLQ unremarkable.
IMPRESSION: 1. Aggressive right iliac lesion suspicious for malignant degeneration of Paget disease. 2. No evidence of [[pulmonary metastatic disease|LUNG_METASTASIS|n]].
"""),
    N("2025-07-28", "Bone tumour board outcome", """
BONE TUMOUR BOARD - OUTCOME 07/28/2025
Case: suspected [[osteosarcoma|OSTEOSARCOMA|u]] arising in Paget disease of the right ilium. Biopsy deferred for now: anticoagulated, on [[transplant immunosuppression|IMMUNOSUPPRESSANT]], and he and his wife first want to know whether any treatment would be offered.
Staging: no [[lung metastases|LUNG_METASTASIS|n]].
Performance: [[WHO PS 3|ECOG]] - in bed or chair most of the day since June.
He is [[chemotherapy-naive|CHEMO_NAIVE]]. The board felt he is not a candidate for [[high-dose methotrexate|SYSTEMIC_THERAPY|n]] (single [[transplanted kidney|TRANSPLANT]]) or [[cisplatin|SYSTEMIC_THERAPY|n]].
Recommendation: CT-guided biopsy if the family agrees; palliative radiotherapy to the pelvis; geriatric oncology review. The family asked about PROMIS - not applicable without lung disease.
"""),
    N("2025-08-12", "Pharmacist medication review", """
PHARMACY MEDICATION REVIEW
Active: [[tacrolimus|IMMUNOSUPPRESSANT]] 2 mg bid (last level 6.1); [[mycophenolate|IMMUNOSUPPRESSANT]] 500 mg bid; [[prednisone|SYSTEMIC_STEROID]] 5 mg every morning (long-term); [[leuprolide|SYSTEMIC_THERAPY]] 22.5 mg IM q12 weeks (last 06/2025); apixaban 2.5 mg bid; amlodipine 5 mg; oxycodone 5 mg prn.
Vaccines: he reports a [[shingles vaccine|LIVE_VACCINE|u]] at a retail pharmacy on 07/22/2025; the product is not written on his card. The pharmacy was asked whether it was [[Shingrix|NONLIVE_VACCINE|u]] (recombinant) or [[Zostavax|LIVE_VACCINE|u]] (live); no answer yet. [[PCV20|NONLIVE_VACCINE]] 2023.
If it was the live product it was given against advice for a [[transplant recipient|TRANSPLANT]]; will report once known.
"""),
    N("2025-08-18", "PROMIS pre-screen log", """
PROMIS pre-screen, referral by family. Screen fail: no lung metastases on CT 07/15/2025; histology not confirmed (biopsy deferred); chemotherapy-naive; 67 years old at screening; WHO PS 3. Also: kidney transplant recipient on tacrolimus, mycophenolate and prednisone; prostate cancer diagnosed 04/2022 on ADT; shingles vaccine product still unresolved.
""", ann=False),
], checks=[("stated", 66, "2024-07-02", 67),
           ("yrs", "other_malignancy_5y", "2022-04-11", 5, True),
           ("win", "live_vaccine_30d", "2025-07-22", 30, True)])

# PQ11 - eligible. Korean records (translated); turns 10 on the screening day; croup
# dexamethasone 8 days before screening.
P("PQ11", "2026-02-27", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2024-11-20", "Pathology report (machine translation from Korean)", """
[Machine translation] Pathology result report
Specimen: left femur distal, needle biopsy (2024.11.18). Patient: female child.
Diagnosis: conventional osteosarcoma, high grade, chondroblastic component predominant (about 60%), osteoid production clear.
""", ann=False),
    N("2026-01-22", "Chest CT report (machine translation)", """
[Machine translation] Chest CT (low dose, child setting). Comparison 2025.10.20.
Right lower lobe 8 mm [[nodule|PULMONARY_NODULE]], new. Right middle lobe 5 mm [[nodule|PULMONARY_NODULE]], new. Left lung clear. No [[pleural effusion|PLEURAL_EFFUSION|n]].
Conclusion: two new [[nodules|PULMONARY_NODULE]] in the right lung, consistent with [[metastases|METASTASIS]] considering the history of [[osteosarcoma|OSTEOSARCOMA|h]].
"""),
    N("2026-02-05", "Pediatric surgery consultation reply (machine translation)", """
[Machine translation] Pediatric surgery consultation reply
Girl, 4th grade elementary school. Previous treatment: [[MAP chemotherapy|SYSTEMIC_THERAPY|h]] completed 2025.06, rotationplasty 2025.02.
Two right-lung [[nodules|PULMONARY_NODULE]] are both just under the pleura, far from the hilum. [[Thoracoscopic wedge resection|LUNG_RESECTION|p]] of both in one session is feasible; the [[lesions|PULMONARY_NODULE]] are [[resectable|RESECTABLE]].
[[Spirometry|PULMONARY_FUNCTION]] (2026.02.03, with coaching): [[FEV1|PULMONARY_FUNCTION]] 102% of predicted, [[FVC|PULMONARY_FUNCTION]] 99% - [[no limitation for thoracic surgery|PULMONARY_FUNCTION]].
"""),
    N("2026-02-20", "Pediatric emergency record (machine translation)", """
[Machine translation] Pediatric emergency room record
Visit 2026.02.19 23:20, discharge 2026.02.20 02:10.
Barking cough and inspiratory stridor at rest since the evening. Diagnosis: croup (laryngotracheobronchitis), moderate.
Treatment: [[dexamethasone|SYSTEMIC_STEROID]] 0.6 mg/kg oral, single dose, given 2026.02.19 23:40. Nebulized epinephrine once. Improved, discharged home. No further [[steroid|SYSTEMIC_STEROID|n]] prescribed.
Background: [[osteosarcoma|OSTEOSARCOMA|h]] treated, lung [[nodules|PULMONARY_NODULE]] under evaluation.
"""),
    N("2026-02-26", "Research nurse eligibility checklist (machine translation)", """
[Machine translation] [[Clinical trial center|LOOKALIKE]] research nurse checklist - PROMIS - screening planned 2026.02.27
[[Birth date 2016.02.27|DOB]]: on the screening day exactly [[10 years|AGE]] (her birthday). Lower limit 10 - satisfied.
Under 16, so Lansky is used: [[Lansky 80|LANSKY]] (pediatric oncology 2026.02.24; plays actively, tires quickly).
[[Osteosarcoma|OSTEOSARCOMA]] (biopsy 2024.11.18), [[lung metastasis|LUNG_METASTASIS]] x2, [[resectable|RESECTABLE]] (pediatric surgery 2026.02.05), [[MAP|SYSTEMIC_THERAPY|h]] completed, [[spirometry|PULMONARY_FUNCTION]] normal.
[[Dexamethasone|SYSTEMIC_STEROID]] single oral dose 2026.02.19 (croup): 8 days before the screening day, outside the 7-day window - satisfied.
Vaccines: [[influenza vaccine (inactivated, injection)|NONLIVE_VACCINE]] 2026.02.10. [[MMR|LIVE_VACCINE|h]] (2017, 2020) and [[varicella|LIVE_VACCINE|h]] (2017) were previously given in early childhood only.
Hearing: [[hearing loss|TOXICITY]] grade 1 at high frequencies (2026.01), no hearing aid.
Family history: mother [[thyroid cancer|OTHER_MALIGNANCY|f]] 2022.
[[HIV|HIV|n]] test negative 2026.01.15. No [[transplant|TRANSPLANT|n]], no [[steroid|SYSTEMIC_STEROID|n]] other than the above.
Judgement: all items satisfied; parents to sign consent on the screening day, with the child's assent.
"""),
], checks=[("dob", "2016-02-27", 10),
           ("win", "systemic_steroids_7d", "2026-02-19", 7, False)])

# PQ12 - excluded. Brazilian records (translated); 9 years old (10 tomorrow), perinatal HIV,
# localized and chemotherapy-naive, Lansky 40, varicella vaccine 14 days before.
P("PQ12", "2026-05-11", "MNUNNNU/NNNNNNNNNNNNMMN", [
    N("2026-04-22", "Laudo anatomopatologico (machine translation from Portuguese)", """
[Tradução automática] Anatomopathological report
Material: biopsy of right femur distal (20/04/2026), child male, [[9 years|AGE]].
Conclusion: conventional high grade [[osteosarcoma|OSTEOSARCOMA]], osteoblastic. Area of pathological fracture with callus formation.
"""),
    N("2026-04-24", "Tomografia de torax (machine translation)", """
[Tradução automática] Computed tomography of thorax
Lungs without [[nodules|PULMONARY_NODULE|n]] or masses. Without [[pleural effusion|PLEURAL_EFFUSION|n]]. Mediastinum normal.
Impression: no signs of [[pulmonary metastases|LUNG_METASTASIS|n]].
"""),
    N("2026-04-29", "Infectologia pediatrica (machine translation)", """
[Tradução automática] Pediatric infectology - evaluation before oncological treatment
Child living with [[HIV|HIV]] by vertical transmission, diagnosed at 2 months of life, in [[TARV|HIV]] (dolutegravir + abacavir + lamivudine), viral load undetectable since 2019, CD4 31% (980 cells/mm3).
Vaccine catch-up: [[varicella vaccine (attenuated)|LIVE_VACCINE]] applied 27/04/2026 at the CRIE, because CD4 above 15% and before the start of [[chemotherapy|SYSTEMIC_THERAPY|p]]. [[Inactivated influenza vaccine|NONLIVE_VACCINE]] 2026 applied the same day.
Family oriented about fever and about keeping the [[antiretrovirals|HIV]] during treatment.
"""),
    N("2026-05-05", "Oncologia pediatrica - evolucao (machine translation)", """
[Tradução automática] Pediatric oncology - evolution
Pathological fracture of right femur, immobilized, in bed because of pain. [[Lansky 40|LANSKY]] (mostly in bed, participates only in quiet activities).
Patient [[without previous chemotherapy|CHEMO_NAIVE]]; [[MAP|SYSTEMIC_THERAPY|p]] scheduled to start 12/05/2026 after dental evaluation.
The family brought a printout about PROMIS and asked whether he can take part; explained that the research team will evaluate.
"""),
    N("2026-05-08", "Triagem de pesquisa (machine translation)", """
[Tradução automática] Research screening (PROMIS) - referral by family.
Date of birth 12/05/2016: 9 years on 11/05/2026 (10 years only tomorrow).
Screen fail: age below 10; localized disease (CT 24/04 without nodules); no previous systemic treatment; Lansky 40; HIV by vertical transmission, in TARV; varicella vaccine 27/04/2026 (14 days before).
""", ann=False),
], checks=[("dob", "2016-05-12", 9), ("stated", 9, "2026-04-22", 9),
           ("win", "live_vaccine_30d", "2026-04-27", 30, True)])

# PQ13 - needs_review. Brazilian records (translated); nivolumab with no documented
# response, possible lupus on empirical hydroxychloroquine, reactive HIV screen awaiting
# confirmation, grey-zone beta-hCG.
P("PQ13", "2025-07-22", "MMMMMMM/NNNNNUNUNNNNUNU", [
    N("2025-03-10", "Tomografia de torax (machine translation)", """
[Tradução automática] CT of thorax with contrast. Comparative 11/2024.
Right lung: three solid [[nodules|PULMONARY_NODULE]] - upper lobe 13 mm, middle lobe 6 mm, lower lobe 5 mm - all new. Left lung: surgical sutures of previous [[wedge resection|LUNG_RESECTION|h]], without new [[lesion|PULMONARY_NODULE|n]].
Pleura free, without [[effusion|PLEURAL_EFFUSION|n]].
Impression: new right pulmonary [[nodules|PULMONARY_NODULE]], compatible with [[metastatic dissemination|METASTASIS]] of the known [[osteosarcoma|OSTEOSARCOMA]].
"""),
    N("2025-06-18", "Reumatologia (machine translation)", """
[Tradução automática] Rheumatology - first consultation
Referred for arthralgia of hands, malar erythema after sun and oral ulcers. ANA 1:640 fine speckled; anti-dsDNA and complement collected, results pending. Hemogram normal, urine without proteinuria.
Hypothesis: [[probable systemic lupus erythematosus|AUTOIMMUNE_DISEASE|u]] (does not yet fill classification criteria); differential with photodermatosis and viral arthritis.
Conduct: started [[hydroxychloroquine|DMARD]] 400 mg/day today, empirically. No [[corticoid|SYSTEMIC_STEROID|n]] started. Return in 6 weeks with exams.
"""),
    N("2025-07-02", "Cirurgia toracica (machine translation)", """
[Tradução automática] Thoracic surgery - opinion
Patient with [[osteosarcoma|OSTEOSARCOMA]] of left humerus (2022), previous [[MAP|SYSTEMIC_THERAPY|h]], left [[metastasectomy|LUNG_RESECTION|h]] 01/2024, after that [[ifosfamide|SYSTEMIC_THERAPY|h]].
Now three right [[nodules|PULMONARY_NODULE]]. The upper one is central in the segment; [[apical segmentectomy|LUNG_RESECTION|p]] plus [[wedges|LUNG_RESECTION|p]] of the two small ones by videothoracoscopy. All [[resectable|RESECTABLE]].
[[Spirometry|PULMONARY_FUNCTION]] 30/06/2025: [[FEV1|PULMONARY_FUNCTION]] 2.6 L (88%); [[DLCO|PULMONARY_FUNCTION]] 83%. [[Adequate pulmonary function for the surgery|PULMONARY_FUNCTION]].
"""),
    N("2025-07-14", "Infectologia (machine translation)", """
[Tradução automática] Infectology - evaluation before new oncological treatment
Pre-treatment serologies 10/07/2025: [[anti-HIV 1/2 (4th generation)|HIV|u]] REACTIVE in screening; sample sent for confirmatory immunoblot at the state laboratory, result pending (about 15 days). Patient asymptomatic, denies risk, partner tested negative in 2023. HBsAg non-reactive, anti-HCV non-reactive, VDRL non-reactive.
Vaccines: [[influenza (inactivated)|NONLIVE_VACCINE]] 04/2025. No vaccine after that.
History of oncological treatment includes [[nivolumab|CHECKPOINT_INHIBITOR|h]] in 2024 (another service).
Conduct: await immunoblot; do not start [[antiretroviral|HIV|p]] before confirmation; repeat the viral load together with it.
"""),
    N("2025-07-18", "Ginecologia e obstetricia (machine translation)", """
[Tradução automática] Gynecology - consultation for research screening
Last menstruation 20/06/2025, cycles irregular since [[chemotherapy|SYSTEMIC_THERAPY|h]]. Sexually active, condom use irregular.
[[Serum beta-hCG|PREGNANCY_TEST|u]] 17/07/2025: 12 mIU/mL - grey zone (laboratory reference: below 5 negative, above 25 positive). Transvaginal ultrasound without gestational sac, which does not exclude a [[very early gestation|PREGNANCY|u]].
Impression: [[pregnancy|PREGNANCY|u]] not confirmed and not excluded. Repeat [[beta-hCG|PREGNANCY_TEST|p]] in 48-72 h.
"""),
    N("2025-07-21", "PROMIS eligibility checklist (research coordination, machine translation)", """
[Tradução automática] PROMIS checklist - coordinator M. Albuquerque - screening 22/07/2025
[[38 years|AGE]]. [[ECOG 1|ECOG]].
Inclusions: [[osteosarcoma|OSTEOSARCOMA]] fibroblastic (2022) yes; right [[pulmonary metastases|LUNG_METASTASIS]] yes; [[resectable|RESECTABLE]] yes (02/07); previous systemic yes ([[MAP|SYSTEMIC_THERAPY|h]], [[ifosfamide|SYSTEMIC_THERAPY|h]]); [[pulmonary function|PULMONARY_FUNCTION]] adequate yes.
E3: [[nivolumab|CHECKPOINT_INHIBITOR|h]] 6 doses 02-05/2024 at Hospital Santa Lucia; the summary we received has no restaging and no [[best response|TUMOR_RESPONSE|u]]. Pending.
E5: [[probable lupus|AUTOIMMUNE_DISEASE|u]] on [[hydroxychloroquine|DMARD]] since 18/06/2025, diagnosis not confirmed. Pending.
E10: [[anti-HIV|HIV|u]] reactive screening, confirmation pending. Pending.
E12: [[beta-hCG|PREGNANCY_TEST|u]] 12 (grey zone). Pending.
Other exclusions absent: no [[gemcitabine|GEMCITABINE|n]], no [[corticoid|SYSTEMIC_STEROID|n]], no [[transplant|TRANSPLANT|n]], no other [[cancer|OTHER_MALIGNANCY|n]], no [[pleural effusion|PLEURAL_EFFUSION|n]].
Result: needs review - 4 items pending.
"""),
], checks=[("stated", 38, "2025-07-21", 38)])

# PQ14 - excluded. US; Ewing sarcoma -> therapy-related AML -> allogeneic HSCT; Ewing
# relapse in lung and at the primary site; MMR exactly 30 days before screening;
# investigational antiviral 21 days before; lung function precludes surgery.
P("PQ14", "2025-10-15", "NMMMMMN/MNNMMNNNNMUNNMN", [
    N("2023-02-16", "Bone marrow pathology report", """
BONE MARROW ASPIRATE AND BIOPSY - collected 02/14/2023
Clinical: 17-year-old male, Ewing sarcoma treated 2020-2021, now pancytopenia with circulating blasts.
Diagnosis: ACUTE MYELOID LEUKEMIA, therapy-related (t-AML), 62% myeloblasts. KMT2A rearrangement detected by FISH.
""", ann=False),
    N("2025-09-15", "Transplant clinic - revaccination visit", """
HEMATOLOGY CLINIC - REVACCINATION VISIT (day +817)
[[19 yo|AGE]] M, s/p matched-unrelated-donor [[allogeneic HSCT|TRANSPLANT|h]] 06/20/2023 for [[therapy-related AML|OTHER_MALIGNANCY|h]], after prior [[Ewing sarcoma|OTHER_SARCOMA|h]] of the right ilium (2020).
GVHD: skin only in 2023; [[prednisone|SYSTEMIC_STEROID|h]] tapered off 08/30/2024. No [[immunosuppression|IMMUNOSUPPRESSANT|n]] since then; no IVIG since 01/2024.
Currently enrolled in a phase 2 [[trial|INVESTIGATIONAL]] of an [[investigational antiviral|INVESTIGATIONAL]] for BK viremia (started 07/01/2025, ongoing).
Revaccination criteria met (more than 2 years from [[transplant|TRANSPLANT|h]], more than 1 year off [[immunosuppression|IMMUNOSUPPRESSANT|n]], no active GVHD).
Given today: [[MMR|LIVE_VACCINE]] dose 1 (SC), [[Tdap|NONLIVE_VACCINE]], [[PCV20|NONLIVE_VACCINE]] #4. Previously completed [[inactivated polio|NONLIVE_VACCINE|h]] and [[hepatitis B|NONLIVE_VACCINE|h]] series.
"""),
    N("2025-10-03", "Radiology - CT chest serial comparison", """
CT CHEST W/ CONTRAST - comparison 04/02/2025
New: RUL posterior 10 mm and LLL lateral basal 7 mm solid [[nodules|PULMONARY_NODULE]], both subpleural. No [[pleural effusion|PLEURAL_EFFUSION|n]]. Mild bibasilar reticulation unchanged.
IMPRESSION: two new pulmonary [[nodules|PULMONARY_NODULE]], consistent with [[metastases|METASTASIS]] of the patient's [[Ewing sarcoma|OTHER_SARCOMA]].
"""),
    N("2025-10-09", "Pathology - right iliac mass biopsy", """
SURGICAL PATHOLOGY - right iliac soft tissue mass, CT-guided core biopsy 10/07/2025
DIAGNOSIS: [[RECURRENT|LOCAL_RECURRENCE]] [[EWING SARCOMA|OTHER_SARCOMA]]. Small round blue cells, CD99 strong membranous, NKX2.2 positive; EWSR1 break-apart FISH positive. No osteoid.
COMMENT: The biopsy is from the original primary site (right ilium, irradiated 2021). Findings represent [[local recurrence|LOCAL_RECURRENCE]].
"""),
    N("2025-10-10", "Thoracic surgery and pulmonary consultation", """
THORACIC SURGERY / PULMONARY JOINT CONSULT
Question: surgery for two lung [[metastases|METASTASIS]] of relapsed [[Ewing sarcoma|OTHER_SARCOMA]].
[[Nodules|PULMONARY_NODULE]]: both peripheral; technically each is [[resectable|RESECTABLE]] by a small [[wedge|LUNG_RESECTION|p]].
[[PFTs|PULMONARY_FUNCTION]] 10/08/2025: [[FEV1|PULMONARY_FUNCTION]] 1.71 L (44%), [[FVC|PULMONARY_FUNCTION]] 49%, TLC 58%, [[DLCO|PULMONARY_FUNCTION]] 39% - restrictive pattern attributed to post-infectious pleural thickening after two severe pneumonias in 2024. 6MWT 390 m with desaturation to 87%.
Judgement: [[not a candidate for thoracic surgery because of lung function|PULMONARY_FUNCTION]]; the risk of prolonged ventilation is prohibitive even for a [[wedge|LUNG_RESECTION|p]]. Recommend systemic options or SBRT.
[[ECOG 1|ECOG]].
"""),
    N("2025-10-14", "Eligibility worksheet with monitor query", """
PROMIS PRE-SCREEN WORKSHEET - screening date 10/15/2025 - CRC P. Haldane
[[DOB 01/09/2006|DOB]] ([[19 y|AGE]]).
I2 histology: [[Ewing sarcoma|OTHER_SARCOMA]] (EWSR1), never [[osteosarcoma|OSTEOSARCOMA|n]] - fails.
I2 [[local recurrence|LOCAL_RECURRENCE]] present at the ilium (biopsy 10/07/2025) - fails.
I4 prior systemic: [[VDC/IE|SYSTEMIC_THERAPY|h]] 2020-2021.
I5: [[FEV1|PULMONARY_FUNCTION]] 44%, not a surgical candidate - fails.
E1: [[t-AML|OTHER_MALIGNANCY]] diagnosed 02/14/2023 (marrow biopsy) - within 5 years.
E2: [[investigational antiviral|INVESTIGATIONAL]] last dose 09/24/2025 (stopped when the relapse work-up began) = 21 days.
E7: [[allogeneic HSCT|TRANSPLANT|h]] 06/2023.
E11: [[MMR|LIVE_VACCINE]] 09/15/2025 = 30 days before 10/15/2025 - inside the 30-day window.
E8: conditioning included [[alemtuzumab|MONOCLONAL_ANTIBODY|h]]; the [[transplant|TRANSPLANT|h]] summary says "[[infusion reaction|ALLERGIC_REACTION|h]], rigors and rash, treated" with no grade; open.
Monitor query (CRA, 10/14): please confirm the [[MMR|LIVE_VACCINE]] date against the registry. Answer: registry shows 09/15/2025 - confirmed.
Conclusion: screen failure.
"""),
], checks=[("dob", "2006-01-09", 19),
           ("yrs", "other_malignancy_5y", "2023-02-14", 5, True),
           ("win", "investigational_agent_4w", "2025-09-24", 28, True),
           ("win", "live_vaccine_30d", "2025-09-15", 30, True),
           ("win", "systemic_steroids_7d", "2024-08-30", 7, False)])

# PQ15 - eligible. US; 65 (66th birthday the day after screening); RA treatment stopped
# 2 years and 1 day before; Shingrix; wrong "HIV positive" tick corrected by query.
P("PQ15", "2026-03-03", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2024-03-18", "Surgical pathology report", """
SURGICAL PATHOLOGY - left proximal humerus, core biopsy 03/14/2024
DIAGNOSIS: HIGH-GRADE OSTEOSARCOMA, CHONDROBLASTIC TYPE.
Comment: 64-year-old woman; no history of radiation or Paget disease given on the requisition. Malignant cartilage merges with lace-like osteoid.
""", ann=False),
    N("2026-01-14", "Rheumatology consultation", """
RHEUMATOLOGY - pre-treatment consult (requested by medical oncology)
Diagnosis: seropositive [[rheumatoid arthritis|AUTOIMMUNE_DISEASE]] since 2012 (RF+, anti-CCP+), erosive at the hands.
Treatment history: [[methotrexte|IMMUNOSUPPRESSANT|h]] 15 mg weekly 2012-2024 with [[prednisone|SYSTEMIC_STEROID|h]] 5 mg daily on and off. Both were stopped on March 2, 2024, when the humeral mass was found, and neither was restarted. No [[biologic|DMARD|n]] ever; [[hydroxychloroquine|DMARD|n]] never tried.
Since then: DAS28-CRP 2.1 today - in remission off all [[DMARDs|DMARD|n]] for almost two years; occasional naproxen for morning stiffness.
Skin: chronic hand dermatitis treated with [[clobetasol 0.05% ointment|LOCAL_STEROID]] twice weekly (topical only).
Question from oncology: is [[PD-1 blockade|CHECKPOINT_INHIBITOR|p]] safe? Answer: flare risk in [[RA|AUTOIMMUNE_DISEASE]] is real (perhaps 30-50%) but not a reason to withhold it. If she flares, start low-dose [[prednisone|SYSTEMIC_STEROID|p]] and call us.
"""),
    N("2026-01-27", "Radiology - CT chest serial comparison", """
CT CHEST WITH CONTRAST - comparison 10/21/2025 and 07/15/2025
Target findings (today / Oct / Jul):
  RUL anterior segment, solid: 14 mm / 9 mm / 5 mm
  RLL superior segment, solid: 6 mm / not seen / not seen
  LUL 3 mm perifissural: unchanged, likely intrapulmonary lymph node
No [[effusion|PLEURAL_EFFUSION|n]].
IMPRESSION: enlarging RUL [[nodule|PULMONARY_NODULE]] and new RLL [[nodule|PULMONARY_NODULE]], consistent with [[pulmonary metastases|LUNG_METASTASIS]] from [[osteosarcoma|OSTEOSARCOMA]]. Stable LUL perifissural node, benign.
"""),
    N("2026-02-10", "Thoracic surgery consultation", """
THORACIC SURGERY
[[65-year-old|AGE]] woman with chondroblastic [[osteosarcoma|OSTEOSARCOMA]] of the left humerus diagnosed 03/2024, treated with six cycles of [[doxorubicin|SYSTEMIC_THERAPY|h]]/[[cisplatin|SYSTEMIC_THERAPY|h]] (no [[HD-MTX|SYSTEMIC_THERAPY|n]] because of age) and a proximal humerus replacement. Now RUL 14 mm and RLL 6 mm [[metastases|METASTASIS]].
Plan: [[right VATS|LUNG_RESECTION|p]] with [[RUL anterior segmentectomy|LUNG_RESECTION|p]] and [[RLL wedge|LUNG_RESECTION|p]]; both [[nodules|PULMONARY_NODULE]] are [[resectable|RESECTABLE]], nowhere near the [[right main bronchus|CENTRAL_STRUCTURE|n]] or the [[main pulmonary artery|CENTRAL_STRUCTURE|n]].
[[PFTs|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 1.98 L (78%), [[DLCO|PULMONARY_FUNCTION]] 70%; predicted post-operative values well above 40%. [[Fit for the planned resection|PULMONARY_FUNCTION]].
[[ECOG 1|ECOG]] - walks two miles a day, still works part-time.
"""),
    N("2026-02-24", "Eligibility checklist", """
PROMIS ELIGIBILITY CHECKLIST - screening 03/03/2026 - CRC D. Mbeki
[[DOB 03/04/1960|DOB]] - [[age 65|AGE]] on 03/03/2026 (66th birthday is the next day) - within 10-65.
[[ECOG 1|ECOG]]. [[Osteosarcoma|OSTEOSARCOMA]] yes. [[Lung metastases|LUNG_METASTASIS]] yes. [[Resectable|RESECTABLE]] yes. Prior [[doxorubicin/cisplatin|SYSTEMIC_THERAPY|h]] yes. [[PFTs|PULMONARY_FUNCTION]] adequate yes.
E1: [[cervical cancer|OTHER_MALIGNANCY|h]] 1998 (hysterectomy) - remote, outside 5 years.
E5: [[RA|AUTOIMMUNE_DISEASE]]; last [[methotrexate|IMMUNOSUPPRESSANT|h]] and [[prednisone|SYSTEMIC_STEROID|h]] March 2, 2024 = 2 years and 1 day before screening - outside 2 years.
E6: topical [[clobetasol|LOCAL_STEROID]] only.
E9: [[peripheral neuropathy|TOXICITY]] grade 1 after [[cisplatin|SYSTEMIC_THERAPY|h]] - allowed.
E10: [[HIV|HIV]] positive [x]
E11: [[Shingrix|NONLIVE_VACCINE]] dose 2 on 02/09/2026 - recombinant, not live.
Result: see E10 before sign-off.
"""),
    N("2026-02-26", "Monitor query and site response", """
MONITOR QUERY Q-22 (02/25/2026): E10 on the checklist is ticked as positive. No [[HIV|HIV|n]] diagnosis, [[antiretroviral|HIV|n]] or ID visit appears anywhere in the source. Please verify.
SITE RESPONSE (02/26/2026): [[Correction|CORRECTION]] - the tick was placed on the wrong row (it belonged to "[[HBV vaccinated|NONLIVE_VACCINE]]: yes" on the facing page). Source: [[HIV-1/2 antigen/antibody|HIV|n]] nonreactive on 02/02/2026. The subject has never had [[HIV|HIV|n]] and takes no [[antiretroviral|HIV|n]]. Checklist amended and initialled.
Also confirmed with rheumatology: no [[DMARD|DMARD|n]], [[steroid|SYSTEMIC_STEROID|n]] or [[biologic|DMARD|n]] since March 2, 2024.
"""),
], checks=[("dob", "1960-03-04", 65),
           ("yrs", "autoimmune_systemic_2y", "2024-03-02", 2, False),
           ("win", "systemic_steroids_7d", "2024-03-02", 7, False),
           ("yrs", "other_malignancy_5y", "1998-01-01", 5, False)])

# PQ16 - needs_review. Portuguese-born man; dedifferentiated parosteal osteosarcoma resected
# in Porto with no record of systemic therapy; blinded AF trial with unknown last dose;
# marrow transplant of unknown type.
P("PQ16", "2025-06-25", "MMMUMMM/NNNNUNNNNUNNNNN", [
    N("2025-05-20", "Radiology - CT chest", """
CT CHEST WITHOUT CONTRAST - no prior imaging available for comparison
Two solid [[nodules|PULMONARY_NODULE]]: LUL apicoposterior 11 mm and RLL lateral basal 9 mm, both smooth and subpleural, no calcification. No [[pleural effusion|PLEURAL_EFFUSION|n]]. No adenopathy.
IMPRESSION: in a patient with a history of [[osteosarcoma|OSTEOSARCOMA|h]], the findings are compatible with [[pulmonary metastases|LUNG_METASTASIS]].
"""),
    N("2025-05-29", "Orthopaedic oncology new patient note", """
ORTHOPAEDIC ONCOLOGY - NEW PATIENT
[[52 y.o.|AGE]] Portuguese-born man, moved to the US in 2023.
Oncologic history (Porto records, translated, received 05/27): left distal femur mass in 2019; resection with distal femoral replacement 09/2019 at Hospital de Santo António; pathology [[dedifferentiated parosteal osteosarcoma|OSTEOSARCOMA|h]], margins clear. The packet holds only the operative note and the pathology report. Whether any [[chemotherapy|SYSTEMIC_THERAPY|u]] was given before or after surgery is not documented; he recalls "many medicines" and a long admission but cannot be more specific. Full oncology file requested from Porto.
PMH: [[bone marrow transplant|TRANSPLANT|h]] in Lisbon at [[age 16|AGE|h]] (1989) - he does not know why or from whom; no records. Paroxysmal atrial fibrillation.
MRI left knee 05/2025: prosthesis loosening, no soft-tissue mass, no [[local recurrence|LOCAL_RECURRENCE|n]].
Now: two lung [[nodules|PULMONARY_NODULE]] (CT 05/20/2025).
[[ECOG 2|ECOG]] - walks with a cane because of the loosening, self-care intact, works from home.
"""),
    N("2025-06-05", "Thoracic surgery consultation", """
THORACIC SURGERY
Bilateral peripheral [[nodules|PULMONARY_NODULE]], LUL 11 mm and RLL 9 mm. Both are [[amenable to wedge resection|RESECTABLE]]; plan staged bilateral [[VATS wedges|LUNG_RESECTION|p]], sequencing to be agreed with oncology.
[[PFTs|PULMONARY_FUNCTION]] 06/03/2025: [[FEV1|PULMONARY_FUNCTION]] 3.1 L (84%), [[DLCO|PULMONARY_FUNCTION]] 79%. [[Cleared from a pulmonary standpoint|PULMONARY_FUNCTION]].
Anticoagulation to be held 48 h before surgery.
"""),
    N("2025-06-12", "Cardiology consultation", """
CARDIOLOGY - NEW PATIENT (atrial fibrillation)
Paroxysmal AF since 2021. In New Jersey he was enrolled in a double-blind phase 3 [[trial|INVESTIGATIONAL]] comparing an [[investigational factor XIa inhibitor|INVESTIGATIONAL|u]] with apixaban; he does not know his arm. He says he stopped the [[study pills|INVESTIGATIONAL]] "a while ago, when things got busy with the move" and brought no bottle; the last dose date is not documented anywhere. Message left for the New Jersey site coordinator (06/12).
Today: apixaban 5 mg bid started (open label, commercial supply). CHA2DS2-VASc 1. Echo 2024: normal EF.
"""),
    N("2025-06-20", "PROMIS pre-screen note", """
PROMIS pre-screen (CRC). Satisfied: osteosarcoma (dedifferentiated parosteal, Porto pathology 2019), two lung metastases, resectable per thoracic surgery, age 52, ECOG 2, PFTs adequate, no pleural effusion, HIV nonreactive 06/2025, no steroids, no vaccines this year, no other cancer.
Open: (1) prior systemic therapy - Porto oncology file not received; (2) blinded AF trial - last dose of study drug unknown; (3) bone marrow transplant 1989 - autologous or allogeneic unknown.
Needs review.
""", ann=False),
], checks=[("stated", 52, "2025-05-29", 52)])

# PQ17 - excluded. Brazilian records (translated); SLE on hydroxychloroquine, pregnant,
# local recurrence, rituximab anaphylaxis, ECOG 3, permanent ototoxicity, effusion of
# unclear nature.
P("PQ17", "2025-11-03", "MMMMMNU/MUNNNNNMNNMMNNM", [
    N("2025-09-12", "Reumatologia - retorno (machine translation)", """
[Tradução automática] Rheumatology - return consultation
[[26 years|AGE]], [[systemic lupus erythematosus|AUTOIMMUNE_DISEASE]] since 2019 (cutaneous, articular, [[lupus nephritis|AUTOIMMUNE_DISEASE]] class IV in 2022). SLEDAI today 4: active arthritis of the hands, mild.
Treatment: [[hydroxychloroquine|DMARD]] 400 mg/day, continuous, to be maintained in the [[pregnancy|PREGNANCY]]. [[Mycophenolate|IMMUNOSUPPRESSANT|h]] suspended 12/2024 to plan the [[pregnancy|PREGNANCY|p]]. [[Prednisone|SYSTEMIC_STEROID|h]] suspended 06/2024, not reintroduced.
In 2022 she received [[rituximab|MONOCLONAL_ANTIBODY|h]] for the nephritis: in the second infusion she had [[anaphylaxis|ALLERGIC_REACTION|h]] (bronchospasm, blood pressure 60x40, adrenaline, ICU for 24 h) - graded CTCAE grade 4. [[Rituximab|MONOCLONAL_ANTIBODY|n]] is contraindicated.
She is [[pregnant|PREGNANCY]], about 10 weeks (last menstruation 04/07/2025).
"""),
    N("2025-09-30", "Obstetricia de alto risco (machine translation)", """
[Tradução automática] High-risk prenatal care
G1P0, [[gestational age 12 weeks 4 days|PREGNANCY]] by first-trimester ultrasound: single live [[intrauterine pregnancy|PREGNANCY]], CRL 58 mm.
Prenatal serologies: [[anti-HIV|HIV|n]] non-reactive (08/2025), VDRL non-reactive, toxoplasmosis IgG positive/IgM negative.
[[HCQ|DMARD]] maintained; aspirin 100 mg started.
Aware of her oncological situation; she wishes to continue the [[pregnancy|PREGNANCY]].
"""),
    N("2025-10-15", "Tomografia de torax (machine translation)", """
[Tradução automática] CT of thorax (with abdominal lead protection). Comparative 03/2025.
[[Nodules|PULMONARY_NODULE]]: right lower lobe 12 mm and left upper lobe 8 mm, solid, new since 03/2025, compatible with [[metastases|METASTASIS]] of the known [[osteosarcoma|OSTEOSARCOMA]].
Small bilateral [[pleural effusion|PLEURAL_EFFUSION]], laminar, etiology to be clarified ([[lupus serositis|AUTOIMMUNE_DISEASE|u]] versus [[neoplastic effusion|MALIGNANT_EFFUSION|u]]). Thoracentesis not done (volume too small).
"""),
    N("2025-10-22", "Patologia - biopsia de recidiva (machine translation)", """
[Tradução automática] Anatomopathological report
Material: core biopsy of soft tissues of the left distal thigh, surgical bed (20/10/2025).
Clinical data: [[dedifferentiated parosteal osteosarcoma|OSTEOSARCOMA|h]] of the left distal femur operated in 2023.
Conclusion: high-grade [[osteosarcoma|OSTEOSARCOMA]] in the surgical bed - [[local recurrence|LOCAL_RECURRENCE]].
"""),
    N("2025-10-29", "Checklist de pesquisa PROMIS (machine translation)", """
[Tradução automática] PROMIS checklist - coordinator F. Rezende - screening 03/11/2025
Inclusions: [[osteosarcoma|OSTEOSARCOMA]] yes; [[pulmonary metastases|LUNG_METASTASIS]] yes; thoracic surgery opinion of 27/10/2025: two [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] by [[wedge resection|LUNG_RESECTION|p]]; previous [[MAP|SYSTEMIC_THERAPY|h]] 6 cycles in 2023 yes; [[pulmonary function|PULMONARY_FUNCTION]] not evaluated ([[pregnancy|PREGNANCY]]).
Performance: [[ECOG 3|ECOG]] - in bed more than half of the day because of pain of the [[recurrence|LOCAL_RECURRENCE]] and hyperemesis. Fails.
Exclusions: [[local recurrence|LOCAL_RECURRENCE]] active (biopsy 20/10) - fails. [[Pregnancy|PREGNANCY]] 17 weeks - fails. [[SLE|AUTOIMMUNE_DISEASE]] with [[hydroxychloroquine|DMARD]] in use - fails. [[Anaphylaxis|ALLERGIC_REACTION|h]] grade 4 to [[rituximab|MONOCLONAL_ANTIBODY|h]] - fails. [[Ototoxicity|TOXICITY]] grade 2 after [[cisplatin|SYSTEMIC_THERAPY|h]], hearing aid since 2024 - fails. [[Pleural effusion|PLEURAL_EFFUSION]] of undefined nature - pending.
Result: screen failure.
"""),
], checks=[("stated", 26, "2025-09-12", 26),
           ("win", "systemic_steroids_7d", "2024-12-01", 7, False)])

# PQ18 - excluded. US; conventional chondrosarcoma (not osteosarcoma) with local
# recurrence, no lung disease, never had chemotherapy; psoriasis on adalimumab; HIV on
# ART; anal HSIL with possible invasion.
P("PQ18", "2026-02-18", "NNUNMUU/MNNUNNNMMNNNMNN", [
    N("2023-05-04", "Surgical pathology report", """
SURGICAL PATHOLOGY - right periacetabular resection (internal hemipelvectomy) 04/28/2023
DIAGNOSIS: [[CONVENTIONAL CHONDROSARCOMA, GRADE 2|OTHER_SARCOMA]]. Margins negative (closest 4 mm).
No dedifferentiated component. No malignant osteoid; no [[osteosarcomatous component|OSTEOSARCOMA|n]]. IDH1 R132C mutation detected.
"""),
    N("2026-01-21", "Orthopaedic oncology - MRI and biopsy summary", """
ORTHOPAEDIC ONCOLOGY - RESULTS VISIT
MRI pelvis 01/14/2026: new 4.5 cm lobulated T2-bright mass with chondroid matrix in the right periacetabular resection bed.
CT-guided biopsy 01/19/2026: [[recurrent|LOCAL_RECURRENCE]] grade 2 [[chondrosarcoma|OTHER_SARCOMA]].
Impression: [[local recurrence|LOCAL_RECURRENCE]] at the primary site. Re-resection discussed; he is undecided and asked about research options.
He [[has not received chemotherapy|CHEMO_NAIVE]] - none is indicated for conventional [[chondrosarcoma|OTHER_SARCOMA]].
"""),
    N("2026-01-28", "Radiology - CT chest", """
CT CHEST WITH CONTRAST - staging for [[recurrent|LOCAL_RECURRENCE]] [[chondrosarcoma|OTHER_SARCOMA]]
Lungs: no [[nodules|PULMONARY_NODULE|n]]. No [[pleural effusion|PLEURAL_EFFUSION|n]]. Incidental 1 cm [[thyroid nodule|LOOKALIKE]] in the left lobe.
IMPRESSION: no [[pulmonary metastatic disease|LUNG_METASTASIS|n]].
"""),
    N("2026-02-04", "Dermatology consultation", """
DERMATOLOGY CONSULT - [[psoriasis|AUTOIMMUNE_DISEASE]] management before possible oncologic treatment
[[58-year-old|AGE]] man with plaque [[psoriasis|AUTOIMMUNE_DISEASE]] since [[age 30|AGE|h]] and [[psoriatic arthritis|AUTOIMMUNE_DISEASE]]. Previously on [[methotrexate|IMMUNOSUPPRESSANT|h]] 2018-2020, stopped for a [[transaminase rise|TOXICITY|h]] that resolved. Since 2021 on [[adalimumab|IMMUNOSUPPRESSANT]] ([[Humira|IMMUNOSUPPRESSANT]]) 40 mg SC every other week; last injection 01/30/2026, next due 02/13/2026.
Skin 95% clear (BSA 1%). He uses [[clobetasol propionate 0.05% cream|LOCAL_STEROID]] on the elbows a few times a month and [[hydrocortisone 2.5% cream|LOCAL_STEROID]] on the face.
Oncology asked whether [[adalimumab|IMMUNOSUPPRESSANT]] can be stopped. It can be held if oncologic treatment requires it (expect a flare within 3-6 months); for now, continue.
"""),
    N("2026-02-09", "Infectious diseases clinic note", """
INFECTIOUS DISEASES CLINIC
[[58M|AGE]] living with [[HIV|HIV]] since 2004, on [[Biktarvy|HIV]] (bictegravir/emtricitabine/TAF), viral load below 20, CD4 640. Also on [[adalimumab|IMMUNOSUPPRESSANT]] for [[psoriasis|AUTOIMMUNE_DISEASE]].
[[Anal cancer screening|LOOKALIKE]]: high-resolution anoscopy 01/2026; biopsy shows HSIL (AIN3), with one fragment in which [[invasive squamous cell carcinoma|OTHER_MALIGNANCY|u]] cannot be excluded. Excision under anesthesia scheduled 03/2026.
Vaccines: [[Shingrix|NONLIVE_VACCINE|h]] x2 (2022), [[HPV|NONLIVE_VACCINE|h]] x3 (2019). Nothing live given or planned.
"""),
    N("2026-02-16", "Research screening log", """
Screening log - PROMIS. Referred by community oncology as "pelvic bone sarcoma, recurrent".
Screen fail: histology is conventional chondrosarcoma (not osteosarcoma); no lung metastases on CT 01/28/2026; never received systemic therapy; local recurrence present. Also on adalimumab for psoriasis and HIV on Biktarvy. Performance status not recorded by the referring team.
""", ann=False),
], checks=[("stated", 58, "2026-02-04", 58)])

# PQ19 - eligible. Chinese records (translated); turns 16 on the screening day so ECOG is
# the scale (an older Lansky 60 no longer counts); Huaier stopped 15 days before;
# small effusion called reactive.
P("PQ19", "2025-12-22", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2024-01-15", "Pathology report (machine translation from Chinese)", """
[Machine translation] Pathology diagnosis report
Specimen: left femur lower end puncture biopsy (2024-01-11).
Pathology diagnosis: (left femur) osteosarcoma, conventional type, osteoblastic type mainly. Immunohistochemistry: SATB2 (+), Ki-67 about 40%.
""", ann=False),
    N("2025-10-20", "Chest CT report (machine translation)", """
[Machine translation] Chest CT plain scan + enhanced
Compare 2025-07-18: right upper lobe newly seen solid [[nodule|PULMONARY_NODULE]] 10mm, left lower lobe newly seen solid [[nodule|PULMONARY_NODULE]] 7mm, edge smooth.
Left side small amount [[pleural effusion|PLEURAL_EFFUSION]]; left lower lobe patchy shadow (inflammation).
Diagnosis opinion: 1. Double lung new [[nodules|PULMONARY_NODULE]], combined with history conform to [[metastasis|METASTASIS]]. 2. Left lower lobe inflammation, left small amount [[pleural effusion|PLEURAL_EFFUSION]].
"""),
    N("2025-11-05", "Thoracic surgery consultation (machine translation)", """
[Machine translation] Thoracic surgery consultation record
Double lung [[metastasis|METASTASIS]] 2 pieces, both located under the pleura, not near the hilum. Can do staged [[thoracoscopic wedge resection|LUNG_RESECTION|p]], the [[lesions|PULMONARY_NODULE]] can be completely [[resected|RESECTABLE]].
[[Lung function|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 3.4L (95%), [[DLCO|PULMONARY_FUNCTION]] 90%, can tolerate operation.
Left small amount [[pleural effusion|PLEURAL_EFFUSION]]: ultrasound anechoic, depth 1.2cm, appeared with the pneumonia of October, consider [[reactive effusion|PLEURAL_EFFUSION]], not malignant, no need of puncture.
"""),
    N("2025-12-08", "Outpatient record (machine translation)", """
[Machine translation] Bone tumor outpatient record 2025年12月8日
Patient [[15 years old|AGE]], left femur [[osteosarcoma|OSTEOSARCOMA]] after operation, double lung [[metastasis|METASTASIS]].
Previous treatment: 2024-01 to 2024-08 [[MAP scheme|SYSTEMIC_THERAPY|h]] 8 cycles plus [[IE scheme|SYSTEMIC_THERAPY|h]] 2 cycles; during [[chemotherapy|SYSTEMIC_THERAPY|h]] used [[thymalfasin|IMMUNOMODULATOR|h]] 1.6mg twice weekly, stopped 2024-08.
Since 2025-10 he took [[Huaier granules|IMMUNOMODULATOR|h]] by himself; according to research pharmacist advice, the medicine was stopped since yesterday (2025-12-07), no more taking.
Now: [[ECOG 1|ECOG]], walking normal, attend school.
Plan: wait for the screening of PROMIS.
"""),
    N("2025-12-16", "Concomitant medication log (machine translation)", """
[Machine translation] Concomitant medication record - PROMIS pre-screening
Drug name / usage / start date / stop date
[[Huaier granules|IMMUNOMODULATOR|h]] 20g po tid / 2025-10-22 / 2025-12-07 / stopped
[[Thymalfasin|IMMUNOMODULATOR|h]] ([[Zadaxin|IMMUNOMODULATOR|h]]) 1.6mg ih biw / 2024-02-01 / 2024-08-20 / stopped
Calcium carbonate D3 1 tablet qd / 2024-09 / continue
[[Hepatitis B vaccine|NONLIVE_VACCINE]] (recombinant) booster / 2025-11-30 / single / -
No [[steroid|SYSTEMIC_STEROID|n]], no [[immune suppression medicine|IMMUNOSUPPRESSANT|n]].
"""),
    N("2025-12-19", "Eligibility checklist (machine translation)", """
[Machine translation] PROMIS eligibility checklist - screening date 2025-12-22
[[Date of birth 2009-12-22|DOB]]: screening day he is full [[16 years|AGE]], so ECOG used (not Lansky). [[ECOG 1|ECOG]] (2025-12-08) - meets. The old [[Lansky 60|LANSKY|h]] of 2025-02 (after operation) is previous and not the scale for his age now.
[[Osteosarcoma|OSTEOSARCOMA]] - meets. [[Lung metastasis|LUNG_METASTASIS]] - meets. [[Resectable|RESECTABLE]] - meets. [[MAP|SYSTEMIC_THERAPY|h]] + [[IE|SYSTEMIC_THERAPY|h]] - meets. [[Lung function|PULMONARY_FUNCTION]] normal - meets.
[[Huaier|IMMUNOMODULATOR|h]] stop 2025-12-07, to screening day 15 days, exceed 2 weeks - meets.
[[Pleural effusion|PLEURAL_EFFUSION]]: small, reactive (pneumonia), not malignant - meets.
[[HIV antibody|HIV|n]] negative (2025-11-28). Grandfather [[lung cancer|OTHER_MALIGNANCY|f]] (family history only).
Conclusion: meets all items.
"""),
], checks=[("dob", "2009-12-22", 16),
           ("win", "immunomodulator_2w", "2025-12-07", 14, False)])

# PQ20 - needs_review. US paediatrics; neuroblastoma survivor (2015, tandem autologous
# transplants, dinutuximab reaction of unrecorded grade); indeterminate new nodules;
# equivocal MRI at the tibial resection bed.
P("PQ20", "2026-06-09", "MUUMMMM/UNNNNNNNNNUNNNN", [
    N("2025-12-02", "Radiology - CT chest", """
CT CHEST WITH CONTRAST - surveillance, [[osteosarcoma|OSTEOSARCOMA]] of the right tibia
Lungs clear. No [[pulmonary nodules|PULMONARY_NODULE|n]]. No [[pleural effusion|PLEURAL_EFFUSION|n]].
IMPRESSION: no evidence of [[pulmonary metastatic disease|LUNG_METASTASIS|n]].
"""),
    N("2026-05-19", "Radiology - CT chest serial comparison", """
CT CHEST WITH CONTRAST - comparison 12/02/2025
New since December: four solid [[nodules|PULMONARY_NODULE|u]], RUL 5 mm, RML 3 mm, LUL 4 mm, LLL 2 mm. No calcification. No [[pleural effusion|PLEURAL_EFFUSION|n]].
Note: influenza B with bronchitis in April per the requisition.
IMPRESSION: four new subcentimetre [[nodules|PULMONARY_NODULE|u]], indeterminate. [[Metastases|METASTASIS|u]] cannot be excluded; post-infectious or inflammatory change is also possible. Suggest CT in 6-8 weeks.
"""),
    N("2026-05-21", "Radiology - MRI right tibia", """
MRI RIGHT LOWER LEG W/WO - comparison 11/18/2025
Post proximal tibial resection and endoprosthesis. New 9 mm enhancing focus along the medial margin of the resection bed, intermediate T2 signal, no bone involvement.
IMPRESSION: indeterminate - postoperative granulation tissue versus early [[local recurrence|LOCAL_RECURRENCE|u]]. Biopsy or 6-week follow-up MRI suggested.
"""),
    N("2026-05-28", "Pediatric pulmonology consultation", """
PEDIATRIC PULMONOLOGY
[[13-year-old|AGE]] girl with [[osteosarcoma|OSTEOSARCOMA]] of the right proximal tibia (08/2024), completed [[MAP|SYSTEMIC_THERAPY|h]] 03/2025; remote high-risk [[neuroblastoma|OTHER_MALIGNANCY|h]] (2015). Asked whether she could tolerate thoracic surgery should the new [[nodules|PULMONARY_NODULE|u]] need removal.
[[Spirometry|PULMONARY_FUNCTION]] 05/27/2026: [[FEV1|PULMONARY_FUNCTION]] 97%, [[FVC|PULMONARY_FUNCTION]] 95%, [[DLCO|PULMONARY_FUNCTION]] 88%. Normal exercise tolerance.
Assessment: [[cleared from a pulmonary standpoint for VATS|PULMONARY_FUNCTION]] if needed.
Oncology documents [[Lansky 80|LANSKY]] (plays soccer in goal, tires in the second half).
"""),
    N("2026-06-03", "Allergy review of transferred records", """
ALLERGY / IMMUNOLOGY - REVIEW OF TRANSFERRED RECORDS (from her previous children's hospital)
[[Neuroblastoma|OTHER_MALIGNANCY|h]] diagnosed 03/2015 ([[age 2|AGE|h]]): induction [[chemotherapy|SYSTEMIC_THERAPY|h]], tandem [[autologous stem cell transplants|TRANSPLANT|h]] (09/2015 and 11/2015), then [[dinutuximab|MONOCLONAL_ANTIBODY|h]] with GM-CSF and [[IL-2|IMMUNOMODULATOR|h]] ([[aldesleukin|IMMUNOMODULATOR|h]]), finished 07/2016.
Event: during the cycle 2 [[dinutuximab|MONOCLONAL_ANTIBODY|h]] infusion the nurse stoped the drip for a "[[reaction|ALLERGIC_REACTION|h]]" - urticaria and hypotension that responded to a fluid bolus and diphenhydramine; the infusion was resumed at half rate. No grade is recorded and the vital-sign flowsheet for that day is missing from the packet.
She never received an [[allogeneic transplant|TRANSPLANT|n]]. No other [[drug allergies|ALLERGIC_REACTION|n]].
Comment: the severity of the 2016 event cannot be established from these records.
"""),
    N("2026-06-05", "Research coordinator pre-screen note", """
PROMIS pre-screen (CRC). Items met: osteosarcoma, prior MAP, age 13 (DOB 11/30/2012), Lansky 80, spirometry normal, no pleural effusion, no HIV (negative 05/2026), no vaccines since 2019, neuroblastoma more than 10 years ago, only autologous transplants.
Open: lung nodules indeterminate (repeat CT July); MRI tibia indeterminate for local recurrence; grade of the 2016 dinutuximab reaction unknown. Resectability not yet discussed by thoracic surgery.
Needs review.
""", ann=False),
], checks=[("dob", "2012-11-30", 13), ("stated", 13, "2026-05-28", 13),
           ("yrs", "other_malignancy_5y", "2015-03-01", 5, False),
           ("win", "immunomodulator_2w", "2016-07-01", 14, False)])

# PQ21 - excluded. Chinese records (translated); breastfeeding; prior GP (gemcitabine +
# cisplatin); tislelizumab with partial response then progression; Huaier stopped exactly
# 14 days before; postpartum MMR; nodule invading the left main bronchus; no age on file.
P("PQ21", "2026-01-12", "MMNMUUM/NNMNNMMNNNNMNMM", [
    N("2025-12-15", "Chest CT report (machine translation)", """
[Machine translation] Chest enhanced CT. Compare 2025-01-08 (before [[pregnancy|PREGNANCY|h]]).
Left lower lobe near hilum soft tissue [[mass|PULMONARY_NODULE]] 3.6cm, enlarged (old 1.8cm), surround and invade [[left main bronchus|CENTRAL_STRUCTURE]] distal part, lumen narrow. Left upper lobe 2 small [[nodules|PULMONARY_NODULE]] 5mm, 6mm, new. No [[pleural effusion|PLEURAL_EFFUSION|n]].
Impression: left lung [[metastasis|METASTASIS]] [[progress|TUMOR_RESPONSE]], [[left main bronchus|CENTRAL_STRUCTURE]] invaded; new small [[metastatic nodules|METASTASIS]] of left upper lobe.
"""),
    N("2025-12-24", "Obstetrics postpartum clinic (machine translation)", """
[Machine translation] Obstetrics outpatient - postpartum review
Delivery 2025-10-20 cesarean section, baby healthy. Now 9 weeks postpartum, exclusive [[breastfeeding|LACTATION]], milk sufficient.
Rubella IgG negative in [[pregnancy|PREGNANCY|h]]; postpartum [[measles-mumps-rubella vaccine|LIVE_VACCINE]] given yesterday (2025-12-23), [[breastfeeding|LACTATION]] can continue.
Suggestion: contraception; oncology follow-up as planned.
"""),
    N("2025-12-30", "Thoracic surgery consultation (machine translation)", """
[Machine translation] Thoracic surgery consultation opinion
Left lower lobe [[lesion|PULMONARY_NODULE]] invade [[left main bronchus|CENTRAL_STRUCTURE]]; complete resection need left [[total pneumonectomy|PNEUMONECTOMY|p]]; a [[sleeve lobectomy|LUNG_RESECTION|n]] cannot reach R0. Considering the two upper lobe [[nodules|PULMONARY_NODULE]] at the same time, the operation is not suitable; [[not resectable|UNRESECTABLE]] under the meaning of [[wedge|LUNG_RESECTION|n]] or [[lobectomy|LUNG_RESECTION|n]].
[[Lung function|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 2.9L (92%), [[DLCO|PULMONARY_FUNCTION]] 85%, normal; [[lung function can tolerate thoracic surgery|PULMONARY_FUNCTION]].
"""),
    N("2026-01-05", "Concomitant medication log and prior therapy by cycle (machine translation)", """
[Machine translation] PROMIS pre-screening - prior anti-tumor treatment (by cycle) and concomitant medicine
Prior treatment:
  2021-04 to 2021-11 [[MAP|SYSTEMIC_THERAPY|h]] 10 cycles, right femur limb salvage 2021-07.
  2023-03 to 2023-07 [[GP scheme|GEMCITABINE|h]] ([[gemcitabine|GEMCITABINE|h]] 1000mg/m2 d1,d8 + [[cisplatin|SYSTEMIC_THERAPY|h]] 75mg/m2) 4 cycles, evaluation [[PD|TUMOR_RESPONSE|h]].
  2023-08 to 2024-03 [[tislelizumab|CHECKPOINT_INHIBITOR|h]] ([[百泽安|CHECKPOINT_INHIBITOR|h]]) 200mg q3w + [[anlotinib|SYSTEMIC_THERAPY|h]] 12mg d1-14; 2023-10 evaluation [[PR|TUMOR_RESPONSE|h]], 2024-01 still [[PR|TUMOR_RESPONSE|h]], 2024-03 [[PD|TUMOR_RESPONSE|h]] (new [[lesions|PULMONARY_NODULE|h]]); stopped 2024-04.
Concomitant medicine:
  [[Huaier granules|IMMUNOMODULATOR]] 20g tid / start 2025-11-10 / stop 2025-12-29
  Iron sucrose / 2025-10 / 2025-12
  Folic acid / continue
  [[Measles-mumps-rubella vaccine|LIVE_VACCINE]] / 2025-12-23 / single
Toxicity still present: creatinine 1.7 x ULN since 2023, [[chronic kidney injury|TOXICITY]] grade 2 (CTCAE), nephrology says permanent after [[cisplatin|SYSTEMIC_THERAPY|h]].
"""),
    N("2026-01-09", "Pre-screening checklist (machine translation)", """
[Machine translation] PROMIS pre-screening checklist - screening date 2026-01-12
Age: ID card copy not received, date of birth and age not on the referral summary; ask patient.
Performance: [[ECOG 1|ECOG]] (but age not known, cannot apply the age rule yet).
[[Osteosarcoma|OSTEOSARCOMA]] yes; lung [[metastasis|METASTASIS]] yes; [[lung function|PULMONARY_FUNCTION]] normal.
[[Resectable|RESECTABLE|n]]: NO - needs [[pneumonectomy|PNEUMONECTOMY|p]] ([[left main bronchus|CENTRAL_STRUCTURE]] invaded).
Prior [[gemcitabine|GEMCITABINE|h]]: YES ([[GP|GEMCITABINE|h]] 2023).
[[Tislelizumab|CHECKPOINT_INHIBITOR|h]]: [[PR|TUMOR_RESPONSE|h]] about 5 months then [[PD|TUMOR_RESPONSE|h]] = secondary resistance.
[[Huaier|IMMUNOMODULATOR]] stop 2025-12-29 = 14 days before screening day, within 2 weeks.
[[MMR|LIVE_VACCINE]] 2025-12-23 = 20 days, within 30 days.
[[Breastfeeding|LACTATION]] now. [[Kidney injury|TOXICITY]] grade 2.
Result: not eligible.
"""),
], checks=[("win", "immunomodulator_2w", "2025-12-29", 14, True),
           ("win", "live_vaccine_30d", "2025-12-23", 30, True)])

# PQ22 - eligible. Japanese records (translated); corneal transplant; ITP treated up to
# 2017 with a grade 2 rituximab infusion reaction; inhaled and ophthalmic steroids;
# inactivated Japanese encephalitis vaccine.
P("PQ22", "2025-09-09", "MMMMMMM/NNNNNNNNNNNNNNN", [
    N("2022-07-25", "Pathology report (machine translation from Japanese)", """
[Machine translation] Pathological diagnosis
Left scapula, open biopsy (2022年7月21日): osteosarcoma, chondroblastic type, high grade. Cartilage-like matrix with direct osteoid formation by atypical cells.
""", ann=False),
    N("2025-07-18", "Chest CT report (machine translation)", """
[Machine translation] Chest CT (contrast). Comparison: 2025/4/10.
Left S1+2 9 mm [[nodule|PULMONARY_NODULE]], left S6 7 mm [[nodule|PULMONARY_NODULE]], both newly appeared, solid, near pleura. Right lung no abnormality. [[Pleural effusion|PLEURAL_EFFUSION|n]] none.
Diagnosis: left lung [[multiple metastasis|METASTASIS|u]] of [[osteosarcoma|OSTEOSARCOMA]] is considered first. Tumor marker no abnormality (ALP normal).
"""),
    N("2025-08-01", "Respiratory surgery consultation (machine translation)", """
[Machine translation] Respiratory surgery consultation reply
[[36 years old|AGE]] male. [[Osteosarcoma|OSTEOSARCOMA]] of left scapula, after [[MAP therapy|SYSTEMIC_THERAPY|h]] and scapula resection (2022). [[Lung metastasis|LUNG_METASTASIS]] 2 places of left lung.
Policy: S1+2 [[segmentectomy|LUNG_RESECTION|p]] and S6 [[partial resection|LUNG_RESECTION|p]] by thoracoscope, same time. Both [[lesions|PULMONARY_NODULE]] are [[resectable|RESECTABLE]]; far from [[main bronchus|CENTRAL_STRUCTURE|n]] and [[pulmonary artery trunk|CENTRAL_STRUCTURE|n]].
[[Respiratory function|PULMONARY_FUNCTION]]: VC 4.2 L, [[FEV1.0|PULMONARY_FUNCTION]] 3.5 L (88%), [[DLCO|PULMONARY_FUNCTION]] 86%. [[Surgery tolerance is no problem|PULMONARY_FUNCTION]].
"""),
    N("2025-08-20", "Hematology consultation (machine translation)", """
[Machine translation] Hematology consultation reply
Past: [[immune thrombocytopenia (ITP)|AUTOIMMUNE_DISEASE|h]] 2015. [[Prednisolone|SYSTEMIC_STEROID|h]] was not effective, [[rituximab|MONOCLONAL_ANTIBODY|h]] 4 times in 2016. At the 1st time [[infusion reaction|ALLERGIC_REACTION|h]] (fever 38.5, rash, no hypotension, no breathing difficulty) grade 2, next times with premedication no problem. Remission since 2017年3月, no treatment after that. Platelet 23.1 x10^4 today.
Opinion: [[ITP|AUTOIMMUNE_DISEASE]] is in remission more than 8 years without medicine. No hematologic reason against the planned treatment; if platelets fall, please consult.
"""),
    N("2025-09-02", "Pharmacist medication reconciliation (machine translation)", """
[Machine translation] Pharmacist's medication check
1. [[Budesonide/formoterol inhaler|LOCAL_STEROID]] ([[Symbicort|LOCAL_STEROID]]) 2 inhalations twice a day - bronchial asthma. Inhalation only.
2. [[Fluorometholone 0.1% eye drops|LOCAL_STEROID]] right eye once a day - after [[corneal transplantation|TRANSPLANT|h]] (2018, keratoconus). Eye drop only.
3. Pregabalin 25 mg at night - [[numbness of fingers|TOXICITY]] after [[cisplatin|SYSTEMIC_THERAPY|h]]; improved from grade 2 to grade 1 (neurology 2025/6).
No internal use [[steroid|SYSTEMIC_STEROID|n]], no [[immunosuppressant|IMMUNOSUPPRESSANT|n]].
Vaccine: [[Japanese encephalitis vaccine (inactivated)|NONLIVE_VACCINE]] 2025/8/15 (before returning home to Kumamoto, rice field area). Nothing else given this year.
"""),
    N("2025-09-05", "CRC eligibility checklist (machine translation)", """
[Machine translation] CRC eligibility checklist - PROMIS - screening day 2025/9/9
[[36 years|AGE]] - OK. [[PS 1|ECOG]] (ECOG) - OK.
[[Osteosarcoma|OSTEOSARCOMA]] - OK. [[Lung metastasis|LUNG_METASTASIS]] - OK. [[Resectable|RESECTABLE]] - OK. [[MAP|SYSTEMIC_THERAPY|h]] - OK. [[Respiratory function|PULMONARY_FUNCTION]] - OK.
[[Corneal transplantation|TRANSPLANT|h]] - exception, OK.
[[ITP|AUTOIMMUNE_DISEASE|h]]: last systemic treatment 2016 - OK. [[Rituximab|MONOCLONAL_ANTIBODY|h]] [[reaction|ALLERGIC_REACTION|h]] grade 2 - OK (grade 3 or more is exclusion).
[[Inhaled steroid|LOCAL_STEROID]] and [[steroid eye drop|LOCAL_STEROID]] only - OK.
[[HIV|HIV|n]] antibody negative (2025/8/29). [[Inactivated vaccine|NONLIVE_VACCINE]] only - OK.
[[Neuropathy|TOXICITY]] grade 1 - OK.
Judgement: all OK.
"""),
], checks=[("stated", 36, "2025-09-05", 36),
           ("yrs", "autoimmune_systemic_2y", "2017-03-01", 2, False)])

# PQ23 - needs_review. Chinese records (translated); second-line regimen possibly with
# gemcitabine, Bethesda V thyroid nodule, unnamed Chinese patent medicine, lymphoma 2012
# with a stem cell transplant of unrecorded type, PFTs not yet done.
P("PQ23", "2026-04-28", "MMMMMMU/NNUUNNUNNUNNNNN", [
    N("2026-02-10", "Chest CT report (machine translation)", """
[Machine translation] Chest enhanced CT. Compare 2025-08-12.
Right upper lobe anterior segment [[nodule|PULMONARY_NODULE]] 2.1cm (old 1.2cm); right middle lobe [[nodule|PULMONARY_NODULE]] 0.8cm, stable. No [[pleural effusion|PLEURAL_EFFUSION|n]]. Mediastinum no enlarged lymph node.
[[Thyroid left lobe low density nodule|LOOKALIKE]] 1.3cm.
Impression: 1. Right lung [[metastatic tumors|METASTASIS]], right upper lobe one enlarged. 2. [[Thyroid left lobe nodule|LOOKALIKE]], suggest ultrasound.
"""),
    N("2026-03-18", "Thyroid fine needle aspiration report (machine translation)", """
[Machine translation] Cytology report
Specimen: [[left thyroid nodule|LOOKALIKE]], ultrasound-guided fine needle aspiration (2026-03-16).
Diagnosis: Bethesda category V, [[suspicious for papillary thyroid carcinoma|OTHER_MALIGNANCY|u]]. Nuclear grooves and some pseudo-inclusions, number of cells limited.
Suggestion: surgical excision for clear diagnosis.
"""),
    N("2026-04-02", "Thoracic surgery consultation (machine translation)", """
[Machine translation] Thoracic surgery consultation opinion
Right upper lobe [[lesion|PULMONARY_NODULE]] 2.1cm located in center of anterior segment next to the segmental bronchus, [[wedge|LUNG_RESECTION|n]] cannot take it; suggest [[right upper lobectomy|LUNG_RESECTION|p]] plus middle lobe [[wedge resection|LUNG_RESECTION|p]]; the [[lesions|PULMONARY_NODULE]] can be [[resected completely|RESECTABLE]]. Not involve [[main bronchus|CENTRAL_STRUCTURE|n]] or [[pulmonary artery trunk|CENTRAL_STRUCTURE|n]].
[[Lung function examination|PULMONARY_FUNCTION]] booked 2026-05-06 (machine queue); decide operation time after the result.
[[KPS 70|KARNOFSKY]].
"""),
    N("2026-04-15", "Medical oncology treatment history summary (machine translation)", """
[Machine translation] Medical oncology - treatment history summary
Patient male, [[60 years old|AGE]].
1. 2012 diffuse large B cell [[lymphoma|OTHER_MALIGNANCY|h]]: [[CHOP|SYSTEMIC_THERAPY|h]] 6 cycles, then [[stem cell transplantation|TRANSPLANT|h]] 2012-12 in a hospital of another province. The record only writes "[[stem cell transplantation|TRANSPLANT|h]]"; autologous or allogeneic is not written. Disease-free since.
2. 2023-09 right femur [[osteosarcoma|OSTEOSARCOMA]] (pathology 2023-09-05): [[AI scheme|SYSTEMIC_THERAPY|h]] ([[doxorubicin|SYSTEMIC_THERAPY|h]] + [[ifosfamide|SYSTEMIC_THERAPY|h]]) 6 cycles plus tumor segment resection.
3. 2025-02 lung [[metastasis|METASTASIS]]. 2025-03 to 2025-06 second-line [[chemotherapy|SYSTEMIC_THERAPY|h]] 4 cycles in the county hospital; scheme name not written in the discharge letter. Patient says "maybe [[gemcitabine|GEMCITABINE|u]] or something like that", family cannot confirm. County hospital was contacted, no reply yet.
4. No [[PD-1|CHECKPOINT_INHIBITOR|n]] drug. Never in a [[clinical trial|INVESTIGATIONAL|n]].
Local: MRI of right femur operation area 2026-03, no [[recurrence|LOCAL_RECURRENCE|n]].
"""),
    N("2026-04-24", "Pharmacist medication reconciliation (machine translation)", """
[Machine translation] Pharmacist medication reconciliation
1. A [[Chinese patent medicine capsule|IMMUNOMODULATOR|u]] bought at the TCM hospital outpatient, 4 capsules three times daily, taking since 2026-01, still taking. The name on the box is torn; patient cannot say whether it is "for the tumor" or "for the stomach". Family asked to bring the box.
2. Metformin 500mg twice daily (type 2 diabetes).
3. Amlodipine 5mg once daily.
4. Tramadol 50mg when pain.
No [[steroid|SYSTEMIC_STEROID|n]]. No vaccination in the last half year.
"""),
    N("2026-04-27", "CRC pre-screening note (machine translation)", """
[Machine translation] CRC PROMIS pre-screen
Meets: osteosarcoma, lung metastasis, resectable (lobectomy suggested), prior AI chemotherapy, 60 years, KPS 70, no pleural effusion, no local recurrence, HIV antibody negative (2026-04-20), not in other trial.
Waiting: lung function test 2026-05-06; county hospital regimen (gemcitabine?); thyroid Bethesda V - surgery not done; Chinese patent medicine name; 2012 transplant type.
Result: needs review.
""", ann=False),
], checks=[("stated", 60, "2026-04-15", 60),
           # lymphoma 2012 is outside 5 years; the Bethesda V thyroid nodule keeps it unknown
           ("yrs", "other_malignancy_5y", "2012-01-01", 5, False, False)])

# PQ24 - excluded. Chinese records (translated); first reported as small cell osteosarcoma,
# amended to Ewing sarcoma; malignant effusion; prior gemcitabine/docetaxel; sintilimab
# stable disease about 6 months then progression; thymalfasin ongoing; allogeneic HSCT
# for aplastic anaemia; HIV on ART; no age on file.
P("PQ24", "2025-11-27", "NMUMUUU/NMMNUMMNNMNUMNN", [
    N("2023-06-02", "Pathology report (machine translation from Chinese)", """
[Machine translation] Pathology diagnosis report
Specimen: left tibia upper end puncture biopsy (2023-05-29).
Diagnosis: (left tibia) [[small cell osteosarcoma|OSTEOSARCOMA]]. Small round cells in sheet, focal eosinophilic matrix considered osteoid.
Supplement: EWSR1 molecular test in progress, result will be supplemented.
"""),
    N("2023-06-20", "Amended pathology report (machine translation)", """
[Machine translation] [[Supplementary (amended) pathology report|CORRECTION]]
EWSR1 break-apart FISH positive; RT-PCR EWSR1-FLI1 fusion detected. The focal matrix previously considered osteoid is re-evaluated as hyalinized stroma.
Revised diagnosis: (left tibia) [[Ewing sarcoma|OTHER_SARCOMA]]. The previous diagnosis of [[small cell osteosarcoma|OSTEOSARCOMA|n]] is withdrawn and replaced by this report.
"""),
    N("2025-10-16", "Chest CT and thoracentesis report (machine translation)", """
[Machine translation] Chest CT enhanced + thoracentesis record
CT: double lung multiple [[nodules|PULMONARY_NODULE]], biggest right lower lobe 2.4cm, compare 2025-07 increased, [[metastasis|METASTASIS]] [[progress|TUMOR_RESPONSE]]. Right [[pleural effusion|PLEURAL_EFFUSION]] large amount, right pleura several nodular thickening.
Thoracentesis 2025-10-16: bloody fluid 800ml drained. [[Cytology: small round tumor cells seen, CD99 positive|MALIGNANT_EFFUSION]].
Conclusion: [[malignant pleural effusion|MALIGNANT_EFFUSION]].
"""),
    N("2025-11-10", "Infectious disease consultation (machine translation)", """
[Machine translation] Infection department consultation
[[HIV infection|HIV]] diagnosed 2020; [[antiretroviral therapy|HIV]] with [[Biktarvy|HIV]] (bictegravir/emtricitabine/tenofovir alafenamide) one tablet daily; [[HIV-RNA|HIV]] below 20 copies/ml, CD4 412/ul.
2015-09 [[allogeneic hematopoietic stem cell transplantation|TRANSPLANT|h]] (sister donor, HLA identical) for severe aplastic anemia; [[cyclosporine|IMMUNOSUPPRESSANT|h]] stopped 2017; no GVHD now.
Vaccination: none in recent months. Suggest [[inactivated influenza vaccine|NONLIVE_VACCINE|p]] when blood count allows.
Opinion: [[HIV|HIV]] controlled; it does not stop anti-tumor treatment from the infection side.
"""),
    N("2025-11-20", "Prior therapy summary by cycle and concomitant medication log (machine translation)", """
[Machine translation] Prior anti-tumor treatment (by cycle) and concomitant medicine
  2023-07 to 2024-02 [[VDC/IE|SYSTEMIC_THERAPY|h]] alternating, 14 cycles; left tibia tumor resection 2023-11.
  2024-05 to 2024-08 [[GD|GEMCITABINE|h]] ([[gemcitabine|GEMCITABINE|h]] 900mg/m2 d1,d8 + [[docetaxel|SYSTEMIC_THERAPY|h]] 75mg/m2 d8) 4 cycles, [[PD|TUMOR_RESPONSE|h]].
  2024-09 to 2025-04 [[sintilimab|CHECKPOINT_INHIBITOR|h]] ([[达伯舒|CHECKPOINT_INHIBITOR|h]]) 200mg q3w + [[anlotinib|SYSTEMIC_THERAPY|h]]: 2024-11 [[SD|TUMOR_RESPONSE|h]], 2025-01 [[SD|TUMOR_RESPONSE|h]], 2025-03 [[SD|TUMOR_RESPONSE|h]] (so [[SD|TUMOR_RESPONSE|h]] lasted about 6 months), 2025-04 [[PD|TUMOR_RESPONSE|h]].
  2025-05 to ? joined a [[clinical trial|INVESTIGATIONAL]] in another hospital (Guangzhou); drug name and last dose date are not in our records. Patient only says "oral capsule, stopped some time ago".
Concomitant medicine:
  [[Thymalfasin|IMMUNOMODULATOR]] ([[Zadaxin|IMMUNOMODULATOR]]) 1.6mg subcutaneous twice weekly / 2024-09 / continuing
  [[Biktarvy|HIV]] 1 tablet daily / 2020-08 / continuing
  Oxycodone 10mg q12h / 2025-09 / continuing
Toxicity: patient complains [[hearing decrease|TOXICITY]] since [[chemotherapy|SYSTEMIC_THERAPY|h]]; pure tone audiometry booked, not yet done; grade not known.
"""),
    N("2025-11-25", "PROMIS pre-screen note", """
PROMIS pre-screen. The referral summary has no date of birth and no age; ID copy requested.
Histology: amended report 2023-06-20 - Ewing sarcoma, not osteosarcoma - screen fail.
Also: malignant pleural effusion; prior GD; sintilimab with SD about 6 months then PD; thymalfasin ongoing; allogeneic HSCT 2015; HIV on ART. Outside trial dates unknown; audiometry pending.
""", ann=False),
], checks=[])


# --------------------------------------------------------------------------------------
# Build, check and write.
# --------------------------------------------------------------------------------------
def d(s):
    return date.fromisoformat(s)


def minus_years(day, n):
    try:
        return day.replace(year=day.year - n)
    except ValueError:  # 29 February
        return day.replace(year=day.year - n, day=28)


def whole_years(a, b):
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def status_of(criteria):
    if any(criteria[c] == "not_met" for c in INCLUSIONS) or \
            any(criteria[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(criteria[c] == "met" for c in INCLUSIONS) and \
            all(criteria[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def check_window(p, crit, event, unit, n, inside_expected, decides=True):
    """decides=False: the event is outside/inside as asserted but another fact decides."""
    as_of = d(p["as_of"])
    ev = d(event)
    assert ev <= as_of, (p["pid"], crit, event)
    if unit == "win":
        days = (as_of - ev).days
        inside = days <= n
        desc = f"{days} days (window {n})"
    else:
        cutoff = minus_years(as_of, n)
        inside = ev >= cutoff
        desc = f"event {ev} vs cutoff {cutoff} ({n} years)"
    assert inside == inside_expected, (p["pid"], crit, desc)
    v = p["criteria"][crit]
    if not decides:
        return desc
    if inside:
        assert v in ("met", "unknown"), (p["pid"], crit, v, desc)
    else:
        assert v == "not_met", (p["pid"], crit, v, desc)
    return desc


def check_age(p, age):
    v = p["criteria"]["age_eligible"]
    assert v == ("met" if 10 <= age <= 65 else "not_met"), (p["pid"], age, v)


def main():
    root = Path(__file__).resolve().parents[1]
    out_dir = root / "parts" / "q"
    out_dir.mkdir(parents=True, exist_ok=True)
    notes_out, patients_out = [], []
    n_ann = n_spans = 0
    pids = [p["pid"] for p in PATIENTS]
    assert pids == [f"PQ{i:02d}" for i in range(1, 25)], pids
    for p in PATIENTS:
        pid, as_of = p["pid"], d(p["as_of"])
        assert date(2025, 1, 1) <= as_of <= date(2026, 12, 31), pid
        assert 4 <= len(p["notes"]) <= 7, (pid, len(p["notes"]))
        assert set(p["criteria"]) == set(CRITERIA) and len(CRITERIA) == 22
        notes = sorted(p["notes"], key=lambda x: x["date"])
        for i, note in enumerate(notes, 1):
            nd = d(note["date"])
            assert nd < as_of, (pid, note["date"], p["as_of"])
            if note["ann"]:
                text, spans = parse(note["text"])
                assert spans, (pid, i, "annotated note without spans")
            else:
                assert not MARK.search(note["text"]), (pid, i)
                text, spans = note["text"], []
            # no stray markup
            for bad in ("[[", "]]", "|"):
                assert bad not in text, (pid, i, bad)
            for sp in spans:
                s0, e0 = sp["start"], sp["end"]
                assert 0 <= s0 < e0 <= len(text), (pid, i, sp)
                assert s0 == 0 or not text[s0 - 1].isalnum(), (pid, i, text[s0 - 5:e0 + 5])
                assert e0 == len(text) or not text[e0].isalnum(), (pid, i, text[s0 - 5:e0 + 5])
            for a, b in zip(spans, spans[1:]):
                assert a["end"] <= b["start"], (pid, i, "overlap")
            n_ann += bool(spans)
            n_spans += len(spans)
            notes_out.append({
                "patient_id": pid, "note_id": f"{pid}-N{i}", "note_date": note["date"],
                "note_type": note["type"], "text": text, "spans": spans,
            })
        for chk in p["checks"]:
            kind = chk[0]
            if kind in ("win", "yrs"):
                check_window(p, *chk[1:2], chk[2], kind, *chk[3:])
            elif kind == "dob":
                age = whole_years(d(chk[1]), as_of)
                assert age == chk[2], (pid, "dob", age, chk)
                check_age(p, age)
            elif kind == "stated":
                age = chk[1] + whole_years(d(chk[2]), as_of)
                assert age == chk[3], (pid, "stated", age, chk)
                check_age(p, age)
            else:
                raise AssertionError(chk)
        status = status_of(p["criteria"])
        assert status == p.get("status", status)
        patients_out.append({"patient_id": pid, "as_of": p["as_of"], "status": status,
                             "criteria": p["criteria"]})
    # verdict mix per criterion
    for c in CRITERIA:
        vals = [q["criteria"][c] for q in patients_out]
        assert vals.count("met") >= 3 and vals.count("not_met") >= 3 and \
            vals.count("unknown") >= 2, (c, vals.count("met"), vals.count("not_met"),
                                          vals.count("unknown"))
    mix = {s: sum(q["status"] == s for q in patients_out)
           for s in ("eligible", "excluded", "needs_review")}
    assert all(v >= 7 for v in mix.values()), mix
    assert n_ann >= 0.7 * len(notes_out), (n_ann, len(notes_out))
    ids = [n["note_id"] for n in notes_out]
    assert len(ids) == len(set(ids))
    with open(out_dir / "notes.jsonl", "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(out_dir / "patients.jsonl", "w", encoding="utf-8") as fh:
        for q in patients_out:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"part Q: {len(patients_out)} patients, {len(notes_out)} notes, "
          f"{n_ann} span-annotated, {n_spans} spans; status mix {mix}")


if __name__ == "__main__":
    main()
