"""Head nouns that say what a description refers to: a person, a document, an organisation.

Used to type descriptions ("a senior administration official" -> anonymous, "a 2009 report
by ..." -> document, "the ministry" -> organisation) and to match a definite description
with the entity it points back to by its head noun.
"""

from __future__ import annotations

#: Singular nouns for people; their plurals (officials, sources) make a group.
PERSON_NOUNS = frozenset(
    """
    official source spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney
    witness resident woman man person officer diplomat analyst expert member employee staffer
    insider lawmaker legislator investigator prosecutor teacher student doctor nurse worker
    protester protestor activist supporter voter neighbor neighbour friend relative colleague
    executive manager representative strategist operative consultant observer commander
    soldier agent leader organizer organiser volunteer veteran citizen participant bystander
    passenger victim survivor critic economist scientist researcher historian professor
    journalist reporter editor writer author candidate delegate donor fan owner farmer driver
    mother father son daughter wife husband sister brother girl boy senator president governor
    congressman congresswoman secretary minister mayor nominee chairman chairwoman judge
    justice ambassador general chancellor king queen prince princess ceo founder director
    commissioner chief sheriff pastor priest cleric imam rabbi bishop physician surgeon
    scholar academic pollster campaigner director clerk negotiator militant fighter rebel
    gunman suspect defendant plaintiff juror dealer trader broker banker businessman
    businesswoman entrepreneur inmate prisoner detainee refugee migrant immigrant student
    parent child mom dad grandmother grandfather uncle aunt cousin nephew niece coach player
    """.split()
)

#: Nouns for people of one gender.
NOUN_GENDER: dict[str, str] = {
    w: g
    for g, words in (
        ("m", "man spokesman father son husband brother boy congressman chairman king prince "
              "businessman dad grandfather uncle nephew priest"),
        ("f", "woman spokeswoman mother daughter wife sister girl congresswoman chairwoman "
              "queen princess businesswoman mom grandmother aunt niece"),
    )
    for w in words.split()
}

#: Written things that can be quoted: "the report reads", "a placard read".
DOCUMENT_NOUNS = frozenset(
    """
    report statement study letter document memo memorandum survey poll analysis complaint
    lawsuit suit indictment filing ruling decision opinion review paper article book email
    e-mail tweet post release bill resolution editorial brief motion petition assessment
    audit transcript sign placard banner poster note message website video ad advertisement
    leaflet notice manifesto proposal order directive cable dossier guidelines recording
    communique communiqué announcement testimony affidavit court-filing warrant verdict
    judgment judgement textbook guide handbook booklet pamphlet flyer sticker slogan graffiti
    """.split()
)

#: Head nouns of organisation names: "the ministry" -> "the Foreign Ministry".
ORG_NOUNS = frozenset(
    """
    ministry department agency company firm group organization organisation party campaign
    committee administration government council commission bureau office court board union
    association network newspaper magazine channel station institute foundation bank fund
    corporation service army military police force movement coalition alliance embassy club
    team university school hospital center centre church regime authority federation league
    body watchdog panel parliament congress senate house assembly cabinet junta militia
    network outlet publisher broadcaster airline automaker retailer charity nonprofit
    consortium conglomerate
    """.split()
)

#: Generic organisation nouns that point to the latest organisation whatever its name.
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "organization", "organisation"})

#: Words that start an indefinite description ("a senior official", "one banner").
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "two",
                                    "three", "many", "other"})
#: Words that start a definite description ("the official").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

#: Prepositions (and adjectives) that can extend a description: "a report by HRW".
DESCRIPTION_LINKS = frozenset({"by", "from", "of", "for", "at", "in", "with", "on", "familiar",
                               "close"})
