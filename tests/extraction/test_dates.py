"""Dates (error class 3): the event's own date, not the dateline's or the report's; ranges by their first day; weekdays against the publication date; a trip's day never given to talks held on another.

Each text is our own, written in the style of the reporting it stands for."""

import pytest

from .helpers import only


def test_dateline_date_and_city_do_not_date_or_place_the_event(facts):
    text = "PYONGYANG, Oct. 6 — Chinese Premier Wen Jiabao held talks with Kim Jong Il in Pyongyang on Monday."
    meeting = only(facts(text, "2009-10-06"), "meetings")
    assert meeting["date"] == "2009-10-05" and meeting["place"] == "Pyongyang"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("북한의 김정일 국방위원장이 19일부터 21일까지 중국을 비공식 방문했다.", "2004-04-22", "2004-04-19"),
        ("Kim Jong Il paid an unofficial visit to China from 20 to 26 May.", "2011-05-27", "2011-05-20"),
        ("Kim Jong Il melakukan kunjungan tidak resmi ke China pada 3–7 Mei.", "2010-05-08", "2010-05-03"),
    ],
    ids=["ko", "en", "id-unofficial-is-not-negation"],
)
def test_a_date_range_dates_the_visit_by_its_first_day(facts, text, published, date):
    assert only(facts(text, published), "visits")["date"] == date


def test_a_departure_day_dates_the_trip_only_to_its_month_unless_its_length_is_given(facts):
    text = "Chinese President Xi Jinping left Pyongyang on Friday after a state visit."
    assert only(facts(text, "2019-06-22"), "visits")["date"] == "2019-06"
    text = "Chinese President Xi Jinping left Pyongyang on Friday after a two-day state visit."
    assert only(facts(text, "2019-06-22"), "visits")["date"] == "2019-06-20"


def test_may_followed_by_a_year_is_a_month_not_a_possibility(facts):
    text = "Kim Jong Il visited China in May 2000 for talks."
    visit = only(facts(text, "2001-01-20"), "visits")
    assert (visit["date"], visit["status"]) == ("2000-05", "reported")


@pytest.mark.parametrize(
    ("text", "published", "arrival"),
    [
        (
            "Zhou Enlai and Kim Il Sung signed the treaty in Beijing on Tuesday, a day after Kim arrived in the "
            "Chinese capital.",
            "1961-07-12",
            "1961-07-10",
        ),
        (
            "Deng Xiaoping menghadiri perayaan di Pyongyang pada hari Sabtu, sehari setelah tiba di ibu kota itu.",
            "1978-09-10",
            "1978-09-08",
        ),
        (
            "Kim Jong Un made a trip to Beijing. He met Xi Jinping on Tuesday, two days after he arrived by train.",
            "2019-01-10",
            "2019-01-06",
        ),
    ],
    ids=["en-a-day-after", "id-sehari-setelah", "en-two-days-after-dates-the-earlier-trip"],
)
def test_an_arrival_a_day_after_which_dates_the_trip_from_the_later_event(facts, text, published, arrival):
    assert only(facts(text, published), "visits")["date"] == arrival


def test_days_listed_together_date_one_meeting_not_recalled_events(facts):
    text = "Kim Jong Un and Xi Jinping met in Dalian on Monday and Tuesday."
    meeting = only(facts(text, "2018-05-09"), "meetings")
    assert meeting["date"] == "2018-05-07" and meeting["place"] == "Dalian"


@pytest.mark.parametrize(
    ("text", "arrival"),
    [
        ("중국과 북한이 11일 베이징에서 조약을 체결했다. 김일성 수상은 전날 베이징에 도착했다.", "1961-07-10"),
        (
            "China and North Korea signed a treaty on Tuesday. Kim Il Sung had arrived in Beijing the day before.",
            "1961-07-10",
        ),
    ],
    ids=["ko-jeonnal", "en-the-day-before"],
)
def test_an_arrival_the_day_before_is_dated_a_day_before_the_story(facts, text, arrival):
    assert only(facts(text, "1961-07-12"), "visits")["date"] == arrival


def test_may_inside_a_sentence_is_the_month_not_a_possibility(facts):
    text = "Kim Jong Il held talks with Hu Jintao in Beijing on 25 May, Xinhua said."
    meeting = only(facts(text, "2011-05-27"), "meetings")
    assert sorted(meeting["participants"]) == ["Hu Jintao", "Kim Jong Il"] and meeting["date"] == "2011-05-25"


def test_talks_during_a_several_day_visit_with_no_day_of_their_own_are_dated_to_the_month(facts):
    text = (
        "Kim Jong Un arrived in Beijing on Sunday for a four-day visit. "
        "Kim Jong Un held talks with Xi Jinping at the Great Hall of the People."
    )
    meeting = only(facts(text, "2018-03-28"), "meetings")
    assert meeting["date"] == "2018-03" and meeting["date_precision"] == "month"


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji arrived in Pyongyang on Thursday for a three-day visit and held talks the same day with Choe Ryong Hae.",
        "赵乐际11日抵达平壤，开始为期3天的访问。当天，赵乐际同崔龙海举行会谈。",
    ],
    ids=["en-the-same-day", "zh-dangtian"],
)
def test_the_same_day_keeps_the_day_even_within_a_several_day_visit(facts, text):
    meeting = only(facts(text, "2024-04-12"), "meetings")
    assert meeting["date"] == "2024-04-11"


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"rule gap: {reason}")


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "PYONGYANG, June 21 (Reuters) - Chinese President Xi Jinping held talks with North Korean leader "
            "Kim Jong Un in Pyongyang on Thursday.",
            "2019-06-21",
            "2019-06-20",
        ),
        (
            "Kim Jong Un held talks with Xi Jinping in Pyongyang on Thursday, KCNA reported on Friday.",
            "2019-06-21",
            "2019-06-20",
        ),
        (
            "(서울=연합뉴스) 김정은 국무위원장이 20일 평양에서 시진핑 국가주석과 회담했다고 조선중앙통신이 21일 "
            "보도했다.",
            "2019-06-21",
            "2019-06-20",
        ),
        (
            "조선중앙통신은 10일 김정은 위원장이 8일 베이징 인민대회당에서 시진핑 주석과 회담했다고 보도했다.",
            "2019-01-10",
            "2019-01-08",
        ),
        (
            "新华社北京1月10日电 中共中央总书记、国家主席习近平8日在人民大会堂同朝鲜劳动党委员长金正恩举行会谈。",
            "2019-01-10",
            "2019-01-08",
        ),
        (
            "【北京共同】中国の習近平国家主席は8日、北京の人民大会堂で北朝鮮の金正恩朝鮮労働党委員長と会談した。"
            "新華社が10日伝えた。",
            "2019-01-10",
            "2019-01-08",
        ),
        (
            "ПХЕНЬЯН, 21 июня. /ТАСС/. Председатель КНР Си Цзиньпин в четверг провел в Пхеньяне переговоры "
            "с Ким Чен Ыном.",
            "2019-06-21",
            "2019-06-20",
        ),
        (
            "Pekín, 10 ene (EFE).- El líder norcoreano Kim Jong-un se reunió el martes en Pekín con el presidente "
            "chino, Xi Jinping, informó hoy la agencia Xinhua.",
            "2019-01-10",
            "2019-01-08",
        ),
        (
            "Le président chinois Xi Jinping s'est entretenu jeudi à Pyongyang avec Kim Jong Un, a rapporté "
            "vendredi l'agence officielle KCNA.",
            "2019-06-21",
            "2019-06-20",
        ),
        (
            "Chinas Staatschef Xi Jinping hat am Donnerstag in Pjöngjang mit Kim Jong Un Gespräche geführt, wie die "
            "Nachrichtenagentur KCNA am Freitag meldete.",
            "2019-06-21",
            "2019-06-20",
        ),
        (
            "Presiden China Xi Jinping bertemu dengan Kim Jong Un di Pyongyang pada hari Kamis, demikian dilaporkan "
            "KCNA pada hari Jumat.",
            "2019-06-21",
            "2019-06-20",
        ),
    ],
    ids=[
        "en-dateline",
        "en-reported-on-friday",
        "ko-yonhap-bodohaetda",
        "ko-report-day-before-event-day",
        "zh-dianxun",
        "ja-kyodo-tsutaeta",
        "ru-tass-dateline",
        "es-efe-informo-hoy",
        "fr-a-rapporte-vendredi",
        "de-meldete-am-freitag",
        "id-dilaporkan-hari-jumat",
    ],
)
def test_the_talks_keep_their_own_day_not_the_dateline_or_the_report_day(facts, text, published, date):
    assert only(facts(text, published), "meetings")["date"] == date


@pytest.mark.parametrize(
    ("text", "published", "report_day"),
    [
        (
            "KCNA reported on Friday that Kim Jong Un held talks with Xi Jinping in Pyongyang.",
            "2019-06-21",
            "2019-06-21",
        ),
        (
            "조선중앙통신은 김정은 위원장이 베이징에서 시진핑 주석과 회담했다고 10일 보도했다.",
            "2019-01-10",
            "2019-01-10",
        ),
    ],
    ids=["en-reported-on-friday", "ko-10il-bodohaetda"],
)
def test_talks_with_no_day_of_their_own_do_not_take_the_report_day(facts, text, published, report_day):
    meeting = only(facts(text, published), "meetings")
    assert meeting["date"] != report_day and meeting["date"] in (None, report_day[:7])


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("金正恩委員長は火曜日に北京に到着した。", "2019-01-10", "2019-01-08"),
        ("Kim Jong Un tiba di Beijing pada hari Selasa.", "2019-01-10", "2019-01-08"),
        ("Ким Чен Ын во вторник прибыл в Пекин.", "2019-01-10", "2019-01-08"),
        ("Kim Jong Un est arrivé mardi à Pékin.", "2019-01-10", "2019-01-08"),
        ("Kim Jong Un ist am Dienstag in Peking eingetroffen.", "2019-01-10", "2019-01-08"),
        ("Li Qiang arrived in Pyongyang on Thursday.", "2025-10-09", "2025-10-09"),
        ("Li Qiang llegó el jueves a Pionyang.", "2025-10-09", "2025-10-09"),
        pytest.param(
            "Li Hongzhong llegó el miércoles a Pionyang.",
            "2023-07-27",
            "2023-07-26",
        ),
    ],
    ids=[
        "ja-kayoubi",
        "id-pada-hari-selasa",
        "ru-vo-vtornik",
        "fr-mardi",
        "de-am-dienstag",
        "en-the-publication-weekday-is-that-day",
        "es-el-jueves-is-that-day",
        "es-el-miercoles",
    ],
)
def test_a_weekday_is_the_latest_such_day_on_or_before_publication(facts, text, published, date):
    assert only(facts(text, published), "visits")["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "China's premier, Li Qiang, will arrive on Thursday in Pyongyang for talks lasting three days.",
        "El primer ministro Li Qiang llegará el jueves a Pionyang para tres días de conversaciones.",
    ],
    ids=["en-will-arrive-on-thursday", "es-llegara-el-jueves"],
)
def test_a_plan_for_the_publication_weekday_is_that_day_not_a_week_on(facts, text):
    """The wires name the weekday instead of writing "today": a report filed on a Thursday that
    someone will arrive on Thursday means that day."""
    visit = only(facts(text, "2025-10-09"), "visits")
    assert (visit["date"], visit["status"]) == ("2025-10-09", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un received Zhao Leji in Pyongyang on Saturday.",
        "Kim Jong Un empfing Zhao Leji am Samstag in Pjöngjang.",
        "Ким Чен Ын в субботу принял в Пхеньяне Чжао Лэцзи.",
        "Kim Jong Un menerima Zhao Leji di Pyongyang pada hari Sabtu.",
        "김정은 위원장이 13일 평양에서 자오러지 위원장을 접견했다.",
        pytest.param(
            "Kim Jong-un recibió el sábado en Pionyang a Zhao Leji.",
        ),
    ],
    ids=["en-on-saturday", "de-am-samstag", "ru-v-subbotu", "id-pada-hari-sabtu", "ko-13il", "es-el-sabado"],
)
def test_a_reception_is_dated_by_its_own_weekday_not_by_the_publication(facts, text):
    assert only(facts(text, "2024-04-14"), "meetings")["date"] == "2024-04-13"


@pytest.mark.parametrize(
    "text",
    [
        "金正恩委員長は26日、北京の人民大会堂で習近平国家主席と会談した。",
        "김정은 위원장은 26일 베이징 인민대회당에서 시진핑 주석과 회담했다.",
        "习近平26日在人民大会堂同金正恩举行会谈。",
    ],
    ids=["ja-26nichi", "ko-26il", "zh-26ri"],
)
def test_a_day_after_the_publication_day_is_in_the_previous_month(facts, text):
    assert only(facts(text, "2018-04-02"), "meetings")["date"] == "2018-03-26"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Wen Jiabao arrived in Pyongyang on Sunday and held talks with Kim Jong Il on Monday.",
        ),
        "Wen Jiabao arrived in Pyongyang on Sunday. He held talks with Kim Jong Il on Monday.",
        "원자바오 총리는 4일 평양에 도착했으며 5일 김정일 국방위원장과 회담했다.",
        "温家宝4日抵达平壤，5日同金正日举行会谈。",
        "温家宝首相は4日に平壌に到着し、5日に金正日総書記と会談した。",
        "Вэнь Цзябао прибыл в Пхеньян в воскресенье, а в понедельник провел переговоры с Ким Чен Иром.",
        "Wen Jiabao llegó a Pionyang el domingo y el lunes mantuvo conversaciones con Kim Jong-il.",
        "Wen Jiabao est arrivé dimanche à Pyongyang et s'est entretenu lundi avec Kim Jong Il.",
        "Wen Jiabao ist am Sonntag in Pjöngjang eingetroffen und hat am Montag Gespräche mit Kim Jong Il geführt.",
        pytest.param(
            "Wen Jiabao tiba di Pyongyang pada hari Minggu dan mengadakan pembicaraan dengan Kim Jong Il pada hari "
            "Senin.",
        ),
    ],
    ids=[
        "en-coordinated",
        "en-two-sentences",
        "ko-4il-5il",
        "zh-4ri-5ri",
        "ja-4ka-5ka",
        "ru-v-voskresenye-v-ponedelnik",
        "es-el-domingo-el-lunes",
        "fr-dimanche-lundi",
        "de-am-sonntag-am-montag",
        "id-hari-minggu-hari-senin",
    ],
)
def test_the_arrival_and_the_talks_each_keep_their_own_day(facts, text):
    record = facts(text, "2009-10-06")
    assert only(record, "visits")["date"] == "2009-10-04"
    assert only(record, "meetings")["date"] == "2009-10-05"


def test_talks_are_not_dated_by_the_arrival_in_a_relative_clause(facts):
    text = "Zhao Leji, who arrived in Pyongyang on Thursday, met Kim Jong Un on Saturday."
    record = facts(text, "2024-04-14")
    assert only(record, "visits")["date"] == "2024-04-11"
    assert only(record, "meetings")["date"] == "2024-04-13"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kim Jong Un left Pyongyang for Beijing by train on Monday and held talks with Xi Jinping on Tuesday.",
        ),
        "김정은 위원장은 7일 전용열차 편으로 평양을 떠나 베이징으로 향했으며 8일 시진핑 주석과 회담했다.",
        "金正恩委員長は7日、特別列車で平壌を出発して北京に向かい、8日に習近平国家主席と会談した。",
    ],
    ids=["en-left-on-monday", "ko-7il-tteona", "ja-7ka-shuppatsu"],
)
def test_talks_are_not_dated_by_the_departure(facts, text):
    assert only(facts(text, "2019-01-10"), "meetings")["date"] == "2019-01-08"


@pytest.mark.parametrize(
    "text",
    [
        "Li Hongzhong arrived in Pyongyang on July 26 for the 70th anniversary of the armistice.",
        "Li Hongzhong llegó a Pionyang el 26 de julio para el 70 aniversario del armisticio.",
        "Li Hongzhong est arrivé le 26 juillet à Pyongyang pour le 70e anniversaire de l'armistice.",
        "Li Hongzhong tiba di Pyongyang pada 26 Juli untuk peringatan ke-70 gencatan senjata.",
        "Ли Хунчжун 26 июля прибыл в Пхеньян на празднование 70-летия перемирия.",
        pytest.param(
            "Li Hongzhong ist am 26. Juli in Pjöngjang eingetroffen.",
        ),
        pytest.param(
            "Li Hongzhong ist am Mittwoch zum 70. Jahrestag des Waffenstillstands in Pjöngjang eingetroffen.",
        ),
    ],
    ids=[
        "en-on-july-26",
        "es-el-26-de-julio",
        "fr-le-26-juillet",
        "id-pada-26-juli",
        "ru-26-iyulya",
        "de-am-26-juli",
        "de-ordinal-70-jahrestag",
    ],
)
def test_a_day_and_month_date_the_arrival_whatever_the_anniversary_number(facts, text):
    assert only(facts(text, "2023-07-28"), "visits")["date"] == "2023-07-26"


@pytest.mark.parametrize(
    ("text", "published", "visit_date"),
    [
        (
            "Kim Jong Un paid an unofficial visit to China from Sunday to Wednesday and held talks with Xi Jinping.",
            "2018-03-28",
            "2018-03-25",
        ),
        ("김정은 위원장이 7일부터 8일까지 다롄을 방문해 시진핑 주석과 회담했다.", "2018-05-09", "2018-05-07"),
    ],
    ids=["en-from-sunday-to-wednesday", "ko-buteo-kkaji"],
)
def test_talks_during_a_trip_dated_by_a_range_are_dated_to_its_month(facts, text, published, visit_date):
    record = facts(text, published)
    assert only(record, "visits")["date"] == visit_date
    assert only(record, "meetings")["date"] == visit_date[:7]


def test_the_month_may_in_a_dateline_is_not_the_modal_may(facts):
    # English only: "May" is both a month and a modal verb
    text = "BEIJING, May 27 — Kim Jong Il has concluded an unofficial visit to China that ran from 20 to 26 May."
    visit = only(facts(text, "2011-05-27"), "visits")
    assert (visit["status"], visit["date"][:7]) == ("reported", "2011-05")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Il met Wang Jiarui in Pyongyang on Friday. Wang, who arrived on Wednesday, delivered a letter, and "
        "Kim hosted a luncheon for him.",
        "Kim Jong Il se reunió con Wang Jiarui en Pyongyang el viernes. Wang, que llegó el miércoles, entregó una "
        "carta, y Kim ofreció un banquete en su honor.",
    ],
    ids=["en-who-arrived-on", "es-que-llego-el"],
)
def test_the_date_of_a_relative_clause_is_its_own_verbs_not_the_banquets(facts, text):
    record = facts(text, "2009-01-24")
    assert {m["date"] for m in record["meetings"]} == {"2009-01-23"}


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        (
            "金正日于1月10日至18日对中国进行了非正式访问。中朝双方18日同时发布了这一消息。访问期间，胡锦涛在北京同金正日举行会谈。",
            "2006-01-19",
            "2006-01",
        ),
        (
            "Kim Jong Il melakukan kunjungan tidak resmi ke China pada 15–20 Januari, demikian diumumkan juru bicara "
            "partai di Beijing pada hari Sabtu. Di Shanghai ia ditemui Perdana Menteri Zhu Rongji.",
            "2001-01-21",
            "2001-01",
        ),
    ],
    ids=["zh-tongshi-fabu", "id-diumumkan-pada"],
)
def test_the_day_a_trip_was_announced_does_not_date_its_talks(facts, text, published, month):
    meeting = only(facts(text, published), "meetings")
    assert meeting["date"] == month


@pytest.mark.parametrize(
    "text",
    [
        "ПХЕНЬЯН, 21 июня. Председатель КНР Си Цзиньпин в пятницу завершил двухдневный государственный визит в КНДР.",
        "PYONGYANG, June 21 — Chinese President Xi Jinping on Friday concluded a two-day state visit to North Korea.",
        "Presiden China Xi Jinping pada hari Jumat mengakhiri kunjungan kenegaraan selama dua hari ke Korea Utara.",
        "El presidente Xi Jinping concluyó el viernes una visita de dos días a Corea del Norte.",
        "习近平21日结束了为期两天的对朝鲜的国事访问。",
    ],
    ids=[
        "ru-zavershil-dvukhdnevnyi",
        "en-concluded-a-two-day",
        "id-mengakhiri-selama-dua-hari",
        "es-concluyo-de-dos-dias",
        "zh-jieshu-weiqi-liangtian",
    ],
)
def test_a_trip_of_n_days_concluded_on_a_day_began_n_minus_one_days_before(facts, text):
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["date"], visit["status"]) == ("2019-06-20", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Premier Wen Jiabao held talks with Kim Jong Il in Pyongyang on Monday, the second day of a visit "
        "marking 60 years of diplomatic relations.",
        "Премьер Госсовета КНР Вэнь Цзябао в понедельник, во второй день визита в КНДР, провел переговоры с Ким Чен "
        "Иром в Пхеньяне.",
        "El primer ministro chino Wen Jiabao se reunió con Kim Jong Il en Pyongyang el lunes, segundo día de su visita "
        "a Corea del Norte.",
    ],
    ids=["en-the-second-day-of", "ru-vo-vtoroi-den", "es-segundo-dia-de"],
)
def test_talks_on_the_second_day_of_a_visit_date_the_visit_a_day_earlier(facts, text):
    visit = only(facts(text, "2009-10-06"), "visits")
    assert visit["date"] == "2009-10-04"


def test_the_tense_is_read_only_where_it_changes_the_date():
    """A day and month long past resolve the same read forward or back: the clause's tense (cues,
    verbs) is not worked out for them; a weekday and a day of the month alone depend on it."""
    import datetime as dt

    from articles.extraction.dates import find_dates

    asked = []

    def future_at(pos):
        asked.append(pos)
        return False

    text = "The talks were held on 20 June. The envoy left on Tuesday. Kim arrived on the 9th."
    found = find_dates(text, dt.date(2024, 4, 12), language="en", future_at=future_at)
    by_text = {d.text: d for d in found}
    assert by_text["20 June"].date == dt.date(2024, 6, 20)
    assert by_text["Tuesday"].date == dt.date(2024, 4, 9)
    assert text.index("20 June") not in asked
    assert text.index("Tuesday") in asked


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kim Jong Un gab am Donnerstagabend ein Bankett zu Ehren von Xi Jinping.", "2019-06-20"),
        ("Kim Jong Un landete am Montagmorgen in Peking.", "2019-06-17"),
    ],
    ids=["de-donnerstagabend", "de-montagmorgen"],
)
def test_a_german_weekday_with_its_time_of_day_is_that_weekday(facts, text, date):
    """ "am Donnerstagabend", "am Montagmorgen": German writes the time of day onto the weekday."""
    record = facts(text, "2019-06-21")
    assert [f["date"] for f in record["meetings"] + record["visits"]] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday Xi Jinping held talks with Kim Jong Un in Beijing. On Wednesday both had watched the military "
        "parade. Xinhua said Kim and Xi met in the Great Hall of the People.",
        "El jueves Xi Jinping y Kim Jong Un mantuvieron conversaciones en Pekín. El miércoles ambos asistieron al "
        "desfile militar. Según Xinhua, Xi y Kim se reunieron durante dos horas a puerta cerrada.",
    ],
    ids=["en", "es"],
)
def test_talks_told_again_without_a_day_are_the_talks_already_dated(facts, text):
    # not a second meeting on the day of the sentence before
    meeting = only(facts(text, "2025-09-05"), "meetings")
    assert meeting["date"] == "2025-09-04"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Premier Li Qiang landed in Pyongyang this morning for a three-day visit.", "2025-10-09"),
        ("Le Premier ministre Li Qiang a atterri ce matin à Pyongyang pour une visite de trois jours.", "2025-10-09"),
        ("El primer ministro Li Qiang aterrizó esta mañana en Pyongyang para una visita de tres días.", "2025-10-09"),
        (
            "Pagi ini Perdana Menteri Li Qiang tiba di ibu kota Korea Utara, Pyongyang, untuk kunjungan tiga hari.",
            "2025-10-09",
        ),
        ("李强总理今晨抵达平壤，开始为期三天的访问。", "2025-10-09"),
        ("李強首相は今朝、3日間の訪問のため平壌に到着した。", "2025-10-09"),
        ("Premier Li Qiang landed in Pyongyang last night for a three-day visit.", "2025-10-08"),
        ("李强总理昨晚抵达平壤，开始为期三天的访问。", "2025-10-08"),
    ],
    ids=[
        "en-this-morning",
        "fr-ce-matin",
        "es-esta-manana",
        "id-pagi-ini",
        "zh-jinchen",
        "ja-kesa",
        "en-last-night",
        "zh-zuowan",
    ],
)
def test_a_part_of_today_or_last_night_dates_the_event_to_that_day(facts, text, date):
    # "this morning", "ce matin", "今朝" are the publication day; "last night", "昨晚" the day before
    assert only(facts(text, "2025-10-09"), "visits")["date"] == date


def test_that_evening_in_a_story_is_not_the_publication_day(facts):
    # "ce soir-là" is that evening of the story, not "ce soir" (tonight)
    text = "Ce soir-là, Kim Jong Il est arrivé à Dalian."
    assert only(facts(text, "2010-05-08"), "visits")["date"] != "2010-05-08"


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping arrived in Pyongyang on June 17 for a three-day visit. Kim Jong Il held talks with Xi on the second "
        "day of his visit.",
        "习近平6月17日抵达平壤进行为期三天的访问。金正日在访问的第二天与习近平举行会谈。",
        "시진핑 부주석은 17일 평양에 도착했다. 김정일 위원장은 방문 이틀째 시진핑 부주석과 회담했다.",
        "習近平国家副主席は17日に平壌に到着した。金正日総書記は訪問2日目に習氏と会談した。",
    ],
    ids=["en", "zh", "ko", "ja"],
)
def test_the_nth_day_of_the_visit_counts_from_its_first_day(facts, text):
    meeting = only(facts(text, "2008-06-19"), "meetings")
    assert (meeting["date"], meeting["date_precision"]) == ("2008-06-18", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji arrived in Pyongyang on April 11 for a three-day visit. He held talks with Choe Ryong Hae.",
        "赵乐际4月11日抵达平壤，开始为期三天的访问。他与崔龙海举行了会谈。",
        "Zhao Leji llegó el 11 de abril a Pyongyang para una visita de tres días. Allí se reunió con Choe Ryong Hae.",
    ],
    ids=["en", "zh", "es"],
)
def test_talks_on_a_trip_that_began_the_day_of_publication_are_that_day(facts, text):
    assert only(facts(text, "2024-04-11"), "meetings")["date"] == "2024-04-11"
    # published two days later, the talks may have been on any day of the trip: the month only
    assert only(facts(text, "2024-04-13"), "meetings")["date"] == "2024-04"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les entretiens ont eu lieu plus tôt dans le mois.", "fr"),
        ("Las conversaciones se celebraron a principios de este mes.", "es"),
        ("Die Gespräche fanden Anfang dieses Monats statt.", "de"),
        ("会談は今月初めに行われた。", "ja"),
    ],
    ids=["fr-plus-tot-dans-le-mois", "es-a-principios-de-este-mes", "de-anfang-dieses-monats", "ja-kongetsu-hajime"],
)
def test_earlier_this_month_is_the_month_of_publication(text, language):
    import datetime as dt

    from articles.extraction.dates import find_dates

    found = find_dates(text, dt.date(2012, 8, 13), language=language)
    assert [(d.iso(), d.precision) for d in found] == [("2012-08", "month")]


@pytest.mark.parametrize(
    "text",
    [
        "李強首相が30日、平壌に到着した。2日まで滞在する。",
        "리창 총리는 30일 평양에 도착했으며 2일까지 머문다.",
        "李强30日抵达平壤，访问至2日。",
    ],
    ids=["ja-made", "ko-kkaji", "zh-zhi"],
)
def test_the_day_a_stay_ends_is_not_before_the_day_it_began(text):
    import datetime as dt

    from articles.extraction.dates import find_dates

    found = find_dates(text, dt.date(2025, 9, 30))
    assert [d.iso() for d in found] == ["2025-09-30", "2025-10-02"]


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi met Kim Jong Un in Pyongyang, the official agency reported on Friday. The talks were held later in the day, "
        "the agency said, after the two sides recalled the Sept. 19 six-way talks.",
        "Wang Yi a rencontré Kim Jong Un à Pyongyang, a annoncé vendredi l'agence officielle. L'entretien a eu lieu "
        "plus tard dans la journée, selon l'agence.",
        "Wang Yi traf Kim Jong Un in Pjöngjang, berichtete die Staatsagentur am Freitag. Das Gespräch fand im Laufe "
        "des Tages statt, so die Agentur.",
    ],
    ids=["en", "fr", "de"],
)
def test_a_meeting_held_later_in_the_day_of_the_report_is_that_day(facts, text):
    meeting = only(facts(text, "2018-05-05"), "meetings")
    assert (meeting["date"], meeting["date_precision"]) == ("2018-05-04", "day")


@pytest.mark.parametrize(
    "text",
    [
        "The envoy's trip came after the meeting of Xi Jinping and Kim Jong Un, which was held on 19 June, and before "
        "the party congress.",
        "Поездка министра последовала за встречей Си Цзиньпина с Ким Чен Ыном, которая состоялась 19 июня.",
        "Le voyage de l'émissaire a suivi la rencontre de Xi Jinping avec Kim Jong Un, qui s'est tenue le 19 juin, "
        "et précédé le congrès du parti.",
    ],
    ids=["en-which-was-held", "ru-kotoraya-proshla", "fr-qui-s-est-tenue"],
)
def test_a_recalled_meeting_takes_the_day_its_relative_clause_says_it_took_place(facts, text):
    meeting = only(facts(text, "2019-07-10"), "meetings")
    assert (meeting["date"], meeting["date_precision"]) == ("2019-06-19", "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("김정은 위원장은 이틀 전 베이징에 도착했다.", "2018-03-26"),
        ("김정은 위원장은 사흘전 베이징에 도착했다.", "2018-03-25"),
        ("Kim Jong Un arrived in Beijing two days ago.", "2018-03-26"),
    ],
    ids=["ko-iteul-jeon", "ko-saheul-jeon", "en-two-days-ago"],
)
def test_korean_native_counts_of_days_ago_date_the_event(facts, text, day):
    """Korean counts days with words of their own (하루, 이틀, 사흘 … 열흘): "이틀 전" is two days ago."""
    visit = only(facts(text, "2018-03-28"), "visits")
    assert visit["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "趙楽際氏は11─13日に北朝鮮を公式親善訪問した。",
        "趙楽際氏は11-13日に北朝鮮を公式親善訪問した。",
        "자오러지 위원장은 11-13일 북한을 공식 친선 방문했다.",
    ],
    ids=["ja-box-dash", "ja-hyphen", "ko-hyphen"],
)
def test_a_range_of_days_written_with_any_dash_dates_the_trip_by_its_first_day(facts, text):
    """ "11─13日", "11-13日": the first day of the range, as with "11〜13日"."""
    visit = only(facts(text, "2024-04-14"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Zhao Leji", "2024-04-11")


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Kim Jong Il finished his nine-day trip to the PRC.",
        "Kim Jong Il a achevé mercredi une visite de neuf jours en Chine.",
        "Kim Jong Il beendete am Mittwoch seinen neuntägigen Besuch in China.",
        "Kim Jong Il mengakhiri kunjungan sembilan hari ke China pada hari Rabu.",
    ],
    ids=["en-finished-nine-day", "fr-visite-de-neuf-jours", "de-neuntaegig", "id-sembilan-hari"],
)
def test_a_trip_of_up_to_ten_days_ended_on_a_day_began_that_many_days_before(facts, text):
    """ "finished his nine-day trip" on a Wednesday: the trip began eight days before that Wednesday."""
    visit = only(facts(text, "2006-01-18"), "visits")
    assert (visit["destination"], visit["date"]) == ("China", "2006-01-10")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un viajó a China con su esposa e inició una estancia que se prolongará hasta mañana.",
        "Kim Jong Un began a visit to China with his wife that will last until tomorrow.",
        "Kim Jong Un a entamé une visite en Chine qui durera jusqu'à demain.",
    ],
    ids=["es-hasta-manana", "en-until-tomorrow", "fr-jusqu-a-demain"],
)
def test_the_day_a_trip_lasts_until_is_not_its_day(facts, text):
    """ "que se prolongará hasta mañana": tomorrow is when the trip ends, not the day it is told to begin."""
    visit = only(facts(text, "2019-01-09"), "visits")
    assert visit["date"] in (None, "2019-01") and visit["status"] == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Since the failed meeting of Donald Trump and Kim Jong Un in Hanoi earlier this year, tests resumed.",
        "Sejak pertemuan Donald Trump dengan Kim Jong Un di Vietnam awal tahun ini, uji coba berlanjut.",
        "Depuis la rencontre entre Donald Trump et Kim Jong Un à Hanoï plus tôt cette année, les essais ont repris.",
        "Seit dem Treffen zwischen Donald Trump und Kim Jong Un in Hanoi Anfang des Jahres gehen die Tests weiter.",
    ],
    ids=["en-earlier-this-year", "id-awal-tahun-ini", "fr-plus-tot-cette-annee", "de-anfang-des-jahres"],
)
def test_earlier_this_year_is_the_year_of_the_article(facts, text):
    """ "earlier this year", "awal tahun ini", "plus tôt cette année", "Anfang des Jahres": the year
    of publication, so the recalled meeting is dated to it."""
    meeting = only(facts(text, "2019-08-20"), "meetings")
    assert (sorted(meeting["participants"]), meeting["date"]) == (["Donald Trump", "Kim Jong Un"], "2019")


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji has arrived in Pyongyang for a four-day goodwill visit. The two countries established "
        "diplomatic relations in 1949.",
        "Zhao Leji ist zu einem viertägigen Besuch in Pjöngjang eingetroffen. Beide Länder nahmen 1949 "
        "diplomatische Beziehungen auf.",
        "Чжао Лэцзи прибыл в Пхеньян с четырехдневным визитом. Дипломатические отношения были установлены в 1949 году.",
    ],
    ids=["en-has-arrived", "de-ist-eingetroffen", "ru-pribyl"],
)
def test_an_undated_lede_with_no_recent_date_in_its_article_is_that_days_news(facts, text):
    """A web report that opens on an event and names no day of the weeks before it tells that
    day's news; the dates it recalls (1949) are no day of it."""
    visit = only(facts(text, "2024-04-11"), "visits")
    assert (visit["date"], visit["status"]) == ("2024-04-11", "reported")


@pytest.mark.parametrize(
    "text",
    [
        "North Korean state media said on Tuesday that Choe Son Hui had held talks with Wang Yi in Pyongyang.",
        "Choe Son Hui held talks with Wang Yi in Pyongyang. Wang had arrived there on 2 April.",
    ],
    ids=["en-report-day", "en-a-recent-month"],
)
def test_an_undated_lede_beside_a_recent_date_keeps_the_month(facts, text):
    """A report's own day ("said on Tuesday that … had held talks") or another recent date puts
    the undated event at some day near them, not at the publication day."""
    meeting = only(facts(text, "2024-04-11"), "meetings")
    assert meeting["date"] == "2024-04"


@pytest.mark.parametrize(
    "text",
    [
        "金正恩氏は19日、北京で習近平主席との首脳会談に臨んだ。同氏は12日の米朝首脳会談の成果を伝えた。"
        "金氏はこの日の朝、専用機で北京に到着した。",
        "金正恩19日在北京同习近平举行会谈。金正恩介绍了12日的朝美首脑会晤情况。金正恩当天上午乘专机抵达北京。",
        "김정은 위원장은 19일 베이징에서 시진핑 주석과 회담했다. 김 위원장은 12일의 북미정상회담 결과를 설명했다. "
        "김 위원장은 이날 오전 전용기로 베이징에 도착했다.",
    ],
    ids=["ja-12nichi-no", "zh-12ri-de", "ko-12il-ui"],
)
def test_a_day_joined_to_another_events_noun_does_not_move_the_storys_day(facts, text):
    """ "12日の米朝首脳会談" dates that other summit; "この日", "当天", "이날" after it still mean the
    day the story had reached (the 19th)."""
    visit = only(facts(text, "2018-06-19"), "visits")
    assert (visit["destination"], visit["date"]) == ("Beijing", "2018-06-19")


@pytest.mark.parametrize(
    "text",
    [
        "Beijing and Seoul set up ties in 1992. The last such trip goes back to September 1988; at that time "
        "Yang Shangkun travelled to Pyongyang for the 40th anniversary.",
        "中韩于1992年建交。上一次类似访问要追溯到1988年9月，当时杨尚昆访问平壤出席庆典。",
    ],
    ids=["en-at-that-time", "zh-dangshi"],
)
def test_at_the_time_means_the_time_its_own_sentence_gave_before_it(facts, text):
    """ "goes back to September 1988; at that time …", "要追溯到1988年9月，当时 …": the time is the one
    just told in the sentence, not the one of the sentence before."""
    visit = only(facts(text, "2025-10-09"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Yang Shangkun", "1988-09")


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping and Kim Jong Un began talks in Beijing. Kim arrived in China on 2 September for a parade.",
        "Ким Чен Ын и Си Цзиньпин начали переговоры в Пекине. Северокорейский лидер приехал туда 2 сентября.",
        "Xi Jinping y Kim Jong Un iniciaron conversaciones en Pekín. Kim llegó a China el 2 de septiembre.",
    ],
    ids=["en-began-talks", "ru-nachali-peregovory", "es-iniciaron-conversaciones"],
)
def test_talks_told_as_beginning_in_the_lede_are_the_publication_days(facts, text):
    """ "began talks", "начали переговоры": talks the lede tells as starting are that day's news,
    though another day (the arrival) is named after them."""
    meeting = only(facts(text, "2025-09-04"), "meetings")
    assert meeting["date"] == "2025-09-04"


@pytest.mark.parametrize(
    "text",
    [
        "류윈산 상무위원은 3박4일 방북 일정으로 9일 평양에 도착했다.",
        "劉雲山氏は9日に平壌に到着し、3泊4日の日程で北朝鮮を訪問した。",
    ],
    ids=["ko-3bak-4il", "ja-3haku-4ka"],
)
def test_nights_and_days_are_a_length_not_a_date(facts, text):
    """ "3박4일", "3泊4日" (three nights, four days) is how long the trip lasts: its "4일" is no 4th."""
    visit = only(facts(text, "2015-10-12"), "visits")
    assert (visit["destination"], visit["date"]) == ("Pyongyang", "2015-10-09")


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        (
            "Wang Yi has arrived in Pyongyang for a two-day visit. On Monday Kim Yong Chol had visited Beijing.",
            "Pyongyang",
        ),
        (
            "Wang Yi ist mit einer Sondermaschine in Pjöngjang angekommen. Am Montag hatte Kim Yong Chol Peking besucht.",
            "Pyongyang",
        ),
        (
            "Wang Yi ha llegado a Pionyang para una visita de dos días. El lunes Kim Yong Chol había visitado Pekín.",
            "Pyongyang",
        ),
    ],
    ids=["en-has-arrived", "de-ist-angekommen", "es-ha-llegado"],
)
def test_an_arrival_the_lede_tells_in_the_present_perfect_is_the_publication_days(facts, text, destination):
    """ "has arrived", "ist … eingetroffen", "ha llegado": just now, though the article names another
    recent day (Monday, for another trip)."""
    visits = facts(text, "2018-05-02")["visits"]
    assert (visits[0]["visitor"], visits[0]["destination"], visits[0]["date"]) == ("Wang Yi", destination, "2018-05-02")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("金正日曾于2004年四月前往北京访问。", "2004-04"),
        ("金正日総書記は2006年一月十日に北京を訪問した。", "2006-01-10"),
        ("2018年十月，王毅访问了平壤。", "2018-10"),
    ],
    ids=["zh-year-digits-month-han", "ja-month-and-day-han", "zh-shiyue"],
)
def test_a_year_in_digits_with_the_month_in_han_numerals_is_that_month(facts, text, date):
    visit = only(facts(text, "2019-01-20"), "visits")
    assert visit["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "Selama empat hari, 25-28 Maret 2018, Kim Jong Un melakukan lawatan rahasia. Kantor berita KCNA "
        "melaporkan, Kamis (29/3/2018), bahwa Kim Jong Un telah datang ke Beijing dengan kereta khusus.",
        "Selama empat hari, 25-28 Maret 2018, Kim Jong Un melakukan lawatan rahasia. Media pemerintah "
        "memberitakan, Kamis (29/3/2018), bahwa Kim Jong Un telah datang ke Beijing dengan kereta khusus.",
    ],
    ids=["id-melaporkan", "id-memberitakan"],
)
def test_the_day_an_indonesian_report_gives_is_the_reports_not_the_trips(facts, text):
    """ "KCNA melaporkan, Kamis (29/3/2018), …": Thursday is when the agency reported it; the trip
    began on the first day of the range the lede gave."""
    assert {v["date"] for v in facts(text, "2018-03-29")["visits"]} == {"2018-03-25"}


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un bertemu Li Hongzhong di Pyongyang, kata kantor berita resmi Korea Utara pada Sabtu.",
        "Kim Jong Un met Li Hongzhong in Pyongyang, the official news agency of North Korea said on Saturday.",
    ],
    ids=["id-kata-media-pada", "en-agency-said-on"],
)
def test_the_day_a_long_named_source_reported_is_not_the_meetings_day(facts, text):
    """ "…, kata kantor berita resmi Korea Utara pada Sabtu": the source's name may run to several
    words between the verb of saying and its day; the day is the report's, so the meeting, named
    with no day of its own, is known only to the month."""
    meeting = only(facts(text, "2023-07-29"), "meetings")
    assert (meeting["date"], meeting["date_precision"]) == ("2023-07", "month")


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un met Xi Jinping in Beijing on Tuesday. As reported, at the meeting Kim Jong Un and Xi Jinping were "
        "due to discuss the talks of North Korea and the US, which took place on June 12.",
        "Ким Чен Ын встретился с Си Цзиньпином в Пекине во вторник. Как сообщалось, на встрече Ким Чен Ын и Си "
        "Цзиньпин собирались затронуть переговоры КНДР и США, которые прошли 12 июня.",
    ],
    ids=["en-which-took-place", "ru-kotorye-sostoyalis"],
)
def test_a_date_in_a_relative_clause_ending_the_sentence_is_its_own_verbs(facts, text):
    """ "…, which took place on June 12." dates the summit it describes, not the meeting the
    sentence is about, also when the relative clause ends the sentence."""
    meetings = [m for m in facts(text, "2018-06-20")["meetings"] if "Xi Jinping" in m["participants"]]
    assert [m["date"] for m in meetings] == ["2018-06-19"]


@pytest.mark.parametrize(
    "text",
    [
        "Liu Guozhong will visit North Korea this weekend.",
        "Liu Guozhong akan berkunjung ke Korea Utara akhir pekan ini.",
        "Liu Guozhong viajará a Corea del Norte este fin de semana.",
        "류궈중 부총리가 이번 주말 북한을 방문할 예정이다.",
    ],
    ids=["en-this-weekend", "id-akhir-pekan-ini", "es-este-fin-de-semana", "ko-ibeon-jumal"],
)
def test_a_trip_this_weekend_is_dated_to_the_month_of_this_weeks_saturday(facts, text):
    """Published on Thursday 31 August, "this weekend" is Saturday 2 September: a planned trip in
    September."""
    visit = only(facts(text, "2023-08-31"), "visits")
    assert (visit["visitor"], visit["status"], visit["date"]) == ("Liu Guozhong", "planned", "2023-09")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("赵乐际本月11日至13日对朝鲜进行正式友好访问。", "2024-04-14"),
        ("趙楽際氏は今月11日から13日まで北朝鮮を公式訪問した。", "2024-04-14"),
        ("赵乐际将于本月11日至13日访问朝鲜。", "2024-04-09"),
        ("자오러지 위원장은 이달 11일 평양에 도착했다.", "2024-04-14"),
        ("赵乐际上月11日访问朝鲜。", "2024-05-02"),
    ],
    ids=["zh-benyue-zhi", "ja-kongetsu-kara", "zh-benyue-future", "ko-idal", "zh-shangyue"],
)
def test_a_day_of_the_month_a_word_names_is_of_that_month(facts, text, published):
    """ "本月25日", "今月11日", "이달 11일", "上月11日": the day of the month the word names, counted
    from the publication's month in either tense; a range's first day dates the trip, its end
    ("至13日", "から13日まで") does not."""
    visit = only(facts(text, published), "visits")
    assert (visit["visitor"], visit["date"]) == ("Zhao Leji", "2024-04-11")


@pytest.mark.parametrize(
    "text",
    [
        "赵乐际11日抵达平壤。访问于11日至13日进行。当天，崔龙海同赵乐际举行会谈。",
        "자오러지 위원장은 11일 평양에 도착했다. 방문은 11일부터 13일까지 진행된다. 이날 최룡해는 자오러지와 회담했다.",
    ],
    ids=["zh-dangtian-after-range", "ko-inal-after-range"],
)
def test_that_day_after_a_range_of_days_is_the_first_day_not_the_month(facts, text):
    """ "The visit runs from the 11th to the 13th. That day, …": the day the range starts, not some
    day of it (which only the month would date)."""
    meeting = only(facts(text, "2024-04-12"), "meetings")
    assert (meeting["date"], meeting["date_precision"]) == ("2024-04-11", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah China pada hari Rabu (9/1/2019) menyatakan bahwa Presiden Xi Jinping bertemu dengan pemimpin Korea Utara Kim Jong Un di Beijing pada hari Selasa.",
        "La cancillería china afirmó el miércoles que Xi Jinping se reunió con Kim Jong Un el martes.",
        "МИД КНР заявил в среду, что Си Цзиньпин встретился с Ким Чен Ыном во вторник.",
        "China's foreign ministry said on Wednesday that Xi Jinping held talks with Kim Jong Un on Tuesday.",
        "Le ministère chinois a annoncé mercredi que Xi Jinping avait rencontré Kim Jong Un mardi.",
    ],
    ids=["id-menyatakan-bahwa", "es-afirmo-que", "ru-zayavil-chto", "en-said-that", "fr-a-annonce-que"],
)
def test_the_day_of_a_saying_does_not_date_the_meeting_it_reports(facts, text):
    """ "said on Wednesday that they met on Tuesday": the date before the "that" of a speech verb is
    the saying's; the reported clause keeps its own. (English and French were read right before.)"""
    meeting = only(facts(text, "2019-01-09"), "meetings")
    assert meeting["date"] == "2019-01-08"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("赵乐际11至13日对朝鲜进行正式友好访问。", "2024-04-14"),
        ("赵乐际将于11至13日访问朝鲜。", "2024-04-09"),
        ("赵乐际11到13日在平壤访问。", "2024-04-14"),
    ],
    ids=["zh-zhi-past", "zh-zhi-future", "zh-dao"],
)
def test_a_range_of_days_written_with_one_day_sign_is_dated_by_its_first_day(facts, text, published):
    """ "11至13日": the first number is a day too, though only the last carries 日; the trip began on
    the 11th, not the 13th."""
    assert only(facts(text, published), "visits")["date"] == "2024-04-11"
