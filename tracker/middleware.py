"""Request checks: NUL characters refused in API queries, and a statement timeout for every request."""

from django.http import JsonResponse


class RefuseNulInApiQuery:
    """A NUL character is never part of a name, date, cursor or format: an API request whose query
    string holds one is malformed, whatever the parameter and however the view would read it (an
    export, for one, ignores the cursor). The schema says so for every parameter."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/") and any("\x00" in v for vs in request.GET.lists() for v in vs[1]):
            bad = sorted({k for k, vs in request.GET.lists() if any("\x00" in v for v in vs)})
            return JsonResponse({"detail": f"Query parameter(s) {', '.join(bad)} hold a NUL character."}, status=400)
        return self.get_response(request)


class StatementTimeout:
    """No request ties up the site: on PostgreSQL every statement a request runs is cut off after
    WEB_STATEMENT_TIMEOUT_MS (0: no limit), and a request cut off answers 503 with a message that
    says what to do, never a hung worker or a 500. Celery workers and commands are not limited:
    only requests pass here. A streamed export reads after the response is returned, in chunks
    each far below the limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.db import DatabaseError, connection

        ms = int(settings.WEB_STATEMENT_TIMEOUT_MS or 0)
        if not ms or connection.vendor != "postgresql":
            return self.get_response(request)
        limited = []

        def limit(execute, sql, params, many, context):
            """Before the request's first statement (a request that reads nothing sends nothing)."""
            if not limited:
                limited.append(True)
                context["cursor"].cursor.execute(f"SET statement_timeout = {ms}")  # the driver's own cursor
            return execute(sql, params, many, context)

        try:
            with connection.execute_wrapper(limit):
                return self.get_response(request)
        finally:
            if limited:
                try:
                    with connection.cursor() as cursor:
                        cursor.execute("RESET statement_timeout")
                except DatabaseError:
                    pass  # the connection broke or its transaction is aborted: Django closes or rolls it back

    def process_exception(self, request, exception):
        from django.http import HttpResponse

        from .timeouts import timed_out

        if not timed_out(exception):
            return None
        message = "This request needed more time than the site gives one request; narrow it (filters, a shorter period, fewer rows) and try again."
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=503)
        return HttpResponse(f"<!DOCTYPE html><title>Too broad</title><h1>Too broad</h1><p>{message}</p>", status=503)
