"""The file-built gazetteer the rule tests use gives the facts the database's gives."""

import datetime as dt
import json

import pytest

from articles.extraction import extract
from articles.extraction_output import result_to_json
from articles.services import current_gazetteer
from tests.conftest import CORPUS, require_or_skip

FACTS = ("meetings", "visits", "agreements", "trade_items")


def _strip(record: dict) -> dict:
    return {k: record[k] for k in FACTS}


@pytest.mark.django_db
def test_the_file_gazetteer_finds_what_the_loaded_database_finds(gazetteer):
    if not (CORPUS / "gold.jsonl").exists():
        require_or_skip(f"the shared dev corpus {CORPUS} is missing")
    cases = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert cases
    db = current_gazetteer()
    for case in cases:
        text = (CORPUS / case["file"]).read_text(encoding="utf-8")
        day = dt.date.fromisoformat(case["published"]) if case.get("published") else None
        from_files = result_to_json(extract(text, gazetteer=gazetteer, published=day), gazetteer)
        from_db = result_to_json(extract(text, gazetteer=db, published=day), db)
        assert _strip(from_files) == _strip(from_db), case["file"]
