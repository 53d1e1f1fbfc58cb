"""Age and performance status: values with limits, the scale chosen by age."""

from __future__ import annotations

from datetime import date

from ...records import Fact
from ..evidence import PatientFacts, cite, fact_key
from ..verdict import MET, NOT_MET, UNKNOWN, Verdict


def whole_years(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_on(c, pf: PatientFacts, as_of: date) -> tuple[int | None, Fact | None]:
    """Age on ``as_of``: from a date of birth (the criterion's ``dob`` role), else the newest
    stated age (``age``) plus the whole years between that note's date and ``as_of``."""
    dobs = [f for f in pf.of(*c.role("dob")) if not f.family and not f.negated and "dob" in f.values]
    ages = [f for f in pf.of(*c.role("age")) if not f.family and not f.negated and not f.hypothetical and "age" in f.values]
    if dobs:
        f = dobs[-1]
        born = date.fromisoformat(f.values["dob"])
        if "dob_alt" in f.values:
            # a day/month that reads both ways: the reading a stated age agrees with
            other = date.fromisoformat(f.values["dob_alt"])
            agree = lambda d: any(a.note_date and whole_years(d, a.note_date) == a.values["age"] for a in ages)  # noqa: E731
            if agree(other) and not agree(born):
                born = other
        return whole_years(born, as_of), f
    if not ages:
        return None, None
    # an age that a date in its sentence places at a past event ("2004 (age 6): ALL") is then,
    # not now: a stated age without one ("Dana is a 28 yo F.") is the note's
    undated = [f for f in ages if not (f.date_in_text and f.note_date and f.date and (f.note_date - f.date).days > 365)]
    ages = undated or ages
    f = max(ages, key=fact_key)
    elapsed = whole_years(f.note_date, as_of) if f.note_date else 0
    return f.values["age"] + max(elapsed, 0), f


def age_eligible(c, pf: PatientFacts, as_of: date) -> Verdict:
    age, f = age_on(c, pf, as_of)
    if age is None:
        return Verdict.of(c, UNKNOWN, "no age or date of birth in the notes")
    lo, hi = c.settings.get("min_age", 10), c.settings.get("max_age", 65)
    verdict = MET if lo <= age <= hi else NOT_MET
    return Verdict.of(c, verdict, f"age {age} on {as_of.isoformat()} (from {cite(f)}); eligible {lo}-{hi}", [f])


def _newest_score(facts: list[Fact]) -> Fact | None:
    scored = [f for f in facts if "score" in f.values and not f.family and not f.negated and not f.hypothetical]
    return max(scored, key=fact_key) if scored else None


def performance_status(c, pf: PatientFacts, as_of: date) -> Verdict:
    age, age_fact = age_on(c, pf, as_of)
    s = c.settings
    ecog_like = pf.of(*c.role("ecog", "karnofsky"))
    lansky = pf.of(*c.role("lansky"))
    if age is None:
        any_score = _newest_score(ecog_like + lansky)
        return Verdict.of(c, UNKNOWN, "age unknown, so the scale cannot be chosen", [any_score] if any_score else [])
    if age >= s.get("adult_age", 16):
        f = _newest_score(ecog_like)
        if f is None:
            other = _newest_score(lansky)
            return Verdict.of(c, UNKNOWN, f"age {age}: no ECOG or Karnofsky score" + (" (Lansky only)" if other else ""), [x for x in (other, age_fact) if x])
        score = f.values["score"]
        ecog = f.concept in c.role("ecog")
        ok = score <= s.get("max_ecog", 2) if ecog else score >= s.get("min_karnofsky", 60)
        scale = "ECOG" if ecog else "Karnofsky"
        return Verdict.of(c, MET if ok else NOT_MET, f"age {age}: {scale} {score} ({cite(f)})", [f, age_fact])
    f = _newest_score(lansky)
    if f is None:
        other = _newest_score(ecog_like)
        return Verdict.of(c, UNKNOWN, f"age {age}: no Lansky score" + (" (ECOG/Karnofsky only)" if other else ""), [x for x in (other, age_fact) if x])
    score = f.values["score"]
    ok = score >= s.get("min_lansky", 70)
    return Verdict.of(c, MET if ok else NOT_MET, f"age {age}: Lansky {score} ({cite(f)})", [f, age_fact])
