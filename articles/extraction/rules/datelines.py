"""Datelines and report dates: the wire dateline an article opens with ("BEIJING, Oct. 5 — "),
and the dates that say when something was reported rather than when it happened."""

from __future__ import annotations

import re

from .. import cues
from ..dates import DateMention
from ..lexicon import compile_fast

# "BEIJING, Oct. 5 — ": a place, perhaps a date, then a dash. Tried only where the opening holds
# a dash before a space, since failing it costs hundreds of backtracking steps (30 µs an article).
_DASHED = (
    r"(?:[A-Z][\w.]*\.(?:com|co\.id|id|net|org)\s*,\s*)?[A-ZÀ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё .'’-]{1,30}"
    r"(?:\s*\([^)\n]{1,30}\))?[,.]?\s*(?:[^\n—–]{0,30}?\s*)?(?:—|–|--|-|\.-)\s"
)
_UNDASHED = (
    r"[A-ZÀ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё .'’-]{1,30}[,.]\s*\d{1,2}\s+[а-яё]+\.\s*(?:/?[A-ZА-ЯЁ]{2,8}/?\.\s*)?"
    r"|\([^)\n]{1,30}\)\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*(?:—|–|-)\s)?"
    r"|[^\n，,。]{0,12}(?:新华社|新華社|中評社|中评社)[^\n电電]{0,20}[电電][/(（]?(?:[^)）\n]{0,20}[)）])?"
    r"|（[^）\n]{1,30}）|【[^】\n]{1,30}】"
    # "Beijing/Seoul: ", "SEOUL: ": two places joined by a slash, or one in capitals, then a colon
    r"|[A-ZÀ-Þ][A-Za-zÀ-ÿ .'’-]{1,25}(?:/[A-ZÀ-Þ][A-Za-zÀ-ÿ .'’-]{1,25})+:\s|[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{2,25}:\s"
)
_DATELINE = compile_fast(rf"^\s*(?:{_DASHED}|{_UNDASHED})")
_DATELINE_UNDASHED = compile_fast(rf"^\s*(?:{_UNDASHED})")
_DASH_SPACE = compile_fast(r"[—–-]\s")


def dateline_end(text: str) -> int:
    """End of a wire dateline ("BEIJING, Oct. 5 — ", "Pekín, 17 ago.- ", "СЕУЛ, 2 сентября. /ТАСС/.", "Beijing/Seoul: ",
    "新华社北京3月28日电", "【北京=島田学】", "(Yicai Global) Aug. 15 — "), else 0."""
    head = text[:160]
    m = (_DATELINE if _DASH_SPACE.search(head) else _DATELINE_UNDASHED).match(head)
    return m.end() if m else 0


def is_report_date(text: str, d: DateMention) -> bool:
    """ "… 10일 보도했다", "KCNA reported on Friday", "said Friday", "informó hoy", "am Dienstag
    bekannt gab", "週六(3/23)發表聲明稱": the date of the report, not of the event."""
    after = text[d.end : d.end + 14]
    before = text[max(0, d.start - 45) : d.start]  # "kata kantor berita resmi Korea Utara pada "
    if cues.REPORTING.match(after.lstrip(" ")) or _REPORT_AFTER.match(after):
        return True
    if _ANNOUNCED_BY.search(text, max(0, d.start - 160), d.start):
        return True  # "demikian diumumkan juru bicara … di Beijing pada hari Sabtu"
    return bool(_REPORT_BEFORE.search(before))


_REPORT_AFTER = compile_fast(
    r"\s*(?:에|に)?\s*(?:\(\S{1,12}\)\s*)?(?:[^\s,.]{0,6}\s)?(?:보도|밝혔|전했|発表|報じ|伝え|發表|发表|报道|報導)"
    r"|\s*(?:bekannt|mitteilte|mitgeteilt)"
    # "中朝双方18日同时发布了这一消息": the day the news was released
    r"|\s*(?:同时|同時)?\s*(?:发布|發布|公布|宣布)"
)
_ANNOUNCED_BY = compile_fast(
    r"\b(?:diumumkan|disampaikan|announced by|anunciado por|annoncé par|bekanntgegeben von)\b[^.;]{0,140}?"
    r"\b(?:pada|on|el|le|am)\s+(?:hari\s+)?$",
    re.IGNORECASE,
)
_REPORT_BEFORE = compile_fast(
    r"(?:reported|said|announced|told reporters|informó|anunció|dijo|a annoncé|a indiqué|ungkap\s+\S+(?:\s+\S+){0,3}\s+pada"
    r"|kata\s+\S+(?:\s+\S+){0,5},?|lapor\s+\S+,?|melaporkan,?|memberitakan,?|meldete|berichtete"
    # "confirmed on Monday that …", "confirmó el martes que …": the day of the confirmation
    r"|confirmed|confirmado|confirmó|confirmaron|a confirmé|ont confirmé|confirmé|bestätigte|bestätigten|hat bestätigt"
    r"|подтвердил\w*|mengonfirmasi)\s+(?:on\s+|pada\s+|el\s+|le\s+|am\s+|este\s+|esta\s+|this\s+|ce\s+)?$",
    re.IGNORECASE,
)


def report_or_dateline(text: str, d: DateMention, dateline: int) -> bool:
    return d.start < dateline or is_report_date(text, d)
