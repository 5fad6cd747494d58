"""Speaker gender: from honorifics, gendered nouns, resolved pronouns and single-sex given names
in the article; "unknown" when the text gives nothing.

Each speaker below is written so that a reader can tell what the text says about them (or that
it says nothing); the expected value is that reading, not the program's output. The same cases
are the "own fixtures" figures of docs/entities.md (``GENDER_CASES`` is counted there).
"""

from __future__ import annotations

import re

import pytest

from onrecord.entities import resolve
from onrecord.pipeline import extract
from onrecord.types import Quote, Speaker

HARBOUR = """Harbour Plan Splits the Council

Councillor Sarah Okafor opened the debate. "We cannot wait another winter," Ms. Okafor said.

Mr. Brennan, who runs the ferry company, disagreed. "The price is wrong," Brennan said.

Pat Delaney chaired the meeting. "The vote is tied," she said. "We meet again on Friday."

Jordan Ellis, a resident, was brief. "Fix the wall," Ellis said.

Lindqvist, an engineer, gave the figures. "It will cost twelve million," Lindqvist said.

A spokeswoman for the ministry said the plan was under review. "We have read it," the spokeswoman said.

"The harbour authority has no comment," the authority said.

David Mensah, a fisherman, spoke last. "My boat has sat idle for a month," Mensah said.
"""

#: (quoted words, mention as written, nth occurrence of the mention, what the text says)
GENDER_CASES = [
    ("We cannot wait another winter", "Ms. Okafor", 0, "female"),        # honorific (and "Sarah")
    ("The price is wrong", "Brennan", 1, "male"),                         # "Mr. Brennan" earlier
    ("The vote is tied", "she", 0, "female"),                             # pronoun; "Pat" says nothing
    ("Fix the wall", "Ellis", 1, "unknown"),                              # "Jordan" is used for both sexes
    ("It will cost twelve million", "Lindqvist", 1, "unknown"),           # a surname and a job: nothing
    ("We have read it", "the spokeswoman", 0, "female"),                  # a gendered noun
    ("The harbour authority has no comment", "the authority", 0, "unknown"),  # an organisation
    ("My boat has sat idle for a month", "Mensah", 1, "male"),            # given name "David"
]


def quote_at(text: str, words: str, mention: str, nth: int) -> Quote:
    start = text.index(words)
    at = [m.start() for m in re.finditer(rf"\b{re.escape(mention)}\b", text)][nth]
    return Quote(id=f"q{start}", kind="direct", text=words, start=start, end=start + len(words),
                 speaker=Speaker(name=mention, mention=mention, start=at, end=at + len(mention)))


@pytest.fixture(scope="module")
def resolved(nlp):
    quotes = [quote_at(HARBOUR, words, mention, nth) for words, mention, nth, _ in GENDER_CASES]
    _, out = resolve(nlp(HARBOUR), quotes)
    return out


@pytest.mark.parametrize("case", GENDER_CASES, ids=[c[1] for c in GENDER_CASES])
def test_gender_is_what_the_text_says(resolved, case):
    quote = next(q for q in resolved if q.text == case[0])
    assert quote.speaker.gender == case[3], quote.speaker


def test_gender_is_in_the_output_contract(nlp):
    from onrecord.schema import validate

    article = extract('"We will not back down," Mrs. Jane Roe said on Monday.', nlp=nlp)
    data = article.to_dict()
    validate(data)
    assert data["quotes"][0]["speaker"]["gender"] == "female"


def test_fast_path_reads_gender_from_the_mention(nlp):
    text = ('"We will not back down," Mrs. Roe said. "Nor will we," said Peter Lund. '
            '"Maybe," Lindqvist said. "Perhaps," he said.')
    article = extract(text, nlp=nlp, kinds=("direct", "mixed"), entities=False)
    got = {q.text.rstrip(",."): q.speaker.gender for q in article.quotes}
    assert got == {"We will not back down": "female", "Nor will we": "male", "Maybe": "unknown",
                   "Perhaps": "male"}


def test_old_records_without_gender_read_as_unknown():
    from onrecord.types import Article

    record = {"id": "a", "text": "x y", "quotes": [{"id": "q1", "kind": "direct", "text": "x", "start": 0, "end": 1,
                                                      "speaker": {"name": "Ann", "mention": "Ann", "start": 2, "end": 3,
                                                                  "entity": None, "type": "person"}}]}
    assert Article.from_dict(record).quotes[0].speaker.gender == "unknown"
