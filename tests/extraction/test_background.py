"""Background (error class 1): an earlier event recalled ("since Hu Jintao's visit in 2005") is a past fact with its own date, or nothing; never a new event on the article's day.

Each text is our own, written in the style of the reporting it stands for."""

from .helpers import only


def test_a_year_after_since_is_a_reference_not_the_visit_date(facts):
    text = "Jiang Zemin arrived in Pyongyang on Monday, the first Chinese head of state to visit since 1992."
    visit = only(facts(text, "2001-09-04"), "visits")
    assert visit["date"] == "2001-09-03"


def test_a_korean_since_phrase_is_a_reference_not_a_visit_date(facts):
    text = "리잔수 위원장이 9일 평양에 도착했다. 그는 2011년 말 김정은 위원장 집권 이후 평양을 방문한 최고위급 중국 인사다."
    visits = facts(text, "2018-09-10")["visits"]
    assert [v["date"] for v in visits] == ["2018-09-09"]
