"""Window criteria (decide/logic/windows.py): an exposure within N days / years of the as-of date.

Facts are built by hand (no NLP). The guideline: windows count back from the as-of date,
boundary day included; an undated event described as current counts inside every window;
an event with only a month is dated to that month's first day; local routes, replacement
therapy, family / hypothetical / protocol mentions do not count; an uncertain mention of an
exclusion gives unknown.
"""

from datetime import date

import pytest

from chartmatch.dates import parse_date
from chartmatch.decide.logic.windows import window_days
from helpers_core import AS_OF, crit, days_before, decide, fact, verdict

# criterion id -> (concept, text, norm, values) of an exposure that counts
EXPOSURE = {
    "systemic_steroids_7d": ("SYSTEMIC_STEROID", "prednisone", "prednisone", {"route": "systemic"}),
    "live_vaccine_30d": ("LIVE_VACCINE", "MMR vaccine", "mmr", {}),
    "immunomodulator_2w": ("IMMUNOMODULATOR", "thymalfasin", "thymosin", {}),
    "investigational_agent_4w": ("INVESTIGATIONAL", "investigational agent", "investigational", {}),
    "other_malignancy_5y": ("OTHER_MALIGNANCY", "papillary thyroid carcinoma", "thyroid cancer", {}),
}
WINDOW = {"systemic_steroids_7d": 7, "live_vaccine_30d": 30, "immunomodulator_2w": 14, "investigational_agent_4w": 28}


def exposure(cid, **kw):
    concept, text, norm, values = EXPOSURE[cid]
    kw.setdefault("values", dict(values))
    return fact(concept, text, norm=norm, **kw)


# --- boundaries -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "cid, days_ago, expected",
    [
        ("systemic_steroids_7d", 0, "met"),
        ("systemic_steroids_7d", 6, "met"),
        ("systemic_steroids_7d", 7, "met"),        # boundary day included
        ("systemic_steroids_7d", 8, "not_met"),
        ("live_vaccine_30d", 30, "met"),
        ("live_vaccine_30d", 31, "not_met"),
        ("immunomodulator_2w", 14, "met"),
        ("immunomodulator_2w", 15, "not_met"),
        ("investigational_agent_4w", 28, "met"),
        ("investigational_agent_4w", 29, "not_met"),
        ("investigational_agent_4w", 400, "not_met"),
    ],
)
def test_day_windows_boundary_included(cid, days_ago, expected):
    f = exposure(cid, note_date=AS_OF, date=days_before(days_ago))
    assert verdict(cid, [f]) == expected


@pytest.mark.parametrize("cid", sorted(WINDOW))
def test_window_sizes_come_from_the_spec(cid):
    assert window_days(crit(cid), AS_OF) == WINDOW[cid]


@pytest.mark.parametrize(
    "as_of, diagnosed, expected",
    [
        (date(2026, 10, 3), date(2021, 10, 3), "met"),       # exactly 5 years: boundary included
        (date(2026, 10, 3), date(2021, 10, 2), "not_met"),   # 5 years and a day
        (date(2026, 10, 3), date(2021, 10, 4), "met"),
        (date(2026, 10, 3), date(2008, 5, 1), "not_met"),
        (date(2028, 3, 1), date(2023, 3, 1), "met"),         # the window spans 29 Feb 2024 (1827 days)
        (date(2028, 3, 1), date(2023, 2, 28), "not_met"),
        (date(2028, 2, 29), date(2023, 2, 28), "met"),       # as-of on a leap day
        (date(2028, 2, 29), date(2023, 2, 27), "not_met"),
    ],
)
def test_other_malignancy_five_calendar_years(as_of, diagnosed, expected):
    f = exposure("other_malignancy_5y", note_date=as_of, date=diagnosed, historical=True)
    assert verdict("other_malignancy_5y", [f], as_of) == expected


def test_event_dated_after_the_as_of_date_is_outside_the_window():
    f = exposure("systemic_steroids_7d", note_date=days_before(-3), date=days_before(-2))
    assert verdict("systemic_steroids_7d", [f]) == "not_met"


# --- undated, current, month-only, note date -------------------------------------------------------

@pytest.mark.parametrize("cid", sorted(EXPOSURE))
def test_undated_but_current_counts_inside_every_window(cid):
    # "is on ..." in a note without any date at all
    f = exposure(cid, note_date=None, date=None, current=True)
    v = decide(cid, [f])
    assert v.verdict == "met"
    assert f in v.evidence


@pytest.mark.parametrize("cid", sorted(EXPOSURE))
def test_current_counts_even_when_the_note_is_old(cid):
    # a current-medication list in a note from years ago still says "is on"
    old = date(2019, 1, 1)
    f = exposure(cid, note_date=old, date=old, current=True)
    assert verdict(cid, [f]) == "met"


@pytest.mark.parametrize("cid", sorted(EXPOSURE))
def test_undated_not_current_is_unknown(cid):
    f = exposure(cid, note_date=None, date=None)
    assert verdict(cid, [f]) == "unknown"


@pytest.mark.parametrize("cid", sorted(EXPOSURE))
def test_historical_current_does_not_bypass_the_date(cid):
    # current=True but historical ("was on ... in 2015"): the date decides
    f = exposure(cid, note_date=AS_OF, date=date(2015, 1, 1), current=True, historical=True)
    assert verdict(cid, [f]) == "not_met"


@pytest.mark.parametrize(
    "cid, month_text, as_of, expected",
    [
        ("live_vaccine_30d", "09/2026", date(2026, 10, 1), "met"),       # 2026-09-01 is 30 days back
        ("live_vaccine_30d", "09/2026", date(2026, 10, 2), "not_met"),   # 31 days
        ("live_vaccine_30d", "Sep 2026", date(2026, 10, 1), "met"),
        ("systemic_steroids_7d", "10/2026", date(2026, 10, 8), "met"),   # first of month, 7 days
        ("systemic_steroids_7d", "10/2026", date(2026, 10, 9), "not_met"),
        ("other_malignancy_5y", "03/2021", date(2026, 3, 1), "met"),
        ("other_malignancy_5y", "03/2021", date(2026, 3, 2), "not_met"),
    ],
)
def test_month_only_dates_count_from_the_first_of_the_month(cid, month_text, as_of, expected):
    month = parse_date(month_text)
    assert month.day == 1
    f = exposure(cid, note_date=as_of, date=month)
    assert verdict(cid, [f], as_of) == expected


def test_undated_event_in_a_dated_note_takes_the_note_date():
    # the helper gives an undated event its note's date, as the extractor does
    inside = exposure("live_vaccine_30d", note_date=days_before(30))
    outside = exposure("live_vaccine_30d", note_date=days_before(31))
    assert inside.date == days_before(30) and not inside.date_in_text
    assert verdict("live_vaccine_30d", [inside]) == "met"
    assert verdict("live_vaccine_30d", [outside]) == "not_met"


def test_any_exposure_inside_wins_over_others_outside():
    facts = [
        exposure("systemic_steroids_7d", note="N1", note_date=date(2026, 1, 1)),
        exposure("systemic_steroids_7d", note="N2", note_date=days_before(2)),
        exposure("systemic_steroids_7d", note="N3", note_date=days_before(60)),
    ]
    v = decide("systemic_steroids_7d", facts)
    assert v.verdict == "met"
    assert v.evidence[0].note_id == "N2"


def test_dated_exposure_inside_outweighs_an_undated_one():
    facts = [exposure("investigational_agent_4w", note="N1", note_date=None, date=None),
             exposure("investigational_agent_4w", note="N2", date=days_before(10))]
    assert verdict("investigational_agent_4w", facts) == "met"


def test_undated_exposure_with_others_outside_is_unknown():
    facts = [exposure("live_vaccine_30d", note="N1", note_date=None, date=None),
             exposure("live_vaccine_30d", note="N2", date=days_before(200))]
    assert verdict("live_vaccine_30d", facts) == "unknown"


# --- what does not count -------------------------------------------------------------------------

def test_nothing_in_the_notes_is_not_met_closed_world():
    for cid in EXPOSURE:
        v = decide(cid, [])
        assert v.verdict == "not_met", cid
        assert v.evidence == ()


@pytest.mark.parametrize("flag", ["family", "hypothetical", "protocol", "negated"])
@pytest.mark.parametrize("cid", sorted(EXPOSURE))
def test_not_about_the_patient_or_negated_is_ignored(cid, flag):
    f = exposure(cid, current=True, **{flag: True})
    assert verdict(cid, [f]) == "not_met"


@pytest.mark.parametrize("cid", sorted(EXPOSURE))
def test_uncertain_inside_the_window_is_unknown(cid):
    f = exposure(cid, date=days_before(1), uncertain=True)
    assert verdict(cid, [f]) == "unknown"


@pytest.mark.parametrize("cid", ["systemic_steroids_7d", "live_vaccine_30d", "investigational_agent_4w"])
def test_uncertain_outside_the_window_is_not_met(cid):
    f = exposure(cid, date=date(2015, 1, 1), uncertain=True)
    assert verdict(cid, [f]) == "not_met"


@pytest.mark.parametrize(
    "concept, text, values, expected",
    [
        ("SYSTEMIC_STEROID", "prednisone", {"route": "systemic"}, "met"),
        ("SYSTEMIC_STEROID", "prednisone", {}, "met"),                    # route not needed for prednisone
        ("SYSTEMIC_STEROID", "dexamethasone", {"route": "systemic"}, "met"),
        ("IMMUNOSUPPRESSANT", "tacrolimus", {}, "met"),
        ("SYSTEMIC_STEROID", "fluticasone", {"route": "local"}, "not_met"),  # inhaled
        ("SYSTEMIC_STEROID", "prednisolone", {"route": "local"}, "not_met"),  # eye drops
        ("LOCAL_STEROID", "hydrocortisone cream", {"route": "local"}, "not_met"),
        ("LOCAL_STEROID", "budesonide inhaler", {}, "not_met"),
        ("SYSTEMIC_STEROID", "hydrocortisone", {"replacement": True}, "not_met"),  # physiological replacement
        ("SYSTEMIC_STEROID", "hydrocortisone", {}, "unknown"),              # route decides and is not stated
        ("SYSTEMIC_STEROID", "budesonide", {}, "unknown"),
        ("SYSTEMIC_STEROID", "hydrocortisone", {"route": "systemic"}, "met"),
    ],
)
def test_steroid_route_and_replacement(concept, text, values, expected):
    f = fact(concept, text, norm=text.split()[0], values=values, date=days_before(2))
    assert verdict("systemic_steroids_7d", [f]) == expected


def test_local_steroid_with_a_systemic_one_inside_is_met():
    facts = [fact("LOCAL_STEROID", "fluticasone", values={"route": "local"}, date=days_before(1)),
             fact("SYSTEMIC_STEROID", "dexamethasone", norm="dexamethasone", values={"route": "systemic"}, date=days_before(5))]
    assert verdict("systemic_steroids_7d", facts) == "met"


def test_systemic_steroid_outside_the_window_with_unclear_route_is_not_met():
    f = fact("SYSTEMIC_STEROID", "hydrocortisone", norm="hydrocortisone", date=days_before(40))
    assert verdict("systemic_steroids_7d", [f]) == "not_met"


@pytest.mark.parametrize("values, expected", [({"route": "local"}, "not_met"), ({}, "met")])
def test_immunomodulator_local_pleural_use_does_not_count(values, expected):
    # "IL-2 instilled into the pleural cavity to control the effusion" -> route local
    f = fact("IMMUNOMODULATOR", "interleukin-2", norm="interleukin", values=values, date=days_before(3))
    assert verdict("immunomodulator_2w", [f]) == expected


def test_met_reason_names_the_window_and_the_fact():
    f = exposure("live_vaccine_30d", note="N7", date=days_before(5))
    v = decide("live_vaccine_30d", [f])
    assert "30 days" in v.reason and "MMR vaccine" in v.reason and "N7" in v.reason


def test_years_window_reason_says_years():
    v = decide("other_malignancy_5y", [exposure("other_malignancy_5y", date=days_before(100))])
    assert v.verdict == "met" and "5 years" in v.reason


# --- autoimmune disease with systemic treatment within 2 years --------------------------------------

def lupus(**kw):
    return fact("AUTOIMMUNE_DISEASE", "systemic lupus erythematosus", norm="lupus", **kw)


@pytest.mark.parametrize(
    "treated_days_ago, expected",
    [(0, "met"), (365, "met"), (730, "met"), (731, "not_met"), (2000, "not_met")],
)
def test_autoimmune_treatment_window_two_years(treated_days_ago, expected):
    # AS_OF 2026-10-03: two years back is 2024-10-03, 730 days (no 29 February in between)
    assert (AS_OF - date(2024, 10, 3)).days == 730
    facts = [lupus(), fact("IMMUNOSUPPRESSANT", "mycophenolate", date=days_before(treated_days_ago))]
    assert verdict("autoimmune_systemic_2y", facts) == expected


@pytest.mark.parametrize("as_of, treated", [(date(2025, 3, 1), date(2023, 3, 1)), (date(2026, 1, 15), date(2024, 1, 15))])
def test_autoimmune_exactly_two_years_across_a_leap_day(as_of, treated):
    facts = [lupus(note_date=as_of), fact("SYSTEMIC_STEROID", "prednisone", norm="prednisone",
                                           values={"route": "systemic"}, note_date=as_of, date=treated)]
    assert verdict("autoimmune_systemic_2y", facts, as_of) == "met"


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([], "not_met"),                                                         # no disease
        ([lupus()], "not_met"),                                                  # disease, no systemic treatment
        ([lupus(uncertain=True)], "unknown"),                                    # suspected only
        ([lupus(negated=True)], "not_met"),
        ([lupus(family=True), fact("SYSTEMIC_STEROID", "prednisone", norm="prednisone", values={"route": "systemic"})], "not_met"),
        ([lupus(), fact("SYSTEMIC_STEROID", "prednisone", norm="prednisone", values={"route": "systemic"}, current=True, note_date=None, date=None)], "met"),
        ([lupus(), fact("IMMUNOSUPPRESSANT", "azathioprine", note_date=None, date=None)], "unknown"),   # treated, date unknown
        ([lupus(), fact("SYSTEMIC_STEROID", "prednisone", norm="prednisone", values={"route": "local"})], "not_met"),
        ([lupus(), fact("IMMUNOSUPPRESSANT", "azathioprine", negated=True)], "not_met"),
        ([lupus(), fact("IMMUNOSUPPRESSANT", "azathioprine", hypothetical=True)], "not_met"),
    ],
)
def test_autoimmune_cases(facts, expected):
    assert verdict("autoimmune_systemic_2y", facts) == expected


def test_autoimmune_replacement_therapy_is_not_systemic_treatment():
    facts = [fact("AUTOIMMUNE_DISEASE", "Hashimoto thyroiditis", norm="hashimoto"),
             fact("REPLACEMENT_THERAPY", "levothyroxine", current=True),
             fact("SYSTEMIC_STEROID", "hydrocortisone", norm="hydrocortisone", values={"replacement": True}, current=True)]
    v = decide("autoimmune_systemic_2y", facts)
    assert v.verdict == "not_met"
    assert "replacement" in v.reason


def test_autoimmune_uncertain_treatment_is_unknown():
    facts = [lupus(), fact("IMMUNOSUPPRESSANT", "methotrexate", uncertain=True, date=days_before(30))]
    assert verdict("autoimmune_systemic_2y", facts) == "unknown"
