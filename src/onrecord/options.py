"""What one extraction does: ``Options``, the one object every entry point takes.

``onrecord.extract``, ``pipeline.process`` and ``process_many``, the batch runner (across
process boundaries as ``to_dict``), ``onrecord eval`` and the CLI all describe a run with
it: the quote kinds, whether entities are resolved, the spaCy model, the size limit and the
batch size. Defaults come from the settings table (``settings.py``), so the environment
variables documented there set them too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from . import settings
from .budget import Budget
from .types import QUOTE_KINDS, check_kinds


def _setting(name: str) -> Any:
    return field(default_factory=lambda: settings.get(name))


@dataclass(frozen=True)
class Options:
    """kinds: the quote kinds wanted (checked; default all of QUOTE_KINDS).
    entities: False skips NER and the entities stage (speakers named from the text alone).
    model: the spaCy pipeline package (None: the best installed).
    max_chars: documents longer than this are skipped with a reason.
    max_seconds, max_memory: the budget of one document (seconds; megabytes the process may grow
        by; 0: no limit): a document over it is skipped with a reason (``onrecord.budget``).
    batch_size: documents per ``nlp.pipe`` batch.
    beliefs: False leaves out reported beliefs and attitudes (records flagged ``belief``).
    keep_boilerplate: True keeps the quotes found inside page noise (flagged ``boilerplate``),
        which are left out by default.
    """

    kinds: tuple[str, ...] = QUOTE_KINDS
    entities: bool = True
    model: str | None = field(default_factory=lambda: settings.get("model"))
    max_chars: int = _setting("max_chars")
    max_seconds: float = _setting("max_seconds")
    max_memory: int = _setting("max_memory")
    batch_size: int = _setting("batch_size")
    beliefs: bool = True
    keep_boilerplate: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", check_kinds(self.kinds))

    @classmethod
    def of(cls, kinds: str | Iterable[str] | None = None, entities: bool | None = None, **rest: Any) -> Options:
        """Options from loose values (``kinds`` as "direct,mixed" or None for all)."""
        values: dict[str, Any] = {"kinds": check_kinds(kinds), **rest}
        if entities is not None:
            values["entities"] = entities
        return cls(**values)

    @property
    def budget(self) -> Budget:
        """The time and memory budget of one document."""
        return Budget(float(self.max_seconds), int(self.max_memory))

    @property
    def fast(self) -> bool:
        """The fast path: quotes in marks only and no entities, so only the sentences around
        quote marks are parsed and NER is skipped."""
        return "indirect" not in self.kinds and not self.entities

    def to_dict(self) -> dict[str, Any]:
        """Plain values (for a batch manifest and for worker processes)."""
        data = asdict(self)
        data["kinds"] = list(self.kinds)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Options:
        """The inverse of ``to_dict``; unknown keys are left out."""
        values: dict[str, Any] = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "kinds" in values:
            values["kinds"] = tuple(values["kinds"])
        return cls(**values)
