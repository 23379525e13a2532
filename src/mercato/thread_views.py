"""Rendering of threads, outlet track records, forecasts, evaluations and outcome loads (Rich
tables or JSON). Plain functions over data; no database access here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    from mercato.forecast.model import Forecast
    from mercato.outcomes import LoadReport
    from mercato.threads.service import ThreadDetail, ThreadSummary
    from mercato.trackrecord import OutletRecord

PIPE_WIDTH = 160


def _console(out: TextIO) -> Console:
    return Console(file=out, width=None if out.isatty() else PIPE_WIDTH)


def _json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def render_threads(items: Sequence[ThreadSummary], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json([s.to_dict() for s in items], out)
        return
    table = Table(title=f"{len(items)} rumour threads", show_lines=False)
    for column in (
        "thread",
        "person",
        "type",
        "club",
        "first report",
        "last",
        "furthest",
        "latest",
        "indep.",
        "status",
        "competing",
    ):
        table.add_column(column, overflow="fold")
    for s in items:
        r = s.row
        competing = []
        if s.rivals:
            competing.append(f"{len(s.rivals)} rival(s)")
        if s.other_clubs:
            competing.append(f"{len(s.other_clubs)} other club(s)")
        first = f"{r['first_published'] or '?'} {r['first_outlet'] or ''}".strip()
        status = s.status if s.status == "open" else f"{s.status} ({s.resolution.on})"
        table.add_row(
            escape(s.id),
            escape(r["subject"]),
            r["type"],
            escape(r["club"]),
            escape(first),
            str(r["last_published"] or "?"),
            r["furthest_stage"],
            r["latest_stage"],
            str(r["n_independent"]),
            status,
            ", ".join(competing),
        )
    _console(out).print(table)


def render_thread(detail: ThreadDetail, fmt: str, out: TextIO) -> None:
    data = detail.to_dict()
    if fmt == "json":
        _json(data, out)
        return
    console = _console(out)
    res = data["resolution"]
    console.print(
        f"[bold]{escape(data['subject'])}[/] — {data['type']} — [bold]{escape(data['club'])}[/]  ({escape(data['id'])})"
    )
    console.print(
        f"status: [bold]{res['status']}[/]"
        + (f" on {res['resolved_on']}: {escape(res['reason'])}" if res["resolved_on"] else "")
    )
    first = data["first_report"]
    console.print(
        f"first report: {first['published']} by {escape(first['outlet'] or '?')} "
        f"(origin: {escape(first['origin'] or '?')}); furthest stage {data['furthest_stage']}, "
        f"latest {data['latest_stage']}; {data['independent_sources']} independent source(s) "
        f"over {data['articles']} article(s), {data['copies']} copy(ies)"
    )
    if data["conditions"]:
        console.print(f"conditions: {escape(', '.join(data['conditions']))}")
    table = Table(title="timeline", show_lines=True)
    for column in ("date", "outlet", "article", "stage", "hedged", "sources", "origin", "evidence"):
        table.add_column(column, overflow="fold")
    for e in data["timeline"]:
        origin = (
            "; ".join(
                " ← ".join([e["outlet"]] + [f"{s['relation']} {s['outlet']}" for s in o["chain"]])
                for o in e["origins"]
                if o["chain"]
            )
            or "own report"
        )
        evidence = " … ".join(f"“{ev['text']}”" for ev in e["evidence"][:2])
        table.add_row(
            e["published"] or "?",
            escape(e["outlet"]),
            escape(e["article_id"]),
            e["stage"] + (" (first)" if e["first_report"] else ""),
            "yes" if e["hedged"] else "",
            escape(", ".join(e["sources"])),
            escape(origin),
            escape(evidence),
        )
    console.print(table)
    competing = data["competing"]
    if competing["candidates_for_job"]:
        console.print("other candidates for the job: " + escape(", ".join(competing["candidates_for_job"])))
    if competing["other_clubs"]:
        console.print("the same person's other clubs: " + escape(", ".join(competing["other_clubs"])))


def render_outlets(records: Sequence[OutletRecord], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json([r.to_dict() for r in records], out)
        return
    table = Table(title="outlet track records (hit rate with 95% credible interval, Beta(1,1) prior)")
    for column in (
        "#",
        "outlet",
        "kind",
        "claims",
        "resolved",
        "hits",
        "hit rate",
        "95% interval",
        "median lead (days)",
        "first",
        "copied",
        "best stage",
    ):
        table.add_column(column, justify="left" if column in ("outlet", "kind") else "right")
    for i, r in enumerate(records, 1):
        low, high = r.interval
        stages = {k: v for k, v in r.by_stage.items() if v.resolved}
        best = max(stages, key=lambda k: (stages[k].hits + 1) / (stages[k].resolved + 2)) if stages else "–"
        d = r.to_dict()
        lead = r.median_lead_days
        table.add_row(
            str(i),
            escape(r.outlet),
            r.kind,
            str(r.total.made),
            str(r.total.resolved),
            str(r.total.hits),
            _pct(r.total.hit_rate),
            f"{100 * low:.0f}–{100 * high:.0f}%",
            "–" if lead is None else f"{lead:g}",
            _pct(d["share_first"]),
            _pct(d["share_copied"]),
            best,
        )
    _console(out).print(table)


def render_forecasts(items: Sequence[Forecast], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json([f.to_dict() for f in items], out)
        return
    table = Table(title=f"forecasts for {len(items)} open threads (probability of materialising within the horizon)")
    for column in ("thread", "person", "type", "club", "stage", "indep.", "p", "alone", "main reasons"):
        table.add_column(column, overflow="fold")
    for f in items:
        r = f.summary.row
        reasons = ", ".join(f"{c.feature} {c.logit:+.2f}" for c in f.contributions[:3])
        table.add_row(
            escape(f.summary.id),
            escape(r["subject"]),
            r["type"],
            escape(r["club"]),
            r["furthest_stage"],
            str(r["n_independent"]),
            f"{f.probability:.2f}",
            f"{f.independent:.2f}",
            reasons,
        )
    _console(out).print(table)
    if items:
        _console(out).print(f"method: {items[0].method}; contributions are in log-odds against the average thread")


def render_evaluation(report: dict[str, Any], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json(report, out)
        return
    console = _console(out)
    console.print(
        f"time-ordered split at {report['split_date']}: trained on {report['threads']['train']} threads "
        f"settled before, scored on {report['n']} snapshots of {report['threads']['test']} threads settled "
        f"after (positive rate {report['positive_rate']:.3f})"
    )
    table = Table(title="scores (lower is better)")
    for column in ("", "Brier", "log loss", "ECE"):
        table.add_column(column, justify="right")
    for name, m in [
        ("model", report["model"]),
        ("stage rule", report["baselines"]["stage_rule"]),
        ("base rate", report["baselines"]["base_rate"]),
    ]:
        table.add_row(name, f"{m['brier']:.4f}", f"{m['log_loss']:.4f}", f"{m['ece']:.4f}")
    console.print(table)
    rel = Table(title="reliability (model)")
    for column in ("bin", "n", "mean predicted", "observed"):
        rel.add_column(column, justify="right")
    for row in report["reliability"]:
        rel.add_row(row["bin"], str(row["n"]), f"{row['predicted']:.3f}", f"{row['observed']:.3f}")
    console.print(rel)


def render_load(report: LoadReport, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        _json(report.to_dict(), out)
        return
    out.write(
        f"read {report.read} rows: {report.added} added, {report.already} already loaded, "
        f"{len(report.skipped)} skipped\n"
    )
    for line, reason in report.skipped:
        out.write(f"  line {line}: skipped: {reason}\n")
    for line, note in report.notes:
        out.write(f"  line {line}: note: {note}\n")
