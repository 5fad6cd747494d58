"""The fast path (kinds direct+mixed, no entities) finds what the full pipeline finds."""

from __future__ import annotations

import pytest

from onrecord.errors import InputError
from onrecord.pipeline import extract
from onrecord.types import check_kinds

# A realistic wire story: a pronoun speaker, a colon lead-in across paragraphs, a quote
# whose cue follows in the next sentence, mixed speech, a multi-paragraph quote, and
# reported speech (which the fast path does not look for).
STORY = """Port Authority faces questions over harbour plan

By Staff Reporter

The harbour commission voted on Tuesday to delay the dredging project. Commissioner Maria Lopez was angry. “We have waited eleven years for this,” she said. “Every delay costs the town jobs.”

The port’s director, Tom Becker, told reporters:

“We will not cut corners on safety.”

Critics called the plan “a giveaway to developers” and said the town would pay twice.

“Who pays for the silt?” Lopez asked. The meeting ended at noon.

Becker said the commission would meet again in March.

“The first phase is funded,” Becker added.

“The second phase depends on the state budget, and nobody in Albany has promised anything yet,” he said.
"""


def _spans(article, kinds=("direct", "mixed")):
    return [(q.kind, q.text, q.cue, q.speaker.mention) for q in article.quotes if q.kind in kinds]


@pytest.fixture(scope="module")
def both(nlp):
    return extract(STORY, nlp=nlp), extract(STORY, nlp=nlp, kinds="direct,mixed", entities=False)


def test_the_fast_path_finds_the_same_quotes_and_speaker_mentions(both):
    full, fast = both
    assert _spans(fast) == _spans(full)
    assert _spans(fast) == [
        # one record for a quote interrupted by its attribution (two fragments)
        ("direct", "We have waited eleven years for this, Every delay costs the town jobs.", "said", "she"),
        # the subject as written; the appositive name is for the entities stage
        ("direct", "We will not cut corners on safety.", "told", "The port’s director"),
        # mixed speech: the cue's clause after the subject, up to the quoted words
        ("mixed", "the plan “a giveaway to developers”", "called", "Critics"),
        ("direct", "Who pays for the silt?", "asked", "Lopez"),
        ("direct", "The first phase is funded,", "added", "Becker"),
        ("direct", "The second phase depends on the state budget, and nobody in Albany has promised anything yet,",
         "said", "he"),
    ]


def test_the_fast_path_names_speakers_from_the_text_and_finds_no_entities(both):
    full, fast = both
    assert fast.entities == ()
    assert all(q.speaker.entity is None for q in fast.quotes)
    assert [(q.speaker.name, q.speaker.type) for q in fast.quotes] == [
        (None, "person"),  # "she": a pronoun names nobody until resolved
        ("The port’s director", "unknown"),  # a description as written; no NER to type it
        ("Critics", "group"),
        ("Maria Lopez", "person"),  # the article writes "Commissioner Maria Lopez" and no other Lopez
        ("Tom Becker", "person"),
        (None, "person"),  # "he"
    ]
    # the full pipeline resolves the pronoun to the commissioner named before it
    she = next(q for q in full.quotes if q.speaker.mention == "she")
    assert she.speaker.name == "Maria Lopez"
    he = next(q for q in full.quotes if q.speaker.mention == "he")
    assert he.speaker.name == "Tom Becker"
    assert any(e.name == "Maria Lopez" for e in full.entities)


def test_reported_speech_is_left_out_when_not_asked_for(both):
    full, fast = both
    assert any(q.kind == "indirect" for q in full.quotes)
    assert not any(q.kind == "indirect" for q in fast.quotes)


def test_kinds_are_checked():
    assert check_kinds(None) == ("direct", "mixed", "indirect")
    assert check_kinds("mixed, direct") == ("direct", "mixed")
    with pytest.raises(InputError, match="unknown quote kind.*'quotes'.*choose from direct, mixed, indirect"):
        check_kinds("direct,quotes")
    with pytest.raises(InputError, match="choose from"):
        check_kinds("")


def test_the_cli_takes_kinds_and_no_entities(tmp_path):
    import json

    from click.testing import CliRunner

    from onrecord.cli import cli

    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl", "--kinds", "direct,mixed", "--no-entities"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["entities"] == []
    assert [q["speaker"]["mention"] for q in record["quotes"]] == [
        "she", "The port’s director", "Critics", "Lopez", "Becker", "he",
    ]
    bad = CliRunner().invoke(cli, ["extract", str(path), "--kinds", "direct,quotes"])
    assert bad.exit_code == 1
    assert "unknown quote kind(s) 'quotes'; choose from direct, mixed, indirect" in bad.output


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title before a lone surname stays: Mr. and Mrs. Smith are two people
        ("Mr. Smith and Mrs. Smith spoke on Monday. “Yes,” Mrs. Smith said. “No,” Mr. Smith said.",
         ["Mrs. Smith", "Mr. Smith"]),
        # two given names with one surname: the surname is left as written
        ("Hillary Clinton and Bill Clinton arrived. “We are here,” Clinton said.", ["Clinton"]),
        # a given name we do not know still makes the surname ambiguous
        ("Homeland Security Secretary Jeh Johnson met Gary Johnson. “It went well,” Johnson said.", ["Johnson"]),
        # titles and offices before a name are not part of it
        ("“We are ready,” said Senate Majority Leader Mitch McConnell.", ["Mitch McConnell"]),
        ("Charlotte Mayor Jennifer Roberts spoke first. “The city is safe,” Roberts said.", ["Jennifer Roberts"]),
        # a bare name is kept whole, even with a given name we do not know
        ("“It was a long night,” said Norbert Leo Butz.", ["Norbert Leo Butz"]),
        # a lower-case particle is part of the name, before the surname and after it
        ("“The vote was clean,” said Justice Alexandre de Moraes.", ["Alexandre de Moraes"]),
        ("Luiz Inacio Lula da Silva was sworn in. “We are back,” Lula said.", ["Luiz Inacio Lula da Silva"]),
        # after a title or a role, a given name we do not know is still a given name
        ("Mayor Kennedy Stewart spoke first. “The city is safe,” Stewart said.", ["Kennedy Stewart"]),
        ("The group's spokeswoman Jo Holmes disagreed. “It is wrong,” Ms Holmes said.", ["Jo Holmes"]),
        # a surname the tagger reads as another word: the one full name the article writes
        ("Ron More, a spokesperson, confirmed the closure. “It's purely financial,” More says.", ["Ron More"]),
        # straight and curly apostrophes write one surname
        ("Judge Eugene O’Kelly heard the case. “We cannot have this,” Judge O'Kelly said.", ["Eugene O'Kelly"]),
        # a description of a person: the one name the article writes after that role or title
        ("Mayor Kennedy Stewart issued a statement. “We had no choice,” the mayor said.", ["Kennedy Stewart"]),
        ("Poppies boss Lee Glover was pleased. “It was a good night,” the Poppies boss said.", ["Lee Glover"]),
        ("Mayor Ana Ruiz met Mayor Tom Baker. “It went well,” the mayor said.", ["the mayor"]),
        # a two-word name that ends a longer one the article writes
        ("President Andres Manuel Lopez Obrador spoke. “It is good news,” Lopez Obrador said.",
         ["Andres Manuel Lopez Obrador"]),
    ],
)
def test_fast_path_names(nlp, text, names):
    article = extract(text, nlp=nlp, kinds="direct,mixed", entities=False)
    assert [q.speaker.name for q in article.quotes] == names
