"""Search on an index (PostgreSQL): a stored tsvector of title (weight A) and text (B), kept by a
trigger whenever either changes, with a GIN index. The column is not a model field (no query loads
it with an article); SQLite has none and keeps its plain search."""

from django.db import migrations

# The text is cut at 500,000 characters: a tsvector holds at most 1 MB, and an article may be 2 MB.
VECTOR = (
    "setweight(to_tsvector('simple', coalesce({row}title, '')), 'A') || "
    "setweight(to_tsvector('simple', left(coalesce({row}text, ''), 500000)), 'B')"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE articles_article ADD COLUMN search_vector tsvector")
    schema_editor.execute(
        "CREATE OR REPLACE FUNCTION articles_article_search_vector() RETURNS trigger AS $$ "
        f"BEGIN NEW.search_vector := {VECTOR.format(row='NEW.')}; RETURN NEW; END $$ LANGUAGE plpgsql"
    )
    schema_editor.execute(
        "CREATE TRIGGER articles_article_search_vector BEFORE INSERT OR UPDATE OF title, text "
        "ON articles_article FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector()"
    )
    schema_editor.execute(f"UPDATE articles_article SET search_vector = {VECTOR.format(row='')}")
    schema_editor.execute("CREATE INDEX articles_article_search_gin ON articles_article USING gin (search_vector)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS articles_article_search_gin")
    schema_editor.execute("DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article")
    schema_editor.execute("DROP FUNCTION IF EXISTS articles_article_search_vector()")
    schema_editor.execute("ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_article_highlights"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
