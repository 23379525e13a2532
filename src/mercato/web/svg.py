"""A person's timeline as inline SVG, drawn on the server: date across, one row per club,
a marker per report coloured by its stage. Every label is escaped; nothing runs in the browser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

#: stage → (fill, label); colours chosen to stay distinct for common colour-vision deficiencies
STAGE_COLOURS = {
    "speculation": "#6b7280",
    "contact": "#1d4ed8",
    "negotiation": "#7c3aed",
    "agreement": "#b45309",
    "official": "#047857",
    "risk": "#b91c1c",
    "off": "#111827",
}
STAGE_SHAPES = {"off": "cross", "official": "square"}


def timeline_svg(points: Sequence[dict[str, Any]], width: int = 760, row_height: int = 30) -> Markup:
    """Points are ``{"club", "date" (ISO), "stage", "type", "outlet", "title"}``; at most 16 clubs
    (the most reported) get a row."""
    dated = [p for p in points if p.get("date")]
    if not dated:
        return Markup('<p class="muted">No dated reports to chart.</p>')
    counts: dict[str, int] = {}
    for p in dated:
        counts[p["club"]] = counts.get(p["club"], 0) + 1
    clubs = sorted(counts, key=lambda c: (-counts[c], c))[:16]
    clubs.sort()
    days = [dt.date.fromisoformat(p["date"]) for p in dated]
    start, end = min(days), max(days)
    if (end - start).days < 30:
        start, end = start - dt.timedelta(days=15), end + dt.timedelta(days=15)
    left, right, top = 170, 20, 16
    height = top + row_height * len(clubs) + 40
    span = max((end - start).days, 1)

    def x(day: dt.date) -> float:
        return left + (width - left - right) * (day - start).days / span

    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="tl-title">Reports over time by club</title>',
        f'<desc id="tl-desc">{len(dated)} reports about {len(clubs)} clubs from {start} to {end}; '
        "marker colour gives the stage.</desc>",
    ]
    for i, club in enumerate(clubs):
        y = top + row_height * i + row_height / 2
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" class="grid"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" class="label">{escape(club[:24])}</text>')
    axis_y = top + row_height * len(clubs) + 8
    for tick in _ticks(start, end):
        tx = x(tick)
        parts.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{top}" y2="{axis_y}" class="tick"/>')
        parts.append(f'<text x="{tx:.1f}" y="{axis_y + 14}" text-anchor="middle" class="label">{tick:%b %Y}</text>')
    row_of = {c: i for i, c in enumerate(clubs)}
    for p, day in zip(dated, days, strict=True):
        if p["club"] not in row_of:
            continue
        cx, cy = x(day), top + row_height * row_of[p["club"]] + row_height / 2
        colour = STAGE_COLOURS.get(p["stage"], "#374151")
        tip = escape(f"{p['date']} · {p['club']} · {p['stage']} ({p['type']}) · {p.get('outlet') or 'unknown outlet'}")
        shape = STAGE_SHAPES.get(p["stage"])
        if shape == "square":
            mark = f'<rect x="{cx - 6:.1f}" y="{cy - 6:.1f}" width="12" height="12" fill="{colour}"/>'
        elif shape == "cross":
            mark = (
                f'<path d="M{cx - 5:.1f} {cy - 5:.1f}L{cx + 5:.1f} {cy + 5:.1f}M{cx + 5:.1f} {cy - 5:.1f}'
                f'L{cx - 5:.1f} {cy + 5:.1f}" stroke="{colour}" stroke-width="3"/>'
            )
        else:
            mark = f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{colour}" fill-opacity="0.85"/>'
        parts.append(f'<g class="mark" data-stage="{escape(p["stage"])}"><title>{tip}</title>{mark}</g>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    months = (end.year - start.year) * 12 + end.month - start.month
    step = max(1, months // 6 + (1 if months % 6 else 0)) if months > 6 else 1
    ticks = []
    year, month = start.year, start.month + 1
    if month > 12:
        year, month = year + 1, 1
    while (year, month) <= (end.year, end.month):
        ticks.append(dt.date(year, month, 1))
        month += step
        while month > 12:
            year, month = year + 1, month - 12
    return ticks[:12]
