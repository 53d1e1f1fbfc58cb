#!/usr/bin/env python3
"""Synthetic gold corpus, part N (independent author).

Continental European charts (German / Austrian / Swiss, Dutch, Scandinavian,
Italian, Spanish, Portuguese) written in English-flavoured translation with
native words left in. Day-first dates throughout.

Run from /work/main:  python3 annotated_notes/source/part_n.py
Writes annotated_notes/parts/n/notes.jsonl and patients.jsonl.

Inline markup in the note texts:  {{phrase|CODE}}  or  {{phrase|CODE|flags}}
CODE is a short alias of a concept id (see ALIAS); flags are letters:
n = negated, u = uncertain, h = historical, y = hypothetical, f = family.
Notes written with ann=False carry no markup and get "spans": [].
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "annotated_notes", "parts", "n")
CONCEPTS = os.path.join(ROOT, "patterns", "concepts.json")

ALIAS = {
    "OST": "OSTEOSARCOMA", "OSA": "OTHER_SARCOMA", "OM": "OTHER_MALIGNANCY",
    "LR": "LOCAL_RECURRENCE", "LM": "LUNG_METASTASIS", "MET": "METASTASIS",
    "NOD": "PULMONARY_NODULE", "RES": "RESECTABLE", "UNRES": "UNRESECTABLE",
    "LRES": "LUNG_RESECTION", "PNX": "PNEUMONECTOMY", "CEN": "CENTRAL_STRUCTURE",
    "PF": "PULMONARY_FUNCTION", "PE": "PLEURAL_EFFUSION", "MPE": "MALIGNANT_EFFUSION",
    "ST": "SYSTEMIC_THERAPY", "NAIVE": "CHEMO_NAIVE", "GEM": "GEMCITABINE",
    "INV": "INVESTIGATIONAL", "CPI": "CHECKPOINT_INHIBITOR", "RESP": "TUMOR_RESPONSE",
    "IMM": "IMMUNOMODULATOR", "AI": "AUTOIMMUNE_DISEASE", "SS": "SYSTEMIC_STEROID",
    "LS": "LOCAL_STEROID", "IS": "IMMUNOSUPPRESSANT", "DMARD": "DMARD",
    "REPL": "REPLACEMENT_THERAPY", "TX": "TRANSPLANT", "MAB": "MONOCLONAL_ANTIBODY",
    "ALL": "ALLERGIC_REACTION", "TOX": "TOXICITY", "HIV": "HIV",
    "LV": "LIVE_VACCINE", "NLV": "NONLIVE_VACCINE", "PREG": "PREGNANCY",
    "LAC": "LACTATION", "HCG": "PREGNANCY_TEST", "ECOG": "ECOG", "KPS": "KARNOFSKY",
    "LANSKY": "LANSKY", "AGE": "AGE", "DOB": "DOB", "LOOK": "LOOKALIKE",
    "CORR": "CORRECTION",
}
FLAGS = {"n": "negated", "u": "uncertain", "h": "historical", "y": "hypothetical", "f": "family"}

INCLUSIONS = ["osteosarcoma_histology", "pulmonary_metastases", "resectable_nodules",
              "prior_systemic_therapy", "age_eligible", "performance_status",
              "pulmonary_function_adequate"]
EXCLUSIONS = ["active_local_recurrence", "malignant_pleural_effusion", "prior_gemcitabine",
              "other_malignancy_5y", "investigational_agent_4w", "prior_checkpoint_inhibitor",
              "immunomodulator_2w", "autoimmune_systemic_2y", "systemic_steroids_7d",
              "allogeneic_transplant", "mab_allergy", "unresolved_toxicity", "hiv",
              "live_vaccine_30d", "pregnant_or_lactating"]
SHORT = {
    "HIST": "osteosarcoma_histology", "PMET": "pulmonary_metastases",
    "RES": "resectable_nodules", "PST": "prior_systemic_therapy", "AGE": "age_eligible",
    "PS": "performance_status", "PFT": "pulmonary_function_adequate",
    "LR": "active_local_recurrence", "MPE": "malignant_pleural_effusion",
    "GEM": "prior_gemcitabine", "OM": "other_malignancy_5y",
    "INV": "investigational_agent_4w", "CPI": "prior_checkpoint_inhibitor",
    "IMM": "immunomodulator_2w", "AI": "autoimmune_systemic_2y",
    "STER": "systemic_steroids_7d", "TX": "allogeneic_transplant", "MAB": "mab_allergy",
    "TOX": "unresolved_toxicity", "HIV": "hiv", "VAC": "live_vaccine_30d",
    "PREG": "pregnant_or_lactating",
}
VAL = {"M": "met", "NM": "not_met", "U": "unknown"}

PATIENTS = []


def N(date, ntype, text, ann=True):
    """One note: (YYYY-MM-DD, note_type, marked-up text, annotated?)."""
    return (date, ntype, text.strip("\n"), ann)


def P(pid, as_of, status, overrides, notes):
    """overrides: 'LR=M GEM=M RES=NM ...' (defaults: inclusions met, exclusions not_met)."""
    crit = {c: "met" for c in INCLUSIONS}
    crit.update({c: "not_met" for c in EXCLUSIONS})
    for tok in overrides.split():
        k, v = tok.split("=")
        crit[SHORT[k]] = VAL[v]
    PATIENTS.append({"patient_id": pid, "as_of": as_of, "status": status,
                     "criteria": crit, "notes": notes})


MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z_]+)(?:\|([nuhyf]+))?\}\}")


def parse(src):
    out, spans, last, pos = [], [], 0, 0
    for m in MARK.finditer(src):
        chunk = src[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        phrase, code, flags = m.group(1), m.group(2), m.group(3) or ""
        assert code in ALIAS, (code, src[:60])
        sp = {"start": pos, "end": pos + len(phrase), "label": ALIAS[code]}
        for k, name in FLAGS.items():
            sp[name] = k in flags
        spans.append((sp, phrase))
        out.append(phrase)
        pos += len(phrase)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    assert "{{" not in text and "}}" not in text, ("stray markup", text[:80])
    for sp, phrase in spans:
        assert text[sp["start"]:sp["end"]] == phrase
    return text, [s for s, _ in spans]


def status_of(crit):
    if any(crit[c] == "not_met" for c in INCLUSIONS) or any(crit[c] == "met" for c in EXCLUSIONS):
        return "excluded"
    if all(crit[c] == "met" for c in INCLUSIONS) and all(crit[c] == "not_met" for c in EXCLUSIONS):
        return "eligible"
    return "needs_review"

# ---------------------------------------------------------------------------
# PN01 - Munich, 17 y male. Eligible. Boundary: oral prednisolone stopped
# 8 days before as_of (window is 7). Mother's breast cancer = family.
# ---------------------------------------------------------------------------
P("PN01", "2026-05-14", "eligible", "", [
N("2024-09-20", "discharge_letter", """
Klinikum Isarhöhe München - Kinder- und Jugendonkologie
ARZTBRIEF (Epikrise)

Patient: K., Jonas    {{Geb.: 02.11.2008|DOB}}
Aufenthalt: 16.09.2024 - 20.09.2024

Diagnosen:
- Hochmalignes {{osteoblastisches Osteosarkom|OST}} des linken distalen Femurs, ED 12.01.2024 (Biopsie), Stadium IIB; initial keine {{Lungenmetastasen|LM|n}}.
- Z.n. {{neoadjuvanter Chemotherapie|ST|h}} nach {{MAP|ST|h}}-Schema ({{Hochdosis-Methotrexat|ST|h}}, {{Doxorubicin|ST|h}}, {{Cisplatin|ST|h}}) 01/2024 - 04/2024.
- Z.n. weiter Resektion und Tumorendoprothese am 22.04.2024, Regressionsgrad nach Salzer-Kuntschik 2.
- {{Adjuvante Chemotherapie|ST|h}} abgeschlossen am 13.09.2024 (insgesamt 29 Wochen {{MAP|ST|h}}).

Verlauf: Der {{15-jährige|AGE}} Patient wurde zum letzten Zyklus ({{Doxorubicin|ST}}/{{Cisplatin|ST}}) aufgenommen; der Zyklus verlief komplikationslos. Die im Februar unter {{MTX|ST}} aufgetretene {{Mukositis|TOX}} Grad 3 ist seit März vollständig abgeheilt. Audiometrie vom 18.09.2024: keine {{Hörminderung|TOX|n}}. Echokardiographie: LVEF 61 %, keine {{Kardiomyopathie|TOX|n}}. Nierenfunktion normal.

Entlassmedikation: Cotrimoxazol 960 mg Mo/Di bis 6 Wochen nach Therapieende, Pantoprazol 20 mg 1-0-0.
Procedere: Nachsorge nach Protokoll, CT Thorax 3-monatlich im ersten Jahr, MRT Femur halbjährlich.

Dr. med. C. Brenner, Oberärztin
"""),
N("2026-03-30", "radiology_report", """
Radiologie - Klinikum Isarhöhe
CT Thorax mit KM vom 30.03.2026
Klinische Angabe: {{Osteosarkom|OST}} li. Femur, Nachsorge. Frage: {{Metastasen|MET|u}}?
Voruntersuchung: 18.12.2025.

Befund: Neu aufgetretene {{Rundherde|NOD}} im rechten Unterlappen: Segment 6 9 mm, Segment 10 6 mm, glatt begrenzt, der größere mit zentraler Verkalkung. Keine weiteren Herdbefunde. Mediastinale und hiläre Lymphknoten nicht vergrößert. Kein {{Pleuraerguss|PE|n}}. Miterfasste Oberbauchorgane unauffällig.

Beurteilung: Zwei neue, teils kalzifizierte {{Rundherde|NOD}} rechts basal, in Zusammenschau mit der Vorgeschichte gut vereinbar mit {{Lungenmetastasen|LM}} des {{Osteosarkoms|OST}}. Vorstellung im Sarkomboard empfohlen.

Dr. med. T. Wieland, Facharzt für Radiologie
"""),
N("2026-04-15", "tumor_board", """
Interdisziplinäres Sarkomboard - Protokoll vom 15.04.2026
Teilnehmer: Orthopädie (Dr. Hartl), Thoraxchirurgie (Dr. Aydin), Päd. Onkologie (Dr. Brenner), Radiologie, Strahlentherapie, Pathologie

Patient: K., Jonas, {{17 J.|AGE}}
Diagnose: {{Osteosarkom|OST}} li. dist. Femur (ED 01/2024), Z.n. {{MAP|ST|h}} und Resektion; jetzt {{pulmonale Metastasierung|LM}} mit 2 {{Lungenmetastasen|LM}} re. UL (9 und 6 mm), erstmals im CT vom 30.03.2026.

Diskussion: Beide {{Herde|NOD}} liegen peripher und sind durch {{Keilresektion|LRES}} komplett {{resektabel|RES}}. Keine Nähe zum {{Hauptbronchus|CEN|n}} oder zu den {{zentralen Pulmonalgefäßen|CEN|n}}. Kein Anhalt für ein {{Lokalrezidiv|LR|n}} (MRT Femur 03/2026 unauffällig). Zur Einordnung: 5-Jahres-{{OS|LOOK}} in dieser Situation laut Literatur ca. 30-40 %.

Beschluss:
1. Screening für PROMIS (NCT06114225): SBRT mit {{Penpulimab|CPI|y}} und {{Gemcitabin|GEM|y}}, danach {{Metastasektomie|LRES|y}}.
2. Falls PROMIS nicht möglich: primäre {{Keilresektion|LRES}} rechts.
3. {{Lungenfunktion|PF}} vor Thoraxchirurgie veranlassen.
{{ECOG 0|ECOG}}. Volljährigkeit im Nov. 2026; Einwilligung bis dahin durch die Eltern und den Patienten.
"""),
N("2026-05-04", "pft_report", """
Pneumologie - Lungenfunktionslabor
Datum: 04.05.2026   Pat.: K., Jonas, geb. 02.11.2008, 181 cm, 72 kg
Indikation: präoperativ vor Thoraxchirurgie (Lungenmetastasen rechts)

Spirometrie: FVC 5,41 l (101 % Soll), FEV1 4,62 l (98 % Soll), FEV1/FVC 85 %
Bodyplethysmographie: TLC 104 % Soll, RV normal
DLCO (single breath) 91 % Soll, KCO 96 %
BGA in Ruhe: pO2 94 mmHg, pCO2 39 mmHg

Beurteilung: Normale Lungenfunktion ohne Ventilations- oder Diffusionsstörung. Aus pneumologischer Sicht für ein- oder zweizeitige Thoraxchirurgie (auch Thorakotomie) uneingeschränkt geeignet.

gez. Dr. med. S. Oberhuber
""", ann=False),
N("2026-05-12", "medication_list", """
Bundeseinheitlicher Medikationsplan - Ausdruck vom 12.05.2026
für: Jonas K., {{geb. 02.11.2008|DOB}}
ausgedruckt von: Dr. med. R. Feldl, Allgemeinmedizin, Freising

Wirkstoff            | Stärke  | Form        | Mo-Mi-Ab-Na | Start      | Stopp      | Grund
Valaciclovir         | 1000 mg | Tablette    | 1-1-1-0     | 01.05.2026 | 07.05.2026 | Fazialisparese li.
{{Prednisolon|SS}}          | 50 mg   | Tablette    | 1-0-0-0     | 01.05.2026 | 06.05.2026 | Fazialisparese li.
Colecalciferol       | 1000 IE | Tablette    | 1-0-0-0     | 10/2024    |            | Knochengesundheit
{{Mometason Nasenspray|LS}} | 50 µg   | Spray       | 1-0-0-0     | 03/2026    |            | Heuschnupfen

Hinweise: Idiopathische Fazialisparese links seit 30.04.2026, deutliche Besserung. {{Prednisolon|SS}} planmäßig nach 6 Tagen beendet, letzte Einnahme am 6. Mai 2026. Keine {{Medikamentenallergien|ALL|n}} bekannt.
Ergänzung Anamnese: {{HIV|HIV|n}}-Test 04/2026 negativ (präoperatives Screening). Familienanamnese: Mutter {{Mammakarzinom|OM|f}} 2019, Großvater väterlicherseits {{Kolonkarzinom|OM|f}}.
Impfungen laut Impfpass vollständig; zuletzt {{Tdap-Auffrischung|NLV|h}} 2023.
"""),
])

# ---------------------------------------------------------------------------
# PN02 - Bern, 29 y female, HIV on ART, prior gemcitabine/docetaxel, now
# pregnant, biopsy-proven local recurrence, central hilar nodule.
# ---------------------------------------------------------------------------
P("PN02", "2026-03-20", "excluded",
  "LR=M GEM=M TOX=M HIV=M PREG=M RES=NM PFT=U MPE=U", [
N("2022-02-10", "discharge_letter", """
Kantonsspital Aarefeld - Klinik für Medizinische Onkologie
AUSTRITTSBERICHT
Patientin: M. L., geb. 08.07.1996
Eintritt 07.02.2022, Austritt 10.02.2022

Diagnosen
1. Konventionelles (osteoblastisches) Osteosarkom der rechten proximalen Tibia, ED 14.06.2021 (Biopsie), cT2 N0 M0
   - 3 Zyklen MAP neoadjuvant 06-09/2021
   - Resektion und Rekonstruktion mit Tumorprothese 27.09.2021, Regression 92 % (Huvos III)
   - adjuvant MAP, letzter Zyklus (Cisplatin/Doxorubicin) 04.-06.02.2022 - Therapie damit abgeschlossen
2. HIV-1-Infektion, ED 2018, unter ART (Biktarvy), Viruslast < 20 Kopien/ml, CD4 610/µl

Verlauf: Eintritt zum letzten Zyklus der adjuvanten Therapie in gutem Allgemeinzustand. Cisplatin 2 x 60 mg/m2 und Doxorubicin 2 x 37,5 mg/m2 an den Tagen 1-2 mit forcierter Hydrierung und Magnesiumsubstitution. Leichte Übelkeit (CTCAE Grad 1), gut auf Ondansetron und Aprepitant. Keine Mukositis, kein Fieber. Die Nierenfunktion blieb stabil (Kreatinin 62 µmol/l), Magnesium vor Austritt 0,74 mmol/l. Das Audiogramm vom 08.02.2022 ist im Vergleich zur Voruntersuchung stabil, ohne relevante Hochtonsenke. Echokardiographie vom 03.02.2022: LVEF 60 %, kumulative Doxorubicindosis 450 mg/m2.
Die antiretrovirale Therapie wurde unverändert fortgeführt; keine Interaktionen mit der Chemotherapie. Infektiologische Kontrolle am 01.02.2022: HIV-Viruslast < 20 Kopien/ml, CD4 610/µl.
Psychosozial: Die Patientin studiert Pharmazie und plant die Wiederaufnahme des Studiums im Frühjahrssemester. Physiotherapie für die Kniegelenksbeweglichkeit (aktuell Flexion 95°) wird ambulant weitergeführt.

Labor bei Austritt (10.02.2022):
Parameter        | Wert   | Norm
Leukozyten       | 3,1    | 3,5-10 G/l
Neutrophile      | 1,9    | 1,5-7 G/l
Hämoglobin       | 104    | 120-160 g/l
Thrombozyten     | 141    | 150-400 G/l
Kreatinin        | 62     | 45-84 µmol/l
ALT              | 38     | < 35 U/l

Austrittsmedikation: Biktarvy 1-0-0, Ondansetron 8 mg bei Bedarf, Pantoprazol 40 mg 1-0-0, Magnesium 10 mmol 1-0-1 für 2 Wochen.
Procedere: Nachsorge in unserer Sarkomsprechstunde, CT Thorax alle 3 Monate, MRT Unterschenkel halbjährlich, Audiogramm und Echokardiographie in 6 Monaten. Infektiologische Kontrolle wie bisher alle 6 Monate.

Dr. med. U. Rüegg, Oberarzt Onkologie
""", ann=False),
N("2024-11-05", "tumor_board", """
Sarkomboard Kantonsspital Aarefeld - 05.11.2024
Patientin: M. L., {{28-jährig|AGE}}
Diagnose: {{Osteosarkom|OST}} proximale Tibia re., ED 06/2021, Z.n. {{MAP|ST|h}} und Resektion.
Aktuell: CT Thorax 28.10.2024 mit 4 neuen {{Rundherden|NOD}} beidseits (bis 14 mm), PET-positiv: {{Lungenmetastasen|LM}}, 2,7 Jahre nach Therapieende. Kein {{Pleuraerguss|PE|n}}. MRT Tibia: kein {{Lokalrezidiv|LR|n}}.
Nebendiagnose: {{HIV|HIV}}-Infektion unter {{ART|HIV}}, gut kontrolliert.
Empfehlung: Zweitlinie mit {{Gemcitabin/Docetaxel|GEM|y}}, 6 Zyklen, Start geplant am 12.11.2024. Re-Staging nach 3 Zyklen, danach Entscheid über eine {{Metastasektomie|LRES|y}}.
"""),
N("2025-04-02", "progress_note", """
Ambulanter Verlaufsbericht - Medizinische Onkologie, 02.04.2025
Pat. M. L., {{geb. 08.07.1996|DOB}}

Therapie: {{Gemcitabin/Docetaxel|GEM}} 11/2024 - 03/2025, 6 Zyklen appliziert, letzte Gabe am 11.03.2025.
Re-Staging CT 25.03.2025: {{partielle Remission|RESP}} der {{Lungenmetastasen|LM}} (RECIST-Summe 31 -> 17 mm).
Toxizität: {{periphere sensorische Polyneuropathie|TOX}} Grad 2 beider Füße (unter {{Docetaxel|ST}}), Gabapentin begonnen. Keine {{Mukositis|TOX|n}}. {{Alopezie|TOX}} Grad 2.
{{ECOG 1|ECOG}}.
Procedere: Die Patientin wünscht nach Abschluss der Zweitlinie eine Therapiepause (Kinderwunsch); Vorstellung in der Thoraxchirurgie später. CT-Kontrollen 3-monatlich.
"""),
N("2026-02-20", "radiology_report", """
Institut für Radiologie - Befund vom 20.02.2026

1) MRT Unterschenkel rechts nativ (laufende {{Schwangerschaft|PREG}}, kein Gadolinium)
Im Resektionsbett ventrolateral der Tibiaprothese neue, 31 x 24 mm messende T2-hyperintense Raumforderung mit Diffusionsrestriktion, Kontakt zum M. tibialis anterior. Die Stanzbiopsie vom 13.02.2026 (Pathologie B26-01877) bestätigt Tumorgewebe des bekannten {{osteoblastischen Osteosarkoms|OST}}.
Beurteilung: Histologisch gesichertes {{Lokalrezidiv|LR}}.

2) Low-dose CT Thorax (mit Abdomenschutz)
Drei {{Lungenmetastasen|LM}}: LOL 11 mm, LUL 8 mm sowie eine zentrale 26 mm messende {{Läsion|NOD}} im linken Hilus, die dem {{linken Hauptbronchus|CEN}} breitflächig anliegt und die {{linke Pulmonalarterie|CEN}} teilweise ummauert. Kleiner {{Pleuraerguss|PE}} links (Saum 9 mm), nicht punktiert.
Beurteilung: Zunahme der pulmonalen {{Metastasen|MET}}, zentral gelegene {{Hilusläsion|NOD}} links.
"""),
N("2026-03-12", "consult_note", """
Frauenklinik - Konsiliarbericht vom 12.03.2026
Pat. M. L., 29 J., G1 P0

Intakte Einlingsschwangerschaft, 16+2 SSW nach SSL, Nackentransparenz unauffällig, Feindiagnostik in der 20. SSW geplant.
HIV: Fortführung von Biktarvy, Viruslast nicht nachweisbar; Geburtsmodus später interdisziplinär.
Weiterhin brennende Missempfindungen beider Füße seit der Docetaxel-Therapie, unverändert Grad 2, Gabapentin 300 mg 1-0-1.
Onkologische Therapie in der Schwangerschaft nur nach interdisziplinärer Abstimmung; keine Chemotherapie vor der 14. SSW (bereits überschritten).
Dr. med. A. Steffen, Gynäkologie und Geburtshilfe
""", ann=False),
N("2026-03-18", "tumor_board", """
Sarkomboard - 18.03.2026
Pat. M. L., {{29 J.|AGE}}, {{16+4 SSW|PREG}}

1. {{Lokalrezidiv|LR}} proximale Tibia re. (histologisch gesichert 13.02.2026), bisher nicht reseziert.
2. {{Lungenmetastasen|LM}} li. inkl. zentraler {{Hilusläsion|NOD}} am {{Hauptbronchus|CEN}}: eine {{komplette Resektion|LRES|y}} wäre nur mittels {{Pneumonektomie|PNX}} links möglich; parenchymsparend {{nicht resektabel|UNRES}}.
3. Anhaltende {{Polyneuropathie|TOX}} Grad 2 nach {{Docetaxel|ST|h}}.
4. {{Pleuraerguss|PE}} links, klein, Dignität unklar (nicht punktiert).
5. {{ECOG 1|ECOG}}. {{Lungenfunktion|PF}} bisher nicht gemessen.
Beurteilung PROMIS: nicht geeignet (aktives {{Lokalrezidiv|LR}}, Z.n. {{Gemcitabin|GEM|h}}, {{Schwangerschaft|PREG}}).
Empfehlung: Amputation vs. Re-Resektion mit Orthopädie besprechen; {{Systemtherapie|ST|y}} erst nach Entbindung bzw. frühestens im 2. Trimenon nach Rücksprache.
"""),
])

# ---------------------------------------------------------------------------
# PN03 - Hamburg, girl who turned 16 nine days before as_of: only a Lansky
# score exists (no ECOG) -> PS unknown. Hearing loss ungraded; "Kortison" of
# unknown route within the week.
# ---------------------------------------------------------------------------
P("PN03", "2026-08-20", "needs_review", "PS=U TOX=U STER=U", [
N("2025-01-15", "pathology_report", """
Institut für Pathologie - Universitätsklinikum Elbmarsch
Eingangs-Nr. E25-00412, Eingang 09.01.2025, Befund 15.01.2025
Patientin: Lea S., {{geb. 11.08.2010|DOB}}
Material: CT-gesteuerte Stanzbiopsien proximaler Humerus links

Makroskopie: 5 Stanzzylinder bis 1,8 cm.
Mikroskopie: Hochzelluläres Malignom aus atypischen Zellen mit reichlich hyaliner Knorpelmatrix und fokaler direkter Osteoidbildung durch Tumorzellen. Mitosen 12/10 HPF.
Immunhistochemie: SATB2 positiv, MDM2 negativ, H3F3A G34W negativ.

Diagnose: Hochmalignes {{chondroblastisches Osteosarkom|OST}} des proximalen Humerus links.
Kommentar: Kein Anhalt für ein {{Chondrosarkom|OSA|n}} (direktes Tumorosteoid nachweisbar). Befund telefonisch an Dr. Petersen (Kinderonkologie) übermittelt.
"""),
N("2025-08-05", "discharge_letter", """
Kinderonkologie Elbmarsch - Arztbrief vom 05.08.2025
Lea S., * 11.08.2010
Aufenthalt: 21.07.2025 - 25.07.2025 (letzter Therapiezyklus)

Diagnose: chondroblastisches Osteosarkom prox. Humerus li., ED 01/2025 (Biopsie 09.01.2025), lokalisiert; Staging-CT Thorax initial ohne Herdbefund.
Therapie: MAP (Hochdosis-Methotrexat, Doxorubicin, Cisplatin) 01-07/2025 nach EURAMOS-Schema; Resektion mit Humerusprothese 04/2025, gutes Ansprechen (< 10 % vitale Tumorzellen). Letzter Zyklus (Doxorubicin/Cisplatin) 22.07.2025, Therapie abgeschlossen.

Verlauf: Der letzte Zyklus wurde bei gutem Allgemeinzustand verabreicht. Übelkeit Grad 1, keine Mukositis, kein Fieber in der Aplasie. Transfusion von 1 EK am 24.07.2025 (Hb 7,6 g/dl).
Nebenwirkungen: Unter Cisplatin Hochtonhörverlust beidseits, von der Patientin im Unterricht bemerkt; das Tonaudiogramm vom 30.07.2025 liegt uns noch nicht vor, die Einstufung erfolgt durch die HNO. Keine Nephrotoxizität (Kreatinin 0,5 mg/dl, tubuläre Funktion unauffällig). Echokardiographie vom 23.07.2025: LVEF 64 %, kumulative Anthrazyklindosis 450 mg/m2.
Psychosozial: Rückkehr in die Schule (9. Klasse) nach den Sommerferien geplant; Unterstützung durch Schulbegleitung und Psychoonkologie. Die Familie ist gut eingebunden.

Entlassmedikation: Cotrimoxazol 2 x 480 mg Sa/So bis 6 Wochen nach Therapieende, Budesonid/Formoterol-Inhalator bei Bedarf (bekanntes Belastungsasthma).
Procedere: Nachsorge 3-monatlich mit CT Thorax und Röntgen Humerus, Echokardiographie und Audiometrie halbjährlich, Physiotherapie Schulter fortführen. HNO-Befund bitte an uns.

Dr. med. J. Petersen, Oberarzt Kinderonkologie
""", ann=False),
N("2026-07-09", "radiology_report", """
CT Thorax (02.07.2026) und thoraxchirurgisches Konsil (09.07.2026)
Indikation: Nachsorge {{Osteosarkom|OST}} Humerus li.

CT: Zwei neue solide {{Rundherde|NOD}} im linken Oberlappen (apikoposterior 8 mm, lingulär 5 mm), subpleural. Kein {{Pleuraerguss|PE|n}}. Keine Lymphadenopathie.
Beurteilung: Neu aufgetretene {{Lungenmetastasen|LM}} li. OL.

Konsil Thoraxchirurgie (Dr. Jansen): Beide {{Herde|NOD}} peripher, durch {{atypische Keilresektion|LRES}} {{resektabel|RES}}; eine {{Lobektomie|LRES|n}} ist nicht erforderlich.
"""),
N("2026-07-28", "progress_note", """
Ambulanzbrief Kinderonkologie - 28.07.2026
Lea S., {{15 Jahre|AGE}}

Diagnose: {{pulmonale Metastasen|LM}} (2, li. OL) eines {{chondroblastischen Osteosarkoms|OST}}, Z.n. {{MAP|ST|h}} 01-07/2025.
Allgemeinzustand gut, besucht die 10. Klasse, spielt wieder Volleyball (eingeschränkt durch die Humerusprothese): {{Lansky 80|LANSKY}}.
{{Lungenfunktion|PF}} vom 27.07.2026: FVC 97 %, {{FEV1|PF}} 94 %, {{DLCO|PF}} 88 % - altersentsprechend normal, für Thoraxchirurgie geeignet.
Labor: Kreatinin 0,6 mg/dl, Leukozyten 5,8/nl, Hb 12,9 g/dl, Thrombozyten 241/nl.
{{β-hCG|HCG|n}} im Serum negativ.
Plan: Vorstellung im Sarkomboard; PROMIS-Screening vs. primäre {{Keilresektion|LRES}}.
"""),
N("2026-08-17", "telephone_note", """
Telefonnotiz Kinderonkologie - 17.08.2026 (Dr. Petersen)
Die Mutter ruft an: Lea hatte ab dem 12.08. eine Asthma-Exazerbation bei Infekt und war am 15.08. beim Kinderarzt, der "Kortison" für 5 Tage verordnet habe. Ob als Saft/Tabletten oder nur zur Inhalation, kann die Mutter nicht sagen, die Packung ist nicht zur Hand. Bisherige Dauermedikation: Budesonid/Formoterol-Inhalator bei Bedarf.
Hörminderung seit Cisplatin unverändert; HNO-Termin weiterhin ausstehend, ein Grad ist bisher nicht dokumentiert.
Sarkomboard am 19.08. Rückruf in der Kinderarztpraxis zur Klärung von Präparat und Applikationsweg erbeten (Praxis bis 24.08. im Urlaub).
""", ann=False),
N("2026-08-19", "tumor_board", """
Sarkomboard 19.08.2026 - Kurzprotokoll
Lea S. ({{Geb.: 11.08.2010|DOB}}) - {{Lungenmetastasen|LM}} li. OL eines {{Osteosarkoms|OST}}, Z.n. {{MAP|ST|h}}.
{{Resektabel|RES}} mittels {{VATS-Keilresektion|LRES}}. {{Lungenfunktion|PF}} ausreichend.
PROMIS: grundsätzlich Kandidatin (SBRT mit {{Penpulimab|CPI|y}} und {{Gemcitabin|GEM|y}}, dann {{Metastasektomie|LRES|y}}).
Offene Punkte für die Koordinatorin: Seit dem 16. Geburtstag ist kein Performance-Score für Erwachsene erhoben; Applikationsweg des vom Kinderarzt verordneten {{Kortisons|SS}} unklar; Grad der {{Hörminderung|TOX}} (HNO) ausstehend.
"""),
])

# ---------------------------------------------------------------------------
# PN04 - Bologna, 14 y female. Eligible. Varicella (live) vaccine 31 days
# before as_of; grade 3 mucositis resolved; topical hydrocortisone; board
# reverses an earlier "not resectable in one stage".
# ---------------------------------------------------------------------------
P("PN04", "2026-02-27", "eligible", "", [
N("2024-11-08", "discharge_letter", """
Istituto Ortopedico Felsineo - Oncologia Pediatrica (Bologna)
LETTERA DI DIMISSIONE (traduzione per il fascicolo)
Paziente: G. R., {{nata il 05/10/2011|DOB}}
Ricovero: 28/10/2024 - 08/11/2024

Diagnosi: {{osteosarcoma osteoblastico|OST}} ad alto grado della tibia prossimale destra, biopsia del 22/10/2024. Stadiazione: TC torace negativa per {{metastasi polmonari|LM|n}}; scintigrafia ossea negativa.
Decorso: la paziente ({{13 anni|AGE}}) ha iniziato {{chemioterapia neoadiuvante|ST}} secondo schema {{MAP|ST}}: primo ciclo {{cisplatino|ST}} + {{doxorubicina|ST}} il 30/10/2024. Tollerato discretamente, nausea G1.
Anamnesi: nulla di rilevante; nega {{allergie|ALL|n}} a farmaci.
Terapia a domicilio: ondansetron al bisogno, cotrimoxazolo profilassi (lun/mar).
Prossimo ricovero: 18/11/2024 per {{metotrexato ad alte dosi|ST}}.
"""),
N("2025-06-12", "progress_note", """
Ambulatorio Oncologia Pediatrica - 12/06/2025
G. R., 13 anni. Osteosarcoma tibia prossimale dx.
Resezione e protesi modulare il 21/01/2025 (necrosi 95 %, Huvos III). Chemioterapia adiuvante MAP completata il 27/05/2025.
Tossicità: mucosite G3 durante il ciclo di metotrexato di febbraio 2025, risolta completamente in 10 giorni; neutropenia febbrile x1 (marzo). Attualmente nessuna tossicità residua: funzione renale normale, audiometria normale, FE 63 %.
Follow-up: TC torace ogni 3 mesi, RX tibia ogni 3 mesi.
""", ann=False),
N("2026-01-20", "radiology_report", """
Radiologia - TC torace con mdc, 20/01/2026
Quesito: follow-up {{osteosarcoma|OST}} tibia dx, fine terapia 05/2025.
Reperto: tre {{noduli polmonari|NOD}} di nuova comparsa: lobo inferiore destro 7 mm, lobo superiore sinistro 5 mm, lobo inferiore sinistro 4 mm, a margini netti, il maggiore con microcalcificazioni. Assenza di {{versamento pleurico|PE|n}}. Linfonodi mediastinici nei limiti.
Conclusione: {{noduli|NOD}} bilaterali compatibili con {{metastasi|MET}} da {{osteosarcoma|OST}}.
"""),
N("2026-02-10", "tumor_board", """
Gruppo Oncologico Multidisciplinare Sarcomi - Verbale del 10 feb 2026
Presenti: oncologia pediatrica (dr.ssa Bellandi), chirurgia toracica (dr. Amato), ortopedia oncologica, radioterapia, radiologia.

Caso: G. R., {{14 anni|AGE}}, {{osteosarcoma|OST}} tibia dx, pregressa {{chemioterapia MAP|ST|h}} (completata 05/2025). {{Metastasi polmonari|LM}} bilaterali (3 {{noduli|NOD}}, max 7 mm) comparse a 8 mesi dal termine della terapia.
Discussione: nella valutazione preliminare del 27/01/2026 i {{noduli|NOD}} erano stati giudicati "{{non resecabili|UNRES|h}} in un solo tempo". Rivalutati oggi: tutti periferici, {{resecabili|RES}} con {{toracotomie sequenziali|LRES}} (prima destra, poi sinistra a 4-6 settimane). Nessun coinvolgimento dei {{bronchi principali|CEN|n}} o dei {{vasi ilari|CEN|n}}.
Performance: {{Lansky 80|LANSKY}}.
Decisione: proporre lo screening per lo {{studio PROMIS|INV|y}} (SBRT + {{penpulimab|CPI|y}} + {{gemcitabina|GEM|y}}, poi {{metastasectomia|LRES|y}}); in alternativa {{metastasectomia|LRES}} bilaterale sequenziale.
"""),
N("2026-02-24", "progress_note", """
Ambulatorio di Oncologia Pediatrica - visita del 24/02/2026
G. R., 14 anni. Pre-screening PROMIS.
Spirometria e DLCO (23/02/2026): FVC 99 %, FEV1 96 %, DLCO 90 % del predetto - funzionalità respiratoria adeguata per chirurgia toracica (anche in due tempi).
Vaccinazioni (recupero post-chemioterapia, centro vaccinale AUSL): seconda dose di vaccino anti-varicella (vivo attenuato) somministrata il 27 gen 2026; richiamo difterite-tetano-pertosse il 9/12/2025. Nessun'altra vaccinazione.
Cute: dermatite atopica alle pieghe, idrocortisone crema 1 % topica al bisogno.
Mestruazioni regolari (menarca 2025); test di gravidanza urinario negativo oggi.
Lansky 80. Peso 47 kg. Esame obiettivo nella norma, cicatrice tibiale in ordine.
""", ann=False),
])
# ---------------------------------------------------------------------------
# PN05 - Sevilla, 41 y female. SLE (prednisone held since 20/09/2025 ->
# outside 7 d, but inside 2 y), HIV on ART, local recurrence, malignant
# effusion, compassionate-use drug ongoing, ECOG 3, poor PFTs, hCG pending.
# ---------------------------------------------------------------------------
P("PN05", "2025-10-15", "excluded",
  "LR=M MPE=M AI=M HIV=M INV=M PS=NM PFT=NM RES=U PREG=U", [
N("2023-06-02", "discharge_letter", """
Hospital Universitario Virgen del Guadiamar (Sevilla) - Servicio de Oncología Médica
INFORME DE ALTA - 02/06/2023
Paciente: R. M. T., mujer de {{39 años|AGE}}

Antecedentes personales:
- {{Lupus eritematoso sistémico|AI|h}} desde 2015 (nefritis lúpica clase III en 2016), en tratamiento con {{hidroxicloroquina|DMARD|h}} 200 mg/día y {{prednisona|SS|h}} 5 mg/día.
- {{Infección por VIH|HIV|h}} diagnosticada en 2012, en {{TAR|HIV|h}} con {{Biktarvy|HIV|h}}, carga viral indetectable.
- No {{alergias medicamentosas|ALL|n}} conocidas.

Enfermedad actual: {{osteosarcoma condroblástico|OST}} de ala ilíaca izquierda, biopsia 03/05/2023. Estadificación: TC de tórax sin {{metástasis pulmonares|LM|n}}.
Tratamiento: inicia {{quimioterapia neoadyuvante|ST}} con {{cisplatino|ST}} y {{doxorrubicina|ST}} (ciclo 1: 29/05/2023). Buena tolerancia.
Plan: 3 ciclos y reevaluación para cirugía (hemipelvectomía interna).
"""),
N("2025-07-18", "radiology_report", """
Informe de Radiología - RM de pelvis con contraste, 18/07/2025
Antecedente: osteosarcoma de ala ilíaca izquierda, hemipelvectomía interna tipo I (10/2023) y quimioterapia adyuvante.
Hallazgos: en el lecho quirúrgico ilíaco izquierdo se identifica masa sólida de 42 x 35 mm con realce heterogéneo y restricción de la difusión, que infiltra el músculo glúteo medio. No se identifican otras lesiones óseas en el campo.
Conclusión: hallazgos muy sugestivos de recidiva local del osteosarcoma. Se recomienda confirmación histológica.
""", ann=False),
N("2025-08-20", "pathology_report", """
Informe conjunto - TC de tórax (12/08/2025), citología de líquido pleural (19/08/2025) y biopsia del lecho quirúrgico (24/07/2025)

TC de tórax: múltiples {{nódulos pulmonares|NOD}} bilaterales (> 10, el mayor de 22 mm en LID), compatibles con {{metástasis|MET}}. {{Derrame pleural|PE}} derecho moderado.
Toracocentesis diagnóstica (19/08/2025): 850 ml de líquido serohemático. Citología: positiva para células malignas, SATB2+, compatible con {{derrame pleural maligno|MPE}} por {{osteosarcoma|OST}}.
Biopsia con aguja gruesa del lecho quirúrgico ilíaco: infiltración por {{osteosarcoma|OST}} de alto grado; se confirma {{recidiva local|LR}}.
"""),
N("2025-09-17", "tumor_board", """
Comité Multidisciplinar de Sarcomas - 17/09/2025
Paciente: R. M. T., {{41 años|AGE}}

Resumen: {{osteosarcoma|OST}} de ilíaco izquierdo (2023) tratado con {{QT neoadyuvante|ST|h}} previa ({{cisplatino|ST|h}}/{{doxorrubicina|ST|h}}) y hemipelvectomía interna; actualmente {{recidiva local|LR}} no resecada, {{metástasis pulmonares|LM}} múltiples y {{derrame pleural maligno|MPE}} derecho.
{{Pruebas funcionales respiratorias|PF}}: {{FEV1|PF}} 41 %, {{DLCO|PF}} 38 %; {{reserva pulmonar|PF}} insuficiente, no candidata a cirugía torácica.
{{ECOG 3|ECOG}} (en cama o sillón más del 50 % del día).
Decisión: no candidata a PROMIS ni a {{metastasectomía|LRES|n}}. Continuar {{uso compasivo|INV}} de {{XR-417|INV}} ({{fármaco experimental|INV}} oral, iniciado el 01/09/2025). Valoración por cuidados paliativos.
Otros: {{prueba de embarazo|HCG|u}} solicitada por amenorrea de 6 semanas (probablemente secundaria a la enfermedad), resultado pendiente. Se comentó un {{ensayo clínico|INV|y}} en Francia; no se ha firmado consentimiento.
"""),
N("2025-10-10", "pharmacy_record", """
Servicio de Farmacia Hospitalaria - Registro de dispensación a pacientes externos
Paciente: R. M. T.   NHC 55102937   Fecha de emisión: 10/10/2025

Fármaco                          | Pauta               | Inicio     | Fin / estado                                         | Últ. dispensación
XR-417 (uso compasivo, AEMPS)    | 120 mg c/24 h v.o.  | 01/09/2025 | activo                                               | 08/10/2025
Biktarvy (BIC/FTC/TAF)           | 1 comp c/24 h       | 2019       | activo                                               | 08/10/2025
Hidroxicloroquina 200 mg         | 1 comp c/24 h       | 2015       | activo                                               | 08/10/2025
Prednisona 5 mg                  | 1 comp c/24 h       | 2016       | EN PAUSA desde 20/09/2025 (Reumatología: reiniciar tras revisión) | 05/09/2025
Morfina liberación retardada     | 10 mg c/12 h        | 15/09/2025 | activo                                               | 08/10/2025

Observaciones: la paciente confirma que no toma prednisona desde el 20/09. Resultado de la prueba de embarazo no disponible en la historia a fecha de hoy.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PN06 - Prato, 63 y male. Prostate cancer biopsied 20/07/2021 (inside 5 y
# of as_of by 5 days). Bone-only metastases (no lung). Gem/doc received.
# Phase II study drug 12 d before; dexamethasone stopped exactly 7 d before;
# Huaier stopped exactly 14 d before. Nivolumab abroad, response unknown.
# ---------------------------------------------------------------------------
P("PN06", "2026-07-15", "excluded",
  "OM=M GEM=M INV=M STER=M IMM=M PMET=NM RES=U CPI=U LR=U", [
N("2021-08-02", "pathology_report", """
Anatomia Patologica - Ospedale Bisenzio (Prato)
Paziente: Chen W., {{nato il 14/03/1963|DOB}}
Data prelievo: 20/07/2021   Data referto: 02/08/2021
Materiale: biopsia prostatica ecoguidata transperineale (12 prelievi)

Diagnosi: {{adenocarcinoma acinare della prostata|OM}}, Gleason 3+4=7 (ISUP grado 2), presente in 4/12 prelievi (lobo sinistro), estensione massima 6 mm; non invasione perineurale.
Medico refertante: dr. L. Cappelli
"""),
N("2024-04-10", "discharge_letter", """
Ortopedia Oncologica - Lettera di dimissione 10/04/2024
Sig. Chen W., 61 anni, ricoverato dal 05/04/2024 al 10/04/2024 per biopsia e stadiazione.
Diagnosi: osteosarcoma convenzionale ad alto grado del femore distale sinistro (biopsia a cielo aperto del 12/03/2024, revisione centralizzata concordante), stadio IIB. TC torace del 28/03/2024 negativa; scintigrafia ossea: captazione solo in sede femorale.
Anamnesi: adenocarcinoma prostatico 2021, prostatectomia radicale 10/2021, PSA indosabile ai controlli. Ipertensione arteriosa in terapia con amlodipina. Ex fumatore (20 pack-year, smesso nel 2015). Nessuna allergia nota. Vive con la moglie e il figlio a Prato, lavora nell'azienda tessile di famiglia.
Decorso: biopsia senza complicanze; dolore controllato con paracetamolo e tapentadolo. Deambulazione con due stampelle e carico parziale.
Programma (discusso al GOM del 04/04/2024): chemioterapia con doxorubicina e cisplatino (3 cicli), quindi chirurgia di resezione e protesi modulare, poi altri 3 cicli. Considerata l'età, il metotrexato ad alte dosi non è previsto. Ecocardiogramma basale: FE 61 %. Audiometria basale nella norma per l'età.
Prossimo appuntamento: Oncologia Medica il 15/04/2024 per il primo ciclo.
""", ann=False),
N("2025-06-20", "tumor_board", """
GOM Sarcomi - Verbale del 20/06/2025
Paziente: Chen W., {{62 anni|AGE}}
{{Osteosarcoma|OST}} femore distale sx (2024), pregressa {{chemioterapia|ST|h}} con {{doxorubicina|ST|h}}/{{cisplatino|ST|h}} e resezione con protesi. Ora {{metastasi|MET}} ossee (L2, ala iliaca dx). TC torace del 12/06/2025 negativa: nessuna {{metastasi polmonare|LM|n}}.
Pregresso {{adenocarcinoma prostatico|OM|h}} (2021, prostatectomia radicale, PSA < 0,01 ng/ml).
Decisione: seconda linea con {{gemcitabina|GEM|y}}/{{docetaxel|ST|y}} da avviare a luglio; radioterapia antalgica su L2.
"""),
N("2026-06-25", "progress_note", """
Oncologia Medica - Lettera al curante, 25/06/2026
Sig. Chen W., {{63 anni|AGE}}

Diagnosi: {{osteosarcoma|OST}} ad alto grado femore sx, {{metastasi|MET}} ossee multiple; nessuna {{lesione polmonare|NOD|n}} alla TC del 10/06/2026.
Terapie:
- 2024: {{doxorubicina|ST|h}}/{{cisplatino|ST|h}}
- 07/2025 - 12/2025: {{gemcitabina|GEM}}/{{docetaxel|ST}} x 6 cicli; {{progressione|RESP}} ossea 01/2026
- 02/2026 - 04/2026 (Lugano, CH): {{nivolumab|CPI}} off-label, 4 somministrazioni; valutazione della risposta non disponibile (documentazione svizzera richiesta)
- dal 15/05/2026: arruolato nello {{studio di fase II|INV}} SARC-2605 ({{farmaco sperimentale|INV}} e.v. ogni 3 settimane).
Terapie concomitanti: {{desametasone|SS}} 4 mg/die per os (compressione midollare L2, dal 02/06/2026); assume inoltre {{granuli di Huaier|IMM}} (acquistati in una farmacia cinese, 20 g/die).
RM femore 20/06/2026: area di enhancement nel letto di resezione, {{possibile recidiva locale|LR|u}}, non dirimente; controllo a 6 settimane.
{{ECOG 2|ECOG}}. {{Spirometria|PF}} (06/2026): {{FEV1|PF}} 92 %, {{funzionalità respiratoria|PF}} adeguata.
"""),
N("2026-07-10", "pharmacy_record", """
Farmacia Ospedaliera - Scheda terapia / dispensazione, stampata il 10/07/2026
Paz. Chen W. (14/03/1963) - Reparto Oncologia Medica

Farmaco                    | Dose / via             | Inizio     | Stop       | Note
SARC-2605 IMP (studio)     | 3 mg/kg e.v.           | 15/05/2026 | -          | somministrato 3 lug 2026 (C3G1), prossimo 24/07/2026
Desametasone cpr           | 4 mg/die -> 2 mg/die   | 02/06/2026 | 08/07/2026 | sospeso dopo fine RT su L2
Pantoprazolo               | 40 mg/die              | 02/06/2026 | -          |
Granuli di Huaier          | 20 g/die               | 03/2026    | 01/07/2026 | sospeso su indicazione dello sperimentatore
Acido zoledronico          | 4 mg e.v.              | 03/2026    | -          | ogni 4 settimane

Farmacista: dr.ssa M. Innocenti
""", ann=False),
])

# ---------------------------------------------------------------------------
# PN07 - Valencia, 38 y male referred from Argentina. Incomplete records:
# transplant type, gemcitabine, pembrolizumab response and travel vaccines
# within 30 days all undocumented.
# ---------------------------------------------------------------------------
P("PN07", "2025-11-05", "needs_review", "CPI=U TX=U GEM=U VAC=U", [
N("2025-09-15", "referral_letter", """
Hospital General del Turia (Valencia) - Unidad de Sarcomas
Nota de primera visita - 15/09/2025
Paciente: D. A. F., varón de {{38 años|AGE}}, natural de Rosario (Argentina), reside en Valencia desde 08/2025.

Antecedentes oncológicos (según resumen de historia clínica de Buenos Aires, parcialmente ilegible):
- 2022: {{osteosarcoma fibroblástico|OST|h}} de fémur distal izquierdo (biopsia 11/04/2022); {{quimioterapia MAP|ST|h}} completada en 11/2022 y resección con endoprótesis.
- 2023: {{metástasis pulmonares|LM|h}}; {{metastasectomía|LRES|h}} derecha por {{toracotomía|LRES|h}} (06/2023). Después, "{{quimioterapia de alta dosis|ST|h}} con {{trasplante de progenitores hematopoyéticos|TX|h}}" (10/2023); el informe no especifica si fue autólogo o alogénico.
- 2024: segunda línea "con {{gemcitabina|GEM|uh}}?"; la hoja de tratamiento está incompleta y no consta si llegó a administrarse.
- 2024-2025: {{pembrolizumab|CPI|h}}, 8 ciclos hasta 03/2025. No figura la evaluación de la respuesta.
Otros: sin antecedentes médicos de interés. {{VIH|HIV|n}} negativo (08/2025).
Plan: TC de tórax, solicitar informes completos a Buenos Aires.
"""),
N("2025-10-08", "radiology_report", """
TC de tórax con contraste - 08/10/2025
Información clínica: osteosarcoma de fémur izquierdo tratado en Argentina; metastasectomía derecha en 2023. Primer estudio en nuestro centro.
Hallazgos: cambios postquirúrgicos en hemitórax derecho (toracotomía previa, suturas mecánicas en LID). Dos nódulos de nueva aparición respecto al informe argentino de 03/2025: LSI 12 mm y LII 7 mm, periféricos, de contorno lobulado, el mayor con calcificación. Sin adenopatías mediastínicas. Sin derrame pleural. Endoprótesis femoral fuera del campo.
Conclusión: dos nódulos pulmonares izquierdos compatibles con metástasis de osteosarcoma. Se sugiere valoración en Comité de Sarcomas.
""", ann=False),
N("2025-10-20", "nursing_note", """
Consulta de Enfermería Oncológica - 20/10/2025
Revisión del calendario vacunal (posible inclusión en ensayo). El paciente refiere que el 14/10/2025, antes de un viaje a Misiones (Argentina) que finalmente canceló, recibió "las vacunas del viajero" en una clínica privada de Valencia. No recuerda cuáles (¿fiebre amarilla?, ¿fiebre tifoidea oral o inyectable?) y no aporta certificado internacional. Se llama a la clínica: registros no disponibles hasta la semana próxima.
Hoy se administra vacuna antigripal inactivada (intramuscular).
""", ann=False),
N("2025-10-30", "consult_note", """
Servicio de Cirugía Torácica - Consulta del 30/10/2025
Paciente de {{38 años|AGE}} con {{metástasis pulmonares|LM}} de {{osteosarcoma|OST}}: dos {{nódulos|NOD}} (LSI 12 mm, LII 7 mm). Antecedente de {{metastasectomía|LRES|h}} derecha en 2023.
{{Pruebas funcionales respiratorias|PF}} (28/10/2025): FVC 93 %, {{FEV1|PF}} 90 %, {{DLCO|PF}} 84 %. Apto para cirugía torácica.
Valoración: ambos {{nódulos|NOD}} {{resecables|RES}} mediante {{resección en cuña por VATS|LRES}} izquierda; no precisa {{lobectomía|LRES|n}}.
{{ECOG 1|ECOG}}.
"""),
N("2025-11-03", "tumor_board", """
Comité de Sarcomas - 03/11/2025
D. A. F., {{38 años|AGE}}. {{Osteosarcoma|OST}} (2022) con nuevas {{metástasis pulmonares|LM}}: dos {{nódulos|NOD}} {{resecables|RES}}. Pretratado con {{MAP|ST|h}}, {{quimioterapia de alta dosis|ST|h}} con {{trasplante de progenitores|TX|h}} y {{pembrolizumab|CPI|h}}.
Se valora PROMIS (SBRT + {{penpulimab|CPI|y}} y {{gemcitabina|GEM|y}}, seguido de {{metastasectomía|LRES|y}}). Pendiente antes de decidir:
a) respuesta al {{pembrolizumab|CPI|h}} (mejor respuesta y duración): informes de Buenos Aires solicitados;
b) si recibió {{gemcitabina|GEM|u}} en 2024;
c) tipo de {{trasplante|TX|h}} (autólogo o alogénico);
d) certificado de las inmunizaciones del 14/10/2025.
Alternativa si no es elegible: {{resección en cuña por VATS|LRES}}.
"""),
])

# ---------------------------------------------------------------------------
# PN08 - Madrid, 34 y female. Eligible. Delivered 08/2025, breastfed until
# March 2026 (ended), negative beta-hCG; partner HIV+ (family), own HIV
# negative; "Toxicidades: -" heading with nothing after it.
# ---------------------------------------------------------------------------
P("PN08", "2026-06-10", "eligible", "", [
N("2022-09-30", "discharge_letter", """
Hospital Clínico Manzanares (Madrid) - Oncología Médica
Informe de alta - 30/09/2022
Paciente: L. P. G., fecha de nacimiento 17/02/1992
Diagnóstico: osteosarcoma convencional de húmero proximal derecho (biopsia 08/03/2022), localizado.
Tratamiento: QT neoadyuvante MAP (metotrexato a altas dosis, doxorrubicina, cisplatino) 03-05/2022; resección y reconstrucción con aloinjerto-prótesis 06/2022; QT adyuvante MAP completada el 26/09/2022.
Evolución: buena tolerancia global; mucositis G2 en julio, resuelta. Audiometría normal.
Seguimiento: TC de tórax trimestral.
""", ann=False),
N("2025-08-16", "obstetric_note", """
Servicio de Obstetricia - Informe de alta tras parto, 16/08/2025
Puérpera de 33 años, G1P1. Parto eutócico el 14/08/2025 a las 39+2 semanas; recién nacido varón de 3.350 g, Apgar 9/10.
Antecedentes: osteosarcoma de húmero tratado en 2022, en remisión. Serologías del embarazo: VIH negativo, VHB negativo, lúes negativa; su pareja tiene infección por VIH en tratamiento antirretroviral con carga indetectable.
Vacuna Tdap administrada en la semana 28.
Lactancia materna exclusiva al alta.
""", ann=False),
N("2026-04-22", "radiology_report", """
Servicio de Radiodiagnóstico - Hospital Clínico Manzanares
TC de tórax con contraste - 22/04/2026
Antecedente: {{osteosarcoma|OST}} de húmero derecho tratado en 2022.
Hallazgos: {{nódulo|NOD}} de 10 mm en segmento anterior del LSD y {{nódulo|NOD}} de 6 mm en língula, ambos de nueva aparición y subpleurales. Sin adenopatías mediastínicas. Sin {{derrame pleural|PE|n}}.
Impresión: {{nódulos pulmonares|NOD}} nuevos compatibles con {{metástasis|MET}}. Se recomienda valoración en comité.
"""),
N("2026-05-13", "tumor_board", """
Comité de Sarcomas y Tumores Musculoesqueléticos - Acta del 13/05/2026
Paciente: L. P. G., {{fecha de nacimiento: 17/02/1992|DOB}}
{{Osteosarcoma|OST}} de húmero proximal derecho (biopsia 08/03/2022), {{QT|ST|h}} previa según esquema {{MAP|ST|h}} completada en 09/2022 y resección.
Recaída: {{metástasis pulmonares|LM}} (2 {{nódulos|NOD}}: LSD 10 mm y língula 6 mm), confirmadas por PET-TC.
Cirugía Torácica: {{resecables|RES}} mediante {{resecciones en cuña|LRES}} bilaterales secuenciales ({{VATS|LRES}}).
{{ECOG 1|ECOG}}.
Toxicidades: -
Situación ginecológica: parto el 14/08/2025; {{lactancia materna|LAC|h}} hasta marzo de 2026, actualmente no {{lacta|LAC|n}}.
Propuesta: screening PROMIS.
"""),
N("2026-06-03", "progress_note", """
Consulta de Oncología Médica - 03/06/2026
Mujer de {{34 años|AGE}}. Revisión previa al screening de PROMIS.
- {{β-HCG|HCG|n}} en suero (01/06/2026): negativa (< 2 UI/l).
- Serologías 01/06/2026: {{VIH|HIV|n}} 1/2 Ag/Ac no reactivo; VHB y VHC negativos.
- Entorno: su pareja tiene {{infección por VIH|HIV|f}} en {{tratamiento antirretroviral|HIV|f}}, carga viral indetectable.
- {{Pruebas funcionales respiratorias|PF}} (29/05/2026): {{FEV1|PF}} 96 %, {{DLCO|PF}} 91 %; adecuadas para cirugía torácica.
- No recibe {{corticoides|SS|n}} ni {{inmunosupresores|IS|n}}. Vacunas: {{Tdap|NLV|h}} durante el {{embarazo|PREG|h}} (2025).
- Fármacos actuales: desogestrel (anticonceptivo), hierro oral.
{{ECOG 1|ECOG}}. Plan: remitir a la coordinadora de PROMIS.
"""),
])
# ---------------------------------------------------------------------------
# PN09 - Amsterdam, 67 y female. Radiation-associated UPS of rib (first
# suspected osteosarcoma; pathology says no). TNBC 2022 with pembrolizumab:
# partial response then progression (secondary resistance). Chemo-naive
# for the sarcoma (paclitaxel was for breast; MTX is for RA).
# ---------------------------------------------------------------------------
P("PN09", "2025-09-30", "excluded",
  "HIST=NM AGE=NM PST=NM OM=M CPI=M TOX=M MPE=M AI=M STER=M IMM=U MAB=U", [
N("2022-03-22", "pathology_report", """
Pathologie Amstelland Ziekenhuis - PA-verslag T22-03310
Mevr. H. de V., geb. 12-04-1958
Materiaal: echogeleid naaldbiopt mamma links (15-03-2022)
Conclusie: invasief carcinoom NST, graad 3, ER 0 %, PR 0 %, HER2 score 0 (triple-negatief). Ki-67 70 %. Tumor-infiltrerende lymfocyten 20 %.
""", ann=False),
N("2024-01-15", "letter", """
Amstelland Ziekenhuis - Afdeling Medische Oncologie
Brief aan de huisarts, 15-01-2024
Betreft: mevr. H. de V., {{geb. 12-04-1958|DOB}}

Diagnose: {{triple-negatief mammacarcinoom|OM}} links, cT2N1M0, PA 15-03-2022.
Behandeling:
- Neoadjuvant {{paclitaxel|ST}}/{{carboplatine|ST}} + {{pembrolizumab|CPI}} 04-2022 t/m 09-2022; MRI: {{partiële respons|RESP}}. Lumpectomie + okselklierdissectie 10-2022 (restziekte ypT1c), adjuvante radiotherapie borst/thoraxwand 11-2022.
- Adjuvant {{pembrolizumab|CPI}} vanaf 12-2022. In 11-2023 {{progressie|RESP}} met axillaire {{kliermetastasen|MET}}; {{pembrolizumab|CPI}} gestaakt, daarna {{capecitabine|ST}} (lopend).
Bijwerkingen: {{perifere neuropathie|TOX}} graad 2 ({{paclitaxel|ST}}), persisterend, pregabaline.
Comorbiditeit: {{reumatoïde artritis|AI}} sinds 2010: {{MTX|IS}} 15 mg/week en {{prednisolon|SS}} 5 mg dd via reumatoloog. Osteoporose: {{denosumab|MAB}} 2023 gestaakt na een {{allergische reactie|ALL}} (urticaria, zwelling lippen; ernst niet vastgelegd).
"""),
N("2025-06-05", "pathology_report", """
Pathologie - PA-verslag T25-08812, 05-06-2025
Mevr. H. de V., {{geb. 12-04-1958|DOB}}
Klinische gegevens: tumor 5e rib links in voormalig bestralingsveld; radiologisch {{verdenking radiogeen osteosarcoom|OST|u}}.
Materiaal: resectiepreparaat rib 4-6 links met thoraxwand.
Conclusie: hooggradig {{ongedifferentieerd pleomorf sarcoom|OSA}} (UPS) uitgaande van bot, radiatie-geassocieerd, 6,2 cm. Uitgebreid bemonsterd: geen tumorosteoid, SATB2 focaal zwak, MDM2 niet geamplificeerd; geen aanwijzing voor {{osteosarcoom|OST|n}}. Snijvlakken vrij (R0), minimale marge 6 mm.
"""),
N("2025-08-28", "radiology_report", """
CT thorax 20-08-2025 en pleurapunctie 25-08-2025
CT: meerdere (6) longnoduli beiderzijds tot 11 mm, nieuw sinds 03-2025, passend bij metastasen. Matig pleuravocht rechts. Status na thoraxwandresectie links.
Pleurapunctie rechts: 600 ml sereus-hemorragisch vocht. Cytologie: maligne cellen, morfologisch passend bij het bekende pleomorfe sarcoom (MDM2 neg., cytokeratine neg. - geen aanwijzing voor mammacarcinoom). Conclusie: maligne pleuravocht.
""", ann=False),
N("2025-09-24", "tumor_board", """
Multidisciplinair Overleg Sarcomen - 24-09-2025
Mevr. H. de V., {{67 jaar|AGE}}
1. {{UPS|OSA}} van de rib (radiatie-geassocieerd), R0-resectie 06-2025; {{chemotherapie-naïef|NAIVE}} voor het sarcoom.
2. {{Longmetastasen|LM}} beiderzijds (6 {{noduli|NOD}}, max 11 mm) en {{maligne pleuravocht|MPE}} rechts (cytologie positief 25-08-2025).
3. Voorgeschiedenis: {{mammacarcinoom|OM|h}} links 2022, behandeld met {{chemotherapie|ST|h}} en {{pembrolizumab|CPI|h}}: {{partiële respons|RESP|h}}, daarna {{progressie|RESP|h}} onder adjuvant {{pembrolizumab|CPI|h}} (11-2023).
4. {{Reumatoïde artritis|AI}}: {{methotrexaat|IS}} 15 mg/week en {{prednisolon|SS}} 5 mg dd, lopend.
5. Restklachten: {{polyneuropathie|TOX}} graad 2 voeten na {{paclitaxel|ST|h}}, onveranderd.
6. Gebruikt volgens de dochter "Chinese kruidenkorrels", mogelijk {{Huaier|IMM|u}}; laatste inname onbekend.
7. {{Allergische reactie|ALL|h}} op {{denosumab|MAB|h}} (2023), graad niet gedocumenteerd.
8. {{WHO PS 1|ECOG}}.
Conclusie: geen kandidaat voor PROMIS (leeftijd > 65, histologie geen {{osteosarcoom|OST|n}}, {{maligne pleuravocht|MPE}}). De {{longmetastasen|LM}} zelf worden {{resectabel|RES}} geacht ({{wigresecties|LRES}}); {{longfunctie|PF}} adequaat ({{FEV1|PF}} 84 %). Advies: {{doxorubicine|ST|y}}-monotherapie overwegen.
"""),
])

# ---------------------------------------------------------------------------
# PN10 - Milan, 27 y female. Equivocal beta-hCG, reactive HIV screen awaiting
# confirmation, stem-cell transplant of unknown type (2012, for Hodgkin -
# outside 5 y), suspected psoriatic arthritis with unspecified "cortisone".
# ---------------------------------------------------------------------------
P("PN10", "2026-04-22", "needs_review", "PREG=U AI=U TX=U HIV=U", [
N("2023-09-15", "discharge_letter", """
Fondazione Ospedale Naviglio (Milano) - Oncologia Medica 2
Lettera di dimissione - 15/09/2023
Paziente: F. C., {{24 anni|AGE}}

Anamnesi patologica remota: {{linfoma di Hodgkin|OM|h}} scleronodulare stadio IIIB diagnosticato nel 2012 a Napoli, trattato con {{chemioterapia|ST|h}} {{ABVD/BEACOPP|ST|h}} e {{trapianto di cellule staminali|TX|h}} (2012; documentazione non disponibile, non è noto se autologo o allogenico). Da allora in {{remissione completa|RESP|h}}.
Diagnosi attuale: {{osteosarcoma|OST}} convenzionale del femore distale destro, biopsia del 10/02/2023; resezione e protesi 05/2023.
Terapia: {{chemioterapia MAP|ST|h}} completata l'08/09/2023 (ultimo ciclo {{cisplatino|ST|h}}/{{doxorubicina|ST|h}} durante questo ricovero).
Follow-up: TC torace ogni 3 mesi per 2 anni.
"""),
N("2026-03-18", "radiology_report", """
TC torace con mdc - 18/03/2026
Quesito: follow-up osteosarcoma femore dx, fine terapia 09/2023.
Confronto: TC del 12/12/2025, negativa.
Comparsa di 4 noduli polmonari solidi: lobo inferiore destro 9 mm e 6 mm, lobo superiore destro 5 mm, lobo superiore sinistro 7 mm, tutti periferici e subpleurici, a margini netti; il maggiore con calcificazione puntiforme. Non versamento pleurico. Non adenopatie mediastiniche o ilari. Esiti fibrotici apicali bilaterali da pregressa radioterapia mediastinica (linfoma 2012), stabili.
Conclusione: noduli compatibili con metastasi polmonari da osteosarcoma. Si consiglia discussione multidisciplinare.
""", ann=False),
N("2026-04-08", "consult_note", """
Consulenza reumatologica - 08/04/2026
Pz di 27 anni, inviata per artralgie delle interfalangee distali di entrambe le mani da 4 mesi e onicopatia. Sospetta artrite psoriasica; in corso HLA-B27, RM mani, fattore reumatoide e anti-CCP.
Riferisce di aver assunto "cortisone" per le articolazioni, prescritto dal medico curante a fine 2025, per alcune settimane; non sa indicare farmaco, dose né via di somministrazione.
Per ora FANS al bisogno; rivalutazione con esiti.
""", ann=False),
N("2026-04-15", "tumor_board", """
GOM Sarcomi - 15/04/2026
F. C., {{27 anni|AGE}}. {{Osteosarcoma|OST}} femore dx (2023), pregressa {{chemioterapia MAP|ST|h}}.
TC 18/03/2026: 4 {{noduli polmonari|NOD}} (LID x2, LSD, LSS; max 9 mm) compatibili con {{metastasi polmonari|LM}}. Nessun {{versamento pleurico|PE|n}}.
Chirurgia toracica: {{resecabili|RES}} con {{resezioni atipiche|LRES}} bilaterali in due tempi. {{Prove di funzionalità respiratoria|PF}} nella norma ({{FEV1|PF}} 101 %, {{DLCO|PF}} 95 %).
{{ECOG 0|ECOG}}.
Punti aperti per lo screening PROMIS:
- {{β-hCG|HCG|u}} sierica 9 UI/l (12/04/2026): dubbia, da ripetere (ciclo irregolare).
- Test {{HIV|HIV|u}} Ag/Ab di screening reattivo (12/04/2026), in attesa di conferma; nessun fattore di rischio riferito.
- {{Trapianto|TX|h}} di cellule staminali 2012: tipo (autologo/allogenico) da verificare con il centro di Napoli.
- {{Sospetta artrite psoriasica|AI|u}} (reumatologia 08/04/2026), pregresso "{{cortisone|SS|h}}" non specificato.
"""),
N("2026-04-21", "lab_report", """
Laboratorio Analisi - referto cumulativo, stampato 21/04/2026
Paziente: F. C.
Esame                          | 12/04/2026        | 21/04/2026          | Unità    | Riferimento
beta-hCG sierica               | 9                 | in corso            | UI/l     | < 5 (non gravida)
HIV Ag/Ab combo (screening)    | REATTIVO (S/CO 3,2)| -                  |          | non reattivo
HIV-1/2 immunoblot (conferma)  | -                 | inviato al lab. di riferimento, esito atteso in 5-7 giorni |  |
Creatinina                     | 0,71              | 0,69                | mg/dl    | 0,5-1,0
ALT                            | 18                | 21                  | U/l      | < 35
Emoglobina                     | 12,8              | 12,6                | g/dl     | 12-16
Nota: ripetizione beta-hCG prelevata 21/04/2026, esito disponibile il 23/04/2026.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PN11 - Leiden, 45 y male. Eligible. Papillary thyroid carcinoma with
# pathology dated 10-07-2020 (just over 5 y before as_of). Nivolumab in a
# study 2024: SD ~3 months then progression (not secondary resistance).
# Stale list shows dexamethasone; inhaled fluticasone; "OS" = left eye;
# "PD" = father's Parkinson's.
# ---------------------------------------------------------------------------
P("PN11", "2025-07-15", "eligible", "", [
N("2020-07-10", "pathology_report", """
Pathologie Leids Academisch Centrum - PA-verslag T20-11873, datum verslag 10-07-2020
Dhr. P. van D., geb. 22-09-1979
Materiaal: totale thyreoïdectomie (08-07-2020)
Conclusie: papillair schildkliercarcinoom, klassiek type, 14 mm, rechterkwab, pT1b, geen angio-invasie, snijvlakken vrij. Centrale klieren 0/4.
""", ann=False),
N("2023-11-02", "discharge_letter", """
Leids Academisch Centrum - Medische Oncologie
Ontslagbrief 02-11-2023
Dhr. P. van D., {{44 jaar|AGE}}

Diagnose: {{conventioneel osteosarcoom|OST}} proximaal femur rechts, biopt 04-04-2023.
Behandeling (afgerond): {{neoadjuvante chemotherapie|ST|h}} met {{cisplatine|ST|h}}/{{doxorubicine|ST|h}} (2 kuren), resectie en megaprothese 07-2023, adjuvant {{cisplatine|ST|h}}/{{doxorubicine|ST|h}} en {{ifosfamide|ST|h}}; laatste kuur 26-10-2023.
Voorgeschiedenis: {{papillair schildkliercarcinoom|OM|h}} (thyreoïdectomie 07-2020), astma.

Medicatie bij ontslag:
| Middel                 | Dosering                    | Start   | Stop |
| {{levothyroxine|REPL}}          | 125 µg 1dd                  | 07-2020 |      |
| {{fluticason|LS}} inhalator    | 250 µg 2dd                  | 2015    |      |
| {{dexamethason|SS}}           | 4 mg 1dd dag 2-3 na kuur    | 05-2023 |      |
| ondansetron            | 8 mg zo nodig               | 05-2023 |      |
"""),
N("2024-08-20", "letter", """
Polikliniek Medische Oncologie - brief 20-08-2024
Dhr. P. van D., {{44 jaar|AGE}}
Sinds 04-2024 {{longmetastasen|LM}} (3 {{noduli|NOD}} rechter onder- en middenkwab). Behandeld binnen de {{DRUP-studie|INV}} met {{nivolumab|CPI}} (start 18-04-2024, laatste gift 01-08-2024).
Evaluatie: CT week 8 (13-06-2024): {{stabiele ziekte|RESP}}. CT week 14 (24-07-2024): {{progressie|RESP}} (groei van 2 {{haarden|NOD}} en 1 nieuwe {{nodus|NOD}}). De {{stabiele fase|RESP}} duurde dus korter dan 4 maanden (ongeveer 3 maanden).
Beleid: {{nivolumab|CPI}} gestaakt, {{studiedeelname|INV|h}} beëindigd. Verwijzing thoraxchirurgie voor {{metastasectomie|LRES}}.
{{WHO PS 1|ECOG}}.
"""),
N("2025-06-10", "radiology_report", """
CT thorax met contrast 10-06-2025
Klinische gegevens: osteosarcoom femur rechts, status na wigresecties rechts 09-2024, follow-up.
Vergelijking: 04-03-2025.
Bevindingen: postoperatieve veranderingen rechts (nietjesrijen rechter onderkwab en middenkwab) zonder aanwijzing voor recidief ter plaatse. Twee nieuwe solide noduli in de linker onderkwab, 8 en 5 mm, subpleuraal, scherp begrensd. Geen pleuravocht. Geen mediastinale of hilaire lymfadenopathie. Bovenbuik: geen bijzonderheden.
Conclusie: twee nieuwe noduli linker onderkwab, passend bij nieuwe metastasen. Bespreking in het MDO sarcomen geadviseerd.
""", ann=False),
N("2025-07-02", "tumor_board", """
MDO Sarcomen - 02-07-2025
Dhr. P. van D., {{45 jaar|AGE}}
{{Osteosarcoom|OST}} femur rechts (2023), status na {{chemotherapie|ST|h}} ({{cisplatine|ST|h}}/{{doxorubicine|ST|h}} + {{ifosfamide|ST|h}}) en eerdere {{wigresecties|LRES|h}} rechts (09-2024).
Nu opnieuw {{longmetastasen|LM}}: 2 {{noduli|NOD}} linker onderkwab (8 en 5 mm).
Eerder {{nivolumab|CPI|h}}: {{progressie|RESP|h}} na een korte {{stabiele ziekte|RESP|h}} van ongeveer 3 maanden.
Thoraxchirurg: {{resectabel|RES}} via {{VATS-wigresectie|LRES}}. {{Longfunctie|PF}} 26-06-2025: {{FEV1|PF}} 88 %, {{DLCO|PF}} 79 %, adequaat.
Overig: {{papillair schildkliercarcinoom|OM|h}} 2020 (PA 10-07-2020), zonder aanwijzing voor ziekte, op {{levothyroxine|REPL}}. Astma: {{fluticason|LS}} inhalator. {{Dexamethason|SS|h}} (anti-emeticum) sinds het einde van de {{chemo|ST|h}} in 2023 niet meer gebruikt.
Oogarts (staarcontrole): visus OD 1,0, {{OS|LOOK}} 0,8.
Familie: vader ziekte van Parkinson ({{PD|LOOK|f}}).
{{WHO PS 1|ECOG}}. {{HIV|HIV|n}}-test negatief (06-2025).
Conclusie: screening PROMIS.
"""),
])

# ---------------------------------------------------------------------------
# PN12 - Lisbon, 19 y female from Macau. Pregnant, biopsy result pending
# (histology unknown), chemo-naive, malignant effusion, Huaier daily, HIV
# screen reactive awaiting confirmation.
# ---------------------------------------------------------------------------
P("PN12", "2026-01-20", "excluded", "PREG=M IMM=M MPE=M PST=NM HIST=U HIV=U", [
N("2026-01-05", "admission_note", """
Hospital de Santa Engrácia (Lisboa) - Urgência / nota de admissão, 05/01/2026
Jovem de 19 anos, natural de Macau, a viver em Lisboa há 6 meses (estudante de arquitetura). Grávida de 12 semanas (G1P0), gravidez vigiada no centro de saúde, ecografia do 1.º trimestre marcada para a próxima semana.
Motivo de vinda: dor no joelho direito há 3 meses, inicialmente atribuída a entorse no ginásio, agravada nas últimas semanas, com tumefação e dor noturna; sem febre. Perda de 3 kg.
Exame objetivo: massa dura, dolorosa, na face medial da coxa distal direita, 8 x 6 cm, com aumento da temperatura local; mobilidade do joelho limitada (flexão 80°). Sem adenopatias palpáveis.
Exames: RX do fémur: lesão mista lítico-esclerótica da metáfise femoral distal direita com reação periosteal "em raios de sol" e triângulo de Codman. RX de tórax (com proteção abdominal): múltiplas opacidades nodulares bilaterais. Analiticamente: fosfatase alcalina 412 U/l, LDH 398 U/l, hemoglobina 11,2 g/dl.
Medicação habitual: ácido fólico 5 mg; grânulos de Huaier "para a imunidade" (trazidos de Macau pela mãe), 1 saqueta 3x/dia, toma diariamente há cerca de 2 meses.
Plano: internamento em Ortopedia Oncológica; TC torácica de baixa dose e RM do fémur sem gadolínio; biópsia guiada após discussão; consulta de Obstetrícia.
""", ann=False),
N("2026-01-09", "radiology_report", """
Imagiologia - TC torácica (baixa dose, com proteção abdominal) - 09/01/2026
Contexto: {{grávida|PREG}} de 13 semanas; lesão do fémur distal suspeita de {{osteossarcoma|OST|u}}.
Achados: múltiplos {{nódulos pulmonares|NOD}} bilaterais (cerca de 9), o maior com 16 mm no LID, todos periféricos. {{Derrame pleural|PE}} esquerdo de pequeno a moderado volume.
Conclusão: {{nódulos|NOD}} compatíveis com {{metástases pulmonares|LM}}.
"""),
N("2026-01-14", "pathology_report", """
Anatomia Patológica - 14/01/2026
1) Líquido pleural esquerdo (toracocentese de 12/01/2026): citologia positiva para células malignas (células pleomórficas, SATB2+). Conclusão: {{derrame pleural maligno|MPE}}.
2) Biópsia óssea do fémur distal direito (12/01/2026): material em descalcificação; resultado definitivo previsto para 23/01/2026. Impressão preliminar: neoplasia maligna de células fusiformes; o diagnóstico diferencial inclui {{osteossarcoma|OST|u}}.
"""),
N("2026-01-16", "obstetric_note", """
Consulta de Obstetrícia - 16/01/2026
Gestação evolutiva de 14 semanas, ecografia sem alterações. Serologias do 1.º trimestre: VIH 1/2 Ag/Ac reativo no rastreio (S/CO 2,1); teste confirmatório (imunoblot) pedido, resultado pendente. Sífilis, VHB e VHC negativos. Toxoplasmose imune.
Discussão com a doente sobre as implicações de quimioterapia na gravidez; deseja prosseguir a gestação.
""", ann=False),
N("2026-01-19", "tumor_board", """
Reunião Multidisciplinar de Sarcomas - 19/01/2026
Doente: A. L. W., {{data de nascimento: 03/09/2006|DOB}}, {{grávida|PREG}} de 14 semanas.
Problema: tumor do fémur distal direito com {{suspeita de osteossarcoma|OST|u}} (biópsia em processamento), múltiplas {{metástases pulmonares|LM}}, {{derrame pleural maligno|MPE}} esquerdo.
Tratamento prévio: nenhum; {{sem quimioterapia prévia|NAIVE}}.
Cirurgia torácica: {{nódulos|NOD}} periféricos, tecnicamente {{ressecáveis|RES}} por {{toracotomias sequenciais|LRES}}, sem indicação de momento.
{{Provas funcionais respiratórias|PF}} normais, sem contraindicação para cirurgia torácica.
{{ECOG 1|ECOG}}.
Outros: {{VIH|HIV|u}} com rastreio reativo, confirmação pendente. Toma {{grânulos de Huaier|IMM}} diariamente (recomendado suspender).
Plano: após confirmação histológica iniciar {{quimioterapia|ST|y}} tipo {{MAP|ST|y}} adaptada à {{gravidez|PREG}} (sem {{metotrexato|ST|y}} durante a {{gestação|PREG}}). Não elegível para PROMIS: {{sem tratamento sistémico prévio|NAIVE}}, {{gravidez|PREG}}, {{derrame pleural maligno|MPE}}.
"""),
])
# ---------------------------------------------------------------------------
# PN13 - Graz, 24 y female. "Small-cell osteosarcoma" corrected by addendum
# to Ewing sarcoma. Allogeneic SCT (brother donor), MMR re-vaccination 25 d
# before as_of, breastfeeding, central nodule needing pneumonectomy, BOS
# (persisting transplant complication, FEV1 32 %), KPS 50.
# ---------------------------------------------------------------------------
P("PN13", "2026-06-30", "excluded",
  "HIST=NM TX=M VAC=M PREG=M RES=NM PS=NM PFT=NM TOX=M", [
N("2023-03-10", "discharge_letter", """
LKH-Universitätsklinikum Murtal - Klinische Abteilung für Onkologie
Arztbrief vom 10.03.2023
Patientin: S. H., {{Geb.: 21.11.2001|DOB}}

Diagnose: {{kleinzelliges Osteosarkom|OST}} des Os ilium links, Biopsie 02.03.2023 (vorläufiger Befund), Lunge: CT ohne {{Metastasen|MET|n}}.
Geplant: {{neoadjuvante Chemotherapie|ST|y}} nach Tumorboard-Beschluss; Referenzpathologie (Wien) angefordert.
Fertilitätsprotektion: Oozytenkryokonservierung am 08.03.2023 erfolgt.
"""),
N("2023-03-24", "addendum", """
{{ADDENDUM|CORR}} / {{KORREKTUR|CORR}} zum Arztbrief vom 10.03.2023 - verfasst am 24.03.2023
Die im Arztbrief genannte Diagnose eines kleinzelligen {{Osteosarkoms|OST|n}} ist {{nicht zutreffend|CORR}}.
Referenzpathologie (Biopsie 02.03.2023): Tumor aus kleinen blauen Rundzellen, CD99 membranös stark positiv, NKX2.2 positiv, kein Tumorosteoid nachweisbar; FISH mit EWSR1-Bruch, RT-PCR: EWSR1::FLI1-Fusion.
Korrekte Diagnose: {{Ewing-Sarkom|OSA}} des Os ilium links, lokalisiert.
Die Therapie wird nach dem entsprechenden Protokoll ({{VIDE|ST|y}}) eingeleitet.
"""),
N("2024-01-20", "transplant_report", """
Stammzelltransplantation - Zwischenbericht vom 20.01.2024
Pat. S. H., 22 J. Ewing-Sarkom Os ilium li., Hochrisiko (schlechtes histologisches Ansprechen nach 6x VIDE, Resektion 08/2023, 35 % vitale Tumorzellen). Die Transplantation erfolgte im Rahmen einer individuellen Therapieentscheidung des Tumorboards nach ausführlicher Aufklärung.
Allogene Stammzelltransplantation am 12.10.2023 von HLA-identem Bruder (peripheres Blut, CD34+ 6,1 x 10^6/kg). Konditionierung Treosulfan/Fludarabin. GvHD-Prophylaxe Ciclosporin + Kurzzeit-MTX (Tag +1, +3, +6). Engraftment der Neutrophilen an Tag +16, der Thrombozyten an Tag +21.
Komplikationen: CMV-Reaktivierung Tag +34, präemptiv mit Letermovir/Valganciclovir behandelt, seit Tag +60 negativ. Akute Haut-GvHD Grad I an Tag +28, ausschließlich topisch behandelt (Mometason-Creme), abgeheilt. Keine Leber- oder Darmbeteiligung.
Chimärismus Tag +100: 100 % Spender in peripherem Blut und CD3+-Fraktion.
Aktuelle Medikation: Ciclosporin (Talspiegel 120 ng/ml), Ausschleichen bis 03/2024 geplant; Cotrimoxazol, Aciclovir, Letermovir bis Tag +100 (beendet).
Re-Vakzinierung: Totimpfstoffe ab Monat 6 nach Schema; Lebendimpfstoffe frühestens 24 Monate nach SZT und nur ohne Immunsuppression und ohne aktive GvHD.
Nebenbefund: sensible Neuropathie der Füße nach Vincristin, keine Einschränkung der Gehstrecke.
Nächste Kontrolle: Transplantationsambulanz in 4 Wochen, Lungenfunktion alle 3 Monate (Screening auf Bronchiolitis obliterans).
""", ann=False),
N("2026-05-28", "radiology_report", """
Radiologie / Pneumologie - 28.05.2026
CT Thorax: multiple {{Lungenmetastasen|LM}} beidseits (7 {{Herde|NOD}}), der größte 34 mm zentral im rechten Hilus, dem {{rechten Hauptbronchus|CEN}} und der {{rechten Pulmonalarterie|CEN}} unmittelbar anliegend. Mosaikperfusion und Bronchialwandverdickungen bei bekannter {{Bronchiolitis obliterans|TOX}}. Kein {{Pleuraerguss|PE|n}}.
{{Lungenfunktion|PF}}: {{FEV1|PF}} 1,02 l (32 % Soll), {{FEV1/FVC|PF}} 0,52, {{DLCO|PF}} 41 % Soll. Schwere obstruktive Ventilationsstörung ({{BOS|TOX}} nach {{allogener SZT|TX|h}}); keine ausreichende {{Reserve|PF}} für Thoraxchirurgie.
"""),
N("2026-06-15", "tumor_board", """
Interdisziplinäres Tumorboard Sarkome - 15.06.2026
Pat. S. H., {{24 J.|AGE}}
Diagnose: {{Ewing-Sarkom|OSA}} Os ilium li. (ED 03/2023; die initiale Diagnose {{Osteosarkom|OST|n}} wurde {{per Addendum korrigiert|CORR}}), Z.n. {{VIDE|ST|h}} und Resektion, Z.n. {{allogener Stammzelltransplantation|TX|h}} 10/2023 (Spender: Bruder).
Aktuell: {{pulmonale Metastasen|LM}} beidseits; die zentrale {{Läsion|NOD}} rechts wäre nur durch {{Pneumonektomie|PNX}} zu entfernen, daher {{nicht resektabel|UNRES}}. {{Lungenfunktion|PF}} unzureichend ({{FEV1|PF}} 32 %).
{{KPS 50|KPS}}. Entbindung 02/2026 ({{Schwangerschaft|PREG|h}} nach Kryo-Oozyten), {{stillt|LAC}} voll.
Nebenwirkungen: {{Neuropathie|TOX}} der Füße nach {{Vincristin|ST|h}}, Grad nicht dokumentiert.
{{MMR-Impfung|LV}} im Rahmen der Re-Vakzinierung nach {{SZT|TX|h}} am 5. Juni 2026.
{{Ciclosporin|IS|h}} seit 03/2024 beendet, aktuell keine {{Immunsuppression|IS|n}}.
Persistierende {{Bronchiolitis obliterans|TOX}} (chronische Lungen-GvHD) als Folge der {{SZT|TX|h}}, {{FEV1|PF}} 32 %.
Beschluss: keine Indikation für PROMIS (Histologie {{Ewing|OSA}}). Palliativ: {{Irinotecan/Temozolomid|ST|y}} nach dem Abstillen besprochen.
"""),
])

# ---------------------------------------------------------------------------
# PN14 - Rotterdam, male, no age or date of birth anywhere (age and PS
# unknown). Suspected Crohn's with budesonide of unknown route; rituximab
# reaction without grade (ITP 2019, outside 2 y).
# ---------------------------------------------------------------------------
P("PN14", "2025-12-03", "needs_review", "AI=U STER=U MAB=U AGE=U PS=U", [
N("2024-05-14", "discharge_letter", """
Maasstad Academisch - Orthopedische Oncologie
Ontslagbrief 14-05-2024
Dhr. B. K.

Diagnose: {{hooggradig oppervlakte-osteosarcoom|OST}} distale femur links (biopt 12-01-2024).
Behandeling: {{MAP|ST}} neoadjuvant (2 kuren, 01-03/2024), resectie met {{allograft-reconstructie|LOOK}} 04-2024; adjuvante {{MAP|ST|y}} gepland vanaf 05-2024.
Voorgeschiedenis: {{immuuntrombocytopenie|AI|h}} ({{ITP|AI|h}}) 2019, behandeld met {{rituximab|MAB|h}}; bij de tweede gift {{allergische reactie|ALL|h}} (ernst niet vastgelegd), sindsdien stabiel zonder behandeling.
"""),
N("2024-10-02", "letter", """
Polikliniek Oncologie - brief 02-10-2024
Dhr. B. K.
Adjuvante MAP afgerond op 24-09-2024 (in totaal 6 kuren, 2 neoadjuvant en 4 adjuvant). Tolerantie redelijk: passagere transaminasestijging (graad 2) rond de methotrexaatkuren, volledig hersteld; één opname met neutropene koorts in 07-2024. Audiogram ongewijzigd ten opzichte van baseline. Echo hart: LVEF 58 %, normaal.
Revalidatie: loopt met één kruk, fysiotherapie 2x per week.
Follow-up: CT thorax elke 3 maanden gedurende 2 jaar, MRI femur elk half jaar, audiogram en echo hart jaarlijks.
""", ann=False),
N("2025-10-22", "radiology_report", """
Radiologie - CT thorax 22-10-2025
Vraagstelling: follow-up {{osteosarcoom|OST}}.
Bevindingen: 2 nieuwe {{noduli|NOD}} in de rechter bovenkwab (9 en 6 mm), subpleuraal. Geen {{pleuravocht|PE|n}}. Geen lymfadenopathie.
Conclusie: {{longmetastasen|LM}} rechter bovenkwab.
"""),
N("2025-11-19", "tumor_board", """
MDO Sarcomen - 19-11-2025
Dhr. B. K.
{{Osteosarcoom|OST}} femur links, status na {{MAP|ST|h}} (afgerond 09-2024). Nu 2 {{longmetastasen|LM}} rechter bovenkwab.
Thoraxchirurgie: {{resectabel|RES}} met {{VATS-wigresectie|LRES}}. {{Longfunctie|PF}} 12-11-2025 adequaat ({{FEV1|PF}} 92 %, {{DLCO|PF}} 85 %).
{{WHO PS 1|ECOG}}.
Aandachtspunten voor PROMIS:
- {{Verdenking ziekte van Crohn|AI|u}} (ileoscopie 10-2025, PA nog niet bekend); de MDL-arts elders startte een proefbehandeling met {{budesonide|SS}}, toedieningsvorm niet vermeld. Opvragen bij de MDL-arts in Dordrecht.
- Eerdere {{allergische reactie|ALL|h}} op {{rituximab|MAB|h}} (2019): graad onbekend.
- Geboortedatum ontbreekt in de verwijzing; patiënt nog niet volledig in ons systeem geregistreerd.
"""),
N("2025-12-01", "medication_list", """
Medicatieoverzicht openbare apotheek - afgedrukt 01-12-2025
Dhr. B. K.
Geneesmiddel              | Dosering               | Startdatum  | Einddatum | Voorschrijver
Budesonide                | volgens schema MDL     | 14-10-2025  | -         | MDL-arts
Omeprazol 20 mg           | 1 dd 1                 | 2023        | -         | huisarts
Colecalciferol 25.000 IE  | 1x per maand           | 2023        | -         | huisarts
Paracetamol 500 mg        | zo nodig max 6 dd      | 2024        | -         | huisarts
""", ann=False),
])

# ---------------------------------------------------------------------------
# PN15 - Gothenburg, 22 y female. Eligible. Nivolumab in a study 2025 with
# iUPD at week 8 confirmed as iCPD (primary resistance); grade 1 infusion
# reaction; PD-L1 staining look-alike.
# ---------------------------------------------------------------------------
P("PN15", "2026-10-08", "eligible", "", [
N("2023-05-30", "pathology_report", """
Klinisk patologi, Västra Sjukhuset - Svar 2023-05-30
Patient: E. L., f. 2004-01-17
Material: mellannålsbiopsi vänster distala femur (2023-05-22)
PAD: telangiektatiskt osteosarkom, höggradigt. Blodfyllda cystiska rum med atypiska celler och fokalt tumörosteoid. SATB2 positiv.
""", ann=False),
N("2024-03-15", "registry_abstract", """
Skandinaviskt sarkomregister - rapporterade data (utdrag), 2024-03-15
Patient-ID SSG-2023-0417, kvinna, född 2004.
Diagnos: osteosarkom, telangiektatiskt, femur vä, lokaliserat (2023-05-22).
Kemoterapi: MAP, påbörjad 2023-06-05, avslutad 2024-03-04. Kirurgi: resektion + protes 2023-09-18, god respons (< 10 % viabla tumörceller).
Status vid rapportering: ingen känd sjukdom.
""", ann=False),
N("2025-06-25", "trial_summary", """
Västra Sjukhuset - Fas I/II-enheten
Sammanfattning av {{studiedeltagande|INV|h}} - 2025-06-25
Patient: E. L., {{21 år|AGE}}

Diagnos: {{telangiektatiskt osteosarkom|OST}} vänster femur (2023), {{lungmetastaser|LM}} sedan 12-2024.
Behandling inom {{klinisk prövning|INV}} (fas II, NORSARC-24): {{nivolumab|CPI}} 480 mg var 4:e vecka, start 2025-02-03, sista dos 2025-04-28.
Utvärdering enligt iRECIST: vecka 8 (2025-03-31) {{iUPD|RESP}}, {{målläsionerna|NOD}} +38 %; vecka 12 (2025-04-28) {{iCPD|RESP}} bekräftad. Bästa respons: {{progressiv sjukdom|RESP}} (primär resistens).
Biverkningar: {{infusionsreaktion|ALL}} grad 1 (frossa) vid första infusionen, därefter inga.
{{PD-L1-infärgning|LOOK}} (22C3) på arkivmaterial: negativ.
Avslut: {{studiebehandling|INV|h}} avslutad 2025-05-12 på grund av {{progress|RESP}}.
"""),
N("2026-08-20", "radiology_report", """
DT thorax med kontrast 2026-08-20
Frågeställning: osteosarkom vänster femur, tidigare lungmetastaser, uppföljning.
Jämfört med 2026-05-14: två nya solida noduler i vänster underlob, 7 respektive 11 mm, perifert belägna, den större med lätt lobulerad kontur. Postoperativa förändringar höger sida efter kilresektion 06-2025, utan tecken på lokalt återfall i resektionsområdet. Ingen pleuravätska. Inga förstorade lymfkörtlar i mediastinum eller hili. Skelettet i undersökt område utan destruktioner.
Bedömning: nytillkomna lungmetastaser vänster underlob. Diskuteras på sarkomkonferens.
""", ann=False),
N("2026-09-23", "tumor_board", """
Multidisciplinär sarkomkonferens - 2026-09-23
E. L., {{22 år|AGE}}.
{{Osteosarkom|OST}} (telangiektatiskt) vänster femur 2023; tidigare {{MAP|ST|h}} (avslutad 03-2024), därefter {{nivolumab|CPI|h}} i {{studie|INV|h}} feb-apr 2025 med {{progress|RESP|h}} redan vid första utvärderingen (primär resistens), {{metastasektomi|LRES|h}} höger 06-2025.
Nu: 2 nya {{lungmetastaser|LM}} i vänster underlob (7 och 11 mm).
Thoraxkirurg: {{resektabla|RES}} med {{kilresektion|LRES}}. {{Spirometri|PF}} 2026-09-15 normal, godkänd för thoraxkirurgi.
{{ECOG 1|ECOG}}. {{Graviditetstest|HCG|n}} negativt 2026-09-15. Ingen kvarstående {{toxicitet|TOX|n}}.
Förslag: screening för PROMIS.
"""),
])

# ---------------------------------------------------------------------------
# PN16 - Oslo, 52 y male. Nivolumab+ipilimumab in a study: grade 3
# anaphylaxis to ipilimumab, partial response ~7 months then progression.
# HIV on ART, psoriasis on ciclosporin since March, yellow fever vaccine
# exactly 30 days before as_of, suspected melanoma pending, PFT not done.
# ---------------------------------------------------------------------------
P("PN16", "2026-09-15", "excluded",
  "CPI=M MAB=M AI=M VAC=M STER=M HIV=M PFT=U OM=U", [
N("2022-03-10", "registry_abstract", """
Kreftregisteret - klinisk melding (sammendrag), mottatt 10.03.2022
Pasient: mann, født 1974. Diagnose: osteosarkom, kondroblastisk, høyre proksimale humerus, biopsi 14.02.2022. Stadium: lokalisert.
Planlagt behandling: MAP-kjemoterapi og kirurgi.
Komorbiditet oppgitt av melder: HIV-infeksjon (2010, ART), psoriasis.
""", ann=False),
N("2024-05-02", "trial_summary", """
Oslo Sarkomsenter - Fase I/II-enheten
Epikrise etter {{studiedeltakelse|INV|h}} - 02.05.2024
Pasient: T. B., {{50 år|AGE}}
Diagnose: {{osteosarkom|OST}} høyre humerus (2022) med {{lungemetastaser|LM}} fra 05/2023.
Behandling i {{fase II-studie|INV}}, start 12.06.2023: {{nivolumab|CPI}} + {{ipilimumab|CPI}}.
- Syklus 2 (03.07.2023): {{anafylaksi|ALL}} grad 3 under {{ipilimumab|CPI}}-infusjonen (hypotensjon, bronkospasme, adrenalin i.m.). {{Ipilimumab|CPI}}, et {{monoklonalt antistoff|MAB}}, seponert permanent; videre {{nivolumab|CPI}} monoterapi.
- CT 09/2023: {{partiell respons|RESP}} (-42 %). {{PR|RESP}} vedvarte ved CT 12/2023 og 02/2024.
- CT 18.04.2024: {{progresjon|RESP}} med nye {{lungelesjoner|NOD}} og vekst. {{Studiebehandlingen|INV|h}} avsluttet 30.04.2024.
Varighet av {{PR|RESP}}: ca. 7 måneder.
"""),
N("2026-08-16", "vaccination_record", """
Vaksinasjonskontoret Oslo sentrum - journalnotat 16.08.2026
Reisevaksinasjon før reise til Ghana (avreise 01.09.2026).
Gitt i dag: gulfebervaksine (Stamaril, levende svekket), 0,5 ml s.c. venstre overarm. Hepatitt A-vaksine (inaktivert) dose 1.
Pasienten oppga ingen immunsuppressiv behandling ved utfylling av egenerklæringen. Internasjonalt vaksinasjonssertifikat utstedt.
""", ann=False),
N("2026-09-01", "consult_note", """
Hudpoliklinikken - notat 01.09.2026
Kontroll psoriasis. Psoriasis vulgaris siden 1995 med psoriasisartritt i hender; metotreksat 15 mg/uke 2019-02/2026, seponert pga. transaminasestigning (ALAT 3 x øvre normalgrense). Ciklosporin 150 mg x 2 siden mars 2026, god effekt (PASI 3, tidligere 14). Blodtrykk 134/82, kreatinin 88 µmol/l, stabilt.
Pigmentert lesjon på ryggen (7 mm, asymmetrisk, flerfarget) eksidert 25.08.2026 med 2 mm margin - klinisk mistanke om melanom; histologi venter. Pasienten informert.
Plan: fortsette ciklosporin inntil videre, kontroll av blodprøver om 4 uker, ny time når histologisvar foreligger.
""", ann=False),
N("2026-09-10", "tumor_board", """
Tverrfaglig sarkommøte - 10.09.2026
T. B., {{52 år|AGE}}. {{Osteosarkom|OST}} høyre humerus 2022. Tidligere {{MAP|ST|h}}, tidligere {{nivolumab|CPI|h}}/{{ipilimumab|CPI|h}} i {{studie|INV|h}} med {{partiell respons|RESP|h}} i ca. 7 mnd, deretter {{progresjon|RESP|h}} 04/2024; {{metastasektomi|LRES|h}} 06/2024.
Nå: 3 nye {{lungemetastaser|LM}} (ve. UL 12 mm, hø. ML 8 mm, hø. UL 6 mm), {{resektable|RES}} med {{kilereseksjoner|LRES}} i to seanser. {{Lungefunksjon|PF}} er ikke undersøkt ennå.
Komorbiditet: {{HIV|HIV}} på {{ART|HIV}}, ikke påvisbar virusmengde. {{Psoriasis|AI}} på {{ciklosporin|IS}} 150 mg x 2 (pågående). {{Gulfebervaksine|LV}} gitt 16.08.2026. Hudlesjon på ryggen, {{mistenkt melanom|OM|u}}, histologi venter. Tidligere {{anafylaksi|ALL|h}} grad 3 mot {{ipilimumab|CPI|h}} (2023).
{{ECOG 1|ECOG}}.
Konklusjon: ikke aktuell for PROMIS: tidligere {{PD-1-hemmer|CPI|h}} med sekundær resistens, pågående {{ciklosporin|IS}}, nylig {{levende vaksine|LV}}.
"""),
])

# ---------------------------------------------------------------------------
# PN17 - Bergen, 60 y female moved from Poland. Histology (OS vs UPS)
# pending, indeterminate 3-4 mm nodules, equivocal MRI at resection bed,
# prior systemic therapy unknown.
# ---------------------------------------------------------------------------
P("PN17", "2025-08-25", "needs_review", "HIST=U PMET=U RES=U LR=U PST=U", [
N("2025-07-10", "referral_letter", """
Henvisning fra fastlege - mottatt 10.07.2025
Kvinne, 60 år, flyttet fra Gdańsk i juni 2025 for å bo nær datteren. Ifølge medbrakt polsk epikrise (delvis oversatt av datteren): "mięsak wysokiego stopnia" (høygradig sarkom) i venstre distale femur, operert med tumorprotese i Gdańsk 11/2024. Histologi i epikrisen: "osteosarcoma vs UPS", uten endelig konklusjon. Ingen opplysninger om kjemoterapi i de medbrakte papirene; hun mener selv at hun fikk "drypp" noen uker før operasjonen. Journal etterspurt fra sykehuset i Gdańsk 01.07.2025.
Nåværende plager: lett hevelse medialt i venstre kne siste 6 uker, ingen nattlige smerter. Går uten hjelpemidler, arbeider deltid som regnskapsfører.
Tidligere sykdommer: hypertensjon, hypotyreose (levotyroksin 75 µg). Ingen kjent allergi.
Faste medisiner: levotyroksin 75 µg x 1, amlodipin 5 mg x 1.
Henvises til sarkomsenteret for videre oppfølging og vurdering. Tolk (polsk) nødvendig ved konsultasjoner.
Med vennlig hilsen, fastlege K. Haugland
""", ann=False),
N("2025-07-30", "radiology_report", """
Radiologisk avdeling, Fjordsykehuset - 30.07.2025
MR venstre lår: postoperative forandringer distalt i femur med tumorprotese. Medialt i operasjonsområdet 12 mm kontrastoppladende område; kan representere arrvev, men {{lokalt residiv|LR|u}} kan ikke utelukkes. Anbefaler kontroll om 3 måneder eller biopsi.
CT thorax: 3 små {{noduli|NOD}} (3-4 mm) i høyre underlapp, uspesifikke; {{metastaser|MET|u}} kan ikke utelukkes. Ingen {{pleuravæske|PE|n}}.
"""),
N("2025-08-12", "pathology_report", """
Avdeling for patologi - foreløpig revisjonssvar 12.08.2025
Revisjon av polske snitt (operasjonspreparat 11/2024): høygradig pleomorft sarkom; fokale områder med eosinofil matriks, osteoid vs hyalinisert kollagen. Foreløpig ikke mulig å skille osteosarkom fra udifferensiert pleomorft sarkom. Tilleggsundersøkelser (SATB2, MDM2-FISH) pågår; svar ventes i september.
""", ann=False),
N("2025-08-20", "progress_note", """
Onkologisk poliklinikk - 20.08.2025
Kvinne, {{60 år|AGE}}. Sarkom i venstre distale femur, {{mulig osteosarkom|OST|u}} (revisjon pågår).
Tidligere {{systemisk behandling|ST|u}}: ukjent; polsk journal etterspurt (pasienten beskriver "drypp" før operasjonen, men vet ikke hvilke medikamenter).
Lunger: 3 {{noduli|NOD}} på 4 mm eller mindre, uavklart betydning. Kontroll-CT 10/2025.
{{ECOG 1|ECOG}}. {{Spirometri|PF}}: normal, operabel fra lungefunksjonssynspunkt.
Konklusjon: screening for PROMIS kan ikke fullføres før histologi, lungefunn og forbehandling er avklart.
"""),
])

# ---------------------------------------------------------------------------
# PN18 - Porto, 58 y male. Eligible. Autologous stem-cell rescue, type 1
# diabetes on insulin, thymalfasin last dose 15 d before as_of, Shingrix,
# stale list with prednisolone (stopped 11/2025), borderline PFT in January
# reversed by repeat PFT in March.
# ---------------------------------------------------------------------------
P("PN18", "2026-03-31", "eligible", "", [
N("2023-04-20", "discharge_letter", """
Centro Hospitalar do Douro Litoral - Oncologia Médica
Nota de alta - 20/04/2023
Doente: J. M. S., {{55 anos|AGE}}

Diagnóstico: {{osteossarcoma|OST}} de alto grau do fémur proximal esquerdo (biópsia 09/06/2022).
Tratamento: {{quimioterapia|ST}} com {{doxorrubicina|ST}}/{{cisplatina|ST}} x3, cirurgia a 06/10/2022, e consolidação com {{ifosfamida|ST}}/{{etoposido|ST}} em alta dose com {{resgate autólogo de células estaminais|TX}} (03/2023; colheita prévia em 12/2022). Alta após recuperação hematológica.
Comorbilidades: {{diabetes mellitus tipo 1|AI}} desde 1986, sob {{insulina|REPL}} glargina + aspart.
Sem {{alergias|ALL|n}} conhecidas.
"""),
N("2025-11-05", "medication_list", """
Lista de medicação - Unidade de Saúde Familiar de Matosinhos - impressa a 05/11/2025
Utente: J. M. S.
Medicamento                              | Posologia                 | Início     | Fim
Insulina glargina 100 U/ml               | 22 U ao deitar            | 1986       | -
Insulina aspart                          | conforme glicemia         | 1986       | -
Prednisolona 20 mg                       | 1 id, em desmame          | 28/10/2025 | -
Salbutamol inalador                      | SOS                       | 2019       | -
Timalfasina (Zadaxin) 1,6 mg s.c.        | 2x/semana                 | 09/2025    | -
Observações: prednisolona por exacerbação de asma; timalfasina prescrita em Macau (importação pessoal).
""", ann=False),
N("2026-01-14", "consult_note", """
Consulta de Pneumologia - 14/01/2026
Asma com exacerbação em outubro: prednisolona terminada a 18/11/2025 (desmame completo), sem corticoide oral desde então. Agora budesonida/formoterol inalado 2x/dia.
Provas funcionais: FEV1 72 %, DLCO 69 % - reserva limítrofe para cirurgia torácica; repetir após otimização da terapêutica inalada.
""", ann=False),
N("2026-02-18", "radiology_report", """
Imagiologia - TC torácica com contraste, 18/02/2026
Antecedente de {{osteossarcoma|OST}} do fémur esquerdo.
Dois {{nódulos|NOD}} novos: lobo superior esquerdo 9 mm e lobo inferior esquerdo 6 mm, periféricos, um deles com calcificação. Sem {{derrame pleural|PE|n}}. Sem adenopatias.
Conclusão: {{nódulos|NOD}} compatíveis com {{metástases pulmonares|LM}}.
"""),
N("2026-03-20", "tumor_board", """
Reunião Multidisciplinar de Sarcomas - 20/03/2026
J. M. S., {{58 anos|AGE}}
{{Osteossarcoma|OST}} do fémur esquerdo (2022); tratamento prévio: {{doxorrubicina|ST|h}}/{{cisplatina|ST|h}} e {{ifosfamida|ST|h}}/{{etoposido|ST|h}} em alta dose com {{transplante autólogo|TX|h}}.
Agora: 2 {{metástases pulmonares|LM}} (LSE 9 mm, LIE 6 mm), periféricas, {{ressecáveis|RES}} por {{ressecção em cunha VATS|LRES}}.
{{Provas funcionais respiratórias|PF}} repetidas a 10/03/2026 após otimização da asma: {{FEV1|PF}} 86 %, {{DLCO|PF}} 80 %, adequadas; a {{reserva|PF}} limítrofe de janeiro já não se verifica.
{{ECOG 1|ECOG}}.
Medicação atual: {{insulina|REPL}}; {{budesonida/formoterol|LS}} inalado. {{Prednisolona|SS|h}} terminada em 11/2025. {{Timalfasina|IMM|h}} ({{Zadaxin|IMM|h}}) suspensa, última administração a 16/03/2026. Vacina {{Shingrix|NLV}} (recombinante) a 10/03/2026.
{{VIH|HIV|n}} negativo (02/2026).
Proposta: screening PROMIS; em alternativa {{ressecção em cunha|LRES}}.
"""),
])
# ---------------------------------------------------------------------------
# PN19 - Rome, 9 y boy. Allogeneic HSCT 2019 (sister donor) for aplastic
# anaemia; local recurrence without lung metastases; grade 2 permanent
# hearing loss; MMR booster 14 d before as_of; Lansky 50; steroid course of
# unknown route last week.
# ---------------------------------------------------------------------------
P("PN19", "2026-05-20", "excluded",
  "AGE=NM PS=NM PMET=NM VAC=M TOX=M LR=M TX=M RES=U STER=U", [
N("2019-12-02", "transplant_report", """
Ospedale Pediatrico del Gianicolo - Unità Trapianti
Relazione di dimissione - 02/12/2019
Paziente: M. D., nato il 02/10/2016 (3 anni)
Diagnosi: aplasia midollare severa idiopatica.
Procedura: trapianto allogenico di cellule staminali emopoietiche da midollo osseo, donatrice sorella HLA-identica, 14/11/2019. Condizionamento fludarabina/ciclofosfamide/ATG. Profilassi GvHD con ciclosporina.
Attecchimento neutrofilo giorno +19. Nessuna GvHD acuta.
""", ann=False),
N("2025-09-30", "discharge_letter", """
Ospedale Pediatrico del Gianicolo - Oncoematologia
Lettera di dimissione - 30/09/2025
Paziente: M. D., {{nato il 02/10/2016|DOB}}, {{8 anni|AGE}}

Diagnosi: {{osteosarcoma osteoblastico|OST}} della tibia prossimale sinistra (biopsia 21/01/2025); nessuna {{metastasi|MET|n}} alla stadiazione.
Anamnesi remota: aplasia midollare severa, {{trapianto allogenico di cellule staminali emopoietiche|TX|h}} (donatrice: sorella) nel 11/2019; nessuna GvHD attiva, fuori {{immunosoppressione|IS|n}} dal 2021.
Terapia: {{MAP|ST|h}} completato il 26/09/2025 (resezione e protesi espandibile 05/2025).
Tossicità: {{ipoacusia|TOX}} neurosensoriale bilaterale da {{cisplatino|ST|h}}, grado 2 (Chang 2b), permanente; protesi acustiche prescritte.
"""),
N("2026-04-20", "radiology_report", """
Radiologia pediatrica - 20/04/2026
RM gamba sinistra: nel letto chirurgico tibiale prossimale massa solida di 18 mm con enhancement e restrizione della diffusione, adiacente alla protesi; altamente sospetta per {{recidiva locale|LR|u}}. Si consiglia biopsia.
TC torace: nessun {{nodulo polmonare|NOD|n}}; nessuna {{metastasi polmonare|LM|n}}. Nessun {{versamento pleurico|PE|n}}.
"""),
N("2026-05-05", "pathology_report", """
Anatomia Patologica - referto del 05/05/2026
Biopsia della massa del letto chirurgico tibiale sinistro (28/04/2026): localizzazione di osteosarcoma osteoblastico ad alto grado, morfologicamente sovrapponibile al tumore primitivo del 2025. Conclusione: recidiva locale di osteosarcoma.
""", ann=False),
N("2026-05-19", "progress_note", """
Oncoematologia pediatrica - visita del 19/05/2026
M. D., {{9 anni|AGE}}.
{{Recidiva locale|LR}} di {{osteosarcoma|OST}} tibia sinistra, confermata istologicamente (28/04/2026), non ancora operata. TC torace 04/2026 senza {{metastasi polmonari|LM|n}}. {{Spirometria|PF}} (15/05/2026) adeguata per età.
Condizioni: dolore, deambula con le stampelle, gioca pochissimo, riposa molto durante il giorno: {{Lansky 50|LANSKY}}.
Vaccinazioni: richiamo {{MPR|LV}} (morbillo-parotite-rosolia) eseguito il 6 mag 2026 nel programma di rivaccinazione post-{{trapianto|TX|h}}.
Dal 16/05/2026 è in corso una {{terapia cortisonica|SS}} per broncospasmo prescritta dal pediatra di famiglia: farmaco e via di somministrazione non noti, i genitori non ricordano.
{{Ipoacusia|TOX}} grado 2 invariata, usa le protesi acustiche.
Piano: discussione al GOM (amputazione vs re-resezione). Non candidabile a PROMIS ({{età 9 anni|AGE}}, {{recidiva locale|LR}}, assenza di {{metastasi polmonari|LM|n}}).
"""),
])

# ---------------------------------------------------------------------------
# PN20 - Coimbra, 13 y boy from Brazil. Indeterminate micronodules; hearing
# loss of unknown grade; second line "possibly gemcitabine"; oral drug until 02/11/2025 that the family
# calls a study drug and the Brazilian oncologist calls off-label apatinib.
# ---------------------------------------------------------------------------
P("PN20", "2025-11-28", "needs_review", "PMET=U RES=U GEM=U INV=U TOX=U", [
N("2025-11-10", "consult_note", """
Hospital Pediátrico do Mondego - Oncologia Pediátrica
Primeira consulta - 10/11/2025
Criança: P. H. S., {{13 anos|AGE}}, sexo masculino, natural de Campinas (Brasil), em Portugal desde 02/11/2025.

História: {{osteossarcoma|OST}} do úmero direito diagnosticado em 03/2023 em São Paulo (relatório anatomopatológico trazido pela família, confirmado pela nossa revisão). {{Quimioterapia|ST|h}} prévia com {{MAP|ST|h}} (2023) e cirurgia em 07/2023. Em 2024, segunda linha "com {{gencitabina|GEM|uh}} e {{docetaxel|ST|uh}}?", segundo a mãe; relatório em falta.
Segundo a família, participou num {{ensaio clínico|INV|u}} em São Paulo e tomou um "{{medicamento do estudo|INV|u}}" em comprimidos até ao dia da viagem (02/11/2025); não trazem documentação nem o nome do fármaco.
Audição: a mãe refere {{hipoacusia|TOX}} bilateral desde a {{cisplatina|ST|h}}; grau não documentado, audiograma pedido.
Exame: bom estado geral, {{Lansky 80|LANSKY}}.
Plano: TC de tórax, {{espirometria|PF|y}}, pedido do processo clínico ao Brasil.
"""),
N("2025-11-18", "radiology_report", """
TC de tórax com contraste - 18/11/2025
Informação clínica: osteossarcoma do úmero direito tratado no Brasil, chegada recente a Portugal; sem exames prévios disponíveis para comparação.
Achados: micronódulos pulmonares de 2 a 3 mm (4, bilaterais: LSD, LM, LSE e LIE), sólidos, inespecíficos, sem calcificação. Alterações pós-cirúrgicas no ombro direito com prótese. Sem derrame pleural. Sem adenopatias mediastínicas ou hilares. Sem lesões ósseas líticas no esqueleto torácico.
Conclusão: micronódulos indeterminados, sem critérios para os caracterizar; sugere-se controlo em 6-8 semanas e obtenção de exames prévios do Brasil para comparação.
""", ann=False),
N("2025-11-21", "progress_note", """
Nota clínica - 21/11/2025
{{Espirometria|PF}} (20/11/2025): FVC 94 %, {{FEV1|PF}} 92 % do previsto, normal; {{função respiratória|PF}} adequada para eventual cirurgia torácica.
Resposta por email do oncologista de São Paulo: refere que o doente esteve sob {{apatinibe|ST}} off-label, fornecido pelo hospital, e não num {{ensaio clínico|INV|u}}; a família mantém que se tratava de um "{{medicamento do estudo|INV|u}}". A segunda linha de 2024 foi descrita apenas como "{{quimioterapia de resgate|ST|h}}"; o protocolo não foi enviado, pelo que não é possível confirmar a {{gencitabina|GEM|u}}.
TC de 18/11/2025: {{micronódulos|NOD}} pulmonares de 2-3 mm, indeterminados, sem critérios de {{metástase|MET|u}}.
"""),
N("2025-11-26", "tumor_board", """
Reunião de Decisão Terapêutica - Sarcomas Pediátricos - 26/11/2025
P. H. S., {{13 anos|AGE}} ({{data de nascimento 18/05/2012|DOB}}).
{{Osteossarcoma|OST}} do úmero direito (2023), pós-{{MAP|ST|h}}.
Pulmão: {{micronódulos|NOD}} indeterminados (até 3 mm); não é possível afirmar {{metástases pulmonares|LM|u}}. A cirurgia torácica não foi discutida; repetir TC em 6-8 semanas.
{{Lansky 80|LANSKY}}. {{Função respiratória|PF}} normal.
Pendentes: (1) confirmação de {{gencitabina|GEM|u}} em 2024; (2) natureza do fármaco oral tomado até 02/11/2025 ({{ensaio clínico|INV|u}} ou {{apatinibe|ST}} off-label).
Decisão: sem critérios atuais para PROMIS; reavaliar em janeiro.
"""),
])

# ---------------------------------------------------------------------------
# PN21 - Heidelberg, 70 y male. Extraskeletal osteosarcoma resected, no
# chemo, no lung metastases, COPD with FEV1 38 %. Kidney transplant on
# tacrolimus/MMF/prednisolone, sigmoid cancer 2024, grade 3 anaphylaxis to
# cetuximab, zoster vaccine of undocumented type 20 d before as_of.
# ---------------------------------------------------------------------------
P("PN21", "2026-11-10", "excluded",
  "AGE=NM PMET=NM PST=NM PFT=NM OM=M TX=M STER=M MAB=M RES=U VAC=U", [
N("2024-05-16", "pathology_report", """
Pathologisches Institut Neckartal - Befund E24-09921
Patient: H. W., geb. 03.02.1956; Eingang 09.05.2024
Material: Biopsien Colon sigmoideum (Koloskopie 09.05.2024)
Diagnose: Anteile eines mäßig differenzierten Adenokarzinoms (G2) des Sigmas. KRAS/NRAS/BRAF: Wildtyp. MMR-Proteine erhalten (pMMR).
""", ann=False),
N("2024-12-10", "discharge_letter", """
Universitätsklinikum Neckartal - Medizinische Klinik V
Arztbrief vom 10.12.2024
Patient: H. W., {{Geb.: 03.02.1956|DOB}}

Diagnosen:
1. {{Adenokarzinom des Sigmas|OM}} cT3 cN1 cM1a (solitäre {{Lebermetastase|MET}}), ED 05/2024 (Biopsie 09.05.2024), RAS/BRAF-Wildtyp.
2. Z.n. {{Nierentransplantation|TX|h}} 2015 (postmortale Spende) bei diabetischer Nephropathie; {{Immunsuppression|IS}} mit {{Tacrolimus|IS}}, {{Mycophenolat|IS}} und {{Prednisolon|SS}} 5 mg.
3. COPD GOLD 3.
Therapie: {{FOLFOX|ST}} ab 07/2024; {{Cetuximab|MAB}} ab Zyklus 1 geplant. Bei der Erstgabe am 15.07.2024 {{anaphylaktische Reaktion|ALL}} Grad 3 (Bronchospasmus, RR 70/40 mmHg, Adrenalin i.m.) auf {{Cetuximab|MAB}}; dauerhaft abgesetzt, weiter {{FOLFOX|ST}} allein (8 Zyklen bis 11/2024). Sigmaresektion und atypische Leberteilresektion 10/2024, R0.
Aktuell kein Tumornachweis.
"""),
N("2026-04-02", "pathology_report", """
Pathologisches Institut Neckartal - Befund vom 02.04.2026 (Eingang 17.03.2026)
Patient: H. W., {{geb. 03.02.1956|DOB}}
Material: Resektat Weichteiltumor Oberschenkel rechts, ventrale Muskelloge
Diagnose: {{Extraskelettales Osteosarkom|OST}}, hochmaligne, 7,5 cm, ohne Bezug zum Knochen (Femur radiologisch und makroskopisch frei). Resektionsränder tumorfrei (R0), Mindestabstand 9 mm.
Kommentar: Kein Anhalt für eine {{Metastase|MET|n}} des bekannten {{Sigmakarzinoms|OM|h}} (CK20, CDX2 negativ).
"""),
N("2026-10-20", "radiology_report", """
CT Thorax (14.10.2026) und Lungenfunktion (19.10.2026)
CT Thorax mit KM vom 14.10.2026 (Staging nach Resektion eines extraskelettalen Osteosarkoms): zentrilobuläres und paraseptales Emphysem, oberlappenbetont. Keine pulmonalen Rundherde, keine Lungenmetastasen. Kein Pleuraerguss. Mediastinale Lymphknoten nicht vergrößert. Koronarsklerose. Transplantatniere in der rechten Fossa iliaca im miterfassten Bereich unauffällig. Z.n. Sigmaresektion, kein Anhalt für ein Lokalrezidiv des Kolonkarzinoms, Leber ohne neue Herde.

Lungenfunktion vom 19.10.2026:
Parameter     | Ist      | % Soll
FVC           | 2,33 l   | 64 %
FEV1          | 1,05 l   | 38 %
FEV1/FVC      | 0,45     |
TLC           | 7,9 l    | 118 %
RV            | 4,6 l    | 182 %
DLCO          |          | 35 %
Blutgasanalyse in Ruhe: pO2 63 mmHg, pCO2 44 mmHg.
6-Minuten-Gehtest: 310 m, Sättigungsabfall von 93 % auf 86 %.

Beurteilung (Pneumologie, Dr. F. Senn): schwere obstruktive Ventilationsstörung mit Lungenüberblähung und hochgradig eingeschränkter Diffusionskapazität bei COPD GOLD 3 / Emphysem. Für eine Thoraxchirurgie (auch für eine atypische Resektion) ungeeignet. Optimierung der inhalativen Therapie (LAMA/LABA) und pulmonale Rehabilitation empfohlen.
""", ann=False),
N("2026-11-04", "tumor_board", """
Interdisziplinäre Sarkomkonferenz - 04.11.2026
H. W., {{70 J.|AGE}}
1. {{Extraskelettales Osteosarkom|OST}} Oberschenkel re., R0-reseziert 03/2026. {{Keine systemische Therapie|NAIVE}} des Sarkoms erfolgt (Alter, {{Transplantation|TX|h}}, Komorbidität).
2. CT Thorax 14.10.2026: keine {{Lungenmetastasen|LM|n}}, kein {{Pleuraerguss|PE|n}}.
3. {{Lungenfunktion|PF}}: {{FEV1|PF}} 38 %; kein Kandidat für Thoraxchirurgie.
4. {{Sigmakarzinom|OM|h}} 2024, Z.n. {{FOLFOX|ST|h}}, {{Anaphylaxie|ALL|h}} Grad 3 auf {{Cetuximab|MAB|h}}.
5. Z.n. {{Nierentransplantation|TX|h}} 2015; aktuelle {{Immunsuppression|IS}}: {{Tacrolimus|IS}} 2 mg 1-0-1, {{Mycophenolat|IS}} 500 mg 1-0-1, {{Prednisolon|SS}} 5 mg 1-0-0.
{{ECOG 1|ECOG}}.
Beschluss: Nachsorge (MRT Oberschenkel, CT Thorax 3-monatlich). PROMIS nicht möglich (Alter > 65, keine {{Lungenmetastasen|LM|n}}).
"""),
N("2026-11-06", "letter", """
Fax Hausarztpraxis Dr. M. Krämer, Wiesloch - 06.11.2026
Betr.: H. W., geb. 03.02.1956 - Ihre Anfrage zur Impfung
Herr W. wurde am 21.10.2026 in unserer Praxis gegen Herpes zoster geimpft. Wegen einer Umstellung der Praxissoftware ist der Impfstoff im System nicht dokumentiert; die Charge ist nicht nachvollziehbar und der Eintrag im Impfpass fehlt. Welcher Impfstoff verwendet wurde, können wir derzeit nicht sagen. Wir melden uns nach Rücksprache mit der MFA.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PN22 - Innsbruck, 11 y boy. Eligible. Hearing loss first written as grade 2,
# corrected by addendum to grade 1. Mother breastfeeding the sister and the
# sister's MMR are family; own influenza vaccine is inactivated.
# ---------------------------------------------------------------------------
P("PN22", "2026-09-04", "eligible", "", [
N("2025-02-20", "pathology_report", """
Pathologie Landeskrankenhaus Inntal - Befund P25-02231 (20.02.2025)
Patient: F. G., geb. 14.03.2015
Material: offene Biopsie distaler Femur rechts (12.02.2025), 4 Gewebsstücke, Entkalkung in EDTA.
Mikroskopie: hochzellulärer Tumor aus atypischen, teils spindeligen Zellen mit ausgedehnter chondroider Matrix und eindeutiger direkter Osteoidbildung durch Tumorzellen; atypische Mitosen.
Immunhistochemie: SATB2 positiv; CD99 fokal, NKX2.2 negativ; H3F3A negativ.
Diagnose: hochmalignes chondroblastisches Osteosarkom. Kein Anhalt für ein Ewing-Sarkom.
Befund mit der Referenzpathologie abgestimmt (Konsil 19.02.2025).
""", ann=False),
N("2025-10-30", "discharge_letter", """
Landeskrankenhaus Inntal - Pädiatrische Hämatologie/Onkologie
Arztbrief - 30.10.2025
Patient: F. G., {{Geb.: 14.03.2015|DOB}}

Diagnose: {{chondroblastisches Osteosarkom|OST}} distaler Femur rechts, ED 02/2025, initial lokalisiert (keine {{Lungenmetastasen|LM|n}}).
Therapie: {{MAP|ST|h}} 02-10/2025 abgeschlossen; Resektion und Wachstumsprothese 05/2025 (Regression 95 %).
Spättoxizität: {{Hochtonschwerhörigkeit|TOX}} Grad 2 (CTCAE). Keine {{Nephrotoxizität|TOX|n}}. Echokardiographie normal.
Familienanamnese: Vater {{Hodgkin-Lymphom|OM|f}} 2010 (geheilt). Die Mutter {{stillt|LAC|f}} derzeit die 4 Monate alte Schwester.
Impfungen: Auffrischungen nach Therapieende geplant ({{Totimpfstoffe|NLV|y}} frühestens 3 Monate, {{Lebendimpfstoffe|LV|y}} frühestens 6 Monate nach Ende der {{Chemotherapie|ST|h}}).
"""),
N("2025-11-06", "addendum", """
{{Nachtrag und Korrektur|CORR}} zum Arztbrief vom 30.10.2025 - 06.11.2025
Patient: F. G., {{geb. 14.03.2015|DOB}}
Im Arztbrief wurde die {{Hochtonschwerhörigkeit|TOX}} irrtümlich als Grad 2 angegeben. {{Richtig ist|CORR}}: Grad 1 nach CTCAE (Hörverlust nur bei 8 kHz, ohne Einschränkung im Sprachbereich, kein Hörgerät indiziert), laut Audiometrie vom 28.10.2025. Die übrigen Angaben bleiben unverändert.
"""),
N("2026-07-22", "radiology_report", """
CT Thorax vom 22.07.2026 (Kinderradiologie, Niedrigdosisprotokoll)
Klinische Angabe: Osteosarkom distaler Femur re., Therapieende 10/2025, Nachsorge.
Voruntersuchung: 21.04.2026 ohne Herdbefund.
Befund: Zwei neue, glatt begrenzte Rundherde im rechten Unterlappen (Segment 9: 8 mm, Segment 10: 6 mm), subpleural, der größere mit feiner Verkalkung. Keine weiteren Herde. Kein Pleuraerguss, kein Perikarderguss. Mediastinum und Hili unauffällig, keine vergrößerten Lymphknoten. Knöcherner Thorax ohne Destruktion.
Beurteilung: vereinbar mit Lungenmetastasen des bekannten Osteosarkoms. Vorstellung im Sarkomboard empfohlen.
""", ann=False),
N("2026-08-12", "tumor_board", """
Pädiatrisches Sarkomboard - 12.08.2026
F. G., {{11 J.|AGE}}. {{Osteosarkom|OST}} distaler Femur rechts, Z.n. {{MAP|ST|h}}.
Neu: 2 {{Lungenmetastasen|LM}} rechter UL (6 und 8 mm), peripher; thoraxchirurgisch {{resektabel|RES}} ({{Keilresektion über Thorakotomie|LRES}}).
{{Lungenfunktion|PF}} ({{Spirometrie|PF}} 10.08.2026) altersentsprechend normal, operabel.
{{Lansky 90|LANSKY}}. {{Hörminderung|TOX}} Grad 1 (siehe {{Korrektur|CORR}} vom 06.11.2025).
Empfehlung: Screening PROMIS; alternativ primäre {{Metastasektomie|LRES}}.
"""),
N("2026-09-01", "vaccination_record", """
Impfambulanz Kinderklinik - Eintrag vom 01.09.2026
F. G., geb. 14.03.2015
Influenza-Impfung am 28. August 2026: tetravalenter Totimpfstoff, 0,5 ml i.m. (Deltoideus links). Keine Lebendimpfung erfolgt; MMR-Auffrischung frühestens nach Abschluss der geplanten Lungenoperation.
Die Schwester (10 Monate) erhielt am 25.08.2026 ihre erste MMR-Impfung beim Kinderarzt; für den Patienten unbedenklich.
Allergien: keine bekannt.
""", ann=False),
])

# ---------------------------------------------------------------------------
# PN23 - Basel, man referred from Istanbul. No age, no performance score,
# prior treatment undocumented, possible Huaier, possible study drug,
# Bethesda V thyroid nodule (suspected carcinoma).
# ---------------------------------------------------------------------------
P("PN23", "2025-06-27", "needs_review", "AGE=U PS=U PST=U IMM=U OM=U INV=U", [
N("2025-05-12", "referral_letter", """
Zuweisung (Übersetzung aus dem Türkischen, Dolmetscherdienst) - eingegangen 12.05.2025
Herr A. Y., wohnhaft in Basel seit 04/2025.
Diagnose laut Istanbuler Unterlagen: konventionelles Osteosarkom der linken Skapula, 2023 (Histologiebefund liegt bei, Übersetzung beigefügt). Operation 2023 (partielle Skapulektomie).
Vorbehandlung: "Therapie in Istanbul" - Art und Dauer nicht angegeben; die vollständigen Akten wurden angefordert.
Der Patient berichtet, er habe in Istanbul "an einer Studie teilgenommen"; ob nur Voruntersuchungen oder auch eine Studienbehandlung erfolgten, ist unklar.
""", ann=False),
N("2025-05-28", "radiology_report", """
Radiologie Universitätsspital Rheinknie - CT Thorax vom 28.05.2025
Indikation: {{OS|OST}} der Skapula links, Staging nach Zuzug.
Befund: 3 {{Lungenrundherde|NOD}} (LOL 14 mm, LUL 9 mm, RUL 7 mm), glatt, teils kalzifiziert. Kein {{Pleuraerguss|PE|n}}. Schilddrüse: hypodenser Knoten rechts, 19 mm.
Beurteilung: {{Lungenmetastasen|LM}} des bekannten {{Osteosarkoms|OST}}. Schilddrüsenknoten sonographisch abklären.
"""),
N("2025-06-10", "pathology_report", """
Zytologie - Feinnadelpunktion Schilddrüse rechts (06.06.2025), Befund 10.06.2025
Herr A. Y.
Sonographie: rechter Schilddrüsenlappen mit 19 x 14 mm messendem, hypoechogenem, unscharf begrenztem Knoten mit Mikroverkalkungen (TI-RADS 5). Keine suspekten zervikalen Lymphknoten.
Material: 3 Pässe mit 25-G-Nadel, ausreichend zellreich.
Zytologie: papilläre und monolayer-artige Zellverbände mit Kernvergrößerung, Kernfurchen und vereinzelten intranukleären Pseudoeinschlüssen; kein Kolloid.
Bethesda-Kategorie V: suspekt auf Malignität (Verdacht auf papilläres Schilddrüsenkarzinom). Ein maligner Befund ist zytologisch nicht gesichert.
Empfehlung: Hemithyreoidektomie rechts zur definitiven Diagnose; Vorstellung in der endokrinen Chirurgie.
""", ann=False),
N("2025-06-20", "consult_note", """
Thoraxchirurgische Sprechstunde - 20.06.2025
Herr A. Y., {{Osteosarkom|OST}} der Skapula links mit 3 {{Lungenmetastasen|LM}}.
Alle drei {{Herde|NOD}} liegen peripher; {{resektabel|RES}} mittels {{Keilresektionen|LRES}} (zweizeitig, links {{Thorakotomie|LRES}}, rechts {{VATS|LRES}}).
{{Lungenfunktion|PF}} vom 18.06.2025: {{FEV1|PF}} 89 %, {{DLCO|PF}} 83 %; für ein zweizeitiges Vorgehen geeignet.
Vorbehandlung: laut Patient "Infusionen" in Istanbul 2023-2024; Unterlagen fehlen weiterhin.
"""),
N("2025-06-25", "tumor_board", """
Sarkomboard - 25.06.2025
Herr A. Y.: {{Osteosarkom|OST}} der Skapula links (Histologie Istanbul 2023, von der Referenzpathologie Basel bestätigt), {{Lungenmetastasen|LM}} x3, {{resektabel|RES}}.
Offene Punkte für PROMIS:
1. {{Systemische Vorbehandlung|ST|u}} unbekannt (Substanzen und Zyklen; Akten aus Istanbul ausstehend).
2. Laut Patient Teilnahme an einer {{Studie|INV|u}} in Istanbul; unklar, ob {{Studienmedikation|INV|u}} verabreicht wurde und wann zuletzt.
3. Nimmt ein pflanzliches chinesisches Granulat "für das Immunsystem", möglicherweise {{Huaier|IMM|u}}; Packung wird zur nächsten Konsultation mitgebracht.
4. Schilddrüse: FNP Bethesda V, {{Verdacht auf papilläres Schilddrüsenkarzinom|OM|u}}; Hemithyreoidektomie geplant.
5. Geburtsdatum und Allgemeinzustand sind in der Zuweisung nicht angegeben; Erhebung bei der onkologischen Erstvorstellung.
Beschluss: Screening vorerst zurückgestellt.
"""),
])

# ---------------------------------------------------------------------------
# PN24 - Aarhus, 33 y female. Dedifferentiated chondrosarcoma (not OS).
# Olaratumab grade 3 anaphylaxis, gem/docetaxel, phase I study drug ongoing,
# pembrolizumab SD ~5 months then progression, ulcerative colitis with
# prednisolone 2025, Huaier daily, central nodule needing pneumonectomy.
# ---------------------------------------------------------------------------
P("PN24", "2026-02-16", "excluded",
  "HIST=NM RES=NM INV=M MAB=M AI=M CPI=M GEM=M IMM=M MPE=U", [
N("2023-04-18", "pathology_report", """
Patologisk Institut, Marselisborg Universitetshospital - svar 18.04.2023
Patient: N. K. L.
Materiale: grovnålsbiopsier venstre os ilium (11.04.2023)
Diagnose: dedifferentieret kondrosarkom. Lavgradig kondroid komponent (grad 1) med brat overgang til højgradig pleomorf, udifferentieret komponent; intet tumorosteoid. IDH1 R132C-mutation påvist.
""", ann=False),
N("2024-09-12", "discharge_letter", """
Marselisborg Universitetshospital - Kræftafdelingen
Epikrise 12.09.2024
Patient: N. K. L., {{31-årig|AGE}} kvinde

Diagnose: {{dedifferentieret kondrosarkom|OSA}} venstre os ilium (ED 04/2023).
Behandling:
- {{Doxorubicin|ST}} + {{olaratumab|MAB}} 06/2023: {{anafylaktisk reaktion|ALL}} grad 3 under første {{olaratumab|MAB}}-infusion (hypotension, stridor) - {{olaratumab|MAB}} seponeret permanent; fortsat {{doxorubicin|ST}}/{{cisplatin|ST}} x4.
- Hemipelvektomi 10/2023.
- {{Lungemetastaser|LM}} 03/2024: {{gemcitabin/docetaxel|GEM}} 04/2024-08/2024 (6 serier), {{stabil sygdom|RESP}}.
Komorbiditet: {{colitis ulcerosa|AI}} siden 2019 på {{mesalazin|DMARD}}.
"""),
N("2025-11-03", "trial_summary", """
Fase I-enheden - statusnotat 03.11.2025
N. K. L., {{32 år|AGE}}
Deltager i {{fase I-forsøg|INV}} ADX-137-101: {{pembrolizumab|CPI}} + {{ADX-137|INV}} ({{forsøgslægemiddel|INV}}, oral IDH1-hæmmer), start 19.05.2025.
Responsevaluering (RECIST 1.1): uge 9 (21.07.2025) {{stabil sygdom|RESP}}; uge 18 (22.09.2025) {{stabil sygdom|RESP}}; uge 23 (27.10.2025) {{progression|RESP}} (+24 %, ny {{læsion|NOD}} i venstre underlap). Samlet varighed af {{stabil sygdom|RESP}} ca. 5 måneder.
Patienten fortsætter behandlingen ud over {{progression|RESP}} efter protokollens regler (klinisk gavn).
Mellemliggende: {{prednisolon|SS}} 40 mg med nedtrapning 04.08.-15.09.2025 for opblussen af {{colitis ulcerosa|AI}} (gastroenterologi).
"""),
N("2026-01-29", "medication_list", """
Fælles Medicinkort (FMK) - udskrift 29.01.2026
Præparat                      | Dosis                      | Start       | Slut        | Indikation
Pembrolizumab (forsøg)        | 200 mg i.v. hver 3. uge    | 19.05.2025  | -           | forsøgsbehandling, sidste dosis 27.01.2026
ADX-137 (forsøgslægemiddel)   | 500 mg x 1 dgl. p.o.       | 19.05.2025  | -           | forsøgsbehandling
Prednisolon                   | 40 mg, nedtrappes          | 04.08.2025  | 15.09.2025  | colitis ulcerosa, opblussen
Mesalazin                     | 2 g x 2                    | 2019        | -           | colitis ulcerosa
Huaier-granulat               | 20 g x 3                   | 12/2025     | -           | eget køb (kinesisk klinik, København)
Paracetamol                   | 1 g x 4                    | 2024        | -           |
""", ann=False),
N("2026-02-11", "tumor_board", """
Sarkom-MDT - 11.02.2026
N. K. L., {{33-årig|AGE}} kvinde.
{{Dedifferentieret kondrosarkom|OSA}} venstre bækken; ikke {{osteosarkom|OST|n}}.
CT thorax 05.02.2026: 4 {{lungemetastaser|LM}}; den største (31 mm) ligger centralt op ad {{venstre hovedpulmonalarterie|CEN}}, og {{radikal resektion|LRES|y}} vil kræve venstresidig {{pneumonektomi|PNX}}; de øvrige er små og perifere. Samlet: {{ikke resektabel|UNRES}} med parenkymbesparende kirurgi. Lille {{pleuraeffusion|PE}} venstre, ikke punkteret.
{{WHO PS 1|ECOG}}. {{Lungefunktion|PF}} 11/2025 normal, egnet til thoraxkirurgi.
Tidligere {{gemcitabin|GEM|h}}. {{Pembrolizumab|CPI}} i {{forsøg|INV}} siden 05/2025 ({{stabil sygdom|RESP}} ca. 5 mdr., derefter {{progression|RESP}}); fortsat i {{forsøgsbehandling|INV}}, sidste dosis 27.01.2026. Tager {{Huaier-granulat|IMM}} dagligt. {{Colitis ulcerosa|AI}}: {{prednisolon|SS|h}} 08-09/2025, {{mesalazin|DMARD}} fast.
Tidligere {{anafylaksi|ALL|h}} grad 3 over for {{olaratumab|MAB|h}} (2023).
Konklusion: ikke egnet til PROMIS (histologi, {{ikke resektabel|UNRES}}, igangværende {{forsøgsbehandling|INV}}, {{PD-1-hæmmer|CPI}} med sekundær resistens, tidligere {{gemcitabin|GEM|h}}).
"""),
])

# ---------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------
LINT_WORDS = [
    "osteosar", "osteosark", "osteossar", "sarcoom", "sarkom", "sarcom", "ewing", "kondros",
    "chondros", "metasta", "nodul", "nódul", "rundherd", "herde", "lesion", "læsion",
    "lesjon", "läsion", "lesione", "resect", "resekt", "resez", "resec", "ressec", "wedge",
    "keilres", "kilres", "wigres", "cuña", "cunha", "lobect", "lobekt", "pneumonec",
    "pneumonek", "hauptbronch", "pulmonalart", "fev1", "dlco", "lungenfunktion",
    "longfunctie", "lungefunk", "spirometr", "funzionalità resp", "funcionales resp",
    "função resp", "funcionais resp", "effus", "erguss", "derrame", "versamento",
    "pleuravocht", "pleuravæske", "chemo", "quimio", "kemo", "cisplat", "doxor", "methotrex",
    "metotrex", "mtx", "ifosf", "etopos", "docetax", "paclitax", "folfox", "apatin",
    "vincrist", "gemcit", "gencit", "studie", "study", "studio", "ensayo", "ensaio", "trial",
    "forsøg", "prövning", "investig", "experiment", "compas", "pembro", "nivolu", "ipilim",
    "penpuli", "pd-1", "pd-l1", "respons", "remiss", "progres", "stabil", "huaier", "thym",
    "timal", "zadaxin", "interferon", "lupus", "psoria", "crohn", "colitis", "artrit",
    "arthrit", "diabetes", "predniso", "dexameth", "desamet", "cortison", "kortison",
    "corticoid", "budesonid", "flutic", "mometas", "hydrocort", "idrocort", "tacrolim",
    "ciclospor", "cyclospor", "ciklospor", "mycophen", "immunsupp", "immunosupp",
    "inmunosup", "immunosopp", "hidroxicl", "mesala", "levothyr", "insulin", "transplant",
    "trapiant", "trasplant", "szt", "rituxi", "denosu", "cetuxi", "olaratu", "antistof",
    "allerg", "anaphyl", "anafil", "anafyl", "infusionsreak", "neuropat", "hörmind",
    "schwerhör", "ipoacus", "ototox", "mucosit", "mukosit", "alopez", "alopec", "toxi",
    "hiv", "vih", "biktarvy", "antirretrov", "antiretrov", "vaccin", "impf", "vacun", "vacin",
    "vaksin", "mmr", "mpr", "shingrix", "tdap", "pregnan", "schwanger", "ssw", "grávid",
    "gravid", "embaraz", "hcg", "stillt", "lactan", "lacta", "amament", "allatt", "ecog",
    "who ps", "lansky", "karnofsky", "kps", "jähr", "anni", "años", "anos", "jaar", "år",
    "årig", "geb.", "nato il", "nata il", "nascimento", "nacimiento", "korrektur",
    "addendum", "nachtrag", "carcinom", "karzinom", "carcinoma", "lymphom", "linfoma",
    "melanom", "rezidiv", "recidiv", "recaíd", "residiv", "recurr", "thorakotom",
    "toracotom", "thoracotom", "vats", "reserv", " map", "(map", "lobektom", "allograft",
]


def lint(text, spans):
    low = text.lower()
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    hits = []
    for w in LINT_WORDS:
        for m in re.finditer(re.escape(w), low):
            if not covered[m.start()]:
                a, b = max(0, m.start() - 25), min(len(text), m.end() + 25)
                hits.append((w, text[a:b].replace("\n", " ")))
    return hits


def main():
    labels = None
    if os.path.exists(CONCEPTS):
        with open(CONCEPTS, encoding="utf-8") as fh:
            labels = {c["id"] for c in json.load(fh)["concepts"]}
    notes_out, pats_out = [], []
    n_ann = n_spans = 0
    label_counts = Counter()
    lint_hits = []
    for p in PATIENTS:
        pid, as_of = p["patient_id"], p["as_of"]
        assert "2025-06-01" <= as_of <= "2026-11-30", pid
        assert 3 <= len(p["notes"]) <= 8, pid
        crit = p["criteria"]
        assert len(crit) == 22 and set(crit) == set(INCLUSIONS + EXCLUSIONS)
        assert status_of(crit) == p["status"], (pid, status_of(crit), p["status"])
        prev = ""
        for i, (d, ntype, src, ann) in enumerate(p["notes"], 1):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) and d <= as_of, (pid, i, d)
            assert d >= prev, (pid, i, "notes out of order")
            prev = d
            text, spans = parse(src)
            if ann:
                assert spans, (pid, i, "annotated note without spans")
                n_ann += 1
                n_spans += len(spans)
                for s in spans:
                    label_counts[s["label"]] += 1
                    if labels is not None:
                        assert s["label"] in labels, s["label"]
                lint_hits += [(pid, i, w, ctx) for w, ctx in lint(text, spans)]
            else:
                assert not spans, (pid, i, "markup in an unannotated note")
            notes_out.append({"patient_id": pid, "note_id": "%s-N%d" % (pid, i),
                              "note_date": d, "note_type": ntype, "text": text,
                              "spans": spans if ann else []})
        pats_out.append({"patient_id": pid, "as_of": as_of, "status": p["status"],
                         "criteria": {c: crit[c] for c in INCLUSIONS + EXCLUSIONS}})

    ids = [p["patient_id"] for p in PATIENTS]
    assert ids == ["PN%02d" % k for k in range(1, 25)], ids
    assert 110 <= len(notes_out) <= 140, len(notes_out)
    assert n_ann * 2 >= len(notes_out), (n_ann, len(notes_out))

    # per-criterion mix
    table = {}
    for c in INCLUSIONS + EXCLUSIONS:
        cnt = Counter(pp["criteria"][c] for pp in pats_out)
        table[c] = cnt
        assert cnt["met"] >= 3 and cnt["not_met"] >= 3 and cnt["unknown"] >= 2, (c, cnt)
    status_mix = Counter(pp["status"] for pp in pats_out)
    assert 7 <= status_mix["eligible"] <= 9, status_mix
    assert 8 <= status_mix["excluded"] <= 10, status_mix
    assert 6 <= status_mix["needs_review"] <= 8, status_mix

    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps(n, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "patients.jsonl"), "w", encoding="utf-8") as fh:
        for pp in pats_out:
            fh.write(json.dumps(pp, ensure_ascii=False) + "\n")

    if "--lint" in sys.argv:
        for h in lint_hits:
            print("LINT %s-N%d [%s] ...%s..." % h)
        print("lint hits:", len(lint_hits))

    words = [len(n["text"].split()) for n in notes_out]
    print("Part N: %d patients, %d notes (%d span-annotated), %d spans"
          % (len(pats_out), len(notes_out), n_ann, n_spans))
    print("note length (words): min %d, median %d, max %d"
          % (min(words), sorted(words)[len(words) // 2], max(words)))
    print("status mix:", dict(status_mix))
    print()
    print("%-30s %5s %8s %8s" % ("criterion", "met", "not_met", "unknown"))
    for c in INCLUSIONS + EXCLUSIONS:
        t = table[c]
        print("%-30s %5d %8d %8d" % (c, t["met"], t["not_met"], t["unknown"]))
    print()
    print("spans per label:", ", ".join("%s %d" % kv for kv in sorted(label_counts.items())))


if __name__ == "__main__":
    main()
