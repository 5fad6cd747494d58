"""``onrecord eval``: score extraction against offset gold (PolNeAR format)."""

from __future__ import annotations

from . import cli
