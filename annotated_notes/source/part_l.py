#!/usr/bin/env python3
"""Gold corpus part L (independent author).

North American community oncology / cancer-centre traffic: telehealth visits, nurse-navigator
notes, prior-authorization letters, coordinator<->investigator e-mails, PRO questionnaires,
infusion nursing, ED triage, bilingual Quebec notes, survivorship plans, pharmacy oral-chemo notes.

Inline markup: {{phrase|LABEL}} or {{phrase|LABEL|flags}}; flags letters:
n=negated u=uncertain h=historical y=hypothetical f=family.
Stdlib only.  Run from the repository root: python3 annotated_notes/source/part_l.py
"""
import json
import os
import re
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "parts", "l")

INCL = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
        "prior_systemic_therapy", "age_eligible", "performance_status",
        "pulmonary_function_adequate"]
EXCL = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
        "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
        "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
        "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
        "live_vaccine_30d", "pregnant_or_lactating"]
SHORT = {
    "histo": "osteosarcoma_histology", "pulmets": "pulmonary_metastases",
    "resect": "resectable_nodules", "priorsys": "prior_systemic_therapy",
    "age": "age_eligible", "perf": "performance_status", "pft": "pulmonary_function_adequate",
    "localrec": "active_local_recurrence", "mpe": "malignant_pleural_effusion",
    "gem": "prior_gemcitabine", "othermal": "other_malignancy_5y",
    "invest": "investigational_agent_4w", "cpi": "prior_checkpoint_inhibitor",
    "immunomod": "immunomodulator_2w", "autoimm": "autoimmune_systemic_2y",
    "steroids": "systemic_steroids_7d", "allo": "allogeneic_transplant",
    "mab": "mab_allergy", "tox": "unresolved_toxicity", "hiv": "hiv",
    "livevax": "live_vaccine_30d", "preg": "pregnant_or_lactating",
}
VAL = {"M": "met", "N": "not_met", "U": "unknown"}
FLAGS = {"n": "negated", "u": "uncertain", "h": "historical", "y": "hypothetical", "f": "family"}

with open("patterns/concepts.json") as fh:
    LABELS = {c["id"] for c in json.load(fh)["concepts"]}

MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([a-z]*))?\}\}")

PATIENTS = []
_cur = None


def days(a, b):
    """days from date string a to date string b"""
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def P(pid, as_of, status, verdicts, what=""):
    """Start a patient. verdicts: 'histo=M pulmets=U ...'; inclusions default met,
    exclusions default not_met."""
    global _cur
    crit = {c: "met" for c in INCL}
    crit.update({c: "not_met" for c in EXCL})
    for tok in verdicts.split():
        k, v = tok.split("=")
        crit[SHORT[k]] = VAL[v]
    _cur = {"patient_id": pid, "as_of": as_of, "status": status, "criteria": crit,
            "notes": [], "what": what}
    PATIENTS.append(_cur)


def N(note_date, note_type, text):
    text = text.strip("\n")
    spans = []
    out = []
    pos = 0
    last = 0
    for m in MARK.finditer(text):
        out.append(text[last:m.start()])
        pos += m.start() - last
        phrase, label, fl = m.group(1), m.group(2), m.group(3) or ""
        assert label in LABELS, (label, phrase)
        for ch in fl:
            assert ch in FLAGS, (fl, phrase)
        span = {"start": pos, "end": pos + len(phrase), "label": label}
        for ch, name in FLAGS.items():
            span[name] = ch in fl
        spans.append((span, phrase))
        out.append(phrase)
        pos += len(phrase)
        last = m.end()
    out.append(text[last:])
    plain = "".join(out)
    assert "{{" not in plain and "}}" not in plain, plain[:200]
    for span, phrase in spans:
        assert plain[span["start"]:span["end"]] == phrase
    n = len(_cur["notes"]) + 1
    _cur["notes"].append({
        "patient_id": _cur["patient_id"],
        "note_id": "%s-N%d" % (_cur["patient_id"], n),
        "note_date": note_date,
        "note_type": note_type,
        "text": plain,
        "spans": [s for s, _ in spans],
    })

# ---------------------------------------------------------------------------
# PL01 - 17 y/o male, Montreal, bilingual chart; straightforward eligible.
P("PL01", "2026-03-16", "eligible", "",
  "bilingual FR/EN; negations in French; mother's breast cancer; inactivated flu shot")
N("2026-01-12", "nurse navigator note", """
Note de l'infirmière pivot en oncologie / Oncology nurse-navigator note
CHU Sainte-Aurèle, Montréal — clinique des sarcomes

Patient : Olivier B.   {{Date de naissance : 2008-07-14|DOB}}   ({{17 ans|AGE}})
Historien : le père (français), patient présent, répond en anglais.

Diagnostic : {{ostéosarcome ostéoblastique|OSTEOSARCOMA}} du fémur distal gauche, biopsie du 2024-03-05.
Traitement antérieur : a complété la {{chimiothérapie MAP|SYSTEMIC_THERAPY|h}} en 10/2024, résection large avec prothèse.
Scan thoracique du 2026-01-06 : deux {{nodules|PULMONARY_NODULE}} au lobe inférieur droit (9 mm et 6 mm), compatibles avec des {{métastases pulmonaires|LUNG_METASTASIS}}. Pas d'{{épanchement pleural|PLEURAL_EFFUSION|n}}.
Antécédents familiaux : mère, {{cancer du sein|OTHER_MALIGNANCY|f}} en 2019, en rémission.
Vaccins : {{vaccin antigrippal inactivé|NONLIVE_VACCINE}} le 2025-10-20 (pharmacie).
Aucun antécédent de {{VIH|HIV|n}}. Aucune allergie connue.

Plan (EN): booked thoracic surgery consult at Hôpital du Mont-Royal; pre-screen referral sent to the research office.
Father asked that written material be sent in French. — M.-C. Lavoie, inf. pivot
""")
N("2026-02-02", "telehealth video visit", """
TELEHEALTH VIDEO VISIT (patient at home in Laval, consented to video). Sarcoma medical oncology.
17 y/o M with osteoblastic osteosarcoma of the left distal femur, diagnosed 03/2024, treated with
MAP (high-dose methotrexate, doxorubicin, cisplatin) completed 10/2024 and limb-salvage resection
with good necrosis (96%). Surveillance CT chest 2026-01-06 shows two new RLL nodules, 9 and 6 mm,
interval growth from 10/2025, felt to represent pulmonary metastases.
Feels well, back at CEGEP, plays basketball recreationally. No cough, no hemoptysis.
Last audiogram 11/2025 normal. No neuropathy. ECOG 0.
Meds: none regular. Acetaminophen prn.
Discussed options: metastasectomy alone vs. the PROMIS study (SBRT with penpulimab and
gemcitabine before metastasectomy). Family interested. Will await thoracic surgery opinion.
Video quality adequate; visit 25 min. — Dr. A. Turcotte
""")
N("2026-02-20", "thoracic surgery consult", """
THORACIC SURGERY CONSULTATION — Hôpital du Mont-Royal
Referred for: RLL {{nodules|PULMONARY_NODULE}}, {{history of osteosarcoma|OSTEOSARCOMA|h}} of the left femur.
HPI: {{17-year-old|AGE}} male, completed {{MAP chemotherapy|SYSTEMIC_THERAPY|h}} 10/2024. Two peripheral RLL {{nodules|PULMONARY_NODULE}} (9 mm, 6 mm) on CT 2026-01-06, consistent with {{metastases|METASTASIS}}. No hilar adenopathy, no {{pleural effusion|PLEURAL_EFFUSION|n}}.
{{PFTs|PULMONARY_FUNCTION}} 2026-02-18: {{FEV1 94% predicted|PULMONARY_FUNCTION}}, {{DLCO 88% predicted|PULMONARY_FUNCTION}}.
Exam: fit young man, {{ECOG 0|ECOG}}.
Impression: both {{lesions|PULMONARY_NODULE}} are peripheral and {{resectable|RESECTABLE}} by VATS {{wedge resection|LUNG_RESECTION}}. Pulmonary reserve is excellent; {{cleared for thoracic surgery|PULMONARY_FUNCTION}}.
If he enrols in the neoadjuvant {{study|INVESTIGATIONAL|y}}, surgery would follow the SBRT/immunotherapy phase; otherwise we can proceed in March. — Dr. P. Okafor
""")
N("2026-03-13", "trial eligibility e-mail", """
From: Julie Ng (research coordinator)
To: Dr. A. Turcotte (site PI)
Subject: PROMIS pre-screen — O.B., CHU Ste-Aurèle

Hi Dr. Turcotte,
Pre-screen summary for O.B. before the consent visit Monday 03/16:
- {{17yo|AGE}} M, {{DOB 2008-07-14|DOB}}
- {{osteosarcoma|OSTEOSARCOMA}}, L distal femur, path 2024-03-05
- {{MAP|SYSTEMIC_THERAPY|h}} completed 10/2024; no {{gemcitabine|GEMCITABINE|n}} and no {{PD-1|CHECKPOINT_INHIBITOR|n}} agents ever
- 2 RLL {{mets|METASTASIS}}, Dr. Okafor calls them {{resectable|RESECTABLE}} ({{wedge|LUNG_RESECTION}}), {{PFTs adequate|PULMONARY_FUNCTION}}
- {{ECOG 0|ECOG}}
- {{HIV|HIV|n}} Ab non-reactive 2026-02-18; no other medications; last vaccine was the October {{flu shot|NONLIVE_VACCINE|h}}
If eligible he would start SBRT with {{penpulimab|CHECKPOINT_INHIBITOR|y}} and {{gemcitabine|GEMCITABINE|y}} cycle 1 in April.
Thanks, Julie
""")

N("2026-03-16", "research consent visit", """
PROMIS consent visit (in person, French consent form). Patient (17) assented, father consented.
Questions answered about SBRT, penpulimab infusions, gemcitabine days 1 and 8 and the timing of
surgery. ECOG 0. Screening labs drawn. Copy of signed forms given to family. — J. Ng, CRC
Father asked about parking vouchers and school letters for the SBRT weeks; both provided. Next: simulation CT booked 03/24 if screening labs are acceptable; research pharmacy notified of a tentative start date. Interpreter not required; family prefers French for written material.
""")

# ---------------------------------------------------------------------------
# PL02 - 15 y/o girl; indeterminate nodules, unsampled effusion, pending hCG, outside study.
P("PL02", "2026-06-22", "needs_review",
  "pulmets=U resect=U pft=U perf=U mpe=U preg=U invest=U",
  "15 y/o with ECOG only (needs Lansky); 3 mm indeterminate nodules; effusion not characterised; "
  "possible pregnancy with hCG pending; consented to an outside phase I study, dosing unclear")
N("2026-05-28", "new patient consult (transfer)", """
PEDIATRIC ONCOLOGY — NEW PATIENT (transfer of care from Mercy Children's, Toledo)
Historian: patient and her aunt (legal guardian since 2024).
{{15 y/o|AGE}} F with conventional {{osteosarcoma|OSTEOSARCOMA}} of the right proximal tibia, biopsy 2024-11-19 at Mercy. Received {{neoadjuvant MAP|SYSTEMIC_THERAPY|h}} x2 cycles, resection 02/2025 (necrosis 70%), then {{adjuvant MAP|SYSTEMIC_THERAPY|h}} completed 07/2025.
Restaging CT chest 2026-05-20: three {{nodules|PULMONARY_NODULE}} in the left lung, largest 3 mm, "indeterminate, too small to characterize; short-interval follow-up suggested". Also a small right {{pleural effusion|PLEURAL_EFFUSION}}, not present 01/2026; not sampled.
Aunt reports she "signed papers for a {{study|INVESTIGATIONAL|u}}" at Mercy on 06/08 — phase I, name unknown; unclear whether any {{study drug|INVESTIGATIONAL|u}} was given before the move. Release of information sent.
{{ECOG 1|ECOG}}. Walks with a slight limp, back in school.
Plan: repeat CT in 6 weeks, labs, records from Mercy. Discuss PROMIS only if the {{nodules|PULMONARY_NODULE}} declare themselves.
""")
N("2026-06-10", "nursing telephone note", """
RN phone call. Aunt called: Maya had nausea x3 days, no vomiting, tolerating fluids. LMP "about
7 weeks ago", patient confirms she is sexually active. Advised to come in for a urine pregnancy
test and labs on 06/12. No fever. Reinforced contraception counselling. — K. Dubois RN
Aunt also asked whether Maya can travel to her cousin's graduation in Detroit next week; advised to wait until the clinic visit. Confirmed pharmacy for antiemetic: ondansetron 4 mg prn sent to the Walgreens on Monroe St. Callback number verified. Aunt verbalized understanding of when to go to the ED (persistent vomiting, fever ≥38.3, bleeding).
""")
N("2026-06-12", "clinic note", """
Follow-up. {{15 y/o|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} R tibia, {{s/p MAP|SYSTEMIC_THERAPY|h}}.
Nausea improving. Possible {{early pregnancy|PREGNANCY|u}}: urine {{hCG|PREGNANCY_TEST|u}} faintly positive vs. evaporation line, serum {{beta-hCG|PREGNANCY_TEST|u}} sent, result pending at time of note.
Lungs: known 3 mm left {{nodules|PULMONARY_NODULE}}, still indeterminate; small right {{effusion|PLEURAL_EFFUSION}} — no thoracentesis planned yet.
Performance: {{ECOG 1|ECOG}}.
Mercy records still not received re the outside {{phase I study|INVESTIGATIONAL|u}}.
Plan: call with serum result; social work to see aunt and patient; CT chest 07/2026.
""")
N("2026-06-19", "trial eligibility e-mail", """
From: research coordinator  To: Dr. H. Bell (PI)
Re: PROMIS — M.R.
Can't screen her yet: nodules indeterminate, effusion not characterized, serum hCG still not
resulted (lab says sample hemolyzed, redrawn 6/18), and we don't know whether she was dosed on
the Mercy phase I. No Lansky score in the chart, only ECOG. I'll hold her in the pending log.
""")

# ---------------------------------------------------------------------------
# PL03 - 67 y/o kidney-transplant recipient with urothelial cancer; OS of pelvis in Paget's.
P("PL03", "2025-07-28", "excluded",
  "resect=N age=N perf=N pft=N othermal=M steroids=M allo=M gem=M mpe=M",
  "age 67; ECOG 3; FEV1 38% not a surgical candidate; central nodule needs pneumonectomy; "
  "gemcitabine given for bladder cancer still counts; deceased-donor kidney; tacrolimus+prednisone; malignant effusion")
N("2025-06-30", "medical oncology consult", """
MEDICAL ONCOLOGY. Riverbend Regional {{Cancer Program|LOOKALIKE}}.
{{67-year-old|AGE}} man referred with {{osteosarcoma|OSTEOSARCOMA}} arising in Paget disease of the left ilium (biopsy 2024-06-11), treated with {{doxorubicin|SYSTEMIC_THERAPY|h}} x4 cycles 2024 ({{cisplatin|SYSTEMIC_THERAPY|n}} avoided because of the graft), now with bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
PMH:
- ESRD from polycystic kidney disease; deceased-donor {{kidney transplant|TRANSPLANT}} 2010, on {{tacrolimus|IMMUNOSUPPRESSANT}} 3 mg bid and {{prednisone|SYSTEMIC_STEROID}} 5 mg daily
- {{urothelial carcinoma|OTHER_MALIGNANCY}} of the bladder, TURBT 2023-03-14, treated with {{gemcitabine/cisplatin|GEMCITABINE|h}} x4 (reduced dose), cystoscopy clear 05/2025
- COPD GOLD 3, home O2 at night; {{budesonide/formoterol inhaler|LOCAL_STEROID}}
Functional status: mostly chair-bound since a fall in April, needs help bathing. {{ECOG 3|ECOG}}.
Assessment: poor candidate for any aggressive approach. Will ask thoracic surgery for an opinion on the dominant right hilar {{lesion|PULMONARY_NODULE}}.
""")
N("2025-07-15", "thoracic surgery consult", """
Thoracic surgery. {{67M|AGE}}, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}.
CT: 3.1 cm right lower lobe {{mass|PULMONARY_NODULE}} abutting the {{right main stem bronchus|CENTRAL_STRUCTURE}} and the {{interlobar pulmonary artery|CENTRAL_STRUCTURE}}, plus four smaller left-sided {{nodules|PULMONARY_NODULE}}. Complete removal would require a right {{pneumonectomy|PNEUMONECTOMY}}; the {{nodules|PULMONARY_NODULE}} are {{not resectable|UNRESECTABLE}} with lung-sparing surgery.
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1 0.98 L (38% predicted)|PULMONARY_FUNCTION}}, {{DLCO 35%|PULMONARY_FUNCTION}}. {{Insufficient pulmonary reserve|PULMONARY_FUNCTION}}; {{not a surgical candidate because of lung function|PULMONARY_FUNCTION}} either way.
Moderate right {{pleural effusion|PLEURAL_EFFUSION}} with nodular pleural thickening; thoracentesis 07/10: cytology {{positive for malignant cells|MALIGNANT_EFFUSION}} — {{malignant pleural effusion|MALIGNANT_EFFUSION}}.
Recommend systemic / palliative options.
""")
N("2025-07-25", "pharmacy medication reconciliation", """
Outpatient pharmacy med rec (pre-visit). Current: tacrolimus 3 mg PO bid (level 6.1), prednisone
5 mg PO daily (long-term, graft), mycophenolate stopped 2023 at bladder cancer diagnosis,
budesonide/formoterol 200/6 2 puffs bid, tiotropium, amlodipine, calcium/vit D, pantoprazole.
No oral chemotherapy. Flag for oncology: chronic immunosuppression for renal allograft.
Adherence: daughter fills weekly pill organiser; no missed tacrolimus doses by her report. Interactions reviewed: azole antifungals and macrolides would raise tacrolimus levels — transplant pharmacist to be called before any new anti-infective. Renal dosing flag placed in chart (eGFR 38). Allergies: sulfa (rash).
""")

N("2025-07-28", "telehealth video visit", """
Palliative care telehealth (video; daughter joined from Ottawa). Discussed thoracic surgery
opinion: right-sided disease would need a pneumonectomy and his lungs could not tolerate it.
Mostly in a recliner, needs help with bathing (ECOG 3). He and daughter prefer comfort-focused
care; not interested in trials. Transplant team to continue tacrolimus/prednisone.
""")

# ---------------------------------------------------------------------------
# PL04 - 14 y/o girl in foster care; MMR catch-up 31 days before as_of; outside screen failure.
P("PL04", "2026-05-04", "eligible", "",
  "foster parent historian; Lansky 80 at 14; MMR catch-up exactly 31 days before as_of; "
  "consented to outside study but screen-failed; inhaled fluticasone; negative hCG")
N("2026-03-30", "clinic note", """
PEDIATRIC BONE TUMOUR CLINIC. Historian: foster mother (placement since 01/2026) and the patient;
DCFS caseworker consent on file.
{{14 y/o|AGE}} F, {{DOB 09/30/2011|DOB}}, with {{osteosarcoma|OSTEOSARCOMA}} of the left proximal tibia diagnosed 04/2024 at Prairie Children's, treated with {{MAP|SYSTEMIC_THERAPY|h}} (completed 11/2024) and rotationplasty.
Relapse: CT 2026-03-18 shows two left upper lobe {{nodules|PULMONARY_NODULE}} (7 and 11 mm), new, consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
At Prairie Children's in 02/2026 she consented to a phase II {{study|INVESTIGATIONAL|n}} but was a screen failure (ANC too low) and never received {{study drug|INVESTIGATIONAL|n}} — confirmed by their research office letter 03/2026.
Asthma: {{fluticasone inhaler|LOCAL_STEROID}} 110 mcg bid, albuterol prn.
Immunizations: post-{{chemotherapy|SYSTEMIC_THERAPY|h}} revaccination in progress per ID; {{MMR|LIVE_VACCINE|y}} booster due at the April visit.
{{Lansky 80|LANSKY}} — runs with the prosthesis, skips gym class.
""")
N("2026-04-03", "immunization record", """
Vaccine administration record. Pediatric clinic, RN J. Alvarez.
2026-04-03: MMR II 0.5 mL SC, left arm, lot Z118, VIS given to foster mother.
2026-04-03: Tdap 0.5 mL IM, right deltoid.
Observed 15 min, no reaction.
Consent for immunization signed by caseworker (standing order on file). Next doses per post-chemotherapy catch-up schedule: varicella to be discussed with ID at the 3-month mark, HPV #2 in 6 months. Yellow card updated and copy given to foster mother.
""")
N("2026-04-22", "tumour board summary", """
Bone tumour multidisciplinary board 2026-04-22.
Case: {{14yo|AGE}} F, relapsed {{osteosarcoma|OSTEOSARCOMA}}, two LUL {{nodules|PULMONARY_NODULE}}.
Consensus: both {{nodules|PULMONARY_NODULE}} peripheral and {{resectable|RESECTABLE}}; {{LUL wedge resections|LUNG_RESECTION}} by thoracotomy recommended (palpation). {{PFTs|PULMONARY_FUNCTION}} 04/20 normal for age, {{adequate for thoracotomy|PULMONARY_FUNCTION}}.
Prior therapy: {{MAP|SYSTEMIC_THERAPY|h}} only; no {{gemcitabine|GEMCITABINE|n}}, no {{immunotherapy|CHECKPOINT_INHIBITOR|n}}.
Option of PROMIS discussed ({{SBRT + penpulimab|CHECKPOINT_INHIBITOR|y}}, {{GP regimen|GEMCITABINE|y}}, then {{metastasectomy|LUNG_RESECTION|y}}).
""")
N("2026-05-01", "clinic note", """
Pre-screen visit. Foster mother present. {{Lansky 80|LANSKY}}. Urine {{hCG|PREGNANCY_TEST|n}} negative today. {{HIV|HIV|n}} 1/2 Ag/Ab non-reactive (04/20).
No {{mucositis|TOXICITY|n}}, no {{neuropathy|TOXICITY|n}}; audiogram 04/2026 normal.
Meds: {{fluticasone|LOCAL_STEROID}} inhaler, albuterol prn, multivitamin. Last {{MMR|LIVE_VACCINE|h}} on 04/03.
Plan: consent discussion with caseworker and foster mother 05/04.
""")
# ---------------------------------------------------------------------------
# PL05 - adult, age never documented; histology "favour osteosarcoma", review pending;
# nivolumab with response not documented; SCT type unknown; Crohn's "biologic".
P("PL05", "2025-08-18", "needs_review",
  "histo=U age=U perf=U cpi=U allo=U autoimm=U steroids=U",
  "no age anywhere; histology favoured not confirmed; nivolumab response not documented; "
  "'stem cell transplant' type unknown after Hodgkin 2014; Crohn's on unnamed biologic, dates unknown")
N("2025-06-16", "referral letter", """
Lakeview Community Oncology — referral to Sarcoma Program, Northshore Cancer Centre

Dear colleague,
Thank you for seeing this adult gentleman with a high-grade spindle cell sarcoma of the right
femur diagnosed in 2023, favoured to be osteosarcoma, treated here with doxorubicin/ifosfamide
x6 and wide resection. He then received nivolumab at another institution in 2024 (records
attached only in part). He now has multiple bilateral pulmonary metastases. Past history
includes Hodgkin lymphoma in 2014 treated with chemotherapy and a stem cell transplant in 2016,
and Crohn's disease. He moved to be closer to his daughter.
Sincerely, Dr. R. Sandhu
""")
N("2025-07-07", "sarcoma new patient note", """
MUSCULOSKELETAL ONCOLOGY NEW PATIENT — Northshore {{Cancer Centre|LOOKALIKE}}
Primary: {{high-grade spindle cell sarcoma|OTHER_SARCOMA|u}} of the right distal femur (outside biopsy 2023-02); outside pathology "favour {{osteosarcoma|OSTEOSARCOMA|u}}; focal osteoid vs. hyalinised collagen". Slides requested for our expert review — pending.
Treatment: {{doxorubicin/ifosfamide|SYSTEMIC_THERAPY|h}} x6 (2023), wide resection with endoprosthesis (margins negative). {{Nivolumab|CHECKPOINT_INHIBITOR|h}} 2024 at St. Brendan's, number of doses and {{best response|TUMOR_RESPONSE|u}} not documented in what we have; CT 01/2025 then showed {{progression|TUMOR_RESPONSE}} in the lungs.
PMH: {{Hodgkin lymphoma|OTHER_MALIGNANCY|h}} 2014 ({{ABVD|SYSTEMIC_THERAPY|h}}), {{stem cell transplant|TRANSPLANT|h}} 2016 — type not stated in the letter. {{Crohn's disease|AUTOIMMUNE_DISEASE}}: patient says he "was on {{a biologic|DMARD|h}}", cannot recall the name or when it was stopped; GI records requested.
Imaging 2025-06-28: six bilateral {{pulmonary metastases|LUNG_METASTASIS}}, largest 14 mm, all peripheral. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
Performance: {{ECOG 1|ECOG}}.
Plan: path review, thoracic surgery, GI records, St. Brendan's records.
""")
N("2025-07-30", "tumour board summary", """
Thoracic oncology tumour board 2025-07-30.
Six peripheral {{nodules|PULMONARY_NODULE}}, all {{resectable|RESECTABLE}}; recommend staged bilateral {{wedge resections|LUNG_RESECTION}}. {{PFTs|PULMONARY_FUNCTION}} 07/22: {{FEV1 88%|PULMONARY_FUNCTION}}, {{DLCO 79%|PULMONARY_FUNCTION}} — {{adequate|PULMONARY_FUNCTION}}.
Pathology review of the primary still outstanding (second block requested from Lakeview).
""")
N("2025-08-14", "trial eligibility e-mail", """
From: S. Moreau (CRC)  To: Dr. L. Cheng (PI)
Subject: PROMIS — screening status, pt from Lakeview
Sticking points for this one:
1) Histology: still "favour OS" — no final call from our pathologist yet.
2) Age: there is no DOB or age anywhere in the transferred packet or our notes (registration
   did the chart under a temporary MRN). ECOG 1 documented.
3) Nivolumab 2024 — St. Brendan's sent infusion records only, no restaging reports, so no idea
   whether he ever responded before the 01/2025 progression.
4) The 2016 transplant for Hodgkin — auto or allo? Not stated anywhere.
5) Crohn's "biologic" — unnamed, stop date unknown.
Keeping him as pending.
""")

N("2025-08-18", "pathology interim note", """
Pathology — interim note on outside case (Lakeview 2023 femur). Second block received 08/15;
SATB2 and MDM2 FISH in progress. Still cannot confirm osteoid. Final report expected in ~10 days.
Oncology informed by phone (Dr. Cheng). Case to be shown at the bone pathology consensus conference after the stains are back; the referring pathologist has agreed to send the remaining block and the original gross description. No change in the working diagnosis in the interim.
""")

# ---------------------------------------------------------------------------
# PL06 - 29 y/o man; "small cell osteosarcoma" amended to Ewing; on phase I; malignant effusion.
P("PL06", "2026-02-23", "excluded",
  "histo=N resect=U pft=U perf=N localrec=M mpe=M tox=M invest=M livevax=M gem=U",
  "amended pathology small-cell OS -> Ewing; KPS 50; chest-wall local recurrence; cytology-positive "
  "effusion; on phase I study drug; Varivax 24 days before; vincristine neuropathy grade 2; "
  "gem/docetaxel only 'possibly'")
N("2024-09-12", "surgical pathology report", """
SURGICAL PATHOLOGY — Cedar Valley Medical Center
Specimen: right 9th rib, core biopsy.
Diagnosis: malignant small round cell neoplasm with focal lace-like eosinophilic matrix, most
consistent with small cell osteosarcoma. Molecular studies to follow.
Gross: three tan-white cores, 1.2–1.8 cm, entirely submitted. Decalcification: EDTA. Immunohistochemistry: CD99 pending, SATB2 pending. Comment: the differential includes other small round cell tumours of bone; final classification awaits molecular results. Discussed with Dr. Haines (orthopaedic oncology) 09/12.
""")
N("2024-09-19", "amended pathology report", """
{{AMENDED REPORT|CORRECTION}} — Cedar Valley Medical Center, right 9th rib core biopsy.
Reason for amendment: molecular results. NGS fusion panel detects EWSR1::FLI1. CD99 strong membranous, NKX2.2 positive. On re-review the "matrix" is fibrin, not osteoid.
Revised diagnosis: {{Ewing sarcoma|OTHER_SARCOMA}} of the right 9th rib. The earlier diagnosis of "{{small cell osteosarcoma|OSTEOSARCOMA|n}}" {{is incorrect and is superseded|CORRECTION}} by this report.
""")
N("2026-01-30", "pharmacy immunization note", """
Community pharmacy. 29 y/o M, varicella IgG negative on pre-study labs; requested by oncology
before study start. Varivax 0.5 mL SC given 2026-01-30, lot V7731. No reaction. Record faxed.
Counselled on possible rash at the injection site and on avoiding contact with pregnant, non-immune people if a rash appears. Second dose scheduled 4 weeks from today per product monograph. Observed 15 minutes; left in good condition.
""")
N("2026-02-09", "infusion centre nursing note", """
INFUSION CENTRE — RN note. Cycle 1 day 1, {{phase I study|INVESTIGATIONAL}} (protocol CV-2291), {{study drug|INVESTIGATIONAL}} ZN-417 given IV over 60 min per protocol, PK draws done.
Hx: {{29yo|AGE}} M, relapsed {{Ewing sarcoma|OTHER_SARCOMA}} R chest wall, {{s/p VDC/IE|SYSTEMIC_THERAPY|h}} 2024-2025. Outside second-line 12/2025 at St. Luke's — pt thinks it was "{{gem and doce|GEMCITABINE|u}}", records not received.
Assessment: persistent {{grade 2 peripheral neuropathy|TOXICITY}} both feet (vincristine), unchanged since 06/2025, using a cane on stairs. {{Fatigue|TOXICITY}} grade 1.
Received {{Varivax|LIVE_VACCINE|h}} 01/30 at pharmacy.
Next visit C1D8 02/16.
""")
N("2026-02-19", "emergency department triage", """
ED TRIAGE 21:40. 29M, CC: SOB x3 days, worse lying flat. On a research drug (card in wallet,
CV-2291). SpO2 89% RA, RR 28, HR 118. CXR: large L effusion. To resus bay 3, thoracentesis
planned by ED physician. Triage acuity 2.
Allergies: none known. Medications: per patient, "study pill" and oxycodone prn; card with research contact number photographed to chart. Partner at bedside. IV access x2, blood cultures and CBC drawn at triage per sepsis screen. Charge nurse informed.
""")
N("2026-02-21", "inpatient oncology progress note", """
Oncology inpatient day 2. {{Pleural fluid|PLEURAL_EFFUSION}} cytology (02/20): {{positive for malignant small round blue cells|MALIGNANT_EFFUSION}}, CD99+, consistent with {{Ewing sarcoma|OTHER_SARCOMA}} — i.e. {{malignant pleural effusion|MALIGNANT_EFFUSION}}. Pigtail drain in place.
CT chest: multiple bilateral {{pulmonary metastases|LUNG_METASTASIS}}, and a 5 cm soft-tissue mass in the right 9th rib resection bed — biopsy-confirmed {{local recurrence|LOCAL_RECURRENCE}} (12/2025), still growing.
{{KPS 50|KARNOFSKY}}: in bed much of the day, needs help.
{{Study drug|INVESTIGATIONAL}} held during admission (C1D8 not given); protocol team aware.
""")
# ---------------------------------------------------------------------------
# PL07 - 24 y/o man; pembrolizumab on an outside phase II, progression at first assessment
# (iUPD -> iCPD), last dose 30 days before as_of.
P("PL07", "2026-02-09", "eligible", "",
  "pembrolizumab primary resistance (iUPD then iCPD at first restaging) -> cpi not_met; "
  "last study dose 30 days before as_of -> investigational not_met; resolved grade 3 mucositis; "
  "'OS' = overall survival look-alike")
N("2025-09-15", "clinic note", """
SARCOMA CLINIC — Lakeshore Cancer Institute, Chicago.
24 y/o M, chondroblastic osteosarcoma of the left distal femur (dx 01/2024), MAP x 6 cycles
completed 08/2024 with limb salvage. Course complicated by grade 3 mucositis and febrile
neutropenia during cycle 3, both resolved. Lung relapse 08/2025: three bilateral nodules.
Enrolled today on LCI-25-114, a phase II study of pembrolizumab 200 mg q3w in relapsed bone
sarcoma; C1D1 planned 10/18 after washout and screening labs.
ECOG 1. — Dr. M. Ferreira
""")
N("2026-01-28", "outside off-study summary", """
LAKESHORE {{CANCER INSTITUTE|LOOKALIKE}} — End-of-treatment summary, {{protocol LCI-25-114|INVESTIGATIONAL|h}}.
Patient received {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} 200 mg IV q3w, 5 doses: 10/18, 11/08, 11/29, 12/20/2025 and 01/10/2026 (last dose).
First on-treatment restaging CT (week 12, 2026-01-12): new right lower lobe {{nodule|PULMONARY_NODULE}} and growth of the three known {{pulmonary metastases|LUNG_METASTASIS}} — {{iUPD|TUMOR_RESPONSE}}. Treatment held. Confirmatory CT 2026-01-26: further growth, {{iCPD|TUMOR_RESPONSE}}. Best overall: {{progressive disease|TUMOR_RESPONSE}} at first assessment; no {{response|TUMOR_RESPONSE|n}} at any time point.
Taken {{off protocol|INVESTIGATIONAL|h}} 2026-01-27 for {{progression|TUMOR_RESPONSE}}. No immune-related AEs above grade 1. Patient returning to his community oncologist.
""")
N("2026-02-03", "prior authorization letter", """
Midwest Community Oncology Associates
To: UnitedCare Health Plan, Utilization Management — Prior Authorization Request
Re: member 24-year-old male, ID on file. Requested service: CPT 32666/32667 thoracoscopic
wedge resection(s), and SBRT planning (77301).
Clinical summary: osteosarcoma of the femur, completed MAP chemotherapy 2024; recurrence in
the lungs 2025 with four pulmonary metastases, progressing after a pembrolizumab study
(discontinued 01/2026). Thoracic surgery (Dr. Hale, 01/30) finds all four nodules resectable by
VATS wedge resection; PFTs adequate (FEV1 97%, DLCO 91%). Pulmonary metastasectomy is standard
of care in this setting and the only approach associated with long-term survival. Patient may
also be screened for a clinical trial (PROMIS) that includes pre-operative SBRT.
We request expedited review. — Dr. K. Osei, MD
""")
N("2026-02-06", "trial eligibility e-mail", """
From: T. Aguilar (CRC)  To: Dr. K. Osei (site PI)
Subject: PROMIS prescreen — DR, consent visit 2/9

Dr. Osei — here is how I read DR against the checklist, as of Monday 2/9:
- {{24 y/o|AGE}} M, {{chondroblastic osteosarcoma|OSTEOSARCOMA}} L femur; {{MAP|SYSTEMIC_THERAPY|h}} completed 08/2024.
- Four {{pulmonary metastases|LUNG_METASTASIS}}, all called {{resectable|RESECTABLE}} (VATS {{wedge|LUNG_RESECTION}}), {{PFTs adequate|PULMONARY_FUNCTION}}. No {{pleural effusion|PLEURAL_EFFUSION|n}}.
- {{Pembrolizumab|CHECKPOINT_INHIBITOR|h}} on the LCI {{phase II study|INVESTIGATIONAL|h}}: {{progression|TUMOR_RESPONSE}} at the first scan (iUPD -> iCPD), never any {{response|TUMOR_RESPONSE|n}} — primary, not secondary, resistance. Last dose 01/10/2026 = 30 days before 2/9, so outside the 4-week window; he is {{off study|INVESTIGATIONAL|h}}.
- The {{grade 3 mucositis|TOXICITY|h}} from 2024 resolved long ago. No {{neuropathy|TOXICITY|n}}, no {{hearing loss|TOXICITY|n}}.
- {{ECOG 1|ECOG}}. {{HIV|HIV|n}} non-reactive.
FYI the "{{median OS|LOOKALIKE}}" of 14 months in the LCI consent is overall survival, not a diagnosis, in case the auto-screen flags it.
""")

# ---------------------------------------------------------------------------
# PL08 - 42 y/o man; several loose ends (herbal product, outside phase I consent, shingles
# vaccine product unknown, hydrocortisone route unknown, denosumab reaction grade unknown,
# neuropathy grade unknown).
P("PL08", "2026-04-27", "needs_review",
  "immunomod=U invest=U livevax=U steroids=U mab=U tox=U",
  "possibly on Huaier; consented to outside phase I 21 days ago, dosing unknown; shingles vaccine "
  "product not recorded; hydrocortisone route not recorded; denosumab reaction ungraded; neuropathy ungraded")
N("2026-03-23", "telehealth video visit", """
TELEHEALTH (video, patient at home in Mississauga; interpreter not needed).
{{42 y/o|AGE}} M with {{osteosarcoma|OSTEOSARCOMA}} of the right proximal humerus (biopsy 2023-05-02), {{MAP chemotherapy|SYSTEMIC_THERAPY|h}} completed 12/2023, resection and reverse shoulder arthroplasty. CT chest 2026-03-12: two left lower lobe {{nodules|PULMONARY_NODULE}}, 12 and 8 mm, consistent with {{metastases|METASTASIS}}.
Symptoms: tingling in both feet since {{cisplatin|SYSTEMIC_THERAPY|h}} — "{{neuropathy|TOXICITY}}", he says it limits long walks; no grading documented, no exam possible by video.
Allergies (outside list): {{denosumab|MONOCLONAL_ANTIBODY}} — "{{reaction|ALLERGIC_REACTION|u}}", severity not recorded (given 2024 for hypercalcemia at a walk-in hospital).
Outside med list: {{hydrocortisone|SYSTEMIC_STEROID|u}} (dose/route not recorded), pantoprazole, melatonin.
{{ECOG 1|ECOG}} by self-report.
Plan: in-person visit with neuro exam; thoracic surgery referral.
""")
N("2026-04-08", "trial eligibility e-mail", """
From: P. Singh (CRC)  To: Dr. E. Walsh (PI)
Subject: PROMIS — WL, another study?
He mentioned at registration that he signed consent on 04/06 for a phase I at Northgate
Hospital ("a pill"). Their coordinator has not called back, so we do not know if he was dosed
or screen-failed. If dosed, that would be inside 4 weeks of any start date we can offer.
""")
N("2026-04-20", "pharmacy note", """
ONCOLOGY PHARMACIST — medication reconciliation (in person).
Patient reports a {{shingles vaccine|LIVE_VACCINE|u}} at a community pharmacy today (04/20); brand/product not on the receipt and the pharmacy is closed — could be recombinant (Shingrix) or not; will verify.
Wife says his brother mails "{{Huaier granules|IMMUNOMODULATOR|u}}" from Shanghai and he "might be taking them some days"; patient unsure, asked to bring all bottles.
{{Hydrocortisone|SYSTEMIC_STEROID|u}}: patient does not know what it is for; ? cream. Outside pharmacy fax requested.
Denies {{methotrexate|SYSTEMIC_THERAPY|n}} or other {{oral chemotherapy|SYSTEMIC_THERAPY|n}} at home.
""")
N("2026-04-24", "thoracic surgery consult", """
THORACIC SURGERY. {{42M|AGE}}, {{osteosarcoma|OSTEOSARCOMA}}, two LLL {{pulmonary metastases|LUNG_METASTASIS}}. Both {{nodules|PULMONARY_NODULE}} are {{resectable|RESECTABLE}}; given their proximity to each other I recommend a LLL superior {{segmentectomy|LUNG_RESECTION}}. {{PFTs|PULMONARY_FUNCTION}} {{FEV1 101%|PULMONARY_FUNCTION}}, {{DLCO 90%|PULMONARY_FUNCTION}}: {{adequate|PULMONARY_FUNCTION}}. {{ECOG 1|ECOG}}.
No {{pleural effusion|PLEURAL_EFFUSION|n}}.
""")

N("2026-04-27", "clinic note", """
Screening visit. {{42 y/o|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}}, two LLL {{metastases|METASTASIS}}, {{resectable|RESECTABLE}}.
Neuro exam: reduced vibration sense to the ankles, mild gait unsteadiness — {{neuropathy|TOXICITY|u}} present, grade not assigned today (grade 1 vs 2).
Bottles not brought; {{Huaier|IMMUNOMODULATOR|u}} status still unknown. Pharmacy still trying to confirm whether the {{shingles vaccine|LIVE_VACCINE|u}} was Shingrix. Northgate has not confirmed whether he received their {{study drug|INVESTIGATIONAL|u}}. {{Hydrocortisone|SYSTEMIC_STEROID|u}} route unresolved.
{{ECOG 1|ECOG}}.
""")

# ---------------------------------------------------------------------------
# PL09 - 9 y/o girl, foster care; metastatic at diagnosis, treatment-naive; JIA on weekly MTX.
P("PL09", "2025-10-06", "excluded",
  "resect=N priorsys=N age=N perf=N pft=U autoimm=M steroids=M",
  "age 9 (DOB); Lansky 60; chemotherapy-naive (MAP only planned); low-dose MTX for JIA does not "
  "count as prior therapy but is current immunosuppression; innumerable nodules unresectable")
N("2025-09-12", "emergency department triage", """
PEDS ED TRIAGE 16:05. 9 y/o F brought by foster father (placement 6 mo). CC: R thigh pain and
swelling x5 weeks, now limping. Hx JIA followed by rheum, "gets a weekly shot". Afebrile.
Pain 6/10. Acuity 3. X-ray R femur ordered.
""")
N("2025-09-18", "pediatric oncology consult", """
PEDIATRIC ONCOLOGY CONSULT. Historian: foster father; caseworker by phone.
{{9 y/o|AGE}} girl, {{DOB 2016-05-11|DOB}}. Biopsy 2025-09-16: high-grade {{osteoblastic osteosarcoma|OSTEOSARCOMA}} of the right distal femur.
CT chest 2025-09-17: innumerable bilateral {{pulmonary nodules|PULMONARY_NODULE}} up to 15 mm, consistent with {{metastatic disease|METASTASIS}}.
PMH: polyarticular {{juvenile idiopathic arthritis|AUTOIMMUNE_DISEASE}} since age 6, on {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg/m2 SC weekly (last dose 2025-09-17) and naproxen; no recent {{prednisolone|SYSTEMIC_STEROID|n}}.
She is {{chemotherapy-naive|CHEMO_NAIVE}}.
{{Lansky 60|LANSKY}} — quiet play only, in bed part of the day with pain.
Plan: port, echo, audiogram; start {{MAP|SYSTEMIC_THERAPY|y}} once counts and consent are in place.
""")
N("2025-09-30", "tumour board summary", """
Pediatric solid tumour board 2025-09-30.
{{Osteosarcoma|OSTEOSARCOMA}} R femur with innumerable bilateral {{pulmonary metastases|LUNG_METASTASIS}}: {{unresectable|UNRESECTABLE}} at present; no role for {{metastasectomy|LUNG_RESECTION|n}} now, reassess after induction.
Note for pharmacy: {{high-dose methotrexate|SYSTEMIC_THERAPY|y}} within {{MAP|SYSTEMIC_THERAPY|y}} is different from her weekly low-dose {{MTX|IMMUNOSUPPRESSANT}} for {{JIA|AUTOIMMUNE_DISEASE}}; rheumatology to advise on holding the weekly dose once {{chemotherapy|SYSTEMIC_THERAPY|y}} starts. {{No chemotherapy received to date|CHEMO_NAIVE}}.
""")
N("2025-10-03", "nursing education note", """
RN teaching with foster father. Chemo start tentatively 10/09 pending cardiac echo. He gave her
weekly methotrexate injection on 10/01 as usual (rheum plan unchanged for now). Reviewed fever
precautions, port care, central line dressing. Lansky unchanged per his report.
Written materials in English given; foster father reads well. Reviewed how to reach the on-call oncologist after hours and the 38.0 °C fever threshold. He will keep a daily diary of pain scores and oral intake. Caseworker copied on the education checklist. Return 10/06 for pre-treatment visit.
""")
N("2025-10-06", "social work note", """
Social work. Met foster father and DCFS caseworker re consent authority for chemotherapy and
for any research study. Caseworker will obtain court authorization. Foster father can bring
her to all visits; respite arranged for his two other foster children.
""")

# ---------------------------------------------------------------------------
# PL10 - 35 y/o woman, delivered in August, formula feeding; partner HIV+, infant rotavirus.
P("PL10", "2025-11-20", "eligible", "",
  "postpartum not lactating; partner's HIV and infant's rotavirus vaccine are family; own HIV negative")
N("2025-09-25", "survivorship follow-up", """
SURVIVORSHIP FOLLOW-UP — Bay Area Community {{Cancer Center|LOOKALIKE}} (Oakland)
{{35-year-old|AGE}} G1P1 with {{fibroblastic osteosarcoma|OSTEOSARCOMA}} of the left proximal humerus (biopsy 2022-04-07), treated with {{MAP|SYSTEMIC_THERAPY|h}} 2022–2023 and resection with {{allograft-prosthetic composite|LOOKALIKE}}. Surveillance CT was deferred during her {{pregnancy|PREGNANCY|h}}; she delivered a healthy boy by C-section on 2025-08-14.
CT chest 2025-09-18: two right lung {{nodules|PULMONARY_NODULE}} (10 mm RML, 7 mm RLL), new since 2024, consistent with {{pulmonary metastases|LUNG_METASTASIS}}.
Feeding: not {{breastfeeding|LACTATION|n}} — switched to formula at 2 weeks because of supply problems.
Social: lives with partner, who has {{HIV|HIV|f}} on {{antiretroviral therapy|HIV|f}} (undetectable). Her own {{HIV|HIV|n}} screen 2025-09-10 non-reactive. Baby had his 2-month shots including {{rotavirus|LIVE_VACCINE|f}} on 10/14 — counselled on diaper hygiene.
Late effects: no {{cardiomyopathy|TOXICITY|n}} (echo EF 60%), no {{hearing loss|TOXICITY|n}}.
Plan: thoracic surgery referral; present at tumour board.
""")
N("2025-10-16", "patient-reported outcome questionnaire", """
PRO-CTCAE / intake questionnaire (tablet, clinic lobby) — flattened export
Q1 In the last 7 days, how would you rate your fatigue? -> Mild
Q2 Pain at its worst? -> 2/10
Q3 Are you currently pregnant? -> No
Q4 Are you currently breastfeeding or pumping? -> No (formula since late August)
Q5 Any vaccines in the last month? -> Flu shot (injection) at Walgreens 10/10
Q6 Numbness or tingling? -> None
Q7 Are you taking any steroid pills? -> No
Q8 Who helps you at home? -> Partner, my mom on weekends
Q9 Any new shortness of breath? -> No
Q10 Do you need help with transportation? -> No, partner drives
Q11 How worried are you about your illness (0-10)? -> 7
Q12 Anything else you want your care team to know? -> "I want surgery before the baby starts daycare in January if possible."
Auto-flag: distress score >=4 — social work notified.
""")
N("2025-11-05", "thoracic surgery consult", """
THORACIC SURGERY. {{35F|AGE}}, {{osteosarcoma|OSTEOSARCOMA}} L humerus {{s/p MAP|SYSTEMIC_THERAPY|h}}; two right lung {{metastases|METASTASIS}} (RML 10 mm, RLL 7 mm), both peripheral.
Recommend VATS RML and RLL {{wedge resections|LUNG_RESECTION}}; {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}}.
{{PFTs|PULMONARY_FUNCTION}} 11/03: {{FEV1 92%|PULMONARY_FUNCTION}}, {{DLCO 84%|PULMONARY_FUNCTION}} — {{adequate pulmonary function|PULMONARY_FUNCTION}}. {{ECOG 1|ECOG}} (still up at night with infant).
""")
N("2025-11-18", "trial eligibility e-mail", """
From: R. Huang (CRC)  To: Dr. S. Amadi (PI)
Subject: PROMIS — AT, screening visit 11/20
- {{35 y/o|AGE}}, {{osteosarcoma|OSTEOSARCOMA}}, {{MAP|SYSTEMIC_THERAPY|h}} done 2023, no {{gemcitabine|GEMCITABINE|n}} / {{checkpoint inhibitors|CHECKPOINT_INHIBITOR|n}}
- 2 {{lung mets|LUNG_METASTASIS}}, {{resectable|RESECTABLE}} per Dr. Kwan, {{PFTs adequate|PULMONARY_FUNCTION}}, {{ECOG 1|ECOG}}
- Postpartum (delivered 8/14), not {{nursing|LACTATION|n}}; urine {{hCG|PREGNANCY_TEST|n}} negative 11/17
- Partner's {{HIV|HIV|f}} is not hers — her own {{HIV|HIV|n}} test is non-reactive.
- {{Flu shot|NONLIVE_VACCINE|h}} 10/10 was the inactivated injection.
Looks clean to me.
""")

# ---------------------------------------------------------------------------
# PL11 - woman, age never documented; suspected lupus on empiric HCQ; dinutuximab reaction
# ungraded; hearing loss ungraded; resectability deferred; PFTs not done; possible pregnancy.
P("PL11", "2025-12-01", "needs_review",
  "resect=U pft=U age=U perf=U autoimm=U mab=U tox=U preg=U",
  "suspected SLE -> unknown; dinutuximab 'reaction' ungraded; cisplatin hearing loss ungraded; "
  "tumour board deferred; no age; possible pregnancy with hCG pending")
N("2025-10-20", "rheumatology e-consult", """
RHEUMATOLOGY E-CONSULT (asynchronous, question from oncology).
Q: new arthralgia, photosensitive rash and ANA 1:640 in a young woman with {{osteosarcoma|OSTEOSARCOMA}}.
A: Picture possible {{SLE|AUTOIMMUNE_DISEASE|u}} vs. drug-induced / paraneoplastic autoimmunity; dsDNA and complements pending. Reasonable to start {{hydroxychloroquine|DMARD}} 200 mg bid empirically today while workup proceeds; avoid {{prednisone|SYSTEMIC_STEROID|n}} for now. Will see in person in 6–8 weeks.
""")
N("2025-11-03", "oncology follow-up", """
BONE TUMOUR CLINIC — Mountain View Regional Oncology, Denver.
{{Osteosarcoma|OSTEOSARCOMA}} of the left femur (biopsy 2023-01-30), {{MAP|SYSTEMIC_THERAPY|h}} completed 08/2023; first lung relapse 2024 treated on an outside {{phase II trial|INVESTIGATIONAL|h}} of {{dinutuximab|MONOCLONAL_ANTIBODY|h}} (Harbourview, last dose 11/2024).
Allergy list: "{{dinutuximab|MONOCLONAL_ANTIBODY|h}} — {{reaction|ALLERGIC_REACTION|h}}", no grade or description; Harbourview records do not describe it.
Hearing: reports difficulty in noisy rooms since {{cisplatin|SYSTEMIC_THERAPY|h}}; "{{hearing loss|TOXICITY}}" on problem list, never graded — audiogram ordered.
CT chest 10/28: three left lung {{pulmonary metastases|LUNG_METASTASIS}}, largest 11 mm, one near the hilum.
On {{hydroxychloroquine|DMARD}} since 10/20 for suspected {{lupus|AUTOIMMUNE_DISEASE|u}}.
{{ECOG 1|ECOG}}.
""")
N("2025-11-19", "tumour board summary", """
Thoracic tumour board 11/19. Three left lung {{metastases|METASTASIS}}; the perihilar {{nodule|PULMONARY_NODULE}} is close to the lower lobe bronchus on this CT — {{resectability|RESECTABLE|u}} not settled, decision deferred pending thin-slice CT and bronchoscopy. {{PFTs|PULMONARY_FUNCTION}} ordered, not yet done.
""")
N("2025-11-27", "nursing telephone note", """
RN phone triage. Pt calling about nausea and breast tenderness. LMP ~7 weeks ago. Possible
early pregnancy — serum hCG drawn at lab today, result pending. Advised no new medications
until result back; message to Dr. Patel.
Also asked about the rheumatology follow-up date (not yet booked) and whether she should keep taking Plaquenil — advised to continue until she speaks with Dr. Patel. No bleeding, no abdominal pain, tolerating fluids. Partner will drive her to the lab draw if a repeat is needed.
""")

N("2025-12-01", "patient-reported outcome questionnaire", """
Pre-visit questionnaire (patient portal, flattened)
- Pain (0-10): 3
- Are you pregnant or could you be pregnant? -> "Not sure - blood test done 11/27, no result yet"
- Are you breastfeeding? -> No
- Hearing problems? -> "Yes, TV loud, hard in restaurants"
- New medicines? -> "Plaquenil from rheumatology"
- Vaccines in last month? -> None
""")

# ---------------------------------------------------------------------------
# PL12 - 38 y/o, 22 weeks pregnant; mandible OS, lungs clear; chemo deferred; Crohn's with
# infliximab anaphylaxis 02/2025; HIV on ART.
P("PL12", "2026-06-15", "excluded",
  "pulmets=N resect=U priorsys=N pft=U preg=M mab=M autoimm=M hiv=M",
  "pregnant; no lung mets; chemotherapy deferred (naive); infliximab anaphylaxis 16 months ago "
  "(mab allergy and systemic Crohn's treatment within 2y); HIV on ART")
N("2026-04-20", "maternal-fetal medicine / oncology joint visit", """
MFM–ONCOLOGY JOINT VISIT. {{38-year-old|AGE}} G3P2 at {{14+1 weeks gestation|PREGNANCY}} (dating US 03/30).
New diagnosis: {{osteosarcoma|OSTEOSARCOMA}} of the left mandible, biopsy 2026-04-09 (chondroblastic, high grade).
Staging CT chest (shielded) 04/14: no {{pulmonary metastases|LUNG_METASTASIS|n}}; no {{nodules|PULMONARY_NODULE|n}}.
PMH: {{HIV|HIV}} since 2011 on {{bictegravir/FTC/TAF|HIV}}, VL undetectable. {{Crohn's disease|AUTOIMMUNE_DISEASE}} on {{infliximab|IMMUNOSUPPRESSANT|h}} until 02/2025, stopped after {{anaphylaxis|ALLERGIC_REACTION|h}} (grade 4, epinephrine x2) during the 02/10/2025 infusion; ongoing mild flares since, managed without maintenance therapy — GI plans to start vedolizumab after delivery.
Plan: {{neoadjuvant chemotherapy|SYSTEMIC_THERAPY|y}} deferred; she has {{not received any chemotherapy|CHEMO_NAIVE}}. Surgical plan after discussion with head & neck team.
""")
N("2026-05-11", "head and neck surgical oncology note", """
H&N surgical oncology. 38F, 18 weeks pregnant, L mandible osteosarcoma. Plan segmental
mandibulectomy with fibula free flap at 20–22 weeks with obstetric anesthesia; chemotherapy
after delivery per patient preference. Lungs clear on staging. Allergy: infliximab
(anaphylaxis). ECOG 1.
Exam: firm 3 cm mass of the left mandibular body, intact mucosa, V3 sensation intact. Three teeth in the field to be extracted at surgery. Speech and swallow assessment pre-operatively. Consent discussion held with patient and partner; risks including flap failure, fistula and facial nerve weakness reviewed.
""")
N("2026-06-01", "nurse navigator note", """
Navigator note. Surgery done 05/27, uncomplicated, fetal heart tones reassuring post-op. Patient
asked about "the lung trial" after reading about PROMIS online — explained it is for patients
whose cancer has spread to the lungs, which hers has not. Flagged for research office at her
request anyway. Partner supportive; older children 9 and 6.
Practical issues: short-term disability paperwork completed; she works as a dental hygienist and is off until after delivery. Transportation from Barrie arranged through the volunteer driver program. Nutrition referral placed for soft diet after the mandibulectomy. Will call again after the research office replies.
""")
N("2026-06-12", "trial eligibility e-mail", """
From: research office  To: Dr. N. Gupta
Re: PROMIS self-referral — F.D.
Not a candidate: currently {{pregnant|PREGNANCY}} (22 wks), no {{lung metastases|LUNG_METASTASIS|n}} on staging, {{chemotherapy-naive|CHEMO_NAIVE}}, {{HIV|HIV}} on {{ART|HIV}}, and a {{grade 4 anaphylaxis|ALLERGIC_REACTION|h}} to {{infliximab|MONOCLONAL_ANTIBODY|h}} in 02/2025. Will let her know kindly.
""")
# ---------------------------------------------------------------------------
# PL13 - 52 y/o man; RA off methotrexate since 11/2023 (stale PCP list still shows it);
# prostate cancer 2016; regorafenib stopped 12/22 with HFSR down to grade 1.
P("PL13", "2026-01-15", "eligible", "",
  "stale med list with MTX contradicted by newer rheumatology note (stopped 11/2023, >2y); "
  "prostate cancer 2016 >5y; WHO PS 1; hand-foot skin reaction improved to grade 1")
N("2025-06-10", "primary care annual visit", """
Family medicine — annual physical. 52 y/o M.
Problem list (auto-populated): osteosarcoma L tibia 2022 - on treatment; prostate cancer 2016
s/p radical prostatectomy, PSA undetectable; rheumatoid arthritis; HTN.
Medications (reconciled from 2023 list, not reviewed with patient today): methotrexate 15 mg PO
weekly, folic acid 1 mg daily, lisinopril 10 mg daily, regorafenib (per oncology).
Vaccines: Shingrix #2 given today; pneumococcal PCV20 2024.
""")
N("2025-10-06", "pharmacy oral chemotherapy monitoring", """
{{ORAL CHEMOTHERAPY|SYSTEMIC_THERAPY}} MONITORING — oncology pharmacy (phone).
Agent: {{regorafenib|SYSTEMIC_THERAPY}} 120 mg daily, 21 days on / 7 off; cycle 2 day 8 (C1D1 2025-09-08), for {{progressive|TUMOR_RESPONSE}} {{pulmonary metastases|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}} after {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|h}} (2022-2023).
Adherence: 100% by pill count. BP 148/92 — PCP aware.
{{Hand-foot skin reaction|TOXICITY}} grade 2: painful calluses on soles, limits walking; urea cream started, dose reduced to 80 mg from cycle 3.
Other meds confirmed with patient: lisinopril, folic acid (he "just kept taking it"), no {{methotrexate|IMMUNOSUPPRESSANT|n}} for 2 years.
""")
N("2025-12-01", "rheumatology follow-up", """
RHEUMATOLOGY. {{52M|AGE}} with seropositive {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}}, in sustained remission. {{Methotrexate|IMMUNOSUPPRESSANT|h}} stopped 11/2023 when his {{osteosarcoma|OSTEOSARCOMA}} treatment started and never restarted; no {{prednisone|SYSTEMIC_STEROID|n}}, no {{biologics|IMMUNOSUPPRESSANT|n}} since. DAS28 2.1.
The PCP medication list still showing {{methotrexate|IMMUNOSUPPRESSANT|h}} is outdated — {{this is incorrect|CORRECTION}}; I have removed it. Folic acid can stop too.
Plan: no DMARD; PRN naproxen avoided given oncology meds; follow up 6 months.
Exam: no synovitis in MCPs, PIPs, wrists or knees. Labs: CRP 3 mg/L, ESR 12. Patient reassured that stopping folic acid is fine. Letter sent to PCP with the corrected medication list.
""")
N("2025-12-22", "oncology clinic note", """
MEDICAL ONCOLOGY. CT chest 12/18: {{progression|TUMOR_RESPONSE}} in two left lower lobe {{nodules|PULMONARY_NODULE}} (14 and 9 mm), others stable. {{Regorafenib|SYSTEMIC_THERAPY}} stopped today (last dose 12/22).
{{Osteosarcoma|OSTEOSARCOMA}} L tibia dx 2022, {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|h}} x6, amputation. {{Prostate cancer|OTHER_MALIGNANCY|h}} 2016, cured.
{{WHO PS 1|ECOG}}. Refer thoracic surgery for {{oligoprogressive|TUMOR_RESPONSE}} {{lung mets|LUNG_METASTASIS}}; discussed PROMIS.
""")
N("2026-01-12", "thoracic surgery consult", """
THORACIC SURGERY. {{52-year-old|AGE}} man, {{osteosarcoma|OSTEOSARCOMA}}, two LLL {{metastases|METASTASIS}} growing on {{regorafenib|SYSTEMIC_THERAPY|h}} (stopped 12/22). Both {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by LLL {{wedge resection|LUNG_RESECTION}}; no central involvement, no {{effusion|PLEURAL_EFFUSION|n}}.
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1 86%|PULMONARY_FUNCTION}}, {{DLCO 81%|PULMONARY_FUNCTION}}, {{fit for resection|PULMONARY_FUNCTION}}.
Feet: {{hand-foot skin reaction|TOXICITY}} now grade 1 (mild hyperkeratosis, no pain) three weeks off drug. {{WHO performance status 1|ECOG}}.
""")

# ---------------------------------------------------------------------------
# PL14 - 11 y/o boy (Haitian family, Montreal), grandmother guardian; HIV screen reactive awaiting
# confirmation; MRI equivocal for local recurrence; possible gem/docetaxel; neuroblastoma 2017
# with a transplant of unknown type.
P("PL14", "2026-09-14", "needs_review",
  "hiv=U localrec=U gem=U allo=U",
  "HIV screen reactive, confirmation pending (mother HIV+ is family); local recurrence 'concerning' "
  "with biopsy scheduled; 'gem-something' per guardian; neuroblastoma 2017 >5y with 'greffe' of unknown type; Lansky 70")
N("2026-08-03", "new patient consult (transfer)", """
ONCOLOGIE PÉDIATRIQUE — NOUVEAU PATIENT / NEW PATIENT. Hôpital pour enfants de la Montagne, Montréal.
Historienne : grand-mère (tutrice légale depuis le décès de la mère en 2023), créole/français; interprète présente.
{{11 ans|AGE}}, garçon. {{Date de naissance : 2015-02-19|DOB}}.
Diagnosis: {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur, biopsy 2025-03-11 at Biscayne Children's (Miami); {{MAP|SYSTEMIC_THERAPY|h}} x6 cycles and limb salvage 2025. Lung relapse 05/2026: four {{nodules|PULMONARY_NODULE}}, {{métastases pulmonaires|LUNG_METASTASIS}} on CT.
Second-line in Miami 06–07/2026: grandmother remembers "{{gem-something|GEMCITABINE|u}} and another drug", possibly {{gemcitabine/docetaxel|GEMCITABINE|u}}; Biscayne records requested twice.
Antécédents : {{neuroblastome|OTHER_MALIGNANCY|h}} à 2 ans (2017) traité en Haïti avec une « {{greffe de moelle|TRANSPLANT|h}} » — type (autologue ou allogénique) inconnu, aucun document.
Antécédents familiaux : mère décédée, {{VIH positive|HIV|f}}. Enfant jamais testé à notre connaissance.
{{Lansky 70|LANSKY}}.
""")
N("2026-08-20", "MRI report", """
MRI LEFT FEMUR WITH AND WITHOUT CONTRAST.
Comparison: 12/2025 (outside). Post-resection changes with endoprosthesis. New 18 x 12 mm
enhancing soft-tissue focus along the posterolateral resection bed, concerning for local
recurrence versus post-surgical granulation tissue. No marrow lesion. Recommend biopsy.
Impression: 1. Indeterminate enhancing focus at the posterolateral resection bed — tissue sampling recommended. 2. Stable endoprosthesis without loosening or periprosthetic fracture. 3. No popliteal lymphadenopathy.
Dictated by Dr. S. Lefebvre, radiologie musculosquelettique.
""")
N("2026-09-02", "infectious diseases note", """
PEDIATRIC ID. Asked to see re {{HIV|HIV|u}} screening given maternal {{HIV|HIV|f}}.
{{HIV-1/2 Ag/Ab screen|HIV|u}} 08/28: reactive (S/CO 3.1). Differentiation assay and {{HIV-1 RNA|HIV|u}} sent 08/29 — pending. Not on {{ART|HIV|n}}. Could be a false positive; do not label as {{HIV|HIV|u}} until confirmed.
Also asked about the Haiti "{{greffe|TRANSPLANT|h}}": no records; a {{transplant|TRANSPLANT|u}} for {{neuroblastoma|OTHER_MALIGNANCY|h}} is usually autologous but we cannot confirm.
""")
N("2026-09-10", "tumour board summary", """
Pediatric tumour board 2026-09-10.
{{11yo|AGE}} boy, relapsed {{osteosarcoma|OSTEOSARCOMA}}, four {{pulmonary metastases|LUNG_METASTASIS}}, all peripheral: {{resectable|RESECTABLE}}, bilateral {{wedge resections|LUNG_RESECTION}} via staged thoracotomies recommended. {{PFTs|PULMONARY_FUNCTION}} 09/08 normal for age — {{adequate|PULMONARY_FUNCTION}}.
Femur MRI: concerning for {{local recurrence|LOCAL_RECURRENCE|u}}; CT-guided biopsy booked 09/21.
{{Lansky 70|LANSKY}}. Open items before PROMIS screening: {{HIV|HIV|u}} confirmation, Miami regimen ({{gemcitabine|GEMCITABINE|u}}?), biopsy.
""")

N("2026-09-14", "nurse navigator note", """
Infirmière pivot. Grand-mère appelée : test de confirmation VIH toujours en attente au
laboratoire provincial; biopsie du fémur confirmée pour le 09/21; dossiers de Miami toujours
non reçus malgré deux demandes. Prescreen PROMIS remis à octobre.
""")

# ---------------------------------------------------------------------------
# PL15 - 45 y/o man; melanoma 2022 with PR on pembrolizumab then PD; irAE arthritis on
# prednisone; HIV; OS lung mets abutting main PA; malignant effusion; DLCO 38%.
P("PL15", "2026-07-13", "excluded",
  "resect=N pft=N othermal=M cpi=M tox=M steroids=M hiv=M mpe=M",
  "melanoma 2022 within 5y; pembrolizumab PR x14 months then PD = secondary resistance; "
  "grade 2 immune arthritis on prednisone 10 mg; pneumonectomy needed; DLCO 38%; cytology-positive effusion")
N("2025-02-20", "medical oncology note", """
MEDICAL ONCOLOGY — Sunrise {{Cancer Center|LOOKALIKE}}, Phoenix.
{{45 y/o|AGE}} M, {{HIV|HIV}} on {{Biktarvy|HIV}} (CD4 640, VL undetectable).
1) {{Melanoma|OTHER_MALIGNANCY}}, stage IV (biopsy 2022-09-06, lung and nodal disease): {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} from 10/2022; {{partial response|TUMOR_RESPONSE|h}} 01/2023 lasting 14 months, then {{PD|TUMOR_RESPONSE|h}} 03/2024 in the left adrenal, treated with {{ipilimumab/nivolumab|CHECKPOINT_INHIBITOR|h}} x2 and adrenalectomy; NED since 08/2024.
   {{Immune-related arthritis|TOXICITY}} (grade 2) since 2023, on {{prednisone|SYSTEMIC_STEROID}} 10 mg daily — rheum unable to taper below 10.
2) NEW: biopsy 2025-02-11 of a right distal femur lesion: high-grade {{conventional osteosarcoma|OSTEOSARCOMA}} — a second primary, not {{melanoma|OTHER_MALIGNANCY|n}}.
Plan: {{doxorubicin/cisplatin|SYSTEMIC_THERAPY|y}} then resection.
""")
N("2026-05-04", "telehealth video visit", """
Telehealth (video). Completed doxorubicin/cisplatin x4 (03–06/2025) and distal femur resection
(07/2025). CT 04/2026: three left lung nodules, the largest 3.4 cm central; biopsy of it 04/22
showed metastatic osteosarcoma (melanoma markers negative). Knees and wrists still swollen —
immune arthritis grade 2, still taking prednisone 10 mg every morning. Short of breath climbing
one flight. ECOG 1. Referred to thoracic surgery.
Video visit conducted from his car for privacy; connection dropped once. Wife present by phone. Labs from 04/30: Hb 118, creatinine 92, ALT 24. Discussed that the lung findings change the plan and that surgery may not be straightforward. He wants to stay local in Phoenix if possible. Follow-up in person after thoracic surgery review.
""")
N("2026-06-15", "thoracic surgery consult", """
THORACIC SURGERY. {{45M|AGE}}, {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}} to the left lung (biopsy 04/22).
Dominant 3.4 cm {{lesion|PULMONARY_NODULE}} encases the {{left main pulmonary artery|CENTRAL_STRUCTURE}}; complete removal would need a left {{pneumonectomy|PNEUMONECTOMY}} — {{not resectable|UNRESECTABLE}} by {{lobectomy|LUNG_RESECTION|n}} or {{segmentectomy|LUNG_RESECTION|n}}.
{{PFTs|PULMONARY_FUNCTION}}: {{FEV1 58%|PULMONARY_FUNCTION}}, {{DLCO 38%|PULMONARY_FUNCTION}} — {{insufficient reserve|PULMONARY_FUNCTION}}, he would not tolerate it in any case.
Moderate left {{pleural effusion|PLEURAL_EFFUSION}}: refer IR for diagnostic tap.
""")
N("2026-06-29", "cytology report", """
NON-GYN CYTOLOGY. Left {{pleural fluid|PLEURAL_EFFUSION}}, 450 mL (06/26).
Result: {{positive for malignant cells|MALIGNANT_EFFUSION}}; atypical spindled and epithelioid cells with osteoid-like matrix, SATB2 positive, SOX10/Melan-A negative — {{metastatic|METASTASIS}} {{osteosarcoma|OSTEOSARCOMA}}, not {{melanoma|OTHER_MALIGNANCY|n}}.
""")
N("2026-07-09", "trial eligibility e-mail", """
From: CRC  To: Dr. Y. Haddad
Re: PROMIS prescreen — fails on several counts: {{melanoma|OTHER_MALIGNANCY}} 2022 (inside 5 yrs); {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} with a 14-month {{PR|TUMOR_RESPONSE|h}} then {{progression|TUMOR_RESPONSE|h}} (secondary resistance); {{prednisone|SYSTEMIC_STEROID}} 10 mg daily; {{grade 2 arthritis|TOXICITY}}; {{HIV|HIV}}; {{malignant effusion|MALIGNANT_EFFUSION}}; {{pneumonectomy|PNEUMONECTOMY}} needed; {{DLCO 38%|PULMONARY_FUNCTION}}. Closing the screen.
""")

# ---------------------------------------------------------------------------
# PL16 - 21 y/o woman; gem/docetaxel 2024; pembrolizumab SD 6 months then PD; delivered 01/2026,
# breastfeeding; postpartum MMR 21 days before as_of; no lung metastases (bone only).
P("PL16", "2026-05-25", "excluded",
  "pulmets=N resect=U pft=U gem=M cpi=M livevax=M preg=M",
  "breastfeeding; postpartum MMR 21 days before; pembrolizumab SD 6 months then PD; "
  "gem/docetaxel received; bone-only metastases so pulmonary_metastases not_met")
N("2025-04-14", "oncology clinic note", """
MEDICAL ONCOLOGY — Great Lakes Oncology, Cleveland.
{{20 y/o|AGE}} F with {{osteosarcoma|OSTEOSARCOMA}} of the right ilium (dx 08/2023), {{MAP|SYSTEMIC_THERAPY|h}} 2023–2024, bone {{metastases|METASTASIS}} (T10, L2) 05/2024, then {{gemcitabine/docetaxel|GEMCITABINE|h}} x4 (06–09/2024).
{{Pembrolizumab|CHECKPOINT_INHIBITOR|h}} started 2024-10-07 (off-label, insurance approved on appeal): {{stable disease|TUMOR_RESPONSE|h}} at 9 and 18 weeks — about 6 months of {{SD|TUMOR_RESPONSE|h}} — now {{progression|TUMOR_RESPONSE}} at T10 and new sacral lesion on CT 04/10.
Also today: urine {{hCG|PREGNANCY_TEST}} positive, ~4 weeks. {{Pembrolizumab|CHECKPOINT_INHIBITOR}} discontinued. Lungs clear on CT.
Plan: MFM referral; palliative RT to T10 with shielding.
""")
N("2026-02-28", "postpartum visit", """
Postpartum 6-week visit (OB). Vaginal delivery 01/20/2026, healthy girl. Exclusively
breastfeeding, latch good. Rubella non-immune on prenatal labs — MMR recommended; safe with
breastfeeding. Contraception: copper IUD inserted today.
Mood screen (EPDS) 8 — no self-harm thoughts; partner and her mother help with night feeds. Perineum healed. BP 112/70. Baby's weight gain reported good by pediatrician. Follow-up with oncology as scheduled.
""")
N("2026-05-04", "immunization record", """
Vaccine administration: MMR II 0.5 mL SC, 2026-05-04, postpartum rubella non-immune. Patient
breastfeeding — counselled that this is compatible. RN T. Moss.
Lot M442, left deltoid. Observed 15 minutes without reaction. Advised to avoid pregnancy for 4 weeks (copper IUD in place). Record uploaded to the state registry.
""")
N("2026-05-15", "telehealth video visit", """
TELEHEALTH. {{21 y/o|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} with bone-only {{metastases|METASTASIS}}. Seen by video while {{nursing|LACTATION}} her 4-month-old.
CT chest/abdomen/pelvis 05/08: sacral and T10 lesions slightly larger; lungs: no {{pulmonary nodules|PULMONARY_NODULE|n}}, no {{pulmonary metastases|LUNG_METASTASIS|n}}, no {{effusion|PLEURAL_EFFUSION|n}}.
Her community oncologist referred her for PROMIS — PROMIS needs lung {{metastases|METASTASIS|n}}, which she does not have. Received {{MMR|LIVE_VACCINE|h}} 05/04 postpartum.
{{ECOG 0|ECOG}}.
""")
N("2026-05-22", "trial eligibility e-mail", """
From: CRC  To: Dr. J. Lindqvist
PROMIS — screen fail for A.K.: no {{lung mets|LUNG_METASTASIS|n}}; {{breastfeeding|LACTATION}}; prior {{gem/docetaxel|GEMCITABINE|h}}; {{pembrolizumab|CHECKPOINT_INHIBITOR|h}} with ~6 months {{SD|TUMOR_RESPONSE|h}} then {{PD|TUMOR_RESPONSE|h}}; {{MMR|LIVE_VACCINE|h}} 3 weeks ago.
""")
# ---------------------------------------------------------------------------
# PL17 - 19 y/o woman; prednisone burst ended 8 days before as_of; post-op reactive effusion;
# inactivated flu shot; negative beta-hCG.
P("PL17", "2026-10-20", "eligible", "",
  "prednisone burst last dose 8 days before as_of (outside 7 d); small post-operative/reactive "
  "effusion -> not malignant; inactivated flu shot; prior metastasectomy")
N("2026-09-28", "clinic note", """
BONE TUMOUR CLINIC — Harborview Community {{Cancer Centre|LOOKALIKE}}, Halifax.
{{19 y/o|AGE}} F, {{periosteal osteosarcoma|OSTEOSARCOMA}} of the right tibia (biopsy 2023-10-02) treated with {{MAP|SYSTEMIC_THERAPY|h}} (completed 05/2024); left lung {{metastasis|LUNG_METASTASIS|h}} 2025 treated with {{ifosfamide/etoposide|SYSTEMIC_THERAPY|h}} x4 and left VATS {{wedge resection|LUNG_RESECTION|h}} 11/2025.
CT chest 09/22: two new right lower lobe {{nodules|PULMONARY_NODULE}}, 8 and 6 mm — consistent with recurrent {{metastases|METASTASIS}}. Trace left {{pleural effusion|PLEURAL_EFFUSION}} at the prior surgical site, unchanged since 12/2025.
Asthma: {{budesonide/formoterol|LOCAL_STEROID}} inhaler.
{{ECOG 0|ECOG}}. Referred to thoracic surgery; PROMIS pre-screen requested.
""")
N("2026-10-08", "emergency department triage", """
ED TRIAGE 02:10. 19F, wheeze and chest tightness since evening, ran out of inhaler. Hx
osteosarcoma with lung mets, asthma. SpO2 93%, RR 26, speaks in phrases. Neb salbutamol x3,
prednisone 40 mg PO given in triage per asthma protocol. Acuity 2.
Also reports left-sided pleuritic chest pain since yesterday. ECG sinus tachycardia 112, no ST changes. CXR ordered. Mother at bedside. Allergies: penicillin (hives). No fever. Reassessment after third neb: speaking in full sentences, SpO2 96%.
""")
N("2026-10-14", "family medicine follow-up", """
ED follow-up. Asthma exacerbation resolved. {{Prednisone|SYSTEMIC_STEROID|h}} 40 mg daily x5 days completed — last dose 10/12, no taper. Back on {{budesonide/formoterol|LOCAL_STEROID}}.
CXR in ED: trace left {{pleural effusion|PLEURAL_EFFUSION}}, radiologist: post-operative / reactive, not significant.
{{Flu shot|NONLIVE_VACCINE|h}} (inactivated, IM) given at pharmacy 10/10.
""")
N("2026-10-16", "thoracic surgery consult", """
THORACIC SURGERY. {{19F|AGE}}, recurrent {{pulmonary metastases|LUNG_METASTASIS}} of {{osteosarcoma|OSTEOSARCOMA}}: two RLL {{nodules|PULMONARY_NODULE}}, peripheral, {{resectable|RESECTABLE}} by RLL {{wedge resections|LUNG_RESECTION}}. The trace left {{effusion|PLEURAL_EFFUSION}} is a benign post-operative finding.
{{PFTs|PULMONARY_FUNCTION}} today (6 days after the burst): {{FEV1 89%|PULMONARY_FUNCTION}}, {{DLCO 86%|PULMONARY_FUNCTION}} — {{adequate|PULMONARY_FUNCTION}}.
""")
N("2026-10-19", "trial eligibility e-mail", """
From: CRC  To: Dr. M. Gallant (PI)
Subject: PROMIS — L.P. screening 10/20
- {{Osteosarcoma|OSTEOSARCOMA}}, 2 RLL {{mets|METASTASIS}}, {{resectable|RESECTABLE}}, {{PFTs adequate|PULMONARY_FUNCTION}}, {{ECOG 0|ECOG}}, {{19 y/o|AGE}}
- Prior {{MAP|SYSTEMIC_THERAPY|h}} + {{IE|SYSTEMIC_THERAPY|h}}; no {{gemcitabine|GEMCITABINE|n}}, no {{anti-PD-1|CHECKPOINT_INHIBITOR|n}}
- {{Prednisone|SYSTEMIC_STEROID|h}} burst: last dose 10/12 = 8 days before 10/20, outside the 7-day window
- {{Effusion|PLEURAL_EFFUSION}} is trace and post-op/reactive, not {{malignant|MALIGNANT_EFFUSION|n}}
- Serum {{beta-hCG|PREGNANCY_TEST|n}} negative 10/16; {{HIV|HIV|n}} non-reactive; {{flu shot|NONLIVE_VACCINE|h}} 10/10 was inactivated
""")

# ---------------------------------------------------------------------------
# PL18 - 58 y/o woman; histology unsettled; prior chemo unknown; indeterminate thyroid
# nodule; unsampled effusion; borderline PFT numbers; possible herbal; HIV indeterminate.
P("PL18", "2026-07-06", "needs_review",
  "histo=U priorsys=U pft=U othermal=U mpe=U immunomod=U hiv=U",
  "outside 'possible osteosarcoma'; chemo history unknown; Bethesda IV thyroid nodule; effusion not "
  "sampled; FEV1 62/DLCO 55 without judgement; unidentified TCM capsules; HIV indeterminate")
N("2026-05-11", "nurse navigator note", """
NURSE NAVIGATOR — intake (Spanish interpreter by phone).
{{58-year-old|AGE}} woman, moved from Santo Domingo 03/2026 to live with her son. Resection of a left proximal humerus tumour there in 2025; the outside report (Spanish) reads "{{sarcoma de alto grado|OTHER_SARCOMA|u}}, posible {{osteosarcoma|OSTEOSARCOMA|u}}". She is not sure whether she had {{chemotherapy|SYSTEMIC_THERAPY|u}} — "they gave me IV medicine in the hospital" around the surgery. Son requesting records.
CT chest 05/02: multiple bilateral {{pulmonary metastases|LUNG_METASTASIS}} (five, up to 12 mm); small left {{pleural effusion|PLEURAL_EFFUSION}}, not characterised.
Incidental 2.1 cm right {{thyroid nodule|OTHER_MALIGNANCY|u}}: FNA 05/06 Bethesda IV (follicular neoplasm) — cannot exclude {{carcinoma|OTHER_MALIGNANCY|u}}; ENT discussing a diagnostic {{thyroid lobectomy|LOOKALIKE}}.
Takes capsules from a TCM clinic in Washington Heights, label in Chinese; son thinks "{{Shenqi Fuzheng|IMMUNOMODULATOR|u}}" — not verified.
Pre-op labs: {{HIV|HIV|u}} Ag/Ab screen reactive, {{HIV-1/2 differentiation assay|HIV|u}} indeterminate; {{HIV-1 RNA|HIV|u}} pending.
""")
N("2026-06-01", "pathology consultation", """
PATHOLOGY CONSULTATION (outside slides, 4 H&E, 2 IHC). High-grade pleomorphic sarcoma of bone.
Focal eosinophilic matrix that may represent osteoid versus hyalinised collagen; SATB2 stain
requested on recuts (blocks not yet received). Differential: osteosarcoma vs. undifferentiated
pleomorphic sarcoma of bone. Final diagnosis deferred.
Note: the outside report is in Spanish and describes an en bloc resection with negative margins; no treatment history is recorded on the requisition. Will issue an addendum once the recuts and SATB2 are completed.
""")
N("2026-06-18", "thoracic surgery consult", """
THORACIC SURGERY. {{58F|AGE}}, bilateral {{pulmonary metastases|LUNG_METASTASIS}} of a {{bone sarcoma|OTHER_SARCOMA|u}}. Five peripheral {{nodules|PULMONARY_NODULE}}, technically {{resectable|RESECTABLE}} by staged {{wedge resections|LUNG_RESECTION}}.
{{PFTs|PULMONARY_FUNCTION}} 06/15: {{FEV1 62%|PULMONARY_FUNCTION}}, {{DLCO 55%|PULMONARY_FUNCTION}}. Ex-smoker 30 pack-years. I will decide on fitness for bilateral surgery after cardiopulmonary exercise testing (booked 07/20).
Small left {{effusion|PLEURAL_EFFUSION}} — not sampled; if it grows, tap before any surgery.
{{KPS 70|KARNOFSKY}}.
""")
N("2026-06-29", "trial eligibility e-mail", """
From: CRC  To: Dr. A. Rivera (PI)
PROMIS — M.C., where we are: histology still "possible {{osteosarcoma|OSTEOSARCOMA|u}}"; no record of prior {{chemotherapy|SYSTEMIC_THERAPY|u}}; {{thyroid nodule|OTHER_MALIGNANCY|u}} Bethesda IV; {{effusion|PLEURAL_EFFUSION}} not tapped; {{PFTs|PULMONARY_FUNCTION}} borderline and CPET not until 07/20; {{HIV|HIV|u}} indeterminate; TCM capsules ({{Shenqi Fuzheng|IMMUNOMODULATOR|u}}?) unverified. Parking her until July.
""")
# ---------------------------------------------------------------------------
# PL19 - turned 66 two days before as_of; RA on MTX + prednisone; biopsy-proven local
# recurrence; Huaier granules daily; HIV on ART; lungs clear.
P("PL19", "2026-03-12", "excluded",
  "pulmets=N resect=U age=N pft=U localrec=M autoimm=M steroids=M immunomod=M hiv=M",
  "DOB 1960-03-10 -> 66 on as_of; weekly MTX for RA is immunosuppression not prior therapy "
  "(neoadjuvant doxorubicin/cisplatin is); Huaier current; lungs clear")
N("2026-02-09", "oncology clinic note", """
MEDICAL ONCOLOGY — Valley Regional {{Cancer Center|LOOKALIKE}}, Fresno.
Patient {{DOB 03/10/1960|DOB}}. {{65 y/o|AGE}} M with {{osteosarcoma|OSTEOSARCOMA}} of the left distal femur (biopsy 2023-04-18), {{neoadjuvant doxorubicin/cisplatin|SYSTEMIC_THERAPY|h}} x4 (no {{high-dose MTX|SYSTEMIC_THERAPY|n}} — age and renal function), resection 08/2023.
New firm mass at the distal thigh; MRI 01/2026: 3 cm enhancing mass in the resection bed, suspicious for {{local recurrence|LOCAL_RECURRENCE|u}} — biopsy ordered.
CT chest 01/2026: no {{pulmonary nodules|PULMONARY_NODULE|n}}, no {{metastases|METASTASIS|n}}.
PMH: {{rheumatoid arthritis|AUTOIMMUNE_DISEASE}} on {{methotrexate|IMMUNOSUPPRESSANT}} 15 mg weekly and {{prednisone|SYSTEMIC_STEROID}} 5 mg daily (rheum: Dr. Kaur); {{HIV|HIV}} since 1998 on {{dolutegravir/lamivudine|HIV}}, VL <20.
Supplements: "{{Huaier granules|IMMUNOMODULATOR}}" one sachet daily, sent by his sister-in-law in Shanghai, "for the tumour", taking for a year.
{{ECOG 1|ECOG}}.
""")
N("2026-02-24", "surgical pathology report", """
SURGICAL PATHOLOGY. Left distal thigh, core biopsy x4 (02/20/2026).
Diagnosis: recurrent high-grade osteosarcoma, osteoblastic type, consistent with local
recurrence of the patient's known primary. No wide re-excision has been performed.
Gross: four tan cores, 0.8–1.5 cm. Microscopy: malignant osteoid deposited by pleomorphic cells, brisk mitoses. Margins: not applicable (core biopsy). Results called to Dr. Ortiz 02/24 14:10.
""")
N("2026-03-02", "oncology pharmacy consult", """
ONCOLOGY PHARMACY. Med rec for oncology clinic.
1) {{MTX|IMMUNOSUPPRESSANT}} on the list is his weekly 15 mg for {{RA|AUTOIMMUNE_DISEASE}} — last dose Sunday 03/01 — not {{high-dose methotrexate chemotherapy|SYSTEMIC_THERAPY|n}}; rheum wants it continued.
2) {{Prednisone|SYSTEMIC_STEROID}} 5 mg daily, long-term.
3) {{Huaier granules|IMMUNOMODULATOR}}: Chinese patent medicine with an anti-tumour indication; last sachet this morning. Counselled about interactions; he prefers to continue.
4) {{Dolutegravir/lamivudine|HIV}} for {{HIV|HIV}}.
""")
N("2026-03-10", "trial eligibility e-mail", """
From: CRC  To: Dr. F. Ortiz
Re: PROMIS — Mr. V.: not eligible. No {{lung metastases|LUNG_METASTASIS|n}}; biopsy-proven {{local recurrence|LOCAL_RECURRENCE}} in place; now {{66 years old|AGE}} ({{DOB 03/10/1960|DOB}}; over the age limit); {{HIV|HIV}}; {{RA|AUTOIMMUNE_DISEASE}} on {{MTX|IMMUNOSUPPRESSANT}} + {{prednisone|SYSTEMIC_STEROID}}; daily {{Huaier|IMMUNOMODULATOR}}.
""")

N("2026-03-11", "rheumatology telephone note", """
Rheum phone call with patient. RA quiet on MTX 15 mg weekly + prednisone 5 mg. Oncology asked
whether MTX could be held; advised not to stop abruptly; continue for now and reassess after
oncology decides on treatment. Patient confirms daily Huaier granules.
Joint exam by report: morning stiffness 20 minutes, no new swollen joints. Labs 02/26: ALT 31, creatinine 104, WBC 6.2. Next rheumatology visit in 3 months or sooner if oncology starts treatment.
""")

# ---------------------------------------------------------------------------
# PL20 - 33 y/o woman, AML 2022 with allogeneic HSCT from her brother; gemtuzumab grade 3
# infusion reaction; pelvic sarcoma amended from osteosarcoma to UPS; MMR 24 days ago.
P("PL20", "2026-04-13", "excluded",
  "histo=N resect=U priorsys=U pft=N othermal=M allo=M mab=M tox=M livevax=M",
  "amended pathology OS -> UPS; AML chemotherapy is not therapy for the bone sarcoma (priorsys "
  "unknown); allo HSCT (brother donor); gemtuzumab grade 3 reaction; CNI nephrotoxicity grade 2; "
  "bronchiolitis obliterans FEV1 41%; post-HSCT MMR 24 days before")
N("2025-11-24", "surgical pathology report", """
SURGICAL PATHOLOGY — Northwest University Hospital. Right iliac wing, core biopsy.
Diagnosis: high-grade malignant neoplasm with osteoid-like matrix, consistent with {{osteosarcoma|OSTEOSARCOMA}} (post-radiation setting: prior TBI 2022).
Gross: two cores, 1.1 and 1.6 cm, decalcified. Immunostains: pending at time of sign-out. Comment: intradepartmental review obtained (Dr. Yee).
""")
N("2025-12-03", "amended pathology report", """
{{ADDENDUM — AMENDED DIAGNOSIS|CORRECTION}}. Right iliac wing core biopsy (report of 11/24/2025).
After review at bone pathology consensus conference: the eosinophilic material is collagen, not osteoid; SATB2 negative. Diagnosis is revised to {{undifferentiated pleomorphic sarcoma of bone|OTHER_SARCOMA}}, radiation-associated. The diagnosis of {{osteosarcoma|OSTEOSARCOMA|n}} in the original report {{should be disregarded|CORRECTION}}.
""")
N("2026-03-20", "BMT survivorship clinic note", """
BMT LONG-TERM FOLLOW-UP. 33F, AML (dx 06/2022), 7+3 with gemtuzumab ozogamicin (grade 3
infusion reaction with the first dose — rigors, hypotension, hypoxia, needed ICU), then
matched-sibling allogeneic HSCT from her brother 10/2022 after TBI-based conditioning.
Off all immunosuppression since 03/2024. Bronchiolitis obliterans (lung cGVHD), FEV1 41%,
stable on inhaled fluticasone/azithro/montelukast. CKD stage 3a from prior tacrolimus,
creatinine 1.6 (baseline pre-HSCT 0.7).
Revaccination: MMR given today (24 months post-HSCT, off IS, no active GVHD therapy).
Other: ferritin 1,100 — phlebotomy discussed. Eye exam annual; dental every 6 months. Endocrine: premature ovarian insufficiency on estradiol patch. Psychosocial: back at work part-time as a paralegal. Next LTFU visit in 6 months; sarcoma team following separately.
""")
N("2026-04-06", "sarcoma clinic note", """
BONE TUMOUR CLINIC. {{33-year-old|AGE}} woman with {{radiation-associated undifferentiated pleomorphic sarcoma|OTHER_SARCOMA}} of the right ilium (the initial "{{osteosarcoma|OSTEOSARCOMA|n}}" report was amended 12/2025). Surgery was being planned when CT 03/30 showed multiple bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
History: {{AML|OTHER_MALIGNANCY|h}} 2022, induction with {{gemtuzumab ozogamicin|MONOCLONAL_ANTIBODY|h}} complicated by a {{grade 3 infusion reaction|ALLERGIC_REACTION|h}}; matched-sibling {{allogeneic HSCT|TRANSPLANT|h}} 10/2022 (brother as {{donor|TRANSPLANT|f}}).
Late effects: {{nephrotoxicity|TOXICITY}} from {{tacrolimus|IMMUNOSUPPRESSANT|h}}, CKD with creatinine 1.6, grade 2, not back to baseline; {{bronchiolitis obliterans|TOXICITY}} with {{FEV1 41%|PULMONARY_FUNCTION}} — pulmonology: {{inadequate pulmonary reserve|PULMONARY_FUNCTION}} for thoracic surgery. Inhaled {{fluticasone|LOCAL_STEROID}} only; no {{prednisone|SYSTEMIC_STEROID|n}}.
{{MMR|LIVE_VACCINE|h}} 03/20 per BMT schedule.
{{ECOG 2|ECOG}}.
""")
N("2026-04-10", "trial eligibility e-mail", """
From: CRC  To: Dr. B. Lau
PROMIS — R.S. screen fail: histology is {{UPS|OTHER_SARCOMA}}, not {{osteosarcoma|OSTEOSARCOMA|n}} (amended); {{AML|OTHER_MALIGNANCY|h}} 2022 within 5 years; {{allogeneic HSCT|TRANSPLANT|h}}; {{grade 3 reaction|ALLERGIC_REACTION|h}} to {{gemtuzumab|MONOCLONAL_ANTIBODY|h}}; {{MMR|LIVE_VACCINE|h}} 3/20; {{FEV1 41%|PULMONARY_FUNCTION}}.
""")
# ---------------------------------------------------------------------------
# PL21 - 12 y/o boy, telangiectatic OS humerus; T1D on insulin; mother's breast cancer;
# grade 1 hearing loss; survivorship plan with stale problem list; "OS" = left eye.
P("PL21", "2025-09-08", "eligible", "",
  "T1D on insulin = replacement; stale survivorship problem list; 'OS' oculus sinister look-alike; "
  "hearing loss grade 1 only; staged thoracotomies resectable")
N("2025-06-30", "survivorship care plan", """
SURVIVORSHIP CARE PLAN — Children's Hospital of the Plains (generated 2025-06-30)
Name: E.J.   {{DOB: 04/02/2013|DOB}}   {{Age: 12|AGE}}
Diagnosis: {{telangiectatic osteosarcoma|OSTEOSARCOMA}}, left proximal humerus, diagnosed 2023-11-08.
Treatment summary: {{MAP|SYSTEMIC_THERAPY|h}} — {{cisplatin|SYSTEMIC_THERAPY|h}} 480 mg/m2 cumulative, {{doxorubicin|SYSTEMIC_THERAPY|h}} 450 mg/m2, {{high-dose methotrexate|SYSTEMIC_THERAPY|h}} x12; completed 2024-07-15. Surgery: resection with endoprosthesis 2024-02.
Late effects / problem list (carried forward from 2024, not all current): {{ototoxicity|TOXICITY}} — audiogram 05/2025 {{grade 1 high-frequency hearing loss|TOXICITY}} (no aids needed); {{type 1 diabetes|AUTOIMMUNE_DISEASE}} (dx age 8) on {{insulin|REPLACEMENT_THERAPY}} pump; "{{neutropenia|TOXICITY|h}}" (resolved 2024, list not updated).
Screening: echo yearly (EF 62% 05/2025), audiogram yearly, ophthalmology: exam normal, {{OS|LOOKALIKE}} and OD clear.
Family history: mother {{breast cancer|OTHER_MALIGNANCY|f}} 2021, on tamoxifen.
""")
N("2025-08-11", "clinic note", """
Surveillance visit. 12 y/o M, mom present. Surveillance CT chest 08/04: three new nodules
(LUL 9 mm, LLL 6 mm, RUL 7 mm), highly suspicious for metastatic osteosarcoma. Feels well,
swimming this summer. Lansky 90. Insulin pump, A1c 7.2. No steroids. Tumor board 08/27.
Exam: well-healed left shoulder incision, prosthesis stable, full hand function. Lungs clear to auscultation. Labs: CBC normal, creatinine 48, magnesium 0.78. Mother asks about trials; research office contact information given.
""")
N("2025-08-27", "tumour board summary", """
Pediatric tumour board 08/27/2025.
{{12yo|AGE}} M, {{osteosarcoma|OSTEOSARCOMA}} {{s/p MAP|SYSTEMIC_THERAPY|h}}. Three bilateral {{nodules|PULMONARY_NODULE}} consistent with {{pulmonary metastases|LUNG_METASTASIS}}. All peripheral and {{resectable|RESECTABLE}}: staged bilateral thoracotomies with {{wedge resections|LUNG_RESECTION}}. Spirometry normal for age; {{cleared for thoracic surgery|PULMONARY_FUNCTION}} by pulmonology.
Family asks about PROMIS — research office to screen.
""")
N("2025-09-04", "trial eligibility e-mail", """
From: CRC  To: Dr. I. Nakamura
PROMIS — E.J., screening 9/8: {{12 y/o|AGE}} ({{DOB 04/02/2013|DOB}}), {{Lansky 90|LANSKY}}, {{osteosarcoma|OSTEOSARCOMA}}, 3 {{resectable|RESECTABLE}} {{mets|METASTASIS}}, {{cleared for thoracotomy|PULMONARY_FUNCTION}}, {{MAP|SYSTEMIC_THERAPY|h}} only. {{T1D|AUTOIMMUNE_DISEASE}} on {{insulin|REPLACEMENT_THERAPY}} only (replacement, never {{immunosuppressed|IMMUNOSUPPRESSANT|n}}). {{Hearing loss|TOXICITY}} is grade 1. The "{{OS|LOOKALIKE}}" in his eye exam is the left eye.
""")

N("2025-09-08", "research consent visit", """
PROMIS screening visit. {{12 y/o|AGE}} boy with mother. {{Lansky 90|LANSKY}}. {{Insulin|REPLACEMENT_THERAPY}} pump for {{type 1 diabetes|AUTOIMMUNE_DISEASE}}; no other medications, no {{prednisone|SYSTEMIC_STEROID|n}}. No vaccines since school boosters in 2024.
Mother's {{breast cancer|OTHER_MALIGNANCY|f}} reviewed (BRCA negative). Assent and consent obtained.
""")

# ---------------------------------------------------------------------------
# PL22 - 16 y/o (by DOB) with only a Lansky score; camrelizumab without documented response;
# skin biopsy pending; flu vaccine type unknown; equivocal local recurrence.
P("PL22", "2026-09-21", "needs_review",
  "perf=U cpi=U othermal=U livevax=U localrec=U",
  "16 on as_of with only Lansky documented (needs ECOG); camrelizumab response not recorded; "
  "r/o melanoma pending; school flu vaccine route unknown; resection bed equivocal")
N("2026-06-15", "new patient consult (transfer)", """
ORTHOPAEDIC ONCOLOGY NEW PATIENT — Pacific Northwest Children's, Seattle. Interpreter (Cantonese) for parents.
{{DOB 2010-08-30|DOB}}; {{15 y/o|AGE}} M. {{Osteosarcoma|OSTEOSARCOMA}} of the right distal femur diagnosed in Guangzhou 01/2024; {{MAP|SYSTEMIC_THERAPY|h}} and resection there. Lung relapse 2024: {{camrelizumab|CHECKPOINT_INHIBITOR|h}} + {{apatinib|SYSTEMIC_THERAPY|h}} on a provincial {{study|INVESTIGATIONAL|h}} 04/2024–02/2025; the transferred summary gives no restaging results or {{best response|TUMOR_RESPONSE|u}}, only "{{PD|TUMOR_RESPONSE|h}} 02/2025, {{off study|INVESTIGATIONAL|h}}". Then {{ifosfamide|SYSTEMIC_THERAPY|h}} x3 (03–06/2025).
Family moved to Seattle 05/2026.
CT chest 06/04/2026: four {{nodules|PULMONARY_NODULE}}, bilateral, 5–13 mm, compatible with {{metastases|METASTASIS}}.
""")
N("2026-08-10", "clinic note", """
Follow-up. {{15 y/o|AGE}}. {{Lansky 80|LANSKY}} — plays badminton, tires easily.
MRI R femur 08/05: thin rim of enhancement at the resection margin, equivocal for {{local recurrence|LOCAL_RECURRENCE|u}} vs. postoperative change; repeat MRI in 8 weeks.
Thoracic surgery (08/07): all four {{nodules|PULMONARY_NODULE}} {{resectable|RESECTABLE}} by staged {{wedge resections|LUNG_RESECTION}}; {{PFTs|PULMONARY_FUNCTION}} {{adequate|PULMONARY_FUNCTION}}.
Dermatology referral for an irregular pigmented lesion on the back.
""")
N("2026-09-09", "dermatology note", """
DERMATOLOGY. 16 y/o M with irregular 7 mm pigmented macule, left upper back, changed per
mother. Dermoscopy: atypical network. Shave biopsy done to rule out melanoma; pathology
pending (expected 2 weeks).
Skin exam otherwise: 22 benign-appearing nevi, no other atypical lesions. Sun protection counselling given to patient and parents with interpreter. Will call with results.
""")
N("2026-09-14", "school health form", """
School nurse letter faxed by parents: student received "seasonal influenza vaccine" at the
school clinic 09/08/2026. Product / formulation box left blank (school offered both FluMist
nasal spray and injection this year).
School nurse (Ms. Carter) could not be reached by phone on 09/14; voicemail left requesting the lot number and product name. Parents report no reaction after the vaccine.
""")
N("2026-09-18", "trial eligibility e-mail", """
From: CRC  To: Dr. C. Obi
PROMIS — K.W. (turns out he was {{16|AGE}} on 8/30). Open issues: (1) only a {{Lansky 80|LANSKY}} in the chart — need a performance score on the adult scale now that he is 16; (2) {{camrelizumab|CHECKPOINT_INHIBITOR|h}}: no {{best response|TUMOR_RESPONSE|u}} in the Guangzhou summary, just "{{PD|TUMOR_RESPONSE|h}}"; (3) back lesion biopsy to r/o {{melanoma|OTHER_MALIGNANCY|u}} pending; (4) school {{flu vaccine|LIVE_VACCINE|u}} 9/8 — nasal or shot unknown; (5) femur MRI equivocal for {{local recurrence|LOCAL_RECURRENCE|u}}. Otherwise fine: {{osteosarcoma|OSTEOSARCOMA}}, 4 {{resectable|RESECTABLE}} {{mets|METASTASIS}}, {{PFTs OK|PULMONARY_FUNCTION}}, prior {{MAP|SYSTEMIC_THERAPY|h}}.
""")

N("2026-09-21", "nurse navigator note", """
Navigator note. Dermatology path still pending. Parents cannot remember whether the school flu
vaccine was a nasal spray. Lansky remains the only score documented. Screening deferred.
""")

# ---------------------------------------------------------------------------
# PL23 - 26 y/o woman; camrelizumab PR x7 months then PD; gem/docetaxel; bevacizumab grade 3
# hypersensitivity; phase I drug last dose 28 days before; thymalfasin 14 days before; hCG+.
P("PL23", "2026-08-31", "excluded",
  "pft=U cpi=M gem=M mab=M invest=M immunomod=M preg=M",
  "secondary resistance to camrelizumab; investigational last dose exactly 28 days before; "
  "thymalfasin exactly 14 days before; positive hCG; bevacizumab grade 3 reaction")
N("2026-02-16", "new patient consult (transfer)", """
ORTHOPAEDIC ONCOLOGY NEW PATIENT — Twin Rivers {{Cancer Institute|LOOKALIKE}}, Minneapolis.
{{26 y/o|AGE}} F, {{osteosarcoma|OSTEOSARCOMA}} of the left proximal tibia (biopsy 2022-10-03, Beijing), {{MAP|SYSTEMIC_THERAPY|h}} 2022–2023.
Pulmonary relapse 01/2024: {{camrelizumab|CHECKPOINT_INHIBITOR|h}} + {{apatinib|SYSTEMIC_THERAPY|h}} from 03/2024 — {{partial response|TUMOR_RESPONSE|h}} at 8 weeks, maintained for 7 months, then {{progressive disease|TUMOR_RESPONSE|h}} 12/2024. {{Gemcitabine/docetaxel|GEMCITABINE|h}} x4 (01–04/2025) with {{bevacizumab|MONOCLONAL_ANTIBODY|h}}; {{grade 3 hypersensitivity reaction|ALLERGIC_REACTION|h}} to {{bevacizumab|MONOCLONAL_ANTIBODY|h}} on cycle 2 (bronchospasm, hypotension) — {{bevacizumab|MONOCLONAL_ANTIBODY|h}} stopped.
Takes {{thymalfasin|IMMUNOMODULATOR}} ({{Zadaxin|IMMUNOMODULATOR}}) 1.6 mg SC twice weekly, supplied by family.
CT 02/2026: five bilateral {{pulmonary metastases|LUNG_METASTASIS}}.
{{ECOG 1|ECOG}}.
Plan: screen for our {{phase I study|INVESTIGATIONAL|y}} (TRC-118).
""")
N("2026-08-03", "infusion centre nursing note", """
Infusion RN. Phase I TRC-118, cycle 5 day 1: study drug infused without reaction. Pt reports
taking Zadaxin injections at home twice weekly. LMP uncertain, urine hCG negative 07/06 (C4).
Next visit C6D1 08/24.
Vitals pre-infusion: BP 108/66, HR 84, T 36.8, SpO2 98%. Post-infusion vitals stable. PK samples at 0, 1, 4 h drawn and sent on ice. Port flushed and de-accessed. Patient ambulated out with her sister.
""")
N("2026-08-25", "research clinic note", """
PHASE I CLINIC — C6D1 visit. Pre-dose urine {{hCG|PREGNANCY_TEST}} positive, serum {{beta-hCG|PREGNANCY_TEST}} 2,140 — early {{pregnancy|PREGNANCY}} (~5 weeks). {{Study drug|INVESTIGATIONAL}} not given; permanently discontinued. Last dose was C5D1 on 08/03.
She last injected {{thymalfasin|IMMUNOMODULATOR}} 08/17 and has stopped.
Restaging {{on study|INVESTIGATIONAL|h}} (08/18): {{SD|TUMOR_RESPONSE}}; five {{pulmonary metastases|LUNG_METASTASIS}}, all peripheral, called {{resectable|RESECTABLE}} by thoracic surgery.
""")
N("2026-08-28", "trial eligibility e-mail", """
From: CRC  To: Dr. D. Sorensen
PROMIS for S.L. — not possible, as of 8/31: {{pregnant|PREGNANCY}}; {{study drug|INVESTIGATIONAL}} last 08/03 (28 days — inside 4 wks); {{thymalfasin|IMMUNOMODULATOR}} 08/17 (14 days); prior {{gem/doce|GEMCITABINE|h}}; {{camrelizumab|CHECKPOINT_INHIBITOR|h}} {{PR|TUMOR_RESPONSE|h}} then {{PD|TUMOR_RESPONSE|h}}; {{bevacizumab|MONOCLONAL_ANTIBODY|h}} {{grade 3 reaction|ALLERGIC_REACTION|h}}.
""")

N("2026-08-31", "emergency department triage", """
ED TRIAGE 07:50. 26F, ~5-6 weeks pregnant (positive hCG 8/25), light spotting since last night,
no pain. Hx osteosarcoma with lung mets, recently off a phase I drug. Vitals stable. Acuity 3,
to early pregnancy assessment unit.
""")

# ---------------------------------------------------------------------------
# PL24 - 62 y/o woman; dedifferentiated chondrosarcoma (not OS); kidney transplant from sister on
# tacrolimus/MMF; chemotherapy-naive; local recurrence; Kanglaite 7 days ago; on IDH1 study drug.
P("PL24", "2025-12-08", "excluded",
  "histo=N pulmets=U resect=U priorsys=N pft=U localrec=M allo=M steroids=M immunomod=M invest=M",
  "chondrosarcoma only; living-related kidney allograft; Kanglaite 7 days before; on study drug; "
  "indeterminate 4 mm nodules")
N("2025-10-20", "sarcoma consult", """
MUSCULOSKELETAL ONCOLOGY CONSULT — St. Lawrence Regional {{Cancer Centre|LOOKALIKE}}, Kingston.
{{62-year-old|AGE}} woman with {{dedifferentiated chondrosarcoma|OTHER_SARCOMA}} of the left ilium (biopsy 2023-08-14), internal hemipelvectomy 10/2023, no adjuvant therapy — {{chemotherapy-naive|CHEMO_NAIVE}}.
Now {{locally recurrent|LOCAL_RECURRENCE}} in the pelvis (biopsy 09/2025), not operable without hindquarter amputation, which she declines.
CT chest: two 4 mm {{nodules|PULMONARY_NODULE}}, indeterminate; {{metastases|METASTASIS|u}} not established.
PMH: living-related {{kidney transplant|TRANSPLANT|h}} 2014 from her {{sister|TRANSPLANT|f}} (ADPKD), on {{tacrolimus|IMMUNOSUPPRESSANT}} and {{mycophenolate|IMMUNOSUPPRESSANT}}.
{{ECOG 1|ECOG}}.
Plan: IDH1-mutant — screen for the {{phase II study|INVESTIGATIONAL|y}} of STL-4417.
""")
N("2025-11-17", "research nurse note", """
Research RN. Protocol STL-4417 (oral IDH1 inhibitor, investigational). C1D1 11/17/2025,
500 mg PO daily, pill diary given. Transplant nephrology aware; tacrolimus levels weekly.
Eligibility checklist signed by PI 11/14. Baseline ECG QTcF 428 ms. Patient instructed to take the drug on an empty stomach and to bring all bottles to each visit. Next visit C1D8 11/24 with PK.
""")
N("2025-12-03", "oncology pharmacy note", """
ONCOLOGY PHARMACY. Interaction review for {{study drug|INVESTIGATIONAL}} STL-4417 (day 17, taking daily).
Patient disclosed {{Kanglaite|IMMUNOMODULATOR}} injections at a naturopathic clinic in Montréal — "{{Kanglaite|IMMUNOMODULATOR}} (coix seed oil) IV", last on 12/01. Advised to stop; research team informed.
{{Tacrolimus|IMMUNOSUPPRESSANT}} 2 mg bid, {{mycophenolate|IMMUNOSUPPRESSANT}} 500 mg bid — continuing.
""")
N("2025-12-05", "trial eligibility e-mail", """
From: CRC  To: Dr. G. Tremblay
She was flagged for PROMIS by the word "{{sarcoma|LOOKALIKE}}" — not a candidate: {{chondrosarcoma|OTHER_SARCOMA}}, not {{osteosarcoma|OSTEOSARCOMA|n}}; {{chemotherapy-naive|CHEMO_NAIVE}}; {{local recurrence|LOCAL_RECURRENCE}} present; lung {{nodules|PULMONARY_NODULE}} indeterminate; on {{study drug|INVESTIGATIONAL}}; {{kidney allograft|TRANSPLANT|h}}; {{Kanglaite|IMMUNOMODULATOR}} 12/01.
""")


N("2025-12-08", "research nurse note", """
Research RN, C1D22. Pill diary: STL-4417 taken daily, no missed doses. Tacrolimus trough 7.2.
Patient confirms she stopped the naturopathic injections after 12/01. No new symptoms.
Vitals stable. ECG QTcF 432 ms. Labs: creatinine 128 (baseline 120), ALT 22. Pill count matches diary. Next visit C2D1 12/15.
""")

# ---------------------------------------------------------------------------
def status_of(crit):
    if any(crit[c] == "not_met" for c in INCL) or any(crit[c] == "met" for c in EXCL):
        return "excluded"
    if all(crit[c] == "met" for c in INCL) and all(crit[c] == "not_met" for c in EXCL):
        return "eligible"
    return "needs_review"


def main():
    ids = [p["patient_id"] for p in PATIENTS]
    assert ids == ["PL%02d" % i for i in range(1, 25)], ids
    notes_out, pats_out = [], []
    for p in PATIENTS:
        assert "2025-06-01" <= p["as_of"] <= "2026-11-30", p["patient_id"]
        assert 3 <= len(p["notes"]) <= 8, (p["patient_id"], len(p["notes"]))
        assert status_of(p["criteria"]) == p["status"], (p["patient_id"], status_of(p["criteria"]))
        assert len(p["criteria"]) == 22
        prev = ""
        for n in p["notes"]:
            date.fromisoformat(n["note_date"])
            assert n["note_date"] <= p["as_of"], n["note_id"]
            assert n["note_date"] >= prev, n["note_id"]
            prev = n["note_date"]
            notes_out.append(n)
        pats_out.append({"patient_id": p["patient_id"], "as_of": p["as_of"],
                         "status": p["status"], "criteria": p["criteria"]})

    # boundary-day checks written into the charts
    assert days("2026-04-03", "2026-05-04") == 31      # PL04 MMR, outside 30 d
    assert days("2026-01-10", "2026-02-09") == 30      # PL07 last study dose, outside 28 d
    assert days("2026-10-12", "2026-10-20") == 8       # PL17 prednisone, outside 7 d
    assert days("2026-08-03", "2026-08-31") == 28      # PL23 study drug, inside 4 weeks
    assert days("2026-08-17", "2026-08-31") == 14      # PL23 thymalfasin, inside 2 weeks
    assert days("2025-12-01", "2025-12-08") == 7       # PL24 Kanglaite, inside 2 weeks
    assert days("2026-05-04", "2026-05-25") == 21      # PL16 MMR
    assert days("2026-03-20", "2026-04-13") == 24      # PL20 MMR
    assert days("2026-01-30", "2026-02-23") == 24      # PL06 Varivax
    assert "2023-11-01" < "2024-01-15"                 # PL13 MTX stop before 2-year window
    assert "2023-03-14" > "2020-07-28"                 # PL03 bladder cancer inside 5 y
    assert "2022-09-06" > "2021-07-13"                 # PL15 melanoma inside 5 y
    assert "2017-01-01" < "2021-09-14"                 # PL14 neuroblastoma outside 5 y

    n_ann = sum(1 for n in notes_out if n["spans"])
    n_spans = sum(len(n["spans"]) for n in notes_out)
    assert 110 <= len(notes_out) <= 140, len(notes_out)
    assert n_ann * 2 >= len(notes_out)

    mix = {s: sum(1 for p in pats_out if p["status"] == s)
           for s in ("eligible", "excluded", "needs_review")}
    assert 7 <= mix["eligible"] <= 9 and 8 <= mix["excluded"] <= 10 \
        and 6 <= mix["needs_review"] <= 8, mix

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "notes.jsonl"), "w") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "patients.jsonl"), "w") as fh:
        for p in pats_out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")

    print("part L: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(pats_out), len(notes_out), n_ann, n_spans))
    print("status mix:", mix)
    print("%-30s %5s %7s %7s" % ("criterion", "met", "not_met", "unknown"))
    bad = []
    for c in INCL + EXCL:
        cnt = {v: sum(1 for p in pats_out if p["criteria"][c] == v)
               for v in ("met", "not_met", "unknown")}
        print("%-30s %5d %7d %7d" % (c, cnt["met"], cnt["not_met"], cnt["unknown"]))
        if cnt["met"] < 3 or cnt["not_met"] < 3 or cnt["unknown"] < 2:
            bad.append(c)
    assert not bad, bad


if __name__ == "__main__":
    main()
