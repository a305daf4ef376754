"""The regex helpers the rules are compiled with: faster, and finding exactly what ``re`` finds."""

import re

import pytest

from articles.extraction.lexicon import LOWERED, case_free, compile_fast, first_chars, lowered, trie_pattern, word_regex

TEXTS = [
    "Xi Jinping met Kim Jong Un in Pyongyang on 20 June 2019; the talks ran 2 hours. Since 2018, trade|visits rose.",
    "SEOUL, Oct. 5 — North Korea's KCNA reported the visit yesterday, a day after the 3-day trip ended.",
    "Wang Yi a rencontré Ri Son Gwon à Pékin le 12 avril. Der Besuch dauerte seit Montag; el año pasado, desde 2009.",
    "Лавров прибыл в Пхеньян 18 октября. 习近平5月23日在北京会见了朝鲜劳动党代表团，以来首次。",
    "김정은 위원장은 2019년 6월 20일 평양에서 시진핑 주석과 회담했다. 金正恩氏は2018年3月に訪中した以来。",
    "[x] | y |z ] ( ) — ABC abc Abc SINCE since Since AGO ago 10 days ago, hace 3 días, il y a deux jours.",
]

PATTERNS = [
    (r"\b(?:since|sejak|seit|depuis|desde)\b", re.IGNORECASE),
    (r"(?<!\w)(?:met|meet|talks)(?!\w)|会见|회담", 0),
    (r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/\-])", 0),
    (r"\d{1,2}\s*(?:days?|días|jours)\s+ago|hace\s+\d|il y a", re.IGNORECASE),
    (r"(?i:abc)|since", 0),  # scoped flags: no lookahead may reject "ABC"
    (r"\b(?:(?i:since|ago) [A-Z]\w+)", 0),  # a scoped flag inside: both cases of its first letters
    (r"(?i:[a-c]x)|d", 0),  # a range of letters under a scoped flag: no lookahead for it
    (r"(?P<word>trade)\|(?P=word)?|[|\]]\s", 0),  # a backreference, "|" inside a class and escaped
    (r"(?:the )?(?:visit|trip)?", 0),  # can match empty: compiled as it is
    (r"[^a-z]+ago", 0),
    (r"(?i)since", 0),  # global inline flags stay first
    (r"[0-9０-９]+日|\s+(?:평양|北京)", 0),
    (r"(?=[a-z])(?:seit|since)", 0),  # already has its lookahead
]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_compile_fast_finds_what_re_finds(pattern, flags):
    fast, plain = compile_fast(pattern, flags), re.compile(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]
        for pos in range(0, len(text), 7):
            a, b = fast.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_compile_fast_puts_a_lookahead_where_the_first_characters_are_known():
    assert compile_fast(r"\bsince\b|以来").pattern.startswith("(?=[s以])")
    assert compile_fast(r"(?:the )?visit").pattern.startswith("(?=[tv])")
    assert compile_fast(r".since").pattern == ".since"  # anything may come first
    assert compile_fast(r"(?i:abc)|d").pattern == r"(?=[aAd])(?:(?=[aA])(?i:abc)|(?=[d])d)"
    # "(?i:…)": "k" brings "K" and the Kelvin sign, both of which it matches
    assert compile_fast(r"(?i:k)").pattern == "(?=[kK\u212a])(?:(?i:k))"
    assert compile_fast(r"(?i:[a-c]x)|d").pattern == r"(?i:[a-c]x)|(?=[d])d"


def test_compile_fast_leaves_a_pattern_re_already_scans_for_at_c_speed():
    # a literal prefix, or a set of first characters: re skips to them without trying each position
    assert compile_fast("表示|指出").pattern == "表示|指出"
    assert compile_fast(r"(?:a|b)c\d").pattern == r"(?:a|b)c\d"
    assert compile_fast(r"以来\s*\d").pattern == r"以来\s*\d"
    # under re.IGNORECASE a letter is no such prefix: the lookahead stays
    assert compile_fast("since", re.IGNORECASE).pattern == "(?=[s])(?:since)"


def test_case_free_searches_lowered_text_as_the_pattern_searches_the_text():
    rx = case_free(r"(?<!\w)(?:einen tag nachdem|im beisein von)\b|陪同下")
    text = "Einen Tag nachdem er kam, IM BEISEIN VON Li; 在习近平陪同下. keinen tag nachdem"
    fast = LOWERED[rx]
    assert [m.span() for m in fast.finditer(lowered(text))] == [m.span() for m in rx.finditer(text)]
    assert len(list(rx.finditer(text))) == 3


def test_case_free_refuses_a_capital_that_lowered_text_never_holds():
    with pytest.raises(ValueError, match="capitals"):
        case_free(r"\beinen Tag\b")
    with pytest.raises(ValueError, match="capitals"):
        case_free(r"[A-Z]\w+ said")


def test_word_regex_matches_whole_latin_words_and_cjk_words_anywhere():
    rx = word_regex(["visit*", "talks", "trip", "会谈", "방문"])
    text = "Visited; the talks, a trip-based tripod; 举行会谈。 북한을 방문했다 revisit"
    assert [m.group() for m in rx.finditer(text)] == ["Visited", "talks", "trip", "会谈", "방문"]
    plain = re.compile(
        r"(?<!\w)(?:" + trie_pattern(["visit*", "talks", "trip"]) + r")(?!\w)|" + trie_pattern(["会谈", "방문"]),
        re.IGNORECASE,
    )
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_chars_lists_each_starting_character_once():
    assert first_chars(["Visit", "visa", "talks", "会谈"]) == "(?=[tv会])"
    assert first_chars([]) == ""
