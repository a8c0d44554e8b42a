"""``workbench identity``: the translator's name and e-mail, a user-level setting."""

from __future__ import annotations

import argparse

from workbench.util.errors import WorkbenchError


def cmd_identity(args: argparse.Namespace) -> int:
    from workbench.identity import Identity, config_path, load_identity, save_identity

    current = load_identity()
    if args.name is None and args.email is None and args.team is None:
        if current is None:
            print(f"no translator set ({config_path()}): workbench identity --name NAME --email EMAIL")
            return 1
        print(f"{current}{f' — team {current.team}' if current.team else ''} ({config_path()})")
        return 0
    name = args.name if args.name is not None else (current.name if current else "")
    if not name:
        raise WorkbenchError("give --name too: the translator's name is required")
    email = args.email if args.email is not None else (current.email if current else "")
    team = args.team if args.team is not None else (current.team if current else "")
    path = save_identity(Identity(name, email, team))
    print(f"{Identity(name, email, team)} saved in {path}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("identity", help="show or set the translator's name and e-mail (Last-Translator)")
    p.add_argument("--name")
    p.add_argument("--email")
    p.add_argument("--team", help="Language-Team, written where a catalogue has none")
    p.set_defaults(func=cmd_identity)
