"""Agreements (error class 7): who signed, the title and topics in English, and what is not an agreement.

Each text is our own, written in the style of the reporting it stands for."""

from .helpers import only


def test_the_anniversary_of_a_signing_is_not_a_new_agreement(facts):
    text = "Li Yuanchao attended the anniversary of the signing of the armistice with Kim Jong Un."
    assert facts(text, "2013-07-28")["agreements"] == []


def test_the_states_and_the_people_who_signed_for_them_are_one_agreement(facts):
    text = (
        "China and North Korea signed a treaty of friendship in Beijing on Tuesday. "
        "Premier Zhou Enlai and Premier Kim Il Sung signed the treaty."
    )
    agreement = only(facts(text, "1961-07-12"), "agreements")
    assert sorted(agreement["signatories"]) == ["Kim Il Sung", "Zhou Enlai"] and agreement["date"] == "1961-07-11"
