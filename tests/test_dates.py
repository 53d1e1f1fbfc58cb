"""chartmatch.dates: parse_date for one value, find_dates for every date in a text."""

from datetime import date

import pytest

from chartmatch.dates import DateMention, find_dates, other_reading, parse_date

REF = date(2026, 10, 10)


# --- parse_date: one value ---------------------------------------------------------------

@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-10-03", date(2026, 10, 3)),           # ISO
        ("2026-1-5", date(2026, 1, 5)),               # ISO without zero padding
        ("10/03/2026", date(2026, 10, 3)),           # US
        ("10/3/26", date(2026, 10, 3)),              # US, short day and year
        ("1/2/1999", date(1999, 1, 2)),               # US, month first (not day first)
        ("Oct 3, 2026", date(2026, 10, 3)),
        ("October 3, 2026", date(2026, 10, 3)),
        ("Oct. 3, 2026", date(2026, 10, 3)),
        ("Sept 3, 2026", date(2026, 9, 3)),
        ("3 Oct 2026", date(2026, 10, 3)),
        ("3rd October 2026", date(2026, 10, 3)),
        ("03/2024", date(2024, 3, 1)),               # month only -> first of month
        ("Oct 2026", date(2026, 10, 1)),              # month only -> first of month
        ("March 2024", date(2024, 3, 1)),
        ("2024-03", date(2024, 3, 1)),
        ("02/29/2024", date(2024, 2, 29)),            # leap day in a leap year
        ("  2026-10-03 \n", date(2026, 10, 3)),       # surrounding whitespace is ignored
    ],
)
def test_parse_date_accepts_documented_formats(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "13/45/2026",        # no month 13, no day 45
        "02/30/2026",        # no 30 February
        "02/29/2025",        # not a leap year
        "2026-13-01",
        "Oct 32, 2026",
        "",
        "soon",
        "yesterday",         # relative: not a date value (no reference)
        "3 days ago",
        "2026-10-03 and 2026-10-04",  # two dates are not one value
        "on 2026-10-03",     # the whole value must be the date
    ],
)
def test_parse_date_rejects_non_dates(value):
    assert parse_date(value) is None


def test_two_digit_years_pivot_at_50():
    assert parse_date("10/3/26") == date(2026, 10, 3)
    assert parse_date("10/3/50") == date(2050, 10, 3)
    assert parse_date("10/3/51") == date(1951, 10, 3)


# --- find_dates: every mention, with exact offsets ------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("2026-10-03", date(2026, 10, 3)),
        ("10/03/2026", date(2026, 10, 3)),
        ("10/3/26", date(2026, 10, 3)),
        ("Oct 3, 2026", date(2026, 10, 3)),
        ("3 Oct 2026", date(2026, 10, 3)),
        ("03/2024", date(2024, 3, 1)),
        ("Oct 2026", date(2026, 10, 1)),
    ],
)
def test_find_dates_offsets_index_the_text(expr, expected):
    text = f"Seen in clinic on {expr}; stable."
    found = find_dates(text)
    assert len(found) == 1
    m = found[0]
    assert text[m.start:m.end] == expr
    assert m.start == len("Seen in clinic on ")
    assert m.value == expected
    assert m.relative is False


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("3 days ago", date(2026, 10, 7)),
        ("two weeks ago", date(2026, 9, 26)),
        ("a week ago", date(2026, 10, 3)),
        ("last week", date(2026, 10, 3)),
        ("yesterday", date(2026, 10, 9)),
        ("Yesterday", date(2026, 10, 9)),
        ("today", date(2026, 10, 10)),
        ("10 days prior", date(2026, 9, 30)),
    ],
)
def test_relative_phrases_resolve_against_the_reference_date(phrase, expected):
    text = f"Prednisone given {phrase} for nausea."
    found = find_dates(text, REF)
    assert [(text[m.start:m.end], m.value, m.relative) for m in found] == [(phrase, expected, True)]


@pytest.mark.parametrize("phrase", ["3 days ago", "two weeks ago", "last week", "yesterday"])
def test_relative_phrases_without_a_reference_are_not_dates(phrase):
    assert find_dates(f"MMR vaccine {phrase}.") == []


def test_relative_phrase_moves_with_the_reference():
    text = "dexamethasone 3 days ago"
    assert find_dates(text, date(2026, 1, 2))[0].value == date(2025, 12, 30)
    assert find_dates(text, date(2024, 3, 1))[0].value == date(2024, 2, 27)  # leap year


def test_invalid_date_is_ignored_and_valid_one_kept():
    text = "Seen 13/45/2026 and again 10/03/2026."
    found = find_dates(text)
    assert len(found) == 1
    assert text[found[0].start:found[0].end] == "10/03/2026"
    assert found[0].value == date(2026, 10, 3)


@pytest.mark.parametrize("text", ["13/45/2026", "02/30/2026", "2026-02-30", "00/10/2026", "BP 120/80", "dose 5/10 mg"])
def test_no_date_found_in_invalid_or_non_date_numbers(text):
    assert find_dates(text) == []


def test_several_dates_in_text_order_with_exact_offsets():
    text = "Dx 03/2024. MAP until Oct 3, 2025. CT 2026-09-01, seen 2 weeks ago.\r\nNext 3 Oct 2026."
    found = find_dates(text, REF)
    got = [(text[m.start:m.end], m.value) for m in found]
    assert got == [
        ("03/2024", date(2024, 3, 1)),
        ("Oct 3, 2025", date(2025, 10, 3)),
        ("2026-09-01", date(2026, 9, 1)),
        ("2 weeks ago", date(2026, 9, 26)),
        ("3 Oct 2026", date(2026, 10, 3)),
    ]
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(isinstance(m, DateMention) for m in found)


def test_full_date_is_not_also_read_as_month_only_or_two_digit_year():
    # leftmost-longest: 10/03/2026 is one date, not 03/2026 or 10/03/20.
    for text, whole in [("on 10/03/2026.", "10/03/2026"), ("on 2026-10-03.", "2026-10-03"),
                        ("on 3 Oct 2026.", "3 Oct 2026"), ("on Oct 3, 2026.", "Oct 3, 2026")]:
        found = find_dates(text)
        assert [(text[m.start:m.end]) for m in found] == [whole], text


def test_find_dates_in_a_window_reports_offsets_in_the_whole_text():
    text = "2026-01-01 first sentence. Second on 2026-02-02. Third 2026-03-03."
    start = text.index("Second")
    end = text.index("Third")
    found = find_dates(text, None, start, end)
    assert len(found) == 1
    m = found[0]
    assert text[m.start:m.end] == "2026-02-02"
    assert m.start == text.index("2026-02-02")
    assert m.value == date(2026, 2, 2)


def test_offsets_survive_crlf_and_non_ascii():
    text = "Bilan pré-op\r\nCT thorax: 10/3/26\r\nNote écrite 3 Oct 2026"
    found = find_dates(text)
    assert [text[m.start:m.end] for m in found] == ["10/3/26", "3 Oct 2026"]


@pytest.mark.parametrize("text", ["HIV 1/2 antibody: nonreactive", "grade 1/2 neuropathy", "1/2 of the dose", "HIV-1/2 Ag/Ab"])
def test_ratios_and_test_names_are_not_dates(text):
    assert find_dates(text, date(2026, 11, 1)) == []


def test_month_day_takes_the_reference_year_or_the_one_before():
    assert [d.value for d in find_dates("Varivax given 9/5", date(2025, 9, 15))] == [date(2025, 9, 5)]
    assert [d.value for d in find_dates("seen 12/30", date(2026, 1, 10))] == [date(2025, 12, 30)]


# Days without a year, as notes write them in every habit: the occurrence nearest the note,
# a future one counting double (a plan a few days or weeks ahead; a past event months back).
@pytest.mark.parametrize(
    "text, ref, day_first, expected",
    [
        ("MAP from 29-04.", date(2026, 4, 27), False, date(2026, 4, 29)),        # two days ahead: planned
        ("MAP from 29/04.", date(2026, 4, 27), False, date(2026, 4, 29)),        # only day first can be read
        ("neoadjuvant MAP to start 5/11", date(2026, 4, 27), False, date(2026, 5, 11)),
        ("start 5/11", date(2026, 4, 27), True, date(2025, 11, 5)),               # day first: 5 November, past
        ("stopped 3-10", date(2026, 10, 20), False, date(2026, 10, 3)),
        ("seen on 3 Oct", date(2026, 4, 27), False, date(2025, 10, 3)),          # 159 days ahead counts as 318
        ("last dose 3rd of October", date(2026, 10, 20), False, date(2026, 10, 3)),
        ("review Oct 3rd", date(2026, 9, 28), False, date(2026, 10, 3)),
        ("dose given Dec 30", date(2027, 1, 4), False, date(2026, 12, 30)),      # across the new year
        ("seen 29 Feb", date(2025, 3, 10), False, date(2024, 2, 29)),            # only a leap year has it
    ],
)
def test_day_without_year_is_the_nearest_occurrence(text, ref, day_first, expected):
    assert [d.value for d in find_dates(text, ref, day_first=day_first)] == [expected]


@pytest.mark.parametrize("text", ["24/7 nursing care", "visual acuity 20/20", "may 5 mg be given", "dose 10-12 mg",
                                  "ECOG 0-1", "T2 N0 M0", "1 of 3 nodes", "from 10-12 cycles"])
def test_day_without_year_needs_a_date_shape(text):
    assert find_dates(text, date(2026, 4, 27)) == []


# --- date formats of other habits: European, written out, Chinese, month alone -------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("3.10.2026", date(2026, 10, 3)),          # European dots are day first
        ("03.10.26", date(2026, 10, 3)),
        ("28.2.2025", date(2025, 2, 28)),
        ("03-Oct-2026", date(2026, 10, 3)),
        ("3-oct-26", date(2026, 10, 3)),
        ("the 3rd of October 2026", date(2026, 10, 3)),
        ("3rd of October, 2026", date(2026, 10, 3)),
        ("October 3rd, 2026", date(2026, 10, 3)),
        ("2026年3月10日", date(2026, 3, 10)),
        ("2026年3月", date(2026, 3, 1)),
        ("2026 年 3 月 10 日", date(2026, 3, 10)),
        ("10.2025", date(2025, 10, 1)),             # month.year
        ("Oct, 2025", date(2025, 10, 1)),
    ],
)
def test_find_dates_reads_european_written_and_chinese_dates(expr, expected):
    found = find_dates(f"Seen {expr}; stable.")
    assert [(m.value, m.relative) for m in found] == [(expected, False)]
    assert f"Seen {expr}; stable."[found[0].start:found[0].end].strip(" ;") in expr


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("since March", date(2026, 3, 1)),
        ("last dose in August", date(2026, 8, 1)),
        ("stopped in early September", date(2026, 9, 1)),
        ("held since mid-October", date(2026, 10, 1)),
        ("until November", date(2025, 11, 1)),        # after the reference month: the year before
        ("last October", date(2025, 10, 1)),          # 'last' + the reference's own month
        ("given through Dec.", date(2025, 12, 1)),
        ("since May", date(2026, 5, 1)),
    ],
)
def test_month_named_alone_after_a_preposition_is_the_latest_such_month(phrase, expected):
    text = f"Prednisone {phrase}, nothing since."
    found = [m for m in find_dates(text, REF) if m.value != REF]
    assert [(m.value, m.relative) for m in found] == [(expected, True)]


@pytest.mark.parametrize("text", ["She may need steroids.", "in may be", "March of dimes fundraiser", "in March 2024 she"])
def test_month_alone_needs_a_lead_word_and_no_year(text):
    found = find_dates(text, REF)
    assert all(m.relative is False for m in found)


@pytest.mark.parametrize(
    "phrase, ref, expected",
    [
        ("1 month ago", date(2026, 3, 1), date(2026, 2, 1)),      # calendar month, not 30 days
        ("1 month ago", date(2026, 3, 31), date(2026, 2, 28)),    # clipped to the month's end
        ("2 months ago", date(2024, 4, 30), date(2024, 2, 29)),
        ("last month", date(2026, 1, 15), date(2025, 12, 15)),
        ("a year ago", date(2024, 2, 29), date(2023, 2, 28)),
        ("3 weeks ago", date(2026, 1, 10), date(2025, 12, 20)),
    ],
)
def test_relative_months_and_years_are_calendar_units(phrase, ref, expected):
    assert [m.value for m in find_dates(f"MMR {phrase}.", ref)] == [expected]


@pytest.mark.parametrize(
    "text, day_first",
    [
        ("Seen 23/10/2026, CT 03/10/2026.", True),
        ("Seen 3.10.2026; CT 04/10/2026.", True),
        ("Seen 10/23/2026, CT 03/10/2026.", False),
        ("Seen 03/10/2026.", False),                       # ambiguous alone: US reading
        ("Seen 23/10/2026 and 10/23/2026.", False),        # contradictory: keep the US reading
        # a day and month without a year tell the habit too
        ("06/03/2026: chemo start Monday 9/3. Chest drain removed 23/2.", True),
        ("Chemo start 9/3. Seen 2/23.", False),
        ("Pain 7/10, BP 120/80, GCS 15/15.", False),       # scores and pressures are no dates
    ],
)
def test_writes_day_first_only_on_unambiguous_evidence(text, day_first):
    from chartmatch.dates import writes_day_first

    assert writes_day_first(text) is day_first


def test_day_first_reads_slashed_dates_and_month_day_the_other_way():
    text = "MRI 03/10/2026, seen 5/9."
    assert [m.value for m in find_dates(text, REF, day_first=True)] == [date(2026, 10, 3), date(2026, 9, 5)]
    assert [m.value for m in find_dates(text, REF)] == [date(2026, 3, 10), date(2026, 5, 9)]


@pytest.mark.parametrize("text, last, first", [
    ("leukaemia chemotherapy 2021-2022", date(2022, 1, 1), date(2021, 1, 1)),
    ("MAP 04/2023 - 01/2024", date(2024, 1, 1), date(2023, 4, 1)),
    ("from 2019 to 2021", date(2021, 1, 1), date(2019, 1, 1)),
    ("Oct 3, 2026", date(2026, 10, 3), None),                 # not a range
])
def test_ranges_carry_their_first_day_for_diagnoses(text, last, first):
    (found,) = find_dates(text, REF)
    assert (found.value, found.first) == (last, first)


@pytest.mark.parametrize(
    "expr, taken, other",
    [
        ("03/11/2016", date(2016, 3, 11), date(2016, 11, 3)),   # read month first, the other is day first
        ("03/11/2016", date(2016, 11, 3), date(2016, 3, 11)),
        ("3.10.2026", date(2026, 10, 3), date(2026, 3, 10)),
        ("13/11/2016", date(2016, 11, 13), None),                # only day first can be read
        ("3/03/2016", date(2016, 3, 3), None),                   # both readings are one day
        ("2016-03-11", date(2016, 3, 11), None),                 # ISO has one reading
    ],
)
def test_other_reading_of_a_date_whose_day_and_month_could_swap(expr, taken, other):
    assert other_reading(expr, taken) == other


# Dates in the languages translated letters keep: month names and their abbreviations, the day
# written with a dot ("3. Oktober"), Romance "de" between the parts, and lead words ("seit März").
FOREIGN_DATES = [
    ("Letzte Gabe 3. Oktober 2026", "2026-10-03"),
    ("vaccinata il 3 ott 2026", "2026-10-03"),
    ("última dosis el 3 de octubre de 2026", "2026-10-03"),
    ("gevaccineerd op 3 oktober 2026", "2026-10-03"),
    ("dernière dose le 3 octobre 2026", "2026-10-03"),
    ("última dose em 3 de outubro de 2026", "2026-10-03"),
    ("Diagnose Oktober 2026", "2026-10-01"),
    ("diagnosticado en marzo de 2025", "2025-03-01"),
    ("15-okt-2026", "2026-10-15"),
    ("5 mai 2026", "2026-05-05"),
    ("17. Dezember 2025", "2025-12-17"),
    ("1er juillet 2026", "2026-07-01"),
]


@pytest.mark.parametrize("text, expected", FOREIGN_DATES)
def test_dates_foreign_month_names_give_the_day(text, expected):
    found = find_dates(text, date(2026, 11, 1), 0, len(text))
    assert [d.value.isoformat() for d in found] == [expected]


@pytest.mark.parametrize("text, expected", [("seit März", "2026-03-01"), ("desde marzo", "2026-03-01"),
                                            ("depuis juin", "2026-06-01"), ("im Oktober", "2026-10-01")])
def test_dates_foreign_lead_word_dates_a_month_named_alone(text, expected):
    found = find_dates(text, date(2026, 11, 1), 0, len(text))
    assert [d.value.isoformat() for d in found] == [expected]


@pytest.mark.parametrize("text", ["grade 3 DIC", "Dr. Marco reviewed", "3 sets of labs", "set 3 alarms"])
def test_dates_foreign_month_words_do_not_collide_with_english(text):
    assert find_dates(text, date(2026, 11, 1), 0, len(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("chest better since she finished the prednisolone on the 5th. No fever.", date(2025, 10, 5)),
        ("dexamethasone held since the 23rd", date(2025, 9, 23)),     # after the note's day: the month before
        ("stopped it on the 14th, as planned", date(2025, 10, 14)),
        ("no steroids from the 1st until now", date(2025, 10, 1)),
    ],
)
def test_dates_day_of_month_alone_is_the_latest_such_day(text, expected):
    assert [d.value for d in find_dates(text, date(2025, 10, 14))] == [expected]


@pytest.mark.parametrize("text", ["on the 5th cycle", "on the 2nd dose of MAP", "by the 3rd week", "the 5th of"])
def test_dates_day_of_month_alone_needs_a_date_shape(text):
    assert find_dates(text, date(2025, 10, 14)) == []
