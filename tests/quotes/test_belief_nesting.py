"""A belief hides what is not speech inside it.

"Steven Cowan thought he saw bones sticking out of a rock": the seeing is part of what he thought,
one record (flagged ``belief``), not a second report of "saw". Speech inside a belief is still
its own report ("Reid decided to use McCoy after the veteran told him that he wanted to play").
The parse is the model's, kept as data; the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

THOUGHT = ('Steven Cowan thought he saw bones sticking out of a rock.', [
    ('Steven', 'PROPN', 'NNP', 'compound', 1, 'Steven', 'B-PERSON'),
    ('Cowan', 'PROPN', 'NNP', 'nsubj', 2, 'Cowan', 'I-PERSON'),
    ('thought', 'VERB', 'VBD', 'ROOT', 2, 'think', ''),
    ('he', 'PRON', 'PRP', 'nsubj', 4, 'he', ''),
    ('saw', 'VERB', 'VBD', 'ccomp', 2, 'see', ''),
    ('bones', 'NOUN', 'NNS', 'nsubj', 6, 'bone', ''),
    ('sticking', 'VERB', 'VBG', 'ccomp', 4, 'stick', ''),
    ('out', 'ADP', 'IN', 'prep', 6, 'out', ''),
    ('of', 'ADP', 'IN', 'prep', 7, 'of', ''),
    ('a', 'DET', 'DT', 'det', 10, 'a', ''),
    ('rock', 'NOUN', 'NN', 'pobj', 8, 'rock', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_a_perception_inside_a_belief_is_part_of_it():
    [q] = parsed_quotes(*THOUGHT)
    assert (q.cue, q.flags, q.speaker.mention) == ("thought", ("belief",), "Steven Cowan")
    assert q.text == "he saw bones sticking out of a rock"
