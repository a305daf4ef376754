"""Substring search in any script on an index (PostgreSQL): pg_trgm GIN indexes on the title and
the text, so that a query in Han or kana, which has no spaces between words for the tsvector to
split on, is found by index (three characters or more; shorter ones are read row by row, under
the search's statement timeout). Where the extension cannot be created (no privilege), the
indexes are left out and the search still works, more slowly."""

import logging

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as exc:
        log.warning("pg_trgm is not available (%s); substring search stays without an index.", exc)
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS articles_article_text_trgm ON articles_article USING gin (text gin_trgm_ops)"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS articles_article_title_trgm ON articles_article USING gin (title gin_trgm_ops)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS articles_article_text_trgm")
    schema_editor.execute("DROP INDEX IF EXISTS articles_article_title_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_article_search_vector"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
