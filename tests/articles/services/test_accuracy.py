"""The living gold set: the current pipeline scored against editors' decisions
(articles.services.accuracy, through ``manage.py accuracy``)."""

import pytest
from django.core.management import call_command

from tracker import review
from tracker.models import AccuracyRun, Meeting, Visit

pytestmark = pytest.mark.django_db


def test_the_accuracy_command_scores_the_pipeline_against_confirmed_and_rejected_facts(reported, editor, capsys):
    review.confirm(Meeting.objects.get(), editor)
    review.reject(Visit.objects.get(), editor)
    call_command("accuracy")
    out = capsys.readouterr().out
    assert "articles with reviewed facts: 1" in out
    run = AccuracyRun.objects.get()
    meetings = run.results["meetings"]
    assert (meetings["tp"], meetings["fp"], meetings["fn"], meetings["precision"]) == (1, 0, 0, 1.0)
    assert run.results["visits"]["fp"] == 1 and run.results["visits"]["precision"] == 0.0
    assert run.results["agreements"]["precision"] is None
    assert "meetings" in out and "1.000" in out and "0.000" in out
