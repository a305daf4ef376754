"""Meetings: welcomes, talks held separately, banquets, and the talks of 'the two leaders' as one meeting.

Each text is our own, written in the style of the reporting it stands for."""

import pytest

from .helpers import meetings, only


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Xi Jinping separately met Choe Ryong Hae and Kim Song Nam in Beijing on Tuesday.", "2024-04-12"),
        ("习近平11日在北京分别会见了崔龙海和金成男。", "2024-04-12"),
        ("시진핑 주석은 9일 베이징에서 최룡해와 김성남을 각각 접견했다.", "2024-04-12"),
    ],
    ids=["en-separately", "zh-fenbie", "ko-gakgak"],
)
def test_separate_meetings_are_one_fact_per_guest(facts, text, published):
    meetings = facts(text, published)["meetings"]
    assert sorted(sorted(m["participants"]) for m in meetings) == [
        ["Choe Ryong Hae", "Xi Jinping"],
        ["Kim Song Nam", "Xi Jinping"],
    ]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Wen Jiabao was welcomed by Kim Jong Il at Pyongyang airport on Sunday.", "2009-10-06", "2009-10-04"),
        ("Wang Yi disambut oleh Choe Son Hui di Pyongyang pada hari Kamis.", "2024-09-27", "2024-09-26"),
    ],
    ids=["en-welcomed-by", "id-disambut-oleh"],
)
def test_a_passive_welcome_is_a_meeting(facts, text, published, date):
    meeting = only(facts(text, published), "meetings")
    assert len(meeting["participants"]) == 2 and meeting["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "习近平20日抵达平壤。朝鲜劳动党委员长金正恩在机场迎接。两国领导人当天举行会谈。",
        "習近平国家主席は20日、平壌に到着した。金正恩委員長が空港で出迎えた。両首脳は同日、会談した。",
    ],
    ids=["zh-yingjie-then-two-leaders", "ja-demukae-then-two-leaders"],
)
def test_a_welcome_and_the_two_leaders_talks_are_one_meeting_of_the_visitor_and_host(facts, text):
    meeting = only(facts(text, "2019-06-21"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Xi Jinping"] and meeting["date"] == "2019-06-20"


def test_named_negotiations_are_not_a_meeting_of_the_people_in_the_sentence(facts):
    text = "Xi Jinping told Choe Ryong Hae that all parties should restart the six-party talks."
    assert facts(text, "2013-05-24")["meetings"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jiang Zemin arrived in Pyongyang on Monday and was met at the airport by Kim Jong Il.",
        "Deng Xiaoping tiba di Pyongyang pada hari Jumat dan diterima oleh Kim Il Sung dalam upacara penyambutan resmi.",
    ],
    ids=["en-met-at-the-airport", "id-upacara-penyambutan"],
)
def test_a_welcome_at_the_airport_or_a_welcome_ceremony_is_a_welcome_not_talks(facts, text):
    meeting = only(facts(text, "2001-09-04"), "meetings")
    assert meeting["kind"] == "welcome"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Los presidentes Xi Jinping y Kim Jong-un volvieron a reunirse el miércoles en la capital china.",
            "2018-06-21",
        ),
        ("Wang Yi y Choe Son Hui volvieron a entrevistarse el lunes en Pekín.", "2023-03-10"),
    ],
    ids=["es-reunirse", "es-entrevistarse"],
)
def test_a_spanish_meeting_verb_in_the_infinitive_is_a_meeting_word(facts, text, published):
    """ "volvieron a reunirse", "volvieron a entrevistarse": the infinitive with its pronoun."""
    record = facts(text, published)
    assert len(record["meetings"]) == 1


def test_a_german_meeting_in_the_perfect_of_zusammenkommen_is_a_meeting(facts):
    """ "ist … eingetroffen und mit seinem Amtskollegen Ri Yong Ho zusammengekommen": arrived and met."""
    text = (
        "Der chinesische Außenminister Wang Yi ist am Donnerstag in Pjöngjang eingetroffen und mit seinem "
        "Amtskollegen Ri Yong Ho zusammengekommen."
    )
    record = facts(text, "2019-06-21")
    assert [sorted(m["participants"]) for m in record["meetings"]] == [["Ri Yong Ho", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        "El presidente chino Xi Jinping llegó el jueves a Pyongyang. Fue recibido en el aeropuerto por Kim Jong-un.",
        "Председатель КНР Си Цзиньпин в четверг прибыл в Пхеньян, где был принят Ким Чен Ыном.",
    ],
    ids=["es-fue-recibido-por", "ru-byl-prinyat"],
)
def test_a_guest_received_in_the_passive_meets_the_host(facts, text):
    """ "Fue recibido … por Kim Jong-un", "был принят Ким Чен Ыном": the passive of receiving."""
    meeting = only(facts(text, "2019-06-22"), "meetings")
    assert (sorted(meeting["participants"]), meeting["date"]) == (["Kim Jong Un", "Xi Jinping"], "2019-06-20")


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping held talks with Kim Jong Un by video link on Tuesday.",
        "Xi Jinping s'est entretenu au téléphone avec Kim Jong-un mardi.",
        "Xi Jinping conversó por teléfono con Kim Jong-un el martes.",
        "習近平国家主席は18日、金正恩委員長と電話会談した。",
        "Xi Jinping melakukan pembicaraan telepon dengan Kim Jong Un pada Selasa.",
    ],
    ids=["en-by-video-link", "fr-au-telephone", "es-por-telefono", "ja-denwa-kaidan", "id-pembicaraan-telepon"],
)
def test_talks_by_phone_or_video_are_no_meeting(facts, text):
    """ "by video link", "au téléphone", "por teléfono", "電話会談", "pembicaraan telepon": the two
    were not in one room."""
    assert facts(text, "2019-06-21")["meetings"] == []


@pytest.mark.parametrize(
    "text",
    [
        "崔善姫外相は27日に北京入りし、28日に王毅外相と、29日には李強首相と会談した。",
        "최선희 외무상은 27일 베이징에 도착해 28일 왕이 외교부장과, 29일에는 리창 총리와 회담했다.",
        "Choe Son Hui arrived in Beijing on Saturday. She met Wang Yi on Sunday and Li Qiang on Monday.",
    ],
)
def test_guests_each_with_their_own_day_are_meetings_on_those_days(facts, text):
    record = facts(text, "2025-09-30")
    days = {m["date"]: sorted(m["participants"]) for m in record["meetings"]}
    assert len(record["meetings"]) == 2, record["meetings"]
    assert days["2025-09-28"] == ["Choe Son Hui", "Wang Yi"] and days["2025-09-29"] == ["Choe Son Hui", "Li Qiang"]


@pytest.mark.parametrize(
    "text",
    [
        "En visite à Pyongyang, Wen Jiabao a signé dimanche trois accords économiques avec Kim Yong-il et a "
        "rencontré lundi Kim Jong-il.",
        "Wen Jiabao signed three economic accords with Kim Yong Il on Sunday and met Kim Jong Il on Monday.",
        "Der chinesische Regierungschef Wen Jiabao unterzeichnete am Sonntag mit Kim Yong Il mehrere Abkommen und "
        "traf am Montag Kim Jong Il.",
    ],
)
def test_a_signing_and_talks_joined_by_and_keep_their_own_people_and_days(facts, text):
    record = facts(text, "2009-10-06")
    agreement = only(record, "agreements")
    assert sorted(agreement["signatories"]) == ["Kim Yong Il", "Wen Jiabao"] and agreement["date"] == "2009-10-04"
    talks = [m for m in record["meetings"] if "Kim Jong Il" in m["participants"]]
    assert [(sorted(m["participants"]), m["date"]) for m in talks] == [(["Kim Jong Il", "Wen Jiabao"], "2009-10-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un met on Tuesday in Beijing for talks with Xi Jinping.",
        "Kim Jong Un traf sich in der chinesischen Hauptstadt am Dienstag zu einem Gespräch mit Xi Jinping.",
        "Kim Jong Un kam in der chinesischen Hauptstadt am Dienstag zu einem langen Gespräch mit Xi Jinping zusammen.",
        "Ким Чен Ын встретился во вторник в Пекине для переговоров с Си Цзиньпином.",
    ],
    ids=["en-met-for-talks", "de-traf-sich-zu", "de-kam-zu-zusammen", "ru-vstretilsya-dlya"],
)
def test_talks_a_meeting_verb_was_for_are_the_same_meeting(facts, text):
    # "met … for talks with Xi": the talks are what the verb's subject met for, not a clause of their own
    meeting = only(facts(text, "2019-01-09"), "meetings")
    assert (set(meeting["participants"]), meeting["date"]) == ({"Kim Jong Un", "Xi Jinping"}, "2019-01-08")


@pytest.mark.parametrize(
    "text",
    [
        "金正恩総書記は10日、訪朝中の王毅外相と会見した。会見には崔善姫第1次官と中国の王亜軍大使も同席した。",
        "김정은 총비서는 10일 방북 중인 왕이 외교부장을 접견했다. 접견에는 최선희 제1부상과 왕야쥔 주북 중국대사가 배석했다.",
        "Kim Jong Un received Wang Yi, China's visiting foreign minister, on Tuesday. Choe Son Hui and Chinese ambassador "
        "Wang Yajun were present at the meeting.",
        "Kim Jong Un recibió el martes al canciller Wang Yi. Choe Son Hui y el embajador chino Wang Yajun estuvieron "
        "presentes en la reunión.",
    ],
    ids=["ja-doseki", "ko-baeseok", "en-were-present", "es-estuvieron-presentes"],
)
def test_those_present_at_a_meeting_already_reported_are_no_meeting_of_their_own(facts, text):
    meeting = only(facts(text, "2024-09-11"), "meetings")
    assert set(meeting["participants"]) == {"Kim Jong Un", "Wang Yi"}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Wang Yi est arrivé lundi à Pyongyang.Il a rencontré Ri Yong Ho mardi.",
            "Il a rencontré Ri Yong Ho mardi.",
        ),
        (
            "Wang Yi kam am Montag in Pjöngjang an.Er traf am Dienstag Ri Yong Ho.",
            "Er traf am Dienstag Ri Yong Ho.",
        ),
    ],
    ids=["fr-il", "de-er"],
)
def test_a_sentence_run_on_to_the_last_without_a_space_is_a_sentence_of_its_own(facts, text, sentence):
    """Copy that lost the break between two paragraphs ("Pyongyang.Il a rencontré"): the second
    sentence starts after the full stop, even with a two-letter first word, and is the evidence."""
    meeting = only(facts(text, "2018-05-03"), "meetings")
    assert (sorted(meeting["participants"]), meeting["date"], meeting["evidence"]) == (
        ["Ri Yong Ho", "Wang Yi"],
        "2018-05-01",
        sentence,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Il had dinner with Jiang Zemin in Nanjing on Monday.",
        "Kim Jong Il cenó el lunes con Jiang Zemin en Nankín.",
        "Kim Jong Il a dîné lundi avec Jiang Zemin à Nankin.",
        "Kim Jong Il speiste am Montag mit Jiang Zemin in Nanjing.",
        "Ким Чен Ир в понедельник ужинал с Цзян Цзэминем в Нанкине.",
        "Kim Jong Il makan malam bersama Jiang Zemin di Nanjing pada hari Senin.",
    ],
    ids=["en", "es", "fr", "de", "ru", "id"],
)
def test_a_meal_taken_together_is_a_banquet_of_the_two(facts, text):
    """ "had dinner with", "cenó con", "a dîné avec", "speiste mit", "ужинал с", "makan malam
    bersama": the two met at table, a banquet in the city named."""
    meeting = only(facts(text, "2011-05-25"), "meetings")
    assert (sorted(meeting["participants"]), meeting["date"], meeting["place"], meeting["kind"]) == (
        ["Jiang Zemin", "Kim Jong Il"],
        "2011-05-23",
        "Nanjing",
        "banquet",
    )


def test_a_meal_taken_alone_is_no_meeting(facts):
    assert facts("Kim Jong Il cenó el lunes en su tren blindado.", "2011-05-25")["meetings"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi and Choe Son Hui discussed regional security in Beijing on Friday.",
        "Wang Yi et Choe Son Hui ont discuté de la sécurité régionale à Pékin, vendredi.",
        "Wang Yi und Choe Son Hui erörterten am Freitag in Peking die Lage in der Region.",
        "Wang Yi discussed the peninsula with Choe Son Hui on Friday.",
    ],
    ids=["en-x-and-y-discussed", "fr-ont-discute", "de-eroerterten", "en-discussed-with"],
)
def test_two_people_who_discussed_something_together_met(facts, text):
    """Talking something over is a meeting between the two subjects of "discussed", or with the
    person after "with"."""
    meeting = only(facts(text, "2023-12-16"), "meetings")
    assert meeting["date"] == "2023-12-15" and len(meeting["participants"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un discussed Xi Jinping's proposal with party officials.",
        "Wang Yi and Choe Son Hui discussed the peninsula by phone on Friday.",
    ],
    ids=["en-someones-proposal", "en-by-phone"],
)
def test_discussing_someone_or_by_phone_is_no_meeting(facts, text):
    assert facts(text, "2023-12-16")["meetings"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui ofreció el martes un almuerzo a Wang Yi en Pionyang.",
        "Choe Son Hui a offert mardi un déjeuner à Wang Yi à Pyongyang.",
        "Choe Son Hui gab am Dienstag ein Mittagessen für Wang Yi in Pjöngjang.",
    ],
    ids=["es-un-almuerzo", "fr-un-dejeuner", "de-ein-mittagessen"],
)
def test_a_meal_named_as_a_noun_with_someone_is_a_banquet_with_them(facts, text):
    meeting = only(facts(text, "2024-04-11"), "meetings")
    assert set(meeting["participants"]) == {"Choe Son Hui", "Wang Yi"}
    assert (meeting["date"], meeting["kind"]) == ("2024-04-09", "banquet")


@pytest.mark.parametrize(
    "text",
    [
        "Чхве Рён Хэ лично поприветствовал Ли Цяна в аэропорту Пхеньяна.",
        "Ким Чен Ын приветствовал Ли Цяна на церемонии в Пхеньяне.",
    ],
    ids=["ru-poprivetstvoval", "ru-privetstvoval"],
)
def test_a_russian_greeting_is_a_welcome(facts, text):
    meeting = only(facts(text, "2023-09-28"), "meetings")
    assert meeting["kind"] == "welcome" and "Li Qiang" in meeting["participants"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un was at the airport to greet Li Qiang. Li Qiang arrived in Pyongyang on Wednesday for a visit.",
        "Ким Чен Ын приехал в аэропорт, чтобы поприветствовать Ли Цяна. Ли Цян прибыл в Пхеньян в среду.",
        "Kim Jong Un s'est rendu à l'aéroport pour accueillir Li Qiang. Li Qiang est arrivé mercredi à Pyongyang.",
    ],
    ids=["en-to-greet", "ru-chtoby-poprivetstvovat", "fr-pour-accueillir"],
)
def test_a_welcome_told_without_a_day_is_on_the_day_and_at_the_place_of_the_arrival(facts, text):
    """A visitor is welcomed where and when they arrive, though the welcome is told first and undated."""
    meeting = only(facts(text, "2023-09-28"), "meetings")
    assert (meeting["date"], meeting["place"]) == ("2023-09-27", "Pyongyang")


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui s'est entretenue dimanche à Pékin avec Wang Yi.",
        "Choe Son Hui et Wang Yi se sont entretenus dimanche à Pékin.",
        "Choe Son Hui y Wang Yi conversaron el domingo en Pekín.",
        "Choe Son Hui y Wang Yi se entrevistaron el domingo en Pekín.",
    ],
    ids=["fr-feminine", "fr-plural", "es-plural-conversaron", "es-plural-se-entrevistaron"],
)
def test_a_meeting_verb_agreeing_with_a_woman_or_with_two_subjects_is_a_meeting(facts, text):
    """French and Spanish verbs agree with their subject: "s'est entretenue", "se sont
    entretenus", "conversaron" are the meeting words "s'est entretenu" and "conversó"."""
    meeting = only(facts(text, "2025-09-29"), "meetings")
    assert sorted(meeting["participants"]) == ["Choe Son Hui", "Wang Yi"]
    assert meeting["date"] == "2025-09-28"


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders' talks were also joined by Ri Sol Ju and Peng Liyuan.",
        "La reunión contó con la presencia de Peng Liyuan y Ri Sol Ju.",
        "Pertemuan itu juga dihadiri oleh Peng Liyuan dan Ri Sol Ju.",
        "Во встрече также приняли участие Пэн Лиюань и Ли Соль Чжу.",
        "La rencontre a été suivie par Peng Liyuan et Ri Sol Ju.",
    ],
    ids=["en-were-joined-by", "es-conto-con-la-presencia", "id-dihadiri-oleh", "ru-prinyali-uchastie", "fr-suivie-par"],
)
def test_people_who_joined_a_meeting_already_told_are_not_a_meeting_of_their_own(facts, second):
    """ "The talks were also attended by A and B": A and B sat in on the talks just reported; the
    sentence is no meeting between them."""
    record = facts(
        "Kim Jong Un held talks with Xi Jinping at the Diaoyutai guesthouse on Tuesday. " + second, "2018-06-20"
    )
    assert meetings(record) == [["Kim Jong Un", "Xi Jinping"]]


def test_two_people_who_met_each_other_still_meet(facts):
    """A guard: the spouses meeting each other is a meeting."""
    record = facts("Peng Liyuan met Ri Sol Ju at the National Museum on Tuesday.", "2018-06-20")
    assert meetings(record) == [["Peng Liyuan", "Ri Sol Ju"]]
