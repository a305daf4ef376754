"""Trade (error class 8): the direction from verbs and prepositions, HS headings and chapters, bans and caps, values and quantities.

Each text is our own, written in the style of the reporting it stands for."""


def test_goods_banned_with_an_indonesian_verb_are_banned(facts):
    text = "Resolusi itu melarang ekspor batu bara dan besi Korea Utara."
    items = facts(text, "2017-08-07")["trade_items"]
    assert {(t["commodity"], t["exporter"], t["status"]) for t in items} >= {("coal", "KP", "banned")}


def test_a_nationality_word_names_the_exporter(facts):
    text = "Chinese exports to North Korea were mostly soybean oil and sugar."
    items = facts(text, "2024-02-01")["trade_items"]
    assert {(t["hs_code"][:4], t["exporter"]) for t in items} == {("1507", "CN"), ("1701", "CN")}
