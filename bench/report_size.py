"""Size and open time of the HTML report for a synthetic screening run (default 500 patients,
20,000 notes), measured in headless Chromium.

    python bench/report_size.py                       # 500 patients x 40 notes
    python bench/report_size.py --patients 50 --notes-per-patient 10 --keep out.html

Notes are synthetic oncology-style text (seeded, so every run is the same); result records
are built by hand with evidence spans pointing into them (no NLP run), through the same
``write_report`` that ``chartmatch report`` and ``scan --report`` use. Needs Chromium at
/usr/bin/chromium and Playwright's Python package (``pip install -e '.[test]'``).
"""

from __future__ import annotations

import argparse
import gzip
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from chartmatch import __version__
from chartmatch.decide.spec import load_criteria
from chartmatch.read.note import Note
from chartmatch.report import write_report
from chartmatch.resources import PatternSet

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AS_OF = date(2026, 11, 20)

# (criterion, phrase, concept, flag) evidence the generator can plant in a note.
PHRASES = [
    ("osteosarcoma_histology", "high-grade osteosarcoma", "OSTEOSARCOMA", None),
    ("pulmonary_metastases", "pulmonary nodules", "PULMONARY_NODULE", None),
    ("resectable_nodules", "amenable to wedge resection", "RESECTABLE", None),
    ("prior_systemic_therapy", "MAP chemotherapy", "REGIMEN", "historical"),
    ("performance_status", "ECOG 1", "ECOG", None),
    ("hiv", "HIV", "HIV", "negated"),
    ("prior_gemcitabine", "gemcitabine", "GEMCITABINE", "negated"),
    ("malignant_pleural_effusion", "pleural effusion", "PLEURAL_EFFUSION", "uncertain"),
    ("prior_checkpoint_inhibitor", "pembrolizumab", "CHECKPOINT_INHIBITOR", "hypothetical"),
    ("other_malignancy_5y", "breast cancer", "OTHER_MALIGNANCY", "family"),
    ("systemic_steroids_7d", "dexamethasone", "SYSTEMIC_STEROID", None),
]
FILLER = [
    "Patient seen in clinic with mother. Reports intermittent left thigh pain, worse at night, relieved by acetaminophen.",
    "Vitals: T 36.8 C, HR 88, BP 112/68, RR 16, SpO2 98% on room air. Weight 58.2 kg, stable from last visit.",
    "Exam: well-appearing, no acute distress. Healed incision over the distal femur, no erythema or drainage.",
    "Lungs clear to auscultation bilaterally. Heart regular rate and rhythm, no murmur. Abdomen soft, non-tender.",
    "Labs: WBC 5.2, Hgb 11.8, Plt 245, ANC 3.1. Creatinine 0.6, ALT 22, AST 25, total bilirubin 0.4.",
    "Imaging reviewed with radiology at tumour board; comparison made with the prior study from three months ago.",
    "Discussed the natural history of the disease, the goals of further treatment and the options for clinical trials.",
    "Plan: continue surveillance imaging every 3 months, physical therapy twice weekly, return to clinic in 4 weeks.",
    "Social: lives with parents and a younger sibling, attends school part-time, no tobacco or alcohol use.",
    "Medications reviewed and reconciled. Allergies: no known drug allergies. Immunizations up to date per family.",
    "Psychosocial support offered; family met with the social worker and the child life specialist today.",
    "Orthopaedic oncology note reviewed: limb-salvage reconstruction with endoprosthesis, functioning well.",
]
TYPES = ["oncology clinic", "radiology", "pathology", "tumour board", "nursing", "telephone", "inpatient progress"]


def synthetic(patients: int, per_patient: int, seed: int = 7) -> tuple[list[dict], list[Note]]:
    rng = random.Random(seed)
    criteria = load_criteria(PatternSet.load())
    records, notes = [], []
    for i in range(patients):
        pid = f"MRN{100000 + i}"
        planted: dict[str, list[dict]] = {}
        for j in range(per_patient):
            nid = f"{pid}-N{j:03d}"
            parts, evidence = [], []
            length = 0
            for k in range(rng.randint(14, 24)):  # ~2-3.5 kB per note
                sentence = rng.choice(FILLER)
                if k % 5 == 2 and rng.random() < 0.6:
                    cid, phrase, concept, flag = rng.choice(PHRASES)
                    lead = {"negated": "Denies ", "uncertain": "Possible ", "hypothetical": "If progression, consider ",
                            "family": "Family history: mother with ", "historical": "History of "}.get(flag or "", "Findings: ")
                    start = length + len(lead)
                    sentence = f"{lead}{phrase}."
                    evidence.append((cid, {"note_id": nid, "start": start, "end": start + len(phrase), "text": phrase,
                                           "concept": concept, "negated": flag == "negated", "uncertain": flag == "uncertain",
                                           "historical": flag == "historical", "hypothetical": flag == "hypothetical",
                                           "family": flag == "family", "section": "hpi", "date": None, "values": {}}))
                parts.append(sentence)
                length += len(sentence) + 1
            text = "\n".join(parts) + "\n"
            day = AS_OF - timedelta(days=rng.randint(1, 900))
            for cid, e in evidence:
                assert text[e["start"]:e["end"]] == e["text"]
                planted.setdefault(cid, []).append({**e, "date": day.isoformat()})
            notes.append(Note(pid, nid, text, day, rng.choice(TYPES)))
        verdicts = []
        for c in criteria:
            ev = planted.get(c.id, [])[:6]
            if c.kind == "manual":
                verdict = "unknown"
            elif c.kind == "inclusion":
                verdict = "met" if ev else rng.choice(["unknown", "not_met", "met"])
            else:
                verdict = rng.choice(["met", "not_met", "not_met", "not_met"]) if ev else "not_met"
            verdicts.append({"id": c.id, "kind": c.kind, "verdict": verdict,
                             "reason": f"{len(ev)} mention(s) in the notes" if ev else "nothing in the notes", "evidence": ev})
        excluded = any((v["kind"] == "inclusion" and v["verdict"] == "not_met") or (v["kind"] == "exclusion" and v["verdict"] == "met")
                       for v in verdicts)
        unknown = any(v["verdict"] == "unknown" for v in verdicts if v["kind"] != "manual")
        status = "excluded" if excluded else "needs_review" if unknown else "eligible"
        records.append({"patient_id": pid, "rank": 0, "status": status, "score": round(rng.random(), 4), "criteria": verdicts})
    order = {"eligible": 0, "needs_review": 1, "excluded": 2}
    records.sort(key=lambda r: (order[r["status"]], -r["score"], r["patient_id"]))
    for rank, r in enumerate(records, start=1):
        r["rank"] = rank
    return records, notes


def measure_open(path: Path, runs: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {}
    with sync_playwright() as pw:
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as profile:
                context = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=ARGS,
                                                                viewport={"width": 1440, "height": 900})
                page = context.new_page()
                errors: list[str] = []
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                t0 = time.perf_counter()
                page.goto(path.as_uri(), wait_until="commit", timeout=300_000)
                page.locator("#patients tbody tr").first.wait_for(state="visible", timeout=300_000)
                shown = time.perf_counter() - t0
                page.locator("html[data-ready]").wait_for(state="attached", timeout=300_000)
                ready = time.perf_counter() - t0
                page.wait_for_load_state("load", timeout=300_000)
                loaded = time.perf_counter() - t0
                nav = page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                                    " const p = performance.getEntriesByName('first-contentful-paint')[0];"
                                    " return {fcp: p ? p.startTime : -1, load: n.loadEventEnd}; }")
                heap = page.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0")
                t1 = time.perf_counter()
                page.get_by_label("Excluded").check()
                page.locator("#shown", has_text="Showing").wait_for()
                filt = time.perf_counter() - t1
                page.get_by_label("All").check()
                t2 = time.perf_counter()
                page.locator("#patients a.open").nth(250).click()
                page.locator("#patient-view h2").wait_for()
                opened = time.perf_counter() - t2
                t3 = time.perf_counter()
                page.locator(".crit-btn").first.click()
                select = time.perf_counter() - t3
                nodes = page.evaluate("() => document.getElementsByTagName('*').length")
                assert not errors, errors
                for key, value in (("first contentful paint ms", nav["fcp"]), ("list visible s", shown),
                                   ("list filters work s", ready), ("fully loaded (every patient openable) s", loaded),
                                   ("load event ms", nav["load"]), ("JS heap MB", heap / 1e6),
                                   ("status filter s", filt), ("open patient #251 s", opened),
                                   ("select a verdict s", select), ("DOM elements with a patient open", nodes)):
                    out.setdefault(key, []).append(value)
                context.close()
    return {k: statistics.median(v) for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=500)
    parser.add_argument("--notes-per-patient", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3, help="browser runs; the median is shown")
    parser.add_argument("--keep", type=Path, help="write the report here (default: a temporary file)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    records, notes = synthetic(args.patients, args.notes_per_patient)
    text_bytes = sum(len(n.text.encode("utf-8")) for n in notes)
    spans = sum(len(c["evidence"]) for r in records for c in r["criteria"])
    gen = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "report.html"
        t1 = time.perf_counter()
        write_report(path, records, notes, as_of=AS_OF, version=__version__,
                     patterns_fingerprint=PatternSet.load().fingerprint(), criteria=load_criteria(PatternSet.load()))
        build = time.perf_counter() - t1
        size = path.stat().st_size
        gz = len(gzip.compress(path.read_bytes(), 6))
        print(f"{args.patients} patients, {len(notes)} notes ({text_bytes / 1e6:.1f} MB of note text), {spans} evidence spans")
        print(f"synthetic data: {gen:.1f} s; write_report: {build:.1f} s")
        print(f"report size: {size / 1e6:.1f} MB ({size / text_bytes:.2f}x the note text; gzip {gz / 1e6:.1f} MB)")
        for key, value in measure_open(path, args.runs).items():
            print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
