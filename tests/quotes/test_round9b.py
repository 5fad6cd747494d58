"""Round 9 (helper-b): speakers of quotes on sport, culture, local and Asian and African desks.

Each text was written for these tests, in the style of one desk; the expected values were worked
out by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from annotated import article_quotes as quotes

# -- "Mr Wong, who is also Finance Minister, said": the one the "who" clause is about speaks -------

WHO_CLAUSE = ("SINGAPORE - Seniors will receive more help with the cost of living, Prime Minister Lawrence "
              "Wong said on Feb 18.\n\n"
              "Delivering the Budget statement in Parliament, Mr Wong, who is also Finance Minister, said "
              "the Government would set aside $3 billion for the package.")


def test_the_antecedent_of_a_who_clause_before_the_cue_speaks(nlp):
    found = [(q.speaker.mention, q.speaker.name) for q in quotes(nlp, WHO_CLAUSE)]
    assert found[-1] == ("Mr Wong", "Lawrence Wong"), found
