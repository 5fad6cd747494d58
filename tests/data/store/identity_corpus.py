"""A small hand-written corpus of two Clintons and two Bushes, for the store, CLI and web tests of
who is who across articles.

- Bill Clinton is "Former President Bill Clinton" / "President Clinton" in two articles (bill-1,
  bill-2): one speaker, 3 quotes;
- Hillary Clinton is "Hillary Clinton", "Hillary Rodham Clinton" (hillary-1) and "Hillary R.
  Clinton" (hillary-2): one speaker, 3 quotes; her entity says "Mrs. Clinton", "Secretary Clinton";
- in "mixed" the article names only Hillary Clinton, but its entity stage put "President Clinton"
  in her cluster and a quote is by "President Clinton": unresolved (the title is Bill's);
- in "nobody" a quote is by "President Clinton" and the article names no Clinton in full: Bill
  Clinton, the only Clinton the corpus writes "President Clinton";
- George W. Bush (bush-1) and George H. W. Bush (bush-2) are two speakers; a plain "George Bush"
  (bush-3) may be either: kept to its article.

Offsets come from str.index on the texts, so every span is exact.
"""

from __future__ import annotations

from onrecord.types import Article, Entity, Quote, Speaker

SAID = " said."


def _article(aid: str, outlet: str, date: str, lines: list[tuple[str, str, str, str | None]],
             entities: list[tuple[str, str, tuple[str, ...]]]) -> Article:
    """lines: (quote text, speaker name, mention as written, entity id); entities: (id, name, aliases)."""
    text = " ".join(f"\"{words},\" {mention}{SAID}" for words, _, mention, _ in lines)
    quotes = []
    at = 0
    for n, (words, name, mention, entity) in enumerate(lines, 1):
        start = text.index(words, at)
        m_start = text.index(mention, start)
        at = m_start
        quotes.append(Quote(id=f"q{n}", kind="direct", text=words, start=start, end=start + len(words), cue="said",
                            speaker=Speaker(name=name, mention=mention, start=m_start, end=m_start + len(mention),
                                            entity=entity, type="person"), confidence=0.9))
    ents = []
    for eid, name, aliases in entities:
        spans = tuple((i, i + len(a)) for a in (name, *aliases) if (i := text.find(a)) >= 0)
        ents.append(Entity(id=eid, name=name, type="PERSON", aliases=(name, *aliases), mentions=spans))
    return Article(id=aid, source=f"{aid}.txt", text=text, quotes=tuple(quotes), entities=tuple(ents),
                   meta={"site": outlet, "date": date, "title": f"{aid} story"})


def bill(n: int) -> Article:
    return _article(f"bill-{n}", "Daily", f"2016-0{n}-01", [
        (f"We built a bridge to the century number {n}", "Bill Clinton", "Former President Bill Clinton", "e1"),
        *([("The economy grew for eight years", "Bill Clinton", "President Clinton", "e1")] if n == 1 else []),
    ], [("e1", "Bill Clinton", ("President Clinton", "Former President Bill Clinton"))])


def hillary(n: int) -> Article:
    lines = [("I am running for everyone", "Hillary Clinton", "Hillary Clinton", "e1"),
             ("We will break the glass ceiling", "Hillary Rodham Clinton", "Hillary Rodham Clinton", "e1")] \
        if n == 1 else [("Stronger together is our plan", "Hillary R. Clinton", "Hillary R. Clinton", "e1")]
    return _article(f"hillary-{n}", "Courier", f"2016-0{n + 2}-01", lines,
                    [("e1", "Hillary Clinton", ("Mrs. Clinton", "Secretary Clinton"))])


def mixed() -> Article:
    return _article("mixed", "Courier", "2016-06-01", [
        ("Nobody here wanted that deal", "Hillary Clinton", "Hillary Clinton", "e1"),
        ("I signed the law in nineteen ninety six", "President Clinton", "President Clinton", "e1"),
    ], [("e1", "Hillary Clinton", ("President Clinton",))])


def nobody() -> Article:
    return _article("nobody", "Daily", "2016-07-01", [
        ("The foundation does good work", "President Clinton", "President Clinton", None)], [])


def bushes() -> list[Article]:
    return [
        _article("bush-1", "Daily", "2016-08-01", [("Mission accomplished in the end", "George W. Bush",
                                                     "George W. Bush", "e1")], [("e1", "George W. Bush", ())]),
        _article("bush-2", "Daily", "2016-08-02", [("Read my lips on taxes", "George H. W. Bush",
                                                     "George H. W. Bush", "e1")], [("e1", "George H. W. Bush", ())]),
        _article("bush-3", "Courier", "2016-08-03", [("A thousand points of light", "George Bush", "George Bush",
                                                      "e1")], [("e1", "George Bush", ())]),
    ]


def corpus() -> list[Article]:
    return [bill(1), bill(2), hillary(1), hillary(2), mixed(), nobody(), *bushes()]
