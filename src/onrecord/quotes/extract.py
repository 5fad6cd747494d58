"""Stage 4, quotes: the article index -> Quote records, direct, mixed and indirect.

The flow for one article (``extract_quotes``):

1. the index (``index.ArticleIndex``) holds the quoted spans, lexed once;
2. each quoted span is *standalone* (it opens its sentence, or follows a colon or a "he
   said,") and goes to ``direct.standalone``, or is *embedded* in a sentence of reported
   speech and goes to ``mixed.embedded``; a quoted label or title is left out;
3. ``merge.merge`` joins the candidates that continue or share a cue with the one before;
4. the records are finished: a mixed record that is almost all quoted words is direct, a
   short quoted phrase under a weak cue is dropped, boilerplate is flagged;
5. ``indirect.indirect_quotes`` finds reported speech outside the quotes found so far, and
   the reports a direct quote makes of a third party's words inside it, flagged "nested".
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..language.cues import NAMING_VERBS
from ..language.names import fold
from ..language.tokens import SUBJECT_DEPS, lemma
from ..types import QUOTE_KINDS, UNKNOWN_SPEAKER, Quote, quote_text
from .candidates import Candidate
from .confidence import CONFIDENCE
from .cues import find_cue
from .direct import after_label_marker, heading_source, is_label, is_title, lead, standalone
from .index import ArticleIndex
from .indirect import indirect_quotes
from .marks import QuoteSpan, heading_at, is_quoted_crosshead
from .merge import merge
from .mixed import embedded

#: a mixed record with at least this share of its words inside quote marks is direct
DIRECT_SHARE = 0.85
#: a quoted phrase shorter than this under a verb that is not a verb of saying is no quote
_MIN_WEAK_WORDS = 4


def candidates(index: ArticleIndex) -> Iterator[Candidate]:
    """One candidate per quoted span that can be speech, in text order (pure)."""
    for span in index.spans:
        lead_start, before = lead(index, span)
        words = before.strip(" \t\n\u00a0—–-([")
        if not words and _crosshead(index, span):
            yield _heading_quote(index, span)  # "'All Bets Are Off.'": heads a section, continues no one
        elif not words or words.endswith(":") or (words.endswith(",") and _attribution_lead(index, lead_start, span)):
            yield standalone(index, span, lead_start)
        elif words.endswith(",") and after_label_marker(before) and is_title(index.text[span.start:span.end]):
            continue  # 'The album's lead single, "Paper Moon," was co-written ...': a work's title in apposition
        elif words.endswith(","):  # "With thousands of systems, "there is no single point of failure," he said"
            yield embedded(index, span) or standalone(index, span, lead_start)
        elif (span.single and not after_label_marker(before)) or (not span.single and not is_label(index, span, before)):
            cand = embedded(index, span)
            heading = heading_at(index.text, span.start)
            if cand is None and heading is not None and not _name_in_heading(index, span, heading):
                cand = _heading_quote(index, span)  # Trump ‘furious’ over leak
            if cand is not None:
                yield cand


#: words that open a subordinate clause: a quote after one is inside the reported clause
_SUBORDINATORS = frozenset("that if because when whether although though while unless".split())


def _attribution_lead(index: ArticleIndex, lead_start: int, span: QuoteSpan) -> bool:
    """Whether the words before a quote and its comma are its attribution (``He said, "..."``,
    ``Smith, a lawyer, told reporters, "..."``) rather than the start of a sentence the quote
    completes (``With thousands of systems, "there is ..."``, ``said that if she won, "she
    would sign it"``): a verb of saying, and no clause opened after it."""
    tokens = index.tokens(lead_start, span.open)
    cue = find_cue(tokens, speech_only=True, nearest_last=True) if tokens else None
    if cue is None or _medial(cue):
        return False
    return not any(t.i > cue.i and (t.dep_ == "mark" or t.lower_ in _SUBORDINATORS) for t in tokens)


def _medial(cue: Token) -> bool:
    """Whether an attribution set off by commas interrupts a clause the quote completes: "She
    was, her son said, "the most stubborn ..."" (the parse hangs the cue on a word of the quote,
    whose clause opened before the attribution): the whole sentence is the report, a mixed one."""
    head = cue.head
    if cue.dep_ != "parataxis" or head.i < cue.i:
        return False
    start = min([c.left_edge.i for c in cue.lefts if c.dep_ in SUBJECT_DEPS] + [cue.i])
    return any(a.i < start for a in head.ancestors)


def _crosshead(index: ArticleIndex, span: QuoteSpan) -> bool:
    """Whether the quoted span is its line, a crosshead set as a quotation (``is_quoted_crosshead``)."""
    start, end = index.paragraph_bounds(span.open)
    line = index.text[start:end]
    return index.text[span.open:span.outer_end].strip() == line.strip() and is_quoted_crosshead(line)


def _name_in_heading(index: ArticleIndex, span: QuoteSpan, heading: tuple[int, int]) -> bool:
    """Whether a heading's one quoted word is a title or name, not speech: capitalised in a
    heading written in sentence case ("Review: A bold 'Macbeth' that forgets to be frightening"),
    where a quoted word of speech is lower case ("Trump 'furious' over leak")."""
    inner = index.text[span.start:span.end].strip(" ,.!?")
    if " " in inner or not inner[:1].isupper():
        return False
    line = index.text[heading[0]:span.open] + " " + index.text[span.outer_end:heading[1]]
    words = [w for w in line.split() if w[:1].isalpha()][1:]  # the heading's first word is capitalised anyway
    return len(words) >= 3 and sum(w[:1].islower() for w in words) * 2 > len(words)


def _heading_quote(index: ArticleIndex, span: QuoteSpan) -> Candidate:
    """Quoted words in a headline or crosshead with no cue: a quote whose source the heading may
    name after a colon (``Claims 'nonsense': NSW Health``) or the body may give."""
    source = heading_source(index, span)
    if source is not None:
        return Candidate((span,), span.start, span.end, "direct", None, source,
                         CONFIDENCE.standalone - CONFIDENCE.colon_name, True)
    return Candidate((span,), span.start, span.end, "direct", None, UNKNOWN_SPEAKER,
                     CONFIDENCE.standalone - CONFIDENCE.unattributed, True, ("unattributed",))


def _words(text: str) -> list[str]:
    return fold(text).split()


def _with_heading_speakers(index: ArticleIndex, quotes: list[Quote]) -> list[Quote]:
    """A quote in a headline or crosshead with no speaker of its own takes the speaker of the
    body quote that repeats its words (headings quote the body); with none it keeps no speaker.
    Either way it is flagged ``headline``."""
    text = index.text
    out = []
    for q in quotes:
        heading = heading_at(text, q.start) if q.speaker.mention is None and "boilerplate" not in q.flags else None
        if heading is not None and q.end <= heading[1]:
            words = _words(q.text)
            source = next((b for b in quotes if b is not q and b.speaker.mention is not None
                           and not heading[0] <= b.start < heading[1] and _contains(_words(b.text), words)), None)
            if source is not None:
                q = replace(q, speaker=source.speaker, confidence=source.confidence - CONFIDENCE.headline,
                            flags=tuple(f for f in q.flags if f != "unattributed"))
            q = replace(q, flags=(*q.flags, "headline"))
        out.append(q)
    return out


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` stands in ``words`` as a run of consecutive words."""
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _own_subject(index: ArticleIndex, start: int, end: int, cue: Token | None) -> bool:
    """Whether the reporter's words in a mixed record hold the clause's subject: 'said he was "a
    devoted husband and grandfather"' is a mixed quote however short "he was" is (the quoted
    words complete the reporter's clause); 'said that "..."' is the quote alone, and so is
    '"...," he says.' (the subject of the cue is the speaker, not the clause's)."""
    return any(t.dep_ in SUBJECT_DEPS and (cue is None or t.head.i != cue.i) for t in index.tokens(start, end))


def _record(index: ArticleIndex, unit: Candidate) -> Quote | None:
    """The Quote a merged candidate makes, or None when it is no quote after all.

    A direct record spans its quoted words and its ``text`` is them, fragment by fragment, joined
    by one space (the attribution between them left out); a mixed record spans the reported
    clause, which is its ``text``, and its fragments are the quoted stretches inside it.
    """
    text = index.text
    start, end = unit.start, unit.end
    kind = unit.kind
    naming = unit.cue is not None and unit.cue.head is not None and lemma(unit.cue.head) in NAMING_VERBS
    if kind == "mixed" and not naming and index.quoted_share(start, end) >= DIRECT_SHARE \
            and not _own_subject(index, start, end, unit.cue.head if unit.cue is not None else None):
        kind = "direct"
        if unit.cue is not None and unit.cue.strength < CONFIDENCE.strong_cue and len(text[start:end].split()) < _MIN_WEAK_WORDS:
            return None  # a short quoted phrase under a verb that is not a verb of saying
    fragments = tuple(piece for s in unit.spans for piece in s.pieces(text))
    if kind == "direct":
        start, end = fragments[0][0], fragments[-1][1]
    flags = list(unit.flags)
    if index.in_boilerplate(start, end):
        flags.append("boilerplate")
    cue = unit.cue
    return Quote(
        id="",
        kind=kind,  # type: ignore[arg-type]
        text=quote_text(text, kind, start, end, fragments),
        start=start,
        end=end,
        cue=cue.text if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=unit.speaker if "boilerplate" not in flags else UNKNOWN_SPEAKER,
        confidence=CONFIDENCE.clamp(unit.confidence),
        fragments=fragments,
        flags=tuple(flags),
    )


def _past_dateline(index: ArticleIndex, q: Quote) -> Quote:
    """A reported clause that opens a wire story starts after its dateline: in "NEW DELHI, March 3
    (Reuters) - India and China agreed ..., the ministry said" the ministry's words begin at
    "India"; the place, date and agency are the wire's."""
    if q.kind == "direct" or not q.fragments:
        return q
    start = index.past_dateline(q.start)
    if start == q.start or start >= q.fragments[0][1]:
        return q
    fragments = ((start, q.fragments[0][1]), *q.fragments[1:])
    return replace(q, start=start, fragments=fragments, text=quote_text(index.text, q.kind, start, q.end, fragments))


def extract_quotes(index: ArticleIndex, kinds: Collection[str] = QUOTE_KINDS) -> list[Quote]:
    """Direct, mixed and indirect quotes of a parsed article, in text order, ids q1, q2, ...

    index: the article (``ArticleIndex(doc, boilerplate)``); quotes in a duplicate paragraph
        are dropped (the other copy is reported), quotes in teaser lists are flagged
        "boilerplate" and have no speaker.
    kinds: the kinds wanted; the rules for reported speech run only when "indirect" is among them.
    RETURNS (list[Quote]): speaker mentions as written; names are resolved later.
    """
    quotes = [q for q in (_record(index, u) for u in merge(index, candidates(index))) if q is not None]
    quotes = _with_heading_speakers(index, quotes)
    if "indirect" in kinds:
        # a direct quote takes its fragments, not the attribution between them ("“...,” she said,
        # adding that ... “...”": the addition is reported speech); a mixed quote takes its clause
        reported = index.with_taken(f for q in quotes
                                    for f in (q.fragments if q.kind == "direct" and q.fragments else ((q.start, q.end),)))
        # a report made inside a direct quote ("“The department of health sent out an alert saying
        # that ...” Fleege said") is a record of its own, flagged "nested"; the quote stays whole
        direct = [f for q in quotes if q.kind == "direct" and "boilerplate" not in q.flags for f in q.fragments]
        for q in indirect_quotes(reported, direct):
            if index.in_boilerplate(q.start, q.end, "duplicate"):
                continue
            if index.in_boilerplate(q.start, q.end):
                q = replace(q, flags=(*q.flags, "boilerplate"), speaker=UNKNOWN_SPEAKER)
            quotes.append(q)
    quotes = [_past_dateline(index, q) for q in quotes]
    quotes = sorted((q for q in quotes if q.kind in kinds), key=lambda q: (q.start, q.end))
    return [replace(q, id=f"q{n}") for n, q in enumerate(quotes, 1)]
