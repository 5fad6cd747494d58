"""The language knowledge every rule runs on, written once: words in, facts about words out.

``cues`` (cue verbs with one class each, cue nouns, label words), ``nouns`` (person, group,
document and organisation nouns), ``names`` (titles, the one name-folding function, name keys),
``first_names`` (given names with gender), ``pronouns``, ``sentences`` (the one sentence rule)
and ``tokens`` (small typed helpers over spaCy tokens). This package imports nothing else of
onrecord; clean, nlp, quotes, entities and store import it.
"""
