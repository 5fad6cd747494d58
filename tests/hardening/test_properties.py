"""Properties of ``onrecord.extract`` for any text, and for generated news-like text.

For every input: no exception (a text holding a lone surrogate, which is not Unicode, is
refused with InputError); the output validates against the JSON Schema; every quote,
cue, speaker, fragment, entity mention and boilerplate span lies inside the text and
``text[start:end]`` is the text the record claims; extracting twice gives the same result;
a batch (``process_many``, spaCy's ``nlp.pipe``) gives what one-at-a-time ``extract`` gives.
"""

from __future__ import annotations

import re

import pytest
from hardening_support import PROFILE, assert_contract
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord import InputError, extract
from onrecord.options import Options
from onrecord.pipeline import process_many
from onrecord.schema import schema_errors, span_errors
from onrecord.types import Article, Document

pytestmark = pytest.mark.slow

QUOTE_MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "''", "``", "„", "‹", "›", "’’"]
NAMES = ["Jane Roe", "Sen. Ted Cruz", "Mr. Okafor", "Maria Delgado", "the Pentagon", "a senior official",
         "Hillary Clinton", "the report", "Ahmed al-Khatib", "NATO", "Dr. Wei Zhang", "Roe"]
PRONOUNS = ["he", "she", "they", "it", "He", "She", "They", "we", "I"]
CUES = ["said", "told reporters", "according to", "added", "insisted", "wrote", "said in a statement",
        "warned", "argued that", "says", "told", "asked"]
WORDS = ("the plan would fail and nobody knows why we will not back down on taxes it's don't Jones’ "
         "the ’90s rock ’n’ roll 5' 10 budget war vote Monday council families").split()
BREAKS = [" ", " ", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\t", "\u00a0", " — ", ": ", ", "]


def _phrase(draw) -> str:
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)))


@st.composite
def news_sentence(draw) -> str:
    """One sentence in a shape newsrooms use, with marks and pieces that may be missing or wrong."""
    open_, close = draw(st.sampled_from(QUOTE_MARKS)), draw(st.sampled_from(QUOTE_MARKS + [""]))
    who = draw(st.sampled_from(NAMES + PRONOUNS))
    cue = draw(st.sampled_from(CUES))
    words = _phrase(draw)
    shape = draw(st.integers(0, 6))
    if shape == 0:
        return f"{open_}{words},{close} {who} {cue}."
    if shape == 1:
        return f"{who} {cue}: {open_}{words}.{close}"
    if shape == 2:
        return f"{who} {cue} that {words}."
    if shape == 3:
        more = _phrase(draw)
        return f"{open_}{words},{close} {who} {cue}. {open_}{more}.{close}"
    if shape == 4:
        return f"{cue.capitalize()} {who}, the {words} was {open_}{_phrase(draw)}{close}."
    if shape == 5:
        return f"{open_}{words}"  # a quote that never closes
    return f"{words.capitalize()} {draw(st.sampled_from(QUOTE_MARKS))} {who}."


@st.composite
def news_text(draw) -> str:
    """An article: sentences joined by spaces, line and paragraph breaks."""
    sentences = draw(st.lists(news_sentence(), min_size=1, max_size=10))
    out = [sentences[0]]
    for sentence in sentences[1:]:
        out.append(draw(st.sampled_from(BREAKS)))
        out.append(sentence)
    return "".join(out)


_SURROGATE = re.compile("[\ud800-\udfff]")
# Any code points, lone surrogates and controls included; and news pieces mixed with noise.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)
NOISY_NEWS = st.lists(st.one_of(news_sentence(), st.sampled_from(QUOTE_MARKS + BREAKS), ANY_TEXT),
                      min_size=1, max_size=12).map("".join)


def _checked(text: str) -> Article | None:
    if _SURROGATE.search(text):  # half a UTF-16 pair is not a character: refused, with the offset named
        with pytest.raises(InputError, match="lone surrogate"):
            extract(text)
        return None
    article = extract(text)
    assert_contract(text, article)
    assert extract(text).to_dict() == article.to_dict()  # deterministic
    return article


@settings(PROFILE)
@given(text=news_text())
def test_news_like_text(text):
    _checked(text)


@settings(PROFILE)
@given(text=NOISY_NEWS)
def test_news_mixed_with_any_characters(text):
    _checked(text)


@settings(PROFILE)
@given(text=ANY_TEXT)
def test_any_unicode_text(text):
    _checked(text)


@settings(PROFILE, max_examples=max(5, PROFILE.max_examples // 4))
@given(texts=st.lists(news_text(), min_size=2, max_size=4))
def test_a_batch_gives_what_one_at_a_time_gives(texts):
    documents = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    batch = list(process_many(documents, Options(batch_size=3)))
    assert [r.to_dict() for r in batch] == [extract(d).to_dict() for d in documents]


def test_the_contract_checks_can_fail():
    """The checks above are not vacuous: a shifted span and a bad kind are caught."""
    text = '"We will not back down," Jane Roe said.'
    data = extract(text).to_dict()
    assert data["quotes"], "the example must have a quote"
    data["quotes"][0]["start"] += 1
    # the quote's one fragment is its quoted words, 1..23: a start moved to 2 leaves it outside
    assert span_errors(data)[0] == "$.quotes[0]: a fragment lies outside 2..23"
    data["quotes"][0]["kind"] = "rumour"
    data["entities"].append({"id": "e9", "name": "X", "type": "PERSON", "aliases": [], "mentions": [[5, 99999]]})
    assert any("rumour" in e for e in schema_errors(data))
    assert any("not inside the text" in e for e in span_errors(data))


FAST = {"kinds": "direct,mixed", "entities": False}


@settings(PROFILE)
@given(text=st.one_of(news_text(), NOISY_NEWS))
def test_the_fast_path_keeps_the_contract(text):
    """Parsing only around quote marks (``quotes/regions.py``) joins tokenized and parsed
    pieces: the text, the spans and the schema must come out as whole as on the full path."""
    if _SURROGATE.search(text):
        with pytest.raises(InputError, match="lone surrogate"):
            extract(text, **FAST)
        return
    article = extract(text, **FAST)
    assert_contract(text, article)
    assert article.entities == ()
    assert {q.kind for q in article.quotes} <= {"direct", "mixed"}
    assert extract(text, **FAST).to_dict() == article.to_dict()


@settings(PROFILE, max_examples=max(5, PROFILE.max_examples // 4))
@given(texts=st.lists(news_text(), min_size=2, max_size=4))
def test_a_fast_batch_gives_what_one_at_a_time_gives(texts):
    documents = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    batch = list(process_many(documents, Options.of(batch_size=3, **FAST)))
    assert [r.to_dict() for r in batch] == [extract(d, **FAST).to_dict() for d in documents]
