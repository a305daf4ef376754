"""OpenAPI schema details drf-spectacular cannot infer: every error status the API can answer."""

from drf_spectacular.openapi import AutoSchema

_ERROR = {"type": "object", "additionalProperties": True, "description": "Field errors, or {'detail': message}"}


class TrackerAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        method = self.method.upper()

        # Errors come in whatever format the request asked for (?format=csv renders them too).
        media_types = [r.media_type for r in self.view.get_renderers() if r.media_type != "text/html"] or [
            "application/json"
        ]

        def add(code: str, description: str) -> None:
            content = {media: {"schema": _ERROR} for media in media_types}
            responses.setdefault(code, {"description": description, "content": content})

        add("429", "Too many requests (throttled)")
        add("404", "Not found (or an invalid cursor or format)")
        if method == "GET":
            add("400", "Invalid filter or pagination value")
        else:
            add("400", "Invalid body (field errors)")
            add("401", "Authentication needed (token or staff session)")
            add("403", "Not allowed")
            add("413", "Body or article text too large")
            add("415", "Unsupported content type")
        return responses
