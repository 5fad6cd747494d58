"""Quote records a reader can trust (issue 15): the quoted words only, the right extent, no noise.

Each text was written for the test; the expected records were worked out by hand from it. The
real English pipeline parses them (the ``nlp`` fixture).
"""

from __future__ import annotations

import pytest

import onrecord
from onrecord.schema import validate


@pytest.fixture(scope="module")
def records(nlp):
    def run(text: str, **options):
        article = onrecord.extract(text, nlp=nlp, **options)
        validate(article.to_dict())  # the contract, text and spans included
        return [q for q in article.quotes if q.kind != "indirect"], article

    return run


def test_the_text_of_an_interrupted_quote_is_its_quoted_words(records):
    text = ("“We cannot wait another winter,” said Mayor Ana Ruiz, who has championed the wall. "
            "“Every family down there knows what the water does.”")
    (q,), _ = records(text)
    assert q.text == "We cannot wait another winter, Every family down there knows what the water does."
    assert [text[a:b] for a, b in q.fragments] == [
        "We cannot wait another winter,", "Every family down there knows what the water does."]
    assert (q.start, q.end) == (1, len(text) - 1)  # the span still covers the whole
    assert q.speaker.name == "Ana Ruiz"


def test_a_whole_quoted_paragraph_after_an_attributed_one_inherits_the_speaker(records):
    text = "Harbour works\n\n“We will rebuild the bridge,” the mayor, Ana Ruiz, said.\n\n“It will take two years.”"
    (first, second), _ = records(text)
    assert (first.text, first.cue) == ("We will rebuild the bridge,", "said")
    assert (second.text, second.cue, second.flags) == ("It will take two years.", None, ("inherited-speaker",))
    assert second.speaker.mention == first.speaker.mention and second.speaker.start == first.speaker.start


def test_a_quote_left_open_across_paragraphs_is_one_record_with_a_fragment_per_paragraph(records):
    text = "Harbour works\n\n“We will rebuild the bridge,” the mayor said. “It will be hard.\n\n“But it will take two years.”"
    (q,), _ = records(text)
    assert [text[a:b] for a, b in q.fragments] == [
        "We will rebuild the bridge,", "It will be hard.", "But it will take two years."]
    assert q.text == "We will rebuild the bridge, It will be hard. But it will take two years."


def test_unrelated_quotes_are_never_joined(records):
    text = ("Parents rally for a new school\n\n“No more delays. Build the school now,” reads one placard. Parents "
            "holding photos wore shirts printed on the back: “Our kids deserve better.”")
    (placard, shirts), _ = records(text)
    assert (placard.text, placard.speaker.mention) == ("No more delays. Build the school now,", "one placard")
    assert shirts.text == "Our kids deserve better."
    assert shirts.speaker.mention != placard.speaker.mention and shirts.speaker.mention is not None


def test_a_cue_between_two_quoted_phrases_makes_one_mixed_record(records):
    text = 'The ruling could be a kind of "quiet warning," she said, aimed at "anyone who thinks the law is optional."'
    (q,), _ = records(text)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "she")
    assert [text[a:b] for a, b in q.fragments] == ["quiet warning,", "anyone who thinks the law is optional."]


def test_a_quote_under_according_to_keeps_its_kind(records):
    text = "The harbour is “among the ten most exposed” in England, according to the agency’s report."
    (q,), article = records(text)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "according to", "the agency’s report")
    assert q.text == "The harbour is “among the ten most exposed” in England"
    assert [r for r in article.quotes if r.kind == "indirect"] == []  # not an indirect record with marks inside


@pytest.mark.parametrize("text", [
    'The carmaker posted a clip of its truck doing "donut drills" on a frozen lake.',  # a label in what was posted
    'The so-called "peace dividend" never came.',
    'Justin Bieber canceled his "Purpose" world tour last week.',  # a name used as a modifier
])
def test_scare_quotes_and_labels_stay_out(records, text):
    found, _ = records(text)
    assert found == []


def test_what_he_called_is_mixed_with_its_speaker(records):
    (q,), _ = records('Mr. Trump dismissed what he called "a witch hunt."')
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "called", "he")
    assert "a witch hunt" in q.text


def test_a_section_label_is_no_speaker(records):
    (q,), _ = records("Markets wobble\n\nSTOCKS:\n\n“Markets are nervous before the vote.”")
    assert q.speaker.mention is None and "unattributed" in q.flags


def test_a_cue_noun_leads_in(records):
    text = ("Council news\n\nCouncillor Dana Price issued the following statement:\n\n"
            "“The decision is a betrayal of every resident of this town.”")
    (q,), _ = records(text)
    assert q.text == "The decision is a betrayal of every resident of this town."
    assert q.cue == "statement" and "Dana Price" in q.speaker.mention


def test_a_statement_quoted_over_many_paragraphs_after_one_lead_in(records):
    paragraphs = ["The board has reviewed the audit in full.", "We accept every recommendation it makes.",
                  "Staff will be retrained this spring.", "Families deserve nothing less.",
                  "We will report back in June."]
    text = "Audit\n\nChairwoman Lena Ortiz released the following statement:\n\n" + "\n\n".join(
        ("“" + p + ("”" if i == len(paragraphs) - 1 else "")) for i, p in enumerate(paragraphs))
    found, _ = records(text)
    assert [text[a:b] for q in found for a, b in q.fragments] == paragraphs
    assert {q.speaker.name for q in found} == {"Lena Ortiz"}


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_that_repeats_it(records):
    text = ("Harbour town split over flood wall: ‘We cannot wait another winter’\n\n"
            "PORTMERE — The council voted on Tuesday.\n\n“We cannot wait another winter,” said Mayor Ana Ruiz.")
    headline, body = records(text)[0]
    assert (headline.text, headline.flags, headline.speaker.name) == ("We cannot wait another winter", ("headline",), "Ana Ruiz")
    assert headline.confidence < body.confidence


def test_a_one_word_headline_quote_is_found_and_keeps_no_speaker_without_a_body_match(records):
    found, _ = records("Trump ‘furious’ over leak\n\nThe president was angry on Tuesday, aides said.")
    (q,) = found
    assert (q.text, q.speaker.name) == ("furious", None)
    assert set(q.flags) == {"unattributed", "headline"} and q.confidence < 0.5


def test_a_capitalised_word_quoted_in_a_sentence_case_headline_is_a_title(records):
    # sentence case capitalises names only: 'Macbeth' is the play, not a word anyone said
    found, _ = records("Review: A bold 'Macbeth' that forgets to be frightening\n\nThe staging is bare.")
    assert found == []
    # in title case every word is capitalised, so the quoted word may be speech
    found, _ = records("Minister's 'Disgraceful' Remark Sparks Row\n\nThe remark came on Tuesday.")
    assert [q.text for q in found] == ["Disgraceful"]


def test_boilerplate_quotes_are_left_out_unless_kept(records):
    text = ("Harbour works\n\n“We will rebuild the bridge,” the mayor said.\n\nMost read\n"
            "'We will not back down,' says minister as rail strike enters third week\n")
    found, _ = records(text)
    assert [q.text for q in found] == ["We will rebuild the bridge,"]
    kept, _ = records(text, options=onrecord.Options(keep_boilerplate=True))
    assert [(q.text, q.flags) for q in kept][-1] == ("We will not back down,", ("boilerplate",))


def test_a_crosshead_set_as_a_quotation_continues_no_one(records):
    # NYT style: a section headed by a quoted phrase in title case, the words of a quote below it
    text = ("Climate warning\n\n\"The trend lines are worrying,\" Mr. Obama said.\n\n'All Bets Are Off.'\n\n"
            "The historian Douglas Brinkley said later that \"all bets are off\" if the seas keep rising.\n")
    found, _ = records(text)
    head = next(q for q in found if q.text.startswith("All Bets"))
    assert "inherited-speaker" not in head.flags and "headline" in head.flags
    assert head.speaker.name == "Douglas Brinkley"
