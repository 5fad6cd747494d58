"""Direct quotes: a quoted span that stands alone -> a candidate with its cue and speaker mention.

A quote *stands alone* when it opens its sentence, or follows a colon or a "he said,". Its
attribution is looked for in the order newsrooms use (docs/quotes.md):

1. after it, in the same sentence: ``"...," said X`` / ``"...," X said`` / ``"...," X, a lawyer
   for Y, told Z`` / ``"..." — X``; a quote ending its sentence takes only a short
   ``Trump said.`` after it;
2. before it: ``X said: "..."``, ``X told reporters, "..."``;
3. a colon lead-in, maybe a paragraph up (``Cruz continued:``), a transcript line
   (``WALLACE: ...``) or a headline (``Trump: '...'``);
4. none: the quote may continue the one before it (the merge step decides); when it does not,
   it is the reported speech of the sentence before it (``..., Schiff said. "..."``), or an
   unattributed quote of four words or more, or nothing (a short phrase or a title).

``standalone`` is a pure function of the index and the span: it yields one ``Candidate``.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..language.cues import LABEL_MARKERS, NOT_SOURCES, TITLE_SMALL_WORDS
from ..language.sentences import last_sentence_start, sentence_ends
from ..types import UNKNOWN_SPEAKER, Speaker
from .candidates import Candidate, Join
from .confidence import CONFIDENCE
from .cues import Cue, cue_of, find_cue, subject_of
from .index import ArticleIndex
from .marks import QuoteSpan, heading_at, pos_is_paragraph_opener
from .speakers import DASHES, dash_speaker, speaker_for, speaker_from_token

#: a transcript line: "WALLACE: Let's start with ..."
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")
#: the most words a quote that ends its sentence may have after it as its attribution
_SHORT_TAIL_WORDS = 6
#: the farthest a short "Trump said." after a quote may reach
_SHORT_TAIL_CHARS = 80
#: tokens after a quote looked at for its cue ("...," X, a lawyer for Y who ..., told Z)
_TAIL_TOKENS = 40
#: the fewest words of a quote reported with no speaker found ("unattributed")
UNATTRIBUTED_MIN_WORDS = 4


def lead(index: ArticleIndex, span: QuoteSpan) -> tuple[int, str]:
    """Start offset and text of the sentence part before a quote's opening mark."""
    para_start, _ = index.paragraph_bounds(span.open)
    tok = index.token_at(span.open)
    sent_start = tok.sent.start_char if tok is not None and tok.idx <= span.open else para_start
    start = max(para_start, sent_start)
    # a quote right after another quote's close, in the same paragraph: the lead starts there
    k = _previous_quote(index, span)
    if k >= 0 and start < index.quoted[k][1] <= span.open:
        start = index.quoted[k][1]
    # the parser often misses a sentence break before a quote: cut at the last sentence end
    start = last_sentence_start(index.text, start, span.open)
    return start, index.text[start:span.open]


def _previous_quote(index: ArticleIndex, span: QuoteSpan) -> int:
    return bisect.bisect_left(index.quoted_starts, span.open) - 1


def tail(index: ArticleIndex, span: QuoteSpan) -> tuple[int, int]:
    """The stretch after a quote's closing mark where a "..., he said" attribution sits."""
    text = index.text
    start = span.outer_end
    _, para_end = index.paragraph_bounds(span.end)
    end = para_end
    nxt = bisect.bisect_right(index.quoted_starts, start)
    if nxt < len(index.quoted) and index.quoted[nxt][0] < end:
        end = index.quoted[nxt][0]
    closing = text[span.end - 1:span.end] if span.closed else "."
    after = text[start:start + 3].lstrip(" \u00a0")
    if closing == "." and not (after[:1].islower() or after[:1] in (",", *DASHES)):
        # a quote that ends its sentence: only a short "Trump said." may follow as its attribution
        first = next(sentence_ends(text, start, min(end, start + _SHORT_TAIL_CHARS)), None)
        short = text[start:first.mark] if first else text[start:end]
        if len(short.split()) <= _SHORT_TAIL_WORDS and short.rstrip().endswith("."):
            return start, start + len(short)
        return start, start
    tok = index.token_at(start)
    if tok is not None and tok.idx >= start:
        # stop at the end of the sentence the tail opens (";" and "." end it too)
        sent_end = tok.sent.end_char
        after = text[start:start + 2].lstrip()
        if tok.is_sent_start and not (after[:1] in (",", "—", "–", "-") or after[:1].islower()):
            return start, start
        end = min(end, max(sent_end, start))
    return start, end


def after_label_marker(before: str) -> bool:
    """Whether the words before a quote name what follows as a title or a label ("so-called",
    "a statement titled", "the hashtag"), in single quotes as in double: "in a statement titled
    'Senate Delivers on Its Promise', said" quotes a headline, never speech."""
    words = before.split()
    prev = words[-1].lower().strip(",:;") if words else ""
    prev2 = words[-2].lower() if len(words) > 1 else ""
    return prev in LABEL_MARKERS or (prev2 in LABEL_MARKERS and prev in ("as", "the", "a", "of"))


def is_label(index: ArticleIndex, span: QuoteSpan, before: str) -> bool:
    """A quoted title, name or label rather than speech ("the so-called "peace dividend"")."""
    words = before.split()
    prev = words[-1].lower().strip(",:;") if words else ""
    prev2 = words[-2].lower() if len(words) > 1 else ""
    if after_label_marker(before):
        return True
    if prev in ("as",) and prev2 in ("known", "referred", "described"):
        return prev2 == "known"
    inner = index.text[span.start:span.end].strip()
    if programme(index, span, before):
        return True
    after = index.text[span.outer_end:span.outer_end + 20].split()
    if " " not in inner and inner[:1].isupper() and after and after[0][:1].islower() and after[0].isalpha():
        return True  # a name used as a modifier: his "Purpose" world tour
    return is_title(inner)


def programme(index: ArticleIndex, span: QuoteSpan, before: str | None = None) -> bool:
    """A broadcast's or a publication's name in title case after "on" or "with", the sentence's
    full stop inside its marks (American style): 'said in an interview on "Squawk Box."', 'he said
    on "Meet the Press."' - a label, neither a quote nor words of a report."""
    words = (lead(index, span)[1] if before is None else before).split()
    prev = words[-1].lower() if words else ""
    return prev in ("on", "with") and is_title(index.text[span.start:span.end].strip().rstrip("."))


def is_title(inner: str) -> bool:
    """Title case of a work or slogan: "Saturday Night Live", "Orange is the New Black"."""
    inner = inner.strip().rstrip(",")
    words = inner.split()
    if not 1 < len(words) <= 6 or inner[-1:] in ".?!":
        return False
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) and words[0][:1].isupper()


#: the most words of a source named after a heading's quote ("Claims 'nonsense': NSW Health")
_HEADING_SOURCE_WORDS = 5


def heading_source(index: ArticleIndex, span: QuoteSpan) -> Speaker | None:
    """The source a headline or crosshead names after its quote and a colon or dash, to the end
    of the line: ``Claims 'nonsense': NSW Health``, ``'We will fight on' - Sanders``."""
    bounds = heading_at(index.text, span.start)
    if bounds is None:
        return None
    rest = index.text[span.outer_end:bounds[1]].strip()
    if rest[:1] not in (":", *DASHES):
        return None
    tokens = index.tokens(span.outer_end + index.text[span.outer_end:bounds[1]].index(rest[:1]) + 1, bounds[1])
    names = [t for t in tokens if t.pos_ in ("PROPN", "NOUN") and t.lower_ not in NOT_SOURCES]
    if not names or len(tokens) > _HEADING_SOURCE_WORDS:
        return None
    head = names[-1]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head in tokens:
        head = head.head
    return speaker_from_token(head, index)


#: the markers of a bulleted line written as text: "- ", "• ", "* "
_BULLETS = frozenset("-•*–—·")


def _colon_leadin(index: ArticleIndex, span: QuoteSpan) -> list[Token] | None:
    """The tokens before a colon just before the quote, maybe a paragraph up (``Cruz continued:``)."""
    i = span.open - 1
    text = index.text
    while i >= 0 and text[i] in " \t\n\u00a0":
        i -= 1
    bulleted = i >= 0 and text[i] in _BULLETS and (i == 0 or text[i - 1] == "\n")
    if bulleted:
        i -= 1  # a bulleted quote under "Here's what he said:" (live blogs, explainers)
        while i >= 0 and text[i] in " \t\n\u00a0":
            i -= 1
    if i < 0 or text[i] != ":":
        return None
    if index.in_quote(i):
        return None
    para_start, _ = index.paragraph_bounds(i)
    tok = index.token_at(i)
    sent_start = max(para_start, tok.sent.start_char if tok is not None else para_start)
    tokens = index.tokens(sent_start, i)
    if bulleted and (not tokens or find_cue(tokens, speech_only=True) is None):
        return None  # a list under a label ("SHORT READS:", "Key quotes:") says no one spoke
    return tokens


def _previous_sentence_cue(index: ArticleIndex, span: QuoteSpan) -> Token | None:
    """A verb of saying with a subject in the sentence before ``span`` when that sentence is
    reported speech: in the same paragraph, or closing the paragraph just before when the quote
    opens its own (``Smith said the plan would fail. ⏎ "It was never funded."``). A cue that is
    the attribution of a quote in that sentence is that quote's, not this one's."""
    text = index.text
    para_start, _ = index.paragraph_bounds(span.open)
    if pos_is_paragraph_opener(text, span.open):  # the last sentence of the paragraph before
        end = para_start - 1
        while end > 0 and text[end - 1] in " \t\n\u00a0":
            end -= 1
        prev_para, _ = index.paragraph_bounds(max(0, end - 1))
        if end <= 0 or text[end:para_start].count("\n") > 2 or heading_at(text, prev_para) is not None:
            return None
        start = last_sentence_start(text, prev_para, end)
    else:  # the sentence before the quote's, in its paragraph (by the sentence rule: the parser
        end = last_sentence_start(text, para_start, span.open)  # often joins a quote to its lead)
        if end <= para_start:
            return None
        start = last_sentence_start(text, para_start, end - 1)
    cue = find_cue(index.tokens(start, end), speech_only=True, nearest_last=True)
    subj = subject_of(cue) if cue is not None else None
    if cue is None or subj is None or index.in_quote(subj.idx):
        return None
    closes = [e for a, e in index.quoted if start <= a and e <= cue.idx]
    if closes and len(index.text[max(closes):cue.idx].split()) <= _QUOTE_ATTRIBUTION_WORDS:
        return None  # '"...," reads one placard.': the cue of the quote before it
    return cue


#: the most words between a quote and a cue that is still that quote's attribution
_QUOTE_ATTRIBUTION_WORDS = 4


def _whole_paragraph(index: ArticleIndex, span: QuoteSpan) -> bool:
    """Whether the quote, marks and all, is its whole line."""
    start, end = index.paragraph_bounds(span.open)
    return not index.text[start:span.open].strip() and not index.text[span.outer_end:end].strip(" \t\u00a0.,")


def _comma_lead_subject(index: ArticleIndex, lead_start: int, span: QuoteSpan) -> Token | None:
    """The subject of the clause a quote completes after a comma, when it can speak: ``Clinton
    compared the president to a duck, "smoothly sailing ..."``."""
    lead = index.tokens(lead_start, span.open)
    if not lead or lead[-1].text != ",":
        return None
    inside = {t.i for t in lead}
    roots = [t for t in lead if t.pos_ == "VERB" and (t.dep_ == "ROOT" or t.head.i not in inside)]
    subj = subject_of(roots[0]) if roots else None
    if subj is None or subj.i not in inside or index.in_quote(subj.idx):
        return None
    return subj if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ("PERSON", "ORG") else None


def standalone(index: ArticleIndex, span: QuoteSpan, lead_start: int) -> Candidate:
    """The candidate for a quote that opens its sentence (or follows a colon or "he said,")."""
    confidence = CONFIDENCE.standalone if span.closed else CONFIDENCE.unclosed

    def record(speaker: Speaker, cue: Cue | None, value: float, join: Join | None = None,
               fallback: Candidate | None = None, flags: tuple[str, ...] = ()) -> Candidate:
        return Candidate((span,), span.start, span.end, "direct", cue, speaker, value, True, flags, join, fallback)

    m = _TRANSCRIPT.match(index.text, span.start)
    if m is not None:  # "WALLACE: ..." in a transcript: the speaker opens the quote
        name = m.group(1)
        speaker = Speaker(name=name, mention=name, start=m.start(1), end=m.end(1), type="person")
        return record(speaker, None, confidence - CONFIDENCE.transcript)
    t0, t1 = tail(index, span)
    tail_tokens = index.tokens(t0, t1)[:_TAIL_TOKENS]
    cue_tok = find_cue(tail_tokens, speech_only=True) if tail_tokens else None
    speaker = UNKNOWN_SPEAKER
    if cue_tok is not None:
        speaker = speaker_for(cue_tok, index)
    dash = dash_speaker(index, t0, t1) if cue_tok is None else None
    if dash is not None:
        return record(dash, None, confidence - CONFIDENCE.dash)
    if cue_tok is None or speaker is UNKNOWN_SPEAKER:
        lead_tokens = index.tokens(lead_start, span.open)
        before = find_cue(lead_tokens, speech_only=False, nearest_last=True) if lead_tokens else None
        if before is not None and (cue_tok is None or subject_of(before) is not None):
            cue_tok, speaker = before, speaker_for(before, index)
            confidence -= CONFIDENCE.cue_before
    if cue_tok is None:
        colon = _colon_leadin(index, span)
        dashes = [i for i, t in enumerate(colon or ()) if t.text in DASHES]
        if colon and dashes and len(colon) - dashes[-1] - 1 <= 5:
            colon = colon[dashes[-1] + 1:]  # "Pollsters agree - Carl Bialik: ..." names the source after the dash
        if colon:
            before = find_cue(colon)
            if before is not None:
                cue_tok, speaker = before, speaker_for(before, index)
            else:
                named = _colon_speaker(index, colon, span)
                if named is not None:
                    return named
    if cue_tok is not None:
        return record(speaker, cue_of(cue_tok), confidence, join="same-cue")
    clause_subject = _comma_lead_subject(index, lead_start, span)
    if clause_subject is not None:  # Clinton compared the president to a duck, “smoothly sailing ...”
        return record(speaker_from_token(clause_subject, index), None, confidence - CONFIDENCE.comma_clause)
    # No attribution of its own: it continues the quote before it, when the merge step finds
    # one next to it; else it is the reported speech of the sentence before it (same paragraph),
    before = _previous_sentence_cue(index, span)
    fallback: Candidate | None
    whole = _whole_paragraph(index, span)
    if before is not None:
        fallback = record(speaker_for(before, index), cue_of(before), confidence - CONFIDENCE.previous_sentence)
    elif (len(index.text[span.start:span.end].split()) < (2 if whole else UNATTRIBUTED_MIN_WORDS)
          or is_title(index.text[span.start:span.end])):
        fallback = None  # a short quoted phrase with no speaker anywhere: a label, not speech (a
        # quoted line of its own, a crosshead such as 'Wanted to weep', is a quotation)
    else:
        fallback = record(UNKNOWN_SPEAKER, None, confidence - CONFIDENCE.unattributed, flags=("unattributed",))
    return record(UNKNOWN_SPEAKER, None, confidence, join="continues", fallback=fallback)


#: the most tokens of a "Name, Affiliation:" lead ("Chris Cillizza, The Washington Post:")
_AFFILIATION_TOKENS = 10


def _name_and_affiliation(colon: list[Token]) -> Token | None:
    """A reaction round-up's lead: a name, a comma and where the person works (``Howard Kurtz, Fox
    News: "..."``); the name's head, or None."""
    commas = [i for i, t in enumerate(colon) if t.text == ","]
    if not commas or len(colon) > _AFFILIATION_TOKENS:
        return None
    name, rest = colon[:commas[0]], colon[commas[0] + 1:]
    if not 1 <= len(name) <= 4 or any(t.pos_ != "PROPN" for t in name):
        return None
    if not rest or any(t.pos_ not in ("PROPN", "DET", "ADP", "PUNCT", "CCONJ") for t in rest):
        return None
    return name[-1]


def _colon_speaker(index: ArticleIndex, colon: list[Token], span: QuoteSpan) -> Candidate | None:
    """``Trump: '...'`` names the speaker before the colon; so does the subject of a clause
    (``Cruz was defiant: "..."``), but not a headline's clause."""
    inside = {t.i for t in colon}
    # the lead-in's own main verb (the parser may hang it on the quote's verb)
    roots = [t for t in colon if t.pos_ in ("VERB", "AUX") and (t.dep_ == "ROOT" or t.head.i not in inside)]
    headline = index.paragraph_of(colon[0].idx) == 0
    subj = subject_of(roots[0]) if roots and not headline else None
    names = [t for t in colon if t.pos_ in ("PROPN", "PRON", "NOUN") and t.lower_ not in NOT_SOURCES] \
        if len(colon) <= 4 and not roots else []
    named = _name_and_affiliation(colon) if not roots else None
    if named is not None:
        names = [named]
    if subj is not None and index.in_quote(subj.idx):
        subj = None
    if subj is None and not names:
        return None
    head = subj if subj is not None else names[-1]
    at = index.text.rfind(":", 0, span.open)
    cue = Cue(":", at, at + 1, None, CONFIDENCE.colon_cue)
    confidence = (CONFIDENCE.standalone if span.closed else CONFIDENCE.unclosed) - CONFIDENCE.colon_name
    return Candidate((span,), span.start, span.end, "direct", cue, speaker_from_token(head, index), confidence, True)
