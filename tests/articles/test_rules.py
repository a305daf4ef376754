"""Rules found by reading whole wire reports: datelines, ranges, roles, references, sanctions.

Each text is our own sentence in the style of a wire report; each test names one rule."""

import pytest

pytestmark = pytest.mark.django_db


def _only(record, key):
    facts = record[key]
    assert len(facts) == 1, facts
    return facts[0]


def test_dateline_date_and_city_do_not_date_or_place_the_event(extract_json):
    text = "PYONGYANG, Oct. 6 — Chinese Premier Wen Jiabao held talks with Kim Jong Il in Pyongyang on Monday."
    meeting = _only(extract_json(text, "2009-10-06"), "meetings")
    assert meeting["date"] == "2009-10-05" and meeting["place"] == "Pyongyang"


def test_arrival_without_a_place_goes_to_the_dateline_city(extract_json):
    text = "PYONGYANG, Jan. 24 — Wang Jiarui, who arrived on Wednesday, delivered a letter to Kim Jong Il."
    visit = _only(extract_json(text, "2009-01-24"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Wang Jiarui", "Pyongyang", "2009-01-21")


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("북한의 김정일 국방위원장이 19일부터 21일까지 중국을 비공식 방문했다.", "2004-04-22", "2004-04-19"),
        ("Kim Jong Il paid an unofficial visit to China from 20 to 26 May.", "2011-05-27", "2011-05-20"),
        ("Kim Jong Il melakukan kunjungan tidak resmi ke China pada 3–7 Mei.", "2010-05-08", "2010-05-03"),
    ],
    ids=["ko", "en", "id-unofficial-is-not-negation"],
)
def test_a_date_range_dates_the_visit_by_its_first_day(extract_json, text, published, date):
    assert _only(extract_json(text, published), "visits")["date"] == date


def test_a_departure_day_dates_the_trip_only_to_its_month(extract_json):
    text = "Chinese President Xi Jinping left Pyongyang on Friday after a two-day state visit."
    assert _only(extract_json(text, "2019-06-22"), "visits")["date"] == "2019-06"


def test_the_sender_of_a_letter_is_not_at_the_meeting(extract_json):
    text = "Choe Ryong Hae met Xi Jinping in Beijing on Friday and handed over a personal letter from Kim Jong Un."
    meeting = _only(extract_json(text, "2013-05-25"), "meetings")
    assert sorted(meeting["participants"]) == ["Choe Ryong Hae", "Xi Jinping"]


def test_a_year_after_since_is_a_reference_not_the_visit_date(extract_json):
    text = "Jiang Zemin arrived in Pyongyang on Monday, the first Chinese head of state to visit since 1992."
    visit = _only(extract_json(text, "2001-09-04"), "visits")
    assert visit["date"] == "2001-09-03"


def test_may_followed_by_a_year_is_a_month_not_a_possibility(extract_json):
    text = "Kim Jong Il visited China in May 2000 for talks."
    visit = _only(extract_json(text, "2001-01-20"), "visits")
    assert (visit["date"], visit["status"]) == ("2000-05", "reported")


def test_an_expected_meeting_is_not_reported_as_held(extract_json):
    text = "Xi Jinping was expected to meet Donald Trump in Osaka next week."
    assert extract_json(text, "2019-06-21")["meetings"] == []


def test_goods_banned_with_an_indonesian_verb_are_banned(extract_json):
    text = "Resolusi itu melarang ekspor batu bara dan besi Korea Utara."
    items = extract_json(text, "2017-08-07")["trade_items"]
    assert {(t["commodity"], t["exporter"], t["status"]) for t in items} >= {("coal", "KP", "banned")}


def test_a_nationality_word_names_the_exporter(extract_json):
    text = "Chinese exports to North Korea were mostly soybean oil and sugar."
    items = extract_json(text, "2024-02-01")["trade_items"]
    assert {(t["hs_code"][:4], t["exporter"]) for t in items} == {("1507", "CN"), ("1701", "CN")}


def test_chinese_names_in_hangul_resolve_with_a_two_syllable_surname(extract_json):
    text = "자오러지 중국 전인대 상무위원장이 11일 평양에 도착했다. 자오 위원장은 최룡해와 회담했다."
    record = extract_json(text, "2024-04-12")
    meeting = _only(record, "meetings")
    assert sorted(meeting["participants"]) == ["Choe Ryong Hae", "Zhao Leji"]


def test_a_sentence_opening_pronoun_is_the_previous_sentences_subject(extract_json):
    text = "Zhao Leji is the third-ranking official of China. He arrived in Pyongyang on Thursday."
    visit = _only(extract_json(text, "2024-04-12"), "visits")
    assert (visit["visitor"], visit["date"]) == ("Zhao Leji", "2024-04-11")


def test_the_anniversary_of_a_signing_is_not_a_new_agreement(extract_json):
    text = "Li Yuanchao attended the anniversary of the signing of the armistice with Kim Jong Un."
    assert extract_json(text, "2013-07-28")["agreements"] == []


def test_a_later_mention_of_the_visit_is_not_a_second_visit(extract_json):
    text = "Kim Jong Il arrived in Beijing on Monday. During the visit, Hu Jintao held talks with Kim in the Great Hall of the People."
    record = extract_json(text, "2006-01-18")
    visit = _only(record, "visits")
    assert (visit["destination"], visit["date"]) == ("Beijing", "2006-01-16")


def test_korean_letter_sender_after_a_title_is_not_at_the_meeting(extract_json):
    text = "김정은 위원장은 10일 평양에서 리잔수 위원장을 만나 시진핑 주석의 친서를 받았다."
    meeting = _only(extract_json(text, "2018-09-11"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Zhanshu"]


def test_a_korean_since_phrase_is_a_reference_not_a_visit_date(extract_json):
    text = "리잔수 위원장이 9일 평양에 도착했다. 그는 2011년 말 김정은 위원장 집권 이후 평양을 방문한 최고위급 중국 인사다."
    visits = extract_json(text, "2018-09-10")["visits"]
    assert [v["date"] for v in visits] == ["2018-09-09"]


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
def test_an_arrival_a_day_after_which_dates_the_trip_from_the_later_event(extract_json, text, published, arrival):
    assert _only(extract_json(text, published), "visits")["date"] == arrival


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Xi Jinping separately met Choe Ryong Hae and Kim Song Nam in Beijing on Tuesday.", "2024-04-12"),
        ("习近平11日在北京分别会见了崔龙海和金成男。", "2024-04-12"),
        ("시진핑 주석은 9일 베이징에서 최룡해와 김성남을 각각 접견했다.", "2024-04-12"),
    ],
    ids=["en-separately", "zh-fenbie", "ko-gakgak"],
)
def test_separate_meetings_are_one_fact_per_guest(extract_json, text, published):
    meetings = extract_json(text, published)["meetings"]
    assert sorted(sorted(m["participants"]) for m in meetings) == [
        ["Choe Ryong Hae", "Xi Jinping"],
        ["Kim Song Nam", "Xi Jinping"],
    ]


def test_days_listed_together_date_one_meeting_not_recalled_events(extract_json):
    text = "Kim Jong Un and Xi Jinping met in Dalian on Monday and Tuesday."
    meeting = _only(extract_json(text, "2018-05-09"), "meetings")
    assert meeting["date"] == "2018-05-07" and meeting["place"] == "Dalian"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Wen Jiabao was welcomed by Kim Jong Il at Pyongyang airport on Sunday.", "2009-10-06", "2009-10-04"),
        ("Wang Yi disambut oleh Choe Son Hui di Pyongyang pada hari Kamis.", "2024-09-27", "2024-09-26"),
    ],
    ids=["en-welcomed-by", "id-disambut-oleh"],
)
def test_a_passive_welcome_is_a_meeting(extract_json, text, published, date):
    meeting = _only(extract_json(text, published), "meetings")
    assert len(meeting["participants"]) == 2 and meeting["date"] == date


def test_a_later_clause_with_one_person_continues_the_subject(extract_json):
    text = "Deng Xiaoping disambut oleh Ri Jong Ok, kemudian diterima oleh Kim Il Sung pada hari Jumat."
    meetings = extract_json(text, "1978-09-10")["meetings"]
    assert sorted(sorted(m["participants"]) for m in meetings) == [
        ["Deng Xiaoping", "Kim Il Sung"],
        ["Deng Xiaoping", "Ri Jong Ok"],
    ]


def test_the_speaker_who_reports_a_meeting_is_not_in_it(extract_json):
    text = "Xi Jinping said on Tuesday that Wang Yi had met Ri Yong Ho in Beijing."
    meeting = _only(extract_json(text, "2019-01-10"), "meetings")
    assert sorted(meeting["participants"]) == ["Ri Yong Ho", "Wang Yi"]


def test_an_indonesian_dia_opening_a_sentence_is_the_person_just_named(extract_json):
    text = "Zhao Leji tiba di Pyongyang pada hari Kamis. Dia bertemu dengan Choe Ryong Hae pada hari Jumat."
    meeting = _only(extract_json(text, "2024-04-12"), "meetings")
    assert sorted(meeting["participants"]) == ["Choe Ryong Hae", "Zhao Leji"] and meeting["date"] == "2024-04-12"


@pytest.mark.parametrize(
    "text",
    [
        "习近平20日抵达平壤。朝鲜劳动党委员长金正恩在机场迎接。两国领导人当天举行会谈。",
        "習近平国家主席は20日、平壌に到着した。金正恩委員長が空港で出迎えた。両首脳は同日、会談した。",
    ],
    ids=["zh-yingjie-then-two-leaders", "ja-demukae-then-two-leaders"],
)
def test_a_welcome_and_the_two_leaders_talks_are_one_meeting_of_the_visitor_and_host(extract_json, text):
    meeting = _only(extract_json(text, "2019-06-21"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Xi Jinping"] and meeting["date"] == "2019-06-20"


def test_a_word_cut_between_two_triggers_is_not_read_as_a_negation(extract_json):
    # "с неофициальным визитом": cutting the clause inside "неофициальным" left "не" (not) at its end
    text = "Ким Чен Ын посетил Пекин с неофициальным визитом в понедельник."
    visit = _only(extract_json(text, "2018-03-28"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Kim Jong Un", "Beijing")


def test_an_aged_role_description_resolves_to_that_countrys_leader(extract_json):
    text = (
        "Kim Jong Un held talks with Xi Jinping in Beijing on Monday. "
        "The 34-year-old North Korean leader also met Li Keqiang on Tuesday."
    )
    meetings = extract_json(text, "2018-03-28")["meetings"]
    assert ["Kim Jong Un", "Li Keqiang"] in [sorted(m["participants"]) for m in meetings]


def test_the_states_and_the_people_who_signed_for_them_are_one_agreement(extract_json):
    text = (
        "China and North Korea signed a treaty of friendship in Beijing on Tuesday. "
        "Premier Zhou Enlai and Premier Kim Il Sung signed the treaty."
    )
    agreement = _only(extract_json(text, "1961-07-12"), "agreements")
    assert sorted(agreement["signatories"]) == ["Kim Il Sung", "Zhou Enlai"] and agreement["date"] == "1961-07-11"


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
def test_an_arrival_the_day_before_is_dated_a_day_before_the_story(extract_json, text, arrival):
    assert _only(extract_json(text, "1961-07-12"), "visits")["date"] == arrival


def test_named_negotiations_are_not_a_meeting_of_the_people_in_the_sentence(extract_json):
    text = "Xi Jinping told Choe Ryong Hae that all parties should restart the six-party talks."
    assert extract_json(text, "2013-05-24")["meetings"] == []


def test_a_plan_in_a_relative_clause_does_not_make_the_trip_planned(extract_json):
    text = (
        "Zhou Enlai left Pyongyang on Friday after a week-long visit during which both sides announced that the "
        "volunteers would leave Korea."
    )
    visit = _only(extract_json(text, "1958-02-22"), "visits")
    assert visit["status"] == "reported"


def test_a_proposed_meeting_is_not_reported_as_held(extract_json):
    text = "Kim Jong Un discussed a proposed meeting with Donald Trump."
    assert extract_json(text, "2018-03-28")["meetings"] == []


def test_may_inside_a_sentence_is_the_month_not_a_possibility(extract_json):
    text = "Kim Jong Il held talks with Hu Jintao in Beijing on 25 May, Xinhua said."
    meeting = _only(extract_json(text, "2011-05-27"), "meetings")
    assert sorted(meeting["participants"]) == ["Hu Jintao", "Kim Jong Il"] and meeting["date"] == "2011-05-25"


def test_the_traveller_is_the_subject_not_the_sender_named_after_the_verb(extract_json):
    text = (
        "Choe Ryong Hae, a vice marshal and director of the army's political bureau, arrived on Wednesday as the "
        "first special envoy Kim Jong Un has sent to China."
    )
    assert _only(extract_json(text, "2013-05-24"), "visits")["visitor"] == "Choe Ryong Hae"


def test_talks_during_a_several_day_visit_with_no_day_of_their_own_are_dated_to_the_month(extract_json):
    text = (
        "Kim Jong Un arrived in Beijing on Sunday for a four-day visit. "
        "Kim Jong Un held talks with Xi Jinping at the Great Hall of the People."
    )
    meeting = _only(extract_json(text, "2018-03-28"), "meetings")
    assert meeting["date"] == "2018-03" and meeting["date_precision"] == "month"


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Leji arrived in Pyongyang on Thursday for a three-day visit and held talks the same day with Choe Ryong Hae.",
        "赵乐际11日抵达平壤，开始为期3天的访问。当天，赵乐际同崔龙海举行会谈。",
    ],
    ids=["en-the-same-day", "zh-dangtian"],
)
def test_the_same_day_keeps_the_day_even_within_a_several_day_visit(extract_json, text):
    meeting = _only(extract_json(text, "2024-04-12"), "meetings")
    assert meeting["date"] == "2024-04-11"


def test_a_korean_special_representative_of_a_leader_does_not_bring_the_leader_to_the_meeting(extract_json):
    text = "김정은 국무위원장이 9일 평양에서 시진핑 중국 국가주석의 특별대표로 방북한 리잔수 위원장을 만났다."
    meeting = _only(extract_json(text, "2018-09-10"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Zhanshu"]


def test_a_title_written_onto_a_korean_name_still_names_the_person(extract_json):
    # North Korean style writes the title onto the name: "리강총리", "김정은동지께서는"
    text = "김정은동지께서는 4월 14일 평양에서 리강총리를 만나 담화를 하시였다."
    meeting = _only(extract_json(text, "2025-04-15"), "meetings")
    assert sorted(meeting["participants"]) == ["Kim Jong Un", "Li Qiang"]
