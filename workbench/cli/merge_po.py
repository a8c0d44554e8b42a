"""``workbench merge-po %O %A %B [%P]``: git's merge driver for catalogues, and ``--setup``.

git runs it for ``*.po`` and ``*.pot`` once ``.gitattributes`` names the driver (``workbench init``
writes that and registers the command; ``workbench merge-po --setup`` does it for an existing
project). It merges message by message (see :mod:`workbench.services.gitmerge`), writes the
result over %A and exits 0; a side that cannot be read leaves %A as it was and exits 1, so git
reports the conflict without writing markers into the file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.util.errors import WorkbenchError

from .output import eprint, say


def cmd_merge_po(args: argparse.Namespace) -> int:
    from workbench.services.gitmerge import merge_files, setup_merge_driver

    if args.setup:
        from workbench.project import find_project_root

        root = Path(args.project).resolve() if args.project else find_project_root(Path.cwd())
        for line in setup_merge_driver(root):
            say(args, line)
        return 0
    if not (args.base and args.ours and args.theirs):
        raise WorkbenchError("merge-po needs the three files git passes: %O %A %B (or --setup)")
    result = merge_files(Path(args.base), Path(args.ours), Path(args.theirs), args.name)
    if result.conflicts:
        name = args.name or args.ours
        eprint(f"{name}: {len(result.conflicts)} message(s) translated differently on both sides: "
               "ours kept as fuzzy, theirs in a '# merge-po: other version' comment")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("merge-po", help="git merge driver for catalogues (message by message)")
    p.add_argument("base", nargs="?", help="the common ancestor (git's %%O)")
    p.add_argument("ours", nargs="?", help="our version, overwritten with the result (git's %%A)")
    p.add_argument("theirs", nargs="?", help="their version (git's %%B)")
    p.add_argument("name", nargs="?", help="the path in the repository, for messages (git's %%P)")
    p.add_argument("--setup", action="store_true",
                   help="register the driver: .gitattributes and the repository's git config")
    p.set_defaults(func=cmd_merge_po)
