"""Direct and mixed quotes: quoted spans -> attributions with a cue and a speaker mention.

The flow for one article (a parsed spaCy Doc):

1. ``marks.find_quotes`` pairs the quote marks (cheap, linear, never raises);
2. each quoted span is *standalone* (it opens its sentence, or follows a colon or a
   "he said,") or *embedded* in a sentence of reported speech;
3. a standalone quote takes the cue after it (``"...," X said``), else the cue before it
   (``X said: "..."``), else a colon lead-in in the previous paragraph; failing those it
   continues the quote before it (same paragraph: one record with two fragments; next
   paragraph: a new record inheriting the speaker);
4. an embedded quote is speech only when a cue verb governs it (``said the council backed
   "in broad terms" a plan``): the record is ``mixed`` and spans the cue's reported clause.
   Labels and scare quotes (``the so-called "peace dividend"``) have no governing cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from ..clean import boilerplate_around
from ..types import QUOTE_KINDS, UNKNOWN_SPEAKER, Boilerplate, Quote, Speaker
from .attribution import (
    Cue,
    cue_of,
    find_cue,
    is_cue_verb,
    speaker_from_token,
    subject_of,
)
from .cues import DOCUMENT_NOUNS, GROUP_NOUNS, LABEL_MARKERS, ORG_NOUNS

#: Common nouns that head a source ("the official", "a spokesman", "the senator")
_SOURCE_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson senator president governor candidate nominee
    lawmaker aide adviser advisor director secretary minister chairman chairwoman leader
    source analyst expert economist critic supporter voter resident lawyer attorney judge
    mayor chief executive ceo professor author reporter writer columnist man woman
    """.split()
)
from .indirect import indirect_quotes
from .marks import QuoteSpan, find_quotes, line_breaks

_DASHES = ("—", "–", "-", "―", "−")
#: a transcript line: "WALLACE: Let's start with ..."
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr|\bMs|\bDr|\bSt)(?<!\bMrs|\bSen|\bRep|\bGov|\bGen)[.?!][\"”'’)]*\s+")


@dataclass
class _Unit:
    """A quote being built: one or more quoted spans with one attribution."""

    spans: list[QuoteSpan]
    start: int
    end: int
    kind: str
    cue: Cue | None = None
    speaker: Speaker = UNKNOWN_SPEAKER
    confidence: float = 0.5
    standalone: bool = True
    paragraph: int = 0
    flags: list[str] = field(default_factory=list)


class _Context:
    """Lookups over one parsed article shared by the rules below."""

    def __init__(self, doc, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]
        self.spans = spans
        self.quoted = [(s.open, s.outer_end) for s in spans]
        self.quoted_starts = [a for a, _ in self.quoted]
        self.para_starts = [0] + [i + 1 for i in line_breaks(self.text)]

    def token_at(self, char: int):
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(0, min(i, len(self.doc) - 1))] if len(self.doc) else None

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def paragraph_bounds(self, char: int) -> tuple[int, int]:
        p = self.paragraph_of(char)
        start = self.para_starts[p]
        end = self.para_starts[p + 1] - 1 if p + 1 < len(self.para_starts) else len(self.text)
        return start, end

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def tokens(self, start: int, end: int) -> list:
        """Tokens starting in [start, end) that are not inside a quoted span."""
        if not len(self.doc) or end <= start:
            return []
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [t for t in self.doc[i:j] if not self.in_quote(t.idx) and not t.is_space]


def _lead(ctx: _Context, span: QuoteSpan) -> tuple[int, str]:
    """Start offset and text of the sentence part before a quote's opening mark."""
    para_start, _ = ctx.paragraph_bounds(span.open)
    tok = ctx.token_at(span.open)
    sent_start = tok.sent.start_char if tok is not None and tok.idx <= span.open else para_start
    start = max(para_start, sent_start)
    # a quote right after another quote's close, in the same paragraph: the lead starts there
    k = bisect.bisect_left(ctx.quoted_starts, span.open) - 1
    if k >= 0 and start < ctx.quoted[k][1] <= span.open:
        start = ctx.quoted[k][1]
    lead = ctx.text[start:span.open]
    # the parser often misses a sentence break before a quote: cut after the last ". "
    cut = max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0)
    return start + cut, lead[cut:]


def _tail(ctx: _Context, span: QuoteSpan) -> tuple[int, int]:
    """The stretch after a quote's closing mark where a "..., he said" attribution sits."""
    start = span.outer_end
    _, para_end = ctx.paragraph_bounds(span.end)
    end = para_end
    nxt = bisect.bisect_right(ctx.quoted_starts, start)
    if nxt < len(ctx.quoted) and ctx.quoted[nxt][0] < end:
        end = ctx.quoted[nxt][0]
    closing = ctx.text[span.end - 1:span.end] if span.closed else "."
    after = ctx.text[start:start + 3].lstrip(" \u00a0")
    if closing == "." and not (after[:1].islower() or after[:1] in (",", *_DASHES)):
        # a quote that ends its sentence: only a short "Trump said." may follow as its attribution
        m = _SENTENCE_END.search(ctx.text, start, min(end, start + 80))
        short = ctx.text[start:m.start() + 1] if m else ctx.text[start:end]
        if len(short.split()) <= 6 and short.rstrip().endswith("."):
            return start, start + len(short)
        return start, start
    tok = ctx.token_at(start)
    if tok is not None and tok.idx >= start:
        # stop at the end of the sentence the tail opens (";" and "." end it too)
        sent_end = tok.sent.end_char
        after = ctx.text[start:start + 2].lstrip()
        if tok.is_sent_start and not (after[:1] in (",", "—", "–", "-") or after[:1].islower()):
            return start, start
        end = min(end, max(sent_end, start))
    return start, end


def _is_label(ctx: _Context, span: QuoteSpan, lead: str) -> bool:
    """A quoted title, name or label rather than speech."""
    words = lead.split()
    prev = words[-1].lower().strip(",:;") if words else ""
    prev2 = words[-2].lower() if len(words) > 1 else ""
    if prev in LABEL_MARKERS or (prev2 in LABEL_MARKERS and prev in ("as", "the", "a", "of")):
        return True
    if prev in ("as",) and prev2 in ("known", "referred", "described"):
        return prev2 == "known"
    return _is_title(ctx.text[span.start:span.end])


_SMALL_WORDS = frozenset("of the a an and in on for to is at by with from or vs".split())


def _is_title(inner: str) -> bool:
    """Title case of a work or slogan: "Saturday Night Live", "Orange is the New Black"."""
    inner = inner.strip().rstrip(",")
    words = inner.split()
    if not 1 < len(words) <= 6 or inner[-1:] in ".?!":
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][:1].isupper()


def _speaker_for(cue_token, ctx: _Context | None = None) -> Speaker:
    subj = subject_of(cue_token)
    if subj is not None and ctx is not None and ctx.in_quote(subj.idx):
        subj = None  # "I", "we" inside the quote are not its speaker
    if subj is None and ctx is not None:
        subj = _nominal_near(ctx, cue_token)
    if subj is None:
        return UNKNOWN_SPEAKER
    if subj.lower_ in ("who", "that") and subj.dep_.startswith("nsubj"):
        # "X, who said ...": keep "who" as the mention, name the antecedent
        head = subj.head.head if subj.head.dep_ == "relcl" else None
        sp = speaker_from_token(subj)
        if head is not None:
            named = speaker_from_token(head)
            return replace(sp, name=named.name, type=named.type)
        return sp
    return speaker_from_token(subj)


def _nominal_near(ctx: _Context, verb):
    """A name or pronoun next to a cue verb, outside quotes, when the parse gave none:
    left of the verb up to a quote or clause edge ("..., Ramos, 58, told AFP"), else right
    of it ("said Bolton")."""
    doc = verb.doc
    for rng in (range(verb.i - 1, max(-1, verb.i - 8), -1), range(verb.i + 1, min(len(doc), verb.i + 4))):
        for i in rng:
            tok = doc[i]
            if ctx.in_quote(tok.idx) or tok.text in (".", ";", ":") or tok.pos_ in ("VERB", "AUX"):
                break
            named = tok.pos_ in ("PROPN", "PRON", "NOUN") or (tok.is_title and not tok.is_sent_start)  # "said Skelly" tagged ADV
            if named and tok.dep_ not in ("poss", "npadvmod") and tok.lower_ not in ("it", "that", "this"):
                head = tok
                while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.i - head.i < 4:
                    head = head.head
                return head
    return None


def _dash_speaker(ctx: _Context, start: int, end: int) -> Speaker | None:
    """``"..." — Sanders``: a name after a dash closing the quote."""
    rest = ctx.text[start:end]
    stripped = rest.lstrip(" ,\u00a0")
    if stripped[:1] not in _DASHES:
        return None
    for tok in ctx.tokens(start, end):
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and not tok.is_punct:
            # the head of the name phrase
            head = tok
            while head.dep_ in ("compound", "flat") and head.head is not head:
                head = head.head
            return speaker_from_token(head)
    return None


def _colon_leadin(ctx: _Context, span: QuoteSpan):
    """A cue token (or name) ending with a colon just before the quote, maybe a paragraph up."""
    i = span.open - 1
    text = ctx.text
    while i >= 0 and text[i] in " \t\n\u00a0":
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    if ctx.in_quote(i):
        return None
    para_start, _ = ctx.paragraph_bounds(i)
    tok = ctx.token_at(i)
    sent_start = max(para_start, tok.sent.start_char if tok is not None else para_start)
    return ctx.tokens(sent_start, i)


_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "agent"})
#: verbs whose object is the person addressed, not what was said ("told reporters that ...")
_TELL_VERBS = frozenset("tell ask remind assure inform warn urge notify promise show".split())
_CLAUSE_BREAKS = (" — ", " – ", "; ", " while ", " but ", ", though ", ", although ", ", who ", ", which ", " -- ")


def _clause_of(cue_token, quote_tokens: set[int]) -> tuple[int, int] | None:
    """Character span of the cue's reported clause that holds the quoted tokens.

    The children of the cue verb on the quote's side, from the one next to the verb to the
    last one that holds quoted words ("accuses Sanders of subjecting her to an "artful
    smear""), cut at a dash or "while" after the last quote.
    """
    doc = cue_token.doc
    holding = [
        c for c in cue_token.children
        if c.dep_ not in _SKIP_DEPS and any(i in quote_tokens for i in range(c.left_edge.i, c.right_edge.i + 1))
    ]
    if not holding:
        return None
    after = [c for c in holding if c.i > cue_token.i]
    side = after if after else holding
    addressee = cue_token.lemma_.lower() in _TELL_VERBS
    if after:
        last = max(h.i for h in side)
        members = [c for c in cue_token.rights if c in side or (c.dep_ == "dobj" and not addressee and c.i < last)]
    else:
        members = side
    members = members or side
    lo = min(c.left_edge.i for c in members)
    hi = max(c.right_edge.i for c in members)
    while lo < hi and ((doc[lo].is_punct and doc[lo].text not in "“\"'‘«") or doc[lo].is_space):
        lo += 1
    while hi > lo and ((doc[hi].is_punct and doc[hi].text not in "”\"'’»") or doc[hi].is_space):
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    last_quoted = max(quote_tokens)
    if last_quoted < hi:
        qend = doc[last_quoted].idx + len(doc[last_quoted].text)
        rest = doc[last_quoted + 1:hi + 1].text
        rest = " " * (doc[last_quoted + 1].idx - qend) + rest
        cuts = [rest.find(b) for b in _CLAUSE_BREAKS if b in rest]
        if cuts:
            end = qend + len(rest[:min(cuts)].rstrip(" ,"))
    return start, end


def _governing_cue(ctx: _Context, span: QuoteSpan):
    """The cue verb whose subtree holds the quoted span, or None.

    Climbs the heads from the quote's first word: the nearest verb of saying wins ("which
    he declared "a total disaster"" -> declared; "Rubio said that he has begun "to
    unmask..."" -> said); failing one, the nearest verb of thinking or showing.
    """
    first = ctx.token_at(span.start)
    if first is None:
        return None
    tok = first
    attitude = other = None
    for _ in range(40):
        head = tok.head
        if head is tok:
            break
        tok = head
        if ctx.in_quote(tok.idx) or len(tok) > 40:
            continue  # quoted words, or a run of marks the tokenizer left whole
        if tok.lower_ == "according" or is_cue_verb(tok, speech_only=True):
            return tok
        if attitude is None and is_cue_verb(tok):
            attitude = tok
        if other is None and tok.pos_ == "VERB" and _source_like(subject_of(tok)):
            other = tok
    return attitude or other


def _source_like(tok) -> bool:
    """A subject that can be the source of words: a person, organisation or document."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "i", "we", "who")
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    return lemma in DOCUMENT_NOUNS or lemma in ORG_NOUNS or tok.lower_ in GROUP_NOUNS or lemma in _SOURCE_NOUNS


def _quoted_share(ctx: _Context, start: int, end: int) -> float:
    total = inside = 0
    for i in range(start, end):
        ch = ctx.text[i]
        if ch.isspace() or not ch.isalnum():
            continue
        total += 1
        if ctx.in_quote(i):
            inside += 1
    return inside / total if total else 0.0


def _units(ctx: _Context, spans: list[QuoteSpan]) -> list[_Unit]:
    units: list[_Unit] = []
    for span in spans:
        lead_start, lead = _lead(ctx, span)
        lead_words = lead.strip(" \t\n\u00a0—–-([")
        para = ctx.paragraph_of(span.open)
        standalone = not lead_words or lead_words.endswith((":", ","))
        if not standalone and not span.single and _is_label(ctx, span, lead):
            continue
        if standalone:
            unit = _standalone(ctx, span, lead_start, para, units)
            if unit is not None:
                units.append(unit)
            continue
        unit = _embedded(ctx, span, lead_start, para, units)
        if unit is not None:
            units.append(unit)
    return units


def _standalone(ctx: _Context, span: QuoteSpan, lead_start: int, para: int, units: list[_Unit]) -> _Unit | None:
    """A quote that opens its sentence (or follows a colon or "he said,")."""
    confidence = 0.9 if span.closed else 0.7
    m = _TRANSCRIPT.match(ctx.text, span.start)
    if m is not None:  # "WALLACE: ..." in a transcript: the speaker opens the quote
        name = m.group(1)
        speaker = Speaker(name=name, mention=name, start=m.start(1), end=m.end(1), type="person")
        return _Unit([span], span.start, span.end, "direct", None, speaker, confidence - 0.1, True, para)
    t0, t1 = _tail(ctx, span)
    tail_tokens = ctx.tokens(t0, t1)[:20]
    cue_tok = find_cue(tail_tokens, speech_only=True) if tail_tokens else None
    speaker = UNKNOWN_SPEAKER
    if cue_tok is not None:
        speaker = _speaker_for(cue_tok, ctx)
    dash = _dash_speaker(ctx, t0, t1) if cue_tok is None else None
    if dash is not None:
        return _Unit([span], span.start, span.end, "direct", None, dash, confidence - 0.1, True, para)
    if cue_tok is None or speaker is UNKNOWN_SPEAKER:
        lead_tokens = ctx.tokens(lead_start, span.open)
        before = find_cue(lead_tokens, speech_only=False, nearest_last=True) if lead_tokens else None
        if before is not None and (cue_tok is None or subject_of(before) is not None):
            cue_tok, speaker = before, _speaker_for(before, ctx)
            confidence -= 0.05
    if cue_tok is None:
        colon = _colon_leadin(ctx, span)
        dashes = [i for i, t in enumerate(colon or ()) if t.text in _DASHES]
        if dashes and len(colon) - dashes[-1] - 1 <= 5:
            colon = colon[dashes[-1] + 1:]  # "Pollsters agree - Carl Bialik: ..." names the source after the dash
        if colon:
            before = find_cue(colon)
            if before is not None:
                cue_tok, speaker = before, _speaker_for(before, ctx)
            else:
                roots = [t for t in colon if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
                headline = ctx.paragraph_of(colon[0].idx) == 0
                subj = subject_of(roots[0]) if roots and not headline else None
                # "Trump: ‘...’" names the speaker; a headline clause before a colon does not
                names = [t for t in colon if t.pos_ in ("PROPN", "PRON", "NOUN")] if len(colon) <= 4 and not roots else []
                if (subj is not None and not ctx.in_quote(subj.idx)) or names:
                    head = subj if subj is not None and not ctx.in_quote(subj.idx) else names[-1]
                    speaker = speaker_from_token(head)
                    cue = Cue(":", ctx.text.rfind(":", 0, span.open), ctx.text.rfind(":", 0, span.open) + 1, None, 0.8)
                    return _Unit([span], span.start, span.end, "direct", cue, speaker, confidence - 0.1, True, para)
    if cue_tok is not None:
        prev = units[-1] if units else None
        if prev is not None and prev.cue is not None and prev.cue.head is not None and prev.cue.head.i == cue_tok.i and prev.standalone:
            prev.spans.append(span)  # "A," she said, "B."
            prev.end = span.end
            return None
        return _Unit([span], span.start, span.end, "direct", cue_of(cue_tok), speaker, confidence, True, para)
    # No attribution of its own: a continuation of the quote before it (same or next paragraph),
    prev = units[-1] if units else None
    if prev is not None and _adjacent(ctx, prev, span):
        prev.spans.append(span)
        prev.end = span.end
        return None
    # or of the reported speech just before it in the same paragraph ("..., Schiff said. "Q."")
    before = _previous_sentence_cue(ctx, span)
    if before is not None:
        return _Unit([span], span.start, span.end, "direct", cue_of(before), _speaker_for(before, ctx), confidence - 0.3, True, para)
    if len(ctx.text[span.start:span.end].split()) < 4 or _is_title(ctx.text[span.start:span.end]):
        return None  # a short quoted phrase with no speaker anywhere: a label, not speech
    return _Unit([span], span.start, span.end, "direct", None, UNKNOWN_SPEAKER, confidence - 0.5, True, para, ["unattributed"])


def _previous_sentence_cue(ctx: _Context, span: QuoteSpan):
    """A verb of saying with a subject in the sentence before ``span``, same paragraph."""
    tok = ctx.token_at(span.open)
    if tok is None or tok.sent.start == 0:
        return None
    prev_sent = ctx.doc[tok.sent.start - 1].sent
    para_start, _ = ctx.paragraph_bounds(span.open)
    if prev_sent.start_char < para_start:
        return None
    cue = find_cue(ctx.tokens(prev_sent.start_char, prev_sent.end_char), speech_only=True, nearest_last=True)
    if cue is None or subject_of(cue) is None or ctx.in_quote(subject_of(cue).idx):
        return None
    return cue


def _adjacent(ctx: _Context, prev: _Unit, span: QuoteSpan) -> bool:
    """True when only attribution words and blank lines separate ``prev`` from ``span``.

    Same paragraph: anything between is the previous quote's attribution. Next paragraph:
    the previous paragraph must end with the previous quote (or its attribution).
    """
    last = prev.spans[-1]
    if not prev.standalone and (prev.cue is None or prev.cue.start < last.outer_end):
        return False  # reported speech whose cue came first: a new quote is not its continuation
    between = ctx.text[last.outer_end:span.open]
    if "\n" not in between:
        # same paragraph: only the previous quote's own attribution may stand between
        words = between.split()
        if not words:
            return True
        has_cue = prev.cue is not None and last.outer_end <= prev.cue.start < span.open
        return has_cue or not _SENTENCE_END.search(between)
    if between.strip(" \t\n\u00a0") and "\n" in between.strip(" \t\n\u00a0"):
        return False  # a whole paragraph of other text in between
    # the gap is "<rest of prev paragraph>\n\n": allow a short attribution tail only
    tail = between.split("\n", 1)[0]
    has_cue = prev.cue is not None and last.outer_end <= prev.cue.start < span.open
    return len(tail.split()) <= (40 if has_cue else 12)


def _embedded(ctx: _Context, span: QuoteSpan, lead_start: int, para: int, units: list[_Unit]) -> _Unit | None:
    """A quote inside a sentence: mixed speech when a cue verb governs it."""
    cue_tok = _governing_cue(ctx, span)
    if cue_tok is None:
        return None
    subj = subject_of(cue_tok)
    first = ctx.token_at(span.start)
    if subj is not None and first is not None and subj.left_edge.i <= first.i <= subj.right_edge.i:
        return None  # quoted words inside the speaker's description ("co-editor of "Chick Lit"")
    # another quote in the same clause under the same cue: one record
    prev = units[-1] if units else None
    if prev is not None and prev.cue is not None and prev.cue.head is not None and prev.cue.head.i == cue_tok.i:
        prev.spans.append(span)
        clause = _clause_of(cue_tok, _token_ids(ctx, prev.spans))
        if clause:
            prev.start, prev.end = min(prev.start, clause[0]), max(prev.end, clause[1])
        prev.end = max(prev.end, span.end)
        return None
    clause = _clause_of(cue_tok, _token_ids(ctx, [span])) or (span.start, span.end)
    speaker = _speaker_for(cue_tok, ctx)
    cue = cue_of(cue_tok)
    confidence = 0.75 * cue.strength + (0.1 if speaker is not UNKNOWN_SPEAKER else 0)
    start, end = min(clause[0], span.start), max(clause[1], span.end)
    return _Unit([span], start, end, "mixed", cue, speaker, confidence, False, para)


def _token_ids(ctx: _Context, spans: Iterable[QuoteSpan]) -> set[int]:
    ids: set[int] = set()
    for s in spans:
        a = bisect.bisect_left(ctx.starts, s.start)
        b = bisect.bisect_left(ctx.starts, s.end)
        ids.update(range(a, b))
    return ids


def extract_quotes(
    doc, boilerplate: Iterable[Boilerplate] = (), kinds: Collection[str] = QUOTE_KINDS
) -> list[Quote]:
    """Direct, mixed and indirect quotes of a parsed article, in text order.

    doc (spacy.tokens.Doc): the parsed article.
    boilerplate: spans from the clean stage; quotes in a duplicate paragraph are dropped
        (the other copy is reported), quotes in teaser lists are flagged "boilerplate".
    kinds: the kinds of quote wanted; the rules for reported speech run only when
        "indirect" is among them.
    RETURNS (list[Quote]): speaker mentions as written; names are resolved later.
    """
    text = doc.text
    boiler = sorted(boilerplate, key=lambda b: b.start)
    spans = [s for s in find_quotes(text) if not _in(boiler, s.start, s.end, "duplicate")]
    ctx = _Context(doc, spans)
    quotes: list[Quote] = []
    for unit in _units(ctx, spans):
        start, end = unit.start, unit.end
        fragments = tuple((s.start, s.end) for s in unit.spans)
        kind = unit.kind
        if kind == "mixed" and _quoted_share(ctx, start, end) >= 0.85:
            kind = "direct"
            if unit.cue is not None and unit.cue.strength < 1 and len(text[start:end].split()) < 4:
                continue  # a short quoted phrase under a verb that is not a verb of saying
        flags = list(unit.flags)
        if _in(boiler, start, end, None):
            flags.append("boilerplate")
        cue = unit.cue
        quotes.append(
            Quote(
                id="",
                kind=kind,
                text=text[start:end],
                start=start,
                end=end,
                cue=cue.text if cue else None,
                cue_start=cue.start if cue else None,
                cue_end=cue.end if cue else None,
                speaker=unit.speaker if "boilerplate" not in flags else UNKNOWN_SPEAKER,
                confidence=max(0.05, min(1.0, unit.confidence)),
                fragments=fragments if kind != "mixed" else ((start, end),),
                flags=tuple(flags),
            )
        )
    taken = [(q.start, q.end) for q in quotes]
    for q in indirect_quotes(doc, taken) if "indirect" in kinds else ():
        if _in(boiler, q.start, q.end, "duplicate"):
            continue
        if _in(boiler, q.start, q.end, None):
            q = replace(q, flags=(*q.flags, "boilerplate"), speaker=UNKNOWN_SPEAKER)
        quotes.append(q)
    quotes = sorted((q for q in quotes if q.kind in kinds), key=lambda q: (q.start, q.end))
    return [replace(q, id=f"q{n}") for n, q in enumerate(quotes, 1)]


def _in(boiler: list[Boilerplate], start: int, end: int, reason: str | None) -> bool:
    """Whether ``[start, end)`` lies wholly inside boilerplate (of ``reason``, when given)."""
    b = boilerplate_around(boiler, start, end)
    return b is not None and (reason is None or b.reason == reason)
