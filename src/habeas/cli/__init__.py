"""The ``habeas`` command, composed: the root app and its global options, then every command
group's module, one line per command. Each module parses arguments, calls one service and prints a
table or ``--json``; what they share is in ``habeas.cli.common``. Nothing imports this module back."""

from __future__ import annotations

import gc
from typing import Annotated

import typer

from habeas import __version__
from habeas.cli import (
    analysis,
    cases,
    correct,
    custody,
    documents,
    exports,
    intake,
    keys,
    link,
    names,
    officials,
    queue,
    search,
    serve,
    testimony,
    users,
    workbench,
)
from habeas.cli.common import Commands, out, state
from habeas.config import LOCAL_OWNER

app = typer.Typer(
    cls=Commands,
    help="Habeas: a searchable, citable case file from leaks, reports and testimony.",
    no_args_is_help=True,
    add_completion=False,
)


def _print_version(wanted: bool) -> None:
    if wanted:
        out.print(__version__)
        raise typer.Exit()


@app.callback()
def main_options(
    store: Annotated[
        str | None, typer.Option("--store", envvar="HABEAS_STORE", help="Case store folder (default ./habeas-data).")
    ] = None,
    actor: Annotated[str, typer.Option("--as", help="Act as this user (default: the store's owner).")] = LOCAL_OWNER,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version.", is_eager=True, callback=_print_version)
    ] = False,
) -> None:
    """Global options come before the command: ``habeas --store ./case search ...``."""
    state.store_dir = store
    state.actor = actor


# One group for everything that leaves the store, from the modules of the areas it comes from.
export_app = typer.Typer(
    help="Take evidence or the case file out of the store: evidence packages, FollowTheMoney entities, CSV tables.",
    no_args_is_help=True,
)
export_app.command("evidence")(custody.export_evidence)
export_app.command("ftm")(exports.export_ftm)
export_app.command("csv")(exports.export_csv)

# Commands, in the order `habeas --help` lists them.
app.command("cases")(cases.list_cases)
app.command("ingest")(intake.ingest)
app.command("search")(search.search)
app.command("reindex")(search.reindex)
app.command("documents")(documents.documents)
app.command("show")(documents.show)
app.command("verify")(custody.verify)
app.command("serve")(serve.serve)
app.command("analyse")(analysis.analyse)
app.command("entities")(analysis.entities)
app.command("claims")(analysis.claims)
app.command("timeline")(analysis.timeline)
app.command("unseal")(testimony.unseal)
app.command("grant")(users.grant)
app.command("revoke")(users.revoke)
app.command("grants")(users.grants)
app.command("worker")(queue.worker)
app.command("indexer")(queue.indexer)
app.command("jobs")(queue.jobs)
app.command("audit")(custody.audit)
app.command("verify-package")(custody.verify_package)
app.command("dossier")(exports.dossier)

# Command groups, after the commands.
app.add_typer(cases.case_app, name="case")
app.add_typer(users.users_app, name="users")
app.add_typer(export_app, name="export")
app.add_typer(analysis.entity_app, name="entity")
app.add_typer(correct.correct_app, name="correct")
app.add_typer(keys.keys_app, name="keys")
app.add_typer(testimony.testimony_app, name="testimony")
app.add_typer(names.names_app, name="names")
app.add_typer(link.link_app, name="link")
app.add_typer(exports.import_app, name="import")
app.add_typer(officials.officials_app, name="officials")
app.add_typer(search.searches_app, name="searches")
app.add_typer(workbench.tag_app, name="tag")
app.add_typer(workbench.note_app, name="note")
app.add_typer(workbench.star_app, name="star")
app.add_typer(workbench.title_app, name="title")


def main() -> None:
    try:
        app()
    finally:
        # The process ends here: spare its shutdown a full garbage collection of everything the
        # command loaded (a tenth of a second or more after a search).
        gc.freeze()
