"""Multilingual extraction through the real pipeline: one short text per case, one behaviour per test.

Every text is original prose about a real, dated China–DPRK event (or a realistic wire-style
sentence). Each case states only the facts a careful analyst would extract from that text.
Names are the canonical English names of the gazetteer in ``tracker/data/*.json``.

Conventions checked here:
* a weekday ("on Tuesday", "화요일", "во вторник", ...) is the most recent such day on or before
  the publication date; "yesterday" is the day before publication;
* a day-only date ("9일", "26日") falls in the publication month;
* a date range ("3月25日至28日", "from Sunday to Wednesday") dates a visit by its first day;
* a surname or title ("Zhao", "Mr Kim", "김 위원장", "李总理") is the person named earlier in the
  same text, and a bare surname with nobody of that name in the text is nobody;
* a past summit named as context ("their first summit since 2019") is a meeting with year precision;
* every fact's evidence is an exact substring of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

# --- canonical names (tracker/data/*.json) ---------------------------------------------------

XI = "Xi Jinping"
KIM = "Kim Jong Un"
KIM_IL_SUNG = "Kim Il Sung"
ZHOU = "Zhou Enlai"
ZHAO = "Zhao Leji"
CHOE_RH = "Choe Ryong Hae"
LI_QIANG = "Li Qiang"
WANG_YI = "Wang Yi"
WANG_YAJUN = "Wang Yajun"
RI_SON_GWON = "Ri Son Gwon"
RO_TU_CHOL = "Ro Tu Chol"

PYONGYANG = "Pyongyang"
BEIJING = "Beijing"
DANDONG = "Dandong"
GREAT_HALL = "Great Hall of the People"
MANSUDAE = "Mansudae Assembly Hall"

CHINA = "China"
NORTH_KOREA = "North Korea"

CN, KP = "CN", "KP"
TRADED, BANNED, CAPPED = "traded", "banned", "capped"
REPORTED, PLANNED = "reported", "planned"

# One text, two cases: the visit it reports and the meeting it says did not happen.
JA_VISIT_WITHOUT_MEETING = "王毅外相は平壌を訪問したが、金正恩氏との会談は行われなかった。"

FACT_KINDS = ("meetings", "visits", "agreements", "trade_items")
SET_FIELDS = {"participants", "signatories"}


@dataclass(frozen=True)
class Case:
    id: str
    lang: str  # the language the text is written in (BCP 47, as detect_language returns it)
    text: str
    published: str
    expect: dict = field(default_factory=dict)  # fields of the one fact the case is about


def param(case: Case):
    return pytest.param(case, id=case.id)


# --- helpers ---------------------------------------------------------------------------------


def _norm(key, value):
    return frozenset(value) if key in SET_FIELDS and value is not None else value


def find_fact(record: dict, kind: str, **expected) -> dict:
    """The first fact of ``kind`` whose fields equal ``expected`` (participant lists compared as sets).

    Fails with everything the pipeline returned for that kind, so a mismatch is easy to read.
    """
    facts = record[kind]
    for fact in facts:
        if all(_norm(k, fact.get(k)) == _norm(k, v) for k, v in expected.items()):
            return fact
    pytest.fail(f"no {kind[:-1]} matching {expected!r}\npipeline returned {kind}: {facts!r}")


def facts_with(record: dict, kind: str, field_name: str, names: set) -> list[dict]:
    """Facts of ``kind`` whose ``field_name`` list includes every name in ``names``."""
    return [f for f in record[kind] if names <= set(f.get(field_name) or ())]


def actor_names(record: dict, kind: str | None = None) -> list[str]:
    return [a["name"] for a in record["actors"] if kind is None or a["kind"] == kind]


def assert_evidence_exact(record: dict, text: str) -> None:
    """Every fact of every kind quotes a non-empty, exact substring of the text."""
    for kind in FACT_KINDS:
        for fact in record[kind]:
            evidence = fact["evidence"]
            assert evidence, f"{kind[:-1]} without evidence: {fact!r}"
            assert evidence in text, f"{kind[:-1]} evidence is not in the text: {evidence!r}"


@pytest.fixture
def run(extract_json):
    def _run(case: Case) -> dict:
        return extract_json(case.text, published=case.published)

    return _run


# --- meetings --------------------------------------------------------------------------------

MEETINGS = [
    # English
    Case(
        "en-weekday-meeting",
        "en",
        "Chinese President Xi Jinping held talks with Kim Jong Un in Pyongyang on Thursday, "
        "the first visit by a Chinese leader to the North in 14 years.",
        "2019-06-21",  # a Friday
        dict(participants={XI, KIM}, date="2019-06-20", place=PYONGYANG),
    ),
    Case(
        "en-surname-meeting",
        "en",
        "Zhao Leji, chairman of China's top legislature, arrived in Pyongyang on Thursday for a "
        "three-day visit. On Saturday, Zhao held talks with Kim Jong Un.",
        "2024-04-13",  # a Saturday: "on Saturday" is the publication day itself
        dict(participants={ZHAO, KIM}, date="2024-04-13"),
    ),
    Case(
        "en-past-summit-year",
        "en",
        "Xi Jinping and Kim Jong Un held talks in Beijing on Thursday, their first summit since 2019.",
        "2025-09-05",
        dict(participants={XI, KIM}, date="2019", date_precision="year"),
    ),
    # Indonesian
    Case(
        "id-yesterday-meeting",
        "id",
        "Ketua parlemen Tiongkok Zhao Leji bertemu dengan Choe Ryong Hae di Pyongyang kemarin, "
        "menurut kantor berita resmi Korea Utara.",
        "2024-04-12",
        dict(participants={ZHAO, CHOE_RH}, date="2024-04-11", place=PYONGYANG),
    ),
    Case(
        "id-numeric-date-meeting",
        "id",
        "Xi Jinping dan Kim Jong Un mengadakan pembicaraan di Pyongyang pada 20/6/2019.",
        "2019-06-22",
        dict(participants={XI, KIM}, date="2019-06-20", place=PYONGYANG),
    ),
    # Korean
    Case(
        "ko-particles-dayonly-meeting",
        "ko",
        "북한 김정은이 20일 평양에서 시진핑과 정상회담을 가졌다.",
        "2019-06-21",
        dict(participants={KIM, XI}, date="2019-06-20", place=PYONGYANG),
    ),
    Case(
        "ko-particles-yesterday-meeting",
        "ko",
        "최룡해는 어제 만수대의사당에서 자오러지 위원장과 회담했다.",
        "2024-04-12",
        dict(participants={CHOE_RH, ZHAO}, date="2024-04-11", place=PYONGYANG, venue=MANSUDAE),
    ),
    Case(
        "ko-title-surname-meeting",
        "ko",
        "김정은 국무위원장이 특별열차 편으로 베이징에 도착했다. "
        "김 위원장은 8일 오후 인민대회당에서 시진핑 주석과 회담했다.",
        "2019-01-09",
        dict(participants={KIM, XI}, date="2019-01-08", place=BEIJING, venue=GREAT_HALL),
    ),
    Case(
        "ko-nk-spelling-ri-meeting",
        "ko",
        "리선권은 15일 평양에서 왕야쥔 중국대사와 만나 담화를 나눴다.",
        "2025-01-16",
        dict(participants={RI_SON_GWON, WANG_YAJUN}, date="2025-01-15", place=PYONGYANG),
    ),
    # Chinese (simplified)
    Case(
        "zh-weekday-meeting",
        "zh",
        "习近平星期二在人民大会堂同金正恩举行会谈。",
        "2019-01-10",  # a Thursday
        dict(participants={XI, KIM}, date="2019-01-08", place=BEIJING, venue=GREAT_HALL),
    ),
    Case(
        "zh-title-surname-dayonly-meeting",
        "zh",
        "中国国务院总理李强出席了朝鲜劳动党建党80周年庆祝活动。9日，李总理在平壤会见了金正恩。",
        "2025-10-10",
        dict(participants={LI_QIANG, KIM}, date="2025-10-09", place=PYONGYANG),
    ),
    # Chinese (traditional)
    Case(
        "zh-hant-dayonly-meeting",
        "zh-Hant",
        "習近平20日在平壤與金正恩舉行會談。",
        "2019-06-21",
        dict(participants={XI, KIM}, date="2019-06-20", place=PYONGYANG),
    ),
    # Japanese
    Case(
        "ja-kanji-dayonly-meeting",
        "ja",
        "金正恩総書記は4日、北京の人民大会堂で習近平国家主席と会談した。",
        "2025-09-05",
        dict(participants={KIM, XI}, date="2025-09-04", place=BEIJING, venue=GREAT_HALL),
    ),
    Case(
        "ja-title-surname-meeting",
        "ja",
        "習近平国家主席が平壌に到着し、金正恩委員長の出迎えを受けた。金委員長は20日、習主席と会談した。",
        "2019-06-21",
        dict(participants={KIM, XI}, date="2019-06-20"),
    ),
    # Russian
    Case(
        "ru-inflected-date-meeting",
        "ru",
        "Си Цзиньпин провёл переговоры с Ким Чен Ыном 4 сентября в Пекине.",
        "2025-09-05",
        dict(participants={XI, KIM}, date="2025-09-04", place=BEIJING),
    ),
    Case(
        "ru-inflected-full-date-meeting",
        "ru",
        "Ким Чен Ын встретился с Си Цзиньпином в Пхеньяне 20 июня 2019 года.",
        "2019-06-21",
        dict(participants={KIM, XI}, date="2019-06-20", place=PYONGYANG),
    ),
    # Spanish
    Case(
        "es-weekday-meeting",
        "es",
        "Xi Jinping se reunió el martes con Kim Jong Un en el Gran Salón del Pueblo de Pekín.",
        "2019-01-10",  # a Thursday
        dict(participants={XI, KIM}, date="2019-01-08", place=BEIJING, venue=GREAT_HALL),
    ),
    Case(
        "es-numeric-date-meeting",
        "es",
        "Xi Jinping y Kim Jong Un celebraron conversaciones en Pionyang el 20/6/2019.",
        "2019-06-22",
        dict(participants={XI, KIM}, date="2019-06-20", place=PYONGYANG),
    ),
    # French
    Case(
        "fr-month-year-meeting",
        "fr",
        "Kim Jong Un et Xi Jinping se sont rencontrés à Pékin en janvier 2019.",
        "2019-03-01",
        dict(participants={KIM, XI}, date="2019-01", date_precision="month", place=BEIJING),
    ),
    Case(
        "fr-title-surname-meeting",
        "fr",
        "Kim Jong Un est arrivé à Pékin mardi. M. Kim s'est entretenu jeudi avec Xi Jinping.",
        "2025-09-05",  # a Friday
        dict(participants={KIM, XI}, date="2025-09-04"),
    ),
    # German
    Case(
        "de-weekday-meeting",
        "de",
        "Xi Jinping empfing Kim Jong Un am Dienstag in der Großen Halle des Volkes in Peking.",
        "2019-01-09",  # a Wednesday
        dict(participants={XI, KIM}, date="2019-01-08", place=BEIJING, venue=GREAT_HALL),
    ),
    Case(
        "de-past-summit-year",
        "de",
        "Xi Jinping und Kim Jong Un trafen sich am Donnerstag in Peking, ihr erstes Gipfeltreffen seit 2019.",
        "2025-09-05",
        dict(participants={XI, KIM}, date="2019", date_precision="year"),
    ),
]


@pytest.mark.parametrize("case", [param(c) for c in MEETINGS])
def test_meeting(run, case):
    find_fact(run(case), "meetings", **case.expect)


# --- visits ----------------------------------------------------------------------------------

VISITS = [
    Case(
        "en-range-visit",
        "en",
        "Kim Jong Un made an unofficial visit to Beijing from Sunday to Wednesday, Xinhua reported.",
        "2018-03-28",  # a Wednesday
        dict(visitor=KIM, destination=BEIJING, date="2018-03-25", status=REPORTED),
    ),
    Case(
        "en-yesterday-visit",
        "en",
        "Chinese Foreign Minister Wang Yi arrived in Pyongyang yesterday for a three-day visit.",
        "2019-09-03",
        dict(visitor=WANG_YI, destination=PYONGYANG, date="2019-09-02", status=REPORTED),
    ),
    Case(
        "id-weekday-visit",
        "id",
        "Zhao Leji tiba di Pyongyang pada hari Kamis untuk kunjungan resmi selama tiga hari.",
        "2024-04-12",  # a Friday
        dict(visitor=ZHAO, destination=PYONGYANG, date="2024-04-11", status=REPORTED),
    ),
    Case(
        "id-planned-visit",
        "id",
        "Kim Jong Un dikabarkan akan mengunjungi Beijing dalam waktu dekat, menurut sumber diplomatik.",
        "2025-08-20",
        dict(visitor=KIM, destination=BEIJING, status=PLANNED),
    ),
    Case(
        "ko-weekday-visit",
        "ko",
        "김정은 국무위원장이 화요일 특별열차 편으로 베이징에 도착했다.",
        "2025-09-03",  # a Wednesday
        dict(visitor=KIM, destination=BEIJING, date="2025-09-02", status=REPORTED),
    ),
    Case(
        "ko-nk-spelling-ro-visit",
        "ko",
        "로두철 내각부총리가 이끄는 경제대표단이 3일 단둥에 도착했다.",
        "2018-04-04",
        dict(visitor=RO_TU_CHOL, destination=DANDONG, date="2018-04-03", status=REPORTED),
    ),
    Case(
        "zh-range-visit",
        "zh",
        "应中共中央总书记习近平邀请，金正恩于3月25日至28日对中国进行非正式访问。",
        "2018-03-28",
        dict(visitor=KIM, destination=CHINA, date="2018-03-25", status=REPORTED),
    ),
    Case(
        "zh-hant-planned-visit",
        "zh-Hant",
        "外界猜測金正恩可能於下月訪問北京。",
        "2025-08-20",
        dict(visitor=KIM, destination=BEIJING, status=PLANNED),
    ),
    Case(
        "zh-hant-yesterday-visit",
        "zh-Hant",
        "趙樂際昨天抵達平壤，展開為期三天的正式友好訪問。",
        "2024-04-12",
        dict(visitor=ZHAO, destination=PYONGYANG, date="2024-04-11", status=REPORTED),
    ),
    Case(
        "ja-katakana-weekday-visit",
        "ja",
        "キム・ジョンウン総書記は火曜日、特別列車で北京に到着した。",
        "2025-09-03",  # a Wednesday
        dict(visitor=KIM, destination=BEIJING, date="2025-09-02", status=REPORTED),
    ),
    Case(
        "ja-visit-beside-negated-meeting",
        "ja",
        JA_VISIT_WITHOUT_MEETING,  # the visit happened; only the meeting is negated
        "2019-09-05",
        dict(visitor=WANG_YI, destination=PYONGYANG, status=REPORTED),
    ),
    Case(
        "ru-weekday-visit",
        "ru",
        "Ким Чен Ын во вторник прибыл в Пекин на бронепоезде.",
        "2025-09-03",  # a Wednesday
        dict(visitor=KIM, destination=BEIJING, date="2025-09-02", status=REPORTED),
    ),
    Case(
        "fr-weekday-visit",
        "fr",
        "Kim Jong Un est arrivé mardi à Pékin à bord de son train blindé.",
        "2025-09-03",  # a Wednesday
        dict(visitor=KIM, destination=BEIJING, date="2025-09-02", status=REPORTED),
    ),
]


@pytest.mark.parametrize("case", [param(c) for c in VISITS])
def test_visit(run, case):
    find_fact(run(case), "visits", **case.expect)


# --- agreements ------------------------------------------------------------------------------

AGREEMENTS = [
    Case(
        "zh-treaty-full-date-agreement",
        "zh",
        "1961年7月11日，周恩来与金日成在北京签订了《中朝友好合作互助条约》。",
        "2021-07-11",
        dict(signatories={ZHOU, KIM_IL_SUNG}, date="1961-07-11", place=BEIJING),
    ),
    Case(
        "es-treaty-full-date-agreement",
        "es",
        "El 11 de julio de 1961, Zhou Enlai y Kim Il Sung firmaron en Pekín el tratado de amistad sino-norcoreano.",
        "2021-07-11",
        dict(signatories={ZHOU, KIM_IL_SUNG}, date="1961-07-11", place=BEIJING),
    ),
    Case(
        "de-month-year-agreement",
        "de",
        "Im Oktober 2009 unterzeichneten China und Nordkorea in Pjöngjang ein Abkommen über "
        "wirtschaftliche Zusammenarbeit.",
        "2010-01-15",
        dict(signatories={CHINA, NORTH_KOREA}, date="2009-10", place=PYONGYANG),
    ),
]


@pytest.mark.parametrize("case", [param(c) for c in AGREEMENTS])
def test_agreement(run, case):
    find_fact(run(case), "agreements", **case.expect)


# --- trade items -----------------------------------------------------------------------------

TRADE = [
    Case(
        "en-trade-wigs-exporter-kp",
        "en",
        "North Korea's exports of wigs and false eyelashes to China rose sharply in 2023, Chinese customs data showed.",
        "2024-01-20",
        dict(commodity="wigs", hs_code="6704", exporter=KP, importer=CN, status=TRADED),
    ),
    Case(
        "en-trade-refined-petroleum-capped",
        "en",
        "Under UN Security Council resolution 2397, North Korea's imports of refined petroleum "
        "are capped at 500,000 barrels a year.",
        "2018-01-10",
        dict(commodity="refined petroleum products", hs_code="2710", importer=KP, status=CAPPED),
    ),
    Case(
        "id-trade-coal-banned",
        "id",
        "Berdasarkan sanksi PBB, Tiongkok dilarang mengimpor batu bara dari Korea Utara.",
        "2018-02-01",
        dict(commodity="coal", hs_code="2701", exporter=KP, importer=CN, status=BANNED),
    ),
    Case(
        "zh-trade-soybean-oil-exporter-cn",
        "zh",
        "海关数据显示，中国去年向朝鲜出口豆油约两万吨。",
        "2024-02-01",
        dict(commodity="soybean oil", hs_code="1507", exporter=CN, importer=KP, status=TRADED),
    ),
    Case(
        "zh-hant-trade-coal-banned",
        "zh-Hant",
        "根據聯合國安理會決議，朝鮮對外出口煤炭已被全面禁止。",
        "2018-02-01",
        dict(commodity="coal", hs_code="2701", exporter=KP, status=BANNED),
    ),
    Case(
        "ja-trade-tungsten-exporter-kp",
        "ja",
        "北朝鮮は昨年、中国へのタングステン鉱の輸出を増やした。",
        "2024-03-01",
        dict(commodity="tungsten ore", hs_code="2611", exporter=KP, importer=CN, status=TRADED),
    ),
    Case(
        "ru-trade-refined-petroleum-capped",
        "ru",
        "Согласно резолюции СБ ООН, поставки нефтепродуктов в КНДР ограничены 500 тысячами баррелей в год.",
        "2018-01-10",
        dict(commodity="refined petroleum products", hs_code="2710", importer=KP, status=CAPPED),
    ),
    Case(
        "es-trade-soybean-oil-exporter-cn",
        "es",
        "China exportó aceite de soja a Corea del Norte por valor de 30 millones de dólares el año pasado.",
        "2024-02-01",
        dict(commodity="soybean oil", hs_code="1507", exporter=CN, importer=KP, status=TRADED),
    ),
    Case(
        "fr-trade-ferro-alloys-exporter-kp",
        "fr",
        "La Corée du Nord exporte des ferro-alliages vers la Chine.",
        "2024-02-01",
        dict(commodity="ferro-alloys", hs_code="7202", exporter=KP, importer=CN, status=TRADED),
    ),
    Case(
        "de-trade-coal-banned",
        "de",
        "Seit 2017 verbietet eine UN-Resolution Nordkorea den Export von Kohle.",
        "2019-05-01",
        dict(commodity="coal", hs_code="2701", exporter=KP, status=BANNED),
    ),
]


@pytest.mark.parametrize("case", [param(c) for c in TRADE])
def test_trade_item(run, case):
    find_fact(run(case), "trade_items", **case.expect)


# --- meetings the text says did not happen ----------------------------------------------------

NO_MEETINGS = [
    Case(
        "ja-no-meeting",
        "ja",
        JA_VISIT_WITHOUT_MEETING,
        "2019-09-05",
        dict(participants={WANG_YI, KIM}),
    ),
    Case(
        "de-no-meeting",
        "de",
        "Ein Treffen zwischen Wang Yi und Kim Jong Un kam während des Besuchs nicht zustande.",
        "2019-09-05",
        dict(participants={WANG_YI, KIM}),
    ),
]


@pytest.mark.parametrize("case", [param(c) for c in NO_MEETINGS])
def test_meeting_that_did_not_happen_is_not_recorded(run, case):
    record = run(case)
    names = case.expect["participants"]
    assert names <= set(actor_names(record)), f"precondition: both names are found; actors: {record['actors']!r}"
    found = facts_with(record, "meetings", "participants", names)
    assert found == [], f"the text says this meeting did not happen, but the pipeline returned {found!r}"


# --- names that must not be found -----------------------------------------------------------

BARE_SURNAMES = [
    Case(
        "en-bare-surname-unresolved",
        "en",
        "Mr Zhao told reporters in Dandong on Tuesday that border trade was recovering.",
        "2024-05-08",
    ),
    Case(
        "ko-bare-surname-unresolved",
        "ko",
        "리 부장은 이날 기자들에게 조중 무역이 회복되고 있다고 말했다.",
        "2024-05-08",
    ),
]


@pytest.mark.parametrize("case", [param(c) for c in BARE_SURNAMES])
def test_bare_surname_with_nobody_named_is_nobody(run, case):
    record = run(case)
    assert actor_names(record, "person") == [], f"actors: {record['actors']!r}"


KO_NO_LI_QIANG = Case(
    "ko-word-boundary-no-li-qiang",
    "ko",
    "평양 시내 상점 유리창마다 시진핑 주석의 방문을 환영하는 포스터가 붙었다.",
    "2019-06-20",
)
KO_LI_QIANG_ONCE = Case(
    "ko-word-boundary-li-qiang-once",
    "ko",
    "리창 총리는 평양의 유리창 공장을 둘러봤다.",
    "2025-10-11",
)
WORD_BOUNDARY = [KO_NO_LI_QIANG, KO_LI_QIANG_ONCE]


@pytest.mark.parametrize("case", [param(KO_NO_LI_QIANG)])
def test_korean_alias_inside_a_word_is_not_a_name(run, case):
    # 유리창 ("window pane") contains the syllables of 리창 (Li Qiang).
    record = run(case)
    assert XI in actor_names(record), f"precondition: 시진핑 is found; actors: {record['actors']!r}"
    assert LI_QIANG not in actor_names(record), f"actors: {record['actors']!r}"


@pytest.mark.parametrize("case", [param(KO_LI_QIANG_ONCE)])
def test_korean_alias_counts_only_the_standalone_name(run, case):
    # 리창 총리 is Li Qiang once; the 리창 inside 유리창 is not a second mention.
    record = run(case)
    li = [a for a in record["actors"] if a["name"] == LI_QIANG]
    assert [a["mentions"] for a in li] == [1], f"actors: {record['actors']!r}"


# --- properties of every case ----------------------------------------------------------------

ALL_CASES = MEETINGS + VISITS + AGREEMENTS + TRADE + NO_MEETINGS + BARE_SURNAMES + WORD_BOUNDARY


def test_case_ids_are_unique():
    ids = [c.id for c in ALL_CASES]
    assert len(ids) == len(set(ids))


def test_every_language_has_at_least_three_cases():
    langs = {"en", "id", "ko", "zh", "zh-Hant", "ja", "ru", "es", "fr", "de"}
    counts = {lang: sum(c.lang == lang for c in ALL_CASES) for lang in langs}
    assert all(n >= 3 for n in counts.values()), counts


@pytest.mark.parametrize("case", [param(c) for c in ALL_CASES])
def test_evidence_is_an_exact_substring(run, case):
    assert_evidence_exact(run(case), case.text)


@pytest.mark.parametrize("case", [param(c) for c in ALL_CASES])
def test_language_is_detected(run, case):
    assert run(case)["language"] == case.lang
