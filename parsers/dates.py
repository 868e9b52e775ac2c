"""Dates in bulletin text and in file names / URLs.

* :func:`parse_date` – the first date expression in a text: ``2022年3月17日``, ``(20221110)``,
  ``2022-03-17``, ``2022/3/17``, ``2022.03.17``, ``二〇二二年三月十七日`` and, given a
  reference date, ``3月17日`` (also in ``3月17日电``, ``3月17日晚``). A bare ``17日``
  is not a date.
* :func:`lead_date` – when a report's lead says it happened, relative to the day the
  page came out: ``昨晚``, ``昨日下午``, ``前天``, ``今天``, ``25日晚`` (the 25th on or
  before that day).
* :func:`resolve_month_day` – the year of a month-day date: the one that puts it
  nearest the reference, i.e. within half a year either side.
* :func:`date_from_name` – ``2022-03-25_x.txt``, ``20200125.json``, ``/2020/01/25/``,
  ``/2022-03/17/c_…``, ``/202203/t20220317_123.html``, ``2022_03_17``.
"""

from __future__ import annotations

import datetime as dt
import re

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇○零一二三四五六七八九十廿"
_FULLWIDTH = str.maketrans("０１２３４５６７８９／．－", "0123456789/.-")
_MAX_OFFSET = dt.timedelta(days=184)  # "about six months"

_DATE = re.compile(
    rf"""
    (?<!\d)(?P<y>\d{{4}})\s*(?:
        年\s*(?P<m1>\d{{1,2}})\s*月\s*(?P<d1>\d{{1,2}})\s*[日号]
      | (?P<sep>[-/.])(?P<m2>\d{{1,2}})(?P=sep)(?P<d2>\d{{1,2}})(?!\d)
    )
  | (?<!\d)(?P<gy>\d{{4}})(?P<gm>\d{{2}})(?P<gd>\d{{2}})[日号]  # a page lost 年 and 月: 20241023日
  | [(（](?P<by>\d{{4}})(?P<bm>\d{{2}})(?P<bd>\d{{2}})[)）]  # an archive's day in brackets: 《新闻联播》 (20221110)
  | (?P<cy>[{_CN}]{{4}})年(?P<cm>[{_CN}]{{1,2}})月(?P<cd>[{_CN}]{{1,3}})[日号]
  | (?<![\d年{_CN}])(?P<mm>\d{{1,2}}|[{_CN}]{{1,2}})月(?P<md>\d{{1,2}}|[{_CN}]{{1,3}})[日号]
    # figures a page set off with spaces: 8 月 16 日
  | (?<![\d年])(?P<sm>\d{{1,2}})[ \u3000]月[ \u3000](?P<sd>\d{{1,2}})[ \u3000]?[日号]
    """,
    re.VERBOSE,
)
_NAME_PATTERNS = (
    re.compile(r"(?<!\d)(\d{4})[-_/.](\d{1,2})[-_/.](\d{1,2})(?!\d)"),  # 2022-03-25, /2020/01/25/, 2022-03/17
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),  # 20200125, t20220317_123
)


def parse_date(text: str, reference: dt.date | None = None) -> dt.date | None:
    """The first valid date expression in ``text``, or None.

    Month-day dates need ``reference`` to get a year; without one they are passed
    over. Impossible dates (``2月30日``) are passed over too.
    """
    for m in _DATE.finditer(text.translate(_FULLWIDTH)):
        try:
            if m["y"]:
                found = _valid(int(m["y"]), int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
            elif m["gy"]:
                found = _valid(int(m["gy"]), int(m["gm"]), int(m["gd"]))
            elif m["by"]:
                found = _valid(int(m["by"]), int(m["bm"]), int(m["bd"]))
            elif m["cy"]:
                year = int("".join(str(_CN_DIGITS[c]) for c in m["cy"]))
                found = _valid(year, _number(m["cm"]), _number(m["cd"]))
            elif reference is not None and m["sm"]:
                found = resolve_month_day(int(m["sm"]), int(m["sd"]), reference)
            elif reference is not None:
                found = resolve_month_day(_number(m["mm"]), _number(m["md"]), reference)
            else:
                continue
        except (KeyError, ValueError):
            continue
        if found:
            return found
    return None


_RELATIVE = re.compile(
    r"^(?:(?P<day>\d{1,2})日(?=上午|下午|晚|早|凌晨|中午|傍晚|夜|[，,\s])|(?P<word>昨|前|今)[天日晚])"
)
_DAYS_BACK = {"今": 0, "昨": 1, "前": 2}


def lead_date(lead: str, reference: dt.date) -> dt.date | None:
    """The date a report's lead opens with when it is said relative to ``reference``
    (the page's date): ``昨晚，`` the day before, ``前天`` two days before, ``今天`` the day
    itself, ``25日晚，`` the latest 25th on or before it. None for any other opening."""
    m = _RELATIVE.match(lead.translate(_FULLWIDTH))
    if m is None:
        return None
    if m["word"]:
        return reference - dt.timedelta(days=_DAYS_BACK[m["word"]])
    day = int(m["day"])
    month_start = reference.replace(day=1)
    for start in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
        found = _valid(start.year, start.month, day)
        if found and found <= reference:
            return found
    return None


def resolve_month_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest ``reference`` (at most ~6 months away).

    A bulletin of 2021-01-02 that reports 12月31日 means 2020-12-31; one of
    2020-12-30 that reports 1月2日 means 2021-01-02. None for an impossible date.
    """
    candidates = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _valid(y, month, day))]
    if not candidates:
        return None
    best = min(candidates, key=lambda d: abs(d - reference))
    return best if abs(best - reference) <= _MAX_OFFSET else None


def date_from_name(name: str) -> dt.date | None:
    """A date in a file name or URL; digit runs must form a valid date in 1949–2100."""
    for pattern in _NAME_PATTERNS:
        for m in pattern.finditer(name):
            found = _valid(*(int(g) for g in m.groups()))
            if found and 1949 <= found.year <= 2100:
                return found
    found = parse_date(name)  # 2022年3月17日通报.txt
    return found if found and 1949 <= found.year <= 2100 else None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _number(text: str) -> int:
    """Arabic or Chinese numerals up to 31: 七, 十, 十七, 二十, 廿一, 三十一."""
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十")
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    if len(text) != 1:
        raise ValueError(text)
    return _CN_DIGITS[text]
