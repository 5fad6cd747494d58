"""Speaker names without the entities stage (the fast path): (Doc, list[Quote]) -> list[Quote].

Without NER there are no entities to resolve a speaker to, but two things can still be read
from the parse and the text, and nothing is guessed:

* the name inside a speaker mention: "Republican nominee Gov. Mike Pence" names
  "Mike Pence", "The New York Post" names "New York Post" (the run of proper nouns around
  the mention's head, without titles); a mention headed by a common noun ("the Indiana
  governor") is a description and stays as written;
* a definite description's person: "the mayor" is "Kennedy Stewart" when the article writes
  one name after that role or a title for the same post ("Mayor Kennedy Stewart"; "the
  minister" for "Finance Secretary Derek MacKay"), and stays as written with two or none;
* a surname's full name: "Caddell" is "Pat Caddell" when the article writes "Pat Caddell"
  and no other given name with that surname (given names from ``first_names``). Two
  ("Hillary Clinton", "Bill Clinton") leave "Clinton" as written; a titled surname ("Ms
  Oldham", "Sgt Cronin") takes the one full name too, unless the title's sex and the given
  name's differ ("Mr. Clinton" is never "Hillary Clinton").

A pronoun names nobody (``speaker.name`` is None). ``speaker.entity`` stays None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from ..language.names import (
    NAME_PARTICLES,
    ROLE_OF_TITLE,
    TITLES,
    first_name_gender,
    is_first_name,
    name_key,
    strip_possessive,
    strip_post_nominals,
    title_word,
)
from ..language.nouns import PERSON_NOUNS, ROLE_SYNONYMS
from ..language.pronouns import FIRST_PERSON, PRONOUNS
from ..quotes.speakers import joint_speakers
from ..types import Gender, Quote, Speaker

#: a word of a name after the first names: "Pat", "O'Neill", "Jean-Luc", or initials "J.J."
_NAME_WORD = r"(?:[A-Z]\.)+|[A-Z][\w'’-]*\b(?!\.)"


#: Speaker.gender of a lexicon gender ("m" | "f")
GENDER: dict[str, Gender] = {"f": "female", "m": "male"}


def unnamed(sp: Speaker, pronoun: str) -> Speaker:
    """A pronoun speaker left unresolved: no name, a person when the pronoun says so, and
    the gender the pronoun says ("she": female)."""
    info = PRONOUNS.get(pronoun.lower())
    return replace(sp, name=None, entity=None, type="person" if info and info.person else "unknown",
                   gender=GENDER.get(info.gender or "", "unknown") if info else "unknown")


def joint_speaker(doc: Doc, sp: Speaker, named: list[Speaker]) -> Speaker:
    """A joint source ("Microsoft and Google said") named from its sources, each named on its
    own: their names joined as written ("Democratic Party and People's Party"; "A, B and C",
    the comma before "and" kept where the article writes it), a group and no one entity, as
    sure as its least sure name. A source left without a name (an unresolved "he") leaves no
    joint name: the speaker is then the first source's, as without the joint."""
    if any(n.name is None for n in named):
        return replace(named[0], mention=sp.mention, start=sp.start, end=sp.end)
    name = ""
    for i, n in enumerate(named):
        if i == len(named) - 1:
            gap = doc.text[named[i - 1].end or 0:n.start or 0]
            name += ", and " if len(named) > 2 and gap.lstrip().startswith(",") else " and "
        elif i:
            name += ", "
        part = strip_possessive(n.name or "")
        if n.mention and any(part.startswith(f"{o.name}'s ") for o in named if o is not n):
            part = n.mention  # "Ted Cruz and his aides": the possessor is named beside it
        name += part
    confidence = min(n.confidence if n.confidence is not None else 0.0 for n in named)
    return replace(sp, name=name, entity=None, type="group", gender="unknown", confidence=confidence)


def written_gender(mention: str, name: str) -> Gender:
    """Speaker.gender from the mention and name as written: a gendered title ("Mrs.",
    "spokeswoman"), else a given name of one sex ("Sarah Connor"); "unknown" otherwise."""
    for word in mention.split():
        if TITLES.get(title_word(word)):
            return GENDER[TITLES[title_word(word)] or ""]
    return GENDER.get(first_name_gender(name.split()[0]) or "", "unknown") if name.split() else "unknown"


def _in_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.tag_ != "POS" and title_word(tok.text) not in TITLES


def _name_in(doc: Doc, sp: Speaker) -> tuple[str, bool] | None:
    """The name inside a speaker mention, and whether a title stands before a lone surname.

    The mention's head and the proper nouns the parse joins to it as parts of one name
    (``compound``, ``flat``; hyphenated parts too), titles left out: "Secretary of State
    Hillary Clinton" names "Hillary Clinton". None when the head is not a proper noun.
    """
    assert sp.start is not None and sp.end is not None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span) or not _in_name(span.root):
        return None
    if all((t.text[:1].isupper() and t.lower_ not in STOP_WORDS and title_word(t.text) not in TITLES
            and t.tag_ != "POS") or _particle(t, span.start, span.end) for t in span):
        return strip_post_nominals(strip_possessive(span.text)), False  # a bare name ("Cecile Richards"): as written
    lo = hi = span.root.i

    def part(t: Token) -> bool:
        return _in_name(t) and t.dep_ in ("compound", "flat") and lo <= t.head.i <= hi

    while lo > span.start:
        if part(doc[lo - 1]):
            lo -= 1
        elif lo - 1 > span.start and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_ \
                and not doc[lo - 1].whitespace_ and _in_name(doc[lo - 2]):
            lo -= 2  # "Holtz-Eakin"
        elif lo - 1 > span.start and _particle(doc[lo - 1], span.start, span.end) and _in_name(doc[lo - 2]):
            lo -= 2  # "Alexandre de Moraes"
        else:
            break
    while hi + 1 < span.end:
        if _in_name(doc[hi + 1]) and lo <= doc[hi + 1].head.i <= hi + 1:
            hi += 1
        elif hi + 2 < span.end and _particle(doc[hi + 1], span.start, span.end) and _in_name(doc[hi + 2]):
            hi += 2  # "Lula da Silva"
        else:
            break
    titled = lo == hi and lo > span.start and title_word(doc[lo - 1].text) in TITLES
    if titled:  # "Mrs. Clinton" stays apart from "Mr. Clinton"
        lo -= 1
    elif lo == hi and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < span.end for c in doc[hi].rights):
        hi = span.end - 1  # "the Association of Flight Attendants"
    return strip_post_nominals(strip_possessive(doc[lo:hi + 1].text)), titled


def _particle(tok: Token, start: int, end: int) -> bool:
    """A lower-case particle inside a name, between two capitalised words of ``start:end``
    ("de" in "Alexandre de Moraes")."""
    doc = tok.doc
    return (tok.text in NAME_PARTICLES and start < tok.i < end - 1 and doc[tok.i - 1].text[:1].isupper()
            and doc[tok.i + 1].text[:1].isupper())


def _same_sex(title: str, given: str) -> bool:
    """Whether a title ("Mrs.") and a given name ("Hillary") can name one person: a title or a
    name of unknown sex fits either."""
    a, b = TITLES.get(title_word(title)), first_name_gender(given)
    return a is None or b is None or a == b


def _given_names(words: list[str], titled: bool = False) -> list[str]:
    """The given names that open a name written before a surname, or [] when it has none:
    what comes before the last title goes ("Charlotte Mayor Jennifer"), and function words
    and abbreviations before them ("U.S. President Barack"); an unknown word does not
    ("Norbert Leo": a name we cannot tell apart), unless a title or a role stands just before
    it (``titled``, or a title among ``words``): "Mayor Kennedy Stewart", "spokeswoman Jo Holmes"."""
    titles = [i for i, w in enumerate(words) if title_word(w) in TITLES]
    if titles:
        words = words[titles[-1] + 1:]
        titled = True
    while words and not is_first_name(words[0]) and (words[0].lower() in STOP_WORDS or "." in words[0]):
        words = words[1:]
        titled = False
    if words and is_first_name(words[0]) and (words[0].count(".") < 2 or len(words) == 1):
        return words
    if titled and words and all(w.isalpha() and w.lower() not in STOP_WORDS for w in words):
        return words
    return []


def _role_before(text: str, at: int) -> bool:
    """Whether the word written just before ``text[at:]`` is a title or a role noun
    ("spokeswoman | Jo Holmes", "Mayor | Kennedy Stewart")."""
    words = text[max(0, at - 40):at].split()
    return bool(words) and (title_word(words[-1]) in TITLES or words[-1].lower() in PERSON_NOUNS)


#: particles and the capitalised words after them that end a name: "Lula | da Silva"
_NAME_END = rf"(?:[ \u00a0]+(?:{'|'.join(sorted(NAME_PARTICLES))})[ \u00a0]+[A-Z][\w'’-]*)*"


def _full_name(text: str, surname: str) -> str | None:
    """The one full name (given names + ``surname``) that ``text`` writes, or None."""
    found: dict[str, str] = {}
    before: set[str] = set()  # the word before the surname, known given name or not
    for variant in {surname, surname.title()}:
        written_as = re.sub(r"\\?['’]", "['’]", re.escape(variant))  # "O'Kelly" is "O’Kelly"
        pattern = rf"((?:(?:{_NAME_WORD})[ \u00a0]+){{1,3}}){written_as}\b({_NAME_END})"
        for m in re.finditer(pattern, text):
            written = m.group(1).split()
            if title_word(written[-1]) not in TITLES and written[-1].lower() not in STOP_WORDS:
                before.add(name_key(written[-1]))  # "Jeh Johnson" makes "Gary Johnson" one of two
            words = _given_names(written, _role_before(text, m.start()))
            if words:
                name = " ".join([*words, surname.title() if surname.isupper() else surname]) + m.group(2)
                found.setdefault(name_key(name), name)
    return next(iter(found.values())) if len(found) == 1 and len(before) == 1 else None


#: How the fast path named a speaker -> ``speaker.confidence``: the share of such names
#: measured right on news-dev (``--kinds direct,mixed --no-entities``, matched quotes),
#: Laplace-smoothed and rounded down to 0.05 as for the entities stage, and at most 0.85:
#: without the entities stage nothing checks a name against the rest of the article
#: (docs/entities.md#speaker-confidence).
WRITTEN_CONFIDENCE: dict[str, float] = {
    "description named": 0.85,  # "the mayor", and the one "Mayor Kennedy Stewart" the article writes: 7 of 7
    "full name": 0.85,  # a name of two words or more in the mention ("Mayor Ana Ruiz"): 21 of 21
    "surname": 0.85,  # a surname (titled or not) the article writes once with its given names: 38 of 39
    "description": 0.4,  # a mention headed by a common noun, as written ("the Indiana governor"): 7 of 18
    "surname only": 0.4,  # "Mrs. Clinton", or a surname the article never writes in full: 3 of 7
    "none": 0.05,  # a pronoun, "I", no speaker: no name: 0 of 36
}


def named_as_written(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The quotes with speakers named from their mentions and the article text alone."""
    out = []
    found_names: dict[str, str | None] = {}  # one search of the text per surname, word or role
    text: str | None = None

    def looked_up(key: str, find: Callable[[str, str], str | None], what: str) -> str | None:
        nonlocal text
        if key not in found_names:
            text = text if text is not None else doc.text  # Doc.text joins every token
            found_names[key] = find(text, what)
        return found_names[key]

    def named(sp: Speaker) -> Speaker:
        word = (sp.mention or "").lower()
        route = "none" if sp.name is None else "description"
        if word in PRONOUNS or word in FIRST_PERSON:
            sp = unnamed(sp, word)
            route = "none"
        elif sp.start is not None and sp.end is not None:
            found = _name_in(doc, sp)
            if found is not None:
                name, titled = found
                route = "surname only" if titled else "full name"
                surname = name.split()[-1] if titled and len(name.split()) == 2 else name
                if " " not in surname or not is_first_name(surname.split()[0]):
                    # a surname, or a name of two words or more whose first is no given name we
                    # know: "Lopez Obrador" is "Andres Manuel Lopez Obrador" where the article says so
                    full = looked_up(surname, _full_name, surname)
                    if full and titled and not _same_sex(name.split()[0], full.split()[0]):
                        full = None  # "Mr. Clinton" is not "Hillary Clinton"
                    if full:
                        route, name = "surname", full
                    elif " " not in surname:
                        route = "surname only"
                sp = replace(sp, name=name, gender=written_gender(sp.mention or "", name))
            elif (word_alone := _capitalised_word(doc, sp)) is not None:
                # a surname the tagger reads as another word ("More says" after "Ron More")
                full = looked_up(f"word:{word_alone}", _full_name, word_alone)
                if full:
                    route = "surname"
                    sp = replace(sp, name=full, gender=written_gender(sp.mention or "", full))
            else:
                role = _described_role(doc, sp)
                if role is not None:
                    full = looked_up(f"role:{role}", _role_name, role)
                    if full:
                        route = "description named"
                        sp = replace(sp, name=full, gender=written_gender(sp.mention or "", full))
        if sp.name:
            sp = replace(sp, name=strip_post_nominals(sp.name))  # "Jane Roe MP" as written is "Jane Roe"
        return replace(sp, confidence=WRITTEN_CONFIDENCE[route])

    for q in quotes:
        parts = joint_speakers(doc, q.speaker)  # "Microsoft and Google said": each named, then joined
        sp = joint_speaker(doc, q.speaker, [named(p) for p in parts]) if parts else named(q.speaker)
        out.append(replace(q, speaker=sp))
    return out


def _capitalised_word(doc: Doc, sp: Speaker) -> str | None:
    """A speaker mention that is one capitalised word the tagger did not read as a name, not
    the first of its sentence ("More" in '"...," More says'), or None."""
    assert sp.start is not None and sp.end is not None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper or tok.pos_ == "PROPN" or tok.is_sent_start:
        return None
    return tok.text


def _described_role(doc: Doc, sp: Speaker) -> str | None:
    """The role a definite description of a person names ("the councillor", "The CJI", "the
    Poppies boss"): its head, a person noun or a title; None for anything else."""
    assert sp.start is not None and sp.end is not None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "the" or span.root.tag_ in ("NNS", "NNPS"):
        return None
    head = span.root
    word = head.lemma_.lower() if head.pos_ == "NOUN" else title_word(head.text)
    return word if word in PERSON_NOUNS or word in TITLES else None


def _role_name(text: str, role: str) -> str | None:
    """The one person ``text`` names right after ``role`` or a title for the same post
    ("Mayor Kennedy Stewart" for "the mayor", "Finance Secretary Derek MacKay" for "the
    minister", "Poppies boss Lee Glover" for "the Poppies boss"), or None (none, or two)."""
    words = sorted({role} | {w for group in ROLE_SYNONYMS if role in group for w in group} |
                   {t for t, r in ROLE_OF_TITLE.items() if r == role})
    pattern = rf"\b(?i:{'|'.join(map(re.escape, words))})\.?[ \u00a0]+((?:(?:{_NAME_WORD})[ \u00a0]+){{0,3}}[A-Z][\w'’-]*\b)"
    found: dict[str, str] = {}
    for m in re.finditer(pattern, text):
        name = strip_possessive(m.group(1)).split()
        if name and title_word(name[0]) in TITLES:
            continue  # "Mayor Kennedy" is not a name after "Deputy"
        if len(name) == 1 and not is_first_name(name[0]):
            continue  # "the singer Jessi" names her; "the councillor Thursday" names nobody
        if any(w.lower() in STOP_WORDS for w in name):
            continue
        found.setdefault(name_key(" ".join(name)), " ".join(name))
    return next(iter(found.values())) if len(found) == 1 else None
