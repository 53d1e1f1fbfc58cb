"""Dates as notes write them: parse one value, or find every date expression in a text.

Formats: ISO ``2026-10-03``, US ``10/03/2026`` and ``10/3/26`` (day first where the note
writes day first), European ``3.10.2026``, ``03-Oct-2026``, ``Oct 3, 2026``, ``3 Oct 2026``,
``the 3rd of October 2026``, Chinese ``2026年3月10日``, day and month without a year ``9/5``, ``29/04``, ``from 29-04``, ``3 Oct``, ``Oct 3rd`` (the
occurrence nearest the reference date), month only ``03/2024`` / ``Oct 2026`` (dated to the month's first day, as
the guideline says), a year alone ``2016`` (its first day), and relative phrases (``3 days ago``, ``last week``, ``yesterday``)
and a month named alone after a preposition (``since March``, ``last dose in August``)
resolved against a reference date (the note's date) in calendar units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

_MONTH_NAMES = [  # English, then the words translated letters keep (de, fr, es, it, pt, nl, sv/da/no)
    ("jan", "january", "januar", "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari", "jänner", "jaenner"),
    ("feb", "february", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "februari"),
    ("mar", "march", "märz", "maerz", "mrz", "mars", "marzo", "março", "maart"),
    ("apr", "april", "avril", "abril", "abr", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio", "mei", "maj"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "junho"),
    ("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho"),
    ("aug", "august", "août", "aout", "agosto", "augustus", "augusti"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "sett", "setembro"),
    ("oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro"),
    ("nov", "november", "novembre", "noviembre", "novembro"),
    ("dec", "december", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dicembre", "dezembro"),
]
_MONTHS = {m: i for i, names in enumerate(_MONTH_NAMES, start=1) for m in names}
# longest first, so that "march" is not read as "mar" + "ch"
_MON = r"(?P<mon>" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_UNITS = {"day": "days", "days": "days", "d": "days", "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks",
          "month": "months", "months": "months", "mo": "months", "mos": "months",
          "year": "years", "years": "years", "yr": "years", "yrs": "years"}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
# A month named alone is a date only after a word that makes it one ("since March", "last
# dose in August", "until the spring" is not dated): resolved to the latest such month on or
# before the reference date, dated to its first day as a month-only date is.
_MONTH_LEAD = r"(?:since|in|until|till|through|thru|from|during|by|last|early|mid|late|end of|beginning of|start of|before|after|seit|im|ab|bis|desde|hasta|depuis|sinds|dal|dalla|fino a|a partir de|en)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # ranges, dated to their end (an exposure counts from its last day): 07-08/2019,
    # 02/2024 - 05/2024, 11/20-11/24/2025
    ("range_my", re.compile(r"\b(?:\d{1,2}/)?(?:19|20)?\d{0,2}\d{1,2}\s*(?:-|–|to)\s*(?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b(?![/.-]\d)")),
    ("range_md", re.compile(r"\b\d{1,2}/\d{1,2}\s*(?:-|–)\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)?\d\d)\b")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")),
    ("cjk", re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?")),
    # day-first with dots, as European notes write it: 3.10.2026, 03.10.26
    ("dot", re.compile(r"(?<![\d.])\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d|\d\d)\b(?![.,]?\d)")),
    ("us", re.compile(r"\b(?P<m>\d{1,2})[/-](?P<d>\d{1,2})[/-](?P<y>(?:19|20)?\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    # "3 October 2026", "3. Oktober 2026", "3 de octubre de 2026", "3 ott 2026"
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})\.?(?:st|nd|rd|th|er)?(?:\s+(?:of|de|del))?[\s-]+{_MON}[\s,-]+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})-{_MON}-(?P<y>\d\d)\b", re.I)),  # 03-Oct-26
    ("my", re.compile(rf"\b{_MON},?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("m/y", re.compile(r"(?<![/\d-])\b(?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)\b(?![/-]\d)")),
    ("m/y", re.compile(r"(?<![\d.])\b(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b(?![.,]?\d)")),  # 10.2025
    ("ym", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})\b(?![-/.]\d)")),
    ("yy", re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?P<y>(?:19|20)\d\d)\b")),  # 2019-2021: to its end year
    ("y", re.compile(r"(?<![\d/.:-])\b(?P<y>(?:19|20)\d\d)\b(?![/.:-]?\d)(?!\s*(?:mg|mcg|ml|mL|cGy|Gy|units?|IU|cells|kcal|m2|mm|cm|x\b))")),
    # month/day: not a ratio or a test's name ("HIV 1/2", "grade 1/2", "1/2 of the dose")
    ("md", re.compile(r"(?<![\w/.:-])(?<!grade )(?<!gr )(?<!G )(?<!HIV )(?<!hiv )(?<!type )(?<!stage )(?!24/7\b)(?P<m>3[01]|[12]\d|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![/\d])(?!\s*(?:antibod|ab\b|ag\b|of\b|tab|dose|strength))", re.I)),
    # day-month with a dash after a word that introduces a date ("MAP from 29-04", "stopped 3-10")
    ("dm", re.compile(r"\b(?:from|since|on|until|till|dated|starting|started|stopped|held|given|due)\s(?P<d>3[01]|[12]\d|0?[1-9])-(?P<m>1[0-2]|0?[1-9])\b(?![-/.]\d)(?!\s*(?:mg|mcg|ml|units?|x\b|times|cycles?|days?|weeks?|months?|years?|%))", re.I)),
    # a day and a month written out, no year: "3 Oct", "3rd of October", "Oct 3rd"
    ("dm_word", re.compile(rf"\b(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{_MON}(?![\w-])(?![\s,/-]*(?:19|20)?\d\d)", re.I)),
    ("md_word", re.compile(rf"\b{_MON}\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![\s,/-]*(?:19|20)\d\d)(?!\s*(?:mg|mcg|ml|units?|x\b|%|-))", re.I)),
    # a day of the month alone, after a word that introduces a date: "finished the prednisolone on the
    # 5th", "held since the 3rd" (the latest such day up to the note; never "the 5th cycle")
    ("dom", re.compile(r"\b(?:on|since|from|until|till|by)\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
                       r"(?=[ \t]*(?:[.,;:)\n]|$|and\b|at\b|when\b|but\b|with\b|as\b|after\b|because\b|until\b|till\b|onwards?\b|through\b))", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s*(?P<u>days?|d|weeks?|wks?|wk|months?|mos?|years?|yrs?)\s+(?:ago|prior|earlier|before)\b(?!\s+(?:the|this|surgery|admission|starting|start))", re.I)),
    ("last", re.compile(r"\b(?:last|past|previous)\s+(?P<u>week|month|year)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|tonight)\b", re.I)),
    ("month", re.compile(rf"\b(?P<lead>{_MONTH_LEAD})\s+(?:(?:the\s+)?(?:early|mid|late|end of|beginning of)[\s-]+)?(?P<word>{_MON})(?!\s*\d)(?![\w-])", re.I)),
]
_RELATIVE = frozenset({"dom", "md", "dm", "dm_word", "md_word", "ago", "last", "yesterday", "today", "month"})


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: date
    relative: bool  # resolved against the reference date
    first: date | None = None  # a range's first day ("2021-2022"): when a diagnosis began


def _year(text: str) -> int:
    y = int(text)
    if y < 100:
        y += 2000 if y <= 50 else 1900
    return y


def _nearest_year(ref: date, month: int, day: int) -> date | None:
    """A day and month without a year: the occurrence nearest the reference date, a future
    one counting double (notes tell the past more often than they plan far ahead), so "from
    29/04" in a note of 27 April is two days ahead, "on 3 Oct" in a note of 27 April last
    October, "on 12/20" in a note of 10 January last December."""
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: ((d - ref).days * 2 if d > ref else (ref - d).days, d > ref)) if options else None


def _build(kind: str, m: re.Match[str], ref: date | None, day_first: bool = False) -> date | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            return date(_year(g["y"]), int(g["m"]), int(g["d"]))
        if kind == "range_md":
            first, second = int(g["m"]), int(g["d"])
            return date(_year(g["y"]), *((second, first) if day_first else (first, second)))
        if kind == "us":
            first, second = int(g["m"]), int(g["d"])
            return date(_year(g["y"]), *((second, first) if day_first else (first, second)))
        if kind == "dot":
            return date(_year(g["y"]), int(g["m"]), int(g["d"]))
        if kind == "cjk":
            return date(int(g["y"]), int(g["m"]), int(g["d"] or 1))
        if kind in ("mdy", "dmy"):
            return date(_year(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]))
        if kind == "my":
            return date(_year(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")], 1)
        if kind in ("m/y", "ym", "range_my"):
            return date(_year(g["y"]), int(g["m"]), 1)
        if kind in ("y", "yy"):  # a year alone, dated to its first day (as a month is to its first day)
            return date(int(g["y"]), 1, 1)
    except (ValueError, KeyError):
        return None
    if ref is None:
        return None
    if kind in ("md", "dm", "dm_word", "md_word"):
        if kind in ("dm_word", "md_word"):
            word = g["mon"]
            if word.lower() == "may" and word != "May":  # "may 3" is a verb more often than a month
                return None
            month, day = _MONTHS[word.lower().rstrip(".")], int(g["d"])
        elif kind == "dm":
            month, day = int(g["m"]), int(g["d"])
        else:
            first, second = int(g["m"]), int(g["d"])
            # day first where the note writes so, or where only day first can be read ("29/04")
            month, day = (second, first) if day_first or first > 12 else (first, second)
        return _nearest_year(ref, month, day)
    if kind == "dom":
        day = int(g["d"])
        back = ref if day <= ref.day else ref - relativedelta(months=1)
        try:
            return back.replace(day=day)
        except ValueError:  # "the 31st" in a month of 30 days
            return None
    if kind == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        return ref - relativedelta(**{_UNITS[g["u"].lower()]: count})
    if kind == "last":
        return ref - relativedelta(**{_UNITS[g["u"].lower()]: 1})
    if kind == "yesterday":
        return ref - relativedelta(days=1)
    if kind == "today":
        return ref
    if kind == "month":
        word = g["word"]
        if word.lower() == "may" and word != "May":  # "in may" is a verb more often than a month
            return None
        month = _MONTHS[word.lower().rstrip(".")]
        year = ref.year if month <= ref.month else ref.year - 1
        if g["lead"].lower() == "last" and month == ref.month:
            year -= 1
        return date(year, month, 1)
    return None


_YEAR_FIRST = re.compile(r"(?:19|20)\d\d")


def _range_start(kind: str, m: re.Match[str], day_first: bool) -> date | None:
    """The first day of a range's first date ("2021-2022" -> 2021-01-01), else None."""
    if kind not in ("yy", "range_my", "range_md"):
        return None
    head = re.split(r"\s*(?:-|–|to)\s*(?=\d)", m.group(0), maxsplit=1)[0]  # "07-08/2019": "07", "02/2024 - 05/2024": "02/2024"
    inner = [d for d in find_dates(head, None, day_first=day_first) if d.start == 0]
    if inner:
        return inner[0].value
    year = _YEAR_FIRST.match(m.group(0))
    return date(int(year.group(0)), 1, 1) if year else None


_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)?\d\d(?![\d/-])(?!\.\d)")


def other_reading(expr: str, value: date) -> date | None:
    """The other reading of a numeric date whose day and month could swap ("03/11/2016":
    3 November or 11 March), given the reading taken; None when only one reading exists."""
    m = _NUMERIC.fullmatch(expr)
    if not m:
        return None
    first, second = int(m.group(1)), int(m.group(3))
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return None
    return date(value.year, first, second) if value.month == second else date(value.year, second, first)


_DAY_MONTH = dict(_PATTERNS)["md"]


def writes_day_first(text: str) -> bool:
    """Whether a note writes its numeric dates day first: some date can only be read day
    first (``23/10/2026``, ``3.10.2026``) and none only month first (``10/23/2026``)."""
    day_first = us = False
    for m in _NUMERIC.finditer(text):
        first, sep, second = int(m.group(1)), m.group(2), int(m.group(3))
        if sep == "." or (first > 12 >= second):
            day_first = True
        elif second > 12 >= first:
            us = True
    # a day and month without a year tell the habit too: "chest drain removed 23/2", "seen 2/23"
    for m in _DAY_MONTH.finditer(text):
        first, second = int(m.group("m")), int(m.group("d"))
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            us = True
    return day_first and not us


def find_dates(text: str, ref: date | None = None, start: int = 0, end: int | None = None, *,
               day_first: bool = False) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, leftmost-longest, in text order.

    ``day_first`` reads slashed numeric dates day first (``03/10/2026`` is 3 October), for
    notes that write day first elsewhere (:func:`writes_day_first`); dotted ones always are."""
    end = len(text) if end is None else end
    window = text[start:end]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(window):
            s, e = m.start() + start, m.end() + start
            if kind == "dm":  # the introducing word is not part of the date
                s = m.start("d") + start
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = _build(kind, m, ref, day_first)
            if value is None:
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, value, kind in _RELATIVE, _range_start(kind, m, day_first)))
    found.sort(key=lambda d: d.start)
    return found


_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


def parse_date(value: str) -> date | None:
    """One date value (a note_date field, an --as-of option); None when it is not a date."""
    value = value.strip()
    if _TIMESTAMP.match(value):  # 2026-10-03T10:00:00 / 2026-10-03 10:00: the day is what counts
        value = value[:10]
    for mention in find_dates(value):
        if mention.start == 0 and mention.end == len(value) and not mention.relative:
            return mention.value
    return None
