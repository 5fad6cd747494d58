"""What the direct and mixed extractors yield: ``Candidate`` records, before they are merged.

A candidate is one quoted span with the attribution its extractor found for it. Whether it
joins the record before it is not the extractor's decision: it says how it *may* join
(``join``) and the merge step (``merge.py``) decides, with the records before it in view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..types import UNKNOWN_SPEAKER, Speaker
from .cues import Cue
from .marks import QuoteSpan

#: How a candidate may join the record before it:
#: "same-cue"   a quote whose cue is the previous standalone quote's ("A," she said, "B.");
#: "continues"  a quote with no attribution of its own: it continues the previous quote when
#:              only its attribution or a paragraph break stands between them;
#: "clause"     quoted words under the same cue as the previous record's: one mixed record.
Join = Literal["same-cue", "continues", "clause"]


@dataclass(frozen=True)
class Candidate:
    """One or more quoted spans with one attribution: a direct or mixed quote being built."""

    spans: tuple[QuoteSpan, ...]
    start: int
    end: int
    kind: str  # direct | mixed
    cue: Cue | None = None
    speaker: Speaker = UNKNOWN_SPEAKER
    confidence: float = 0.5
    standalone: bool = True
    flags: tuple[str, ...] = ()
    join: Join | None = None  # None: always a record of its own
    #: for "continues": the record it is when it continues nothing (None: it is dropped)
    fallback: Candidate | None = None

    @property
    def cue_index(self) -> int | None:
        """The token index of the cue verb, or None."""
        return self.cue.head.i if self.cue is not None and self.cue.head is not None else None
