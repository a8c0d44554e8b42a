"""Renames that cannot lose another writer's file: Linux's ``renameat2`` exchange and no-replace.

``os.replace`` cannot say what it replaced. Between a writer's last look at a file and its
rename, another program (an editor that does not take the project lock) may rename its own
version into place, and ``os.replace`` then unlinks that version unseen. ``RENAME_EXCHANGE``
swaps two names in one step instead: the file that was in place is not unlinked but comes out
under the temporary name, where the writer can check that it is the version it compared, and
put it back if it is not. ``RENAME_NOREPLACE`` creates a file only where none exists.

Both exist on Linux 3.15 and later on ext4, XFS, Btrfs and tmpfs. Elsewhere (another system,
or a filesystem that refuses the flag) the functions return False and the caller falls back
to a plain rename after a last look.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

__all__ = ["exchange", "rename_noreplace"]

_AT_FDCWD = -100
_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
#: What a system or filesystem without the flag answers.
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


@cache
def _renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):   # a C library older than glibc 2.28, or none
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _call(source: str | Path, target: str | Path, flags: int) -> bool:
    function = _renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), flags) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(target))


def exchange(first: str | Path, second: str | Path) -> bool:
    """Swap the two names in one step (both must exist). False where the system cannot;
    an OSError (FileNotFoundError when one is missing) for any other failure."""
    return _call(first, second, _RENAME_EXCHANGE)


def rename_noreplace(source: str | Path, target: str | Path) -> bool:
    """Rename *source* to *target* only if *target* does not exist (FileExistsError if it does).
    False where the system cannot."""
    return _call(source, target, _RENAME_NOREPLACE)
