"""A joint source is named as both ("A and B said"), end to end.

Each text was written for these tests and the expected names worked out by hand: when the
subject of a cue joins two or more sources that can speak with "and", the mention is the whole
coordination as written, and the name each source's resolved name joined as written, a group
that is no one entity. A thing that cannot speak, a possessor, an object and a pronoun the
article leaves unresolved join nothing.
"""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.types import Speaker


def speaker_of(nlp, text: str, words: str, entities: bool = True) -> Speaker:
    found = [q for q in extract(text, nlp=nlp, entities=entities).quotes if words in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in extract(text, nlp=nlp).quotes]
    return found[0].speaker


@pytest.mark.parametrize("text, words, mention, name", [
    ('Senator Jane Holt and Representative Tom Reyes said in a joint statement that the bill "is dead."',
     "is dead", "Senator Jane Holt and Representative Tom Reyes", "Jane Holt and Tom Reyes"),
    ('The Green Party and the Liberal Party said on Monday that the budget was "a betrayal of voters."',
     "betrayal", "The Green Party and the Liberal Party", "Green Party and Liberal Party"),
    ("Microsoft and Google said in a statement that they would appeal the ruling.",
     "appeal the ruling", "Microsoft and Google", "Microsoft and Google"),
    # three sources; an organisation's resolved name leaves its article out, as everywhere
    ('Amnesty International, Human Rights Watch and the Red Cross said the camps were "unsafe."',
     "unsafe", "Amnesty International, Human Rights Watch and the Red Cross",
     "Amnesty International, Human Rights Watch and Red Cross"),
    # a pronoun the resolver names ("He": the man of the sentence before) is named
    ('Jane Holt met Tom Reyes on Monday. He and Holt said the deal was "done."',
     "done", "He and Holt", "Tom Reyes and Jane Holt"),
])
def test_a_joint_source_is_named_as_both(nlp, text, words, mention, name):
    sp = speaker_of(nlp, text, words)
    assert (sp.mention, sp.name, sp.type, sp.entity) == (mention, name, "group", None)
    assert text[sp.start:sp.end] == mention


def test_the_article_names_each_source_in_full(nlp):
    text = ('Senator Jane Holt and Representative Tom Reyes met on Monday. Holt and Reyes said the bill '
            'was "dead."')
    sp = speaker_of(nlp, text, "dead")
    assert (sp.mention, sp.name, sp.type) == ("Holt and Reyes", "Jane Holt and Tom Reyes", "group")


def test_a_thing_that_cannot_speak_joins_nothing(nlp):
    sp = speaker_of(nlp, "Trump and the economy dominated the debate, Smith said.", "dominated")
    assert (sp.mention, sp.name) == ("Smith", "Smith")


def test_what_belongs_to_a_person_never_names_that_person(nlp):
    text = 'Hillary Clinton spoke in Ohio on Monday. Clinton\'s aides and donors said the campaign was "in trouble."'
    sp = speaker_of(nlp, text, "in trouble")
    assert sp.name == "Clinton's aides and donors" and sp.type == "group" and sp.entity is None


def test_a_coordinated_object_is_no_source(nlp):
    sp = speaker_of(nlp, 'Mayor Ana Ruiz told Tom Reyes and Jane Holt that the plan was "dead on arrival."', "dead on")
    assert (sp.mention, sp.name, sp.type) == ("Mayor Ana Ruiz", "Ana Ruiz", "person")


def test_the_words_of_one_name_are_one_source(nlp):
    sp = speaker_of(nlp, 'The Centers for Disease Control and Prevention said the flu season had "started early."',
                    "started early")
    assert (sp.name, sp.type) == ("Centers for Disease Control and Prevention", "organization")


def test_without_the_entities_stage_each_source_is_named_from_its_words(nlp):
    text = 'Senator Jane Holt and Representative Tom Reyes said in a joint statement that the bill "is dead."'
    sp = speaker_of(nlp, text, "is dead", entities=False)
    assert (sp.mention, sp.name, sp.type, sp.entity) == (
        "Senator Jane Holt and Representative Tom Reyes", "Jane Holt and Tom Reyes", "group", None)


def test_a_pronoun_left_unresolved_leaves_no_joint_name(nlp):
    # nobody before "He": the first source's speaker, as without the joint (no name)
    sp = speaker_of(nlp, 'He and Smith said the plan was "dead."', "dead")
    assert (sp.mention, sp.name, sp.entity) == ("He and Smith", None, None)
