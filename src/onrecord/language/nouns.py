"""Nouns that say what a source or a description is: a person, a group, a document, an organisation.

Used to type speakers and descriptions ("a senior administration official" -> anonymous, "a
2009 report by ..." -> document, "the ministry" -> organisation, "critics" -> group), to match
a definite description with the entity it points back to by its head noun, and to tell a
source from the person addressed ("told reporters"). Written by hand from news copy.

Every person, document and organisation noun has one class, and says which rules it has been
tuned for, as the cues do (``language.cues``): ``SOURCE``, the head of the source of a quote
in the quote rules ("the official said", "the report reads"); ``DESCRIBED``, the head of a
description the entities stage makes a mention of ("a senior official" ... "the official");
``BOTH``. A test checks that no noun is listed twice.
"""

from __future__ import annotations

from .words import one_group_each

PERSON, DOCUMENT, ORGANISATION = "person", "document", "organisation"
BOTH, SOURCE, DESCRIBED = "both", "source", "described"

#: the person, document and organisation nouns by class and by the rules that use them
_NOUNS: dict[tuple[str, str], str] = {
    (PERSON, BOTH): """
        adviser advisor aide analyst attorney author candidate ceo chairman chairwoman chief
        critic director economist executive expert governor judge lawmaker lawyer leader man
        mayor minister nominee official president professor reporter resident secretary senator
        source spokesman spokesperson spokeswoman supporter voter woman writer
    """,
    (PERSON, SOURCE): """
        columnist
    """,
    (PERSON, DESCRIBED): """
        academic activist agent ambassador aunt banker bishop boy broker brother businessman
        businesswoman bystander campaigner chancellor child citizen cleric clerk coach colleague
        commander commissioner congressman congresswoman consultant cousin dad daughter dealer
        defendant delegate detainee diplomat doctor donor driver editor employee entrepreneur
        fan farmer father fighter founder friend general girl grandfather grandmother gunman
        historian husband imam immigrant inmate insider investigator journalist juror justice
        king legislator manager member migrant militant mom mother negotiator neighbor neighbour
        nephew niece nurse observer officer operative organiser organizer owner parent
        participant passenger pastor person physician plaintiff player pollster priest prince
        princess prisoner prosecutor protester protestor queen rabbi rebel refugee relative
        representative researcher scholar scientist sheriff sister soldier son staffer
        strategist student surgeon survivor suspect teacher trader uncle veteran victim
        volunteer wife witness worker
        coroner councillor councilor councilman councilwoman alderman assemblyman assemblywoman
        councilmember councilperson selectman selectwoman trustee
        singer rapper musician actor actress artist star comedian novelist poet filmmaker
        producer songwriter guitarist drummer boss constable forward striker midfielder
        defender goalkeeper keeper winger captain skipper batsman bowler pitcher quarterback
        jockey trainer referee umpire swimmer runner cyclist boxer wrestler golfer champion
        rookie teammate athlete chef designer pilot engineer architect surrogate backer ally
        opponent rival commentator presenter host anchor correspondent photographer publicist
        promoter blogger influencer commenter headteacher headmaster headmistress principal
        lecturer pupil dentist paramedic firefighter solicitor barrister counsel warden auditor
        international ombudsman treasurer administrator coordinator supervisor inspector superintendent
        physicist chemist biologist ecologist geologist paleontologist palaeontologist
        archaeologist astronomer epidemiologist virologist psychologist psychiatrist sociologist
        statistician mathematician technician investor shareholder accountant contractor builder
        landlord tenant homeowner partner fiancee fiance girlfriend boyfriend widow widower
        pensioner retiree shopper customer commuter motorist pedestrian tourist visitor villager
        landowner fisherman miner midwife carer caregiver patient eyewitness onlooker classmate
        graduate mentor challenger incumbent frontrunner contender mate loyalist lobbyist envoy
        mediator bureaucrat premier monarch emperor sultan emir pope cardinal archbishop monk
        nun chaplain deputy assistant magistrate mp backbencher frontbencher entertainer dancer playwright
        shopkeeper shopowner stallholder worshipper spectator householder ratepayer taxpayer
        islander diner collector tehsildar parishioner postman postwoman politician mep msp mla
        sergeant lieutenant colonel detective corporal admiral
        guard receiver linebacker cornerback lineman kicker punter shortstop catcher outfielder
        infielder slugger batter reliever goaltender goalie netminder defenceman defenseman
        fullback halfback flanker opener wicketkeeper spinner seamer paceman playmaker sprinter
        tight-end defensive-end running-back fly-half scrum-half full-back centre-back
        center-back left-back right-back wing-back half-back all-rounder right-hander left-hander
        ex-wife ex-husband ex-partner ex-girlfriend ex-boyfriend
        meteorologist forecaster climatologist seismologist pharmacist nutritionist dietitian
        therapist counsellor counselor librarian veterinarian rector vicar deacon preacher
        evangelist theologian pontiff saxophonist pianist violinist cellist trumpeter bassist
        vocalist composer choreographer curator sculptor screenwriter philosopher rancher
        mechanic electrician plumber cashier waiter waitress bartender trooper lifeguard
        dispatcher realtor hairdresser cfo cto
        winner medallist medalist laureate finalist debutant newcomer teenager youngster
        supremo
    """,
    (DOCUMENT, BOTH): """
        ad advertisement analysis article assessment audit banner bill book cable census complaint
        data decision document dossier editorial email estimate filing forecast indictment lawsuit
        letter memo memorandum order paper placard poll post projection proposal release report
        research resolution review ruling sign statement statistic study survey transcript tweet
        video website
    """,
    (DOCUMENT, SOURCE): """
        column law op-ed page plan platform
    """,
    (DOCUMENT, DESCRIBED): """
        affidavit announcement booklet brief communique communiqué court-filing directive e-mail
        flyer graffiti guide guidelines handbook judgement judgment leaflet manifesto message
        motion note notice opinion pamphlet petition poster recording slogan sticker suit
        testimony textbook verdict warrant
    """,
    (ORGANISATION, BOTH): """
        administration agency army bank board campaign commission committee company council
        court department embassy firm foundation government group institute military ministry
        office organisation organization party police school union university
    """,
    (ORGANISATION, DESCRIBED): """
        airline alliance assembly association authority automaker body broadcaster bureau
        cabinet center centre channel charity church club coalition conglomerate congress
        consortium corporation federation force fund hospital house junta league magazine
        militia movement network newspaper nonprofit outlet panel parliament publisher regime
        retailer senate service station team trust watchdog
        carmaker chipmaker drugmaker maker manufacturer lender insurer reinsurer carrier
        supermarket grocer chain brewer supplier operator utility telco giant startup exporter
        regulator society chamber mission delegation secretariat studio distributor
        cartel bloc
    """,
}


_TABLE = one_group_each(_NOUNS, "noun")
#: The positions of a sport written as two words ("tight end", "fly-half", "full-back") are
#: listed with a hyphen, and found over a hyphen or a space (``compound_noun``): the position is
#: the person the description names, not its last word ("the Chiefs tight end", not "end").
COMPOUND_NOUNS = frozenset(w for w in _TABLE if "-" in w)


def compound_noun(first: str, last: str) -> str | None:
    """The listed compound of two words written apart or with a hyphen ("tight", "end" ->
    "tight-end"), or None."""
    word = f"{first.lower()}-{last.lower()}"
    return word if word in COMPOUND_NOUNS else None


def _nouns(cls: str, *uses: str) -> frozenset[str]:
    return frozenset(w for w, (c, u) in _TABLE.items() if c == cls and u in uses)


#: Singular nouns for people; their plurals (officials, sources) make a group.
PERSON_NOUNS = _nouns(PERSON, BOTH, DESCRIBED)
#: Singular nouns for people that head the source of a quote ("the official said").
SOURCE_NOUNS = _nouns(PERSON, BOTH, SOURCE)
#: Written things that can be quoted: "the report reads", "a placard read".
DOCUMENT_NOUNS = _nouns(DOCUMENT, BOTH, DESCRIBED)
SOURCE_DOCUMENT_NOUNS = _nouns(DOCUMENT, BOTH, SOURCE)
#: Head nouns of organisation names: "the ministry" -> "the Foreign Ministry".
ORG_NOUNS = _nouns(ORGANISATION, BOTH, DESCRIBED)
SOURCE_ORG_NOUNS = _nouns(ORGANISATION, BOTH, SOURCE)
#: Every noun of a class, whatever the rule: for a first guess at a speaker's type.
ALL_DOCUMENT_NOUNS = _nouns(DOCUMENT, BOTH, SOURCE, DESCRIBED)
ALL_ORG_NOUNS = _nouns(ORGANISATION, BOTH, SOURCE, DESCRIBED)


#: Nouns for people of one gender.
NOUN_GENDER: dict[str, str] = {
    w: g
    for g, words in (
        ("m", "man spokesman father son husband brother boy congressman chairman king prince "
              "businessman dad grandfather uncle nephew priest ex-husband widower boyfriend"),
        ("f", "woman spokeswoman mother daughter wife sister girl congresswoman chairwoman "
              "queen princess businesswoman mom grandmother aunt niece ex-wife widow girlfriend"),
    )
    for w in words.split()
}

#: Plural nouns for groups of people as sources: "critics say", "residents fear".
GROUP_NOUNS = frozenset(
    """
    critics supporters opponents protesters protestors demonstrators residents voters
    analysts experts observers activists advocates officials lawmakers legislators
    republicans democrats conservatives liberals people americans members leaders sources
    economists scientists researchers doctors lawyers aides allies rivals fans donors
    """.split()
)

#: A people's noun whose nationality adjective is another word ("the Spaniard": Spanish).
_DEMONYM_ADJECTIVES = {
    "spaniard": "spanish", "scot": "scottish", "scotsman": "scottish", "scotswoman": "scottish",
    "dutchman": "dutch", "dutchwoman": "dutch", "frenchman": "french", "frenchwoman": "french",
    "englishman": "english", "englishwoman": "english", "irishman": "irish", "irishwoman": "irish",
    "welshman": "welsh", "welshwoman": "welsh", "swede": "swedish", "dane": "danish", "finn": "finnish",
    "pole": "polish", "turk": "turkish", "briton": "british", "croat": "croatian", "serb": "serbian",
    "icelander": "icelandic", "filipino": "philippine", "argentine": "argentinian",
}


def nationality(word: str) -> str:
    """The one form a nationality is compared in, from a people's noun or its adjective: "the
    Spaniard" and "Spanish midfielder Rodri" -> "spanish"; "the German" -> "german"."""
    low = word.lower()
    return _DEMONYM_ADJECTIVES.get(low, low)


#: Nouns for a person of a country, by their written form: news (sport above all, and foreign
#: desks) refers back to a person by nationality, "the Scot said", "the Spaniard added", "the
#: Canadian", as it does by age. Written by hand; "-man"/"-woman" forms give a gender.
DEMONYMS: dict[str, str | None] = {
    **dict.fromkeys("""
        Afghan Albanian Algerian American Argentine Argentinian Armenian Australian Austrian
        Azerbaijani Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian Briton Bulgarian
        Cameroonian Canadian Chilean Chinese Colombian Croat Croatian Cuban Czech Dane Ecuadorian
        Egyptian Emirati Englander Estonian Ethiopian Filipino Finn Georgian German Ghanaian Greek
        Haitian Hungarian Icelander Indian Indonesian Iranian Iraqi Israeli Italian Ivorian
        Jamaican Japanese Jordanian Kazakh Kenyan Kiwi Korean Kosovan Latvian Lebanese Libyan
        Lithuanian Malaysian Mexican Moldovan Mongolian Montenegrin Moroccan Nepali Nigerian
        Norwegian Pakistani Palestinian Paraguayan Peruvian Pole Portuguese Qatari Romanian
        Russian Rwandan Saudi Scot Senegalese Serb Serbian Singaporean Slovak Slovakian Slovenian
        Somali Spaniard Sudanese Swede Swiss Syrian Taiwanese Tanzanian Thai Tunisian Turk
        Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zealander
        Zimbabwean African
    """.split()),
    # a region's or a city's people, as sport copy writes them like a nationality ("the
    # Yorkshireman", "the Queenslander", "the Texan")
    **dict.fromkeys("""
        Bavarian Basque Catalan Corsican Sardinian Sicilian Tasmanian Queenslander Texan
        Californian Floridian Quebecer Ontarian Albertan Londoner Liverpudlian Mancunian
        Glaswegian Geordie Scouser Dubliner Parisian Aucklander Lancastrian
    """.split()),
    **dict.fromkeys("Yorkshireman Lancashireman Cornishman Northumbrian".split(), "m"),
    **dict.fromkeys("Yorkshirewoman Cornishwoman".split(), "f"),
    **dict.fromkeys("Dutchman Englishman Frenchman Irishman Welshman Scotsman Ulsterman Manxman".split(), "m"),
    **dict.fromkeys("Dutchwoman Englishwoman Frenchwoman Irishwoman Welshwoman Scotswoman".split(), "f"),
}

#: Modifiers of a person noun that make a definite description an epithet, a second reference to
#: someone already named, as an age or a nationality does ("the veteran lawmaker", "the former
#: international", "the outgoing minister"); not a rank an unnamed source holds ("the senior official"),
#: nor a nationality or a party, which tells apart two people ("The German chancellor said").
EPITHET_MODIFIERS = frozenset("""
    veteran former longtime long-time long-serving retired outgoing incoming embattled beleaguered
    reigning defending
""".split())
#: The head of a career record written before a person noun, "N-time": "the seven-time world
#: champion", "the two-time Oscar winner", "the 23-time Grand Slam champion" (sport and
#: entertainment copy's second reference, as an age is); an epithet like ``EPITHET_MODIFIERS``.
RECORD_WORD = "time"

#: Trades by which news refers back to the person a story is about, never named with them: "Taylor
#: Swift apologised ... the singer said", "Saka scored twice ... the winger said" (the elegant
#: variation of entertainment and sports copy; BBC, Guardian, AP, Variety). "The" and the trade
#: alone make an epithet, as an age does; so do "the teenager" and "the youngster", which sports
#: copy writes for a young player named before as it writes "the 19-year-old"; written by hand.
TRADE_EPITHETS = frozenset("""
    singer rapper musician actor actress star comedian novelist songwriter guitarist drummer
    forward striker midfielder defender goalkeeper keeper winger batsman bowler pitcher
    quarterback jockey swimmer sprinter cyclist boxer wrestler golfer athlete international
    presenter influencer
    opener spinner seamer paceman wicketkeeper all-rounder right-hander left-hander playmaker
    flanker fly-half scrum-half full-back fullback centre-back center-back
    teenager youngster
""".split())
assert TRADE_EPITHETS <= PERSON_NOUNS, TRADE_EPITHETS - PERSON_NOUNS

#: Nouns of a ranking written before its number, "the world number one", "the No. 2": sport
#: copy's second reference to a player by ranking (tennis, golf, squash, snooker), a person epithet
#: as "the top seed" is.
RANK_NOUNS = frozenset({"number", "no.", "no"})
#: The seeding of a draw, a player's ranking after "top" or an ordinal ("the top seed said").
SEED_NOUNS = frozenset({"seed"})
#: Person nouns that name a person only with the award or contest before them: "the two-time
#: Oscar winner", "the Wimbledon winner"; alone, sport copy's "the winner" is the winning goal
#: ("The winner came in the 88th minute").
AWARD_PERSON_NOUNS = frozenset({"winner"})

#: Nouns that name a person only with the "of" of what they lead ("the bank's head of
#: commodities research", "head of product"); alone they are a body part or a count.
OF_PERSON_NOUNS = frozenset({"head"})

#: Person nouns for a relation an organisation stands in as often as a person ("its parent,
#: Alphabet", "its rival, Samsung", "the club's owner, Fenway Sports Group"): a name set off after
#: them may be either. Written by hand.
SHARED_RELATION_NOUNS = frozenset("""
    owner parent partner rival opponent competitor landlord tenant investor shareholder customer
    buyer seller supplier client sponsor backer ally member creditor lender borrower
""".split())

#: Person nouns news uses for a source it does not name ("a White House official", "the Downing
#: Street spokesman", "a Kremlin aide"): a name before them makes no epithet for someone named
#: earlier, as "the Deadpool star" or "the Manchester United captain" is. Written by hand (AP and
#: Reuters on anonymous sources, the lobby's "the Prime Minister's spokesman").
UNNAMED_SOURCE_NOUNS = frozenset({"official", "source", "aide", "insider", "spokesman", "spokeswoman",
                                  "spokesperson", "representative", "adviser", "advisor", "staffer", "diplomat",
                                  "officer", "person", "man", "woman", "resident", "witness", "operative"})

#: Of those, the ones with which "a"/"an" marks someone the press will not name ("an Israeli
#: official, speaking on condition of anonymity", "a source close to the ministry"), so a person
#: named later in the same role is someone else; not "a man" or "a witness", whom a crime lede
#: names a sentence later (delayed identification).
NEVER_NAMED_NOUNS = frozenset("official source aide insider diplomat staffer operative".split())
assert NEVER_NAMED_NOUNS <= UNNAMED_SOURCE_NOUNS

#: Plural documents by their written form ("figures show", "the numbers suggest"): the singular
#: lemma is a person as often ("a senior figure said"), so the lemma list cannot hold them.
DOCUMENT_PLURALS = frozenset({"figures", "numbers"})

#: Numbers an organisation publishes, by their written form: "according to figures from the
#: Office for National Statistics", "data from research firm Kantar". They carry their
#: compiler's word, as a statement carries its author's, so the compiler is the source shown;
#: and a later bare "The figures show" is those figures again.
DATA_NOUNS = DOCUMENT_PLURALS | frozenset({"data", "statistics", "stats"})

#: Nouns that can head a source, looked up by lemma: a person a description may head, every
#: organisation and document noun ("a spokesman saying", "the ministry said", "a report
#: finding", "The columnist:"), and the plural groups ("protesters chanting", "Police:"; the
#: lemmatiser leaves some plurals as written, "people"). One list for every rule that asks
#: whether a noun can speak: ``quotes.cues.can_speak`` (which also takes ``GROUP_NOUNS`` by their
#: written form) and the colon lead ("Critics: ...", ``quotes.indirect``).
SPEAKING_NOUNS = PERSON_NOUNS | ALL_ORG_NOUNS | ALL_DOCUMENT_NOUNS | SOURCE_NOUNS | GROUP_NOUNS

#: The participles by which a document is placed in the journal that carries it ("a study
#: published in The Lancet", "a paper appearing in Science"): the journal is part of its description.
PUBLISHED_VERBS = frozenset({"published", "appearing"})

#: Whom speech is addressed to: "told reporters", "urged voters".
AUDIENCE_NOUNS = frozenset(
    """reporter reporters crowd crowds audience audiences supporters supporter delegates voters
    journalists listeners viewers readers host interviewer students members people""".split()
)
#: A person's family and the people of their street, as obituaries and features introduce them by
#: a possessive ("his wife, Mary,", "her nephew, Karl Olsen,") and refer back to them so ("her
#: nephew said"); not a trade or an office ("his lawyer" may be anyone's lawyer named before).
KIN_NOUNS = frozenset("""wife husband widow widower son daughter mother father brother sister
    nephew niece cousin uncle aunt grandson granddaughter grandmother grandfather stepson
    stepdaughter stepfather stepmother fiance fiancee partner girlfriend boyfriend neighbour
    neighbor""".split())

#: Who puts the questions of an interview ("Our reporter Jane Doe spoke to ...", "POLITICO senior
#: writer Michael Grunwald"): a person named so in a Q&A's introduction is not its interviewee.
INTERVIEWER_NOUNS = frozenset("reporter writer correspondent editor columnist interviewer host journalist".split())

#: The bodies a witness, an advocate or a minister tells in court and parliament reports ("told
#: the jury", "told the inquest", "told MPs"), and a council's meeting in local government
#: reports ("told the meeting", "told councillors", "told the chamber"), and the gatherings the
#: wires have officials tell ("told a regular briefing", "told a news conference", "told a
#: rally"): an addressee, never the subject of what was said.
HEARING_NOUNS = frozenset(
    """court courts jury juries juror jurors tribunal hearing hearings inquest inquiry committee
    panel commission magistrates magistrate judge parliament senate mps senators lawmakers
    meeting chamber councillors councilors briefing briefings conference rally summit forum
    gathering""".split()
)

#: Generic organisation nouns that point to the latest organisation whatever its name.
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "organization", "organisation"})
#: Words many a body's name has, which tie a described group to no one of them ("a national
#: group" is not the National Farmers' Union; "a local group" not Local Government NSW).
GENERIC_NAME_WORDS = frozenset("""
    national international local regional new united american british global world public private
    independent state federal city county community royal general main major leading small big
    other first second
    """.split())
#: Of those, the ones for a business only, and the head nouns of public bodies they never refer
#: to: "NHTSA said ... the company said" is the carmaker, not the Administration.
COMPANY_NOUNS = frozenset({"company", "firm"})
PUBLIC_BODY_NOUNS = frozenset("""
    administration agency army assembly authority board bureau cabinet commission committee congress
    council court department embassy government ministry military parliament party police regime
    senate regulator watchdog university school hospital
""".split())

#: Bodies made of the people who act for them, referred back to as "they" when the story is about
#: them: "The team, led by Dr Priya Raman, analysed ... They found ...", "The panel ... They
#: concluded". Not the public bodies and companies, which the article names.
COLLECTIVE_ORG_NOUNS = frozenset("team panel delegation jury crew squad taskforce task-force".split())

#: Epithets of an organisation's trade, by which business and wire desks refer back to a company
#: named once ("Volta Motors cut its forecast ... The carmaker now expects", "Harbour Bank ... the
#: lender said", "the snack maker", "the Swiss insurer", "the tech giant", "the charity", "the U.N.
#: agency"): with no organisation named with that head noun, they point to the salient
#: organisation, as "the company" does. Written by hand from business copy (Reuters, FT, AP, AAP);
#: "the force" is how British, Irish, Australian and Canadian crime copy refers back to a police
#: force ("West Yorkshire Police said ... The force said"); "the studio", "the distributor" are
#: how entertainment desks (Variety, Deadline) refer back to a film company; "the cartel" and "the
#: bloc" how energy and foreign desks refer back to OPEC+ and the European Union.
TRADE_ORG_NOUNS = frozenset(
    """carmaker automaker chipmaker drugmaker maker manufacturer lender bank insurer reinsurer
    airline carrier retailer supermarket grocer chain brewer supplier operator utility telco
    broadcaster publisher conglomerate giant startup exporter regulator watchdog charity agency
    force studio distributor cartel bloc
    """.split()
)
#: Of those, the epithets of a business and the epithets of a public body: "the lender", "the
#: carmaker" refer back to a company, never to "the Financial Conduct Authority" that fined it;
#: "the regulator", "the watchdog" to the authority, never to "HSBC Holdings Plc" it fined
#: (business copy names both in one story: Reuters, FT, Bloomberg). "The agency" is either (a
#: ratings or news agency is a company); "the force", "the charity" neither.
BUSINESS_TRADE_NOUNS = frozenset(
    """carmaker automaker chipmaker drugmaker maker manufacturer lender bank insurer reinsurer
    airline carrier retailer supermarket grocer chain brewer supplier telco conglomerate giant
    startup exporter studio distributor""".split()
)
PUBLIC_TRADE_NOUNS = frozenset({"regulator", "watchdog"})
assert BUSINESS_TRADE_NOUNS | PUBLIC_TRADE_NOUNS <= TRADE_ORG_NOUNS
#: The heads of the names a trade epithet points back to when the story names one ("West Yorkshire
#: Police said ... The force said", not the town a suspect is from, which the NER may call an
#: organisation): "the force" is a police force.
TRADE_NAME_HEADS: dict[str, frozenset[str]] = {"force": frozenset({"police", "constabulary", "garda", "gardaí"})}

#: The last words of newspapers' names ("The Washington Post", "the Guardian", "The Irish
#: Times"): "the paper said" after one is that newspaper (a paper is a document otherwise, "the
#: paper, published in Nature, found").
NEWSPAPER_NAME_WORDS = frozenset("""post times guardian journal herald tribune telegraph gazette star
    sun mail express independent observer chronicle inquirer globe mirror standard examiner courier
    record press daily news bulletin dispatch sentinel argus advertiser mercury nation hindu""".split())
assert set(TRADE_NAME_HEADS) <= TRADE_ORG_NOUNS

#: What a person makes, before "maker": "the policy maker", "the film maker" are people, "the
#: snack maker", "the iPhone maker" companies.
PERSON_MAKERS = frozenset("policy film movie decision law peace trouble match rule king deal".split())

#: Words that start an indefinite description ("a senior official", "one banner").
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "two",
                                    "three", "many", "other"})
#: Of those, the ones that pick one out of a group the story has in view ("Labour MPs ... with
#: one former minister warning", "another official said"): someone the story does not name.
PARTITIVE_DETERMINERS = frozenset({"one", "another"})
#: Words that start a definite description ("the official").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

#: Adjectives that tie an unnamed source to what it knows, and belong to the source's
#: description: "people familiar with the matter", "sources close to the board" (the
#: anonymous-sourcing formulas of Reuters, Bloomberg, AP).
SOURCE_ADJECTIVES = frozenset({"familiar", "close", "knowledgeable"})
#: Nouns of the place a group of people is "in": "people in the area", "residents in the town".
PLACE_NOUNS = frozenset("""area region city town village country capital county state province district
    neighbourhood neighborhood community camp street suburb island""".split())

#: Prepositions (and adjectives) that can extend a description: "a report by HRW".
DESCRIPTION_LINKS = frozenset({"by", "from", "of", "for", "at", "in", "with", "on", "familiar",
                               "close"})

#: Modifiers of a post that make it no post at all: "shadow home secretary Chris Philp" (the
#: opposition's spokesman, in Westminster-system copy), "aspiring"; the holder is not "the Home
#: Secretary". (One token each: the tokenizer splits "would-be" and "self-styled" at the hyphen.)
SHADOW_MODIFIERS = frozenset("shadow aspiring".split())

#: Role nouns that name the same post in news copy, so that a description finds the person
#: titled with another ("the minister" for "Finance Secretary Derek MacKay", "the Poppies
#: boss" for "manager Lee Glover"). Written by hand from style guides (AP, BBC, Guardian).
ROLE_SYNONYMS: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "minister secretary",
    "boss manager coach supremo",  # "Ryanair boss Michael O'Leary" ... "the airline supremo" (UK, Irish, Indian copy)
    "lawmaker legislator senator congressman congresswoman representative mp mep msp mla",
    "councillor councilor councilman councilwoman councilmember councilperson alderman",
    "judge justice magistrate",
    "lawyer attorney solicitor barrister counsel",
    "doctor physician surgeon",
    "spokesman spokeswoman spokesperson",
    "chairman chairwoman chair chairperson",
    "officer constable",
    "singer rapper star",
    "chief commissioner",
    "pope pontiff",
    "captain skipper",
    "wife widow",  # the obituary's "his wife, Mary" ... "the widow said"
    "husband widower",
))


#: The portfolio words of a government post ("Agriculture Secretary", "Minister of Works",
#: "the health MEC"; "Prime", "Chief" and "First" Minister name posts apart too), and the
#: heads a second reference puts after them: copy calls a minister or secretary "the
#: agriculture chief", "the finance boss", "the health head" (Philippine, Indian, British and
#: Australian desks alike). Police, army and fire are left out: "the police chief" is the
#: commissioner, not the police minister.
PORTFOLIO_NOUNS = frozenset("""agriculture agrarian finance treasury health defence defense trade
    commerce education energy environment transport transportation justice interior labour labor
    housing tourism foreign economy immigration industry mining mines water culture sport sports
    communications welfare fisheries infrastructure works budget climate science technology
    prime chief first""".split())
#: The words of a portfolio written out after "of" or "for" in a capitalised title before a name
#: ("Minister of State for Health Koh Poh Koon", "Minister for Sustainability and the Environment
#: Grace Fu", "Minister of State for Home Affairs ...": Singaporean, Malaysian, Indian, Irish and
#: British style), where the name the NER missed starts after the last of them.
PORTFOLIO_PHRASE_WORDS = PORTFOLIO_NOUNS | frozenset("""affairs state manpower development youth
    sustainability information digital home security planning resources family social community
    women children""".split())
#: The portfolio of a post's abbreviation: "the CM" is the Chief Minister, "the PM" the Prime
#: Minister, never the Transport Minister named since (Indian and British copy).
PORTFOLIO_OF_TITLE = {"cm": "chief", "pm": "prime"}
#: Posts a portfolio word qualifies ("Health Minister", "Finance Secretary", "Health MEC").
PORTFOLIO_POSTS = frozenset({"minister", "secretary", "mec"})
#: Heads of a second reference by portfolio: "the agriculture chief".
PORTFOLIO_HEADS = frozenset({"chief", "boss", "head", "czar", "tsar"})


#: Nouns a second reference uses for anyone of a kind of post: "Dutch lawmaker Bas Eickhout ...
#: the Green politician told reporters", "Mayor Ana Ruiz ... the politician". Not the other way:
#: "the mayor" is never just any politician.
ROLE_HYPERNYMS: dict[str, frozenset[str]] = {
    "politician": frozenset("""
        lawmaker legislator senator congressman congresswoman representative mp mep msp mla minister
        secretary councillor councilor councilman councilwoman councilmember alderman mayor governor
        premier president chancellor candidate leader""".split()),
}


def same_role(a: str, roles: frozenset[str] | set[str]) -> bool:
    """Whether role noun ``a`` is one of ``roles``, names the same post as one of them, or is
    the kind of post one of them is (``ROLE_HYPERNYMS``)."""
    if a in roles:
        return True
    if a in ROLE_HYPERNYMS and not ROLE_HYPERNYMS[a].isdisjoint(roles):
        return True
    return any(a in group and not group.isdisjoint(roles) for group in ROLE_SYNONYMS)
