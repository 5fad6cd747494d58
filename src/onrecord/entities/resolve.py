"""Stage 5 entry point: cluster an article's mentions and resolve each quote's speaker.

Three steps, each returning new values: mentions are found (``mentions.find_mentions``, with
the aliases of ``aliases.find_aliases``), each quote's speaker mention is picked among them
(and marked as a speaker, or made from the speaker span when none fits), then the mentions
are clustered (``cluster.cluster_mentions``) and every speaker named by its cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..clean import boilerplate_around
from ..language.names import (
    COMPANY_NAME_ENDINGS,
    NAME_LINKS,
    SELF_NAMING_WORDS,
    STYLES_OF_ADDRESS,
    TITLES,
    is_acronym,
    is_first_name,
    is_post_nominal,
    split_person,
    strip_possessive,
    title_word,
)
from ..language.nouns import (
    ALL_ORG_NOUNS,
    DATA_NOUNS,
    KIN_NOUNS,
    NOUN_GENDER,
    PORTFOLIO_PHRASE_WORDS,
    SHARED_RELATION_NOUNS,
)
from ..language.pronouns import FIRST_PERSON, POSSESSIVE_PERSON, PRONOUNS, QUOTED_UNRESOLVED, RELATIVE
from ..quotes.speakers import joint_speakers, mention_span, titled_name
from ..types import Boilerplate, Entity, Quote, Speaker
from .aliases import find_aliases, predicate_nominals, repeated_sentences
from .cluster import Cluster, Clustering, as_shown, cluster_mentions
from .mentions import (
    SELF_NAMING_REACH,
    Mention,
    after_office_of,
    description_at,
    description_label,
    find_mentions,
    make_name,
    self_named_before,
    sentence_index,
)
from .written import GENDER, joint_speaker, unnamed

#: Speaker type of a cluster label.
SPEAKER_TYPE = {"PERSON": "person", "ORG": "organization", "GPE": "organization",
                "FAC": "organization", "LOC": "organization", "NORP": "group",
                "ANONYMOUS": "anonymous", "GROUP": "group", "DOCUMENT": "document"}
#: Tokens that end the part of a speaker span that names the speaker
#: ("a spokesman | for the State Department", "Jane Doe | , a lawyer").
_REGION_END = frozenset({",", "(", "who", "which", "that", "—", "–"})
#: Prepositions that name whom a speaker works for ("a spokesperson for ...", "an adviser to ...").
_PRINCIPAL_PREPS = frozenset({"for", "to"})


def resolve(doc: Doc, quotes: list[Quote], boilerplate: Iterable[Boilerplate] = ()) -> tuple[list[Entity], list[Quote]]:
    """Cluster the mentions of ``doc`` into entities and resolve the speakers of ``quotes``.

    doc (spacy.tokens.Doc): the whole article (tagger and NER needed; the parser optional).
    quotes (list[Quote]): quotes whose ``speaker`` has a ``mention`` and its ``start``/``end``.
    RETURNS (tuple[list[Entity], list[Quote]]): the entities, ids "e1", "e2", ... in order of
        first mention; the quotes in the same order with ``speaker.name`` (the fullest name,
        or the description as written), ``speaker.entity`` and ``speaker.type`` filled in.
        Quote spans and ``speaker.mention``/``start``/``end`` are never changed.
    boilerplate: the clean stage's spans: page noise (a teaser list, a repeated lead, a
        caption label) feeds no cluster.
    """
    # Mentions inside quoted words are not antecedents of a speaker pronoun; reported speech is in
    # the reporter's words, and the people it names are.
    quoted = [f for q in quotes if q.kind != "indirect" for f in q.fragments]
    # a mention that starts inside noise is noise ("Mark Pilbeam Image" across two caption labels)
    noise = sorted(boilerplate, key=lambda b: b.start)
    reported = [(q.start, q.end) for q in quotes if q.kind != "direct"]
    mentions = [m for m in find_mentions(doc, quoted, reported) if boilerplate_around(noise, m.start, m.start + 1) is None]
    alias_of, extra = find_aliases(doc, mentions)
    mentions, speaker_parts = _with_speakers(doc, [*mentions, *extra], quotes)
    alias_of = {**predicate_nominals(doc, mentions), **repeated_sentences(doc, mentions), **alias_of}
    clustering = cluster_mentions(sorted(mentions, key=lambda m: (m.start, -m.end)), alias_of)
    entities = [_entity(c, name, f"e{i}") for i, (c, name) in enumerate(zip(clustering.clusters, clustering.names), 1)]
    by_key = {m.key: m for m in mentions}
    resolved = []
    for q, parts in zip(quotes, speaker_parts):
        named = [_speaker(sp, by_key.get(key) if key is not None else None, key, clustering) for sp, key in parts]
        if "nested" in q.flags:
            # 'Stride told Sky News: "They said they wouldn't do this."': the quoted speaker's
            # "they", not the last group the article named (Sky News)
            named = [replace(unnamed(sp, sp.mention), confidence=SPEAKER_CONFIDENCE["none"])
                     if sp.mention is not None and sp.mention.lower() in QUOTED_UNRESOLVED else sp for sp in named]
        resolved.append(replace(q, speaker=named[0] if len(named) == 1 else joint_speaker(doc, q.speaker, named)))
    return entities, resolved


SpeakerParts = list[tuple[Speaker, int | None]]


def _with_speakers(doc: Doc, mentions: list[Mention], quotes: list[Quote]) -> tuple[list[Mention], list[SpeakerParts]]:
    """The mentions with each quote's speaker mention marked (made from the span when none
    fits), and every quote's speaker parts with the key of each one's mention (None when it
    has none): the speaker alone, or for a joint source ("Microsoft and Google said") each
    source it joins, its mention as written.

    Quotes are taken in order and see the speaker mentions of the quotes before them.
    """
    table = MentionTable(mentions)
    sents = sentence_index(doc)
    out: list[SpeakerParts] = []
    cited: Mention | None = None  # the compiler of the figures cited last ("figures from the INMO")
    for q in quotes:
        speakers = joint_speakers(doc, q.speaker) or [q.speaker]
        parts: SpeakerParts = []
        for sp in speakers:
            data = _data_speaker(doc, sp)
            if data == "bare" and cited is not None and sents[cited.tok_start] >= _sent_of(doc, sents, sp) - DATA_REACH:
                m: Mention | None = cited  # "The numbers show ...": the figures cited just before
            else:
                m = _speaker_mention(doc, table, sp, sents)
                if data == "sourced" and m is not None:
                    cited = m
            if m is not None:
                m = replace(m, speaker=True)
                table.put(m)
            parts.append((sp, m.key if m is not None else None))
        out.append(parts)
    return table.items, out


#: How many sentences back a bare "The figures show" looks for the figures cited before.
DATA_REACH = 4


def _sent_of(doc: Doc, sents: list[int], sp: Speaker) -> int:
    assert sp.start is not None
    span = doc.char_span(sp.start, sp.start + 1, alignment_mode="expand")
    return sents[span.start] if span is not None and len(span) else 0


def _data_speaker(doc: Doc, sp: Speaker) -> str | None:
    """Whether the speaker is published numbers (``DATA_NOUNS``): "sourced" when the phrase says
    whose they are ("figures from the Office for National Statistics", "data compiled by
    Kantar"), "bare" for a definite "The figures"/"these numbers" with nothing after its head,
    else None."""
    if sp.start is None or sp.end is None:
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = next((t for t in span if t.lower_ in DATA_NOUNS and t.tag_ in ("NNS", "NN", "NNPS")), None)
    if head is None or any(t.tag_ == "POS" or t.pos_ == "PROPN" for t in span[:head.i - span.start]):
        return None  # "the ONS's figures", "ONS figures": the name is the phrase's own mention
    if _data_source(doc, head) is not None:
        return "sourced"
    if head.i == span.end - 1 and span[0].lower_ in ("the", "these", "those") and len(span) <= 3:
        return "bare"
    return None


def _data_source(doc: Doc, head: Token) -> Token | None:
    """The compiler of published numbers: the object of "from"/"by" on the noun or on a
    participle after it ("figures from music tour trade publication Pollstar", "data published
    by the ministry"), or None."""
    preps = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    for acl in (c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
        preps += [c for c in acl.rights if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return None


class MentionTable:
    """The article's mentions, with the ones covering a token found in constant time (a page of
    thousands of quotes by one speaker stays linear), updated as speakers are marked."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items: list[Mention] = list(mentions)
        self._at: dict[int, int] = {m.key: i for i, m in enumerate(self.items)}
        self._by_token: dict[int, list[int]] = {}
        for i, m in enumerate(self.items):
            self._index(i, m)
        #: the key the next made-up mention takes
        self.next_key = max((m.key for m in self.items), default=-1) + 1

    def _index(self, i: int, m: Mention) -> None:
        for t in range(m.tok_start, m.tok_end):
            self._by_token.setdefault(t, []).append(i)

    def covering(self, token: int) -> list[Mention]:
        """The mentions whose tokens include ``token``, in table order."""
        return [self.items[i] for i in self._by_token.get(token, ())]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at a token in ``start:end``, in text order."""
        found = {id(m): m for t in range(start, end) for m in self.covering(t) if m.tok_start == t}
        return sorted(found.values(), key=lambda m: (m.tok_start, m.tok_end))

    def put(self, m: Mention) -> None:
        """Add ``m``, or replace the mention with its key."""
        at = self._at.get(m.key)
        if at is None:
            at = self._at[m.key] = len(self.items)
            self.items.append(m)
        else:
            old = self.items[at]
            for t in range(old.tok_start, old.tok_end):
                self._by_token[t].remove(at)
            self.items[at] = m
        self._index(at, m)
        self.next_key = max(self.next_key, m.key + 1)


def _entity(c: Cluster, name: str, eid: str) -> Entity:
    aliases: list[str] = []
    for m in c.mentions:
        text = strip_possessive(m.text)
        if m.kind != "pronoun" and text not in aliases:
            aliases.append(text)
    return Entity(
        id=eid,
        name=name,
        type=c.label,
        aliases=tuple(aliases),
        mentions=tuple(sorted((m.start, m.end) for m in c.mentions)),
        gender=c.gender if c.label in ("PERSON", "ANONYMOUS") else None,
    )


def _speaker(sp: Speaker, m: Mention | None, key: int | None, clustering: Clustering) -> Speaker:
    if sp.mention is None or sp.start is None:
        route = "none" if sp.name is None else "as written"
        return replace(sp, confidence=sp.confidence if sp.confidence is not None else SPEAKER_CONFIDENCE[route])
    at = clustering.cluster_of.get(key) if key is not None else None
    if at is not None:
        at = _author_of(clustering, at)
        c = clustering.clusters[at]
        name = clustering.names[at]
        if m is not None and _document_as_written(c, m):
            name = _document_written(sp, m)
        gender = GENDER.get(c.gender or "", "unknown") if c.label in ("PERSON", "ANONYMOUS") else "unknown"
        return replace(sp, name=name, entity=f"e{at + 1}", type=SPEAKER_TYPE.get(c.label, "unknown"),  # type: ignore[arg-type]
                       gender=gender, confidence=SPEAKER_CONFIDENCE[_route(m, c, name, clustering, key)])
    if m is None:  # "I"/"we" are not speakers we can name, nor a "who" with no antecedent; anything else as written
        unnamed_word = sp.mention.lower() in FIRST_PERSON or sp.mention.lower() in RELATIVE
        det, _, rest = sp.mention.partition(" ")
        written = f"{det.lower()} {rest}" if det in ("The", "A", "An") and rest[:1].islower() else sp.mention
        return replace(sp, name=None if unnamed_word else written, entity=None, type="unknown",
                       confidence=SPEAKER_CONFIDENCE["none" if unnamed_word else "as written"])
    if m.kind == "pronoun":
        return replace(unnamed(sp, m.text), confidence=SPEAKER_CONFIDENCE["none"])
    if m.kind == "name":  # a surname two people share, left unresolved
        return replace(sp, name=strip_possessive(m.text), entity=None,
                       type=SPEAKER_TYPE.get(m.label or "", "unknown"),  # type: ignore[arg-type]
                       confidence=SPEAKER_CONFIDENCE["surname left"])
    written, at = _as_written(sp, m)
    # "his lawyer" -> "Bryan Pagliano's lawyer" (``Clustering.possessed``)
    return replace(sp, name=clustering.possessed(written, at), entity=None, type=SPEAKER_TYPE.get(m.label or "", "unknown"),  # type: ignore[arg-type]
                   confidence=SPEAKER_CONFIDENCE["description"])


def _as_written(sp: Speaker, m: Mention) -> tuple[str, int]:
    """A description as written, and where those words start; for "which"/"who" the antecedent's
    words ("research ..., which indicated")."""
    assert sp.mention is not None and sp.start is not None
    if sp.mention.lower() in RELATIVE or sp.mention == m.text:
        return (as_shown(m) if m.kind == "description" else m.text), m.start
    return sp.mention, sp.start


def _document_as_written(c: Cluster, m: Mention) -> bool:
    """Whether a description of a document speaks for itself, shown as written rather than by its
    entity's name (its first mention): the first mention, whose own words may run past its head
    ("The new poll of voters found"), unless it is a bare word ("Poll: ..."); and a later one
    that names whose it is ("the Post-SurveyMonkey poll", "the Pew Research Center analysis"
    after "a new poll"), never "the new poll" after "a CBS News poll". Not a document that only
    carries its author's words."""
    if c.label != "DOCUMENT" or m.kind != "description" or any(x.author >= 0 for x in c.mentions):
        return False
    words = m.text.split()
    if c.mentions[0].key == m.key:
        return len(words) > 1
    return any(w[:1].isupper() for w in words[1:])


def _document_written(sp: Speaker, m: Mention) -> str:
    """A document as written: the speaker's words or its mention's, whichever says more ("a 2014
    study by Harvard", whose mention runs on with its linked phrase; "The new poll of voters",
    whose mention stops at its head)."""
    return max((_as_written(sp, m)[0], as_shown(m)), key=len)


def _author_of(clustering: Clustering, at: int) -> int:
    """A document that only carries its author's words ("The statement said") names the
    author when the article says who issued it: the cluster holding the author's mention."""
    c = clustering.clusters[at]
    if c.label != "DOCUMENT":
        return at
    for m in c.mentions:
        if m.author >= 0:
            for i, other in enumerate(clustering.clusters):
                if other.label != "DOCUMENT" and any(x.tok_start <= m.author < x.tok_end for x in other.mentions):
                    return i
    return at


#: How the speaker's name was reached -> ``speaker.confidence``: the share of such names
#: measured right on news-dev (matched quotes, all kinds, full pipeline), Laplace-smoothed
#: ((right + 1) / (total + 2)) and rounded down to 0.05; the counts are those of the measure
#: (docs/entities.md#speaker-confidence).
SPEAKER_CONFIDENCE: dict[str, float] = {
    "full name": 0.95,  # the mention is the person's full name ("Ana Ruiz said"): 39 of 39
    "surname": 0.95,  # a surname or a title and surname, resolved to a full name: 65 of 65
    "pronoun clear": 0.9,  # a pronoun whose antecedent wins by CLEAR_MARGIN or more: 38 of 40
    "description named": 0.95,  # a description resolved to a named entity ("the coroner"): 29 of 29
    "organisation": 0.9,  # an organisation's or a place's name: 27 of 29
    "pronoun close": 0.9,  # a pronoun whose antecedent won narrowly: 9 of 9
    "description": 0.75,  # a description left as written ("a senior official"): 26 of 33
    "surname only": 0.8,  # a surname or a title and surname, no other form in the article: 4 of 4
    "pronoun description": 0.8,  # a pronoun resolved to a description: 3 of 3
    "as written": 0.4,  # a mention no rule read: the words as written: 3 of 8
    "surname left": 0.1,  # a surname two people share, left unresolved (a surname is no resolved name)
    "none": 0.05,  # no name: an unresolved pronoun, "I", no speaker (never a resolved name)
}
#: A pronoun's antecedent wins "clearly" when it scores at least this much better than the next.
CLEAR_MARGIN = 1.0


def _route(m: Mention | None, c: Cluster, name: str, clustering: Clustering, key: int | None) -> str:
    """How a clustered speaker mention was named (a key of SPEAKER_CONFIDENCE)."""
    named = any(x.kind == "name" for x in c.mentions)
    full = c.label == "PERSON" and (p := split_person(name)) is not None and p.first is not None
    if m is None:
        return "as written"
    if m.kind == "pronoun":
        if not named:
            return "pronoun description"
        margin = clustering.margins.get(key if key is not None else -1, 0.0)
        return "pronoun clear" if margin >= CLEAR_MARGIN and (full or c.label != "PERSON") else "pronoun close"
    if m.kind == "description":
        return "description named" if named else "description"
    if c.label != "PERSON":
        return "organisation"
    if not full:
        return "surname only"
    own = split_person(m.text)
    return "full name" if own is not None and own.first is not None else "surname"


def _speaker_mention(doc: Doc, mentions: MentionTable, sp: Speaker, sents: list[int]) -> Mention | None:
    """The mention that names the speaker within the speaker span (made up when none fits).

    The head of the speaker phrase decides, never a possessor or a modifier: the head is the
    last noun before a comma, a preposition or a relative pronoun ("a spokesman | for the State
    Department", "Sen. Jane Doe | , who chairs ..."). In "Trump campaign spokesman Jason
    Miller" and "Hillary Clinton's campaign manager Robby Mook" it is the name at the end; in
    "His ex-wife" and "Clinton supporters" a description (whose owner is not the speaker); in
    "the economist, Priya Natarajan," the name in apposition to it; for "who" in "..., who
    said" the antecedent. A made-up mention is keyed after every mention in ``mentions``.
    """
    if sp.start is None or sp.end is None or sp.end <= sp.start:
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    relative = len(span) == 1 and span[0].lower_ in RELATIVE
    if relative:
        antecedent = _antecedent(span[0])
        if antecedent is None:
            return None
        span = mention_span(antecedent)
    region_end = span.end
    for t in span[1:]:
        if t.text in _REGION_END or (t.pos_ == "ADP" and not _inside_name(doc, t, span.end)):
            region_end = t.i
            break
    head = span.root if doc.has_annotation("DEP") else None
    if head is not None and head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and any(
            m.kind == "name" for m in mentions.covering(head.i)):
        pass  # a name the tagger read as another word ("More says" after "Ron More")
    elif head is None or head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or head.tag_ == "POS":
        head = _head(doc, span.start, region_end)
    if head is None:
        return None
    while head.i > span.start and is_post_nominal(head.text) and not any(
            m.kind == "description" and m.tok_end == head.i + 1 for m in mentions.covering(head.i)):
        head = doc[head.i - 1]  # "Judge Andrew Menary KC": the parse's head is the rank (not "the Norfolk MP")
    owner = next((t.i for t in doc[head.i + 1:region_end] if t.tag_ == "POS"), None)
    if owner is not None:
        # "The Isle of Wight NHS Trust's chief executive": the parse may hang the phrase on the
        # possessor's first word; the person the possessor has is the head (but "the CDC's Web
        # site" is the CDC's word)
        owned = _head(doc, owner + 1, region_end)
        if owned is not None and description_label(owned.lemma_.lower()) == "ANONYMOUS":
            head = owned
    region_end = max(region_end, head.i + 1)
    covering = mentions.covering(head.i)
    names = [m for m in covering if m.kind == "name"]
    source = _data_source(doc, head) if head.lower_ in DATA_NOUNS and not names else None
    if source is not None:
        # "according to figures from the INMO": the numbers carry their compiler's word, as a
        # statement carries its author's; the name (the last one in its phrase) or the
        # organisation described ("figures from the health department")
        inside = [m for m in mentions.within(source.left_edge.i, source.i + 1)
                  if m.kind == "name" or m.label == "ORG"]
        if inside:
            return _with_first_name(doc, max(inside, key=lambda m: (m.kind == "name", m.tok_end)), span.start)
    if names and not any(m.label == "PERSON" for m in names):
        # "the Kansas City Chiefs tight end": the parse heads the phrase with the club; a person
        # description holding it and ending the phrase is what speaks
        described = [m for m in covering if m.kind == "description" and m.label == "ANONYMOUS"
                     and m.tok_end == region_end and all(m.tok_end > n.tok_end for n in names)]
        if described:
            return described[0]
    if not any(m.label == "PERSON" for m in names) and (_not_a_person_head(head) or titled_name(head) is not head):
        # "Isle of Wight Coroner Caroline Sumeray", "Secretary of State Hillary Clinton": a
        # place or a title heads the phrase only in the parse; the person named in it speaks
        # (so does "Special Agent in Charge David Orozco": a title with a preposition in it)
        clause_end = next((t.i for t in span[1:] if t.text in _REGION_END), span.end)
        # (but "A spokesperson for Industry Minister Mélanie Joly" is the spokesperson: whom a
        # title works for is no part of the title)
        # (yet "Assistant Attorney General for Civil Rights Dana Whitlock" is Whitlock: capitalised
        # words and no role between "for" and the name are the title's portfolio)
        principal = {t.i for c in head.rights if c.dep_ == "prep" and c.lower_ in _PRINCIPAL_PREPS for t in c.subtree}
        persons = [m for m in mentions.within(head.i + 1, clause_end) if m.kind == "name" and m.label == "PERSON"
                   and m.tok_end <= clause_end and not _possessor(doc, m, span.end)
                   and (not principal.intersection(range(m.tok_start, m.tok_end)) or _portfolio_before(doc, m))]
        if persons:
            return _with_first_name(doc, persons[0], span.start)
    if names and not any(m.label == "PERSON" for m in names):
        # "Federation of Free Farmers national manager Raul Montemayor said": the parse hangs
        # the phrase on the organisation; the person named after its office speaks
        held = _holder_at_end(doc, mentions, head.i + 1, region_end, titled=True)
        if held is not None:
            return _with_first_name(doc, held, span.start)
    if not names:
        given = _self_named(doc, head, mentions)
        if given is not None:
            return replace(given, sent=sents[given.tok_start], subject=True) if given.key == mentions.next_key else given
        appos = _apposition(doc, head, mentions)
        if appos is not None:
            return replace(appos, sent=sents[appos.tok_start], subject=True) if appos.key == mentions.next_key else appos
    if names:
        persons = [m for m in names if m.label == "PERSON"]
        return _with_first_name(doc, (persons or names)[-1], span.start)
    if covering:
        first = min(covering, key=lambda m: m.tok_start)
        held = _holder_at_end(doc, mentions, first.tok_start + 1, first.tok_end) if first.kind == "description" else None
        if held is not None:
            # "Friends of Karori Library spokeswoman Jane Holmes": the parse makes the group the
            # subject and the person its "of" phrase; the one named after the office speaks
            return _with_first_name(doc, held, span.start)
        return first
    made = _made_up(doc, doc[span.start:region_end], span.end, who_says_person=not relative)
    if made is None:
        return None
    return replace(made, sent=sents[made.tok_start], subject=True, key=mentions.next_key)


def _holder_at_end(doc: Doc, mentions: MentionTable, start: int, end: int, titled: bool = False) -> Mention | None:
    """The last person's name in tokens ``start:end`` that ends there, an office noun just before
    it ("... national manager | Raul Montemayor", "... spokeswoman | Jane Holmes"), or None. With
    ``titled`` (after an organisation's name), a title of its own will do ("Kenya National Union
    of Teachers Secretary-General | Collins Oyuu"; not after a preposition: "a representative
    for Mr. Pinchuk" is the representative)."""
    held = [m for m in mentions.within(start, end) if m.kind == "name" and m.label == "PERSON"
            and m.tok_end == end and (_office_before(doc, m.tok_start) or (
                titled and m.title is not None and m.tok_start > 0 and doc[m.tok_start - 1].pos_ != "ADP"))
            and not _determined_office(doc, m.tok_start, start)]
    return held[-1] if held else None


def _determined_office(doc: Doc, i: int, floor: int) -> bool:
    """Whether the words of office before a name at token ``i`` open with a determiner: "Friends
    of | the former deputy prime minister Angela Rayner" describes whose friends they are (the
    object of "of"), where "Friends of Karori Library spokeswoman Jane Holmes" names the group's
    officer."""
    k = i - 1
    while k >= floor and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].lower_ not in ("of", "for"):
        k -= 1
    return k >= floor and doc[k].pos_ in ("DET", "PRON") and doc[k].lower_ not in ("its", "their")


def _office_before(doc: Doc, start: int) -> bool:
    """Whether a lower-case noun of a person's office stands just before token ``start`` ("national
    manager | Raul Montemayor"), no possessive between."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.pos_ == "NOUN" and prev.text.islower() and description_label(prev.lemma_.lower()) == "ANONYMOUS"


def _inside_name(doc: Doc, link: Token, end: int) -> bool:
    """A linking word between two capitalised words of a speaker span, a name's own ("The College
    | of | Emergency Medicine", "Department of Health"), not the preposition of a description ("a
    spokesman for the State Department")."""
    before, after = link.i - 1, link.i + 1
    if link.lower_ == "of" and _given_and_surname(doc, before):
        return False  # "Richard Tice | of Reform UK": a person's name, then whom they speak for
    if doc[before].is_sent_start and doc[before].tag_ in ("NN", "NNS") \
            and description_label(doc[before].lemma_.lower()) == "ANONYMOUS":
        return False  # "Lawyers | for Vestergaard's founder": a capital a sentence's start gives
    return link.lower_ in NAME_LINKS and after < end and doc[before].text[:1].isupper() \
        and doc[after].text[:1].isupper() and doc[before].is_alpha and doc[after].is_alpha


def _given_and_surname(doc: Doc, last: int) -> bool:
    """Whether the capitalised words ending at token ``last`` are a person's name the NER left
    untagged: two or three words, the first a given name ("Richard Tice"), none a title."""
    first = last
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first -= 1
    words = doc[first:last + 1]
    return 2 <= len(words) <= 3 and is_first_name(words[0].text) \
        and all(w.is_alpha and title_word(w.text) not in TITLES for w in words)


def _head(doc: Doc, start: int, end: int) -> Token | None:
    """The last noun, name or pronoun of tokens ``start:end`` (possessive endings and
    punctuation left out): the head of the speaker phrase."""
    for t in reversed(doc[start:end]):
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and t.tag_ != "POS" and not t.is_punct:
            return t
    return None


def _not_a_person_head(tok: Token) -> bool:
    """A title ("Secretary") or a proper noun that is no person ("Isle"): not what speaks."""
    if title_word(tok.text) in TITLES:
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "ORG") and description_label(tok.lemma_.lower()) is None


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Mayor Ana Ruiz, who said ..." -> Ruiz."""
    if tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return tok.head.head
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN"):
        return doc[i]
    return None


def _apposition(doc: Doc, head: Token, mentions: MentionTable) -> Mention | None:
    """A name in apposition to a description: "the economist, Priya Natarajan," and "Hammers
    coach, Graham Potter," name the speaker; so does "a fan called Claire". A head noun of no
    known class ("Eilish's label, Interscope Records,") takes the organisation's name as well as a
    person's: the name in apposition says what the description is."""
    head_label = description_label(head.lemma_.lower())
    person = head_label in ("ANONYMOUS", None)
    candidates: list[Token] = [c for c in head.rights if c.dep_ == "appos"]
    if person:
        # "Our correspondent in Cornwall, Emma Vardy,": the parser hangs the name on the place;
        # a person named after a person ("a lawyer for the victim, Jane Doe,") is that person
        for prep in head.rights:
            for obj in (c for c in prep.children if prep.dep_ == "prep" and c.dep_ == "pobj"):
                if obj.ent_type_ in ("GPE", "LOC", "ORG", "FAC") or description_label(obj.lemma_.lower()) == "ORG":
                    candidates += [c for c in obj.rights if c.dep_ == "appos"]
    i = head.i + 1
    if i + 1 < len(doc) and (doc[i].text == "," or doc[i].lower_ in ("called", "named")):
        candidates.append(doc[i + 1])
    for tok in candidates:
        for m in mentions.covering(tok.i):
            if person and m.kind == "name" and m.label != "PERSON" and _person_in_apposition(doc, head, tok, m):
                m = replace(m, label="PERSON")
            direct = tok.dep_ == "appos" and tok.head.i == head.i and m.tok_end == tok.i + 1 \
                and _set_off(doc, m.tok_start)
            # "Its largest shareholder, Halvorsen Holdings,": a company set beside the role it holds
            if m.kind == "name" and ((m.label == "PERSON") == person or ((head_label is None or direct) and m.label == "ORG")):
                if person and m.label == "PERSON" and _plural_person_noun(head) \
                        and not any(c.dep_ == "conj" for c in tok.children):
                    # "Attorneys for the deputy, Brandon Kyle,": one person is never the lawyers;
                    # the name is the deputy's, whatever the parse hangs it on
                    continue
                j = m.tok_end
                while m.label == "PERSON" and j < len(doc) and is_post_nominal(doc[j].text):
                    j += 1  # "Turnbull's barrister, Peter Crowe SC,": the letters of a rank close the name
                after = doc[j] if j < len(doc) else None
                if after is None or after.is_punct or after.pos_ in ("VERB", "AUX") or tok.dep_ == "appos":
                    return m
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "appos" and nxt.head.i == head.i \
            and not any(m.kind == "name" for m in mentions.covering(nxt.i)):
        end = _capitalised_run(doc, nxt.i)
        if end > nxt.i:  # "the medical charity Doctors Without Borders": a name the NER missed
            span = doc[nxt.i:end]
            return Mention(span.start_char, span.end_char, nxt.i, end, span.text, "name",
                           "PERSON" if person else "ORG", head=doc[end - 1].lower_, key=mentions.next_key)
    return None


def _plural_person_noun(tok: Token) -> bool:
    """Whether ``tok`` is a plural person noun ("attorneys", "lawyers"), the tagger's proper noun
    at a sentence's start included ("Attorneys for the deputy, ...")."""
    if tok.tag_ == "NNS":
        return description_label(tok.lemma_.lower()) == "ANONYMOUS"
    return tok.tag_ in ("NNP", "NNPS") and bool(tok.is_sent_start) and tok.lower_.endswith("s") \
        and description_label(tok.lower_[:-1]) == "ANONYMOUS"


def _set_off(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is an appositive set off by a comma ("Its president,
    Arnaud Rousseau,", "The Bishop of Dover, the Rt Rev ..."), not a word of the phrase before
    it ("the veteran Labour MP") nor a seat in parentheses ("(D-Newport News)")."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].text == ","


def _person_in_apposition(doc: Doc, head: Token, tok: Token, m: Mention) -> bool:
    """Whether a name the NER took for a place or an organisation is the person a role noun is
    set beside ("Its president, Arnaud Rousseau,", "The Bishop of Dover, the Rt Rev Rose
    Hudson-Wilkin,"): in apposition to a noun that names a person's role, two words or more,
    capitalised, none an organisation's word or a company's form."""
    if tok.dep_ != "appos" or tok.head.i != head.i or (description_label(head.lemma_.lower()) != "ANONYMOUS" \
            and title_word(head.text) not in TITLES):
        return False
    if m.tok_end != tok.i + 1 or not _set_off(doc, m.tok_start):
        return False  # the appositive's own last word ends the name; "(D-Newport News)" is a seat
    words = [t for t in doc[m.tok_start:m.tok_end] if t.is_alpha]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words) and not any(
        t.lower_ in ALL_ORG_NOUNS or t.lower_.rstrip(".") in COMPANY_NAME_ENDINGS or is_acronym(t.text)
        for t in words)


def _self_named(doc: Doc, head: Token, mentions: MentionTable) -> Mention | None:
    """The name a source described by a noun gives in a relative clause on it: "A deminer who gave
    only his first name, Vitalii, said", "a woman who gave her name only as Maria"
    (``mentions.self_named_before``). The news convention for a source who withholds a full name:
    the story calls them by the name given. The name's mention (as a person's: the NER takes
    "Vitalii" for an organisation) or one made."""
    after = head.i + 1
    while after < len(doc) and doc[after].head.i == head.i and doc[after].dep_ in ("advmod", "amod"):
        after += 1  # "A shopkeeper nearby, who gave his name only as Raj,": a word placing the source
    if not _who_follows(doc, after):
        return None
    for k in range(after + 1, min(len(doc), after + 2 + SELF_NAMING_REACH)):
        t = doc[k]
        if t.text[:1].isupper() and t.is_alpha and t.lower_ not in SELF_NAMING_WORDS:
            if not self_named_before(doc, k):
                return None
            named = [m for m in mentions.covering(k) if m.kind == "name" and m.tok_start == k]
            if named:
                return replace(named[0], label="PERSON")
            end = _capitalised_run(doc, k)
            return make_name(doc, k, min(end, k + 3), "PERSON", None, key=mentions.next_key)
    return None


def _capitalised_run(doc: Doc, start: int) -> int:
    """The end of the run of capitalised words from ``start`` (with linking words inside it)."""
    end = start
    i = start
    while i < len(doc):
        t = doc[i]
        if t.text[:1].isupper() and t.is_alpha:
            i += 1
            end = i
        elif t.lower_ in NAME_LINKS and i > start and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            i += 1
        else:
            break
    return end


def _with_first_name(doc: Doc, m: Mention, floor: int) -> Mention:
    """Widen a surname the NER missed to the name words before it in the speaker span
    ("Mayor Ana Ruiz" rather than "Ruiz"), so the cluster learns the full name; never over a
    place or an organisation the NER tagged, nor over the object of a preposition: the end of the
    title before the name ("Regional Director for Europe Hans Kluge", "Minister for Asia Jane Roe")."""
    i = m.tok_start
    while i > floor and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
            and doc[i - 1].ent_type_ in ("", "PERSON") and not (i - 2 >= floor and doc[i - 2].pos_ == "ADP") \
            and not (_title_object(doc, i - 1, floor) and not is_first_name(doc[i - 1].text)) \
            and not after_office_of(doc, i - 1) \
            and not (m.label == "PERSON" and description_label(doc[i - 1].lower_) == "ANONYMOUS"
                     and title_word(doc[i - 1].text) not in TITLES):
        # (not over "Secretary of Defense | Lloyd Austin", nor the role of "Chief Executive | Tim
        # Cook": a person noun the tagger read as a name, not the NER's)
        i -= 1
    if i == m.tok_start or m.label not in (None, "PERSON"):
        return m
    start = doc[i].idx
    return replace(m, start=start, tok_start=i, text=doc.text[start:m.end])


def _portfolio_before(doc: Doc, m: Mention) -> bool:
    """Whether the words between a preposition and the name ``m`` are a title's portfolio: one or
    more capitalised words, none a role ("for Civil Rights | Dana Whitlock"; not "for Industry
    Minister | Mélanie Joly", nor "to | Jane Roe")."""
    i = _capitalised_run_start(doc, m.tok_start, 0)
    words = [t for t in doc[i:m.tok_end] if t.ent_type_ != "PERSON"]  # a mention may hold its title
    return len(words) > 0 and i > 0 and doc[i - 1].pos_ == "ADP" and doc[i - 1].lower_ in _PRINCIPAL_PREPS \
        and not any(title_word(t.text) in TITLES or description_label(t.lower_) is not None for t in words)


def _title_object(doc: Doc, i: int, floor: int) -> bool:
    """Whether token ``i`` is in the capitalised object of a preposition in a title: the run of
    capitalised words it is in follows "for" or "of" ("Assistant Attorney General for Civil
    Rights | Dana Whitlock": "Rights" is what the title is for, not a name of hers)."""
    i = _capitalised_run_start(doc, i, floor)
    return i > floor and doc[i - 1].pos_ == "ADP"


def _capitalised_run_start(doc: Doc, i: int, floor: int) -> int:
    """The first token of the run of capitalised words that ends just before token ``i`` (``i``
    when there is none), looking back no further than ``floor``."""
    while i > floor and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
        i -= 1
    return i


def _who_follows(doc: Doc, end: int) -> bool:
    """Whether a relative "who" opens right after token ``end`` (a comma allowed before it)."""
    if end < len(doc) and doc[end].text == ",":
        end += 1
    return end < len(doc) and doc[end].lower_ == "who"


def _possessor(doc: Doc, m: Mention, limit: int) -> bool:
    """'Sarah Connor' in "Sarah Connor's lawyer" does not name the speaker."""
    return m.tok_end < limit and doc[m.tok_end].tag_ == "POS" and m.tok_end + 1 < limit


def _name_after_office(doc: Doc, span: Span) -> Mention | None:
    """A name the NER missed after the office that ends an organisation's description: "Eskom
    spokesperson Sikonathi Mthembu", "Union spokesperson Thandiwe Mokoena" (the wires' and the South
    African and Kenyan press's false title): two or three capitalised words after a lower-case
    noun of a person's office, none a title, are the person who holds it."""
    office = next((t for t in reversed(span) if t.pos_ == "NOUN" and t.text.islower()), None)
    if office is None or office.i == span.start or description_label(office.lemma_.lower()) != "ANONYMOUS" \
            or office.lower_ in SHARED_RELATION_NOUNS or not span[0].text[:1].isupper():
        return None
    words = doc[office.i + 1:span.end]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
                                          and title_word(t.text) not in TITLES for t in words):
        return None
    return make_name(doc, office.i + 1, span.end, "PERSON", None)


def _name_after_post(doc: Doc, span: Span) -> int | None:
    """Where the name starts in a capitalised speaker phrase that the NER left untagged and that
    holds a post and its portfolio before the name: "Senior Minister of State for Health | Koh
    Poh Koon", "Minister for Sustainability and the Environment | Grace Fu", "Knut
    Secretary-General | Collins Oyuu". The name is the run of two or three proper nouns that
    ends the phrase, none a title, a person noun, an organisation's noun or a portfolio's word
    (``nouns.PORTFOLIO_PHRASE_WORDS``), right after such a word; a title or a person noun
    stands in the phrase before it. Else None."""
    i = span.end
    words = 0
    while i > span.start:
        t = doc[i - 1]
        if t.text in ("-", "‐") and not t.whitespace_ and not doc[i - 2].whitespace_ and i - 2 > span.start:
            i -= 2  # "Nkomo-Ralehoko": one word
            continue
        low = t.lower_
        if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()) or title_word(t.text) in TITLES \
                or low in ALL_ORG_NOUNS or low in PORTFOLIO_PHRASE_WORDS or description_label(low) is not None:
            break
        i -= 1
        words += 1
    if not 2 <= words <= 3 or i == span.start:
        return None
    stop = doc[i - 1]
    if not (title_word(stop.text) in TITLES or description_label(stop.lower_) == "ANONYMOUS"
            or stop.lower_ in PORTFOLIO_PHRASE_WORDS) or (is_first_name(stop.text) and title_word(stop.text) not in TITLES):
        return None  # (not "Dean Elgar Smith": a given name that is also a noun)
    if not any(title_word(t.text) in TITLES or description_label(t.lower_) == "ANONYMOUS" for t in doc[span.start:i]):
        return None
    return i


def _made_up(doc: Doc, span: Span, limit: int, who_says_person: bool = True) -> Mention | None:
    """A mention for a speaker span the mention finder did not cover, typed by its nouns; a
    plural with no determiner keeps its linking phrase up to ``limit``, the speaker span's end
    ("Analysts at Peel Hunt", "Residents of a Hampshire village"). ``who_says_person``: a "who"
    after the span makes a noun of no list a person's; not when the speaker is that "who" and
    the span the antecedent the parse found for it ("listeners to his radio program who said":
    the program is no speaker, the parse missed the listeners)."""
    if len(span) == 1 and span[0].lower_ in PRONOUNS:
        t = span[0]
        info = PRONOUNS[t.lower_]
        return Mention(t.idx, t.idx + len(t), t.i, t.i + 1, t.text, "pronoun", None, None,
                       info.gender, info.plural)
    words = [t.lower_ for t in span]
    if 2 <= len(words) <= 3 and words[0] in POSSESSIVE_PERSON and words[-1] in STYLES_OF_ADDRESS \
            and words[1:-1] in ([], ["royal"]):
        # "His Highness said", after "President His Highness Sheikh Mohamed bin Zayed": a style of
        # address refers back to the person titled so (`names.STYLE_HOLDERS`)
        return Mention(span.start_char, span.end_char, span.start, span.end, span.text, "description", "ANONYMOUS",
                       gender=PRONOUNS[words[0]].gender, definite=True, head=words[-1])
    if len(words) == 2 and words[0] in POSSESSIVE_PERSON and span[1].lower_ in KIN_NOUNS:
        # "The 91-year-old kept teaching until she was 88, her nephew said", after "her nephew,
        # Karl Olsen": the relative named before with that role, as "the nephew" would be
        head = span[1].lower_
        return Mention(span.start_char, span.end_char, span.start, span.end, span.text, "description", "ANONYMOUS",
                       gender=NOUN_GENDER.get(head), definite=True, head=head)
    d = description_at(doc, span.start, span.end)
    if d is not None and d.tok_end + 1 < span.end and doc[d.tok_end].tag_ == "POS" \
            and description_label(span[-1].lemma_.lower()) == "ORG":
        # "The Prime Minister's Office said": the description is the possessor; the body it
        # has speaks (not the prime minister, nor anyone the post would refer back to)
        return Mention(span.start_char, span.end_char, span.start, span.end, span.text, "description", "ORG",
                       definite=True, head=span[-1].lemma_.lower())
    if d is not None:
        return d
    d = description_at(doc, span.start, limit, bare=True)
    if d is not None:
        return d
    held = _name_after_office(doc, span)
    if held is not None:
        return held
    first = span[0]
    if first.is_sent_start and first.pos_ == "PROPN" and not first.ent_type_ and _plural_person_noun(first) \
            and not (first.i + 1 < len(doc) and not first.whitespace_
                     and doc[first.i + 1].text in ("'", "’", "'s", "’s")):  # (not "Teachers' group")
        # "Attorneys for the deputy, Brandon Kyle, said": the capital of a sentence's start made
        # the plural a proper noun; it is a group described, with its linking phrase
        whole = doc[span.start:next((t.i for t in doc[span.start:limit] if t.text in _REGION_END), limit)]
        return Mention(whole.start_char, whole.end_char, whole.start, whole.end, whole.text, "description",
                       "GROUP", plural=True, head=first.lower_[:-1])
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    label = description_label(nouns[-1].lemma_.lower()) if nouns else None
    if label is None and who_says_person and nouns and nouns[-1].pos_ == "NOUN" and _who_follows(doc, span.end):
        label = "ANONYMOUS"  # "A deminer who gave only his first name ...": "who" is said of a person
    if label is None:
        if not nouns or any(t.pos_ == "PRON" for t in span):
            return None
        label = "PERSON" if all(t.text[:1].isupper() for t in nouns) else None
        if label == "PERSON" and span.text.endswith("+"):
            label = "ORG"  # "OPEC+ agreed", "Disney+ said": no person's name ends in a plus
    if label is None:
        return None
    plural = nouns[-1].tag_ in ("NNS", "NNPS")
    if label == "ANONYMOUS" and plural:
        label = "GROUP"
    held_at = _name_after_post(doc, span) if label == "PERSON" else None
    if held_at is not None:
        # "Minister of State for Health Koh Poh Koon", "Knut Secretary-General Collins Oyuu": the
        # name the NER missed starts after the post and its portfolio
        title = next((title_word(t.text) for t in reversed(span[:held_at - span.start])
                      if title_word(t.text) in TITLES), None)
        return make_name(doc, held_at, span.end, "PERSON", title)
    if label == "PERSON" and len(span) > 1 and title_word(span[0].text) in TITLES:
        # a name the NER missed ("VATICAN CITY (Reuters) - Pope Leo called"): its title gives
        # its gender and role, as for a name it found, so "the pontiff" refers back to it
        # ("Chief Executive Makoto Uchida", "Chief Financial Officer Ana Reyes": a post's nouns
        # after the title are no part of the name, which starts after the last of them)
        post = max((t.i for t in span[1:-1] if description_label(t.lower_) == "ANONYMOUS"), default=span.start)
        return make_name(doc, post + 1 if post > span.start else span.start, span.end, "PERSON",
                         title_word(span[0].text))
    if label == "PERSON" and 3 <= len(span) <= 4 and span[0].lower_ not in SHARED_RELATION_NOUNS \
            and description_label(span[0].lower_) == "ANONYMOUS" and not is_first_name(span[0].text) \
            and all(t.pos_ == "PROPN" for t in span[1:]):
        # "Neighbour Dylan Price, 67, said", a name the NER missed after the false title of local
        # copy: the name starts after the role
        return make_name(doc, span.start + 1, span.end, "PERSON", None)
    kind = "name" if label == "PERSON" or span.text.endswith("+") else "description"
    return Mention(span.start_char, span.end_char, span.start, span.end, span.text, kind, label,
                   plural=plural, head=nouns[-1].lemma_.lower())
