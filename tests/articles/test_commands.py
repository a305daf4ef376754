import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, ArticleStatus
from tracker.models import Actor

pytestmark = pytest.mark.django_db

SEED_PEOPLE = {"Zhao Leji", "Choe Ryong Hae", "Kim Jong Un", "Xi Jinping", "Li Qiang"}


@pytest.mark.django_db(transaction=True)
def test_ingest_command_on_the_seed_article_reaches_done_with_its_actors(corpus_text, tmp_path, capsys, client):
    path = tmp_path / "seed.txt"
    path.write_text(corpus_text("seed_cnbc_id.txt"), encoding="utf-8")
    call_command("ingest", str(path), "--published", "2024-04-12", "--source", "CNBC Indonesia")
    out = capsys.readouterr().out
    article = Article.objects.get()
    assert f"article {article.pk} done (new)" in out
    assert article.status == ArticleStatus.DONE and article.language == "id"
    people = set(article.mentions.filter(actor__kind="person").values_list("actor__name", flat=True))
    assert SEED_PEOPLE <= people
    assert article.mentions.filter(place__name="Pyongyang").exists()
    # The article page highlights each of them, linked to the canonical actor page.
    html = client.get(f"/articles/{article.pk}/").content.decode()
    for name in SEED_PEOPLE:
        actor = Actor.objects.get(name=name)
        assert f'href="/actors/{actor.slug}/" title="{actor.name}"' in html
    assert 'class="hl place" title="Pyongyang"' in html


@pytest.mark.django_db(transaction=True)
def test_ingest_command_twice_keeps_one_article(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Kim Jong Un visited Beijing, Xinhua reported.", encoding="utf-8")
    call_command("ingest", str(path))
    call_command("ingest", str(path))
    assert "(duplicate) Already stored" in capsys.readouterr().out
    assert Article.objects.count() == 1


def test_ingest_command_refuses_empty_and_binary_files_with_reasons(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n ", encoding="utf-8")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    good = tmp_path / "good.txt"
    good.write_text("Xi Jinping arrived in Pyongyang.", encoding="utf-8")
    with pytest.raises(CommandError, match="2 of 3 file"):
        call_command("ingest", str(empty), str(binary), str(good))
    err = capsys.readouterr().err
    assert "empty.txt: refused: The article text is empty" in err
    assert "blob.bin: refused: binary data, not article text." in err
    assert Article.objects.count() == 1  # the good file still went in


def test_ingest_command_rejects_a_malformed_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("ingest", str(path), "--published", "12/04/2024")


def test_extract_command_prints_the_contract_and_writes_nothing(corpus_text, tmp_path, capsys):
    path = tmp_path / "seed_cnbc_id.txt"
    path.write_text(corpus_text("seed_cnbc_id.txt"), encoding="utf-8")
    before = (Article.objects.count(), Actor.objects.count())
    call_command("extract", str(path), "--published", "2024-04-12")
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "seed_cnbc_id" and record["language"] == "id"
    people = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert SEED_PEOPLE <= people
    assert {"name": "Pyongyang", "country": "KP"} in record["places"]
    for key in ("meetings", "visits", "agreements", "trade_items"):
        assert isinstance(record[key], list)
    assert (Article.objects.count(), Actor.objects.count()) == before


def test_extract_command_jsonl_batch(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "김정은이 시진핑과 회담했다.", "published": "2019-06-21"},
        {"id": "b", "text": "习近平同金正恩举行会谈。", "published": None},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    call_command("extract", "--jsonl", str(path))
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in out] == ["a", "b"]
    assert [r["language"] for r in out] == ["ko", "zh"]
    for r in out:
        assert {a["name"] for a in r["actors"]} >= {"Kim Jong Un", "Xi Jinping"}
