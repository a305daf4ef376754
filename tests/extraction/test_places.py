"""Places (error class 4): the venue or city of the event, not a departure airport, a nationality or a war.

Each text is our own, written in the style of the reporting it stands for."""

from .helpers import only


def test_arrival_without_a_place_goes_to_the_dateline_city(facts):
    text = "PYONGYANG, Jan. 24 — Wang Jiarui, who arrived on Wednesday, delivered a letter to Kim Jong Il."
    visit = only(facts(text, "2009-01-24"), "visits")
    assert (visit["visitor"], visit["destination"], visit["date"]) == ("Wang Jiarui", "Pyongyang", "2009-01-21")
