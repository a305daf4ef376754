"""Participants (error class 2): the people in the room, not the sender of a letter, the leader an envoy speaks for, the speaker who reports it or a person compared with.

Each text is our own, written in the style of the reporting it stands for."""

from .helpers import only


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
