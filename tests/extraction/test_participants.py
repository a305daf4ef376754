"""Participants (error class 2): the people in the room, not the sender of a letter, the leader an envoy speaks for, the speaker who reports it or a person compared with.

Each text is our own, written in the style of the reporting it stands for."""

import pytest

from .helpers import meetings, only


def test_the_sender_of_a_letter_is_not_at_the_meeting(facts):
    text = "Choe Ryong Hae met Xi Jinping in Beijing on Friday and handed over a personal letter from Kim Jong Un."
    meeting = only(facts(text, "2013-05-25"), "meetings")
    assert sorted(meeting["participants"]) == ["Choe Ryong Hae", "Xi Jinping"]


def test_korean_letter_sender_after_a_title_is_not_at_the_meeting(facts):
    text = "김정은 위원장은 10일 평양에서 리잔수 위원장을 만나 시진핑 주석의 친서를 받았다."
    meeting = only(facts(text, "2018-09-11"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Zhanshu"]


def test_a_later_clause_with_one_person_continues_the_subject(facts):
    text = "Deng Xiaoping disambut oleh Ri Jong Ok, kemudian diterima oleh Kim Il Sung pada hari Jumat."
    meetings = facts(text, "1978-09-10")["meetings"]
    assert sorted(sorted(m["participants"]) for m in meetings) == [
        ["Deng Xiaoping", "Kim Il Sung"],
        ["Deng Xiaoping", "Ri Jong Ok"],
    ]


def test_the_speaker_who_reports_a_meeting_is_not_in_it(facts):
    text = "Xi Jinping said on Tuesday that Wang Yi had met Ri Yong Ho in Beijing."
    meeting = only(facts(text, "2019-01-10"), "meetings")
    assert sorted(meeting["participants"]) == ["Ri Yong Ho", "Wang Yi"]


def test_a_korean_special_representative_of_a_leader_does_not_bring_the_leader_to_the_meeting(facts):
    text = "김정은 국무위원장이 9일 평양에서 시진핑 중국 국가주석의 특별대표로 방북한 리잔수 위원장을 만났다."
    meeting = only(facts(text, "2018-09-10"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Zhanshu"]


def _gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"rule gap: {reason}")


@pytest.mark.parametrize(
    ("text", "published", "people"),
    [
        pytest.param(
            "Kim Jong Un met Li Zhanshu in Pyongyang on Sunday, and Li conveyed Xi Jinping's message.",
            "2018-09-10",
            ["Kim Jong Un", "Li Zhanshu"],
            id="en-conveyed-message",
        ),
        pytest.param(
            "Kim Jong Un received Li Zhanshu, appointed by Xi Jinping as his special representative, in Pyongyang "
            "on Sunday.",
            "2018-09-10",
            ["Kim Jong Un", "Li Zhanshu"],
            id="en-appointed-by",
        ),
        pytest.param(
            "金正恩9日在平壤会见栗战书，栗战书转达了习近平的亲切问候。",
            "2018-09-10",
            ["Kim Jong Un", "Li Zhanshu"],
            id="zh-zhuanda-wenhou",
        ),
        pytest.param(
            "Ким Чен Ын в воскресенье принял в Пхеньяне Ли Чжаньшу, который передал ему послание Си Цзиньпина.",
            "2018-09-10",
            ["Kim Jong Un", "Li Zhanshu"],
            id="ru-peredal-poslanie",
        ),
        pytest.param(
            "리창 총리는 9일 평양에서 김정은 위원장을 만나 시진핑 주석의 안부를 전했다.",
            "2025-10-10",
            ["Kim Jong Un", "Li Qiang"],
            id="ko-anbu-jeonhaetda",
        ),
        pytest.param(
            "金正恩9日在平壤会见习近平总书记特别代表栗战书。",
            "2018-09-10",
            ["Kim Jong Un", "Li Zhanshu"],
            id="zh-tebie-daibiao",
        ),
        pytest.param(
            "Kim Jong Un a reçu dimanche à Pyongyang Li Zhanshu, envoyé spécial de Xi Jinping.",
            "2018-09-10",
            ["Kim Jong Un", "Li Zhanshu"],
            id="fr-envoye-special",
        ),
    ],
)
def test_the_sender_of_a_message_or_an_envoy_is_not_in_the_room(facts, text, published, people):
    assert meetings(facts(text, published)) == [people]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kim Jong Un met Wang Yi in Pyongyang on Thursday and told him that he had agreed with Moon Jae-in to "
            "denuclearise the peninsula.",
            id="en-told-him",
        ),
        pytest.param(
            "김정은 위원장은 3일 평양에서 왕이 외교부장을 만나 문재인 대통령과 비핵화에 합의했다고 말했다.",
            id="ko-dago-malhaetda",
        ),
        pytest.param(
            "金正恩3日在平壤会见王毅时表示，他已同文在寅就半岛无核化达成一致。",
            id="zh-biaoshi",
        ),
        pytest.param(
            "金正恩委員長は3日、平壌で王毅外相と会談し、文在寅大統領と非核化で合意したと述べた。",
            id="ja-to-nobeta",
        ),
        pytest.param(
            "Kim Jong Un empfing Wang Yi am Donnerstag in Pjöngjang und sagte ihm, er habe sich mit Moon Jae-in "
            "auf eine Denuklearisierung geeinigt.",
            id="de-sagte-ihm",
        ),
    ],
)
def test_a_person_named_in_reported_speech_is_not_at_the_meeting(facts, text):
    assert meetings(facts(text, "2018-05-04")) == [["Kim Jong Un", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kim Jong Un held talks with Li Qiang in Pyongyang on Thursday, the kind of reception usually reserved "
            "for Vladimir Putin.",
            id="en-reserved-for",
        ),
        pytest.param(
            "김정은 위원장은 9일 평양에서 리창 총리와 회담했다. 푸틴 대통령에 버금가는 예우였다.",
            id="ko-beogeumganeun",
        ),
        pytest.param(
            "金正恩9日在平壤同李强举行会谈，接待规格堪比普京。",
            id="zh-kanbi",
        ),
        pytest.param(
            "Kim Jong Un empfing Li Qiang am Donnerstag in Pjöngjang mit einem Aufwand wie sonst nur Wladimir Putin.",
            id="de-wie-sonst-nur",
        ),
        pytest.param(
            "Kim Jong Un recibió el jueves a Li Qiang en Pionyang con honores similares a los que recibió "
            "Vladímir Putin.",
            id="es-similares-a",
        ),
        pytest.param(
            "Kim Jong Un received Li Qiang in Pyongyang on Thursday with honours similar to those Vladimir Putin "
            "received last year.",
            id="en-similar-to-those",
        ),
    ],
)
def test_a_person_named_in_a_comparison_is_not_at_the_meeting(facts, text):
    assert meetings(facts(text, "2025-10-10")) == [["Kim Jong Un", "Li Qiang"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Xi Jinping held talks with Kim Jong Un in Pyongyang on Thursday, while Donald Trump was preparing for "
            "the G20 summit in Osaka.",
            id="en-while",
        ),
        pytest.param(
            "시진핑 주석은 20일 평양에서 김정은 위원장과 회담했고, 트럼프 대통령은 오사카로 향할 준비를 했다.",
            id="ko-go",
        ),
        pytest.param(
            "Xi Jinping bertemu Kim Jong Un di Pyongyang pada hari Kamis, sementara Donald Trump bersiap "
            "menghadiri KTT G20 di Osaka.",
            id="id-sementara",
        ),
    ],
)
def test_the_subject_of_another_clause_is_not_at_the_meeting(facts, text):
    assert meetings(facts(text, "2019-06-21")) == [["Kim Jong Un", "Xi Jinping"]]


def test_a_second_meeting_in_a_while_clause_is_a_meeting_of_its_own(facts):
    text = "Xi Jinping held talks with Kim Jong Un in Pyongyang on Thursday, while Wang Yi met Ri Yong Ho."
    assert meetings(facts(text, "2019-06-21")) == [["Kim Jong Un", "Xi Jinping"], ["Ri Yong Ho", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kim Jong Un held talks with Xi Jinping in Beijing on Thursday, a day after watching the military "
            "parade next to Vladimir Putin.",
            id="en-parade-next-to",
        ),
        pytest.param(
            "김정은 위원장은 4일 베이징에서 시진핑 주석과 회담했다. 그는 전날 열병식에서 푸틴 대통령과 나란히 섰다.",
            id="ko-yeolbyeongsik",
        ),
        pytest.param(
            "Kim Jong Un führte am Donnerstag in Peking Gespräche mit Xi Jinping, einen Tag nachdem er neben "
            "Wladimir Putin die Militärparade verfolgt hatte.",
            id="de-militaerparade",
        ),
    ],
)
def test_a_bystander_at_a_parade_is_not_at_the_talks(facts, text):
    record = facts(text, "2025-09-05")
    assert meetings(record) == [["Kim Jong Un", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Kim Jong Un and Ri Sol Ju hosted a banquet for Xi Jinping and Peng Liyuan in Pyongyang on Thursday.",
            id="en-hosted-banquet",
        ),
        pytest.param(
            "김정은 위원장과 리설주 여사는 20일 평양에서 시진핑 주석과 펑리위안 여사를 위한 연회를 마련했다.",
            id="ko-yeonhoe",
        ),
        pytest.param(
            "金正恩和李雪主20日在平壤设宴欢迎习近平和彭丽媛。",
            id="zh-sheyan",
        ),
        pytest.param(
            "金正恩委員長と李雪主夫人は20日、平壌で習近平国家主席と彭麗媛夫人のための晩餐会を開いた。",
            id="ja-bansankai",
        ),
        pytest.param(
            "Kim Jong Un y Ri Sol Ju ofrecieron el jueves en Pionyang un banquete en honor de Xi Jinping y "
            "Peng Liyuan.",
            id="es-banquete",
        ),
    ],
)
def test_a_banquets_hosts_and_guests_are_its_participants(facts, text):
    assert meetings(facts(text, "2019-06-21")) == [["Kim Jong Un", "Peng Liyuan", "Ri Sol Ju", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Zhao Leji held separate talks in Pyongyang with Choe Ryong Hae and Kim Jong Un.", id="en-separate"
        ),
        pytest.param("자오러지 위원장은 평양에서 최룡해 위원장, 김정은 위원장과 각각 회담했다.", id="ko-gakgak"),
        pytest.param("赵乐际在平壤分别同崔龙海和金正恩举行会谈。", id="zh-fenbie"),
        pytest.param(
            "Zhao Leji s'est entretenu séparément à Pyongyang avec Choe Ryong Hae et Kim Jong Un.",
            id="fr-separement",
        ),
    ],
)
def test_talks_held_separately_with_two_people_are_two_meetings(facts, text):
    assert meetings(facts(text, "2024-04-14")) == [["Choe Ryong Hae", "Zhao Leji"], ["Kim Jong Un", "Zhao Leji"]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wang Yi and Sun Weidong separately held talks with Choe Son Hui in Beijing.", id="en-two-hosts"),
        pytest.param("崔善姬在北京访问期间，王毅、孙卫东分别同其举行会谈。", id="zh-fenbie-tong-qi"),
        pytest.param("崔善姬抵达北京。王毅、孙卫东分别同其举行了会谈。", id="zh-qi-of-the-sentence-before"),
    ],
)
def test_two_hosts_holding_talks_separately_with_one_guest_are_two_meetings(facts, text):
    """ "A and B separately held talks with C", "A、B分别同其举行会谈" (其: the guest named before):
    one meeting per host, each with the guest."""
    assert meetings(facts(text, "2023-03-02")) == [["Choe Son Hui", "Sun Weidong"], ["Choe Son Hui", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping held talks with Kim Jong Un in Beijing on Thursday, a day after Kim joined him and Vladimir Putin "
        "to watch a military parade.",
        "Xi Jinping mengadakan pembicaraan dengan Kim Jong Un di Beijing pada hari Kamis, sehari setelah Kim bergabung "
        "dengan Xi dan Vladimir Putin untuk menyaksikan parade militer.",
    ],
    ids=["en-a-day-after-joined", "id-sehari-setelah-bergabung"],
)
def test_people_of_a_clause_a_day_before_are_not_at_the_talks(facts, text):
    talks = [m for m in facts(text, "2025-09-05")["meetings"] if m["date"] == "2025-09-04"]
    assert [sorted(m["participants"]) for m in talks] == [["Kim Jong Un", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "江泽民在人民大会堂同金正日举行会谈。朝韩双方此前商定于6月在平壤举行首脑会晤。",
        "장쩌민은 베이징에서 김정일과 회담했다. 남북 양측은 앞서 6월 평양에서 정상회담을 열기로 합의했다.",
    ],
    ids=["zh-chaohan-shuangfang", "ko-nambuk-yangcheuk"],
)
def test_both_sides_of_two_named_countries_are_not_the_talks_just_reported(facts, text):
    record = facts(text, "2000-06-01")
    assert all(v["destination"] != "Pyongyang" for v in record["visits"])
    assert all(m["place"] != "Pyongyang" for m in record["meetings"])


@pytest.mark.parametrize(
    "text",
    [
        "王毅外相は平壌で、金正恩総書記の側近とされる李洙ヨン氏と会った。",
        "왕이 부장은 평양에서 김정은 위원장의 측근으로 꼽히는 리수용 부위원장을 만났다.",
        "Wang Yi met Ri Su Yong, a close aide to Kim Jong Un, during his stay in Pyongyang.",
        "During his stay in Pyongyang, Wang Yi met Kim Jong Un's close aide Ri Su Yong.",
    ],
    ids=["ja-no-sokkin", "ko-ui-cheukgeun", "en-aide-to", "en-s-close-aide"],
)
def test_the_person_whose_aide_is_met_is_not_at_the_talks(facts, text):
    """ "金正恩総書記の側近とされる李洙ヨン氏", "김정은 위원장의 측근으로 꼽히는 리수용", "a close aide to Kim Jong Un":
    Kim names whose aide the guest is; he is not in the room."""
    assert meetings(facts(text, "2019-09-05")) == [["Ri Su Yong", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping ist am Donnerstag in Pjöngjang eingetroffen. Er wurde am Flughafen von Kim Jong Un und dessen "
        "Frau Ri Sol Ju empfangen.",
        "Xi Jinping ist am Donnerstag in Pjöngjang eingetroffen. Er wurde am Flughafen von Kim Jong Un und seiner "
        "Frau Ri Sol Ju empfangen.",
    ],
    ids=["de-dessen-frau", "de-seiner-frau"],
)
def test_a_spouse_named_through_a_german_possessive_is_a_spouse(facts, text):
    """ "Kim Jong Un und dessen Frau Ri Sol Ju", "… und seiner Frau …": the host's wife beside him."""
    assert meetings(facts(text, "2019-06-22")) == [["Kim Jong Un", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un empfing am Freitag in Pjöngjang Song Tao, den Sondergesandten von Xi Jinping.",
        "Ким Чен Ын в пятницу принял в Пхеньяне Сун Тао, спецпосланника Си Цзиньпина.",
    ],
    ids=["de-sondergesandten-von", "ru-specposlannika"],
)
def test_the_sender_of_a_special_envoy_is_not_at_the_talks(facts, text):
    """ "den Sondergesandten von Xi Jinping", "спецпосланника Си Цзиньпина": Xi sent the envoy; he
    neither travelled nor met Kim."""
    record = facts(text, "2019-06-22")
    assert meetings(record) == [["Kim Jong Un", "Song Tao"]]
    assert {v["visitor"] for v in record["visits"]} == {"Song Tao"}


@pytest.mark.parametrize(
    "text",
    ["金正恩10日在平壤会见了李强和赵乐际等中国领导人。", "金正恩10日在平壤會見了李強和趙樂際等中國領導人。"],
    ids=["zh-hans", "zh-hant"],
)
def test_a_person_before_and_other_leaders_is_met_not_a_leadership_phrase(facts, text):
    # "X等中国领导人" (X and other Chinese leaders) is no "under X's leadership" (在X的领导下)
    meetings = sorted(sorted(m["participants"]) for m in facts(text, "2025-10-11")["meetings"])
    assert meetings == [["Kim Jong Un", "Li Qiang"], ["Kim Jong Un", "Zhao Leji"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un's sister Kim Yo Jong arrived on Monday in Beijing.",
        "김정은 국무위원장의 여동생 김여정 부부장이 월요일 베이징에 도착했다.",
        "金正恩的妹妹金与正周一抵达北京。",
        "金正恩総書記の妹の金与正氏が月曜日に北京に到着した。",
        "La hermana de Kim Jong Un, Kim Yo Jong, llegó el lunes a Pekín.",
        "Сестра Ким Чен Ына Ким Ё Чжон в понедельник прибыла в Пекин.",
        "Adik Kim Jong Un, Kim Yo Jong, tiba pada Senin di Beijing.",
    ],
    ids=["en", "ko", "zh", "ja", "es", "ru", "id"],
)
def test_a_person_named_as_whose_relative_another_is_does_not_travel(facts, text):
    # "Kim Jong Un's sister Kim Yo Jong arrived": the sister arrived, not her brother
    visit = only(facts(text, "2018-02-13"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Kim Yo Jong", "Beijing")


@pytest.mark.parametrize(
    "text",
    [
        "DPRK foreign minister Choe Son Hui and her Chinese counterpart Wang Yi reached a consensus. "
        "The two diplomats held talks on Sunday at a Beijing guesthouse.",
        "Menlu Korut Choe Son Hui dan Menlu China Wang Yi mencapai kesepakatan. "
        "Kedua diplomat itu mengadakan perundingan hari Minggu (28/09) di sebuah wisma negara di Beijing.",
        "崔善姫外相と王毅外相は合意に達した。両外相は日曜日、北京の国賓館で会談した。",
    ],
    ids=["en-the-two-diplomats", "id-kedua-diplomat", "ja-ryogaisho"],
)
def test_the_two_diplomats_are_the_two_named_before(facts, text):
    meeting = only(facts(text, "2025-09-29"), "meetings")
    assert (set(meeting["participants"]), meeting["place"]) == ({"Choe Son Hui", "Wang Yi"}, "Beijing")


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui met Wang Yi on Sunday. Choe praised the outcome of the summit between North Korean leader "
        "Kim Jong Un and Xi Jinping, the Chinese president, earlier this month.",
        "Choe Son Hui bertemu Wang Yi pada hari Minggu. Choe memuji hasil KTT antara pemimpin Korut Kim Jong Un dan "
        "Presiden Xi Jinping awal bulan ini.",
        "최선희는 일요일 왕이와 만났다. 최선희는 이달 초 김정은 위원장과 시진핑 주석 간의 정상회담 성과를 높이 평가했다.",
        "崔善姬周日会见王毅。崔善姬高度评价本月初金正恩与习近平之间的会晤成果。",
    ],
    ids=["en-between", "id-antara", "ko-gan", "zh-zhijian"],
)
def test_a_meeting_between_two_named_people_is_theirs_alone(facts, text):
    # the one who praises a summit "between X and Y" did not sit in it
    pairs = {frozenset(m["participants"]) for m in facts(text, "2025-09-29")["meetings"]}
    assert frozenset({"Kim Jong Un", "Xi Jinping"}) in pairs
    assert all(pair in ({"Choe Son Hui", "Wang Yi"}, {"Kim Jong Un", "Xi Jinping"}) for pair in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi und Choe Son Hui sprachen bei ihrem Treffen am Donnerstag über die Lage in der Region.",
        "Wang Yi et Choe Son Hui ont évoqué la situation régionale lors de leur rencontre de jeudi.",
        "Wang Yi y Choe Son Hui hablaron de la región durante su reunión del jueves.",
        "Ван И и Цой Сон Хи в ходе встречи в четверг обсудили ситуацию в регионе.",
    ],
    ids=["de-bei-ihrem-treffen", "fr-lors-de-leur-rencontre", "es-durante-su-reunion", "ru-v-hode-vstrechi"],
)
def test_the_people_of_a_clause_took_part_in_the_meeting_its_time_adverbial_names(facts, text):
    meeting = only(facts(text, "2026-04-10"), "meetings")
    assert sorted(meeting["participants"]) == ["Choe Son Hui", "Wang Yi"]


def test_a_person_outside_a_time_adverbial_that_names_its_own_people_is_not_at_that_meeting(facts):
    text = "During the meeting of Kim Jong Un and Xi Jinping on Thursday, Li Qiang said trade would grow."
    meetings = [sorted(m["participants"]) for m in facts(text, "2026-04-10")["meetings"]]
    assert meetings == [["Kim Jong Un", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy's trip follows talks in Pyongyang earlier in the month between Wang Yi, the long-serving head "
        "of Chinese diplomacy, and leader Kim Jong Un.",
        "Ce voyage suit les entretiens tenus à Pyongyang au début du mois entre Wang Yi, qui dirige depuis "
        "longtemps la diplomatie chinoise, et Kim Jong Un.",
    ],
    ids=["en", "fr"],
)
def test_a_meeting_between_two_people_whose_first_has_a_long_title_is_theirs(facts, text):
    meeting = only(facts(text, "2012-08-13"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Wang Yi"]
    assert (meeting["date"], meeting["place"]) == ("2012-08", "Pyongyang")


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi, who reached the North on Sunday, held talks with senior officials on trade, Hua Chunying said.",
        "Wang Yi s'est entretenu lundi à Pyongyang avec de hauts responsables, a déclaré Hua Chunying.",
        "Wang Yi se reunió el lunes en Pyongyang con altos funcionarios, dijo Hua Chunying.",
    ],
    ids=["en-x-said", "fr-a-declare-x", "es-dijo-x"],
)
def test_the_one_who_told_of_a_meeting_at_the_end_of_the_sentence_was_not_at_it(facts, text):
    assert facts(text, "2018-05-04")["meetings"] == []


def test_a_meeting_told_by_someone_at_the_end_of_the_sentence_keeps_its_two_people(facts):
    text = "Wang Yi met Kim Jong Un in the North Korean capital on Sunday, Hua Chunying said."
    assert sorted(only(facts(text, "2018-05-04"), "meetings")["participants"]) == ["Kim Jong Un", "Wang Yi"]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday evening Xi Jinping and his wife Peng Liyuan hosted a banquet for Kim Jong Un and his wife Ri Sol Ju.",
        "Xi Jinping y su esposa Peng Liyuan ofrecieron el martes un banquete a Kim Jong Un y su esposa Ri Sol Ju.",
        "Xi Jinping dan istrinya, Peng Liyuan, menggelar jamuan makan malam bagi Kim Jong Un dan istrinya, Ri Sol Ju.",
    ],
    ids=["en-his-wife", "es-su-esposa", "id-istrinya"],
)
def test_the_spouses_at_a_banquet_are_its_guests(facts, text):
    assert meetings(facts(text, "2019-01-09")) == [["Kim Jong Un", "Peng Liyuan", "Ri Sol Ju", "Xi Jinping"]]


def test_a_spouse_named_beside_talks_is_not_at_them(facts):
    text = "Xi Jinping held talks with Kim Jong Un, who came with his wife Ri Sol Ju, on Tuesday."
    assert meetings(facts(text, "2019-01-09")) == [["Kim Jong Un", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Kim Jong Un stood with Xi Jinping and Vladimir Putin at the parade, and later held separate "
        "talks with Putin.",
        "El miércoles Kim Jong Un estuvo con Xi Jinping y Vladimir Putin en el desfile, y luego se reunió con Putin.",
        "В среду Ким Чен Ын стоял на трибуне с Си Цзиньпином и Владимиром Путиным, а затем провёл переговоры с Путиным.",
    ],
    ids=["en-and-later-held", "es-y-luego-se-reunio", "ru-a-zatem-provyol"],
)
def test_talks_in_a_later_predicate_are_the_subjects_with_the_people_named_after_them(facts, text):
    assert meetings(facts(text, "2025-09-05")) == [["Kim Jong Un", "Vladimir Putin"]]


@pytest.mark.parametrize(
    "text",
    [
        "During a meeting with Li Qiang on Monday in Beijing, Choe Son Hui said ties would grow stronger.",
        "Durante una reunión con Li Qiang el lunes en Pekín, Choe Son Hui dijo que los lazos se estrecharán.",
        "Lors d'une rencontre avec Li Qiang lundi à Pékin, Choe Son Hui a déclaré que les liens se renforceraient.",
    ],
    ids=["en-during", "es-durante", "fr-lors-de"],
)
def test_the_speaker_of_a_sentence_opening_on_a_meeting_was_at_it(facts, text):
    """ "During a meeting with Li Qiang …, Choe said …": the sentence opens on the meeting its
    subject spoke at, so the meeting is Li's and Choe's, whatever Choe then said."""
    meeting = only(facts(text, "2025-09-30"), "meetings")
    assert (sorted(meeting["participants"]), meeting["date"], meeting["place"]) == (
        ["Choe Son Hui", "Li Qiang"],
        "2025-09-29",
        "Beijing",
    )


@pytest.mark.parametrize(
    "text",
    [
        "金成男国際部長は21日、北京で王滬寧政協主席と劉建超対外連絡部長と個別に会談した。",
        "Ким Сон Нам 21 марта отдельно провёл переговоры с Ван Хунином и Лю Цзяньчао в Пекине.",
    ],
    ids=["ja-kobetsu-ni", "ru-otdelno"],
)
def test_talks_held_one_by_one_are_a_meeting_with_each(facts, text):
    """ "個別に会談", "отдельно провёл переговоры": held separately, so one meeting with each."""
    meetings = sorted(sorted(m["participants"]) for m in facts(text, "2024-03-22")["meetings"])
    assert meetings == [["Kim Song Nam", "Liu Jianchao"], ["Kim Song Nam", "Wang Huning"]]


@pytest.mark.parametrize(
    "text",
    [
        "Dai Bingguo held talks with Kim Jong Il on Friday as the envoy entrusted by President Hu Jintao.",
        "Dai Bingguo, mandaté par Hu Jintao, a rencontré vendredi Kim Jong Il.",
        "Dai Bingguo, por encargo de Hu Jintao, se reunió el viernes con Kim Jong Il.",
        "По поручению Ху Цзиньтао Дай Бинго в пятницу встретился с Ким Чен Иром.",
        "Dai Bingguo traf am Freitag im Auftrag von Hu Jintao Kim Jong Il.",
        "戴秉国受胡锦涛委托，26日在大庆会见了金正日。",
    ],
    ids=[
        "en-entrusted-by",
        "fr-mandate-par",
        "es-por-encargo-de",
        "ru-po-porucheniyu",
        "de-im-auftrag-von",
        "zh-shou-weituo",
    ],
)
def test_the_one_on_whose_behalf_a_person_met_was_not_in_the_room(facts, text):
    """The leader who entrusted the envoy is named with the meeting but did not attend it; the names
    next to his in "По поручению Ху Цзиньтао Дай Бинго …" or "受胡锦涛委托" are not his role's."""
    assert meetings(facts(text, "2011-08-27")) == [["Dai Bingguo", "Kim Jong Il"]]


def test_names_joined_by_and_share_the_role_phrase_before_them(facts):
    # a guard on the rule above: a role phrase stops at the name before, unless "and" joins the two
    text = "Kim Jong Un met Xi Jinping on Monday and cited the wishes of Kim Il Sung and Kim Jong Il."
    assert meetings(facts(text, "2018-03-28")) == [["Kim Jong Un", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un met the Chinese delegation on Friday. The delegation, led by Li Hongzhong, had arrived in "
        "Pyongyang on Wednesday for the anniversary.",
        "Kim Jong Un mengadakan pertemuan dengan delegasi China pada hari Jumat. Delegasi yang dipimpin oleh "
        "Li Hongzhong itu sudah datang sejak hari Rabu.",
        "Kim Jong Un se reunió el viernes con la delegación china. Encabezada por Li Hongzhong, la delegación "
        "había llegado a Pyongyang el miércoles.",
    ],
    ids=["en-delegation-led-by", "id-dipimpin-oleh", "es-encabezada-por"],
)
def test_a_meeting_with_a_delegation_is_with_its_head_named_nearby(facts, text):
    """ "Kim met the Chinese delegation", its head named in the next sentence: the meeting is
    Kim's with the head."""
    meeting = only(facts(text, "2023-07-29"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Hongzhong"]
    assert meeting["date"] == "2023-07-28"


def test_a_delegation_of_another_country_is_not_led_by_the_head_named_nearby(facts):
    """The Chinese delegation's head does not lead the Russian delegation met the same week."""
    text = (
        "A Chinese delegation led by Li Hongzhong arrived in Pyongyang on Wednesday. "
        "Kim Jong Un met the Russian delegation on Wednesday."
    )
    assert facts(text, "2023-07-29")["meetings"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong-un mengadakan pertemuan dengan delegasi China.\nDelegasi tingkat tinggi China tiba di ibu kota "
        "Korea Utara pada Rabu untuk acara peringatan.",
        "Kim Jong Un se reunió con una delegación de China.\nUna delegación de alto nivel de China llegó a Pyongyang "
        "el miércoles para asistir al aniversario.",
    ],
    ids=["id-delegasi-tiba", "es-delegacion-llego"],
)
def test_a_delegation_that_arrives_is_not_the_last_subject_travelling(facts, text):
    """In a language that drops known subjects, a clause whose subject is a delegation is the
    delegation's trip, not one by the person the sentence before was about."""
    assert all(v["visitor"] != "Kim Jong Un" for v in facts(text, "2023-07-29")["visits"])


@pytest.mark.parametrize(
    "text",
    [
        "Hu Jintao and Kim Jong Il pledged closer ties. China and North Korea held a summit in Beijing on Wednesday, "
        "Xinhua said.",
        "후진타오 주석과 김정일 위원장이 협력 확대를 약속했다. 북·중 양국은 수요일 베이징에서 정상회담을 열었다.",
        "胡锦涛和金正日承诺加强合作。中朝两国5日在北京举行了峰会。",
    ],
    ids=["en-two-countries-held-a-summit", "ko-bukjung-yangguk", "zh-zhongchao-liangguo"],
)
def test_a_summit_of_two_countries_is_the_meeting_of_their_leaders_named_before(facts, text):
    """A summit whose parties the clause names as two countries ("북·중 양국은 … 정상회담") is
    the meeting of the leaders the article named for them."""
    meetings = facts(text, "2010-05-07")["meetings"]
    assert [sorted(m["participants"]) for m in meetings] == [["Hu Jintao", "Kim Jong Il"]]
    assert meetings[0]["date"] == "2010-05-05"


def test_a_summit_of_two_countries_needs_their_leaders_named(facts):
    """With nobody of one of the two countries named, nobody is put in the room."""
    text = "Kim Jong Il was in Beijing. China and North Korea held a summit on Wednesday."
    assert facts(text, "2010-05-07")["meetings"] == []
