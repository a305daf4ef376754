"""The README's API examples run as written, against a live test server with real data."""

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import TestCase

from articles.services import ingest_article

README = Path(__file__).resolve().parents[2] / "README.md"
pytestmark = pytest.mark.django_db(transaction=True)


def _blocks(lang: str) -> list[str]:
    section = README.read_text(encoding="utf-8").split("## API", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{lang}\n(.*?)```", section, re.S)


@pytest.fixture
def served(live_server):
    with TestCase.captureOnCommitCallbacks(execute=True):
        ingest_article(
            text="Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.",
            published=dt.date(2019, 1, 9),
            source="Wire",
        )
    return live_server.url


def test_readme_pandas_example_runs(served, capsys):
    (code,) = _blocks("python")
    namespace: dict = {}
    exec(compile(code.replace("http://127.0.0.1:8000", served), "README.md", "exec"), namespace)
    frame = namespace["meetings"]
    assert list(frame["participants"]) == ["Kim Jong Un; Xi Jinping"]
    assert list(frame["place_name"]) == ["Beijing"] and list(frame["evidence_outlet"]) == ["Wire"]
    assert "2019-01-08" in capsys.readouterr().out


def test_readme_curl_example_runs(served, tmp_path):
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    command = _blocks("sh")[0].strip().replace("http://127.0.0.1:8000", served)
    subprocess.run(command, shell=True, check=True, cwd=tmp_path, timeout=60)
    csv_text = (tmp_path / "meetings.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("id,date,") and "Xi Jinping" in csv_text
