"""Visits (error class 5): the traveller is the visitor, the host is not, and a visit mentioned again is not a second one.

Each text is our own, written in the style of the reporting it stands for."""

import pytest

from .helpers import only


def test_a_later_mention_of_the_visit_is_not_a_second_visit(facts):
    text = "Kim Jong Il arrived in Beijing on Monday. During the visit, Hu Jintao held talks with Kim in the Great Hall of the People."
    record = facts(text, "2006-01-18")
    visit = only(record, "visits")
    assert (visit["destination"], visit["date"]) == ("Beijing", "2006-01-16")


def test_the_traveller_is_the_subject_not_the_sender_named_after_the_verb(facts):
    text = (
        "Choe Ryong Hae, a vice marshal and director of the army's political bureau, arrived on Wednesday as the "
        "first special envoy Kim Jong Un has sent to China."
    )
    assert only(facts(text, "2013-05-24"), "visits")["visitor"] == "Choe Ryong Hae"


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"rule gap: {reason}")


_PYONGYANG_HOST = ("Kim Jong Un", "Pyongyang")
_BEIJING_HOST = ("Li Qiang", "Beijing")


def _assert_guest_visits_host_city(record: dict, guest: str, host: str, city: str) -> None:
    assert host not in [v["visitor"] for v in record["visits"]]
    visit = only(record, "visits")
    assert (visit["visitor"], visit["destination"]) == (guest, city)


@pytest.mark.parametrize(
    ("text", "published", "guest", "host_city"),
    [
        ("Li Qiang received Choe Son Hui in Beijing.", "2025-09-30", "Choe Son Hui", _BEIJING_HOST),
        ("金正恩13日在平壤会见赵乐际。", "2024-04-14", "Zhao Leji", _PYONGYANG_HOST),
        ("김정은 위원장이 13일 평양에서 자오러지 위원장을 접견했다.", "2024-04-14", "Zhao Leji", _PYONGYANG_HOST),
        ("李強首相は北京で崔善姫外相と会見した。", "2025-09-30", "Choe Son Hui", _BEIJING_HOST),
        (
            "Li Qiang recibió en Pekín a la canciller norcoreana, Choe Son-hui.",
            "2025-09-30",
            "Choe Son Hui",
            _BEIJING_HOST,
        ),
        (
            "Kim Jong Un a reçu samedi à Pyongyang le président du Comité permanent de l'Assemblée populaire "
            "nationale, Zhao Leji.",
            "2024-04-14",
            "Zhao Leji",
            _PYONGYANG_HOST,
        ),
        (
            "Li Qiang empfing in Peking die nordkoreanische Außenministerin Choe Son Hui.",
            "2025-09-30",
            "Choe Son Hui",
            _BEIJING_HOST,
        ),
        ("Ким Чен Ын в субботу принял в Пхеньяне Чжао Лэцзи.", "2024-04-14", "Zhao Leji", _PYONGYANG_HOST),
        (
            "Li Qiang menerima Menteri Luar Negeri Korea Utara Choe Son Hui di Beijing.",
            "2025-09-30",
            "Choe Son Hui",
            _BEIJING_HOST,
        ),
    ],
    ids=[
        "en-received",
        "zh-huijian",
        "ko-jeopgyeonhaetda",
        "ja-kaiken",
        "es-recibio",
        "fr-a-recu",
        "de-empfing",
        "ru-prinyal",
        "id-menerima",
    ],
)
def test_the_host_who_receives_is_not_the_visitor(facts, text, published, guest, host_city):
    host, city = host_city
    _assert_guest_visits_host_city(facts(text, published), guest, host, city)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kim Jong Un went to Pyongyang Sunan International Airport on Thursday to greet Xi Jinping.",
        ),
        "김정은 위원장은 20일 순안국제공항에 나가 시진핑 주석을 영접했다.",
        "金正恩20日前往顺安国际机场迎接习近平。",
        "金正恩委員長は20日、平壌の順安空港に出向いて習近平国家主席を出迎えた。",
        "Ким Чен Ын в четверг лично встретил Си Цзиньпина в аэропорту Сунан.",
        pytest.param(
            "Kim Jong-un acudió el jueves al aeropuerto de Pionyang para recibir a Xi Jinping.",
        ),
        pytest.param(
            "Kim Jong Un s'est rendu jeudi à l'aéroport de Pyongyang pour accueillir Xi Jinping.",
        ),
        pytest.param(
            "Kim Jong Un begrüßte Xi Jinping am Donnerstag am Flughafen von Pjöngjang.",
        ),
        pytest.param(
            "Kim Jong Un menyambut Xi Jinping di Bandara Internasional Sunan Pyongyang pada hari Kamis.",
        ),
    ],
    ids=[
        "en-went-to-greet",
        "ko-yeongjeop",
        "zh-yingjie",
        "ja-demukaeta",
        "ru-vstretil",
        "es-acudio-para-recibir",
        "fr-pour-accueillir",
        "de-begruesste",
        "id-menyambut",
    ],
)
def test_the_host_who_welcomes_at_the_airport_is_not_the_visitor(facts, text):
    _assert_guest_visits_host_city(facts(text, "2019-06-21"), "Xi Jinping", "Kim Jong Un", "Pyongyang")


def test_welcomed_to_a_city_names_the_guest_as_visitor(facts):
    text = "Xi Jinping welcomed Kim Jong Un to Dalian on Monday."
    _assert_guest_visits_host_city(facts(text, "2018-05-09"), "Kim Jong Un", "Xi Jinping", "Dalian")


@pytest.mark.parametrize(
    ("text", "published", "guest"),
    [
        ("Kim Jong Un hosted a banquet in Pyongyang for Li Qiang on Thursday.", "2025-10-10", "Li Qiang"),
        pytest.param(
            "Kim Jong Un hosted Xi Jinping at a banquet in Pyongyang on Thursday.",
            "2019-06-21",
            "Xi Jinping",
        ),
        ("김정은 총비서는 9일 평양에서 리창 총리를 위해 연회를 마련했다.", "2025-10-10", "Li Qiang"),
        ("金正恩総書記は9日、平壌で李強首相のために宴会を催した。", "2025-10-10", "Li Qiang"),
        ("Kim Jong Un offrait jeudi à Pyongyang un banquet en l'honneur de Li Qiang.", "2025-10-10", "Li Qiang"),
        (
            "Kim Jong Un menjamu Li Qiang dalam jamuan makan malam di Pyongyang pada hari Kamis.",
            "2025-10-10",
            "Li Qiang",
        ),
        pytest.param(
            "金正恩9日在平壤设宴款待李强。",
            "2025-10-10",
            "Li Qiang",
        ),
        pytest.param(
            "Kim Jong-un ofreció el jueves en Pionyang un banquete en honor de Li Qiang.",
            "2025-10-10",
            "Li Qiang",
        ),
        pytest.param(
            "Ким Чен Ын в четверг дал в Пхеньяне банкет в честь Ли Цяна.",
            "2025-10-10",
            "Li Qiang",
        ),
        pytest.param(
            "Kim Jong Un gab am Donnerstag in Pjöngjang ein Bankett zu Ehren von Li Qiang.",
            "2025-10-10",
            "Li Qiang",
        ),
    ],
    ids=[
        "en-hosted-a-banquet-for",
        "en-hosted-x-at-a-banquet",
        "ko-yeonhoe-maryeon",
        "ja-enkai-moyoshita",
        "fr-en-lhonneur-de",
        "id-menjamu",
        "zh-sheyan-kuandai",
        "es-en-honor-de",
        "ru-v-chest",
        "de-zu-ehren-von",
    ],
)
def test_the_host_of_a_banquet_is_not_the_visitor(facts, text, published, guest):
    _assert_guest_visits_host_city(facts(text, published), guest, "Kim Jong Un", "Pyongyang")


@pytest.mark.parametrize(
    ("text", "published", "head", "city"),
    [
        ("A delegation led by Zhao Leji arrived in Pyongyang on Thursday.", "2024-04-12", "Zhao Leji", "Pyongyang"),
        (
            "A North Korean delegation headed by Choe Son Hui arrived in Beijing on Saturday.",
            "2025-09-28",
            "Choe Son Hui",
            "Beijing",
        ),
        ("赵乐际率领的中国党政代表团11日抵达平壤。", "2024-04-12", "Zhao Leji", "Pyongyang"),
        ("以外务相崔善姬为团长的朝鲜代表团27日抵达北京。", "2025-09-28", "Choe Son Hui", "Beijing"),
        ("자오러지 위원장이 이끄는 중국 대표단이 11일 평양에 도착했다.", "2024-04-12", "Zhao Leji", "Pyongyang"),
        ("최선희 외무상을 단장으로 하는 대표단이 27일 베이징에 도착했다.", "2025-09-28", "Choe Son Hui", "Beijing"),
        ("趙楽際氏率いる中国代表団が11日、平壌に到着した。", "2024-04-12", "Zhao Leji", "Pyongyang"),
        ("Делегация во главе с Чжао Лэцзи в четверг прибыла в Пхеньян.", "2024-04-12", "Zhao Leji", "Pyongyang"),
        ("Una delegación encabezada por Zhao Leji llegó el jueves a Pionyang.", "2024-04-12", "Zhao Leji", "Pyongyang"),
        (
            "Une délégation conduite par Zhao Leji est arrivée jeudi à Pyongyang.",
            "2024-04-12",
            "Zhao Leji",
            "Pyongyang",
        ),
        (
            "Eine von Zhao Leji geleitete Delegation ist am Donnerstag in Pjöngjang eingetroffen.",
            "2024-04-12",
            "Zhao Leji",
            "Pyongyang",
        ),
        ("Delegasi yang dipimpin Zhao Leji tiba di Pyongyang pada hari Kamis.", "2024-04-12", "Zhao Leji", "Pyongyang"),
    ],
    ids=[
        "en-led-by",
        "en-headed-by",
        "zh-shuailing",
        "zh-wei-tuanzhang",
        "ko-ikkeuneun",
        "ko-danjangeuro",
        "ja-hikiiru",
        "ru-vo-glave-s",
        "es-encabezada-por",
        "fr-conduite-par",
        "de-geleitete",
        "id-dipimpin",
    ],
)
def test_a_delegation_is_visited_by_its_head(facts, text, published, head, city):
    visit = only(facts(text, published), "visits")
    assert (visit["visitor"], visit["destination"]) == (head, city)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un received a Chinese delegation led by Zhao Leji in Pyongyang on Saturday.",
        "金正恩13日在平壤会见赵乐际率领的中国党政代表团。",
        "Kim Jong-un recibió en Pionyang a una delegación china encabezada por Zhao Leji.",
        "Ким Чен Ын принял в Пхеньяне китайскую делегацию во главе с Чжао Лэцзи.",
    ],
    ids=["en-received-a-delegation-led-by", "zh-huijian-shuailing", "es-recibio-encabezada-por", "ru-prinyal-vo-glave"],
)
def test_the_host_who_receives_a_delegation_is_not_the_visitor_its_head_is(facts, text):
    _assert_guest_visits_host_city(facts(text, "2024-04-14"), "Zhao Leji", "Kim Jong Un", "Pyongyang")


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping ist am Donnerstag in Pjöngjang eingetroffen.",
        pytest.param(
            "Xi Jinping traf am Donnerstag in Pjöngjang ein.",
        ),
        "Xi Jinping kam am Donnerstag mit einer großen Delegation in Pjöngjang an.",
        "Xi Jinping ist am Donnerstag zu einem zweitägigen Besuch in Pjöngjang eingetroffen.",
        "Am Donnerstag kamen Xi Jinping und seine Frau Peng Liyuan in Pjöngjang an, wo sie empfangen wurden.",
    ],
    ids=[
        "de-ist-eingetroffen",
        "de-traf-ein",
        "de-kam-an",
        "de-zu-einem-besuch-eingetroffen",
        "de-kamen-an-clause-end",
    ],
)
def test_a_german_arrival_names_the_traveller_as_visitor(facts, text):
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Xi Jinping", "Pyongyang")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("金正恩3日在平壤会见正在朝鲜访问的中国国务委员兼外交部长王毅。", "2018-05-04"),
        ("金正恩委員長は3日、平壌で訪朝中の王毅外相と会見した。", "2018-05-04"),
    ],
    ids=["zh-zhengzai-fangwen-de", "ja-houchou-chuu-no"],
)
def test_a_visit_in_a_relative_clause_is_the_trip_of_the_person_it_describes(facts, text, published):
    visit = only(facts(text, published), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Wang Yi", "North Korea")


@pytest.mark.parametrize(
    "text",
    [
        "김정은 위원장은 13일 평양을 방문한 자오러지 위원장을 만났다. 김 위원장은 중국 당·정부 대표단의 방문이 두 나라 친선을 보여 준다고 말했다.",
        "金正恩13日会见了到访平壤的赵乐际。金正恩表示，中国党政代表团的访问体现了两国友谊。",
    ],
    ids=["ko-daepyodan-ui-bangmun", "zh-daibiaotuan-de-fangwen"],
)
def test_a_delegations_visit_is_no_trip_of_the_person_who_speaks_of_it(facts, text):
    visits = facts(text, "2024-04-14")["visits"]
    assert all(v["visitor"] != "Kim Jong Un" for v in visits)


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜党政代表团成员吴振宇抵达北京。此次访问正值印度支那局势发生重大变化之际。",
        "O Jin U arrived in Beijing with the delegation. The visit comes as events in Indochina move fast.",
    ],
    ids=["zh-yindu-zhina-jushi", "en-events-in-indochina"],
)
def test_a_region_of_several_countries_is_no_destination(facts, text):
    visits = facts(text, "1975-04-19")["visits"]
    assert visits and all(v["destination"] != "Indochina" for v in visits)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un spent two days in Beijing on a visit to the Chinese capital, then boarded his train on "
        "his way back to Pyongyang.",
        "Kim Jong-un pasó dos días de visita en la capital china y luego subió a su tren de regreso a Pyongyang.",
    ],
    ids=["en-way-back-to", "es-de-regreso-a"],
)
def test_the_place_a_traveller_heads_home_to_is_no_destination(facts, text):
    """ "on his way back to Pyongyang", "de regreso a Pyongyang": the end of the journey home is not
    visited by anyone, however far the visit word before it."""
    record = facts(text, "2018-06-20")
    assert {(v["visitor"], v["destination"]) for v in record["visits"]} == {("Kim Jong Un", "Beijing")}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un landed in Beijing on Tuesday.",
        "Kim Jong-un aterrizó en Pekín el martes.",
        "Kim Jong-un a atterri à Pékin mardi.",
        "Kim Jong Un landete am Dienstag in Peking.",
    ],
    ids=["en-landed", "es-aterrizo", "fr-atterri", "de-landete"],
)
def test_landing_in_a_city_is_arriving_there(facts, text):
    """ "landed in Beijing on Tuesday": a trip, dated by its landing day."""
    visit = only(facts(text, "2018-06-20"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Kim Jong Un", "Beijing", "2018-06-19")


@pytest.mark.parametrize(
    "text",
    [
        "金正恩氏はこの1年で中国を3回訪問するなど、対中関係を立て直した。",
        "김정은 위원장은 지난 1년 동안 중국을 3차례 방문하는 등 대중 관계를 복원했다.",
        "Kim Jong Un has visited China four times in the past year.",
    ],
    ids=["ja-yonkai-homon-suru-nado", "ko-ne-charye", "en-four-times"],
)
def test_a_count_of_past_trips_is_recalled_not_planned_or_dated(facts, text):
    """ "N回訪問するなど", "N차례 방문하는 등", "has visited China four times": a tally of trips already
    made (the Japanese and Korean verb in its non-past form), not one trip of the article's month."""
    visit = only(facts(text, "2019-01-14"), "visits")
    assert (visit["visitor"], visit["destination"], visit["status"], visit["date"]) == (
        "Kim Jong Un",
        "China",
        "reported",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping se rendra la semaine prochaine à Pyongyang.",
        "Xi Jinping et Li Qiang se rendront à Pyongyang en octobre.",
    ],
    ids=["fr-se-rendra", "fr-se-rendront"],
)
def test_the_future_of_se_rendre_is_a_planned_trip(facts, text):
    """ "se rendra à Pyongyang": the future of the French verb of going is a trip planned."""
    record = facts(text, "2019-06-14")
    assert {(v["destination"], v["status"]) for v in record["visits"]} == {("Pyongyang", "planned")}


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre Li Qiang arrivera samedi à Pyongyang.",
        "Премьер Госсовета Ли Цян прибудет в Пхеньян в субботу.",
        "Ministerpräsident Li Qiang wird am Samstag in Pjöngjang eintreffen.",
    ],
    ids=["fr-arrivera", "ru-pribudet", "de-wird-eintreffen"],
)
def test_the_future_of_arriving_is_a_planned_trip(facts, text):
    """The future of the verb of arriving ("arrivera", "прибудет", "wird … eintreffen")."""
    visit = only(facts(text, "2025-10-09"), "visits")
    assert (visit["destination"], visit["date"], visit["status"]) == ("Pyongyang", "2025-10-11", "planned")


def test_the_german_present_of_the_separable_verb_of_arriving_is_a_trip(facts):
    """ "trifft … ein": the present of "eintreffen", its particle at the end of the clause."""
    visit = only(facts("Ministerpräsident Li Qiang trifft heute in Pjöngjang ein.", "2025-10-09"), "visits")
    assert (visit["destination"], visit["date"]) == ("Pyongyang", "2025-10-09")


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui departed for Beijing on Monday.",
        "Choe Son Hui partió hacia Pekín el lunes.",
        "Choe Son Hui est partie pour Pékin lundi.",
        "Choe Son Hui berangkat ke Beijing pada Senin.",
        "崔善姬17日乘专机前往北京。",
    ],
    ids=["en-departed-for", "es-partio-hacia", "fr-est-partie-pour", "id-berangkat-ke", "zh-qianwang"],
)
def test_setting_off_for_a_city_is_a_trip_there(facts, text):
    """ "departed for Beijing", "partió hacia Pekín", "est partie pour Pékin", "berangkat ke Beijing",
    "前往北京": a trip to the city named after the verb of setting off."""
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["visitor"], visit["destination"], visit["status"]) == ("Choe Son Hui", "Beijing", "reported")


@pytest.mark.parametrize(
    "text",
    ["Kim Jong Un left the meeting early on Thursday.", "Xi Jinping headed for the airport after the talks."],
    ids=["en-left-the-meeting", "en-headed-for-the-airport"],
)
def test_leaving_a_meeting_or_heading_to_an_airport_is_no_trip(facts, text):
    assert facts(text, "2019-06-21")["visits"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ri Sol Ju accompanied Kim Jong Un on his trip to Beijing in late March.",
        "Ri Sol Ju menemani Kim Jong Un dalam lawatannya ke Beijing pada akhir Maret.",
        "Ri Sol Ju begleitete Kim Jong Un Ende März bei seiner Reise nach Peking.",
        "Ли Соль Чжу сопровождала Ким Чен Ына во время его поездки в Пекин в конце марта.",
    ],
    ids=["en", "id-nya", "de", "ru"],
)
def test_the_person_accompanied_on_a_visit_is_its_visitor_and_the_companion_travels_too(facts, text):
    # "his trip" is the trip of the one accompanied; Indonesian writes "his" onto the noun: "lawatannya";
    # Russian "в конце марта" is March
    visits = {(v["visitor"], v["destination"], v["date"]) for v in facts(text, "2018-04-05")["visits"]}
    assert visits == {("Kim Jong Un", "Beijing", "2018-03"), ("Ri Sol Ju", "Beijing", "2018-03")}


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang, Apr 13. Kim Jong Un on Saturday met the Chinese delegation headed by Zhao Leji, which is visiting "
        "Pyongyang for the friendship year. The delegation had arrived in Pyongyang on Thursday.",
        "Pyongyang, 13 abr. Kim Jong Un se reunió el sábado con la delegación china encabezada por Zhao Leji, que "
        "visita Pyongyang por el año de la amistad. La delegación llegó a Pyongyang el jueves.",
        "Пхеньян, 13 апреля. Ким Чен Ын в субботу принял китайскую делегацию во главе с Чжао Лэцзи, которая посещает "
        "Пхеньян в год дружбы. Делегация прибыла в Пхеньян в четверг.",
    ],
    ids=["en", "es", "ru"],
)
def test_a_delegations_arrival_dates_the_trip_of_its_head(facts, text):
    # the trip was told first with the report's day; "the delegation arrived on Wednesday" is its day
    visit = only(facts(text, "2024-04-13"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Zhao Leji", "Pyongyang", "2024-04-11")


@pytest.mark.parametrize(
    "text",
    [
        "Li Zhanshu a atterri mardi à Pyongyang. Demain, Li devrait déposer une gerbe devant la tour du Juche.",
        "Li Zhanshu a atterri mardi à Pyongyang. Demain, Li fera une halte à la Tour du Juche.",
    ],
    ids=["fr-la-tour", "fr-la-Tour"],
)
def test_a_tower_is_no_tour(facts, text):
    # French "la tour" is a tower: no second, planned trip beside the one reported
    visits = facts(text, "2018-09-11")["visits"]
    assert [(v["visitor"], v["status"]) for v in visits] == [("Li Zhanshu", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag traf Chinas Chefdiplomat Wang Yi zu einem zweitägigen Besuch in Pjöngjang ein.",
        "Am Freitag kam Wang Yi mit einer kleinen Delegation in Pjöngjang an.",
        "В пятницу в Пхеньян прибыл глава МИД КНР Ван И.",
        "В пятницу в Пхеньян с двухдневным визитом прилетел Ван И.",
        "El viernes llegó a Pyongyang el ministro de Exteriores chino, Wang Yi.",
    ],
    ids=[
        "de-traf-subject-after",
        "de-kam-an-subject-after",
        "ru-pribyl-subject-after",
        "ru-priletel-s-vizitom",
        "es-llego",
    ],
)
def test_a_traveller_named_after_the_verb_is_the_visitor(facts, text):
    """German puts the verb second and Russian and Spanish often open with the time or the place:
    the person after the verb is its subject."""
    visit = only(facts(text, "2019-09-07"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Wang Yi", "Pyongyang", "2019-09-06")


@pytest.mark.parametrize(
    "text",
    [
        "В пятницу в Пхеньян по приглашению Ли Ён Хо прибыл Ван И.",
        "Am Freitag kam in Pjöngjang auf Einladung von Ri Yong Ho Wang Yi an.",
    ],
    ids=["ru-po-priglasheniyu", "de-auf-einladung-von"],
)
def test_the_host_who_invited_named_after_the_verb_does_not_travel(facts, text):
    visitors = {v["visitor"] for v in facts(text, "2019-09-07")["visits"]}
    assert "Ri Yong Ho" not in visitors


@pytest.mark.parametrize(
    "text",
    [
        "Am Freitag besuchte Chinas Chefdiplomat Wang Yi Pjöngjang.",
        "Wang Yi besuchte am Freitag zum ersten Mal überraschend Pjöngjang.",
        "Ван И посетил в пятницу Пхеньян.",
        "Wang Yi visitó el viernes por primera vez Pyongyang.",
        "Wang Yi a visité vendredi Pyongyang.",
    ],
    ids=[
        "de-besuchte-subject-between",
        "de-besuchte-adverbials-between",
        "ru-posetil-date-between",
        "es-visito-adverbials",
        "fr-a-visite-date",
    ],
)
def test_the_place_a_visit_verb_takes_as_object_is_the_destination_past_a_date(facts, text):
    visit = only(facts(text, "2019-09-07"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Wang Yi", "Pyongyang", "2019-09-06")


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi visited the embassy of North Korea on Friday.",
        "Wang Yi besuchte am Freitag die Botschaft von Nordkorea.",
        "Ван И посетил в пятницу посольство у Северной Кореи.",
    ],
    ids=["en-embassy-of", "de-botschaft-von", "ru-posolstvo-u"],
)
def test_a_place_with_its_own_preposition_is_not_the_object_visited(facts, text):
    assert facts(text, "2019-09-07")["visits"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Choe Ryong Hae et sa délégation sont partis pour la Chine lundi.",
        "Choe Ryong Hae partió el lunes hacia China al frente de una delegación.",
        "Choe Ryong Hae ist am Montag an der Spitze einer Delegation nach China abgereist.",
        "Choe Ryong Hae left for the PRC on Monday at the head of a delegation.",
    ],
    ids=["fr-parti-pour-la", "es-partio-el-lunes-hacia", "de-abgereist", "en-left-for-the"],
)
def test_setting_off_for_a_country_is_a_trip_there_that_day(facts, text):
    visit = only(facts(text, "2013-05-20"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Choe Ryong Hae", "2013-05-20")
    assert visit["destination"] in {"China", "Beijing"}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un received the guests on Monday. It is the first trip abroad by Li Qiang since he took office. "
        "Pyongyang is the first stop of his regional tour, which will then bring him to Laos and Vietnam.",
        "Kim Jong Un recibió el lunes a los invitados. Es el primer viaje al exterior de Li Qiang desde que asumió el "
        "cargo. Pyongyang es la primera etapa de su gira asiática, que lo llevará también a Laos y Vietnam.",
    ],
    ids=["en", "es"],
)
def test_the_later_stops_a_trip_will_take_someone_to_are_planned_trips_of_its_owner(facts, text):
    later = {(v["visitor"], v["destination"], v["status"]) for v in facts(text, "2024-04-16")["visits"]}
    assert {("Li Qiang", "Laos", "planned"), ("Li Qiang", "Vietnam", "planned")} <= later
    assert not any(v == "Kim Jong Un" for v, _d, _s in later)


@pytest.mark.parametrize(
    "text",
    [
        "The trip to China by Kim Jong Il began on Thursday last week and ended on Monday.",
        "Kim Jong Il terminó este lunes un viaje a China que empezó el jueves pasado.",
        "Der inoffizielle Besuch von Kim Jong Il in China begann am Donnerstag vergangener Woche und endete am Montag.",
        "Kim Jong Il a achevé lundi un voyage en Chine qui a commencé jeudi dernier.",
    ],
    ids=["en-began", "es-empezo", "de-begann", "fr-a-commence"],
)
def test_a_trip_that_began_on_one_day_and_ended_on_another_is_dated_by_its_start(facts, text):
    visit = only(facts(text, "2010-08-30"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Kim Jong Il", "2010-08-26")


@pytest.mark.parametrize(
    "text",
    [
        "Xinhua and KCNA confirmed on Monday that Kim Jong Il had been visiting China in recent days.",
        "Las agencias confirmaron este lunes que Kim Jong Il estuvo de visita en China durante varios días.",
    ],
    ids=["en-confirmed-on", "es-han-confirmado-este"],
)
def test_the_day_a_trip_was_confirmed_is_not_the_day_of_the_trip(facts, text):
    visit = only(facts(text, "2010-08-30"), "visits")
    assert visit["date"] != "2010-08-30"


@pytest.mark.parametrize(
    "text",
    [
        "La visita no oficial de Kim Jong Il a China terminó el lunes.",
        "La visite non officielle de Kim Jong Il en Chine s'est achevée lundi.",
    ],
    ids=["es-visita-no-oficial-de", "fr-visite-non-officielle-de"],
)
def test_an_unofficial_visit_of_someone_is_their_trip_and_no_negation(facts, text):
    visit = only(facts(text, "2010-08-31"), "visits")
    assert (visit["visitor"], visit["destination"], visit["status"]) == ("Kim Jong Il", "China", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Kim Jong Un landed in Beijing, accompanied by his wife Ri Sol Ju and Kim Yong Chol.",
        "Kim Jong Un est arrivé lundi à Pékin, accompagné de son épouse Ri Sol-ju et de Kim Yong-chol.",
        "Kim Jong Un llegó el lunes a Pekín acompañado de su esposa Ri Sol Ju y de Kim Yong Chol.",
        "Kim Jong Un traf am Montag in Peking ein, begleitet von seiner Frau Ri Sol Ju und Kim Yong Chol.",
    ],
    ids=["en", "fr", "es", "de"],
)
def test_the_people_a_traveller_is_accompanied_by_travel_too(facts, text):
    visitors = {(v["visitor"], v["destination"], v["date"]) for v in facts(text, "2019-01-08")["visits"]}
    assert visitors == {(p, "Beijing", "2019-01-07") for p in ("Kim Jong Un", "Ri Sol Ju", "Kim Yong Chol")}


def test_a_host_who_accompanies_a_guest_does_not_travel(facts):
    text = "On Monday Kim Jong Un landed in Beijing, accompanied by Chinese Vice Premier Liu He."
    assert {v["visitor"] for v in facts(text, "2019-01-08")["visits"]} == {"Kim Jong Un"}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un traveled to Beijing in March. His trip lasted three days.",
        "Kim Jong Un viajó a Pekín en marzo. Su viaje duró tres días.",
        "Kim Jong Un s'est rendu à Pékin en mars. Son voyage a duré trois jours.",
    ],
    ids=["en", "es", "fr"],
)
def test_a_trip_told_again_without_its_place_is_the_trip_already_reported(facts, text):
    visits = [(v["visitor"], v["destination"], v["date"]) for v in facts(text, "2018-05-03")["visits"]]
    assert visits == [("Kim Jong Un", "Beijing", "2018-03")]


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean delegation arrived in Beijing on Monday. The delegation, led by Kim Song Nam, met Wang Huning.",
        "Una delegación norcoreana llegó el lunes a Pekín. La delegación, encabezada por Kim Song Nam, se reunió con "
        "Wang Huning.",
        "Une délégation nord-coréenne est arrivée lundi à Pékin. La délégation, dirigée par Kim Song Nam, a rencontré "
        "Wang Huning.",
    ],
    ids=["en-led-by", "es-encabezada-por", "fr-dirigee-par"],
)
def test_the_head_named_after_a_delegations_arrival_made_its_trip(facts, text):
    visit = only(facts(text, "2024-03-23"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Kim Song Nam", "Beijing", "2024-03-18")


def test_a_host_leading_the_welcome_of_a_delegation_made_no_trip(facts):
    text = "A North Korean delegation arrived in Beijing on Monday. A Chinese delegation led by Wang Huning met it."
    assert [v["visitor"] for v in facts(text, "2024-03-23")["visits"]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Choe Ryong Hae has been in Beijing since Tuesday.",
        "Choe Ryong Hae se encuentra en Pekín desde el martes.",
        "Choe Ryong Hae se trouve à Pékin depuis mardi.",
        "Choe Ryong Hae hält sich seit Dienstag in Peking auf.",
        "Choe Ryong Hae weilt seit Dienstag in Peking.",
        "Чхве Рён Хэ находится в Пекине со вторника.",
        "Choe Ryong Hae berada di Beijing sejak Selasa.",
        "최룡해는 8일부터 베이징에 체류하고 있다.",
        "崔竜海氏は8日から北京に滞在している。",
    ],
    ids=["en", "es", "fr", "de-haelt-sich-auf", "de-weilt", "ru", "id", "ko", "ja"],
)
def test_a_visitor_staying_in_a_place_since_a_day_is_on_a_trip_begun_that_day(facts, text):
    """A stay told in the present ("se encuentra en Pekín desde el martes") is a trip under way, and
    "since Tuesday" its first day, not an earlier event the sentence recalls."""
    visit = only(facts(text, "2019-01-10"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Choe Ryong Hae", "Beijing", "2019-01-08")


@pytest.mark.parametrize(
    "text",
    [
        "It is the first talks since Monday's summit in Beijing.",
        "Es la primera reunión desde la cumbre del lunes en Pekín.",
    ],
    ids=["en", "es"],
)
def test_since_a_days_event_still_recalls_that_event(facts, text):
    assert facts(text, "2019-01-10")["visits"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un s'était rendu en mars dans la capitale chinoise Pékin.",
        "Kim Jong Un había viajado a Pekín a finales de marzo.",
        "Kim Jong Un war Ende März nach Peking gereist.",
        "Ri Yong Ho y Choe Son Hui llegaron a Pekín a finales de marzo.",
    ],
    ids=["fr-dans-la-capitale-chinoise", "es-habia-viajado", "de-gereist", "es-llegaron"],
)
def test_a_trip_told_in_the_pluperfect_or_the_plural_is_a_trip(facts, text):
    """The travel verbs in their pluperfect ("s'était rendu", "había viajado", "war … gereist") and
    plural ("llegaron") forms: a trip with the month the text gives."""
    visits = [(v["destination"], v["date"], v["status"]) for v in facts(text, "2018-05-08")["visits"]]
    assert ("Beijing", "2018-03", "reported") in visits


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Il met Hu Jintao in Changchun on Friday. Kim had traveled by train on Thursday and first visited "
        "Dalian.",
        "Kim Jong Il traf Hu Jintao am Freitag in Changchun. Kim war am Donnerstag mit dem Zug gereist und hatte "
        "zunächst Dalian besucht.",
        "Kim Jong Il se reunió el viernes con Hu Jintao en Changchun. Kim había viajado el jueves en tren y visitó "
        "primero Dalian.",
    ],
    ids=["en", "de", "es"],
)
def test_a_travel_verb_without_a_place_goes_where_the_next_verb_of_its_clause_does(facts, text):
    """ "traveled … and first visited Dalian": one trip, to Dalian, not a second trip to where the story was."""
    visits = [(v["visitor"], v["destination"], v["date"]) for v in facts(text, "2010-08-28")["visits"]]
    assert ("Kim Jong Il", "Dalian", "2010-08-26") in visits
    assert all(v[1] != "Changchun" or v[2] != "2010-08-26" for v in visits)


@pytest.mark.parametrize(
    "text",
    [
        "翌日の協議には北朝鮮から林慶満貿易相が、中国代表団には呉儀副首相の随員が出席した。",
        "翌日の協議には北朝鮮側から林慶満貿易相が、中国政府代表団からは呉儀副首相の随員が出席した。",
    ],
    ids=["ja-kara-daihyodan", "ja-gawa-kara"],
)
def test_attending_talks_from_ones_own_country_is_no_trip_to_the_other_delegations(facts, text):
    """ "北朝鮮から … 出席した" names where the attendees came from, and "中国代表団" is a delegation, not a
    place: the North Korean minister made no trip to China."""
    assert [v for v in facts(text, "2005-10-11")["visits"] if v["visitor"] == "Rim Kyong Man"] == []


@pytest.mark.parametrize(
    "text",
    [
        "After arriving in China through Tumen on Friday, Kim Jong Il traveled to Mudanjiang and then to Yangzhou.",
        "Arrivé vendredi en Chine par la ville frontalière de Tumen, Kim Jong-il s'était ensuite rendu à Mudanjiang "
        "puis à Yangzhou.",
    ],
    ids=["en", "fr"],
)
def test_a_later_stop_told_without_a_day_does_not_take_the_day_of_the_arrival(facts, text):
    """The trip arrived in China on Friday; Yangzhou, named without a day, was a later stop and is
    not where the traveller was on Friday."""
    visits = [(v["destination"], v["date"]) for v in facts(text, "2011-05-26")["visits"]]
    assert ("China", "2011-05-20") in visits and ("Yangzhou", "2011-05-20") not in visits


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un arrived in Beijing on Tuesday with his wife Ri Sol Ju.",
        "Kim Jong Un llegó el martes a Pekín junto a su esposa, Ri Sol Ju.",
        "Kim Jong Un est arrivé mardi à Pékin avec son épouse Ri Sol Ju.",
        "Kim Jong Un ist am Dienstag mit seiner Frau Ri Sol Ju in Peking eingetroffen.",
        "金正恩偕夫人李雪主8日抵达北京。",
    ],
    ids=["en-with-his-wife", "es-junto-a-su-esposa", "fr-avec-son-epouse", "de-mit-seiner-frau", "zh-xie-furen"],
)
def test_a_spouse_travelling_with_the_visitor_makes_the_trip_too(facts, text):
    """ "with his wife Ri Sol Ju", "junto a su esposa, …", "偕夫人…": the spouse named with the
    traveller travels too, as with "accompanied by"."""
    record = facts(text, "2019-01-09")
    assert {(v["visitor"], v["destination"], v["date"]) for v in record["visits"]} == {
        ("Kim Jong Un", "Beijing", "2019-01-08"),
        ("Ri Sol Ju", "Beijing", "2019-01-08"),
    }


def test_se_desplazo_is_a_trip(facts):
    visit = only(facts("El primer ministro Li Qiang se desplazó el jueves a Pionyang.", "2025-10-11"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Li Qiang", "Pyongyang", "2025-10-09")


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping ist am Donnerstag mittags in Pjöngjang sicher gelandet.",
        "Xi Jinping ha aterrizado este jueves en Pionyang.",
    ],
    ids=["de-gelandet", "es-ha-aterrizado"],
)
def test_the_perfect_of_landing_is_arriving(facts, text):
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Xi Jinping", "Pyongyang", "2019-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "A party delegation led by Kim Song Nam left Pyongyang by train. The delegation arrived in Beijing on Thursday evening.",
        "김성남 국제부장이 이끄는 당 대표단이 평양을 떠났다. 대표단은 21일 저녁 베이징에 도착했다.",
        "金成男国際部長が率いる党代表団が平壌を発った。同代表団は21日夕、北京に到着した。",
    ],
    ids=["en-the-delegation-arrived", "ko-daepyodaneun-dochak", "ja-daihyodan-wa-tochaku"],
)
def test_the_delegation_told_after_its_head_made_the_heads_trip(facts, text):
    """ "A delegation led by X left by train. The delegation arrived in Beijing on Thursday": the
    head named before made the trip the delegation's sentence tells."""
    visit = only(facts(text, "2024-03-22"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Kim Song Nam", "Beijing", "2024-03-21")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Il llegó el miércoles a Pekín. Según analistas, con su viaje Kim busca ayuda china tras una reforma "
        "monetaria realizada en noviembre.",
        "Kim Jong Il arrived in Beijing on Wednesday. Analysts say that with his trip Kim seeks Chinese aid after a "
        "currency reform carried out in November.",
    ],
    ids=["es-con-su-viaje", "en-with-his-trip"],
)
def test_a_trip_told_again_keeps_its_day_not_that_of_another_event_of_the_sentence(facts, text):
    """ "con su viaje … una reforma realizada en noviembre": the trip told again is the one the story
    follows; November dates the reform, far from the trip word."""
    visit = only(facts(text, "2010-05-06"), "visits")
    assert (visit["destination"], visit["date"]) == ("Beijing", "2010-05-05")


@pytest.mark.parametrize(
    "text",
    [
        "El jueves Xi Jinping aterrizó en Pionyang. La visita tiene lugar dos semanas antes de que Xi y Vladimir "
        "Putin se vean en Vladivostok.",
        "Pada hari Kamis Xi Jinping mendarat di Pyongyang. Kunjungan itu berlangsung dua minggu sebelum Xi dan "
        "Vladimir Putin bertemu di Vladivostok.",
    ],
    ids=["es-dos-semanas-antes-de-que", "id-dua-minggu-sebelum"],
)
def test_a_place_of_a_later_event_told_after_the_trip_word_is_not_its_destination(facts, text):
    """ "two weeks before Xi and Putin meet in Vladivostok": Vladivostok is the place of that later
    meeting, not a second stop of the trip."""
    record = facts(text, "2019-06-21")
    assert [(v["destination"], v["date"]) for v in record["visits"]] == [("Pyongyang", "2019-06-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji flew into Pyongyang on Thursday. His delegation includes Liu Jianchao and Sun Weidong.",
        "Zhao Leji ist am Donnerstag in Pjöngjang gelandet. Der Delegation gehören Liu Jianchao und Sun Weidong an.",
        "Zhao Leji aterrizó el jueves en Pionyang. Su delegación incluye a Liu Jianchao y Sun Weidong.",
        "Zhao Leji a atterri jeudi à Pyongyang. Sa délégation comprend Liu Jianchao et Sun Weidong.",
    ],
    ids=[
        "en-delegation-includes",
        "de-der-delegation-gehoeren",
        "es-su-delegacion-incluye",
        "fr-sa-delegation-comprend",
    ],
)
def test_the_members_listed_of_the_travellers_delegation_make_the_trip(facts, text):
    """The people of the traveller's country listed as the members of the delegation just reported
    travelling made the trip too, on its day."""
    visits = facts(text, "2024-04-12")["visits"]
    assert {(v["visitor"], v["destination"], v["date"]) for v in visits} == {
        (name, "Pyongyang", "2024-04-11") for name in ("Zhao Leji", "Liu Jianchao", "Sun Weidong")
    }


def test_a_host_listed_with_a_delegation_makes_no_trip(facts):
    text = "Zhao Leji flew into Pyongyang on Thursday. The delegation that greeted him included Choe Ryong Hae."
    assert [v["visitor"] for v in facts(text, "2024-04-12")["visits"]] == ["Zhao Leji"]


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi left Beijing on Tuesday for a three-day visit to North Korea.",
        "Ван И во вторник покинул Пекин и направился с трёхдневным визитом в КНДР.",
        "Wang Yi a quitté Pékin mardi pour une visite de trois jours en Corée du Nord.",
        "Wang Yi verließ am Dienstag Peking zu einem dreitägigen Besuch in Nordkorea.",
        "Wang Yi salió de Pekín el martes para una visita de tres días a Corea del Norte.",
    ],
    ids=["en-left-beijing", "ru-pokinul-pekin", "fr-a-quitte-pekin", "de-verliess-peking", "es-salio-de-pekin"],
)
def test_leaving_a_place_of_the_travellers_own_country_begins_the_trip(facts, text):
    """The place left is at home, so the day of leaving is the first day of the trip, not its last."""
    visit = only(facts(text, "2023-09-28"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Wang Yi", "North Korea", "2023-09-26")


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi left Pyongyang on Tuesday after a three-day visit to North Korea.",
        "Wang Yi verließ am Dienstag Pjöngjang nach einem dreitägigen Besuch in Nordkorea.",
    ],
    ids=["en-left-pyongyang", "de-verliess-pjoengjang"],
)
def test_leaving_the_destination_still_ends_the_trip(facts, text):
    assert only(facts(text, "2023-09-28"), "visits")["date"] == "2023-09-24"


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi left Beijing on Tuesday morning and headed for a state visit to North Korea.",
        "Wang Yi flew to Shenyang on Monday and on Tuesday headed for an official visit to North Korea.",
    ],
    ids=["en-headed-for-a-state-visit", "en-headed-for-an-official-visit"],
)
def test_the_visit_a_traveller_set_off_on_is_one_event_with_the_setting_off(facts, text):
    """ "headed for a state visit to North Korea": the visit noun is the object of the verb, and the
    traveller named before the verb made it."""
    visits = facts(text, "2023-09-28")["visits"]
    assert ("Wang Yi", "North Korea", "2023-09-26") in {(v["visitor"], v["destination"], v["date"]) for v in visits}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un datang ke Beijing pada hari Minggu atas undangan Xi Jinping.",
        "Kim Jong Un est venu à Pékin dimanche à l'invitation de Xi Jinping.",
        "Kim Jong Un est venu en Chine dimanche à l'invitation de Xi Jinping.",
    ],
    ids=["id-datang-ke", "fr-est-venu-a", "fr-est-venu-en"],
)
def test_coming_to_a_place_abroad_is_a_trip(facts, text):
    visit = only(facts(text, "2018-03-28"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Kim Jong Un", "2018-03-25")


@pytest.mark.parametrize(
    "text",
    [
        "According to Xinhua, Kim Jong Il's visit to China began last Thursday and ended on Monday.",
        "Kim Jong Il's trip to China started this Thursday.",  # a guard: "started" was read before
        "По данным Синьхуа, визит Ким Чен Ира в Китай начался в прошлый четверг и завершился в понедельник.",
    ],
    ids=["en-began-last-thursday", "en-started-this-thursday", "ru-nachalsya-v-proshly-chetverg"],
)
def test_a_trip_that_began_last_thursday_is_dated_that_thursday(facts, text):
    assert only(facts(text, "2010-08-30"), "visits")["date"] == "2010-08-26"


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Визит Си Цзиньпина в Пхеньян продлится два дня.", "Xi Jinping"),
        ("Поездка Ван И в Пхеньян началась во вторник.", "Wang Yi"),
        ("Ким Чен Ын приветствовал визит Си Цзиньпина в Пхеньян.", "Xi Jinping"),  # a guard: the host is no traveller
    ],
    ids=["ru-vizit-genitive", "ru-poezdka-genitive", "ru-host-welcomes-vizit-genitive"],
)
def test_the_russian_genitive_after_a_visit_noun_names_the_traveller(facts, text, visitor):
    """ "визит Си Цзиньпина": the name in the genitive right after the noun owns the visit."""
    assert [v["visitor"] for v in facts(text, "2019-06-21")["visits"]] == [visitor]


@pytest.mark.parametrize(
    "text",
    [
        "김영철 부위원장은 만찬사에서 “중국에서 온 대표단은 이번 체류 동안 우리 인민의 기상을 직접 느낄 것”이라고 강조했다.",
        "金英哲副委員長は夕食会で「（中国）代表団は滞在期間中、多くを目にするだろう」と強調した。",
    ],
    ids=["ko-daepyodan-eun", "ja-daihyodan-wa"],
)
def test_a_stay_whose_subject_is_a_delegation_is_not_the_speakers_trip(facts, text):
    """ "The delegation (from China) will see … during its stay", said by a North Korean host:
    the stay is the delegation's, whose head is not named, not a trip of the speaker to China."""
    assert facts(text, "2018-05-10")["visits"] == []


@pytest.mark.parametrize(
    "text",
    [
        "조선중앙통신은 왕이 중국 외교부장이 2일부터 4일까지 평양을 방문한다고 전했다.",
        "朝鮮中央通信によると、王毅外相は2日から4日まで平壌を訪問する。",
        "据朝中社报道，王毅外长将于2日至4日访问平壤。",
        "Wang Yi will visit Pyongyang from 2 to 4 September, the ministry said.",
    ],
    ids=["ko-buteo-kkaji", "ja-kara-made", "zh-zhi", "en-from-to-month"],
)
def test_a_trip_announced_as_days_that_hold_the_publication_day_is_under_way(facts, text):
    """Told on the 3rd that a trip runs "from the 2nd to the 4th": it began this month, on the 2nd,
    and it is a report of a trip under way, not a plan for next month."""
    visit = only(facts(text, "2019-09-03"), "visits")
    assert (visit["visitor"], visit["date"], visit["status"]) == ("Wang Yi", "2019-09-02", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "조선중앙통신은 왕이 중국 외교부장이 12일부터 14일까지 평양을 방문한다고 전했다.",
        "Wang Yi will visit Pyongyang from 12 to 14 September, the ministry said.",
    ],
    ids=["ko-later-range", "en-later-range"],
)
def test_a_trip_announced_for_days_still_to_come_stays_planned(facts, text):
    """A guard: a range that starts after the publication day is a plan."""
    visit = only(facts(text, "2019-09-03"), "visits")
    assert (visit["date"], visit["status"]) == ("2019-09-12", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "Geng Shuang, a spokesman for the foreign ministry, announced on Friday that Wang will visit Pyongyang next week.",
        "Geng Shuang, portavoz de la cancillería, anunció el viernes que Wang visitará Pyongyang la próxima semana.",
        "Geng Shuang, porte-parole du ministère, a annoncé vendredi que Wang se rendra à Pyongyang la semaine prochaine.",
        "Geng Shuang, juru bicara kementerian, mengumumkan pada hari Jumat bahwa Wang akan mengunjungi Pyongyang pekan depan.",
    ],
    ids=["en-announced", "es-anuncio", "fr-a-annonce", "id-mengumumkan"],
)
def test_the_spokesman_who_announces_a_trip_is_not_its_traveller(facts, text):
    """ "X, a spokesman, announced that Wang will visit …": the one who announces is a speaker, so
    the traveller is the subject of the reported clause."""
    record = facts("Chinese Foreign Minister Wang Yi is to travel to North Korea. " + text, "2019-08-30")
    assert {v["visitor"] for v in record["visits"]} == {"Wang Yi"}


@pytest.mark.parametrize(
    "text",
    [
        "В мае Ким Чен Ир уже приезжал в Китай.",
        "В мае Ким Чен Ир побывал в Китае.",
        "В мае Ким Чен Ир съездил в Китай.",
    ],
    ids=["ru-priezzhal", "ru-pobyval", "ru-sezdil"],
)
def test_the_russian_verbs_of_a_trip_made_and_over_are_trips(facts, text):
    """ "приезжал" (the imperfective: he had come), "побывал" (he was there), "съездил" (he went and
    came back) tell a trip as the perfective "приехал" does."""
    visit = only(facts(text, "2010-08-26"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Kim Jong Il", "China", "2010-05")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un will visit the People's Republic of China in May, the agency said.",
        "Xi Jinping is to visit the Democratic People's Republic of Korea in June.",
        "Xi Jinping visited the Democratic People's Republic of Korea in April.",
        "Kim Jong Un besucht die Volksrepublik China im Mai.",
        "Kim Jong Un visitará la República Popular China en mayo.",
    ],
    ids=[
        "en-will-visit-the-prc",
        "en-is-to-visit-the-dprk",
        "en-visited-the-dprk",
        "de-besucht-die-volksrepublik",
        "es-visitara-la-republica",
    ],
)
def test_a_country_named_by_its_long_name_after_visit_is_the_destination(facts, text):
    """ "will visit the People's Republic of China": a country's long name takes its article after the
    verb of visiting, and is still where the trip goes. Only the English "visit" missed it; "visited",
    "besucht" and "visitará" were read before (guards)."""
    visit = only(facts(text, "2019-05-02"), "visits")
    assert visit["destination"] in {"China", "North Korea"}
