"""Work done at start-up kept on disk between runs, so a process starts fast.

Files live in the user's cache folder ($XDG_CACHE_HOME or ~/.cache), under a key that the
caller makes of everything the result depends on; any change makes a new key, and older
files of the same kind are removed. A file that can't be read or written is rebuilt in
memory, never trusted half-way. Pickles are loaded only from this program's own folder.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

_Kept = TypeVar("_Kept")


def cache_folder() -> Path | None:
    """Where the caches go; none when the environment names no absolute folder."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "xiaomi-story-bot" if base.is_absolute() else None


def cached_pickle(prefix: str, key: str | None, build: Callable[[], _Kept], kept_type: type) -> _Kept:
    """What `build` makes, from the file of `prefix` and `key` when it holds a `kept_type`."""
    folder = cache_folder()
    if folder is None or key is None:
        return build()
    path = folder / f"{prefix}{key}.pickle"
    cached = _loaded(path, kept_type)
    if cached is not None:
        return cached
    fresh = build()
    replace_file(path, prefix, lambda file: pickle.dump(fresh, file, protocol=pickle.HIGHEST_PROTOCOL))
    return fresh


def _loaded(path: Path, kept_type: type) -> Any:
    try:
        with path.open("rb") as file:
            kept = pickle.load(file)
    except Exception:  # a damaged pickle can raise almost anything: it is rebuilt
        return None
    return kept if isinstance(kept, kept_type) else None


def replace_file(path: Path, prefix: str, write: Callable[[IO[bytes]], object]) -> None:
    """Written to a temporary file and renamed, so a reader never sees half a cache; older caches go."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as file:
            temporary = Path(file.name)
            write(file)
        temporary.replace(path)
        for older in path.parent.glob(f"{prefix}*{path.suffix}"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
