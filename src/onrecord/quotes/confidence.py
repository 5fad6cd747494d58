"""The confidence of a quote record: one named table, one scale.

Every value is on the scale of the output contract's ``confidence`` (0..1: how sure the rule
that found the record is), set by rule, not trained, and checked against the precision
measured on PolNeAR train for direct and mixed quotes (docs/output.md): about 0.9 for a quote
with its cue right next to it, less for an unclosed quote, a continuation or a weak cue.
A rule starts from its base value and subtracts the penalties that apply; records are kept
between ``floor`` and ``ceiling``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConfidenceTable:
    # quotes in marks that stand alone ("...," she said / She said: "...")
    standalone: float = 0.9  #: a closed quote with its attribution found next to it
    unclosed: float = 0.7  #: the same, when its closing mark is missing
    transcript: float = 0.1  #: penalty: "WALLACE: ..." (the name opens the quote)
    dash: float = 0.1  #: penalty: '"..." — Sanders'
    cue_before: float = 0.05  #: penalty: the cue is before the quote ("X said: ...")
    colon_name: float = 0.1  #: penalty: a name or clause before a colon, no cue verb
    previous_sentence: float = 0.3  #: penalty: the reported speech of the sentence before
    comma_clause: float = 0.2  #: penalty: the subject of the clause a quote completes after a comma
    unattributed: float = 0.5  #: penalty: no speaker found anywhere
    inherited: float = 0.1  #: penalty: a paragraph quoted whole after an attributed one takes its speaker
    forward: float = 0.3  #: penalty: ... or before one, whose attribution comes after it
    headline: float = 0.1  #: penalty: a headline quote takes the speaker of the body quote repeating it
    # quoted words inside reported speech (mixed)
    mixed: float = 0.75  #: times the cue's strength
    speaker_found: float = 0.1  #: bonus: the mixed quote's cue has a source
    # the cue itself
    strong_cue: float = 1.0  #: a verb of saying or writing
    weak_cue: float = 0.6  #: a verb of belief, stance or finding
    colon_cue: float = 0.8  #: a colon after a name or clause ("Trump: '...'")
    # reported speech without marks (indirect)
    according_to: float = 0.8  #: "according to X"
    reported_speech: float = 0.75  #: a verb of saying or writing with a clause
    reported_attitude: float = 0.5  #: a verb of belief, wanting or finding with a clause
    colon_lead: float = 0.6  #: a headline or transcript "Name: ..."
    # bounds of every record
    floor: float = 0.05
    ceiling: float = 1.0

    def clamp(self, value: float) -> float:
        return max(self.floor, min(self.ceiling, value))


#: The table every quote rule reads.
CONFIDENCE = ConfidenceTable()
