"""One scan at a time per output: an exclusive lock on ``OUT.lock`` beside ``--out``.

The lock is a POSIX record lock (``fcntl.lockf``) on a file that holds the pid of the
scan that took it. The kernel releases it when that process ends, however it ends, so
the lock file a ``kill -9`` leaves behind never blocks the next scan or ``--resume``.
Record locks belong to a process, not to its forked workers, so an orphaned worker does
not keep it either. Taking the lock twice in one process nests (the CLI holds it around
``run_scan``, which takes it too). Where ``fcntl`` is missing (Windows) the file is
created with ``O_EXCL`` and a stale one must be deleted by hand; the message says so.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ChartmatchError, Msg

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

_HELD: dict[str, list] = {}  # lock path -> [fd, depth, pid of the holder]


def lock_path(out: Path) -> Path:
    return out.with_name(out.name + ".lock")


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip() or "unknown"
    except (OSError, UnicodeDecodeError):
        return "unknown"


class ScanLock:
    """``with ScanLock(out):`` refuses (E021, naming the other scan's pid) while another
    process writes ``out``."""

    def __init__(self, out: Path) -> None:
        self.path = lock_path(Path(out))
        self._key = str(self.path.absolute())

    def acquire(self) -> None:
        held = _HELD.get(self._key)
        if held is not None and held[2] == os.getpid():  # (a forked child's copy is not its lock)
            held[1] += 1
            return
        fd = self._lock() if fcntl is not None else self._create()
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        _HELD[self._key] = [fd, 1, os.getpid()]

    def _lock(self) -> int:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise ChartmatchError(Msg.E021, path=self.path.with_suffix(""), pid=_holder(self.path),
                                      lock=self.path) from None
            # The holder we waited for may have removed the file before we locked it: the lock
            # only counts on the file that is at the path now.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return fd
            os.close(fd)

    def _create(self) -> int:  # pragma: no cover - Windows
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise ChartmatchError(Msg.E021, path=self.path.with_suffix(""), pid=_holder(self.path) +
                                  ", or a scan that ended without removing its lock: if no such process runs, delete the lock file",
                                  lock=self.path) from None

    def release(self) -> None:
        held = _HELD.get(self._key)
        if held is None:
            return
        held[1] -= 1
        if held[1] > 0:
            return
        del _HELD[self._key]
        fd = held[0]
        try:
            self.path.unlink(missing_ok=True)  # while still locked: see _lock
        finally:
            os.close(fd)

    def __enter__(self) -> ScanLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
