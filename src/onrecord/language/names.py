"""Names: titles and honorifics, name suffixes, the one name-folding function, name keys.

``fold`` is the one folding of a name every stage uses (case, diacritics, apostrophes,
hyphens and dots); ``name_key`` folds spelling variants of one name to one string on top of it
(al-/el- prefixes, transliteration pairs); ``same_name`` compares two names by that key and, for
long names, by their consonant skeleton as well.

Where the words came from: titles and honorifics written by hand from newsroom style guides
(AP, Reuters, BBC, The Guardian: "Sen.", "Gov.", "Cllr", "Prof."), with the gender they imply;
first names in ``first_names``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from .first_names import EITHER, FEMALE, MALE

#: Titles that come before a person's name, with the gender they imply (None: either).
TITLES: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mister": "m", "madam": "f", "madame": "f", "mx": None,
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "pope": "m", "sheikh": None, "sheikha": "f", "ayatollah": "m",
    "congressman": "m", "congresswoman": "f", "councilman": "m", "councilwoman": "f",
    "chairman": None, "chairwoman": "f", "businessman": "m", "businesswoman": "f",
    "dr": None, "doctor": None, "prof": None, "professor": None, "rev": None, "reverend": None, "fr": "m",
    "sen": None, "senator": None, "rep": None, "representative": None, "gov": None,
    "governor": None, "gen": None, "general": None, "pres": None, "president": None,
    "vice": None, "secretary": None, "minister": None, "premier": None, "chancellor": None,
    "mayor": None, "judge": None, "justice": None, "ambassador": None, "commissioner": None,
    "director": None, "speaker": None, "leader": None, "chief": None, "sheriff": None,
    "detective": None, "officer": None, "coach": None, "col": None, "colonel": None, "maj": None,
    "lt": None, "lieutenant": None, "capt": None, "captain": None, "sgt": None, "commodore": None,
    "sergeant": None, "adm": None, "admiral": None, "cmdr": None, "attorney": None,
    "candidate": None, "nominee": None, "prosecutor": None, "spokesman": "m",
    "spokeswoman": "f", "spokesperson": None, "cardinal": "m", "bishop": None, "rabbi": None, "imam": "m",
    # local government, police and courts (BBC, Guardian, CP and AP style): "Cllr Patel",
    # "Councillor Snaith", "Chief Const. Adam Palmer", "Supt Reid", "Coroner Caroline Sumeray"
    "councillor": None, "cllr": None, "cr": None, "councilor": None, "alderman": "m", "alderwoman": "f",
    "assemblyman": "m", "assemblywoman": "f", "assemblymember": None, "delegate": None,
    "councilmember": None, "councilperson": None, "supervisor": None, "selectman": "m", "selectwoman": "f",
    "trustee": None, "legislator": None,
    "constable": None, "const": None, "supt": None, "superintendent": None, "inspector": None,
    "insp": None, "det": None, "cpl": None, "corporal": None, "pte": None,
    "magistrate": None, "coroner": None, "recorder": None, "sheriff-elect": None, "marshal": None,
    "deputy": None, "acting": None, "interim": None, "provost": None, "chair": None,
    "chairperson": None, "mp": None, "msp": None, "mla": None, "mep": None, "td": None,
    "senator-elect": None, "president-elect": None, "governor-elect": None, "mayor-elect": None,
    "prime": None, "first": None, "principal": None, "manager": None, "boss": None,
    "pastor": None, "archbishop": None, "patriarch": "m", "lama": "m", "rt": None, "hon": None,
    "cji": None, "sg": None, "ag": None, "dg": None, "cm": None, "pm": None,
    "dpm": None,  # the Singapore and Malaysia press's deputy prime minister: "DPM Gan Kim Yong"
    # district administration and police in the Indian press: "District Collector D.R. Meghashree",
    # "SHO Rakesh Menon" (station house officer), "DSP", "SSP", "DGP", "SDM", "Tehsildar"
    "collector": None, "tehsildar": None, "sho": None, "dsp": None, "ssp": None, "dgp": None, "sdm": None,
    # honorifics of other English-language presses (Nigeria, India, Malaysia, Pakistan, Kenya)
    "alhaji": "m", "alhaja": "f", "hajia": "f", "mallam": "m", "engr": None, "barr": None,
    "shri": "m", "sri": None, "smt": "f", "kumari": "f", "dato": None, "datuk": None, "datin": "f",
    "seri": None, "puan": "f", "paduka": None, "patinggi": None,
    "tun": None, "cde": None,
    # Nigerian and Ghanaian: a union leader's "Comrade", the Yoruba "Otunba" and Igbo "Mazi"
    # chieftaincy titles, the professional "Arc." (architect) and "Pharm." (pharmacist)
    "comrade": None, "otunba": None, "mazi": "m", "arc": None, "pharm": None, "hajiya": "f", "malam": "m",
    # Pakistan's and Bangladesh's "Haji" before the name of one who made the pilgrimage, as "Alhaji"
    "haji": "m", "hajji": "m",
    # offices of other English-language presses written before a name: Kenya's Cabinet
    # Secretary and Principal Secretary ("Treasury CS John Mbadi"), South Africa's provincial
    # MEC ("Health MEC Nomantu Nkomo-Ralehoko"), Australia's Treasurer, Ireland's Taoiseach and Tánaiste
    "cs": None, "mec": None, "treasurer": None, "taoiseach": None, "tánaiste": None, "tanaiste": None,
}

#: Styles of address a second reference uses for a ruler, a royal, a prelate or an envoy,
#: after "His"/"Her" ("His Highness said", "Her Majesty", "His Royal Highness", "His
#: Excellency"): Gulf, Malaysian and Thai state media and court circulars write them for the
#: person the story is about.
STYLES_OF_ADDRESS = frozenset({"highness", "majesty", "excellency", "holiness", "eminence"})
_ROYAL = frozenset({"sheikh", "sheikha", "king", "queen", "prince", "princess", "emir", "sultan", "tunku",
                    "tengku", "raja"})
#: The titles of the people each style refers back to ("Sheikh Mohamed" ... "His Highness");
#: "His Excellency" is any titled holder of office (None).
STYLE_HOLDERS: dict[str, frozenset[str] | None] = {
    "highness": _ROYAL, "majesty": _ROYAL, "holiness": frozenset({"pope", "lama", "patriarch"}),
    "eminence": frozenset({"cardinal"}), "excellency": None}
assert set(STYLE_HOLDERS) == STYLES_OF_ADDRESS

#: Honorifics that mark a person for certain (used to correct the NER label).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "sen", "rep", "gov", "gen",
                        "prof", "rev", "sir", "dame", "sheikh", "sheikha"})

#: Titles written abbreviated, with a full stop ("Sen.", "Capt."): a full stop after them ends no sentence.
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "rev", "prof", "pres", "cmdr",
     "adm", "maj", "const", "supt", "insp", "det", "cpl", "pte", "hon", "rt", "engr", "barr", "arc", "pharm"})
assert set(TITLES) >= TITLE_ABBREVIATIONS

#: Title abbreviations -> the role noun a definite description uses ("the senator").
ROLE_OF_TITLE: dict[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "pres": "president", "prof": "professor", "dr": "doctor", "rev": "reverend",
    "col": "colonel", "lt": "lieutenant", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
    "cllr": "councillor", "cr": "councillor", "councilor": "councillor", "const": "constable", "supt": "superintendent",
    "insp": "inspector", "det": "detective", "cji": "justice", "sg": "solicitor",
    "ag": "attorney", "dg": "director", "cm": "minister", "pm": "minister", "dpm": "minister", "cs": "secretary",
    "mp": "lawmaker",
    "msp": "lawmaker", "mla": "lawmaker", "mep": "lawmaker", "td": "lawmaker", "mpp": "lawmaker",
    "mna": "lawmaker", "congressman": "congressman", "congresswoman": "congresswoman",
}

#: The letters of an elected member's seat written as a noun ("the Labour MP", "the German MEP",
#: "the Fianna Fáil TD"): a second reference to a member the story named, however it described them.
SEAT_TITLES = frozenset({"mp", "mep", "mla", "msp", "td", "mpp", "mna"})

#: Lower-case words inside a name, between given names and a surname or in a compound surname
#: ("Alexandre de Moraes", "Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der",
                            "den", "ter", "ten", "bin", "ibn", "binti", "bint", "bte", "le", "la"})

#: The particles of a patronymic ("son of", "daughter of"), which join a given name to the
#: father's in Malay and Arabic names: "Siti Nurhaliza binti Ahmad", "Muhammad Faiz bin Abdullah",
#: "Mohammed bin Salman". The name runs over them whole; the father's name alone is no one else's.
PATRONYMICS = frozenset({"bin", "binti", "bint", "bte", "ibn"})
assert PATRONYMICS <= NAME_PARTICLES

#: Lower-case words that link the capitalised words of a name the NER missed, as the entities
#: stage reads a run of them ("Doctors Without Borders", "Bank of England", "Banco de México").
#: Of ``NAME_PARTICLES`` only "de" is taken, as the run rule was tuned; the other particles
#: ("van", "la", "bin" ...) do not join a run.
NAME_LINKS = frozenset({"of", "for", "without", "and", "the", "on"}) | (NAME_PARTICLES & {"de"})

#: Words after a surname that are not part of it ("Martin Luther King Jr.", "Jane Roe, PhD").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
#: Of those, the generational suffixes: part of who someone is and of the name a reader is shown
#: ("Donald Trump Jr." is not "Donald Trump"; "Robert F. Kennedy Jr.", "Martin Luther King III"),
#: though no part of the surname a later reference uses ("Kennedy said").
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})
assert GENERATIONAL <= NAME_SUFFIXES
#: Titles that are part of the name a reader is shown, not a courtesy before it: AP keeps
#: "Sheikh" in Gulf royal names ("Sheikh Tamim bin Hamad Al Thani", then "Sheikh Tamim"), and in
#: Bangladesh it is a family name ("Sheikh Hasina", a woman: "sheikh" implies no gender). A later
#: reference may drop it ("Hasina said").
NAME_TITLES = frozenset({"sheikh", "sheikha"})
#: The words of the phrase by which a source who withholds a full name gives the one the story
#: uses (AP, Reuters, BBC): "a deminer who gave only his first name, Vitalii,", "a woman who gave
#: her name only as Maria", "who identified himself only as Ahmed", "who asked to be identified
#: only by her first name, Leila". ``SELF_NAMING_MARKS`` say that a name follows.
SELF_NAMING_WORDS = frozenset("""
    who would only gave give gives giving provided provide his her their first given full last name names
    as by himself herself asked to be wished wanted identified identify identifies , """.split()) | {","}
SELF_NAMING_MARKS = frozenset({"name", "names", "identified", "identify", "identifies"})
assert NAME_TITLES <= HONORIFICS
#: Letters after a name for a rank, an office or an honour, never part of the name a reader is
#: shown ("Judge Andrew Menary KC", "Jane Roe MP", "Sir John Smith CBE"): counsel's ranks (KC,
#: QC, SC), seats (MP, MSP, MS, MLA, MEP, TD, MHK) and the British honours (OBE, MBE, CBE, KBE, DBE).
POST_NOMINALS = frozenset({"kc", "qc", "sc", "mp", "msp", "mla", "mep", "td", "mhk",
                           "obe", "mbe", "cbe", "kbe", "dbe"})
_APOSTROPHES = "'’‘`´ʼ"


def title_word(text: str) -> str:
    """'Mrs.' -> 'mrs': the lookup form of a title token."""
    return text.lower().rstrip(".")


def strip_possessive(text: str) -> str:
    """'Sarah Connor's' -> 'Sarah Connor'; "Jones'" -> 'Jones'."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)].rstrip()
    return text


def word_key(word: str) -> str:
    """A word as a description and a name are compared: lower case, no possessive, no plural
    ("Nurses'" and "Nurses" -> "nurse", "Ratepayers'" -> "ratepayer")."""
    w = strip_possessive(word).lower().strip("'’")
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def fold(text: str) -> str:
    """Lower case, no diacritics, no apostrophes, hyphens and dots as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(f"[{_APOSTROPHES}]", "", text)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


# Transliteration pairs, applied in order to a folded word.
_TRANSLIT = (
    ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("dj", "j"), ("dz", "d"),
    ("q", "k"), ("c", "k"), ("g", "k"), ("z", "d"), ("w", "u"), ("y", "i"),
    ("e", "i"), ("o", "u"),
)


def _translit_word(word: str) -> str:
    for a, b in _TRANSLIT:
        word = word.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters: Gaddafi = Gadafi


#: The legal form after a company's name, which later references drop ("Northwind Energy Inc."
#: ... "Northwind Energy"; "Siemens AG", "Barclays plc", "Ford Motor Co.").
CORPORATE_SUFFIXES = frozenset({"inc", "incorporated", "ltd", "limited", "llc", "plc", "corp", "co", "ag", "sa",
                                "nv", "gmbh", "bhd", "pty", "llp"})
#: The words of its trade that end a company's name and no person's ("Halvorsen Pharma",
#: "Brightline Retail", "Aldous Labs", "Tessaro Holdings"): a name ending in one, or in a legal
#: form, is an organisation whatever the NER says (written from business copy: Reuters, Bloomberg, FT).
COMPANY_NAME_ENDINGS = CORPORATE_SUFFIXES | frozenset("""
    pharma pharmaceutical pharmaceuticals therapeutics biotech biosciences labs laboratories retail
    holdings capital partners motors airlines airways semiconductor semiconductors technologies
    systems industries foods brands logistics networks securities ventures investments bancorp
    financial insurance telecom telecoms energy resources minerals mining petroleum shipping
    chemicals
    motor electronics health healthcare media entertainment enterprises automotive group""".split())
#: (The last line: the forms of Asian conglomerates and of health and media companies that business
#: copy shortens to the first word after the first reference: "Hyundai Motor ... Hyundai said",
#: "Samsung Electronics", "Adani Group ... Adani", "Northwell Health", "Nine Entertainment".)


@functools.lru_cache(maxsize=65536)
def name_key(text: str, *, drop_articles: bool = True) -> str:
    """A key under which spelling variants of one name coincide.

    'Muammar Gaddafi' / 'Moammar Qaddafi' / 'Muammar Kadhafi'; 'Hizbollah' / 'Hezbollah';
    'al-Qaeda' / 'Al Qaeda' / 'Qaeda'. A leading 'the' is ignored.
    """
    raw = strip_possessive(text.strip())
    if drop_articles:
        # al-/el- joined by a hyphen or written in lower case: an Arabic article.
        raw = re.sub(r"(?:(?<=\s)|^)(?:[aAeE]l|[aA][dnrstz])[-‐‑](?=\w)", "", raw)
        raw = re.sub(r"(?:(?<=\s)|^)(?:al|el) (?=\w)", "", raw)
    words = fold(raw).split()
    if words and words[0] == "the":
        words = words[1:]
    if drop_articles and len(words) > 1 and words[0] in ("al", "el"):
        words = words[1:]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]  # "Northwind Energy Inc." = "Northwind Energy"
    return " ".join(_translit_word(w) for w in words)


def skeleton(key: str) -> str:
    """Consonants of a name key: 'hidbulah' -> 'hdblh' (vowel spellings vary most)."""
    return re.sub(r"[aeiou ]", "", key)


@functools.lru_cache(maxsize=65536)
def same_name(a: str, b: str) -> bool:
    """Whether two names are spelling variants of each other (see ``name_key``)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    sa, sb = skeleton(ka), skeleton(kb)
    return len(sa) >= 4 and sa == sb and ka[0] == kb[0]


def _given_parts(word: str) -> list[str]:
    """The parts of a hyphenated given name ("Jean-François", "Marie-Claude") when every part is
    a given name we know; [] for any other word."""
    parts = fold(word).split() if "-" in word else []
    return parts if len(parts) >= 2 and all(p in MALE or p in FEMALE or p in EITHER for p in parts) else []


def hyphenated_given_name(word: str) -> bool:
    """'Jean-François', 'Marie-Claude' -> True; 'Nkomo-Ralehoko', 'Coca-Cola' -> False."""
    return bool(_given_parts(word))


def first_name_gender(word: str) -> str | None:
    """'Sarah' -> 'f', 'John' -> 'm', 'Jordan' -> None (not in the lexicon or both); a hyphenated
    given name takes the sex of its first part ("Marie-Claude" -> 'f'; "Jean-François" -> None,
    as "Jean" is either)."""
    w = fold(word)
    if parts := _given_parts(word):
        w = parts[0] if parts[0] not in EITHER else ""
    if w in MALE:
        return "m"
    if w in FEMALE:
        return "f"
    return None


def is_first_name(word: str) -> bool:
    """'Pat' -> True, 'J.' (an initial) -> True, 'Saturday' -> False: a given name we know, and
    a hyphenated pair of them, as French and Arabic names are written ("Jean-François")."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return True
    w = fold(word)
    return w in MALE or w in FEMALE or w in EITHER or bool(_given_parts(word))


class PersonName(NamedTuple):
    first: str | None  # the first given name, None for a single-word name
    last: str  # the surname (suffixes such as Jr. dropped)
    #: the name as a reader is shown it: the given names and surname, with a title that is part
    #: of the name before them ("Sheikh") and a generational suffix after them ("Jr.", "III")
    words: tuple[str, ...]
    suffix: str | None = None  # the generational suffix, folded ("jr", "iii")


def is_post_nominal(word: str) -> bool:
    """Whether a word is the letters of a rank or an honour after a name, in capitals ("KC", "M.P.")."""
    return word.isupper() and word.lower().strip(".,") in POST_NOMINALS


def strip_post_nominals(name: str) -> str:
    """'Andrew Menary KC' -> 'Andrew Menary' (``is_post_nominal`` words at the end)."""
    words = name.split()
    while len(words) > 1 and is_post_nominal(words[-1]):
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


def split_person(text: str) -> PersonName | None:
    """'Martin Luther King Jr.' -> first 'Martin', last 'King', words 'Martin Luther King Jr.';
    'Prime Minister Sheikh Hasina' -> last 'Hasina', words 'Sheikh Hasina'; "Brazil's Lula" -> last
    'Lula'; None for an empty name."""
    # 'Dwayne "The Rock" Johnson': the nickname in quotes is no part of the name shown or matched
    text = _QUOTED_NICKNAME.sub(" ", text)
    words = [w for w in strip_possessive(text).replace(",", " ").split() if w]
    owner = [i for i, w in enumerate(words[:-1]) if w[-2:] in ("'s", "’s")]
    if owner and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
        # headline style, "Brazil's Lula", "Sinn Féin's Mary Lou McDonald": whose the person is
        # (a country, a party, a club) is no part of the name the NER took it into (not
        # "Trump's potential VP", a description)
        words = words[owner[-1] + 1:]
    generational: list[str] = []
    while len(words) > 1 and title_word(words[-1]) in NAME_SUFFIXES:
        after = words.pop()
        if title_word(after) in GENERATIONAL:
            generational = [after]
    kept: list[str] = []
    while len(words) > 1 and title_word(words[0]) in TITLES:
        title = words.pop(0)
        kept = [title] if title_word(title) in NAME_TITLES and title[:1].isupper() else []
    # "Labour Leader Keir Starmer", "Finance Secretary Derek MacKay": what ends with a title goes
    titled = [i for i, w in enumerate(words[:-2]) if title_word(w) in TITLES and w[:1].isupper()]
    if titled:
        title = words[titled[-1]]
        kept = [title] if title_word(title) in NAME_TITLES else []
        words = words[titled[-1] + 1:]
    # "Minister of Health Zweli Mkhize", "Secretary of the Interior Deb Haaland": the office's object
    if len(words) >= 4 and words[0].lower() == "of":
        rest = words[2:] if words[1].lower() != "the" else words[3:]
        if len(rest) >= 2:
            words = rest
    if not words:
        return None
    shown = tuple(kept + words + generational)
    suffix = title_word(generational[0]) if generational else None
    if len(words) == 1:
        return PersonName(None, words[0], shown, suffix)
    return PersonName(words[0], words[-1], shown, suffix)


_POSSESSOR = re.compile(r"^(?P<owner>[A-Z][^'’]*?)(?P<mark>['’]s )(?P<rest>.+)$")


def untitled_possessor(description: str) -> str:
    """A description with its possessor's titles taken off, as a name is shown without them:
    "Israeli Prime Minister Benjamin Netanyahu's office" -> "Benjamin Netanyahu's office";
    the description as written when its possessor has no title or is no person's name."""
    m = _POSSESSOR.match(description)
    if m is None:
        return description
    owner = m.group("owner")
    if not all(w[:1].isupper() for w in owner.split()):
        return description
    person = split_person(owner)
    if person is None or person.first is None or len(person.words) >= len(owner.split()):
        return description
    return " ".join(person.words) + m.group("mark") + m.group("rest")


_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,6})$")


_MINOR_WORDS = frozenset({"the", "of", "and", "for", "&", "in", "on", "at", "de", "du"})


def initials(name: str) -> str:
    """'Human Rights Watch' -> 'hrw'; 'United States' -> 'us'."""
    words = [w for w in re.split(r"[\s-]+", strip_possessive(name)) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0].lower() for w in words if w.lower() not in _MINOR_WORDS and w[0].isalpha())


#: A nickname set in quotes inside a name: 'Marcia "Cia" Price', 'Dwayne "The Rock" Johnson',
#: 'John “Tig” Tiegen' (AP style): one to three capitalised words, no punctuation, a
#: capitalised word right before the opening mark and right after the closing one.
_NICKNAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")


_QUOTED_NICKNAME = re.compile(r" [\"“‘'][A-Z][^\"”’]{0,30}[\"”’'] ")


def nickname_between(before: str, inside: str, after: str) -> bool:
    """Whether quoted words ``inside`` are a nickname within a name: the text ``before`` the
    opening mark ends in a given name and a space, the text ``after`` the closing mark opens
    with a space and a capitalised word (a title-case headline's 'Felt “Invisible” As' is none)."""
    prev = before.split()[-1] if before.endswith(" ") and before.split() else ""
    nxt = after[1:].split(" ", 1)[0] if after.startswith(" ") else ""
    return (bool(_NICKNAME.fullmatch(inside)) and not inside.endswith(".") and prev[:1].isupper()
            and prev.isalpha() and nxt[:1].isupper()
            and nxt.rstrip(",.;:").removesuffix("'s").removesuffix("’s").isalpha()
            and (is_first_name(prev) or hyphenated_given_name(prev)))  # not 'She Felt “Invisible” As A


def is_acronym(text: str) -> bool:
    """'PKK', 'U.N.', 'HRW' -> True; 'Party', 'I' -> False."""
    return bool(_ACRONYM.match(text.strip()))


def acronym_key(text: str) -> str:
    """'U.N.' -> 'un': the form acronyms are compared in."""
    return re.sub(r"[^a-z0-9&]", "", text.lower())
