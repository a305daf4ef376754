"""One event, one fact: the merge policy of articles.merging, through the real ingest path.

Each pair of texts is our own, written as two outlets would report one event."""

import datetime as dt

import pytest

from articles import merging
from articles.models import Article, Evidence, Source
from articles.services import ingest_article
from tracker.models import Meeting, ReviewState, Visit
from tracker.selectors import Reports

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(django_capture_on_commit_callbacks):
    outlets = {}

    def run(text, published, outlet="Outlet A"):
        source = outlets.get(outlet) or Source.objects.create(
            name=outlet, domain=f"{outlet.lower().replace(' ', '')}.test"
        )
        outlets[outlet] = source
        with django_capture_on_commit_callbacks(execute=True):
            result = ingest_article(text=text, published=dt.date.fromisoformat(published), source=source)
        article = Article.objects.get(pk=result.article.pk)
        assert article.status == "done", article.error
        return article

    return run


def _meetings_of(*names):
    return [m for m in Meeting.objects.all() if sorted(a.name for a in m.participants.all()) == sorted(names)]


def test_a_day_and_its_month_are_one_meeting_with_the_day_kept(report):
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 8 January 2019.", "2019-01-10", "Outlet A")
    report("Kim Jong Un and Xi Jinping held talks in Beijing in January 2019.", "2019-01-12", "Outlet B")
    (meeting,) = _meetings_of("Kim Jong Un", "Xi Jinping")
    assert (meeting.date, meeting.date_precision) == (dt.date(2019, 1, 8), "day")
    assert meeting.evidence.count() == 2


def test_the_same_talks_reported_one_day_apart_are_one_meeting(report):
    report("Xi Jinping held talks with Kim Jong Un in Pyongyang on 20 June 2019.", "2019-06-21", "Outlet A")
    report("Xi Jinping held talks with Kim Jong Un in Pyongyang on 21 June 2019.", "2019-06-21", "Outlet B")
    (meeting,) = _meetings_of("Kim Jong Un", "Xi Jinping")
    assert meeting.evidence.count() == 2


def test_a_report_adding_a_spouse_is_the_same_meeting_with_the_people_both_agree_on(report):
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 8 January 2019.", "2019-01-10", "Outlet A")
    report(
        "Xi Jinping and Peng Liyuan held talks with Kim Jong Un in Beijing on 8 January 2019.", "2019-01-10", "Outlet B"
    )
    meetings = [m for m in Meeting.objects.all() if m.date == dt.date(2019, 1, 8)]
    assert len(meetings) == 1
    assert sorted(a.name for a in meetings[0].participants.all()) == ["Kim Jong Un", "Xi Jinping"]


def test_the_same_people_a_month_apart_are_two_meetings(report):
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 27 March 2018.", "2018-03-28", "Outlet A")
    report("Xi Jinping held talks with Kim Jong Un in Dalian on 8 May 2018.", "2018-05-09", "Outlet B")
    assert len(_meetings_of("Kim Jong Un", "Xi Jinping")) == 2


def test_two_meetings_on_one_day_with_different_people_stay_apart(report):
    report("Wang Yi held talks with Ri Yong Ho in Pyongyang on 2 May 2018.", "2018-05-03", "Outlet A")
    report("Wang Yi met Kim Jong Un in Pyongyang on 2 May 2018.", "2018-05-03", "Outlet B")
    assert len(_meetings_of("Ri Yong Ho", "Wang Yi")) == 1
    assert len(_meetings_of("Kim Jong Un", "Wang Yi")) == 1


def test_a_trip_dated_by_its_arrival_and_by_its_talks_is_one_visit(report):
    report("Kim Jong Un arrived in Beijing on 7 January 2019.", "2019-01-08", "Outlet A")
    report("Kim Jong Un visited Beijing on 8 January 2019.", "2019-01-09", "Outlet B")
    visits = list(Visit.objects.filter(visitor__name="Kim Jong Un"))
    assert len(visits) == 1 and visits[0].evidence.count() == 2


def test_a_reviewed_fact_is_not_changed_or_merged_away(report):
    report("Xi Jinping held talks with Kim Jong Un in Beijing in January 2019.", "2019-01-12", "Outlet A")
    (meeting,) = _meetings_of("Kim Jong Un", "Xi Jinping")
    Meeting.objects.filter(pk=meeting.pk).update(review_state=ReviewState.CONFIRMED)
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 8 January 2019.", "2019-01-10", "Outlet B")
    (again,) = _meetings_of("Kim Jong Un", "Xi Jinping")
    assert again.pk == meeting.pk and again.review_state == ReviewState.CONFIRMED
    assert (again.date_precision, again.evidence.count()) == ("month", 2)

    other = Meeting.objects.create(date=dt.date(2019, 1, 8), date_precision="day")
    kept = merging.merge_facts(other, again)  # the reviewed one is kept whichever way round
    assert kept.pk == meeting.pk and not Meeting.objects.filter(pk=other.pk).exists()


def test_an_editor_splits_a_wrong_merge_and_merges_it_back(report):
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 8 January 2019.", "2019-01-10", "Outlet A")
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 9 January 2019.", "2019-01-10", "Outlet B")
    (meeting,) = _meetings_of("Kim Jong Un", "Xi Jinping")
    second = meeting.evidence.order_by("pk").last()
    split = merging.split_evidence([second.pk])
    assert split.pk != meeting.pk and split.review_state == ReviewState.EDITED
    assert list(Evidence.objects.filter(meeting=split)) == [second]
    assert meeting.evidence.count() == 1
    with pytest.raises(merging.MergeRefused):
        merging.split_evidence([meeting.evidence.get().pk])  # a fact keeps at least one report
    merging.merge_facts(meeting, split)
    assert Meeting.objects.filter(pk__in=[meeting.pk, split.pk]).count() == 1


def test_independent_reports_never_outnumber_outlets(report):
    report("Xi Jinping held talks with Kim Jong Un in Beijing on 8 January 2019.", "2019-01-10", "Outlet A")
    report("Kim Jong Un held talks with Xi Jinping in Beijing on 8 January 2019.", "2019-01-11", "Outlet A")
    (meeting,) = _meetings_of("Kim Jong Un", "Xi Jinping")
    reports = Reports.of(meeting.evidence.select_related("article"))
    assert (reports.articles, reports.outlets) == (2, 1)
    assert reports.independent <= reports.outlets
