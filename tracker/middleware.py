"""Request checks that hold for the whole API."""

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
