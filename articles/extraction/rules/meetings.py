"""Meetings: talks, receptions, banquets and welcomes between named people.

Each meeting word (met, talks, 회담, 会见, 会談, встреча, Gespräch …) and the people of its clause
make a meeting, with these refinements:

* a clause with one person continues the sentence's subject ("Kim arrived in Beijing and met
  Xi"), or, in languages that drop a known subject, the story's subject ("El jueves se reunió con
  Wang", "金永南氏とも会い");
* "the two sides held talks" names the parties of the talks just reported;
* "Xi separately met Choe and Kim" is one meeting per guest, and so is "Kim met President Hu and
  Premier Wen" (two officials of one country received in turn), but not a welcome, a banquet or
  joint talks, where everyone named was there together;
* "the Trump-Xi meeting" is a meeting of exactly those two;
* a meeting that did not happen, or that is only planned, is no meeting.
"""

from __future__ import annotations

import re

from .. import cues
from ..candidates import nationality_near
from ..dates import DAY, YEAR
from ..lexicon import compile_fast
from ..scripts import HANGUL_SYLLABLES
from ..types import COUNTRY
from .clauses import SPAN_BEFORE_CLAUSE, TIME_SPAN, own_date
from .context import Article, Sent, distinct, within
from .facts import MeetingFact
from .participants import between_pair, clause_people, compound, head_of, in_role_phrase
from .places import pick_place
from .story import Story

# A verb that continues the sentence's subject: "… and met Xi", ", kemudian diterima oleh …", "并会见".
_CONTINUED = compile_fast(
    r"\b(?:after|before|while|upon|when|setelah|sebelum|sambil|après|avant|después|antes|nach|vor|после)\s+(?:\w+\s+)?$"
    r"|(?:\b(?:and|then|later|also|kemudian|dan|lalu|lantas|juga|et|puis|y|luego|und|dann|и|затем)\s+"
    r"(?:(?:later|then|also|on \w+|kemudian|juga)\s+)?|[,，]\s*)$"
    r"|(?:并|並|随后|隨後|然后|然後|后|後)$",
    re.IGNORECASE,
)


_AT_EVENT = compile_fast(rf"^(?:에는|에|에서는|에서)(?![{HANGUL_SYLLABLES}])|^(?:には|に)")


# The meeting joined by others, told in the passive after its word: "the summit was joined by both
# wives", "la reunión contó con la presencia de", "la rencontre a été suivie par", "das Treffen wurde
# auch von … begleitet", "pertemuan itu juga dihadiri oleh", "во встрече также приняли участие"
_JOINED_BY = compile_fast(
    r"\s+(?:was|were|had\s+been)\s+(?:also\s+)?(?:joined|attended)\s+by\b"
    r"|\s+(?:también\s+)?(?:contó|contaron)\s+con\s+la\s+(?:presencia|participación|asistencia)\s+de\b"
    r"|\s+(?:a|ont)\s+(?:aussi\s+|également\s+)?été\s+(?:rejointe?s?|suivie?s?)\s+par\b"
    r"|\s+(?:wurden?)\s+(?:auch\s+)?von\b[^.;]{0,60}?\b(?:begleitet|besucht)\b"
    r"|(?:\s+(?:itu|tersebut))?\s+(?:juga\s+)?dihadiri\s+(?:juga\s+)?oleh\b"
    r"|\s+также\s+(?:приняли|принял[аи]?)\s+участие\b",
    re.IGNORECASE,
)

_TOOK_PART = compile_fast(r"\s+участие\b")


def _attended(art: Article, sent: Sent, ts: int, te: int) -> bool:
    """A meeting word that only names the occasion others attended ("회담에는 … 참석했다",
    "Attending the talks were …", "出席了会谈", "the summit was joined by …"): a list of
    attendees, not a new meeting."""
    if _JOINED_BY.match(art.text, te) or _TOOK_PART.match(art.text, te):
        return True  # "приняли участие": took part, not "received"
    if art.find.search(cues.ATTEND, sent.start, sent.end) is None:
        return False
    text = art.text
    if _AT_EVENT.match(text[te : te + 4]):
        return True
    return bool(
        re.search(
            r"(?:attend\w*|joined|present at|presentes en|présents à|出席了?|参加了?|列席了?)\s*(?:the\s+|la\s+)?(?:\w+\s+)?$",
            text[max(sent.start, ts - 30) : ts],
            re.IGNORECASE,
        )
    )


# The results of a meeting, named before it ("the outcome of", "hasil", "les résultats du", "итоги"):
# it was held, whatever the sentence goes on to plan ("will deepen ties in line with the outcome of
# the summit")
_OUTCOME_OF = compile_fast(
    r"\b(?:outcomes?|results?|achievements?)\s+of\s+(?:the\s+|their\s+)?(?:\w+\s+)?$"
    r"|\bhasil(?:-hasil)?\s+(?:\w+\s+)?$|\b(?:résultats?|acquis)\s+(?:du|de\s+la|des)\s+(?:\w+\s+)?$"
    r"|\bresultados?\s+(?:de\s+la|del|de\s+los)\s+(?:\w+\s+)?$|\bErgebniss\w*\s+(?:des|der)\s+(?:\w+\s+)?$"
    r"|\bитог\w*\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = compile_fast(r"[,;:，；：。]|\s[–—]\s|\b(?:and then|then|later|kemudian|luego|puis|dann|затем)\b")


def kind_of(art: Article, lo: int, hi: int) -> str:
    if art.find.search(cues.BANQUET, lo, hi):
        return "banquet"
    if art.find.search(cues.GREETING, lo, hi):
        return "welcome"
    if art.find.search(cues.RECEPTION, lo, hi):
        return "reception"
    return "talks"


def _continued_subject(art: Article, sent: Sent, who: list[str], lo: int, ts: int) -> list[str]:
    """ "Ia disambut oleh Ri Jong Ok, kemudian diterima oleh Kim Il Sung", "Kim arrived in Beijing and
    met Xi": a later clause with one person continues the sentence's subject."""
    persons = [m for m in sent.persons if not sent.in_background(m.start)]
    first_trigger = min(
        (t[0] for k in ("meeting", "visit", "signing") for t in art.triggers(k, sent.start, sent.end)), default=sent.end
    )
    if not persons or lo <= sent.start or persons[0].start >= min(lo, first_trigger):
        return who
    if not _CONTINUED.search(art.text, max(lo, ts - 40), ts):
        return who
    subject = persons[0]
    if subject.key in who or (sent.role_hint and in_role_phrase(art.text, subject, sent.start, sent.persons)):
        return who
    return [subject.key, *who]


def _dropped_subject(art: Article, sent: Sent, story: Story, who: list[str]) -> list[str]:
    """In languages that drop a subject the reader knows, a meeting with one named counterpart
    is the subject's meeting with them: the sentence's subject, or the story's when the sentence
    has none; only when the two are of different countries, and never when the one person named
    is that subject already."""
    if len(who) != 1 or not art.pro_drop or who[0] == sent.topic:
        return who
    topic = story.topic_for(sent, within=3)
    if topic and topic != who[0] and art.country_of(topic) and art.country_of(topic) != art.country_of(who[0]):
        return [topic, *who]
    return who


def _place_last_meeting(
    art: Article, sent: Sent, story: Story, who: list[str], date, lo: int, hi: int, ts: int
) -> None:
    """ "The talks were held on the 9th at the Mansudae Assembly Hall", naming no one after the
    meeting was reported without a place, or only in a country: the place of that meeting, when
    the days agree."""
    last = story.last_meeting
    if who or last is None or sent.idx - last.sentence > 2:
        return
    coarse = last.place is not None and last.place.startswith("country:")
    if last.place is not None and not coarse:
        return
    if date is not None and not date.ranged and last.date is not None and last.date.date != date.date:
        return
    place = pick_place(art, sent, lo, hi, ts)
    if place is not None and (
        not coarse or (place != last.place and art.country_of(place) == art.country_of(last.place))
    ):
        last.place = place  # a city of the country it was placed in refines it


def _delegation_head(art: Article, sent: Sent, who: list[str], lo: int, hi: int) -> list[str]:
    """ "Kim met the Chinese delegation", its head named in the sentences around it ("Led by Li
    Hongzhong, the delegation …", "a delegation led by Li arrived on Wednesday"): the meeting
    is with the head, when the head is of another country than the one person named."""
    group = art.find.search(cues.DELEGATION, lo, hi)
    if group is None:
        return who
    home = art.country_of(who[0])
    # "the Russian delegation" is not the Chinese one whose head was named
    theirs = nationality_near(art.text, group.start(), group.end(), lo, hi)
    nearby = art.sentences[sent.idx : sent.idx + 4] + art.sentences[max(0, sent.idx - 2) : sent.idx][::-1]
    for other in nearby:
        head = head_of(art, other, other.start, other.end)
        if head is not None and art.country_of(head) not in ("", home) and theirs in ("", art.country_of(head)):
            return [who[0], head]
    return who


def _sentence_parties(art: Article, sent: Sent, who: list[str]) -> list[str]:
    """Korean and Japanese: a meeting verb whose clause names too few people is the sentence
    subject's meeting with the people of the other country the sentence names ("김정일은 원 총리가
    방북한 4일 순안공항에 직접 영접을 나간데 이어 …")."""
    if not art.verb_final or not sent.topic:
        return who
    home = art.country_of(sent.topic)
    others = [
        m.key
        for m in sent.persons
        if m.key != sent.topic
        and art.country_of(m.key) not in ("", home)
        and not sent.in_background(m.start)
        and not (sent.role_hint and in_role_phrase(art.text, m, sent.start, sent.persons))
    ]
    return distinct([sent.topic, *others]) if others else who


# Two countries named right before "both sides": 朝韩, 中朝, 남북, 북미 …
_NAMED_PAIR = compile_fast(
    r"(?:朝韩|韩朝|朝韓|韓朝|南北|北南|中朝|朝中|中韩|中韓|韩中|韓中|美朝|朝美|中美|美中|日朝|朝日"
    r"|남북|북남|북미|미북|북중|중북|한중|중한|한미|미한|북일|일북)\s*$"
)


def _both_sides(art: Article, sent: Sent, story: Story, events, lo: int, hi: int, ts: int) -> list[str] | None:
    """ "the two sides held talks", "양측은 회담했다": the parties of the talks just reported, or the
    last person named of each of the two countries named last."""
    phrase = art.find.search(cues.BOTH_SIDES, max(lo, ts - 60), ts)  # the subject: "the two sides held talks"
    if phrase is None or re.search(
        r"\b(?:between|of|antara|entre|zwischen|между)\s+$",
        art.text[max(lo, phrase.start() - 12) : phrase.start()],
        re.IGNORECASE,
    ):
        return None  # "the two sides held talks", not "relations between the two sides"
    if _NAMED_PAIR.search(art.text, max(lo, phrase.start() - 8), phrase.start()):
        return None  # "朝韩双方", "남북 양측": two other sides, named, not the parties of the talks just reported
    recent = story.recent_meeting(sent, within=3)
    if recent is not None:
        return list(recent.participants)
    last: dict[str, str] = {}
    for country, key in _people_named_before(art, lo):
        last.pop(country, None)  # the countries in the order they were last named
        last[country] = key
    return list(last.values())[-2:] if len(last) >= 2 else None


def _people_named_before(art: Article, lo: int):
    """(country, person) for each person of a known country named before ``lo``, outside the
    background of their sentence."""
    for m in art.result.mentions:
        if m.start >= lo:
            break
        s = art.sentence_at(m.start)
        country = art.country_of(m.key) if m.label == "PERSON" else ""
        if country and not (s is not None and s.in_background(m.start)):
            yield country, m.key


# Two countries named as one pair: "북-중", "북·중", "中朝"
_CJK_PAIR = compile_fast(
    r"(북|중|朝|中|韩|韓|한|남)\s?[-·・‧]?\s?(북|중|朝|中|韩|韓|한|남)(?=\s?(?:양국|两国|兩國|両国|간|间|間))"
)


def _summit_of_countries(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> list[str]:
    """ "북·중 양국은 평양에서 정상회담을 가졌다", "China and North Korea held a summit":
    a summit whose parties the clause names as two countries is their leaders' meeting, the last
    person of each country the article named before it."""
    if not art.find.search(cues.SUMMIT, max(lo, ts - 4), min(hi, te + 8)):  # "정상회담": the trigger is "회담"
        return []
    pair = _CJK_PAIR.search(art.text, lo, hi)
    countries = {cues.COUNTRY_CHAR[pair.group(1)], cues.COUNTRY_CHAR[pair.group(2)]} if pair else set()
    if not countries and art.find.search(cues.BOTH_COUNTRIES, lo, hi):
        countries = set(art.pair)
    if not countries:
        countries = {art.country_of(m.key) for m in art.countries(sent, lo, hi) if m.label == COUNTRY}
    if len(countries) != 2:
        return []
    last: dict[str, str] = {}
    for country, key in _people_named_before(art, lo):
        if country in countries:
            last[country] = key
    return list(last.values()) if len(last) == 2 else []


def _groups(art: Article, sent: Sent, who: list[str], lo: int, hi: int, ts: int) -> list[list[str]]:
    """One meeting, or one per guest: "Xi separately met Choe and Kim", "Kim met President Hu and
    Premier Wen" (the host before the verb, two or more guests of one other country after it)."""
    marker = art.find.search(cues.SEPARATELY, lo, hi)
    if marker is not None:
        # "赵乐际分别同崔龙海和金正恩举行会谈", "王毅、孙卫东分别同其举行会谈": the one side before
        # "separately", each of the other after it
        after = distinct(m.key for m in within(sent.persons, marker.end(), hi) if m.key in who)
        before = distinct(
            m.key for m in within(sent.persons, lo, marker.start()) if m.key in who and m.key not in after
        )
        if len(before) == 1 and len(after) >= 2:
            return [[before[0], k] for k in after]
        if len(after) == 1 and len(before) >= 2:
            return [[k, after[0]] for k in before]
    host = [m.key for m in within(sent.persons, lo, ts) if m.key in who]
    if art.verb_final:
        host = host[:1]
    guests = [k for k in who if k not in host]
    if len(set(host)) != 1 or len(guests) < 2:
        return [who]
    separately = marker is not None
    together = any(art.find.search(rx, lo, hi) for rx in (cues.TOGETHER, cues.BANQUET, cues.GREETING))
    guest_countries = {art.country_of(g) for g in guests}
    in_turn = (
        not together
        and len(guest_countries) == 1
        and "" not in guest_countries
        and guest_countries != {art.country_of(host[0])}
        and not art.verb_final
    )
    if separately or in_turn:
        return [[host[0], g] for g in guests]
    return [who]


def _dated_guests(art: Article, sent: Sent, who: list[str], lo: int, hi: int, ts: int) -> list[tuple] | None:
    """(group, date) for each guest who has a day of their own: "崔外相は28日に王毅外相と、29日には
    李強首相と会談した", "met Wang Yi on Sunday and Li Qiang on Monday" are two meetings, each on its day.
    The days stand all before their guests or all after them; None unless each guest has one and
    the days differ."""
    people = within(sent.persons, lo, hi)
    host = [m for m in people if m.start < ts and m.key in who][:1]
    dates = [d for d in sent.dates if lo <= d.start < hi and sent.in_background(d.start) is None]
    if art.verb_final and host and within(dates, lo, host[0].start):
        # "최 외무상은 27일 베이징에 도착해 28일 왕이 외교부장과, 29일에는 …": the clause opens with a
        # dated guest; the host is the sentence's subject, before the clause
        host = [m for m in sent.persons if m.start < lo][:1]
    if not host:
        return None
    guests: list = []
    for m in people:
        if m.key != host[0].key and m.start > host[0].start and m.key not in {g.key for g in guests}:
            if m.key in who or art.verb_final:
                guests.append(m)
    if len(guests) < 2:
        return None
    end = ts if art.verb_final and ts > guests[-1].start else hi
    bounds = [host[0].end] + [g.end for g in guests] + [end]
    before = [within(dates, bounds[i], g.start)[-1:] for i, g in enumerate(guests)]
    after = [
        within(dates, g.end, guests[i + 1].start if i + 1 < len(guests) else end)[:1] for i, g in enumerate(guests)
    ]
    for days in (before, after):
        if all(days) and len({d[0].iso() for d in days}) == len(days):
            return [([host[0].key, g.key], d[0]) for g, d in zip(guests, days, strict=True)]
    return None


_REPORT_DAY_CUE = compile_fast(
    r"\b(?:later|earlier) (?:in|that) the day\b|\b(?:later|earlier) that day\b|\bplus tard dans la journée\b"
    r"|\bmás tarde ese mismo día\b|\bim Laufe des Tages\b|\bпозднее в тот же день\b",
    re.IGNORECASE,
)


def _day_of_report(art: Article, sent: Sent, lo: int, hi: int):
    """ "Xinhua reported it on Friday … The talks were held later in the day": the meeting
    already told without a day took place on the day of the report that told it."""
    if not (art.find.search(_REPORT_DAY_CUE, lo, hi) or art.find.search(cues.SAME_DAY, lo, hi)):
        return None
    for i in range(sent.idx, max(-1, sent.idx - 3), -1):
        days = [d for d in art.report_dates.get(i, []) if d.precision == DAY]
        if days:
            return days[-1]
    return None


# A meeting looked forward to: "ahead of a summit", "menjelang pertemuan", "à l'approche du sommet",
# "de cara a la cumbre", "im Vorfeld des Gipfels", "в преддверии встречи", "정상회담을 앞두고", "峰会前夕"
_AHEAD_BEFORE = compile_fast(
    r"\b(?:ahead of|in the run-up to|menjelang|jelang|en vue d[eu]|à l['’]approche d[eu]|de cara a|im Vorfeld|"
    r"в преддверии|накануне"
    # preparing for it: "in preparation for a second summit", "sebagai persiapan untuk", "en vue de"
    r"|in preparation for|to prepare for|preparing for|(?:sebagai\s+)?persiapan untuk|en préparation d[eu]|pour préparer|"
    r"en preparación (?:para|de)|para preparar|zur Vorbereitung (?:auf|des|der)|в рамках подготовки к|для подготовки к|"
    r"готовясь к"
    # "weeks before a summit with Trump", "quelques semaines avant un sommet", "unas semanas antes de"
    rf"|(?:[\w-]+\s+)?{TIME_SPAN}\s+(?:before|avant|antes de|vor|sebelum))\s+"
    r"(?:(?:the|a|an|his|her|their|its|le|la|les|l['’]|un|une|el|los|las|una|un|des|dem|der|den|einem|einer|"
    r"einen)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?\Z",
    re.IGNORECASE,
)
_SPAN_BEFORE_CLAUSE = compile_fast(rf"{SPAN_BEFORE_CLAUSE}\s+(?:[\w'’.-]+\s+){{1,6}}\Z", re.IGNORECASE)
_AHEAD_AFTER = compile_fast(r"\s?(?:을|를)?\s?앞두고|前夕|を前に")


# A meeting word followed by "after" in Chinese, Japanese or Korean dates the event that follows it
_AFTER_THE_TALKS = compile_fast(r"\s?(?:後|后|之后|之後|以後|以后|후|이후|뒤)")
# (a noun, not a verb: "최룡해를 만난 이후 3년여 만" is since a meeting that was held)
_TALKS_NOUN = compile_fast(r"(?:会談|会谈|會談|会见|會見|会見|会晤|會晤|회담|면담|회견|접견|회동)\Z")


def _no_meeting_here(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int) -> bool:
    """Whether the meeting word of this clause names no meeting held by its people."""
    return bool(
        # "did not meet"; "urged all parties to restart the six-party talks"
        art.negated(lo, hi, ts, te)
        or art.find.search(cues.NAMED_TALKS, max(lo, ts - 24), min(hi, te + 16))
        # "会談後、両国の閣僚が…調印", "회담 후": the time of another event, told by the talks
        or (_TALKS_NOUN.search(art.text, ts, te) and _AFTER_THE_TALKS.match(art.text, te))
        # "held talks by phone", "電話会談", "通电话": not in one room
        or art.find.search(cues.REMOTE, lo, hi)
        # "con honores similares a los que recibió Putin": the reception compared with
        or art.find.search(cues.COMPARISON, max(sent.start, ts - 40), ts)
        # "회담에는 리길성 부상 … 등이 참석했으며": who attended the talks already reported
        or _attended(art, sent, ts, te)
    )


# ", and later held separate talks with Putin": a second predicate of the sentence's subject
_LATER_PREDICATE = compile_fast(
    r",\s*(?:and|y|et|und|и|а|dan)\s+(?:then|later|afterwards|luego|después|ensuite|puis|später|dann|затем|позже|kemudian)\s+"
    r"(?:[\w-]+\s+){0,2}?\Z",  # "held separate talks", "se reunió", "провёл отдельные переговоры"
    re.IGNORECASE,
)


def _second_predicate(art: Article, sent: Sent, lo: int, ts: int) -> list[str]:
    """ "On Wednesday he stood with Xi and Putin on the rostrum, and later held talks with Putin": the
    talks are the subject's with the people named after the verb, not with those of the first
    predicate."""
    if not _LATER_PREDICATE.search(art.text[max(sent.start, ts - 40) : ts]):
        return []
    people = [m for m in sent.persons if not sent.in_background(m.start)]
    subject = next((m for m in people if m.start < ts), None)
    after = [m.key for m in people if m.start > ts]
    if subject is None or not after:
        return []
    return distinct([subject.key, *after])


def _planned(art: Article, sent: Sent, lo: int, hi: int, ts: int, te: int, date) -> bool:
    """A meeting still to come: said to be planned (not one whose outcome is cited), or looked
    forward to ("significant ahead of a summit between Obama and Xi") unless the clause dates it
    before the article ("ahead of his summit with Trump in June 2018")."""
    if art.planned(lo, hi, ts, te):
        return not _OUTCOME_OF.search(art.text, max(lo, ts - 30), ts)
    # (the lead may open the clause: "wenige Wochen | vor einem Gipfeltreffen"; a clause of its own
    # may follow it: "seminggu sebelum keduanya berunding", "a week before he and Trump met")
    start = max(0, lo - 30, ts - 60)
    window = art.text[start:ts]
    ahead = _AHEAD_BEFORE.search(window)
    if ahead and date is not None and date.start and date.start < start + ahead.start():
        date = None  # "visited … on Thursday, a week before the summit": Thursday is the visit's
    if ahead or _AHEAD_AFTER.match(art.text, te):
        return date is None or art.published is None or date.iso() >= art.published.isoformat()[: len(date.iso())]
    if _SPAN_BEFORE_CLAUSE.search(window) and art.published is not None:
        # "a week before he and Trump meet": still to come, unless the sentence dates what came first
        # before the article ("in May 2018, a month before Kim and Trump met in Singapore")
        return not any(d.date < art.published.replace(day=1) for d in sent.dates if d.start < ts)
    return False


# Talking something over is a meeting only between its two subjects ("X and his counterpart Y
# discussed …") or with the person after "with" ("X discussed … with Y"); "X discussed Y's proposal"
# is no meeting with Y.
_DISCUSSED = compile_fast("|".join(re.escape(w) for w in cues.DISCUSSED_WORDS), re.IGNORECASE)
_JOINT_SUBJECTS = compile_fast(rf"\s*,?\s*{cues.AND}\s+[^.;:!?]{{0,50}}?\Z", re.IGNORECASE)


def _talked_over_together(art: Article, sent: Sent, hi: int, ts: int, te: int) -> bool:
    before = [m for m in sent.persons if m.end <= ts]
    if len(before) >= 2 and _JOINT_SUBJECTS.match(art.text[before[-2].end : before[-1].start]):
        return True
    return any(m.start > te and cues.WITH.search(art.text, te, m.start) for m in sent.persons if m.start < hi)


def find_meetings(art: Article, sent: Sent, story: Story, events) -> list[tuple[MeetingFact, int, int, int]]:
    """The meetings of one sentence, as (fact, clause start, clause end, trigger start)."""
    from .clauses import clauses

    found = []
    unplaced = story.last_meeting is not None and story.last_meeting.place is None
    if (
        not sent.persons
        and not unplaced
        and not art.find.search(cues.BOTH_SIDES, sent.start, sent.end)
        and not story.topic_for(sent, 3)
    ):
        return found  # no one to meet, named or understood, and no meeting to place
    for lo, hi, ts, te in clauses(art, sent, "meeting"):
        if _no_meeting_here(art, sent, lo, hi, ts, te):
            continue
        if _DISCUSSED.fullmatch(art.text, ts, te) and not _talked_over_together(art, sent, hi, ts, te):
            continue
        who = (
            compound(art, sent, ts)
            or art.compounds.get((ts, te))
            or between_pair(art, sent, ts, te)
            or _second_predicate(art, sent, lo, ts)
            or clause_people(art, sent, lo, hi, ts, banquet=kind_of(art, lo, hi) == "banquet")
        )
        background = sent.in_background(ts) is not None
        date = own_date(sent, lo, hi, ts)
        if date is not None and date.ranged:
            date = date.as_month()  # "visited from Sunday to Wednesday and held talks": some day of those
        if len(who) == 1:
            who = _continued_subject(art, sent, who, lo, ts)
        if len(who) == 1:
            who = _dropped_subject(art, sent, story, who)
        if len(who) == 1:
            who = _delegation_head(art, sent, who, lo, hi)
        if len(who) < 2 and not background:
            who = _sentence_parties(art, sent, who)
        if len(who) < 2 and found and not _CLAUSE_BREAK.search(art.text, found[-1][3], ts):
            # "Kim hosted Xi at a banquet in Pyongyang": a second event word of the same event
            prev = found[-1][0]
            prev.place = prev.place or pick_place(art, sent, lo, hi, ts)
            prev.kind = "banquet" if kind_of(art, lo, hi) == "banquet" else prev.kind
            continue
        if len(who) < 2 and found and art.find.search(cues.BOTH_SIDES, lo, hi):
            # "X was welcomed by Y, and the two leaders then held talks in Pyongyang": the same
            # meeting, which this clause may place
            found[-1][0].place = found[-1][0].place or pick_place(art, sent, lo, hi, ts)
            continue
        if len(who) < 2:
            who = _both_sides(art, sent, story, events, lo, hi, ts) or who
        if not who and not background:
            who = _summit_of_countries(art, sent, lo, hi, ts, te)
        if len(who) < 2 and cues.SINCE.search(art.text, lo, hi):
            people = distinct(m.key for m in sent.persons)
            year = next((d for d in within(sent.all_dates, lo, hi) if d.precision == YEAR), None)
            if len(people) >= 2 and year is not None:  # "…, their first summit since 2019"
                found.append(
                    (
                        MeetingFact(
                            people, year, None, "talks", sent.idx, sent.start, sent.end, background=True, rule="since"
                        ),
                        lo,
                        hi,
                        ts,
                    )
                )
            continue
        if len(who) < 2:
            _place_last_meeting(art, sent, story, who, date, lo, hi, ts)
            if not who and date and story.last_meeting is not None and story.last_meeting.date is None:
                story.last_meeting.date = date  # "Das Gespräch fand am Freitag statt"
            elif not who and date is None and story.last_meeting is not None and story.last_meeting.date is None:
                story.last_meeting.date = _day_of_report(art, sent, lo, hi)
            continue
        kind = kind_of(art, lo, hi)
        place = pick_place(art, sent, lo, hi, ts)
        planned = _planned(art, sent, lo, hi, ts, te, date)
        groups = _dated_guests(art, sent, who, lo, hi, ts) or [(g, date) for g in _groups(art, sent, who, lo, hi, ts)]
        for group, day in groups:
            fact = MeetingFact(
                group,
                day,
                place,
                kind,
                sent.idx,
                sent.start,
                sent.end,
                planned=planned,
                background=background,
                rule="meeting",
            )
            found.append((fact, lo, hi, ts))
    return found
