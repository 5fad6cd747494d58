"""Round 6 (helper-b): US justice press releases, government ministries, health and science desks.

Each text was written for these tests, in the style of one desk; the expected values were worked
out by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from annotated import article_quotes as quotes

# -- a title with a preposition in it before the name (DOJ and FBI releases) -----------------

FIELD_OFFICE = ("Former county treasurer charged with embezzling $2.3 million\n\n"
                "PHOENIX (AP) - A former county treasurer has been charged with stealing public funds.\n\n"
                '"Public officials who steal from taxpayers will be held accountable," Special Agent in '
                "Charge David Orozco of the FBI's Phoenix Field Office said in a statement.\n\n"
                "Special Agent in Charge Laura Brennan of the FBI's Tucson office said the bureau had "
                "traced the transfers.")


def test_special_agent_in_charge_is_the_person_named(nlp):
    found = [(q.kind, q.speaker.name) for q in quotes(nlp, FIELD_OFFICE) if q.cue == "said"]
    assert found == [("direct", "David Orozco"), ("indirect", "Laura Brennan")], found


# -- a title's portfolio after "for" is no part of the name (DOJ: "Assistant Attorney General
#    for Civil Rights Dana Whitlock") ------------------------------------------------------

CIVIL_RIGHTS = ("A former police officer was convicted Thursday of using excessive force, federal "
                "prosecutors said.\n\n"
                "Keyes' lawyer, Anthony Price, argued that his client acted in self-defense.\n\n"
                '"No one is above the law, least of all those sworn to uphold it," Assistant Attorney '
                "General for Civil Rights Dana Whitlock "
                "said in a statement.\n\n"
                '"The verdict speaks for itself," said Assistant Attorney General for Civil Rights Sarah '
                "Goldberg.\n\n"
                '"We will appeal," said a spokesperson for Police Chief Maria Keane.')


def test_the_portfolio_after_for_is_no_name(nlp):
    found = [q.speaker.name for q in quotes(nlp, CIVIL_RIGHTS) if q.kind == "direct"]
    # whom a spokesperson works for is still no part of her title: the spokesperson speaks
    assert found == ["Dana Whitlock", "Sarah Goldberg", "a spokesperson for Police Chief Maria Keane"], found


# -- the noun a passive participle modifies is spoken of, not speaking (crime copy) ------------

ACCUSED = ("FBI arrests man accused of threatening election workers\n\n"
           "DENVER - A Colorado man was arrested Friday, the Justice Department said.\n\n"
           "The county clerk, accused of shredding ballots, denied any wrongdoing.")


def test_the_accused_is_not_the_accuser(nlp):
    found = [(q.cue, q.speaker.name) for q in quotes(nlp, ACCUSED)]
    # "accused of" with no agent reports nobody's words; the department's statement stays
    assert found == [("said", "Justice Department")], found


# -- "the Department" after "the Department of ..." is that department (ministry releases) -------

DEPARTMENT = ("The Department of Health and Social Care said on Tuesday that it would open 40 new "
              "diagnostic centres in England.\n\n"
              "In a statement, the Department said the centres would carry out two million scans a year.")


def test_the_capitalised_department_is_the_one_named_before(nlp):
    found = [q.speaker.name for q in quotes(nlp, DEPARTMENT)]
    assert found == ["Department of Health and Social Care"] * 2, found
