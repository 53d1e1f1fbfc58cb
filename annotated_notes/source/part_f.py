#!/usr/bin/env python3
"""Gold corpus part F (independent author) for the PROMIS osteosarcoma screener.

Style: international / dictated charts - letters translated from European hospitals
(German, French, Italian, Spanish, Dutch, Polish), translated Chinese admission /
discharge records, tumour-board minutes that later boards reverse, flattened dictations,
terse shorthand and CT reports.

Run from /work/main:  python3 annotated_notes/source/part_f.py
Writes annotated_notes/parts/f/notes.jsonl and annotated_notes/parts/f/patients.jsonl.

Inline markup in note texts: {{phrase|LABEL}} or {{phrase|LABEL|flags}} where flags is a
string of letters: n = negated, u = uncertain, h = historical, p = hypothetical, f = family.
Notes with ann=False are written with "spans": [] (they count for patient verdicts only)
and carry no markup.
"""
import json
import os
import re
import sys
import textwrap
from collections import Counter, OrderedDict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))          # /work/main
OUT_DIR = os.path.join(ROOT, "annotated_notes", "parts", "f")
CONCEPTS = os.path.join(ROOT, "patterns", "concepts.json")

INCLUSIONS = OrderedDict([
    ("HIST", "osteosarcoma_histology"),
    ("PMET", "pulmonary_metastases"),
    ("RES", "resectable_nodules"),
    ("PRIOR", "prior_systemic_therapy"),
    ("AGE", "age_eligible"),
    ("PS", "performance_status"),
    ("PFT", "pulmonary_function_adequate"),
])
EXCLUSIONS = OrderedDict([
    ("LR", "active_local_recurrence"),
    ("MPE", "malignant_pleural_effusion"),
    ("GEM", "prior_gemcitabine"),
    ("OM5", "other_malignancy_5y"),
    ("INV", "investigational_agent_4w"),
    ("CPI", "prior_checkpoint_inhibitor"),
    ("IMM", "immunomodulator_2w"),
    ("AI", "autoimmune_systemic_2y"),
    ("STER", "systemic_steroids_7d"),
    ("ALLO", "allogeneic_transplant"),
    ("MAB", "mab_allergy"),
    ("TOX", "unresolved_toxicity"),
    ("HIV", "hiv"),
    ("LV", "live_vaccine_30d"),
    ("PREG", "pregnant_or_lactating"),
])
VALUE = {"met": "met", "nm": "not_met", "unk": "unknown"}
FLAGS = {"n": "negated", "u": "uncertain", "h": "historical", "p": "hypothetical", "f": "family"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([nuhpf]+))?\}\}")

PATIENTS = []


def N(day, note_type, text, ann=True, flat=False):
    """One note. flat=True joins all lines into one paragraph (export lost the breaks)."""
    text = textwrap.dedent(text).strip("\n")
    if flat:
        text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return {"date": day, "type": note_type, "marked": text, "ann": ann}


def P(pid, as_of, status, verdicts, notes):
    PATIENTS.append({"pid": pid, "as_of": as_of, "status": status,
                     "verdicts": verdicts, "notes": notes})


def parse_markup(marked):
    pieces, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        pieces.append(marked[pos:m.start()])
        n += m.start() - pos
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        span = {"start": n, "end": n + len(phrase), "label": label}
        for k, v in FLAGS.items():
            span[v] = k in flags
        spans.append((span, phrase))
        pieces.append(phrase)
        n += len(phrase)
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    assert "{{" not in text and "}}" not in text, ("unparsed markup", text[:200])
    for span, phrase in spans:
        assert text[span["start"]:span["end"]] == phrase, (span, phrase)
    return text, [s for s, _ in spans]


def expand_verdicts(spec):
    crit = OrderedDict()
    for code, cid in INCLUSIONS.items():
        crit[cid] = "met"
    for code, cid in EXCLUSIONS.items():
        crit[cid] = "not_met"
    for item in spec.split():
        code, val = item.split("=")
        cid = INCLUSIONS.get(code) or EXCLUSIONS.get(code)
        assert cid, ("unknown criterion code", code)
        crit[cid] = VALUE[val]
    return crit


def derive_status(crit):
    inc = [crit[c] for c in INCLUSIONS.values()]
    exc = [crit[c] for c in EXCLUSIONS.values()]
    if "not_met" in inc or "met" in exc:
        return "excluded"
    if all(v == "met" for v in inc) and all(v == "not_met" for v in exc):
        return "eligible"
    return "needs_review"


# ---------------------------------------------------------------------------
# PF01 - German letters, 17-year-old (DOB), three peripheral lung metastases.
# Eligible. Mother's breast cancer = family; budesonide inhaled; mRNA vaccine.
# ---------------------------------------------------------------------------
P("PF01", "2026-03-16", "eligible", "", [
    N("2025-05-28", "discharge letter", """
        Dear colleague,

        we report on our joint patient Jonas K., {{born 14.07.2008|DOB}}, who was treated as an inpatient from 24.05.2025 to 28.05.2025.

        Diagnoses:
        1. High-grade conventional {{osteosarcoma|OSTEOSARCOMA}} of the distal left femur, osteoblastic subtype (biopsy 02.09.2024), at diagnosis without {{metastases|METASTASIS|n}}
           - St. p. neoadjuvant {{chemotherapy|SYSTEMIC_THERAPY|h}} according to {{MAP|SYSTEMIC_THERAPY|h}} (09/2024 - 12/2024)
           - St. p. wide resection and modular tumour endoprosthesis on 16.12.2024 (R0, Salzer-Kuntschik regression grade III)
           - adjuvant {{MAP|SYSTEMIC_THERAPY}} since 01/2025, final course during this admission
        2. {{High-frequency hearing loss|TOXICITY}} CTCAE grade 1 after {{cisplatin|SYSTEMIC_THERAPY|h}}
        3. Intermittent bronchial asthma

        Course:
        The final {{high-dose methotrexate|SYSTEMIC_THERAPY}} course (12 g/m2) was given on 24.05.2025 and was well tolerated under hyperhydration, urine alkalinisation and folinic acid rescue; plasma levels were below 0.2 umol/l at hour 72. A {{mucositis|TOXICITY}} grade 1 had resolved by the day of discharge. With this course the planned treatment is completed.

        Before discharge a CT scan of the chest was performed: no {{pulmonary nodules|PULMONARY_NODULE|n}}, no {{pleural effusion|PLEURAL_EFFUSION|n}}.

        Medication on discharge: salbutamol inhaler as needed; {{budesonide inhaler|LOCAL_STEROID}} 200 ug twice daily.

        Procedure: clinical and radiological follow-up every three months in our outpatient clinic (next CT chest 08/2025).

        With kind regards
        Dr. med. A. Hartmann, Senior Physician, Paediatric Oncology, Klinikum Nordstadt
        """),
    N("2026-01-19", "radiology report", """
        CT THORAX WITH CONTRAST - 19.01.2026
        Clinical information: {{17 J.|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} of the left femur, St. p. {{MAP|SYSTEMIC_THERAPY|h}} (completed 05/2025). Routine follow-up.
        Comparison: CT of 14.10.2025.
        Findings: Three new solid {{nodules|PULMONARY_NODULE}}: right upper lobe segment 2, 9 mm (series 3, image 84); right lower lobe segment 6, 6 mm; left lower lobe segment 9, subpleural, 7 mm. All three lie in the lung periphery, more than 3 cm from the hilum. No mediastinal or hilar lymphadenopathy. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Thoracic skeleton unremarkable.
        IMPRESSION:
        1. Three new {{pulmonary nodules|PULMONARY_NODULE}} in both lungs, in this clinical context compatible with {{pulmonary metastases|LUNG_METASTASIS}} of the known {{osteosarcoma|OSTEOSARCOMA}}.
        2. No {{pleural effusion|PLEURAL_EFFUSION|n}}, no lymphadenopathy.
        Dr. S. Nowak, Radiology
        """),
    N("2026-02-04", "tumour board minutes", """
        Interdisciplinary Bone Tumour Board - minutes of 04.02.2026
        Patient: K., Jonas, {{17 J.|AGE}}
        Diagnosis: {{osteosarcoma|OSTEOSARCOMA}} of the distal left femur (09/2024), St. p. {{MAP|SYSTEMIC_THERAPY|h}} and wide resection; now three {{Lungenmetastasen|LUNG_METASTASIS}} (CT 19.01.2026: RUL 9 mm, RLL 6 mm, LLL 7 mm), relapse-free interval 8 months after the end of {{chemotherapy|SYSTEMIC_THERAPY|h}}.
        Question: local therapy of the {{pulmonary metastases|LUNG_METASTASIS}}?
        Discussion: Thoracic surgery (Dr. Brandt): all three {{nodules|PULMONARY_NODULE}} are peripheral and {{completely resectable|RESECTABLE}} by staged bilateral {{wedge resection|LUNG_RESECTION}}, right side first. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        Recommendation:
        1. {{Pulmonary function tests|PULMONARY_FUNCTION}} before surgery.
        2. Offer screening for the {{PROMIS trial|INVESTIGATIONAL|p}} (SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|p}} and {{gemcitabine|GEMCITABINE|p}}, followed by complete {{metastasectomy|LUNG_RESECTION|p}}); if not eligible, primary {{wedge resections|LUNG_RESECTION|p}}.
        Present: Hartmann (paediatric oncology), Brandt (thoracic surgery), Nowak (radiology), Vogel (radiotherapy), Lenz (pathology).
        """),
    N("2026-02-23", "pulmonology consult", """
        Pulmonology outpatient clinic - 23.02.2026
        Referral: {{pulmonary function|PULMONARY_FUNCTION}} before planned bilateral {{wedge resection|LUNG_RESECTION|p}} ({{Lungenmetastasen|LUNG_METASTASIS}} of an {{osteosarcoma|OSTEOSARCOMA}}).
        History: intermittent asthma since childhood, {{budesonide|LOCAL_STEROID}} inhaler 200 ug twice daily, salbutamol rarely. No courses of {{oral steroids|SYSTEMIC_STEROID|n}} in the last two years. Never smoked.
        Findings: {{Spirometry|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 4.1 l (98 % pred.), FVC 4.9 l (101 %), ratio 84 %. {{DLCO|PULMONARY_FUNCTION}} 91 % pred. SpO2 at rest 98 %.
        Assessment: {{normal lung function|PULMONARY_FUNCTION}} without obstruction. {{Pulmonary reserve adequate|PULMONARY_FUNCTION}}; the patient is {{cleared for thoracic surgery|PULMONARY_FUNCTION}}, including staged bilateral procedures.
        Dr. M. Roth
        """),
    N("2026-03-12", "screening visit", """
        PROMIS screening visit - 12.03.2026 (Dr. Hartmann)
        Jonas, {{aged 17|AGE}} ({{born 14.07.2008|DOB}}). {{Osteosarcoma|OSTEOSARCOMA}} left distal femur, St. p. {{MAP|SYSTEMIC_THERAPY|h}}; three {{pulmonary metastases|LUNG_METASTASIS}}, judged {{resectable|RESECTABLE}} by the tumour board of 04.02.2026; {{PFTs|PULMONARY_FUNCTION}} normal (23.02.2026).
        Performance: {{ECOG-PS 1|ECOG}} (walks without aids, slight limp, attends school full time).
        Toxicities: {{hearing loss|TOXICITY}} grade 1 at high frequencies, unchanged on audiogram 01/2026; no {{neuropathy|TOXICITY|n}}.
        Infections / vaccinations: {{HIV-1/2 antibody|HIV|n}}/p24 test non-reactive (10.03.2026). Last vaccination: {{COVID-19 mRNA booster|NONLIVE_VACCINE}} 10/2025.
        Medication: salbutamol as needed, {{budesonide inhaler|LOCAL_STEROID}}. No other regular medication; never received a {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|n}} or {{gemcitabine|GEMCITABINE|n}}.
        Family history: mother {{breast cancer|OTHER_MALIGNANCY|f}} 2022, in remission; father healthy.
        Plan: inclusion criteria fulfilled as far as the records show; SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|p}} and {{gemcitabine|GEMCITABINE|p}} d1/d8 after the central eligibility check.
        """),
])

# ---------------------------------------------------------------------------
# PF02 - German letters, DOB 03.05.1960 -> 66 on as_of (earlier letters say 65 J.).
# Excluded: age, PFT insufficient (nodules themselves resectable), gem/doc, pembrolizumab
# PR ~5 months then PD (secondary resistance), pneumonitis G2 on prednisolone taper,
# phase I drug last dose exactly 28 days before as_of, HIV on ART. Shingrix = not live.
# ---------------------------------------------------------------------------
P("PF02", "2026-05-20", "excluded",
  "AGE=nm PFT=nm GEM=met CPI=met TOX=met STER=met INV=met HIV=met", [
    N("2025-06-12", "outpatient letter", """
        Dear colleague,

        we report on Mr. Dieter W., {{65 J.|AGE}}, who presented in our bone tumour outpatient clinic on 12.06.2025.

        Diagnoses:
        - High-grade {{osteosarcoma|OSTEOSARCOMA}} of the right ilium (biopsy 18.04.2023)
          - St. p. neoadjuvant {{doxorubicin|SYSTEMIC_THERAPY|h}}/{{cisplatin|SYSTEMIC_THERAPY|h}} x 3 and internal hemipelvectomy 08/2023, R0
          - St. p. adjuvant {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|h}} x 3 until 12/2023
          - {{pulmonary metastases|LUNG_METASTASIS}} since 05/2024: St. p. {{thoracotomy with wedge resection|LUNG_RESECTION|h}} right 07/2024 and left 10/2024
          - new bilateral {{pulmonary nodules|PULMONARY_NODULE}} 01/2025: St. p. {{gemcitabine/docetaxel|GEMCITABINE|h}} x 4 (02/2025 - 05/2025), {{PD|TUMOR_RESPONSE}} per RECIST 1.1 on 28.05.2025
        - {{HIV infection|HIV}}, known since 2004, under {{antiretroviral therapy|HIV}} ({{Biktarvy|HIV}}), viral load below detection
        - Arterial hypertension

        Current situation: after two {{thoracotomies|LUNG_RESECTION|h}} and four cycles of {{gem/doc|GEMCITABINE|h}} the CT of 28.05.2025 shows {{progression|TUMOR_RESPONSE}} with four {{nodules|PULMONARY_NODULE}} up to 14 mm. After discussion in the tumour board, treatment with {{pembrolizumab|CHECKPOINT_INHIBITOR}} 200 mg q3w is started today as an individual off-label treatment attempt; cost coverage was granted by the health insurer.
        {{Karnofsky-Index 80 %|KARNOFSKY}}.
        Medication: {{Biktarvy|HIV}} 1-0-0, amlodipine 5 mg 1-0-0.
        Restaging CT after four cycles.

        Kind regards, Dr. F. Albrecht, Medical Oncology
        """),
    N("2025-12-09", "outpatient letter", """
        Dear colleague,

        restaging of Mr. W. ({{65 J.|AGE}}) under {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 12.06.2025 (cycle 9 on 17.11.2025).
        CT chest 01.12.2025: continuing {{partial response|TUMOR_RESPONSE}} ({{PR|TUMOR_RESPONSE}} per RECIST 1.1, first documented on 02.09.2025; sum of diameters 38 -> 17 mm).
        New since mid-November: dry cough and exertional dyspnoea; bilateral lower-lobe ground-glass opacities, compatible with immune-related {{pneumonitis|TOXICITY}} CTCAE grade 2. Infection excluded by BAL.
        Procedure: {{pembrolizumab|CHECKPOINT_INHIBITOR}} is paused. Start {{prednisolone|SYSTEMIC_STEROID}} 1 mg/kg p.o. (80 mg) with a slow taper over at least six weeks, cotrimoxazole prophylaxis.
        {{ECOG 1|ECOG}}. {{HIV|HIV}} viral load < 20 copies/ml under {{Biktarvy|HIV}}.

        Kind regards, Dr. F. Albrecht
        """),
    N("2026-02-10", "outpatient letter", """
        Dear colleague,

        Diagnoses: {{osteosarcoma|OSTEOSARCOMA}} of the right ilium with {{pulmonary metastases|LUNG_METASTASIS}}; St. p. {{gemcitabine/docetaxel|GEMCITABINE|h}} 02-05/2025; St. p. {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} 06/2025 - 11/2025 (best response {{PR|TUMOR_RESPONSE}}); immune-related {{pneumonitis|TOXICITY}} 11/2025.

        Current findings: CT chest 02.02.2026 shows {{progressive disease|TUMOR_RESPONSE}} per RECIST 1.1 - two of the known {{nodules|PULMONARY_NODULE}} are regrowing (RLL 16 mm, LUL 11 mm) and there is one new 6 mm {{nodule|PULMONARY_NODULE}} in the middle lobe. This is a secondary {{progression|TUMOR_RESPONSE}} after a {{partial response|TUMOR_RESPONSE}} of about five months. {{Pembrolizumab|CHECKPOINT_INHIBITOR|h}} is permanently discontinued.
        {{Pneumonitis|TOXICITY}}: clinically improved but still CTCAE grade 2 (dyspnoea on moderate exertion, residual ground glass); {{prednisolone|SYSTEMIC_STEROID}} currently 15 mg/day, taper by 2.5 mg every two weeks.
        Next step: Mr. W. has been included in a first-in-human phase I {{clinical trial|INVESTIGATIONAL}} at our early-phase unit (oral {{investigational agent XR-4417|INVESTIGATIONAL|p}}); first dose planned for 16.02.2026.

        Kind regards, Dr. F. Albrecht
        """),
    N("2026-03-20", "medical report for the health insurer", """
        Medical report for the health insurance medical service - 20.03.2026
        Re: Mr. Dieter W., DOB 03.05.1960, insured no. withheld. Request: continued cost coverage for SBRT of pulmonary metastases and for supportive care.

        Dear colleagues,

        at your request we summarise the course of our patient. Mr. W. presented in April 2023 with pain in the right groin. Imaging showed a destructive tumour of the right ilium; the CT-guided biopsy on 18.04.2023 confirmed a high-grade osteosarcoma. Because of his age a methotrexate-free regimen was chosen: three cycles of doxorubicin and cisplatin, internal hemipelvectomy in August 2023 with R0 resection and only moderate regression, followed by three further cycles until December 2023. Cisplatin was tolerated apart from tinnitus grade 1, which is unchanged.

        In May 2024 pulmonary metastases were found. He underwent a right thoracotomy with two wedge resections in July 2024 and a left thoracotomy with one wedge resection in October 2024; all specimens showed metastases of the known osteosarcoma with clear margins. In January 2025 new bilateral nodules appeared. Gemcitabine and docetaxel were given from February to May 2025 (four cycles); the restaging on 28.05.2025 showed progressive disease. A grade 1 sensory neuropathy of the fingertips after docetaxel has persisted without functional limitation.

        From 12.06.2025 pembrolizumab was given as an individual treatment attempt. A partial response was documented on 02.09.2025 and confirmed on 01.12.2025. In November 2025 an immune-related pneumonitis grade 2 occurred; pembrolizumab was paused and prednisolone 80 mg daily was started with a slow taper. The CT of 02.02.2026 showed secondary progression, and pembrolizumab was permanently discontinued. Since 16.02.2026 Mr. W. has received the oral investigational drug XR-4417 in a first-in-human phase I study of our early-phase unit; he is currently in cycle 2.

        Current status: ECOG 1. Dyspnoea on climbing two flights of stairs; the pneumonitis is still graded 2 by pulmonology, prednisolone currently 10 mg daily with further tapering planned. HIV infection known since 2004, well controlled under Biktarvy (CD4 540/ul, viral load below detection). Arterial hypertension under amlodipine. No autoimmune disease, no transplant, no other malignancy. Shingrix second dose given in March 2026.

        Assessment: a further metastasectomy is being evaluated by thoracic surgery; given two previous thoracotomies and the pneumonitis, pulmonary function is expected to be limiting, and stereotactic radiotherapy is the likely alternative. We ask you to confirm cost coverage for SBRT should surgery be ruled out.

        Yours sincerely,
        Dr. F. Albrecht, Senior Physician, Medical Oncology
        """, ann=False),
    N("2026-05-05", "thoracic surgery consult", """
        Thoracic surgery consultation - 05.05.2026
        Question from oncology: is a third {{metastasectomy|LUNG_RESECTION|p}} possible?
        Findings: three {{nodules|PULMONARY_NODULE}} (RLL 18 mm, LUL 12 mm, middle lobe 7 mm), all peripheral. Technically each would be {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|p}}; no {{pneumonectomy|PNEUMONECTOMY|n}} would be required.
        {{Lung function|PULMONARY_FUNCTION}} 04.05.2026: {{FEV1|PULMONARY_FUNCTION}} 1.6 l (52 % pred.), {{DLCO|PULMONARY_FUNCTION}} 38 % pred., predicted postoperative {{DLCO|PULMONARY_FUNCTION}} below 30 %; VO2max 11 ml/kg/min. Status after two {{thoracotomies|LUNG_RESECTION|h}} and the immune {{pneumonitis|TOXICITY}}.
        Assessment: {{pulmonary reserve insufficient|PULMONARY_FUNCTION}}; Mr. W. is not a candidate for further thoracic surgery because of his {{lung function|PULMONARY_FUNCTION}}. Recommend a non-surgical local treatment (SBRT).
        Dr. U. Kessler, Thoracic Surgery
        """),
    N("2026-05-19", "pre-screening note", """
        PROMIS pre-screening, 19.05.2026. Mr. Dieter W., DOB 03.05.1960 (66 years since two weeks).
        Osteosarcoma of the right ilium, three pulmonary metastases, all peripheral; thoracic surgery 05.05.2026: technically resectable, but pulmonary reserve insufficient (FEV1 52 %, DLCO 38 %).
        Prior therapy: doxorubicin/cisplatin 2023; gemcitabine/docetaxel 02-05/2025; pembrolizumab 06/2025-11/2025 (PR from 09/2025, PD 02/2026).
        Phase I study XR-4417: C1D1 16.02.2026, last dose 22.04.2026, off study since 29.04.2026 because of progression.
        Current medication: prednisolone 7.5 mg/day (taper for pneumonitis, still grade 2 at the last pulmonology visit), Biktarvy, amlodipine, cotrimoxazole.
        HIV known since 2004, viral load undetectable. Vaccinations: Shingrix 2nd dose 03/2026. ECOG 1.
        Assessment: does not fulfil the criteria (age, lung function, prior gemcitabine, steroids, pneumonitis, HIV, recent phase I drug, prior PD-1 with secondary progression).
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF03 - Chinese records, 16-year-old. Only a Lansky score (needs ECOG at 16),
# second-line regimen not stated (gemcitabine?), camrelizumab response not documented,
# unnamed Chinese patent medicine, denosumab reaction of unknown grade. Needs review.
# ---------------------------------------------------------------------------
P("PF03", "2025-09-12", "needs_review", "PS=unk GEM=unk CPI=unk IMM=unk MAB=unk", [
    N("2025-05-20", "admission record", """
        ADMISSION RECORD (入院记录) - Department of Bone Oncology
        Name: 陈某 (Chen)   Sex: male   Age: {{16岁|AGE}}   Admitted: 2025年5月20日
        Chief complaint: lung {{nodules|PULMONARY_NODULE}} found two weeks ago, 12 months after surgery for {{osteosarcoma|OSTEOSARCOMA}} of the right tibia.
        History of present illness: In March 2024 the patient developed pain of the right proximal tibia; biopsy on 2024-3-18 showed conventional {{骨肉瘤|OSTEOSARCOMA}} ({{osteosarcoma|OSTEOSARCOMA}}). He received two cycles of neoadjuvant {{MAP|SYSTEMIC_THERAPY|h}} ({{大剂量甲氨蝶呤|SYSTEMIC_THERAPY|h}} high-dose {{methotrexate|SYSTEMIC_THERAPY|h}}, {{多柔比星|SYSTEMIC_THERAPY|h}} {{doxorubicin|SYSTEMIC_THERAPY|h}}, {{顺铂|SYSTEMIC_THERAPY|h}} {{cisplatin|SYSTEMIC_THERAPY|h}}), wide resection with prosthetic replacement on 2024-5-30 and four further cycles of {{MAP|SYSTEMIC_THERAPY|h}} until 2024-10. In January 2025 an outside CT showed new {{nodules|PULMONARY_NODULE}} in the right lung; from 2025-1 to 2025-4 he received four cycles of second-line {{chemotherapy|SYSTEMIC_THERAPY|h}} at that hospital (the regimen is not named in the outside summary), together with {{卡瑞利珠单抗|CHECKPOINT_INHIBITOR|h}} ({{camrelizumab|CHECKPOINT_INHIBITOR|h}}, {{AiRuiKa|CHECKPOINT_INHIBITOR|h}}) 200 mg q2w and {{阿帕替尼|SYSTEMIC_THERAPY|h}} ({{apatinib|SYSTEMIC_THERAPY|h}}). The documents brought by the family do not say how the disease behaved under this treatment.
        Past history: no hepatitis or tuberculosis. Drug reactions: {{地舒单抗|MONOCLONAL_ANTIBODY|h}} ({{denosumab|MONOCLONAL_ANTIBODY|h}}), given once in 2024 at the outside hospital, caused an {{allergic reaction|ALLERGIC_REACTION|h}} (rash and chest tightness); severity grade not recorded.
        Physical examination: T 36.6 C, P 84, BP 112/70. Healed scar over the right knee, flexion 0-95 degrees. {{Lansky评分 80分|LANSKY}} ({{Lansky play-performance score 80|LANSKY}}).
        Preliminary diagnosis: 1. {{osteosarcoma|OSTEOSARCOMA}} of the right tibia, post-operative; 2. {{pulmonary nodules|PULMONARY_NODULE}}, {{metastasis|METASTASIS|u}} to be confirmed.
        """),
    N("2025-05-28", "radiology report", """
        CT CHEST (胸部CT平扫+增强), 2025-5-28
        Findings: multiple solid {{nodules|PULMONARY_NODULE}} in both lungs: right upper lobe 11 mm, right lower lobe 8 mm and 5 mm, left lower lobe 7 mm, all subpleural or peripheral, some with calcification. Hilar and mediastinal nodes not enlarged. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        Impression: {{multiple bilateral pulmonary metastases|LUNG_METASTASIS}} ({{双肺多发转移|LUNG_METASTASIS}}), consistent with the known {{osteosarcoma|OSTEOSARCOMA}}; compared with the outside CT of 2025-1-10 the {{nodules|PULMONARY_NODULE}} are larger and more numerous.
        """),
    N("2025-06-03", "discharge record", """
        DISCHARGE RECORD (出院记录)
        陈某, male, {{16岁|AGE}}. Admitted 2025-5-20, discharged 2025-6-3.
        Discharge diagnoses: 1. {{骨肉瘤|OSTEOSARCOMA}}术后 ({{osteosarcoma|OSTEOSARCOMA}} of the right tibia, post-operative); 2. {{bilateral pulmonary metastases|LUNG_METASTASIS}}.
        Course: CT chest confirmed {{multiple pulmonary metastases|LUNG_METASTASIS}}. Blood count, liver and renal function normal. {{HIV antibody|HIV|n}} negative, HBsAg negative, syphilis antibody negative. Echocardiography EF 64 %. Thoracic surgery opinion to be obtained in the outpatient clinic. The family asks about studies combining SBRT with {{PD-1 blockade|CHECKPOINT_INHIBITOR|p}}.
        Discharge medication: {{中成药 (Chinese patent medicine)|IMMUNOMODULATOR|u}}, name not written in the record (the family will bring the box to the next visit), three times daily.
        Follow-up in the outpatient clinic in two weeks.
        """),
    N("2025-08-30", "thoracic surgery consult", """
        THORACIC SURGERY CONSULTATION (胸外科会诊), 2025-8-30
        陈某, male, {{16岁|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} of the right tibia; {{pulmonary metastases|LUNG_METASTASIS}} in both lungs (four {{nodules|PULMONARY_NODULE}}, largest 12 mm on CT 2025-8-25, all peripheral).
        {{肺功能|PULMONARY_FUNCTION}} ({{pulmonary function test|PULMONARY_FUNCTION}}) 2025-8-26: ventilation normal, {{FEV1|PULMONARY_FUNCTION}} 95 % predicted, diffusion normal.
        Opinion: the {{nodules|PULMONARY_NODULE}} can be removed by staged bilateral {{VATS wedge resection|LUNG_RESECTION|p}}; {{lung function adequate for surgery|PULMONARY_FUNCTION}}. The family would first like an assessment for PROMIS (pre-operative SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|p}}).
        Performance recorded by the paediatric oncology team: {{Lansky 80|LANSKY}}.
        """),
    N("2025-09-10", "pre-screening note", """
        PROMIS pre-screen 2025-9-10 (coordinator note). 16-year-old male, osteosarcoma of the right tibia, four peripheral lung metastases, wedge resection feasible per thoracic surgery, PFT normal. Prior MAP (2024).
        Second-line chemotherapy 2025-1 to 2025-4 at the outside hospital - regimen unknown, records requested (was gemcitabine part of it?).
        Camrelizumab (卡瑞利珠单抗) with apatinib in the same period - no response evaluation available; best response and date of progression unknown.
        Performance: only a Lansky score (80) documented by paediatrics; an ECOG score is needed because he is 16.
        Allergy to denosumab 2024, severity not documented. Discharge medication included an unnamed Chinese patent medicine - name and indication to be checked.
        HIV antibody negative. No steroids, no vaccinations in recent months. No transplant.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF04 - Chinese records, 15-year-old girl (DOB 2010-11-02), Lansky 80.
# Camrelizumab: discharge record said PR, addendum corrects to PD at first assessment
# (primary resistance -> not_met). Thymalfasin last 15 days before as_of -> not_met.
# Eligible.
# ---------------------------------------------------------------------------
P("PF04", "2026-04-10", "eligible", "", [
    N("2025-08-18", "discharge record", """
        DISCHARGE RECORD (出院记录) - Department of Paediatric Bone Oncology
        王某 (Wang), female, {{14岁|AGE}}, {{出生日期 2010-11-02|DOB}}. Admitted 2025-8-12, discharged 2025-8-18.
        Diagnoses: 1. {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur (osteoblastic), post-operative; 2. {{pulmonary metastases|LUNG_METASTASIS}}.
        History: biopsy 2024-6-7; neoadjuvant and adjuvant {{MAP|SYSTEMIC_THERAPY|h}} with limb-salvage surgery, completed 2025-1. CT 2025-5: three {{nodules|PULMONARY_NODULE}} in the right lung; {{卡瑞利珠单抗|CHECKPOINT_INHIBITOR}} ({{camrelizumab|CHECKPOINT_INHIBITOR}}) 200 mg q2w plus {{阿帕替尼|SYSTEMIC_THERAPY}} ({{apatinib|SYSTEMIC_THERAPY}}) 250 mg daily since 2025-6-2.
        Course: first assessment per RECIST 1.1 on 2025-8-13: {{PR|TUMOR_RESPONSE}}. {{Hand-foot skin reaction|TOXICITY}} grade 1. {{Lansky 90|LANSKY}}.
        Plan: continue the current regimen; next CT in 8 weeks.
        """),
    N("2025-08-21", "addendum", """
        ADDENDUM / CORRECTION (更正记录) to the discharge record of 2025-8-18
        The assessment of 2025-8-13 was entered incorrectly as {{PR|TUMOR_RESPONSE|n}}. The radiology report of 2025-8-13 describes two new {{nodules|PULMONARY_NODULE}} and growth of the known {{lesions|PULMONARY_NODULE}}: {{progressive disease|TUMOR_RESPONSE}} ({{PD|TUMOR_RESPONSE}}) at the first assessment. {{Camrelizumab|CHECKPOINT_INHIBITOR|h}} and {{apatinib|SYSTEMIC_THERAPY|h}} are therefore stopped (last {{camrelizumab|CHECKPOINT_INHIBITOR|h}} dose 2025-7-28). Next line: high-dose {{ifosfamide|SYSTEMIC_THERAPY|p}}.
        Dr. 周 (attending)
        """),
    N("2025-12-20", "progress note", """
        PROGRESS NOTE (病程记录) 2025-12-20
        王某, {{15岁|AGE}}. Four cycles of high-dose {{ifosfamide|SYSTEMIC_THERAPY}} completed (2025-9-1 to 2025-12-5). CT 2025-12-16: {{partial response|TUMOR_RESPONSE}}; two residual {{nodules|PULMONARY_NODULE}} in the right lower lobe (9 mm, 6 mm), the others no longer visible.
        Toxicity: {{neutropenia|TOXICITY|h}} grade 3 after cycle 2, recovered with G-CSF; mild {{tubulopathy|TOXICITY}} grade 1 (serum phosphate slightly low, oral phosphate).
        At the parents' request {{胸腺法新|IMMUNOMODULATOR}} ({{thymalfasin|IMMUNOMODULATOR}}, {{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg s.c. twice weekly was started to support immune recovery.
        {{Lansky 80|LANSKY}}.
        """),
    N("2026-03-05", "MDT minutes", """
        MULTIDISCIPLINARY TEAM (MDT) DISCUSSION - 2026-3-5
        王某, female, {{15岁|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} of the left femur; St. p. {{MAP|SYSTEMIC_THERAPY|h}}; {{camrelizumab|CHECKPOINT_INHIBITOR|h}} + {{apatinib|SYSTEMIC_THERAPY|h}} 2025-6 to 2025-7 with {{PD|TUMOR_RESPONSE}} at the first assessment; {{ifosfamide|SYSTEMIC_THERAPY|h}} x4 with {{PR|TUMOR_RESPONSE}}.
        Imaging 2026-2-26: the two right lower lobe {{nodules|PULMONARY_NODULE}} unchanged (9 mm, 6 mm), no new {{lesions|PULMONARY_NODULE|n}}; no {{pleural effusion|PLEURAL_EFFUSION|n}}. MRI of the left femur: no {{local recurrence|LOCAL_RECURRENCE|n}}.
        Thoracic surgery (Prof. 李): both {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}} by {{VATS wedge resection|LUNG_RESECTION|p}}.
        Respiratory medicine: {{pulmonary function|PULMONARY_FUNCTION}} 2026-3-2 normal ({{FEV1|PULMONARY_FUNCTION}} 102 % pred., {{DLCO|PULMONARY_FUNCTION}} 88 %), {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
        Conclusion: refer for the {{PROMIS study|INVESTIGATIONAL|p}} (SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|p}} + {{gemcitabine|GEMCITABINE|p}}, then {{metastasectomy|LUNG_RESECTION|p}}); otherwise direct {{wedge resection|LUNG_RESECTION|p}}.
        """),
    N("2026-03-30", "outpatient record", """
        OUTPATIENT RECORD (门诊记录) 2026-3-30
        {{15岁|AGE}} girl with {{osteosarcoma|OSTEOSARCOMA}} and two {{lung metastases|LUNG_METASTASIS}}, referred for PROMIS screening. {{Thymalfasin|IMMUNOMODULATOR|h}} stopped after the injection of 2026-3-26 on our advice (washout before screening). No other medication.
        Menarche at 12, LMP 2026-3-20; {{serum beta-hCG|PREGNANCY_TEST|n}} negative today.
        {{Lansky 80|LANSKY}} - attends school, plays badminton lightly.
        Audiogram 2026-2: no {{hearing loss|TOXICITY|n}}.
        Plan: screening labs; screening visit 2026-4-8.
        """),
    N("2026-04-08", "screening summary", """
        Screening visit 2026-4-8 (PROMIS). DOB 2010-11-02, 15 y. Lansky 80.
        Osteosarcoma (osteoblastic) left femur, biopsy 2024-6-7. Prior: MAP (completed 2025-1); camrelizumab + apatinib 2025-6-2 to 2025-7-28 - PD at the first CT assessment 2025-8-13 (see correction of 2025-8-21); ifosfamide x4 (PR).
        Two RLL nodules, resectable per MDT 2026-3-5; PFT normal. Thymalfasin last injection 2026-3-26. beta-hCG negative 2026-3-30. HIV Ab negative 2026-4-8. No steroids. No transplant. Tubulopathy grade 1 (phosphate supplement).
        Eligible pending central review.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF05 - Chinese records, 23-year-old woman. GD regimen (gemcitabine), camrelizumab
# SD ~6 months then PD (secondary resistance), cytology-positive effusion, oral
# Huachansu current (intrapleural IL-2 is local and would not count), KPS 50,
# unresectable, poor lung function. Dexamethasone once, 8 days before as_of.
# ---------------------------------------------------------------------------
P("PF05", "2025-11-05", "excluded",
  "RES=nm PS=nm PFT=nm MPE=met GEM=met CPI=met IMM=met", [
    N("2025-04-02", "admission record", """
        ADMISSION RECORD (入院记录) - Department of Medical Oncology
        Name: 刘某 (Liu)   Sex: female   Age: {{23岁|AGE}}   Admitted: 2025年4月2日
        Chief complaint: {{lung metastases|LUNG_METASTASIS}} of an {{osteosarcoma|OSTEOSARCOMA}} of the right humerus, {{progressing|TUMOR_RESPONSE}} on second-line {{chemotherapy|SYSTEMIC_THERAPY|h}}.
        History of present illness: biopsy 2023-3-9: chondroblastic {{osteosarcoma|OSTEOSARCOMA}} of the right proximal humerus. {{MAP|SYSTEMIC_THERAPY|h}} and limb-salvage surgery, treatment completed 2023-11. CT 2024-9: multiple bilateral {{pulmonary metastases|LUNG_METASTASIS}}. 2024-10 to 2025-3: six cycles of the {{GD方案|GEMCITABINE|h}} ({{吉西他滨|GEMCITABINE|h}} {{gemcitabine|GEMCITABINE|h}} + {{多西他赛|SYSTEMIC_THERAPY|h}} {{docetaxel|SYSTEMIC_THERAPY|h}}); CT 2025-3-25: {{progressive disease|TUMOR_RESPONSE}}.
        Physical examination: {{KPS 80|KARNOFSKY}}. Breath sounds clear, no dullness.
        Plan: start {{卡瑞利珠单抗|CHECKPOINT_INHIBITOR|p}} ({{camrelizumab|CHECKPOINT_INHIBITOR|p}}) 200 mg q3w; restaging every 8-9 weeks.
        """),
    N("2025-08-15", "radiology report", """
        CT CHEST 2025-8-15 (comparison 2025-6-12 and baseline 2025-4-3)
        Clinical: {{osteosarcoma|OSTEOSARCOMA}} with lung {{mets|METASTASIS}}, on {{camrelizumab|CHECKPOINT_INHIBITOR}} since 2025-4-5.
        Findings: innumerable {{nodules|PULMONARY_NODULE}} in both lungs. Target {{lesions|PULMONARY_NODULE}}: RUL 22 mm (baseline 21), LLL 18 mm (17), middle lobe 15 mm (16); sum 55 mm versus 54 mm at baseline. No new {{lesions|PULMONARY_NODULE|n}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        Impression: {{stable disease|TUMOR_RESPONSE}} ({{SD|TUMOR_RESPONSE}}, RECIST 1.1), second consecutive assessment with {{SD|TUMOR_RESPONSE}} (first on 2025-6-12). Diffuse bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
        """),
    N("2025-10-20", "discharge record", """
        DISCHARGE RECORD (出院记录)
        刘某, female, {{23岁|AGE}}. Admitted 2025-10-13, discharged 2025-10-20.
        Discharge diagnoses: 1. {{osteosarcoma|OSTEOSARCOMA}} of the right humerus with multiple {{pulmonary metastases|LUNG_METASTASIS}}; 2. right {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
        Course: admitted with dyspnoea. CT 2025-10-14: growth of the {{lung metastases|LUNG_METASTASIS}} (sum of target {{lesions|PULMONARY_NODULE}} 55 -> 79 mm) and a new moderate right {{pleural effusion|PLEURAL_EFFUSION}}: {{progressive disease|TUMOR_RESPONSE}} after {{stable disease|TUMOR_RESPONSE}} of about six months on {{camrelizumab|CHECKPOINT_INHIBITOR|h}}, i.e. secondary resistance. {{Camrelizumab|CHECKPOINT_INHIBITOR|h}} stopped (last dose 2025-9-29).
        Thoracentesis 2025-10-15: 900 ml blood-stained fluid; {{cytology positive for malignant cells|MALIGNANT_EFFUSION}} (胸水找到恶性肿瘤细胞). Pleural drain; intrapleural {{白介素-2|IMMUNOMODULATOR}} ({{interleukin-2|IMMUNOMODULATOR}}) 1 million IU instilled twice for local control of the {{effusion|PLEURAL_EFFUSION}}; drain removed 2025-10-19.
        TCM consultation: oral {{华蟾素片|IMMUNOMODULATOR}} ({{Huachansu|IMMUNOMODULATOR}} tablets, {{cinobufacini|IMMUNOMODULATOR}}) 0.6 g three times daily, started 2025-10-17.
        {{HIV antibody|HIV|n}} negative.
        Status at discharge: {{KPS 50|KARNOFSKY}} - needs considerable help, mostly in bed or chair.
        Discharge medication: {{华蟾素片|IMMUNOMODULATOR}} 0.6 g tid, morphine sustained-release 30 mg q12h, lactulose.
        """),
    N("2025-10-30", "MDT minutes", """
        MDT DISCUSSION 2025-10-30
        刘某, {{23岁|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}}, diffuse bilateral {{pulmonary metastases|LUNG_METASTASIS}} (more than 20 {{nodules|PULMONARY_NODULE}}), right {{malignant pleural effusion|MALIGNANT_EFFUSION}} drained. St. p. {{MAP|SYSTEMIC_THERAPY|h}}, {{GD|GEMCITABINE|h}}, {{camrelizumab|CHECKPOINT_INHIBITOR|h}} ({{SD|TUMOR_RESPONSE}} about six months, then {{PD|TUMOR_RESPONSE}}).
        Thoracic surgery: {{not resectable|UNRESECTABLE}} - diffuse bilateral disease; a complete {{metastasectomy|LUNG_RESECTION|n}} is not feasible.
        Respiratory medicine: {{肺功能|PULMONARY_FUNCTION}} 2025-10-27: severe mixed ventilatory impairment, {{FEV1|PULMONARY_FUNCTION}} 41 % pred.; she {{would not tolerate thoracic surgery|PULMONARY_FUNCTION}}.
        {{KPS 50|KARNOFSKY}}.
        Conclusion: not suitable for PROMIS; best supportive care, {{anlotinib|SYSTEMIC_THERAPY|p}} to be considered.
        """),
    N("2025-11-03", "screening log", """
        Screening log 2025-11-3. 刘某, 23 y, F. Referred by the family for PROMIS; not eligible: unresectable diffuse lung metastases, cytology-positive malignant pleural effusion, prior GD regimen (gemcitabine), prior camrelizumab with SD about 6 months then PD, KPS 50, poor lung function.
        Currently taking Huachansu (华蟾素) tablets. Dexamethasone 5 mg i.v. once on 2025-10-28 for a febrile transfusion reaction at the day unit; no other steroid.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF06 - German letters, 40-year-old woman, two resectable lung metastases.
# Open: MRI suspicious for local recurrence (biopsy pending), small effusion never
# characterised, thyroid Bethesda IV, "cortisone" of unknown route, neuropathy grade
# not documented, borderline beta-hCG. Breastfed until spring 2025 (ended). Needs review.
# ---------------------------------------------------------------------------
P("PF06", "2026-02-18", "needs_review",
  "LR=unk MPE=unk OM5=unk STER=unk TOX=unk PREG=unk", [
    N("2025-11-03", "radiology report", """
        CT chest with contrast, 03.11.2025
        Indication: {{40 J.|AGE}}, high-grade surface {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur (2021), follow-up.
        Findings: two new solid {{Rundherde|PULMONARY_NODULE}} (round foci): right lower lobe 8 mm and lingula 6 mm, both peripheral. New small left {{pleural effusion|PLEURAL_EFFUSION}} (max. 12 mm). No lymphadenopathy. Incidental 15 mm hypodense {{thyroid nodule|LOOKALIKE}} (right lobe).
        IMPRESSION: two new {{nodules|PULMONARY_NODULE}}, compatible with {{pulmonary metastases|LUNG_METASTASIS}}. Small left {{pleural effusion|PLEURAL_EFFUSION}}, not further characterisable. {{Thyroid nodule|LOOKALIKE}} - ultrasound recommended.
        """),
    N("2025-12-10", "tumour board minutes", """
        Tumour board minutes 10.12.2025 - Mrs. Sabine M., {{40 J.|AGE}}
        High-grade surface {{osteosarcoma|OSTEOSARCOMA}} of the left femur, Z. n. {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY|h}} ({{MAP|SYSTEMIC_THERAPY|h}}) 2021 and resection; now two {{Lungenmetastasen|LUNG_METASTASIS}}.
        Thoracic surgery: both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} ({{VATS wedge resection|LUNG_RESECTION|p}} right, then left). The small left {{pleural effusion|PLEURAL_EFFUSION}} has not been punctured; no work-up for now.
        Recommendation: {{PFTs|PULMONARY_FUNCTION}}; MRI of the left knee (local pain since 10/2025); thyroid ultrasound; consider PROMIS.
        """),
    N("2026-01-20", "pulmonology consult", """
        Pulmonology - 20.01.2026
        {{Lung function|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 92 % pred., {{DLCO|PULMONARY_FUNCTION}} 85 % pred. Mild asthma, on {{budesonide/formoterol inhaler|LOCAL_STEROID}}.
        Ultrasound: the small left {{effusion|PLEURAL_EFFUSION}} is unchanged; not tapped.
        Assessment: {{fit for resection|PULMONARY_FUNCTION}}, including staged bilateral procedures.
        """),
    N("2026-02-12", "specialist letter", """
        Dear colleague,

        the MRI of the left knee of 09.02.2026 shows a 14 mm contrast-enhancing area at the proximal margin of the endoprosthesis, {{suspicious for local recurrence|LOCAL_RECURRENCE|u}}; metal artefacts limit the assessment. A CT-guided biopsy is planned for 23.02.2026.
        Thyroid: fine-needle aspiration of the right {{thyroid nodule|LOOKALIKE}} on 02.02.2026 showed Bethesda category IV (follicular neoplasm); hemithyroidectomy is recommended to exclude a {{follicular carcinoma|OTHER_MALIGNANCY|u}}, date not yet fixed.
        Since {{cisplatin|SYSTEMIC_THERAPY|h}} in 2021 Mrs. M. has reported tingling in both feet ({{peripheral neuropathy|TOXICITY}}); a grade has never been documented in our records, neurology referral issued.

        Kind regards, Dr. C. Engel, Orthopaedic Oncology
        """),
    N("2026-02-17", "screening note", """
        PROMIS screening 17.02.2026 - Mrs. M., {{40 J.|AGE}}, {{ECOG 0|ECOG}}.
        Gynaecological: {{beta-hCG|PREGNANCY_TEST|u}} 9 IU/l (borderline), repeat on 24.02.2026 pending; cycle irregular since she stopped {{breastfeeding|LACTATION|h}} her second child in spring 2025.
        Medication: on 10.02.2026 her GP prescribed "a {{cortisone|SYSTEMIC_STEROID|u}}" for an asthma exacerbation; whether tablets or an inhaler cannot be verified (practice closed this week), the patient is unsure.
        {{HIV test|HIV|n}} negative 12.02.2026. No vaccinations in the last months.
        Open points: biopsy of the suspected {{local recurrence|LOCAL_RECURRENCE|u}}; thyroid histology; repeat {{beta-hCG|PREGNANCY_TEST|u}}; route of the {{cortisone|SYSTEMIC_STEROID|u}}; grade of the {{neuropathy|TOXICITY}}; character of the small {{pleural effusion|PLEURAL_EFFUSION}}.
        """),
])

# ---------------------------------------------------------------------------
# PF07 - Italian letters, 29-year-old woman. Delivered 14.08.2026, not breastfeeding,
# negative hCG; Hashimoto on levothyroxine (replacement); inhaled budesonide; prednisone
# course for asthma completed 15 days before as_of (board list outdated); inactivated flu
# shot; partner HIV-positive, her test negative. Eligible.
# ---------------------------------------------------------------------------
P("PF07", "2026-10-05", "eligible", "", [
    N("2024-06-20", "discharge letter", """
        Dear colleague,

        we discharge today Mrs. Giulia R., {{27 anni|AGE}}, after the last cycle of adjuvant {{chemotherapy|SYSTEMIC_THERAPY}} for telangiectatic {{osteosarcoma|OSTEOSARCOMA}} of the right proximal tibia (biopsy 11/09/2023).
        Treatment: {{MAP|SYSTEMIC_THERAPY}} - high-dose {{methotrexate|SYSTEMIC_THERAPY}}, {{doxorubicin|SYSTEMIC_THERAPY}}, {{cisplatin|SYSTEMIC_THERAPY}}; resection and megaprosthesis 12/2023, tumour necrosis 95 %.
        Comorbidities: {{Hashimoto's thyroiditis|AUTOIMMUNE_DISEASE}} on {{levothyroxine|REPLACEMENT_THERAPY}} 75 ug; atopic asthma on {{budesonide/formoterol|LOCAL_STEROID}} inhaler.
        End-of-treatment CT chest: no {{nodules|PULMONARY_NODULE|n}}. Audiogram normal.
        Follow-up every three months.

        Kind regards, Dr. L. Ferri, Oncologia Medica
        """),
    N("2026-09-08", "radiology report", """
        TC TORACE (CT chest) 08/09/2026
        Patient {{29 anni|AGE}}, post-partum (delivery 14/08/2026), history of {{osteosarcoma|OSTEOSARCOMA|h}} of the right tibia.
        Findings: two solid {{nodules|PULMONARY_NODULE}} in the left upper lobe (11 mm and 7 mm), both peripheral. No {{pleural effusion|PLEURAL_EFFUSION|n}}. No lymphadenopathy.
        CONCLUSIONS: two left upper lobe {{nodules|PULMONARY_NODULE}} compatible with {{metastasi polmonari|LUNG_METASTASIS}} ({{pulmonary metastases|LUNG_METASTASIS}}) of the known {{osteosarcoma|OSTEOSARCOMA}}.
        """),
    N("2026-09-16", "tumour board minutes", """
        Multidisciplinary bone tumour board - 16/09/2026
        R. Giulia, {{29 anni|AGE}}. Telangiectatic {{osteosarcoma|OSTEOSARCOMA}} of the right tibia 2023, St. p. {{MAP|SYSTEMIC_THERAPY|h}}; two {{metastasi polmonari|LUNG_METASTASIS}} in the left upper lobe, disease-free interval 27 months.
        Thoracic surgeon: both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|p}} (or LUL {{segmentectomy|LUNG_RESECTION|p}}); no central involvement.
        Pneumology: {{PFTs|PULMONARY_FUNCTION}} 14/09/2026 normal, {{adequate for surgery|PULMONARY_FUNCTION}}.
        Current medication: {{prednisone|SYSTEMIC_STEROID}} 25 mg/day for an asthma exacerbation (started 13/09/2026 by her GP), {{budesonide/formoterol|LOCAL_STEROID}}, {{levothyroxine|REPLACEMENT_THERAPY}}.
        Decision: propose PROMIS; otherwise upfront {{metastasectomy|LUNG_RESECTION|p}}.
        """),
    N("2026-09-25", "obstetrics note", """
        Obstetrics outpatient clinic - 25/09/2026
        Post-partum visit six weeks after spontaneous delivery on 14/08/2026 (term, healthy girl). Because of the planned oncological treatment she decided not to {{breastfeed|LACTATION|n}}; {{lactation|LACTATION|n}} was suppressed with cabergoline on day 1; she is bottle-feeding.
        Urine {{hCG|PREGNANCY_TEST|n}} negative today. Contraception: progestin-only pill started.
        """),
    N("2026-10-01", "screening note", """
        PROMIS screening 01/10/2026 - R. Giulia, {{29 anni|AGE}}, {{ECOG 0|ECOG}}.
        Medication: the {{prednisone|SYSTEMIC_STEROID|h}} course for the asthma exacerbation was completed on 20/09/2026; the board list of 16/09 is outdated. Continues the {{budesonide/formoterol inhaler|LOCAL_STEROID}}.
        Thyroid: {{Hashimoto's|AUTOIMMUNE_DISEASE}}, {{levothyroxine|REPLACEMENT_THERAPY}} 75 ug only, never {{immunosuppressive treatment|IMMUNOSUPPRESSANT|n}}.
        Vaccines: {{inactivated influenza vaccine|NONLIVE_VACCINE}} (intramuscular) on 22/09/2026 at the post-partum clinic.
        Partner: {{HIV|HIV|f}}-positive, on {{antiretroviral therapy|HIV|f}} with undetectable viral load. Patient's own {{HIV-1/2 Ag/Ab test|HIV|n}} of 28/09/2026 non-reactive.
        Not {{pregnant|PREGNANCY|n}}, not {{breastfeeding|LACTATION|n}}.
        Plan: eligible, send for central review.
        """),
])

# ---------------------------------------------------------------------------
# PF08 - Italian letters, 34-year-old woman. >15 bilateral nodules, unresectable.
# Breastfeeding; MMR 21 days before as_of; thymosin alpha-1 12 days before; papillary
# thyroid carcinoma 09/2023; psoriasis on low-dose MTX until 08/2025 (MTX for skin vs
# HD-MTX in MAP). Excluded.
# ---------------------------------------------------------------------------
P("PF08", "2026-06-22", "excluded",
  "RES=nm OM5=met IMM=met AI=met LV=met PREG=met", [
    N("2025-03-10", "dermatology note", """
        Dermatology clinic - 10/03/2025. Mrs. Chiara B., {{33 anni|AGE}}.
        Plaque {{psoriasis|AUTOIMMUNE_DISEASE}} since 2019 (PASI 14 before treatment), on {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg once weekly s.c. since 02/2024 with folic acid; PASI now 3.
        Note: history of chondroblastic {{osteosarcoma|OSTEOSARCOMA|h}} of the right femur 2022, treated with {{MAP|SYSTEMIC_THERAPY|h}} (including high-dose {{MTX|SYSTEMIC_THERAPY|h}}); the present low-dose {{MTX|IMMUNOSUPPRESSANT}} is for the skin only. {{Papillary thyroid carcinoma|OTHER_MALIGNANCY|h}} diagnosed by FNA 09/2023, total thyroidectomy 10/2023, on {{levothyroxine|REPLACEMENT_THERAPY}}.
        She would like to become {{pregnant|PREGNANCY|p}}: {{methotrexate|IMMUNOSUPPRESSANT|p}} to be stopped three months before trying to conceive; topical treatment in the meantime if needed.
        """),
    N("2026-05-12", "radiology report", """
        TC TORACE 12/05/2026
        Clinical: {{34 anni|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} of the right femur 2022, {{breastfeeding|LACTATION}} (iodinated contrast: no interruption needed).
        Findings: more than 15 solid {{nodules|PULMONARY_NODULE}} scattered through both lungs, 3 to 19 mm, the largest in the right lower lobe. No {{pleural effusion|PLEURAL_EFFUSION|n}}. Previous CT 11/2025 without {{nodules|PULMONARY_NODULE|n}}.
        CONCLUSIONS: multiple bilateral {{metastasi polmonari|LUNG_METASTASIS}}, new since 11/2025.
        """),
    N("2026-05-27", "tumour board minutes", """
        Bone tumour board 27/05/2026 - B. Chiara, {{34 anni|AGE}}
        {{Osteosarcoma|OSTEOSARCOMA}} of the right femur 2022, St. p. {{MAP|SYSTEMIC_THERAPY|h}}; now more than 15 bilateral {{pulmonary metastases|LUNG_METASTASIS}} (new since 11/2025).
        Thoracic surgery: {{not resectable|UNRESECTABLE}} - the number and distribution of the {{nodules|PULMONARY_NODULE}} do not allow a complete {{metastasectomy|LUNG_RESECTION|n}}. {{Spirometry|PULMONARY_FUNCTION}} normal ({{FEV1|PULMONARY_FUNCTION}} 97 %), {{lung function adequate|PULMONARY_FUNCTION}} - not the limiting factor.
        Recommendation: second-line systemic treatment with high-dose {{ifosfamide|SYSTEMIC_THERAPY|p}}; the patient is {{breastfeeding|LACTATION}} her son (delivered 10/02/2026) and has to wean before starting. PROMIS not applicable.
        """),
    N("2026-06-15", "oncology visit", """
        Medical oncology - 15/06/2026. Mrs. B., {{34 anni|AGE}}, {{ECOG 0|ECOG}}.
        Still {{breastfeeding|LACTATION}}; weaning planned over the next two weeks.
        Post-partum she was found to be rubella non-immune and received the {{MMR vaccine|LIVE_VACCINE}} on 01/06/2026 at her family doctor.
        Since 04/2026 she has attended an integrative medicine clinic where she receives {{thymosin alpha-1|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg s.c. twice weekly; last injection 10/06/2026. We advised her to stop.
        {{Psoriasis|AUTOIMMUNE_DISEASE}}: {{methotrexate|IMMUNOSUPPRESSANT|h}} stopped 08/2025 before conception; currently topical {{clobetasol|LOCAL_STEROID}} only.
        {{Levothyroxine|REPLACEMENT_THERAPY}} 100 ug after thyroidectomy for {{papillary carcinoma|OTHER_MALIGNANCY|h}} (2023).
        Plan: {{ifosfamide|SYSTEMIC_THERAPY|p}} after weaning.
        """),
    N("2026-06-19", "pre-screening note", """
        PROMIS pre-screen 19/06/2026 - self-referral. Not eligible: more than 15 bilateral lung metastases judged unresectable (board 27/05); breastfeeding; MMR 01/06/2026 (live vaccine); thymosin alfa-1 last 10/06/2026; papillary thyroid carcinoma 09/2023; psoriasis treated with methotrexate until 08/2025.
        HIV negative (03/2026). ECOG 0.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF09 - flattened dictations (line breaks lost in export), no age anywhere ("young man").
# Histology only favoured (reference pathology pending), indeterminate tiny nodules.
# OS = overall survival, PD = father's Parkinson's disease. Needs review.
# ---------------------------------------------------------------------------
P("PF09", "2025-07-30", "needs_review",
  "HIST=unk PMET=unk RES=unk AGE=unk PS=unk PFT=unk", [
    N("2025-05-14", "orthopaedic oncology consult", """
        ORTHOPAEDIC ONCOLOGY CONSULTATION 14/05/2025 dictated by Dr. P. Okafor, transcribed 15/05/2025,HISTORY: young man, university student, referred by his GP with a three month history of left knee pain and swelling, now also night pain. No fevers, no weight loss. Past history unremarkable apart from childhood asthma. Family history: father has Parkinson's disease (PD), diagnosed 2019; no {{cancers|OTHER_MALIGNANCY|nf}} in the family.,EXAMINATION: firm tender swelling of the distal left femur, knee range 0-100 degrees, neurovascularly intact.,IMAGING: radiographs show a mixed lytic-sclerotic lesion of the distal femoral metaphysis with sunburst periosteal reaction and a Codman triangle.,IMPRESSION: aggressive primary bone tumour, {{osteosarcoma|OSTEOSARCOMA|u}} most likely, {{Ewing sarcoma|OTHER_SARCOMA|u}} less likely.,PLAN: MRI of the whole femur, CT chest, bone scan, CT-guided core biopsy next week. We talked in general terms about treatment; he asked about OS and I explained that overall survival figures depend on the final diagnosis and stage.
        """, flat=True),
    N("2025-06-02", "pathology report", """
        SURGICAL PATHOLOGY REPORT 02/06/2025,SPECIMEN: CT-guided core biopsy, distal left femur (4 cores).,MICROSCOPY: cellular high-grade spindle and epithelioid cell proliferation with marked atypia, brisk mitoses and necrosis; focal deposits of eosinophilic matrix that may represent osteoid, but no unequivocal lace-like osteoid. SATB2 positive (non-specific), MDM2 not amplified by FISH.,DIAGNOSIS: high-grade malignant spindle cell neoplasm of bone, {{osteosarcoma|OSTEOSARCOMA|u}} favoured; {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|u}} not excluded.,COMMENT: sent for reference pathology review at the national bone tumour reference centre; an addendum will follow.
        """, flat=True),
    N("2025-07-08", "medical oncology follow-up", """
        MEDICAL ONCOLOGY FOLLOW UP 08/07/2025,HISTORY: high-grade malignant bone tumour of the distal left femur, working diagnosis {{osteosarcoma|OSTEOSARCOMA|u}} pending reference review. Neoadjuvant {{doxorubicin|SYSTEMIC_THERAPY}}/{{cisplatin|SYSTEMIC_THERAPY}} started 09/06/2025, {{methotrexate|SYSTEMIC_THERAPY|p}} to be added once the diagnosis is confirmed. Two cycles of {{chemotherapy|SYSTEMIC_THERAPY}} completed with grade 1 {{nausea|TOXICITY}} and {{alopecia|TOXICITY}}.,CT CHEST 30/06/2025: two subcentimetre {{nodules|PULMONARY_NODULE}} (RUL 4 mm, LLL 5 mm), indeterminate, {{possible metastases|METASTASIS|u}}.,EXAMINATION: {{ECOG 1|ECOG}}, walking with crutches.,PLAN: cycle 3 on 14/07, repeat CT chest in six weeks, chase the reference pathology.
        """, flat=True),
    N("2025-07-28", "tumour board minutes", """
        BONE TUMOUR MDT 28/07/2025,DISCUSSION: reference pathology report still outstanding (requested 05/06/2025); the local pathologist maintains {{osteosarcoma|OSTEOSARCOMA|u}} as the leading but unconfirmed diagnosis. Chest: the two tiny {{nodules|PULMONARY_NODULE}} are too small to characterise, {{metastatic disease|METASTASIS|u}} neither confirmed nor excluded, not suitable for biopsy.,OUTCOME: continue {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY}}; repeat CT chest late August; rediscuss when the reference pathology is available. The patient asked about PROMIS for lung disease - premature.
        """, flat=True),
])

# ---------------------------------------------------------------------------
# PF10 - flattened dictations, DOB 20/11/1960 -> 65 on as_of (upper boundary).
# Prostate cancer biopsy 10/03/2021 = 5 years + 5 days before as_of (outside window).
# Type 1 diabetes on insulin (replacement). Grade 3 mucositis resolved. Screening note
# has an empty "TOXICITIES:" heading. Eligible.
# ---------------------------------------------------------------------------
P("PF10", "2026-03-15", "eligible", "", [
    N("2025-01-22", "oncology clinic note", """
        MEDICAL ONCOLOGY CLINIC NOTE 22/01/2025 Dr. R. Lindqvist,PATIENT: Mr. H. Brennan, {{DOB 20/11/1960|DOB}}, {{64 yo|AGE}}.,DIAGNOSIS: secondary {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus arising in Paget's disease of bone, biopsy 14/08/2024, high grade. {{Prostate adenocarcinoma|OTHER_MALIGNANCY|h}} diagnosed on biopsy 10/03/2021, radical prostatectomy 05/2021, PSA undetectable since.,TREATMENT: {{doxorubicin|SYSTEMIC_THERAPY}} 75 mg/m2 plus {{cisplatin|SYSTEMIC_THERAPY}} 100 mg/m2 every three weeks since 09/2024 (no high-dose {{methotrexate|SYSTEMIC_THERAPY|n}} given his age), cycle 4 on 10/12/2024. After cycle 4 he developed grade 3 oral {{mucositis|TOXICITY|h}} needing a five-day admission with opioids and NG feeding; today the mucosa has healed, grade 0. {{Tinnitus|TOXICITY}} grade 1.,PMH: {{type 1 diabetes|AUTOIMMUNE_DISEASE}} since age 19 on basal-bolus {{insulin|REPLACEMENT_THERAPY}}; hypertension.,PLAN: proximal humerus replacement 02/2025, then two further cycles with {{doxorubicin|SYSTEMIC_THERAPY|p}} reduced by 20 %.
        """, flat=True),
    N("2025-12-03", "radiology report", """
        CT CHEST WITH CONTRAST 03/12/2025,CLINICAL: {{osteosarcoma|OSTEOSARCOMA}} of the left humerus, surveillance.,COMPARISON: 02/09/2025.,FINDINGS: new 14 mm solid {{nodule|PULMONARY_NODULE}} in the superior segment of the right lower lobe, subpleural, smooth margins with a small focus of calcification. No other {{nodules|PULMONARY_NODULE|n}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}. No adenopathy. Mild centrilobular emphysema of the upper lobes.,IMPRESSION: solitary new calcified RLL {{nodule|PULMONARY_NODULE}}, most consistent with a {{metastasis|METASTASIS}} from the known {{osteosarcoma|OSTEOSARCOMA}}.
        """, flat=True),
    N("2026-01-14", "thoracic surgery consult", """
        THORACIC SURGERY CONSULT 14/01/2026,REASON: solitary RLL {{pulmonary metastasis|LUNG_METASTASIS}} ({{osteosarcoma|OSTEOSARCOMA}} of the left humerus, Paget-associated).,HISTORY: {{65 years old|AGE}}, ex-smoker of 20 pack-years, stopped 2005. {{Type 1 diabetes|AUTOIMMUNE_DISEASE}} on {{insulin|REPLACEMENT_THERAPY}}.,{{PFTS|PULMONARY_FUNCTION}}: {{FEV1|PULMONARY_FUNCTION}} 2.71 L (82 % predicted), {{DLCO|PULMONARY_FUNCTION}} 74 % predicted, predicted post-operative values above 60 % for a {{wedge|LUNG_RESECTION|p}}.,ASSESSMENT: 14 mm peripheral RLL {{nodule|PULMONARY_NODULE}}, {{resectable|RESECTABLE}} with a {{VATS wedge resection|LUNG_RESECTION|p}}; {{pulmonary function adequate|PULMONARY_FUNCTION}}.,PLAN: {{VATS wedge|LUNG_RESECTION|p}} offered; he first wants to hear about PROMIS (pre-operative SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|p}}); will liaise with Dr Lindqvist.
        """, flat=True),
    N("2026-03-02", "screening dictation", """
        PROMIS SCREENING NOTE 02/03/2026 dictated Dr R Lindqvist,PATIENT: H. Brennan, DOB 20/11/1960, age 65.,ONCOLOGIC HISTORY: secondary osteosarcoma of the left proximal humerus (Paget's), biopsy 14/08/2024; doxorubicin/cisplatin x6 completed 04/2025; proximal humerus replacement 02/2025. Solitary RLL lung metastasis 12/2025, resectable by VATS wedge, PFTs adequate.,OTHER CANCER: prostate adenocarcinoma, biopsy 10/03/2021, prostatectomy 05/2021, no recurrence.,TOXICITIES:,MEDICATIONS: insulin glargine 18 units at night, insulin aspart with meals, ramipril 5 mg, atorvastatin 20 mg.,PERFORMANCE: ECOG 1.,OTHER: no steroids, no immunosuppressants, no vaccinations in the last three months, HIV negative 02/2026, never transplanted.,PLAN: refer to PROMIS central eligibility review.
        """, ann=False, flat=True),
])

# ---------------------------------------------------------------------------
# PF11 - Spanish letters, 19-year-old man with EWING sarcoma (look-alike, not OS).
# Allogeneic HSCT from his sister; grade 3 anaphylaxis to alemtuzumab; currently on a
# phase II study drug; vincristine neuropathy grade 2; oral typhoid vaccine 20 days
# before as_of; HIV screening reactive, confirmation pending. Excluded.
# ---------------------------------------------------------------------------
P("PF11", "2026-01-26", "excluded",
  "HIST=nm PFT=unk INV=met ALLO=met MAB=met TOX=met LV=met HIV=unk", [
    N("2024-11-20", "haematology discharge report", """
        Hospital Universitario Virgen del Mar - Haematology Department
        DISCHARGE REPORT (informe de alta) 20/11/2024
        Patient: Alvaro M. S., {{18 años|AGE}}.
        Diagnosis: {{Ewing sarcoma|OTHER_SARCOMA}} of the left iliac wing (EWSR1-FLI1), diagnosed 03/2023, with {{pulmonary metastases|LUNG_METASTASIS}} at diagnosis; early relapse 05/2024 (bone marrow and lung).
        Previous treatment: {{VDC/IE|SYSTEMIC_THERAPY|h}} ({{vincristine|SYSTEMIC_THERAPY|h}}, {{doxorubicin|SYSTEMIC_THERAPY|h}}, {{cyclophosphamide|SYSTEMIC_THERAPY|h}} / {{ifosfamide|SYSTEMIC_THERAPY|h}}, {{etoposide|SYSTEMIC_THERAPY|h}}) 03/2023 - 12/2023; second line {{irinotecan/temozolomide|SYSTEMIC_THERAPY|h}} 06-08/2024.
        Procedure: {{allogeneic haematopoietic stem cell transplant|TRANSPLANT}} from his HLA-identical sister on 22/10/2024 (day 0); reduced-intensity conditioning with {{fludarabine|SYSTEMIC_THERAPY}}, {{melphalan|SYSTEMIC_THERAPY}} and {{alemtuzumab|MONOCLONAL_ANTIBODY}}.
        Complications: during the first {{alemtuzumab|MONOCLONAL_ANTIBODY}} infusion (day -5) he developed {{anaphylaxis|ALLERGIC_REACTION}}, CTCAE grade 3 (bronchospasm, blood pressure 75/40, urticaria), treated with adrenaline; {{alemtuzumab|MONOCLONAL_ANTIBODY}} was stopped and replaced by {{ATG|IMMUNOSUPPRESSANT}}. Engraftment on day +14. {{Mucositis|TOXICITY|h}} grade 2, resolved.
        Prophylaxis after the graft: {{ciclosporin|IMMUNOSUPPRESSANT}} and {{mycophenolate|IMMUNOSUPPRESSANT}}.
        Discharge medication: {{ciclosporin|IMMUNOSUPPRESSANT}}, {{mycophenolate|IMMUNOSUPPRESSANT}}, aciclovir, cotrimoxazole, posaconazole.
        """),
    N("2025-09-15", "oncology note", """
        Medical Oncology - 15/09/2025
        Alvaro, {{19 años|AGE}}. {{Ewing sarcoma|OTHER_SARCOMA}}, St. p. {{allo-HSCT|TRANSPLANT|h}} 10/2024. {{Ciclosporin|IMMUNOSUPPRESSANT|h}} tapered and stopped 05/2025, {{mycophenolate|IMMUNOSUPPRESSANT|h}} stopped 02/2025; no active {{GVHD|TOXICITY|n}}.
        CT 08/09/2025: three new {{nodules|PULMONARY_NODULE}} in the right lung (12, 8 and 6 mm) - new {{metástasis pulmonares|LUNG_METASTASIS}}; bone marrow still negative.
        Treatment: enrolled today in the phase II {{clinical trial|INVESTIGATIONAL}} EWS-207 ({{oral investigational agent ZN-318|INVESTIGATIONAL}} daily in 28-day cycles); C1D1 16/09/2025.
        {{ECOG 1|ECOG}}.
        """),
    N("2025-12-10", "thoracic surgery note", """
        Thoracic Surgery - 10/12/2025
        {{Ewing sarcoma|OTHER_SARCOMA}} with right-sided {{pulmonary metastases|LUNG_METASTASIS}}, on {{study treatment|INVESTIGATIONAL}} (EWS-207, cycle 3).
        The three {{nodules|PULMONARY_NODULE}} (now 10, 8 and 5 mm) are peripheral and {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|p}}; however the {{study protocol|INVESTIGATIONAL}} does not allow surgery during treatment. Reassess after the next CT.
        """),
    N("2026-01-22", "pre-screening note", """
        Tumour Unit - 22/01/2026 - pre-screening requested by the family for PROMIS.
        Alvaro, {{19 años|AGE}}, {{ECOG 1|ECOG}}.
        Histology: {{Ewing sarcoma|OTHER_SARCOMA}} (EWSR1-FLI1), not an {{osteosarcoma|OSTEOSARCOMA|n}}.
        Current treatment: still on the EWS-207 {{clinical trial|INVESTIGATIONAL}} ({{ZN-318|INVESTIGATIONAL}}, cycle 5 started 13/01/2026).
        Toxicity: {{peripheral sensory neuropathy|TOXICITY}} grade 2 after {{vincristine|SYSTEMIC_THERAPY|h}}, persisting, on pregabalin.
        Travel: before a family visit to Morocco (14/01 - 19/01/2026) a travel clinic gave {{oral typhoid vaccine|LIVE_VACCINE}} ({{Vivotif|LIVE_VACCINE}}); last capsule on 06/01/2026. The travel clinic did not know about his {{transplant|TRANSPLANT|h}}.
        Laboratory: {{HIV|HIV|u}} 4th-generation screening test (Ag/Ab) reactive on 20/01/2026; confirmatory immunoblot and {{HIV-1 RNA|HIV|u}} pending.
        Allergy: {{anaphylaxis|ALLERGIC_REACTION|h}} grade 3 to {{alemtuzumab|MONOCLONAL_ANTIBODY|h}} (10/2024).
        Conclusion: not eligible for PROMIS (histology; ongoing {{investigational treatment|INVESTIGATIONAL}}).
        """),
])

# ---------------------------------------------------------------------------
# PF12 - Dutch board minutes, 17-year-old girl (WHO PS 1). Hodgkin 2018 (outside 5 y).
# Open: small effusion never characterised; consent to a phase I study, dosing unclear;
# suspected SLE (work-up); "cortisone tablets" with unknown dates; stem cell transplant
# 2019 of unstated type; travel vaccine not named. Needs review.
# ---------------------------------------------------------------------------
P("PF12", "2026-08-14", "needs_review",
  "MPE=unk INV=unk AI=unk STER=unk ALLO=unk LV=unk", [
    N("2026-06-10", "tumour board minutes", """
        Multidisciplinary bone tumour meeting (MDO) - 10-06-2026
        Patient: Sanne de V., {{17 jaar|AGE}}.
        Diagnosis: secondary high-grade {{osteosarcoma|OSTEOSARCOMA}} of the right proximal tibia (biopsy 12-01-2024), after treatment for {{Hodgkin lymphoma|OTHER_MALIGNANCY|h}} (diagnosed 2018, relapse 2019). St. p. {{MAP|SYSTEMIC_THERAPY|h}} (completed 09-2024) and resection.
        Now: CT 02-06-2026 shows two {{pulmonary metastases|LUNG_METASTASIS}} in the left lower lobe (10 and 7 mm), peripheral; small right {{pleural effusion|PLEURAL_EFFUSION}}.
        Conclusion: the {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}} ({{VATS wedge resection|LUNG_RESECTION|p}}); {{PFTs|PULMONARY_FUNCTION}} requested; consider PROMIS.
        """),
    N("2026-07-01", "pulmonology consult", """
        Pulmonology (longfunctie) - 01-07-2026
        {{FEV1|PULMONARY_FUNCTION}} 3.2 L (94 %), {{DLCO|PULMONARY_FUNCTION}} 81 % (mediastinal radiotherapy 2019 for {{lymphoma|OTHER_MALIGNANCY|h}}). Conclusion: {{sufficient reserve for wedge resection|PULMONARY_FUNCTION}}.
        Ultrasound: small right {{pleural effusion|PLEURAL_EFFUSION}} (about 150 ml), not punctured; cause unclear (no infection, no heart failure).
        {{WHO PS 1|ECOG}}.
        """),
    N("2026-07-20", "paediatric rheumatology note", """
        Paediatric rheumatology - 20-07-2026
        Referred for arthralgia of hands and wrists for three months with morning stiffness and a malar-like rash. ANA 1:640 homogeneous, anti-dsDNA borderline, complement normal.
        Differential: {{systemic lupus erythematosus|AUTOIMMUNE_DISEASE|u}} versus post-viral arthralgia. Work-up continues (ENA panel, urine sediment); no treatment decision until the results are in.
        According to the patient her GP gave "{{cortisone tablets|SYSTEMIC_STEROID|u}}" for the joint pain at some point this summer; dates and dose unknown, GP letter requested.
        """),
    N("2026-08-10", "screening visit", """
        PROMIS screening visit - 10-08-2026. Sanne, {{17 jaar|AGE}}, {{WHO PS 1|ECOG}}.
        1. Consent elsewhere: she signed consent for a phase I {{clinical trial|INVESTIGATIONAL|u}} ({{oral investigational agent|INVESTIGATIONAL|u}}) at another centre in 06-2026; the correspondence does not show whether she was ever dosed or was a screen failure. Request sent to that centre.
        2. Stem cell history: the referral letter lists "{{stem cell transplantation|TRANSPLANT|h}} 2019" after the {{lymphoma|OTHER_MALIGNANCY|h}} relapse; whether autologous or allogeneic is not documented.
        3. Vaccination: she had a travel vaccination on 28-07-2026 before a holiday; she does not remember which vaccine and did not bring her vaccination booklet.
        4. The "{{cortisone tablets|SYSTEMIC_STEROID|u}}" from the GP: dates still unknown.
        5. Rheumatology: {{SLE|AUTOIMMUNE_DISEASE|u}} not confirmed, work-up ongoing.
        6. Small right {{pleural effusion|PLEURAL_EFFUSION}}, unchanged, never characterised.
        7. Urine {{pregnancy test|PREGNANCY_TEST|n}} negative. {{HIV test|HIV|n}} negative.
        Conclusion: several open points; rediscuss after clarification.
        """),
    N("2026-08-12", "tumour board minutes", """
        MDO 12-08-2026 - de V., 17 y.
        Two LLL pulmonary metastases unchanged, still resectable by wedge; lung function sufficient. Small right pleural effusion unchanged, not tapped - character unknown; radiology: no pleural nodularity.
        Rheumatology: SLE under investigation, no treatment started by the rheumatology team.
        Open items for PROMIS: status of the phase I study, transplant type 2019, name of the travel vaccine, dates of the GP steroid, nature of the effusion.
        Decision: tap the effusion if it persists; re-screen after clarification.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF13 - Dutch board minutes, 20-year-old man. Board 1 "not resectable" (7 nodules),
# board 2 after PR reverses it: resectable (newest wins). Corneal transplant of the left
# eye ("OS" = oculus sinister), steroid eye drops; PD-L1 staining look-alike;
# gemcitabine/penpulimab only as the PROMIS plan. Eligible.
# ---------------------------------------------------------------------------
P("PF13", "2026-09-01", "eligible", "", [
    N("2025-02-14", "discharge letter", """
        Dear colleague,

        Daan J., {{19 jaar|AGE}}, was discharged today after the final course of {{MAP|SYSTEMIC_THERAPY}} (last {{methotrexate|SYSTEMIC_THERAPY}} 10-02-2025) for a fibroblastic {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur (biopsy 05-2024), resected with wide margins in 09-2024. {{PD-L1 staining|LOOKALIKE}} on the resection specimen: negative (research panel).
        End-of-treatment CT chest: no {{pulmonary metastases|LUNG_METASTASIS|n}}.
        Audiogram: {{ototoxicity|TOXICITY}} grade 1.
        Comorbidity: keratoconus, St. p. {{corneal transplant|TRANSPLANT|h}} OS (left eye) 2023; {{prednisolone eye drops|LOCAL_STEROID}} once daily OS.
        Follow-up every three months.

        Kind regards, Dr. W. Bakker, paediatric/AYA oncology
        """),
    N("2026-03-11", "tumour board minutes", """
        MDO bone tumours - 11-03-2026
        Daan J., {{20 jaar|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} of the right femur, St. p. {{MAP|SYSTEMIC_THERAPY|h}} (until 10-02-2025).
        CT 04-03-2026: seven {{nodules|PULMONARY_NODULE}} in both lungs (4 to 15 mm), compatible with {{pulmonary metastases|LUNG_METASTASIS}}.
        Conclusion: at present {{not resectable|UNRESECTABLE}} because of the number and bilateral spread; start second-line {{ifosfamide|SYSTEMIC_THERAPY|p}}/{{etoposide|SYSTEMIC_THERAPY|p}} and re-evaluate after three cycles.
        """),
    N("2026-06-30", "radiology report", """
        CT THORAX 30-06-2026 - comparison 04-03-2026
        Indication: restaging after three cycles of {{ifosfamide/etoposide|SYSTEMIC_THERAPY}}.
        Four of the seven {{nodules|PULMONARY_NODULE}} are no longer visible; the remaining three are smaller (RLL 15 -> 8 mm, LUL 9 -> 5 mm, RUL 7 -> 4 mm, calcified). No new {{lesions|PULMONARY_NODULE|n}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        IMPRESSION: {{partial response|TUMOR_RESPONSE}} ({{PR|TUMOR_RESPONSE}} per RECIST 1.1) of the {{pulmonary metastases|LUNG_METASTASIS}}.
        """),
    N("2026-07-08", "tumour board minutes", """
        MDO bone tumours - 08-07-2026 (follow-up discussion)
        After three cycles of {{ifosfamide/etoposide|SYSTEMIC_THERAPY|h}}: {{PR|TUMOR_RESPONSE}} with three remaining {{nodules|PULMONARY_NODULE}}.
        Thoracic surgery: the conclusion of 11-03-2026 is revised - the three residual {{nodules|PULMONARY_NODULE}} are now {{resectable|RESECTABLE}} by staged bilateral {{wedge resections|LUNG_RESECTION|p}}.
        {{PFT|PULMONARY_FUNCTION}} 02-07-2026: {{FEV1|PULMONARY_FUNCTION}} 101 %, {{DLCO|PULMONARY_FUNCTION}} 90 % - {{lung function adequate|PULMONARY_FUNCTION}} for staged bilateral surgery.
        Recommendation: PROMIS screening (SBRT + {{penpulimab|CHECKPOINT_INHIBITOR|p}} + {{gemcitabine|GEMCITABINE|p}}, then {{metastasectomy|LUNG_RESECTION|p}}); otherwise upfront {{wedge resections|LUNG_RESECTION|p}}.
        """),
    N("2026-08-27", "screening note", """
        PROMIS screening 27-08-2026. Daan J., {{20 jaar|AGE}}, {{WHO PS 0|ECOG}}.
        {{Osteosarcoma|OSTEOSARCOMA}}, three residual {{pulmonary metastases|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} per MDO 08-07-2026.
        Prior treatment: {{MAP|SYSTEMIC_THERAPY|h}}; {{ifosfamide/etoposide|SYSTEMIC_THERAPY|h}} (last cycle 10-06-2026). Never {{gemcitabine|GEMCITABINE|n}} or an {{anti-PD-1|CHECKPOINT_INHIBITOR|n}} antibody.
        Eye: St. p. {{corneal transplant|TRANSPLANT|h}} OS 2023, {{prednisolone eye drops|LOCAL_STEROID}} once daily.
        Residual toxicity: {{ototoxicity|TOXICITY}} grade 1 only; {{neutropenia|TOXICITY|h}} after cycle 3 recovered.
        {{HIV|HIV|n}} test negative.
        Plan: eligible pending central review; SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|p}}.
        """),
])

# ---------------------------------------------------------------------------
# PF14 - Chinese records, 67-year-old man, Paget-associated OS, chemotherapy-naive.
# Prostate cancer biopsy 2022-5-16; RA on etanercept (held, last dose 8 days before
# as_of -> steroid/immunosuppressant window not met, autoimmune met); Huaier current;
# cytology-positive effusion; FEV1 38 % (nodules themselves resectable). Excluded.
# ---------------------------------------------------------------------------
P("PF14", "2026-07-08", "excluded",
  "AGE=nm PRIOR=nm PFT=nm OM5=met IMM=met MPE=met AI=met", [
    N("2026-05-20", "admission record", """
        ADMISSION RECORD (入院记录) - Department of Orthopaedic Oncology
        Name: 张某 (Zhang)   Sex: male   Age: {{67岁|AGE}}   Admitted: 2026-5-20
        Chief complaint: right thigh pain for four months; lung {{nodules|PULMONARY_NODULE}} found one week ago.
        History of present illness: Paget's disease of the right femur known since 2015. Increasing pain since 2026-1; biopsy at our hospital on 2026-4-28: secondary high-grade {{骨肉瘤|OSTEOSARCOMA}} ({{osteosarcoma|OSTEOSARCOMA}}) arising in Paget's disease. The patient and his family declined {{chemotherapy|SYSTEMIC_THERAPY|n}}; he is {{chemotherapy-naive|CHEMO_NAIVE}}.
        Past history:
        1. {{前列腺癌|OTHER_MALIGNANCY|h}} ({{prostate cancer|OTHER_MALIGNANCY|h}}), biopsy 2022-5-16, radical prostatectomy 2022-6, PSA < 0.01 ng/ml since.
        2. {{类风湿关节炎|AUTOIMMUNE_DISEASE}} ({{rheumatoid arthritis|AUTOIMMUNE_DISEASE}}) since 2016: previously low-dose {{甲氨蝶呤|IMMUNOSUPPRESSANT|h}} ({{methotrexate|IMMUNOSUPPRESSANT|h}}) 2016-2021; since 2021 {{依那西普|IMMUNOSUPPRESSANT}} ({{etanercept|IMMUNOSUPPRESSANT}}, {{益赛普|IMMUNOSUPPRESSANT}}) 50 mg s.c. weekly.
        3. COPD, inhaled {{budesonide/formoterol|LOCAL_STEROID}}. Former smoker, 40 pack-years, stopped 2018.
        Medication: {{槐耳颗粒|IMMUNOMODULATOR}} ({{Huaier granules|IMMUNOMODULATOR}}) 20 g three times daily since 2026-5-1, prescribed by a TCM doctor.
        Examination: {{ECOG 2|ECOG}}; walks with a frame; right thigh swollen and tender.
        """),
    N("2026-05-26", "radiology report", """
        CT CHEST 2026-5-26
        Findings: three solid {{nodules|PULMONARY_NODULE}}: RUL 13 mm, LUL 9 mm, LLL 8 mm, all peripheral. Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening. Upper-lobe predominant centrilobular emphysema.
        Impression: 1. three {{pulmonary metastases|LUNG_METASTASIS}}, consistent with the known {{osteosarcoma|OSTEOSARCOMA}}. 2. Right {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening - {{pleural metastases|MALIGNANT_EFFUSION|u}} to be considered. 3. Emphysema.
        """),
    N("2026-06-05", "discharge record", """
        DISCHARGE RECORD (出院记录)
        张某, male, {{67岁|AGE}}. Admitted 2026-5-20, discharged 2026-6-5.
        Course: thoracentesis 2026-5-28, 800 ml; pleural fluid cytology: {{malignant tumour cells found|MALIGNANT_EFFUSION}} (胸水找到恶性肿瘤细胞), morphology consistent with {{osteosarcoma|OSTEOSARCOMA}}.
        Discharge diagnoses: 1. secondary {{osteosarcoma|OSTEOSARCOMA}} of the right femur with three {{pulmonary metastases|LUNG_METASTASIS}}; 2. right {{malignant pleural effusion|MALIGNANT_EFFUSION}}; 3. {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}}; 4. COPD; 5. St. p. radical prostatectomy for {{prostate cancer|OTHER_MALIGNANCY|h}} (2022).
        {{HIV antibody|HIV|n}} negative.
        Discharge medication: {{槐耳颗粒|IMMUNOMODULATOR}} ({{Huaier|IMMUNOMODULATOR}}) 20 g tid continued; {{etanercept|IMMUNOSUPPRESSANT}} 50 mg weekly; {{budesonide/formoterol|LOCAL_STEROID}} inhaler.
        """),
    N("2026-06-25", "MDT minutes", """
        MDT DISCUSSION 2026-6-25
        张某, {{67岁|AGE}}. Secondary {{osteosarcoma|OSTEOSARCOMA}} of the right femur (Paget), {{chemotherapy-naive|CHEMO_NAIVE}}; three {{pulmonary metastases|LUNG_METASTASIS}}; right {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
        Thoracic surgery: the three {{nodules|PULMONARY_NODULE}} themselves would be {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|p}}.
        Respiratory medicine: {{肺功能|PULMONARY_FUNCTION}} 2026-6-20: {{FEV1|PULMONARY_FUNCTION}} 1.1 L (38 % pred.), {{DLCO|PULMONARY_FUNCTION}} 35 %, severe obstruction; {{reserve insufficient|PULMONARY_FUNCTION}}, not a surgical candidate because of his {{lung function|PULMONARY_FUNCTION}}.
        {{ECOG 2|ECOG}}.
        Conclusion: no surgery; palliative {{doxorubicin|SYSTEMIC_THERAPY|p}} discussed, patient undecided. Older than 65 - outside the PROMIS age range.
        """),
    N("2026-07-06", "screening log", """
        Screening log 2026-7-6: 67-year-old man, secondary osteosarcoma (Paget) with three lung metastases and a cytology-positive right pleural effusion. Chemotherapy-naive. Prostate cancer 2022.
        RA: etanercept held since the last injection on 2026-6-30 (planned restart once the effusion is controlled). Still taking Huaier granules daily. FEV1 38 %.
        Not eligible.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF15 - Italian letters, 38-year-old man, resectable RLL metastases, PFT fit.
# Open: 2024 second-line regimen at another centre (taxane - gemcitabine?), compassionate
# use request of unknown outcome, a 2015 "transplant" of unknown type, bevacizumab
# reaction of unknown grade, hearing loss grade pending, HIV screen reactive awaiting
# confirmation. Needs review.
# ---------------------------------------------------------------------------
P("PF15", "2025-12-03", "needs_review",
  "GEM=unk INV=unk ALLO=unk MAB=unk TOX=unk HIV=unk", [
    N("2025-10-06", "consultation letter", """
        Dear colleague,

        we saw Mr. Marco F., {{38 anni|AGE}}, in our bone tumour clinic on 06/10/2025.
        History: conventional {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus diagnosed 2014, treated with {{chemotherapy|SYSTEMIC_THERAPY|h}} ({{MAP|SYSTEMIC_THERAPY|h}}) and resection. First {{pulmonary metastases|LUNG_METASTASIS|h}} in 2015, treated at another hospital within a {{national protocol|INVESTIGATIONAL|h}} with high-dose {{ifosfamide|SYSTEMIC_THERAPY|h}} and {{metastasectomy|LUNG_RESECTION|h}}; he mentions a "{{transplant|TRANSPLANT|h}}" in 2015, but no records from that hospital are available.
        New {{lung metastases|LUNG_METASTASIS|h}} in 2024: second-line {{chemotherapy|SYSTEMIC_THERAPY|h}} at a third centre, a combination containing a {{taxane|SYSTEMIC_THERAPY|h}}; the complete drug list is not in the letter we received. An {{allergic reaction|ALLERGIC_REACTION|h}} occurred during the first {{bevacizumab|MONOCLONAL_ANTIBODY|h}} infusion in 2024 - severity not documented; {{bevacizumab|MONOCLONAL_ANTIBODY|h}} was not given again.
        He reports {{hearing loss|TOXICITY}} since {{cisplatin|SYSTEMIC_THERAPY|h}}, no hearing aid; audiometry requested.
        {{ECOG 1|ECOG}}. New CT of the chest requested.

        Kind regards, Dr. A. Conti, Oncologia Medica
        """),
    N("2025-10-28", "radiology report", """
        TC TORACE 28/10/2025
        Findings: two new {{nodules|PULMONARY_NODULE}} in the right lower lobe (10 mm and 7 mm), peripheral; post-surgical changes from previous {{wedge resections|LUNG_RESECTION|h}} on both sides. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        CONCLUSIONS: {{metastasi polmonari|LUNG_METASTASIS}} in the right lower lobe.
        """),
    N("2025-11-12", "tumour board minutes", """
        Multidisciplinary bone tumour group - 12/11/2025
        F. Marco, {{38 anni|AGE}}. Two right lower lobe {{metastasi polmonari|LUNG_METASTASIS}}.
        Thoracic surgery: {{resectable|RESECTABLE}} by RLL {{wedge resection|LUNG_RESECTION|p}} (third thoracic operation, adhesions expected).
        {{PFTs|PULMONARY_FUNCTION}} 10/11/2025: {{FEV1|PULMONARY_FUNCTION}} 78 %, {{DLCO|PULMONARY_FUNCTION}} 70 % - {{fit for resection|PULMONARY_FUNCTION}}.
        Outstanding: the regimen of the 2024 {{chemotherapy|SYSTEMIC_THERAPY|h}} (was {{gemcitabine|GEMCITABINE|u}} part of it?); the type of the 2015 {{transplant|TRANSPLANT|h}}; the severity of the {{bevacizumab|MONOCLONAL_ANTIBODY|h}} {{reaction|ALLERGIC_REACTION|h}}.
        In 10/2025 the referring oncologist submitted a compassionate-use request for an unapproved {{investigational drug|INVESTIGATIONAL|u}}; whether it was approved and started is not known.
        """),
    N("2025-11-28", "laboratory note", """
        Laboratory / infectious diseases note 28/11/2025
        {{HIV|HIV|u}} Ag/Ab combination test (4th generation) reactive (S/CO 1.9) on routine pre-treatment screening; confirmatory immunoblot and {{HIV-1 RNA|HIV|u}} sent, result expected in 7-10 days. Patient asymptomatic, no known risk factors.
        HBsAg negative, HCV antibody negative.
        Audiometry 26/11/2025: bilateral high-frequency {{hearing loss|TOXICITY}}; the audiologist's report with the grade is pending.
        """),
    N("2025-12-02", "screening summary", """
        PROMIS screening summary 02/12/2025 - F. Marco, 38.
        Fulfilled: osteosarcoma histology, two RLL lung metastases judged resectable, prior MAP/ifosfamide, PFT fit for resection, ECOG 1.
        Open: (1) the 2024 second-line regimen at another centre - gemcitabine? (2) compassionate-use drug - started or not? (3) 2015 "transplant" - an autologous rescue after high-dose chemotherapy is likely but not documented; (4) grade of the bevacizumab reaction; (5) grade of the hearing loss; (6) HIV confirmatory test.
        Status: needs review.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF16 - Dutch notes, 9-year-old girl (DOB 30-09-2016). Radiation-associated OS after
# ALL (diagnosed 20-04-2021 = 5 years + 8 days before as_of -> outside) and allogeneic
# SCT 2022. MMR + varicella 28 days before as_of. No lung metastases; chemotherapy
# only planned; Lansky 80 -> 60 after fracture. Excluded.
# ---------------------------------------------------------------------------
P("PF16", "2026-04-28", "excluded",
  "PMET=nm RES=unk PRIOR=nm AGE=nm PS=nm PFT=unk ALLO=met LV=met", [
    N("2026-03-31", "late-effects clinic note", """
        Late-effects clinic - 31-03-2026. Lotte B., {{9 jaar|AGE}}.
        Revaccination after {{allogeneic stem cell transplantation|TRANSPLANT|h}} (2022), delayed because of chronic skin {{GVHD|TOXICITY|h}} until 2025. Today given: {{MMR|LIVE_VACCINE}} (M-M-RvaxPro) and {{varicella vaccine|LIVE_VACCINE}} (Varivax) s.c.; {{DTaP-IPV booster|NONLIVE_VACCINE}} i.m.
        She complains of pain in the right shin for some weeks, attributed to sports; mother asked to see the GP if it persists.
        {{Lansky 90|LANSKY}}.
        """),
    N("2026-04-03", "admission note", """
        Paediatric oncology - admission note 03-04-2026
        Lotte B., {{9 jaar|AGE}} ({{born 30-09-2016|DOB}}). Referred with a painful swelling of the right proximal tibia for six weeks; X-ray: destructive lesion with periosteal reaction.
        History: {{acute lymphoblastic leukaemia|OTHER_MALIGNANCY|h}} (B-ALL), bone marrow diagnosis on 20-04-2021; high-risk relapse 03-2022; {{allogeneic stem cell transplantation|TRANSPLANT|h}} from a matched unrelated donor with TBI-based conditioning on 14-09-2022. Chronic skin {{GVHD|TOXICITY|h}} treated with {{ciclosporin|IMMUNOSUPPRESSANT|h}} until 06-2024; no current medication for it.
        Biopsy of the tibia planned for tomorrow. {{Lansky 80|LANSKY}}.
        """),
    N("2026-04-08", "staging summary", """
        Pathology and staging summary - 08-04-2026
        Biopsy 04-04-2026: high-grade osteoblastic {{osteosarcoma|OSTEOSARCOMA}}; given the TBI in 2022, a radiation-associated secondary {{osteosarcoma|OSTEOSARCOMA}}.
        CT thorax 07-04-2026: no {{pulmonary metastases|LUNG_METASTASIS|n}}; a 2 mm calcified {{nodule|PULMONARY_NODULE}} ({{granuloma|PULMONARY_NODULE}}) in the left lower lobe, unchanged since 2022. Bone scan: solitary lesion.
        Plan: {{MAP|SYSTEMIC_THERAPY|p}} {{chemotherapy|SYSTEMIC_THERAPY|p}} from 29-04-2026 after dental check and line insertion. She has not yet received any {{chemotherapy|SYSTEMIC_THERAPY|n}} for the {{osteosarcoma|OSTEOSARCOMA}} ({{chemotherapy-naive|CHEMO_NAIVE}} for this tumour; {{leukaemia|OTHER_MALIGNANCY|h}} {{chemotherapy|SYSTEMIC_THERAPY|h}} 2021-2022).
        """),
    N("2026-04-24", "ward note", """
        Ward note 24-04-2026
        Yesterday a pathological fracture of the right proximal tibia through the tumour; long leg cast, bed rest, wheelchair for transfers. Pain controlled with oxycodone.
        {{Lansky 60|LANSKY}} (mostly resting, only quiet play).
        Start of {{MAP|SYSTEMIC_THERAPY|p}} confirmed for 29-04-2026. The {{MMR|LIVE_VACCINE}}/{{varicella|LIVE_VACCINE}} vaccination of 31-03-2026 was discussed with Dr. Visser (late-effects clinic): no delay of treatment considered necessary.
        """),
    N("2026-04-27", "tumour board minutes", """
        Bone tumour board 27-04-2026: Lotte B., 9 y. Radiation-associated osteosarcoma of the right tibia with pathological fracture; CT thorax without metastases. Chemotherapy-naive; MAP from 29-04. History of ALL 2021 with allogeneic SCT 2022. Lansky 60 since the fracture.
        Not a candidate for a lung-metastasis study.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF17 - Polish notes, girl born 20.11.2016 -> exactly 10 on as_of (lower boundary).
# Lansky 70 (boundary). Varicella vaccine 31 days before as_of (outside 30-day window).
# Ototoxicity grade 1 only. Eligible.
# ---------------------------------------------------------------------------
P("PF17", "2026-11-20", "eligible", "", [
    N("2026-03-18", "discharge summary", """
        Discharge summary (karta informacyjna) - 18.03.2026
        Dear colleague, Zuzanna K., {{9 lat|AGE}} ({{ur. 20.11.2016|DOB}}).
        Diagnosis: osteoblastic {{osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus (biopsy 22.01.2025).
        Treatment: {{MAP|SYSTEMIC_THERAPY}} - last {{methotrexate|SYSTEMIC_THERAPY}} course 10-13.03.2026; treatment completed. Surgery 06/2025 (resection, endoprosthesis).
        Audiogram: {{ototoxicity|TOXICITY}} grade 1 (Brock 1).
        End-of-treatment CT chest: no {{pulmonary nodules|PULMONARY_NODULE|n}}.
        Recommendations: revaccination six months after the end of {{chemotherapy|SYSTEMIC_THERAPY|h}} according to the national paediatric oncology guideline; follow-up every three months.
        Dr. hab. M. Wisniewska, Paediatric Oncology
        """),
    N("2026-09-22", "radiology report", """
        CT KLATKI PIERSIOWEJ (CT chest) 22.09.2026
        Clinical: {{osteosarcoma|OSTEOSARCOMA}} of the left humerus, St. p. {{chemotherapy|SYSTEMIC_THERAPY|h}} (completed 03/2026).
        Findings: two new solid {{nodules|PULMONARY_NODULE}} in the right lung: RUL 7 mm, RLL 9 mm, both subpleural. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        Conclusion: two {{pulmonary metastases|LUNG_METASTASIS}} ({{przerzuty do płuc|LUNG_METASTASIS}}).
        """),
    N("2026-10-07", "tumour board minutes", """
        Multidisciplinary tumour board (konsylium) 07.10.2026
        Zuzanna K., {{9 lat|AGE}}. Two right-lung {{metastases|METASTASIS}} ({{nodules|PULMONARY_NODULE}}: RUL 7 mm, RLL 9 mm).
        Paediatric thoracic surgeon: {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|p}} through a single right-sided approach.
        {{Spirometry|PULMONARY_FUNCTION}} 05.10.2026: normal for age ({{FEV1|PULMONARY_FUNCTION}} 96 % pred.); {{pulmonary function adequate|PULMONARY_FUNCTION}}.
        Recommendation: PROMIS screening after her birthday on 20.11.2026; otherwise {{metastasectomy|LUNG_RESECTION|p}} and second-line {{ifosfamide|SYSTEMIC_THERAPY|p}}.
        """),
    N("2026-10-20", "vaccination entry", """
        Vaccination clinic 20.10.2026 - revaccination after {{chemo|SYSTEMIC_THERAPY|h}} (7 mo after end of {{MAP|SYSTEMIC_THERAPY|h}}).
        {{Varicella vaccine|LIVE_VACCINE}} (Varilrix) dose 1 s.c. L arm; {{DTaP booster|NONLIVE_VACCINE}} i.m. R thigh. Observed 30 min, no reaction.
        {{MMR|LIVE_VACCINE|p}} deferred until oncology plan is clear.
        """),
    N("2026-11-16", "screening note", """
        PROMIS screening - 16.11.2026. Zuzanna K., {{ur. 20.11.2016|DOB}}; registration planned for 20.11.2026.
        {{Lansky 70|LANSKY}} (active, tires quickly, limited use of the left arm; prefers quieter games).
        Two {{pulmonary metastases|LUNG_METASTASIS}} in the right lung, {{resectable|RESECTABLE}} (board 07.10.2026); {{spirometry normal|PULMONARY_FUNCTION}}.
        Prior {{MAP|SYSTEMIC_THERAPY|h}}. Never {{gemcitabine|GEMCITABINE|n}}, never a {{PD-1 inhibitor|CHECKPOINT_INHIBITOR|n}}.
        Vaccinations: {{varicella|LIVE_VACCINE}} on 20.10.2026 (31 days before 20.11.2026); {{MMR|LIVE_VACCINE|p}} still deferred.
        {{Ototoxicity|TOXICITY}} grade 1, unchanged. {{HIV|HIV|n}} test negative.
        """),
])

# ---------------------------------------------------------------------------
# PF18 - flattened dictations, 45-year-old kidney transplant recipient (allograft from
# his brother): tacrolimus + prednisone current, grade 3 anaphylaxis to basiliximab,
# melanoma 02/2024, biopsy-proven local recurrence, no lung nodules, ECOG 3. Excluded.
# ---------------------------------------------------------------------------
P("PF18", "2025-10-15", "excluded",
  "PMET=nm RES=unk PS=nm PFT=unk LR=met OM5=met STER=met ALLO=met MAB=met", [
    N("2023-06-12", "oncology consult", """
        ONCOLOGY CONSULTATION 12/06/2023 Dr. E. Varga,REASON FOR REFERRAL: newly diagnosed {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur in a {{renal transplant|TRANSPLANT}} recipient.,HISTORY: {{43-year-old|AGE}} man with end-stage renal disease from reflux nephropathy; living-related {{kidney transplant|TRANSPLANT}} from his brother in 2014. Induction with {{basiliximab|MONOCLONAL_ANTIBODY|h}} was complicated by {{anaphylaxis|ALLERGIC_REACTION|h}} (grade 3: hypotension and bronchospasm, ICU observation); the second dose was withheld. Maintenance {{tacrolimus|IMMUNOSUPPRESSANT}} 3 mg bd, {{mycophenolate|IMMUNOSUPPRESSANT}} 500 mg bd and {{prednisone|SYSTEMIC_STEROID}} 5 mg daily. Creatinine 128 umol/L.,PATHOLOGY: core biopsy 02/06/2023, high-grade conventional {{osteosarcoma|OSTEOSARCOMA}}.,STAGING: CT chest clear, no {{pulmonary nodules|PULMONARY_NODULE|n}}.,PLAN: because of the {{renal allograft|TRANSPLANT}} no {{cisplatin|SYSTEMIC_THERAPY|n}} and no high-dose {{methotrexate|SYSTEMIC_THERAPY|n}}; {{doxorubicin|SYSTEMIC_THERAPY|p}}/{{ifosfamide|SYSTEMIC_THERAPY|p}} with dose adjustment; {{mycophenolate|IMMUNOSUPPRESSANT|p}} to be stopped by the renal team during {{chemotherapy|SYSTEMIC_THERAPY|p}}.
        """, flat=True),
    N("2025-09-18", "imaging and biopsy summary", """
        MRI RIGHT FEMUR 15/09/2025 AND BIOPSY 17/09/2025 - SUMMARY,CLINICAL: {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur, St. p. {{doxorubicin/ifosfamide|SYSTEMIC_THERAPY|h}} x6 and resection with endoprosthesis 10/2023.,FINDINGS: 3.5 cm enhancing soft-tissue mass posteromedial to the prosthesis in the resection bed. Core biopsy 17/09/2025: high-grade {{osteosarcoma|OSTEOSARCOMA}}, consistent with {{local recurrence|LOCAL_RECURRENCE}}.,IMPRESSION: biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} in the resection bed; surgical options (amputation) to be discussed.
        """, flat=True),
    N("2025-09-30", "radiology report", """
        CT CHEST 30/09/2025,INDICATION: restaging, {{local recurrence|LOCAL_RECURRENCE}} of {{osteosarcoma|OSTEOSARCOMA}} of the right femur.,FINDINGS: lungs clear, no {{pulmonary nodules|PULMONARY_NODULE|n}}, no {{pleural effusion|PLEURAL_EFFUSION|n}}. {{Transplanted kidney|TRANSPLANT}} in the right iliac fossa noted on the upper abdominal images.,IMPRESSION: no evidence of {{pulmonary metastases|LUNG_METASTASIS|n}}.
        """, flat=True),
    N("2025-10-10", "clinic dictation", """
        BONE TUMOUR CLINIC 10/10/2025 Dr E Varga,{{45-year-old|AGE}} man with a {{renal transplant|TRANSPLANT}} (2014) and biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} of his right femoral {{osteosarcoma|OSTEOSARCOMA}}, no {{pulmonary metastases|LUNG_METASTASIS|n}}.,INTERVAL: marked decline, uses a wheelchair and spends more than half of the day in bed or chair because of pain and a non-healing wound; {{ECOG 3|ECOG}}.,OTHER HISTORY: superficial spreading {{melanoma|OTHER_MALIGNANCY|h}} of the left shoulder, Breslow 1.2 mm, wide excision 02/2024.,MEDICATIONS: {{tacrolimus|IMMUNOSUPPRESSANT}} 2 mg bd, {{prednisone|SYSTEMIC_STEROID}} 5 mg daily ({{mycophenolate|IMMUNOSUPPRESSANT|h}} stopped 2023), oxycodone, pantoprazole.,ALLERGIES: {{basiliximab|MONOCLONAL_ANTIBODY|h}} ({{anaphylaxis|ALLERGIC_REACTION|h}} 2014).,PLAN: the family asked about PROMIS - not applicable (no lung disease); discuss above-knee amputation versus palliative radiotherapy at MDT.
        """, flat=True),
])

# ---------------------------------------------------------------------------
# PF19 - Spanish letters, 25-year-old man who moved from Argentina; records pending.
# Histology confirmed, but: indeterminate nodules, equivocal primary site, unclear prior
# chemotherapy, possible anti-PD-1 with unknown response, Crohn's with unknown
# "monthly injections", travel vaccine possibly yellow fever. Needs review.
# ---------------------------------------------------------------------------
P("PF19", "2026-06-03", "needs_review",
  "PMET=unk RES=unk PRIOR=unk PFT=unk LR=unk CPI=unk AI=unk LV=unk", [
    N("2026-04-20", "consultation letter", """
        Dear colleague,

        we saw Mr. Mateo R., {{25 años|AGE}}, who moved here from Argentina in 01/2026.
        He brings a pathology report from Buenos Aires (07/2024): conventional osteoblastic {{osteosarcoma|OSTEOSARCOMA}} of the right distal femur, treated surgically (endoprosthesis 08/2024). He is not sure whether he received {{chemotherapy|SYSTEMIC_THERAPY|u}} before or after the operation ("some infusions"). He also believes he was given an {{anti-PD-1|CHECKPOINT_INHIBITOR|u}} drug in 2025, "maybe {{nivolumab|CHECKPOINT_INHIBITOR|u}}", within a hospital programme; nothing is known about how his disease responded.
        Other history: {{Crohn's disease|AUTOIMMUNE_DISEASE}} diagnosed 2023 in Argentina; he received "monthly injections" until he moved - he does not know whether these were vitamin B12 or a biologic.
        Plan: CT chest, MRI of the right femur, PET-CT; request of all Argentine records (oncology and gastroenterology).
        {{ECOG 1|ECOG}}.

        Kind regards, Dr. J. Ortega, Tumour Unit
        """),
    N("2026-05-04", "radiology report", """
        TC DE TÓRAX 04/05/2026
        Findings: three {{nodules|PULMONARY_NODULE}} in the left lung (LUL 6 mm, LLL 5 mm and 4 mm), non-calcified; no prior imaging available for comparison. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        IMPRESSION: indeterminate {{pulmonary nodules|PULMONARY_NODULE}}; given the history, {{metastases|METASTASIS|u}} cannot be excluded. Comparison with the Argentine imaging or follow-up CT in eight weeks recommended.
        """),
    N("2026-05-18", "imaging report", """
        MRI right femur 15/05/2026 and PET-CT 18/05/2026
        MRI markedly degraded by metal artefact from the endoprosthesis; ill-defined soft-tissue signal along the lateral aspect of the prosthesis stem. PET: mild uptake (SUVmax 3.4) in the same area - post-surgical inflammation versus {{local recurrence|LOCAL_RECURRENCE|u}}. The left lung {{nodules|PULMONARY_NODULE}} are below PET resolution.
        CONCLUSION: equivocal for {{recurrence at the primary site|LOCAL_RECURRENCE|u}}; biopsy suggested.
        """),
    N("2026-06-01", "pre-screening note", """
        PROMIS pre-screening 01/06/2026 - Mateo R., 25, ECOG 1.
        Histology: conventional osteosarcoma (Buenos Aires report 07/2024).
        Lung: three small indeterminate nodules, follow-up CT due end of June; metastases not proven.
        Primary site: PET/MRI equivocal; biopsy booked for 10/06/2026.
        Systemic therapy history: Argentine records still pending; patient unsure about chemotherapy; possible anti-PD-1 (nivolumab?) in 2025, response unknown.
        Crohn's disease since 2023 - "monthly injections" until 01/2026 (vitamin B12 or adalimumab?), gastroenterology records requested.
        Vaccination: a vaccine at a travel clinic on 20/05/2026 before a planned trip to Brazil; he thinks it was yellow fever, but the certificate has not been shown.
        HIV negative 04/2026. Needs review.
        """, ann=False),
])

# ---------------------------------------------------------------------------
# PF20 - French letters/RCP, 31-year-old woman. Nivolumab + study drug SRX-21 within a
# phase II trial: PR 6 months -> iUPD -> iCPD (secondary resistance); last study drug
# 15 days before as_of. Hilar nodule on the left main bronchus (pneumonectomy needed),
# cytology-positive effusion, local recurrence, new pregnancy (earlier hCG negative).
# Excluded.
# ---------------------------------------------------------------------------
P("PF20", "2026-02-02", "excluded",
  "RES=nm LR=met MPE=met INV=met CPI=met PREG=met", [
    N("2025-03-05", "consultation letter", """
        Dear colleague (chère consœur, cher confrère),

        Mrs. Camille D., {{31 ans|AGE}}, has a conventional {{ostéosarcome|OSTEOSARCOMA}} ({{osteosarcoma|OSTEOSARCOMA}}) of the left distal femur diagnosed 11/2022 (biopsy 18/11/2022), treated with {{MAP|SYSTEMIC_THERAPY|h}} and resection in 2023.
        In 01/2025 {{métastases pulmonaires|LUNG_METASTASIS}} appeared (six bilateral {{nodules|PULMONARY_NODULE}}). On 04/03/2025 she was included in the academic phase II {{clinical trial|INVESTIGATIONAL}} NIVOSARC-2: {{nivolumab|CHECKPOINT_INHIBITOR}} 480 mg every four weeks plus the {{study drug SRX-21|INVESTIGATIONAL}}, an oral agent not yet approved; C1D1 10/03/2025.
        {{Serum beta-hCG|PREGNANCY_TEST|n}} negative at inclusion (03/03/2025); oral contraception. {{ECOG-PS 0|ECOG}}.

        Kind regards, Dr. H. Morel, Oncologie Médicale
        """),
    N("2025-09-10", "radiology report", """
        SCANNER THORACIQUE 10/09/2025 - assessment on treatment (C7)
        Comparison 03/03/2025 (baseline) and 05/06/2025. Six target {{nodules|PULMONARY_NODULE}}: sum of diameters 62 -> 31 mm (-50 %). No new {{lesion|PULMONARY_NODULE|n}}. No {{épanchement pleural|PLEURAL_EFFUSION|n}}.
        CONCLUSION: {{réponse partielle|TUMOR_RESPONSE}} ({{PR|TUMOR_RESPONSE}} per RECIST 1.1 / {{iPR|TUMOR_RESPONSE}} per iRECIST), confirmed; first observed on 05/06/2025.
        """),
    N("2025-12-16", "radiology report", """
        SCANNER THORACIQUE 16/12/2025 (C10)
        Compared with 10/09/2025: growth of the target {{nodules|PULMONARY_NODULE}} (31 -> 44 mm, +42 % from nadir); two new {{nodules|PULMONARY_NODULE}} - right lower lobe 8 mm, and a 14 mm left hilar {{nodule|PULMONARY_NODULE}} in contact with the {{left main bronchus|CENTRAL_STRUCTURE}}. New small left {{pleural effusion|PLEURAL_EFFUSION}}.
        CONCLUSION: {{iUPD|TUMOR_RESPONSE}} per iRECIST (unconfirmed {{progression|TUMOR_RESPONSE}}) after a {{partial response|TUMOR_RESPONSE}} lasting six months; confirmation scan in 4-8 weeks.
        """),
    N("2026-01-14", "tumour board minutes", """
        RCP (réunion de concertation pluridisciplinaire) bone tumours - 14/01/2026
        Mrs. D. Camille, {{31 ans|AGE}}, {{ECOG 1|ECOG}}.
        CT 12/01/2026: {{iCPD|TUMOR_RESPONSE}} (confirmed {{progression|TUMOR_RESPONSE}}); the left hilar {{nodule|PULMONARY_NODULE}} (19 mm) now abuts and narrows the {{left main stem bronchus|CENTRAL_STRUCTURE}}; removing it would require a left {{pneumonectomy|PNEUMONECTOMY|p}}.
        Pleural puncture 09/01/2026: {{cytology positive for osteosarcoma cells|MALIGNANT_EFFUSION}} - {{épanchement pleural malin|MALIGNANT_EFFUSION}}.
        MRI of the left femur: {{récidive locale|LOCAL_RECURRENCE}} ({{local recurrence|LOCAL_RECURRENCE}}) of 25 mm in the soft tissue of the resection bed, not operated.
        {{EFR|PULMONARY_FUNCTION}} ({{pulmonary function tests|PULMONARY_FUNCTION}}) 12/01/2026 normal - {{no functional contraindication to thoracic surgery|PULMONARY_FUNCTION}}.
        Decision: the pulmonary disease is {{not resectable|UNRESECTABLE}} ({{hilar lesion|PULMONARY_NODULE}} requiring {{pneumonectomy|PNEUMONECTOMY|p}}, bilateral disease). {{Trial treatment|INVESTIGATIONAL}} ({{nivolumab|CHECKPOINT_INHIBITOR}} + {{SRX-21|INVESTIGATIONAL}}) stops at the end of the current cycle. Next line: high-dose {{ifosfamide|SYSTEMIC_THERAPY|p}}.
        """),
    N("2026-01-29", "gynaecology consultation", """
        Gynaecology consultation - 29/01/2026
        Amenorrhoea for seven weeks despite oral contraception (episodes of vomiting in 12/2025). {{Serum beta-hCG|PREGNANCY_TEST}} 28 400 IU/l; ultrasound: intrauterine {{grossesse|PREGNANCY}} ({{pregnancy|PREGNANCY}}) of 7 SA (weeks of amenorrhoea) with cardiac activity.
        The oncological situation was discussed; the patient needs time to decide about continuing the {{pregnancy|PREGNANCY}}.
        Last intake of the {{study drug SRX-21|INVESTIGATIONAL|h}}: 18/01/2026 (end of cycle 11); last {{nivolumab|CHECKPOINT_INHIBITOR|h}} infusion 18/12/2025. Reported to the sponsor as a {{pregnancy|PREGNANCY}} during {{study treatment|INVESTIGATIONAL|h}}.
        """),
])

# ---------------------------------------------------------------------------
# PF21 - Austrian/German letters, 35-year-old man. Nivolumab: SD at 8 weeks, PD at
# 3 months (SD < 4 months -> not_met). Letter says "allogeneic", addendum corrects to
# autologous rescue. Phase I drug last dose 35 days before as_of; dexamethasone
# premedication 8 days before; post-operative reactive effusion; partner breastfeeding.
# Eligible.
# ---------------------------------------------------------------------------
P("PF21", "2026-05-11", "eligible", "", [
    N("2024-11-20", "outpatient letter", """
        Dear colleague,

        we report on Mr. Lukas P., {{33 J.|AGE}}.

        Diagnoses:
        1. Chondroblastic {{osteosarcoma|OSTEOSARCOMA}} of the left proximal femur, first diagnosis 03/2022
           - Z. n. {{MAP|SYSTEMIC_THERAPY|h}} and resection 2022
           - Z. n. high-dose {{ifosfamide|SYSTEMIC_THERAPY|h}}/{{etoposide|SYSTEMIC_THERAPY|h}} with {{autologous stem cell rescue|TRANSPLANT|h}} 05/2023 for early {{pulmonary metastases|LUNG_METASTASIS|h}}, Z. n. {{wedge resection|LUNG_RESECTION|h}} right 06/2023
           - new {{Lungenmetastasen|LUNG_METASTASIS}} 07/2024: {{nivolumab|CHECKPOINT_INHIBITOR}} 240 mg q2w since 02.08.2024 (individual treatment attempt)
        Course: first CT after eight weeks (27.09.2024): {{SD|TUMOR_RESPONSE}} per RECIST 1.1 (+6 %). Second CT on 05.11.2024, three months after the start: {{PD|TUMOR_RESPONSE}}, sum of diameters +31 % and two new {{nodules|PULMONARY_NODULE}}. {{Stable disease|TUMOR_RESPONSE}} therefore lasted only about three months. {{Nivolumab|CHECKPOINT_INHIBITOR|h}} discontinued (last dose 29.10.2024).
        Procedure: presentation to thoracic surgery for a left-sided {{metastasectomy|LUNG_RESECTION|p}}.

        Kind regards, Dr. K. Huber, Internal Medicine / Oncology
        """),
    N("2026-02-10", "outpatient letter", """
        Dear colleague,

        Mr. P., {{35 J.|AGE}}.
        Diagnoses (abbreviated): {{osteosarcoma|OSTEOSARCOMA}} of the left femur, Z. n. {{MAP|SYSTEMIC_THERAPY|h}}; Z. n. high-dose {{chemotherapy|SYSTEMIC_THERAPY|h}} with {{allogeneic stem cell transplant|TRANSPLANT|h}} 05/2023; Z. n. {{nivolumab|CHECKPOINT_INHIBITOR|h}} 08-10/2024 ({{PD|TUMOR_RESPONSE}} after three months); Z. n. {{wedge resection|LUNG_RESECTION|h}} left 12/2024 ({{thoracotomy|LUNG_RESECTION|h}}).
        Since 12/2025 participation in a phase I {{clinical trial|INVESTIGATIONAL}} ({{oral investigational agent KX-0912|INVESTIGATIONAL}}), cycle 3 ongoing.
        CT 02.02.2026: two new {{nodules|PULMONARY_NODULE}} in the right lower lobe (8 and 6 mm).

        Kind regards, Dr. K. Huber
        """),
    N("2026-02-12", "addendum", """
        ADDENDUM to the letter of 10.02.2026
        Correction: in the list of diagnoses the high-dose {{chemotherapy|SYSTEMIC_THERAPY|h}} of 05/2023 was wrongly described as "{{allogeneic stem cell transplant|TRANSPLANT|n}}". Correct is: high-dose {{ifosfamide/etoposide|SYSTEMIC_THERAPY|h}} with {{autologous stem cell rescue|TRANSPLANT|h}} (own cells harvested 03/2023). Mr. P. has never had a {{donor transplant|TRANSPLANT|n}}.
        Dr. K. Huber
        """),
    N("2026-03-24", "radiology report", """
        CT THORAX 24.03.2026 - comparison 02.02.2026
        Indication: {{study medication|INVESTIGATIONAL}} KX-0912, restaging.
        Two {{nodules|PULMONARY_NODULE}} in the right lower lobe: 11 mm (previously 8) and 9 mm (previously 6), peripheral. Small left {{pleural effusion|PLEURAL_EFFUSION}}, unchanged since the left {{thoracotomy|LUNG_RESECTION|h}} of 12/2024, post-operative/reactive, no pleural nodularity.
        IMPRESSION: {{progression|TUMOR_RESPONSE}} of the two {{pulmonary metastases|LUNG_METASTASIS}} (RECIST 1.1 {{PD|TUMOR_RESPONSE}}); unchanged post-operative left {{effusion|PLEURAL_EFFUSION}}, benign appearance.
        """),
    N("2026-04-15", "tumour board minutes", """
        Interdisciplinary tumour board 15.04.2026
        Mr. P., {{35 J.|AGE}}, {{osteosarcoma|OSTEOSARCOMA}}; {{progression|TUMOR_RESPONSE}} of two RLL {{pulmonary metastases|LUNG_METASTASIS}} under the phase I {{investigational agent|INVESTIGATIONAL|h}} KX-0912 - {{study treatment|INVESTIGATIONAL|h}} ended, last dose 06.04.2026.
        Thoracic surgery: both {{nodules|PULMONARY_NODULE}} peripheral, {{resectable|RESECTABLE}} (right {{wedge resections|LUNG_RESECTION|p}} or RLL {{segmentectomy|LUNG_RESECTION|p}}).
        {{Lung function|PULMONARY_FUNCTION}} 10.04.2026: {{FEV1|PULMONARY_FUNCTION}} 84 %, {{DLCO|PULMONARY_FUNCTION}} 76 %; {{fit for surgery|PULMONARY_FUNCTION}}.
        The small left {{effusion|PLEURAL_EFFUSION}} is post-operative and reactive; no puncture needed.
        Recommendation: PROMIS screening.
        """),
    N("2026-04-20", "summary letter", """
        Dear colleague,

        following the tumour board of 15.04.2026 we summarise the history of Mr. Lukas P., 35 years old, for the planned referral to the PROMIS screening visit.

        Diagnoses:
        1. Chondroblastic osteosarcoma of the left proximal femur, first diagnosis 03/2022 (biopsy 14.03.2022).
        2. Pulmonary metastases, first 04/2023, recurrent 07/2024, 12/2024 and 02/2026.
        3. Known allergy to iodinated contrast medium (urticaria 2022), premedication before contrast CT.

        Course: after neoadjuvant MAP (methotrexate, doxorubicin, cisplatin) the primary tumour was resected in August 2022 with a tumour endoprosthesis; regression was poor (Salzer-Kuntschik grade 4). Adjuvant MAP was completed in December 2022. In April 2023 three small lung metastases appeared; within a high-dose protocol he received ifosfamide and etoposide with autologous stem cell rescue in May 2023 (his own cells had been harvested in March 2023), followed by a right wedge resection in June 2023. New lung metastases in July 2024 were treated with nivolumab from 02.08.2024 as an individual treatment attempt. The first CT after eight weeks showed stable disease; the second CT on 05.11.2024, three months after the start, showed progressive disease with two new nodules, and nivolumab was stopped after the dose of 29.10.2024. A left thoracotomy with two wedge resections followed in December 2024; since then a small left pleural effusion has been visible, unchanged in size and regarded as post-operative.

        In December 2025 new right-sided nodules led to participation in a phase I study with the oral agent KX-0912 (first dose 15.12.2025). The CT of 24.03.2026 showed progression of both right lower lobe metastases; study treatment was ended and the last dose was taken on 06.04.2026.

        Current findings: two peripheral right lower lobe metastases (11 and 9 mm), judged resectable by wedge resection or segmentectomy. Lung function on 10.04.2026 is sufficient for surgery (FEV1 84 %, DLCO 76 %). ECOG 1. Hearing loss grade 1 after cisplatin, no other residual toxicity. No autoimmune disease, no regular steroids, no immunosuppressants. HIV test pending for screening. His partner gave birth in March 2026.

        Plan: screening visit on 08.05.2026; restaging CT with contrast on 04.05.2026, with the usual oral premedication the day before and on the morning of the examination.

        Kind regards,
        Dr. K. Huber, Internal Medicine / Oncology
        """, ann=False),
    N("2026-05-08", "screening note", """
        PROMIS screening 08.05.2026 - Mr. Lukas P., {{35 J.|AGE}}, {{ECOG-PS 1|ECOG}}.
        - {{Investigational agent|INVESTIGATIONAL|h}} KX-0912: last dose 06.04.2026 (five weeks ago).
        - Prior {{nivolumab|CHECKPOINT_INHIBITOR|h}}: {{SD|TUMOR_RESPONSE}} for three months, then {{PD|TUMOR_RESPONSE}}.
        - {{Dexamethasone|SYSTEMIC_STEROID|h}} 8 mg p.o. as premedication for the restaging CT (known {{contrast allergy|ALLERGIC_REACTION|h}}) on 02. and 03.05.2026 only.
        - {{Autologous stem cell rescue|TRANSPLANT|h}} 2023 (see addendum of 12.02.2026).
        - Family: his partner gave birth on 14.03.2026 and is {{breastfeeding|LACTATION|f}} their son.
        - {{HIV test|HIV|n}} negative 05.05.2026. No vaccinations in the last three months.
        - Toxicity: {{hearing loss|TOXICITY}} grade 1 after {{cisplatin|SYSTEMIC_THERAPY|h}}.
        Assessment: eligible pending central review.
        """),
])

# ---------------------------------------------------------------------------
# PF22 - Spanish letters, 52-year-old woman. Referral "osteosarcoma vs chondrosarcoma";
# pathology: grade 3 CHONDROSARCOMA (look-alike). No lung metastases (calcified
# granuloma). Never chemotherapy (low-dose MTX for RA does not count). RA on MTX +
# prednisone, grade 3 anaphylaxis to rituximab, HIV on Biktarvy. Excluded.
# ---------------------------------------------------------------------------
P("PF22", "2025-08-25", "excluded",
  "HIST=nm PMET=nm RES=unk PRIOR=nm PFT=unk AI=met STER=met MAB=met HIV=met", [
    N("2025-06-10", "referral", """
        Orthopaedic surgery - referral (interconsulta) 10/06/2025
        Mrs. Carmen L., {{52 años|AGE}}. Pelvic pain for five months; CT: 9 cm destructive lesion of the left ilium with chondroid calcifications and a soft-tissue mass. Radiological differential: {{osteosarcoma|OSTEOSARCOMA|u}} versus {{chondrosarcoma|OTHER_SARCOMA|u}}. Referred to the bone tumour unit for biopsy.
        Past history: {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}} on {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg/week and {{prednisone|SYSTEMIC_STEROID}} 5 mg/day; {{HIV infection|HIV}} since 2010 on {{antiretroviral therapy|HIV}} ({{Biktarvy|HIV}}), viral load undetectable.
        """),
    N("2025-06-30", "pathology report", """
        PATHOLOGY REPORT (informe de anatomía patológica) 30/06/2025
        Specimen: CT-guided core biopsy, left ilium.
        Hyaline cartilaginous neoplasm with marked hypercellularity, nuclear atypia and mitoses, permeative growth; no tumour osteoid, no dedifferentiated component in the material. IDH1 R132H mutation detected.
        DIAGNOSIS: conventional {{chondrosarcoma|OTHER_SARCOMA}}, grade 3.
        Comment: no features of {{osteosarcoma|OSTEOSARCOMA|n}}; the radiological differential of a chondroblastic {{osteosarcoma|OSTEOSARCOMA|n}} is not supported.
        """),
    N("2025-07-15", "radiology report", """
        TC DE TÓRAX 15/07/2025 - staging of a {{chondrosarcoma|OTHER_SARCOMA}}
        A 6 mm densely calcified {{nodule|PULMONARY_NODULE}} in the middle lobe, unchanged compared with a CT from 2019. No other {{nodules|PULMONARY_NODULE|n}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        IMPRESSION: no evidence of {{pulmonary metastases|LUNG_METASTASIS|n}}; benign calcified {{granuloma|PULMONARY_NODULE}} in the middle lobe.
        """),
    N("2025-08-20", "bone tumour unit note", """
        Bone Tumour Unit - 20/08/2025. Mrs. L., {{52 años|AGE}}, {{ECOG 1|ECOG}}.
        Grade 3 {{chondrosarcoma|OTHER_SARCOMA}} of the left ilium, localised (no {{metástasis|METASTASIS|n}}); internal hemipelvectomy planned for 09/2025. No {{chemotherapy|SYSTEMIC_THERAPY|n}} indicated (chemoresistant histology); she has never received {{chemotherapy|SYSTEMIC_THERAPY|n}}.
        Rheumatology: {{RA|AUTOIMMUNE_DISEASE}} active (DAS28 4.1) on {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg weekly (low dose, for the {{arthritis|AUTOIMMUNE_DISEASE}}) and {{prednisone|SYSTEMIC_STEROID}} 5 mg daily. {{Rituximab|MONOCLONAL_ANTIBODY|h}} was tried in 2021 and stopped after {{anaphylaxis|ALLERGIC_REACTION|h}} (CTCAE grade 3, adrenaline, ICU) during the first infusion.
        {{HIV|HIV}} on {{Biktarvy|HIV}}, CD4 720/ul.
        The family asked about PROMIS (found online): not applicable - not an {{osteosarcoma|OSTEOSARCOMA|n}} and no {{lung metastases|LUNG_METASTASIS|n}}.
        """),
])

# ---------------------------------------------------------------------------
# PF23 - Chinese records, woman with no age anywhere in the transferred chart.
# Lung metastases on CT, nodules technically resectable; histology only "possible
# osteosarcoma"; outside treatment unknown; Huachansu perhaps still taken; weakly
# positive urine hCG, serum pending; BI-RADS 4B breast mass. Needs review.
# ---------------------------------------------------------------------------
P("PF23", "2026-10-19", "needs_review",
  "HIST=unk PRIOR=unk AGE=unk PS=unk PFT=unk OM5=unk IMM=unk PREG=unk", [
    N("2026-09-22", "radiology report", """
        CT CHEST (胸部CT增强) 2026-9-22 - outpatient, female
        Clinical: femoral mass under investigation.
        Findings: about six round {{nodules|PULMONARY_NODULE}} in both lungs, the largest 15 mm in the right lower lobe, the others 5-10 mm, peripheral, some calcified. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        IMPRESSION: {{双肺多发转移瘤|LUNG_METASTASIS}} - {{multiple bilateral pulmonary metastases|LUNG_METASTASIS}}; please correlate with the femoral lesion.
        """),
    N("2026-09-25", "admission record", """
        ADMISSION RECORD (入院记录) - Department of Bone Oncology
        Name: 赵某 (Zhao)   Sex: female   Age: (field left blank in the transfer documents)   Admitted: 2026-9-25, transferred from a county hospital.
        Chief complaint: left thigh pain for five months; lung {{nodules|PULMONARY_NODULE}} for one week.
        History of present illness: outside X-ray: destructive lesion of the left distal femur. Outside biopsy report 2026-9-10: "malignant bone tumour, {{骨肉瘤可能|OSTEOSARCOMA|u}}" ({{possible osteosarcoma|OSTEOSARCOMA|u}}); slides requested for review. Outside treatment unclear: the family says she "received some infusions" at the county hospital in September; no discharge summary available.
        Medication: the family says she may still be taking {{华蟾素胶囊|IMMUNOMODULATOR|u}} ({{Huachansu|IMMUNOMODULATOR|u}} capsules) bought at the county hospital; to be clarified.
        Examination: {{KPS 80|KARNOFSKY}}. Left distal thigh swollen and tender. Left breast: firm mass in the upper outer quadrant.
        """),
    N("2026-10-08", "progress note", """
        PROGRESS NOTE (病程记录) 2026-10-8
        1. Review of the outside slides: high-grade malignant tumour, limited material; {{osteosarcoma|OSTEOSARCOMA|u}} suspected but not confirmed; repeat biopsy scheduled for 2026-10-21.
        2. Urine {{hCG|PREGNANCY_TEST|u}} weakly positive on 2026-10-7; {{serum beta-hCG|PREGNANCY_TEST|u}} sent, result pending. LMP unknown.
        3. Breast ultrasound 2026-10-6: left breast mass 18 mm, BI-RADS 4B - {{breast carcinoma|OTHER_MALIGNANCY|u}} not excluded; core biopsy arranged.
        4. The family confirmed that the outside "infusions" were intravenous fluids and "something for the bone"; documents still missing.
        """),
    N("2026-10-16", "MDT minutes", """
        MDT DISCUSSION 2026-10-16 - 赵某, female
        Femoral lesion: diagnosis not yet established ({{osteosarcoma|OSTEOSARCOMA|u}} versus another {{high-grade sarcoma|OTHER_SARCOMA|u}}); repeat biopsy 2026-10-21.
        Lungs: about six bilateral peripheral {{pulmonary metastases|LUNG_METASTASIS}}; thoracic surgery: technically {{resectable|RESECTABLE}} by staged {{wedge resections|LUNG_RESECTION|p}} once the primary tumour is controlled.
        {{Pulmonary function|PULMONARY_FUNCTION}} not yet tested.
        {{Serum beta-hCG|PREGNANCY_TEST|u}}: result still not in the chart. Breast biopsy result pending.
        {{KPS 80|KARNOFSKY}}.
        Conclusion: complete the work-up; possibly a PROMIS candidate later.
        """),
])

# ---------------------------------------------------------------------------
# PF24 - Polish letters, 28-year-old woman with undifferentiated pleomorphic sarcoma of
# bone (look-alike, treated with MAP), HIV on ART, gemcitabine/docetaxel 2025,
# permanent grade 2 hearing loss, local recurrence, resectable lung metastases,
# pregnancy 11 weeks. Excluded.
# ---------------------------------------------------------------------------
P("PF24", "2026-11-09", "excluded",
  "HIST=nm LR=met GEM=met TOX=met HIV=met PREG=met", [
    N("2024-05-10", "discharge summary", """
        Discharge summary (karta informacyjna) 10.05.2024
        Mrs. Anna W., {{26 lat|AGE}}.
        Diagnosis: high-grade {{undifferentiated pleomorphic sarcoma of bone|OTHER_SARCOMA}} ({{UPS|OTHER_SARCOMA}}) of the right distal femur, biopsy 14.09.2023; no osteoid production, not an {{osteosarcoma|OSTEOSARCOMA|n}}.
        Treatment: {{MAP|SYSTEMIC_THERAPY}} (high-dose {{methotrexate|SYSTEMIC_THERAPY}}, {{doxorubicin|SYSTEMIC_THERAPY}}, {{cisplatin|SYSTEMIC_THERAPY}}); resection with endoprosthesis 01.2024; adjuvant {{MAP|SYSTEMIC_THERAPY}} completed 05.2024.
        Comorbidity: {{HIV infection|HIV}} diagnosed 2019, on {{ART|HIV}} ({{dolutegravir/lamivudine|HIV}}), viral load undetectable.
        Audiogram: bilateral {{hearing loss|TOXICITY}} grade 2 after {{cisplatin|SYSTEMIC_THERAPY|h}}; hearing aids fitted.
        Dr. P. Nowicki, Clinical Oncology
        """),
    N("2025-09-01", "outpatient letter", """
        Dear colleague,

        Mrs. W., {{27 lat|AGE}}. {{Pulmonary metastases|LUNG_METASTASIS}} (three) diagnosed 02.2025; {{gemcitabine + docetaxel|GEMCITABINE|h}} six cycles 03-07.2025, best response {{stable disease|TUMOR_RESPONSE}}.
        Persistent {{hearing loss|TOXICITY}} grade 2 (hearing aids). {{Neuropathy|TOXICITY}} grade 1 after {{docetaxel|SYSTEMIC_THERAPY|h}}.
        Follow-up CT every three months.

        Kind regards, Dr. P. Nowicki
        """),
    N("2026-09-15", "imaging report", """
        CT chest and MRI right femur, 15.09.2026
        CT: four {{nodules|PULMONARY_NODULE}} (three known and larger, one new), peripheral, up to 16 mm - {{progression|TUMOR_RESPONSE}} of the {{pulmonary metastases|LUNG_METASTASIS}} ({{przerzuty do płuc|LUNG_METASTASIS}}). No {{pleural effusion|PLEURAL_EFFUSION|n}}.
        MRI: 3 cm soft-tissue mass at the proximal end of the prosthesis - {{local recurrence|LOCAL_RECURRENCE}} ({{wznowa miejscowa|LOCAL_RECURRENCE}}).
        """),
    N("2026-10-20", "tumour board minutes", """
        Tumour board (konsylium) 20.10.2026 - Mrs. W., {{28 lat|AGE}}, {{ECOG 1|ECOG}}.
        {{UPS of bone|OTHER_SARCOMA}}, right femur: {{local recurrence|LOCAL_RECURRENCE}} (biopsy-proven 05.10.2026) and four {{pulmonary metastases|LUNG_METASTASIS}}.
        Thoracic surgery: the {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}} ({{wedge resections|LUNG_RESECTION|p}}); {{PFT|PULMONARY_FUNCTION}} normal ({{FEV1|PULMONARY_FUNCTION}} 99 %), {{adequate for thoracic surgery|PULMONARY_FUNCTION}}.
        Orthopaedics: the {{local recurrence|LOCAL_RECURRENCE}} would require an amputation - the patient wants time to decide.
        Note: the patient reports a positive home {{pregnancy test|PREGNANCY_TEST}}; gynaecology referral.
        """),
    N("2026-11-04", "obstetrics note", """
        Gynaecology/obstetrics 04.11.2026
        Intrauterine {{pregnancy|PREGNANCY}} of 11+2 weeks by ultrasound, viable. {{Serum beta-hCG|PREGNANCY_TEST}} positive.
        {{HIV|HIV}}: on {{ART|HIV}}, viral load < 50 copies/ml - continued, also for prevention of vertical transmission.
        {{Hearing loss|TOXICITY}} grade 2 (hearing aids).
        The patient wishes to continue the {{pregnancy|PREGNANCY}}.
        """),
])


# ---------------------------------------------------------------------------
def build():
    with open(CONCEPTS, encoding="utf-8") as fh:
        concept_ids = {c["id"] for c in json.load(fh)["concepts"]}

    notes_out, patients_out = [], []
    seen_pids = set()
    total_notes = annotated = total_spans = 0
    label_counts = Counter()
    for pat in PATIENTS:
        pid, as_of = pat["pid"], pat["as_of"]
        assert pid not in seen_pids, pid
        seen_pids.add(pid)
        assert re.fullmatch(r"PF(0[1-9]|1\d|2[0-4])", pid), pid
        d_as_of = date.fromisoformat(as_of)
        assert date(2025, 6, 1) <= d_as_of <= date(2026, 11, 30), (pid, as_of)
        assert 3 <= len(pat["notes"]) <= 8, (pid, len(pat["notes"]))
        crit = expand_verdicts(pat["verdicts"])
        assert len(crit) == 22
        status = derive_status(crit)
        assert status == pat["status"], (pid, status, pat["status"])
        last = None
        for i, note in enumerate(pat["notes"], 1):
            d = date.fromisoformat(note["date"])
            assert d <= d_as_of, (pid, i, note["date"])
            assert last is None or d >= last, (pid, i, "notes out of order")
            last = d
            text, spans = parse_markup(note["marked"])
            if not note["ann"]:
                assert not spans, (pid, i, "unannotated note carries markup")
            for s in spans:
                assert s["label"] in concept_ids, (pid, i, s["label"])
                label_counts[s["label"]] += 1
            words = len(text.split())
            assert 25 <= words <= 700, (pid, i, words)
            total_notes += 1
            if spans:
                annotated += 1
                total_spans += len(spans)
            notes_out.append(OrderedDict([
                ("patient_id", pid), ("note_id", "%s-N%d" % (pid, i)),
                ("note_date", note["date"]), ("note_type", note["type"]),
                ("text", text), ("spans", spans)]))
        patients_out.append(OrderedDict([
            ("patient_id", pid), ("as_of", as_of), ("status", status),
            ("criteria", crit)]))

    assert len(patients_out) == 24, len(patients_out)
    assert 110 <= total_notes <= 140, total_notes
    assert annotated * 2 >= total_notes, (annotated, total_notes)

    mix = Counter(p["status"] for p in patients_out)
    assert 7 <= mix["eligible"] <= 9 and 8 <= mix["excluded"] <= 10 \
        and 6 <= mix["needs_review"] <= 8, mix

    table = OrderedDict()
    for cid in list(INCLUSIONS.values()) + list(EXCLUSIONS.values()):
        c = Counter(p["criteria"][cid] for p in patients_out)
        table[cid] = c
        assert c["met"] >= 3 and c["not_met"] >= 3 and c["unknown"] >= 2, (cid, c)

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "patients.jsonl"), "w", encoding="utf-8") as fh:
        for p in patients_out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")

    print("part F: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(patients_out), total_notes, annotated, total_spans))
    print("status mix: " + ", ".join("%s %d" % (k, mix[k])
                                     for k in ("eligible", "excluded", "needs_review")))
    print()
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for cid, c in table.items():
        print("%-30s %5d %8d %8d" % (cid, c["met"], c["not_met"], c["unknown"]))
    print()
    print("spans per label: " + ", ".join("%s %d" % kv for kv in sorted(label_counts.items())))
    return notes_out, patients_out


if __name__ == "__main__":
    build()
