"""CLI commands for what goes out and comes in: ``export ftm|csv``, ``import ftm``, ``officials``,
``dossier``. Registered on the main ``habeas`` app by ``habeas.cli``; parsing and printing only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn
from rich.table import Table

from habeas.cli import CaseOption, JsonFlag, app, err, export_app, opened_store, out, print_json, state
from habeas.export import csv_rows, dossier, sanctions
from habeas.export.case_file import write_whole
from habeas.services import Caller, exports

import_app = typer.Typer(help="Import entity files (FollowTheMoney), e.g. a sanctions list.", no_args_is_help=True)
app.add_typer(import_app, name="import")
officials_app = typer.Typer(help="Officials the case's documents name, against imported sanctions lists.")
app.add_typer(officials_app, name="officials")


def _progress(label: str, total: int | None = None) -> Progress:
    columns = [TextColumn(f"[bold]{label}"), BarColumn()]
    if total is not None:
        columns.append(DownloadColumn())
    return Progress(*columns, console=err, transient=True, disable=not err.is_terminal)


@export_app.command("ftm")
def export_ftm(
    out_file: Annotated[Path, typer.Argument(help="Where to write the entities (JSON lines).")],
    case: Annotated[str | None, typer.Option("--case", help="Only this case (default: every case).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """FollowTheMoney entities (one JSON object per line) for Aleph, OpenSanctions tools and others."""
    with opened_store() as store, _progress("export") as bar:
        task = bar.add_task("", total=None)
        result = exports.export_ftm(Caller(store, state.actor), out_file, case, progress=lambda n: bar.advance(task, n))
    if as_json:
        return print_json(result)
    out.print(f"wrote {result['entities']} entities to {escape(result['file'])}: "
              + ", ".join(f"{n} {s}" for s, n in result["schemata"].items()))


@export_app.command("csv")
def export_csv(
    kind: Annotated[str, typer.Argument(help="search, entities, claims or timeline.")],
    out_file: Annotated[Path, typer.Argument(help="Where to write the CSV; - for standard output.")],
    query: Annotated[str | None, typer.Option("--query", help="The search, for `export csv search`.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Timeline: only events naming this entity.")]
    = None,
    case: CaseOption = None,
) -> None:
    """A CSV table, written row by row (no size cap); cells that look like formulas are quoted."""
    with opened_store() as store:
        header, rows = exports.export_rows(Caller(store, state.actor), kind, case, query, entity)
        exports.audit_export(Caller(store, state.actor), f"export.csv.{kind}", case=case, target=str(out_file.name))
        lines = csv_rows.csv_lines(header, rows)
        if str(out_file) == "-":
            for line in lines:
                sys.stdout.write(line)
            return
        count = write_whole(out_file, lines) - 1  # the header is no row
    err.print(f"wrote {count} rows to {escape(str(out_file))}")


@import_app.command("ftm")
def import_ftm(
    in_file: Annotated[Path, typer.Argument(help="FtM entities, one JSON object per line.")],
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Import FollowTheMoney entities (a sanctions list, another Habeas export) into the case."""
    with opened_store() as store:
        size = in_file.stat().st_size if in_file.is_file() else 0
        with _progress("import", size) as bar:
            task = bar.add_task("", total=size)
            result = exports.import_ftm(Caller(store, state.actor), in_file, case, progress=lambda n: bar.advance(task, n))
    if as_json:
        print_json(result)
    else:
        out.print(f"imported {result['entities']} entities into case {escape(result['case'])}: "
                  + ", ".join(f"{n} {s}" for s, n in result["schemata"].items()))
        for problem in result["problems"][:20]:
            out.print(f"  [red]✗[/red] {escape(problem)}")
        if len(result["problems"]) > 20:
            out.print(f"  … and {len(result['problems']) - 20} more bad lines")
    if result["problems"]:
        raise typer.Exit(1)


@officials_app.callback(invoke_without_command=True)
def officials(
    ctx: typer.Context,
    with_sanctions: Annotated[bool, typer.Option("--sanctions", help="Cross-reference imported sanctions lists.")]
    = False,
    everyone: Annotated[bool, typer.Option("--everyone", help="Every person the documents name, not only those "
                                           "given an office.")] = False,
    threshold: Annotated[float, typer.Option(help="Name similarity from which a listed entity goes to review.")]
    = sanctions.REVIEW_THRESHOLD,
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Officials the documents name; with --sanctions, who is sanctioned by whom (confirmed by a person),
    who is to review, and who is not on the imported lists, each with the documents naming them."""
    if ctx.invoked_subcommand is not None:
        return
    with opened_store() as store:
        result = exports.cross_reference(Caller(store, state.actor), case, everyone=everyone, threshold=threshold)
    if as_json:
        return print_json(result)
    columns = ["official", "offices (as the documents give them)", "named"]
    if with_sanctions:
        columns[1:1] = ["sanctions", "candidates (pair: name, score, lists)"]
    table = Table(*columns, title=f"{len(result['officials'])} officials; {result['listed_entities']} listed "
                  "entities imported")
    for o in result["officials"]:
        docs = {e["document_id"] for e in o["evidence"]}
        cells = [escape(o["name"]), escape("; ".join(p["title"] for p in o["positions"])),
                 f"{len(o['evidence'])} in {len(docs)} doc{'' if len(docs) == 1 else 's'}"]
        if with_sanctions:
            status = {"sanctioned": f"[red]sanctioned[/red]: {escape('; '.join(o['authorities']))}",
                      "to review": "[yellow]to review[/yellow]", "not listed": "not on the imported lists"}
            candidates = "; ".join(
                f"{m['pair']}: {m['listed_name']} ({m['score']:.2f}, "
                f"{', '.join(s['authority'] or s['program'] for s in m['sanctions']) or ', '.join(m['datasets'])})"
                + (f" [{m['decision']} by {m['decided_by']}]" if m["decision"] else "")
                for m in o["matches"])
            cells[1:1] = [status[o["status"]], escape(candidates)]
        table.add_row(*cells)
    out.print(table)
    if with_sanctions and any(o["status"] == "to review" for o in result["officials"]):
        out.print("decide each candidate: habeas officials decide PAIR same|different|unsure "
                  "(citations: --json)")


@officials_app.command("decide")
def officials_decide(
    pair: Annotated[str, typer.Argument(help="The pair handle shown by `officials --sanctions`.")],
    decision: Annotated[str, typer.Argument(help="same, different or unsure")],
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Record whether an official is the listed entity; kept, audited, and it wins on every later run."""
    with opened_store() as store:
        result = exports.decide(Caller(store, state.actor), pair, decision, case)
    if as_json:
        return print_json(result)
    out.print(f"{escape(result['official'])} / {escape(result['listed_name'])}: {decision}")


@app.command("dossier")
def dossier_command(
    name_or_id: Annotated[str | None, typer.Argument(help="An entity (person, body, facility): name or id.")]
    = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the dossier as HTML here.")] = None,
    pdf_out: Annotated[Path | None, typer.Option("--pdf", help="Write the dossier as PDF here.")] = None,
    case: Annotated[str | None, typer.Option("--case", help="The case; without an entity, a dossier on the "
                                             "whole case.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """A printable dossier on an entity or (``--case`` alone) a whole case: summary, offices, claims,
    timeline, every statement cited to document, page and span with the file's SHA-256."""
    if not name_or_id and not case:
        raise typer.BadParameter("name an entity, or give --case for a dossier on the whole case")
    with opened_store() as store:
        data = exports.entity_dossier_data(Caller(store, state.actor), name_or_id, case) if name_or_id else \
            exports.case_dossier_data(Caller(store, state.actor), case)
        exports.audit_export(Caller(store, state.actor), "export.dossier", case=case, target=data.get("id") or data["name"], details={"statements": len(data["mentions"]), "documents": len(data["documents"])})
    written = []
    if html_out:
        written.append(str(dossier.write_html(data, html_out)))
    if pdf_out:
        written.append(str(dossier.write_pdf(data, pdf_out)))
    if as_json:
        return print_json({**data, "written": written})
    if not written:
        sys.stdout.write(dossier.render_html(data))
        return
    for path in written:
        out.print(f"wrote {escape(path)}")
