#!/usr/bin/env python3
"""Synthetic gold corpus, part O (independent author).

Style: adult and adolescent sarcoma programmes in the US and UK seen through
documents other than the clinic note -- dictated consultation letters, problem
oriented progress notes with ICD-10 codes, intake forms with checkboxes,
pharmacy reconciliation lists, discharge summaries, radiology reports,
research-coordinator pre-screening logs, second-opinion letters, addenda.

All patients, clinicians and institutions are invented.

Markup inside note text:  {{phrase|LABEL}}  or  {{phrase|LABEL|flags}}
flags (comma separated): neg, unc, hist, hyp, fam
Run from /work/main:  python3 annotated_notes/source/part_o.py
"""
import json
import os
import re
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "parts", "o")

LABELS = {
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

FLAGS = {"neg": "negated", "unc": "uncertain", "hist": "historical",
         "hyp": "hypothetical", "fam": "family"}

INCLUSIONS = [
    ("H", "osteosarcoma_histology"),
    ("LM", "pulmonary_metastases"),
    ("R", "resectable_nodules"),
    ("PST", "prior_systemic_therapy"),
    ("AGE", "age_eligible"),
    ("PS", "performance_status"),
    ("PFT", "pulmonary_function_adequate"),
]
EXCLUSIONS = [
    ("LR", "active_local_recurrence"),
    ("MPE", "malignant_pleural_effusion"),
    ("GEM", "prior_gemcitabine"),
    ("OM", "other_malignancy_5y"),
    ("INV", "investigational_agent_4w"),
    ("CPI", "prior_checkpoint_inhibitor"),
    ("IMM", "immunomodulator_2w"),
    ("AI", "autoimmune_systemic_2y"),
    ("STE", "systemic_steroids_7d"),
    ("ALLO", "allogeneic_transplant"),
    ("MAB", "mab_allergy"),
    ("TOX", "unresolved_toxicity"),
    ("HIV", "hiv"),
    ("VAC", "live_vaccine_30d"),
    ("PREG", "pregnant_or_lactating"),
]
ABBR = dict(INCLUSIONS + EXCLUSIONS)
VERDICT = {"m": "met", "n": "not_met", "u": "unknown"}

PATIENTS = []

MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z,]+))?\}\}")


def parse(raw):
    """Strip markup, return (text, spans)."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3)
        assert label in LABELS, (label, phrase)
        span = {"start": length, "end": length + len(phrase), "label": label}
        given = set(flags.split(",")) if flags else set()
        assert given <= set(FLAGS), (given, phrase)
        for short, name in FLAGS.items():
            span[name] = short in given
        spans.append((span, phrase))
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, text[:200]
    for span, phrase in spans:
        assert text[span["start"]:span["end"]] == phrase, phrase
        assert phrase == phrase.strip(), repr(phrase)
    return text, [s for s, _ in spans]


def add(pid, as_of, status, incl, excl, notes):
    crit = {}
    for tok in incl.split():
        k, v = tok.split("=")
        crit[ABBR[k]] = VERDICT[v]
    for _, cid in EXCLUSIONS:
        crit[cid] = "not_met"
    for tok in excl.split():
        k, v = tok.split("=")
        crit[ABBR[k]] = VERDICT[v]
    assert len(crit) == 22 and all(c in crit for _, c in INCLUSIONS), pid
    PATIENTS.append({"patient_id": pid, "as_of": as_of, "status": status,
                     "criteria": crit, "notes": notes})


def derive_status(crit):
    inc = [crit[c] for _, c in INCLUSIONS]
    exc = [crit[c] for _, c in EXCLUSIONS]
    if "not_met" in inc or "met" in exc:
        return "excluded"
    if all(v == "met" for v in inc) and all(v == "not_met" for v in exc):
        return "eligible"
    return "needs_review"


def clean(s):
    return s.strip("\n")

# ---------------------------------------------------------------------------
# PO01 -- 17 y male, femur OS, two RLL nodules, clean eligible.
#   Hard bits: OS = oculus sinister, mother's breast cancer, grade 3 mucositis
#   that resolved, empty "Toxicities:" heading, antiemetic dexamethasone long
#   ago, inactivated flu shot, PROMIS regimen named hypothetically.
# ---------------------------------------------------------------------------
add("PO01", "2026-03-16", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2024-09-14", "pathology report", True, clean("""
LAKESHORE UNIVERSITY MEDICAL CENTER - SURGICAL PATHOLOGY
Collected: 09/12/2024   Reported: 09/14/2024
Specimen: Left distal femur, CT-guided core needle biopsy (4 cores)

FINAL DIAGNOSIS:
High-grade {{conventional osteosarcoma, osteoblastic type|OSTEOSARCOMA}}, left distal femur.

MICROSCOPIC: Sheets of pleomorphic spindled and epithelioid cells depositing
lace-like osteoid. Mitoses up to 14 per 10 HPF. No cartilaginous component.
SATB2 diffusely positive.

COMMENT: Discussed with Dr. Okafor (orthopaedic oncology) by phone on 9/13/2024.
Staging CT of the chest has been requested by the clinical team.
""")),
        ("2025-05-28", "discharge summary", False, clean("""
DISCHARGE SUMMARY
Admitted: 05/21/2025    Discharged: 05/28/2025
Attending: R. Feldman, MD (AYA Oncology)

Principal diagnosis: Osteosarcoma of the left distal femur, s/p limb salvage with
distal femoral endoprosthesis 12/2024; admitted for high-dose methotrexate, the
final cycle of adjuvant MAP.

Hospital course: 16 y/o male received HD-MTX 12 g/m2 on 5/21. Delayed clearance
(48 h level 1.8 umol/L) was managed with extra hydration and leucovorin; glucarpidase
not needed. On day 4 he developed grade 3 oral mucositis requiring a morphine PCA for
two days. By discharge he was eating a soft diet and the mucositis had settled to
grade 1. Antiemetics were ondansetron plus dexamethasone 4 mg IV days 1-3 only.
Creatinine normal throughout.

This completes his planned MAP chemotherapy.

Toxicities:

Discharge medications: ondansetron 8 mg PO q8h PRN (5 days), magic mouthwash,
acetaminophen PRN. No steroid on discharge.

Follow-up: end-of-therapy scans in 6 weeks, then surveillance CT chest every 3 months.
""")),
        ("2026-01-19", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                    Exam date: 1/19/2026
Indication: {{17 yo|AGE}} M, h/o {{osteosarcoma|OSTEOSARCOMA|hist}} L femur, off therapy since 5/2025. Surveillance.
Comparison: CT chest 10/14/2025.

FINDINGS:
Lungs: Two new solid {{nodules|PULMONARY_NODULE}} in the right lower lobe: 9 mm, subpleural,
posterior basal segment (series 4, image 212) and 6 mm in the superior segment
(image 188). No other {{nodules|PULMONARY_NODULE|neg}}. Central airways patent.
Pleura: No {{pleural effusion|PLEURAL_EFFUSION|neg}} or thickening.
Mediastinum/hila: No lymphadenopathy.

IMPRESSION:
1. Two new right lower lobe {{nodules|PULMONARY_NODULE}} (9 mm and 6 mm), consistent with
{{pulmonary metastases|LUNG_METASTASIS}} in this patient with known {{osteosarcoma|OSTEOSARCOMA}}.
2. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.
""")),
        ("2026-02-10", "consultation letter", True, clean("""
Department of Thoracic Surgery, Lakeshore University Medical Center
February 10, 2026

Dear Dr. Feldman,

Thank you for asking me to see this pleasant {{seventeen-year-old|AGE}} young man with a history
of high-grade {{osteosarcoma|OSTEOSARCOMA|hist}} of the left distal femur. He completed
{{MAP|SYSTEMIC_THERAPY|hist}} in May 2025 after limb salvage surgery and has been under
surveillance since.

His January CT shows two right lower lobe {{nodules|PULMONARY_NODULE}}, 9 mm and 6 mm. I reviewed
the images with our thoracic radiologists. Both {{lesions|PULMONARY_NODULE}} are peripheral and well
away from the hilum, and in my view they are completely {{resectable|RESECTABLE}}. I have
recommended a right {{VATS wedge resection|LUNG_RESECTION|hyp}} of both, tentatively booked for March.

{{Pulmonary function tests|PULMONARY_FUNCTION}} on 2/6/2026 showed {{FEV1 98% predicted|PULMONARY_FUNCTION}} and
{{DLCO 91% predicted|PULMONARY_FUNCTION}}; these are entirely adequate for the proposed operation.
He is back playing basketball and working part time, {{ECOG 0|ECOG}}.

Incidentally, he mentioned some irritation of the left eye after a sports injury last
month. Visual acuity is 20/20 OD and 20/25 {{OS|LOOKALIKE}} and ophthalmology saw him already.
His mother was treated for {{breast cancer|OTHER_MALIGNANCY|fam}} in 2021 and is well. He had the
{{inactivated influenza vaccine|NONLIVE_VACCINE}} at his pediatrician on 2/3/2026.

He and his parents asked about the PROMIS programme. As I understand it, that regimen
gives SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} and {{gemcitabine|GEMCITABINE|hyp}} before
{{metastasectomy|LUNG_RESECTION|hyp}}; I am happy to operate within that sequence if he enrols,
and I have copied the research team.

Yours sincerely,
Helen Marsh, MD, Thoracic Surgery
""")),
        ("2026-03-12", "research pre-screening log", True, clean("""
PROMIS pre-screen log -- R. Alvarez, CRC -- 03/12/2026
- {{DOB: 07/02/2008|DOB}} ({{17 y|AGE}})
- Dx: {{osteosarcoma|OSTEOSARCOMA}} L distal femur, bx 9/12/2024
- Prior tx: {{MAP|SYSTEMIC_THERAPY|hist}} full course, completed 5/2025
- Lungs: 2 RLL {{nodules|PULMONARY_NODULE}} c/w {{mets|METASTASIS}} (CT 1/19/26); thoracic surgery says
  {{resectable|RESECTABLE}}, {{VATS wedge|LUNG_RESECTION|hyp}} planned 3/2026
- {{PFTs|PULMONARY_FUNCTION}} 2/6/26 adequate
- {{ECOG 0|ECOG}} (2/10/26)
- {{Gemcitabine|GEMCITABINE|neg}}: none.  {{Checkpoint inhibitor|CHECKPOINT_INHIBITOR|neg}}: none.
- Audiology 1/2026: grade 1 high-frequency {{hearing loss|TOXICITY}}, no aids needed
- {{Dexamethasone|SYSTEMIC_STEROID|hist}}: prior antiemetic use only, none since 5/2025
- Vaccines: {{inactivated flu shot|NONLIVE_VACCINE}} 2/3/26 (not live)
- Next: consent visit 3/17
""")),
    ])

# ---------------------------------------------------------------------------
# PO02 -- 41 F, UK, high-grade surface OS tibia, three resectable left lung
#   metastases.  needs_review: equivocal local recurrence on MRI, excised skin
#   lesion with ?melanoma histology awaited, rituximab "reaction" of unknown
#   grade, travel clinic with unlisted vaccines.  ITP treated 2019 (>2 y).
#   OS = overall survival and PD = Parkinson's in the long letter.
# ---------------------------------------------------------------------------
add("PO02", "2025-09-22", "needs_review",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "LR=u OM=u MAB=u VAC=u",
    [
        ("2023-04-18", "pathology report", True, clean("""
Midlands Bone Tumour Unit -- Histopathology Report
Date reported: 18/04/2023
Specimen: Right tibia, open incisional biopsy

Diagnosis: {{High-grade surface osteosarcoma|OSTEOSARCOMA}} of the anterior tibial diaphysis.

Comment: The tumour arises on the cortical surface with only minimal medullary
extension. Cytological atypia is marked throughout. Reviewed at the regional bone
pathology meeting on 17/04/2023; consensus diagnosis.
""")),
        ("2025-07-30", "radiology report", True, clean("""
CT THORAX WITH CONTRAST                         30/07/2025
Clinical details: {{41F|AGE}}. Surface {{OS|OSTEOSARCOMA}} R tibia 2023, previously treated with
{{chemotherapy|SYSTEMIC_THERAPY|hist}} and resection. Restaging.

Findings: Three new {{pulmonary nodules|PULMONARY_NODULE}} in the left lung: apicoposterior LUL 8 mm,
lingula 6 mm, LLL superior segment 11 mm. All are solid, well defined and peripheral.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No mediastinal or hilar lymphadenopathy.

Conclusion: Three new left lung {{nodules|PULMONARY_NODULE}}, in keeping with {{pulmonary metastases|LUNG_METASTASIS}}.
""")),
        ("2025-08-20", "MDT outcome", True, clean("""
BONE TUMOUR MDT OUTCOME                Meeting date: 20/08/2025
Patient: {{41-year-old|AGE}} woman, high-grade surface {{osteosarcoma|OSTEOSARCOMA}} right tibia (2023).
Completed neoadjuvant and adjuvant {{cisplatin/doxorubicin|SYSTEMIC_THERAPY|hist}} 10/2023 and
wide resection.

Discussion: CT 30/07/2025 shows three left-sided {{lung metastases|LUNG_METASTASIS}}. Thoracic surgical
opinion (Mr D. Pryce): all three are peripheral and {{resectable|RESECTABLE}} through a left
thoracotomy with {{wedge resections|LUNG_RESECTION|hyp}}; a {{pneumonectomy|PNEUMONECTOMY|neg}} would not be needed.
{{PFTs|PULMONARY_FUNCTION}} 12/08/2025: {{FEV1 94% predicted|PULMONARY_FUNCTION}}, {{TLCO 89%|PULMONARY_FUNCTION}} -- adequate.
{{WHO PS 1|ECOG}}.

Outcome:
1. Suitable for {{pulmonary metastasectomy|LUNG_RESECTION|hyp}}.
2. Refer to the PROMIS research team before surgery is booked.
3. MRI right tibia to complete local restaging.
""")),
        ("2025-09-03", "radiology report", True, clean("""
MRI RIGHT TIBIA WITH GADOLINIUM                03/09/2025
Clinical: h/o surface {{osteosarcoma|OSTEOSARCOMA|hist}}, resected 2023. Restaging before thoracic surgery.

Findings: Post-operative appearances of the anterior tibial diaphysis with plate
fixation. There is a 14 x 9 mm focus of ill-defined enhancing soft tissue along the
anterior margin of the resection bed which was not present on the MRI of 11/2024.
No marrow signal abnormality.

IMPRESSION: New enhancing soft tissue in the resection bed. Post-surgical or reactive
change is possible, but early {{local recurrence|LOCAL_RECURRENCE|unc}} cannot be excluded.
Suggest ultrasound-guided biopsy or a short-interval MRI in 6 weeks.
""")),
        ("2025-09-15", "consultation letter", False, clean("""
Department of Medical Oncology, St Aldhelm's Hospital
15 September 2025

Dear Dr Rahman,

Re: Mrs A. Nwosu, aged 41

Thank you for referring Mrs Nwosu, whom I saw in the adult bone tumour clinic today with
her husband. You asked me to consider her for the PROMIS study before her planned lung
surgery and to take over her systemic care locally, and I was glad to meet her.

By way of background, she presented in early 2023 with an aching swelling over the
front of the right shin. An open biopsy on 18/04/2023 showed a high-grade surface
osteosarcoma. She had neoadjuvant cisplatin and doxorubicin, a wide excision of the
anterior tibial cortex with reconstruction, and adjuvant cisplatin and doxorubicin,
finishing in October 2023. She tolerated treatment reasonably, apart from a period of
neutropenic sepsis after the third cycle. Her hearing was tested at the end of treatment
and was normal for her age, and she has no tingling in the hands or feet.

Surveillance CT at the end of July showed three new nodules in the left lung, and the
MDT on 20 August thought these were metastases and that all three could be removed by
wedge excision through a left thoracotomy. Her lung function tests are excellent. She
remains very active, walks her dog twice a day and has gone back to part-time teaching;
I would record her WHO performance status as 1 because of tiredness after a full day.

Socially she lives with her husband and two teenage sons. Her father has Parkinson's
disease (PD) and lives with them; she is his main carer. She has never smoked.

There are several loose ends which I should set out. First, your referral mentions that
her GP removed a pigmented lesion from her upper back on 28 August; the histology is
still awaited and the GP's note raises the possibility of a melanoma. Second, in 2019 she
was treated for immune thrombocytopenia with rituximab; she tells me that she 'reacted'
to the second infusion and the remaining doses were cancelled, but I have not been able
to obtain the haematology records and I do not know what form the reaction took or how
severe it was. Third, she went to a private travel clinic on 2 September ahead of a trip
to Uganda in October to see relatives; she cannot remember which injections she had and
the receipt lists only 'travel vaccinations as per itinerary'. Finally, the restaging MRI
of the tibia on 3 September shows a small area of enhancement in the resection bed which
the radiologist cannot distinguish from early local recurrence.

We talked about what lung metastasectomy can offer. I explained that series of patients
with a small number of resectable lung metastases report a five-year OS in the region of
30 to 40 percent, and that the aim of any additional treatment is to improve on this.

Plan: I have asked for the skin histology, the haematology records and the travel clinic
record, and for an ultrasound-guided biopsy of the tibial resection bed. Our research
nurse will complete the PROMIS pre-screen once these are back.

Yours sincerely,

Dr Fiona Carmichael
Consultant Medical Oncologist
""")),
        ("2025-09-19", "research pre-screening log", True, clean("""
PROMIS pre-screen -- research office, St Aldhelm's -- 19/09/2025 (K. Osei, research nurse)
* {{41F|AGE}}, high-grade surface {{osteosarcoma|OSTEOSARCOMA}} R tibia (2023)
* prior {{cisplatin/doxorubicin|SYSTEMIC_THERAPY|hist}}, completed 10/2023
* 3 L {{lung mets|LUNG_METASTASIS}}; MDT 20/08: {{resectable|RESECTABLE}}, {{metastasectomy|LUNG_RESECTION|hyp}} recommended;
  {{PFTs|PULMONARY_FUNCTION}} adequate
* {{WHO PS 1|ECOG}}
* MRI 03/09: enhancing tissue in resection bed -- ?{{local recurrence|LOCAL_RECURRENCE|unc}}; bx / repeat MRI pending
* back skin lesion excised 28/08: histology awaited, GP queried {{melanoma|OTHER_MALIGNANCY|unc}}
* h/o {{rituximab|MONOCLONAL_ANTIBODY|hist}} 2019 for {{ITP|AUTOIMMUNE_DISEASE|hist}} -- "{{reaction|ALLERGIC_REACTION|hist}}" to 2nd dose, grade unknown
* travel clinic 02/09 before Uganda trip -- products given not listed (?{{yellow fever|LIVE_VACCINE|unc}}); record requested
* no {{gemcitabine|GEMCITABINE|neg}}, no {{checkpoint inhibitor|CHECKPOINT_INHIBITOR|neg}}, no {{trial drugs|INVESTIGATIONAL|neg}}
* Status: HOLD -- needs coordinator review of 4 open items
""")),
    ])

# ---------------------------------------------------------------------------
# PO03 -- 24 M, radiation-associated OS after allogeneic HSCT for AML (2022).
#   excluded: allo-HSCT, AML < 5 y, rituximab anaphylaxis, hearing loss, on a
#   low-dose IL-2 interventional study (investigational + interleukin), lung
#   function too poor (nodules themselves resectable).  Prednisone stopped
#   8 days before as_of (not within 7), inhaled fluticasone is local.
# ---------------------------------------------------------------------------
add("PO03", "2026-05-11", "excluded",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=n",
    "OM=m ALLO=m MAB=m TOX=m INV=m IMM=m",
    [
        ("2022-11-02", "discharge summary", True, clean("""
{{BLOOD AND MARROW TRANSPLANT UNIT|LOOKALIKE}} -- DISCHARGE SUMMARY
Admitted 10/04/2022   Discharged 11/02/2022

Diagnosis: {{Acute myeloid leukemia|OTHER_MALIGNANCY}} (FLT3-ITD) in first remission, now s/p matched
sibling {{allogeneic hematopoietic stem cell transplant|TRANSPLANT|hist}} (day 0 = 10/11/2022).
Donor: his sister, HLA 10/10 matched.
Conditioning: TBI 1200 cGy with {{cyclophosphamide|SYSTEMIC_THERAPY}}.
GVHD prophylaxis: {{tacrolimus|IMMUNOSUPPRESSANT}} plus {{mini-dose methotrexate|IMMUNOSUPPRESSANT}}.

Course: Neutrophil engraftment day +17. Grade 2 acute skin GVHD on day +21, treated
with {{topical triamcinolone|LOCAL_STEROID}}; {{systemic steroids|SYSTEMIC_STEROID|neg}} were not required.

Discharge medications: {{tacrolimus|IMMUNOSUPPRESSANT}} 1 mg PO BID (level goal 8-10), acyclovir,
posaconazole, TMP-SMX from count recovery, ursodiol.
Follow-up: BMT clinic twice weekly.
""")),
        ("2023-04-10", "progress note", True, clean("""
HEMATOLOGY / BMT CLINIC -- PROGRESS NOTE            04/10/2023
S: {{21 yo|AGE}} M, day +181, s/p sibling {{allogeneic HSCT|TRANSPLANT|hist}} for {{AML|OTHER_MALIGNANCY}}. Seen after ED visit 4/6.

Interval history: {{EBV-positive post-transplant lymphoproliferative disorder|OTHER_MALIGNANCY}} ({{PTLD|OTHER_MALIGNANCY}},
polymorphic) diagnosed on cervical node biopsy 3/22/2023. First dose of {{rituximab|MONOCLONAL_ANTIBODY}} on
3/30 was uneventful. Within 10 minutes of the second dose on 4/6 he developed throat
tightness, generalised urticaria, wheeze and BP 68/40 -- {{anaphylaxis|ALLERGIC_REACTION}}, CTCAE grade 4.
Treated with IM epinephrine x2 and admitted overnight.

A/P:
1. {{PTLD|OTHER_MALIGNANCY}} -- {{rituximab|MONOCLONAL_ANTIBODY}} permanently discontinued; allergy list updated
   ("{{rituximab|MONOCLONAL_ANTIBODY}} -- {{anaphylaxis|ALLERGIC_REACTION}}, grade 4"). Reduce {{tacrolimus|IMMUNOSUPPRESSANT}}; PET in 4 weeks.
2. {{AML|OTHER_MALIGNANCY}} -- remains in {{CR|TUMOR_RESPONSE}} on day +180 marrow.
""")),
        ("2024-08-22", "pathology report", False, clean("""
SURGICAL PATHOLOGY REPORT                      Reported 08/22/2024
Specimen: Right iliac wing mass, CT-guided core biopsy.
Clinical history: 23-year-old man, prior TBI-based conditioning (2022) for AML.

Diagnosis: High-grade osteosarcoma, osteoblastic, arising in a previously irradiated
field (radiation-associated osteosarcoma).

Comment: Neoplastic osteoid is abundant. In the clinical context this is best regarded
as a radiation-associated sarcoma; the histology is that of conventional osteosarcoma.
Discussed with Dr. Brandt on 8/22.
""")),
        ("2026-03-30", "radiology report", True, clean("""
CT CHEST WITHOUT CONTRAST                           3/30/2026
History: {{24M|AGE}}, {{radiation-associated osteosarcoma|OSTEOSARCOMA}} R ilium (dx 8/2024), s/p
{{doxorubicin/cisplatin|SYSTEMIC_THERAPY|hist}} and internal hemipelvectomy; prior {{allo-HSCT|TRANSPLANT|hist}} for
{{AML|OTHER_MALIGNANCY|hist}} with chronic lung GVHD.

Findings: Bilateral mosaic attenuation and bronchial wall thickening with air trapping
on expiratory images, unchanged from 9/2025. New 12 mm {{nodule|PULMONARY_NODULE}} in the LLL
laterobasal segment and new 7 mm {{nodule|PULMONARY_NODULE}} in the RML, both peripheral.
No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION:
1. Two new {{nodules|PULMONARY_NODULE}} (12 mm LLL, 7 mm RML), consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
2. Stable small-airways disease, in keeping with known chronic GVHD of the lung.
""")),
        ("2026-04-20", "consultation note", True, clean("""
THORACIC SURGERY CONSULTATION                      04/20/2026
Requested by Dr. L. Brandt (medical oncology).

{{24-year-old|AGE}} man with {{radiation-associated osteosarcoma|OSTEOSARCOMA}} and two new lung {{nodules|PULMONARY_NODULE}}.

The {{nodules|PULMONARY_NODULE}}: both are small and peripheral and neither approaches the hilum.
Anatomically they are {{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|hyp}}.

{{Pulmonary function|PULMONARY_FUNCTION}} (4/14/2026): {{FEV1 1.31 L (38% predicted)|PULMONARY_FUNCTION}}, {{DLCO 41% predicted|PULMONARY_FUNCTION}},
unchanged from 2025 and attributed to chronic lung GVHD. Six-minute walk 310 m with
desaturation to 88%.

Impression: Although the {{nodules|PULMONARY_NODULE}} themselves are technically {{resectable|RESECTABLE}}, his
{{pulmonary reserve|PULMONARY_FUNCTION}} is insufficient and he is not a candidate for thoracic surgery
because of {{lung function|PULMONARY_FUNCTION}}. I would not offer {{wedge resection|LUNG_RESECTION|neg}} or thoracotomy.
Discussed with the patient and his mother. Non-operative local options (SBRT) per
medical oncology. {{ECOG 1|ECOG}}.
""")),
        ("2026-05-08", "pharmacy medication reconciliation", True, clean("""
ONCOLOGY PHARMACY -- MEDICATION RECONCILIATION        05/08/2026   J. Tran, PharmD
MEDICATION                                   STATUS         COMMENT
{{prednisone|SYSTEMIC_STEROID|hist}} 10 mg PO daily (cGVHD)           discontinued   taper completed, last dose 05/03/2026
{{fluticasone/salmeterol 250/50 inhaler|LOCAL_STEROID}} BID    active         FAM regimen, lung GVHD
azithromycin 250 mg PO MWF                   active
montelukast 10 mg PO daily                   active
{{tacrolimus|IMMUNOSUPPRESSANT|hist}} PO                                discontinued   stopped 11/2025
{{low-dose interleukin-2|IMMUNOMODULATOR}} SC daily              active         {{study drug|INVESTIGATIONAL}}, {{phase 2 study|INVESTIGATIONAL}} for
                                                            refractory chronic GVHD; last
                                                            injection 05/06/2026 (diary);
                                                            next course starts 05/13
acyclovir 800 mg PO BID                      active
{{levothyroxine|REPLACEMENT_THERAPY}} 75 mcg PO daily              active         post-TBI hypothyroidism
Vaccines: {{Shingrix|NONLIVE_VACCINE}} dose 2 (02/2026); {{inactivated influenza|NONLIVE_VACCINE}} (10/2025)
Allergies: {{rituximab|MONOCLONAL_ANTIBODY}} -- {{anaphylaxis|ALLERGIC_REACTION}} (grade 4, 2023)
""")),
        ("2026-05-11", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 05/11/2026 -- M. Delgado, CRC
- {{24M|AGE}}, radiation-assoc {{osteosarcoma|OSTEOSARCOMA}} R ilium, bx 8/2024; {{doxorubicin/cisplatin x6|SYSTEMIC_THERAPY|hist}} completed 3/2025
- 2 new lung {{nodules|PULMONARY_NODULE}} c/w {{mets|METASTASIS}} (CT 3/30/26); surgeon: technically {{resectable|RESECTABLE}} but not a
  surgical candidate -- {{FEV1 38%|PULMONARY_FUNCTION}}, {{DLCO 41%|PULMONARY_FUNCTION}} (lung GVHD)
- {{ECOG 1|ECOG}}
- FAILS: {{allogeneic HSCT|TRANSPLANT}} 10/2022 (sister donor); {{AML|OTHER_MALIGNANCY}} dx 6/2022 (< 5 y);
  {{rituximab|MONOCLONAL_ANTIBODY}} {{anaphylaxis|ALLERGIC_REACTION}} gr 4 (2023); currently on {{low-dose IL-2|IMMUNOMODULATOR}}
  {{investigational study|INVESTIGATIONAL}} (last dose 5/6); permanent grade 2 {{hearing loss|TOXICITY}} after {{cisplatin|SYSTEMIC_THERAPY}}
  (hearing aids since 2025)
- {{Prednisone|SYSTEMIC_STEROID|hist}} taper completed 5/3 (8 days ago) -- would not exclude by itself
- Not eligible. Dr. Brandt notified.
""")),
    ])

# ---------------------------------------------------------------------------
# PO04 -- UK man, DOB 28/10/1960 -> exactly 65 on as_of (earlier notes say
#   63 / 64).  Eligible.  Prostate cancer biopsy 20/10/2020 = 5 y + 14 d before
#   as_of (outside the window).  Parkinson's (PD), inhaled Symbicort, screen
#   failure for a phase I study (never dosed), WHO PS = ECOG.
# ---------------------------------------------------------------------------
add("PO04", "2025-11-03", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2024-02-16", "pathology report", True, clean("""
HISTOPATHOLOGY -- Severn Vale University Hospital          Reported 16/02/2024
Specimen: Left proximal humerus, image-guided core biopsy (taken 14/02/2024)
Clinical details: {{63-year-old|AGE}} man, mixed lytic-sclerotic lesion left proximal humerus.

Diagnosis: High-grade {{fibroblastic osteosarcoma|OSTEOSARCOMA}}.

Comment: Given the age of the patient, a deposit from another primary was considered in
the differential; cytokeratins and PSA are negative. The history of {{prostate cancer|OTHER_MALIGNANCY|hist}} (2020) is
noted; there is no {{prostatic adenocarcinoma|OTHER_MALIGNANCY|neg}} in this biopsy.
""")),
        ("2025-09-10", "radiology report", True, clean("""
CT THORAX, ABDOMEN AND PELVIS WITH CONTRAST               10/09/2025
Clinical: {{64M|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} L humerus treated 2024. Surveillance.

Findings:
Thorax -- New 14 mm solid {{nodule|PULMONARY_NODULE}} in the posterior segment of the RUL, peripheral.
Mild centrilobular emphysema. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No other {{pulmonary nodules|PULMONARY_NODULE|neg}}.
Abdomen/pelvis -- Post-radiotherapy appearance of the prostate. No lymphadenopathy.

Conclusion: Solitary new RUL {{nodule|PULMONARY_NODULE}}, most in keeping with a {{pulmonary metastasis|LUNG_METASTASIS}}
from {{osteosarcoma|OSTEOSARCOMA}}. No other {{metastatic disease|METASTASIS|neg}}.
""")),
        ("2025-10-01", "consultation letter", False, clean("""
Thoracic Surgery, Severn Vale University Hospital
1 October 2025

Dear Dr Whitcombe,

Re: Mr Geoffrey Hale, DOB 28/10/1960

Thank you for referring this 64-year-old retired engineer, whom I saw in clinic today with
his wife. He had a high-grade osteosarcoma of the left proximal humerus diagnosed on core
biopsy in February 2024, treated with cisplatin and doxorubicin before and after a
proximal humeral replacement; chemotherapy finished in August 2024. He still has mild
tinnitus in a quiet room but no hearing loss on testing and no neuropathy.

The surveillance CT of 10 September shows a solitary 14 mm nodule in the posterior
segment of the right upper lobe, which the MDT felt was a metastasis. It lies in the
outer third of the lung, well away from the hilum and the segmental bronchi, and it is
readily resectable. I have offered him a right VATS wedge resection, provisionally on
10 November, and he would like to proceed.

His other history is relevant. He has Parkinson's disease (PD), diagnosed in 2019 and
well controlled on co-careldopa; his tremor is mild and does not limit him. He has COPD
from a 30 pack-year smoking history (stopped 2012) and uses a Symbicort inhaler twice a
day; he has not needed oral steroids for at least three years. He was found to have
prostate cancer on a biopsy dated 20/10/2021, Gleason 3+4, treated with radical
radiotherapy and six months of hormone therapy; his PSA has been undetectable since.

Pulmonary function tests on 22 September showed FEV1 2.31 L (71% predicted) and TLCO 68%
predicted. These are adequate for a wedge resection and, if it ever came to it, for a
lobectomy. He walks two miles a day with the dog and I would put his WHO performance
status at 1.

In June this year he signed consent for a phase I study at the regional centre but was
screen-failed at the baseline ECG because of a long QTc (since corrected after a change
of antiemetic); he never received the study drug. He had both doses of Shingrix last
year.

He asked about the PROMIS study. I have no objection to him being assessed for it; if
he enrols, the timing of his operation will be set by that schedule rather than 10 November.

Yours sincerely,

Mr Jonathan Ede, FRCS (C-Th)
Consultant Thoracic Surgeon
""")),
        ("2025-10-14", "progress note", True, clean("""
MEDICAL ONCOLOGY -- PROBLEM-ORIENTED PROGRESS NOTE        14/10/2025   Dr S. Whitcombe
Interval history: Seen with his wife. No cough, haemoptysis or weight loss since the MDT.
Parkinsonian tremor stable on co-careldopa. Uses {{Symbicort|LOCAL_STEROID}} 2 puffs BD for COPD; no
exacerbations this year and no {{oral prednisolone|SYSTEMIC_STEROID|neg}} courses.

Problems:
1. C40.0 -- {{osteosarcoma|OSTEOSARCOMA}}, left proximal humerus, dx 14/02/2024; completed
   {{cisplatin/doxorubicin|SYSTEMIC_THERAPY|hist}} 08/2024 and proximal humeral replacement.
2. C78.0 -- {{pulmonary metastasis|LUNG_METASTASIS}}, RUL, 14 mm, solitary. Thoracic surgery: {{resectable|RESECTABLE}},
   {{VATS wedge resection|LUNG_RESECTION|hyp}} pencilled for 10/11/2025. {{PFTs|PULMONARY_FUNCTION}} adequate.
3. Z85.4 -- h/o {{prostate cancer|OTHER_MALIGNANCY|hist}} 2020, radical RT; PSA < 0.01.
4. G20 -- Parkinson's disease ({{PD|LOOKALIKE}}), on co-careldopa.
5. J44.9 -- COPD.

Examination: Well. Chest clear. {{WHO PS 1|ECOG}}.
Plan: PROMIS pre-screen by the research nurse; surgery date to be confirmed.

{{ADDENDUM|CORRECTION}} (same day, after checking the pathology system): {{correction|CORRECTION}} -- Mr Ede's letter of
01/10/2025 gives the prostate biopsy date as 20/10/2021. {{This is incorrect|CORRECTION}}: the biopsy was taken on
20/10/2020 (report on file), as in problem 3 above.
""")),
        ("2025-10-30", "research pre-screening log", True, clean("""
PROMIS pre-screen log -- 30/10/2025 -- T. Baines, research nurse
* {{DOB 28/10/1960|DOB}} -> {{65 y|AGE}} on the screening date 03/11/2025 (birthday 28/10)
* {{fibroblastic osteosarcoma|OSTEOSARCOMA}} L humerus, bx 14/02/2024
* {{cisplatin/doxorubicin|SYSTEMIC_THERAPY|hist}} completed 08/2024
* solitary RUL {{nodule|PULMONARY_NODULE}} c/w {{metastasis|METASTASIS}}; {{resectable|RESECTABLE}}; {{VATS wedge|LUNG_RESECTION|hyp}} booked 10/11;
  {{PFTs|PULMONARY_FUNCTION}} adequate ({{FEV1 71%|PULMONARY_FUNCTION}}, {{TLCO 68%|PULMONARY_FUNCTION}})
* {{WHO PS 1|ECOG}}
* {{prostate cancer|OTHER_MALIGNANCY}}: biopsy 20/10/2020 -> more than 5 y before 03/11/2025 (5 y reached
  20/10/2025) -- does not exclude
* {{phase I study|INVESTIGATIONAL|neg}} 06/2025: consented, screen-failed, never dosed
* {{inhaled budesonide|LOCAL_STEROID}} ({{Symbicort|LOCAL_STEROID}}) only
* {{Shingrix|NONLIVE_VACCINE}} x2 in 2024 (non-live)
* no {{gemcitabine|GEMCITABINE|neg}} / no {{anti-PD-1|CHECKPOINT_INHIBITOR|neg}}
* Provisionally ELIGIBLE -- consent visit 03/11
""")),
    ])

# ---------------------------------------------------------------------------
# PO05 -- 9 y girl (DOB 06/30/2016): age fails.  Neuroblastoma biopsy
#   2/15/2021 (just inside 5 y of 2/9/2026), tandem AUTOLOGOUS transplant
#   (not allogeneic), dinutuximab anaphylaxis grade 3, MMR + varicella 20 days
#   before as_of, biopsy-proven local recurrence, indeterminate nodule that
#   resolved -> no lung metastases.  Mother nursing an infant (family).
# ---------------------------------------------------------------------------
add("PO05", "2026-02-09", "excluded",
    "H=m LM=n R=u PST=m AGE=n PS=m PFT=u",
    "LR=m OM=m MAB=m VAC=m",
    [
        ("2022-03-15", "progress note", True, clean("""
PEDIATRIC ONCOLOGY -- PROGRESS NOTE            03/15/2022     Brookfield Children's Hospital
{{5 y/o|AGE}} girl with high-risk {{neuroblastoma|OTHER_MALIGNANCY}} (MYCN amplified; adrenal biopsy 2/15/2021; bony
{{metastases|METASTASIS}} including the left femur), s/p {{induction chemotherapy|SYSTEMIC_THERAPY|hist}}, resection,
{{tandem autologous stem cell transplant|TRANSPLANT|hist}} (8/2021 and 10/2021) and radiation to the primary
site with a left distal femur boost. Now in the post-consolidation antibody phase.

Event: Cycle 2 {{dinutuximab|MONOCLONAL_ANTIBODY}} on 3/14/2022 -- 40 minutes into the infusion she developed
stridor, BP 60/30 and diffuse urticaria: {{anaphylaxis|ALLERGIC_REACTION}}, CTCAE grade 3
{{allergic reaction|ALLERGIC_REACTION}}. Infusion stopped; IM epinephrine, {{methylprednisolone 2 mg/kg IV|SYSTEMIC_STEROID}} once,
diphenhydramine. Full recovery within 2 hours.

Plan: {{dinutuximab|MONOCLONAL_ANTIBODY}} permanently discontinued; allergy list updated. Continue isotretinoin.
""")),
        ("2024-09-20", "pathology report", False, clean("""
SURGICAL PATHOLOGY -- Brookfield Children's Hospital          09/20/2024
Specimen: Left distal femur, open biopsy.
Clinical history: 8-year-old girl with prior high-risk neuroblastoma treated with
chemotherapy, autologous transplants and radiation including a left distal femur boost
(2021). New painful metaphyseal lesion within the prior radiation field.

Diagnosis: High-grade osteosarcoma (osteoblastic), left distal femur, arising in a
previously irradiated site.

Comment: No small round blue cell component; phox2b negative. Findings discussed with
Dr. Amato on 9/20/2024.
""")),
        ("2025-12-08", "radiology report", True, clean("""
CT CHEST WITHOUT CONTRAST                                   12/8/2025
Indication: {{9 yo|AGE}} F, h/o {{osteosarcoma|OSTEOSARCOMA|hist}} L femur (completed {{MAP|SYSTEMIC_THERAPY|hist}} 6/2025) and h/o
{{neuroblastoma|OTHER_MALIGNANCY|hist}}. Surveillance.

Findings: 3 mm {{nodule|PULMONARY_NODULE}} in the lingula (series 3, image 140), new since 6/2025, too small
to characterize. No other {{nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION: Single 3 mm left lung {{nodule|PULMONARY_NODULE}}, indeterminate. {{Metastasis|METASTASIS|unc}} is possible
but it may be inflammatory. Recommend short-interval CT in 6-8 weeks.
""")),
        ("2026-01-20", "clinic note", True, clean("""
SURVIVORSHIP CLINIC -- 01/20/2026
{{9-year-old|AGE}} girl seen 7 months after completing therapy for {{osteosarcoma|OSTEOSARCOMA|hist}}. Doing well,
walking without aids, back at school. {{Lansky 90|LANSKY}}.

Immunizations (re-immunization schedule, at least 6 months after completion of
{{chemotherapy|SYSTEMIC_THERAPY|hist}}), given today: {{MMR|LIVE_VACCINE}} and {{varicella|LIVE_VACCINE}} ({{Varivax|LIVE_VACCINE}}), plus
{{DTaP booster|NONLIVE_VACCINE}} and {{IPV|NONLIVE_VACCINE}}. Lot numbers in the immunization record.

Household: mother is {{nursing|LACTATION|fam}} a 3-month-old brother, who is well. Counselled about
hygiene precautions around the infant after the {{varicella vaccine|LIVE_VACCINE}}.

Plan: repeat CT chest 1/26 as radiology advised. Return in 3 months.
""")),
        ("2026-01-26", "radiology report", True, clean("""
CT CHEST WITHOUT CONTRAST                                   1/26/2026
Comparison: 12/8/2025.

Technique: Low-dose pediatric protocol, 1.25 mm reconstructions, no sedation required.

Findings: The previously noted 3 mm lingular {{nodule|PULMONARY_NODULE|hist}} is no longer seen. No
{{pulmonary nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Normal airways. Heart size normal.
Visualized upper abdomen unremarkable.

IMPRESSION: Resolved, presumably inflammatory, opacity. No evidence of
{{pulmonary metastases|LUNG_METASTASIS|neg}}.
""")),
        ("2026-02-06", "progress note", True, clean("""
ORTHOPAEDIC ONCOLOGY / PEDIATRIC ONCOLOGY -- JOINT NOTE        02/06/2026
{{9 yo|AGE}} F with h/o {{radiation-associated osteosarcoma|OSTEOSARCOMA|hist}} of the left distal femur ({{MAP|SYSTEMIC_THERAPY|hist}}
completed 6/2025; expandable distal femoral endoprosthesis). Two weeks of new swelling at
the lateral knee.

MRI 2/3/2026: 2.8 cm enhancing soft-tissue mass lateral to the prosthesis.
US-guided core biopsy 2/5/2026: high-grade {{osteosarcoma|OSTEOSARCOMA}}, consistent with {{local recurrence|LOCAL_RECURRENCE}}.
CT chest 1/26/2026: no {{pulmonary metastases|LUNG_METASTASIS|neg}}.
{{Lansky 80|LANSKY}} (limping, plays quietly).

Assessment: biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} at the primary site, 7 months off therapy.
Lungs clear.
Plan: tumour board 2/12 -- likely above-knee amputation; discuss {{second-line chemotherapy|SYSTEMIC_THERAPY|hyp}}
({{ifosfamide/etoposide|SYSTEMIC_THERAPY|hyp}}). Parents have also met the research coordinator; she is
{{age 9|AGE}}.
""")),
    ])

# ---------------------------------------------------------------------------
# PO06 -- 15 y girl, UK.  needs_review: indeterminate tiny nodules, only an
#   ECOG score although she is under 16 (Lansky needed), nivolumab +
#   ipilimumab on a maintenance study with the response not documented (last
#   dose months ago, so not an investigational exposure within 4 weeks).
#   Day-first dates in the outside letter.
# ---------------------------------------------------------------------------
add("PO06", "2026-06-29", "needs_review",
    "H=m LM=u R=u PST=m AGE=m PS=u PFT=u", "CPI=u",
    [
        ("2025-03-20", "pathology report", True, clean("""
HISTOPATHOLOGY -- Northgate Children's Hospital            Reported 20/03/2025
Specimen: Right proximal humerus, needle core biopsy.
Clinical: {{14-year-old|AGE}} girl, painful swelling of the right shoulder for 6 weeks.

Diagnosis: High-grade {{chondroblastic osteosarcoma|OSTEOSARCOMA}}.

Comment: Large areas of malignant cartilage, with osteoid laid down directly by tumour
cells. {{Chondrosarcoma|OTHER_SARCOMA|neg}} is excluded by the direct osteoid production.
""")),
        ("2025-11-25", "end of treatment summary", True, clean("""
END OF TREATMENT SUMMARY                                  25/11/2025
Diagnosis: {{chondroblastic osteosarcoma|OSTEOSARCOMA}}, right proximal humerus (biopsy 20/03/2025), localised
at diagnosis.
Treatment: completed {{MAP chemotherapy|SYSTEMIC_THERAPY|hist}} on 14/11/2025; proximal humeral resection and
endoprosthesis 06/2025; tumour necrosis 70%.
Complications during treatment: grade 3 {{mucositis|TOXICITY}} (cycle 3, resolved), {{febrile neutropenia|TOXICITY}}
x2 (resolved), {{alopecia|TOXICITY}} (regrowth expected). Audiology 11/2025: no {{hearing loss|TOXICITY|neg}}.
Echocardiogram LVEF 62%.
Follow-up: CT chest every 3 months. The family have been offered a place in a
{{maintenance study|INVESTIGATIONAL|hyp}} at the regional early-phase unit; referral sent.
""")),
        ("2026-04-02", "outside letter", False, clean("""
Regional Paediatric Early Phase Unit
2 April 2026

Dear Dr Lowther,

Re: Miss E. Calloway, 15 years

Thank you for referring Ella, whom we have looked after since December on our
post-treatment maintenance study. She had her first doses of nivolumab and ipilimumab on
8/12/2025 and her last dose on 3/03/2026. Treatment was stopped because of a grade 2
maculopapular rash on the trunk, which settled with topical hydrocortisone; she did not
need systemic corticosteroids and the rash has now gone completely.

Her restaging scans during the study were sent to the sponsor for central review. I am
afraid I do not have the response assessments to hand and the study team will forward
them to you directly. She has now come off study and returns to your follow-up.

She remains well, is back at school full time and has had no further rash.

With best wishes,

Dr Miriam Oyelaran
Consultant Paediatric Oncologist, Early Phase Unit
""")),
        ("2026-06-15", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                    15/06/2026
Clinical details: {{15F|AGE}}, chondroblastic {{OS|OSTEOSARCOMA}} R humerus, completed {{chemo|SYSTEMIC_THERAPY|hist}} 11/2025;
off {{nivolumab/ipilimumab|CHECKPOINT_INHIBITOR|hist}} since March.
Comparison: 10/02/2026 (external).

Findings: At least five new sub-5 mm {{nodules|PULMONARY_NODULE}} scattered through both lungs, several
subpleural or perifissural. None exceeds 5 mm. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy.

Impression: Multiple new tiny bilateral {{pulmonary nodules|PULMONARY_NODULE}} -- indeterminate.
{{Metastases|METASTASIS|unc}} cannot be excluded; an infective or inflammatory cause is also possible.
Suggest follow-up CT in 6-8 weeks.
""")),
        ("2026-06-26", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 26/06/2026 -- L. Fairbairn, research nurse
- {{15 yo|AGE}} F, {{chondroblastic osteosarcoma|OSTEOSARCOMA}} R humerus (bx 20/03/2025)
- {{MAP|SYSTEMIC_THERAPY|hist}} completed 11/2025
- CT 15/06/26: multiple tiny bilateral {{nodules|PULMONARY_NODULE}}, indeterminate -- {{mets|METASTASIS|unc}} not confirmed;
  repeat CT mid-August
- Surgical opinion and {{PFTs|PULMONARY_FUNCTION|neg}}: not done yet
- Performance: {{ECOG 1|ECOG}} recorded in TYA clinic 22/06; no {{Lansky|LANSKY|neg}} on file (needed, she is under 16)
- prior {{nivolumab|CHECKPOINT_INHIBITOR|hist}} + {{ipilimumab|CHECKPOINT_INHIBITOR|hist}} on a {{maintenance study|INVESTIGATIONAL|hist}} 12/2025 - 03/2026
  (last dose 3 Mar, outside 4 wk); {{best response|TUMOR_RESPONSE|unc}} NOT documented -- reports requested
- {{rash grade 2|TOXICITY}} -- resolved; {{topical hydrocortisone|LOCAL_STEROID}} only
- {{urine hCG|PREGNANCY_TEST|neg}} negative 22/06
- HOLD
""")),
    ])

# ---------------------------------------------------------------------------
# PO07 -- 38 F, humerus OS, heavily pretreated.  excluded: prior gem/doce,
#   pembrolizumab PR ~7 months then progression (secondary resistance),
#   persistent grade 2 neuropathy, malignant effusion (cytology), thymalfasin
#   10 days ago, hilar mass on main PA needing pneumonectomy, poor reserve after
#   lobectomy.  Pregnancy test pending (unknown).  PD-L1 staining look-alike.
# ---------------------------------------------------------------------------
add("PO07", "2025-08-18", "excluded",
    "H=m LM=m R=n PST=m AGE=m PS=m PFT=n",
    "GEM=m CPI=m TOX=m MPE=m IMM=m PREG=u",
    [
        ("2022-08-25", "discharge summary", True, clean("""
DISCHARGE SUMMARY -- Thoracic Surgery, Riverside {{Cancer Center|LOOKALIKE}}
Admitted 8/19/2022      Discharged 8/25/2022

{{35-year-old|AGE}} woman with {{osteosarcoma|OSTEOSARCOMA}} of the left humerus (dx 3/2021, s/p {{MAP|SYSTEMIC_THERAPY|hist}} and
limb salvage) and three left lower lobe {{metastases|METASTASIS}}. Underwent left thoracotomy and
{{left lower lobectomy|LUNG_RESECTION}} on 8/19/2022. Pathology: three foci of {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}},
margins negative.

Course: Chest tube removed POD 4. Small left {{post-operative pleural effusion|PLEURAL_EFFUSION}} on the discharge
film, as expected. Pain controlled on oral agents.
Follow-up: clinic in 2 weeks; CT chest in 3 months.
""")),
        ("2023-09-05", "progress note", True, clean("""
MEDICAL ONCOLOGY PROGRESS NOTE                                9/5/2023
Dx: {{osteosarcoma|OSTEOSARCOMA}} L humerus with {{lung mets|LUNG_METASTASIS}}, s/p {{lobectomy|LUNG_RESECTION|hist}} 2022; new bilateral
lung {{nodules|PULMONARY_NODULE}} 5/2023.
Regimen: {{gemcitabine|GEMCITABINE}} 900 mg/m2 d1, d8 + {{doctaxel|SYSTEMIC_THERAPY}} 75 mg/m2 d8, q21 days. C4D1 today.
Tox: grade 1 {{peripheral neuropathy|TOXICITY}} (fingertips); grade 1 {{fatigue|TOXICITY}}.
CT after C2 (7/2023): {{stable disease|TUMOR_RESPONSE}}.
Plan: treat today; restage after C4.
""")),
        ("2024-04-15", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                        4/15/2024
Clinical: {{osteosarcoma|OSTEOSARCOMA}} with {{pulmonary metastases|LUNG_METASTASIS}}, on {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 1/2024. First restaging.

Findings: RUL {{nodule|PULMONARY_NODULE}} 18 mm (previously 31 mm). RLL {{nodule|PULMONARY_NODULE}} 9 mm (previously 15 mm).
Post-surgical left lung. Sum of target diameters down 41%.

IMPRESSION: {{Partial response|TUMOR_RESPONSE}} (RECIST 1.1) on {{pembrolizumab|CHECKPOINT_INHIBITOR}}.
""")),
        ("2024-11-20", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                       11/20/2024
Clinical: {{osteosarcoma|OSTEOSARCOMA}}; {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 1/2024, {{PR|TUMOR_RESPONSE}} since 4/2024.

Findings: RUL {{nodule|PULMONARY_NODULE}} 26 mm (nadir 16 mm in 8/2024). New 11 mm RML {{nodule|PULMONARY_NODULE}}. New 2.3 cm
right hilar {{mass|PULMONARY_NODULE}} in contact with the {{right main pulmonary artery|CENTRAL_STRUCTURE}}.

IMPRESSION: {{Progressive disease|TUMOR_RESPONSE}} after an initial {{partial response|TUMOR_RESPONSE}} lasting about 7 months
on {{pembrolizumab|CHECKPOINT_INHIBITOR}}.
""")),
        ("2025-07-28", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                        7/28/2025
Clinical: {{38F|AGE}}, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, off {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} since 11/2024; taking
{{thymalfasin|IMMUNOMODULATOR}} from an outside supplier. Increasing dyspnea.

Findings: Right hilar {{mass|PULMONARY_NODULE}} now 3.2 cm, encasing and abutting the {{right main pulmonary artery|CENTRAL_STRUCTURE}}
and the bronchus intermedius. RUL {{nodule|PULMONARY_NODULE}} 29 mm. Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with
nodular pleural thickening.

IMPRESSION:
1. Enlarging right hilar {{mass|PULMONARY_NODULE}} abutting the {{right main pulmonary artery|CENTRAL_STRUCTURE}}.
2. Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with nodular thickening, suspicious for
{{pleural metastatic disease|MALIGNANT_EFFUSION|unc}}. Recommend diagnostic thoracentesis.
""")),
        ("2025-08-11", "procedure and consult note", False, clean("""
THORACIC ONCOLOGY -- PROCEDURE AND CONSULT NOTE                 08/11/2025

Procedure (8/6/2025): ultrasound-guided right thoracentesis, 1.2 L of straw-colored
fluid removed without complication.
Pleural fluid cytology (final 8/8/2025): malignant cells present; morphology and SATB2
positivity consistent with metastatic osteosarcoma. This is a malignant pleural effusion.

Surgical assessment: the right hilar mass abuts the right main pulmonary artery over
more than 2 cm. Removing it would require a right pneumonectomy, which she could not
tolerate. In my opinion the intrathoracic disease is unresectable.

PFTs 8/4/2025: FEV1 1.42 L (52% predicted), DLCO 41% predicted, after the previous left
lower lobectomy. Her pulmonary reserve is insufficient for any further lung resection.

ECOG 2: self-caring and up most of the day, but short of breath on one flight of stairs.
PD-L1 staining of the 2024 biopsy (22C3): TPS 5%, recorded for information.

Plan: discuss an indwelling pleural catheter; palliative systemic options with Dr. Kaur.
She is not suitable for metastasectomy-based studies.
""")),
        ("2025-08-15", "pharmacy medication reconciliation", True, clean("""
ONCOLOGY PHARMACY -- MEDICATION RECONCILIATION           8/15/2025    A. Reyes, PharmD
MEDICATION                              STATUS        COMMENT
gabapentin 300 mg PO TID                active        grade 2 {{neuropathy|TOXICITY}} from prior {{docetaxel|SYSTEMIC_THERAPY|hist}}, persistent
                                                      since 2023 (numb fingers, trouble with buttons)
{{thymalfasin|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg SC twice weekly
                                        active        family supplies from Shanghai; last injection
                                                      8/8/2025 per patient; intends to continue
{{pembrolizumab|CHECKPOINT_INHIBITOR|hist}}                           discontinued  11/2024 for {{progression|TUMOR_RESPONSE}}
{{gemcitabine/docetaxel|GEMCITABINE|hist}}                   completed     2023
{{dexamethasone|SYSTEMIC_STEROID|hist}} 8 mg PO                    discontinued  {{docetaxel|SYSTEMIC_THERAPY|hist}} premedication, 2023
oxycodone 5 mg PO q6h PRN               active
LMP uncertain (irregular cycles); {{serum beta-hCG|PREGNANCY_TEST|unc}} sent 8/15 -- result pending.
""")),
    ])

# ---------------------------------------------------------------------------
# PO08 -- 12 y boy (DOB 3/11/2014), eligible.  Type 1 diabetes on insulin
#   (replacement), inhaled fluticasone, FluMist exactly 31 days before as_of,
#   structural tibial allograft (not a transplant), grade 3 mucositis that
#   resolved, grade 1 hearing loss.  Lansky applies (< 16).
# ---------------------------------------------------------------------------
add("PO08", "2026-10-05", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2025-01-22", "pathology report", True, clean("""
SURGICAL PATHOLOGY -- Cedar Plains Children's Medical Center          01/22/2025
Specimen: Right proximal tibia, core needle biopsy (1/20/2025).
Clinical: {{10 y/o|AGE}} M with 2 months of tibial pain; {{T1DM|AUTOIMMUNE_DISEASE}}.

Gross: Four tan-white cores, 0.8 to 1.6 cm, submitted entirely after decalcification.

Diagnosis: {{Osteosarcoma, conventional type|OSTEOSARCOMA}}, high grade, with osteoblastic and chondroblastic
areas.

Comment: Case shown at the pediatric bone tumor conference on 1/22/2025; the clinical team
was informed the same day.
""")),
        ("2025-08-30", "end of therapy summary", True, clean("""
END OF THERAPY SUMMARY                                                8/30/2025
{{11 yo|AGE}} male, high-grade {{osteosarcoma|OSTEOSARCOMA}} of the right proximal tibia, localized at diagnosis.
{{Chemotherapy|SYSTEMIC_THERAPY|hist}}: {{MAP|SYSTEMIC_THERAPY|hist}} ({{high-dose methotrexate|SYSTEMIC_THERAPY|hist}}, {{doxorubicin|SYSTEMIC_THERAPY|hist}}, {{cisplatin|SYSTEMIC_THERAPY|hist}}),
1/2025 to 8/2025, completed 8/15/2025.
Surgery: 4/2025 proximal tibial resection; reconstruction with a
{{structural allograft-prosthesis composite|LOOKALIKE}}.
Notable problems: grade 3 {{mucositis|TOXICITY}} (cycle 5), resolved; grade 1 high-frequency
{{hearing loss|TOXICITY}}, stable, no aids; {{alopecia|TOXICITY}}.
Diabetes: {{type 1 diabetes|AUTOIMMUNE_DISEASE}} on an {{insulin|REPLACEMENT_THERAPY}} pump; glucose control was difficult on
prior {{dexamethasone|SYSTEMIC_STEROID|hist}} antiemetic days, now back to baseline.
""")),
        ("2026-08-17", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                8/17/2026
Indication: {{12-year-old|AGE}} boy, h/o {{osteosarcoma|OSTEOSARCOMA|hist}} R tibia, off therapy 1 year.

Findings: Two new solid {{nodules|PULMONARY_NODULE}} in the left lung: 8 mm, LUL anterior segment, and 10 mm,
LLL lateral basal segment, both subpleural. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No adenopathy.

IMPRESSION: Two new left lung {{nodules|PULMONARY_NODULE}}, consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
""")),
        ("2026-09-04", "primary care note", True, clean("""
PEDIATRIC PRIMARY CARE -- WELL VISIT                                  9/4/2026
{{12 yo|AGE}} M. {{Type 1 diabetes|AUTOIMMUNE_DISEASE}} on {{insulin|REPLACEMENT_THERAPY}} pump (A1c 7.4%). Mild persistent asthma on
{{fluticasone HFA 44 mcg|LOCAL_STEROID}} 2 puffs BID; no {{oral steroid bursts|SYSTEMIC_STEROID|neg}} in the past year.
History of {{osteosarcoma|OSTEOSARCOMA|hist}}; oncology following new lung {{nodules|PULMONARY_NODULE}}.

Immunizations today: {{FluMist|LIVE_VACCINE}} ({{LAIV|LIVE_VACCINE}}, intranasal) -- okayed by oncology as he has been off
{{chemo|SYSTEMIC_THERAPY|hist}} for more than 12 months; {{Tdap|NONLIVE_VACCINE}}; {{HPV|NONLIVE_VACCINE}} dose 1.
Plan: endocrine in 3 months; oncology as scheduled.
""")),
        ("2026-09-21", "consultation note", True, clean("""
PEDIATRIC THORACIC SURGERY -- CONSULT                                 9/21/2026
{{12 y/o|AGE}} boy with two left {{lung metastases|LUNG_METASTASIS}}. Both are peripheral, neither is near the
hilum, and both are {{resectable|RESECTABLE}}. Plan left {{VATS wedge resections|LUNG_RESECTION|hyp}} in October.
{{PFTs|PULMONARY_FUNCTION}} (spirometry 9/18): {{FEV1 104% predicted|PULMONARY_FUNCTION}}, FVC 101% -- adequate for surgery.
{{Lansky 90|LANSKY}} -- plays soccer at recess, tires by evening.
""")),
        ("2026-10-02", "research pre-screening log", True, clean("""
PROMIS PRE-SCREEN -- 10/2/2026 -- S. Patel, CRC
* {{DOB 3/11/2014|DOB}} ({{12 y|AGE}}) -> Lansky scale applies: {{Lansky 90|LANSKY}} on 9/21
* conventional {{osteosarcoma|OSTEOSARCOMA}} R tibia; {{MAP|SYSTEMIC_THERAPY|hist}} completed 8/2025
* 2 left {{lung mets|LUNG_METASTASIS}}, {{resectable|RESECTABLE}}, {{VATS wedges|LUNG_RESECTION|hyp}} planned; {{PFTs|PULMONARY_FUNCTION}} adequate
* {{T1DM|AUTOIMMUNE_DISEASE}} on {{insulin|REPLACEMENT_THERAPY}} only -- replacement
* {{fluticasone inhaler|LOCAL_STEROID}} -- inhaled, does not count
* {{FluMist|LIVE_VACCINE}} (live) 2026-09-04 = 31 days before screening on 2026-10-05 -> just outside the 30-day window
* {{tibial allograft|LOOKALIKE}} = {{structural bone graft|LOOKALIKE}}, not a {{transplant|TRANSPLANT|neg}}
* grade 1 {{hearing loss|TOXICITY}} only
* no {{gemcitabine|GEMCITABINE|neg}}, no {{PD-1/PD-L1 agents|CHECKPOINT_INHIBITOR|neg}}, no {{study drugs|INVESTIGATIONAL|neg}}
* Looks eligible -- consent visit 10/5 with parents
""")),
    ])

# ---------------------------------------------------------------------------
# PO09 -- 45 M, mandibular OS treated first in Guangzhou.  excluded: on a
#   phase 1 study (last dose 8 days ago), camrelizumab PR ~7 months then
#   progression, Huaier granules current, malignant effusion, active local
#   recurrence, HIV on Biktarvy, ECOG 3, unresectable nodules.  Psoriasis with
#   unnamed tablets at an unknown time -> autoimmune unknown.
# ---------------------------------------------------------------------------
add("PO09", "2026-01-20", "excluded",
    "H=m LM=m R=n PST=m AGE=m PS=n PFT=u",
    "LR=m MPE=m INV=m CPI=m IMM=m HIV=m AI=u",
    [
        ("2024-05-10", "consultation letter", False, clean("""
Division of Medical Oncology, Pacific Crest University Hospital
May 10, 2024

Dear Dr. Lam,

Thank you for referring Mr. Wei Zhang, a 43-year-old software engineer who moved to the
Bay Area from Guangzhou in April, for continuing care of metastatic osteosarcoma. He came
with his wife, who interpreted at times, and with a folder of translated records, which I
have summarised below. I apologise in advance for the length of this letter; his history
is complicated and I want the details to be in one place.

He developed swelling of the left jaw in late 2021. A biopsy in January 2022 in Guangzhou
showed a high-grade osteosarcoma of the mandible. He received four cycles of cisplatin and
doxorubicin, a segmental mandibulectomy with a fibula free-flap reconstruction in May 2022,
and two further cycles after surgery. Margins were reported as clear.

In March 2023 a CT showed multiple small nodules in both lungs, biopsied and confirmed as
metastatic osteosarcoma. From June 2023 he was treated with camrelizumab 200 mg every two
weeks plus apatinib 250 mg daily. The scan in August 2023 was reported as a partial
response, and subsequent scans in October and December 2023 showed the response
maintained. In March 2024 the nodules grew and new ones appeared, and treatment was
stopped for progression. He therefore had roughly seven months of response before
progression.

He is otherwise fairly well. He was diagnosed with HIV in 2019 during a routine health
check and has taken Biktarvy since; his viral load has been undetectable for four years
and his latest CD4 count is 540. He has psoriasis on his elbows and knees; he tells me he
was given tablets for it by a dermatologist in China 'a few years ago' but cannot name
them or say when he stopped, and at present he uses only an emollient. His sister sends
him Huaier granules from China, and he has taken one sachet three times a day since 2023;
he believes they help and would like to continue.

On examination today he looked well; ECOG 1. The mandibular reconstruction is healed.

My impression is of a man with lung metastases that have progressed after a checkpoint
inhibitor and a VEGFR inhibitor. I have suggested that we restage him and then consider
either further systemic therapy or a clinical trial in our early-phase unit. I have
explained that we would normally ask him to stop herbal products before a trial.

With best wishes,

Anthony Hsu, MD
""")),
        ("2025-10-28", "research enrollment note", True, clean("""
CLINICAL RESEARCH OFFICE -- ENROLLMENT NOTE                          10/28/2025
Title: ORX-214-101, a {{phase 1 first-in-human study|INVESTIGATIONAL}} of ORX-214, an {{investigational agent|INVESTIGATIONAL}}
(oral kinase inhibitor), in advanced solid tumors.
{{44 y/o|AGE}} M with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} of the mandible, previously treated with
{{cisplatin/doxorubicin|SYSTEMIC_THERAPY|hist}} and {{camrelizumab|CHECKPOINT_INHIBITOR|hist}} plus {{apatinib|SYSTEMIC_THERAPY|hist}}.
Consent signed 10/20/2025; eligibility confirmed by the PI (Dr. Hsu). C1D1 scheduled 11/3/2025:
{{study drug|INVESTIGATIONAL|hyp}} 40 mg PO daily in continuous 28-day cycles.
Concomitant medications: {{Biktarvy|HIV}} for {{HIV|HIV}} (viral load undetectable, CD4 540 -- permitted);
{{Huaier granules|IMMUNOMODULATOR}} -- asked to stop before C1D1, patient reluctant; PI informed.
""")),
        ("2026-01-08", "radiology report", True, clean("""
CT NECK AND CHEST WITH CONTRAST                                         1/8/2026
Clinical: {{45M|AGE}}, mandibular {{osteosarcoma|OSTEOSARCOMA}}, on {{phase 1 study drug|INVESTIGATIONAL}} since 11/3/2025. Restaging.

Neck: 3.4 cm enhancing soft-tissue mass at the left mandibular resection site / fibula
flap interface with bone destruction, up from 1.9 cm in 11/2025: {{local recurrence|LOCAL_RECURRENCE}} at the
primary site.
Chest: Innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}}, the largest 2.6 cm in the RLL, increased in
size and number. New moderate right {{pleural effusion|PLEURAL_EFFUSION}}.

IMPRESSION:
1. {{Progression|TUMOR_RESPONSE}}: enlarging {{local recurrence|LOCAL_RECURRENCE}} at the mandibular primary site and
innumerable enlarging bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
2. New moderate right {{pleural effusion|PLEURAL_EFFUSION}}.
""")),
        ("2026-01-14", "cytopathology report", True, clean("""
CYTOPATHOLOGY -- PLEURAL FLUID, RIGHT (thoracentesis 1/13/2026)          Final 1/14/2026
Diagnosis: {{POSITIVE for malignant cells|MALIGNANT_EFFUSION}}. Pleomorphic tumor cells with SATB2 expression,
consistent with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
Specimen: 1,500 mL of blood-tinged fluid; cytospins, ThinPrep and cell block examined.
Comment: {{Malignant pleural effusion|MALIGNANT_EFFUSION}}. Result called to Dr. Hsu 1/14/2026 10:40 and read back.
""")),
        ("2026-01-16", "progress note", True, clean("""
MEDICAL ONCOLOGY -- PROGRESS NOTE                         1/16/2026     A. Hsu, MD
Interval history: {{45-year-old|AGE}} man on the ORX-214 {{phase 1 study|INVESTIGATIONAL}}; {{study drug|INVESTIGATIONAL}} held since
1/12/2026 pending PI review. Increasing dyspnea; thoracentesis 1/13 removed 1.5 L,
{{cytology malignant|MALIGNANT_EFFUSION}}. Jaw swelling and trismus. Spends most of the day in bed or a chair.

Problems:
C41.1 -- {{osteosarcoma|OSTEOSARCOMA}} of mandible with {{local recurrence|LOCAL_RECURRENCE}} at the primary site and
        bilateral {{pulmonary metastais|LUNG_METASTASIS}} (C78.0)
J91.0 -- {{malignant pleural effusion|MALIGNANT_EFFUSION}}, right
B20   -- {{HIV disease|HIV}}, on {{Biktarvy|HIV}}, viral load undetectable
L40.0 -- {{psoriasis vulgaris|AUTOIMMUNE_DISEASE}}; emollient only now; tablets from a dermatologist in China at
        some point, name and dates unknown

Exam: cachectic, {{ECOG 3|ECOG}}. Firm left mandibular mass.
Assessment: {{progressive disease|TUMOR_RESPONSE}} {{on study|INVESTIGATIONAL}}. Thoracic surgery reviewed the images 1/15:
innumerable bilateral {{nodules|PULMONARY_NODULE}}, {{unresectable|UNRESECTABLE}}.
Plan: PI to take him {{off study|INVESTIGATIONAL|hyp}}; palliative care referral; indwelling pleural catheter.
He still takes {{Huaier granules|IMMUNOMODULATOR}} three times daily; interactions discussed.
""")),
        ("2026-01-20", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 1/20/2026 -- J. Kim, CRC (asked by Dr. Hsu to check as a back-up option)
- {{45M|AGE}}, mandibular {{osteosarcoma|OSTEOSARCOMA}}; prior {{cisplatin/doxorubicin|SYSTEMIC_THERAPY|hist}}, {{camrelizumab|CHECKPOINT_INHIBITOR|hist}} + {{apatinib|SYSTEMIC_THERAPY|hist}}
- {{camrelizumab|CHECKPOINT_INHIBITOR}}: {{PR|TUMOR_RESPONSE}} 8/2023 -> {{progression|TUMOR_RESPONSE}} 3/2024 (~7 mo) = secondary resistance -> excl
- on ORX-214 {{phase 1|INVESTIGATIONAL}} (last dose 1/12/26) -> excl
- {{Huaier granules|IMMUNOMODULATOR}} daily, current -> excl
- {{malignant pleural effusion|MALIGNANT_EFFUSION}} (cytology positive 1/14) -> excl
- {{local recurrence|LOCAL_RECURRENCE}} at mandible, present -> excl
- innumerable {{lung mets|LUNG_METASTASIS}}, {{unresectable|UNRESECTABLE}}; {{ECOG 3|ECOG}}
- {{HIV|HIV}} on {{Biktarvy|HIV}} -> excl
- {{psoriasis|AUTOIMMUNE_DISEASE}}: whether systemic tx in last 2 y -- unknown (moot)
- NOT ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# PO10 -- 28 M, femur "spindle cell sarcoma, favour osteosarcoma" with review
#   pending (histology unknown).  needs_review: second-line regimen possibly
#   gem/docetaxel, Hodgkin lymphoma 2015 with a stem cell transplant of
#   unstated type, travel clinic before Ghana (yellow fever?), naturopath
#   "immune" injections ?interferon 5 days ago.  HL is > 5 y (not_met).
# ---------------------------------------------------------------------------
add("PO10", "2026-08-24", "needs_review",
    "H=u LM=m R=m PST=m AGE=m PS=m PFT=m", "GEM=u IMM=u ALLO=u VAC=u",
    [
        ("2025-02-14", "pathology report", True, clean("""
OUTSIDE PATHOLOGY REPORT -- Mercy Valley Regional Hospital (received for review)
Collected 2/12/2025      Reported 2/14/2025
Specimen: Left distal femur, core needle biopsy.

Diagnosis: High-grade {{spindle cell sarcoma|OTHER_SARCOMA|unc}} with focal eosinophilic matrix, possibly
osteoid; favor {{osteosarcoma|OSTEOSARCOMA|unc}}. See comment.

Comment: Material is limited and the matrix is not unequivocally osteoid. The
differential includes {{fibroblastic osteosarcoma|OSTEOSARCOMA|unc}} and {{undifferentiated pleomorphic sarcoma|OTHER_SARCOMA|unc}}.
MDM2 FISH sent. Referral to a specialist bone pathology service is recommended.
""")),
        ("2025-09-30", "treatment summary", True, clean("""
INFUSION CENTER -- TREATMENT SUMMARY                                  9/30/2025
{{27 yo|AGE}} M, high-grade {{spindle cell sarcoma|OTHER_SARCOMA|unc}} L femur (favoring {{osteosarcoma|OSTEOSARCOMA|unc}} per outside
pathology), resection 5/2025.
Regimen: {{doxorubicin|SYSTEMIC_THERAPY|hist}} 75 mg/m2 + {{ifosfamide|SYSTEMIC_THERAPY|hist}} 10 g/m2 q21 days -- completed 6 cycles
(3/2025 to 9/2025), 3 before and 3 after surgery.
Adverse events: {{febrile neutropenia|TOXICITY}} after C2 (resolved); grade 1 {{encephalopathy|TOXICITY}} with
{{ifosfamide|SYSTEMIC_THERAPY}} in C4 (resolved within 24 h); {{alopecia|TOXICITY}}.
Plan: surveillance imaging every 3 months.
""")),
        ("2026-07-20", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                7/20/2026
History: {{28M|AGE}}, high-grade bone tumor L femur ({{?osteosarcoma|OSTEOSARCOMA|unc}}), s/p {{doxorubicin/ifosfamide|SYSTEMIC_THERAPY|hist}} 2025 and
{{second-line chemotherapy|SYSTEMIC_THERAPY|hist}} 2026 at an outside hospital.

Findings: Two RLL {{nodules|PULMONARY_NODULE}}, 13 mm and 8 mm, peripheral, both larger than on the outside
CT of 4/2026. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION: Two enlarging RLL {{nodules|PULMONARY_NODULE}}, consistent with {{metastases|METASTASIS}}.
""")),
        ("2026-08-11", "consultation letter", False, clean("""
Sarcoma and Bone Oncology Program, Eastbrook University Medical Center
August 11, 2026

Dear Dr. Ferraro,

Thank you for sending Mr. Daniel Okoro, a 28-year-old warehouse supervisor, for a second
opinion and for consideration of clinical trials. I saw him today with his partner.

He presented in early 2025 with pain above the left knee. The core biopsy at Mercy Valley
was reported as a high-grade spindle cell sarcoma with possible osteoid, favouring
osteosarcoma. He then had six cycles of doxorubicin and ifosfamide around a distal femoral
resection in May 2025. I should be clear that the histology has never been settled: MDM2
FISH was negative, and our own bone pathologist, Dr. Ibsen, is reviewing the biopsy and
the resection specimen together; her report is not yet available.

In February 2026 two small nodules appeared in the right lower lobe, and he received
'second-line chemotherapy' at the outside hospital from February to May. I have not been
able to establish the regimen. One nursing note refers to 'GD' and another to
'high-dose ifosfamide'; he remembers a drip 'on day 1 and day 8' but not the names. We have
asked for the pharmacy records. The nodules have since grown, to 13 and 8 mm.

Dr. Salgado from thoracic surgery saw him this morning. She regards both nodules as
peripheral and resectable and would recommend a VATS wedge resection. Pulmonary function
tests on 6 August were normal (FEV1 92% predicted, DLCO 85%) and adequate for surgery.
He is working full time and is ECOG 1.

His past history includes Hodgkin lymphoma, diagnosed in 2015, treated with ABVD and, after
a relapse in 2016, with a stem cell transplant at another centre. The discharge summary we
have does not say whether this was autologous or allogeneic, and he is not sure himself.
He has had no evidence of lymphoma since.

Two recent events need clarifying. He visited a travel clinic on 5 August before a
three-week trip to Ghana for a family wedding; he says he had 'a few shots' but did not
bring his vaccination card, and Ghana requires yellow fever vaccination for entry. He has
also been having weekly 'immune support' injections from a naturopath since early August,
most recently on 19 August; he believes they contain interferon but we do not know the
product.

I have asked our research coordinator to pre-screen him for PROMIS, but I expect she will
need the records above before a decision can be made.

Yours sincerely,

Priya Natarajan, MD
""")),
        ("2026-08-20", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 8/20/2026 -- N. Brooks, CRC
- {{28M|AGE}}; L femur high-grade {{spindle cell sarcoma|OTHER_SARCOMA|unc}} -- {{osteosarcoma|OSTEOSARCOMA|unc}} favored, NOT confirmed;
  central pathology review pending
- {{doxorubicin/ifosfamide x6|SYSTEMIC_THERAPY|hist}} completed 9/2025
- 2 RLL {{nodules|PULMONARY_NODULE}} c/w {{mets|METASTASIS}}; thoracic: {{resectable|RESECTABLE}}, {{VATS wedge|LUNG_RESECTION|hyp}} recommended;
  {{PFTs|PULMONARY_FUNCTION}} adequate
- {{ECOG 1|ECOG}}
- {{second-line chemo|SYSTEMIC_THERAPY}} 2-5/2026 outside: {{?gemcitabine/docetaxel|GEMCITABINE|unc}} vs {{high-dose ifosfamide|SYSTEMIC_THERAPY|unc}} --
  pharmacy records requested
- {{Hodgkin lymphoma|OTHER_MALIGNANCY}} 2015 (> 5 y): {{ABVD|SYSTEMIC_THERAPY}} + {{stem cell transplant|TRANSPLANT}} 2016, type not
  documented -- records requested
- travel clinic 8/5/26 before Ghana: {{yellow fever vaccine|LIVE_VACCINE|unc}} likely, not documented
- naturopath "immune support" injections weekly, last 8/19 -- {{?interferon|IMMUNOMODULATOR|unc}}, product unknown
- HOLD for records
""")),
    ])

# ---------------------------------------------------------------------------
# PO11 -- 29 F, UK, pregnant, kidney transplant recipient.  The first biopsy
#   report (chondroblastic osteosarcoma) is AMENDED to dedifferentiated
#   chondrosarcoma -> histology not_met.  No lung nodules, chemo-naive,
#   tacrolimus/azathioprine/prednisolone + antenatal betamethasone IM.
# ---------------------------------------------------------------------------
add("PO11", "2025-12-01", "excluded",
    "H=n LM=n R=u PST=n AGE=m PS=m PFT=u",
    "PREG=m STE=m ALLO=m",
    [
        ("2025-10-14", "pathology report", True, clean("""
HISTOPATHOLOGY REPORT -- Queen Adelaide Hospital, Bone Tumour Pathology     Reported 14/10/2025
Specimen: Left proximal tibia, core biopsy (10/10/2025).
Clinical: {{29-year-old|AGE}} woman, 19 weeks {{pregnant|PREGNANCY}}; {{renal transplant|TRANSPLANT}} recipient; painful
proximal tibial lesion.

Microscopy: Cellular malignant cartilaginous tumour with a high-grade spindle cell
component. Focal matrix interpreted as osteoid.

Diagnosis: High-grade {{chondroblastic osteosarcoma|OSTEOSARCOMA}}.
""")),
        ("2025-10-30", "amended pathology report", True, clean("""
{{AMENDED REPORT|CORRECTION}} -- {{supersedes|CORRECTION}} the report issued 14/10/2025          Issued 30/10/2025
Specimen: as before (left proximal tibia core biopsy, 10/10/2025).
Reason for amendment: expert review (Dr P. Lindqvist, national bone pathology panel) and
molecular results.

Revised diagnosis: {{DEDIFFERENTIATED CHONDROSARCOMA|OTHER_SARCOMA}}, left proximal tibia.

Comment: On review the 'osteoid' is hyalinised chondroid matrix. IDH1 R132C mutation
detected. The previous diagnosis of {{chondroblastic osteosarcoma|OSTEOSARCOMA|neg}} is withdrawn and should not
be used for treatment planning. Clinical team informed 30/10/2025.
""")),
        ("2025-11-05", "radiology report", True, clean("""
CT CHEST (low dose, abdominal shielding)                                05/11/2025
Clinical: {{29F|AGE}}, {{22/40 pregnant|PREGNANCY}}. Newly diagnosed {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} L tibia. Staging.

Technique: Reduced-dose protocol with lead shielding of the abdomen, agreed with the
obstetric team; estimated fetal dose negligible.

Findings: No {{pulmonary nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No lymphadenopathy. Heart and great
vessels normal.

Conclusion: No evidence of {{pulmonary metastases|LUNG_METASTASIS|neg}}.
""")),
        ("2025-11-20", "joint clinic letter", False, clean("""
Joint Obstetric Medicine and Bone Tumour Clinic, Queen Adelaide Hospital
20 November 2025

Dear Dr Mahmood,

Re: Mrs Laila Karimi, 29 years

I saw Mrs Karimi today with Miss Doherty (obstetrics) and Dr Anand (renal transplant). She
is now 24+6 weeks into her first pregnancy, which has been uneventful apart from mild
anaemia.

As you know, the tibial biopsy was first reported as a chondroblastic osteosarcoma, and on
that basis she was referred to us and provisionally to the PROMIS research team. The
report was amended on 30 October after national panel review: the tumour is a
dedifferentiated chondrosarcoma. The staging CT of the chest on 5 November showed no lung
nodules. She has not received any chemotherapy, and for this diagnosis surgery is the
mainstay; the research referral is no longer relevant and I have told the team.

She had a living-donor kidney transplant from her father in 2017 for reflux nephropathy
and takes tacrolimus, azathioprine and prednisolone 5 mg daily; graft function is stable
(creatinine 98). Her antenatal booking bloods, including HIV, hepatitis B and syphilis,
were negative.

She is fully active and working from home, performance status (ECOG) 1.

Plan: proximal tibial resection and endoprosthetic reconstruction after delivery, with
timing of delivery to be agreed; if preterm delivery looks likely she will be given
antenatal corticosteroids. We will review her in three weeks.

Yours sincerely,

Dr Thomas Bell, Consultant Orthopaedic Oncologist
""")),
        ("2025-11-28", "intake form", True, clean("""
PRE-ADMISSION INTAKE FORM -- Obstetric Day Unit -- 28/11/2025
{{Age: 29|AGE}}
{{Pregnant|PREGNANCY}}?        [x] yes  [ ] no      Gestation: 26+0 weeks
{{Breastfeeding|LACTATION|neg}}?   [ ] yes  [x] no
Organ {{transplant|TRANSPLANT}}?  [x] yes -- kidney, living donor, 2017
Current medicines: {{tacrolimus|IMMUNOSUPPRESSANT}} 4 mg BD, {{azathioprine|IMMUNOSUPPRESSANT}} 75 mg OD, {{prednisolone 5 mg OD|SYSTEMIC_STEROID}}
Injections in the last 2 weeks: [x] {{betamethasone 12 mg IM|SYSTEMIC_STEROID}} -- dose 1 23/11/2025, dose 2 24/11/2025
                           (threatened preterm labour, labour ward)
{{HIV test|HIV|neg}} (antenatal booking): non-reactive
{{Chemotherapy|SYSTEMIC_THERAPY|neg}} received?  [ ] yes  [x] no
""")),
        ("2025-12-01", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 01/12/2025 -- H. Gill, research nurse
* referred 10/2025 with a biopsy report of {{chondroblastic osteosarcoma|OSTEOSARCOMA|neg}}; report {{AMENDED|CORRECTION}}
  30/10/2025 to {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} -> histology fails
* staging CT 05/11: no {{pulmonary nodules|PULMONARY_NODULE|neg}}, no {{lung mets|LUNG_METASTASIS|neg}}
* {{chemotherapy-naive|CHEMO_NAIVE}}
* 26 weeks {{pregnant|PREGNANCY}}
* {{kidney transplant|TRANSPLANT}} (living donor, father) on {{tacrolimus|IMMUNOSUPPRESSANT}} / {{azathioprine|IMMUNOSUPPRESSANT}} / {{prednisolone|SYSTEMIC_STEROID}};
  {{betamethasone IM|SYSTEMIC_STEROID}} 23-24/11 (last dose 7 days before screening, inside the window)
* {{HIV|HIV|neg}} non-reactive (antenatal)
* NOT ELIGIBLE -- no further action
""")),
    ])

# ---------------------------------------------------------------------------
# PO12 -- UK girl, DOB 20/04/2010 -> 16 one week before as_of: the ECOG scale
#   now applies (older notes: Lansky 80 at 15).  Eligible.  Stale pharmacy list
#   shows dexamethasone "active"; a newer note says it stopped 01/2025.  Mother
#   HIV positive (family); negative urine hCG; OS = overall survival.
# ---------------------------------------------------------------------------
add("PO12", "2026-04-27", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2024-05-30", "pathology report", True, clean("""
HISTOPATHOLOGY -- Westmoor Children's Hospital                     Reported 30/05/2024
Specimen: Right distal femur, core biopsy (28/05/2024).
Clinical: {{14-year-old|AGE}} girl, two months of knee pain and swelling.

Microscopy: Cores of bone and marrow replaced by sheets of atypical spindle and
polygonal cells laying down lace-like osteoid. Brisk mitotic activity. No cartilage.

Diagnosis: High-grade {{conventional osteosarcoma (osteoblastic)|OSTEOSARCOMA}}.
""")),
        ("2026-03-18", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                             18/03/2026
Clinical: {{15F|AGE}}. {{Osteosarcoma|OSTEOSARCOMA}} R femur, completed {{MAP|SYSTEMIC_THERAPY|hist}} 01/2025. Surveillance.

Findings: New 11 mm solid {{nodule|PULMONARY_NODULE}} in the apicoposterior segment of the LUL, peripheral.
No other {{nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

Impression: Solitary new LUL {{nodule|PULMONARY_NODULE}}, consistent with a {{pulmonary metastasis|LUNG_METASTASIS}}.
""")),
        ("2026-04-08", "MDT letter", False, clean("""
Teenage and Young Adult Bone Tumour MDT, Westmoor
8 April 2026

Dear Dr Adeyemi,

Naomi Price, 15 years -- MDT discussion 7 April 2026

Naomi was diagnosed with a high-grade osteosarcoma of the right distal femur in May 2024
and completed MAP chemotherapy with an endoprosthetic replacement in January 2025. The
surveillance CT on 18 March shows a solitary 11 mm nodule in the left upper lobe which the
MDT agreed is a metastasis. Mr Okonjo (thoracic surgery) considers it straightforwardly
resectable and recommends a VATS wedge resection. Spirometry and gas transfer on
2 April were normal (FEV1 97% predicted, TLCO 93%), adequate for surgery.

At the TYA clinic in March her Lansky score was 80; she attends college but misses PE.

Her mother has HIV, diagnosed before Naomi was born and well controlled; Naomi was tested
as an infant and again in 2024 and is HIV negative. There is no other relevant family
history.

We discussed with Naomi and her mother that after complete resection of a solitary lung
metastasis the five-year OS in published series is roughly 40 percent, and that she may
be eligible for the PROMIS study, which adds treatment before the operation. The research
team will see her.

With best wishes,

Dr Karen Lowe, on behalf of the MDT
""")),
        ("2026-04-20", "pharmacy medication reconciliation", True, clean("""
PHARMACY MEDICINES RECONCILIATION -- TYA Unit -- 20/04/2026
(list imported from the electronic prescribing record of her final {{chemotherapy|SYSTEMIC_THERAPY}} admission, 01/2025)
DRUG                                      STATUS    NOTE
{{dexamethasone 4 mg PO|SYSTEMIC_STEROID}} BD days 1-3         active    antiemetic with {{cisplatin|SYSTEMIC_THERAPY}} cycles
ondansetron 8 mg PO                       active
aprepitant 125 mg PO                      active
combined oral contraceptive (Microgynon)  active
Pharmacist comment: imported list, not yet reconciled with the patient.
""")),
        ("2026-04-24", "clinic note", True, clean("""
TYA ONCOLOGY CLINIC -- 24/04/2026 -- Dr R. Adeyemi
Seen four days after her 16th birthday, with her mother.

Medicines reconciled with Naomi and her mother: the {{dexamethasone|SYSTEMIC_STEROID|hist}}, ondansetron and aprepitant on
the pharmacy list were antiemetics for {{chemotherapy|SYSTEMIC_THERAPY|hist}} and were stopped in January 2025
after her final cycle. The list was {{out of date and has been corrected|CORRECTION}}. Current medicine:
combined oral contraceptive only.

Now {{aged 16|AGE}}, so performance status is recorded on the adult scale: {{ECOG 1|ECOG}} (back at
college, tired after PE).
{{Urine hCG|PREGNANCY_TEST|neg}} negative today. Not {{breastfeeding|LACTATION|neg}}.

Plan: either the MDT plan of a {{VATS wedge resection|LUNG_RESECTION|hyp}} of the LUL {{nodule|PULMONARY_NODULE}}, or PROMIS if
eligible (SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|hyp}} and {{gemcitabine|GEMCITABINE|hyp}}, then {{metastasectomy|LUNG_RESECTION|hyp}}).
Research nurse to pre-screen.
""")),
    ])

# ---------------------------------------------------------------------------
# PO13 -- UPS of bone (look-alike, not osteosarcoma), DOB 06/25/1960 -> 66 on
#   as_of although a May note says 65.  excluded: histology, age, gem/doce,
#   biopsy-proven local recurrence, grade 2 neuropathy, RA on methotrexate +
#   prednisone (autoimmune + steroids).  MTX here is for RA, not chemo.
# ---------------------------------------------------------------------------
add("PO13", "2026-07-13", "excluded",
    "H=n LM=m R=m PST=m AGE=n PS=m PFT=m",
    "LR=m GEM=m TOX=m AI=m STE=m",
    [
        ("2023-11-20", "pathology report", True, clean("""
SURGICAL PATHOLOGY -- Saint Brendan Medical Center                      11/20/2023
Specimen: Left distal femur, CT-guided core biopsy (11/17/2023).
Clinical: {{63-year-old|AGE}} woman with {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}}; destructive lytic lesion of the distal femur.

Diagnosis: High-grade {{undifferentiated pleomorphic sarcoma of bone|OTHER_SARCOMA}}.

Comment: Extensive sampling shows no tumor osteoid and no chondroid matrix; SATB2 staining is
focal and non-specific. {{Osteosarcoma|OSTEOSARCOMA|neg}} is not favored. In the absence of matrix the
tumor is best classified as {{UPS of bone|OTHER_SARCOMA}}.
""")),
        ("2025-08-28", "progress note", True, clean("""
MEDICAL ONCOLOGY PROGRESS NOTE                                          8/28/2025
Dx: {{UPS of bone|OTHER_SARCOMA}}, L distal femur (2023), s/p {{doxorubicin/ifosfamide x6|SYSTEMIC_THERAPY|hist}} and resection (2024);
bilateral {{lung mets|LUNG_METASTASIS}} 3/2025.
Treatment: {{gemcitabine/docetaxel|GEMCITABINE|hist}} -- C6 completed 8/7/2025. CT 8/20: {{stable disease|TUMOR_RESPONSE}} vs 6/2025.
Tox: grade 2 {{peripheral sensory neuropathy|TOXICITY}} from {{docetaxel|SYSTEMIC_THERAPY}} -- numb feet, trouble with
buttons; gabapentin started. Grade 1 {{fatigue|TOXICITY}}.
{{RA|AUTOIMMUNE_DISEASE}}: stable on {{methotrexate 15 mg weekly|IMMUNOSUPPRESSANT}} with folic acid and {{prednisone 5 mg daily|SYSTEMIC_STEROID}}
(rheumatology).
Plan: treatment break; surveillance CT every 3 months.
""")),
        ("2026-01-28", "progress note", True, clean("""
MEDICAL ONCOLOGY PROGRESS NOTE                                          1/28/2026
{{UPS of bone|OTHER_SARCOMA}} with bilateral {{lung mets|LUNG_METASTASIS}}. Third line: {{pembrolizumab|CHECKPOINT_INHIBITOR}} 200 mg q3 weeks started
10/20/2025 (off-label; rheumatology agreed despite {{RA|AUTOIMMUNE_DISEASE}}).
Restaging: CT 12/18/2025 (week 8) -- {{stable disease|TUMOR_RESPONSE}}. CT 1/22/2026 (week 13) -- new RML {{nodule|PULMONARY_NODULE}} and
growth of the RLL {{nodules|PULMONARY_NODULE}}: {{progression|TUMOR_RESPONSE}}. {{Best response SD|TUMOR_RESPONSE}}, lasting about 2 months (< 4 months).
{{RA|AUTOIMMUNE_DISEASE}} flared on treatment; {{prednisone|SYSTEMIC_STEROID}} kept at 5 mg daily.
Plan: {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} discontinued today. Observation; thoracic surgery opinion on the
{{nodules|PULMONARY_NODULE}} if they stay limited.
""")),
        ("2026-05-19", "rheumatology note", True, clean("""
RHEUMATOLOGY FOLLOW-UP                                                  5/19/2026
{{65-year-old|AGE}} woman with seropositive {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}} (dx 2012) and {{UPS of bone|OTHER_SARCOMA}} with
{{lung metastases|LUNG_METASTASIS}}.
{{RA|AUTOIMMUNE_DISEASE}} activity: CDAI 9 (moderate); synovitis of both wrists.
Medications: {{methotrexate 15 mg PO weekly|IMMUNOSUPPRESSANT}} (continuing; oncology aware); {{prednisone 5 mg daily|SYSTEMIC_STEROID}}
(taper to 2.5 mg tried in March, flared). {{Hydroxychloroquine|DMARD|hist}} stopped 2019 (retinal screening).
Plan: continue {{MTX|IMMUNOSUPPRESSANT}} and {{prednisone|SYSTEMIC_STEROID}} 5 mg; no {{biologic|DMARD|neg}} for now. Recheck in 3 months.
""")),
        ("2026-06-22", "radiology and pathology summary", True, clean("""
MRI LEFT FEMUR AND CORE BIOPSY -- RESULT SUMMARY                        6/22/2026
MRI 6/15/2026: 4.1 cm enhancing mass in the resection bed next to the distal femoral
prosthesis, new since 12/2025.
Core biopsy 6/19/2026: high-grade {{pleomorphic sarcoma|OTHER_SARCOMA}}, morphologically identical to the
original {{UPS of bone|OTHER_SARCOMA}}.
IMPRESSION: Biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} in the resection bed.
""")),
        ("2026-07-01", "consultation note", True, clean("""
THORACIC SURGERY CONSULT                                                7/1/2026
Two RLL {{nodules|PULMONARY_NODULE}} (15 and 9 mm), stable on serial CT since 2025, both peripheral and
{{resectable|RESECTABLE}} by {{wedge resection|LUNG_RESECTION|hyp}}.
{{PFTs|PULMONARY_FUNCTION}} 6/26: {{FEV1 88%|PULMONARY_FUNCTION}}, {{DLCO 79%|PULMONARY_FUNCTION}} -- adequate for resection. {{ECOG 1|ECOG}}.
The {{local recurrence|LOCAL_RECURRENCE}} in the femur has to be dealt with first; lung surgery deferred to the
orthopaedic oncology decision.
""")),
        ("2026-07-10", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 7/10/2026 -- D. Murphy, CRC
- {{DOB 06/25/1960|DOB}} -> {{66 y|AGE}} on the screening date -> over 65, fails age
- histology {{UPS of bone|OTHER_SARCOMA}}, not {{osteosarcoma|OSTEOSARCOMA|neg}} -> fails
- prior {{gemcitabine/docetaxel|GEMCITABINE|hist}} 2025 -> fails
- biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} 6/2026 -> fails
- {{RA|AUTOIMMUNE_DISEASE}} on {{MTX 15 mg/wk|IMMUNOSUPPRESSANT}} + {{prednisone 5 mg/d|SYSTEMIC_STEROID}} (current) -> fails
- grade 2 {{neuropathy|TOXICITY}} persisting -> fails
- {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} 10/2025 - 1/2026: {{SD|TUMOR_RESPONSE}} at week 8, {{PD|TUMOR_RESPONSE}} at week 13 ({{SD|TUMOR_RESPONSE}} < 4 mo) -> not secondary resistance
- {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}}, {{PFTs|PULMONARY_FUNCTION}} ok, {{ECOG 1|ECOG}} (moot)
- NOT ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# PO14 -- 33 F, recently arrived from Honduras, biopsy-proven metastatic OS to
#   the lungs, resectable, adequate PFTs.  needs_review: prior systemic therapy
#   unknown (records abroad), small effusion never characterised, "study
#   pills" possibly still taken, denosumab "reaction" of unknown grade,
#   ulcerative colitis on unnamed medicines, urine hCG pending.
# ---------------------------------------------------------------------------
add("PO14", "2025-10-27", "needs_review",
    "H=m LM=m R=m PST=u AGE=m PS=m PFT=m",
    "MPE=u INV=u MAB=u PREG=u AI=u",
    [
        ("2025-09-12", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  9/12/2025
Indication: {{33 yo|AGE}} F, prior L above-knee amputation abroad for a "bone tumor"; cough for 1 month.

Findings: Four solid {{nodules|PULMONARY_NODULE}}: RUL 14 mm, RML 9 mm, LLL 16 mm, lingula 7 mm, all peripheral.
Small left {{pleural effusion|PLEURAL_EFFUSION}} of simple fluid density; no pleural nodularity.

IMPRESSION:
1. Multiple bilateral {{pulmonary nodules|PULMONARY_NODULE}}, concerning for {{metastatic disease|METASTASIS|unc}} given the
history; tissue sampling suggested.
2. Small left {{pleural effusion|PLEURAL_EFFUSION}}.
""")),
        ("2025-09-25", "pathology report", True, clean("""
SURGICAL PATHOLOGY                                                      9/25/2025
Specimen: LLL {{nodule|PULMONARY_NODULE}}, CT-guided core biopsy (9/23/2025); three 18-gauge cores.
Clinical: Prior above-knee amputation abroad; outside records not available.

Microscopy: Pleomorphic spindled and epithelioid cells with lace-like osteoid; SATB2
positive; cytokeratin and TTF-1 negative.

Diagnosis: {{Metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} (osteoblastic), in keeping with spread from the reported
femoral primary.
""")),
        ("2025-10-08", "consultation letter", False, clean("""
Musculoskeletal Oncology Clinic, Gulf Coast University Hospital
October 8, 2025

Dear Dr. Villanueva,

Thank you for referring Ms. Rosa Mejia, a 33-year-old woman who arrived in Houston from
Tegucigalpa on October 1 to join her sister. I saw her today with a Spanish interpreter and
her sister. Her CT-guided biopsy of a left lower lobe nodule on 9/23 showed metastatic
osteosarcoma.

She developed pain in the left thigh in 2022. A biopsy at the Hospital Escuela showed
'cancer of the bone' and she had a left above-knee amputation in January 2023. After the
operation she was in hospital for several weeks with a wound infection. She does not
remember receiving chemotherapy, but she was very unwell at the time, and her sister, who
looked after her, thinks she 'had treatment through a vein'. We have written to the
Hospital Escuela for the records; until they arrive we cannot say whether she has had any
systemic treatment.

The CT of 9/12 shows four peripheral nodules in both lungs and a small left pleural
effusion which has not been sampled. She is otherwise fairly well, working in her sister's
bakery, ECOG 1.

A number of other points came up. She was told in 2022 that she has ulcerative colitis; she
takes 'two kinds of tablets' for it which she cannot name and did not bring. Her transfer
sheet from Honduras lists 'denosumab - reaction' in the allergy box, from an admission for
high calcium in 2023, without further detail. She also told us that before she left her
doctor gave her tablets 'from a research study', and she may still be taking them; she did
not bring the bottle. Her last menstrual period was about six weeks ago.

I have asked our thoracic surgeons to see her, and our research coordinator will begin the
PROMIS pre-screen once the records and results are back.

Yours sincerely,

Marcus Bell, MD
""")),
        ("2025-10-20", "consultation note", True, clean("""
THORACIC SURGERY CONSULTATION                                           10/20/2025
{{33-year-old|AGE}} woman with biopsy-proven {{pulmonary metastases|LUNG_METASTASIS}} from {{osteosarcoma|OSTEOSARCOMA}}: four peripheral
{{nodules|PULMONARY_NODULE}}, two on each side. All four are {{resectable|RESECTABLE}} with staged bilateral
{{wedge resections|LUNG_RESECTION|hyp}}; no anatomic resection is needed.
The small left {{pleural effusion|PLEURAL_EFFUSION}} has not been sampled and is too small to tap safely;
we would reassess it at surgery.
{{PFTs|PULMONARY_FUNCTION}} 10/16: {{FEV1 96%|PULMONARY_FUNCTION}}, {{DLCO 90%|PULMONARY_FUNCTION}} -- adequate. {{ECOG 1|ECOG}}.
""")),
        ("2025-10-24", "intake form", True, clean("""
MUSCULOSKELETAL ONCOLOGY CLINIC -- PATIENT QUESTIONNAIRE (nurse reviewed)     10/24/2025
{{Age: 33|AGE}}       Interpreter: Spanish
{{Pregnant|PREGNANCY|unc}}?  N / Y / Unknown:  Unknown -- LMP about 6 weeks ago; {{urine hCG|PREGNANCY_TEST|unc}} sent today, pending
{{Breastfeeding|LACTATION|neg}}?  N
{{HIV test|HIV|neg}} done?  Y -- non-reactive (9/2025, ED)
Previous {{chemotherapy|SYSTEMIC_THERAPY|unc}}?  [ ] yes  [ ] no  [x] don't know -- records requested
Any research / {{study medicine|INVESTIGATIONAL|unc}}?  [x] not sure -- tablets given in Honduras; bottle not available
Bowel, joint or immune conditions?  [x] yes -- {{ulcerative colitis|AUTOIMMUNE_DISEASE}} (2022); current medicines: cannot name
Allergies: {{denosumab|MONOCLONAL_ANTIBODY}} "{{reaction|ALLERGIC_REACTION}}" (2023) -- details unknown
""")),
        ("2025-10-27", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 10/27/2025 -- C. Ramos, CRC
- {{33F|AGE}}, {{metastaic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} to the lungs (LLL core 9/23/25); primary L femur, AKA in Honduras 2023
- 4 {{nodules|PULMONARY_NODULE}}: thoracic says {{resectable|RESECTABLE}} (staged {{wedges|LUNG_RESECTION|hyp}}); {{PFTs|PULMONARY_FUNCTION}} adequate; {{ECOG 1|ECOG}}
- prior {{systemic therapy|SYSTEMIC_THERAPY|unc}}: UNKNOWN -- records requested 10/9, patient unsure
- small L {{pleural effusion|PLEURAL_EFFUSION}}, never sampled -- cytology never done
- "{{study pills|INVESTIGATIONAL|unc}}" -- possible {{investigational drug|INVESTIGATIONAL|unc}}, possibly current
- {{denosumab|MONOCLONAL_ANTIBODY}} "{{reaction|ALLERGIC_REACTION}}" -- grade unknown
- {{UC|AUTOIMMUNE_DISEASE}} on unnamed medicines
- {{urine hCG|PREGNANCY_TEST|unc}} pending (LMP ~6 wk)
- {{HIV|HIV|neg}} non-reactive
- HOLD
""")),
    ])

# ---------------------------------------------------------------------------
# PO15 -- 34 F, femur OS.  excluded: gem/docetaxel 2024, pembrolizumab with
#   stable disease > 8 months then progression (secondary resistance),
#   breastfeeding after an August delivery, postpartum MMR 27 days before
#   as_of, psoriatic arthritis on etanercept until 12/2025 (< 2 y).
#   Hearing loss with audiology pending -> toxicity unknown.
# ---------------------------------------------------------------------------
add("PO15", "2026-11-09", "excluded",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m",
    "GEM=m CPI=m PREG=m VAC=m AI=m TOX=u",
    [
        ("2024-04-20", "progress note", True, clean("""
MEDICAL ONCOLOGY -- PROGRESS NOTE                                      4/20/2024
{{32 y/o|AGE}} F with {{osteosarcoma|OSTEOSARCOMA}} L femur (2022, {{MAP|SYSTEMIC_THERAPY}}), s/p R {{wedge resection|LUNG_RESECTION|hist}} 6/2023 for
{{lung mets|LUNG_METASTASIS}}. Completed {{gemcitabine/docetaxel x4|GEMCITABINE|hist}} (1/2024 to 4/2024).
CT 4/15/2024: {{progression|TUMOR_RESPONSE}} of bilateral lung {{nodules|PULMONARY_NODULE}}.
Plan: start {{pembrolizumab|CHECKPOINT_INHIBITOR|hyp}} 200 mg q3 weeks (off-label) next week.
""")),
        ("2025-01-15", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  1/15/2025
Clinical: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, on {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 5/2024.
Comparison: 10/2024 and 7/2024.

Findings: Bilateral {{nodules|PULMONARY_NODULE}} unchanged: RLL 17 mm (17), LUL 12 mm (12), lingula 8 mm (9).
No new {{lesions|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION: {{Stable disease|TUMOR_RESPONSE}}, now about 8 months on {{pembrolizumab|CHECKPOINT_INHIBITOR}} ({{SD|TUMOR_RESPONSE}} on 7/2024,
10/2024 and today).
""")),
        ("2025-06-10", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  6/10/2025
Clinical: {{osteosarcoma|OSTEOSARCOMA}}; {{pembrolizumab|CHECKPOINT_INHIBITOR}} since 5/2024, {{stable disease|TUMOR_RESPONSE}} through 1/2025.

Findings: RLL {{nodule|PULMONARY_NODULE}} 24 mm (was 17). LUL {{nodule|PULMONARY_NODULE}} 16 mm (was 12). New 6 mm RUL {{nodule|PULMONARY_NODULE}}.

IMPRESSION: {{Progressive disease|TUMOR_RESPONSE}} after prolonged {{stable disease|TUMOR_RESPONSE}} on {{pembrolizumab|CHECKPOINT_INHIBITOR}}.
""")),
        ("2026-08-23", "discharge summary", True, clean("""
OBSTETRIC DISCHARGE SUMMARY                                            8/23/2026
{{34-year-old|AGE}} G1P1, spontaneous vaginal delivery at term on 8/21/2026; healthy girl, 3.1 kg.
History: {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, off treatment since 6/2025 ({{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} stopped at
{{progression|TUMOR_RESPONSE}}). {{Psoriatic arthritis|AUTOIMMUNE_DISEASE}}: {{etanercept|IMMUNOSUPPRESSANT|hist}} stopped 12/2025 when the
{{pregnancy|PREGNANCY|hist}} was confirmed; joints quiet since.
Rubella non-immune on prenatal labs -> {{MMR|LIVE_VACCINE|hyp}} postpartum (deferred to the postpartum visit at
her request).
Feeding: exclusively {{breastfeeding|LACTATION}}; latch good, baby feeding well.
{{HIV|HIV|neg}} negative (prenatal). {{Tdap|NONLIVE_VACCINE}} given in the third trimester.
""")),
        ("2026-10-13", "postpartum visit note", True, clean("""
POSTPARTUM VISIT                                                       10/13/2026
Doing well. Exclusively {{breastfeeding|LACTATION}}; baby gaining weight. Mood good (EPDS 4).
{{MMR|LIVE_VACCINE}} given today ({{live vaccine|LIVE_VACCINE}}; compatible with {{breastfeeding|LACTATION}}). Advised to avoid
conception for 4 weeks. Contraception: progestin-only pill started.
{{PsA|AUTOIMMUNE_DISEASE}}: mild morning stiffness in the hands; rheumatology 11/2026 to discuss restarting
{{etanercept|IMMUNOSUPPRESSANT|hyp}} once oncology has weighed in.
Reports muffled hearing in the left ear for several months -- subjective {{hearing loss|TOXICITY|unc}}; audiology
referral placed (? related to prior {{cisplatin|SYSTEMIC_THERAPY|hist}}).
""")),
        ("2026-10-28", "consultation note", False, clean("""
THORACIC SURGERY CONSULTATION                                          10/28/2026
34-year-old woman with metastatic osteosarcoma, seen 9 weeks postpartum. CT 10/26/2026: RLL
nodule 26 mm and LUL nodule 17 mm, slowly enlarging; the previously described lingular and
RUL nodules are no longer separately visible. Both remaining nodules are peripheral and in
my opinion resectable by wedge resection, which I would recommend as staged procedures.
PFTs 10/27: FEV1 91% predicted, DLCO 84% predicted after the 2023 right wedge -- adequate.
ECOG 1; caring for a newborn, walks daily.
I understand she is being pre-screened for PROMIS; happy to coordinate timing.
""")),
        ("2026-11-06", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 11/6/2026 -- A. Lindgren, CRC
- {{34F|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} L femur; {{MAP|SYSTEMIC_THERAPY}} 2022; prior {{gemcitabine/docetaxel|GEMCITABINE|hist}} 2024 -> fails
- {{pembrolizumb|CHECKPOINT_INHIBITOR}} 5/2024 - 6/2025: {{SD|TUMOR_RESPONSE}} for more than 8 months then {{PD|TUMOR_RESPONSE}} -> secondary resistance -> fails
- currently {{breastfeeding|LACTATION}} (delivered 8/21/26) -> fails
- {{MMR|LIVE_VACCINE}} (live) 10/13/26 = 27 days before 11/9 -> fails
- {{PsA|AUTOIMMUNE_DISEASE}}: {{etanercept|IMMUNOSUPPRESSANT|hist}} until 12/2025 (within 2 y) -> fails; not within 7 days
- {{hearing loss|TOXICITY|unc}}: audiology pending
- lungs: 2 {{nodules|PULMONARY_NODULE}}, {{resectable|RESECTABLE}}; {{PFTs|PULMONARY_FUNCTION}} ok; {{ECOG 1|ECOG}}
- NOT ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# PO16 -- 22 M, UK, dedifferentiated parosteal OS.  Eligible.  Local MDT
#   called the nodules unresectable; the later second opinion says resectable
#   (newest wins).  Prednisolone burst ended 8 days and Huaier granules 15 days
#   before as_of (both just outside).  Partner's HIV (family), own test
#   non-reactive; inhaled beclometasone.
# ---------------------------------------------------------------------------
add("PO16", "2026-09-14", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2024-06-11", "pathology report", True, clean("""
HISTOPATHOLOGY -- Thameside University Hospital, Bone Pathology          Reported 11/06/2024
Specimen: Left distal femur, posterior cortical mass, core biopsies.
Clinical: {{20-year-old|AGE}} man with a hard posterior distal femoral mass.

Diagnosis: {{Dedifferentiated parosteal osteosarcoma|OSTEOSARCOMA}}: {{low-grade parosteal osteosarcoma|OSTEOSARCOMA}} with a
high-grade (dedifferentiated) component making up about 40% of the sample.
Comment: MDM2 amplified by FISH, supporting the diagnosis.
""")),
        ("2026-07-22", "radiology report", True, clean("""
CT THORAX WITH CONTRAST                                                 22/07/2026
Clinical: {{22M|AGE}}. Dedifferentiated parosteal {{OS|OSTEOSARCOMA}} L femur, completed {{chemotherapy|SYSTEMIC_THERAPY|hist}} 2025. Surveillance.

Findings: Three new {{nodules|PULMONARY_NODULE}}: RUL 12 mm, peripheral; RLL 8 mm, subpleural; LLL 15 mm, against
the oblique fissure and lateral to the segmental vessels. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

Conclusion: Three new bilateral {{pulmonary nodules|PULMONARY_NODULE}}, consistent with {{metastases|METASTASIS}}.
""")),
        ("2026-08-03", "MDT outcome letter", True, clean("""
BONE TUMOUR MDT -- Thameside -- outcome letter                           03/08/2026
Discussion: {{22-year-old|AGE}} man with three new bilateral {{lung metastases|LUNG_METASTASIS}} from {{dedifferentiated parosteal osteosarcoma|OSTEOSARCOMA}}
({{MAP|SYSTEMIC_THERAPY|hist}} completed 03/2025).
Thoracic opinion at the meeting: bilateral disease, with the LLL {{lesion|PULMONARY_NODULE}} close to the fissure;
this would need bilateral thoracotomies and possibly a {{left lower lobectomy|LUNG_RESECTION|hyp}}. Considered
{{unresectable|UNRESECTABLE}} in our unit at present.
Outcome: {{systemic therapy|SYSTEMIC_THERAPY|hyp}} options ({{ifosfamide|SYSTEMIC_THERAPY|hyp}}) to be discussed in clinic. The patient has
asked for a second opinion; referral made to Dr Varga.
""")),
        ("2026-08-28", "second opinion letter", False, clean("""
Department of Thoracic Surgery, Royal Kingsbridge Hospital
28 August 2026

Dear Dr Harcourt,

Re: Mr Samuel Ofori, 22 years -- second opinion

Thank you for asking me to see Samuel, who came with his partner. I have reviewed his CT of
22 July with our thoracic radiologists and, with respect, I come to a different conclusion
from your MDT.

The three nodules in the right upper lobe, right lower lobe and left lower lobe are all in
the outer third of the lung. The left lower lobe nodule touches the oblique fissure but
lies well lateral to the segmental vessels, and it can be removed with a non-anatomical
wedge; I do not think a lobectomy is needed, and none of the nodules is near the main
bronchi or the main pulmonary vessels. In my opinion all three are resectable, by staged
right and left VATS wedge resections about four weeks apart.

His pulmonary function tests here on 26 August were excellent (FEV1 102% predicted, TLCO
95% predicted) and adequate for staged bilateral surgery. He is a keen cyclist and
physically unrestricted, ECOG 0.

He mentioned that since June he has been taking Huaier granules sent by his aunt. I have
advised him to stop these, as they would interfere with trial eligibility and we do not
know their interactions; he agreed to stop this week.

I would be happy to operate here, or for the operation to be done within the PROMIS study
if he is eligible; I have sent a copy of this letter to the research team.

Yours sincerely,

Dr Andras Varga
Consultant Thoracic Surgeon
""")),
        ("2026-09-08", "GP consultation", True, clean("""
GP CONSULTATION -- Hollybank Surgery                                     08/09/2026
Review after an asthma exacerbation. Seen 01/09 and given {{prednisolone 40 mg OD|SYSTEMIC_STEROID|hist}} for 5 days
(02/09 to 06/09/2026); course completed 06/09. Peak flow now 560 (best 600). Continues
{{beclometasone 200 mcg BD inhaler|LOCAL_STEROID}} and salbutamol PRN.
He stopped the {{Huaier granules|IMMUNOMODULATOR|hist}} from his aunt on 30/08/2026, on the hospital's advice.
Sexual health: partner has {{HIV|HIV|fam}}, on {{antiretroviral therapy|HIV|fam}} with undetectable viral load. Patient takes
PrEP; {{HIV test|HIV|neg}} (4th generation) 05/09/2026 non-reactive.
Plan: asthma action plan reviewed; return if worse.
""")),
        ("2026-09-14", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 14/09/2026 -- B. Achterberg, research nurse
* {{22M|AGE}}, {{dedifferentiated parosteal osteosarcoma|OSTEOSARCOMA}} L femur; {{MAP|SYSTEMIC_THERAPY|hist}} completed 03/2025
* 3 {{lung mets|LUNG_METASTASIS}}. Local MDT 03/08: {{unresectable|UNRESECTABLE}} -> second opinion 28/08 (Dr Varga): all
  {{resectable|RESECTABLE}}, staged {{wedge resections|LUNG_RESECTION|hyp}}; newest surgical opinion = resectable
* {{PFTs|PULMONARY_FUNCTION}} adequate ({{FEV1 102%|PULMONARY_FUNCTION}}, {{TLCO 95%|PULMONARY_FUNCTION}})
* {{ECOG 0|ECOG}}
* {{prednisolone|SYSTEMIC_STEROID|hist}} 5-day burst completed 2026-09-06 = 8 days before screening -> outside 7 days
* {{Huaier granules|IMMUNOMODULATOR|hist}} stopped 2026-08-30 = 15 days before screening -> outside 14 days
* {{beclometasone inhaler|LOCAL_STEROID}} -- local route
* partner {{HIV|HIV|fam}} positive; patient {{HIV|HIV|neg}} non-reactive 05/09
* no {{gemcitabine|GEMCITABINE|neg}}, no {{PD-1 agents|CHECKPOINT_INHIBITOR|neg}}, no {{trial drugs|INVESTIGATIONAL|neg}}
* ELIGIBLE pending consent
""")),
    ])

# ---------------------------------------------------------------------------
# PO17 -- 14 y boy (DOB 2/14/2011) with perinatal HIV on ART.  Tibial lesion:
#   telangiectatic OS vs ABC, core non-diagnostic (histology unknown).  Lung
#   disease called metastatic; LLL mass on the left main stem bronchus needs
#   pneumonectomy; malignant effusion; chemo-naive; Lansky 50; live varicella
#   vaccine 17 days before as_of.
# ---------------------------------------------------------------------------
add("PO17", "2025-07-07", "excluded",
    "H=u LM=m R=n PST=n AGE=m PS=n PFT=u",
    "HIV=m MPE=m VAC=m",
    [
        ("2025-06-20", "clinic note", True, clean("""
PEDIATRIC INFECTIOUS DISEASES CLINIC                                    6/20/2025
{{14 yo|AGE}} M with perinatally acquired {{HIV|HIV}} on {{dolutegravir/abacavir/lamivudine|HIV}} ({{Triumeq|HIV}}); VL < 20,
CD4 812 (31%). Adherent.
New: 3 weeks of right knee pain and a limp; orthopedics referral placed 6/18, MRI pending.
Immunizations: {{varicella vaccine|LIVE_VACCINE}} dose 2 (live; CD4 > 15%, so eligible) given today as catch-up.
{{Inactivated influenza vaccine|NONLIVE_VACCINE|hyp}} due in the fall.
Plan: continue {{ART|HIV}}; RTC 3 months.
""")),
        ("2025-06-27", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  6/27/2025
Indication: {{14 yo|AGE}} M with an aggressive right proximal tibial lesion on MRI 6/24 (fluid-fluid
levels); dyspnea. Staging.

Findings: 5.5 cm {{mass|PULMONARY_NODULE}} in the LLL extending to the left hilum, abutting and narrowing the
{{left main stem bronchus|CENTRAL_STRUCTURE}}. At least 12 further bilateral {{nodules|PULMONARY_NODULE}}, 4 to 18 mm. Large
left {{pleural effusion|PLEURAL_EFFUSION}} with mediastinal shift.

IMPRESSION:
1. Large left hilar / LLL {{mass|PULMONARY_NODULE}} and innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}}, consistent with
{{metastatic disease|METASTASIS}} from the tibial primary.
2. Large left {{pleural effusion|PLEURAL_EFFUSION}}.
""")),
        ("2025-06-30", "pathology report", True, clean("""
SURGICAL PATHOLOGY                                                      6/30/2025
Specimen: Right proximal tibia, core biopsy x3 (6/28/2025).

Diagnosis: Blood-filled cystic spaces lined by atypical cells; NON-DIAGNOSTIC.
Differential: {{telangiectatic osteosarcoma|OSTEOSARCOMA|unc}} versus aneurysmal bone cyst.

Comment: Cytological atypia is present but the material is insufficient for a definite
diagnosis. Open biopsy recommended; scheduled for 7/9/2025.
""")),
        ("2025-07-02", "cytopathology report", True, clean("""
CYTOPATHOLOGY -- LEFT PLEURAL FLUID (thoracentesis 7/1/2025)             Final 7/2/2025
{{Positive for malignant cells|MALIGNANT_EFFUSION}}. Pleomorphic malignant cells consistent with a high-grade malignant
mesenchymal tumor; further classification is not possible on cytology.
Specimen: 900 mL of serosanguinous fluid; cytospins and cell block.
Interpretation: {{malignant pleural effusion|MALIGNANT_EFFUSION}}. Dr. Ahn and the oncology fellow notified by phone.
""")),
        ("2025-07-03", "admission history and physical", True, clean("""
PEDIATRIC ONCOLOGY -- ADMISSION H&P                                     7/3/2025
{{14-year-old|AGE}} boy with perinatal {{HIV|HIV}} (well controlled on {{Triumeq|HIV}}) admitted with dyspnea, a right
tibial lesion ({{telangiectatic osteosarcoma|OSTEOSARCOMA|unc}} suspected; tissue so far non-diagnostic), a large
LLL / hilar {{mass|PULMONARY_NODULE}} with multiple lung {{nodules|PULMONARY_NODULE}}, and a {{malignant left pleural effusion|MALIGNANT_EFFUSION}}
(cytology 7/2).
He has had no {{chemotherapy|SYSTEMIC_THERAPY|neg}} ({{chemotherapy-naive|CHEMO_NAIVE}}). Open tibial biopsy 7/9; if
{{osteosarcoma|OSTEOSARCOMA|hyp}} is confirmed, start {{MAP|SYSTEMIC_THERAPY|hyp}}.
{{Lansky 50|LANSKY}}: lies on the couch most of the day, needs help to the bathroom, plays video games only.
Thoracic surgery (Dr. Ahn) 7/3: the LLL {{mass|PULMONARY_NODULE}} abuts the {{left main stem bronchus|CENTRAL_STRUCTURE}}; complete resection
would need a {{left pneumonectomy|PNEUMONECTOMY|hyp}}, which is not a reasonable option; bilateral disease
{{unresectable|UNRESECTABLE}}.
Plan: tunneled pleural catheter; {{chemotherapy|SYSTEMIC_THERAPY|hyp}} choice after pathology; continue {{ART|HIV}}.
""")),
        ("2025-07-07", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 7/7/2025 -- E. Novak, CRC
- {{DOB 2/14/2011|DOB}} ({{14 y|AGE}}); {{Lansky 50|LANSKY}} -> fails performance
- histology pending ({{telangiectatic OS|OSTEOSARCOMA|unc}} vs ABC; open bx 7/9)
- {{lung mets|LUNG_METASTASIS}}; LLL {{mass|PULMONARY_NODULE}} on the {{L main stem bronchus|CENTRAL_STRUCTURE}} -> {{pneumonectomy|PNEUMONECTOMY|hyp}}; {{unresectable|UNRESECTABLE}} -> fails
- {{malignant pleural effusion|MALIGNANT_EFFUSION}} -> fails
- {{chemo-naive|CHEMO_NAIVE}} -> fails prior-therapy requirement
- {{HIV|HIV}} (perinatal) on {{ART|HIV}} -> fails
- {{varicella vaccine|LIVE_VACCINE}} (live) 6/20/25, 17 days ago -> fails
- NOT ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# PO18 -- man with fibula OS; no age or DOB anywhere in the transferred
#   records (age and performance status unknown despite ECOG 1).
#   needs_review: indeterminate 4-5 mm nodules, thyroid FNA Bethesda V,
#   "dexamethasone" with no route, possible ototoxicity with audiogram pending.
# ---------------------------------------------------------------------------
add("PO18", "2026-02-23", "needs_review",
    "H=m LM=u R=u PST=m AGE=u PS=u PFT=u", "OM=u STE=u TOX=u",
    [
        ("2023-05-04", "pathology report", True, clean("""
SURGICAL PATHOLOGY -- Northfield General Hospital                       5/4/2023
Specimen: Left proximal fibula, en bloc resection (5/1/2023).

Diagnosis: High-grade {{osteosarcoma, conventional (osteoblastic)|OSTEOSARCOMA}}, post-treatment.
Treatment effect: 92% necrosis. Margins negative (closest 1.4 cm, soft tissue).
Lymphovascular invasion: not identified. Common peroneal nerve: uninvolved.
Synoptic report attached (CAP bone resection template).
""")),
        ("2026-01-12", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  1/12/2026
History: {{osteosarcoma|OSTEOSARCOMA|hist}} of the left fibula, resected 2023; completed {{MAP|SYSTEMIC_THERAPY|hist}} 10/2023. Surveillance.
Comparison: 10/6/2025.

Findings: Two new solid, non-calcified {{nodules|PULMONARY_NODULE}}: 5 mm RUL (series 3, image 45) and 4 mm LLL
(image 201). No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Incidental 1.8 cm left {{thyroid nodule|LOOKALIKE}} (1.5 cm in 10/2025).

IMPRESSION:
1. Two new subcentimeter {{pulmonary nodules|PULMONARY_NODULE}}, indeterminate. {{Metastases|METASTASIS|unc}} are a consideration;
follow-up CT in 6-8 weeks recommended.
2. Enlarging left {{thyroid nodule|LOOKALIKE}}; ultrasound-guided FNA suggested.
""")),
        ("2026-01-29", "cytopathology report", True, clean("""
CYTOPATHOLOGY -- THYROID, LEFT LOBE, US-GUIDED FNA (1/27/2026)          Final 1/29/2026
Bethesda category V: SUSPICIOUS FOR {{MALIGNANCY|OTHER_MALIGNANCY|unc}} -- suspicious for {{papillary thyroid carcinoma|OTHER_MALIGNANCY|unc}}.
Comment: Nuclear features of {{PTC|OTHER_MALIGNANCY|unc}} in a minority of follicular groups. BRAF V600E testing sent.
Surgical consultation recommended.
""")),
        ("2026-02-10", "pharmacy medication reconciliation", True, clean("""
ONCOLOGY PHARMACY -- MEDICATION RECONCILIATION          2/10/2026     K. Osborne, PharmD
Sources: outside pharmacy fill history; telephone call with patient (could not find his bottles)
MEDICATION                          STATUS                      COMMENT
{{dexamethasone|SYSTEMIC_STEROID|unc}} (formulation ?)        active -- filled 1/30/2026   prescriber: outside ophthalmology;
                                                                fill record lacks route and strength;
                                                                patient unsure whether tablets or drops.
                                                                CLARIFY.
lisinopril 10 mg PO daily           active
atorvastatin 20 mg PO daily         active
omeprazole 20 mg PO daily           active
""")),
        ("2026-02-18", "progress note", True, clean("""
MEDICAL ONCOLOGY -- PROBLEM-ORIENTED PROGRESS NOTE        2/18/2026     E. Castellano, MD
Interval history: Transferred care from Northfield in December. Feels well. Mild {{tinnitus|TOXICITY}}; his
wife says he turns the TV up. Audiogram ordered 2/5, appointment 3/3.

Problems:
1. Z85.830 / C40.22 -- {{osteosarcoma|OSTEOSARCOMA}} left fibula, s/p neoadjuvant and adjuvant {{MAP|SYSTEMIC_THERAPY|hist}} (completed
   10/2023) and en bloc resection 5/2023.
2. R91.8 -- two new indeterminate {{pulmonary nodlues|PULMONARY_NODULE}} (5 mm, 4 mm) on CT 1/12; repeat CT 3/2026.
   Not called {{metastatic|METASTASIS|neg}} so far; no surgical opinion yet.
3. E04.1 -- left {{thyroid nodule|LOOKALIKE}}, FNA Bethesda V (suspicious for {{papillary carcinoma|OTHER_MALIGNANCY|unc}}); ENT referral.
4. Hearing -- possible {{ototoxicity|TOXICITY|unc}} from prior {{cisplatin|SYSTEMIC_THERAPY|hist}}; audiogram pending, grade unknown.
5. {{Dexamethasone|SYSTEMIC_STEROID|unc}} on the outside fill list -- route unclear (see pharmacy note).
Exam: {{ECOG 1|ECOG}}.
Plan: as above; patient asked about PROMIS -- research coordinator to pre-screen.
""")),
        ("2026-02-23", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 2/23/2026 -- F. Addo, CRC
- {{osteosarcoma|OSTEOSARCOMA}} L fibula (2023); {{MAP|SYSTEMIC_THERAPY|hist}} completed 10/2023
- age / date of birth: not in any transferred note or the referral packet -- requested from Northfield registration
- {{ECOG 1|ECOG}} (2/18) -- which scale applies cannot be settled until age is known
- lungs: 2 indeterminate {{nodules|PULMONARY_NODULE}} (5, 4 mm), {{metastases|METASTASIS|unc}} not confirmed; repeat CT 3/2026
- thyroid FNA Bethesda V (suspicious for {{PTC|OTHER_MALIGNANCY|unc}}) -- possible {{second malignancy|OTHER_MALIGNANCY|unc}}
- {{dexamethasone|SYSTEMIC_STEROID|unc}}, route unknown (eye drops vs oral)
- hearing: audiogram 3/3 -- {{ototoxicity|TOXICITY|unc}} grade unknown
- no {{gemcitabine|GEMCITABINE|neg}}, no {{checkpoint inhibitors|CHECKPOINT_INHIBITOR|neg}}, no {{trials|INVESTIGATIONAL|neg}} documented
- HOLD
""")),
    ])

# ---------------------------------------------------------------------------
# PO19 -- UK man, DOB 02/03/1959 (67).  Paget's osteosarcoma, chemo-naive.
#   excluded: age, no prior systemic therapy, KPS 50, lung function too poor
#   (the nodules themselves are resectable), deceased-donor kidney transplant
#   with tacrolimus/MMF/prednisolone, HIV on Biktarvy, cutaneous SCC 02/2024.
#   Small effusion never characterised -> malignant effusion unknown.
# ---------------------------------------------------------------------------
add("PO19", "2026-10-19", "excluded",
    "H=m LM=m R=m PST=n AGE=n PS=n PFT=n",
    "HIV=m ALLO=m STE=m OM=m MPE=u",
    [
        ("2026-05-13", "pathology report", True, clean("""
HISTOPATHOLOGY -- Pennine Royal Infirmary, Bone Tumour Pathology         Reported 13/05/2026
Specimen: Left iliac wing, CT-guided core biopsy (11/05/2026).
Clinical: {{67-year-old|AGE}} man with long-standing Paget's disease of the pelvis, new pain and a
destructive lesion. {{Renal transplant|TRANSPLANT}} recipient.

Diagnosis: High-grade {{osteosarcoma|OSTEOSARCOMA}}, osteoblastic, arising in Paget's disease of bone
({{Paget sarcoma|OSTEOSARCOMA}}).
""")),
        ("2026-06-02", "transplant clinic note", True, clean("""
{{RENAL TRANSPLANT CLINIC|LOOKALIKE}}                                                 02/06/2026
{{67M|AGE}}. Deceased-donor {{kidney transplant|TRANSPLANT}} 2014 for {{HIV-associated nephropathy|HIV}}. Creatinine 128, stable.
{{HIV|HIV}}: on {{Biktarvy|HIV}}, viral load < 40, CD4 410.
Medicines: {{tacrolimus|IMMUNOSUPPRESSANT}} 3 mg BD (level 6.1), {{mycophenolate mofetil|IMMUNOSUPPRESSANT}} 500 mg BD, {{prednisolone 5 mg OD|SYSTEMIC_STEROID}}
-- all to continue.
New: {{osteosarcoma|OSTEOSARCOMA}} of the left ilium on a background of Paget's disease; oncology planning. We
discussed that {{chemotherapy|SYSTEMIC_THERAPY|hyp}} would put the kidney at high risk; oncology aware.
Past history: cutaneous {{squamous cell carcinoma|OTHER_MALIGNANCY|hist}} of the right forearm, excised 02/2024 with clear
margins; under dermatology review.
""")),
        ("2026-09-15", "radiology report", True, clean("""
CT THORAX WITH CONTRAST                                                 15/09/2026
Clinical: {{67M|AGE}}, Paget's {{osteosarcoma|OSTEOSARCOMA}} L ilium; no {{chemotherapy|SYSTEMIC_THERAPY|neg}} given. Restaging.

Findings: Two new RLL {{nodules|PULMONARY_NODULE}}, 14 mm and 10 mm, peripheral. Moderate to severe
upper-lobe-predominant emphysema. New small left {{pleural effusion|PLEURAL_EFFUSION}}; no pleural thickening or
nodularity.

Conclusion:
1. Two RLL {{nodules|PULMONARY_NODULE}}, consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
2. Small left {{pleural effusion|PLEURAL_EFFUSION}}, non-specific.
""")),
        ("2026-10-01", "MDT letter", False, clean("""
Thoracic Surgery, Pennine Royal Infirmary
1 October 2026

Dear Dr Whelan,

Re: Mr Clive Barraclough, 67 years

Thank you for discussing Mr Barraclough at the thoracic MDT. He has a high-grade
osteosarcoma arising in Paget's disease of the left ilium, diagnosed in May. Because of
his kidney transplant and frailty he has not been given chemotherapy.

The two right lower lobe nodules are small and peripheral, and technically each could be
removed by a wedge resection; there is nothing about the nodules themselves that would
prevent resection. The difficulty is the patient. His pulmonary function tests on 24
September showed FEV1 1.12 L (44% predicted) and TLCO 35% predicted, with severe
emphysema. He becomes breathless walking across the room. In my view he is not a
candidate for thoracic surgery because of his lung function, and I have explained this to
him and his daughter.

He needs considerable help at home from his daughter and spends more than half the day
resting; I would estimate his Karnofsky performance status at 50%.

The new small left pleural effusion is too small to sample safely and has not been
characterised.

I am sorry not to be able to offer more from a surgical point of view.

Yours sincerely,

Miss Rebecca Thorne, FRCS (C-Th)
""")),
        ("2026-10-14", "pharmacy medication reconciliation", True, clean("""
PHARMACY MEDICINES RECONCILIATION -- 14/10/2026 -- S. Iqbal, specialist pharmacist
MEDICINE                             STATUS     NOTE
{{tacrolimus|IMMUNOSUPPRESSANT}} 3 mg BD                   active     {{transplant|TRANSPLANT}}
{{mycophenolate mofetil|IMMUNOSUPPRESSANT}} 500 mg BD      active     {{transplant|TRANSPLANT}}
{{prednisolone 5 mg OD|SYSTEMIC_STEROID}}                 active     long-term, {{transplant|TRANSPLANT}}
{{Biktarvy|HIV}} 1 tablet OD                 active     {{HIV|HIV}}
tiotropium inhaler                   active     COPD
alendronate                          on hold    held since 05/2026 (Paget's)
co-codamol 30/500                    active
Anticancer therapy to date: none ({{chemotherapy|SYSTEMIC_THERAPY|neg}} not given).
""")),
        ("2026-10-19", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 19/10/2026 -- P. Doyle, research nurse
* {{DOB 02/03/1959|DOB}} -> {{67 y|AGE}}: over 65, fails age
* Paget's {{osteosarcoma|OSTEOSARCOMA}} L ilium (bx 11/05/2026); {{chemotherapy-naive|CHEMO_NAIVE}}: fails prior-therapy requirement
* 2 RLL {{nodules|PULMONARY_NODULE}} c/w {{mets|METASTASIS}}; surgeon: {{nodules|PULMONARY_NODULE}} technically {{resectable|RESECTABLE}} but {{FEV1 44%|PULMONARY_FUNCTION}} /
  {{TLCO 35%|PULMONARY_FUNCTION}} -> not fit for thoracic surgery because of {{lung function|PULMONARY_FUNCTION}}: fails
* {{Karnofsky 50|KARNOFSKY}}: fails performance
* deceased-donor {{kidney transplant|TRANSPLANT}} 2014 (allogeneic): fails
* {{tacrolimus|IMMUNOSUPPRESSANT}} / {{MMF|IMMUNOSUPPRESSANT}} / {{prednisolone 5 mg|SYSTEMIC_STEROID}} current: fails
* {{HIV|HIV}} on {{Biktarvy|HIV}}: fails
* cutaneous {{SCC|OTHER_MALIGNANCY}} 02/2024 (< 5 y): fails
* small L {{pleural effusion|PLEURAL_EFFUSION}}, not sampled -- cytology never done
* NOT ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# PO20 -- 31 F, femur OS.  Eligible.  Pembrolizumab on a phase II study:
#   iUPD at the first restaging then iCPD, no response (primary resistance ->
#   not_met), off study since 1/2025.  Breastfed until spring 2023, negative
#   serum hCG, mother's breast cancer, was a stem-cell DONOR for her brother.
# ---------------------------------------------------------------------------
add("PO20", "2025-06-30", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2023-07-19", "pathology report", True, clean("""
SURGICAL PATHOLOGY -- Lakeview Regional Medical Center                  7/19/2023
Specimen: Right distal femur, core needle biopsy (7/17/2023).
Clinical: {{29 yo|AGE}} F, postpartum, thigh pain for 3 months.

Diagnosis: High-grade {{osteosarcoma|OSTEOSARCOMA}}, conventional (osteoblastic and fibroblastic patterns).

Comment: Abundant neoplastic osteoid. Findings discussed with Dr. Brennan, who will arrange
staging and fertility counselling.
""")),
        ("2024-12-20", "research progress note", True, clean("""
EARLY PHASE UNIT -- PROGRESS NOTE                                12/20/2024
{{30 yo|AGE}} F with {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} ({{lung mets|LUNG_METASTASIS}} 9/2024; prior {{MAP|SYSTEMIC_THERAPY|hist}} 2023-2024), enrolled
on a {{phase II trial|INVESTIGATIONAL}} of single-agent {{pembrolizumab|CHECKPOINT_INHIBITOR}}: C1D1 10/14/2024, C3 11/25/2024.
First restaging CT 12/16/2024: new {{nodules|PULMONARY_NODULE}} and growth of target {{nodules|PULMONARY_NODULE}} (+18%) --
{{iUPD|TUMOR_RESPONSE}} per iRECIST. Clinically well, so per iRECIST a confirmatory scan in 4 weeks;
dose 4 held.
""")),
        ("2025-01-15", "radiology report", True, clean("""
CT CHEST WITH CONTRAST (iRECIST confirmation timepoint)                   1/15/2025
Comparison: 12/16/2024 ({{iUPD|TUMOR_RESPONSE}}) and 10/8/2024 (baseline).

Findings: Further growth of target {{nodules|PULMONARY_NODULE}} (sum 61 mm; baseline 44 mm; 52 mm on 12/16) and
two additional new {{nodules|PULMONARY_NODULE}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION: Confirmed {{progression|TUMOR_RESPONSE}} -- {{iCPD|TUMOR_RESPONSE}} per iRECIST. No {{response|TUMOR_RESPONSE|neg}} at any timepoint on
{{pembrolizumab|CHECKPOINT_INHIBITOR}}.
""")),
        ("2025-05-22", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  5/22/2025
Clinical: {{osteosarcoma|OSTEOSARCOMA}} with {{pulmonary metastases|LUNG_METASTASIS}}; completed {{ifosfamide/etoposide x4|SYSTEMIC_THERAPY|hist}} 4/2025.
Comparison: 1/15/2025.

Findings: Most {{nodules|PULMONARY_NODULE}} have resolved. Two residual {{nodules|PULMONARY_NODULE}}: RUL 9 mm (was 18) and LLL
12 mm (was 21), both peripheral. No new {{nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION: Marked {{partial response|TUMOR_RESPONSE}} to {{chemotherapy|SYSTEMIC_THERAPY}}, with two residual peripheral {{metastases|METASTASIS}}
(RUL, LLL).
""")),
        ("2025-06-12", "consultation letter", False, clean("""
Thoracic Surgical Oncology, Lakeview Regional Medical Center
June 12, 2025

Dear Dr. Brennan,

Thank you for referring Mrs. Jessica Holloway, a 31-year-old physical therapist with
metastatic osteosarcoma of the right distal femur, whom I saw today with her husband.

Her history is well known to you. She was diagnosed in July 2023, a few months after the
birth of her son; she had breastfed him until the spring of that year and stopped shortly
before her biopsy. She completed MAP chemotherapy and a distal femoral replacement in
early 2024. Lung metastases appeared in September 2024. She then took part in a phase II
study of pembrolizumab, but the first restaging scan showed growth, confirmed on the
scan of January 15, and she came off the study. She then had four cycles of ifosfamide
and etoposide with a good partial response, finishing in April.

Two residual nodules remain, in the right upper lobe and the left lower lobe. Both are
peripheral and, in my opinion, completely resectable by staged VATS wedge resections,
which I have recommended. Her pulmonary function tests on June 9 were normal (FEV1 99%
predicted, DLCO 94%), adequate for surgery. She is back at work part time and exercising,
ECOG 0.

Her family history is notable for breast cancer in her mother, diagnosed at 52. In 2019
she was a peripheral blood stem cell donor for her brother, who had an allogeneic
transplant for leukaemia and is well. She has had no transplant herself.

She is interested in the PROMIS study and I have copied this letter to the research team.

Yours sincerely,

Oliver Strand, MD
""")),
        ("2025-06-25", "intake form", True, clean("""
RESEARCH INTAKE FORM -- PROMIS pre-screen (patient completed, CRC reviewed)           6/25/2025
{{Age: 31|AGE}}
Currently {{pregnant|PREGNANCY|neg}}?              [ ] yes  [x] no   -- {{serum hCG|PREGNANCY_TEST|neg}} negative 6/23/2025
{{Breastfeeding|LACTATION|neg}}?                   [ ] yes  [x] no   (weaned spring 2023)
{{HIV|HIV|neg}}?                             [ ] positive  [x] negative (tested 5/2025)
{{Transplant|TRANSPLANT|neg}} as a recipient?         [ ] yes  [x] no   -- was a stem cell donor for her brother's
                                                            {{transplant|TRANSPLANT|fam}} (2019)
Previous {{PD-1 / PD-L1 drugs|CHECKPOINT_INHIBITOR|hist}}?        [x] yes  -- {{pembrolizumab|CHECKPOINT_INHIBITOR|hist}} on a {{clinical trial|INVESTIGATIONAL|hist}} 10-11/2024;
                                                            {{progressed|TUMOR_RESPONSE}} at the first scan
{{Trial drug|INVESTIGATIONAL|neg}} in the last 4 weeks?     [ ] yes  [x] no   (last dose 11/25/2024)
{{Live vaccines|LIVE_VACCINE|neg}} in the last 30 days? [ ] yes  [x] no
{{Steroid tablets or injections|SYSTEMIC_STEROID|neg}} in the last 7 days?  [ ] yes  [x] no
{{Autoimmune disease|AUTOIMMUNE_DISEASE|neg}}?               [ ] yes  [x] no
""")),
    ])

# ---------------------------------------------------------------------------
# PO21 -- 50 M, femur OS, three resectable lung metastases, adequate PFTs.
#   needs_review: second-line "gem-something" unconfirmed, nivolumab stopped at
#   progression with no earlier response documented, prednisone taper with no
#   documented stop date ("about a week ago, maybe less"), Huaier last use
#   uncertain, reactive HIV screen awaiting confirmation.
# ---------------------------------------------------------------------------
add("PO21", "2026-11-23", "needs_review",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "GEM=u CPI=u STE=u HIV=u IMM=u",
    [
        ("2024-01-25", "pathology report", False, clean("""
SURGICAL PATHOLOGY -- Riverbend Community Hospital                       1/25/2024
Specimen: Right distal femur, core biopsy (1/23/2024).
Clinical: 47-year-old man, distal femoral lesion with periosteal reaction.
Diagnosis: High-grade osteosarcoma, fibroblastic type.
Comment: Neoplastic spindle cells in fascicles with focal lace-like osteoid. Confirmed on
review by a second pathologist. Staging studies recommended.
""")),
        ("2026-03-20", "progress note", True, clean("""
VALLEY HEMATOLOGY ONCOLOGY ASSOCIATES -- PROGRESS NOTE                  3/20/2026
Dx: {{osteosarcoma|OSTEOSARCOMA}} R femur (dx 1/2024) with {{lung mets|LUNG_METASTASIS}} (3/2025).
Prior: {{neoadjuvant AP|SYSTEMIC_THERAPY|hist}} ({{doxorubicin/cisplatin|SYSTEMIC_THERAPY|hist}}) 2024; {{second-line chemotherapy|SYSTEMIC_THERAPY|hist}} 4/2025 to
7/2025 at another practice (regimen per patient "{{gem-something|GEMCITABINE|unc}}"; records not received).
{{Nivolumab|CHECKPOINT_INHIBITOR}} 240 mg q2 weeks, 9/2025 to 3/2026. Restaging CT 3/12/2026 read as {{progression|TUMOR_RESPONSE}};
the earlier restaging reports are not in our system. New bilateral ground-glass on the
same CT: grade 2 {{pneumonitis|TOXICITY}}.
Plan: stop {{nivolumab|CHECKPOINT_INHIBITOR}}. Start {{prednisone 1 mg/kg|SYSTEMIC_STEROID|hyp}} with a slow taper. Pulmonology referral.
""")),
        ("2026-10-20", "pulmonology note", True, clean("""
PULMONOLOGY FOLLOW-UP                                                  10/20/2026
Immune-related {{pneumonitis|TOXICITY}} after {{nivolumab|CHECKPOINT_INHIBITOR}} (grade 2, 3/2026). CT 10/15: ground-glass resolved.
{{Prednisone|SYSTEMIC_STEROID}} taper: now 2.5 mg daily; plan 2.5 mg on alternate days for 2 weeks, then stop.
{{PFTs|PULMONARY_FUNCTION}} 10/15/2026: {{FEV1 86% predicted|PULMONARY_FUNCTION}}, {{DLCO 74%|PULMONARY_FUNCTION}} -- from a pulmonary standpoint adequate
for limited thoracic surgery ({{wedge resection|LUNG_RESECTION|hyp}}).
Also takes "{{Huaier|IMMUNOMODULATOR}}" granules from a friend, on and off since the spring.
""")),
        ("2026-11-02", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                  11/2/2026
Clinical: {{50M|AGE}}, {{osteosarcoma|OSTEOSARCOMA}}; off {{nivolumab|CHECKPOINT_INHIBITOR|hist}} since 3/2026; {{pneumonitis|TOXICITY}} resolved.

Findings: Three {{nodules|PULMONARY_NODULE}}: RUL 16 mm, RML 11 mm, LLL 14 mm, all peripheral, slowly growing
since 7/2026. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. No ground-glass opacity.

IMPRESSION: Three slowly enlarging {{pulmonary metastases|LUNG_METASTASIS}}.
""")),
        ("2026-11-12", "consultation note", True, clean("""
THORACIC SURGERY CONSULTATION                                          11/12/2026
{{50-year-old|AGE}} man with {{osteosarcoma|OSTEOSARCOMA}} and three peripheral {{lung metastases|LUNG_METASTASIS}} (RUL, RML, LLL). All three
are {{resectable|RESECTABLE}}: staged right {{VATS wedge x2|LUNG_RESECTION|hyp}} and left {{VATS wedge|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} adequate
per pulmonology. {{ECOG 1|ECOG}}.
Pre-op labs 11/10: {{HIV-1/2 Ag/Ab 4th-generation screen|HIV|unc}} REACTIVE; {{HIV-1/2 differentiation assay|HIV|unc}} and
{{HIV RNA|HIV|unc}} sent, pending. Patient surprised, reports no risk factors. ID notified.
""")),
        ("2026-11-23", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 11/23/2026 -- G. Whitfield, CRC
- {{50M|AGE}}, {{osteosarcom|OSTEOSARCOMA}} R femur; {{AP|SYSTEMIC_THERAPY|hist}} 2024 (inclusion I4 satisfied)
- 3 {{lung mets|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} (thoracic 11/12); {{PFTs|PULMONARY_FUNCTION}} adequate; {{ECOG 1|ECOG}}
- {{second-line chemo|SYSTEMIC_THERAPY|hist}} 2025: patient says "{{gem-something|GEMCITABINE|unc}}" -- unconfirmed; records requested
- {{nivolumab|CHECKPOINT_INHIBITOR}} 9/2025 - 3/2026, stopped at {{progression|TUMOR_RESPONSE}}; {{best response|TUMOR_RESPONSE|unc}} before that not documented
  (earlier scans unavailable) -> primary vs secondary resistance cannot be classified
- {{prednisone|SYSTEMIC_STEROID}} taper for {{pneumonitis|TOXICITY}}: patient says last tablet "about a week ago, maybe less";
  no documented stop date -- pharmacy refill history requested
- {{Huaier granules|IMMUNOMODULATOR|unc}}: on and off; last use uncertain ("maybe a month ago")
- {{HIV|HIV|unc}} screen reactive 11/10, confirmatory pending
- HOLD -- 5 open items
""")),
    ])

# ---------------------------------------------------------------------------
# PO22 -- 19 F with Ewing sarcoma (look-alike; not "another malignancy"), no
#   lung metastases.  Crohn's disease: infliximab grade 3 infusion reaction
#   (mAb allergy), azathioprine current, investigational anti-IL-23 mAb in an
#   open-label extension (last dose 25 days before as_of), pregnant.
#   The anti-IL-23 antibody is not an interleukin (immunomodulator not_met).
# ---------------------------------------------------------------------------
add("PO22", "2026-03-30", "excluded",
    "H=n LM=n R=u PST=m AGE=m PS=m PFT=u",
    "AI=m STE=m MAB=m INV=m PREG=m",
    [
        ("2023-05-10", "infusion center note", True, clean("""
PEDIATRIC GASTROENTEROLOGY -- INFUSION CENTER NOTE                       5/10/2023
{{16 yo|AGE}} F with ileocolonic {{Crohn's disease|AUTOIMMUNE_DISEASE}} on {{infliximab|IMMUNOSUPPRESSANT}} (a chimeric {{monoclonal antibody|MONOCLONAL_ANTIBODY}}) 5 mg/kg
q8 weeks plus {{azathioprine|IMMUNOSUPPRESSANT}}.
Infusion #6 today: at 20 minutes she developed diffuse urticaria, wheeze, lip swelling,
SpO2 88% and BP 78/40 -- grade 3 {{infusion reaction|ALLERGIC_REACTION}} / {{anaphylaxis|ALLERGIC_REACTION}}. Infusion stopped; IM
epinephrine, IV diphenhydramine and {{methylprednisolone 40 mg IV|SYSTEMIC_STEROID}}. Observed 6 hours; resolved.
Plan: {{infliximab|IMMUNOSUPPRESSANT}} permanently discontinued and added to the allergy list. Continue
{{azathioprine 100 mg daily|IMMUNOSUPPRESSANT}}. Discuss alternative advanced therapy at the next visit.
""")),
        ("2024-06-18", "pathology report", True, clean("""
SURGICAL PATHOLOGY                                                      6/18/2024
Specimen: Left proximal fibula, core needle biopsy.
Clinical: {{17 yo|AGE}} F with {{Crohn's disease|AUTOIMMUNE_DISEASE}}; enlarging fibular mass.

Diagnosis: {{Ewing sarcoma|OTHER_SARCOMA}}. CD99 strong membranous, NKX2.2 positive; EWSR1 break-apart FISH
positive; EWSR1::FLI1 fusion by NGS.
Comment: No osteoid is present; {{small cell osteosarcoma|OSTEOSARCOMA|neg}} is excluded by the fusion.
""")),
        ("2025-04-30", "end of therapy summary", False, clean("""
END OF THERAPY SUMMARY -- AYA Oncology                                   4/30/2025
Diagnosis: Ewing sarcoma of the left proximal fibula (EWSR1::FLI1), localized; staging
CT chest and PET at diagnosis showed no metastases.
Treatment: interval-compressed VDC/IE, 14 cycles, 6/2024 to 4/2025 (completed 4/22/2025);
proximal fibulectomy 9/2024 with wide margins and good histological response.
Toxicities: febrile neutropenia x3, all resolved. No cardiotoxicity (LVEF 60%).
Crohn's disease: quiescent on azathioprine throughout; she is also taking part in an
open-label IBD study run by the GI team.
Follow-up: CT chest every 3 months for 2 years.
""")),
        ("2026-03-09", "research study visit note", True, clean("""
IBD RESEARCH CLINIC -- UNSCHEDULED VISIT                            3/9/2026
Participant in the open-label extension of {{phase 3 study|INVESTIGATIONAL}} BRX-2301-CD (BRX-2301, an
{{investigational|INVESTIGATIONAL}} {{anti-IL-23|LOOKALIKE}} {{monoclonal antibody|MONOCLONAL_ANTIBODY}}, for moderate to severe {{Crohn's disease|AUTOIMMUNE_DISEASE}}). All
participants in the extension receive active drug. Last {{study injection|INVESTIGATIONAL}} 3/5/2026 (week 48).
Seen today for nausea. {{Urine pregnancy test|PREGNANCY_TEST}} positive; {{serum beta-hCG|PREGNANCY_TEST}} 8,420. LMP 1/28/2026.
Per the sponsor's rules the {{study drug|INVESTIGATIONAL|neg}} will not be given again; she stays in follow-up for the
{{pregnancy|PREGNANCY}} outcome. {{Azathioprine|IMMUNOSUPPRESSANT}} continues (GI and obstetrics agree).
""")),
        ("2026-03-20", "radiology report", True, clean("""
CT CHEST WITHOUT CONTRAST (abdominal shielding)                         3/20/2026
Clinical: {{19F|AGE}}, h/o {{Ewing sarcoma|OTHER_SARCOMA|hist}} L fibula (therapy completed 4/2025); about 7 weeks {{pregnant|PREGNANCY}}.
Surveillance; the request asks to r/o {{lung mets|LUNG_METASTASIS|unc}}.

Findings: No {{pulmonary nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}. Lungs clear.

IMPRESSION: No evidence of {{pulmonary metastases|LUNG_METASTASIS|neg}}.
""")),
        ("2026-03-27", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 3/27/2026 -- V. Castillo, CRC
- referral from the GI research team said "bone sarcoma, {{?osteosarcoma|OSTEOSARCOMA|unc}}"; chart shows {{EWING SARCOMA|OTHER_SARCOMA}}
  L fibula (EWSR1::FLI1, 6/2024) -> histology fails
- {{19 yo|AGE}} F; {{ECOG 1|ECOG}}
- {{VDC/IE|SYSTEMIC_THERAPY|hist}} completed 4/2025
- CT 3/20/26: no {{lung mets|LUNG_METASTASIS|neg}} -> fails
- {{pregnant|PREGNANCY}} (about 8 wk; positive {{hCG|PREGNANCY_TEST}} 3/9) -> fails
- {{Crohn's|AUTOIMMUNE_DISEASE}} on {{azathioprine|IMMUNOSUPPRESSANT}} (current) -> fails two exclusions
- {{infliximab|IMMUNOSUPPRESSANT}} grade 3 {{infusion reaction|ALLERGIC_REACTION}} / {{anaphylaxis|ALLERGIC_REACTION}} 2023 -> fails
- BRX-2301 {{study drug|INVESTIGATIONAL}} last dose 3/5/26 (25 days ago), within 4 wk -> fails
- NOT ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# PO23 -- UK man, first treated in Lagos; no age or DOB in any note (age and
#   performance unknown).  needs_review: prior systemic therapy unknown,
#   equivocal local recurrence on MRI, "SCT 2018" of unknown type, consented to
#   a phase I study with dosing unclear, indeterminate HIV screen.
# ---------------------------------------------------------------------------
add("PO23", "2026-05-26", "needs_review",
    "H=m LM=m R=m PST=u AGE=u PS=u PFT=m", "LR=u INV=u ALLO=u HIV=u",
    [
        ("2026-03-16", "radiology report", True, clean("""
CT THORAX WITH CONTRAST                                                 16/03/2026
Clinical: Previous {{osteosarcoma|OSTEOSARCOMA|hist}} L humerus (treated in Nigeria, 2024). New cough.

Findings: 17 mm LLL {{nodule|PULMONARY_NODULE}} and 8 mm RUL {{nodule|PULMONARY_NODULE}}, both peripheral. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.
Post-operative appearances of the left shoulder.

Conclusion: Two {{pulmonary nodules|PULMONARY_NODULE}}, suspicious for {{metastases|METASTASIS|unc}}; biopsy of the LLL {{lesion|PULMONARY_NODULE}} suggested.
""")),
        ("2026-04-02", "pathology report", True, clean("""
HISTOPATHOLOGY -- Mersey Vale Hospital                                  Reported 02/04/2026
Specimen: LLL lung {{lesion|PULMONARY_NODULE}}, CT-guided core biopsy (31/03/2026).

Diagnosis: {{Metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
Comment: Malignant osteoid deposited by pleomorphic cells; SATB2 positive; TTF-1 and
cytokeratin negative. Compatible with the reported humeral primary, although the original
slides from Lagos are not available for comparison.
""")),
        ("2026-04-20", "radiology report", True, clean("""
MRI LEFT HUMERUS WITH CONTRAST                                          20/04/2026
Clinical: {{osteosarcoma|OSTEOSARCOMA}} of the L proximal humerus resected in Lagos 2024 (endoprosthesis). New
{{lung metastases|LUNG_METASTASIS}}. Assess the primary site.

Findings: Extensive metal artefact. In the deltoid next to the prosthesis there is a 12 mm
nodular focus of intermediate signal with mild enhancement. No prior imaging for comparison.

IMPRESSION: Indeterminate nodular enhancement at the resection margin. {{Local recurrence|LOCAL_RECURRENCE|unc}}
cannot be excluded; post-surgical granulation tissue is the alternative. Suggest
ultrasound and biopsy.
""")),
        ("2026-05-06", "MDT outcome", True, clean("""
THORACIC MDT OUTCOME                                                    06/05/2026
Two {{lung metastases|LUNG_METASTASIS}} (LLL 17 mm, biopsy-proven; RUL 8 mm), both peripheral and {{resectable|RESECTABLE}}.
{{VATS wedge resections|LUNG_RESECTION|hyp}} recommended (staged or single-stage bilateral).
{{PFTs|PULMONARY_FUNCTION}} 29/04: {{FEV1 88%|PULMONARY_FUNCTION}}, {{TLCO 81%|PULMONARY_FUNCTION}} -- adequate. {{WHO PS 1|ECOG}}.
Note: any {{systemic treatment|SYSTEMIC_THERAPY|unc}} given in Nigeria is unknown -- records requested via the family.
""")),
        ("2026-05-26", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 26/05/2026 -- O. Mensah, research nurse
* Mr A.O., {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} (LLL core 31/03/26); primary L humerus resected in Lagos 2024
* age: NOT documented -- the referral letter has no date of birth and registration details are
  incomplete (temporary resident); {{WHO PS 1|ECOG}} on file but the scale depends on age
* lungs: 2 {{mets|METASTASIS}}, {{resectable|RESECTABLE}}; {{PFTs|PULMONARY_FUNCTION}} adequate
* prior {{systemic therapy|SYSTEMIC_THERAPY|unc}}: unknown -- Lagos records not received
* MRI humerus: ?{{local recurrence|LOCAL_RECURRENCE|unc}} -- ultrasound / biopsy booked 02/06
* PMH in the referral letter: "{{SCT|TRANSPLANT|hist}} 2018" -- {{stem cell transplant|TRANSPLANT|hist}}, type and indication unknown;
  patient describes "a stem cell procedure for a blood problem" as a teenager
* consented to a {{phase I study|INVESTIGATIONAL|unc}} at St Columba's in April; unclear whether any
  {{study drug|INVESTIGATIONAL|unc}} was given -- their research office emailed
* {{HIV screen|HIV|unc}} 12/05: indeterminate (weakly reactive Ag/Ab, p24 negative); confirmatory test pending
* HOLD
""")),
    ])

# ---------------------------------------------------------------------------
# PO24 -- 58 F, extraskeletal OS of the thigh, solitary LLL metastasis.
#   Eligible.  Corneal transplant with prednisolone eye drops (OS = left eye),
#   RA off methotrexate since 06/2021, papillary thyroid cancer 2019 (> 5 y) on
#   levothyroxine, non-live vaccines only.
# ---------------------------------------------------------------------------
add("PO24", "2025-12-15", "eligible",
    "H=m LM=m R=m PST=m AGE=m PS=m PFT=m", "",
    [
        ("2024-03-26", "pathology report", True, clean("""
SURGICAL PATHOLOGY -- Greenbriar University Hospital                     3/26/2024
Specimen: Right thigh soft-tissue mass, core needle biopsy (3/22/2024).
Clinical: {{56 yo|AGE}} F with an 8 cm deep thigh mass, separate from the femur on MRI.

Diagnosis: {{Extraskeletal osteosarcoma|OSTEOSARCOMA}}, high grade.
Comment: Malignant osteoid produced by tumor cells in a soft-tissue mass separate from bone;
MDM2 not amplified.
""")),
        ("2025-10-20", "radiology report", True, clean("""
CT CHEST WITH CONTRAST                                                 10/20/2025
Clinical: {{extraskeletal osteosarcoma|OSTEOSARCOMA}} R thigh, s/p resection and {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|hist}} 2024.

Findings: New 13 mm solid {{nodule|PULMONARY_NODULE}} in the superior segment of the LLL, peripheral, with a small
focus of calcification. No other {{nodules|PULMONARY_NODULE|neg}}. No {{pleural effusion|PLEURAL_EFFUSION|neg}}.

IMPRESSION: New calcified LLL {{nodule|PULMONARY_NODULE}}, consistent with a {{metastasis|METASTASIS}} from {{osteosarcoma|OSTEOSARCOMA}}.
""")),
        ("2025-11-10", "ophthalmology note", True, clean("""
OPHTHALMOLOGY -- CORNEA CLINIC                                         11/10/2025
{{58 yo|AGE}} F, s/p penetrating keratoplasty ({{corneal transplant|TRANSPLANT|hist}}) OD in 2018 for keratoconus. Cornea clear.
VA 20/30 OD, 20/25 {{OS|LOOKALIKE}}. IOP 14 OD, 15 {{OS|LOOKALIKE}}.
Meds: {{prednisolone acetate 1% eye drops|LOCAL_STEROID}} OD once daily (long-term rejection prophylaxis).
Plan: continue as is; no objection to the planned lung surgery; return in 6 months.
""")),
        ("2025-11-24", "consultation note", True, clean("""
THORACIC SURGERY CONSULTATION                                          11/24/2025
{{58-year-old|AGE}} woman with {{extraskeletal osteosarcoma|OSTEOSARCOMA}} of the right thigh, treated in 2024, now with a
solitary 13 mm {{LLL metastasis|LUNG_METASTASIS}}. It is peripheral and {{resectable|RESECTABLE}}; I recommend a
{{VATS wedge resection|LUNG_RESECTION|hyp}}. {{PFTs|PULMONARY_FUNCTION}} 11/20: {{FEV1 90%|PULMONARY_FUNCTION}}, {{DLCO 87%|PULMONARY_FUNCTION}} -- adequate. {{ECOG 1|ECOG}} ({{KPS 80|KARNOFSKY}}).
PMH: {{rheumatoid arthritis|AUTOIMMUNE_DISEASE|hist}}, in remission, off {{methotrexate|IMMUNOSUPPRESSANT|hist}} since 06/2021 with no other
{{DMARD|DMARD|neg}} or {{steroid|SYSTEMIC_STEROID|neg}} since; {{papillary thyroid cancer|OTHER_MALIGNANCY|hist}} 2019, s/p total thyroidectomy and
RAI, on {{levothyroxine|REPLACEMENT_THERAPY}}; {{corneal transplant|TRANSPLANT|hist}} OD 2018.
""")),
        ("2025-12-08", "pharmacy medication reconciliation", True, clean("""
ONCOLOGY PHARMACY -- MEDICATION RECONCILIATION                          12/8/2025
MEDICATION                                        STATUS         COMMENT
{{levothyroxine|REPLACEMENT_THERAPY}} 112 mcg PO daily                   active         post-thyroidectomy
{{prednisolone acetate 1% ophthalmic|LOCAL_STEROID}}, 1 drop OD daily   active         {{corneal graft|TRANSPLANT}}; ocular use
{{methotrexate|IMMUNOSUPPRESSANT|hist}} 15 mg PO weekly                    discontinued   {{RA|AUTOIMMUNE_DISEASE|hist}}; stopped 06/2021
folic acid 1 mg PO daily                          discontinued   06/2021
{{hydroxychloroquine|DMARD|hist}}                                discontinued   2020
calcium / vitamin D                               active
Vaccines: {{Shingrix|NONLIVE_VACCINE}} x2 (2023); {{inactivated influenza|NONLIVE_VACCINE}} 10/2025; {{COVID-19 mRNA|NONLIVE_VACCINE}} 10/2025.
{{Chemotherapy|SYSTEMIC_THERAPY|hist}}: {{doxorubicin/cisplatin x6|SYSTEMIC_THERAPY|hist}}, completed 9/2024.
""")),
        ("2025-12-15", "research pre-screening log", True, clean("""
PROMIS pre-screen -- 12/15/2025 -- L. Moreau, CRC
- {{58F|AGE}}, {{extraskeletal osteosarcoma|OSTEOSARCOMA}} (a recognised subtype)
- {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|hist}} completed 9/2024
- solitary LLL {{met|METASTASIS}}, {{resectable|RESECTABLE}}, {{VATS wedge|LUNG_RESECTION|hyp}} recommended; {{PFTs|PULMONARY_FUNCTION}} adequate; {{ECOG 1|ECOG}}
- {{papillary thyroid ca|OTHER_MALIGNANCY|hist}} 2019 -> more than 5 y, OK
- {{RA|AUTOIMMUNE_DISEASE}}: off {{methotrexate|IMMUNOSUPPRESSANT|hist}} since 06/2021, no systemic treatment within 2 y, OK
- {{corneal transplant|TRANSPLANT}} (excepted) + {{prednisolone eye drops|LOCAL_STEROID}} (local)
- {{Shingrix|NONLIVE_VACCINE}}, {{flu shot|NONLIVE_VACCINE}}, {{COVID mRNA|NONLIVE_VACCINE}} -- none live
- ELIGIBLE
""")),
    ])

# ---------------------------------------------------------------------------
# Build, check, write.
# ---------------------------------------------------------------------------
def main():
    lo, hi = date(2025, 6, 1), date(2026, 11, 30)
    ids = [p["patient_id"] for p in PATIENTS]
    assert ids == ["PO%02d" % i for i in range(1, 25)], ids
    notes_out, pats_out = [], []
    n_ann = n_spans = 0
    for p in PATIENTS:
        as_of = date.fromisoformat(p["as_of"])
        assert lo <= as_of <= hi, p["patient_id"]
        assert 3 <= len(p["notes"]) <= 8, p["patient_id"]
        assert derive_status(p["criteria"]) == p["status"], (
            p["patient_id"], derive_status(p["criteria"]), p["status"])
        prev = None
        for i, (d, ntype, annotated, raw) in enumerate(p["notes"], 1):
            nd = date.fromisoformat(d)
            assert nd <= as_of, (p["patient_id"], i)
            assert prev is None or nd >= prev, (p["patient_id"], i, "order")
            prev = nd
            text, spans = parse(raw)
            if annotated:
                assert spans, (p["patient_id"], i, "annotated note without spans")
                n_ann += 1
                n_spans += len(spans)
            else:
                assert "{{" not in raw, (p["patient_id"], i)
                spans = []
            words = len(text.split())
            assert 38 <= words <= 900, (p["patient_id"], i, words)
            notes_out.append({
                "patient_id": p["patient_id"],
                "note_id": "%s-N%d" % (p["patient_id"], i),
                "note_date": d,
                "note_type": ntype,
                "text": text,
                "spans": spans,
            })
        pats_out.append({"patient_id": p["patient_id"], "as_of": p["as_of"],
                         "status": p["status"], "criteria": p["criteria"]})
    assert n_ann * 2 >= len(notes_out), "at least half the notes must be annotated"

    # coverage: every criterion >= 3 met, >= 3 not_met, >= 2 unknown
    table = {}
    for _, cid in INCLUSIONS + EXCLUSIONS:
        vals = [p["criteria"][cid] for p in pats_out]
        table[cid] = (vals.count("met"), vals.count("not_met"), vals.count("unknown"))
        m, n, u = table[cid]
        assert m >= 3 and n >= 3 and u >= 2, (cid, table[cid])

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "notes.jsonl"), "w", encoding="utf-8") as f:
        for n in notes_out:
            f.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "patients.jsonl"), "w", encoding="utf-8") as f:
        for p in pats_out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

    statuses = [p["status"] for p in pats_out]
    print("part O: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(pats_out), len(notes_out), n_ann, n_spans))
    print("status: eligible %d, excluded %d, needs_review %d"
          % (statuses.count("eligible"), statuses.count("excluded"),
             statuses.count("needs_review")))
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for _, cid in INCLUSIONS + EXCLUSIONS:
        m, n, u = table[cid]
        print("%-30s %5d %8d %8d" % (cid, m, n, u))


if __name__ == "__main__":
    main()
