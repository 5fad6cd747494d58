"""One person, one speaker across a corpus: identities derived from the evidence of every article.

Inside one article the extractor has resolved "she" and "Ms. Roe" to a cluster and named each
quote's speaker; across articles the store has only what each article wrote. ``derive`` reads
that evidence for the whole corpus (``QuoteEvidence`` and ``EntityEvidence``, as stored) and
decides which quotes are one speaker, always with a reason. A wrong merge puts words in someone
else's mouth; a missed merge only splits a person's page in two; so the rules merge on evidence
and keep apart what is ambiguous:

- **Full names** are one person when their given name and surname agree once titles, roles and
  party tags are taken out, spelling variants folded ("Hilary"/"Hillary", "Qaddafi"/"Gaddafi")
  and short given names read as the long ones ("Joe Biden" = "Joseph R. Biden"). Middle names
  and initials fold unless the corpus holds two people who differ only by them: "Hillary Rodham
  Clinton" is Hillary Clinton, but George W. Bush and George H. W. Bush stay two people, and a
  plain "George Bush" then stays in its article. A generational suffix is part of the name
  ("Donald Trump Jr." is not Donald Trump). Different given names are different people (Bill and
  Hillary Clinton).
- **A surname alone** ("Roe", "Ms. Roe") joins a corpus person only through its article's own
  full name (the quote's entity, or the one person of that surname the article names); a title
  and a surname in an article that names nobody in full ("President Obama") joins the one corpus
  person that title has been written with ("President Barack Obama", "Obama" in an article that
  calls him "President Obama") and stays unresolved when it fits two ("President Clinton" in a
  corpus where Bill Clinton is written "President Clinton" and Hillary Clinton is the one the
  article names). A gendered title that contradicts the person ("Mr." for Hillary) is unresolved.
- **Anonymous** ("a US official"), **group** and **document** sources never merge across articles.
- **Organisations** fold "the", legal suffixes ("Huawei Technologies") and acronyms their
  articles spell out ("FBI" / "Federal Bureau of Investigation", only when the corpus gives the
  acronym one meaning); "the Post" is the one "Washington Post" its article names. A name typed
  as an organisation that the corpus knows as a person ("Trump", "Carly Fiorina") is that person,
  and a person's name is never an organisation's alias; "Huawei CFO" is a described person.
- **The user's word** comes last: an authority file links speakers to its ids (and speakers it
  gives one id become one), and corrections (merge, split, rename, reassign) are applied in order.

``derive`` is a pure function; ``SQLiteStore.reidentify`` feeds it the stored rows and writes
the result (speakers, aliases, reasons, each quote's speaker), so identities can be derived again
after a change of these rules without extracting any article again. ``RULES_VERSION`` names the
rules: a store derived under another version is derived again on the next ingest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..language.names import TITLES, acronym_key, first_name_gender, is_acronym, is_first_name
from ..language.nouns import ALL_ORG_NOUNS
from ..language.roles import ORG_SHORT_NAMES, formal_first
from .names import (
    LOCAL_TYPES,
    PersonName,
    described_person,
    fold,
    is_acronym_of,
    is_alias,
    middles_compatible,
    org_key,
    parse_person,
    surname_key,
)

#: Changes whenever the rules below change what they decide: stores derived under another
#: version are derived again on their next ingest (or by ``onrecord reidentify``).
RULES_VERSION = "2026-12-02.4"

PERSON_ENTITY_TYPES = frozenset({"PERSON", "PER"})
ORG_ENTITY_TYPES = frozenset({"ORG", "NORP", "FAC"})
#: honorifics whose gender is certain ("Mr.", "Mrs.", "Ms."): a clash with the person is a mismatch
GENDERED = {t: g for t, g in TITLES.items() if g in ("m", "f")}


# -- the evidence, as stored -------------------------------------------------------------------
@dataclass(frozen=True)
class EntityEvidence:
    """An article's entity as the article stage found it (``article_entities`` row)."""

    local_id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuoteEvidence:
    """A quote's speaker as its article named it (the ``speaker_*`` columns of ``quotes``)."""

    id: int
    article_id: str
    name: str | None
    mention: str | None
    entity: str | None
    type: str
    gender: str = "unknown"
    start: int = 0
    end: int = 0
    text: str = ""


@dataclass(frozen=True)
class Correction:
    """A user's correction, as stored (``corrections`` row); see ``store.corrections``."""

    id: int
    op: str  # merge | split | rename | reassign
    speaker_key: str = ""
    speaker_name: str = ""
    other_key: str | None = None
    other_name: str | None = None
    article_id: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    quote_text: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Authority:
    """One entry of a user's authority file: an id, a name, other names, a description."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str | None = None


# -- what derive returns -----------------------------------------------------------------------
@dataclass
class Row:
    """One cross-article speaker."""

    key: str
    name: str
    type: str
    lookup: str = ""  # persons: "given surname" folded (spelling variants, short names); orgs: the key
    middles: str = ""  # the middle initials that tell this person from another of the same name
    aliases: set[str] = field(default_factory=set)
    authority_id: str | None = None
    authority: str | None = None  # why it is linked (or why not, when two ids fit)


@dataclass
class Result:
    """Each quote's speaker key and why, the speakers, and what became of each correction."""

    quote_key: dict[int, str]
    quote_reason: dict[int, tuple[str, str]]  # quote id -> (rule, reason in words)
    rows: dict[str, Row]
    corrections: dict[int, str] = field(default_factory=dict)  # correction id -> what became of it
    notes: list[str] = field(default_factory=list)  # ambiguities worth saying out loud


# -- claims: what one quote's evidence says, before the corpus is looked at ---------------------
@dataclass(frozen=True)
class Claim:
    """What a quote's article says of its speaker.

    kind: "local" (kept to its article: anonymous, group, document, unnameable), "full" (a full
    name), "partial" (a surname or title + surname, maybe with the article's own full name for
    it), "org" (an organisation), "org-word" (a one-word organisation that may be a surname).
    """

    kind: str
    written: str
    type: str
    person: PersonName | None = None
    candidate: PersonName | None = None  # partial: the full name the quote's entity gives
    entity_id: str | None = None
    titled: tuple[tuple[str, str], ...] = ()  # partial: (title, surname key) of its entity's aliases
    org: str = ""
    org_name: str = ""
    retyped: bool = False  # typed organisation by the article, but a person's name
    note: str = ""


def _local_kind(kind: str) -> str:
    return kind if kind in LOCAL_TYPES else "anonymous"


def _consistent(part: PersonName, full: PersonName) -> bool:
    """Whether a partial name ("Ms. Roe", "Hillary") can be this full name."""
    if part.suffix != full.suffix and part.suffix:  # "Donald Jr." is not Donald Trump
        return False
    if part.first:  # a given name written: it must be this one
        return part.base[:2] == full.base[:2]
    if surname_key(part.last) != surname_key(full.last) and not (
            is_first_name(part.last) and part.last == full.first and not part.titles):
        return False
    gender = GENDERED.get(part.title)
    given = first_name_gender(full.first) if full.first else None
    return not (gender and given and gender != given)


def _titled_aliases(entity: EntityEvidence | None) -> tuple[tuple[str, str], ...]:
    if entity is None:
        return ()
    out = []
    for alias in entity.aliases:
        parsed = parse_person(alias)
        if parsed is not None and not parsed.full and parsed.title:
            out.append((parsed.title, surname_key(parsed.last)))
    return tuple(dict.fromkeys(out))


def _person_claim(written: str, parsed: PersonName | None, entity: EntityEvidence | None, kind: str,
                  retyped: bool = False) -> Claim:
    if parsed is None:  # a description ("Fellow doctors"), not a name
        return Claim("local", written, "anonymous" if kind in ("unknown", "organization", "person") else kind)
    if parsed.full:
        return Claim("full", written, "person", person=parsed, retyped=retyped,
                     entity_id=entity.local_id if entity else None)
    candidate = None
    if entity is not None and entity.type.upper() in PERSON_ENTITY_TYPES:
        full = parse_person(entity.name)
        if full is not None and full.full and _consistent(parsed, full):
            candidate = full
    return Claim("partial", written, "person" if kind != "unknown" or retyped else "unknown", person=parsed,
                 candidate=candidate, entity_id=entity.local_id if entity else None,
                 titled=_titled_aliases(entity), retyped=retyped)


def _org_claim(written: str, entity: EntityEvidence | None) -> Claim:
    parsed = parse_person(written)
    if parsed is not None and parsed.titles:  # "Huawei CFO Meng": a person behind a role
        return _person_claim(written, parsed, None, "person", retyped=True)
    if described_person(written):  # "Huawei CFO": someone described, not the company
        return Claim("local", written, "anonymous", note="a role in an organisation names a person, not it")
    words = written.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an", "this", "that") and all(w.islower() for w in words[1:]):
        return Claim("local", written, "organization", note="a description, not a name")  # "The campaign"
    name = entity.name if entity is not None and entity.type.upper() in ORG_ENTITY_TYPES else written
    key = org_key(name) or org_key(written)
    if not key:
        return Claim("local", written, "organization")
    nouns = {w for w in key.split() if w in ALL_ORG_NOUNS}
    if parsed is not None and parsed.full and not nouns:
        # "Carly Fiorina" typed organisation: a person if the corpus knows the name as one
        return Claim("org", written, "organization", person=parsed, org=key, org_name=name)
    if parsed is not None and not parsed.full and " " not in key:
        return Claim("org-word", written, "organization", person=parsed, org=key, org_name=name)
    return Claim("org", written, "organization", org=key, org_name=name)


def claim_of(quote: QuoteEvidence, entities: dict[str, EntityEvidence]) -> Claim | None:
    """What one quote's own article says of its speaker (None: no speaker named)."""
    written = quote.name or (quote.mention if is_alias(quote.mention) else None)
    if not written or not written.strip():
        return None
    written = " ".join(written.split())
    entity = entities.get(quote.entity) if quote.entity else None
    if quote.type in LOCAL_TYPES or (quote.type != "organization" and not written[:1].isupper()):
        return Claim("local", written, _local_kind(quote.type))
    if quote.type == "organization":
        head = written.split()[1] if written.split()[0].lower() == "the" and len(written.split()) > 1 else written
        if not head[:1].isupper():  # "state", "the company": a description
            return Claim("local", written, "organization", note="a description, not a name")
        return _org_claim(written, entity)
    return _person_claim(written, parse_person(written), entity, quote.type)


# -- the corpus --------------------------------------------------------------------------------
@dataclass
class _Person:
    base: tuple[str, str, str]
    middles: tuple[str, ...]  # the longest middle names of its class ("h w" for George H. W. Bush)
    split: bool  # another person of the corpus has this base and other middle names
    displays: Counter[str] = field(default_factory=Counter)
    firsts: Counter[str] = field(default_factory=Counter)
    lasts: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    genders: Counter[str] = field(default_factory=Counter)  # what the articles say of their quotes
    longest: tuple[str, ...] = ()  # the most middle names any of its forms has

    @property
    def gender(self) -> str | None:
        """'m' or 'f' from the given name, else from what the articles say (one way only), else None."""
        given = first_name_gender(_top(self.firsts))
        if given:
            return given
        said = {g for g in self.genders if g in ("female", "male")}
        return ("f" if "female" in said else "m") if len(said) == 1 else None

    @property
    def weak(self) -> bool:
        """A name seen in one article only, with a given name nobody has or three middle names or
        more ("Neither Cruz", "Hillary Clinton Slams Donald Trump": a headline or a sentence start
        taken for a name)."""
        return len(self.articles) <= 1 and (not is_first_name(_top(self.firsts)) or len(self.longest) >= 3)

    @property
    def display(self) -> str:
        """The name most written for them, without titles ("Hillary Clinton")."""
        return max(self.displays.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, root: str | None = None) -> None:
        """Join the sets of ``a`` and ``b``; ``root`` (one of them) names the set, else the smaller."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep = self.find(root) if root is not None else min(ra, rb)
            self.parent[rb if keep == ra else ra] = keep


def _by_initials(group: list[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """A class of compatible middle names split again where its initials say two people: "W."
    and "H. W." in one chain (via "Walker" and "Herbert Walker") are George W. and George H. W.
    Bush; a middle name that fits both initials, or neither, belongs to no one."""
    explicit = sorted({m for m in group if all(len(w) == 1 for w in m)})
    if len({"".join(m) for m in explicit}) < 2:
        return [group]
    parts: dict[tuple[str, ...], list[tuple[str, ...]]] = {e: [] for e in explicit}
    for m in group:
        fits = [e for e in explicit if middles_compatible(m, e)]
        if len(fits) == 1:
            parts[fits[0]].append(m)
    return [p for p in parts.values() if p]


def _initials(middles: tuple[str, ...]) -> str:
    return " ".join(m[0] for m in middles)


class _People:
    """The corpus's people: full names grouped by given name and surname (``PersonName.base``),
    split by middle names only where the corpus holds people who differ by them."""

    def __init__(self, seen: Iterable[tuple[PersonName, str, str]]) -> None:
        """seen: (full name, article id, the gender the article says, "unknown" when none)."""
        seen = list(seen)
        names = [name for name, _, _ in seen]
        middles: dict[tuple[str, str, str], set[tuple[str, ...]]] = defaultdict(set)
        for name in names:
            middles[name.base].add(name.middles)
        self._classes: dict[tuple[str, str, str], dict[tuple[str, ...], tuple[str, ...]]] = {}
        for base, found in middles.items():
            written = sorted(m for m in found if m)
            union = _Union()
            for i, a in enumerate(written):
                union.find(" ".join(a))
                for b in written[i + 1:]:
                    if middles_compatible(a, b):
                        union.union(" ".join(a), " ".join(b))
            members: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for m in written:
                members[union.find(" ".join(m))].append(m)
            self._classes[base] = {}
            for group in members.values():
                for part in _by_initials(group):
                    longest = max(part, key=lambda m: (len(m), sum(map(len, m)), m))
                    self._classes[base].update(dict.fromkeys(part, longest))
        self._split_bases = {b for b, c in self._classes.items() if len(set(c.values())) > 1}
        internal: dict[str, _Person] = {}
        for name, article_id, gender in seen:
            key = self._internal(name)
            if key is None:
                continue
            split = self._split(name.base)
            person = internal.get(key)
            if person is None:
                cls = self._classes[name.base].get(name.middles, ()) if split else ()
                person = internal[key] = _Person(name.base, cls, split)
            person.displays[name.display] += 1
            person.firsts[name.first] += 1
            person.lasts[name.last] += 1
            person.articles.add(article_id)
            person.genders[gender] += 1
            if len(name.middles) > len(person.longest):
                person.longest = name.middles
        self._redirect = self._initials_names(seen, internal)
        for source, target in self._redirect.items():
            gone, into = internal.pop(source), internal[target]
            for counter in ("displays", "firsts", "lasts", "genders"):
                getattr(into, counter).update(getattr(gone, counter))
            into.articles |= gone.articles
        # a readable key from the spellings most used ("person:hillary clinton")
        self._key: dict[str, str] = {}
        self.by_key: dict[str, _Person] = {}
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        for key, person in sorted(internal.items()):
            words = [_top(person.firsts), _initials(person.middles) if person.split else "", _top(person.lasts),
                     person.base[2]]
            readable = "person:" + " ".join(w for w in words if w)
            if readable in self.by_key:
                readable = "person:" + key[2:]
            self._key[key] = readable
            self.by_key[readable] = person
            self.by_surname[person.base[1]].add(readable)

    def _initials_names(self, seen: list[tuple[PersonName, str, str]], internal: dict[str, _Person]) -> dict[str, str]:
        """People one article names twice, once by a given name that is the initials of the other
        name ("Jeb Bush" and "John Ellis Bush"): the longer name is the same person."""
        by_article: dict[tuple[str, str, str], dict[str, PersonName]] = defaultdict(dict)
        for name, article_id, _ in seen:  # the names of each article, by surname
            if name.middles or (len(name.first) >= 3 and name.first.isalpha()):
                by_article[(article_id, *name.base[1:])].setdefault(self._internal(name) or "", name)
        redirect: dict[str, str] = {}
        for names in by_article.values():
            if len(names) < 2:
                continue
            for short_key, short in names.items():
                if short.middles or short_key not in internal:
                    continue
                for long_key, long in names.items():
                    if long_key != short_key and long.middles and long_key in internal and \
                            long.first[0] + "".join(m[0] for m in long.middles) + long.last[0] == short.first:
                        redirect.setdefault(long_key, short_key)
        return {k: v for k, v in redirect.items() if v not in redirect}

    def _split(self, base: tuple[str, str, str]) -> bool:
        return base in self._split_bases

    def _internal(self, name: PersonName) -> str | None:
        if not self._split(name.base):
            key = "p:" + "|".join(name.base)
        elif not name.middles or name.middles not in self._classes[name.base]:
            return None  # "George Bush" where the corpus has George W. and George H. W.
        else:
            key = "p:" + "|".join(name.base) + "|" + _initials(self._classes[name.base][name.middles])
        return getattr(self, "_redirect", {}).get(key, key)

    def key(self, name: PersonName | None) -> str | None:
        """The corpus person of a full name (its key), or None when the name fits two."""
        if name is None or not name.full:
            return None
        internal = self._internal(name)
        return self._key.get(internal) if internal else None

    def rivals(self, name: PersonName) -> list[str]:
        """Everyone a middle-less name could be ("George Bush": George W. and George H. W. Bush)."""
        return sorted(p.display for p in self.by_key.values() if p.base == name.base)

    def display(self, key: str) -> str:
        return self.by_key[key].display

    def gender(self, key: str) -> str | None:
        return self.by_key[key].gender

    def weak(self, key: str) -> bool:
        return self.by_key[key].weak

    def row(self, key: str) -> Row:
        person = self.by_key[key]
        return Row(key, person.display, "person", lookup=" ".join(person.base[:2]),
                   middles=_initials(person.middles) if person.split else "")


def _top(counts: Counter[str]) -> str:
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _full_reason(written: PersonName, text: str, row_name: str) -> tuple[str, str]:
    """Why a full name is this person: the rule's name and the reason in words."""
    target = parse_person(row_name)
    if target is None or fold(written.display) == fold(row_name) or (
            written.first, written.middles, written.last) == (target.first, target.middles, target.last):
        if fold(text) == fold(row_name):
            return "same-name", f"same full name '{row_name}'"
        return "titles", f"same name once titles, roles and party tags are taken out: '{text}' is '{row_name}'"
    if written.first != target.first:
        for a, b in ((written, target), (target, written)):
            if a.middles and a.first[0] + "".join(m[0] for m in a.middles) + a.last[0] == b.first:
                return "initials", (f"'{b.first.capitalize()}' is the initials of '{a.display}', and an article "
                                    f"names them both: '{text}' is '{row_name}'")
        if formal_first(written.first) == formal_first(target.first) and written.first != target.first and (
                formal_first(written.first) != written.first or formal_first(target.first) != target.first):
            return "nickname", (f"'{written.first.capitalize()}' is a short form of "
                                f"'{formal_first(written.first).capitalize()}': '{text}' is '{row_name}'")
        return "spelling", f"a spelling variant of the same name: '{text}' is '{row_name}'"
    if written.last != target.last:
        return "spelling", f"a spelling variant of the same name: '{text}' is '{row_name}'"
    return "middle-name", (f"the same given name and surname, with or without a middle name or initial, and "
                           f"no other person of that name in the corpus: '{text}' is '{row_name}'")


def derive(
    quotes: Iterable[QuoteEvidence],
    entities: dict[str, dict[str, EntityEvidence]],
    corrections: Iterable[Correction] = (),
    authorities: Iterable[Authority] = (),
) -> Result:
    """Every quote's cross-article speaker, from the evidence of the whole corpus.

    quotes: each quote's speaker as its article named it; entities: article id -> local id -> entity.
    corrections: the user's, applied in order after the rules; authorities: the user's list of ids.
    """
    by_id = {q.id: q for q in quotes}
    claims: dict[int, Claim] = {}
    for q in by_id.values():
        c = claim_of(q, entities.get(q.article_id, {}))
        if c is not None:
            claims[q.id] = c

    # 1. the corpus's people: the full names written as people, and the full names of article entities
    article_fulls: dict[str, list[PersonName]] = defaultdict(list)
    for article_id, ents in entities.items():
        for e in ents.values():
            if e.type.upper() in PERSON_ENTITY_TYPES:
                parsed = parse_person(e.name)
                if parsed is not None and parsed.full:
                    article_fulls[article_id].append(parsed)
    person_bases = {c.person.base for c in claims.values() if c.kind == "full" and c.person is not None}
    for qid, c in list(claims.items()):  # typed an organisation, with the full name of a person of the corpus
        if c.kind == "org" and c.person is not None and c.person.base in person_bases:
            claims[qid] = Claim("full", c.written, "person", person=c.person, retyped=True)
    _drop_stray_words(claims, by_id, article_fulls)
    full_names = [(c.person, by_id[qid].article_id, by_id[qid].gender) for qid, c in claims.items()
                  if c.kind == "full" and c.person is not None]
    full_names += [(n, article_id, "unknown") for article_id, names in article_fulls.items() for n in names]
    for article_id, ents in entities.items():  # "Carly Fiorina" as an organisation entity, a person elsewhere
        for e in ents.values():
            parsed = parse_person(e.name) if e.type.upper() in ORG_ENTITY_TYPES else None
            if parsed is not None and parsed.full and parsed.base in person_bases:
                article_fulls[article_id].append(parsed)
    people = _People(full_names)
    surnames = {base[1] for base in person_bases} | {n.base[1] for ns in article_fulls.values() for n in ns}

    # 2. the titles each person is written with: (title, surname) -> person -> articles
    fits: Fits = defaultdict(lambda: defaultdict(set))
    for qid, c in claims.items():
        if c.kind == "full" and c.person is not None and c.person.title:
            key = people.key(c.person)
            if key:
                fits[(c.person.title, surname_key(c.person.last))][key].add(by_id[qid].article_id)
    for article_id, ents in entities.items():
        for e in ents.values():
            if e.type.upper() not in PERSON_ENTITY_TYPES:
                continue
            full = parse_person(e.name)
            key = people.key(full)
            if key is None or full is None:
                continue
            for alias in e.aliases:
                parsed = parse_person(alias)
                if parsed is not None and parsed.title and _consistent(parsed, full):
                    fits[(parsed.title, surname_key(full.last))][key].add(article_id)

    fits = {t: _strong(fit) for t, fit in fits.items()}
    out = Result({}, {}, {})
    work = _Work(out, by_id, people, fits, article_fulls)

    # 3. each claim, with what the corpus knows
    for qid, c in claims.items():
        if c.kind == "local":
            note = f" ({c.note})" if c.note else ""
            work.local(qid, c, c.type, f"unnamed {c.type} source '{c.written}'{note}: kept to this article "
                                       "(unnamed sources are never merged across articles)")
        elif c.kind == "full":
            work.full(qid, c)
        elif c.kind == "partial":
            work.partial(qid, c)
        elif c.kind == "org-word" and surname_key(c.org) in surnames and c.person is not None:
            work.partial(qid, Claim("partial", c.written, "person", person=c.person, retyped=True))
    # organisations are settled once their aliases are known
    work.organisations({qid: c for qid, c in claims.items() if c.kind in ("org", "org-word")
                        and qid not in out.quote_key}, entities)

    # 4. aliases: the names each speaker is written with (a person's name never joins an organisation)
    for qid, key in out.quote_key.items():
        q, c, row = by_id[qid], claims[qid], out.rows[key]
        entity = entities.get(q.article_id, {}).get(q.entity) if q.entity else None
        row.aliases.update(_aliases(q, c, row, entity, people, fits))

    # 5. the user's word
    _link_authorities(out, list(authorities), people)
    _apply_corrections(out, list(corrections), by_id)
    used = set(out.quote_key.values())
    for key in [k for k in out.rows if k not in used]:
        del out.rows[key]
    return out


Fits = dict[tuple[str, str], dict[str, set[str]]]


def _drop_stray_words(claims: dict[int, Claim], by_id: dict[int, QuoteEvidence],
                      article_fulls: dict[str, list[PersonName]]) -> None:
    """A full name whose first word is no given name, and whose rest is a name seen in two
    articles or more, where it is seen in one or in a fifth as many ("Entrusting Donald Trump", a
    sentence start; "State Hillary Clinton", what is left of "Secretary of State"): the rest."""
    articles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for qid, c in claims.items():
        if c.kind == "full" and c.person is not None:
            articles[c.person.base].add(by_id[qid].article_id)
    for article_id, names in article_fulls.items():
        for name in names:
            articles[name.base].add(article_id)
    for qid, c in list(claims.items()):
        p = c.person
        if c.kind != "full" or p is None or not p.middles or is_first_name(p.first):
            continue
        word, _, rest = p.display.partition(" ")
        parsed = parse_person(rest)
        seen, known = len(articles[p.base]), len(articles[parsed.base]) if parsed is not None else 0
        if parsed is not None and parsed.full and known > 1 and (seen <= 1 or 5 * seen <= known):
            claims[qid] = Claim("full", c.written, c.type, person=parsed, entity_id=c.entity_id, retyped=c.retyped,
                                note=f"'{word}' before it is no given name")


def _strong(fit: dict[str, set[str]]) -> dict[str, set[str]]:
    """The people a title is really written with: the one seen in most articles, and any other
    seen in two or more and in at least a fifth as many (one stray "President Obama" on Michelle
    Obama's entity does not make her a president; Bill Clinton in ten articles and Hillary Clinton
    in three make "President Clinton" fit two)."""
    if not fit:
        return {}
    top = max(len(a) for a in fit.values())
    return {k: a for k, a in fit.items() if len(a) == top or (len(a) >= 2 and 5 * len(a) >= top)}


def _quotes(n: int) -> str:
    return f"{n} quote{'' if n == 1 else 's'}"


def _names(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    if len(names) > 1:
        return ", ".join(names[:-1]) + f" and {names[-1]}"
    return names[0] if names else "nobody"


def _is_person_name(text: str, people: _People) -> bool:
    parsed = parse_person(text)
    return parsed is not None and parsed.full and (people.key(parsed) is not None or is_first_name(parsed.first))


class _Work:
    """The rules applied to each claim, writing into one Result."""

    def __init__(self, out: Result, by_id: dict[int, QuoteEvidence], people: _People, fits: Fits,
                 article_fulls: dict[str, list[PersonName]]) -> None:
        self.out, self.by_id, self.people, self.fits, self.article_fulls = out, by_id, people, fits, article_fulls

    def assign(self, qid: int, key: str, rule: str, reason: str) -> None:
        self.out.quote_key[qid] = key
        self.out.quote_reason[qid] = (rule, reason)

    def person(self, qid: int, key: str, rule: str, reason: str) -> None:
        if key not in self.out.rows:
            self.out.rows[key] = self.people.row(key)
        self.assign(qid, key, rule, reason)

    def local(self, qid: int, c: Claim, kind: str, reason: str, rule: str = "local") -> None:
        """Kept to its article: one speaker per article and name (per entity, for a person's name)."""
        q = self.by_id[qid]
        if kind == "person" and c.person is not None:
            part = " ".join(w for w in (c.person.first, c.person.last) if w)
            tag = c.entity_id or GENDERED.get(c.person.title, "")
            key = f"local:{q.article_id}:person:{part}" + (f"#{tag}" if tag else "")
            shown = c.written
            row_type = c.type if c.type in ("person", "unknown") else "person"
        else:
            key = f"local:{q.article_id}:{kind}:{fold(c.written)}"
            shown, row_type = c.written, kind
        if key not in self.out.rows:
            self.out.rows[key] = Row(key, shown, row_type)
        self.assign(qid, key, rule, reason)

    def full(self, qid: int, c: Claim) -> None:
        assert c.person is not None
        key = self.people.key(c.person)
        if key is None:
            self.local(qid, c, "person", f"'{c.written}' may be {_names(self.people.rivals(c.person))} (all in "
                                         "this corpus): kept to this article", rule="ambiguous")
            return
        rule, reason = _full_reason(c.person, c.written, self.people.display(key))
        if c.note:
            rule, reason = "titles", f"'{c.written}' is '{self.people.display(key)}': {c.note}"
        if c.retyped:
            rule, reason = "retyped", f"typed an organisation in this article, but a person's full name: {reason}"
        self.person(qid, key, rule, reason)

    def partial(self, qid: int, c: Claim) -> None:
        """A surname (a title and a surname, a given name alone): through its article's own full name,
        or a title the corpus gives one person; else kept to its article, saying why."""
        assert c.person is not None
        part, people = c.person, self.people
        surname, title, written = surname_key(part.last), part.title, c.written
        if c.candidate is not None:
            target = people.key(c.candidate)
            if target is None:
                self.local(qid, c, "person", f"'{written}' is '{c.candidate.display}' in this article, and that "
                                             f"name may be {_names(people.rivals(c.candidate))}: kept to this article",
                           rule="ambiguous")
                return
            how = f"'{written}' is '{c.candidate.display}' in this article (its entity {c.entity_id})"
        else:
            q = self.by_id[qid]
            named = sorted({k for n in self.article_fulls.get(q.article_id, ()) if _consistent(part, n)
                            and (k := people.key(n))})
            named = self._narrow(named, q, part)
            if len(named) > 1:
                self.local(qid, c, "person", f"'{written}' may be {_names([people.display(k) for k in named])}, "
                                             "all named in this article: kept to this article", rule="ambiguous")
                return
            target = named[0] if named else None
            how = f"'{written}' is '{people.display(target)}', the one {part.last.capitalize()} this article " \
                  "names in full" if target else ""
        if target is not None:
            gender = GENDERED.get(title)
            if gender and people.gender(target) not in (None, gender):
                self.local(qid, c, "person", f"'{written}' cannot be {people.display(target)} (the title says "
                                             f"{'a man' if gender == 'm' else 'a woman'}): kept to this article",
                           rule="unresolved")
                return
            fit = self.fits.get((title, surname), {}) if title else {}
            others = [k for k in fit if k != target]
            if others and target not in fit:
                self.local(qid, c, "person", f"'{written}' fits {_names([people.display(k) for k in others])} "
                                             f"(written that way elsewhere in the corpus), not "
                                             f"{people.display(target)}, whom this article names: kept to this "
                                             "article", rule="ambiguous")
                return
            if c.retyped:
                self.person(qid, target, "retyped", f"typed an organisation in this article, but {how}")
            else:
                self.person(qid, target, "article-name", how)
            return
        # no full name in its article: a title (written, or on its entity) that the corpus gives one person
        titles = [(title, surname)] if title else [t for t in c.titled if t[1] == surname and t in self.fits]
        found: dict[str, set[str]] | None = None
        for t in titles:  # the people every title of the entity fits ("President Obama", "Mr. Obama")
            fit = self.fits.get(t, {})
            if fit:
                found = {k: set(a) for k, a in fit.items()} if found is None else \
                    {k: found[k] | a for k, a in fit.items() if k in found}
        fitting = found or {}
        if len(fitting) == 1:
            target, articles = next(iter(fitting.items()))
            shown = f"{titles[0][0].capitalize()} {part.last.capitalize()}"
            via = "" if title else f"'{written}' is '{shown}' in this article, and "
            self.person(qid, target, "title", f"{via}the only {part.last.capitalize()} written '{shown}' in this "
                                              f"corpus is {people.display(target)} ({len(articles)} "
                                              f"article{'s' if len(articles) != 1 else ''})")
        elif fitting:
            self.local(qid, c, "person", f"'{written}' fits {_names([people.display(k) for k in sorted(fitting)])}:"
                                         " kept to this article", rule="ambiguous")
        else:
            self.local(qid, c, "person", f"only a partial name ('{written}') and no full name for it in this "
                                         "article: kept to this article (a surname alone may belong to several "
                                         "people, or be a common word)", rule="unresolved")

    def _narrow(self, named: list[str], q: QuoteEvidence, part: PersonName) -> list[str]:
        """Of several people an article names with one surname, those the quote can be: not a name
        seen once with an unknown given name ("Neither Cruz") when a real one is there; the one
        of the gender the article gives the speaker ("she") or its title ("Mrs.")."""
        if len(named) > 1:
            strong = [k for k in named if not self.people.weak(k)]
            named = strong or named
        said = {"female": "f", "male": "m"}.get(q.gender) or GENDERED.get(part.title)
        if len(named) > 1 and said:
            fitting = [k for k in named if self.people.gender(k) == said]
            if len(fitting) == 1:
                return fitting
        return named

    def organisations(self, claims: dict[int, Claim], entities: dict[str, dict[str, EntityEvidence]]) -> None:
        """Organisations: one per key once 'the' and legal suffixes are dropped; "the Post" is the one
        longer name of its article that ends so; an acronym its articles spell out, when the corpus
        gives it one meaning."""
        union = _Union()
        acronyms: dict[str, set[str]] = defaultdict(set)
        article_orgs: dict[str, dict[str, str]] = defaultdict(dict)
        for article_id, ents in entities.items():
            for e in ents.values():
                key = org_key(e.name) if e.type.upper() in ORG_ENTITY_TYPES else ""
                if not key:
                    continue
                article_orgs[article_id].setdefault(key, e.name)
                for alias in (e.name, *e.aliases):
                    for short, long in ((alias, e.name), (e.name, alias)):
                        if short != long and is_acronym(short) and is_acronym_of(short, long) and \
                                not _is_person_name(long, self.people):
                            acronyms[acronym_key(short)].add(org_key(long))
        spelled: dict[str, str] = {}
        for short, long in ORG_SHORT_NAMES.items():  # "GOP": every reader knows, no article spells it out
            union.union(short, long, root=long)
            spelled[short] = long
        for short, longs in acronyms.items():
            if len(longs) == 1:
                long = next(iter(longs))
                union.union(short, long, root=long)
                spelled[short] = long
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for qid, c in claims.items():
            q = self.by_id[qid]
            key, name, via = c.org, c.org_name, ""
            if " " not in key:
                longer = {k: n for k, n in article_orgs.get(q.article_id, {}).items() if k.endswith(" " + key)}
                if len(longer) == 1:
                    key, name = next(iter(longer.items()))
                    via = f"'{c.written}' is '{name}' in this article"
            root = union.find(key)
            names[root][name] += 1
            row_key = f"org:{root}"
            if row_key not in self.out.rows:
                self.out.rows[row_key] = Row(row_key, name, "organization", lookup=root)
            if via:
                rule, reason = "article-name", f"same organisation: {via}"
            elif key in ORG_SHORT_NAMES:
                rule, reason = "short-name", f"'{c.written}' is the usual short name of '{root}'"
            elif key != root or key in spelled:
                long, short = (root, key) if key != root else (spelled[key], key)
                rule, reason = "acronym", f"'{short.upper()}' is '{long}': its articles spell it out"
            elif org_key(c.written) != " ".join(w for w in fold(c.written).split() if w != "the"):
                rule, reason = "legal-suffix", f"same organisation once legal suffixes are dropped: '{c.written}' " \
                                               f"is '{root}'"
            else:
                rule, reason = "same-name", f"same organisation name '{root}'"
            self.assign(qid, row_key, rule, reason)
        for root, counts in names.items():  # the name most written, the longer on a tie ("Associated Press")
            self.out.rows[f"org:{root}"].name = max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]


_CUT_ALIAS = re.compile(r"[,;:()|\[\]]|\s[-–—]\s")
_MINOR = frozenset({"of", "the", "and", "for", "&", "in", "on", "at", "de", "du", "la", "le"})


def _is_org_name(text: str) -> bool:
    """Written like a name: every word capitalised but the small ones ("Bank of America")."""
    words = text.split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR for w in words)


def _aliases(q: QuoteEvidence, c: Claim, row: Row, entity: EntityEvidence | None, people: _People,
             fits: Fits) -> list[str]:
    """The names a quote shows its speaker under, to be found by (``--speaker``)."""
    out = [row.name]
    written = [t for t in (q.name, q.mention) if t and is_alias(t)]
    listed = written + ([entity.name, *entity.aliases] if entity is not None else [])
    listed = [" ".join(t.split()) for t in listed if not _CUT_ALIAS.search(t)]  # not "Mr. Trump - 60 percent"
    if row.type == "person" and row.key.startswith("person:"):
        person = parse_person(row.name)
        for text in listed:
            parsed = parse_person(text)
            if parsed is None or person is None or not is_alias(text):
                continue
            if parsed.full:
                if people.key(parsed) == row.key:
                    out += [text, parsed.display]
                continue
            if not _consistent(parsed, person):
                continue
            if parsed.title:  # "President Clinton" on Hillary Clinton's entity: another's title
                fit = fits.get((parsed.title, surname_key(parsed.last)), {})
                if any(k != row.key for k in fit) and row.key not in fit:
                    continue
            out.append(text)
    elif row.type == "organization":
        root = row.lookup.split()
        shorter = {" ".join(root[i:]) for i in range(len(root))}  # "new york times", "york times", "times"
        for text in listed:  # its name as written, shorter or spelled out ("The Times", "AP")
            if is_alias(text) and _is_org_name(text) and not _is_person_name(text, people) and (
                    org_key(text) in shorter or is_acronym_of(text, row.name) or is_acronym_of(row.name, text)):
                out.append(text)
    else:
        out += written
    return [a for a in dict.fromkeys(out) if a]


# -- the user's word: an authority file, then corrections ------------------------------------------
def _link_authorities(out: Result, authorities: list[Authority], people: _People) -> None:
    """Link each corpus speaker to the one authority id whose names fit it (none when two fit);
    speakers the file gives one id become one speaker."""
    if not authorities:
        return
    entries = {a.id: a for a in authorities}
    person_index: dict[tuple[str, str, str], list[tuple[PersonName, str]]] = defaultdict(list)
    org_index: dict[str, set[str]] = defaultdict(set)
    for entry in authorities:
        for name in dict.fromkeys((entry.name, *entry.aliases)):
            parsed = parse_person(name)
            if parsed is not None and parsed.full:
                person_index[parsed.base].append((parsed, entry.id))
            key = org_key(name)
            if key:
                org_index[key].add(entry.id)
    linked: dict[str, list[str]] = defaultdict(list)
    for key, row in out.rows.items():
        if not key.startswith(("person:", "org:")):
            continue
        fit: dict[str, str] = {}
        row_middles = tuple(row.middles.split())
        for name in sorted({row.name, *row.aliases}):
            if row.type == "person":
                parsed = parse_person(name)
                if parsed is None or not parsed.full:
                    continue
                for listed, entry_id in person_index.get(parsed.base, ()):
                    if (row_middles and not middles_compatible(listed.middles, row_middles)) or (
                            row_middles and not listed.middles and len(person_index[parsed.base]) > 1):
                        continue
                    fit.setdefault(entry_id, name)
            else:
                for entry_id in org_index.get(org_key(name), ()):
                    fit.setdefault(entry_id, name)
        if len(fit) == 1:
            entry_id, name = next(iter(fit.items()))
            row.authority_id = entry_id
            row.authority = f"linked to {entry_id} ('{entries[entry_id].name}' in the authority file), which lists " \
                            f"'{name}'"
            linked[entry_id].append(key)
        elif len(fit) > 1:
            row.authority = f"not linked: {len(fit)} entries of the authority file fit ({', '.join(sorted(fit))})"
            out.notes.append(f"{row.name}: {row.authority}")
    counts = Counter(out.quote_key.values())
    for entry_id, keys in linked.items():
        keys.sort(key=lambda k: (-counts[k], k))
        for other in keys[1:]:
            _merge(out, other, keys[0], "authority", f"the authority file gives '{out.rows[other].name}' and "
                                                    f"'{out.rows[keys[0]].name}' one id, {entry_id} "
                                                    f"('{entries[entry_id].name}')")


def _merge(out: Result, source: str, into: str, rule: str, reason: str) -> int:
    """Every quote of ``source`` to ``into``, with the reason; ``source`` is gone; return how many."""
    moved = [qid for qid, key in out.quote_key.items() if key == source]
    for qid in moved:
        out.quote_key[qid] = into
        out.quote_reason[qid] = (rule, reason)
    gone = out.rows.pop(source, None)
    if gone is not None:
        target = out.rows[into]
        target.aliases |= gone.aliases | {gone.name}
        if target.authority_id is None:
            target.authority_id, target.authority = gone.authority_id, gone.authority
    return len(moved)


def _apply_corrections(out: Result, corrections: list[Correction], by_id: dict[int, QuoteEvidence]) -> None:
    """The user's corrections, in order; each says whether (and how) it was applied."""
    forward: dict[str, str] = {}
    by_article: dict[str, list[QuoteEvidence]] = defaultdict(list)
    for q in by_id.values():
        by_article[q.article_id].append(q)

    def find(key: str | None, name: str | None) -> str | None:
        seen: set[str] = set()
        while key and key not in out.rows and key in forward and key not in seen:
            seen.add(key)
            key = forward[key]
        if key and key in out.rows:
            return key
        if name:  # its key changed (new rules): the one corpus speaker of that name
            matches = [k for k, r in out.rows.items() if not k.startswith("local:") and fold(r.name) == fold(name)]
            if len(matches) == 1:
                return matches[0]
        return None

    def new_row(key: str, name: str, kind: str) -> str:
        if key not in out.rows:
            out.rows[key] = Row(key, name, kind, aliases={name})
        return key

    for c in corrections:
        label = f"user correction #{c.id}"
        if c.op == "reassign":
            qid = _find_quote(by_article.get(c.article_id or "", []), c)
            if qid is None:
                out.corrections[c.id] = "not applied: the quote is not in its article any more"
                continue
            into = find(c.other_key, c.other_name) or new_row(f"user:{fold(c.other_name or 'unknown')}",
                                                              c.other_name or "unknown", "person")
            out.quote_key[qid] = into
            out.quote_reason[qid] = ("correction", f"{label}: this quote reassigned to '{out.rows[into].name}'")
            out.corrections[c.id] = f"applied: the quote is now under '{out.rows[into].name}'"
            continue
        a = find(c.speaker_key, c.speaker_name)
        if a is None:
            out.corrections[c.id] = f"not applied: no speaker '{c.speaker_name}' now"
            continue
        if c.op == "merge":
            b = find(c.other_key, c.other_name)
            if b is None:
                out.corrections[c.id] = f"not applied: no speaker '{c.other_name}' now"
            elif a == b:
                out.corrections[c.id] = "nothing to do: already one speaker"
            else:
                other, name = out.rows[b].name, out.rows[a].name
                moved = _merge(out, b, a, "correction", f"{label}: '{other}' merged into '{name}'")
                forward[b] = a
                out.corrections[c.id] = f"applied: {_quotes(moved)} of '{other}' now under '{name}'"
        elif c.op == "rename":
            row = out.rows[a]
            old = row.name
            row.aliases |= {old, c.value or old}
            row.name = c.value or old
            out.corrections[c.id] = f"applied: '{old}' is now called '{row.name}'"
        elif c.op == "split":
            only = [q for q, k in out.quote_key.items() if k == a and by_id[q].article_id == c.article_id]
            if not only:
                out.corrections[c.id] = f"not applied: '{out.rows[a].name}' has no quote in article {c.article_id} now"
                continue
            found = find(c.other_key, c.other_name) if c.other_name else None
            if found is not None:
                into = found
            else:
                written = by_id[only[0]].name or out.rows[a].name
                into = new_row(f"user:{fold(c.other_name)}" if c.other_name else f"split:{c.article_id}:{a}",
                               c.other_name or written, out.rows[a].type)
            for qid in only:
                out.quote_key[qid] = into
                out.quote_reason[qid] = ("correction", f"{label}: split from '{out.rows[a].name}' in this article")
            out.corrections[c.id] = f"applied: {_quotes(len(only))} of article {c.article_id} now under " \
                                    f"'{out.rows[into].name}'"
        else:
            out.corrections[c.id] = f"not applied: unknown operation {c.op!r}"


def _find_quote(quotes: list[QuoteEvidence], c: Correction) -> int | None:
    """A corrected quote found again in its article by its place (a new extraction gives it a new id):
    the same span, else the one that covers most of it."""
    if c.quote_start is None or c.quote_end is None:
        return None
    best, best_overlap = None, 0
    for q in quotes:
        if q.start == c.quote_start and q.end == c.quote_end:
            return q.id
        overlap = min(q.end, c.quote_end) - max(q.start, c.quote_start)
        if overlap > best_overlap and overlap >= 0.5 * (c.quote_end - c.quote_start):
            best, best_overlap = q.id, overlap
    return best
