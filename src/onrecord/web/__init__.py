"""The web app behind ``onrecord serve`` (Starlette + Jinja2, server-rendered, no JavaScript)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
