#!/usr/bin/env python3
"""Gold corpus for chartmatch / PROMIS (NCT06114225) -- part A (patients PA01..PA24).

Run:  python3 annotated_notes/source/part_a.py
Writes annotated_notes/parts/a/notes.jsonl and annotated_notes/parts/a/patients.jsonl
(paths relative to the repository root, found from this file's location). Stdlib only.

HOW NOTES ARE WRITTEN
---------------------
Every note is a plain string in which concept mentions may be marked inline as

    [[text|LABEL]]            or      [[text|LABEL|flag,flag]]

LABEL is a concept id from patterns/concepts.json. Flags (any subset, comma-separated):
    neg  -> negated       (explicitly absent / denied / negative result)
    unc  -> uncertain     (possible, suspected, cannot exclude, r/o, pending confirmation)
    hist -> historical    (marked past by a cue: history of, h/o, hx, s/p, status post, prior,
                           previous(ly), completed, remote -- or standing in a past-history
                           section: Past Medical/Surgical History, Oncologic/Treatment History)
    hyp  -> hypothetical  (planned, recommended, conditional "would require", "if", trial plan)
    fam  -> family        (about a relative)
The full names (negated, uncertain, historical, hypothetical, family) are accepted too.

The script strips the markup, computes character offsets (end exclusive) into the final
text and asserts text[start:end] equals the marked text. A note with at least one marked
span is a *span-annotated* note: in such a note every concept mention is annotated, and a
keyword lint (LINT below) fails the run if a likely concept word lies outside every span
(deliberate non-mentions are listed per note with ok=[...]). Notes without markup are
written with "spans": [] and are used for the patient-level verdicts only.

Span conventions used here
  * span = the concept phrase as written, with subtype adjectives ("osteoblastic
    osteosarcoma", "RLL nodules"), without sizes; ECOG/KARNOFSKY/LANSKY/AGE/DOB include
    the value ("ECOG 1", "Lansky 80", "17-year-old", "DOB: 08/14/2015").
  * a test reported negative / non-reactive (HIV, hCG) is annotated with neg.
  * drug names in a medication list are current (no flag); a drug in the plan is hyp.
  * checkpoint inhibitors are labelled CHECKPOINT_INHIBITOR (not MONOCLONAL_ANTIBODY);
    infliximab-type drugs IMMUNOSUPPRESSANT; other -mabs MONOCLONAL_ANTIBODY.
  * a steroid with no stated route is SYSTEMIC_STEROID (the concept is "may be systemic").

Patient verdicts (PATIENTS) follow /work/shared/promis-criteria.md; the comment by each
patient gives the reason for every verdict that is not the default (inclusion met /
exclusion not_met). The check at the end asserts the status rule and the mix required.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]          # /work/main
OUT = ROOT / "annotated_notes" / "parts" / "a"
CONCEPTS = {c["id"] for c in json.loads((ROOT / "patterns" / "concepts.json").read_text())["concepts"]}

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")
ALIAS = {"neg": "negated", "unc": "uncertain", "hist": "historical", "hyp": "hypothetical", "fam": "family"}
ALIAS.update({f: f for f in FLAGS})

MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)(?:\|([a-z,]*))?\]\]")

# Words that (almost always) name a concept: in a span-annotated note each hit must lie in a span.
LINT_WORDS = [
    r"osteosarc\w*", r"osteosarcma", r"osteogenic", r"ewing", r"chondrosarc\w*", r"sarcoma(?! clinic| oncolog| medical| tumou?r board| service)",
    r"metasta\w*", r"\bmets\b", r"nodul\w*", r"resectab\w*", r"wedge", r"lobectomy",
    r"segmentectomy", r"pneumonectomy", r"\bVATS\b", r"thoracotomy", r"bronch(?:us|i)\b", r"main pulmonary",
    r"hil(?:um|ar)", r"effusion", r"\bPFTs?\b", r"FEV1", r"DLCO", r"pulmonary function", r"spirometry",
    r"pulmonary reserve", r"cleared for", r"lung function", r"chemo\w*", r"methotrexate", r"\bMTX\b",
    r"doxorubicin", r"adriamycin", r"\bADR\b", r"cisplatin", r"\bCDDP\b", r"ifosfamide", r"\bIFO\b",
    r"etoposide", r"VP-16", r"apatinib", r"anlotinib", r"regorafenib", r"pazopanib", r"vincristine",
    r"cyclophosphamide", r"docetaxel", r"busulfan", r"melphalan", r"irinotecan", r"temozolomide",
    r"5-FU", r"mitomycin", r"gemcit\w*", r"gemzar", r"\w+mab\b", r"PD-1", r"PD-L1", r"checkpoint",
    r"AiRuiKa", r"Tyvyt", r"thymalfasin", r"zadaxin", r"thymosin", r"huaier", r"kanglaite",
    r"huachansu", r"cinobufacini", r"kushen", r"interferon", r"interleukin", r"lupus", r"rheumatoid",
    r"crohn\w*", r"hashimoto\w*", r"psoria\w*", r"autoimmun\w*", r"steroid\w*", r"prednis\w*",
    r"dexameth\w*", r"methylpred\w*", r"hydrocort\w*", r"fluticasone", r"budesonide", r"tacrolimus",
    r"mycophen\w*", r"cyclospor\w*", r"azathiop\w*", r"levothyrox\w*",
    r"insulin", r"transplant\w*", r"\bHSCT\b", r"\bBMT\b", r"stem cell", r"anaphyla\w*",
    r"allergic", r"hypersensitiv\w*", r"infusion reaction", r"\bNKDA\b", r"toxicit\w*",
    r"neuropathy", r"hearing loss", r"ototox\w*", r"nephrotox\w*", r"mucositis", r"fatigue",
    r"alopecia", r"\bHIV\b", r"antiretroviral", r"biktarvy", r"vaccin\w*", r"\bMMR\b", r"varicella",
    r"varivax", r"flumist", r"shingrix", r"typhoid", r"pregnan\w*", r"hCG", r"breastfe\w*",
    r"lactat\w*", r"gestation", r"\bIUP\b", r"ECOG", r"karnofsky", r"\bKPS\b", r"lansky",
    r"\b\d+[- ]?(?:yo|y/o)\b", r"\d+-year-old", r"\d+ years old", r"\bDOB\b",
    r"local recurrence", r"locally recurrent", r"trial", r"study drug",
    r"investigational", r"protocol", r"\bPROMIS\b", r"respon\w*", r"progress(?:ion|ive|ed|ing)?\b(?!\s+note)", r"stable disease",
    r"cancer", r"carcinoma", r"leuk\w*", r"lymphoma", r"melanoma", r"malignan\w*",
    r"\b(?:RUL|RML|RLL|LUL|LLL|lung|pulmonary)\s+(?:mass|lesion)s?\b", r"\bimmunotherapy\b",
    r"tinnitus", r"diarrh\w*", r"neutropenia",
]
LINT_CASE = [   # abbreviations that only count in upper case
    r"\bOS\b", r"\bMAP\b", r"\bAP\b", r"\bIE\b", r"\bVDC\b", r"\bGP\b", r"\bGD\b", r"\bSLE\b",
    r"\bITP\b", r"\bRA\b", r"\bSD\b", r"\bPR\b", r"\bCR\b", r"\bPD\b(?!-)", r"\bART\b",
    r"\b\d{1,2}[MF]\b", r"\b[MF]/\d{1,2}\b",
]
LINT = [re.compile("|".join(LINT_WORDS), re.IGNORECASE), re.compile("|".join(LINT_CASE))]

NOTES: list[dict] = []


def parse(marked: str):
    """Strip [[text|LABEL|flags]] markup; return (text, spans)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in CONCEPTS, f"unknown concept {label!r}"
        fl = set()
        for f in filter(None, flags.split(",")):
            assert f in ALIAS, f"unknown flag {f!r} in {m.group(0)!r}"
            fl.add(ALIAS[f])
        spans.append({"start": length, "end": length + len(phrase), "label": label,
                      **{f: f in fl for f in FLAGS}})
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, f"unparsed markup near: {text[text.find('[['):][:60]!r}"
    return text, spans, [m.group(1) for m in MARK.finditer(marked)]


def note(pid: str, nid: str, when: str, ntype: str, body: str, ok: tuple[str, ...] = ()):
    """Add a note. `ok` lists lint hits (exact matched words/phrases) that are not concept mentions."""
    body = body.strip("\n") + "\n"
    text, spans, phrases = parse(body)
    for s, p in zip(spans, phrases):
        assert text[s["start"]:s["end"]] == p, (nid, p)
    date.fromisoformat(when)
    if spans:   # lint: every concept-like word must be inside a span
        covered = [(s["start"], s["end"]) for s in spans]
        oks = {o.lower() for o in ok}
        for rx in LINT:
            for m in rx.finditer(text):
                w = m.group(0)
                if any(x <= m.start() and m.end() <= y for x, y in covered) or w.lower() in oks:
                    continue
                ctx = text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")
                raise AssertionError(f"{nid}: unannotated concept word {w!r} in ...{ctx}...")
        # overlapping spans are not allowed
        ss = sorted(spans, key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]):
            assert a["end"] <= b["start"], (nid, a, b)
    NOTES.append({"patient_id": pid, "note_id": nid, "note_date": when, "note_type": ntype,
                  "text": text, "spans": spans})


# =====================================================================================
# PA01 -- ELIGIBLE. 17M, osteoblastic osteosarcoma L femur, MAP, 2 RLL mets, resectable.
# Traps: older note ECOG 3 (newest ECOG 0 wins); inhaled fluticasone (local); grandmother
# with breast cancer (family); HIV non-reactive; grade 3 mucositis in 2024, resolved; grade 1
# hearing loss (not > grade 1); gemcitabine/penpulimab only as the PROMIS plan.
# =====================================================================================
note("PA01", "PA01-N1", "2024-06-18", "progress_note", """
Sarcoma clinic f/u - post-op
[[16 yo|AGE]] M s/p L distal femur resection + endoprosthetic reconstruction 05/28/2024 for [[osteoblastic osteosarcoma|OSTEOSARCOMA]] (dx 02/2024).
Path: >95% necrosis, margins neg.
Now on [[adjuvant MAP|SYSTEMIC_THERAPY]], [[HD-MTX|SYSTEMIC_THERAPY]] wk 2 given 06/10/24.
Gr 3 [[mucositis|TOXICITY]] after last [[MTX|SYSTEMIC_THERAPY]], improving w/ supportive care. No fever.
Mobility: wheelchair / walker, in bed or chair >50% of waking hours. [[ECOG 3|ECOG]].
Plan: cont [[adjuvant MAP|SYSTEMIC_THERAPY]], PT, f/u 1 wk.
""")

note("PA01", "PA01-N2", "2025-08-12", "radiology_report", """
CT CHEST WITH IV CONTRAST
Exam date: 08/12/2025
Clinical indication: [[17 yo|AGE]] M with [[osteosarcoma|OSTEOSARCOMA]] of the L femur, [[completed MAP chemotherapy|SYSTEMIC_THERAPY|hist]] 11/2024. Surveillance.
Comparison: CT chest 05/06/2025.

FINDINGS:
Lungs: Two new [[solid nodules|PULMONARY_NODULE]] in the right lower lobe: 8 mm in the superior segment (series 4, image 112) and 1.1 x 0.9 cm in the posterior basal segment (series 4, image 188). Both are peripheral/subpleural. No [[nodules|PULMONARY_NODULE|neg]] in the left lung. No consolidation.
Pleura: No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No pneumothorax.
Mediastinum/hila: No lymphadenopathy.
Upper abdomen: Unremarkable.

IMPRESSION:
1. Two new [[RLL nodules|PULMONARY_NODULE]] (8 mm and 11 mm), consistent with [[pulmonary metastases|LUNG_METASTASIS]] in this patient with [[osteosarcoma|OSTEOSARCOMA]].
2. No [[pleural effusion|PLEURAL_EFFUSION|neg]].
""")

note("PA01", "PA01-N3", "2025-08-28", "thoracic_surgery_consult", """
THORACIC SURGERY CONSULTATION

Reason for consult: [[RLL nodules|PULMONARY_NODULE]], evaluate for [[metastasectomy|LUNG_RESECTION|hyp]].

HPI: [[17-year-old|AGE]] male with h/o [[osteoblastic osteosarcoma|OSTEOSARCOMA|hist]] of the left distal femur, s/p neoadjuvant/adjuvant [[MAP|SYSTEMIC_THERAPY|hist]] and limb salvage (05/2024). Surveillance CT 08/12/2025 showed 2 new right lower lobe [[nodules|PULMONARY_NODULE]] (8 mm, 11 mm), both peripheral.

PMH: Mild intermittent asthma.
Meds: [[fluticasone|LOCAL_STEROID]] HFA 110 mcg 2 puffs BID (inhaled); albuterol PRN.
[[PFTs|PULMONARY_FUNCTION]] (08/25/2025): [[FEV1|PULMONARY_FUNCTION]] 3.9 L (96% pred), [[DLCO|PULMONARY_FUNCTION]] 92% pred.

Exam: Well developed, NAD. Lungs clear bilaterally. Healed L thigh incision.

Assessment: Two peripheral [[RLL nodules|PULMONARY_NODULE]], both [[resectable|RESECTABLE]]. [[PFTs|PULMONARY_FUNCTION]] adequate; [[cleared for thoracic surgery|PULMONARY_FUNCTION]].
Recommendation: Right [[VATS wedge resection|LUNG_RESECTION|hyp]] x2 (superior [[segmentectomy|LUNG_RESECTION|hyp]] if the 8 mm [[lesion|PULMONARY_NODULE]] is deeper than expected). Will coordinate timing with medical oncology given interest in the [[PROMIS trial|INVESTIGATIONAL|hyp]].
""")

note("PA01", "PA01-N4", "2025-09-02", "clinic_note", """
SARCOMA MEDICAL ONCOLOGY - FOLLOW-UP VISIT
Date of service: 09/02/2025

HPI:
[[17-year-old|AGE]] male with [[osteoblastic osteosarcoma|OSTEOSARCOMA]] of the left distal femur, diagnosed 02/2024, treated with [[MAP|SYSTEMIC_THERAPY]] ([[high-dose methotrexate|SYSTEMIC_THERAPY]], [[doxorubicin|SYSTEMIC_THERAPY]], [[cisplatin|SYSTEMIC_THERAPY]]) and limb salvage 05/28/2024; [[completed chemotherapy|SYSTEMIC_THERAPY|hist]] 11/2024. Surveillance CT chest 08/12/2025 showed two new RLL [[nodules|PULMONARY_NODULE]] c/w [[pulmonary metastases|LUNG_METASTASIS]]. Seen by thoracic surgery 08/28: [[resectable|RESECTABLE]], [[wedge resection|LUNG_RESECTION|hyp]] recommended. Here to discuss options incl. the [[PROMIS trial|INVESTIGATIONAL|hyp]]. Feels well, back at school, walking without aids, shooting hoops.

Oncologic History:
- 02/2024 biopsy L distal femur: high-grade [[osteosarcoma|OSTEOSARCOMA|hist]], osteoblastic subtype
- 02-05/2024 neoadjuvant [[MAP|SYSTEMIC_THERAPY|hist]] x 2 cycles
- 05/28/2024 resection + endoprosthesis, 95% necrosis
- 06-11/2024 adjuvant [[MAP|SYSTEMIC_THERAPY|hist]]; grade 3 [[mucositis|TOXICITY|hist]] after [[HD-MTX|SYSTEMIC_THERAPY|hist]], resolved
- 08/2025 two RLL [[pulmonary metastases|LUNG_METASTASIS|hist]]

Past Medical History: Mild intermittent asthma.
Medications: [[fluticasone|LOCAL_STEROID]] HFA 110 mcg 2 puffs BID, albuterol HFA PRN. No [[systemic steroids|SYSTEMIC_STEROID|neg]].
Allergies: [[NKDA|ALLERGIC_REACTION|neg]]
Family History: Maternal grandmother with [[breast cancer|OTHER_MALIGNANCY|fam]] at 60. No family history of [[sarcoma|OTHER_SARCOMA|neg,fam]].
Social History: 12th grade. No tobacco, no vaping, no alcohol.
Immunizations: [[inactivated influenza vaccine|NONLIVE_VACCINE]] 10/2024.

Review of Systems: Denies cough, hemoptysis, chest pain, weight loss.

Physical Exam: Well appearing. Lungs clear. L thigh incision well healed, knee ROM 0-110. Independent gait.
[[ECOG 0|ECOG]].

Labs/Studies: [[HIV-1/2 Ag/Ab|HIV|neg]] non-reactive (02/2024). Audiogram 07/2025: grade 1 high-frequency [[hearing loss|TOXICITY]], unchanged since 12/2024.

Assessment and Plan:
[[17M|AGE]] with [[osteosarcoma|OSTEOSARCOMA]], now two [[resectable|RESECTABLE]] RLL [[pulmonary metastases|LUNG_METASTASIS]].
- Discussed [[PROMIS|INVESTIGATIONAL|hyp]]: SBRT with [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] and [[gemcitabine|GEMCITABINE|hyp]] ([[GP|GEMCITABINE|hyp]]), then [[metastasectomy|LUNG_RESECTION|hyp]], then [[GP|GEMCITABINE|hyp]] x4 and [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] maintenance. Interested; will screen.
- If not enrolled: proceed to [[VATS wedge resection|LUNG_RESECTION|hyp]] per thoracic surgery.
- No residual [[toxicity|TOXICITY|neg]] above grade 1.
- F/u 2 weeks.
""", ok=("SARCOMA",))

note("PA01", "PA01-N5", "2025-09-10", "tumor_board", """
MULTIDISCIPLINARY SARCOMA TUMOR BOARD - 09/10/2025

Patient presented: 17M, osteoblastic osteosarcoma L distal femur (dx Feb 2024), MAP x6 + limb salvage, off therapy since Nov 2024.
Imaging reviewed (radiology): CT 8/12/25 - 2 RLL nodules 8 and 11 mm, new since May, both peripheral. Favor metastatic disease. No effusion.
Thoracic surgery: resectable by VATS wedge; PFTs normal.
Radiation oncology: both nodules amenable to SBRT if trial route chosen.

Consensus: isolated resectable pulmonary metastases. Offer screening for the PROMIS study (NCT06114225); otherwise upfront VATS metastasectomy. No role for further systemic therapy before surgery outside a trial.
""")


# =====================================================================================
# PA02 -- EXCLUDED. 19M Ewing sarcoma of pelvis (osteosarcoma considered and excluded on
# pathology) -> osteosarcoma_histology not_met. Grade 3 anaphylaxis to ganitumab (mAb) ->
# mab_allergy met. Persisting grade 2 ifosfamide nephrotoxicity -> unresolved_toxicity met.
# FluMist (live) 11/19/2025, 12 days before as_of -> live_vaccine_30d met.
# Traps: autologous stem cell rescue (not allogeneic); trial participation (AEWS1221) in
# 2019-2020 is far outside 4 weeks; Ewing dx 10/2019 is > 5 years before as_of.
# =====================================================================================
note("PA02", "PA02-N1", "2019-10-22", "pathology_report", """
SURGICAL PATHOLOGY REPORT
Specimen: Left iliac wing mass, CT-guided core biopsy (x4 cores)

Microscopic: Sheets of uniform small round blue cells with scant clear cytoplasm, fine chromatin and inconspicuous nucleoli. Extensive necrosis. No osteoid or chondroid matrix is identified in any core.
Immunohistochemistry: CD99 strong diffuse membranous; NKX2.2 positive (nuclear); FLI-1 positive; desmin, myogenin negative; SATB2 negative; CD45 negative.
Molecular: FISH break-apart probe - EWSR1 rearrangement DETECTED (82% of nuclei).

DIAGNOSIS:
Left iliac wing, core biopsy: [[EWING SARCOMA|OTHER_SARCOMA]].

Comment: Small cell [[osteosarcoma|OSTEOSARCOMA|neg]] was considered in the differential and is excluded by the absence of osteoid, negative SATB2 and the EWSR1 rearrangement. [[Lymphoma|OTHER_MALIGNANCY|neg]] excluded by CD45 negativity.
""")

note("PA02", "PA02-N2", "2025-10-02", "radiology_report", """
CT chest w contrast 10/02/2025
Hx: Ewing sarcoma L pelvis, completed therapy 2020. Restaging.
Findings: Three new pulmonary nodules - LUL 9 mm (im 58), RML 5 mm (im 102), RLL 6 mm (im 140). No pleural effusion. No adenopathy. Sclerotic post-treatment changes L iliac bone, stable.
Impression: New bilateral pulmonary nodules, consistent with metastatic disease (Ewing sarcoma).
""")

note("PA02", "PA02-N3", "2025-11-20", "clinic_note", """
SARCOMA CLINIC - RETURN VISIT (11/20/2025)

HPI: [[19 yo|AGE]] M with [[Ewing sarcoma|OTHER_SARCOMA]] of the L iliac wing dx 10/2019, now with bilateral [[pulmonary metastases|LUNG_METASTASIS]] (CT 10/02/2025: LUL, RML, RLL [[nodules|PULMONARY_NODULE]]). Referred by outside orthopaedics asking about [[PROMIS|INVESTIGATIONAL|hyp]]; note: pathology is [[Ewing|OTHER_SARCOMA]], not [[osteosarcoma|OSTEOSARCOMA|neg]] (re-reviewed here 11/2025, EWSR1 rearranged).

Oncologic History:
- 10/2019 - 04/2020: [[VDC|SYSTEMIC_THERAPY|hist]]/[[IE|SYSTEMIC_THERAPY|hist]] ([[vincristine|SYSTEMIC_THERAPY|hist]], [[doxorubicin|SYSTEMIC_THERAPY|hist]], [[cyclophosphamide|SYSTEMIC_THERAPY|hist]] / [[ifosfamide|SYSTEMIC_THERAPY|hist]], [[etoposide|SYSTEMIC_THERAPY|hist]]) on COG [[AEWS1221|INVESTIGATIONAL|hist]], randomized to the [[ganitumab|MONOCLONAL_ANTIBODY|hist]] arm. Cycle 3 [[ganitumab|MONOCLONAL_ANTIBODY|hist]]: grade 3 [[anaphylaxis|ALLERGIC_REACTION|hist]] (hypotension, bronchospasm, epinephrine x2) - [[ganitumab|MONOCLONAL_ANTIBODY|hist]] permanently discontinued, continued [[chemotherapy|SYSTEMIC_THERAPY|hist]] alone.
- 01/2020: local control - proton RT 55.8 Gy to L pelvis.
- 06/2020: high-dose [[busulfan|SYSTEMIC_THERAPY|hist]]/[[melphalan|SYSTEMIC_THERAPY|hist]] with [[autologous stem cell rescue|TRANSPLANT|hist]].
- 10/2025: bilateral [[lung mets|LUNG_METASTASIS|hist]].

Problems:
- Grade 2 [[ifosfamide nephrotoxicity|TOXICITY]]: creatinine 1.6 mg/dL (baseline 0.8 before therapy), proximal tubulopathy, on K-Phos and sodium bicarbonate. Stable, not recovered.
- Mild [[fatigue|TOXICITY]].

Medications: K-Phos Neutral 250 mg BID, sodium bicarbonate 650 mg TID, ondansetron PRN.
Allergies: [[ganitumab|MONOCLONAL_ANTIBODY]] ([[anaphylaxis|ALLERGIC_REACTION]]).
Vaccines: [[FluMist|LIVE_VACCINE]] (intranasal, live attenuated) at pharmacy 11/19/2025.

Exam: Well appearing. Lungs clear. Mild L hip limp.
[[ECOG 1|ECOG]]

Thoracic surgery (consult 11/18): three [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] by staged bilateral [[VATS wedge resections|LUNG_RESECTION|hyp]]; [[PFTs|PULMONARY_FUNCTION]] adequate ([[FEV1|PULMONARY_FUNCTION]] 88%, [[DLCO|PULMONARY_FUNCTION]] 81%).

A/P: [[Metastatic|METASTASIS]] [[Ewing sarcoma|OTHER_SARCOMA]], first pulmonary relapse. Not eligible for [[PROMIS|INVESTIGATIONAL|hyp]] (histology). Plan staged [[metastasectomy|LUNG_RESECTION|hyp]] then whole-lung RT vs. [[irinotecan|SYSTEMIC_THERAPY|hyp]]/[[temozolomide|SYSTEMIC_THERAPY|hyp]]; discuss at tumor board. Counselled that [[live vaccines|LIVE_VACCINE|hyp]] should be avoided while on treatment.
""", ok=("Vaccines",))

note("PA02", "PA02-N4", "2025-11-26", "tumor_board", """
SARCOMA TUMOR BOARD 11/26/2025
19M, Ewing sarcoma L pelvis (EWSR1+), relapse to lungs x3 nodules 10/2025, 5+ yrs from diagnosis.
Path re-review confirms Ewing sarcoma; no osteosarcoma component.
Surgery: staged VATS wedges feasible, PFTs ok.
Rec: metastasectomy, then irinotecan/temozolomide +/- WLI. Not a candidate for osteosarcoma-specific trials.
""")


# =====================================================================================
# PA03 -- ELIGIBLE (Chinese practice). 22F, osteoblastic osteosarcoma R tibia, AP + HD-MTX.
# Camrelizumab + apatinib 06-08/2025 with PD at first assessment -> primary resistance ->
# prior_checkpoint_inhibitor not_met. Huaier granules last dose 2026-03-05 = 15 days before
# as_of 2026-03-20 -> immunomodulator_2w not_met. Urine hCG negative. GP regimen = plan.
# =====================================================================================
note("PA03", "PA03-N1", "2023-04-10", "pathology_report", """
Department of Pathology - Pathology Report
Specimen: right proximal tibia, needle biopsy (4 cores)
Microscopic: Highly atypical spindle and polygonal tumour cells with marked pleomorphism and frequent mitoses, producing lace-like malignant osteoid directly.
IHC: SATB2 (+), MDM2 (-), CDK4 (-), H3F3A G34W (-), Ki-67 approx. 40%.
Pathological diagnosis: (right proximal tibia) conventional osteosarcoma, osteoblastic type, high grade.
""")

note("PA03", "PA03-N2", "2025-08-22", "discharge_summary", """
DISCHARGE SUMMARY - Department of Orthopaedic Oncology
Admission date: 2025-08-18    Discharge date: 2025-08-22

Discharge diagnosis:
1. [[Osteosarcoma|OSTEOSARCOMA]] of right proximal tibia, post limb-salvage surgery
2. Bilateral [[pulmonary metastases|LUNG_METASTASIS]]

Course: Female, [[21 years old|AGE]]. Diagnosed 04/2023; neoadjuvant [[AP regimen|SYSTEMIC_THERAPY]] + [[HD-MTX|SYSTEMIC_THERAPY]], limb salvage 07/2023, adjuvant [[AP/MTX|SYSTEMIC_THERAPY]] finished 12/2023. CT 05/2025: multiple bilateral [[lung nodules|PULMONARY_NODULE]], considered [[metastases|METASTASIS]]. Started [[camrelizumab|CHECKPOINT_INHIBITOR]] ([[AiRuiKa|CHECKPOINT_INHIBITOR]]) 200 mg q2w + [[apatinib|SYSTEMIC_THERAPY]] 250 mg qd on 2025-06-16. Restaging CT 2025-08-19 (first evaluation, 2 months): lung [[nodules|PULMONARY_NODULE]] enlarged and 2 new [[nodules|PULMONARY_NODULE]] - [[progressive disease|TUMOR_RESPONSE]] ([[PD|TUMOR_RESPONSE]]) at first assessment. [[Camrelizumab|CHECKPOINT_INHIBITOR]] and [[apatinib|SYSTEMIC_THERAPY]] stopped.
Plan: change to [[high-dose ifosfamide|SYSTEMIC_THERAPY|hyp]]; return 2025-09-01.
""")

note("PA03", "PA03-N3", "2026-02-26", "radiology_report", """
Chest CT (plain + contrast)  Exam date: 2026-02-26
Comparison: 2025-11-20, 2025-08-19.
Findings: Post-chemotherapy. Nodule in the apicoposterior segment of the LUL now 1.0 x 0.8 cm (previously 1.6 x 1.3 cm). Lingular nodule 6 mm (previously 9 mm). Right lung nodules seen in 08/2025 have resolved. No new nodules. No pleural effusion. No enlarged mediastinal or hilar lymph nodes.
Impression: Two residual LUL metastatic nodules, decreased after ifosfamide. No new lesion.
""")

note("PA03", "PA03-N4", "2026-03-10", "tumor_board", """
Bone and Soft Tissue Tumour MDT - 2026-03-10
Attending: orthopaedic oncology, thoracic surgery, radiation oncology, medical oncology, radiology, pathology.

Case: [[F/22|AGE]], right tibia [[OS|OSTEOSARCOMA]], [[pulmonary mets|LUNG_METASTASIS]] (2 residual LUL [[nodules|PULMONARY_NODULE]]) after [[HD-IFO|SYSTEMIC_THERAPY]] x4 (09-12/2025).
Thoracic surgery: both LUL [[nodules|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]] by [[wedge resection|LUNG_RESECTION|hyp]] (alternatively apicoposterior [[segmentectomy|LUNG_RESECTION|hyp]]). [[PFT|PULMONARY_FUNCTION]] 2026-03-04: [[FEV1|PULMONARY_FUNCTION]] 3.02 L (97% pred), [[DLCO|PULMONARY_FUNCTION]] 89% pred - adequate.
Radiation oncology: both [[nodules|PULMONARY_NODULE]] suitable for SBRT.
Prior [[PD-1|CHECKPOINT_INHIBITOR|hist]]: [[camrelizumab|CHECKPOINT_INHIBITOR|hist]] 06-08/2025, [[PD|TUMOR_RESPONSE|hist]] at first evaluation (primary resistance).
Recommendation: screen for [[PROMIS|INVESTIGATIONAL|hyp]] (SBRT + [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] + [[GP regimen|GEMCITABINE|hyp]], then [[metastasectomy|LUNG_RESECTION|hyp]]). If ineligible: direct [[VATS wedge resection|LUNG_RESECTION|hyp]].
""")

note("PA03", "PA03-N5", "2026-03-18", "clinic_note", """
Outpatient Record - Medical Oncology (2026-03-18)
Female, [[22 years old|AGE]]. Right tibial [[osteosarcoma|OSTEOSARCOMA]] with LUL [[metastases|METASTASIS]], here for [[PROMIS|INVESTIGATIONAL|hyp]] screening visit.
Current medicines: none regularly.
TCM: [[Huaier granules|IMMUNOMODULATOR]] 20 g tid (started 10/2025 by local TCM doctor) - last dose 2026-03-05, stopped on our advice.
Denies: fever / cough / haemoptysis / dyspnoea / bone pain.
[[ECOG 1|ECOG]].
[[Urine hCG|PREGNANCY_TEST|neg]] (2026-03-18): negative. Not [[breastfeeding|LACTATION|neg]].
Labs: CBC, liver and renal function within normal limits.
Plan: complete screening; SBRT simulation if enrolled.
""")


# =====================================================================================
# PA04 -- EXCLUDED. 58M conventional chondrosarcoma R acetabulum (dx 06/2019, > 5 y before
# as_of) -> osteosarcoma_histology not_met; chemotherapy-naive -> prior_systemic_therapy
# not_met; dominant LLL mass abutting the left main pulmonary artery, would require
# pneumonectomy -> resectable_nodules not_met; biopsy-proven local recurrence in the
# resection bed -> active_local_recurrence met; HIV on Biktarvy -> hiv met.
# PFTs never obtained -> pulmonary_function_adequate unknown.
# =====================================================================================
note("PA04", "PA04-N1", "2019-06-14", "pathology_report", """
SURGICAL PATHOLOGY
Specimen: Right hemipelvis (acetabulum), internal hemipelvectomy.
Gross: 7.5 x 6.0 x 5.2 cm lobulated grey-blue glistening tumour centred in the acetabular roof with cortical breakthrough.
Microscopic: Hypercellular hyaline cartilage with moderate nuclear atypia, binucleate cells and myxoid change; permeation of marrow spaces and entrapment of host trabeculae. No tumour-derived osteoid; no dedifferentiated component.
DIAGNOSIS: Conventional chondrosarcoma, grade 2 (of 3). Margins negative (closest 0.6 cm, posterior column). 
""")

note("PA04", "PA04-N2", "2025-12-10", "radiology_report", """
CT CHEST WITH CONTRAST - 12/10/2025
History: [[58 y/o|AGE]] M, h/o [[chondrosarcoma|OTHER_SARCOMA|hist]] R acetabulum (2019), [[locally recurrent|LOCAL_RECURRENCE]] 2025. Staging.
Comparison: 06/2024.

FINDINGS:
Lungs: 3.4 x 2.8 cm [[lobulated mass|PULMONARY_NODULE]] in the left lower lobe with coarse chondroid calcification, extending centrally into the [[left hilum|CENTRAL_STRUCTURE]], encasing the LLL bronchus and abutting the [[left main pulmonary artery|CENTRAL_STRUCTURE]]. Additional new [[nodules|PULMONARY_NODULE]]: LUL 6 mm, RUL 5 mm, RLL 4 mm.
Pleura: No [[pleural effusion|PLEURAL_EFFUSION|neg]].
Mediastinum: No adenopathy.

IMPRESSION:
1. Enlarging calcified [[LLL mass|PULMONARY_NODULE]] abutting the [[left main pulmonary artery|CENTRAL_STRUCTURE]], and multiple smaller bilateral [[pulmonary nodules|PULMONARY_NODULE]], c/w [[metastatic|METASTASIS]] [[chondrosarcoma|OTHER_SARCOMA]].
2. No [[effusion|PLEURAL_EFFUSION|neg]].
""", ok=("bronchus",))

note("PA04", "PA04-N3", "2025-12-22", "thoracic_surgery_consult", """
THORACIC SURGERY CONSULT - 12/22/2025
[[58M|AGE]], [[chondrosarcoma|OTHER_SARCOMA]], [[pulmonary metastases|LUNG_METASTASIS]]. Referred re: [[resection|LUNG_RESECTION|hyp]].
CT reviewed: dominant 3.4 cm [[LLL mass|PULMONARY_NODULE]] extends into the [[hilum|CENTRAL_STRUCTURE]] and abuts the [[left main pulmonary artery|CENTRAL_STRUCTURE]]; three small bilateral [[nodules|PULMONARY_NODULE]].
Impression: [[Complete resection|LUNG_RESECTION|hyp]] of the dominant [[lesion|PULMONARY_NODULE]] would require a left [[pneumonectomy|PNEUMONECTOMY|hyp]], which I would not recommend with bilateral disease. [[Not amenable to lung-sparing resection|UNRESECTABLE]] ([[wedge|LUNG_RESECTION|neg]] / [[segmentectomy|LUNG_RESECTION|neg]] / [[lobectomy|LUNG_RESECTION|neg]]). [[Unresectable|UNRESECTABLE]] from a thoracic standpoint.
[[PFTs|PULMONARY_FUNCTION|neg]] not obtained given the above.
Rec: back to medical oncology; consider SBRT to the smaller [[nodules|PULMONARY_NODULE]] for control.
""")

note("PA04", "PA04-N4", "2026-01-08", "clinic_note", """
SARCOMA CLINIC NOTE - 01/08/2026

HPI: [[58-year-old|AGE]] man with grade 2 conventional [[chondrosarcoma|OTHER_SARCOMA]] of the right acetabulum, s/p internal hemipelvectomy 07/2019 (margins negative), now with biopsy-proven [[local recurrence|LOCAL_RECURRENCE]] in the resection bed (MRI 11/2025: 4.6 cm enhancing lobulated mass; CT-guided biopsy 12/03/2025: grade 2 [[chondrosarcoma|OTHER_SARCOMA]]) and bilateral [[pulmonary metastases|LUNG_METASTASIS]] (CT 12/10/2025). He is [[chemotherapy-naive|CHEMO_NAIVE]]; [[systemic therapy|SYSTEMIC_THERAPY|neg]] was never indicated for his conventional tumor.

Past Medical History:
- [[HIV infection|HIV|hist]] dx 2009, on [[Biktarvy|HIV|hist]]; CD4 612, viral load <20 copies/mL (11/2025)
- Hypertension
Medications: [[Biktarvy|HIV]] 1 tab daily; amlodipine 5 mg daily.
Allergies: sulfa.
Social: Lives with husband. Former smoker (10 pack-yr, quit 2005).

Exam: Comfortable. Lungs clear. Firm fixed mass R groin/iliac region, tender. Walks with cane.
[[ECOG 1|ECOG]]

A/P:
1. [[Locally recurrent|LOCAL_RECURRENCE]] [[chondrosarcoma|OTHER_SARCOMA]] with bilateral [[lung mets|LUNG_METASTASIS]]. Thoracic surgery (12/22): [[unresectable|UNRESECTABLE]] - would need [[pneumonectomy|PNEUMONECTOMY|hyp]]. Not eligible for [[PROMIS|INVESTIGATIONAL|hyp]] (histology).
2. Palliative RT to the [[pelvic recurrence|LOCAL_RECURRENCE]]; discuss [[pazopanib|SYSTEMIC_THERAPY|hyp]] vs. clinical [[trial|INVESTIGATIONAL|hyp]] for conventional [[chondrosarcoma|OTHER_SARCOMA]] ([[IDH1 inhibitor|SYSTEMIC_THERAPY|hyp]] if mutated - NGS sent).
3. [[HIV|HIV]] well controlled; continue [[ART|HIV]] per ID.
""", ok=())


# =====================================================================================
# PA05 -- EXCLUDED. 9-year-old girl: DOB 04/02/2016, as_of 2026-03-30 -> age 9 ->
# age_eligible not_met. Lansky 50 -> performance_status not_met. Varicella vaccine (live)
# 02/28/2026 = exactly 30 days before as_of -> live_vaccine_30d met (boundary included).
# Allogeneic matched-sibling HSCT 2020 for severe aplastic anaemia -> allogeneic_transplant met.
# =====================================================================================
note("PA05", "PA05-N1", "2024-03-12", "pathology_report", """
PEDIATRIC PATHOLOGY - SURGICAL PATHOLOGY REPORT
Specimen: Left proximal tibia, open biopsy.
Diagnosis: Osteosarcoma, conventional type, fibroblastic subtype, high grade. Malignant spindle cells in fascicles with focal lace-like osteoid. SATB2 positive.
Comment: Patient has a history of matched sibling allogeneic HSCT (2020) for severe aplastic anemia; the tumor is considered a treatment-unrelated primary bone sarcoma (no prior radiation to this site).
""")

note("PA05", "PA05-N2", "2026-03-10", "radiology_report", """
CT CHEST WITH CONTRAST (pediatric low-dose protocol) - 03/10/2026
Indication: osteosarcoma L tibia, off therapy 16 months, surveillance.
Findings: Three new solid pulmonary nodules: RUL 7 mm (image 44), LLL 9 mm (image 131), LLL 5 mm (image 140). No pleural effusion. No lymphadenopathy.
Impression: Three new pulmonary nodules, consistent with metastatic osteosarcoma.
""")

note("PA05", "PA05-N3", "2026-03-25", "clinic_note", """
PEDIATRIC HEMATOLOGY/ONCOLOGY - PROGRESS NOTE 03/25/2026
[[DOB: 04/02/2016|DOB]]   [[Age: 9 y|AGE]]

HPI: [[9 yo|AGE]] girl with [[fibroblastic osteosarcoma|OSTEOSARCOMA]] of the L proximal tibia dx 03/2024, treated with [[MAP|SYSTEMIC_THERAPY]] x 6 cycles (03-11/2024) and limb-sparing resection 06/2024, off therapy since 11/2024. Surveillance CT 03/10/2026: 3 new [[lung nodules|PULMONARY_NODULE]] (RUL 7 mm, LLL 9 mm and 5 mm), c/w [[pulmonary metastases|LUNG_METASTASIS]]. Since 02/2026 increasing L knee pain with hardware loosening; spends most of the day lying on the couch, gets up only with help, plays quietly with board games.

PMH: Severe aplastic anemia 2019, s/p matched sibling [[allogeneic HSCT|TRANSPLANT|hist]] 06/2020; off all [[immunosuppression|IMMUNOSUPPRESSANT|neg,hist]] since 2021; no GVHD.
Immunizations: post-[[HSCT|TRANSPLANT|hist]] revaccination per BMT schedule ([[inactivated vaccines|NONLIVE_VACCINE]] 2021-2022; [[MMR|LIVE_VACCINE]] 2023). [[Varicella vaccine|LIVE_VACCINE]] ([[Varivax|LIVE_VACCINE]], live) given 02/28/2026 at PCP.
Meds: acetaminophen PRN, ibuprofen PRN.
Allergies: [[NKDA|ALLERGIC_REACTION|neg]]

Exam: thin, tired-appearing girl lying on the exam table; lungs clear; L knee swollen and tender.
Performance: [[Lansky 50|LANSKY]].

A/P: [[9 yo|AGE]] with first pulmonary relapse of [[osteosarcoma|OSTEOSARCOMA]].
- Peds surgery re: thoracoscopic [[wedge resection|LUNG_RESECTION|hyp]] of the 3 [[nodules|PULMONARY_NODULE]].
- Ortho for hardware revision.
- Not eligible for [[PROMIS|INVESTIGATIONAL|hyp]] (age < 10 at screening - turns 10 on 04/02/2026; performance score too low).
""", ok=("BMT", "vaccination"))

note("PA05", "PA05-N4", "2026-03-27", "surgery_consult", """
PEDIATRIC SURGERY CONSULT - 3/27/2026
9yo F, relapsed osteosarcoma, 3 pulmonary nodules (RUL 7 mm, LLL 9 and 5 mm), all peripheral.
Imp: amenable to thoracoscopic wedge resection (R then L, staged) - resectable. Spirometry today FEV1 94% predicted for height; cleared for thoracic surgery from a pulmonary standpoint.
Plan: schedule after ortho hardware revision and once she is more mobile.
""")


# =====================================================================================
# PA06 -- ELIGIBLE. Boy, DOB 08/14/2015, as_of 2025-08-20 -> age 10 (older note says
# "9-year-old"; DOB decides). Lansky 80 (age < 16). MMR 07/20/2025 = 31 days before
# as_of -> live_vaccine_30d not_met (just outside). Father's cousin with leukaemia (family).
# =====================================================================================
note("PA06", "PA06-N1", "2023-05-16", "pathology_report", """
SURGICAL PATHOLOGY
Specimen: Right distal femur, core needle biopsy.
Final diagnosis: High-grade osteosarcoma, conventional type (osteoblastic predominant).
Ancillary: SATB2 diffusely positive. MDM2 FISH not amplified (low-grade central osteosarcoma excluded).
""")

note("PA06", "PA06-N2", "2025-07-15", "radiology_report", """
CT CHEST W/ CONTRAST 07/15/2025
Indication: 9 y/o M, osteosarcoma R femur, off therapy since 01/2024. Surveillance.
Comparison: 01/14/2025.
Findings: New 9 mm solid nodule in the RML lateral segment, subpleural. No other nodules. No pleural effusion. Heart, mediastinum normal.
Impression: New solitary 9 mm RML nodule, consistent with metastasis given history.
""")

note("PA06", "PA06-N3", "2025-07-22", "clinic_note", """
PEDIATRIC ONCOLOGY CLINIC
Patient: [[9-year-old|AGE]] boy   [[DOB: 08/14/2015|DOB]]   Visit: 07/22/2025
Diagnosis: Conventional [[osteosarcoma|OSTEOSARCOMA]], R distal femur (dx 05/2023)

Treatment summary: Neoadjuvant [[MAP|SYSTEMIC_THERAPY]] (05-07/2023) -> R distal femur resection with expandable prosthesis 08/2023 (92% necrosis) -> adjuvant [[MAP|SYSTEMIC_THERAPY]] completed 01/2024. Off therapy since 01/2024.

Interval: Routine surveillance CT chest 07/15/2025 shows a new solitary 9 mm [[RML nodule|PULMONARY_NODULE]], c/w [[metastasis|METASTASIS]]. Asymptomatic. At summer camp, plays soccer but tires more quickly than his friends.
ROS: Denies cough, fever, weight loss, bone pain.
Meds: none.
Allergies: [[NKDA|ALLERGIC_REACTION|neg]].
Immunizations: post-[[chemotherapy|SYSTEMIC_THERAPY|hist]] catch-up under way with PCP - [[MMR|LIVE_VACCINE]] booster given 07/20/2025; [[Tdap/IPV|NONLIVE_VACCINE]] (inactivated) 03/2025.
Family hx: father's cousin with [[leukemia|OTHER_MALIGNANCY|fam]] in childhood. No other [[cancers|OTHER_MALIGNANCY|neg,fam]].
Exam: well child, R knee ROM 0-100, lungs clear.
[[Lansky 80|LANSKY]].

Assessment/Plan: [[9 yo|AGE]] with isolated pulmonary relapse (RML).
- Refer peds surgery for thoracoscopic [[wedge resection|LUNG_RESECTION|hyp]].
- Discuss [[PROMIS|INVESTIGATIONAL|hyp]] at tumor board: he turns 10 on 08/14/2025.
- Echo and audiogram before any further therapy (audiogram 01/2024: no [[hearing loss|TOXICITY|neg]]).
""")

note("PA06", "PA06-N4", "2025-08-12", "surgery_consult", """
Pediatric Surgery Consultation - 08/12/2025
Reason: RML nodule, osteosarcoma.
9 mm peripheral RML nodule, lateral segment, 1.5 cm from the pleural surface. Resectable by thoracoscopic wedge resection; no need for lobectomy.
Spirometry 08/11/2025: FEV1 1.92 L (102% predicted for height), FVC 104%. Cleared for thoracic surgery.
Plan: VATS wedge resection - date to be set after oncology/trial discussion.
""")

note("PA06", "PA06-N5", "2025-08-18", "clinic_note", """
Peds Heme/Onc - pre-op / [[trial|INVESTIGATIONAL|hyp]] screening visit 08/18/2025
[[10 yo|AGE]] M ([[DOB 08/14/2015|DOB]]), turned 10 last week. Feels well. [[Lansky 80|LANSKY]].
Surgery consult 08/12: [[RML nodule|PULMONARY_NODULE]] [[resectable|RESECTABLE]] by thoracoscopic [[wedge|LUNG_RESECTION|hyp]]; [[spirometry|PULMONARY_FUNCTION]] normal for age, [[cleared for surgery|PULMONARY_FUNCTION]].
Vaccine record: [[MMR|LIVE_VACCINE]] 07/20/2025, none since.
No meds, no [[steroids|SYSTEMIC_STEROID|neg]].
Plan: [[PROMIS|INVESTIGATIONAL|hyp]] screening (SBRT + [[penpulimab|CHECKPOINT_INHIBITOR|hyp]]/[[gemcitabine|GEMCITABINE|hyp]], then [[metastasectomy|LUNG_RESECTION|hyp]]) vs. direct [[wedge resection|LUNG_RESECTION|hyp]] - family to decide by next week.
""", ok=("Vaccine",))


# =====================================================================================
# PA07 -- EXCLUDED. 66 yo (newest stated age, note 2026-05-05) -> age_eligible not_met.
# ECOG 3 -> performance_status not_met. FEV1 34 % / DLCO 31 %, "not a surgical candidate
# because of lung function" -> pulmonary_function_adequate not_met (nodules themselves called
# resectable -> resectable_nodules met). Rheumatoid arthritis on methotrexate + prednisone
# (current) -> autoimmune_systemic_2y met and systemic_steroids_7d met.
# =====================================================================================
note("PA07", "PA07-N1", "2024-02-20", "pathology_report", """
SURGICAL PATHOLOGY REPORT
Specimen: Left ilium, CT-guided core biopsy.
Diagnosis: High-grade osteosarcoma arising in Paget disease of bone (secondary osteosarcoma). Background bone with mosaic cement lines consistent with Paget disease.
""")

note("PA07", "PA07-N2", "2026-04-20", "thoracic_surgery_consult", """
THORACIC SURGERY CONSULTATION - 04/20/2026

HPI: [[66 y/o|AGE]] M with secondary (Paget-associated) [[osteosarcoma|OSTEOSARCOMA]] of the L ilium dx 02/2024, treated with [[doxorubicin|SYSTEMIC_THERAPY]]/[[cisplatin|SYSTEMIC_THERAPY]] x4 (03-06/2024) and internal hemipelvectomy 07/2024, now with 2 LUL [[nodules|PULMONARY_NODULE]] (1.3 cm, 0.9 cm) that enlarged on serial CT and are c/w [[metastases|METASTASIS]].

PMH: COPD (GOLD 3), 50 pack-yr, quit 2019. Seropositive [[rheumatoid arthritis|AUTOIMMUNE_DISEASE|hist]] on [[methotrexate|IMMUNOSUPPRESSANT|hist]] 15 mg weekly + [[prednisone|SYSTEMIC_STEROID|hist]] 5 mg daily (rheumatology; last flare 01/2026). HTN.
Meds: [[methotrexate|IMMUNOSUPPRESSANT]] 15 mg PO weekly, folic acid 1 mg daily, [[prednisone|SYSTEMIC_STEROID]] 5 mg PO daily, tiotropium, albuterol PRN.
[[PFTs|PULMONARY_FUNCTION]] 04/14/2026: [[FEV1|PULMONARY_FUNCTION]] 0.92 L (34% pred), [[DLCO|PULMONARY_FUNCTION]] 31% pred; 6MWT 210 m with desaturation to 86%.

Assessment: Technically the [[nodules|PULMONARY_NODULE]] are [[resectable|RESECTABLE]] (both peripheral LUL; a [[wedge resection|LUNG_RESECTION|hyp]] would suffice). However, with [[FEV1|PULMONARY_FUNCTION]] 34% and [[DLCO|PULMONARY_FUNCTION]] 31% he has [[insufficient pulmonary reserve|PULMONARY_FUNCTION]] and is not a surgical candidate because of [[lung function|PULMONARY_FUNCTION]].
Rec: No surgery. Refer to radiation oncology for SBRT evaluation.
""")

note("PA07", "PA07-N3", "2026-05-05", "progress_note", """
Onc f/u 5/5/26
[[66 yo|AGE]] M, Paget [[osteosarcma|OSTEOSARCOMA]] L ilium, [[LUL mets|LUNG_METASTASIS]] x2. Thoracic: not a surgical candidate ([[FEV1|PULMONARY_FUNCTION]] 34%).
Since April: more SOB, in bed/chair most of day, needs help w/ ADLs. [[ECOG 3|ECOG]].
[[RA|AUTOIMMUNE_DISEASE]] stable on [[MTX|IMMUNOSUPPRESSANT]] 15 mg qwk + [[pred|SYSTEMIC_STEROID]] 5 mg qd.
Imp: not eligible for [[PROMIS|INVESTIGATIONAL|hyp]] ([[age 66|AGE]], PS, [[PFTs|PULMONARY_FUNCTION]]). Rad onc for SBRT; palliative care referral.
""")


# =====================================================================================
# PA08 -- EXCLUDED (Chinese practice). 24M. Camrelizumab + apatinib: PR 05/2024 maintained
# to 09/2024, PD 10/2024 (~7 months) -> secondary resistance -> prior_checkpoint_inhibitor met.
# GD regimen (gemcitabine + docetaxel) x4 11/2024-02/2025 -> prior_gemcitabine met.
# Investigational agent XZ-0417 last dose 2025-06-24 (14 days before as_of 2025-07-08)
# -> investigational_agent_4w met. Huaier granules ongoing (held 2025-07-04) ->
# immunomodulator_2w met.
# =====================================================================================
note("PA08", "PA08-N1", "2022-05-18", "pathology_report", """
Pathology Report (Department of Pathology)
Specimen: (right distal femur) puncture biopsy tissue
Diagnosis: (right distal femur) high-grade osteosarcoma, conventional type.
IHC: SATB2 (+), S-100 (-), CK (-), Ki-67 (60% +).
""")

note("PA08", "PA08-N2", "2024-10-30", "discharge_summary", """
DISCHARGE SUMMARY - Department of Musculoskeletal Oncology
Admitted 2024-10-26, discharged 2024-10-30

Diagnoses: 1. [[Osteosarcoma|OSTEOSARCOMA]] of right distal femur (post-operative); 2. Multiple [[lung metastases|LUNG_METASTASIS]], [[progression|TUMOR_RESPONSE]].

Male, [[23 years old|AGE]]. Diagnosed 05/2022; [[MAP chemotherapy|SYSTEMIC_THERAPY]] and limb salvage 08/2022; [[adjuvant chemo|SYSTEMIC_THERAPY]] completed 01/2023. [[Lung metastases|LUNG_METASTASIS]] found 12/2023 (bilateral, 6 [[lesions|PULMONARY_NODULE]], largest 1.8 cm).
Second-line from 2024-03-05: [[camrelizumab|CHECKPOINT_INHIBITOR]] ([[AiRuiKa|CHECKPOINT_INHIBITOR]], [[SHR-1210|CHECKPOINT_INHIBITOR]]) 200 mg d1 q2w + [[apatinib|SYSTEMIC_THERAPY]] 500 mg qd.
Evaluations: 2024-05-06 [[partial response|TUMOR_RESPONSE]] ([[PR|TUMOR_RESPONSE]], sum of diameters -41%); 2024-07-08 [[PR|TUMOR_RESPONSE]] maintained; 2024-09-02 [[PR|TUMOR_RESPONSE]] maintained; 2024-10-27 CT: enlarging RLL and new LUL [[nodules|PULMONARY_NODULE]] - [[progressive disease|TUMOR_RESPONSE]] ([[PD|TUMOR_RESPONSE]]). Duration of [[response|TUMOR_RESPONSE]] about 7 months.
[[Camrelizumab|CHECKPOINT_INHIBITOR]]/[[apatinib|SYSTEMIC_THERAPY]] discontinued. Plan third-line [[GD regimen|GEMCITABINE|hyp]] ([[gemcitabine|GEMCITABINE|hyp]] 900 mg/m2 d1,8 + [[docetaxel|SYSTEMIC_THERAPY|hyp]] 75 mg/m2 d8, q3w) starting 2024-11-06.
""")

note("PA08", "PA08-N3", "2025-02-28", "discharge_summary", """
DISCHARGE SUMMARY - Department of Musculoskeletal Oncology
Admitted 2025-02-19, discharged 2025-02-28
Course: GD regimen (gemcitabine 900 mg/m2 d1,8 + docetaxel 75 mg/m2 d8) cycle 4 given 2025-02-20 / 02-27. Tolerated with grade 2 neutropenia, recovered. Cycles 1-4: 2024-11-06, 2024-11-27, 2024-12-18 (delayed 1 week), 2025-02-20.
Restaging CT 2025-02-18: lung nodules increased (RLL 1.6 -> 2.0 cm), no new lesions - best response SD after cycle 2, now PD.
Plan: refer to the Phase I unit for clinical trial screening.
""")

note("PA08", "PA08-N4", "2025-06-30", "radiology_report", """
Chest CT (enhanced) 2025-06-30
Findings: RLL posterior basal nodule 2.1 x 1.8 cm; RML lateral segment nodule 1.2 cm; LUL nodule 0.8 cm. All peripheral, no invasion of hilar structures. No pleural effusion. No enlarged lymph nodes.
Impression: Bilateral pulmonary metastases (3), slightly larger than 2025-04-15.
""")

note("PA08", "PA08-N5", "2025-07-03", "admission_record", """
ADMISSION RECORD
Sex: male   [[Age: 24 years|AGE]]   Admitted: 2025-07-03

Chief complaint: [[Osteosarcoma|OSTEOSARCOMA]] of right femur 3 years post-op, [[lung metastases|LUNG_METASTASIS]] for 1.5 years; admitted for evaluation of pulmonary [[metastasectomy|LUNG_RESECTION|hyp]].

History of present illness: Diagnosed 05/2022, [[MAP|SYSTEMIC_THERAPY]] + limb salvage. [[Lung metastases|LUNG_METASTASIS]] 12/2023. Second-line [[camrelizumab|CHECKPOINT_INHIBITOR]] + [[apatinib|SYSTEMIC_THERAPY]] 03-10/2024, best [[response|TUMOR_RESPONSE]] [[PR|TUMOR_RESPONSE]] lasting about 7 months, then [[progression|TUMOR_RESPONSE]] 10/2024. Third-line [[GD regimen|GEMCITABINE]] x4 cycles (2024-11 to 2025-02), best [[response|TUMOR_RESPONSE]] [[SD|TUMOR_RESPONSE]], [[progression|TUMOR_RESPONSE]] 02/2025. From 2025-03-12 enrolled in a [[phase I/II clinical trial|INVESTIGATIONAL]] of an [[investigational oral multi-kinase inhibitor|INVESTIGATIONAL]] (code XZ-0417) at the Phase I unit; taken off study for [[progression|TUMOR_RESPONSE]]; last [[study drug|INVESTIGATIONAL]] dose 2025-06-24. Since 04/2025 taking [[Huaier granules|IMMUNOMODULATOR]] 20 g tid (ongoing). No cough or haemoptysis.

Past history: Denies hepatitis and tuberculosis. Denies hypertension, diabetes. Denies [[drug allergy|ALLERGIC_REACTION|neg]]. Vaccination history: per local schedule.
Personal history: Non-smoker, no alcohol.
Family history: Parents healthy; no family history of [[malignancy|OTHER_MALIGNANCY|neg,fam]].

Physical examination: T 36.5 C, P 78, BP 118/72. [[ECOG 1|ECOG]]. Right thigh scar healed; knee flexion 90 degrees. Breath sounds clear.

Auxiliary examinations: Chest CT 2025-06-30: RLL 2.1 cm, RML 1.2 cm, LUL 0.8 cm [[nodules|PULMONARY_NODULE]], c/w [[metastases|METASTASIS]]; no [[pleural effusion|PLEURAL_EFFUSION|neg]]. [[PFT|PULMONARY_FUNCTION]] 2025-07-02: [[FEV1|PULMONARY_FUNCTION]] 4.1 L (95%), [[DLCO|PULMONARY_FUNCTION]] 90% - normal.
Thoracic surgery opinion (2025-07-02): all three [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] (RLL [[segmentectomy|LUNG_RESECTION|hyp]] + RML/LUL [[wedge|LUNG_RESECTION|hyp]], staged).

Preliminary diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of right femur, post-op; 2. Multiple [[lung metastases|LUNG_METASTASIS]].
""", ok=("Vaccination",))

note("PA08", "PA08-N6", "2025-07-04", "medication_list", """
MEDICATION RECONCILIATION (on admission) - 2025-07-04
Active:
 1. [[Huaier granules|IMMUNOMODULATOR]] ([[Huaier Keli|IMMUNOMODULATOR]]) 20 g PO tid - own supply, last taken this morning; HOLD from today per MDT.
 2. Omeprazole 20 mg PO qd.
 3. Polyene phosphatidylcholine capsules 456 mg PO tid (liver protection).
Discontinued:
 - [[Study drug XZ-0417|INVESTIGATIONAL]] ([[investigational|INVESTIGATIONAL]], Phase I unit) - last dose 2025-06-24.
 - [[Apatinib|SYSTEMIC_THERAPY]] - stopped 10/2024.
Allergies: none known.
""")


# =====================================================================================
# PA09 -- ELIGIBLE. DOB 02/02/1961, as_of 2026-06-10 -> 65 (older note "64-year-old").
# Radiation-associated osteosarcoma of pelvis; prostate cancer 04/2016 (> 5 y) ->
# other_malignancy_5y not_met. Corneal transplant (not allogeneic organ per criteria).
# Shingrix (recombinant) 2 weeks ago -> not live. Grade 1 tinnitus/neuropathy only.
# =====================================================================================
note("PA09", "PA09-N1", "2025-11-18", "clinic_note", """
SARCOMA CLINIC - FOLLOW-UP 11/18/2025

HPI: 64-year-old man with radiation-associated osteosarcoma of the right pubic ramus/acetabulum, diagnosed 03/2025 (9 years after pelvic radiotherapy for prostate cancer). Treated with doxorubicin + cisplatin x 4 cycles (04-07/2025), then internal hemipelvectomy 08/2025 (R0, 60% necrosis). Post-op wound dehiscence, now healed. CT C/A/P 11/2025: no evidence of disease.

PMH: Prostate adenocarcinoma, Gleason 3+4, dx 04/2016 - EBRT 78 Gy + 6 months ADT; PSA undetectable since. Keratoconus OD s/p corneal transplant 2010. HTN. BPH.
Meds: lisinopril 10 mg, tamsulosin 0.4 mg.
ROS: mild tinnitus since cisplatin; numbness of toes (grade 1 neuropathy). Otherwise negative.
Exam: ECOG 1. Walks with a cane. Incision healed.
Plan: CT chest q3 months; audiogram.
""")

note("PA09", "PA09-N2", "2026-05-20", "radiology_report", """
CT CHEST WITHOUT CONTRAST - May 20, 2026
Indication: h/o [[osteosarcoma|OSTEOSARCOMA|hist]] of pelvis, surveillance.
Comparison: Feb 12, 2026.
Findings: New 1.4 x 1.1 cm solid [[nodule|PULMONARY_NODULE]], RUL posterior segment, peripheral. New 5 mm [[nodule|PULMONARY_NODULE]] in the lingula. Mild centrilobular emphysema. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No lymphadenopathy.
Impression: Two new [[pulmonary nodules|PULMONARY_NODULE]] (RUL 1.4 cm, lingula 5 mm), consistent with [[metastases|METASTASIS]].
""")

note("PA09", "PA09-N3", "2026-05-28", "pft_report", """
PULMONARY FUNCTION LABORATORY REPORT - 05/28/2026
Tests: [[spirometry|PULMONARY_FUNCTION]], lung volumes, [[DLCO|PULMONARY_FUNCTION]].
[[FEV1|PULMONARY_FUNCTION]] 2.71 L (82% predicted); FVC 3.60 L (86%); [[FEV1/FVC|PULMONARY_FUNCTION]] 0.75; TLC 95%; [[DLCO|PULMONARY_FUNCTION]] 74% predicted.
Interpretation: Normal [[spirometry|PULMONARY_FUNCTION]]. Mildly reduced [[diffusing capacity|PULMONARY_FUNCTION]]. [[Adequate pulmonary reserve|PULMONARY_FUNCTION]] for [[anatomic lung resection|LUNG_RESECTION|hyp]] up to [[lobectomy|LUNG_RESECTION|hyp]].
""", ok=("PULMONARY FUNCTION",))

note("PA09", "PA09-N4", "2026-06-03", "thoracic_surgery_consult", """
Thoracic Surgery Consult - 06/03/2026
[[65 yo|AGE]] M ([[DOB 02/02/1961|DOB]]), h/o radiation-associated [[osteosarcoma|OSTEOSARCOMA|hist]] R pelvis (2025), s/p [[AP chemo|SYSTEMIC_THERAPY|hist]] x4 and hemipelvectomy, now RUL 1.4 cm and lingular 5 mm [[nodules|PULMONARY_NODULE]] c/w [[metastases|METASTASIS]].
PSH: R internal hemipelvectomy 08/2025; [[corneal transplant|TRANSPLANT|hist]] OD 2010; TURP 2019.
PMH: [[prostate cancer|OTHER_MALIGNANCY|hist]] 2016 (EBRT/ADT), HTN.
[[PFTs|PULMONARY_FUNCTION]] 5/28: [[FEV1|PULMONARY_FUNCTION]] 82%, [[DLCO|PULMONARY_FUNCTION]] 74% - adequate.
Assessment: both [[nodules|PULMONARY_NODULE]] peripheral and [[resectable|RESECTABLE]] - [[RUL wedge|LUNG_RESECTION|hyp]] + [[lingular wedge|LUNG_RESECTION|hyp]] via [[VATS|LUNG_RESECTION|hyp]] (single stage). [[Cleared for thoracic surgery|PULMONARY_FUNCTION]] from a pulmonary standpoint.
Plan: OR if not going on [[trial|INVESTIGATIONAL|hyp]]; otherwise after SBRT/[[immunotherapy|CHECKPOINT_INHIBITOR|hyp]] per [[PROMIS|INVESTIGATIONAL|hyp]] schedule.
""")

note("PA09", "PA09-N5", "2026-06-08", "clinic_note", """
SARCOMA CLINIC - 06/08/2026 (pre-screening, [[PROMIS|INVESTIGATIONAL|hyp]])
[[DOB: 02/02/1961|DOB]] ([[65 y|AGE]]).
Interval: seen by thoracic surgery - [[resectable|RESECTABLE]] RUL/lingula [[nodules|PULMONARY_NODULE]]. Feels well. Walking 1 mile/day with cane. [[ECOG 1|ECOG]], [[KPS 80|KARNOFSKY]].
Received [[Shingrix|NONLIVE_VACCINE]] dose #2 two weeks ago at the pharmacy (recombinant); no other immunizations this year.
Meds: lisinopril 10 mg, tamsulosin 0.4 mg. No [[steroids|SYSTEMIC_STEROID|neg]] or [[immunosuppressants|IMMUNOSUPPRESSANT|neg]].
Tox: grade 1 [[tinnitus|TOXICITY]], grade 1 sensory [[neuropathy|TOXICITY]] of toes (stable). No other residual [[toxicity|TOXICITY|neg]].
Labs: CBC, CMP normal; PSA <0.01.
Plan: proceed with [[PROMIS|INVESTIGATIONAL|hyp]] screening - SBRT + [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] + [[gemcitabine|GEMCITABINE|hyp]] (d1, d8) x2, then [[wedge resections|LUNG_RESECTION|hyp]].
""")


# =====================================================================================
# PA10 -- EXCLUDED. 31F. Breastfeeding -> pregnant_or_lactating met. Papillary thyroid
# carcinoma 05/2023 (< 5 y before as_of 2026-02-17) -> other_malignancy_5y met. Pleural fluid
# cytology positive -> malignant_pleural_effusion met. Resectability not judged (surgery
# deferred because of the effusion) -> unknown; no PFT -> unknown.
# =====================================================================================
note("PA10", "PA10-N1", "2026-01-20", "radiology_report", """
CT CHEST/ABDOMEN/PELVIS WITH CONTRAST - 01/20/2026
History: 31F, osteosarcoma R femur 2021, dyspnea.
Chest: Multiple bilateral pulmonary nodules (approx. 8-10), largest 1.6 cm RLL, several with calcification. Moderate left pleural effusion with irregular pleural thickening. No mediastinal adenopathy. Post-thyroidectomy bed clear.
Abdomen/pelvis: no metastatic disease.
Impression: Bilateral pulmonary metastases. Moderate left pleural effusion with pleural thickening, suspicious for pleural involvement; sampling recommended.
""")

note("PA10", "PA10-N2", "2026-01-27", "cytology_report", """
CYTOPATHOLOGY REPORT
Specimen: [[Pleural fluid|PLEURAL_EFFUSION]], left, ultrasound-guided thoracentesis 01/27/2026 (1.2 L, blood-tinged).
Cell block and smears: clusters of atypical epithelioid and spindle cells with osteoid-like matrix in the cell block; SATB2 positive, keratin negative.
DIAGNOSIS: [[POSITIVE FOR MALIGNANT CELLS|MALIGNANT_EFFUSION]], consistent with [[metastatic|METASTASIS]] [[osteosarcoma|OSTEOSARCOMA]].
""")

note("PA10", "PA10-N3", "2026-02-10", "clinic_note", """
SARCOMA CLINIC NOTE - 02/10/2026

HPI: [[31 yo|AGE]] F with [[osteosarcoma|OSTEOSARCOMA]] of the R distal femur dx 06/2021 ([[MAP|SYSTEMIC_THERAPY]], limb salvage 09/2021, [[completed chemotherapy|SYSTEMIC_THERAPY|hist]] 03/2022). [[Papillary thyroid carcinoma|OTHER_MALIGNANCY]] dx 05/2023 (incidental finding on neck US; total thyroidectomy + RAI 07/2023), no evidence of disease since. Delivered a healthy son 10/2025. CT 01/20/2026: bilateral [[pulmonary nodules|PULMONARY_NODULE]] (8-10, up to 1.6 cm) c/w [[metastases|METASTASIS]] and a moderate [[left pleural effusion|PLEURAL_EFFUSION]] with irregular pleural thickening; thoracentesis 01/27: [[cytology positive for malignant cells|MALIGNANT_EFFUSION]] ([[osteosarcoma|OSTEOSARCOMA]]).
Currently [[breastfeeding|LACTATION]] (son 4 months old); plans to wean before any treatment.

PMH: as above; post-surgical hypothyroidism on [[levothyroxine|REPLACEMENT_THERAPY|hist]].
Meds: [[levothyroxine|REPLACEMENT_THERAPY]] 125 mcg daily, prenatal vitamin.
FHx: mother [[breast cancer|OTHER_MALIGNANCY|fam]] at 38; germline TP53 testing pending.
Exam: [[ECOG 1|ECOG]]. Decreased breath sounds L base.

A/P: [[Osteosarcoma|OSTEOSARCOMA]] with [[pulmonary metastases|LUNG_METASTASIS]] and [[malignant pleural effusion|MALIGNANT_EFFUSION]].
- Not a candidate for [[metastasectomy|LUNG_RESECTION|neg]] at this point given the [[malignant effusion|MALIGNANT_EFFUSION]]; [[systemic therapy|SYSTEMIC_THERAPY|hyp]] ([[high-dose ifosfamide|SYSTEMIC_THERAPY|hyp]]) after weaning; indwelling pleural catheter if it reaccumulates.
- [[PROMIS|INVESTIGATIONAL|hyp]]: excluded ([[malignant pleural effusion|MALIGNANT_EFFUSION]]; [[thyroid cancer|OTHER_MALIGNANCY]] < 5 yrs; [[lactating|LACTATION]]).
""")


# =====================================================================================
# PA11 -- EXCLUDED. 42M, deceased-donor kidney transplant 2015 -> allogeneic_transplant met;
# tacrolimus + mycophenolate + prednisone daily -> systemic_steroids_7d met; grade 4
# anaphylaxis to basiliximab (monoclonal antibody) -> mab_allergy met. KPS 70 (age >= 16) ->
# performance_status met.
# =====================================================================================
note("PA11", "PA11-N1", "2025-09-30", "radiology_report", """
CT CHEST W CONTRAST  09/30/2025
Hx: osteosarcoma R humerus 2023; renal transplant recipient.
Findings: Two new solid nodules in the LLL: 1.0 cm (superior segment) and 0.7 cm (lateral basal), both within 2 cm of the pleura. No pleural effusion. Native kidneys polycystic (partially imaged).
Impression: Two new LLL nodules, c/w pulmonary metastases.
""")

note("PA11", "PA11-N2", "2025-10-08", "thoracic_surgery_consult", """
Thoracic Surgery - consult note 10/08/2025
42M, renal tx recipient, osteosarcoma R humerus, 2 LLL nodules (1.0, 0.7 cm), peripheral.
PFTs 10/06: FEV1 91%, DLCO 84%. Adequate.
Imp: resectable - LLL wedge resections x2 via VATS. Would coordinate perioperative immunosuppression with transplant nephrology.
""")

note("PA11", "PA11-N3", "2025-10-15", "clinic_note", """
Sarcoma Medical Oncology - New consult for [[trial|INVESTIGATIONAL|hyp]] screening (10/15/2025)

HPI: [[42 yo|AGE]] M, deceased-donor [[kidney transplant|TRANSPLANT]] (2015) for ADPKD, on [[tacrolimus|IMMUNOSUPPRESSANT]]/[[mycophenolate|IMMUNOSUPPRESSANT]]/[[prednisone|SYSTEMIC_STEROID]], with [[osteosarcoma|OSTEOSARCOMA]] of the R proximal humerus dx 01/2023. Treated with [[doxorubicin|SYSTEMIC_THERAPY]] + [[ifosfamide|SYSTEMIC_THERAPY]] x6 cycles ([[cisplatin|SYSTEMIC_THERAPY|neg]] and [[HD-MTX|SYSTEMIC_THERAPY|neg]] avoided to protect the graft) and resection 05/2023. CT 09/30/2025: two new [[LLL nodules|PULMONARY_NODULE]] (1.0 and 0.7 cm) c/w [[pulmonary metastases|LUNG_METASTASIS]]. Thoracic surgery (10/08): [[resectable|RESECTABLE]] by LLL [[wedge resections|LUNG_RESECTION|hyp]], [[PFTs|PULMONARY_FUNCTION]] adequate.
Graft: creatinine 1.4 mg/dL (stable baseline). Nephrology aware; no plan to stop [[immunosuppression|IMMUNOSUPPRESSANT]] (would risk graft loss).
Allergies: [[basiliximab|MONOCLONAL_ANTIBODY]] - [[anaphylaxis|ALLERGIC_REACTION]] at induction 2015 (grade 4: hypotension requiring ICU, epinephrine). Iodinated contrast - [[hives|ALLERGIC_REACTION]].
Performance: [[KPS 70|KARNOFSKY]] (cares for self, unable to work).

A/P: [[Resectable|RESECTABLE]] [[pulmonary metastases|LUNG_METASTASIS]]. [[PROMIS|INVESTIGATIONAL|hyp]] exclusions: allogeneic [[kidney transplant|TRANSPLANT]] on ongoing [[immunosuppression|IMMUNOSUPPRESSANT]] ([[tacrolimus|IMMUNOSUPPRESSANT]], [[mycophenolate|IMMUNOSUPPRESSANT]], [[prednisone|SYSTEMIC_STEROID]] 5 mg daily); prior grade 4 [[anaphylaxis|ALLERGIC_REACTION|hist]] to a [[monoclonal antibody|MONOCLONAL_ANTIBODY|hist]]. Not eligible -> proceed to [[wedge resection|LUNG_RESECTION|hyp]].
""", ok=("Sarcoma",))

note("PA11", "PA11-N4", "2025-10-20", "medication_list", """
OUTPATIENT MEDICATION LIST (reconciled 10/20/2025)
[[tacrolimus|IMMUNOSUPPRESSANT]] ([[Prograf|IMMUNOSUPPRESSANT]]) 2 mg PO BID - trough 6.1 ng/mL (10/14)
[[mycophenolate mofetil|IMMUNOSUPPRESSANT]] ([[CellCept|IMMUNOSUPPRESSANT]]) 500 mg PO BID
[[prednisone|SYSTEMIC_STEROID]] 5 mg PO daily
amlodipine 10 mg PO daily
pantoprazole 40 mg PO daily
trimethoprim-sulfamethoxazole SS 1 tab PO M/W/F
ALLERGIES: [[basiliximab|MONOCLONAL_ANTIBODY]] ([[Simulect|MONOCLONAL_ANTIBODY]]) - [[ANAPHYLAXIS|ALLERGIC_REACTION]]; iodinated contrast - [[hives|ALLERGIC_REACTION]]
""")


# =====================================================================================
# PA12 -- EXCLUDED. 26M on a first-in-human phase I study (current) ->
# investigational_agent_4w met. Biopsy-proven local recurrence, not resected ->
# active_local_recurrence met. Grade 2 sensorineural hearing loss after cisplatin (permanent)
# -> unresolved_toxicity met. CT chest: no pulmonary nodules -> pulmonary_metastases not_met,
# resectable_nodules unknown (no nodules), PFT never done -> unknown.
# =====================================================================================
note("PA12", "PA12-N1", "2026-06-02", "radiology_report", """
MRI RIGHT KNEE/TIBIA WITH AND WITHOUT CONTRAST - 06/02/2026
History: [[26M|AGE]], [[osteosarcoma|OSTEOSARCOMA]] R proximal tibia s/p resection + endoprosthesis 2023. New palpable mass.
Findings: 3.8 x 2.9 x 5.1 cm enhancing soft-tissue mass in the resection bed along the anteromedial aspect of the prosthesis, containing low-signal mineralised foci, abutting the patellar tendon. Metal artefact limits evaluation posteriorly.
Impression: Enhancing mineralised mass in the resection bed, highly suspicious for [[local recurrence|LOCAL_RECURRENCE|unc]]. Tissue sampling recommended.
""")

note("PA12", "PA12-N2", "2026-06-20", "radiology_report", """
CT CHEST WITH CONTRAST - 06/20/2026
Indication: [[local recurrence|LOCAL_RECURRENCE]] of [[osteosarcoma|OSTEOSARCOMA]] R tibia; staging.
Comparison: 12/2025.
Findings: Lungs clear. No [[pulmonary nodules|PULMONARY_NODULE|neg]] or masses. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No mediastinal or hilar lymphadenopathy.
Impression: No evidence of [[pulmonary metastatic disease|LUNG_METASTASIS|neg]].
""", ok=("hilar",))

note("PA12", "PA12-N3", "2026-07-01", "pathology_report", """
SURGICAL PATHOLOGY
Specimen: Right proximal tibia, soft tissue mass adjacent to prosthesis, core biopsy (06/29/2026).
Diagnosis: Recurrent high-grade osteosarcoma, osteoblastic, consistent with local recurrence of the patient's known primary.
""")

note("PA12", "PA12-N4", "2026-08-25", "research_note", """
PHASE I CLINICAL RESEARCH UNIT - PROGRESS NOTE 08/25/2026
Study: first-in-human [[phase I study|INVESTIGATIONAL]] of XB-2201 ([[oral investigational agent|INVESTIGATIONAL]]), dose level 3. C1D1 06/29/2026 ... C3D1 08/20/2026; currently on [[study drug|INVESTIGATIONAL]], daily dosing.

Dx: [[26 yo|AGE]] M with [[osteosarcoma|OSTEOSARCOMA]] of the R proximal tibia (dx 2022, [[MAP|SYSTEMIC_THERAPY]] + resection 2023), biopsy-proven [[local recurrence|LOCAL_RECURRENCE]] 06/2026 - not resected (patient declined amputation); [[on study|INVESTIGATIONAL]] for the [[local recurrence|LOCAL_RECURRENCE]]. Staging CT chest 06/20/2026: no [[pulmonary metastases|LUNG_METASTASIS|neg]].
Toxicity:
 - grade 2 bilateral [[sensorineural hearing loss|TOXICITY]] from prior [[cisplatin|SYSTEMIC_THERAPY|hist]] (hearing aids since 2024; audiogram 05/2026 unchanged)
 - grade 1 [[fatigue|TOXICITY]]
 - [[study drug|INVESTIGATIONAL]]-related: grade 1 [[diarrhoea|TOXICITY]]
[[ECOG 1|ECOG]].
Referral question from his sarcoma oncologist about [[PROMIS|INVESTIGATIONAL|hyp]]: not applicable - no [[lung metastases|LUNG_METASTASIS|neg]], active [[local recurrence|LOCAL_RECURRENCE]], and currently on another [[interventional study|INVESTIGATIONAL]].
Plan: continue [[study drug|INVESTIGATIONAL]]; restaging MRI after C4.
""", ok=("Toxicity",))


# =====================================================================================
# PA13 -- ELIGIBLE. 28F telangiectatic osteosarcoma L humerus. Local recurrence 11/2025
# re-excised with widely negative margins, MRI 06/2026 clear -> active_local_recurrence
# not_met. LLL nodules: indeterminate 05/2026, "consistent with metastases" 07/2026 (newest
# wins -> met). Trace right effusion called post-operative/reactive -> not_met. Prednisone
# taper last dose 07/26/2026 = 8 days before as_of 2026-08-03 -> systemic_steroids_7d not_met.
# Triamcinolone cream (topical). hCG negative; HIV non-reactive.
# =====================================================================================
note("PA13", "PA13-N1", "2025-12-20", "pathology_report", """
SURGICAL PATHOLOGY REPORT
Specimen: Left proximal humerus, soft tissue, wide re-excision of [[local recurrence|LOCAL_RECURRENCE]] (12/16/2025).
Diagnosis: Recurrent [[telangiectatic osteosarcoma|OSTEOSARCOMA]], 2.3 cm, completely excised.
Margins: widely negative (closest 1.8 cm, deep).
Comment: Findings represent [[local recurrence at the primary site|LOCAL_RECURRENCE]], resected with wide margins.
""")

note("PA13", "PA13-N2", "2026-05-10", "radiology_report", """
CT CHEST WITH CONTRAST - 05/10/2026
History: telangiectatic osteosarcoma L humerus, s/p RLL wedge resection 02/2025.
Findings: Two new tiny LLL nodules, 4 mm (superior segment) and 3 mm (lateral basal), indeterminate. Stable RLL staple line. Trace right pleural effusion, post-operative, stable since 02/2025.
Impression: Two new 3-4 mm LLL nodules, indeterminate - too small to characterize; short-interval follow-up CT in 2 months.
""")

note("PA13", "PA13-N3", "2026-07-15", "radiology_report", """
CT CHEST WITH CONTRAST - 07/15/2026
Clinical history: [[28F|AGE]], [[telangiectatic osteosarcoma|OSTEOSARCOMA]] L humerus; s/p R [[VATS wedge resection|LUNG_RESECTION|hist]] 02/2025. Follow-up of indeterminate [[LLL nodules|PULMONARY_NODULE]].
Comparison: 05/10/2026.
Findings:
- [[LLL superior segment nodule|PULMONARY_NODULE]] 9 mm (previously 4 mm).
- [[LLL lateral basal nodule|PULMONARY_NODULE]] 7 mm (previously 3 mm).
- Postsurgical staple line RLL, stable.
- [[Trace right pleural effusion|PLEURAL_EFFUSION]], unchanged since surgery, likely post-operative/reactive.
Impression:
1. Interval growth of two [[LLL nodules|PULMONARY_NODULE]], now consistent with [[metastases|METASTASIS]].
2. Stable trace right post-operative [[pleural effusion|PLEURAL_EFFUSION]].
""")

note("PA13", "PA13-N4", "2026-07-24", "thoracic_surgery_consult", """
THORACIC SURGERY CONSULT 07/24/2026
28 y/o F, telangiectatic osteosarcoma L humerus. s/p R VATS RLL wedge 02/2025 (metastasis, R0).
Now two growing LLL nodules (9 and 7 mm), peripheral - resectable via L VATS wedge resection x2, no need for lobectomy.
PFTs 07/22/2026: FEV1 3.1 L (88%), DLCO 80%. Adequate - cleared for thoracic surgery.
Trace R effusion is post-operative, no intervention needed.
Plan: L VATS wedges, timing per oncology (possible PROMIS trial first).
""")

note("PA13", "PA13-N5", "2026-07-30", "clinic_note", """
SARCOMA CLINIC - FOLLOW-UP (07/30/2026)

HPI: [[28-year-old|AGE]] woman with [[telangiectatic osteosarcoma|OSTEOSARCOMA]] of the left proximal humerus, dx 01/2024, treated with [[MAP|SYSTEMIC_THERAPY]] and limb salvage (proximal humerus endoprosthesis 05/2024). Course: [[RLL pulmonary metastasis|LUNG_METASTASIS|hist]] 01/2025 s/p R [[VATS wedge|LUNG_RESECTION|hist]] 02/2025 (R0); [[local recurrence|LOCAL_RECURRENCE|hist]] 11/2025 s/p wide re-excision 12/16/2025 with widely negative margins (no [[adjuvant therapy|SYSTEMIC_THERAPY|neg]]). MRI L shoulder 06/2026: no evidence of [[local recurrence|LOCAL_RECURRENCE|neg]]. CT 07/15/2026: two growing [[LLL nodules|PULMONARY_NODULE]] c/w [[metastases|METASTASIS]]. Thoracic surgery 07/24: [[resectable|RESECTABLE]] by [[wedge|LUNG_RESECTION|hyp]]; [[PFTs|PULMONARY_FUNCTION]] adequate. Interested in [[PROMIS|INVESTIGATIONAL|hyp]].
Interval: poison ivy dermatitis after hiking; urgent care prescribed [[prednisone|SYSTEMIC_STEROID]] 40 mg taper x 7 days (07/20 - 07/26/2026), last dose 07/26/2026. Rash resolved.

Past Medical History: as above. Mild eczema.
Medications: [[triamcinolone 0.1% cream|LOCAL_STEROID]] PRN (eczema); norgestimate-ethinyl estradiol.
Allergies: [[NKDA|ALLERGIC_REACTION|neg]].
Family History: no [[cancer|OTHER_MALIGNANCY|neg,fam]] in the family.
Social History: Paralegal. Never smoker.
Review of Systems: Denies cough, dyspnea, shoulder pain. Denies [[fatigue|TOXICITY|neg]].
Physical Exam: [[ECOG 1|ECOG]]. L shoulder limited abduction (prosthesis), no palpable mass. Lungs clear.
Labs: [[urine hCG|PREGNANCY_TEST|neg]] negative (07/30/2026). [[HIV|HIV|neg]] screen non-reactive (07/30/2026).

Assessment and Plan: [[Oligometastatic|METASTASIS]] pulmonary relapse of [[osteosarcoma|OSTEOSARCOMA]], [[resectable|RESECTABLE]].
- [[PROMIS|INVESTIGATIONAL|hyp]] screening visit 08/03/2026.
""")

note("PA13", "PA13-N6", "2026-08-01", "telephone_note", """
Telephone encounter 8/1/2026 (RN)
Pt confirms she finished the prednisone taper on 7/26/2026 and has taken no steroid pills or injections since. Rash gone. Not pregnant - LMP 07/18/2026, on OCP. Screening visit confirmed for Monday 08/03.
""")


# =====================================================================================
# PA14 -- EXCLUDED. 30F, SLE with flare 03/2026 treated with prednisone (last dose
# 04/20/2026 = exactly 7 days before as_of 2026-04-27) -> systemic_steroids_7d met and
# autoimmune_systemic_2y met. Currently 11 weeks pregnant -> pregnant_or_lactating met.
# =====================================================================================
note("PA14", "PA14-N1", "2026-03-30", "radiology_report", """
CT CHEST WITH CONTRAST (abdominal shielding) 03/30/2026
Indication: osteosarcoma R femur, surveillance; early pregnancy - study performed after discussion with patient.
Findings: New 1.2 cm RML nodule, new 8 mm LLL nodule, both peripheral. No pleural effusion. No adenopathy.
Impression: Two new pulmonary nodules consistent with metastatic osteosarcoma.
""")

note("PA14", "PA14-N2", "2026-04-15", "thoracic_surgery_consult", """
Thoracic surgery consult - 04/15/2026
30F, osteosarcoma R femur, RML 1.2 cm + LLL 8 mm nodules, peripheral. Currently pregnant (~10 wk).
Resectable: RML wedge + LLL wedge (VATS, staged or single-stage). PFTs 04/13/2026 FEV1 96%, DLCO 90% - adequate.
Timing: second trimester after MFM input.
""")

note("PA14", "PA14-N3", "2026-04-22", "clinic_note", """
SARCOMA CLINIC NOTE - 04/22/2026

HPI: [[30-year-old|AGE]] woman (G1P0) with chondroblastic [[osteosarcoma|OSTEOSARCOMA]] of the right distal femur dx 01/2024 ([[MAP|SYSTEMIC_THERAPY]], resection 08/2024), now with two [[pulmonary metastases|LUNG_METASTASIS]] (RML 1.2 cm, LLL 8 mm; CT 03/30/2026), deemed [[resectable|RESECTABLE]] by thoracic surgery (04/15). She is currently 11 weeks [[pregnant|PREGNANCY]] ([[IUP|PREGNANCY]] confirmed on ultrasound 04/10/2026).
Rheumatology: [[SLE|AUTOIMMUNE_DISEASE]] (dx 2019; arthritis, malar rash, ANA/dsDNA positive) on hydroxychloroquine 200 mg BID. [[Lupus|AUTOIMMUNE_DISEASE]] flare with polyarthritis 03/2026 treated by rheumatology with [[prednisone|SYSTEMIC_STEROID]] 20 mg daily tapered over 4 weeks; last dose 04/20/2026.
Meds: hydroxychloroquine 200 mg BID, prenatal vitamin, aspirin 81 mg (per MFM).
[[ECOG 1|ECOG]].

A/P: [[Resectable|RESECTABLE]] [[pulmonary metastases|LUNG_METASTASIS]] in [[pregnancy|PREGNANCY]].
- Not eligible for [[PROMIS|INVESTIGATIONAL|hyp]]: [[pregnancy|PREGNANCY]], recent [[systemic steroid|SYSTEMIC_STEROID]], active [[SLE|AUTOIMMUNE_DISEASE]] on treatment.
- MFM/thoracic to plan [[VATS wedge resections|LUNG_RESECTION|hyp]] in the second trimester; defer [[chemotherapy|SYSTEMIC_THERAPY|hyp]].
""")

note("PA14", "PA14-N4", "2026-04-24", "consult_note", """
Maternal-Fetal Medicine consult 04/24/2026
[[30 yo|AGE]] G1P0 at [[11w5d|PREGNANCY]] by CRL, single live [[IUP|PREGNANCY]]. [[SLE|AUTOIMMUNE_DISEASE]] on HCQ; [[prednisone taper|SYSTEMIC_STEROID|hist]] completed 4/20. [[Osteosarcoma|OSTEOSARCOMA]] with [[lung mets|LUNG_METASTASIS]]; thoracic surgery planning [[wedge resections|LUNG_RESECTION|hyp]].
Rec: surgery in 2nd trimester (14-20 wk) acceptable; continue HCQ and aspirin; avoid iodinated contrast where possible; no [[live vaccines|LIVE_VACCINE|neg,hyp]] during [[pregnancy|PREGNANCY]]; [[inactivated influenza vaccine|NONLIVE_VACCINE|hyp]] in season.
""")


# =====================================================================================
# PA15 -- NEEDS_REVIEW (Chinese practice). 20M. Newest CT: small nodules "concerning for
# metastases; cannot exclude" -> pulmonary_metastases unknown (resectability not discussed
# -> unknown). HIV screen reactive, confirmation pending -> hiv unknown. Possible Huaier
# granules, unclear whether/when taken -> immunomodulator_2w unknown.
# =====================================================================================
note("PA15", "PA15-N1", "2025-03-10", "radiology_report", """
Chest CT (plain) 2025-03-10
Findings: Micronodules in the RUL apical segment (3 mm) and LLL dorsal segment (3 mm). No pleural effusion. No enlarged lymph nodes.
Impression: Two pulmonary micronodules, too small to characterize; follow-up CT in 3 months.
""")

note("PA15", "PA15-N2", "2025-06-12", "radiology_report", """
Chest CT (contrast) 2025-06-12
Clinical: left humerus [[osteosarcoma|OSTEOSARCOMA]] post-treatment; follow-up of lung [[micronodules|PULMONARY_NODULE]].
Comparison: 2025-03-10.
Findings: RUL apical [[nodule|PULMONARY_NODULE]] 5 mm (previously 3 mm); LLL dorsal segment [[nodule|PULMONARY_NODULE]] 4 mm (previously 3 mm). Both solid, well defined. No new [[nodules|PULMONARY_NODULE|neg]]. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No lymphadenopathy.
Impression: Slight enlargement of two small [[pulmonary nodules|PULMONARY_NODULE]] - concerning for [[metastases|METASTASIS|unc]]; cannot exclude. Short-interval follow-up CT in 6-8 weeks or MDT discussion recommended.
""")

note("PA15", "PA15-N3", "2025-06-20", "clinic_note", """
Outpatient Record - Bone Tumour Clinic  2025-06-20
Male, [[20 years old|AGE]]. Left proximal humerus [[osteosarcoma|OSTEOSARCOMA]] (dx 03/2023): neoadjuvant [[MAP|SYSTEMIC_THERAPY]] + limb salvage 07/2023 + [[adjuvant MAP|SYSTEMIC_THERAPY|hist]] completed 01/2024.
CT 2025-06-12: RUL 5 mm, LLL 4 mm [[nodules|PULMONARY_NODULE]], slightly enlarged, possible [[metastases|METASTASIS|unc]]. Not yet discussed with thoracic surgery.
Pre-[[trial|INVESTIGATIONAL|hyp]] screening labs 2025-06-18: HBsAg negative, HCV Ab negative, [[HIV Ag/Ab screening test|HIV|unc]] reactive (S/CO 1.8) - confirmatory [[HIV-1/2 antibody differentiation assay|HIV|unc]] and [[HIV RNA|HIV|unc]] sent, results pending. Patient denies risk factors.
Medications: none prescribed. Mother mentions he may have been taking [[Huaier granules|IMMUNOMODULATOR|unc]] bought by an aunt "for immunity" over the past months; patient is unsure whether he took them or when he stopped. Family asked to bring the packets.
[[PFT|PULMONARY_FUNCTION]] 2025-06-18: [[FEV1|PULMONARY_FUNCTION]] 4.3 L (98%), [[DLCO|PULMONARY_FUNCTION]] 92% - normal, adequate for thoracic surgery.
[[ECOG 0|ECOG]].
Impression: 1. [[Osteosarcoma|OSTEOSARCOMA]] of left humerus, post-treatment; 2. [[Pulmonary nodules|PULMONARY_NODULE]], nature to be determined ([[metastasis|METASTASIS|unc]]?).
Plan: repeat CT in 6 weeks; MDT; await [[HIV|HIV|unc]] confirmatory result; clarify [[Huaier|IMMUNOMODULATOR|unc]] use. [[PROMIS|INVESTIGATIONAL|hyp]] screening on hold.
""")


# =====================================================================================
# PA16 -- EXCLUDED. 15F, newly diagnosed localized osteosarcoma, chemotherapy-naive ->
# prior_systemic_therapy not_met; staging CT no pulmonary nodules -> pulmonary_metastases
# not_met; resectable_nodules unknown (no nodules); PFT not done -> unknown. Lansky 90 ->
# performance_status met. Urine hCG negative.
# =====================================================================================
note("PA16", "PA16-N1", "2026-06-25", "pathology_report", """
SURGICAL PATHOLOGY - 06/25/2026
Specimen: Left proximal humerus, core needle biopsy.
Diagnosis: High-grade conventional [[osteosarcoma|OSTEOSARCOMA]], osteoblastic type.
Note: Pre-treatment biopsy.
""")

note("PA16", "PA16-N2", "2026-06-30", "radiology_report", """
CT CHEST WITH CONTRAST - 06/30/2026 (staging)
Indication: [[15-year-old|AGE]] girl with newly diagnosed [[osteosarcoma|OSTEOSARCOMA]] of the left humerus.
Findings: Lungs clear. No [[pulmonary nodules|PULMONARY_NODULE|neg]]. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No lymphadenopathy.
Impression: No evidence of [[pulmonary metastases|LUNG_METASTASIS|neg]].
""")

note("PA16", "PA16-N3", "2026-07-08", "clinic_note", """
PEDIATRIC ONCOLOGY - NEW PATIENT CONSULT 07/08/2026
CC: L shoulder pain x 3 months.
HPI: [[15-year-old|AGE]] previously healthy girl with newly diagnosed high-grade [[osteoblastic osteosarcoma|OSTEOSARCOMA]] of the L proximal humerus (biopsy 06/25/2026). Staging: CT chest 06/30 - no [[pulmonary nodules|PULMONARY_NODULE|neg]], no [[metastases|METASTASIS|neg]]; bone scan - single lesion. She is [[chemotherapy-naive|CHEMO_NAIVE]].
PMH: none. Meds: ibuprofen PRN. Allergies: [[NKDA|ALLERGIC_REACTION|neg]].
Social: 10th grade, lives with parents. LMP 06/28/2026. [[Urine hCG|PREGNANCY_TEST|neg]] negative (07/08/2026).
Exam: L shoulder firm mass, limited abduction. [[Lansky 90|LANSKY]].
Plan: Localized [[osteosarcoma|OSTEOSARCOMA]] - start [[MAP|SYSTEMIC_THERAPY|hyp]] (cycle 1 [[cisplatin|SYSTEMIC_THERAPY|hyp]]/[[doxorubicin|SYSTEMIC_THERAPY|hyp]] 07/16/2026), port placement, echo, audiogram, fertility counselling.
[[Trial|INVESTIGATIONAL|hyp]] screening note: not a candidate for [[PROMIS|INVESTIGATIONAL|hyp]] (no [[pulmonary metastases|LUNG_METASTASIS|neg]], no prior [[systemic therapy|SYSTEMIC_THERAPY|neg]]).
""")


# =====================================================================================
# PA17 -- ELIGIBLE (Chinese practice). 35M chondroblastic osteosarcoma. Sintilimab + anlotinib:
# SD at 6 weeks, PD at 3 months (SD < 4 months) -> prior_checkpoint_inhibitor not_met.
# Kanglaite 01-03/2025 (far outside 2 weeks) -> not_met. Grade 1 neuropathy, grade 2
# alopecia (excluded from the criterion). HIV antibody negative. Father gastric cancer (family).
# =====================================================================================
note("PA17", "PA17-N1", "2022-03-15", "pathology_report", """
Pathology Report
Specimen: (left distal femur) biopsy
Diagnosis: (left distal femur) high-grade osteosarcoma, chondroblastic type. Tumour cells produce osteoid with abundant malignant cartilage.
IHC: SATB2 (+), S-100 (partial +), Ki-67 (30%).
""")

note("PA17", "PA17-N2", "2024-12-20", "discharge_summary", """
DISCHARGE SUMMARY - Department of Bone Oncology
Admitted 2024-12-16; discharged 2024-12-20.

Diagnosis: 1. [[Osteosarcoma (chondroblastic)|OSTEOSARCOMA]] of left distal femur, post-operative; 2. [[Lung metastases|LUNG_METASTASIS]], [[progressive disease|TUMOR_RESPONSE]].

Course: Male, [[34 years old|AGE]]. Diagnosed 03/2022; [[MAP|SYSTEMIC_THERAPY]] + [[IFO|SYSTEMIC_THERAPY]] ([[high-dose ifosfamide|SYSTEMIC_THERAPY]] added for poor necrosis) 2022; limb salvage 06/2022; [[adjuvant chemotherapy|SYSTEMIC_THERAPY|hist]] completed 12/2022. [[Lung metastases|LUNG_METASTASIS]] found 08/2024 (RLL x2, LLL x1).
Second line: [[sintilimab|CHECKPOINT_INHIBITOR]] ([[Tyvyt|CHECKPOINT_INHIBITOR]]) 200 mg q3w + [[anlotinib|SYSTEMIC_THERAPY]] 12 mg d1-14 q3w from 2024-09-10.
Evaluations: 2024-10-22 (6 weeks): [[stable disease|TUMOR_RESPONSE]] ([[SD|TUMOR_RESPONSE]]). 2024-12-12 (3 months): [[RLL nodule|PULMONARY_NODULE]] enlarged 1.1 -> 1.7 cm, new [[LLL nodule|PULMONARY_NODULE]] - [[progressive disease|TUMOR_RESPONSE]] ([[PD|TUMOR_RESPONSE]]). Best [[response|TUMOR_RESPONSE]] [[SD|TUMOR_RESPONSE]], lasting less than 3 months.
[[Sintilimab|CHECKPOINT_INHIBITOR]] and [[anlotinib|SYSTEMIC_THERAPY]] discontinued. Plan: [[IE regimen|SYSTEMIC_THERAPY|hyp]] ([[ifosfamide|SYSTEMIC_THERAPY|hyp]] + [[etoposide|SYSTEMIC_THERAPY|hyp]]).
""")

note("PA17", "PA17-N3", "2025-10-15", "radiology_report", """
Chest CT (contrast) 2025-10-15
Comparison: 2025-07-08, 2025-01-05.
Findings: RLL posterior basal nodule 1.2 cm (1.8 cm in 01/2025, 1.2 cm in 07/2025); LLL nodule 6 mm (9 mm in 01/2025). Second RLL nodule no longer visible. No new nodules. No pleural effusion.
Impression: Residual RLL and LLL metastatic nodules, stable since 07/2025 after IE chemotherapy.
""")

note("PA17", "PA17-N4", "2025-10-28", "thoracic_surgery_consult", """
Thoracic Surgery Consultation 2025-10-28
35M, left femur osteosarcoma, residual lung metastases RLL 1.2 cm (posterior basal, 2.5 cm from the pleura) and LLL 0.6 cm (peripheral).
Opinion: resectable - RLL posterior basal segmentectomy + LLL wedge resection (staged VATS). PFT 2025-10-27: FEV1 3.9 L (90% pred), DLCO 85% pred - adequate for both procedures.
""")

note("PA17", "PA17-N5", "2025-11-05", "tumor_board", """
MDT (bone sarcoma) 2025-11-05
35M, chondroblastic OS L femur; lung mets x2 residual after IE; prior sintilimab (SD < 3 months then PD - primary resistance). Thoracic: resectable. Radiation oncology: SBRT feasible to both nodules.
Decision: screen for PROMIS; if not eligible, proceed to staged VATS metastasectomy.
""")

note("PA17", "PA17-N6", "2025-11-10", "admission_record", """
ADMISSION RECORD (Department of Bone Oncology)  2025-11-10
Sex: M   [[Age: 35 years old|AGE]]   Ethnicity: Han   Occupation: engineer

Chief complaint: Left femoral [[osteosarcoma|OSTEOSARCOMA]] 3 years 8 months after surgery; [[lung metastases|LUNG_METASTASIS]] for 15 months; admitted for [[PROMIS trial|INVESTIGATIONAL|hyp]] screening.

Present illness: In brief: [[MAP|SYSTEMIC_THERAPY]]/[[IFO|SYSTEMIC_THERAPY]] + limb salvage 2022; [[lung metastases|LUNG_METASTASIS]] 08/2024; [[sintilimab|CHECKPOINT_INHIBITOR]] + [[anlotinib|SYSTEMIC_THERAPY]] 09-12/2024 with [[PD|TUMOR_RESPONSE]] at 3 months (best [[response|TUMOR_RESPONSE]] [[SD|TUMOR_RESPONSE]], under 4 months); [[IE|SYSTEMIC_THERAPY]] x6 cycles 01-06/2025 with [[partial response|TUMOR_RESPONSE]]; [[Kanglaite injection|IMMUNOMODULATOR]] 200 mL ivgtt qd x 2 courses 01-03/2025 at a local hospital, not used since. CT 2025-10-15: residual RLL 1.2 cm and LLL 0.6 cm [[nodules|PULMONARY_NODULE]], stable.

Past history: HBsAg negative. No hypertension, diabetes or coronary disease. No tuberculosis. No transfusion history. [[Drug allergy|ALLERGIC_REACTION|neg]]: denies.
Personal history: Born and raised in Zhejiang. Non-smoker. Occasional alcohol.
Marital and reproductive history: Married, one daughter, healthy.
Family history: Father with [[gastric cancer|OTHER_MALIGNANCY|fam]] (age 62), alive. Mother healthy.

Physical examination: Vital signs stable. [[ECOG 1|ECOG]]. Left knee well-healed scar, flexion 100 degrees. Breath sounds clear bilaterally.
Toxicity assessment: grade 1 peripheral sensory [[neuropathy|TOXICITY]] (toes); grade 2 [[alopecia|TOXICITY]]. No other residual [[adverse events|TOXICITY|neg]].

Auxiliary examinations: [[HIV antibody|HIV|neg]] negative; syphilis antibody negative; HBsAg negative (2025-11-10). [[PFT|PULMONARY_FUNCTION]] 2025-10-27: [[FEV1|PULMONARY_FUNCTION]] 3.9 L (90% pred), [[DLCO|PULMONARY_FUNCTION]] 85% - adequate. Thoracic surgery: RLL [[segmentectomy|LUNG_RESECTION|hyp]] + LLL [[wedge resection|LUNG_RESECTION|hyp]], [[resectable|RESECTABLE]].

Preliminary diagnosis: 1. Left femoral [[osteosarcoma|OSTEOSARCOMA]], post-operative; 2. [[Pulmonary metastases|LUNG_METASTASIS]] (after treatment).
Plan: [[PROMIS|INVESTIGATIONAL|hyp]] screening - if eligible, SBRT + [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] and [[GP regimen|GEMCITABINE|hyp]] x2 cycles, then [[metastasectomy|LUNG_RESECTION|hyp]].
""", ok=("Toxicity",))


# =====================================================================================
# PA18 -- NEEDS_REVIEW. 44M referred from abroad: "probable osteosarcoma", pathology not
# received -> osteosarcoma_histology unknown; "injections" around surgery, unclear whether
# chemotherapy -> prior_systemic_therapy unknown; budesonide of unknown route (inhaled vs
# oral) currently taken -> systemic_steroids_7d unknown. Nodules c/w metastases, resectable,
# PFT adequate, ECOG 1.
# =====================================================================================
note("PA18", "PA18-N1", "2026-09-15", "clinic_note", """
SARCOMA CLINIC - NEW PATIENT  09/15/2026
Referred by: outside orthopaedic surgeon (records partially received).

HPI: [[44 yo|AGE]] M. In 2023 he underwent resection of a right distal femur "bone tumour" at a hospital abroad. The outside discharge letter (translated) lists the diagnosis as "[[probable osteosarcoma|OSTEOSARCOMA|unc]]"; the final pathology report is not among the records received, and slides/blocks have been requested for review. He recalls receiving "injections in the vein" for a few days before and after surgery but cannot say whether this was [[chemotherapy|SYSTEMIC_THERAPY|unc]]; no treatment summary available. CT chest at an outside facility (08/2026) reportedly showed [[lung nodules|PULMONARY_NODULE]]; repeat CT here ordered.

PMH: "asthma vs COPD" per outside list. GERD.
Meds (outside list, 2026): [[budesonide|SYSTEMIC_STEROID]] (dose/route not listed), omeprazole 20 mg daily. Patient unsure whether the [[budesonide|SYSTEMIC_STEROID]] is an inhaler or capsules; will bring all medications next visit.
Allergies: [[NKDA|ALLERGIC_REACTION|neg]].
FHx: mother with [[colon cancer|OTHER_MALIGNANCY|fam]] at 70.
Exam: R knee scar, full weight bearing. Lungs clear. [[ECOG 1|ECOG]].

A/P: [[Possible osteosarcoma|OSTEOSARCOMA|unc]] with [[lung nodules|PULMONARY_NODULE]]; histology and prior treatment need confirmation before any [[trial|INVESTIGATIONAL|hyp]] consideration ([[PROMIS|INVESTIGATIONAL|hyp]]).
- Obtain outside pathology/slides and treatment records.
- CT chest; thoracic surgery consult.
- Medication reconciliation.
""")

note("PA18", "PA18-N2", "2026-09-28", "radiology_report", """
CT CHEST WITH CONTRAST - 09/28/2026
Indication: reported osteosarcoma R femur (outside), lung nodules on outside CT.
Findings: RML lateral segment nodule 1.3 x 1.1 cm; RLL superior segment nodule 9 mm; both solid, peripheral. No other nodules. No pleural effusion. No lymphadenopathy.
Impression: Two right lung nodules, consistent with pulmonary metastases in the given clinical context.
""")

note("PA18", "PA18-N3", "2026-10-08", "thoracic_surgery_consult", """
Thoracic Surgery Consultation 10/08/2026
[[44M|AGE]] with [[reported osteosarcoma|OSTEOSARCOMA|unc]] of the R femur (outside pathology pending), two [[pulmonary nodules|PULMONARY_NODULE]] (RML 1.3 cm, RLL 0.9 cm) c/w [[metastases|METASTASIS]] on CT 09/28/2026.
Both peripheral; [[resectable|RESECTABLE]] by [[VATS wedge resection|LUNG_RESECTION|hyp]] - which would also establish histology.
[[PFTs|PULMONARY_FUNCTION]] 10/06/2026: [[FEV1|PULMONARY_FUNCTION]] 3.6 L (89%), [[DLCO|PULMONARY_FUNCTION]] 83%. Adequate; [[cleared for thoracic surgery|PULMONARY_FUNCTION]].
Meds reviewed: omeprazole; [[budesonide|SYSTEMIC_STEROID]] - he brought an empty box without a label; still unclear whether inhaled or oral.
Rec: [[VATS wedge|LUNG_RESECTION|hyp]] x2 when oncology ready.
""")

note("PA18", "PA18-N4", "2026-10-15", "telephone_note", """
Telephone note 10/15/2026 - outside pathology slides not yet received; courier expected next week. Pt has not brought his medications; budesonide formulation still unknown. Will reschedule oncology visit once slides reviewed.
""")


# =====================================================================================
# PA19 -- EXCLUDED. 38M. HIV-1 on Biktarvy -> hiv met. Anal SCC 08/2022 (< 5 y before
# as_of 2026-01-28) -> other_malignancy_5y met. Gemcitabine/docetaxel x6 2024 ->
# prior_gemcitabine met. FEV1 41 %, DLCO 38 %, not a surgical candidate because of lung
# function -> pulmonary_function_adequate not_met (nodules called resectable -> met).
# =====================================================================================
note("PA19", "PA19-N1", "2022-08-30", "pathology_report", """
SURGICAL PATHOLOGY - 08/30/2022
Specimen: Anal canal mass, biopsy.
Diagnosis: Invasive [[squamous cell carcinoma|OTHER_MALIGNANCY]], moderately differentiated, p16 positive (HPV-associated).
Clinical history: [[34M|AGE]], [[HIV+|HIV]]; [[osteosarcoma|OSTEOSARCOMA]] L femur 2021 s/p [[MAP|SYSTEMIC_THERAPY|hist]] and resection.
""")

note("PA19", "PA19-N2", "2025-12-15", "radiology_report", """
CT CHEST W/ CONTRAST 12/15/2025
History: osteosarcoma, s/p RLL lobectomy 03/2024.
Findings: Post-lobectomy changes on the right. Two new LUL nodules: 1.1 cm (apicoposterior) and 0.8 cm (anterior), peripheral. Moderate centrilobular and paraseptal emphysema. No pleural effusion.
Impression: New LUL nodules, c/w recurrent pulmonary metastases.
""")

note("PA19", "PA19-N3", "2026-01-12", "thoracic_surgery_consult", """
THORACIC SURGERY CONSULT - 01/12/2026
[[38 y/o|AGE]] M, [[osteosarcoma|OSTEOSARCOMA]] L femur (2021), [[HIV|HIV]] on [[ART|HIV]], h/o [[anal SCC|OTHER_MALIGNANCY|hist]] (2022, [[chemoradiation|SYSTEMIC_THERAPY|hist]], NED). s/p right lower [[lobectomy|LUNG_RESECTION|hist]] 03/2024 for a 3.5 cm central [[RLL metastasis|LUNG_METASTASIS|hist]]. Now two new [[LUL nodules|PULMONARY_NODULE]] (1.1 cm, 0.8 cm), peripheral, c/w [[metastases|METASTASIS]] (CT 12/15/2025).
[[PFTs|PULMONARY_FUNCTION]] 01/08/2026: [[FEV1|PULMONARY_FUNCTION]] 1.52 L (41% pred), [[DLCO|PULMONARY_FUNCTION]] 38% pred; predicted post-op [[FEV1|PULMONARY_FUNCTION]] after LUL [[wedges|LUNG_RESECTION|hyp]] ~36%. Significant emphysema (20 pack-yr) plus prior [[lobectomy|LUNG_RESECTION|hist]].
Assessment: The [[LUL nodules|PULMONARY_NODULE]] are technically [[resectable|RESECTABLE]] by [[wedge resection|LUNG_RESECTION|hyp]], but his [[pulmonary reserve|PULMONARY_FUNCTION]] is inadequate - not a surgical candidate because of [[lung function|PULMONARY_FUNCTION]]. Recommend SBRT / medical oncology options.
""")

note("PA19", "PA19-N4", "2026-01-20", "clinic_note", """
Sarcoma Clinic - 01/20/2026
[[38 yo|AGE]] M with [[osteosarcoma|OSTEOSARCOMA]] of the L distal femur (dx 02/2021; [[MAP|SYSTEMIC_THERAPY]] 2021, limb salvage). Pulmonary relapse 02/2024: RLL [[lobectomy|LUNG_RESECTION]] 03/2024, then [[gemcitabine/docetaxel|GEMCITABINE]] ([[Gemzar|GEMCITABINE]]/[[Taxotere|SYSTEMIC_THERAPY]]) x6 cycles 05-09/2024. New [[LUL metastases|LUNG_METASTASIS]] 12/2025.
Other history: [[HIV-1 infection|HIV]] dx 2015, on [[Biktarvy|HIV]], CD4 540, VL undetectable. [[Anal squamous cell carcinoma|OTHER_MALIGNANCY]] 08/2022 treated with [[chemoradiation|SYSTEMIC_THERAPY]] ([[mitomycin|SYSTEMIC_THERAPY]]/[[5-FU|SYSTEMIC_THERAPY]] + 54 Gy), [[complete response|TUMOR_RESPONSE]], NED on surveillance.
Thoracic surgery: not a surgical candidate ([[FEV1|PULMONARY_FUNCTION]] 41%, [[DLCO|PULMONARY_FUNCTION]] 38%).
[[ECOG 1|ECOG]].
Plan: SBRT to [[LUL nodules|PULMONARY_NODULE]]. Not a [[PROMIS|INVESTIGATIONAL|hyp]] candidate (prior [[gemcitabine|GEMCITABINE|hist]]; [[anal cancer|OTHER_MALIGNANCY]] within 5 years; [[HIV|HIV]]; inadequate [[pulmonary function|PULMONARY_FUNCTION]]).
""")


# =====================================================================================
# PA20 -- EXCLUDED (Chinese practice). 27M. Tislelizumab: SD ~5 months then PD (secondary
# resistance) -> prior_checkpoint_inhibitor met. Thymalfasin last injection 2026-11-06 =
# exactly 14 days before as_of 2026-11-20 -> immunomodulator_2w met. Pleural cytology
# positive -> malignant_pleural_effusion met. May 2026: "resectable by lobectomy";
# November 2026 (newest): LLL mass abuts left main PA / main stem bronchus, would require
# pneumonectomy -> resectable_nodules not_met.
# =====================================================================================
note("PA20", "PA20-N1", "2026-05-20", "tumor_board", """
MDT Discussion 2026-05-20
27M, right proximal humerus osteosarcoma (2023), lung metastases since 12/2025: LLL 2.2 cm (close to the lobar hilum), RUL 0.6 cm.
On tislelizumab 200 mg q3w since 2026-01-08; CT 2026-03-10 and 2026-05-12: SD.
Thoracic surgery: LLL lesion resectable by LLL lobectomy at present; RUL wedge.
Decision: continue tislelizumab, re-evaluate in 2 months; surgery if remains stable.
""")

note("PA20", "PA20-N2", "2026-09-30", "discharge_summary", """
DISCHARGE SUMMARY - Department of Oncology
Admitted 2026-09-25   Discharged 2026-09-30

Diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of right proximal humerus, post-operative; 2. Bilateral [[lung metastases|LUNG_METASTASIS]], [[progression|TUMOR_RESPONSE]] after [[PD-1 inhibitor|CHECKPOINT_INHIBITOR]].

Course: Male, [[27 years old|AGE]]. Diagnosed 03/2023; [[MAP chemotherapy|SYSTEMIC_THERAPY]] + limb salvage, completed 02/2024. [[Lung metastases|LUNG_METASTASIS]] 12/2025.
[[Tislelizumab|CHECKPOINT_INHIBITOR]] 200 mg q3w 2026-01-08 to 2026-07-14. Evaluations: 2026-03-10 [[SD|TUMOR_RESPONSE]]; 2026-05-12 [[SD|TUMOR_RESPONSE]]; 2026-06-18 [[SD|TUMOR_RESPONSE]]; 2026-07-14 [[PD|TUMOR_RESPONSE]] ([[LLL mass|PULMONARY_NODULE]] 2.2 -> 2.9 cm, new LUL [[nodules|PULMONARY_NODULE]]). Best [[response|TUMOR_RESPONSE]] [[stable disease|TUMOR_RESPONSE]] for about 5 months, then [[progression|TUMOR_RESPONSE]].
Third line: [[high-dose ifosfamide|SYSTEMIC_THERAPY]] cycle 1 2026-08-10, cycle 2 2026-09-26 (this admission).
Outside medication: [[thymalfasin|IMMUNOMODULATOR]] ([[Zadaxin|IMMUNOMODULATOR]]) 1.6 mg sc twice weekly since 2026-08-05, prescribed at local hospital "to support immunity".
Discharge plan: continue [[ifosfamide|SYSTEMIC_THERAPY|hyp]] q3w; CT after cycle 2.
""", ok=())

note("PA20", "PA20-N3", "2026-11-02", "radiology_report", """
Chest CT (contrast) 2026-11-02
Comparison: 2026-07-14.
Findings: [[LLL mass|PULMONARY_NODULE]] 3.6 x 3.1 cm (previously 2.9 x 2.5 cm), extending to the [[left hilum|CENTRAL_STRUCTURE]], abutting and narrowing the [[left main pulmonary artery|CENTRAL_STRUCTURE]] and in contact with the [[left main stem bronchus|CENTRAL_STRUCTURE]]. Increased LUL [[nodules|PULMONARY_NODULE]] (largest 1.0 cm). [[RUL nodule|PULMONARY_NODULE]] 0.7 cm. New moderate [[left pleural effusion|PLEURAL_EFFUSION]] with several pleural-based soft-tissue deposits along the left costal pleura, suspicious for [[pleural metastases|MALIGNANT_EFFUSION|unc]].
Impression:
1. [[Progression|TUMOR_RESPONSE]] of [[pulmonary metastases|LUNG_METASTASIS]]; central [[LLL mass|PULMONARY_NODULE]] abutting the [[left main pulmonary artery|CENTRAL_STRUCTURE]] and [[left main stem bronchus|CENTRAL_STRUCTURE]].
2. Moderate [[left pleural effusion|PLEURAL_EFFUSION]] with pleural deposits, suspicious for [[malignant effusion|MALIGNANT_EFFUSION|unc]]; thoracentesis recommended.
""")

note("PA20", "PA20-N4", "2026-11-10", "cytology_report", """
Cytology - pleural fluid (left), thoracentesis 2026-11-10, 900 mL, hemorrhagic.
Result: Malignant cells present. Atypical pleomorphic cells with osteoid-like material in cell block; SATB2 (+). Consistent with metastatic osteosarcoma.
""")

note("PA20", "PA20-N5", "2026-11-16", "tumor_board", """
Multidisciplinary Team (MDT) Discussion - 2026-11-16
Patient: [[M/27|AGE]], right humerus [[osteosarcoma|OSTEOSARCOMA]], [[progressive|TUMOR_RESPONSE]] bilateral [[lung metastases|LUNG_METASTASIS]]; [[malignant pleural effusion|MALIGNANT_EFFUSION]] (cytology 2026-11-10 positive).
Thoracic surgery: [[LLL mass|PULMONARY_NODULE]] now abuts the [[left main pulmonary artery|CENTRAL_STRUCTURE]] and [[left main stem bronchus|CENTRAL_STRUCTURE]]; [[complete resection|LUNG_RESECTION|hyp]] would require left [[pneumonectomy|PNEUMONECTOMY|hyp]]. [[Not resectable|UNRESECTABLE]] by [[lobectomy|LUNG_RESECTION|neg]] anymore. With a [[malignant pleural effusion|MALIGNANT_EFFUSION]], surgery is not indicated.
Prior [[PD-1|CHECKPOINT_INHIBITOR|hist]] therapy: [[tislelizumab|CHECKPOINT_INHIBITOR|hist]] 01-07/2026 - [[SD|TUMOR_RESPONSE|hist]] for about 5 months, then [[PD|TUMOR_RESPONSE|hist]] (secondary resistance).
Other: [[thymalfasin|IMMUNOMODULATOR]] ([[Zadaxin|IMMUNOMODULATOR]]) 1.6 mg sc biw since 2026-08-05, last injection 2026-11-06; stopped.
[[ECOG 1|ECOG]].
Conclusion: not suitable for [[PROMIS|INVESTIGATIONAL|hyp]]. Recommend indwelling pleural catheter, [[regorafenib|SYSTEMIC_THERAPY|hyp]] or a [[clinical trial|INVESTIGATIONAL|hyp]].
""")


# =====================================================================================
# PA21 -- NEEDS_REVIEW. Woman, no age or DOB anywhere -> age_eligible unknown and
# performance_status unknown (ECOG 1 given, but the scale cannot be chosen). Thyroid FNA
# Bethesda V "suspicious for papillary thyroid carcinoma" -> other_malignancy_5y unknown.
# Childhood "bone marrow transplant", type unknown -> allogeneic_transplant unknown.
# Weakly positive beta-hCG, repeat pending -> pregnant_or_lactating unknown.
# =====================================================================================
note("PA21", "PA21-N1", "2026-01-05", "radiology_report", """
CT CHEST WITH CONTRAST - 01/05/2026
History: osteosarcoma R tibia (2022), surveillance.
Findings: Two new LUL nodules: 1.0 cm (apicoposterior) and 6 mm (lingula), peripheral. No pleural effusion. Incidental 1.8 cm hypodense nodule in the right thyroid lobe.
Impression: 1. Two new LUL nodules, consistent with pulmonary metastases. 2. Right thyroid nodule - thyroid ultrasound recommended.
""")

note("PA21", "PA21-N2", "2026-01-14", "procedure_report", """
THYROID ULTRASOUND AND FINE-NEEDLE ASPIRATION - 01/14/2026
Right lobe: 1.8 x 1.4 cm solid hypoechoic nodule, taller-than-wide, with microcalcifications (TI-RADS 5). No suspicious cervical nodes.
FNA (25G x 3 passes), cytology: Bethesda category V - suspicious for [[papillary thyroid carcinoma|OTHER_MALIGNANCY|unc]]. Molecular testing sent; surgical consultation recommended.
""", ok=("nodule",))

note("PA21", "PA21-N3", "2026-01-22", "thoracic_surgery_consult", """
Thoracic surgery consult 01/22/2026
Patient is a woman with osteosarcoma of the R tibia (2022, MAP + resection), two LUL nodules (1.0 cm, 6 mm), peripheral, c/w metastases.
Resectable - LUL wedge resection x2 (VATS). PFTs 01/20/2026: FEV1 94%, DLCO 88% - adequate, cleared for surgery.
""")

note("PA21", "PA21-N4", "2026-01-28", "clinic_note", """
SARCOMA CLINIC - 01/28/2026

HPI: Woman with [[osteosarcoma|OSTEOSARCOMA]] of the right proximal tibia dx 04/2022 ([[MAP|SYSTEMIC_THERAPY]]; resection with endoprosthesis 07/2022), now two [[LUL pulmonary metastases|LUNG_METASTASIS]] (CT 01/05/2026), [[resectable|RESECTABLE]] per thoracic surgery (01/22). Incidental right thyroid nodule: FNA 01/14 Bethesda V, suspicious for [[papillary thyroid carcinoma|OTHER_MALIGNANCY|unc]]; endocrine surgery referral, molecular results pending.

PMH: "[[Bone marrow transplant|TRANSPLANT|hist]]" in childhood at another hospital abroad for a blood disorder - patient does not know the type or the indication; records requested.
Screening labs (01/27/2026): [[serum beta-hCG|PREGNANCY_TEST|unc]] 8 mIU/mL (weakly positive; LMP 01/02/2026, irregular cycles). Repeat [[quantitative hCG|PREGNANCY_TEST|hyp]] in 48 h and pelvic US to r/o early [[pregnancy|PREGNANCY|unc]].
Meds: none. Allergies: [[NKDA|ALLERGIC_REACTION|neg]].
Exam: [[ECOG 1|ECOG]]. Lungs clear.

A/P: [[PROMIS|INVESTIGATIONAL|hyp]] screening pending: (1) repeat [[hCG|PREGNANCY_TEST|hyp]]; (2) thyroid FNA molecular result; (3) [[transplant|TRANSPLANT|hist]] records.
""", ok=("nodule",))


# =====================================================================================
# PA22 -- NEEDS_REVIEW. 23M, solitary RLL metastasis. Metastasectomy only named as the PROMIS
# protocol step, no surgical assessment -> resectable_nodules unknown. Equivocal enhancing
# focus in the surgical bed ("cannot exclude local recurrence") -> unknown. Screened for a
# phase I study at another centre on 04/14/2026 (21 days before as_of), unclear whether dosed
# -> investigational_agent_4w unknown. Hearing difficulty since cisplatin, grade not
# determined -> unresolved_toxicity unknown. PFTs adequate -> met.
# =====================================================================================
note("PA22", "PA22-N1", "2026-04-01", "radiology_report", """
CT CHEST WITH CONTRAST - April 1, 2026
History: osteosarcoma L femur, surveillance.
Findings: New 1.0 cm solid nodule in the RLL superior segment, 1 cm from the pleura. No other nodules. No pleural effusion.
Impression: New solitary RLL nodule, consistent with pulmonary metastasis.
""")

note("PA22", "PA22-N2", "2026-04-10", "radiology_report", """
MRI LEFT FEMUR WITH AND WITHOUT CONTRAST - 04/10/2026
History: [[osteosarcoma|OSTEOSARCOMA]] L distal femur s/p resection/endoprosthesis 2024; new RLL [[nodule|PULMONARY_NODULE]]; evaluate primary site.
Findings: Along the medial margin of the prosthesis there is a 1.4 cm ill-defined enhancing soft-tissue focus within the surgical bed. Susceptibility artefact limits assessment. No marrow lesion in the residual femur.
Impression: Indeterminate 1.4 cm enhancing focus in the surgical bed - post-surgical granulation tissue versus [[local recurrence|LOCAL_RECURRENCE|unc]]; cannot exclude [[local recurrence|LOCAL_RECURRENCE|unc]]. Recommend ultrasound-guided biopsy or short-interval MRI.
""")

note("PA22", "PA22-N3", "2026-04-28", "clinic_note", """
SARCOMA CLINIC - 04/28/2026

HPI: [[23 yo|AGE]] M with [[osteosarcoma|OSTEOSARCOMA]] of the L distal femur dx 01/2024; [[MAP|SYSTEMIC_THERAPY]] x 6 cycles (01-08/2024) and distal femoral resection 04/2024. CT 04/01/2026: new 1.0 cm [[RLL nodule|PULMONARY_NODULE]] c/w [[pulmonary metastasis|LUNG_METASTASIS]]. MRI 04/10: equivocal enhancing focus in the surgical bed, r/o [[local recurrence|LOCAL_RECURRENCE|unc]] - biopsy scheduled 05/12/2026.
He was seen at another cancer center on 04/14/2026 for screening for a [[phase I study|INVESTIGATIONAL|unc]]; he is not sure whether he received any [[study drug|INVESTIGATIONAL|unc]] there (recalls "one infusion, maybe a placebo"). Records requested from that center.
Since [[cisplatin|SYSTEMIC_THERAPY]] he reports [[difficulty hearing|TOXICITY]] conversation in noisy rooms and constant [[tinnitus|TOXICITY]]; no audiogram since 2024 - audiology appointment 05/20/2026, grade not yet determined.
[[PFTs|PULMONARY_FUNCTION]] 04/22/2026: [[FEV1|PULMONARY_FUNCTION]] 4.6 L (101%), [[DLCO|PULMONARY_FUNCTION]] 95% - adequate for thoracic surgery.
Meds: none. Allergies: [[NKDA|ALLERGIC_REACTION|neg]]. [[HIV|HIV|neg]] negative (2024).
[[ECOG 0|ECOG]].

A/P: Solitary RLL [[pulmonary metastasis|LUNG_METASTASIS]].
- Candidate for [[PROMIS|INVESTIGATIONAL|hyp]]: SBRT to the [[RLL nodule|PULMONARY_NODULE]] with [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] + [[gemcitabine|GEMCITABINE|hyp]] ([[GP|GEMCITABINE|hyp]]), then [[metastasectomy|LUNG_RESECTION|hyp]] per [[protocol|INVESTIGATIONAL|hyp]], then [[GP|GEMCITABINE|hyp]]/[[penpulimab|CHECKPOINT_INHIBITOR|hyp]] maintenance. Thoracic surgery referral not yet made.
- Clarify outside [[study participation|INVESTIGATIONAL|unc]]; biopsy of the surgical bed; audiology.
""", ok=("cancer",))

note("PA22", "PA22-N4", "2026-05-01", "tumor_board", """
SARCOMA TUMOR BOARD - 05/01/2026
23M, OS L femur, solitary 1.0 cm RLL met. Equivocal surgical-bed focus, biopsy 05/12 pending.
Consensus: candidate for PROMIS (SBRT + penpulimab/GP, then metastasectomy per protocol) if biopsy negative and outside study records clarified. Thoracic surgery not present; resectability not formally assessed.
""")


# =====================================================================================
# PA23 -- NEEDS_REVIEW. 14-year-old boy with only an ECOG score (Lansky needed under 16) ->
# performance_status unknown. Outside second line "docetaxel plus another drug, possibly
# gemcitabine" -> prior_gemcitabine unknown. Crohn's disease, treatment in the last 2 years
# unknown -> autoimmune_systemic_2y unknown. Typhoid vaccine 06/05/2026 (26 days before
# as_of 2026-07-01), oral (live) vs injectable not recorded -> live_vaccine_30d unknown.
# =====================================================================================
note("PA23", "PA23-N1", "2026-05-20", "radiology_report", """
CT CHEST W/ CONTRAST - 05/20/2026
Indication: osteosarcoma R femur, restaging.
Findings: RUL nodule 1.2 cm (posterior segment) and RLL nodule 6 mm (lateral basal), both peripheral, enlarged since 02/2026. No pleural effusion.
Impression: Enlarging right lung nodules, consistent with metastases.
""")

note("PA23", "PA23-N2", "2026-06-10", "thoracic_surgery_consult", """
Pediatric thoracic surgery consult 06/10/2026
14-year-old boy, osteosarcoma R femur, RUL 1.2 cm and RLL 6 mm nodules, peripheral.
Resectable: RUL wedge + RLL wedge via R VATS (single stage). Spirometry 06/09/2026: FEV1 97% predicted - cleared for thoracic surgery.
""")

note("PA23", "PA23-N3", "2026-06-24", "clinic_note", """
ADOLESCENT AND YOUNG ADULT SARCOMA CLINIC - 06/24/2026

HPI: [[14 yo|AGE]] boy with high-grade [[osteosarcoma|OSTEOSARCOMA]] of the R distal femur dx 02/2024 - [[MAP|SYSTEMIC_THERAPY]] and resection 05/2024 at our center. Pulmonary relapse 01/2025, treated at an outside hospital with second-line [[chemotherapy|SYSTEMIC_THERAPY]]: family reports "[[docetaxel|SYSTEMIC_THERAPY]] plus another drug", possibly [[gemcitabine|GEMCITABINE|unc]]; outside records requested, not yet received. Now [[RUL nodule|PULMONARY_NODULE]] 1.2 cm and [[RLL nodule|PULMONARY_NODULE]] 6 mm c/w [[metastases|METASTASIS]] (CT 05/20/2026); thoracic surgery 06/10: [[resectable|RESECTABLE]] by [[wedge resections|LUNG_RESECTION|hyp]], [[spirometry|PULMONARY_FUNCTION]] normal.

PMH: [[Crohn's disease|AUTOIMMUNE_DISEASE|hist]] (ileocolitis) diagnosed 2024 by an outside pediatric GI; mother unsure what treatment he received in 2024-2025 (recalls "injections for a while"). No medication for it at present. GI records requested.
Meds: none currently.
Allergies: [[NKDA|ALLERGIC_REACTION|neg]].
Travel: family trip to India 06/2026; [[typhoid vaccine|LIVE_VACCINE|unc]] given 06/05/2026 at a travel clinic - formulation not recorded (oral capsules vs. injection), family cannot recall.
Exam: well-appearing teen, R knee ROM 0-120, lungs clear. [[ECOG 1|ECOG]].

A/P: [[14 yo|AGE]] with [[resectable|RESECTABLE]] pulmonary relapse of [[osteosarcoma|OSTEOSARCOMA]]; [[PROMIS|INVESTIGATIONAL|hyp]] pre-screening incomplete:
- need an age-appropriate performance score;
- outside second-line records ([[gemcitabine|GEMCITABINE|unc]]?);
- GI records ([[Crohn's|AUTOIMMUNE_DISEASE]] treatment in the last 2 years);
- travel clinic record ([[typhoid vaccine|LIVE_VACCINE|unc]] type).
""")


# =====================================================================================
# PA24 -- NEEDS_REVIEW. 48F. PFTs ordered, not done -> pulmonary_function_adequate unknown.
# New small right pleural effusion, not sampled, "nonspecific" -> malignant_pleural_effusion
# unknown. Toripalimab 02-08/2025 at an outside hospital, response not documented ->
# prior_checkpoint_inhibitor unknown. "Allergic reaction" to denosumab (a monoclonal
# antibody), severity not documented -> mab_allergy unknown.
# =====================================================================================
note("PA24", "PA24-N1", "2026-10-12", "radiology_report", """
CT CHEST WITH CONTRAST - Oct 12, 2026
History: [[osteosarcoma|OSTEOSARCOMA]] of the mandible, follow-up.
Comparison: Jul 2026.
Findings: [[RUL anterior segment nodule|PULMONARY_NODULE]] 1.5 x 1.2 cm (previously 0.9 cm); [[RLL nodule|PULMONARY_NODULE]] 7 mm, new. [[Small right pleural effusion|PLEURAL_EFFUSION]], new; no pleural thickening. No lymphadenopathy.
Impression:
1. Enlarging [[RUL nodule|PULMONARY_NODULE]] and new [[RLL nodule|PULMONARY_NODULE]], consistent with [[pulmonary metastases|LUNG_METASTASIS]].
2. New small right [[pleural effusion|PLEURAL_EFFUSION]], nonspecific.
""")

note("PA24", "PA24-N2", "2026-10-20", "thoracic_surgery_consult", """
Thoracic Surgery Consult 10/20/2026
48F, OS of the mandible 2022, RUL 1.5 cm + RLL 7 mm nodules c/w metastases, peripheral. Resectable by R VATS wedge resection x2.
Small R effusion: nature unclear; would sample at VATS, or thoracentesis if it enlarges. No cytology yet.
PFTs ordered - not yet done.
""")

note("PA24", "PA24-N3", "2026-10-29", "clinic_note", """
Head and Neck / Sarcoma Oncology - 10/29/2026

HPI: [[48 yo|AGE]] F with [[osteosarcoma|OSTEOSARCOMA]] of the left mandible dx 03/2022, treated with segmental mandibulectomy + fibula free flap 04/2022 and adjuvant [[cisplatin|SYSTEMIC_THERAPY]]/[[doxorubicin|SYSTEMIC_THERAPY]] x 4 cycles (completed 09/2022). [[Pulmonary metastases|LUNG_METASTASIS]] 01/2025, treated at an outside hospital with [[toripalimab|CHECKPOINT_INHIBITOR]] for about 6 months (02-08/2025); the [[response assessments|TUMOR_RESPONSE|unc]] are not in the records received (patient says "the doctors changed the drug"); records requested. Now enlarging [[RUL nodule|PULMONARY_NODULE]] and new [[RLL nodule|PULMONARY_NODULE]] c/w [[metastases|METASTASIS]]; thoracic surgery 10/20: [[resectable|RESECTABLE]] by [[VATS wedge|LUNG_RESECTION|hyp]] x2, [[PFTs|PULMONARY_FUNCTION|hyp]] pending. New small right [[pleural effusion|PLEURAL_EFFUSION]], not sampled.

Allergies: [[denosumab|MONOCLONAL_ANTIBODY]] ([[Xgeva|MONOCLONAL_ANTIBODY]], given 2024 for hypercalcemia) - "[[allergic reaction|ALLERGIC_REACTION]]" per outside list; details and severity not documented.
Meds: calcium/vitamin D, amlodipine 5 mg.
Social: postmenopausal; lives with partner; never smoker.
Exam: [[ECOG 1|ECOG]]. Flap well healed. Lungs: decreased breath sounds R base.

A/P: Possible [[PROMIS|INVESTIGATIONAL|hyp]] candidate pending: outside [[toripalimab|CHECKPOINT_INHIBITOR]] [[response|TUMOR_RESPONSE|unc]] data, [[PFTs|PULMONARY_FUNCTION|hyp]], characterization of the [[effusion|PLEURAL_EFFUSION]], allergy details.
""")


# =====================================================================================
# PATIENT-LEVEL GOLD
# =====================================================================================
INCLUSIONS = ("osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
              "prior_systemic_therapy", "age_eligible", "performance_status",
              "pulmonary_function_adequate")
EXCLUSIONS = ("active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
              "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
              "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
              "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
              "live_vaccine_30d", "pregnant_or_lactating")
CRITERIA = INCLUSIONS + EXCLUSIONS

# as_of and the verdicts that differ from the default (inclusion met / exclusion not_met).
# The reason for each is in the comment block above the patient's notes.
PATIENTS = {
    "PA01": ("2025-09-15", {}),
    "PA02": ("2025-12-01", {"osteosarcoma_histology": "not_met", "unresolved_toxicity": "met",
                            "live_vaccine_30d": "met", "mab_allergy": "met"}),
    "PA03": ("2026-03-20", {}),
    "PA04": ("2026-01-15", {"osteosarcoma_histology": "not_met", "prior_systemic_therapy": "not_met",
                            "resectable_nodules": "not_met", "pulmonary_function_adequate": "unknown",
                            "active_local_recurrence": "met", "hiv": "met"}),
    "PA05": ("2026-03-30", {"age_eligible": "not_met", "performance_status": "not_met",
                            "live_vaccine_30d": "met", "allogeneic_transplant": "met"}),
    "PA06": ("2025-08-20", {}),
    "PA07": ("2026-05-12", {"age_eligible": "not_met", "performance_status": "not_met",
                            "pulmonary_function_adequate": "not_met", "autoimmune_systemic_2y": "met",
                            "systemic_steroids_7d": "met"}),
    "PA08": ("2025-07-08", {"prior_checkpoint_inhibitor": "met", "prior_gemcitabine": "met",
                            "immunomodulator_2w": "met", "investigational_agent_4w": "met"}),
    "PA09": ("2026-06-10", {}),
    "PA10": ("2026-02-17", {"resectable_nodules": "unknown", "pulmonary_function_adequate": "unknown",
                            "pregnant_or_lactating": "met", "other_malignancy_5y": "met",
                            "malignant_pleural_effusion": "met"}),
    "PA11": ("2025-10-21", {"allogeneic_transplant": "met", "systemic_steroids_7d": "met",
                            "mab_allergy": "met"}),
    "PA12": ("2026-09-01", {"pulmonary_metastases": "not_met", "resectable_nodules": "unknown",
                            "pulmonary_function_adequate": "unknown", "investigational_agent_4w": "met",
                            "active_local_recurrence": "met", "unresolved_toxicity": "met"}),
    "PA13": ("2026-08-03", {}),
    "PA14": ("2026-04-27", {"autoimmune_systemic_2y": "met", "systemic_steroids_7d": "met",
                            "pregnant_or_lactating": "met"}),
    "PA15": ("2025-06-30", {"pulmonary_metastases": "unknown", "resectable_nodules": "unknown",
                            "immunomodulator_2w": "unknown", "hiv": "unknown"}),
    "PA16": ("2026-07-14", {"pulmonary_metastases": "not_met", "prior_systemic_therapy": "not_met",
                            "resectable_nodules": "unknown", "pulmonary_function_adequate": "unknown"}),
    "PA17": ("2025-11-12", {}),
    "PA18": ("2026-10-19", {"osteosarcoma_histology": "unknown", "prior_systemic_therapy": "unknown",
                            "systemic_steroids_7d": "unknown"}),
    "PA19": ("2026-01-28", {"pulmonary_function_adequate": "not_met", "hiv": "met",
                            "other_malignancy_5y": "met", "prior_gemcitabine": "met"}),
    "PA20": ("2026-11-20", {"resectable_nodules": "not_met", "pulmonary_function_adequate": "unknown",
                            "prior_checkpoint_inhibitor": "met", "immunomodulator_2w": "met",
                            "malignant_pleural_effusion": "met"}),
    "PA21": ("2026-02-02", {"age_eligible": "unknown", "performance_status": "unknown",
                            "other_malignancy_5y": "unknown", "allogeneic_transplant": "unknown",
                            "pregnant_or_lactating": "unknown"}),
    "PA22": ("2026-05-05", {"resectable_nodules": "unknown", "active_local_recurrence": "unknown",
                            "investigational_agent_4w": "unknown", "unresolved_toxicity": "unknown"}),
    "PA23": ("2026-07-01", {"performance_status": "unknown", "prior_gemcitabine": "unknown",
                            "autoimmune_systemic_2y": "unknown", "live_vaccine_30d": "unknown"}),
    "PA24": ("2026-11-06", {"pulmonary_function_adequate": "unknown", "malignant_pleural_effusion": "unknown",
                            "prior_checkpoint_inhibitor": "unknown", "mab_allergy": "unknown"}),
}

# Window / boundary events: (patient, event date as written in a note, days before as_of, verdict it drives)
BOUNDARIES = [
    ("PA02", "11/19/2025", 12, "live_vaccine_30d", "met"),
    ("PA03", "2026-03-05", 15, "immunomodulator_2w", "not_met"),
    ("PA05", "02/28/2026", 30, "live_vaccine_30d", "met"),
    ("PA06", "07/20/2025", 31, "live_vaccine_30d", "not_met"),
    ("PA08", "2025-06-24", 14, "investigational_agent_4w", "met"),
    ("PA13", "07/26/2026", 8, "systemic_steroids_7d", "not_met"),
    ("PA14", "04/20/2026", 7, "systemic_steroids_7d", "met"),
    ("PA20", "2026-11-06", 14, "immunomodulator_2w", "met"),
    ("PA22", "04/14/2026", 21, "investigational_agent_4w", "unknown"),
    ("PA23", "06/05/2026", 26, "live_vaccine_30d", "unknown"),
]
# DOB-based ages on the as-of date: (patient, DOB, expected age, age_eligible verdict)
DOB_AGES = [("PA05", date(2016, 4, 2), 9, "not_met"), ("PA06", date(2015, 8, 14), 10, "met"),
            ("PA09", date(1961, 2, 2), 65, "met")]


def status_of(criteria: dict[str, str]) -> str:
    if any(criteria[c] == "not_met" for c in INCLUSIONS) or any(criteria[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(criteria[c] == "met" for c in INCLUSIONS) and all(criteria[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


def build_patients() -> list[dict]:
    rows = []
    for pid, (as_of, overrides) in PATIENTS.items():
        assert set(overrides) <= set(CRITERIA), (pid, set(overrides) - set(CRITERIA))
        crit = {c: ("met" if c in INCLUSIONS else "not_met") for c in CRITERIA}
        crit.update(overrides)
        assert all(v in ("met", "not_met", "unknown") for v in crit.values()), pid
        rows.append({"patient_id": pid, "as_of": as_of, "status": status_of(crit), "criteria": crit})
    return rows


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def check(patients: list[dict]) -> None:
    by_pid = {p["patient_id"]: p for p in patients}
    notes_of: dict[str, list[dict]] = {}
    for n in NOTES:
        notes_of.setdefault(n["patient_id"], []).append(n)
    # ids, counts, dates
    assert list(by_pid) == [f"PA{i:02d}" for i in range(1, 25)]
    assert len({n["note_id"] for n in NOTES}) == len(NOTES), "duplicate note ids"
    assert set(notes_of) == set(by_pid)
    assert len(NOTES) >= 80, len(NOTES)
    annotated = [n for n in NOTES if n["spans"]]
    assert len(annotated) >= 35, len(annotated)
    for pid, ns in notes_of.items():
        assert len(ns) >= 2, (pid, len(ns))
        as_of = date.fromisoformat(by_pid[pid]["as_of"])
        assert date(2025, 6, 1) <= as_of <= date(2026, 11, 20), pid
        for n in ns:
            assert n["note_id"].startswith(pid + "-"), n["note_id"]
            assert date.fromisoformat(n["note_date"]) <= as_of, (n["note_id"], "note after as_of")
    assert sum(len(ns) >= 6 for ns in notes_of.values()) >= 3
    # spans: offsets and labels
    for n in annotated:
        for s in n["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(n["text"]) and s["label"] in CONCEPTS
    # status rule
    for p in patients:
        assert p["status"] == status_of(p["criteria"]), p["patient_id"]
        assert len(p["criteria"]) == 22
    # window boundaries really are what the verdicts assume
    for pid, written, days, crit, verdict in BOUNDARIES:
        assert any(written in n["text"] for n in notes_of[pid]), (pid, written)
        m, d, y = (written.split("/") if "/" in written else (None, None, None))
        ev = date(int(y), int(m), int(d)) if m else date.fromisoformat(written)
        assert (date.fromisoformat(by_pid[pid]["as_of"]) - ev).days == days, (pid, written)
        assert by_pid[pid]["criteria"][crit] == verdict, (pid, crit)
    for pid, dob, years, verdict in DOB_AGES:
        assert age_on(dob, date.fromisoformat(by_pid[pid]["as_of"])) == years, pid
        assert by_pid[pid]["criteria"]["age_eligible"] == verdict, pid
    # mix: every criterion >= 2 met, >= 2 not_met, >= 1 unknown
    for c in CRITERIA:
        cnt = Counter(p["criteria"][c] for p in patients)
        assert cnt["met"] >= 2 and cnt["not_met"] >= 2 and cnt["unknown"] >= 1, (c, cnt)
    st = Counter(p["status"] for p in patients)
    assert st["eligible"] >= 6 and st["excluded"] >= 8 and st["needs_review"] >= 6, st


def summary(patients: list[dict]) -> None:
    annotated = [n for n in NOTES if n["spans"]]
    print(f"patients: {len(patients)}  notes: {len(NOTES)}  span-annotated notes: {len(annotated)}  "
          f"spans: {sum(len(n['spans']) for n in annotated)}")
    print(f"\n{'criterion':30s} {'met':>4s} {'not_met':>8s} {'unknown':>8s}")
    for c in CRITERIA:
        cnt = Counter(p["criteria"][c] for p in patients)
        print(f"{c:30s} {cnt['met']:4d} {cnt['not_met']:8d} {cnt['unknown']:8d}")
    print("\nstatus:", dict(Counter(p["status"] for p in patients)))
    for p in patients:
        bad = [c for c in INCLUSIONS if p["criteria"][c] == "not_met"] + \
              [c for c in EXCLUSIONS if p["criteria"][c] == "met"]
        unk = [c for c in CRITERIA if p["criteria"][c] == "unknown"]
        print(f"  {p['patient_id']} {p['as_of']} {p['status']:12s} notes={sum(n['patient_id'] == p['patient_id'] for n in NOTES)}"
              f"  against={','.join(bad) or '-'}  unknown={','.join(unk) or '-'}")
    labels = Counter(s["label"] for n in annotated for s in n["spans"])
    flags = Counter(f for n in annotated for s in n["spans"] for f in FLAGS if s[f])
    print("\nspans per label:", ", ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    print("flags:", dict(flags))
    unused = sorted(CONCEPTS - set(labels))
    print("concepts without spans:", unused or "-")


def main() -> int:
    patients = build_patients()
    check(patients)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "notes.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for n in NOTES:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(OUT / "patients.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for p in patients:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    # round-trip: re-read and re-verify offsets
    for line in (OUT / "notes.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for s in row["spans"]:
            assert set(s) == {"start", "end", "label", *FLAGS}
            assert all(isinstance(s[f], bool) for f in FLAGS)
    summary(patients)
    return 0


if __name__ == "__main__":
    sys.exit(main())
