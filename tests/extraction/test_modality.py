"""Modality (error class 6): what is expected, planned, invited, proposed or denied is not reported as having happened.

Each text is our own, written in the style of the reporting it stands for."""

from .helpers import only


def test_an_expected_meeting_is_not_reported_as_held(facts):
    text = "Xi Jinping was expected to meet Donald Trump in Osaka next week."
    assert facts(text, "2019-06-21")["meetings"] == []


def test_a_word_cut_between_two_triggers_is_not_read_as_a_negation(facts):
    # "с неофициальным визитом": cutting the clause inside "неофициальным" left "не" (not) at its end
    text = "Ким Чен Ын посетил Пекин с неофициальным визитом в понедельник."
    visit = only(facts(text, "2018-03-28"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Kim Jong Un", "Beijing")


def test_a_plan_in_a_relative_clause_does_not_make_the_trip_planned(facts):
    text = (
        "Zhou Enlai left Pyongyang on Friday after a week-long visit during which both sides announced that the "
        "volunteers would leave Korea."
    )
    visit = only(facts(text, "1958-02-22"), "visits")
    assert visit["status"] == "reported"


def test_a_proposed_meeting_is_not_reported_as_held(facts):
    text = "Kim Jong Un discussed a proposed meeting with Donald Trump."
    assert facts(text, "2018-03-28")["meetings"] == []
