"""What stands around a name and is not part of it: roles, modifiers, party and state tags,
legal suffixes (the generational ones are in ``names``); and the short forms of given names.

Used to take a person's name out of how an article writes it ("Former Pennsylvania Gov. Ed
Rendell", "Conservative Leader Andrew Scheer", "Sen. John McCain, R-Ariz.") and an
organisation's out of its legal form ("Huawei Technologies Co., Ltd."). Written by hand from
news copy (AP and Reuters style for party/state tags and titles) on top of ``names.TITLES`` and
the person nouns of ``nouns``; the short forms of given names are the common English ones.
"""

from __future__ import annotations

import re

from .names import TITLES
from .nouns import PERSON_NOUNS, SOURCE_NOUNS

#: Role words a name can follow that are neither titles nor person nouns ("Huawei CFO Meng").
EXTRA_ROLES = frozenset(
    """
    cfo coo cto cio whip pundit premier-elect
    """.split()
)

#: Every word that names a role or title: a person's name is what follows the last of them.
ROLE_WORDS: frozenset[str] = frozenset(TITLES) | PERSON_NOUNS | SOURCE_NOUNS | EXTRA_ROLES

#: Words before a name that are not part of it and are no role either ("Democrat Hillary Clinton").
NAME_MODIFIERS = frozenset(
    """
    former then late outgoing incoming retired ex disgraced embattled
    democrat democratic republican gop conservative liberal labour labor tory libertarian
    independent progressive green socialist billionaire mogul fellow presumptive team top senior
    """.split()
)


#: A party and state tag after a name: "R-Ariz.", "D-Calif", "(I-Vt.)".
PARTY_TAG = re.compile(r"^\(?[RDI]-[A-Z][A-Za-z.]*\)?$")

#: Legal and generic suffixes of organisation names: "Huawei Technologies" is "Huawei".
LEGAL_SUFFIXES = frozenset(
    """
    inc incorporated ltd limited llc llp lp plc corp corporation co company cos companies
    technologies technology holdings holding group sa ag nv bv gmbh spa srl pty
    """.split()
)

#: Names of organisations that articles use without ever spelling them out, folded -> the
#: organisation's own name, folded ("the GOP said" is the Republican Party).
ORG_SHORT_NAMES: dict[str, str] = {
    "gop": "republican party", "grand old party": "republican party",
}

#: Short forms of given names -> the formal name they are short for ("Joe Biden" = "Joseph Biden").
#: Only forms that shorten one name: "Alex", "Chris", "Pat", "Sam" (several names) are not listed.
NICKNAMES: dict[str, str] = {
    short: formal
    for formal, shorts in (
        ("joseph", "joe joey"), ("william", "bill billy will willy"), ("robert", "bob bobby rob robbie"),
        ("michael", "mike mikey"), ("james", "jim jimmy"), ("thomas", "tom tommy"),
        ("richard", "dick rick ricky rich"), ("edward", "ed eddie ted teddy ned"),
        ("benjamin", "ben benny"), ("daniel", "dan danny"), ("david", "dave davey"),
        ("steven", "steve"), ("anthony", "tony"), ("ronald", "ron ronnie"), ("donald", "don donnie"),
        ("bernard", "bernie"), ("charles", "chuck charlie"), ("lawrence", "larry"), ("gerald", "jerry"),
        ("kenneth", "ken kenny"), ("timothy", "tim timmy"), ("nicholas", "nick nicky"),
        ("patrick", "paddy"), ("matthew", "matt"), ("gregory", "greg"), ("jeffrey", "jeff"),
        ("frederick", "fred freddie"), ("douglas", "doug"),
        ("andrew", "andy"), ("peter", "pete"), ("zachary", "zach"), ("mitchell", "mitch"),
        ("elizabeth", "liz betsy betty libby"), ("katherine", "kate kathy katie"),
        ("margaret", "maggie peggy meg"), ("deborah", "debbie deb"), ("susan", "sue susie"),
        ("patricia", "patty tricia"), ("jennifer", "jenny jen"), ("rebecca", "becky"),
        ("cynthia", "cindy"), ("victoria", "vicky"), ("abigail", "abby"),
    )
    for short in shorts.split()
}


def formal_first(word: str) -> str:
    """The formal form of a folded given name ("joe" -> "joseph"; "hillary" -> "hillary")."""
    return NICKNAMES.get(word, word)
