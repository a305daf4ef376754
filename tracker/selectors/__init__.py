"""Reads for the pages: each function fetches everything its template shows, in a fixed number
of queries whatever the size of the data (pinned by tests). One module per part of the site:

* ``cache``: the data version and the cache of counts and charts keyed by it;
* ``names``: records found by any of their names;
* ``events``: the timeline, its chart and widget, one fact;
* ``articles``: recent articles, statuses, one article, search;
* ``actors``: actor and place pages;
* ``trade``: goods named in the news by heading and period, and the customs statistics;
* ``review``: the editors' review queue and its counts.
"""

from .actors import ACTOR_LIST, actor_countries, actor_detail, actor_list, place_detail
from .articles import SearchTooBroad, article_detail, filter_choices, recent_articles, search, status_counts
from .cache import cached, data_version
from .events import (
    EventRow,
    Reports,
    TimelineFilters,
    contacts_per_year,
    fact_detail,
    meeting_context,
    timeline_after,
    timeline_items,
    timeline_page,
    widget_items,
)
from .names import NameNotFound, find_by_name, name_suggestions
from .review import review_counts, review_queue, reviewed_counts
from .trade import commodity_evidence, heading_statistics, statistics_overview, trade_heading, trade_overview

__all__ = [
    "ACTOR_LIST",
    "EventRow",
    "NameNotFound",
    "Reports",
    "SearchTooBroad",
    "TimelineFilters",
    "actor_countries",
    "actor_detail",
    "actor_list",
    "article_detail",
    "cached",
    "commodity_evidence",
    "contacts_per_year",
    "data_version",
    "fact_detail",
    "heading_statistics",
    "filter_choices",
    "find_by_name",
    "meeting_context",
    "name_suggestions",
    "place_detail",
    "recent_articles",
    "review_counts",
    "review_queue",
    "reviewed_counts",
    "search",
    "statistics_overview",
    "status_counts",
    "timeline_after",
    "timeline_items",
    "timeline_page",
    "trade_heading",
    "trade_overview",
    "widget_items",
]
