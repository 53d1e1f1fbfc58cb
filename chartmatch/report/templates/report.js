"use strict";
(function () {
  var list = document.getElementById("list-view");
  var view = document.getElementById("patient-view");
  var form = document.getElementById("filters");
  var critSel = document.getElementById("f-crit");
  var verdictSel = document.getElementById("f-verdict");
  var search = document.getElementById("f-search");
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#patients tbody tr"));
  var baseTitle = document.title;
  var current = null;

  // --- the ranked list: filters -------------------------------------------------------
  function statusValue() {
    var checked = form.querySelector("input[name=status]:checked");
    return checked ? checked.value : "";
  }

  function matches(row, status, crit, kind, verdict, needle) {
    if (status && row.dataset.status !== status) return false;
    if (needle && row.dataset.pid.toLowerCase().indexOf(needle) < 0) return false;
    if (crit !== "" && verdict) {
      var v = row.dataset.v.charAt(Number(crit));
      if (verdict === "x") {
        if (!((kind === "inclusion" && v === "n") || (kind === "exclusion" && v === "m"))) return false;
      } else if (v !== verdict) return false;
    } else if (crit !== "") {
      if (row.dataset.v.charAt(Number(crit)) === "-") return false;
    } else if (verdict === "x") {
      if (!row.querySelector(".excl .chip")) return false;
    } else if (verdict && row.dataset.v.indexOf(verdict) < 0) return false;
    return true;
  }

  function applyFilters() {
    var status = statusValue();
    var crit = critSel.value;
    var opt = critSel.selectedOptions[0];
    var kind = opt ? opt.getAttribute("data-kind") : "";
    var verdict = verdictSel.value;
    var needle = search.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (row) {
      var ok = matches(row, status, crit, kind, verdict, needle);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n === rows.length ? rows.length + " patients" : "Showing " + n + " of " + rows.length + " patients";
    none.hidden = n > 0;
  }

  form.addEventListener("input", applyFilters);
  form.addEventListener("change", applyFilters);
  form.addEventListener("submit", function (e) { e.preventDefault(); applyFilters(); });
  form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });

  document.getElementById("patients").addEventListener("click", function (e) {
    if (e.target.closest("a")) return;
    var row = e.target.closest("tr[data-key]");
    if (row) location.hash = row.dataset.key;
  });

  // --- one patient ----------------------------------------------------------------------
  function visibleKeys() {
    var keys = rows.filter(function (r) { return !r.hidden; }).map(function (r) { return r.dataset.key; });
    return keys.indexOf(current) < 0 ? rows.map(function (r) { return r.dataset.key; }) : keys;
  }

  function setNav(link, key) {
    if (!link) return;
    if (key) { link.setAttribute("href", "#" + key); link.removeAttribute("aria-disabled"); }
    else { link.setAttribute("href", "#"); link.setAttribute("aria-disabled", "true"); }
  }

  function openPatient(key) {
    var block = document.getElementById("d-" + key);
    if (!block) return false;
    // The block holds this patient's section, rendered and escaped by chartmatch (Jinja2
    // autoescape, displaCy), as a JSON string. A <template> parses it inertly; the page's
    // Content-Security-Policy would refuse any script or load even if markup slipped in.
    var tpl = document.createElement("template");
    tpl.innerHTML = JSON.parse(block.textContent);
    view.replaceChildren(tpl.content);
    if (current) { var old = document.getElementById("row-" + current); if (old) old.classList.remove("current"); }
    current = key;
    var row = document.getElementById("row-" + key);
    if (row) row.classList.add("current");
    var keys = visibleKeys(), at = keys.indexOf(key);
    setNav(view.querySelector("[data-nav=prev]"), at > 0 ? keys[at - 1] : null);
    setNav(view.querySelector("[data-nav=next]"), at >= 0 && at < keys.length - 1 ? keys[at + 1] : null);
    list.hidden = true;
    view.hidden = false;
    var heading = view.querySelector("h2");
    document.title = heading.textContent + " · " + baseTitle;
    window.scrollTo(0, 0);
    heading.focus({ preventScroll: true });
    return true;
  }

  function showList() {
    view.hidden = true;
    view.replaceChildren();
    list.hidden = false;
    document.title = baseTitle;
    var row = current && document.getElementById("row-" + current);
    var link = row && !row.hidden && row.querySelector("a.open");
    if (link) { link.focus({ preventScroll: true }); row.scrollIntoView({ block: "center" }); }
  }

  function route() {
    var key = decodeURIComponent(location.hash.slice(1));
    if (!/^p[0-9]+$/.test(key)) { showList(); return; }
    if (!document.getElementById("d-" + key) && document.readyState === "loading") {
      // The script runs before the patients' data blocks are parsed: open it once they are.
      shown.textContent = "Opening the patient when the report has finished loading…";
      document.addEventListener("DOMContentLoaded", function () { applyFilters(); route(); }, { once: true });
      return;
    }
    if (!openPatient(key)) showList();
  }
  window.addEventListener("hashchange", route);

  // --- evidence: select a verdict or one span, mark and scroll ----------------------------
  function clearMarks() {
    view.querySelectorAll("mark.hit[data-ev]").forEach(function (m) { m.classList.remove("hit", "hit-focus"); });
    view.querySelectorAll(".crit.selected").forEach(function (c) { c.classList.remove("selected"); });
    view.querySelectorAll(".crit-btn[aria-pressed=true]").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
  }

  function say(text) {
    var line = view.querySelector(".status-line");
    if (line) line.textContent = text;
  }

  function markAll(selector, label, missing) {
    // missing: evidence of this selection that could not be placed in the notes given.
    var marks = view.querySelectorAll(selector);
    marks.forEach(function (m) { m.classList.add("hit"); });
    var more = missing ? " (" + missing + " evidence not found in the notes given)" : "";
    if (!marks.length) {
      say(label + ": " + (missing ? "no evidence could be highlighted in the notes given" : "no evidence"));
      return;
    }
    say(label + ": " + marks.length + " highlight" + (marks.length === 1 ? "" : "s") + more);
    var first = marks[0];
    first.classList.add("hit-focus");
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }

  function selectCriterion(index, scrollMarks) {
    clearMarks();
    var item = document.getElementById("c-" + current + "-" + index);
    if (!item) return;
    item.classList.add("selected");
    var button = item.querySelector(".crit-btn");
    if (button) button.setAttribute("aria-pressed", "true");
    var label = item.querySelector(".cid").textContent;
    var missing = item.querySelectorAll(".unlocated").length;
    if (scrollMarks) markAll('mark[data-c~="' + index + '"]', label, missing);
    else view.querySelectorAll('mark[data-c~="' + index + '"]').forEach(function (m) { m.classList.add("hit"); });
  }

  view.addEventListener("click", function (e) {
    var t = e.target;
    var crit = t.closest(".crit-btn");
    if (crit) { selectCriterion(Number(crit.dataset.c), true); return; }
    var ev = t.closest(".ev-btn");
    if (ev) {
      clearMarks();
      var item = ev.closest(".crit");
      if (item) item.classList.add("selected");
      markAll('mark[data-ev~="' + Number(ev.dataset.ev) + '"]', ev.querySelector(".evq").textContent, 0);
      return;
    }
    var mark = t.closest("mark[data-c]");
    if (mark) {
      var index = Number(mark.dataset.c.split(" ")[0]);
      selectCriterion(index, false);
      var target = document.getElementById("c-" + current + "-" + index);
      if (target) {
        target.scrollIntoView({ block: "nearest" });
        var b = target.querySelector(".crit-btn");
        if (b) b.focus({ preventScroll: true });
      }
      return;
    }
    if (t.closest("[data-action=print]")) window.print();
  });

  view.addEventListener("change", function (e) {
    if (e.target.matches("[data-action=only-evidence]")) {
      view.querySelector(".notes").classList.toggle("only-evidence", e.target.checked);
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" || view.hidden) return;
    if (e.target.closest && e.target.closest("input, select, textarea")) return;
    location.hash = "list";
  });

  applyFilters();
  route();
  document.documentElement.setAttribute("data-ready", "");
})();
