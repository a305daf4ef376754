"""The rule tests: extraction alone, on the gazetteer built from the shipped files, with no
database. Each test text is our own, written in the style of the reporting it stands for."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract
from articles.extraction_output import result_to_json
from tracker.gazetteer_files import gazetteer_from_files


@pytest.fixture(scope="session")
def gazetteer():
    return gazetteer_from_files()


@pytest.fixture(scope="session")
def facts(gazetteer):
    """The JSON record of ``manage.py extract`` for one text."""

    def run(text: str, published: str | None = None, lang: str | None = None) -> dict:
        day = dt.date.fromisoformat(published) if published else None
        return result_to_json(extract(text, gazetteer=gazetteer, published=day, language=lang), gazetteer)

    return run
