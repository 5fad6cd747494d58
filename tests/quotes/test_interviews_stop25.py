"""A Q&A interview whose introduction names the interviewee with a title the NER misses (stop 25).

The text was written for these tests; the expected values were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract

QANDA = ("'I never planned to be a politician': an interview with Mayor Ana Ruiz\n\n"
         "Ana Ruiz was elected mayor of Harbour Bay in May. She spoke to the Gazette about the flood wall.\n\n"
         "Q: Why did you decide to run?\n\n"
         "A: Honestly, I never planned to be a politician. I was a teacher for 20 years.\n\n"
         "Q: The wall will cost $40 million. Is it worth it?\n\n"
         "A: Every family down there knows what the water does.")


def test_the_answers_are_the_titled_interviewees_not_the_paper(nlp):
    # the model tags "Gazette" a person and "Ana Ruiz" nothing: a name after "the" is no
    # interviewee; the title in the headline gives the name
    answers = [q for q in extract(QANDA, nlp=nlp).quotes if q.cue == ":"]
    assert [(q.text[:8], q.speaker.name) for q in answers] == [("Honestly", "Ana Ruiz"), ("Every fa", "Ana Ruiz")]


def test_a_question_to_you_reports_nothing(nlp):
    # "Why did you decide to run?" is the interviewer's question, not a report of the mayor's
    assert not any(q.text == "to run" for q in extract(QANDA, nlp=nlp).quotes)
