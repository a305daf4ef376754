"""The words the rules look for, one lexicon per cue, one language a line.

Latin and Cyrillic entries match as whole words (a trailing ``*`` allows any ending); Han, Kana
and Hangul entries match anywhere, since those scripts do not put spaces between words. Every
lexicon here is compiled once; ``LOWER`` holds the same patterns for the lower-cased text, which
``Finder`` searches several times faster than with ``re.IGNORECASE``.
"""

from __future__ import annotations

import re

# The words of background and subordinate stretches (background_cues), read as cues.X like the rest.
from .background_cues import (  # noqa: F401
    AFTER_OPENING,
    BACKGROUND_HINT,
    CJK_SINCE,
    COMPARISON,
    DURING,
    DURING_AFTER,
    LAST_EVENT,
    PRESENCE,
    PRESENCE_AFTER,
    RELATIVE_LEAD,
    SAID_AFTER,
    SINCE,
    SINCE_LEAD,
    SINCE_PERSON,
    SINCE_PERSON_AFTER,
    SPEECH,
    STRETCHES,
    SUBORDINATE,
)
from .dates import FUTURE_CUES, NEXT_WEEK
from .lexicon import LOWERED, compile_fast, first_chars, lowered, trie_pattern, word_regex, words
from .scripts import CJK_CHAR


def _rx(*parts: str) -> re.Pattern:
    return compile_fast("|".join(parts), re.IGNORECASE)


# --- trigger words: one pass over the article finds them all (TriggerIndex) ------------------

# Talking something over together: "X and his counterpart Y discussed …", "discussed … with Y" (a
# meeting only between joined subjects or with the person after "with": rules/meetings.py)
DISCUSSED_WORDS = words(
    "discussed, ont discuté, a discuté, discutieron, discutió, erörterten, erörterte, besprachen, обсудили, membahas"
)
# "and" joining two names or two verbs, in the spaced languages
AND = r"(?:and|y|et|und|и|dan)"
# "with" a person: "discussed … with X", "une rencontre avec X", "bertemu dengan X"
WITH = compile_fast(r"\b(?:with|con|avec|mit|с|со|dengan|bersama)\b", re.IGNORECASE)

MEETING_WORDS = DISCUSSED_WORDS + words("""
    met, meet, meets, meeting, meetings, talks, held talks, summit, received, receives, hosted, hosts, banquet, conferred
    greeted, welcomed at, hosted a banquet, welcomed by, greeted by, received by, was met by, were met by, courtesy call
    co-chaired, sat down with, encounter, greet, greets, to greet, welcomed, state banquet
    disambut, disambut oleh, diterima oleh, bertemu, pertemuan, menemui, ditemui, diterima, pembicaraan        # id
    perundingan, berunding, menerima, menjamu, jamuan, kunjungan kehormatan, menyambut                      # id
    menerimanya, menemuinya, menyambutnya, menjamunya                   # id: with -nya, him or her
    ktt                                                                     # id: Konferensi Tingkat Tinggi, a summit
    se reuni*, reunión, reunion, reuniones, conversaciones, conversó, conversaron, recibió, recibieron, cumbre  # es
    encuentro, se entrevistó, se entrevistaron                                                                 # es
    recibir, banquete, reunirse, entrevistarse, recibido, recibida, recibidos, recibidas                        # es
    rencontr*, entretien*, s'est entretenu, reçu, sommet, accueilli, accueillir                            # fr
    s'est entretenue, se sont entretenus, se sont entretenues, s'entretient, s'entretiennent, reçue, reçus     # fr: gender, number
    traf, trafen, trifft, treffen, getroffen, zusammengetroffen, zusammentreffen, zusammenkunft, gespräch*   # de
    zusammengekommen, zusammenkam, zusammenkamen                                                         # de
    gesprach*, empfing, empfangen, gipfel*, unterredung, begegnung, begrüßte, begrüßt, bankett, staatsbankett  # de
    встреч*, встрет*, переговор*, принял, приняла, приняли, саммит*, беседа*, беседова*, банкет*           # ru
    был принят, была принята, были приняты, поприветствова*, приветствова*                                                            # ru
    회담, 만났, 만나, 만난, 만남, 만날, 접견, 면담, 회견, 연회, 맞았, 영접, 맞이했, 회동, 상봉, 예방, 만찬, 오찬  # ko
    會談, 会谈, 会见, 會見, 会晤, 會晤, 宴会, 宴請, 宴请, 迎接, 会面, 會面, 接见, 接見, 共同主持   # zh
    设宴, 設宴, 款待, 晚宴, 国宴, 國宴, 峰会, 峰會, 首脑会谈, 首腦會談, 首脑会晤, 首腦會晤                # zh
    had dinner with, dined, had lunch with, lunched with, cenó, cenaron, almorzó, almorzaron, dîné, déjeuné   # a meal
    speiste, speisten, ужинал*, обедал*, makan malam bersama, makan siang bersama                        # together
    luncheon, almuerzo, déjeuner, mittagessen, abendessen, обеде, ужине                       # the meal's noun
    会談, 会見, 会った, 会い, 出迎え, 面会, 会合, 晩餐会, 晩さん会, 夕食会                                  # ja
""")
# Setting off for a place: a trip word (VISIT_WORDS) whose day is the trip's first (SETTING_OFF)
SETTING_OFF_WORDS = words("""
    left for, departed for, leaves for, departs for, set off for, headed for, partió hacia, partió rumbo a, partió
    partieron, est parti pour, est partie pour, sont partis pour, s'est envolé pour, s'est envolée pour, abgereist
    aufgebrochen, вылетел в, вылетела в, вылетели в, отправился в, отправилась в, berangkat ke
""")
VISIT_WORDS = SETTING_OFF_WORDS + words("""
    arrive, arrived, arrives, arriving, arrival, visit, visits, visited, visiting, trip, tour, traveled, travelled
    landed, mendarat, aterrizó, aterrizado, atterri, landete, gelandet, приземлил*           # landing is arriving
    前往, 启程前往, 啟程前往                                                                  # setting off (and SETTING_OFF_WORDS)
    travels, flew, stay, sent a delegation, dispatched a delegation, sent a high-level delegation
    attended, attending, took part in, participated in, hadir di, menghadiri, asistió a, participó en, a assisté à     # attending an event abroad
    a participé à, nahm an, nahmen an, teilgenommen, присутствовал на, принял участие в, 참석, 出席, 列席, 出席した
    tiba, kunjungan, mengunjungi, berkunjung, lawatan, melawat, kedatangan, datang ke        # id
    est venu à, est venue à, est venu en, est venue en, sont venus à, sont venus en        # fr: coming to a place is arriving there
    kunjungannya, lawatannya, kedatangannya                      # id: with the possessive -nya (his, her)
    llegó, llegada, visit*, viaje, viajó, estancia, gira                                    # es
    llegaron, llegado, llegará, llegarán, viajaron, viajado, viajará, viajarán, llega, llegan, viaja, viajan  # es
    se desplazó, se desplazaron, se trasladó, se trasladaron                                                 # es
    arrivé, arrivée, arrivés, arrivées, visite, visité, visitée, voyage, s'est rendu, rendu   # fr
    séjour, déplacement, se rendre, se rendra, se rendront, se rendait, s'est rendue, s'y rendra     # fr
    arrivera, arriveront, arriver                                                                    # fr: to come
    besuch*, eingetroffen, reise, reist, reiste, angekommen, aufenthalt                            # de
    reisten, gereist, angereist, eintreffen, eintrifft, eintreffe                                   # de
    expected in, attendu à, attendue à, erwartet, ожидается в                            # "expected in Pyongyang": a trip
    прибы*, прибуд*, визит*, посети*, посещ*, поездк*, прилет*, приехал*, приезжал*, побывал*, съездил*    # ru
    방문, 도착, 방중, 방북, 대표단을 파견                                                         # ko
    訪問, 访问, 访华, 訪華, 访朝, 訪朝, 抵达, 抵達, 到达, 到達, 来访, 來訪, 出访, 出訪, 訪陸, 访陆, 赴  # zh
    訪中, 到着, 訪れ                                                                          # ja
    # staying in a place is being on a trip there ("se encuentra en Pekín desde el martes")
    has been in, have been in, had been in, staying in, se encuentra en, se encontraba en, se trouve à, se trouve en
    se trouvait à, se trouvait en
    weilt, weilte, weilten, находится в, находился в, находилась в, находящийся в, пребывающ*
    berada di, 체류, 머물고, 머무는, 滞在, 逗留, 停留
""")
SIGNING_WORDS = words("""
    signed, signs, signing, inked, agreed to build, agreed to establish
    menandatangani, penandatanganan, ditandatangani           # id
    firmó, firmaron, firma, firmado, suscribieron            # es
    signé, signée, signés, signées, ont signé, signature, conclu   # fr
    unterzeichne*, unterschrieben, schlossen, abgeschlossen   # de
    подписа*, заключил*                                       # ru
    서명, 조인, 체결, 맺었, 签署, 簽署, 签订, 簽訂, 签字, 簽字, 署名, 調印, 締結, 缔结
""")
EXPORT_WORDS = words("""
    export, exports, exported, exporting, exporter, exporters, sold, sells, sell, sales, shipped, shipment, shipments, supplied, supplies, supply, sent, send*, smuggl*
    ekspor*, mengekspor, menjual, penjualan, mengirim, mengirimkan, pasokan, pengiriman, dikirim, dikirimkan  # id
    exportó, exportaron, exportaciones, exportación, vendió, vende, ventas, despachó, envió, exportar, exportarse, exporta, exportan, exportado, exportados, exportada, exportadas    # es
    exporté, exportée, exportés, exportées, exportation, exportations, exporter, vend*, livr*, expédi*  # fr
    exporte, exporten, exportier*, ausfuhr*, lieferte, liefer*, exportgüter, exportgut, ausgeführt werden, ausgeführt wurden, ausgeführt worden   # de
    экспорт*, поставил*, поставк*, поставля*, продал*, вывоз*                                  # ru
    수출, 판매, 공급, 내다 팔, 出口, 输出, 輸出, 销往, 銷往, 供应, 供應, 输往, 輸往, 输送, 輸送, 流入
""")
IMPORT_WORDS = words("""
    import, imports, imported, importing, importer, importers, bought, buys, purchased, purchases
    impor*, mengimpor, membeli, pembelian                      # id
    importó, importaron, importaciones, importación, compró, importar, importarse, importa, importan, importado, importados, importada, importadas      # es
    importé, importée, importés, importées, importation, importations, achat*, achet*   # fr
    importe, importen, importier*, einfuhr*, kaufte, gekauft, eingeführt werden, eingeführt wurden, eingeführt worden    # de
    импорт*, закуп*, ввоз*                                     # ru
    수입, 구매, 구입, 사들이, 사들였, 들여오, 进口, 進口, 输入, 輸入, 購入, 购买, 購買, 采购, 採購, 购进, 購進
""")

TRIGGER_LISTS = {
    "meeting": MEETING_WORDS,
    "visit": VISIT_WORDS,
    "signing": SIGNING_WORDS,
    "export": EXPORT_WORDS,
    "import": IMPORT_WORDS,
}


def combined(lists: dict[str, list[str]]) -> str:
    """One pattern with a named group per list: spaced words whole, CJK words anywhere."""
    spaced = {k: [w for w in ws if not CJK_CHAR.search(w)] for k, ws in lists.items()}
    unspaced = {k: [w for w in ws if CJK_CHAR.search(w)] for k, ws in lists.items()}
    every_spaced = first_chars(w for ws in spaced.values() for w in ws)
    every_unspaced = first_chars(w for ws in unspaced.values() for w in ws)
    spaced_rx = "|".join(f"(?P<{k}>{first_chars(ws)}{trie_pattern(ws)})" for k, ws in spaced.items())
    unspaced_rx = "|".join(f"(?P<{k}_u>{first_chars(ws)}{trie_pattern(ws)})" for k, ws in unspaced.items())
    return rf"(?<!\w){every_spaced}(?:{spaced_rx})(?!\w)|{every_unspaced}(?:{unspaced_rx})"


ALL_TRIGGERS = compile_fast(combined(TRIGGER_LISTS))
ALL_TRIGGERS_CI = compile_fast(combined(TRIGGER_LISTS), re.IGNORECASE)

# German separable verbs: "kam am Montag in Pjöngjang mit ... zusammen" is a meeting.
SEPARABLE_MEETING = compile_fast(r"\b(?:kam|kamen|traf|trafen)\b(?=[^.!?]{0,160}\bzusammen\b)", re.IGNORECASE)
# "führte … Erz in die Volksrepublik aus", "führte … ein": German separable verbs of exporting and importing
# (the particle ends the clause)
_IN_CLAUSE = r"(?:[^.!?,;]|(?<=\d)[.,](?=\d)){0,120}"  # a figure's "2,46" or "50.000" ends no clause
SEPARABLE_EXPORT = compile_fast(rf"\b(?:führte|führten|führt)\b(?={_IN_CLAUSE}\baus\s*(?:[.!?,;]|$))")
SEPARABLE_IMPORT = compile_fast(rf"\b(?:führte|führten|führt)\b(?={_IN_CLAUSE}\bein\s*(?:[.!?,;]|$))")
# "traf am Donnerstag in Pjöngjang ein", "reiste … an", "kam … an": German separable verbs of arriving
# (the particle ends the clause; "kam … zusammen" is a meeting, "kam an der Grenze vorbei" no arrival).
SEPARABLE_ARRIVAL = compile_fast(
    r"\b(?:traf|trafen|trifft|treffen|reiste|reisten)\b(?=[^.!?,;]{0,120}\b(?:ein|an)\s*[.!?,;]|[^.!?,;]{0,120}\b(?:ein|an)$)"
    r"|\b(?:kam|kamen)\b(?=[^.!?,;]{0,120}\ban\s*[.!?,;]|[^.!?,;]{0,120}\ban$)"
    r"|\b(?:hält|hielt|halten|hielten)\s+sich\b(?=[^.!?,;]{0,120}\bauf\s*[.!?,;]|[^.!?,;]{0,120}\bauf$)",
    re.IGNORECASE,
)

# --- kinds of meeting and visit ----------------------------------------------------------

ARRIVAL = word_regex(
    words(
        "arrive, arrived, arrives, arriving, arrival, tiba, kedatangan, llegó, llegada, arrivé, arrivée, eingetroffen, "
        "angekommen, traf, trafen, reiste, kam, kamen, прибы*, прилет*, 도착, 抵达, 抵達, 到达, 到達, 到着, "
        "landed, mendarat, aterrizó, aterrizado, atterri, landete, gelandet, приземлил*, datang ke, est venu, est venue, sont venus"
    )
)
# Establishing diplomatic relations: an event of its own, with its own date, that is no fact
# kind ("established diplomatic relations on 6 October 1949, and signed a treaty in 1961").
DIPLOMATIC_TIES = compile_fast(
    r"\b(?:established|establish|establishing|normali[sz]ed|normali[sz]ing) (?:full |formal )?(?:diplomatic )?"
    r"(?:relations|ties)\b|\b(?:menjalin|membuka) hubungan diplomatik\b|\bestablecieron relaciones diplomáticas\b"
    r"|\bétabli(?:rent)? des relations diplomatiques\b|\bdiplomatische Beziehungen aufgenommen\b"
    r"|\bустановили дипломатические отношения\b|수교|国交を(?:結|樹立)|建交|建立外交关系|建立外交關係",
    re.IGNORECASE,
)
# Setting off for a place: the first day of the trip, not its last ("left for Beijing on Monday")
SETTING_OFF = word_regex(SETTING_OFF_WORDS)
DEPARTURE = word_regex(
    words("""
    left, leaves, departed, concluded, wrapped up, ended, finished, completed, meninggalkan, mengakhiri, salió, concluyó,
    terminó, a quitté, quitté, a achevé, a terminé,
    verließ, beendete, покинул, завершил, 떠났, 떠나, 마치고, 귀국, 离开, 離開, 结束, 結束, 離れ, 終え
""")
)
GREETING = word_regex(
    words("""
    greeted, welcomed, welcomed at, greeted by, welcomed by, was met by, were met by, disambut, menyambut
    met at the airport, met at the station, welcome ceremony, upacara penyambutan, dijemput
    recibido, recibió en el aeropuerto, recibir, accueilli, accueillir, empfangen am, begrüßte, begrüßt, greet, to greet
    встречали, встретил, встретили, встретить, поприветствовал*, поприветствовать, приветствовал*
    영접, 맞이했, 맞았, 환영, 迎接, 欢迎, 歡迎, 出迎え, 歓迎
""")
)
BANQUET = word_regex(
    words(
        "banquet, dinner, luncheon, jamuan, banquete, cena, dîner, bankett, abendessen, банкет, ужин, 연회, 만찬, 오찬, "
        "宴会, 宴請, 宴请, 晚宴, 午宴, 晩餐, 晩さん会, 设宴, 設宴, 款待, 国宴, 國宴, 夕食会, staatsbankett, банкет*, "
        "dined, lunched, cenó, cenaron, almorzó, almorzaron, dîné, déjeuné, speiste, speisten, ужинал*, обедал*, "
        "makan malam, makan siang, almuerzo, déjeuner, mittagessen, обеде, ужине"
    )
)
RECEPTION = word_regex(
    words("received, receives, menerima, recibió, reçu, empfing, принял, 접견, 会见, 會見, 会見, 接见, 接見")
)
COURTESY_CALL = word_regex(
    words(
        "courtesy call, kunjungan kehormatan, visita de cortesía, visite de courtoisie, Höflichkeitsbesuch, 예방, 拜会, 拜會, 表敬訪問"
    )
)
ATTEND = word_regex(
    words("""
    attended, attend, attending, took part in, participated in, hadir, menghadiri, asistió, participó, a assisté,
    a participé, nahm teil, nahmen teil, teilgenommen, присутствовал*, принял участие, 참석, 出席, 参加, 列席
    were present, was present, were also present, was also present, estuvieron presentes, étaient présents, anwesend
    배석, 동석, 同席, 陪席, 在座                                        # present at a meeting others held
""")
)
NAMED_TALKS = compile_fast(
    r"\b(?:six-party|six party|six-way|six-nation|four-party|four-way|peace|nuclear|denuclearization|denuclearisation|"
    r"disarmament|armistice)\s+talks\b"
    r"|\bsechser-gespräch\w*|\bsix-party talks\b|六方会谈|六方會談|6자\s?회담|6者協議|шестисторонн\w*\s+переговор\w*"
    r"|perundingan enam (?:pihak|negara)|pourparlers à six|conversaciones a seis bandas|다자회담|북미 양자회담|米朝対話",
    re.IGNORECASE,
)

# --- modality, negation, reporting -----------------------------------------------------------

PLANNED = word_regex(
    words("""
    will, would, shall, plan, plans, planned, planning, expected, expects, scheduled, may, might, could, possible
    possibly, likely, speculat*, rumor*, rumour*, invited to, proposed, upcoming, seeking, intends, set to, due to
    is to, are to, hopes to, agreed to, agreed earlier to, agreed last month to, sepakat untuk, acordaron
    sont convenus de, vereinbarten, договорились
    akan, rencana, berencana, direncanakan, mungkin, kemungkinan, dijadwalkan, diperkirakan, bersiap, bisa   # id
    mendatang, bevorstehend*, предстоящ*, prochaine visite, próxima visita      # upcoming: id, de, ru, fr, es
    planea, prevé, prevista, previsto, podría, podrían, visitará, viajará, se reunirá, tiene previsto, posible   # es
    se espera, espera que, esperan que, especul*                                                     # es
    planifi*, prévu*, pourrait, devrait, va, doit, se rendra, rencontrera, envisage, attendu, attendue   # fr
    pourraient, aurait pu, auraient pu, éventuel, éventuelle, eventual, eventuales, potential, prospective   # possible: fr, es, en
    möglich*, etwaig*, eventuell*                                                                        # de
    wird, werden, soll, sollen, geplant*, plant, planen, plante, könnte, dürfte, wollte, spekulier*   # de
    планиру*, намерен*, собира*, возможн*, может, посетит, ожидается, проведет, проведёт, должен       # ru
    рассчитыва*, надеется на, надеются на                       # ru: counting on, hoping for (a meeting to come)
    # an event that "will take place", "will be": состоится, станет, aura lieu, tendrá lugar, stattfinden
    состоится, состоятся, станет, aura lieu, se tiendra, se déroulera, tendrá lugar, se celebrará, stattfinden
    will take place, will be held, akan berlangsung, akan digelar
    # hoping to do it: "espera reunirse con", "espère rencontrer", "hofft, … zu treffen", "berharap bertemu"
    espera, esperan, espère, espèrent, hofft, hoffen, berharap, надеется, надеются
    예정, 계획, 가능성, 전망, 관측, 방침, 열기로, 갖기로, 商定, 约定, 約定, 将于, 將於, 即将, 即將, 拟, 擬, 计划, 計劃, 可能, 预计, 預計, 是否, 有望
    猜测, 猜測, 推测, 推測, 传闻, 傳聞, 据传, 據傳, 或将, 或將
    将签署, 將簽署, 将访问, 將訪問, 将举行, 將舉行, 将会见, 將會見, 将出席, 將出席, 将前往, 將前往, 将赴, 將赴, 将会, 將會  # zh: 将 (will)
    予定, 見通し, 方向で, 観測, 可能性, 見込み, 検討, 招請
""")
)
# A time to come named in the clause, before or after its event: "Wang's trip next week comes as …",
# "la visite … la semaine prochaine", "визит на следующей неделе" (next month and next year are dates
# after the article, which make a plan already)
NEXT_PERIOD = word_regex(NEXT_WEEK)
NEGATED = word_regex(
    words("""
    did not, didn't, has not, hasn't, have not, never, no meeting, cancel*, postpone*, not
    tidak, belum, batal                 # id
    no se, no, n'a pas, pas, nicht, kein*, не, нет    # es, fr, de, ru
    않았, 않은, 않고, 취소, 연기, 无, 没有, 沒有, 未, 取消, 推迟, 推遲, なかった, 中止, 見送
""")
)
NEGATED_AFTER = compile_fast(
    r"\b(?:did not|didn't|was not|wasn't|were not|weren't|has not|hasn't|never|was cancel\w*|was postpon\w*|"
    r"tidak|batal|no tuvo lugar|no se celebró|n'a pas eu lieu|n'a pas|nicht|kein\w*|не состоял\w*|не)\b",
    re.IGNORECASE,
)
# A negated verb of saying denies the report, not the event: "met Choe but did not say what they
# discussed", "Xinhua did not specify when Kim met Xi", "no precisó", "n'a pas précisé", "nannte
# nicht", "не уточнил", "tidak menyebutkan"
NEGATED_SAYING = compile_fast(
    r"\s+(?:(?:yet|further|publicly|immediately|any|the|all|details?|more)\s+){0,2}"
    r"(?:specif\w*|say|said|disclose\w*|elaborat\w*|give|gave|reveal\w*|mention\w*|comment\w*|confirm\w*|provide\w*|"
    r"detail\w*|name|identify|explain\w*|precis\w*|revel\w*|dio|dieron|dijo|detall\w*|informó|précis\w*|révél\w*|"
    r"dit|donné|nannte\w*|genannt|gesagt|sagte\w*|mitgeteilt|teilte\w*|angegeben|уточн\w*|раскр\w*|сообщ\w*|назв\w*|"
    r"сказал\w*|menyebut\w*|menjelaskan|merinci|mengungkap\w*|memberi\w*)\b",
    re.IGNORECASE,
)
NOT_NEGATION = compile_fast(
    r"tidak resmi|tidak formal|非正式|비공식|未来|未來|not only|non seulement|no sólo|no solo"
    # "una visita no oficial", "une visite non officielle": unofficial, not negated
    r"|no oficial|non officiel\w*|non-officiel\w*|не официальн\w*",
    re.IGNORECASE,
)
REPORTING = _rx(
    r"\b(?:reported|reports|said|says|announced|told|according|quoted|stated|noted|added|melaporkan|mengatakan|"
    r"menyatakan|kata|ungkap|lapor|menurut|informó|anunció|dijo|afirmó|señaló|según|a rapporté|a annoncé|a indiqué|"
    r"a déclaré|a dit|selon|berichtete|meldete|teilte|sagte|erklärte|laut|сообщил\w*|сообщает|заявил\w*|сказал\w*)\b",
    r"보도|밝혔|전했|발표|말했|报道|報道|报导|報導|宣布|表示|发表|發表|聲明|声明|報じ|発表|伝え|述べ|によると",
)
SPEAKER_AFTER = _rx(
    r"^\s*(?:,\s*)?(?:(?:has|had|also|then|later|further)\s+)*(?:said|says|told|added|noted|stated|stressed|expressed|"
    r"was quoted|quoted|believes|hoped|urged|announced|kata|mengatakan|menyatakan|mengumumkan|dijo|afirmó|añadió|"
    r"señaló|anunció|a déclaré|a dit|a affirmé|a ajouté|a annoncé|sagte|erklärte|betonte|сказал\w*|заявил\w*|"
    r"отметил\w*|объявил\w*)\b",
    r"^\s*(?:은|는|이|가)?\s*(?:[^\s,.]{0,12}\s)?(?:말했|밝혔|강조했|표명했|발표했)|^[^，。,]{0,15}?(?:表示|说|說|指出|强调|強調|稱|称|宣布)"
    r"|^\s*(?:氏)?(?:は|が)?[^。]{0,8}(?:述べ|語っ|表明)",
)
# Every speaker phrase above holds one of these; sentences without any skip the speaker checks.
SPEECH_HINT = word_regex(
    words("""
    said, says, told, added, noted, stated, stressed, expressed, quoted, believes, hoped, urged, according, reported
    announced, mengumumkan, anunció, a annoncé, объявил*, 발표했, 宣布
    kata, mengatakan, menyatakan, menurut, dijo, afirmó, añadió, señaló, según, informó, a dit, a déclaré, a affirmé
    a ajouté, note, selon, sagte, erklärte, betonte, laut, berichtete, сказал*, заявил*, отметил*, по данным, по словам
    сообщ*, 말했, 밝혔, 강조했, 표명했, 따르면, 보도, 表示, 说, 說, 指出, 强调, 強調, 称, 稱, 报道, 報導, 述べ, 語っ, 表明, によると
""")
)
SPEAKER_BEFORE = _rx(r"(?:according to|menurut|según|selon|laut|по данным|по словам)\s+(?:[\w.'’-]+\s+){0,3}$")

# --- the parties, days and places a story carries from sentence to sentence --------------------

# "the two leaders", "양측", "双方": the parties of the talks just reported.
BOTH_SIDES = word_regex(
    words("""
    the two sides, both sides, the two leaders, both leaders, the two allies
    the two ministers, the top diplomats, the two men, the two officials, the two diplomats, the two foreign ministers
    kedua pihak, kedua belah pihak, kedua pemimpin, kedua diplomat, kedua menteri, kedua menlu        # id
    ambas partes, las dos partes, los dos líderes, ambos, los dos cancilleres, los dos diplomáticos      # es
    les deux parties, les deux parties ont, les deux dirigeants, les deux alliés, les deux ministres, les deux diplomates  # fr
    beide seiten, die beiden seiten, beide politiker, beide, die beiden minister, die beiden außenminister  # de
    стороны, обе стороны, лидеры двух стран, министры, главы мид, оба министра               # ru
    양측, 쌍방, 두 정상, 두 사람, 双方, 雙方, 两国领导人, 兩國領導人, 两人, 兩人, 二人, 両首脳, 双方は, 両氏
    두 장관, 양국 외교장관, 两国外长, 兩國外長, 两位外长, 兩位外長, 両外相
    the two, keduanya, les deux
""")
)
# A meeting of the heads of two states: its parties are their leaders.
SUMMIT = word_regex(
    words("""
    summit, summits, summit talks, summit meeting, ktt, pertemuan puncak, cumbre, sommet, gipfel*, саммит*
    정상회담, 수뇌회담, 수뇌상봉, 峰会, 峰會, 首脑会谈, 首腦會談, 首脑会晤, 首腦會晤, 首脳会談
""")
)
BOTH_COUNTRIES = word_regex(
    words(
        "the two countries, both countries, kedua negara, ambos países, los dos países, las dos naciones, les deux pays, "
        "beide länder, die beiden länder, die beiden staaten, обе страны, две страны, "
        "the two governments, both governments, kedua pemerintah, los dos gobiernos, ambos gobiernos, "
        "les deux gouvernements, beide regierungen, die beiden regierungen, правительства двух стран, "
        "양국, 两国, 兩國, 両国"
    )
)
# A trip or stay of several days: a meeting dated only by it happened on one of those days.
MULTI_DAY = compile_fast(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b|\bweek-long\b|\bweeklong\b"
    r"|\bselama (?:dua|tiga|empat|lima|enam|tujuh|\d{1,2}) hari\b|\bfrom \w+ to \w+day\b"
    r"|[一二两兩三四五六七八九十\d]+天|为期|為期|[二三四五六七八九十\d]+日間|\d+일간|\d+박\s*\d+일|일정으로"
    r"|(?:двух|трех|трёх|четырех|четырёх|пяти)дневн|\d+-дневн|\bde (?:deux|trois|quatre|cinq) jours\b"
    r"|\bde (?:dos|tres|cuatro|cinco) días\b|\b(?:zwei|drei|vier|fünf)tägig",
    re.IGNORECASE,
)
# "the same day", "当天": the date the story has reached.
SAME_DAY = word_regex(
    words(
        "the same day, that day, later that day, on the same day, pada hari yang sama, pada hari itu, hari itu, "
        "le même jour, el mismo día, am selben Tag, am gleichen Tag, в тот же день, 이날, 같은 날, 当天, 當天, 当日, 當日, 同日, この日"
    )
)
AIRPORT = word_regex(
    words(
        "airport, bandara, bandar udara, aéroport, aeropuerto, Flughafen, аэропорт*, вокзал*, 공항, 机场, 機場, 空港, station"
    )
)
# "the day before", "전날": a day before the date the story has reached.
DAY_BEFORE = word_regex(
    words(
        "the day before, the previous day, a day earlier, sehari sebelumnya, la veille, el día anterior, am Vortag, "
        "накануне, 전날, 前一天, 前一日, 前日"
    )
)
# A relative clause set off by a comma: ", which will take him to …", "…, que lo llevará a …"
RELATIVE_AFTER_COMMA = compile_fast(
    r",\s*(?:which|that|who|yang|qui|que|lesquel\w*|die|der|das|welche\w*|котор\w*|los cuales|las cuales)\b",
    re.IGNORECASE,
)
RELATIVE = word_regex(
    words(
        "during which, in which, at which, after which, which, where, who, that, yang, di mana, selama itu, "
        "durante el cual, au cours de laquelle, pendant laquelle, während dessen, bei dem, во время котор*, котор*"
    )
)
SEPARATELY = word_regex(
    words(
        "separately, separate meetings, in turn, secara terpisah, masing-masing, por separado, séparément, getrennt, "
        "jeweils, по отдельности, отдельно, 각각, 따로, 잇따라, 개별적으로, 分别, 分別, それぞれ, 個別に, 個別"
    )
)
# Several people met as one group: a greeting party, a banquet, joint or three-way talks.
TOGETHER = word_regex(
    words(
        "together, jointly, trilateral, three-way, bersama, juntos, ensemble, gemeinsam, вместе, 함께, 같이, 共同, 一同, 一起"
    )
)
SPOUSE = compile_fast(
    r"\b(?:his|her) (?:wife|husband|spouse)\b|\b(?:wife|husband|spouse)\b,?\s*$|\b(?:istri|istrinya)\b|\bsu esposa\b"
    r"|\bsa femme\b|\bson épouse\b|\b(?:seine|seiner|dessen|ihr|ihrem|deren) (?:Frau|Ehefrau|Mann|Ehemann)\b|\bсупруг\w*\b|부인|여사|夫人|妻",
    re.IGNORECASE,
)

# Talks held at a distance: a phone call or a video link is no meeting (the people were not in one room).
REMOTE = word_regex(
    words("""
    phone call, phone calls, by phone, by telephone, over the phone, on the phone, telephone conversation, telephone talks
    phone talks, phone conversation, video link, video call, videoconference, video conference, virtual summit
    virtual meeting, online meeting, au téléphone, par téléphone, entretien téléphonique, visioconférence
    por teléfono, conversación telefónica, llamada telefónica, videoconferencia, am telefon, telefonisch, telefonat
    videokonferenz, videoschalte, по телефону, телефонный разговор, телефонного разговора, телефонные переговоры
    по видеосвязи, видеоконференц*, telepon, panggilan telepon, konferensi video, secara virtual, 電話会談, 電話で
    テレビ会議, オンライン会談, 전화, 통화, 화상, 通电话, 通電話, 电话, 電話, 视频, 視頻, 线上, 線上
""")
)

# --- agreements ------------------------------------------------------------------------------

AGREEMENT_NOUN = word_regex(
    words("""
    agreement, agreements, accord, accords, treaty, protocol, memorandum, mou, deal, contract, documents, document
    perjanjian, kesepakatan, nota kesepahaman, dokumen, acuerdo, acuerdos, tratado, protocolo, memorando, convenio
    documentos, traité, protocole, mémorandum, documents, abkommen, vertrag, protokoll, vereinbarung, dokumente
    соглашени*, договор*, протокол*, меморандум*, документ*
    협정, 조약, 의정서, 양해각서, 양해문, 합의문, 문건, 교환문서, 协定, 協定, 条约, 條約, 议定书, 議定書, 谅解备忘录, 諒解備忘錄
    文件, 条約, 覚書, 文書, 合意文書
""")
)
# "concluded" and "schlossen" sign only with an agreement noun ("schlossen ein Abkommen").
SIGNING_NEEDS_NOUN = compile_fast(r"^(?:schlossen|abgeschlossen|заключил\w*|signature|conclu)$", re.IGNORECASE)
NOT_AN_AGREEMENT = compile_fast(
    r"anniversary|peringatan|aniversario|anniversaire|jahrestag|годовщин|주년|周年|週年|署名文章|署名記事|signed article"
    r"|signed a letter|signed an order|signed a decree|signature campaign"
    # "conclu sans accord", "ended without an agreement": no agreement was made
    r"|without (?:an |any )?agreement|sans accord|sin acuerdo|ohne (?:ein )?(?:Abkommen|Einigung)|tanpa kesepakatan"
    r"|без соглашения"
    # "a parade marking 60 years since the signing of the armistice", "memperingati 60 tahun penandatanganan"
    r"|memperingati|\b\d+ (?:years|tahun|años|ans|Jahre|лет) (?:since |sejak |desde |depuis |seit |с )?(?:the |la |der )?"
    r"(?:signing|penandatanganan|firma|signature|unterzeichnung|подписания)",
    re.IGNORECASE,
)

# "on the second day of his visit", "방문 이틀째", "访问的第二天", "訪問2日目", "am zweiten Tag seines
# Besuchs": a day counted from the start of the trip the story follows
NTH_DAY_OF_VISIT = compile_fast(
    r"\bthe (second|third|fourth) day of (?:his|her|their|the|a|its)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b"
    r"|\bво? (второй|третий|четв[её]ртый) день (?:своего |его |её |ее )?(?:[\w-]+\s+){0,2}(?:визита|пребывания|поездки)"
    r"|\b(?:(?:en )?el )?(segundo|tercer|cuarto) día de (?:su|la)\s+(?:[\w-]+\s+){0,2}(?:visita|viaje|estancia|gira)\b"
    r"|\b(?:au|le) (deuxième|troisième|quatrième) jour de (?:sa|la|leur)\s+(?:[\w-]+\s+){0,2}(?:visite|voyage|séjour|tournée)"
    r"|\bam (zweiten|dritten|vierten) Tag (?:seines|ihres|des)\s+(?:[\w-]+\s+){0,2}(?:Besuch|Aufenthalt|Reise)"
    r"|\bpada hari (kedua|ketiga|keempat) (?:kunjungan|lawatan)"
    r"|(?:방문|방중|방북|순방)\s?(이틀|사흘|나흘)째"
    r"|(?:访问|訪問|访华|訪華|访朝|訪朝)的?第(二|三|四)天"
    r"|(?:訪問|訪中|訪朝)(2|3|4|二|三|四)日目",
    re.IGNORECASE,
)
NTH_DAY_NUMBER = {
    "second": 2, "third": 3, "fourth": 4, "второй": 2, "третий": 3, "четвертый": 4, "четвёртый": 4,
    "segundo": 2, "tercer": 3, "cuarto": 4, "deuxième": 2, "troisième": 3, "quatrième": 4,
    "zweiten": 2, "dritten": 3, "vierten": 4, "kedua": 2, "ketiga": 3, "keempat": 4,
    "이틀": 2, "사흘": 3, "나흘": 4, "二": 2, "三": 3, "四": 4, "2": 2, "3": 3, "4": 4,
}  # fmt: skip


# A leader's name for a time or a government: "김정은 시대", "the Kim Jong Un era", "金正恩体制".
ERA_AFTER = compile_fast(
    r"\s?(?:시대|체제|정권|時代|时代|政権|政权|体制|體制)|\s+(?:era|regime|régime|régimen|Ära|эпох\w*)\b",
    re.IGNORECASE,
)

# The one-character names of the countries in Korean and Han compounds: 대북, 对朝, 북·중, 中朝.
COUNTRY_CHAR = {
    **dict.fromkeys("북朝北", "KP"),
    **dict.fromkeys("중中华華", "CN"),
    **dict.fromkeys("남韩韓한", "KR"),
}

# A delegation: a group that travels, whose head may be named elsewhere.
DELEGATION = compile_fast(
    r"\b(?:delegation|delegación|délégation|delegasi|rombongan|делегаци\w*)\b|代表团|代表團|代表団|대표단",
    re.IGNORECASE,
)


# --- trade -----------------------------------------------------------------------------------

# Halting trade: "suspended imports", "stopped importing", "приостанавливает ввоз", "dejó de
# importar", "cesse d'importer", "menghentikan impor", "수입을 중단", "暂停进口".
_HALT = words("""
    suspend, suspended, suspends, suspending, suspension, halt, halts, halting, halted
    stop importing, stops importing, stopped importing, stop imports, stopped imports, stopping imports
    stop exporting, stopped exporting, stop exports, stopped exports, stop buying, stopped buying, stop selling, stopped selling
    stoppt, stoppte, gestoppt, eingestellt, menghentikan, dihentikan, berhenti mengimpor, berhenti membeli
    suspendi*, suspendu*, suspendra*
    приостанов*, приостанавл*, прекрати*, прекращ*, останавлива*, остановил*, остановит*
    deja de importar, dejan de importar, dejó de importar, dejaron de importar, dejará de importar, dejarán de importar
    dejar de importar, dejaría de importar, dejado de importar, deja de comprar, dejó de comprar, dejará de comprar
    cesse d'importer, cessent d'importer, cessera d'importer, cesser d'importer, cessé d'importer, arrête d'importer
    중단, 暂停, 暫停, 停止
""")

# "eine Grenze der Einfuhr": a limit, where German "Grenze" alone is mostly the border
_LIMIT_OF_TRADE = words("""
    grenze des exports, grenze der exporte, grenze der ausfuhr, grenze der ausfuhren, grenze der einfuhr, grenze des imports
""")

SANCTION = word_regex(
    words("""
    ban, banned, bans, banning, barred, bars, prohibited, prohibits, prohibit, prohibition, sanction*, embargo*, injunction
    restricted, restrictions, cap, capped, caps, limit*
    not exceed, not to exceed, tidak boleh melebihi, no debe superar, no superar, ne pas dépasser
    no deben superar, no pueden superar, no podrá superar, no podrán superar
    ne doit pas dépasser, nicht überschreiten, не должен превышать, не должны превышать, 초과할 수 없, 不得超过, 不得超過, 不超过, 不超過
    larang*, dilarang, melarang, larangan, membatasi, dibatasi, sanksi          # id
    prohib*, interdi*, sancion*, restriccion*, tope                            # es, fr
    verbot*, verbiet*, untersagt, sanktion*, embargo, begrenz*, beschränk*, gedeckelt, deckelt, obergrenze*  # de
    einfuhrverbot*, ausfuhrverbot*, importverbot*, exportverbot*, einfuhrstopp*, ausfuhrstopp*, importstopp*, exportstopp*
    запрещ*, запрет*, санкци*, ограничен*, ограничи*, эмбарго                  # ru
    prohíb*, plafonn*                                                          # es, fr
    block, blocked, blocking, blocks, memblokir, diblokir, bloquea*, bloqueó, bloquear*, bloqueo, bloquer, bloqué*, bloquent, bloquera*, blockiert*, блокир*
    금지, 제재, 막혀, 막힌, 상한, 禁止, 制裁, 禁运, 禁運, 禁輸, 限制, 上限, 管制, 禁じ
""")
    + _HALT
    + _LIMIT_OF_TRADE
)
# A halt is a ban when a state orders it ("China suspended imports of coal"), not when a company
# stops selling (the trade rules look at who halts).
SUSPEND = word_regex(_HALT)
BAN = word_regex(
    words("""
    ban, banned, bans, banning, barred, prohibited, prohibits, prohibit, prohibition, injunction, embargo*
    larang*, dilarang, melarang, larangan, prohib*, prohíb*, interdi*, verbot*, verbiet*, untersagt, запрещ*, запрет*
    einfuhrverbot*, ausfuhrverbot*, importverbot*, exportverbot*, einfuhrstopp*, ausfuhrstopp*, importstopp*, exportstopp*
    금지, 禁止, 禁运, 禁運, 禁輸, 禁じ
    block, blocked, blocking, blocks, memblokir, diblokir, bloquea*, bloqueó, bloquear*, bloqueo, bloquer, bloqué*, bloquent, bloquera*, blockiert*, блокир*
""")
    + _HALT
)
CAP = word_regex(
    words(
        "cap, capped, capping, caps, limit*, ceiling, no more than, not more than, plafon, batas, membatasi, dibatasi, "
        "tope, plafond, plafonn*, plus de, obergrenze, höchstens, begrenz*, beschränk*, gedeckelt, deckelt, потолок, не более, "
        "ограничен*, ограничи*, 상한, 上限, 限额, 限額, "
        # "must not exceed 60,000 tonnes": a ceiling said as a verb
        "not exceed, not to exceed, tidak boleh melebihi, no debe superar, no deben superar, "
        "no pueden superar, no podrá superar, no podrán superar, no superar, "
        "ne pas dépasser, ne doit pas dépasser, nicht überschreiten, не должен превышать, не должны превышать, 초과할 수 없, 不得超过, 不得超過, 不超过, 不超過"
    )
    + _LIMIT_OF_TRADE
)
# Goods exempted from a measure ("are exempted", "dikecualikan", "quedan exentos", "sont exemptés",
# "sind ausgenommen", "не распространяется", "例外", "免除", "제외"): what may be traded, not trade
EXEMPT = word_regex(
    words(
        "exempt, exempted, exempts, exemption, exemptions, dikecualikan, pengecualian, exento, exentos, exenta, "
        "exentas, exención, exceptuad*, exempté*, exemption, ausgenommen, ausnahme*, исключени*, не распространя*, "
        "例外, 免除, 除外, 제외, 예외"
    )
)
# A measure said not to reach a good, after the measure's word: "the sanctions do not cover crude
# oil", "这些制裁未涉及原油", "제재 대상에 포함되지 않", "die Sanktionen gelten nicht für Rohöl"
NOT_COVERING = word_regex(
    words(
        "does not cover, do not cover, did not cover, does not apply to, do not apply to, did not apply to, "
        "does not include, do not include, did not include, does not extend to, do not extend to, "
        "tidak mencakup, tidak berlaku untuk, no incluye, no incluyen, no incluía, no afecta a, no afectan a, "
        "no se aplica a, no se aplican a, ne couvre pas, ne couvrent pas, ne concerne pas, ne concernent pas, "
        "ne s'applique pas, ne s'appliquent pas, gilt nicht für, gelten nicht für, betrifft nicht, betreffen nicht, "
        "не распространя*, не касается, не касаются, не затрагива*, не охватыва*, "
        "未涉及, 不涉及, 没有涉及, 不包括, 未包括, 不包含, 未包含, 不适用于, 対象外, 含まれない, 含まれず, 含んでいない, "
        "포함되지 않, 포함하지 않, 해당되지 않, 적용되지 않"
    )
)
NOT_SANCTIONED = compile_fast(
    r"(?:\b(?:not|no|never|tidak|bukan|non|ni|nicht|kein\w*|не)\b[^.,;]{0,45}|\bnon-|不|未|않|비)$",
    re.IGNORECASE,
)


# The lexicons compiled for lower-cased text (see lexicon.lowered): every word list, and the
# hand-written patterns below, whose letters are all lower case. A case-sensitive search of
# lowered text is several times faster than IGNORECASE. (RELATIVE_LEAD is not one: it looks for
# "Trump-Xi" in capitals.)
LOWER = LOWERED
LOWER.update(
    (rx, compile_fast(rx.pattern))
    for rx in (
        SINCE_LEAD,
        LAST_EVENT,
        FUTURE_CUES,
        RELATIVE,
        DAY_BEFORE,
        DEPARTURE,
        ARRIVAL,
        MULTI_DAY,
        NAMED_TALKS,
        NOT_AN_AGREEMENT,
    )
    if rx not in LOWER
)


# LOWER looked up by the pattern object's identity: a compiled pattern hashes its whole compiled
# code on every look-up (3 to 7 microseconds for these lexicons, dozens of look-ups per article).
# Each entry keeps its pattern, so that an id is never that of another, later pattern.
_LOWER_BY_ID: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _lower_twin(rx: re.Pattern) -> re.Pattern | None:
    entry = _LOWER_BY_ID.get(id(rx))
    if entry is None or entry[0] is not rx:
        entry = _LOWER_BY_ID[id(rx)] = (rx, LOWER.get(rx))
    return entry[1]


class Finder:
    """Searches an article with the lexicons, on its lower-cased copy where that keeps offsets."""

    def __init__(self, text: str):
        self.text = text
        self.low = lowered(text)

    def search(self, rx: re.Pattern, lo: int = 0, hi: int | None = None):
        hi = len(self.text) if hi is None else hi
        fast = _lower_twin(rx) if self.low is not None else None
        if fast is not None:
            return fast.search(self.low, lo, hi)
        return rx.search(self.text, lo, hi)

    def finditer(self, rx: re.Pattern, lo: int = 0, hi: int | None = None):
        hi = len(self.text) if hi is None else hi
        fast = _lower_twin(rx) if self.low is not None else None
        if fast is not None:
            return fast.finditer(self.low, lo, hi)
        return rx.finditer(self.text, lo, hi)


# The trigger lexicons on their own, for highlighting event words on the article page.
MEETING = word_regex(MEETING_WORDS)
VISIT = word_regex(VISIT_WORDS)
SIGNING = word_regex(SIGNING_WORDS)
