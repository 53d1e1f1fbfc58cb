"""The HTML report builder: escaping, evidence highlights, checklist, footer, filters, determinism.

The sample notes and records here are built by hand (offsets computed from the text), so
these tests do not depend on the rule lexicon; tests/test_report_browser.py reuses them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from importlib.resources import files

import pytest
from typer.testing import CliRunner

from chartmatch.cli import app
from chartmatch.read.note import Note
from chartmatch.report import CriterionInfo, build_model, read_results, render_report, write_report
from chartmatch.report.embed import json_for_script
from chartmatch.report.highlight import Span, render_note

HOSTILE_TEXT = (
    "Visit note. <script>window.__pwned = 1; alert(1)</script> Patient reports no complaints.\n"
    "<img src=x onerror=\"window.__pwned = 2; alert(2)\"> </textarea> </script> <!-- <style>body{display:none}</style>\n"
    "Known HIV infection since 2019 & on ART. <iframe src=\"https://evil.example/x\"></iframe>\n"
)
HOSTILE_PID = 'P02"><img src=x onerror=alert(3)>'

NOTES = [
    Note("P01", "N1", "HPI: 17-year-old with osteosarcoma of the left femur, s/p MAP chemotherapy in 2024.\r\n"
                      "CT chest: 3 pulmonary nodules, right lower lobe, largest 8 mm. HIV negative.\r\n"
                      "Family history: mother with breast cancer.\r\n", date(2026, 10, 1), "oncology clinic"),
    Note("P01", "N2", "Progression on imaging. Denies prior gemcitabine. Possible pleural effusion.\n"
                      "If progression continues, consider pembrolizumab.\n", date(2026, 11, 2), "oncology clinic"),
    Note("P01", "N0", "Undated triage note: osteosarcoma follow-up.", None, "triage"),
    Note(HOSTILE_PID, "N3", HOSTILE_TEXT, date(2026, 9, 15), "clinic </title><script>alert(4)</script>"),
    Note("P03", "N4", "Osteosarcoma of the tibia with lung metastases. Received nivolumab in 2025.", date(2026, 10, 20), "clinic"),
    Note("P99", "N9", "A patient who is not in the results.", date(2026, 10, 20), "clinic"),
]


def ev(note: Note, phrase: str, concept: str, occurrence: int = 0, **flags) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = note.text.index(phrase, start + 1)
    return {"note_id": note.note_id, "start": start, "end": start + len(phrase), "text": phrase, "concept": concept,
            "negated": False, "uncertain": False, "historical": False, "hypothetical": False, "family": False,
            **flags, "section": "hpi", "date": note.note_date.isoformat() if note.note_date else None, "values": {}}


def crit(cid: str, kind: str, verdict: str, reason: str, *evidence: dict) -> dict:
    return {"id": cid, "kind": kind, "verdict": verdict, "reason": reason, "evidence": list(evidence)}


N1, N2, N0, N3, N4 = NOTES[:5]
MANUAL = [crit("informed_consent", "manual", "unknown", "check by hand: written informed consent"),
          crit("life_expectancy_24w", "manual", "unknown", "check by hand: expected survival > 24 weeks")]

RECORDS = [
    {"patient_id": "P01", "rank": 1, "status": "eligible", "score": 1.0, "criteria": [
        crit("osteosarcoma_histology", "inclusion", "met", "osteosarcoma: 'osteosarcoma' (N1, 2026-10-01)",
             ev(N1, "osteosarcoma", "OSTEOSARCOMA"), ev(N0, "osteosarcoma", "OSTEOSARCOMA")),
        crit("pulmonary_metastases", "inclusion", "met", "3 pulmonary nodules (N1)", ev(N1, "pulmonary nodules", "PULMONARY_NODULE")),
        crit("prior_systemic_therapy", "inclusion", "met", "MAP received (N1)", ev(N1, "MAP", "REGIMEN", historical=True)),
        crit("hiv", "exclusion", "not_met", "HIV negative: 'HIV' (N1, 2026-10-01)",
             {**ev(N1, "HIV", "HIV", negated=True), "values": {"result": "negative"}}),
        crit("other_malignancy_5y", "exclusion", "not_met", "only in family history", ev(N1, "breast cancer", "OTHER_MALIGNANCY", family=True)),
        crit("prior_gemcitabine", "exclusion", "not_met", "gemcitabine denied (N2)", ev(N2, "gemcitabine", "GEMCITABINE", negated=True)),
        crit("malignant_pleural_effusion", "exclusion", "not_met", "effusion only possible (N2)",
             ev(N2, "pleural effusion", "PLEURAL_EFFUSION", uncertain=True)),
        crit("prior_checkpoint_inhibitor", "exclusion", "not_met", "pembrolizumab only considered (N2)",
             ev(N2, "pembrolizumab", "CHECKPOINT_INHIBITOR", hypothetical=True)),
        *MANUAL]},
    {"patient_id": "P03", "rank": 2, "status": "needs_review", "score": 0.8, "criteria": [
        crit("osteosarcoma_histology", "inclusion", "met", "osteosarcoma (N4)",
             ev(N4, "Osteosarcoma of the tibia", "OSTEOSARCOMA"), ev(N4, "tibia", "SITE")),  # overlapping spans
        crit("pulmonary_metastases", "inclusion", "unknown", "lung metastases in a note not given",
             {**ev(N4, "lung metastases", "PULMONARY_METASTASIS"), "note_id": "N404"}),
        crit("prior_checkpoint_inhibitor", "exclusion", "unknown", "nivolumab, response not stated",
             ev(N4, "nivolumab", "CHECKPOINT_INHIBITOR"),
             {**ev(N4, "nivolumab", "CHECKPOINT_INHIBITOR"), "start": 500, "end": 509},
             {**ev(N4, "nivolumab", "CHECKPOINT_INHIBITOR"), "start": 0, "end": 9}),
        *MANUAL]},
    {"patient_id": HOSTILE_PID, "rank": 3, "status": "excluded", "score": 0.5, "criteria": [
        crit("osteosarcoma_histology", "inclusion", "not_met", "no osteosarcoma <img src=x onerror=alert(5)>"),
        crit("hiv", "exclusion", "met", "HIV infection: 'Known HIV infection' (N3) </script><script>alert(6)</script>",
             ev(N3, "Known HIV infection", "HIV<b onmouseover=alert(7)>")),
        crit("investigational_agent_4w", "exclusion", "met", "span over hostile text",
             ev(N3, "<script>window.__pwned = 1; alert(1)</script>", "</mark><script>alert(8)</script>")),
        *MANUAL]},
]

FOOTER = {"as_of": date(2026, 11, 20), "version": "9.9.9-test", "patterns_fingerprint": "abcdef123456"}


def build(records=RECORDS, notes=NOTES, **kw):
    return build_model(records, notes, **{**FOOTER, **kw})


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(build())


class Tree(HTMLParser):
    """Elements with their attributes, and the data blocks' raw text, as a browser's parser sees them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag == "script":
            self._script = attrs

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self.scripts.append((self._script, data))


def patient_html(page: str, key: str) -> str:
    tree = Tree(page)
    [raw] = [text for attrs, text in tree.scripts if attrs.get("id") == f"d-{key}"]
    return json.loads(raw)


def test_hostile_note_text_is_escaped_everywhere(html):
    tree = Tree(html)
    # The page itself has exactly the scripts we put there: data blocks and one inline script.
    kinds = [attrs.get("type") for tag, attrs in tree.elements if tag == "script"]
    assert kinds.count(None) == 1 and set(kinds) == {None, "application/json"}
    tags = [t for t, _ in tree.elements]
    assert not {"img", "iframe", "textarea", "object", "embed"} & set(tags) and tags.count("style") == 1
    assert not any(name.startswith("on") for _, attrs in tree.elements for name in attrs)
    # Inside the patient's section (as the browser will parse it) the hostile text is text.
    section = patient_html(html, "p3")
    inner = Tree(section)
    assert {t for t, _ in inner.elements} <= {"nav", "a", "button", "header", "h2", "p", "span", "div", "aside", "h3",
                                               "ol", "li", "label", "input", "ul", "mark", "article", "h4"}
    assert not any(name.startswith("on") for _, attrs in inner.elements for name in attrs)
    assert "&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;" in section
    assert "&lt;img src=x onerror=&quot;window.__pwned = 2; alert(2)&quot;&gt;" in section
    assert "&lt;/textarea&gt; &lt;/script&gt; &lt;!-- &lt;style&gt;" in section
    assert "&lt;/script&gt;&lt;script&gt;alert(6)&lt;/script&gt;" in section  # reason
    assert "HIV&lt;b onmouseover=alert(7)&gt;" in section  # concept in the tag and tooltip
    assert "clinic &lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in section  # note type
    # The hostile patient id is escaped in the list (attribute and text).
    row = next(a for t, a in tree.elements if t == "tr" and a.get("data-key") == "p3")
    assert row["data-pid"] == HOSTILE_PID
    assert 'data-pid="P02&#34;&gt;&lt;img src=x onerror=alert(3)&gt;"' in html
    assert '<a class="open" href="#p3">P02&#34;&gt;&lt;img src=x onerror=alert(3)&gt;</a>' in html


def test_data_blocks_cannot_be_closed_by_note_text(html):
    for block in re.findall(r'<script type="application/json" id="d-p\d+">(.*?)</script>', html, flags=re.S):
        assert "<" not in block  # so nothing inside can close it or open a comment
        json.loads(block)
    assert json_for_script("</script><!--&\u2028") == '"\\u003c/script>\\u003c!--\\u0026\\u2028"'
    assert json.loads(str(json_for_script("</script>"))) == "</script>"


def test_every_located_span_is_marked_with_its_flags(html):
    model = build()
    for patient in model.patients:
        section = patient_html(html, patient.key)
        marks = [(a, t) for t, a in Tree(section).elements if t == "mark" and "data-ev" in a]
        for c in patient.criteria:
            for e in c.evidence:
                mine = [a for a, _ in marks if str(e.index) in a["data-ev"].split()]
                if not e.located:
                    assert not mine
                    continue
                assert mine, (patient.patient_id, c.id, e.text)
                for a in mine:
                    classes = a["class"].split()
                    assert "ev" in classes and str(c.index) in a["data-c"].split()
                    for flag in ("negated", "uncertain", "historical", "hypothetical", "family"):
                        assert (f"f-{flag}" in classes) == (flag in e.flags) or len(a["data-ev"].split()) > 1
    p01 = patient_html(html, "p1")
    assert re.search(r'<mark class="ev c\d f-negated" data-ev="\d+" data-c="\d+"[^>]*>HIV<span class="ev-tag">HIV · negated</span></mark>', p01)
    for flag in ("historical", "family", "hypothetical", "uncertain"):
        assert f" f-{flag}\"" in p01


def test_highlighted_text_is_the_evidence_text():
    note = N1
    spans = [Span(note.text.index("HIV"), note.text.index("HIV") + 3, 0, 0, "HIV", ("negated",), "t"),
             Span(note.text.index("MAP"), note.text.index("MAP") + 3, 1, 1, "REGIMEN", (), "t")]
    out = str(render_note(note.text, spans))
    assert "\r" not in out and "<br>" not in out and "style=" not in out
    plain = re.sub(r'<span class="ev-tag">.*?</span>', "", out)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert plain == note.text.replace("\r\n", "\n")
    assert re.findall(r'<mark [^>]*data-ev="(\d+)"[^>]*>([^<]*)', out) == [("1", "MAP"), ("0", "HIV")]


def test_overlapping_spans_are_cut_into_segments():
    text = "Osteosarcoma of the tibia with lung metastases."
    spans = [Span(0, 25, 0, 0, "OSTEOSARCOMA", (), "a"), Span(20, 25, 1, 0, "SITE", ("historical",), "b")]
    out = str(render_note(text, spans))
    assert re.sub(r'<span class="ev-tag">.*?</span>|<[^>]+>', "", out) == text
    marks = re.findall(r'<mark class="([^"]*)" data-ev="([^"]*)"[^>]*>([^<]*)', out)
    assert [(ev, t) for _, ev, t in marks] == [("0", "Osteosarcoma of the "), ("0 1", "tibia")]
    assert "ev-overlap" in marks[1][0] and "f-historical" in marks[1][0]


def test_unlocatable_evidence_is_listed_without_a_highlight(html):
    model = build()
    p03 = model.patients[1]
    problems = [e.problem for e in p03.evidence if not e.located]
    assert len(problems) == 3
    assert "note N404 is not among the notes given" in problems[0]
    assert "outside note N4" in problems[1]
    assert "different text" in problems[2]
    section = patient_html(html, "p2")
    assert section.count('class="unlocated"') == 3 and section.count("not highlighted: ") == 3
    assert '<span class="warn"' in html  # flagged in the list too


def test_manual_criteria_are_items_to_check(html):
    section = patient_html(html, "p1")
    assert "<h3>Check by hand</h3>" in section
    for cid in ("informed_consent", "life_expectancy_24w"):
        assert re.search(rf'<label class="manual"><input type="checkbox"> <span class="cid">{cid}</span></label>', section)
    assert "check by hand: written informed consent" in section


def test_checklist_groups_and_verdict_buttons(html):
    section = patient_html(html, "p1")
    assert section.index("Inclusion criteria") < section.index("Exclusion criteria") < section.index("Check by hand")
    assert section.count('class="crit-btn"') == 8
    assert 'data-c="3"' in section and "HIV negative: &#39;HIV&#39; (N1, 2026-10-01)" in section
    assert "result: negative" in section


def test_notes_are_newest_first_with_undated_last(html):
    section = patient_html(html, "p1")
    order = re.findall(r'<span class="nid">(N\d)</span>', section)
    assert order == ["N2", "N1", "N0"]
    assert "date unknown" in section


def test_footer_and_as_of(html):
    assert '<dd id="foot-as-of">2026-11-20</dd>' in html
    assert '<dd id="foot-version">9.9.9-test</dd>' in html
    assert "<code>abcdef123456</code>" in html
    unknown = render_report(build(as_of=None))
    assert '<dd id="foot-as-of" class="unknown">unknown (not given to the report)</dd>' in unknown


def test_status_and_criterion_filter_data(html):
    tree = Tree(html)
    rows = {a["data-key"]: a for t, a in tree.elements if t == "tr" and "data-key" in a}
    assert {k: r["data-status"] for k, r in rows.items()} == {"p1": "eligible", "p2": "needs_review", "p3": "excluded"}
    radios = [a["value"] for t, a in tree.elements if t == "input" and a.get("name") == "status"]
    assert radios == ["", "eligible", "needs_review", "excluded"]
    options = [a for t, a in tree.elements if t == "option" and a.get("data-kind")]
    ids = re.findall(r'data-kind="\w+">(?:[^<]*· )?([a-z0-9_]+)</option>', html)
    assert len(options) == len(ids) == len(rows["p1"]["data-v"])
    hiv = ids.index("hiv")
    assert rows["p1"]["data-v"][hiv] == "n" and rows["p3"]["data-v"][hiv] == "m" and rows["p2"]["data-v"][hiv] == "-"
    for label in ("Status", "Criterion", "Verdict", "Patient id"):
        assert f">{label}</" in html
    assert '<span class="chip">hiv</span>' in html  # excluded by, in the list


def test_nothing_loads_from_outside_the_file(html):
    external = re.compile(r"""(?:src|href|action|srcset|data)\s*=\s*["']?\s*(?:https?:)?//""", flags=re.I)
    sections = [patient_html(html, key) for key in ("p1", "p2", "p3")]
    for page in (html, *sections):  # the page, and each patient's section as the browser will parse it
        assert not external.search(page)
        assert not re.search(r"@import|url\(", page, flags=re.I)
        assert not [a for t, a in Tree(page).elements for name, value in a.items()
                    if name in ("src", "href") and value and not value.startswith(("#", "data:"))]
    assert "https://evil.example/x" in sections[2]  # the hostile note's iframe, shown as text
    csp = next(a for t, a in Tree(html).elements if t == "meta" and "http-equiv" in a)
    assert csp["http-equiv"] == "Content-Security-Policy"
    policy = dict(part.strip().split(" ", 1) for part in csp["content"].split(";"))
    assert policy["default-src"] == "'none'" and policy["img-src"] == "data:"
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", policy["script-src"])
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", policy["style-src"])
    assert "style=" not in html and not any("style=" in s for s in sections)  # the style hash covers the one <style>


def test_same_input_gives_byte_identical_html(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_report(a, RECORDS, NOTES, **FOOTER)
    write_report(b, [json.loads(json.dumps(r)) for r in RECORDS], list(reversed(NOTES)), **FOOTER)
    assert a.read_bytes() == b.read_bytes()
    assert not list(tmp_path.glob("*.partial"))


def test_results_file_is_checked(tmp_path):
    good = tmp_path / "r.jsonl"
    good.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    assert read_results(good) == RECORDS
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(RECORDS[0]) + "\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"E015.*bad.jsonl:2: not a chartmatch result record"):
        read_results(bad)


def test_cli_report(tmp_path):
    notes = tmp_path / "notes.jsonl"
    notes.write_text("".join(json.dumps({"patient_id": n.patient_id, "note_id": n.note_id, "text": n.text,
                                          "note_date": n.note_date.isoformat() if n.note_date else "",
                                          "note_type": n.note_type}) + "\n" for n in NOTES), encoding="utf-8")
    results = tmp_path / "r.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "report.html"
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(results), "--notes", str(notes), "--out", str(out), "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.output
    assert "3 patients, 5 notes" in result.stderr and "3 not found in the notes given" in result.stderr
    assert '<dd id="foot-as-of">2026-11-20</dd>' in out.read_text(encoding="utf-8")
    again = runner.invoke(app, ["report", str(results), "--notes", str(notes), "--out", str(out)])
    assert again.exit_code == 2 and "E004" in again.stderr
    forced = runner.invoke(app, ["report", str(results), "--notes", str(notes), "--out", str(out), "--force"])
    assert forced.exit_code == 0 and "unknown (not given to the report)" in out.read_text(encoding="utf-8")
    clobber = runner.invoke(app, ["report", str(results), "--notes", str(notes), "--out", str(results), "--force"])
    assert clobber.exit_code == 2 and "E016" in clobber.stderr
    missing = runner.invoke(app, ["report", str(tmp_path / "nope.jsonl"), "--notes", str(notes), "--out", str(tmp_path / "x.html")])
    assert missing.exit_code == 2 and "E001" in missing.stderr


def test_criteria_spec_gives_items_and_descriptions():
    info = [CriterionInfo("hiv", "exclusion", "E10", "Known HIV infection")]
    section = patient_html(render_report(build(criteria=info)), "p1")
    assert '<span class="cid">E10 · hiv</span>' in section and '<p class="desc">Known HIV infection</p>' in section


def test_cli_scan_then_report(tmp_path):
    """The report reads what scan writes (whatever the rule lexicon finds today)."""
    notes = tmp_path / "notes.csv"
    notes.write_text("patient_id,note_id,note_date,note_type,text\n"
                     'P1,N1,2026-10-01,clinic,"Osteosarcoma of the femur. HIV negative. <script>alert(1)</script>"\n'
                     'P1,N2,2026-11-01,clinic,"Pulmonary nodules, resectable. ECOG 1."\n'
                     'P2,N3,2026-10-02,clinic,"Ewing sarcoma of the pelvis."\n', encoding="utf-8")
    results, out = tmp_path / "r.jsonl", tmp_path / "report.html"
    runner = CliRunner()
    assert runner.invoke(app, ["scan", str(notes), "--out", str(results), "--as-of", "2026-11-20"]).exit_code == 0
    result = runner.invoke(app, ["report", str(results), "--notes", str(notes), "--out", str(out), "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    records = read_results(results)
    assert re.findall(r'<a class="open" href="#p\d+">([^<]+)</a>', html) == [r["patient_id"] for r in records]
    p1 = patient_html(html, f"p{[r['patient_id'] for r in records].index('P1') + 1}")
    assert re.findall(r'<span class="nid">(N\d)</span>', p1) == ["N2", "N1"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in p1
    for record in records:  # every criterion of the spec is in the checklist
        section = patient_html(html, f"p{record['rank']}")
        for c in record["criteria"]:
            assert f"· {c['id']}</span>" in section or f">{c['id']}</span>" in section


def test_templates_ship_as_package_data():
    base = files("chartmatch.report").joinpath("templates")
    for name in ("report.html.j2", "patient.html.j2", "report.css", "report.js"):
        assert base.joinpath(name).is_file(), f"{name}: add it to [tool.setuptools.package-data]"
