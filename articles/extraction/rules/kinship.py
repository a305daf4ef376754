"""A person named only to say whose relative another is: "Kim Jong Un's sister Kim Yo Jong",
"김정은의 여동생 김여정", "金正恩的妹妹金与正", "la hermana de Kim Jong Un, Kim Yo Jong", "сестра Ким
Чен Ына Ким Ё Чжон". The relative is the one who travels, meets or signs; the possessor takes no
part in the sentence's event (a spouse is the spouse rules' business, not this one's)."""

from __future__ import annotations

import re

from ..lexicon import compile_fast
from ..types import Mention

_KIN_EN = r"(?:younger |elder |older |half-)?(?:sister|brother|uncle|aunt|daughter|son|nephew|niece|cousin|brother-in-law|sister-in-law)"
_KIN_KO = r"(?:여동생|누이동생|동생|누나|오빠|형|고모부|고모|삼촌|딸|아들|조카|이복형|매제|처남)"
_KIN_HAN = r"(?:胞妹|妹妹|姐姐|哥哥|弟弟|兄长|兄長|姑父|姑丈|姑姑|叔叔|女儿|女兒|儿子|兒子|侄子|妹夫|实妹|実妹|異母兄|叔父|叔母|妹|姉|兄|弟|娘|息子)"

# the possessor first: "Kim's sister Kim Yo Jong", "김정은 위원장의 여동생 김여정", "金正恩的妹妹金与正",
# "金総書記の妹の金与正氏"
_KIN_AFTER_POSSESSOR = compile_fast(
    rf"['’]s\s+{_KIN_EN},?\s+"
    rf"|[\s가-힣]{{0,12}}?의\s*{_KIN_KO}(?:인)?\s*"
    rf"|[^\s，,。、]{{0,8}}?[的の]\s*{_KIN_HAN}[、，,の]?\s*(?:である)?",
)
# the relative's word first and the possessor after it: "la hermana de Kim Jong Un, Kim Yo Jong",
# "сестра Ким Чен Ына Ким Ё Чжон", "Adik Kim Jong Un, Kim Yo Jong", "the sister of Kim, Kim Yo Jong"
_KIN_BEFORE_POSSESSOR = compile_fast(
    r"\b(?:(?:the\s+)?(?:younger\s+)?(?:sister|brother|uncle|aunt|daughter|son|nephew|niece)\s+of"
    r"|(?:hermana|hermano|tío|tía|hija|hijo|sobrin[oa]|cuñado|medio\s+hermano)\s+(?:menor\s+|mayor\s+)?del?"
    r"|(?:sœur|soeur|frère|oncle|tante|fille|fils|neveu|nièce|beau-frère|demi-frère)\s+(?:cadette\s+|aînée\s+)?(?:de|du)"
    r"|(?:Schwester|Bruder|Onkel|Tante|Tochter|Sohn|Neffe|Nichte|Schwager|Halbbruder)\s+von"
    r"|(?:младш\w+\s+|старш\w+\s+)?(?:сестр|брат|дяд|тёт|тет|доч|сын|племянни)\w*"
    r"|(?:adik|kakak|paman|bibi|putri|putra|keponakan|ipar)(?:\s+(?:perempuan|laki-laki))?(?:\s+dari)?)\s+$",
    re.IGNORECASE,
)
_APPOSITION = compile_fast(r"\s*[,，、]?\s*")


def kin_possessors(text: str, persons: list[Mention]) -> set[int]:
    """The start offsets of persons named as the possessor of a relative named next to them."""
    out: set[int] = set()
    for m1, m2 in zip(persons, persons[1:], strict=False):
        if m1.key == m2.key or m2.start - m1.end > 30:
            continue
        between = text[m1.end : m2.start]
        if _KIN_AFTER_POSSESSOR.fullmatch(between) or (
            _APPOSITION.fullmatch(between) and _KIN_BEFORE_POSSESSOR.search(text[max(0, m1.start - 30) : m1.start])
        ):
            out.add(m1.start)
    return out
