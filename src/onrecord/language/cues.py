"""Cues: the verbs and nouns that introduce speech, writing, belief and findings in news.

Every cue lemma has exactly one class (``CUE_CLASS``; a test checks that no lemma is listed
twice):

``speech``    verbs of saying: said, told, added, argued, insisted;
``writing``   verbs of writing and posting: wrote, tweeted, posted, emailed, reads ("the sign reads");
``attitude``  verbs of belief, feeling, wanting and stance: believes, hopes, fears, wants, backs;
``document``  verbs whose subject is evidence: the report found, polls show, the study proved.

Speech and writing cues are enough on their own to make a quoted span speech; attitude and
document cues are weaker evidence. Each lemma also says where it has been seen to work as a
cue, which is measured, not guessed:

``MARKED``    a cue of quotes in marks: the reporting verbs PolNeAR train annotates for direct
              and mixed quotes (said 44%, told, added, says, wrote, called, according to,
              tweeted, asked, continued, noted, ...), counted, and the rarer verbs of saying
              news writers use (quipped, scoffed, lambasted), written by hand from newsroom copy;
``REPORTED``  a cue of reported speech without marks ("X said the border would close"): on
              PolNeAR train every verb with a source and a complement was scored against the
              gold attributions, and a lemma is kept when it heads a gold attribution in at
              least 40% of such uses (at least 4 uses), the tagger's lemma errors ("hop" for
              hoping, "retweete") included;
``BOTH``      both.

The nouns and label words below were written by hand.
"""

from __future__ import annotations

from enum import StrEnum

from .words import one_group_each


class CueClass(StrEnum):
    SPEECH = "speech"
    WRITING = "writing"
    ATTITUDE = "attitude"
    DOCUMENT = "document"


BOTH, MARKED, REPORTED_ONLY = "both", "marked", "reported"
#: the cue lemmas by class and by where they work as cues (each lemma once)
_CUES: dict[tuple[CueClass, str], str] = {
    (CueClass.SPEECH, BOTH): """
        accuse acknowledge add admit affirm agree allege announce argue ask assert assure blast boast
        brag call caution characterize cite claim clarify comment complain concede conclude condemn confirm
        congratulate contend counter criticize declare decry defend demand denounce deny describe
        dismiss echo emphasize estimate explain indicate inform insist joke lament mention mock note
        order plead praise predict proclaim promise question quote rail reassure recall recount refer
        reiterate remind repeat reply report respond reveal say signal slam speculate state stress
        suggest swear tell thank threaten tout urge vow warn wonder
    """,
    (CueClass.SPEECH, MARKED): """
        admonish advise answer apologise apologize attest aver beg brand chant characterise charge chime
        concur continue counsel criticise cry deride disagree dub editorialise editorialize elaborate
        emphasise exclaim forecast grumble guarantee gush implore inquire interrupt label lambaste laugh
        maintain muse mutter notify object observe opine pledge pronounce protest quip rant recite
        reckon remark retort scoff scream shout sigh sing snap summarise summarize taunt tease term
        testify thunder whisper yell
    """,
    (CueClass.SPEECH, REPORTED_ONLY): """
        allude assail attack chide disclose discuss highlight liken outline portray reaffirm
        rebuke rebut reference submit talk voice vouch
    """,
    (CueClass.WRITING, BOTH): """
        post retweet tweet write
    """,
    (CueClass.WRITING, MARKED): """
        blog broadcast caption email headline message publish read text
    """,
    (CueClass.WRITING, REPORTED_ONLY): """
        retweete
    """,
    (CueClass.ATTITUDE, BOTH): """
        applaud assume believe blame consider credit dispute doubt endorse expect fear guess hint hope
        imply intend know oppose plan propose realize recognize recommend regret reject see seek suspect
        think want welcome worry
    """,
    (CueClass.ATTITUDE, MARKED): """
        back challenge deplore embrace feel realise recognise sign support suppose understand vote
    """,
    (CueClass.ATTITUDE, REPORTED_ONLY): """
        admire advocate aim anticipate brace brush champion contradict convince decide decline disavow
        double downplay encourage express focus forget hail hate hop identify issue judge learn like
        love name notice offer opt paint point prefer press refuse renew resist rule sense share sound
        wish
    """,
    (CueClass.DOCUMENT, BOTH): """
        find show
    """,
    (CueClass.DOCUMENT, MARKED): """
        demonstrate prove
    """,
}


_TABLE = one_group_each(_CUES, "cue lemma")
#: Each cue lemma and its one class.
CUE_CLASS: dict[str, CueClass] = {w: c for w, (c, _) in _TABLE.items()}

#: Cues of quotes in marks that are enough on their own to make a quoted span speech.
STRONG: frozenset[str] = frozenset(w for w, (c, u) in _TABLE.items()
                                   if c in (CueClass.SPEECH, CueClass.WRITING) and u != REPORTED_ONLY)
#: Cues of quotes in marks that are weaker evidence: belief, stance and findings.
WEAK: frozenset[str] = frozenset(w for w, (c, u) in _TABLE.items()
                                 if c in (CueClass.ATTITUDE, CueClass.DOCUMENT) and u != REPORTED_ONLY)
#: Cues of reported speech without marks (measured on PolNeAR train, see above).
REPORTED: frozenset[str] = frozenset(w for w, (_, u) in _TABLE.items() if u != MARKED)
#: Marked-only verbs of saying that report a commitment without marks when an infinitive says what
#: was promised ("Lula pledged on Tuesday to end illegal deforestation", as "vowed to", "promised
#: to"); never alone, where the participle is an adjective ("60 pledged delegates were at stake").
COMMITMENTS: frozenset[str] = frozenset({"pledge"})
#: Verbs of saying or writing, whatever their use.
SAYING: frozenset[str] = frozenset(w for w, c in CUE_CLASS.items() if c in (CueClass.SPEECH, CueClass.WRITING))

#: Reporting verbs that report only with a clause: "added that ...", not "added $3 million"
#: or "wrote a book" (with any complement they head a gold attribution in a third of uses).
#: "submit" is the courtroom verb of argument ("Mr Jones submitted that a two-year sentence
#: would be appropriate"; counsel "submits" in British, Irish, Australian and Indian court
#: reports), never "submitted a report".
CLAUSE_ONLY: frozenset[str] = frozenset("add write post submit".split())

#: The commonest reporting verbs (PolNeAR train): after "he"/"she" they show that the name
#: before them is a person's ("Apple, she said, ..." is not about the company).
COMMON: frozenset[str] = frozenset("say add tell note argue explain write continue insist ask recall warn claim".split())
assert COMMON <= STRONG

#: Cues of the comparative attribution "As X noted, CLAUSE" / "CLAUSE, as X reported" (wire
#: style: the "as" clause attributes the clause it modifies). Only verbs whose "as" clause reads
#: as an attribution, not as a time ("As the crowd chanted, police moved in", "as she spoke"):
#: written by hand from newsroom copy. "point" counts with "out" ("as experts have pointed out").
AS_CUES: frozenset[str] = frozenset("""
    acknowledge argue claim confirm detail document explain find indicate mention note observe
    point predict recall remark report reveal say show state suggest tweet warn write
""".split())

#: The -ing forms of the verbs of saying and writing ("writing", "saying", "captioning"), which
#: the tagger may read as nouns in "posted a video, writing, "..."" (``quotes.cues.is_cue_verb``).
SPEECH_GERUNDS: frozenset[str] = frozenset((w[:-1] if w.endswith("e") and not w.endswith("ee") else w) + "ing"
                                           for w in STRONG if " " not in w)

#: Inflected forms recognised as cues whatever the tagger says ("Said Ellis: ...").
CUE_FORMS: frozenset[str] = frozenset("said says told tells added adds wrote writes asked asks tweeted".split())

#: Verbs whose object is the person spoken to, not what was said ("told CNN", "urged voters"),
#: by where that was measured, as for the cues: the reported clause of a mixed quote leaves
#: such an object out ("showed reporters "..."", "promised voters "...""); reported speech
#: without marks has no content in it ("thanked him", "encouraged voters").
_ADDRESSEE = {
    BOTH: "tell ask remind assure inform warn urge",
    MARKED: "notify promise show",
    REPORTED_ONLY: "reassure thank congratulate press encourage",
}
MARKED_ADDRESSEE_VERBS: frozenset[str] = frozenset((_ADDRESSEE[BOTH] + " " + _ADDRESSEE[MARKED]).split())
REPORTED_ADDRESSEE_VERBS: frozenset[str] = frozenset((_ADDRESSEE[BOTH] + " " + _ADDRESSEE[REPORTED_ONLY]).split())

#: A cue and preposition whose object is what was demanded, a report whatever its form ("called
#: for an inquiry", "called for the release of the footage"); the object of any other
#: preposition after a cue is a topic ("complained about the provision", "pointed to research"),
#: reported only when it is a clause ("talked about bringing communities together").
DEMANDS: frozenset[tuple[str, str]] = frozenset({("call", "for"), ("plead", "for"), ("appeal", "for")})

#: Verbs whose object is what was said, a stand-in for the words ("said the same thing", "said as
#: much", "repeated the claim"), unlike a verb whose object is what the words are about ("denied
#: the allegations").
SAYING_WORDS: frozenset[str] = frozenset("say repeat reiterate".split())
#: Verbs of putting out a written thing, whose agent is its author: "a statement issued by the
#: Taoiseach's office", "a statement released by his lawyers", "a letter signed by 40 MPs" (the
#: wires' and the Irish and Indian press's form of "a statement from").
ISSUING_VERBS: frozenset[str] = frozenset("issue release sign send post circulate".split())
#: Prepositions of place the tagger reads as adjectives before a bare noun: "said outside court",
#: "said inside court" (British, Irish and Australian court copy, "speaking outside court"), which
#: the parse makes the object of the verb; such an object says where, never what was said.
PLACE_WORDS_MISREAD: frozenset[str] = frozenset("outside inside".split())
#: Verbs of reacting, whose complement in news copy is what they react to, a noun phrase:
#: "welcomed the ceasefire announced on Tuesday" (a participle after the noun, which the parser
#: may read as a clause). A verb of saying or showing takes the clause: "said the gap narrowed".
REACTING: frozenset[str] = frozenset("""welcome applaud hail praise condemn denounce decry deplore
    reject dismiss deny criticize criticise slam blast endorse back support oppose embrace""".split())
#: Verbs of making something known: a noun object with an "of" argument is the event made known
#: ("announced the arrest of a man", "confirmed cases of influenza"), a proposition.
DISCLOSING: frozenset[str] = frozenset("announce confirm report reveal disclose".split())
#: Verbs of finding and showing: an object with a participle is what was found ("found a bone
#: showing from the rock", "video showing Trump making remarks").
FINDING: frozenset[str] = frozenset("find show see".split())

#: Nouns that report, with a content clause and a source of their own ("Clinton's claim that
#: ...", "a New York Times report that ...", "the conclusion by the prosecutors that ..."): the
#: clause is reported speech, or a belief for the attitude nouns. Written by hand from newsroom copy.
CONTENT_NOUNS: dict[str, CueClass] = {
    **dict.fromkeys("""claim assertion allegation accusation report announcement warning promise pledge
        argument suggestion insistence admission denial prediction contention acknowledgment
        acknowledgement statement interjection""".split(), CueClass.SPEECH),
    **dict.fromkeys("finding conclusion".split(), CueClass.DOCUMENT),
    **dict.fromkeys("belief fear hope view suspicion expectation concern worry".split(), CueClass.ATTITUDE),
}
#: Adjectives of belief and feeling after "be" that report their clause for the subject ("Many
#: Democrats are afraid that ...", "Officials are confident the bridge will reopen"): attitudes,
#: flagged belief. Written by hand from newsroom copy.
ATTITUDE_ADJECTIVES: frozenset[str] = frozenset(
    """afraid worried concerned confident convinced sure certain hopeful optimistic pessimistic
    skeptical sceptical aware adamant frustrated angry upset fearful doubtful determined eager""".split()
)

#: Verbs whose object noun reports for the verb's subject ("made the claim that ...", "voiced
#: the fear that ..."): the noun has no source of its own.
LIGHT_VERBS: frozenset[str] = frozenset("make issue repeat voice express offer raise reiterate".split())

#: Nouns that carry speech: "in a statement", "in an interview", "his remarks".
SPEECH_NOUNS: frozenset[str] = frozenset(
    """
    statement interview remarks remark comment comments speech tweet post letter memo
    press release message email op-ed editorial column testimony told
    """.split()
)

#: Verbs of naming: the quoted words they govern are the speaker's words for something ("what he
#: called "a witch hunt""), a mixed quote even when nothing else of the clause is written.
NAMING_VERBS: frozenset[str] = frozenset("call dub term label brand describe characterize characterise".split())
assert NAMING_VERBS <= STRONG

#: Words before a quoted span that make it a name or label rather than speech.
LABEL_MARKERS: frozenset[str] = frozenset(
    "so-called dubbed nicknamed titled entitled labeled labelled known term word phrase slogan "
    "hashtag headline banner show program programme book film movie song album series motto "
    "single track novel memoir podcast documentary sitcom musical".split()
)

#: Words that stay lower case in the title of a work ("Orange Is the New Black").
TITLE_SMALL_WORDS: frozenset[str] = frozenset("of the a an and in on for to is at by with from or vs".split())

#: Non-answers, which are no statement: "declined to comment", "did not return calls".
NO_COMMENT: frozenset[str] = frozenset(["comment"])
#: Adverbs by which the reporter relays what unnamed reports say ("has reportedly postponed").
UNNAMED_REPORT_ADVERBS: frozenset[str] = frozenset(["reportedly"])
#: A source's request not to be named is no statement ("asked not to be named", "requested
#: anonymity", "asked not to be identified because ..."; "did not wish to be named", "declined to
#: be identified", "refused to be named", "wished to remain anonymous", the ways wire copy writes
#: the terms): the verbs of naming a source, the noun, and the adjectives of being left unnamed.
UNNAMED_VERBS: frozenset[str] = frozenset("name identify quote".split())
ANONYMITY: frozenset[str] = frozenset(["anonymity"])
UNNAMED_ADJECTIVES: frozenset[str] = frozenset("anonymous unnamed unidentified nameless".split())
#: The terms of a name withheld in part ("asked to be identified only by his first name",
#: "declined to give her full name"): a name given or withheld, the verbs of giving one.
NAME_NOUNS: frozenset[str] = frozenset("name surname".split())
NAME_GIVING_VERBS: frozenset[str] = frozenset("give provide disclose reveal".split())
UNANSWERED: frozenset[str] = frozenset("request inquiry query call email message".split())
#: Verbs of a directive: what a court, a minister or a commander orders ("The judge ordered her to
#: pay £500 in compensation", "ordered that the files be released") is an act done by saying it, which
#: news reports as a fact, the ruling itself; no statement whose truth is the source's, whatever the
#: form of its object (newsrooms attribute claims, not rulings).
DIRECTIVES: frozenset[str] = frozenset(["order"])
#: A plea in court: "admitted" with the gerund of a charge ("He admitted causing death by dangerous
#: driving", "admitted stealing the items", "admitted to possessing a knife"), the offence as the
#: charge sheet words it, is how British, Irish and Australian court copy reports a guilty plea; no
#: statement ("He admitted that he had lied to police" is one). The verbs of the charges of common
#: court copy, written by hand from it: an offence verb, not an act of any kind ("admitted making a
#: mistake", "admitted having an affair" are statements). An admission given in evidence is
#: testimony, a statement: "In direct evidence, the defendant admitted stealing the items", "under
#: cross-examination", "in a police interview" (the nouns of giving evidence, TESTIMONY).
PLEA_VERBS: frozenset[str] = frozenset(["admit"])
TESTIMONY: frozenset[str] = frozenset("evidence testimony examination questioning interview statement".split())
CHARGE_VERBS: frozenset[str] = frozenset("""
    cause assault murder kill steal rob burgle possess supply handle harass stalk rape defraud wound
    breach launder smuggle traffic obstruct resist stab abuse conspire
""".split())
#: Verbs of refusing: a refusal to speak ("declined to say", "refused to discuss") is no statement.
REFUSALS: frozenset[str] = frozenset("decline refuse".split())
#: What a source does while giving its words, written as a participle after the attribution
#: (wire style): "..., one of the people said, speaking on condition of anonymity", "..., the
#: company said, citing ...", "declining to give details", "requesting anonymity"; with the verbs
#: of saying ("adding", "noting"), the participle is the source's, not the report's.
SOURCE_ACTS: frozenset[str] = frozenset("speak request".split()) | REFUSALS
#: Verbs of holding back whose gerund of saying is speech not given: "refrained from saying",
#: "avoided saying", "stopped short of saying" ("stop" only with "short").
HOLDING_BACK: frozenset[str] = frozenset("refrain avoid stop".split())
#: Verbs of answering whose object can be the unanswered request.
ANSWER_VERBS: frozenset[str] = frozenset("respond reply return answer".split())
#: Verbs whose passive puts a question to the subject ("Trump was asked about the wall").
ASKING_VERBS: frozenset[str] = frozenset("ask question press urge tell".split())
#: Verbs that put a question to their object ("asked Sanders whether ...", "pressed him about
#: ..."): the answer quoted next is the object's.
QUESTION_VERBS: frozenset[str] = frozenset("ask question press quiz".split())
#: What business copy compares a result with, sourced by the "according to" after it ("compared
#: with analysts' average estimate of $3.9 billion, according to LSEG data").
ESTIMATE_NOUNS: frozenset[str] = frozenset("estimate expectation forecast consensus projection".split())
#: Modals that, with "have", make what was said hypothetical ("should have said").
MODALS: frozenset[str] = frozenset("should would could might must".split())
#: Modals that make a verb of saying speech not yet given ("the review would report", "she will
#: announce"): inside someone's report, the quoted words there are the reporter's source's.
PROSPECTIVE_MODALS: frozenset[str] = frozenset("will would shall should could may might".split())

#: Words after which a reported clause ends, in a mixed quote's clause.
CLAUSE_BREAKS: tuple[str, ...] = (" — ", " – ", "; ", " while ", " but ", ", though ", ", although ",
                                  ", who ", ", which ", " -- ")

#: Words before a paragraph-opening colon that make it a label, not a source ("UPDATE:", "Photo:"):
#: page furniture, and the section labels desks put before a headline ("STOCKS:", "Analysis:",
#: "Q&A: What the new tariffs mean", "Fact check: ...", "Editorial: ...", the kind of story, not who speaks),
#: and the running stories BBC-style headlines are labelled with ("Storm Darragh: thousands without
#: power", "Brexit: ...", "Trump trial: ...", "Ukraine war: ...": the event, not a speaker).
NOT_SOURCES: frozenset[str] = frozenset(
    """update updated exclusive watch video photo photos image related read note editor editors
    advertisement credit credits via share tags tag breaking live latest more see also
    q a q&a q&as faq question answer warning caption source sources listen transcript full text follow
    name age city job pay contact email phone date time location
    stocks markets business sports weather politics world opinion analysis review roundup interview
    factbox explainer timeline obituary correction clarification reaction reactions
    quote quotes highlights excerpts takeaways
    factcheck fact-check editorial commentary
    v vs versus
    storm hurricane typhoon cyclone tornado wildfire wildfires earthquake quake flood floods flooding
    heatwave drought eruption brexit covid covid-19 coronavirus pandemic war election elections
    referendum budget trial inquiry crisis""".split()
)
#: What follows a headline's colon as page furniture, no one's words: the live blog's and the
#: explainer's tags ("Kenya protests: live updates", "Taiwan earthquake: what we know").
COLON_FURNITURE: frozenset[str] = frozenset({
    "live", "live updates", "latest updates", "live blog", "live coverage", "as it happened",
    "what we know", "what we know so far", "here's what we know", "everything we know",
    "what you need to know", "the latest", "latest news", "in pictures", "in photos", "explained"})
#: The verbs by which British and Irish desks report what their own sources told them, in the
#: present with the outlet as the subject and no "that" ("BBC Sport understands Leeds would
#: demand ...", "Sky News understands ..."): a report of the outlet's, not a belief.
PRESS_SOURCING: frozenset[str] = frozenset({"understand"})
#: Subjects that cannot speak ("there said", "that is ...").
NOT_SPEAKERS: frozenset[str] = frozenset("there that this wanna here".split())
