"""Trade items: goods one country exports to another, with direction, status and amounts.

Direction comes from the trade word and the words around the countries, in every language:
"exported to X", "imported from X", "X에서 수입", "대북 수출" (exports to the North), "对朝鲜出口",
"自朝鲜进口", "中国への輸出", "対中輸出", "экспорт из Китая в КНДР", "Exporte nach Nordkorea";
nationality words ("Chinese exports", "North Korean coal", "vehículos de carga chinos"); and
otherwise the clause's subject. A clause that names no country continues the flow the story was
describing ("…; the imports were anthracite, iron ore …" after "China's exports to the North").
When only one side is known, the other is the second country the article is about.

Status: goods the text names as banned are banned, and as capped are capped; goods named with
sanctions in general are banned or capped when the sanctions table covers them on that date, in
that direction, and traded otherwise ("exports fell after the UN imposed sanctions" on goods no
sanction covered then). A cap on refined petroleum is a cap on supplies to the DPRK, so the table's
direction wins where the text gives none.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .. import cues
from ..amounts import amount_for, find_amounts
from ..dates import MONTH, YEAR
from ..lexicon import compile_fast
from ..sanctions import covering
from ..scripts import HANGUL_SYLLABLES
from ..types import COUNTRY, ORGANIZATION, Mention
from .clauses import best_date, split
from .context import Article, Sent, within
from .facts import TradeFact
from .story import Flow, Story
from .triggers import COMPOUND_TRADE

_FROM_BEFORE = compile_fast(
    r"(?:\b(?:from|dari|desde|de|du|des|d['’]|aus|von|из)\s+(?:the\s+)?|从|從|自)$", re.IGNORECASE
)
_TO_BEFORE = compile_fast(
    r"(?:\b(?:to|into|ke|kepada|a|al|à|au|aux|nach|an|в|во|vers|hacia|para)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|los\s+)?"
    r"|向|对|對|往|至|到)$",
    re.IGNORECASE,
)
# Buying from someone: "compró … a China", "a acheté … à la Chine" (the seller after a/à)
_PURCHASE = compile_fast(r"compr|achet|achat", re.IGNORECASE)
_FROM_AFTER = compile_fast(r"^(?:에서|로부터|から)")
# "X による輸出", "X에 의한 수출", "exports by X": X is the trader (に and 에 begin these, not "to X")
_AGENT_AFTER = compile_fast(r"^(?:による|によって|により|에\s?의(?:한|해))")
_AGENT_BEFORE = compile_fast(r"\b(?:by|par|por|durch|oleh)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.IGNORECASE)
_TO_AFTER = compile_fast(rf"^(?:에|에게|으로|로|へ|に)(?![{HANGUL_SYLLABLES}])")
_SUBJECT_AFTER = compile_fast(rf"^(?:은|는|이|가|は|が|측은|의|の)(?![{HANGUL_SYLLABLES}])")
# "대북 수출" (exports to the North), "대중 수입" (imports from China), "対中輸出", "对朝出口"
_PARTNER_PREFIX = compile_fast(r"(?:대|対|对|對)\s?(북|중|朝|北|中|华|華|韓|한)")
# Nationality words that say whose goods they are: "Chinese exports", "North Korean coal".
_DEMONYM = {
    "CN": compile_fast(
        r"\b(?:Chinese|China['’]s|chinois\w*|chin[oa]s?|chinesisch\w*|Chinas|китайск\w*)\b|중국산|中国产|中國產|中国製|中國製|中国産"
    ),
    "KP": compile_fast(
        r"\b(?:North Korean|North Korea['’]s|DPRK['’]s|nord-coréen\w*|norcorean[oa]s?|nordkoreanisch\w*|Nordkoreas|северокорейск\w*)\b"
        r"|북한산|북한제|朝鲜产|朝鮮產|北朝鮮産|北朝鮮製|北韓製"
    ),
}
# "el régimen de Kim Jong-un importó", "negeri yang dipimpin Kim Jong Un": a leader standing for the country
_LEADER_COUNTRY = compile_fast(
    r"(?:regime|régimen|régime|Regime|rezim|режим\w*|country|negeri|negara|país|pays|Land|страна)\s+(?:\w+\s+){0,2}"
    r"(?:(?:led|ruled|dipimpin|dirigido|dirigé|geführt)\s+(?:by\s+|oleh\s+|por\s+|par\s+|von\s+)?|de\s+|of\s+)$",
    re.IGNORECASE,
)


# The trade word's own goods, and their nationality word: "imports of North Korean …", "импорт
# северокорейских …" and "Importe nordkoreanischer …" (an adjective after the noun, in the genitive, is
# its complement's), "la importación de recursos minerales norcoreanos" (not "importaciones chinas":
# Chinese imports)
_GOODS_OF = compile_fast(
    r"\s+(?P<of>(?:of|de|des|du|von)\s+)?(?P<det>(?:the|such|these|those|таких|этих|тех|solcher|dieser|ces|tales)\s+)?",
    re.IGNORECASE,
)
_GOODS_OF_AFTER = compile_fast(r"\s+(?:de|des|du)\s+(?:\w+\s+){1,2}", re.IGNORECASE)


def _goods_of_trade(text: str, te: int, start: int) -> bool:
    """Whether the nationality word at ``start`` qualifies the goods of the trade word ending at
    ``te``: after "of"/"de" or "such", or right after it in Russian or German (a genitive)."""
    if _GOODS_OF_AFTER.fullmatch(text, te, start):
        return True
    m = _GOODS_OF.fullmatch(text, te, start)
    if m is None:
        return False
    return (
        bool(m["of"] or m["det"])
        or not text[start].isascii()
        or text.startswith(("nordkoreanisch", "chinesisch"), start)
    )


@dataclass(frozen=True)
class Side:
    """A country named in a trade clause, with what the words around it make it."""

    code: str
    start: int
    role: str  # "from", "to", "subject" or ""


def _sides(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int, kind: str) -> list[Side]:
    text = art.text
    sides = []
    for c in art.countries(sent, lo, hi):
        if _in_brackets(text, lo, c.start):
            continue  # a gloss: "중국 세관 당국(한국의 관세청 격)", "customs (like South Korea's)"
        code = art.country_of(c.key)
        left, right = text[max(lo, c.start - 12) : c.start], text[c.end : c.end + 4]
        if _AGENT_AFTER.match(right) or _AGENT_BEFORE.search(left):
            role = "subject"
        elif _FROM_BEFORE.search(left) or _FROM_AFTER.match(right):
            role = "from"
        elif _TO_BEFORE.search(left) or _TO_AFTER.match(right):
            seller = (
                kind == "import" and _PURCHASE.match(text, ts) and re.search(r"\b(?:a|à|au)\s+(?:la\s+|l['’])?$", left)
            )
            role = "from" if seller else "to"
        elif _SUBJECT_AFTER.match(right):
            role = "subject"
        else:
            role = ""
        sides.append(Side(code, c.start, role))
    for m in _PARTNER_PREFIX.finditer(text, max(lo, ts - 6), min(hi, te + 2)):
        partner = cues.COUNTRY_CHAR[m.group(1)]
        sides.append(Side(partner, m.start(), "to" if kind == "export" else "from"))
    # (not the good of a compound such as "Rohölimporte": "Chinas Rohölimporte" are China's imports)
    goods = [c for c in within(sent.commodities, lo, hi) if not COMPOUND_TRADE.match(text, c.end)]
    for code, rx in _DEMONYM.items():
        for m in rx.finditer(text, lo, hi):
            # "Chinese exports": whose trade it is; "camiones chinos", "North Korean coal", and
            # "imports of North Korean minerals, including zinc" (the trade word's goods): where they come from
            near_goods = any(0 <= m.start() - c.end <= 3 or 0 <= c.start - m.end() <= 3 for c in goods)
            of_trade = _goods_of_trade(text, te, m.start())
            sides.append(Side(code, m.start(), "from" if near_goods or of_trade else "subject"))
    for p in within(sent.persons, lo, hi):
        phrase = _LEADER_COUNTRY.search(text[max(lo, p.start - 40) : p.start])
        if phrase and art.country_of(p.key):
            # "dari negeri yang dipimpin Kim Jong Un": from the country the leader leads
            start = max(lo, p.start - 40) + phrase.start()
            role = "from" if _FROM_BEFORE.search(text[max(lo, start - 10) : start]) else "subject"
            sides.append(Side(art.country_of(p.key), p.start, role))
    return sorted(sides, key=lambda s: s.start)


def _in_brackets(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` is inside brackets opened in the clause."""
    opened = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    return opened > max(text.rfind(")", lo, pos), text.rfind("）", lo, pos))


def _direction(art: Article, sides: list[Side], kind: str, ts: int) -> tuple[str, str]:
    """(exporter, importer) of a trade clause."""
    src = next((s.code for s in sides if s.role == "from"), "")
    dst = next((s.code for s in sides if s.role == "to" and s.code != src), "")
    subject = next((s.code for s in sides if s.role == "subject" and s.code not in (src, dst)), "")
    if not subject:
        free = [s for s in sides if s.code not in (src, dst)]
        before = [s for s in free if s.start < ts]
        after = [s for s in free if s.start >= ts]
        pick = before[-1] if before else (after[0] if after else None)
        subject = pick.code if pick else ""
    if kind == "export":
        exporter, importer = src or subject, dst
    else:
        importer, exporter = dst or subject, src
    return _complete(art, exporter, importer, {s.code for s in sides})


def _complete(art: Article, exporter: str, importer: str, named: set[str]) -> tuple[str, str]:
    """The missing side: the one other country named, else the article's other country."""
    if exporter == importer:
        importer = ""
    for known, missing in ((exporter, importer), (importer, exporter)):
        if known and not missing:
            others = named - {known}
            if len(others) == 1:
                missing = others.pop()
            elif known in art.pair:
                missing = art.pair[1] if known == art.pair[0] else art.pair[0]
            if known == exporter:
                importer = missing
            else:
                exporter = missing
    return exporter, importer


def _cues_of(art: Article, com: Mention, cues_at: list[tuple[str, int]]) -> set[str]:
    """The sanction words that speak of this good: not those of a relative clause after it ("hair
    products are not covered by sanctions, which have barred … coal")."""
    own = [
        (kind, pos)
        for kind, pos in cues_at
        if not (com.end <= pos and cues.RELATIVE_AFTER_COMMA.search(art.text, com.end, pos))
    ]
    kinds = {kind for kind, _pos in own}
    if {"ban", "cap"} <= kinds:
        # "bans steel exports and caps oil", "melarang … dan membatasi …": each
        # good has the measure whose word stands nearest before it (else the first after it)
        measures = [(kind, pos) for kind, pos in own if kind in ("ban", "cap")]
        before = [m for m in measures if m[1] < com.start]
        nearest = max(before, key=lambda m: m[1]) if before else min(measures, key=lambda m: m[1])
        kinds = (kinds - {"ban", "cap"}) | {nearest[0]}
    return kinds


# Limiting a trade flow is a cap, said with the verb before the flow in Chinese ("限制向朝鲜出口成品油",
# "限制进口") and after it in Korean and Japanese ("정유제품 수출을 제한", "輸出を制限"). Chinese
# 限制 alone is no cap: "受制裁限制的商品" are goods the sanctions restrict.
_LIMITED_TRADE = compile_fast(
    r"限制\s?(?:对|對|向|从|從|出口|进口|進口|输出|輸出|输入|輸入|供应|供應)|"
    r"(?:수출|수입|반입|반출|공급)(?:을|를)?\s?제한|(?:輸出|輸入|供給)(?:を)?制限"
)


def _sanction_cues_at(art: Article, sent: Sent) -> list[tuple[str, int]]:
    """Which sanction words the sentence uses of its goods ("ban", "cap", "sanction"), and where,
    leaving out negated ones ("non-sanctioned goods", "not covered by sanctions") and names ("ban karet")."""
    spans = [(m.start, m.end) for m in sent.mentions]
    found = []
    limits = {m.start(): m for m in _LIMITED_TRADE.finditer(art.text, sent.start, sent.end)}
    for pos, m in limits.items():
        if art.text[pos] != "限":  # 限制 itself is a sanction word, classed below
            found.append(("cap", m.end() - 2))
    for m in art.find.finditer(cues.SANCTION, sent.start, sent.end):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if cues.NOT_SANCTIONED.search(art.text[max(sent.start, m.start() - 55) : m.start()]) or _not_covering(
            art, m.end(), sent.end
        ):
            continue
        word = art.text[m.start() : m.end()]
        if (
            _SANCTIONS_BODY.match(art.text, m.end())
            or "ausschuss" in word.lower()
            or _SANCTIONS_BODY_BEFORE.search(art.text, max(sent.start, m.start() - 24), m.start())
        ):
            continue  # "the UN sanctions committee", "Sanktionsausschuss", "comité de sanciones": a body
        if cues.SUSPEND.fullmatch(word) and _halted_by_company(art, sent, m.start()):
            continue
        if cues.BAN.fullmatch(word):
            found.append(("ban", m.start()))
        elif cues.CAP.fullmatch(word) and _LIMITED_TO_KINDS.match(art.text, m.end()):
            continue  # "imports are limited to raw materials": what the trade consists of, no ceiling
        elif cues.CAP.fullmatch(word) or m.start() in limits:
            found.append(("cap", m.start()))
        else:
            found.append(("sanction", m.start()))
    cap = art.find.search(cues.CAP, sent.start, sent.end)
    if cap and re.search(r"\bplus de\b|no more than|not more than|не более", art.text[sent.start : sent.end]):
        found.append(("cap", cap.start()))
    return found


# A body named after sanctions, not a measure: "the sanctions committee", "Sanktionsausschuss",
# "санкционного комитета", "제재위원회", "制裁委员会", "comité de sanciones", "comité des sanctions"
_SANCTIONS_BODY = compile_fast(
    r"\w*(?:ausschuss|komitee)|\s+(?:committee|panel|комитет\w*)\b|\s?(?:위원회|委员会|委員會|委員会)",
    re.IGNORECASE,
)
_SANCTIONS_BODY_BEFORE = compile_fast(
    r"\b(?:comité|comisión|commission|committee|panel)\s+(?:de\s+las|de|des|del|on)\s+$", re.IGNORECASE
)
# "limited to" before goods, not an amount: "imports are limited to raw materials", "se limitan a
# materias primas", "se limitent aux matières premières", "beschränken sich auf Rohstoffe"
_LIMITED_TO_KINDS = compile_fast(
    r"(?:\s+sich)?(?:\s+(?:currently|now|en estos momentos|actualmente|ahora|actuellement|désormais|derzeit|zurzeit|"
    r"saat ini|kini))?\s+(?:to|a|al|à|aux|auf|pada)\s+(?!(?:about|around|some|up|no|unos|unas|environ|près|etwa|"
    r"rund|sekitar)\b)(?=[a-zà-ÿ])"
)
_CLAUSE_END = compile_fast(r"[,;:.，；：。、]")


def _not_covering(art: Article, pos: int, end: int) -> bool:
    """ "the sanctions do not cover crude oil", "这些制裁未涉及原油", "제재 대상에 포함되지 않았다":
    the measure's word is the subject of a "does not cover" a few words on, in the same clause."""
    found = art.find.search(cues.NOT_COVERING, pos, min(end, pos + 60))
    return found is not None and found.start() - pos <= 25 and not _CLAUSE_END.search(art.text, pos, found.start())


_COMPANY = compile_fast(
    r"\b(?:Corporation|Corp|Company|Co|Group|Ltd|Inc|GmbH|AG|SA|S\.A\.|Holdings?)\b\.?|公司|集团|集團|会社|회사|그룹|"
    r"\b(?:ООО|ОАО|ПАО|АО|компания|корпорация)\b|^(?:PT|CV)\b",
    re.IGNORECASE,
)


def _halted_by_company(art: Article, sent: Sent, pos: int) -> bool:
    """ "CNPC has suspended sales of gasoline to North Korea": the nearest actor named before the
    halt is a company, so the halt is its business, not a ban."""
    before = [m for m in sent.mentions if m.end <= pos and m.label in (ORGANIZATION, COUNTRY)]
    if not before:
        return False
    nearest = max(before, key=lambda m: m.end)
    return nearest.label != COUNTRY and bool(_COMPANY.search(nearest.name))


def _period_end(d) -> dt.date | None:
    """The last day a date may mean: "2017" → 31 December 2017, "August 2017" → 31 August."""
    if d is None:
        return None
    if d.precision == YEAR:
        return dt.date(d.date.year, 12, 31)
    if d.precision == MONTH:
        return dt.date(d.date.year, d.date.month, calendar.monthrange(d.date.year, d.date.month)[1])
    return d.date


def status_of(
    art: Article, cue_words: set[str], hs_code: str, exporter: str, importer: str, date, explicit: bool
) -> tuple[str, str, str, str]:
    """(status, measure, exporter, importer): the text's ban or cap, else the sanctions table's.
    Where the text gives no direction of its own, the measure's direction is the good's."""
    if not cue_words:
        return "traded", "", exporter, importer
    day = _period_end(date) or art.published
    # a measure on part of a heading (jet fuel in 2710) counts only where the text names a ban or cap
    partial = "ban" in cue_words or "cap" in cue_words
    direction = "from_kp" if exporter == "KP" else "to_kp" if importer == "KP" else ""
    rule = covering(art.sanctions, hs_code, direction, day, partial) if direction else None
    if rule is None and not explicit:
        for other in ("from_kp", "to_kp"):
            rule = covering(art.sanctions, hs_code, other, day, partial) if other != direction else None
            if rule is not None:
                partner = art.pair[0] if art.pair[0] != "KP" else art.pair[1]
                exporter, importer = ("KP", partner) if other == "from_kp" else (partner, "KP")
                break
    if "ban" in cue_words and "cap" not in cue_words:
        return "banned", rule.measure if rule else "", exporter, importer
    if "cap" in cue_words and "ban" not in cue_words:
        return "capped", rule.measure if rule else "", exporter, importer
    if rule is not None:
        return rule.status, rule.measure, exporter, importer
    return ("banned", "", exporter, importer) if "ban" in cue_words else ("traded", "", exporter, importer)


_TRANSIT_AFTER = compile_fast(
    r"^[^,.;]{0,12}?\b(?:transit\w*|transshipped|trans-shipped)\b|^[^,.;]{0,12}?(?:过境|過境|转运|轉運|経由|경유)",
    re.IGNORECASE,
)


def _in_transit(art: Article, com: Mention, hi: int) -> bool:
    """ "the coal transited through North Korea's Rason port": goods in transit are not traded
    between the countries named."""
    return bool(_TRANSIT_AFTER.match(art.text[com.end : min(hi, com.end + 40)]))


_FOR_BEFORE = compile_fast(r"\b(?:for|für|pour|para|untuk)\s+$", re.IGNORECASE)
_PURPOSE_AFTER = compile_fast(r"\s?(?:제조|생산|제작|가공)?용(?![가-힣])|(?:製造|生産|生产|制造|制作|製作)?用(?:の|的)")


_OF_A_MEASURE = compile_fast(
    r"(?:verbot|stopp|sperre|\bban|embargo|quota|quote|cupo|cuota)\s+(?:for|für|pour|para)\s+(?:le\s+|la\s+|les\s+|el\s+)?$",
    re.IGNORECASE,
)


def _purpose(art: Article, com: Mention) -> bool:
    """ "wool for wig production", "Haar …, die für Perücken verwendet werden": what a good is for is
    not itself traded."""
    before = art.text[max(0, com.start - 24) : com.start]
    if _OF_A_MEASURE.search(before):
        return False  # "Importverbot für Kohle", "a ban for coal", "un quota pour le charbon": its good
    if _FOR_BEFORE.search(before):
        return True
    # "가발 제조용 …", "かつら製造用の…", "假发制作用的…": the good the other is for
    return _PURPOSE_AFTER.match(art.text, com.end) is not None


# "the garment industry", "coal mines", "industri garmen", "의류 산업", "服装业", "衣料品産業",
# "l'industrie textile", "la industria del carbón": a good naming a trade or its plants is no good traded.
_INDUSTRY_AFTER = compile_fast(
    r"[\s-](?:industry|industries|sector|sectors|factory|factories|plants?|mills?|mines?|workers|makers|producers)(?!\w)"
    r"|\s?(?:산업|업계|공장|탄광|업체)|产业|產業|工业|工業|行业|行業|工厂|工廠|企业|企業|业|業|産業|工場",
    re.IGNORECASE,
)
_INDUSTRY_BEFORE = compile_fast(
    r"(?:\bindustri|\bpabrik|\bindustrie(?:\s(?:du|de\sla|des|de\sl'))?|\bindustria(?:\s(?:del|de\sla|de))?"
    r"|промышленност\w*)\s?$",
    re.IGNORECASE,
)


def _industry(art: Article, com: Mention) -> bool:
    """ "the garment industry in Sinuiju is working again": a good that names an industry is not
    itself traded."""
    return bool(
        _INDUSTRY_AFTER.match(art.text, com.end)
        or _INDUSTRY_BEFORE.search(art.text[max(0, com.start - 20) : com.start])
    )


_NONE_AFTER = compile_fast(
    r"\s+(?:[\w.]+\s+){0,2}?(?:no|none|nothing|weder|keine?[nrs]?|aucun\w*|ningún|ninguna|nada)\b", re.IGNORECASE
)


def _negated_trade(art: Article, lo: int, hi: int, ts: int, te: int) -> bool:
    """ "did not export any gasoline", "exported no diesel", "importierte im März weder Eisenerz noch
    Kohle", "n'a importé aucun charbon"; in Korean and Japanese the negation follows the verb
    ("수입하지 않았다", "輸入しなかった")."""
    if _NONE_AFTER.match(art.text, te, min(hi, te + 30)):
        return True
    return art.negated(lo, hi if art.verb_final else te, ts, te)


# Not allowed: a modal of permission or obligation, negated, in the clause of a trade
_NOT_ALLOWED = compile_fast(
    r"\b(?:may not|must not|cannot|can not|shall not|no (?:pueden|puede|podrán|podrá|deben|debe)|"
    r"ne (?:peuvent|peut|pourront|pourra|doivent|doit)|не (?:могут|может|должны|должен)|нельзя|tidak boleh)\b"
    r"|\b(?:dürfen|darf|durfte|durften)\b[^,.;:]{0,60}?\b(?:nicht|keine?[nmrs]?)\b|不得|してはならない",
    re.IGNORECASE,
)


# A clause set against the one before ("while imports fell", "mientras caían las compras"): a
# trade word of the other kind there runs the other way; one inside a noun phrase ("wigs made from
# imported hair, along with ferrosilicon") does not turn the list.
_CONTRAST_BEFORE = compile_fast(
    r"\b(?:while|whereas|but|mientras(?:\s+que)?|pero|alors que|tandis que|mais|während|aber|sementara|"
    r"tetapi|в то время как|а|но)\b[^,.;:]{0,22}$|(?:而|但|반면|一方)\S{0,8}$",
    re.IGNORECASE,
)


# a second trade verb joined to the first, sharing its subject: "exports wigs … and imports furniture"
_JOINED_VERB = compile_fast(
    r"\b(?:and|y|et|und|и|dan|e)\s+(?:also\s+|aussi\s+|auch\s+|también\s+|juga\s+)?\Z", re.IGNORECASE
)


def find_trade(art: Article, sent: Sent, story: Story) -> list[TradeFact]:
    """The trade items of one sentence."""
    commodities = sent.commodities
    triggers = sorted(
        [(s, e, "export") for s, e in art.triggers("export", sent.start, sent.end)]
        + [(s, e, "import") for s, e in art.triggers("import", sent.start, sent.end)]
    )
    cues_at = _sanction_cues_at(art, sent) if commodities else []
    cue_words = {kind for kind, _pos in cues_at}
    if not triggers:
        return _sanctioned_goods(art, sent, cues_at) if cue_words else []
    amounts = find_amounts(art.text, sent.start, sent.end)
    spans = [(c.start, c.end) for c in commodities]
    date = best_date([d for d in sent.dates if not sent.in_background(d.start)], sent.start) or None
    out: list[TradeFact] = []
    previous: tuple[str, str, str] | None = None
    segs = [
        _goods_list(art, sent, seg, triggers, i)
        for i, seg in enumerate(split(art, sent, [(s, e) for s, e, _k in triggers]))
    ]
    signing = art.triggers("signing", sent.start, sent.end)
    previous_goods = False
    for (lo, hi, ts, te), (_s, _e, kind) in zip(segs, triggers, strict=True):
        # goods named after a signing word are what the agreement is about, not trade
        goods = [
            c
            for c in within(commodities, lo, hi)
            if not any(s < c.start for s, _e2 in signing)
            and not _in_transit(art, c, hi)
            and not _purpose(art, c)
            and not _industry(art, c)
        ]
        negated = _negated_trade(art, lo, hi, ts, te)
        # "darf kein Kerosin mehr liefern", "may not be exported": a trade not allowed is banned
        # (not "must not exceed": a cap)
        forbidden = "cap" not in cue_words and art.find.search(_NOT_ALLOWED, lo, hi) is not None
        if negated and not cue_words and not forbidden:
            continue
        sides = _sides(art, sent, lo, hi, ts, te, kind)
        explicit = any(sd.role in ("from", "to") for sd in sides)
        if sides:
            exporter, importer = _direction(art, sides, kind, ts)
        elif previous is not None:
            # "… shipments to China are wigs …, and ferrosilicon"; "exports to North Korea rose, while
            # imports fell": the other way round
            # imports, and "X exports wigs to China and imports furniture": the other way round
            turned = previous[2] != kind and (
                _CONTRAST_BEFORE.search(art.text, max(lo, ts - 30), ts)
                # (not "the import and export rules": the first verb had goods of its own)
                or (previous_goods and _JOINED_VERB.search(art.text, max(lo, ts - 12), ts))
            )
            exporter, importer = (previous[1], previous[0]) if turned else previous[:2]
        elif story.flow is not None and sent.idx - story.flow.sentence <= 3:
            flow = story.flow
            same = kind == flow.kind
            exporter, importer = (flow.exporter, flow.importer) if same else (flow.importer, flow.exporter)
        else:
            exporter, importer = "", ""
        previous_goods = bool(goods)
        if exporter or importer:
            previous = (exporter, importer, kind)
            story.flow = Flow(exporter, importer, kind, sent.idx)
        for com in goods:
            own = _cues_of(art, com, cues_at) | ({"ban"} if forbidden else set())
            items = _item(art, com, exporter, importer, own, date, sent, amounts, spans, explicit)
            # "did not import iron ore, coal and tin, in line with sanctions": the sanctioned goods are
            # banned; a good no measure covers was not traded either
            out.extend(i for i in items if not (negated and i.status == "traded"))
    if out and art.find.search(cues.EXEMPT, sent.start, sent.end):
        # "exports of crude oil for people's livelihoods are exempted": an exemption from a measure
        # says what may be traded, not that it was
        out = [f for f in out if f.status != "traded"]
    return out


# "중국의 대북 수출품은 비료가 가장 많았고 설탕(…), 대두유(…) 등이 뒤를 이었다", "輸入品はかつら（…）、
# 鉄鉱石（…）などだった": the goods that a topic-marked "export goods" or "import goods" heads are
# listed after it, across commas, up to the next trade word (a Korean or Japanese clause otherwise
# ends at the first comma).
_GOODS_TOPIC = compile_fast(r"(?:품목?|品目?)\s?(?:은|는|は)")


def _goods_list(art: Article, sent: Sent, seg: tuple, triggers: list, i: int) -> tuple[int, int, int, int]:
    lo, hi, ts, te = seg
    if art.verb_final and _GOODS_TOPIC.match(art.text, te):
        hi = max(hi, triggers[i + 1][0] if i + 1 < len(triggers) else sent.end)
    return lo, hi, ts, te


def _item(art, com: Mention, exporter, importer, cue_words, date, sent, amounts, spans, explicit) -> list[TradeFact]:
    entry = art.entries[com.key]
    status, measure, exporter, importer = status_of(art, cue_words, entry.hs_code, exporter, importer, date, explicit)
    if not exporter and not importer:
        return []
    others = [sp for sp in spans if sp != (com.start, com.end)]
    value = amount_for(amounts, com.start, com.end, others, "usd", art.text)
    quantity = amount_for(amounts, com.start, com.end, others, "quantity", art.text)
    return [
        _trade_fact(
            art,
            com,
            sent,
            exporter,
            importer,
            status,
            date,
            value_usd=value.value if value else None,
            quantity=quantity.value if quantity else None,
            unit=quantity.kind if quantity else "",
            sanction=measure,
            rule="trade",
        )
    ]


def _trade_fact(art: Article, com, sent: Sent, exporter: str, importer: str, status: str, date, **extra) -> TradeFact:
    """A good of the sentence traded (or banned, or capped) from ``exporter`` to ``importer``."""
    entry = art.entries[com.key]
    return TradeFact(
        com.key, entry.name, entry.hs_code, exporter, importer, status, date, sent.idx, sent.start, sent.end, **extra
    )


def _sanctioned_goods(art: Article, sent: Sent, cues_at: list[tuple[str, int]]) -> list[TradeFact]:
    """Goods a sentence names under sanctions with no trade word ("the resolution bans coal,
    iron ore and seafood"): banned or capped in the direction the sanctions table gives them, each
    by the measure that speaks of it ("banned condensates and capped refined products")."""
    out = []
    date = best_date(sent.dates, sent.start)
    demonyms = {code for code, rx in _DEMONYM.items() if rx.search(art.text, sent.start, sent.end)}
    for com in sent.commodities:
        entry = art.entries[com.key]
        cue_words = _cues_of(art, com, cues_at)
        for direction in ("from_kp", "to_kp"):
            rule = covering(art.sanctions, entry.hs_code, direction, _period_end(date) or art.published)
            if rule is None:
                continue
            other = art.pair[0] if art.pair[0] != "KP" else art.pair[1]
            exporter, importer = ("KP", other) if direction == "from_kp" else (other, "KP")
            if demonyms and exporter not in demonyms and importer not in demonyms:
                continue
            status = (
                "capped"
                if "cap" in cue_words and "ban" not in cue_words
                else ("banned" if "ban" in cue_words else rule.status)
            )
            out.append(
                _trade_fact(
                    art,
                    com,
                    sent,
                    exporter,
                    importer,
                    status,
                    date,
                    sanction=rule.measure,
                    rule="sanctioned goods",
                )
            )
            break
    return out


COUNTRY_LABEL = COUNTRY
