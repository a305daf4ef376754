"""Deployment settings and who may do what."""

import os
import subprocess
import sys

import pytest
from django.urls import reverse

from tests.conftest import ROOT


def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracker.settings.production",
        "SECRET_KEY": "a-long-random-secret-for-this-test-only-0123456789abcdefghijklmnop",
        "ALLOWED_HOSTS": "tracker.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }
    env.pop("DEBUG", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests' process only
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_never_fetch_private_addresses_whatever_the_environment_says(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tracker.settings.production",
        "SECRET_KEY": "a-long-random-secret-for-this-test-only-0123456789abcdefghijklmnop",
        "ALLOWED_HOSTS": "tracker.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        "FETCH_ALLOW_PRIVATE": "true",
    }
    code = "from django.conf import settings; print(settings.FETCH_ALLOW_PRIVATE)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings.production", "ALLOWED_HOSTS": "x"}
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "user", "staff"])
def test_only_staff_reach_the_admin_and_its_actions(client, django_user_model, who):
    if who != "anonymous":
        user = django_user_model.objects.create_user(who, password="pw-123456789", is_staff=(who == "staff"))
        if who == "staff":
            user.is_superuser = True
            user.save()
        client.force_login(user)
    changelist = reverse("admin:articles_article_changelist")
    resp = client.get(changelist)
    assert (resp.status_code == 200) == (who == "staff")
    resp = client.post(changelist, {"action": "reextract", "_selected_action": []})
    assert resp.status_code in ((302, 200) if who == "staff" else (302,))
    if who != "staff":
        assert "/admin/login/" in resp["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "user", "staff"])
def test_write_api_needs_authentication(client, django_user_model, who):
    from rest_framework.test import APIClient

    api = APIClient()
    if who != "anonymous":
        api.force_authenticate(
            django_user_model.objects.create_user(who, password="pw-123456789", is_staff=(who == "staff"))
        )
    resp = api.post("/api/v1/articles/", {"text": "Kim Jong Un met Xi Jinping."}, format="json")
    assert resp.status_code == (401 if who == "anonymous" else 202)


@pytest.mark.django_db
def test_forms_carry_csrf_tokens(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    resp = strict.post(reverse("admin:login"), {"username": "x", "password": "y"})
    assert resp.status_code == 403  # no CSRF token, no login attempt


@pytest.mark.django_db
def test_admin_login_is_locked_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_superuser("boss", password="right-password-123")
    login = reverse("admin:login")
    codes = [client.post(login, {"username": "boss", "password": "wrong"}).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 200, 429]  # the form again with an error, then locked out at the 5th
    locked = client.post(login, {"username": "boss", "password": "right-password-123"})
    assert locked.status_code in (403, 429)
    assert "_auth_user_id" not in client.session
