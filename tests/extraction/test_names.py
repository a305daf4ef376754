"""Names: which record a name in the text is. The press's short names of organizations, names
broken across the lines of wrapped copy, people the gazetteer lacks, a ministry known by its
spokesperson, and where a Korean name may start.

Each text is our own, written in the style of the reporting it stands for."""

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction_output import result_to_json

from .helpers import meetings, only


def _organizations(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "organization"]


@pytest.mark.parametrize(
    "text",
    [
        "Juru bicara Kemenlu China Hua Chunying mengatakan Beijing mendukung dialog di Semenanjung Korea.",
        "大陸外交部發言人昨天表示，中朝傳統友好關係不會改變。",
        "大陆外交部当天表示，中朝传统友好关系不会改变。",
    ],
    ids=["id-kemenlu", "zh-hant-dalu", "zh-hans-dalu"],
)
def test_the_press_short_names_of_chinas_foreign_ministry_name_it(facts, text):
    """Indonesian papers write "Kemenlu" for the ministry, and Taiwanese ones "大陸" for the mainland's."""
    assert _organizations(facts(text, "2024-01-05")) == ["Chinese Foreign Ministry"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Li Qiang attended the 80th anniversary of North Korea’s Workers’ Party in Pyongyang.",
            "Workers' Party of Korea",
        ),
        ("A delegation of North Korea's ruling party arrived in Beijing on Tuesday.", "Workers' Party of Korea"),
        ("Officials of China’s ruling Communist Party received the delegation.", "Communist Party of China"),
    ],
    ids=["en-workers-party", "en-ruling-party", "en-ruling-communist-party"],
)
def test_a_ruling_party_named_through_its_country_is_that_party(facts, text, party):
    """Wire copy names the parties through their country: "North Korea's ruling Workers' Party"."""
    assert _organizations(facts(text, "2025-10-10")) == [party]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kim Jong Un received Chinese State Councilor Dai\nBingguo, the Korean\nCentral News Agency said.",
            {"Kim Jong Un", "Dai Bingguo", "Korean Central News Agency"},
        ),
        (
            "Kim Jong Un menerima utusan khusus China Dai\nBingguo, lapor Korean Central\nNews Agency.",
            {"Kim Jong Un", "Dai Bingguo", "Korean Central News Agency"},
        ),
    ],
    ids=["en-wrapped", "id-wrapped"],
)
def test_names_are_found_across_the_line_breaks_of_copy_wrapped_at_a_fixed_width(facts, text, names):
    """A line break inside running text is a space to the gazetteer: no candidate person named
    "Dai\\nBingguo" beside the Dai Bingguo it knows."""
    record = facts(text, "2009-10-04")
    assert {a["name"] for a in record["actors"] if a["kind"] != "country"} == names


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi met Vice Minister Kang\nChol Su in Beijing on Monday. Kang Chol Su later left for Pyongyang.",
        "Wang Yi bertemu Wakil Menteri Kang Chol Su di Beijing pada hari Senin. Kang\nChol Su kemudian kembali.",
    ],
    ids=["en-title-wrapped", "id-later-mention-wrapped"],
)
def test_a_person_the_gazetteer_lacks_is_one_candidate_whatever_the_line_breaks(gazetteer, text):
    """A name found through its title is named with single spaces, and its later mention, wrapped
    or not, is the same candidate."""
    result = extract(text, gazetteer=gazetteer, published=dt.date(2024, 1, 9))
    assert list(result.candidates) == ["candidate:Kang Chol Su"]
    assert [m.key for m in result.mentions if m.text.split() == ["Kang", "Chol", "Su"]] == [
        "candidate:Kang Chol Su"
    ] * 2


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        (
            "Foreign Ministry spokesperson Lin Jian said on Tuesday that Beijing supports dialogue.",
            "Chinese Foreign Ministry",
        ),
        ("外交部发言人林剑周二表示，中方支持对话。", "Chinese Foreign Ministry"),
        (
            "Juru bicara Kementerian Luar Negeri Lin Jian mengatakan Beijing mendukung dialog.",
            "Chinese Foreign Ministry",
        ),
        (
            "El portavoz del Ministerio de Asuntos Exteriores, Lin Jian, dijo que Pekín apoya el diálogo.",
            "Chinese Foreign Ministry",
        ),
    ],
    ids=["en-spokesperson", "zh-fayanren", "id-juru-bicara", "es-portavoz"],
)
def test_a_bare_foreign_ministry_is_the_one_of_its_named_spokesperson(facts, text, ministry):
    """The press names its own ministry bare; the spokesperson beside it says whose it is."""
    assert _organizations(facts(text, "2024-07-02")) == [ministry]


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry said on Tuesday that it supports dialogue.",  # no one named: whose is unknown
        "外交部周二表示支持对话。",
    ],
    ids=["en-no-spokesperson", "zh-no-spokesperson"],
)
def test_a_bare_foreign_ministry_with_no_named_spokesperson_stays_unresolved(facts, text):
    assert _organizations(facts(text, "2024-07-02")) == []


@pytest.mark.parametrize(
    "text",
    ["북한의 대중 석탄 수출은 지난해 10억 달러를 넘었다.", "북중 석탄 교역은 지난해 크게 줄었다."],
    ids=["ko-daejung-seoktan", "ko-bukjung-seoktan"],
)
def test_a_korean_name_never_starts_inside_a_word(gazetteer, text):
    """ "중석" (tungsten) read across "대중 석탄" or "북중 석탄" (coal) starts inside 대중/북중: it is no
    name, and it must not hide the coal that follows."""
    result = extract(text, gazetteer=gazetteer, published=dt.date(2016, 1, 25))
    assert [m.key for m in result.mentions if m.label == "COMMODITY"] == ["commodity:coal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Trade Bank of North Korea lost its dealings with Bank of China in 2013.",
            {"Bank of China", "Foreign Trade Bank of the DPRK"},
        ),
        (
            "El Banco de China dejó de operar en 2013 con el Banco de Comercio Exterior de Corea del Norte.",
            {"Bank of China", "Foreign Trade Bank of the DPRK"},
        ),
        (
            "Die chinesische Zollverwaltung meldete für März kaum noch Kohle aus Nordkorea.",
            {"General Administration of Customs of China"},
        ),
    ],
    ids=["en-banks", "es-bancos", "de-zollverwaltung"],
)
def test_the_banks_and_the_customs_office_of_sanctions_reporting_are_named(facts, text, expected):
    """The banks at the centre of the sanctions on North Korea's foreign exchange, and China's customs
    office in German ("die chinesische Zollverwaltung")."""
    assert set(_organizations(facts(text, "2013-05-08"))) >= expected


def test_a_korean_name_with_a_character_japanese_does_not_use_is_written_in_kana(facts):
    """Japanese papers write the syllable of a Hanja outside Japanese use in katakana: 李洙墉 is "李洙ヨン"."""
    record = facts("李洙ヨン氏は翌日、北京で王毅外相と会談した。", "2019-09-05")
    assert "Ri Su Yong" in {a["name"] for a in record["actors"]}


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел КНДР Цой Сон Хи в понедельник прибыла в Пекин.",
        "Чвэ Сон Хи в понедельник вылетела в Пекин.",
    ],
    ids=["ru-tsoi", "ru-chve"],
)
def test_the_korean_surname_choe_in_russian_is_tsoi_or_chve_as_well(facts, text):
    """최 is written "Цой" by most Russian papers (and "Чвэ" by some), beside the "Чхве" of the
    transcription tables: Choe Son Hui under any of them."""
    visit = only(facts(text, "2019-06-22"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Choe Son Hui", "Beijing")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ким Чон Ын 9 октября провёл в Пхеньяне переговоры с Ли Цяном.", "Kim Jong Un"),
        ("Ван И 2 мая провёл в Пхеньяне переговоры с Ри Ён Хо.", "Ri Yong Ho"),
        ("Ким Йо Чжон 2 мая встретилась в Пхеньяне с Ван И.", "Kim Yo Jong"),
    ],
    ids=["ru-chon", "ru-ri", "ru-yo"],
)
def test_russian_writes_korean_names_in_the_dprks_own_spelling_as_well(facts, text, person):
    """Beside the transcription tables' "Чен", "Ли" and "Ё", Russian papers that follow the DPRK's own
    spelling write 정 as "Чон" and the surname 리 as "Ри", and many write 요/여 as "Йо": the same people."""
    meeting = only(facts(text, "2018-05-03"), "meetings")
    assert person in meeting["participants"]


@pytest.mark.parametrize(
    "text",
    ["시 주석은 20일 평양에 도착했다.", "習主席は20日、平壌に到着した。", "习主席20日抵达平壤。"],
    ids=["ko", "ja", "zh"],
)
def test_president_xi_by_surname_and_title_alone_is_xi_jinping(facts, text):
    """Korean, Japanese and Chinese papers often name China's president only as 시 주석 / 習主席 / 习主席."""
    visit = only(facts(text, "2019-06-21"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Xi Jinping", "Pyongyang")


@pytest.mark.parametrize(
    "text",
    [
        "Sejak 2007, belum ada Menteri Luar Negeri lain dari Tiongkok yang berkunjung ke Korut.",
        "Delegasi itu dipimpin oleh Wakil Menteri Luar Negeri baru Tiongkok, Sun Weidong.",
    ],
    ids=["id-menteri-luar-negeri-lain", "id-wakil-menteri-luar-negeri-baru"],
)
def test_the_rest_of_a_title_is_no_name(facts, text):
    # "Menteri Luar Negeri baru": the title, then "new"; not a Minister named "Luar Negeri"
    names = {a["name"] for a in facts(text, "2018-05-03")["actors"]}
    assert not names & {"Luar Negeri", "Pertahanan"}


@pytest.mark.parametrize(
    "text",
    [
        "金正日総書記は中国共産党対外連絡部の代表団と会見した。",
        "김정일 위원장은 중국 공산당 대외연락부 대표단을 접견했다.",
        "中国共产党中央对外联络部代表团抵达平壤。",
    ],
    ids=["ja", "ko-spaced", "zh-full"],
)
def test_the_cpc_international_department_is_named_in_every_script(facts, text):
    names = {a["name"] for a in facts(text, "2008-02-04")["actors"]}
    assert "International Department of the CPC Central Committee" in names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kim Jong II arrived in Beijing on Wednesday for talks with Hu Jintao.", "Kim Jong Il"),
        ("Pemimpin Korea Utara Kim Jong II tiba di Beijing pada hari Rabu.", "Kim Jong Il"),
        ("El fundador del país, Kim II Sung, visitó Pekín en 1975.", "Kim Il Sung"),
    ],
    ids=["en-jong-ii", "id-jong-ii", "es-il-sung"],
)
def test_a_korean_il_written_with_a_capital_i_is_still_il(facts, text, person):
    """Copy typed or scanned from print often writes the syllable "Il" with a capital I for the
    lower-case l ("Kim Jong II"): the same person, never an unknown name."""
    names = [a["name"] for a in facts(text, "2011-05-26")["actors"] if a["kind"] == "person"]
    assert person in names


@pytest.mark.parametrize(
    "text",
    [
        "김정은이 26일 베이징역에 도착하자 왕후닝 정치국 상무위원이 영접했다.",
        "류윈산 정치국 상무위원이 9일 평양에 도착했다.",
    ],
    ids=["ko-jeongchiguk-wang", "ko-jeongchiguk-liu"],
)
def test_a_korean_body_before_a_title_is_no_unknown_person(facts, text):
    """ "정치국 상무위원" (member of the Politburo Standing Committee): 정치국 starts with the surname
    정, but it is the Politburo, not a person the gazetteer lacks."""
    names = [a["name"] for a in facts(text, "2018-03-28")["actors"] if a["kind"] == "person"]
    assert "정치국" not in names


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("김정은 노동당 위원장이 26일 베이징에 도착했다.", "Workers' Party of Korea"),
        ("朝鲜执政的劳动党派出代表团。", "Workers' Party of Korea"),
        ("金正日国防委员会委员长到机场迎接。", "National Defence Commission"),
        ("Peking (dpa) - Li Yuanchao reist nach Pjöngjang.", "Deutsche Presse-Agentur"),
        ("中新社平壤10月4日电 温家宝抵达平壤。", "China News Service"),
    ],
    ids=["ko-nodongdang", "zh-laodongdang", "zh-guofang-weiyuanhui", "de-dpa", "zh-zhongxinshe"],
)
def test_the_press_short_names_of_parties_bodies_and_agencies_name_them(facts, text, organization):
    """Korean and Chinese papers name the Workers' Party "노동당" / "劳动党" without the country, and
    wire copy credits "dpa" and "中新社"."""
    assert organization in _organizations(facts(text, "2018-03-28"))


def test_a_namesakes_qualifier_is_no_part_of_the_name_it_prints(gazetteer):
    """Two North Koreans named Kim Yong Il are kept apart by a qualifier on one record ("Kim Yong Il
    (International Department)"); the party secretary is that record, and his name is still "Kim Yong Il"."""
    text = "胡錦濤国家主席は23日、北京で金永日朝鮮労働党国際書記と会談した。"
    result = extract(text, gazetteer=gazetteer, published=dt.date(2012, 4, 24))
    assert "actor:kim-yong-il-international-department" in {m.key for m in result.mentions}
    record = result_to_json(result, gazetteer)
    assert sorted(only(record, "meetings")["participants"]) == ["Hu Jintao", "Kim Yong Il"]
    assert "Kim Yong Il" in [a["name"] for a in record["actors"]]


@pytest.mark.parametrize(
    "text",
    [
        "Vizepremier Hu Chunhua traf am Montag zu Gesprächen in Pjöngjang ein.",
        "Der Sondergesandte Hu Chunhua traf am Montag zu Gesprächen in Pjöngjang ein.",
        "Le vice-président chinois Hu Chunhua est arrivé lundi à Pyongyang.",
        "Le porte-parole chinois Hu Chunhua est arrivé lundi à Pyongyang.",
    ],
    ids=["de-vizepremier", "de-sondergesandte", "fr-vice-president", "fr-porte-parole"],
)
def test_a_person_the_gazetteer_lacks_is_found_through_the_titles_of_each_language(facts, text):
    """German and French titles before a name ("Vizepremier", "vice-président", "porte-parole")
    introduce a person the gazetteer does not know, as "Vice Premier" does in English."""
    visit = only(facts(text, "2025-10-09"), "visits")
    assert (visit["visitor"], visit["destination"]) == ("Hu Chunhua", "Pyongyang")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Wen Jiabao met Kim Young-nam in Pyongyang on Monday.", "Kim Yong Nam"),
        ("Wang Yi met Kim Young-chol in Beijing on Monday.", "Kim Yong Chol"),
    ],
    ids=["young-nam", "young-chol"],
)
def test_the_english_spelling_young_of_a_korean_given_name_is_the_same_person(facts, text, person):
    """영 is written "Yong", "Yeong" and, in English, "Young": Kim Young-nam is Kim Yong Nam."""
    meeting = only(facts(text, "2009-10-06"), "meetings")
    assert person in meeting["participants"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Глава правительства Северной Кореи Ким Ён Ир встретился с Вэнь Цзябао.", ["Kim Yong Il", "Wen Jiabao"]),
        ("中央军委副主席范长龙24日在北京会见了崔龙海。", ["Choe Ryong Hae", "Fan Changlong"]),
        ("朝鲜文化相姜能洙在平壤会见了中国文化部长蔡武。", ["Cai Wu", "Kang Nung Su"]),
    ],
    ids=["ru-kim-yong-ir", "zh-fan-changlong", "zh-cai-wu"],
)
def test_officials_of_the_exchanges_are_known_by_their_names(facts, text, pair):
    """The Russian spelling of 일 as "Ир" (Ким Ён Ир, the premier, not Ким Чен Ир), and Chinese
    and North Korean officials of the 2009 and 2013 exchanges, in Chinese, are people of the gazetteer."""
    assert meetings(facts(text, "2013-05-24")) == [sorted(pair)]
