"""The pure extraction package: no database, a small hand-made gazetteer."""

import pytest

from articles.extraction import CHUNK_CHARS, Gazetteer, GazetteerEntry, detect_language, extract

GAZ = Gazetteer(
    entries=(
        GazetteerEntry(
            "actor:1",
            "PERSON",
            "Kim Jong Un",
            ("Kim Jong-un", "김정은", "金正恩", "Ким Чен Ын", "キム・ジョンウン"),
            "KP",
        ),
        GazetteerEntry("actor:2", "PERSON", "Xi Jinping", ("시진핑", "习近平", "習近平", "Си Цзиньпин"), "CN"),
        GazetteerEntry("actor:3", "PERSON", "Li Qiang", ("리창", "李强", "李強"), "CN"),
        GazetteerEntry("actor:4", "ORG", "Korean Central News Agency", ("KCNA", "조선중앙통신")),
        GazetteerEntry("place:1", "PLACE", "Pyongyang", ("평양", "平壤", "Пхеньян")),
        GazetteerEntry("place:2", "PLACE", "Great Hall of the People", ("人民大会堂",)),
        GazetteerEntry("place:3", "PLACE", "Beijing", ("北京", "베이징")),
        GazetteerEntry("country:KP", "COUNTRY", "North Korea", ("DPRK", "북한", "朝鲜")),
    ),
    version="test",
)


def names(text, **kw):
    return [m.name for m in extract(text, gazetteer=GAZ, **kw).mentions]


def test_english_aliases_and_spelling_variants_resolve_to_canonical_names():
    assert names("Kim Jong-un met Xi Jinping in Pyongyang, KCNA said.") == [
        "Kim Jong Un",
        "Xi Jinping",
        "Pyongyang",
        "Korean Central News Agency",
    ]


def test_korean_names_are_found_with_attached_particles():
    assert names("김정은이 시진핑과 평양에서 회담했다.") == ["Kim Jong Un", "Xi Jinping", "Pyongyang"]


def test_korean_alias_inside_an_unrelated_word_is_not_a_name():
    # 유리창 ("window pane") contains the syllables of 리창 (Li Qiang).
    assert names("유리창이 깨졌다.") == []


def test_unsegmented_chinese_and_japanese_text():
    assert names("习近平在人民大会堂同金正恩举行会谈。") == ["Xi Jinping", "Great Hall of the People", "Kim Jong Un"]
    assert names("習近平国家主席はキム・ジョンウン総書記と北京で会談した。") == ["Xi Jinping", "Kim Jong Un", "Beijing"]


def test_russian_inflected_names_match():
    assert names("Переговоры Си Цзиньпина с Ким Чен Ыном прошли в Пхеньяне.") == [
        "Xi Jinping",
        "Kim Jong Un",
        "Pyongyang",
    ]


def test_longest_alias_wins_over_contained_shorter_one():
    result = extract("They met at the 人民大会堂 in 北京.", gazetteer=GAZ)
    assert [(m.name, m.text) for m in result.mentions] == [
        ("Great Hall of the People", "人民大会堂"),
        ("Beijing", "北京"),
    ]


def test_spans_and_sentences_point_at_the_exact_text():
    text = "Mr. Kim Jong Un arrived on Monday.\n\nHe met Xi Jinping. Talks went on in Beijing."
    result = extract(text, gazetteer=GAZ)
    assert [s.text for s in result.sentences] == [
        "Mr. Kim Jong Un arrived on Monday.",
        "He met Xi Jinping.",
        "Talks went on in Beijing.",
    ]
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
        sentence = result.sentences[m.sentence]
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start <= m.start < m.end <= sentence.end


def test_long_text_is_processed_in_chunks_with_correct_offsets():
    filler = "Nothing of note happened on this day in the region. " * (CHUNK_CHARS // 50)
    text = filler + "Kim Jong Un met Xi Jinping."
    assert len(text) > CHUNK_CHARS
    result = extract(text, gazetteer=GAZ)
    assert [m.name for m in result.mentions] == ["Kim Jong Un", "Xi Jinping"]
    for m in result.mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zhao Leji tiba di Pyongyang pada hari Kamis untuk kunjungan resmi selama tiga hari.", "id"),
        ("Kim Jong Un met Xi Jinping in Beijing on Tuesday for talks on bilateral ties.", "en"),
        ("김정은 위원장이 시진핑 주석과 회담했다.", "ko"),
        ("习近平同金正恩举行会谈。", "zh"),
        ("習近平國家主席與金正恩舉行會談，兩國關係發展。", "zh-Hant"),
        ("金正恩氏は北京を訪問した。", "ja"),
        ("Си Цзиньпин встретился с Ким Чен Ыном в Пекине.", "ru"),
        ("12345 !!! ---", "und"),
    ],
)
def test_language_detection_offline(text, lang):
    assert detect_language(text) == lang


def test_a_role_description_resolves_to_the_leader_named_earlier():
    text = "Kim Jong Un arrived in Beijing on Tuesday. The North Korean leader met Xi Jinping a day later."
    result = extract(text, gazetteer=GAZ)
    described = [m for m in result.mentions if m.text == "The North Korean leader"]
    assert [m.name for m in described] == ["Kim Jong Un"]


def test_a_role_description_with_nobody_of_that_country_named_stays_unresolved():
    text = "Xi Jinping spoke in Beijing. The North Korean leader was not mentioned by name."
    result = extract(text, gazetteer=GAZ)
    assert [m.name for m in result.mentions if m.label == "PERSON"] == ["Xi Jinping"]


def test_an_apposition_is_not_counted_twice():
    text = "Kim Jong Un met Xi Jinping. The North Korean leader Kim Jong Un left on Friday."
    result = extract(text, gazetteer=GAZ)
    assert [m.text for m in result.mentions if m.name == "Kim Jong Un"] == ["Kim Jong Un", "Kim Jong Un"]


def test_the_vocabulary_of_a_long_running_process_stays_bounded(monkeypatch):
    """GIVEN a process that reads text after text full of word forms it never saw before WHEN the
    vocabulary has grown by MAX_NEW_WORDS forms THEN the pipeline starts afresh, and names are
    still found after it did."""
    from articles import extraction

    monkeypatch.setattr(extraction, "MAX_NEW_WORDS", 300)
    sizes = []
    for i in range(40):
        fresh = " ".join(f"w{i}x{k}" for k in range(50))  # 50 forms no earlier text had
        assert names(f"Kim Jong Un met Xi Jinping. {fresh}") == ["Kim Jong Un", "Xi Jinping"]
        sizes.append(len(extraction.pipeline_for(GAZ).vocab))
    base = min(sizes)
    assert max(sizes) <= base + 300 + 60  # never more than the bound and one text's new forms
    assert sum(1 for a, b in zip(sizes, sizes[1:], strict=False) if b < a) >= 4  # it started afresh


def test_a_pipeline_replaced_in_a_process_that_froze_its_objects_is_freed(monkeypatch):
    """A worker freezes its first pipeline out of the garbage collector; when the pipeline is
    built again (vocabulary bound, gazetteer change) the old one must still be freed."""
    import gc
    import weakref

    from articles import extraction

    monkeypatch.setattr(extraction, "MAX_NEW_WORDS", 100)
    extraction._cache.clear()
    old = weakref.ref(extraction.pipeline_for(GAZ))
    gc.collect()
    gc.freeze()
    try:
        for i in range(5):
            names("Kim Jong Un. " + " ".join(f"z{i}y{k}" for k in range(60)))
        assert extraction.pipeline_for(GAZ) is not old()
        assert old() is None
    finally:
        gc.unfreeze()
