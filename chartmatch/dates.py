"""Dates as notes write them: parse one value, or find every date expression in a text.

Formats: ISO ``2026-10-03``, US ``10/03/2026`` and ``10/3/26``, ``Oct 3, 2026``,
``3 Oct 2026``, month and day ``9/5`` (the year of the reference date, or the year before
if that would be later than it), month only ``03/2024`` / ``Oct 2026`` (dated to the month's first day, as
the guideline says), a year alone ``2016`` (its first day), and relative phrases (``3 days ago``, ``last week``, ``yesterday``)
resolved against a reference date (the note's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_UNIT_DAYS = {"day": 1, "days": 1, "d": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7,
              "month": 30, "months": 30, "mo": 30, "mos": 30, "year": 365, "years": 365, "yr": 365, "yrs": 365}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b")),
    ("us", re.compile(r"\b(?P<m>\d{1,2})[/-](?P<d>\d{1,2})[/-](?P<y>(?:19|20)?\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+{_MON}[\s,-]+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("my", re.compile(rf"\b{_MON}\s+(?P<y>(?:19|20)\d\d)\b", re.I)),
    ("m/y", re.compile(r"(?<![/\d-])\b(?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)\b(?![/-]\d)")),
    ("ym", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})\b(?![-/.]\d)")),
    ("yy", re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|to)\s*(?P<y>(?:19|20)\d\d)\b")),  # 2019-2021: to its end year
    ("y", re.compile(r"(?<![\d/.:-])\b(?P<y>(?:19|20)\d\d)\b(?![/.:-]?\d)(?!\s*(?:mg|mcg|ml|mL|cGy|Gy|units?|IU|cells|kcal|m2|mm|cm|x\b))")),
    # month/day: not a ratio or a test's name ("HIV 1/2", "grade 1/2", "1/2 of the dose")
    ("md", re.compile(r"(?<![\w/.:-])(?<!grade )(?<!gr )(?<!G )(?<!HIV )(?<!hiv )(?<!type )(?<!stage )(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![/\d])(?!\s*(?:antibod|ab\b|ag\b|of\b|tab|dose|strength))", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s*(?P<u>days?|d|weeks?|wks?|wk|months?|mos?|years?|yrs?)\s+(?:ago|prior|earlier|before)\b", re.I)),
    ("last", re.compile(r"\b(?:last|past|previous)\s+(?P<u>week|month|year)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|tonight)\b", re.I)),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: date
    relative: bool  # resolved against the reference date


def _year(text: str) -> int:
    y = int(text)
    if y < 100:
        y += 2000 if y <= 50 else 1900
    return y


def _build(kind: str, m: re.Match[str], ref: date | None) -> date | None:
    g = m.groupdict()
    try:
        if kind in ("iso", "us"):
            return date(_year(g["y"]), int(g["m"]), int(g["d"]))
        if kind in ("mdy", "dmy"):
            return date(_year(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]))
        if kind == "my":
            return date(_year(g["y"]), _MONTHS[g["mon"].lower().rstrip(".")], 1)
        if kind in ("m/y", "ym"):
            return date(_year(g["y"]), int(g["m"]), 1)
        if kind in ("y", "yy"):  # a year alone, dated to its first day (as a month is to its first day)
            return date(int(g["y"]), 1, 1)
    except (ValueError, KeyError):
        return None
    if ref is None:
        return None
    if kind == "md":
        try:
            value = date(ref.year, int(g["m"]), int(g["d"]))
            return value if value <= ref else date(ref.year - 1, int(g["m"]), int(g["d"]))
        except ValueError:
            return None
    if kind == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        return ref - timedelta(days=count * _UNIT_DAYS[g["u"].lower()])
    if kind == "last":
        return ref - timedelta(days=_UNIT_DAYS[g["u"].lower()])
    if kind == "yesterday":
        return ref - timedelta(days=1)
    if kind == "today":
        return ref
    return None


def find_dates(text: str, ref: date | None = None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, leftmost-longest, in text order."""
    end = len(text) if end is None else end
    window = text[start:end]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(window):
            s, e = m.start() + start, m.end() + start
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = _build(kind, m, ref)
            if value is None:
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, value, kind in ("md", "ago", "last", "yesterday", "today")))
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
