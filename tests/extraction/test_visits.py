"""Visits (error class 5): the traveller is the visitor, the host is not, and a visit mentioned again is not a second one.

Each text is our own, written in the style of the reporting it stands for."""

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
