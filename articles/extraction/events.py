"""Meetings, visits, agreements and trade items: the rules live in ``articles.extraction.rules``.

This module keeps the names other code imports."""

from __future__ import annotations

from .rules import AgreementFact, Events, MeetingFact, TradeFact, VisitFact, find_events
from .rules.consolidate import consolidate

__all__ = ["AgreementFact", "Events", "MeetingFact", "TradeFact", "VisitFact", "consolidate", "find_events"]
