"""The web service: SPARQL 1.1 Protocol, Graph Store, JSON API and explorer.

``create_app`` is imported lazily so that query worker processes, which import
``imkg.api.workers``, do not pay for FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from imkg.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from imkg.api.app import create_app

        return create_app
    raise AttributeError(f"module 'imkg.api' has no attribute {name!r}")
