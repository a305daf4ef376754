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


def test_a_departure_day_dates_the_trip_only_to_its_month(facts):
    text = "Chinese President Xi Jinping left Pyongyang on Friday after a two-day state visit."
    assert only(facts(text, "2019-06-22"), "visits")["date"] == "2019-06"


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
