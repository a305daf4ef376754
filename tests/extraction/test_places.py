"""Places (error class 4): the venue or city of the event, not a departure airport, a nationality or a war.

Each text is our own, written in the style of the reporting it stands for."""

import pytest

from .helpers import only


def test_arrival_without_a_place_goes_to_the_dateline_city(facts):
    text = "PYONGYANG, Jan. 24 — Wang Jiarui, who arrived on Wednesday, delivered a letter to Kim Jong Il."
    visit = only(facts(text, "2009-01-24"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Wang Jiarui", "Pyongyang", "2009-01-21")


_KOREAS = {"North Korea", "South Korea", "Korea", "Korean Peninsula"}


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"rule gap: {reason}")


@pytest.mark.parametrize(
    ("text", "published", "place", "venue"),
    [
        (
            "Kim Jong Un held talks with Xi Jinping at the Great Hall of the People on Thursday.",
            "2025-09-05",
            "Beijing",
            "Great Hall of the People",
        ),
        ("习近平4日在人民大会堂同金正恩举行会谈。", "2025-09-05", "Beijing", "Great Hall of the People"),
        (
            "Xi Jinping se reunió el jueves con Kim Jong-un en el Gran Palacio del Pueblo.",
            "2025-09-05",
            "Beijing",
            "Great Hall of the People",
        ),
        (
            "Xi Jinping empfing Kim Jong Un am Donnerstag in der Großen Halle des Volkes.",
            "2025-09-05",
            "Beijing",
            "Great Hall of the People",
        ),
        (
            "Си Цзиньпин в четверг провел переговоры с Ким Чен Ыном в Доме народных собраний.",
            "2025-09-05",
            "Beijing",
            "Great Hall of the People",
        ),
        (
            "Xi Jinping mengadakan pembicaraan dengan Kim Jong Un di Balai Agung Rakyat pada hari Kamis.",
            "2025-09-05",
            "Beijing",
            "Great Hall of the People",
        ),
        (
            "Kim Jong Un and Xi Jinping met at the Kumsusan Guesthouse on Friday.",
            "2019-06-22",
            "Pyongyang",
            "Kumsusan Guesthouse",
        ),
        ("习近平21日在锦绣山迎宾馆同金正恩会晤。", "2019-06-22", "Pyongyang", "Kumsusan Guesthouse"),
        (
            "習近平国家主席は21日、錦繍山迎賓館で金正恩委員長と会談した。",
            "2019-06-22",
            "Pyongyang",
            "Kumsusan Guesthouse",
        ),
        (
            "자오러지 위원장은 11일 만수대의사당에서 최룡해 상임위원장과 회담했다.",
            "2024-04-12",
            "Pyongyang",
            "Mansudae Assembly Hall",
        ),
        (
            "Xi Jinping held talks with Kim Jong Un at the headquarters of the WPK Central Committee on Thursday.",
            "2019-06-21",
            "Pyongyang",
            "Headquarters of the WPK Central Committee",
        ),
        pytest.param(
            "Xi Jinping hosted Kim Jong Un at a banquet in the Great Hall of the People on Tuesday.",
            "2019-01-10",
            "Beijing",
            "Great Hall of the People",
        ),
    ],
    ids=[
        "en-great-hall",
        "zh-renmin-dahuitang",
        "es-gran-palacio-del-pueblo",
        "de-grosse-halle-des-volkes",
        "ru-dom-narodnykh-sobraniy",
        "id-balai-agung-rakyat",
        "en-kumsusan-guesthouse",
        "zh-jinxiushan-yingbinguan",
        "ja-kinshuzan-geihinkan",
        "ko-mansudae-uisadang",
        "en-wpk-headquarters",
        "en-hosted-at-a-banquet",
    ],
)
def test_a_venue_places_the_meeting_in_its_city(facts, text, published, place, venue):
    meeting = only(facts(text, published), "meetings")
    assert (meeting["place"], meeting.get("venue")) == (place, venue)


@pytest.mark.parametrize(
    ("text", "published", "city"),
    [
        (
            "Li Qiang left Beijing for Pyongyang on Thursday and met Kim Jong Un the same day.",
            "2025-10-10",
            "Pyongyang",
        ),
        (
            "Li Qiang departed from Beijing Capital International Airport for Pyongyang on Thursday and held talks "
            "with Kim Jong Un.",
            "2025-10-10",
            "Pyongyang",
        ),
        ("李强9日乘专机离开北京前往平壤，当天同金正恩举行会谈。", "2025-10-10", "Pyongyang"),
        ("李强9日乘专机离开北京前往平壤。当天，金正恩会见了李强。", "2025-10-10", "Pyongyang"),
        (
            "Ли Цян в четверг вылетел из Пекина в Пхеньян и в тот же день встретился с Ким Чен Ыном.",
            "2025-10-10",
            "Pyongyang",
        ),
        (
            "Li Qiang partió el jueves de Pekín rumbo a Pionyang, donde se reunió con Kim Jong-un.",
            "2025-10-10",
            "Pyongyang",
        ),
        (
            "Li Qiang a quitté Pékin jeudi pour Pyongyang, où il s'est entretenu avec Kim Jong Un.",
            "2025-10-10",
            "Pyongyang",
        ),
        (
            "Li Qiang ist am Donnerstag von Peking nach Pjöngjang geflogen und dort mit Kim Jong Un zusammengetroffen.",
            "2025-10-10",
            "Pyongyang",
        ),
        (
            "Li Qiang berangkat dari Beijing menuju Pyongyang pada hari Kamis dan bertemu dengan Kim Jong Un.",
            "2025-10-10",
            "Pyongyang",
        ),
        (
            "김정은 위원장은 7일 전용열차 편으로 평양을 떠나 베이징으로 향했으며 8일 시진핑 주석과 회담했다.",
            "2019-01-10",
            "Beijing",
        ),
        (
            "金正恩委員長は7日、特別列車で平壌を出発して北京に向かい、8日に習近平国家主席と会談した。",
            "2019-01-10",
            "Beijing",
        ),
    ],
    ids=[
        "en-left-beijing-for",
        "en-departure-airport",
        "zh-likai-beijing-qianwang",
        "zh-likai-beijing-qianwang-next-sentence",
        "ru-vyletel-iz-pekina",
        "es-partio-de-pekin-rumbo-a",
        "fr-a-quitte-pekin-pour",
        "de-von-peking-nach",
        "id-berangkat-dari-menuju",
        "ko-tteona-hyanghaet",
        "ja-shuppatsu-shite-mukai",
    ],
)
def test_the_departure_city_is_not_the_place_of_the_talks(facts, text, published, city):
    record = facts(text, published)
    assert only(record, "meetings")["place"] == city
    assert only(record, "visits")["destination"] == city


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("BEIJING, June 21 (Reuters) - Xi Jinping held talks with Kim Jong Un in Pyongyang on Thursday.", "2019-06-21"),
        ("【北京共同】中国の習近平国家主席は20日、平壌で金正恩朝鮮労働党委員長と会談した。", "2019-06-21"),
        (
            "ПЕКИН, 21 июня. /ТАСС/. Председатель КНР Си Цзиньпин в четверг провел переговоры с Ким Чен Ыном "
            "в Пхеньяне.",
            "2019-06-21",
        ),
        (
            "Pekín, 21 jun (EFE).- El presidente chino, Xi Jinping, se reunió el jueves en Pionyang con Kim Jong-un.",
            "2019-06-21",
        ),
        ("(베이징=연합뉴스) 시진핑 중국 국가주석이 20일 평양에서 김정은 국무위원장과 회담했다.", "2019-06-21"),
        ("PÉKIN, 21 juin (AFP) - Xi Jinping s'est entretenu jeudi avec Kim Jong Un à Pyongyang.", "2019-06-21"),
        (
            "Peking, 21. Juni (dpa) - Xi Jinping hat am Donnerstag in Pjöngjang Gespräche mit Kim Jong Un geführt.",
            "2019-06-21",
        ),
    ],
    ids=["en-reuters", "ja-kyodo", "ru-tass", "es-efe", "ko-yonhap", "fr-afp", "de-dpa"],
)
def test_the_dateline_city_is_not_the_place_of_talks_held_elsewhere(facts, text, published):
    assert only(facts(text, published), "meetings")["place"] == "Pyongyang"


def test_a_dateline_city_alone_does_not_place_the_talks(facts):
    text = "SEOUL, June 21 (Reuters) - Xi Jinping held talks with Kim Jong Un on Thursday."
    assert only(facts(text, "2019-06-21"), "meetings")["place"] != "Seoul"


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping arrived in Pyongyang on Thursday for a two-day state visit, South Korean media reported.",
        "한국 언론에 따르면 시진핑 주석은 20일 평양에 도착했다.",
        "据韩国媒体报道，习近平20日抵达平壤。",
        "韓国メディアによると、習近平国家主席は20日、平壌に到着した。",
        "По сообщению южнокорейских СМИ, Си Цзиньпин в четверг прибыл в Пхеньян.",
        "Xi Jinping tiba di Pyongyang pada hari Kamis untuk kunjungan kenegaraan dua hari, menurut media Korea "
        "Selatan.",
        "Xi Jinping est arrivé jeudi à Pyongyang pour une visite d'État de deux jours, selon les médias sud-coréens.",
    ],
    ids=["en", "ko-hanguk-eollon", "zh-hanguo-meiti", "ja-kankoku-media", "ru-yuzhnokoreyskikh-smi", "id", "fr"],
)
def test_south_korean_media_is_not_a_destination(facts, text):
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Xi Jinping", "Pyongyang")


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping held talks with Kim Jong Un on Thursday on the situation on the Korean Peninsula.",
        "习近平20日同金正恩举行会谈，双方就朝鲜半岛局势交换意见。",
        "시진핑 주석과 김정은 위원장은 20일 한반도 정세에 대해 회담했다.",
        "習近平国家主席と金正恩委員長は20日、朝鮮半島情勢について会談した。",
        "Си Цзиньпин в четверг провел переговоры с Ким Чен Ыном о ситуации на Корейском полуострове.",
        "Xi Jinping se reunió el jueves con Kim Jong-un para hablar de la península de Corea.",
        "Xi Jinping hat am Donnerstag mit Kim Jong Un Gespräche über die Lage auf der koreanischen Halbinsel geführt.",
    ],
    ids=["en", "zh-chaoxian-bandao", "ko-hanbando", "ja-chosen-hanto", "ru", "es", "de"],
)
def test_the_korean_peninsula_is_not_the_place_of_the_talks(facts, text):
    record = facts(text, "2019-06-21")
    assert only(record, "meetings")["place"] is None
    assert not [v for v in record["visits"] if v["destination"] in _KOREAS]


@pytest.mark.parametrize(
    "text",
    [
        "Li Hongzhong arrived on Wednesday for celebrations marking the end of the Korean War.",
        "리훙중 부위원장은 26일 한국전쟁 정전 70주년 기념행사 참석차 도착했다.",
        "Ли Хунчжун в среду прибыл на празднование 70-летия окончания Корейской войны.",
        "Li Hongzhong est arrivé mercredi pour commémorer la fin de la guerre de Corée.",
        "Li Hongzhong tiba pada hari Rabu untuk memperingati berakhirnya Perang Korea.",
        "Li Hongzhong ist am Mittwoch zum Gedenken an das Ende des Koreakriegs eingetroffen.",
        pytest.param(
            "李鸿忠26日抵达，出席朝鲜战争停战70周年纪念活动。",
        ),
        pytest.param(
            "李鴻忠氏は26日、朝鮮戦争の休戦70年の記念行事に出席するため到着した。",
        ),
    ],
    ids=["en", "ko-hanguk-jeonjaeng", "ru", "fr", "id", "de", "zh-chaoxian-zhanzheng", "ja-chosen-senso"],
)
def test_the_korean_war_is_not_a_destination(facts, text):
    assert not [v for v in facts(text, "2023-07-27")["visits"] if v["destination"] in _KOREAS]


@pytest.mark.parametrize(
    "text",
    [
        "Li Hongzhong arrived in Pyongyang on Wednesday to mark the 70th anniversary of the end of the Korean War.",
        "리훙중 부위원장은 한국전쟁 정전 70주년 기념행사에 참석하기 위해 26일 평양에 도착했다.",
        "李鸿忠26日抵达平壤，出席朝鲜祖国解放战争胜利70周年庆祝活动。",
        "李鴻忠氏は26日、朝鮮戦争の休戦70年の記念行事に出席するため平壌に到着した。",
        "Li Hongzhong llegó a Pionyang para conmemorar el 70 aniversario del fin de la Guerra de Corea.",
        "Li Hongzhong ist am Mittwoch zum Jahrestag des Endes des Koreakriegs in Pjöngjang eingetroffen.",
    ],
    ids=["en", "ko", "zh", "ja", "es", "de"],
)
def test_the_korean_war_beside_the_city_leaves_the_city_the_destination(facts, text):
    visit = only(facts(text, "2023-07-27"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Li Hongzhong", "Pyongyang")


@pytest.mark.parametrize(
    "text",
    [
        "应邀出席宴会的还有柬埔寨国家元首西哈努克亲王。此次访问正值印度支那局势发生重大变化之际。",
        "Also at the banquet was the Cambodian head of state; the visit came as the situation in Indochina changed.",
    ],
    ids=["zh-guojia-yuanshou-yindu-zhina", "en-indochina"],
)
def test_a_head_of_states_country_and_a_region_are_not_destinations(facts, text):
    record = facts(text, "1975-04-19")
    assert not [v for v in record["visits"] if v["destination"] in ("Cambodia", "India")]


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        (
            "北朝鮮の金正恩第1書記は2日、平壌の百花園迎賓館で、訪朝した中国共産党の王家瑞・中央対外連絡部長と会談した。",
            "2012-08-03",
            "Pyongyang",
        ),
        ("Kim Jong Un traveled to Russia in September for a summit with Vladimir Putin.", "2023-10-01", "Russia"),
    ],
    ids=["ja-city-of-the-trips-country", "en-the-trips-country"],
)
def test_talks_with_no_place_of_their_own_are_where_the_sentences_trip_went(facts, text, published, place):
    assert only(facts(text, published), "meetings")["place"] == place


def test_a_meeting_in_a_later_sentence_is_not_placed_in_a_country(facts):
    text = "Kim Jong Un arrived in China on Monday. He also met Li Keqiang."
    meetings = facts(text, "2018-03-28")["meetings"]
    assert [m["place"] for m in meetings] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "習近平国家主席と金正恩委員長の首脳会談は18日、北京で行われた。",
        "시진핑 주석과 김정은 위원장의 정상회담이 18일 베이징에서 열렸다.",
    ],
    ids=["ja-kaidan-wa-pekin-de-okonawareta", "ko-jeongsanghoedami-beijingeseo-yeollyeotda"],
)
def test_talks_that_are_the_subject_are_placed_where_they_were_held(facts, text):
    """ "首脳会談は18日、北京で行われた", "정상회담이 … 베이징에서 열렸다": the event word is the subject, and
    where it was held comes after it, before the verb."""
    assert only(facts(text, "2019-06-21"), "meetings")["place"] == "Beijing"


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping arrived in the capital of the DPRK on Thursday.",
        "Си Цзиньпин прибыл в четверг в северокорейскую столицу.",
        "Xi Jinping traf am Donnerstag in der nordkoreanischen Hauptstadt ein.",
        "習近平国家主席は20日、北朝鮮の首都に到着した。",
        "시진핑 주석은 20일 북한의 수도에 도착했다.",
    ],
    ids=["en", "ru", "de", "ja", "ko"],
)
def test_the_capital_of_a_country_is_its_capital_city(facts, text):
    # "the North Korean capital", "the capital of the DPRK" in each language: the city, not the country
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Xi Jinping", "Pyongyang", "2019-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Kim Jong Un met Vladimir Putin, who thanked him for the troops sent to fight for Moscow.",
        "Am Mittwoch traf Kim Jong Un Wladimir Putin, der ihm für die Truppen dankte, die Moskau unterstützen.",
    ],
    ids=["en", "de"],
)
def test_a_place_in_a_relative_clause_after_the_meeting_is_not_where_it_was_held(facts, text):
    meeting = only(facts(text, "2025-09-04"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Vladimir Putin"] and meeting["place"] is None


@pytest.mark.parametrize(
    "text",
    [
        "全国人大常委会委员长赵乐际11日率团抵达平壤，开始访问朝鲜。他与最高人民会议常任委员会委员长崔龙海举行会谈。",
        "자오러지 위원장은 11일 평양에 도착해 북한 방문 일정을 시작했다. 그는 최룡해 위원장과 회담했다.",
        "趙楽際委員長は11日、平壌に到着し、北朝鮮訪問を開始した。趙氏は崔竜海委員長と会談した。",
    ],
    ids=["zh", "ko", "ja"],
)
def test_talks_after_an_arrival_in_a_city_to_visit_its_country_are_in_the_city(facts, text):
    # "arrived in Pyongyang, starting a trip to the DPRK": the visitor is still in Pyongyang
    assert only(facts(text, "2024-04-11"), "meetings")["place"] == "Pyongyang"


@pytest.mark.parametrize(
    "text",
    [
        "赵乐际和崔龙海共同出席朝方为中国党政代表团举行的欢迎宴会。",
        "趙楽際氏と崔竜海氏は朝鮮側が中国党政代表団のために催した歓迎宴に出席した。",
    ],
    ids=["zh-dangzheng", "ja-toseidaihyodan"],
)
def test_the_country_of_a_party_and_government_delegation_is_no_destination(facts, text):
    # "中国党政代表团": a delegation of the Chinese party and state, not a trip to China
    record = facts(text, "2024-04-11")
    assert record["visits"] == [] and all(m["place"] is None for m in record["meetings"])


@pytest.mark.parametrize(
    "text",
    [
        "Kim Song Nam held talks with Wang Huning on Friday to deepen ties with Pyongyang.",
        "Kim Song Nam se reunió el viernes con Wang Huning para estrechar las relaciones con Pionyang.",
        "Kim Song Nam s'est entretenu vendredi avec Wang Huning pour renforcer la coopération avec Pyongyang.",
        "Kim Song Nam traf am Freitag Wang Huning, um die Beziehungen mit Pjöngjang zu vertiefen.",
    ],
    ids=["en", "es", "fr", "de"],
)
def test_a_capital_named_as_a_party_is_not_where_the_meeting_was(facts, text):
    record = facts(text, "2024-03-23")
    assert only(record, "meetings")["place"] is None
    assert record["visits"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un traveled to northeastern China on Monday and met Xi Jinping there.",
        "Kim Jong Un s'est rendu lundi dans le nord-est de la Chine, où il a rencontré Xi Jinping.",
        "Kim Jong Un viajó el lunes al noreste de China, donde se reunió con Xi Jinping.",
        "Kim Jong Un reiste am Montag in den Nordosten Chinas und traf dort Xi Jinping.",
        "Kim Jong Un tiba di timur laut China pada hari Senin dan bertemu Xi Jinping.",
    ],
    ids=["en", "fr", "es", "de", "id"],
)
def test_a_trip_to_a_compass_point_of_a_country_is_a_trip_to_that_country(facts, text):
    """ "northeastern China", "le nord-est de la Chine", "el noreste de China": a part of the country,
    so the trip goes to China (the "de" is not "from")."""
    visit = only(facts(text, "2018-05-08"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Kim Jong Un", "China", "2018-05-07")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un met Xi Jinping in northeastern China on Monday.",
        "Kim Jong Un a rencontré Xi Jinping lundi dans le nord-est de la Chine.",
        "Kim Jong Un traf Xi Jinping am Montag im Nordosten Chinas.",
    ],
    ids=["en", "fr", "de"],
)
def test_a_meeting_in_a_compass_point_of_a_country_was_in_that_country(facts, text):
    meeting = only(facts(text, "2018-05-08"), "meetings")
    assert (sorted(meeting["participants"]), meeting["place"]) == (["Kim Jong Un", "Xi Jinping"], "China")


@pytest.mark.parametrize(
    "text",
    ["Kim Jong Un visited Yanbian on Monday.", "Kim Jong Un besuchte am Montag Yanbian."],
    ids=["en", "de"],
)
def test_a_region_inside_a_province_is_a_destination_of_its_own(facts, text):
    visit = only(facts(text, "2018-05-08"), "visits")
    assert visit["destination"] == "Yanbian Korean Autonomous Prefecture"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Yong Chol arrived in Beijing on Sunday from Washington, where he had met Mike Pompeo.",
        "Из Вашингтона, где он беседовал с Майком Помпео, Ким Ен Чхоль в воскресенье прилетел в Пекин.",
        "Kim Yong Chol llegó el domingo a Pekín desde Washington, donde se reunió con Mike Pompeo.",
    ],
    ids=["en", "ru", "es"],
)
def test_a_meeting_in_a_where_clause_was_at_the_place_the_clause_hangs_on(facts, text):
    """ "from Washington, where he met Pompeo": the meeting was in Washington (a place the traveller
    came from), not in Beijing, where the sentence's trip went."""
    meeting = only(facts(text, "2019-01-21"), "meetings")
    assert (sorted(meeting["participants"]), meeting["place"]) == (["Kim Yong Chol", "Mike Pompeo"], "Washington")


@pytest.mark.parametrize(
    "text",
    [
        "Citing an official source in Seoul, Yonhap said Kim Jong Il arrived in the Chinese port city of Dalian.",
        "Un diario, basándose en fuentes del gobierno en Seúl, dijo que Kim Jong Il llegó a la ciudad fronteriza china "
        "de Dalian.",
        "L'agence, citant une source officielle à Séoul, a indiqué que Kim Jong Il était arrivé dans la ville portuaire "
        "de Dalian.",
    ],
    ids=["en", "es", "fr"],
)
def test_the_city_a_port_city_of_names_is_the_destination_not_where_a_source_sits(facts, text):
    """ "la ciudad fronteriza china de …": the "de" of a city's name is no "from", and the place of a
    source ("fuentes del gobierno en Seúl") is where it sits, not where anyone went."""
    visits = [(v["visitor"], v["destination"]) for v in facts(text, "2010-05-04")["visits"]]
    assert visits == [("Kim Jong Il", "Dalian")]


@pytest.mark.parametrize(
    "text",
    [
        "Liu Yunshan held talks with Choe Ryong Hae on Friday. The talks between the two parties' delegations took "
        "place on Friday at the Mansudae Assembly Hall.",
        "최룡해 비서는 9일 류윈산 위원과 만나 회담을 가졌다. 회담은 이날 만수대의사당에서 열렸다.",
    ],
    ids=["en-talks-took-place-at", "ko-hoedam-jinhaeng"],
)
def test_the_place_of_talks_told_in_a_sentence_naming_no_one_places_the_meeting(facts, text):
    """ "The talks took place on Friday at the Mansudae Assembly Hall", after the meeting was
    reported with no place: the same talks, and their place."""
    meeting = only(facts(text, "2015-10-10"), "meetings")
    assert meeting["place"] == "Pyongyang" and meeting.get("venue") == "Mansudae Assembly Hall"


@pytest.mark.parametrize(
    "text",
    [
        "Beijing/Seoul: Kim Jong Un met Xi Jinping on Monday, state media said on Tuesday.",
        "SEÚL: Kim Jong Un se reunió el lunes con Xi Jinping, informaron los medios estatales.",
    ],
    ids=["en-two-city-dateline", "es-capital-dateline-colon"],
)
def test_a_dateline_ending_in_a_colon_is_not_where_the_meeting_was(facts, text):
    """ "Beijing/Seoul: " and "SEÚL: " say where the story was filed, not where the people met."""
    meeting = only(facts(text, "2018-05-09"), "meetings")
    assert (meeting["place"], meeting["date"]) == (None, "2018-05-07")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un held talks with Xi Jinping in China. The talks on Monday in the port city of Dalian were the "
        "second in two months.",
        "Kim Jong Un mantuvo conversaciones con Xi Jinping en China. Las conversaciones del lunes en la ciudad portuaria "
        "de Dalian fueron las segundas en dos meses.",
    ],
    ids=["en-the-talks-in", "es-las-conversaciones-en"],
)
def test_a_city_told_for_the_talks_next_refines_a_meeting_placed_in_a_country(facts, text):
    """A meeting placed only in a country ("held talks with Xi in China") takes the city the next
    sentence gives its talks ("the talks on Monday in Dalian")."""
    meeting = only(facts(text, "2018-05-09"), "meetings")
    assert meeting["place"] == "Dalian"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un held talks with Xi Jinping on Tuesday, reviewing Beijing-Pyongyang ties.",
        "Kim Jong Un y Xi Jinping conversaron el martes sobre las relaciones Pyongyang-Pekín.",
        "Kim Jong Un dan Xi Jinping pada hari Selasa membahas hubungan Pyongyang-Beijing.",
        "Ким Чен Ын и Си Цзиньпин во вторник обсудили отношения Пхеньян–Пекин.",
    ],
    ids=["en-pair-before-noun", "es-relaciones-pair", "id-hubungan-pair", "ru-otnosheniya-pair"],
)
def test_two_cities_joined_as_a_relation_are_not_where_the_talks_were(facts, text):
    """ "Beijing-Pyongyang ties", "hubungan Pyongyang-Beijing": the pair names the relation
    between two capitals; it neither places the talks nor sends anyone on a trip."""
    record = facts(text, "2018-06-20")
    assert [m["place"] for m in record["meetings"]] == [None]
    assert record["visits"] == []


@pytest.mark.parametrize(
    "text",
    [
        "서명식에는 박의춘 외무상과 지재룡 중국 주재 대사가 참석했다.",
        "김성남 국제부장은 중국 주재 대사관이 연 리셉션에 참석했다.",
        "調印式には朴宜春外相と崔鎮洙中国駐在北朝鮮大使が出席した。",
    ],
    ids=["ko-junggook-jujae-daesa", "ko-jujae-daesagwan", "ja-chuzai-taishi"],
)
def test_the_country_an_envoy_is_posted_to_is_no_destination(facts, text):
    """ "중국 주재 대사", "中国駐在大使": the country is part of the envoy's title; attending a
    ceremony sends nobody there. (Japanese was read right before: a guard.)"""
    assert facts(text, "2009-10-04")["visits"] == []
