"""The words and numerals of date expressions in every language: month and weekday names,
relative days and periods ("yesterday", "last month", "지난달"), the cues that put a date in the
future, Chinese numerals, and the units and number words of "N units ago"."""

from __future__ import annotations

from ..lexicon import word_regex, words


def _numbered(rows: list[str], start: int) -> dict[str, int]:
    """Every word of each row, with the row's number (counted from ``start``)."""
    return {word: number for number, row in enumerate(rows, start=start) for word in row.split()}


MONTHS = _numbered(
    [
        "january jan januari janvier janv enero ene januar jänner январь января январе",
        "february feb februari février fevrier févr febrero februar февраль февраля феврале",
        "march mar maret mars marzo märz maerz март марта марте",
        "april apr avril abril abr апрель апреля апреле",
        "may mei mai mayo май мая мае",
        "june jun juni juin junio июнь июня июне",
        "july jul juli juillet juil julio июль июля июле",
        "august aug agustus août aout agosto ago август августа августе",
        "september sep sept septembre septiembre setiembre сентябрь сентября сентябре",
        "october oct oktober octobre octubre окт октябрь октября октябре",
        "november nov nopember novembre noviembre ноябрь ноября ноябре",
        "december dec desember décembre decembre diciembre dic dezember декабрь декабря декабре",
    ],
    start=1,
)
WEEKDAYS = _numbered(
    [
        "monday senin lundi lunes montag понедельник понедельника 월요일 星期一 周一 週一 礼拜一 月曜日 月曜",
        "tuesday selasa mardi martes dienstag вторник вторника 화요일 星期二 周二 週二 礼拜二 火曜日 火曜",
        "wednesday rabu mercredi miércoles miercoles mittwoch среда среду 수요일 星期三 周三 週三 礼拜三 水曜日 水曜",
        "thursday kamis jeudi jueves donnerstag четверг четверга 목요일 星期四 周四 週四 礼拜四 木曜日 木曜",
        "friday jumat jum'at vendredi viernes freitag пятница пятницу 금요일 星期五 周五 週五 礼拜五 金曜日 金曜",
        "saturday sabtu samedi sábado sabado samstag суббота субботу 토요일 星期六 周六 週六 礼拜六 土曜日 土曜",
        "sunday ahad dimanche domingo sonntag воскресенье воскресенья 일요일 星期日 星期天 周日 週日 礼拜天 日曜日 日曜",
    ],
    start=0,
)
WEEKDAYS["hari minggu"] = 6  # Indonesian "minggu" alone is also "week"

RELATIVE_DAYS = {
    # word: offset in days from publication
    "yesterday": -1,
    "kemarin": -1,
    "어제": -1,
    "昨天": -1,
    "昨日": -1,
    "вчера": -1,
    "ayer": -1,
    "hier": -1,
    "gestern": -1,
    # the night before publication
    "last night": -1,
    "anoche": -1,
    "tadi malam": -1,
    "昨晚": -1,
    "昨夜": -1,
    "어젯밤": -1,
    "today": 0,
    # a part of the publication day
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "ce matin": 0,
    "cet après-midi": 0,
    "ce soir": 0,
    "esta mañana": 0,
    "esta tarde": 0,
    "esta noche": 0,
    "pagi ini": 0,
    "siang ini": 0,
    "sore ini": 0,
    "malam ini": 0,
    "今晨": 0,
    "今早": 0,
    "今朝": 0,
    "今夜": 0,
    "hari ini": 0,
    "오늘": 0,
    "今天": 0,
    "今日": 0,
    "本日": 0,
    "сегодня": 0,
    "hoy": 0,
    "aujourd'hui": 0,
    "heute": 0,
    "tomorrow": 1,
    "besok": 1,
    "내일": 1,
    "明天": 1,
    "明日": 1,
    "завтра": 1,
    "demain": 1,
    "morgen": 1,  # not the noun "Morgen" (morning) after "am", "heute" … (dates.rules)
    "mañana": 1,  # not "la mañana", "esta mañana" (the morning)
    "the day before yesterday": -2,
    "kemarin lusa": -2,
    "그제": -2,
    "그저께": -2,
    "前天": -2,
    "一昨日": -2,
    "позавчера": -2,
    "anteayer": -2,
    "avant-hier": -2,
    "vorgestern": -2,
}

# Relative months and years: word → (unit, offset from the publication's month or year).
# the week after publication: a time to come (a trip "next week" is planned: cues.NEXT_PERIOD)
NEXT_WEEK = (
    "next week|pekan depan|minggu depan|la próxima semana|la semana que viene|la semaine prochaine|nächste woche|"
    "in der nächsten woche|kommende woche|in der kommenden woche|на следующей неделе|на будущей неделе|다음주|다음 주|"
    "下周|下週|下星期|来週".split("|")
)
RELATIVE_PERIODS = {
    **dict.fromkeys(
        "last month|the previous month|the past month|bulan lalu|bulan kemarin|el mes pasado|le mois dernier|"
        "le mois précédent|im vergangenen monat|vergangenen monat|letzten monat|im letzten monat|vormonat|"
        "в прошлом месяце|в конце прошлого месяца|в начале прошлого месяца|지난달|지난 달|上个月|上個月|上月|先月".split(
            "|"
        ),
        ("month", -1),
    ),
    **dict.fromkeys(
        "this month|earlier this month|early this month|bulan ini|awal bulan ini|este mes|ce mois-ci|"
        "en début de mois|diesen monat|anfang des monats|в этом месяце|в начале месяца|в начале этого месяца|"
        "в конце этого месяца|в середине этого месяца|이달|이번 달|이달 초|"
        "earlier in the month|plus tôt dans le mois|plus tôt ce mois-ci|au début du mois|début du mois|"
        "a principios de este mes|a principios de mes|a comienzos de este mes|a comienzos de mes|"
        "anfang dieses monats|zu beginn des monats|awal bulan|이달 초순|이번 달 초|"
        "本月|这个月|這個月|月初|今月|今月初め|今月上旬".split("|"),
        ("month", 0),
    ),
    **dict.fromkeys(
        "next month|bulan depan|el próximo mes|el mes que viene|le mois prochain|nächsten monat|"
        "im nächsten monat|в следующем месяце|다음달|다음 달|下个月|下個月|下月|来月".split("|"),
        ("month", 1),
    ),
    **dict.fromkeys(
        "last year|the previous year|tahun lalu|tahun kemarin|el año pasado|l'année dernière|l'an dernier|"
        "l'an passé|letztes jahr|im vergangenen jahr|vergangenes jahr|im vorjahr|в прошлом году|지난해|작년|"
        "去年|昨年".split("|"),
        ("year", -1),
    ),
    **dict.fromkeys(
        "this year|earlier this year|early this year|tahun ini|awal tahun ini|este año|a principios de este año|"
        "a principios de año|cette année|plus tôt cette année|au début de l'année|en début d'année|dieses jahr|"
        "in diesem jahr|anfang des jahres|anfang dieses jahres|в этом году|в начале этого года|в начале года|"
        "올해 초|今年初".split("|"),
        ("year", 0),
    ),
    **dict.fromkeys(
        "next year|tahun depan|el próximo año|el año que viene|l'année prochaine|l'an prochain|nächstes jahr|"
        "im nächsten jahr|в следующем году|내년|明年|来年".split("|"),
        ("year", 1),
    ),
    **dict.fromkeys(
        "last week|the previous week|last weekend|minggu lalu|pekan lalu|la semana pasada|el fin de semana pasado|"
        "la semaine dernière|le week-end dernier|letzte woche|vergangene woche|in der vergangenen woche|"
        "на прошлой неделе|지난주|지난 주|上周|上週|上星期|先週".split("|"),
        ("week", -1),
    ),
    **dict.fromkeys(NEXT_WEEK, ("week", 1)),
    **dict.fromkeys(
        "this weekend|akhir pekan ini|akhir minggu ini|este fin de semana|ce week-end|cette fin de semaine|"
        "dieses wochenende|an diesem wochenende|в эти выходные|на этих выходных|이번 주말|本周末|这个周末|"
        "這個週末|今週末".split("|"),
        ("week", 0),
    ),
}

FUTURE_CUES = word_regex(
    words("""
    will, is to, are to, plan to, plans to, is expected to, is scheduled, next week, next month
    akan, berencana, dijadwalkan                       # id
    planea, prevé, visitará, se reunirá                # es
    va, vont, prévu, devrait                           # fr
    wird, werden, soll                                 # de
    планиру*, намерен*, собира*, посетит, проведет, проведёт   # ru
    예정, 계획, 将, 將, 拟, 予定, 見通し
""")
)

_CN_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_NUM = "〇○零一二两三四五六七八九十廿卅"


def cn_number(text: str) -> int | None:
    """A number written in Chinese numerals: "十五" 15, "二十七" 27, "廿七" 27, "卅" 30,
    "二〇二二" 2022 (digit by digit when there is no 十)."""
    if not text:
        return None
    if all(ch in _CN_DIGITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    tens = {"十": 10, "廿": 20, "卅": 30}
    for ch, base in tens.items():
        if ch in text:
            before, _, after = text.partition(ch)
            if len(before) > 1 or len(after) > 1:
                return None
            mult = _CN_DIGITS.get(before, 1) if before else 1
            if ch != "十" and before:
                return None
            unit = _CN_DIGITS.get(after, 0) if after else 0
            return (mult if ch == "十" else 1) * base + unit
    return None


_UNIT_WORDS = {
    "day": "day days hari día días jour jours tag tage tagen день дня дней 일 天 日",
    "week": "week weeks minggu pekan semana semanas semaine semaines woche wochen неделю недели недель 주 周 週 週間",
    "month": "month months bulan mes meses mois monat monate monaten месяц месяца месяцев 달 개월 个月 個月 ヶ月 カ月 か月",
    "year": "year years tahun año años an ans jahr jahre jahren год года лет 년 年",
}
UNIT_OF = {w: unit for unit, ws in _UNIT_WORDS.items() for w in ws.split()}
NUMBER_WORDS = {
    **dict.fromkeys("a an one se satu un una une ein einen einem одну один 한 一".split(), 1),
    **dict.fromkeys("two dua dos deux zwei две два 두 二 两 兩".split(), 2),
    **dict.fromkeys("three tiga tres trois drei три 세 三".split(), 3),
    **dict.fromkeys("four empat cuatro quatre vier четыре 네 四".split(), 4),
    **dict.fromkeys("five lima cinco cinq fünf пять 다섯 五".split(), 5),
    **dict.fromkeys("six enam seis sechs шесть 여섯 六".split(), 6),
    **dict.fromkeys("seven tujuh siete sept sieben семь 七".split(), 7),
    **dict.fromkeys("eight delapan ocho huit acht восемь 八".split(), 8),
    **dict.fromkeys("nine sembilan nueve neuf neun девять 九".split(), 9),
    **dict.fromkeys("ten sepuluh diez dix zehn десять 열 十".split(), 10),
    # the Russian genitive of a length: "двухдневный", "трёхдневный"
    **{"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8},
    **{"девяти": 9, "десяти": 10},
}
