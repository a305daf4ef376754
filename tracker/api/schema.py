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


_NO_NUL = "^[^\\u0000]*$"


def no_null_characters(result, generator, request, public):
    """Text the API accepts never holds a NUL character (Django refuses it in every form and
    serializer field with a 400): the schema says so for free-text query parameters and request
    body fields, so that clients and schema-driven tests know it is not valid input."""

    def constrain(schema):
        if (
            isinstance(schema, dict)
            and schema.get("type") == "string"
            and not {"enum", "format", "pattern"} & schema.keys()
        ):
            schema["pattern"] = _NO_NUL

    for path in result.get("paths", {}).values():
        for operation in path.values():
            if not isinstance(operation, dict):
                continue
            for param in operation.get("parameters", []):
                if param.get("in") == "query":
                    constrain(param.get("schema"))
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            for prop in component.get("properties", {}).values():
                constrain(prop)
    return result
