"""Statement timeouts (PostgreSQL): which error says a statement ran past its limit."""

from __future__ import annotations

from django.db import OperationalError


def timed_out(exc: BaseException) -> bool:
    """The statement was cancelled at ``statement_timeout`` (SQLSTATE 57014, whatever the
    server's message language): Django's OperationalError raised from psycopg's QueryCanceled."""
    from psycopg.errors import QueryCanceled

    return isinstance(exc, OperationalError) and isinstance(exc.__cause__, QueryCanceled)
