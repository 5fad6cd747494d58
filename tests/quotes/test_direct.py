"""Direct and mixed quotes with their cue and speaker, on realistic news text.

Expected values are worked out by hand from the sentences; the real English pipeline
parses them (the `nlp` fixture).
"""

from __future__ import annotations

import pytest

import onrecord
from onrecord.types import quote_text


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str):
        article = onrecord.extract(text, nlp=nlp)
        for q in article.quotes:  # every span indexes the text
            assert quote_text(article.text, q.kind, q.start, q.end, q.fragments) == q.text
            if q.speaker.start is not None:
                assert article.text[q.speaker.start:q.speaker.end] == q.speaker.mention
        return article

    return _run


def only(article, kind=None):
    quotes = [q for q in article.quotes if kind is None or q.kind == kind]
    assert len(quotes) == 1, [(q.kind, q.text) for q in article.quotes]
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "quote", "cue", "mention"),
    [
        ('"We will rebuild the bridge by spring," said Mayor Ana Ruiz.',
         "We will rebuild the bridge by spring,", "said", "Mayor Ana Ruiz"),
        ("“We will rebuild the bridge by spring,” Ruiz said on Tuesday.",
         "We will rebuild the bridge by spring,", "said", "Ruiz"),
        ("Ruiz said: “We will rebuild the bridge by spring.”",
         "We will rebuild the bridge by spring.", "said", "Ruiz"),
        ("The mayor told reporters, “We will rebuild the bridge by spring.”",
         "We will rebuild the bridge by spring.", "told", "The mayor"),
        ("“The contract was never put out to tender,” Tom Baker, a lawyer for the residents who sued the city last year, told the court.",
         "The contract was never put out to tender,", "told", "Tom Baker"),
        ("“No one consulted us,” insisted Maria Lopez, who runs the bakery on Dock Street.",
         "No one consulted us,", "insisted", "Maria Lopez"),
        ("“This budget is a fantasy,” the opposition leader warned.",
         "This budget is a fantasy,", "warned", "the opposition leader"),
        ("“We got it wrong,” the minister acknowledged in a letter to parents.",
         "We got it wrong,", "acknowledged", "the minister"),
        ("“Shame on you!” shouted a woman in the crowd.",
         "Shame on you!", "shouted", "a woman"),
    ],
)
def test_speaker_after_or_before_the_quote(run, text, quote, cue, mention):
    q = only(run(text), kind="direct")
    assert q.kind == "direct"
    assert q.text == quote
    assert q.cue.split()[-1] == cue
    assert mention in q.speaker.mention or q.speaker.mention in mention


def test_dash_attribution(run):
    q = only(run("“The water is back, at last.” — Joan Miller, resident of Flint"))
    assert q.text == "The water is back, at last."
    assert q.speaker.mention.startswith("Joan Miller")


def test_colon_lead_in_in_the_previous_paragraph(run):
    text = "The statement from the union read in full:\n\n“Our members will not accept a pay freeze.”"
    q = only(run(text))
    assert q.text == "Our members will not accept a pay freeze."
    assert q.speaker.mention == "The statement from the union"
    assert q.speaker.type == "document"


def test_split_quote_is_one_record_with_two_fragments(run):
    text = "“We are not finished,” she said. “We are only starting.”"
    q = only(run(text))
    assert q.fragments == ((1, 21), (34, 55))
    assert q.text == "We are not finished, We are only starting."  # the quoted words only (contract v2)
    assert (q.start, q.end) == (1, 55)  # the span still covers the whole
    assert q.speaker.mention == "she"


def test_a_whole_quoted_paragraph_after_an_attributed_one_is_its_own_record_with_its_speaker(run):
    text = (
        "“The river rose faster than any of us expected,” said Pedro Alves, the harbour master.\n\n"
        "“By midnight the lower town was under a metre of water.”\n\n"
        "Officials said repairs would take weeks."
    )
    first, second = [q for q in run(text).quotes if q.kind != "indirect"]
    assert (first.text, first.flags) == ("The river rose faster than any of us expected,", ())
    assert (second.text, second.cue, second.flags) == (
        "By midnight the lower town was under a metre of water.", None, ("inherited-speaker",))
    assert first.speaker.mention == second.speaker.mention == "Pedro Alves"
    assert second.confidence < first.confidence


def test_multi_paragraph_quote(run):
    text = (
        "Ms. Okafor said in her speech:\n\n"
        "“We have waited ten years for this road.\n\n"
        "“We will wait no longer.”\n\n"
        "The council meets again on Friday."
    )
    q = only(run(text), kind="direct")
    assert q.text.startswith("We have waited ten years")
    assert q.text.endswith("We will wait no longer.")
    assert q.speaker.mention == "Ms. Okafor"


def test_mixed_quote_is_the_reported_statement(run):
    text = ('The spokesman said the council backed "in broad terms" a plan that would '
            '"end the stalemate" over the port.')
    q = only(run(text), kind="mixed")
    assert q.text.startswith("the council backed")
    assert "end the stalemate" in q.text
    assert q.cue == "said"
    assert q.speaker.mention == "The spokesman"


@pytest.mark.parametrize(
    "text",
    [
        'Critics of the cuts mocked the so-called "peace dividend" on Monday.',
        'The ministry launched a campaign to root out "disloyal ideas" in schools.',
        'She starred in "Orange Is the New Black" before moving to Paris.',
    ],
)
def test_scare_quotes_and_titles_are_not_speech(run, text):
    assert [q for q in run(text).quotes if q.kind != "indirect"] == []


def test_unbalanced_marks_keep_later_quotes_intact(run):
    text = "He said “this is wrong. Then “We are fine,” Ruiz said."
    quotes = [q for q in run(text).quotes if q.text.startswith("We are fine")]
    assert len(quotes) == 1 and quotes[0].speaker.mention == "Ruiz"


def test_quote_cut_off_at_the_end_of_the_text(run):
    q = only(run("The mayor said: “We will rebuild every house"))
    assert q.text == "We will rebuild every house"
    assert q.confidence < 0.9


def test_pronoun_speaker_is_resolved_to_the_fullest_name(run):
    text = (
        "Sarah Connor, who chairs the housing committee, opened the hearing.\n\n"
        "“Nobody will be evicted this winter,” Ms. Connor said.\n\n"
        "“We have the money,” she added."
    )
    quotes = [q for q in run(text).quotes if q.kind == "direct"]
    assert [q.speaker.mention for q in quotes] == ["Ms. Connor", "she"]
    assert [q.speaker.name for q in quotes] == ["Sarah Connor", "Sarah Connor"]
    assert quotes[0].speaker.entity == quotes[1].speaker.entity is not None


def test_anonymous_source_is_kept_as_written(run):
    text = (
        "“The talks are over,” a senior administration official said on condition of anonymity.\n\n"
        "“There is nothing left to discuss,” the official said."
    )
    quotes = [q for q in run(text).quotes if q.kind == "direct"]
    assert quotes[0].speaker.name == "a senior administration official"
    assert quotes[0].speaker.type == "anonymous"
    assert quotes[1].speaker.name == "a senior administration official"


def test_headline_with_single_quoted_speech(run):
    text = "Mayor: ‘We will not raise taxes’\n\nThe mayor spoke at the town hall on Monday."
    q = only(run(text))
    assert q.text == "We will not raise taxes"
    assert q.speaker.mention == "Mayor"


def test_output_validates_against_the_schema(run):
    jsonschema = pytest.importorskip("jsonschema")
    import json
    from importlib import resources

    schema = json.loads(resources.files("onrecord").joinpath("schema/article.schema.json").read_text())
    article = run("“We will rebuild,” said Mayor Ana Ruiz.\n\nCritics said the plan was too late.")
    jsonschema.validate(article.to_dict(), schema)
