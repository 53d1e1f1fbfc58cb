#!/usr/bin/env python3
"""Gold corpus for chartmatch / PROMIS (NCT06114225) -- part D (patients PD01..PD24).

Run:  python3 annotated_notes/source/part_d.py
Writes annotated_notes/parts/d/notes.jsonl and annotated_notes/parts/d/patients.jsonl
(found from this file's location), checks them and prints a summary. Stdlib only.
All patients, notes, hospitals, names, dates and identifiers are invented.

STYLE OF THIS PART: international and dictated
----------------------------------------------
* letters translated into English from European hospitals (German, French, Italian,
  Spanish, Dutch, Polish habits): "Dear colleague", "Diagnoses:" lists with dates,
  "St. p." / "Z. n." for status post, "Befund", day-first dates (3.10.2026, 03-10-2026,
  03-Oct-2026, "the 3rd of October 2026"), WHO PS / ECOG-PS / Karnofsky-Index,
  "SD/PR/PD per RECIST 1.1", iRECIST iUPD / iCPD, and untranslated words left in the
  translation ("Lungenmetastasen", "metastases pulmonaires", "metastasi polmonari");
* Chinese hospital records translated (admission / discharge record structure, drug
  names in Chinese characters with pinyin or English, dates 2026年3月10日 or 2026-3-10);
* multidisciplinary tumour-board minutes whose judgements (resectable / not resectable /
  fit for surgery / reserve insufficient) a later board reverses;
* dictated prose whose line breaks an export flattened (a whole note in one paragraph,
  headers glued into the text: "...stable.,IMPRESSION: ...");
* terse shorthand notes and CT chest reports with an impression section;
* ages written "a 19-year-old", "aged 23", "23 J.", "23 ans", "23岁".

HOW NOTES ARE WRITTEN
---------------------
A note is a string in which concept mentions are marked inline:

    [[text|LABEL]]        or        [[text|LABEL|flag,flag]]

LABEL is a concept id of patterns/concepts.json. Flags: neg (negated), unc (uncertain),
hist (historical), hyp (hypothetical), fam (family); the full names work too.
The markup is stripped, offsets (end exclusive) are computed into the final text and
text[start:end] is asserted to equal the marked phrase. A note with any markup is
span-annotated: every concept mention in it is marked, and LINT (below) fails the run
when a concept-like word (English, German, French, Italian, Spanish, Dutch, Polish or
Chinese) lies outside every span; deliberate non-mentions are listed per note in ok=(...).
A note without markup is written with "spans": [] and counts for the verdicts only.

Span conventions (as annotated_notes/README.md, plus what this style needs)
  * span = the concept phrase as written, in whatever language it is written
    ("Lungenmetastasen", "metastases pulmonaires", "肺转移"); a drug written in Chinese
    characters and in English ("卡瑞利珠单抗 (camrelizumab)") gives two spans;
  * ECOG / KARNOFSKY / LANSKY / AGE / DOB include the value ("WHO PS 1", "ECOG-PS 0",
    "Karnofsky-Index 70 %", "23 J.", "aged 23", "23岁", "geb. 04.11.1960");
    "WHO PS" / "OMS" (the WHO scale in French) are ECOG;
  * historical needs a cue (history of, St. p., Z. n., s/p, prior, previously, completed)
    or a past-history section (Vorgeschichte, Antecedents, Anamnesi remota, Past history,
    既往史; not a bare "History:" header, which these letters use for the present history);
    a past date alone is not enough, and neither is "after X" / "since X"; a later board's
    reference to an earlier board's judgement that it revises ("the decision of 19.11.2025
    (fit for surgery) is revised") is historical;
  * iRECIST codes (iSD, iPR, iUPD, iCPD) are TUMOR_RESPONSE like RECIST SD / PR / PD;
  * PROMIS itself, its penpulimab / gemcitabine and the protocol metastasectomy are
    hypothetical; a negative / non-reactive test is negated.

Patient verdicts follow the guideline ../shared/promis-criteria.md (beside the repository,
as annotated_notes/README.md says). The comment above each
patient gives the reason for every verdict that differs from the default (inclusion met,
exclusion not_met) and the traps its notes set. check() re-derives every window and age
from the dates as they are written in the notes (day-first, Chinese), asserts the status
rule and the verdict mix of this part.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "annotated_notes" / "parts" / "d"
CONCEPTS = {c["id"] for c in json.loads((ROOT / "patterns" / "concepts.json").read_text(encoding="utf-8"))["concepts"]}

INCLUSIONS = ("osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
              "prior_systemic_therapy", "age_eligible", "performance_status",
              "pulmonary_function_adequate")
EXCLUSIONS = ("active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
              "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
              "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
              "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
              "live_vaccine_30d", "pregnant_or_lactating")
CRITERIA = INCLUSIONS + EXCLUSIONS
M, N, U = "met", "not_met", "unknown"

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")
ALIAS = {"neg": "negated", "unc": "uncertain", "hist": "historical", "hyp": "hypothetical", "fam": "family"}
ALIAS.update({f: f for f in FLAGS})
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)(?:\|([a-z,]*))?\]\]")

# Concept-like words; in a span-annotated note each hit must lie inside a span (or be listed in ok).
LINT_WORDS = [
    # diagnoses
    r"osteos[a-z]*rc\w*", r"osteosark\w*", r"ost[eé]osarcome\w*", r"osteogen\w*", r"\bewing\w*",
    r"chondros[a-z]*rc\w*", r"\bcondrosarc\w*", r"sarcom[ae]s?\b(?! (?:unit|centre|center|clinic|board|tumou?r board|service|team|network|department|outpatient|conference|MDT|multidisciplinary|surgery|medical))",
    r"sarkom\w*", r"\bsarcoom\w*", r"m[eé]tasta\w*", r"\bmets\b",
    r"rezidiv\w*", r"r[eé]cidiv\w*", r"\brecurren\w*", r"\brecidiv\w*",
    r"carcinom\w*", r"karzinom\w*", r"\bcancer\w*", r"\bkrebs\w*", r"leuk[aä]?em\w*", r"leuc[eé]m\w*", r"lymphom\w*",
    r"linfom\w*", r"melanom\w*", r"malign\w*", r"\bmaligne?\b", r"malin\w*", r"\bSCC\b",
    # lung
    r"\bn[oó]dul\w*", r"\bnodul\w*", r"\bnoduli\b", r"\bherd\w*", r"\brundherd\w*",
    r"resectab\w*", r"resecab\w*", r"r[eé]s[eé]cab\w*", r"resektab\w*", r"\binoper\w*", r"\boperab\w*",
    r"\bop[eé]rable\w*", r"\b(?:lung|pulmonary|wedge|atypical) resection\w*", r"lungenresektion\w*",
    r"resezion\w* (?:atipic|polmonar)\w*", r"resecci[oó]n (?:pulmonar|en cu[ñn]a)\w*", r"r[eé]section pulmonaire",
    r"\bwedge\w*", r"keilres\w*", r"lobectom\w*", r"lobektom\w*", r"segmentectom\w*", r"segmentektom\w*",
    r"pneumonectom\w*", r"pneumonektom\w*", r"\bVATS\b", r"thoracotom\w*", r"thorakotom\w*",
    r"bronch(?:us|i)\b", r"hauptbronch\w*", r"pulmonary (?:artery|vein)", r"pulmonalarter\w*", r"\bhil(?:um|ar|us)\b",
    r"effusion\w*", r"erguss\w*", r"[eé]panchement\w*", r"versament\w*", r"derrame\w*", r"pleuravocht\w*",
    r"\bPFTs?\b", r"\bFEV1\w*", r"\bDLCO\w*", r"pulmonary function", r"lungenfunktion\w*", r"\bEFR\b",
    r"spirometr\w*", r"spirometri\w*", r"\breserve\b", r"\bcleared for\b", r"lung function", r"fit for surgery",
    r"funzionalit[aà] respiratoria", r"prove di funzionalit\w*", r"longfunctie\w*",
    # therapy
    r"\bchemo\w*", r"\bchimio\w*", r"\bquimio\w*", r"\bchemio\w*", r"chemioterap\w*",
    r"methotrex\w*", r"metotrex\w*", r"\bMTX\b", r"doxorubi\w*", r"adriamy\w*", r"cisplat\w*", r"\bcarboplat\w*",
    r"ifosfam\w*", r"etoposid\w*", r"\bVP-16\b", r"apatinib", r"anlotinib", r"regorafenib", r"cabozantinib",
    r"sorafenib", r"pazopanib", r"vincristin\w*", r"cyclophosph\w*", r"ciclofosf\w*", r"docetax\w*",
    r"irinotec\w*", r"temozolom\w*", r"trabected\w*", r"gemcit\w*", r"gemzar", r"\w+mab\b",
    r"\bPD-1\b", r"\bPD-L1\b", r"checkpoint", r"immunotherap\w*", r"immunoth[eé]rap\w*", r"immunoterap\w*",
    r"\btrial\w*", r"\bstudy drug\w*", r"\bstudie\w*", r"\bstudio\b", r"\b[eé]tude\b", r"\bensayo\w*", r"investigational",
    r"compassionate", r"\bprotocol\w*", r"\bPROMIS\b", r"expanded access",
    r"\brespon\w*", r"r[eé]ponse\w*", r"risposta\w*", r"respuesta\w*", r"\bprogress(?:ion|ive|ed|ing)?\b(?!\s+note)",
    r"progressione", r"progresi[oó]n", r"stable disease", r"\bRECIST\b",
    # immune / drugs
    r"thymalfas\w*", r"zadaxin", r"thymosin", r"huaier", r"kanglaite", r"huachansu", r"cinobufac\w*",
    r"kushen", r"interferon\w*", r"interleu\w*", r"\bmistel\w*",
    r"lupus", r"rheumat\w*", r"reumat\w*", r"crohn\w*", r"hashimoto\w*", r"psoria\w*", r"autoimm\w*",
    r"colitis", r"colite", r"\bsteroid\w*", r"st[eé]ro[iï]d\w*", r"cortico\w*", r"kortiko\w*", r"cortison\w*",
    r"kortison\w*", r"prednis\w*", r"dexameth\w*", r"desametas\w*", r"methylpred\w*", r"hydrocort\w*",
    r"fluticas\w*", r"budesonid\w*", r"beclomet\w*", r"tacrolim\w*", r"mycophen\w*", r"cyclospor\w*",
    r"ciclospor\w*", r"azathiop\w*", r"sirolim\w*", r"levothyr\w*", r"thyroxin\w*", r"\binsulin\w*",
    r"transplant\w*", r"trapiant\w*", r"trasplant\w*", r"\bgreffe\w*", r"keratoplast\w*", r"\bHSCT\b",
    r"\bSZT\b", r"\bKMT\b", r"\bBMT\b", r"stem.cell", r"stammzell\w*", r"cellule staminali", r"anaphyla\w*",
    r"anafila\w*", r"allerg\w*", r"hypersensitiv\w*", r"infusion reaction", r"\bNKDA\b",
    # toxicity
    r"toxicit\w*", r"toxizit\w*", r"tossicit\w*", r"toxicidad", r"neuropath\w*", r"neuropat\w*",
    r"hearing loss", r"h[öo]rverlust\w*", r"schwerh[öo]r\w*", r"ototox\w*", r"nephrotox\w*", r"mucositis",
    r"\bfatigue\b", r"alopec\w*", r"\btinnitus\b", r"neutropen\w*", r"cardiomyopath\w*",
    # infection / vaccines / reproduction
    r"\bHIV\b", r"\bVIH\b", r"antiretrovir\w*", r"\bART\b", r"\bHAART\b", r"biktarvy",
    r"vaccin\w*", r"vacun\w*", r"impf\w*", r"\bMMR\b", r"varicel\w*", r"varizell\w*", r"\btyph\w*",
    r"gelbfieber", r"yellow fever", r"fi[eè]vre jaune", r"fiebre amarilla", r"triple v[ií]rica", r"\bBCG\b",
    r"shingrix", r"zostavax", r"flumist",
    r"pregnan\w*", r"schwanger\w*", r"enceinte", r"grossesse", r"gravidanz\w*", r"embaraz\w*", r"zwanger\w*",
    r"\bhCG\b", r"\bβ-hCG\b", r"breastfe\w*", r"allait\w*", r"allatt\w*", r"lactan\w*", r"lactat\w*",
    r"\bstill(?:t|en|zeit)\b", r"borstvoed\w*", r"gestation\w*", r"\bSSW\b",
    # performance / age
    r"\bECOG\w*", r"karnofsky\w*", r"\bKPS\b", r"lansky\w*", r"\bWHO PS\b", r"\bOMS\b", r"zubrod",
    r"\b\d+[- ]?(?:yo|y/o)\b", r"\d+-year-old", r"\d+ years? old", r"\baged \d+", r"\b\d+ J\.",
    r"\b\d+ ans\b", r"\b\d+ anni\b", r"\b\d+ a[ñn]os\b", r"\b\d+ jaar\b", r"\b\d+ lat\b", r"\bDOB\b", r"\bgeb\.",
    r"\bn[ée]e? le\b", r"\bnato il\b", r"\bnata il\b", r"\bborn\b",
]
LINT_ZH = [  # Chinese terms (no word boundaries in Chinese)
    "骨肉瘤", "肉瘤", "转移", "结节", "切除", "化疗", "卡瑞利珠单抗", "艾瑞卡", "华蟾素", "胸腺法新", "日达仙",
    "胸腺肽", "槐耳", "康莱特", "吉西他滨", "多西他赛", "顺铂", "多柔比星", "阿霉素", "甲氨蝶呤", "异环磷酰胺",
    "阿帕替尼", "安罗替尼", "单抗", "积液", "复发", "移植", "激素", "泼尼松", "地塞米松", "疫苗", "艾滋",
    "妊娠", "怀孕", "哺乳", "试验", "过敏", "听力", "毒性", "岁", "肺功能", "癌", "PD-1",
]
LINT_CASE = [   # abbreviations that count only in upper case
    r"\bOS\b", r"\bMAP\b", r"\bAP\b", r"\bIE\b", r"\bGD\b", r"\bGP\b", r"\bSLE\b", r"\bRA\b", r"\bSD\b",
    r"\bPR\b", r"\bCR\b", r"\bPD\b(?!-)", r"\bi(?:SD|PR|CR|UPD|CPD)\b", r"\bHD-\w+", r"\bIFO\b", r"\bCDDP\b",
    r"\bADM\b", r"\b\d{1,2}[MF]\b", r"\b[MF]/\d{1,2}\b", r"\bEURAMOS\b", r"\bDMARD\w*",
]
LINT = [re.compile("|".join(LINT_WORDS), re.IGNORECASE), re.compile("|".join(LINT_CASE)),
        re.compile("|".join(map(re.escape, LINT_ZH)))]

NOTES: list[dict] = []
PATIENTS: dict[str, dict] = {}


def parse(marked: str, where: str):
    """Strip [[text|LABEL|flags]] markup; return (text, spans with their phrases)."""
    out, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        phrase, label, flags = m.group(1), m.group(2), m.group(3) or ""
        assert label in CONCEPTS, f"{where}: unknown concept {label!r}"
        assert phrase == phrase.strip(), f"{where}: span {phrase!r} has outer whitespace"
        fl = set()
        for f in filter(None, flags.split(",")):
            assert f in ALIAS, f"{where}: unknown flag {f!r} in {m.group(0)!r}"
            fl.add(ALIAS[f])
        spans.append(({"start": length, "end": length + len(phrase), "label": label,
                       **{f: f in fl for f in FLAGS}}, phrase))
        out.append(phrase)
        length += len(phrase)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, f"{where}: unparsed markup near {text[text.find('[['):][:60]!r}"
    return text, spans


def note(pid: str, nid: str, when: str, ntype: str, body: str, ok: tuple[str, ...] = ()) -> None:
    """Add a note. `ok` lists lint hits (the matched words) that are not concept mentions."""
    assert nid.startswith(pid + "-"), nid
    date.fromisoformat(when)
    text, pairs = parse(body.strip("\n") + "\n", nid)
    spans = []
    for s, phrase in pairs:
        assert text[s["start"]:s["end"]] == phrase, (nid, phrase)
        a, b = s["start"], s["end"]   # no span cuts a word in two (as tests/test_annotated_notes.py)
        assert not (a > 0 and text[a - 1].isalnum() and text[a].isalnum()), (nid, "cut word before", phrase)
        assert not (b < len(text) and text[b - 1].isalnum() and text[b].isalnum()), (nid, "cut word after", phrase)
        spans.append(s)
    if spans:
        covered = [(s["start"], s["end"]) for s in spans]
        oks = {o.lower() for o in ok}
        used = set()
        for rx in LINT:
            for m in rx.finditer(text):
                w = m.group(0)
                if any(x <= m.start() and m.end() <= y for x, y in covered):
                    continue
                if w.lower() in oks:
                    used.add(w.lower())
                    continue
                ctx = text[max(0, m.start() - 50):m.end() + 50].replace("\n", " ")
                raise AssertionError(f"{nid}: unannotated concept word {w!r} in ...{ctx}...")
        assert used == oks, f"{nid}: ok=() lists words that are not hit: {sorted(oks - used)}"
        ss = sorted(spans, key=lambda s: s["start"])
        for x, y in zip(ss, ss[1:]):
            assert x["end"] <= y["start"], (nid, "overlapping spans", x, y)
    else:
        assert not ok, f"{nid}: ok=() given for a note without spans"
    NOTES.append({"patient_id": pid, "note_id": nid, "note_date": when, "note_type": ntype,
                  "text": text, "spans": spans})


def patient(pid: str, as_of: str, expect: str, verdicts: dict[str, str],
            dob: tuple[str, str] | None = None, windows: tuple = ()) -> None:
    """Gold verdicts: criteria not listed are inclusion `met` / exclusion `not_met`.
    `expect` is the status they must give. `dob` = (date as written in a note, ISO date);
    `windows` = ((criterion, date as written in a note, days before as_of), ...); check()
    re-reads the written dates (day-first, Chinese) and re-does the arithmetic."""
    assert set(verdicts) <= set(CRITERIA), (pid, set(verdicts) - set(CRITERIA))
    full = {c: verdicts.get(c, M if c in INCLUSIONS else N) for c in CRITERIA}
    assert set(full.values()) <= {M, N, U}, pid
    PATIENTS[pid] = {"patient_id": pid, "as_of": as_of, "status": status_of(full), "criteria": full,
                     "_expect": expect, "_dob": dob, "_windows": windows}


def status_of(v: dict[str, str]) -> str:
    if any(v[c] == N for c in INCLUSIONS) or any(v[c] == M for c in EXCLUSIONS):
        return "excluded"
    if all(v[c] == M for c in INCLUSIONS) and all(v[c] == N for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"


MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                      "oct", "nov", "dec"), start=1)}


def read_written(s: str) -> date:
    """A date as this part writes it: day-first (3.10.2026, 03-10-2026, 03/10/2026),
    03-Oct-2026, 'the 3rd of October 2026', 2026年3月10日, 2026-3-10 / ISO."""
    s = s.strip()
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", s):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", s):
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th) of ([A-Za-z]+) (\d{4})", s):
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1]))
    raise ValueError(f"unreadable written date {s!r}")


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# =====================================================================================
# PATIENTS
# =====================================================================================
# -------------------------------------------------------------------------------------
# PD01 -- ELIGIBLE (German letters). 23 J., osteoblastic osteosarcoma R femur, St. p. MAP,
# two Lungenmetastasen called resectable by the tumour board, Lungenfunktion normal.
# Traps: Z. n. keratoplasty (corneal graft, not allogeneic organ); Hashimoto on L-thyroxine
# only (replacement, not systemic treatment); budesonide inhaler (local); dexamethasone
# course after a tooth extraction, last dose 05.02.2026 = 8 days before as_of (day-first);
# grade 1 hearing loss; mother's breast cancer (family); HIV test negative.
# -------------------------------------------------------------------------------------
patient("PD01", "2026-02-13", "eligible", {},
        windows=(("systemic_steroids_7d", "05.02.2026", 8),))

note("PD01", "PD01-N1", "2024-03-19", "pathology_report", """
Institute of Pathology - Histopathological report (Befund), translated from German
Material: core needle biopsy, right distal femur (received 14.03.2024), 4 cylinders.
Microscopy: pleomorphic spindle and epithelioid tumour cells depositing abundant lace-like tumour osteoid; numerous atypical mitoses; no cartilaginous component. Immunohistochemistry: SATB2 positive, MDM2 negative, H3F3A G34W negative.
Diagnosis: high-grade conventional osteosarcoma, osteoblastic type, right distal femur.
Comment: please report to the interdisciplinary sarcoma tumour board.
""")

note("PD01", "PD01-N2", "2025-11-24", "radiology_report", """
CT-Thorax mit KM (CT chest with contrast) of 24.11.2025
Clinical information: [[22 J.|AGE]], [[osteoblastic osteosarcoma|OSTEOSARCOMA]] right femur, St. p. [[MAP|SYSTEMIC_THERAPY|hist]] until 12/2024, follow-up.
Comparison: 20.08.2025.
Befund (findings): Two new sharply defined [[round foci|PULMONARY_NODULE]] ([[Rundherde|PULMONARY_NODULE]]): right lower lobe, posterior basal segment, 9 mm, subpleural (Se 4/Im 201); left upper lobe, apicoposterior segment, 7 mm (Se 4/Im 63). No further [[nodules|PULMONARY_NODULE|neg]]. No [[Pleuraerguss|PLEURAL_EFFUSION|neg]]. No hilar or mediastinal lymphadenopathy. Upper abdomen unremarkable.
Beurteilung (impression):
1. Two new [[pulmonary round foci|PULMONARY_NODULE]] (RLL 9 mm, LUL 7 mm), in the context of the history highly suspicious for [[Lungenmetastasen|LUNG_METASTASIS|unc]].
2. No [[pleural effusion|PLEURAL_EFFUSION|neg]].
""", ok=("hilar",))

note("PD01", "PD01-N3", "2025-12-01", "pft_report", """
Lungenfunktionsprüfung (pulmonary function test), 01.12.2025
Body plethysmography and diffusion: FEV1 4.61 l (98 % pred.), FVC 5.52 l (101 %), FEV1/FVC 84 %, TLC 99 %, DLCO-SB 91 % pred. No obstruction, no restriction, normal diffusion capacity. Reversibility test not required.
Assessment: normal lung function; no functional objection to lung resection.
""")

note("PD01", "PD01-N4", "2025-12-10", "tumor_board", """
Interdisciplinary Sarcoma Tumour Board (Interdisziplinäres Tumorboard) - 10.12.2025
Patient: K., J., [[22 J.|AGE]], male
Question: procedure for new [[pulmonary foci|PULMONARY_NODULE]].
Diagnoses:
1. [[Osteosarcoma|OSTEOSARCOMA]] (osteoblastic) right distal femur, ED 03/2024; St. p. [[neoadjuvant and adjuvant chemotherapy|SYSTEMIC_THERAPY|hist]] ([[MAP|SYSTEMIC_THERAPY|hist]], 03/2024-12/2024); St. p. wide resection and tumour endoprosthesis 06/2024, R0, regression grade 2 (Salzer-Kuntschik).
2. [[Lungenmetastasen|LUNG_METASTASIS]] (RLL 9 mm, LUL 7 mm), first seen on CT of 24.11.2025.
Discussion: Radiology: both [[foci|PULMONARY_NODULE]] new, round, subpleural, typical of [[metastases|METASTASIS]]; no [[effusion|PLEURAL_EFFUSION|neg]]. Thoracic surgery: both [[lesions|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]] by [[atypical wedge resection|LUNG_RESECTION|hyp]] ([[Keilresektion|LUNG_RESECTION|hyp]]), staged bilateral [[VATS|LUNG_RESECTION|hyp]]. [[Lungenfunktion|PULMONARY_FUNCTION]] of 01.12.2025: [[FEV1|PULMONARY_FUNCTION]] 98 %, [[DLCO|PULMONARY_FUNCTION]] 91 % of predicted - [[fit for surgery|PULMONARY_FUNCTION]].
Decision (Beschluss):
1. [[Lungenmetastasen|LUNG_METASTASIS]] [[resectable|RESECTABLE]], patient [[fit for surgery|PULMONARY_FUNCTION]].
2. Offer screening for the [[PROMIS trial|INVESTIGATIONAL|hyp]] (SBRT with [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] and [[gemcitabine|GEMCITABINE|hyp]], then [[metastasectomy|LUNG_RESECTION|hyp]]).
3. If not included: bilateral [[VATS metastasectomy|LUNG_RESECTION|hyp]] in January.
""")

note("PD01", "PD01-N5", "2026-02-11", "letter", """
Sarcoma Outpatient Clinic - letter to the referring oncologist (translated from German)

Dear colleague,

we report on your patient Mr. J. K., [[23 J.|AGE]], whom we saw in our sarcoma outpatient clinic on 11.02.2026 for the [[PROMIS|INVESTIGATIONAL|hyp]] screening visit.

Diagnoses:
1. High-grade [[osteoblastic osteosarcoma|OSTEOSARCOMA]] of the right distal femur, ED 14.03.2024
   - St. p. 2 cycles of neoadjuvant [[MAP|SYSTEMIC_THERAPY|hist]] (03-05/2024)
   - St. p. wide resection and tumour endoprosthesis 06/2024, R0
   - St. p. 4 cycles of adjuvant [[MAP|SYSTEMIC_THERAPY|hist]] until 12/2024
   - [[Lungenmetastasen|LUNG_METASTASIS]] RLL/LUL since 11/2025, [[resectable|RESECTABLE]] (tumour board of 10.12.2025)
2. [[Hashimoto thyroiditis|AUTOIMMUNE_DISEASE]], on [[L-thyroxine|REPLACEMENT_THERAPY]] substitution since 2019
3. Z. n. [[keratoplasty|TRANSPLANT|hist]] left eye 2019 (keratoconus)
4. Mild allergic asthma
5. [[Hochtonschwerhörigkeit|TOXICITY]] ([[high-frequency hearing loss|TOXICITY]]) grade 1 after [[cisplatin|SYSTEMIC_THERAPY]], unchanged since 01/2025

Current medication: [[L-Thyroxin|REPLACEMENT_THERAPY]] 100 µg 1-0-0; [[budesonide inhaler|LOCAL_STEROID]] 200 µg 1-0-1; salbutamol spray as needed.
[[Dexamethasone|SYSTEMIC_STEROID]] 4 mg p.o. was prescribed by the oral surgeon for three days after a wisdom-tooth extraction, last dose 05.02.2026; none since.
Allergies: none known.
Family history: mother with [[breast cancer|OTHER_MALIGNANCY|fam]] ([[Mammakarzinom|OTHER_MALIGNANCY|fam]]) at 52; father healthy.

Findings: [[23-year-old|AGE]] man in good general and nutritional condition, [[ECOG-PS 0|ECOG]]. Lungs clear on auscultation. Right knee: scar without irritation, flexion 0-0-110°. Full-time student, cycles to the university.
Laboratory (09.02.2026): blood count, creatinine, liver values and TSH normal. [[HIV-1/2 Ag/Ab test|HIV|neg]] negative.

Assessment: From our records the inclusion criteria for [[PROMIS|INVESTIGATIONAL|hyp]] are met. The [[keratoplasty|TRANSPLANT]] is a [[corneal graft|TRANSPLANT]]; the [[thyroiditis|AUTOIMMUNE_DISEASE]] needs [[replacement|REPLACEMENT_THERAPY]] only; no residual [[toxicity|TOXICITY|neg]] above grade 1.
Procedure: screening CT and SBRT planning next week; if the patient is not randomised/included, [[VATS metastasectomy|LUNG_RESECTION|hyp]] as decided by the tumour board.

With kind regards
""", ok=("Allergies", "allergic"))


# -------------------------------------------------------------------------------------
# PD02 -- EXCLUDED (Chinese records, translated). 19岁 male, osteosarcoma L femur, MAP.
# GD方案 (吉西他滨 gemcitabine + docetaxel) 2024 -> prior_gemcitabine met.
# 卡瑞利珠单抗 camrelizumab + apatinib from 2024-10-08: PR 2024-12-10, PR 2025-03-11, PD
# 2025-06-24 (response ~6 months then progression) -> prior_checkpoint_inhibitor met.
# 胸腺法新 thymalfasin continuing, last injection 2025-11-10 (8 days before as_of), and
# 华蟾素 Huachansu tablets (oral, continuing) -> immunomodulator_2w met.
# Lung function not yet done -> pulmonary_function_adequate unknown. Nodules resectable.
# -------------------------------------------------------------------------------------
patient("PD02", "2025-11-18", "excluded", {
    "prior_gemcitabine": M, "prior_checkpoint_inhibitor": M, "immunomodulator_2w": M,
    "pulmonary_function_adequate": U,
}, windows=(("immunomodulator_2w", "2025-11-10", 8),))

note("PD02", "PD02-N1", "2023-08-15", "pathology_report", """
病理报告 PATHOLOGY REPORT (translated)
Specimen: (左股骨远端, left distal femur) needle biopsy, 3 strips.
Microscopy: atypical spindle and polygonal cells, marked atypia, tumour osteoid formation.
IHC: SATB2 (+), MDM2 (-), CDK4 (-), Ki-67 about 50%.
病理诊断 Pathological diagnosis: (left distal femur) 骨肉瘤 osteosarcoma, conventional type, osteoblastic.
""")

note("PD02", "PD02-N2", "2025-06-27", "discharge_record", """
出院记录 DISCHARGE RECORD (translated from Chinese)
Department of Bone and Soft Tissue Oncology
Name: 王**    Sex: male    Age: [[19岁|AGE]]
Admission: 2025-6-23    Discharge: 2025-6-27

Admission diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] ([[骨肉瘤|OSTEOSARCOMA]]) of the left femur, post-operative; 2. [[双肺转移|LUNG_METASTASIS]] (bilateral [[lung metastases|LUNG_METASTASIS]]).

Course of treatment: Diagnosed 2023-8 by needle biopsy. 4 cycles of [[MAP|SYSTEMIC_THERAPY]] ([[甲氨蝶呤|SYSTEMIC_THERAPY]] [[high-dose methotrexate|SYSTEMIC_THERAPY]], [[多柔比星|SYSTEMIC_THERAPY]] [[doxorubicin|SYSTEMIC_THERAPY]], [[顺铂|SYSTEMIC_THERAPY]] [[cisplatin|SYSTEMIC_THERAPY]]), limb-salvage surgery 2023-11, [[adjuvant chemotherapy|SYSTEMIC_THERAPY]] completed 2024-3. CT 2024-5: multiple [[nodules|PULMONARY_NODULE]] in both lungs, considered [[metastases|METASTASIS]].
2024-5-20 to 2024-8-12: [[GD方案|GEMCITABINE]] ([[GD regimen|GEMCITABINE]]: [[吉西他滨|GEMCITABINE]] [[gemcitabine|GEMCITABINE]] 1000 mg/m² d1,8 + [[多西他赛|SYSTEMIC_THERAPY]] [[docetaxel|SYSTEMIC_THERAPY]] 75 mg/m² d8) x 4 cycles, best [[response|TUMOR_RESPONSE]] [[SD|TUMOR_RESPONSE]], [[PD|TUMOR_RESPONSE]] 2024-9.
From 2024-10-8: [[卡瑞利珠单抗|CHECKPOINT_INHIBITOR]] ([[camrelizumab|CHECKPOINT_INHIBITOR]], [[艾瑞卡|CHECKPOINT_INHIBITOR]] [[AiRuiKa|CHECKPOINT_INHIBITOR]]) 200 mg ivgtt q2w + [[阿帕替尼|SYSTEMIC_THERAPY]] ([[apatinib|SYSTEMIC_THERAPY]]) 250 mg po qd. Evaluation 2024-12-10: [[PR|TUMOR_RESPONSE]]; 2025-3-11: [[PR|TUMOR_RESPONSE]] maintained; CT 2025-6-24: [[lesions|PULMONARY_NODULE]] enlarged, 2 new [[nodules|PULMONARY_NODULE]] in the left lower lobe, evaluated as [[PD|TUMOR_RESPONSE]]. Duration of [[response|TUMOR_RESPONSE]] about 6 months.
During treatment: [[胸腺法新|IMMUNOMODULATOR]] ([[thymalfasin|IMMUNOMODULATOR]], [[日达仙|IMMUNOMODULATOR]] [[Zadaxin|IMMUNOMODULATOR]]) 1.6 mg ih twice weekly since 2024-10 "to enhance immunity"; [[华蟾素|IMMUNOMODULATOR]] tablets ([[Huachansu|IMMUNOMODULATOR]], [[cinobufacini|IMMUNOMODULATOR]]) 3 tablets po tid since 2025-1.

Discharge diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the left femur, post-operative; 2. [[双肺转移|LUNG_METASTASIS]], [[progression|TUMOR_RESPONSE]].
Discharge advice: [[camrelizumab|CHECKPOINT_INHIBITOR]] and [[apatinib|SYSTEMIC_THERAPY]] stopped. Continue [[thymalfasin|IMMUNOMODULATOR]] and [[Huachansu|IMMUNOMODULATOR]] tablets. Return in 4 weeks to decide next-line treatment; consider pulmonary [[metastasectomy|LUNG_RESECTION|hyp]].
""")

note("PD02", "PD02-N3", "2025-11-10", "radiology_report", """
胸部CT CHEST CT (plain + enhanced), 2025-11-10 (translated)
Comparison: 2025-6-24.
Findings: Right lower lobe posterior basal segment nodule 1.5 x 1.3 cm; right middle lobe lateral segment nodule 0.9 cm; left lower lobe dorsal segment nodule 0.7 cm; all subpleural, well defined. Other nodules seen in 6/2025 are no longer visible. No pleural effusion. No enlarged mediastinal lymph nodes. Post-operative changes of the left femur not included.
Impression: Three lung metastases, slightly smaller than 2025-6-24. No pleural effusion.
""")

note("PD02", "PD02-N4", "2025-11-12", "admission_record", """
入院记录 ADMISSION RECORD (translated)
Name: 王**    Sex: male    Age: [[19岁|AGE]]    Admitted: 2025-11-12

主诉 Chief complaint: [[osteosarcoma|OSTEOSARCOMA]] of the left femur 2 years after surgery, [[lung metastases|LUNG_METASTASIS]] for 1.5 years; admitted for evaluation of pulmonary [[metastasectomy|LUNG_RESECTION|hyp]].

现病史 History of present illness: as in the discharge record of 2025-6-27. After [[PD|TUMOR_RESPONSE]] on [[camrelizumab|CHECKPOINT_INHIBITOR]] (best [[response|TUMOR_RESPONSE]] [[PR|TUMOR_RESPONSE]] for about 6 months) he received [[安罗替尼|SYSTEMIC_THERAPY]] ([[anlotinib|SYSTEMIC_THERAPY]]) 12 mg d1-14 q3w x 3 cycles (2025-7 to 2025-9); CT 2025-11-10 shows the three remaining [[nodules|PULMONARY_NODULE]] slightly smaller. Still injecting [[胸腺法新|IMMUNOMODULATOR]] ([[thymalfasin|IMMUNOMODULATOR]]) 1.6 mg twice weekly, last injection 2025-11-10, and taking [[华蟾素|IMMUNOMODULATOR]] tablets 3 tid. No cough, haemoptysis or chest pain.

既往史 Past history: denies hepatitis, tuberculosis, hypertension, diabetes. Denies [[drug allergy|ALLERGIC_REACTION|neg]]. Vaccination according to the national schedule in childhood.
家族史 Family history: father hepatitis B carrier; no family history of [[tumours|OTHER_MALIGNANCY|neg,fam]].

体格检查 Physical examination: T 36.6 °C, P 76/min, BP 116/70 mmHg. [[ECOG 1|ECOG]], [[KPS 90|KARNOFSKY]]. Left thigh scar healed, knee flexion 95°. Breath sounds clear.

辅助检查 Investigations: chest CT 2025-11-10: RLL 1.5 cm, RML 0.9 cm, LLL 0.7 cm [[nodules|PULMONARY_NODULE]], subpleural, consistent with [[metastases|METASTASIS]]; no [[pleural effusion|PLEURAL_EFFUSION|neg]]. [[肺功能|PULMONARY_FUNCTION|neg]] ([[pulmonary function test|PULMONARY_FUNCTION|neg]]): not yet performed, booked. [[HIV抗体|HIV|neg]] ([[HIV antibody|HIV|neg]]) negative 2025-11-12.

初步诊断 Preliminary diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the left femur, post-operative; 2. [[双肺转移|LUNG_METASTASIS]] (bilateral [[lung metastases|LUNG_METASTASIS]]).
""", ok=("Vaccination",))

note("PD02", "PD02-N5", "2025-11-14", "tumor_board", """
MDT discussion record (多学科会诊), 2025-11-14 - translated
Participants: orthopaedic oncology, thoracic surgery, medical oncology, radiology, radiotherapy.
Case: male, 19, left femoral osteosarcoma, three residual lung metastases (RLL 1.5 cm, RML 0.9 cm, LLL 0.7 cm) after GD regimen, camrelizumab + apatinib (PR about 6 months, then PD) and anlotinib.
Thoracic surgery: all three nodules peripheral and resectable (可切除) by wedge resection, staged right then left; pulmonary function test still outstanding, to be completed before any operation.
Medical oncology: not eligible for the PROMIS study - prior gemcitabine, and progression after a response to a PD-1 inhibitor (secondary resistance). Thymalfasin and Huachansu to be stopped before any trial.
Conclusion: complete pulmonary function test; then VATS wedge resections.
""")


# -------------------------------------------------------------------------------------
# PD03 -- NEEDS_REVIEW (French). 17 ans, chondroblastic osteosarcoma L tibia, MAP done.
# Two new 3-4 mm micronodules, "une origine metastatique ne peut etre eliminee" and the
# RCP calls them possible metastases -> pulmonary_metastases unknown; resectability
# deferred to the control CT -> resectable_nodules unknown ("chirurgie non indiquee a ce
# stade" is no judgement on the nodules). HIV screen reactive, confirmation pending -> hiv
# unknown. OMS 1 (WHO scale = ECOG, age 17) -> met. EFR normal -> met. BCG at birth (live,
# long ago), HPV vaccine 3 weeks ago (not live).
# -------------------------------------------------------------------------------------
patient("PD03", "2026-06-22", "needs_review", {
    "pulmonary_metastases": U, "resectable_nodules": U, "hiv": U,
})

note("PD03", "PD03-N1", "2024-09-12", "pathology_report", """
Compte rendu anatomopathologique (pathology report, translated from French)
Prélèvement: biopsie chirurgicale, tibia proximal gauche.
Microscopy: malignant proliferation with abundant chondroid matrix and areas of direct tumour osteoid formation by atypical cells; high mitotic activity. SATB2 +, MDM2 -.
Conclusion: ostéosarcome de haut grade, conventional type, chondroblastic subtype (ostéosarcome chondroblastique). Second opinion from the national reference network (RRePS) concordant.
""")

note("PD03", "PD03-N2", "2025-07-03", "letter", """
Pediatric and AYA oncology unit - end-of-treatment summary (translated)
Cher confrère, your patient Hugo D., 16 ans, completed treatment for a chondroblastic osteosarcoma of the left proximal tibia on 20/06/2025: MAP chemotherapy (high-dose methotrexate, doxorubicin, cisplatin) from 09/2024, resection with prosthetic reconstruction 12/2024 (good histological response, 95 % necrosis), adjuvant MAP completed. CT chest 06/2025 normal. Audiogram normal. Follow-up CT every 3 months.
""")

note("PD03", "PD03-N3", "2026-05-26", "radiology_report", """
SCANNER THORACIQUE (CT chest with contrast) of 26/05/2026 - translated
Indication: [[ostéosarcome|OSTEOSARCOMA]] of the left tibia, end of treatment 06/2025, surveillance.
Comparison: 24/02/2026.
Results: Appearance of two [[micronodules|PULMONARY_NODULE]]: 3 mm in the left upper lobe (image 87) and 4 mm in the right lower lobe, subpleural (image 203). No other parenchymal abnormality. No [[épanchement pleural|PLEURAL_EFFUSION|neg]]. No mediastinal lymph node.
Conclusion: Two infracentimetric [[pulmonary micronodules|PULMONARY_NODULE]] of recent appearance, non-specific; a [[metastatic|METASTASIS|unc]] origin cannot be ruled out (une origine [[métastatique|METASTASIS|unc]] ne peut être éliminée). Control CT in 3 months suggested.
""")

note("PD03", "PD03-N4", "2026-06-10", "tumor_board", """
RCP sarcomes (multidisciplinary tumour board) of 10/06/2026 - minutes, translated
Patient: D. Hugo, [[17 ans|AGE]]. [[Ostéosarcome chondroblastique|OSTEOSARCOMA]] of the left proximal tibia, St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and resection (2024-2025).
Question: management of two new [[micronodules|PULMONARY_NODULE]] (3 and 4 mm).
Discussion: radiology: [[nodules|PULMONARY_NODULE]] too small to characterise; [[métastases pulmonaires|LUNG_METASTASIS|unc]] possible but not proven. Thoracic surgery: [[lesions|PULMONARY_NODULE]] too small to be localised at present; chirurgie non indiquée à ce stade; resectability to be reassessed on the control CT.
Proposal: control CT in 3 months (09/2026). Screening for the [[PROMIS study|INVESTIGATIONAL|hyp]] to be reconsidered if [[metastatic disease|METASTASIS|hyp]] is confirmed.
""", ok=("resectability", "sarcomes"))

note("PD03", "PD03-N5", "2026-06-18", "letter", """
Consultation letter (translated from French)

Cher confrère (dear colleague),

I saw Hugo D., [[17 ans|AGE]], on 18/06/2026 at the request of the RCP.

Antécédents (past history): [[ostéosarcome chondroblastique|OSTEOSARCOMA|hist]] of the left tibia diagnosed 09/2024, treated by [[MAP|SYSTEMIC_THERAPY|hist]] [[chemotherapy|SYSTEMIC_THERAPY|hist]] and resection, end of treatment 06/2025. [[BCG|LIVE_VACCINE|hist]] at birth. No other medical history.
Current: two [[micronodules|PULMONARY_NODULE]] of 3 and 4 mm on the CT of 26/05/2026, [[métastases pulmonaires|LUNG_METASTASIS|unc]] not excluded.
Clinical examination: good general condition, [[OMS 1|ECOG]] (residual limp). Lungs clear.
[[EFR|PULMONARY_FUNCTION]] ([[pulmonary function tests|PULMONARY_FUNCTION]], 16/06/2026): [[FEV1|PULMONARY_FUNCTION]] 96 %, [[DLCO|PULMONARY_FUNCTION]] 88 % - normal.
Vaccinations: [[HPV vaccine|NONLIVE_VACCINE]] (Gardasil 9, second dose) on 01/06/2026.
Biology: [[sérologie VIH|HIV|unc]] ([[HIV serology|HIV|unc]]) of 15/06/2026: combined screening test reactive; confirmation (Western blot) pending at the reference laboratory. No risk factor reported. Other serologies negative.
No medication. No known [[allergy|ALLERGIC_REACTION|neg]].

Conclusion: [[metastatic|METASTASIS|unc]] nature of the [[micronodules|PULMONARY_NODULE]] not established; [[PROMIS|INVESTIGATIONAL|hyp]] eligibility cannot be decided before the control CT and the result of the [[HIV confirmation|HIV|unc]].

Confraternellement,
""", ok=("Vaccinations",))


# -------------------------------------------------------------------------------------
# PD04 -- ELIGIBLE (Italian). 31 anni, telangiectatic osteosarcoma R tibia, St. p. MAP.
# Tumour board 05/03/2025: 9 bilateral metastasi polmonari "non resecabili" (one abutting
# the right main bronchus); after high-dose ifosfamide the board of 25/03/2026 REVERSES it:
# two residual nodules "resecabili", prove di funzionalita respiratoria normal, "idonea
# alla chirurgia" -> resectable_nodules met, pulmonary_function_adequate met (newest wins).
# Traps: Karnofsky-Index 80 % (adult, counts as ECOG <= 2); stopped breastfeeding 02/2025
# (not lactating now), beta-hCG negative; peripheral stem-cell harvest without a transplant;
# grade 1 nephrotoxicity; inactivated influenza vaccine.
# -------------------------------------------------------------------------------------
patient("PD04", "2026-04-14", "eligible", {})

note("PD04", "PD04-N1", "2025-02-25", "radiology_report", """
TC TORACE CON MDC (CT chest with contrast) 25/02/2025 - translated from Italian
Indication: osteosarcoma of the right tibia, follow-up after treatment.
Findings: nine solid nodules in both lungs, the largest 21 mm in the right lower lobe; a 12 mm nodule in the right upper lobe abuts the right main bronchus. No pleural effusion. No mediastinal lymphadenopathy.
Conclusion: multiple bilateral pulmonary nodules compatible with metastasi polmonari.
""")

note("PD04", "PD04-N2", "2025-03-05", "tumor_board", """
GRUPPO ONCOLOGICO MULTIDISCIPLINARE (GOM) SARCOMI - minutes of 05/03/2025 (translated)
Patient: F. R., [[30 anni|AGE]], female.
Diagnosis: [[osteosarcoma teleangectasico|OSTEOSARCOMA]] of the right proximal tibia (dx 06/2023), St. p. [[MAP|SYSTEMIC_THERAPY|hist]] (neoadjuvant and adjuvant, completed 02/2024) and resection with megaprosthesis 09/2023.
New finding: TC 25/02/2025 - nine bilateral [[noduli|PULMONARY_NODULE]], [[metastasi polmonari|LUNG_METASTASIS]]; a 12 mm RUL [[nodule|PULMONARY_NODULE]] abuts the [[right main bronchus|CENTRAL_STRUCTURE]].
Thoracic surgery: at present the [[metastasi polmonari|LUNG_METASTASIS]] are [[non resecabili|UNRESECTABLE]] (number, bilateral distribution, relation to the [[main bronchus|CENTRAL_STRUCTURE]]).
Decision: [[ifosfamide ad alte dosi|SYSTEMIC_THERAPY|hyp]] ([[HD-IFO|SYSTEMIC_THERAPY|hyp]]) 4 cycles, peripheral stem-cell harvest during recovery from cycle 2 for a possible high-dose consolidation; re-discuss with the restaging CT.
""", ok=("stem-cell",))

note("PD04", "PD04-N3", "2026-03-17", "radiology_report", """
TC TORACE CON MDC 17/03/2026 - translated
Comparison: 25/02/2025 and 10/11/2025.
Findings: seven of the nine [[nodules|PULMONARY_NODULE]] have disappeared, including the RUL [[nodule|PULMONARY_NODULE]] that abutted the [[right main bronchus|CENTRAL_STRUCTURE|neg]] (no residual tissue left there). Residual [[nodules|PULMONARY_NODULE]]: right lower lobe, lateral basal segment, 8 mm (previously 21 mm), subpleural; left upper lobe, lingula, 5 mm (previously 11 mm). No new [[lesions|PULMONARY_NODULE|neg]]. No [[versamento pleurico|PLEURAL_EFFUSION|neg]] ([[pleural effusion|PLEURAL_EFFUSION|neg]]).
Conclusion: further [[partial response|TUMOR_RESPONSE]] ([[PR|TUMOR_RESPONSE]] per RECIST 1.1) of the [[metastasi polmonari|LUNG_METASTASIS]]; two small residual [[nodules|PULMONARY_NODULE]] (RLL 8 mm, lingula 5 mm).
""", ok=("RECIST",))

note("PD04", "PD04-N4", "2026-03-25", "tumor_board", """
GOM SARCOMI - minutes of 25/03/2026 (translated)
Patient: F. R., [[31 anni|AGE]]. [[Osteosarcoma teleangectasico|OSTEOSARCOMA]] right tibia; [[metastasi polmonari|LUNG_METASTASIS]] since 02/2025, judged [[non resecabili|UNRESECTABLE|hist]] by this board on 05/03/2025.
Interval: [[HD-IFO|SYSTEMIC_THERAPY]] x 4 (03-07/2025) with [[partial response|TUMOR_RESPONSE]], then observation; CT 17/03/2026 further [[PR|TUMOR_RESPONSE]], two residual [[nodules|PULMONARY_NODULE]] (RLL 8 mm, lingula 5 mm), both peripheral.
Thoracic surgery: the two residual [[nodules|PULMONARY_NODULE]] are now [[resecabili|RESECTABLE]] by [[resezione atipica|LUNG_RESECTION|hyp]] ([[wedge resection|LUNG_RESECTION|hyp]]) via [[VATS|LUNG_RESECTION|hyp]]; no [[central structure|CENTRAL_STRUCTURE|neg]] involved. [[Prove di funzionalità respiratoria|PULMONARY_FUNCTION]] of 20/03/2026: [[FEV1|PULMONARY_FUNCTION]] 92 %, [[DLCO|PULMONARY_FUNCTION]] 84 % - [[idonea alla chirurgia|PULMONARY_FUNCTION]] ([[fit for surgery|PULMONARY_FUNCTION]]).
Decision (replaces that of 05/03/2025): [[metastasi polmonari|LUNG_METASTASIS]] [[resecabili|RESECTABLE]]. Propose screening for the [[PROMIS study|INVESTIGATIONAL|hyp]]; if not eligible, [[VATS metastasectomy|LUNG_RESECTION|hyp]].
""")

note("PD04", "PD04-N5", "2026-04-09", "letter", """
Sarcoma Medical Oncology - outpatient letter (translated from Italian)

Gentile collega (dear colleague),

we saw Mrs F. R., [[31 anni|AGE]], on 09/04/2026 for the [[PROMIS|INVESTIGATIONAL|hyp]] screening visit.

Diagnosi:
- [[Osteosarcoma teleangectasico|OSTEOSARCOMA]] of the right proximal tibia, dx 06/2023; St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and resection with megaprosthesis
- [[Metastasi polmonari|LUNG_METASTASIS]] since 02/2025; St. p. [[HD-IFO|SYSTEMIC_THERAPY|hist]] x 4 with [[PR|TUMOR_RESPONSE|hist]]; now two residual [[nodules|PULMONARY_NODULE]], [[resectable|RESECTABLE]] (GOM 25/03/2026)

Anamnesi remota (past history): delivery 10/2024 (healthy son), [[breastfed|LACTATION|hist]] until 02/2025, stopped when the [[ifosfamide|SYSTEMIC_THERAPY|hist]] started. Peripheral stem-cell harvest 05/2025 (cryopreserved; no high-dose therapy and no [[transplant|TRANSPLANT|neg]] performed).
Current: no longer [[breastfeeding|LACTATION|neg]]. [[β-hCG|PREGNANCY_TEST|neg]] negative (08/04/2026).
[[Tossicità|TOXICITY]] ([[toxicity|TOXICITY]]): grade 1 [[nephrotoxicity|TOXICITY]] after [[ifosfamide|SYSTEMIC_THERAPY]] (creatinine 1.1 mg/dl, mild phosphate wasting), stable; no [[neuropathy|TOXICITY|neg]].
Vaccinations: [[inactivated influenza vaccine|NONLIVE_VACCINE]] 10/2025.
Medication: folic acid; no [[corticosteroids|SYSTEMIC_STEROID|neg]].
Examination: good general condition, [[Karnofsky-Index 80 %|KARNOFSKY]]; walks without aids. Lungs clear.

Conclusion: [[31-year-old|AGE]] woman with [[resectable|RESECTABLE]] residual [[metastasi polmonari|LUNG_METASTASIS]] after [[MAP|SYSTEMIC_THERAPY]] and [[HD-IFO|SYSTEMIC_THERAPY]]; eligible for [[PROMIS|INVESTIGATIONAL|hyp]] screening from the clinical point of view.

Cordiali saluti
""", ok=("Vaccinations", "stem-cell"))


# -------------------------------------------------------------------------------------
# PD05 -- EXCLUDED (Spanish). Nino de 9 anos, fecha de nacimiento 17/08/2015 -> 9 on the
# as-of date -> age_eligible not_met. EWING sarcoma of the fibula (small-cell osteosarcoma
# ruled out) -> osteosarcoma_histology not_met. Lansky 50 -> performance_status not_met.
# Grade 2 vincristine neuropathy persisting -> unresolved_toxicity met. Triple virica (MMR)
# 22/04/2025 = 20 days before as_of -> live_vaccine_30d met. Resectability and lung
# function never discussed -> unknown. (Lung metastases are affirmed; the criterion does
# not ask for their histology.)
# -------------------------------------------------------------------------------------
patient("PD05", "2025-05-12", "excluded", {
    "osteosarcoma_histology": N, "age_eligible": N, "performance_status": N,
    "unresolved_toxicity": M, "live_vaccine_30d": M,
    "resectable_nodules": U, "pulmonary_function_adequate": U,
}, dob=("17/08/2015", "2015-08-17"), windows=(("live_vaccine_30d", "22/04/2025", 20),))

note("PD05", "PD05-N1", "2023-11-21", "pathology_report", """
INFORME DE ANATOMÍA PATOLÓGICA (pathology report, translated from Spanish)
Muestra: biopsia con aguja gruesa, peroné izquierdo (left fibula), 5 cilindros.
Descripción microscópica: small round blue cell tumour in sheets, scant cytoplasm, PAS-positive; no osteoid, no chondroid matrix.
Inmunohistoquímica: CD99 +++ membranous, NKX2.2 +, FLI1 +; SATB2 negative; desmin, myogenin, CD45 negative.
Biología molecular: EWSR1::FLI1 fusion detected (RT-PCR).
Diagnóstico: sarcoma de Ewing (Ewing sarcoma) of the left fibula. Small-cell osteosarcoma and lymphoma ruled out.
""")

note("PD05", "PD05-N2", "2025-04-08", "radiology_report", """
TC DE TÓRAX CON CONTRASTE 08/04/2025 (translated)
Hallazgos: four new solid pulmonary nodules (RUL 6 mm, RML 4 mm, LLL 8 mm and 5 mm). No pleural effusion. No lymphadenopathy.
Conclusión: new bilateral nodules, compatible with metástasis pulmonares of the known Ewing sarcoma.
""")

note("PD05", "PD05-N3", "2025-04-28", "letter", """
Servicio de Oncología Pediátrica - informe clínico (translated from Spanish)

Estimado colega (dear colleague),

we report on Pablo M., niño de [[9 años|AGE]] ([[fecha de nacimiento 17/08/2015|DOB]]), seen on 28/04/2025.

Diagnósticos:
1. [[Sarcoma de Ewing|OTHER_SARCOMA]] ([[Ewing sarcoma|OTHER_SARCOMA]]) of the left fibula, dx 21/11/2023 (EWSR1::FLI1); small-cell [[osteosarcoma|OSTEOSARCOMA|neg]] ruled out on pathology.
   - St. p. [[VDC/IE|SYSTEMIC_THERAPY|hist]] [[quimioterapia|SYSTEMIC_THERAPY|hist]] ([[vincristine|SYSTEMIC_THERAPY|hist]], [[doxorubicin|SYSTEMIC_THERAPY|hist]], [[cyclophosphamide|SYSTEMIC_THERAPY|hist]] / [[ifosfamide|SYSTEMIC_THERAPY|hist]], [[etoposide|SYSTEMIC_THERAPY|hist]]), 12/2023-08/2024
   - St. p. proximal fibulectomy 03/2024
2. [[Metástasis pulmonares|LUNG_METASTASIS]] (TC 08/04/2025: four bilateral [[nodules|PULMONARY_NODULE]]), first relapse.
3. Grade 2 sensorimotor [[neuropathy|TOXICITY]] after [[vincristine|SYSTEMIC_THERAPY]] (bilateral foot drop, ankle-foot orthoses), unchanged since 08/2024, not back to baseline.

Current situation: since the diagnosis of the [[nodules|PULMONARY_NODULE]] the boy is tired and mostly lies on the sofa; he takes part in quiet play only with help. [[Lansky 50|LANSKY]].
Vacunas: catch-up [[triple vírica|LIVE_VACCINE]] ([[MMR|LIVE_VACCINE]]) given by the paediatrician on 22/04/2025 (see vaccination record).
Medication: gabapentin 100 mg tid, paracetamol if needed.

Plan: second-line [[irinotecan|SYSTEMIC_THERAPY|hyp]] / [[temozolomide|SYSTEMIC_THERAPY|hyp]]; thoracic surgery opinion afterwards. The family asked about the [[PROMIS|INVESTIGATIONAL|hyp]] [[ensayo|INVESTIGATIONAL|hyp]]: not applicable ([[Ewing sarcoma|OTHER_SARCOMA]], age under 10).

Un saludo cordial
""", ok=("Vacunas", "vaccination"))

note("PD05", "PD05-N4", "2025-05-06", "immunisation_record", """
REGISTRO DE VACUNACIÓN (immunisation record, primary care paediatrics) - printed 06/05/2025
Paciente: Pablo M., [[fecha de nacimiento 17/08/2015|DOB]]
22/04/2025  [[Triple vírica|LIVE_VACCINE]] ([[sarampión-rubeola-parotiditis|LIVE_VACCINE]], [[MMR|LIVE_VACCINE]], live attenuated), dose 2 - catch-up after [[chemotherapy|SYSTEMIC_THERAPY]], left deltoid, lot VX-2231.
22/04/2025  [[dTpa|NONLIVE_VACCINE]] (inactivated), right deltoid.
14/01/2025  [[Triple vírica|LIVE_VACCINE]] dose 1.
14/01/2025  [[Hepatitis B vaccine|NONLIVE_VACCINE]] (recombinant).
Pending: [[varicela|LIVE_VACCINE|hyp]] ([[varicella|LIVE_VACCINE|hyp]]) - postponed by oncology.
""", ok=("VACUNACIÓN",))


# -------------------------------------------------------------------------------------
# PD06 -- EXCLUDED (German letters). geb. 14.02.1959 -> 67 on the as-of date (the letters
# say 65 J. / 66 J. when they were written) -> age_eligible not_met. WHO PS 3 (newest;
# older letters WHO PS 1) -> performance_status not_met. Tumour board 19.11.2025 "fit for
# surgery", REVERSED 16.09.2026: reserve insufficient, funktionell inoperabel ->
# pulmonary_function_adequate not_met; the nodules stay technically resectable ->
# resectable_nodules met. Pembrolizumab: iSD for ~8 months, then iUPD confirmed as iCPD
# -> secondary resistance -> prior_checkpoint_inhibitor met. Prostatakarzinom ED 05/2023
# -> other_malignancy_5y met. Trap: prednisolone burst for COPD ended 21.07.2026 (> 7 d).
# -------------------------------------------------------------------------------------
patient("PD06", "2026-09-28", "excluded", {
    "age_eligible": N, "performance_status": N, "pulmonary_function_adequate": N,
    "prior_checkpoint_inhibitor": M, "other_malignancy_5y": M,
}, dob=("14.02.1959", "1959-02-14"), windows=(("systemic_steroids_7d", "21.07.2026", 69),))

note("PD06", "PD06-N1", "2024-06-18", "letter", """
Medical Clinic III - Sarcoma Outpatient Clinic (translated from German)

Dear colleague,

we report on Mr. H. B., [[geb. 14.02.1959|DOB]], [[65 J.|AGE]], who presented on 18.06.2024 for restaging.

Diagnoses:
1. High-grade [[osteosarcoma|OSTEOSARCOMA]] of the left proximal humerus, ED 02/2022
   - St. p. 4 cycles of [[doxorubicin|SYSTEMIC_THERAPY|hist]]/[[cisplatin|SYSTEMIC_THERAPY|hist]] 03-06/2022
   - St. p. resection and reverse tumour prosthesis 07/2022
   - bilateral [[Lungenmetastasen|LUNG_METASTASIS]] since 01/2024 (4 [[foci|PULMONARY_NODULE]])
   - since 12.02.2024 [[pembrolizumab|CHECKPOINT_INHIBITOR]] ([[Keytruda|CHECKPOINT_INHIBITOR]]) 200 mg q3w as an individual off-label treatment (individueller Heilversuch); 1st staging 16.04.2024: [[iSD|TUMOR_RESPONSE]] per iRECIST; 2nd staging 11.06.2024: [[iSD|TUMOR_RESPONSE]]
2. [[Prostatakarzinom|OTHER_MALIGNANCY]] ([[prostate cancer|OTHER_MALIGNANCY]]) ED 05/2023, pT2c pN0, Gleason 7a; St. p. radical prostatectomy 07/2023; PSA below detection limit
3. COPD GOLD 2, former smoker (40 pack-years)
4. Arterial hypertension

Findings: [[WHO PS 1|ECOG]]. Mild exertional dyspnoea, no cough.
Assessment: [[stable disease|TUMOR_RESPONSE]] under [[pembrolizumab|CHECKPOINT_INHIBITOR]], well tolerated (no immune-related adverse events). Continue; next staging 08/2024.

With kind regards
""")

note("PD06", "PD06-N2", "2025-04-08", "letter", """
Sarcoma Outpatient Clinic - interim letter of 08.04.2025 (translated)
Patient: H. B., [[66 J.|AGE]]
Course of the [[Lungenmetastasen|LUNG_METASTASIS]] under [[pembrolizumab|CHECKPOINT_INHIBITOR]] (from 12.02.2024): [[iSD|TUMOR_RESPONSE]] 16.04.2024, [[iSD|TUMOR_RESPONSE]] 11.06.2024, [[iSD|TUMOR_RESPONSE]] 20.08.2024; staging 15.10.2024: [[iUPD|TUMOR_RESPONSE]] (growth of the LUL [[focus|PULMONARY_NODULE]] from 14 to 21 mm, new RLL [[focus|PULMONARY_NODULE]]); confirmation CT 12.11.2024: [[iCPD|TUMOR_RESPONSE]]. [[Pembrolizumab|CHECKPOINT_INHIBITOR]] therefore stopped after about 9 months ([[stable disease|TUMOR_RESPONSE]] for 8 months, then confirmed [[progression|TUMOR_RESPONSE]]).
Second line: [[high-dose ifosfamide|SYSTEMIC_THERAPY]] 4 cycles 12/2024-03/2025; CT 25.03.2025: [[PR|TUMOR_RESPONSE]] per RECIST 1.1, two residual [[Lungenmetastasen|LUNG_METASTASIS]] (LUL 11 mm, RLL 7 mm).
[[WHO PS 1|ECOG]]. Plan: presentation at the tumour board after the next CT.
""", ok=("RECIST",))

note("PD06", "PD06-N3", "2025-11-19", "tumor_board", """
Interdisciplinary Tumour Board - 19.11.2025 (translated)
Patient: H. B., [[66 J.|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] left humerus, St. p. [[chemotherapy|SYSTEMIC_THERAPY|hist]], St. p. [[pembrolizumab|CHECKPOINT_INHIBITOR|hist]] ([[iCPD|TUMOR_RESPONSE|hist]] 11/2024), St. p. [[ifosfamide|SYSTEMIC_THERAPY|hist]] with [[PR|TUMOR_RESPONSE|hist]]. Two residual [[Lungenmetastasen|LUNG_METASTASIS]] (LUL 11 mm, RLL 7 mm), unchanged since 03/2025.
Thoracic surgery: both [[foci|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]] by [[Keilresektion|LUNG_RESECTION|hyp]] ([[wedge resection|LUNG_RESECTION|hyp]], two-stage [[VATS|LUNG_RESECTION|hyp]]). [[Lungenfunktion|PULMONARY_FUNCTION]] 10/2025: [[FEV1|PULMONARY_FUNCTION]] 68 %, [[DLCO|PULMONARY_FUNCTION]] 61 % of predicted - [[fit for surgery|PULMONARY_FUNCTION]] ([[functionally operable|PULMONARY_FUNCTION]]).
Decision: [[VATS wedge resections|LUNG_RESECTION|hyp]]; alternatively screening for the [[PROMIS study|INVESTIGATIONAL|hyp]]. The patient would like time to consider.
""")

note("PD06", "PD06-N4", "2026-09-16", "tumor_board", """
Interdisciplinary Tumour Board - 16.09.2026 (translated), re-discussion
Patient: H. B. [[Osteosarcoma|OSTEOSARCOMA]] left humerus, two [[Lungenmetastasen|LUNG_METASTASIS]].
Interval: 07/2026 COPD exacerbation with pneumonia, 9 days in intensive care; home oxygen since. Bedridden for much of the day, needs help with self-care.
[[Lungenfunktion|PULMONARY_FUNCTION]] of 09.09.2026: [[FEV1|PULMONARY_FUNCTION]] 0.98 l (41 %), [[DLCO|PULMONARY_FUNCTION]] 35 % - [[pulmonary reserve insufficient|PULMONARY_FUNCTION]], [[funktionell inoperabel|PULMONARY_FUNCTION]] ([[not fit for surgery|PULMONARY_FUNCTION]]).
CT 08.09.2026: both [[foci|PULMONARY_NODULE]] unchanged (LUL 11 mm, RLL 8 mm), technically still [[resectable|RESECTABLE]] by [[wedge resection|LUNG_RESECTION|hyp]]. No [[effusion|PLEURAL_EFFUSION|neg]].
[[WHO PS 3|ECOG]].
Decision: the board's decision of 19.11.2025 ([[fit for surgery|PULMONARY_FUNCTION|hist]]) is revised: no [[lung resection|LUNG_RESECTION|neg]] because of the [[lung function|PULMONARY_FUNCTION]]. Radiation oncology to evaluate SBRT. Not a candidate for the [[PROMIS study|INVESTIGATIONAL|hyp]].
""")

note("PD06", "PD06-N5", "2026-09-24", "letter", """
Sarcoma Outpatient Clinic (translated from German)

Dear colleague,

we report on Mr. H. B., [[geb. 14.02.1959|DOB]] ([[67 J.|AGE]]), seen on 24.09.2026.

Diagnoses:
1. [[Osteosarcoma|OSTEOSARCOMA]] of the left proximal humerus, ED 02/2022; [[Lungenmetastasen|LUNG_METASTASIS]] since 01/2024
   - St. p. [[pembrolizumab|CHECKPOINT_INHIBITOR|hist]] 02-11/2024: [[iSD|TUMOR_RESPONSE|hist]] for 8 months, then [[iUPD|TUMOR_RESPONSE|hist]] 15.10.2024, confirmed [[iCPD|TUMOR_RESPONSE|hist]] 12.11.2024
   - St. p. [[high-dose ifosfamide|SYSTEMIC_THERAPY|hist]] 12/2024-03/2025, [[PR|TUMOR_RESPONSE|hist]]
   - tumour board 16.09.2026: [[functionally inoperable|PULMONARY_FUNCTION]] ([[reserve insufficient|PULMONARY_FUNCTION]]), SBRT planned
2. [[Prostatakarzinom|OTHER_MALIGNANCY]] ED 05/2023, St. p. radical prostatectomy, no evidence of recurrence
3. COPD GOLD 3 after exacerbation with pneumonia 07/2026; [[prednisolone|SYSTEMIC_STEROID]] 40 mg for 5 days, last dose 21.07.2026
4. Arterial hypertension

Medication: tiotropium/olodaterol inhaler 1-0-0, [[budesonide/formoterol inhaler|LOCAL_STEROID]] 2-0-2, ramipril 5 mg, oxygen 2 l/min.
Findings: reduced general condition, dyspnoea on minimal exertion, [[WHO PS 3|ECOG]].

Assessment: Mr. B. does not qualify for the [[PROMIS|INVESTIGATIONAL|hyp]] [[trial|INVESTIGATIONAL|hyp]] (age, performance status, [[lung function|PULMONARY_FUNCTION]], prior [[checkpoint inhibitor|CHECKPOINT_INHIBITOR|hist]] with [[stable disease|TUMOR_RESPONSE|hist]] > 4 months followed by [[progression|TUMOR_RESPONSE|hist]], [[prostate cancer|OTHER_MALIGNANCY]] 2023).

With kind regards
""", ok=("recurrence",))


# -------------------------------------------------------------------------------------
# PD07 -- ELIGIBLE (Chinese records, translated). 28岁 male, osteosarcoma R tibia, MAP.
# 卡瑞利珠单抗 camrelizumab from 2025-7-15, PD at the first evaluation 2025-9-9 (primary
# resistance) -> prior_checkpoint_inhibitor not_met. Left pleural effusion, cytology
# negative twice, called reactive; 华蟾素 Huachansu given INTRAPLEURALLY on 2026年3月10日
# (14 days before as_of) to control it -> local use, immunomodulator_2w not_met; newest CT:
# no pleural effusion -> malignant_pleural_effusion not_met. Ifosfamide; resectable; PFT ok.
# -------------------------------------------------------------------------------------
patient("PD07", "2026-03-24", "eligible", {},
        windows=(("immunomodulator_2w (intrapleural, local)", "2026年3月10日", 14),))

note("PD07", "PD07-N1", "2024-05-06", "pathology_report", """
病理诊断报告 PATHOLOGY REPORT (translated)
Specimen: right proximal tibia, incisional biopsy.
Diagnosis: (right proximal tibia) high-grade osteosarcoma (骨肉瘤), conventional type, fibroblastic and osteoblastic areas. IHC: SATB2 (+), Ki-67 60%.
""")

note("PD07", "PD07-N2", "2025-12-30", "discharge_record", """
出院记录 DISCHARGE RECORD (translated from Chinese) - Department of Orthopaedic Oncology
Sex: male    Age: [[28岁|AGE]]    Admitted: 2025-12-22    Discharged: 2025-12-30

Diagnosis: 1. Right tibial [[osteosarcoma|OSTEOSARCOMA]] ([[骨肉瘤|OSTEOSARCOMA]]), post-operative; 2. [[Lung metastases|LUNG_METASTASIS]] ([[肺转移|LUNG_METASTASIS]]); 3. Left [[pleural effusion|PLEURAL_EFFUSION]] ([[胸腔积液|PLEURAL_EFFUSION]]), cytology negative.

Course: Diagnosed 2024-5; [[MAP|SYSTEMIC_THERAPY]] ([[HD-MTX|SYSTEMIC_THERAPY]] + [[ADM|SYSTEMIC_THERAPY]] + [[DDP|SYSTEMIC_THERAPY]]) and limb-salvage surgery 2024-8, [[adjuvant chemotherapy|SYSTEMIC_THERAPY]] completed 2025-1. CT 2025-6: 5 [[nodules|PULMONARY_NODULE]] in both lungs, [[metastases|METASTASIS]].
From 2025-7-15 [[卡瑞利珠单抗|CHECKPOINT_INHIBITOR]] ([[camrelizumab|CHECKPOINT_INHIBITOR]]) 200 mg q2w + [[阿帕替尼|SYSTEMIC_THERAPY]] ([[apatinib|SYSTEMIC_THERAPY]]) 250 mg qd; first evaluation 2025-9-9: [[nodules|PULMONARY_NODULE]] enlarged, 2 new [[nodules|PULMONARY_NODULE]] - [[PD|TUMOR_RESPONSE]] at the first evaluation ([[primary resistance|TUMOR_RESPONSE]]); [[camrelizumab|CHECKPOINT_INHIBITOR]]/[[apatinib|SYSTEMIC_THERAPY]] stopped.
2025-9-16 to 2025-12-23: [[异环磷酰胺|SYSTEMIC_THERAPY]] [[high-dose ifosfamide|SYSTEMIC_THERAPY]] ([[HD-IFO|SYSTEMIC_THERAPY]]) x 4 cycles; CT 2025-12-24: [[partial response|TUMOR_RESPONSE]], 2 residual [[nodules|PULMONARY_NODULE]].
2025-10: left [[pleural effusion|PLEURAL_EFFUSION]], thoracentesis x 2: pleural fluid cytology no [[malignant cells|MALIGNANT_EFFUSION|neg]] ([[胸水脱落细胞学未见恶性细胞|MALIGNANT_EFFUSION|neg]]) twice, lymphocytic exudate; considered reactive.
Discharge advice: CT in 2 months; thoracic surgery consultation.
""")

note("PD07", "PD07-N3", "2026-03-12", "discharge_record", """
出院记录 DISCHARGE RECORD (translated) - admitted 2026-3-8, discharged 2026-3-12
Age: [[28岁|AGE]]. Reason: small left [[pleural effusion|PLEURAL_EFFUSION]], re-accumulated.
Course: Ultrasound-guided thoracentesis 2026-3-9, 350 ml yellow fluid; cytology: no [[malignant cells|MALIGNANT_EFFUSION|neg]] (third negative sample); ADA normal; culture negative. To control the [[effusion|PLEURAL_EFFUSION]], [[华蟾素|IMMUNOMODULATOR]] injection ([[Huachansu|IMMUNOMODULATOR]], [[cinobufacini|IMMUNOMODULATOR]]) 20 ml was instilled intrapleurally (胸腔内注射, intrapleural use only) on 2026年3月10日 through the drain, which was removed on 2026-3-11. No systemic [[Huachansu|IMMUNOMODULATOR|neg]]; no other [[Chinese patent medicine|IMMUNOMODULATOR|neg]].
CT 2026-3-11: small residual left [[effusion|PLEURAL_EFFUSION]]; two [[lung nodules|PULMONARY_NODULE]] unchanged (RLL 9 mm, LUL 6 mm).
Discharge diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the right tibia, post-operative, [[lung metastases|LUNG_METASTASIS]]; 2. Left [[pleural effusion|PLEURAL_EFFUSION]], benign (reactive) on repeated cytology.
""")

note("PD07", "PD07-N4", "2026-03-18", "tumor_board", """
MDT consultation record 多学科会诊记录 (translated) - 2026-3-18
Case: male, [[28岁|AGE]], right tibial [[osteosarcoma|OSTEOSARCOMA]], [[lung metastases|LUNG_METASTASIS]]; St. p. [[MAP|SYSTEMIC_THERAPY|hist]], [[camrelizumab|CHECKPOINT_INHIBITOR|hist]] + [[apatinib|SYSTEMIC_THERAPY|hist]] ([[PD|TUMOR_RESPONSE|hist]] at the first evaluation), [[HD-IFO|SYSTEMIC_THERAPY|hist]] x 4 ([[PR|TUMOR_RESPONSE|hist]]).
Radiology: two residual [[nodules|PULMONARY_NODULE]] (RLL 9 mm, LUL 6 mm), both subpleural; left [[effusion|PLEURAL_EFFUSION]] minimal after drainage.
Thoracic surgery: both [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] ([[可切除|RESECTABLE]]) by [[wedge resection|LUNG_RESECTION|hyp]]. [[肺功能|PULMONARY_FUNCTION]] ([[pulmonary function|PULMONARY_FUNCTION]]) 2026-3-16: [[FEV1|PULMONARY_FUNCTION]] 4.2 L (94%), [[DLCO|PULMONARY_FUNCTION]] 88% - normal.
Medical oncology: the pleural fluid was negative three times, the [[effusion|PLEURAL_EFFUSION]] is reactive, not [[malignant|MALIGNANT_EFFUSION|neg]]. The intrapleural [[Huachansu|IMMUNOMODULATOR]] was local use to control the [[effusion|PLEURAL_EFFUSION]]. Prior [[PD-1 inhibitor|CHECKPOINT_INHIBITOR|hist]] with [[primary resistance|TUMOR_RESPONSE|hist]].
Conclusion: screen for the [[PROMIS trial|INVESTIGATIONAL|hyp]]; if not eligible, [[VATS wedge resection|LUNG_RESECTION|hyp]].
""")

note("PD07", "PD07-N5", "2026-03-23", "clinic_note", """
门诊病历 OUTPATIENT RECORD (translated) - 2026-3-23
Male, [[28岁|AGE]]. Right tibial [[osteosarcoma|OSTEOSARCOMA]] with [[lung metastases|LUNG_METASTASIS]], [[PROMIS|INVESTIGATIONAL|hyp]] screening.
CT chest 2026-3-20: two [[nodules|PULMONARY_NODULE]] (RLL 9 mm, LUL 6 mm), unchanged; the left [[pleural effusion|PLEURAL_EFFUSION|neg]] has resolved - no [[pleural effusion|PLEURAL_EFFUSION|neg]].
Current medicines: none. No oral Chinese medicines, no [[thymalfasin|IMMUNOMODULATOR|neg]].
Grade 1 [[tinnitus|TOXICITY]] since [[cisplatin|SYSTEMIC_THERAPY]]; no other [[toxicity|TOXICITY|neg]].
[[HIV|HIV|neg]] antibody negative (2026-3-9). [[ECOG 1|ECOG]].
Plan: continue screening; SBRT simulation if enrolled.
""")


# -------------------------------------------------------------------------------------
# PD08 -- EXCLUDED (Italian). 34 anni, osteoblastic osteosarcoma R femur. Board 14/05/2025:
# three metastasi polmonari "resecabili"; board 14/01/2026 REVERSES it after progression:
# "non resecabili", one mass infiltrates the right main pulmonary artery and would need a
# pneumonectomy -> resectable_nodules not_met. Pleural fluid cytology positive ->
# malignant_pleural_effusion met. Biopsy-proven recidiva locale in the resection bed, not
# re-resected -> active_local_recurrence met. HIV on antiretroviral therapy -> hiv met.
# Grade 3 anaphylaxis at the first bevacizumab infusion -> mab_allergy met. Lung function
# never tested -> pulmonary_function_adequate unknown.
# -------------------------------------------------------------------------------------
patient("PD08", "2026-01-19", "excluded", {
    "resectable_nodules": N, "malignant_pleural_effusion": M, "active_local_recurrence": M,
    "hiv": M, "mab_allergy": M, "pulmonary_function_adequate": U,
})

note("PD08", "PD08-N1", "2022-04-21", "pathology_report", """
REFERTO ISTOLOGICO (histology report, translated from Italian)
Materiale: biopsia ossea, femore distale destro.
Diagnosi: osteosarcoma convenzionale di alto grado, variante osteoblastica (high-grade conventional osteosarcoma, osteoblastic variant).
Immunoistochimica: SATB2 positivo; MDM2 negativo.
""")

note("PD08", "PD08-N2", "2025-05-14", "tumor_board", """
GRUPPO ONCOLOGICO MULTIDISCIPLINARE SARCOMI - 14/05/2025 (translated)
Patient: L. M., male, [[33 anni|AGE]].
Diagnosis: [[osteosarcoma osteoblastico|OSTEOSARCOMA]] of the right distal femur (04/2022), St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and resection with prosthesis (07/2022).
[[Metastasi polmonari|LUNG_METASTASIS]] since 03/2025: three [[nodules|PULMONARY_NODULE]] (RLL 15 mm, RML 8 mm, LLL 10 mm), peripheral. From 04/2025 [[ifosfamide|SYSTEMIC_THERAPY]]; [[bevacizumab|MONOCLONAL_ANTIBODY]] stopped after the first infusion because of [[anaphylaxis|ALLERGIC_REACTION]].
Thoracic surgery: the three [[nodules|PULMONARY_NODULE]] are [[resecabili|RESECTABLE]] by [[wedge resections|LUNG_RESECTION|hyp]] (right [[VATS|LUNG_RESECTION|hyp]], then left). [[Pulmonary function tests|PULMONARY_FUNCTION|hyp]] to be requested.
Decision: complete 4 cycles of [[ifosfamide|SYSTEMIC_THERAPY]], then [[metastasectomy|LUNG_RESECTION|hyp]].
""")

note("PD08", "PD08-N3", "2026-01-05", "radiology_report", """
TC TORACE CON MDC - 05/01/2026 (translated)
Comparison: 02/09/2025.
Findings: marked [[progression|TUMOR_RESPONSE]]: twelve bilateral [[nodules|PULMONARY_NODULE]] (previously three), the largest a 3.4 cm [[mass|PULMONARY_NODULE]] at the right hilum that encases and infiltrates the [[right main pulmonary artery|CENTRAL_STRUCTURE]]. New moderate right [[versamento pleurico|PLEURAL_EFFUSION]] ([[pleural effusion|PLEURAL_EFFUSION]]) with nodular pleural thickening.
Conclusione: [[progressione|TUMOR_RESPONSE]] of the [[metastasi polmonari|LUNG_METASTASIS]]; right [[pleural effusion|PLEURAL_EFFUSION]] with nodular pleural thickening, suspicious for [[pleural metastases|MALIGNANT_EFFUSION|unc]] - thoracentesis recommended.
""", ok=("hilum", "nodular"))

note("PD08", "PD08-N4", "2026-01-09", "cytology_report", """
ESAME CITOLOGICO - liquido pleurico destro (translated), 09/01/2026
Material: 600 ml of haemorrhagic pleural fluid.
Result: positive for malignant cells; clusters of pleomorphic cells with osteoid-like matrix, SATB2 positive on the cell block, compatible with metastasis of the known osteosarcoma.
Diagnosis: malignant pleural effusion (positive cytology).
""")

note("PD08", "PD08-N5", "2026-01-14", "tumor_board", """
GRUPPO ONCOLOGICO MULTIDISCIPLINARE SARCOMI - 14/01/2026 (translated)
Patient: L. M., [[34 anni|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] right femur, [[metastasi polmonari|LUNG_METASTASIS]]; board of 14/05/2025: [[resecabili|RESECTABLE|hist]].
New: CT 05/01/2026 - twelve bilateral [[nodules|PULMONARY_NODULE]], a right hilar [[mass|PULMONARY_NODULE]] infiltrating the [[right main pulmonary artery|CENTRAL_STRUCTURE]]; [[pleural fluid cytology positive|MALIGNANT_EFFUSION]] on 09/01/2026 ([[versamento pleurico maligno|MALIGNANT_EFFUSION]]). MRI of the right thigh 20/12/2025 and biopsy 07/01/2026: [[recidiva locale|LOCAL_RECURRENCE]] ([[local recurrence|LOCAL_RECURRENCE]]) of 4 cm in the resection bed, histologically confirmed.
Thoracic surgery: the decision of 14/05/2025 is revised - the [[metastasi polmonari|LUNG_METASTASIS]] are now [[non resecabili|UNRESECTABLE]]; the hilar [[mass|PULMONARY_NODULE]] could be removed only by a right [[pneumonectomy|PNEUMONECTOMY|hyp]], which is not indicated with bilateral disease and a [[malignant effusion|MALIGNANT_EFFUSION]].
Decision: systemic therapy with [[regorafenib|SYSTEMIC_THERAPY|hyp]]; palliative radiotherapy to the [[local recurrence|LOCAL_RECURRENCE]]. No surgery. The [[PROMIS study|INVESTIGATIONAL|hyp]] is not applicable.
""", ok=("hilar",))

note("PD08", "PD08-N6", "2026-01-16", "letter", """
Oncologia Medica - lettera al medico curante (translated from Italian)

Gentile collega,

we saw Mr L. M., [[34 anni|AGE]], on 16/01/2026.

Diagnosi:
1. [[Osteosarcoma osteoblastico|OSTEOSARCOMA]] of the right distal femur, dx 04/2022; St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and resection (07/2022).
2. [[Metastasi polmonari|LUNG_METASTASIS]] since 03/2025, [[progression|TUMOR_RESPONSE]] 01/2026, [[non resecabili|UNRESECTABLE]] (GOM 14/01/2026).
3. [[Malignant pleural effusion|MALIGNANT_EFFUSION]] on the right (cytology 09/01/2026).
4. [[Recidiva locale|LOCAL_RECURRENCE]] in the right thigh, confirmed 07/01/2026, untreated so far.
5. [[HIV infection|HIV]] known since 2019, on [[antiretroviral therapy|HIV]] ([[bictegravir/emtricitabine/tenofovir alafenamide|HIV]]), [[HIV-RNA|HIV]] undetectable, CD4 640/µl.

Allergie: [[bevacizumab|MONOCLONAL_ANTIBODY]] - grade 3 [[anaphylactic reaction|ALLERGIC_REACTION]] (hypotension, bronchospasm, adrenaline) at the first infusion on 22/04/2025.
[[Pulmonary function tests|PULMONARY_FUNCTION|neg]] never performed (surgery no longer indicated).
Examination: [[ECOG 1|ECOG]]; dyspnoea on climbing two flights of stairs; reduced breath sounds at the right base.
Plan: pleural drainage with talc pleurodesis, [[regorafenib|SYSTEMIC_THERAPY|hyp]] 160 mg d1-21 q28, RT to the thigh.

Cordiali saluti
""", ok=("Allergie",))


# -------------------------------------------------------------------------------------
# PD09 -- NEEDS_REVIEW (Italian). 45 anni, resectable metastasi polmonari, PFT normal,
# ECOG 1. Unknowns: "sospetta recidiva locale" on MRI, biopsy pending ->
# active_local_recurrence unknown; pigmented skin lesion "sospetto melanoma", histology
# pending -> other_malignancy_5y unknown; allergic reaction to dinutuximab (2021, in a
# study) with the grade not documented -> mab_allergy unknown. The 2021 study is far
# outside 4 weeks.
# -------------------------------------------------------------------------------------
patient("PD09", "2025-10-06", "needs_review", {
    "active_local_recurrence": U, "other_malignancy_5y": U, "mab_allergy": U,
})

note("PD09", "PD09-N1", "2025-08-26", "radiology_report", """
TC TORACE 26/08/2025 (translated)
Indication: osteosarcoma of the left humerus, follow-up.
Findings: two new solid nodules, LLL 13 mm (lateral basal segment) and RUL 7 mm (posterior segment), both subpleural. No pleural effusion. No lymphadenopathy.
Conclusion: two new pulmonary nodules, compatible with metastasi polmonari.
""")

note("PD09", "PD09-N2", "2025-09-10", "letter", """
Oncologia Medica - ambulatorio sarcomi (translated from Italian)

Gentile collega,

we saw Mr G. C., [[45 anni|AGE]], on 10/09/2025.

Diagnosi:
1. [[Osteosarcoma condroblastico|OSTEOSARCOMA]] of the left proximal humerus, dx 02/2020; St. p. [[MAP|SYSTEMIC_THERAPY|hist]] 03-10/2020 and resection with reverse prosthesis 06/2020.
2. First [[metastasi polmonari|LUNG_METASTASIS|hist]] 2021, St. p. [[wedge resection|LUNG_RESECTION|hist]] of the RML 04/2021; St. p. [[dinutuximab|MONOCLONAL_ANTIBODY|hist]] within a [[phase II study|INVESTIGATIONAL|hist]] (05-09/2021), stopped after an [[allergic reaction|ALLERGIC_REACTION|hist]] during the 4th infusion (grade not recorded in the documents we received).
3. New [[metastasi polmonari|LUNG_METASTASIS]] (TC 26/08/2025): LLL 13 mm, RUL 7 mm.

Anamnesi remota: hypertension; appendectomy.
Medication: amlodipine 5 mg.
Allergie: [[dinutuximab|MONOCLONAL_ANTIBODY]] ([[allergic reaction|ALLERGIC_REACTION]], severity unknown - records requested from the study centre).
Examination: [[ECOG 1|ECOG]]. Left shoulder: limited abduction. Lungs clear. A pigmented lesion of the back (1.2 cm, irregular border) noted - referred to dermatology.

Plan: restaging, thoracic surgery opinion, GOM.

Cordiali saluti
""", ok=("Allergie",))

note("PD09", "PD09-N3", "2025-09-24", "radiology_report", """
RM SPALLA SINISTRA (MRI left shoulder/upper arm) with contrast - 24/09/2025 (translated)
Indication: [[osteosarcoma|OSTEOSARCOMA]] of the left humerus, St. p. resection and prosthesis, new pain.
Findings: at the distal margin of the prosthesis, 18 x 14 mm enhancing soft-tissue lesion in the deltoid insertion, T2 hyperintense, with restricted diffusion; not present on the MRI of 03/2025.
Conclusione: sospetta [[recidiva locale|LOCAL_RECURRENCE|unc]] (suspected [[local recurrence|LOCAL_RECURRENCE|unc]]); differential diagnosis granulation tissue / seroma. Ultrasound-guided biopsy recommended.
""")

note("PD09", "PD09-N4", "2025-09-30", "consult_note", """
Dermatology consult - 30/09/2025 (translated)
Patient [[45 anni|AGE]], [[osteosarcoma|OSTEOSARCOMA]] under follow-up. Lesion of the back 1.2 cm, asymmetric, irregular border, two colours; dermoscopy: atypical network, regression areas. Sospetto [[melanoma|OTHER_MALIGNANCY|unc]] (suspected [[melanoma|OTHER_MALIGNANCY|unc]]).
Excisional biopsy performed today with 2 mm margins. Histology pending (expected in 2-3 weeks).
""")

note("PD09", "PD09-N5", "2025-10-02", "tumor_board", """
GOM SARCOMI - 02/10/2025 (translated)
Patient G. C., [[45 anni|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] left humerus; new [[metastasi polmonari|LUNG_METASTASIS]] LLL 13 mm and RUL 7 mm.
Thoracic surgery: both [[nodules|PULMONARY_NODULE]] peripheral, [[resecabili|RESECTABLE]] by [[VATS wedge resection|LUNG_RESECTION|hyp]]. [[Prove di funzionalità respiratoria|PULMONARY_FUNCTION]] 29/09/2025: [[FEV1|PULMONARY_FUNCTION]] 89 %, [[DLCO|PULMONARY_FUNCTION]] 82 % - [[adequate|PULMONARY_FUNCTION]].
Open questions: (1) suspected [[local recurrence|LOCAL_RECURRENCE|unc]] at the left humerus on MRI 24/09/2025 - US-guided biopsy booked for 09/10/2025; (2) excised skin lesion, suspected [[melanoma|OTHER_MALIGNANCY|unc]] - histology pending; (3) the grade of the 2021 [[allergic reaction|ALLERGIC_REACTION]] to [[dinutuximab|MONOCLONAL_ANTIBODY]] is not documented.
Decision: [[PROMIS|INVESTIGATIONAL|hyp]] pre-screening can continue; final eligibility after the biopsy and the histology. Otherwise [[metastasectomy|LUNG_RESECTION|hyp]].
""")


# -------------------------------------------------------------------------------------
# PD10 -- ELIGIBLE (Dutch letters). Born 04-11-1960 (day-first: 4 November) -> 65 on the
# as-of date 2026-10-20 (read month-first it would be 11 April and 66). Local recurrence
# at the scapula 04/2025, re-resected with wide margins (R0) and no sign of it since ->
# active_local_recurrence not_met. Prostate cancer 2019 (> 5 years) -> not_met. Shingrix
# (recombinant) 06-10-2026 -> not live. WHO PS 2 after the re-resection, WHO PS 1 now.
# -------------------------------------------------------------------------------------
patient("PD10", "2026-10-20", "eligible", {}, dob=("04-11-1960", "1960-11-04"))

note("PD10", "PD10-N1", "2023-05-16", "pathology_report", """
PATHOLOGY REPORT (PA-verslag, translated from Dutch)
Material: core biopsies, right scapula body.
Conclusion: high-grade osteosarcoma (hooggradig osteosarcoom), conventional type with a fibroblastic component. SATB2 positive. No evidence of pre-existing Paget disease. To be discussed in the bone tumour MDO.
""")

note("PD10", "PD10-N2", "2025-06-12", "letter", """
Department of Orthopaedic Oncology - outpatient letter (translated from Dutch)

Geachte collega (dear colleague),

We saw Mr P. de V., [[64 jaar|AGE]], for follow-up on 12-06-2025.

Diagnoses:
1. [[Osteosarcoma|OSTEOSARCOMA]] ([[osteosarcoom|OSTEOSARCOMA]]) of the right scapula, diagnosed 16-05-2023
   - St. p. 4 cycles of [[doxorubicin|SYSTEMIC_THERAPY|hist]]/[[cisplatin|SYSTEMIC_THERAPY|hist]] (06-10/2023) and total scapulectomy 09/2023
   - [[local recurrence|LOCAL_RECURRENCE]] ([[lokaal recidief|LOCAL_RECURRENCE]]) in the scapular bed 04/2025, re-resected on 20-05-2025 with wide margins (R0, ruime marges), no further [[chemotherapy|SYSTEMIC_THERAPY|neg]]
2. [[Prostate cancer|OTHER_MALIGNANCY]] 2019, St. p. radical prostatectomy, PSA undetectable
3. Hypercholesterolaemia

Course: wound healing uneventful; shoulder function limited. [[WHO PS 2|ECOG]] during the post-operative weeks, improving with physiotherapy.
Plan: CT thorax every 3 months, MRI of the shoulder girdle every 6 months.

Met vriendelijke groet (kind regards)
""")

note("PD10", "PD10-N3", "2026-09-28", "radiology_report", """
CT THORAX WITH CONTRAST - 28-09-2026 (translated from Dutch)
Clinical question: [[osteosarcoma|OSTEOSARCOMA]] right scapula, St. p. re-resection of a [[local recurrence|LOCAL_RECURRENCE|hist]] 05/2025; follow-up.
Comparison: 23-06-2026.
Findings: new solid [[nodule|PULMONARY_NODULE]] in the right upper lobe, anterior segment, 12 mm, peripheral; new [[nodule|PULMONARY_NODULE]] in the left lower lobe, posterior basal segment, 8 mm, subpleural. No [[pleuravocht|PLEURAL_EFFUSION|neg]] ([[pleural effusion|PLEURAL_EFFUSION|neg]]). No lymphadenopathy. Post-operative changes of the right shoulder girdle without signs of a [[local recurrence|LOCAL_RECURRENCE|neg]].
Conclusion (impression):
1. Two new [[pulmonary nodules|PULMONARY_NODULE]], consistent with [[longmetastasen|LUNG_METASTASIS]] ([[lung metastases|LUNG_METASTASIS]]).
2. No evidence of [[local recurrence|LOCAL_RECURRENCE|neg]].
""")

note("PD10", "PD10-N4", "2026-10-07", "tumor_board", """
MDO bone and soft-tissue tumours (multidisciplinair overleg) - 07-10-2026, report (translated)
Patient: P. de V., [[65 jaar|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] right scapula (2023), St. p. [[doxorubicin|SYSTEMIC_THERAPY|hist]]/[[cisplatin|SYSTEMIC_THERAPY|hist]]; [[local recurrence|LOCAL_RECURRENCE]] 2025 re-resected R0, no [[recurrence|LOCAL_RECURRENCE|neg]] since.
Question: two new [[lung metastases|LUNG_METASTASIS]] (RUL 12 mm, LLL 8 mm).
Thoracic surgery: both [[nodules|PULMONARY_NODULE]] peripheral and [[resectable|RESECTABLE]] ([[wedge resection|LUNG_RESECTION|hyp]] RUL via [[VATS|LUNG_RESECTION|hyp]], LLL in a second session). [[Longfunctie|PULMONARY_FUNCTION]] ([[pulmonary function|PULMONARY_FUNCTION]]) 02-10-2026: [[FEV1|PULMONARY_FUNCTION]] 85 %, [[DLCO|PULMONARY_FUNCTION]] 78 % of predicted - [[fit for surgery|PULMONARY_FUNCTION]].
Advice: discuss the [[PROMIS study|INVESTIGATIONAL|hyp]] with the patient (he is 65 - upper age limit, check the date of birth); otherwise [[metastasectomy|LUNG_RESECTION|hyp]].
""")

note("PD10", "PD10-N5", "2026-10-15", "letter", """
Department of Medical Oncology - outpatient letter (translated from Dutch)

Geachte collega,

We saw Mr P. de V., [[born 04-11-1960|DOB]] ([[65 jaar|AGE]]), on 15-10-2026 for [[PROMIS|INVESTIGATIONAL|hyp]] screening.

History: [[osteosarcoma|OSTEOSARCOMA]] right scapula 2023, St. p. [[chemotherapy|SYSTEMIC_THERAPY|hist]] ([[doxorubicin|SYSTEMIC_THERAPY|hist]], [[cisplatin|SYSTEMIC_THERAPY|hist]]) and scapulectomy; [[local recurrence|LOCAL_RECURRENCE]] re-resected with wide margins 05/2025; [[prostate cancer|OTHER_MALIGNANCY]] 2019 (prostatectomy). Now two [[resectable|RESECTABLE]] [[lung metastases|LUNG_METASTASIS]] (MDO 07-10-2026).
Medication: atorvastatin 20 mg. No [[corticosteroids|SYSTEMIC_STEROID|neg]], no [[immunosuppressants|IMMUNOSUPPRESSANT|neg]].
Vaccinations: [[Shingrix|NONLIVE_VACCINE]] ([[recombinant zoster vaccine|NONLIVE_VACCINE]]) second dose 06-10-2026 at the GP practice; [[influenza vaccine|NONLIVE_VACCINE]] (inactivated) planned for November.
Residual effects: grade 1 [[hearing loss|TOXICITY]] for high tones after [[cisplatin|SYSTEMIC_THERAPY]]; no [[neuropathy|TOXICITY|neg]].
Examination: [[WHO PS 1|ECOG]]; cycles 10 km a day. Right shoulder: abduction to 40°. Lungs clear.
[[HIV test|HIV|neg]] negative (13-10-2026).

Conclusion: On the basis of the date of birth Mr de V. is [[65 years old|AGE]] until 04-11-2026 and therefore within the age range on the screening date; the other criteria appear to be met.

Met vriendelijke groet
""", ok=("Vaccinations", "GP"))


# -------------------------------------------------------------------------------------
# PD11 -- EXCLUDED (Polish habits, English letter). Aged 41. Lung metastases resected in
# 2024; newest CT: no evidence of pulmonary metastases -> pulmonary_metastases not_met,
# resectable_nodules unknown (no nodules), lung function not discussed -> unknown.
# Investigational agent KT-2203 (phase II maintenance study) discontinued, last dose
# 28.07.2025 = 28 days before as_of -> investigational_agent_4w met (4 weeks, boundary
# included). Pembrolizumab: 2 infusions 04/2024, grade 3 anaphylaxis at the second ->
# mab_allergy met; no response assessment -> prior_checkpoint_inhibitor unknown.
# Psoriasis on adalimumab until 14.05.2025 -> autoimmune_systemic_2y met; adalimumab
# stopped > 7 days and only topical betamethasone now -> systemic_steroids_7d not_met.
# Grade 2 rash from the study drug resolved -> unresolved_toxicity not_met.
# -------------------------------------------------------------------------------------
patient("PD11", "2025-08-25", "excluded", {
    "pulmonary_metastases": N, "resectable_nodules": U, "pulmonary_function_adequate": U,
    "investigational_agent_4w": M, "mab_allergy": M, "prior_checkpoint_inhibitor": U,
    "autoimmune_systemic_2y": M,
}, windows=(("investigational_agent_4w", "28.07.2025", 28),
            ("systemic_steroids_7d (adalimumab stopped)", "14.05.2025", 103)))

note("PD11", "PD11-N1", "2024-06-20", "operative_note", """
Department of Thoracic Surgery - operation report (translated from Polish), 20.06.2024
Procedure: left VATS wedge resection of two nodules (LUL 14 mm, LLL 9 mm); right VATS wedge resection of one nodule (RML 11 mm) performed 06.06.2024.
Histopathology (both sessions): metastases of high-grade osteosarcoma, margins free (R0).
Course uneventful; discharged on day 4.
""")

note("PD11", "PD11-N2", "2025-03-04", "research_note", """
Clinical Trials Unit - enrolment note, 04.03.2025
Patient [[aged 41|AGE]], [[osteosarcoma|OSTEOSARCOMA]] of the left tibia (2022), no evidence of disease after bilateral [[pulmonary metastasectomy|LUNG_RESECTION]] (06/2024).
Consent signed 24.02.2025 for the [[phase II study|INVESTIGATIONAL]] KT-2203-02 (maintenance [[investigational agent|INVESTIGATIONAL]] [[KT-2203|INVESTIGATIONAL]], oral, vs. observation, randomised 2:1). Randomised to the [[KT-2203|INVESTIGATIONAL]] arm; cycle 1 day 1 today, 200 mg orally once daily.
Concomitant: [[adalimumab|IMMUNOSUPPRESSANT]] 40 mg s.c. every 2 weeks for [[psoriasis|AUTOIMMUNE_DISEASE]] (allowed by the [[protocol|INVESTIGATIONAL]]); [[calcipotriol/betamethasone ointment|LOCAL_STEROID]].
""", ok=("Trials",))

note("PD11", "PD11-N3", "2025-08-05", "radiology_report", """
CT CHEST WITH CONTRAST, 05.08.2025 (translated)
Clinical data: [[osteosarcoma|OSTEOSARCOMA]], St. p. bilateral [[metastasectomy|LUNG_RESECTION|hist]] 06/2024, end of [[study treatment|INVESTIGATIONAL]] - restaging.
Comparison: 06.05.2025, 04.02.2025.
Description: post-operative staple lines in the LUL, LLL and RML, unchanged, without nodular thickening. No new [[nodules|PULMONARY_NODULE|neg]]. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No enlarged lymph nodes.
Impression: No evidence of [[pulmonary metastases|LUNG_METASTASIS|neg]]. Stable post-operative changes.
""", ok=("nodular",))

note("PD11", "PD11-N4", "2025-08-19", "letter", """
Oncology Outpatient Clinic - letter (translated from Polish)

Dear Colleague,

Patient [[aged 41|AGE]], male, seen on 19.08.2025 - referred for an opinion on further follow-up and the [[PROMIS|INVESTIGATIONAL|hyp]] [[trial|INVESTIGATIONAL|hyp]].

Diagnoses (ICD-10):
C40.2 [[Osteosarcoma|OSTEOSARCOMA]] of the left tibia, diagnosed 09.2022; St. p. [[MAP|SYSTEMIC_THERAPY|hist]] x 6 and resection 2022-2023.
C78.0 [[Pulmonary metastases|LUNG_METASTASIS|hist]] 03.2024, St. p. bilateral [[VATS metastasectomy|LUNG_RESECTION|hist]] 06.2024 (R0).
L40.0 [[Psoriasis vulgaris|AUTOIMMUNE_DISEASE]], treated with [[adalimumab|IMMUNOSUPPRESSANT]] 2021 - 14.05.2025 (stopped by dermatology - remission); currently only [[topical betamethasone|LOCAL_STEROID]] on the elbows.
T88.6 [[Anaphylactic reaction|ALLERGIC_REACTION]] grade 3 to [[pembrolizumab|CHECKPOINT_INHIBITOR]] (04.2024).

Epicrisis: In 04.2024 the patient received two infusions of [[pembrolizumab|CHECKPOINT_INHIBITOR]] (outside a [[trial|INVESTIGATIONAL|neg]]) for the [[lung metastases|LUNG_METASTASIS]]; during the second infusion (29.04.2024) grade 3 [[anaphylaxis|ALLERGIC_REACTION]] (hypotension 70/40, bronchospasm, adrenaline i.m.) - treatment stopped. No imaging [[response|TUMOR_RESPONSE|neg]] assessment was done before the [[metastasectomy|LUNG_RESECTION]]. From 04.03.2025 he took part in the [[phase II study|INVESTIGATIONAL]] KT-2203-02 (oral [[investigational agent|INVESTIGATIONAL]] [[KT-2203|INVESTIGATIONAL]]); the [[study drug|INVESTIGATIONAL]] was discontinued after a grade 2 maculopapular [[rash|TOXICITY]] - last dose 28.07.2025. The [[rash|TOXICITY|neg]] has resolved completely (grade 0 on 12.08.2025).
CT chest of 05.08.2025: no evidence of [[pulmonary metastases|LUNG_METASTASIS|neg]].

Current condition: good; [[ECOG 0|ECOG]]. Medication: [[betamethasone/calcipotriol|LOCAL_STEROID]] ointment. [[Allergy|ALLERGIC_REACTION]]: [[pembrolizumab|CHECKPOINT_INHIBITOR]].

Conclusion: at present there is no measurable [[pulmonary metastatic disease|LUNG_METASTASIS|neg]], so the [[PROMIS|INVESTIGATIONAL|hyp]] [[trial|INVESTIGATIONAL|hyp]] does not apply; also less than 4 weeks since the last dose of the [[study drug|INVESTIGATIONAL]] and a grade 3 [[allergic reaction|ALLERGIC_REACTION]] to a [[monoclonal antibody|MONOCLONAL_ANTIBODY]]. Follow-up CT every 3 months.

Yours sincerely,
""")


# -------------------------------------------------------------------------------------
# PD12 -- NEEDS_REVIEW (dictated, flattened by the export). No age and no date of birth in
# any note -> age_eligible unknown and performance_status unknown (Karnofsky 80 %, but
# the scale depends on the age). "Takes cortisone" for her knee, route not stated, current
# -> systemic_steroids_7d unknown. Otherwise a clean candidate: two resectable nodules,
# PFTs adequate, MAP done, pregnancy test negative.
# -------------------------------------------------------------------------------------
patient("PD12", "2026-07-07", "needs_review", {
    "age_eligible": U, "performance_status": U, "systemic_steroids_7d": U,
})

note("PD12", "PD12-N1", "2026-06-11", "radiology_report", """
CT CHEST WITH CONTRAST 11-06-2026. CLINICAL INFORMATION: [[osteosarcoma|OSTEOSARCOMA]] left femur, surveillance.,COMPARISON: 09-03-2026.,FINDINGS: Two new solid [[nodules|PULMONARY_NODULE]], right upper lobe posterior segment 10 mm and right lower lobe superior segment 6 mm, both within 1 cm of the pleura. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. No mediastinal or hilar adenopathy. Left femoral prosthesis partially imaged.,IMPRESSION: 1. Two new right-sided [[pulmonary nodules|PULMONARY_NODULE]], consistent with [[metastases|METASTASIS]]. 2. No [[effusion|PLEURAL_EFFUSION|neg]].
""", ok=("hilar",))

note("PD12", "PD12-N2", "2026-06-23", "clinic_note", """
SARCOMA CLINIC DICTATION - transcribed 23-06-2026 - dictated by the consultant - HISTORY: Mrs Anna-Lena W. is seen today with her mother regarding her [[osteosarcoma|OSTEOSARCOMA]] of the left distal femur diagnosed in 02/2024 for which she received [[MAP chemotherapy|SYSTEMIC_THERAPY]] and had a distal femoral replacement in 05/2024, [[completed chemotherapy|SYSTEMIC_THERAPY|hist]] 10/2024, and on surveillance CT of the 11th of June two new right-sided [[nodules|PULMONARY_NODULE]] were found which are consistent with [[metastases|METASTASIS]]. She is well in herself, studying for exams, no cough, no haemoptysis, some ache in the right knee for which she takes [[cortisone|SYSTEMIC_STEROID]] that her family doctor prescribed, she is not sure of the dose and has been taking it for about three weeks, still taking it.,MEDICATIONS: [[cortisone|SYSTEMIC_STEROID]] as above, paracetamol as required.,ALLERGIES: none known.,EXAMINATION: Looks well. Chest clear. Left knee scar healed, flexion to 100 degrees.,PERFORMANCE: [[Karnofsky 80 %|KARNOFSKY]], limited only by the knee.,IMPRESSION: Two new [[pulmonary metastases|LUNG_METASTASIS]] after [[MAP|SYSTEMIC_THERAPY]], resectability to be determined by thoracic surgery.,PLAN: 1. Thoracic surgery opinion. 2. [[Pulmonary function tests|PULMONARY_FUNCTION|hyp]]. 3. Clarify the [[cortisone|SYSTEMIC_STEROID|unc]] with the family doctor (tablets or injection into the knee). 4. Discuss [[PROMIS|INVESTIGATIONAL|hyp]] at the next visit.
""", ok=("ALLERGIES", "resectability"))

note("PD12", "PD12-N3", "2026-06-30", "thoracic_surgery_consult", """
Thoracic surg dictation 30-06-2026: Seen re 2 R [[lung mets|LUNG_METASTASIS]] from [[osteosarcoma|OSTEOSARCOMA]] femur, RUL 10 mm and RLL sup seg 6 mm, both peripheral.,ASSESSMENT: both [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] by R [[VATS wedge resection|LUNG_RESECTION|hyp]] x2 in one sitting.,[[PFTS|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 3.3 L (101 %), [[DLCO|PULMONARY_FUNCTION]] 93 %, [[adequate|PULMONARY_FUNCTION]], [[cleared for thoracic surgery|PULMONARY_FUNCTION]].,PLAN: list for [[VATS|LUNG_RESECTION|hyp]] if not going into [[trial|INVESTIGATIONAL|hyp]].
""")

note("PD12", "PD12-N4", "2026-07-03", "progress_note", """
Onc f/u 3/7/26. Pt seen w mother. [[Osteosarcoma|OSTEOSARCOMA]] L femur, 2 R [[lung mets|LUNG_METASTASIS]], [[resectable|RESECTABLE]] (thor surg 30/6). [[PFTs|PULMONARY_FUNCTION]] ok. [[Urine hCG|PREGNANCY_TEST|neg]] neg. [[KPS 80|KARNOFSKY]]. Still on "[[cortisone|SYSTEMIC_STEROID]]" - GP surgery closed, route/dose not confirmed yet. Age / DOB missing from the referral, registration to update. Plan: [[PROMIS|INVESTIGATIONAL|hyp]] screening once age, steroid route clarified.
""", ok=("GP", "steroid", "DOB"))


# -------------------------------------------------------------------------------------
# PD13 -- ELIGIBLE (dictated; the clinic letter is one flattened paragraph). A 19-year-old
# man. Tumour board 10.06.2026: nodules resectable but "reserve insufficient at present"
# (DLCO 48 % after COVID-19 organising pneumonia); board 07.10.2026 REVERSES it: DLCO 81 %,
# "fit for surgery" -> pulmonary_function_adequate met. Prednisolone taper for the organising
# pneumonia ended "the 3rd of October 2026" = 8 days before as_of -> systemic_steroids_7d
# not_met. Karnofsky-Index 70 % (adult: counts as ECOG <= 2) -> met. MMR in childhood.
# -------------------------------------------------------------------------------------
patient("PD13", "2026-10-11", "eligible", {},
        windows=(("systemic_steroids_7d", "the 3rd of October 2026", 8),))

note("PD13", "PD13-N1", "2026-05-20", "radiology_report", """
CT CHEST WITH CONTRAST - 20-May-2026
Indication: [[19-year-old|AGE]] man, [[osteosarcoma|OSTEOSARCOMA]] of the right proximal humerus, St. p. [[MAP|SYSTEMIC_THERAPY|hist]]; fever and cough since 10 days, SARS-CoV-2 PCR positive.
Findings: Bilateral peripheral and peribronchovascular ground-glass opacities with early consolidation in both lower lobes, pattern of organising pneumonia. Three solid [[nodules|PULMONARY_NODULE]] separate from these changes: RUL 11 mm, RML 7 mm, LUL 9 mm, all new compared with 02-Feb-2026. No [[pleural effusion|PLEURAL_EFFUSION|neg]].
IMPRESSION:
1. COVID-19 pneumonia with an organising pneumonia pattern.
2. Three new solid [[pulmonary nodules|PULMONARY_NODULE]], consistent with [[metastases|METASTASIS]] from the known [[osteosarcoma|OSTEOSARCOMA]].
""")

note("PD13", "PD13-N2", "2026-06-10", "tumor_board", """
MULTIDISCIPLINARY SARCOMA TUMOUR BOARD - minutes, 10.06.2026
Patient: M. S., [[19 years old|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] right proximal humerus (dx 03/2025), [[completed MAP|SYSTEMIC_THERAPY|hist]] 01/2026. Three new [[pulmonary metastases|LUNG_METASTASIS]] (RUL 11 mm, RML 7 mm, LUL 9 mm). Post-COVID organising pneumonia, on [[prednisolone|SYSTEMIC_STEROID]] since 28.05.2026 (40 mg, taper over 4 months).
Thoracic surgery: all three [[nodules|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]] ([[wedge resections|LUNG_RESECTION|hyp]], staged bilateral [[VATS|LUNG_RESECTION|hyp]]).
Pulmonology: [[PFT|PULMONARY_FUNCTION]] 08.06.2026: [[FEV1|PULMONARY_FUNCTION]] 71 %, [[DLCO|PULMONARY_FUNCTION]] 48 % - [[pulmonary reserve insufficient|PULMONARY_FUNCTION]] at present; [[not fit for surgery|PULMONARY_FUNCTION]] until the organising pneumonia has resolved.
Decision: defer surgery; repeat [[PFT|PULMONARY_FUNCTION|hyp]] and CT after the steroid taper; re-discuss in October.
""", ok=("steroid",))

note("PD13", "PD13-N3", "2026-10-03", "radiology_report", """
CT CHEST - 03-Oct-2026
Comparison: 20-May-2026, 29-Jul-2026.
Findings: Near-complete resolution of the ground-glass and consolidative changes; minor residual subpleural bands. The three [[nodules|PULMONARY_NODULE]] are unchanged: RUL 11 mm, RML 7 mm, LUL 10 mm. No new [[nodules|PULMONARY_NODULE|neg]]. No [[pleural effusion|PLEURAL_EFFUSION|neg]].
IMPRESSION: Resolved organising pneumonia. Stable three [[pulmonary metastases|LUNG_METASTASIS]].
""")

note("PD13", "PD13-N4", "2026-10-07", "tumor_board", """
MULTIDISCIPLINARY SARCOMA TUMOUR BOARD - minutes, 07.10.2026 (re-discussion)
Patient: M. S., [[19 years old|AGE]]. Three stable [[pulmonary metastases|LUNG_METASTASIS]] of [[osteosarcoma|OSTEOSARCOMA]] (RUL, RML, LUL).
Pulmonology: [[PFT|PULMONARY_FUNCTION]] 5.10.2026: [[FEV1|PULMONARY_FUNCTION]] 93 %, [[DLCO|PULMONARY_FUNCTION]] 81 % - recovered; the board's statement of 10.06.2026 ([[reserve insufficient|PULMONARY_FUNCTION|hist]]) no longer applies: [[fit for surgery|PULMONARY_FUNCTION]].
Thoracic surgery: [[nodules|PULMONARY_NODULE]] still [[resectable|RESECTABLE]] by staged [[VATS wedge resections|LUNG_RESECTION|hyp]].
Decision: screening for the [[PROMIS trial|INVESTIGATIONAL|hyp]]; otherwise [[metastasectomy|LUNG_RESECTION|hyp]] in November.
""")

note("PD13", "PD13-N5", "2026-10-09", "clinic_letter", """
SARCOMA OUTPATIENT CLINIC - DICTATED LETTER 09.10.2026 Dear colleague, I saw your patient Mr M. S., a [[19-year-old|AGE]] student, today for the [[PROMIS|INVESTIGATIONAL|hyp]] screening visit.,DIAGNOSES: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the right proximal humerus, diagnosed 03/2025, St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and proximal humerus replacement, [[chemotherapy|SYSTEMIC_THERAPY|hist]] completed 01/2026. 2. Three [[pulmonary metastases|LUNG_METASTASIS]] since 05/2026, [[resectable|RESECTABLE]], tumour board 07.10.2026. 3. COVID-19 organising pneumonia 05/2026, resolved; [[prednisolone|SYSTEMIC_STEROID]] taper completed on the 3rd of October 2026, none since.,HISTORY: He has regained his exercise tolerance, walks 5 km, but still tires in the afternoon and is not yet back at university full time.,MEDICATION: none.,IMMUNISATIONS: childhood schedule including [[MMR|LIVE_VACCINE|hist]]; [[COVID-19 mRNA vaccine|NONLIVE_VACCINE]] 2023. No vaccinations this year.,EXAMINATION: [[Karnofsky-Index 70 %|KARNOFSKY]]. Chest clear. Right shoulder: active elevation to 60 degrees.,INVESTIGATIONS: [[PFT|PULMONARY_FUNCTION]] 05.10.2026 [[FEV1|PULMONARY_FUNCTION]] 93 %, [[DLCO|PULMONARY_FUNCTION]] 81 %. [[HIV Ag/Ab|HIV|neg]] non-reactive. Audiogram: no [[hearing loss|TOXICITY|neg]].,IMPRESSION: [[Resectable|RESECTABLE]] [[pulmonary metastases|LUNG_METASTASIS]] after [[MAP|SYSTEMIC_THERAPY]], [[fit for surgery|PULMONARY_FUNCTION]], [[steroid|SYSTEMIC_STEROID|neg]]-free since 03.10.2026.,PLAN: proceed with [[PROMIS|INVESTIGATIONAL|hyp]] screening; SBRT planning CT booked. Kind regards
""", ok=("vaccinations",))


# -------------------------------------------------------------------------------------
# PD14 -- EXCLUDED (French). Femme de 34 ans, newly diagnosed osteosarcoma of the femur with
# synchronous metastases pulmonaires, "naive de toute chimiotherapie" -> prior_systemic_
# therapy not_met. Pleural fluid cytology positive -> malignant_pleural_effusion met.
# Breastfeeding her 4-month-old (allaitement en cours) -> pregnant_or_lactating met
# (beta-hCG negative). Papillary thyroid carcinoma 03/2024 -> other_malignancy_5y met
# (levothyroxine after thyroidectomy is replacement). Resectability not assessed (chemo
# first) -> unknown; no EFR -> unknown.
# -------------------------------------------------------------------------------------
patient("PD14", "2025-12-15", "excluded", {
    "prior_systemic_therapy": N, "malignant_pleural_effusion": M, "pregnant_or_lactating": M,
    "other_malignancy_5y": M, "resectable_nodules": U, "pulmonary_function_adequate": U,
})

note("PD14", "PD14-N1", "2025-11-06", "pathology_report", """
Compte rendu anatomopathologique (translated from French) - 06/11/2025
Prélèvement: biopsie trocart, fémur distal droit.
Conclusion: ostéosarcome conventionnel de haut grade, ostéoblastique (high-grade conventional osteoblastic osteosarcoma). Relecture RRePS demandée.
""")

note("PD14", "PD14-N2", "2025-11-14", "radiology_report", """
SCANNER THORACO-ABDOMINO-PELVIEN (CT chest/abdomen/pelvis) - 14/11/2025, translated
Indication: [[ostéosarcome|OSTEOSARCOMA]] of the right femur just diagnosed, staging. Patient currently [[breastfeeding|LACTATION]] (contrast: no interruption needed).
Thorax: multiple bilateral solid [[nodules|PULMONARY_NODULE]] (about 15), 4 to 19 mm, the largest in the RLL. Moderate right [[épanchement pleural|PLEURAL_EFFUSION]] with nodular pleural thickening of the right costal pleura. Thyroidectomy bed clear.
Abdomen/pelvis: no lesion.
Conclusion: multiple [[métastases pulmonaires|LUNG_METASTASIS]] ([[pulmonary metastases|LUNG_METASTASIS]]). Right [[pleural effusion|PLEURAL_EFFUSION]] with pleural thickening, suspicious of [[pleural involvement|MALIGNANT_EFFUSION|unc]]; pleural puncture recommended.
""", ok=("nodular",))

note("PD14", "PD14-N3", "2025-11-20", "cytology_report", """
CYTOLOGIE DU LIQUIDE PLEURAL (pleural fluid cytology) - 20/11/2025, translated
Material: 450 ml of serohaematic right pleural fluid.
Result: [[présence de cellules malignes|MALIGNANT_EFFUSION]] ([[malignant cells present|MALIGNANT_EFFUSION]]); pleomorphic cells, some with osteoid-like matrix, SATB2 positive on the cell block.
Conclusion: [[épanchement pleural malin|MALIGNANT_EFFUSION]] ([[malignant pleural effusion|MALIGNANT_EFFUSION]]), compatible with pleural spread of the known [[ostéosarcome|OSTEOSARCOMA]].
""")

note("PD14", "PD14-N4", "2025-12-03", "tumor_board", """
RCP SARCOMES - fiche de RCP (tumour-board form), 03/12/2025, translated
Patiente: C. L., [[34 ans|AGE]].
Diagnosis: [[ostéosarcome ostéoblastique|OSTEOSARCOMA]] of the right distal femur, biopsy 06/11/2025, with synchronous [[métastases pulmonaires|LUNG_METASTASIS]] (about 15 [[nodules|PULMONARY_NODULE]]) and [[épanchement pleural malin|MALIGNANT_EFFUSION]] (cytology 20/11/2025).
Antécédents: [[carcinome papillaire de la thyroïde|OTHER_MALIGNANCY|hist]] ([[papillary thyroid carcinoma|OTHER_MALIGNANCY|hist]]) pT1b, total thyroidectomy 03/2024, no iodine-131; [[levothyroxine|REPLACEMENT_THERAPY]]. Delivery 08/2025, [[breastfeeding|LACTATION]].
Proposal: first-line [[MAP|SYSTEMIC_THERAPY|hyp]] [[chemotherapy|SYSTEMIC_THERAPY|hyp]] after stopping [[breastfeeding|LACTATION]]; pleural drainage and talc pleurodesis. Resectability of the [[pulmonary metastases|LUNG_METASTASIS]] not assessed - to be reconsidered after 2 cycles. The [[PROMIS trial|INVESTIGATIONAL|hyp]] is not appropriate ([[chemotherapy-naive|CHEMO_NAIVE]], [[malignant effusion|MALIGNANT_EFFUSION]]).
""", ok=("SARCOMES", "Resectability"))

note("PD14", "PD14-N5", "2025-12-10", "letter", """
Consultation letter (translated from French)

Chère consœur (dear colleague),

I saw Mrs C. L., [[34 ans|AGE]], on 10/12/2025 before the start of treatment.

She has a high-grade [[ostéosarcome|OSTEOSARCOMA]] of the right femur with multiple [[métastases pulmonaires|LUNG_METASTASIS]] and a [[malignant pleural effusion|MALIGNANT_EFFUSION]]. She is [[naïve de toute chimiothérapie|CHEMO_NAIVE]] ([[has not received any chemotherapy|CHEMO_NAIVE]]).
Antécédents: [[papillary thyroid carcinoma|OTHER_MALIGNANCY|hist]] 03/2024, total thyroidectomy, on [[levothyroxine|REPLACEMENT_THERAPY]] 100 µg. Delivery on 12/08/2025.
She is still exclusively [[breastfeeding|LACTATION]] ([[allaitement maternel exclusif|LACTATION]]) her 4-month-old son and wishes to continue until the first cycle. [[β-hCG|PREGNANCY_TEST|neg]] negative on 09/12/2025.
Examination: [[OMS 1|ECOG]]; right thigh swelling; dullness at the right base.
Plan: [[MAP|SYSTEMIC_THERAPY|hyp]] from 17/12/2025 after weaning; [[lactation|LACTATION]] suppression with cabergoline discussed.

Bien confraternellement,
""")


# -------------------------------------------------------------------------------------
# PD15 -- EXCLUDED (Chinese records, translated). 女 32岁, newly diagnosed osteosarcoma with
# lung metastases, 未行化疗 (no chemotherapy yet) -> prior_systemic_therapy not_met.
# Central LUL mass invading the left main bronchus, 需行全肺切除 (would need a left
# pneumonectomy) -> resectable_nodules not_met. HIV antibody positive, confirmed, on ART ->
# hiv met. 华蟾素 Huachansu capsules (oral) taken until 2026年4月22日 = 14 days before
# as_of -> immunomodulator_2w met. 妊娠 13 weeks (intrauterine pregnancy) ->
# pregnant_or_lactating met. Lung function not tested -> unknown.
# -------------------------------------------------------------------------------------
patient("PD15", "2026-05-06", "excluded", {
    "prior_systemic_therapy": N, "resectable_nodules": N, "hiv": M, "immunomodulator_2w": M,
    "pregnant_or_lactating": M, "pulmonary_function_adequate": U,
}, windows=(("immunomodulator_2w", "2026年4月22日", 14),))

note("PD15", "PD15-N1", "2026-04-16", "pathology_report", """
病理报告 PATHOLOGY REPORT (translated) - 2026-4-16
Specimen: left proximal humerus, CT-guided needle biopsy.
Diagnosis: (left proximal humerus) osteosarcoma (骨肉瘤), high grade, conventional type, osteoblastic. IHC: SATB2 (+), MDM2 (-), Ki-67 70%.
""")

note("PD15", "PD15-N2", "2026-04-22", "admission_record", """
入院记录 ADMISSION RECORD (translated from Chinese)
Name: 李**    Sex: female    Age: [[32岁|AGE]]    Admitted: 2026年4月22日

主诉 Chief complaint: left shoulder pain for 3 months; [[osteosarcoma|OSTEOSARCOMA]] ([[骨肉瘤|OSTEOSARCOMA]]) confirmed by biopsy 6 days ago.
现病史 HPI: Pain and swelling of the left shoulder since 2026-1. Biopsy 2026-4-16: high-grade [[osteosarcoma|OSTEOSARCOMA]]. Chest CT at the local hospital: multiple [[nodules|PULMONARY_NODULE]] in both lungs. [[未行化疗|CHEMO_NAIVE]] - she [[has not received any chemotherapy|CHEMO_NAIVE]] or other anti-tumour treatment. Since 2026-2 she has been taking [[华蟾素|IMMUNOMODULATOR]] capsules ([[Huachansu|IMMUNOMODULATOR]], [[cinobufacini|IMMUNOMODULATOR]]) 0.5 g po tid, prescribed by a TCM clinic; last dose this morning (2026年4月22日), stopped on admission.
既往史 Past history: [[HIV infection|HIV|hist]] ([[艾滋病病毒感染|HIV|hist]]) diagnosed 2021 (antibody positive, confirmed by the CDC laboratory), on [[antiretroviral therapy|HIV]] (bictegravir/emtricitabine/tenofovir alafenamide, [[Biktarvy|HIV]]) since 2021, viral load undetectable. Denies hepatitis, tuberculosis. Denies [[drug allergy|ALLERGIC_REACTION|neg]].
月经婚育史 Menstrual and obstetric history: G2P1; last menstrual period 2026-1-28; currently [[pregnant|PREGNANCY]] ([[妊娠|PREGNANCY]]), [[12 weeks of gestation|PREGNANCY]] on admission.
体格检查 Examination: T 36.8 °C. [[ECOG 1|ECOG]]. Left shoulder swelling 8 x 7 cm, tender, restricted movement.
初步诊断 Preliminary diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the left humerus with [[肺转移|LUNG_METASTASIS]] ([[lung metastases|LUNG_METASTASIS]]); 2. [[HIV infection|HIV]]; 3. [[Intrauterine pregnancy|PREGNANCY]] 12 weeks.
""")

note("PD15", "PD15-N3", "2026-04-24", "radiology_report", """
胸部增强CT CHEST CT (enhanced), 2026-4-24 - translated
Findings: a 4.6 x 3.9 cm mass in the left upper lobe near the hilum, encasing and narrowing the left main bronchus and abutting the left main pulmonary artery. Seven further nodules of 5-14 mm in both lungs. No pleural effusion. Mediastinal lymph nodes not enlarged.
Impression: multiple lung metastases (肺转移), the dominant central LUL mass invading the left main bronchus.
""")

note("PD15", "PD15-N4", "2026-04-28", "tumor_board", """
多学科会诊记录 MDT RECORD (translated) - 2026-4-28
Female, [[32岁|AGE]], [[pregnant|PREGNANCY]] 13 weeks, newly diagnosed [[osteosarcoma|OSTEOSARCOMA]] of the left humerus with multiple [[lung metastases|LUNG_METASTASIS]]; [[HIV|HIV]] on [[ART|HIV]], CD4 520.
Thoracic surgery: the dominant LUL [[mass|PULMONARY_NODULE]] invades the [[left main bronchus|CENTRAL_STRUCTURE]] and abuts the [[left main pulmonary artery|CENTRAL_STRUCTURE]]; complete removal [[需行全肺切除|PNEUMONECTOMY|hyp]] (would require a left [[pneumonectomy|PNEUMONECTOMY|hyp]]), and with bilateral [[nodules|PULMONARY_NODULE]] the [[metastases|METASTASIS]] are [[not resectable|UNRESECTABLE]] ([[不可切除|UNRESECTABLE]]). [[Pulmonary function|PULMONARY_FUNCTION|neg]] not tested (surgery not an option).
Obstetrics: continuation of the [[pregnancy|PREGNANCY]] desired; [[chemotherapy|SYSTEMIC_THERAPY|hyp]] in the 2nd trimester possible.
Conclusion: first-line [[chemotherapy|SYSTEMIC_THERAPY|hyp]] ([[doxorubicin|SYSTEMIC_THERAPY|hyp]] + [[cisplatin|SYSTEMIC_THERAPY|hyp]]) from [[14 weeks of gestation|PREGNANCY]]; no [[Huachansu|IMMUNOMODULATOR|neg]] or other [[Chinese patent medicines|IMMUNOMODULATOR|neg]] during [[chemotherapy|SYSTEMIC_THERAPY|hyp]]. Not a candidate for the [[PROMIS|INVESTIGATIONAL|hyp]] study.
""")


# -------------------------------------------------------------------------------------
# PD16 -- NEEDS_REVIEW (Chinese records, translated). 13岁 boy: only ECOG 1 and KPS 90 are
# recorded, no Lansky (the scale for age < 16) -> performance_status unknown. 胸腺法新
# thymalfasin given at the local hospital during chemotherapy; whether it is still given is
# "to be clarified" -> immunomodulator_2w unknown. Hearing loss after cisplatin, grade not
# documented, audiogram pending -> unresolved_toxicity unknown. Otherwise complete:
# resectable nodules, normal spirometry, MAP.
# -------------------------------------------------------------------------------------
patient("PD16", "2025-06-16", "needs_review", {
    "performance_status": U, "immunomodulator_2w": U, "unresolved_toxicity": U,
})

note("PD16", "PD16-N1", "2024-03-08", "pathology_report", """
病理报告 PATHOLOGY REPORT (translated) - 2024-3-8
Specimen: right distal femur, open biopsy.
Diagnosis: high-grade osteosarcoma (骨肉瘤), conventional type, chondroblastic and osteoblastic. IHC: SATB2 (+), S-100 focal (+), Ki-67 40%.
""")

note("PD16", "PD16-N2", "2025-05-27", "radiology_report", """
胸部CT CHEST CT (plain), 2025-5-27 - translated
Findings: two new solid nodules: right lower lobe dorsal segment 8 mm, left lower lobe posterior basal segment 6 mm, both subpleural. No pleural effusion.
Impression: two new lung nodules, metastases considered (考虑转移).
""")

note("PD16", "PD16-N3", "2025-06-05", "admission_record", """
入院记录 ADMISSION RECORD - Department of Paediatric Orthopaedic Oncology (translated)
Sex: male    Age: [[13岁|AGE]]    Admitted: 2025-6-5
主诉 Chief complaint: right femoral [[osteosarcoma|OSTEOSARCOMA]] 15 months after diagnosis, 2 new [[lung nodules|PULMONARY_NODULE]] for 1 week.
现病史 HPI: Diagnosed 2024-3; [[MAP|SYSTEMIC_THERAPY]] ([[大剂量甲氨蝶呤|SYSTEMIC_THERAPY]] [[HD-MTX|SYSTEMIC_THERAPY]], [[多柔比星|SYSTEMIC_THERAPY]] [[doxorubicin|SYSTEMIC_THERAPY]], [[顺铂|SYSTEMIC_THERAPY]] [[cisplatin|SYSTEMIC_THERAPY]]) and limb salvage with an expandable prosthesis 2024-6, [[chemotherapy|SYSTEMIC_THERAPY]] completed 2025-1. During [[chemotherapy|SYSTEMIC_THERAPY]] the local hospital gave [[胸腺法新|IMMUNOMODULATOR]] ([[thymalfasin|IMMUNOMODULATOR]]) injections "to raise immunity"; the mother is not sure whether the injections are still being given - to be clarified with the local hospital. After [[cisplatin|SYSTEMIC_THERAPY]] the boy has had difficulty hearing in class ([[听力下降|TOXICITY]], [[hearing loss|TOXICITY]]); no audiogram since 2024-12, grade not documented.
CT 2025-5-27: RLL 8 mm and LLL 6 mm [[nodules|PULMONARY_NODULE]], [[metastases|METASTASIS]] considered.
既往史 Past history: no other disease; vaccinations as scheduled before the diagnosis; none since.
体格检查 Examination: [[ECOG 1|ECOG]], [[KPS 90|KARNOFSKY]]. Walks with a slight limp; plays basketball at school.
初步诊断 Preliminary diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the right femur, post-operative; 2. [[肺转移|LUNG_METASTASIS]] ([[lung metastases|LUNG_METASTASIS]]).
""", ok=("vaccinations",))

note("PD16", "PD16-N4", "2025-06-12", "tumor_board", """
多学科会诊 MDT RECORD (translated) - 2025-6-12
Male, [[13岁|AGE]]. Right femoral [[osteosarcoma|OSTEOSARCOMA]], St. p. [[MAP|SYSTEMIC_THERAPY|hist]]; two [[lung metastases|LUNG_METASTASIS]] (RLL 8 mm, LLL 6 mm).
Thoracic surgery: both [[nodules|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]] ([[可切除|RESECTABLE]]) by [[thoracoscopic wedge resection|LUNG_RESECTION|hyp]]. [[肺功能|PULMONARY_FUNCTION]] ([[spirometry|PULMONARY_FUNCTION]]) 2025-6-10: [[FEV1|PULMONARY_FUNCTION]] 96% predicted - normal, [[fit for surgery|PULMONARY_FUNCTION]].
Medical oncology: [[PROMIS|INVESTIGATIONAL|hyp]] possible (age 10-65). Outstanding: (1) Lansky score not recorded - only [[ECOG 1|ECOG]] / [[KPS 90|KARNOFSKY]]; (2) whether [[thymalfasin|IMMUNOMODULATOR|unc]] is still given; (3) audiogram to grade the [[hearing loss|TOXICITY]].
Conclusion: complete the above; then screening or [[VATS wedge resection|LUNG_RESECTION|hyp]].
""", ok=("Lansky",))


# -------------------------------------------------------------------------------------
# PD17 -- ELIGIBLE (French). 20 ans. Nivolumab 01/09/2025: iSD at 8 weeks (27/10/2025),
# iUPD 24/11/2025 confirmed iCPD 22/12/2025 -> stable disease < 4 months, then progression
# -> no secondary resistance -> prior_checkpoint_inhibitor not_met. Then HD ifosfamide with
# PR; two residual metastases pulmonaires resecables, EFR normales, OMS 1.
# Traps: his partner is HIV positive (not the patient; his own serology negative); BCG at
# birth; "pseudo-progression" discussed but not confirmed.
# -------------------------------------------------------------------------------------
patient("PD17", "2026-08-31", "eligible", {})

note("PD17", "PD17-N1", "2025-12-23", "letter", """
Département d'oncologie médicale - letter (translated from French), 23/12/2025

Cher confrère,

Follow-up of Mr Théo B., [[19 ans|AGE]], [[ostéosarcome|OSTEOSARCOMA]] of the left distal femur (09/2023), St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and resection, with bilateral [[métastases pulmonaires|LUNG_METASTASIS]] since 07/2025 (6 [[nodules|PULMONARY_NODULE]]).
[[Nivolumab|CHECKPOINT_INHIBITOR]] ([[Opdivo|CHECKPOINT_INHIBITOR]]) 240 mg every 2 weeks off-label since 01/09/2025. Assessments per iRECIST:
- 27/10/2025 (week 8): [[iSD|TUMOR_RESPONSE]] (sum of diameters +6 %);
- 24/11/2025 (week 12): [[iUPD|TUMOR_RESPONSE]] (+24 %, one new LLL [[nodule|PULMONARY_NODULE]]) - treatment continued to exclude pseudo-[[progression|TUMOR_RESPONSE|unc]];
- 22/12/2025 (week 16): [[iCPD|TUMOR_RESPONSE]] (further growth, two further new [[nodules|PULMONARY_NODULE]]).
[[Progression|TUMOR_RESPONSE]] is therefore confirmed after less than 4 months of [[stable disease|TUMOR_RESPONSE]]; [[nivolumab|CHECKPOINT_INHIBITOR]] stopped. No immune-related adverse event.
Plan: [[high-dose ifosfamide|SYSTEMIC_THERAPY|hyp]] from 01/2026.

Confraternellement,
""")

note("PD17", "PD17-N2", "2026-07-28", "radiology_report", """
SCANNER THORACIQUE (CT chest) - 28/07/2026, translated
Comparison: 14/04/2026, 22/12/2025.
Results: after [[ifosfamide|SYSTEMIC_THERAPY]], seven of the nine [[nodules|PULMONARY_NODULE]] have disappeared; two residual [[nodules|PULMONARY_NODULE]]: RLL 9 mm (previously 17 mm) and LUL 6 mm (previously 12 mm), subpleural, stable since 04/2026. No [[épanchement pleural|PLEURAL_EFFUSION|neg]]. No mediastinal lymph node.
Conclusion: [[réponse partielle|TUMOR_RESPONSE]] ([[PR|TUMOR_RESPONSE]] per RECIST 1.1) of the [[métastases pulmonaires|LUNG_METASTASIS]], stable since 04/2026; two residual [[nodules|PULMONARY_NODULE]].
""", ok=("RECIST",))

note("PD17", "PD17-N3", "2026-08-19", "tumor_board", """
RCP SARCOMES - 19/08/2026 (minutes, translated)
Patient: B. Théo, [[20 ans|AGE]]. [[Ostéosarcome|OSTEOSARCOMA]] left femur; [[métastases pulmonaires|LUNG_METASTASIS]] since 07/2025; St. p. [[nivolumab|CHECKPOINT_INHIBITOR|hist]] ([[iCPD|TUMOR_RESPONSE|hist]] at week 16 after [[iSD|TUMOR_RESPONSE|hist]] at week 8), St. p. [[HD ifosfamide|SYSTEMIC_THERAPY|hist]] x 5 ([[PR|TUMOR_RESPONSE|hist]]).
Chirurgie thoracique: the two residual [[nodules|PULMONARY_NODULE]] are [[résécables|RESECTABLE]] ([[resectable|RESECTABLE]]) by [[wedge resection|LUNG_RESECTION|hyp]] (résection atypique), RLL by [[VATS|LUNG_RESECTION|hyp]], LUL by a second [[VATS|LUNG_RESECTION|hyp]]. [[EFR|PULMONARY_FUNCTION]] 12/08/2026: [[FEV1|PULMONARY_FUNCTION]] 98 %, [[DLCO|PULMONARY_FUNCTION]] 90 % - [[opérable|PULMONARY_FUNCTION]] on the functional level.
Proposition: [[PROMIS|INVESTIGATIONAL|hyp]] screening (prior [[anti-PD-1|CHECKPOINT_INHIBITOR|hist]] with [[primary resistance|TUMOR_RESPONSE|hist]]); otherwise [[métastasectomie|LUNG_RESECTION|hyp]].
""", ok=("SARCOMES",))

note("PD17", "PD17-N4", "2026-08-26", "letter", """
Consultation letter (translated from French), 26/08/2026

Cher confrère,

I saw Théo B., [[20 ans|AGE]], for the [[PROMIS|INVESTIGATIONAL|hyp]] pre-screening.
Antécédents: [[ostéosarcome|OSTEOSARCOMA|hist]] of the left femur 2023 ([[MAP|SYSTEMIC_THERAPY|hist]], resection); [[métastases pulmonaires|LUNG_METASTASIS]] since 07/2025, St. p. [[nivolumab|CHECKPOINT_INHIBITOR|hist]] 09-12/2025 ([[iSD|TUMOR_RESPONSE|hist]] at 8 weeks, then [[iUPD|TUMOR_RESPONSE|hist]] and [[iCPD|TUMOR_RESPONSE|hist]]; [[stable disease|TUMOR_RESPONSE|hist]] shorter than 4 months), St. p. [[ifosfamide|SYSTEMIC_THERAPY|hist]] with [[PR|TUMOR_RESPONSE|hist]]. [[BCG|LIVE_VACCINE|hist]] at birth; no vaccination this year.
Social: lives with his partner, who is [[HIV-positive|HIV|fam]] and on treatment; Théo's own [[HIV serology|HIV|neg]] on 20/08/2026 is negative (he is on PrEP).
No medication other than PrEP (emtricitabine/tenofovir disoproxil). No [[corticosteroids|SYSTEMIC_STEROID|neg]].
Examination: [[OMS 1|ECOG]]; slight limp; lungs clear. No residual [[neuropathy|TOXICITY|neg]], hearing normal.
Conclusion: [[résécables|RESECTABLE]] residual [[métastases pulmonaires|LUNG_METASTASIS]], normal [[EFR|PULMONARY_FUNCTION]]; the earlier [[checkpoint inhibitor|CHECKPOINT_INHIBITOR|hist]] exposure was a [[primary resistance|TUMOR_RESPONSE|hist]]. Eligible for screening.

Confraternellement,
""", ok=("vaccination",))


# -------------------------------------------------------------------------------------
# PD18 -- NEEDS_REVIEW (Polish referral, translated). Aged 27. Core biopsy non-diagnostic,
# "suspected osteosarcoma" (podejrzenie), open biopsy pending -> osteosarcoma_histology
# unknown. Infusions in Germany in 2025, patient unsure whether chemotherapy, records
# requested -> prior_systemic_therapy unknown. Typhoid vaccine 24.10.2026 (23 days before
# as_of), type/route not documented (oral Vivotif is live, injectable Vi is not) ->
# live_vaccine_30d unknown. Lung nodules "consistent with metastases", resectable, PFT ok.
# -------------------------------------------------------------------------------------
patient("PD18", "2026-11-16", "needs_review", {
    "osteosarcoma_histology": U, "prior_systemic_therapy": U, "live_vaccine_30d": U,
}, windows=(("live_vaccine_30d", "24.10.2026", 23),))

note("PD18", "PD18-N1", "2026-10-05", "pathology_report", """
HISTOPATHOLOGICAL EXAMINATION (translated from Polish) - 05.10.2026
Material: core needle biopsy, right ilium (3 cores, 2 of them crushed).
Result: fragments of reactive woven bone and fibrous tissue with haemorrhage; isolated atypical cells, too few for assessment. No diagnostic tumour tissue.
Diagnosis: material non-diagnostic. The radiological suspicion of [[osteosarcoma|OSTEOSARCOMA|unc]] can be neither confirmed nor excluded. Open biopsy recommended.
""")

note("PD18", "PD18-N2", "2026-10-12", "referral_letter", """
Regional Oncology Centre - referral (translated from Polish)

Dear Colleague,

I refer Mr T. K., [[aged 27|AGE]], to your sarcoma centre for diagnosis and treatment.

Diagnoses (ICD-10):
D48.0 Neoplasm of uncertain behaviour of bone - suspected [[osteosarcoma|OSTEOSARCOMA|unc]] (podejrzenie [[osteosarcoma|OSTEOSARCOMA|unc]]) of the right ilium; core biopsy 05.10.2026 non-diagnostic.
R91 Multiple bilateral [[lung nodules|PULMONARY_NODULE]] (CT 30.09.2026: 4 [[nodules|PULMONARY_NODULE]], 6-15 mm), consistent with [[metastases|METASTASIS]].

History: pain of the right hip since 2025. In 2025 the patient worked in Germany and, as he reports, received "several infusions" there for the bone pain in 2025; he cannot say whether this was [[chemotherapy|SYSTEMIC_THERAPY|unc]] or a bone drug (bisphosphonate?). The German hospital has been asked for the records (discharge letter not available).
No chronic diseases. No medication apart from analgesics (tramadol, metamizole). Allergies: none.

Please accept the patient for an open biopsy and further management.

Yours faithfully,
""", ok=("Allergies",))

note("PD18", "PD18-N3", "2026-11-03", "radiology_report", """
CT CHEST WITH CONTRAST - 03.11.2026 (translated)
Comparison: external CT 30.09.2026.
Findings: four solid nodules: RUL 15 mm, RLL 9 mm, LUL 8 mm, LLL 6 mm, all in the outer third of the lungs, slightly larger than in September. No pleural effusion. No lymphadenopathy. Lytic-sclerotic lesion of the right ilium with soft-tissue component partly imaged.
Impression: four bilateral pulmonary nodules, growing, consistent with metastases of the primary bone tumour of the right ilium.
""")

note("PD18", "PD18-N4", "2026-11-12", "tumor_board", """
SARCOMA TUMOUR BOARD - 12.11.2026 (minutes, translated)
Patient: T. K., [[aged 27|AGE]]. Lesion of the right ilium, suspected [[osteosarcoma|OSTEOSARCOMA|unc]], core biopsy non-diagnostic. Four growing bilateral [[nodules|PULMONARY_NODULE]] (CT 03.11.2026), consistent with [[metastases|METASTASIS]].
Thoracic surgery: all four [[nodules|PULMONARY_NODULE]] peripheral and [[resectable|RESECTABLE]] by [[wedge resections|LUNG_RESECTION|hyp]] (staged). [[PFT|PULMONARY_FUNCTION]] 10.11.2026: [[FEV1|PULMONARY_FUNCTION]] 97 %, [[DLCO|PULMONARY_FUNCTION]] 92 % - [[fit for surgery|PULMONARY_FUNCTION]].
Performance: [[ECOG 1|ECOG]].
Open points: (1) histology - open biopsy of the ilium on 18.11.2026; (2) earlier treatment in Germany 2025 unclear - [[chemotherapy|SYSTEMIC_THERAPY|unc]]? records still awaited; (3) the patient received a [[typhoid vaccine|LIVE_VACCINE|unc]] on 24.10.2026 before a planned trip - the vaccination card does not state whether oral (live) or injected.
Decision: open biopsy first; re-discuss with the histology. [[PROMIS|INVESTIGATIONAL|hyp]] only if [[osteosarcoma|OSTEOSARCOMA|hyp]] is confirmed.
""", ok=("vaccination",))


# -------------------------------------------------------------------------------------
# PD19 -- EXCLUDED (Dutch letters). Aged 52. Deceased-donor kidney transplant 2012 (for
# polycystic kidney disease) on tacrolimus, mycophenolate and prednisolone 5 mg daily ->
# allogeneic_transplant met, systemic_steroids_7d met. Doxorubicin cardiomyopathy grade 2
# (LVEF 44 %), persisting -> unresolved_toxicity met. Post-transplant lymphoproliferative
# disorder (diffuse large B-cell lymphoma) 03/2022, in remission after rituximab ->
# other_malignancy_5y met (rituximab given without any reaction: mab_allergy not_met).
# MDO: nodules resectable, but FEV1 45 %, DLCO 38 %: "insufficient pulmonary reserve, not
# fit for surgery because of the lung function" -> pulmonary_function_adequate not_met,
# resectable_nodules met.
# -------------------------------------------------------------------------------------
patient("PD19", "2025-04-07", "excluded", {
    "allogeneic_transplant": M, "systemic_steroids_7d": M, "unresolved_toxicity": M,
    "other_malignancy_5y": M, "pulmonary_function_adequate": N,
})

note("PD19", "PD19-N1", "2024-04-23", "letter", """
Department of Medical Oncology - letter (translated from Dutch)

Geachte collega,

Mr J. van D., [[aged 51|AGE]], was seen on 23-04-2024.

Diagnoses:
1. [[Osteosarcoma|OSTEOSARCOMA]] of the left distal femur, diagnosed 06-2023; treated with [[doxorubicin|SYSTEMIC_THERAPY]]/[[ifosfamide|SYSTEMIC_THERAPY]] x 6 (no [[cisplatin|SYSTEMIC_THERAPY|neg]] or [[high-dose methotrexate|SYSTEMIC_THERAPY|neg]] because of the [[kidney graft|TRANSPLANT]]) and resection with endoprosthesis 10-2023.
2. Post-[[kidney transplantation|TRANSPLANT]] (deceased donor, 2012) for polycystic kidney disease; graft function stable (eGFR 52).
3. [[Post-transplant lymphoproliferative disorder|OTHER_MALIGNANCY]], monomorphic ([[diffuse large B-cell lymphoma|OTHER_MALIGNANCY]]), diagnosed 03-2022; reduction of [[immunosuppression|IMMUNOSUPPRESSANT]] and 4 doses of [[rituximab|MONOCLONAL_ANTIBODY]] (no [[infusion reactions|ALLERGIC_REACTION|neg]]), complete remission since 07-2022.
4. [[Cardiomyopathy|TOXICITY]] after [[doxorubicin|SYSTEMIC_THERAPY]], grade 2 (LVEF 44 %, was 62 %); bisoprolol and lisinopril started.
5. Emphysema (former smoker, 35 pack-years).

Medication: [[tacrolimus|IMMUNOSUPPRESSANT]] 3 mg bid, [[mycophenolate mofetil|IMMUNOSUPPRESSANT]] 500 mg bid, [[prednisolone|SYSTEMIC_STEROID]] 5 mg od, bisoprolol 2.5 mg, lisinopril 5 mg.
Plan: CT thorax every 3 months; cardiology follow-up.

Met vriendelijke groet
""")

note("PD19", "PD19-N2", "2025-02-24", "radiology_report", """
CT THORAX - 24-02-2025 (translated)
Findings: two new solid nodules, LLL 14 mm and RML 8 mm, both subpleural. Centrilobular and paraseptal emphysema, upper-lobe predominant. No pleural effusion.
Impression: two new nodules, consistent with lung metastases of the known osteosarcoma. Emphysema.
""")

note("PD19", "PD19-N3", "2025-03-12", "tumor_board", """
MDO sarcomen (multidisciplinary tumour board) - 12-03-2025, report (translated)
Patient: J. van D., [[52 jaar|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] left femur (2023), St. p. [[doxorubicin|SYSTEMIC_THERAPY|hist]]/[[ifosfamide|SYSTEMIC_THERAPY|hist]]; [[kidney transplant|TRANSPLANT]] 2012 under [[immunosuppression|IMMUNOSUPPRESSANT]].
Question: two new [[lung metastases|LUNG_METASTASIS]] (LLL 14 mm, RML 8 mm).
Thoracic surgery: both [[nodules|PULMONARY_NODULE]] peripheral and technically [[resectable|RESECTABLE]] by [[wedge resection|LUNG_RESECTION|hyp]].
Pulmonology: [[longfunctie|PULMONARY_FUNCTION]] 05-03-2025 - [[FEV1|PULMONARY_FUNCTION]] 1.42 l (45 %), [[DLCO|PULMONARY_FUNCTION]] 38 % of predicted; [[insufficient pulmonary reserve|PULMONARY_FUNCTION]], [[not fit for surgery|PULMONARY_FUNCTION]] because of the [[lung function|PULMONARY_FUNCTION]].
Advice: no [[metastasectomy|LUNG_RESECTION|neg]]; SBRT of both [[nodules|PULMONARY_NODULE]] to be considered. Not suitable for the [[PROMIS study|INVESTIGATIONAL|hyp]] ([[organ transplant|TRANSPLANT]], [[lung function|PULMONARY_FUNCTION]]).
""")

note("PD19", "PD19-N4", "2025-04-02", "letter", """
Department of Medical Oncology - letter (translated from Dutch), 02-04-2025

Geachte collega,

Mr J. van D., [[aged 52|AGE]], [[WHO PS 1|ECOG]].
Summary: [[osteosarcoma|OSTEOSARCOMA]] of the left femur with two new [[lung metastases|LUNG_METASTASIS]]; the MDO (12-03-2025) judged the [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] but the patient [[not fit for surgery|PULMONARY_FUNCTION]] ([[pulmonary reserve insufficient|PULMONARY_FUNCTION]]). Referred for SBRT.
Current medication unchanged: [[tacrolimus|IMMUNOSUPPRESSANT]], [[mycophenolate|IMMUNOSUPPRESSANT]], [[prednisolone|SYSTEMIC_STEROID]] 5 mg daily (renal clinic: no reduction planned), bisoprolol, lisinopril.
Cardiology 03-2025: LVEF 45 %, [[cardiomyopathy|TOXICITY]] grade 2 persisting, stable.
Haematology 03-2025: the [[lymphoma|OTHER_MALIGNANCY]] ([[PTLD|OTHER_MALIGNANCY]] 2022) remains in complete remission on PET-CT.

Met vriendelijke groet
""")


# -------------------------------------------------------------------------------------
# PD20 -- NEEDS_REVIEW (Dutch). Aged 38, woman. Small left pleural effusion, too small to
# tap, nature unclear -> malignant_pleural_effusion unknown. Psoriatic arthritis treated
# elsewhere with weekly "tablets", name unknown (possibly methotrexate), still taken ->
# autoimmune_systemic_2y unknown and systemic_steroids_7d unknown (a current
# immunosuppressant cannot be excluded). Period late, beta-hCG pending -> pregnant_or_lactating unknown. Took part in a
# study with an oral study drug until "around the end of January", last dose not
# documented -> investigational_agent_4w unknown. Otherwise complete.
# -------------------------------------------------------------------------------------
patient("PD20", "2026-02-23", "needs_review", {
    "malignant_pleural_effusion": U, "autoimmune_systemic_2y": U, "systemic_steroids_7d": U,
    "pregnant_or_lactating": U, "investigational_agent_4w": U,
})

note("PD20", "PD20-N1", "2026-01-29", "radiology_report", """
CT THORAX WITH CONTRAST - 29-01-2026 (translated from Dutch)
Clinical question: [[osteosarcoma|OSTEOSARCOMA]] right tibia, restaging.
Comparison: 30-10-2025.
Findings: two solid [[nodules|PULMONARY_NODULE]]: RUL 13 mm (previously 8 mm) and LLL 7 mm (new), both peripheral. Small left [[pleural effusion|PLEURAL_EFFUSION]] (max. depth 12 mm), new; no pleural thickening or nodularity. No lymphadenopathy.
Conclusion:
1. Growing RUL [[nodule|PULMONARY_NODULE]] and a new LLL [[nodule|PULMONARY_NODULE]], consistent with [[lung metastases|LUNG_METASTASIS]].
2. Small left [[pleural effusion|PLEURAL_EFFUSION]], nature unclear.
""", ok=("nodularity",))

note("PD20", "PD20-N2", "2026-02-11", "tumor_board", """
MDO bone tumours - 11-02-2026 (report, translated)
Patient: Mrs E. J., [[38 jaar|AGE]]. [[Osteosarcoma|OSTEOSARCOMA]] right proximal tibia (2022), St. p. [[MAP|SYSTEMIC_THERAPY|hist]]; [[lung metastases|LUNG_METASTASIS]] RUL 13 mm and LLL 7 mm.
Thoracic surgery: both [[nodules|PULMONARY_NODULE]] [[resectable|RESECTABLE]] ([[VATS wedge resection|LUNG_RESECTION|hyp]] x 2, staged). [[Longfunctie|PULMONARY_FUNCTION]] 09-02-2026: [[FEV1|PULMONARY_FUNCTION]] 91 %, [[DLCO|PULMONARY_FUNCTION]] 86 % - [[fit for surgery|PULMONARY_FUNCTION]].
Small left [[pleural effusion|PLEURAL_EFFUSION]]: too small for a safe diagnostic puncture; repeat ultrasound in 4 weeks; nature not established (neither reactive nor [[malignant|MALIGNANT_EFFUSION|unc]] proven).
Advice: [[PROMIS|INVESTIGATIONAL|hyp]] screening, pending the questions below (medication, [[study participation|INVESTIGATIONAL]], [[effusion|PLEURAL_EFFUSION]]).
""")

note("PD20", "PD20-N3", "2026-02-18", "letter", """
Department of Medical Oncology - outpatient letter (translated from Dutch), 18-02-2026

Geachte collega,

We saw Mrs E. J., [[aged 38|AGE]], for [[PROMIS|INVESTIGATIONAL|hyp]] pre-screening.

History: [[osteosarcoma|OSTEOSARCOMA]] of the right tibia 2022, [[MAP|SYSTEMIC_THERAPY]] and resection. [[Psoriatic arthritis|AUTOIMMUNE_DISEASE]] since 2019, treated by a rheumatologist in Belgium; she takes "tablets once a week" whose name she does not know ([[methotrexate|IMMUNOSUPPRESSANT|unc]]?); we have asked the rheumatologist for the medication list.
[[Study participation|INVESTIGATIONAL]]: from 10-2025 she took part in a [[study|INVESTIGATIONAL]] of an oral [[study drug|INVESTIGATIONAL]] for [[lung metastases|LUNG_METASTASIS]] at another hospital; she stopped "around the end of January" because of the growth of the [[nodules|PULMONARY_NODULE]]. The exact date of the last dose is not known; the study team has been asked.
Gynaecological: last menstrual period 12-01-2026, period now two weeks late; [[serum β-hCG|PREGNANCY_TEST|unc]] taken today, result pending.
Examination: [[WHO PS 0|ECOG]]. Lungs: slightly reduced breath sounds at the left base.

Conclusion: eligibility cannot be decided yet: [[pregnancy|PREGNANCY|unc]] test, date of the last [[study drug|INVESTIGATIONAL]] dose, the rheumatological medication and the nature of the [[pleural effusion|PLEURAL_EFFUSION]] are outstanding.

Met vriendelijke groet
""", ok=("rheumatologist", "rheumatological"))

note("PD20", "PD20-N4", "2026-02-20", "telephone_note", """
Telephone note 20-02-2026, oncology nurse.
[[β-hCG|PREGNANCY_TEST|unc]] of 18-02: lab reports the sample haemolysed - to be repeated on Monday. Patient informed.
Study team of the other hospital: not reached (voicemail); email sent again asking for the last dose date of the [[study drug|INVESTIGATIONAL]].
Rheumatologist: letter not yet received.
""", ok=("Rheumatologist",))


# -------------------------------------------------------------------------------------
# PD21 -- ELIGIBLE (Polish habits, translated). Born 12.04.2016 (day-first: 12 April) ->
# 10 on the as-of date 2026-05-20 (read month-first, 4 December, he would be 9). Lansky 80
# now (Lansky 60 after the operation in 2025). Varicella vaccine (live) on 05.04.2026 =
# 45 days before as_of -> live_vaccine_30d not_met (read month-first, 4 May, it would be
# inside the window). MAP; two resectable nodules; spirometry normal.
# -------------------------------------------------------------------------------------
patient("PD21", "2026-05-20", "eligible", {}, dob=("12.04.2016", "2016-04-12"),
        windows=(("live_vaccine_30d", "05.04.2026", 45),))

note("PD21", "PD21-N1", "2024-10-02", "pathology_report", """
HISTOPATHOLOGICAL EXAMINATION (translated from Polish) - 02.10.2024
Material: open biopsy, left proximal tibia.
Diagnosis: osteosarcoma, conventional type, high grade (osteoblastic). SATB2 positive. Consultation at the paediatric bone tumour reference centre concordant.
""")

note("PD21", "PD21-N2", "2025-06-17", "progress_note", """
Paediatric Oncology Ward - progress note, 17.06.2025 (translated)
Boy, [[9 years|AGE]], [[osteosarcoma|OSTEOSARCOMA]] of the left tibia; day 10 after tumour resection with a growing prosthesis (07.06.2025). Post-operative pain controlled; mobilised in a wheelchair, plays board games in bed, needs help with most activities. [[Lansky 60|LANSKY]].
Plan: adjuvant [[MAP|SYSTEMIC_THERAPY|hyp]] from week 3 after surgery.
""")

note("PD21", "PD21-N3", "2026-04-21", "radiology_report", """
CT CHEST WITH CONTRAST - 21.04.2026 (translated)
Clinical data: [[osteosarcoma|OSTEOSARCOMA]] of the left tibia, end of [[chemotherapy|SYSTEMIC_THERAPY|hist]] 12.2025; surveillance.
Comparison: 20.01.2026.
Description: two new solid [[nodules|PULMONARY_NODULE]] - RLL 8 mm (subpleural, posterior basal segment) and RML 5 mm (lateral segment). No other focal changes. No [[pleural effusion|PLEURAL_EFFUSION|neg]]. Mediastinal lymph nodes not enlarged.
Impression: two new [[pulmonary nodules|PULMONARY_NODULE]], in the clinical context [[metastases|METASTASIS]].
""")

note("PD21", "PD21-N4", "2026-05-08", "vaccination_record", """
VACCINATION BOOKLET - copy of the entries since the end of treatment (translated from Polish)
Patient: S. W., [[born 12.04.2016|DOB]]
05.04.2026 - [[varicella vaccine|LIVE_VACCINE]] ([[Varivax|LIVE_VACCINE]], live), dose 1 - catch-up after [[chemotherapy|SYSTEMIC_THERAPY]], family doctor.
05.04.2026 - [[DTaP-IPV booster|NONLIVE_VACCINE]] (inactivated).
Next: [[varicella|LIVE_VACCINE|hyp]] dose 2 not before 06.2026 - postponed by oncology (lung surgery planned).
""", ok=("VACCINATION",))

note("PD21", "PD21-N5", "2026-05-13", "letter", """
Department of Paediatric Oncology - information letter (translated from Polish)

Dear Colleague,

Patient S. W., [[born 12.04.2016|DOB]] ([[aged 10|AGE]]), seen on 13.05.2026.

Diagnoses (ICD-10):
C40.2 [[Osteosarcoma|OSTEOSARCOMA]] of the left proximal tibia, diagnosed 02.10.2024; St. p. [[MAP|SYSTEMIC_THERAPY|hist]] (neoadjuvant 10.2024-05.2025, adjuvant 07-12.2025) and resection with a growing prosthesis 07.06.2025.
C78.0 [[Pulmonary metastases|LUNG_METASTASIS]] (RLL 8 mm, RML 5 mm) on CT 21.04.2026.

Epicrisis: The boy is well, back at school, runs with a slight limp, plays football in the schoolyard. [[Lansky 80|LANSKY]]. [[Spirometry|PULMONARY_FUNCTION]] 11.05.2026: [[FEV1|PULMONARY_FUNCTION]] 101 % of predicted for height - normal. Paediatric thoracic surgeon (12.05.2026): both [[nodules|PULMONARY_NODULE]] peripheral, [[resectable|RESECTABLE]] by thoracoscopic [[wedge resection|LUNG_RESECTION|hyp]]; [[fit for surgery|PULMONARY_FUNCTION]].
Vaccinations: [[varicella|LIVE_VACCINE]] on 05.04.2026 (live); none since.
Hearing: audiogram 04.2026 normal. No [[neuropathy|TOXICITY|neg]]. No medication.
Recommendation: presentation at the tumour board on 15.05.2026; the family is interested in the [[PROMIS|INVESTIGATIONAL|hyp]] [[trial|INVESTIGATIONAL|hyp]] (age 10 reached in April 2026).

Yours sincerely,
""", ok=("Vaccinations",))


# -------------------------------------------------------------------------------------
# PD22 -- EXCLUDED (German, terse shorthand and Befund reports). 16 J. (ECOG scale).
# Lokalrezidiv at the tibia, biopsy-proven, not resected -> active_local_recurrence met.
# Two micronodules "V. a. Metastasen" in 04/2025 resolved; newest CT "keine
# Lungenmetastasen" -> pulmonary_metastases not_met; resectable_nodules unknown; no PFT ->
# unknown. Z. n. allogeneic stem-cell transplant 2014 for ALL -> allogeneic_transplant met
# (ALL 2013 is > 5 years -> other_malignancy_5y not_met). MMR catch-up 18.08.2025 = 28 days
# before as_of -> live_vaccine_30d met. ECOG 1.
# -------------------------------------------------------------------------------------
patient("PD22", "2025-09-15", "excluded", {
    "active_local_recurrence": M, "pulmonary_metastases": N, "resectable_nodules": U,
    "pulmonary_function_adequate": U, "allogeneic_transplant": M, "live_vaccine_30d": M,
}, windows=(("live_vaccine_30d", "18.08.2025", 28),))

note("PD22", "PD22-N1", "2025-07-22", "progress_note", """
Sarcoma clinic 22.07.25 - short note (translated)
[[16 J.|AGE]], m.
Dx: [[Osteosarkom|OSTEOSARCOMA]] L prox. tibia ED 11/22, St. p. [[MAP|SYSTEMIC_THERAPY|hist]], St. p. resection + endoprosthesis 02/23, [[chemo|SYSTEMIC_THERAPY|hist]] until 07/23.
Z. n. [[ALL|OTHER_MALIGNANCY|hist]] 2013 (toddler), Z. n. [[allo-SZT|TRANSPLANT|hist]] 2014 (unrelated donor), no GvHD, no [[IS|IMMUNOSUPPRESSANT|neg]] since 2016.
CT-Thx 04/25: 2 [[micronodules|PULMONARY_NODULE]] R UL (3 mm), V. a. [[Metastasen|METASTASIS|unc]] -> control.
Now: swelling L knee ventral x 4 wks, painless, no fever.
[[ECOG 1|ECOG]].
Proc.: MRI L lower leg, CT-Thx 08/25. Exchange year in the USA planned from 09/25 - check vaccination status.
""", ok=("vaccination",))

note("PD22", "PD22-N2", "2025-08-05", "radiology_report", """
MRT linker Unterschenkel (MRI left lower leg) nativ + KM, 05.08.2025 - Befund (translated)
Fragestellung: [[Osteosarkom|OSTEOSARCOMA]] li. prox. Tibia, St. p. Resektion und Endoprothese 02/2023, neue Schwellung. [[Rezidiv|LOCAL_RECURRENCE|unc]]?
Befund: ventral of the tibial component of the prosthesis a 3.5 x 2.8 x 4.1 cm contrast-enhancing soft-tissue mass with central low-signal mineralisation, infiltrating the anterior compartment; not present on MRI 01/2025.
Beurteilung: hochgradiger Verdacht auf [[Lokalrezidiv|LOCAL_RECURRENCE|unc]] (highly suspicious for [[local recurrence|LOCAL_RECURRENCE|unc]]). Histological confirmation recommended.
""")

note("PD22", "PD22-N3", "2025-08-20", "radiology_report", """
CT-Thorax mit KM, 20.08.2025 - Befund (translated)
Fragestellung: [[Osteosarkom|OSTEOSARCOMA]], [[Lokalrezidiv|LOCAL_RECURRENCE]] li. Tibia (histologisch gesichert 12.08.2025); Staging. Vergleich 04/2025.
Befund: the two 3 mm [[micronodules|PULMONARY_NODULE|neg]] in the right upper lobe described in 04/2025 are no longer detectable (resolved, most likely inflammatory). No new [[Rundherde|PULMONARY_NODULE|neg]]. No [[Pleuraerguss|PLEURAL_EFFUSION|neg]]. No lymphadenopathy.
Beurteilung: keine [[Lungenmetastasen|LUNG_METASTASIS|neg]] (no [[pulmonary metastases|LUNG_METASTASIS|neg]]).
""")

note("PD22", "PD22-N4", "2025-09-10", "tumor_board", """
Interdisziplinäres Tumorboard Sarkome - 10.09.2025 (translated)
Pat.: [[16 J.|AGE]], m. [[Osteosarkom|OSTEOSARCOMA]] li. prox. Tibia (ED 11/2022), St. p. [[MAP|SYSTEMIC_THERAPY|hist]] and resection/endoprosthesis.
Current: [[Lokalrezidiv|LOCAL_RECURRENCE]] ([[local recurrence|LOCAL_RECURRENCE]]) ventral of the prosthesis, histologically confirmed 12.08.2025, 4 cm. CT-Thorax 20.08.2025: keine [[Lungenmetastasen|LUNG_METASTASIS|neg]].
Other: Z. n. [[ALL|OTHER_MALIGNANCY|hist]] 2013 and [[allogeneic stem-cell transplantation|TRANSPLANT|hist]] 2014. [[MMR vaccination|LIVE_VACCINE]] ([[MMR-Impfung|LIVE_VACCINE]], catch-up before the exchange year) on 18.08.2025 by the family doctor.
Decision: limb salvage not possible with clear margins - above-knee amputation recommended, followed by second-line [[chemotherapy|SYSTEMIC_THERAPY|hyp]] ([[ifosfamide|SYSTEMIC_THERAPY|hyp]]/[[etoposide|SYSTEMIC_THERAPY|hyp]]). The [[PROMIS study|INVESTIGATIONAL|hyp]] does not apply (no [[pulmonary metastases|LUNG_METASTASIS|neg]], active [[local recurrence|LOCAL_RECURRENCE]]). Exchange year postponed.
""", ok=("Sarkome",))


# -------------------------------------------------------------------------------------
# PD23 -- NEEDS_REVIEW (Chinese records, translated). 男 36岁. Second-line chemotherapy at
# another hospital in 2024, regimen unknown, "possibly gemcitabine" -> prior_gemcitabine
# unknown. Bone marrow transplant at age 8 for a "blood disease", donor type unknown ->
# allogeneic_transplant unknown. The MDT names the metastasectomy only as a step of the
# PROMIS protocol and leaves resectability to thoracic surgery (待胸外科评估) ->
# resectable_nodules unknown. Spirometry normal, ECOG 1, MAP.
# -------------------------------------------------------------------------------------
patient("PD23", "2026-01-05", "needs_review", {
    "prior_gemcitabine": U, "allogeneic_transplant": U, "resectable_nodules": U,
})

note("PD23", "PD23-N1", "2025-12-22", "admission_record", """
入院记录 ADMISSION RECORD (translated from Chinese)
Name: 赵**    Sex: male    Age: [[36岁|AGE]]    Admitted: 2025年12月22日

主诉 Chief complaint: [[osteosarcoma|OSTEOSARCOMA]] ([[骨肉瘤|OSTEOSARCOMA]]) of the left distal femur 4 years after surgery; [[lung metastases|LUNG_METASTASIS]] for 2 years.
现病史 HPI: Diagnosed 2021-10; [[MAP|SYSTEMIC_THERAPY]] and limb salvage 2022-1, [[adjuvant chemotherapy|SYSTEMIC_THERAPY]] completed 2022-7. [[Lung metastases|LUNG_METASTASIS]] 2023-11: [[high-dose ifosfamide|SYSTEMIC_THERAPY]] x 4 ([[SD|TUMOR_RESPONSE]]). 2024-6 to 2024-9 second-line [[chemotherapy|SYSTEMIC_THERAPY]] at another hospital, 方案不详 (regimen not known); the patient remembers "a drug given on day 1 and day 8", possibly [[吉西他滨|GEMCITABINE|unc]] ([[gemcitabine|GEMCITABINE|unc]]); records requested. Since 2024-10 [[anlotinib|SYSTEMIC_THERAPY]] ([[安罗替尼|SYSTEMIC_THERAPY]]), stopped 2025-11 for [[progression|TUMOR_RESPONSE]].
既往史 Past history: at age 8 (1997) a [[bone marrow transplant|TRANSPLANT|hist]] ([[骨髓移植|TRANSPLANT|hist]]) at a hospital in Beijing for a "blood disease"; the patient does not know the diagnosis or whether the marrow came from a donor or from himself; no records. Denies hepatitis and tuberculosis. No [[drug allergy|ALLERGIC_REACTION|neg]].
体格检查 Examination: [[ECOG 1|ECOG]], [[KPS 90|KARNOFSKY]]. Lungs clear.
辅助检查 Investigations: chest CT 2025-12-15: 3 [[nodules|PULMONARY_NODULE]] (RLL 16 mm, RUL 9 mm, LLL 8 mm), enlarged, consistent with [[metastases|METASTASIS]]; no [[pleural effusion|PLEURAL_EFFUSION|neg]]. [[肺功能|PULMONARY_FUNCTION]] ([[spirometry|PULMONARY_FUNCTION]]) 2025-12-23: [[FEV1|PULMONARY_FUNCTION]] 3.9 L (92%), [[DLCO|PULMONARY_FUNCTION]] 85% - normal.
初步诊断 Preliminary diagnosis: 1. [[Osteosarcoma|OSTEOSARCOMA]] of the left femur, post-operative; 2. [[肺转移|LUNG_METASTASIS]] ([[lung metastases|LUNG_METASTASIS]]), [[progression|TUMOR_RESPONSE]].
""")

note("PD23", "PD23-N2", "2025-12-15", "radiology_report", """
胸部CT CHEST CT (enhanced), 2025-12-15 - translated
Findings: RLL dorsal segment nodule 16 mm (previously 11 mm), RUL apical segment nodule 9 mm (previously 6 mm), LLL lateral basal segment nodule 8 mm (new). All peripheral. No pleural effusion; no lymphadenopathy.
Impression: multiple lung metastases, progressed compared with 2025-9-10.
""")

note("PD23", "PD23-N3", "2025-12-30", "tumor_board", """
多学科会诊记录 MDT RECORD (translated) - 2025-12-30
Participants: medical oncology, radiotherapy, radiology, orthopaedic oncology (thoracic surgery not present).
Case: male, [[36岁|AGE]], [[osteosarcoma|OSTEOSARCOMA]] of the left femur with three [[lung metastases|LUNG_METASTASIS]] (RLL 16 mm, RUL 9 mm, LLL 8 mm), [[progression|TUMOR_RESPONSE]] after [[MAP|SYSTEMIC_THERAPY]], [[ifosfamide|SYSTEMIC_THERAPY]], an unknown second-line regimen and [[anlotinib|SYSTEMIC_THERAPY]].
Opinion: candidate for the [[PROMIS|INVESTIGATIONAL|hyp]] [[trial|INVESTIGATIONAL|hyp]] - SBRT + [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] + [[GP|GEMCITABINE|hyp]] ([[gemcitabine|GEMCITABINE|hyp]] + [[cisplatin|SYSTEMIC_THERAPY|hyp]]) x 2, then [[metastasectomy|LUNG_RESECTION|hyp]] per [[protocol|INVESTIGATIONAL|hyp]], then [[GP|GEMCITABINE|hyp]] and [[penpulimab|CHECKPOINT_INHIBITOR|hyp]] maintenance. Resectability of the three [[nodules|PULMONARY_NODULE]] 待胸外科评估 (to be assessed by thoracic surgery).
Outstanding: (1) regimen of the 2024 second line - if it contained [[gemcitabine|GEMCITABINE|unc]] he is excluded; (2) type of the childhood [[bone marrow transplant|TRANSPLANT|hist]] (allogeneic or autologous) not known; (3) thoracic surgery opinion.
""", ok=("Resectability",))


# -------------------------------------------------------------------------------------
# PD24 -- EXCLUDED (Spanish; one dictated letter flattened by the export). Varon de 62
# anos with grade 3 conventional CHONDROSARCOMA of the pelvis (look-alike) ->
# osteosarcoma_histology not_met. Gemcitabina-docetaxel 2024 -> prior_gemcitabine met.
# Unapproved IDH1 inhibitor ZX-118 under compassionate use (uso compasivo), last dose
# 14/07/2025 = 14 days before as_of -> investigational_agent_4w met. Crohn's disease on
# infliximab (last infusion 06/2025) -> autoimmune_systemic_2y met; prednisona 20 mg daily
# for a flare, current -> systemic_steroids_7d met. Nodules resectable, PFT adequate.
# -------------------------------------------------------------------------------------
patient("PD24", "2025-07-28", "excluded", {
    "osteosarcoma_histology": N, "prior_gemcitabine": M, "investigational_agent_4w": M,
    "autoimmune_systemic_2y": M, "systemic_steroids_7d": M,
}, windows=(("investigational_agent_4w", "14/07/2025", 14),))

note("PD24", "PD24-N1", "2021-09-30", "pathology_report", """
INFORME DE ANATOMÍA PATOLÓGICA (translated from Spanish) - 30/09/2021
Muestra: hemipelvectomía interna izquierda (left internal hemipelvectomy).
Diagnóstico: condrosarcoma convencional grado 3 (conventional chondrosarcoma, grade 3) of the left acetabulum, margins free (R0). IDH1 R132C mutation detected. No dedifferentiated component; no osteosarcomatous component.
""")

note("PD24", "PD24-N2", "2025-07-08", "tumor_board", """
COMITÉ DE TUMORES MUSCULOESQUELÉTICOS - acta (minutes), 08/07/2025, translated
Paciente: varón de [[62 años|AGE]].
Diagnóstico: [[condrosarcoma convencional grado 3|OTHER_SARCOMA]] ([[chondrosarcoma|OTHER_SARCOMA]]) of the left acetabulum (09/2021), R0 resection; [[metástasis pulmonares|LUNG_METASTASIS]] since 01/2024.
Tratamientos: [[gemcitabina|GEMCITABINE]]-[[docetaxel|SYSTEMIC_THERAPY]] ([[gemcitabine-docetaxel|GEMCITABINE]]) x 6 (02-07/2024), best [[response|TUMOR_RESPONSE]] [[SD|TUMOR_RESPONSE]]; since 11/2024 [[ZX-118|INVESTIGATIONAL]], an [[investigational IDH1 inhibitor|INVESTIGATIONAL]] (not approved), under [[uso compasivo|INVESTIGATIONAL]] ([[compassionate use|INVESTIGATIONAL]]) - [[progression|TUMOR_RESPONSE]] on CT 30/06/2025.
Cirugía torácica: three [[nodules|PULMONARY_NODULE]] (RLL 18 mm, LLL 11 mm, RUL 7 mm), peripheral, [[resecables|RESECTABLE]] by [[resección en cuña|LUNG_RESECTION|hyp]] ([[wedge resection|LUNG_RESECTION|hyp]]). [[Pruebas de función pulmonar|PULMONARY_FUNCTION]]: [[FEV1|PULMONARY_FUNCTION]] 84 %, [[DLCO|PULMONARY_FUNCTION]] 79 % - [[adequate|PULMONARY_FUNCTION]].
Decisión: stop [[ZX-118|INVESTIGATIONAL]]; [[metastasectomía|LUNG_RESECTION|hyp]] once the [[Crohn|AUTOIMMUNE_DISEASE]] flare is controlled. The [[PROMIS|INVESTIGATIONAL|hyp]] [[ensayo|INVESTIGATIONAL|hyp]] (osteosarcoma only) does not apply.
""", ok=("osteosarcoma",))

note("PD24", "PD24-N3", "2025-07-22", "letter", """
SERVICIO DE ONCOLOGÍA MÉDICA - INFORME DICTADO 22/07/2025 Estimado colega: we saw Mr R. G., a [[62-year-old|AGE]] man, today.,DIAGNÓSTICOS: 1. [[Condrosarcoma|OTHER_SARCOMA]] convencional grado 3 of the left acetabulum, 2021; [[metástasis pulmonares|LUNG_METASTASIS]] since 01/2024, [[resecables|RESECTABLE]] (comité 08/07/2025). 2. [[Enfermedad de Crohn|AUTOIMMUNE_DISEASE]] ([[Crohn's disease|AUTOIMMUNE_DISEASE]]) ileocolic since 2015, on [[infliximab|IMMUNOSUPPRESSANT]] 5 mg/kg every 8 weeks, last infusion 10/06/2025; flare since early July.,TRATAMIENTO PREVIO: [[gemcitabina-docetaxel|GEMCITABINE]] 2024; [[ZX-118|INVESTIGATIONAL]] ([[uso compasivo|INVESTIGATIONAL]]) 11/2024 - 14/07/2025, last dose 14/07/2025, stopped after the comité.,TRATAMIENTO ACTUAL: [[prednisona|SYSTEMIC_STEROID]] 20 mg/day orally since 04/07/2025 for the [[Crohn|AUTOIMMUNE_DISEASE]] flare (gastroenterology), mesalazine 1 g tid, omeprazole.,EXPLORACIÓN: [[ECOG 1|ECOG]]. Abdomen soft, mild tenderness in the right iliac fossa.,JUICIO CLÍNICO: [[metástasis pulmonares|LUNG_METASTASIS]] of a [[chondrosarcoma|OTHER_SARCOMA]], [[resectable|RESECTABLE]]; surgery after the [[Crohn|AUTOIMMUNE_DISEASE]] flare settles, with the [[steroid|SYSTEMIC_STEROID]] taper.,PLAN: [[metastasectomía|LUNG_RESECTION|hyp]] in September; gastroenterology follow-up. Un saludo.
""")


# =====================================================================================
# CHECKS, OUTPUT, SUMMARY
# =====================================================================================
def check() -> None:
    pids = [f"PD{i:02d}" for i in range(1, 25)]
    assert list(PATIENTS) == pids, list(PATIENTS)
    ids = [n["note_id"] for n in NOTES]
    assert len(ids) == len(set(ids)), "duplicate note ids"
    per_patient = Counter(n["patient_id"] for n in NOTES)
    assert set(per_patient) == set(pids), set(pids) - set(per_patient)
    assert all(2 <= per_patient[p] <= 7 for p in pids), per_patient
    assert sum(per_patient[p] >= 5 for p in pids) >= 8, per_patient
    assert len(NOTES) >= 90, len(NOTES)
    annotated = [n for n in NOTES if n["spans"]]
    assert len(annotated) >= 60, len(annotated)
    assert sum(1 for n in NOTES if not n["spans"]) >= 15, "keep some verdict-only notes"

    as_ofs = set()
    for pid, p in PATIENTS.items():
        day = date.fromisoformat(p["as_of"])
        as_ofs.add(day)
        assert date(2025, 3, 1) <= day <= date(2026, 11, 20), (pid, day)
        texts = [n["text"] for n in NOTES if n["patient_id"] == pid]
        for n in NOTES:
            if n["patient_id"] == pid:
                assert date.fromisoformat(n["note_date"]) <= day, (n["note_id"], "note after as_of")
        assert p["status"] == status_of(p["criteria"]) == p["_expect"], (pid, p["status"], p["_expect"])
        if p["_dob"]:
            written, iso = p["_dob"]
            assert any(written in t for t in texts), (pid, "DOB not written in any note", written)
            dob = read_written(written)
            assert dob == date.fromisoformat(iso), (pid, dob, iso)
            age = age_on(dob, day)
            assert (p["criteria"]["age_eligible"] == M) == (10 <= age <= 65), (pid, age)
        for what, written, days in p["_windows"]:
            assert any(written in t for t in texts), (pid, what, "date not written in any note", written)
            got = (day - read_written(written)).days
            assert got == days, f"{pid}: {what} on {written} is {got} days before as_of, not {days}"
    assert len(as_ofs) == len(PATIENTS), "every patient has its own as-of date"

    for c in CRITERIA:
        cnt = Counter(p["criteria"][c] for p in PATIENTS.values())
        assert cnt[M] >= 2 and cnt[N] >= 2 and cnt[U] >= 1, (c, cnt)
    status = Counter(p["status"] for p in PATIENTS.values())
    assert status["eligible"] >= 6 and status["excluded"] >= 8 and status["needs_review"] >= 6, status


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "notes.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for n in NOTES:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with (OUT / "patients.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for pid in sorted(PATIENTS):
            fh.write(json.dumps({k: PATIENTS[pid][k] for k in ("patient_id", "as_of", "status", "criteria")},
                                ensure_ascii=False) + "\n")
    # round trip: re-read and re-check the offsets against the written text
    for line in (OUT / "notes.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for s in row["spans"]:
            assert set(s) == {"start", "end", "label", *FLAGS}
            assert all(isinstance(s[f], bool) for f in FLAGS)
            assert 0 <= s["start"] < s["end"] <= len(row["text"])


def summary() -> None:
    annotated = [n for n in NOTES if n["spans"]]
    spans = [s for n in annotated for s in n["spans"]]
    print(f"patients {len(PATIENTS)}  notes {len(NOTES)}  span-annotated notes {len(annotated)}  spans {len(spans)}")
    print("\nspans per label (with flag counts)")
    by_label: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        by_label[s["label"]]["n"] += 1
        for f in FLAGS:
            by_label[s["label"]][f] += s[f]
    print(f"  {'label':22} {'n':>4} " + " ".join(f"{f[:4]:>4}" for f in FLAGS))
    for label in sorted(by_label):
        c = by_label[label]
        print(f"  {label:22} {c['n']:>4} " + " ".join(f"{c[f]:>4}" for f in FLAGS))
    print("  concepts without spans:", sorted(CONCEPTS - set(by_label)) or "-")
    print("\nverdicts per criterion (M met, . not_met, ? unknown; PD01..PD24)")
    pids = sorted(PATIENTS)
    for c in CRITERIA:
        cnt = Counter(PATIENTS[p]["criteria"][c] for p in pids)
        row = "".join({M: "M", N: ".", U: "?"}[PATIENTS[p]["criteria"][c]] for p in pids)
        kind = "I" if c in INCLUSIONS else "E"
        print(f"  {kind} {c:28} {cnt[M]:>3} {cnt[N]:>3} {cnt[U]:>3}   {row}")
    print("\nstatus:", dict(sorted(Counter(p["status"] for p in PATIENTS.values()).items())))
    for pid in pids:
        p = PATIENTS[pid]
        against = [c for c in INCLUSIONS if p["criteria"][c] == N] + [c for c in EXCLUSIONS if p["criteria"][c] == M]
        unk = [c for c in CRITERIA if p["criteria"][c] == U]
        print(f"  {pid} {p['as_of']} {p['status']:12} notes={sum(n['patient_id'] == pid for n in NOTES)}"
              f"  against={','.join(against) or '-'}  unknown={','.join(unk) or '-'}")


if __name__ == "__main__":
    check()
    write()
    summary()
