"""Clustering mentions into entities, one article at a time, in text order.

``Clusterer.add(mention)`` puts a mention into an existing cluster, starts a new one, or
leaves it unresolved (returns None). The rules, in short:

- person names: full name = full name; "Ms. Connor" / "Connor" join the cluster with that
  surname and a compatible gender (Mr. and Mrs. Connor are two clusters); a bare surname that
  two clusters share goes to the one mentioned in this or the previous sentence when the
  other was not, and otherwise stays unresolved; a bare first name joins only the one
  cluster with that first name;
- organisations and places: same name key (spelling variants folded, see ``names``), an
  acronym defined in parentheses or an "also known as" list, or an acronym that spells the
  initials of the name;
- descriptions: an indefinite one starts a cluster named as written; a definite one joins
  the latest cluster with the same head noun ("the official" -> "a senior official"), a
  person with that role ("the senator" -> "Sen. Smith"), or the latest organisation for
  "the company"/"the group";
- pronouns: the most salient compatible cluster: recency in sentences, a subject or speaker
  mention preferred, the speaker of the previous quote preferred.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..language.names import (
    COMPANY_NAME_ENDINGS,
    GENERATIONAL,
    NAME_PARTICLES,
    NAME_TITLES,
    ROLE_OF_TITLE,
    STYLE_HOLDERS,
    TITLES,
    acronym_key,
    first_name_gender,
    initials,
    is_acronym,
    is_first_name,
    same_name,
    split_person,
    strip_possessive,
    title_word,
    untitled_possessor,
    word_key,
)
from ..language.nouns import (
    ALL_ORG_NOUNS,
    BUSINESS_TRADE_NOUNS,
    COLLECTIVE_ORG_NOUNS,
    COMPANY_NOUNS,
    DEFINITE_DETERMINERS,
    GENERIC_NAME_WORDS,
    GENERIC_ORG_NOUNS,
    INDEFINITE_DETERMINERS,
    NEVER_NAMED_NOUNS,
    NEWSPAPER_NAME_WORDS,
    PARTITIVE_DETERMINERS,
    PORTFOLIO_HEADS,
    PUBLIC_BODY_NOUNS,
    PUBLIC_TRADE_NOUNS,
    TRADE_NAME_HEADS,
    TRADE_ORG_NOUNS,
    same_role,
)
from ..language.pronouns import POSSESSIVE_PERSON, PRONOUNS, PronounInfo
from .mentions import Mention

#: Sentences a pronoun looks back for an antecedent (further only for a sole candidate).
PRONOUN_WINDOW = 8
#: Sentences a definite description looks back for a generic organisation ("the company").
GENERIC_WINDOW = 10
#: Salience: score = sentences back + NON_SUBJECT_PENALTY if the latest mention is not a
#: subject or speaker - SPEAKER_BONUS for the previous quote's speaker (lowest score wins).
NON_SUBJECT_PENALTY = 1.0
#: Salience: the one a question was put to ("asked Sanders whether ...") is the likelier source
#: of the quoted answer after it than the asker, the subject.
ASKED_BONUS = 0.5
#: Sentences after the question within which the answer's speaker pronoun takes it (the answer
#: quoted may run several sentences before its "he said").
ASKED_WINDOW = 3
SPEAKER_BONUS = 0.25
UNKNOWN_GENDER_PENALTY = 0.2
#: Sentences back within which a shared surname goes to the latest of its clusters.
SUPPORT_WINDOW = 1
#: Sentences after a described speaker within which the article names them (delayed identification).
DELAYED_WINDOW = 4

NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: the labels of places and peoples, which no description of a body refers back to
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


#: the most tokens one mention spans (a look back for the mention covering a token stops there)
_MENTION_REACH = 64


def _covers(c: Cluster, token: int) -> bool:
    """Whether one of c's mentions (in text order) covers ``token``."""
    j = bisect.bisect_right(c.mentions, token, key=lambda x: x.tok_start) - 1
    while j >= 0 and c.mentions[j].tok_start > token - _MENTION_REACH:
        if c.mentions[j].tok_end > token:
            return True
        j -= 1
    return False


def _in_clause_of(x: Mention | None, m: Mention) -> bool:
    """Whether ``x`` is an object in the clause ``m`` is the subject of ("In a statement to the
    London Stock Exchange, the group said": the exchange is not the group)."""
    return x is not None and m.tok_start <= x.clause_subject < m.tok_end


@dataclass
class Cluster:
    """A growing entity: its mentions and what they say about it."""

    label: str  # PERSON, ORG, GPE, NORP, LOC, FAC, ANONYMOUS, GROUP, DOCUMENT
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None
    first: str | None = None  # persons: given name, once the article gives it
    last: str | None = None  # persons: surname
    suffix: str | None = None  # persons: the generational suffix of the full name ("jr")
    plural: bool = False
    roles: set[str] = field(default_factory=set)
    portfolios: set[str] = field(default_factory=set)  # "agriculture" for "Agriculture Secretary X"
    heads: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    extra_aliases: list[str] = field(default_factory=list)  # from "also known as" lists
    words: tuple[str, ...] = ()  # persons: the words of the longest name seen
    nationalities: set[str] = field(default_factory=set)  # "dutch" for "Dutch driver Max Verstappen"


    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.gender and not self.gender and self.label in ("PERSON", "ANONYMOUS") and not m.in_report:
            self.gender = m.gender
        self.roles |= m.roles
        if m.portfolio:
            self.portfolios.add(m.portfolio)
        if m.nationality and m.kind == "name":
            self.nationalities.add(m.nationality)
        if m.title in ROLE_OF_TITLE:
            self.roles.add(ROLE_OF_TITLE[m.title])
        if m.head and m.kind != "pronoun":
            self.heads.add(m.head)
        if m.kind == "name" and is_acronym(strip_possessive(m.text)):
            self.acronyms.add(acronym_key(m.text))
        if m.kind == "name" and self.label == "PERSON":
            pn = split_person(m.text)
            if pn is not None and len(pn.words) > len(self.words):
                self.words = pn.words

    def latest(self, before: int) -> Mention | None:
        """The latest mention outside direct quotes that starts before ``before``."""
        for m in reversed(self.mentions):  # added in text order
            if m.start < before and (m.speaker or not m.in_quote):
                return m
        return None

    def names(self) -> list[str]:
        out = [strip_possessive(m.text) for m in self.mentions if m.kind == "name"]
        return out + self.extra_aliases

    def canonical(self) -> str:
        """The fullest name the article gives ("Sarah Connor" for "Ms. Connor")."""
        if self.label == "PERSON":
            parts = [p for n in self.names() if (p := split_person(n)) is not None]
            # a given name and a surname; else a title that is part of the name and the name
            # ("Sheikh Hasina" out of "Prime Minister Sheikh Hasina")
            full = [p for p in parts if p.first] or [p for p in parts if len(p.words) > 1]
            if full:
                return " ".join(max(full, key=lambda p: len(p.words)).words)
            named = [strip_possessive(x.text) for x in self.mentions if x.kind == "name"]
            if named:  # "Pope Leo", after a headline's "Pope", as if it were the first mention
                return named[0]
        if self.label in NAME_TYPES:
            names = [n for n in self.names() if not is_acronym(n)] or self.names()
            if names:
                best = max(names, key=len)
                # "The Athletic" keeps the article it is written with (see mentions._titled_the)
                keep = best.startswith("The ") and best.count(" ") == 1
                return best[4:] if best.lower().startswith("the ") and not keep else best
        first = self.mentions[0]
        if first.kind == "name":
            return strip_possessive(first.text)
        if first.kind == "description" and " " not in first.text:
            # headlinese drops the article ("Minister refuses to quit"): the body's description
            # of the same person ("The Home Secretary has refused ...") is the one to show
            written = [x for x in self.mentions if x.kind == "description" and x.text.partition(" ")[0].upper()
                       in ("A", "AN", "THE") and " " in x.text]
            if written:
                first = written[0]
        return as_shown(first)


def as_shown(m: Mention) -> str:
    """A description as a reader is shown it: its article in lower case wherever the sentence
    put it ("The district said" -> "the district")."""
    det, _, rest = m.text.partition(" ")
    if det.upper() in ("A", "AN", "THE", "ONE") and rest:
        # "A JUDGE has described ...": a lede's capitals are no part of a description; an
        # acronym in it stays ("a BBC reporter")
        capitals = all(w.isupper() for w in m.text.split(" ") if w.isalpha())
        words = [w.lower() if capitals and w.isupper() and w.lower() == (m.head or "") else w
                 for w in rest.split(" ")]
        return f"{det.lower()} {' '.join(words)}"
    return untitled_possessor(m.text)  # "Benjamin Netanyahu's office", the titles off as in a name


#: Sentences from the top (the headline and the lede) within which the story's subject is named.
LEDE_SENTENCES = 2


def _principal(clusters: list[Cluster]) -> Cluster | None:
    """Of several people sharing a surname, the story's subject: the one named in the headline or
    the lede, before every other, each of whom the story named in full (the obituary's "Margaret
    Oyelaran ... her son, Tunde Oyelaran ... Oyelaran trained in Edinburgh"). The press calls its
    subject by the bare surname and a relative by full name; None when no one is so placed."""
    first = sorted(clusters, key=lambda c: c.mentions[0].start)
    lead, rest = first[0], first[1:]
    if lead.mentions[0].sent <= LEDE_SENTENCES and lead.first is not None \
            and all(c.first is not None and _named_in_full(c) > lead.mentions[0].sent for c in rest):
        return lead
    return None


def _named_in_full(c: Cluster) -> int:
    """The sentence in which the story first names a person in full: "Hillary" in the headline
    "Bill Clinton: Hillary 'better qualified'" is named in full in the body."""
    full = [m.sent for m in c.mentions if m.kind == "name" and (p := split_person(m.text)) is not None and p.first]
    return min(full, default=c.mentions[0].sent)


def _person_named_as_org(c: Cluster, surname: str) -> bool:
    """Whether an ORG cluster is only ever a two-word name, capitalised, no organisation word
    or acronym in it, ending in ``surname``: a person's name the NER took for an organisation."""
    if not c.mentions or any(m.kind != "name" for m in c.mentions):
        return False
    names = {strip_possessive(m.text) for m in c.mentions}
    if len(names) != 1:
        return False
    words = next(iter(names)).split()
    return len(words) == 2 and same_name(words[-1], surname) and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in ALL_ORG_NOUNS and not is_acronym(w)
        and w.lower() not in COMPANY_NAME_ENDINGS for w in words)
#: a Chinese given name as Hong Kong and Taiwan romanise it: "Ka-chiu", "Suk-yee", "Chen-wei"
_CHINESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _titled_word(text: str) -> bool:
    """'Mr Tan', 'DPM Tan', 'President Yoon': one name word after a title or a title's
    abbreviation (capitals: DPM, PM, CM)."""
    *before, _ = text.split()
    return bool(before) and all(title_word(w) in TITLES or (w.isupper() and w.isalpha()) for w in before)


def _compatible_gender(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _inflected_plural(m: Mention) -> bool:
    """Whether a description is a plural written as one ("Environmental groups", not "Police",
    which names one force as a plural does)."""
    return m.plural and m.head is not None and m.text.split()[-1].lower() != m.head


def _trade_fits(noun: str, c: Cluster) -> bool:
    """Whether the generic or trade epithet ``noun`` ("the company", "the lender", "the
    regulator") can point back to organisation ``c``: a business's epithet never to a public body
    ("NHTSA said ... the company said", "the FCA fined ... the bank said"), a public body's never
    to a company by the words that end its name ("HSBC Holdings Plc", "Brightline Retail")."""
    if noun in COMPANY_NOUNS or noun in BUSINESS_TRADE_NOUNS:
        return not c.heads & PUBLIC_BODY_NOUNS
    if noun in PUBLIC_TRADE_NOUNS:
        return not {h.rstrip(".") for h in c.heads} & (COMPANY_NAME_ENDINGS | COMPANY_NOUNS | BUSINESS_TRADE_NOUNS)
    return True


def _company_short_name(name: str, words: tuple[str, ...]) -> bool:
    """Whether one word is the company ``name`` less the words of its trade and legal form that
    end it ("Halvorsen" of "Halvorsen Pharma", "Brightline" of "Brightline Retail Inc."), the
    short name business copy uses after the first reference."""
    parts = name.replace(".", "").replace(",", "").split()
    return len(words) == 1 and len(parts) >= 2 and same_name(parts[0], words[0]) \
        and all(p.lower() in COMPANY_NAME_ENDINGS for p in parts[1:])


def _ends_with(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a name of two words or more is the end of a longer one ("Lopez Obrador"); a
    generational suffix is no end of the name ("Tiu Laurel" of "Francisco Tiu Laurel Jr.")."""
    while len(longer) > 2 and title_word(longer[-1]) in GENERATIONAL:
        longer = longer[:-1]
    n = len(words)
    return 2 <= n < len(longer) and all(same_name(a, b) for a, b in zip(longer[-n:], words))


class Clusterer:
    """Clusters one article's mentions; feed them in text order through ``add``.

    alias_of: mention key -> the key of the name it is an alias of (``aliases.find_aliases``).
    """

    def __init__(self, alias_of: dict[int, int] | None = None) -> None:
        self.clusters: list[Cluster] = []
        self.of: dict[int, Cluster] = {}  # mention key -> cluster
        self.alias_of: dict[int, int] = dict(alias_of or {})
        self.prev_speaker: Cluster | None = None  # the cluster of the latest speaker mention
        #: Bare surnames left unresolved, with the clusters they could belong to: a later
        #: pronoun whose gender fits only one of them counts them as that one's mention.
        self.ambiguous: list[tuple[Mention, list[Cluster]]] = []
        #: pronoun mention key -> how much better its antecedent scored than the next candidate
        self.margins: dict[int, float] = {}

    # -- dispatch -------------------------------------------------------------------------
    def add(self, m: Mention) -> Cluster | None:
        """Cluster ``m``; return its cluster, or None when it stays unresolved."""
        c: Cluster | None
        if m.key in self.alias_of and self.alias_of[m.key] in self.of:
            c = self.of[self.alias_of[m.key]]
        elif m.kind == "name":
            c = self._organisation_named(m) if m.label == "PERSON" else None
            if c is None:
                c = self._person(m) if m.label == "PERSON" else self._named(m)
        elif m.kind == "description":
            c = self._description(m)
        elif m.kind == "pronoun":
            c = self._pronoun(m)
        else:
            c = self._new(m, m.label or "UNKNOWN")
        if c is not None:
            c.add(m)
            self.of[m.key] = c
            if m.speaker:
                self.prev_speaker = c
        return c

    def _new(self, m: Mention, label: str) -> Cluster:
        c = Cluster(label, plural=m.plural)
        self.clusters.append(c)
        return c

    def _by_label(self, labels: Iterable[str]) -> list[Cluster]:
        return [c for c in self.clusters if c.label in labels]

    # -- persons --------------------------------------------------------------------------
    def _person(self, m: Mention) -> Cluster | None:
        pn = split_person(m.text)
        if pn is None:
            return None
        persons = self._by_label(("PERSON",))
        same_surname = [c for c in persons if c.last and same_name(c.last, pn.last)]
        if pn.first:
            for c in reversed(same_surname):
                # "Donald Trump Jr." is not "Donald Trump": a generational suffix tells two people apart
                if c.first and same_name(c.first, pn.first) and c.suffix == pn.suffix:
                    return c
            free = [c for c in same_surname if c.first is None and _compatible_gender(c.gender, m.gender)]
            if free:
                c = self._most_recent(free, m)
                c.first, c.suffix = pn.first, pn.suffix
                return c
            if len(pn.words) >= 4:
                # "Lula" in the headline, "President Luiz Inácio Lula da Silva" in the lead: the
                # word of a long name the press uses alone, written before the name in full
                inner = [c for c in persons if c.first is None and len(c.words) == 1
                         and any(same_name(w, c.last) for w in pn.words[1:-1] if w[:1].isupper())
                         and _compatible_gender(c.gender, m.gender)]
                if len(inner) == 1:
                    c = inner[0]
                    c.first, c.last, c.suffix = pn.first, pn.last, pn.suffix
                    return c
            # "Lopez Obrador" after "Andres Manuel Lopez Obrador": the end of one longer name
            longer = [c for c in persons if _ends_with(c.words, pn.words) and _compatible_gender(c.gender, m.gender)]
            if len(longer) == 1:
                return longer[0]
            return self._new_person(m, pn.first, pn.last, pn.suffix)
        fitting = [c for c in same_surname if _compatible_gender(c.gender, m.gender)]
        if len(fitting) == 1:
            return fitting[0]
        if len(fitting) > 1:
            supported = self._supported(fitting, m) or _principal(fitting)
            if supported is None:
                self.ambiguous.append((m, fitting))
            return supported
        if not same_surname and (m.title is None or m.title in NAME_TITLES or first_name_gender(pn.last)):
            # a given name alone ("Jessi", "Bernie"), or a family name written first ("Lee"
            # after "Lee Young-ryeol"), or after a title that is part of the name ("Sheikh Tamim"
            # after "Sheikh Tamim bin Hamad Al Thani"): the one person whose name starts with it
            by_first = [c for c in persons if c.first and same_name(c.first, pn.last)
                        and _compatible_gender(c.gender, m.gender)]
            if len(by_first) > 1 and m.title is not None:
                # "Prince Mohammed" after "Crown Prince Mohammed bin Salman" and "Prime Minister
                # Mohammed Shia al-Sudani": the one who bore that title
                by_first = [c for c in by_first if any(x.title == m.title for x in c.mentions)]
            if len(by_first) == 1:
                return by_first[0]
            # "Lula" after "Luiz Inácio Lula da Silva", "López" after "Andrés Manuel López
            # Obrador": the word of a long name (four words or more) the press uses alone
            by_inner = [c for c in persons if len(c.words) >= 4 and _compatible_gender(c.gender, m.gender)
                        and any(same_name(w, pn.last) for w in c.words[1:-1] if w[:1].isupper())]
            if len(by_inner) == 1:
                return by_inner[0]
        if not same_surname and m.title is not None and first_name_gender(pn.last) is None:
            # "Mr Lee" after "Senior Minister Lee Hsien Loong", "President Yoon" after "Yoon Suk
            # Yeol": a Chinese, Korean or Vietnamese family name is written first, and the title
            # goes before it; the one person whose name starts with it (a given name that says a
            # sex, "Mr James" after "James Baker", is someone else's surname)
            by_family = [c for c in persons if c.first and same_name(c.first, pn.last)
                         and _compatible_gender(c.gender, m.gender)]
            if len(by_family) == 1:
                return by_family[0]
        if not same_surname and m.title is None:
            # "Ellis said" after "Mara Ellis's debut novel", which the NER tagged ORG (a given
            # name the lexicon lacks): the one organisation named by a given name and this
            # surname, and nothing else, was that person
            named = [c for c in self._by_label(("ORG",)) if _person_named_as_org(c, pn.last)]
            if len(named) == 1:
                c = named[0]
                words = tuple(strip_possessive(c.mentions[0].text).split())
                c.label, c.first, c.last, c.words = "PERSON", words[0], words[-1], words
                return c
        if not same_surname:
            # "Lee said", "Mrs Ip" after "John Lee Ka-chiu", "Regina Ip Lau Suk-yee": the Hong Kong
            # press writes an English given name, the family name (a married woman's husband's
            # first), then the Chinese given name (hyphenated, its second syllable in lower case);
            # the family name is a word between them
            by_hk = [c for c in persons if len(c.words) >= 3 and _CHINESE_GIVEN.fullmatch(c.words[-1])
                     and is_first_name(c.words[0]) and any(same_name(w, pn.last) for w in c.words[1:-1])
                     and _compatible_gender(c.gender, m.gender)]
            if len(by_hk) == 1:
                return by_hk[0]
        return self._new_person(m, None, pn.last)

    def _new_person(self, m: Mention, first: str | None, last: str, suffix: str | None = None) -> Cluster:
        c = self._new(m, "PERSON")
        c.first, c.last, c.suffix = first, last, suffix
        if first:
            self._absorb_surname(c, last)
            self._absorb_given_name(c, first, m)
        return c

    def _absorb_given_name(self, person: Cluster, first: str, m: Mention) -> None:
        """A headline's "Anwar: Malaysia will not take sides" before "Prime Minister Anwar
        Ibrahim": an earlier person of that one word alone, never with a title or a given name,
        is the new person called by the given name, as Malay, Indonesian and Arabic names are
        (no one had it as a surname, or the new person would have joined them). A title goes
        with it when the word is no given name we know: "DPM Tan" before "Deputy Prime Minister
        Tan Kok Leong" is the family name written first, as Chinese, Korean and Vietnamese names
        are (as ``_person`` joins "Mr Lee" to "Lee Hsien Loong"); "Sen. Warren" is not "Warren
        Buffett"."""
        family_first = first_name_gender(first) is None
        for c in self._by_label(("PERSON",)):
            if c is person or c.first is not None or not c.last or not same_name(c.last, first) \
                    or not _compatible_gender(c.gender, m.gender):
                continue
            if all(x.kind == "name" and ((" " not in strip_possessive(x.text) and x.title is None)
                                         or (family_first and _titled_word(strip_possessive(x.text))))
                   for x in c.mentions):
                self._absorb(c, person)

    def _absorb_surname(self, person: Cluster, last: str) -> None:
        """A headline's "Alcaraz battles past Sinner" (the NER's ORG and NORP) before "Carlos
        Alcaraz": an earlier cluster of that one word alone, the surname the person is written
        by, joins the person, as a later one-word ORG does (``_named``)."""
        if is_acronym(last):
            return
        for c in self._by_label(("ORG", "NORP", "GPE")):
            if c.label == "GPE" and not all(x.speaker for x in c.mentions):
                continue  # "Germany to tighten border checks, Scholz says" (the NER's GPE): one that speaks
            if c.mentions and all(x.kind == "name" and " " not in (t := strip_possessive(x.text)) and same_name(t, last)
                                  for x in c.mentions):
                self._absorb(c, person)

    def _absorb(self, c: Cluster, person: Cluster) -> None:
        """``c``, an earlier cluster of one word of ``person``'s name, joins it and is gone."""
        self._merge(c, person)
        self.clusters.remove(c)
        if self.prev_speaker is c:
            self.prev_speaker = person

    def _most_recent(self, clusters: list[Cluster], m: Mention) -> Cluster:
        return max(clusters, key=lambda c: (c.latest(m.start) or c.mentions[0]).start)

    def _supported(self, clusters: list[Cluster], m: Mention) -> Cluster | None:
        """Of several clusters sharing a surname, the one the context supports, or None.

        Supported: mentioned in a later sentence than every other candidate, and at most
        SUPPORT_WINDOW sentences back (one more for the previous quote's speaker).
        """
        sents = sorted(((c.latest(m.start) or c.mentions[0]).sent, i) for i, c in enumerate(clusters))
        (best_sent, best), (second_sent, _) = sents[-1], sents[-2]
        window = SUPPORT_WINDOW + (clusters[best] is self.prev_speaker)
        if m.sent - best_sent <= window and best_sent > second_sent:
            return clusters[best]
        return None

    def _organisation_named(self, m: Mention) -> Cluster | None:
        """A name the NER tagged PERSON that an organisation of the article already bears, in
        full or as its end ("Tahrir al-Sham" after "Hay'at Tahrir al-Sham (HTS)")."""
        words = tuple(strip_possessive(m.text).split())
        for c in reversed(self._by_label(("ORG",))):
            for n in c.names():
                if same_name(n, m.text) or (len(words) >= 2 and _ends_with(tuple(n.split()), words)) \
                        or _company_short_name(n, words):
                    return c
        return None

    # -- organisations, places, groups ----------------------------------------------------
    def _named(self, m: Mention) -> Cluster:
        text = strip_possessive(m.text)
        if text.startswith("The ") and text.count(" ") == 1:
            text = text[4:]  # "The Post" (a title's article, kept to show) is "Post" to match
        acronym = acronym_key(text) if is_acronym(text) else None
        for c in reversed(self._by_label(NAME_TYPES)):
            if acronym and (acronym in c.acronyms or any(initials(n) == acronym for n in c.names()
                                                         if not is_acronym(n) and len(acronym) > 1)):
                return c
            if any(same_name(n, text) for n in c.names()):
                return c
            words = tuple(text.split())
            if len(words) >= 2 and words[-1].lower() not in ALL_ORG_NOUNS and any(
                    _ends_with(tuple(n.split()), words) for n in c.names()):
                return c  # "Tahrir al-Sham" for "Hay'at Tahrir al-Sham", not "Democratic Party" for "Social ..."
        # "Qaddafi's role" tagged ORG: a known surname; a transcript writes it in capitals ("OWENS:")
        if " " not in text and (not acronym or (text.isalpha() and len(text) > 3)):
            persons = [c for c in self._by_label(("PERSON",)) if c.last and same_name(c.last, text)]
            if len(persons) == 1:
                return persons[0]
            if m.label == "ORG" and m.speaker and not acronym and not persons:
                # "Fahmi said" after "Communications Minister Fahmi Fadzil" (the NER's ORG): a
                # speaker called by the given name of one person, as Malay and Arabic names are
                persons = [c for c in self._by_label(("PERSON",)) if c.first and same_name(c.first, text)]
                if len(persons) == 1:
                    return persons[0]
        words = tuple(text.split())
        if 2 <= len(words) <= 3 and all(w.lower() in NAME_PARTICLES for w in words[:-1]) and words[-1][:1].isupper():
            # "De Bruyne said" after "Kevin De Bruyne", "Le Pen" after "Marine Le Pen": a surname
            # with its particle, which the NER takes for an organisation; the person's name ends so
            persons = [c for c in self._by_label(("PERSON",)) if c.last and same_name(c.last, words[-1])
                       and len(c.words) > len(words)
                       and all(same_name(a, b) for a, b in zip(c.words[-len(words):], words))]
            if len(persons) == 1:
                return persons[0]
        # (a word that is the surname of a person of the story is that person's, never a short form)
        surname = " " not in text and any(c.last and same_name(c.last, text) for c in self._by_label(("PERSON",)))
        if " " not in text and not acronym and m.label not in PLACE_LABELS and not surname:
            # "Brightline" after "Brightline Retail Inc.": a company's name less its trade and legal form
            # (not "China" after "China Media Group": a place the NER tags so is that place; nor
            # "Podesta" after "Tony Podesta" and "John Podesta": one of the people so named)
            short = [c for c in self._by_label(("ORG",)) if any(_company_short_name(n, (text,)) for n in c.names())]
            if len(short) == 1:
                return short[0]
        if m.label == "ORG" and " " not in text and not acronym and text.lower() not in ALL_ORG_NOUNS:
            # "Mbappe said" after "Kylian Mbappe" (both tagged ORG), "United" after "Manchester
            # United", "Santander" after "Banco Santander": the last word of one longer name the
            # article gave, which a later reference uses alone
            ending = [c for c in self._by_label(("ORG",)) if any(
                len(name := n.split()) >= 2 and same_name(name[-1], text)
                and not any(w.lower() in ALL_ORG_NOUNS for w in name) for n in c.names())]
            if len(ending) == 1:
                return ending[0]
            if m.speaker and not ending and not surname:
                # "Goldman said" after "Goldman Sachs", "Anglo said" after "Anglo American": the
                # first word of one two-word name, the wires' short form of a company as a source
                opening = [c for c in self._by_label(("ORG",)) if any(
                    len(name := n.split()) == 2 and same_name(name[0], text)
                    and not any(w.lower() in ALL_ORG_NOUNS for w in name) for n in c.names())]
                if len(opening) == 1:
                    return opening[0]
        return self._new(m, m.label or "ORG")

    # -- descriptions ---------------------------------------------------------------------
    def _description(self, m: Mention) -> Cluster | None:
        if not m.definite:
            # "a company" only matters as a speaker; "a senior official", "a report" introduce.
            if m.label == "ORG" and m.speaker and not _inflected_plural(m):
                # "A NHS trust has admitted ...": the one organisation the article names with
                # that head noun (a caption may name it first); one named later joins it
                # afterwards (``delayed_identification``). Not a plural: "Environmental groups
                # said" are many, never the one group named ("the group of least developed
                # countries")
                named = [c for c in self._by_label(("ORG",)) if m.head in c.heads and self._named_cluster(c)]
                if len(named) == 1:
                    return named[0]
            return self._new(m, m.label or "ANONYMOUS") if m.label != "ORG" or m.speaker else None
        generic = False  # "the company": no head noun to match, the salient organisation
        if m.label in ("ANONYMOUS", "GROUP"):
            pool = [c for c in self.clusters
                    if (c.label in ("ANONYMOUS", "GROUP") and m.head in c.heads and c.plural == m.plural)
                    or (c.label == "PERSON" and not m.plural and m.head is not None and same_role(m.head, c.roles))
                    or (c.label == "PERSON" and m.head in PORTFOLIO_HEADS and m.portfolio in c.portfolios)]
            if m.portfolio:
                # "Finance Secretary Ralph Recto ... the finance chief": the holder of that
                # portfolio, never the holder of another ("the agriculture chief")
                pool = [c for c in pool if not c.portfolios or m.portfolio in c.portfolios]
            # "the prime minister's spokesman" is not "a spokeswoman for the group": the nouns of a
            # role that say a gender refer back only to someone of it
            pool = [c for c in pool if _compatible_gender(c.gender, m.gender)]
            if m.text.split(" ", 1)[0].lower() in POSSESSIVE_PERSON:
                # "..., her nephew said" (resolve's made-up mention of a relative): the one named
                # with that relation, never an unnamed "a Japanese mother" shown in its stead
                pool = [c for c in pool if c.label == "PERSON"]
        elif m.label == "DOCUMENT":
            pool = [c for c in self._by_label(("DOCUMENT",)) if m.head in c.heads]
            if not pool and m.head == "paper":
                # "The Washington Post reported ... The paper said": the newspaper named before
                pool = [c for c in self._by_label(("ORG",)) if any(
                    n.split()[-1].lower() in NEWSPAPER_NAME_WORDS for n in c.names() if n.split())
                    and m.sent - (c.latest(m.start) or c.mentions[0]).sent <= GENERIC_WINDOW]
        else:
            pool = [c for c in self._by_label(NAME_TYPES | {"ORG"}) if m.head in c.heads]
            if not pool and (m.head in GENERIC_ORG_NOUNS or m.head in TRADE_ORG_NOUNS):
                # "the company", and the epithets of a trade: "the carmaker", "the lender"
                pool = [c for c in self._by_label(("ORG",))
                        if m.sent - (c.latest(m.start) or c.mentions[0]).sent <= GENERIC_WINDOW
                        and not _in_clause_of(c.latest(m.start), m)
                        and _trade_fits(m.head, c)]
                kind = [c for c in pool if c.heads & TRADE_NAME_HEADS.get(m.head, frozenset())]
                pool = kind or pool  # "the force": the police named, if the story names one
                generic = True
        pool = [c for c in pool if c.latest(m.start) is not None]
        if pool and generic:
            # "Apple on Tuesday unveiled its latest iPhone, which the company says ...": the
            # organisation the story is about (the salient subject, scored as for a pronoun), not
            # the last one named
            def salience(c: Cluster) -> tuple[float, int]:
                last = c.latest(m.start)
                assert last is not None  # the pool holds clusters mentioned before m
                return self._mention_score(last, m), -last.start

            return min(pool, key=salience)
        if pool:
            return self._most_recent(pool, m)
        if m.label == "ORG" and m.speaker:
            # "Beijing's Municipal Bureau of Culture said ... The state office said": a definite
            # description of an organisation no name has the head of points back to the
            # organisation that was the subject in this sentence or the one before; never a
            # country or city ("Israel launched strikes ..., the Israeli military said"): the
            # ministry or army of a place is a body of its own, shown by its description
            recent = [c for c in self._by_label(NAME_TYPES - PLACE_LABELS) if self._named_cluster(c) and any(
                x.subject and not x.in_quote and 0 <= m.sent - x.sent <= SUPPORT_WINDOW and x.start < m.start
                for x in c.mentions[-3:])]
            if recent:
                return self._most_recent(recent, m)
        if m.head in STYLE_HOLDERS:
            # "His Highness said" after "Sheikh Mohamed bin Zayed": the latest person titled so
            holders = STYLE_HOLDERS[m.head]
            titled = [c for c in self._by_label(("PERSON",)) if c.latest(m.start) is not None
                      and _compatible_gender(c.gender, m.gender) and any(
                          (t := x.title or title_word(x.text.split()[0])) in TITLES and (holders is None or t in holders)
                          for x in c.mentions if x.kind == "name" and x.start < m.start)]
            return self._most_recent(titled, m) if titled else self._new(m, "ANONYMOUS")
        if m.epithet and m.nationality:
            # "the Dutchman" after "Dutch driver Max Verstappen" and "Lewis Hamilton": the one the
            # story gave that nationality, however many are named between
            people = [c for c in self._by_label(("PERSON",)) if m.nationality in c.nationalities
                      and c.latest(m.start) is not None and _compatible_gender(c.gender, m.gender)]
            if people:
                return self._most_recent(people, m)
        if m.epithet:
            # "the 94-year-old" after "Eleanor Voss ... has died at the age of 94": the person of
            # that age, however many are named between
            aged = [c for c in self._by_label(("PERSON",))
                    if m.age is not None and any(x.age == m.age and x.start < m.start for x in c.mentions)]
            if aged:
                return self._most_recent(aged, m)
            # "the 21-year-old forward", "the 45-year-old": an epithet refers back like a pronoun
            c = self._salient(m, PronounInfo(m.gender, False, True))
            if c is not None:
                return c
        if m.label == "ANONYMOUS":
            # "the defendant" with no antecedent: a person of the story all the same, whom a
            # later "he" can refer to
            return self._new(m, "ANONYMOUS")
        if m.label == "GROUP" and m.subject:
            # "The researchers, led by ..., analysed ... They found ...": a group the story is
            # about, whom a later "they" refers to
            return self._new(m, "GROUP")
        if m.label == "ORG" and m.subject and m.head in COLLECTIVE_ORG_NOUNS:
            # "The team, led by Dr Priya Raman of the University of Arizona, analysed ... They
            # found ...": a body of people the story is about, as a group is, whom a later
            # "they" refers to (not the university named inside its own description)
            return self._new(m, "ORG")
        if m.label == "DOCUMENT" and m.speaker:
            # "The agency's report found ... It recommended ...": a document that speaks is a
            # source of the story, whom a later "it" (and "the report") refers to
            return self._new(m, "DOCUMENT")
        return None

    @staticmethod
    def _post(c: Cluster) -> bool:
        """Whether ``c`` is described by a post written as a title ("The Home Secretary", "the
        Chancellor"), one office that one person holds."""
        for x in c.mentions:
            det, _, rest = x.text.partition(" ")
            if x.kind == "description" and det.lower() == "the" and rest and not c.plural \
                    and all(w[:1].isupper() for w in rest.split(" ")) and not rest.isupper():
                return True
        return False

    @staticmethod
    def _named_cluster(c: Cluster) -> bool:
        return any(x.kind == "name" for x in c.mentions)

    # -- delayed identification -----------------------------------------------------------
    def delayed_identification(self) -> None:
        """A speaker described before the article names them ("Vancouver's police chief is
        speaking out ... Chief Const. Adam Palmer said"; "..., says president" over the lead
        naming President Andres Manuel Lopez Obrador): the description, and what was resolved
        to it, joins the first person named within DELAYED_WINDOW sentences after it with
        that role. The news convention of the delayed-identification lede."""
        for c in list(self.clusters):
            if c.label != "ANONYMOUS" or c.plural or not c.mentions:
                continue
            first = c.mentions[0]
            if first.kind != "description" or first.head is None or any(x.kind == "name" for x in c.mentions) \
                    or not any(x.speaker for x in c.mentions):
                continue
            if not first.definite and first.head in NEVER_NAMED_NOUNS:
                continue  # "An Israeli official said ... Hamas official Osama Hamdan": an unnamed source stays unnamed
            if first.text.split(" ", 1)[0].lower() in PARTITIVE_DETERMINERS:
                continue  # "with one former minister warning ...": one of a group, not the minister named later
            later = [p for p in self._by_label(("PERSON",)) if p.mentions and first.start < p.mentions[0].start
                     and p.mentions[0].sent - first.sent <= DELAYED_WINDOW and same_role(first.head, p.roles)
                     and _compatible_gender(p.gender, c.gender)]
            if not later and self._post(c):
                # "The Home Secretary has refused to resign ... Yvette Cooper said": a capitalised
                # post, and the first person the story names after it, with no role of their own
                nxt = min((p for p in self._by_label(("PERSON",)) if p.mentions and first.start < p.mentions[0].start
                           and p.mentions[0].sent - first.sent <= DELAYED_WINDOW),
                          key=lambda p: p.mentions[0].start, default=None)
                if nxt is not None and not nxt.roles and nxt.mentions[0].subject \
                        and _compatible_gender(nxt.gender, c.gender):
                    later = [nxt]
            if later:
                self._merge(c, min(later, key=lambda p: p.mentions[0].start))

        for c in list(self.clusters):
            # "Germany's Scholz defends budget" ... "Chancellor Olaf Scholz": a surname the NER
            # took for a place or a body before the person was named in full, a subject or a
            # speaker as places and bodies seldom are, is that person (after him, "Scholz told
            # lawmakers" joins the person as it is)
            if c.label not in NAME_TYPES or not c.mentions or not all(x.kind == "name" for x in c.mentions) \
                    or not any(x.speaker or x.subject for x in c.mentions):
                continue
            words = {strip_possessive(x.text) for x in c.mentions}
            if len(words) != 1 or " " in (word := next(iter(words))) or is_acronym(word):
                continue
            persons = [p for p in self._by_label(("PERSON",)) if p.first and p.last and same_name(p.last, word)
                       and p.mentions and p.mentions[0].start > c.mentions[0].start
                       and sum(ch.isupper() for ch in p.first) <= 2]  # (not "FlagShareLikeReplySara Bondioli")
            if len(persons) == 1:
                self._merge(c, persons[0])

        for c in list(self.clusters):  # "A NHS trust has admitted ..." ... "Isle of Wight NHS Trust"
            if c.label != "ORG" or not c.mentions or self._named_cluster(c):
                continue
            first = c.mentions[0]
            if first.kind != "description" or first.definite or _inflected_plural(first) \
                    or not any(x.speaker for x in c.mentions):
                continue
            named = [o for o in self._by_label(("ORG",)) if o is not c and o.mentions and self._named_cluster(o)
                     and first.head in o.heads and 0 < o.mentions[0].sent - first.sent <= DELAYED_WINDOW]
            if not named and first.head in GENERIC_ORG_NOUNS:
                # "A ratepayer watchdog group in Auckland admits ... The Auckland Ratepayers'
                # Alliance claimed ...": a group described by what it does, named as the subject
                # of the next sentence
                named = [o for o in self._by_label(("ORG",)) if o is not c and self._named_cluster(o)
                         and o.mentions[0].subject and o.mentions[0].sent - first.sent == 1]
            if not named and first.head in GENERIC_ORG_NOUNS:
                # "Nurses' group says ..." under "... says INMO", the Irish Nurses and Midwives
                # Organisation named below: a group described by a word of its name, when the
                # article names one such body
                named = self._described_by_name(c, first)
            if named:
                self._merge(c, min(named, key=lambda o: o.mentions[0].start))

    def _described_by_name(self, c: Cluster, d: Mention) -> list[Cluster]:
        """The one named organisation, within DELAYED_WINDOW sentences, with a word of its name
        among the words before the head of ``d`` ("Nurses' group": the Irish Nurses and Midwives
        Organisation; "A ratepayer watchdog group": the Auckland Ratepayers' Alliance), never by a
        place's or a people's name ("An Auckland group" is not Auckland Council) or a word any
        body may have ("a national group")."""
        words = d.text.split()
        head_at = next((i for i, w in enumerate(words) if w.lower() == d.head), len(words))
        places = {word_key(n) for p in self._by_label(tuple(PLACE_LABELS)) for n in p.names()}
        keys = {k for w in words[:head_at] if (k := word_key(w)) and k not in places
                and k not in DEFINITE_DETERMINERS | INDEFINITE_DETERMINERS | GENERIC_NAME_WORDS | ALL_ORG_NOUNS}
        if not keys:
            return []
        named = [o for o in self._by_label(("ORG",)) if o is not c and self._named_cluster(o)
                 and abs(o.mentions[0].sent - d.sent) <= DELAYED_WINDOW
                 and any(keys & {word_key(w) for w in n.split()} for n in o.names())]
        return named if len(named) == 1 else []

    def _merge(self, c: Cluster, into: Cluster) -> None:
        for m in c.mentions:
            self.of[m.key] = into
        into.mentions = sorted([*c.mentions, *into.mentions], key=lambda m: m.start)
        into.roles |= c.roles
        into.portfolios |= c.portfolios
        c.mentions = []

    # -- pronouns -------------------------------------------------------------------------
    def _pronoun(self, m: Mention) -> Cluster | None:
        return self._salient(m, PRONOUNS[m.text.lower()])

    def _salient(self, m: Mention, info: PronounInfo) -> Cluster | None:
        """The most salient cluster ``m`` can refer to, read as a pronoun described by ``info``."""
        scored: list[tuple[float, int, int, Cluster]] = []
        for c in self.clusters:
            if c.mentions[-1].sent < m.sent - PRONOUN_WINDOW and c is not self.prev_speaker and len(scored) > 1:
                continue  # too far back to win (a sole candidate is still found)
            if not self._pronoun_fits(c, info):
                continue
            if m.clause_subject >= 0 and _covers(c, m.clause_subject):
                continue  # "Patel wrote back to him": not Patel
            if (x := c.latest(m.start)) is not None and m.tok_start <= x.controller < m.tok_end:
                continue  # "Speaking to Dawn, he said": not the one spoken to
            if m.reported_name is not None and any(
                    x.kind == "name" and m.reported_name in x.text.split() for x in c.mentions):
                continue  # "the Chelsea head coach said Lemos would need time": not Lemos
            last = self._latest_for_pronoun(c, m, info)
            if last is None:
                continue
            back = m.sent - last.sent
            # The best of c's recent mentions: a subject two sentences back can beat a
            # possessive "his" in the last one.
            score = min(self._mention_score(x, m) for x in self._recent(c, m, last))
            if c is self.prev_speaker:
                score -= SPEAKER_BONUS
            if info.gender and c.gender is None:
                score += UNKNOWN_GENDER_PENALTY
            scored.append((score, -last.start, back, c))
        if not scored:
            return None
        scored.sort(key=lambda s: (s[0], s[1]))
        score, _, back, best = scored[0]
        if back > PRONOUN_WINDOW and len(scored) > 1 and best is not self.prev_speaker:
            return None
        self.margins[m.key] = scored[1][0] - score if len(scored) > 1 else float("inf")
        if info.gender and best.gender is None and not m.in_report:
            best.gender = info.gender  # (not "Chris Philp said her position was untenable": the minister's)
        return best

    @staticmethod
    def _mention_score(x: Mention, m: Mention) -> float:
        if x.asked and m.speaker and m.sent - x.sent <= ASKED_WINDOW:
            return (m.sent - x.sent) - ASKED_BONUS  # '... asked Sanders whether ... ⏎ "Sure it is," he said'
        return (m.sent - x.sent) + (0.0 if x.subject or x.speaker else NON_SUBJECT_PENALTY)

    @staticmethod
    def _recent(c: Cluster, m: Mention, last: Mention) -> list[Mention]:
        """c's mentions before m within NON_SUBJECT_PENALTY sentences of its latest one (read
        back from m: the mentions are in text order, so the look stays short)."""
        out = [last]
        for j in range(bisect.bisect_left(c.mentions, m.start, key=lambda x: x.start) - 1, -1, -1):
            x = c.mentions[j]
            if last.sent - x.sent > NON_SUBJECT_PENALTY:
                break
            if x.speaker or not x.in_quote:
                out.append(x)
        return out

    def _latest_for_pronoun(self, c: Cluster, m: Mention, info: PronounInfo) -> Mention | None:
        """c's latest mention before m, counting a shared surname only c fits ("Cruz" + "he")."""
        last = c.latest(m.start)
        for a, candidates in reversed(self.ambiguous):  # in text order: the latest that fits wins
            if a.start >= m.start:
                continue
            if last is not None and a.start <= last.start:
                break
            if c in candidates and not a.in_quote and [x for x in candidates if self._pronoun_fits(x, info)] == [c]:
                return a
        return last

    @staticmethod
    def _pronoun_fits(c: Cluster, info: PronounInfo) -> bool:
        if info.person:
            return c.label in ("PERSON", "ANONYMOUS") and not c.plural and _compatible_gender(c.gender, info.gender)
        if info.plural:
            return c.plural or c.label in ("GROUP", "NORP", "ORG")
        return c.label in ("ORG", "GPE", "DOCUMENT", "FAC") and not c.plural


#: Pronouns clustered when they are not a quote's speaker: the personal ones (for gender and
#: an entity's mentions); "it" and "they" only as speakers.
_PERSON_PRONOUNS = frozenset(w for w, info in PRONOUNS.items() if info.person)


@dataclass(frozen=True)
class Clustering:
    """The entities of one article: clusters in order of first mention, each with its
    canonical name (computed once), and the cluster of every clustered mention."""

    clusters: tuple[Cluster, ...]
    names: tuple[str, ...]
    cluster_of: dict[int, int]  # mention key -> index into clusters
    margins: dict[int, float] = field(default_factory=dict)  # pronoun key -> salience margin


    #: start of a possessive "his"/"her" -> the cluster it refers to ("His lawyer said")
    possessors: dict[int, int] = field(default_factory=dict)

    def possessed(self, text: str, start: int) -> str:
        """A description that opens with "his" or "her", its possessor named: "his tour publicist"
        -> "Justin Bieber's tour publicist", when the pronoun at ``start`` refers to a person the
        article names; a reader of one quote has no antecedent for "his". ``text`` otherwise."""
        det, _, rest = text.partition(" ")
        at = self.possessors.get(start) if det.lower() in POSSESSIVE_PERSON and rest else None
        if at is None:
            return text
        owner = self.clusters[at]
        name = self.names[at]
        if owner.label != "PERSON" or not any(x.kind == "name" for x in owner.mentions) \
                or any(w.lower() in ALL_ORG_NOUNS for w in name.split()):
            return text  # (not "Justice Department's aides": a body the NER took for a person)
        return f"{name}'s {rest}"


def cluster_mentions(mentions: Iterable[Mention], alias_of: dict[int, int] | None = None) -> Clustering:
    """Cluster an article's mentions, given in text order (see the module docstring)."""
    clusterer = Clusterer(alias_of)
    possessives: list[Mention] = []
    for m in mentions:
        if m.kind == "pronoun" and not m.speaker and m.text.lower() not in _PERSON_PRONOUNS:
            continue
        if m.kind == "pronoun" and m.text.lower() in POSSESSIVE_PERSON:
            possessives.append(m)
        clusterer.add(m)
    clusterer.delayed_identification()
    clusters = sorted((c for c in clusterer.clusters if c.mentions), key=lambda c: c.mentions[0].start)
    position = {id(c): i for i, c in enumerate(clusters)}
    of = {m.start: clusterer.of[m.key] for m in possessives if m.key in clusterer.of}
    clustering = Clustering(
        clusters=tuple(clusters),
        names=tuple(c.canonical() for c in clusters),
        cluster_of={key: position[id(c)] for key, c in clusterer.of.items() if id(c) in position},
        margins=clusterer.margins,
        possessors={start: position[id(c)] for start, c in of.items() if id(c) in position},
    )
    # "his lawyer ... the lawyer said": a cluster named by a possessed description shows its possessor
    names = tuple(clustering.possessed(name, c.mentions[0].start) for c, name in zip(clusters, clustering.names))
    return replace(clustering, names=names)
