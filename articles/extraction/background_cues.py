"""The words of the stretches of a sentence that are not an event's own clause (see
rules/background.py), one lexicon per cue.

Background recalls an earlier event: "since 2019", "the last visit", "a week after the summit",
"以来", "이후 처음". Subordinate stretches hold people who were not in the room: what someone said,
a comparison, a clause of something else at the same time, "in the presence of", "during X's
visit". The rules read these lexicons through ``cues`` like every other.
"""

from __future__ import annotations

import re

from .dates.words import WEEKDAYS
from .lexicon import case_free, compile_fast, word_regex, words

# --- background: the past events an article recalls ------------------------------------------

# "their first summit since 2019", "seit 2019", "2019년 이후 처음", "自2019年以来"
SINCE = compile_fast(
    r"\b(?:since|sejak|seit|depuis|desde)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b|(?:1[89]|20)\d\d\s*(?:년\s*이후|年以来|年以來|年以降|年ぶり)",
    re.IGNORECASE,
)
# A person recalled as the previous one to do it: "the first … to visit since Xi", "胡錦濤氏以来".
SINCE_PERSON = compile_fast(r"\b(?:since|sejak|seit|depuis|desde|than)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SINCE_PERSON_AFTER = compile_fast(
    r"^\s*(?:氏|主席|総書記|委員長)?\s*(?:以来|以來|이후|이래)"
    # "최룡해 노동당 중앙위원회 비서 이후": a Korean title of up to three words, ending in an office
    r"|^\s(?:[가-힣]{1,10}\s){0,2}[가-힣]{0,6}(?:위원장|비서|총리|주석|부장|장관|대사|의장|서기|위원)\s?(?:이후|이래)"
)
# Phrases that put an event in the past of the story: "since Xi's visit in June 2019", "shortly
# before Kim's trip to Russia", "less than a week after a summit between …", "the last confirmed
# visit … was in October 2011", "2013년 5월 … 만난 이후 3년여 만이다", "05年の胡錦濤氏以来".
# "since Tuesday", "desde el martes", "seit gestern": the start of what is still going on (a stay),
# not an earlier event; "since Monday's summit" still recalls one.
_A_RECENT_DAY = (
    r"(?!\s+(?:el\s+|le\s+|dem\s+|hari\s+)?(?:"
    + "|".join(sorted((w for w in WEEKDAYS if w.isascii() or w[0] in "ms"), key=len, reverse=True))
    + r"|yesterday|kemarin|ayer|hier|gestern)\b(?!['’]s))"
)
SINCE_LEAD = compile_fast(
    r"\b(?:(?:since|sejak|seit|depuis|desde)" + _A_RECENT_DAY + r"|с тех пор как|с момента|со времени"
    # "his first trip abroad after coming to power in 2011": the year is the accession's
    r"|после прихода к власти|после вступления в должность|after (?:coming to|taking) (?:power|office))\b",
    re.IGNORECASE,
)
_EVENT_AHEAD = (
    r"(?=(?:[\w.'’-]+\s+){0,4}?(?:visits?|trips?|summits?|meetings?|talks|tours?|kunjungan|lawatan|pertemuan|visita|viaje|cumbre|"
    r"reuni[óo]n|encuentro|visite|voyage|sommet|rencontre|entretien|besuch\w*|reise\w*|gipfel\w*|\w*treffen|визит\w*|поездк\w*|саммит\w*|"
    r"встреч\w*|переговор\w*)\b)"
)
RELATIVE_LEAD = compile_fast(
    # an event some time before or after: "a week after a summit", "sepekan setelah pertemuan puncak"
    r"\b(?:(?:shortly|soon|just|days|weeks|months|less than a week|a week|a month|two weeks|a day|two days|"
    r"sepekan|seminggu|sehari|sebulan|beberapa hari|una semana|un mes|une semaine|un mois|eine Woche|einen Monat|"
    r"через неделю|за неделю"
    # "quelques semaines avant", "unas semanas antes de", "wenige Tage vor", "beberapa bulan sebelum"
    r"|(?:[\w-]+\s+)?(?:semaines|jours|mois|semanas|días|meses|Wochen|Tage|Monate|minggu|bulan|недель|дней|месяцев))"
    r"\s+(?:before|after|ahead of|following|sebelum|setelah|sesudah|antes de|después de|"
    r"avant|après|vor|nach|перед|после)\s+"
    + _EVENT_AHEAD
    + r"|(?:before|after|ahead of|following|follows|comes after|came after|menyusul|sebelum|setelah|antes de|después de|avant|après|vor|nach|перед|после"
    # "the trip followed the meeting of …", "в преддверии саммита …", "fait suite à", "folgt auf"
    r"|последовал\w* за|следует за|в преддверии|fait suite à|faisait suite à|sigue a|siguió a|folgt auf|folgte auf)\s+"
    + _EVENT_AHEAD
    # only an event someone else had, or had at another time: "Kim's trip", "a summit between …", "the 2018 summit"
    + r"(?=[^,.;]{0,60}(?:['’]s\b|\bbetween\b|\bantara\b|\bentre\b|\bzwischen\b|\bмежду\b|\b(?:1[89]|20)\d\d\b"
    r"|(?-i:\b[A-Z][a-z]+-[A-Z][a-z]+\b)"
    # the possessor after the noun: "kunjungan Kim", "la visita de Kim", "la visite de Kim", "den Besuch Kims"
    r"|(?-i:\b(?:kunjungan|lawatan|pertemuan|visitas?|viajes?|visites?|voyages?|Besuchs?|Reisen?|reuni[óo]n|encuentro|cumbre|"
    r"rencontre|sommet|Treffens?)\s+(?:de |du |des |de la |von )?[A-Z])"
    r"|(?-i:(?:визит|поездк|встреч|переговор)\w*\s+[А-ЯЁ])"
    r")))",
    re.IGNORECASE,
)
LAST_EVENT = compile_fast(
    # ("the first trip since taking power", "the first visit in 14 years" is the trip being reported)
    r"\b(?:the|its|his|her|their) (?:last|previous|latest|first(?!(?: \w+){0,7} (?:since|in \d+|in \w+ years|ever|as|by)\b))"
    r" (?:\w+ ){0,3}(?:visit|trip|summit|meeting|talks)\b"
    r"|\blast (?:visited|met|traveled|travelled)\b|\bterakhir kali\b|\b(?:kunjungan|pertemuan|lawatan) (?:terakhir|pertama(?!\w*(?: \w+){0,7} (?:sejak|dalam)\b))\w*\b"
    r"|\b(?:la|su) última (?:visita|reunión)\b|\bla dernière (?:visite|rencontre)\b|\b(?:der|sein) letzte[rn]? (?:besuch|reise)\b"
    r"|\bпоследн\w+ (?:визит|поездк\w*|встреч\w*)\b|마지막 (?:방문|방북|방중|회담)|上一次|上次|前回",
    re.IGNORECASE,
)
# Every English-style lead above contains one of these words; sentences without any skip them.
BACKGROUND_HINT = word_regex(
    words("""
    before, after, ahead, following, follows, menyusul, last, previous, first, latest, sebelum, setelah, terakhir, antes, después, última
    avant, après, dernière, vor, nach, letzte, letzter, letzten, перед, после, последн*
    последовал*, следует, преддверии, suite, sigue, siguió, folgt, folgte
""")
)
CJK_SINCE = compile_fast(
    r"以来|以來|이래|以降|ぶり|後初めて|后首次|後首次|(?<=[년월])\s*이후|(?:이후|후)(?=\s*(?:처음|첫))"
    r"|이후(?=[^.。]{0,24}(?:처음|만에|만이다|최고|최대|첫))|(?:년여?|개월) 만(?:에|이다)"
)


# --- subordinate stretches: what was said, comparisons, presence, "during" ----------------------

# A sentence opening on an event it follows ("After the parade, …", "После парада …", "Nach der
# Parade …"), read by coref (a pronoun after it is the story's subject) and dating (the story's day
# is not the sentence's).
AFTER_OPENING = (
    r"(?:After|Following|Después de(?:l| la)?|Tras(?: el| la)?|Après(?: le| la| l['’])?|Nach(?: der| dem| den)?"
    r"|Setelah|Sesudah|После)"
)

# Where a stretch of the sentence starts that is not the event's own clause: what someone said
# (the complement of a speech verb), a comparison, a clause of something else happening at the
# same time, and "a day after watching …" (the participle of an earlier event). People named
# there were not in the room. Each runs to the next clause break.
# What someone said runs to the end of the sentence: "told him that …", "表示，…", "sagte ihm, er habe …".
# Each lexicon is two lists of alternatives: those that start a word (matched after a word
# boundary) and those of unspaced scripts; ``STRETCHES`` joins them all, in lower case, into one pass.
_SPEECH = (
    [
        r"(?:told|tells|said|says|saying|added|stressed|noted|assured|informed)\s+(?:[\w'’-]+\s+){0,3}?that\b",
        r"(?:dijo que|afirmó que|aseguró que|explicó que|a déclaré que|a dit que|a affirmé que|a assuré que)",
        r"(?:sagte|erklärte|betonte)\b[^,.;]{0,30},",
        r"(?:mengatakan bahwa|menyatakan bahwa)\b",
        r"(?:заявил[аи]?,? что|сказал[аи]?,? что)",
    ],
    ["表示", "指出"],
)
# A comparison ("similar to", "comparable à", "堪比"): people named in it were not in the room, and
# an event word after it is the event compared with (COMPARISON, read by the meeting rule).
_COMPARISON = (
    [
        r"(?:unlike|reserved for|similar to|comparable to|compared (?:with|to)|on a par with|as lavish as)\b",
        r"(?:similares? a|comparable a|en comparación con)\b",
        r"(?:semblables? à|comparable à|digne de)",
        r"(?:wie sonst|vergleichbar mit|ähnlich wie)\b",
        r"(?:setara dengan)\b",
        r"(?:сравним\w* с|подобно)",
    ],
    ["堪比", "如同", "相当于", "相當於", "에 버금가는", "에 준하는", "와 비슷한", "과 비슷한"],
)
_SUBORDINATE = (
    [
        r"(?:while|whereas)\b",
        r"(?:(?:a|one|two|three|several) days? |hours |days |weeks |shortly |just )?(?:after|before) \w+ing\b",
        # "a day after Kim joined him and Putin at the parade": a clause of its own, with its own people
        r"(?:a|one|two|three|several) (?:days?|weeks?) (?:after|before)\b(?= (?:[\w'’-]+ ){0,3}?[\w'’-]+(?:ed|ok|ew|ent|ame|ood)\b)",
        r"(?:se|dua |tiga )(?:hari|minggu|pekan) (?:setelah|sebelum|sesudah)\b(?= (?:[\w-]+ ){0,3}?(?:ber|me|di|ter)\w+\b)",
        r"un día (?:después|antes) de que\b",
        r"au lendemain du jour où\b",
        r"einen tag (?:nachdem|bevor)\b",
        r"mientras\b",
        r"(?:tandis que|alors que)",
        r"(?:während|nachdem)\b",
        r"sementara\b",
        r"(?:в то время как|тогда как)",
        *_COMPARISON[0],
    ],
    ["与此同时", "與此同時", *_COMPARISON[1]],
)
# The people a signing took place before: "in the presence of Hu Jintao", "지켜보는 가운데",
# "在胡锦涛的见证下"; they sign only when no signer is named.
_PRESENCE = (
    [
        r"(?:in the presence of|witnessed by|attended by|en présence de|en presencia de|im beisein von|in anwesenheit von|"
        r"в присутствии|disaksikan oleh|di hadapan)\b"
    ],
    [],
)
# A time adverbial that names a person's trip: "during Wen Jiabao's visit", "温家宝访问期间".
_DURING = (
    [
        r"(?:during|pendant|lors de|lors d['’]|au cours de|au cours d['’]|durante|en el marco de|im rahmen|bei seinem|bei ihrem|selama|"
        r"dalam kunjungan|во время|в ходе)\b"
    ],
    [],
)


def _lexicon(parts: tuple[list[str], list[str]]) -> str:
    spaced, unspaced = parts
    return "|".join([*(rf"\b{alt}" for alt in spaced), *unspaced])


SPEECH = compile_fast(_lexicon(_SPEECH), re.IGNORECASE)
SUBORDINATE = compile_fast(_lexicon(_SUBORDINATE), re.IGNORECASE)
COMPARISON = case_free(_lexicon(_COMPARISON))
PRESENCE = compile_fast(_lexicon(_PRESENCE), re.IGNORECASE)
PRESENCE_AFTER = compile_fast(
    r"(?:이|가)?\s*(?:지켜보는|참석한|배석한)\s*가운데|(?:が)?見守る中|立ち会いの(?:もと|下)|出席のもと"
    r"|的?(?:见证|見證)下|陪同下|(?:的)?出席下"
)
DURING = compile_fast(_lexicon(_DURING), re.IGNORECASE)
DURING_AFTER = compile_fast(r"期间|期間|中に|기간\s*중|방문\s*중|訪問中")
# Every stretch in one pass (rules/background.py), on lower-cased text: the word-led
# alternatives behind one word boundary, so that a position inside a word is turned away at once
# (three times faster than the lexicons joined as they are).
STRETCHES = case_free(
    rf"(?<!\w)(?:(?P<speech>{'|'.join(_SPEECH[0])})|(?P<ahead>{'|'.join(_SUBORDINATE[0] + _PRESENCE[0] + _DURING[0])}))"
    rf"|(?P<speech_u>{'|'.join(_SPEECH[1])})|(?P<ahead_u>{'|'.join(_SUBORDINATE[1])})"
    rf"|(?P<back>{PRESENCE_AFTER.pattern}|{DURING_AFTER.pattern})"
)
# Korean and Japanese put what was said before the verb of saying: "…에 합의했다고 말했다", "…と述べた".
SAID_AFTER = compile_fast(r"(?:다고|라고|며)\s*(?:말했|밝혔|전했|강조했|언급했|설명했)|と(?:述べ|語っ|強調し|説明し)")
