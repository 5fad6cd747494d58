"""The right speaker, by name: the examples of "what must be right" (issue 11), end to end.

Each text was written for these tests; the expected names were worked out by reading it: the
name a reader should see is the head of the speaker phrase (never a possessor or a modifier),
the fullest form the article gives, without titles and roles, found across sentences by
salience. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

import pytest

from annotated import article_quotes as quotes
from onrecord import extract


def speaker_of(nlp, text: str, words: str):
    """The speaker of the one record whose text holds ``words``."""
    found = [q for q in quotes(nlp, text) if words in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(nlp, text)]
    return found[0].speaker


# -- the head of the speaker phrase, not a modifier or possessor -----------------------------

@pytest.mark.parametrize("text, words, name", [
    ('"The reef is dying faster than we thought," lead author Lee Chan of the School of Marine Science '
     'at the University of Leeds said.', "reef is dying", "Lee Chan"),
    ('"We will appeal," said the Green Party\'s Tom Weller.', "We will appeal", "Tom Weller"),
    ("Hillary Clinton's campaign manager Robby Mook said the debate had been \"a turning point.\"",
     "turning point", "Robby Mook"),
    ('Trump\'s running mate, Indiana Gov. Mike Pence, said on Sunday that "the economy is stalling."',
     "economy is stalling", "Mike Pence"),
    ('"Prices will keep rising," the economist, Priya Natarajan, said on Monday.', "Prices will", "Priya Natarajan"),
])
def test_the_head_of_the_speaker_phrase_speaks(nlp, text, words, name):
    sp = speaker_of(nlp, text, words)
    assert (sp.name, sp.type) == (name, "person")


@pytest.mark.parametrize("text, words, owner", [
    ('Donald Trump spoke in Ohio on Monday. His ex-wife agreed that "he is a fighter."', "fighter", "Donald Trump"),
    ('Donald Trump spoke in Ohio on Monday. His surrogates called him "a genius."', "genius", "Donald Trump"),
    ('Hillary Clinton spoke in Ohio on Monday. Clinton supporters have questioned whether the polls are '
     '"rigged against her."', "rigged", "Hillary Clinton"),
])
def test_what_belongs_to_a_person_is_not_that_person(nlp, text, words, owner):
    sp = speaker_of(nlp, text, words)
    assert sp.name and sp.name != owner and sp.type in ("anonymous", "group")


def test_a_relative_pronoun_names_its_antecedent(nlp):
    sp = speaker_of(nlp, 'The plan was approved by Mayor Ana Ruiz, who said it was "long overdue."', "overdue")
    assert (sp.mention, sp.name) == ("who", "Ana Ruiz")


def test_which_names_the_document_or_body_it_stands_for(nlp):
    # "which" stands for its antecedent as "who" does; a reader is shown the body, never "which"
    text = ("Patrick Harvie pointed to research by the Scottish Parliament information centre which "
            "indicated that councils would face a cut.")
    sp = speaker_of(nlp, text, "councils would face a cut")
    assert (sp.mention, sp.name) == ("which", "the Scottish Parliament information centre")


def test_the_company_is_the_organisation_the_story_is_about(nlp):
    # "the company" points back to the salient subject (Apple), not the last organisation the
    # tagger found (the iPhone, which it takes for one)
    text = ("Apple on Tuesday unveiled its latest iPhone, which the company says has the fastest chip ever "
            "put in a smartphone.\n\nAccording to the company, the phone will go on sale on Sept. 22.")
    names = [q.speaker.name for q in quotes(nlp, text)]
    assert names == ["Apple", "Apple"]


@pytest.mark.parametrize("text, words, name", [
    ('Judge Andrew Menary KC said the defendant had shown "a callous disregard" for other road users.',
     "callous disregard", "Andrew Menary"),
    ('"We will not give up," said Jane Roe MP, the member for Kirkby.', "not give up", "Jane Roe"),
])
def test_the_letters_of_a_rank_or_an_honour_are_no_part_of_the_name(nlp, text, words, name):
    assert speaker_of(nlp, text, words).name == name
    fast = [q for q in extract(text, nlp=nlp, kinds=("direct", "mixed"), entities=False).quotes if words in q.text]
    assert [q.speaker.name for q in fast] == [name]  # the fast path names from the words alone


def test_a_name_in_apposition_keeps_its_rank_letters_outside_it(nlp):
    # "the defendant's barrister, Peter Crowe SC,": the letters of silk close the apposed name, which
    # names the barrister as a name followed by a comma does
    text = "Turnbull's barrister, Peter Crowe SC, said his client was deeply ashamed."
    assert speaker_of(nlp, text, "ashamed").name == "Peter Crowe"


def test_a_place_before_he_said_is_no_person(nlp):
    # "in Brussels, he said": the place a preposition governs is not the one who speaks
    text = ("Secretary of State Antony Blinken declined to confirm the plans. Asked about them at a news "
            'conference in Brussels, he said only that "all options remain on the table."')
    assert speaker_of(nlp, text, "all options").name == "Antony Blinken"


def test_a_person_referred_to_by_nationality(nlp):
    # sport and foreign desks refer back by nationality as by age: "the Scot", "the Canadian"
    text = ("Andy Murray fought back from a set down to beat Denis Shapovalov on Wednesday.\n\n"
            '"I\'m proud of the way I hung in there," the Scot said afterwards.\n\n'
            'Shapovalov, the 12th seed, was left frustrated. The Canadian said he had "no energy" in the final set.')
    assert speaker_of(nlp, text, "proud of the way").name == "Andy Murray"
    assert speaker_of(nlp, text, "no energy").name == "Denis Shapovalov"


def test_a_nationality_before_a_noun_is_no_person(nlp):
    text = 'The Canadian team said the result was "a disappointment."'
    sp = speaker_of(nlp, text, "disappointment")
    assert sp.mention == "The Canadian team" and sp.type != "person"


def test_a_source_close_to_a_body_is_described_in_full(nlp):
    text = "According to a source close to the ministry, fines of up to 100,000 euros could be imposed."
    assert speaker_of(nlp, text, "fines of up to").name == "a source close to the ministry"


def test_the_people_are_the_people_familiar_with_the_matter(nlp):
    # the wire's deal story names its sources once in full, then writes "the people said"
    text = ("Orland Foods is in talks to buy the snack maker Crispin for about $2 billion, according to "
            "people familiar with the matter.\n\nA deal could be announced as soon as Monday, the people "
            "said, asking not to be identified because the talks are private.")
    assert speaker_of(nlp, text, "announced as soon as").name == "people familiar with the matter"


@pytest.mark.parametrize("text, words, name", [
    ("A ferryman who gave only his first name, Teodor, said the crossing was closed.", "crossing", "Teodor"),
    ('"The water has been off for four days," said a nurse who gave her name only as Amina.', "water", "Amina"),
    ("A trader who identified himself only as Karim said prices had doubled.", "prices", "Karim"),
])
def test_a_source_is_shown_by_the_name_they_give(nlp, text, words, name):
    # the convention for a source who withholds a full name: the story calls them by the one given
    sp = speaker_of(nlp, text, words)
    assert (sp.name, sp.type) == (name, "person")


def test_he_after_a_source_described_by_a_noun_of_no_list_is_that_source(nlp):
    # "ferryman" is in no list of person nouns, but a "who" clause is said of a person only; the
    # "he" of the next sentence is the ferryman, not the mayor named before
    text = ("Mayor Lena Ortiz said the river would stay closed.\n\nA ferryman, who has worked the crossing "
            "for 30 years, said the current was too strong. \"I have never seen it like this,\" he said.")
    sp = speaker_of(nlp, text, "never seen it")
    assert (sp.name, sp.type) == ("a ferryman", "anonymous")


def test_a_who_whose_antecedent_is_no_person_noun_is_not_named_after_it(nlp):
    # the parse takes the program for the antecedent of "who"; "who" makes no person of it
    text = "The host took calls from listeners to his weekend radio program who said they were worried about rents."
    assert speaker_of(nlp, text, "worried about rents").name is None


def test_the_body_whose_post_a_description_names_is_part_of_it(nlp):
    # "the chief executive of Ryanair" unnamed: the reader needs to be shown whose chief executive
    text = ("The chief executive of Aer Lingus has warned that fares will rise.\n\n"
            "The chief executive said a shortage of aircraft would last until 2028.")
    assert [q.speaker.name for q in quotes(nlp, text)] == ["the chief executive of Aer Lingus"] * 2


def test_the_journal_a_study_was_published_in_is_part_of_its_name(nlp):
    # "a study published in The Lancet": the journal says which study speaks, as "in" does
    text = ("Night shifts may raise the risk of asthma, according to a study published in Thorax.\n\n"
            "Shift workers were 36 per cent more likely to have moderate asthma, the study found.")
    names = [q.speaker.name for q in quotes(nlp, text)]
    assert names == ["a study published in Thorax", "a study published in Thorax"]
    # a date is when it came out, no name
    sp = speaker_of(nlp, "A report published in March said the ward was understaffed.", "understaffed")
    assert sp.name == "a report"


def test_a_spokesperson_for_a_named_body_is_described_in_full(nlp):
    text = "The United Nations said it was sending tents. A spokesperson for UNICEF said children made up a third of the dead."
    assert speaker_of(nlp, text, "children made up").name == "a spokesperson for UNICEF"


def test_a_lede_in_capitals_is_shown_in_lower_case(nlp):
    # "A JUDGE has described ...": the capitals are the lede's typography, not the description
    text = 'A JUDGE has described as "extremely serious" claims that a man was told to plead guilty.'
    assert speaker_of(nlp, text, "extremely serious").name == "a judge"


def test_they_refers_to_the_group_the_story_is_about(nlp):
    # a definite group description as a subject starts an entity, which a later "they" refers to
    text = ("The researchers, led by Matthew Campen of the University of New Mexico, analysed tissue from 52 "
            "people. They found that concentrations had risen by about 50 per cent.")
    assert speaker_of(nlp, text, "concentrations had risen").name == "the researchers"


def test_a_statement_is_not_the_speaker_when_its_author_is_named(nlp):
    text = 'Senator Jane Holt released a statement after the vote. The statement said the bill was "a disgrace."'
    assert speaker_of(nlp, text, "disgrace").name == "Jane Holt"


def test_a_description_in_full_never_its_adjective(nlp):
    text = ('Hillary Clinton campaigned in Ohio on Monday. The Democratic presidential nominee says the race is '
            '"far from over."')
    # a description no one named: the entity it starts is named as written, its article lower-cased
    assert speaker_of(nlp, text, "far from over").name == "the Democratic presidential nominee"
    named = ('Democratic presidential nominee Hillary Clinton campaigned in Ohio on Monday. The Democratic '
             'presidential nominee says the race is "far from over."')
    assert speaker_of(nlp, named, "far from over").name == "Hillary Clinton"


# -- pronouns and descriptions across sentences, by salience -----------------------------------

def test_a_pronoun_takes_the_salient_subject_not_the_previous_speaker(nlp):
    text = ('Mr Dunn said: "The yard is a disgrace."\n\n'
            'Cllr Patel wrote back to him on Monday after an inspection. He said: "Thank you for raising this with me."')
    assert speaker_of(nlp, text, "Thank you").name == "Cllr Patel"


def test_dates_places_and_organisations_are_not_antecedents_of_he(nlp):
    text = ('Ravi Mehta runs the depot in Leeds.\n\n'
            'In October the Transport Agency closed the road to Leeds for repairs. "We lost a month of trade," he said.')
    assert speaker_of(nlp, text, "lost a month").name == "Ravi Mehta"


def test_descriptions_introduced_in_the_text_are_antecedents(nlp):
    text = ('A spokesman for the college, Tom Reyes, confirmed the closure.\n\n'
            '"No student will lose a place," the spokesman said.')
    assert speaker_of(nlp, text, "No student").name == "Tom Reyes"


# -- sports and interview copy --------------------------------------------------------------

def test_a_coach_speaks_of_his_player(nlp):
    text = ('Coach Ray Alvarez praised his centre after the loss. "He has a big heart, and he\'s getting better '
            'every week," Alvarez said of Marcus Bell.')
    assert speaker_of(nlp, text, "big heart").name == "Ray Alvarez"


def test_post_match_quotes_over_several_paragraphs_introduced_once(nlp):
    text = ('Poppies boss Lee Glover was pleased with the draw.\n\n'
            '"It was a good night for us," the Poppies boss said.\n\n'
            '"We had two good chances before we went behind.\n\n'
            '"I was proud of the performance from the team."')
    named = [q.speaker.name for q in quotes(nlp, text) if q.kind == "direct"]
    assert named and all(n == "Lee Glover" for n in named)


def test_a_statement_quoted_over_many_paragraphs(nlp):
    text = ('Chairwoman Lena Ortiz released the following statement:\n\n'
            '"We are grateful to every volunteer.\n\n"The storm hit the park hard.\n\n'
            '"We will rebuild the playground.\n\n"Our crews start on Monday.\n\n"Thank you all."')
    found = [q for q in quotes(nlp, text) if q.kind == "direct"]
    covered = "".join(text[a:b] for q in found for a, b in q.fragments)
    for paragraph in ("grateful", "storm", "rebuild", "crews", "Thank you"):
        assert paragraph in covered
    assert {q.speaker.name for q in found} == {"Lena Ortiz"}


def test_the_fullest_form_without_titles(nlp):
    text = 'Labour Leader Keir Starmer visited the plant on Monday. "We will build," Starmer said.'
    assert speaker_of(nlp, text, "We will build").name == "Keir Starmer"


def test_a_surname_takes_the_full_name_only_when_one_person_has_it(nlp):
    text = ('Maria Lopez and her brother Daniel Lopez run the bakery.\n\n'
            'The shop opened in 1998. "Bread is a habit," Lopez said.')
    assert speaker_of(nlp, text, "Bread is a habit").name == "Lopez"


# -- the speaker's cluster --------------------------------------------------------------------

def test_gendered_honorifics_never_join_the_other_sex(nlp):
    text = ('Massoud Ardalan and his wife, Maryam Ardalan, run a shop in Tehran.\n\n'
            '"Trade is slow," Mr. Ardalan said on Monday.\n\n'
            '"We will stay open," Mrs. Ardalan said.')
    assert speaker_of(nlp, text, "Trade is slow").name == "Massoud Ardalan"
    assert speaker_of(nlp, text, "stay open").name == "Maryam Ardalan"


def test_organisation_variants_fold_into_one_entity(nlp):
    text = ("Hay'at Tahrir al-Sham (HTS), also known as the Levant Liberation Committee, took the city.\n\n"
            "Tahrir al-Sham said its fighters had entered the centre. H.T.S. is a former al-Qaeda affiliate.\n\n"
            'Hayat Tahrir al-Sham said: "The city is free."')
    article = extract(text, nlp=nlp)
    (quote,) = [q for q in article.quotes if "city is free" in q.text]
    entity = next(e for e in article.entities if e.id == quote.speaker.entity)
    assert entity.type == "ORG"
    assert {"Tahrir al-Sham", "H.T.S."} <= set(entity.aliases)


def test_boilerplate_feeds_no_cluster(nlp):
    text = ('Minister Ana Ruiz announced the budget on Monday. "We will balance the books," the minister said.\n\n'
            "Most viewed\n\n"
            "Adviser quits\n"
            "The new national security adviser said he would step down at the end of the month, officials said...\n")
    article = extract(text, nlp=nlp)
    assert speaker_of(nlp, text, "balance the books").name == "Ana Ruiz"
    assert not any("adviser" in a for e in article.entities for a in e.aliases)


def test_every_speaker_has_a_confidence(nlp):
    text = ('"We will appeal," said Tom Weller.\n\n"It is over," he said.\n\n"Nobody knows," a source said.')
    for q in quotes(nlp, text):
        assert q.speaker.confidence is not None and 0.0 <= q.speaker.confidence <= 1.0
    fast = extract(text, nlp=nlp, kinds="direct,mixed", entities=False)
    assert all(q.speaker.confidence is not None for q in fast.quotes)


NEWS_DEV = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news-dev" / "dev.jsonl"


@pytest.mark.eval
def test_names_and_their_confidence_on_news_dev(nlp):
    """Measured 2026-12 (issue 11): name accuracy 0.834 over all kinds; 133 of 137 right at >= 0.9."""
    if not NEWS_DEV.exists():
        pytest.skip(f"news-dev gold data not found at {NEWS_DEV} (it lives in ../shared, outside the repo)")
    from onrecord.eval import RELIABILITY_BINS, evaluate

    score = evaluate(NEWS_DEV, nlp=nlp)
    assert score.name_accuracy >= 0.82, score.as_dict()
    high = [score.reliability[i] for i, (lo, _) in enumerate(RELIABILITY_BINS) if lo >= 0.9 and i in score.reliability]
    right, total = map(sum, zip(*high))
    assert total >= 100 and right / total >= 0.95, score.as_dict()


# -- page furniture: a photo credit or a caption label never speaks --------------------------

def test_a_caption_label_and_its_photographer_never_speak(nlp):
    """The nd01 shape (news-dev): a date label, a photo credit and a caption label glued in
    front of the caption's own words, whose speaker is named later in the article."""
    text = ("date 2019-03-08 Image copyright Mark Pilbeam Image caption The trust's chief executive said "
            "the trust had not told her office.\n\n"
            "A coroner criticised the island's NHS trust on Friday.\n\n"
            "The trust's chief executive Maggie Oldham was fined.")
    article = extract(text, nlp=nlp)
    assert [(b.reason, text[b.start:b.end]) for b in article.boilerplate] == [
        ("caption", "Image copyright Mark Pilbeam"), ("caption", "Image caption")]
    found = [q for q in article.quotes if "had not told her office" in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in article.quotes]
    sp = found[0].speaker
    assert sp.mention == "The trust's chief executive"
    assert sp.name == "Maggie Oldham"
    names = {m.lower() for e in article.entities for m in (e.name, *e.aliases)}
    assert not any("pilbeam" in n or "image" in n for n in names), names


@pytest.mark.parametrize("text, words, mention", [
    ('The council met on Monday.\n\nImage caption Council leader Jane Roe said the plan was "dead in the water"\n\n'
     'The vote is next week.', "dead in the water", "Council leader Jane Roe"),
    ('The council met on Monday.\n\nMedia caption Jane Roe: "We will not give up"\n\nThe vote is next week.',
     "We will not give up", "Jane Roe"),
])
def test_a_caption_keeps_its_quote_and_its_speaker_starts_after_the_label(nlp, text, words, mention):
    found = [q for q in quotes(nlp, text) if words in q.text]
    assert len(found) == 1 and "boilerplate" not in found[0].flags
    assert (found[0].speaker.mention, found[0].speaker.name) == (mention, "Jane Roe")
