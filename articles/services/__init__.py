"""Writes: ingest an article, run extraction on it, store what extraction found.

Views, the admin, management commands, the API and Celery tasks all call these functions;
none of them writes articles or facts any other way. One module per concern:

* ``ingest``: text checked and cleaned, duplicates found, the article saved and queued;
* ``web``: URLs fetched, versions kept, fetching again; ``ingest()``, the entry for every path;
* ``processing``: the pipeline run on a stored article, failures recorded, the sweep;
* ``storing``: mentions, facts and evidence stored from an extraction result;
* ``stories``: near-copies of one report grouped into a story;
* ``accuracy``: the current pipeline scored against editors' decisions.

The gazetteer the pipeline reads is built in ``tracker.gazetteer``, next to its models.
"""

from tracker.gazetteer import build_gazetteer, current_gazetteer, gazetteer_version, sanctions_table

from .accuracy import score_against_reviews
from .ingest import (
    IngestError,
    IngestResult,
    clean_text,
    content_hash,
    find_duplicate,
    get_or_create_source,
    ingest_article,
    mark_failed,
    queue_extraction,
    requeue_articles,
    validate_published,
    validate_text,
)
from .processing import ExtractionFailed, process_article, run_pipeline, sweep_stuck, warm_pipeline
from .stories import StoryPlacement, place_in_story, store_story
from .storing import apply_extraction
from .web import fetch_into, ingest, ingest_url, queue_refetch, refetch_now

__all__ = [
    "ExtractionFailed",
    "IngestError",
    "IngestResult",
    "StoryPlacement",
    "apply_extraction",
    "build_gazetteer",
    "clean_text",
    "content_hash",
    "current_gazetteer",
    "fetch_into",
    "find_duplicate",
    "gazetteer_version",
    "get_or_create_source",
    "ingest",
    "ingest_article",
    "ingest_url",
    "mark_failed",
    "place_in_story",
    "process_article",
    "queue_extraction",
    "queue_refetch",
    "refetch_now",
    "requeue_articles",
    "run_pipeline",
    "sanctions_table",
    "score_against_reviews",
    "store_story",
    "sweep_stuck",
    "validate_published",
    "validate_text",
    "warm_pipeline",
]
