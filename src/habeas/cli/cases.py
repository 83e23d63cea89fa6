"""``habeas case create``, ``habeas case members add|remove|list`` and ``habeas cases``: the cases
(collections of documents) in the store and who is a member of each."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import JsonFlag, opened, out, print_json

case_app = typer.Typer(help="Create cases (collections of documents) and manage their members.", no_args_is_help=True)
members_app = typer.Typer(
    help="Who is a member of a case, with which role there (store admins see every case).", no_args_is_help=True
)
case_app.add_typer(members_app, name="members")

RoleOption = Annotated[
    str | None,
    typer.Option("--role", help="admin, investigator, reviewer or reader in this case (default: their store role)."),
]


@case_app.command("create")
def case_create(name: str, as_json: JsonFlag = False) -> None:
    """Create a case. Its members are you (at your store role) and, implicitly, the store's admins."""
    from habeas.services import cases

    with opened(create=True) as ctx:
        case = cases.create_case(ctx, name)
    print_json(case) if as_json else out.print(f"created case [bold]{escape(name)}[/bold]")


def list_cases(as_json: JsonFlag = False) -> None:
    """List the cases in the store that you are a member of (every case, for a store admin)."""
    from habeas.services import cases

    with opened() as ctx:
        rows = cases.list_cases(ctx)
    if as_json:
        return print_json({"cases": rows})
    table = Table("case", "documents", "created", "by")
    for row in rows:
        table.add_row(escape(row["name"]), str(row["documents"]), row["created_at"][:19], escape(row["created_by"]))
    out.print(table)


@members_app.command("add")
def members_add(case: str, user: str, role: RoleOption = None, as_json: JsonFlag = False) -> None:
    """Make USER a member of CASE (or give a member another role there); store admins only. What a
    member may do in the case is the lower of this role and their store role."""
    from habeas.services import cases

    with opened(writes=True) as ctx:
        member = cases.add_member(ctx, case, user, role)
    if as_json:
        return print_json(member)
    out.print(f"[bold]{escape(user)}[/bold] is a {member['role']} in the case [bold]{escape(case)}[/bold]")


@members_app.command("remove")
def members_remove(case: str, user: str, as_json: JsonFlag = False) -> None:
    """End USER's membership of CASE, and their grants on it; store admins only."""
    from habeas.services import cases

    with opened(writes=True) as ctx:
        removed = cases.remove_member(ctx, case, user)
    if as_json:
        return print_json({"case": case, "user": user, "removed": removed})
    said = "is no longer" if removed else "was not"
    out.print(f"[bold]{escape(user)}[/bold] {said} a member of the case [bold]{escape(case)}[/bold]")


@members_app.command("list")
def members_list(
    case: Annotated[str | None, typer.Argument(help="One case (default: every case).")] = None,
    user: Annotated[str | None, typer.Option("--user", help="Only this account's memberships.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """List the members of CASE (or of every case) with their role there; store admins only."""
    from habeas.services import cases

    with opened() as ctx:
        rows = cases.list_members(ctx, case, user)
    if as_json:
        return print_json({"members": rows})
    table = Table("case", "user", "role", "store role", "added", "by")
    for row in rows:
        table.add_row(
            escape(row["case"]),
            escape(row["user"]),
            row["role"],
            row["store_role"],
            row["added_at"][:19],
            escape(row["added_by"]),
        )
    out.print(table)
