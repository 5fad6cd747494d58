"""A hand-written corpus for sources by outlet, gender and time: three outlets, two months.

Each article is a few lines of "<words>," <speaker> said. Speakers and what the texts say of
their gender (given on each Speaker, as the entities stage would give it):

- Ana Ruiz, "Mayor Ana Ruiz" / "Ms. Ruiz": female (Harbour Herald x3, Coast Wire x1)
- Tom Baker, "Mr. Baker": male (Harbour Herald x1, Valley Times x2)
- Lee Chan: the text gives nothing (Harbour Herald x1): unknown
- Ken Obi, "Mr. Obi": male (Valley Times x1)
- Sara Lind, "Ms. Lind": female (Valley Times x1, Coast Wire x1)
- the harbour council: an organisation (Valley Times x1): not a person, never counted as one
- Jo Park: "she" in the Harbour Herald, "he" in the Valley Times (two articles disagree): unknown
  as a person, though each quote keeps its article's word

By hand, persons' quotes and people per outlet (shares are women / (women + men)):

=============== ======================== ===================== ===========================
outlet          quotes F / M / U          share of quotes       people F / M / U, share
=============== ======================== ===================== ===========================
Harbour Herald  Ruiz 3, Baker 1, Chan 1,  3 / 1 / 2 -> 0.75      Ruiz, Baker, Chan, Park:
                Park 1 (unknown overall)                         1 / 1 / 2 -> 0.5
Valley Times    Baker 2, Obi 1, Lind 1,   1 / 3 / 1 -> 0.25      Baker, Obi, Lind, Park:
                Park 1                                           1 / 2 / 1 -> 0.333
Coast Wire      Ruiz 1, Lind 1            2 / 0 / 0 -> 1.0       2 / 0 / 0 -> 1.0
=============== ======================== ===================== ===========================

By month: 2024-01 (Herald 01-10, Times 01-20): quotes Ruiz 2, Baker 1 + 2, Obi 1, Park 1 + 1:
F 2, M 4, U 2 -> 0.333; people Ruiz, Baker, Obi, Park: 1 / 2 / 1 -> 0.333.
2024-02 (Herald 02-05, Times 02-14, Wire 02-20): Ruiz 1 + 1, Chan 1, Lind 1 + 1: F 4, U 1 -> 1.0;
people Ruiz, Chan, Lind: 2 / 0 / 1 -> 1.0. All: quotes 13 by people (F 6, M 4, U 3): 0.6;
people 6 (Ruiz, Lind F; Baker, Obi M; Chan, Park U): 0.5.
"""

from __future__ import annotations

from onrecord.types import Article, Quote, Speaker

#: (outlet, date, [(words, name as resolved, mention as written, type, gender as the article says)])
ARTICLES = [
    ("Harbour Herald", "2024-01-10", [
        ("The wall must be finished before winter", "Ana Ruiz", "Mayor Ana Ruiz", "person", "female"),
        ("We have the money for the first phase", "Ana Ruiz", "Ms. Ruiz", "person", "female"),
        ("The contract was never put out to tender", "Tom Baker", "Mr. Baker", "person", "male"),
        ("Nobody asked the fishermen what they need", "Jo Park", "she", "person", "female"),
    ]),
    ("Harbour Herald", "2024-02-05", [
        ("Work starts on the north wall in March", "Ana Ruiz", "Ms. Ruiz", "person", "female"),
        ("The tide tables were wrong last year", "Lee Chan", "Lee Chan", "person", "unknown"),
    ]),
    ("Valley Times", "2024-01-20", [
        ("The harbour plan costs twice what it should", "Tom Baker", "Mr. Baker", "person", "male"),
        ("I will ask the auditor to look at every invoice", "Tom Baker", "Mr. Baker", "person", "male"),
        ("The ferries will keep running all winter", "Ken Obi", "Mr. Obi", "person", "male"),
        ("The valley farms need the road more than the wall", "Jo Park", "he", "person", "male"),
    ]),
    ("Valley Times", "2024-02-14", [
        ("The school bus route will change on Monday", "Sara Lind", "Ms. Lind", "person", "female"),
        ("The council has approved the second phase", "the harbour council", "the harbour council",
         "organization", "unknown"),
    ]),
    ("Coast Wire", "2024-02-20", [
        ("The first stones were laid this morning", "Ana Ruiz", "Ms. Ruiz", "person", "female"),
        ("Parents should plan for the new bus times", "Sara Lind", "Ms. Lind", "person", "female"),
    ]),
]


def corpus() -> list[Article]:
    """The five articles, each quote at its exact offsets in a text built from its lines."""
    articles = []
    for number, (outlet, day, lines) in enumerate(ARTICLES, 1):
        text, quotes = f"{outlet} report {number}.\n\n", []
        for i, (words, name, mention, stype, gender) in enumerate(lines, 1):
            start = len(text) + 1
            text += f'"{words}," {mention} said.\n\n'
            m_start = start + len(words) + 3
            quotes.append(Quote(
                id=f"q{i}", kind="direct", text=words + ",", start=start, end=start + len(words) + 1, cue="said",
                cue_start=m_start + len(mention) + 1, cue_end=m_start + len(mention) + 5, confidence=0.9,
                speaker=Speaker(name=name, mention=mention, start=m_start, end=m_start + len(mention), type=stype,
                                gender=gender)))
        articles.append(Article(id=f"sources-{number}", source=f"sources/{number}.txt", text=text.rstrip() + "\n",
                                quotes=tuple(quotes),
                                meta={"title": f"{outlet}: harbour wall, part {number}", "site": outlet, "date": day,
                                      "url": f"https://example.org/{number}"}))
    return articles
