"""Writing an output file whole or not at all.

A report or a JSON Lines file is written while the run still works (``annotate`` writes each record as it
comes, ``analyze`` its JSON report story by story), so a run that fails or is interrupted half way would
leave half a file where the user asked for the output, or spoil the one already there. Instead the
bytes go to a temporary file beside the target (same folder, so same file system), which replaces the
target by a rename only once everything is written; on any failure, an interrupt included, it is
removed and an existing target is left as it was.

Targets that are not regular files (``/dev/stdout``, ``/dev/full``, a named pipe) are written directly,
as is a target whose folder does not let a file be made beside it.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["replacing_file"]

_ATTEMPTS = 8


def _temporary_beside(target: Path) -> tuple[int, Path] | None:
    """A new file beside ``target`` (created with the permissions a new file gets here), or None."""
    for _ in range(_ATTEMPTS):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:
            continue
        except OSError:
            return None
    return None


@contextmanager
def replacing_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: it becomes ``path`` when the block ends normally; if the
    block raises, ``path`` is untouched (or still absent) and nothing is left behind.

    A symbolic link is followed (the file it points to is replaced, the link stays). Raises OSError as
    ``open`` and ``os.replace`` do.
    """
    target = Path(os.path.realpath(path))
    try:
        mode: int | None = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    made = _temporary_beside(target) if mode is None or stat.S_ISREG(mode) else None
    if made is None:
        with target.open("wb") as handle:
            yield handle
        return
    descriptor, temporary = made
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
        if mode is not None:
            os.chmod(temporary, stat.S_IMODE(mode))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
