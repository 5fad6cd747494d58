"""Errors onrecord raises: each message says what happened and what to do about it.

Interactive calls (``onrecord.extract``, the CLI) raise these; batch runs turn them into
``Skipped(reason=str(error))`` records and go on. The CLI prints ``error: <message>`` on one
line and exits with status 1, never a traceback.
"""

from __future__ import annotations


class OnrecordError(Exception):
    """Base class of every error onrecord raises on purpose."""


class InputError(OnrecordError, ValueError):
    """An input could not be read as an article (empty, binary, undecodable, too large...)."""


class ModelNotFound(OnrecordError, RuntimeError):
    """No English spaCy pipeline is installed."""


class StoreError(OnrecordError, RuntimeError):
    """The database could not be opened, written or queried."""


class GoldFormatError(OnrecordError, ValueError):
    """A gold file for ``onrecord eval`` is not in the expected JSONL format."""


class SettingError(OnrecordError, ValueError):
    """A setting (an ``ONRECORD_*`` environment variable or an option) has a value it cannot take."""
