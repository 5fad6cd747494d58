"""Cue lexicons: the words that introduce speech and attitude in news.

Drawn from counting the cues annotated in PolNeAR's train split (said 44%, told, added,
says, wrote, called, according to, tweeted, asked, continued, noted, ...) and extended
with the unusual verbs news writers use. Lemmas, lower case.
"""

from __future__ import annotations

#: Verbs of saying and writing: enough on their own to make a quoted span speech.
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell add write call ask report note announce suggest argue tweet retweet post describe
    continue explain respond reply declare acknowledge claim warn insist urge state conclude
    recall praise accuse criticize criticise vow pledge promise deny reveal admit complain
    predict confirm joke quip shout chant yell scream cry proclaim boast brag concede allege
    estimate cite quote mention observe remark testify emphasize emphasise stress assert contend
    maintain lament scoff snap retort counter tout blast slam mock dismiss defend decry denounce
    condemn charge demand plead beg order advise caution signal indicate speculate wonder muse
    recount reiterate echo repeat summarize summarise clarify elaborate answer question inquire
    interrupt chime grumble mutter whisper sing recite read label dub term brand deride
    lambaste rail thunder rant gush sigh laugh exclaim announce admonish implore threaten
    agree disagree complain object protest tease taunt pronounce
    opine editorialize editorialise counsel assure reassure inform notify remind explain
    predict forecast caution guarantee swear affirm aver attest reckon tell text email message
    blog broadcast publish headline caption proclaim thank apologize apologise congratulate
    concur characterize characterise refer
    """.split()
)

#: Verbs of thinking, finding and showing: cues for reported speech of documents, polls
#: and people ("the report found", "she believes"), weaker evidence on their own.
ATTITUDE_VERBS: frozenset[str] = frozenset(
    """
    believe think feel fear hope expect want know see find show suggest conclude consider
    doubt worry insist predict estimate recommend propose support oppose endorse back reject
    welcome applaud embrace blame credit question challenge dispute vote sign pledge seek
    plan intend hint imply demonstrate prove indicate reveal suspect understand realize
    realise assume guess suppose acknowledge recognize recognise regret deplore
    """.split()
)

CUE_VERBS: frozenset[str] = SPEECH_VERBS | ATTITUDE_VERBS

#: Nouns that carry speech: "in a statement", "in an interview", "his remarks".
SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    statement interview remarks remark comment comments speech tweet post letter memo
    press release message email op-ed editorial column testimony told
    """.split()
)

#: Words before a quoted span that make it a name or label rather than speech.
LABEL_MARKERS: frozenset[str] = frozenset(
    "so-called dubbed nicknamed titled entitled labeled labelled known term word phrase slogan "
    "hashtag headline banner show program programme book film movie song album series motto".split()
)

#: Phrases whose object is the source: "according to X".
SOURCE_PREPOSITIONS: tuple[tuple[str, str], ...] = (("according", "to"),)

PERSON_PRONOUNS: frozenset[str] = frozenset("he she they i we you who it".split())

DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    report statement study poll survey letter memo memorandum document filing lawsuit complaint
    ruling decision order bill law resolution platform plan proposal analysis audit review
    assessment paper article editorial column op-ed book post tweet ad advertisement video
    release sign placard banner website page transcript email cable dossier indictment
    """.split()
)

GROUP_NOUNS: frozenset[str] = frozenset(
    """
    critics supporters opponents protesters protestors demonstrators residents voters
    analysts experts observers activists advocates officials lawmakers legislators
    republicans democrats conservatives liberals people americans members leaders sources
    economists scientists researchers doctors lawyers aides allies rivals fans donors
    """.split()
)

ORG_NOUNS: frozenset[str] = frozenset(
    """
    ministry department agency government administration campaign committee council
    company firm group party organization organisation union commission office court
    army military police ministry board bank foundation institute university school
    embassy spokesman spokeswoman spokesperson
    """.split()
)
