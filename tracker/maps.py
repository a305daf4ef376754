"""Small SVG maps drawn on the server from vendored Natural Earth outlines (world-atlas TopoJSON).

No tile server and no JavaScript: the country outlines around a place are projected
(equirectangular, scaled by the latitude) into a fixed-size SVG with a dot for the place.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT = 320, 240


@lru_cache(maxsize=1)
def _countries() -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """(name, rings of (lon, lat)) for every country in the vendored 50m TopoJSON file."""
    path = Path(settings.BASE_DIR) / "static" / "vendor" / "world-atlas" / "countries-50m.json"
    topo = json.loads(path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # delta-encoded, quantized positions
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices):
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs", [])
        if geom["type"] == "Polygon":
            polys = [polys]
        rings = [ring(r) for poly in polys for r in poly]
        countries.append((geom.get("properties", {}).get("name", ""), rings))
    return countries


def place_map(lat: float | None, lon: float | None, label: str, span: float = 9.0) -> SafeString:
    """An SVG map centred on (lat, lon) spanning ``span`` degrees of longitude, or "" without coordinates."""
    if lat is None or lon is None:
        return mark_safe("")
    kx = max(math.cos(math.radians(lat)), 0.2)
    deg_per_px = span / WIDTH  # degrees of longitude per pixel; a degree of latitude is 1/kx longer
    west, east = lon - span / 2, lon + span / 2
    north = lat + HEIGHT / 2 * deg_per_px * kx
    south = lat - HEIGHT / 2 * deg_per_px * kx

    def project(p):
        return (p[0] - west) / deg_per_px, (north - p[1]) / (deg_per_px * kx)

    paths = []
    for _name, rings in _countries():
        for r in rings:
            if not any(west - 5 <= x <= east + 5 and south - 5 <= y <= north + 5 for x, y in r):
                continue
            # Points far outside are clamped to a frame around the view: the outline inside the
            # view is unchanged and huge countries (China, Russia) cost a few points, not thousands.
            pts, last = [], None
            for x, y in map(project, r):
                pt = (
                    (round(min(max(x, -20), WIDTH + 20)), round(min(max(y, -20), HEIGHT + 20)))
                    if not (0 <= x <= WIDTH and 0 <= y <= HEIGHT)
                    else (round(x, 1), round(y, 1))
                )
                if pt != last:
                    pts.append(pt)
                    last = pt
            paths.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
    px, py = project((lon, lat))
    # Only numbers are interpolated into the drawing; the label goes through format_html.
    drawing = mark_safe(  # noqa: S308
        f'<rect width="{WIDTH}" height="{HEIGHT}" class="sea"/><g class="land"><path d="{"".join(paths)}"/></g>'
        f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5" class="dot"/>'
    )
    return format_html(
        '<svg class="map" viewBox="0 0 {} {}" role="img" aria-label="Map: {}"><title>{}</title>{}'
        '<text x="{}" y="{}" class="label">{}</text></svg>',
        WIDTH,
        HEIGHT,
        label,
        label,
        drawing,
        f"{px + 8:.1f}",
        f"{py - 8:.1f}",
        label,
    )
