"""Streamed CSV and NDJSON exports of any list: filters applied, rows read in chunks, so memory
stays flat however many rows there are."""

from __future__ import annotations

import csv
import io
import json

from django.http import StreamingHttpResponse
from rest_framework.exceptions import NotFound
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer, JSONRenderer

CHUNK = 1000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class CSVRenderer(BaseRenderer):
    """Registered so that ?format=csv is accepted; lists stream their own CSV (errors render as text)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return json.dumps(data, ensure_ascii=False, default=str).encode()


class NDJSONRenderer(CSVRenderer):
    media_type = "application/x-ndjson"
    format = "ndjson"


def safe_cell(value) -> str:
    """A cell spreadsheets will not run as a formula, and that pandas reads back as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def flatten(row: dict) -> dict:
    """One flat record: nested objects become prefixed columns, lists become joined columns."""
    flat: dict = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for sub in ("slug", "name", "country"):
                if sub in value:
                    flat[f"{key}_{sub}"] = value[sub]
        elif isinstance(value, list) and key == "evidence":
            for sub in ("article", "article_url", "outlet", "language", "published", "sentence"):
                flat[f"evidence_{sub}"] = " | ".join(str(ev.get(sub) or "") for ev in value)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            flat[key] = "; ".join(str(v.get("name", "")) for v in value)
            if "slug" in value[0]:
                flat[f"{key}_slugs"] = "; ".join(str(v.get("slug", "")) for v in value)
        elif isinstance(value, list):
            flat[key] = "; ".join(str(v) for v in value)
        else:
            flat[key] = value
    return flat


def _rows(queryset, serializer_class, context):
    represent = serializer_class(context=context).to_representation  # its fields built once, not per row
    for obj in queryset.iterator(chunk_size=CHUNK):
        yield represent(obj)


def _attachment(chunks, fmt: str, filename: str) -> StreamingHttpResponse:
    content_type = "text/csv" if fmt == "csv" else "application/x-ndjson"
    response = StreamingHttpResponse(chunks, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def _ndjson_lines(items):
    encoder = JSONRenderer.encoder_class
    for data in items:
        yield json.dumps(data, cls=encoder, ensure_ascii=False) + "\n"


def _csv_lines(flat_rows, fieldnames=None, empty_header: str = ""):
    """UTF-8 BOM (spreadsheet software then reads the file as UTF-8), a header, then one chunk a
    row, formula-safe. Without ``fieldnames`` the first row's columns are the header; with no rows,
    ``empty_header`` stands in."""
    buffer = io.StringIO()
    writer = None
    yield "\ufeff"
    for flat in flat_rows:
        if writer is None:
            names = fieldnames or list(flat)
            writer = csv.DictWriter(buffer, fieldnames=names, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: safe_cell(v) for k, v in flat.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if writer is None:
        yield (",".join(fieldnames) if fieldnames else empty_header) + "\n"


def stream_csv(queryset, serializer_class, context, filename: str) -> StreamingHttpResponse:
    rows = (flatten(data) for data in _rows(queryset, serializer_class, context))
    empty = ",".join(serializer_class().fields)  # no rows: still a header, from the serializer's fields
    return _attachment(_csv_lines(rows, empty_header=empty), "csv", filename)


def stream_ndjson(queryset, serializer_class, context, filename: str) -> StreamingHttpResponse:
    return _attachment(_ndjson_lines(_rows(queryset, serializer_class, context)), "ndjson", filename)


def stream_events(events, fmt: str, filename: str) -> StreamingHttpResponse:
    """Events of several kinds in one export. NDJSON streams; CSV reads them first, so that its
    header holds every kind's columns (meetings' participants, visits' visitor and destination,
    agreements' signatories), "event" first."""
    if fmt == "ndjson":
        return _attachment(_ndjson_lines(events), "ndjson", filename)
    flat = [flatten(e) for e in events]
    header: dict[str, None] = {"event": None}
    for row in flat:
        header.update(dict.fromkeys(row))
    return _attachment(_csv_lines(flat, list(header)), "csv", filename)


class StrictContentNegotiation(DefaultContentNegotiation):
    """An explicit but empty ?format= is an error, not the default format."""

    def select_renderer(self, request, renderers, format_suffix=None):
        if "format" in request.query_params and not request.query_params.get("format"):
            raise NotFound("Empty format: use json, csv or ndjson.")
        return super().select_renderer(request, renderers, format_suffix)
