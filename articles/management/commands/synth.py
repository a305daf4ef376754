"""Synthetic coverage for measuring the tracker at scale: N articles in six languages, written from
the gazetteer with templates, 300-800 words each, with their facts, mentions and evidence stored
through the real models (bulk inserts) as extraction would store them.

The text is generated, not reporting: it exists so that page and API timings can be measured at
1,000 and at 100,000 articles. Every synthetic article's outlet is named "Synthetic …"."""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from articles import extraction
from articles.extraction.scripts import has_hangul
from articles.models import Article, ArticleStatus, Evidence, Mention, Source, Story
from articles.services import content_hash
from tracker.fact_kinds import KINDS
from tracker.models import Actor, ActorKind, Agreement, Commodity, DatePrecision, Meeting, Place, TradeItem, Visit
from tracker.text import script_of

LANGS = ["en", "en", "en", "id", "ko", "zh", "ru", "ja"]  # English is most of the coverage
SCRIPT = {"ko": "Hang", "zh": "Hani", "ja": "Hani", "ru": "Cyrl"}
CJK = {"ko", "zh", "ja"}

MEETING = {
    "en": "{a} held talks with {b} in {p} on {d}, state media reported.",
    "id": "{a} mengadakan pembicaraan dengan {b} di {p} pada {d}, menurut media pemerintah.",
    "ko": "{a}은 {d} {p}에서 {b}과 회담했다고 관영 매체가 전했다.",
    "zh": "{a}于{d}在{p}同{b}举行会谈，官方媒体报道。",
    "ru": "{a} провёл переговоры с {b} в {p} {d}, сообщили государственные СМИ.",
    "ja": "{a}は{d}、{p}で{b}と会談したと国営メディアが伝えた。",
}
VISIT = {
    "en": "{a} arrived in {p} on {d} for an official visit.",
    "id": "{a} tiba di {p} pada {d} untuk kunjungan resmi.",
    "ko": "{a}은 {d} 공식 방문을 위해 {p}에 도착했다.",
    "zh": "{a}于{d}抵达{p}，开始正式访问。",
    "ru": "{a} прибыл в {p} {d} с официальным визитом.",
    "ja": "{a}は{d}、公式訪問のため{p}に到着した。",
}
AGREEMENT = {
    "en": "{a} and {b} signed an agreement on economic cooperation in {p} on {d}.",
    "id": "{a} dan {b} menandatangani perjanjian kerja sama ekonomi di {p} pada {d}.",
    "ko": "{a}과 {b}은 {d} {p}에서 경제협력 협정에 서명했다.",
    "zh": "{a}和{b}于{d}在{p}签署经济合作协定。",
    "ru": "{a} и {b} подписали соглашение об экономическом сотрудничестве в {p} {d}.",
    "ja": "{a}と{b}は{d}、{p}で経済協力協定に署名した。",
}
TRADE = {
    "en": "China exported {c} to North Korea in {m}, customs figures showed.",
    "id": "Tiongkok mengekspor {c} ke Korea Utara pada {m}, menurut data bea cukai.",
    "ko": "중국은 {m} 북한에 {c}을 수출했다고 세관 통계가 밝혔다.",
    "zh": "海关数据显示，中国{m}向朝鲜出口{c}。",
    "ru": "Китай экспортировал {c} в КНДР в {m}, показали таможенные данные.",
    "ja": "税関統計によると、中国は{m}に北朝鮮へ{c}を輸出した。",
}
FILLER = {
    "en": [
        "Officials on both sides described the relationship as close and said exchanges would continue.",
        "Analysts in Seoul said the contacts showed that the two neighbours wanted to keep their ties steady.",
        "Trade across the border at Dandong has grown and shrunk with sanctions and the pandemic.",
        "The two governments mark the anniversary of diplomatic relations every October.",
        "Diplomats said the talks also touched on the situation on the Korean peninsula.",
        "Observers noted that such visits are usually announced only after the delegation has arrived.",
    ],
    "id": [
        "Pejabat kedua pihak menyebut hubungan kedua negara erat dan pertukaran akan berlanjut.",
        "Para analis di Seoul menilai kontak itu menunjukkan keinginan menjaga hubungan tetap stabil.",
        "Perdagangan lintas perbatasan di Dandong naik turun mengikuti sanksi dan pandemi.",
        "Kedua pemerintah memperingati hubungan diplomatik setiap bulan Oktober.",
        "Para diplomat mengatakan pembicaraan juga menyinggung situasi di Semenanjung Korea.",
    ],
    "ko": [
        "양측 관계자들은 두 나라 관계가 긴밀하며 교류가 계속될 것이라고 밝혔다.",
        "서울의 전문가들은 이번 접촉이 관계를 안정적으로 유지하려는 뜻을 보여준다고 분석했다.",
        "단둥의 국경 무역은 제재와 감염병 상황에 따라 늘고 줄었다.",
        "두 정부는 해마다 10월 수교 기념일을 기념한다.",
        "외교 소식통은 회담에서 한반도 정세도 논의됐다고 전했다.",
    ],
    "zh": [
        "双方官员表示两国关系密切，交流将继续进行。",
        "首尔的分析人士认为，这些接触表明双方希望保持关系稳定。",
        "丹东的边境贸易随制裁和疫情起伏。",
        "两国政府每年十月纪念建交。",
        "外交人士说，会谈还涉及朝鲜半岛局势。",
    ],
    "ru": [
        "Официальные лица обеих сторон назвали отношения тесными и заявили, что обмены продолжатся.",
        "Аналитики в Сеуле считают, что контакты показывают стремление сохранить стабильность отношений.",
        "Приграничная торговля в Даньдуне росла и падала вслед за санкциями и пандемией.",
        "Два правительства ежегодно в октябре отмечают годовщину дипломатических отношений.",
    ],
    "ja": [
        "双方の当局者は両国関係が緊密で、交流は続くと述べた。",
        "ソウルの専門家は、今回の接触は関係を安定させたい意向を示していると分析した。",
        "丹東の国境貿易は制裁や感染症の状況に応じて増減してきた。",
        "両政府は毎年十月に国交樹立を記念している。",
    ],
}
MONTHS_RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()


def say_date(lang: str, d: dt.date) -> str:
    if lang == "en":
        return f"{d.day} {d:%B} {d.year}"
    if lang == "id":
        return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    if lang == "ru":
        return f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} года"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return f"{d.year}年{d.month}月{d.day}日"


def say_month(lang: str, d: dt.date) -> str:
    if lang in CJK:
        return f"{d.year}年{d.month}月" if lang != "ko" else f"{d.year}년 {d.month}월"
    if lang == "ru":
        return f"{d.year} году"
    return f"{d:%B} {d.year}" if lang == "en" else f"{MONTHS_ID[d.month - 1]} {d.year}"


@dataclass
class Event:
    kind: str
    date: dt.date
    actors: list  # Actor rows
    place: Place | None = None
    commodity: Commodity | None = None


@dataclass
class Draft:
    """A synthetic article before it is stored: its text and where its events and names are."""

    text: str
    language: str
    published: dt.date
    facts: list  # (Event, start, end)
    mentions: list  # (Actor | Place | Commodity, start, end)


class Writer:
    """Writes synthetic articles from the gazetteer. Events are shared: a pool of a third as many
    events as articles, so that most events are reported by two to four articles, as real coverage
    reports them. Also used by ``bench`` for texts to push through the real extraction."""

    def __init__(self, seed: int, articles: int):
        self.rng = random.Random(seed)
        self.people = {
            code: list(Actor.objects.filter(kind=ActorKind.PERSON, is_candidate=False, country=code))
            for code in ("CN", "KP")
        }
        if not self.people["CN"] or not self.people["KP"]:
            raise CommandError("The gazetteer has no Chinese or North Korean people; run migrate first.")
        self.names = self._names()
        self.cities = list(Place.objects.filter(kind="city", country__in=["CN", "KP"]))
        self.commodities = list(Commodity.objects.exclude(hs_code=""))
        self.pool = [self.event() for _ in range(max(1, articles // 3))]

    def _names(self) -> dict[tuple[str, int, str], str]:
        """The name of an actor or place as written in a language's script, where one is known."""
        from tracker.models import ActorAlias, PlaceAlias

        out: dict[tuple[str, int, str], str] = {}
        for model, prefix in ((ActorAlias, "a"), (PlaceAlias, "p")):
            field = "actor_id" if prefix == "a" else "place_id"
            for owner, text in model.objects.values_list(field, "text"):
                script = script_of(text)
                for lang, wanted in SCRIPT.items():
                    if script == wanted and (lang != "ja" or not has_hangul(text)):
                        out.setdefault((prefix, owner, lang), text)
        return out

    def event(self, kind: str = "") -> Event:
        rng = self.rng
        day = dt.date(1992, 1, 1) + dt.timedelta(days=rng.randrange(0, 12_000))
        kind = kind or rng.choices(["meeting", "visit", "agreement", "trade"], weights=[5, 4, 1, 2])[0]
        cn, kp = rng.choice(self.people["CN"]), rng.choice(self.people["KP"])
        place = rng.choice(self.cities) if self.cities else None
        commodity = rng.choice(self.commodities) if kind == "trade" and self.commodities else None
        return Event(kind, day, [cn, kp] if rng.random() < 0.5 else [kp, cn], place, commodity)

    def _say(self, lang, prefix, obj) -> str:
        if obj is None:
            return ""
        return self.names.get((prefix, obj.pk, lang), obj.name)

    def draft(self, label: str, events: list[Event] | None = None, lang: str = "") -> Draft:
        """One article of 300-800 words reporting one to three events of the pool (or those given),
        in a random language (or the one given), ending with ``(label.)``."""
        rng = self.rng
        lang = lang or rng.choice(LANGS)
        events = events or rng.sample(self.pool, k=min(len(self.pool), rng.choice([1, 1, 2, 3])))
        target = rng.randint(300, 800)  # words; in CJK, two characters count as one word
        parts, fact_spans, mention_spans, length, size = [], [], [], 0, 0
        fillers = FILLER[lang]
        for k, ev in enumerate(events):
            sentence, names_at = self._sentence(lang, ev)
            fact_spans.append((ev, length, length + len(sentence)))
            mention_spans.extend((obj, length + a, length + b) for obj, a, b in names_at)
            parts.append(sentence)
            length += len(sentence) + 1
            size += self._size(lang, sentence)
            # Context after each event, so that the events spread through the article.
            share = target * (k + 1) // len(events)
            while size < share:
                parts.append(rng.choice(fillers))
                length += len(parts[-1]) + 1
                size += self._size(lang, parts[-1])
        text = "\n".join(parts) + f"\n({label}.)"
        published = max(ev.date for ev in events) + dt.timedelta(days=rng.randint(0, 3))
        return Draft(text, lang, published, fact_spans, mention_spans)

    @staticmethod
    def _size(lang, sentence: str) -> int:
        """Words in a sentence; in Chinese, Japanese and Korean, half its characters."""
        return len(sentence) // 2 if lang in CJK else len(sentence.split())

    def _sentence(self, lang, ev: Event):
        a = self._say(lang, "a", ev.actors[0])
        b = self._say(lang, "a", ev.actors[1])
        p = self._say(lang, "p", ev.place)
        d = say_date(lang, ev.date)
        if ev.kind == "trade":
            c = ev.commodity.name if ev.commodity else "goods"
            sentence = TRADE[lang].format(c=c, m=say_month(lang, ev.date))
            at = sentence.find(c)
            return sentence, ([(ev.commodity, at, at + len(c))] if ev.commodity and at >= 0 else [])
        template = {"meeting": MEETING, "visit": VISIT, "agreement": AGREEMENT}[ev.kind][lang]
        sentence = template.format(a=a, b=b, p=p, d=d)
        found = []
        for obj, name in ((ev.actors[0], a), (ev.actors[1], b), (ev.place, p)):
            at = sentence.find(name) if name else -1
            if obj is not None and at >= 0 and (ev.kind != "visit" or obj is not ev.actors[1]):
                found.append((obj, at, at + len(name)))
        return sentence, found


class Command(BaseCommand):
    help = "Generate N synthetic articles with their facts and evidence (for benchmarks at scale)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--batch", type=int, default=1000, help="articles per transaction")

    def handle(self, *args, articles, seed, batch, **options):
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        writer = Writer(seed, articles)
        sources = [Source.objects.get_or_create(name=f"Synthetic {n}")[0] for n in ("Wire", "Daily", "Herald", "Post")]
        facts: dict[str, int] = {}
        start = time.perf_counter()
        made = 0
        while made < articles:
            n = min(batch, articles - made)
            with transaction.atomic():
                self._batch(writer, n, made, sources, facts)
            made += n
            if made % (batch * 10) == 0 or made == articles:
                rate = made / (time.perf_counter() - start)
                self.stdout.write(f"{made:,} articles ({rate:,.0f}/s)")
        from django.db import connection

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # as autovacuum would after a bulk load: plans need row counts
        self.stdout.write(f"synth: {articles:,} articles, {len(facts):,} facts, seed {seed}")

    def _batch(self, writer: Writer, n, offset, sources, facts):
        now = timezone.now()
        rows, spans = [], []
        for i in range(n):
            draft = writer.draft(f"Synthetic report {offset + i + 1}")
            rows.append(
                Article(
                    title=f"Synthetic report {offset + i + 1}",
                    text=draft.text,
                    language=draft.language,
                    published=draft.published,
                    source=writer.rng.choice(sources),
                    content_hash=content_hash(draft.text),
                    status=ArticleStatus.DONE,
                    status_changed=now,
                    extractor_version=extraction.EXTRACTOR_VERSION,
                )
            )
            spans.append((draft.facts, draft.mentions))
        stories = Story.objects.bulk_create([Story() for _ in rows])
        for article, story in zip(rows, stories, strict=True):
            article.story = story
        articles = Article.objects.bulk_create(rows)
        evidence, mentions = [], []
        for article, (fact_spans, mention_spans) in zip(articles, spans, strict=True):
            for ev, start, end in fact_spans:
                fact = self._fact(ev, facts)
                field = KINDS["trade_item" if ev.kind == "trade" else ev.kind].evidence_field
                evidence.append(
                    Evidence(
                        article=article,
                        start=start,
                        end=end,
                        sentence=article.text[start:end],
                        extractor_version=extraction.EXTRACTOR_VERSION,
                        **{f"{field}_id": fact},
                    )
                )
            for obj, start, end in mention_spans:
                key = "actor_id" if isinstance(obj, Actor) else "place_id" if isinstance(obj, Place) else "commodity_id"
                mentions.append(
                    Mention(article=article, start=start, end=end, text=article.text[start:end][:300], **{key: obj.pk})
                )
        Evidence.objects.bulk_create(evidence, batch_size=2000)
        Mention.objects.bulk_create(mentions, batch_size=2000)

    def _fact(self, ev: Event, facts: dict[str, int]) -> int:
        """The fact's id, created the first time an article reports the event (bulk reuse after)."""
        actors = [a.pk for a in (ev.actors[:1] if ev.kind == "visit" else ev.actors)]
        who = ",".join(str(a) for a in sorted(actors))
        precision = DatePrecision.MONTH if ev.kind == "trade" else DatePrecision.DAY
        day = ev.date.replace(day=1) if ev.kind == "trade" else ev.date
        iso = day.isoformat()[:7] if ev.kind == "trade" else day.isoformat()
        extra = f"{ev.commodity.pk}:CN>KP:traded" if ev.kind == "trade" and ev.commodity else ""
        signature = f"{ev.kind}|{iso}|-|{who}|{'reported' if ev.kind == 'visit' else extra}"[:300]
        if signature in facts:
            return facts[signature]
        common = {"date": day, "date_precision": precision, "signature": signature}
        if ev.kind == "meeting":
            fact = Meeting.objects.create(place=ev.place, **common)
            fact.participants.set(actors)
        elif ev.kind == "visit":
            fact = Visit.objects.create(visitor_id=actors[0], destination=ev.place, **common)
        elif ev.kind == "agreement":
            fact = Agreement.objects.create(place=ev.place, **common)
            fact.signatories.set(actors)
        else:
            fact = TradeItem.objects.create(commodity=ev.commodity, exporter="CN", importer="KP", **common)
        facts[signature] = fact.pk
        return fact.pk
