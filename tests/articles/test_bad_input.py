"""Bad input gets a clear error and loses nothing: a corpus of hostile and broken inputs against
the ingest service, the API and the ingest command. Nothing already stored may change."""

import datetime as dt
import json

import pytest
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from articles.models import Article
from articles.services import IngestError, ingest_article

pytestmark = pytest.mark.django_db

KEEP = "Kim Jong Un met Xi Jinping in Beijing on Tuesday, the stored article says."


@pytest.fixture
def stored(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest_article(text=KEEP, title="Stored", published=dt.date(2019, 1, 9)).article
    return article


def _snapshot():
    return list(Article.objects.order_by("pk").values())


@pytest.fixture
def unchanged(stored):
    before = _snapshot()
    yield
    assert _snapshot() == before, "stored articles changed"


SERVICE_CASES = [
    ("empty", dict(text=""), "empty"),
    ("whitespace", dict(text=" \n\t \u3000 "), "empty"),
    ("none", dict(text=None), "missing"),
    ("control-chars-only", dict(text="\x00\x01\x02\x7f"), "empty"),
    ("ten-megabytes", dict(text="x" * 10_000_000), "limit is"),
    ("lone-surrogate", dict(text="Kim \ud800 met Xi"), "invalid Unicode"),
    ("future-date", dict(text="Kim Jong Un met Xi Jinping.", published=dt.date(2999, 1, 1)), "in the future"),
    ("before-1900", dict(text="Kim Jong Un met Xi Jinping.", published=dt.date(1850, 1, 1)), "before 1900"),
]


@pytest.mark.parametrize(("case", "kwargs", "message"), SERVICE_CASES, ids=[c[0] for c in SERVICE_CASES])
def test_service_refuses_with_a_message(unchanged, case, kwargs, message):
    with pytest.raises(IngestError, match=message):
        ingest_article(**kwargs)


HANDLED = [
    ("duplicate-text", KEEP),
    ("duplicate-rewrapped", KEEP.replace(" ", "\n")),
    ("one-200k-char-line", "Kim Jong Un met Xi Jinping. " + "a" * 200_000),
    ("unknown-language", "ขณะที่ผู้นำทั้งสองพบกันที่กรุงปักกิ่ง คิม จอง อึน และ สี จิ้นผิง"),
    ("script-tags-as-text", "<script>alert(1)</script><b>Kim Jong Un</b> met Xi Jinping."),
    ("rtl-and-emoji", "\u202eKim Jong Un 🤝 Xi Jinping\u202c met in Beijing."),
    ("crlf-and-tabs", "Kim Jong Un\r\n\tmet Xi Jinping\r\nin Beijing."),
]


@pytest.mark.parametrize(("case", "text"), HANDLED, ids=[c[0] for c in HANDLED])
def test_service_handles_odd_but_valid_text(stored, django_capture_on_commit_callbacks, case, text):
    before = Article.objects.get(pk=stored.pk)
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(text=text)
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == "done", article.error
    assert Article.objects.get(pk=stored.pk).text == before.text
    if case.startswith("duplicate"):
        assert not result.created and article.pk == stored.pk


API_CASES = [
    ("empty-json", {}, 400, "text"),
    ("whitespace-text", {"text": "   "}, 400, "text"),
    ("text-not-a-string", {"text": ["a", "b"]}, 400, "text"),
    ("bad-date", {"text": "x", "published": "yesterday"}, 400, "published"),
    ("future-date", {"text": "Kim met Xi.", "published": "2999-01-01"}, 400, "published"),
    ("old-date", {"text": "Kim met Xi.", "published": "1850-01-01"}, 400, "published"),
    ("bad-url", {"text": "x", "url": "javascript:alert(1)"}, 400, "url"),
    ("bad-language", {"text": "x", "language": "english!"}, 400, "language"),
    ("title-too-long", {"text": "x", "title": "t" * 501}, 400, "title"),
    ("html-only-scripts", {"html": "<script>alert(1)</script><style>p{}</style>"}, 400, "text"),
]


@pytest.mark.parametrize(("case", "body", "code", "field"), API_CASES, ids=[c[0] for c in API_CASES])
def test_api_answers_400_with_the_field(unchanged, token_client, case, body, code, field):
    resp = token_client.post("/api/v1/articles/", body, format="json")
    assert resp.status_code == code and field in resp.json(), resp.content


def test_api_malformed_json_is_400(unchanged, token_client):
    resp = token_client.post("/api/v1/articles/", data=b'{"text": "unterminated', content_type="application/json")
    assert resp.status_code == 400 and "JSON parse error" in resp.json()["detail"]


def test_api_oversized_json_is_413(unchanged, token_client):
    body = json.dumps({"text": "x" * 6_000_000})
    resp = token_client.post("/api/v1/articles/", data=body, content_type="application/json")
    assert resp.status_code == 413


def test_api_wrong_content_type_is_415(unchanged, token_client):
    resp = token_client.post("/api/v1/articles/", data=b"<xml/>", content_type="application/xml")
    assert resp.status_code == 415


def test_api_same_text_twice_returns_the_stored_article(unchanged, token_client, stored):
    resp = token_client.post("/api/v1/articles/", {"text": KEEP}, format="json")
    assert resp.status_code == 200 and resp.json()["id"] == stored.pk


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("euc-kr", "김정은 위원장이 시진핑 주석과 베이징에서 회담했다."),
        ("gb2312", "习近平在北京同金正恩举行会谈。"),
        ("cp1252", "Kim Jong Un a rencontré Xi Jinping à Pékin — déclaration."),
    ],
)
def test_command_reads_legacy_encodings(tmp_path, capsys, django_capture_on_commit_callbacks, encoding, text):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(path))
    assert Article.objects.get().text == text


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary data"),
        (b"%PDF-1.7\n" + bytes(200), "binary data"),
        (bytes(range(128, 256)) * 8, "no other encoding fits"),
    ],
    ids=["png", "pdf", "random-bytes"],
)
def test_command_refuses_binary_with_the_reason(unchanged, tmp_path, capsys, raw, reason):
    path = tmp_path / "blob"
    path.write_bytes(raw)
    with pytest.raises(CommandError):
        call_command("ingest", str(path))
    assert reason in capsys.readouterr().err


@pytest.mark.django_db(transaction=True)
def test_duplicate_submissions_racing_each_other_store_one_article(django_user_model):
    """GIVEN eight API clients released at the same instant WHEN each posts the same article (same
    text, same URL) THEN exactly one is accepted as new (202), the others are told it is already stored
    (200, same id), none gets an error, and the database holds one row."""
    import threading

    from django.db import connections

    user = django_user_model.objects.create_user("racer", password="pw-123456789")
    key = Token.objects.create(user=user).key
    body = {
        "text": "Choe Son Hui met Wang Yi in Beijing on Friday; the racing copy says so.",
        "url": "https://example.org/race",
        "published": "2024-09-27",
    }
    gate = threading.Barrier(8)
    answers, errors = [], []

    def submit():
        try:
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
            gate.wait(timeout=30)
            response = client.post("/api/v1/articles/", body, format="json")
            answers.append((response.status_code, response.json().get("id")))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors, errors
    assert sorted(code for code, _ in answers) == [200] * 7 + [202], answers
    assert len({pk for _, pk in answers}) == 1
    assert Article.objects.count() == 1
