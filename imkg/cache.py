"""Values derived from a store, kept until the store is written again."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

from imkg.store import GraphStore

T = TypeVar("T")

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def per_generation(store: GraphStore, name: str, build: Callable[[GraphStore], T]) -> T:
    """Return ``build(store)``, computed once per store generation and cached under ``name``."""
    generation = store.generation()
    slot = _CACHE.get(store)
    if slot is not None and name in slot and slot[name][0] == generation:
        return slot[name][1]
    value = build(store)
    with _LOCK:
        _CACHE.setdefault(store, {})[name] = (generation, value)
    return value
