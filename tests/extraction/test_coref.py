"""People named again (coreference): surnames, titles, pronouns, dropped subjects and role descriptions resolve to a person already named.

Each text is our own, written in the style of the reporting it stands for."""

import pytest

from .helpers import only


def test_chinese_names_in_hangul_resolve_with_a_two_syllable_surname(facts):
    text = "자오러지 중국 전인대 상무위원장이 11일 평양에 도착했다. 자오 위원장은 최룡해와 회담했다."
    record = facts(text, "2024-04-12")
    meeting = only(record, "meetings")
    assert sorted(meeting["participants"]) == ["Choe Ryong Hae", "Zhao Leji"]


def test_a_sentence_opening_pronoun_is_the_previous_sentences_subject(facts):
    text = "Zhao Leji is the third-ranking official of China. He arrived in Pyongyang on Thursday."
    visit = only(facts(text, "2024-04-12"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Zhao Leji", "2024-04-11")


def test_an_indonesian_dia_opening_a_sentence_is_the_person_just_named(facts):
    text = "Zhao Leji tiba di Pyongyang pada hari Kamis. Dia bertemu dengan Choe Ryong Hae pada hari Jumat."
    meeting = only(facts(text, "2024-04-12"), "meetings")
    assert sorted(meeting["participants"]) == ["Choe Ryong Hae", "Zhao Leji"] and meeting["date"] == "2024-04-12"


def test_an_aged_role_description_resolves_to_that_countrys_leader(facts):
    text = (
        "Kim Jong Un held talks with Xi Jinping in Beijing on Monday. "
        "The 34-year-old North Korean leader also met Li Keqiang on Tuesday."
    )
    meetings = facts(text, "2018-03-28")["meetings"]
    assert ["Kim Jong Un", "Li Keqiang"] in [sorted(m["participants"]) for m in meetings]


def test_a_title_written_onto_a_korean_name_still_names_the_person(facts):
    # North Korean style writes the title onto the name: "리강총리", "김정은동지께서는"
    text = "김정은동지께서는 4월 14일 평양에서 리강총리를 만나 담화를 하시였다."
    meeting = only(facts(text, "2025-04-15"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Qiang"]


def test_a_pronoun_after_an_opening_time_adverbial_is_the_previous_sentences_subject(facts):
    for text in (
        "Kim Jong Un arrived in Beijing on Tuesday. On Wednesday he held talks with Vladimir Putin.",
        "Kim Jong Un tiba di Beijing pada hari Selasa. Pada hari Rabu ia mengadakan pembicaraan dengan Vladimir Putin.",
    ):
        meeting = only(facts(text, "2025-09-05"), "meetings")
        assert sorted(meeting["participants"]) == ["Kim Jong Un", "Vladimir Putin"], text


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un arrived in Beijing by train on September 2. After the parade, he sat down for talks with "
        "Vladimir Putin.",
        "Ким Чен Ын приехал в Пекин 2 сентября. После парада он встретился с Владимиром Путиным.",
    ],
    ids=["en-after-the-parade-he", "ru-posle-parada-on"],
)
def test_he_after_an_opening_after_the_event_is_the_last_sentences_subject(facts, text):
    """ "After the parade, he sat down …", "После парада он встретился …": the pronoun is the person the
    story was about; the talks followed another event, so they are not dated by the arrival."""
    record = facts(text, "2025-09-04")
    talks = [m for m in record["meetings"] if "Vladimir Putin" in m["participants"]]
    assert [(sorted(m["participants"]), m["date"]) for m in talks] == [(["Kim Jong Un", "Vladimir Putin"], "2025-09")]


@pytest.mark.parametrize(
    "text",
    [
        "胡錦濤総書記は平壌入りし、金正日総書記と首脳会談を行った。金総書記は空港で胡総書記を出迎えた。",
        "胡锦涛总书记28日在平壤同金正日总书记举行会谈。胡总书记在机场发表讲话。",
    ],
)
def test_a_surname_before_general_secretary_is_the_person_not_a_new_name(facts, text):
    # Japanese writes 総書記 (Chinese 总书记): "金総書記" is 金 and the title, never a person "金総"
    record = facts(text, "2005-10-29")
    assert not [a for a in record["actors"] if a.get("candidate")], record["actors"]
    assert {a["name"]: a["mentions"] for a in record["actors"]}["Hu Jintao"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮の金正恩総書記は21日、平壌で演説した。金正恩総書記は中朝友好を強調した。"
        "同日、金成男国際部長が北京に到着した。金部長は22日に王滬寧氏と会談した。",
        "김정은 총비서는 21일 평양에서 연설했다. 김정은 총비서는 중국과의 친선을 강조했다. "
        "같은 날 김성남 국제부장이 베이징에 도착했다. 김 부장은 22일 왕후닝 주석과 회담했다.",
    ],
)
def test_surname_and_title_are_the_person_named_with_that_title(facts, text):
    # two Kims named in full: "金部長" / "김 부장" is the one introduced as 国際部長, though the
    # other is named more often
    meeting = only(facts(text, "2024-03-23"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Song Nam", "Wang Huning"]
    assert meeting["date"] == "2024-03-22"


@pytest.mark.parametrize(
    "text",
    [
        "Beijing, China. Xi Jinping hosted Kim Jong Un in Beijing on Thursday. Kim had arrived on Tuesday with his "
        "daughter Kim Ju Ae. Kim met Vladimir Putin on Wednesday.",
        "Peking, China. Xi Jinping empfing Kim Jong Un am Donnerstag in Peking. Kim war am Dienstag mit seiner "
        "Tochter Kim Ju Ae eingetroffen. Kim traf am Mittwoch Wladimir Putin.",
    ],
    ids=["en", "de"],
)
def test_a_surname_already_used_for_one_person_still_means_them_after_a_namesake(facts, text):
    # "Kim" stood for Kim Jong Un before his daughter was named: it still does; and the lede is
    # the first sentence that names someone, not the dateline line
    meetings = facts(text, "2025-09-05")["meetings"]
    assert ["Kim Jong Un", "Vladimir Putin"] in [sorted(m["participants"]) for m in meetings]


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜外务相崔善姬27日抵达北京。28日，该朝鲜官员先后会见了国务院总理李强和外交部长王毅。",
        "Choe Son Hui arrived in Beijing on Saturday. On Sunday the North Korean diplomat held talks with Li Qiang "
        "and Wang Yi.",
        "Choe Son Hui llegó el sábado a Pekín. El domingo la diplomática norcoreana se reunió con Li Qiang y Wang Yi.",
    ],
    ids=["zh", "en", "es"],
)
def test_this_north_korean_official_is_the_north_korean_named_last(facts, text):
    # "该朝鲜官员", "the North Korean diplomat": the last person of that country named, who met each
    meetings = sorted(sorted(m["participants"]) for m in facts(text, "2025-09-30")["meetings"])
    assert meetings == [["Choe Son Hui", "Li Qiang"], ["Choe Son Hui", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        "Choe Ryong Hae, a special envoy of leader Kim Jong Un, arrived on Wednesday in Peking. "
        "The envoy met Wang Jiarui shortly after landing.",
        "A special envoy of leader Kim Jong Un reached Peking on Wednesday. The envoy met Wang Jiarui "
        "shortly after landing. State media said Choe Ryong Hae had gone to China as special envoy of the leader.",
        "Choe Ryong Hae, enviado especial de Kim Jong Un, llegó el miércoles a Pekín. "
        "El enviado se reunió con Wang Jiarui poco después.",
        "Choe Ryong Hae, Sondergesandter von Kim Jong Un, traf in Peking am Mittwoch ein. "
        "Der Gesandte kam kurz danach mit Wang Jiarui zusammen.",
    ],
    ids=["en-apposition", "en-named-later-as", "es-el-enviado", "de-der-gesandte"],
)
def test_the_envoy_is_the_person_named_as_envoy_not_the_one_who_sent_him(facts, text):
    meeting = only(facts(text, "2013-05-23"), "meetings")
    assert set(meeting["participants"]) == {"Choe Ryong Hae", "Wang Jiarui"}


@pytest.mark.parametrize(
    "text",
    [
        "Choe Son Hui, who had seen off Kim Yong Chol at the airport a week earlier, arrived in Beijing on Saturday. "
        "On Sunday the North Korean diplomat held talks with Wang Yi.",
        "崔善姬27日抵达北京，同行的还有金英哲的一名助手。28日，该朝鲜官员与王毅举行了会谈。",
        "Choe Son Hui, que una semana antes había despedido a Kim Yong Chol en el aeropuerto, llegó el sábado a Pekín. "
        "El domingo la diplomática norcoreana se reunió con Wang Yi.",
    ],
    ids=["en", "zh", "es"],
)
def test_this_official_is_the_one_a_sentence_was_about_not_one_named_in_passing(facts, text):
    # Kim Yong Chol is named last, but only in passing: the official is the traveller sentences open with
    meetings = [sorted(m["participants"]) for m in facts(text, "2025-09-29")["meetings"]]
    assert ["Choe Son Hui", "Wang Yi"] in meetings
    assert not any("Kim Yong Chol" in m and "Wang Yi" in m for m in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Vice President Xi Jinping arrived in Pyongyang on June 17. The vice president met Kim Jong Il a day later.",
        "Der chinesische Vizepräsident Xi Jinping traf am 17. Juni in Pjöngjang ein. Der Vizepräsident kam am Tag darauf "
        "mit Kim Jong Il zusammen.",
        "Вице-президент Китая Си Цзиньпин прибыл в Пхеньян 17 июня. На следующий день вице-президент КНР встретился с "
        "Ким Чен Иром.",
    ],
    ids=["en", "de", "ru"],
)
def test_the_vice_president_is_the_vice_president_named_before(facts, text):
    meetings = [sorted(m["participants"]) for m in facts(text, "2008-06-19")["meetings"]]
    assert meetings == [["Kim Jong Il", "Xi Jinping"]]


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji arrived in Pyongyang on Thursday. Choe Ryong Hae received him on Friday.",
        "Zhao Leji llegó el jueves a Pyongyang. Choe Ryong Hae lo recibió el viernes.",
        "Zhao Leji est arrivé jeudi à Pyongyang. Choe Ryong Hae l'a reçu vendredi.",
        "Zhao Leji traf am Donnerstag in Pjöngjang ein. Choe Ryong Hae empfing ihn am Freitag.",
        "Чжао Лэцзи прибыл в Пхеньян в четверг. Чхве Рён Хэ принял его в пятницу.",
        "Zhao Leji tiba di Pyongyang pada hari Kamis. Choe Ryong Hae menerimanya pada hari Jumat.",
        "자오러지 위원장이 11일 평양에 도착했다. 최룡해는 12일 그를 접견했다.",
    ],
    ids=["en-him", "es-lo", "fr-l-a", "de-ihn", "ru-ego", "id-nya", "ko-geureul"],
)
def test_the_object_pronoun_of_a_verb_of_receiving_is_the_previous_sentences_subject(facts, text):
    """ "Choe received him on Friday": the one received is the person the last sentence opened with."""
    meeting = only(facts(text, "2024-04-13"), "meetings")
    assert (sorted(meeting["participants"]), meeting["date"]) == (["Choe Ryong Hae", "Zhao Leji"], "2024-04-12")


def test_her_before_a_noun_is_no_object_pronoun(facts):
    text = "Peng Liyuan arrived in Pyongyang on Thursday. Ri Sol Ju met her delegation's interpreters on Friday."
    assert facts(text, "2019-06-22")["meetings"] == []


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Си Цзиньпин встретился с Ким Чен Ыном. Председатель КНР в среду также принял Чхве Рён Хэ.",
            ["Choe Ryong Hae", "Xi Jinping"],
        ),
        (
            "Li Qiang held talks with Kim Jong Un. North Korea's leader also received Zhao Leji on Wednesday.",
            ["Kim Jong Un", "Zhao Leji"],
        ),
        ("리창 총리는 김정은과 회담했다. 북한 최고지도자는 수요일 자오러지도 접견했다.", ["Kim Jong Un", "Zhao Leji"]),
    ],
    ids=["ru-predsedatel-knr", "en-north-koreas-leader", "ko-bukhan-choegojidoja"],
)
def test_a_description_holding_a_country_name_resolves_to_that_countrys_leader(facts, text, pair):
    """ "Председатель КНР", "North Korea's leader": the country word inside the description is part
    of it, not a mention of its own that hides the description."""
    assert pair in [sorted(m["participants"]) for m in facts(text, "2023-09-28")["meetings"]]


def test_a_description_right_after_a_name_and_its_parenthesis_is_that_name_only(facts):
    # (a guard: before descriptions holding a country name were read, this one was not read at all)
    text = "김정은 위원장은 평양에서 시진핑(習近平) 중국 국가주석을 맞이해 만찬을 베풀었다."
    record = facts(text, "2019-06-21")
    # his name in Hangul and in Han characters; the description adds no third mention
    assert [a["mentions"] for a in record["actors"] if a["name"] == "Xi Jinping"] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Ri Yong Ho held talks with his Chinese counterpart in Beijing on Friday. Wang Yi said the talks were useful.",
        "Ri Yong Ho a eu vendredi à Pékin un entretien avec son homologue chinois. Wang Yi a salué ces échanges.",
        "Ri Yong Ho se reunió el viernes en Pekín con su homólogo chino. Wang Yi calificó la reunión de útil.",
        "Ri Yong Ho traf am Freitag in Peking seinen chinesischen Amtskollegen. Wang Yi nannte das Gespräch nützlich.",
        "Ли Ён Хо в пятницу в Пекине провёл переговоры со своим китайским коллегой. Ван И назвал их полезными.",
    ],
    ids=["en-counterpart", "fr-homologue", "es-homologo", "de-amtskollege", "ru-kollega"],
)
def test_a_counterpart_is_the_holder_of_the_same_office_in_the_other_country(facts, text):
    """ "His Chinese counterpart" of a foreign minister is China's foreign minister on that day,
    though the article names him only later."""
    meeting = only(facts(text, "2018-12-08"), "meetings")
    assert sorted(meeting["participants"]) == ["Ri Yong Ho", "Wang Yi"]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the North Korean foreign minister held talks in Beijing with his Chinese counterpart. "
        "Ri Yong Ho told Wang Yi that ties were unshakable.",
        "Dimanche à Pékin, le ministre nord-coréen des Affaires étrangères a rencontré son homologue chinois. "
        "Ri Yong Ho et Wang Yi ont parlé de coopération.",
    ],
    ids=["en-lede", "fr-lede"],
)
def test_a_lede_office_phrase_is_the_holder_the_article_names_next(facts, text):
    """A lede that names people by office before any name ("the North Korean foreign minister
    held talks with his Chinese counterpart") speaks of the holders the next sentences name."""
    meeting = only(facts(text, "2018-12-10"), "meetings")
    assert sorted(meeting["participants"]) == ["Ri Yong Ho", "Wang Yi"]
    assert meeting["date"] == "2018-12-09"


def test_an_office_phrase_after_a_name_still_looks_back_only(facts):
    """Once someone is named, "the premier" is the premier named before; a premier named later
    in the article is not who the phrase meant."""
    text = (
        "Kim Jong Un met Xi Jinping in Beijing on Tuesday. The Chinese premier did not attend. "
        "Li Qiang later met Choe Son Hui."
    )
    record = facts(text, "2025-09-03")
    assert ["Kim Jong Un", "Xi Jinping"] in [sorted(m["participants"]) for m in record["meetings"]]
    assert all("Li Qiang" not in m["participants"] or "Choe Son Hui" in m["participants"] for m in record["meetings"])
