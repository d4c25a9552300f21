"""Publication dates: ISO, day-first UK numeric, "17 July 2018", "July 17, 2018", datelines.

Only the head of an article is searched (a labelled date, a date line, a dateline): a date in the body is
usually about something else ("due to join on 7 August"). No date found means undated, never today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil import parser as date_parser

MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
DATE_PATTERNS = (
    r"\d{4}-\d{2}-\d{2}",
    r"\d{1,2}[/.]\d{1,2}[/.]\d{4}",
    rf"{WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\.?,?\s+\d{{4}}",
    rf"{WEEKDAY}(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",
)
DATE_RE = re.compile("|".join(f"(?:{pattern})" for pattern in DATE_PATTERNS), re.IGNORECASE)
LABELLED_DATE_RE = re.compile(rf"^\s*(?:date|published|posted)\s*:?\s+(?P<date>{DATE_RE.pattern})\s*",
                              re.IGNORECASE)
DATELINE_RE = re.compile(rf"^[A-Z][A-Za-z .,'()-]{{0,60}}?\s(?P<date>{DATE_RE.pattern})\b")

EARLIEST_YEAR = 1800
HEAD_LINE_MAX_CHARS = 80
"""A head line longer than this is prose, and a date inside it is not the publication date."""


@dataclass(frozen=True)
class DateLine:
    date: dt.date
    rest: str
    """What the line holds besides the date (a reference number, the start of the text...)."""


@lru_cache(maxsize=1024)
def parse_date(text: str) -> dt.date | None:
    """One date string, day first when numeric and ambiguous; None when it is not a real date.

    Cached: dateutil is slow, and a folder of local news has many articles from the same days."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            parsed = dt.date.fromisoformat(text)
        else:
            parsed = date_parser.parse(text, dayfirst=True, default=dt.datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    if parsed.year < EARLIEST_YEAR:
        return None
    return parsed


def labelled_date(line: str) -> DateLine | None:
    """A line opening with a labelled date, e.g. "date 2019-06-18 The council..."."""
    match = LABELLED_DATE_RE.match(line)
    if not match:
        return None
    date = parse_date(match["date"])
    return DateLine(date, line[match.end():]) if date else None


def date_line(line: str) -> DateLine | None:
    """A short head line that is mainly a date: "17/07/2018, PR8845", "LONDON 1996-08-30", "5 May 2021"."""
    stripped = line.strip()
    if not stripped or len(stripped) > HEAD_LINE_MAX_CHARS:
        return None
    match = DATE_RE.search(stripped)
    if not match:
        return None
    before, after = stripped[: match.start()].strip(), stripped[match.end():].strip()
    is_dateline = bool(before) and DATELINE_RE.match(stripped) is not None
    if before and not is_dateline and not re.fullmatch(r"(?:date|published|posted|updated)\s*:?", before, re.I):
        return None
    # What follows the date must be short metadata (a reference, a time), not a sentence.
    if len(after.split()) > 4:
        return None
    date = parse_date(match.group(0))
    return DateLine(date, after.lstrip(",;:- ").strip()) if date else None
