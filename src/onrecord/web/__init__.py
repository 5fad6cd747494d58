"""The web app behind ``onrecord serve``: a Store -> an ASGI app of pages, each with a JSON twin.

Starlette + Jinja2, server-rendered, no JavaScript (see docs/web.md).
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
