"""A small hand-written news corpus for the store, search and web tests.

Four articles from four outlets about one story, written to exercise the cross-article rules:
- Senator Jane Roe is quoted by Reuters ("Jane Roe"), the AP ("Sen. Jane Roe") and the Guardian
  ("Ms. Roe", resolved to "Jane Roe" only through the article's entity): one speaker, 4 quotes;
- Peter Roe, a farmer, shares her surname: a different speaker (2 quotes, AP only);
- a blog quotes a bare "Roe" with no full name: kept apart; its quote contains a <script> tag;
- the Guardian's "May" (a surname that is a common word) has no full name: kept apart;
- "a US official" speaks in three articles: three different anonymous speakers;
- the Pentagon speaks in Reuters and the blog: one organisation;
- the wire quote "We will not stand by ..." is in Reuters and AP verbatim and in the Guardian
  with one word added: one reuse group of 3 quotes, 3 outlets, first carried by Reuters.

Offsets are found with str.index on the texts below, so every span is exact by construction.
Genders are what each text gives: Jane Roe is "Ms. Roe" (Reuters, the Guardian) and "Jane" (AP):
female; the blog's bare "Roe" gives nothing; Peter Roe (a given name) and "Mr. May" are male.
"""

from __future__ import annotations

from onrecord.types import Article, Boilerplate, Entity, Quote, Speaker

WIRE = "We will not stand by while families are torn apart by this war,"
WIRE_EDITED = "We will not stand by while families are torn apart by this terrible war,"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _entity(text: str, eid: str, name: str, type_: str, mentions: list[str], aliases: tuple[str, ...] = ()) -> Entity:
    spans = []
    for mention in mentions:
        at = 0
        while (found := text.find(mention, at)) >= 0:
            spans.append((found, found + len(mention)))
            at = found + len(mention)
    return Entity(id=eid, name=name, type=type_, aliases=aliases or (name,), mentions=tuple(sorted(spans)))


def _quote(text: str, qid: str, kind: str, words: str, name: str | None, mention: str | None,
           stype: str = "person", entity: str | None = None, cue: str = "said", gender: str = "unknown") -> Quote:
    start, end = _span(text, words)
    m_start, m_end = _span(text, mention) if mention else (None, None)
    return Quote(id=qid, kind=kind, text=words, start=start, end=end, cue=cue,
                 speaker=Speaker(name=name, mention=mention, start=m_start, end=m_end, entity=entity, type=stype,
                                 gender=gender),
                 confidence=0.9)


def _article(aid: str, source: str, text: str, quotes: list, entities: list, boilerplate=(), **meta) -> Article:
    return Article(id=aid, source=source, text=text, quotes=tuple(quotes), entities=tuple(entities),
                   boilerplate=tuple(boilerplate), meta=meta)


def reuters() -> Article:
    t = ("WASHINGTON (Reuters) - Senator Jane Roe on Wednesday called for new sanctions on Syria.\n\n"
         f"\"{WIRE}\" Roe said in a statement.\n\n"
         "A US official said the administration was reviewing its options.\n\n"
         "The Pentagon said it had \"no plans to deploy troops to Syria at this time.\"\n\n"
         "Ms. Roe added that Congress would vote next week.\n\n"
         "Related: Markets slide as oil climbs")
    return _article(
        "reuters-roe", "reuters/roe.html", t,
        [_quote(t, "q1", "direct", WIRE, "Jane Roe", "Roe", entity="e1", gender="female"),
         _quote(t, "q2", "indirect", "the administration was reviewing its options", "a US official",
                "A US official", stype="anonymous"),
         _quote(t, "q3", "mixed", "no plans to deploy troops to Syria at this time.", "the Pentagon", "The Pentagon",
                stype="organization", entity="e3"),
         _quote(t, "q4", "indirect", "Congress would vote next week", "Jane Roe", "Ms. Roe", entity="e1",
                cue="added", gender="female")],
        [_entity(t, "e1", "Jane Roe", "PERSON", ["Jane Roe", "Ms. Roe"], ("Jane Roe", "Roe", "Ms. Roe")),
         _entity(t, "e2", "Syria", "GPE", ["Syria"]),
         _entity(t, "e3", "Pentagon", "ORG", ["Pentagon"]),
         _entity(t, "e4", "Congress", "ORG", ["Congress"])],
        [Boilerplate(*_span(t, "Related: Markets slide as oil climbs"), "related-links")],
        title="Senator Roe urges action on Syria", site="Reuters", date="2011-03-02T14:05:00Z",
        url="https://www.reuters.com/world/roe-syria-2011-03-02",
    )


def ap() -> Article:
    t = (f"WASHINGTON (AP) — \"{WIRE}\" Sen. Jane Roe said Wednesday.\n\n"
         "Peter Roe, a wheat farmer in Kansas who is not related to the senator, said sanctions would hurt "
         "exports.\n\n"
         "\"Nobody asked us,\" Peter Roe said.\n\n"
         "A US official, speaking on condition of anonymity, said talks with Syria had stalled.")
    return _article(
        "ap-roe", "ap/roe.jsonl", t,
        [_quote(t, "q1", "direct", WIRE, "Jane Roe", "Sen. Jane Roe", entity="e1", gender="female"),
         _quote(t, "q2", "indirect", "sanctions would hurt exports", "Peter Roe", "Peter Roe", entity="e2",
                gender="male"),
         _quote(t, "q3", "direct", "Nobody asked us,", "Peter Roe", "Peter Roe", entity="e2", gender="male"),
         _quote(t, "q4", "indirect", "talks with Syria had stalled", "a US official", "A US official",
                stype="anonymous")],
        [_entity(t, "e1", "Jane Roe", "PERSON", ["Jane Roe"]),
         _entity(t, "e2", "Peter Roe", "PERSON", ["Peter Roe"]),
         _entity(t, "e3", "Syria", "GPE", ["Syria"]),
         _entity(t, "e4", "Kansas", "GPE", ["Kansas"])],
        title="Roe: 'We will not stand by'", site="AP", date="2011-03-03",
        url="https://apnews.com/article/syria-roe",
    )


def guardian() -> Article:
    t = ("Jane Roe has spent a decade on the foreign relations committee.\n\n"
         f"\"{WIRE_EDITED}\" Ms. Roe told the Guardian on Sunday.\n\n"
         "Her colleague Mr. May disagreed. \"Sanctions have never worked,\" May said.\n\n"
         "Share this article")
    return _article(
        "guardian-roe", "guardian/roe.html", t,
        [_quote(t, "q1", "direct", WIRE_EDITED, "Ms. Roe", "Ms. Roe", entity="e1", cue="told", gender="female"),
         _quote(t, "q2", "direct", "Sanctions have never worked,", "May", "May", entity="e2", gender="male")],
        [_entity(t, "e1", "Jane Roe", "PERSON", ["Jane Roe", "Ms. Roe"], ("Jane Roe", "Ms. Roe")),
         _entity(t, "e2", "Mr. May", "PERSON", ["Mr. May"], ("Mr. May", "May"))],
        [Boilerplate(*_span(t, "Share this article"), "share")],
        title="Roe's long fight", site="The Guardian", date="2011-04-10",
        url="https://www.theguardian.com/politics/2011/apr/10/roe",
    )


SCRIPT_QUOTE = "<script>alert('x')</script> is what they want to inject into our politics,"


def blog() -> Article:
    t = ("Roe, the senator, was blunt at the town hall. "
         f"\"{SCRIPT_QUOTE}\" Roe said.\n\n"
         "A US official said nothing had changed.\n\n"
         "Later the Pentagon said the review was complete.")
    return _article(
        "blog-roe", "blog/roe.txt", t,
        [_quote(t, "q1", "direct", SCRIPT_QUOTE, "Roe", "Roe", entity="e1"),
         _quote(t, "q2", "indirect", "nothing had changed", "a US official", "A US official", stype="anonymous"),
         _quote(t, "q3", "indirect", "the review was complete", "the Pentagon", "the Pentagon",
                stype="organization", entity="e2")],
        [_entity(t, "e1", "Roe", "PERSON", ["Roe"]),
         _entity(t, "e2", "Pentagon", "ORG", ["Pentagon"])],
        title="Notes from the town hall", site="Capitol Notes", date="2011-05-01",
    )


def corpus() -> list[Article]:
    """The four articles, in publication order."""
    return [reuters(), ap(), guardian(), blog()]
