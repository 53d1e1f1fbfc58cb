"""Age and performance status (decide/logic/scales.py). Facts are built by hand (no NLP).

Age on the as-of date: from a date of birth where one is given; otherwise the newest
stated age plus the whole years between that note's date and the as-of date. Eligible
ages 10 to 65 inclusive. Performance: age >= 16 ECOG 0-2 (Karnofsky >= 60 counts);
age < 16 Lansky >= 70; the other scale only, no score, or age unknown -> unknown.
"""

from datetime import date

import pytest

from chartmatch.decide.evidence import PatientFacts
from chartmatch.decide.logic.scales import age_on, whole_years
from helpers_core import AS_OF, crit, decide, fact, verdict


def dob(iso, **kw):
    return fact("DOB", f"DOB {iso}", values={"dob": iso}, **kw)


def age(n, **kw):
    return fact("AGE", f"{n}-year-old", values={"age": n}, **kw)


def score(concept, n, **kw):
    return fact(concept, f"{concept} {n}", values={"score": n}, **kw)


# --- whole years ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "start, end, years",
    [
        (date(2010, 3, 4), date(2026, 3, 3), 15),
        (date(2010, 3, 4), date(2026, 3, 4), 16),   # birthday counts
        (date(2010, 3, 4), date(2026, 3, 5), 16),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # leap-day birthday: not yet 18 on 28 Feb
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2026, 3, 4), date(2026, 3, 4), 0),
    ],
)
def test_whole_years(start, end, years):
    assert whole_years(start, end) == years


# --- age_eligible --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "facts, as_of, expected",
    [
        # date of birth: AS_OF-relative boundaries at ages 9, 10, 65, 66
        ([dob("2016-10-04")], AS_OF, "not_met"),   # 9, turns 10 tomorrow
        ([dob("2016-10-03")], AS_OF, "met"),       # 10 today
        ([dob("1961-10-03")], AS_OF, "met"),       # 65 today
        ([dob("1960-10-04")], AS_OF, "met"),       # 65 (66 tomorrow)
        ([dob("1960-10-03")], AS_OF, "not_met"),   # 66 today
        ([dob("2010-03-04")], AS_OF, "met"),       # 16
        # stated age in a note dated on the as-of date
        ([age(9)], AS_OF, "not_met"),
        ([age(10)], AS_OF, "met"),
        ([age(65)], AS_OF, "met"),
        ([age(66)], AS_OF, "not_met"),
        # stated age plus whole years elapsed since that note
        ([age(9, note_date=date(2025, 10, 3))], AS_OF, "met"),        # 9 + 1 = 10
        ([age(9, note_date=date(2025, 10, 4))], AS_OF, "not_met"),    # less than a whole year: still 9
        ([age(65, note_date=date(2025, 10, 3))], AS_OF, "not_met"),   # 65 + 1 = 66
        ([age(65, note_date=date(2025, 10, 4))], AS_OF, "met"),
        ([age(63, note_date=date(2023, 1, 1))], AS_OF, "not_met"),    # 63 + 3 = 66
        ([], AS_OF, "unknown"),
        ([age(40, family=True)], AS_OF, "unknown"),                   # mother's age
        ([age(40, negated=True)], AS_OF, "unknown"),
        ([age(40, hypothetical=True)], AS_OF, "unknown"),
        ([dob("1980-01-01", family=True)], AS_OF, "unknown"),
    ],
)
def test_age_eligible(facts, as_of, expected):
    assert verdict("age_eligible", facts, as_of) == expected


def test_date_of_birth_wins_over_a_stated_age():
    facts = [dob("2016-10-04", note="N1", note_date=date(2026, 1, 1)),   # 9 on the as-of date
             age(12, note="N2", note_date=AS_OF)]                         # a wrong or rounded age
    a, f = age_on(crit("age_eligible"), PatientFacts("P1", facts), AS_OF)
    assert a == 9 and f.concept == "DOB"
    assert verdict("age_eligible", facts) == "not_met"


def test_newest_stated_age_is_used():
    facts = [age(70, note="N1", note_date=date(2020, 1, 1)),   # would give 76
             age(15, note="N2", note_date=date(2026, 1, 1)),   # the newest: 15 on AS_OF
             age(30, note="N0", note_date=None)]               # undated: oldest
    a, f = age_on(crit("age_eligible"), PatientFacts("P1", facts), AS_OF)
    assert (a, f.note_id) == (15, "N2")
    assert verdict("age_eligible", facts) == "met"


def test_stated_age_in_an_undated_note_adds_nothing():
    a, _ = age_on(crit("age_eligible"), PatientFacts("P1", [age(14, note_date=None)]), AS_OF)
    assert a == 14


def test_age_reason_gives_the_age_and_the_range():
    v = decide("age_eligible", [dob("2000-01-01")])
    assert v.verdict == "met"
    assert "age 26" in v.reason and "10-65" in v.reason


# --- performance_status ----------------------------------------------------------------------------

ADULT = dob("2000-01-01")        # 26 on AS_OF
CHILD = dob("2014-01-01")        # 12 on AS_OF


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([ADULT, score("ECOG", 0)], "met"),
        ([ADULT, score("ECOG", 2)], "met"),
        ([ADULT, score("ECOG", 3)], "not_met"),
        ([ADULT, score("KARNOFSKY", 60)], "met"),     # Karnofsky >= 60 counts as ECOG <= 2
        ([ADULT, score("KARNOFSKY", 50)], "not_met"),
        ([ADULT, score("KARNOFSKY", 90)], "met"),
        ([ADULT, score("LANSKY", 90)], "unknown"),    # wrong scale for the age
        ([ADULT], "unknown"),                          # no score
        ([CHILD, score("LANSKY", 70)], "met"),
        ([CHILD, score("LANSKY", 60)], "not_met"),
        ([CHILD, score("LANSKY", 100)], "met"),
        ([CHILD, score("ECOG", 0)], "unknown"),       # wrong scale
        ([CHILD, score("KARNOFSKY", 90)], "unknown"),
        ([CHILD], "unknown"),
        ([score("ECOG", 1)], "unknown"),              # age unknown: the scale cannot be chosen
        ([score("LANSKY", 90)], "unknown"),
        ([ADULT, score("ECOG", 1, family=True)], "unknown"),
        ([ADULT, score("ECOG", 1, negated=True)], "unknown"),
        ([ADULT, score("ECOG", 1, hypothetical=True)], "unknown"),
    ],
)
def test_performance_status(facts, expected):
    assert verdict("performance_status", facts) == expected


@pytest.mark.parametrize(
    "birth, concept, n, expected",
    [
        ("2010-10-03", "ECOG", 1, "met"),         # 16 today: ECOG applies
        ("2010-10-03", "LANSKY", 90, "unknown"),
        ("2010-10-04", "LANSKY", 90, "met"),      # 15 (16 tomorrow): Lansky applies
        ("2010-10-04", "ECOG", 1, "unknown"),
    ],
)
def test_performance_scale_switches_at_16(birth, concept, n, expected):
    assert verdict("performance_status", [dob(birth), score(concept, n)]) == expected


def test_performance_scale_uses_age_from_stated_age_plus_elapsed_years():
    # 15 in a note a year ago -> 16 now -> ECOG
    facts = [age(15, note="N1", note_date=date(2025, 9, 1)), score("ECOG", 1, note="N2"), score("LANSKY", 50, note="N2")]
    assert verdict("performance_status", facts) == "met"


def test_performance_newest_score_on_the_right_scale_wins():
    facts = [ADULT,
             score("ECOG", 3, note="N1", note_date=date(2026, 1, 1)),
             score("ECOG", 1, note="N2", note_date=date(2026, 9, 1)),
             score("LANSKY", 30, note="N3", note_date=date(2026, 9, 30))]   # newest but wrong scale
    v = decide("performance_status", facts)
    assert v.verdict == "met"
    assert v.evidence[0].note_id == "N2"
    facts_rev = [ADULT,
                 score("ECOG", 1, note="N1", note_date=date(2026, 1, 1)),
                 score("KARNOFSKY", 40, note="N2", note_date=date(2026, 9, 1))]
    assert verdict("performance_status", facts_rev) == "not_met"


def test_performance_reason_names_scale_and_age():
    v = decide("performance_status", [CHILD, score("LANSKY", 80)])
    assert "Lansky 80" in v.reason and "age 12" in v.reason
