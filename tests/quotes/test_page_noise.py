"""Quotes on a scraped page: a lead repeated at the top, and a teaser list full of quotes.

The page is hand-written to look like a scrape: the lead paragraph (with a quote) is glued
in front of the article, and the page ends in a "Most read" list of other stories' headlines.
"""

from __future__ import annotations

import onrecord

LEAD = ('Dock workers in Felixstowe will strike for a week from Monday, the union said, after '
        'talks broke down. "We have been left with no choice," said union organiser Bob Grant.')

PAGE = f"""{LEAD}

Port strike to start on Monday

{LEAD}

The port handles almost half of Britain's container trade. Shipping lines said they would divert vessels to Rotterdam.

"A week-long stoppage will cost the economy hundreds of millions," Karen Mills, chief executive of the port operator, told reporters.

Most read
'We will not back down,' says minister as rail strike enters third week
"I was terrified": passengers describe ferry fire
Mayor says "no more delays" on ring road
"""


def test_repeated_lead_quote_is_reported_once_and_teaser_quotes_are_flagged(nlp):
    article = onrecord.extract(PAGE, nlp=nlp)
    reasons = {b.reason for b in article.boilerplate}
    assert {"duplicate", "related-links"} <= reasons

    grant = [q for q in article.quotes if q.text.startswith("We have been left with no choice")]
    assert len(grant) == 1
    assert grant[0].speaker.name == "Bob Grant"
    assert "boilerplate" not in grant[0].flags

    mills = [q for q in article.quotes if q.text.startswith("A week-long stoppage")]
    assert len(mills) == 1 and mills[0].speaker.name == "Karen Mills"

    teaser_start = PAGE.index("Most read")
    assert [q for q in article.quotes if q.start >= teaser_start] == []  # page noise: left out by default
    kept = onrecord.extract(PAGE, nlp=nlp, options=onrecord.Options(keep_boilerplate=True))
    teaser = [q for q in kept.quotes if q.start >= teaser_start]
    assert teaser, "the teaser headlines hold quotes; with keep_boilerplate they are reported, flagged"
    for q in teaser:
        assert "boilerplate" in q.flags
        assert q.speaker.name is None and q.speaker.entity is None
