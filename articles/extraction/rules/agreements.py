"""Agreements: documents the text says were signed, with their signatories, title and topics.

The signatories are the people who signed ("Zeng Peiyan signed the deal with his counterpart Ro
Tu Chol"), or those who witnessed the signing when no signer is named. "The two sides signed …"
right after their talks names the parties of those talks. States are signatories only when no
person is named ("China and North Korea signed an agreement", "Beide Länder schlossen ein
Abkommen"). Each agreement gets an English title and topics from the words that name its subject
("경제기술협조협정" → "Agreement on economic and technical cooperation").
"""

from __future__ import annotations

import re

from .. import cues
from ..lexicon import compile_fast, word_regex, words
from ..scripts import HANGUL_SYLLABLES
from ..types import COUNTRY
from .clauses import clauses, own_date
from .context import Article, Sent, distinct, within
from .facts import AgreementFact
from .participants import clause_people
from .places import pick_place
from .story import Story

# English topic: the words that name it, in every language.
TOPICS: dict[str, list[str]] = {
    "economic and technical cooperation": words("""
        economic and technical cooperation, economic and technological cooperation, economic and technology cooperation
        economy and technology, kerja sama ekonomi dan teknik, cooperación económica y técnica
        coopération économique et technique, wirtschaftliche und technische zusammenarbeit
        экономическом и техническом сотрудничестве, экономико-техническом, 경제기술협력, 경제기술협조, 경제·기술 협력
        经济技术合作, 經濟技術合作, 経済技術協力
    """),
    "economic and cultural cooperation": words(
        "economic and cultural cooperation, 경제 및 문화 협조, 经济及文化合作, 經濟及文化合作, 經濟和文化合作, 经济和文化合作"
    ),
    "economic aid": words("""
        economic aid, economic assistance, bantuan ekonomi, ayuda económica, aide économique, wirtschaftshilfe
        экономической помощи, 경제원조, 경제 원조, 经济援助, 經濟援助, 経済援助, 無償援助, 无偿援助
    """),
    "visa exemption": words("""
        visa exemption, visa waiver, visa-free, mutual exemption of visas, bebas visa, exención de visado, exención de visas
        exemption de visa, visumfreiheit, visumbefreiung, безвизов*, 비자 면제, 비자면제, 사증면제, 사증 면제
        상호면제, 免签, 免簽, 互免签证, 互免簽證, 査証免除, ビザ免除
    """),
    "customs and quarantine": words("""
        customs and quarantine, customs, quarantine, bea cukai, karantina, aduanas, aduanero, douanière, douane
        zoll, таможен*, 세관, 검역, 海关, 海關, 检验检疫, 檢驗檢疫, 检疫, 税関, 検疫
    """),
    "tourism": words("tourism, pariwisata, turismo, tourisme, tourismus, туризм*, 관광, 旅游, 旅遊, 観光"),
    "trade": words("trade, perdagangan, comercio, commerce, handel, торгов*, 무역, 贸易, 貿易"),
    "investment": words(
        "investment, investments, investasi, inversión, inversiones, investissement*, investition*, инвестиц*, 투자, 投资, 投資"
    ),
    "bridge construction": words(
        "bridge, jembatan, puente, pont, brücke, мост*, 대교, 교량, 大桥, 大橋, 公路桥, 公路橋, 桥梁, 橋梁"
    ),
    "special economic zones": words("""
        economic zone, economic zones, special economic, trade zone, zona ekonomi, zona económica, zone économique
        wirtschaftszone, экономической зоны, экономической зоне, экономическую зону, экономических зон, 경제지대, 경제특구, 经济区, 經濟區, 经济贸易区, 經濟貿易區, 経済特区, 経済区
    """),
    "culture": words(
        "cultural, kebudayaan, budaya, culturales, culturel, kulturell*, kulturaustausch, культур*, 문화, 文化"
    ),
    "education": words("education, pendidikan, educación, éducation, bildung, образован*, 교육, 教育"),
    "health": words(
        "health, medical, kesehatan, salud, santé, gesundheit*, здравоохранен*, 보건, 의료, 卫生, 衛生, 保健, 医疗, 醫療"
    ),
    "science and technology": words("""
        science and technology, scientific and technological, sains dan teknologi, ciencia y tecnología
        science et technologie, wissenschaft und technik, научно-техническ*, 과학기술, 科技, 科学技术, 科學技術, 科学技術
    """),
    "agriculture": words(
        "agriculture, agricultural, pertanian, agricultura, agrícola, agricole, landwirtschaft*, сельск*, 농업, 农业, 農業"
    ),
    "electricity supply": words(
        "electricity, power supply, listrik, electricidad, électricité, strom*, электроэнерг*, 전력, 电力, 電力"
    ),
    "offshore oil development": words(
        "offshore oil, oil resources, minyak lepas pantai, petróleo en alta mar, pétrole offshore, 해상 유전, 海上石油, 石油资源, 石油資源"
    ),
    "translation and publication of classics": words(
        "classic works, classics, karya klasik, obras clásicas, œuvres classiques, klassische werke, классическ*, 고전 작품, 古典, 经典著作"
    ),
    "broadcasting": words(
        "television, broadcasting, televisi, televisión, télévision, rundfunk, fernsehen, телевиден*, 방송, 广播, 廣播, 电视, 電視, 放送"
    ),
    "postal services": words("postal, pos dan, correos, postal, post und, почтов*, 우편, 邮政, 郵政, 郵便"),
    "software": words("software, perangkat lunak, 소프트웨어, 软件, 軟體, 軟件, ソフトウェア"),
    "quality inspection": words(
        "quality inspection, quality supervision, 품질 감독, 품질감독, 质量监督, 質量監督, 品質"
    ),
    "friendship and mutual assistance": words(
        "friendship, cooperation and mutual assistance, mutual assistance, persahabatan, amistad, amitié, freundschaft*, дружб*, "
        "우호협조, 우호, 友好合作互助, 友好協力"
    ),
    "aviation": words(
        "air services, aviation, civil aviation, penerbangan, aviación, aérien, luftverkehr, авиа*, 항공, 航空"
    ),
    "environment": words(
        "environment, environmental, lingkungan, medio ambiente, environnement, umwelt*, окружающ*, 환경, 环境, 環境"
    ),
}
_TOPIC_RX = {topic: word_regex(ws) for topic, ws in TOPICS.items()}
# The kind of document, in English, from the word that names it.
_DOCUMENTS = [
    (
        "Treaty",
        word_regex(
            words(
                "treaty, perjanjian persahabatan, tratado, traité, vertrag, freundschaftsvertrag, staatsvertrag, "
                "договор*, 조약, 条约, 條約, 条約"
            )
        ),
    ),
    (
        "Protocol",
        word_regex(words("protocol, protokol, protocolo, protocole, protokoll, протокол*, 의정서, 议定书, 議定書")),
    ),
    (
        "Memorandum of understanding",
        word_regex(
            words(
                "memorandum, mou, nota kesepahaman, memorando, mémorandum, absichtserklärung, меморандум*, 양해각서, 양해문, 谅解备忘录, 諒解備忘錄, 覚書"
            )
        ),
    ),
    ("Exchange of notes", word_regex(words("exchange of notes, 교환문서, 换文, 換文, 交換公文"))),
    ("Agreement", cues.AGREEMENT_NOUN),
]
# Witnesses: "attending the signing ceremony were …", "出席签字仪式", "서명식에 참석".
_WITNESS = compile_fast(
    r"attend\w*|present at|witness\w*|hadir|asist\w*|assist\w*|anwesend|присутств\w*|참석|배석|出席|列席|立ち会",
    re.IGNORECASE,
)
_AFTER_TALKS = compile_fast(
    r"\b(?:after|following)\s+(?:the|this|their|these)\s+(?:talks|meeting)|après cette rencontre|después de (?:la|esta) reunión"
    r"|nach dem (?:Treffen|Gespräch)|после (?:встречи|переговоров)|회담 후|회담 뒤|会谈后|會談後|会見後|会談後|會見結束後|会见结束后",
    re.IGNORECASE,
)


def title_and_topics(art: Article, lo: int, hi: int, signatories: list[str]) -> tuple[str, list[str]]:
    """An English title and topics: "Agreement on economic and technical cooperation", or
    "Agreement between China and North Korea" when the text names no subject."""
    key = ("topics", lo, hi)
    if key not in art.memo:
        art.memo[key] = _topics_and_document(art, lo, hi)
    topics, document = art.memo[key]
    if topics:
        subject = topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + " and " + topics[-1]
        return f"{document} on {subject}"[:300], topics
    countries = distinct(art.country_of(k) for k in signatories if art.country_of(k))
    names = [art.entries[f"country:{c}"].name for c in countries if f"country:{c}" in art.entries]
    if len(names) >= 2:
        return f"{document} between {names[0]} and {names[1]}", topics
    return document, topics


# A signing word naming the ceremony as where something happened: "조인식에는", "調印式には".
_AT_CEREMONY = compile_fast(rf"(?:식|式)?(?:에는|에서는)(?![{HANGUL_SYLLABLES}])|(?:式)?(?:には|では)")
# A topic word that names an office or a ministry ("무역상", "Minister of Foreign Trade", "外贸部长",
# "商务部"): who signed, not what the agreement is about.
_OFFICE_AFTER = compile_fast(
    r"(?:상|장관|부장|부)(?=[과와은는이가을를의에도\s,.]|$)|部|相(?![关關互应應同似])|大臣|\s+(?:minister|ministry)\b",
    re.IGNORECASE,
)
_OFFICE_BEFORE = compile_fast(
    r"\b(?:minister(?:ium)?|ministry|ministre|ministro)\s+(?:of\s+|for\s+|de\s+|du\s+|des\s+|für\s+)?(?:foreign\s+|external\s+|extérieur\s+)?$",
    re.IGNORECASE,
)

_ANY_TOPIC = word_regex([w for ws in TOPICS.values() for w in ws])


def _topics_and_document(art: Article, lo: int, hi: int) -> tuple[list[str], str]:
    document = next((name for name, rx in _DOCUMENTS if art.find.search(rx, lo, hi)), "Agreement")
    if not art.find.search(_ANY_TOPIC, lo, hi):
        return [], document
    text = art.text
    spans = {
        t: [
            m.span()
            for m in art.find.finditer(rx, lo, hi)
            if not _OFFICE_AFTER.match(text, m.end())
            and not _OFFICE_BEFORE.search(text, max(lo, m.start() - 30), m.start())
        ]
        for t, rx in _TOPIC_RX.items()
    }
    # a topic word inside another topic's phrase names no topic of its own: 贸易 in 经济贸易区
    covered = [sp for found in spans.values() for sp in found]
    topics = [
        t
        for t, found in spans.items()
        if any(not any(a <= s and e <= b and (a, b) != (s, e) for a, b in covered) for s, e in found)
    ]
    if "economic and technical cooperation" in topics:
        topics = [t for t in topics if t not in {"science and technology"}]
    return topics, document


def _states(art: Article, sent: Sent, lo: int, hi: int) -> list[str]:
    """ "China and North Korea signed …", "between the DPRK and China", "Beide Länder schlossen …"."""
    states = distinct(m.key for m in within(sent.mentions, lo, hi) if m.label == COUNTRY)
    if len(states) >= 2:
        return states
    if art.find.search(cues.BOTH_COUNTRIES, lo, hi) or art.find.search(cues.BOTH_SIDES, lo, hi):
        return [f"country:{c}" for c in art.pair if f"country:{c}" in art.entries]
    return states


# A firm as the subject of a signing ("北朝鮮の貿易会社と中国の鉱業公司が…署名した"): a commercial
# deal, not one the story's official signed
_COMPANY = compile_fast(
    r"公司|会社|商社|貿易商|贸易商|集団|集团|企業|企业|기업|회사|무역회사|商事|\b(?:compan(?:y|ies)|corporation|firms?|"
    r"empresas?|sociétés?|Unternehmen|Konzern|компани\w*|корпораци\w*|perusahaan)\b",
    re.IGNORECASE,
)


def _signatories(
    art: Article, sent: Sent, story: Story, lo: int, hi: int, ts: int, meetings=()
) -> tuple[list[str], str]:
    who = _not_met_before(art, sent, clause_people(art, sent, lo, hi, ts), lo, ts)
    if not who:
        held = _signed_at_talks(art, sent, ts, meetings)
        if held:
            return held, "both sides"
    if len(who) == 1 and art.pro_drop and who[0] != sent.topic:
        topic = story.topic_for(sent)
        if topic and topic != who[0] and art.country_of(topic) != art.country_of(who[0]):
            who = [topic, *who]
    topic = story.topic_for(sent, within=2)
    if not who and _COMPANY.search(art.text, lo, ts):
        return [], "firms"  # a deal of firms: no official's, no state's
    if not who and art.pro_drop and topic:
        country_named = [
            m
            for m in within(sent.mentions, lo, hi)
            if m.label == COUNTRY and art.country_of(m.key) != art.country_of(topic)
        ]
        if country_named:
            who = [topic]  # "원 총리는 방북에서 북한과 … 조인했다", "23日には崔永林首相との間で…署名した"
    if who:
        return who, "signed"
    recent = story.recent_meeting(sent, within=3)
    after_talks = _AFTER_TALKS.search(art.text, sent.start, hi) is not None
    if recent is None and after_talks:
        recent = story.last_meeting  # "会谈后，两人见证签署": the talks it names, however far back they were told
    if recent is not None and (
        art.find.search(cues.BOTH_SIDES, lo, hi)
        or after_talks
        # "양국은 또 … 협정에도 서명했다" right after their talks: the two who met signed
        or (sent.idx - recent.sentence <= 1 and art.find.search(cues.BOTH_COUNTRIES, lo, hi))
    ):
        return list(recent.participants), "both sides"
    return _states(art, sent, lo, hi), "states"


def _not_met_before(art: Article, sent: Sent, who: list[str], lo: int, ts: int) -> list[str]:
    """ "X met with A and B, and then signed two accords": the people after a meeting word joined
    to the signing word by "and" are the ones met; the one who signed is the subject before it."""
    if len(who) < 2 or art.verb_final:
        return who
    for s, _e in art.triggers("meeting", lo, ts):
        before = [m.key for m in sent.persons if lo <= m.start < s and m.key in who]
        after = [m for m in sent.persons if s <= m.start < ts]
        if (
            before
            and after
            and _AND_SIGNED.fullmatch(art.text, after[-1].end, ts)
            and not art.find.search(cues.BOTH_SIDES, after[-1].end, ts)  # ", and both witnessed the signing"
        ):
            return distinct(before)
    return who


# (the verb of signing joined to the meeting before it: ", and signed", " y firmó", " et a signé")
_AND_SIGNED = compile_fast(r"[^.;]{0,40}?,?\s+(?:and|y|et|und|и|dan|serta)\s+(?:\w+\s+){0,2}", re.IGNORECASE)


# "they inked the accord during talks between X and Y", "lo firmaron durante un encuentro entre …",
# "signé lors d'une rencontre entre …": those who met signed
_AT_THE_TALKS = compile_fast(
    r"[^.;]{0,60}?\b(?:during|at|in the course of|durante|en|lors d['’]une?|au cours d['’]une?|"
    r"während|bei|во время|в ходе|dalam|saat)\s+(?:a|an|the|una?|el|la|le|les|einem|einer|dem|der)?\s*\Z",
    re.IGNORECASE,
)
# "there are signs of a thaw", "no signs that …": the noun, not the verb
_SIGNS_NOUN = compile_fast(r"\s+(?:that|of)\b", re.IGNORECASE)


def _signed_at_talks(art: Article, sent: Sent, ts: int, meetings) -> list[str]:
    """The people of a meeting of the same sentence that the signing word says it took place at."""
    word = next((s for s, _e in art.triggers("meeting", ts, sent.end)), None)
    if word is None or not _AT_THE_TALKS.search(art.text[ts:word]):
        return []
    held = next((m for m in meetings if m.sentence == sent.idx and not m.planned), None)
    return list(held.participants) if held else []


def find_agreements(
    art: Article, sent: Sent, story: Story, events, meetings=()
) -> list[tuple[AgreementFact, int, int, int]]:
    """The agreements of one sentence; several signing clauses of one sentence ("Ri and Ku signed
    on behalf of the DPRK and Li signed on behalf of China") are one agreement."""
    found: list[tuple[AgreementFact, int, int, int]] = []
    for lo, hi, ts, te in clauses(art, sent, "signing"):
        if art.text[ts:te].lower() == "signs" and _SIGNS_NOUN.match(art.text, te):
            continue  # "signs of a thaw"
        if art.find.search(cues.NOT_AN_AGREEMENT, max(sent.start, ts - 40), min(sent.end, te + 40)):
            continue  # "the anniversary of the signing", "署名文章" (a bylined article)
        if cues.SIGNING_NEEDS_NOUN.match(art.text[ts:te]) and not art.find.search(cues.AGREEMENT_NOUN, lo, hi):
            continue  # "schlossen" signs only "ein Abkommen"
        if art.negated(lo, hi, ts, te) or art.planned(lo, hi, ts, te):
            continue
        if _AT_CEREMONY.match(art.text, te):
            continue  # "조인식에는 … 참가했다", "調印式には": the occasion others attended, not a signing
        who, how = _signatories(art, sent, story, lo, hi, ts, meetings)
        if not who:
            continue
        if how == "signed" and _WITNESS.search(art.text, max(lo, ts - 40), ts):
            how = "witnessed"
        date = own_date(sent, lo, hi, ts)
        place = pick_place(art, sent, lo, hi, ts)
        talks = story.last_meeting if _AFTER_TALKS.search(art.text, sent.start, hi) else None
        if talks is not None and set(talks.participants) & set(who):
            # signed "after the talks" of those who signed: on the day and at the place of the talks
            date = date or talks.date
            place = place or talks.place
        title, topics = title_and_topics(art, sent.start, sent.end, who)
        fact = AgreementFact(
            who,
            date,
            place,
            topics,
            sent.idx,
            sent.start,
            sent.end,
            title=title,
            background=sent.in_background(ts) is not None,
            rule=how,
        )
        if found and found[-1][0].date in (None, date) and date in (None, found[-1][0].date):
            prev = found[-1][0]
            if (prev.rule == "witnessed") != (how == "witnessed"):
                # "X and Y attended the signing ceremony, where Rim signed": the signer, not the witnesses
                if prev.rule == "witnessed":
                    prev.signatories, prev.rule = who, how
                prev.date = prev.date or date
                continue
            people = [k for k in distinct(prev.signatories + who) if not k.startswith("country:")]
            prev.signatories = people or distinct(prev.signatories + who)
            prev.date = prev.date or date
            continue
        found.append((fact, lo, hi, ts))
    return found
